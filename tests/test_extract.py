"""Extraction on sentences written for these tests, one behaviour of the gold guidelines per case.

The sentences are new (never copied from the seeds) and use names of the genre, some in the
gazetteer (they get Wikidata IDs) and some not (Zamir Kabulov, Ramazon Rahimzoda, K. Ramesh).
Facts are read with the configured ``min_confidence``, the threshold ``kg build`` applies, so a
case pins what reaches the graph. Expectations follow /work/shared/gold/README.md; the harder
cases, phenomenon by phenomenon, are in ``test_extract_hard.py``.
"""
from __future__ import annotations

from datetime import date

import pytest
from rdflib import RDFS, URIRef
from rdflib.namespace import OWL

from kg import config
from kg.graph import to_graph
from kg.namespaces import KG, WD
from kg.records import Article, Extraction, Role
from kg.validate import load_shapes, validate

PUBLISHED = date(2021, 7, 6)  # a Tuesday: "on Monday" is 2021-07-05


@pytest.fixture(scope="module")
def settings() -> config.Config:
    return config.load()


# --- helpers -------------------------------------------------------------------------------

def labels(extraction: Extraction, keys) -> list[str]:
    return [extraction.actor(key).label for key in keys]


def actor_named(extraction: Extraction, label: str):
    """The one actor with this label (fails with the labels found when there is none)."""
    found = [actor for actor in extraction.actors if actor.label == label]
    assert len(found) == 1, f"actors labelled {label!r}: {found}; all: {[a.label for a in extraction.actors]}"
    return found[0]


def actors_mentioning(extraction: Extraction, word: str) -> list:
    """Actors whose label or an alias contains ``word``."""
    return [actor for actor in extraction.actors
            if word in actor.label or any(word in alias for alias in actor.aliases)]


def one_actor_mentioning(extraction: Extraction, word: str):
    found = actors_mentioning(extraction, word)
    assert len(found) == 1, [(actor.label, actor.kind) for actor in found]
    return found[0]


def speakers(extraction: Extraction) -> list[str]:
    return [extraction.actor(statement.speaker).label for statement in extraction.statements]


def only_statement(extraction: Extraction):
    assert len(extraction.statements) == 1, [(extraction.actor(s.speaker).label, s.quote)
                                            for s in extraction.statements]
    return extraction.statements[0]


def only_meeting(extraction: Extraction):
    assert len(extraction.meetings) == 1, [(labels(extraction, m.participants), m.evidence.sentence)
                                          for m in extraction.meetings]
    return extraction.meetings[0]


def actions_of(extraction: Extraction, kind: str) -> list:
    return [action for action in extraction.military_actions if action.kind == kind]


def only_action(extraction: Extraction, kind: str):
    found = actions_of(extraction, kind)
    assert len(found) == 1, [(a.kind, a.actor and extraction.actor(a.actor).label, a.evidence.sentence)
                             for a in extraction.military_actions]
    return found[0]


# --- actors --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, full, surname", [
    ("Shavkat Mirziyoyev received the delegation in Tashkent. Mirziyoyev later left for Samarkand.",
     "Shavkat Mirziyoyev", "Mirziyoyev"),
    ("Russian special envoy Zamir Kabulov arrived in Doha. Kabulov said the talks were useful.",
     "Zamir Kabulov", "Kabulov"),
], ids=["in-gazetteer", "unknown"])
def test_full_name_then_surname_is_one_actor(read, text, full, surname):
    extraction = read(text)
    actor = one_actor_mentioning(extraction, surname)
    assert actor.label == full and actor.kind == "Person"
    assert [mention.text for mention in actor.mentions] == [full, surname]


