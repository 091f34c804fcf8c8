"""Statements and actors, round 10: layouts and speaker descriptions read from unseen articles' errors.

Every text here is written for these tests (never copied from an evaluation article); the names are made up.
"""
from __future__ import annotations

from datetime import date

import pytest

DAY = date(2024, 5, 20)


def _said(read_article, text: str) -> list[tuple[str, str]]:
    extraction = read_article(text, published=DAY)
    labels = {a.key: a.label for a in extraction.actors}
    return [(labels[s.speaker], s.evidence.sentence) for s in extraction.statements]


def _actors(read_article, text: str) -> dict[str, str]:
    return {a.label: a.kind for a in read_article(text, published=DAY).actors}


# A transcript: each turn, labelled with its speaker's name in capitals, is a statement of that speaker.
TRANSCRIPTS = [
    """Foreign Minister Daniyar Kemelov addressed the Senate on Tuesday. Excerpts follow.

CHAIRMAN ASEL NURLANOVA: The Foreign Minister has the floor.

DANIYAR KEMELOV: Thank you. The talks in Baku were difficult, but both delegations agreed to meet again.

DANIYAR KEMELOV: We will not accept any change of the border by force.

BOLAT SARSENOV: The people deserve to know what was signed. We ask for the full text.
""",
    """Below is an edited record of the hearing, at which Senator Ruth Callow questioned defence chief Omar Haddad.

RUTH CALLOW: Were our soldiers in danger during the exercise?

OMAR HADDAD: No. The units stayed well away from the frontier at all times.

RUTH CALLOW: Then why were the reserves called up?

OMAR HADDAD: As a precaution. The order came from the cabinet.
""",
    """The prime minister's briefing, as released by her office. Prime Minister Lena Marsh took questions.

MODERATOR PAUL IRVING: The Prime Minister will take three questions.

LENA MARSH: The ceasefire is holding, and aid convoys reached the valley this morning.

PAUL IRVING: Next question, please.

LENA MARSH: I spoke to the president of the neighbouring republic last night.
""",
]


@pytest.mark.parametrize("text", TRANSCRIPTS)
def test_each_turn_of_a_transcript_is_a_statement_of_its_speaker(read_article, text):
    said = _said(read_article, text)
    turns = [p for p in text.split("\n\n") if p[:1].isupper() and ":" in p.split()[0] + p.split()[1]
             and p.split(":")[0].isupper()]
    for turn in turns:
        label = turn.split(":")[0]
        words = label.split()[-2:]
        speaker = " ".join(w.capitalize() for w in words)
        assert any(who.endswith(speaker) and evidence.startswith(label) for who, evidence in said), (turn, said)


def test_a_speaker_named_only_in_a_label_is_a_person(read_article):
    assert _actors(read_article, TRANSCRIPTS[0]).get("Bolat Sarsenov") == "Person"


def test_datelines_in_capitals_make_no_transcript(read_article):
    text = ("ISLAMABAD: Pakistan lodged a protest with Kabul on Monday.\n\n"
            "KABUL: The Taliban rejected the protest.\n\n"
            "TEHRAN: Iran called for calm.\n\n"
            "READ MORE: Border crossing reopens")
    assert not [label for label, kind in _actors(read_article, text).items() if kind == "Person"]
    assert not [evidence for who, evidence in _said(read_article, text) if who in ("Islamabad", "Kabul", "Read More")]


# A name described by a person's trade in an apposition is a person, whatever the model tagged.
@pytest.mark.parametrize("text, speaker", [
    ('"We lost two harvests to the fighting," says Timur, a 52-year-old farmer.', "Timur"),
    ('"Nobody asked us," says Gulnara, a teacher in the border village.', "Gulnara"),
    ('The new road changes everything, said Aibek, a 30-year-old driver from Osh.', "Aibek"),
])
def test_a_first_name_described_by_a_trade_speaks(read_article, text, speaker):
    assert (speaker, text) in _said(read_article, text)


INTERVIEW = """The Herald spoke with Farrukh Tashmatov, a senior fellow at the Samarkand Policy Centre, about the summit.

Herald: What did the summit achieve?

Tashmatov: Less than promised. The gas deal was postponed again.

Herald: Will the border open?

Tashmatov: In spring, I expect. Both governments want the trade back.
"""


def test_an_interviewee_the_model_tags_as_a_body_answers(read_article):
    said = _said(read_article, INTERVIEW)
    assert [e for who, e in said if who == "Farrukh Tashmatov" and e.startswith("Tashmatov:")] == [
        "Tashmatov: Less than promised. The gas deal was postponed again.",
        "Tashmatov: In spring, I expect. Both governments want the trade back."]


