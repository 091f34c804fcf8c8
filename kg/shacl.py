"""SHACL Core validation compiled once from the shapes, for the build's hot path.

pyshacl (:mod:`kg.validate`) is the reference, but it costs more than parsing the article with
spaCy: it re-reads the shapes and re-parses every SPARQL constraint on each call, and walks the
data through rdflib's generic triple store. A build validates every article against the same
shapes, so this module compiles ``shapes/`` once into plain checks over a dictionary index of
the article graph, and runs SPARQL-based constraints with Oxigraph.

The semantics are pyshacl's, component by component, for the part of SHACL the shapes use:
targets by class (``sh:targetClass``), property shapes with a predicate path, ``sh:class``,
``sh:datatype``, ``sh:nodeKind``, ``sh:pattern``, ``sh:in``, ``sh:minCount``/``sh:maxCount``,
``sh:minInclusive``/``sh:maxInclusive``, ``sh:lessThan``/``sh:lessThanOrEquals``, ``sh:or``,
``sh:xone`` and ``sh:sparql`` SELECT constraints. Shapes using anything else make :func:`compile_shapes`
raise :class:`Unsupported`, and the build falls back to pyshacl. tests/test_build_validation.py
checks that both give the same report on the seeds and on every broken graph of tests/test_shapes.py.
"""
from __future__ import annotations

import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from datetime import date, datetime, time

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from .validate import Report, Violation

log = logging.getLogger(__name__)
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")  # a plain Namespace: rdflib's closed XSD warns when probed
_SH = str(SH)
# Predicates of the sh: namespace that this module understands on a shape; any other one is Unsupported.
_UNDERSTOOD = {SH[name] for name in (
    "targetClass", "property", "path", "message", "severity", "name", "description", "order", "group",
    "class", "datatype", "nodeKind", "pattern", "flags", "in", "minCount", "maxCount", "minInclusive",
    "maxInclusive", "lessThan", "lessThanOrEquals", "or", "xone", "sparql", "declare", "prefixes",
)}
_SPARQL_UNDERSTOOD = {SH.select, SH.message, SH.prefixes, SH.deactivated, RDF.type}


class Unsupported(ValueError):
    """The shapes use a SHACL feature this module does not implement (pyshacl must validate)."""


