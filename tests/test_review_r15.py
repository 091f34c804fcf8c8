"""Review r15 of round 14's rules (commits 7ae45fc..b3e02f7): military ("-backed" forces, a demonym before a gerund,
weapons used against, "downed", "Its army …", "the army" no armed group), meetings (a counterpart named beside
"called", a date after "called", persons counted, the armies' countries, a word of several sides in a relative
clause) and actors (a treaty or a pact, a forum, a numbered unit with a capitalised name, "G20", a bracketed acronym,
a title before "of"), and kg/page.py's page readings (indentation, wrapped bullets, headlines whose sentence goes on,
notes on the writer), probed with sentences written for the review.

Misfires of the extraction rules are xfail(strict) with the reading they should get; those of kg/page.py were fixed
during the review (a comment names each); the other tests guard what was checked and read right.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.ingest import read_text_article
from meeting_views import met, parties
from military_views import agents

PUBLISHED = date(2024, 5, 14)


def misfire(what: str):
    return pytest.mark.xfail(strict=True, reason=f"review r15: {what}")


def labels(extraction) -> set[str]:
    return {actor.label for actor in extraction.actors}


def body(text: str) -> list[str]:
    """The paragraphs of a plain-text page."""
    return read_text_article(text, "page.txt").text.split("\n\n")


# === military ========================================================================================================

# --- "X-backed" forces (military_agency.backed_by_another) -----------------------------------------------------------
# misfire fixed after the review: military_agency.backed_by_another: forces joined to '-backed' ones are left without
# their agent (the first subject resolves to None and ends the search; 'Russian troops' after 'and' is never tried)
def test_forces_joined_after_backed_ones_keep_their_owner(read):
    assert ("Attack", "Russia") in agents(read(
        "Russia-backed separatists and Russian troops shelled the town of Avdiivka."))


@pytest.mark.parametrize("text, expected", [
    ("US-trained Afghan commandos raided a Taliban prison in Helmand on Monday.", ("Attack", "Afghanistan")),
    ("Russian-trained Malian soldiers attacked a village near Moura.", ("Attack", "Mali")),
    ("Heavily-armed Indian troops stormed the building in Srinagar on Tuesday.", ("Attack", "India")),
    ("Western-armed Ukrainian brigades launched a counteroffensive near Zaporizhzhia.", ("Attack", "Ukraine")),
    ("Russian troops and Russia-backed separatists shelled the town of Avdiivka.", ("Attack", "Russia")),
])
def test_trained_or_armed_forces_are_their_own_country(read, text, expected):
    assert expected in agents(read(text))


def test_a_backer_named_by_its_seat_does_not_act(read):
    assert not any(agent == "Kremlin" for _, agent in agents(read(
        "Kremlin-backed Wagner mercenaries attacked the town of Bakhmut on Monday.")))


# --- "Its army …" continues the subject before (military_agency._previous_subject) -----------------------------------
# misfire fixed after the review: military_agency._previous_subject: 'Its fighters' after a sentence whose subject is
# a state and whose object is an armed group are the group's (fighters, militants are no state's forces), not the
# state's
def test_its_fighters_after_a_state_naming_a_group_are_not_the_state(read):
    assert not any(agent == "Turkey" for _, agent in agents(read(
        "Turkey has designated the PKK a terrorist organisation. Its fighters attacked a police station in "
        "Diyarbakir on Monday.")))


@pytest.mark.parametrize("text, state", [
    ("Pakistan banned the Baloch Liberation Army in 2006. Its militants ambushed a convoy near Turbat on Monday.",
     "Pakistan"),
])
def test_its_militants_after_a_state_are_not_the_state(read, text, state):
    assert not any(agent == state for _, agent in agents(read(text)))


# --- "the army" is no armed group named "… Army" (military_agency._armed_group_for_army) -----------------------------
@misfire("military_agency._armed_group_for_army: 'the army' right after 'The Arakan Army captured …', the one army the "
         "text names, is that army; the rule drops the second capture altogether (before: the Arakan Army's). Left: "
         "test_military_r14's 'The Kachin Independence Army seized a hill post. The army shelled the post' wants the "
         "other reading, which news English uses more often (an insurgent army is 'the group', 'the rebels')")
def test_the_army_after_the_one_army_named_is_that_army(read):
    found = agents(read("The Arakan Army captured the town of Paletwa on Sunday. The army later seized a border post "
                        "near Maungdaw."))
    assert found.count(("Capture", "Arakan Army")) == 2


def test_the_army_after_a_state_army_is_the_state_army(read):
    assert ("Deployment", "Army of Pakistan") in agents(read(
        "The Pakistan Army launched an operation in Khyber. The army deployed additional troops on Monday."))


# --- "downed" aircraft (military_triggers.named_in_phrase) -----------------------------------------------------------
# misfire fixed after the review: military_triggers.named_in_phrase: 'downed' with an aircraft as object is an attack
# whatever the subject: a storm that downed a helicopter gives an Attack
def test_a_storm_that_downs_a_helicopter_is_no_attack(read):
    assert agents(read("A storm downed a military helicopter near Gilgit on Monday, killing two pilots.")) == []


@pytest.mark.parametrize("text", [
    "Engine failure downed an Indian Air Force MiG-21 during a training flight in Rajasthan.",
    "Heavy winds downed a surveillance drone over the Sindh border, police said.",
])
def test_accidents_that_down_aircraft_are_no_attack(read, text):
    assert agents(read(text)) == []


def test_air_defences_downing_a_drone_attack(read):
    assert ("Attack", "Iran") in agents(read("Iranian air defences downed an Israeli drone over Isfahan."))


# --- weapons used against (military_triggers.arms_used_against) ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Medvedev said Russia could use nuclear weapons against Ukraine if Kyiv attacked Crimea.",
    "Russia threatened to use nuclear weapons against NATO members.",
    "Kyiv asked Washington for permission to use American missiles against targets inside Russia.",
    "Iran denied that it had used drones against Kurdish groups in Iraq.",
    "Activists used drones against poachers in Kenya's national parks.",
    "The Tajik opposition used social media against the government.",
])
def test_weapons_threatened_or_not_used_are_no_attack(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Ukraine has used Western tanks against Russian positions near Robotyne.", ("Attack", "Ukraine")),
    ("Azerbaijan used Israeli-made drones and Turkish Bayraktars against Armenian tanks.", ("Attack", "Azerbaijan")),
])
def test_weapons_used_against_positions_attack(read, text, expected):
    assert expected in agents(read(text))


# --- a demonym before a gerund (military_agents._demonym_of_gerund) --------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Civilians fled from Israeli bombing in northern Gaza.", ("Attack", "Israel")),
    ("Doctors treated children wounded in Saudi bombing of Saada.", ("Attack", "Saudi Arabia")),
])
def test_demonym_before_bombing(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "He spoke in Uzbek warning villagers of shelling near Sokh.",
    "The leaflets were written in Pashto threatening attacks on schools.",
])
def test_a_language_before_a_gerund_is_no_agent(read, text):
    assert agents(read(text)) == []


# === meetings ========================================================================================================

# --- "called his counterpart, B" (meeting_kinds.rings / _own_counterpart) --------------------------------------------
@misfire("meeting_kinds._own_counterpart: 'called his Greek counterpart, B, a liar' is naming, no call: with the name "
         "apposed the parser hangs 'a liar' elsewhere and the counterpart is the verb's one object")
def test_calling_ones_named_counterpart_a_liar_is_no_call(read):
    assert parties(read("Turkish President Recep Tayyip Erdogan called his Greek counterpart, Kyriakos Mitsotakis, "
                        "a liar on Tuesday.")) == []


@pytest.mark.parametrize("text", [
    'Indian Foreign Minister S. Jaishankar called his Chinese counterpart, Wang Yi, a "good friend" at a press '
    'conference in Delhi.',
    "Russian Foreign Minister Sergei Lavrov called his Ukrainian counterpart, Dmytro Kuleba, a puppet of the West.",
    "Secretary of State Antony Blinken called his Chinese counterpart, Wang Yi, to Washington for talks.",
])
def test_calling_ones_counterpart_something_or_somewhere_is_no_call(read, text):
    assert parties(read(text)) == []


def test_calling_ones_counterpart_named_beside_on_a_day(read):
    extraction = read("Pakistani Prime Minister Shehbaz Sharif called his Indian counterpart, Narendra Modi, on "
                      "Tuesday to condole the deaths in the train accident.")
    assert met(extraction, "Shehbaz Sharif", "Narendra Modi")


@pytest.mark.parametrize("text", [
    "President Ilham Aliyev called on Armenia on Monday to sign the peace treaty.",
    "President Ilham Aliyev called on Monday on Armenian Prime Minister Nikol Pashinyan to sign the peace treaty.",
])
def test_calling_on_someone_to_act_on_a_day_is_no_visit(read, text):
    assert parties(read(text)) == []


def test_calling_on_a_president_on_a_date_is_a_visit(read):
    assert met(read("Kazakh President Kassym-Jomart Tokayev called on Russian President Vladimir Putin on May 9 in "
                    "Moscow."), "Kassym-Jomart Tokayev", "Vladimir Putin")


# --- persons counted, through a joined verb (meeting_kinds.plural_subject) -------------------------------------------
@misfire("meeting_kinds.plural_subject: a counted subject reached through a joined verb signs with the other: 'the two "
         "leaders attended the dinner and signed nothing' gives Talks (a sign with no object is no encounter)")
def test_leaders_who_signed_nothing_held_no_talks(read):
    assert parties(read("Pakistan's Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi were both "
                        "in Astana. The two leaders attended the dinner and signed nothing.")) == []


@pytest.mark.parametrize("text", [
    "Two Indian army officers were arrested in Pune on Monday on charges of spying, police spokesman Rakesh Kumar "
    "said. Defence Minister Rajnath Singh said the two officers had signed confessions.",
    "Pakistan's Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi were both in Astana. Both "
    "premiers smiled but held no talks.",
    "Pakistan's Prime Minister Shehbaz Sharif and Indian Prime Minister Narendra Modi were both in Astana. The two "
    "leaders attended the dinner and held no talks.",
    "Modi and Sharif addressed the SCO summit in Astana on Thursday and discussed terrorism in their speeches.",
])
def test_persons_counted_who_did_not_meet(read, text):
    assert parties(read(text)) == []


def test_presidents_counted_are_not_the_ministers_who_attended(read):
    extraction = read("Russian President Vladimir Putin hosted Kazakh President Kassym-Jomart Tokayev in the Kremlin "
                      "on Monday. Foreign Minister Sergei Lavrov and his Kazakh counterpart Murat Nurtleu also "
                      "attended. The two presidents discussed energy and transit.")
    assert parties(extraction) == [["Kassym-Jomart Tokayev", "Vladimir Putin"]]


# --- "the commanders of the two armies" (meeting_words.COUNTED_GROUPS: armies, militaries) --------------------------
@misfire("meeting_parties: 'the two armies' are the last two countries named, here the truce's brokers (Russia, "
         "Turkey), not the two that agreed to it and whose armies they are")
def test_the_two_armies_are_not_the_brokers_named_last(read):
    extraction = read("Armenia and Azerbaijan agreed to a truce brokered by Russia and Turkey. The commanders of the "
                      "two armies met in Lachin on Monday.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]


def test_the_two_armies_are_the_two_countries_named(read):
    extraction = read("Armenia and Azerbaijan agreed to a truce on Sunday. The commanders of the two armies met in "
                      "Lachin on Monday.")
    assert parties(extraction) == [["Armenia", "Azerbaijan"]]


# --- a word of several sides in a relative clause (meetings._leaders_apart) ------------------------------------------
def test_trilateral_in_a_clause_on_those_met_keeps_them_apart(read):
    extraction = read("Prime Minister Shehbaz Sharif met Chinese President Xi Jinping and Russian President Vladimir "
                      "Putin, whose countries hold trilateral talks every year, in Astana on Thursday.")
    assert parties(extraction) == [["Shehbaz Sharif", "Vladimir Putin"], ["Shehbaz Sharif", "Xi Jinping"]]


def test_a_summit_named_outside_the_clause_keeps_one_meeting(read):
    extraction = read("Prime Minister Shehbaz Sharif met Chinese President Xi Jinping and Iranian President Ebrahim "
                      "Raisi on the sidelines of the summit, which brought the leaders together.")
    assert parties(extraction) == [["Ebrahim Raisi", "Shehbaz Sharif", "Xi Jinping"]]


# === actors ==========================================================================================================

@misfire("names.EVENT_WORDS: 'pact' makes the Warsaw Pact, a military alliance (an organisation, like the Collective "
         "Security Treaty Organization), a document: no actor")
def test_the_warsaw_pact_is_an_alliance(read):
    assert "Warsaw Pact" in labels(read("Warsaw Pact troops invaded Czechoslovakia in 1968. The Warsaw Pact was "
                                        "dissolved in 1991."))


# misfire fixed after the review: actor_occurrences._GROUP_OF: any 'G' and one or two digits is a group of countries:
# the G3 rifle (the Pakistan Army's) and the G36 rifle are read as organisations
@pytest.mark.parametrize("text, rifle", [
    ("The soldiers, armed with G3 rifles, opened fire on the attackers in Quetta.", "G3"),
    ("German troops in Lithuania still carry G36 rifles, the Bundeswehr said.", "G36"),
])
def test_a_rifle_is_no_group_of_countries(read, text, rifle):
    assert rifle not in labels(read(text))


@pytest.mark.parametrize("text", ["The G7 foreign ministers met in Capri on Thursday.",
                                  "The G20 summit in New Delhi adopted a joint declaration."])
def test_groups_of_countries_by_their_number(read, text):
    assert labels(read(text)) & {"G7", "G20", "Group of Seven", "Group of Twenty"}


# misfire fixed after the review: actor_phrases._unit_at: a capitalised demonym between an ordinal and 'Army' of 'Army
# Day' makes a numbered unit, '76th Indian Army' (before: the Indian Army); a day named after a unit is no unit
def test_an_army_day_parade_is_no_numbered_unit(read):
    found = labels(read("Thousands watched the 76th Indian Army Day parade in Pune on Monday."))
    assert "76th Indian Army" not in found


# misfire fixed after the review: actor_phrases._unit_at: an organisation's name between an ordinal and 'Army' of
# 'Army Games' is read as a unit ('2nd Shanghai Cooperation Organisation Army')
def test_army_games_named_after_a_body_are_no_unit(read):
    assert not any(label.startswith("2nd") for label in labels(read(
        "The 2nd Shanghai Cooperation Organisation Army Games will be held in July.")))


@pytest.mark.parametrize("text, label", [
    ("Soldiers of the 4th Brigade of the 201st Russian Military Base took part.", "201st Russian Military Base"),
    ("The 20th Ukraine Defense Contact Group meeting was held at Ramstein on Monday.",
     "Ukraine Defense Contact Group"),
])
def test_numbered_units_and_bodies(read, text, label):
    assert label in labels(read(text))


@pytest.mark.parametrize("text, label", [
    ("The Heads of State Council of the Shanghai Cooperation Organisation will meet in Astana in July.",
     "Heads of State Council"),
    ("The Joint Chiefs of Staff said on Monday that the strikes had hit their targets.", "Joint Chiefs of Staff"),
    ("The Chiefs of Staff Committee met in Rawalpindi on Monday, the ISPR said.", "Chiefs of Staff Committee"),
])
def test_bodies_named_by_titles_before_of_stay(read, text, label):
    assert label in labels(read(text))


def test_a_regnal_number_and_a_namesake(read):
    found = labels(read("Britain's King Charles III hosted European Council President Charles Michel at Windsor on "
                        "Monday. Michel thanked the king."))
    assert {"Charles III", "Charles Michel"} <= found


def test_a_bracketed_country_code_is_no_acronym_of_the_body(read):
    found = labels(read("The Ministry of Defence (UK) said two Typhoon jets intercepted Russian bombers. The UK has "
                        "sent more jets to Estonia."))
    assert {"Ministry of Defence", "United Kingdom"} <= found


def test_a_country_in_a_gulfs_name_is_no_actor(read):
    assert "Oman" not in labels(read("Iranian speedboats harassed a US destroyer in the Gulf of Oman on Monday."))


# === kg/page.py ======================================================================================================

# misfire fixed during the review (kg/page.py _indentation_read): a text indented throughout (an e-mail's margin) and
# hard-wrapped was cut into paragraphs at each line that ended a sentence under a wrapped one, which parted "They
# discussed …" from the sentence naming who they are
def test_a_text_indented_throughout_keeps_its_paragraph():
    text = ("Lavrov meets Blinken in Helsinki\n\n"
            "  Russian Foreign Minister Sergei Lavrov on Thursday met the U.S.\n"
            "  Secretary of State Antony Blinken on the sidelines of the OSCE\n"
            "  meeting in Helsinki, officials said. The talks lasted half an hour.\n"
            "  They discussed arms control and the war in Ukraine, a Russian\n"
            "  spokesman said.\n")
    assert len(body(text)) == 1


# misfire fixed during the review (kg/page.py _goes_on_item): a short bulleted heading over an indented paragraph of
# its own was joined to it ("• Border talks Kyrgyz and Tajik officials met …")
def test_a_bulleted_heading_is_not_joined_to_the_paragraph_under_it():
    text = ("Border news in brief\n\n"
            "• Border talks\n    Kyrgyz and Tajik officials met in Batken on Monday to discuss the border, the "
            "ministry said.\n")
    assert "Border talks Kyrgyz" not in "\n".join(body(text))


# misfire fixed during the review (kg/page.py _goes_on_below): a byline right under the headline, lowercase ("by Staff
# Reporter") or under a headline ending on a small word ("… worth fighting for"), made the headline a wrapped
# paragraph's first line: no title, and headline and byline read as story
@pytest.mark.parametrize("headline, byline", [
    ("Pakistan closes Torkham border crossing after clash", "by Staff Reporter"),
    ("Kyrgyzstan and Tajikistan: a border worth fighting for", "By Staff Reporter"),
])
def test_a_headline_with_a_byline_under_it(headline, byline):
    story = ("Kyrgyz and Tajik border guards exchanged fire near the village of Ovchi-Kalacha on Monday, officials "
             "in Bishkek said.")
    article = read_text_article(f"{headline}\n{byline}\n\n{story}\n", "page.txt")
    assert (article.title, article.text) == (headline, story)


def test_a_wrapped_first_line_going_on_with_by_is_no_headline():
    paragraph = ("Pakistan's army said its post in Kurram was attacked on Monday\n"
                 "by militants who crossed from Afghanistan, the ISPR said.")
    assert paragraph in body(f"{paragraph}\n\nThe crossing was closed, officials said.\n")


# misfire fixed during the review (kg/page.py _is_writer_note): a story's last sentence about an author that says its
# source with "according to" was dropped as a note on the writer
def test_a_sentence_about_an_author_according_to_a_source_stays():
    last = ("The author is a naturalised US citizen and has lived in New York for two decades, according to his "
            "publisher.")
    text = ("Rushdie stabbed on stage in New York\n\nRushdie was stabbed on stage at the Chautauqua Institution in New "
            f"York on Friday, police said.\n\n{last}\n")
    assert body(text)[-1] == last


# misfire fixed during the review (kg/page.py _QUOTES): two »German« quotes on one line were read as a «French» quote
# between them ("« and said: »"), leaving “a crime“ and ”We stand …” with marks the quote rules do not pair
def test_two_reversed_guillemet_quotes_on_one_line():
    line = "Scholz called the attack »a crime« and said: »We stand with Ukraine.« Merz agreed with the chancellor."
    assert body(f"Scholz in Kyiv\n\n{line}\n")[0] == (
        "Scholz called the attack “a crime” and said: “We stand with Ukraine.” Merz agreed with the chancellor.")


# misfire fixed after the review (kg/page.py): the story's own date under its last line lost to a related teaser's
# 'Published on' below it, both under the story's end (the label outranked the nearer date)
def test_the_story_date_at_the_foot_beats_a_teaser_date_below_it():
    page = ("Pakistan, India agree to ceasefire\n\nPakistan and India agreed to a ceasefire along the Line of Control "
            "on Monday, officials said.\n\nThe truce took effect at midnight, the ISPR said.\n\n12 December 2022\n\n"
            "Related: Border talks resume between India and Pakistan\nPublished on July 6, 2021\n")
    assert read_text_article(page, "page.txt").published == date(2022, 12, 12)