@pytest.mark.parametrize("text, surname", [
    ("Dr. S. Jaishankar arrived in Tashkent on Thursday. S Jaishankar told reporters the region needed stability.",
     "Jaishankar"),
    ("Dr. K. Ramesh arrived in Kabul on Thursday. K Ramesh told reporters the talks had stalled.", "Ramesh"),
    ("Dr. K. Ramesh of the Kabul Narrative met the press. K Ramesh said the talks had stalled.", "Ramesh"),
], ids=["in-gazetteer", "unknown", "unknown-said"])
def test_initials_and_honorific_are_one_actor(read, text, surname):
    actor = one_actor_mentioning(read(text), surname)
    assert actor.kind == "Person"
    assert len(actor.mentions) == 2


@pytest.mark.parametrize("text, name", [
    ("EAM Rohan Mehta arrived in Kabul on Sunday.", "Rohan Mehta"),
    ("NSA Farid Azizi arrived in Tashkent on Sunday.", "Farid Azizi"),
    ("PM Imran Khan arrived in Tashkent on Thursday.", "Imran Khan"),
], ids=["EAM", "NSA", "PM"])
def test_title_prefix_is_not_part_of_the_label(read, text, name):
    extraction = read(text)
    actor = actor_named(extraction, name)
    assert actor.kind == "Person"
    title = text.split()[0]
    assert not [a.label for a in extraction.actors if title in a.label.split()]


@pytest.mark.parametrize("text, person, country, qid", [
    ("Pakistani Foreign Minister Shah Mahmood Qureshi arrived in Kabul on Sunday.",
     "Shah Mahmood Qureshi", "Pakistan", "Q843"),
    ("Uzbek Foreign Minister Abdulaziz Kamilov met the delegation in Termez.",
     "Abdulaziz Kamilov", "Uzbekistan", "Q265"),
], ids=["Pakistani", "Uzbek"])
def test_demonym_gives_the_country_and_a_role(read, text, person, country, qid):
    extraction = read(text)
    nation = actor_named(extraction, country)
    assert (nation.kind, nation.qid) == ("Country", qid)
    demonym = text.split()[0]
    assert not [a for a in extraction.actors if a.label == demonym]
    roles = [(role.title, role.country) for role in actor_named(extraction, person).roles]
    assert roles == [("Foreign Minister", nation.key)]


def test_acronym_defined_in_the_text_is_one_actor(read):
    extraction = read("Ahmad Massoud leads the National Resistance Front (NRF) in the Panjshir valley. "
                      "The NRF said on Sunday that its fighters would not surrender.")
    found = actors_mentioning(extraction, "NRF") + actors_mentioning(extraction, "Resistance Front")
    assert len({actor.key for actor in found}) == 1
    actor = found[0]
    assert (actor.label, actor.kind) == ("National Resistance Front", "Organisation")
    assert "NRF" in actor.aliases
    assert speakers(extraction) == ["National Resistance Front"]


@pytest.mark.parametrize("text, name, qid", [
    ("Antony Blinken arrived in Tashkent on Sunday.", "Antony Blinken", "Q7821917"),
    ("Wang Yi arrived in Tashkent on Sunday.", "Wang Yi", "Q701801"),
    ("Shavkat Mirziyoyev arrived in Termez on Sunday.", "Shavkat Mirziyoyev", "Q57808"),
    ("The Taliban entered Kunduz on Sunday.", "Kunduz", "Q108155"),
    ("Imran Khan arrived in Tashkent on Thursday.", "Imran Khan", "Q155164"),
    ("Amir Khan Muttaqi arrived in Kunduz on Sunday.", "Amir Khan Muttaqi", "Q60499905"),
], ids=["Blinken", "Wang-Yi", "Mirziyoyev", "Kunduz", "Imran-Khan", "Muttaqi"])
def test_gazetteer_name_gets_its_wikidata_id(read, settings, text, name, qid):
    extraction = read(text)
    actor = actor_named(extraction, name)
    assert actor.qid == qid
    graph = to_graph(extraction, settings.base_iri)
    assert list(graph.objects(None, OWL.sameAs)).count(WD[qid]) == 1


