"""Who holds a market share the text places without making the holder the clause's subject: the name a rank
follows ("…, with Osk Cloud second at 27%"), a possessive whose noun is left out ("… and Sable's 12%"), the owner of
the "share" before the figure ("We put Pell Cloud's share … at 38%"), and the company a part of a whole goes to
("half of the revenue went to Northwind"). ``subjects.py`` asks these before and after the clause's own subject."""

from __future__ import annotations

import re
from typing import NamedTuple

from claimgraph.extract.context import ReadingContext
from claimgraph.extract.document import Mention, Sentence, owned_after
from claimgraph.extract.lexicon import HEDGES, words_pattern
from claimgraph.extract.normalize import Quantity
from claimgraph.extract.references import antecedent
from claimgraph.extract.wholes import share_before
from claimgraph.records import Entity


def share_owner(
    sentence: Sentence, quantity: Quantity, allowed: frozenset[str], context: ReadingContext
) -> Mention | Entity | None:
    """ "We put Pell Cloud's share of Nordic GPU rentals at 38%", "Our share of AI cloud spending in the region
    climbed to 19%": the owner of the last "share" before the figure holds it, whatever the share is "of"."""
    doc = sentence.span.doc
    share = share_before(sentence, quantity)
    owner = next((c for c in share.children if c.dep_ == "poss"), None) if share is not None else None
    if owner is None:
        return None
    if owner.lower_ == "our":
        return context.speaker or context.issuer or context.title_subject  # the firm speaking, or the release's
    if owner.lower_ in ("its", "their"):
        return antecedent(sentence, owner.idx) or context.topic
    return next((m for m in sentence.mentions if m.root(doc) == owner and m.entity.type in allowed), None)


# "second at 19.2%", "third with 9%", "second in the Brazil cloud market with 12%", "gives Osk the lead at 31%":
# a place in a ranking
RANKED_AT = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th)|next|the\s+lead)"
    rf"(?:\s+place)?(?:\s+in\s+[^,;.%]{{1,60}}?)?,?\s+(?:at|with|on)\s+(?:{HEDGES}\s+)*$",
    re.IGNORECASE,
)


def ranked_holder(sentence: Sentence, quantity: Quantity, allowed: frozenset[str]) -> Mention | None:
    """ "…, with Osk Cloud second at 27%": the name right before a rank that places a figure holds it; so does the
    name "with" introduces right before "at" the figure ("…, with Osk at 32% of usage": Osk's; the names listed
    after it, "Tarn at 25%", are read as the report's continuations)."""
    text = sentence.doc_text
    placed = next(
        (
            m
            for m in sentence.mentions
            if m.entity.type in allowed
            and _WITH_BEFORE.search(text, sentence.start, m.start)
            and _AT_THE_FIGURE.fullmatch(text, m.end, quantity.start)
        ),
        None,
    )
    if placed is not None:
        return placed
    ranked = RANKED_AT.search(sentence.doc_text, sentence.start, quantity.start)
    if ranked is None:
        return None
    before = sentence.doc_text[sentence.start : ranked.start()].rstrip()
    return next(
        (m for m in sentence.mentions if m.entity.type in allowed and m.end == sentence.start + len(before)), None
    )


_WITH_BEFORE = re.compile(r"\bwith\s+(?:the\s+)?$", re.IGNORECASE)  # "…, with Osk at 32%"
_AT_THE_FIGURE = re.compile(rf"\s+at\s+(?:{HEDGES}\s+)*", re.IGNORECASE)


# "…, ahead of Vey Data with 18%", "behind Pell Data, the data-centre unit of Tarn Telecom, with 31%": a name (with an
# apposition of its own) right before "with" and the figure holds it, in a sentence that ranks
_WITH_AFTER_NAME = re.compile(rf"(?:,\s*(?:the|a|an|its)\s[^,;]{{1,60}},)?\s+with\s+(?:{HEDGES}\s+)*$", re.IGNORECASE)
_RANKING = re.compile(
    r"\b(?:ahead|behind|followed|trail(?:s|ed|ing)?|lead(?:s|ing)?|led|second|third|fourth|fifth|rank(?:s|ed)?)\b",
    re.IGNORECASE,
)


def with_holder(sentence: Sentence, quantity: Quantity, allowed: frozenset[str]) -> Mention | None:
    """ "… ahead of Vey Data with 18%": in a sentence that ranks, the name right before "with" and the
    figure holds it (an apposition may stand between)."""
    text = sentence.doc_text
    if not _RANKING.search(text, sentence.start, quantity.start):
        return None
    return next(
        (
            m
            for m in reversed(sentence.mentions)
            if m.end <= quantity.start
            and m.entity.type in allowed
            and _WITH_AFTER_NAME.fullmatch(text, m.end, quantity.start)
        ),
        None,
    )


