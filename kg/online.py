"""Wikidata candidates for the store's unlinked actors: ``kg gazetteer suggest`` and ``kg gazetteer accept``.

A lookup only *proposes*. An unchecked ID is worse than none (the graph would state a wrong owl:sameAs),
so ``suggest`` writes a review file, each candidate ranked and its reasons spelt out, and nothing reaches
the gazetteer until a person marks rows ``yes`` and runs ``accept``, which merges them through the WDQS
import's writer (:meth:`kg.wdqs.Tables.add`) with the lookup (URL, date) as evidence.

newskg makes no network request unless asked: without ``--online`` the answers come from the cache that
earlier lookups filled, and the user is told that nothing was asked. With it, requests follow the
Wikimedia API etiquette: one at a time, at most ``wikidata_rate`` per second, a User-Agent with a contact,
``maxlag``, Retry-After waited out. Every answer is cached (SQLite, by name or QID), so a second run asks
nothing. docs/online.md is the user's guide.
"""
from __future__ import annotations

import csv
import json
import re
import sqlite3
import sys
import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import TextIO
from urllib.parse import urlsplit

import requests
from rdflib.namespace import OWL, RDFS

from . import __version__
from .errors import InputError, KgError
from .gazetteer import TYPES, Gazetteer, is_qid, load, name_key, read_rows
from .namespaces import KG
from .wdqs import CLASS_TYPES, ImportSummary, ResultRow, Tables

CANDIDATES = 5  # asked of wbsearchentities per actor: a reviewer reads them all, more would hide the right one
_BATCH = 50  # the most IDs one wbgetentities request may name
_MAXLAG = 5  # seconds of replication lag above which the API asks bots to wait (the value Wikimedia advises)
_ATTEMPTS = 3  # requests tried per answer when the API asks to wait
_DEFAULT_WAIT = 5.0  # seconds to wait on a 429 or maxlag that gives no Retry-After
_DISAMBIGUATION = "Q4167410"  # Wikimedia disambiguation page: a page of names, never an entity to link
KINDS = ("Person", "Organisation", "Country", "Place")  # most specific first: a country is a kg:Place too
# Actor kind -> the gazetteer types a candidate may have; the first is proposed when its classes say none.
COMPATIBLE = {"Person": ("Person",), "Organisation": ("Organisation",), "Country": ("Country",),
              "Place": ("City", "Region", "Country")}
REVIEW_COLUMNS = ("accept", "actor", "kind", "articles", "rank", "score", "qid", "label", "type", "description",
                  "instance_of", "dates", "reasons", "lookup", "looked_up")
YES, NO = ("yes", "y", "x", "1", "true"), ("", "no", "n", "0", "false")


class OnlineError(KgError):
    """The Wikidata API could not be asked or would not answer (unreachable, HTTP error, busy too long)."""

    code = "KG600"
    status = 502


# --- the store's unlinked actors --------------------------------------------------------------------------

UNLINKED = f"""SELECT ?actor (MIN(STR(?name)) AS ?label) (GROUP_CONCAT(DISTINCT STR(?class); separator=" ") AS ?classes)
       (COUNT(DISTINCT ?article) AS ?articles) WHERE {{
  GRAPH ?article {{ ?actor a ?class ; <{RDFS.label}> ?name . VALUES ?class {{ {" ".join(f"<{KG[k]}>" for k in KINDS)} }} }}
  FILTER NOT EXISTS {{ GRAPH ?linked {{ ?actor <{OWL.sameAs}> ?wikidata }} }}
}} GROUP BY ?actor"""


@dataclass(frozen=True)
class UnlinkedActor:
    iri: str
    label: str
    kind: str  # one of KINDS
    articles: int  # how many articles name it: the most named are looked up first


def unlinked_actors(store) -> list[UnlinkedActor]:
    """Actors (and places) that no article links to Wikidata, the most frequent first."""
    actors = []
    for row in store.query(UNLINKED):
        classes = row["classes"].value.split()
        kind = next(k for k in KINDS if str(KG[k]) in classes)
        actors.append(UnlinkedActor(row["actor"].value, row["label"].value, kind, int(row["articles"].value)))
    return sorted(actors, key=lambda actor: (-actor.articles, actor.label, actor.iri))


