"""The built site: pages, facets, links, escaping, feed, determinism.

Each corpus is built once per module (fixture corpus always; the real corpus/ unless it
has no speeches yet) with the same entry point `make site` uses.
"""
from __future__ import annotations

import gzip
import json
import re
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from build_tools.corpus import load_corpus
from build_tools.site import SiteBuildError, build_site
from site_support import SOURCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
REAL = ROOT / "corpus"
SITE_PREFIX = "/chuangcheng-wenku/"      # path of site_url in mkdocs.yml
XSS_ID = "2021-chengdu-e0e0e0"


def _corpora():
    yield pytest.param(FIXTURE, id="fixture")
    has_real = any((REAL / "speeches").glob("*.md")) if (REAL / "speeches").is_dir() else False
    yield pytest.param(REAL, id="real", marks=pytest.mark.skipif(
        not has_real, reason="corpus/speeches is empty: the real corpus has not landed yet"))


class Built:
    def __init__(self, corpus: Path, site: Path, idx):
        self.corpus, self.site, self.idx = corpus, site, idx

    def html(self, rel: str) -> str:
        return (self.site / rel).read_text("utf-8")


@pytest.fixture(scope="module", params=list(_corpora()))
def built(request, tmp_path_factory) -> Built:
    corpus = request.param
    tmp = tmp_path_factory.mktemp(f"site-{corpus.name}")
    idx = build_site(corpus, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    return Built(corpus, tmp / "site", idx)


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Built:
    tmp = tmp_path_factory.mktemp("site-fixture-b")
    idx = build_site(FIXTURE, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    return Built(FIXTURE, tmp / "site", idx)


class Links(HTMLParser):
    """Collects tags with attributes, ids, and the visible text."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.refs: list[tuple[str, str, str]] = []
        self.ids: set[str] = set()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self._stack: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.tags.append((tag, a))
        if a.get("id"):
            self.ids.add(a["id"])
        for key in ("href", "src"):
            if a.get(key) is not None:
                self.refs.append((tag, key, a[key]))
        self._stack.append(tag)

    def handle_endtag(self, tag):
        if self._stack and self._stack[-1] == tag:
            self._stack.pop()

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> Links:
    p = Links()
    p.feed(path.read_text("utf-8"))
    return p


def resolve(site: Path, page: Path, ref: str) -> tuple[Path | None, str]:
    """The file a reference points to (None when external) and its fragment."""
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        return None, ""
    path = unquote(parts.path)
    if path.startswith("/"):
        assert path.startswith(SITE_PREFIX), f"absolute link outside the site: {ref}"
        target = site / path[len(SITE_PREFIX):]
    elif path == "":
        target = page
    else:
        target = page.parent / path
    target = Path(*[p for p in target.parts]).resolve()
    if target.is_dir():
        target = target / "index.html"
    return target, parts.fragment


# --- pages ------------------------------------------------------------------------------

def test_a_page_per_speech_with_numbered_paragraphs(built):
    speeches = load_corpus(built.corpus)
    assert speeches and len(built.idx.speeches) == len(speeches)
    for s in speeches:
        page = built.site / "speeches" / s.id / "index.html"
        assert page.is_file(), s.id
        p = parse(page)
        n = len(s.paragraphs)
        assert {f"p{i}" for i in range(1, n + 1)} <= p.ids
        assert f"p{n + 1}" not in p.ids
        text = "".join(p.text)
        assert s.title in text
        for label in ("讲话日期", "发布日期", "地点", "层级", "讲话人", "创建类型", "文体", "字数", "来源",
                      "相关讲话", "相同段落", "引用"):
            assert label in text, (s.id, label)
        # Edit button opens the corpus entry.
        assert f"edit/main/corpus/speeches/{s.id}.md" in page.read_text("utf-8")


def test_search_indexes_every_speech_and_nothing_else(built):
    idx = built.site / "search" / "idx"
    meta = json.loads((idx / "meta.json").read_text("utf-8"))
    assert meta["n"] == len(built.idx.speeches)
    ids = [row[0] for p in sorted((idx / "d").glob("*.json"), key=lambda p: int(p.stem))
           for row in json.loads(p.read_text("utf-8"))]
    assert sorted(ids) == sorted(built.idx.speeches)
    # The results page is built, and only shard and big-list files sit beside the index.
    assert (built.site / "search" / "index.html").is_file()
    assert {p.name for p in idx.iterdir()} == {"meta.json", "facets.json", "d", "s", "x"}


def test_every_facet_value_has_a_page_and_links_are_two_way(built):
    site, idx = built.site, built.idx
    for sid, values in idx.speech_facets.items():
        speech_page = site / "speeches" / sid / "index.html"
        targets = {resolve(site, speech_page, ref)[0] for _, k, ref in parse(speech_page).refs if k == "href"}
        for fv in values:
            value_page = site / fv.url / "index.html"
            assert value_page.is_file(), fv.url
            assert value_page in targets, f"{sid} does not link to {fv.url}"
            # The value page (or one of its continuation pages) links back.
            pages = [value_page] + sorted((site / fv.url).glob("page-*/index.html"))
            back = set()
            for vp in pages:
                back |= {resolve(site, vp, ref)[0] for _, k, ref in parse(vp).refs if k == "href"}
            assert speech_page in back, f"{fv.url} does not link back to {sid}"
    # Every facet index page lists each of its values.
    for facet, values in idx.facets.items():
        index_page = site / facet / "index.html"
        targets = {resolve(site, index_page, ref)[0] for _, k, ref in parse(index_page).refs if k == "href"}
        for fv in values.values():
            assert site / fv.url / "index.html" in targets, fv.url


def test_facet_pages_count_and_summarise(built):
    site, idx = built.site, built.idx
    for fv in [v for values in idx.facets.values() for v in values.values()]:
        text = "".join(parse(site / fv.url / "index.html").text)
        assert f"共 {len(fv.ids)} 篇讲话" in text
    # A city page shows its themes; a theme page shows its cities.
    for key, fv in idx.facets["places"].items():
        if len(key) == 2:
            text = "".join(parse(site / fv.url / "index.html").text)
            themes = {t for sid in fv.ids for t in idx.speeches[sid].themes}
            assert all(t in text for t in themes)
    for fv in idx.facets["themes"].values():
        text = "".join(parse(site / fv.url / "index.html").text)
        cities = {idx.speeches[sid].city for sid in fv.ids if idx.speeches[sid].city}
        assert all(c in text for c in cities)


def test_newest_first_on_value_pages(built):
    # Speech dates newest first, then publication-only (newest first), then neither.
    for fv in [v for values in built.idx.facets.values() for v in values.values()]:
        ss = [built.idx.speeches[s] for s in fv.ids]
        kinds = [0 if s.date else 1 if s.published else 2 for s in ss]
        assert kinds == sorted(kinds)
        for kind, field in ((0, "date"), (1, "published")):
            dates = [getattr(s, field) for s, k in zip(ss, kinds, strict=True) if k == kind]
            assert dates == sorted(dates, reverse=True)


def test_no_broken_internal_link_anywhere(built):
    site = built.site
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > len(built.idx.speeches)
    ids_cache: dict[Path, set[str]] = {}
    checked = 0
    for page in pages:
        for _tag, key, ref in parse(page).refs:
            assert not ref.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (page, ref)
            target, frag = resolve(site, page, ref)
            if target is None:
                continue
            assert target.exists(), f"{page.relative_to(site)}: broken {key}={ref}"
            if frag and target.suffix == ".html" and re.fullmatch(r"p\d+|title|related|shared|cite|text", frag):
                if target not in ids_cache:
                    ids_cache[target] = parse(target).ids
                assert frag in ids_cache[target], f"{page.relative_to(site)}: missing anchor {ref}"
            checked += 1
    assert checked > 100


def test_navigation_does_not_list_speeches(built):
    # Page size must not grow with the corpus: a speech page links only to its related
    # speeches, the speeches it shares sentences with (each sentence with at most
    # PAIR_SPREAD - 1 others; commoner sentences have pages of their own) and previous/next.
    idx = built.idx
    for sid in idx.speeches:
        html = (built.site / "speeches" / sid / "index.html").read_text("utf-8")
        others = set(re.findall(r'href="[^"]*?speeches/([a-z0-9-]+)/', html)) - {sid}
        allowed = {r.other for r in idx.related[sid]} | {p.other for p in idx.shared[sid]}
        pos = idx.rank.get(sid)
        if pos is not None:
            allowed |= set(idx.order[max(pos - 1, 0):pos + 2])
        assert others <= allowed, (sid, others - allowed)
    home = built.html("index.html")
    assert len(set(re.findall(r'href="[^"]*?speeches/([a-z0-9-]+)/', home))) <= 10


def test_site_basics(built):
    site = built.site
    assert (site / "404.html").is_file()
    home = built.html("index.html")
    assert re.search(r'<html lang="zh', home)
    assert re.search(r'<link rel="alternate" type="application/atom\+xml"[^>]+href="feed.xml"', home)
    assert 'id="cc-search"' in home and "assets/cc-search.js" in home
    assert "<meta name=\"description\"" in home
    sitemap = (site / "sitemap.xml").read_text("utf-8")
    for sid in built.idx.speeches:
        assert f"https://example.github.io/chuangcheng-wenku/speeches/{sid}/" in sitemap
    assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()).decode("utf-8") == sitemap
    # Material's lunr search is off; ours is on.
    assert not (site / "search" / "search_index.json").exists()
    assert (site / "search" / "idx" / "meta.json").is_file()


def test_feed_is_valid_atom(built):
    root = ET.fromstring((built.site / "feed.xml").read_bytes())
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = root.findall("a:entry", ns)
    assert len(entries) == min(50, len(built.idx.speeches))
    # Newest additions first (by `added`, then id), dated or not: computed from the entries.
    speeches = load_corpus(built.corpus)
    want = sorted(speeches, key=lambda s: (s.added or "", s.id), reverse=True)[:50]
    got = [e.find("a:id", ns).text.rstrip("/").rsplit("/", 1)[1] for e in entries]
    assert got == [s.id for s in want]
    for e, s in zip(entries, want, strict=True):
        assert e.find("a:updated", ns).text == f"{s.added}T00:00:00Z"
    for e in entries:
        assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", e.find("a:updated", ns).text)


def test_data_page_downloads(built):
    data = built.site / "data"
    lines = gzip.decompress((data / "speeches.jsonl.gz").read_bytes()).decode("utf-8").splitlines()
    assert len(lines) == len(built.idx.speeches)
    assert [json.loads(x)["id"] for x in lines] == sorted(built.idx.speeches)
    csv_text = gzip.decompress((data / "speeches.csv.gz").read_bytes()).decode("utf-8")
    assert csv_text.splitlines()[0].startswith("\ufeffid,title,")
    from build_tools.export import export_corpus
    assert csv_text == export_corpus(built.corpus, "csv")
    assert json.loads((data / "schema.json").read_text("utf-8")) == json.loads(
        (ROOT / "build_tools" / "schema.json").read_text("utf-8"))
    text = "".join(parse(data / "index.html").text)
    for field in ("province", "themes", "truncated", "按年份", "按主题", "按省份"):
        assert field in text
    assert text.count("cc-bar") == 0 and built.html("data/index.html").count('class="cc-bar"') >= 3


# --- fixture-specific behaviour ---------------------------------------------------------

def test_untrusted_text_renders_as_text(fixture_site):
    page = fixture_site.site / "speeches" / XSS_ID / "index.html"
    raw = page.read_text("utf-8")
    p = parse(page)
    text = "".join(p.text)
    assert "<script>alert(1)</script>" in text
    assert "<img src=x onerror=alert(1)>" in text
    assert "[点击这里](javascript:alert(1))" in text
    assert "{{ config.site_name }}" in text and "{% include 'x' %}" in text
    assert "<h1>逃逸尝试</h1>" in text and "# 这不是标题" in text
    assert not any(a.get("onerror") is not None for _, a in p.tags)
    assert not any(t == "img" and a.get("src") == "x" for t, a in p.tags)
    assert [a for t, a in p.tags if t == "h1"] == [{"id": "title"}]
    assert "<script>alert" not in raw and "<img src=x" not in raw
    assert "<b>加粗</b>" not in raw
    # Title and description in <head> are made inert too.
    head = raw.split("</head>")[0]
    assert "<script>alert" not in head and "＜script＞" in head
    # Feed and search index carry it as text.
    assert b"<script>alert" not in (fixture_site.site / "feed.xml").read_bytes()


def test_slug_collision_and_unknown_place(fixture_site):
    places = fixture_site.idx.facets["places"]
    assert places[("浙江省",)].url == "places/zhejiang-sheng/"
    assert places[("浙江省", "杭州市", "西湖区")].url == "places/zhejiang-sheng/hangzhou-shi/xihu-qu/"
    assert {places[("山西省",)].url, places[("陕西省",)].url} == {"places/shan1xi1-sheng3/", "places/shan3xi1-sheng3/"}
    unknown = places[("unknown",)]
    assert unknown.ids == ["nd-masked-0a0b0c"]
    for path in fixture_site.site.rglob("*"):
        rel = path.relative_to(fixture_site.site).as_posix()
        assert re.fullmatch(r"[A-Za-z0-9._/-]+", rel), rel


def test_masked_and_truncated_notice(fixture_site):
    text = "".join(parse(fixture_site.site / "speeches" / "nd-masked-0a0b0c" / "index.html").text)
    assert "全文不完整" in text and "名称已隐去" in text and "5200" in text
    clean = "".join(parse(fixture_site.site / "speeches" / "2019-xian-040506" / "index.html").text)
    assert "全文不完整" not in clean and "名称已隐去" not in clean


def test_shared_passages_and_related(fixture_site):
    idx = fixture_site.idx
    shared = idx.shared["2021-xihu-a1b2c3"]
    pairs = {(p.para, p.other, p.other_para) for p in shared}
    assert (2, "2022-hangzhou-d4e5f6", 2) in pairs       # SHARED_A
    assert (5, "2022-hangzhou-d4e5f6", 4) in pairs       # SHARED_B
    assert (5, "2020-lixia-aabbcc", 4) in pairs
    assert not idx.shared["2019-taiyuan-010203"]
    html = (fixture_site.site / "speeches" / "2021-xihu-a1b2c3" / "index.html").read_text("utf-8")
    assert 'href="../2022-hangzhou-d4e5f6/#p2"' in html
    related = [r.other for r in idx.related["2021-xihu-a1b2c3"]]
    assert related[0] == "2022-hangzhou-d4e5f6"
    assert "2019-taiyuan-010203" not in related[:1]


def test_prev_next_by_date(fixture_site):
    order = fixture_site.idx.order
    # Speech dates only: the undated entry (published 2024-11-20) is not the newest either.
    assert order[0] == "2019-xian-040506" and order[-1] == "2023-ningbo-778899"
    assert "nd-masked-0a0b0c" not in order
    undated = (fixture_site.site / "speeches" / "nd-masked-0a0b0c" / "index.html").read_text("utf-8")
    assert 'class="cc-prev"' not in undated and 'class="cc-next"' not in undated
    assert "讲话日期不详" in undated
    html = (fixture_site.site / "speeches" / order[1] / "index.html").read_text("utf-8")
    assert f'href="../{order[0]}/" class="cc-prev"' in html
    assert f'href="../{order[2]}/" class="cc-next"' in html


def test_two_builds_are_byte_identical(fixture_site, tmp_path):
    build_site(FIXTURE, tmp_path / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "work")
    a = {p.relative_to(fixture_site.site).as_posix(): p.read_bytes()
         for p in sorted(fixture_site.site.rglob("*")) if p.is_file()}
    b = {p.relative_to(tmp_path / "site").as_posix(): p.read_bytes()
         for p in sorted((tmp_path / "site").rglob("*")) if p.is_file()}
    assert sorted(a) == sorted(b)
    differ = [k for k in a if a[k] != b[k]]
    assert not differ, differ[:10]


def test_strict_mode_fails_on_a_broken_link(tmp_path):
    from build_tools.site import SiteSources
    docs = tmp_path / "docs"
    for src in SOURCES.handwritten.rglob("*"):
        if src.is_file():
            dst = docs / src.relative_to(SOURCES.handwritten)
            dst.parent.mkdir(parents=True, exist_ok=True)
            dst.write_bytes(src.read_bytes())
    (docs / "about.md").write_text("# 关于\n\n[坏链接](no-such-page.md)\n", encoding="utf-8")
    sources = SiteSources(config=SOURCES.config, handwritten=docs)
    with pytest.raises(SiteBuildError, match="strict"):
        build_site(FIXTURE, tmp_path / "site", echo=lambda *a: None, sources=sources, work_dir=tmp_path / "work")


def test_empty_corpus_is_a_clear_error(tmp_path):
    # Site and work folders beside the corpus, not inside it (the build refuses those).
    (tmp_path / "c" / "speeches").mkdir(parents=True)
    with pytest.raises(SiteBuildError, match="语料中没有讲话"):
        build_site(tmp_path / "c", tmp_path / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "work")


def test_home_lists_newest_additions_by_added(built):
    """最新收录: the ten latest entries by the day they entered the archive, undated
    speeches included, each row naming that day (收录日期) and the speech's own date."""
    speeches = load_corpus(built.corpus)
    want = sorted(speeches, key=lambda s: (s.added or "", s.id), reverse=True)[:10]
    home = built.html("index.html")
    table = home.split('id="newest"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r'<tr><td class="cc-date"><time datetime="([^"]*)">[^<]*</time></td>'
                      r'<td><a href="speeches/([a-z0-9-]+)/"', table)
    assert rows == [(s.added, s.id) for s in want]


