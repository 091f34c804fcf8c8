"""``/.well-known/void``: a VoID description of the dataset, for crawlers and catalogues.

It says how big the graph is (triples, entities, instances per class, triples per property),
which vocabularies it uses, where to query it and download it, and how it links to Wikidata (a
``void:Linkset`` of ``owl:sameAs`` triples). The counts are computed once per store state
(:class:`~kg.web.state.StateCache`); the home page shows the same numbers.
"""
from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from flask import Blueprint, Response, url_for

from kg.export import FORMATS as DUMP_FORMATS
from kg.export import dump_files
from kg.namespaces import DCTERMS, FOAF, FORMATS, KG, OWL, PREFIXES, RDF, RDFS, VOID, WD
from kg.namespaces import XSD_TERMS as XSD
from kg.store import Store

from . import current_context
from .conneg import RDF_VARIANTS, choose, rdf_response
from .state import StoreState

bp = Blueprint("void", __name__)

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
_FORMAT_IRIS = {"turtle": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "rdfxml": "RDF_XML",
                "trig": "TriG", "nquads": "N-Quads"}


@dataclass(frozen=True)
class DatasetStats:
    """What the dataset holds; the VoID and the home page render it."""

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


def _count(store: Store, query: str) -> int:
    (row,) = list(store.oxigraph.query(query, use_default_graph_as_union=True))
    return int(row["n"].value)


def _rows(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def compute_stats(store: Store, base_iri: str, articles: int) -> DatasetStats:
    """Run the counting queries (a handful of aggregates over the whole graph, once per state)."""
    union = store.union_pattern()
    return DatasetStats(
        articles=articles,
        triples=_count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {union} }}"),
        entities=_count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o "
                               f'FILTER (isIRI(?s) && STRSTARTS(STR(?s), "{base_iri}id/")) }}'),
        distinct_subjects=_count(store, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s ?p ?o }"),
        distinct_objects=_count(store, "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { ?s ?p ?o }"),
        class_counts=tuple(
            (row["c"].value, int(row["n"].value))
            for row in _rows(store, f"SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s <{RDF.type}> ?c FILTER isIRI(?c) }} "
                                    "GROUP BY ?c ORDER BY DESC(?n) ?c")
        ),
        property_counts=tuple(
            (row["p"].value, int(row["n"].value))
            for row in _rows(store, f"SELECT ?p (COUNT(*) AS ?n) WHERE {{ {union} }} GROUP BY ?p ORDER BY ?p")
        ),
        wikidata_links=_count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {union} "
                                     f'FILTER (?p = <{OWL.sameAs}> && STRSTARTS(STR(?o), "{WD}")) }}'),
        top_actors=tuple(
            (row["actor"].value, row["label"].value, int(row["n"].value))
            for row in _rows(store, TOP_ACTORS)
        ),
    )


TOP_ACTORS = f"""SELECT ?actor (SAMPLE(?name) AS ?label) (COUNT(DISTINCT ?article) AS ?n) WHERE {{
  GRAPH ?article {{ ?actor a <{KG.Actor}> ; <{RDFS.label}> ?name }}
}} GROUP BY ?actor ORDER BY DESC(?n) ?actor LIMIT 10"""


def current_stats() -> tuple[StoreState, DatasetStats]:
    """The current state and its statistics, computed at most once per state."""
    context = current_context()
    state = context.cache.state(context.store)
    stats = context.cache.get(
        state, "stats", lambda: compute_stats(context.store, context.config.base_iri, state.articles)
    )
    return state, stats


# --- the VoID graph --------------------------------------------------------------------------------

def dataset_iri(base_iri: str) -> str:
    """The dataset's IRI: ``<base>void#dataset``, which this server serves at ``/void``."""
    return f"{base_iri}void#dataset"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(str(iri))


def _integer(number: int) -> ox.Literal:
    return ox.Literal(str(number), datatype=_n(XSD.integer))


