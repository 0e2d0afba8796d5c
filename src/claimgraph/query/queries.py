"""The SPARQL files under ``queries/``: queries are data, kept where a reader can run them by hand."""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def load_query(name: str) -> str:
    return files("claimgraph.query").joinpath(f"queries/{name}.rq").read_text(encoding="utf-8")