@dataclass
class Index:
    """The article graph as dictionaries: subject -> predicate -> objects, and class -> instances."""

    graph: Graph
    ntriples: str | None = None
    outgoing: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    instances: dict = field(default_factory=lambda: defaultdict(list))
    superclasses: dict = field(default_factory=lambda: defaultdict(set))
    _classes: dict = field(default_factory=dict)
    _oxigraph: ox.Store | None = None

    @classmethod
    def of(cls, graph: Graph, ntriples: str | None = None) -> Index:
        index = cls(graph, ntriples)
        outgoing, instances, superclasses = index.outgoing, index.instances, index.superclasses
        special = {RDF.type: 1, RDFS.subClassOf: 2}  # a dict lookup, not rdflib's slow Python __eq__
        for subject, predicate, obj in graph:  # a Graph is a set: no duplicate values
            outgoing[subject][predicate].append(obj)
            kind = special.get(predicate)
            if kind == 1:
                instances[obj].append(subject)
            elif kind == 2:
                superclasses[subject].add(obj)
        return index

    def values(self, node, predicate) -> list:
        by_predicate = self.outgoing.get(node)
        return by_predicate.get(predicate, []) if by_predicate else []

    def classes_of(self, node) -> set:
        """rdf:type of a node, closed over rdfs:subClassOf in the data graph (SHACL instance semantics)."""
        if node in self._classes:
            return self._classes[node]
        found, todo = set(), list(self.values(node, RDF.type))
        while todo:
            class_ = todo.pop()
            if class_ not in found:
                found.add(class_)
                todo.extend(self.superclasses.get(class_, ()))
        self._classes[node] = found
        return found

    def focus_nodes(self, classes: Iterable) -> list:
        subclasses = defaultdict(set)
        for sub, supers in self.superclasses.items():
            for sup in supers:
                subclasses[sup].add(sub)
        seen, nodes, todo, done = set(), [], list(classes), set()
        while todo:
            class_ = todo.pop(0)
            if class_ in done:
                continue
            done.add(class_)
            todo.extend(subclasses.get(class_, ()))
            for node in self.instances.get(class_, ()):
                if node not in seen:
                    seen.add(node)
                    nodes.append(node)
        return nodes

    @property
    def oxigraph(self) -> ox.Store:
        """The graph in an in-memory Oxigraph store, made on first use (for SPARQL constraints)."""
        if self._oxigraph is None:
            self._oxigraph = ox.Store()
            data = self.ntriples if self.ntriples is not None else self.graph.serialize(format="nt")
            self._oxigraph.load(data.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
        return self._oxigraph


# A check gets the index, the focus node and its value nodes; it returns the failing values
# (None for a result without sh:value, e.g. minCount), one per validation result.
Check = Callable[[Index, object, list], list]


@dataclass
class Shape:
    node: object
    path: URIRef | None
    message: str | None
    severity: str
    targets: list = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    sparql: list[tuple[str, str | None]] = field(default_factory=list)  # (query, message)

    def validate(self, index: Index, focus, out: list[Violation]) -> None:
        values = [focus] if self.path is None else index.values(focus, self.path)
        path = None if self.path is None else str(self.path)
        for check in self.checks:
            for value in check(index, focus, values):
                out.append(Violation(str(focus), path, self.message or "constraint not met", self.severity,
                                     None if value is None else str(value)))
        for query, message in self.sparql:
            for row_focus, value, row_path in _run_sparql(index, query, focus):
                out.append(Violation(str(row_focus), row_path or path, message or self.message or "constraint not met",
                                     self.severity, None if value is None else str(value)))
        for prop in self.properties:
            prop.validate(index, focus, out)

    def conforms(self, index: Index, focus) -> bool:
        found: list[Violation] = []
        self.validate(index, focus, found)
        return not found


class CompiledShapes:
    """Shapes compiled once; :meth:`validate` returns the same :class:`~kg.validate.Report` as pyshacl."""

    def __init__(self, shapes: Graph):
        self.shapes = shapes
        self._compiled: dict = {}
        self.roots = [self._shape(node) for node in _root_shapes(shapes)]

    def validate(self, graph: Graph, ntriples: str | None = None) -> Report:
        """The report of ``graph``; ``ntriples``, its serialisation when the caller has it, spares one
        for the SPARQL constraints."""
        index = Index.of(graph, ntriples)
        violations: list[Violation] = []
        for shape in self.roots:
            for focus in index.focus_nodes(shape.targets):
                shape.validate(index, focus, violations)
        conforms = not any(v.severity == "Violation" for v in violations)
        return Report(conforms, sorted(violations, key=lambda v: (v.focus, v.message)))

    # --- compiling ----------------------------------------------------------------------------

    def _shape(self, node) -> Shape:
        if node in self._compiled:
            return self._compiled[node]
        g = self.shapes
        unknown = {p for p in g.predicates(node) if str(p).startswith(_SH) and p not in _UNDERSTOOD}
        if unknown or (node, RDF.type, RDFS.Class) in g or (node, RDF.type, OWL.Class) in g:
            raise Unsupported(f"shape {node}: {sorted(map(str, unknown)) or 'implicit class target'}")
        path = g.value(node, SH.path)
        if path is not None and not isinstance(path, URIRef):
            raise Unsupported(f"shape {node}: only predicate paths are supported")
        messages = list(g.objects(node, SH.message))
        if len(messages) > 1 or any("{" in str(message) for message in messages):
            raise Unsupported(f"shape {node}: several or templated messages")
        severity = g.value(node, SH.severity)
        shape = Shape(node, path, str(messages[0]) if messages else None,
                      str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                      targets=list(g.objects(node, SH.targetClass)))
        self._compiled[node] = shape  # before the parts: shapes may refer to each other
        shape.checks = self._checks(node)
        shape.properties = [self._shape(prop) for prop in g.objects(node, SH.property)]
        shape.sparql = [self._sparql(constraint) for constraint in g.objects(node, SH.sparql)]
        return shape

    def _checks(self, node) -> list[Check]:
        g, checks = self.shapes, []
        for count in g.objects(node, SH.minCount):
            checks.append(_min_count(int(count)))
        for count in g.objects(node, SH.maxCount):
            checks.append(_max_count(int(count)))
        for class_ in g.objects(node, SH["class"]):
            checks.append(_class(class_))
        for datatype in g.objects(node, SH.datatype):
            checks.append(_datatype(datatype))
        for kind in g.objects(node, SH.nodeKind):
            checks.append(_node_kind(kind))
        for pattern in g.objects(node, SH.pattern):
            checks.append(_pattern(str(pattern), g.value(node, SH.flags)))
        for members in g.objects(node, SH["in"]):
            checks.append(_in(list(Collection(g, members))))
        for bound in g.objects(node, SH.minInclusive):
            checks.append(_range(bound, lambda order: order >= 0))
        for bound in g.objects(node, SH.maxInclusive):
            checks.append(_range(bound, lambda order: order <= 0))
        for other in g.objects(node, SH.lessThan):
            checks.append(_pair(other, lambda a, b: a < b))
        for other in g.objects(node, SH.lessThanOrEquals):
            checks.append(_pair(other, lambda a, b: a <= b))
        for members in g.objects(node, SH["or"]):
            checks.append(_logical([self._shape(m) for m in Collection(g, members)], lambda n: n >= 1))
        for members in g.objects(node, SH.xone):
            checks.append(_logical([self._shape(m) for m in Collection(g, members)], lambda n: n == 1))
        return checks

    def _sparql(self, constraint) -> tuple[str, str | None]:
        g = self.shapes
        unknown = set(g.predicates(constraint)) - _SPARQL_UNDERSTOOD
        if unknown or g.value(constraint, SH.deactivated) is not None:
            raise Unsupported(f"SPARQL constraint {constraint}: {sorted(map(str, unknown))}")
        select = str(g.value(constraint, SH.select))
        prefixes = "".join(
            f"PREFIX {g.value(declaration, SH.prefix)}: <{g.value(declaration, SH.namespace)}>\n"
            for source in g.objects(constraint, SH.prefixes) for declaration in g.objects(source, SH.declare)
        )
        if "{" not in select or "$this" not in select:
            raise Unsupported(f"SPARQL constraint {constraint}: a SELECT with $this is expected")
        message = g.value(constraint, SH.message)
        if message is not None and "{" in str(message):
            raise Unsupported(f"SPARQL constraint {constraint}: templated message")
        return prefixes + select, None if message is None else str(message)


def _root_shapes(shapes: Graph) -> list:
    """Shapes with a target, in a stable order; shapes without one run only through their parents."""
    roots = set(shapes.subjects(SH.targetClass))
    for unsupported in (SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf, SH.target, SH.deactivated,
                        SH["and"], SH["not"], SH.node, SH.qualifiedValueShape, SH.closed, SH.hasValue,
                        SH.equals, SH.disjoint, SH.uniqueLang, SH.minLength, SH.maxLength, SH.languageIn,
                        SH.minExclusive, SH.maxExclusive):
        if next(shapes.subject_objects(unsupported), None) is not None:
            raise Unsupported(f"the shapes use {unsupported}")
    return sorted(roots, key=str)


# --- SPARQL constraints ----------------------------------------------------------------------------

def _run_sparql(index: Index, query: str, focus) -> list[tuple]:
    """(this, value, path) for each solution, with $this pre-bound to the focus node (SHACL 5.3.1)."""
    opening = query.index("{", query.upper().index("WHERE") if "WHERE" in query.upper() else 0)
    bound = f"{query[:opening + 1]} VALUES $this {{ {focus.n3()} }} {query[opening + 1:]}"
    rows = []
    for solution in index.oxigraph.query(bound):
        this, value, path = solution["this"], solution["value"], solution["path"]
        rows.append((_from_ox(this) if this is not None else focus,
                     _from_ox(value) if value is not None else None,
                     path.value if path is not None else None))
    return rows


def _from_ox(term):
    from .store import rdflib_term
    return rdflib_term(term)


# --- constraint components, as pyshacl evaluates them -------------------------------------------

def _min_count(count: int) -> Check:
    return lambda index, focus, values: [None] if len(values) < count else []


def _max_count(count: int) -> Check:
    return lambda index, focus, values: [None] if len(values) > count else []


def _class(class_) -> Check:
    def check(index, focus, values):
        return [v for v in values if isinstance(v, Literal) or class_ not in index.classes_of(v)]
    return check


_PYTHON_TYPES = {XSD.string: (str, bytes), RDF.langString: (str, bytes), XSD.integer: int, XSD.float: float,
                 XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date, XSD.time: time, XSD.dateTime: datetime}


def _datatype(datatype) -> Check:
    def matches(v) -> bool:
        if not isinstance(v, Literal):
            return False
        if v.datatype == datatype:
            return getattr(v, "ill_typed", None) is not True and _python_type_ok(v, datatype)
        if datatype == RDFS.Literal:
            return True
        if datatype == RDFS.Datatype and v.datatype:
            return True
        if v.datatype is None and v.language is None and datatype == XSD.string:
            return _python_type_ok(v, datatype)
        if datatype == RDF.langString and v.language:
            return _python_type_ok(v, datatype)
        return False

    return lambda index, focus, values: [v for v in values if not matches(v)]


def _python_type_ok(v: Literal, datatype) -> bool:
    expected = _PYTHON_TYPES.get(datatype)
    return expected is None or isinstance(v.value, expected)


_KINDS = {
    SH.IRI: (URIRef,), SH.BlankNode: (BNode,), SH.Literal: (Literal,), SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal), SH.IRIOrLiteral: (URIRef, Literal),
}


