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


EVERYWHERE = Reading(line=True, header=True, titles=True, date=True)
LIST_ADJECTIVE = Reading(line=False, header=True, titles=True, date=False)  # see _LIST_ADJECTIVES in kg.page

# Each place had its own list of words until they were made one (kg.page._TEASER_WORDS); a word that is a teaser's in
# one place is one in the others. What a word did before, where it changed, is in the comment after it, and why:
# [1] A list's header before a mark labels one teaser ("Read Next: Biden authorises more troops for Afghan evacuation"
#     was a paragraph of heldout-h's Reuters page), and so does any other teaser's word.
# [2] A teaser's label, alone over titles, heads a list of teasers ("Related Coverage" over two in heldout-c's page).
# [3] A date under a teaser's title is that story's, whatever word labels the teaser.
# [4] A list's header is furniture, as its titles are: kept, it was a paragraph of a word or two in the story.
# "Click here" calls to click a link: it names no other story and heads no list, so it labels furniture only. A list
# adjective alone ("Top", "Latest") heads a list, but before a mark opens a sentence or a live blog's entry.
READINGS = {
    # the furniture pattern's teaser words ("Also read: …")
    "Also read": EVERYWHERE,
    "Read also": EVERYWHERE,  # before: header kept [4]
    "Read": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "Read more": EVERYWHERE,
    "See also": EVERYWHERE,  # before: header kept [4]
    "Also see": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "Must read": EVERYWHERE,  # before: header kept [4]
    "Also watch": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "Watch": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "Listen": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "More": EVERYWHERE,  # before: header kept [4]
    "Related": EVERYWHERE,  # before: header kept [4]
    "Related coverage": EVERYWHERE,  # before: header kept [4], titles kept [2]
    "Recommended": EVERYWHERE,
    "Suggested": EVERYWHERE,  # before: header kept [4], titles kept [2], date the story's [3]
    "Don't miss": EVERYWHERE,  # before: header kept [4]
    "Dont miss": EVERYWHERE,  # before: header kept [4]
    "Trending": EVERYWHERE,  # before: date the story's [3]
    "More from Asia": EVERYWHERE,  # before: header kept [4], date the story's [3]
    "Click here": Reading(line=True, header=False, titles=False, date=False),
    # _LIST_HEADER's words not above: a list's header ("Related Stories", "Read next:")
    "Read next": EVERYWHERE,  # before: line kept [1], header kept [4]
    "Top": LIST_ADJECTIVE,  # before: header kept [4]
    "Latest": LIST_ADJECTIVE,  # before: header kept [4]
    "Popular": LIST_ADJECTIVE,  # before: header kept [4]
    "Similar": LIST_ADJECTIVE,  # before: header kept [4]
    "Editor's picks": EVERYWHERE,  # before: line kept [1], header kept [4], date the story's [3]
    "Editors pick": EVERYWHERE,  # before: line kept [1], header kept [4], date the story's [3]
    "Editors' picks": EVERYWHERE,  # before: line kept [1], header kept [4], date the story's [3]
    "Related articles": EVERYWHERE,
    "Related post": EVERYWHERE,
    "More news": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Top stories": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Latest content": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Popular topics": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Similar video": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Recommended reads": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Related links": EVERYWHERE,  # before: header kept [4]
    "Recommended for you": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Trending now": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Top stories for you": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "You may like": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "You might also like": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Most read": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Most popular": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Most viewed": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Most shared": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Further reading": EVERYWHERE,  # before: line kept [1], date the story's [3]
    "Related stories": EVERYWHERE,
    # _TEASER's words (a teaser's title over its date: "Related: Border talks resume") are all above; the
    # furniture's list headers alone on their line ("Related Stories") that are not
    "More like this": EVERYWHERE,  # before: line kept [1], titles kept [2], date the story's [3]
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
