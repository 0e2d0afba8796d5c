"""The gold files themselves: well-formed, in the gold format's vocabulary, every quote found in its article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimgraph.records import CLAIM_TYPES, MODALITIES, NUMERIC_CLAIM_TYPES, UNITS

DATA = Path(__file__).resolve().parent / "data"
SETS = {
    "shipped": (DATA / "gold" / "seeds.jsonl", Path(__file__).resolve().parent.parent / "corpus"),
    "unseen-dev": (DATA / "unseen" / "dev" / "gold.jsonl", DATA / "unseen" / "dev"),
    "unseen-heldout": (DATA / "unseen" / "heldout" / "gold.jsonl", DATA / "unseen" / "heldout"),
    "unseen2-dev": (DATA / "unseen2" / "dev" / "gold.jsonl", DATA / "unseen2" / "dev"),
    "unseen2-heldout": (DATA / "unseen2" / "heldout" / "gold.jsonl", DATA / "unseen2" / "heldout"),
    "dev12-dev": (DATA / "dev12" / "dev" / "gold.jsonl", DATA / "dev12" / "dev"),
    "dev12-heldout": (DATA / "dev12" / "heldout" / "gold.jsonl", DATA / "dev12" / "heldout"),
    "unseen4-dev": (DATA / "unseen4" / "dev" / "gold.jsonl", DATA / "unseen4" / "dev"),
    "unseen4-heldout": (DATA / "unseen4" / "heldout" / "gold.jsonl", DATA / "unseen4" / "heldout"),
    "unseen5-dev": (DATA / "unseen5" / "dev" / "gold.jsonl", DATA / "unseen5" / "dev"),
    "unseen5-heldout": (DATA / "unseen5" / "heldout" / "gold.jsonl", DATA / "unseen5" / "heldout"),
    "unseen6-dev": (DATA / "unseen6" / "dev" / "gold.jsonl", DATA / "unseen6" / "dev"),
    "unseen6-heldout": (DATA / "unseen6" / "heldout" / "gold.jsonl", DATA / "unseen6" / "heldout"),
    "unseen7-dev": (DATA / "unseen7" / "dev" / "gold.jsonl", DATA / "unseen7" / "dev"),
    "unseen7-heldout": (DATA / "unseen7" / "heldout" / "gold.jsonl", DATA / "unseen7" / "heldout"),
    "unseen8-dev": (DATA / "unseen8" / "dev" / "gold.jsonl", DATA / "unseen8" / "dev"),
    "unseen8-heldout": (DATA / "unseen8" / "heldout" / "gold.jsonl", DATA / "unseen8" / "heldout"),
    "unseen9-dev": (DATA / "unseen9" / "dev" / "gold.jsonl", DATA / "unseen9" / "dev"),
    "unseen9-heldout": (DATA / "unseen9" / "heldout" / "gold.jsonl", DATA / "unseen9" / "heldout"),
    "unseen10-dev": (DATA / "unseen10" / "dev" / "gold.jsonl", DATA / "unseen10" / "dev"),
    "unseen10-heldout": (DATA / "unseen10" / "heldout" / "gold.jsonl", DATA / "unseen10" / "heldout"),
    "unseen11-dev": (DATA / "unseen11" / "dev" / "gold.jsonl", DATA / "unseen11" / "dev"),
    "unseen11-heldout": (DATA / "unseen11" / "heldout" / "gold.jsonl", DATA / "unseen11" / "heldout"),
    "unseen12-dev": (DATA / "unseen12" / "dev" / "gold.jsonl", DATA / "unseen12" / "dev"),
    "unseen12-heldout": (DATA / "unseen12" / "heldout" / "gold.jsonl", DATA / "unseen12" / "heldout"),
    "unseen13-dev": (DATA / "unseen13" / "dev" / "gold.jsonl", DATA / "unseen13" / "dev"),
    "unseen13-heldout": (DATA / "unseen13" / "heldout" / "gold.jsonl", DATA / "unseen13" / "heldout"),
    "unseen14-dev": (DATA / "unseen14" / "dev" / "gold.jsonl", DATA / "unseen14" / "dev"),
    "unseen14-heldout": (DATA / "unseen14" / "heldout" / "gold.jsonl", DATA / "unseen14" / "heldout"),
    "unseen15-dev": (DATA / "unseen15" / "dev" / "gold.jsonl", DATA / "unseen15" / "dev"),
    "unseen15-heldout": (DATA / "unseen15" / "heldout" / "gold.jsonl", DATA / "unseen15" / "heldout"),
    "unseen16-dev": (DATA / "unseen16" / "dev" / "gold.jsonl", DATA / "unseen16" / "dev"),
    "unseen16-heldout": (DATA / "unseen16" / "heldout" / "gold.jsonl", DATA / "unseen16" / "heldout"),
    "unseen17-dev": (DATA / "unseen17" / "dev" / "gold.jsonl", DATA / "unseen17" / "dev"),
    "unseen17-heldout": (DATA / "unseen17" / "heldout" / "gold.jsonl", DATA / "unseen17" / "heldout"),
    "unseen18-dev": (DATA / "unseen18" / "dev" / "gold.jsonl", DATA / "unseen18" / "dev"),
    "unseen18-heldout": (DATA / "unseen18" / "heldout" / "gold.jsonl", DATA / "unseen18" / "heldout"),
    "unseen19-dev": (DATA / "unseen19" / "dev" / "gold.jsonl", DATA / "unseen19" / "dev"),
    "unseen19-heldout": (DATA / "unseen19" / "heldout" / "gold.jsonl", DATA / "unseen19" / "heldout"),
    "unseen20-dev": (DATA / "unseen20" / "dev" / "gold.jsonl", DATA / "unseen20" / "dev"),
    "unseen20-heldout": (DATA / "unseen20" / "heldout" / "gold.jsonl", DATA / "unseen20" / "heldout"),
    "unseen21-dev": (DATA / "unseen21" / "dev" / "gold.jsonl", DATA / "unseen21" / "dev"),
    "unseen21-heldout": (DATA / "unseen21" / "heldout" / "gold.jsonl", DATA / "unseen21" / "heldout"),
    "unseen22-dev": (DATA / "unseen22" / "dev" / "gold.jsonl", DATA / "unseen22" / "dev"),
    "unseen22-heldout": (DATA / "unseen22" / "heldout" / "gold.jsonl", DATA / "unseen22" / "heldout"),
    "unseen23-dev": (DATA / "unseen23" / "dev" / "gold.jsonl", DATA / "unseen23" / "dev"),
    "unseen23-heldout": (DATA / "unseen23" / "heldout" / "gold.jsonl", DATA / "unseen23" / "heldout"),
    "unseen24-dev": (DATA / "unseen24" / "dev" / "gold.jsonl", DATA / "unseen24" / "dev"),
    "unseen24-heldout": (DATA / "unseen24" / "heldout" / "gold.jsonl", DATA / "unseen24" / "heldout"),
    "unseen25-dev": (DATA / "unseen25" / "dev" / "gold.jsonl", DATA / "unseen25" / "dev"),
    "unseen25-heldout": (DATA / "unseen25" / "heldout" / "gold.jsonl", DATA / "unseen25" / "heldout"),
    "unseen26-dev": (DATA / "unseen26" / "dev" / "gold.jsonl", DATA / "unseen26" / "dev"),
    "unseen26-heldout": (DATA / "unseen26" / "heldout" / "gold.jsonl", DATA / "unseen26" / "heldout"),
    "unseen27-dev": (DATA / "unseen27" / "dev" / "gold.jsonl", DATA / "unseen27" / "dev"),
    "unseen27-heldout": (DATA / "unseen27" / "heldout" / "gold.jsonl", DATA / "unseen27" / "heldout"),
    "unseen28-dev": (DATA / "unseen28" / "dev" / "gold.jsonl", DATA / "unseen28" / "dev"),
    "unseen28-heldout": (DATA / "unseen28" / "heldout" / "gold.jsonl", DATA / "unseen28" / "heldout"),
    "unseen29-dev": (DATA / "unseen29" / "dev" / "gold.jsonl", DATA / "unseen29" / "dev"),
    "unseen29-heldout": (DATA / "unseen29" / "heldout" / "gold.jsonl", DATA / "unseen29" / "heldout"),
    "unseen30-dev": (DATA / "unseen30" / "dev" / "gold.jsonl", DATA / "unseen30" / "dev"),
    "unseen30-heldout": (DATA / "unseen30" / "heldout" / "gold.jsonl", DATA / "unseen30" / "heldout"),
    "unseen31-dev": (DATA / "unseen31" / "dev" / "gold.jsonl", DATA / "unseen31" / "dev"),
    "unseen31-heldout": (DATA / "unseen31" / "heldout" / "gold.jsonl", DATA / "unseen31" / "heldout"),
    "unseen32-dev": (DATA / "unseen32" / "dev" / "gold.jsonl", DATA / "unseen32" / "dev"),
    "unseen32-heldout": (DATA / "unseen32" / "heldout" / "gold.jsonl", DATA / "unseen32" / "heldout"),
    "unseen33-dev": (DATA / "unseen33" / "dev" / "gold.jsonl", DATA / "unseen33" / "dev"),
    "unseen33-heldout": (DATA / "unseen33" / "heldout" / "gold.jsonl", DATA / "unseen33" / "heldout"),
    "unseen34-dev": (DATA / "unseen34" / "dev" / "gold.jsonl", DATA / "unseen34" / "dev"),
    "unseen34-heldout": (DATA / "unseen34" / "heldout" / "gold.jsonl", DATA / "unseen34" / "heldout"),
    "unseen35-dev": (DATA / "unseen35" / "dev" / "gold.jsonl", DATA / "unseen35" / "dev"),
    "unseen35-heldout": (DATA / "unseen35" / "heldout" / "gold.jsonl", DATA / "unseen35" / "heldout"),
    "unseen36-dev": (DATA / "unseen36" / "dev" / "gold.jsonl", DATA / "unseen36" / "dev"),
    "unseen36-heldout": (DATA / "unseen36" / "heldout" / "gold.jsonl", DATA / "unseen36" / "heldout"),
    "unseen37-dev": (DATA / "unseen37" / "dev" / "gold.jsonl", DATA / "unseen37" / "dev"),
    "unseen37-heldout": (DATA / "unseen37" / "heldout" / "gold.jsonl", DATA / "unseen37" / "heldout"),
    "unseen38-dev": (DATA / "unseen38" / "dev" / "gold.jsonl", DATA / "unseen38" / "dev"),
    "unseen38-heldout": (DATA / "unseen38" / "heldout" / "gold.jsonl", DATA / "unseen38" / "heldout"),
    "unseen39-dev": (DATA / "unseen39" / "dev" / "gold.jsonl", DATA / "unseen39" / "dev"),
    "unseen39-heldout": (DATA / "unseen39" / "heldout" / "gold.jsonl", DATA / "unseen39" / "heldout"),
    "unseen40-dev": (DATA / "unseen40" / "dev" / "gold.jsonl", DATA / "unseen40" / "dev"),
    "unseen40-heldout": (DATA / "unseen40" / "heldout" / "gold.jsonl", DATA / "unseen40" / "heldout"),
    "unseen41-dev": (DATA / "unseen41" / "dev" / "gold.jsonl", DATA / "unseen41" / "dev"),
    "unseen41-heldout": (DATA / "unseen41" / "heldout" / "gold.jsonl", DATA / "unseen41" / "heldout"),
    "unseen42-dev": (DATA / "unseen42" / "dev" / "gold.jsonl", DATA / "unseen42" / "dev"),
    "unseen42-heldout": (DATA / "unseen42" / "heldout" / "gold.jsonl", DATA / "unseen42" / "heldout"),
    "unseen43-dev": (DATA / "unseen43" / "dev" / "gold.jsonl", DATA / "unseen43" / "dev"),
    "unseen43-heldout": (DATA / "unseen43" / "heldout" / "gold.jsonl", DATA / "unseen43" / "heldout"),
    "unseen44-dev": (DATA / "unseen44" / "dev" / "gold.jsonl", DATA / "unseen44" / "dev"),
    "unseen44-heldout": (DATA / "unseen44" / "heldout" / "gold.jsonl", DATA / "unseen44" / "heldout"),
    "unseen45-dev": (DATA / "unseen45" / "dev" / "gold.jsonl", DATA / "unseen45" / "dev"),
    "unseen45-heldout": (DATA / "unseen45" / "heldout" / "gold.jsonl", DATA / "unseen45" / "heldout"),
    "unseen46-dev": (DATA / "unseen46" / "dev" / "gold.jsonl", DATA / "unseen46" / "dev"),
    "unseen46-heldout": (DATA / "unseen46" / "heldout" / "gold.jsonl", DATA / "unseen46" / "heldout"),
    "unseen47-dev": (DATA / "unseen47" / "dev" / "gold.jsonl", DATA / "unseen47" / "dev"),
    "unseen47-heldout": (DATA / "unseen47" / "heldout" / "gold.jsonl", DATA / "unseen47" / "heldout"),
    "unseen48-dev": (DATA / "unseen48" / "dev" / "gold.jsonl", DATA / "unseen48" / "dev"),
    "unseen48-heldout": (DATA / "unseen48" / "heldout" / "gold.jsonl", DATA / "unseen48" / "heldout"),
    "unseen49-dev": (DATA / "unseen49" / "dev" / "gold.jsonl", DATA / "unseen49" / "dev"),
    "unseen49-heldout": (DATA / "unseen49" / "heldout" / "gold.jsonl", DATA / "unseen49" / "heldout"),
    "unseen50-dev": (DATA / "unseen50" / "dev" / "gold.jsonl", DATA / "unseen50" / "dev"),
    "unseen50-heldout": (DATA / "unseen50" / "heldout" / "gold.jsonl", DATA / "unseen50" / "heldout"),
    "unseen51-dev": (DATA / "unseen51" / "dev" / "gold.jsonl", DATA / "unseen51" / "dev"),
    "unseen51-heldout": (DATA / "unseen51" / "heldout" / "gold.jsonl", DATA / "unseen51" / "heldout"),
    "unseen52-dev": (DATA / "unseen52" / "dev" / "gold.jsonl", DATA / "unseen52" / "dev"),
    "unseen52-heldout": (DATA / "unseen52" / "heldout" / "gold.jsonl", DATA / "unseen52" / "heldout"),
    "unseen53-dev": (DATA / "unseen53" / "dev" / "gold.jsonl", DATA / "unseen53" / "dev"),
    "unseen53-heldout": (DATA / "unseen53" / "heldout" / "gold.jsonl", DATA / "unseen53" / "heldout"),
    "unseen54-dev": (DATA / "unseen54" / "dev" / "gold.jsonl", DATA / "unseen54" / "dev"),
    "unseen54-heldout": (DATA / "unseen54" / "heldout" / "gold.jsonl", DATA / "unseen54" / "heldout"),
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
