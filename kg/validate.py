"""SHACL validation: a graph and the shapes in ``shapes/`` -> a report (data, not an exit code).

The CLI turns a report into plain words and an exit status; the build uses it to keep a
nonconforming article out of the store.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyshacl
from rdflib import Graph
from rdflib.namespace import SH


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str | None
    message: str
    severity: str
    value: str | None = None

    def order(self) -> tuple:
        """Reports list violations by focus node and message, ties in a fixed order whatever the graph's."""
        return self.focus, self.message, self.path or "", self.value or ""

    def describe(self) -> str:
        where = f" ({self.path.rsplit('#', 1)[-1].rsplit('/', 1)[-1]})" if self.path else ""
        value = f"; value: {self.value[:80]}" if self.value else ""
        return f"{self.severity}: node <{self.focus}>{where}: {self.message}{value}"


@dataclass
class Report:
    conforms: bool
    violations: list[Violation] = field(default_factory=list)

    def describe(self, subject: str = "the graph") -> str:
        if self.conforms:
            return f"{subject}: conforms to the shapes"
        lines = [f"{subject}: {len(self.violations)} violation(s) of the shapes"]
        lines += [f"  - {v.describe()}" for v in self.violations]
        return "\n".join(lines)


@lru_cache(maxsize=4)
def load_shapes(folder: str) -> Graph:
    shapes = Graph()
    for path in sorted(Path(folder).glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def validate(graph: Graph, shapes: Graph) -> Report:
    conforms, results, _ = pyshacl.validate(graph, shacl_graph=shapes, inference="none", allow_warnings=True)
    violations = []
    for result in results.subjects(predicate=SH.resultSeverity):
        value = results.value(result, SH.value)
        path = results.value(result, SH.resultPath)
        violations.append(Violation(
            focus=str(results.value(result, SH.focusNode)),
            path=str(path) if path is not None else None,
            message=str(results.value(result, SH.resultMessage) or "constraint not met"),
            severity=str(results.value(result, SH.resultSeverity)).rsplit("#", 1)[-1],
            value=str(value) if value is not None else None,
        ))
    return Report(bool(conforms), sorted(violations, key=Violation.order))
