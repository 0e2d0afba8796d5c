"""Synthetic data for the cost curves, of any size, reproducible from a seed.

- ``write_corpus(folder, n)``: n article files that read like the corpus (a title, a dateline, paragraphs of
  market shares, revenues, growth, prices and who develops or offers what, with the gazetteer's real names), so
  that ingest runs the real NLP on them;
- ``write_claims(path, n)``: the N-Quads of n sources in claimgraph's own model, claims with evidence spans
  that point into each source's stored text, built by claimgraph's graph builder from records, without NLP, plus
  the vocabulary and the gazetteer, ready for ``bulk_load`` or ``claimgraph import``.

Run: `.venv/bin/python -m bench.synth corpus DIR N` or `.venv/bin/python -m bench.synth claims FILE.nq N`.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

from rdflib import Literal
from rdflib.namespace import RDF
from rdflib.term import Node

from claimgraph import __version__
from claimgraph.graph.build import extraction_triples, source_triples
from claimgraph.graph.namespaces import ONTOLOGY_GRAPH, SCHEMA, Iris
from claimgraph.graph.ontology import GAZETTEER, VOCABULARY, load_gazetteer, load_graph, text_digest
from claimgraph.records import Article, Claim, Entity, Evidence, Extraction, ExtractionRun, SourceMetadata

BASE = "http://localhost:8000/"
CITIES = ("BEIJING", "SHANGHAI", "SHENZHEN", "HONG KONG", "SINGAPORE", "SAN FRANCISCO", "LONDON")
FIRMS = ("IDC", "Omdia", "Canalys", "Gartner", "Counterpoint")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")


class Names:
    """The gazetteer's entities by kind, to fill the sentences with names the pipeline knows."""

    def __init__(self) -> None:
        gazetteer = load_gazetteer(BASE)
        self.companies = [e for e in gazetteer if e.type in ("Company", "Cloud", "Lab")]
        self.models = [e for e in gazetteer if e.type in ("Model", "Product")]
        self.markets = [e for e in gazetteer if e.type == "Market"] or [Entity("ai-market", "AI market", "Market")]


def _sentences(rng: random.Random, names: Names, year: int) -> Iterator[tuple[str, Claim | None]]:
    """Sentences of one article, each with the claim it states (its evidence is set when its offset is known)."""
    market = rng.choice(names.markets)
    firm = rng.choice(FIRMS)
    for _ in range(rng.randint(4, 12)):
        company, other = rng.sample(names.companies, 2)
        share, growth = Decimal(rng.randint(20, 450)) / 10, Decimal(rng.randint(5, 90))
        billions = Decimal(rng.randint(12, 990)) / 10
        pick = rng.randrange(5)
        if pick == 0:
            text = f"{company.label} held {share}% of the {market.label} in {year}, according to {firm}."
            yield text, Claim("MarketShare", company, (), object=market, value=share, unit="percent",
                              time=str(year), modality="reported", confidence=0.65)  # fmt: skip
        elif pick == 1:
            text = f"{company.label}'s revenue rose {growth}% to ${billions} billion in {year}."
            yield text, Claim("Revenue", company, (), value=billions * 1_000_000_000, unit="USD", time=str(year),
                              confidence=0.8)  # fmt: skip
        elif pick == 2:
            text = f"The {market.label} is expected to grow {growth}% a year through {year + 3}."
            yield text, Claim("GrowthRate", market, (), value=growth, unit="percent", time=str(year + 3),
                              modality="forecast", confidence=0.7)  # fmt: skip
        elif pick == 3 and names.models:
            model = rng.choice(names.models)
            text = f"{company.label} develops {model.label}, which {other.label} offers to its customers."
            yield text, Claim("Develops", company, (), object=model, confidence=0.8)
        else:
            text = f"{company.label} cut the price of its flagship model by {share}% in {rng.choice(MONTHS)}."
            yield text, Claim("PriceChange", company, (), value=-share, unit="percent", time=str(year),
                              confidence=0.7)  # fmt: skip
        if rng.random() < 0.5:
            yield f"Analysts at {firm} said competition in the {market.label} would stay intense.", None


