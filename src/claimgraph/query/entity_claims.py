"""The claims one entity takes part in (as subject, object, or the party a claim is attributed to), in the claims
listing's JSON shape and order, filtered and paged.

They are found from the entity (its IRI written into the pattern, where Oxigraph starts) and read by IRI, so the
cost follows the entity's claims, not the store's size.
"""

from __future__ import annotations

from collections import defaultdict

from rdflib import URIRef

from claimgraph.errors import InputError
from claimgraph.graph.namespaces import Iris
from claimgraph.query.claims import ClaimJson
from claimgraph.query.claims_named import read_named_claims
from claimgraph.query.entities import ROLES, Page, decode_cursor, encode_cursor, entity_index
from claimgraph.query.queries import load_query
from claimgraph.records import CLAIM_TYPES
from claimgraph.store import Store
from claimgraph.store.base import sparql_term


def entity_claims(
    store: Store,
    iris: Iris,
    key: str,
    *,
    claim_type: str | None = None,
    role: str | None = None,
    source_id: str | None = None,
    limit: int = 50,
    cursor: str | None = None,
) -> Page | None:
    """One page of the entity's claims (of a type, a role, a source), ordered as the claims listing orders them
    (by source file, then position); None for an unknown entity."""
    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type {claim_type[:80]!r}", hint="one of " + ", ".join(CLAIM_TYPES))
    if role is not None and role not in ROLES:
        raise InputError(f"unknown role {role[:80]!r}", hint="one of " + ", ".join(ROLES))
    iri = f"{iris.base}entity/{key}"
    if iri not in entity_index(store, iris).by_iri:
        return None
    roles: dict[str, set[str]] = defaultdict(set)
    for row in store.select(load_query("entity_claim_iris").replace("#ENTITY#", sparql_term(URIRef(iri)))):
        roles[str(row["claim"])].add(str(row["role"]))
    wanted = {claim for claim, its_roles in roles.items() if role is None or role in its_roles}
    source = str(iris.source(source_id)) if source_id is not None else None
    claims = [
        claim
        for claim in read_named_claims(store, iris, wanted).values()
        if (claim_type is None or claim["type"] == claim_type)
        and (source is None or any(e["source"]["id"] == source for e in claim["evidence"]))
    ]
    claims.sort(key=_listing_order)
    scope = f"{claim_type}|{role}|{source_id}"
    offset = decode_cursor(cursor, iri, scope)
    page: list[ClaimJson] = claims[offset : offset + limit]
    more = offset + limit < len(claims)
    return Page(page, len(claims), encode_cursor(iri, scope, offset + limit) if more else None)


def _listing_order(claim: ClaimJson) -> tuple[str, int, str, str]:
    if not claim["evidence"]:
        return "", 0, claim["type"] or "", claim["id"]
    first = claim["evidence"][0]
    return first["source"]["file"] or "", first["start"], claim["type"] or "", claim["id"]
