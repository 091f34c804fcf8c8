"""Records -> rdflib Graph, and the one place IRIs are minted. Pure: no I/O.

IRIs are deterministic: an article's from its identity (URL or file name); a linked actor's from
its Wikidata ID, so one item is one IRI across articles; an unlinked actor's from its kind and
label; an event's from its article, kind and evidence offsets. Building twice gives the same IRIs.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from decimal import Decimal

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

from .namespaces import ACTION_TYPES, KG, MEETING_TYPES, SCHEMA, WD, bind_prefixes
from .records import Actor, Article, Evidence, Extraction, Link, Meeting, Mention, MilitaryAction, Statement

TYPES_OF_KIND = {
    "Person": (KG.Actor, KG.Person),
    "Organisation": (KG.Actor, KG.Organisation),
    "Country": (KG.Actor, KG.Country, KG.Place),
    "Place": (KG.Place,),
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

    def build(self, extraction: Extraction) -> Graph:
        graph = Graph()
        bind_prefixes(graph)
        self.graph, self.article = graph, article_iri(self.base, extraction.article)
        self.iris = {actor.key: actor_iri(self.base, actor) for actor in extraction.actors}
        self._article(extraction.article)
        for actor in extraction.actors:
            self._actor(actor, extraction.article)
        for meeting in extraction.meetings:
            self._meeting(meeting)
        for statement in extraction.statements:
            self._statement(statement)
        for action in extraction.military_actions:
            self._military_action(action)
        return graph

    def _add(self, subject, predicate, obj) -> None:
        if obj is not None:
            self.graph.add((subject, predicate, obj))

    def _article(self, article: Article) -> None:
        a = self.article
        for type_ in (KG.Article, SCHEMA.NewsArticle):
            self._add(a, RDF.type, type_)
        self._add(a, DCTERMS.identifier, Literal(article.identity))
        self._add(a, DCTERMS.title, Literal(article.title) if article.title else None)
        self._add(a, DCTERMS.date, Literal(article.published, datatype=XSD.date) if article.published else None)
        self._add(a, KG.outlet, Literal(article.outlet) if article.outlet else None)
        self._add(a, SCHEMA.url, URIRef(article.url) if article.url else None)
        self._add(a, KG.sha256, Literal(article.checksum))
        self._add(a, SCHEMA.articleBody, Literal(article.text))
        self._add(a, DCTERMS.language, Literal(article.language))
        self._add(a, RDFS.label, Literal(article.title or article.identity))

    def _actor(self, actor: Actor, article: Article) -> None:
        x = self.iris[actor.key]
        for type_ in TYPES_OF_KIND[actor.kind]:
            self._add(x, RDF.type, type_)
        if actor.is_media:
            self._add(x, RDF.type, KG.NewsOutlet)
        self._add(x, RDFS.label, Literal(actor.label))
        for alias in sorted(actor.aliases):
            self._add(x, SKOS.altLabel, Literal(alias))
        self._add(x, OWL.sameAs, WD[actor.qid] if actor.qid else None)
        self._add(x, PROV.wasDerivedFrom, self.article)
        for role in actor.roles:
            r = URIRef(f"{x}/role/{slug(role.title)}-{_digest(self.article, role.country)}")
            self._add(x, KG.role, r)
            self._add(r, RDF.type, KG.Role)
            self._add(r, RDFS.label, Literal(role.title))
            self._add(r, KG.roleOf, self.iris.get(role.country) if role.country else None)
            self._add(r, KG.office, WD[role.qid] if role.qid else None)
            self._add(r, KG.validAt, Literal(article.published, datatype=XSD.date) if article.published else None)
            self._add(r, PROV.wasDerivedFrom, self.article)
        for mention in actor.mentions:
            m = self._mention_iri(mention)
            self._add(m, RDF.type, KG.Mention)
            self._add(m, KG.mentionOf, x)
            self._add(m, KG.surfaceForm, Literal(mention.text))
            self._evidence(m, mention.evidence)
            self._add(m, KG.startOffset, Literal(mention.start))
            self._add(m, KG.endOffset, Literal(mention.end))

        if actor.link:
            self._link(x, actor.link)

    def _mention_iri(self, mention: Mention) -> URIRef:
        return URIRef(f"{self.base}id/mention/{self.article.rsplit('/', 1)[-1]}-{mention.start}-{mention.end}")

    def _link(self, x: URIRef, link: Link) -> None:
        """Why the actor is linked (or left unlinked), in the article's graph: one article, one explanation."""
        e = URIRef(f"{self.base}id/link/{self.article.rsplit('/', 1)[-1]}-{x.rsplit('/', 1)[-1]}")
        self._add(e, RDF.type, KG.LinkExplanation)
        self._add(e, KG.explains, x)
        self._add(e, KG.decidingMention, self._mention_iri(link.mention) if link.mention else None)
        self._add(e, KG.matchedName, Literal(link.matched))
        self._add(e, KG.matchMethod, Literal(link.method))
        self._add(e, KG.linkedTo, WD[link.qid] if link.qid else None)
        self._add(e, KG.linkScore, _decimal(link.score))
        self._add(e, RDFS.comment, Literal(link.summary))
        self._add(e, PROV.wasDerivedFrom, self.article)
        for candidate in link.candidates:
            c = URIRef(f"{e}/candidate/{candidate.qid}")
            self._add(e, KG.candidate, c)
            self._add(c, RDF.type, KG.LinkCandidate)
            self._add(c, KG.candidateItem, WD[candidate.qid])
            self._add(c, RDFS.label, Literal(candidate.label))
            self._add(c, KG.linkScore, _decimal(candidate.score))
            self._add(c, KG.accepted, Literal(candidate.accepted))
            self._add(c, KG.rejected, Literal(candidate.rejected))
            for reason in candidate.reasons:
                self._add(c, KG.reason, Literal(reason))

    def _evidence(self, node: URIRef, evidence: Evidence) -> None:
        self._add(node, KG.evidence, Literal(evidence.sentence))
        self._add(node, PROV.wasDerivedFrom, self.article)

    def _event(self, node: URIRef, class_: URIRef, label: str, evidence: Evidence, confidence: float,
               date, date_text: str | None = None) -> None:
        for type_ in (KG.Event, SCHEMA.Event, class_):
            self._add(node, RDF.type, type_)
        self._add(node, RDFS.label, Literal(label))
        self._evidence(node, evidence)
        self._add(node, KG.startOffset, Literal(evidence.start))
        self._add(node, KG.endOffset, Literal(evidence.end))
        self._add(node, KG.confidence, _decimal(confidence))
        self._add(node, KG.date, Literal(date, datatype=XSD.date) if date else None)
        self._add(node, KG.dateText, Literal(date_text) if date_text else None)

    def _labels(self, keys) -> str:
        return " – ".join(str(self.graph.value(self.iris[k], RDFS.label)) for k in keys)

    def _meeting(self, meeting: Meeting) -> None:
        e = event_iri(self.base, self.article, "meeting", meeting.evidence, *sorted(meeting.participants))
        self._event(e, KG.Meeting, f"Meeting: {self._labels(meeting.participants)}", meeting.evidence,
                    meeting.confidence, meeting.date, meeting.date_text)
        for key in meeting.participants:
            self._add(e, KG.participant, self.iris[key])
        self._add(e, KG.place, self.iris.get(meeting.place) if meeting.place else None)
        self._add(e, KG.meetingType, MEETING_TYPES[meeting.kind])
        self._add(e, KG.status, Literal(meeting.status))
        for evidence in meeting.also:
            self._add(e, KG.supportingEvidence, Literal(evidence.sentence))

    def _statement(self, statement: Statement) -> None:
        e = event_iri(self.base, self.article, "statement", statement.evidence, statement.speaker)
        self._event(e, KG.Statement, f"Statement by {self._labels([statement.speaker])}", statement.evidence,
                    statement.confidence, statement.date)
        self._add(e, KG.speaker, self.iris[statement.speaker])
        self._add(e, KG.quote, Literal(statement.quote))
        self._add(e, KG.statementMode, Literal("direct" if statement.direct else "reported"))
        for key in statement.about:
            self._add(e, KG.about, self.iris[key])
        self._add(e, KG.reportedBy, self.iris.get(statement.source) if statement.source else None)

    def _military_action(self, action: MilitaryAction) -> None:
        # the trigger's offset only where known, so that records without it keep their IRIs
        key = (action.kind, action.actor) + ((action.trigger_start,) if action.trigger_start is not None else ())
        e = event_iri(self.base, self.article, "action", action.evidence, *key)
        by = f" by {self._labels([action.actor])}" if action.actor else ""
        self._event(e, KG.MilitaryAction, f"{action.kind}{by}", action.evidence, action.confidence, action.date)
        self._add(e, KG.actor, self.iris.get(action.actor) if action.actor else None)
        self._add(e, KG.actionType, ACTION_TYPES[action.kind])
        self._add(e, KG.place, self.iris.get(action.place) if action.place else None)
        self._add(e, KG.placeText, Literal(action.place_text) if action.place_text else None)
        self._add(e, KG.status, Literal(action.status))
        for number, quantity in enumerate(action.quantities, start=1):
            q = URIRef(f"{e}/quantity/{number}")
            self._add(e, KG.quantity, q)
            for type_ in (KG.Quantity, SCHEMA.QuantitativeValue):
                self._add(q, RDF.type, type_)
            self._add(q, SCHEMA.value, _decimal(quantity.amount))
            self._add(q, SCHEMA.unitText, Literal(quantity.unit))
            self._add(q, KG.outOf, _decimal(quantity.out_of) if quantity.out_of is not None else None)
            self._add(q, RDFS.label, Literal(quantity.text))


def _decimal(value: float) -> Literal:
    return Literal(Decimal(str(value)), datatype=XSD.decimal)


def to_graph(extraction: Extraction, base_iri: str) -> Graph:
    return GraphBuilder(base_iri).build(extraction)
