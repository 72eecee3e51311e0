"""Page stage: takes the SiteIndex (index.py) and the deployment addresses; gives the
Markdown files MkDocs builds from: YAML front matter, then a raw HTML body rendered from the
Jinja2 templates in templates/ (templating.py; no HTML is written here).

Safety rules, all enforced here and in the templates:
* every value from an entry reaches HTML through Jinja's autoescape (quotes included), and
  speech text is only ever emitted inside raw HTML blocks, so Markdown, Jinja-looking
  ``{{ }}`` and HTML in contributed text are shown as text; only our own rendered
  fragments are passed on as Markup;
* front matter values (page title, description) are YAML-dumped and additionally have
  ``< > & " '`` replaced by full-width forms, because the theme prints them unescaped;
* file names come only from validated ids and slugs (see slugs.py and routes.py).

Raw HTML links are not rewritten by MkDocs, so every href is made relative here
(``routes.rel``) for ``use_directory_urls: true``; tests crawl the built site for broken links.
"""
from __future__ import annotations

import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Iterable, Sequence

import yaml
from markupsafe import Markup, escape

from ..cleaning import chinese_quotes
from ..export import LIST_FIELDS
from ..places import place_label
from ..record import SchemaField, Speech, field_label, review_field, schema_fields
from ..vocabulary import fingerprint_text
from .cite import bibtex, gbt7714, ris
from .compare import speech_section
from .index import (FACET_LABELS, MIN_RELATED, PAIR_SPREAD, UNKNOWN, CommonSentence, FacetValue,
                    SiteIndex, date_label, description, list_key, sentences)
from . import routes
from .outline import is_heading, outline
from .routes import rel
from .templating import fragment, render

PAGE_SIZE = 100
LIST_ORDER = ("按讲话日期排列，新的在前；讲话日期不详的排在后面，其中知道来源页面发布日期的"
              "按发布日期排列（发布日期不等于讲话日期）。")
#: Places shown per shared paragraph before 展开全部 (the strongest copies first).
SHARED_LINKS = 3
SUMMARY_TOP = 12
_RAW_SOURCE = re.compile(r"^raw/[0-9a-f]{8,64}\.(?:txt|html)$")
_FULLWIDTH = str.maketrans({"<": "＜", ">": "＞", "&": "＆", '"': "＂", "'": "＇", "\n": " ",
                            "\r": " ", "\t": " "})


def meta_safe(text: str, limit: int = 150) -> str:
    text = re.sub(r"\s+", " ", (text or "").translate(_FULLWIDTH)).strip()
    return text[:limit]


def front(title: str, description: str = "", edit_url: str = "", **extra) -> str:
    """Front matter of a generated page. ``markup: html`` says the body is HTML, not
    Markdown (hooks.py then skips Python-Markdown for it); ``edit_url``, when given, is the
    file a reader would edit to change the page (overrides/partials/actions.html shows it)."""
    data = {"title": meta_safe(title, 120)}
    if description:
        data["description"] = meta_safe(description, 160)
    data.update(extra)
    # Our own two keys are written directly: through PyYAML's emitter they took front() from
    # 0.12 to 0.22 ms a page, written here 0.13 ms. A JSON string is a YAML scalar.
    own = "markup: html\n" + (f"edit_url: {json.dumps(edit_url)}\n" if edit_url else "")
    return ("---\n" + yaml.safe_dump(data, allow_unicode=True, sort_keys=True, width=10_000)
            + own + "---\n\n")


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
    edit = {"edit_url": routes.entry_edit(repo_url, sid)} if repo_url else {}
    return page(front(s.title, description(s), **edit), render(
        "speech.html", title=chinese_quotes(s.title), notices=notices(v), card=metadata_card(v),
        before=Markup("\n").join(section(v) for section in BEFORE_TEXT),
        paragraphs=[(n, is_heading(p), chinese_quotes(p)) for n, p in enumerate(s.paragraphs, 1)],
        after=Markup("\n").join(section(v) for section in AFTER_TEXT)))


