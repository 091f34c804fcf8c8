"""Review r12 of kg/ingest.py's layout rules (story bullets, paragraphs cut by an ad, labels glued under a paragraph,
ad notices, guillemets, indentation, list headers, notes on the author, the publication date), probed with
real-looking geopolitics articles. Lookalikes that are read right pass and guard the rules; misfires (story text
lost or changed, furniture kept, a wrong date) are marked xfail(strict) with the reading they should get, and those
that ingest fixed while the review ran keep a comment naming the misfire."""
from __future__ import annotations

import json

import pytest

from kg.ingest import read_articles, read_html_article, read_text_article

HEAD = "Border crossing closed after clash\n\nBy Staff Writer\n\n"
LEAD = ("Tajik and Kyrgyz border guards exchanged fire near the village of Ovchi-Kalacha on Monday, "
        "officials in Bishkek said.")
NEXT = "The crossing at Guliston was closed for trade and pedestrians until further notice, the ministry added."


def body(text: str, head: str = HEAD) -> list[str]:
    """The article's paragraphs."""
    return read_text_article(head + text, "page.txt").text.split("\n\n")


def misfire(what: str):
    return pytest.mark.xfail(strict=True, reason=f"review r12: {what}")


def html_body(inner: str) -> list[str]:
    page = (f"<html><head><title>Border clash</title></head><body><article>"
            f"<h1>Border crossing closed after clash</h1>{inner}</article></body></html>")
    return read_html_article(page, "page.html").text.split("\n\n")


def jsonl_body(text: str, tmp_path) -> list[str]:
    path = tmp_path / "feed.jsonl"
    path.write_text(json.dumps({"id": "1", "title": "Border crossing closed after clash",
                                "url": "https://example.org/a", "text": text}) + "\n", encoding="utf-8")
    (article,) = read_articles(path)
    return article.text.split("\n\n")


# === lookalikes read right (guards) ==================================================================

# --- bullets ---------------------------------------------------------------------------------------

def test_key_developments_list_after_the_lead_reads_as_sentences():
    facts = ("• Russian troops entered the town of Izium on Friday, officials said.\n"
             "• Ukraine said it had retaken two villages near Kharkiv.")
    paragraphs = body(f"{LEAD}\n\nKey developments:\n{facts}")
    assert paragraphs[1] == ("Key developments:\nRussian troops entered the town of Izium on Friday, officials said.\n"
                             "Ukraine said it had retaken two villages near Kharkiv.")


def test_factbox_of_short_bullets_stays_a_list():
    factbox = ("FACTBOX: The CSTO\n• Founded: 1992\n• Members: Russia, Belarus, Armenia, Kazakhstan, Kyrgyzstan, "
               "Tajikistan\n• Headquarters: Moscow")
    assert factbox in body(f"{LEAD}\n\n{factbox}\n\n{NEXT}")


def test_numbered_points_keep_their_numbers():
    points = ("The agreement has three points:\n1. Both sides withdraw troops 3 km from the line.\n"
              "2. A joint commission will meet every month in Batken.\n3. The Guliston crossing reopens on Friday.")
    assert points in body(f"{LEAD}\n\n{points}\n\n{NEXT}")


def test_a_bullet_before_a_figure_goes_and_the_figure_stays():
    paragraphs = body(f"{LEAD}\n\n- 40 soldiers were killed in the attack on the base in Kunduz, officials said.\n\n{NEXT}")
    assert paragraphs[1] == "40 soldiers were killed in the attack on the base in Kunduz, officials said."


def test_lowercase_list_items_under_a_colon_stay_bulleted():
    items = "• the release of prisoners,\n• the lifting of sanctions,\n• and recognition."
    paragraphs = body(f"{LEAD}\n\nThe Taliban spokesman named three conditions for the talks to resume in Doha:\n\n"
                      f"{items}\n\n{NEXT}")
    assert items in paragraphs
    assert "The Taliban spokesman named three conditions for the talks to resume in Doha:" in paragraphs


def test_timeline_bullets_keep_their_years():
    paragraphs = body(f"{LEAD}\n\nTimeline\n• 1991: Tajikistan declares independence from the Soviet Union.\n"
                      "• 1992-97: A civil war kills tens of thousands of people in Tajikistan.\n\n" + NEXT)
    assert ("1991: Tajikistan declares independence from the Soviet Union.\n"
            "1992-97: A civil war kills tens of thousands of people in Tajikistan.") in paragraphs


def test_em_dash_interview_keeps_its_dashes():
    dialogue = "— Will Russia send troops to Tajikistan?\n— Only if the CSTO asks for them, and it has not asked yet."
    assert dialogue in body(f"{LEAD}\n\n{dialogue}\n\n{NEXT}")


