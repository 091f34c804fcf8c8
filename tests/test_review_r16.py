"""Review r16 of round 15's rules (commits 2cebf74..6441ec9): military (a modal attempt, an offensive that takes ground
told as one event, a fight that ensues, the guard of ground taken over, armed groups named by example, a pronoun taken
standing for ground, "its spokesman", "-backed" forces joined to others, "Its fighters", an owned action after
"since"), meetings (a sentence that opens with a quotation, travel to a foreign capital still to come), statements (a
surname opening a sentence, a transcript's turns labelled by office) and actors (a ministry named without its
country, groups of countries by their number), probed with sentences written for the review.

Misfires are xfail(strict) with the reading they should get; the other tests guard what was checked and read right.
"""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import met, parties
from military_views import agents
from statement_views import said

PUBLISHED = date(2024, 5, 14)


def misfire(what: str):
    return pytest.mark.xfail(strict=True, reason=f"review r16: {what}")


def labels(extraction) -> set[str]:
    return {actor.label for actor in extraction.actors}


# === military ========================================================================================================

# --- a modal on the attempt (military_nonevents._attempted_by) -------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Indian officials fear Chinese troops could try to occupy more ground near Depsang before winter.",
    "The ISPR said militants might attempt to infiltrate across the border in Bajaur this week.",
    "Analysts warned that Russia may seek to seize the whole of the Donetsk region by the end of the year.",
])
def test_an_attempt_under_a_modal_is_no_action(read, text):
    assert agents(read(text)) == []


@pytest.mark.parametrize("text, expected", [
    ("Russian troops continued to shell Kharkiv on Tuesday, the governor said.", ("Attack", "Russia")),
    ("Taliban fighters attempted to storm the Kabul airport gates on Thursday but were pushed back.",
     ("Attack", "Taliban")),
])
def test_an_attempt_made_is_the_action(read, text, expected):
    assert expected in agents(read(text))


def test_could_try_and_capture_is_no_capture(read):
    assert agents(read("The Taliban could try and capture Mazar-i-Sharif within weeks, US officials warned.")) == []


# --- an offensive that takes ground is one event (military.MilitaryReader._is_action) --------------------------------
@pytest.mark.parametrize("text, expected", [
    ("A Russian offensive has taken three villages near Pokrovsk, the ministry said.", [("Capture", "Russia")]),
    ("The Taliban offensive seized control of the road between Kabul and Kandahar.", [("Capture", "Taliban")]),
])
def test_an_offensive_that_takes_ground_is_its_capture(read, text, expected):
    assert agents(read(text)) == expected


def test_airstrikes_that_take_a_toll_stay_attacks(read):
    assert ("Attack", "Pakistan") in agents(read(
        "The Pakistani airstrikes took a heavy toll on civilians in Khost, the Taliban said."))


def test_an_offensive_that_took_nothing_is_still_an_attack(read):
    assert ("Attack", "Russia") in agents(read(
        "The Russian offensive did not capture Kupyansk, the Ukrainian general staff said."))


@pytest.mark.parametrize("text, expected", [
    ("The suicide attack took the lives of twelve Pakistani soldiers in Bannu on Monday.", ("Attack", None)),
    ("The clashes took the two countries to the brink of war.", ("Other", None)),
])
def test_an_action_that_takes_no_ground_stays(read, text, expected):
    assert expected in agents(read(text))


# --- a fight that ensues (military_reports.agentless_confidence: ensued) ---------------------------------------------
@pytest.mark.parametrize("text", [
    "Tajik border guards detained two Kyrgyz herders near Vorukh. An exchange of fire followed.",
    "Police stopped a truck near Chaman. A gunfight ensued in which two militants were killed.",
])
def test_a_fight_that_ensues_is_reported(read, text):
    assert ("Attack", None) in agents(read(text))