def page(front_matter: str, body: str) -> str:
    """A generated Markdown file: front matter, a blank line, the HTML body."""
    return front_matter + "\n" + body


def notices(v: SpeechView) -> Markup:
    s, t = v.s, v.s.truncation or {}
    repo = v.repo_url
    return fragment("notices.html", truncated=s.truncated, masked=s.masked, total=t.get("total"),
                    shown=t.get("shown"), marked="……" in s.text,
                    review=bool(s.review), fields=[field_label(f) for f in s.review],
                    edit=routes.entry_edit(repo, s.id) if repo else "",
                    report=routes.report_error(repo, s.title, s.id) if repo else "")


def metadata_card(v: SpeechView) -> Markup:
    s = v.s
    by_facet: dict[str, list[FacetValue]] = defaultdict(list)
    for fv in v.idx.speech_facets[v.sid]:
        by_facet[fv.facet].append(fv)
    sources = [dict(site=src.get("site"), part=src.get("part"), raw=_raw_link(src, v.repo_url))
               for src in s.sources]
    return fragment("card.html", s=s, me=v.me, facets=by_facet, sources=sources,
                    unsure={review_field(f) for f in s.review},
                    report=routes.report_error(v.repo_url, s.title, s.id) if v.repo_url else "")


def _raw_link(src: dict, repo_url: str) -> str:
    """The saved source page in the repository, when the entry names one and we know where
    the repository is (only a raw/<hash> name ever becomes a path)."""
    raw = str(src.get("raw") or "")
    return routes.raw_file(repo_url, raw) if _RAW_SOURCE.match(raw) and repo_url else ""


def toc_section(v: SpeechView) -> Markup:
    nodes = outline(v.s.paragraphs)
    return fragment("toc.html", nodes=nodes) if nodes else Markup()


def related_section(v: SpeechView) -> Markup:
    items = []
    for r in v.idx.related.get(v.sid, []):
        o = v.idx.speeches[r.other]
        label, date = date_label(o)
        items.append(dict(other=r.other, title=chinese_quotes(o.title), place=place_label(o),
                          date_label=label, date=date, shared_chars=r.shared_chars,
                          similarity=r.similarity))
    return fragment("related.html", me=v.me, items=items, min_similarity=MIN_RELATED)


class _Link:
    """One place a paragraph's sentences are also found (attributes, not a dict: Jinja
    looks attributes up first, and a page at 1,000 speeches renders ~60 of these)."""
    __slots__ = ("other", "other_para", "sentences", "chars", "title", "href")

    def __init__(self, idx: SiteIndex, p):
        self.other, self.other_para, self.sentences, self.chars = p.other, p.other_para, p.sentences, p.chars
        self.title = _title(idx, p.other)
        self.href = routes.sibling_paragraph(p.other, p.other_para)


def shared_section(v: SpeechView) -> Markup:
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
    return fragment("shared.html", me=v.me, groups=ordered, shown=SHARED_LINKS, pair_spread=PAIR_SPREAD)


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


def cite_section(v: SpeechView) -> Markup:
    url = routes.absolute(v.site_url, v.me)
    gbt_head, _ = gbt7714(v.s, url)
    bib_head, bib_tail = bibtex(v.s, url)
    ris_head, ris_tail = ris(v.s, url)
    return fragment("cite.html", sid=v.sid, url=url, gbt_head=gbt_head, bib_head=bib_head,
                  bib_tail=bib_tail, ris_head=ris_head, ris_tail=ris_tail)


def prevnext_section(v: SpeechView) -> Markup:
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
    return fragment("prevnext.html", me=v.me, prev=fmt(prev) if prev else None,
                  next=fmt(nxt) if nxt else None, undated=pos is None)


