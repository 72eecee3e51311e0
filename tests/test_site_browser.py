"""Search and escaping in a real browser (Playwright + Debian's chromium): the header box,
keyboard, highlights on the speech page, the results page with filters, and a page without
our theme partial.

The built site is served by http.server on 127.0.0.1 under the site_url path
(/chuangcheng-wenku/), as it would be deployed. Never downloads a browser.
"""
from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

import pytest

from benchmarks.search_oracle import Oracle
from build_tools.corpus import load_corpus
from build_tools.site import build_site
from site_support import SOURCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
REAL = ROOT / "corpus"
# Debian's package by default; CI runners that ship Chrome point CHROMIUM_PATH at it.
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
PREFIX = "/chuangcheng-wenku/"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM),
                                reason=f"{CHROMIUM} is absent (CI installs it via .ci/run)")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def translate_path(self, path):
        # Serve the site under its deployed prefix; anything else is a 404.
        path = path.split("?", 1)[0].split("#", 1)[0]
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside__")
        return super().translate_path("/" + path[len(PREFIX):])


@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _serve(site: Path):
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Handler, directory=str(site)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv, f"http://127.0.0.1:{srv.server_address[1]}{PREFIX}"


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("browser-fixture")
    build_site(FIXTURE, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    yield tmp / "site", base
    srv.shutdown()


class Page:
    """A page with a request log (bytes per search index file) and a dialog trap."""

    def __init__(self, browser, url):
        self.page = browser.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.transfers: dict[str, int] = {}
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("requestfinished", self._finished)
        self.page.goto(url)

    def _finished(self, request):
        if "/search/idx/" in request.url:
            try:
                self.transfers[request.url] = request.sizes()["responseBodySize"]
            except Exception:
                self.transfers[request.url] = 0

    def search(self, query: str) -> list[str]:
        """Type into the header search box; return the result links (href) once every
        result has its excerpts and its paragraph link."""
        box = self.page.locator("#cc-search input")
        box.fill("")
        box.type(query, delay=20)
        self.page.wait_for_function(
            """q => { const r = document.querySelector('.cc-search__results');
                      return r && !r.hidden && r.dataset.query === q &&
                             [...r.querySelectorAll('.cc-search__item')].every(i => i.dataset.ready); }""", arg=query)
        return self.page.eval_on_selector_all(".cc-search__link", "els => els.map(e => e.getAttribute('href'))")


def _ids(hrefs: list[str]) -> list[str]:
    return [h.split("speeches/")[1].split("/")[0] for h in hrefs]


def test_search_from_the_header(browser, fixture_site):
    site, base = fixture_site
    oracle = Oracle(load_corpus(FIXTURE))
    p = Page(browser, base + "places/")     # any page: the box is in the header
    # The box lists the best five in ranking order (title first, occurrences, newest), and
    # its status line counts every speech and occurrence exactly.
    rank = oracle.date_order()
    for q in ["体制", "城市", "西溪湿地", "汾河", "大雁塔", "病媒 农贸市场", "衛生城市"]:
        want = oracle(q)
        assert want, q
        ranked = sorted(want, key=lambda i: (not want[i][1], -want[i][0], rank[i]))
        assert _ids(p.search(q)) == ranked[:5], q
        status = p.page.inner_text(".cc-search__status")
        assert status == f"找到 {len(want)} 篇讲话，共 {sum(n for n, _ in want.values())} 处", q
    # A link opens the paragraph of the first occurrence, the excerpt marks the term.
    href = p.search("西溪湿地")[0]
    assert href.endswith("#p5") and "?h=" in href
    marks = p.page.eval_on_selector_all(".cc-search__excerpt mark", "els => els.map(e => e.textContent)")
    assert marks == ["西溪湿地"]
    assert "共 1 处" in p.page.inner_text(".cc-search__info")
    p.page.click(".cc-search__link")
    p.page.wait_for_url("**/speeches/2022-hangzhou-d4e5f6/**#p5")
    p.page.wait_for_selector("#p5 mark.cc-hl")
    assert p.page.eval_on_selector_all("mark.cc-hl", "els => els.map(e => e.textContent)") == ["西溪湿地"]
    assert not p.dialogs and not p.errors


def test_nothing_found_means_nothing_listed(browser, fixture_site):
    site, base = fixture_site
    p = Page(browser, base)
    for q in ["量子计算", "区块链", "足球", "西溪湿地 汾河"]:
        assert p.search(q) == [], q
        assert p.page.inner_text(".cc-search__count") == "没有找到"
        assert p.page.inner_text(".cc-search__status") == "没有找到"


def test_keyboard(browser, fixture_site):
    site, base = fixture_site
    p = Page(browser, base)
    hrefs = p.search("城市")
    assert len(hrefs) >= 3
    active = "() => [...document.querySelectorAll('.cc-search__item')].findIndex(e => e.classList.contains('is-active'))"
    for key, want in [("ArrowDown", 0), ("ArrowDown", 1), ("ArrowDown", 2), ("ArrowUp", 1)]:
        p.page.keyboard.press(key)
        assert p.page.evaluate(active) == want, key
    sel = p.page.evaluate("() => document.querySelector('.cc-search__item.is-active').getAttribute('aria-selected')")
    assert sel == "true"
    p.page.keyboard.press("Escape")
    assert p.page.is_hidden(".cc-search__results")
    p.search("城市")
    p.page.keyboard.press("ArrowDown")
    p.page.keyboard.press("ArrowDown")
    p.page.keyboard.press("Enter")
    p.page.wait_for_url("**" + hrefs[1].split("/chuangcheng-wenku")[-1].split("#")[0] + "*")
    p.page.wait_for_selector("mark.cc-hl")


def test_results_page_filters_and_sorting(browser, fixture_site):
    site, base = fixture_site
    speeches = load_corpus(FIXTURE)
    oracle = Oracle(speeches)

    def listed(p):
        p.page.wait_for_function("() => document.getElementById('cc-search-page').hasAttribute('data-query')")
        p.page.wait_for_timeout(100)
        return _ids(p.page.eval_on_selector_all("#cc-search-page .cc-search__link", "els => els.map(e => e.getAttribute('href'))"))

    # Filters alone (no query), newest first.
    p = Page(browser, base + "search/?province=浙江省")
    got = listed(p)
    rank = oracle.date_order()
    assert got == sorted(oracle("", {"province": "浙江省"}), key=rank.get)
    p.page.click("button.cc-sp__sortbtn[value=oldest]")
    p.page.wait_for_url("**sort=oldest*")
    p.page.wait_for_timeout(300)
    assert listed(p) == list(reversed(got))
    # A query with filters; the address carries both (it can be cited).
    p = Page(browser, base + "search/?q=城市&campaign=全国文明城市")
    want = oracle("城市", {"campaign": "全国文明城市"})
    assert want and set(listed(p)) == set(want)
    assert "共" in p.page.inner_text("#cc-search-page .cc-search__count")
    p.page.select_option("select[name=province]", "浙江省")
    p.page.wait_for_url("**province=*")
    p.page.wait_for_timeout(300)
    assert set(listed(p)) == set(oracle("城市", {"campaign": "全国文明城市", "province": "浙江省"}))
    assert not p.errors
    # From the header box, date order is one click away.
    p = Page(browser, base)
    p.search("城市")
    p.page.click(".cc-search__all >> text=最早在前")
    p.page.wait_for_url("**sort=oldest*")
    want = oracle("城市")
    dated = {s.id for s in speeches if s.date or s.published}
    assert listed(p) == sorted(want, key=lambda i: (i not in dated, -rank[i]))[:10]


def test_the_box_works_without_our_theme_partial(browser, fixture_site):
    """Another theme: a page with only the script gets a box of its own, and it searches."""
    site, base = fixture_site
    (site / "bare.html").write_text('<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>t</title>'
                                    '<script src="assets/cc-search.js"></script></head><body><p>x</p></body></html>',
                                    "utf-8")
    p = Page(browser, base + "bare.html")
    assert _ids(p.search("西溪湿地")) == ["2022-hangzhou-d4e5f6"]
    assert not p.errors


def test_script_in_an_entry_stays_text(browser, fixture_site):
    site, base = fixture_site
    p = Page(browser, base + "speeches/2021-chengdu-e0e0e0/")
    text = p.page.inner_text("article")
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert p.page.eval_on_selector_all(
        "script", "els => els.filter(e => e.textContent.includes('alert(')).length") == 0
    assert p.page.eval_on_selector_all("img[onerror], img[src='x']", "els => els.length") == 0
    assert p.page.eval_on_selector_all("a[href^='javascript:']", "els => els.length") == 0
    assert "＜script＞" in p.page.title()
    # Search results and excerpts show the same text inert.
    assert _ids(p.search("先手棋")) == ["2021-chengdu-e0e0e0"]
    assert p.search("alert")
    assert "<script>" in p.page.inner_text(".cc-search__results")
    assert p.page.eval_on_selector_all(".cc-search__results img, .cc-search__results script", "els => els.length") == 0
    p.page.wait_for_timeout(300)
    assert not p.dialogs


@pytest.mark.skipif(not any((REAL / "speeches").glob("*.md")), reason="corpus/speeches is empty")
def test_search_the_real_corpus(browser, tmp_path_factory):
    """Whatever the shipped corpus holds: the results page lists exactly the oracle's
    speeches for its places and a few words (expectations are read from the entries)."""
    speeches = load_corpus(REAL)
    oracle = Oracle(speeches)
    tmp = tmp_path_factory.mktemp("browser-real")
    build_site(REAL, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    try:
        places = sorted({s.city for s in speeches if s.city})[:3]
        for query in [*places, "体制", "督查", "创城", "卫生城市", "量子计算"]:
            p = Page(browser, base + "search/?q=" + query)
            p.page.wait_for_function("() => document.getElementById('cc-search-page').hasAttribute('data-query')")
            while p.page.is_visible(".cc-search__more"):
                n = p.page.eval_on_selector_all("#cc-search-page .cc-search__item", "els => els.length")
                p.page.click(".cc-search__more")
                p.page.wait_for_function("n => document.querySelectorAll('#cc-search-page .cc-search__item').length > n", arg=n)
            got = _ids(p.page.eval_on_selector_all("#cc-search-page .cc-search__link", "els => els.map(e => e.getAttribute('href'))"))
            assert sorted(got) == sorted(oracle(query)), query
            assert not p.dialogs and not p.errors
            p.page.close()
    finally:
        srv.shutdown()
