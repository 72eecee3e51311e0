"""The 对照 view in a real browser (Playwright + Debian's chromium) at 1280 and 390 px, on
the copy fixture corpus: the marked text is exactly the shared text reuse.py computed,
the shares line is right, columns sit side by side on a wide screen and stack on a phone,
and untrusted titles stay text. Screenshots go to the test's tmp folder (CC_SHOTS=dir
keeps them) for a person to look at."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools import reuse
from build_tools.dedup import fingerprint_text
from build_tools.site import build_site
from test_copies import COPY, PLANTED
from test_site_browser import ARGS, CHROMIUM, _serve
from site_support import SOURCES

pytestmark = pytest.mark.skipif(not os.path.exists(CHROMIUM), reason=f"{CHROMIUM} is absent")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    tmp = tmp_path_factory.mktemp("copy-browser")
    idx = build_site(COPY, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    srv, base = _serve(tmp / "site")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b, base, idx, Path(os.environ.get("CC_SHOTS") or tmp)
        b.close()
    srv.shutdown()


def open_compare(served, a: str, b: str, width: int):
    browser, base, _, shots = served
    page = browser.new_page(viewport={"width": width, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{base}compare/?a={a}&b={b}")
    page.wait_for_selector(".cc-cmp__shares", timeout=10_000)
    page.screenshot(path=str(shots / f"compare-{a}-{width}.png"), full_page=False)
    return page, dialogs


@pytest.mark.parametrize("case", ["county", "half", "sentences"])
@pytest.mark.parametrize("width", [1280, 390])
def test_marks_are_exactly_the_shared_text(served, case, width):
    x, y = PLANTED[case]
    idx = served[2]
    pair = idx.reuse.pair(x, y)
    mine, theirs = (pair.a, pair.b) if x < y else (pair.b, pair.a)
    page, dialogs = open_compare(served, x, y, width)
    shares = page.inner_text(".cc-cmp__shares")
    assert shares == f"甲 {mine.share * 100:.0f}% 与乙相同，乙 {theirs.share * 100:.0f}% 与甲相同"
    for side, sid, data in (("a", x, mine), ("b", y, theirs)):
        got = page.eval_on_selector_all(f".cc-cmp__cell--{side} mark.cc-same", "ms => ms.map(m => m.textContent)")
        paras = idx.speeches[sid].paragraphs
        want = [paras[p][s:e] for p, s, e, k in sorted(data.spans, key=lambda t: t[:3]) if k == reuse.SAME]
        assert sorted(got) == sorted(want)
        assert fingerprint_text("".join(got)) and len(fingerprint_text("".join(got))) == round(
            data.share * len(fingerprint_text(idx.speeches[sid].text)))
    if case == "county":
        places = page.eval_on_selector_all(".cc-cmp__cell--a .cc-place", "ms => ms.map(m => m.textContent)")
        assert places and set(places) == {"龙游县"}
    assert not dialogs
    page.close()


def _rect(page, selector: str, n: int = 0) -> dict:
    return page.eval_on_selector_all(selector, f"els => els[{n}].getBoundingClientRect().toJSON()")


def test_side_by_side_wide_stacked_narrow(served):
    x, y = PLANTED["county"]
    for width, stacked in ((1280, False), (390, True)):
        page, _ = open_compare(served, x, y, width)
        a, b = _rect(page, ".cc-cmp__cell--a"), _rect(page, ".cc-cmp__cell--b")
        if stacked:
            assert b["top"] >= a["bottom"] - 1 and a["width"] > 300
        else:
            assert abs(a["top"] - b["top"]) < 1 and b["left"] >= a["right"]
        assert page.evaluate("document.documentElement.scrollWidth") <= width + 1
        page.close()


def test_untrusted_titles_stay_text(served):
    page, dialogs = open_compare(served, "2024-xss-f1f1f1", "2024-lanzhou-f0f0f0", 1280)
    assert "<script>" in page.inner_text(".cc-cmp__heads")
    assert page.eval_on_selector_all("#cc-compare script, #cc-compare img", "e => e.length") == 0
    assert not dialogs
    page.close()


def test_missing_pair_says_so(served):
    browser, base, _, _ = served
    page = browser.new_page()
    page.goto(f"{base}compare/?a=2015-a1a1a1&b=2024-lanzhou-f0f0f0")
    page.wait_for_function("document.querySelector('.cc-compare__status').textContent.includes('没有')")
    page.goto(f"{base}compare/?a=../x&b=y")
    page.wait_for_function("document.querySelector('.cc-compare__status').textContent.includes('请从')")
    page.close()