def reuse_section(v: SpeechView) -> Markup:
    """相同文字: how much of the speech occurs elsewhere, its closest sources (compare.py)."""
    return speech_section(v.idx, v.sid) if v.idx.reuse is not None else Markup()


#: The sections of a speech page around its text, in order; each is a function of the
#: SpeechView returning HTML ("" to leave it out). Another section slots in by adding it here.
BEFORE_TEXT = [toc_section]
AFTER_TEXT = [reuse_section, related_section, shared_section, cite_section, prevnext_section]


# --- lists and facet pages --------------------------------------------------------------

def speech_table(idx: SiteIndex, src: str, ids: Iterable[str], anchors: dict[str, str] | None = None) -> Markup:
    """Speeches in the given order, with the speech date (or, labelled, the source page's
    publication date when that is all that is known)."""
    rows = []
    for sid in ids:
        s = idx.speeches[sid]
        rows.append(dict(id=sid, date=s.date, published=s.published, title=chinese_quotes(s.title),
                         place=place_label(s), chars=s.chars, anchor=(anchors or {}).get(sid, "")))
    return fragment("speech_table.html", src=src, rows=rows)


def added_table(idx: SiteIndex, src: str, ids: Iterable[str]) -> Markup:
    """Speeches by the day they entered the archive (收录日期), with their own date beside."""
    rows = [dict(id=sid, added=idx.speeches[sid].added or "", date=idx.speeches[sid].date,
                 title=chinese_quotes(idx.speeches[sid].title), place=place_label(idx.speeches[sid]))
            for sid in ids]
    return fragment("added_table.html", src=src, rows=rows)


def _summary(idx: SiteIndex, fv: FacetValue, src: str) -> Markup:
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
        # Links made here, not in the template: a Jinja call costs ~7 µs more than a Python one.
        parts.append(dict(title=title, top=[(rel(src, lookup[k].url), lookup[k].label, n) for k, n in top],
                          more=len(c) if len(c) > SUMMARY_TOP else 0))
    return fragment("summary.html", parts=parts) if parts else Markup()


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
        body = render("facet_value.html", src=url, title=title, description=fv.description,
                      crumbs=[(routes.facet(fv.facet), facet_name)] + [(c.url, c.label) for c in crumbs_fv],
                      total=len(fv.ids), summary=_summary(idx, fv, url) if n == 1 else "",
                      list_order=LIST_ORDER, table=speech_table(idx, url, chunk),
                      pages=[dict(n=k, current=k == n, url=routes.numbered(fv.url, k))
                             for k in range(1, len(chunks) + 1)])
        pages.append((routes.source(url), page(front(title + (f"（第 {n} 页）" if n > 1 else ""),
                                                     f"{title}，共 {len(fv.ids)} 篇讲话。"), body)))
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
    tree = unknown = None
    items = list(values.values())
    if facet == "places":
        tree = [v for k, v in values.items() if v.parent is None and k != (UNKNOWN,)]
        unknown = values.get((UNKNOWN,))
    if facet == "themes":
        items.sort(key=lambda v: (-len(v.ids), v.url))
    if facet == "years":
        items.sort(key=lambda v: (v.key == (UNKNOWN,), [-int(v.key[0]) if v.key[0].isdigit() else 0]))
    return page(front(name, f"创城文库按{name}浏览：{intro}"),
                render("facet_index.html", src=src, name=name, intro=intro, tree=tree, unknown=unknown,
                       values=items))


# --- home and data ----------------------------------------------------------------------

def bars(rows: Sequence[tuple[str, str | None, int]], src: str) -> Markup:
    """A horizontal bar chart in plain HTML: (label, link target or None, value)."""
    return fragment("bars.html", rows=rows, src=src, top=max((v for _, _, v in rows), default=0) or 1)


