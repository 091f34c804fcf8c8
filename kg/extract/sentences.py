"""Split an article body into parsed sentences whose offsets point into ``Article.text``.

Paragraphs are parsed one by one (``nlp.pipe``): a sentence never spans a paragraph break, and a
quote that opens a paragraph can be told apart from one that continues a sentence.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Article, Evidence

# Photo captions and credits repeat or summarise the story; facts are read from the story itself.
_CAPTION = re.compile(r"\((?:file\s+)?(?:image|photo|picture|pic)s?\b|\b(?:image|photo)\s+(?:courtesy|credit)",
                      re.IGNORECASE)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


@dataclass(frozen=True)
class Sentence:
    span: Span  # the spaCy sentence, within its paragraph's Doc
    evidence: Evidence  # verbatim text and offsets into the article body
    base: int  # offset of the sentence's paragraph in the article body
    paragraph: int
    index: int  # position among all sentences of the article
    opens_paragraph: bool

    def offsets(self, span: Span | Token) -> tuple[int, int]:
        """Offsets in the article body of a span or token of this sentence."""
        if isinstance(span, Token):
            return self.base + span.idx, self.base + span.idx + len(span.text)
        return self.base + span.start_char, self.base + span.end_char


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for every block of text between blank lines."""
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def split(article: Article, nlp: Language) -> list[Sentence]:
    blocks = list(paragraphs(article.text))
    docs: Iterable[Doc] = nlp.pipe(block for _, block in blocks)
    sentences: list[Sentence] = []
    for paragraph_no, ((offset, _), doc) in enumerate(zip(blocks, docs)):
        for position, span in enumerate(doc.sents):
            text = span.text
            stripped = text.strip()
            if not stripped or _CAPTION.search(stripped):
                continue
            start = offset + span.start_char + (len(text) - len(text.lstrip()))
            evidence = Evidence(stripped, start, start + len(stripped))
            assert article.text[evidence.start:evidence.end] == stripped
            sentences.append(Sentence(span, evidence, offset, paragraph_no, len(sentences), position == 0))
    return sentences
