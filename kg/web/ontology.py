"""The ontology at its own IRI: ``https://w3id.org/newskg/ontology#`` is served at ``/ontology``.

RDF by Accept or suffix (``/ontology.ttl`` …), or an HTML page of its classes, properties and
concept schemes (label, comment, domain, range, super-classes), one anchor per term so that a
hash IRI such as ``…/ontology#Person`` lands on its entry. Concept IRIs (``…/ontology/action-type/
Attack``) answer 303 See Other to that page. The files are read from the ``ontology`` setting
and re-read when they change.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox
from flask import Blueprint, Response, redirect, render_template

from kg.errors import NotFound
from kg.namespaces import DCTERMS, KG, OWL, PROJECT, RDF, RDFS, SKOS

from . import current_context
from .conneg import BY_SUFFIX, DOCUMENT_VARIANTS, HTML, choose, rdf_response
from .links import local_name

bp = Blueprint("ontology", __name__)
ONTOLOGY_IRI = PROJECT + "ontology"
_RDF_NIL = str(RDF.nil)


@dataclass(frozen=True)
class Term:
    iri: str
    anchor: str
    label: str
    comment: str
    kinds: tuple[str, ...] = ()  # e.g. ("ObjectProperty", "FunctionalProperty")
    parents: tuple[str, ...] = ()  # super-classes or super-properties, as written (IRIs)
    domain: str = ""  # a readable class expression: "Event or Mention"
    range: str = ""


@dataclass
class OntologyDocument:
    triples: list[ox.Triple]
    title: str = ""
    description: str = ""
    version: str = ""
    classes: list[Term] = field(default_factory=list)
    properties: list[Term] = field(default_factory=list)
    schemes: list[tuple[Term, list[Term]]] = field(default_factory=list)

    def labels(self) -> dict[str, str]:
        terms = [*self.classes, *self.properties, *(t for scheme, concepts in self.schemes for t in (scheme, *concepts))]
        return {term.iri: term.label for term in terms}


def anchor(iri: str) -> str:
    """The id of a term's entry on the page.

    >>> anchor("https://w3id.org/newskg/ontology#Person"), anchor("https://w3id.org/newskg/ontology/action-type/Attack")
    ('Person', 'action-type-Attack')
    """
    rest = iri[len(ONTOLOGY_IRI):] if iri.startswith(ONTOLOGY_IRI) else iri
    return rest.strip("#/").replace("/", "-") or "ontology"


def load(directory: str) -> OntologyDocument:
    """The ontology in ``directory`` (every ``*.ttl``), parsed once per version of its files."""
    files = tuple((str(path), path.stat().st_mtime_ns) for path in sorted(Path(directory).glob("*.ttl")))
    return _load(files)


@lru_cache(maxsize=4)
def _load(files: tuple[tuple[str, int], ...]) -> OntologyDocument:
    triples = [triple for path, _ in files for triple in ox.parse(path=path, format=ox.RdfFormat.TURTLE)]
    return _Reader(triples).document()


def term_labels() -> dict[str, str]:
    """Labels of the ontology's terms, for pages that show them (entity pages, the home page)."""
    return load(current_context().config.ontology).labels()


