"""Explainable Wikidata links: names several gazetteer entries share are resolved by type, role at the
article's date, country and context words, or left unlinked with every candidate and why none won.

Three layers, as the code: the weighing alone (:mod:`kg.link`, no model), the extractor reading the
evidence from text (:mod:`kg.extract.linking`, spaCy), and the explanation as RDF in the article's graph
(:mod:`kg.graph`), conforming to the shapes. The entity page is tested over HTTP at the end. The articles
of tests/data/linking/ are written for these tests.
"""
from __future__ import annotations

import re
import warnings
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg import gazetteer as gazetteer_module
from kg.config import load
from kg.link import Context, decide, fits, office_kind
from kg.namespaces import KG, WD

DATA = Path(__file__).parent / "data" / "linking"
SADYR, AKYLBEK = "Q25597826", "Q4060344"
NEW_DELHI, DELHI, INDIA = "Q987", "Q1353", "Q668"
AFGHAN_BADAKHSHAN, GBAO, AFGHANISTAN, TAJIKISTAN = "Q165376", "Q207319", "Q889", "Q863"
COUNTRY_WORDS = {"afghan": AFGHANISTAN, "afghanistan": AFGHANISTAN, "tajik": TAJIKISTAN, "tajikistan": TAJIKISTAN}
SPRING_2022 = date(2022, 3, 1)


@pytest.fixture(scope="module")
def gazetteer():
    return gazetteer_module.load(load().gazetteer)


def _decide(gazetteer, name: str, **context):
    kind = context.pop("kind", "Person" if name == "Japarov" else "Place")
    metonyms = [gazetteer.by_qid[INDIA]] if name == "Delhi" else []
    return decide(gazetteer.candidates(name), Context(name, kind, country_words=COUNTRY_WORDS, **context), metonyms)


def _by_qid(link) -> dict:
    return {candidate.qid: candidate for candidate in link.candidates}


# --- the weighing: Japarov ---------------------------------------------------------------------------------

def test_both_japarovs_are_candidates_of_the_surname(gazetteer):
    assert {entry.qid for entry in gazetteer.candidates("Japarov")} == {SADYR, AKYLBEK}
    assert [entry.qid for entry in gazetteer.lookup("Japarov")] == [SADYR]  # lookup keeps its meaning


def test_president_japarov_is_sadyr(gazetteer):
    link = _decide(gazetteer, "Japarov", title="President", day=SPRING_2022)
    assert (link.qid, link.method) == (SADYR, "role")
    akylbek = _by_qid(link)[AKYLBEK]
    assert akylbek.rejected and any("no role of Akylbek Japarov" in reason for reason in akylbek.reasons)


@pytest.mark.parametrize("title", ["Prime Minister", "Cabinet chairman", "Chairman of the Cabinet of Ministers",
                                   "Premier"])
def test_head_of_government_japarov_in_2022_is_akylbek(gazetteer, title):
    link = _decide(gazetteer, "Japarov", title=title, day=SPRING_2022)
    assert (link.qid, link.method) == (AKYLBEK, "role")
    assert _by_qid(link)[SADYR].rejected


def test_bare_japarov_is_left_unlinked_with_both_candidates_and_why(gazetteer):
    link = _decide(gazetteer, "Japarov", day=SPRING_2022)
    assert link.qid is None and link.method == "shared name" and link.score == 0
    assert set(_by_qid(link)) == {SADYR, AKYLBEK}
    assert not any(candidate.accepted or candidate.rejected for candidate in link.candidates)
    assert "nothing in the text tells them apart" in link.summary


def test_prime_minister_japarov_before_akylbek_took_office_is_neither(gazetteer):
    """Akylbek chairs the cabinet from October 2021: in March 2021 the title fits no candidate."""
    link = _decide(gazetteer, "Japarov", title="Prime Minister", day=date(2021, 3, 1))
    assert link.qid is None
    assert any("after 2021-03-01" in reason for reason in _by_qid(link)[AKYLBEK].reasons)


def test_japarov_after_the_article_named_sadyr_is_sadyr(gazetteer):
    link = _decide(gazetteer, "Japarov", named_before=frozenset({SADYR}))
    assert (link.qid, link.method) == (SADYR, "named before")


