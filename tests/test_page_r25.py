"""Page furniture of round 25 (written for these tests): a line in square brackets that is the editor's note on
the text ("[Excerpt; …]") is no story, while a bracketed line naming who issued a release, or a live blog's time
stamp, is left to what reads it."""
import pytest

from kg.page import is_furniture


@pytest.mark.parametrize("line", [
    "[Excerpt; the full transcript covers other topics.]",
    "[Excerpts from the minister's remarks follow.]",
    "[Editor's note: This story was updated with the ministry's response.]",
    "[Abridged]",
    "[Note: Translated from Russian by our staff.]",
])
def test_an_editors_note_in_brackets_is_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", [
    "[ Ministry of Defence ]",
    "The note [sent on Monday] asked Kabul to respond within a week.",
    "[Noted Afghan commander Ahmad Massoud said the resistance would go on.]",
])
def test_other_bracketed_lines_are_not(line):
    assert not is_furniture(line)