def void_triples(stats: DatasetStats, state: StoreState, base_iri: str, root_url: str) -> list[ox.Triple]:
    """The VoID graph; ``root_url`` is where this server answers (endpoint and dumps links)."""
    dataset = _n(dataset_iri(base_iri))
    linkset, wikidata = _n(f"{base_iri}void#wikidata-links"), _n(f"{base_iri}void#wikidata")
    triples = [
        ox.Triple(dataset, _n(RDF.type), _n(VOID.Dataset)),
        ox.Triple(dataset, _n(DCTERMS.title), ox.Literal("newskg", language="en")),
        ox.Triple(dataset, _n(DCTERMS.description), ox.Literal(
            "Meetings, statements and military actions read from English news articles, each with "
            "the sentence and article it came from; actors linked to Wikidata where checked.", language="en")),
        ox.Triple(dataset, _n(DCTERMS.modified), ox.Literal(state.modified.isoformat(), datatype=_n(XSD.dateTime))),
        ox.Triple(dataset, _n(FOAF.homepage), _n(root_url)),
        ox.Triple(dataset, _n(VOID.sparqlEndpoint), _n(root_url + "sparql")),
        ox.Triple(dataset, _n(VOID.uriSpace), ox.Literal(f"{base_iri}id/")),
        *(ox.Triple(dataset, _n(VOID.dataDump), _n(f"{root_url}dumps/{name}")) for name in dump_files()),
        *(ox.Triple(dataset, _n(VOID.feature), _n(FORMATS[_FORMAT_IRIS[key]])) for key in DUMP_FORMATS),
        *(ox.Triple(dataset, _n(VOID.vocabulary), _n(ns)) for ns in stats.vocabularies),
        *(ox.Triple(dataset, _n(VOID.exampleResource), _n(iri)) for iri, _, _ in stats.top_actors[:3]),
        *_counts(dataset, stats),
        *_partitions(dataset, stats),
        ox.Triple(dataset, _n(VOID.subset), linkset),
        ox.Triple(linkset, _n(RDF.type), _n(VOID.Linkset)),
        ox.Triple(linkset, _n(VOID.subjectsTarget), dataset),
        ox.Triple(linkset, _n(VOID.objectsTarget), wikidata),
        ox.Triple(linkset, _n(VOID.linkPredicate), _n(OWL.sameAs)),
        ox.Triple(linkset, _n(VOID.triples), _integer(stats.wikidata_links)),
        ox.Triple(wikidata, _n(RDF.type), _n(VOID.Dataset)),
        ox.Triple(wikidata, _n(DCTERMS.title), ox.Literal("Wikidata", language="en")),
        ox.Triple(wikidata, _n(FOAF.homepage), _n("https://www.wikidata.org/")),
        ox.Triple(wikidata, _n(VOID.uriSpace), ox.Literal(str(WD))),
        ox.Triple(wikidata, _n(VOID.sparqlEndpoint), _n(WIKIDATA_SPARQL)),
    ]
    return triples


def _counts(dataset: ox.NamedNode, stats: DatasetStats) -> list[ox.Triple]:
    counts = {
        VOID.triples: stats.triples, VOID.entities: stats.entities, VOID.documents: stats.articles,
        VOID.distinctSubjects: stats.distinct_subjects, VOID.distinctObjects: stats.distinct_objects,
        VOID.classes: len(stats.class_counts), VOID.properties: len(stats.property_counts),
    }
    return [ox.Triple(dataset, _n(predicate), _integer(number)) for predicate, number in counts.items()]


def _partitions(dataset: ox.NamedNode, stats: DatasetStats) -> list[ox.Triple]:
    triples = []
    for class_iri, instances in stats.class_counts:
        partition = ox.BlankNode()
        triples += [ox.Triple(dataset, _n(VOID.classPartition), partition),
                    ox.Triple(partition, _n(VOID["class"]), _n(class_iri)),
                    ox.Triple(partition, _n(VOID.entities), _integer(instances))]
    for property_iri, count in stats.property_counts:
        partition = ox.BlankNode()
        triples += [ox.Triple(dataset, _n(VOID.propertyPartition), partition),
                    ox.Triple(partition, _n(VOID.property), _n(property_iri)),
                    ox.Triple(partition, _n(VOID.triples), _integer(count))]
    return triples


@bp.get("/.well-known/void")
def well_known() -> Response:
    variant = choose(RDF_VARIANTS)
    state, stats = current_stats()
    base_iri = current_context().config.base_iri
    triples = void_triples(stats, state, base_iri, url_for("pages.home", _external=True))
    response = rdf_response(triples, variant)
    response.last_modified = state.modified
    return response


@bp.get("/void")
def void_document() -> Response:
    """``<base>void`` (the dataset's IRI without its fragment) dereferences to the same description."""
    return well_known()
