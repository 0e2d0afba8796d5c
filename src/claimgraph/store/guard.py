"""Checks a query must pass before it reaches the engine, for what the engine cannot survive.

Oxigraph's parser is recursive: about 3,000 nested braces or parentheses overflow its stack and the process
dies with SIGSEGV (a query worker answered 503, ``claimgraph query`` exited 139). A depth counter refuses such a
query first. It counts every bracket of the raw text, strings, IRIs and comments included: it can only refuse,
so counting too much errs on the safe side, and no spelling can hide brackets from it (a scanner that skipped
strings and IRIs would have to agree with the parser on where each ends). Queries people write nest a few
levels; the limit is far above them and far below the depth that crashes.

Other long chains (10,000 ``!`` or ``+`` in a row) also overflow the default stack, so the engine's query
thread gets a large one (``QUERY_STACK_BYTES``; address space reserved, touched only as used): with it, a chain
that fits in the request-size cap parses, or runs into the time limit.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from claimgraph.errors import QueryTooDeepError

MAX_QUERY_DEPTH = 256  # brackets; ~3,000 crashed the engine on its default stack, ~30,000 on QUERY_STACK_BYTES
QUERY_STACK_BYTES = 256 << 20
_OPEN = frozenset("{([")
_CLOSE = frozenset("})]")
Result = TypeVar("Result")


def nesting_depth(sparql: str) -> int:
    """The deepest nesting of ``{ ( [`` in the text (an unmatched closer never makes it negative)."""
    depth = deepest = 0
    for char in sparql:
        if char in _OPEN:
            depth += 1
            deepest = max(deepest, depth)
        elif char in _CLOSE and depth:
            depth -= 1
    return deepest


def check_depth(sparql: str, limit: int = MAX_QUERY_DEPTH) -> None:
    """Raise QueryTooDeepError (a 400, exit code 2) for a query nested deeper than ``limit``."""
    if sparql.count("{") + sparql.count("(") + sparql.count("[") <= limit:
        return  # cannot nest deeper than it has brackets: most queries stop here, at C speed
    depth = nesting_depth(sparql)
    if depth > limit:
        raise QueryTooDeepError(
            f"the query nests {depth} levels of brackets; at most {limit} are accepted",
            hint="flatten it: deeper nesting would overflow the query engine's stack",
        )


def on_large_stack(run: Callable[[], Result], stack_bytes: int = QUERY_STACK_BYTES) -> Result:
    """``run()`` on a thread with a ``stack_bytes`` stack, for the engine's recursive parser and evaluator."""
    outcome: list[Result] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            outcome.append(run())
        except BaseException as exc:  # handed to the caller's thread as it is
            failure.append(exc)

    previous = threading.stack_size(stack_bytes)
    try:
        thread = threading.Thread(target=target, name="claimgraph-query")
        thread.start()
    finally:
        threading.stack_size(previous)
    thread.join()
    if failure:
        raise failure[0]
    return outcome[0]
