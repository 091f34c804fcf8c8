"""The competency questions in queries/ answer correctly on the seeds graph."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(store, name: str) -> list[dict[str, str]]:
    text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
    rows = store.oxigraph.query(text, use_default_graph_as_union=True)
    names = [v.value for v in rows.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in rows]


def pairs(rows) -> set[frozenset[str]]:
    return {frozenset((r["participant1"], r["participant2"])) for r in rows}


def test_who_met_whom(seeds_store):
    rows = run(seeds_store, "who-met-whom")
    met = pairs(rows)
    assert frozenset(("Nikolai Patrushev", "Ajit Doval")) in met
    assert frozenset(("Emomali Rahmon", "Vladimir Putin")) in met
    assert frozenset(("Emomali Rahmon", "Ashraf Ghani")) in met
    delhi = [r for r in rows if {r["participant1"], r["participant2"]} == {"Nikolai Patrushev", "Ajit Doval"}]
    assert delhi[0].get("place") == "New Delhi"
    calls = [r for r in rows if {r["participant1"], r["participant2"]} == {"Emomali Rahmon", "Ashraf Ghani"}]
    assert calls[0].get("date") == "2021-07-05" and calls[0].get("meetingType") == "PhoneCall"
    summit = {p for r in rows if r.get("place") == "Dushanbe" for p in (r["participant1"], r["participant2"])}
    assert {"Vladimir Putin", "Nikol Pashinyan", "Alexander Lukashenko", "Sadyr Japarov"} <= summit


def test_what_did_lavrov_say_about_afghanistan(seeds_store):
    evidence = " ".join(r["evidence"] for r in run(seeds_store, "what-did-lavrov-say-about-afghanistan"))
    assert "ISIS is gaining ground in northern Afghanistan" in evidence
    assert "Jaishankar said" not in evidence


def test_military_actions_near_the_tajik_afghan_border(seeds_store):
    rows = run(seeds_store, "military-actions-near-tajik-afghan-border")
    found = {(r.get("actor"), r.get("actionType")) for r in rows}
    assert ("Tajikistan", "Mobilisation") in found
    assert any(kind == "Exercise" for _, kind in found)


def test_statements_by_speaker(seeds_store):
    counts = {r["speaker"]: int(r["statements"]) for r in run(seeds_store, "statements-by-speaker")}
    assert counts["S. Jaishankar"] >= 8
    assert "Reuters" not in counts and "Hindustan Times" not in counts


def test_actors_linked_to_wikidata(seeds_store):
    links = {r["wikidata"] for r in run(seeds_store, "actors-linked-to-wikidata")}
    assert "http://www.wikidata.org/entity/Q58217" in links
    assert all(link.startswith("http://www.wikidata.org/entity/Q") for link in links)


def test_articles(seeds_store):
    rows = run(seeds_store, "articles")
    assert len(rows) == 5
    assert any(r.get("date") == "2021-07-06" for r in rows)


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "queries").glob("*.rq")))
def test_every_query_answers(seeds_store, name):
    assert run(seeds_store, name), f"{name} returns no rows on the seeds graph"
