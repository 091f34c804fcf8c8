"""Actors: phenomena of names in news English that the model gets wrong, one per test.

The sentences are written for these tests (never copied from an evaluation article); the names are
made up unless the test is about linking.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction

PUBLISHED = date(2022, 3, 9)


def labels(extraction: Extraction) -> set[str]:
    return {a.label for a in extraction.actors}


@pytest.mark.parametrize("text", [
    "Footage shared on social media showed crowds in the square of the old town.",
    "Photographs taken at dawn showed smoke rising over the hills.",
])
def test_a_common_noun_opening_a_sentence_is_no_actor(read, text):
    assert not labels(read(text)) & {"Footage", "Photographs"}


def test_an_acronym_before_a_rank_is_no_part_of_the_persons_name(read):
    found = labels(read("Director General NDPR Maj Gen Tarik Hassanov told reporters that the border was calm."))
    assert "Tarik Hassanov" in found
    assert not [label for label in found if "NDPR" in label and "Hassanov" in label]


def test_a_body_named_by_a_number_in_words_is_one_name(read):
    found = labels(read("The leaders of the Group of Eight will meet in Ottawa in June, officials said."))
    assert "Group of Eight" in found
    assert "Group" not in found


@pytest.mark.parametrize("text, mention", [
    ("According to the Moldovan presidential press service, the two leaders discussed trade.",
     "Moldovan presidential press service"),
    ("The press service of the Moldovan president said the two leaders discussed trade.",
     "press service of the Moldovan president"),
    ("The Moldovan president's press service said the two leaders discussed trade.",
     "Moldovan president's press service"),
])
def test_the_press_service_of_a_president_named_by_country_is_an_organisation(read, text, mention):
    services = [a for a in read(text).actors if a.label == "Press service of the President of Moldova"]
    assert services and services[0].kind == "Organisation"
    assert mention in {m.text for m in services[0].mentions}


def test_a_press_service_without_its_owner_is_no_actor(read):
    found = labels(read("The presidential press service said the two leaders discussed trade."))
    assert not [label for label in found if "ress service" in label]


def test_a_persons_press_service_is_an_organisation(read):
    found = labels(read("On Friday, President Maia Sandu's press service said the talks went well."))
    assert "Press service of Maia Sandu" in found


def test_a_body_named_after_its_demonym_keeps_its_remit(read):
    found = labels(read("The Moldovan State Committee for National Security said on Monday that two officers "
                        "were detained."))
    assert "Moldovan State Committee for National Security" in found


def test_an_acronym_after_a_demonym_is_the_body_the_acronym_names_alone(read):
    extraction = read("The SIS said the suspects had crossed the border. Later the Moldovan SIS said that "
                      "both had been arrested.")
    bodies = [a for a in extraction.actors if "SIS" in a.label]
    assert len(bodies) == 1


def test_an_armed_service_keeps_the_country_that_owns_it(read):
    extraction = read("The Chilean Navy held drills off Arica, and the commander of Peru's Marine Infantry "
                      "Forces watched.")
    forms = {m.text for a in extraction.actors if a.kind == "Organisation" for m in a.mentions}
    assert {"Chilean Navy", "Peru's Marine Infantry Forces"} <= forms
    assert not labels(extraction) & {"Navy", "Marine Infantry Forces"}


def test_a_place_in_another_paragraph_does_not_make_an_organisation_a_place(read):
    extraction = read("Troops in Arica waited.\n\nThe Chilean Navy and the Peruvian Navy held drills on Monday.")
    kinds = {m.text: a.kind for a in extraction.actors for m in a.mentions}
    assert {kind for text, kind in kinds.items() if "Navy" in text} == {"Organisation"}


@pytest.mark.parametrize("text, names", [
    ("Submarines of the Arctic and Pacific fleets sailed on Monday.", {"Arctic Fleet", "Pacific Fleet"}),
    ("Troops of the Western and Southern military districts moved north.",
     {"Western Military District", "Southern Military District"}),
])
def test_names_sharing_a_plural_head_are_each_an_organisation(read, text, names):
    found = {a.label: a.kind for a in read(text).actors}
    assert {found.get(name) for name in names} == {"Organisation"}


def test_countries_sharing_a_plural_head_name_no_unit(read):
    found = labels(read("The Chilean and Peruvian armies pulled back from the border."))
    assert not [label for label in found if label.endswith(" Army") and label.split()[0] in ("Chilean", "Peruvian")]


def test_districts_sharing_a_plural_head_are_places_unless_military(read):
    found = {a.label: a.kind for a in read("Shelling hit villages in the Arica and Tacna districts on Monday.").actors}
    assert "Arica District" not in found and "Tacna District" not in found


def test_the_name_of_a_military_exercise_is_no_actor(read):
    assert "VARUNA" not in labels(read("Chile and Peru held their bilateral army exercise VARUNA in Arica in "
                                       "August, officials said."))


@pytest.mark.parametrize("text", [
    "The Chilean army began the Condor strategic exercise in the north on Thursday.",
    "Peru's navy will hold the Pacifico tactical drills next month.",
], ids=["strategic-exercise", "tactical-drills"])
def test_an_exercise_named_before_its_kind_is_no_actor(read, text):
    assert not {"Condor", "Pacifico"} & set(labels(read(text)))


def test_a_body_holding_an_exercise_stays_an_actor(read):
    found = labels(read("Ships of the Arctic Fleet exercise in the Barents Sea every spring, officials said."))
    assert "Arctic Fleet" in found


@pytest.mark.parametrize("text", [
    "Dozens of Afghan soldiers crossed the river overnight and asked for shelter.",
    "The Afghan government forces pulled back from the district centre on Friday.",
])
def test_the_afghan_forces_are_named_apart_from_the_country(read, text):
    assert "Afghan National Defense and Security Forces" in labels(read(text))


@pytest.mark.parametrize("text", [
    "Uzbek troops were placed on alert along the river on Friday.",
    "The Afghan military budget was cut by a third last year.",
    "The Afghan army chief resigned on Friday.",
])
def test_other_forces_and_force_words_as_modifiers_are_no_national_forces(read, text):
    assert not labels(read(text)) & {"Afghan National Defense and Security Forces", "Armed Forces of Uzbekistan"}


@pytest.mark.parametrize("text", [
    "The delegates included the Secretary of the Security Council of Kyrgyzstan, who spoke first.",
    "Kyrgyzstan's State Committee for National Security said the crossing was closed.",
])
def test_a_country_named_inside_a_bodys_name_is_an_actor(read, text):
    assert {a.label: a.kind for a in read(text).actors}.get("Kyrgyzstan") == "Country"


@pytest.mark.parametrize("text, organ", [
    ("The ministers gathered for a session of the CSTO Council of Defence Ministers in the capital.",
     "CSTO Council of Defence Ministers"),
    ("The SCO Council of Foreign Ministers adopted a statement on trade.", "SCO Council of Foreign Ministers"),
])
def test_an_organ_named_after_its_organisation_is_one_name(read, text, organ):
    assert organ in labels(read(text))


def test_the_council_of_heads_of_state_is_left_to_its_organisation(read):
    found = read("The leaders flew in for the SCO Council of Heads of State on Friday.")
    assert not [label for label in labels(found) if "Heads of State" in label]


def test_a_commissions_capitalised_remit_is_part_of_its_name(read):
    found = labels(read("The Joint Commission on Energy and Mining met in the capital on Friday."))
    assert "Joint Commission on Energy and Mining" in found and "Joint Commission" not in found


def test_a_lowercase_topic_after_a_commission_is_no_part_of_its_name(read):
    found = labels(read("The Joint Commission on trade matters met in the capital on Friday."))
    assert not [label for label in found if "trade" in label]


def test_an_address_is_no_person(read):
    found = read("The envoys called on the prime minister at 12, Shanti Path Marg on Friday.")
    assert not [a for a in found.actors if a.kind == "Person" and "Marg" in a.label]


def test_a_countrys_parliament_is_an_organisation(read):
    found = {a.label: a.kind for a in read("Kyrgyzstan's parliament approved the border deal on Friday.").actors}
    assert found.get("Parliament of Kyrgyzstan") == "Organisation"


@pytest.mark.parametrize("text, place", [
    ("The two flotillas sailed through the Karsk and Belov straits last week.", "Karsk"),
    ("Gunmen fired on the border outposts Dostuk and Kara-Bulak at dawn.", "Dostuk"),
])
def test_names_of_straits_and_outposts_are_places(read, text, place):
    assert {a.label: a.kind for a in read(text).actors}.get(place, "Place") == "Place"


def test_a_person_in_apposition_to_a_capitalised_district_stays_a_person(read):
    found = read("Mirzo met the commander of the Western Military District, Colonel-General Ivan Petrovsky, on Friday.")
    assert {a.label: a.kind for a in found.actors}.get("Ivan Petrovsky") == "Person"


def test_names_listed_before_a_plural_place_noun_are_places(read):
    found = {a.label: a.kind for a in read("The new wings were sent along the frontier to Zarkot and Miral districts.").actors}
    assert found.get("Zarkot", "Place") == "Place"


def test_an_airline_named_with_its_country_is_one_organisation(read):
    found = labels(read("Officials said an Air Astana flight from the capital landed safely on Sunday evening."))
    assert "Air Astana" in found


def test_air_as_a_rank_is_no_airline(read):
    found = read("Air Marshal Ravi Kumaran of India said the runway was ready.")
    assert {a.label: a.kind for a in found.actors}.get("India") == "Country"


def test_a_body_seated_in_a_country_keeps_the_place_in_its_name_and_its_acronym(read):
    text = "The head of the UN Assistance Mission in Somalia (UNAMS), Jane Doe, met the minister. UNAMS was concerned."
    mission = next(a for a in read(text).actors if a.label == "UN Assistance Mission in Somalia")
    assert {m.text for m in mission.mentions} == {"UN Assistance Mission in Somalia", "UNAMS"}


def test_the_day_a_committee_met_is_no_part_of_its_name(read):
    found = labels(read("Prime Minister Omar Khan chaired a meeting of the National Security Committee on Saturday."))
    assert "National Security Committee" in found and "National Security Committee on Saturday" not in found


def test_a_surname_two_persons_bear_is_no_organisation(read):
    text = ("Li Wei met the envoy. Foreign ministry spokesman Li Jun said ties were improving. "
            "Li had travelled to Hanoi in March.")
    assert "Li" not in labels(read(text))


@pytest.mark.parametrize("first, second", [("Ahmad Massoud", "Ahmad Masood"), ("Karim Hassani", "Karim Hasani")])
def test_romanisations_of_one_name_are_one_person(read, first, second):
    persons = [a for a in read(f"{first} leads the front. {second} said the fighters had retreated.").actors
               if a.kind == "Person"]
    assert len(persons) == 1


@pytest.mark.parametrize("text, place", [
    ("Putin watched the exercise at the Gorokhovsky training ground in the Far East.", "Gorokhovsky"),
    ("Units held a tactical exercise at the Kostino training ground near the border.", "Kostino"),
    ("Trucks queued for a week at the Sarband border terminal.", "Sarband"),
])
def test_a_name_a_ground_or_terminal_follows_is_a_place(read, text, place):
    assert {a.label: a.kind for a in read(text).actors}.get(place) in (None, "Place")


# --- misfires found in review (sentences written for the review) ---------------------------------

def test_a_name_before_a_lowercase_bank_is_the_bank_not_a_place(read):
    extraction = read("The loan was approved by the Halyk bank board on Monday, the Kazakh lender said.")
    assert all(a.kind != "Place" for a in extraction.actors if a.label == "Halyk")


@pytest.mark.parametrize("text, name", [
    ("Ukrainian drones struck the Caspian Pipeline Consortium's terminal near Novorossiysk on Monday.",
     "Caspian Pipeline Consortium"),
    ("The Adani Group's port in Haifa has continued to operate, the company said.", "Adani Group"),
    ("The drills took place in the Central Military District's training area near Orenburg.",
     "Central Military District"),
])
def test_an_organisation_that_owns_a_facility_stays_an_organisation(read, text, name):
    assert [a.kind for a in read(text).actors if a.label == name] == ["Organisation"]
