"""The optional online lookup: ``kg gazetteer suggest [--online]`` and ``kg gazetteer accept``, run through
the real CLI against a real HTTP server on 127.0.0.1 that answers from recorded Wikidata API answers
(tests/data/online/, described in its README). No test touches wikidata.org.

The store holds four unlinked actors (Ashraf Ghani in two articles, Siraj Haqqani, Imomali Rahmon, the
place Harb-Maidon) and one linked one (Sergey Lavrov), which must never be looked up.
"""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from time import monotonic
from urllib.parse import parse_qs, urlsplit

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS

from kg.cli import main
from kg.config import SETTINGS
from kg.gazetteer import parse
from kg.namespaces import KG, WD
from kg.store import Store

DATA = Path(__file__).parent / "data" / "online"
REPO = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/newskg/id/"
ACTORS = [  # label, kind, articles that name it, QID (linked) or None
    ("Ashraf Ghani", "Person", 2, None),
    ("Siraj Haqqani", "Person", 1, None),
    ("Imomali Rahmon", "Person", 1, None),
    ("Harb-Maidon", "Place", 1, None),
    ("Sergey Lavrov", "Person", 2, "Q58217"),
]


# --- the recorded Wikidata API ---------------------------------------------------------------------------

@dataclass
class Recorded:
    """What the test server saw and how it is to answer: ``busy`` answers (429 or maxlag) come first."""
    url: str = ""
    seen: list[tuple[float, dict[str, str], dict[str, str]]] = field(default_factory=list)  # time, params, headers
    busy: list[tuple[str, str]] = field(default_factory=list)  # ("429" or "maxlag", Retry-After)
    busy_from: int = 0  # the first request (0-based) that gets the busy answers
    status: int = 200

    @property
    def actions(self) -> list[str]:
        return [params["action"] for _, params, _ in self.seen]


def _answer(params: dict[str, str]) -> dict:
    if params.get("action") == "wbsearchentities":
        slug = re.sub(r"[^a-z0-9]+", "-", params["search"].lower()).strip("-")
        path = DATA / f"wbsearchentities-{slug}.json"
        return json.loads(path.read_text()) if path.exists() else \
            {"searchinfo": {"search": params["search"]}, "search": [], "success": 1}
    recorded = json.loads((DATA / "wbgetentities.json").read_text())["entities"]
    return {"entities": {qid: recorded.get(qid, {"id": qid, "missing": ""}) for qid in params["ids"].split("|")},
            "success": 1}


def _handler(recorded: Recorded):
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            params = {key: values[0] for key, values in parse_qs(urlsplit(self.path).query).items()}
            number = len(recorded.seen)
            recorded.seen.append((monotonic(), params, dict(self.headers)))
            if number >= recorded.busy_from and recorded.busy:
                kind, retry_after = recorded.busy.pop(0)
                if kind == "429":
                    return self._send(429, b"Too many requests", "text/plain", retry_after)
                return self._send(200, (DATA / "maxlag.json").read_bytes(), "application/json", retry_after)
            if recorded.status != 200:
                return self._send(recorded.status, b"<html>Server error</html>", "text/html")
            self._send(200, json.dumps(_answer(params)).encode(), "application/json; charset=utf-8")

        def _send(self, status: int, body: bytes, content_type: str, retry_after: str = "") -> None:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            if retry_after:
                self.send_header("Retry-After", retry_after)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:  # the test output shows what matters
            pass

    return Handler


@pytest.fixture
def api():
    """The recorded Wikidata API on a free loopback port, ready when the fixture returns."""
    recorded = Recorded()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(recorded))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    recorded.url = f"http://127.0.0.1:{server.server_address[1]}/w/api.php"
    yield recorded
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


# --- a store and the settings ------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def store_path(tmp_path_factory) -> Path:
    """An on-disk store of hand-made article graphs (no model needed): ACTORS, each in its articles."""
    path = tmp_path_factory.mktemp("online") / "store"
    store = Store(path)
    for number in range(2):
        article = URIRef(f"{BASE}article/a{number}")
        graph = Graph()
        graph.add((article, RDF.type, KG.Article))
        for label, kind, articles, qid in ACTORS:
            if number >= articles:
                continue
            actor = URIRef(f"{BASE}actor/{qid or label.lower().replace(' ', '-')}")
            for class_ in (KG.Actor, KG[kind]) if kind != "Place" else (KG.Place,):
                graph.add((actor, RDF.type, class_))
            graph.add((actor, RDFS.label, Literal(label)))
            graph.add((actor, PROV.wasDerivedFrom, article))
            if qid:
                graph.add((actor, OWL.sameAs, WD[qid]))
        store.replace_article(str(article), graph)
    store.close()
    return path


