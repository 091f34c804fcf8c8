"""Input files -> :class:`~kg.records.Article` records: plain text, HTML and JSON (Lines).

A batch must go on past a bad file, so :func:`read_articles` yields an :class:`InputError`
in place of an article it cannot read instead of raising it. A text's page layout (furniture,
headline, date, outlet, broken paragraphs) is read by :mod:`kg.page`; here, files, bytes, JSON
records and HTML become that text, and a page becomes an article record. Evidence sentences are
later located in ``Article.text`` by exact offsets.

What is refused, each with one line naming the file and the reason: files that are not
regular files (pipes, devices), over :data:`MAX_ARTICLE_BYTES` (by size, before reading), binary,
empty, not decodable (also JSON escaping half a surrogate pair), with a paragraph over
:data:`kg.page.MAX_PARAGRAPH_CHARS` (no news paragraph is that long, and the parser needs memory in
proportion), and articles not in English. The extractor reads
English only: run on another language it finds wrong names and facts, and a wrong fact is worse
than a missing article, so such an article is left out and named rather than stored without facts.
A URL given by a record or a page is kept only when it is an http(s) URL, with the characters an
IRI may not hold percent-encoded, since it becomes an IRI of the graph.

Identity: the URL when known; otherwise, reading a folder, the file's path relative to that
folder (so ``a/x.txt`` and ``b/x.txt`` differ), and reading one file, its plain name; an
article of a JSON Lines file adds ``#<id>`` or ``#<line number>``.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from hashlib import sha256
from pathlib import Path, PurePosixPath

import pyoxigraph as ox
import trafilatura

from kg.errors import InputError
from kg.page import read_page
from kg.timeexpr import absolute_date
from kg.records import Article

MAX_ARTICLE_BYTES = 5_000_000
READERS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".json": "json"}


# --- files and folders -----------------------------------------------------------------------

def read_articles(path: Path) -> Iterator[Article | InputError]:
    """Every article in a file or (recursively, sorted, hidden names skipped) a folder.

    A file named explicitly is read whatever its suffix (unknown ones as plain text); a
    folder contributes only files with a suffix in :data:`READERS`. A missing path raises.
    """
    path = Path(path)
    if path.is_dir():
        for found in _files_in(path, PurePosixPath(), set()):
            if isinstance(found, InputError):
                yield found
            else:
                yield from _read_file(*found)
    elif path.exists() or path.is_symlink():
        yield from _read_file(path, path.name)
    else:
        raise InputError(f"{path}: no such file or folder")


def _files_in(folder: Path, relative: PurePosixPath, seen: set) -> Iterator[tuple[Path, str] | InputError]:
    """(file, identity) pairs under ``folder``; ``seen`` folders are skipped, so symlink loops end."""
    try:
        status = folder.stat()
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda entry: entry.name)
    except OSError as error:
        yield InputError(f"{folder}: cannot list the folder ({error.strerror or error})")
        return
    if (status.st_dev, status.st_ino) in seen:
        return
    seen.add((status.st_dev, status.st_ino))
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_folder = entry.is_dir()
        except OSError:  # a symlink to itself: taken as a file, whose reading names the error
            is_folder = False
        if is_folder:
            yield from _files_in(folder / entry.name, relative / entry.name, seen)
        elif Path(entry.name).suffix.lower() in READERS:
            yield folder / entry.name, str(relative / entry.name)


def _read_file(path: Path, identity: str) -> Iterator[Article | InputError]:
    kind = READERS.get(path.suffix.lower(), "text")
    if kind == "jsonl":
        yield from _read_json_lines(path, identity)
        return
    try:
        raw = _read_bytes(path)
        if kind == "json":
            yield from _read_json(raw, path, identity)
            return
        text = decode(raw, str(path))
        if kind == "html" or _looks_like_html(text):
            article = read_html_article(text, str(path))
        else:
            article = read_text_article(text, str(path))
    except InputError as error:
        yield error
        return
    yield replace(article, identity=article.url or identity, source_file=str(path), checksum=_checksum(raw))


def _read_bytes(path: Path) -> bytes:
    """The file's bytes, refused by its size before any is read; never more than the limit is read."""
    try:
        _check_regular(path)
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise _too_large(str(path), size)
        with path.open("rb") as handle:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot read the file ({error.strerror or error})") from error
    if len(raw) > MAX_ARTICLE_BYTES:  # it grew since it was measured
        raise _too_large(str(path), len(raw))
    return raw


def _check_regular(path: Path) -> None:
    """Pipes and devices are refused before opening them: a pipe would block, /dev/zero never ends."""
    if not stat.S_ISREG(path.stat().st_mode):
        raise InputError(f"{path}: not a regular file (a pipe, device or socket)")


def _too_large(name: str, size: int) -> InputError:
    return InputError(f"{name}: {size:,} bytes, more than the {MAX_ARTICLE_BYTES:,} bytes one article may have")


