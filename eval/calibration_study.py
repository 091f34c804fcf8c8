#!/usr/bin/env python3
"""Does a confidence learned from features of each extracted fact transfer to sets it was not fit on?

Today every meeting, statement and military action carries a hand-set confidence (a few values per rule
path) and the graph keeps those >= min_confidence (0.5). This study asks whether a per-fact confidence,
learned by logistic regression from features known at extraction time, raises F1 on an eval set left
out of the fit. Two steps, so that the slow one (spaCy) runs once:

    nice -n 10 .venv/bin/python eval/calibration_study.py collect heldout-k   # one set -> /tmp/cal/heldout-k.pkl
    nice -n 10 .venv/bin/python eval/calibration_study.py study               # leave-one-set-out table

``collect`` extracts a set in-process with min_confidence 0 (every fact is seen, also those below today's
threshold), writes each article's graph and reads it back with :func:`kg.evaluate.predictions_from_graph`,
exactly as ``kg eval`` does, and keeps, per event: today's confidence, its features (:func:`features`) and
its label. The label is the scorer's own verdict on the fact alone: the article scored with that single
prediction (:func:`kg.evaluate.score`) gives a true positive (correct), a false positive (wrong) or neither
(it matches an optional gold item: left out of the fit). No second matcher is written.

``study`` leaves each set out in turn: it fits on the other twelve, picks the threshold that maximises the
twelve sets' pooled F1 (scored by :func:`kg.evaluate.score` on the facts kept), and scores the left-out set
with today's confidences at 0.5 and with the learned ones at that threshold. A third column keeps today's
confidences but picks their threshold on the twelve the same way, so that a gain of the model is not
mistaken for a gain of a better threshold; an "oracle filter" column drops exactly the facts the scorer calls
wrong, the most any confidence could give. GO for a kind when the mean gain is >= .015 and no set loses
more than .01.

Findings (2026-12-01, thirteen sets, 145 articles): NO-GO for all three kinds.

* meetings: mean gain -.005 (worst -.018). No meeting scores below .6 today, and only 11 of 516 are wrong,
  so a confidence can only filter, and the wrong ones share no feature value (the least often right is
  right 85% of the time). What the kind lacks is recall, which no threshold gives back.
* statements: mean gain -.005 (worst -.032). None scores below .6 today; 102 of 1,856 are wrong, spread
  thinly (the weakest value with support, no tensed speech verb, is still right 62% of the time).
* military actions: mean gain -.009 (worst -.039). Today's .4 (no agent, not reported as an event)
  already holds 131 of the 218 wrong facts against 5 right ones; every group kept today is right at least
  57% of the time, above the ~F1/2 below which dropping a group raises F1. Pairs of values below that
  (no agent and a sentence root: 2 right, 8 wrong) are too rare to fit across sets.
* Variants, same verdict: L2 0.3 / 1 / 10 (at 10 military gains on heldout-k +.025 and heldout-l +.014,
  loses .022 on heldout: mean +.001); every feature crossed with today's rule path (``--crosses``): worse.
  Re-tuning today's own threshold on the twelve changes nothing (meetings and statements: 0.05; military:
  0.45, the same facts as 0.5).
"""
from __future__ import annotations

import argparse
import pickle
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from kg.evaluate import Counts, Predicted, load_gold, score  # noqa: E402

KINDS = ("meetings", "statements", "military_actions")
CACHE = Path("/tmp/cal")
TODAY = 0.5  # kg/config.py min_confidence
GO_GAIN, GO_WORST = 0.015, -0.01
HEDGES = frozenset({"would", "could", "may", "might", "can", "should", "will", "shall", "must"})
PLANNING = frozenset({"plan", "expect", "schedule", "intend", "propose", "aim", "prepare", "hope", "want", "seek"})
REPORTING = frozenset({"report", "claim", "allege", "accuse", "say", "according", "reportedly", "deny"})


def set_folders(name: str) -> tuple[Path, Path]:
    """(articles, gold) of a set, named as eval/score_sets.py names them."""
    if name == "seeds":
        return REPO / "seeds", REPO / "eval" / "seeds-gold"
    return REPO / "eval" / name / "articles", REPO / "eval" / name / "gold"


def all_sets() -> list[str]:
    return ["seeds"] + sorted(p.name for p in (REPO / "eval").glob("heldout*") if (p / "gold").is_dir())


# --- features ----------------------------------------------------------------------------------------