def home_page(idx: SiteIndex) -> str:
    provinces = [v for k, v in idx.facets["places"].items() if len(k) == 1 and k != (UNKNOWN,)]
    facets = []
    for facet in ("themes", "places", "campaigns", "years", "levels"):
        vals = [v for v in idx.facets[facet].values() if v.parent is None]
        vals.sort(key=lambda v: (-len(v.ids), v.url))
        facets.append((routes.facet(facet), FACET_LABELS[facet], vals[:8]))
    return page(front("创城文库", "创城文库：地方政府创建文明城市、卫生城市的讲话稿开放文库，可按主题、地点、年份浏览和全文检索。"),
                render("home.html", src=routes.HOME, speeches=len(idx.speeches),
                       chars=sum(s.chars for s in idx.speeches.values()), provinces=len(provinces),
                       themes=len(idx.facets["themes"]), data=routes.DATA, feed=routes.FEED, facets=facets,
                       newest=added_table(idx, routes.HOME, idx.recently_added[:10])))


def field_doc(f: SchemaField) -> str:
    """What the 数据 page says of a field: its schema description, then any allowed values."""
    return f.description + ("：" + "、".join(f.allowed) if f.allowed else "") + "。"


def data_page(idx: SiteIndex, licence: dict | None = None, repo_url: str = "",
              site_name: str = "创城文库") -> str:
    src = routes.DATA
    fields = [(f.name, " | ".join(f.types), field_doc(f)) for f in schema_fields() if f.exported]
    years = [(v.label, v.url, len(v.ids)) for k, v in sorted(idx.facets["years"].items(),
             key=lambda kv: (kv[0] == (UNKNOWN,), kv[0]))]
    themes = sorted(((v.label, v.url, len(v.ids)) for v in idx.facets["themes"].values()), key=lambda r: (-r[2], r[1]))
    provs = sorted(((v.label, v.url, len(v.ids)) for k, v in idx.facets["places"].items() if len(k) == 1),
                   key=lambda r: (-r[2], r[1]))
    camps = sorted(((v.label, v.url, len(v.ids)) for v in idx.facets["campaigns"].values()), key=lambda r: (-r[2], r[1]))
    charts = [(hid, title, rows, max((n for _, _, n in rows), default=0) or 1)
              for hid, title, rows in (("by-year", "按年份", years), ("by-theme", "按主题", themes),
                                       ("by-province", "按省份", provs), ("by-campaign", "按创建类型", camps))]
    lic = licence or {}
    ss = idx.speeches.values()
    return page(front("数据", "下载创城文库全部讲话（JSONL、CSV）及字段说明、JSON Schema 和统计。"), render(
        "data.html", src=src, speeches=len(idx.speeches), jsonl=routes.JSONL, csv=routes.CSV,
        schema=routes.SCHEMA, code=lic.get("code", "MIT"), data=lic.get("data", "CC BY 4.0"),
        site_name=site_name, about=rel(src, routes.ABOUT + "#licence"),
        issues=routes.issues(repo_url) if repo_url else "", fields=fields, list_fields="、".join(LIST_FIELDS),
        charts=charts,
        lengths=sorted(s.chars for s in ss), truncated=sum(s.truncated for s in ss),
        masked=sum(s.masked for s in ss)))


def passage_page(idx: SiteIndex, cs: CommonSentence) -> str:
    """Every speech that has one common sentence (see index.PAIR_SPREAD)."""
    title = f"常见句子：{_head(cs.text, 20)}"
    where = dict(cs.where)
    ids = sorted(where, key=lambda i: list_key(idx.speeches[i]))
    return page(front(title, f"这句话见于创城文库的 {len(cs.where)} 篇讲话：{chinese_quotes(cs.text)}"), render(
        "passage.html", title=title, text=chinese_quotes(cs.text), total=len(cs.where), list_order=LIST_ORDER,
        table=speech_table(idx, cs.url, ids, {i: f"#p{where[i]}" for i in ids})))


def schema_json(schema: dict) -> str:
    return json.dumps(schema, ensure_ascii=False, indent=1, sort_keys=False) + "\n"
