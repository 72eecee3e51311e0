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
from typing import Iterable
from urllib.parse import urlencode

import yaml

from ..record import field_label, review_field
from .compare import speech_section
from .index import FACET_LABELS, UNKNOWN, FacetValue, SiteIndex, place_label, sort_date

PAGE_SIZE = 100
#: Other speeches linked per shared paragraph (the strongest copies); the count of all
#: copies is given in words.
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


def rel(src: str, dst: str) -> str:
    """Relative link from the page at directory URL ``src`` to site path ``dst``."""
    frag = ""
    if "#" in dst:
        dst, frag = dst.split("#", 1)
        frag = "#" + frag
    if dst == src:
        return frag or "./"
    # Plain string work, not posixpath.relpath: site paths are already normalised and
    # relpath was a tenth of page generation (tens of links per speech page).
    s_parts = [p for p in src.split("/") if p]
    d_parts = [p for p in dst.split("/") if p]
    common = 0
    for a, b in zip(s_parts, d_parts):
        if a != b:
            break
        common += 1
    r = "/".join([".."] * (len(s_parts) - common) + d_parts[common:])
    if dst.endswith("/") or dst == "":
        r = (r or ".") + "/"
    return (r or ".") + frag


def front(title: str, description: str = "", **extra) -> str:
    data = {"title": meta_safe(title, 120)}
    if description:
        data["description"] = meta_safe(description, 160)
    data.update(extra)
    return "---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=10_000) + "---\n\n"


def speech_url(sid: str) -> str:
    return f"speeches/{sid}/"