def _bucket(value: float, edges: tuple[float, ...]) -> str:
    """The interval a number falls in, as a category (a few categories generalise; raw counts would not).

    >>> _bucket(4, (1, 3, 6)), _bucket(0, (1, 3, 6)), _bucket(9, (1, 3, 6))
    ('<6', '<1', '>=6')
    """
    return next((f"<{edge:g}" for edge in edges if value < edge), f">={edges[-1]:g}")


def _verb_of(token):
    """The verb a noun trigger hangs on ("launched an attack" -> launched), else the token."""
    if token.pos_ == "NOUN" and token.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj"):
        return token.head if token.dep_ != "pobj" else token.head.head
    return token


def _inside_quotes(sentence_text: str, offset: int) -> bool:
    """An odd number of quotation marks before ``offset`` of the sentence: inside a quotation."""
    before = sentence_text[:max(offset, 0)]
    return (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def trigger_features(token, sentence) -> dict[str, object]:
    """What the trigger word tells: its lemma and use, the tense and modality of its verb, negation, hedging."""
    verb = _verb_of(token)
    lefts = {c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")}
    tense = verb.morph.get("Tense") or ["none"]
    return {
        "lemma": token.lemma_.lower(), "pos": token.pos_, "dep": token.dep_,
        "tense": tense[0] + ("+have" if "have" in lefts or "has" in lefts or "had" in lefts else ""),
        "modal": bool(lefts & HEDGES), "passive": any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children),
        "negated": any(c.dep_ == "neg" for t in (token, verb) for c in t.children),
        "planned_head": verb.head.lemma_.lower() in PLANNING or verb.lemma_.lower() in PLANNING,
        "reported_head": verb.head.lemma_.lower() in REPORTING,
        "in_quote": _inside_quotes(sentence.evidence.sentence, token.idx - (sentence.span.start_char)),
        "headline": "\n" in sentence.span.text,
    }


def sentence_features(sentence, count: int) -> dict[str, object]:
    """Where the sentence stands in the article, and how it is written."""
    text = sentence.evidence.sentence
    return {
        "position": _bucket(sentence.index, (1, 3, 6, 12, 25)),
        "relative": _bucket(sentence.index / max(count, 1), (0.2, 0.5, 0.8)),
        "opens_paragraph": sentence.opens_paragraph,
        "length": _bucket(len(sentence.span), (12, 25, 40, 60)),
        "quoted_sentence": any(mark in text for mark in '"“”'),
        "question": text.rstrip().endswith("?"),
        "sentence_negation": any(t.dep_ == "neg" for t in sentence.span),
        "sentence_hedge": any(t.lower_ in HEDGES for t in sentence.span),
        "reported": any(t.lemma_.lower() in REPORTING for t in sentence.span),
    }


def _sentence_at(sentences, evidence):
    return next(s for s in sentences if s.evidence.start <= evidence.start < s.evidence.end)


def _token_at(sentence, offset: int):
    return next((t for t in sentence.span if sentence.base + t.idx == offset), None)


def meeting_features(meeting, sentence, extraction) -> dict[str, object]:
    from kg.extract.meeting_kinds import main_trigger
    main = main_trigger(sentence)
    trigger = trigger_features(main[0], sentence) if main else {"lemma": "none"}
    same = sum(1 for m in extraction.meetings if set(m.participants) == set(meeting.participants))
    kinds = {extraction.actor(k).kind for k in meeting.participants}
    return {"conf": f"{meeting.confidence:g}", "kind": meeting.kind, "status": meeting.status,
            "parties": _bucket(len(meeting.participants), (3, 4, 6)), "place": meeting.place is not None,
            "date": meeting.date is not None, "also": bool(meeting.also), "party_kinds": "+".join(sorted(kinds)),
            "reports": _bucket(same, (2, 3, 5)), **{"t_" + k: v for k, v in trigger.items()}}


def statement_features(statement, sentence, extraction) -> dict[str, object]:
    from kg.extract.statements import _is_speech  # the reader's own test of a speech verb
    speaker = extraction.actor(statement.speaker)
    verbs = [t for t in sentence.span if _is_speech(t)]
    trigger = trigger_features(verbs[0], sentence) if verbs else {"lemma": "none"}
    named = any(m.evidence.start == sentence.evidence.start for m in speaker.mentions)
    same = sum(1 for s in extraction.statements if s.speaker == statement.speaker)
    return {"conf": f"{statement.confidence:g}", "direct": statement.direct, "source": statement.source is not None,
            "speaker_kind": speaker.kind, "speaker_named_here": named, "media_speaker": speaker.is_media,
            "about": _bucket(len(statement.about), (1, 2, 4)), "date": statement.date is not None,
            "quote_length": _bucket(len(statement.quote.split()), (5, 12, 25, 40)),
            "speech_verbs": _bucket(len(verbs), (1, 2, 3)), "speaker_statements": _bucket(same, (2, 4, 8)),
            **{"t_" + k: v for k, v in trigger.items()}}


def action_features(action, sentence, extraction) -> dict[str, object]:
    token = _token_at(sentence, action.trigger_start) if action.trigger_start is not None else None
    trigger = trigger_features(token, sentence) if token is not None else {"lemma": "none"}
    actor = extraction.actor(action.actor) if action.actor else None
    same = sum(1 for a in extraction.military_actions if a.kind == action.kind and a.actor == action.actor)
    in_sentence = sum(1 for a in extraction.military_actions if a.evidence.start == action.evidence.start)
    return {"conf": f"{action.confidence:g}", "kind": action.kind, "status": action.status,
            "actor_kind": actor.kind if actor else "none", "place": action.place is not None,
            "place_text": action.place_text is not None, "quantities": bool(action.quantities),
            "date": action.date is not None, "reports": _bucket(same, (2, 3, 5)),
            "in_sentence": _bucket(in_sentence, (2, 3)), **{"t_" + k: v for k, v in trigger.items()}}


READERS = {"meetings": meeting_features, "statements": statement_features, "military_actions": action_features}


# --- collect: one set's facts, features and labels --------------------------------------------------

@dataclass
class Fact:
    kind: str
    article: str
    index: int  # position in the article's Predicted list of its kind
    today: float
    features: dict[str, object]
    label: int | None  # 1 correct, 0 wrong, None: matches an optional gold item only


@dataclass
class Collected:
    name: str
    gold: dict[str, dict]
    predicted: dict[str, Predicted]
    facts: list[Fact] = field(default_factory=list)


def _event_records(extraction, base: str) -> dict[str, tuple[str, object]]:
    """Event IRI -> (kind, record), minted as kg.graph mints them (meetings by sorted participants, statements
    by speaker, actions by kind, actor and trigger offset)."""
    from kg.graph import article_iri, event_iri
    article = article_iri(base, extraction.article)
    records = {}
    for m in extraction.meetings:
        records[str(event_iri(base, article, "meeting", m.evidence, *sorted(m.participants)))] = ("meetings", m)
    for s in extraction.statements:
        records[str(event_iri(base, article, "statement", s.evidence, s.speaker))] = ("statements", s)
    for a in extraction.military_actions:
        key = (a.kind, a.actor) + ((a.trigger_start,) if a.trigger_start is not None else ())
        records[str(event_iri(base, article, "action", a.evidence, *key))] = ("military_actions", a)
    return records


def _label(gold: dict, predicted: Predicted, kind: str, item) -> int | None:
    """The scorer's verdict on one prediction alone: 1 a match, 0 an error, None an optional item's match."""
    alone = Predicted(predicted.article, **{kind: [item]})
    counts = score({predicted.article: gold}, {predicted.article: alone}).totals[kind]
    return 1 if counts.tp else 0 if counts.fp else None


def _facts(prediction: Predicted, gold: dict | None, extraction, sentences, base: str) -> list[Fact]:
    """Each event the graph holds, as the scorer reads it, with its record's features and its label."""
    records = _event_records(extraction, base)
    facts = []
    for kind in KINDS:
        for index, item in enumerate(getattr(prediction, kind)):
            record_kind, record = records[item.iri]
            assert record_kind == kind
            sentence = _sentence_at(sentences, record.evidence)
            features = {**READERS[kind](record, sentence, extraction), **sentence_features(sentence, len(sentences))}
            label = _label(gold, prediction, kind, item) if gold else None
            facts.append(Fact(kind, prediction.article, index, record.confidence, features, label))
    return facts


def collect(name: str) -> Collected:
    """Extract one set with min_confidence 0 and keep what the study needs (see the module docstring)."""
    from kg.build import Extractor
    from kg.config import load
    from kg.evaluate import predictions_from_graph
    from kg.extract import extract, parse
    from kg.extract.sentences import split
    from kg.graph import to_graph
    from kg.ingest import read_articles
    articles_folder, gold_folder = set_folders(name)
    config = load(min_confidence=0)
    extractor = Extractor(config)
    gold = load_gold(gold_folder)
    found = Collected(name, gold, {})
    for article in read_articles(articles_folder):
        parsed = parse([article], extractor.nlp)[0]
        sentences = split(article, extractor.nlp, parsed)
        extraction = extract(article, extractor.nlp, extractor.gazetteer, 0.0, parsed)
        (key, prediction), = predictions_from_graph(to_graph(extraction, config.base_iri)).items()
        found.predicted[key] = prediction
        found.facts += _facts(prediction, gold.get(key), extraction, sentences, config.base_iri)
    return found


def save(collected: Collected) -> None:
    """Plain data in the pickle (no class of this script, which runs as __main__)."""
    data = {**vars(collected), "facts": [vars(f) for f in collected.facts]}
    (CACHE / f"{collected.name}.pkl").write_bytes(pickle.dumps(data))


def restore(name: str) -> Collected:
    data = pickle.loads((CACHE / f"{name}.pkl").read_bytes())
    return Collected(**{**data, "facts": [Fact(**f) for f in data["facts"]]})


# --- model: L2 logistic regression on one-hot features ----------------------------------------------

@dataclass
class Model:
    columns: dict[str, int]  # "feature=value" -> column
    weights: np.ndarray
    bias: float
    crossed: bool = False

    def probability(self, features: dict[str, object]) -> float:
        active = [self.columns[c] for c in _cells(features, self.crossed) if c in self.columns]
        z = self.bias + self.weights[active].sum()
        return float(1 / (1 + np.exp(-z)))


def _cells(features: dict[str, object], crossed: bool = False) -> list[str]:
    """The one-hot columns a fact switches on; ``crossed``: also each feature within today's rule path (its
    confidence), for the interactions one logistic regression cannot see ("no agent" and "sentence root")."""
    cells = [f"{name}={value}" for name, value in sorted(features.items())]
    if crossed:
        cells += [f"conf={features['conf']}&{cell}" for cell in cells if not cell.startswith("conf=")]
    return cells


def fit(facts: list[Fact], l2: float = 1.0, crossed: bool = False, min_count: int = 3) -> Model:
    """Logistic regression on the labelled facts. Values seen fewer than ``min_count`` times get no column of
    their own: a word of one article must not become a feature."""
    labelled = [f for f in facts if f.label is not None]
    seen = Counter(cell for f in labelled for cell in _cells(f.features, crossed))
    columns = {cell: i for i, cell in enumerate(sorted(c for c, n in seen.items() if n >= min_count))}
    x = np.zeros((len(labelled), len(columns) + 1))
    x[:, -1] = 1.0  # the bias
    for row, f in enumerate(labelled):
        x[row, [columns[cell] for cell in _cells(f.features, crossed) if cell in columns]] = 1.0
    w = _newton(x, np.array([f.label for f in labelled], dtype=float), l2)
    return Model(columns, w[:-1], float(w[-1]), crossed)


def _newton(x: np.ndarray, y: np.ndarray, l2: float) -> np.ndarray:
    """Weights minimising the log loss plus ``l2``/2 times their squares (the bias unpenalised): Newton's
    method, exact and fast for a few hundred columns, and no dependency beyond numpy."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 1e-6
    for _ in range(50):
        p = 1 / (1 + np.exp(-x @ w))
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty)
        step = np.linalg.solve(hessian, x.T @ (p - y) + penalty * w)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


# --- scoring at a threshold ---------------------------------------------------------------------------

_SCORED: dict[tuple, Counts] = {}


def _article_counts(collected: Collected, key: str, kind: str, indices: tuple[int, ...]) -> Counts:
    """One article's counts for ``kind`` with only the predictions at ``indices`` (memoised: thresholds repeat
    subsets). Actors and other kinds are left out: an event's match reads its own participants."""
    memo = (collected.name, key, kind, indices)
    if memo not in _SCORED:
        prediction = collected.predicted.get(key) or Predicted(key)
        items = getattr(prediction, kind)
        alone = Predicted(key, **{kind: [items[i] for i in indices]})
        _SCORED[memo] = score({key: collected.gold[key]}, {key: alone}).totals[kind]
    return _SCORED[memo]


