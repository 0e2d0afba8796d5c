"""One SPARQL query over an Oxigraph store, as the /sparql endpoint runs it.

pyoxigraph's ``Store.query`` has no timeout and a thread cannot be stopped, so the endpoint runs every query in a
separate process that it can kill (``workers.py`` keeps a pool of them; ``worker_process.py`` is that process's
program, which loads this module). It is also usable in-process (the W3C suite's reference run, the benchmark).
It imports only the standard library and pyoxigraph, so a worker starts in tens of milliseconds instead of paying
for rdflib and the claimgraph package; for the same reason it speaks plain dicts and names its errors with
string codes, which ``workers.py`` maps to claimgraph's exception tree.

What a query sees:
- no dataset in the request and no FROM in the query: the default graph is the union of all graphs;
- ``default-graph-uri`` / ``named-graph-uri`` given (SPARQL 1.1 Protocol): exactly those graphs, overriding any
  FROM / FROM NAMED in the query (a side not given is empty, as the Protocol says);
- FROM / FROM NAMED in the query and no protocol dataset: the query's own dataset.
SERVICE: Oxigraph would fetch any URL a client names (server-side request forgery). A worker therefore drops its
right to open internet sockets before it reads its first job (``deny_network``, a seccomp filter), so no spelling
of SERVICE, however it gets past a parser, can reach the network: its evaluation fails and is answered as a
refusal. The textual check that refuses the plain spellings first only gives them a clear message at once; the
guarantee is the filter.
"""

from __future__ import annotations

import errno
import re
import socket
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any, cast

import pyoxigraph as ox

SOLUTION_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
BOOLEAN_FORMATS = ("json", "xml")  # CSV and TSV define no boolean result
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}

# Strings, IRIs and comments, blanked before looking for keywords so that "SERVICE" inside a literal or
# <http://x/FROM> does not count. Leftmost match wins, so '#' inside a string or an IRI is not a comment.
_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
_KEYWORD = r"(?<![\w:?$.\-]){}(?![\w:\-])"
_SERVICE = re.compile(_KEYWORD.format("SERVICE"), re.IGNORECASE)
_FROM = re.compile(_KEYWORD.format("FROM"), re.IGNORECASE)
_UPDATE = re.compile(
    r"^\s*(?:(?:BASE\s*<>|PREFIX\s*[^\s:]*:\s*<>)\s*)*(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)
_FORM = re.compile(_KEYWORD.format("(?:SELECT|ASK|CONSTRUCT|DESCRIBE)"), re.IGNORECASE)
_TEMPLATE = re.compile(r"\s*\{")  # a CONSTRUCT's template, which the short form (CONSTRUCT WHERE) has not
STORE_FAILURES = ("Corruption", "IO error", "No such file")
_REFUSED_SERVICE = "federated queries (SERVICE) are disabled on this endpoint"
# Whether this process has given up internet sockets (``deny_network``); without the filter, any "SERVICE" in
# the text, however escaped, is refused instead.
network_denied = False

Job = dict[str, Any]
Reply = dict[str, Any]
Sink = Callable[[bytes], object]


def _skeleton(sparql: str) -> str:
    """The query with literals and IRIs emptied and comments removed: what keywords are looked for in."""

    def blank(match: re.Match[str]) -> str:
        text = match.group(0)
        return "<>" if text.startswith("<") else " " if text.startswith("#") else '""'

    return _NOISE.sub(blank, sparql)


def uses_service(sparql: str) -> bool:
    """Whether the query plainly names SERVICE. A courtesy, not the defence: where the network is denied it only
    saves an evaluation; where it is not, any occurrence of the word (even in an IRI or a string, or spelled
    with escapes) counts, so that no spelling gets through."""
    if network_denied:
        return bool(_SERVICE.search(_skeleton(sparql)))
    return "service" in _unescaped(sparql).lower()


def _unescaped(sparql: str) -> str:
    """The text with SPARQL's codepoint escapes (\\uXXXX, \\UXXXXXXXX) and local-name escapes decoded."""
    text = re.sub(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})", lambda m: chr(int(m.group(1) or m.group(2), 16)), sparql)
    return re.sub(r"\\(.)", r"\1", text)


