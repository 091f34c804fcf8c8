"""The gazetteer as data: entries and roles with periods (kg/data), grown by importing WDQS results.

Imports go into a temporary copy of kg/data. The committed results (tests/data/wdqs/) hold only QIDs of
the checked list: ``heads-of-state.json`` (clean), ``conflicts.json`` (names of other entities, an unknown
date, a misspelt type) and ``not-an-entity.json`` (a statement IRI as ?item on its third row).
"""
from __future__ import annotations

import csv
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from rdflib.plugins.sparql import prepareQuery

from kg.config import PACKAGE_DIR
from kg.errors import InputError
from kg.gazetteer import Role, parse
from kg.wdqs import CLASS_TYPES, import_results

DATA = PACKAGE_DIR / "data"
RESULTS = Path(__file__).parent / "data" / "wdqs"
HEADS = RESULTS / "heads-of-state.json"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A copy of the shipped gazetteer to import into."""
    target = tmp_path / "data"
    target.mkdir()
    for name in ("gazetteer.tsv", "roles.tsv"):
        shutil.copy(DATA / name, target / name)
    return target


def _files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _without(folder: Path, *qids: str) -> Path:
    """The copy without these entities and their roles, so that an import can add them back."""
    for name, column in (("gazetteer.tsv", "qid"), ("roles.tsv", "holder")):
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle, delimiter="\t")
            columns, rows = reader.fieldnames, [row for row in reader if row[column] not in qids]
        with (folder / name).open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, columns, delimiter="\t", lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)
    return folder


def _result(tmp_path: Path, rows: list[dict], variables=("item", "itemLabel", "type")) -> Path:
    path = tmp_path / "result.json"
    path.write_text(json.dumps({"head": {"vars": list(variables)}, "results": {"bindings": rows}}))
    return path


# The prefixes the Wikidata Query Service declares for every query.
WDQS_PREFIXES = {
    "wd": "http://www.wikidata.org/entity/", "wdt": "http://www.wikidata.org/prop/direct/",
    "p": "http://www.wikidata.org/prop/", "ps": "http://www.wikidata.org/prop/statement/",
    "pqv": "http://www.wikidata.org/prop/qualifier/value/", "wikibase": "http://wikiba.se/ontology#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#", "skos": "http://www.w3.org/2004/02/skos/core#",
}
FOREIGN_MINISTER = "Q7330070"  # a class checked for ministers.rq (kg/data/README.md)


def _uri(qid: str) -> dict:
    return {"type": "uri", "value": f"http://www.wikidata.org/entity/{qid}"}


def _literal(value: str) -> dict:
    return {"type": "literal", "value": value}


# The shipped data

def test_shipped_roles_belong_to_people_of_the_gazetteer_and_name_only_checked_offices():
    gazetteer = parse(DATA / "gazetteer.tsv")
    checked_text = (DATA / "gazetteer.tsv").read_text(encoding="utf-8")  # its QIDs and evidence column
    holders = [entry for entry in gazetteer.entries if entry.roles]
    assert len(holders) >= 40
    assert {entry.type for entry in holders} == {"Person"}
    for entry in holders:
        for role in entry.roles:
            assert role.source and role.start and role.end, (entry.label, role)
            assert all(re.search(rf"\b{qid}\b", checked_text) for qid in (role.office, role.country) if qid)
    jaishankar = gazetteer.by_qid["Q16186720"]
    assert jaishankar.roles == (Role("Minister of External Affairs of India", "Q313465", "Q668", "2019-05-30",
                                     "2021-12-31", jaishankar.roles[0].source),)


def test_existing_attributes_are_unchanged_by_the_roles():
    lavrov = parse(DATA / "gazetteer.tsv").by_qid["Q58217"]
    assert (lavrov.label, lavrov.type, lavrov.kind, lavrov.role) == \
        ("Sergey Lavrov", "Person", "Person", "Minister of Foreign Affairs of Russia")
    assert "Sergei Lavrov" in lavrov.names and lavrov.metonyms == ()


@pytest.mark.parametrize("qid, label, day, held", [
    ("Q25597826", "President of Kyrgyzstan", date(2021, 1, 27), False),
    ("Q25597826", "President of Kyrgyzstan", date(2021, 1, 28), True),
    ("Q25597826", "President of Kyrgyzstan", date(2021, 12, 31), True),
    ("Q172388", "President of Afghanistan", date(2021, 8, 15), True),
    ("Q172388", "President of Afghanistan", date(2021, 8, 16), False),
    ("Q4060344", "Chairman of the Cabinet of Ministers of Kyrgyzstan", date(2021, 10, 30), False),  # "2021-10"
    ("Q4060344", "Chairman of the Cabinet of Ministers of Kyrgyzstan", date(2021, 10, 31), True),
    ("Q155164", "Prime Minister of Pakistan", date(2018, 12, 30), False),  # 2018 to 2022, years only
    ("Q155164", "Prime Minister of Pakistan", date(2022, 1, 1), True),
    ("Q155164", "Prime Minister of Pakistan", date(2022, 1, 2), False),
    ("Q58217", "Minister of Foreign Affairs of Russia", date(2004, 3, 9), True),
    ("Q58217", "Minister of Foreign Affairs of Russia", date(2004, 3, 8), False),
])
def test_roles_are_held_on_the_days_their_row_vouches_for(qid, label, day, held):
    roles = [role for role in parse(DATA / "gazetteer.tsv").by_qid[qid].roles if role.label == label]
    assert [role.held_on(day) for role in roles] == [held]


def test_an_open_role_is_held_from_its_start_on():
    role = Role("President of Kazakhstan", "Q5256775", "Q232", start="2019-03-20")
    assert role.held_on(date(2040, 1, 1)) and not role.held_on(date(2019, 3, 19))


@pytest.mark.parametrize("qid, label, day, begun", [
    ("Q4060344", "Chairman of the Cabinet of Ministers of Kyrgyzstan", date(2021, 9, 30), False),
    ("Q4060344", "Chairman of the Cabinet of Ministers of Kyrgyzstan", date(2021, 10, 1), True),  # may have
    ("Q4060344", "Chairman of the Cabinet of Ministers of Kyrgyzstan", date(2022, 3, 1), True),  # after the row
    ("Q25597826", "President of Kyrgyzstan", date(2021, 1, 27), False),
])
def test_a_role_begins_after_the_days_before_its_first_possible_day(qid, label, day, begun):
    """A title given on a day before the role can have begun is not that role (the linker rejects it)."""
    roles = [role for role in parse(DATA / "gazetteer.tsv").by_qid[qid].roles if role.label == label]
    assert [not role.begins_after(day) for role in roles] == [begun]


@pytest.mark.parametrize("name, qids", [
    ("Japarov", {"Q25597826", "Q4060344"}),  # President; Chairman of the Cabinet of Ministers
    ("Delhi", {"Q1353", "Q987"}),  # the National Capital Territory; the city of New Delhi
    ("Badakhshan", {"Q165376", "Q207319"}),  # Afghanistan's province; Tajikistan's Gorno-Badakhshan
    ("New Delhi", {"Q987"}),
    ("GBAO", {"Q207319"}),
    ("Lavrov", {"Q58217"}),
])
def test_a_name_several_entries_share_has_them_all_as_candidates(name, qids):
    assert {entry.qid for entry in parse(DATA / "gazetteer.tsv").candidates(name)} == qids


def test_an_ambiguous_alias_is_kept_as_a_shared_name_not_as_a_name():
    """"Japarov (ambiguous with Sadyr)": a candidate for the name, never linked by it, never a ruler pattern."""
    gazetteer = parse(DATA / "gazetteer.tsv")
    akylbek, new_delhi = gazetteer.by_qid["Q4060344"], gazetteer.by_qid["Q987"]
    assert akylbek.ambiguous == ("Japarov",) and "Japarov" not in akylbek.names
    assert new_delhi.ambiguous == ("Delhi",) and "Delhi" not in new_delhi.names
    assert [entry.qid for entry in gazetteer.lookup("Delhi")] == ["Q1353"]
    assert "Delhi" in gazetteer.by_qid["Q668"].metonyms  # "Delhi said": India's government


@pytest.mark.parametrize("row, message", [
    ("Q58217\tMinister\t\tQ159\t2021-13-01\t\tx", r"roles.tsv:2: '2021-13-01' is not a date"),
    ("Q58217\tMinister\t\tQ159\t2021\t2020\tx", r"roles.tsv:2: the role 'Minister' ends \(2020\) before"),
    ("Q58217\tMinister\tPresident\tQ159\t\t\tx", r"roles.tsv:2: office is not a Wikidata ID: 'President'"),
    ("Q999999999\tMinister\t\t\t\t\tx", r"roles.tsv: roles of Q999999999, which gazetteer.tsv lacks"),
])
def test_a_malformed_roles_file_is_refused_with_its_line(folder, row, message):
    (folder / "roles.tsv").write_text("holder\trole\toffice\tcountry\tstart\tend\tsource\n" + row + "\n")
    with pytest.raises(InputError, match=message):
        parse(folder / "gazetteer.tsv")


def test_a_table_without_a_needed_column_is_refused(folder):
    (folder / "roles.tsv").write_text("holder\trole\tstart\tend\n")
    with pytest.raises(InputError, match=r"roles\.tsv:1: the header lacks the column\(s\) office, country, source"):
        parse(folder / "gazetteer.tsv")


# Importing a WDQS result

def test_import_merges_roles_and_aliases_of_known_entities(folder):
    before = parse(folder / "gazetteer.tsv")
    summary = import_results(HEADS, folder)
    assert summary.describe() == "heads-of-state.json: 0 added, 7 updated (2 aliases, 7 roles), 0 conflicts, 0 skipped"
    after = parse(folder / "gazetteer.tsv")
    assert [(e.qid, e.label, e.type) for e in after.entries] == [(e.qid, e.label, e.type) for e in before.entries]
    tokayev = after.by_qid["Q200881"]
    assert "Kassym-Jomart Kemeluly Tokayev" in tokayev.aliases
    assert tokayev.roles[-1] == Role("President of Kazakhstan", "Q5256775", "Q232", "2019-03-20", "",
                                     tokayev.roles[-1].source)
    assert tokayev.roles[-1].held_on(date(2030, 1, 1))
    assert [role.start for role in after.by_qid["Q155164"].roles] == ["2018", "2018"]  # precision 9: a year
    assert after.by_qid["Q348144"].roles == before.by_qid["Q348144"].roles  # Rouhani's term was known


def test_import_adds_new_entities_and_their_office(folder):
    summary = import_results(HEADS, _without(folder, "Q25597826", "Q853036"))
    assert summary.added == ["Q25597826", "Q853036"]
    gazetteer = parse(folder / "gazetteer.tsv")
    assert [entry.qid for entry in gazetteer.lookup("Sadyr Zhaparov")] == ["Q25597826"]
    office = gazetteer.by_qid["Q853036"]
    assert (office.label, office.type, office.role, office.kind) == ("President of Kyrgyzstan", "Other", "position", None)
    with (folder / "gazetteer.tsv").open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle, delimiter="\t") if r["qid"] == "Q25597826")
    assert re.fullmatch(r"imported heads-of-state\.json \d{4}-\d{2}-\d{2}", row["status"])
    assert row["evidence"] == "Wikidata Query Service result heads-of-state.json, row 6"
    (role,) = gazetteer.by_qid["Q25597826"].roles
    assert (role.office, role.start, role.end, role.held_on(date(2021, 1, 28))) == ("Q853036", "2021-01-28", "", True)


def test_importing_twice_changes_nothing(folder):
    import_results(HEADS, folder)
    first = _files(folder)
    summary = import_results(HEADS, folder)
    assert (summary.added, summary.updated, summary.aliases, summary.roles) == ([], [], 0, 0)
    assert _files(folder) == first


def test_conflicting_names_and_unusable_rows_are_reported_and_left_out(folder):
    summary = import_results(RESULTS / "conflicts.json", folder)
    assert summary.conflicts == [
        "conflicts.json: row 2 (Q188933): alias 'Kabul' not added: it already names Q5838",
        "conflicts.json: row 3 (Q427941): alias 'Islamic Emirate of Afghanistan' not added: it already names Q889, Q42418",
    ]
    assert [line.split(": ", 2)[1:] for line in summary.skipped] == [
        ["row 4 (Q172388)", "?start is not a date: 'http://www.wikidata.org/.well-known/genid/"
                            "6f2c0a8e4b1d9c3e7a5f0b2d4c6e8a1f' (an unknown value?)"],
        ["row 5 (Q485207)", "?type 'Organization' is not a gazetteer type (Person, Country, Organisation, City, "
                            "Region, Other, Event)"],
    ]
    assert (summary.updated, summary.aliases, summary.ok) == (["Q318693"], 1, False)
    gazetteer = parse(folder / "gazetteer.tsv")
    assert [entry.qid for entry in gazetteer.lookup("Kabul")] == ["Q5838"]
    assert gazetteer.by_qid["Q427941"].label == "Islamic Emirate of Afghanistan (1996-2001)"  # never overwritten


def test_a_new_entity_named_like_another_is_not_added(folder):
    summary = import_results(RESULTS / "conflicts.json", _without(folder, "Q427941"))
    assert "conflicts.json: row 3 (Q427941): Q427941 'Islamic Emirate of Afghanistan' not added: the name already " \
           "names Q889, Q42418" in summary.conflicts
    assert "Q427941" not in parse(folder / "gazetteer.tsv").by_qid


def test_the_label_service_s_alt_labels_are_split_on_commas(folder, tmp_path):
    row = {"item": _uri("Q200881"), "itemAltLabel": _literal("Tokayev, Kassym-Jomart Kemeluly Tokayev")}
    summary = import_results(_result(tmp_path, [row], ("item", "itemAltLabel")), folder)
    assert summary.aliases == 1
    assert parse(folder / "gazetteer.tsv").by_qid["Q200881"].aliases[-1] == "Kassym-Jomart Kemeluly Tokayev"


def test_aliases_joined_with_bars_keep_their_commas(folder, tmp_path):
    row = {"item": _uri("Q200881"), "altLabel": _literal("Washington, D.C.|Tokayev")}
    summary = import_results(_result(tmp_path, [row], ("item", "altLabel")), folder)
    assert summary.conflicts == ["result.json: row 1 (Q200881): alias 'Washington, D.C.' not added: it already names Q61"]
    assert summary.aliases == 0


def test_dates_keep_only_the_precision_wikidata_states(folder, tmp_path):
    row = {"item": _uri("Q200881"), "role": _uri("Q5256775"), "roleLabel": _literal("President of Kazakhstan"),
           "start": _literal("2019-03-01T00:00:00Z"), "startPrecision": _literal("10")}
    import_results(_result(tmp_path, [row], ("item", "role", "roleLabel", "start", "startPrecision")), folder)
    assert parse(folder / "gazetteer.tsv").by_qid["Q200881"].roles[-1].start == "2019-03"


@pytest.mark.parametrize("content, message", [
    ("<!DOCTYPE html><html>", r"result\.json: not JSON"),
    ('{"head": {}, "boolean": true}', r"result\.json: not a SPARQL SELECT result in JSON"),
    ("[]", r"result\.json: not a SPARQL SELECT result in JSON"),
    ('{"head": {"vars": ["person"]}, "results": {"bindings": []}}', r"result\.json: the result has no \?item variable "
                                                                    r"\(it has \?person\)"),
    ('{"head": {"vars": ["item"]}, "results": {"bindings": [{"item": {"type": "uri", "value": '
     '"http://www.wikidata.org/entity/Q200881"}}, {}]}}', r"result\.json: row 2: \?item is not a Wikidata entity IRI "
                                                          r"\(http://www\.wikidata\.org/entity/Q…\): 'unbound'"),
    ('{"head": {"vars": ["item"]}, "results": {"bindings": [{"item": {"type": "literal", "value": "Q200881"}}]}}',
     r"row 1: \?item is not a Wikidata entity IRI"),
])
def test_a_file_that_is_no_usable_result_is_refused_in_one_line(folder, tmp_path, content, message):
    path = tmp_path / "result.json"
    path.write_text(content)
    before = _files(folder)
    with pytest.raises(InputError, match=message) as error:
        import_results(path, folder)
    assert "\n" not in str(error.value)
    assert _files(folder) == before


def test_an_error_on_a_later_row_leaves_the_files_as_they_were(folder):
    before = _files(folder)
    with pytest.raises(InputError, match=r"not-an-entity\.json: row 3: \?item is not a Wikidata entity IRI .*"
                                         r"'http://www\.wikidata\.org/entity/statement/Q200881-"):
        import_results(RESULTS / "not-an-entity.json", folder)
    assert _files(folder) == before


def test_a_missing_result_file_is_refused_in_one_line(folder, tmp_path):
    with pytest.raises(InputError, match=r"missing\.json: No such file or directory"):
        import_results(tmp_path / "missing.json", folder)


def test_a_folder_without_a_gazetteer_is_refused(tmp_path):
    with pytest.raises(InputError, match="no gazetteer.tsv here"):
        import_results(HEADS, tmp_path)


def test_the_import_writes_no_stray_files_and_keeps_the_files_mode(folder):
    (folder / "gazetteer.tsv").chmod(0o664)
    import_results(HEADS, folder)
    assert sorted(path.name for path in folder.iterdir()) == ["gazetteer.tsv", "roles.tsv"]
    assert (folder / "gazetteer.tsv").stat().st_mode & 0o777 == 0o664


def test_an_import_into_a_folder_without_roles_creates_them(folder):
    (folder / "roles.tsv").unlink()
    summary = import_results(HEADS, folder)
    assert summary.roles == 8
    assert (folder / "roles.tsv").read_text(encoding="utf-8").startswith("holder\trole\toffice\tcountry\tstart\tend\tsource\n")


# The example queries

@pytest.mark.parametrize("query", sorted((DATA / "wdqs").glob("*.rq")), ids=lambda path: path.stem)
def test_example_queries_parse_select_what_the_import_reads_and_use_only_checked_ids(query):
    text = query.read_text(encoding="utf-8")
    assert "https://query.wikidata.org" in text and "kg gazetteer import" in text
    selected = {str(var) for var in prepareQuery(text, initNs=WDQS_PREFIXES).algebra["PV"]}
    assert {"item", "itemLabel", "type", "altLabel"} <= selected
    assert selected <= {"item", "itemLabel", "type", "altLabel", "role", "roleLabel", "start", "startPrecision",
                        "end", "endPrecision", "country", "countryLabel"}
    checked = set(parse(DATA / "gazetteer.tsv").by_qid) | set(CLASS_TYPES) | {FOREIGN_MINISTER}
    body = "\n".join(line.split("#")[0] for line in text.splitlines())
    assert set(re.findall(r"wd:(Q[0-9]+)", body)) <= checked


def test_the_kg_command_imports_reports_and_exits_by_outcome(folder, capsys):
    from kg.cli import main
    assert main(["gazetteer", "import", str(RESULTS / "heads-of-state.json"), "--into", str(folder)]) == 0
    assert capsys.readouterr().out.startswith("heads-of-state.json: 0 added, 7 updated")
    assert main(["gazetteer", "import", str(RESULTS / "conflicts.json"), "--into", str(folder)]) == 1
    assert "conflict: conflicts.json: row" in capsys.readouterr().err
    before = _files(folder)
    assert main(["gazetteer", "import", str(RESULTS / "not-an-entity.json"), "--into", str(folder)]) == 2
    assert "not-an-entity.json: row 3: ?item is not a Wikidata entity IRI" in capsys.readouterr().err
    assert _files(folder) == before
