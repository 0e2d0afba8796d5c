"""The network exports' formats, apart from ``analysis.py`` so that naming them (the CLI's help) loads no networkx."""

from __future__ import annotations

EXPORT_FORMATS: dict[str, str] = {
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "node-link": "application/json",
}
