"""The one exception tree of claimgraph.

Every error a user can cause or meet has a class here with a stable ``code``; the CLI maps the tree to exit
codes and the API (later) to HTTP statuses, each in one place. Internal failures are *not* wrapped: a bug
surfaces as a bug, never as a "bad input" message.

    ClaimgraphError
    ├── InputError            the user's input is wrong: fix it and retry
    │   ├── SourceReadError   a corpus file cannot be read or decoded
    │   ├── QuerySyntaxError  a SPARQL query or update does not parse
    │   └── UnknownFormatError  a format name the command does not support
    ├── StoreError            the store cannot do what was asked
    │   ├── StoreLockedError  another process holds the embedded store
    │   └── QueryRefusedError a read-only store was asked to write
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
