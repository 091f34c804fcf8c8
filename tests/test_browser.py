"""The pages in a real browser: Debian's chromium, headless, driven by Selenium through /usr/bin/chromedriver.

No browser is ever downloaded: ``make test`` installs the ``chromium`` and ``chromium-driver`` packages
(``make browser``); without them this module is skipped. The server holds the seeds graph plus one article
with a ``<script>`` in a quote. Each test leaves screenshots in ``tests/output/browser/`` to look at.
"""
from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS
from selenium import webdriver
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.support.ui import WebDriverWait

from kg.namespaces import KG, SCHEMA
from kg.store import Store

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en")
OUTPUT = Path(__file__).resolve().parent / "output" / "browser"
REPO = Path(__file__).resolve().parents[1]
BASE = "https://w3id.org/newskg/id/"
LAVROV = BASE + "actor/Q58217"
TRICKY_ARTICLE = BASE + "article/lavrov-script"
TRICKY_QUOTE = "<script>window.pwned = 1</script> is not how diplomacy works"
WAIT = 20  # seconds, at most, for anything to appear

pytestmark = pytest.mark.skipif(
    not (CHROMIUM.exists() and CHROMEDRIVER.exists()),
    reason="Debian's chromium is not installed (/usr/bin/chromium, /usr/bin/chromedriver): "
           "`make browser` installs it (apt-get install chromium chromium-driver)",
)


def _start_browser(javascript: bool = True) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tempfile.mkdtemp(prefix='kg-chromium-')}")
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(str(CHROMEDRIVER)))
    driver.set_page_load_timeout(60)
    return driver


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    driver = _start_browser()
    yield driver
    driver.quit()


def _tricky_article() -> Graph:
    """Lavrov quoted with a <script> element in what he said (it must show as text, never run), then a meeting
    and a military action: one fact of each kind, names of each class, whatever the extractor makes of the seeds."""
    body = (f'Lavrov said: "{TRICKY_QUOTE}." He met Jaishankar in Moscow. '
            "Russia moved troops to Tajikistan, the Kremlin said.")
    graph, article = Graph(), URIRef(TRICKY_ARTICLE)
    graph.add((article, RDF.type, KG.Article))
    graph.add((article, DCTERMS.title, Literal("Lavrov <i>on</i> scripts")))
    graph.add((article, DCTERMS.date, Literal("2021-07-07", datatype=URIRef("http://www.w3.org/2001/XMLSchema#date"))))
    graph.add((article, SCHEMA.articleBody, Literal(body)))
    entities = {"Lavrov": ("actor/Q58217", KG.Person), "Jaishankar": ("actor/Q16186720", KG.Person),
                "Moscow": ("place/Q649", KG.Place), "Russia": ("actor/Q159", KG.Country),
                "Tajikistan": ("actor/Q863", KG.Country), "the Kremlin": ("actor/the-kremlin", KG.Organisation)}
    for words, (path, kind) in entities.items():
        entity, start = URIRef(BASE + path), body.index(words)
        graph.add((entity, RDF.type, kind))
        mention = URIRef(f"{BASE}mention/lavrov-script-{start}-{start + len(words)}")
        for predicate, value in ((RDF.type, KG.Mention), (KG.mentionOf, entity), (KG.surfaceForm, Literal(words)),
                                 (KG.startOffset, Literal(start)), (KG.endOffset, Literal(start + len(words))),
                                 (PROV.wasDerivedFrom, article)):
            graph.add((mention, predicate, value))
    sentences = {"statement-script": (KG.Statement, body[:body.index(" He met")]),
                 "meeting-script": (KG.Meeting, "He met Jaishankar in Moscow."),
                 "action-script": (KG.MilitaryAction, "Russia moved troops to Tajikistan, the Kremlin said.")}
    for name, (kind, sentence) in sentences.items():
        event, start = URIRef(BASE + "event/" + name), body.index(sentence)
        for predicate, value in ((RDF.type, KG.Event), (RDF.type, kind), (KG.evidence, Literal(sentence)),
                                 (KG.startOffset, Literal(start)), (KG.endOffset, Literal(start + len(sentence))),
                                 (PROV.wasDerivedFrom, article)):
            graph.add((event, predicate, value))
    statement, meeting = URIRef(BASE + "event/statement-script"), URIRef(BASE + "event/meeting-script")
    graph.add((statement, RDFS.label, Literal("Statement by Sergey Lavrov")))
    graph.add((statement, KG.speaker, URIRef(LAVROV)))
    graph.add((statement, KG.quote, Literal(TRICKY_QUOTE)))
    graph.add((meeting, RDFS.label, Literal("Meeting: Sergey Lavrov – S. Jaishankar")))
    graph.add((meeting, KG.participant, URIRef(LAVROV)))
    graph.add((meeting, KG.participant, URIRef(BASE + "actor/Q16186720")))
    graph.add((meeting, KG.place, URIRef(BASE + "place/Q649")))
    graph.add((URIRef(BASE + "event/action-script"), KG.actor, URIRef(BASE + "actor/Q159")))
    return graph


