"""Page stage: Markdown files (front matter + raw HTML blocks of escaped text) from the index.

Safety rules, all enforced here:
* every value from an entry goes through ``e()`` (html.escape, quotes included) before it
  reaches HTML, and speech text is only ever emitted inside raw HTML blocks, so Markdown,
  Jinja-looking ``{{ }}`` and HTML in contributed text are shown as text;
* front matter values (page title, description) are YAML-dumped and additionally have
  ``< > & " '`` replaced by full-width forms, because the theme prints them unescaped;
* file names come only from validated ids and slugs (see slugs.py).

Raw HTML links are not rewritten by MkDocs, so every href is made relative here
(``rel()``) for ``use_directory_urls: true``; tests crawl the built site for broken links.
"""
from __future__ import annotations

import html
import json
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Sequence

import yaml
from markupsafe import Markup, escape

from ..cleaning import chinese_quotes
from ..dedup import fingerprint_text
from ..record import Speech, field_label, review_field
from .cite import bibtex, gbt7714, ris
from .compare import speech_section
from .index import (FACET_LABELS, MIN_RELATED, PAIR_SPREAD, UNKNOWN, CommonSentence, FacetValue,
                    SiteIndex, date_label, description, list_key, place_label, sentences)
from . import routes
from .outline import is_heading, outline
from .routes import rel
from .templating import render

PAGE_SIZE = 100
LIST_ORDER = ("按讲话日期排列，新的在前；讲话日期不详的排在后面，其中知道来源页面发布日期的"
              "按发布日期排列（发布日期不等于讲话日期）。")
#: Places shown per shared paragraph before 展开全部 (the strongest copies first).
SHARED_LINKS = 3
SUMMARY_TOP = 12
_RAW_SOURCE = re.compile(r"^raw/[0-9a-f]{8,64}\.(?:txt|html)$")
_FULLWIDTH = str.maketrans({"<": "＜", ">": "＞", "&": "＆", '"': "＂", "'": "＇", "\n": " ",
                            "\r": " ", "\t": " "})


def e(value) -> str:
    return html.escape("" if value is None else str(value), quote=True)


def meta_safe(text: str, limit: int = 150) -> str:
    text = re.sub(r"\s+", " ", (text or "").translate(_FULLWIDTH)).strip()
    return text[:limit]


def front(title: str, description: str = "", **extra) -> str:
    data = {"title": meta_safe(title, 120)}
    if description:
        data["description"] = meta_safe(description, 160)
    data.update(extra)
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=10_000) + "---\n\n"