def test_unknown_person_gets_no_wikidata_id(read, settings):
    extraction = read("Zamir Kabulov arrived in Doha on Sunday.")
    actor = actor_named(extraction, "Zamir Kabulov")
    assert actor.kind == "Person" and actor.qid is None
    graph = to_graph(extraction, settings.base_iri)
    linked = {str(subject) for subject, _ in graph.subject_objects(OWL.sameAs)}
    assert not [iri for iri in linked if "kabulov" in iri.lower()]
    assert all(isinstance(target, URIRef) for target in graph.objects(None, OWL.sameAs))


@pytest.mark.parametrize("text, word", [
    ("Rising COVID-19 cases in Tashkent delayed the summit.", "COVID"),
    ("The post of President of Uzbekistan has been held by Shavkat Mirziyoyev since 2016.", "President"),
], ids=["disease", "office"])
def test_disease_or_office_is_no_actor(read, text, word):
    assert actors_mentioning(read(text), word) == []


# --- statements ----------------------------------------------------------------------------

def test_said_that_is_reported_speech(read):
    statement = only_statement(read(
        "Antony Blinken said that the United States would keep its embassy in Kabul open."))
    assert statement.direct is False
    assert "embassy in Kabul" in statement.quote


def test_quote_then_said_is_direct_speech(read):
    extraction = read('"We will not allow our territory to be used against any country," Sergei Shoigu said.')
    statement = only_statement(extraction)
    assert extraction.actor(statement.speaker).label == "Sergei Shoigu"
    assert statement.direct is True
    assert statement.quote.startswith("We will not allow our territory")


def test_said_comma_quote_is_direct_speech(read):
    extraction = read('Wang Yi said, "China respects the sovereignty of Afghanistan."')
    statement = only_statement(extraction)
    assert extraction.actor(statement.speaker).label == "Wang Yi"
    assert statement.direct is True
    assert "China respects the sovereignty of Afghanistan" in statement.quote


def test_he_added_is_the_last_person(read):
    extraction = read("Shah Mahmood Qureshi arrived in Tashkent on Thursday. "
                      "He added that Pakistan wanted a political settlement.")
    assert speakers(extraction) == ["Shah Mahmood Qureshi"]


@pytest.mark.parametrize("text, minister", [
    ("Tajik Interior Minister Ramazon Rahimzoda arrived in Kunduz on Sunday. "
     "The minister said the border would stay closed.", "Ramazon Rahimzoda"),
    ("Abdulaziz Kamilov arrived in Termez on Sunday. The minister said the border would stay closed.",
     "Abdulaziz Kamilov"),
], ids=["role-in-text", "role-in-gazetteer"])
def test_the_minister_said_is_a_person_with_a_minister_role(read, text, minister):
    extraction = read(text)
    statement = only_statement(extraction)
    assert extraction.actor(statement.speaker).label == minister
    assert statement.evidence.sentence.startswith("The minister said")


def test_quoted_as_saying_by_an_agency_names_speaker_and_source(read):
    extraction = read("Zamir Kabulov was quoted as saying by the Tass news agency that Moscow had no plans to "
                      "evacuate its embassy.")
    statement = only_statement(extraction)
    assert extraction.actor(statement.speaker).label == "Zamir Kabulov"
    source = extraction.actor(statement.source)
    assert source.qid == "Q223799" and source.is_media


def test_according_to_names_the_speaker(read):
    extraction = read("According to Sergei Shoigu, the situation on the Tajik border is deteriorating.")
    assert speakers(extraction) == ["Sergei Shoigu"]


def test_outlet_that_reports_is_no_speaker(read):
    extraction = read("Reuters reported that the Taliban had reached the outskirts of Kunduz.")
    assert extraction.statements == []
    assert actor_named(extraction, "Reuters").is_media


def test_quote_only_sentence_continues_the_speaker(read):
    extraction = read('"Russia will not leave its allies alone," Sergei Shoigu said on Monday. '
                      '"Our base in Dushanbe is ready."')
    assert speakers(extraction) == ["Sergei Shoigu", "Sergei Shoigu"]
    follow_up = extraction.statements[1]
    assert follow_up.direct and follow_up.evidence.sentence == '"Our base in Dushanbe is ready."'


