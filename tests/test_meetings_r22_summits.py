"""Meetings read on unseen text (round 22), on sentences written for these tests (never copied from the evaluation
sets): the host of a body's next summit told with the body as its possessor ("will host the bloc's next summit")."""
from __future__ import annotations

from datetime import date

import pytest

from meeting_views import parties

PUBLISHED = date(2024, 5, 14)


# --- "will host the bloc's next summit": the body whose summit it is, not who holds it -------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The SCO summit ended in Astana on Thursday. Pakistan will host the bloc's next summit in 2025.",
     ["Pakistan", "Shanghai Cooperation Organisation"]),
    ("The CSTO summit ended in Minsk on Friday. Russia will host the alliance's next summit in Moscow.",
     ["Collective Security Treaty Organization", "Russia"]),
    ("The SCO summit ended in Samarkand on Friday. India took over the chair and will host the grouping's next "
     "summit in 2023.", ["India", "Shanghai Cooperation Organisation"]),
])
def test_the_host_of_a_bodys_next_summit(read, text, expected):
    assert expected in parties(read(text))


@pytest.mark.parametrize("text", [
    "The CSTO summit ended in Minsk on Friday. Critics mocked the alliance's next summit as a formality.",
    "The CSTO summit ended in Minsk on Friday. The alliance's secretary general will visit Dushanbe next week.",
])
def test_a_bodys_next_summit_without_a_host(read, text):
    assert parties(read(text)) == []