def test_html_list_of_story_sentences_after_the_lead_loses_its_markers():
    paragraphs = html_body(f"<p>{LEAD}</p><p>Key developments:</p><ul><li>Russian troops entered the town of Izium "
                           "on Friday, officials said.</li><li>Ukraine said it had retaken two villages near "
                           f"Kharkiv.</li></ul><p>{NEXT}</p>")
    assert "Russian troops entered the town of Izium on Friday, officials said." in paragraphs
    assert "Ukraine said it had retaken two villages near Kharkiv." in paragraphs


# --- ad words inside the story ----------------------------------------------------------------------

def test_a_quoted_advertisement_word_opening_a_paragraph_stays():
    quoted = ('"Advertisement"\nwas the one word painted on the wall of the bombed school in Kandahar, '
              "residents said.")
    assert quoted in body(f"{LEAD}\n\n{quoted}\n\n{NEXT}")


def test_a_quoted_ad_notice_inside_a_sentence_stays():
    line = "“Advertisement - scroll to continue” was all the blocked page showed, users in Tashkent said."
    assert line in body(f"{LEAD}\n\n{line}\n\n{NEXT}")


def test_continue_reading_as_a_sentence_stays():
    line = "Continue reading below the map, which shows the Russian positions around Bakhmut on Monday."
    assert line in body(f"{LEAD}\n\n{line}\n\n{NEXT}")


# --- paragraphs that are not cut ---------------------------------------------------------------------

def test_a_paragraph_without_full_stop_is_not_joined_to_a_capitalised_brand():
    paragraphs = body(f"{LEAD}\n\nThe minister said the drone was shot down over the Line of Control near Poonch "
                      "district\n\niPhones were banned in the ministry after the leak, officials said.\n\n" + NEXT)
    assert "iPhones were banned in the ministry after the leak, officials said." in paragraphs


def test_a_paragraph_ending_in_an_ellipsis_is_not_joined():
    paragraphs = body(f"{LEAD}\n\nThe ambassador began his speech with the words of a Persian poet and then paused "
                      "for a long time...\n\nthe hall remained silent, witnesses said.\n\n" + NEXT)
    assert "the hall remained silent, witnesses said." in paragraphs


def test_a_short_real_sentence_as_its_own_paragraph_stays():
    assert body(f"{LEAD}\n\nHe refused.\n\n{NEXT}") == [LEAD, "He refused.", NEXT]


def test_a_short_real_sentence_under_a_paragraph_stays_with_it():
    assert body(f"{LEAD}\nHe refused.\n\n{NEXT}") == [f"{LEAD}\nHe refused.", NEXT]


def test_a_one_line_quote_paragraph_stays():
    assert body(f"{LEAD}\n\n“Never again.”\n\n{NEXT}") == [LEAD, "“Never again.”", NEXT]


def test_poem_lines_under_a_colon_stay_together():
    poem = ("The crowd recited lines by Faiz Ahmed Faiz as they marched through Lahore:\nWe shall see\n"
            "Certainly we, too, shall see\nThat day that has been promised")
    assert poem in body(f"{LEAD}\n\n{poem}\n\n{NEXT}")


def test_signatories_under_a_line_without_full_stop_stay_together():
    block = ("The statement ended with the words of the Uzbek president and a list of signatories\n"
             "Shavkat Mirziyoyev\nKassym-Jomart Tokayev")
    assert block in body(f"{LEAD}\n\n{block}\n\n{NEXT}")


def test_transcript_lines_lose_only_their_indentation():
    transcript = ("JAISHANKAR: We have made it very clear to the Chinese side.\n"
                  "    The border situation will determine the relationship.\nREPORTER: And trade?\n"
                  "    Trade cannot be business as usual, the minister said.")
    assert transcript.replace("    ", "") in body(f"{LEAD}\n\n{transcript}\n\n{NEXT}")


def test_live_blog_times_stay_with_their_entries():
    entries = ["10:42 IST\nPakistan's foreign office said it had summoned the Afghan charge d'affaires.",
               "11:05 IST\nThe Taliban denied any role in the attack, a spokesman said on Twitter."]
    assert body(f"{LEAD}\n\n{entries[0]}\n\n{entries[1]}\n\n{NEXT}") == [LEAD, *entries, NEXT]


def test_a_wire_dateline_opening_the_lead_stays():
    lead = "MOSCOW, Dec 1 (Reuters) - Russia's foreign ministry summoned the Polish ambassador on Tuesday, officials said."
    assert body(f"{lead}\n\n{NEXT}") == [lead, NEXT]