def synthetic_article(index: int, names: Names, seed: int = 16) -> tuple[Article, tuple[Claim, ...]]:
    """Article ``index`` of the synthetic corpus, and the claims its sentences state, with exact offsets."""
    rng = random.Random(seed * 1_000_003 + index)
    year = rng.choice((2024, 2025, 2026))
    title = f"{rng.choice(names.markets).label.capitalize()}: who leads in {year}"
    parts = [title, "\n", f"{rng.choice(CITIES)}, {rng.choice(MONTHS)} {rng.randint(1, 28)}, {year} - "]
    offset = sum(len(p) for p in parts)
    claims: list[Claim] = []
    for number, (sentence, claim) in enumerate(_sentences(rng, names, year)):
        if claim is not None:
            claims.append(_with_evidence(claim, Evidence(offset, offset + len(sentence), sentence)))
        separator = "\n\n" if number % 3 == 2 else " "
        parts += [sentence, separator]
        offset += len(sentence) + len(separator)
    text = "".join(parts).rstrip() + "\n"
    article = Article(f"syn_{index:08d}", f"syn_{index:08d}.txt", text, "text/plain",
                      SourceMetadata(title=title, date=str(year)))  # fmt: skip
    return article, tuple(_merged(claims))


def _with_evidence(claim: Claim, evidence: Evidence) -> Claim:
    return replace(claim, evidence=(evidence,))


def _merged(claims: list[Claim]) -> Iterator[Claim]:
    """One claim per identity with all its evidence, as the extractor's merge does."""
    by_identity: dict[object, Claim] = {}
    for claim in claims:
        known = by_identity.get(claim.identity)
        merged = claim if known is None else replace(known, evidence=known.evidence + claim.evidence)
        by_identity[claim.identity] = merged
    yield from by_identity.values()


def write_corpus(folder: Path, count: int, seed: int = 16) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    names = Names()
    paths = []
    for index in range(count):
        article, _ = synthetic_article(index, names, seed)
        path = folder / article.file
        path.write_text(article.text, encoding="utf-8")
        paths.append(path)
    return paths


def claims_nquads(count: int, seed: int = 16) -> Iterator[str]:
    """N-Quads lines of ``count`` sources (and the reference graphs), as ingest would write them."""
    iris = Iris(BASE)
    names = Names()
    for graph, name in ((ONTOLOGY_GRAPH, VOCABULARY), (iris.entities_graph, GAZETTEER)):
        for s, p, o in load_graph(name, BASE):
            yield f"{s.n3()} {p.n3()} {_nq(o)} {graph.n3()} .\n"
        yield f"{graph.n3()} {SCHEMA.sha256.n3()} {Literal(text_digest(name)).n3()} {graph.n3()} .\n"
        yield f"{graph.n3()} {RDF.type.n3()} {SCHEMA.Dataset.n3()} {graph.n3()} .\n"
    now = datetime.now(UTC).isoformat(timespec="seconds")
    run = ExtractionRun(__version__, "en_core_web_sm", "3.8.0", now, now)
    for index in range(count):
        article, claims = synthetic_article(index, names, seed)
        extraction = Extraction(article=article, claims=claims, run=run)
        graph = iris.source_graph(article.id).n3()
        for s, p, o in extraction_triples(iris, extraction):
            yield f"{s.n3()} {p.n3()} {_nq(o)} {graph} .\n"
        sources = iris.sources_graph.n3()
        for s, p, o in source_triples(iris, article):
            yield f"{s.n3()} {p.n3()} {_nq(o)} {sources} .\n"


def _nq(term: Node) -> str:
    """A term in N-Quads syntax (rdflib's ``n3()`` writes long literals with triple quotes, which N-Quads lacks)."""
    if not isinstance(term, Literal):
        return term.n3()
    text = str(term).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if term.language:
        return f'"{text}"@{term.language}'
    return f'"{text}"^^<{term.datatype}>' if term.datatype else f'"{text}"'


def write_claims(path: Path, count: int, seed: int = 16) -> int:
    """Writes the dataset of ``count`` sources to ``path``; returns the number of quads."""
    quads = 0
    with path.open("w", encoding="utf-8") as out:
        for line in claims_nquads(count, seed):
            out.write(line)
            quads += 1
    return quads


def main() -> None:
    what, target, count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    if what == "corpus":
        print(f"{len(write_corpus(target, count))} articles in {target}")
    else:
        print(f"{write_claims(target, count)} quads in {target}")


if __name__ == "__main__":
    main()