@pytest.fixture(scope="module")
def browse_store(seeds_store) -> Store:
    store = Store(None)
    store.oxigraph.extend(seeds_store.quads())
    store.replace_article(TRICKY_ARTICLE, _tricky_article())
    return store


@pytest.fixture
def site(start_server, browse_store) -> str:
    return start_server(browse_store)


def wait_for(driver: WebDriver, condition, message: str):
    try:
        return WebDriverWait(driver, WAIT, poll_frequency=0.1).until(condition)
    except TimeoutException:
        screenshot(driver, "timeout")
        raise AssertionError(f"{message} (after {WAIT} s; see tests/output/browser/timeout.png)") from None


def screenshot(driver: WebDriver, name: str, full_page: bool = False) -> Path:
    """A PNG of the page under tests/output/browser/ (the whole page's height when ``full_page``)."""
    OUTPUT.mkdir(parents=True, exist_ok=True)
    path = OUTPUT / f"{name}.png"
    if full_page:
        width, height = driver.get_window_size()["width"], driver.get_window_size()["height"]
        page_height = driver.execute_script("return document.documentElement.scrollHeight")
        driver.set_window_size(width, min(page_height + 120, 6000))
        driver.save_screenshot(str(path))
        driver.set_window_size(width, height)
    else:
        driver.save_screenshot(str(path))
    return path


def rows(store: Store, query: str) -> list:
    return list(store.oxigraph.query(query, use_default_graph_as_union=True))


def no_script_ran(driver: WebDriver) -> None:
    assert driver.execute_script("return typeof window.pwned") == "undefined"


def severe_console_errors(driver: WebDriver) -> list[str]:
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# --- the query editor ------------------------------------------------------------------------------

def open_editor(driver: WebDriver, base_url: str, name: str) -> None:
    driver.get(f"{base_url}/query?name={name}")
    wait_for(driver, lambda d: d.execute_script(
        "return window.kgYasgui && window.kgYasgui.getTab() && window.kgYasgui.getTab().getName()") == name,
        f"the editor's tab {name}")


def run_query(driver: WebDriver) -> list:
    driver.find_element(By.CSS_SELECTOR, ".yasqe_queryButton").click()
    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".yasr_results table.dataTable tbody tr td a, "
                                                             ".yasr_results .dt-empty"),
             "the results table")
    return driver.find_elements(By.CSS_SELECTOR, ".yasr_results table.dataTable tbody tr")


def test_a_competency_query_runs_from_the_editor(browser, site, browse_store):
    open_editor(browser, site, "who-met-whom")
    query = (REPO / "queries" / "who-met-whom.rq").read_text(encoding="utf-8")
    assert browser.execute_script("return window.kgYasgui.getTab().getYasqe().getValue()") == query
    tabs = browser.execute_script("return Array.from(document.querySelectorAll('.tabsList .tab')).map(t => t.innerText.trim())")
    assert len([tab for tab in tabs if tab]) == len(list((REPO / "queries").glob("*.rq")))
    # syntax highlighting: CodeMirror marks keywords and variables
    assert browser.find_elements(By.CSS_SELECTOR, ".CodeMirror .cm-keyword")
    assert browser.find_elements(By.CSS_SELECTOR, ".CodeMirror .cm-atom, .CodeMirror .cm-variable-2, .CodeMirror .cm-var")

    answer = browse_store.oxigraph.query(query, use_default_graph_as_union=True)
    variables, expected = [variable.value for variable in answer.variables], list(answer)
    table = run_query(browser)
    assert len(table) == min(len(expected), 50) and expected
    chip = browser.find_element(By.CSS_SELECTOR, ".yasr_response_chip").text
    assert chip.startswith(f"{len(expected)} result")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, ".yasr_results table.dataTable thead th")]
    assert [header for header in headers if header] == variables
    labels = {row["participant1"].value for row in expected} | {row["participant2"].value for row in expected}
    cells = {cell.text for cell in browser.find_elements(By.CSS_SELECTOR, ".yasr_results table.dataTable tbody td")}
    assert labels & {cell.strip() for cell in cells}
    first_link = browser.find_element(By.CSS_SELECTOR, ".yasr_results table.dataTable tbody td a.iri")
    assert first_link.get_attribute("href").startswith(f"{site}/id/event/")  # the data's IRIs open on this server
    screenshot(browser, "query-results")

    # the results as CSV and JSON, from the links under the editor
    csv_href = browser.find_element(By.ID, "download-csv").get_attribute("href")
    json_href = browser.find_element(By.ID, "download-json").get_attribute("href")
    table_rows = list(csv.reader(io.StringIO(requests.get(csv_href, timeout=30).text)))
    assert len(table_rows) == len(expected) + 1 and table_rows[0][0] == "meeting"
    assert len(requests.get(json_href, timeout=30).json()["results"]["bindings"]) == len(expected)
    assert not severe_console_errors(browser)