def test_japarov_after_the_article_named_both_is_left_unlinked(gazetteer):
    assert _decide(gazetteer, "Japarov", named_before=frozenset({SADYR, AKYLBEK})).qid is None


# --- the weighing: Delhi, Badakhshan -----------------------------------------------------------------------

def test_bare_delhi_is_left_unlinked(gazetteer):
    link = _decide(gazetteer, "Delhi")
    assert link.qid is None and {NEW_DELHI, DELHI} <= set(_by_qid(link))
    assert _by_qid(link)[INDIA].rejected  # the metonym reading needs a speaking subject


def test_delhi_said_is_india_by_metonym(gazetteer):
    link = _decide(gazetteer, "Delhi", speaks=True)
    assert (link.qid, link.method) == (INDIA, "metonym")
    assert _by_qid(link)[NEW_DELHI].rejected and _by_qid(link)[DELHI].rejected


@pytest.mark.parametrize("words, qid", [({"city"}, NEW_DELHI), ({"territory"}, DELHI), ({"nct"}, DELHI),
                                        ({"capital"}, None)])  # both are "capital": no evidence
def test_delhi_by_its_own_words(gazetteer, words, qid):
    assert _decide(gazetteer, "Delhi", words=frozenset(words)).qid == qid


@pytest.mark.parametrize("context, qid", [
    ({"country": AFGHANISTAN}, AFGHAN_BADAKHSHAN),  # "Afghanistan's Badakhshan"
    ({"country": TAJIKISTAN}, GBAO),  # "Tajik Badakhshan"
    ({"words": frozenset({"province"})}, AFGHAN_BADAKHSHAN),
    ({"words": frozenset({"gbao"})}, GBAO),
    ({"words": frozenset({"autonomous", "region"})}, GBAO),
    ({"countries": frozenset({AFGHANISTAN})}, AFGHAN_BADAKHSHAN),  # the sentence is about Afghanistan
    ({"countries": frozenset({AFGHANISTAN, TAJIKISTAN})}, None),  # about both
    ({}, None),
])
def test_badakhshan_by_context(gazetteer, context, qid):
    assert _decide(gazetteer, "Badakhshan", **context).qid == qid


def test_a_stated_country_rules_the_other_region_out(gazetteer):
    link = _decide(gazetteer, "Badakhshan", country=AFGHANISTAN)
    assert _by_qid(link)[GBAO].rejected and "another country" in " ".join(_by_qid(link)[GBAO].reasons)


def test_the_score_is_the_sum_of_its_stated_weights(gazetteer):
    """Deterministic and explained: each reason opens with its weight, and they add up to the score."""
    for link in (_decide(gazetteer, "Japarov", title="President", day=SPRING_2022),
                 _decide(gazetteer, "Badakhshan", country=AFGHANISTAN, words=frozenset({"province"}))):
        for candidate in link.candidates:
            weights = [Decimal(m.group()) for r in candidate.reasons if (m := re.match(r"\+\d\.\d\d", r))]
            assert Decimal(str(candidate.score)) == min(sum(weights), Decimal(1))
        assert _decide(gazetteer, "Japarov", title="President", day=SPRING_2022) == \
            _decide(gazetteer, "Japarov", title="President", day=SPRING_2022)


@pytest.mark.parametrize("title, role, expected", [
    ("External Affairs Minister", "Minister of External Affairs of India", True),
    ("Foreign Minister", "Minister of External Affairs of India", True),
    ("President", "Chairman of the Cabinet of Ministers of Kyrgyzstan", False),
    ("Vice President", "President of Afghanistan", False),
    ("Defence Minister", "Minister of Defence of India", True),
    ("Special Envoy", "Minister of Defence of India", False),
])
def test_a_title_fits_a_role_whatever_its_wording(title, role, expected):
    assert fits(title, role) is expected
    assert office_kind("Prime Minister") == office_kind("Chairman of the Cabinet of Ministers of Kyrgyzstan")


# --- the extractor reads the evidence from text ---------------------------------------------------------