# --- the cache ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Answer:
    value: object  # what is kept of the answer: a search's hits, or an entity's facts
    url: str  # the request that got it, for the evidence of an accepted row
    fetched: str  # when, ISO date-time in UTC


class Cache:
    """Answers by kind ("search" by name key, "entity" by QID) in one SQLite file, written as they come, so
    that a run stopped half-way keeps what it got."""

    def __init__(self, folder: Path, max_age_days: int, writable: bool):
        self.path = Path(folder) / "wikidata.sqlite"
        self.oldest = (datetime.now(timezone.utc) - timedelta(days=max_age_days)).isoformat(timespec="seconds")
        try:
            if writable:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            # Reading only, a missing cache is an empty one: no file is made where nothing will be written.
            self.db = sqlite3.connect(self.path if writable or self.path.exists() else ":memory:")
            self.db.execute("CREATE TABLE IF NOT EXISTS answer (kind TEXT, key TEXT, url TEXT, fetched TEXT, "
                            "value TEXT, PRIMARY KEY (kind, key))")
        except (OSError, sqlite3.Error) as e:
            raise KgError(f"the Wikidata cache {self.path} cannot be used ({e}): remove it, or set "
                          f"KG_WIKIDATA_CACHE to another folder") from e

    def get(self, kind: str, key: str, fresh: bool) -> Answer | None:
        """The cached answer; with ``fresh``, only one younger than ``wikidata_cache_days``."""
        row = self.db.execute("SELECT url, fetched, value FROM answer WHERE kind = ? AND key = ?", (kind, key)).fetchone()
        if row is None or (fresh and row[1] < self.oldest):
            return None
        return Answer(json.loads(row[2]), row[0], row[1])

    def put(self, kind: str, key: str, answer: Answer) -> None:
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO answer VALUES (?, ?, ?, ?, ?)",
                            (kind, key, answer.url, answer.fetched, json.dumps(answer.value)))

    def close(self) -> None:
        self.db.close()


# --- the HTTP side -----------------------------------------------------------------------------------------

def user_agent(contact: str) -> str:
    """Client/version (contact) library/version: the form the Wikimedia User-Agent policy asks of every client.

    >>> user_agent("ops@example.org")  # doctest: +ELLIPSIS
    'newskg/... (ops@example.org) python-requests/...'
    """
    return f"newskg/{__version__} ({contact}) python-requests/{requests.__version__}"


