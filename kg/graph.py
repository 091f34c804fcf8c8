"""Records -> triples, and the one place IRIs are minted. Pure: no I/O.

IRIs are deterministic: an article's from its identity (URL or file name); a linked actor's from
its Wikidata ID, so one item is one IRI across articles; an unlinked actor's from its kind and
label; an event's from its article, kind and evidence offsets. Building twice gives the same IRIs.

The build's hot path never makes an rdflib Graph: an article's ~1,000 triples cost ~35 µs each to
add to one, more than the rest of their way to the store. :func:`to_triples` gives them as
pyoxigraph terms (cheap to make, hash and serialise), which :func:`ntriples` writes and
:mod:`kg.shacl` validates; :func:`to_graph` makes the same triples an rdflib Graph for tests, small
jobs and pyshacl.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal

import pyoxigraph as ox
from rdflib import Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .namespaces import ACTION_TYPES, KG, MEETING_TYPES, SCHEMA, WD, bind_prefixes
from .records import Actor, Article, Evidence, Extraction, Link, Meeting, Mention, MilitaryAction, Statement

Triple = tuple  # (subject, predicate, object) of pyoxigraph terms


class Terms:
    """A namespace's terms as pyoxigraph named nodes, each made once (``Terms(KG).Actor``)."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str) -> ox.NamedNode:
        node = ox.NamedNode(str(self._namespace[name]))
        setattr(self, name, node)
        return node


_KG, _RDF, _RDFS, _SCHEMA, _DCTERMS, _PROV, _SKOS, _OWL, _XSD, _MEETING_TYPES, _ACTION_TYPES = (
    Terms(ns) for ns in (KG, RDF, RDFS, SCHEMA, DCTERMS, PROV, SKOS, OWL, XSD, MEETING_TYPES, ACTION_TYPES))

TYPES_OF_KIND = {
    "Person": (_KG.Actor, _KG.Person),
    "Organisation": (_KG.Actor, _KG.Organisation),
    "Country": (_KG.Actor, _KG.Country, _KG.Place),
    "Place": (_KG.Place,),
}