# between a holder's name and its figure in a run of pairs: "Osk 38.2%", "Tarn Cloud at 27%", "Vey at about 12%"
_NAME_TO_FIGURE = re.compile(rf"\s+(?:at\s+)?(?:{HEDGES}\s+)*")
# between one pair and the next: "38.2%, Tarn", "27% and Vey", "12% (down from 15% in 2024), Pell"
_PAIR_TO_PAIR = re.compile(r"\s*(?:\([^()]{0,80}\))?\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+)")


class ShareRun(NamedTuple):
    """A figure's place in a run of two or more name–level pairs ("Osk 38.2%, Tarn 21.7%, Vey 8.1%")."""

    holder: Mention  # the name right before the figure
    figures: list[Quantity]  # the run's levels, the one written just before the run first ("Osk received 41%, Tarn …")
    after_a_market: bool  # the run opens on "with" after a market is described ("sizes the market at $3B, with Osk …")


def share_run(sentence: Sentence, quantity: Quantity, allowed: frozenset[str]) -> ShareRun | None:
    """The run of name–level pairs ``quantity`` belongs to, if any. A lone "Osk 12%" may be anything, and so may a
    list whose lead-in names a whole of its own: a run says what it splits by continuing a figure read as a share, or
    by hanging on "with" after a market is described ("puts the market at $3 billion, with Osk at 31%, Tarn at
    18%"); after anything else ("its fleet numbers 50,000 GPUs, with Nvidia at 70%", "reported revenue of $400
    million, with Vey at 38%") the levels split that."""
    found = _pairs(sentence, allowed).get(quantity.start)
    if found is None:
        return None
    holder, figures = found
    text = sentence.doc_text
    opening = _WITH_BEFORE.search(text, sentence.start, holder.start) if figures[0] is quantity else None
    after_a_market = opening is not None and (
        _MARKET_WORD.search(text, sentence.start, opening.start()) is not None
        or any(m.entity.type == "Market" and m.end <= opening.start() for m in sentence.mentions)
    )
    return ShareRun(holder, figures, after_a_market)


_MARKET_WORD = re.compile(r"\bmarkets?\b", re.IGNORECASE)


def _pairs(sentence: Sentence, allowed: frozenset[str]) -> dict[int, tuple[Mention, list[Quantity]]]:
    """Each figure of a run of two or more name–level pairs (a level being a percent that is no change), by its
    start: its holder and the run's figures, the level just before the run first."""
    text = sentence.doc_text
    levels = [q for q in sentence.quantities if q.unit == "percent" and q.change is None]
    pairs: list[tuple[Mention, Quantity]] = []
    for figure in levels:
        name = next(
            (
                m
                for m in sentence.mentions
                if m.end <= figure.start
                and m.entity.type in allowed
                and _NAME_TO_FIGURE.fullmatch(text, m.end, figure.start)
            ),
            None,
        )
        if name is not None:
            pairs.append((name, figure))
    runs: list[list[tuple[Mention, Quantity]]] = []
    for pair in pairs:
        if runs and _PAIR_TO_PAIR.fullmatch(text, runs[-1][-1][1].end, pair[0].start):
            runs[-1].append(pair)
        else:
            runs.append([pair])
    found: dict[int, tuple[Mention, list[Quantity]]] = {}
    for run in runs:
        first_name = run[0][0]
        before = [
            q for q in levels if q.end <= first_name.start and _PAIR_TO_PAIR.fullmatch(text, q.end, first_name.start)
        ]
        if len(run) + len(before) < 2:
            continue
        figures = before[:1] + [figure for _, figure in run]
        for name, figure in run:
            found[figure.start] = (name, figures)
    return found


_ELIDED = re.compile(rf"[’']s\s+(?:(?:at|to|from|with)\s+)?(?:{HEDGES}\s+)*$", re.IGNORECASE)


def elided_owner(sentence: Sentence, quantity: Quantity, allowed: frozenset[str]) -> Mention | None:
    """ "puts Northwind's share at 29% and Sable's at 24%", "… and Sable's 12%": a possessive whose noun the text
    leaves out, right before the figure, owns it."""
    text = sentence.doc_text
    return next(
        (
            m
            for m in sentence.mentions
            if m.end <= quantity.start and m.entity.type in allowed and _ELIDED.fullmatch(text, m.end, quantity.start)
        ),
        None,
    )


