"""SHACL Core validation compiled once from the shapes, for the build's hot path.

pyshacl (:mod:`kg.validate`) is the reference, but it costs more than parsing the article with
spaCy: it re-reads the shapes and re-parses every SPARQL constraint on each call, and walks the
data through rdflib's generic triple store. A build validates every article against the same
shapes, so this module compiles ``shapes/`` once into plain checks over a dictionary index of
the article graph's triples (pyoxigraph terms, as :func:`kg.graph.to_triples` makes them: no
rdflib Graph on the build's hot path), and runs SPARQL-based constraints with Oxigraph. Where a
check needs a literal's value, canonical lexical forms are read directly and any other is read
by rdflib, as pyshacl reads it.

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
from functools import lru_cache

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from .store import rdflib_term
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
_TYPE, _SUBCLASS = ox.NamedNode(str(RDF.type)), ox.NamedNode(str(RDFS.subClassOf))
_STRING, _LANG_STRING = ox.NamedNode(str(XSD.string)), ox.NamedNode(str(RDF.langString))


class Unsupported(ValueError):
    """The shapes use a SHACL feature this module does not implement (pyshacl must validate)."""


@dataclass
class Index:
    """The article graph as dictionaries: subject -> predicate -> objects, and class -> instances.
    Terms are pyoxigraph's."""

    triples: list
    ntriples: str | None = None
    outgoing: dict = field(default_factory=lambda: defaultdict(lambda: defaultdict(list)))
    instances: dict = field(default_factory=lambda: defaultdict(list))
    superclasses: dict = field(default_factory=lambda: defaultdict(set))
    _classes: dict = field(default_factory=dict)
    _oxigraph: ox.Store | None = None

    @classmethod
    def of(cls, triples: list, ntriples: str | None = None) -> Index:
        """``triples``: (subject, predicate, object), each once (a graph is a set)."""
        index = cls(triples, ntriples)
        outgoing, instances, superclasses = index.outgoing, index.instances, index.superclasses
        for subject, predicate, obj in triples:
            outgoing[subject][predicate].append(obj)
            if predicate == _TYPE:
                instances[obj].append(subject)
            elif predicate == _SUBCLASS:
                superclasses[subject].add(obj)
        return index

    def values(self, node, predicate) -> list:
        by_predicate = self.outgoing.get(node)
        return by_predicate.get(predicate, []) if by_predicate else []

    def classes_of(self, node) -> set:
        """rdf:type of a node, closed over rdfs:subClassOf in the data graph (SHACL instance semantics)."""
        if node in self._classes:
            return self._classes[node]
        found, todo = set(), list(self.values(node, _TYPE))
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
            if self.ntriples is not None:
                self._oxigraph.load(self.ntriples.encode("utf-8"), ox.RdfFormat.N_TRIPLES)
            else:
                self._oxigraph.extend(ox.Quad(*triple) for triple in self.triples)
        return self._oxigraph


# A check gets the index, the focus node and its value nodes; it returns the failing values
# (None for a result without sh:value, e.g. minCount), one per validation result.
Check = Callable[[Index, object, list], list]


