"""Split an article body into parsed sentences whose offsets point into ``Article.text``.

Paragraphs are parsed one by one (``nlp.pipe``): a sentence never spans a paragraph break, and a
quote that opens a paragraph can be told apart from one that continues a sentence. A build parses
the paragraphs of several articles in one ``nlp.pipe`` (:func:`parse`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from collections.abc import Callable, Iterable, Iterator
from functools import wraps
from itertools import islice

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Article, Evidence
from ..timeexpr import find_date_expressions

# Photo captions and credits repeat or summarise the story; facts are read from the story itself. A credit that
# names its source ("(AP Photo)", "(Screenshot from MEA video)") opens or closes the caption; inside a sentence
# ("Tokayev (Reuters Photo) said …") it marks the story's own sentence, which stays.
_CREDIT_BRACKET = r"\((?:[^()\s]+\s+){0,3}(?:image|photo|picture|pic|screenshot|screengrab)s?\b[^()]{0,40}\)"
_CAPTION = re.compile(r"\((?:file\s+)?(?:image|photo|picture|pic)s?\b|\b(?:image|photo)\s+(?:courtesy|credit)"
                      rf"|^\W*{_CREDIT_BRACKET}|{_CREDIT_BRACKET}\W*$"
                      r"|(?<=[.!?])\s+file\s+(?:image|photo|picture)s?:[^.!?\n]{1,60}$",  # "… File image: Defence Ministry"
                      re.IGNORECASE)
# Page furniture that ingestion may leave in the body: menus, share and tag lines, teasers, bylines and
# credits, comment widgets, imprint lines. None of it is article text, so none of it yields facts.
_FURNITURE_START = re.compile(
    r"(?:also read|read also|read more|related(?: stories| articles| news)?\b|more from|recommended|tags?:|"
    r"share(?: this(?: article)?| on)?:?|photo:|image:|file photo|author:|about the author|"
    r"\(?(?:reporting|writing|editing|additional reporting|compiled) by|published in|first published|"
    r"a version of this article|our standards|the views expressed|\(c\)|©|all rights reserved|subscribe|"
    r"follow us|comments?\b|post a comment|leave a (?:reply|comment)|your email address|found a typo|"
    r"download pdf|all news:|updated:|advertisement|sponsored|click here|sign up|copyright\b)", re.IGNORECASE)
# An outlet's notice to its readers: a call to follow it elsewhere ("Track Latest News Live on NDTV.com and get
# news updates …", "Download the X app for Android", "Get the best of our World Desk newsletter …"), what its
# subscribers get; never article text.
_READER_NOTICE = re.compile(
    r"^(?:track|listen|download|follow|watch|visit|join|get|stay|install|catch)\b"
    r".*\b[\w-]+\.(?:com|net|org|in|ru|uz|kz|kg|tj|pk|af|cn|uk)\b"
    r"|\b(?:offered to (?:its |our )?subscribers|for (?:our |its )?subscribers only|app for (?:android|ios))\b"
    r"|^(?:get|sign up|subscribe|receive|stay)\b.*\bnewsletters?\b",
    re.IGNORECASE)
# An outlet's appeal for its readers' money ("we have a small favour to ask", "from as little as $1", "Make a
# contribution"): the words, addressed to the reader (an imperative opening the line, or "you") outside any
# quotation; a story's own "support for independent journalism" or "as little as $150 a tonne" is none.
_APPEAL = re.compile(r"\bfavou?r to ask\b|\bas little as \W?\d|\bsupport\b.{0,30}\bjournalism\b"
                     r"|\bmake a contribution\b", re.IGNORECASE)
_TO_READER = re.compile(r"^\W*(?:support|make|please|donate|contribute)\b|\byour?\b", re.IGNORECASE)
_CREDIT = re.compile(r"^[A-Z][\w.'-]+(?: [A-Z][\w.'-]+)+ (?:reported|contributed reporting) from ")
# A photo's caption and credit run into the end of a story's paragraph by ingestion ("… those numbers. A screenshot
# of the viral video. Image: Amu TV"): the credit, a label and a source with no sentence's end, closes the block.
_CREDIT_TAIL = re.compile(r"(?<=[.!?\"”’)])\s+(?:Image|Photo|Picture|Credit|Video|Source)s?(?: credit)?:[^.!?\n]{1,60}$")
_TERMINAL = re.compile(r"[.!?\"”’')\]]$")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]?\s+[A-Z\"“‘]")  # a sentence ends and another begins
# A live blog's entry time before the entry's text ("23:40 IST" on its own line, "10:42 GMT — Taliban
# fighters …", "9.15 am: …"): the time of the post, never a subject or part of the sentence.
_TIMESTAMP = re.compile(r"\s*(?:(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.?,? \d{4}),?\s+)?"
                        r"\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+(?:[A-Z]{2,4}\b|\([A-Z]{2,4}\)))?"
                        r"(?:\s*\n\s*|\s*[—–|:-]\s*|(?<=[A-Za-z.)])\s+)(?=[A-Z\"“'‘])")


def is_furniture(paragraph: str) -> bool:
    r"""A paragraph that is page furniture, not article text.

    >>> is_furniture("Share: Telegram | Facebook | VK"), is_furniture("Home | Nation | World | Opinion")
    (True, True)
    >>> is_furniture("Troika Plus urges Taliban to form inclusive govt, rein in militant groups")
    True
    >>> is_furniture("Related Stories\n- Petrol price unchanged"), is_furniture("Kabulov said the talks went well.")
    (True, False)
    >>> is_furniture("Key points:"), is_furniture("Troops clashed on Friday. Here are the latest updates:")
    (True, False)
    >>> is_furniture("Get our analysis of the week's news from the Eurasia Brief newsletter, every Friday.")
    True
    """
    text = paragraph.strip()
    if _FURNITURE_START.match(text) or _CREDIT.match(text) or _separated_list(text) or text.count("|") >= 3:
        return True
    if _reader_notice(text) and len(text) < 300:
        return True
    if _CAPTION.search(text) and len(text) < 300:
        return True  # a photo caption and its credit: "X welcomes Y in New Delhi. (File photo)"
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if all(line.startswith(("- ", "• ", "* ", "» ")) for line in lines):
        return True
    if text.endswith(":") and _SENTENCE_END.search(text):
        return False  # sentences that lead into a list or a quote: "… clashed on Friday. Here are the updates:"
    return not _TERMINAL.search(text)  # a headline, standfirst, dateline or label: no sentence ends here


_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*")


@dataclass(frozen=True)
class Sentence:
    span: Span  # the spaCy sentence, within its paragraph's Doc
    evidence: Evidence  # verbatim text and offsets into the article body
    base: int  # offset of the sentence's paragraph in the article body
    paragraph: int
    index: int  # position among all sentences of the article
    opens_paragraph: bool
    answers: dict = field(default_factory=dict, compare=False, repr=False)  # of :func:`per_sentence` functions

    def offsets(self, span: Span | Token) -> tuple[int, int]:
        """Offsets in the article body of a span or token of this sentence."""
        if isinstance(span, Token):
            return self.base + span.idx, self.base + span.idx + len(span.text)
        return self.base + span.start_char, self.base + span.end_char


def per_sentence(question: Callable[[Sentence], object]) -> Callable[[Sentence], object]:
    """A question about a sentence answered once per sentence. Several readers ask the same ones (its meeting
    words, their negated clauses) several times a sentence, and each answer walks its tokens again; the answer
    is kept on the sentence, so it lives no longer than the sentence. Answers are shared: never change one."""
    @wraps(question)
    def answer(sentence: Sentence):
        answers = sentence.answers
        if question not in answers:
            answers[question] = question(sentence)
        return answers[question]
    return answer


@per_sentence  # the readers of meetings and of military actions both ask it
def date_expressions(sentence: Sentence) -> tuple[tuple[int, int, str], ...]:
    """The sentence's date-like expressions (:func:`kg.timeexpr.find_date_expressions`)."""
    return tuple(find_date_expressions(sentence.evidence.sentence))


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, paragraph) for every block of text between blank lines."""
    for match in _PARAGRAPH.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def timestamp_length(paragraph: str) -> int:
    r"""Length of a live-blog entry time opening the paragraph (0 when there is none).

    >>> timestamp_length("23:40 IST\nTaliban fighters entered Kabul."), timestamp_length("10:42 GMT — Troops left.")
    (10, 12)
    >>> timestamp_length("9.15 am: The army said."), timestamp_length("12.5 per cent of voters said so.")
    (9, 0)
    >>> timestamp_length("Dec 13, 2022 16:20 (IST)\nTroops moved.")
    25
    """
    match = _TIMESTAMP.match(paragraph)
    return match.end() if match else 0


def _without_timestamps(blocks: Iterable[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Each block with its entry time blanked out: the same length, so offsets still point into the article."""
    for offset, block in blocks:
        skip = timestamp_length(block)
        yield offset, " " * skip + block[skip:]


