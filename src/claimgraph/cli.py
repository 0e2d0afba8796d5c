"""The command line: one short function per command, each parsing options, calling one library function and
printing its result. Errors of the ``ClaimgraphError`` tree become a message and an exit code, here only."""

from __future__ import annotations

import json
import sys
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated

import click
import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from claimgraph import __version__
from claimgraph.errors import ClaimgraphError, InputError, StoreError, UnknownFormatError, ValidationFailed
from claimgraph.graph.namespaces import PREFIXES, Iris
from claimgraph.query.graph_formats import EXPORT_FORMATS
from claimgraph.records import CLAIM_TYPES
from claimgraph.settings import Settings, get_settings
from claimgraph.store import DATASET_FORMATS, Store, open_store

# What only some commands need is imported inside them: every command pays for the imports at the top, and
# spaCy (ingest, explain, eval), pySHACL (validate), networkx (paths, central, graph) and the query modules cost
# a whole ingest process a measurable part of its start-up (bench/extract_speed.py).

app = typer.Typer(
    help="claimgraph: a knowledge graph of claims with provenance.", no_args_is_help=True, add_completion=False
)
out = Console()
err = Console(stderr=True)

StoreOption = Annotated[
    str | None,
    typer.Option("--store", help="Store directory, or a SPARQL server URL [env CLAIMGRAPH_STORE; default data/store]."),
]
EXIT_CODES = {ValidationFailed: 1, InputError: 2, StoreError: 3}


def _settings(store: str | None) -> Settings:
    settings = get_settings()
    if store is None:
        return settings
    return settings.model_copy(update={"store": store if store.startswith(("http://", "https://")) else Path(store)})


def _open(settings: Settings, *, write: bool) -> Store:
    if isinstance(settings.store, Path) and not write and not settings.store.exists():
        raise StoreError(f"no store at {settings.store}", hint="run `claimgraph ingest corpus/` first")
    return open_store(settings.store, read_only=not write, settings=settings)


@app.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files (.txt, .md, .html) and folders to ingest.")],
    store: StoreOption = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            help="Processes that run the NLP pass [default: one per usable core, or 1 for fewer than 16 new files].",
            show_default=False,
        ),
    ] = None,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Run the NLP pass on this Dask scheduler's workers (tcp://host:8786).")
    ] = None,
) -> None:
    """Ingest articles: new ones are added, changed ones replaced, unchanged ones skipped."""
    from claimgraph.ingest import ingest as run_ingest

    settings = _settings(store)
    with ExitStack() as stack:
        executor = None
        if dask is not None:
            from claimgraph.cluster import dask_cluster  # distributed is loaded only for a cluster

            executor, workers = stack.enter_context(dask_cluster(dask))
        db = stack.enter_context(_open(settings, write=True))
        progress = stack.enter_context(Progress(console=err, transient=True))
        task = progress.add_task("ingesting", total=None)
        report = run_ingest(
            paths,
            db,
            settings,
            progress=lambda name: progress.update(task, advance=1, description=name),
            workers=workers,
            executor=executor,
        )
    out.print(
        f"documents: {len(report.new)} new, {len(report.unchanged)} unchanged, {len(report.replaced)} replaced, "
        f"{len(report.failed)} failed; claims written: {report.claims}; triples in store: {report.triples}; "
        f"time: {report.seconds:.1f} s with {report.processes} NLP process{'es' if report.processes > 1 else ''}"
    )
    for failure in report.failed:
        err.print(f"[red]failed[/red] {failure.reason}", highlight=False)
    if not report.ok:
        raise typer.Exit(1)


@app.command()
def remove(
    source_ids: Annotated[list[str], typer.Argument(help="Source ids (file names without extension).")],
    store: StoreOption = None,
) -> None:
    """Remove sources and every claim drawn from them."""
    from claimgraph.ingest import remove_sources

    settings = _settings(store)
    with _open(settings, write=True) as db:
        removed = remove_sources(source_ids, db, settings)
    out.print(f"removed {len(removed)} source(s): {', '.join(removed) or '-'}")
    if len(removed) != len(set(source_ids)):
        raise typer.Exit(1)


