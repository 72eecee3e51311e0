"""Page size: the theme's chrome around a page's own content must not grow back.

GitHub Pages publishes at most 1 GB; at 20,000 speeches every byte of chrome costs ~25 MB
(speech pages plus list pages). The fixture corpus is built with the hooks (as published)
and without them (hooks are optional, so the savings must not live there). Chrome is a
speech page minus its generated <article class="cc-speech">.

Measured on the fixture's 8 speech pages: 13.07–13.16 KB with hooks before icons were
drawn by reference and the script configuration, palette and tab scripts were slimmed
(branch `size`), 8.78–8.87 KB after; without hooks 15.96–16.05 KB before, 11.64–11.73 KB
after. The budgets leave ~5% for longer titles and addresses.
"""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

from build_tools.site import SiteSources, build_site
from site_support import SOURCES, config_without_hooks

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
ARTICLE = re.compile(r'<article class="cc-speech">.*?</article>', re.S)
USE = re.compile(r'<use href="([^"]+)"')
BUDGET = {"hooked": 9_200, "plain": 12_200}


@pytest.fixture(scope="module")
def sites(tmp_path_factory) -> dict[str, Path]:
    tmp = tmp_path_factory.mktemp("size")
    build_site(FIXTURE, tmp / "hooked", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "w1")
    build_site(FIXTURE, tmp / "plain", echo=lambda *a: None, work_dir=tmp / "w2",
               sources=SiteSources(config=config_without_hooks(tmp), handwritten=SOURCES.handwritten))
    return {"hooked": tmp / "hooked", "plain": tmp / "plain"}


def _speech_pages(site: Path) -> list[Path]:
    pages = sorted((site / "speeches").glob("*/index.html"))
    assert len(pages) == 8
    return pages


@pytest.mark.parametrize("kind", sorted(BUDGET))
def test_speech_page_chrome_within_budget(sites, kind):
    for page in _speech_pages(sites[kind]):
        html = page.read_text("utf-8")
        assert len(ARTICLE.findall(html)) == 1, page
        chrome = len(ARTICLE.sub("", html).encode("utf-8"))
        assert chrome <= BUDGET[kind], (page.parent.name, chrome)
        # ...and the content is all there: the budget is not met by losing the article.
        assert 'id="text"' in html and 'id="cite"' in html and 'id="shared"' in html


@pytest.mark.parametrize("kind", sorted(BUDGET))
def test_no_icon_is_inlined_and_every_reference_resolves(sites, kind):
    site = sites[kind]
    sprite = (site / "assets" / "cc-icons.svg").read_text("utf-8")
    ids = set(re.findall(r'<svg id="([^"]+)"[^>]*viewBox="[^"]+"', sprite))
    assert len(ids) >= 7, ids          # logo, menu, repository, edit, top, two palette toggles
    used: set[str] = set()
    for page in site.rglob("*.html"):
        html = ARTICLE.sub("", page.read_text("utf-8"))
        # Icons come by reference: the page holds no drawing of its own.
        assert "<path" not in html, page
        for ref in USE.findall(html):
            url = urlsplit(urljoin("https://example.github.io/chuangcheng-wenku/"
                                   + page.relative_to(site).as_posix(), ref))
            assert url.path.endswith("/chuangcheng-wenku/assets/cc-icons.svg"), (page, ref)
            assert url.fragment in ids, (page, ref)
            used.add(url.fragment)
    assert used == ids, ids - used     # no icon in the sprite that no page draws


def test_palette_script_is_shared_and_rendered(sites):
    site = sites["hooked"]
    script = (site / "assets" / "cc-palette.js").read_text("utf-8")
    assert script.startswith("var palette=__md_get(") and "<script" not in script and "{%" not in script
    page = _speech_pages(site)[0].read_text("utf-8")
    assert '<script src="../../assets/cc-palette.js"></script>' in page
    assert "__md_get(\"__palette\")" not in page


def test_no_tab_script_while_the_site_has_no_content_tabs(sites):
    # overrides/partials/javascripts/content.html drops the theme's tab script.
    from mkdocs.config import load_config
    extensions = load_config(str(SOURCES.config))["markdown_extensions"]
    assert "pymdownx.tabbed" not in extensions, "delete overrides/partials/javascripts/content.html"
    page = _speech_pages(sites["hooked"])[0].read_text("utf-8")
    assert "__tabbed_" not in page
