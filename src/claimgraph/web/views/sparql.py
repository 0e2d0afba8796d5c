"""The SPARQL page: an editor with example queries about the corpus, the answer as a table, and links that
download it as CSV or JSON. The query runs through ``run_client_query``, the service behind ``/sparql``, with
the same time limit, row cap and sandboxed workers; the page works without script (a plain GET form)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from claimgraph.api.deps import SettingsDep, StoreDep
from claimgraph.api.errors import status_of
from claimgraph.api.routes.sparql import endpoint_iri
from claimgraph.errors import ClaimgraphError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.sparql import ClientQuery, run_client_query
from claimgraph.web.render import page, with_query
from claimgraph.web.wording import page_for_iri

router = APIRouter(include_in_schema=False)
# Solutions and booleans as SPARQL JSON results, to render; a CONSTRUCT or DESCRIBE as Turtle, shown as text.
FORMATS = ("json", "turtle")


@dataclass(frozen=True)
class Example:
    title: str
    query: str


@cache
def examples() -> tuple[Example, ...]:
    """The example queries: data files in ``examples/``, each opening with a comment that is its title."""
    found = []
    for entry in sorted(files("claimgraph.web").joinpath("examples").iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            text = entry.read_text(encoding="utf-8")
            first, _, rest = text.partition("\n")
            found.append(Example(first.lstrip("# ").strip(), rest.strip()))
    return tuple(found)


@router.get("/ui/sparql")
def sparql_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    query: Annotated[str | None, Query(max_length=20_000)] = None,
) -> Response:
    def build() -> dict[str, Any]:
        context: dict[str, Any] = {"examples": examples(), "query": query or examples()[0].query, "ran": bool(query)}
        if not query:
            return context
        context["downloads"] = {
            name: with_query("/sparql", {"query": query, "format": name}) for name in ("csv", "json", "tsv")
        }
        try:
            answer = run_client_query(store, settings, ClientQuery(query, base_iri=endpoint_iri(settings)), FORMATS)
        except ClaimgraphError as error:  # a syntax error, SERVICE refused, the time limit: say so by the editor
            return {**context, "error": error, "status": status_of(error)}
        context.update(kind=answer.kind, truncated=answer.truncated, rows=answer.rows)
        if answer.kind == "graph":
            context["downloads"] = {
                name: with_query("/sparql", {"query": query, "format": name}) for name in ("turtle", "jsonld")
            }
            context["graph_text"] = answer.body.decode("utf-8")
            return context
        results = json.loads(answer.body)
        if answer.kind == "boolean":
            context["boolean"] = results["boolean"]
        else:
            variables = results["head"]["vars"]
            context["variables"] = variables
            base = Iris(settings.base_iri).base
            rows = results["results"]["bindings"]
            context["table"] = [[_cell(row.get(name), base) for name in variables] for row in rows]
        return context

    twin = with_query("/sparql", {"query": query, "format": "json"}) if query else "/sparql?format=jsonld"
    return page(request, "sparql.html", build, twin=twin, title="SPARQL")


def _cell(term: dict[str, str] | None, base: str) -> dict[str, str] | None:
    """A result term for the table; an IRI of this graph links to its page rather than to its raw RDF."""
    if term is None:
        return None
    if term["type"] == "uri":
        return {**term, "href": page_for_iri(term["value"], base)}
    return term