@app.command()
def claims(
    store: StoreOption = None,
    claim_type: Annotated[str | None, typer.Option("--type", help="Only claims of this type.")] = None,
    source: Annotated[str | None, typer.Option("--source", help="Only claims from this source id.")] = None,
    output_format: Annotated[str, typer.Option("--format", help="jsonl, json or table.")] = "jsonl",
) -> None:
    """List claims with their evidence, in the JSON shape the REST API shares."""
    from claimgraph.query.claims import read_claims

    if claim_type is not None and claim_type not in CLAIM_TYPES:
        raise InputError(f"unknown claim type {claim_type!r}", hint="one of " + ", ".join(CLAIM_TYPES))
    settings = _settings(store)
    with _open(settings, write=False) as db:
        rows = read_claims(db, Iris(settings.base_iri), claim_type=claim_type, source_id=source)
    if output_format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
    elif output_format == "json":
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
    elif output_format == "table":
        table = Table("type", "subject", "object", "value", "unit", "modality", "quote")
        for row in rows:
            table.add_row(
                row["type"],
                row["subject"]["label"],
                (row["object"] or {}).get("label", ""),
                _value(row),
                row["unit"] or "",
                row["modality"],
                row["evidence"][0]["quote"][:80],
            )
        out.print(table)
    else:
        raise UnknownFormatError(f"unknown format {output_format!r}", hint="jsonl, json or table")


def _value(row: dict[str, object]) -> str:
    if row["value"] is None:
        return ""
    return f"{row['value']}–{row['value_max']}" if row["value_max"] is not None else str(row["value"])


@app.command()
def query(
    sparql: Annotated[str, typer.Argument(help="A SPARQL 1.1 query; the default graph is the union of all graphs.")],
    store: StoreOption = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format", help="table, json, csv, tsv or xml; turtle, ntriples, jsonld or rdfxml for CONSTRUCT."
        ),
    ] = "table",
) -> None:
    """Run a SPARQL query against the store."""
    settings = _settings(store)
    with _open(settings, write=False) as db:
        outcome = db.serialize_query(sparql, "json" if output_format == "table" else output_format)
    if output_format != "table":
        sys.stdout.buffer.write(outcome.body)
        return
    if outcome.kind == "graph":
        sys.stdout.buffer.write(outcome.body)
        return
    result = json.loads(outcome.body)
    if outcome.kind == "boolean":
        out.print(str(result["boolean"]).lower())
        return
    names = result["head"]["vars"]
    table = Table(*names)
    for binding in result["results"]["bindings"]:
        table.add_row(*(binding.get(name, {}).get("value", "") for name in names))
    out.print(table)


@app.command()
def export(
    store: StoreOption = None,
    output_format: Annotated[str, typer.Option("--format", help=", ".join(DATASET_FORMATS))] = "nquads",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """Export the whole dataset (named graphs kept in nquads, trig and jsonld)."""
    settings = _settings(store)
    with _open(settings, write=False) as db:
        data = db.export(output_format, PREFIXES)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)


@app.command(name="import")
def import_(
    file: Annotated[Path, typer.Argument(help="A dataset file, e.g. from `claimgraph export`.")],
    store: StoreOption = None,
    input_format: Annotated[str, typer.Option("--format", help=", ".join(DATASET_FORMATS))] = "nquads",
) -> None:
    """Load a dataset file into the store (added to what is there)."""
    settings = _settings(store)
    with _open(settings, write=True) as db:
        db.import_data(file.read_bytes(), input_format)
        out.print(f"triples in store: {db.count_quads()}")


@app.command()
def validate(store: StoreOption = None) -> None:
    """Check the whole store against the SHACL shapes; exits non-zero on any violation."""
    from claimgraph.graph.shapes import validate_ntriples

    settings = _settings(store)
    with _open(settings, write=False) as db:
        report = validate_ntriples(db.export("ntriples"))
    if not report.conforms:
        err.print(report.text, highlight=False)
        raise ValidationFailed(f"{report.violations} SHACL violation(s)")
    out.print("conforms: the store satisfies every shape in ontology/shapes.ttl")


@app.command()
def stats(store: StoreOption = None) -> None:
    """Counts of sources, claims (per type), evidence spans, entities and quads."""
    from claimgraph.query.stats import read_stats

    settings = _settings(store)
    with _open(settings, write=False) as db:
        numbers = read_stats(db)
    table = Table("what", "count")
    for name in ("sources", "claims", "evidence", "entities", "quads"):
        table.add_row(name, str(getattr(numbers, name)))
    for claim_type, count in numbers.claims_by_type.items():
        table.add_row(f"  {claim_type}", str(count))
    out.print(table)