class _Reader:
    """Reads the parts of the ontology the page shows, out of its triples."""

    def __init__(self, triples: list[ox.Triple]):
        self.triples = triples
        self.store = ox.Store()
        self.store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)

    def objects(self, subject, predicate) -> list:
        return [quad.object for quad in self.store.quads_for_pattern(subject, ox.NamedNode(str(predicate)), None, None)]

    def text(self, subject, *predicates) -> str:
        for predicate in predicates:
            literals = [term for term in self.objects(subject, predicate) if isinstance(term, ox.Literal)]
            english = [term for term in literals if term.language in ("en", "")]
            if english or literals:
                return (english or literals)[0].value
        return ""

    def subjects_of_type(self, type_iri) -> list[ox.NamedNode]:
        found = {quad.subject for quad in self.store.quads_for_pattern(None, ox.NamedNode(str(RDF.type)),
                                                                         ox.NamedNode(str(type_iri)), None)}
        return sorted((node for node in found if isinstance(node, ox.NamedNode)), key=lambda node: node.value)

    def items(self, head) -> list:
        """The members of an RDF list."""
        members = []
        while isinstance(head, (ox.NamedNode, ox.BlankNode)) and head.value != _RDF_NIL:
            members += self.objects(head, RDF.first)
            (head,) = self.objects(head, RDF.rest) or (ox.NamedNode(_RDF_NIL),)
        return members

    def expression(self, node) -> str:
        """A class or datatype expression in words: ``Actor or Place``, ``one of "held", "planned"``."""
        if isinstance(node, ox.NamedNode):
            return local_name(node.value)
        if isinstance(node, ox.Literal):
            return f'"{node.value}"'
        for predicate, joiner in ((OWL.unionOf, " or "), (OWL.intersectionOf, " and ")):
            for head in self.objects(node, predicate):
                return joiner.join(self.expression(member) for member in self.items(head))
        for head in self.objects(node, OWL.oneOf):
            return "one of " + ", ".join(self.expression(member) for member in self.items(head))
        for datatype in self.objects(node, OWL.onDatatype):
            return f"{self.expression(datatype)} (restricted)"
        return "(an anonymous class)"

    def term(self, node: ox.NamedNode, parent_predicate=None) -> Term:
        kinds = tuple(sorted(local_name(t.value) for t in self.objects(node, RDF.type) if t.value.startswith(str(OWL))))
        parents = tuple(t.value for t in self.objects(node, parent_predicate) if isinstance(t, ox.NamedNode)) \
            if parent_predicate else ()
        return Term(
            iri=node.value, anchor=anchor(node.value),
            label=self.text(node, RDFS.label, SKOS.prefLabel) or local_name(node.value),
            comment=self.text(node, RDFS.comment, SKOS.definition),
            kinds=kinds, parents=parents,
            domain=" / ".join(self.expression(d) for d in self.objects(node, RDFS.domain)),
            range=" / ".join(self.expression(r) for r in self.objects(node, RDFS.range)),
        )

    def document(self) -> OntologyDocument:
        ontology = ox.NamedNode(ONTOLOGY_IRI)
        own = [node for node in self.subjects_of_type(OWL.Class) if node.value.startswith(str(KG))]
        properties = {node for kind in (OWL.ObjectProperty, OWL.DatatypeProperty)
                      for node in self.subjects_of_type(kind) if node.value.startswith(str(KG))}
        schemes = self.subjects_of_type(SKOS.ConceptScheme)
        return OntologyDocument(
            triples=self.triples,
            title=self.text(ontology, DCTERMS.title),
            description=self.text(ontology, DCTERMS.description),
            version=self.text(ontology, OWL.versionInfo),
            classes=[self.term(node, RDFS.subClassOf) for node in own],
            properties=[self.term(node, RDFS.subPropertyOf) for node in sorted(properties, key=lambda n: n.value)],
            schemes=[(self.term(scheme), self._concepts(scheme)) for scheme in schemes],
        )

    def _concepts(self, scheme: ox.NamedNode) -> list[Term]:
        members = {quad.subject for quad in self.store.quads_for_pattern(None, ox.NamedNode(str(SKOS.inScheme)), scheme, None)}
        return [self.term(node) for node in sorted(members, key=lambda n: n.value) if isinstance(node, ox.NamedNode)]


# --- routes ------------------------------------------------------------------------------------------

@bp.get("/ontology")
@bp.get("/ontology.<suffix>")
def ontology(suffix: str | None = None) -> Response:
    if suffix is not None and suffix not in BY_SUFFIX:
        raise NotFound(f"no ontology document ending .{suffix}; try .{', .'.join(BY_SUFFIX)}")
    variant = choose(DOCUMENT_VARIANTS, suffix)
    document = load(current_context().config.ontology)
    if variant is HTML:
        return Response(render_template("ontology.html", o=document, iri=ONTOLOGY_IRI), content_type=HTML.content_type)
    return rdf_response(document.triples, variant)


@bp.get("/ontology/<path:rest>")
def concept(rest: str) -> Response:
    """A concept (scheme) IRI under the ontology's: 303 See Other to the document that describes it."""
    iri = f"{ONTOLOGY_IRI}/{rest}"
    document = load(current_context().config.ontology)
    if iri not in document.labels():
        raise NotFound(f"{iri} is not a term of the ontology")
    return redirect(f"/ontology#{anchor(iri)}", code=303)