def slug(text: str, limit: int = 60) -> str:
    """A readable IRI segment.

    >>> slug("Kassym-Jomart Tokayev's")
    'kassym-jomart-tokayev-s'
    >>> slug("Россия")
    'x-3d9a48af9c'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    value = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:limit].strip("-")
    return value or "x-" + hashlib.sha1(text.encode()).hexdigest()[:10]


def _digest(*parts: object) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:12]


def article_iri(base: str, article: Article) -> URIRef:
    """Readable, and unique: two identities that slug alike still differ by their digest.

    >>> article_iri("https://w3id.org/newskg/", Article("seeds/000_7098d.txt", ""))
    rdflib.term.URIRef('https://w3id.org/newskg/id/article/000-7098d-txt-dde0b77d2095')
    """
    name = article.identity.rstrip("/").rsplit("/", 1)[-1]
    return URIRef(f"{base}id/article/{slug(name, 40)}-{_digest(article.identity)}")


def actor_iri(base: str, actor: Actor) -> URIRef:
    """One Wikidata item is one IRI in every article; unlinked actors are named by kind and label.

    >>> actor_iri("https://w3id.org/newskg/", Actor("a1", "Sergey Lavrov", "Person", "Q58217"))
    rdflib.term.URIRef('https://w3id.org/newskg/id/actor/Q58217')
    >>> actor_iri("https://w3id.org/newskg/", Actor("a2", "Harb-Maidon", "Place"))
    rdflib.term.URIRef('https://w3id.org/newskg/id/place/harb-maidon')
    """
    if actor.kind == "Place":
        return URIRef(f"{base}id/place/{actor.qid or slug(actor.label)}")
    name = actor.qid or f"{actor.kind.lower()}-{slug(actor.label)}"
    return URIRef(f"{base}id/actor/{name}")


def event_iri(base: str, article: URIRef, kind: str, evidence: Evidence, *key: object) -> URIRef:
    """Deterministic: the article, the sentence's offsets and what tells events of one sentence apart.

    >>> event_iri("https://w3id.org/newskg/", URIRef("a"), "action", Evidence("s", 0, 1), "Attack", "k", 7)
    rdflib.term.URIRef('https://w3id.org/newskg/id/event/action-0165b159f1f4')
    """
    return URIRef(f"{base}id/event/{kind.lower()}-{_digest(article, evidence.start, evidence.end, *key)}")


class GraphBuilder:
    """Turns one :class:`Extraction` into the triples of its article's named graph."""

    def __init__(self, base_iri: str):
        self.base = base_iri

    def build(self, extraction: Extraction) -> list[Triple]:
        """The graph's triples, each once, in the order they were made."""
        self.triples: dict[Triple, None] = {}
        self.labels: dict[ox.NamedNode, str] = {}  # each actor's and role's first label (Graph.value reads one)
        self.article = article_iri(self.base, extraction.article)
        self.article_node = ox.NamedNode(self.article)
        self.iris = {actor.key: ox.NamedNode(actor_iri(self.base, actor)) for actor in extraction.actors}
        self._article(extraction.article)
        for actor in extraction.actors:
            self._actor(actor, extraction.article)
        for meeting in extraction.meetings:
            self._meeting(meeting)
        for statement in extraction.statements:
            self._statement(statement)
        for action in extraction.military_actions:
            self._military_action(action)
        return list(self.triples)

    def _add(self, subject, predicate, obj) -> None:
        if obj is not None:
            self.triples[subject, predicate, obj] = None

    def _article(self, article: Article) -> None:
        a = self.article_node
        for type_ in (_KG.Article, _SCHEMA.NewsArticle):
            self._add(a, _RDF.type, type_)
        self._add(a, _DCTERMS.identifier, ox.Literal(article.identity))
        self._add(a, _DCTERMS.title, ox.Literal(article.title) if article.title else None)
        self._add(a, _DCTERMS.date, _date(article.published) if article.published else None)
        self._add(a, _KG.outlet, ox.Literal(article.outlet) if article.outlet else None)
        self._add(a, _SCHEMA.url, ox.NamedNode(article.url) if article.url else None)
        self._add(a, _KG.sha256, ox.Literal(article.checksum))
        self._add(a, _SCHEMA.articleBody, ox.Literal(article.text))
        self._add(a, _DCTERMS.language, ox.Literal(article.language))
        self._add(a, _RDFS.label, ox.Literal(article.title or article.identity))

    def _actor(self, actor: Actor, article: Article) -> None:
        x = self.iris[actor.key]
        for type_ in TYPES_OF_KIND[actor.kind]:
            self._add(x, _RDF.type, type_)
        if actor.is_media:
            self._add(x, _RDF.type, _KG.NewsOutlet)
        if x in self.labels:  # another record of this IRI ("ISHAQ DAR" beside "Ishaq Dar"): one label only
            self._add(x, _SKOS.altLabel, ox.Literal(actor.label) if actor.label != self.labels[x] else None)
        else:
            self._add(x, _RDFS.label, ox.Literal(actor.label))
            self.labels[x] = actor.label
        for alias in sorted(actor.aliases):
            self._add(x, _SKOS.altLabel, ox.Literal(alias))
        self._add(x, _OWL.sameAs, _wikidata(actor.qid) if actor.qid else None)
        self._add(x, _PROV.wasDerivedFrom, self.article_node)
        for role in actor.roles:
            r = ox.NamedNode(f"{x.value}/role/{slug(role.title)}-{_digest(self.article, role.country)}")
            if r in self.labels:  # the office told again in another spelling ("Prime-Minister"): one node, one label
                continue
            self.labels[r] = role.title
            self._add(x, _KG.role, r)
            self._add(r, _RDF.type, _KG.Role)
            self._add(r, _RDFS.label, ox.Literal(role.title))
            self._add(r, _KG.roleOf, self.iris.get(role.country) if role.country else None)
            self._add(r, _KG.office, _wikidata(role.qid) if role.qid else None)
            self._add(r, _KG.validAt, _date(article.published) if article.published else None)
            self._add(r, _PROV.wasDerivedFrom, self.article_node)
        for mention in actor.mentions:
            m = self._mention_iri(mention)
            self._add(m, _RDF.type, _KG.Mention)
            self._add(m, _KG.mentionOf, x)
            self._add(m, _KG.surfaceForm, ox.Literal(mention.text))
            self._evidence(m, mention.evidence)
            self._add(m, _KG.startOffset, _integer(mention.start))
            self._add(m, _KG.endOffset, _integer(mention.end))

        if actor.link:
            self._link(x, actor.link)

    def _mention_iri(self, mention: Mention) -> ox.NamedNode:
        return ox.NamedNode(f"{self.base}id/mention/{self.article.rsplit('/', 1)[-1]}-{mention.start}-{mention.end}")

    def _link(self, x: ox.NamedNode, link: Link) -> None:
        """Why the actor is linked (or left unlinked), in the article's graph: one article, one explanation."""
        e = ox.NamedNode(f"{self.base}id/link/{self.article.rsplit('/', 1)[-1]}-{x.value.rsplit('/', 1)[-1]}")
        self._add(e, _RDF.type, _KG.LinkExplanation)
        self._add(e, _KG.explains, x)
        self._add(e, _KG.decidingMention, self._mention_iri(link.mention) if link.mention else None)
        self._add(e, _KG.matchedName, ox.Literal(link.matched))
        self._add(e, _KG.matchMethod, ox.Literal(link.method))
        self._add(e, _KG.linkedTo, _wikidata(link.qid) if link.qid else None)
        self._add(e, _KG.linkScore, _decimal(link.score))
        self._add(e, _RDFS.comment, ox.Literal(link.summary))
        self._add(e, _PROV.wasDerivedFrom, self.article_node)
        for candidate in link.candidates:
            c = ox.NamedNode(f"{e.value}/candidate/{candidate.qid}")
            self._add(e, _KG.candidate, c)
            self._add(c, _RDF.type, _KG.LinkCandidate)
            self._add(c, _KG.candidateItem, _wikidata(candidate.qid))
            self._add(c, _RDFS.label, ox.Literal(candidate.label))
            self._add(c, _KG.linkScore, _decimal(candidate.score))
            self._add(c, _KG.accepted, _boolean(candidate.accepted))
            self._add(c, _KG.rejected, _boolean(candidate.rejected))
            for reason in candidate.reasons:
                self._add(c, _KG.reason, ox.Literal(reason))

    def _evidence(self, node: ox.NamedNode, evidence: Evidence) -> None:
        self._add(node, _KG.evidence, ox.Literal(evidence.sentence))
        self._add(node, _PROV.wasDerivedFrom, self.article_node)

    def _event(self, node: ox.NamedNode, class_: ox.NamedNode, label: str, evidence: Evidence, confidence: float,
               date, date_text: str | None = None) -> None:
        for type_ in (_KG.Event, _SCHEMA.Event, class_):
            self._add(node, _RDF.type, type_)
        self._add(node, _RDFS.label, ox.Literal(label))
        self._evidence(node, evidence)
        self._add(node, _KG.startOffset, _integer(evidence.start))
        self._add(node, _KG.endOffset, _integer(evidence.end))
        self._add(node, _KG.confidence, _decimal(confidence))
        self._add(node, _KG.date, _date(date) if date else None)
        self._add(node, _KG.dateText, ox.Literal(date_text) if date_text else None)

    def _labels(self, keys) -> str:
        return " – ".join(self.labels[self.iris[k]] for k in keys)

    def _event_node(self, kind: str, evidence: Evidence, *key: object) -> ox.NamedNode:
        return ox.NamedNode(event_iri(self.base, self.article, kind, evidence, *key))

    def _meeting(self, meeting: Meeting) -> None:
        e = self._event_node("meeting", meeting.evidence, *sorted(meeting.participants))
        self._event(e, _KG.Meeting, f"Meeting: {self._labels(meeting.participants)}", meeting.evidence,
                    meeting.confidence, meeting.date, meeting.date_text)
        for key in meeting.participants:
            self._add(e, _KG.participant, self.iris[key])
        self._add(e, _KG.place, self.iris.get(meeting.place) if meeting.place else None)
        self._add(e, _KG.meetingType, getattr(_MEETING_TYPES, meeting.kind))
        self._add(e, _KG.status, ox.Literal(meeting.status))
        for evidence in meeting.also:
            self._add(e, _KG.supportingEvidence, ox.Literal(evidence.sentence))

    def _statement(self, statement: Statement) -> None:
        e = self._event_node("statement", statement.evidence, statement.speaker)
        self._event(e, _KG.Statement, f"Statement by {self._labels([statement.speaker])}", statement.evidence,
                    statement.confidence, statement.date)
        self._add(e, _KG.speaker, self.iris[statement.speaker])
        self._add(e, _KG.quote, ox.Literal(statement.quote))
        self._add(e, _KG.statementMode, ox.Literal("direct" if statement.direct else "reported"))
        for key in statement.about:
            self._add(e, _KG.about, self.iris[key])
        self._add(e, _KG.reportedBy, self.iris.get(statement.source) if statement.source else None)

    def _military_action(self, action: MilitaryAction) -> None:
        # the trigger's offset only where known, so that records without it keep their IRIs
        key = (action.kind, action.actor) + ((action.trigger_start,) if action.trigger_start is not None else ())
        e = self._event_node("action", action.evidence, *key)
        by = f" by {self._labels([action.actor])}" if action.actor else ""
        self._event(e, _KG.MilitaryAction, f"{action.kind}{by}", action.evidence, action.confidence, action.date)
        self._add(e, _KG.actor, self.iris.get(action.actor) if action.actor else None)
        self._add(e, _KG.actionType, getattr(_ACTION_TYPES, action.kind))
        self._add(e, _KG.place, self.iris.get(action.place) if action.place else None)
        self._add(e, _KG.placeText, ox.Literal(action.place_text) if action.place_text else None)
        self._add(e, _KG.status, ox.Literal(action.status))
        for number, quantity in enumerate(action.quantities, start=1):
            q = ox.NamedNode(f"{e.value}/quantity/{number}")
            self._add(e, _KG.quantity, q)
            for type_ in (_KG.Quantity, _SCHEMA.QuantitativeValue):
                self._add(q, _RDF.type, type_)
            self._add(q, _SCHEMA.value, _decimal(quantity.amount))
            self._add(q, _SCHEMA.unitText, ox.Literal(quantity.unit))
            self._add(q, _KG.outOf, _decimal(quantity.out_of) if quantity.out_of is not None else None)
            self._add(q, _RDFS.label, ox.Literal(quantity.text))