def _node_kind(kind) -> Check:
    if kind not in _KINDS:
        raise Unsupported(f"sh:nodeKind {kind}")
    kinds = _KINDS[kind]
    return lambda index, focus, values: [v for v in values if not isinstance(v, kinds)]


def _pattern(pattern: str, flags) -> Check:
    re_flags = 0
    if flags is not None:
        text = str(flags).lower()
        re_flags |= re.I if "i" in text else 0
        re_flags |= re.M if "m" in text else 0
    compiled = re.compile(pattern, re_flags)

    def as_string(v) -> str:
        if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
            return str(v.value)
        return str(v)

    return lambda index, focus, values: [v for v in values
                                         if isinstance(v, BNode) or not compiled.search(as_string(v))]


def _in(members: list) -> Check:
    return lambda index, focus, values: [v for v in values if v not in members]


def _range(bound: Literal, accept: Callable[[int], bool]) -> Check:
    from pyshacl.rdfutil.compare import compare_literal
    bound_is_string = isinstance(bound.value, str)

    def ok(v) -> bool:
        if not isinstance(v, Literal) or isinstance(v.value, str) != bound_is_string:
            return False
        try:
            return accept(compare_literal(v, bound))
        except (TypeError, NotImplementedError):
            return False

    return lambda index, focus, values: [v for v in values if not ok(v)]


def _pair(other, compare: Callable) -> Check:
    def plain(v):
        if isinstance(v, BNode):
            raise Unsupported("sh:lessThan cannot compare a blank node")
        if isinstance(v, URIRef):
            return str(v), True
        if isinstance(v, Literal) and isinstance(v.value, str):
            return v.value, True
        return v, False

    def check(index, focus, values):
        failing = []
        for value in values:
            left, left_is_string = plain(value)
            for compared in index.values(focus, other):
                right, right_is_string = plain(compared)
                try:
                    ok = left_is_string == right_is_string and compare(left, right)
                except TypeError:
                    ok = False
                if not ok:
                    failing.append(value)
        return failing

    return check


def _logical(shapes: list[Shape], accept: Callable[[int], bool]) -> Check:
    def check(index, focus, values):
        return [v for v in values if not accept(sum(shape.conforms(index, v) for shape in shapes))]
    return check


def compile_shapes(shapes: Graph) -> CompiledShapes | None:
    """The compiled shapes, or None (with a warning) when they use a feature only pyshacl knows."""
    try:
        return CompiledShapes(shapes)
    except Unsupported as e:
        log.warning("KG120 validating with pyshacl (slower): %s", e)
        return None
