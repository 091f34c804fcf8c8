"""The plain records that are the seam between extraction and RDF.

Extraction produces these; :mod:`kg.graph` turns them into triples. Neither side needs the
other to be tested. Offsets are character offsets into ``Article.text`` (the article body
after page furniture was removed), and every ``Evidence.sentence`` equals
``article.text[start:end]``.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

ACTOR_KINDS = ("Person", "Organisation", "Country", "Place")
ACTION_KINDS = ("Mobilisation", "Exercise", "Capture", "Deployment", "Attack", "Withdrawal", "Other")
MEETING_KINDS = ("Talks", "Visit", "PhoneCall", "PressConference", "Summit")
STATUSES = ("held", "planned")


@dataclass(frozen=True)
class Article:
    """One news article: identity, metadata and the body text that offsets refer to."""

    identity: str  # the URL when known, else the file name: what the article IRI is minted from
    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    source_file: str | None = None
    checksum: str = ""  # sha256 of the input as read, hex
    language: str = "en"


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact was read from, verbatim, with its offsets into the article body."""

    sentence: str
    start: int
    end: int


@dataclass
class Mention:
    text: str
    start: int
    end: int
    evidence: Evidence


@dataclass
class Role:
    """An office named beside a person ("Indian External Affairs Minister"), valid at the article's date."""

    title: str
    country: str | None = None  # key of a Country actor
    qid: str | None = None  # the office's Wikidata item, where checked


@dataclass
class Candidate:
    """A gazetteer entry weighed for a name: its score and each reason for or against it, with its weight."""

    qid: str
    label: str
    score: float = 0.0
    accepted: bool = False
    rejected: bool = False  # ruled out (wrong type, role not yet held, another country), whatever its score
    reasons: list[str] = field(default_factory=list)


@dataclass
class Link:
    """Why an actor is linked to a Wikidata item, or left unlinked: the mention that decided, the name or
    role it matched, how, and every candidate weighed (see docs/linking.md)."""

    matched: str  # the gazetteer name (label, alias, metonym) the mention matched
    method: str  # label, alias, metonym, surname, role, spelling, handle, country name, office
    qid: str | None = None  # the item linked; None: left unlinked
    score: float = 0.0
    summary: str = ""
    mention: Mention | None = None  # the deciding mention
    candidates: list[Candidate] = field(default_factory=list)


@dataclass
class Actor:
    key: str  # unique within one extraction
    label: str
    kind: str  # one of ACTOR_KINDS
    qid: str | None = None
    aliases: set[str] = field(default_factory=set)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    is_media: bool = False  # a news outlet cited as a source
    link: Link | None = None  # why ``qid`` is what it is; None when no gazetteer entry was weighed


@dataclass
class Quantity:
    """A stated amount: "20,000 troops" -> (20000, "troops"); "24 of 28 districts" -> (24, "districts", 28)."""

    amount: float
    unit: str
    text: str
    out_of: float | None = None


@dataclass
class Meeting:
    participants: list[str]  # actor keys, at least two
    evidence: Evidence
    kind: str = "Talks"  # one of MEETING_KINDS
    status: str = "held"
    place: str | None = None  # actor key of a Place or Country
    date: date | None = None
    date_text: str | None = None
    confidence: float = 1.0
    also: list[Evidence] = field(default_factory=list)  # neighbouring sentences about the same meeting


@dataclass
class Statement:
    speaker: str  # actor key
    quote: str
    evidence: Evidence
    direct: bool = True  # a quotation, or reported speech
    about: list[str] = field(default_factory=list)  # actor keys
    source: str | None = None  # actor key of the outlet that reported it
    date: date | None = None
    confidence: float = 1.0


@dataclass
class MilitaryAction:
    kind: str  # one of ACTION_KINDS
    evidence: Evidence
    actor: str | None = None  # actor key
    place: str | None = None  # actor key of a Place or Country
    place_text: str | None = None  # the place as the text words it ("along its border with Afghanistan")
    quantities: list[Quantity] = field(default_factory=list)
    status: str = "held"
    date: date | None = None
    confidence: float = 1.0
    trigger_start: int | None = None  # offset of the trigger word in Article.text: tells apart two actions
    # of one kind by one actor in one sentence ("the bombing in Kunduz and a similar attack in Kandahar")


@dataclass
class Extraction:
    """Everything read from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    meetings: list[Meeting] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    military_actions: list[MilitaryAction] = field(default_factory=list)

    def actor(self, key: str) -> Actor:
        return next(actor for actor in self.actors if actor.key == key)