@app.command()
def explain(
    path: Annotated[Path, typer.Argument(help="One article (.txt, .md or .html).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the explanation as JSON.")] = False,
) -> None:
    """Explain how an article is read: every figure with the claim it became or why it was dropped, then the
    relation and sanction claims of each sentence, then the claims the article ends with."""
    from claimgraph.corpus import read_article
    from claimgraph.extract.explain import describe
    from claimgraph.ingest import make_extractor

    article = read_article(path)
    explanation = make_extractor(get_settings()).explain(article)
    text = article.text
    if as_json:
        sys.stdout.write(json.dumps(explanation.as_json(text), ensure_ascii=False, indent=2) + "\n")
        return
    out.print(f"[bold]{len(explanation.figures)} figures[/bold]", highlight=False)
    for figure in explanation.figures:
        where = f"{figure.start}-{figure.end} {text[figure.start : figure.end]!r}"
        made = "; ".join(describe(c, by_rule=True) for c in figure.claims) or "no claim"
        out.print(f"{where}: {made}\n    [dim]{figure.reason}[/dim]", highlight=False, soft_wrap=True)
    out.print(f"[bold]relations and sanction effects in {len(explanation.relations)} sentences[/bold]")
    for sentence in explanation.relations:
        out.print(f"{sentence.start}-{sentence.end} {text[sentence.start : sentence.end][:80]!r}", highlight=False)
        for claim in sentence.claims:
            out.print(f"    {describe(claim, by_rule=True)}", highlight=False)
    out.print(f"[bold]{len(explanation.claims)} claims after merging restatements and calibrating[/bold]")
    for claim in explanation.claims:
        out.print(f"    {describe(claim)}", highlight=False, soft_wrap=True)


@app.command(name="eval")
def eval_(
    gold: Annotated[Path, typer.Argument(help="Gold claims, JSON Lines (see the gold format).")],
    corpus: Annotated[Path, typer.Option("--corpus", help="Folder of the articles the gold is about.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the whole report as JSON.")] = False,
) -> None:
    """Score extraction against gold claims: precision, recall and F1 overall and per type, misses and false
    positives (the corpus is ingested into a throwaway in-memory store)."""
    from claimgraph.evaluate import evaluate

    report = evaluate(gold, corpus, get_settings())
    if as_json:
        sys.stdout.write(json.dumps(report.as_json(), ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("type", "gold", "system", "matched", "precision", "recall", "F1")
    for name, score in [*report.by_type.items(), ("overall", report.overall)]:
        table.add_row(
            name,
            str(score.gold),
            str(score.system),
            str(score.matched),
            f"{score.precision:.2f}",
            f"{score.recall:.2f}",
            f"{score.f1:.2f}",
        )
    out.print(table)
    out.print(
        f"on matched claims: modality {report.modality_accuracy:.2f}, time {report.time_accuracy:.2f}, "
        f"attribution {report.attribution_accuracy:.2f}"
    )
    bands = ", ".join(f"{band}: {ok}/{n} right" for band, (n, ok) in report.calibration.items() if n)
    out.print(f"confidence: {bands}")
    for miss in report.misses:
        out.print(
            f"[yellow]miss[/yellow] {miss['id']} {miss['type']} {miss['subject']} → {miss['object']} "
            f"{miss['value']} {miss['unit'] or ''}: {miss['quote'][:90]!r}",
            highlight=False,
        )
    for claim in report.false_positives:
        out.print(
            f"[red]false positive[/red] {claim['type']} {claim['subject']['label']} → "
            f"{(claim['object'] or {}).get('label')} {claim['value']} {claim['unit'] or ''}: "
            f"{claim['evidence'][0]['quote'][:90]!r}",
            highlight=False,
        )


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    cors: Annotated[
        bool | None,
        typer.Option("--cors/--no-cors", help="Let browsers on any origin call the API [env CLAIMGRAPH_CORS]."),
    ] = None,
) -> None:
    """Serve the REST API and the SPARQL 1.1 endpoint (/sparql) over the store with uvicorn."""
    from claimgraph.api.app import create_app
    from claimgraph.api.server import run_server

    settings = _settings(store)
    if cors is not None:
        settings = settings.model_copy(update={"cors": cors})
    with _open(settings, write=True) as db:
        run_server(create_app(settings, db), settings, host=host, port=port)


@app.command()
def paths(
    source: Annotated[str, typer.Argument(help="Entity key (bytedance), IRI, or a label naming only it.")],
    target: Annotated[str, typer.Argument(help="Entity key, IRI, or a label naming only it.")],
    store: StoreOption = None,
    max_hops: Annotated[int, typer.Option("--max-hops", help="Longest path, in claims (1-6).")] = 4,
    k: Annotated[int, typer.Option("-k", help="How many paths, shortest first (1-10).")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="Print the paths as JSON, as GET /paths does.")] = False,
) -> None:
    """Shortest and k-shortest paths between two entities through claims, each hop with its evidence."""
    from claimgraph.query.analysis import find_paths
    from claimgraph.query.entities import entity_index, resolve_entity

    settings = _settings(store)
    iris = Iris(settings.base_iri)
    with _open(settings, write=False) as db:
        index = entity_index(db, iris)
        ends = []
        for name in (source, target):
            record = resolve_entity(index, iris, name)
            if record is None:
                raise InputError(f"no entity {name!r}", hint="GET /entities?q= finds entities by name")
            ends.append(record)
        found = find_paths(db, iris, ends[0].iri, ends[1].iri, max_hops=max_hops, k=k)
    if as_json:
        sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
        return
    if not found:
        out.print(f"no path of at most {max_hops} claims between {source} and {target}")
    for number, path in enumerate(found, 1):
        chain = " → ".join(entity["label"] for entity in path["entities"])
        out.print(f"[bold]path {number}[/bold] ({path['length']} hops): {chain}", highlight=False)
        for hop in path["hops"]:
            for claim in hop["claims"]:
                evidence = claim["evidence"][0]
                out.print(
                    f"  {claim['subject']['label']} —{claim['type']}→ {(claim['object'] or {}).get('label', '')}: "
                    f"{evidence['quote'][:100]!r} ({evidence['source']['file']})",
                    highlight=False,
                )


