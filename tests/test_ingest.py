"""Reading articles: the seeds against their gold, furniture from other outlets, formats and bad inputs."""
from __future__ import annotations

import hashlib
import json
import os
from datetime import date
from pathlib import Path

import pytest

from kg import ingest, page
from kg.errors import InputError
from kg.ingest import read_articles, read_html_article, read_text_article
from kg.page import is_furniture
from kg.records import Article

REPO = Path(__file__).resolve().parents[1]
SEEDS = REPO / "seeds"
GOLD = Path("/work/shared/gold/seeds")
SEED_NAMES = sorted(path.stem for path in SEEDS.glob("*.txt"))

needs_gold = pytest.mark.skipif(not GOLD.is_dir(), reason="gold annotations not available")


def seed(stem: str) -> Article:
    (article,) = read_articles(SEEDS / f"{stem}.txt")
    assert isinstance(article, Article), article
    return article


def gold(stem: str) -> dict:
    return json.loads((GOLD / f"{stem}.json").read_text(encoding="utf-8"))


def gold_sentences(annotation: dict) -> list[str]:
    facts = annotation["meetings"] + annotation["statements"] + annotation["military_actions"]
    return [sentence for fact in facts for sentence in [fact["evidence"], *fact.get("also_in", [])]]


# --- the seeds -------------------------------------------------------------------------------

@needs_gold
@pytest.mark.parametrize("stem", SEED_NAMES)
def test_seed_published_date_matches_gold(stem):
    expected = gold(stem)["published"]
    assert seed(stem).published == (date.fromisoformat(expected) if expected else None)


@needs_gold
@pytest.mark.parametrize("stem", SEED_NAMES)
def test_seed_body_has_no_gold_boilerplate(stem):
    body = seed(stem).text
    for line in gold(stem)["ignored_boilerplate"]:
        assert line not in body


@needs_gold
@pytest.mark.parametrize("stem", SEED_NAMES)
def test_seed_body_contains_every_gold_evidence_sentence_verbatim(stem):
    """Verbatim but for odd spaces, which reading makes plain ("President \u00a0Emomali Rahmon" in seed 000)."""
    body = seed(stem).text
    for sentence in gold_sentences(gold(stem)):
        assert page._plain_spaces(sentence) in body


def test_no_break_spaces_are_plain_spaces_to_the_parser():
    article = read_text_article("Talks in Samarkand\n\nPresident\u00a0Putin met Mr.\u00a0Modi\u200b on Friday.\n", "a.txt")
    assert article.text == "President Putin met Mr. Modi on Friday."


@pytest.mark.parametrize(
    "prefix, title",
    [
        ("000", "Amid deteriorating security situation, Afghanistan on agenda in Jaishankar’s Moscow visit"),
        ("001", "India, Russia discuss Afghanistan situation amid US pullout"),
        ("003", "Russia favours cooperation with India & Iran on Afghan theatre"),
        ("004", "Russia vows to shield Tajikistan as threat of Taliban sponsored terrorism rises"),
    ],
)
def test_seed_title(prefix, title):
    (stem,) = [name for name in SEED_NAMES if name.startswith(prefix)]
    article = seed(stem)
    assert article.title == title
    assert title not in article.text  # the headline is not repeated in the body


def test_seed_standfirst_is_kept_once_as_the_body_paragraph():
    body = seed(SEED_NAMES[0]).text
    assert body.count("the issue will be on agenda in Indian External Affairs Minister") == 1
    assert "S Jaishankar's expected visit to Russia later this week." in body


def test_seed_outlets_only_where_stated():
    outlets = {stem[:3]: seed(stem).outlet for stem in SEED_NAMES}
    assert outlets == {"000": None, "001": "Daily Mail India", "002": None, "003": None, "004": "India Narrative"}


def test_seed_metadata():
    stem = SEED_NAMES[0]
    article = seed(stem)
    raw = (SEEDS / f"{stem}.txt").read_bytes()
    assert article.identity == f"{stem}.txt"
    assert article.source_file == str(SEEDS / f"{stem}.txt")
    assert article.checksum == hashlib.sha256(raw).hexdigest()
    assert article.language == "en"
    assert "\n\n" in article.text and not any(line != line.rstrip() for line in article.text.split("\n"))


