"""Score the graph newskg writes against the hand-written gold annotations (``kg eval``).

We score the RDF graph (docs/vocabulary.md), not the extraction records, because the graph is what
users get. The rules are those of gold/README.md, made exact here:

* **Scope.** ``actors`` covers gold actors of type Person, Organisation and Country, and predicted
  nodes typed kg:Person, kg:Organisation (kg:NewsOutlet counts as one) or kg:Country (a Country is also
  a kg:Place and still counts). A node typed only kg:Place, and a gold actor of type Place, are scored
  on the extra ``places`` line. Types need not agree for a match; they only decide the scope.
* **Actor match.** When both sides have a Wikidata ID the IDs decide (equal or no match). Otherwise a
  normalised form of the prediction (``rdfs:label`` or any ``skos:altLabel``) must equal the gold name
  or one of its ``mentions``; or, for a gold Person, a predicted full name (two words or more) must have
  the gold name's surname and first initial. That last rule is the README's and is loose on purpose:
  "Sergei Lavrov" matches "Sergey Lavrov", and so would "Stanislav Lavrov".
* **Evidence overlap.** Texts become bags of word tokens (:func:`words`). Two texts overlap when the
  bags share at least half of the shorter bag's tokens, counted with multiplicity (:func:`overlap`).
  A statement's predicted text is ``kg:evidence`` + " " + ``kg:quote``; a military action's is its
  ``kg:evidence``. The gold side is ``evidence`` or any one of ``also_in``, whichever overlaps best.
* **Events.** A meeting matches when at least two of its participants match distinct gold
  participants; a statement when its speaker matches and its text overlaps; a military action when its
  text overlaps and its ``kg:actor`` matches the gold ``actor`` or one of its ``co_actors`` (a joint
  action is credited to any of its actors); a null gold actor accepts any predicted actor or none.
* **One to one.** Candidate pairs are taken greedily, best first (actors: ID > label = name > any
  form > surname rule; events: best overlap or most participants first), then augmented to a maximum
  matching, so an item matches at most one item on the other side and greed never costs a match.
* **Optional gold items** are matched after the required ones. An unmatched prediction that matches an
  optional item is dropped from both counts; an unmatched optional item is not a miss.
* **Wikidata links** (actor scope): a gold ``qid`` of a required actor is a gold link; a predicted
  ``owl:sameAs wd:Q…`` is a true positive when it is a gold link, unjudged when its actor matches a gold
  actor whose ``qid`` is null (not checked) or an optional one, else a false positive. Sets, per article.
* Precision, recall and F1 are 0 when undefined (no predictions, no gold). Articles in the graph without
  a gold file are listed as ``unscored``; a gold article missing from the graph counts as all misses.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rdflib import ConjunctiveGraph, Graph, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS

from .errors import InputError
from .namespaces import KG

KINDS = ("actors", "wikidata", "meetings", "statements", "military_actions", "places")
ACTOR_SCOPE = frozenset({"Person", "Organisation", "Country"})
_TYPES = {KG.Person: "Person", KG.Organisation: "Organisation", KG.NewsOutlet: "Organisation",
          KG.Country: "Country", KG.Place: "Place"}
_QID = re.compile(r"wikidata\.org/(?:entity|wiki)/(Q\d+)$")

# Titles stripped from the front of a name, longest first; a name is never stripped to nothing.
TITLES = tuple(sorted((tuple(title.split()) for title in (
    "dr", "mr", "mrs", "ms", "miss", "prof", "professor", "sir", "dame", "lord", "sheikh", "president",
    "vice president", "prime minister", "minister", "deputy", "foreign minister", "external affairs minister",
    "defence minister", "defense minister", "home minister", "eam", "nsa", "pm", "fm", "national security adviser",
    "national security advisor", "secretary", "secretary general", "secretary of state", "chancellor", "king",
    "queen", "prince", "ambassador", "envoy", "general", "gen", "lt", "col", "colonel", "commander",
    "chairman", "chief", "spokesman", "spokesperson")), key=len, reverse=True))


# --- text ------------------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Case and accents away: ``fold("Tokayév")`` -> ``"tokayev"``."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char)).casefold()


@lru_cache(maxsize=None)
def normalise_name(name: str) -> str:
    """The form names are compared in: folded, punctuation gone, no leading "the" or titles.

    >>> normalise_name("Dr. S. Jaishankar") == normalise_name("S Jaishankar") == "s jaishankar"
    True
    >>> normalise_name("the Taliban"), normalise_name("U.S."), normalise_name("Russia’s Security Council")
    ('taliban', 'us', 'russias security council')
    >>> normalise_name("External Affairs Minister (EAM) S Jaishankar"), normalise_name("the minister")
    ('s jaishankar', 'minister')
    """
    text = re.sub(r"(?<!\w)(?:\w\.){2,}", lambda initials: initials.group().replace(".", ""), fold(name))
    text = re.sub(r"['’ʼ`]", "", text)
    tokens = re.sub(r"[\W_]+", " ", text).split()
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    stripped = True
    while stripped:
        stripped = False
        for title in TITLES:
            if len(tokens) > len(title) and tuple(tokens[:len(title)]) == title:
                tokens, stripped = tokens[len(title):], True
                break
    return " ".join(tokens)


def words(text: str) -> Counter:
    """The bag of word tokens evidence is compared as: maximal runs of letters/digits, folded.

    >>> sorted(words("Russia’s “Sputnik V”, Russia!").items())
    [('russia', 2), ('s', 1), ('sputnik', 1), ('v', 1)]
    """
    return Counter(re.findall(r"[^\W_]+", fold(text)))


def overlap(first: str, second: str) -> float:
    """Shared tokens (with multiplicity) over the shorter text's token count; texts overlap at >= 0.5.

    >>> overlap("Lavrov said ISIS is gaining ground.", "Lavrov had earlier said that ISIS is gaining ground.")
    1.0
    """
    bag, other = words(first), words(second)
    shorter = min(sum(bag.values()), sum(other.values()))
    return sum((bag & other).values()) / shorter if shorter else 0.0


def _best_overlap(text: str, gold_item: dict) -> float:
    gold_texts = [gold_item.get("evidence") or "", *gold_item.get("also_in", [])]
    return max(overlap(text, gold_text) for gold_text in gold_texts)


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def _file_name(identifier: str) -> str:
    """``"seeds/000_x.txt"``, ``"000_x.txt"`` and ``"https://site/a/000_x.txt?x=1"`` all key as ``"000_x.txt"``."""
    return re.split(r"[/\\]", re.split(r"[?#]", identifier)[0].rstrip("/\\"))[-1]


# --- what the graph says -----------------------------------------------------------------------------

@dataclass(frozen=True)
class PredictedActor:
    iri: str
    label: str
    alt_labels: tuple[str, ...] = ()
    types: frozenset[str] = frozenset()  # of "Person", "Organisation", "Country", "Place"
    qids: frozenset[str] = frozenset()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.alt_labels)

    @property
    def is_actor(self) -> bool:
        """In the scope of the ``actors`` line (else a place, when typed kg:Place)."""
        return bool(self.types & ACTOR_SCOPE)

    def describe(self) -> str:
        qids = "".join(", " + qid for qid in sorted(self.qids))
        return f"{self.label} ({'/'.join(sorted(self.types)) or 'untyped'}{qids})"


@dataclass
class PredictedMeeting:
    iri: str
    participants: list[PredictedActor]
    evidence: str = ""
    supporting: list[str] = field(default_factory=list)


@dataclass
class PredictedStatement:
    iri: str
    speaker: PredictedActor | None
    evidence: str = ""
    quote: str = ""


@dataclass
class PredictedAction:
    iri: str
    actor: PredictedActor | None
    action_type: str | None = None  # lowercased local name of kg:actionType, as the gold "kind"
    evidence: str = ""


@dataclass
class Predicted:
    """Everything the graph says about one article (``actors`` holds actors and places alike)."""

    article: str
    actors: list[PredictedActor] = field(default_factory=list)
    meetings: list[PredictedMeeting] = field(default_factory=list)
    statements: list[PredictedStatement] = field(default_factory=list)
    military_actions: list[PredictedAction] = field(default_factory=list)


def _union(graph: Graph) -> Graph:
    """A Dataset's (or ConjunctiveGraph's) named graphs merged; a plain Graph as it is."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for subject, predicate, obj, _ in graph.quads((None, None, None, None)):
        union.add((subject, predicate, obj))
    return union