def test_an_upper_case_dateline_above_the_lead_is_apart_and_the_lead_intact():
    lead = "Pakistan's foreign office said it had summoned the Afghan charge d'affaires on Monday."
    assert lead in body(f"ISLAMABAD\n{lead}\n\n{NEXT}")


def test_an_upper_case_subhead_above_a_quote_is_apart_and_the_quote_intact():
    quote = "“We have nothing to do with the attack in Quetta,” Zabihullah Mujahid said on Twitter."
    assert body(f"{LEAD}\n\nTHE TALIBAN'S RESPONSE\n{quote}\n\n{NEXT}") == [LEAD, "THE TALIBAN'S RESPONSE", quote, NEXT]


def test_a_quoted_slogan_above_its_lowercase_sentence_stays_with_it():
    block = ("“Death to the dictator”\nwas chanted by crowds in Tehran and Mashhad on Friday night, according to "
             "videos posted online.")
    assert block in body(f"{LEAD}\n\n{block}\n\n{NEXT}")


def test_names_listed_under_a_sentence_leave_the_sentence_whole():
    sentence = "The new cabinet was announced by the Taliban spokesman at a press conference in Kabul."
    paragraphs = body(f"{LEAD}\n\n{sentence}\nMullah Hasan Akhund, prime minister\n"
                      f"Sirajuddin Haqqani, interior minister\n\n{NEXT}")
    assert sentence in paragraphs and "Sirajuddin Haqqani, interior minister" in "\n".join(paragraphs)


# --- guillemets -------------------------------------------------------------------------------------

def test_a_slogan_in_guillemets_with_its_translation_in_brackets():
    line = "Protesters in Almaty chanted «Shal, ket!» («Old man, go!») outside the akimat on Wednesday."
    assert body(f"{LEAD}\n\n{line}\n\n{NEXT}")[1] == (
        "Protesters in Almaty chanted “Shal, ket!” (“Old man, go!”) outside the akimat on Wednesday.")


def test_single_guillemets_nested_in_double_ones():
    line = "«The president said ‹never› and he meant it», the spokesman said on Tuesday in Dushanbe."
    assert body(f"{LEAD}\n\n{line}\n\n{NEXT}")[1] == (
        "“The president said ‘never’ and he meant it”, the spokesman said on Tuesday in Dushanbe.")


def test_a_quote_over_paragraphs_opened_by_guillemets_keeps_both_paragraphs():
    first = "«We will not allow our soil to be used against any neighbour."
    paragraphs = body(f"{LEAD}\n\n{first}\n\n«We will keep our word», the Taliban spokesman said in Kabul on Tuesday.\n\n"
                      + NEXT)
    assert paragraphs == [LEAD, first, "“We will keep our word”, the Taliban spokesman said in Kabul on Tuesday.", NEXT]


def test_html_guillemets_become_english_quotes():
    paragraphs = html_body(f"<p>{LEAD}</p><p>«We will not allow our soil to be used against any neighbour», "
                           f"the Taliban spokesman said.</p><p>{NEXT}</p>")
    assert ("“We will not allow our soil to be used against any neighbour”, the Taliban spokesman said."
            in paragraphs)


def test_jsonl_text_field_reads_guillemets_and_a_bulleted_sentence(tmp_path):
    paragraphs = jsonl_body(f"{LEAD}\n\n«We will not allow our soil to be used against any neighbour», the Taliban "
                            "spokesman said.\n\n- Uzbek border guards closed the Termez crossing on Tuesday, the ministry "
                            f"said.\n\n{NEXT}", tmp_path)
    assert paragraphs == [LEAD, "“We will not allow our soil to be used against any neighbour”, the Taliban spokesman said.",
                          "Uzbek border guards closed the Termez crossing on Tuesday, the ministry said.", NEXT]


# --- list headers and the date ----------------------------------------------------------------------

def test_a_read_more_header_and_its_title_go():
    assert body(f"{LEAD}\n\nRead more\nThe crossing at Torkham reopened on Tuesday after a week\n\n{NEXT}") == [LEAD, NEXT]


