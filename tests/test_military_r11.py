"""Round 11's military rules, each a construction of news English with sentences that must and must not fire: what
an invasion is "of", campaigns waged in words, rockets launched into space, forces that kill.

Facts are read with the configured ``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from military_views import agents

PUBLISHED = date(2024, 5, 14)


# --- "the invasion of X": X is what is invaded, not who invades ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "The sanctions followed the invasion of Ukraine.",
    "Kyiv marked the second anniversary of the invasion of Ukraine on Saturday.",
    "Residents described the shelling of Tajik villages near the border.",
    "The siege of Mariupol lasted nearly three months.",
])
def test_what_is_done_to_is_no_agent(read, text):
    assert all(agent not in ("Ukraine", "Tajikistan", "Mariupol") for _, agent in agents(read(text)))


@pytest.mark.parametrize("text, agent", [
    ("The invasion of Ukraine by Russia began in February 2022.", "Russia"),
    ("Putin met Xi in Beijing, a year after Russia's invasion of Ukraine.", "Russia"),
    ("The shelling of Tajik villages by Kyrgyz forces killed three people.", "Kyrgyzstan"),
    ("The withdrawal of US troops from Afghanistan ended on August 30.", "United States"),  # "of" forces: whose
])
def test_the_agent_is_still_read_beside_the_target(read, text, agent):
    assert agent in [a for _, a in agents(read(text))]


# --- a campaign of words or favours is no attack --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "China launched a charm offensive in Central Asia.",
    "Kazakhstan launched a diplomatic offensive at the UN.",
    "The Kremlin began a media offensive against the sanctions.",
    "India opened a trade offensive in Africa last year.",
])
def test_campaign_in_words(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("The Taliban launched a spring offensive in Helmand.", "Taliban"),
    ("Ukraine launched a counteroffensive in the south.", "Ukraine"),
    ("Russia began a ground offensive in the Kharkiv region.", "Russia"),
])
def test_offensive_of_arms(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- a carrier rocket into space is no weapon -----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Russia launched its Soyuz rocket from Baikonur on Monday.",
    "China launched a Long March rocket carrying three astronauts on Thursday.",
    "India launched a rocket carrying a weather satellite into orbit.",
    "Roscosmos launched a Proton rocket on Sunday.",
])
def test_launch_into_space(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, agent", [
    ("Hamas launched a Qassam rocket at Sderot on Monday.", "Hamas"),
    ("Hezbollah launched rockets at northern Israel.", "Hezbollah"),
    ("Pakistan launched drones into Indian air space overnight.", "Pakistan"),
    ("Russia launched missiles at Kyiv on Monday.", "Russia"),
])
def test_launch_at_a_target(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


# --- forces or attackers that kill people attack --------------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Pakistani security forces killed all eight attackers.", "Pakistan"),
    ("In 1998 Taliban fighters killed eight Iranian diplomats in Mazar-i-Sharif.", "Taliban"),
    ("Eight Iranian diplomats were killed by Taliban fighters in 1998.", "Taliban"),
    ("Gunmen killed 12 people at a checkpoint in Kunduz.", None),
])
def test_forces_that_kill(read, text, agent):
    assert ("Attack", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "The floods killed ten people in Sindh.",
    "The army killed the proposal in committee.",
    "The soldiers killed time playing cards.",
    "Over 200 attackers killed, the army said.",
    "Indian troops did not kill any civilians, the army said.",
    "Police killed two protesters in Almaty.",
])
def test_no_killing_by_forces(read, text):
    assert agents(read(text)) == []


# --- what one is kept from doing, or keeps from doing, is not done --------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Indian Army prevented the PLA from transgressing into our territory.",
    "Indian troops prevented Chinese soldiers from crossing the LAC on Monday.",
    "The Taliban have refrained from attacking Kabul so far.",
    "Kyrgyz troops were barred from entering the village.",
])
def test_kept_from_acting(read, text):
    assert all(kind == "Other" for kind, _ in agents(read(text)))  # at most the scuffle that stopped it


@pytest.mark.parametrize("text, expected", [
    ("Chinese troops transgressed into Indian territory on Monday.", ("Attack", "China")),
    ("Tajik troops withdrew from the village after fighting on Monday.", ("Withdrawal", "Tajikistan")),
    ("Russian forces returned from fighting in Syria.", ("Withdrawal", "Russia")),
])
def test_from_that_keeps_nothing(read, text, expected):
    assert expected in agents(read(text))


# --- air defences that intercept weapons in flight act in the war ----------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Iran's air defences intercepted several Israeli drones over Isfahan.", "Iran"),
    ("Saudi Arabia intercepted a ballistic missile fired at Riyadh.", "Saudi Arabia"),
    ("Pakistan said its air force intercepted two Indian jets over Kashmir.", "Air Force of Pakistan"),  # the service
    # "its" names, as the golds of heldout-f, -t, -w and -x name it (round 27)
])
def test_interception_of_weapons(read, text, agent):
    assert ("Other", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "Police intercepted a shipment of heroin near the border.",
    "The FBI intercepted emails between the suspects.",
    "The navy intercepted a boat carrying migrants.",
])
def test_interception_of_goods_or_words(read, text):
    assert agents(read(text)) == []


# --- an action no one, or nothing, did; one taken part in only if the taking part is not negated ----------------------
@pytest.mark.parametrize("text", [
    "He said security operations were under way against a handful of rebels and that no district had fallen.",
    "No troops crossed the border on Monday, the ministry said.",
    "President Sadyr Japarov said Kyrgyz troops would not take part in clashes with civilians.",
    "Russian troops never engaged in the fighting near Kherson.",
])
def test_no_one_acted(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kabul fell to the Taliban on Sunday.", ("Capture", "Taliban")),
    ("Russian troops engaged in heavy fighting near Kherson.", ("Other", "Russia")),
])
def test_someone_acted(read, text, expected):
    assert expected in agents(read(text))


# --- a response to "any" threat is a warning ----------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The defence minister said Iran's armed forces would respond decisively to any threat, regardless of its source.",
    "India will retaliate against any aggression by Pakistan, the minister said.",
])
def test_warning_of_a_response(read, text):
    assert agents(read(text)) == []


def test_response_to_an_attack_made(read):
    assert ("Attack", "Pakistan") in agents(read("Pakistani troops responded to the attack on their post."))


# --- posts set up or built are forces posted ---------------------------------------------------------------------
@pytest.mark.parametrize("text, agent", [
    ("Within days, residents of Andarab district say, the Taliban had set up checkpoints in every village.", "Taliban"),
    ("The fighting broke out after Pakistani forces began building new check posts along the border.", "Pakistan"),
    ("China has built new outposts along the Line of Actual Control.", "China"),
])
def test_posts_set_up(read, text, agent):
    assert ("Deployment", agent) in agents(read(text))


@pytest.mark.parametrize("text", [
    "The ministry set up a committee to study the border.",
    "China built a new airport in Tibet.",
    "The Taliban set up a commission on returnees.",
])
def test_bodies_and_buildings_set_up(read, text):
    assert agents(read(text)) == []


# --- a state's body reporting on "the armed forces" reports its own state's -----------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Tajik forces occupied parts of the village on Monday. The Kyrgyz Defense Ministry says units of the armed forces "
     "have been moved to Batken region.", ("Deployment", "Kyrgyzstan")),
    ("Indian troops entered the valley on Monday. Pakistan's defence ministry said the army had been deployed near "
     "Kargil.", ("Deployment", "Pakistan")),
    # no state named with the body: the forces last read acting, as before
    ("Tajik forces occupied parts of the village on Monday. The ministry says units of the armed forces have been "
     "moved to Batken region.", ("Deployment", "Tajikistan")),
    # "the troops" are the troops just told of, whoever reports on them
    ("Indian troops entered the valley on Monday. Pakistan's army said the troops had been deployed near Kargil.",
     ("Deployment", "India")),
])
def test_reported_armed_forces(read, text, expected):
    assert expected in agents(read(text))


# --- a strike named with the arms it is made with is an attack, wherever it is told ----------------------------------
@pytest.mark.parametrize("text", [
    "India carried out missile strikes on six locations in Pakistan.",
    "India carried out air strikes on six locations in Pakistan.",
    "India carried out surgical strikes across the Line of Control.",
])
def test_strike_with_arms(read, text):
    assert ("Attack", "India") in agents(read(text))


@pytest.mark.parametrize("text", [
    "Workers at the port began a hunger strike on Monday.",
    "Teachers went on a general strike in Almaty.",
    "The union threatened a strike over wages.",
])
def test_strike_of_workers(read, text):
    assert agents(read(text)) == []