@pytest.fixture(scope="module")
def actors_of(gazetteer):
    """Actors of a text read on a given day, through the extractor's own steps (no caller drops the date)."""
    from kg.extract import nlp as nlp_module
    from kg.extract.entities import find_actors
    from kg.extract.sentences import split
    from kg.records import Article

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nlp = nlp_module.load("", load().gazetteer)

    def read(text: str, published: date | None):
        article = Article("t.txt", text, published=published)
        return find_actors(split(article, nlp), text, gazetteer, published).actors.values()

    return read


def _named(actors, label: str):
    return next(actor for actor in actors if actor.label == label)


def test_the_article_links_each_japarov_by_its_evidence(actors_of):
    actors = actors_of((DATA / "kyrgyz_cabinet.txt").read_text().split("\n\n", 2)[2], SPRING_2022)
    sadyr, akylbek = _named(actors, "Sadyr Japarov"), _named(actors, "Akylbek Japarov")
    assert (sadyr.qid, akylbek.qid) == (SADYR, AKYLBEK)
    assert {m.text for m in sadyr.mentions} == {"Sadyr Japarov", "Japarov"}
    assert akylbek.link.method == "role" and akylbek.link.mention.text == "Japarov"
    assert sadyr.link.method == "label" and sadyr.link.mention.text == "Sadyr Japarov"


def test_a_bare_japarov_is_an_unlinked_actor_that_keeps_its_candidates(actors_of):
    actors = list(actors_of("Japarov did not comment on the talks on Wednesday.", SPRING_2022))
    japarov = _named(actors, "Japarov")
    assert japarov.qid is None and {c.qid for c in japarov.link.candidates} == {SADYR, AKYLBEK}


def test_prime_minister_japarov_is_read_with_the_article_date(actors_of):
    assert _named(actors_of("Prime Minister Japarov visited Batken.", SPRING_2022), "Akylbek Japarov")
    assert all(actor.qid is None for actor in actors_of("Prime Minister Japarov visited Batken.", date(2021, 3, 1))
               if "Japarov" in actor.label)


def test_delhi_said_speaks_for_india_and_a_place_delhi_stays_unlinked(actors_of):
    actors = list(actors_of((DATA / "delhi.txt").read_text().split("\n\n", 2)[2], date(2022, 4, 4)))
    india = _named(actors, "India")
    assert india.qid == INDIA and india.link.method == "metonym"
    place = _named(actors, "Delhi")
    assert place.qid is None and place.kind == "Place" and "left unlinked" in place.link.summary


def test_badakhshan_follows_the_country_and_the_article(actors_of):
    actors = list(actors_of((DATA / "badakhshan.txt").read_text().split("\n\n", 2)[2], date(2021, 7, 5)))
    province = _named(actors, "Badakhshan Province")
    assert province.qid == AFGHAN_BADAKHSHAN and len(province.mentions) == 2  # then "named before"
    assert _named(actors, "Gorno-Badakhshan").qid == GBAO  # "GBAO": a name one entry alone bears


def test_a_bare_badakhshan_between_two_countries_is_left_unlinked(actors_of):
    text = "Tajik and Afghan officials met in Badakhshan on Monday."
    assert next(a for a in actors_of(text, date(2021, 7, 5)) if "Badakhshan" in a.label).qid is None


# --- a surname two persons bear -----------------------------------------------------------------------------

GURBANGULY, SERDAR = "Q57530", "Q51874548"


def test_a_lone_surname_is_the_person_the_article_names_in_full_with_it(actors_of):
    text = "Turkmen President Serdar Berdimuhamedov arrived in Tashkent. Berdimuhamedov said gas exports would grow."
    actors = list(actors_of(text, date(2023, 6, 1)))
    serdar = _named(actors, "Serdar Berdimuhamedow")
    assert serdar.qid == SERDAR and {m.text for m in serdar.mentions} == {"Serdar Berdimuhamedov", "Berdimuhamedov"}
    assert GURBANGULY not in {actor.qid for actor in actors}


def test_the_father_named_in_full_keeps_the_surname(actors_of):
    text = "President Gurbanguly Berdimuhamedov received the envoy. Berdimuhamedov said gas exports would grow."
    actors = list(actors_of(text, date(2021, 6, 1)))
    assert {m.text for m in _named(actors, "Gurbanguly Berdimuhamedow").mentions} == \
        {"Gurbanguly Berdimuhamedov", "Berdimuhamedov"}


