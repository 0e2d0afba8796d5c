"""Content negotiation for /sparql: the ``Accept`` header (with q-values and wildcards, RFC 9110 §12.5.1) or a
``format`` parameter for browsers, turned into result format names ranked best first.

The kind of answer (solutions, boolean, graph) is only known once the query is parsed, in the worker; so the whole
ranking travels with the query and the worker takes the first name that fits. An empty ranking is a 406 at once.
"""

from __future__ import annotations

from claimgraph.errors import NotAcceptableError, UnknownFormatError

# Server preference, used to break ties between equally acceptable formats; each name's media types, the first
# being the one the answer is labelled with.
MEDIA_TYPES: dict[str, tuple[str, ...]] = {
    "json": ("application/sparql-results+json", "application/json"),
    "xml": ("application/sparql-results+xml", "application/xml", "text/xml"),
    "csv": ("text/csv",),
    "tsv": ("text/tab-separated-values",),
    "turtle": ("text/turtle", "application/x-turtle"),
    "ntriples": ("application/n-triples", "text/plain"),
    "jsonld": ("application/ld+json", "application/json"),
    "rdfxml": ("application/rdf+xml", "application/xml", "text/xml"),
}
GRAPH_FORMATS = ("turtle", "ntriples", "jsonld", "rdfxml")
# format=… values beyond the names themselves; a generic name covers both the solutions and the graph flavour.
FORMAT_ALIASES: dict[str, tuple[str, ...]] = {
    "json": ("json", "jsonld"),
    "xml": ("xml", "rdfxml"),
    "srj": ("json",),
    "srx": ("xml",),
    "ttl": ("turtle",),
    "n3": ("turtle",),  # SPARQLWrapper's N3; Turtle is a subset of N3, so any N3 reader takes it
    "nt": ("ntriples",),
    "n-triples": ("ntriples",),
    "json-ld": ("jsonld",),
    "rdf": ("rdfxml",),
    "rdf+xml": ("rdfxml",),
    "text/n3": ("turtle",),
    "text/rdf+n3": ("turtle",),
}

Range = tuple[str, str, float]


def parse_accept(header: str) -> list[Range]:
    """``(type, subtype, q)`` for each well-formed media range; malformed ones are ignored, as browsers do."""
    ranges: list[Range] = []
    for part in header.split(","):
        pieces = [piece.strip() for piece in part.split(";")]
        media = pieces[0].lower()
        if media.count("/") != 1:
            continue
        main, sub = media.split("/")
        if not main or not sub or (main == "*" and sub != "*"):
            continue
        q = 1.0
        for parameter in pieces[1:]:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value.strip()), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append((main, sub, q))
    return ranges


def quality(media_type: str, ranges: list[Range]) -> float:
    """The q of the most specific range matching ``media_type`` (exact beats type/* beats */*)."""
    main, sub = media_type.split("/")
    best: tuple[int, float] | None = None
    for range_main, range_sub, q in ranges:
        if (range_main, range_sub) == (main, sub):
            specificity = 2
        elif range_main == main and range_sub == "*":
            specificity = 1
        elif range_main == "*":
            specificity = 0
        else:
            continue
        if best is None or specificity > best[0] or (specificity == best[0] and q > best[1]):
            best = (specificity, q)
    return best[1] if best else 0.0


def _format_quality(name: str, ranges: list[Range]) -> float:
    """A format's q is its own media type's; an alias (application/json, text/xml, ...) counts only when named
    exactly, so that ``text/*`` does not make ``text/xml`` pull SPARQL XML results ahead of CSV."""
    primary, *aliases = MEDIA_TYPES[name]
    exact = [q for main, sub, q in ranges if f"{main}/{sub}" in aliases]
    return max([quality(primary, ranges), *exact])


def rank_formats(accept: str | None, names: tuple[str, ...] = tuple(MEDIA_TYPES)) -> tuple[str, ...]:
    """The acceptable format names among ``names``, best first; all of them when there is no Accept header."""
    if accept is None or not accept.strip():
        return names
    ranges = parse_accept(accept)
    scored = [(_format_quality(name, ranges), index, name) for index, name in enumerate(names)]
    return tuple(name for q, _, name in sorted(scored, key=lambda item: (-item[0], item[1])) if q > 0)


def negotiate(
    format_param: str | None, accept: str | None, names: tuple[str, ...] = tuple(MEDIA_TYPES)
) -> tuple[str, ...]:
    """Format names for an answer: ``format`` (a name or a media type) wins over ``Accept``. Raises
    UnknownFormatError for a ``format`` that names nothing, NotAcceptableError when nothing is acceptable."""
    if format_param:
        wanted = format_param.strip().lower()
        chosen = FORMAT_ALIASES.get(wanted) or ((wanted,) if wanted in MEDIA_TYPES else None)
        if chosen is None:
            chosen = tuple(name for name, media in MEDIA_TYPES.items() if wanted.split(";")[0].strip() in media)
        if not chosen:
            raise UnknownFormatError(
                f"unknown result format {format_param!r}", hint="one of " + ", ".join([*MEDIA_TYPES, "or a media type"])
            )
        ranked = tuple(name for name in chosen if name in names)
    else:
        ranked = rank_formats(accept, names)
    if not ranked:
        offered = ", ".join(MEDIA_TYPES[name][0] for name in names)
        raise NotAcceptableError(f"none of the accepted media types can be produced here: {accept!r}", hint=offered)
    return ranked