@pytest.fixture
def settings(monkeypatch, tmp_path, api) -> Path:
    """KG_* settings for a run: the recorded API, a fresh cache, the small gazetteer, a fast rate."""
    for name in [name for name in os.environ if name.startswith("KG_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("KG_WIKIDATA_API", api.url)
    monkeypatch.setenv("KG_WIKIDATA_CACHE", str(tmp_path / "cache"))
    monkeypatch.setenv("KG_GAZETTEER", str(DATA / "gazetteer.tsv"))
    monkeypatch.setenv("KG_WIKIDATA_RATE", "50")
    monkeypatch.setenv("KG_WIKIDATA_CONTACT", "tests@example.org")
    return tmp_path / "cache"


def kg(capsys, *args: str | Path) -> tuple[int, str, str]:
    """``kg ARGS`` through the CLI's main: exit status, standard output, standard error."""
    capsys.readouterr()
    status = main([*map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def suggest(capsys, store_path: Path, *options: str) -> tuple[int, list[dict[str, str]], str]:
    status, out, err = kg(capsys, "gazetteer", "suggest", "--store", store_path, *options)
    return status, list(csv.DictReader(io.StringIO(out), delimiter="\t")), err


def assert_one_clean_line(err: str, *words: str) -> str:
    assert "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1, lines
    for word in words:
        assert word in lines[0], (word, lines[0])
    return lines[0]


# --- suggest -------------------------------------------------------------------------------------------

def test_suggest_online_ranks_and_explains_the_candidates(capsys, store_path, settings, api):
    status, rows, err = suggest(capsys, store_path, "--online")
    assert status == 0, err
    assert [row["actor"] for row in rows if row["rank"] in ("", "1")] == \
        ["Ashraf Ghani", "Harb-Maidon", "Imomali Rahmon", "Siraj Haqqani"]  # most articles first, then by name
    by_actor = {}
    for row in rows:
        by_actor.setdefault(row["actor"], []).append(row)
    ghani = by_actor["Ashraf Ghani"]
    assert [row["qid"] for row in ghani] == ["Q172388", "Q900000103"]  # the disambiguation page is left out
    assert (ghani[0]["label"], ghani[0]["type"], ghani[0]["dates"], ghani[0]["articles"]) == \
        ("Ashraf Ghani", "Person", "1949–", "2")
    assert ghani[0]["reasons"] == "label match; type compatible: human (Q5) for Person"
    assert ghani[1]["reasons"] == ("partial match: label 'Ashraf Ghani Ahmadzai Foundation'; "
                                   "type mismatch: organization (Q43229) is no Person")
    assert int(ghani[0]["score"]) > int(ghani[1]["score"])
    haqqani = by_actor["Siraj Haqqani"]  # Wikidata lists the armed group first; the type puts the man first
    assert [(row["qid"], row["rank"]) for row in haqqani] == [("Q2246940", "1"), ("Q900000201", "2")]
    assert haqqani[0]["reasons"].startswith("alias match ('Siraj Haqqani'); type compatible")
    assert "type mismatch: armed organization (Q17149090) is no Person" in haqqani[1]["reasons"]
    (rahmon,) = by_actor["Imomali Rahmon"]
    assert "already in the gazetteer as 'Emomali Rahmon'" in rahmon["reasons"]
    (place,) = by_actor["Harb-Maidon"]
    assert (place["qid"], place["reasons"]) == ("", "no candidate found")
    assert "Sergey Lavrov" not in by_actor  # linked: never looked up
    assert all(row["lookup"].startswith(api.url + "?") and row["looked_up"] == date.today().isoformat()
               for row in rows)
    assert all(row["accept"] == "" for row in rows)


def test_requests_are_polite_one_search_per_actor_then_batches(capsys, store_path, settings, api):
    suggest(capsys, store_path, "--online")
    assert api.actions == ["wbsearchentities"] * 4 + ["wbgetentities"] * 2  # candidates, then their classes
    for _, params, headers in api.seen:
        assert params["format"] == "json" and params["maxlag"] == "5"
        assert re.fullmatch(r"newskg/\S+ \(tests@example\.org\) python-requests/\S+", headers["User-Agent"])


def test_a_second_run_is_answered_by_the_cache(capsys, store_path, settings, api):
    first = suggest(capsys, store_path, "--online")
    asked = len(api.seen)
    second = suggest(capsys, store_path, "--online")
    assert len(api.seen) == asked > 0  # the server counted no request of the second run
    assert second[1] == first[1]
    assert "; 0 request(s) to 127.0.0.1" in second[2]


def test_requests_are_spaced_by_the_rate(capsys, store_path, settings, api, monkeypatch):
    monkeypatch.setenv("KG_WIKIDATA_RATE", "4")
    status, _, err = suggest(capsys, store_path, "--online")
    assert status == 0, err
    times = [at for at, _, _ in api.seen]
    gaps = [later - earlier for earlier, later in zip(times, times[1:])]
    assert len(gaps) == 5 and min(gaps) >= 0.25, gaps  # 1/4 s, as the server counts it


def test_suggest_without_online_makes_no_request_and_says_so(capsys, store_path, settings, api):
    status, rows, err = suggest(capsys, store_path)
    assert status == 0 and api.seen == []
    assert {row["reasons"] for row in rows} == {"not looked up: no cached answer (run with --online)"}
    assert "no lookup was made" in err and "--online" in err and "127.0.0.1" in err
    assert not settings.exists()  # reading only: no cache file is made


def test_without_online_the_cache_answers(capsys, store_path, settings, api):
    _, online_rows, _ = suggest(capsys, store_path, "--online")
    asked = len(api.seen)
    status, rows, err = suggest(capsys, store_path)
    assert status == 0 and len(api.seen) == asked
    assert rows == online_rows
    assert "no lookup was made" in err and "4 reviewed: 3 with candidates" in err



def test_top_reviews_the_most_frequent_actors_only(capsys, store_path, settings, api):
    status, rows, err = suggest(capsys, store_path, "--online", "--top", "1")
    assert status == 0 and {row["actor"] for row in rows} == {"Ashraf Ghani"}
    assert api.actions == ["wbsearchentities", "wbgetentities", "wbgetentities"]
    assert "4 unlinked actor(s), 1 reviewed" in err


def test_the_help_says_online_is_off_by_default(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["gazetteer", "suggest", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert exit_.value.code == 0
    assert "--online" in out and "off by default" in out and "Without --online no request is made" in out

# --- when the API cannot be asked ----------------------------------------------------------------------------

def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offline_is_one_clear_line_and_a_non_zero_exit(capsys, store_path, settings, monkeypatch):
    port = _closed_port()
    monkeypatch.setenv("KG_WIKIDATA_API", f"http://127.0.0.1:{port}/w/api.php")
    status, out, err = kg(capsys, "gazetteer", "suggest", "--store", store_path, "--online")
    assert status == 2 and out == ""
    assert_one_clean_line(err, "KG600", f"cannot reach 127.0.0.1:{port}", "Connection refused",
                          "the 0 answer(s) got before are kept in the cache", "no review file was written")


def test_offline_in_a_real_process(store_path, tmp_path):
    env = {"KG_WIKIDATA_API": f"http://127.0.0.1:{_closed_port()}/w/api.php", "KG_WIKIDATA_CACHE": str(tmp_path),
           "KG_GAZETTEER": str(DATA / "gazetteer.tsv"), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "kg.cli", "gazetteer", "suggest", "--store", str(store_path),
                             "--online", "--out", str(tmp_path / "review.tsv")],
                            cwd=REPO, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert_one_clean_line(result.stderr, "kg gazetteer: KG600 cannot reach")
    assert not (tmp_path / "review.tsv").exists()


def test_a_429_is_waited_out_as_retry_after_asks(capsys, store_path, settings, api):
    api.busy = [("429", "1")]
    status, rows, err = suggest(capsys, store_path, "--online")
    assert status == 0 and len(rows) == 6
    assert api.seen[0][1] == api.seen[1][1]  # the same request again
    assert api.seen[1][0] - api.seen[0][0] >= 0.99
    assert "127.0.0.1" in err and "HTTP 429" in err and "waiting 1 s" in err


def test_maxlag_is_waited_out_too(capsys, store_path, settings, api):
    api.busy = [("maxlag", "1")]
    status, _, err = suggest(capsys, store_path, "--online")
    assert status == 0
    assert api.seen[1][0] - api.seen[0][0] >= 0.99
    assert "maxlag: Waiting for 10.64.48.35: 6.2 seconds lagged." in err


def test_a_retry_after_beyond_the_limit_stops_and_keeps_what_was_got(capsys, store_path, settings, api):
    api.busy, api.busy_from = [("429", "3600")], 2
    status, out, err = suggest(capsys, store_path, "--online")
    assert status == 2 and out == []
    assert_one_clean_line(err, "127.0.0.1", "HTTP 429", "asks to wait 3600 s", "wikidata_max_wait (60 s)",
                          "the 2 answer(s) got before are kept in the cache")
    assert len(api.seen) == 3
    status, rows, _ = suggest(capsys, store_path, "--online")  # the next run goes on from there
    assert status == 0 and len(rows) == 6
    assert api.actions[3:] == ["wbsearchentities"] * 2 + ["wbgetentities"] * 2


def test_an_http_error_is_one_line(capsys, store_path, settings, api):
    api.status = 500
    status, _, err = suggest(capsys, store_path, "--online")
    assert status == 2
    assert_one_clean_line(err, "KG600 127.0.0.1", "answered HTTP 500")


def test_a_server_still_busy_after_three_attempts_stops_the_lookup(capsys, store_path, settings, api):
    api.busy = [("429", "0")] * 3
    status, _, err = suggest(capsys, store_path, "--online")
    assert status == 2 and len(api.seen) == 3
    assert "Traceback" not in err
    assert err.count("waiting 0 s") == 2
    assert err.strip().splitlines()[-1].startswith("kg gazetteer: KG600 127.0.0.1")
    assert "is still busy (HTTP 429 Too Many Requests) after 3 attempts" in err


# --- accept ---------------------------------------------------------------------------------------------

@pytest.fixture
def gazetteer_dir(tmp_path) -> Path:
    folder = tmp_path / "gazetteer"
    folder.mkdir()
    for name in ("gazetteer.tsv", "roles.tsv"):
        shutil.copy(DATA / name, folder / name)
    return folder


def _review(capsys, store_path: Path, tmp_path: Path, accepted: dict[tuple[str, str], str]) -> Path:
    """A review file from an online suggest, its accept column filled in for (actor, rank) pairs."""
    path = tmp_path / "review.tsv"
    status, _, err = kg(capsys, "gazetteer", "suggest", "--store", store_path, "--online", "--out", path)
    assert status == 0 and f"kg gazetteer accept {path}" in err
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        columns, rows = reader.fieldnames, list(reader)
    for row in rows:
        row["accept"] = accepted.get((row["actor"], row["rank"]), "")
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, columns, delimiter="\t", lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return path


def test_accept_adds_the_accepted_rows_with_the_lookup_as_evidence(capsys, store_path, settings, api, tmp_path,
                                                                    gazetteer_dir):
    review = _review(capsys, store_path, tmp_path, {("Ashraf Ghani", "1"): "yes", ("Siraj Haqqani", "1"): "x",
                                                     ("Imomali Rahmon", "1"): "Y"})
    status, out, err = kg(capsys, "gazetteer", "accept", review, "--into", gazetteer_dir)
    assert status == 0, err
    assert "review.tsv: 2 added, 1 updated (2 aliases, 0 roles), 0 conflicts, 0 skipped" in out
    gazetteer = parse(gazetteer_dir / "gazetteer.tsv")  # loads back
    ghani, haqqani, rahmon = (gazetteer.by_qid[qid] for qid in ("Q172388", "Q2246940", "Q57366"))
    assert (ghani.label, ghani.type) == ("Ashraf Ghani", "Person")
    assert (haqqani.label, haqqani.type, haqqani.aliases) == ("Sirajuddin Haqqani", "Person", ("Siraj Haqqani",))
    assert "Imomali Rahmon" in rahmon.aliases and rahmon.label == "Emomali Rahmon"
    assert [entry.qid for entry in gazetteer.lookup("Siraj Haqqani")] == ["Q2246940"]
    with (gazetteer_dir / "gazetteer.tsv").open(encoding="utf-8", newline="") as handle:
        raw = {row["qid"]: row for row in csv.DictReader(handle, delimiter="\t")}
    today = date.today().isoformat()
    assert raw["Q172388"]["status"] == f"accepted review.tsv {today}"
    evidence = raw["Q172388"]["evidence"]
    assert evidence.startswith(f"Wikidata API lookup {today} ({api.url}?")
    assert "search=Ashraf+Ghani" in evidence and "label match; type compatible: human (Q5) for Person" in evidence
    assert raw["Q57366"]["status"] == "verified"  # a known entity only gains the name
    before = (gazetteer_dir / "gazetteer.tsv").read_bytes()
    status, out, _ = kg(capsys, "gazetteer", "accept", review, "--into", gazetteer_dir)
    assert status == 0 and "0 added, 0 updated" in out
    assert (gazetteer_dir / "gazetteer.tsv").read_bytes() == before


def test_accept_reports_a_name_of_another_entity_as_a_conflict(capsys, store_path, settings, api, tmp_path,
                                                               gazetteer_dir):
    review = _review(capsys, store_path, tmp_path, {("Ashraf Ghani", "1"): "yes"})
    with (gazetteer_dir / "gazetteer.tsv").open("a", encoding="utf-8") as handle:
        handle.write("Q5838\tKabul\tCity\tAshraf Ghani\t\tverified\ta wrong alias, for the test\n")
    status, out, err = kg(capsys, "gazetteer", "accept", review, "--into", gazetteer_dir)
    assert status == 1
    assert "conflict: review.tsv: row 2 (Q172388): Q172388 'Ashraf Ghani' not added: the name already names Q5838" in err
    assert "Q172388" not in parse(gazetteer_dir / "gazetteer.tsv").by_qid


@pytest.mark.parametrize("accepted, message", [
    ({("Ashraf Ghani", "1"): "yes", ("Ashraf Ghani", "2"): "yes"},
     r"review\.tsv:3: a second row accepted for 'Ashraf Ghani' \(the first is line 2\)"),
    ({("Ashraf Ghani", "1"): "maybe"}, r"review\.tsv:2: accept is 'maybe'; write yes"),
    ({("Harb-Maidon", ""): "yes"}, r"review\.tsv:\d+: accepted, but qid is not a Wikidata ID: ''"),
])
def test_accept_refuses_a_review_file_with_a_bad_row_and_writes_nothing(capsys, store_path, settings, api, tmp_path,
                                                                        gazetteer_dir, accepted, message):
    review = _review(capsys, store_path, tmp_path, accepted)
    before = {path.name: path.read_bytes() for path in gazetteer_dir.iterdir()}
    status, out, err = kg(capsys, "gazetteer", "accept", review, "--into", gazetteer_dir)
    assert status == 2 and out == ""
    assert re.search(message, assert_one_clean_line(err, "KG100"))
    assert {path.name: path.read_bytes() for path in gazetteer_dir.iterdir()} == before


def test_an_accepted_row_without_its_lookup_is_refused(capsys, tmp_path, gazetteer_dir, settings):
    review = tmp_path / "mine.tsv"
    review.write_text("\t".join(["accept", "actor", "kind", "articles", "rank", "score", "qid", "label", "type",
                                 "description", "instance_of", "dates", "reasons", "lookup", "looked_up"]) + "\n"
                      + "yes\tFoo\tPerson\t1\t1\t5\tQ42\tFoo\tPerson\t\t\t\t\t\t\n", encoding="utf-8")
    status, _, err = kg(capsys, "gazetteer", "accept", review, "--into", gazetteer_dir)
    assert status == 2
    assert_one_clean_line(err, "mine.tsv:2: accepted, but no lookup names where Q42 was found")


# --- docs that cannot drift ------------------------------------------------------------------------------

def test_every_wikidata_setting_is_documented():
    guide = (REPO / "docs" / "online.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        if setting.name.startswith("wikidata_"):
            assert f"`{setting.env_var}`" in guide, setting.name