@pytest.mark.parametrize("text", [
    "The Adani group sued the newspaper in Mumbai. A legal battle ensued.",
    "Chinese carmakers cut prices in Kazakhstan last year. A price war followed.",
    "The Indian team lost the final in Dubai. A war of words followed between the two boards.",
    "Kazakhstan raised fuel prices on January 1. A wave of protests followed, and a crackdown ensued.",
])
def test_what_ensues_off_the_battlefield_is_no_fight(read, text):
    assert agents(read(text)) == []


def test_a_battle_with_the_courts_is_no_fight(read):
    assert agents(read("Imran Khan's party called for protests in Islamabad. A long battle with the courts "
                       "followed.")) == []


# --- the guard of ground taken over (military_triggers.guard_taken_over) ---------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Turkish troops took over the defence of Kabul airport after the NATO withdrawal.", [("Deployment", "Turkey")]),
    ("Indian paratroopers took over the patrolling of the Line of Actual Control in Arunachal Pradesh.",
     [("Deployment", "India")]),
    ("Uzbek troops took over the protection of the Termez bridge from Afghan forces.", [("Deployment", "Uzbekistan")]),
    ("Taliban fighters took over the security checkpoints in Kabul on Sunday.", [("Capture", "Taliban")]),
    ("The Taliban took over the guard posts at the Torkham crossing on Monday.", [("Capture", "Taliban")]),
])
def test_the_guard_of_ground_or_the_ground_taken_over(read, text, expected):
    assert agents(read(text)) == expected


def test_the_guard_taken_over_in_the_passive_is_a_deployment(read):
    assert agents(read("The protection of Almaty airport was taken over by Russian paratroopers on Friday.")) == [
        ("Deployment", "Russia")]


def test_security_responsibility_taken_over_is_no_capture(read):
    assert not any(kind == "Capture" for kind, _ in agents(read(
        "Afghan forces took over security responsibility for Helmand province from British troops.")))


def test_the_security_of_persons_taken_over_is_no_deployment(read):
    assert agents(read("The Interior Ministry took over the security of Chinese engineers working on CPEC "
                       "projects.")) == []


def test_guard_duty_taken_over_is_a_deployment(read):
    assert ("Deployment", "Pakistan") in agents(read(
        "Pakistani troops took over guard duty at the Torkham crossing on Monday."))


# --- armed groups named by example (military_agents.examples_named) --------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Islamist movements such as Hamas have fired thousands of rockets at Israel.", ("Attack", "Hamas")),
    ("Separatist groups such as the Baloch Liberation Army, which Pakistan says are backed by India, attacked the "
     "port of Gwadar.", ("Attack", "Baloch Liberation Army")),
    ("Militant groups such as Lashkar-e-Taiba attacked an army camp in Uri on Sunday.", ("Attack", "Lashkar-e-Taiba")),
])
def test_groups_named_by_example_act(read, text, expected):
    assert expected in agents(read(text))


def test_groups_attacked_by_example_do_not_act(read):
    found = agents(read("Taliban fighters attacked militant groups such as the Islamic State in Nangarhar on Monday."))
    assert found == [("Attack", "Taliban")]


@pytest.mark.parametrize("text", [
    "Aid groups such as the Norwegian Refugee Council have pulled out of Kandahar.",
    "Student groups such as the ABVP stormed the campus of Jawaharlal Nehru University on Monday.",
])
def test_groups_of_no_arms_named_by_example_do_not_act(read, text):
    assert agents(read(text)) == []


# --- a pronoun taken stands for ground named before (military.MilitaryReader._ground_before) -------------------------
def test_a_pronoun_taken_after_ground_named_before(read):
    assert agents(read("Taliban fighters seized the town of Lashkar Gah, but Afghan forces recaptured it on "
                       "Sunday.")) == [("Capture", "Taliban"), ("Capture", "Afghanistan")]


def test_a_tank_captured_as_a_pronoun_is_no_ground(read):
    assert not any(kind == "Capture" for kind, _ in agents(read(
        "Kyrgyz troops crossed the border, found an abandoned Tajik tank and captured it.")))


