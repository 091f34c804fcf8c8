"""Dumps of the store in every format, streamed: memory does not grow with the graph.

Triple formats (Turtle, N-Triples, JSON-LD, RDF/XML) hold the union of the article graphs, each
triple once; quad formats (TriG, N-Quads) keep one named graph per article, i.e. the provenance.
Every dump can be gzip-compressed. The bytes depend only on the store's content (gzip without a
time stamp or file name), so ``kg export`` and the server's ``/dumps/`` give identical files.

JSON-LD is written here rather than by Oxigraph, for two reasons: Oxigraph writes a dataset (one
``@graph`` per article, read as 0 triples by a triple-graph reader) in expanded form, and we want
the union graph compacted with the published context (:func:`jsonld_context`). The context is
embedded in each document, not referenced by URL, so that a dump parses offline: JSON-LD readers
(rdflib, pyoxigraph) would otherwise have to fetch it. The same context is served at
:data:`JSONLD_CONTEXT_IRI` (``/ns/context.jsonld``).
"""
from __future__ import annotations

import gzip
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pyoxigraph as ox

from .errors import KgError
from .namespaces import KG, PREFIXES
from .store import Store

if TYPE_CHECKING:
    from .datacard import DataCard

DUMP_NAME = "newskg"
JSONLD_CONTEXT_IRI = "https://w3id.org/newskg/ns/context.jsonld"


@dataclass(frozen=True)
class DumpFormat:
    """One dump format: its ``--format`` key, Oxigraph format, file extension and media type."""

    key: str
    label: str
    rdf_format: ox.RdfFormat
    extension: str
    media_type: str

    @property
    def per_article(self) -> bool:
        """Quad formats keep one named graph per article; triple formats hold the union."""
        return self.rdf_format.supports_datasets and self.rdf_format != ox.RdfFormat.JSON_LD


FORMATS: dict[str, DumpFormat] = {
    fmt.key: fmt
    for fmt in (
        DumpFormat("turtle", "Turtle", ox.RdfFormat.TURTLE, "ttl", "text/turtle"),
        DumpFormat("nt", "N-Triples", ox.RdfFormat.N_TRIPLES, "nt", "application/n-triples"),
        DumpFormat("jsonld", "JSON-LD", ox.RdfFormat.JSON_LD, "jsonld", "application/ld+json"),
        DumpFormat("rdfxml", "RDF/XML", ox.RdfFormat.RDF_XML, "rdf", "application/rdf+xml"),
        DumpFormat("trig", "TriG", ox.RdfFormat.TRIG, "trig", "application/trig"),
        DumpFormat("nquads", "N-Quads", ox.RdfFormat.N_QUADS, "nq", "application/n-quads"),
    )
}
_PREFIXES = {name: str(ns) for name, ns in PREFIXES.items()}
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_XSD = "http://www.w3.org/2001/XMLSchema#"
_SIMPLE_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_\-]*")
_CANONICAL_INTEGER = re.compile(r"-?(0|[1-9][0-9]{0,14})")  # up to 15 digits: exact as a JSON number anywhere


class UnknownFormat(KgError):
    code = "KG110"
    status = 400


def dump_filename(fmt: str, compressed: bool = False) -> str:
    """The file name of a dump, the same for ``kg export --dir`` and the server's ``/dumps/``.

    >>> dump_filename("turtle"), dump_filename("nquads", compressed=True)
    ('newskg.ttl', 'newskg.nq.gz')
    """
    return f"{DUMP_NAME}.{_format(fmt).extension}" + (".gz" if compressed else "")


def dump_files() -> dict[str, tuple[DumpFormat, bool]]:
    """Every dump the project publishes: file name -> (format, gzip-compressed)."""
    return {
        dump_filename(key, compressed): (fmt, compressed)
        for key, fmt in FORMATS.items()
        for compressed in (False, True)
    }


def export(store: Store, fmt: str, output: BinaryIO, compress: bool = False) -> None:
    """Write the whole store to ``output`` in ``fmt`` (a key of :data:`FORMATS`), gzipped if ``compress``."""
    dump_format = _format(fmt)
    if compress:
        # mtime=0 and no file name: the same store gives the same bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=output, mtime=0) as zipped:
            _write(store, dump_format, zipped)
    else:
        _write(store, dump_format, output)