def link(src: str, dst: str, text: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{e(rel(src, dst))}"{c}>{e(text)}</a>'


# --- speech page ------------------------------------------------------------------------

def speech_page(idx: SiteIndex, sid: str, site_url: str, repo_url: str) -> str:
    s = idx.speeches[sid]
    me = speech_url(sid)
    fs = idx.speech_facets[sid]
    by_facet: dict[str, list[FacetValue]] = {}
    for fv in fs:
        by_facet.setdefault(fv.facet, []).append(fv)
    place = place_label(s)
    desc = f"{place}{('，' + s.date) if s.date else ''}。{s.paragraphs[0] if s.paragraphs else ''}"
    out = [front(s.title, desc)]
    out.append(f'<article class="cc-speech">\n\n<h1 id="title">{e(s.title)}</h1>\n')

    notices = []
    if s.truncated:
        t = s.truncation or {}
        detail = ""
        if t.get("total"):
            detail = f"来源页面注明全文约 {e(t.get('total'))} 字"
            if t.get("shown"):
                detail += f"，仅显示 {e(t.get('shown'))} 字"
            detail += "。"
        notices.append(f'<p class="cc-notice cc-notice--truncated"><strong>全文不完整：</strong>来源网站只提供了节选，'
                       f'省略处以“……”标出。{detail}</p>')
    if s.masked:
        notices.append('<p class="cc-notice cc-notice--masked"><strong>名称已隐去：</strong>来源网站用 XX、××、_ 等'
                       '符号替换了部分地名、人名或单位名，本文照录，未作还原。</p>')
    if s.review:
        notices.append(_review_notice(s, repo_url))
    unsure = {review_field(f) for f in s.review}

    def mark(value: str, name: str) -> str:
        return value + (REVIEW_MARK if name in unsure else "")

    rows = [("讲话日期", mark(e(s.date or "不详"), "date")), ("发布日期", e(s.published or "不详"))]
    places = by_facet.get("places", [])
    rows.append(("地点", mark(" › ".join(link(me, fv.url, fv.label) for fv in places), "place")))
    if "levels" in by_facet:
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
    rows.append(("来源", "；".join(_source(src, repo_url) for src in s.sources) or "不详"))
    rows.append(("收录日期", e(s.added or "不详")))
    card = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
    actions = ""
    if repo_url:
        actions = (f'<p class="cc-actions"><a href="{e(report_url(repo_url, s))}">报告错误</a>'
                   f'<span class="cc-dim">（标题、日期、地点、正文等有误，请告诉我们）</span></p>')
    out.append('<div class="cc-meta">' + "".join(notices)
               + f'<dl class="cc-card">{card}</dl>{actions}</div>\n')

    paras = []
    for n, p in enumerate(s.paragraphs, 1):
        paras.append(f'<p id="p{n}"><a class="cc-pn" href="#p{n}" aria-label="第{n}段">{n}</a>{e(p)}</p>')
    out.append('<h2 id="text">正文</h2>\n')
    out.append('<div class="cc-text">' + "".join(paras) + '</div>\n')

    tail = [speech_section(idx, sid)] if idx.reuse is not None else []
    rel_items = idx.related.get(sid, [])
    tail.append('<h2 id="related">相关讲话</h2>')
    if rel_items:
        tail.append('<ol class="cc-related">' + "".join(
            f'<li>{link(me, speech_url(o), idx.speeches[o].title)} '
            f'<span class="cc-dim">{e(place_label(idx.speeches[o]))} · {e(sort_date(idx.speeches[o]) or "日期不详")}'
            f' · 相似度 {score:.2f}</span></li>' for o, score in rel_items) + '</ol>')
    else:
        tail.append('<p class="cc-dim">暂无内容相近的讲话。</p>')
    tail.append('<h2 id="shared">相同段落</h2>')
    sh = idx.shared.get(sid, [])
    if sh:
        tail.append('<p class="cc-dim">下列段落与其他讲话有逐字相同的句子（不计标点和隐去符号）。'
                    '这类讲话常套用同一模板。</p>')
        tail.append('<ul class="cc-shared">' + "".join(_shared_item(idx, me, group)
                                                     for group in _by_paragraph(sh)) + '</ul>')
    else:
        tail.append('<p class="cc-dim">没有发现与其他讲话相同的段落。</p>')
    cite = (f"{s.speaker + '：' if s.speaker else ''}《{s.title}》，{s.date or '日期不详'}，{place}。"
            f"{'、'.join(sorted({str(x.get('site')) for x in s.sources if x.get('site')})) or '来源不详'}。"
            f"收录于《创城文库》，编号 {sid}，{site_url}{me}")
    tail.append('<h2 id="cite">引用</h2>')
    tail.append(f'<pre class="cc-cite"><code>{e(cite)}</code></pre>')
    pos = idx.rank[sid]
    nav = []
    if pos > 0:
        prev = idx.order[pos - 1]
        nav.append(f'<span>← 较早：{link(me, speech_url(prev), idx.speeches[prev].title, "cc-prev")}</span>')
    if pos + 1 < len(idx.order):
        nxt = idx.order[pos + 1]
        nav.append(f'<span>较新：{link(me, speech_url(nxt), idx.speeches[nxt].title, "cc-next")} →</span>')
    tail.append('<nav class="cc-prevnext" aria-label="按日期">' + "".join(nav) + '</nav>')
    out.append('<div class="cc-after">\n' + "\n".join(tail) + '\n</div>\n')
    out.append('\n</article>\n')
    return "\n".join(out)


#: Beside a field ingest was unsure of (the entry's `review:` list) until someone checks it.
REVIEW_MARK = ' <span class="cc-review" title="由程序推断，尚未经人工核对">待核</span>'


def entry_edit_url(repo_url: str, sid: str) -> str:
    return f"{repo_url.rstrip('/')}/edit/main/corpus/speeches/{sid}.md"


def report_url(repo_url: str, s) -> str:
    """The repository's error-report form (.github/ISSUE_TEMPLATE/report-error.yml) with
    the speech filled in: GitHub fills a form field from the query parameter of its id."""
    query = urlencode({"template": "report-error.yml", "title": f"[纠错] 《{s.title}》",
                       "speech": s.id})
    return f"{repo_url.rstrip('/')}/issues/new?{query}"


def _review_notice(s, repo_url: str) -> str:
    names = "、".join(e(field_label(f)) for f in s.review)
    how = "编辑条目文件改正，并删去头信息 review 中已核对的项"
    if repo_url:
        how = (f'<a href="{e(entry_edit_url(repo_url, s.id))}">编辑条目文件</a>改正，'
               f'并删去头信息 review 中已核对的项；也可以<a href="{e(report_url(repo_url, s))}">报告错误</a>')
    return (f'<p class="cc-notice cc-notice--review"><strong>待核：</strong>{names}由程序自动提取，'
            f'可能有误或缺漏，尚未经人工核对（下方卡片中标有“待核”）。如有错误，请{how}。</p>')


def _by_paragraph(shared: list) -> list[list]:
    groups: dict[int, list] = {}
    for p in shared:
        groups.setdefault(p.para, []).append(p)
    return [sorted(g, key=lambda p: (-p.chars, p.other, p.other_para)) for _, g in sorted(groups.items())]


def _shared_item(idx: SiteIndex, me: str, group: list) -> str:
    """One paragraph of this speech, its longest shared sentence once, then where else it
    appears: the page shows each passage once, not once per copy (a template sentence can
    be in dozens of speeches)."""
    best = group[0]
    others = "、".join(link(me, speech_url(p.other) + f"#p{p.other_para}",
                            f"《{idx.speeches[p.other].title}》第 {p.other_para} 段")
                       + f'<span class="cc-dim">（{p.sentences} 句，{p.chars} 字）</span>'
                       for p in group[:SHARED_LINKS])
    spread = max(p.spread for p in group)
    more = f"（此句共见于 {spread} 篇讲话）" if spread > len(group[:SHARED_LINKS]) + 1 else ""
    return (f'<li><a href="#p{best.para}">第 {best.para} 段</a><blockquote>{e(best.sample[:120])}</blockquote>'
            f'<span class="cc-dim">亦见于{more}：</span>{others}</li>')


def _source(src: dict, repo_url: str) -> str:
    site = e(src.get("site") or "来源不详")
    part = f"（第 {e(src.get('part'))} 部分）" if src.get("part") else ""
    raw = str(src.get("raw") or "")
    if _RAW_SOURCE.match(raw) and repo_url:
        return f'{site}{part} <a href="{e(repo_url.rstrip("/"))}/blob/main/corpus/{e(raw)}">原始文件</a>'
    return site + part


# --- lists and facet pages --------------------------------------------------------------

def speech_table(idx: SiteIndex, src: str, ids: Iterable[str]) -> str:
    rows = []
    for sid in ids:
        s = idx.speeches[sid]
        rows.append(f"<tr><td>{e(sort_date(s) or '不详')}</td><td>{link(src, speech_url(sid), s.title)}</td>"
                    f"<td>{e(place_label(s))}</td><td>{s.chars}</td></tr>")
    return ('<table class="cc-list"><thead><tr><th>日期</th><th>标题</th><th>地点</th><th>字数</th></tr></thead>'
            '<tbody>' + "".join(rows) + '</tbody></table>')


def added_table(idx: SiteIndex, src: str, ids: Iterable[str]) -> str:
    """Speeches by the day they entered the archive (收录日期), with their own date beside."""
    rows = []
    for sid in ids:
        s = idx.speeches[sid]
        rows.append(f"<tr><td>{e(s.added or '不详')}</td><td>{link(src, speech_url(sid), s.title)}</td>"
                    f"<td>{e(place_label(s))}</td><td>{e(s.date or '不详')}</td></tr>")
    return ('<table class="cc-list"><thead><tr><th>收录日期</th><th>标题</th><th>地点</th><th>讲话日期</th>'
            '</tr></thead><tbody>' + "".join(rows) + '</tbody></table>')


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
        for c in fv.children:
            lookup[("places", c.key)] = c
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
    crumbs_fv = []
    p = fv.parent
    while p:
        crumbs_fv.insert(0, p)
        p = p.parent
    pages = []
    for n, chunk in enumerate(chunks, 1):
        url = fv.url if n == 1 else f"{fv.url}page-{n}/"
        title = f"{facet_name}：{''.join(c.label for c in crumbs_fv)}{fv.label}"
        body = [front(title + (f"（第 {n} 页）" if n > 1 else ""),
                      f"{title}，共 {len(fv.ids)} 篇讲话。")]
        crumbs = [link(url, f"{fv.facet}/", facet_name)] + [link(url, c.url, c.label) for c in crumbs_fv]
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
        body.append('<h2 id="speeches">讲话（按日期，新的在前）</h2>\n')
        body.append(speech_table(idx, url, chunk) + "\n")
        if len(chunks) > 1:
            links = []
            for k in range(1, len(chunks) + 1):
                dst = fv.url if k == 1 else f"{fv.url}page-{k}/"
                links.append(f"<strong>{k}</strong>" if k == n else link(url, dst, str(k)))
            body.append('<nav class="cc-pages" aria-label="分页">页码：' + " ".join(links) + "</nav>\n")
        pages.append((url + "index.md", "\n".join(body)))
    return pages


def facet_index_page(idx: SiteIndex, facet: str) -> str:
    name = FACET_LABELS[facet]
    values = idx.facets[facet]
    src = f"{facet}/"
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
        body.append('<table class="cc-facets"><thead><tr><th>' + e(name) + '</th><th>讲话</th><th></th></tr></thead><tbody>'
                    + "".join(f'<tr><td>{link(src, v.url, v.label)}</td><td>{len(v.ids)}</td>'
                              f'<td class="cc-dim">{e(v.description)}</td></tr>' for v in items)
                    + "</tbody></table>\n")
    return "\n".join(body)


# --- home and data ----------------------------------------------------------------------

def bars(rows: list[tuple[str, str | None, int]], src: str) -> str:
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
    return '<div class="cc-chart" role="img">' + "".join(out) + "</div>"


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
                f'{link("", "data/", "下载全部数据")}，或通过 {link("", "feed.xml", "Atom 订阅")} 获取新增讲话。</p>\n')
    body.append('<h2 id="browse">浏览</h2>\n')
    items = []
    for facet in ("themes", "places", "campaigns", "years", "levels"):
        vals = [v for v in idx.facets[facet].values() if v.parent is None]
        vals.sort(key=lambda v: (-len(v.ids), v.url))
        sample = "、".join(f'{link("", v.url, v.label)}<span class="cc-count">{len(v.ids)}</span>' for v in vals[:8])
        items.append(f'<dt>{link("", facet + "/", FACET_LABELS[facet])}</dt><dd>{sample}</dd>')
    body.append('<dl class="cc-summary">' + "".join(items) + "</dl>\n")
    body.append('<h2 id="newest">最新收录</h2>\n')
    body.append(added_table(idx, "", idx.recently_added[:10]) + "\n")
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


