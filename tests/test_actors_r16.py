"""Round 16's actor and speaker rules, each a phenomenon of news English with texts that must and must not fire: a
name beside an air or naval base, a residence, or listed after "including" under a place noun, is a place, not a
body or a person; a state's body the finder knows no name for ("Kazakhstan's trade ministry said") does not make its
country the speaker.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds
from statement_views import said

PUBLISHED = date(2024, 5, 14)



# --- a place named through the facility it holds: an air base, a residence ----------------------------------------
@pytest.mark.parametrize("text, place", [
    ("Jets struck the Kalor Ghat air base before dawn, the army said.", "Kalor Ghat"),
    ("Missiles hit the Sarwan and Tobrak air bases overnight, officials said.", "Tobrak"),
    ("The drones hit twelve air bases, including Kalor Ghat near the capital, the ministry said.", "Kalor Ghat"),
    ("Iran fired missiles at Zarqa Air Base in Jordan on Sunday.", "Zarqa Air Base"),
    ("The two presidents held talks at the Dostlik residence on Monday.", "Dostlik"),
    ("The president hosted his guest for dinner at his residence in Sosnovy-Bor outside Minsk.", "Sosnovy-Bor"),
])
def test_a_name_beside_a_base_or_residence_is_a_place(read, text, place):
    assert kinds(read(text)).get(place) == "Place"


@pytest.mark.parametrize("text, actor, kind", [
    ("Militants of the Jundallah Front attacked a military base in Sistan, the army said.", "Jundallah Front",
     "Organisation"),
    ("Taliban officials met at Ambassador Ivan Petrov's residence in Kabul on Friday.", "Ivan Petrov", "Person"),
    ("Senator Omar Talib visited the air base on Friday and met pilots.", "Omar Talib", "Person"),
    ("The companies, including Kazmunai Holding, signed deals at the summit, officials said.", "Kazmunai Holding",
     "Organisation"),
    ("Several leaders, including Rustam Azimov, spoke at the summit in Astana.", "Rustam Azimov", "Person"),
    ("Analysts at Meridian Group said the Zarqa base deal was unusual.", "Meridian Group", "Organisation"),
])
def test_names_near_bases_residences_and_lists_keep_their_kind(read, text, actor, kind):
    assert kinds(read(text)).get(actor) == kind


# --- a state's body with no name of its own speaks, not its country ----------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("Moldova's trade ministry said grain exports rose by a fifth in March.", "Moldova"),
    ("Armenia's border troops said the other side opened fire first.", "Armenia"),
    ("The Georgian border guards said they had turned back 40 trucks.", "Georgia"),
])
def test_a_body_without_a_name_does_not_make_its_country_speak(read, text, country):
    assert not any(speaker == country for speaker, _ in said(read(text)))


@pytest.mark.parametrize("text, speaker", [
    ("Moldovan officials said grain exports rose by a fifth in March.", "Moldova"),
    ("Armenia said the other side opened fire first.", "Armenia"),
    ("Moldovan authorities said the border would reopen on Monday.", "Moldova"),
    ("Armenia's defence ministry said the other side opened fire first.", "Ministry of Defence of Armenia"),
    ("Armenia's defence ministry reported shelling overnight. The ministry said two soldiers were wounded.",
     "Ministry of Defence of Armenia"),
])
def test_a_country_its_officials_and_its_named_bodies_still_speak(read, text, speaker):
    assert any(who == speaker for who, _ in said(read(text)))
