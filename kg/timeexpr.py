"""Date expressions in news text, resolved against the article's publication date.

News dates are mostly relative ("on Monday", "yesterday"): they name a day only once the
publication date is known, so :func:`resolve` returns ``None`` for them when it is not.
Vague spans ("last week", "in April") are found but never resolved to a day: a wrong day
in the graph is worse than none.

>>> from datetime import date
>>> published = date(2021, 7, 6)  # a Tuesday
>>> [resolve(text, published) for _, _, text in find_date_expressions(
...     "Tajikistan on Monday ordered troops, days after talks on July 2, 2021 and in April.")]
[datetime.date(2021, 7, 5), datetime.date(2021, 7, 2), None]
"""
from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS = {"sept": 9, **{name[:3]: number for name, number in MONTHS.items()}}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _capitalised(words) -> str:
    """An alternation matching each word Capitalised or UPPERCASE, not lowercase ("may" is a verb)."""
    forms = sorted({form for word in words for form in (word.capitalize(), word.upper())}, key=len, reverse=True)
    return "|".join(forms)


_MONTH_NAME = rf"(?:{_capitalised(MONTHS)})\b"
_MONTH = rf"(?:{_capitalised([*MONTHS, *MONTH_ABBREVIATIONS])})\b\.?"
_WEEKDAY = rf"(?:{_capitalised(WEEKDAYS)})\b"
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_WEEKDAY_PREFIX = rf"(?:(?:{_capitalised([*WEEKDAYS, *_WEEKDAY_ABBREVIATIONS])})\b\.?,?\s+)?"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|2\d)\d\d"
_ON = r"(?:\b[Oo]n\s+)?"
_PART_OF_DAY = r"(?:\s+(?:morning|afternoon|evening|night))?"
_NUMBER = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"

