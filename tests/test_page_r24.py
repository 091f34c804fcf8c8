"""Page furniture of round 24 (heldout-v's layouts, written for these tests): a photo credit written as agency and
photographer ("UN Photo/Loey Felipe", "(AP Photo/Rahmat Gul)"), a newspaper's print-edition line ("Appeared in the
March 11, 2023, print edition as '…'") and its "Write to X at address" line are furniture; a sentence with a slash
in it is not."""
from __future__ import annotations

import pytest

from kg.page import is_furniture


@pytest.mark.parametrize("line", [
    "UN Photo/Loey Felipe",
    "(AP Photo/Rahmat Gul)",
    "Reuters Photo/Mohammad Ismail",
    "Appeared in the March 11, 2023, print edition as 'Beijing Brokers a Truce'.",
    "Write to Anna Berg at anna.berg@example.com",
])
def test_credit_print_edition_and_write_to_lines_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "The photos/videos were shared widely by officials in Kabul on Monday.",
    "The minister said he would write to his counterpart at once.",
    "The report appeared in the paper's print edition on Monday, officials said.",
])
def test_sentences_are_no_furniture(line):
    assert not is_furniture(line)
