"""Nothing the site needs lives in MkDocs hooks: a successor such as Zensical ignores
`hooks:`, so the fixture corpus is built, under --strict, with a copy of mkdocs.yml that has
none, and must have every page, the search index and results page, and the edit links
(speech pages → their corpus entry, hand-written pages → docs/<page>, lists → none).
The same pages built with the hooks carry the same speech text, and search works in a
real browser."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from build_tools.corpus import load_corpus
from build_tools.site import SiteSources, _config_values, build_site
from site_support import SOURCES, config_without_hooks

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
EDIT = re.compile(r'<a href="([^"]*)"[^>]*rel="edit"')
TEXT = re.compile(r'<div class="cc-text">(.*?)</div>', re.S)


@pytest.fixture(scope="module")
def sites(tmp_path_factory):
    from mkdocs.config import load_config

    tmp = tmp_path_factory.mktemp("nohooks")
    cfg = config_without_hooks(tmp)
    build_site(FIXTURE, tmp / "plain", echo=lambda *a: None, work_dir=tmp / "w1",
               sources=SiteSources(config=cfg, handwritten=SOURCES.handwritten))
    assert not load_config(str(cfg), docs_dir=str(tmp / "w1" / "docs"), site_dir=str(tmp / "plain"))["hooks"]
    build_site(FIXTURE, tmp / "hooked", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "w2")
    return tmp / "plain", tmp / "hooked", str(_config_values(cfg)["repo_url"]).rstrip("/")


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


def test_every_page_is_built_without_hooks(sites):
    plain, hooked, _ = sites
    assert _pages(plain) == _pages(hooked)
    for s in load_corpus(FIXTURE):
        page = (plain / "speeches" / s.id / "index.html").read_text("utf-8")
        assert all(f'id="p{n}"' in page for n in range(1, len(s.paragraphs) + 1)), s.id
        assert f'id="p{len(s.paragraphs) + 1}"' not in page
        # Python-Markdown passes the generated HTML through: the text is what the hooks give.
        other = (hooked / "speeches" / s.id / "index.html").read_text("utf-8")
        assert TEXT.findall(page) == TEXT.findall(other), s.id
        for label in ("讲话日期", "相关讲话", "相同段落", "引用", "相同文字"):
            assert label in page, (s.id, label)


def test_search_index_and_results_page_without_hooks(sites):
    plain, _, _ = sites
    meta = json.loads((plain / "search" / "idx" / "meta.json").read_text("utf-8"))
    assert meta["n"] == len(load_corpus(FIXTURE))
    assert meta["routes"] == {"speech": "speeches/{id}/", "results": "search/"}
    assert 'id="cc-search-page"' in (plain / "search" / "index.html").read_text("utf-8")
    for rel in sorted(_pages(plain)):
        if rel != "404.html":
            assert "assets/cc-search.js" in (plain / rel).read_text("utf-8"), rel


def test_edit_links_without_hooks(sites):
    plain, _, repo = sites
    speeches = {s.id for s in load_corpus(FIXTURE)}
    handwritten = {p.relative_to(SOURCES.handwritten).as_posix() for p in SOURCES.handwritten.glob("*.md")}
    for rel in sorted(_pages(plain)):
        links = EDIT.findall((plain / rel).read_text("utf-8"))
        parts = rel.split("/")
        if parts[0] == "speeches" and len(parts) == 3:
            want = [f"{repo}/edit/main/corpus/speeches/{parts[1]}.md"]
            assert parts[1] in speeches
        elif rel.removesuffix("index.html").rstrip("/") + ".md" in handwritten:
            want = [f"{repo}/edit/main/docs/{rel.removesuffix('/index.html')}.md"]
        else:
            want = []          # generated lists, home, data: nothing to edit
        assert links == want, rel
    # and each hand-written page was seen
    for name in handwritten:
        assert (plain / name.removesuffix(".md") / "index.html").is_file(), name


def test_search_works_in_a_browser_without_hooks(sites):
    """The header box finds what substring search finds, and its links open speech pages."""
    import os

    from benchmarks.search_oracle import Oracle
    from test_site_browser import ARGS, CHROMIUM, Page, _ids, _serve

    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is absent (CI installs it via .ci/run)")
    sync_api = pytest.importorskip("playwright.sync_api")
    plain, _, _ = sites
    oracle = Oracle(load_corpus(FIXTURE))
    rank = oracle.date_order()
    srv, base = _serve(plain)
    try:
        with sync_api.sync_playwright() as pw:
            b = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            try:
                p = Page(b, base + "years/")
                for q in ["城市", "西溪湿地", "病媒 农贸市场"]:
                    want = oracle(q)
                    ranked = sorted(want, key=lambda i: (not want[i][1], -want[i][0], rank[i]))
                    hrefs = p.search(q)
                    assert want and _ids(hrefs) == ranked[:5], q
                page = b.new_page()
                page.goto(hrefs[0])
                assert page.locator("#p1").count() == 1
                assert not p.errors and not p.dialogs
            finally:
                b.close()
    finally:
        srv.shutdown()
