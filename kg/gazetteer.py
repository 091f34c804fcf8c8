"""The gazetteer: checked Wikidata entities with their aliases and roles, read from TSVs in the repository.

Only IDs checked against public sources belong here (a wrong link is worse than none). Aliases
that the file itself marks as doubtful ("ambiguous", "often used loosely", "likely garbled",
"related") are dropped; metonyms ("Moscow (metonym)") are kept apart, because a capital stands
for its government only in some sentences. Roles ("Minister of External Affairs of India" from
2019-05-30) live in ``roles.tsv`` beside the gazetteer, one row per period; kg/data/README.md
documents both files, and :mod:`kg.wdqs` grows them from a Wikidata Query Service result.
"""
from __future__ import annotations

import calendar
import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
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
# Every type the gazetteer's type column may hold.
TYPES = (*KIND_OF_TYPE, "Other", "Event")
ROLES_FILE = "roles.tsv"  # beside the gazetteer TSV
ROLE_COLUMNS = ("holder", "role", "office", "country", "start", "end", "source")
_ISO_BOUND = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_DOUBTFUL_NOTE = re.compile(r"\((?:[^)]*\b(?:ambiguous|loosely|garbled|related|separate|upper course|ethnic sense)\b[^)]*)\)")
_METONYM_NOTE = re.compile(r"\s*\(metonym\)\s*$")
_AMBIGUOUS_NOTE = re.compile(r"\s*\(ambiguous\b[^)]*\)\s*$")
_ANY_NOTE = re.compile(r"\s*\([^)]*\)\s*$")
# Aliases too generic to link on their own: they name other things more often than the entity.
GENERIC_ALIASES = frozenset({
    "Security Council", "Congress", "MP", "IS", "the Alliance", "Austin", "Abdullah", "Saleh", "Mirzo",
    "Xi", "America", "Washington", "DC", "Mazar", "Bagram", "Dr Abdullah", "Panj (upper course)",
})


@dataclass(frozen=True)
class Role:
    """An office or function held over a period: one row of roles.tsv.

    ``start`` and ``end`` are ISO dates, or reduced to a month or a year when the source says no more;
    empty is open on that side. ``office`` and ``country`` are QIDs (the country may be an organisation).
    """
    label: str
    office: str = ""
    country: str = ""
    start: str = ""
    end: str = ""
    source: str = ""

    def __post_init__(self) -> None:
        """Refuse a malformed bound or a period that ends before it starts (ValueError)."""
        start, end = (period(bound) if bound else None for bound in (self.start, self.end))
        if start and end and end[1] < start[0]:
            raise ValueError(f"the role {self.label!r} ends ({self.end}) before it starts ({self.start})")

    def held_on(self, day: date) -> bool:
        """Whether the row vouches that the role was held on ``day`` (bounds included). A bound known only
        to the month or year vouches for no day it leaves in doubt: a start of "2021-10" counts from
        31 October, an end of "2022-01" up to 1 January.

        >>> Role("President of Kyrgyzstan", start="2021-01-28", end="2021-12-31").held_on(date(2021, 1, 28))
        True
        >>> Role("Chairman of the Cabinet", start="2021-10").held_on(date(2021, 10, 12))
        False
        """
        return (not self.start or period(self.start)[1] <= day) and (not self.end or day <= period(self.end)[0])

    def begins_after(self, day: date) -> bool:
        """Whether the row says the role had not begun on ``day``: a title the text gives a person on an
        earlier day is not this role ("Prime Minister Japarov" in March 2021 is not Akylbek, from October).

        >>> Role("Chairman of the Cabinet", start="2021-10").begins_after(date(2021, 9, 30))
        True
        """
        return bool(self.start) and day < period(self.start)[0]


