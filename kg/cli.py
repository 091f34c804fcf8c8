"""`kg`: thin commands over the library. Each prints one clear line per problem, never a traceback."""
from __future__ import annotations

import argparse
import json
import logging
import sys
import warnings
from datetime import datetime, timezone
from pathlib import Path

from . import config as config_module
from .errors import KgError

log = logging.getLogger("kg")


def _store(args, read_only: bool = False):
    from .store import open_store
    return open_store(args.config, read_only=read_only)


def build_cli(args) -> int:
    """Build, then write the data card of the store (with P/R measured on ``--gold``, when given)."""
    from .build import build
    from .evaluate import load_gold
    source = Path(args.source)
    if not source.exists():
        raise KgError(f"{source}: no such file or folder")
    gold = Path(args.gold) if args.gold else None
    if gold is not None:
        load_gold(gold)  # an unusable gold folder is refused before the build, not after it
    started = datetime.now(timezone.utc)
    store = _store(args)
    try:
        summary = build(source, store, args.config)
    finally:
        store.close()  # releases the embedded store's lock: the caller may be a longer-lived process
    card = _write_card(args, summary, gold, started, datetime.now(timezone.utc))
    for error in summary.unreadable:
        print(f"skipped: {error}", file=sys.stderr)
    for description in summary.rejected:
        print(f"rejected: {description}", file=sys.stderr)
    for description in summary.trimmed:
        print(f"trimmed: {description}", file=sys.stderr)
    print(summary.describe())
    print(f"data card: {card}")
    return 0 if summary.ok else 1


def _write_card(args, summary, gold: Path | None, started: datetime, finished: datetime) -> Path:
    """The card is read from the store opened read-only: reading it for writing would make the union graph
    of a store an earlier version wrote (see kg/store.py), a change the build itself does not make."""
    from .datacard import card_path, make_card, to_json, write_text
    store = _store(args, read_only=True)
    try:
        card = make_card(store, args.config, summary, gold, started, finished)
    finally:
        store.close()
    path = card_path(args.config)
    write_text(to_json(card), path)
    return path


def extract_cli(args) -> int:
    from .build import Extractor
    from .ingest import read_articles
    extractor = Extractor(args.config)
    status = 0
    for item in read_articles(Path(args.article)):
        if isinstance(item, KgError):
            print(item, file=sys.stderr)
            status = 1
            continue
        graph = extractor.graph(item)
        sys.stdout.write(graph.serialize(format=args.format))
    return status


def validate_cli(args) -> int:
    from .validate import load_shapes, validate
    report = validate(_store(args, read_only=True).union_graph(), load_shapes(args.config.shapes))
    print(report.describe(f"store {args.config.store}"))
    return 0 if report.conforms else 1


def eval_cli(args) -> int:
    from .evaluate import evaluate, format_report
    store = _store(args, read_only=True)
    if len(store) == 0:
        raise KgError(f"the store {args.config.store} is empty: run `kg build seeds/` first")
    report = evaluate(store.union_graph(), Path(args.gold))
    print(json.dumps(report.to_json(), indent=2) if args.json else format_report(report, verbose=args.verbose))
    return 0


def export_cli(args) -> int:
    """One dump to a file or standard output, or (``--dir``) every dump the server publishes at /dumps/,
    and the data card."""
    from .export import export, export_all, write_file
    store = _store(args, read_only=True)
    if args.dir:
        from .datacard import current_card
        for path in export_all(store, args.dir, current_card(store, args.config)):
            print(f"wrote {path}", file=sys.stderr)
        return 0
    compress = args.gzip or (args.output or "").endswith(".gz")
    if args.output in (None, "-"):
        export(store, args.format, sys.stdout.buffer, compress)
    else:
        write_file(store, args.format, args.output, compress)
        print(f"wrote {args.output}", file=sys.stderr)
    return 0


def remove_cli(args) -> int:
    from .graph import article_iri
    from .records import Article
    store = _store(args)
    iri = args.article if args.article.startswith(("http://", "https://")) and args.article in store.articles() \
        else str(article_iri(args.config.base_iri, Article(args.article, "")))
    if not store.remove_article(iri):
        raise KgError(f"{args.article}: no such article in the store")
    print(f"removed {iri}")
    return 0