# --- furniture from other outlets ------------------------------------------------------------

OTHER_OUTLET_PAGE = """\
WORLD NEWS
globeherald.com

Kabul talks stall as envoys leave Doha
By Maria Lopez | Updated: March 3, 2022 14:05 GMT
Share on Facebook
Twitter | WhatsApp | Email

Envoys left Doha on Wednesday without an agreement, officials said.

ADVERTISEMENT
Photo: AFP
Read more: Five things to know about the Doha process

The talks are expected to resume next month, a diplomat said.

(With inputs from agencies)
Tags: Afghanistan, Qatar, Taliban
12 Comments
Login to comment
Be the first to comment on this story
You may also like
Most Read
Copyright © 2022 The Globe Herald. All rights reserved.
"""


def test_furniture_of_another_outlet_is_stripped():
    article = read_text_article(OTHER_OUTLET_PAGE, "globe.txt")
    assert article.title == "Kabul talks stall as envoys leave Doha"
    assert article.published == date(2022, 3, 3)
    assert article.outlet == "globeherald.com"
    assert article.text == (
        "Envoys left Doha on Wednesday without an agreement, officials said.\n\n"
        "The talks are expected to resume next month, a diplomat said."
    )


@pytest.mark.parametrize(
    "line",
    [
        "Leave a comment", "Cancel reply", "3 Comments", "0 0 votes", "12 评论",
        "Notify of new replies to this comment",
        "Required fields are marked *", "Save my name, email, and website in this browser for the next time I comment.",
        "Related Posts", "You might also like", "ALSO READ | Taliban name new cabinet", "See also: Doha talks",
        "Don't miss: the week in pictures", "Skip to content", "Back to top", "Next article", "Source link",
        "• Facebook", "Share this article", "Twitter Facebook WhatsApp", "Advertisement", "Sponsored content",
        "Image courtesy: Twitter", "(PTI)", "(IANS/ANI)", "— AFP", "By Staff Reporter", "By Agencies",
        "Top Crypto Exchange", "Best Forex Broker App", "© 2021 Example Media", "Follow us on Telegram",
        "Filed under: Asia", "politics", "a1b2c3d4-e5f6-7a8b-9c0d-1e2f3a4b5c6d",
    ],
)
def test_general_furniture_patterns(line):
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "By Monday, the troops had withdrawn from the border.",
        "Bitcoin rallies to a record high",
        "Watch out for the Taliban's next move, the official said.",
        "Home Minister Amit Shah said the border was secure.",
        "Related talks are due in Geneva next week.",
        "Indian External Affairs Minister S Jaishankar",  # a photo caption stays
        "Comments by the minister drew criticism in Kabul.",
    ],
)
def test_article_text_is_not_furniture(line):
    assert not is_furniture(line)


def test_repeated_line_keeps_only_the_later_occurrence():
    text = "Envoys meet in Doha\n\nA line said twice here.\n\nMiddle paragraph.\n\nA line said twice here.\n"
    assert read_text_article(text, "x.txt").text == "Middle paragraph.\n\nA line said twice here."


def test_dates_in_body_sentences_are_not_the_publication_date():
    text = "Envoys meet in Doha\n\nTajikistan mobilised troops on July 5, 2021.\n\nMore followed."
    article = read_text_article(text, "x.txt")
    assert article.published is None
    assert "on July 5, 2021." in article.text


@pytest.mark.parametrize(
    "dateline, expected",
    [
        ("Jul 06, 2021", date(2021, 7, 6)),
        ("6 July 2021", date(2021, 7, 6)),
        ("Published: July 6, 2021 10:30 am IST", date(2021, 7, 6)),
        ("2021-07-06T10:00:00+05:30", date(2021, 7, 6)),
        ("New Delhi | Tuesday, 6th July 2021", date(2021, 7, 6)),
        ("By Staff Report in Nation on 6 July 2021", date(2021, 7, 6)),  # byline, section, date
        ("06/07/2021", None),  # day and month cannot be told apart
        # a label and the date open a part of a credit row, whatever else the row holds
        ("Published on March 9, 2023, at 4:15 pm (Berlin) | 6 min read", date(2023, 3, 9)),
        ("By Anna Lee and Tom Kay in Almaty | Steppe Courier | Updated: 2022-11-08 07:48", date(2022, 11, 8)),
        ("October 4, 2020 | 12 min read", date(2020, 10, 4)),  # a reading time is no word of the dateline
        ("April 11, 2022 / 6:37 PM / Updated 5 hours ago", date(2022, 4, 11)),
        ("Updated 08:12, 17-Feb-2023", date(2023, 2, 17)),
        ("FOR 23-09-2022 NATION | DEL7 TRADE-KAZ", date(2022, 9, 23)),  # day first: 23 is no month
        ("Issued on: 04-06-2022 - 09:05", None),  # either could be the month
        ("Published on July 6, 2021, the report found that the troops had left.", None),  # a sentence
        ("Kabul / Delhi / 5 min read", None),
    ],
)
def test_publication_date_formats(dateline, expected):
    text = f"Envoys meet in Doha for talks\n{dateline}\n\nThe envoys met on Monday, officials said."
    assert read_text_article(text, "x.txt").published == expected


