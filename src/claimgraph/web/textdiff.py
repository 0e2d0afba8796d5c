"""What an edit changed in an article's text, line by line, for the revisions page: the lines removed and added,
with a line of unchanged context around each change so a reader sees where it happened."""

from __future__ import annotations

import difflib
from typing import Literal

Kind = Literal["same", "removed", "added", "gap"]


def line_changes(old: str, new: str, context: int = 1) -> list[tuple[Kind, str]]:
    """The changed lines of ``old`` → ``new`` with ``context`` unchanged lines around them; a ``gap`` stands for
    unchanged lines left out. Empty when the texts are equal."""
    found: list[tuple[Kind, str]] = []
    before, after = old.splitlines(), new.splitlines()
    matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
    for group in matcher.get_grouped_opcodes(context):
        if found:
            found.append(("gap", ""))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                found.extend(("same", line) for line in before[i1:i2])
                continue
            found.extend(("removed", line) for line in before[i1:i2])
            found.extend(("added", line) for line in after[j1:j2])
    return found
