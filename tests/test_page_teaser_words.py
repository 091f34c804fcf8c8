"""The words of a teaser (a link to another story) in the three places the page reader looks for them: a line that
labels a teaser ("Also read: …"), furniture; a list's header ("Related Stories"), whose titles are no story; a
teaser's title over a date ("Related: Border talks resume" then "Published on July 6, 2021"), whose date is that
story's. Each word of each vocabulary is pinned in each place."""
from __future__ import annotations

from datetime import date
from typing import NamedTuple

import pytest

from kg.page import read_page

HEADLINE = "Border guards clash near Vorukh"
FIRST = "Kyrgyz and Tajik border guards exchanged fire near the Vorukh enclave on Thursday, officials said."
SECOND = "The two governments agreed on a ceasefire late on Friday, and troops began to leave the border posts."
THIRD = "Talks between the two delegations are to resume in Batken next week, the foreign ministry said."
TITLE = "Uzbek and Kazakh leaders meet in Tashkent"
OTHER_TITLE = "Kazakhstan opens a new border crossing"
TEASER_DATE = "Published on July 6, 2021"


class Reading(NamedTuple):
    """What the page reader does with a word: ``line``, its "Word: title" line between two paragraphs is dropped;
    ``header``, the word alone on a line over a list of titles is dropped; ``titles``, those titles are dropped;
    ``date``, the date under its "Word: title" line is the teaser's, not the story's."""
    line: bool
    header: bool
    titles: bool
    date: bool


READINGS = {
    # the furniture pattern's teaser words ("Also read: …")
    "Also read": Reading(line=True, header=True, titles=True, date=True),
    "Read also": Reading(line=True, header=False, titles=True, date=True),
    "Read": Reading(line=True, header=False, titles=False, date=False),
    "Read more": Reading(line=True, header=True, titles=True, date=True),
    "See also": Reading(line=True, header=False, titles=True, date=True),
    "Also see": Reading(line=True, header=False, titles=False, date=False),
    "Must read": Reading(line=True, header=False, titles=True, date=True),
    "Also watch": Reading(line=True, header=False, titles=False, date=False),
    "Watch": Reading(line=True, header=False, titles=False, date=False),
    "Listen": Reading(line=True, header=False, titles=False, date=False),
    "More": Reading(line=True, header=False, titles=True, date=True),
    "Related": Reading(line=True, header=False, titles=True, date=True),
    "Related coverage": Reading(line=True, header=False, titles=False, date=True),
    "Recommended": Reading(line=True, header=True, titles=True, date=True),
    "Suggested": Reading(line=True, header=False, titles=False, date=False),
    "Don't miss": Reading(line=True, header=False, titles=True, date=True),
    "Dont miss": Reading(line=True, header=False, titles=True, date=True),
    "Trending": Reading(line=True, header=True, titles=True, date=False),
    "More from Asia": Reading(line=True, header=False, titles=True, date=False),
    "Click here": Reading(line=True, header=False, titles=False, date=False),
    # _LIST_HEADER's words not above: a list's header ("Related Stories", "Read next:")
    "Read next": Reading(line=False, header=False, titles=True, date=True),
    "Top": Reading(line=False, header=False, titles=True, date=False),
    "Latest": Reading(line=False, header=False, titles=True, date=False),
    "Popular": Reading(line=False, header=False, titles=True, date=False),
    "Similar": Reading(line=False, header=False, titles=True, date=False),
    "Editor's picks": Reading(line=False, header=False, titles=True, date=False),
    "Editors pick": Reading(line=False, header=False, titles=True, date=False),
    "Editors' picks": Reading(line=False, header=False, titles=True, date=False),
    "Related articles": Reading(line=True, header=True, titles=True, date=True),
    "Related post": Reading(line=True, header=True, titles=True, date=True),
    "More news": Reading(line=False, header=True, titles=True, date=False),
    "Top stories": Reading(line=False, header=True, titles=True, date=False),
    "Latest content": Reading(line=False, header=True, titles=True, date=False),
    "Popular topics": Reading(line=False, header=True, titles=True, date=False),
    "Similar video": Reading(line=False, header=True, titles=True, date=False),
    "Recommended reads": Reading(line=False, header=True, titles=True, date=False),
    "Related links": Reading(line=True, header=False, titles=True, date=True),
    "Recommended for you": Reading(line=False, header=True, titles=True, date=False),
    "Trending now": Reading(line=False, header=True, titles=True, date=False),
    "Top stories for you": Reading(line=False, header=True, titles=True, date=False),
    "You may like": Reading(line=False, header=True, titles=True, date=False),
    "You might also like": Reading(line=False, header=True, titles=True, date=False),
    "Most read": Reading(line=False, header=True, titles=True, date=False),
    "Most popular": Reading(line=False, header=True, titles=True, date=False),
    "Most viewed": Reading(line=False, header=True, titles=True, date=False),
    "Most shared": Reading(line=False, header=True, titles=True, date=False),
    "Further reading": Reading(line=False, header=True, titles=True, date=False),
    "Related stories": Reading(line=True, header=True, titles=True, date=True),
    # _TEASER's words (a teaser's title over its date: "Related: Border talks resume") are all above; the
    # furniture's list headers alone on their line ("Related Stories") that are not
    "More like this": Reading(line=False, header=True, titles=False, date=False),
}


def body(*lines: str) -> list[str]:
    return read_page("\n".join([HEADLINE, "", FIRST, "", *lines, "", SECOND]), "page.txt").body.split("\n")


@pytest.mark.parametrize("word", READINGS)
def test_a_teaser_line(word):
    assert (f"{word}: {TITLE}" not in body(f"{word}: {TITLE}")) == READINGS[word].line


@pytest.mark.parametrize("word", READINGS)
def test_a_list_header(word):
    lines = body(word, TITLE, OTHER_TITLE)
    assert (word not in lines, TITLE not in lines and OTHER_TITLE not in lines) == READINGS[word][1:3]


@pytest.mark.parametrize("word", READINGS)
def test_a_teaser_title_over_a_date(word):
    page = read_page("\n".join([HEADLINE, "", FIRST, "", SECOND, "", f"{word}: {TITLE}", TEASER_DATE, "", THIRD]),
                     "page.txt")
    assert page.published == (None if READINGS[word].date else date(2021, 7, 6))


@pytest.mark.parametrize("subhead", ["Top-level review", "Latest: talks resume"])
def test_an_adjective_of_a_list_header_before_a_mark_is_no_teaser(subhead):
    """"Top-level review" over a live blog's entry is its subhead, "Latest: …" an entry: story, no teaser."""
    page = read_page("\n".join([HEADLINE, "", FIRST, "", "Dec 13, 2022 10:45 (IST)", subhead, SECOND]), "page.txt")
    assert subhead in page.body.split("\n")