class Api:
    """The Wikidata API, asked politely: serial requests, each 1/rate seconds at least after the last answer,
    ``maxlag``, and a Retry-After (429, 503 or maxlag) waited out up to ``max_wait`` seconds."""

    def __init__(self, config):
        self.url = config.wikidata_api
        self.host = urlsplit(self.url).netloc or self.url
        self.session = requests.Session()
        self.session.headers["User-Agent"] = user_agent(config.wikidata_contact)
        if config.wikidata_rate <= 0:
            raise KgError(f"wikidata_rate (KG_WIKIDATA_RATE) must be above 0, not {config.wikidata_rate}")
        self.interval = 1.0 / config.wikidata_rate
        self.timeout, self.max_wait = config.wikidata_timeout, config.wikidata_max_wait
        self.next_at = 0.0  # time.monotonic() before which no request may start
        self.requests = 0  # sent in this run, answered or not

    def get(self, params: dict[str, object]) -> tuple[dict, str]:
        """The JSON answer to one action, and the URL that asked it."""
        params = {**params, "format": "json", "maxlag": _MAXLAG}
        for attempt in range(1, _ATTEMPTS + 1):
            response = self._send(params)
            busy, data = self._read(response)
            if not busy:
                return data, response.url
            wait = _retry_after(response)
            if wait > self.max_wait:
                raise OnlineError(f"{self.host} is busy ({busy}) and asks to wait {wait:g} s, longer than "
                                  f"wikidata_max_wait ({self.max_wait:g} s)")
            if attempt == _ATTEMPTS:
                break
            print(f"{self.host} is busy ({busy}): waiting {wait:g} s as it asks", file=sys.stderr)
            self.next_at = max(self.next_at, time.monotonic() + wait)
        raise OnlineError(f"{self.host} is still busy ({busy}) after {_ATTEMPTS} attempts")

    def _send(self, params: dict[str, object]) -> requests.Response:
        """One request, ``interval`` seconds after the previous answer ended: counted from the answer, not the
        request, the spacing holds as the server sees it, however slow the connection."""
        time.sleep(max(0.0, self.next_at - time.monotonic()))
        self.requests += 1
        try:
            return self.session.get(self.url, params=params, timeout=self.timeout)
        except requests.Timeout as e:
            raise OnlineError(f"{self.host} did not answer within {self.timeout:g} s (wikidata_timeout)") from e
        except requests.RequestException as e:
            raise OnlineError(f"cannot reach {self.host} ({_reason(e)}; offline?)") from e
        finally:
            self.next_at = time.monotonic() + self.interval

    def _read(self, response: requests.Response) -> tuple[str, dict]:
        """("", the JSON) for an answer; (why, {}) when the API asks to wait; OnlineError for a refusal."""
        if response.status_code in (429, 503):
            return f"HTTP {response.status_code} {response.reason}", {}
        if response.status_code != 200:
            raise OnlineError(f"{self.host} answered HTTP {response.status_code} {response.reason}")
        try:
            data = response.json()
        except ValueError as e:
            raise OnlineError(f"{self.host} answered with no JSON ({response.headers.get('Content-Type')}): "
                              f"is wikidata_api ({self.url}) the API's URL?") from e
        error = data.get("error") if isinstance(data, dict) else None
        if isinstance(error, dict):
            info = " ".join(str(error.get("info", "")).split())
            if error.get("code") == "maxlag":
                return f"maxlag: {info}", {}
            raise OnlineError(f"{self.host} refused the request: {error.get('code')}: {info}")
        return "", data


def _retry_after(response: requests.Response) -> float:
    """Seconds the server asks to wait: Retry-After as seconds or as an HTTP date."""
    value = response.headers.get("Retry-After", "").strip()
    if value.isdigit():
        return float(value)
    try:
        return max(0.0, (parsedate_to_datetime(value) - datetime.now(timezone.utc)).total_seconds())
    except (TypeError, ValueError):
        return _DEFAULT_WAIT


def _reason(error: requests.RequestException) -> str:
    """The operating system's words ("Connection refused"), not urllib3's page of nested reprs."""
    match = re.search(r"\[Errno -?\d+\] ([^'\")\]]+)", str(error))
    return match.group(1).strip() if match else type(error).__name__


# --- lookups: the cache first, the API for what it lacks -----------------------------------------------------

class Lookup:
    """Searches and entities, from the cache and, when ``api`` is given (--online), from the API."""

    def __init__(self, cache: Cache, api: Api | None):
        self.cache, self.api = cache, api
        self.asked = 0  # answers got from the API in this run

    def searches(self, names: list[str]) -> dict[str, Answer]:
        """The wbsearchentities hits of each name that has an answer."""
        answers = {}
        for name in dict.fromkeys(names):
            answer = self.cache.get("search", name_key(name), fresh=self.api is not None)
            if answer is None and self.api:
                data, url = self.api.get({"action": "wbsearchentities", "search": name, "language": "en",
                                          "uselang": "en", "type": "item", "limit": CANDIDATES})
                answer = self._keep("search", name_key(name), data.get("search", []), url)
            if answer is not None:
                answers[name] = answer
        return answers

    def entities(self, qids: list[str]) -> dict[str, Answer]:
        """The facts (see :func:`facts`) of each entity that has an answer, by QID."""
        qids = list(dict.fromkeys(qids))
        found = {qid: answer for qid in qids
                 if (answer := self.cache.get("entity", qid, fresh=self.api is not None)) is not None}
        missing = [qid for qid in qids if qid not in found]
        for start in range(0, len(missing) if self.api else 0, _BATCH):
            data, url = self.api.get({"action": "wbgetentities", "ids": "|".join(missing[start:start + _BATCH]),
                                      "props": "labels|descriptions|aliases|claims", "languages": "en"})
            for qid, entity in data.get("entities", {}).items():
                found[qid] = self._keep("entity", qid, facts(entity), url)
        return found

    def _keep(self, kind: str, key: str, value: object, url: str) -> Answer:
        answer = Answer(value, url, datetime.now(timezone.utc).isoformat(timespec="seconds"))
        self.cache.put(kind, key, answer)
        self.asked += 1
        return answer


