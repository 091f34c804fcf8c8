"""The data card: what a build produced, measured and from what, in one page a user can cite.

``kg build`` writes it (JSON, beside the store: :func:`card_path`); ``kg export --dir`` writes it
as JSON and Markdown beside the dumps; the server shows it at ``/datacard``. It holds the counts by
class and the VoID statistics (:mod:`kg.stats`), the SHACL report of the stored union graph, the
precision/recall measured on gold annotations at build time, the versions of the model, the
libraries and the gazetteer, the build's times and summary, and how to cite the dataset.

A card names the store state it describes (:func:`kg.stats.state_digest`, the server's ETags are
made of it). A store without a card of its current state (built before cards existed, changed
since, or made by a test) gets a card computed from the store alone, without a build record.
Nothing here depends on the clock or loads spaCy, so the same store gives the same card, byte for byte.
"""
from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import datetime, timezone
from pathlib import Path

from .config import Config
from .evaluate import KINDS, evaluate
from .graph import rdflib_graph
from .namespaces import short_name
from .provenance import LIBRARIES, digest, gazetteer_files, software
from .shacl import compile_shapes
from .stats import DESCRIPTION, TITLE, compute_stats, dataset_iri, store_digest
from .store import Store, is_url
from .validate import Report, load_shapes, validate

RESULTS_SHOWN = 20
NOT_FOUND = "build record not found: a card computed from the store alone"


@dataclass
class DataCard:
    """The card as JSON-ready data: sections are plain dicts, so a card read back renders the same bytes."""

    title: str
    description: str
    dataset: str  # the dataset's IRI
    version: str  # build date (UTC) + the store state's digest
    state: str  # the store state's digest (kg.stats.state_digest)
    dumps: str  # where the dumps are published
    citation: str
    build: dict | None  # times and summary of the build; None when no record of it was found
    statistics: dict
    shacl: dict
    evaluation: dict | None  # precision/recall per kind; None when not measured
    software: dict
    gazetteer: dict


def make_card(store: Store, config: Config, summary=None, gold: Path | None = None,
              started: datetime | None = None, finished: datetime | None = None) -> DataCard:
    """The card of ``store`` as it is now; ``summary``, ``started`` and ``finished`` describe the build
    that made it (a :class:`kg.build.BuildSummary`), ``gold`` a folder of gold files to measure against."""
    state = store_digest(store)
    statistics = _statistics(store, config)
    validate_union = statistics["triples"] <= config.card_validate_limit
    triples = store.union_triples() if validate_union or gold is not None else None
    build = _build_record(summary, started, finished) if started and finished else None
    version = f"{build['finished'][:10]}.{state[:12]}" if build else state[:12]  # the UTC date of the build
    dataset, dumps = dataset_iri(config.base_iri), f"{config.base_iri}dumps/"
    return DataCard(
        title=TITLE, description=DESCRIPTION, dataset=dataset, version=version, state=state, dumps=dumps,
        citation=f"{TITLE}, version {version}. {dataset}. Dumps: {dumps}",
        build=build,
        statistics=statistics,
        shacl=_shacl(triples, config) if validate_union else _shacl_skipped(statistics["triples"], config),
        evaluation=_evaluation(rdflib_graph(triples), gold) if gold is not None else None,
        software=software(config),
        gazetteer=gazetteer_files(Path(config.gazetteer)),
    )


# --- the sections -------------------------------------------------------------------------------

def _utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _build_record(summary, started: datetime, finished: datetime) -> dict:
    record = {"started": _utc(started), "finished": _utc(finished),
              "seconds": round((finished - started).total_seconds(), 1)}
    if summary is not None:
        record["articles"] = {"built": len(summary.built), "unchanged": len(summary.unchanged),
                              "rejected": len(summary.rejected), "unreadable": len(summary.unreadable)}
        record["facts"] = dict(sorted(Counter(summary.facts).items()))
        record["rejected"] = [description.splitlines()[0] for description in summary.rejected]
        record["trimmed"] = [description.splitlines()[0] for description in summary.trimmed]
        record["unreadable"] = [str(error) for error in summary.unreadable]
    return record


