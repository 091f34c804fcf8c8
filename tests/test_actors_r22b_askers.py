"""The label of an interview's or a briefing's turn that asks ("Dilbar: What was the main result of the talks?",
"Zarya TV: … What is China's comment?") names the outlet whose reporter asks: an organisation, whatever the model
made of the label (it often leaves it untagged, or reads a one-word label as a common noun). A turn runs from its
label to the end of its line, and an outlet that asks in one turn and remarks in another is one asker; a dateline
("Dubai: Leaders met …") asks nothing though questions head the lines after it. Labels
that answer, and labels no outlet bears ("Question:", "Photo:"), name none.

The texts are written for these tests; the names are made up. Facts are read with the configured
``min_confidence``.
"""
from __future__ import annotations

from datetime import date

import pytest

from actor_views import kinds

PUBLISHED = date(2022, 9, 19)

INTERVIEW = """Pulse spoke with Farrukh Saidov, a senior fellow at a Tashkent institute, about the summit.

Pulse: What was the main result of the talks?

Saidov: The leaders agreed on a new railway route through Afghanistan.

Pulse: Security was also on the agenda.

Saidov: Yes, the leaders discussed the border with Afghanistan.
"""

BRIEFING = """Wang Lin: Good afternoon. The foreign minister will visit Kazakhstan next week.
Zarya TV: Iran and Saudi Arabia announced they would restore ties. What is China's comment?
Wang Lin: China welcomes the announcement and will keep playing a constructive role.
Kestrel Daily: Will the minister meet his Indian counterpart in Astana?
Wang Lin: I have no information to offer at the moment.
"""


@pytest.mark.parametrize("text, asker", [(INTERVIEW, "Pulse"), (BRIEFING, "Zarya TV"), (BRIEFING, "Kestrel Daily")])
def test_the_label_of_a_turn_that_asks_is_an_outlet(read, text, asker):
    assert kinds(read(text)).get(asker) == "Organisation"


@pytest.mark.parametrize("text", [
    "Question: Will the minister visit Kabul next week?\n\nSpokesperson: Yes, he will travel on Monday.",
    "Photo: The minister in Kabul. Did the talks go well?\n\nThe talks went well, officials said.",
])
def test_labels_no_outlet_bears_name_none(read, text):
    assert not [label for label, kind in kinds(read(text)).items() if kind == "Organisation"]


def test_a_label_that_only_answers_is_no_outlet(read):
    found = kinds(read("Pulse: The talks went well.\n\nSaidov: They did. The railway will be built by 2027."))
    assert found.get("Pulse") != "Organisation"


def test_a_dateline_before_lines_that_ask_is_no_asker(read):
    text = ("Dubai: Leaders of the bloc met in Samarkand on Thursday. Here is what you need to know.\n"
            "What is the bloc?\nIt is a security grouping of eight countries.\nWho attended?\nMost leaders did.")
    assert kinds(read(text)).get("Dubai") != "Organisation"
