#!/usr/bin/env python3
"""Consistency check of the held-out gold files (does not use the newskg system).

Checks, per article: every mention, evidence, also_in and ignored_boilerplate string occurs verbatim
in the article text; every name used in an event is an actors[].name; kinds, types, statuses and dates are
well formed; every QID is listed in ../shared/wikidata/qids.tsv. Prints counts. Exit status 1 on errors.

    python3 eval/heldout/check_gold.py [SET]   # SET: a folder with articles/ and gold/ (default: eval/heldout)
"""
import csv
import datetime
import json
import pathlib
import re
import sys

QIDS = pathlib.Path(__file__).resolve().parents[3] / "shared" / "wikidata" / "qids.tsv"
HERE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent).resolve()
TYPES = {"Person", "Organisation", "Country", "Place"}
KINDS = {"mobilisation", "exercise", "capture", "deployment", "attack", "withdrawal", "other"}


def load_qids():
    with open(QIDS, encoding="utf-8") as f:
        return {row["qid"]: row for row in csv.DictReader(f, delimiter="\t")}


def is_date(s):
    try:
        datetime.date.fromisoformat(s)
        return True
    except (TypeError, ValueError):
        return False


def sentence_bounded(text, ev):
    """Warn when an evidence string starts or ends in the middle of a sentence."""
    i = text.find(ev)
    before = text[:i].rstrip(" ")
    after = text[i + len(ev):]
    ok_start = i == 0 or before.endswith(("\n", ".", "!", "?", "\u201d", '"', ":", "-")) or before == ""
    ok_end = after == "" or after[0] in "\n" or (after[0] == " " and ev.rstrip()[-1] in ".!?\"\u201d)")
    return ok_start and ok_end


def check(gold_path, qids, totals):
    errors, warnings = [], []
    g = json.loads(gold_path.read_text(encoding="utf-8"))
    art = HERE / "articles" / g["article"]
    if g["article"][:-4] != gold_path.stem:
        errors.append(f"article name {g['article']} does not match {gold_path.name}")
    if not art.exists():
        return [f"missing article {art}"], warnings
    text = art.read_text(encoding="utf-8")
    furniture = g.get("ignored_boilerplate", [])
    body = text
    for b in furniture:
        if b not in text:
            errors.append(f"boilerplate not in text: {b!r}")
        body = body.replace(b, " ")
    words = len(body.split())
    if not 400 <= words <= 900:
        warnings.append(f"body has {words} words")
    if g.get("published") is not None and not is_date(g["published"]):
        errors.append(f"bad published date {g['published']!r}")

    names = set()
    for a in g["actors"]:
        if a["name"] in names:
            errors.append(f"duplicate actor {a['name']}")
        names.add(a["name"])
        if a["type"] not in TYPES:
            errors.append(f"bad type {a['type']} for {a['name']}")
        if a["qid"] is not None:
            if a["qid"] not in qids:
                errors.append(f"QID {a['qid']} of {a['name']} not in qids.tsv")
            else:
                row = qids[a["qid"]]
                labels = [row["label"]] + [x for x in row["aliases"].split("|") if x]
                if a["name"] not in labels and not any(m in labels for m in a["mentions"]):
                    warnings.append(f"{a['name']} -> {a['qid']} ({row['label']}): no label match")
        if not a["mentions"]:
            errors.append(f"no mentions for {a['name']}")
        for m in a["mentions"]:
            if m not in body:
                errors.append(f"mention {m!r} of {a['name']} not in body")
    used = set()

    def ev(kind, s):
        if s not in text:
            errors.append(f"{kind} evidence not in text: {s!r}")
        elif s not in body:
            errors.append(f"{kind} evidence only in boilerplate: {s!r}")
        elif not sentence_bounded(text, s):
            warnings.append(f"{kind} evidence not sentence-bounded: {s[:70]!r}")

    def name(kind, n):
        used.add(n)
        if n not in names:
            errors.append(f"{kind}: {n!r} is not an actors[].name")

    for m in g["meetings"]:
        if len(m["participants"]) < 2:
            errors.append(f"meeting with <2 participants: {m['evidence'][:60]!r}")
        for p in m["participants"]:
            name("meeting", p)
        if m.get("date") is not None and not is_date(m["date"]):
            errors.append(f"bad meeting date {m['date']!r}")
        if m.get("status", "held") not in ("held", "planned"):
            errors.append(f"bad meeting status {m['status']!r}")
        ev("meeting", m["evidence"])
        for s in m.get("also_in", []):
            ev("meeting also_in", s)
    for s in g["statements"]:
        name("statement", s["speaker"])
        ev("statement", s["evidence"])
        for x in s.get("also_in", []):
            ev("statement also_in", x)
    for x in g["military_actions"]:
        if x["actor"] is not None:
            name("military action", x["actor"])
        for c in x.get("co_actors", []):
            name("military action co_actor", c)
        if x["kind"] not in KINDS:
            errors.append(f"bad kind {x['kind']!r}")
        ev("military action", x["evidence"])
        for s in x.get("also_in", []):
            ev("military action also_in", s)

    for key, kind in (("actors", "actors"), ("meetings", "meetings"), ("statements", "statements"),
                      ("military_actions", "military_actions")):
        items = g[key]
        totals[kind][0] += len(items)
        totals[kind][1] += sum(1 for i in items if i.get("optional"))
    totals["words"][0] += words
    totals["articles"][0] += 1
    print(f"{gold_path.name}: {words} words, {len(g['actors'])} actors, {len(g['meetings'])} meetings, "
          f"{len(g['statements'])} statements, {len(g['military_actions'])} military actions")
    return errors, warnings


def main():
    qids = load_qids()
    totals = {k: [0, 0] for k in ("articles", "words", "actors", "meetings", "statements", "military_actions")}
    bad = False
    for p in sorted((HERE / "gold").glob("*.json")):
        errors, warnings = check(p, qids, totals)
        for e in errors:
            print("  ERROR", e)
        for w in warnings:
            print("  warning", w)
        bad = bad or bool(errors)
    print("total:", ", ".join(f"{k} {v[0]}" + (f" ({v[1]} optional)" if k not in ("articles", "words") else "")
                              for k, v in totals.items()))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
