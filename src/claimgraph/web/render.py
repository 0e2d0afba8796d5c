"""What every page shares: the Jinja2 environment, the choice between a page and its JSON twin, and the error
page for a request the read services refuse (an unknown claim, a malformed cursor)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from claimgraph.api.errors import status_of
from claimgraph.api.negotiation import parse_accept, quality
from claimgraph.errors import InputError
from claimgraph.records import CLAIM_TYPES, MODALITIES
from claimgraph.web import wording

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
HTML, JSON = "text/html", "application/json"

templates = Jinja2Templates(directory=HERE / "templates")
templates.env.globals.update(
    statement=wording.statement,
    figure=wording.figure,
    type_abbr=wording.TYPE_ABBREVIATIONS,
    claim_types=CLAIM_TYPES,
    modalities=MODALITIES,
    claim_page=wording.claim_page,
    entity_page=wording.entity_page,
    source_page=wording.source_page,
)
templates.env.filters["urlquote"] = lambda text: quote(str(text), safe="")


def prefers_json(accept: str | None) -> bool:
    """True when ``Accept`` ranks JSON above HTML; ties (``*/*``, no header, a browser's list) go to HTML."""
    if not accept:
        return False
    ranges = parse_accept(accept)
    return quality(JSON, ranges) > quality(HTML, ranges)


def with_query(path: str, params: Mapping[str, Any]) -> str:
    """``path`` with the parameters that have a value, in a stable order; numbers as a person writes them."""
    kept = [(name, int(value) if isinstance(value, float) and value.is_integer() else value)
            for name, value in params.items() if value not in (None, "")]  # fmt: skip
    return f"{path}?{urlencode(kept)}" if kept else path


def page(
    request: Request, template: str, build: Callable[[], dict[str, Any]], *, twin: str, title: str = ""
) -> Response:
    """The page, or a 303 to its JSON twin when the client asks for JSON. ``build`` calls the read services; a
    request they refuse as bad input (InputError: unknown id, bad filter) becomes an error page with the
    status the REST API would give, so a person sees what went wrong and the JSON twin of the same request."""
    headers = {"Vary": "Accept", "Link": f'<{twin}>; rel="alternate"; type="{JSON}"'}
    if prefers_json(request.headers.get("accept")):
        return RedirectResponse(twin, status_code=303, headers=headers)
    try:
        context = build()
    except InputError as error:
        status = status_of(error)
        context = {"title": "Not found" if status == 404 else "Cannot show this", "error": error, "status": status}
        return templates.TemplateResponse(request, "error.html", {**context, "twin": twin}, status, headers=headers)
    context.setdefault("title", title)
    status = context.pop("status", 200)
    return templates.TemplateResponse(request, template, {**context, "twin": twin}, status, headers=headers)
