"""Review r18 of rounds 18 and 19 (commits 80aeadb..0e51ad6): military events (targets hit by a state's guns, forces
moved into position, counted attackers who kill one person, an installation listed with the object, a thing based on
another, an action not held, a capture that failed, a shooting after the order to fire, people captured somewhere, a
weapon test-fired, control given up, ground handed over, mercenaries, a timeline's present "fires", a right
exercised, a capture vowed, verbs joined by "or", a blast set off, soldiers sent back, a base that holds drills), the
agents (a claim of responsibility after the attack, the defence ministry's forces in 2021, Iran's army, a fight owned
by one side, fighters named by their group, "its" after an office), meetings (a summons of another country's envoy,
an envoy recalled for consultations, a journey at someone's invitation, an aide hosted, an invitation to a capital
accepted, a body that met persons, two days in one sentence, an encounter quoted after a colon) and statements and
actors (a state's bank, court or commission in lowercase, a spokesman for a body, a person's spokesman, kin and
counsel, "it is for X to", "Gen" after an armed office, a one-word name that speaks of itself as "he", "DG ISPR", a
name an armed body takes, "ISIS-K.", initials written apart, border troops and ministries of other functions, a body
tagged whole with its country, "America", outlets and brands named for a country, a branch named by a country),
probed with sentences written for the review.

Misfires are xfail(strict) with the rule they blame and the reading they should get; the other tests guard what was
checked and read right. A misfire marked "before r18 too" was read the same (or as wrongly) at 80aeadb: the rounds'
rule did not make it, but a sentence of the shape it handles still gets it.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds
from meeting_views import met, parties
from military_views import agents
from statement_views import said

PUBLISHED = date(2024, 5, 14)


def misfire(what: str):
    return pytest.mark.xfail(strict=True, reason=f"review r18: {what}")


def speakers(extraction) -> list[str]:
    return [speaker for speaker, _ in said(extraction)]


def actions(extraction) -> set[str]:
    return {kind for kind, _ in agents(extraction)}


def countries(extraction) -> set[str]:
    return {actor.label for actor in extraction.actors if actor.kind == "Country"}


# === military events =================================================================================================

# --- targets hit by a state's guns or drones, targets of a plan (40aea48: military_triggers) -------------------------
@pytest.mark.parametrize("text, expected", [
    ("Chinese artillery hit targets along the Line of Actual Control, Indian officials said.", [("Attack", "China")]),
    ("Iranian drones struck targets in Pakistan's Balochistan province on Tuesday.", [("Attack", "Iran")]),
])
def test_a_states_guns_and_drones_hitting_targets_attack(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "Pakistani textile exporters hit targets in the European market last year.",
    "The IMF said Pakistan's revenue collection hit targets set for the quarter.",
])
def test_targets_of_trade_or_revenue_are_no_attack(read, text):
    assert agents(read(text)) == []


# --- forces moved or rolled into position (40aea48) ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Indian tanks moved into position near the Line of Actual Control.", [("Deployment", "India")]),
    ("Uzbek troops rolled into position along the Afghan border on Monday.", [("Deployment", "Uzbekistan")]),
])
def test_forces_moved_into_position_are_deployed(read, text, expected):
    assert agents(read(text)) == expected


def test_tourists_rolling_into_a_town_take_nothing(read):
    assert agents(read("Chinese tourists rolled into Gilgit for the summer season.")) == []


# --- counted attackers who kill one person (40aea48: military_triggers.counted_dead) ---------------------------------
@pytest.mark.parametrize("text", [
    "Four gunmen killed a Chinese national in Karachi, police said.",
    "Two attackers killed a policeman in Peshawar on Friday.",
    "Two assailants killed a Sikh trader in Peshawar.",
])
def test_counted_attackers_who_kill_one_person_attack(read, text):
    assert agents(read(text)) == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "The Pakistani army killed the proposal for a new civilian oversight body, Dawn reported.",
    "Two gunmen killed the lights and fled, the hotel manager said.",
])
def test_what_is_killed_that_is_no_person_is_no_attack(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text", [
    "Two gunmen killed a Hindu shopkeeper in Srinagar on Friday.",
    "Two attackers killed a Hindu shopkeeper in Srinagar on Friday.",
])
def test_counted_attackers_who_kill_a_shopkeeper_attack(read, text):
    assert agents(read(text)) == [("Attack", None)]


# --- an installation listed with the object, a thing based on another (1ac7915, 40aea48) ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Taliban fighters seized the governor's compound and the Shindand air base.", [("Capture", "Taliban")]),
    ("Militants attacked the police lines and the nearby Pakistan Air Force base in Mianwali.", [("Attack", None)]),
    ("Russia keeps soldiers at the Kant air base in Kyrgyzstan.", [("Deployment", "Russia")]),
    ("Indian troops are based in the Siachen glacier region.", [("Deployment", "India")]),
    ("The Indian Air Force is based at the Ayni air base in Tajikistan.", [("Deployment", "Air Force of India")]),
])
def test_bases_taken_struck_or_held(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The army's plan was based on intelligence from soldiers in the field.",
    "India's claim is based on treaties with Afghan rulers, officials said.",
])
def test_a_plan_or_a_claim_based_on_something_is_no_deployment(read, text):
    assert agents(read(text)) == []


# --- an action not held, one told with what it did not do (1ac7915, 26a0210: military_nonevents) --------------------
@pytest.mark.parametrize("text", [
    "The joint exercise with India will not be held this year, the Chinese defence ministry said.",
    "The Zapad drills did not take place in 2023 because of the war.",
])
def test_drills_not_held_are_none(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("The Russian offensive did not take Avdiivka in the first weeks, Western officials said.", [("Attack", "Russia")]),
    ("The Taliban's spring offensive did not go as planned, Afghan officials said.", [("Attack", "Taliban")]),
])
def test_an_offensive_told_with_what_it_did_not_do_is_kept(read, text, expected):
    assert agents(read(text)) == expected


# --- a capture that failed (1ac7915) ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pakistani troops tried and failed to retake the post on Tuesday.",
    "Taliban fighters failed to capture the Panjshir valley in August.",
])
def test_a_failed_capture_is_none(read, text):
    assert "Capture" not in actions(read(text))


def test_districts_seized_after_a_failure_are_captured(read):
    assert agents(read("The Taliban failed to take the valley but seized three districts in Baghlan.")) == [
        ("Capture", "Taliban")]


# --- a shooting after the order to fire (1ac7915) --------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The commander ordered his soldiers to open fire, and they shot dead five protesters in Andijan.",
    "Tokayev ordered troops to shoot without warning, and troops killed dozens of people in Almaty.",
])
def test_the_order_carried_out_is_an_attack(read, text):
    assert agents(read(text)) == [("Attack", None)]


@pytest.mark.parametrize("text", [
    "The commander ordered his soldiers to open fire, and they refused.",
    "The coach told his strikers to shoot on sight, and they scored twice.",
])
def test_an_order_refused_or_a_game_is_no_shooting(read, text):
    assert agents(read(text)) == []


def test_soldiers_who_kill_after_the_order_attack(read):
    assert agents(read("The commander ordered his soldiers to open fire, and they killed five protesters in "
                       "Andijan.")) == [("Attack", None)]


# --- people captured somewhere, ground captured (1ac7915) ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Pakistani forces captured 20 militants in Khyber district.",
    "Indian troops captured a Pakistani soldier near the Line of Control.",
    "The Taliban captured two Pakistani soldiers near Torkham.",
])
def test_people_captured_are_no_ground_taken(read, text):
    assert "Capture" not in actions(read(text))


@pytest.mark.parametrize("text, expected", [
    ("Pakistani forces captured three posts in Kurram district.", [("Capture", "Pakistan")]),
    ("The Taliban captured a Pakistani border post near Torkham.", [("Capture", "Taliban")]),
])
def test_posts_captured_are_ground_taken(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "Indian troops captured a Pakistani intruder in Poonch sector.",
    "Indian troops captured a Pakistani infiltrator near the Line of Control.",
])
def test_an_intruder_captured_is_no_ground_taken(read, text):
    assert "Capture" not in actions(read(text))


# --- a weapon tested (40aea48) ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "India test-fired an Agni-5 missile from Odisha on Monday.",
    "Iran test-launched a new ballistic missile near Semnan.",
    "Pakistan test-fired a Babur cruise missile on Monday.",
    "India successfully flight-tested the Agni Prime missile off Odisha.",
])
def test_a_missile_test_fired_is_no_attack(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text", [
    "Iran fired two missiles into the sea during a test on Monday.",
    "Pakistan fired a Shaheen missile at a target in the Arabian Sea during a test.",
])
def test_a_missile_fired_during_a_test_is_no_attack(read, text):
    assert "Attack" not in actions(read(text))


# --- control given up, ground handed over (40aea48) ------------------------------------------------------------------
def test_control_given_up_is_no_capture(read):
    assert agents(read("The Afghan army gave up control of Kunduz city on Sunday.")) == []


def test_control_lost_to_a_group_is_the_groups_capture(read):
    assert agents(read("The Taliban lost control of the district to Islamic State fighters.")) == [
        ("Capture", "Islamic State of Iraq and the Levant")]


def test_ground_handed_to_contractors_is_no_capture(read):
    assert "Capture" not in actions(read("Afghan forces handed over Bagram to Chinese contractors."))


@pytest.mark.parametrize("text", [
    "The Afghan army handed over the base to Taliban fighters on Sunday.",
    "The Afghan army handed over the district to the Taliban without a fight.",
])
def test_ground_handed_to_an_armed_group_is_its_capture(read, text):
    assert agents(read(text)) == [("Capture", "Taliban")]


def test_a_post_handed_over_by_border_troops_is_captured(read):
    assert agents(read("Tajik border troops handed over the post to Taliban fighters.")) == [("Capture", "Taliban")]


# --- mercenaries (40aea48) -------------------------------------------------------------------------------------------
def test_mercenaries_hired_by_another_state_are_not_their_countrys(read):
    found = agents(read("Syrian mercenaries hired by Turkey attacked Armenian positions in Karabakh."))
    assert "Attack" in {kind for kind, _ in found} and ("Attack", "Syria") not in found


# --- a timeline's present "fires", a right exercised, a capture vowed (d561456) --------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("June 13, Friday: Israel fires missiles at nuclear sites near Natanz.", [("Attack", "Israel")]),
    ("April 19: Iran fires drones at an air base near Isfahan, officials say.", [("Attack", "Iran")]),
])
def test_a_timeline_present_fires_is_an_attack(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The Kremlin fires its defence minister as the war drags on.",
    "Pakistan fires its cricket coach after the loss to India.",
    "Pakistan has exercised its right of self-defence against the TTP, the Foreign Office said.",
    "China urged India to exercise maximum restraint at the border.",
    "The Taliban vowed they would retake Panjshir within a week.",
    "Russian forces will take Pokrovsk by the summer, a Russian commander predicted.",
])
def test_a_dismissal_a_right_or_a_vow_is_no_action(read, text):
    assert agents(read(text)) == []


# --- verbs joined by "or", a blast set off, soldiers sent back, a base that holds drills (d561456) -------------------
@pytest.mark.parametrize("text, expected", [
    ("Security forces have killed or detained dozens of Baloch militants in Turbat.", [("Attack", None)]),
    ("Pakistani troops killed or wounded 30 TTP fighters in Bajaur, the ISPR said.", [("Attack", "Pakistan")]),
    ("Insurgents detonated a roadside bomb near a Frontier Corps convoy in Kech.", [("Attack", None)]),
    ("Militants triggered a blast near a police van in Quetta, killing three officers.", [("Attack", None)]),
    ("Russia sent its troops back to the Belarusian border.", [("Deployment", "Russia")]),
    ("Russia's 201st military base held artillery drills near Kulob.", [("Exercise", "201st military base")]),
    ("Russia's 201st military base hosts 7,000 troops in Tajikistan.", [("Deployment", "Russia")]),
])
def test_d561456_actions_read_right(read, text, expected):
    assert agents(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The army has repaired or replaced dozens of bridges in Gilgit-Baltistan.",
    "The statement triggered an explosion of protests across Balochistan.",
    "Iran sent home 200 Afghan refugees on Monday.",
])
def test_repairs_protests_and_refugees_are_no_action(read, text):
    assert agents(read(text)) == []


def test_soldiers_of_another_state_sent_back_are_no_deployment(read):
    assert "Deployment" not in actions(read("Tajikistan has sent back 40 Afghan soldiers who fled across the Panj "
                                            "river."))


# === military agents =================================================================================================

# --- a claim of responsibility after the attack (2fce3c0, 8f9ac2a, fceb740: military_agency) -------------------------
POLICE = "Gunmen killed four policemen in Dera Ismail Khan on Tuesday. "


@pytest.mark.parametrize("text, expected", [
    (POLICE + "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility on Wednesday.",
     [("Attack", "Tehreek-e-Taliban Pakistan")]),
    (POLICE + "The TTP is expected to claim responsibility.", [("Attack", None)]),
    (POLICE + "The Tehreek-e-Taliban Pakistan (TTP) claimed responsibility for the killing of a journalist in Swat "
     "last month.", [("Attack", None)]),
    ("Gunmen attacked a bus carrying Chinese engineers in Dasu. No group claimed responsibility, but officials blamed "
     "the TTP.", [("Attack", None)]),
])
def test_claims_read_right(read, text, expected):
    assert agents(read(text)) == expected


def test_a_factions_claim_names_the_attacks_agent(read):
    assert agents(read("A suicide bomber struck a mosque in Peshawar, killing 60 worshippers. The Jamaat-ul-Ahrar "
                       "faction of the TTP claimed responsibility.")) == [("Attack", "Jamaat-ul-Ahrar")]


def test_a_claim_for_the_blast_told_is_that_blasts(read):
    assert agents(read("A roadside bomb hit a police van in Quetta. The Balochistan Liberation Army (BLA) later "
                       "claimed responsibility for the blast.")) == [("Attack", "Balochistan Liberation Army")]


def test_a_habit_of_claiming_names_no_agent(read):
    assert agents(read(POLICE + "The TTP often claims responsibility for such attacks.")) == [("Attack", None)]


def test_a_claim_of_past_attacks_names_no_agent(read):
    assert agents(read("A bomb exploded at a rally in Bajaur, killing 54 people. The Islamic State Khorasan Province "
                       "(ISKP) has claimed responsibility for several attacks on the party in the past.")) == [
        ("Attack", None)]


# --- the defence ministry's forces in 2021 (b2c8d90) -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Afghan defence ministry said special forces had been flown to Lashkar Gah.",
    "The Afghan defence ministry said 300 commandos had been deployed to Herat.",
])
def test_the_afghan_defence_ministry_in_2021_reports_its_forces(read_article, text):
    assert agents(read_article(text, date(2021, 7, 14))) == [
        ("Deployment", "Afghan National Defense and Security Forces")]


# --- Iran's army beside the Revolutionary Guards (3290318) -----------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Iranian army said it had shot down a drone near the Iraqi border.",
     [("Attack", "Islamic Republic of Iran Army")]),
    ("Iran's army held air-defence drills near Bushehr on Monday.", [("Exercise", "Islamic Republic of Iran Army")]),
    ("An Iranian army officer was killed in Sistan-Baluchestan, the IRGC said.", []),
])
def test_irans_army_read_right(read, text, expected):
    assert agents(read(text)) == expected


@misfire("military_agents ARMIES_APART (3290318): the ground forces of 'the Iranian army' are that army's, not all of "
         "Iran's; gives [('Exercise', 'Iran')], should be [('Exercise', 'Islamic Republic of Iran Army')] (before r18 "
         "too)")
def test_the_iranian_armys_ground_forces_are_the_army(read):
    assert agents(read("The Iranian army's ground forces began drills near the Afghan border.")) == [
        ("Exercise", "Islamic Republic of Iran Army")]


# --- a fight owned by one side, fighters named by their group, "its" after an office (c887bd9, 3f4b237, d38805a) ----
@pytest.mark.parametrize("text, expected", [
    ("The Indian army's clash with Chinese troops at Yangtse left soldiers injured on both sides.",
     [("Other", "Army of India")]),
    ("China's clash with India at Galwan killed 20 Indian soldiers.", [("Other", "China")]),
    ("Pakistan's fight against inflation is far from over.", []),
    ("Afghan Taliban fighters and Pakistani soldiers exchanged fire at Torkham.", [("Other", "Taliban")]),
    ("The TTP's commander said its fighters had ambushed a convoy in Tank.", [("Attack", "TTP")]),
    ("India's foreign minister said its troops would not withdraw from the LAC.", []),
])
def test_owners_groups_and_offices_read_right(read, text, expected):
    assert agents(read(text)) == expected


def test_pakistani_taliban_fighters_are_not_the_afghan_taliban(read):
    found = agents(read("Pakistani Taliban fighters attacked a checkpoint in Chitral."))
    assert len(found) == 1 and found[0][1] not in ("Taliban", "Pakistan", None)


# === meetings ========================================================================================================

# --- a summons of another country's envoy (30ab398: meeting_summons) -------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Foreign Office summoned the Iranian charge d'affaires over the missile strikes.",
     [["Foreign Office", "Iran"]]),
    ("Tehran summoned the British ambassador on Sunday.", [["Iran", "United Kingdom"]]),
    ("New Delhi summoned the Chinese ambassador over the renaming of places in Arunachal.", [["China", "India"]]),
    ("Islamabad summoned the Afghan charge d'affaires on Tuesday to protest the cross-border attack.",
     [["Afghanistan", "Pakistan"]]),
    ("Kabul summoned the Pakistani ambassador over the air strikes in Paktika.", [["Afghanistan", "Pakistan"]]),
])
def test_a_summons_of_another_countrys_envoy_meets_it(read, text, expected):
    assert parties(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The Afghan interior ministry summoned the heads of provincial police to Kabul.",
    "Pakistan summoned its high commissioner to India for consultations.",
    "India summoned a special session of parliament to discuss the border.",
    "The Chinese ambassador was summoned on Monday, the spokesman said.",
    "The Kazakh foreign ministry summoned the Russian ambassador's driver for questioning.",
    "The former ambassador to Russia was summoned by the anti-corruption court.",
])
def test_no_envoy_of_another_country_summoned_is_no_meeting(read, text):
    assert parties(read(text)) == []


@pytest.mark.parametrize("text, one, other", [
    ("India summoned Pakistan's high commissioner over the firing.", "India", "Pakistan"),
    ("India summoned Pakistan's deputy high commissioner over the firing.", "India", "Pakistan"),
    pytest.param("The Ministry of External Affairs summoned Bangladesh's high commissioner, Nurul Islam, on Monday.",
                 "Ministry of External Affairs", "Nurul Islam",
                 marks=misfire("meeting_summons (30ab398): a high commissioner is the envoy between Commonwealth "
                               "states (India, Pakistan, Bangladesh), as an ambassador is; the summons is read since "
                               "r21, but 'Nurul Islam' is an Organisation, so the envoy's country is met, not he")),
])
def test_a_high_commissioner_summoned_is_met(read, text, one, other):
    assert met(read(text), one, other)


# --- an envoy recalled for consultations (1508f0e: meeting_kinds.is_trigger) -----------------------------------------
@pytest.mark.parametrize("text", [
    "Pakistan recalled its ambassador from Tehran for consultations after the Iranian strikes.",
    "India withdrew its high commissioner from Ottawa for consultations with the government.",
    "Kazakhstan's ambassador was called home for consultations after Medvedev's remarks.",
])
def test_an_envoy_recalled_for_consultations_meets_no_one(read, text):
    assert parties(read(text)) == []


def test_a_journey_for_consultations_with_a_minister_meets_him(read):
    assert parties(read("Uzbek Foreign Minister Bakhtiyor Saidov will travel to Moscow for consultations with Sergey "
                        "Lavrov.")) == [["Bakhtiyor Saidov", "Sergey Lavrov"]]


# --- a journey at someone's invitation (6d38aaf, 5780569: meeting_syntax.addresses, kin) -----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Uzbek President Shavkat Mirziyoyev will visit Islamabad next month at the invitation of Prime Minister Shehbaz "
     "Sharif.", [["Shavkat Mirziyoyev", "Shehbaz Sharif"]]),
    ("Shehbaz Sharif will visit Beijing at the invitation of Xi Jinping's son-in-law.", [["China", "Shehbaz Sharif"]]),
    ("Indian External Affairs Minister S Jaishankar will travel to Tehran at the invitation of Iran's foreign "
     "minister's deputy.", [["Iran", "S. Jaishankar"]]),
    ("Shehbaz Sharif will travel to Riyadh at the invitation of the Saudi government.",
     [["Saudi Arabia", "Shehbaz Sharif"]]),
    ("Mirziyoyev visited a factory in Tashkent at the invitation of its owner.", []),
])
def test_journeys_at_an_invitation(read, text, expected):
    assert parties(read(text)) == expected


def test_a_flight_at_an_invitation_meets_the_inviter(read):
    assert met(read("Mirziyoyev flew to Moscow on Tuesday at the invitation of Putin."), "Shavkat Mirziyoyev",
               "Vladimir Putin")


# --- an aide hosted (244cb3f: meeting_syntax.principals) -------------------------------------------------------------
@pytest.mark.parametrize("text, host, aide, principal", [
    ("Japarov received Tokayev's chief of staff, Aibek Dadebay, in Bishkek.", "Japarov", "Aibek Dadebay",
     "Kassym-Jomart Tokayev"),
    ("Putin received Modi's national security adviser, Ajit Doval, in Moscow.", "Vladimir Putin", "Ajit Doval",
     "Narendra Modi"),
])
def test_an_aide_named_is_met_not_his_principal(read, text, host, aide, principal):
    found = read(text)
    assert met(found, host, aide) and not met(found, principal)


@pytest.mark.parametrize("text", [
    "Rahmon received Putin's letter in Dushanbe on Monday.",
    "Xi hosted Mirziyoyev's daughter at a dinner in Beijing.",
])
def test_a_letter_or_a_daughter_received_meets_no_principal(read, text):
    assert parties(read(text)) == []


def test_an_unnamed_envoy_received_does_not_meet_his_principal(read):
    assert not met(read("Rahmon received Putin's envoy in Dushanbe on Monday."), "Vladimir Putin")


# --- an invitation to a capital accepted (34f9811: meeting_kinds.invited_to_capital) --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Putin invited Mirziyoyev to Moscow, and Mirziyoyev accepted the invitation.",
     [["Russia", "Shavkat Mirziyoyev", "Vladimir Putin"]]),
    ("Xi Jinping invited Tokayev to Beijing, and Tokayev gladly accepted.",
     [["China", "Kassym-Jomart Tokayev", "Xi Jinping"]]),
    ("Xi Jinping invited Tokayev to Beijing for the forum, and Tokayev accepted.",
     [["China", "Kassym-Jomart Tokayev", "Xi Jinping"]]),
    ("Putin invited Mirziyoyev to Moscow, but Mirziyoyev did not accept the invitation.", []),
    ("Putin invited Mirziyoyev to Moscow, and Mirziyoyev accepted Putin's apology.", []),
])
def test_invitations_accepted_or_not(read, text, expected):
    assert parties(read(text)) == expected


def test_an_invitation_yet_to_be_accepted_is_no_visit(read):
    assert parties(read("Putin invited Mirziyoyev to Moscow, and Mirziyoyev has yet to accept the invitation.")) == []


# --- a body that met persons (ca5204d: MeetingReader) ----------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("The Taliban delegation met Zamir Kabulov and Wang Yu in Moscow on Tuesday.",
     [["Taliban", "Wang Yu"], ["Taliban", "Zamir Kabulov"]]),
    ("A Chinese delegation met Amir Khan Muttaqi and Sirajuddin Haqqani together in Kabul.",
     [["Amir Khan Muttaqi", "China", "Sirajuddin Haqqani"]]),
    ("The Chinese embassy said Amir Khan Muttaqi and Wang Yi met in Kabul.", [["Amir Khan Muttaqi", "Wang Yi"]]),
    ("The Indian delegation met Taliban officials in Kabul on Thursday.", [["India", "Taliban"]]),
])
def test_bodies_and_persons_met(read, text, expected):
    assert parties(read(text)) == expected


# --- two days, two encounters (511dd62: meeting_days, meeting_merge) -------------------------------------------------
@pytest.mark.parametrize("text, pair", [
    ("Modi and Shehbaz Sharif met in Astana on Thursday and spoke by phone on Sunday.",
     ["Narendra Modi", "Shehbaz Sharif"]),
    ("Modi spoke to Putin by phone on Tuesday, three days after their meeting in Kazan.",
     ["Narendra Modi", "Vladimir Putin"]),
    ("Modi met Putin in Kazan on Tuesday, two weeks after their phone call.", ["Narendra Modi", "Vladimir Putin"]),
    ("Modi met Putin in Moscow in July. On Friday, Modi spoke to Putin by phone.", ["Narendra Modi", "Vladimir Putin"]),
    ("Modi met Putin in Moscow on July 8. The two leaders spoke by phone on July 20.",
     ["Narendra Modi", "Vladimir Putin"]),
])
def test_two_days_are_two_encounters(read, text, pair):
    assert parties(read(text)) == [pair] * 2


@pytest.mark.parametrize("text, pair", [
    ("Jaishankar met Wang Yi in Vientiane on Thursday and told reporters on Friday that the talks were useful.",
     ["S. Jaishankar", "Wang Yi"]),
    ("Rahmon arrived in Beijing on Tuesday and held talks with Xi Jinping on Wednesday.",
     ["Emomali Rahmon", "Xi Jinping"]),
    ("Modi spoke to Putin by phone on Tuesday, three days after the summit in Kazan.",
     ["Narendra Modi", "Vladimir Putin"]),
    ("Modi spoke to Putin by phone on Tuesday, a day after their aides met in Moscow.",
     ["Narendra Modi", "Vladimir Putin"]),
])
def test_one_encounter_with_another_day_told_is_one(read, text, pair):
    assert parties(read(text)) == [pair]


@misfire("meeting_days (511dd62, a clause with a day of its own and no parties of its own): 'held talks in Tashkent on "
         "Monday and met again in Samarkand on Wednesday' is two encounters, as 'and spoke by phone on Friday' is; "
         "gives one, should be two (before r18 too)")
def test_talks_and_a_meeting_again_on_another_day_are_two(read):
    assert parties(read("Tokayev and Mirziyoyev held talks in Tashkent on Monday and met again in Samarkand on "
                        "Wednesday.")) == [["Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"]] * 2


# --- an encounter quoted after a colon (6bbe046, bcfef15: meeting_syntax.outside_quotes, speakers_own) ---------------
@pytest.mark.parametrize("text, speaker, other", [
    ('Mirziyoyev told the parliament: "I spoke with Xi Jinping yesterday."', "Shavkat Mirziyoyev", "Xi Jinping"),
    ('Tokayev said: "I will meet Putin in Moscow."', "Kassym-Jomart Tokayev", "Vladimir Putin"),
])
def test_the_speakers_own_encounter_after_a_colon(read, text, speaker, other):
    assert met(read(text), speaker, other)


@pytest.mark.parametrize("text", [
    'Rahmon said: "My foreign minister met Wang Yi."',
    'Modi said: "I never met Nawaz Sharif after 2015."',
    'Putin said: "I have not met Erdogan since the summit."',
    'Tokayev said: "I spoke to the Russian people about the threat."',
])
def test_no_own_encounter_of_the_speaker_after_a_colon(read, text):
    assert parties(read(text)) == []


@misfire("meeting_syntax.speakers_own (6bbe046, a short quotation after a colon): 'I met President Erdogan' is the "
         "speaker's encounter as 'I met Xi Jinping' is; gives [], should meet Erdogan (before r18 too)")
@pytest.mark.parametrize("text", [
    'Shehbaz Sharif said: "I met President Erdogan in Ankara last week."',
    'Shehbaz Sharif said: "I met President Erdogan on Monday."',
])
def test_the_speakers_meeting_with_a_titled_leader(read, text):
    assert met(read(text), "Shehbaz Sharif", "Erdogan")


@misfire("meeting_syntax.speakers_own (6bbe046): 'I will travel to Moscow to meet Putin' is the speaker's planned "
         "encounter as 'I will meet Putin in Moscow' is; gives [], should meet Putin (before r18 too)")
def test_the_speakers_journey_to_meet_a_leader(read):
    assert met(read('Tokayev said: "I will travel to Moscow to meet Putin."'), "Kassym-Jomart Tokayev",
               "Vladimir Putin")


# === statements and actors ===========================================================================================

# --- a state's bank, court or council in lowercase (4372bc0: statements.ORGAN_NOUNS) --------------------------------
@pytest.mark.parametrize("text, country", [
    ("Pakistan's state bank said reserves had fallen to $8 billion.", "Pakistan"),
    ("India's supreme court said the detention was illegal.", "India"),
    ("Afghanistan's central bank said it had received $40 million in aid.", "Afghanistan"),
    ("Iran's guardian council said the candidates had been disqualified.", "Iran"),
])
def test_a_lowercase_bank_or_court_does_not_make_its_country_speak(read, text, country):
    assert country not in speakers(read(text))


@pytest.mark.parametrize("text, speaker", [
    ("Pakistan's national security council said the TTP must be defeated.", "National Security Council of Pakistan"),
    ("India's foreign office said the remarks were unacceptable.", "Ministry of Foreign Affairs of India"),
    ("Russia's security council said the threat from Afghanistan was growing.",
     "Security Council of the Russian Federation"),
])
def test_a_lowercase_council_or_office_with_a_name_speaks(read, text, speaker):
    assert speakers(read(text)) == [speaker]


@misfire("statements._unnamed_organ (4372bc0): a state's central bank or supreme court 'is a body speaking in its own "
         "name', but no body is made and the statement is lost; gives [] (80aeadb gave the country, also wrong), "
         "should be one statement by the bank or the court")
@pytest.mark.parametrize("text", [
    "Kyrgyzstan's central bank said the som had weakened.",
    "India's supreme court said the detention was illegal.",
])
def test_a_lowercase_bank_or_court_still_speaks(read, text):
    assert len(speakers(read(text))) == 1


# --- a spokesman for a body, a person's spokesman (ec21fc8, cfceb51: statements, resolve) ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("A spokesman for Pakistan's foreign ministry said the envoy had been summoned.",
     ["Ministry of Foreign Affairs of Pakistan"]),
    ("The spokeswoman for Russia's foreign ministry, Maria Zakharova, said the sanctions were illegal.",
     ["Maria Zakharova"]),
    ("A spokesperson for the Indian army said two soldiers were killed.", ["Army of India"]),
    ("A spokesman for the Taliban's defence ministry said the strike killed civilians.",
     ["Ministry of Defence (Islamic Emirate)"]),
    ("Taliban spokesman Zabihullah Mujahid said the talks were useful. A spokesman for the Pakistani foreign ministry "
     "said the talks had failed.", ["Zabihullah Mujahid", "Ministry of Foreign Affairs of Pakistan"]),
    ("Imran Khan was arrested on Tuesday. Khan's spokesman said the arrest was illegal.", ["Imran Khan"]),
    ("Punjab Chief Minister Maryam Nawaz met the Chinese envoy. Her spokeswoman said they discussed trade.",
     ["Maryam Nawaz"]),
    ("Imran Khan was arrested on Tuesday. His spokesman, Zulfi Bukhari, said the arrest was illegal.",
     ["Zulfi Bukhari"]),
    ("Imran Khan was arrested on Tuesday. A PTI spokesman said the arrest was illegal.", ["PTI"]),
    ("Putin met Modi in Moscow. The Kremlin spokesman said the talks were warm.", ["Kremlin"]),
])
def test_spokesmen_speak_for_whom_they_speak(read, text, expected):
    assert speakers(read(text)) == expected


# --- kin, counsel, deputies, "it is for X to" (ba33812) --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Imran Khan was arrested on Tuesday. Khan's son said the arrest was illegal.",
    "Imran Khan was arrested on Tuesday. Khan's deputy said the party would protest.",
    "Nawaz Sharif's lawyers said he would return to Pakistan.",
    "Imran Khan's daughter said she had not seen her father.",
    "Imran Khan's sisters said he was being held in poor conditions.",
])
def test_kin_counsel_and_deputies_do_not_speak_for_the_owner(read, text):
    assert speakers(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Lavrov's deputy Mikhail Galuzin said Russia would host the talks.", ["Mikhail Galuzin"]),
    ("It is for the Taliban to decide who attends, Lavrov said.", ["Sergey Lavrov"]),
    ("It is for Pakistan to explain why the attack happened, Jaishankar said.", ["S. Jaishankar"]),
])
def test_a_named_deputy_and_the_one_who_says_it_is_for_x_speak(read, text, expected):
    assert speakers(read(text)) == expected


# --- "Gen" after an armed office (6f750be: profiles, actor_roles) ----------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Army spokesman Maj Gen Ahmed Sharif Chaudhry met reporters. The general said the operation was over.",
     ["Ahmed Sharif Chaudhry"]),
    ("Corps Commander Gen Faiz Hameed met Taliban leaders in Kabul. The general said Pakistan wanted peace.",
     ["Faiz Hameed"]),
    ("Interior Minister Gen Ahmad Khan met the envoy. The general said nothing.", []),
])
def test_the_general_found_after_an_armed_office_only(read, text, expected):
    assert speakers(read(text)) == expected


# --- a one-word name that speaks of itself as "he" (54a3a01, 509ac59: actor_persons) --------------------------------
@pytest.mark.parametrize("text, name", [
    ("Little has been said about Rahmonov's plans. Rahmonov told reporters he would not run.", "Rahmonov"),
    ("Little is known about Mirziyoyev's health. Mirziyoyev said he was fine.", "Shavkat Mirziyoyev"),
])
def test_a_name_that_speaks_of_itself_as_he_is_a_person(read, text, name):
    assert kinds(read(text)).get(name) == "Person"


@pytest.mark.parametrize("text, body", [
    ("Hezbollah said he had been killed in an Israeli strike.", "Hezbollah"),
    ("Jamaat-e-Islami said he had been arrested unlawfully.", "Jamaat-e-Islami"),
    ("A Tajik journalist was detained in Dushanbe. Asia-Plus said he had been charged with extremism.", "Asia-Plus"),
    ("Pakistan's interior minister was sacked on Monday. PTI said he had failed.", "PTI"),
])
def test_a_body_that_reports_on_someone_as_he_stays_a_body(read, text, body):
    assert kinds(read(text)).get(body) == "Organisation"


@pytest.mark.parametrize("text, body", [
    ("Hamas said he was killed in Tehran.", "Hamas"),
    ("Jamiat said he had been arrested unlawfully.", "Jamiat"),
])
def test_a_body_reporting_a_mans_fate_is_no_person(read, text, body):
    assert kinds(read(text)).get(body) == "Organisation"


def test_a_surname_speaking_of_himself_after_others_is_a_person(read):
    assert kinds(read("Mirziyoyev met Putin on Monday. Saidov said he would travel to Moscow next week.")).get(
        "Saidov") == "Person"


# --- "DG ISPR" (802046b: interviews.office_holder) -------------------------------------------------------------------
def test_the_dg_ispr_alone_speaks_for_the_ispr(read):
    assert speakers(read("The DG ISPR said on Monday that the militants had been killed.")) == ["ISPR"]


def test_the_dg_ispr_after_its_holder_named(read):
    found = read("ISPR chief Lieutenant General Ahmed Sharif Chaudhry briefed reporters on Monday. The DG ISPR said "
                 "the militants had been killed.")
    assert "Dg Ispr" not in kinds(found) and speakers(found)[-1] == "Ahmed Sharif Chaudhry"


# --- a name an armed body takes, a drill held off a port, a mine (3c673d2: actor_kinds) ------------------------------
@pytest.mark.parametrize("text, name, kind", [
    ("The Taliban captured Ghulam Khan on Sunday after clashes with Pakistani troops.", "Ghulam Khan", "Place"),
    ("Pakistani forces retook Angoor Adda after a night of fighting.", "Angoor Adda", "Place"),
    ("The Taliban seized the border crossing of Dand-e-Patan in April.", "Dand-e-Patan", "Place"),
    ("Iran held naval drills off Chabahar on Monday.", "Chabahar", "Place"),
    ("China has resumed work on the Aynak copper mine in Logar.", "Aynak", "Place"),
    ("Police seized Mohammad Hanif at the airport. Hanif said he was innocent.", "Mohammad Hanif", "Person"),
    ("The Taliban took Amrullah Saleh's house in Panjshir.", "Amrullah Saleh", "Person"),
])
def test_places_taken_and_persons_seized(read, text, name, kind):
    assert kinds(read(text)).get(name) == kind


# --- "ISIS-K." ends its sentence, initials apart (83cf4fe, 805e4f9) --------------------------------------------------
def test_a_hyphened_letter_ends_the_sentence(read):
    found = said(read("The main threat remains the Taliban's rival, ISIS-K. It attacked a mosque in Kunduz in 2021, "
                      "Zabihullah Mujahid said."))
    assert found == [("Zabihullah Mujahid", "It attacked a mosque in Kunduz in 2021, Zabihullah Mujahid said.")]


@pytest.mark.parametrize("text, person", [
    ("Officials said R K Singh met the envoy in Kabul.", "R K Singh"),
    ("Officials said S M Qureshi met Wang Yi in Beijing.", "S M Qureshi"),
])
def test_initials_written_apart_are_a_persons(read, text, person):
    assert kinds(read(text)).get(person) == "Person"


# --- border troops, ministries of other functions, a body tagged whole (dde45c7, 64b2063, 97e57f6) -------------------
@pytest.mark.parametrize("text, expected", [
    ("Tajikistan's border troops said three Taliban fighters were killed.", ["Border Troops of Tajikistan"]),
    ("Three Tajik border troops were wounded on Sunday, Dushanbe said.", ["Tajikistan"]),
    ("Two Kyrgyz border guards were wounded in the clash, Bishkek said.", ["Kyrgyzstan"]),
    ("Uzbekistan's energy ministry said gas supplies to Tajikistan would resume.",
     ["Ministry of Energy of Uzbekistan"]),
    ("Pakistan's finance ministry said the IMF loan had been approved.", ["Ministry of Finance of Pakistan"]),
    ("Tajikistan's justice ministry said the party had been banned.", ["Ministry of Justice of Tajikistan"]),
    ("Pakistan's commerce ministry said exports to Afghanistan fell.", ["Ministry of Commerce of Pakistan"]),
    ("The Taliban's commerce ministry said exports to Pakistan fell.", ["Ministry of Commerce (Islamic Emirate)"]),
])
def test_border_troops_and_ministries_speak(read, text, expected):
    assert speakers(read(text)) == expected


@pytest.mark.parametrize("text", [
    "The Kyrgyz Border Service (KBS) said two soldiers were wounded. Kyrgyzstan's border service later said one had "
    "died.",
    "The Pakistan Navy (PN) said its ships had docked in Bandar Abbas. Later Pakistan's navy said the visit had ended.",
])
def test_a_body_tagged_whole_and_read_in_parts_is_one(read, text):
    found = speakers(read(text))
    assert len(found) == 2 and len(set(found)) == 1


# --- "America", outlets and brands named for a country (f2a0e1a, 56f2a6f: entities, repair) -------------------------
@pytest.mark.parametrize("text", [
    "America will not recognise the Taliban, Blinken said.",
    "America and China agreed to resume talks, Xinhua reported.",
])
def test_america_alone_is_the_united_states(read, text):
    assert "United States" in countries(read(text))


@pytest.mark.parametrize("text, country", [
    ("Trade between Central Asia and Latin America remains small.", "United States"),
    ("Latin America's leaders met in Brasilia.", "United States"),
    ("Bank of America said Pakistan's bonds were undervalued.", "United States"),
    ("Bank of America Merrill Lynch said India's growth would slow.", "United States"),
    ("Bank of America analysts said the rupee would fall.", "United States"),
    ("Voice of America reported that the Taliban had closed schools.", "United States"),
    ("Uzbekistan Airways resumed flights to Kabul on Monday.", "Uzbekistan"),
    ("Afghanistan International reported that the Taliban had banned the book.", "Afghanistan"),
    ("Pakistan Today reported that the minister had resigned.", "Pakistan"),
])
def test_a_continent_a_bank_or_an_outlet_implies_no_country(read, text, country):
    assert country not in countries(read(text))


# --- a branch named by a country (51d3fe8: actor_affiliates) ---------------------------------------------------------
def test_a_branch_named_by_a_country_keeps_its_parent(read):
    assert agents(read("The Islamic State's Afghanistan branch claimed the attack in Kabul.")) == [
        ("Attack", "Islamic State's Afghanistan branch")]


@misfire("actor_affiliates (51d3fe8, the parent kept in a branch's label): a branch named by a region ('Khorasan "
         "branch') loses its parent as the country-named branch did before the fix; gives 'Khorasan branch', should "
         "be labelled with the Islamic State in it (before r18 too)")
def test_a_branch_named_by_a_region_keeps_its_parent(read):
    found = agents(read("The Islamic State's Khorasan branch claimed the attack in Kabul."))
    assert len(found) == 1 and "Islamic State" in (found[0][1] or "")


def test_a_province_named_by_a_country_is_the_branch(read):
    found = read("The Islamic State's India province claimed the attack in Kashmir.")
    assert agents(found) != [("Attack", "Islamic State of Iraq and the Levant")] and "India" not in countries(found)


# --- one office in two cases (32a3a66, c7c336a: actor_roles, graph) --------------------------------------------------
@pytest.mark.parametrize("text, speaker", [
    ("India's external affairs minister S Jaishankar met Wang Yi. External Affairs Minister S Jaishankar said the "
     "talks were useful.", "S. Jaishankar"),
    ("Pakistan's foreign minister Ishaq Dar met Lavrov. Later, Foreign minister Ishaq Dar said Pakistan wanted "
     "peace.", "Ishaq Dar"),
    ("Pakistan's Prime Minister Shehbaz Sharif met Xi. Prime-Minister Shehbaz Sharif said the talks went well.",
     "Shehbaz Sharif"),
])
def test_an_office_told_in_two_cases_keeps_its_holder(read, text, speaker):
    assert speakers(read(text)) == [speaker]
