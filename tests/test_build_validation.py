"""The build's compiled SHACL checks (kg/shacl.py) give pyshacl's report, result for result.

pyshacl is the reference: the same shapes file, the same graphs, and the reports must agree on
conformance and on every result's focus node, path, message, severity and value (as multisets).
The graphs are the seeds' article graphs, the hand-written valid article of test_shapes.py, and
each of its broken variants.
"""
from __future__ import annotations

from collections import Counter

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.config import load
from kg.shacl import CompiledShapes, Unsupported, compile_shapes
from kg.store import to_rdflib
from kg.validate import Report, load_shapes, validate
from test_shapes import BROKEN, UPDATE_PREFIXES, article_graph


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(load().shapes)


@pytest.fixture(scope="module")
def compiled(shapes) -> CompiledShapes:
    return CompiledShapes(shapes)


def results(report: Report) -> tuple[bool, Counter]:
    return report.conforms, Counter((v.focus, v.path, v.message, v.severity, v.value) for v in report.violations)


def test_the_valid_article_conforms_for_both(shapes, compiled):
    graph = article_graph()
    assert results(compiled.validate(graph)) == results(validate(graph, shapes)) == (True, Counter())


@pytest.mark.parametrize(("update", "message"), BROKEN)
def test_each_broken_article_gets_the_same_report(shapes, compiled, update, message):
    graph = article_graph()
    graph.update(UPDATE_PREFIXES + update)
    mine = compiled.validate(graph, graph.serialize(format="nt"))
    assert not mine.conforms
    assert message in {violation.message for violation in mine.violations}
    assert results(mine) == results(validate(graph, shapes))


def test_the_seed_article_graphs_get_the_same_report(shapes, compiled, seeds_store):
    for iri in seeds_store.articles():
        graph = Graph()
        for quad in seeds_store.article_quads(iri):
            graph.add(to_rdflib(quad.subject, quad.predicate, quad.object))
        assert results(compiled.validate(graph)) == results(validate(graph, shapes)), iri


def test_shapes_beyond_the_compiled_subset_fall_back_to_pyshacl(shapes):
    extended = Graph()
    for triple in shapes:
        extended.add(triple)
    extended.add((URIRef("https://example.org/shape"), SH.targetNode, URIRef("https://example.org/x")))
    extended.add((URIRef("https://example.org/shape"), SH.minLength, Literal(3)))
    with pytest.raises(Unsupported):
        CompiledShapes(extended)
    assert compile_shapes(extended) is None
    assert compile_shapes(shapes) is not None


def test_two_records_of_one_actor_iri_give_one_label(compiled):
    """A transcript's "ISHAQ DAR:" beside "Ishaq Dar" made two records with one IRI and two labels, and the
    whole article was rejected; the second record's label is an alternative label instead."""
    from kg.graph import to_triples
    from kg.records import Actor, Article, Extraction

    article = Article(identity="a.txt", text="ISHAQ DAR: Ishaq Dar spoke.", checksum="0" * 64, language="en")
    extraction = Extraction(article, actors=[Actor("a1", "Ishaq Dar", "Organisation"),
                                             Actor("a2", "ISHAQ DAR", "Organisation")])
    triples = to_triples(extraction, "https://w3id.org/newskg/")
    labels = {(t[1].value.rsplit("#", 1)[-1], t[2].value) for t in triples if t[0].value.endswith("organisation-ishaq-dar")
              and t[1].value.endswith(("#label", "#altLabel"))}
    assert labels == {("label", "Ishaq Dar"), ("altLabel", "ISHAQ DAR")}
    assert compiled.validate_triples(triples).conforms