@dataclass
class Shape:
    node: object
    path: ox.NamedNode | None
    message: str | None
    severity: str
    targets: list = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    properties: list[Shape] = field(default_factory=list)
    sparql: list[tuple[str, str | None]] = field(default_factory=list)  # (query, message)
    checks_of_none: list[Check] = field(default_factory=list)  # those that can fail on a node without values

    def validate(self, index: Index, focus, out: list[Violation], sparql: bool = True) -> None:
        """The results for one focus node; ``sparql=False`` leaves out this shape's own SPARQL
        constraints, which :meth:`validate_sparql` then runs for all focus nodes at once."""
        values = [focus] if self.path is None else index.values(focus, self.path)
        path = None if self.path is None else self.path.value
        for check in self.checks if values else self.checks_of_none:  # most properties are absent on most nodes
            for value in check(index, focus, values):
                out.append(Violation(focus.value, path, self.message or "constraint not met", self.severity,
                                     None if value is None else value.value))
        if sparql and self.sparql:
            self.validate_sparql(index, [focus], out)
        for prop in self.properties:
            prop.validate(index, focus, out)

    def validate_sparql(self, index: Index, foci: list, out: list[Violation]) -> None:
        """This shape's SPARQL constraints for ``foci``: one query each when the query allows it
        (:func:`_batchable`), the same rows as one query per focus node."""
        path = None if self.path is None else self.path.value
        for query, message in self.sparql:
            groups = [foci] if _batchable(query) else [[focus] for focus in foci]
            for group in filter(None, groups):
                for row_focus, value, row_path in _run_sparql(index, query, group):
                    out.append(Violation(row_focus.value, row_path or path,
                                         message or self.message or "constraint not met",
                                         self.severity, None if value is None else value.value))

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
        """The report of an rdflib graph; ``ntriples``, its serialisation when the caller has it, spares
        one for the SPARQL constraints."""
        return self.validate_triples([tuple(map(ox_term, triple)) for triple in graph], ntriples)

    def validate_triples(self, triples: list, ntriples: str | None = None) -> Report:
        """The report of a graph given as its distinct triples of pyoxigraph terms (the build's path)."""
        index = Index.of(triples, ntriples)
        violations: list[Violation] = []
        for shape in self.roots:
            foci = index.focus_nodes(shape.targets)
            for focus in foci:
                shape.validate(index, focus, violations, sparql=False)
            shape.validate_sparql(index, foci, violations)
        conforms = not any(v.severity == "Violation" for v in violations)
        return Report(conforms, sorted(violations, key=Violation.order))

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
        shape = Shape(node, None if path is None else ox_term(path), str(messages[0]) if messages else None,
                      str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
                      targets=[ox_term(target) for target in g.objects(node, SH.targetClass)])
        self._compiled[node] = shape  # before the parts: shapes may refer to each other
        shape.checks = self._checks(node)
        shape.checks_of_none = [check for check in shape.checks if getattr(check, "fails_without_values", False)]
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
            checks.append(_class(ox_term(class_)))
        for datatype in g.objects(node, SH.datatype):
            checks.append(_datatype(ox_term(datatype)))
        for kind in g.objects(node, SH.nodeKind):
            checks.append(_node_kind(kind))
        for pattern in g.objects(node, SH.pattern):
            checks.append(_pattern(str(pattern), g.value(node, SH.flags)))
        for members in g.objects(node, SH["in"]):
            checks.append(_in([ox_term(member) for member in Collection(g, members)]))
        for bound in g.objects(node, SH.minInclusive):
            checks.append(_range(bound, lambda order: order >= 0))
        for bound in g.objects(node, SH.maxInclusive):
            checks.append(_range(bound, lambda order: order <= 0))
        for other in g.objects(node, SH.lessThan):
            checks.append(_pair(ox_term(other), lambda a, b: a < b))
        for other in g.objects(node, SH.lessThanOrEquals):
            checks.append(_pair(ox_term(other), lambda a, b: a <= b))
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

def _run_sparql(index: Index, query: str, foci: list) -> list[tuple]:
    """(this, value, path) for each solution, with $this pre-bound to each focus node (SHACL 5.3.1)
    by one VALUES block at the start of the WHERE group."""
    opening = query.index("{", query.upper().index("WHERE") if "WHERE" in query.upper() else 0)
    bound = f"{query[:opening + 1]} VALUES $this {{ {' '.join(map(str, foci))} }} {query[opening + 1:]}"
    rows = []
    for solution in index.oxigraph.query(bound):
        this, value, path = solution["this"], solution["value"], solution["path"]
        rows.append((this if this is not None else foci[0], value, path.value if path is not None else None))
    return rows


_NOT_BATCHABLE = re.compile(r"\b(?:GROUP\s+BY|HAVING|ORDER\s+BY|LIMIT|OFFSET|COUNT|SUM|MIN|MAX|AVG|SAMPLE"
                            r"|GROUP_CONCAT|REDUCED)\b", re.I)


@lru_cache(maxsize=64)
def _batchable(query: str) -> bool:
    """Whether one query with a VALUES row per focus node gives the rows of one query per focus node.

    A VALUES block at the start of the group is joined with the rest, and a join, optional part and
    filter of a union of rows is the union of each row's: the same solutions, as long as each names
    its focus node ($this projected) and nothing is computed over all of them (no aggregate, no
    solution modifier but DISTINCT, no sub-SELECT).

    >>> _batchable("SELECT $this ?value WHERE { $this <p> ?value }")
    True
    >>> _batchable("SELECT ?value WHERE { $this <p> ?value }"), _batchable("SELECT $this WHERE { $this <p> ?v } LIMIT 1")
    (False, False)
    """
    head = query[:query.upper().index("WHERE")] if "WHERE" in query.upper() else query
    return (re.search(r"SELECT\s+(?:DISTINCT\s+)?[^{]*[$?]this\b", head, re.I) is not None
            and len(re.findall(r"\bSELECT\b", query, re.I)) == 1 and not _NOT_BATCHABLE.search(query))


# --- terms ------------------------------------------------------------------------------------------

