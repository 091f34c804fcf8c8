"""Reading what scraped pages do to a story's layout: bullets, paragraphs cut by ads, widgets glued to a paragraph,
guillemets, indentation. Each page must read as its plain text does; real text that looks like the damage stays."""
from __future__ import annotations

import pytest

from kg.ingest import read_text_article
from kg.page import is_furniture

HEAD = "Border crossing closed after clash\n\nBy Staff Writer\n\n"
LEAD = ("Tajik and Kyrgyz border guards exchanged fire near the village of Ovchi-Kalacha on Monday, "
        "officials in Bishkek said.")
NEXT = "The crossing at Guliston was closed for trade and pedestrians until further notice, the ministry added."


def body(text: str) -> list[str]:
    """The article's paragraphs."""
    return read_text_article(HEAD + text, "page.txt").text.split("\n\n")


# --- bullets -------------------------------------------------------------------------------------

def test_bulleted_sentences_of_the_story_are_its_paragraphs():
    """A paragraph of bulleted lines reads as a list of teasers; a story's bulleted facts are its sentences."""
    paragraphs = body(f"{LEAD}\n\n• Uzbek border guards closed the Termez crossing on Tuesday, the ministry said.\n\n"
                      "- The Kazakh army moved two brigades to the Chinese border.\n"
                      "* Kyrgyzstan recalled its ambassador from Dushanbe for consultations.\n")
    assert paragraphs == [LEAD, "Uzbek border guards closed the Termez crossing on Tuesday, the ministry said.",
                          "The Kazakh army moved two brigades to the Chinese border.\n"
                          "Kyrgyzstan recalled its ambassador from Dushanbe for consultations."]


def test_bullets_of_titles_dialogue_and_a_summary_above_the_story_stay():
    summary = "• Kyrgyzstan and Tajikistan exchanged fire on the border for a second day."
    teasers = "- Kazakhstan evacuates citizens from Kabul\n- Uzbek som falls against the dollar"
    dialogue = "— Will the talks resume in Doha next month?\n— They will, if the Taliban keep their word."
    paragraphs = body(f"Key points\n{summary}\n\n{LEAD}\n\n{dialogue}\n\n{teasers}\n\n{LEAD}")
    assert summary in paragraphs[0]  # a summary over the story repeats its facts: still a list
    assert dialogue in paragraphs and teasers in paragraphs


# --- paragraphs cut by an ad ------------------------------------------------------------------

@pytest.mark.parametrize("ad", ["Advertisement", "Story continues below this ad", "SCROLL TO CONTINUE WITH CONTENT"])
def test_a_paragraph_cut_mid_sentence_by_an_ad_is_one_paragraph(ad):
    cut = ("Six civilians were killed when Afghan forces opened fire on the town of Chaman on Sunday,\n\n"
           f"{ad}\n\nthe military's media wing said in a statement.")
    assert body(cut) == ["Six civilians were killed when Afghan forces opened fire on the town of Chaman on Sunday, "
                         "the military's media wing said in a statement."]
    cut_after_word = ("The Russian foreign minister told reporters in Moscow that the talks would resume, and the\n\n"
                      f"{ad}\n\nembassy in Kabul would stay open.")
    assert len(body(cut_after_word)) == 1
    short_part = f"Pakistan sent its defence adviser to join virtually,\n\n{ad}\n\nand Islamabad stayed out of the room."
    assert body(short_part) == ["Pakistan sent its defence adviser to join virtually, and Islamabad stayed out of the room."]


def test_a_quote_cut_by_an_ad_is_one_paragraph_with_its_speaker():
    """The part before the ad ends on a quote's comma, or leaves a quote open that the part after it closes."""
    comma = ("“Taliban forces started shooting at the post without any warning,”\n\nAdvertisement\n\n"
             "the provincial police chief was quoted as saying by IRNA.")
    assert len(body(comma)) == 1
    opened = ("“Our soldiers did not retreat a single step.\n\nStory continues below this ad\n\n"
              "We will defend every village on the border,” Tashiev told reporters in Bishkek.")
    assert len(body(opened)) == 1


def test_a_quote_over_two_paragraphs_stays_two_paragraphs():
    quote = ("“Our soldiers did not retreat a single step on the border.\n\n"
             "“We will defend every village,” Tashiev told reporters in Bishkek.")
    assert len(body(quote)) == 2
    closed = ("He called the talks in Dushanbe on Monday “useful” and left for home.\n\n"
              "The next round, he said, would be held in Tashkent in March.”")
    assert len(body(closed)) == 2


