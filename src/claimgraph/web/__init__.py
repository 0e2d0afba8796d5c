"""Server-rendered pages over the same read services the REST API uses (``claimgraph.query``): one query path,
two renderings. ``install(app)`` adds the pages and their static assets to the app of ``api/app.py``.

Pages live under ``/ui/`` and mirror the REST paths (``/ui/claims/{source}/{key}`` is the page of
``/claims/{source}/{key}``), so every page's JSON twin is the same path without ``/ui``, one link away; an
``Accept`` header that prefers JSON over HTML gets a 303 to it. The home page is ``/`` (no REST route uses it).
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from claimgraph.web.render import STATIC
from claimgraph.web.views import claims, entities, home, sources, sparql

STATIC_PATH = "/static"


def install(app: FastAPI) -> None:
    """Mount the pages and ``/static`` (our CSS and JS, and the front-end libraries ``make setup`` copies into
    ``static/vendor/`` from npm)."""
    for module in (home, claims, sources, entities, sparql):
        app.include_router(module.router)
    app.mount(STATIC_PATH, StaticFiles(directory=STATIC), name="static")