def test_updated_date_yields_to_published_date():
    text = "Envoys meet in Doha\nUpdated: July 9, 2021\nPublished: July 6, 2021\n\nThe envoys met, officials said."
    assert read_text_article(text, "x.txt").published == date(2021, 7, 6)


def test_article_of_only_furniture_is_an_input_error():
    with pytest.raises(InputError, match="only.txt"):
        read_text_article("Leave a Reply\nSource link\n", "only.txt")


GERMAN = (
    "Der indische Außenminister traf am Freitag seinen russischen Amtskollegen. "
    "Beide Seiten sprachen über die Lage in Afghanistan und die Sicherheit in Zentralasien."
)


def test_non_english_body_is_refused_naming_the_file_or_line(tmp_path):
    """The extractor reads English only: a foreign article is named, not stored with wrong facts."""
    with pytest.raises(InputError, match="de.txt: not in English"):
        read_text_article(f"Gespräche in Moskau\n\n{GERMAN}", "de.txt")
    path = tmp_path / "mixed.jsonl"
    path.write_text(json.dumps({"text": GERMAN}) + "\n" + json.dumps({"text": BODY}) + "\n", encoding="utf-8")
    error, article = read_articles(path)
    assert isinstance(error, InputError) and f"{path}:1: not in English" in error.message
    assert article.language == "en"


def test_a_short_english_text_is_not_taken_for_a_foreign_one():
    """Too few words to tell: "Troops moved on July 5." has one function word in five."""
    article = read_text_article("Talks\n\nTajikistan mobilised troops on July 5, 2021.", "short.txt")
    assert article.text == "Tajikistan mobilised troops on July 5, 2021."


# --- HTML ------------------------------------------------------------------------------------

PAGE = """<!DOCTYPE html>
<html><head><title>Envoys meet in Doha | The Globe Herald</title>
<meta property="og:site_name" content="The Globe Herald">
<meta property="article:published_time" content="2021-07-06T10:00:00Z">
<script>var tracking = "do not read me";</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article>
<h1>Envoys meet in Doha</h1>
<p>Indian External Affairs Minister S Jaishankar met his Russian counterpart Sergey Lavrov in Doha on Monday,
officials said, as fighting spread across northern Afghanistan.</p>
<p>The two ministers discussed the situation in Afghanistan and agreed to work together on regional
security, according to a statement released after the talks.</p>
<p>Tajikistan on Monday ordered the mobilization of 20,000 troops along its border with Afghanistan.</p>
</article>
<footer>Copyright 2021 The Globe Herald. All rights reserved. <a href="/privacy">Privacy</a></footer>
</body></html>
"""


def test_html_gives_article_text_title_date_and_outlet():
    article = read_html_article(PAGE, "page.html")
    assert article.title == "Envoys meet in Doha"
    assert article.published == date(2021, 7, 6)
    assert article.outlet == "The Globe Herald"
    assert "Tajikistan on Monday ordered the mobilization of 20,000 troops along its border" in article.text
    assert article.text.count("\n\n") == 2
    for chrome in ("tracking", "Sport", "Privacy", "All rights reserved", "Envoys meet in Doha"):
        assert chrome not in article.text


def test_html_url_is_the_identity():
    article = read_html_article(PAGE, "page.html", url="https://example.org/doha")
    assert (article.identity, article.url) == ("https://example.org/doha", "https://example.org/doha")


