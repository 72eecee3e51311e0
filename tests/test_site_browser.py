"""Header search and escaping in a real browser (Playwright + Debian's chromium).

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

from build_tools.corpus import load_corpus
from build_tools.site import build_site

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
    build_site(FIXTURE, tmp / "site", echo=lambda *a: None, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    yield tmp / "site", base
    srv.shutdown()


class Page:
    """A page with a request log (bytes per Pagefind file) and a dialog trap."""

    def __init__(self, browser, url):
        self.page = browser.new_page()
        self.dialogs: list[str] = []
        self.transfers: dict[str, int] = {}
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("requestfinished", self._finished)
        self.page.goto(url)

    def _finished(self, request):
        if "/pagefind/" in request.url:
            try:
                self.transfers[request.url] = request.sizes()["responseBodySize"]
            except Exception:
                self.transfers[request.url] = 0

    def search(self, query: str) -> list[str]:
        """Type into the header search box; return the result links (href)."""
        box = self.page.locator("#cc-search input")
        box.fill("")
        box.type(query, delay=20)
        self.page.wait_for_function(
            """q => { const r = document.querySelector('.cc-search__results');
                      return r && !r.hidden && r.dataset.query === q; }""", arg=query)
        return self.page.eval_on_selector_all(".cc-search__link", "els => els.map(e => e.getAttribute('href'))")


def _ids(hrefs: list[str]) -> list[str]:
    return [h.split("speeches/")[1].split("/")[0] for h in hrefs]


def test_search_from_the_header(browser, fixture_site):
    site, base = fixture_site
    p = Page(browser, base + "places/")     # any page: the box is in the header
    # A 2-character word inside a longer word (科技体制改革, 城市管理体制改革).
    hits = _ids(p.search("体制"))
    assert "2021-xihu-a1b2c3" in hits and "2019-xian-040506" in hits
    # Place names and rare terms.
    assert _ids(p.search("西溪湿地")) == ["2022-hangzhou-d4e5f6"]
    assert _ids(p.search("汾河")) == ["2019-taiyuan-010203"]
    assert "2019-xian-040506" in _ids(p.search("大雁塔"))
    # Two words at once: only speeches with both.
    assert _ids(p.search("病媒 农贸市场")) == ["2020-lixia-aabbcc"]
    # Links go to the paragraph with the match, and it is there.
    href = p.search("西溪湿地")[0]
    assert href.endswith("#p5")
    # The snippet shows the match.
    assert "西溪湿地" in p.page.inner_text(".cc-search__results")
    p.page.click(".cc-search__link")
    p.page.wait_for_load_state()
    assert p.page.url.endswith("/speeches/2022-hangzhou-d4e5f6/#p5")
    assert "西溪湿地" in p.page.inner_text("#p5")
    assert not p.dialogs


def test_a_query_downloads_only_part_of_the_index(browser, fixture_site):
    site, base = fixture_site
    p = Page(browser, base)
    p.search("汾河")
    # Results render once their fragments arrive; the request log can trail by a moment.
    for _ in range(40):
        fragments = [u for u in p.transfers if u.endswith(".pf_fragment")]
        if fragments:
            break
        p.page.wait_for_timeout(50)
    all_fragments = list((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert 1 <= len(fragments) < len(all_fragments)
    first = sum(p.transfers.values())
    p.transfers.clear()
    p.search("大雁塔")
    later = sum(p.transfers.values())
    index_bytes = sum(f.stat().st_size for f in (site / "pagefind").rglob("*.pf_*"))
    print(f"\nsearch transfer: first query {first} B (incl. pagefind.js + wasm), "
          f"next query {later} B; index+fragments on disk {index_bytes} B")
    assert later < index_bytes


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
    # Search results show the same text inert.
    hits = _ids(p.search("先手棋"))
    assert hits == ["2021-chengdu-e0e0e0"]
    p.search("alert")
    assert p.page.eval_on_selector_all(".cc-search__results img, .cc-search__results script", "els => els.length") == 0
    p.page.wait_for_timeout(300)
    assert not p.dialogs


@pytest.mark.skipif(not any((REAL / "speeches").glob("*.md")), reason="corpus/speeches is empty")
def test_search_the_real_corpus(browser, tmp_path_factory):
    """The shipped corpus: expected hits are read from the entries (ids change when the
    ingest rules do), and every speech naming a place or word must be found."""
    speeches = load_corpus(REAL)
    tmp = tmp_path_factory.mktemp("browser-real")
    build_site(REAL, tmp / "site", echo=lambda *a: None, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    try:
        p = Page(browser, base)
        def indexed(s):      # what search.search_page gives Pagefind
            return "\n".join(filter(None, (s.title, s.province, s.city, s.district, s.text)))

        # Places as named in the entries' metadata (found even when the text never names
        # its own city), then words: 体制 sits inside 管理体制 / 长效体制.
        places = sorted({s.city for s in speeches if s.city})[:3]
        # 衢州 and 督查 are words the browser's segmenter cuts into single characters, which
        # Pagefind would then require as separate words (terms() in cc-search.js).
        for query in [*places, "攀枝花", "衢州", "体制", "督查"]:
            expected = {s.id for s in speeches if query in indexed(s)}
            assert expected, query
            got = set(_ids(p.search(query)))
            while p.page.query_selector(".cc-search__more"):      # page through all results
                n = len(got)
                p.page.click(".cc-search__more")
                p.page.wait_for_function("n => document.querySelectorAll('.cc-search__link').length > n", arg=n)
                got = set(_ids(p.page.eval_on_selector_all(".cc-search__link", "els => els.map(e => e.getAttribute('href'))")))
            assert expected <= got, (query, expected - got)
        assert not p.dialogs
    finally:
        srv.shutdown()


