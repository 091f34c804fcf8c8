"""Namespaces and prefixes: the ontology's, the data's and the standard vocabularies we reuse."""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

KG = Namespace("https://w3id.org/newskg/ontology#")
ACTION_TYPES = Namespace("https://w3id.org/newskg/ontology/action-type/")
MEETING_TYPES = Namespace("https://w3id.org/newskg/ontology/meeting-type/")
SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
VOID = Namespace("http://rdfs.org/ns/void#")
SD = Namespace("http://www.w3.org/ns/sparql-service-description#")

PREFIXES: dict[str, Namespace] = {
    "kg": KG,
    "action": ACTION_TYPES,
    "meetingtype": MEETING_TYPES,
    "schema": SCHEMA,
    "wd": WD,
    "prov": PROV,
    "dcterms": DCTERMS,
    "skos": SKOS,
    "owl": OWL,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "void": VOID,
}


def sparql_prefixes() -> str:
    """The PREFIX lines every shipped query may rely on."""
    return "".join(f"PREFIX {name}: <{ns}>\n" for name, ns in PREFIXES.items())


def short_name(iri: str) -> str:
    """``prefix:name`` for a term of a known vocabulary, else the IRI.

    >>> short_name("https://schema.org/Event"), short_name("http://www.w3.org/2002/07/owl#sameAs")
    ('schema:Event', 'owl:sameAs')
    >>> short_name("http://example.org/x")
    'http://example.org/x'
    """
    for prefix, namespace in PREFIXES.items():
        namespace = str(namespace)
        if iri.startswith(namespace) and len(iri) > len(namespace):
            return f"{prefix}:{iri[len(namespace):]}"
    return iri


def bind_prefixes(graph) -> None:
    for name, ns in PREFIXES.items():
        graph.bind(name, ns, override=True)

# --- for publishing (kg/web, kg/export): fixed, whatever the configured base IRI of the data ---------

PROJECT = "https://w3id.org/newskg/"  # the project's own namespace: ontology/, ns/ live under it
KGS = Namespace(PROJECT + "ns/service#")  # the server's own terms (limits in the service description)
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
FORMATS = Namespace("http://www.w3.org/ns/formats/")
# rdflib's XSD, as a plain Namespace: as a module global, rdflib's own warns when pytest's doctest finder probes it.
XSD_TERMS = Namespace(str(XSD))