def test_a_pronoun_taken_after_ground_in_the_sentence_before(read):
    assert ("Capture", "Kazakhstan") in agents(read(
        "Rioters seized the airport in Aktobe on Wednesday. On Friday, Kazakh special forces regained control of it."))


def test_a_pronoun_taken_after_fire_set(read):
    assert ("Capture", "Kazakhstan") in agents(read(
        "Protesters stormed the airport in Almaty and set fire to the terminal before Kazakh troops regained control "
        "of it."))


def test_a_pronoun_taken_after_ground_in_a_prepositional_phrase(read):
    assert ("Capture", "Kazakhstan") in agents(read(
        "Fighting raged for days around the airport before Kazakh troops regained control of it."))


def test_them_captured_are_the_soldiers_not_the_village(read):
    assert not any(kind == "Capture" for kind, _ in agents(read(
        "Taliban fighters surrounded the village, where 40 Afghan soldiers were hiding, and captured them.")))


def test_ground_taken_back_as_a_pronoun(read):
    assert ("Capture", "Afghanistan") in agents(read(
        "Taliban fighters seized the town of Lashkar Gah, but Afghan forces took it back on Sunday."))


# --- "its spokesman" speaks for the group last read acting (military_agency._their_spokesman) ------------------------
def test_its_spokesman_reports_the_groups_own_attack(read):
    assert agents(read("The TTP attacked a police post in Bannu on Sunday. Its spokesman said another post in Lakki "
                       "Marwat had been attacked on Monday.")) == [("Attack", "TTP"), ("Attack", "TTP")]


def test_its_spokesman_of_an_army_is_not_the_group_that_captured(read):
    found = agents(read("The Taliban captured Kunduz on Sunday. The Pakistan Army attacked a TTP hideout on Monday. "
                        "Its spokesman said the town of Taloqan had been taken."))
    assert found.count(("Capture", "Taliban")) == 1


# misfire fixed after the review: military_agency._their_spokesman: 'its spokesman' whose owner is named in the same
# sentence (the Afghan Defence Ministry) was read as the Taliban's, the group last read capturing
def test_its_spokesman_of_a_ministry_named_before_in_the_sentence(read):
    found = agents(read("The Taliban seized Kunduz on Sunday. The Afghan Defence Ministry vowed to retake the city, "
                        "and its spokesman said the district of Khanabad had been recaptured."))
    assert found.count(("Capture", "Taliban")) == 1


# --- "-backed" forces joined to others (military_agency.backed_by_another) -------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Pakistan-backed militants and Taliban fighters attacked Afghan army posts in Kandahar.", ("Attack", "Taliban")),
    ("Turkey-backed Syrian rebels and Turkish troops attacked the Kurdish-held town of Afrin.", ("Attack", "Turkey")),
])
def test_backed_forces_without_a_name_and_forces_joined(read, text, expected):
    assert expected in agents(read(text))


# misfire fixed after the review: military_agency.backed_by_another: '-backed' forces with a name of their own
# ('Hezbollah fighters', 'Afghan forces') gave the forces joined to them as the agent ('Syrian troops', 'NATO troops')
@pytest.mark.parametrize("text, expected", [
    ("Iran-backed Hezbollah fighters and Syrian troops attacked the town of Qusayr on Monday.",
     ("Attack", "Hezbollah")),
    ("US-backed Afghan forces and NATO troops attacked Taliban positions in Helmand on Monday.",
     ("Attack", "Afghanistan")),
])
def test_backed_forces_with_their_own_name_act(read, text, expected):
    assert expected in agents(read(text))


# --- "Its fighters" are a group's members (military_agency._group_members) -------------------------------------------
# misfire fixed after the review: military_agency._group_members: 'Its fighters' right after an air force are its
# fighter aircraft, the air force's (the attack was left without agent)
def test_an_air_forces_fighters_are_its_aircraft(read):
    assert ("Attack", "Air Force of Pakistan") in agents(read(
        "The Pakistan Air Force was put on alert on Monday. Its fighters shot down two Indian drones over Bhimber."))