def test_undated_speech_added_last_heads_the_newest(fixture_site):
    """In the fixture the undated, masked speech entered the archive last."""
    home = fixture_site.html("index.html")
    first = re.search(r'id="newest".*?<tbody>\s*<tr><td class="cc-date"><time datetime="([^"]*)">'
                      r'[^<]*</time></td><td><a href="speeches/([a-z0-9-]+)/"', home, re.S)
    assert first.groups() == ("2026-03-01", "nd-masked-0a0b0c")


def _card(page: str) -> dict[str, str]:
    card = page.split('<dl class="cc-card">', 1)[1].split("</dl>", 1)[0]
    return dict(re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", card))


def test_review_fields_marked_unchecked(built):
    """A field ingest was unsure of is marked 待核 on its card row, and the notice names it
    and says how to correct it; nothing else is marked."""
    from build_tools.record import field_label, review_field
    rows = {"date": "讲话日期", "place": "地点", "speaker": "讲话人", "level": "层级",
            "campaign": "创建类型", "genre": "文体"}
    for s in load_corpus(built.corpus):
        page = built.html(f"speeches/{s.id}/index.html")
        card = _card(page)
        marked = {k for k, v in card.items() if "cc-review" in v}
        assert marked == {rows[review_field(f)] for f in s.review if review_field(f) in rows}, s.id
        notice = re.search(r'<p class="cc-notice cc-notice--review">(.*?)</p>', page)
        if not s.review:
            assert notice is None and "待核" not in page, s.id
            continue
        names = re.search(r"<strong>待核：</strong>(.*?)由程序自动提取", notice.group(1)).group(1)
        assert names.split("、") == [field_label(f) for f in s.review], s.id
        assert f"edit/main/corpus/speeches/{s.id}.md" in notice.group(1)


def test_every_speech_page_links_an_error_report(built):
    from urllib.parse import parse_qs
    for s in load_corpus(built.corpus):
        page = built.html(f"speeches/{s.id}/index.html")
        links = re.findall(r'<a href="([^"]+)">报告错误</a>', page)
        assert links, s.id
        for href in links:
            url = urlsplit(href.replace("&amp;", "&"))
            assert url.path.endswith("/issues/new")
            q = parse_qs(url.query)
            assert q["template"] == ["report-error.yml"]
            assert q["speech"] == [s.id]
            assert q["title"] == [f"[纠错] 《{s.title}》"]
    form = (ROOT / ".github" / "ISSUE_TEMPLATE" / "report-error.yml").read_text("utf-8")
    assert re.search(r"^\s+id: speech$", form, re.M)   # the field the link fills in


def test_contributing_page_links_the_no_code_forms(fixture_site):
    """The 参与贡献 page sends a contributor without code to the issue forms of this
    deployment's repository (mkdocs.yml repo_url)."""
    from build_tools.site import _config_values
    repo = str(_config_values(SOURCES.config)["repo_url"]).rstrip("/")
    page = fixture_site.html("contributing/index.html")
    hrefs = set(re.findall(r'href="([^"]+)"', page))
    for form in ("suggest-speech.yml", "report-error.yml"):
        assert f"{repo}/issues/new?template={form}" in hrefs
        assert (ROOT / ".github" / "ISSUE_TEMPLATE" / form).is_file()
    assert "@REPO_URL@" not in page