def test_a_namesake_named_in_full_takes_a_known_persons_surname_from_him(actors_of):
    text = "The lawyer Kavita Jaishankar filed the petition on Monday. Jaishankar said the court would hear it in May."
    actors = list(actors_of(text, date(2023, 6, 1)))
    assert "S. Jaishankar" not in {actor.label for actor in actors}
    assert {m.text for m in _named(actors, "Kavita Jaishankar").mentions} == {"Kavita Jaishankar", "Jaishankar"}


# --- a generic name in the news of one country ------------------------------------------------------------

CONGRESS_PARTY = "Q10225"


def test_the_congress_in_news_of_india_is_the_party(actors_of):
    text = "India signed the deal with Nepal on Monday. The Congress criticised it, and its MPs walked out."
    assert CONGRESS_PARTY in {actor.qid for actor in actors_of(text, date(2024, 2, 1))}


@pytest.mark.parametrize("text", [
    "India and the United States signed the deal on Monday. Congress must still approve it.",
    "Congress must still approve the deal, the minister said.",
])
def test_congress_where_the_article_does_not_say_whose_stays_unlinked(actors_of, text):
    assert CONGRESS_PARTY not in {actor.qid for actor in actors_of(text, date(2024, 2, 1))}


# --- roles at the article's date ---------------------------------------------------------------------------

JAISHANKAR = "Indian External Affairs Minister S Jaishankar arrived in Dushanbe."


def test_a_role_held_on_the_day_links_its_office_and_country(actors_of):
    actors = list(actors_of(JAISHANKAR, date(2021, 7, 5)))
    (role,) = _named(actors, "S. Jaishankar").roles
    assert (role.title, role.qid) == ("External Affairs Minister", "Q313465")
    assert next(a for a in actors if a.key == role.country).qid == INDIA


def test_a_role_the_gazetteer_does_not_vouch_for_on_the_day_keeps_no_office(actors_of):
    """roles.tsv vouches for the office until 2021-12-31: in 2023 the title stays, the checked office goes."""
    (role,) = _named(actors_of(JAISHANKAR, date(2023, 7, 5)), "S. Jaishankar").roles
    assert (role.title, role.qid) == ("External Affairs Minister", None)


def test_the_office_comes_from_the_role_held(actors_of):
    (role,) = _named(actors_of("President Japarov met the envoy in Bishkek.", date(2021, 6, 1)), "Sadyr Japarov").roles
    assert role.qid == "Q853036"  # President of Kyrgyzstan, roles.tsv


def test_the_role_held_gives_the_country_the_article_names(actors_of):
    text = "Kyrgyzstan closed the border. President Japarov met the envoy in Bishkek."
    actors = list(actors_of(text, date(2021, 6, 1)))
    (role,) = _named(actors, "Sadyr Japarov").roles
    assert next(a for a in actors if a.key == role.country).qid == "Q813"


def test_a_country_no_mention_names_is_explained_as_implied(read_article):
    extraction = read_article("Dushanbe said on Monday that it would reinforce the border.", date(2021, 7, 5))
    tajikistan = next(actor for actor in extraction.actors if actor.qid == TAJIKISTAN)
    assert tajikistan.link.method == "implied" and tajikistan.link.mention is None
    assert "'Dushanbe' stands for it" in tajikistan.link.summary


# --- the explanation in the article's graph ----------------------------------------------------------------

@pytest.fixture(scope="module")
def linking_store():
    from kg.build import build
    from kg.store import Store

    store = Store(None)
    summary = build(DATA, store, load(), progress=False)
    assert summary.ok and len(summary.built) == 4, summary.describe()
    return store


def _union(store) -> Graph:
    return store.union_graph()


def _article_graph(store, article: str) -> Graph:
    from kg.store import to_rdflib

    graph = Graph()
    for quad in store.article_quads(article):
        graph.add(to_rdflib(quad.subject, quad.predicate, quad.object))
    return graph