def counts(collected: Collected, kind: str, confidence: dict, threshold: float) -> Counts:
    """The set's counts for ``kind`` when only facts whose confidence reaches ``threshold`` are kept."""
    total = Counts()
    for key in collected.gold:
        size = len(getattr(collected.predicted[key], kind)) if key in collected.predicted else 0
        indices = tuple(i for i in range(size) if confidence[(key, i)] >= threshold)
        total = total + _article_counts(collected, key, kind, indices)
    return total


def confidences(collected: Collected, kind: str, model: Model | None) -> dict[tuple[str, int], float]:
    return {(f.article, f.index): (model.probability(f.features) if model else f.today)
            for f in collected.facts if f.kind == kind}


GRID = tuple(round(t, 2) for t in np.arange(0.05, 0.96, 0.05))


def best_threshold(sets: list[Collected], kind: str, model: Model | None) -> float:
    """The threshold that maximises the pooled F1 of ``sets`` (ties: the lower one)."""
    table = [(c, confidences(c, kind, model)) for c in sets]

    def pooled(threshold: float) -> float:
        total = None
        for c, conf in table:
            part = counts(c, kind, conf, threshold)
            total = part if total is None else total + part
        return total.f1

    return max(GRID, key=lambda t: (round(pooled(t), 6), -t))


