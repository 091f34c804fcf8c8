"""What the dataset holds, counted on the store: the figures of the VoID, the home page and the data card.

Here rather than in :mod:`kg.web` because the build writes the data card too, and the build never
imports Flask. The counting queries read the union of the article graphs, each triple once.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pyoxigraph as ox

from .namespaces import KG, OWL, PREFIXES, RDF, RDFS, WD
from .store import Store

TITLE = "newskg"
DESCRIPTION = ("Meetings, statements and military actions read from English news articles, each with "
               "the sentence and article it came from; actors linked to Wikidata where checked.")


@dataclass(frozen=True)
class DatasetStats:
    """What the dataset holds; the VoID, the home page and the data card render it."""

    articles: int
    triples: int  # distinct triples of the union graph
    entities: int  # distinct subjects minted under <base>id/
    distinct_subjects: int
    distinct_objects: int
    class_counts: tuple[tuple[str, int], ...]  # (class IRI, instances), most instances first
    property_counts: tuple[tuple[str, int], ...]  # (property IRI, distinct triples)
    wikidata_links: int  # distinct owl:sameAs triples to Wikidata entities
    top_actors: tuple[tuple[str, str, int], ...]  # (IRI, label, articles naming it), most named first

    @property
    def vocabularies(self) -> list[str]:
        """Namespaces of the classes and properties used, among the known ones (kg/namespaces.py)."""
        used = {iri for iri, _ in (*self.class_counts, *self.property_counts)}
        namespaces = {str(ns) for name, ns in PREFIXES.items() if name != "wd"}
        return sorted(ns for ns in namespaces if any(iri.startswith(ns) for iri in used))


TOP_ACTORS = f"""SELECT ?actor (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?article) AS ?n) WHERE {{
  GRAPH ?article {{ ?actor a <{KG.Actor}> ; <{RDFS.label}> ?name }}
}} GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 10"""


def _count(store: Store, query: str) -> int:
    (row,) = list(store.oxigraph.query(query, use_default_graph_as_union=True))
    return int(row["n"].value)


def _rows(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def compute_stats(store: Store, base_iri: str, articles: int) -> DatasetStats:
    """Run the counting queries (a handful of aggregates over the whole graph, once per state)."""
    counts = _union_counts(store, base_iri)
    return DatasetStats(
        articles=articles,
        triples=counts.triples,
        entities=counts.entities,
        distinct_subjects=counts.subjects,
        distinct_objects=_count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        class_counts=tuple(
            (row["c"].value, int(row["n"].value))
            for row in _rows(store, f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> ?c FILTER isIRI(?c) }} "
                                    "GROUP BY ?c ORDER BY DESC(?n) ?c")
        ),
        property_counts=counts.properties,
        wikidata_links=counts.wikidata_links,
        top_actors=tuple(
            (row["actor"].value, row["label"].value, int(row["n"].value))
            for row in _rows(store, TOP_ACTORS)
        ),
    )


@dataclass(frozen=True)
class _UnionCounts:
    """The figures that count the union's distinct triples, or its distinct subjects."""

    triples: int
    entities: int
    subjects: int
    properties: tuple[tuple[str, int], ...]
    wikidata_links: int


# Distinct subjects, and those minted under <base>id/, in one pass. The test is on each distinct subject
# after the grouping: as a FILTER on a DISTINCT sub-select, Oxigraph ran it on every quad, decoding its
# subject's IRI each time (4x the cost on 1,000 articles, and growing with the quads, not the subjects).
SUBJECTS = ('SELECT (COUNT(*) AS ?n) (SUM(IF(isIRI(?s) && STRSTARTS(STR(?s), "{base}id/"), 1, 0)) AS ?entities) '
            "WHERE {{ SELECT ?s WHERE {{ ?s ?p ?o }} GROUP BY ?s }}")
DISTINCT_QUADS = 2_000_000  # up to this many stored quads, DISTINCT may hold the union's triples (~200 bytes each)


def _union_counts(store: Store, base_iri: str) -> _UnionCounts:
    """Each distinct triple once. With the union materialised (a store ``kg build`` started), its default
    graph is read as it is; without it (a store an earlier version wrote, opened read-only), a DISTINCT
    over the article graphs costs a tenth of the per-quad lookup of :data:`~kg.store.DEDUPLICATED_UNION`,
    which is kept, in constant memory, for large stores."""
    union = store.union_pattern()
    if union != "?s ?p ?o" and len(store) <= DISTINCT_QUADS:
        union = "{ SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
    properties = tuple((row["p"].value, int(row["n"].value)) for row in _rows(
        store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {union} }} GROUP BY ?p ORDER BY ?p"))
    (subjects,) = _rows(store, SUBJECTS.format(base=base_iri))
    return _UnionCounts(
        triples=sum(count for _, count in properties),
        entities=int(subjects["entities"].value),
        subjects=int(subjects["n"].value),
        properties=properties,
        wikidata_links=_count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT ?s ?o WHERE {{ ?s <{OWL.sameAs}> ?o "
                                     f'FILTER STRSTARTS(STR(?o), "{WD}") }} }}'),
    )


def dataset_iri(base_iri: str) -> str:
    """The dataset's IRI: ``<base>void#dataset``, which the server serves at ``/void``."""
    return f"{base_iri}void#dataset"


def state_digest(checksums: dict[str, str], quads: int) -> str:
    """The digest of a store state (its articles' checksums and its quad count), whatever the listing order.

    The server's ETags and the data card's version are made of it, so a card names the state it describes.

    >>> state_digest({"a": "1", "b": "2"}, 10) == state_digest({"b": "2", "a": "1"}, 10)
    True
    >>> state_digest({"a": "1"}, 10) == state_digest({"a": "2"}, 10)
    False
    """
    lines = [f"{article} {checksum}" for article, checksum in sorted(checksums.items())]
    lines.append(f"quads {quads}")
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def article_checksums(store: Store) -> dict[str, str]:
    """Every stored article's input checksum (an article graph without one, as hand-made data has, gets "")."""
    stated = store.checksums()
    return {article: stated.get(article, "") for article in store.articles()}


def store_digest(store: Store) -> str:
    """The :func:`state_digest` of ``store`` now."""
    return state_digest(article_checksums(store), len(store))