def test_every_link_has_one_explanation_in_its_article(linking_store):
    graph = _union(linking_store)
    for actor, item in graph.subject_objects(OWL.sameAs):
        explanations = set(graph.subjects(KG.explains, actor))
        assert explanations, f"{actor} is linked without an explanation"
        assert {graph.value(e, KG.linkedTo) for e in explanations} == {item}


def test_the_explanation_lists_the_rejected_candidate_and_its_reasons(linking_store):
    graph = _union(linking_store)
    akylbek = URIRef(f"{load().base_iri}id/actor/{AKYLBEK}")
    (explanation,) = graph.subjects(KG.explains, akylbek)
    assert graph.value(explanation, KG.matchMethod) == Literal("role")
    assert graph.value(graph.value(explanation, KG.decidingMention), KG.surfaceForm) == Literal("Japarov")
    candidates = {graph.value(c, KG.candidateItem): c for c in graph.objects(explanation, KG.candidate)}
    sadyr = candidates[WD[SADYR]]
    assert graph.value(sadyr, KG.rejected) == Literal(True) and graph.value(sadyr, KG.accepted) == Literal(False)
    assert any(str(r).startswith("rejected:") for r in graph.objects(sadyr, KG.reason))
    assert graph.value(candidates[WD[AKYLBEK]], KG.accepted) == Literal(True)


def test_an_unlinked_name_is_explained_without_a_link(linking_store):
    graph = _union(linking_store)
    unlinked = [e for e in graph.subjects(RDF.type, KG.LinkExplanation) if graph.value(e, KG.linkedTo) is None]
    names = {str(graph.value(e, KG.matchedName)) for e in unlinked}
    assert {"Japarov", "Delhi"} <= names
    for explanation in unlinked:
        assert graph.value(graph.value(explanation, KG.explains), OWL.sameAs) is None
        assert len(list(graph.objects(explanation, KG.candidate))) >= 2


def test_the_linking_articles_conform_to_the_shapes(linking_store):
    from kg.validate import load_shapes, validate

    shapes = load_shapes(load().shapes)
    for article in linking_store.articles():
        report = validate(_article_graph(linking_store, article), shapes)
        assert report.conforms, report.describe()


# --- the entity page ---------------------------------------------------------------------------------------

def test_the_entity_page_shows_why(start_server, linking_store):
    base = start_server(linking_store)
    page = requests.get(f"{base}/id/actor/{AKYLBEK}", headers={"Accept": "text/html"}, timeout=10)
    assert page.status_code == 200
    section = page.text.split('id="link-h"', 1)[1].split("</section>", 1)[0]
    assert "Cabinet chairman" in section and "Linked to" in section and f"Wikidata {AKYLBEK}" in section
    assert "Sadyr Japarov" in section and "rejected" in section and "no role of Sadyr Japarov" in section
    unlinked = requests.get(f"{base}/id/actor/person-japarov", headers={"Accept": "text/html"}, timeout=10)
    assert unlinked.status_code == 200 and "Left unlinked." in unlinked.text
    assert "Akylbek Japarov" in unlinked.text and "Sadyr Japarov" in unlinked.text


def test_a_frequent_entity_s_page_shows_the_first_explanations_and_how_many_there_are(start_server):
    from rdflib.namespace import PROV
    from kg.store import Store

    base_iri = load().base_iri
    actor = URIRef(f"{base_iri}id/actor/{INDIA}")
    store = Store(None)
    for number in range(21):
        article, graph = URIRef(f"{base_iri}id/article/a{number}"), Graph()
        explanation = URIRef(f"{base_iri}id/link/a{number}-{INDIA}")
        graph.add((article, RDF.type, KG.Article))
        graph.add((actor, RDF.type, KG.Country))
        for predicate, value in ((KG.explains, actor), (KG.matchedName, Literal("India")),
                                 (KG.matchMethod, Literal("label")), (KG.linkScore, Literal(Decimal("0.9"))),
                                 (RDFS.comment, Literal("'India' is India")), (PROV.wasDerivedFrom, article)):
            graph.add((explanation, predicate, value))
        store.replace_article(str(article), graph)
    page = requests.get(f"{start_server(store)}/id/actor/{INDIA}", headers={"Accept": "text/html"}, timeout=10)
    assert "(the first 20 of 21 articles)" in page.text and page.text.count('class="link-explanation"') == 20
