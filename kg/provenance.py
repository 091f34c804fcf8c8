"""What an article's facts were extracted with: the software, the model, the gazetteer, the shapes.

An article's graph depends on more than its text: the extraction code, the spaCy model, the
gazetteer (a QID accepted today links a name that was unlinked yesterday), the shapes that decide
rejection, the confidence threshold and the base of the IRIs. A build that skipped an article only
because its text is unchanged would leave facts in the store that the current setup no longer
produces, next to articles built with it. So each stored article names the extraction that made it
(``<article> prov:wasGeneratedBy <…/id/extraction/FINGERPRINT>``, a ``prov:Activity`` labelled
with what it used), and ``kg build`` extracts again every article whose text *or* extraction
changed. The data card reports the same versions (:func:`software`, :func:`gazetteer_files`).
"""
from __future__ import annotations

import hashlib
import platform
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from . import __version__
from .config import DEFAULT_MODELS, Config
from .gazetteer import read_rows

LIBRARIES = ("rdflib", "pyoxigraph", "pyshacl", "spacy")
ROLES_FILE = "roles.tsv"
PACKAGE = Path(__file__).resolve().parent
DATA = PACKAGE / "data"
_PROV = "http://www.w3.org/ns/prov#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"


@dataclass(frozen=True)
class Extraction:
    """One setup of the extraction: its fingerprint, and what it used, in words."""

    fingerprint: str
    description: str

    def iri(self, base_iri: str) -> str:
        return f"{base_iri}id/extraction/{self.fingerprint}"

    def ntriples(self, base_iri: str, article_iri: str) -> str:
        """The triples stating that this extraction made the article's graph (written with the article)."""
        activity = self.iri(base_iri)
        label = self.description.replace("\\", "\\\\").replace('"', '\\"')
        return (f"<{article_iri}> <{_PROV}wasGeneratedBy> <{activity}> .\n"
                f"<{activity}> <{_RDF_TYPE}> <{_PROV}Activity> .\n"
                f'<{activity}> <{_RDFS_LABEL}> "{label}" .\n')


def extraction(config: Config) -> Extraction:
    """The current extraction setup, from files and package metadata (no model is loaded)."""
    model = installed_model(config.model)
    parts = {
        "newskg": __version__,
        "code": digest(code_files()),  # a changed rule changes the facts, before any version bump
        "model": f"{model['name']} {model['version']}" if model["name"] else "blank English",
        "gazetteer": digest(gazetteer_paths(Path(config.gazetteer)) + data_files()),
        "shapes": digest(sorted(Path(config.shapes).glob("*.ttl"))),
        "min_confidence": f"{config.min_confidence:g}",
        "base_iri": config.base_iri,
    }
    fingerprint = hashlib.sha256(repr(sorted(parts.items())).encode("utf-8")).hexdigest()[:16]
    description = (f"newskg {parts['newskg']} extraction (code {parts['code'][:12]}), spaCy model {parts['model']}, "
                   f"gazetteer {parts['gazetteer'][:12]}, shapes {parts['shapes'][:12]}, "
                   f"min_confidence {parts['min_confidence']}")
    return Extraction(fingerprint, description)


def code_files() -> list[Path]:
    """The package's Python files that can change a graph: all of them but the web app's."""
    return sorted(path for path in PACKAGE.rglob("*.py") if "web" not in path.relative_to(PACKAGE).parts)


def data_files() -> list[Path]:
    """The extractor's other data (countries, demonyms, name order); the gazetteer is the configured one."""
    return sorted(path for path in DATA.glob("*") if path.suffix in (".tsv", ".txt") and path.is_file()
                  and path.name not in ("gazetteer.tsv", ROLES_FILE))


def gazetteer_paths(path: Path) -> list[Path]:
    return [file for file in (path, path.with_name(ROLES_FILE)) if file.is_file()]


def software(config: Config) -> dict:
    return {"newskg": __version__, "python": platform.python_version(),
            **{name: installed(name) for name in LIBRARIES}, "model": installed_model(config.model)}


def installed(distribution: str) -> str | None:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return None


def installed_model(configured: str) -> dict:
    """The model the build loads (the configured one, else the first default installed), by package metadata."""
    if configured:
        return {"name": configured, "version": installed(configured)}  # None: a path, or not installed
    name = next((name for name in DEFAULT_MODELS if installed(name)), None)  # None: a blank English pipeline
    return {"name": name, "version": name and installed(name)}


def gazetteer_files(path: Path) -> dict:
    return {file.name: {"sha256": sha256(file), "rows": sum(1 for _ in read_rows(file))}
            for file in gazetteer_paths(path)}


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def digest(paths: list[Path]) -> str:
    """One sha256 over files (name and content), for a folder of shapes, gold or code files."""
    hashed = hashlib.sha256()
    for path in paths:
        hashed.update(f"{path.name}\n{sha256(path)}\n".encode("utf-8"))
    return hashed.hexdigest()