def _story_blocks(text: str) -> Iterator[tuple[int, str]]:
    """The blocks that are no furniture, with their furniture lines blanked (offsets kept): a tag line, a teaser,
    a reader appeal or a comment counter run into the story's last paragraph, which the block as a whole is not.
    What is left may be furniture too."""
    blocks = list(_without_timestamps(paragraphs(text)))
    for (offset, block), (_, following) in zip(blocks, blocks[1:] + [(0, "")]):
        block = caption_tail_blanked(block)
        if not is_furniture(block) and not is_furniture(lined := furniture_lines_blanked(block)):
            yield offset, lined
        elif _EXPERT_LABEL.fullmatch(block.strip()) and following.lstrip()[:1] in ('"', "“"):
            yield offset, block  # "Nadia Ghazi: senior fellow, South Asia Center" over her quoted words: whose they are


# An expert's name and post over the quoted paragraphs that are the expert's words ("Experts react").
_EXPERT_LABEL = re.compile(r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3}: [^\n.!?]{3,100}")


def caption_tail_blanked(block: str) -> str:
    """The block with a caption and its credit that close it blanked (offsets kept): the credit and the sentence
    before it, which is the caption; the story's sentences before them stay. A caption alone stays furniture.

    >>> caption_tail_blanked("Troops left. A view of the post. Photo: AFP")
    'Troops left.                               '
    >>> caption_tail_blanked("Asked about the photo: he declined."), caption_tail_blanked("Troops left. Source: ")
    ('Asked about the photo: he declined.', 'Troops left. Source: ')
    """
    tail = _CREDIT_TAIL.search(block)
    if not tail:
        return block
    ends = [end.start() + 1 for end in _SENTENCE_END.finditer(block, 0, tail.start())]
    if not ends:
        return block  # a caption alone: the block is furniture as it stands
    return block[:ends[-1]] + " " * (len(block) - ends[-1])


