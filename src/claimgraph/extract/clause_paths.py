"""Where two mentions stand in a parse: which clause a word belongs to, what a relative clause or a predicate
noun describes, the preposition a phrase hangs from, which side of a verb a mention is on. The relation readers
ask these questions of the path between two names; none of them knows a relation type."""

from __future__ import annotations

from spacy.tokens import Token

RELATIVES = frozenset({"which", "that", "who"})  # relative pronouns


def prep_on_path(path: list[Token], noun: Token) -> bool:
    """Whether the path leaves the noun through an "on" ("on top of") — what it was built on, which the parser
    may hang on the noun; not "in India" or "for banks", which say where or for whom the noun is."""
    return any(t.dep_ == "prep" and t.head == noun and t.lower_ in ("on", "upon", "atop") for t in path)


def subject_of_another_clause(root: Token, path: list[Token]) -> bool:
    """Whether a name is the subject of a clause joined to the relation's ("…, while Apple relies on …"); the
    subject of a small clause ("has made Qwen central") is still the verb's object."""
    head = root.head
    joined = head.pos_ == "VERB" and head.dep_ in ("advcl", "conj")
    return root.dep_ in ("nsubj", "nsubjpass") and head in path and joined


def subject_other_than(token: Token, pair: tuple[Token, Token]) -> bool:
    """The token heads a clause whose subject is neither of the pair ("Falcon" in "made Falcon central" is one);
    a relative clause's "which" or "that" is the name it hangs on ("its X assistant, which is built on Y")."""
    relative = token.dep_ == "relcl" and (
        token.head in pair or any(r.head == token.head for r in pair) or predicated_of(token.head, pair)
    )
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj") and c not in pair and not (relative and c.lower_ in RELATIVES)
        for c in token.children
    )


def own_subject(token: Token) -> bool:
    return any(child.dep_ in ("nsubj", "nsubjpass", "csubj") for child in token.children)


def describes(clause: Token, roots: tuple[Token, Token]) -> bool:
    """Whether a participle or relative clause describes one of the two mentions itself ("Wren 2, a model built
    on Wren 1.5", "the Wren 2 model developed by Osgood"): then it relates the two."""
    head = clause.head
    named = any(r.head == head and r.dep_ in ("compound", "nmod") for r in roots)  # "its JioBrain assistant, which"
    # "Wren Mini is a small model distilled from Wren 2": the predicate noun is the subject itself
    return head in roots or named or predicated_of(head, roots) or (head.dep_ == "appos" and head.head in roots)


def predicated_of(noun: Token, roots: tuple[Token, Token]) -> bool:
    """Whether the noun is said of one of the two, as a copula's predicate or in apposition: "Osk is a provider
    that …", "Osk is the only one of the five that …" (the noun after "one of"), "Osk, a newcomer that …"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
        noun = noun.head.head
    if noun.dep_ == "appos" and noun.head in roots:
        return True  # "Calvora Cloud, a newcomer that runs on …": the apposition is the name itself
    return noun.dep_ == "attr" and any(r.head == noun.head and r.dep_ == "nsubj" for r in roots)


def introducing_prep(token: Token) -> str | None:
    """The preposition a mention's phrase hangs from ("built on the Wren framework" → "on"; "around K9, K11 and
    K12 systems" → "around" for each of the joined names)."""
    node = token
    while node.dep_ in ("compound", "amod", "nmod", "nummod", "poss", "conj") and node.head != node:
        node = node.head
    if node.dep_ != "pobj":
        return None
    prep = node.head
    if prep.lower_ == "of" and prep.head.lower_ == "top" and prep.head.head.dep_ == "prep":
        return prep.head.head.lower_  # "on top of Orca2.5-VL" is "on" it
    return prep.lower_


def is_subject_side(token: Token, verb: Token) -> bool:
    """The mention is the verb's subject (or in its subject phrase, or the verb's agent)."""
    for node in [token, *token.ancestors]:
        if node == verb:
            return False
        if node.dep_ == "poss" and any(child.dep_ == "appos" for child in node.head.children):
            return False  # "Pinecrest Cloud's European unit, Pinecrest Cloud Europe, opened …": the unit acts
        if node.head == verb:
            return node.dep_ in ("nsubj", "nsubjpass", "agent", "poss", "compound")
    return False


def placed_by_a_preposition(place: Token, prepositions: frozenset[str]) -> Token | None:
    """The word a place's name says the whereabouts of: the head of one of the given prepositions that the name
    hangs off, through a list or an apposition ("a campus in Lima, Peru", "sites in Lima and Cusco": the campus, the
    sites)."""
    while place.dep_ in ("conj", "appos") and place.head != place:
        place = place.head
    preposition = place.head
    return preposition.head if place.dep_ == "pobj" and preposition.lower_ in prepositions else None