def test_capital_speaks_for_its_country(read):
    extraction = read("Dushanbe stated that it would not recognise a government imposed by force.")
    speaker = extraction.actor(only_statement(extraction).speaker)
    assert (speaker.label, speaker.kind, speaker.qid) == ("Tajikistan", "Country", "Q863")


def test_unnamed_government_official_speaks_for_the_country(read):
    extraction = read("An Indian government official said the embassy in Kabul would remain open.")
    assert speakers(extraction) == ["India"]


def test_expressed_concern_is_a_statement(read):
    extraction = read("Shavkat Mirziyoyev expressed concern over the fighting near Termez.")
    assert speakers(extraction) == ["Shavkat Mirziyoyev"]


def test_an_action_is_no_statement(read):
    assert read("Ashraf Ghani fled the country on Sunday.").statements == []


def test_told_reporters_reports_the_clause_not_the_audience(read):
    statement = only_statement(read("S Jaishankar told reporters the region needed stability."))
    assert statement.quote == "the region needed stability"


# --- meetings ------------------------------------------------------------------------------

def test_met_in_a_city_on_a_weekday(read):
    extraction = read("Antony Blinken met Wang Yi in Tashkent on Monday.")
    meeting = only_meeting(extraction)
    assert sorted(labels(extraction, meeting.participants)) == ["Antony Blinken", "Wang Yi"]
    assert extraction.actor(meeting.place).label == "Tashkent"
    assert (meeting.kind, meeting.status, meeting.date) == ("Talks", "held", date(2021, 7, 5))


def test_talks_with_a_counterpart(read):
    extraction = read("Shah Mahmood Qureshi held talks with his Uzbek counterpart Abdulaziz Kamilov.")
    meeting = only_meeting(extraction)
    assert sorted(labels(extraction, meeting.participants)) == ["Abdulaziz Kamilov", "Shah Mahmood Qureshi"]
    assert meeting.kind == "Talks"


@pytest.mark.parametrize("text, host", [
    ("Wang Yi will visit Islamabad next week.", "Pakistan"),
    ("Wang Yi will visit Dushanbe next week.", "Tajikistan"),
], ids=["Islamabad", "Dushanbe"])
def test_planned_visit_to_a_capital_makes_its_country_the_host(read, text, host):
    extraction = read(text)
    meeting = only_meeting(extraction)
    assert sorted(labels(extraction, meeting.participants)) == sorted(["Wang Yi", host])
    assert (meeting.kind, meeting.status) == ("Visit", "planned")


def test_phone_calls_to_two_people_are_two_calls(read):
    extraction = read("Shavkat Mirziyoyev made phone calls to Emomali Rahmon and Ashraf Ghani on Monday.")
    pairs = sorted(sorted(labels(extraction, m.participants)) for m in extraction.meetings)
    assert pairs == [["Ashraf Ghani", "Shavkat Mirziyoyev"], ["Emomali Rahmon", "Shavkat Mirziyoyev"]]
    assert {(m.kind, m.date) for m in extraction.meetings} == {("PhoneCall", date(2021, 7, 5))}


@pytest.mark.parametrize("text", [
    "Sergei Shoigu met Sherali Mirzo in Dushanbe on Monday. Shoigu and Mirzo also discussed joint border patrols.",
    "Antony Blinken met Wang Yi in Tashkent on Monday. The talks between Blinken and Wang focused on Afghanistan.",
], ids=["surnames", "family-name-first"])
def test_two_sentences_about_the_same_talks_are_one_meeting(read, text):
    extraction = read(text)
    meeting = only_meeting(extraction)
    second = text.split(". ", 1)[1]
    assert [evidence.sentence for evidence in meeting.also] == [second]


