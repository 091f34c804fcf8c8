"""A government named through the movement that formed it ("the Taliban authorities") or by its own name while
it governs ("the Islamic Emirate"). Only kg/data/governments.tsv says which government is in force on a day.

The sentences are written for these tests (never copied from an evaluation article).
"""
from __future__ import annotations

from datetime import date

import pytest

TALIBAN_GOVERNMENT = "Q20978159"
AFTER, BEFORE = date(2024, 6, 3), date(2021, 5, 2)


def by_qid(extraction) -> dict[str, set[str]]:
    return {a.qid: {m.text for m in a.mentions} for a in extraction.actors if a.qid}


@pytest.mark.parametrize("text", [
    "Aid agencies said the Taliban authorities had barred women from working for them.",
    "The Taliban-led administration said it had paid the salaries of teachers in three provinces.",
    "Donors have not released funds to the Taliban's government since the summer.",
    "Traders said the Islamic Emirate had cut the tariff on coal exports by half.",
    "Officials of the Islamic Emirate of Afghanistan met the traders in Herat.",
])
def test_a_government_in_force_named_through_its_movement_or_by_its_name(read_article, text):
    assert TALIBAN_GOVERNMENT in by_qid(read_article(text, AFTER))


@pytest.mark.parametrize("text, published", [
    # before the government was formed: the movement's self-name and its rule, not a government
    ("A Taliban spokesman said the Islamic Emirate would not attack foreign troops.", BEFORE),
    ("Villagers said the Taliban authorities in the district had closed the school.", BEFORE),
    # a kind of thing, and the government's forces and officials, are someone else
    ("Neighbours said they would not recognise a Taliban administration soon.", AFTER),
    ("The Taliban's government officials reopened the district school.", AFTER),
    # a ministry named after the government is a ministry
    ("The Islamic Emirate's Ministry of Foreign Affairs summoned the envoy.", AFTER),
])
def test_no_government_where_none_is_in_force_or_named(read_article, text, published):
    assert TALIBAN_GOVERNMENT not in by_qid(read_article(text, published))