def test_paragraphs_that_end_their_sentences_stay_apart():
    caption = ("Taliban fighters stand guard at the gate of Kabul airport after the last US flight left. "
               "Photograph: Stringer/EPA")
    paragraphs = body(f"{caption}\n\nThe last American troops left Afghanistan shortly before midnight on Monday.\n\n"
                      "Who met whom?\n\nal-Shabaab fighters attacked a base in Somalia on the same day, the army said.")
    assert len(paragraphs) == 4
    short = body("Dear readers,\n\nwe are moving to a new site.")  # too short to be a paragraph cut by the page
    assert len(short) == 2


# --- widgets glued to a paragraph ---------------------------------------------------------------

def test_a_widget_glued_under_a_paragraph_is_apart_from_it():
    """A paragraph that ends on a line that is no sentence is read as a headline or a list, story and all."""
    paragraphs = body(f"{LEAD}\nPhotos That Defined The Week\n\n{LEAD.replace('Monday', 'Tuesday')}")
    assert paragraphs[:2] == [LEAD, "Photos That Defined The Week"]


def test_entry_times_and_the_pages_last_block_keep_their_lines():
    entry = "23:40 IST\nTaliban fighters entered the presidential palace in Kabul, the group's spokesman said."
    last = ("Dear readers, we are facing unprecedented pressure from the authorities. Please support us.\n"
            "Contribute today")
    paragraphs = body(f"{LEAD}\n\n{entry}\n\n{LEAD}\n\n{last}")
    assert entry in paragraphs and paragraphs[-1] == last
    two_sentences = f"{LEAD}\nThe crossing at Guliston was closed for trade and pedestrians until further notice."
    assert two_sentences in body(two_sentences)


@pytest.mark.parametrize("line", ["Story continues below advertisement", "Advertisement - Scroll to continue",
                                  "Continue reading the main story", "Listen to this article", "list 2 of 4"])
def test_ad_and_player_notices_are_furniture(line):
    assert is_furniture(line)


@pytest.mark.parametrize("line", ["The story continues below the surface, the analyst said.",
                                  "Continue reading the report, the minister urged lawmakers.",
                                  "Listen to the people of Badakhshan, the governor told officials."])
def test_sentences_with_the_notices_words_are_not(line):
    assert not is_furniture(line)


# --- quotation marks and indentation --------------------------------------------------------------

def test_guillemets_and_low_high_quotes_read_as_english_quotes():
    text = (f"{LEAD}\n\n«We will not allow the rights of our people to be violated», Raisi said. "
            "„Take my words seriously“, he added.\n")
    assert body(text)[1] == ("“We will not allow the rights of our people to be violated”, Raisi said. "
                             "“Take my words seriously”, he added.")


def test_arrows_and_closing_guillemets_alone_stay():
    arrow = "The ministry’s statement » was read out on state television on Monday evening, officials said."
    assert arrow in body(f"{LEAD}\n\n{arrow}")
    assert "Home » World » Asia" not in "\n".join(body(f"Home » World » Asia\n\n{LEAD}"))


def test_indented_paragraphs_read_as_unindented_ones():
    plain = f"{LEAD}\n\n23:40 IST\nTaliban fighters entered the presidential palace in Kabul, a spokesman said.\n"
    indented = "\n".join(("\t" if len(line) > 40 else "    ") + line if line else line for line in plain.split("\n"))
    assert body(indented) == body(plain)
    assert body(plain.replace("\n", "\r\n")) == body(plain)


# --- subheads and lists glued to the story ------------------------------------------------------

@pytest.mark.parametrize("subhead", ["THE BACKGROUND", "A Fragile Calm on the Border"])
def test_a_subhead_glued_above_a_paragraph_is_apart_from_it(subhead):
    """Read with the paragraph, the subhead opens its first sentence ("THE BACKGROUND Security officials said …")."""
    paragraphs = body(f"{LEAD}\n\n{subhead}\n{NEXT}")
    assert paragraphs == [LEAD, subhead, NEXT]