def test_a_date_in_the_byline_row_beats_a_teaser_date_at_the_foot():
    page = (f"Border crossing closed after clash\n\nBy Staff Writer | December 12, 2022\n\n{LEAD}\n\n{NEXT}\n\n"
            "Published on July 6, 2021\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


# === misfires found by the review, with the reading they should get: xfail(strict) while they misfire; those fixed
# === in ingest during the review carry a comment instead, and now guard the fix =============================

# misfired when reviewed, read right after the ingest fix made during the review: a «quote» over two lines: its second
# line ('…our word», the spokesman said.') is dropped as a breadcrumb, and the first, ending on a comma, is glued to
# the next paragraph
def test_guillemet_quote_over_two_lines_keeps_its_second_line():
    quote = ("«We will not allow our soil to be used against any neighbour,\n"
             "and we will keep our word», the Taliban spokesman said.")
    paragraphs = body(f"{LEAD}\n\n{quote}\n\n{NEXT}")
    assert paragraphs[-1] == NEXT
    assert "and we will keep our word" in paragraphs[1] and "the Taliban spokesman said." in paragraphs[1]


# misfire fixed: a pagination row in guillemets ('« Kyrgyzstan reopens border | Tajikistan recalls envoy »') was made a
# “quote”, which ends like a sentence, so the extractor read teaser titles as story (a false statement by Kyrgyzstan)
def test_pagination_row_in_guillemets_is_not_made_a_quote():
    paragraphs = body(f"{LEAD}\n\n{NEXT}\n\n« Kyrgyzstan reopens border | Tajikistan recalls envoy »\n")
    assert not any("“" in paragraph for paragraph in paragraphs)


# misfire fixed after the review (kg/page.py): German-style »reversed guillemets« around a quote are not made English
# quotes
def test_reversed_guillemets_read_as_english_quotes():
    line = "The German chancellor called it »a turning point« in a speech to the Bundestag on Sunday."
    assert body(f"{LEAD}\n\n{line}\n\n{NEXT}")[1] == (
        "The German chancellor called it “a turning point” in a speech to the Bundestag on Sunday.")


def test_a_quote_cut_after_its_closing_comma_is_rejoined():
    quote, rest = ("“We will never accept the annexation of Crimea by Russia, never,”",
                   "Zelensky said in a video address on Sunday night.")
    assert body(f"{LEAD}\n\n{quote}\n\nAdvertisement\n\n{rest}\n\n{NEXT}") == [LEAD, f"{quote} {rest}", NEXT]


# misfired when reviewed, read right after the ingest fix made during the review: a quote cut by an ad after its
# closing mark with no comma ('… full force”' / Advertisement / 'said Pakistan's foreign minister …') is not rejoined:
# the quote loses its speaker
def test_a_quote_cut_after_its_closing_mark_is_rejoined_to_a_lowercase_said():
    quote, rest = ("“We will respond to any aggression with full force”",
                   "said Pakistan's foreign minister Ishaq Dar at a news conference in Islamabad on Sunday.")
    assert body(f"{LEAD}\n\n{quote}\n\nAdvertisement\n\n{rest}\n\n{NEXT}") == [LEAD, f"{quote} {rest}", NEXT]


# misfired when reviewed, read right after the ingest fix made during the review: a caption or standfirst without a
# full stop is joined to a paragraph opening with a lowercase name ('… the fall of the city al-Qaeda leader …', '… in
# Geneva de Mistura met Lavrov …')
@pytest.mark.parametrize("above, story", [
    ("Taliban fighters patrol a street in Kabul on August 17, two days after the fall of the city",
     "al-Qaeda leader Ayman al-Zawahiri was killed in a US drone strike in Kabul, Biden said."),
    ("The UN envoy for Syria visits Moscow and Tehran ahead of the next round of talks in Geneva",
     "de Mistura met Lavrov on Tuesday and discussed the Astana process, the ministry said."),
])
def test_a_line_without_full_stop_is_not_joined_to_a_lowercase_name(above, story):
    assert story in body(f"{LEAD}\n\n{above}\n\n{story}\n\n{NEXT}")


# misfire fixed after the review (kg/page.py): the story's facts as bullets under a lead-in ending on a colon, above
# the first plain sentence, keep their bullets (taken for a 'Key points' summary): the extractor drops the bulleted
# paragraph, facts and all
def test_story_bullets_under_a_lead_in_above_the_first_plain_sentence_lose_their_bullets():
    facts = ("• Two suicide bombers struck the Abbey Gate on Thursday evening.\n"
             "• At least 13 US service members were killed, the Pentagon said.\n"
             "• Islamic State's Khorasan branch claimed the attack.")
    paragraphs = body(f"Here is what we know so far about the attack on the Kabul airport:\n\n{facts}\n\n{NEXT}")
    assert facts.replace("• ", "") in paragraphs


# misfire fixed after the review (kg/page.py): in a list of lowercase items only the last ('- and stay out of the
# buffer zone.') loses its bullet
def test_a_lowercase_list_item_keeps_its_bullet_like_the_others():
    items = "- withdraw from the disputed Kok-Tash area by Friday,\n- hand over posts to border guards,\n" \
            "- and stay out of the buffer zone."
    paragraphs = body(f"{LEAD}\n\nThe ministry said the troops would:\n{items}\n\n{NEXT}")
    assert paragraphs[1] == f"The ministry said the troops would:\n{items}"


# misfire fixed after the review (kg/page.py): 'The author is …' in the page's last lines is dropped as a note on the
# writer, though it is a story sentence about an author (Rushdie)
def test_a_story_about_an_author_keeps_its_last_paragraph():
    last = "The author is a naturalised US citizen and has lived in New York for two decades, his agent said."
    paragraphs = body(f"{LEAD}\n\n{NEXT}\n\nRushdie was stabbed on stage at the Chautauqua Institution in New York on "
                      f"Friday, police said.\n\n{last}\n")
    assert paragraphs[-1] == last


@pytest.mark.parametrize("note", [
    "The writer is a retired general of the Pakistan Army and a former defence attaché in Kabul, Tehran and Moscow.",
    "The author is a senior fellow at the Centre for Asian Strategy, London."])
def test_a_note_on_the_writer_with_a_comma_is_still_dropped(note):
    assert body(f"{LEAD}\n\n{NEXT}\n\n{note}\n") == [LEAD, NEXT]

# misfired when reviewed, read right after the ingest fix made during the review: a story sentence opening with the
# byline's name and 'was' ('Imran Khan was ousted …' under 'By Imran Khan') is dropped as a note on the author
def test_a_namesake_of_the_byline_opening_a_story_sentence_stays():
    sentence = "Imran Khan was ousted in a no-confidence vote in April 2022 and arrested a year later, officials said."
    assert sentence in body(f"{LEAD}\n\n{sentence}\n\n{NEXT}", head="Khan's party boycotts polls\n\nBy Imran Khan\n\n")


# misfired when reviewed, read right after the ingest fix made during the review: 'Updated:' at the top now beats
# 'First published on:' at the foot (Indian Express layout): the date read is the update's, 2022-09-18, where the base
# read 2022-09-17
def test_updated_at_the_top_does_not_beat_first_published_at_the_foot():
    page = (f"Border crossing closed after clash\n\nUpdated: September 18, 2022 10:20 IST\n\n{LEAD}\n\n{NEXT}\n\n"
            "First published on: September 17, 2022 11:20 IST\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-09-17"


# misfired when reviewed, read right after the ingest fix made during the review: a standfirst sentence above the
# dateline makes the dateline count as body, so a teaser's 'Published on' date at the foot still wins
def test_a_dateline_under_a_standfirst_beats_a_teaser_date_at_the_foot():
    page = ("Border crossing closed after clash\n\nThe clash is the worst since the two countries fought a brief war "
            f"over the border in 2022.\n\nDecember 12, 2022\n\n{LEAD}\n\n{NEXT}\n\nPublished on July 6, 2021\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


# misfire fixed after the review (kg/page.py): a wire text whose paragraphs are marked only by indentation
# (hard-wrapped, no blank lines) reads as one block with line breaks mid-sentence: the indentation that marked the
# paragraphs is removed unused
def test_indentation_marking_paragraphs_of_a_wrapped_wire_text():
    wire = ("    MOSCOW, Dec 1 (Reuters) - Russia's foreign ministry summoned the\n"
            "Polish ambassador on Tuesday over the seizure of a school, officials\nsaid.\n"
            "    The ministry said Warsaw had violated the Vienna Convention and\n"
            "warned that Moscow would respond to the seizure of its property.\n"
            "    Poland's foreign ministry declined to comment on the summons on\nTuesday, a spokesman said.\n")
    assert read_text_article(wire, "wire.txt").text.split("\n\n") == [
        "MOSCOW, Dec 1 (Reuters) - Russia's foreign ministry summoned the Polish ambassador on Tuesday over the "
        "seizure of a school, officials said.",
        "The ministry said Warsaw had violated the Vienna Convention and warned that Moscow would respond to the "
        "seizure of its property.",
        "Poland's foreign ministry declined to comment on the summons on Tuesday, a spokesman said."]


# misfire fixed after the review (kg/page.py): an upper-case subhead with a year ('THE 1962 WAR') stays glued above
# the paragraph (a figure bars it)
def test_an_upper_case_subhead_with_a_year_is_apart():
    story = "India and China fought a brief but bloody war over the same stretch of border, historians said."
    assert body(f"{LEAD}\n\nTHE 1962 WAR\n{story}\n\n{NEXT}") == [LEAD, "THE 1962 WAR", story, NEXT]


# misfire fixed after the review (kg/page.py): a sentence-case subhead ('What happens next', BBC style) stays glued
# above the paragraph
def test_a_sentence_case_subhead_is_apart():
    assert body(f"{LEAD}\n\nWhat happens next\n{NEXT}") == [LEAD, "What happens next", NEXT]


# what the subhead and indentation readings above must leave alone: a wrapped paragraph's short first line, a dated
# line, a list's header; an indented answer under a one-line question; a breadcrumb's arrows
@pytest.mark.parametrize("paragraph", [
    "Russia's defence ministry said on\nTuesday that its troops had withdrawn from the border area near the river.",
    "MAY 2022\nIndia and China fought a brief but bloody war over the same stretch of border, historians said.",
    "Key Points\n• Border guards exchanged fire near Ovchi-Kalacha on Monday, the border service said.",
])
def test_lines_that_are_no_subhead_stay_with_their_paragraph(paragraph):
    assert paragraph in body(f"{LEAD}\n\n{paragraph}\n\n{NEXT}")


def test_an_indented_answer_under_a_one_line_question_stays_in_its_turn():
    turns = ("Q: Will the border reopen?\n    Not before the talks end, the minister said.\nQ: And trade?\n"
             "    Trade waits.")
    assert turns.replace("    ", "") in body(f"{LEAD}\n\n{turns}\n\n{NEXT}")


def test_a_breadcrumb_with_arrows_is_no_reversed_quote():
    assert not any("“" in paragraph for paragraph in body(f"{LEAD}\n\nHome » World » Asia «\n\n{NEXT}"))


# misfired when reviewed, read right after the ingest fix made during the review: an ad label with a full stop
# ('Advertisement.') is kept as a paragraph
def test_an_ad_label_with_a_full_stop_is_furniture():
    assert body(f"{LEAD}\n\nAdvertisement.\n\n{NEXT}") == [LEAD, NEXT]


# misfired when reviewed, read right after the ingest fix made during the review: a 'Key points' summary under a
# standfirst sentence loses its bullets (the standfirst counts as the story's first sentence), so the summary's facts
# are read twice
def test_a_key_points_summary_under_a_standfirst_keeps_its_bullets():
    summary = ("• Border guards exchanged fire near Ovchi-Kalacha on Monday.\n"
               "• The Guliston crossing was closed until further notice.")
    text = body("The clash is the worst since the two countries fought a brief war over the border in 2022.\n\n"
                f"Key points\n{summary}\n\n{LEAD}\n\n{NEXT}")
    assert f"Key points\n{summary}" in text


# misfired when reviewed, read right after the ingest fix made during the review: a name on its own line above the
# rest of its sentence ('Foreign Minister Sergei Lavrov' / 'said on Tuesday that …', a link's line break) is split off
# as a subhead: the sentence loses its subject
@pytest.mark.parametrize("name, rest", [
    ("Foreign Minister Sergei Lavrov",
     "said on Tuesday that Moscow would respond to any deployment of NATO troops in Finland."),
    ("Prime Minister Shehbaz Sharif",
     "told the National Assembly that Pakistan would not accept any third-party mediation."),
])
def test_a_name_above_the_rest_of_its_sentence_is_no_subhead(name, rest):
    paragraphs = body(f"{LEAD}\n\n{name}\n{rest}\n\n{NEXT}")
    assert any(name in paragraph and rest in paragraph for paragraph in paragraphs)


# misfired when reviewed, read right after the ingest fix made during the review: teaser titles with a full stop under
# 'Related Stories' / 'Also Read' lose their bullets and, ending as sentences, stay under the dropped header: the
# extractor reads them as story (the base kept the bullets, and the extractor dropped the list)
@pytest.mark.parametrize("header", ["Related Stories", "Also Read"])
def test_bulleted_teaser_titles_under_a_list_header_stay_furniture(header):
    teasers = ("• Pakistan army chief visits troops along the Line of Control.\n"
               "• Taliban name a new governor for Kandahar province.")
    paragraphs = body(f"{LEAD}\n\n{NEXT}\n\n{header}\n{teasers}\n")
    assert not any(paragraph.startswith("Pakistan army chief visits") for paragraph in paragraphs)
    assert "Taliban name a new governor for Kandahar province." not in paragraphs[-1].split("\n")


# misfired when reviewed, read right after the ingest fix made during the review: a site's date widget above the
# headline ('Tuesday, December 1, 2026', the day it was copied) now beats 'Published on …' at the foot (the base read
# 2021-07-06)
def test_a_date_widget_above_the_headline_does_not_beat_published_at_the_foot():
    page = (f"Tuesday, December 1, 2026\n\nBorder crossing closed after clash\n\n{LEAD}\n\n{NEXT}\n\n"
            "Published on July 6, 2021, 10:20 PM\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2021-07-06"


# misfired when reviewed, read right after the ingest fix made during the review: a paragraph cut by an ad with a
# widget's title glued under its first part ('… on Sunday,' / 'Photos That Defined The Week' / Advertisement / 'the
# military's media wing said …') is rejoined with the title inside the sentence
def test_a_cut_paragraph_with_a_widget_glued_is_rejoined_without_the_widget():
    paragraphs = body(f"{LEAD}\n\nSix civilians were killed when Afghan forces opened fire on the town of Chaman on "
                      "Sunday,\nPhotos That Defined The Week\n\nAdvertisement\n\nthe military's media wing said in a "
                      f"statement.\n\n{NEXT}")
    assert ("Six civilians were killed when Afghan forces opened fire on the town of Chaman on Sunday, the military's "
            "media wing said in a statement.") in paragraphs


# misfire fixed after the review (kg/page.py): bulleted story sentences wrapped over two lines (an e-mail, a
# newsletter) keep their bullets and their line breaks mid-sentence: the bullet is dropped only from an item on one
# line
def test_wrapped_bulleted_sentences_read_as_sentences():
    paragraphs = body(f"{LEAD}\n\n• Russian troops entered the town of Izium on Friday, officials in\n  Kharkiv said.\n"
                      "• Ukraine said it had retaken two villages near Kharkiv after a\n  week of fighting, the general "
                      f"staff said.\n\n{NEXT}")
    text = "\n\n".join(paragraphs)
    assert "Russian troops entered the town of Izium on Friday, officials in Kharkiv said." in text
    assert "•" not in text


# what joining a wrapped item must leave alone: a sub-bullet under an item ending on a colon, a teaser's title wrapped
# (no sentence, so its bullet stays), a line that is not indented
@pytest.mark.parametrize("items, kept", [
    ("• The bloc sent troops to three cities:\n  - 2,030 soldiers to Almaty, officials said.",
     "• The bloc sent troops"),
    ("• Pakistan army chief visits troops along the\n  Line of Control",
     "• Pakistan army chief visits troops along the"),
    ("• Russian troops entered the town of Izium on Friday, officials in\nKharkiv said.", "officials in\nKharkiv"),
])
def test_lines_that_do_not_go_on_with_a_bulleted_item(items, kept):
    assert kept in "\n\n".join(body(f"{LEAD}\n\n{items}\n\n{NEXT}"))

# misfired when reviewed, read right after the ingest fix made during the review: a «quote» over two paragraphs whose
# second does not open again ('«Our soldiers did not retreat a single step.' / 'We will defend every village», Tashiev
# said.'): the second is dropped as a breadcrumb when short, and never joined to the first as its “English” form is
@pytest.mark.parametrize("rest", [
    "We will defend every village», Tashiev said.",
    "We will defend every village of Batken and every post on the border, whatever it costs us», Tashiev told reporters.",
])
def test_a_guillemet_quote_over_two_paragraphs_is_rejoined(rest):
    paragraphs = body(f"{LEAD}\n\n«Our soldiers did not retreat a single step.\n\n{rest}\n\n{NEXT}")
    assert any("Our soldiers did not retreat a single step." in paragraph and "We will defend every village" in paragraph
               and "Tashiev" in paragraph for paragraph in paragraphs)


# misfired when reviewed, read right after the ingest fix made during the review: HTML: a 'Related Stories' list of
# teaser titles with full stops (<h3> and <ul> after the story) loses its '- ' markers, and each title, a paragraph of
# its own, reads as a story sentence (the base kept the markers, and the extractor dropped them)
def test_html_related_list_of_titles_stays_furniture():
    paragraphs = html_body(f"<p>{LEAD}</p><p>{NEXT}</p><h3>Related Stories</h3><ul><li>Pakistan army chief visits "
                           "troops along the Line of Control.</li><li>Taliban name a new governor for Kandahar "
                           "province.</li></ul>")
    assert "Taliban name a new governor for Kandahar province." not in paragraphs


# misfired when reviewed, read right after the ingest fix made during the review: a lone « in a menu and a lone » in a
# footer or pagination, paragraphs apart, are paired as one quote: the footer ('More news from the region ”', 'Next
# ”') then ends like a sentence and is read as story
@pytest.mark.parametrize("page", [
    f"« Back to Central Asia\n\nBorder crossing closed after clash\n\n{LEAD}\n\n{NEXT}\n\nMore news from the region »\n",
    f"{HEAD}{LEAD}\n\n« Previous\n\n{NEXT}\n\nTajik officials said the talks would resume on Friday in Batken, a "
    "spokesman said.\n\nNext »\n",
])
def test_lone_guillemets_paragraphs_apart_are_not_paired(page):
    paragraphs = read_text_article(page, "page.txt").text.split("\n\n")
    assert not any(paragraph.endswith("”") for paragraph in paragraphs)


# misfired when reviewed, read right after the ingest fix made during the review: a „ left open (no closing mark on
# its line) is paired with the next paragraph's “, which is turned into ”, and the two paragraphs are then joined as
# one quote
def test_a_low_quote_left_open_does_not_turn_the_next_quote_around():
    quote = "“We will respond,” Japarov said on Tuesday in Bishkek after the meeting."
    paragraphs = body(f"{LEAD}\n\nThe German daily called the deal a „Zeitenwende and said it changed everything.\n\n"
                      f"{quote}\n\n{NEXT}")
    assert quote in paragraphs


# misfired when reviewed, read right after the ingest fix made during the review: a date above the headline is now
# taken for a site's widget: 'Updated: December 14, 2022' under the headline beats the page's own 'December 12, 2022'
# above it (the base read 2022-12-12)
def test_a_date_above_the_headline_beats_updated_under_it():
    page = f"December 12, 2022\n\nBorder crossing closed after clash\n\nUpdated: December 14, 2022\n\n{LEAD}\n\n{NEXT}\n"
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


@misfire("a section row with the story's date above the headline ('WORLD | December 12, 2022') loses to a teaser's "
         "'Published on July 6, 2021' at the foot (a date above the headline is a widget's as often: "
         "test_robust_layout's date widget must lose to the foot's date)")
def test_a_section_row_date_above_the_headline_beats_a_teaser_date_at_the_foot():
    page = (f"WORLD | December 12, 2022\n\nBorder crossing closed after clash\n\n{LEAD}\n\n{NEXT}\n\n"
            "Published on July 6, 2021\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


# misfire fixed after the review (kg/page.py): a teaser header left with no titles ('Also Read', its link gone) then a
# blank line: the story's bulleted facts under it were taken for its titles and dropped
def test_story_bullets_after_an_empty_teaser_header_stay():
    paragraphs = body(f"{LEAD}\n\nAlso Read\n\n• Russian troops entered the town of Izium on Friday, officials said.\n"
                      f"• Ukraine said it had retaken two villages near Kharkiv.\n\n{NEXT}")
    assert "Russian troops entered the town of Izium on Friday, officials said." in "\n\n".join(paragraphs)


# misfire fixed after the review (kg/page.py): the dateline under the headline loses to a teaser's 'Published on July
# 6, 2021' at the foot when the story has one paragraph (a brief: no second story line bounds the credits) or when a
# standfirst and a photo caption stand above the dateline
@pytest.mark.parametrize("page", [
    f"Border crossing closed after clash\n\nDecember 12, 2022\n\n{LEAD}\n\nPublished on July 6, 2021\n",
    "Border crossing closed after clash\n\nThe clash is the worst since the two countries fought a brief war over the "
    "border in 2022.\n\nKyrgyz border guards patrol near the village of Ovchi-Kalacha on Monday. (Photo: AFP)\n\n"
    f"By Staff Writer\n\nDecember 12, 2022\n\n{LEAD}\n\n{NEXT}\n\nPublished on July 6, 2021\n",
])
def test_the_dateline_under_the_headline_beats_a_teaser_date_at_the_foot(page):
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


# misfired when reviewed, read right after the ingest fix made during the review (01288ea): a lone « above (a menu's
# '« Back to Central Asia', or a quote left open in the story) was paired with the '» ' bullet of a teaser list at the
# foot, and the list's first title was read as story
@pytest.mark.parametrize("above", [
    "« Back to Central Asia\n\nBorder crossing closed after clash\n\n",
    "Border crossing closed after clash\n\n«We will not retreat, the commander said, according to a transcript released "
    "by the ministry on Monday.\n\n",
])
def test_a_lone_opening_guillemet_is_not_paired_with_a_teaser_lists_bullet(above):
    teasers = ("» Kyrgyzstan reopens its border with Tajikistan after talks.\n"
               "» Tajikistan recalls its envoy from Bishkek for consultations.")
    paragraphs = read_text_article(f"{above}{LEAD}\n\n{NEXT}\n\n{teasers}\n", "page.txt").text.split("\n\n")
    assert all(paragraph.startswith("»") for paragraph in paragraphs if "reopens its border" in paragraph)


@pytest.mark.parametrize("items", [
    "• Talks resume in Doha\n• Kyrgyzstan reopens border",  # titles end no sentence: the list's
    "• Talks resume in Doha\n\n• Kyrgyzstan reopens border",  # one title a paragraph
])
def test_bulleted_titles_past_a_blank_line_under_a_teaser_header_go(items):
    paragraphs = body(f"{LEAD}\n\nAlso Read\n\n{items}\n\n{NEXT}")
    assert paragraphs == [LEAD, NEXT]
