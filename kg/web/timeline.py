"""An entity's timeline (the events it takes part in, in date order) and its network (who it met or mentioned).

Both are data first, for the page to show as a table and a list, so that they need no script;
``static/entity.js`` only filters the timeline and highlights the network. The network's layout
(a ring of counterparts around the entity) is computed here, so the SVG is plain server HTML too.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import DCTERMS, KG, PROV, RDFS
from kg.store import Store

from .links import local_name

EVENT_CLASSES = {str(KG.Meeting): "meeting", str(KG.Statement): "statement", str(KG.MilitaryAction): "military"}
ROLES = (KG.participant, KG.speaker, KG.about, KG.actor, KG.place, KG.reportedBy)
# (the entity's role, the other's role) -> how the other is related to the entity, and its colour class.
RELATIONS: dict[tuple[str, str], tuple[str, str]] = {
    (str(KG.participant), str(KG.participant)): ("met", "met"),
    (str(KG.place), str(KG.participant)): ("met here", "met"),
    (str(KG.speaker), str(KG.about)): ("spoke about", "about"),
    (str(KG.about), str(KG.speaker)): ("was mentioned by", "by"),
    (str(KG.speaker), str(KG.reportedBy)): ("reported by", "reported"),
    (str(KG.place), str(KG.actor)): ("military action by", "military"),
    (str(KG.about), str(KG.actor)): ("military action by", "military"),
}
NETWORK_NODES = 16  # the most connected counterparts drawn; the list under the drawing holds them all
BATCH = 400


@dataclass(frozen=True)
class Link:
    iri: str
    label: str


@dataclass(frozen=True)
class Related:
    """Another entity of the same event, and how it relates to the entity the page is about."""

    link: Link
    relation: str
    css: str


@dataclass(frozen=True)
class Fact:
    """An event the entity takes part in: one row of its timeline."""

    event: Link
    kind: Link
    css: str  # "meeting", "statement", "military"
    roles: tuple[Link, ...]
    evidence: str
    article: Link
    date: str = ""  # kg:date, when the text fixes the day
    date_text: str = ""  # kg:dateText, the words
    published: str = ""  # the article's date
    quote: str = ""
    subtype: Link | None = None  # meeting or action type
    status: str = ""
    places: tuple[Link, ...] = ()
    place_text: str = ""
    related: tuple[Related, ...] = ()

    @property
    def role(self) -> Link:
        return self.roles[0]

    @property
    def when(self) -> str:
        """The day the timeline files it under: the event's date, else its article's."""
        return self.date or self.published


def _query(store: Store, query: str) -> list[ox.QuerySolution]:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def _text(row: ox.QuerySolution, name: str) -> str:
    return row[name].value if row[name] is not None else ""


def facts(store: Store, node: ox.NamedNode, limit: int, link: Callable[[str], Link]) -> list[Fact]:
    """The meetings, statements and military actions ``node`` takes part in, earliest first (undated last)."""
    kinds = " ".join(f"<{kind}>" for kind in EVENT_CLASSES)
    roles = " ".join(f"<{role}>" for role in ROLES)
    query = f"""SELECT ?event ?kind ?role ?label ?evidence ?article ?title ?published ?date ?dateText ?quote
                       ?subtype ?status ?placeText WHERE {{
      VALUES ?kind {{ {kinds} }} VALUES ?role {{ {roles} }}
      ?event ?role {node} ; a ?kind ; <{KG.evidence}> ?evidence ; <{PROV.wasDerivedFrom}> ?article .
      OPTIONAL {{ ?event <{RDFS.label}> ?label }}
      OPTIONAL {{ ?article <{DCTERMS.title}> ?title }}
      OPTIONAL {{ ?article <{DCTERMS.date}> ?published }}
      OPTIONAL {{ ?event <{KG.date}> ?date }}
      OPTIONAL {{ ?event <{KG.dateText}> ?dateText }}
      OPTIONAL {{ ?event <{KG.quote}> ?quote }}
      OPTIONAL {{ ?event <{KG.meetingType}>|<{KG.actionType}> ?subtype }}
      OPTIONAL {{ ?event <{KG.status}> ?status }}
      OPTIONAL {{ ?event <{KG.placeText}> ?placeText }}
    }} ORDER BY ?event ?role LIMIT {limit}"""
    rows: dict[str, ox.QuerySolution] = {}
    my_roles: dict[str, list[str]] = defaultdict(list)
    for row in _query(store, query):
        event = row["event"].value
        rows.setdefault(event, row)
        if row["role"].value not in my_roles[event]:
            my_roles[event].append(row["role"].value)
    others = _others(store, list(rows), node.value, link)
    timeline = []
    for event, row in rows.items():
        places = tuple(other for role, other in others[event] if role == str(KG.place))
        related = tuple(dict.fromkeys(
            Related(other, *RELATIONS[(mine, role)])
            for mine in my_roles[event] for role, other in others[event] if (mine, role) in RELATIONS
        ))
        timeline.append(Fact(
            event=Link(event, _text(row, "label") or local_name(event)),
            kind=link(row["kind"].value),
            css=EVENT_CLASSES[row["kind"].value],
            roles=tuple(link(role) for role in my_roles[event]),
            evidence=row["evidence"].value,
            article=Link(row["article"].value, _text(row, "title") or local_name(row["article"].value)),
            date=_text(row, "date"), date_text=_text(row, "dateText"), published=_text(row, "published"),
            quote=_text(row, "quote"),
            subtype=link(row["subtype"].value) if row["subtype"] is not None else None,
            status=_text(row, "status"), places=places, place_text=_text(row, "placeText"), related=related,
        ))
    return sorted(timeline, key=lambda fact: (fact.when == "", fact.when, fact.article.label, fact.event.iri))


def _others(store: Store, events: list[str], me: str, link: Callable[[str], Link]) -> dict[str, list[tuple[str, Link]]]:
    """For each event, the (role, entity) pairs of everyone else in it, labelled."""
    roles = " ".join(f"<{role}>" for role in ROLES)
    found: dict[str, list[tuple[str, Link]]] = defaultdict(list)
    for start in range(0, len(events), BATCH):
        values = " ".join(f"<{event}>" for event in events[start:start + BATCH])
        query = f"""SELECT ?event ?role ?x (SAMPLE(?name) AS ?label) WHERE {{
          VALUES ?event {{ {values} }} VALUES ?role {{ {roles} }}
          ?event ?role ?x . FILTER (isIRI(?x))
          OPTIONAL {{ ?x <{RDFS.label}> ?name }}
        }} GROUP BY ?event ?role ?x ORDER BY ?event ?role ?label ?x"""
        for row in _query(store, query):
            if row["x"].value == me:
                continue
            label = _text(row, "label") or link(row["x"].value).label
            found[row["event"].value].append((row["role"].value, Link(row["x"].value, label)))
    return found


# --- the network -------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Neighbour:
    link: Link
    relations: tuple[tuple[str, str, int], ...]  # (relation, its colour class, number of events), most frequent first
    css: str  # the colour of its most frequent relation
    x: float = 0.0
    y: float = 0.0
    radius: float = 0.0
    label_x: float = 0.0
    label_y: float = 0.0
    anchor: str = "middle"  # text-anchor of its label

    @property
    def events(self) -> int:
        return sum(count for _, _, count in self.relations)

    @property
    def short(self) -> str:
        label = self.link.label
        return label if len(label) <= 24 else label[:23] + "…"

    @property
    def summary(self) -> str:
        return "; ".join(f"{relation} ({count} event{'s' if count != 1 else ''})" for relation, _, count in self.relations)


@dataclass
class Network:
    centre: Link
    neighbours: list[Neighbour] = field(default_factory=list)  # all, most connected first
    drawn: list[Neighbour] = field(default_factory=list)  # the first NETWORK_NODES, placed on the ring
    width: int = 720
    height: int = 420

    @property
    def cx(self) -> float:
        return self.width / 2

    @property
    def cy(self) -> float:
        return self.height / 2


def network(centre: Link, timeline: list[Fact]) -> Network:
    """Who the entity met, mentioned or was mentioned by, counted in events, laid out on a ring around it."""
    counts: dict[Link, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))
    for fact in timeline:
        for related in fact.related:
            counts[related.link][(related.relation, related.css)] += 1
    neighbours = []
    for other, by_relation in counts.items():
        ordered = sorted(by_relation.items(), key=lambda item: (-item[1], item[0]))
        neighbours.append(Neighbour(other, tuple((relation, css, n) for (relation, css), n in ordered), ordered[0][0][1]))
    neighbours.sort(key=lambda n: (-n.events, n.link.label))
    graph = Network(centre, neighbours)
    graph.drawn = [_place(n, i, min(len(neighbours), NETWORK_NODES), graph) for i, n in
                   enumerate(neighbours[:NETWORK_NODES])]
    return graph


def _place(neighbour: Neighbour, index: int, total: int, graph: Network) -> Neighbour:
    angle = -math.pi / 2 + 2 * math.pi * index / total
    rx, ry = graph.width / 2 - 150, graph.height / 2 - 60
    x, y = graph.cx + rx * math.cos(angle), graph.cy + ry * math.sin(angle)
    cos = math.cos(angle)
    anchor = "middle" if abs(cos) < 0.3 else ("start" if cos > 0 else "end")
    radius = 7 + 2 * min(neighbour.events, 5)
    label_x = x + (radius + 5) * (1 if anchor == "start" else -1 if anchor == "end" else 0)
    label_y = y + (4 if anchor != "middle" else (radius + 15 if math.sin(angle) > 0 else -radius - 7))
    return Neighbour(neighbour.link, neighbour.relations, neighbour.css, round(x, 1), round(y, 1), radius,
                     round(label_x, 1), round(label_y, 1), anchor)
