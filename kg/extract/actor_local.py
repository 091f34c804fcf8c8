"""A generic name that stands for one body in the country an article is about: "the Congress" in news of India
is the Indian National Congress, in news of the United States its legislature.

The gazetteer sets such names aside (they name a body in more than one country); ``kg/data/local_names.tsv``
lists, for each, the country whose body it names and the countries whose news would mean another one. A name is
linked only in an article that names that country and none of the others.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from .names import DATA, fold


@dataclass(frozen=True)
class LocalName:
    name: str  # "Congress"
    country: str  # QID of the country whose body it names
    entity: str  # QID of that body (in the gazetteer)
    not_with: frozenset[str]  # QIDs of countries where the name means another body


@lru_cache(maxsize=1)
def local_names() -> dict[str, LocalName]:
    """The rows of the data file by folded name."""
    with (DATA / "local_names.tsv").open(encoding="utf-8", newline="") as handle:
        return {fold(row["name"]): LocalName(row["name"], row["country"], row["entity"],
                                             frozenset(filter(None, row["not_with"].split("|"))))
                for row in csv.DictReader(handle, delimiter="\t")}


def local_entity(name: str, countries: set[str]) -> str | None:
    """The QID a generic name stands for in an article naming ``countries`` (QIDs), if the article says whose.

    >>> local_entity("the Congress", {"Q668", "Q148"}), local_entity("Congress", {"Q668", "Q30"})
    ('Q10225', None)
    """
    row = local_names().get(fold(name.removeprefix("the ").removeprefix("The ")))
    return row.entity if row and row.country in countries and not row.not_with & countries else None