def predictions_from_graph(graph: Graph) -> dict[str, Predicted]:
    """What the graph says, per kg:Article, keyed by the file name part of its ``dcterms:identifier``."""
    graph = _union(graph)
    actors: dict[URIRef, PredictedActor] = {}

    def text(node, prop) -> str:
        return min((str(value) for value in graph.objects(node, prop)), default="")

    def actor(node) -> PredictedActor:
        if node not in actors:
            actors[node] = PredictedActor(
                iri=str(node), label=text(node, RDFS.label),
                alt_labels=tuple(sorted({str(alt) for alt in graph.objects(node, SKOS.altLabel)})),
                types=frozenset(_TYPES[kind] for kind in graph.objects(node, RDF.type) if kind in _TYPES),
                qids=frozenset(m.group(1) for same in graph.objects(node, OWL.sameAs) if (m := _QID.search(str(same)))))
        return actors[node]

    def first_actor(node, prop) -> PredictedActor | None:
        return next((actor(value) for value in sorted(graph.objects(node, prop), key=str)), None)

    predictions: dict[str, Predicted] = {}
    for article in sorted(set(graph.subjects(RDF.type, KG.Article)), key=str):
        identifiers = sorted((str(i) for i in graph.objects(article, DCTERMS.identifier)),
                             key=lambda identifier: ("://" in identifier, identifier))  # a file name first
        key = _file_name(identifiers[0] if identifiers else str(article))
        found = predictions.setdefault(key, Predicted(key))
        derived = sorted(set(graph.subjects(PROV.wasDerivedFrom, article)), key=str)
        mentioned = {node for mention in derived if (mention, RDF.type, KG.Mention) in graph
                     for node in graph.objects(mention, KG.mentionOf)}
        found.actors += [actor(node) for node in sorted(set(derived) | mentioned, key=str)
                         if set(graph.objects(node, RDF.type)) & set(_TYPES)]
        for event in derived:
            kinds = set(graph.objects(event, RDF.type))
            if KG.Meeting in kinds:
                found.meetings.append(PredictedMeeting(
                    str(event), [actor(p) for p in sorted(graph.objects(event, KG.participant), key=str)],
                    text(event, KG.evidence), sorted(str(s) for s in graph.objects(event, KG.supportingEvidence))))
            if KG.Statement in kinds:
                found.statements.append(PredictedStatement(
                    str(event), first_actor(event, KG.speaker), text(event, KG.evidence), text(event, KG.quote)))
            if KG.MilitaryAction in kinds:
                action_type = text(event, KG.actionType)
                found.military_actions.append(PredictedAction(
                    str(event), first_actor(event, KG.actor),
                    re.split(r"[/#]", action_type)[-1].lower() if action_type else None, text(event, KG.evidence)))
    return predictions


