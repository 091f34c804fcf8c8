"""Meetings read on unseen text (round 12): "he" after a sentence whose subject is a person described, not named
("The Chinese leader was in Astana … On Monday he held talks with …"); the label of an interview's answer
("Karimova: The foreign minister spoke to …"), who tells of the meeting and is no party to it; a meeting "with the
Russian president" (the person described, not the country); and "His first meeting, with X, was …" (whose it was);
on sentences written for these tests (never copied from the evaluation sets)."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties

PUBLISHED = date(2024, 6, 3)


# --- "The Chinese leader was in X. On Monday he held talks with Y": he is the leader described ---------------

@pytest.mark.parametrize("text, visitor, host, bystander", [
    ("Chinese President Xi Jinping said on Sunday that trade would grow. Kazakh President Kassym-Jomart Tokayev "
     "thanked Kyrgyz President Sadyr Japarov for his support.\n\nThe Chinese leader was in Astana for a two-day "
     "visit. On Monday he held talks with President Shavkat Mirziyoyev on gas supplies.",
     "Xi Jinping", "Shavkat Mirziyoyev", "Sadyr Japarov"),
    ("Indian Prime Minister Narendra Modi arrived in Moscow on Monday. Ukrainian President Volodymyr Zelensky "
     "criticised the trip.\n\nThe Indian premier travelled on to Vienna the next day. There he met Chancellor "
     "Karl Nehammer at the Federal Chancellery.",
     "Narendra Modi", "Karl Nehammer", "Volodymyr Zelensky"),
])
def test_he_after_a_described_subject_is_the_person_described(read, text, visitor, host, bystander):
    extraction = read(text)
    assert met(extraction, visitor, host), parties(extraction)
    assert not met(extraction, bystander, host)


def test_he_after_a_description_of_nobody_named_stays_unresolved_to_a_bystander(read):
    extraction = read("Kazakh President Kassym-Jomart Tokayev opened the forum on Monday.\n\nThe Turkish envoy "
                      "was in Astana for two days. On Tuesday he held talks with Deputy Foreign Minister Roman "
                      "Vassilenko.")
    assert not met(extraction, "Kassym-Jomart Tokayev", "Roman Vassilenko"), parties(extraction)


# --- "Karimova: The foreign minister spoke to X": the one who answers is no party ------------------------------

INTERVIEW = ("We asked Dilnoza Karimova, an analyst in Tashkent, about the talks.\n\n"
             "Q: Did the two governments talk after the clash?\n\n"
             "Karimova: Foreign Minister Bakhtiyor Saidov spoke to Amir Khan Muttaqi by phone on Friday, and both "
             "called for calm.\n\n"
             "Q: What comes next?\n\n"
             "Karimova: Saidov will travel to Kabul in May. Nobody expects a quick deal.\n")


@pytest.fixture(scope="module")
def interview(read):
    return read(INTERVIEW)


def test_the_parties_of_a_call_told_in_an_answer(interview):
    assert met(interview, "Bakhtiyor Saidov", "Amir Khan Muttaqi"), parties(interview)
    assert not any("Dilnoza Karimova" in group for group in parties(interview)), parties(interview)


def test_the_answer_is_still_the_interviewees_statement(interview):
    speakers = {interview.actor(s.speaker).label for s in interview.statements}
    assert "Dilnoza Karimova" in speakers


# --- "in his first meeting with the Russian president": the person described is met, not the country --------

@pytest.mark.parametrize("text, guest, host", [
    ("Vladimir Putin flew to Astana on Tuesday.\n\nDuring his talks with the Russian president, Mongolian President "
     "Ukhnaagiin Khurelsukh raised gas transit fees.", "Ukhnaagiin Khurelsukh", "Vladimir Putin"),
    ("Narendra Modi arrived in Kyiv on Friday.\n\nVolodymyr Zelensky, after his meeting with the Indian prime "
     "minister, said India could help.", "Volodymyr Zelensky", "Narendra Modi"),
])
def test_a_meeting_with_a_described_person_has_that_person(read, text, guest, host):
    extraction = read(text)
    assert met(extraction, guest, host), parties(extraction)
    assert not any("Russia" in group or "India" in group for group in parties(extraction))


def test_a_meeting_with_a_described_side_names_no_person(read):
    extraction = read("Vladimir Putin flew to Astana on Tuesday.\n\nMongolian President Ukhnaagiin Khurelsukh, in "
                      "his talks with the Russian side, asked for gas transit fees.")
    assert not met(extraction, "Ukhnaagiin Khurelsukh", "Vladimir Putin"), parties(extraction)


# --- "His first meeting, with X, was …": whose meeting it was is a party -------------------------------------

def test_the_owner_of_a_meeting_that_opens_the_sentence_is_a_party(read):
    extraction = read("Iranian President Masoud Pezeshkian landed in Kazan on Tuesday for the summit.\n\n"
                      "His first meeting, with Narendra Modi on Tuesday evening, lasted an hour.")
    assert met(extraction, "Masoud Pezeshkian", "Narendra Modi"), parties(extraction)


# --- "X met A, Iran's Brigadier General B and C": a rank before a name keeps the country before it -------------

def test_persons_met_one_by_one_when_a_rank_stands_between_a_country_and_a_name(read):
    extraction = read("Pakistani Army Chief Asim Munir arrived in Tehran on Sunday.\n\nMunir also met Iranian Defence "
                      "Minister Aziz Nasirzadeh, Turkey’s Brigadier General Murat Kaya and Iraq’s Major General "
                      "Ali Hassan on Monday.")
    assert {("Asim Munir", other) for other in ("Aziz Nasirzadeh", "Murat Kaya", "Ali Hassan")} <= \
        {tuple(sorted(group, key=lambda name: name != "Asim Munir")) for group in parties(extraction)}, \
        parties(extraction)


# --- "the delegation was received by X": the delegation met X ---------------------------------------------------

@pytest.mark.parametrize("text, side, host", [
    ("Last week a delegation of the Kyrgyz government led by Deputy Prime Minister Edil Baisalov visited Kabul. In "
     "Kabul the delegation was received by acting Prime Minister Mohammad Hasan Akhund, the Kyrgyz cabinet reported.",
     "Edil Baisalov", "Mohammad Hasan Akhund"),
    ("A Taliban delegation arrived in Ashgabat on Monday. The delegation was received by Turkmen Foreign Minister "
     "Rashid Meredov, the ministry said.", "Taliban", "Rashid Meredov"),
])
def test_a_delegation_received_by_a_person_met_that_person(read, text, side, host):
    extraction = read(text)
    assert met(extraction, side, host), parties(extraction)


def test_a_letter_received_by_a_minister_is_no_meeting(read):
    extraction = read("A Taliban delegation arrived in Ashgabat on Monday. The letter was received by Turkmen Foreign "
                      "Minister Rashid Meredov, the ministry said.")
    assert not met(extraction, "Taliban", "Rashid Meredov"), parties(extraction)


# --- "According to X, the prime minister …": the comma ends the source, the prime minister is not X ------------

def test_the_office_after_an_according_to_source_is_not_the_sources(read):
    extraction = read("Pakistani Prime Minister Shehbaz Sharif held talks in Beijing on Tuesday. According to "
                      "Pakistani Foreign Secretary Sohail Mahmood, the prime minister \"firmly raised\" the question and Beijing "
                      "pledged a swift answer.\n\nAfter Beijing, the Pakistani prime minister travels to Tashkent for "
                      "talks with Uzbek President Shavkat Mirziyoyev.")
    assert met(extraction, "Shehbaz Sharif", "Shavkat Mirziyoyev"), parties(extraction)
    assert not met(extraction, "Sohail Mahmood", "Shavkat Mirziyoyev")


# --- "X met President A and Foreign Minister B": one meeting each, though A and B serve one country -------------

def test_two_persons_of_one_country_met_by_a_visitor_are_met_one_by_one(read):
    extraction = read("Turkish Foreign Minister Hakan Fidan arrived in Ashgabat on Monday. In Ashgabat, Fidan met "
                      "President Serdar Berdimuhamedow and Foreign Minister Rashid Meredov.")
    assert met(extraction, "Hakan Fidan", "Serdar Berdimuhamedow") and met(extraction, "Hakan Fidan", "Rashid Meredov")
    assert not any(len(group) > 2 for group in parties(extraction)), parties(extraction)


# --- "A, elected after B died, met C": who the clause about A names is no party -------------------------------

def test_a_person_named_in_a_clause_about_the_subject_is_no_party(read):
    extraction = read("Kyrgyz President Sadyr Japarov, who took office in 2021 after Sooronbay Jeenbekov resigned, met "
                      "Turkish President Recep Tayyip Erdogan in Ankara on Friday.")
    assert parties(extraction) == [["Recep Tayyip Erdogan", "Sadyr Japarov"]]


# --- guards of the readings above ---------------------------------------------------------------------------

def test_a_described_person_received_by_someone_met_him(read):
    extraction = read("Kyrgyz Foreign Minister Jeenbek Kulubaev arrived in Baku on Monday. The minister was received "
                      "by President Ilham Aliyev, the Kyrgyz ministry said.")
    assert met(extraction, "Jeenbek Kulubaev", "Ilham Aliyev"), parties(extraction)


def test_he_after_a_generic_description_is_still_the_person_named(read):
    extraction = read("Sergey Lavrov arrived in Hanoi on Monday. The visiting diplomat was welcomed at the airport by "
                      "officials. Later he met Vietnamese Foreign Minister Bui Thanh Son at the ministry.")
    assert met(extraction, "Sergey Lavrov", "Bui Thanh Son"), parties(extraction)
