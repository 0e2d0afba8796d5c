"""Cuts of sales paid to a government ("hand the US government 15% of revenue", "with 25% of the proceeds going to
the government"), as export arrangements levy them: no market share, revenue or growth of the payer
(``figure_types``), but the arrangement's effect on the payer (``sanctions``)."""

from __future__ import annotations

import re

from claimgraph.extract.document import Sentence
from claimgraph.extract.normalize import Quantity

# what a levy stands for when the article names no export rule before it
LEVY_ARRANGEMENT = "export licence revenue-sharing arrangement"


def for_exports(text: str) -> bool:
    """Whether the levy's sentence is about leave to export ("… lets Osk sell its K9 to approved buyers in Chile",
    "in exchange for export licences"), not a concession's or a tax's fee."""
    return _EXPORT_WORDING.search(text) is not None


_EXPORT_WORDING = re.compile(
    r"\b(?:export\w*|licen[cs]\w*|approved\s+(?:[\w-]+\s+)?(?:buyers|customers|clients))\b", re.IGNORECASE
)


def a_levy(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether the percentage is a cut of sales paid to a government ("hand the US government 15% of revenue",
    "with 25% of the proceeds going to the government")."""
    text = sentence.doc_text
    before = _LEVY_BEFORE.search(text, sentence.start, quantity.start)
    return before is not None or _LEVY_AFTER.match(text, quantity.end, sentence.end) is not None


_GOVERNMENT = r"(?:the\s+)?(?:US\s+|U\.S\.\s+|federal\s+|national\s+)?(?:government|treasury|state|USG)\b"
_LEVY_BEFORE = re.compile(
    rf"\b(?:hand|hands|handing|handed|pay|pays|paying|paid|give|gives|giving|remit|remits)\s+(?:over\s+)?(?:to\s+)?"
    rf"{_GOVERNMENT}\s*\Z",
    re.IGNORECASE,
)
_LEVY_AFTER = re.compile(
    r"\s+of\s+(?:the\s+|their\s+|its\s+)?(?:[\w-]+\s+){0,3}?(?:revenue|revenues|sales|proceeds)\b[^.;]{0,60}?"
    rf"\b(?:go|goes|going|went|paid|payable|remitted)\s+to\s+{_GOVERNMENT}",
    re.IGNORECASE,
)
