"""``/.well-known/void``: a VoID description of the dataset, for crawlers and catalogues.

It says how big the graph is (triples, entities, instances per class, triples per property),
which vocabularies it uses, where to query it and download it, and how it links to Wikidata (a
``void:Linkset`` of ``owl:sameAs`` triples). The counts (:mod:`kg.stats`) are computed once per store
state (:class:`~kg.web.state.StateCache`); the home page and the data card show the same numbers.
"""
from __future__ import annotations

import pyoxigraph as ox
from flask import Blueprint, Response, url_for

from kg.export import FORMATS as DUMP_FORMATS
from kg.export import dump_files
from kg.namespaces import DCTERMS, FOAF, FORMATS, OWL, RDF, VOID, WD
from kg.namespaces import XSD_TERMS as XSD
from kg.stats import DESCRIPTION, TITLE, DatasetStats, compute_stats, dataset_iri

from . import current_context
from .conneg import RDF_VARIANTS, choose, rdf_response
from .state import StoreState

bp = Blueprint("void", __name__)

WIKIDATA_SPARQL = "https://query.wikidata.org/sparql"
_FORMAT_IRIS = {"turtle": "Turtle", "nt": "N-Triples", "jsonld": "JSON-LD", "rdfxml": "RDF_XML",
                "trig": "TriG", "nquads": "N-Quads"}


def current_stats() -> tuple[StoreState, DatasetStats]:
    """The current state and its statistics, computed at most once per state."""
    context = current_context()
    state = context.cache.state(context.store)
    stats = context.cache.get(
        state, "stats", lambda: compute_stats(context.store, context.config.base_iri, state.articles)
    )
    return state, stats


# --- the VoID graph --------------------------------------------------------------------------------

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
        ox.Triple(dataset, _n(DCTERMS.title), ox.Literal(TITLE, language="en")),
        ox.Triple(dataset, _n(DCTERMS.description), ox.Literal(DESCRIPTION, language="en")),
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
