"""The citation box in a real browser (Playwright + Debian's chromium): today's date is
filled in, the copy button copies the GB/T 7714 line, the BibTeX and RIS buttons download
files with the access date; and no request leaves the site's own host."""
from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

import pytest

from build_tools.site import build_site
from site_support import SOURCES
from test_site_browser import ARGS, CHROMIUM, FIXTURE, _serve

pytestmark = pytest.mark.skipif(not __import__("os").path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent")
SID = "2021-xihu-a1b2c3"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("cite-browser")
    build_site(FIXTURE, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    yield base
    srv.shutdown()


@pytest.fixture(scope="module")
def context():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        ctx = b.new_context(accept_downloads=True)
        yield ctx
        b.close()


def test_citation_box(context, served, tmp_path):
    page = context.new_page()
    hosts: set[str] = set()
    page.on("request", lambda r: hosts.add(urlsplit(r.url).netloc))
    page.goto(served + f"speeches/{SID}/")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=served.split("/chuangcheng")[0])
    today = page.evaluate("() => { const d = new Date(); return [d.getFullYear(), d.getMonth() + 1, d.getDate()]; }")
    today = dt.date(*today).isoformat()
    assert page.eval_on_selector_all("[data-cc-today]", "els => els.map(e => e.textContent)") == [today] * 3
    gbt = page.inner_text("#cite-gbt")
    assert gbt == (f"区委书记王建国. 在西湖区创建全国文明城市推进会上的讲话[EB/OL]. (2021-03-15)[{today}]. "
                   f"https://example.github.io/chuangcheng-wenku/speeches/{SID}/.")
    assert page.is_visible("[data-cc-cite]")
    page.click("[data-cc-copy]")
    page.wait_for_function("() => document.querySelector('[data-cc-status]').textContent !== ''")
    assert page.evaluate("() => navigator.clipboard.readText()") == gbt
    for button, name, first, dated in (("cite-bib", f"{SID}.bib", f"@misc{{ccwk-{SID},", f"urldate = {{{today}}}"),
                                       ("cite-ris", f"{SID}.ris", "TY  - ELEC", f"Y2  - {today}")):
        with page.expect_download() as info:
            page.click(f"[data-cc-download={button}]")
        d = info.value
        assert d.suggested_filename == name
        path = tmp_path / name
        d.save_as(path)
        text = path.read_text("utf-8")
        assert text.startswith(first) and dated in text
    assert hosts == {urlsplit(served).netloc}