def furniture_lines_blanked(block: str) -> str:
    r"""The block with its lines of furniture blanked: those furniture by their own words, the lines with no
    sentence's end under them (teasers' titles under "Related Posts"), and those without a sentence's end after the
    block's last sentence ("Most viewed"). A headline over a live blog's entry stays: it
    names what the entry reports.

    >>> furniture_lines_blanked("The crossing reopened.\nTopics: Asia · Kabul · Taliban\nMost viewed")
    'The crossing reopened.\n                              \n           '
    >>> furniture_lines_blanked("Border reopens\nThe crossing reopened on Monday.")
    'Border reopens\nThe crossing reopened on Monday.'
    """
    lines = block.split("\n")
    if len(lines) < 2:
        return block
    blanked = [" " * len(line) if line.strip() and _furniture_by_words(line) else line for line in lines]
    for i in range(1, len(lines)):  # "Related Posts" then the teasers' titles under it: no sentence ends on them
        if lines[i - 1].strip() and not blanked[i - 1].strip() and not _TERMINAL.search(lines[i].strip()):
            blanked[i] = " " * len(lines[i])
    last = max((i for i, line in enumerate(blanked) if _TERMINAL.search(line.strip())), default=len(lines))
    return "\n".join(" " * len(line) if i > last else line for i, line in enumerate(blanked))


def _reader_notice(text: str) -> bool:
    """The outlet's notice or appeal to its readers."""
    return bool(_READER_NOTICE.search(text)) \
        or bool(_APPEAL.search(text) and _TO_READER.search(text) and not any(mark in text for mark in '"“”'))


def _furniture_by_words(line: str) -> bool:
    """A line that its words make furniture, whatever its punctuation: a menu, a tag or topic list, a notice; a
    menu's word opens no sentence of the story ("Comments by Lavrov angered Astana, X said.", "Shares in Y fell …")."""
    text = line.strip()
    return bool(_FURNITURE_START.match(text) and not _story_sentence(text) or _CREDIT.match(text)
                or _reader_notice(text) or _CAPTION.search(text)) or _separated_list(text)


def _separated_list(text: str) -> bool:
    """A menu, tag or topic list: items between " | " or " · " separators."""
    return max(text.count(" | "), text.count(" · ")) >= 2


def _story_sentence(line: str) -> bool:
    """A line of six words or more that ends as a sentence does, with no notice of rights and no comment form's
    words ("Leave a Reply Cancel reply Your email address will not be published.")."""
    return bool(re.search(r"[.!?\"”’]$", line)) and len(line.split()) >= 6 \
        and not re.search(r"©|\(c\)|copyright|all rights reserved|leave a (?:reply|comment)|your email address",
                          line, re.IGNORECASE)


Paragraph = tuple[int, Doc]  # a parsed paragraph and its offset in the article body


def parse(articles: list[Article], nlp: Language, batch_size: int | None = None) -> list[list[Paragraph]]:
    """Each article's paragraphs (page furniture left out), parsed. One ``nlp.pipe`` parses the
    paragraphs of all ``articles``: spaCy's cost per call and per batch is paid once for them all."""
    parts = [list(_story_blocks(article.text)) for article in articles]
    docs = nlp.pipe((block for article_parts in parts for _, block in article_parts), batch_size=batch_size)
    return [[(offset, doc) for (offset, _), doc in zip(article_parts, islice(docs, len(article_parts)))]
            for article_parts in parts]


def split(article: Article, nlp: Language, parsed: list[Paragraph] | None = None) -> list[Sentence]:
    """The article's sentences; ``parsed``: its paragraphs when :func:`parse` has parsed them already."""
    sentences: list[Sentence] = []
    for paragraph_no, (offset, doc) in enumerate(parse([article], nlp)[0] if parsed is None else parsed):
        position = 0  # among the paragraph's sentences with words: a blanked entry time or line is none
        for span in doc.sents:
            text = span.text
            stripped = text.strip()
            if not stripped:
                continue
            position += 1
            if _CAPTION.search(stripped):
                continue
            start = offset + span.start_char + (len(text) - len(text.lstrip()))
            evidence = Evidence(stripped, start, start + len(stripped))
            assert article.text[evidence.start:evidence.end] == stripped
            sentences.append(Sentence(span, evidence, offset, paragraph_no, len(sentences), position == 1))
    return sentences