def facts(entity: dict) -> dict:
    """What a reviewer needs of an entity (English label, description, aliases, classes, years), not its JSON.

    >>> facts({"labels": {"en": {"value": "Ashraf Ghani"}}, "claims": {"P569": [{"rank": "normal",
    ...        "mainsnak": {"datavalue": {"value": {"time": "+1949-02-19T00:00:00Z"}}}}]}})["dates"]
    '1949–'
    """
    claims = entity.get("claims") or {}
    start = _year(claims, "P569") or _year(claims, "P571")  # born, or founded
    end = _year(claims, "P570") or _year(claims, "P576")  # died, or dissolved
    return {"label": _english(entity.get("labels")), "description": _english(entity.get("descriptions")),
            "aliases": [alias["value"] for alias in (entity.get("aliases") or {}).get("en", [])],
            "instance_of": [value["id"] for value in _values(claims, "P31") if isinstance(value, dict) and "id" in value],
            "dates": f"{start}–{end}" if start or end else "", "missing": "missing" in entity}


def _english(texts: dict | None) -> str:
    return ((texts or {}).get("en") or {}).get("value", "")


def _values(claims: dict, prop: str) -> list:
    """The values of a property's statements, the deprecated ones left out."""
    return [claim["mainsnak"]["datavalue"]["value"] for claim in claims.get(prop, [])
            if claim.get("rank") != "deprecated" and "datavalue" in claim.get("mainsnak", {})]


def _year(claims: dict, prop: str) -> str:
    for value in _values(claims, prop):
        match = re.match(r"([+-])0*([0-9]+)-", value.get("time", "")) if isinstance(value, dict) else None
        if match:
            return ("-" if match.group(1) == "-" else "") + match.group(2)
    return ""


# --- ranking ---------------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Candidate:
    qid: str
    label: str
    type: str  # the gazetteer type proposed (the reviewer may change it)
    description: str
    instance_of: str  # "human (Q5)"
    dates: str
    score: int
    reasons: tuple[str, ...]


def rank(actor: UnlinkedActor, hits: list[dict], entities: dict[str, Answer], gazetteer: Gazetteer) -> list[Candidate]:
    """The hits as candidates, best first: a full name match and a compatible type score; a type that
    contradicts the actor's kind costs more than any name match gains. Ties keep Wikidata's order."""
    candidates = []
    for hit in hits:
        known = entities.get(hit.get("id", ""))
        info = known.value if known else {}
        if _DISAMBIGUATION in info.get("instance_of", ()):
            continue
        classes = info.get("instance_of", [])
        named = ", ".join(f"{_label_of(entities, qid)} ({qid})" for qid in classes)
        name_score, name_reason = _name_reason(actor, hit)
        type_score, type_reason, proposed = _type_reason(actor.kind, classes, named, known is not None)
        reasons = [name_reason, type_reason]
        entry = gazetteer.by_qid.get(hit["id"])
        if entry:
            reasons.append(f"already in the gazetteer as {entry.label!r} (accepting adds {actor.label!r} as an alias)")
        candidates.append(Candidate(hit["id"], info.get("label") or hit.get("label", ""), entry.type if entry else proposed,
                                    info.get("description") or hit.get("description", ""), named,
                                    info.get("dates", ""), name_score + type_score + bool(entry), tuple(reasons)))
    return sorted(candidates, key=lambda candidate: -candidate.score)


def _label_of(entities: dict[str, Answer], qid: str) -> str:
    answer = entities.get(qid)
    return (answer.value.get("label") if answer else "") or "?"