# --- an owned action after "since" (military_reports.since_owned) ----------------------------------------------------
def test_since_an_owned_takeover_long_ago(read):
    assert agents(read("Trade has collapsed since the Taliban's takeover of Kabul in August 2021.")) == []


def test_since_a_days_airstrikes_is_news(read):
    assert ("Attack", "Pakistan") in agents(read(
        "Three civilians have died since Monday's Pakistani airstrikes in Khost, the Taliban said."))


def test_since_an_owned_action_of_this_week_is_news(read):
    assert ("Attack", "Pakistan") in agents(read(
        "Since Pakistan's airstrikes in Khost on Monday, the Taliban have moved hundreds of fighters to the border."))


# === meetings ========================================================================================================

# --- a sentence that opens with a quotation (meeting_syntax._after_opening_quote) ------------------------------------
@pytest.mark.parametrize("text, names", [
    ('"We had a very good meeting," External Affairs Minister S. Jaishankar said after talks with Chinese Foreign '
     'Minister Wang Yi in Vientiane.', ("S. Jaishankar", "Wang Yi")),
    ('"We stand with Iran," Russian President Vladimir Putin told Iranian President Masoud Pezeshkian in a phone call '
     'on Monday.', ("Masoud Pezeshkian", "Vladimir Putin")),
    ('"Brotherly ties" were the theme when Pakistani Prime Minister Shehbaz Sharif met Turkish President Recep Tayyip '
     'Erdogan in Ankara on Monday.', ("Recep Tayyip Erdogan", "Shehbaz Sharif")),
])
def test_parties_named_after_an_opening_quotation(read, text, names):
    assert met(read(text), *names)


@pytest.mark.parametrize("text", [
    '"Modi should meet Sharif," Congress leader Rahul Gandhi told reporters in New Delhi on Monday.',
    '"We will host Wang Yi next week," Pakistani Foreign Minister Ishaq Dar told reporters in Islamabad on Monday.',
    '"Islamabad is ready," Foreign Office spokesperson Mumtaz Zahra Baloch said when asked whether Prime Minister '
    'Shehbaz Sharif would meet Indian Prime Minister Narendra Modi in Astana.',
])
def test_no_encounter_outside_an_opening_quotation(read, text):
    assert parties(read(text)) == []


def test_a_split_quotation_naming_the_speakers_own_talks(read):
    assert met(read('"Trade and connectivity," Uzbek President Shavkat Mirziyoyev said, "were the focus of my talks '
                    'with Kazakh President Kassym-Jomart Tokayev."'), "Kassym-Jomart Tokayev", "Shavkat Mirziyoyev")


# --- travel to a foreign capital still to come (meeting_kinds._to_come_abroad) ---------------------------------------
@pytest.mark.parametrize("text, visitor, host", [
    ("Indian Foreign Minister S. Jaishankar will travel to Islamabad next week to attend the SCO Council of Heads of "
     "Government meeting.", "S. Jaishankar", "Pakistan"),
    ("Indian Prime Minister Narendra Modi will travel to Moscow on Monday to attend the Victory Day parade.",
     "Narendra Modi", "Russia"),
])
def test_travel_abroad_to_come_is_a_planned_visit(read, text, visitor, host):
    extraction = read(text)
    assert met(extraction, visitor, host)
    assert [m.status for m in extraction.meetings] == ["planned"]


@pytest.mark.parametrize("text", [
    "Russian President Vladimir Putin could travel to New Delhi later this year, the Kremlin said.",
    "Russian President Vladimir Putin would travel to India if invited, Kremlin spokesman Dmitry Peskov said.",
    "Pakistani Prime Minister Shehbaz Sharif is unlikely to travel to New Delhi for the summit.",
    "Will Prime Minister Narendra Modi travel to Islamabad next month?",
    "Prime Minister Narendra Modi should travel to Islamabad, former foreign secretary Shyam Saran said.",
    "The US State Department urged Secretary of State Antony Blinken not to travel to Beijing.",
    "Pakistani Foreign Minister Ishaq Dar was to travel to Kabul on Monday, but the trip was postponed.",
    "Tajik President Emomali Rahmon will travel to Dushanbe's Varzob district on Friday.",
])
def test_travel_possible_wished_asked_called_off_or_at_home_is_no_visit(read, text):
    assert parties(read(text)) == []


