"""An article whose graph fails the shapes keeps the part that conforms (kg/conforming.py).

Checked on the broken variants of test_shapes.py's hand-written article (the kept part must conform
for pyshacl, the reference, and lose only what hung from the nodes the violations name), and end to
end: `kg build` with shapes that refuse every meeting stores the seed without its meetings, says so,
and keeps its statements; shapes that refuse the article node itself reject the article whole.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph

from kg.conforming import conforming_part
from kg.namespaces import KG
from kg.shacl import CompiledShapes
from kg.validate import load_shapes, validate
from test_shapes import ARTICLE, BROKEN, UPDATE_PREFIXES, article_graph

REPO = Path(__file__).resolve().parents[1]
EVENT = "https://w3id.org/newskg/id/event/"
SEED = "000_7098d567288dc831.txt"
REFUSE_MEETINGS = """
@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix kg: <https://w3id.org/newskg/ontology#> .
kg:NoMeetingShape a sh:NodeShape ; sh:targetClass kg:Meeting ;
    sh:property [ sh:path kg:neverStated ; sh:minCount 1 ; sh:message "test: no meeting passes" ] .
"""
REFUSE_ARTICLES = REFUSE_MEETINGS.replace("Meeting", "Article").replace("meeting", "article")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(str(REPO / "shapes"))


@pytest.fixture(scope="module")
def compiled(shapes) -> CompiledShapes:
    return CompiledShapes(shapes)


def triples_of(graph: Graph) -> list[tuple]:
    parsed = ox.parse(graph.serialize(format="nt"), format=ox.RdfFormat.N_TRIPLES)
    return [(t.subject, t.predicate, t.object) for t in parsed]


def graph_of(triples: list[tuple]) -> Graph:
    return Graph().parse(data="\n".join(f"{s} {p} {o} ." for s, p, o in triples), format="nt")


def subjects(triples: list[tuple]) -> set[str]:
    return {s.value for s, _, _ in triples}


@pytest.mark.parametrize(("update", "message"), BROKEN)
def test_a_broken_article_keeps_what_conforms(shapes, compiled, update, message):
    graph = article_graph()
    graph.update(UPDATE_PREFIXES + update)
    triples = triples_of(graph)
    report = compiled.validate_triples(triples)
    kept = conforming_part(triples, report, ARTICLE, compiled.validate_triples)
    if ARTICLE in {violation.focus for violation in report.violations}:
        assert kept is None
        return
    part, refused = kept
    assert validate(graph_of(part), shapes).conforms
    assert set(map(str, part)) <= set(map(str, triples))
    assert {t for t in triples if t[0].value == ARTICLE} <= set(part)
    assert message in {violation.message for violation in refused.violations}
    assert not {violation.focus for violation in report.violations} & subjects(part)


def test_a_meeting_with_one_participant_goes_and_the_other_events_stay(compiled):
    graph = article_graph()
    graph.update(UPDATE_PREFIXES + "DELETE DATA { event:meeting kg:participant actor:Q16186720 }")
    triples = triples_of(graph)
    part, _ = conforming_part(triples, compiled.validate_triples(triples), ARTICLE, compiled.validate_triples)
    kept = subjects(part)
    assert EVENT + "meeting" not in kept
    assert {EVENT + "statement", EVENT + "action"} <= kept
    assert len(part) < len(triples) - 3  # the meeting's own triples went, not one


def test_the_valid_article_is_not_touched(compiled):
    triples = triples_of(article_graph())
    assert compiled.validate_triples(triples).conforms  # the build calls conforming_part only on failure


def kg_build(store: Path, shapes: Path) -> subprocess.CompletedProcess:
    env = {name: value for name, value in os.environ.items() if not name.startswith("KG_")}
    env["KG_SHAPES"] = str(shapes)
    return subprocess.run([sys.executable, "-m", "kg.cli", "build", str(REPO / "seeds" / SEED), "--store", str(store)],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)


def shapes_with(extra: str, folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(REPO / "shapes" / "newskg-shapes.ttl", folder)
    (folder / "test-extra.ttl").write_text(extra)
    return folder


def stored_types(store: Path) -> list[str]:
    return [q.object.value for q in ox.Store.read_only(str(store))
            if q.predicate.value.endswith("#type") and not isinstance(q.graph_name, ox.DefaultGraph)]


def test_a_build_stores_an_article_without_the_facts_the_shapes_refuse(tmp_path):
    assert kg_build(tmp_path / "whole", REPO / "shapes").returncode == 0
    whole = stored_types(tmp_path / "whole")
    result = kg_build(tmp_path / "store", shapes_with(REFUSE_MEETINGS, tmp_path / "shapes"))
    assert result.returncode == 0, result.stderr
    assert "built 1 article(s), 0 unchanged, 0 rejected, 0 unreadable" in result.stdout
    assert "1 article(s) stored without the node(s) the shapes refused" in result.stdout
    assert re.search(rf"trimmed: \S*{SEED}: stored without \d+ node\(s\) that failed the shapes", result.stderr)
    assert "test: no meeting passes" in result.stderr
    types = stored_types(tmp_path / "store")
    assert str(KG.Meeting) in whole and str(KG.Meeting) not in types
    for kind in (KG.Statement, KG.MilitaryAction, KG.Actor):
        assert types.count(str(kind)) == whole.count(str(kind)) > 0, kind


def test_a_build_rejects_an_article_whose_own_node_the_shapes_refuse(tmp_path):
    result = kg_build(tmp_path / "store", shapes_with(REFUSE_ARTICLES, tmp_path / "shapes"))
    assert result.returncode == 1
    assert "built 0 article(s), 0 unchanged, 1 rejected, 0 unreadable" in result.stdout
    assert "test: no article passes" in result.stderr
    assert str(KG.Article) not in stored_types(tmp_path / "store")