# Literals written as rdflib wrote them from the same Python values (the stored graphs must not change).

def _wikidata(qid: str) -> ox.NamedNode:
    return ox.NamedNode(f"{WD}{qid}")


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=_XSD.integer)


def _boolean(value: bool) -> ox.Literal:
    return ox.Literal("true" if value else "false", datatype=_XSD.boolean)


def _date(value) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=_XSD.date)


def _decimal(value: float) -> ox.Literal:
    """rdflib's lexical form of ``Decimal(str(value))``: positional, never an exponent.

    >>> _decimal(0.5).value, _decimal(1e-07).value, _decimal(2e4).value
    ('0.5', '0.0000001', '20000.0')
    """
    return ox.Literal(f"{Decimal(str(value)):f}", datatype=_XSD.decimal)


def to_triples(extraction: Extraction, base_iri: str) -> list[Triple]:
    """The article graph's triples (pyoxigraph terms), each once."""
    return GraphBuilder(base_iri).build(extraction)


def ntriples(triples: list[Triple]) -> str:
    """The triples as an N-Triples document (pyoxigraph terms print as N-Triples terms)."""
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


def to_graph(extraction: Extraction, base_iri: str) -> Graph:
    """The article graph as an rdflib Graph, with the usual prefixes (for tests and small jobs)."""
    return rdflib_graph(to_triples(extraction, base_iri))


def rdflib_graph(triples: list[Triple]) -> Graph:
    from .store import to_rdflib
    graph = Graph()
    bind_prefixes(graph)
    for triple in triples:
        graph.add(to_rdflib(*triple))
    return graph