def test_the_editor_completes_prefixes_and_terms(browser, site):
    open_editor(browser, site, "articles")
    browser.find_element(By.CSS_SELECTOR, ".CodeMirror").click()
    editor = browser.find_element(By.CSS_SELECTOR, ".CodeMirror textarea")
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys("SELECT * WHERE { ?s a kg:Pe")
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li"), "completions")
    value = browser.execute_script("return window.kgYasgui.getTab().getYasqe().getValue()")
    assert value.startswith("PREFIX kg: <https://w3id.org/newskg/ontology#>\n")  # the prefix was declared for us
    hints = [li.text for li in browser.find_elements(By.CSS_SELECTOR, ".CodeMirror-hints li")]
    assert "kg:Person" in hints
    screenshot(browser, "query-completion")
    editor.send_keys(Keys.ESCAPE)


def test_an_entity_opens_from_a_result_with_its_timeline(browser, site, browse_store):
    open_editor(browser, site, "actors-linked-to-wikidata")
    run_query(browser)
    link = wait_for(browser, lambda d: [a for a in d.find_elements(By.CSS_SELECTOR, ".yasr_results td a.iri")
                                        if a.get_attribute("href") == f"{site}/id/actor/Q58217"],
                    "a link to Lavrov in the results")[0]
    link.click()
    wait_for(browser, lambda d: d.find_elements(By.TAG_NAME, "h1") and d.find_element(By.TAG_NAME, "h1").text == "Sergey Lavrov",
             "Lavrov's page")
    assert browser.current_url == f"{site}/id/actor/Q58217"
    wikidata = browser.find_element(By.CSS_SELECTOR, "a.wikidata")
    assert wikidata.get_attribute("href") == "http://www.wikidata.org/entity/Q58217"

    events = rows(browse_store, f"""SELECT DISTINCT ?event WHERE {{
      VALUES ?kind {{ <{KG.Meeting}> <{KG.Statement}> <{KG.MilitaryAction}> }}
      VALUES ?role {{ <{KG.participant}> <{KG.speaker}> <{KG.about}> <{KG.actor}> <{KG.place}> <{KG.reportedBy}> }}
      ?event ?role <{LAVROV}> ; a ?kind ; <{KG.evidence}> ?evidence ; <{PROV.wasDerivedFrom}> ?article }}""")
    timeline = browser.find_elements(By.CSS_SELECTOR, "table.timeline tbody tr.fact-row")
    assert len(timeline) == len(events) >= 5
    for row in timeline:
        cells = row.find_elements(By.TAG_NAME, "td")
        assert len(cells) == 5
        assert cells[0].text  # a date, or the words of one, or "undated"
        assert cells[1].find_element(By.CSS_SELECTOR, "a").get_attribute("href").startswith(f"{site}/id/event/")
        assert cells[4].find_element(By.TAG_NAME, "blockquote").text  # the evidence sentence
        assert cells[4].find_element(By.CSS_SELECTOR, ".source a").get_attribute("href").startswith(f"{site}/id/article/")
    dates = [row.get_attribute("data-date") for row in timeline]
    dated = [date for date in dates if date]
    assert dated == sorted(dated) and dates[:len(dated)] == dated  # earliest first, undated last
    met = {a.text for row in timeline for a in row.find_elements(By.CSS_SELECTOR, "td:nth-child(4) a")}
    assert "S. Jaishankar" in met
    # the network: drawn, and listed
    nodes = browser.find_elements(By.CSS_SELECTOR, ".network a.node")
    assert nodes and browser.find_element(By.CSS_SELECTOR, ".network svg").size["width"] > 300
    assert "S. Jaishankar" in {row.text.split("\n")[0] for row in browser.find_elements(By.CSS_SELECTOR, "table.neighbours tbody td:first-child")}
    # a quote with a <script> in it is text
    quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "table.timeline .quote")]
    assert f"“{TRICKY_QUOTE}”" in quotes
    no_script_ran(browser)
    screenshot(browser, "entity-page", full_page=True)
    browser.set_window_size(1280, 1700)
    screenshot(browser, "entity-page-top")
    browser.set_window_size(1280, 1000)

    # a little script: filter the timeline by kind; point at a neighbour to see the events shared with them
    browser.find_element(By.CSS_SELECTOR, ".timeline-filter input[value=statement]").click()
    visible = [row for row in browser.find_elements(By.CSS_SELECTOR, "table.timeline tr.fact-row") if row.is_displayed()]
    assert visible and all(row.get_attribute("data-kind") != "statement" for row in visible)
    browser.find_element(By.CSS_SELECTOR, ".timeline-filter input[value=statement]").click()
    jaishankar = browser.find_element(By.CSS_SELECTOR, "table.neighbours tr[data-iri$='/actor/Q16186720']")
    browser.execute_script("arguments[0].dispatchEvent(new MouseEvent('mouseenter'))", jaishankar)
    shared = browser.find_elements(By.CSS_SELECTOR, "table.timeline tr.fact-row.highlight")
    assert shared and all("S. Jaishankar" in row.text for row in shared)

    # an event of the timeline: its participants, and its sentence marked in its article's paragraph
    meeting = next(row for row in timeline if row.get_attribute("data-kind") == "meeting")
    evidence = meeting.find_element(By.TAG_NAME, "blockquote").text
    meeting.find_element(By.CSS_SELECTOR, "td:nth-child(2) a").click()
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, ".passage mark"), "the event's sentence")
    assert browser.find_element(By.CSS_SELECTOR, ".passage mark").text == evidence
    summary = browser.find_element(By.CSS_SELECTOR, "dl.summary").text
    assert "participant" in summary and "Sergey Lavrov" in summary
    screenshot(browser, "event-page")


