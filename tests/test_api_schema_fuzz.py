"""schemathesis over ``/openapi.json`` against a live uvicorn server (issue 17 item 3): requests generated from the
schema, valid and invalid, and every response checked — no 5xx; each status, media type, header and body as the
schema documents it; invalid input refused; a missing token answered 401. Bounded (a few examples per operation)
so that CI runs it every time.

One built-in check is left out, ``positive_data_acceptance`` (a schema-valid request must not get a 4xx): some
parameters have a grammar no JSON Schema states — a SPARQL query, an opaque page cursor, a period such as
``2025-H1``, an entity IRI — so a random string of the right type is rightly a 400. The closed vocabularies
(types, units, modalities, sorts, formats) are in the schema as enums, and for them the 400s are checked by the
tests of each route.

Nor is a request with a query parameter no route declares taken as invalid input (``allow_extra_parameters``
off): the API ignores parameters it does not know, as most HTTP APIs do (links and proxies add their own, such as
tracking parameters), and answers on what it does know. Found when the fuzzer sent ``?Ⱥ=7212`` to
``POST /sources`` and counted the 201 as "schema-violating request accepted".

The examples are derandomized (a fixed seed), so that CI sees the same requests on every run: a random run once
drew an "invalid" request that was valid on the wire — an object for the optional query parameter ``id``, which form
encoding writes as other parameters, so the request carried no ``id`` at all and was rightly answered 201.

The schema is the app's own, built at import (schemathesis makes one test per operation as the module is
collected); the first test checks that the live server serves exactly it."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from claimgraph.api.app import create_app
from claimgraph.extract import Extractor
from claimgraph.ingest import ingest
from claimgraph.settings import Settings
from claimgraph.store import open_store
from rest_server import CORPUS, TOKEN, TRACE, Api, serve_api

pytestmark = pytest.mark.slow
MAX_EXAMPLES = 20


def _openapi() -> dict[str, object]:
    with open_store(None) as store:
        return create_app(Settings(store=None), store).openapi()


SPEC = _openapi()
schema = schemathesis.openapi.from_dict(SPEC)
schema.config.generation.update(allow_extra_parameters=False)  # an unknown query parameter is ignored, not invalid
schemathesis.serializer.alias("application/sparql-query", "text/plain")  # a POST /sparql body is the query text


@pytest.fixture(scope="module")
def fuzzed_api(extractor: Extractor) -> Iterator[Api]:
    """The corpus and the trace articles behind a server that accepts writes with TOKEN (its own store: the
    generated writes add and remove sources)."""
    settings = Settings(store=None, sparql_workers=1, api_token=TOKEN)
    with open_store(None) as store:
        assert ingest([CORPUS, TRACE], store, settings, extractor=extractor).ok
        with serve_api(settings, store, extractor) as api:
            yield api


def test_api_schema_is_the_one_the_server_serves(fuzzed_api: Api) -> None:
    assert httpx.get(fuzzed_api.url + "/openapi.json").json() == SPEC


@schema.parametrize()
@settings(
    max_examples=MAX_EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None, derandomize=True
)
def test_api_schema_every_response_conforms(case: schemathesis.Case, fuzzed_api: Api) -> None:
    case.call_and_validate(
        base_url=fuzzed_api.url,
        headers={"Authorization": f"Bearer {TOKEN}"},
        excluded_checks=[positive_data_acceptance],
        timeout=60,
    )
