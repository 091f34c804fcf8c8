"""Round 12's military rules, each a construction of news English with sentences that must and must not fire: an action
asked about, the police's moves, a trend told in the plural, the reporter of a strike, the side struck back at.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- a yes/no question asks whether the action happens; it reports none ---------------------------------------------
@pytest.mark.parametrize("text", [
    "REPORTER: Minister, will the Islamic Emirate deploy special forces to guard the pipeline?",
    "Did Russia send troops to Kazakhstan last week?",
    "Is China planning to hold naval exercises near Taiwan?",
    "Has the Indian Army withdrawn its tanks from the border area?",
    "Would Uzbekistan ever station foreign troops on its soil?",
])
def test_question_asks(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Why did Russia send troops to Kazakhstan?", ("Deployment", "Russia")),  # a question word takes it as done
    ("Russia sent troops to Kazakhstan, didn't it?", ("Deployment", "Russia")),
    ("The Taliban captured Kunduz on Sunday. Who will govern the city now?", ("Capture", "Taliban")),
    ("Will the talks succeed? Russia deployed 3,000 troops to the border on Monday.", ("Deployment", "Russia")),
])
def test_question_beside_a_report(read, text, expected):
    assert expected in agents(read(text))


# --- the police keep order: their moves are no military deployment ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tashkent police deployed nearly 3,000 personnel across the city ahead of the festival.",
    "More than 500 police officers were sent to Almaty on Thursday.",
    "Riot police were deployed around parliament in Bishkek.",
    "Kazakhstan deployed 3,000 policemen in the city centre.",
])
def test_police_moves(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kazakhstan deployed troops and police to Almaty.", ("Deployment", "Kazakhstan")),
    ("Pakistan deployed 4,000 policemen and 2,000 soldiers across Islamabad.", ("Deployment", "Pakistan")),
    ("Russia sent paratroopers to protect police stations in Almaty.", ("Deployment", "Russia")),
])
def test_forces_beside_police(read, text, expected):
    assert expected in agents(read(text))


# --- actions told by how they grow or recur are a trend, not an event ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Niger faces rising attacks by Boko Haram along its southern frontier.",
    "The Taliban carried out a growing number of attacks on Afghan army posts.",
    "India reported frequent incursions by Chinese troops along the LAC.",
    "Villagers complain of mounting attacks by the Taliban in Kunduz.",
])
def test_trend(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("The Taliban carried out repeated attacks on Afghan army posts last week.", "Taliban"),
    ("The Taliban attacked Afghan army posts in Kunduz amid growing tension.", "Taliban"),
    ("Russian forces carried out heavy attacks on Kharkiv on Monday.", "Russia"),
])
def test_an_event_beside_a_trend(read, text, agent):
    assert ("Attack", agent) in [(k, a) for k, a in agents(read(text))]


# --- whoever tells a press conference of strikes did not strike ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Iran fired missiles at five sites in Iraq on Monday. Major General Karim Rahimi told a press conference that the "
    "strikes hit markets in Erbil.",
    "Russia fired missiles at Kyiv overnight. Mayor Vitali Klitschko told a news conference that the missiles struck "
    "apartment blocks.",
])
def test_the_one_who_tells_of_strikes(read, text):
    assert all(agent not in ("Karim Rahimi", "Vitali Klitschko") for _, agent in agents(read(text)))


@pytest.mark.parametrize("text, agents_expected", [
    ("India and China held talks. Both sides still have about 50,000 troops each deployed in the region.",
     {"India", "China"}),  # "each" is no subject of its own: the troops are the sides'
])
def test_forces_each_deployed_are_the_owners(read, text, agents_expected):
    assert agents_expected <= {a for _, a in agents(read(text))}


# --- forces named without owner do not act for the side their action is aimed at --------------------------------------
@pytest.mark.parametrize("text", [
    "Armenia shelled two border posts in Azerbaijan overnight.\n\n"
    "The armed forces have started a retaliatory operation against firing positions in Armenia, the defence ministry "
    "said.",
    "Tajikistan shelled Kyrgyz villages on Monday.\n\n"
    "The troops then opened an offensive on Tajikistan's border posts, the ministry said.",
])
def test_the_side_struck_back_at_is_no_agent(read, text):
    found = agents(read(text))
    assert len([a for a in found if a[1] in ("Armenia", "Tajikistan")]) == 1  # its own attack only


def test_forces_named_again_still_continue_their_side(read):
    text = "Taliban fighters attacked an army post in Kunduz. The fighters also launched an offensive on Kunduz city."
    assert [a for _, a in agents(read(text))].count("Taliban") == 2


# --- a surge in actions is a trend too --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Ties have been strained by a surge in attacks by the Pakistani Taliban since November.",
    "Officials in Kabul reported a sharp rise in incursions by Iranian border guards.",
])
def test_surge_in_actions(read, text):
    assert agents(read(text)) == []


def test_an_attack_beside_a_surge_in_something_else(read):
    text = "Taliban fighters attacked an army post in Kunduz on Monday, amid a surge in violence."
    assert ("Attack", "Taliban") in agents(read(text))


# --- an advance told with the ground it took is the course of that capture --------------------------------------------
@pytest.mark.parametrize("text", [
    'The defence minister said Russian forces were advancing "on all fronts" and had taken three villages near '
    'Bakhmut.',
    "Taliban fighters advanced through Badakhshan and captured six districts in a week.",
])
def test_advance_and_capture_are_one(read, text):
    assert [kind for kind, _ in agents(read(text))] == ["Capture"]


@pytest.mark.parametrize("text, expected", [
    ("Russian troops advanced near Pokrovsk, while the Ukrainian army recaptured two villages near Kupiansk.",
     {("Other", "Russia"), ("Capture", "Army of Ukraine")}),  # another agent takes the ground
    ("Russian troops were advancing on Pokrovsk on Monday.", {("Other", "Russia")}),
])
def test_advance_of_its_own(read, text, expected):
    assert expected <= set(agents(read(text)))


# --- attacks plotted or desired are none done -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The ministry said the camps had been used to plan attacks on Khost province.",
    "Officials said the cell was plotting strikes on government buildings in Dushanbe.",
    '"It is their desire to continue those attacks on our troops," the general said.',
    "The Taliban said it was their wish to continue attacks on Afghan army posts.",
])
def test_attacks_plotted_or_desired(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Russia is preparing exercises near the Polish border.", ("Exercise", "Russia")),  # announced, kept
    ("Taliban fighters attacked the airport on Monday, an assault they had planned for weeks.", ("Attack", "Taliban")),
])
def test_plans_that_are_told(read, text, expected):
    assert expected in agents(read(text))


# --- "both sides" are the two countries the sentence before names, not whoever acted last -----------------------------
@pytest.fixture(scope="module")
def sides_story(read):
    return agents(read(
        "Uzbekistan has mobilised 10,000 reservists to guard its southern border.\n\n"
        "Relations between Armenia and Azerbaijan worsened after the war in 2020. Both sides gradually reinforced "
        "their positions by sending thousands of troops to the frontier."))


def test_both_sides_named_in_the_sentence_before(sides_story):
    assert {("Deployment", "Armenia"), ("Deployment", "Azerbaijan")} <= set(sides_story)
    assert ("Deployment", "Uzbekistan") not in sides_story


def test_both_sides_without_a_pair_before_are_the_last_read(read):
    text = ("Kyrgyz and Tajik border guards exchanged fire near Vorukh on Thursday. On Friday, both sides withdrew "
            "their troops from the area.")
    assert {"Kyrgyzstan", "Tajikistan"} & {a for k, a in agents(read(text)) if k == "Withdrawal"}


# --- forces that return fire fire back; they do not go home -----------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Pakistani troops returned fire on Monday, the army said.", "Pakistan"),
    ("Tajik border guards returned fire after a Kyrgyz post opened fire near Vorukh.", "Tajikistan"),
])
def test_return_fire(read, text, agent):
    found = agents(read(text))
    assert ("Attack", agent) in found and ("Withdrawal", agent) not in found


def test_return_home_is_a_withdrawal(read):
    assert ("Withdrawal", "Russia") in agents(read("Russian troops returned to their bases in Russia on Monday."))


# --- some members of an organisation, counted, are not the organisation -----------------------------------------------
@pytest.mark.parametrize("text, group", [
    ("NATO leaders met in Vilnius on Tuesday. Meanwhile the armies of two NATO members were firing at each other.",
     "NATO"),
    ("The Collective Security Treaty Organization met in Moscow. Troops of two CSTO member states clashed on their "
     "shared border on Friday.", "Collective Security Treaty Organization"),
])
def test_counted_members_are_not_the_organisation(read, text, group):
    assert group not in {a for _, a in agents(read(text))}


def test_the_members_together_may_be_the_organisation(read):
    text = "The Collective Security Treaty Organization met in Moscow. Troops of CSTO member states arrived in Almaty."
    assert ("Deployment", "Collective Security Treaty Organization") in agents(read(text))


# --- "the insurgents" are never a state's forces ----------------------------------------------------------------------
def test_insurgents_are_not_the_army_they_fight(read):
    text = ("Hundreds of Afghan soldiers fled to Tajikistan on Monday to escape a Taliban offensive in Badakhshan. "
            "According to border officials, 600 members of the Afghan National Defense and Security Forces crossed "
            "the Panj river after the insurgents seized three villages near Ishkashim.")
    found = agents(read(text))
    assert ("Capture", "Afghan National Defense and Security Forces") not in found
    assert ("Capture", "Taliban") in found


def test_the_group_still_continues_its_agent(read):
    text = "The Taliban captured Kunduz on Sunday. The insurgents also seized two districts in Takhar."
    assert {a for k, a in agents(read(text)) if k == "Capture"} == {"Taliban"}


# an armed group's name may say "Army" or "Forces": only a name that names a state makes a body a state's
@pytest.mark.parametrize("text, group", [
    ("The Kachin Independence Army attacked a military outpost in Kachin State on Tuesday. The insurgents also seized "
     "two villages near Bhamo.", "Kachin Independence Army"),
    ("The Allied Democratic Forces attacked an army camp in Ituri on Sunday. The rebels also seized two villages near "
     "Beni.", "Allied Democratic Forces"),
    ("Al-Shabaab attacked a military base in Somalia last month.\n\nThe Ta'ang National Liberation Army attacked a "
     "convoy in Shan State on Friday. The insurgents also seized two villages near Lashio.",
     "Ta'ang National Liberation Army"),  # not the group of a paragraph before
])
def test_insurgents_named_army_or_forces(read, text, group):
    assert {a for k, a in agents(read(text)) if k == "Capture"} == {group}


# --- an action wanted is none held ------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, absent", [
    ("Moscow also wants joint drills with Uzbekistan, the minister said.", ("Exercise", "Russia")),
    ("Kazakhstan seeks joint exercises with China next year.", ("Exercise", "Kazakhstan")),
])
def test_action_wanted(read, text, absent):
    assert absent not in agents(read(text))


def test_wanted_beside_held(read):
    text = "China also wants joint drills; last spring Kazakh and Chinese soldiers held an exercise near Khorgos."
    assert ("Exercise", "Kazakhstan") in agents(read(text))