def period(bound: str) -> tuple[date, date]:
    """The first and last day that an ISO date, month ("2021-10") or year ("2021") names.

    >>> period("2021-02")
    (datetime.date(2021, 2, 1), datetime.date(2021, 2, 28))
    """
    match = _ISO_BOUND.fullmatch(bound)
    if not match:
        raise ValueError(f"{bound!r} is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = (int(part) if part else None for part in match.groups())
    try:
        first = date(year, month or 1, day or 1)
    except ValueError as e:
        raise ValueError(f"{bound!r} is not a date: {e}") from e
    if day:
        return first, first
    return first, date(year, month, calendar.monthrange(year, month)[1]) if month else date(year, 12, 31)


@dataclass(frozen=True)
class Entry:
    qid: str
    label: str
    type: str  # the gazetteer's type column
    aliases: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    role: str = ""  # the role_2021 column: a description, or "position" for an office
    roles: tuple[Role, ...] = ()  # from roles.tsv
    ambiguous: tuple[str, ...] = ()  # names it shares with other entries ("Japarov"): a candidate, never linked
    # by the name alone

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
        self._shared: dict[str, list[Entry]] = {}
        for entry in self.entries:
            for name in entry.names:
                self._by_name.setdefault(name_key(name), []).append(entry)
            for name in entry.ambiguous:
                self._shared.setdefault(name_key(name), []).append(entry)

    def lookup(self, name: str) -> list[Entry]:
        """Entries whose label or alias equals ``name`` (case, accents and apostrophes normalised)."""
        return list(self._by_name.get(name_key(name), []))

    def candidates(self, name: str) -> list[Entry]:
        """Every entry ``name`` may stand for: those it names and those that share it as an ambiguous name,
        each once. More than one means the name alone links to none of them (:mod:`kg.link` decides).

        >>> sadyr = Entry("Q25597826", "Sadyr Japarov", "Person", ("Japarov",))
        >>> akylbek = Entry("Q4060344", "Akylbek Japarov", "Person", ambiguous=("Japarov",))
        >>> [entry.label for entry in Gazetteer([sadyr, akylbek]).candidates("japarov")]
        ['Sadyr Japarov', 'Akylbek Japarov']
        """
        found = self.lookup(name) + self._shared.get(name_key(name), [])
        return list({entry.qid: entry for entry in found}.values())

    def offices(self) -> list[Entry]:
        return [entry for entry in self.entries if entry.role == "position"]


def name_key(name: str) -> str:
    """A comparison key: case-folded, straight apostrophes, single spaces.

    >>> name_key("Russia’s  Security Council")
    "russia's security council"
    """
    return " ".join(name.replace("’", "'").casefold().split())


def raw_names(label: str, aliases: str) -> list[str]:
    """Every name a gazetteer row gives, its notes removed but doubtful ones and metonyms kept: the names an
    import must not give to another entity.

    >>> raw_names("Russia", "Russian Federation|Moscow (metonym)")
    ['Russia', 'Russian Federation', 'Moscow']
    """
    return [label, *(_ANY_NOTE.sub("", alias) for alias in filter(None, (a.strip() for a in aliases.split("|"))))]


def _split_aliases(raw: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """(aliases, metonyms, ambiguous names) of an aliases column; doubtful and generic names are dropped."""
    aliases, metonyms, ambiguous = [], [], []
    for alias in filter(None, (part.strip() for part in raw.split("|"))):
        if _AMBIGUOUS_NOTE.search(alias):
            ambiguous.append(_AMBIGUOUS_NOTE.sub("", alias))
            continue
        if _DOUBTFUL_NOTE.search(alias) or alias in GENERIC_ALIASES:
            continue
        if _METONYM_NOTE.search(alias):
            metonyms.append(_METONYM_NOTE.sub("", alias))
            continue
        alias = _ANY_NOTE.sub("", alias)
        if alias not in GENERIC_ALIASES:
            aliases.append(alias)
    return tuple(aliases), tuple(metonyms), tuple(ambiguous)


def is_qid(text: str) -> bool:
    return re.fullmatch(r"Q[1-9][0-9]*", text) is not None


def read_rows(path: Path, required: tuple[str, ...] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """The rows of a TSV with a header, each with its line number, values stripped."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [column for column in required if column not in (reader.fieldnames or ())]
        if missing:
            raise InputError(f"{path}:1: the header lacks the column(s) {', '.join(missing)}")
        for line_no, row in enumerate(reader, start=2):
            yield line_no, {column: (value or "").strip() for column, value in row.items() if column}


def parse_roles(path: Path) -> dict[str, list[Role]]:
    """The roles of roles.tsv by holder QID, in file order."""
    roles: dict[str, list[Role]] = {}
    for line_no, row in read_rows(path, ROLE_COLUMNS):
        holder, label, office, country, start, end, source = (row[column] for column in ROLE_COLUMNS)
        for column, value in (("holder", holder), ("office", office), ("country", country)):
            if (value or column == "holder") and not is_qid(value):
                raise InputError(f"{path}:{line_no}: {column} is not a Wikidata ID: {value!r}")
        if not label:
            raise InputError(f"{path}:{line_no}: the role has no label")
        try:
            role = Role(label, office, country, start, end, source)
        except ValueError as e:
            raise InputError(f"{path}:{line_no}: {e}") from e
        roles.setdefault(holder, []).append(role)
    return roles


def parse(path: Path) -> Gazetteer:
    """Read a gazetteer TSV (columns qid, label, type, aliases, role_2021, …) and the roles.tsv beside it,
    if there is one (a gazetteer of one's own may have none)."""
    roles_path = path.with_name(ROLES_FILE)
    roles = parse_roles(roles_path) if roles_path.exists() else {}
    entries = []
    for line_no, row in read_rows(path, ("qid", "label", "type")):
        qid = row["qid"]
        if not is_qid(qid):
            raise InputError(f"{path}:{line_no}: not a Wikidata ID: {qid!r}")
        aliases, metonyms, ambiguous = _split_aliases(row.get("aliases", ""))
        entries.append(Entry(qid, row["label"], row["type"], aliases, metonyms, row.get("role_2021", ""),
                             tuple(roles.pop(qid, ())), ambiguous))
    if roles:
        raise InputError(f"{roles_path}: roles of {', '.join(sorted(roles))}, which {path.name} lacks")
    return Gazetteer(entries)


@lru_cache(maxsize=4)
def load(path: str) -> Gazetteer:
    return parse(Path(path))
