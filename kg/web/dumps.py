"""``/dumps/``: the whole graph as files, in every format and gzipped, with ETag and Last-Modified.

Each file is written once per store state into a cache folder by :mod:`kg.export` (the same code,
hence the same bytes, as ``kg export``) and then streamed from disk: the server never holds a dump
in memory, and a client that already has the file gets a 304 without it being written at all.
File names are looked up in a fixed table, never joined onto a path as given, so a request such
as ``/dumps/../../etc/passwd`` can only be a 404.
"""
from __future__ import annotations

import json
import shutil
import tempfile
import threading
import weakref
from pathlib import Path

from flask import Blueprint, Response, render_template, request, send_file, url_for
from werkzeug.http import is_resource_modified

from kg.errors import NotFound
from kg.export import JSONLD_CONTEXT_IRI, DumpFormat, dump_files, write_file
from kg.store import Store

from . import current_context
from .conneg import wants_html
from .state import StoreState

bp = Blueprint("dumps", __name__)
DUMP_FILES = dump_files()


class DumpCache:
    """A private temporary folder of dump files, named by store state; removed with the app (or at exit)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._file_locks: dict[str, threading.Lock] = {}
        self._folder: Path | None = None

    def path(self, store: Store, state: StoreState, name: str) -> Path:
        """The file ``name`` for ``state``, written now if it is not there yet (once, whoever asks)."""
        fmt, compressed = DUMP_FILES[name]
        path = self._ensure_folder() / f"{state.digest[:24]}-{name}"
        with self._lock:
            file_lock = self._file_locks.setdefault(name, threading.Lock())
        with file_lock:
            if not path.exists():
                self._drop_other_states(name, path)
                write_file(store, fmt.key, path, compressed)
        return path

    def _ensure_folder(self) -> Path:
        with self._lock:
            if self._folder is None:
                self._folder = Path(tempfile.mkdtemp(prefix="kg-dumps-"))
                weakref.finalize(self, shutil.rmtree, self._folder, ignore_errors=True)
            return self._folder

    def _drop_other_states(self, name: str, keep: Path) -> None:
        for old in keep.parent.glob(f"*-{name}"):
            if old != keep:
                old.unlink(missing_ok=True)


def describe_dumps(state: StoreState) -> list[dict]:
    """The listing's data, computed once and rendered as JSON or HTML."""
    return [
        {
            "name": name,
            "url": url_for("dumps.dump_file", name=name, _external=True),
            "format": fmt.label,
            "media_type": "application/gzip" if compressed else fmt.media_type,
            "content_media_type": fmt.media_type,
            "compressed": compressed,
            "graphs": "one named graph per article" if fmt.per_article else "the union of the article graphs",
            "etag": f'"{state.etag(name)}"',
        }
        for name, (fmt, compressed) in DUMP_FILES.items()
    ]


@bp.get("/dumps/")
def listing() -> Response:
    context = current_context()
    state = context.cache.state(context.store)
    data = {
        "articles": state.articles,
        "quads": state.quads,
        "last_modified": state.modified.isoformat(),
        "jsonld_context": JSONLD_CONTEXT_IRI,
        "void": url_for("void.well_known", _external=True),
        "dumps": describe_dumps(state),
    }
    if wants_html():
        return Response(render_template("dumps.html", **data), content_type="text/html; charset=utf-8")
    return Response(_json(data), content_type="application/json")


def _json(data: dict) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


@bp.get("/dumps/<name>")
def dump_file(name: str) -> Response:
    if name not in DUMP_FILES:
        raise NotFound(f"no dump named {name!r}; the dumps are listed at /dumps/")
    context = current_context()
    state = context.cache.state(context.store)
    fmt, compressed = DUMP_FILES[name]
    etag = state.etag(name)
    if not is_resource_modified(request.environ, etag=etag, last_modified=state.modified):
        return _not_modified(etag, state)
    path = context.dumps.path(context.store, state, name)
    response = send_file(
        path, mimetype=_media_type(fmt, compressed), conditional=True, etag=etag,
        last_modified=state.modified, download_name=name, max_age=0,
    )
    response.headers["Cache-Control"] = "public, no-cache"
    if fmt.key == "jsonld":
        response.headers["Link"] = f'<{JSONLD_CONTEXT_IRI}>; rel="http://www.w3.org/ns/json-ld#context"'
    return response


def _media_type(fmt: DumpFormat, compressed: bool) -> str:
    """A .gz file is sent as what it is (no Content-Encoding), so clients save it compressed."""
    return "application/gzip" if compressed else fmt.media_type  # Flask adds the charset to text/*


def _not_modified(etag: str, state: StoreState) -> Response:
    response = Response(status=304)
    response.set_etag(etag)
    response.last_modified = state.modified
    response.headers["Cache-Control"] = "public, no-cache"
    return response