@pytest.mark.parametrize("text, speaker", [
    ('Analyst Temir Osmonov warned that "the deal settles nothing".', "Temir Osmonov"),
    ("Economist Dana Whitfield said the sanctions would cut exports by a third.", "Dana Whitfield"),
    ("Researcher Marat Beisenov noted that the line had been drawn in 1924.", "Marat Beisenov"),
])
def test_a_trade_before_a_name_is_no_part_of_it(read_article, text, speaker):
    assert (speaker, text) in _said(read_article, text)


# "Leader of the Opposition X": the body the office is of is no part of its holder's name.
@pytest.mark.parametrize("text, speaker", [
    ("In the Senate, Leader of the Opposition Tomas Verhoeven said the plan was wrong.", "Tomas Verhoeven"),
    ("Leader of the House Piyush Goyal told reporters the bill would pass.", "Piyush Goyal"),
    ("Speaker of the Assembly Maria Lopez Garcia told lawmakers that the vote would go ahead.", "Maria Lopez Garcia"),
])
def test_the_holder_of_an_office_of_a_body_speaks(read_article, text, speaker):
    assert (speaker, text) in _said(read_article, text)
    assert _actors(read_article, text).get(speaker) == "Person"


# "the President of X": the person the article named as holding that office of X, not the last president named.
@pytest.mark.parametrize("text, speaker", [
    ("Kazakh President Kassym-Jomart Tokayev received Tajik President Emomali Rahmon in Astana. Later, the Kazakh "
     "leader also met President Sadyr Japarov. Speaking to reporters, the President of Kazakhstan said the border "
     "issue was settled.", "Kassym-Jomart Tokayev"),
    ("Russian Foreign Minister Sergei Lavrov hosted the talks. They were attended by Foreign Minister Ishaq Dar of "
     "Pakistan. Speaking after the talks, the foreign minister of Russia said trade would grow.", "Sergey Lavrov"),
    ("The talks in Baku were chaired by President Ilham Aliyev of Azerbaijan. Also present was President Sadyr "
     "Japarov of Kyrgyzstan. Later the President of Azerbaijan told reporters that the talks went well.",
     "Ilham Aliyev"),
])
def test_an_office_of_a_country_names_its_holder(read_article, text, speaker):
    last = text.split(". ")[-1]
    assert [who for who, evidence in _said(read_article, text) if evidence == last] == [speaker]


# "the Afghanistan Cricket Board": a country's name between "the" and a body's name opens that name.
@pytest.mark.parametrize("text, body", [
    ("Pakistani strikes hit Urgun, and the Afghanistan Cricket Board said three players were killed.",
     "Afghanistan Cricket Board"),
    ("The Kyrgyzstan Red Crescent Society said it had sent tents to Batken.", "Kyrgyzstan Red Crescent Society"),
    ("After the match, the Uzbekistan Football Association said the stadium would be closed.",
     "Uzbekistan Football Association"),
])
def test_a_country_opening_a_body_s_name_is_part_of_it(read_article, text, body):
    assert (body, text) in _said(read_article, text)


# "X's envoy for Y, Z Q, who …, said": the parser joins the name to the place before it; the name is the envoy's.
@pytest.mark.parametrize("text, speaker", [
    ("Pakistan's special representative for Afghanistan, Muhammad Sadiq, who held talks with Muttaqi in Kabul, said "
     "the border would reopen.", "Muhammad Sadiq"),
    ("India's special envoy for Afghanistan, Ravi Kumar Sen, who held talks in Kabul last month, said \"there is no "
     "alternative to dialogue\".", "Ravi Kumar Sen"),
    ("Russia's envoy for Syria, Alexander Lavrentiev, who held talks in Damascus on Monday, said the ceasefire was "
     "holding.", "Alexander Lavrentiev"),
])
def test_an_envoy_named_after_his_remit_speaks(read_article, text, speaker):
    assert [who for who, _ in _said(read_article, text)] == [speaker]


def test_envoys_of_several_countries_are_none_of_them(read_article):
    text = "Special envoys of Pakistan, the United States, China and Russia on Thursday urged the Taliban to act."
    assert not [who for who, _ in _said(read_article, text) if who == "Pakistan"]


# A fact-check's label in capitals ("CLAIM 2:") is no verb: the claim under review is nobody's statement.
@pytest.mark.parametrize("text", [
    'CLAIM 2: "Russia moved 30,000 troops to the border"',
    'CLAIM: "Tajikistan closed its border with Afghanistan"',
    'CLAIM 4: "China has opened a base in Wakhan"',
])
def test_a_claim_label_makes_no_statement(read_article, text):
    assert _said(read_article, text) == []


