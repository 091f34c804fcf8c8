"""What an article keeps when its graph fails the shapes: the part that conforms.

The store holds only graphs that conform, but one rule's bug should cost the facts it made, not
every fact of its article (an office spelled two ways once gave a role two labels, and the shapes
refused a whole article for it). A violation names its focus node, so the nodes named are dropped,
with every triple that points at them and every node left with no path to the article, and the
rest is validated again: dropping a participant may leave a meeting with one, which the next round
drops too. The article node itself failing, or no progress, rejects the article whole.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pyoxigraph as ox

from .graph import Triple
from .validate import Report

ROUNDS = 8  # each round drops what the last one left failing; a chain longer than this is a graph not worth saving


def conforming_part(triples: list[Triple], report: Report, article: str,
                    validate: Callable[[list[Triple]], Report]) -> tuple[list[Triple], Report] | None:
    """The triples that conform once the nodes the violations name are dropped, and every violation met
    on the way (what the build reports); None when the article node fails or nothing converges."""
    dropped: set[str] = set()
    refused = list(report.violations)
    for _ in range(ROUNDS):
        failing = {violation.focus for violation in report.violations}
        if article in failing or failing <= dropped:
            return None
        dropped |= failing
        triples = _reachable(_without(triples, dropped), article)
        report = validate(triples)
        if report.conforms:
            return triples, Report(False, refused)
        refused += report.violations
    return None


def _without(triples: list[Triple], nodes: set[str]) -> list[Triple]:
    return [t for t in triples if not (_names(t[0], nodes) or _names(t[2], nodes))]


def _names(term, nodes: set[str]) -> bool:
    return isinstance(term, (ox.NamedNode, ox.BlankNode)) and term.value in nodes


def _reachable(triples: list[Triple], article: str) -> list[Triple]:
    """The triples about nodes still linked to the article, either way along any link between two nodes
    the graph describes: what hung from dropped nodes only (an actor's role, say) goes with them."""
    described = {s for s, _, _ in triples}
    links = defaultdict(set)
    for s, _, o in triples:
        if o in described and o != s:
            links[s].add(o)
            links[o].add(s)
    start = [s for s in described if s.value == article]
    seen = set(start)
    while start:
        node = start.pop()
        start += [n for n in links[node] if n not in seen]
        seen.update(links[node])
    return [t for t in triples if t[0] in seen]
