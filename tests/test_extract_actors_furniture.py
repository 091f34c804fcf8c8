"""Page furniture of layouts the extractor has not seen is no actor: copyright and address lines, an outlet's
notices to its readers, the author's biography, a live blog's dated entry time; transliterations of one surname
are one person.

The sentences are written for these tests (never copied from an evaluation article); the names are made up.
"""
from __future__ import annotations

from datetime import date

import pytest

from kg.extract.sentences import is_furniture, timestamp_length

PUBLISHED = date(2024, 11, 5)
STORY = "Border guards of the two countries exchanged fire near the crossing on Monday, officials said.\n\n"


def labels(extraction) -> set[str]:
    return {a.label for a in extraction.actors}


@pytest.mark.parametrize("paragraph", [
    "Copyright (c) 2024. Steppe Wire, Inc. Reprinted with permission of Steppe Wire, 18 Abay Avenue, Almaty 050000.",
    "Track Latest News Live on steppewire.kz and get news updates from Central Asia and around the world.",
    "Download the Steppe Wire app for Android and iOS",
    "Our website carries only part of the stories offered to subscribers of the Steppe Wire Terminal, in short form.",
    "Follow us on steppewire.com for the latest updates.",
])
def test_notices_to_readers_are_furniture(paragraph):
    assert is_furniture(paragraph)


@pytest.mark.parametrize("paragraph", [
    "The minister told steppewire.kz that the crossing would reopen on Friday.",
    "Follow-up talks are due in Almaty next week, the ministry said.",
    "The agency, which has more than a million subscribers, said the figures were wrong.",
])
def test_article_text_naming_an_outlet_or_subscribers_is_no_furniture(paragraph):
    assert not is_furniture(paragraph)


def test_a_copyright_line_names_no_actor(read_article):
    text = STORY + ("Copyright (c) 2024. Steppe Wire, Inc. Used with the permission of Steppe Wire, "
                    "1200 Dostyk Avenue, Almaty 050000.")
    assert not {"Dostyk Avenue", "Almaty", "Steppe Wire"} & labels(read_article(text, PUBLISHED))


@pytest.mark.parametrize("bio, name", [
    ("Dana Serikova is a journalist covering Kazakhstan and Kyrgyzstan.", "Dana Serikova"),
    ("Marat Ospanov is a senior fellow at the Almaty Policy Institute.", "Marat Ospanov"),
])
def test_the_authors_biography_closing_the_article_names_no_actor(read_article, bio, name):
    assert name not in labels(read_article(STORY + bio, PUBLISHED))


def test_a_person_described_in_the_story_is_an_actor(read_article):
    text = "Dana Serikova is a journalist who was detained in Almaty on Monday, her lawyer said.\n\n" + STORY
    assert "Dana Serikova" in labels(read_article(text, PUBLISHED))


@pytest.mark.parametrize("paragraph, length", [
    ("Dec 13, 2024 16:20 (IST)\nTroops moved to the ridge.", 25),
    ("14:45 IST\nThe two delegations left.\nNo statement followed.", 10),
    ("10:42 GMT — Troops left the town.", 12),
])
def test_a_live_blog_entry_time_is_no_sentence(paragraph, length):
    assert timestamp_length(paragraph) == length


def test_transliterations_of_one_surname_are_one_person(read_article):
    text = ("Security chief Kamil Tashiyev met the governor on Monday.\n\n"
            "Tashiev said later that the border was calm.")
    persons = [a for a in read_article(text, PUBLISHED).actors if a.kind == "Person"]
    assert len(persons) == 1 and len(persons[0].mentions) == 2


@pytest.mark.parametrize("text", [
    "The deputy minister told Steppe-Plus that the crossing would reopen on Friday.",
    "Farmers interviewed by Steppe-Plus said the water had not come.",
])
def test_a_name_a_source_speaks_to_is_no_place(read_article, text):
    kinds = {a.label: a.kind for a in read_article(text, PUBLISHED).actors}
    assert kinds.get("Steppe-Plus") in (None, "Organisation")