def test_travel_to_meet_a_person_is_the_meeting(read):
    extraction = read("Indian Prime Minister Narendra Modi will travel to Moscow on Monday to meet Russian President "
                      "Vladimir Putin.")
    assert parties(extraction) == [["Narendra Modi", "Vladimir Putin"]]


def test_travel_for_medical_treatment_is_no_visit(read):
    assert parties(read("Former Prime Minister Nawaz Sharif will travel to London next week for medical treatment, his "
                        "party said.")) == []


def test_a_correspondents_trip_is_no_visit(read):
    assert parties(read("BBC correspondent Lyse Doucet will travel to Kabul next week.")) == []


# === statements ======================================================================================================

# --- a surname opening a sentence (resolve.Resolver: a capitalised noun) ---------------------------------------------
@pytest.mark.parametrize("text, speaker, opening", [
    ("Tajik President Emomali Rahmon received Iranian President Ebrahim Raisi in Dushanbe on Monday. Rahmon said the "
     "two countries would build a new hydropower plant.", "Emomali Rahmon", "Rahmon said"),
    ("Indian Home Minister Amit Shah visited Srinagar on Monday. Shah said terrorism in Jammu and Kashmir was in its "
     "last phase.", "Amit Shah", "Shah said"),
    ("Kyrgyz President Sadyr Japarov spoke to reporters in Bishkek. Japarov described the border deal as \"historic\" "
     "and said it would be signed in March.", "Sadyr Japarov", "Japarov described"),
])
def test_a_surname_opening_a_sentence_speaks(read, text, speaker, opening):
    assert any(who == speaker and evidence.startswith(opening) for who, evidence in said(read(text)))


@pytest.mark.parametrize("text, person", [
    ("Former US Secretary of State Condoleezza Rice spoke at Stanford on Monday. Rice exports from Pakistan to Iran "
     "have doubled, the ministry said.", "Condoleezza Rice"),
    ("British historian Simon Hunter visited Kabul in May. Hunters said the Taliban had banned the shooting of snow "
     "leopards.", "Simon Hunter"),
    ("Former Prime Minister Nawaz Sharif and his brother, Prime Minister Shehbaz Sharif, met in London on Monday. "
     "Sharif said the party would contest the election.", "Shehbaz Sharif"),
])
def test_a_common_noun_or_a_shared_surname_opening_a_sentence_is_no_speaker(read, text, person):
    assert not any(who == person for who, _ in said(read(text)))


def test_a_surname_tagged_as_an_adjective_opening_a_sentence_meets(read):
    extraction = read("Uzbek Foreign Minister Bakhtiyor Saidov and Taliban Foreign Minister Amir Khan Muttaqi arrived "
                      "in Termez on Monday. Saidov is due to hold talks with Muttaqi on Tuesday.")
    assert met(extraction, "Amir Khan Muttaqi", "Bakhtiyor Saidov")


# --- a transcript's turns labelled by office (interviews._office_holder) ---------------------------------------------
WHITE_HOUSE = """President Joe Biden hosted Prime Minister Narendra Modi at the White House on Thursday. The two \
leaders held a joint news conference.

THE PRESIDENT: Thank you all for coming. It is an honour to host the Prime Minister.

PRIME MINISTER MODI: India and the United States are natural partners.

Q: Mr President, will you travel to India next year?

THE PRESIDENT: I hope so. The Prime Minister has invited me.

Q: Prime Minister, what about Ukraine?

PRIME MINISTER MODI: This is not an era of war.
"""


