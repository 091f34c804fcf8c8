"""Round 15's military rules, each a construction of news English with sentences that must and must not fire: a heading
glued to the sentence after it, an action a time is counted from, an attempt under a modal, an offensive that takes
ground, a fight that ensues, the guard of a site taken over, armed groups named by example, ground taken as a
pronoun, a capture reported by "their spokesman".

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- a name before the noun's own determiner belongs to a heading the parser glued on, not to the action ------------
@pytest.mark.parametrize("text, named", [
    ("Islamic State fighters attacked a checkpoint in Kunar on Monday.\n\nTalks with the Taliban\nThe attack came two "
     "days after the US envoy met the movement's deputy leader in Doha.", "Taliban"),
    ("Gunmen stormed a hotel in Kabul on Monday.\n\nReaction in Pakistan\nThe assault drew swift condemnation from "
     "the Foreign Office.", "Pakistan"),
    ("Militants ambushed a convoy near Turbat on Sunday.\n\nWhy China worries\nThe ambush came a week after Beijing "
     "urged Islamabad to protect its engineers.", "China"),
])
def test_heading_names_no_agent(read, text, named):
    assert not any(agent == named for _, agent in agents(read(text)))


@pytest.mark.parametrize("text, expected", [
    ("The Taliban offensive on Kunduz began at dawn on Sunday.", ("Attack", "Taliban")),
    ("Turkish drone strikes hit PKK positions in northern Iraq on Friday.", ("Attack", "Turkey")),
])
def test_owner_before_the_noun_acts(read, text, expected):
    assert expected in agents(read(text))


# --- "since the Taliban's takeover": the event a time is counted from is the backdrop, not news --------------------
@pytest.mark.parametrize("text", [
    "It was the first foreign investment deal since the Taliban's takeover of Kabul.",
    "Trade across the border has halved since Russia's invasion of Ukraine.",
    "He has not visited Baku since Armenia's withdrawal from the district.",
])
def test_since_an_owned_action(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Five civilians were killed in Pakistan's airstrikes on Khost on Monday.", ("Attack", "Pakistan")),
    ("Kabul has been quiet since the Taliban seized the city in August.", ("Capture", "Taliban")),
])
def test_not_since_an_owned_action(read, text, expected):
    assert expected in agents(read(text))


# --- "could try to infiltrate": a modal on the attempt makes the action a possibility ------------------------------
@pytest.mark.parametrize("text", [
    "Putin warned that militants from Afghanistan could try to infiltrate the territory of Tajikistan.",
    "The Taliban may attempt to capture the Panjshir valley before winter.",
    "Officials fear the insurgents might seek to seize the dam.",
])
def test_attempt_under_a_modal(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters tried to seize the border post at Spin Boldak on Sunday.", ("Capture", "Taliban")),
    ("Kyrgyz troops began to withdraw from the village of Ak-Sai on Monday.", ("Withdrawal", "Kyrgyzstan")),
])
def test_attempt_told_as_done(read, text, expected):
    assert expected in agents(read(text))


# --- "the counteroffensive recaptured the region": one event, told by the verb -------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Ukraine's counteroffensive had recaptured much of the Kharkiv region.", [("Capture", "Ukraine")]),
    ("The Taliban's offensive captured six provincial capitals in a week.", [("Capture", "Taliban")]),
])
def test_offensive_that_takes_ground(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Russian offensive began at dawn, and by noon troops had captured the village of Avdiivka.",
     ("Attack", "Russia")),
])
def test_offensive_told_apart(read, text, expected):
    assert expected in agents(read(text))


# --- "An exchange of fire follows.": a fight that ensues is reported -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("September 14. Tajik border guards took up positions near the post. An exchange of fire follows.",
     ("Attack", None)),
    ("Border guards crossed the river at dawn. A firefight ensued.", ("Attack", None)),
])
def test_fight_ensues(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "The meeting followed the talks in Doha.",
    "The exercises follow the Taliban advances in the north.",
    "A protest against the shelling followed in the capital.",
])
def test_nothing_ensues(read, text):
    assert not any(agent is None and kind in ("Attack", "Other") for kind, agent in agents(read(text)))


# --- "took over the guarding of the airport": forces posted to guard a site, no ground taken ------------------------
@pytest.mark.parametrize("text, expected", [
    ("Russian paratroopers took over the guarding of Almaty airport, which had been seized by rioters.",
     [("Deployment", "Russia")]),
    ("Turkish troops took over security at the airport in Kabul.", [("Deployment", "Turkey")]),
])
def test_guard_taken_over(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Taliban took over the city of Kunduz on Sunday.", [("Capture", "Taliban")]),
    ("Taliban fighters took over the defence ministry building in Kabul.", [("Capture", "Taliban")]),
    ("Uzbekistan took over the chairmanship of the SCO.", []),
    ("The interior ministry took over the security portfolio from the army.", []),
    ("The envoy said Taliban guards had taken over security of the embassy perimeter.", []),
])
def test_ground_or_office_taken_over(read, text, expected):
    assert agents(read(text)) == expected


# --- "groups such as the TTP": armed groups named by their examples act as the first one named ---------------------
@pytest.mark.parametrize("text, expected", [
    ("Militant groups such as Jaish al-Adl have attacked border posts in Sistan.", ("Attack", "Jaish al-Adl")),
    ("Insurgents such as the Baloch Liberation Army have ambushed convoys near Turbat.",
     ("Attack", "Baloch Liberation Army")),
])
def test_groups_named_by_example(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text, named", [
    ("Countries such as Russia and China have held joint exercises with Iran.", "Russia"),
    ("Neighbours such as Tajikistan have deployed troops to the border.", "Tajikistan"),
    ("Weapons such as Iranian drones were used in the attack on the base.", "Iran"),
])
def test_states_named_by_example_do_not_act(read, text, named):
    assert not any(agent == named for _, agent in agents(read(text)))


# --- "regained control of it": a pronoun taken stands for the ground the sentence named before it ------------------
@pytest.mark.parametrize("text, expected", [
    ("The president said armed groups had tried to seize the airport of Aktobe and that special forces of Kazakhstan "
     "had regained control of it on Friday.", ("Capture", "Kazakhstan")),
    ("Separatists seized the airport in Donetsk, but Ukrainian troops recaptured it.", ("Capture", "Ukraine")),
])
def test_ground_taken_as_pronoun(read, text, expected):
    assert expected in agents(read(text))


@pytest.mark.parametrize("text", [
    "Russia proposed a ceasefire, but Ukraine rejected it and took control of it.",
    "The army received the new drones and took control of them.",
    "The opposition won the vote in Bishkek and took control of it.",
])
def test_no_ground_taken_as_pronoun(read, text):
    assert not any(kind == "Capture" for kind, _ in agents(read(text)))


# --- "Their spokesman said … had been taken": a group's spokesman reports its own capture -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Taliban said on Monday they had captured the whole of the province.\n\nTheir spokesman told reporters that "
     "the district of Andarab had been taken.", [("Capture", "Taliban"), ("Capture", "Taliban")]),
])
def test_their_spokesman_reports_own_capture(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text, named", [
    ("The talks in Doha ended on Monday. Their spokesman said the town of Bazarak had been taken.", "Taliban"),
    ("The Taliban captured Kunduz on Sunday. Their spokesman said a convoy had been attacked near the city.",
     "Taliban"),
])
def test_their_spokesman_reports_no_other_action(read, text, named):
    assert not any(agent == named and kind != "Capture" for kind, agent in agents(read(text)))
    assert sum(agent == named for _, agent in agents(read(text))) <= 1