def link(src: str, dst: str, text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{e(rel(src, dst))}"{c}>{e(text)}</a>'


# --- speech page ------------------------------------------------------------------------

@dataclass
class SpeechView:
    """What every section of a speech page is made from."""
    idx: SiteIndex
    sid: str
    site_url: str
    repo_url: str

    @property
    def s(self) -> Speech:
        return self.idx.speeches[self.sid]

    @property
    def me(self) -> str:
        return routes.speech(self.sid)


def speech_page(idx: SiteIndex, sid: str, site_url: str, repo_url: str) -> str:
    v = SpeechView(idx, sid, site_url, repo_url)
    s = v.s
    out = [front(s.title, description(s))]
    out.append(f'<article class="cc-speech">\n\n<h1 id="title">{e(chinese_quotes(s.title))}</h1>\n')
    out.append('<div class="cc-meta">' + notices(v) + metadata_card(v) + '</div>\n')
    out.extend(section(v) for section in BEFORE_TEXT)
    out.append(text_section(v))
    out.append('<div class="cc-after">\n' + "\n".join(section(v) for section in AFTER_TEXT) + '\n</div>\n')
    out.append('\n</article>\n')
    return "\n".join(out)


def notices(v: SpeechView) -> str:
    s, t = v.s, v.s.truncation or {}
    return (render("notices.html", truncated=s.truncated, masked=s.masked, total=t.get("total"),
                   shown=t.get("shown"), marked="……" in s.text)
            + (_review_notice(s, v.repo_url) if s.review else ""))


def metadata_card(v: SpeechView) -> str:
    s, me = v.s, v.me
    by_facet: dict[str, list[FacetValue]] = {}
    for fv in v.idx.speech_facets[v.sid]:
        by_facet.setdefault(fv.facet, []).append(fv)
    published = (f'{e(s.published)}<span class="cc-dim">（来源页面的发布日期，不等于讲话日期）</span>'
                 if s.published else "不详")
    unsure = {review_field(f) for f in s.review}

    def mark(value: str, name: str) -> str:
        return value + (REVIEW_MARK if name in unsure else "")

    rows = [("讲话日期", mark(e(s.date or "不详"), "date")), ("发布日期", published)]
    places = by_facet.get("places", [])
    rows.append(("地点", mark(" › ".join(link(me, fv.url, fv.label) for fv in places), "place")))
    if "levels" in by_facet:
        assert s.level is not None    # index.py gives the levels facet only to a speech with a level
        rows.append(("层级", mark(link(me, by_facet["levels"][0].url, s.level), "level")))
    rows.append(("讲话人", mark(e(s.speaker or "不详"), "speaker")))
    if "campaigns" in by_facet:
        rows.append(("创建类型", mark(link(me, by_facet["campaigns"][0].url, s.campaign), "campaign")))
    rows.append(("文体", mark(e(s.genre), "genre")))
    yv = by_facet["years"][0]
    rows.append(("年份", link(me, yv.url, yv.label)))
    if by_facet.get("themes"):
        rows.append(("主题", "、".join(link(me, fv.url, fv.label) for fv in by_facet["themes"])))
    if s.keywords:
        rows.append(("关键词", "、".join(e(k) for k in s.keywords)))
    rows.append(("字数", e(s.chars)))
    rows.append(("来源", "；".join(_source(src, v.repo_url) for src in s.sources) or "不详"))
    rows.append(("收录日期", e(s.added or "不详")))
    card = "".join(f"<dt>{k}</dt><dd>{val}</dd>" for k, val in rows)
    actions = ""
    if v.repo_url:
        actions = (f'<p class="cc-actions"><a href="{e(routes.report_error(v.repo_url, s.title, s.id))}">报告错误</a>'
                   f'<span class="cc-dim">（标题、日期、地点、正文等有误，请告诉我们）</span></p>')
    return f'<dl class="cc-card">{card}</dl>{actions}'


def toc_section(v: SpeechView) -> str:
    nodes = outline(v.s.paragraphs)
    return render("toc.html", nodes=nodes) if nodes else ""


def text_section(v: SpeechView) -> str:
    paras = []
    for n, p in enumerate(v.s.paragraphs, 1):
        cls = ' class="cc-heading"' if is_heading(p) else ""
        paras.append(f'<p id="p{n}"{cls}><a class="cc-pn" href="#p{n}" aria-label="第{n}段">{n}</a>'
                     f'{e(chinese_quotes(p))}</p>')
    return '<h2 id="text">正文</h2>\n<div class="cc-text">' + "".join(paras) + '</div>\n'


def related_section(v: SpeechView) -> str:
    items = []
    for r in v.idx.related.get(v.sid, []):
        o = v.idx.speeches[r.other]
        label, date = date_label(o)
        items.append(dict(other=r.other, title=chinese_quotes(o.title), place=place_label(o),
                          date_label=label, date=date, shared_chars=r.shared_chars,
                          similarity=r.similarity))
    return render("related.html", me=v.me, items=items, min_similarity=MIN_RELATED)


#: Beside a field ingest was unsure of (the entry's `review:` list) until someone checks it.
REVIEW_MARK = ' <span class="cc-review" title="由程序推断，尚未经人工核对">待核</span>'


def _review_notice(s, repo_url: str) -> str:
    names = "、".join(e(field_label(f)) for f in s.review)
    how = "编辑条目文件改正，并删去头信息 review 中已核对的项"
    if repo_url:
        how = (f'<a href="{e(routes.entry_edit(repo_url, s.id))}">编辑条目文件</a>改正，'
               f'并删去头信息 review 中已核对的项；也可以<a href="{e(routes.report_error(repo_url, s.title, s.id))}">报告错误</a>')
    return (f'<p class="cc-notice cc-notice--review"><strong>待核：</strong>{names}由程序自动提取，'
            f'可能有误或缺漏，尚未经人工核对（下方卡片中标有“待核”）。如有错误，请{how}。</p>')




class _Link:
    """One place a paragraph's sentences are also found (attributes, not a dict: Jinja
    looks attributes up first, and a page at 1,000 speeches renders ~60 of these)."""
    __slots__ = ("other", "other_para", "sentences", "chars", "title", "href")

    def __init__(self, idx: SiteIndex, p):
        self.other, self.other_para, self.sentences, self.chars = p.other, p.other_para, p.sentences, p.chars
        self.title = _title(idx, p.other)
        self.href = routes.sibling_paragraph(p.other, p.other_para)


def shared_section(v: SpeechView) -> str:
    idx = v.idx
    groups: dict[int, dict] = {}

    def group(para: int) -> dict:
        return groups.setdefault(para, dict(para=para, links=[], common=[], sample="", spread=0,
                                            common_url=""))

    for p in idx.shared.get(v.sid, []):
        g = group(p.para)
        g["links"].append(_Link(idx, p))
        # The quoted sentence: the longest one this paragraph shares (then the most spread).
        if (len(p.sample), p.spread) > (len(g["sample"]), g["spread"]):
            g["sample"], g["spread"] = p.sample, p.spread
    for para, key in idx.common_in.get(v.sid, []):
        cs = idx.common[key]
        g = group(para)
        if not g["sample"]:
            g["sample"], g["spread"], g["common_url"] = _sentence_in(v.s, para, cs), len(cs.where), cs.url
        else:
            g["common"].append(dict(url=cs.url, head=_head(cs.text), spread=len(cs.where)))
    ordered = []
    for para in sorted(groups):
        g = groups[para]
        g["links"].sort(key=lambda l: (-l.chars, l.other, l.other_para))
        g["sample"] = chinese_quotes(g["sample"])
        ordered.append(g)
    return render("shared.html", me=v.me, groups=ordered, shown=SHARED_LINKS, pair_spread=PAIR_SPREAD)


def _title(idx: SiteIndex, sid: str) -> Markup:
    """Another speech's title, quotes converted and escaped once per build (a speech is
    linked from dozens of pages)."""
    cache = idx.__dict__.setdefault("_cc_titles", {})
    if sid not in cache:
        cache[sid] = escape(chinese_quotes(idx.speeches[sid].title))
    return cache[sid]


def _sentence_in(s: Speech, para: int, cs: CommonSentence) -> str:
    """The common sentence as this speech writes it (punctuation may differ)."""
    target = fingerprint_text(cs.text)
    for sent in sentences(s.paragraphs[para - 1]):
        if fingerprint_text(sent) == target:
            return sent.strip()
    return cs.text


def _head(text: str, n: int = 16) -> str:
    text = chinese_quotes(text.strip())
    return text if len(text) <= n else text[:n - 1] + "…"


def cite_section(v: SpeechView) -> str:
    url = routes.absolute(v.site_url, v.me)
    gbt_head, _ = gbt7714(v.s, url)
    bib_head, bib_tail = bibtex(v.s, url)
    ris_head, ris_tail = ris(v.s, url)
    return render("cite.html", sid=v.sid, url=url, gbt_head=gbt_head, bib_head=bib_head,
                  bib_tail=bib_tail, ris_head=ris_head, ris_tail=ris_tail)


def prevnext_section(v: SpeechView) -> str:
    """Previous and next by speech date, among speeches that have one."""
    idx = v.idx
    pos = idx.rank.get(v.sid)
    prev = nxt = None
    if pos is not None:
        if pos > 0:
            prev = idx.speeches[idx.order[pos - 1]]
        if pos + 1 < len(idx.order):
            nxt = idx.speeches[idx.order[pos + 1]]
    fmt = (lambda o: dict(id=o.id, title=chinese_quotes(o.title), date=o.date)) 
    return render("prevnext.html", me=v.me, prev=fmt(prev) if prev else None,
                  next=fmt(nxt) if nxt else None, undated=pos is None)


def reuse_section(v: SpeechView) -> str:
    """相同文字: how much of the speech occurs elsewhere, its closest sources (compare.py)."""
    return speech_section(v.idx, v.sid) if v.idx.reuse is not None else ""


#: The sections of a speech page around its text, in order; each is a function of the
#: SpeechView returning HTML ("" to leave it out). Another section slots in by adding it here.
BEFORE_TEXT = [toc_section]
AFTER_TEXT = [reuse_section, related_section, shared_section, cite_section, prevnext_section]


def _source(src: dict, repo_url: str) -> str:
    site = e(src.get("site") or "来源不详")
    part = f"（第 {e(src.get('part'))} 部分）" if src.get("part") else ""
    raw = str(src.get("raw") or "")
    if _RAW_SOURCE.match(raw) and repo_url:
        return f'{site}{part} <a href="{e(routes.raw_file(repo_url, raw))}">原始文件</a>'
    return site + part


# --- lists and facet pages --------------------------------------------------------------

def speech_table(idx: SiteIndex, src: str, ids: Iterable[str], anchors: dict[str, str] | None = None) -> str:
    """Speeches in the given order, with the speech date (or, labelled, the source page's
    publication date when that is all that is known)."""
    rows = []
    for sid in ids:
        s = idx.speeches[sid]
        rows.append(dict(id=sid, date=s.date, published=s.published, title=chinese_quotes(s.title),
                         place=place_label(s), chars=s.chars, anchor=(anchors or {}).get(sid, "")))
    return render("speech_table.html", src=src, rows=rows)


def added_table(idx: SiteIndex, src: str, ids: Iterable[str]) -> str:
    """Speeches by the day they entered the archive (收录日期), with their own date beside."""
    rows = [dict(id=sid, added=idx.speeches[sid].added or "", date=idx.speeches[sid].date,
                 title=chinese_quotes(idx.speeches[sid].title), place=place_label(idx.speeches[sid]))
            for sid in ids]
    return render("added_table.html", src=src, rows=rows)


def _summary(idx: SiteIndex, fv: FacetValue, src: str) -> str:
    counts: dict[str, Counter] = {}
    lookup: dict[tuple, FacetValue] = {}
    for sid in fv.ids:
        for other in idx.speech_facets[sid]:
            if other.facet == fv.facet and other.facet != "places":
                continue
            if other is fv or (fv.facet == "places" and other.facet == "places"):
                continue
            name = other.facet
            counts.setdefault(name, Counter())[(other.facet, other.key)] += 1
            lookup[(other.facet, other.key)] = other
    if fv.facet == "places" and fv.children:
        counts["places"] = Counter({("places", c.key): len(c.ids) for c in fv.children})
        for child in fv.children:
            lookup[("places", child.key)] = child
    parts = []
    for facet in ("places", "themes", "campaigns", "years", "levels"):
        c = counts.get(facet)
        if not c:
            continue
        title = "下级地区" if facet == "places" and fv.facet == "places" else FACET_LABELS[facet]
        if facet == "places" and fv.facet != "places":
            # Show cities (or provinces when no city is known), not every level at once.
            deepest = {k: v for k, v in c.items() if len(k[1]) == 2}
            c = Counter(deepest or {k: v for k, v in c.items() if len(k[1]) == 1 or k[1] == (UNKNOWN,)})
            title = "城市" if deepest else "地点"
        top = sorted(c.items(), key=lambda kv: (-kv[1], lookup[kv[0]].url))[:SUMMARY_TOP]
        more = f' <span class="cc-dim">等 {len(c)} 项</span>' if len(c) > SUMMARY_TOP else ""
        parts.append(f"<dt>{title}</dt><dd>" + "、".join(
            f'{link(src, lookup[k].url, lookup[k].label)}<span class="cc-count">{n}</span>' for k, n in top)
            + more + "</dd>")
    return '<dl class="cc-summary">' + "".join(parts) + "</dl>" if parts else ""


def facet_value_pages(idx: SiteIndex, fv: FacetValue) -> list[tuple[str, str]]:
    """(path of the Markdown file, content) for a value and its continuation pages."""
    facet_name = FACET_LABELS[fv.facet]
    chunks = [fv.ids[i:i + PAGE_SIZE] for i in range(0, len(fv.ids), PAGE_SIZE)] or [[]]
    crumbs_fv: list[FacetValue] = []
    p = fv.parent
    while p:
        crumbs_fv.insert(0, p)
        p = p.parent
    pages = []
    for n, chunk in enumerate(chunks, 1):
        url = routes.numbered(fv.url, n)
        title = f"{facet_name}：{''.join(c.label for c in crumbs_fv)}{fv.label}"
        body = [front(title + (f"（第 {n} 页）" if n > 1 else ""),
                      f"{title}，共 {len(fv.ids)} 篇讲话。")]
        crumbs = [link(url, routes.facet(fv.facet), facet_name)] + [link(url, c.url, c.label) for c in crumbs_fv]
        body.append(f'<p class="cc-crumbs">{" › ".join(crumbs)} ›</p>\n')
        body.append(f'<h1 id="title">{e(title)}</h1>\n')
        if fv.description:
            body.append(f'<p>{e(fv.description)}</p>\n')
        body.append(f'<p class="cc-total">共 <strong>{len(fv.ids)}</strong> 篇讲话。</p>\n')
        if n == 1:
            summ = _summary(idx, fv, url)
            if summ:
                body.append('<h2 id="facets">分布</h2>\n')
                body.append(summ + "\n")
        body.append('<h2 id="speeches">讲话</h2>\n')
        body.append(f'<p class="cc-dim">{LIST_ORDER}</p>\n')
        body.append(speech_table(idx, url, chunk) + "\n")
        if len(chunks) > 1:
            links = []
            for k in range(1, len(chunks) + 1):
                links.append(f"<strong>{k}</strong>" if k == n else link(url, routes.numbered(fv.url, k), str(k)))
            body.append('<nav class="cc-pages" aria-label="分页">页码：' + " ".join(links) + "</nav>\n")
        pages.append((routes.source(url), "\n".join(body)))
    return pages


def facet_index_page(idx: SiteIndex, facet: str) -> str:
    name = FACET_LABELS[facet]
    values = idx.facets[facet]
    src = routes.facet(facet)
    intro = {
        "themes": "主题由关键词分类表（corpus/taxonomy.yaml）判定，一篇讲话可有多个主题。",
        "places": "按省、市、区县分级。括号内为讲话篇数（含下级地区）。地名被来源网站隐去或无法判断的讲话单列一页。",
        "campaigns": "讲话所针对的创建活动。",
        "years": "按讲话日期的年份。没有注明讲话日期的讲话单列一页（发布日期不等于讲话日期）。",
        "levels": "讲话所代表的政府层级。",
    }[facet]
    body = [front(name, f"创城文库按{name}浏览：{intro}")]
    body.append(f'<h1 id="title">{e(name)}</h1>\n\n<p>{e(intro)}</p>\n')
    if facet == "places":
        def tree(nodes: list[FacetValue]) -> str:
            return "<ul>" + "".join(
                f'<li>{link(src, n.url, n.label)}<span class="cc-count">{len(n.ids)}</span>'
                + (tree(n.children) if n.children else "") + "</li>" for n in nodes) + "</ul>"
        roots = [v for k, v in values.items() if v.parent is None and k != (UNKNOWN,)]
        body.append('<div class="cc-tree">' + tree(roots) + "</div>\n")
        if (UNKNOWN,) in values:
            u = values[(UNKNOWN,)]
            body.append(f'<p>{link(src, u.url, u.label)}<span class="cc-count">{len(u.ids)}</span></p>\n')
    else:
        items = list(values.values())
        if facet == "themes":
            items.sort(key=lambda v: (-len(v.ids), v.url))
        if facet == "years":
            items.sort(key=lambda v: (v.key == (UNKNOWN,), [-int(v.key[0]) if v.key[0].isdigit() else 0]))
        body.append(f'<div class="cc-table" tabindex="0" role="region" aria-label="{e(name)}一览">'
                    '<table><thead><tr><th>' + e(name) + '</th><th>讲话</th><th>说明</th></tr></thead><tbody>'
                    + "".join(f'<tr><td class="cc-nowrap">{link(src, v.url, v.label)}</td><td class="cc-num">{len(v.ids)}</td>'
                              f'<td>{e(v.description)}</td></tr>' for v in items)
                    + "</tbody></table></div>\n")
    return "\n".join(body)


# --- home and data ----------------------------------------------------------------------

def bars(rows: Sequence[tuple[str, str | None, int]], src: str) -> str:
    """A horizontal bar chart in plain HTML: (label, link target or None, value)."""
    if not rows:
        return '<p class="cc-dim">暂无数据。</p>'
    top = max(v for _, _, v in rows) or 1
    out = []
    for label, dst, v in rows:
        name = link(src, dst, label) if dst else e(label)
        out.append(f'<div class="cc-bar"><span class="cc-bar__label">{name}</span>'
                   f'<span class="cc-bar__track"><span class="cc-bar__fill" style="width:{100 * v / top:.1f}%"></span></span>'
                   f'<span class="cc-bar__value">{v}</span></div>')
    return '<div class="cc-chart">' + "".join(out) + "</div>"


def home_page(idx: SiteIndex) -> str:
    n = len(idx.speeches)
    total_chars = sum(s.chars for s in idx.speeches.values())
    provinces = [v for k, v in idx.facets["places"].items() if len(k) == 1 and k != (UNKNOWN,)]
    body = [front("创城文库", "创城文库：地方政府创建文明城市、卫生城市的讲话稿开放文库，可按主题、地点、年份浏览和全文检索。")]
    body.append('<h1 id="title">创城文库</h1>\n')
    body.append("<p>创城文库收集地方党委、政府在创建全国文明城市、国家卫生城市等活动中的讲话稿，"
                "逐篇标注日期、地点、层级、创建类型和主题，可以浏览、全文检索和整体下载，供研究者使用。"
                "讲话稿多采自公开网站；原文的删节和隐去的名称照录并注明。</p>\n")
    body.append(f'<p class="cc-stats">共收录 <strong>{n}</strong> 篇讲话，'
                f'约 <strong>{total_chars}</strong> 字，涉及 <strong>{len(provinces)}</strong> 个省级行政区、'
                f'<strong>{len(idx.facets["themes"])}</strong> 个主题。</p>\n')
    body.append('<p>在页面顶部的搜索框输入词语即可全文检索（支持多个词同时检索）。'
                f'{link(routes.HOME, routes.DATA, "下载全部数据")}，或通过 {link(routes.HOME, routes.FEED, "Atom 订阅")} 获取新增讲话。</p>\n')
    body.append('<h2 id="browse">浏览</h2>\n')
    items = []
    for facet in ("themes", "places", "campaigns", "years", "levels"):
        vals = [v for v in idx.facets[facet].values() if v.parent is None]
        vals.sort(key=lambda v: (-len(v.ids), v.url))
        sample = "、".join(f'{link(routes.HOME, v.url, v.label)}<span class="cc-count">{len(v.ids)}</span>' for v in vals[:8])
        items.append(f'<dt>{link(routes.HOME, routes.facet(facet), FACET_LABELS[facet])}</dt><dd>{sample}</dd>')
    body.append('<dl class="cc-summary">' + "".join(items) + "</dl>\n")
    body.append('<h2 id="newest">最新收录</h2>\n')
    body.append(added_table(idx, routes.HOME, idx.recently_added[:10]) + "\n")
    return "\n".join(body)


FIELD_DOCS = [
    ("id", "编号：小写字母、数字和连字符，也是文件名和网页地址。"),
    ("title", "标题。"),
    ("date", "讲话日期，仅当讲话本身注明时填写：YYYY-MM-DD、YYYY-MM 或 YYYY；否则为空。"),
    ("published", "来源网页的发布日期（不等于讲话日期）。"),
    ("added", "收录日期：这篇讲话进入本文库的日期（YYYY-MM-DD），收录时自动填写，此后不变。"),
    ("province", "省级行政区。"),
    ("city", "地级行政区。"),
    ("district", "县级行政区。"),
    ("level", "讲话所代表的政府层级：省、市、县、区、乡镇。"),
    ("speaker", "讲话人职务（注明时含姓名）。"),
    ("campaign", "创建类型，如全国文明城市、国家卫生城市。"),
    ("genre", "文体：讲话、会议报道、表态发言、其他。"),
    ("themes", "主题（列表），取自 corpus/taxonomy.yaml。"),
    ("keywords", "关键词（列表）。"),
    ("truncated", "是否被来源网站删节（true/false）。"),
    ("masked", "来源网站是否隐去了名称（XX、×× 等）。"),
    ("chars", "字数（不含空白）。"),
    ("sources", "来源（列表）：site 为来源网站，raw 为仓库中保存的原始文件，part/file 为其中的位置。"),
    ("text", "正文，段落之间以空行分隔。"),
]


def data_page(idx: SiteIndex, schema: dict, licence: dict | None = None, repo_url: str = "",
              site_name: str = "创城文库") -> str:
    src = routes.DATA
    body = [front("数据", "下载创城文库全部讲话（JSONL、CSV）及字段说明、JSON Schema 和统计。")]
    body.append('<h1 id="title">数据</h1>\n')
    body.append(f'<p>全部 {len(idx.speeches)} 篇讲话可整体下载，每篇一条记录，按编号排序。文本与元数据以 UTF-8 编码（CSV 带字节顺序标记，Excel 可直接打开）；也可在仓库中运行 <code>make export</code> 生成。</p>\n')
    body.append('<ul>'
                f'<li><a href="{rel(src, routes.JSONL)}" download>speeches.jsonl.gz</a>：JSON Lines（gzip 压缩），每行一篇。</li>'
                f'<li><a href="{rel(src, routes.CSV)}" download>speeches.csv.gz</a>：CSV（gzip 压缩），列表字段（themes、keywords、sources）为 JSON 字符串。</li>'
                f'<li><a href="{rel(src, routes.SCHEMA)}">schema.json</a>：语料条目的 JSON Schema。</li>'
                '</ul>\n')
    lic = licence or {}
    body.append(render("licence.html", code=lic.get("code", "MIT"), data=lic.get("data", "CC BY 4.0"),
                       site_name=site_name, about=rel(src, routes.ABOUT + "#licence"),
                       issues=routes.issues(repo_url) if repo_url else "") + "\n")
    body.append('<h2 id="fields">字段说明</h2>\n')
    props = schema.get("properties", {})
    rows = []
    for name, doc in FIELD_DOCS:
        t = props.get(name, {}).get("type", "")
        t = " | ".join(t) if isinstance(t, list) else t
        rows.append(f'<tr><td class="cc-nowrap"><code>{e(name)}</code></td><td class="cc-nowrap">{e(t)}</td><td>{e(doc)}</td></tr>')
    body.append('<div class="cc-table" tabindex="0" role="region" aria-label="字段说明"><table><thead><tr><th>字段</th><th>类型</th><th>含义</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table></div>\n")
    body.append('<h2 id="stats">统计</h2>\n')
    years = [(v.label, v.url, len(v.ids)) for k, v in sorted(idx.facets["years"].items(),
             key=lambda kv: (kv[0] == (UNKNOWN,), kv[0]))]
    themes = sorted(((v.label, v.url, len(v.ids)) for v in idx.facets["themes"].values()), key=lambda r: (-r[2], r[1]))
    provs = sorted(((v.label, v.url, len(v.ids)) for k, v in idx.facets["places"].items() if len(k) == 1),
                   key=lambda r: (-r[2], r[1]))
    camps = sorted(((v.label, v.url, len(v.ids)) for v in idx.facets["campaigns"].values()), key=lambda r: (-r[2], r[1]))
    for hid, title, rows_ in (("by-year", "按年份", years), ("by-theme", "按主题", themes),
                              ("by-province", "按省份", provs), ("by-campaign", "按创建类型", camps)):
        body.append(f'<h3 id="{hid}">{title}</h3>\n')
        body.append(bars(rows_, src) + "\n")
    lengths = sorted(s.chars for s in idx.speeches.values())
    if lengths:
        body.append(f'<p>字数：最少 {lengths[0]}，中位数 {lengths[len(lengths) // 2]}，最多 {lengths[-1]}；'
                    f'删节 {sum(s.truncated for s in idx.speeches.values())} 篇，'
                    f'隐去名称 {sum(s.masked for s in idx.speeches.values())} 篇。</p>\n')
    return "\n".join(body)


def passage_page(idx: SiteIndex, cs: CommonSentence) -> str:
    """Every speech that has one common sentence (see index.PAIR_SPREAD)."""
    src = cs.url
    title = f"常见句子：{_head(cs.text, 20)}"
    body = [front(title, f"这句话见于创城文库的 {len(cs.where)} 篇讲话：{chinese_quotes(cs.text)}")]
    body.append(f'<h1 id="title">{e(title)}</h1>\n')
    body.append(f'<blockquote>{e(chinese_quotes(cs.text))}</blockquote>\n')
    body.append(f'<p class="cc-total">这句话（不计标点和隐去符号）见于 <strong>{len(cs.where)}</strong> 篇讲话，'
                '下表链接到它所在的段落。</p>\n')
    body.append(f'<p class="cc-dim">{LIST_ORDER}</p>\n')
    where = dict(cs.where)
    ids = sorted(where, key=lambda i: list_key(idx.speeches[i]))
    body.append(speech_table(idx, src, ids, {i: f"#p{where[i]}" for i in ids}) + "\n")
    return "\n".join(body)


def schema_json(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