def recipient(
    sentence: Sentence, quantity: Quantity, allowed: frozenset[str], context: ReadingContext
) -> Mention | None:
    """ "Nearly half of the market's revenue went to Northwind, and about a quarter to Sable": the company a part
    of a whole goes to holds it, as does the supplier a part of a market comes from. The name follows a recipient
    verb after the figure, or a bare "to" once the sentence has used such a verb before the figure; no other
    figure may stand between."""
    text = sentence.doc_text
    following = [q.start for q in sentence.quantities if q.start > quantity.end]
    end = min(following, default=sentence.end)
    verbs = words_pattern(context.lexicon.recipient_verbs)
    suppliers = words_pattern(context.lexicon.supplier_verbs)
    earlier = verbs.search(text, sentence.start, quantity.start) is not None
    for mention in sentence.mentions:
        if not (quantity.end < mention.start < end) or mention.entity.type not in allowed - {"Country", "Region"}:
            continue
        lead = text[quantity.end : mention.start]
        of_a_market = any(
            m.entity.type == "Market" and quantity.end <= m.start < mention.start for m in sentence.mentions
        )
        if verbs.search(lead) or (earlier and re.search(r"\bto\s+(?:the\s+)?$", lead)):
            return _possessed(sentence, mention, allowed) or mention
        if of_a_market and suppliers.search(lead):
            return mention  # "a third of the GPUs installed in India came from Nvidia"
    return None


def goes_to_no_name(sentence: Sentence, quantity: Quantity, context: ReadingContext) -> bool:
    """ "70% of the GPU-hours it sold went to inference": the part goes to a kind of use, which no business
    holds, so no name elsewhere in the sentence is its holder."""
    text = sentence.doc_text
    following = [q.start for q in sentence.quantities if q.start > quantity.end]
    end = min(following, default=sentence.end)
    went = words_pattern(context.lexicon.recipient_verbs).search(text, quantity.end, end)
    if went is None or not went.group().lower().endswith(" to"):
        return False
    if re.search(r"[,;]", text[quantity.end : went.start()]):
        return False  # "Osk held 45%, and the rest went to …": another part's going, in a clause of its own
    if re.match(r"\s*(?:about\s+|around\s+)?\d", text[went.end() : end]):
        return False  # "45%, going to 50% next year": a level the figure moves to, not a recipient
    return not any(went.end() <= m.start < end for m in sentence.mentions)


def _possessed(sentence: Sentence, owner: Mention, allowed: frozenset[str]) -> Mention | None:
    """ "went to Osk Group's Pell Cloud": the name after an owner's possessive is the one that holds it."""
    owned = owned_after(sentence, owner)
    return owned if owned is not None and owned.entity.type in allowed else None


def rest_of_the_field(sentence: Sentence, quantity: Quantity) -> bool:
    """Whether a share is the rest of the field's, named by no holder: "and the long tail the remaining 13%",
    "; the remaining 12% was split among …", "everyone else 11.7%", "and others 22%"."""
    text = sentence.doc_text
    starts = [m.end() for m in _CLAUSE_OPENING.finditer(text, sentence.start, quantity.start)]
    lead = text[max(starts, default=sentence.start) : quantity.start].strip().lower()
    if _GOES_TO.match(text, quantity.end):
        return False  # "The remaining 15% went to Tarn Cloud": a holder named after it
    return bool(_REST_LEAD.fullmatch(lead)) and bool(_REST_WORD.search(lead))


_GOES_TO = re.compile(
    r"\s+(?:of\s+[^,.;]{0,60}?\s+)?(?:went|goes|go|going|fell|falls|was\s+left|is\s+left)\s+to\b|\s+for\s+[A-Z]"
)
_CLAUSE_OPENING = re.compile(r"[,;:—–]\s*|\band\s+|\bwhile\s+")
_REST_LEAD = re.compile(
    r"(?:the\s+)?(?:long\s+tail|everyone\s+else|everybody\s+else|all\s+(?:the\s+)?others|others|rest(?:\s+of\s+the\s+\w+)?"
    r"|(?:all\s+)?(?:the\s+)?other\s+[a-z-]+s)?"  # "all other developers shared the remaining 12%"
    r"\s*(?:(?:at|with|on|took|take|takes|had|has|have|held|hold|holds|shared?|shares|sharing|split)\s+)?"
    r"(?:(?:the\s+)?(?:remaining|last|other|final)\s*)?(?:(?:about|roughly|around|some|nearly|~)\s*)?"
)
_REST_WORD = re.compile(r"\b(?:remaining|rest|others|else|tail)\b")