def export_all(store: Store, directory: str | Path, card: DataCard | None = None) -> list[Path]:
    """Write every published dump (see :func:`dump_files`) into ``directory``, and ``card`` beside them
    as ``datacard.json`` and ``datacard.md`` (the server's ``/dumps/datacard.*``); returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (dump_format, compressed) in dump_files().items():
        path = directory / name
        write_file(store, dump_format.key, path, compressed)
        written.append(path)
    if card is not None:
        from .datacard import card_files, write_text
        for name, text in card_files(card).items():
            write_text(text, directory / name)
            written.append(directory / name)
    return written


def write_file(store: Store, fmt: str, path: str | Path, compress: bool = False) -> None:
    """Write a dump to ``path`` atomically: readers see the old file or the whole new one, never half."""
    path = Path(path)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    try:
        with open(partial, "wb") as output:
            export(store, fmt, output, compress)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)


def _format(fmt: str) -> DumpFormat:
    if fmt not in FORMATS:
        raise UnknownFormat(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[fmt]


def _write(store: Store, dump_format: DumpFormat, output: BinaryIO) -> None:
    prefixes = _PREFIXES if dump_format.key in ("turtle", "trig") else None
    if dump_format.per_article:
        store.oxigraph.dump(output, dump_format.rdf_format, prefixes=prefixes)
    elif dump_format.rdf_format == ox.RdfFormat.JSON_LD:
        write_jsonld(union_triples(store), output)
    else:
        ox.serialize(union_triples(store), output, dump_format.rdf_format, prefixes=prefixes)


# --- the union graph, each triple once ------------------------------------------------------

def union_triples(store: Store) -> Iterator[ox.Triple]:
    """The distinct triples of all article graphs, streamed in constant memory (see :meth:`Store.union_pattern`)."""
    query = f"SELECT ?s ?p ?o WHERE {{ {store.union_pattern()} }}"
    for solution in store.oxigraph.query(query, use_default_graph_as_union=True):
        yield ox.Triple(*solution)  # by position: the fastest way out of a solution


# --- JSON-LD -----------------------------------------------------------------------------------

def jsonld_context() -> dict[str, str]:
    """The published JSON-LD context: the ontology's terms by local name, other vocabularies by prefix.

    >>> context = jsonld_context()
    >>> context["@vocab"], context["wd"]
    ('https://w3id.org/newskg/ontology#', 'http://www.wikidata.org/entity/')
    """
    return {"@vocab": str(KG), **_PREFIXES}


def write_jsonld(triples: Iterable[ox.Triple], output: BinaryIO) -> None:
    """Triples as one JSON-LD document with the context embedded, one node object per run of a subject.

    A subject whose triples are not consecutive gets several node objects with the same ``@id``;
    JSON-LD merges them, so nothing but the current subject's triples is held in memory.
    """
    context = jsonld_context()
    output.write(b'{"@context": ' + _json(context) + b',\n "@graph": [')
    separator = b"\n  "
    for node in _node_objects(triples, context):
        output.write(separator + _json(node))
        separator = b",\n  "
    output.write(b"\n]}\n")


def jsonld_bytes(triples: Iterable[ox.Triple]) -> bytes:
    """A small graph (an entity's description, the VoID) as a JSON-LD document."""
    buffer = io.BytesIO()
    write_jsonld(triples, buffer)
    return buffer.getvalue()


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": ")).encode("utf-8")


def _node_objects(triples: Iterable[ox.Triple], context: dict[str, str]) -> Iterator[dict]:
    subject, node = None, None
    for triple in triples:
        if triple.subject != subject:
            if node is not None:
                yield _unwrap(node)
            subject, node = triple.subject, {"@id": _node_id(triple.subject, context)}
        _add_value(node, triple, context)
    if node is not None:
        yield _unwrap(node)


def _unwrap(node: dict) -> dict:
    """One value without its list, for people reading the JSON; readers treat both alike."""
    return {key: value[0] if isinstance(value, list) and len(value) == 1 else value for key, value in node.items()}


def _add_value(node: dict, triple: ox.Triple, context: dict[str, str]) -> None:
    predicate, obj = triple.predicate.value, triple.object
    if predicate == _RDF_TYPE and isinstance(obj, ox.NamedNode):
        node.setdefault("@type", []).append(_vocab_term(obj.value, context))
        return
    node.setdefault(_vocab_term(predicate, context), []).append(_value(obj, context))


def _vocab_term(iri: str, context: dict[str, str]) -> str:
    """A property or class: its ontology local name (via ``@vocab``) unless that is a defined term.

    >>> _vocab_term("https://w3id.org/newskg/ontology#participant", jsonld_context())
    'participant'
    >>> _vocab_term("http://www.w3.org/2000/01/rdf-schema#label", jsonld_context())
    'rdfs:label'
    """
    local = iri[len(context["@vocab"]):] if iri.startswith(context["@vocab"]) else None
    if local and _SIMPLE_NAME.fullmatch(local) and local not in context:
        return local
    return _compact_iri(iri, context)


def _compact_iri(iri: str, context: dict[str, str]) -> str:
    """``prefix:name`` where a prefix fits and the name is simple, else the IRI itself.

    >>> _compact_iri("http://www.wikidata.org/entity/Q58217", jsonld_context())
    'wd:Q58217'
    """
    for prefix, namespace in context.items():
        if prefix.startswith("@") or not iri.startswith(namespace):
            continue
        local = iri[len(namespace):]
        if _SIMPLE_NAME.fullmatch(local):
            return f"{prefix}:{local}"
    return iri


def _node_id(term: ox.NamedNode | ox.BlankNode, context: dict[str, str]) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    return _compact_iri(term.value, context)


def _value(term, context: dict[str, str]) -> object:
    """A JSON-LD value that reads back as exactly ``term`` (no type coercion is declared in the context)."""
    if isinstance(term, (ox.NamedNode, ox.BlankNode)):
        return {"@id": _node_id(term, context)}
    if not isinstance(term, ox.Literal):
        raise KgError(f"cannot write {term} in JSON-LD (RDF 1.2 triple terms are not supported)")
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if datatype == _XSD + "string":
        return term.value
    if datatype == _XSD + "integer" and _CANONICAL_INTEGER.fullmatch(term.value):
        return int(term.value)
    if datatype == _XSD + "boolean" and term.value in ("true", "false"):
        return term.value == "true"
    return {"@value": term.value, "@type": _compact_iri(datatype, context)}