def test_the_two_leaders_are_the_last_two_persons(read):
    extraction = read("Antony Blinken and Wang Yi arrived in Tashkent on Monday. "
                      "The two leaders will discuss the situation in Afghanistan.")
    meeting = only_meeting(extraction)
    assert sorted(labels(extraction, meeting.participants)) == ["Antony Blinken", "Wang Yi"]
    assert meeting.status == "planned"


def test_topic_of_talks_is_not_their_place(read):
    extraction = read("Antony Blinken and Wang Yi arrived in Tashkent on Monday. "
                      "The two leaders will discuss the situation in Afghanistan.")
    meeting = only_meeting(extraction)
    assert meeting.place is None or extraction.actor(meeting.place).label == "Tashkent"


@pytest.mark.parametrize("text", [
    "Sergei Shoigu held talks in Dushanbe on Monday.",
    "Shah Mahmood Qureshi addressed a press conference in Islamabad.",
    "Shah Mahmood Qureshi said Pakistan would not host American bases.",
    "Imran Khan arrived in Tashkent on Thursday.",
], ids=["talks", "press-conference", "host-bases", "arrived"])
def test_one_person_without_counterpart_is_no_meeting(read, text):
    assert read(text).meetings == []


@pytest.mark.parametrize("text", [
    "Sergei Shoigu did not meet Sherali Mirzo in Dushanbe.",
    "Antony Blinken never met Wang Yi in Tashkent.",
    "Wang Yi will not visit Dushanbe this year.",
], ids=["did-not-meet", "never-met", "will-not-visit"])
def test_negated_meeting_is_no_meeting(read, text):
    assert read(text).meetings == []


# --- military actions ----------------------------------------------------------------------

def test_mobilisation_with_troop_numbers(read):
    extraction = read("Tajikistan ordered the mobilisation of 20,000 troops along its border with Afghanistan.")
    action = only_action(extraction, "Mobilisation")
    assert extraction.actor(action.actor).label == "Tajikistan"
    assert [(q.amount, q.unit, q.out_of) for q in action.quantities] == [(20000, "troops", None)]
    assert action.status == "held"


def test_capture_of_districts_out_of_a_total(read):
    extraction = read("In the last month, the Taliban captured 24 of 28 districts in Badakhshan.")
    action = only_action(extraction, "Capture")
    assert extraction.actor(action.actor).label == "Taliban"
    assert [(q.amount, q.unit, q.out_of) for q in action.quantities] == [(24, "districts", 28)]


def test_passive_capture_names_the_agent(read):
    extraction = read("Kunduz was captured by the Taliban on Sunday.")
    action = only_action(extraction, "Capture")
    assert extraction.actor(action.actor).label == "Taliban"
    assert extraction.actor(action.place).label == "Kunduz"


@pytest.mark.parametrize("second", [
    "The group captured Taloqan on Saturday.",
    "It seized the border crossing at Shir Khan Bandar on Saturday.",
], ids=["the-group", "it"])
def test_the_group_or_it_is_the_armed_group_named_before(read, second):
    extraction = read("The Taliban launched an offensive in the north. " + second)
    action = only_action(extraction, "Capture")
    assert action.evidence.sentence == second
    assert extraction.actor(action.actor).label == "Taliban"


def test_deployment_to_a_country(read):
    extraction = read("Russia deployed troops to Tajikistan.")
    action = only_action(extraction, "Deployment")
    assert extraction.actor(action.actor).label == "Russia"
    assert extraction.actor(action.place).label == "Tajikistan"


def test_withdrawal_by_demonym_troops(read):
    extraction = read("US troops withdrew from Afghanistan.")
    action = only_action(extraction, "Withdrawal")
    assert extraction.actor(action.actor).label == "United States"


def test_negated_attack_is_no_action(read):
    assert actions_of(read("The Taliban did not attack Termez."), "Attack") == []