def test_search_for_lavrov(browser, site):
    browser.get(site + "/")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)  # the keyboard reaches the skip link first, then the search box
    assert browser.switch_to.active_element.text == "Skip to content"
    for _ in range(12):
        if browser.switch_to.active_element.get_attribute("id") == "site-search":
            break
        browser.switch_to.active_element.send_keys(Keys.TAB)
    box = browser.switch_to.active_element
    assert box.get_attribute("id") == "site-search"
    label = browser.find_element(By.CSS_SELECTOR, "label[for=site-search]")
    assert label.text == "Search names"
    box.send_keys("Lavrov", Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements(By.ID, "search-status"), "the search results")
    assert "results for “Lavrov”" in browser.find_element(By.ID, "search-status").text
    first = browser.find_element(By.CSS_SELECTOR, "ul.results li a")
    assert first.text == "Sergey Lavrov"
    screenshot(browser, "search")
    first.click()
    wait_for(browser, lambda d: d.find_element(By.TAG_NAME, "h1").text == "Sergey Lavrov", "Lavrov's page")
    browser.find_element(By.ID, "site-search").send_keys("LAVRÓV", Keys.ENTER)  # case and accents ignored
    wait_for(browser, lambda d: d.find_elements(By.ID, "search-status"), "the search results")
    assert browser.find_element(By.CSS_SELECTOR, "ul.results li a").text == "Sergey Lavrov"


