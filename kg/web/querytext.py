"""What the endpoint reads from a query's text before running it: keywords (SERVICE, FROM) and SERVICE targets.

pyoxigraph exposes no algebra, so the text is scanned with comments, string literals and IRIs
blanked out first. The scan errs towards finding a keyword: a prefixed local name containing
``-SERVICE`` or ``.SERVICE`` counts as one, so such a query is refused rather than let through.
"""
from __future__ import annotations

import re

# Leftmost match wins, so a '#' inside a string or IRI is not taken for a comment, and so on. A string
# left open runs to the end of its line (short strings) or of the query (long ones): every quote then
# starts a match that succeeds, so the scan is one pass (a pattern that must fail at each of a million
# quotes scans the rest of the text each time). A query the parser accepts has no open string.
_OPAQUE = re.compile(
    r"""'''(?:(?:'|'')?(?:[^'\\]|\\.))*(?:'''|[\s\S]*)"""
    r'''|"""(?:(?:"|"")?(?:[^"\\]|\\.))*(?:"""|[\s\S]*)'''
    r"""|'(?:[^'\\\n\r]|\\.)*(?:'|[^\n\r]*)"""
    r'''|"(?:[^"\\\n\r]|\\.)*(?:"|[^\n\r]*)'''
    r"""|<[^<>"{}|^`\\\x00-\x20]*>"""
    r"""|\#[^\n\r]*""",
    re.DOTALL,
)
_IRI = re.compile(r"""<([^<>"{}|^`\\\x00-\x20]*)>""")


def blank_opaque(query: str) -> str:
    """The query with string literals, IRIs and comments replaced by a space.

    >>> blank_opaque('SELECT * { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    'SELECT * { ?s     }  '
    """
    return _OPAQUE.sub(" ", query)


def _keyword(keyword: str) -> str:
    return rf"(?<![\w:?$]){keyword}(?![\w:])"


def uses_keyword(query: str, keyword: str) -> bool:
    """Whether ``keyword`` occurs as a keyword (not in a literal, IRI, comment, variable or prefixed name).

    Oxigraph does not apply ``\\u`` escapes outside literals and IRIs, so none are decoded here.

    >>> uses_keyword('SELECT * { service <http://e/> { ?s ?p ?o } }', 'SERVICE')
    True
    >>> uses_keyword('SELECT ?service { ?s ex:SERVICE "SERVICE" } # SERVICE', 'SERVICE')
    False
    """
    return re.search(_keyword(keyword), blank_opaque(query), re.IGNORECASE) is not None


_SERVICE = re.compile(_keyword("SERVICE") + r"(?:\s+SILENT(?![\w:]))?\s*", re.IGNORECASE)


def service_targets(query: str) -> list[str | None]:
    """The endpoint of each SERVICE clause: its IRI as written, or None (a variable or a prefixed name).

    Comments are blanked with spaces and literals and IRIs with NULs, each keeping its length, so
    a position in the blanked text is the same position in the query, where the IRI is read back.

    >>> service_targets('SELECT * { SERVICE SILENT <http://e/sparql> { ?s ?p ?o } SERVICE ?x { } }')
    ['http://e/sparql', None]
    >>> service_targets('SELECT * { ?s ?p "SERVICE <http://e/>" }')
    []
    """
    blanked = _OPAQUE.sub(lambda match: (" " if match.group().startswith("#") else "\0") * len(match.group()), query)
    targets: list[str | None] = []
    for match in _SERVICE.finditer(blanked):
        iri = _IRI.match(query, match.end())
        targets.append(iri.group(1) if iri else None)
    return targets