def _name_reason(actor: UnlinkedActor, hit: dict) -> tuple[int, str]:
    """wbsearchentities matches prefixes too ("Ghani" finds "Ghani Khel"): only the whole name counts."""
    match = hit.get("match") or {}
    kind, text = match.get("type", ""), match.get("text", "")
    whole = name_key(text) == name_key(actor.label)
    if whole and kind == "label":
        return 3, "label match"
    if whole and kind == "alias":
        return 2, f"alias match ({text!r})"
    return 0, f"partial match: {kind or 'name'} {text!r}"


def _type_reason(kind: str, classes: list[str], named: str, looked_up: bool) -> tuple[int, str, str]:
    """Score, reason and proposed gazetteer type, from the classes CLASS_TYPES maps (the checked ones)."""
    types = [CLASS_TYPES[qid] for qid in classes if qid in CLASS_TYPES]
    fits = [kind_type for kind_type in types if kind_type in COMPATIBLE[kind]]
    default = COMPATIBLE[kind][0] if kind != "Place" else ""  # a place may be a city or a region: the reviewer says
    if fits:
        return 2, f"type compatible: {named} for {kind}", fits[0]
    if types:
        return -3, f"type mismatch: {named} is no {kind}", types[0]
    if not looked_up:
        return 0, "type not looked up", default
    return 0, f"type unchecked: instance of {named or 'nothing'}", default


# --- suggest: the store's unlinked actors -> a review file ----------------------------------------------------

@dataclass(frozen=True)
class Suggestion:
    actor: UnlinkedActor
    search: Answer | None  # None: not looked up (no cached answer, and no --online)
    candidates: list[Candidate]


@dataclass
class SuggestReport:
    suggestions: list[Suggestion]
    unlinked: int  # unlinked actors in the store (the review covers the first `top`)
    requests: int  # sent to the API in this run
    cache: Path
    host: str
    online: bool

    def describe(self) -> str:
        looked_up = [s for s in self.suggestions if s.search]
        with_candidates = [s for s in looked_up if s.candidates]
        asked = f"{self.requests} request(s) to {self.host}" if self.online else "no request (no --online)"
        return (f"{self.unlinked} unlinked actor(s), {len(self.suggestions)} reviewed: {len(with_candidates)} with "
                f"candidates ({sum(len(s.candidates) for s in with_candidates)} in all), "
                f"{len(looked_up) - len(with_candidates)} without, {len(self.suggestions) - len(looked_up)} not "
                f"looked up; {asked}")

    def offline_notice(self) -> str:
        missing = sum(1 for s in self.suggestions if s.search is None)
        return (f"no lookup was made: newskg goes online only with --online; the candidates are those of the cache "
                f"{self.cache}, and {missing} actor(s) have none there: `kg gazetteer suggest --online` asks {self.host}")


def suggest(unlinked: list[UnlinkedActor], config, online: bool, top: int) -> SuggestReport:
    """Candidates for the ``top`` first actors; from the cache alone unless ``online``. Raises OnlineError,
    saying what was kept, when the API cannot be asked: then no review is made, and the next run goes on
    from the cache."""
    if top < 1:
        raise KgError(f"--top {top}: review at least one actor")
    actors, gazetteer = unlinked[:top], load(config.gazetteer)
    api = Api(config) if online else None
    cache = Cache(Path(config.wikidata_cache), config.wikidata_cache_days, writable=online)
    lookup = Lookup(cache, api)
    try:
        searches = lookup.searches([actor.label for actor in actors])
        hits = [hit["id"] for answer in searches.values() for hit in answer.value if "id" in hit]
        entities = lookup.entities(hits)
        entities |= lookup.entities([qid for answer in entities.values() for qid in answer.value["instance_of"]])
    except OnlineError as e:
        raise OnlineError(f"{e.message}; the {lookup.asked} answer(s) got before are kept in the cache {cache.path}; "
                          f"no review file was written: run the same command again to go on from there") from e
    finally:
        cache.close()
    suggestions = [Suggestion(actor, searches.get(actor.label),
                              rank(actor, searches[actor.label].value, entities, gazetteer)
                              if actor.label in searches else [])
                   for actor in actors]
    return SuggestReport(suggestions, len(unlinked), api.requests if api else 0, cache.path, urlsplit(config.wikidata_api).netloc, online)