def deny_network() -> bool:
    """Forbid this process, from now on, to open IPv4 or IPv6 sockets (``socket()`` fails with EACCES), with a
    seccomp filter that neither it nor its children can lift. The engine needs no network: the store is a local
    directory and jobs come over a pipe. Returns False where seccomp is unavailable (not Linux, no libseccomp)."""
    global network_denied
    try:
        import pyseccomp as seccomp
    except (ImportError, OSError):
        return False
    rules = seccomp.SyscallFilter(defaction=seccomp.ALLOW)
    for family in (socket.AF_INET, socket.AF_INET6):
        rules.add_rule(seccomp.ERRNO(errno.EACCES), "socket", seccomp.Arg(0, seccomp.EQ, family))
    rules.add_rule(seccomp.ERRNO(errno.EACCES), "io_uring_setup")  # io_uring can open sockets without socket()
    rules.load()
    network_denied = True
    return True


def has_dataset_clause(sparql: str) -> bool:
    """Whether the query names its own dataset (FROM / FROM NAMED), which then replaces the union default."""
    return bool(_FROM.search(_skeleton(sparql)))


def query_form(sparql: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first of them outside strings, IRIs and comments (None if none),
    so that a client of a remote server knows which kind of answer to ask for before sending the query."""
    found = _FORM.search(_skeleton(sparql))
    return found.group(0).upper() if found else None


def solutions_as(json_body: bytes, format_name: str) -> bytes:
    """SPARQL JSON results written again in another results format (json, xml, csv or tsv): a remote server's
    answer, cut as JSON, in the format the client asked for. Raises SyntaxError for JSON that is no results."""
    solutions = ox.parse_query_results(json_body, ox.QueryResultsFormat.JSON)
    if not isinstance(solutions, ox.QuerySolutions):
        raise SyntaxError("a boolean result, not solutions")
    return solutions.serialize(format=SOLUTION_FORMATS[format_name]) or b""


def where_group_start(sparql: str) -> int:
    """Offset just inside the ``{`` that opens a query's WHERE group (-1 if none), so that a remote client can
    put VALUES there: Virtuoso refuses a trailing VALUES after ASK or CONSTRUCT, or on a variable not selected.
    A CONSTRUCT's template comes first and is stepped over (its WHERE keyword is optional, as for the others)."""
    blanked = _NOISE.sub(lambda match: " " * len(match.group(0)), sparql)
    form = _FORM.search(blanked)
    if form is None:
        return -1
    at = form.end()
    template = _TEMPLATE.match(blanked, at) if form.group(0).upper() == "CONSTRUCT" else None
    if template is not None:
        depth = 0
        for at in range(template.end() - 1, len(blanked)):
            depth += {"{": 1, "}": -1}.get(blanked[at], 0)
            if depth == 0:
                break
    brace = blanked.find("{", at)
    return brace + 1 if brace >= 0 else -1


def looks_like_update(sparql: str) -> bool:
    """Whether text that failed to parse as a query is a SPARQL Update, to refuse it as a write, not a typo."""
    return bool(_UPDATE.match(_skeleton(sparql)))


def error(code: str, message: str) -> Reply:
    return {"ok": False, "code": code, "message": message}


def execute(store: ox.Store, job: Job, sink: Sink | None = None) -> Reply:
    """Run one query as the endpoint does: dataset rules above, the first of ``job["formats"]`` that fits the
    kind of answer, at most ``job["max_rows"]`` rows or triples. Never raises for anything the client sent.

    With a ``sink`` (a worker's ``AnswerFile``), a solutions answer is handed to it in pieces while pyoxigraph
    produces it; the answer is then the first ``reply["keep"]`` bytes given to the sink followed by
    ``reply["body"]`` (without a sink, or for an answer that does not go through it, ``keep`` is 0 and ``body``
    is the whole answer)."""
    sparql: str = job["sparql"]
    job = {**job, "max_rows": max(1, int(job["max_rows"]))}
    max_bytes = int(job.get("max_bytes") or 0)
    if uses_service(sparql):
        return error("refused", _REFUSED_SERVICE)
    began = time.perf_counter()
    try:
        result = store.query(sparql, **_dataset_arguments(job))
    except SyntaxError as exc:
        if looks_like_update(sparql):
            return error("update", "this endpoint is read-only: SPARQL Update is refused")
        return error("syntax", f"SPARQL syntax error: {exc}")
    except ValueError as exc:  # e.g. a default-graph-uri that is not an IRI
        return error("input", str(exc))
    except (OSError, RuntimeError) as exc:
        return _failure(exc)
    try:
        reply = _serialize(
            result,
            tuple(job["formats"]),
            int(job["max_rows"]),
            rerun=lambda: store.query(sparql, **_dataset_arguments(job)),
            sink=sink,
            max_bytes=max_bytes,
        )
    except _TooLarge:
        return error("too-large", f"the answer is larger than this endpoint's {max_bytes:,}-byte limit")
    except (OSError, ValueError, TypeError, RuntimeError) as exc:
        return _failure(exc)
    if max_bytes and reply.get("ok") and reply.get("keep", 0) + len(reply["body"]) > max_bytes:
        return error("too-large", f"the answer is larger than this endpoint's {max_bytes:,}-byte limit")
    reply["seconds"] = time.perf_counter() - began
    return reply


def _failure(exc: Exception) -> Reply:
    """The store's own failures (RocksDB I/O, a file a compaction removed) apart from a query's, and a SERVICE
    that reached for the denied network apart from both."""
    message = str(exc)
    if network_denied and isinstance(exc, PermissionError) and not any(m in message for m in STORE_FAILURES):
        return error("refused", _REFUSED_SERVICE)
    if isinstance(exc, OSError) or any(mark in message for mark in STORE_FAILURES):
        return error("store", f"the store failed while answering: {message}")
    return error("evaluation", f"the query failed while it was evaluated: {message}")


def _dataset_arguments(job: Job) -> dict[str, Any]:
    arguments: dict[str, Any] = {"base_iri": job.get("base_iri")}
    default_graphs, named_graphs = job.get("default_graphs"), job.get("named_graphs")
    if default_graphs is None and named_graphs is None:
        if not has_dataset_clause(job["sparql"]):
            arguments["use_default_graph_as_union"] = True
        return arguments
    arguments["default_graph"] = [ox.NamedNode(iri) for iri in default_graphs or ()]
    arguments["named_graphs"] = [ox.NamedNode(iri) for iri in named_graphs or ()]
    return arguments


def _serialize(
    result: ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples,
    formats: tuple[str, ...],
    cap: int,
    rerun: Callable[[], ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples],
    sink: Sink | None = None,
    max_bytes: int = 0,
) -> Reply:
    if isinstance(result, ox.QueryBoolean):
        name = next((f for f in formats if f in BOOLEAN_FORMATS), None)
        if name is None:
            return error("not-acceptable", "an ASK answer is available as " + _media(BOOLEAN_FORMATS))
        fmt = SOLUTION_FORMATS[name]
        return _answer("boolean", result.serialize(format=fmt), fmt.media_type, False, 1)
    if isinstance(result, ox.QueryTriples):
        name = next((f for f in formats if f in GRAPH_FORMATS), None)
        if name is None:
            return error("not-acceptable", "a CONSTRUCT or DESCRIBE answer is available as " + _media(GRAPH_FORMATS))
        triples = list(islice(result, cap + 1))
        rdf = GRAPH_FORMATS[name]
        body = ox.serialize(triples[:cap], format=rdf)
        return _answer("graph", body, rdf.media_type, len(triples) > cap, min(len(triples), cap))
    name = next((f for f in formats if f in SOLUTION_FORMATS), None)
    if name is None:
        return error("not-acceptable", "a SELECT answer is available as " + _media(SOLUTION_FORMATS))
    if name in ("json", "xml"):
        capped = _capped(result, name, cap, sink, max_bytes)
        if not capped.empty_row:
            return _answer("solutions", capped.body, SOLUTION_FORMATS[name].media_type, capped.truncated,
                           capped.rows, keep=capped.keep)  # fmt: skip
        again = rerun()  # a row with no binding hides a row boundary from the JSON count: go through TSV
        assert isinstance(again, ox.QuerySolutions)
        result = again
    capped = _capped(result, "tsv", cap, sink if name == "tsv" else None, max_bytes)
    fmt = SOLUTION_FORMATS[name]
    if name == "tsv":
        return _answer("solutions", capped.body, fmt.media_type, capped.truncated, capped.rows, keep=capped.keep)
    body = ox.parse_query_results(capped.body, ox.QueryResultsFormat.TSV).serialize(format=fmt) or b""
    return _answer("solutions", body, fmt.media_type, capped.truncated, capped.rows)


class _Enough(Exception):
    """Raised from the output writer to stop pyoxigraph's serialiser once more than the cap has been written."""


class _TooLarge(Exception):
    """Raised from the output writer once the answer passed the byte limit, before it takes more memory."""


class _RowCounter:
    """A write target for pyoxigraph's native serialiser that counts row markers as the bytes stream by (at C
    speed, no per-row Python) and stops the serialisation once ``stop_at`` markers went by. Markers are exact:
    in JSON ``,{"`` only ever starts a row (a ``"`` inside a string is escaped); in XML ``<result>`` cannot
    occur in text (``<`` is escaped); in TSV a row is a line (tabs and newlines in literals are escaped).

    In JSON a row without any binding is ``{}`` and has no marker, so ``empty_row`` notes a ``[{}`` or ``,{}``
    (possibly inside a string: then the caller merely takes the slower exact path). Pieces go on to ``sink``
    as soon as they are known to lie before the cut; the piece that reaches the cap is kept back."""

    def __init__(
        self, marker: bytes, stop_at: int, sink: Sink | None, watch_empty_rows: bool, max_bytes: int = 0
    ) -> None:
        self.marker, self.stop_at, self.sink, self.max_bytes = marker, stop_at, sink, max_bytes
        self.size = 0
        self.watch_empty_rows = watch_empty_rows
        self.chunks: list[bytes] = []
        self.count = 0
        self.sent = 0
        self.empty_row = False
        self.tail = b""  # the last bytes written, for a marker (or an empty JSON row) split between two pieces

    def write(self, data: bytes) -> int:
        data = bytes(data)
        span = len(self.marker) - 1
        # The piece, then its seam with the previous one (too short to hold a marker of either alone).
        edge = self.tail + data[:span] if span else b""
        self.count += data.count(self.marker) + edge.count(self.marker)
        if self.watch_empty_rows and not self.empty_row:
            self.empty_row = _has_empty_row(data) or _has_empty_row(self.tail + data[:2])
        if span:
            self.tail = data[-span:] if len(data) >= span else (self.tail + data)[-span:]
        self.chunks.append(data)
        self.size += len(data)
        if self.count >= self.stop_at:
            raise _Enough
        if self.max_bytes and self.size > self.max_bytes:
            raise _TooLarge
        if self.sink is not None and data:
            self.sink(data)
            self.sent += len(data)
        return len(data)

    def flush(self) -> None:
        """Nothing is buffered here; pyoxigraph calls it when it finishes."""


def _has_empty_row(data: bytes) -> bool:
    index = data.find(b"{}")
    while index != -1:
        if index > 0 and data[index - 1] in b"[,":
            return True
        index = data.find(b"{}", index + 2)
    return False


@dataclass(frozen=True)
class _Capped:
    """An answer cut at the cap: the first ``keep`` bytes already given to the sink, then ``body``."""

    body: bytes
    keep: int
    truncated: bool
    rows: int
    empty_row: bool


def _capped(result: ox.QuerySolutions, name: str, cap: int, sink: Sink | None = None, max_bytes: int = 0) -> _Capped:
    """The solutions natively serialised as ``name`` (json, xml or tsv), cut after ``cap`` rows (cap >= 1).
    With c = cap: JSON has rows - 1 separators, so c separators mean c + 1 rows; XML opens one <result> per
    row; TSV has a header line and one line per row."""
    marker, stop_at = {"json": (b',{"', cap), "xml": (b"<result>", cap + 1), "tsv": (b"\n", cap + 2)}[name]
    counter = _RowCounter(marker, stop_at, sink, watch_empty_rows=name == "json", max_bytes=max_bytes)
    try:
        result.serialize(cast(IO[bytes], counter), SOLUTION_FORMATS[name])
    except _Enough:
        body = b"".join(counter.chunks)
        if name == "json":
            cut, end = _nth(body, marker, cap), b"]}}"
        elif name == "xml":
            cut, end = _nth(body, b"</result>", cap) + len(b"</result>"), b"</results></sparql>"
        else:
            cut, end = _nth(body, marker, cap + 1) + 1, b""
        keep = min(cut, counter.sent)
        return _Capped(body[keep:cut] + end, keep, True, cap, counter.empty_row)
    if name == "json":
        rows = counter.count + 1
        if counter.count == 0 and b'"bindings":[]' in b"".join(counter.chunks):
            rows = 0
    else:
        rows = counter.count if name == "xml" else max(counter.count - 1, 0)
    if counter.sent:  # every piece went to the sink
        return _Capped(b"", counter.sent, False, rows, counter.empty_row)
    return _Capped(b"".join(counter.chunks), 0, False, rows, counter.empty_row)


def _nth(data: bytes, marker: bytes, n: int) -> int:
    """Index of the ``n``-th occurrence (1-based) of ``marker``."""
    index = -1
    for _ in range(n):
        index = data.index(marker, index + 1)
    return index


def _answer(kind: str, body: bytes | None, media_type: str, truncated: bool, rows: int, keep: int = 0) -> Reply:
    return {
        "ok": True, "kind": kind, "body": body or b"", "keep": keep, "media_type": media_type, "truncated": truncated,
        "rows": rows,
    }  # fmt: skip


def _media(names: Iterable[str]) -> str:
    media = {name: fmt.media_type for name, fmt in SOLUTION_FORMATS.items()}
    media.update((name, fmt.media_type) for name, fmt in GRAPH_FORMATS.items())
    return ", ".join(media[name] for name in names)