def gazetteer_import_cli(args) -> int:
    """Grow the gazetteer from a Wikidata Query Service result: the conflicts and skipped rows, then a summary."""
    from .wdqs import import_results
    folder = Path(args.into) if args.into else Path(args.config.gazetteer).parent
    summary = import_results(Path(args.results), folder)
    _print_merge(summary)
    return 0 if summary.ok else 1


def _print_merge(summary) -> None:
    """What a merge into the gazetteer left out (conflicts, skipped rows), then what it did."""
    for line in summary.conflicts:
        print(f"conflict: {line}", file=sys.stderr)
    for line in summary.skipped:
        print(f"skipped: {line}", file=sys.stderr)
    print(summary.describe())


def gazetteer_suggest_cli(args) -> int:
    """Propose Wikidata candidates for the store's unlinked actors in a review file; online only with --online."""
    from .online import suggest, unlinked_actors, write_review
    store = _store(args, read_only=True)
    try:
        actors = unlinked_actors(store)
    finally:
        store.close()  # the lookup may take minutes: the store is not held meanwhile
    report = suggest(actors, args.config, args.online, args.top)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as handle:
            write_review(report, handle)
    else:
        write_review(report, sys.stdout)
    if not args.online:
        print(report.offline_notice(), file=sys.stderr)
    print(report.describe() + (f"; review {args.out}: write yes in the accept column of the right rows, then "
                               f"`kg gazetteer accept {args.out}`" if args.out else ""), file=sys.stderr)
    return 0


def gazetteer_accept_cli(args) -> int:
    """Add the reviewed candidates marked yes to the gazetteer: the conflicts and skipped rows, then a summary."""
    from .online import accept
    folder = Path(args.into) if args.into else Path(args.config.gazetteer).parent
    summary = accept(Path(args.review), folder)
    _print_merge(summary)
    if summary.added or summary.updated:
        print("run `kg build` again: the articles already stored are extracted again with this gazetteer",
              file=sys.stderr)
    return 0 if summary.ok else 1


