"""Grow the gazetteer from a Wikidata Query Service result (``kg gazetteer import results.json``).

A user with internet runs a query (examples in kg/data/wdqs/) at https://query.wikidata.org, downloads
the result as JSON (application/sparql-results+json) and imports the file; newskg itself never goes
online. The IDs come from Wikidata itself, so they are checked by construction. The merge only adds:
it never changes a QID, a label or a row, and it refuses a name that already belongs to another entity
(a wrong link is worse than none), so importing a file twice changes nothing. The variables a result
may bind are documented in kg/data/README.md.
"""
from __future__ import annotations

import csv
import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .errors import InputError
from .gazetteer import ROLE_COLUMNS, ROLES_FILE, TYPES, Role, is_qid, name_key, parse, raw_names, read_rows

ENTITY = "http://www.wikidata.org/entity/"
GAZETTEER_FILE = "gazetteer.tsv"
_ENTITY_IRI = re.compile(re.escape(ENTITY) + r"(Q[1-9][0-9]*)")
_DATE_TIME = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})(?:T[0-9:.]+(?:Z|[+-][0-9:]+)?)?")
# wikibase:timePrecision -> the characters of the ISO date it vouches for (9 year, 10 month; 11 day and finer: 10).
_PRECISION_CHARS = {"9": 4, "10": 7}
# Classes a result may give as ?class (or an IRI ?type) -> the gazetteer's type. Only classes whose IDs
# were checked; a query can always BIND the type as a literal instead.
CLASS_TYPES = {
    "Q5": "Person",  # human
    "Q6256": "Country",  # country
    "Q3624078": "Country",  # sovereign state
    "Q515": "City",  # city
    "Q43229": "Organisation",  # organization
    "Q484652": "Organisation",  # international organization
    "Q245065": "Organisation",  # intergovernmental organization
    "Q17149090": "Organisation",  # armed organization
    "Q4164871": "Other",  # position
}


class Unusable(ValueError):
    """A row that cannot be imported (a date that is no date, an unknown type): skipped and reported."""


@dataclass(frozen=True)
class ResultRow:
    """One binding of a result: an entity, its names, and maybe a role it held."""
    number: int
    qid: str
    label: str  # empty when Wikidata has no English label
    type: str  # empty when the result gives none
    aliases: tuple[str, ...]
    role: Role | None
    office_label: str  # the office's label, to add the office itself as an entry
    evidence: str = ""  # where the ID was found, for rows that come from elsewhere (kg/online.py's review file)


@dataclass
class ImportSummary:
    """What an import changed and what it left out, for the user to read."""
    source: str
    added: list[str] = field(default_factory=list)  # new QIDs
    updated: list[str] = field(default_factory=list)  # known QIDs that got aliases or roles
    aliases: int = 0
    roles: int = 0
    conflicts: list[str] = field(default_factory=list)  # one line each
    skipped: list[str] = field(default_factory=list)  # one line each

    @property
    def ok(self) -> bool:
        return not self.conflicts and not self.skipped

    def describe(self) -> str:
        return (f"{self.source}: {len(self.added)} added, {len(self.updated)} updated ({self.aliases} aliases, "
                f"{self.roles} roles), {len(self.conflicts)} conflicts, {len(self.skipped)} skipped")


def import_results(path: Path, gazetteer_dir: Path) -> ImportSummary:
    """Merge a WDQS JSON result into gazetteer.tsv and roles.tsv of ``gazetteer_dir``. Nothing is written
    when the file is unusable (InputError); each file is replaced atomically, the gazetteer first, so that
    roles never name a holder the gazetteer lacks."""
    path, gazetteer_dir = Path(path), Path(gazetteer_dir)
    tables = Tables.read(gazetteer_dir)
    summary = ImportSummary(path.name)
    stamp = f"imported {path.name} {date.today().isoformat()}"
    tables.add(read_result(path, stamp, summary.skipped), stamp, summary)
    return summary


def read_result(path: Path, source: str, skipped: list[str]) -> list[ResultRow]:
    """The rows of a SPARQL JSON result; rows that cannot be used are reported in ``skipped``."""
    rows = []
    for number, binding in enumerate(_bindings(path), start=1):
        qid = _item(path, number, binding)
        try:
            rows.append(_row(number, qid, binding, source))
        except Unusable as e:
            skipped.append(f"{path.name}: row {number} ({qid}): {e}")
    return rows


