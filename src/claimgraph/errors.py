"""The one exception tree of claimgraph.

Every error a user can cause or meet has a class here with a stable ``code``; the CLI maps the tree to exit
codes and the API (later) to HTTP statuses, each in one place. Internal failures are *not* wrapped: a bug
surfaces as a bug, never as a "bad input" message.

    ClaimgraphError
    ├── InputError            the user's input is wrong: fix it and retry
    │   ├── SourceReadError   a corpus file cannot be read or decoded
    │   ├── QuerySyntaxError  a SPARQL query or update does not parse
    │   │   └── QueryTooDeepError  a query nested deeper than the engine can parse safely
    │   ├── UnknownFormatError  a format name the command does not support
    │   ├── QueryEvaluationError  a query parsed but failed while it was evaluated
    │   ├── NotAcceptableError  no result format the client accepts fits the query's answer
    │   └── ProtocolError     an HTTP request that the SPARQL 1.1 Protocol does not allow
    │       ├── UnsupportedMediaTypeError  a POST body of a media type /sparql does not read
    │       └── RequestTooLargeError  a request body over the size cap
    ├── StoreError            the store cannot do what was asked
    │   ├── StoreLockedError  another process holds the embedded store
    │   ├── QueryRefusedError a read-only store was asked to write, or a query uses a disabled feature
    │   ├── QueryTimeoutError a query ran past its time limit and was stopped
    │   ├── ServerBusyError   every query worker stayed busy for the whole time limit
    │   ├── QueryMemoryError  a query needed more memory than a query worker may use
    │   ├── QueryCancelledError  the client went away, and its query was stopped
    │   ├── AnswerTooLargeError  a query's answer is larger than the endpoint sends
    │   └── QueryWorkerError  the process running a query died or failed (not the query's fault)
    └── ValidationFailed      SHACL found violations in the store
"""

from __future__ import annotations


class ClaimgraphError(Exception):
    """Base of every error claimgraph raises on purpose."""

    code = "claimgraph"

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} ({self.hint})" if self.hint else self.message


class InputError(ClaimgraphError):
    code = "input"


class SourceReadError(InputError):
    """A corpus file could not be turned into an article; ingest reports it and goes on."""

    code = "source-read"


class QuerySyntaxError(InputError):
    code = "query-syntax"


class QueryTooDeepError(QuerySyntaxError):
    """Refused before parsing: deeper nesting would overflow the engine's stack and kill its process."""

    code = "query-too-deep"


class UnknownFormatError(InputError):
    code = "unknown-format"


class StoreError(ClaimgraphError):
    code = "store"


class StoreLockedError(StoreError):
    code = "store-locked"


class QueryRefusedError(StoreError):
    code = "query-refused"


class ValidationFailed(ClaimgraphError):
    code = "validation-failed"


class QueryEvaluationError(InputError):
    code = "query-evaluation"


class NotAcceptableError(InputError):
    """The client's Accept header (or ``format``) admits no serialisation of this kind of result."""

    code = "not-acceptable"


class ProtocolError(InputError):
    """A request the SPARQL 1.1 Protocol does not allow: two queries, an update by GET, a missing query, ..."""

    code = "protocol"


class UnsupportedMediaTypeError(ProtocolError):
    code = "unsupported-media-type"


class RequestTooLargeError(ProtocolError):
    """The request body is larger than the server reads (it stops reading at the cap)."""

    code = "request-too-large"


class QueryMemoryError(StoreError):
    """The worker running the query hit its memory limit (and was replaced); a narrower query may succeed."""

    code = "query-memory"


class QueryCancelledError(StoreError):
    """The client hung up; its query was stopped (its worker killed and replaced) so it frees its place."""

    code = "query-cancelled"


class AnswerTooLargeError(StoreError):
    """The answer passed the byte cap while it was produced; LIMIT or fewer, shorter values may succeed."""

    code = "answer-too-large"


class QueryTimeoutError(StoreError):
    """The query was stopped (its worker process killed) at the time limit; a narrower query may succeed."""

    code = "query-timeout"


class ServerBusyError(StoreError):
    """No worker became free within the time limit; retrying later may succeed."""

    code = "server-busy"


class QueryWorkerError(StoreError):
    """The worker process died or could not start; it is replaced, so a retry usually succeeds."""

    code = "query-worker"


class NotFoundError(InputError):
    """The request names a claim or source the store does not hold (removed, or never ingested)."""

    code = "not-found"


class ConflictError(InputError):
    """A write that would silently replace something: say so explicitly (e.g. ``replace=true``) or pick another id."""

    code = "conflict"