def test_html_without_article_text_is_an_input_error(tmp_path):
    (tmp_path / "empty.html").write_text("<html><body><nav><a href='/'>Home</a></nav></body></html>")
    (error,) = read_articles(tmp_path / "empty.html")
    assert isinstance(error, InputError) and "empty.html" in error.message


def test_html_file_is_read_by_suffix(tmp_path):
    (tmp_path / "page.htm").write_text(PAGE, encoding="utf-8")
    (article,) = read_articles(tmp_path / "page.htm")
    assert article.title == "Envoys meet in Doha" and article.identity == "page.htm"


# --- JSON and JSON Lines ---------------------------------------------------------------------

def test_json_lines_broken_middle_line_gives_two_articles_and_one_error(tmp_path):
    good_one = json.dumps({"id": "a1", "url": "https://example.org/a1", "title": "Talks in Doha",
                           "date": "2021-07-06", "text": "The envoys met on Monday, officials said."})
    good_two = json.dumps({"text": "Russia and India agreed to deepen cooperation, the ministry said."})
    path = tmp_path / "batch.jsonl"
    path.write_text(f'{good_one}\n{{"text": "unterminated\n{good_two}\n', encoding="utf-8")
    results = list(read_articles(path))
    assert [type(result).__name__ for result in results] == ["Article", "InputError", "Article"]
    first, error, second = results
    assert f"{path}:2" in error.message
    assert (first.identity, first.title) == ("https://example.org/a1", "Talks in Doha")
    assert first.published == date(2021, 7, 6)
    assert first.text == "The envoys met on Monday, officials said."
    assert first.checksum == hashlib.sha256(good_one.encode()).hexdigest()
    assert second.identity == "batch.jsonl#3" and second.source_file == str(path)


def test_json_lines_record_without_text_is_an_input_error(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text('{"id": "x", "title": "No body"}\n[1, 2]\n', encoding="utf-8")
    first, second = read_articles(path)
    assert f"{path}:1" in first.message and '"text"' in first.message
    assert f"{path}:2" in second.message


def test_json_lines_without_url_use_the_id(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": 7, "text": "The envoys met on Monday, officials said."}) + "\n")
    (article,) = read_articles(path)
    assert article.identity == "batch.jsonl#7"


def test_lone_surrogate_in_json_is_an_input_error_naming_the_line(tmp_path):
    """Valid JSON, but no text: it could be neither hashed nor written to the store."""
    path = tmp_path / "batch.jsonl"
    path.write_text('{"text": "The envoys met \\ud800 on Monday, officials said."}\n'
                    + json.dumps({"text": "The envoys met \U0001F600 on Monday, officials said."}) + "\n")
    error, article = read_articles(path)
    assert isinstance(error, InputError) and error.message == f"{path}:1: invalid Unicode (a lone surrogate \\ud800)"
    assert "\U0001F600" in article.text  # a surrogate pair escaped in JSON is one character


@pytest.mark.parametrize("url, kept", [
    ("https://example.org/talks?q=a b&r=\"x\">", "https://example.org/talks?q=a%20b&r=%22x%22%3E"),
    ("https://example.org/a\\b{c}|d^e`f", "https://example.org/a%5Cb%7Bc%7D%7Cd%5Ee%60f"),
    ("HTTP://example.org/Zürich", "HTTP://example.org/Zürich"),
    ("javascript:alert(1)", None),
    ("example.org/talks", None),
    ("https:// example.org", None),
    ("https://[::1/x", None),
    ("https://example.org/%zz", None),
    ("https://example.org/\ue000", None),
])
def test_record_url_becomes_an_iri_or_is_left_out(tmp_path, url, kept):
    """A URL becomes the article's schema:url IRI: only http(s), with what an IRI may not hold encoded."""
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"id": "t", "url": url, "text": BODY}) + "\n", encoding="utf-8")
    (article,) = read_articles(path)
    assert (article.url, article.identity) == (kept, kept or "batch.jsonl#t")
    assert read_html_article(PAGE, "page.html", url=url).url == kept


def test_json_array_gives_one_article_per_object(tmp_path):
    path = tmp_path / "two.json"
    path.write_text(json.dumps([{"id": "a", "text": "The envoys met, officials said."}, {"title": "no text"}]))
    article, error = read_articles(path)
    assert article.identity == "two.json#a"
    assert isinstance(error, InputError) and f"{path}[2]" in error.message


