"""The gold files themselves: well-formed, in the gold format's vocabulary, every quote found in its article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.records import CLAIM_TYPES, MODALITIES, NUMERIC_CLAIM_TYPES, UNITS

DATA = Path(__file__).resolve().parent / "data"
# the shipped corpus's gold, and every evaluation set's two halves (each folder holding a gold file and its articles)
SETS = {
    "shipped": (DATA / "gold" / "seeds.jsonl", Path(__file__).resolve().parent.parent / "corpus"),
    **{f"{gold.parent.parent.name}-{gold.parent.name}": (gold, gold.parent) for gold in DATA.glob("*/*/gold.jsonl")},
}
FIELDS = {
    "id",
    "doc",
    "type",
    "subject",
    "object",
    "value",
    "value_max",
    "unit",
    "time",
    "modality",
    "attributed_to",
    "quote",
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_gold_files_are_well_formed_and_quote_their_articles(name: str) -> None:
    gold_path, folder = SETS[name]
    rows = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert rows and len({r["id"] for r in rows}) == len(rows)
    for row in rows:
        assert set(row) >= FIELDS, row["id"]
        assert row["type"] in CLAIM_TYPES and row["modality"] in MODALITIES, row["id"]
        assert row["unit"] is None or row["unit"] in UNITS, row["id"]
        assert (row["value"] is not None) == (row["type"] in NUMERIC_CLAIM_TYPES), row["id"]
        text = (folder / row["doc"]).read_text(encoding="utf-8")
        for quote in (row["quote"], *row.get("also_quotes", [])):
            assert quote in text, (row["id"], quote)