def test_an_article_with_a_script_in_a_quote_shows_it_as_text(browser, site):
    browser.get(site + "/id/article/lavrov-script")
    text = browser.find_element(By.CSS_SELECTOR, ".article-text")
    assert TRICKY_QUOTE in text.text
    assert browser.find_element(By.TAG_NAME, "h1").text == "Lavrov <i>on</i> scripts"
    assert not browser.find_elements(By.CSS_SELECTOR, "main script, main i")
    no_script_ran(browser)
    mention = text.find_element(By.CSS_SELECTOR, "a.mention.m-person")
    assert mention.text == "Lavrov" and mention.get_attribute("href") == f"{site}/id/actor/Q58217"
    tag = text.find_element(By.CSS_SELECTOR, "a.fact-tag.t-statement")
    assert tag.text == "Statement" and tag.get_attribute("href") == f"{site}/id/event/statement-script"
    colours = browser.execute_script("""
      const seen = {};
      for (const el of document.querySelectorAll('.article-text .mention, .article-text .fact')) {
        seen[el.className] = getComputedStyle(el).backgroundColor; }
      return seen;""")
    kinds = ("fact fact-meeting", "fact fact-statement", "fact fact-military", "mention m-person", "mention m-place",
             "mention m-country", "mention m-organisation")
    assert set(kinds) <= set(colours) and len({colours[kind] for kind in kinds}) == len(kinds)  # each in its colour
    screenshot(browser, "article-script")
    browser.get(site + "/id/article/000-7098d567288dc831-txt-bc8283a7ea68")  # a seed article, to look at
    assert browser.find_elements(By.CSS_SELECTOR, ".article-text a.mention, .article-text a.fact-tag")
    screenshot(browser, "article-page", full_page=True)


CONTRAST = """
// WCAG contrast of every visible piece of text against the background it is drawn on.
function rgb(colour) { const m = colour.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; }
function lum(c) { return [c.r, c.g, c.b].map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); })
                  .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0); }
function background(el) { for (; el; el = el.parentElement) { const c = rgb(getComputedStyle(el).backgroundColor); if (c.a > 0.5) return c; } return {r: 255, g: 255, b: 255, a: 1}; }
const failures = [];
for (const el of document.querySelectorAll('body *')) {
  if (el.closest('svg, script, style, .visually-hidden, .skip') || !el.getClientRects().length) continue;
  const own = Array.from(el.childNodes).some(n => n.nodeType === 3 && n.textContent.trim());
  if (!own) continue;
  const style = getComputedStyle(el);
  if (style.visibility === 'hidden') continue;
  const fg = lum(rgb(style.color)), bg = lum(background(el));
  const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight) >= 700;
  const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  if (ratio < needed) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} < ${needed} "${el.textContent.trim().slice(0, 40)}"`);
}
return failures;
"""


@pytest.mark.parametrize("path", ["/", "/id/actor/Q58217", "/id/event/meeting-e830324731a5",
                                  "/id/article/000-7098d567288dc831-txt-bc8283a7ea68", "/search?q=lavrov", "/query",
                                  "/sparql", "/ontology", "/dumps/"])
def test_text_has_enough_contrast(browser, site, path):
    browser.get(site + path)
    if path == "/query":
        wait_for(browser, lambda d: d.execute_script("return !!window.kgYasgui"), "the editor")
        browser.execute_script("document.getElementById('editor').hidden = true")  # YASGUI's own styles are its own
    assert browser.execute_script(CONTRAST) == []
    assert browser.execute_script("return document.documentElement.lang") == "en"
    unlabelled = browser.execute_script("""return Array.from(document.querySelectorAll('main input, main select, main textarea, header input'))
      .filter(el => el.type !== 'hidden' && el.type !== 'checkbox' && !el.closest('#editor') && !(el.labels && el.labels.length) && !el.getAttribute('aria-label'))
      .map(el => el.outerHTML)""")
    assert unlabelled == []


def test_the_pages_work_without_javascript(site):
    driver = _start_browser(javascript=False)
    try:
        driver.get(site + "/id/actor/Q58217")
        assert len(driver.find_elements(By.CSS_SELECTOR, "table.timeline tr.fact-row")) >= 5
        assert driver.find_elements(By.CSS_SELECTOR, ".network a.node")
        assert not driver.find_element(By.CSS_SELECTOR, ".timeline-filter").is_displayed()  # needs the script
        screenshot(driver, "entity-page-no-javascript")
        driver.get(site + "/query?name=statements-by-speaker")
        assert not driver.find_element(By.ID, "editor").is_displayed()
        form = driver.find_element(By.ID, "plain-query")
        assert form.is_displayed() and "Who made the most statements?" in driver.find_element(By.ID, "query-text").get_attribute("value")
        driver.find_element(By.CSS_SELECTOR, "#plain-query button[type=submit]").click()
        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "table.results tbody tr"), "the results page")
        assert driver.find_element(By.CSS_SELECTOR, "table.results thead").text.split() == ["speaker", "statements"]
        screenshot(driver, "query-no-javascript")
    finally:
        driver.quit()