def _bindings(path: Path) -> list[dict]:
    """The result's bindings, after checking that the file is a SPARQL JSON result that selects ?item."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise InputError(f"{path}: {e.strerror or e}") from e
    try:
        data = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise InputError(f"{path}: not JSON ({e}); download the WDQS result as JSON") from e
    head = data.get("head") if isinstance(data, dict) else None
    results = data.get("results") if isinstance(data, dict) else None
    if not (isinstance(head, dict) and isinstance(head.get("vars"), list)
            and isinstance(results, dict) and isinstance(results.get("bindings"), list)):
        raise InputError(f"{path}: not a SPARQL SELECT result in JSON (no head.vars and results.bindings)")
    if "item" not in head["vars"]:
        found = ", ".join(f"?{var}" for var in head["vars"]) or "none"
        raise InputError(f"{path}: the result has no ?item variable (it has {found}); select the entities as ?item")
    return results["bindings"]


def _item(path: Path, number: int, binding: dict) -> str:
    value = binding.get("item") if isinstance(binding, dict) else None
    match = _ENTITY_IRI.fullmatch(value.get("value", "")) if isinstance(value, dict) and value.get("type") == "uri" \
        else None
    if not match:
        shown = value.get("value") if isinstance(value, dict) else "unbound"
        raise InputError(f"{path}: row {number}: ?item is not a Wikidata entity IRI ({ENTITY}Q…): {shown!r}")
    return match.group(1)


def _row(number: int, qid: str, binding: dict, source: str) -> ResultRow:
    label = _text(binding, "itemLabel")
    office, office_label = _entity(binding, "role"), _text(binding, "roleLabel")
    office_label = "" if office_label == office else office_label  # the label service's stand-in for none
    role = None
    if office or office_label:
        if not office_label:
            raise Unusable(f"the office {office} has no ?roleLabel")
        country, start, end = _entity(binding, "country"), _date(binding, "start"), _date(binding, "end")
        try:
            role = Role(office_label, office, country, start, end, source)
        except ValueError as e:
            raise Unusable(str(e)) from e
    return ResultRow(number, qid, "" if label == qid else label, _type(binding), _aliases(binding), role,
                     office_label)


def _text(binding: dict, var: str) -> str:
    """A bound literal, its whitespace made single spaces (a tab or newline would break the TSV)."""
    value = binding.get(var)
    return " ".join(value.get("value", "").split()) if isinstance(value, dict) else ""


def _entity(binding: dict, var: str) -> str:
    """The QID of a bound Wikidata entity, or empty when unbound."""
    value = binding.get(var)
    if not isinstance(value, dict):
        return ""
    match = _ENTITY_IRI.fullmatch(value.get("value", "")) if value.get("type") == "uri" else None
    if not match:
        raise Unusable(f"?{var} is not a Wikidata entity: {value.get('value')!r}")
    return match.group(1)


def _date(binding: dict, var: str) -> str:
    """An ISO date cut to the precision ?startPrecision / ?endPrecision states (2018 for a year), or empty."""
    value = binding.get(var)
    if not isinstance(value, dict):
        return ""
    match = _DATE_TIME.fullmatch(value.get("value", "")) if value.get("type") == "literal" else None
    if not match:
        raise Unusable(f"?{var} is not a date: {value.get('value')!r} (an unknown value?)")
    precision = _text(binding, f"{var}Precision") or "11"
    if not precision.isdigit() or int(precision) < 9:
        raise Unusable(f"?{var} is known only to precision {precision!r}, coarser than a year")
    return match.group(1)[:_PRECISION_CHARS.get(precision, 10)]


def _type(binding: dict) -> str:
    """The gazetteer type from ?type or ?class: a type name, or the IRI of a class of CLASS_TYPES."""
    for var in ("type", "class"):
        value = binding.get(var)
        if not isinstance(value, dict):
            continue
        if value.get("type") == "uri":
            qid = _entity(binding, var)
            if qid not in CLASS_TYPES:
                raise Unusable(f"?{var} {qid} is not a class the gazetteer maps ({', '.join(CLASS_TYPES)})")
            return CLASS_TYPES[qid]
        if _text(binding, var) not in TYPES:
            raise Unusable(f"?{var} {_text(binding, var)!r} is not a gazetteer type ({', '.join(TYPES)})")
        return _text(binding, var)
    return ""


def _aliases(binding: dict) -> tuple[str, ...]:
    """?altLabel (or the label service's ?itemAltLabel): separated by "|", else by ", "."""
    raw = _text(binding, "altLabel") or _text(binding, "itemAltLabel")
    parts = raw.split("|") if "|" in raw else raw.split(", ")
    return tuple(dict.fromkeys(part.strip() for part in parts if part.strip()))


@dataclass
class Tables:
    """The two TSV files of a gazetteer folder as rows, with the indexes a merge needs."""
    folder: Path
    columns: list[str]
    entries: list[dict[str, str]]
    role_columns: list[str]
    roles: list[dict[str, str]]

    @classmethod
    def read(cls, folder: Path) -> Tables:
        path = folder / GAZETTEER_FILE
        if not path.is_file():
            raise InputError(f"{folder}: no {GAZETTEER_FILE} here; --into names the folder of the gazetteer")
        parse(path)  # refuse to merge into a gazetteer that does not load (InputError names the line)
        roles_path = folder / ROLES_FILE
        columns = _header(path)
        role_columns = _header(roles_path) if roles_path.exists() else list(ROLE_COLUMNS)
        return cls(folder, columns, [row for _, row in read_rows(path)], role_columns,
                   [row for _, row in read_rows(roles_path)] if roles_path.exists() else [])

    def __post_init__(self) -> None:
        self.by_qid = {row["qid"]: row for row in self.entries}
        self.owners: dict[str, set[str]] = {}
        for row in self.entries:
            self._own(row["qid"], raw_names(row["label"], row.get("aliases", "")))
        self.role_keys = {_role_key(row["holder"], row["office"], row["role"], row["start"], row["end"])
                          for row in self.roles}

    def _own(self, qid: str, names: list[str]) -> None:
        for name in names:
            self.owners.setdefault(name_key(name), set()).add(qid)

    def _other_owners(self, qid: str, name: str) -> str:
        """The other entities that ``name`` already names, as a list for a message ("" when none)."""
        return ", ".join(sorted(self.owners.get(name_key(name), set()) - {qid}, key=lambda q: int(q[1:])))

    def add(self, rows: list[ResultRow], stamp: str, summary: ImportSummary) -> None:
        """Merge the rows, then write both files if anything changed: the one way rows reach the gazetteer,
        for WDQS results and for reviewed online candidates alike."""
        for row in rows:
            self.merge(row, stamp, summary)
        if summary.added or summary.updated:
            self.write()

    def merge(self, row: ResultRow, stamp: str, summary: ImportSummary) -> None:
        """Add the row's entity (when new), its new names and its role, recording each change or conflict."""
        where = f"{summary.source}: row {row.number} ({row.qid})"
        evidence = row.evidence or f"Wikidata Query Service result {summary.source}, row {row.number}"
        added = {"status": stamp, "evidence": evidence}
        if row.qid not in self.by_qid:
            if not (row.label and row.type):
                summary.skipped.append(f"{where}: a new entity needs ?itemLabel and ?type")
                return
            if not self._add_entry(dict(added, qid=row.qid, label=row.label, type=row.type), where, summary):
                return
        changed = self._add_aliases(row.qid, (row.label, *row.aliases), where, summary)
        if row.role:
            if row.role.office and row.office_label and row.role.office not in self.by_qid:
                office = dict(added, qid=row.role.office, label=row.office_label, type="Other", role_2021="position")
                self._add_entry(office, where, summary)
            changed = self._add_role(row.qid, row.role, summary) or changed
        if changed and row.qid not in summary.added and row.qid not in summary.updated:
            summary.updated.append(row.qid)

    def _add_entry(self, values: dict[str, str], where: str, summary: ImportSummary) -> bool:
        """Append a gazetteer row, unless its label already names another entity."""
        qid, label = values["qid"], values["label"]
        owners = self._other_owners(qid, label)
        if owners:
            summary.conflicts.append(f"{where}: {qid} {label!r} not added: the name already names {owners}")
            return False
        entry = dict.fromkeys(self.columns, "") | values
        self.entries.append(entry)
        self.by_qid[qid] = entry
        self._own(qid, [label])
        summary.added.append(qid)
        return True

    def _add_aliases(self, qid: str, names: tuple[str, ...], where: str, summary: ImportSummary) -> bool:
        entry = self.by_qid[qid]
        own = {name_key(name) for name in raw_names(entry["label"], entry.get("aliases", ""))}
        added = []
        for name in names:
            if not name or name_key(name) in own:
                continue
            owners = self._other_owners(qid, name)
            if owners:
                summary.conflicts.append(f"{where}: alias {name!r} not added: it already names {owners}")
                continue
            own.add(name_key(name))
            added.append(name)
        if added:
            entry["aliases"] = "|".join(filter(None, (entry.get("aliases", ""), *added)))
            self._own(qid, added)
            summary.aliases += len(added)
        return bool(added)

    def _add_role(self, qid: str, role: Role, summary: ImportSummary) -> bool:
        key = _role_key(qid, role.office, role.label, role.start, role.end)
        if key in self.role_keys:
            return False
        self.role_keys.add(key)
        row = dict.fromkeys(self.role_columns, "")
        row.update(holder=qid, role=role.label, office=role.office, country=role.country, start=role.start,
                   end=role.end, source=role.source)
        self.roles.append(row)
        summary.roles += 1
        return True

    def write(self) -> None:
        _write_atomically(self.folder / GAZETTEER_FILE, self.columns, self.entries)
        _write_atomically(self.folder / ROLES_FILE, self.role_columns, self.roles)


def _role_key(holder: str, office: str, label: str, start: str, end: str) -> tuple[str, ...]:
    """One term of one role: the same office (or, without one, the same title) over the same period."""
    return holder, office if is_qid(office) else name_key(label), start, end


def _header(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle, delimiter="\t"), [])


def _write_atomically(path: Path, columns: list[str], rows: list[dict[str, str]]) -> None:
    """Write a TSV beside ``path`` and move it into place: readers never see half a file, and a failed
    write leaves the old one as it was."""
    handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", newline="", dir=path.parent,
                                         prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with handle:
            writer = csv.DictWriter(handle, fieldnames=columns, delimiter="\t", lineterminator="\n",
                                    extrasaction="ignore")  # a gazetteer of one's own may lack a column
            writer.writeheader()
            writer.writerows(rows)
        if path.exists():
            shutil.copymode(path, handle.name)
        else:
            os.chmod(handle.name, 0o644)
        os.replace(handle.name, path)
    finally:
        if os.path.exists(handle.name):
            os.unlink(handle.name)