def write_review(report: SuggestReport, handle: TextIO) -> None:
    """The review file: one row per candidate (one per actor without any), ``accept`` left for the reviewer."""
    writer = csv.DictWriter(handle, REVIEW_COLUMNS, delimiter="\t", lineterminator="\n")
    writer.writeheader()
    for suggestion in report.suggestions:
        actor, search = suggestion.actor, suggestion.search
        base = {"accept": "", "actor": actor.label, "kind": actor.kind, "articles": actor.articles,
                "lookup": search.url if search else "", "looked_up": search.fetched[:10] if search else ""}
        if not suggestion.candidates:
            why = "no candidate found" if search else "not looked up: no cached answer (run with --online)"
            writer.writerow(base | {"reasons": why})
        for number, candidate in enumerate(suggestion.candidates, start=1):
            writer.writerow(base | {"rank": number, "score": candidate.score, "qid": candidate.qid,
                                    "label": candidate.label, "type": candidate.type,
                                    "description": candidate.description, "instance_of": candidate.instance_of,
                                    "dates": candidate.dates, "reasons": "; ".join(candidate.reasons)})


# --- accept: the reviewed rows -> the gazetteer -------------------------------------------------------------

def accept(path: Path, gazetteer_dir: Path) -> ImportSummary:
    """Merge the rows marked yes into gazetteer.tsv of ``gazetteer_dir`` (status ``accepted <file> <date>``,
    the lookup as evidence). A review file with a row that cannot be taken is refused whole, naming the line."""
    path = Path(path)
    tables = Tables.read(Path(gazetteer_dir))
    summary = ImportSummary(path.name)
    tables.add(read_review(path), f"accepted {path.name} {date.today().isoformat()}", summary)
    return summary


def read_review(path: Path) -> list[ResultRow]:
    """The accepted rows of a review file, as rows of a WDQS result; InputError (file:line) for a bad one."""
    if not path.is_file():
        raise InputError(f"{path}: no such review file (`kg gazetteer suggest --out FILE` writes one)")
    rows, accepted_for = [], {}
    for line, row in read_rows(path, REVIEW_COLUMNS):
        answer = row["accept"].casefold()
        if answer not in YES + NO:
            raise InputError(f"{path}:{line}: accept is {row['accept']!r}; write yes (or y, x) to accept, or leave it empty")
        if answer in NO:
            continue
        _check_accepted(path, line, row, accepted_for.setdefault(name_key(row["actor"]), line))
        aliases = (row["actor"],) if name_key(row["actor"]) != name_key(row["label"]) else ()
        evidence = (f"Wikidata API lookup {row['looked_up']} ({row['lookup']}): {row['reasons']}; "
                    f"accepted in {path.name}, line {line}")
        rows.append(ResultRow(line, row["qid"], row["label"], row["type"], aliases, None, "", evidence))
    return rows


def _check_accepted(path: Path, line: int, row: dict[str, str], first: int) -> None:
    where = f"{path}:{line}"
    if first != line:
        raise InputError(f"{where}: a second row accepted for {row['actor']!r} (the first is line {first}): "
                         "one actor, one Wikidata ID")
    if not is_qid(row["qid"]):
        raise InputError(f"{where}: accepted, but qid is not a Wikidata ID: {row['qid']!r}")
    if not row["label"]:
        raise InputError(f"{where}: accepted, but the label is empty")
    if row["type"] not in TYPES:
        raise InputError(f"{where}: accepted, but type {row['type']!r} is not a gazetteer type ({', '.join(TYPES)})")
    if not (row["lookup"] and row["looked_up"]):
        raise InputError(f"{where}: accepted, but no lookup names where {row['qid']} was found; add an ID found "
                         "elsewhere to gazetteer.tsv by hand, its source in the evidence column")