def _statistics(store: Store, config: Config) -> dict:
    stats = compute_stats(store, config.base_iri, len(store.articles()))
    return {
        "articles": stats.articles, "triples": stats.triples, "entities": stats.entities,
        "distinct_subjects": stats.distinct_subjects, "distinct_objects": stats.distinct_objects,
        "classes": len(stats.class_counts), "properties": len(stats.property_counts),
        "wikidata_links": stats.wikidata_links,
        "class_counts": dict(stats.class_counts), "property_counts": dict(stats.property_counts),
    }


def _shacl(triples: list, config: Config) -> dict:
    """The report of the stored union graph, by the build's validator (compiled, else pyshacl)."""
    shapes = load_shapes(config.shapes)
    compiled = compile_shapes(shapes)
    report: Report = (compiled.validate_triples(triples) if compiled is not None
                      else validate(rdflib_graph(triples), shapes))
    severities = Counter(violation.severity for violation in report.violations)
    return {
        "conforms": report.conforms, "results": len(report.violations), "by_severity": dict(sorted(severities.items())),
        "validator": "compiled SHACL Core (kg/shacl.py)" if compiled is not None else "pyshacl",
        "shapes": digest(sorted(Path(config.shapes).glob("*.ttl"))),
        "first_results": [violation.describe() for violation in report.violations[:RESULTS_SHOWN]],
    }


def _shacl_skipped(triples: int, config: Config) -> dict:
    """What the card says of a union graph too large to load: the build validated each article as it wrote it."""
    return {
        "conforms": None, "results": None, "by_severity": {}, "validator": "compiled SHACL Core (kg/shacl.py), per article",
        "shapes": digest(sorted(Path(config.shapes).glob("*.ttl"))), "first_results": [],
        "skipped": f"the union graph ({triples} triples) is larger than card_validate_limit ({config.card_validate_limit}): "
                   "each article graph was validated when it was written; `kg validate` checks the union",
    }


def _evaluation(graph, gold: Path) -> dict:
    """``kg eval``'s totals against ``gold``, at build time."""
    report = evaluate(graph, gold)
    totals = report.to_json()["totals"]
    return {"gold": str(gold), "gold_sha256": digest(sorted(Path(gold).glob("*.json"))),
            "articles": len(report.articles), "unscored": report.unscored,
            "kinds": {kind: totals[kind] for kind in KINDS}}


# --- where it lives -------------------------------------------------------------------------------

def card_path(config: Config) -> Path:
    """Beside a directory store (``data/store`` -> ``data/store.datacard.json``); ``data/datacard.json``
    for a remote store.

    >>> from kg.config import load
    >>> card_path(load(store="data/store/")), card_path(load(store="http://db:7878/"))
    (PosixPath('data/store.datacard.json'), PosixPath('data/datacard.json'))
    """
    if is_url(config.store):
        return Path("data") / "datacard.json"
    store = Path(config.store)
    return store.with_name(store.name + ".datacard.json")