def _checksum(raw: bytes) -> str:
    return sha256(raw).hexdigest()


def _looks_like_html(text: str) -> bool:
    return re.match(r"\s*<(?:!doctype\s+html|html)\b", text, re.IGNORECASE) is not None


# --- decoding --------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL_BYTES = bytes([*range(0x20), 0x7F]).translate(None, b"\t\n\r\f")
_NOT_CONTROL_BYTES = bytes(range(256)).translate(None, _CONTROL_BYTES)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
_BINARY_MAGIC = (b"\x89PNG", b"%PDF-", b"PK\x03\x04", b"\xff\xd8\xff", b"GIF8", b"\x7fELF", b"\x1f\x8b")


def decode(raw: bytes, name: str) -> str:
    """The text of an article file: UTF-8 or BOM-marked UTF-16/32, else cp1252 if it looks like text.

    UTF-8 with a few broken bytes stays UTF-8 (each broken byte becomes U+FFFD): read as cp1252,
    every other accented letter would be garbled instead.
    """
    if len(raw) > MAX_ARTICLE_BYTES:
        raise _too_large(name, len(raw))
    bom_codec = next((codec for bom, codec in _BOMS if raw.startswith(bom)), None)
    if bom_codec is not None:
        text = _decode_marked(raw, bom_codec, name)
    elif b"\x00" in raw or raw.startswith(_BINARY_MAGIC):
        raise InputError(f"{name}: binary file, not an article")
    else:
        text = _decode_unmarked(raw, name)
    if _mostly_unprintable(text):
        raise InputError(f"{name}: binary file, not an article")
    if not text.strip():
        raise InputError(f"{name}: empty article")
    return text


def _decode_marked(raw: bytes, codec: str, name: str) -> str:
    bom_length = next(len(bom) for bom, bom_codec in _BOMS if bom_codec == codec)
    try:
        return raw[bom_length:].decode(codec)
    except UnicodeDecodeError as error:
        message = f"{name}: starts with a {codec} byte-order mark but is not {codec} ({error.reason})"
        raise InputError(message) from error


def _decode_unmarked(raw: bytes, name: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass  # not UTF-8: a legacy single-byte encoding, or not text at all
    controls = len(raw.translate(None, _NOT_CONTROL_BYTES))
    if controls > 0.02 * len(raw):
        raise InputError(f"{name}: binary file, not an article")
    lenient = raw.decode("utf-8", errors="replace")
    if _mostly_utf_8(lenient):
        return lenient
    try:
        return raw.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return raw.decode("latin-1")


def _mostly_utf_8(text: str) -> bool:
    """More well-formed UTF-8 letters than broken bytes: cp1252 text seldom forms a valid UTF-8 sequence."""
    broken = text.count("\ufffd")
    return sum(char > "\x7f" for char in text) - broken > broken


def _mostly_unprintable(text: str) -> bool:
    return "\x00" in text or len(_CONTROL_CHARS.findall(text)) > 0.1 * max(len(text), 1)


# --- JSON and JSON Lines ---------------------------------------------------------------------

def _read_json_lines(path: Path, identity: str) -> Iterator[Article | InputError]:
    """One article per line; a broken line is reported as ``file:line`` and the rest still read."""
    try:
        _check_regular(path)
        handle = path.open("rb")
    except InputError as error:
        yield error
        return
    except OSError as error:
        yield InputError(f"{path}: cannot read the file ({error.strerror or error})")
        return
    with handle:
        head = handle.peek(8192)[:8192]
        if head.startswith(_BINARY_MAGIC) or b"\x00" in head:
            yield InputError(f"{path}: binary file, not an article")
            return
        for number, raw in _numbered_lines(handle):
            where = f"{path}:{number}"
            try:
                record = _json_record(raw, where)
                key = record.get("id") or number
                article = _article_from_record(record, where, f"{identity}#{key}")
            except InputError as error:
                yield error
                continue
            yield replace(article, source_file=str(path), checksum=_checksum(raw))


def _numbered_lines(handle) -> Iterator[tuple[int, bytes | None]]:
    """Non-blank lines without their line break; ``None`` for a line over the size limit (not kept in memory)."""
    number = 0
    while line := handle.readline(MAX_ARTICLE_BYTES + 1):
        number += 1
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):
                line = handle.readline(1 << 20)
            yield number, None
            continue
        line = line.rstrip(b"\r\n").removeprefix(codecs.BOM_UTF8 if number == 1 else b"")
        if line.strip():
            yield number, line


def _json_record(raw: bytes | None, where: str) -> dict:
    if raw is None:
        raise InputError(f"{where}: line longer than the {MAX_ARTICLE_BYTES:,} bytes one article may have")
    try:
        record = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as error:
        raise InputError(f"{where}: not UTF-8 ({error.reason} at byte {error.start})") from error
    except json.JSONDecodeError as error:
        raise InputError(f"{where}: invalid JSON ({error.msg}, column {error.colno})") from error
    if not isinstance(record, dict):
        raise InputError(f'{where}: expected a JSON object with a "text" field, got {type(record).__name__}')
    return record