def load_gold(folder: Path) -> dict[str, dict]:
    """The gold files of ``folder`` (``*.json``), keyed by the file name of their ``article``."""
    folder = Path(folder)
    paths = sorted(folder.glob("*.json"))
    if not paths:
        raise InputError(f"no gold files (*.json) in {folder}: point to a folder like gold/seeds")
    gold = {}
    for path in paths:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise InputError(f"gold file {path} is not readable JSON: {e}") from e
        if not isinstance(data, dict) or not isinstance(data.get("article"), str):
            raise InputError(f'gold file {path} has no "article" name; see gold/README.md for the format')
        gold[_file_name(data["article"])] = data
    return gold


# --- matching --------------------------------------------------------------------------------------

def _same_person(predicted: str, gold: str) -> bool:
    """Normalised full names with the same surname and first initial (the README's rule)."""
    mine, theirs = predicted.split(), gold.split()
    return len(mine) > 1 and len(theirs) > 1 and mine[-1] == theirs[-1] and mine[0][0] == theirs[0][0]


def actor_match(actor: PredictedActor, gold_actor: dict) -> int:
    """How well a predicted actor matches a gold one: 4 same ID, 3 label = name, 2 a form, 1 surname, 0 none."""
    qid = gold_actor.get("qid")
    if qid and actor.qids:
        return 4 if qid in actor.qids else 0
    name = normalise_name(gold_actor["name"])
    if normalise_name(actor.label) == name:
        return 3
    forms = {normalise_name(form) for form in actor.names} - {""}
    if forms & {name, *(normalise_name(m) for m in gold_actor.get("mentions", []))}:
        return 2
    if gold_actor.get("type") == "Person" and any(_same_person(form, name) for form in forms):
        return 1
    return 0