def test_entry_headings_and_speaker_labels_stay_with_their_text():
    entry = "May 10, 18:40 IST\nDar Confirms Ceasefire\nPakistan's foreign minister said both sides had agreed to halt fire."
    answer = "Azimova: Poverty and migration drive the recruits, and the crackdown at home feeds resentment."
    quoted = "“We will not retreat”\nThe defence minister repeated the words of the president at the briefing in Dushanbe."
    paragraphs = body(f"{LEAD}\n\n{entry}\n\n{answer}\n\n{quoted}\n\n{NEXT}")
    assert entry in paragraphs and answer in paragraphs and quoted in paragraphs


def test_titles_listed_under_a_related_header_go_with_it():
    """With "Related Stories" gone, its titles are lines of text whose names are taken for the story's."""
    listed = ("Related Stories\nPakistan army chief visits troops along the Line of Control\nTaliban\n\n"
              "Trending Topics\nIndia Pakistan\nUkraine war")
    assert body(f"{LEAD}\n\n{listed}\n\n{NEXT}") == [LEAD, NEXT]


def test_sentences_under_a_read_more_line_and_lists_without_a_header_stay():
    story = "Kyrgyz President Sadyr Japarov said the border would reopen on Friday, his office said in a statement."
    members = "Members of the bloc\nRussia\nKazakhstan\nKyrgyzstan"
    paragraphs = body(f"{LEAD}\n\nRead more about the talks in Doha:\n{story}\n\n{members}\n\n{NEXT}")
    assert story in paragraphs[1] and members in paragraphs


# --- the publication date -------------------------------------------------------------------------

def test_a_date_above_the_story_beats_a_labelled_one_below_it():
    """"Published on …" under a teaser at the page's foot is the teaser's date, not the story's."""
    page = f"Border crossing closed after clash\n\nDecember 12, 2022\n\n{LEAD}\n\n{NEXT}\n\nPublished on July 6, 2021\n"
    assert read_text_article(page, "page.txt").published.isoformat() == "2022-12-12"


def test_a_date_only_below_the_story_and_labels_above_it_still_count():
    foot = f"Border crossing closed after clash\n\n{LEAD}\n\n{NEXT}\n\nFirst published on: September 17, 2022 11:20 IST\n"
    assert read_text_article(foot, "foot.txt").published.isoformat() == "2022-09-17"
    head = (f"Border crossing closed after clash\n\nUpdated: September 18, 2022\nPublished: September 17, 2022\n\n"
            f"{LEAD}\n\n{NEXT}\n")
    assert read_text_article(head, "head.txt").published.isoformat() == "2022-09-17"


# --- the note on the author under the story ------------------------------------------------------------

def test_a_note_on_the_author_under_the_story_is_dropped():
    """It names the author and an employer the story does not (the gold counts it as furniture)."""
    byline = (f"Border crossing closed after clash\n\nBy Farida Yusupova\n\n{LEAD}\n\n{NEXT}\n\n"
              "Farida Yusupova is a former diplomat who teaches at the Institute of Strategic Studies. Views are personal.\n")
    assert read_text_article(byline, "a.txt").text.split("\n\n") == [LEAD, NEXT]
    writer = f"{HEAD}{LEAD}\n\n{NEXT}\n\nThe writer is a senior fellow at the Centre for Asian Strategy in London\n"
    assert read_text_article(writer, "b.txt").text.split("\n\n") == [LEAD, NEXT]


def test_a_story_about_a_writer_or_an_unsigned_profile_stays():
    writer = "The writer is a critic of the Kremlin and was detained in Moscow on Friday, his lawyer said."
    profile = "Zamir Kabulov is a veteran diplomat who has served as the Kremlin's envoy for Afghanistan since 2011."
    assert body(f"{LEAD}\n\n{writer}\n\n{NEXT}\n\nTaliban leaders met him in Kazan.\n\nMore talks are due.\n\nOn Friday.")[1] \
        == writer
    assert profile in body(f"{LEAD}\n\n{NEXT}\n\n{profile}")


# --- misfires of the rules above (review r12), with sentences of my own -------------------------------------

def test_a_guillemet_quote_closed_lines_later_is_an_english_quote():
    cut = ("«Our posts near Vorukh will stay where they are,\n\nAdvertisement\n\n"
           "whatever Dushanbe says», the Kyrgyz border service said on Tuesday.")
    assert body(f"{LEAD}\n\n{cut}")[1] == ("“Our posts near Vorukh will stay where they are, whatever Dushanbe says”, "
                                           "the Kyrgyz border service said on Tuesday.")
    reopened = "«The talks were useful.\n\n«We meet again in March», the envoy told reporters in Tashkent on Monday."
    assert body(f"{LEAD}\n\n{reopened}")[1:] == ["«The talks were useful.",
                                                 "“We meet again in March”, the envoy told reporters in Tashkent on Monday."]