def ox_term(term):
    """An rdflib term as the equal pyoxigraph term (a plain literal is an xsd:string one in RDF 1.1)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)) if term.datatype else None)


# Lexical forms whose value every reader agrees on (as kg.graph writes them): no need to ask rdflib.
_CANONICAL = {str(XSD.integer): re.compile(r"-?(?:0|[1-9][0-9]*)"),
              str(XSD.decimal): re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?"),
              str(XSD.boolean): re.compile(r"true|false")}
_NUMERIC = {str(XSD.integer), str(XSD.decimal)}


def _canonical(literal: ox.Literal) -> bool:
    pattern = _CANONICAL.get(literal.datatype.value)
    return pattern is not None and pattern.fullmatch(literal.value) is not None


@lru_cache(maxsize=4096)
def _rdflib_literal(literal: ox.Literal) -> Literal:
    """The literal as rdflib (and so pyshacl) reads it: its Python value, or ``ill_typed``."""
    return rdflib_term(literal)


# --- constraint components, as pyshacl evaluates them -------------------------------------------

def _min_count(count: int) -> Check:
    def check(index, focus, values):
        return [None] if len(values) < count else []
    check.fails_without_values = True  # the only component that does: every other one checks each value
    return check


def _max_count(count: int) -> Check:
    return lambda index, focus, values: [None] if len(values) > count else []


def _class(class_: ox.NamedNode) -> Check:
    def check(index, focus, values):
        return [v for v in values if isinstance(v, ox.Literal) or class_ not in index.classes_of(v)]
    return check


_PYTHON_TYPES = {XSD.integer: int, XSD.float: float, XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date,
                 XSD.time: time, XSD.dateTime: datetime}


def _datatype(datatype: ox.NamedNode) -> Check:
    """pyshacl's test on rdflib literals, where a plain literal has no datatype."""
    def matches(v) -> bool:
        if not isinstance(v, ox.Literal):
            return False
        plain = v.datatype == _STRING or v.datatype == _LANG_STRING
        if not plain and v.datatype == datatype:
            return _well_typed(v)
        if datatype == _RDFS_LITERAL:
            return True
        if datatype == _RDFS_DATATYPE and not plain:
            return True
        return (datatype == _STRING and not v.language) or (datatype == _LANG_STRING and bool(v.language))

    return lambda index, focus, values: [v for v in values if not matches(v)]


_RDFS_LITERAL, _RDFS_DATATYPE = ox.NamedNode(str(RDFS.Literal)), ox.NamedNode(str(RDFS.Datatype))


def _well_typed(v: ox.Literal) -> bool:
    """Whether rdflib reads the literal's lexical form as a value of its datatype's Python type."""
    if _canonical(v):
        return True
    if v.datatype.value == str(XSD.date) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", v.value):
        try:
            date.fromisoformat(v.value)
            return True
        except ValueError:
            pass
    literal = _rdflib_literal(v)
    expected = _PYTHON_TYPES.get(literal.datatype)
    return getattr(literal, "ill_typed", None) is not True and (expected is None or isinstance(literal.value, expected))


_KINDS = {
    SH.IRI: (ox.NamedNode,), SH.BlankNode: (ox.BlankNode,), SH.Literal: (ox.Literal,),
    SH.BlankNodeOrIRI: (ox.BlankNode, ox.NamedNode), SH.BlankNodeOrLiteral: (ox.BlankNode, ox.Literal),
    SH.IRIOrLiteral: (ox.NamedNode, ox.Literal),
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
    # an IRI's text, a literal's lexical form (a string literal's value)
    return lambda index, focus, values: [v for v in values
                                         if isinstance(v, ox.BlankNode) or not compiled.search(v.value)]


def _in(members: list) -> Check:
    return lambda index, focus, values: [v for v in values if v not in members]


def _range(bound: Literal, accept: Callable[[int], bool]) -> Check:
    from pyshacl.rdfutil.compare import compare_literal
    bound_is_string = isinstance(bound.value, str)
    numeric_bound = Decimal(str(bound)) if str(bound.datatype) in _NUMERIC else None

    def ok(v) -> bool:
        if not isinstance(v, ox.Literal):
            return False
        if numeric_bound is not None and v.datatype.value in _NUMERIC and _canonical(v):
            value = Decimal(v.value)
            return accept((value > numeric_bound) - (value < numeric_bound))
        literal = _rdflib_literal(v)
        if isinstance(literal.value, str) != bound_is_string:
            return False
        try:
            return accept(compare_literal(literal, bound))
        except (TypeError, NotImplementedError):
            return False

    return lambda index, focus, values: [v for v in values if not ok(v)]


def _pair(other, compare: Callable) -> Check:
    def plain(v):
        if isinstance(v, ox.BlankNode):
            raise Unsupported("sh:lessThan cannot compare a blank node")
        if isinstance(v, ox.NamedNode):
            return v.value, True
        literal = _rdflib_literal(v)
        if isinstance(literal.value, str):
            return literal.value, True
        return literal, False

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