def _one_to_one(candidates: dict[tuple[int, int], tuple], last: frozenset[int] = frozenset()) -> dict[int, int]:
    """Predicted index -> gold index: greedy, best weight first, then augmented to a maximum matching. Predictions in
    ``last`` are matched only after all the others (augmenting never unmatches one), so that which maximum matching
    is found does not depend on the order of the predictions: those that hit an optional gold item are no error
    unmatched."""
    pred_to_gold: dict[int, int] = {}
    gold_to_pred: dict[int, int] = {}
    ranked = sorted(candidates, key=lambda pair: (tuple(-w for w in candidates[pair]), pair))
    for i, j in ranked:
        if i not in last and i not in pred_to_gold and j not in gold_to_pred:
            pred_to_gold[i], gold_to_pred[j] = j, i
    options: dict[int, list[int]] = defaultdict(list)
    for i, j in ranked:
        options[i].append(j)

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in gold_to_pred or augment(gold_to_pred[j], seen):
                    pred_to_gold[i], gold_to_pred[j] = j, i
                    return True
        return False

    for i in sorted(options, key=lambda i: (i in last, i)):
        if i not in pred_to_gold:
            augment(i, set())
    return pred_to_gold


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def to_json(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class ArticleReport:
    article: str
    counts: dict[str, Counts] = field(default_factory=dict)
    misses: dict[str, list[str]] = field(default_factory=dict)  # gold items not found, described
    false_positives: dict[str, list[str]] = field(default_factory=dict)  # predictions matching no gold item

    def to_json(self) -> dict:
        return {kind: {**self.counts[kind].to_json(), "misses": self.misses[kind],
                       "false_positives": self.false_positives[kind]} for kind in KINDS}


@dataclass
class Report:
    articles: dict[str, ArticleReport] = field(default_factory=dict)
    unscored: list[str] = field(default_factory=list)  # articles in the graph that have no gold file

    @property
    def totals(self) -> dict[str, Counts]:
        return {kind: sum((a.counts[kind] for a in self.articles.values()), Counts()) for kind in KINDS}

    def to_json(self) -> dict:
        """The report as JSON-ready data (``json.dumps(report.to_json())``)."""
        return {"totals": {kind: counts.to_json() for kind, counts in self.totals.items()},
                "articles": {name: article.to_json() for name, article in self.articles.items()},
                "unscored": self.unscored}


def _tally(report: ArticleReport, kind: str, predictions: list, gold_items: list[dict],
           weigh: Callable[[object, dict], tuple | None], describe: Callable[[object], str],
           describe_gold: Callable[[dict], str]) -> None:
    """Match one kind one to one, required gold first, and record counts, misses and false positives."""
    required = {j for j, item in enumerate(gold_items) if not item.get("optional")}
    candidates = {(i, j): weight for i, prediction in enumerate(predictions) for j, gold_item in enumerate(gold_items)
                  if (weight := weigh(prediction, gold_item)) is not None}
    optional_hits = frozenset(i for i, j in candidates if j not in required)
    matched = _one_to_one({pair: w for pair, w in candidates.items() if pair[1] in required}, optional_hits)
    errors = [i for i in range(len(predictions)) if i not in matched and i not in optional_hits]
    found = set(matched.values())
    report.counts[kind] = Counts(len(matched), len(errors), len(required) - len(found))
    report.misses[kind] = [describe_gold(gold_items[j]) for j in sorted(required - found)]
    report.false_positives[kind] = [describe(predictions[i]) for i in errors]


def _score_article(gold: dict, predicted: Predicted) -> ArticleReport:
    report = ArticleReport(gold["article"])
    gold_actors = [a for a in gold.get("actors", []) if a.get("type") in ACTOR_SCOPE]
    gold_places = [a for a in gold.get("actors", []) if a.get("type") == "Place"]
    by_name = {a["name"]: a for a in gold.get("actors", [])}

    def gold_actor(name: str) -> dict:
        return by_name.get(name) or {"name": name, "type": None, "qid": None, "mentions": []}

    def describe_gold_actor(a: dict) -> str:
        return f"{a['name']} ({a.get('type')}{', ' + a['qid'] if a.get('qid') else ''})"

    def weigh_actor(actor: PredictedActor, gold_item: dict) -> tuple | None:
        return (strength,) if (strength := actor_match(actor, gold_item)) else None

    actors = [a for a in predicted.actors if a.is_actor]
    places = [a for a in predicted.actors if "Place" in a.types and not a.is_actor]
    _tally(report, "actors", actors, gold_actors, weigh_actor, PredictedActor.describe, describe_gold_actor)
    _tally(report, "places", places, gold_places, weigh_actor, PredictedActor.describe, describe_gold_actor)
    _score_links(report, actors, gold_actors)

    def weigh_meeting(meeting: PredictedMeeting, gold_item: dict) -> tuple | None:
        participants = [gold_actor(name) for name in gold_item.get("participants", [])]
        pairs = {(i, j): (s,) for i, actor in enumerate(meeting.participants) for j, g in enumerate(participants)
                 if (s := actor_match(actor, g))}
        shared = len(_one_to_one(pairs))
        text = " ".join([meeting.evidence, *meeting.supporting])
        return (shared, _best_overlap(text, gold_item)) if shared >= 2 else None

    def weigh_statement(statement: PredictedStatement, gold_item: dict) -> tuple | None:
        speaker = statement.speaker and actor_match(statement.speaker, gold_actor(gold_item["speaker"]))
        ratio = _best_overlap(f"{statement.evidence} {statement.quote}", gold_item)
        return (ratio, speaker) if speaker and ratio >= 0.5 else None

    def weigh_action(action: PredictedAction, gold_item: dict) -> tuple | None:
        ratio = _best_overlap(action.evidence, gold_item)
        if ratio < 0.5:
            return None
        if gold_item.get("actor") is None:
            return (ratio, action.action_type == gold_item.get("kind"), 0)
        names = [gold_item["actor"], *gold_item.get("co_actors", [])]
        strength = max((actor_match(action.actor, gold_actor(n)) for n in names), default=0) if action.actor else 0
        return (ratio, action.action_type == gold_item.get("kind"), strength) if strength else None

    _tally(report, "meetings", predicted.meetings, gold.get("meetings", []), weigh_meeting,
           lambda m: f"{' + '.join(a.label for a in m.participants)}: {_short(m.evidence)}",
           lambda g: f"{' + '.join(g.get('participants', []))}: {_short(g.get('evidence') or '')}")
    _tally(report, "statements", predicted.statements, gold.get("statements", []), weigh_statement,
           lambda s: f"{s.speaker.label if s.speaker else '-'}: {_short(s.evidence or s.quote)}",
           lambda g: f"{g['speaker']}: {_short(g.get('evidence') or '')}")
    _tally(report, "military_actions", predicted.military_actions, gold.get("military_actions", []), weigh_action,
           lambda a: f"{a.actor.label if a.actor else '-'} {a.action_type or '?'}: {_short(a.evidence)}",
           lambda g: f"{g.get('actor') or '-'} {g.get('kind')}: {_short(g.get('evidence') or '')}")
    return report


def _score_links(report: ArticleReport, actors: list[PredictedActor], gold_actors: list[dict]) -> None:
    """Precision/recall of the set of Wikidata IDs on in-scope actors (see the module docstring)."""
    gold_links = {a["qid"]: a["name"] for a in gold_actors if a.get("qid") and not a.get("optional")}
    unchecked = [a for a in gold_actors if not a.get("qid") or a.get("optional")]
    predicted_links: dict[str, str] = {}
    unjudged: set[str] = set()
    for actor in actors:
        for qid in actor.qids:
            predicted_links.setdefault(qid, actor.label)
            if any(actor_match(actor, gold_actor) for gold_actor in unchecked):
                unjudged.add(qid)
    errors = sorted(set(predicted_links) - set(gold_links) - unjudged)
    missed = sorted(set(gold_links) - set(predicted_links))
    report.counts["wikidata"] = Counts(len(set(predicted_links) & set(gold_links)), len(errors), len(missed))
    report.misses["wikidata"] = [f"{qid} {gold_links[qid]}" for qid in missed]
    report.false_positives["wikidata"] = [f"{qid} {predicted_links[qid]}" for qid in errors]


def score(gold: dict[str, dict], predicted: dict[str, Predicted]) -> Report:
    """Score every gold article (an article absent from ``predicted`` scores as all misses)."""
    report = Report(unscored=sorted(set(predicted) - set(gold)))
    for name in sorted(gold):
        report.articles[name] = _score_article(gold[name], predicted.get(name) or Predicted(name))
    return report


def evaluate(graph: Graph, gold_folder: Path) -> Report:
    """``kg eval`` in one call: the graph (or Dataset) against the gold files of a folder."""
    return score(load_gold(gold_folder), predictions_from_graph(graph))


# --- output ----------------------------------------------------------------------------------------

def _table(rows: Iterable[tuple[str, Counts]], indent: str = "") -> list[str]:
    lines = [f"{indent}{'kind':<18}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"]
    for kind, c in rows:
        lines.append(f"{indent}{kind:<18}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}")
    return lines


def format_report(report: Report, verbose: bool = False) -> str:
    """An aligned plain-text table of the totals; ``verbose`` adds each article's misses and false positives."""
    lines = _table(report.totals.items())
    lines.append(f"({len(report.articles)} articles; 'places' is an extra line, not part of 'actors')")
    if report.unscored:
        lines.append(f"not scored (no gold file): {', '.join(report.unscored)}")
    if verbose:
        for name, article in report.articles.items():
            lines += ["", f"== {name}", *_table(((kind, article.counts[kind]) for kind in KINDS), indent="  ")]
            for kind in KINDS:
                lines += [f"  {kind} missed: {item}" for item in article.misses[kind]]
                lines += [f"  {kind} false positive: {item}" for item in article.false_positives[kind]]
    return "\n".join(lines)