# --- bytes on disk ---------------------------------------------------------------------------

BODY = "Envoys meet in Doha\n\nThe envoys met on Monday in Doha, officials said.\n"


def only(path: Path) -> Article | InputError:
    (result,) = read_articles(path)
    return result


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file, not an article"),
        (b"some text\x00\x01\x02 with NUL bytes", "binary file, not an article"),
        (bytes(range(1, 32)) * 20 + b"\xff\xfe\x80", "binary file, not an article"),
        (b"", "empty article"),
        (b"  \n\t\r\n ", "empty article"),
    ],
)
def test_unreadable_bytes_are_input_errors_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    error = only(path)
    assert isinstance(error, InputError)
    assert error.message == f"{path}: {reason}"


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-16-be"])
def test_unicode_with_byte_order_mark(tmp_path, encoding):
    path = tmp_path / "bom.txt"
    raw = (BODY.replace("Doha,", "Doha – Qatar,")).encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    path.write_bytes(raw)
    article = only(path)
    assert article.text == "The envoys met on Monday in Doha – Qatar, officials said."
    assert article.checksum == hashlib.sha256(raw).hexdigest()


def test_latin_1_falls_back_when_not_utf_8(tmp_path):
    path = tmp_path / "legacy.txt"
    text = "Envoys meet in Doha\n\nThe envoys met in Zürich, officials said – “calmly”."
    path.write_bytes(text.encode("cp1252"))
    assert only(path).text == "The envoys met in Zürich, officials said – “calmly”."


def test_utf_8_with_a_broken_byte_stays_utf_8(tmp_path):
    """One bad byte must not turn every accented letter of a UTF-8 file into cp1252 garble."""
    path = tmp_path / "broken.txt"
    path.write_bytes("Envoys meet in Zürich\n\nThe envoys met in Zürich – calmly \xff, officials said.".encode()
                     .replace("\xff".encode(), b"\xff"))
    assert only(path).text == "The envoys met in Zürich – calmly \ufffd, officials said."


def test_paragraph_over_the_limit_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.setattr(page, "MAX_PARAGRAPH_CHARS", 60)
    path = tmp_path / "long.txt"
    path.write_text(BODY + "\n" + "The envoys met. " * 3 + "\n" + "The talks ended. " * 3 + "\n")
    error = only(path)
    assert isinstance(error, InputError)
    assert error.message == f"{path}: a paragraph of 98 characters, more than the 60 one paragraph may have"  # 47 + 1 + 50


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_pipes_and_devices_are_refused_without_opening_them(tmp_path):
    """A pipe would block the build for ever, /dev/zero would fill its memory."""
    os.mkfifo(tmp_path / "pipe.txt")
    os.mkfifo(tmp_path / "pipe.jsonl")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    errors = list(read_articles(tmp_path))
    assert [error.message for error in errors] == [
        f"{tmp_path / name}: not a regular file (a pipe, device or socket)"
        for name in ("pipe.jsonl", "pipe.txt", "zero.txt")
    ]