# (kind, pattern): "day" spans name a calendar day (given the publication date); "vague" ones do not.
_PATTERNS = [
    ("day", rf"{_ON}{_WEEKDAY_PREFIX}{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),  # (on) (Tuesday,) July 6(th), 2021
    ("day", rf"{_ON}{_WEEKDAY_PREFIX}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),  # 6(th) (of) July 2021
    ("day", rf"{_ON}\b{_DAY}-{_MONTH}-{_YEAR}\b"),  # 03-Jul-2024
    ("day", rf"{_ON}\b{_YEAR}-[01]\d-[0-3]\d(?!\d)"),  # 2021-07-06, also 2021-07-06T10:00
    ("day", rf"{_ON}\b(?:\d{{1,2}}([/.-])\d{{1,2}}\1{_YEAR}|{_YEAR}/\d{{1,2}}/\d{{1,2}})\b"),  # 06/07/2021, 14-07-2021
    ("day", rf"{_ON}\b{_MONTH}\s+{_DAY}\b(?![,\s]*\d)"),  # July 5
    ("day", rf"{_ON}\b(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH}(?![,\s]*\d)"),  # 5 July
    ("day", rf"{_ON}\b(?:(?:[Ll]ast|[Tt]his|[Nn]ext|[Pp]ast)\s+)?{_WEEKDAY}{_PART_OF_DAY}\b"),  # on Monday
    ("day", r"\b(?i:(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|tomorrow|last\s+night"
            r"|(?:earlier|later)\s+today|this\s+(?:morning|afternoon|evening))\b"),
    ("day", rf"\b(?i:{_NUMBER}\s+days?\s+ago)\b"),
    ("vague", rf"\b(?i:{_NUMBER}\s+(?:weeks?|months?|years?)\s+ago)\b"),
    ("vague", r"\b(?i:(?:(?:earlier|later)\s+)?(?:this|last|next|past|previous)\s+(?:week(?:end)?|month|year))\b"),
    ("vague", rf"\b[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?{_MONTH_NAME}(?:\s+{_YEAR})?(?!\s+\d)"),  # in April
]
_COMPILED = [(kind, re.compile(pattern)) for kind, pattern in _PATTERNS]


def find_date_expressions(sentence: str) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, text)`` of date-like expressions, left to right, longest first where they overlap.

    The spans keep a leading "on", so a span can be passed to :func:`resolve` as it is.

    >>> find_date_expressions("Tajikistan on Monday ordered the mobilization of 20,000 troops.")
    [(11, 20, 'on Monday')]
    >>> [text for _, _, text in find_date_expressions(
    ...     "Last week, talks held on 5 July 2021 were noted; Lavrov came in April, earlier this week and yesterday.")]
    ['Last week', 'on 5 July 2021', 'in April', 'earlier this week', 'yesterday']
    >>> find_date_expressions("The Taliban captured 24 of 28 districts during the 1996-2001 period.")
    []
    """
    candidates = [match for _, regex in _COMPILED for match in regex.finditer(sentence)]
    candidates.sort(key=lambda match: (match.start(), -match.end()))
    spans, covered_until = [], 0
    for match in candidates:
        if match.start() >= covered_until:
            spans.append((match.start(), match.end(), match.group()))
            covered_until = match.end()
    return spans


def resolve(text: str, published: date | None, *, future: bool = False) -> date | None:
    """The calendar day a date expression names, or ``None`` when it names no single day.

    A weekday is the most recent such day on or before publication (news convention), or with
    ``future=True`` (planned events: "will visit on Friday") the next one on or after it. A month
    and day without a year is taken in the year that puts it nearest to publication.

    >>> published = date(2021, 7, 6)  # a Tuesday
    >>> resolve("on Monday", published), resolve("Tuesday", published), resolve("yesterday", published)
    (datetime.date(2021, 7, 5), datetime.date(2021, 7, 6), datetime.date(2021, 7, 5))
    >>> resolve("on Friday", published, future=True)
    datetime.date(2021, 7, 9)
    >>> resolve("on July 5", published), resolve("5 July 2021", None)
    (datetime.date(2021, 7, 5), datetime.date(2021, 7, 5))
    >>> resolve("December 30", date(2022, 1, 3))
    datetime.date(2021, 12, 30)
    >>> [resolve(text, published) for text in ("last week", "in April", "later this week", "recently")]
    [None, None, None, None]
    >>> resolve("on Monday", None) is None
    True
    """
    phrase = _normalise(text)
    absolute = absolute_date(phrase)
    if absolute is not None or published is None:
        return absolute
    return (
        _relative_day(phrase, published)
        or _weekday(phrase, published, future)
        or _month_day(phrase, published)
    )


def absolute_date(text: str) -> date | None:
    """A full calendar date with its year ("Jul 06, 2021", "6 July 2021", "2021-07-06"), else ``None``.

    Numeric dates are read only when day and month cannot be confused.

    >>> absolute_date("Tuesday, Jul 06, 2021"), absolute_date("6th of July 2021")
    (datetime.date(2021, 7, 6), datetime.date(2021, 7, 6))
    >>> absolute_date("06/07/2021") is None, absolute_date("13/07/2021"), absolute_date("06.07.2021")
    (True, datetime.date(2021, 7, 13), datetime.date(2021, 7, 6))
    >>> absolute_date("July 32, 2021") is None
    True
    >>> absolute_date("03-Jul-2024"), absolute_date("14-07-2021"), absolute_date("06-07-2021") is None
    (datetime.date(2024, 7, 3), datetime.date(2021, 7, 14), True)
    """
    phrase = _normalise(text)
    phrase = re.sub(r"^(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]*\.?,?\s+", "", phrase)
    for pattern in (_ISO, _MONTH_DAY_YEAR, _DAY_MONTH_YEAR, _NUMERIC):
        match = pattern.fullmatch(phrase)
        if match:
            return _date_from(match)
    return None


_MONTH_WORD = r"(?P<month>[a-z]{3,9})\.?"
_DAY_NUMBER = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_ISO = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_MONTH_DAY_YEAR = re.compile(rf"{_MONTH_WORD}\s+{_DAY_NUMBER},?\s+(?P<year>\d{{4}})")
_DAY_MONTH_YEAR = re.compile(rf"(?:the\s+)?{_DAY_NUMBER}\s+(?:of\s+)?{_MONTH_WORD},?\s+(?P<year>\d{{4}})"
                             rf"|{_DAY_NUMBER.replace('day', 'day1')}-(?P<month1>[a-z]{{3,9}})-(?P<year1>\d{{4}})")
_NUMERIC = re.compile(r"(?P<first>\d{1,4})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?P<third>\d{1,4})")
_MONTH_DAY = re.compile(
    r"(?P<month>[a-z]{3,9})\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?:the\s+)?(?P<day1>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month1>[a-z]{3,9})\.?"
)


def _normalise(text: str) -> str:
    """Lowercase, single spaces, no leading "on" and no trailing punctuation."""
    phrase = " ".join(text.split()).lower().strip(" ,.;:")
    return re.sub(r"^on\s+", "", phrase)


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    if word.isdigit():
        return int(word)
    return MONTHS.get(word) or MONTH_ABBREVIATIONS.get(word)


def _safe_date(year: int, month: int | None, day: int) -> date | None:
    if month is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _date_from(match: re.Match) -> date | None:
    fields = match.groupdict()
    if "first" not in fields:  # a month named; "03-jul-2024" fills the alternative's fields
        year, month, day = (fields[name] or fields.get(f"{name}1") for name in ("year", "month", "day"))
        return _safe_date(int(year), _month_number(month), int(day))
    first, second, third = (int(fields[name]) for name in ("first", "second", "third"))
    if len(fields["first"]) == 4:  # 2021/07/06
        return _safe_date(first, second, third)
    if len(fields["third"]) != 4:
        return None
    if first == second or first > 12:  # 06/06/2021, 13/07/2021: day first or no matter
        return _safe_date(third, second, first)
    if second > 12:  # 07/13/2021
        return _safe_date(third, first, second)
    if "." in match.group(0):  # 10.02.2022: dots are the day-first convention (slashes are not)
        return _safe_date(third, second, first)
    return None  # 06/07/2021: June 7 or 6 July


_DAYS_BACK = {
    "today": 0, "tonight": 0, "earlier today": 0, "later today": 0, "this morning": 0,
    "this afternoon": 0, "this evening": 0, "yesterday": 1, "last night": 1,
    "day before yesterday": 2, "the day before yesterday": 2, "tomorrow": -1,
}
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _relative_day(phrase: str, published: date) -> date | None:
    if phrase in _DAYS_BACK:
        return published - timedelta(days=_DAYS_BACK[phrase])
    match = re.fullmatch(r"(\w+) days? ago", phrase)
    if match:
        count = _NUMBER_WORDS.get(match[1]) or (int(match[1]) if match[1].isdigit() else None)
        return None if count is None else published - timedelta(days=count)
    return None


def _weekday(phrase: str, published: date, future: bool) -> date | None:
    match = re.fullmatch(r"(?:(last|this|next|past) )?(\w+)(?: (?:morning|afternoon|evening|night))?", phrase)
    if not match or match[2] not in WEEKDAYS or match[1] == "this":  # "this Monday": either side of today
        return None
    weekday = WEEKDAYS.index(match[2])
    if match[1] == "next" or (future and match[1] is None):
        ahead = (weekday - published.weekday()) % 7
        return published + timedelta(days=ahead or (7 if match[1] == "next" else 0))
    back = (published.weekday() - weekday) % 7
    return published - timedelta(days=back or (7 if match[1] in ("last", "past") else 0))


def _month_day(phrase: str, published: date) -> date | None:
    match = _MONTH_DAY.fullmatch(phrase)
    if not match:
        return None
    month = _month_number(match["month"] or match["month1"])
    day = int(match["day"] or match["day1"])
    candidates = [_safe_date(year, month, day) for year in (published.year - 1, published.year, published.year + 1)]
    candidates = [candidate for candidate in candidates if candidate is not None]
    return min(candidates, key=lambda candidate: abs(candidate - published), default=None)