def data_page(idx: SiteIndex, schema: dict) -> str:
    src = "data/"
    body = [front("数据", "下载创城文库全部讲话（JSONL、CSV）及字段说明、JSON Schema 和统计。")]
    body.append('<h1 id="title">数据</h1>\n')
    body.append(f'<p>全部 {len(idx.speeches)} 篇讲话可整体下载，每篇一条记录，按编号排序。文本与元数据以 UTF-8 编码；也可在仓库中运行 <code>make export</code> 生成。</p>\n')
    body.append('<ul>'
                f'<li><a href="speeches.jsonl.gz" download>speeches.jsonl.gz</a>：JSON Lines（gzip 压缩），每行一篇。</li>'
                f'<li><a href="speeches.csv.gz" download>speeches.csv.gz</a>：CSV（gzip 压缩），列表字段（themes、keywords、sources）为 JSON 字符串。</li>'
                f'<li><a href="schema.json">schema.json</a>：语料条目的 JSON Schema。</li>'
                '</ul>\n')
    body.append('<h2 id="fields">字段说明</h2>\n')
    props = schema.get("properties", {})
    rows = []
    for name, doc in FIELD_DOCS:
        t = props.get(name, {}).get("type", "")
        t = " | ".join(t) if isinstance(t, list) else t
        rows.append(f"<tr><td><code>{e(name)}</code></td><td>{e(t)}</td><td>{e(doc)}</td></tr>")
    body.append('<table class="cc-fields"><thead><tr><th>字段</th><th>类型</th><th>含义</th></tr></thead><tbody>'
                + "".join(rows) + "</tbody></table>\n")
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


def schema_json(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