def serve_cli(args) -> int:
    from .web.serve import serve
    serve(args.config)
    return 0


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--store", help="store directory, or the URL of a SPARQL 1.1 triple store "
                        "(default from KG_STORE or data/store)")
    common.add_argument("--base-iri", dest="base_iri", help="base IRI of minted data IRIs")
    common.add_argument("--model", help="spaCy model to load (package name or path)")
    common.add_argument("-v", "--verbose", action="store_true", help="more detail")
    parser = argparse.ArgumentParser(prog="kg", description="newskg: news articles -> linked-data knowledge graph")
    commands = parser.add_subparsers(dest="command", required=True)

    build = commands.add_parser("build", parents=[common], help="(re)build the store from a folder of articles")
    build.add_argument("source", help="a folder (or file) of .txt, .html or .jsonl articles")
    build.add_argument("--workers", type=int, help="extract in N parallel processes (default from KG_WORKERS or 1)")
    build.add_argument("--engine", choices=["local", "dask"], help="where extraction runs (default local)")
    build.add_argument("--scheduler", help="Dask scheduler address for --engine dask (default: a local cluster)")
    build.add_argument("--gold", help="folder of gold JSON files: precision/recall measured into the data card "
                       "(without it the card says 'not measured')")
    build.set_defaults(run=build_cli)

    extract = commands.add_parser("extract", parents=[common], help="print the graph of one article")
    extract.add_argument("article")
    extract.add_argument("--format", default="turtle", choices=["turtle", "nt", "json-ld", "xml", "trig"])
    extract.set_defaults(run=extract_cli)

    validate = commands.add_parser("validate", parents=[common], help="SHACL report of the stored graph")
    validate.set_defaults(run=validate_cli)

    evaluate = commands.add_parser("eval", parents=[common], help="precision/recall/F1 against gold annotations")
    evaluate.add_argument("--gold", required=True, help="folder of gold JSON files")
    evaluate.add_argument("--json", action="store_true", help="print the report as JSON")
    evaluate.set_defaults(run=eval_cli)

    export = commands.add_parser(
        "export", parents=[common], help="dump the store (the same bytes as the server's /dumps/)",
        description="Triple formats hold the union of the article graphs; trig and nquads keep one named "
                    "graph per article. JSON-LD embeds the context published at /ns/context.jsonld.")
    export.add_argument("--format", default="turtle", choices=["turtle", "nt", "jsonld", "rdfxml", "trig", "nquads"])
    export.add_argument("-o", "--output", help="file to write (default: standard output); a name ending in .gz is gzipped")
    export.add_argument("--gzip", action="store_true", help="gzip the dump (implied by -o NAME.gz)")
    export.add_argument("--dir", help="write every dump, each also gzipped, into this folder (newskg.ttl, "
                        "newskg.ttl.gz, ...), and the data card (datacard.json, datacard.md)")
    export.set_defaults(run=export_cli)

    remove = commands.add_parser("remove", parents=[common], help="retract an article and its facts")
    remove.add_argument("article", help="the article's identity (file name or URL) or IRI")
    remove.set_defaults(run=remove_cli)

    serve = commands.add_parser("serve", parents=[common], help="serve the store over HTTP (SPARQL, pages)")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(run=serve_cli)

    gazetteer = commands.add_parser("gazetteer", help="the gazetteer of checked Wikidata entities")
    gazetteer_commands = gazetteer.add_subparsers(dest="gazetteer_command", required=True)
    gazetteer_import = gazetteer_commands.add_parser(
        "import", parents=[common], help="grow the gazetteer from a Wikidata Query Service result (JSON)",
        description="Merge a WDQS result downloaded as JSON (example queries: kg/data/wdqs/*.rq) into "
                    "gazetteer.tsv and roles.tsv: new entities, aliases and roles are added, nothing is changed; "
                    "a name that already names another entity is reported as a conflict and left out.")
    gazetteer_import.add_argument("results", help="the result file (application/sparql-results+json)")
    gazetteer_import.add_argument("--into", help="folder of gazetteer.tsv and roles.tsv "
                                  "(default: the folder of KG_GAZETTEER, kg/data)")
    gazetteer_import.set_defaults(run=gazetteer_import_cli)

    suggest = gazetteer_commands.add_parser(
        "suggest", parents=[common], help="propose Wikidata candidates for the store's unlinked actors (review file)",
        description="List the store's actors without owl:sameAs, the most frequent first, with Wikidata candidates "
                    "ranked and explained, one row each, into a review file (TSV) whose accept column you fill in "
                    "for `kg gazetteer accept`. Without --online no request is made: the candidates come from the "
                    "cache of earlier lookups (KG_WIKIDATA_CACHE). See docs/online.md.")
    suggest.add_argument("--online", action="store_true",
                         help="ask the Wikidata API (KG_WIKIDATA_API) for what the cache lacks; off by default")
    suggest.add_argument("--out", help="the review file to write (default: standard output)")
    suggest.add_argument("--top", type=int, default=50,
                         help="review the N most frequent unlinked actors (default 50: what one person reviews)")
    suggest.set_defaults(run=gazetteer_suggest_cli)

    accept = gazetteer_commands.add_parser(
        "accept", parents=[common], help="add the reviewed candidates marked yes to the gazetteer",
        description="Add the rows of a review file (from `kg gazetteer suggest`) whose accept column says yes to "
                    "gazetteer.tsv, with status 'accepted FILE DATE' and the lookup (URL, date) as evidence; "
                    "the actor's name becomes an alias. Like an import, it only adds, and a name that already "
                    "names another entity is reported as a conflict and left out.")
    accept.add_argument("review", help="the review file, its accept column filled in (yes, y or x)")
    accept.add_argument("--into", help="folder of gazetteer.tsv and roles.tsv (default: the folder of KG_GAZETTEER, kg/data)")
    accept.set_defaults(run=gazetteer_accept_cli)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    warnings.simplefilter("ignore", category=FutureWarning)
    overrides = {name: getattr(args, name, None)
                 for name in ("store", "base_iri", "model", "host", "port", "workers", "engine", "scheduler")}
    try:
        args.config = config_module.load(**overrides)
        return args.run(args)
    except KgError as e:
        print(f"kg {args.command}: {e}", file=sys.stderr)
        return 2
    except (OSError, ValueError) as e:
        print(f"kg {args.command}: {e}", file=sys.stderr)
        return 2
    except Exception as e:  # a bug: one line for the user, the traceback only when asked for
        log.debug("internal error", exc_info=True)
        print(f"kg {args.command}: internal error ({type(e).__name__}: {e}); run with -v for the traceback",
              file=sys.stderr)
        return 3


if __name__ == "__main__":
    sys.exit(main())
