"""模板家族 pages: an index of families by size, and one page per family (paginated).

Takes the SiteIndex with its copy analysis (idx.reuse); gives (Markdown file, content) pairs,
rendered from templates/families_index.html and family.html.

A family's URL is families/<id of its earliest member>/: it stays put while later copies
join. Wording is neutral: shared text is shown, never judged.
"""
from __future__ import annotations

from typing import Iterator

from ..places import place_label
from ..reuse import FAMILY, Family
from ..places import place_label
from . import routes
from .compare import family_url, pct, reuse_of
from .index import SiteIndex
from .routes import rel
from .templating import render

#: Members per family page: a 500-speech family is 3 pages of ~60 KB, not one of 200 KB.
FAMILY_PAGE = 200
#: Families per index page.
INDEX_PAGE = 100
#: Places named in a family's summary line.
PLACES_SHOWN = 6


def _span(idx: SiteIndex, f: Family) -> str:
    dates = sorted(d for d in (idx.speeches[m].date for m in f.members) if d)
    undated = len(f.members) - len(dates)
    if not dates:
        text = "均未注明"
    else:
        text = dates[0] if dates[0] == dates[-1] else f"{dates[0]} 至 {dates[-1]}"
    return text + (f"（{undated} 篇未注明）" if undated and dates else "")


def _places(idx: SiteIndex, f: Family) -> str:
    labels = list(dict.fromkeys(place_label(idx.speeches[m]) for m in f.members))
    more = f" 等 {len(labels)} 地" if len(labels) > PLACES_SHOWN else ""
    return "、".join(labels[:PLACES_SHOWN]) + more


def _pages(base: str, src: str, count: int, current: int) -> list[dict]:
    return [dict(n=k, current=k == current, href=rel(src, routes.numbered(base, k)))
            for k in range(1, count + 1)]


def family_title(idx: SiteIndex, f: Family) -> str:
    return f"模板家族：{idx.speeches[f.core].title}（{len(f.members)} 篇）"


def family_pages(idx: SiteIndex) -> Iterator[tuple[str, str]]:
    from .pages import front

    fams = reuse_of(idx).families
    chunks = [fams[i:i + INDEX_PAGE] for i in range(0, len(fams), INDEX_PAGE)] or [[]]
    for n, chunk in enumerate(chunks, 1):
        url = routes.numbered(routes.FAMILIES, n)
        rows = [dict(href=rel(url, family_url(idx, f.id)), title=idx.speeches[f.core].title,
                     size=len(f.members), span=_span(idx, f), places=_places(idx, f)) for f in chunk]
        title = "模板家族" + (f"（第 {n} 页）" if n > 1 else "")
        yield routes.source(url), front(title, "大部分文字相同的讲话：按家族大小排列，附讲话日期和地点。") + render(
            "families_index.html", title=title, threshold=pct(FAMILY), total=len(fams),
            speeches=sum(len(f.members) for f in fams), rows=rows,
            pages=_pages(routes.FAMILIES, url, len(chunks), n))
    for f in fams:
        base = family_url(idx, f.id)
        dated = [m for m in f.members if idx.speeches[m].date]
        undated = [m for m in f.members if not idx.speeches[m].date]
        ordered = [(m, True) for m in dated] + [(m, False) for m in undated]
        parts = [ordered[i:i + FAMILY_PAGE] for i in range(0, len(ordered), FAMILY_PAGE)]
        core = idx.speeches[f.core]
        for n, part in enumerate(parts, 1):
            url = routes.numbered(base, n)

            def row(m: str) -> dict:
                s = idx.speeches[m]
                return dict(date=s.date or "未注明", href=rel(url, routes.speech(m)), title=s.title,
                            place=place_label(s), level=s.level or "不详", share=pct(f.shares[m]),
                            core=m == f.core, compare=None if m == f.core else routes.compare(url, m, f.core))

            groups = []
            for flag, anchor, title in ((True, "dated", "按讲话日期（早的在前）"),
                                        (False, "undated", "未注明讲话日期")):
                rows = [row(m) for m, d in part if d is flag]
                if rows:
                    groups.append(dict(anchor=anchor, title=title, rows=rows))
            title = family_title(idx, f) + (f"（第 {n} 页）" if n > 1 else "")
            yield routes.source(url), front(title, f"{len(f.members)} 篇大部分文字相同的讲话。") + render(
                "family.html", title=title, index_href=rel(url, routes.FAMILIES), size=len(f.members),
                threshold=pct(FAMILY), span=_span(idx, f), places=_places(idx, f),
                core=dict(href=rel(url, routes.speech(f.core)), title=core.title, date=core.date or "日期不详",
                          place=place_label(core)),
                groups=groups, pages=_pages(base, url, len(parts), n))