def study(names: list[str], l2: float, crossed: bool = False) -> dict[str, dict[str, tuple]]:
    sets = {name: restore(name) for name in names}
    rows: dict[str, dict[str, tuple]] = {kind: {} for kind in KINDS}
    for kind in KINDS:
        for name, held_out in sets.items():
            train = [c for n, c in sets.items() if n != name]
            model = fit([f for c in train for f in c.facts if f.kind == kind], l2, crossed)
            learned_t = best_threshold(train, kind, model)
            today_t = best_threshold(train, kind, None)
            today = counts(held_out, kind, confidences(held_out, kind, None), TODAY)
            retuned = counts(held_out, kind, confidences(held_out, kind, None), today_t)
            learned = counts(held_out, kind, confidences(held_out, kind, model), learned_t)
            oracle = counts(held_out, kind, {(f.article, f.index): float(f.label != 0)
                                             for f in held_out.facts if f.kind == kind}, TODAY)
            rows[kind][name] = (today, retuned, today_t, learned, learned_t, oracle)
    return rows


def report(rows: dict[str, dict[str, tuple]]) -> str:
    lines = []
    for kind, by_set in rows.items():
        lines += ["", f"## {kind}", "| set | today F1 (P/R) @.5 | today, threshold fit on 12 | learned F1 (P/R) @t "
                  "| gain | oracle filter |", "|---|---|---|---|---|---|"]
        gains = []
        for name, (today, retuned, today_t, learned, learned_t, oracle) in by_set.items():
            gain = learned.f1 - today.f1
            gains.append(gain)
            lines.append(f"| {name} | {today.f1:.3f} ({today.precision:.2f}/{today.recall:.2f}) | "
                         f"{retuned.f1:.3f} @{today_t:g} | {learned.f1:.3f} ({learned.precision:.2f}/"
                         f"{learned.recall:.2f}) @{learned_t:g} | {gain:+.3f} | {oracle.f1:.3f} |")
        mean, worst = float(np.mean(gains)), min(gains)
        verdict = "GO" if mean >= GO_GAIN and worst >= GO_WORST else "NO-GO"
        lines.append(f"mean gain {mean:+.4f}, worst set {worst:+.3f}: {verdict}")
    return "\n".join(lines)