def test_bullets_under_a_list_or_summary_header_stay():
    teasers = "Also Read\n• Uzbekistan opens a new bridge over the Amu Darya.\n• Kazakhstan raises its key rate."
    summary = "Key points\n• Kyrgyz and Tajik guards exchanged fire on Monday.\n• The Guliston crossing was closed."
    paragraphs = body(f"{LEAD}\n\n{NEXT}\n\n{summary}\n\n{teasers}")
    assert paragraphs[2] == summary and "Uzbekistan opens a new bridge over the Amu Darya." not in "\n".join(paragraphs)
    story = "• The Kazakh army moved two brigades to the Chinese border on Friday."
    assert "The Kazakh army moved two brigades to the Chinese border on Friday." in body(f"{LEAD}\n\n{story}")


def test_a_name_on_its_own_line_over_the_rest_of_its_sentence_is_no_subhead():
    sentence = "Deputy Foreign Minister Andrei Rudenko\nsaid on Monday that Moscow would not send troops to Afghanistan."
    assert sentence in body(f"{LEAD}\n\n{sentence}")


def test_a_widget_title_between_the_parts_of_a_cut_paragraph_stays_out_of_the_sentence():
    cut = ("Tajik border guards detained four men near the Panj river crossing on Sunday,\nWatch The Latest Videos\n\n"
           "Advertisement\n\nthe State Committee for National Security said.")
    paragraphs = body(f"{LEAD}\n\n{cut}\n\n{NEXT}")
    assert ("Tajik border guards detained four men near the Panj river crossing on Sunday, the State Committee for "
            "National Security said.") in paragraphs


def test_a_date_widget_above_the_headline_loses_to_the_published_date():
    page = (f"Monday, March 3, 2025\n\nBorder crossing closed after clash\n\n{LEAD}\n\n{NEXT}\n\n"
            "Published on October 12, 2021\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2021-10-12"


def test_a_read_more_button_ends_its_block_and_the_bulleted_story_goes_on():
    story = "• The Kazakh army moved two brigades to the Chinese border on Friday, officials said."
    paragraphs = body(f"{LEAD}\nREAD MORE\n\n{story}\n\n{NEXT}")
    assert "The Kazakh army moved two brigades to the Chinese border on Friday, officials said." in paragraphs


def test_more_misfires_of_review_r12_read_right():
    said = "said Kyrgyzstan's foreign minister at a briefing in Bishkek on Friday."
    quote = "“Our border guards will not give up a single metre of land”"
    assert body(f"{LEAD}\n\n{quote}\n\nAdvertisement.\n\n{said}") == [LEAD, f"{quote} {said}"]
    caption = "Kyrgyz border guards patrol the road near Batken on Monday, a day after the clash"
    particle = "al-Qaeda's branch claimed the attack on the post, the ministry said on Tuesday."
    assert particle in body(f"{LEAD}\n\n{caption}\n\n{particle}")
    namesake = "Farida Yusupova was detained in Dushanbe in 2019 and released a year later, officials said."
    page = f"Border talks resume\n\nBy Farida Yusupova\n\n{LEAD}\n\n{namesake}"
    assert namesake in read_text_article(page, "page.txt").text.split("\n\n")
    lone = body(f"{LEAD}\n\nHome « Regions\n\n{NEXT}\n\nMore news from Central Asia »")
    assert not any(paragraph.endswith("”") for paragraph in lone)
    low = "The daily called the deal a „turning point and said it changed the region."
    assert body(f"{LEAD}\n\n{low}\n\n“We will respond,” Japarov said in Bishkek.")[-1] == "“We will respond,” Japarov said in Bishkek."


def test_an_update_under_the_headline_does_not_beat_the_published_date():
    page = (f"Border crossing closed after clash\n\nUpdated: March 4, 2023\n\n{LEAD}\n\n{NEXT}\n\n"
            "First published on: March 2, 2023\n")
    assert read_text_article(page, "page.txt").published.isoformat() == "2023-03-02"
