"""A page's text -> its story and what the page says of it (:class:`Page`): headline, date, outlet, language.

Text copied from a web page carries its layout: menus, share rows, teasers, ads, credits, captions, a headline
repeated, paragraphs hard-wrapped, cut by an ad or glued to a widget, bullets, guillemets, character references,
odd spaces. Each is removed or put right with general patterns, line by line, never with one outlet's sentences
(the articles that matter are the ones not seen yet), so that a page reads as its plain text does. A kept line
keeps its words: only layout goes. :mod:`kg.ingest` turns a :class:`Page` into an article record.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from kg.errors import InputError
from kg.timeexpr import MONTH_ABBREVIATIONS, MONTHS, absolute_date, find_date_expressions

MAX_PARAGRAPH_CHARS = 100_000  # a news paragraph is a few hundred; spaCy's own limit is 1,000,000


@dataclass(frozen=True)
class Page:
    title: str | None
    body: str  # the story's paragraphs, separated by blank lines
    published: date | None
    outlet: str | None
    language: str


def read_page(text: str, name: str, title: str | None = None) -> Page:
    """The story of a page's text and what its lines say of it; with ``title`` known, the headline is not looked
    for, only removed. ``name`` names the file in errors."""
    raw_lines = _indentation_read(re.split(r"\r\n|\r|\n", text))
    lines = _story_bullets_dropped(_english_quotes([_read_line(line) for line in raw_lines]))
    longest = _longest_paragraph(lines)
    if longest > MAX_PARAGRAPH_CHARS:
        raise InputError(f"{name}: a paragraph of {longest:,} characters, more than the {MAX_PARAGRAPH_CHARS:,} "
                         "one paragraph may have")
    keep = [bool(line) and not is_furniture(line) and not _is_date_line(line) for line in lines]
    masthead = None
    if not title:
        _drop_header_chrome(lines, keep)
        masthead = _masthead(lines, keep)
    title_index = None if title else _title_index(lines, keep)
    header = lines[:title_index] if title_index is not None else lines[:5]
    if title_index is not None:
        title, site = _split_site_suffix(lines[title_index])
        keep[: title_index + 1] = [False] * (title_index + 1)  # page chrome above the headline
        credit = _drop_credits(lines, keep, title_index)
    else:
        site = credit = None
    _drop_repeats(lines, keep, title)
    _drop_listed_titles(lines, keep)
    _drop_author_notes(lines, keep)
    body = _paragraphs(lines, keep, per_line=_one_paragraph_per_line(lines), wrapped=_hard_wrapped(lines))
    if not body:
        raise InputError(f"{name}: no article text (only headline or page furniture)")
    if is_foreign(body):
        raise InputError(f"{name}: not in English (newskg reads English articles only)")
    return Page(title=title, body=body, published=_publication_date(lines, title_index),
                outlet=site or masthead or credit or _outlet(header, body), language=detect_language(body))


def _indentation_read(lines: list[str]) -> list[str]:
    """The raw lines with what their indentation marks read before :func:`_read_line` removes it: an indented line
    under a bulleted item cut mid-sentence is joined to it (an e-mail's wrapped list), and a blank line is put
    before each indented line that opens a sentence under a wrapped paragraph (one that ends a sentence after a line
    that ended mid-sentence): a wire feed or a plain-text e-mail marks its paragraphs by indentation alone, and would
    be read as one block. A one-line turn of a transcript with its answer indented under it stays whole, and so
    does a paragraph of a text indented throughout (an e-mail's margin), whose lines all open alike.

    >>> _indentation_read(["  Troops left the post, officials", "said.", "  The ministry said so.", "x"])
    ['  Troops left the post, officials', 'said.', '', '  The ministry said so.', 'x']
    >>> _indentation_read(["Q: And trade?", "  Trade is not usual.", "A: Yes."])
    ['Q: And trade?', '  Trade is not usual.', 'A: Yes.']
    """
    spaced, wrapped = [], False  # whether a line of the paragraph so far ended mid-sentence
    for line in lines:
        ends_sentence = line.rstrip().endswith(_SENTENCE_ENDS)
        if spaced and _goes_on_item(spaced[-1], line):
            spaced[-1] = f"{spaced[-1].rstrip()} {line.strip()}"
            continue
        if _INDENTED_OPENING.match(line):
            if wrapped and spaced[-1].rstrip().endswith(_SENTENCE_ENDS) and spaced[-1][:1] not in (" ", "\t"):
                spaced.append("")  # not under an indented line: a text indented throughout marks no paragraph so
            wrapped = False
        spaced.append(line)
        wrapped = (wrapped or not ends_sentence) and bool(line.strip())
    return spaced


def _goes_on_item(item: str, line: str) -> bool:
    """Whether an indented line goes on with the bulleted item above it, cut mid-sentence (an e-mail's wrapped list):
    the item is as long as a wrapped line, ends on a small word or a comma, or the line goes on in lowercase; not a
    short item's heading over a paragraph of its own ("• Border talks" over "    Kyrgyz and Tajik officials met …")."""
    if not (_BULLET.match(item.strip()) and not item.rstrip().endswith(_SENTENCE_ENDS)
            and line[:1] in (" ", "\t") and line.strip() and not _BULLET.match(line.strip())):
        return False
    cut = item.rstrip()
    return len(cut) >= _LONG_LINE or cut.endswith(",") or _goes_on_from(cut) \
        or not line.strip()[:1].isupper()


_INDENTED_OPENING = re.compile(r"(?: {2,}|\t)[\"“‘'(]?[A-Z0-9]")


def _read_line(line: str) -> str:
    """A line as a reader sees it: character references read, spaces made plain, no indentation (each a layout a
    page may use for the same words)."""
    return _plain_spaces(_unescaped(line)).strip()


_REFERENCE = re.compile(r"&(?:#\d{2,7}|#[xX][0-9a-fA-F]{2,6}|[a-zA-Z]{2,8});")


def _unescaped(line: str) -> str:
    """The line with HTML's character references read ("Jaishankar&#8217;s", "&quot;", "&amp;"), which text copied
    from a page's source or a feed keeps; the rules would see "&#8217;s" where a name ends.

    >>> _unescaped("Jaishankar&#8217;s &quot;very productive&quot; talks"), _unescaped("AT&T and R&D")
    ('Jaishankar’s "very productive" talks', 'AT&T and R&D')
    """
    return html.unescape(line) if _REFERENCE.search(line) else line


_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")  # no-break, thin, ideographic …
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")  # soft hyphen, zero-width spaces and joiners, BOM


def _plain_spaces(line: str) -> str:
    """The line with its no-break and other odd spaces made plain and its invisible characters dropped, as a
    reader sees it. Pages put a no-break space in "President\u00a0Putin" and "Mr.\u00a0Lavrov"; the tokenizer
    splits words on plain spaces only, so the name ran into its title.

    >>> _plain_spaces("President\u00a0Putin met Shavkat\u202fMirziyoyev in Sa\u00admar\u200bkand")
    'President Putin met Shavkat Mirziyoyev in Samarkand'
    """
    return _INVISIBLE.sub("", _ODD_SPACES.sub(" ", line))


# a quote from its opening mark to the mark that closes it; over lines only when words follow its close on its line
_GUILLEMETS = re.compile(r"«((?:(?! \| )[^«»\n])*)»|«([^«»]*[^\s«»])»(?=[ \t]*[^\s])")
# German-style »reversed« guillemets: the marks hug the quote's words, where a breadcrumb's » stands between spaces
_REVERSED_GUILLEMETS = re.compile(r"(?<![\w»«])»(?=[^\s«»])([^«»\n]*[^\s«»])«(?![\w«»])")
# the reversed marks first: between two »German« quotes on a line, "« … »" would read as a «quote» of its own
_QUOTES = ((_REVERSED_GUILLEMETS, r"“\1”"), (_GUILLEMETS, lambda quote: f"“{quote[1] or quote[2]}”"),
           (re.compile(r"„([^„“”\n]*)[“”]"), r"“\1”"), (re.compile(r"‹([^‹›\n]*)›"), r"‘\1’"))


def _english_quotes(lines: list[str]) -> list[str]:
    """The lines with «guillemets» and „low-high“ quotation marks made “English” ones, which the rules know: Central
    Asian and European outlets print their English stories with them, and a quote the rules do not see as one has
    no speaker. A «quote» may close lines later (an ad cut its paragraph) with its speaker after it; a » that closes no
    « is a breadcrumb's or a teaser's arrow and stays, and so do a « whose quote opens again before it closes (a
    quote over paragraphs) and a lone « and » paragraphs apart (a menu's, a footer's 'Next »'); a » that opens a line
    is a teaser list's bullet, never a quote's end, and « a | b » a pagination row's.

    >>> _english_quotes(["«We will respond», Raisi said. „Take my words seriously“, he added.", "Home » World"])
    ['“We will respond”, Raisi said. “Take my words seriously”, he added.', 'Home » World']
    >>> _english_quotes(["He said «China is ready", "to help», and left."]), _english_quotes(["It was „historic”."])
    (['He said “China is ready', 'to help”, and left.'], ['It was “historic”.'])
    >>> _english_quotes(["Scholz called it »a turning point«.", "Home » World « Back"])
    ['Scholz called it “a turning point”.', 'Home » World « Back']
    >>> _english_quotes(["He called it »a crime« and said: »We stand with Kyiv.« Merz agreed."])
    ['He called it “a crime” and said: “We stand with Kyiv.” Merz agreed.']
    """
    text = "\n".join(lines)
    if not any(opener in text for opener in "«„‹»"):
        return lines
    for quote, english in _QUOTES:
        text = quote.sub(english, text)
    return text.split("\n")


def _story_bullets_dropped(lines: list[str]) -> list[str]:
    """The lines, with the bullets of the story's bulleted sentences dropped (:func:`_bullet_dropped`). Bullets above
    the story's first unbulleted sentence, and those under a summary's or a list's header ("Key points", "Related
    Stories"), stay: a summary over a story repeats its facts, and teasers' titles are no story.

    >>> _story_bullets_dropped(["- The bloc sent troops to Kazakhstan.", "The bloc sent 2,030 troops to Almaty on "
    ...                         "Thursday, officials said.", "- Russia supplied most of the force."])[::2]
    ['- The bloc sent troops to Kazakhstan.', 'Russia supplied most of the force.']
    """
    start = next((index for index, line in enumerate(lines) if _opens_story(line)), len(lines))
    read, listed = lines[:start], False
    for line in lines[start:]:
        if _is_list_header(line):
            listed = "link" if _is_link_label(line) else "list"
        elif not line:
            listed = listed == "list" and listed
        elif not _BULLET.match(line):
            listed = False
        read.append(line if listed else _bullet_dropped(line))
    return read


def _opens_story(line: str) -> bool:
    """A line of story text, no bullet; also a first paragraph that an ad cut after a comma, and a lead-in to the
    story's facts as a list ("Here is what we know so far about the attack on the airport:"), longer than a header."""
    lead_in = len(line) >= _LONG_LINE and line.endswith(":")
    return (_is_story_line(line) or _is_cut(line) or lead_in) and not _BULLET.match(line)


def _is_cut(line: str) -> bool:
    return len(line.split()) >= _CUT_WORDS and line.endswith(",")


_SUMMARY_HEADER = re.compile(r"(?:key\s+(?:points|takeaways|highlights)|highlights|summary|at\s+a\s+glance|in\s+brief)"
                             r"\s*:?", re.IGNORECASE)


_LINK_LABEL = re.compile(r"(?:read|see|view|show)\s+(?:more|all|next)|continue\s+reading", re.IGNORECASE)


def _is_link_label(line: str) -> bool:
    """A button's label ("READ MORE"), which ends its own block: past a blank line, the story goes on."""
    return bool(_LINK_LABEL.fullmatch(" ".join(line.split()).strip("•·*-–—»>: ")))


def _is_list_header(line: str) -> bool:
    text = " ".join(line.split()).strip("•·*-–—»> ")
    return bool(_LIST_HEADER.fullmatch(text) or _SUMMARY_HEADER.fullmatch(text))


_BULLET = re.compile(r"[•●▪■◦‣∙*-]\s+(?=\S)")


def _bullet_dropped(line: str) -> str:
    """The line without the bullet that opens it when what follows is a sentence of the story ("• Troops left the
    post on Monday."): a list of facts is the story's text, and a paragraph of bulleted lines reads as a list of
    teasers' titles, which no sentence ends. A bulleted title, a dash of dialogue or a lone bullet stays.

    >>> _bullet_dropped("• Tajikistan ordered the mobilisation of 20,000 troops.")
    'Tajikistan ordered the mobilisation of 20,000 troops.'
    >>> _bullet_dropped("- Petrol price unchanged")
    '- Petrol price unchanged'
    >>> _bullet_dropped("— Will India buy more Russian oil?"), _bullet_dropped("-5 degrees at night.")
    ('— Will India buy more Russian oil?', '-5 degrees at night.')
    >>> _bullet_dropped("- and stay out of the buffer zone.")
    '- and stay out of the buffer zone.'
    """
    bullet = _BULLET.match(line)
    if bullet is None:
        return line
    item = line[bullet.end():]
    sentence = len(item.split()) >= _SENTENCE_WORDS and item.endswith(_SENTENCE_ENDS) and not item.endswith(":")
    return item if sentence and not item[:1].islower() else line  # "- and stay out of the zone." ends a list


_SENTENCE_WORDS = 5  # words: fewer, and a line ending with a full stop is a label or a title as often as a sentence


def _longest_paragraph(lines: list[str]) -> int:
    """Characters in the longest run of non-blank lines: what the extractor parses at once."""
    longest = current = 0
    for line in lines:
        current = (current + 1 if current else 0) + len(line) if line else 0
        longest = max(longest, current)
    return longest


_MENU_SEPARATORS = re.compile(r"\s+[|/›>»•]\s+|\s*\|\s*")
_LABELS = frozenset({"live", "live updates", "breaking", "breaking news", "exclusive", "analysis", "opinion",
                     "explainer", "key points", "highlights", "summary", "updated", "update", "watch", "video"})
_SMALL_WORDS = frozenset("of and the & for in on at a an de - – —".split())
_CREDIT_START = re.compile(r"(?:by|author|source|editor|written\s+by|reported\s+by|compiled\s+by)\b\s*:?\s*",
                           re.IGNORECASE)
_CREDIT_WORDS = re.compile(r"\b(?:[Cc]orrespondents?|[Dd]esk|[Ss]taff|[Bb]ureau|News\s+Service|Report|Agencies)\b")
_PERSON_NAMES = re.compile(r"[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s+in\s+[A-Z][\w'’-]+)?"
                           r"(?:(?:,|\s+and)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+(?:\s+in\s+[A-Z][\w'’-]+)?)+")


def _body_start(lines: list[str], keep: list[bool]) -> int:
    """The first sentence of the body: a kept line ending like a sentence, or a long one."""
    for index, line in enumerate(lines[:25]):
        words = len(line.split())
        if keep[index] and (words >= 25 or words >= 8 and line.rstrip().endswith((".", "”", '"', "?", "!", "’"))):
            return index
    return min(len(lines), 25)


def _header_lines(lines: list[str], keep: list[bool]) -> list[int]:
    """The kept lines before the first sentence of the body."""
    return [index for index in range(_body_start(lines, keep)) if keep[index]]


def _is_menu(text: str) -> bool:
    """"Home | Pakistan | World", "Agency / World / Military", "Share this: Facebook | Twitter": a row of
    short links, not a headline."""
    parts = [part for part in _MENU_SEPARATORS.split(text.strip()) if part.strip()]
    return len(parts) >= 3 and all(len(part.split()) <= 4 for part in parts) or \
        len(parts) >= 2 and text.casefold().startswith(("share", "download", "follow"))


def _is_section_row(text: str) -> bool:
    """"WORLD | NATIONAL SECURITY", "Explainers | Central Asia Programme": two or more short title-cased links."""
    parts = [part for part in _MENU_SEPARATORS.split(text.strip()) if part.strip()]
    return len(parts) >= 2 and all(len(part.split()) <= 4 and _title_cased(part) for part in parts)


def _drop_header_chrome(lines: list[str], keep: list[bool]) -> None:
    """Menus and one- or two-word labels ("LIVE", "Key points") above the body are not article text."""
    for position, index in enumerate(_header_lines(lines, keep)):
        text = " ".join(lines[index].split())
        if _is_menu(text) or position > 0 and _is_section_row(text) or text.casefold() in _LABELS:
            keep[index] = False


def _title_cased(text: str) -> bool:
    words = [word for word in text.split() if word.casefold() not in _SMALL_WORDS]
    return bool(words) and all(word[0].isupper() or not word[0].isalpha() for word in words)


def _masthead_name(line: str) -> str | None:
    """"The Deccan Courier", "EURASIA INFO AGENCY", "Islamabad Observer - Pakistan's independent news portal",
    "TIEN SHAN TODAY | Bishkek": a short title-cased or upper-case name (a tagline may follow a dash or pipe)."""
    name = re.split(r"\s+[-–—|]\s+", " ".join(line.split()))[0].strip()
    words = name.split()
    if not 1 <= len(words) <= 6 or re.search(r"\d|[.:;,!?]$", name) or not _title_cased(name):
        return None
    return name.title() if name.isupper() else name


def _masthead(lines: list[str], keep: list[bool]) -> str | None:
    """The outlet's masthead: the first header line, short and title-cased or upper-case, when another line
    (the headline) follows it in the header; it is dropped, and the headline is the next line."""
    header = _header_lines(lines, keep)
    names = [_masthead_name(lines[index]) for index in header[:3]]
    leading = next((count for count, name in enumerate(names) if name is None), len(names))
    if not 1 <= leading <= 2 or leading == len(header):
        return None  # no headline after the short title-cased lines, or none of them
    if leading == 1 and len(header) >= 3 and _is_tagline(lines[header[1]], lines[header[2]]):
        leading = 2  # "NORTHERN COURIER" / "Daily news from the Baltic region" / the headline
    for index in header[:leading]:  # "SHARQ HERALD" and its tagline "News of Uzbekistan and Central Asia"
        keep[index] = False
    return names[0]


def _is_tagline(line: str, following: str) -> bool:
    """A short line under the masthead, no sentence, followed by a longer line that is no credit (the headline)."""
    words = line.split()
    return len(words) <= 6 and not re.search(r"[.:;!?]$", line.strip()) and \
        len(following.split()) > len(words) and not _is_credit(" ".join(following.split()))


def _credit_outlet(text: str) -> str | None:
    """The outlet a byline names: "By A and B | Wire Service", "Special Correspondent, The Chronicle, Delhi",
    "Source: China Report | Editor: …", "Continental Press (CP) - World desk"."""
    names_first = bool(_CREDIT_START.match(text)) and text.startswith("By")
    parts = [part.strip() for part in re.split(r"\s*[|,]\s*|\s+[-–—]\s+", _CREDIT_START.sub("", text, count=1))]
    for position, part in enumerate(parts):
        if names_first and position == 0:
            continue  # "By Mark Hale, …": the author
        part = re.sub(r"\s*\([A-Z]{2,8}\)", "", part)
        if _CREDIT_WORDS.search(part) or _PERSON_NAMES.fullmatch(part) or re.match(r"[\w ]+:", part):
            continue
        words = part.split()
        if 2 <= len(words) <= 5 and _title_cased(part) and not re.search(r"\d", part):
            return part
    return None


def _is_credit(text: str) -> bool:
    """A byline or credit line: "By …", "Our Correspondent", "Staff Report | ISLAMABAD", "Mirror Web Desk",
    "Ingrid Olsen in Bergen and Tom Hale", "Tien Shan Times, Bishkek"."""
    if len(text.split()) > 14 or text.endswith((".", "?", "!")):
        return False
    if _CREDIT_START.match(text) and (text[:2] == "By" or ":" in text[:12]):
        return True
    if _CREDIT_WORDS.search(text) or _PERSON_NAMES.fullmatch(text):
        return True
    return "|" in text or len(text.split()) <= 6 and "," in text and _title_cased(text)


def _drop_credits(lines: list[str], keep: list[bool], title_index: int) -> str | None:
    """Bylines and credits between the headline and the body; the outlet the first of them names."""
    outlet = None
    for index in range(title_index + 1, _body_start(lines, keep)):
        text = " ".join(lines[index].split())
        if text and (not keep[index] or _is_credit(text)):  # bylines already dropped as furniture name it too
            if keep[index] or _CREDIT_START.match(text) or _CREDIT_WORDS.search(text):
                outlet = outlet or _credit_outlet(text)
            keep[index] = False if _is_credit(text) else keep[index]
    return outlet


def _title_index(lines: list[str], keep: list[bool]) -> int | None:
    """The headline: the first of the opening lines with a few words that is not a sentence.

    Shorter lines before it (labels, site names) are skipped; a sentence first means no headline.
    """
    kept = [index for index, flag in enumerate(keep) if flag]
    for index in kept[:5]:
        line = lines[index].strip()
        words = len(line.split())
        if words > 30 or (line.endswith((".", ":", ";", ",")) and not line.endswith("...")):
            return None
        if words >= 3:
            return index if index != kept[-1] and not _goes_on_below(lines, index) else None
    return None


def _goes_on_below(lines: list[str], index: int) -> bool:
    """Whether a line's sentence goes on in the line under it, as a wrapped paragraph's first line does (it ends on
    a word like "the", or the line below opens in lowercase): no headline. A byline under it ("by Staff Reporter")
    goes on with nothing, under a headline that ends on a small word or not ("… a border worth fighting for")."""
    below = lines[index + 1] if index + 1 < len(lines) else ""
    return bool(below) and not _BYLINE_BELOW.fullmatch(below.strip()) and \
        (_goes_on_from(lines[index]) or below[:1].islower())


def _goes_on_from(line: str) -> bool:
    """Whether a line ends on a word a sentence goes on from ("the", "of", "on", "said"): it was cut mid-sentence."""
    return line.split()[-1].lower() in _CUT_AFTER


_BYLINE_BELOW = re.compile(r"[Bb]y\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*")


def _split_site_suffix(headline: str) -> tuple[str, str | None]:
    """ "Headline | Outlet" -> ("Headline", "Outlet"); only the pipe is trusted, a dash is too common."""
    match = re.fullmatch(r"(?P<title>.+?)\s+\|\s+(?P<site>[A-Z][\w.'&]*(?:\s+[A-Z][\w.'&]*){0,4})", headline.strip())
    return (match["title"], match["site"]) if match else (headline.strip(), None)


def _key(line: str) -> str:
    return " ".join(line.split()).casefold().rstrip(" .…!?:;,")


_BYLINE_NAME = re.compile(r"By\s+(?:(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})")
_WRITER_NOTE = re.compile(r"(?:the\s+)?(?:author|writer|columnist)s?\s+(?:is|are)\s+(?:a|an|the)\s", re.IGNORECASE)
_NOTE_LINES = 3  # the last kept lines of a page, where a note on "the writer" is one (above them, the story's writer)


def _drop_author_notes(lines: list[str], keep: list[bool]) -> None:
    """Drop the note on the author under the story ("The writer is a senior fellow at …", "Sunil Dhar is a retired
    diplomat. Views are personal." under "By Sunil Dhar"): it names the author and an employer the story does not.
    A note starts with the name of a byline (a line dropped as one) and "is a" ("VOA News is produced by …"),
    anywhere in the story ("Imran Khan was ousted …" under "By Imran Khan" is story); or with "The
    writer is a …" in the page's last lines, as a story about a writer does not.
    """
    start = _body_start(lines, keep)
    bylines = filter(None, (_BYLINE_NAME.match(" ".join(line.split())) for line, kept in zip(lines, keep) if not kept))
    names = {match["name"] for match in bylines}
    note = re.compile(rf"(?:(?:Dr|Prof)\.?\s+)?(?:{'|'.join(map(re.escape, names))})\s+is\s+"
                      r"(?:a|an|the|produced|published|owned|funded)\s") if names else None
    last_lines = [index for index, kept in enumerate(keep) if kept][-_NOTE_LINES:]
    for index in range(start, len(lines)):
        line = lines[index]
        if keep[index] and (note is not None and note.match(line) or index in last_lines and _is_writer_note(line)):
            keep[index] = False


def _is_writer_note(line: str) -> bool:
    """"The writer is a senior fellow at …", not a story's sentence about an author, which says who told it ("The
    author is a naturalised US citizen …, his agent said", "…, according to his publisher")."""
    return bool(_WRITER_NOTE.match(line)) and not _ATTRIBUTED.search(line)


_ATTRIBUTED = re.compile(r",\s+(?:(?:[\w'’.-]+\s+){1,5}(?:said|says|added|told\s+[\w ]+)|according\s+to\s+[\w'’ ]+)"
                         r"\.?[”\"]?$")


# The words of a teaser, a page's link to another story, wherever the page reader looks for one: the label of a
# teaser's line ("Also read: …", furniture), the header of a list of teasers ("Related Stories"), the title of one
# over its date ("Read next: Border talks resume").
_STORIES = r"\s+(?:articles?|posts?|news|stories|content|topics|videos?|reads?|links?)"
_FOR_YOU = r"\s+(?:for\s+you|now)"
# Adjectives that head a list alone ("Latest"), but are a teaser's word only with its noun ("Top stories: …"): a dash
# or a colon after one alone opens a sentence or a live blog's entry ("Top-level review", "Latest: Kyiv says …").
_LIST_ADJECTIVES = r"top|latest|popular|similar"
_TEASER_WORDS = (
    r"also\s+(?:read|see|watch)|read(?:\s+(?:also|more|next))?|see\s+also|must\s+read|watch|listen|suggested"
    r"|don'?t\s+miss|you\s+(?:may|might)\s+(?:also\s+)?like|most\s+(?:read|popular|viewed|shared)|further\s+reading"
    r"|more\s+from\s+[\w ]{1,30}|more\s+like\s+this|related\s+\w+"
    rf"|(?:related|more|recommended|trending|editor'?s?'?\s+picks?)(?:{_STORIES})?(?:{_FOR_YOU})?"
    rf"|(?:{_LIST_ADJECTIVES})(?:{_STORIES}(?:{_FOR_YOU})?|{_FOR_YOU})")
# What parts a teaser's word from its title: "Also read: …", "WATCH | …", "More »".
_TEASER_MARK = r"\s*[:|\-–—>»]"
_LIST_HEADER = re.compile(rf"(?:{_TEASER_WORDS}|{_LIST_ADJECTIVES})\s*:?", re.IGNORECASE)


def _drop_listed_titles(lines: list[str], keep: list[bool]) -> None:
    """Drop the titles listed under a list's header ("Related Stories", "Trending Topics", "Read more:"), up to the
    first line that ends as a sentence and has no bullet: with the header gone, a title alone is a line of text, and
    a name in it ("Taliban", "Pakistan army chief visits troops along the LoC") is taken for one the story names.
    Past a blank line (a page's list items as paragraphs), only bulleted titles that end no sentence go on the list.
    """
    listed, link = None, False  # "all" lines right under the header, then "bulleted" ones past a blank line
    for index, line in enumerate(lines):
        if not line:
            listed = (listed == "all" and not link or listed == "bulleted") and "bulleted"
        elif _LIST_HEADER.fullmatch(" ".join(line.split()).strip("•·*-–—»> ")):
            listed, link = "all", _is_link_label(line)
        elif _is_listed_title(line, listed):
            keep[index] = False
        else:
            listed = None


def _is_listed_title(line: str, listed: str | bool | None) -> bool:
    """Right under the header, any line that ends no sentence or has a bullet; past a blank line, a bulleted line
    that ends no sentence: a bulleted sentence there is the story's, under a header whose titles the copy lost."""
    bulleted = _BULLET.match(line) is not None
    if listed == "all":
        return bulleted or not line.endswith(_SENTENCE_ENDS)
    return listed == "bulleted" and bulleted and not line.endswith(_SENTENCE_ENDS)


def _drop_repeats(lines: list[str], keep: list[bool], title: str | None) -> None:
    """Drop the headline's copies and the earlier of two copies of a line (a standfirst repeated as the lead).

    An earlier line also counts as a copy when a nearby later paragraph starts with it.
    """
    kept = [index for index, flag in enumerate(keep) if flag]
    last_seen = {_key(lines[index]): index for index in kept}
    title_key = _key(title) if title else None
    for position, index in enumerate(kept):
        key = _key(lines[index])
        nearby = [_key(lines[later]) for later in kept[position + 1 : position + 6]]
        prefix_of_later = len(key.split()) >= 6 and any(other.startswith(key) for other in nearby)
        if key == title_key or last_seen[key] != index or prefix_of_later:
            keep[index] = False


def _one_paragraph_per_line(lines: list[str]) -> bool:
    """Whether each line is a paragraph: a text with no blank line whose long lines end like sentences (a page
    copied line by line, a feed's text field). Read as one paragraph, its whole body would be one block, judged
    and parsed as a whole. A hard-wrapped text (its long lines end mid-sentence) keeps its lines together.

    >>> story = ["Border reopens", "The troops left the border post on Monday, officials in the province said.",
    ...          "“We will stay in the district until the road is safe again,” the commander told reporters."]
    >>> _one_paragraph_per_line(story), _one_paragraph_per_line([story[0], "", *story[1:]])
    (True, False)
    >>> _one_paragraph_per_line(["The troops left the border post on Monday, officials in the province said, and",
    ...                          "the crossing was closed for a week while engineers cleared the road of mines"])
    False
    """
    filled = [index for index, line in enumerate(lines) if line.strip()]
    if not filled or any(not line.strip() for line in lines[filled[0]: filled[-1] + 1]):
        return False
    long_lines = [line for line in lines if len(line) >= _LONG_LINE]
    ended = sum(line.rstrip().endswith(_SENTENCE_ENDS) for line in long_lines)
    return len(long_lines) >= 2 and 2 * ended >= len(long_lines)


_LONG_LINE = 60  # characters: a line of story text, not a headline or a menu
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "’", "'", ")", ":")


def _hard_wrapped(lines: list[str]) -> bool:
    """Whether the text was cut into lines of a fixed width (an e-mail, a wire feed, a text export): nine lines in
    ten are no longer than a wrap width, and lines end mid-sentence with the paragraph going on below them. A page's
    body paragraphs are each one longer line, so their line breaks are not taken for wrapping.

    >>> _hard_wrapped(["The border guards left the post near the river on Monday, officials in the",
    ...                "province said, and the crossing was closed for a week while engineers",
    ...                "cleared the road of mines that had been laid during the fighting."] * 2)
    True
    >>> _hard_wrapped(["Subscribe to Tengrinews on Telegram and Instagram", "Found a typo? Press Ctrl+Enter"])
    False
    """
    filled = [line for line in lines if line.strip()]
    if 10 * sum(len(line) > _WRAP_WIDTH for line in filled) > len(filled):  # a few long lines: a caption, a URL
        return False
    cut = sum(1 for line, below in zip(lines, lines[1:])
              if len(line) >= _WRAPPED_LINE and below.strip() and not line.rstrip().endswith(_SENTENCE_ENDS))
    return cut >= 3


_WRAP_WIDTH = 100  # characters: the widest lines of a wrapped text (72 and 80 are usual), but for one in ten


def _paragraphs(lines: list[str], keep: list[bool], per_line: bool = False, wrapped: bool = False) -> str:
    """Kept lines, grouped by the blank lines between them (``per_line``: each line its own paragraph), joined
    by a blank line; a ``wrapped`` text's wrapped paragraphs joined into their lines of text (:func:`_joined`);
    a paragraph cut by the page put together again (:func:`_rejoined`)."""
    groups, current = [], []
    for line, kept in zip(lines, keep):
        if per_line and kept:
            groups.append([line])
        elif not line and current:
            groups.append(current)
            current = []
        elif kept:
            current.append(line)
    if current:
        groups.append(current)
    if wrapped:
        return "\n\n".join(_rejoined([_joined(group) for group in groups]))
    last_story = max((index for index, group in enumerate(groups) if any(map(_is_story_line, group))), default=0)
    paragraphs = [part for index, group in enumerate(groups)
                  for part in _labels_apart(_subhead_apart(group), with_tail=index < last_story)]
    return "\n\n".join(_rejoined(paragraphs))


def _subhead_apart(lines: list[str]) -> list[str]:
    r"""A paragraph's lines, a subhead glued above its first line of story text ("THE BACKGROUND", "A Fragile Calm")
    made a paragraph of its own (the lines given as one line each): read with the story, it opens the sentence
    ("THE BACKGROUND Security officials said …") and is taken for a name. A time or a date above a live blog's
    entry, and the headline under it, stay.

    >>> _subhead_apart(["WHAT HAPPENS NEXT", "Security officials said troops along the border were on high alert."])
    ['WHAT HAPPENS NEXT', 'Security officials said troops along the border were on high alert.']
    >>> _subhead_apart(["What happens next", "Security officials said troops along the border were on high alert."])[0]
    'What happens next'
    >>> _subhead_apart(["May 10, 18:40 IST", "Dar Confirms From Islamabad", "Pakistan's minister said so."])[0]
    "May 10, 18:40 IST\nDar Confirms From Islamabad\nPakistan's minister said so."
    """
    if len(lines) < 2 or not _is_story_line(lines[1]) or lines[1][:1].islower() or not _is_subhead(lines[0], lines[1]):
        return ["\n".join(lines)]
    return [lines[0], "\n".join(lines[1:])]


def _is_subhead(line: str, below: str) -> bool:
    """A short line with no sentence's end and no figure but a year (a time, a date is no subhead), upper-case,
    title-cased or a sentence-case subhead, over story text (not a list's header)."""
    short = len(line.split()) <= 8 and not line.endswith(_SENTENCE_ENDS) and not re.search(r"\d", _YEAR.sub("", line))
    if not short or not any(char.isalpha() for char in line) or (_YEAR.search(line) and _MONTH_WORD.search(line)):
        return False
    if _BULLET.match(below):  # the header of a list ("Key points")
        return False
    return line.isupper() or _title_cased(line) or _sentence_case_subhead(line, below)


def _sentence_case_subhead(line: str, below: str) -> bool:
    """Whether a line in sentence case is a subhead ("What happens next"): a few words, shorter than half the story
    line below, not ending on a word ("on", "said") that a wrapped sentence goes on from; a live blog entry's
    "Name: what he said" headline stays with the entry it names the speaker of."""
    words = line.split()
    return (line[:1].isupper() and len(words) <= 6 and 2 * len(line) < len(below) and ":" not in line
            and not _goes_on_from(line))


_MONTH_WORD = re.compile(rf"\b(?:{'|'.join([*MONTHS, *MONTH_ABBREVIATIONS])})\b", re.IGNORECASE)


def _labels_apart(paragraphs: list[str], with_tail: bool = True) -> list[str]:
    """The paragraphs, the last of them with its glued labels apart (:func:`_label_apart`) when ``with_tail``."""
    return paragraphs[:-1] + _label_apart(paragraphs[-1].split("\n")) if with_tail else paragraphs


def _label_apart(lines: list[str]) -> list[str]:
    r"""A paragraph, with the short lines that end no sentence under its last line of story text put in a paragraph
    of their own: a copied page glues an ad's notice, a teaser or a menu to the paragraph above ("Advertisement -
    Scroll to continue"), and a paragraph that ends on no sentence is read as a headline or a list, story and all.
    Only paragraphs with story after them are split: the page's last block mixes its notices ("Dear readers, …
    Please support us.") with the widgets that end it, and is furniture as a whole.

    >>> _label_apart(["The crossing was closed for trade, officials in Chaman said on Sunday.",
    ...               "Scroll to continue with content"])
    ['The crossing was closed for trade, officials in Chaman said on Sunday.', 'Scroll to continue with content']
    >>> _label_apart(["23:40 IST", "Taliban fighters entered Kabul, the group's spokesman said on Twitter."])
    ["23:40 IST\nTaliban fighters entered Kabul, the group's spokesman said on Twitter."]
    """
    last_story = max((index for index, line in enumerate(lines) if _is_story_line(line) or _is_cut(line)),
                     default=None)
    tail = lines[last_story + 1:] if last_story is not None else []
    if not tail or any(len(line) >= _LONG_LINE or line.endswith(_SENTENCE_ENDS) for line in tail):
        return ["\n".join(lines)]
    return ["\n".join(lines[:last_story + 1]), "\n".join(tail)]


def _is_story_line(line: str) -> bool:
    return len(line) >= _LONG_LINE and line.endswith(_SENTENCE_ENDS) and not line.endswith(":")


_CUT_WORDS = 6  # words: fewer before the cut, and a comma ends a salutation or a label ("Dear readers,") as often


def _rejoined(paragraphs: list[str]) -> list[str]:
    """The paragraphs, with one that a page cut mid-sentence joined to its rest: an ad, a teaser or a widget is put
    between two parts of one paragraph, and a part read alone is no sentence. Cut mid-sentence: the part ends on a
    comma (also inside a quote's closing mark), leaves a quote open that the rest closes, or ends with no mark and the
    rest starts in lower case.

    >>> _rejoined(["Six civilians were killed when Afghan forces opened fire on Chaman on Sunday,",
    ...            "the military's media wing said."])
    ["Six civilians were killed when Afghan forces opened fire on Chaman on Sunday, the military's media wing said."]
    >>> _rejoined(["“Our soldiers did not retreat a single step.", "We will defend every village,” Tashiev said."])
    ['“Our soldiers did not retreat a single step. We will defend every village,” Tashiev said.']
    >>> _rejoined(["“Our soldiers did not retreat a single step.", "“We will defend every village,” he said."])[1]
    '“We will defend every village,” he said.'
    >>> _rejoined(["Who was there?", "the host said nothing."]), _rejoined(["Taliban take Kabul", "iPhone sales fell."])
    (['Who was there?', 'the host said nothing.'], ['Taliban take Kabul', 'iPhone sales fell.'])
    """
    joined: list[str] = []
    for paragraph in paragraphs:
        if joined and _cut_mid_sentence(joined[-1], paragraph):
            joined[-1] += " " + paragraph
        elif len(joined) > 1 and _is_label(joined[-1]) and _cut_mid_sentence(joined[-2], paragraph):
            joined[-2] += " " + paragraph  # a widget's title glued under the cut stays out of the sentence
        else:
            joined.append(paragraph)
    return joined


def _is_label(paragraph: str) -> bool:
    """One short line that ends no sentence: a widget's or a teaser's title, a subhead."""
    return "\n" not in paragraph and len(paragraph) < _LONG_LINE and not paragraph.endswith(_SENTENCE_ENDS)


def _cut_mid_sentence(part: str, rest: str) -> bool:
    if len(part.split()) < _CUT_WORDS or not rest or _is_label(rest):
        return False
    if part.endswith(_COMMA_ENDS) or _quote_left_open(part) and _quote_closed(rest):
        return True
    first_word = rest.split(maxsplit=1)[0]
    continued = first_word.isalpha() and first_word.islower() and first_word not in _NAME_PARTICLES
    return continued and (part[-1].isalpha() or part.endswith(("”", '"')) and _quote_closes_line(part))


_NAME_PARTICLES = frozenset("al el de da di du la le van von der bin ibn abu ul ud".split())  # "al-Qaeda", "de Mistura"


def _quote_closes_line(part: str) -> bool:
    """The part ends on a quote it opened: “… with full force” (then "said the minister")."""
    last = part.split("\n")[-1]
    return last.count("“") == last.count("”") > 0 or last.count('"') >= 2 and last.count('"') % 2 == 0


_COMMA_ENDS = (",", ",”", ',"', ",’")  # a quote that ends on a comma goes on with its speaker: “…,” Rezaei said


def _quote_left_open(part: str) -> bool:
    return part.count("“") > part.count("”")


def _quote_closed(rest: str) -> bool:
    """The rest closes a quote it does not open; a quote over several paragraphs opens each of them again."""
    return rest.count("”") > rest.count("“") and not rest.startswith("“")


def _joined(lines: list[str]) -> str:
    r"""A paragraph's lines; those of a hard-wrapped one joined by spaces, as the text they were cut from (the
    parser reads a line break inside a sentence as a word, and parses the sentence wrong). Hard-wrapped: every
    line but the last is long, and one ends mid-sentence. A timestamp, a label or a headline above its text stays
    on its line.

    >>> _joined(["The border guards left the post near the river on Monday, officials", "said."])
    'The border guards left the post near the river on Monday, officials said.'
    >>> _joined(["23:40 IST", "Taliban fighters entered Kabul."])
    '23:40 IST\nTaliban fighters entered Kabul.'
    >>> _joined(["Kun.uz: Why did you meet him?", "Why not?"])
    'Kun.uz: Why did you meet him?\nWhy not?'
    """
    wrapped = len(lines) > 1 and all(len(line) >= _WRAPPED_LINE for line in lines[:-1]) \
        and any(not line.rstrip().endswith(_SENTENCE_ENDS) for line in lines[:-1])
    return (" " if wrapped else "\n").join(lines)


_WRAPPED_LINE = 45  # characters: the shortest line a hard-wrapped paragraph has but its last


# --- furniture -------------------------------------------------------------------------------

_FURNITURE_ANY_CASE = [re.compile(pattern, re.IGNORECASE) for pattern in (
    # comment widgets
    r"(?:post|leave|add|write|submit)\s+an?\s+(?:comment|reply|response)(?:\s+below)?|cancel\s+reply"
    r"|comments?(?:\s*\(\d+\))?|no\s+comments(?:\s+yet)?|comments\s+are\s+closed|be\s+the\s+first\s+to\s+comment.*",
    r"\d+\s+(?:comments?|replies|responses|shares?|views?|likes?|votes?)|\d+\s+\d+\s+votes?|\d+\s+[^\x00-\x7f\s]{1,8}",
    r"notify\s+of(?:\s+new\b.*)?|(?:\d+\s+)?inline\s+feedbacks?|(?:view|show|load|see)\s+(?:all\s+|more\s+)?comments"
    r"|article\s+rating|rate\s+this\s+(?:article|story|post)",
    r"your\s+email\s+address\s+will\s+not\s+be\s+published.*|required\s+fields\s+are\s+marked.*"
    r"|the\s+content\s+of\s+this\s+field\s+is\s+kept\s+private.*|save\s+my\s+name,?\s+email.*"
    r"|(?:you\s+must\s+be\s+)?log(?:ged)?\s*in\s+to\s+(?:post\s+a\s+)?(?:comment|reply).*"
    r"|this\s+site\s+uses\s+akismet.*"
    r"|(?:name|e-?mail|website|comment|message)\s*\*:?",
    # teasers and navigation
    # "Also read: …"; "Click here: …" labels a link, no teaser
    rf"(?:{_TEASER_WORDS}|click\s+here){_TEASER_MARK}.*",
    r"[^»›>]{1,40}(?:\s*[»›>]\s*[^»›>]{1,40}){1,6}",  # breadcrumbs: Home » World » Asia
    _LIST_HEADER.pattern,  # the header of a list of teasers: "Related Stories", "Read next:"
    r"back\s+to\s+top(?:\s+button)?|(?:go|scroll)\s+to\s+top|skip\s+to\s+(?:main\s+)?content|home|menu|search"
    r"|(?:next|previous|prev)\s+(?:article|post|story)|sign\s*in|log\s*in|subscribe(?:\s+now)?"
    r"|print(?:\s+this\s+(?:page|article))?",
    r"click\s+to\s+(?:share|print|email)\b.*|like\s+this:?|\d+\s*min(?:ute)?s?\s+read|reading\s+time\s*:.*"
    r"|(?:updated|published|posted)\s*:?\s*\d+\s+(?:minutes?|hours?|days?)\s+ago",
    r"source\s+link|source\s*:.{1,40}|(?:tags?|topics?|filed\s+under|categor(?:y|ies)|keywords)\s*:.*",
    r"(?:follow\s+us|join\s+(?:us|our)|sign\s+up|download\s+(?:the|our)\s+app|subscribe\s+to)\b.{0,60}",
    # labels, credits, ads
    r"images?|photos?|picture|video|watch\s+video|file\s+(?:photo|image)|representational\s+(?:image|photo)|gallery"
    r"|advertisements?\.?|advertisment|ad|sponsored(?:\s+content)?|promoted|loading\.*",
    # an ad's notice that the story goes on, a player's or a list widget's label
    r"(?:advertisement|ad)?\s*[-–—:|]?\s*(?:scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?"
    r"|(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)(?:\s+(?:this|the))?"
    r"(?:\s+(?:ad|advert(?:isement)?))?"
    r"|continue\s+reading(?:\s+(?:below|the\s+main\s+story))?)",
    r"listen\s+to\s+(?:this\s+)?(?:article|story)(?:\s*[(:|-]?\s*\d+\s*min(?:ute)?s?\)?)?|\d+\s*min(?:ute)?s?"
    r"|list\s+of\s+\d+\s+items|list\s+\d+\s+of\s+\d+",
    r"\(?(?:(?:featured|file|representative|representational)\s+)?(?:photo|image|picture|pic|video)s?"
    r"(?:\s+(?:credits?|courtesy|source))?\s*[:|].{1,60}\)?",
    r"appeared\s+in\s+the\s+.{1,40}\s+print\s+edition\b.*",  # "Appeared in the March 11, 2023, print edition as …"
    r"(?:write|contact|e-?mail)\s+(?:to\s+)?.{1,60}\s+at\s+\S+@\S+",  # "Write to Laura Kessler at l.k@wsj.com"
    r"(?:©|\(c\)|copyright\b).{0,100}|.{0,100}all\s+rights\s+reserved\.?",
    r"disclaimer\s*:.*|catch\s+(?:all\s+)?(?:the\s+)?latest\s+.{0,150}",  # the outlet's notices under the story
    r"\(?(?:with\s+)?(?:agency\s+)?inputs?\s+from\s+.{1,50}\)?\.?",
    r"\[\s*(?:excerpts?|abridged|edited|editor'?s\s+note|note)\b[^\[\]]{0,200}\]",  # "[Excerpt; the full …]"
)]
_FURNITURE_CASED = [re.compile(pattern) for pattern in (
    r"\(\s*[A-Z]{2,8}(?:\s*[/,&]\s*[A-Z]{2,8})*\s*\)|[-–—\s]*[A-Z]{2,6}",  # agency tags: (SAM), (PTI/ANI), — IANS
    r"[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,2}",  # lone lowercase words: tags, slugs, site names
    r"\(?(?:[A-Z][\w.'’-]*\s+){0,3}(?:Photo|Photos|Images?)\s*/\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}\)?",
    # a photo credit: "UN Photo/Loey Felipe", "(AP Photo/Rahmat Gul)"
    r"(?:[A-Z][a-z]+\s+|[A-Z]+\s+)?(?:News|NEWS|Edition|EDITION)",  # section labels: English News, WORLD NEWS
    r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}",  # a bare domain: the site's name
    r"(?:By|Written\s+by|Reported\s+by|Edited\s+by|Posted\s+by)\s+[A-Z][\w.'’-]*"
    r"(?:(?:\s*[,|&]\s*|\s+(?:and|in)\s+|\s+)[A-Z][\w.'’-]*){0,6}",  # bylines
)]
_SHARE_WORDS = frozenset(
    "facebook twitter x youtube instagram linkedin whatsapp telegram pinterest reddit tumblr email e-mail mail "
    "print share shares tweet copy link koo messenger flipboard pocket threads snapchat tiktok vk google+ google "
    "on via us follow this article story the sharethis".split()
)
_UUID = re.compile(r"[0-9a-f]{8}(?:[\s_-][0-9a-f]{4}){3}[\s_-][0-9a-f]{12}|\b[0-9a-f]{32,}\b", re.IGNORECASE)
_SITE_SUFFIX = re.compile(r"\s[-–—|]\s+(?P<site>[A-Z][\w.'&]*(?:\s+[A-Z][\w.'&]*){0,4})$")
_AD_TOPIC = re.compile(r"\b(?:bitcoin|crypto\w*|forex|cfds?|casinos?|betting|binary\s+options?)\b", re.IGNORECASE)
_AD_PITCH = re.compile(
    r"\b(?:best|top|buy|cheap|exchanges?|platforms?|brokers?|wallets?|apps?|signals?|bots?|robots?|bonus|reviews?"
    r"|offers?|deals?|sign\s+up|trading)\b", re.IGNORECASE
)


def is_furniture(line: str) -> bool:
    """Whether a line is page furniture rather than article text.

    >>> [is_furniture(line) for line in ("Leave a Reply", "  • twitter", "Also Read: Talks end", "(PTI)")]
    [True, True, True, True]
    >>> is_furniture("Tajikistan on Monday ordered the mobilization of 20,000 troops.")
    False
    """
    text = " ".join(line.split()).strip("•·*-–—»> ")
    if not text:
        return True
    return (
        any(pattern.fullmatch(text) for pattern in _FURNITURE_ANY_CASE)
        or any(pattern.fullmatch(text) for pattern in _FURNITURE_CASED)
        or _is_share_menu(text)
        or _is_ad(text)
        or _is_garbage(text)
    )


def _is_share_menu(text: str) -> bool:
    words = [word for word in re.split(r"[\s•·|/,:]+", text.casefold()) if word]
    return bool(words) and all(word in _SHARE_WORDS for word in words)


def _is_ad(text: str) -> bool:
    """Short promotional lines ("Best Bitcoin Trading Platform"): a product topic and a sales pitch, no sentence."""
    short = len(text.split()) <= 6 and not text.endswith((".", "?", "!", '"', "”"))
    return short and bool(_AD_TOPIC.search(text)) and bool(_AD_PITCH.search(text))


def _is_garbage(text: str) -> bool:
    """Identifiers left over from scraping (UUIDs, hashes), optionally followed by " - Outlet"."""
    without_id = _UUID.sub("", text, count=1)
    return without_id != text and not _SITE_SUFFIX.sub("", without_id).strip(" -–—|")


# --- metadata: date, outlet, language -----------------------------------------------------------

_YEAR = re.compile(r"\b(?:1[89]|2\d)\d\d\b")
_TIME_OF_DAY = re.compile(
    r"T?\b\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?"
    r"|\b(?:IST|GMT|UTC|BST|CES?T|[ECMP][SD]T|MSK|ET|PT|Z)\b|[+-]\d{2}:?\d{2}\b"
)
_DATE_LABELS = re.compile(
    r"\b(?:first\s+)?(?:published|posted|updated|last\s+updated|modified|created|date[d]?|on|at|in|by|and|of|the)\b",
    re.IGNORECASE,
)


def _full_date_spans(line: str) -> list[tuple[int, int, str]]:
    return [span for span in find_date_expressions(line) if _YEAR.search(span[2])]


def _is_date_line(line: str) -> bool:
    """A dateline: a full date plus at most a few capitalised words ("New Delhi | Updated: Jul 6, 2021 10:30 IST"),
    a credit row with a date among its short parts ("Source: Daily Report | Editor: Jo Lee | 2021-07-15"), or one
    with a part that opens with a label and the date ("By A and B in Xi'an | Updated: 2023-05-19 21:06",
    "Published on January 18, 2025, at 10:02 am (Paris) | 3 min read")."""
    parts = [part for part in _CREDIT_SEPARATORS.split(line.strip()) if part and not _CREDIT_NOISE.fullmatch(part)]
    if len(parts) > 1 and len(line) <= 160 and any(_labelled_date(part) for part in parts):
        return True
    if len(parts) > 1 and len(line) <= 160 and any(_is_date_line(part) for part in parts) and \
            all(len(part.split()) <= 5 for part in parts):
        return True
    if len(parts) == 1:  # what is left of a row without its reading time: "January 31, 2022 | 7 min read"
        line = parts[0]
        if _labelled_date(line):
            return True
    if len(line) > 120 or line.rstrip().endswith("."):
        return False
    spans = _full_date_spans(line)
    if not spans:
        return False
    rest = line
    for start, end, _ in reversed(spans):
        rest = rest[:start] + " " + rest[end:]
    words = re.findall(r"[^\W\d_]+", _DATE_LABELS.sub(" ", _TIME_OF_DAY.sub(" ", rest)))
    return len(words) <= 6 and all(word[0].isupper() for word in words)


_CREDIT_SEPARATORS = re.compile(r"\s+[|/·•]\s+")
# Parts of a credit row that are no words of a dateline: a reading time, an update told as an age.
_CREDIT_NOISE = re.compile(r"\d+\s*min(?:ute)?s?\s+read|(?i:updated\s+)?\d+\s+(?:minutes?|hours?|days?)\s+ago")
_LABELLED = re.compile(r"(?i:(?:first\s+)?published|posted|(?:last\s+)?updated|modified|issued):?\s+")
# What may follow a labelled date: its time, a time zone, a place in brackets (", at 10:02 am (Paris)", " 21:06 IST").
_DATE_TAIL = re.compile(r"[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
                        r"(?:\s*\([^)]*\))?(?:\s+[A-Z]{2,5})?\s*")


def _labelled_date(part: str) -> bool:
    """"Published on January 18, 2025, at 10:02 am (Paris)", "Updated: 2023-05-19 21:06": a label, then a full date
    and at most its time; not a sentence ("Published on July 6, 2021, the report found that …", with or without its
    full stop)."""
    label = _LABELLED.match(part)
    if label is None or len(part) > 80:
        return False
    return any(start == label.end() and _DATE_TAIL.fullmatch(part[end:]) for start, end, _ in _full_date_spans(part))


def _publication_date(lines: list[str], title_index: int | None = None) -> date | None:
    """The date of the first dateline, preferring one in the lines under the headline (further down, a date is as
    often a related story's or an archive's: "Published on July 6, 2021" under a teaser; above the headline, a site's
    widget of today's date), avoiding "updated" and the lines above the headline, then one above the story's last
    line (under it, a teaser's "Published on" is as often as the story's own), then one labelled "published". The
    date right under a teaser's title is that teaser's, never the story's."""
    story_lines = [index for index, line in enumerate(lines) if _is_story_line(line)]
    story_end = story_lines[-1] if story_lines else len(lines)
    candidates = []
    for index, line in enumerate(lines):
        if not line or not _is_date_line(line) or _under_teaser(lines, index):
            continue
        found = next(filter(None, (absolute_date(text) for _, _, text in _full_date_spans(line))), None)
        if found is not None:
            lowered = line.lower()
            labelled = re.search(r"publish|posted", lowered) is not None
            update = not labelled and re.search(r"updat|modif", lowered) is not None
            credited = _under_headline(index, title_index, story_lines, len(lines)) and not update  # an update is
            # no publication
            preference = _DatePreference(
                uncredited=not credited, update=update, above_headline=title_index is not None and index < title_index,
                under_story=index > story_end, unlabelled=not labelled, index=index)
            candidates.append((preference, found))
    return min(candidates)[1] if candidates else None


_TEASER = re.compile(rf"(?:{_TEASER_WORDS}){_TEASER_MARK}\s*\S", re.IGNORECASE)


def _under_teaser(lines: list[str], index: int) -> bool:
    """Whether a line is the date of the teaser right above it ("Related: Border talks resume" then "Published on
    July 6, 2021"): another story's, never this one's."""
    return index > 0 and _TEASER.match(lines[index - 1].strip("•·*-–—»> ")) is not None


class _DatePreference(NamedTuple):
    """What makes a dateline less likely the story's own, in order of weight (False before True), then its place."""
    uncredited: bool
    update: bool
    above_headline: bool
    under_story: bool
    unlabelled: bool
    index: int


def _under_headline(index: int, title_index: int | None, story_lines: list[int], line_count: int) -> bool:
    """Whether a line is among the story's credits under its headline: above its second paragraph of story text
    (the first may be a standfirst, with the byline and the dateline under it); ``story_lines`` are the indexes of
    the page's lines of story text."""
    start = -1 if title_index is None else title_index
    story = [number for number in story_lines if number > start]
    return start < index < (story[1] if len(story) > 1 else line_count)


def _outlet(header: list[str], body: str) -> str | None:
    """The outlet, only where the page states it: "<id> - Outlet", a domain, or a site slug the body spells out."""
    for line in header:
        text = " ".join(line.split())
        suffix = _SITE_SUFFIX.search(text)
        if suffix and _is_garbage(text):
            return suffix["site"]
        if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}", text):
            return text
        if re.fullmatch(r"[a-z]{4,}", text):
            spelled = _spelled_out(text, body)
            if spelled:
                return spelled
    return None


