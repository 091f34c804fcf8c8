"""Round 11's statement and actor rules, each on sentences written for these tests (never copied from an
evaluation article); the names are made up or public figures in invented sentences."""
from __future__ import annotations

from datetime import date

import pytest

DAY = date(2024, 5, 20)


def _said(read_article, text: str) -> list[tuple[str, str]]:
    extraction = read_article(text, published=DAY)
    labels = {a.key: a.label for a in extraction.actors}
    return [(labels[s.speaker], s.evidence.sentence) for s in extraction.statements]


def _actors(read_article, text: str) -> set[str]:
    return {a.label for a in read_article(text, published=DAY).actors}


# A photo's caption and credit run into the end of a story's paragraph: the story's sentences before them stay.
@pytest.mark.parametrize("text, speaker", [
    ("Border guard spokesman Nodir Rashidov said on Monday that two posts had been rebuilt. Reporters could not "
     "reach the site. A view of the rebuilt post near Isfara. Photo: Asia-Plus", "Nodir Rashidov"),
    ("Interior Minister Ulan Niyazbekov said the curfew would be lifted. Shops reopened in Osh. The central "
     "market on Tuesday. Image: Kaktus Media", "Ulan Niyazbekov"),
    ("Governor Rustam Kadyrov told reporters the road would reopen in June. Trucks queued at the pass. "
     "Trucks at the Kamchik pass. Credit: Reuters/File", "Rustam Kadyrov"),
    ("Foreign Minister Bakhtiyor Saidov said Tashkent backed the corridor. The talks lasted two hours. A map "
     "of the planned line. Source: Uzbek Railways", "Bakhtiyor Saidov"),
])
def test_a_caption_run_into_a_paragraph_leaves_the_story_s_sentences(read_article, text, speaker):
    assert [who for who, _ in _said(read_article, text)] == [speaker]


# A caption on its own stays furniture; a colon inside a story's sentence is no credit.
@pytest.mark.parametrize("text, expected", [
    ("Defence Minister Ruslan Jumaev greets troops in Termez on Friday. Photo: Press service", []),
    ("Asked about the photo: Defence Minister Ruslan Jumaev said it was old.", ["Ruslan Jumaev"]),
    ("The ministry gave one source: Defence Minister Ruslan Jumaev said the drill ended.", ["Ruslan Jumaev"]),
])
def test_a_caption_alone_or_a_colon_in_a_sentence_is_no_credit_tail(read_article, text, expected):
    assert [who for who, _ in _said(read_article, text)] == expected


# A pair named by their office ("both presidents", "the two leaders") speaks as the two persons named before with it.
@pytest.mark.parametrize("text, expected", [
    ("President Sadyr Japarov hosted Kazakh President Kassym-Jomart Tokayev in Cholpon-Ata on Friday. "
     "Both presidents said the water agreement would be signed in June.", ["Kassym-Jomart Tokayev", "Sadyr Japarov"]),
    ("Prime Minister Shehbaz Sharif received Turkmen President Arslan Orazov in Islamabad. The two leaders "
     "agreed to \"speed up work\" on the gas pipeline.", ["Arslan Orazov", "Shehbaz Sharif"]),
    ("Foreign Minister Bakhtiyor Saidov spoke with his Afghan counterpart, Foreign Minister Amir Khan Muttaqi, on "
     "Sunday. The two foreign ministers agreed that the railway talks should resume, according to a readout.",
     ["Amir Khan Muttaqi", "Bakhtiyor Saidov"]),
    ("Uzbek President Shavkat Mirziyoyev met Tajik President Emomali Rahmon in Khujand. Both leaders stressed that "
     "the border was now fully open.", ["Emomali Rahmon", "Shavkat Mirziyoyev"]),
])
def test_a_pair_named_by_office_is_the_two_persons(read_article, text, expected):
    second = text.split(". ")[-1]
    assert sorted(who for who, evidence in _said(read_article, text) if evidence.startswith(second[:20])) == expected


# Not when another tells what the pair agreed, when they did not agree, when they only met, with one named, nor for
# an agreement neither quoted nor taken from an account (what they did, not said).
@pytest.mark.parametrize("text", [
    "President Sadyr Japarov hosted Kazakh President Kassym-Jomart Tokayev in Cholpon-Ata on Friday. "
    "The presidential press service said the two leaders agreed to open two new crossings.",
    "President Sadyr Japarov hosted Kazakh President Kassym-Jomart Tokayev in Cholpon-Ata on Friday. "
    "The two leaders did not agree on the water quotas.",
    "President Sadyr Japarov hosted Kazakh President Kassym-Jomart Tokayev in Cholpon-Ata on Friday. "
    "Both presidents then toured the new hospital.",
    "Foreign Minister Bakhtiyor Saidov arrived in Kabul on Sunday. The two ministers agreed that the railway talks "
    "should resume, according to a readout.",
    "Foreign Minister Bakhtiyor Saidov spoke with Foreign Minister Amir Khan Muttaqi on Sunday. The two foreign "
    "ministers agreed that the railway talks should resume.",
])
def test_no_pair_speaks_when_another_tells_it_or_nothing_is_said(read_article, text):
    second = text.split(". ")[-1]
    assert [who for who, evidence in _said(read_article, text)
            if evidence.startswith(second[:20]) and who not in ("Kyrgyzstan", "Kazakhstan")] == []


# A region's word hyphenated to an organisation names its branch, unlinked; a name of its own after the hyphen
# or a lowercase word does not.
@pytest.mark.parametrize("text, name", [
    ("The bombing was claimed by ISIS-Khorasan, the group's regional branch.", "ISIS-Khorasan"),
    ("Officials blamed ISIS-Sahel for the raid on the convoy.", "ISIS-Sahel"),
    ("The attack was claimed by ISIS-K, officials said.", "ISIS-K"),
])
def test_a_hyphenated_region_names_a_branch(read_article, text, name):
    extraction = read_article(text, published=DAY)
    assert [(a.label, a.qid) for a in extraction.actors if a.label.startswith("ISIS")] == [(name, None)]


@pytest.mark.parametrize("text, absent", [
    ("The Taliban-led government said the crossing would reopen.", "Taliban-led"),
    ("The NATO-Russia Council has not met since 2019.", "NATO-Russia"),
    ("Envoys met in the SCO-Afghanistan Contact Group on Friday.", "SCO-Afghanistan"),
])
def test_no_branch_from_a_lowercase_word_or_a_second_name(read_article, text, absent):
    labels = {a.label for a in read_article(text, published=DAY).actors}
    assert absent not in labels