def weakest_cells(names: list[str], kind: str, top: int = 8, support: int = 8) -> str:
    """The feature values whose facts, among those kept today, are most often wrong (pooled over ``names``).
    Dropping a group of facts raises F1 only when fewer than about F1/2 of them are right: a group this
    table does not show cannot be filtered profitably, whatever model scores it."""
    tally: dict[str, Counter] = {}
    for name in names:
        for f in restore(name).facts:
            if f.kind == kind and f.label is not None and f.today >= TODAY:
                for cell in _cells(f.features):
                    tally.setdefault(cell, Counter())[f.label] += 1
    rows = sorted(((c[1] / (c[0] + c[1]), c[1], c[0], cell) for cell, c in tally.items() if c[0] + c[1] >= support))
    return "\n".join(f"  right {share:.2f} ({right} right, {wrong} wrong) {cell}" for share, right, wrong, cell in rows[:top])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("collect", help="extract one set and store its facts, features and labels")
    one.add_argument("set")
    every = sub.add_parser("study", help="leave-one-set-out table from the collected sets")
    every.add_argument("--l2", type=float, default=1.0, help="L2 penalty of the logistic regression")
    every.add_argument("--crosses", action="store_true", help="also each feature crossed with today's confidence")
    args = parser.parse_args()
    if args.command == "collect":
        CACHE.mkdir(parents=True, exist_ok=True)
        save(collect(args.set))
    else:
        print(report(study(all_sets(), args.l2, args.crosses)))
        for kind in KINDS:
            print(f"\n{kind}: feature values least often right among facts kept today\n"
                  + weakest_cells(all_sets(), kind))


if __name__ == "__main__":
    main()