# "an X correspondent reports": X is the outlet that reports, a source and no speaker.
@pytest.mark.parametrize("text", [
    "ASTANA. KAZINFORM – The first summit took place in Astana on Friday, Kazinform correspondent reports.",
    "The talks ended without a deal, a Sputnik Tajikistan correspondent reported from Dushanbe.",
    "The border post was closed on Monday, an Asia-Plus reporter said.",
])
def test_an_outlet_s_correspondent_makes_it_no_speaker(read_article, text):
    assert _said(read_article, text) == []


# "The following is the statement issued by X.": the quoted paragraphs after it are X's.
@pytest.mark.parametrize("text", [
    "Kyrgyzstan protested on Monday. The following is the full text of the statement issued by the Ministry of "
    "Foreign Affairs of Kyrgyzstan.\n\n\"Tajik forces opened fire on our border post near Batken.\n\n\"The ministry "
    "demands an immediate explanation from the Tajik side.\"",
    "Below is an unofficial translation of the statement released by the Ministry of Defence of Tajikistan.\n\n"
    "\"Kyrgyz units shelled the village of Vorukh on Friday.\n\n\"Our forces did not return fire.\"",
    "The embassy's view was set out in a statement of the Ministry of Foreign Affairs of Uzbekistan.\n\n"
    "\"Uzbekistan supports the dialogue between its neighbours.\n\n\"Tashkent is ready to host the next round.\"",
])
def test_quotations_after_a_statement_s_introduction_are_its_issuer_s(read_article, text):
    said = _said(read_article, text)
    quoted = [who for who, evidence in said if evidence.startswith('"')]
    assert len(quoted) == 2 and len(set(quoted)) == 1 and quoted[0].startswith("Ministry of"), said


# Teasers' titles under "Related Posts" or "Read more:", run into the story's last paragraph, are no sentences.
@pytest.mark.parametrize("text, kept", [
    ("Tokayev said the talks had failed.\nRelated Posts\nPakistan's caretaker PM urges Kabul to act against TTP\n"
     "Leave a Reply Cancel reply Your email address will not be published.", "Tokayev said the talks had failed."),
    ("Rahmon said the border was calm.\nRead more:\nTokayev says Russia must respect Kazakhstan's borders\n"
     "Lavrov warns Kabul over militants\nComments (3) Share your view on this story.",
     "Rahmon said the border was calm."),
    ("Mirziyoyev said trade would grow.\nRelated Articles\nJaparov urges Dushanbe to reopen the road\n"
     "© 2024 The Daily. All rights reserved.", "Mirziyoyev said trade would grow."),
])
def test_teasers_under_a_related_header_are_furniture(read_article, text, kept):
    assert [evidence for _, evidence in _said(read_article, text)] == [kept]


# "the Head of State" with no country, in a national outlet's story: its own head of state, the first the article names.
@pytest.mark.parametrize("text, speaker", [
    ("ASTANA – President of the Republic of Kazakhstan Kassym-Jomart Tokayev received President of Tajikistan "
     "Emomali Rahmon on Friday. Opening the talks, the Head of State noted that trade had doubled.",
     "Kassym-Jomart Tokayev"),
    ("President Shavkat Mirziyoyev hosted Kazakh President Kassym-Jomart Tokayev in Tashkent. Addressing the forum, "
     "the head of state said the region needed water agreements.", "Shavkat Mirziyoyev"),
    ("King Abdullah II received President Ilham Aliyev in Amman. Later the head of state told reporters the visit "
     "had been useful.", "Abdullah II"),
])
def test_the_head_of_state_is_the_first_head_of_a_state_named(read_article, text, speaker):
    last = text.split(". ")[-1]
    assert [who for who, evidence in _said(read_article, text) if evidence == last] == [speaker]


# A comment form closing the article ("Leave a Reply … Your email address will not be published.") is furniture,
# and so is a teaser's title left above it.
@pytest.mark.parametrize("text", [
    "Rahmon said the border was calm.\n\nJaparov urges Dushanbe to reopen the road\nLeave a Reply Cancel reply "
    "Your email address will not be published.",
    "Rahmon said the border was calm.\n\nTokayev says Russia must respect Kazakhstan's borders\nLeave a comment "
    "below. Your email address will not be published.",
    "Rahmon said the border was calm.\n\nLavrov warns Kabul over militants\nLeave a Reply. Your email address will "
    "not be published. Required fields are marked.",
])
def test_a_comment_form_and_the_teaser_above_it_are_furniture(read_article, text):
    assert [evidence for _, evidence in _said(read_article, text)] == ["Rahmon said the border was calm."]