def _read_json(raw: bytes, path: Path, identity: str) -> Iterator[Article | InputError]:
    """A ``.json`` file: one article object, or an array of them (each checksummed as canonical JSON)."""
    try:
        data = json.loads(decode(raw, str(path)))
    except json.JSONDecodeError as error:
        raise InputError(f"{path}:{error.lineno}: invalid JSON ({error.msg}, column {error.colno})") from error
    if isinstance(data, dict):
        article = _article_from_record(data, str(path), identity)
        yield replace(article, source_file=str(path), checksum=_checksum(raw))
        return
    if not isinstance(data, list):
        raise InputError(f'{path}: expected a JSON object with a "text" field, or an array of them')
    for number, record in enumerate(data, start=1):
        where = f"{path}[{number}]"
        try:
            if not isinstance(record, dict):
                raise InputError(f'{where}: expected a JSON object with a "text" field')
            article = _article_from_record(record, where, f"{identity}#{record.get('id') or number}")
        except InputError as error:
            yield error
            continue
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8")
        yield replace(article, source_file=str(path), checksum=_checksum(canonical))


def _article_from_record(record: dict, where: str, identity: str) -> Article:
    """An article from ``{"id", "url", "title", "date", "text"}``; an unreadable date or URL is left out, not fatal."""
    _check_unicode(record, where)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError(f'{where}: no "text" (the article body is required)')
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        raise _too_large(where, len(text.encode("utf-8")))
    url, title, when = (_string_field(record, key) for key in ("url", "title", "date"))
    article = _article_from_text(text, where, title=title)
    published = _record_date(when) or article.published
    url = web_url(url)
    return replace(article, identity=url or identity, url=url, published=published)


def _check_unicode(record: dict, where: str) -> None:
    """JSON may escape half a surrogate pair ("\\ud800"): valid JSON, but no text, and it cannot be written out."""
    try:
        json.dumps(record, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as error:
        bad = error.object[error.start:error.end].encode("unicode_escape").decode()
        raise InputError(f"{where}: invalid Unicode (a lone surrogate {bad})") from error


_IRI_FORBIDDEN = re.compile(r'[\x00-\x20"<>\\^`{|}\x7f-\x9f]')


def web_url(value: str | None) -> str | None:
    r"""An http(s) URL fit to be an IRI, the characters an IRI may not hold percent-encoded; else None.

    What is still no IRI then (a bad host, a bad escape, a private-use character) is left out too,
    judged by the store's own parser.

    >>> web_url('https://example.org/a b"c'), web_url("javascript:alert(1)"), web_url("https://[::1/x")
    ('https://example.org/a%20b%22c', None, None)
    """
    if value is None or not re.match(r"https?://[^\s/?#]", value, re.IGNORECASE):
        return None
    iri = _IRI_FORBIDDEN.sub(lambda match: "".join(f"%{byte:02X}" for byte in match.group().encode()), value)
    try:
        ox.NamedNode(iri)
    except ValueError:
        return None
    return iri


def _string_field(record: dict, key: str) -> str | None:
    value = record.get(key)
    return (value.strip() or None) if isinstance(value, str) else None


def _record_date(value: str | None) -> date | None:
    if value is None:
        return None
    iso = re.match(r"\d{4}-\d{2}-\d{2}", value)
    try:
        return date.fromisoformat(iso.group()) if iso else absolute_date(value)
    except ValueError:
        return None


# --- HTML ------------------------------------------------------------------------------------

def read_html_article(html: str, name: str, url: str | None = None) -> Article:
    """The main text and metadata of a web page, by trafilatura; never fetches anything."""
    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True, include_comments=False, include_images=False
    )
    if document is None or not (document.text or "").strip():
        raise InputError(f"{name}: no article text found in the HTML")
    paragraphs = "\n\n".join(document.text.splitlines())  # trafilatura puts one paragraph on a line
    article = _article_from_text(paragraphs, name, title=document.title)
    page_url = web_url(url or document.url)
    return replace(
        article,
        identity=page_url or name,
        url=page_url,
        published=_record_date(document.date) or article.published,
        outlet=document.sitename or article.outlet,
        checksum=_checksum(html.encode("utf-8")),
    )


# --- plain text ------------------------------------------------------------------------------

def read_text_article(text: str, name: str) -> Article:
    """An article from plain text like a copied web page: headline, date, outlet and a clean body."""
    return _article_from_text(text, name)


def _article_from_text(text: str, name: str, title: str | None = None) -> Article:
    """The shared reading of a body (:func:`kg.page.read_page`); with ``title`` known, the headline is not
    looked for, only removed."""
    page = read_page(text, name, title)
    return Article(identity=name, text=page.body, title=page.title, published=page.published, outlet=page.outlet,
                   checksum=_checksum(text.encode("utf-8")), language=page.language)