@app.command()
def central(
    store: StoreOption = None,
    measure: Annotated[str, typer.Option("--measure", help="pagerank, degree or betweenness.")] = "pagerank",
    claim_type: Annotated[str | None, typer.Option("--type", help="Only claims of this type.")] = None,
    limit: Annotated[int, typer.Option("--limit", help="How many entities.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print the ranking as JSON.")] = False,
) -> None:
    """Entities ranked by centrality in the network of claims."""
    from claimgraph.query.analysis import centrality

    settings = _settings(store)
    with _open(settings, write=False) as db:
        ranking = centrality(db, Iris(settings.base_iri), measure, claim_type=claim_type, limit=limit)
    if as_json:
        sys.stdout.write(json.dumps(ranking, ensure_ascii=False, indent=2) + "\n")
        return
    table = Table("rank", "entity", "types", measure)
    for item in ranking["items"]:
        table.add_row(str(item["rank"]), item["label"], " ".join(item["types"]), f"{item['score']:.4f}")
    out.print(table)


@app.command()
def graph(
    store: StoreOption = None,
    output_format: Annotated[str, typer.Option("--format", help=", ".join(EXPORT_FORMATS))] = "graphml",
    claim_type: Annotated[str | None, typer.Option("--type", help="Only claims of this type.")] = None,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="File to write (default stdout).")] = None,
) -> None:
    """The network of claims (entities as nodes, claims as edges) for Gephi or Cytoscape."""
    from claimgraph.query.analysis import export_graph

    settings = _settings(store)
    with _open(settings, write=False) as db:
        data = export_graph(db, Iris(settings.base_iri), output_format, claim_type=claim_type)
    if output is None:
        sys.stdout.buffer.write(data)
    else:
        output.write_bytes(data)


@app.command()
def version() -> None:
    """Print claimgraph's version."""
    out.print(__version__)


def main() -> None:
    """Console entry point: runs the app and turns claimgraph's own errors into a message and an exit code."""
    try:
        code = app(standalone_mode=False)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        err.print("aborted")
        sys.exit(130)
    except ClaimgraphError as error:
        err.print(f"[red]error:[/red] {error}", highlight=False)
        code = next((c for cls, c in EXIT_CODES.items() if isinstance(error, cls)), 1)
        sys.exit(code)
    except click.exceptions.Exit as exit_:
        sys.exit(exit_.exit_code)
    sys.exit(code if isinstance(code, int) else 0)