def _spelled_out(slug: str, body: str) -> str | None:
    """The body's capitalised name whose letters make the slug: "indianarrative" -> "India Narrative"."""
    for match in re.finditer(r"\b[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}", body):
        words = match.group().split()
        for end in range(len(words), 0, -1):
            if "".join(words[:end]).lower() == slug:
                return " ".join(words[:end])
    return None


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on with as was by it at from be has have are said this an not or his her "
    "their which will were but had its been they after who would also".split()
)
_CUT_AFTER = _SMALL_WORDS | _ENGLISH_FUNCTION_WORDS  # see :func:`_goes_on_from`


ENGLISH_SHARE = 0.15  # English news has 0.3 or more (the seeds, every evaluation article): a wide margin
WORDS_TO_TELL = 20  # fewer words say too little: "Troops moved on July 5." has one function word in five


def detect_language(text: str) -> str:
    """ "en", or "und" when few words are common English function words (no model needed).

    >>> detect_language("The minister said that the talks with Russia were held on Friday.")
    'en'
    >>> detect_language("Der Minister sagte, dass die Gespräche mit Russland am Freitag stattfanden.")
    'und'
    """
    return "en" if _english_share(_words(text)) >= ENGLISH_SHARE else "und"


def is_foreign(text: str) -> bool:
    """Whether a text has words enough to tell, and is not English by :func:`detect_language`'s measure."""
    words = _words(text)
    return len(words) >= WORDS_TO_TELL and _english_share(words) < ENGLISH_SHARE


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


def _english_share(words: list[str]) -> float:
    return sum(word in _ENGLISH_FUNCTION_WORDS for word in words) / len(words) if words else 0.0