@pytest.mark.parametrize("text, actor", [
    ("Joint military exercises will be held near the Afghan border in August.", None),
    ("Russia, Uzbekistan and Tajikistan will hold joint military exercises near the Afghan border in August.",
     "Russia"),
], ids=["no-agent", "named"])
def test_announced_exercise_is_planned(read, text, actor):
    extraction = read(text)
    action = only_action(extraction, "Exercise")
    assert action.status == "planned"
    assert (action.actor and extraction.actor(action.actor).label) == actor


@pytest.mark.parametrize("text", [
    "Zamir Kabulov was quoted as saying by the Tass news agency that Moscow had no plans to evacuate its embassy.",
    "Ashraf Ghani fled the country on Sunday.",
], ids=["evacuate-embassy", "fled"])
def test_diplomatic_or_personal_departure_is_no_military_action(read, text):
    assert read(text).military_actions == []


# --- evidence ------------------------------------------------------------------------------

EVIDENCE_ARTICLE = (
    "Sergei Shoigu met Sherali Mirzo in Dushanbe on Monday.  Shoigu and Mirzo also discussed joint patrols.\n"
    "\n"
    "  \u201cRussia will not leave its allies alone,\u201d Shoigu said.\n"
    "\u201cOur base is ready.\u201d\n"
    "\n"
    "\tTajik\u00a0President  Emomali Rahmon made calls to Shavkat Mirziyoyev and Ashraf Ghani on Monday. "
    "Rahmon expressed concern over the fighting.\n"
    "\n\n"
    "In the last month, the Taliban captured 24 of 28 districts in Badakhshan. "
    "Tajikistan ordered the mobilisation of 20,000 troops along its border with Afghanistan.\n"
)


def test_every_evidence_sentence_is_the_text_at_its_offsets(read):
    extraction = read(EVIDENCE_ARTICLE)
    text = extraction.article.text
    evidences = [m.evidence for m in extraction.meetings] + [e for m in extraction.meetings for e in m.also]
    evidences += [s.evidence for s in extraction.statements] + [a.evidence for a in extraction.military_actions]
    assert extraction.meetings and extraction.statements and extraction.military_actions
    for evidence in evidences:
        assert text[evidence.start:evidence.end] == evidence.sentence
        assert evidence.sentence == evidence.sentence.strip()
    for actor in extraction.actors:
        for mention in actor.mentions:
            assert text[mention.start:mention.end] == mention.text
            assert text[mention.evidence.start:mention.evidence.end] == mention.evidence.sentence


def test_an_office_told_again_in_another_case_is_one_role_and_the_graph_conforms(read, settings):
    extraction = read("India's defence minister Rajnath Singh arrived in Moscow on Monday.\n\n"
                      "India's Defence Minister Rajnath Singh (centre) at the ceremony in Kaliningrad. (Indian Ministry "
                      "of Defence)\n\nSingh met his Russian counterpart on Tuesday, the ministry said.")
    roles = [(role.title, role.country) for role in actor_named(extraction, "Rajnath Singh").roles]
    assert roles == [("defence minister", actor_named(extraction, "India").key)]
    extraction.article = Article(identity="roles.txt", text=extraction.article.text, published=PUBLISHED,
                                 checksum="0" * 64)
    report = validate(to_graph(extraction, settings.base_iri), load_shapes(settings.shapes))
    assert report.conforms, report.describe()


def test_two_spellings_of_one_office_make_one_role_node_with_the_first_label(read, settings):
    extraction = read("Prime Minister Shehbaz Sharif arrived in Tashkent on Monday.")
    person = actor_named(extraction, "Shehbaz Sharif")
    country = person.roles[0].country
    person.roles[:] = [Role("Prime Minister", country, None), Role("Prime-Minister", country, None)]
    extraction.article = Article(identity="roles.txt", text=extraction.article.text, published=PUBLISHED,
                                 checksum="0" * 64)
    graph = to_graph(extraction, settings.base_iri)
    labels = [str(graph.value(role, RDFS.label)) for role in graph.objects(None, KG.role)]
    assert labels == ["Prime Minister"]
    report = validate(graph, load_shapes(settings.shapes))
    assert report.conforms, report.describe()