def write_text(text: str, path: Path) -> None:
    """Readers see the old file or the whole new one, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        partial.write_text(text, encoding="utf-8")
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def read_card(path: Path) -> DataCard | None:
    """The card written at ``path``, or None when there is none (or it is not a card of this version)."""
    try:
        return DataCard(**json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def current_card(store: Store, config: Config) -> DataCard:
    """The card the build wrote if it describes the store as it is now, else one computed from the store."""
    written = read_card(card_path(config))
    if written is not None and written.state == store_digest(store):
        return written
    return make_card(store, config)


# --- renderings ---------------------------------------------------------------------------------

def card_files(card: DataCard) -> dict[str, str]:
    """The card as the files published beside the dumps: name -> text (UTF-8)."""
    return {"datacard.json": to_json(card), "datacard.md": to_markdown(card)}


def to_json(card: DataCard) -> str:
    return json.dumps(asdict(card), indent=2, ensure_ascii=False) + "\n"


def _cell(value: object) -> str:
    """Text from the data on one Markdown line: pipes and line breaks would break a table, and Markdown
    renderers pass HTML through, so ``<`` and ``&`` are escaped.

    >>> _cell("a | <script>\\n&")
    'a \\\\| &lt;script&gt; &amp;'
    """
    text = " ".join(str(value).split()).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("|", "\\|")


def _table(header: tuple[str, ...], rows) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    return lines + ["| " + " | ".join(_cell(value) for value in row) + " |" for row in rows] + [""]


def to_markdown(card: DataCard) -> str:
    stats, shacl, software = card.statistics, card.shacl, card.software
    lines = [f"# Data card: {card.title} {card.version}", "", card.description, "",
             f"- Dataset: <{card.dataset}>", f"- Dumps: <{card.dumps}>", f"- State: `{card.state}`", "",
             "## How to cite", "", card.citation, "", "## Build", ""]
    lines += _markdown_build(card.build)
    lines += ["## Statistics (VoID)", ""]
    lines += _table(("figure", "value"), ((name.replace("_", " "), stats[name]) for name in (
        "articles", "triples", "entities", "distinct_subjects", "distinct_objects", "classes", "properties",
        "wikidata_links")))
    lines += ["### Instances by class", ""]
    lines += _table(("class", "instances"), ((short_name(iri), n) for iri, n in stats["class_counts"].items()))
    lines += ["### Triples by property", ""]
    lines += _table(("property", "triples"), ((short_name(iri), n) for iri, n in stats["property_counts"].items()))
    lines += ["## SHACL report", "",
              (f"Not validated as a whole: {shacl['skipped']} (shapes sha256 `{shacl['shapes']}`)."
               if shacl.get("skipped") else
               f"The union graph {'conforms' if shacl['conforms'] else 'does not conform'} to the shapes "
               f"(sha256 `{shacl['shapes']}`): {shacl['results']} result(s)"
               + "".join(f", {n} {severity}" for severity, n in shacl["by_severity"].items())
               + f"; validator: {shacl['validator']}."), ""]
    lines += [f"- {_cell(result)}" for result in shacl["first_results"]] + ([""] if shacl["first_results"] else [])
    lines += ["## Precision and recall", ""]
    lines += _markdown_evaluation(card.evaluation)
    lines += ["## Versions", ""]
    model = software["model"]
    rows = [("newskg", software["newskg"]), ("Python", software["python"]),
            *((name, software[name] or "not installed") for name in LIBRARIES),
            ("spaCy model", f"{model['name']} {model['version']}" if model["name"] else "none (blank English)")]
    rows += [(f"gazetteer {name}", f"{entry['rows']} rows, sha256 {entry['sha256']}")
             for name, entry in card.gazetteer.items()]
    lines += _table(("component", "version"), rows)
    return "\n".join(lines)


def _markdown_build(build: dict | None) -> list[str]:
    if build is None:
        return [NOT_FOUND + ".", ""]
    lines = [f"Started {build['started']}, finished {build['finished']} ({build['seconds']} s).", ""]
    if "articles" in build:
        lines += _table(("articles", "count"), build["articles"].items())
        lines += _table(("facts written by this build", "count"), build["facts"].items())
        lines += [f"- rejected: {_cell(line)}" for line in build["rejected"]]
        lines += [f"- unreadable: {_cell(line)}" for line in build["unreadable"]]
        lines += [""] if build["rejected"] or build["unreadable"] else []
    return lines


def _markdown_evaluation(evaluation: dict | None) -> list[str]:
    if evaluation is None:
        return ["Not measured: the build was given no gold annotations (`kg build --gold DIR`).", ""]
    lines = [f"Measured at build time on the gold of `{_cell(evaluation['gold'])}` ({evaluation['articles']} articles, "
             f"sha256 `{evaluation['gold_sha256']}`).", ""]
    return lines + _table(("kind", "precision", "recall", "F1", "tp", "fp", "fn"), (
        (kind.replace("_", " "), c["precision"], c["recall"], c["f1"], c["tp"], c["fp"], c["fn"])
        for kind, c in evaluation["kinds"].items()))
