"""Military actions on unseen wording: agents, non-events and forms of the action, one phenomenon per test.

The sentences are written for these tests (names of the genre, constructions news articles use); facts
are read with the configured ``min_confidence``, as ``kg build`` keeps them.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.records import Extraction


PUBLISHED = date(2021, 9, 14)


def actions(extraction: Extraction) -> list[tuple[str, str | None]]:
    return [(a.kind, extraction.actor(a.actor).label if a.actor else None) for a in extraction.military_actions]


def agents(extraction: Extraction) -> list[str | None]:
    return [agent for _, agent in actions(extraction)]


# --- agents ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "MAZAR-I-SHARIF, Afghanistan (Northline Wire) - Taliban fighters seized two districts of Balkh province on Friday.",
    "HERAT - The Taliban on Friday claimed to have taken control of Islam Qala, the border town with Iran.",
], ids=["dateline-in-phrase", "dateline-as-subject"])
def test_dateline_place_is_not_the_agent(read, text):
    assert agents(read(text)) == ["Taliban"]


def test_captured_town_is_ground_not_a_later_agent(read):
    text = ("The Taliban on Friday captured Sheberghan, the capital of Jowzjan province. "
            "The group also seized Zaranj in Nimruz province, a police official said.")
    assert set(agents(read(text))) == {"Taliban"}


def test_the_insurgents_continue_the_armed_group(read):
    text = ("The Taliban captured the city of Sar-e Pul on Sunday. "
            "On Monday, the insurgents overran Aybak, the capital of Samangan province.")
    assert agents(read(text)) == ["Taliban", "Taliban"]


def test_control_of_a_place_is_one_capture_by_the_subject(read):
    text = '"This afternoon the Taliban took control of Torghundi and the customs post," a local official said.'
    assert actions(read(text)) == [("Capture", "Taliban")]


# --- non-events ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The foreign minister ruled out the deployment of Turkish troops to Kabul airport.",
    "Moscow has consistently ruled out sending Russian soldiers into Afghanistan.",
    "India denied deploying troops along the Afghan border.",
], ids=["ruled-out-noun", "ruled-out-gerund", "denied"])
def test_denied_deployment_is_no_action(read, text):
    assert read(text).military_actions == []


def test_condemning_an_attack_does_not_make_the_attacker(read):
    text = "Uzbekistan firmly condemned the bombing in Kabul, its foreign ministry said."
    assert "Uzbekistan" not in agents(read(text))


def test_expected_capture_is_no_action(read):
    text = "Analysts said the Taliban expected to take control of Kandahar airport within weeks."
    assert read(text).military_actions == []


def test_person_based_or_arriving_is_no_deployment(read):
    text = ("Taliban negotiator Abdul Salam Hanafi, who is based in Doha, spoke to reporters. "
            "The chief of Pakistan's Inter-Services Intelligence, Lt. Gen. Faiz Hameed, arrived in Kabul on Saturday.")
    assert read(text).military_actions == []


def test_claimed_to_have_taken_is_held_not_planned(read):
    extraction = read("The Taliban claimed to have captured the district of Keshm in Badakhshan.")
    assert [(a.kind, a.status) for a in extraction.military_actions] == [("Capture", "held")]


# --- forms of the action ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind, actor", [
    ("Days later the Taliban swept into Jalalabad without a fight.", "Capture", "Taliban"),
    ("The Taliban said they had entered the provincial prison of Kandahar.", "Capture", "Taliban"),
    ("Pul-e-Khumri city had fallen on Friday after a week of fighting.", "Capture", None),
    ("Local sources said government forces were battling the Taliban on the outskirts of Herat.", "Other", "Taliban"),
    ("Heavy fighting raged around the district centre of Dand overnight, residents said.", "Other", None),
    ("Witnesses said the Taliban had sent hundreds of fighters to the valley.", "Deployment", "Taliban"),
    ("Kyrgyzstan contributed a mortar platoon to the exercise.", "Deployment", "Kyrgyzstan"),
    ("The United States is due to complete the withdrawal of its forces from Afghanistan next month.",
     "Withdrawal", "United States"),
], ids=["swept-into", "entered-prison", "had-fallen", "battling-object", "fighting-raged", "sent-hundreds-of",
        "contributed-platoon", "due-to-complete"])
def test_forms_of_military_actions(read, text, kind, actor):
    found = actions(read(text))
    if actor is None:
        assert [k for k, _ in found] == [kind]
    else:
        assert (kind, actor) in found


def test_claimant_of_an_attack_is_its_agent(read):
    text = "The Taliban claimed responsibility for Monday's bombing of an army convoy in Helmand."
    assert actions(read(text)) == [("Attack", "Taliban")]


# --- agents named through their forces ----------------------------------------------------------------
@pytest.mark.parametrize("text, actor", [
    ("Some 3,000 troops from Kazakhstan and Belarus held joint drills near the border on Monday.", "Kazakhstan"),
    ("Hundreds of Taliban fighters had been sent to the mountain pass by Thursday.", "Taliban"),
    ("Russian paratroopers were flown in to Bishkek on military transport planes.", "Russia"),
    ("Islamabad accused Afghan-based militants of shelling two border posts, and Kabul accused Pakistani "
     "troops of shelling a village in Kunar.", "Pakistan"),
    ("The Uzbek president said his decision to withdraw Uzbek troops from the border was final.", "Uzbekistan"),
], ids=["troops-from", "thousands-of-passive", "flown-in", "accused-of", "object-of-withdraw"])
def test_forces_name_their_owner(read, text, actor):
    assert actor in agents(read(text))


@pytest.mark.parametrize("text", [
    "About 400 Afghan soldiers crossed into Uzbekistan overnight after heavy fighting with the Taliban.",
    "The Afghan army retreated from three districts of Kunduz province on Tuesday.",
], ids=["crossed-into", "afghan-army"])
def test_afghan_forces_are_the_former_government_forces(read, text):
    assert "Afghan National Defense and Security Forces" in agents(read(text))


def test_an_armed_forces_body_points_to_its_country(read):
    text = "The U.S. military completed the withdrawal of its last troops from Bagram airfield on Friday."
    assert agents(read(text)) == ["United States"]


def test_ordered_forces_not_the_one_who_orders(read):
    text = "President Tokayev ordered security forces to open fire on armed groups in Almaty."
    assert "Kassym-Jomart Tokayev" not in agents(read(text))


def test_subject_through_coordination(read):
    text = "Moscow has watched the border closely and has been engaged in military drills with Tashkent."
    assert ("Exercise", "Russia") in actions(read(text))


def test_counted_actions_take_the_subject_of_their_count(read):
    text = "The Collective Security Treaty Organization concluded a series of exercises near the Afghan border."
    assert agents(read(text)) == ["Collective Security Treaty Organization"]


def test_an_alliance_by_description_is_the_treaty_organisation_named(read):
    text = ("Troops from a Moscow-led military alliance began pulling out of Kazakhstan on Thursday. "
            "The Collective Security Treaty Organization had sent 2,000 troops to the country.")
    assert agents(read(text))[0] == "Collective Security Treaty Organization"


def test_an_affiliate_is_its_own_name_not_the_parent(read):
    text = "The Islamic State's regional affiliate, known as ISKP, claimed responsibility for the bombing in Kunduz."
    assert "Islamic State of Iraq and the Levant" not in agents(read(text))


def test_the_movement_is_the_armed_agent_named_in_the_sentence(read):
    text = ("Russia sent 20 tanks to its base in Tajikistan. The Taliban seized Kunduz. Russia reinforced its "
            "border units. A Taliban spokesman said the movement had sent thousands of fighters to Takhar.")
    assert actions(read(text))[-1] == ("Deployment", "Taliban")


def test_both_sides_are_the_last_agent(read):
    text = ("Indian troops pulled back from the Galwan valley in February. "
            "Both sides still have about 40,000 troops deployed along the frontier.")
    assert agents(read(text)) == ["India", "India"]


def test_handed_over_to_is_a_capture_by_the_receiver(read):
    text = "The district headquarters was handed over to the Taliban by local forces on Sunday."
    assert actions(read(text)) == [("Capture", "Taliban")]


# --- one event, mentioned again ---------------------------------------------------------------------
def test_claim_names_the_agent_of_the_attack_just_reported(read):
    text = ("At least 12 people were killed on Friday when gunmen stormed a hospital in Kabul. "
            "The Islamic State claimed responsibility for the attack.")
    found = read(text).military_actions
    assert len(found) == 1 and found[0].evidence.sentence.startswith("At least 12")
    assert agents(read(text)) == ["Islamic State of Iraq and the Levant"]


def test_the_course_of_a_known_action_is_not_a_new_one(read):
    text = ("The United States carried out an airstrike against militants in Nangarhar on Friday. "
            "The strike took place late at night, officials said.")
    assert actions(read(text)) == [("Attack", "United States")]


def test_a_definite_action_announced_is_a_mention(read):
    text = "The deployment was announced on Monday by the Armenian prime minister."
    assert read(text).military_actions == []


def test_a_first_definite_mention_naming_its_agent_is_kept(read):
    text = "Wang said the hasty withdrawal of troops by the United States marks the failure of its policy."
    assert agents(read(text)) == ["United States"]


def test_an_action_in_the_background_clause_is_not_news(read):
    text = "India has deployed 50,000 more troops along the frontier since the standoff with China began."
    assert actions(read(text)) == [("Deployment", "India")]


# --- not actions --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The minister rejected reports that Pakistan was planning to deploy troops along the border.",
    "Beijing dismissed reports that Chinese soldiers had been sent to the Wakhan corridor.",
    "Envoys called on the Taliban to halt attacks on provincial capitals.",
    '"It is the sovereign right of two states to hold exercises on their territory," Peskov said.',
    "Washington said it was building capabilities to strike militants in Afghanistan if needed.",
    "The two presidents agreed to pull their troops back from the border.",
    "China does not want to see a forcible takeover of power in Kabul.",
    '"Our country is completely taken out of the quagmire of war," the spokesman said at the border.',
    "An Air India flight is on standby to evacuate Indian nationals from Kabul, sources said.",
], ids=["rejected-reports", "dismissed-reports", "halt-attacks", "right-to", "capability-if-needed",
        "agreed-to", "not-want-to-see", "taken-out-of", "evacuate-civilians"])
def test_not_military_actions(read, text):
    assert read(text).military_actions == []


# --- forms of the action, continued ---------------------------------------------------------------
@pytest.mark.parametrize("text, kind, actor", [
    ("Kyrgyz border guards fired first, killing two civilians, the Tajik security service said.", "Attack", "Kyrgyzstan"),
    ("Kazakh security forces retook the airport on Thursday after a night of fighting.", "Capture", "Kazakhstan"),
    ("The Taliban seized power in Kabul in August.", "Capture", "Taliban"),
    ("About 5,000 Turkish troops remained at the airport on Monday.", "Deployment", "Turkey"),
    ("A shootout between border guards near the village left two people dead on Thursday.", "Attack", None),
], ids=["fired-first", "retook", "seized-power", "remained", "shootout-casualties"])
def test_more_forms_of_military_actions(read, text, kind, actor):
    found = actions(read(text))
    if actor is None:
        assert kind in [k for k, _ in found]
    else:
        assert (kind, actor) in found


def test_no_plans_to_act_is_no_action(read):
    text = "The envoy said that Russia had no plans to send troops to Afghanistan."
    assert read(text).military_actions == []


@pytest.mark.parametrize("text, kind, actor", [
    ("Weeks after seizing Kandahar, the Taliban moved fighters toward the Iranian border.", "Capture", "Taliban"),
    ("Most of them were Belarusian paratroopers, who were airlifted to Almaty.", "Deployment", "Belarus"),
    ("India deployed warships near the Maldives. The navies conducted a passage exercise in July.", "Exercise", "India"),
    ("Three militants were killed in an exchange of fire near the border, the army said.", "Attack", None),
], ids=["after-seizing", "who-were-airlifted", "the-navies", "exchange-of-fire"])
def test_forms_through_clauses(read, text, kind, actor):
    found = actions(read(text))
    if actor is None:
        assert kind in [k for k, _ in found]
    else:
        assert (kind, actor) in found


def test_both_sides_without_a_known_agent_is_no_army_named_before(read):
    text = ("The talks were led by the commander of the Western Military District. "
            "Each side still keeps about 50,000 troops in the sector.")
    assert "Western Military District" not in agents(read(text))


def test_damage_by_the_shelling_is_a_mention(read):
    text = "The governor said the government would repair houses damaged by the shelling near the border."
    assert read(text).military_actions == []


def test_undecided_action_is_no_action(read):
    text = "Officials said the United Kingdom had not decided on sending more troops to Estonia."
    assert read(text).military_actions == []


def test_an_organisation_reporting_its_own_passive_action_is_its_agent(read):
    text = ("The Defence Ministry of Kazakhstan said on Monday that additional units of border troops had been "
            "deployed along the southern border.")
    assert agents(read(text)) == ["Ministry of Defence of Kazakhstan"]


def test_officials_reporting_a_capture_are_not_its_agent(read):
    text = "Afghan officials said the district centre had been captured overnight."
    assert "Afghanistan" not in agents(read(text))


def test_units_of_a_named_corps_are_the_corps(read):
    text = "The army's media wing said additional Frontier Corps wings had been deployed along the border."
    assert agents(read(text)) == ["Frontier Corps"]


def test_a_body_cited_for_an_agentless_deployment_is_its_agent(read):
    text = ("By Friday about 1,500 troops had been deployed to Dushanbe, according to the Collective Security "
            "Treaty Organization's secretariat.")
    assert agents(read(text)) == ["Collective Security Treaty Organization"]


@pytest.mark.parametrize("text, kind", [
    ("The Taliban are positioning themselves to take the capitals once foreign forces are fully withdrawn from "
     "the country.", "Withdrawal"),
    ("The resistance fighters remain in all strategic positions in the valley to continue the fight, its "
     "spokesman said.", "Other"),
], ids=["once-withdrawn", "to-continue-the-fight"])
def test_conditions_and_purposes_are_no_actions(read, text, kind):
    assert kind not in [k for k, _ in actions(read(text))]


# --- live blogs --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "14:05 GMT — Taliban fighters seized the district centre of Khost province.",
    "Live updates\n\n08:20 IST\nTaliban fighters seized the district centre of Khost province.",
], ids=["inline", "own-line"])
def test_live_blog_time_is_no_part_of_the_entry(read, text):
    extraction = read(text)
    assert actions(extraction) == [("Capture", "Taliban")]
    assert extraction.military_actions[0].evidence.sentence.startswith("Taliban fighters")


# --- agents, continued -------------------------------------------------------------------------------------
def test_a_country_led_alliance_is_the_alliance(read):
    text = ("YEREVAN, March 3 - A Moscow-led military alliance said on Friday it was sending troops to Armenia. "
            "The Collective Security Treaty Organization will send a peacekeeping contingent.")
    assert agents(read(text))[0] == "Collective Security Treaty Organization"


def test_the_subject_before_a_possessive_pronoun(read):
    text = ("Mongolia sent a platoon from its Mobile Forces to the drills. "
            "Separately, Kazakhstan and China held their bilateral army exercise in Almaty in May.")
    assert actions(read(text))[-1] == ("Exercise", "Kazakhstan")


def test_a_dateline_place_with_a_colon_is_no_agent(read):
    text = "Islamabad: A Pakistan Army contingent of 150 personnel has reached Mongolia for joint drills."
    assert agents(read(text)) == ["Army of Pakistan"]  # the service, not Pakistan nor Islamabad


def test_no_agent_inherited_across_another_clause(read):
    text = ("The foreign minister spoke with his Iranian counterpart on Monday, as crowds desperate to leave the "
            "city overran the runway at Herat airport.")
    assert read(text).military_actions == []


# --- not actions, continued --------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "In Ottawa, a foreign ministry spokeswoman said Canada was closely watching the deployment.",
    "Mongolia will hand over the organisation's chairmanship to Kazakhstan at the end of the summit.",
    "The general also dismissed the commander and took the post himself.",
    '"We expect the new authorities to take into account the interests of all political forces," he said.',
    "The talks were led by the head of the Iran-Iraq division of the foreign ministry.",
    "About 2,000 residents of border villages had been evacuated, the emergencies ministry said.",
    "The air force evacuated more than 300 people, including Afghan Sikhs, from Kabul.",
    "Analysts believe the main risk for Turkmenistan is not a direct Taliban offensive but smuggling.",
    '"Our soldiers should not be dying in a war that Iraqi forces are not willing to fight," he said.',
    "The ministry said that power would be handed over peacefully to the new authorities.",
    "Iraqi troops reached a deal with tribal leaders on Monday.",
    "The army abandoned its plan for a parade in Basra.",
], ids=["watching", "hand-over-to", "post-as-office", "take-into-account", "ministry-division",
        "evacuated-residents", "evacuated-people", "risk-is-not", "not-willing", "would-no-agent",
        "reached-a-deal", "abandoned-a-plan"])
def test_more_non_actions(read, text):
    assert read(text).military_actions == []


def test_a_reported_withdrawal_that_would_begin_is_planned(read):
    text = ('The president said the mission had been accomplished and that the withdrawal of the CSTO contingent '
            'would begin in two days.')
    found = read(text).military_actions
    assert [(a.kind, a.status) for a in found] == [("Withdrawal", "planned")]


@pytest.mark.parametrize("text, kind, actor", [
    ("Most troops came from Belarus, which flew in paratroopers and special forces units.", "Deployment", "Belarus"),
    ("The Uzbek side is fielding motorised rifle units of its army.", "Deployment", "Uzbekistan"),
    ("The Taliban's seizure of Herat shocked the government.", "Capture", "Taliban"),
], ids=["flew-in", "fielding", "seizure"])
def test_forms_of_moving_forces(read, text, kind, actor):
    assert actions(read(text)) == [(kind, actor)]


def test_helicopters_carrying_soldiers_are_the_soldiers_owners(read):
    text = ("Ten military aircraft and six helicopters carrying 300 Iraqi servicemen landed at the airfield in "
            "Kermanshah on Sunday, officials said.")
    assert actions(read(text)) == [("Deployment", "Iraq")]


# --- one event, mentioned again, continued -----------------------------------------------------------------
def test_a_deployment_dated_by_a_withdrawal_is_its_background(read):
    text = "Troops from Belarus began pulling out of Armenia on Monday, a month after they were deployed."
    assert actions(read(text)) == [("Withdrawal", "Belarus")]


def test_the_forces_named_again_right_after_their_move_are_that_move(read):
    text = ("Twelve military planes carrying 240 Iraqi soldiers landed in Kuwait on Friday. "
            "The Iraqi soldiers fled after insurgents captured Basra.")
    assert [kind for kind, agent in actions(read(text)) if agent == "Iraq"] == ["Deployment"]


def test_an_action_in_the_face_of_another_is_its_background(read):
    text = "The Iraqi army collapsed in the face of the Islamic State advance, officials in Baghdad said on Monday."
    assert read(text).military_actions == []


# --- agents from the sentence's other clauses --------------------------------------------------------------
def test_forces_ordered_in_the_passive_act_for_their_owner(read):
    text = ("ISIS captured the town of Hit on Monday. An ISIS spokesman said the group's fighters had "
            "been ordered to enter districts of Ramadi abandoned by government troops.")
    assert agents(read(text)) == ["Islamic State of Iraq and the Levant"] * 2


def test_forces_in_a_relative_clause_are_the_demonym_s_country(read):
    text = "Most of them were Belarusian paratroopers, who were airlifted to Yerevan by military transport aircraft."
    assert actions(read(text)) == [("Deployment", "Belarus")]


def test_troops_from_an_alliance_beginning_to_leave(read):
    text = ("The Collective Security Treaty Organization met in Minsk in May. "
            "YEREVAN, Jan 20 (Northline) - Troops from a Moscow-led military alliance began leaving Armenia on Friday.")
    assert actions(read(text)) == [("Withdrawal", "Collective Security Treaty Organization")]


def test_a_spokesman_retelling_a_capture_through_the_group_s_fighters(read):
    text = ("ISIS fighters captured the town of Hit on Tuesday, officials said. "
            "An ISIS spokesman said the group's fighters had taken the town without resistance.")
    assert actions(read(text)) == [("Capture", "Islamic State of Iraq and the Levant")]


def test_an_announced_deployment_and_its_announcement_are_one(read):
    text = ("MINSK, May 3 - A Moscow-led military alliance said on Friday it was sending troops to Armenia. "
            "The Collective Security Treaty Organization will dispatch a peacekeeping force to Armenia, its "
            "secretary general said.")
    assert actions(read(text)) == [("Deployment", "Collective Security Treaty Organization")]


# --- armed leaders and both parties ------------------------------------------------------------------------
def test_warlords_who_flee_withdraw_a_president_who_flees_travels(read):
    text = ("The warlords Ismail Khan and Gulbuddin Hekmatyar, who led the defence of Herat, fled across the border "
            "into Iran, officials said. President Ashraf Ghani fled the country.")
    assert actions(read(text)) == [("Withdrawal", "Ismail Khan")]


def test_forces_loyal_to_a_commander_abandoning_positions(read):
    text = ("ISIS seized Tikrit on Saturday after forces loyal to the warlord Ismail Khan abandoned their positions "
            "near the city.")
    assert ("Withdrawal", "Ismail Khan") in actions(read(text))


def test_both_sides_with_troops_each_deployed_are_each_side(read):
    text = ("Iranian and Iraqi troops pulled back from the border area near Mehran in March. "
            "Both sides still have about 10,000 troops each deployed in the region.")  # one deployment of each side
    assert actions(read(text)) == [("Withdrawal", "Iran"), ("Deployment", "Iran"), ("Deployment", "Iraq")]


def test_the_peacekeepers_guarding_are_the_force_of_the_first_deployment(read):
    text = ("The Collective Security Treaty Organization deployed a joint force to Armenia at the request of its "
            "government. Belarus and Kyrgyzstan sent smaller contingents. "
            "The peacekeepers guarded airports and power stations in Yerevan.")
    assert actions(read(text))[-1] == ("Deployment", "Collective Security Treaty Organization")


def test_an_exercise_named_as_a_purpose_is_held_by_its_owner(read):
    text = ("Ulaanbaatar: A Kazakh army contingent of about 150 personnel has reached Mongolia to take part in the "
            "Collective Security Treaty Organization anti-terror exercise, the ministry said. "
            "The exercise is being held at the Tavan Tolgoi range from May 3 to 15.")
    assert actions(read(text))[-1] == ("Exercise", "Collective Security Treaty Organization")


def test_troops_on_the_ground_are_deployed(read):
    text = "He said about 900 British troops were on the ground in Basra and that the number would rise."
    assert actions(read(text)) == [("Deployment", "United Kingdom")]


def test_a_present_kept_in_past_reported_speech_is_a_general_truth(read):
    text = ("The Kremlin spokesman told reporters that Russia moves troops on its own territory as it sees fit. "
            "He said Russia was moving troops toward the Estonian border.")
    assert [a.evidence.sentence[:6] for a in read(text).military_actions] == ["He sai"]


def test_forces_seen_somewhere_are_deployed(read):
    text = "Trains carrying Belarusian armoured vehicles were seen in the Grodno region near the Polish border."
    assert actions(read(text)) == [("Deployment", "Belarus")]


def test_the_military_leaving_a_base_withdraws(read):
    text = "Critics had urged London to keep troops at Camp Bastion, which the British military left in October."
    assert ("Withdrawal", "United Kingdom") in actions(read(text))