def test_article_over_the_size_limit_is_an_input_error(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_ARTICLE_BYTES", 20)
    path = tmp_path / "big.txt"
    path.write_text(BODY)
    error = only(path)
    assert isinstance(error, InputError)
    assert str(path) in error.message and f"{len(BODY.encode()):,} bytes" in error.message


# --- folders ---------------------------------------------------------------------------------

def test_same_name_in_two_folders_gets_two_identities(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(BODY)
    identities = [article.identity for article in read_articles(tmp_path)]
    assert identities == ["a/x.txt", "b/x.txt"]
    assert only(tmp_path / "a" / "x.txt").identity == "x.txt"  # one file: its plain name


def test_folder_is_read_recursively_sorted_skipping_hidden_and_other_suffixes(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b.txt", "a.htm", "sub/c.TXT", ".hidden.txt", ".git/d.txt", "notes.md", "img.png"):
        (tmp_path / name).write_text(PAGE if name.endswith("htm") else BODY)
    assert [article.identity for article in read_articles(tmp_path)] == ["a.htm", "b.txt", "sub/c.TXT"]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
def test_symlink_loop_is_not_followed_forever(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.txt").write_text(BODY)
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert [article.identity for article in read_articles(tmp_path)] == ["sub/x.txt"]


def test_symlink_to_itself_is_named_and_the_folder_still_read(tmp_path):
    (tmp_path / "a.txt").symlink_to("a.txt")
    (tmp_path / "b.txt").write_text(BODY)
    error, article = read_articles(tmp_path)
    assert error.message == f"{tmp_path / 'a.txt'}: cannot read the file (Too many levels of symbolic links)"
    assert article.identity == "b.txt"


def test_missing_path_raises():
    with pytest.raises(InputError, match="no such file or folder"):
        list(read_articles(Path("/no/such/place")))


# --- page headers of other layouts: masthead, menus, bylines -------------------------------------

MASTHEAD_PAGE = """THE CASPIAN SENTINEL
Politics | Region | Energy | Culture | Sport

Baku and Ashgabat sign gas accord after two days of talks

Laila Mammadova in Baku and Peter Brandt
Mon 14 Mar 2022 09.15 GMT

Azerbaijan and Turkmenistan signed an accord on the Dostlug gas field on Monday, officials said.

The accord was signed in Baku by the two foreign ministers.
"""

BYLINE_PAGE = """Share: Facebook | Twitter | Telegram

Steppe ministers agree to reopen the border crossing at Khorgos

Apr 2, 2022, 10:05 AM
Senior Correspondent, The Altai Gazette, Almaty

The foreign ministers of Kazakhstan and Kyrgyzstan agreed on Saturday to reopen the crossing.
"""

TAGLINE_PAGE = """NORTHERN COURIER
Daily news from the Baltic region

LIVE
Estonia and Latvia hold joint air defence drills near the Russian border

By Kadri Tamm, defence correspondent | Northern Courier Wire
5 May 2022

Estonian and Latvian units began a week of joint air defence drills on Thursday, the ministry said.
"""


def test_masthead_is_the_outlet_and_the_headline_the_title():
    article = read_text_article(MASTHEAD_PAGE, "sentinel.txt")
    assert article.title == "Baku and Ashgabat sign gas accord after two days of talks"
    assert article.outlet == "The Caspian Sentinel"
    assert article.published == date(2022, 3, 14)
    assert article.text.startswith("Azerbaijan and Turkmenistan signed")
    assert "Politics |" not in article.text and "Laila" not in article.text


def test_credit_line_names_the_outlet_and_leaves_the_body():
    article = read_text_article(BYLINE_PAGE, "gazette.txt")
    assert article.title == "Steppe ministers agree to reopen the border crossing at Khorgos"
    assert article.outlet == "The Altai Gazette"
    assert article.published == date(2022, 4, 2)
    assert article.text == "The foreign ministers of Kazakhstan and Kyrgyzstan agreed on Saturday to reopen the crossing."


def test_masthead_with_tagline_and_a_live_label():
    article = read_text_article(TAGLINE_PAGE, "courier.txt")
    assert article.title == "Estonia and Latvia hold joint air defence drills near the Russian border"
    assert article.outlet == "Northern Courier"
    assert article.text.startswith("Estonian and Latvian units")
    assert "Kadri" not in article.text and "Daily news" not in article.text


def test_title_cased_headline_alone_is_not_a_masthead():
    article = read_text_article("Talks Resume In Doha\n\nEnvoys met again in Doha on Monday, officials said.\n",
                                "doha.txt")
    assert article.title == "Talks Resume In Doha"
    assert article.outlet is None


@pytest.mark.parametrize("dateline, expected", [
    ("14.03.2022, 09:15 MSK", date(2022, 3, 14)),
    ("Source: Steppe Report | Editor: Dana Ospan | 2022-04-02 10:05:00", date(2022, 4, 2)),
])
def test_dotted_dates_and_credit_rows_with_a_date(dateline, expected):
    page = f"Envoys meet in Astana on border demarcation\n\n{dateline}\n\nEnvoys of the two states met on Monday.\n"
    article = read_text_article(page, "astana.txt")
    assert article.published == expected
    assert article.text == "Envoys of the two states met on Monday."


PAGE_WITHOUT_BLANK_LINES = """Skip to content
World | Asia
Border Guards Leave Post as Talks Resume
By Jane Roe
Aug. 27, 2021
The border guards left the post near the river on Monday, officials in the province said.
“We will stay in the district until the road is safe again,” the commander told reporters in the capital.
Read 2,341 Comments
"""


def test_a_page_with_one_paragraph_per_line_keeps_its_paragraphs():
    """Pages copied line by line have no blank line: each line is a paragraph, else the whole body is one
    block that the extractor judges (and drops) as a whole."""
    article = read_text_article(PAGE_WITHOUT_BLANK_LINES, "lines.txt")
    assert article.text.split("\n\n")[:2] == PAGE_WITHOUT_BLANK_LINES.splitlines()[5:7]
    assert article.title == "Border Guards Leave Post as Talks Resume"
    assert article.published == date(2021, 8, 27)


def test_a_hard_wrapped_paragraph_is_one_line_of_text():
    """Wrapped lines are one paragraph, joined as the sentence they were cut from (a line break inside a sentence
    is a word to the parser); a paragraph whose lines end like sentences, or a timestamp above its entry, keeps them."""
    text = ("Border guards leave\n\n"
            "The border guards left the post near the river on Monday, officials in the province\n"
            "said, and the crossing was closed for a week while engineers cleared the road of\n"
            "mines that had been laid during the fighting, the ministry of defence added.\n\n"
            "23:40 IST\nTaliban fighters entered Kabul.\n\n"
            "The talks in Doha resumed on Tuesday after a pause of two weeks, the\n"
            "Qatari foreign ministry said in a statement issued late on Monday night.\n\n"
            "The minister arrived in Dushanbe on Monday for two days of talks on the border.\n"
            "He met President Rahmon on Tuesday and left for Tashkent in the evening.\n")
    body = read_text_article(text, "wrapped.txt").text
    assert body.split("\n\n") == [
        "The border guards left the post near the river on Monday, officials in the province said, and the crossing "
        "was closed for a week while engineers cleared the road of mines that had been laid during the fighting, the "
        "ministry of defence added.",
        "23:40 IST\nTaliban fighters entered Kabul.",
        "The talks in Doha resumed on Tuesday after a pause of two weeks, the Qatari foreign ministry said in a "
        "statement issued late on Monday night.",
        "The minister arrived in Dushanbe on Monday for two days of talks on the border.\n"
        "He met President Rahmon on Tuesday and left for Tashkent in the evening."]


def test_html_character_references_in_text_are_read():
    """Text copied from a page's source keeps "&#8217;" and "&quot;": the name would end in "&#8217;s"."""
    text = "Talks in Moscow\n\nJaishankar&#8217;s talks with Lavrov were &quot;very productive&quot;, R&D aside.\n"
    assert read_text_article(text, "a.txt").text == "Jaishankar’s talks with Lavrov were \"very productive\", R&D aside."


@pytest.mark.parametrize("page, expected", [
    # the date under a teaser's title is the teaser's: the story's own date at the foot is read
    ("Truce holds\n\nThe truce held on Monday, officials said.\n\nNo shots were fired, the army said.\n\n"
     "12 December 2022\n\nAlso read: Talks resume in Doha\nPublished on July 6, 2021\n", date(2022, 12, 12)),
    ("Truce holds\n\nThe truce held on Monday, officials said.\n\nRead more - Talks resume in Doha\n"
     "July 6, 2021\n", None),  # no date but the teaser's
    # what is no teaser keeps its date: a dateline under the headline, a date under a story line or a blank line
    ("Truce holds\nPublished on December 12, 2022\n\nThe truce held on Monday, officials said.\n", date(2022, 12, 12)),
    ("Truce holds\n\nThe truce held on Monday, officials said.\n\nPublished on December 12, 2022\n",
     date(2022, 12, 12)),
    ("Truce holds\n\nThe truce held on Monday, officials said.\n\nRelated: Talks resume in Doha\n\n"
     "Published on December 12, 2022\n", date(2022, 12, 12)),
    ("Truce holds\nRelated coverage on the truce\nDecember 12, 2022\n\nThe truce held on Monday, officials said.\n",
     date(2022, 12, 12)),  # a line that opens with the word, with no teaser's colon or dash
])
def test_a_teasers_date_is_not_the_storys(page, expected):
    assert read_text_article(page, "page.txt").published == expected