def test_the_president_label_is_the_president_named_before(read):
    turns = [who for who, evidence in said(read(WHITE_HOUSE)) if evidence.startswith("THE PRESIDENT:")]
    assert turns and set(turns) == {"Joe Biden"}


def test_the_guests_opening_turn_at_a_joint_news_conference(read):
    assert any(who == "Narendra Modi" and "natural partners" in evidence for who, evidence in said(read(WHITE_HOUSE)))


BRIEFING = """Foreign Office Spokesperson Mumtaz Zahra Baloch held the weekly press briefing in Islamabad on Thursday. \
She rejected remarks made on Tuesday by Indian External Affairs Ministry spokesperson Randhir Jaiswal.

SPOKESPERSON: Good afternoon. Pakistan rejects the baseless remarks made in New Delhi.

QUESTION: Will the foreign minister travel to Kabul?

SPOKESPERSON: Yes, the visit is planned for next week.

QUESTION: Any comment on the border closure at Torkham?

SPOKESPERSON: The crossing will reopen once talks conclude.
"""


def test_spokesperson_turns_are_the_briefers_not_the_one_rebutted(read):
    turns = [who for who, evidence in said(read(BRIEFING)) if evidence.startswith("SPOKESPERSON:")]
    assert turns == ["Mumtaz Zahra Baloch"] * 3


INTERVIEW = """Russian Foreign Minister Sergei Lavrov spoke to Izvestia correspondent Ivan Petrov in Moscow on Monday.

Ivan Petrov: What came out of the talks in Kazan?

Sergei Lavrov: A joint statement on Afghanistan and a plan for the next round.

Ivan Petrov: Will the Taliban be invited again?

Sergei Lavrov: Yes, they will be invited to Moscow in the autumn.

Ivan Petrov: And Pakistan's position?

Sergei Lavrov: Islamabad supports the format fully.
"""


def test_the_answers_of_an_interview_with_a_named_interviewer(read):
    answers = [evidence for who, evidence in said(read(INTERVIEW)) if who == "Sergey Lavrov"]
    assert len(answers) == 3


def test_the_interviewers_questions_are_no_statements(read):
    assert not any(who == "Ivan Petrov" for who, _ in said(read(INTERVIEW)))


# === actors ==========================================================================================================

@pytest.mark.parametrize("text, group", [
    ("The G4 nations, India, Brazil, Germany and Japan, renewed their call for UN Security Council reform.", "G4"),
    ("The G5 Sahel force was dissolved after Mali, Burkina Faso and Niger withdrew.", "G5"),
])
def test_groups_of_countries_on_the_list(read, text, group):
    assert group in labels(read(text))


def test_a_highway_numbered_like_a_group_is_no_organisation(read):
    extraction = read("The convoy was travelling on the G7 expressway from Beijing to Urumqi when the crash occurred.")
    assert not any(actor.label == "G7" and actor.kind == "Organisation" for actor in extraction.actors)


def test_the_g33_is_a_group_of_countries(read):
    assert "G33" in labels(read("India and the G33 group of developing countries pushed for a permanent solution on "
                                "food stockholding at the WTO."))


@pytest.mark.parametrize("text", [
    "TASHKENT: The Foreign Ministry on Monday summoned the Afghan charge d'affaires. Later, Uzbekistan's Foreign "
    "Ministry said the shelling of Termez was unacceptable.",
    pytest.param("The Foreign Ministry summoned the Afghan charge d'affaires on Monday. Uzbekistan's Foreign "
                 "Ministry said the shelling of Termez was unacceptable.",
                 marks=misfire("actor_grouping.ministries_of_their_country: a ministry named without its country "
                               "before the only ministry of that function named with one, and no dateline, stays "
                               "a bare 'Foreign Ministry' of its own (before: Uzbekistan's)")),
])
def test_a_bare_ministry_before_the_one_of_its_country(read, text):
    assert "Foreign Ministry" not in labels(read(text))
