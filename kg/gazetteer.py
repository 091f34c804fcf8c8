"""The gazetteer: checked Wikidata entities with their aliases, read from a TSV in the repository.

Only IDs checked against public sources belong here (a wrong link is worse than none). Aliases
that the file itself marks as doubtful ("ambiguous", "often used loosely", "likely garbled",
"related") are dropped; metonyms ("Moscow (metonym)") are kept apart, because a capital stands
for its government only in some sentences.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .errors import InputError

# Gazetteer types -> the ontology's actor kinds. Offices, ethnic groups and diseases are no actors.
KIND_OF_TYPE = {
    "Person": "Person",
    "Country": "Country",
    "Organisation": "Organisation",
    "City": "Place",
    "Region": "Place",
}
_DOUBTFUL_NOTE = re.compile(r"\((?:[^)]*\b(?:ambiguous|loosely|garbled|related|separate|upper course|ethnic sense)\b[^)]*)\)")
_METONYM_NOTE = re.compile(r"\s*\(metonym\)\s*$")
_ANY_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# Aliases too generic to link on their own: they name other things more often than the entity.
GENERIC_ALIASES = frozenset({
    "Security Council", "Congress", "MP", "IS", "the Alliance", "Austin", "Abdullah", "Saleh", "Mirzo",
    "Xi", "America", "Washington", "DC", "Mazar", "Bagram", "Dr Abdullah", "Panj (upper course)",
})


@dataclass(frozen=True)
class Entry:
    qid: str
    label: str
    type: str  # the gazetteer's type column
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    role: str = ""

    @property
    def kind(self) -> str | None:
        """The actor kind (Person, Organisation, Country, Place), or None for offices and the like."""
        return KIND_OF_TYPE.get(self.type)

    @property
    def names(self) -> tuple[str, ...]:
        return (self.label, *self.aliases)


@dataclass
class Gazetteer:
    entries: list[Entry] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.by_qid = {entry.qid: entry for entry in self.entries}
        self._by_name: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for name in entry.names:
                self._by_name.setdefault(name_key(name), []).append(entry)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose label or alias equals ``name`` (case, accents and apostrophes normalised)."""
        return list(self._by_name.get(name_key(name), []))

    def offices(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.role == "position"]


def name_key(name: str) -> str:
    """A comparison key: case-folded, straight apostrophes, single spaces.

    >>> name_key("Russia’s  Security Council")
    "russia's security council"
    """
    return " ".join(name.replace("’", "'").casefold().split())


def _split_aliases(raw: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    aliases, metonyms = [], []
    for alias in filter(None, (part.strip() for part in raw.split("|"))):
        if _DOUBTFUL_NOTE.search(alias) or alias in GENERIC_ALIASES:
            continue
        if _METONYM_NOTE.search(alias):
            metonyms.append(_METONYM_NOTE.sub("", alias))
            continue
        alias = _ANY_NOTE.sub("", alias)
        if alias not in GENERIC_ALIASES:
            aliases.append(alias)
    return tuple(aliases), tuple(metonyms)


def parse(path: Path) -> Gazetteer:
    """Read a gazetteer TSV (columns qid, label, type, aliases, role_2021, …)."""
    entries = []
    with path.open(encoding="utf-8", newline="") as handle:
        for line_no, row in enumerate(csv.DictReader(handle, delimiter="\t"), start=2):
            qid = (row.get("qid") or "").strip()
            if not re.fullmatch(r"Q[1-9][0-9]*", qid):
                raise InputError(f"{path}:{line_no}: not a Wikidata ID: {qid!r}")
            aliases, metonyms = _split_aliases(row.get("aliases") or "")
            entries.append(Entry(qid, row["label"].strip(), row["type"].strip(), aliases, metonyms,
                                 (row.get("role_2021") or "").strip()))
    return Gazetteer(entries)


@lru_cache(maxsize=4)
def load(path: str) -> Gazetteer:
    return parse(Path(path))
