"""Comparison views: the 对照 page, its per-pair data, and the 相同文字 section of a speech page.

Takes the SiteIndex with its copy analysis (idx.reuse, reuse.py); gives the 对照 page and
the pair data files as (path, content) pairs, and a speech page's 相同文字 section as HTML.

Static pages or the browser? One static page per pair holds both texts and the theme's
chrome (~50 KB: a speech page, with one text, averages 38.9 KB). `make bench` at 10,000
speeches computes 30,405 pairs, so ~61,000 at 20,000: ~3 GB, three times the whole site's
1 GB budget. So there is one static 对照 page (compare/), and per pair a small JSON file
(compare/d/<a>--<b>.json, ids sorted: 1.46 KB on average, 44 MB at 10,000) with the shares,
the paragraph alignment and the marked spans; the browser reads both texts from the
speech pages themselves and renders them with DOM text nodes (cc-compare.js never builds
markup from text). Everything the view claims is computed here, in Python (reuse.py).

HTML comes from Jinja2 templates with autoescape (templates/, templating.py).
"""
from __future__ import annotations

import json
import re
from typing import Iterator

from markupsafe import Markup

from ..reuse import MATCH, MIN_SENTENCE, Pair, Reuse
from ..places import place_label
from . import routes
from .index import SiteIndex
from .routes import rel
from .templating import fragment, render


def pct(share: float) -> str:
    return f"{share * 100:.0f}%"


def reuse_of(idx: SiteIndex) -> Reuse:
    """The copy analysis; the build sets it (site/__init__.py) before any copy view is made."""
    assert idx.reuse is not None, "idx.reuse is set by the build before the copy views"
    return idx.reuse


def family_url(idx: SiteIndex, n: int) -> str:
    return routes.family(reuse_of(idx).families[n - 1].members[0])


# --- the speech page section ---------------------------------------------------------------

def speech_section(idx: SiteIndex, sid: str) -> Markup:
    """相同文字: the share of this speech found elsewhere, the closest speeches, 对照 links."""
    reuse = reuse_of(idx)
    me = routes.speech(sid)
    rows = []
    for other, mine, theirs in reuse.closest.get(sid, []):
        o = idx.speeches[other]
        rows.append(dict(href=rel(me, routes.speech(other)), title=o.title, date=o.date or "不详",
                         place=place_label(o), mine=pct(mine), theirs=pct(theirs),
                         compare=routes.compare(me, sid, other)))
    fam = None
    if sid in reuse.family_of:
        n = reuse.family_of[sid]
        fam = dict(href=rel(me, family_url(idx, n)), size=len(reuse.families[n - 1].members))
    html = fragment("reuse_section.html", rows=rows, elsewhere=pct(reuse.elsewhere.get(sid, 0.0)),
                  match=MATCH, sentence=MIN_SENTENCE, family=fam)
    reuse.stats["section_bytes"] = reuse.stats.get("section_bytes", 0) + len(html.encode("utf-8"))
    return html


# --- the 对照 page and its data ---------------------------------------------------------------

_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def _u16(text: str, offset: int) -> int:
    """A code-point offset as the browser counts it (UTF-16 units: characters beyond the
    BMP, such as rare Han characters of extension B, count twice)."""
    if not _ASTRAL.search(text):
        return offset
    return offset + len(_ASTRAL.findall(text[:offset]))


def _side(idx: SiteIndex, sid: str, side, paragraphs: list[str]) -> dict:
    s = idx.speeches[sid]
    return {"id": sid, "title": s.title, "date": s.date or "", "place": place_label(s),
            "level": s.level or "", "share": round(side.share, 4),
            "lens": [_u16(p, len(p)) for p in paragraphs],
            "spans": [[p, _u16(paragraphs[p], a), _u16(paragraphs[p], b), k] for p, a, b, k in side.spans]}


def pair_json(idx: SiteIndex, a: str, b: str, pair: Pair) -> str:
    texts = reuse_of(idx).texts
    ta, tb = texts[a].paragraphs, texts[b].paragraphs
    data = {"v": 1, "match": MATCH, "a": _side(idx, a, pair.a, ta), "b": _side(idx, b, pair.b, tb),
            "rows": [list(r) for r in pair.rows]}
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n"


def compare_files(idx: SiteIndex) -> Iterator[tuple[str, str]]:
    """(path, content): the 对照 page and one data file per computed pair."""
    from .pages import front
    here = routes.COMPARE
    # Address templates for cc-compare.js: it fills in the ids, it never builds a path.
    body = render("compare.html", match=MATCH, speech=rel(here, routes.speech("{id}")),
                  pair=rel(here, routes.COMPARE_DATA + routes.pair_name("{a}", "{b}")),
                  script=rel(here, routes.asset("cc-compare.js")))
    # The two columns need the width the navigation and table of contents would take.
    # Its template ends with the script tag; the page ends with a newline.
    yield routes.source(here), front("对照", "并排对照两篇讲话的相同文字。", hide=["navigation", "toc"]) + body + "\n"
    reuse = reuse_of(idx)
    for a, b in sorted(reuse.pairs):
        pair = reuse.pair(a, b)
        assert pair is not None    # a key of reuse.pairs always has its comparison
        yield routes.pair_data(a, b), pair_json(idx, a, b, pair)
