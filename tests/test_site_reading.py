"""Reading features (issue 12) on planted corpora with known answers: date ordering,
related speeches ranked by shared text, every shared passage reachable with the right
counts, citations, contents, descriptions, notices, and the theme-level pages.

Oracles are brute force over the planted texts, never the index's own data."""
from __future__ import annotations

import random
import re
from collections import defaultdict
from pathlib import Path

import pytest

from build_tools.dedup import fingerprint_text
from build_tools.record import Speech, count_chars
from build_tools.site import build_site, generate_docs
from build_tools.site import index as site_index
from build_tools.site.cite import bibtex, gbt7714, ris
from build_tools.site.index import build_index, description, list_key, sentences
from build_tools.site.outline import outline
from site_support import SOURCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
HAN = [chr(c) for c in range(0x4E00, 0x4E00 + 3000)]


def _speech(sid: str, paras: list[str], **kw) -> Speech:
    text = "\n\n".join(paras)
    base = dict(id=sid, title=f"讲话{sid[-4:]}", province="浙江省", city="杭州市", level="市",
                sources=[{"raw": "raw/0123456789abcdef.txt", "site": "测试网", "part": None, "file": None}])
    base.update(kw)
    return Speech(text=text, chars=count_chars(text), **base)


def _sentence(rng: random.Random) -> str:
    return "".join(rng.choice(HAN) for _ in range(rng.randint(20, 36))) + "。"


def _para(rng: random.Random, n: int = 3) -> str:
    return "".join(_sentence(rng) for _ in range(n))


def _write(corpus: Path, speeches: list[Speech]) -> Path:
    (corpus / "speeches").mkdir(parents=True)
    for s in speeches:
        (corpus / "speeches" / f"{s.id}.md").write_text(s.to_text(), encoding="utf-8")
    return corpus


# --- dates ------------------------------------------------------------------------------

def test_list_order_dates_then_publication_then_none():
    ss = [_speech("a-0001", ["甲"], date="2021-03-15"), _speech("a-0002", ["乙"], date="2021"),
          _speech("a-0003", ["丙"], date="2023-01-01", published="2020-01-01"),
          _speech("a-0004", ["丁"], published="2024-11-20"), _speech("a-0005", ["戊"], published="2019-05-01"),
          _speech("a-0006", ["己"]), _speech("a-0007", ["庚"], date="2021-12")]
    got = [s.id for s in sorted(ss, key=list_key)]
    # 2023 > 2021-12 > 2021-03-15 > 2021 (a year alone after its dated speeches); then the
    # publication-only ones by publication date; the speech with no date at all last.
    assert got == ["a-0003", "a-0007", "a-0001", "a-0002", "a-0004", "a-0005", "a-0006"]
    idx = build_index(ss)
    assert idx.order == ["a-0002", "a-0001", "a-0007", "a-0003"]       # prev/next: speech dates only


# --- related speeches and shared passages on a planted corpus -----------------------------

@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """24 unrelated speeches, and planted copying:
    * copy-half copies half of source's paragraphs; copy-one copies one sentence of source
      (into two of its paragraphs);
    * same-place-a/b: same district, no shared text (place names must not relate them);
    * many-*: a long speech sharing 40 paragraphs with 40 speeches (the old cap was 30);
    * a template sentence in 8 speeches (pairs) and one in PAIR_SPREAD + 5 (common page)."""
    rng = random.Random(7)
    speeches: dict[str, list[str]] = {f"x-{i:04d}": [_para(rng) for _ in range(6)] for i in range(24)}
    source = [_para(rng) for _ in range(8)]
    speeches["source-0001"] = source
    speeches["copy-half-0001"] = [source[i] if i % 2 == 0 else _para(rng) for i in range(8)]
    copied = source[1].split("。")[0] + "。"
    # The copied sentence twice in this speech: every paragraph that has it must be listed.
    speeches["copy-one-0001"] = [_para(rng) for _ in range(4)] + [_sentence(rng) + copied, copied + _sentence(rng)]
    many = [_para(rng, 1) for _ in range(40)]
    speeches["many-0001"] = many
    for i in range(40):
        speeches[f"many-{i + 2:04d}"] = [_para(rng), many[i], _para(rng)]
    tmpl8, tmpl_common = _sentence(rng), _sentence(rng)
    for i in range(8):
        speeches[f"x-{i:04d}"][2] += tmpl8
    for i in range(site_index.PAIR_SPREAD + 5):
        speeches[f"many-{i + 2:04d}"][0] += tmpl_common
    place = dict(province="四川省", city="成都市", district="锦江区")
    extra = {"same-place-a001": dict(place, title="锦江区动员"),
             "same-place-b001": dict(place, title="成都市锦江区部署")}
    for sid in extra:
        speeches[sid] = [f"锦江区{_para(rng)}锦江区成都市四川省锦江", _para(rng), "锦江区锦江区成都成都锦江区。"]
    objs = [_speech(sid, paras, date=f"2020-01-{i % 28 + 1:02d}", **extra.get(sid, {}))
            for i, (sid, paras) in enumerate(sorted(speeches.items()))]
    corpus = _write(tmp_path_factory.mktemp("planted"), objs)
    tmp = tmp_path_factory.mktemp("planted-docs")
    idx = generate_docs(corpus, tmp / "docs", echo=lambda *a: None, sources=SOURCES)
    return idx, tmp / "docs", {s.id: s for s in objs}


def _occurrences(by_id: dict[str, Speech]) -> dict[str, set[tuple[str, int]]]:
    """Brute force: normalised sentence → every (speech, paragraph) it is in."""
    occ: dict[str, set] = defaultdict(set)
    for s in by_id.values():
        for pi, p in enumerate(s.paragraphs, 1):
            for sent in sentences(p):
                n = fingerprint_text(sent)
                if len(n) >= site_index.MIN_SENTENCE:
                    occ[n].add((s.id, pi))
    return occ


def test_the_speech_sharing_most_text_is_listed_first(planted):
    idx, _, _ = planted
    rel = lambda sid: [r.other for r in idx.related[sid]]          # noqa: E731
    assert rel("copy-half-0001")[0] == "source-0001"
    assert rel("source-0001")[0] == "copy-half-0001"
    assert rel("source-0001")[1] == "copy-one-0001"
    assert rel("copy-one-0001")[0] == "source-0001"
    # The same place and the same kind of title, but no shared wording: not related.
    assert "same-place-b001" not in rel("same-place-a001")


def test_shared_text_ranking_matches_brute_force(planted):
    idx, _, by_id = planted
    chars: dict[tuple[str, str], int] = defaultdict(int)
    for norm, where in _occurrences(by_id).items():
        ids = {sid for sid, _ in where}
        if 2 <= len(ids) <= site_index.PAIR_SPREAD:
            for a in ids:
                for b in ids - {a}:
                    chars[(a, b)] += len(norm)
    for sid, items in idx.related.items():
        shared = [r for r in items if r.shared_chars]
        want = sorted(((b, n) for (a, b), n in chars.items() if a == sid), key=lambda x: (-x[1], x[0]))
        assert [(r.other, r.shared_chars) for r in shared] == want[:len(shared)]
        # Every listed speech is either sharing text or similar enough.
        assert all(r.shared_chars or r.similarity >= site_index.MIN_RELATED for r in items)
        if want:
            assert items, f"{sid} shares text but lists no related speech"


def test_every_shared_passage_is_on_the_page_and_every_link_is_right(planted):
    idx, docs, by_id = planted
    occ = _occurrences(by_id)
    want: dict[str, set] = defaultdict(set)        # sid → {(para, other, other_para)}
    common: dict[str, set] = defaultdict(set)      # sid → {para} with a common sentence
    for where in occ.values():
        ids = {sid for sid, _ in where}
        if len(ids) < 2:
            continue
        for sid, pi in where:
            if len(ids) > site_index.PAIR_SPREAD:
                common[sid].add(pi)
            else:
                want[sid] |= {(pi, o, opi) for o, opi in where if o != sid}
    assert len(want["many-0001"]) == 40               # more than the old cap of 30
    for sid in by_id:
        page = (docs / "speeches" / f"{sid}.md").read_text("utf-8")
        section = page.split('id="shared"')[1].split('id="cite"')[0]
        got = set()
        for item in section.split("<li>")[1:]:
            para = int(re.match(r'<a href="#p(\d+)"', item).group(1))
            got |= {(para, o, int(op)) for o, op in re.findall(r'href="\.\./([a-z0-9-]+)/#p(\d+)"', item)}
            if para in common[sid]:
                assert 'href="../../passages/' in item
        assert got == want[sid], sid
        assert len(section.split("<li>")) - 1 == len({p for p, _, _ in want[sid]} | common[sid])


def test_count_shown_is_about_the_quoted_sentence(planted):
    idx, docs, by_id = planted
    occ = _occurrences(by_id)
    checked = 0
    for sid in by_id:
        page = (docs / "speeches" / f"{sid}.md").read_text("utf-8")
        for quote, n in re.findall(r"<blockquote>(.*?)</blockquote>\n<p class=\"cc-dim\">此句共见于 (\d+) 篇", page):
            assert len({o for o, _ in occ[fingerprint_text(quote)]}) == int(n), (sid, quote)
            checked += 1
    assert checked > 50


def test_common_sentence_page_lists_every_occurrence(planted):
    idx, docs, by_id = planted
    assert len(idx.common) == 1
    cs = next(iter(idx.common.values()))
    page = (docs / "passages" / f"{cs.key}.md").read_text("utf-8")
    links = set(re.findall(r'href="\.\./\.\./speeches/([a-z0-9-]+)/#p(\d+)"', page))
    assert links == {(f"many-{i + 2:04d}", "1") for i in range(site_index.PAIR_SPREAD + 5)}
    assert f"<strong>{site_index.PAIR_SPREAD + 5}</strong> 篇" in page


def test_long_lists_collapse_behind_expand_all(planted):
    _, docs, _ = planted
    page = (docs / "speeches" / "x-0000.md").read_text("utf-8")   # the 8-speech template sentence
    assert "展开全部 7 处" in page


# --- citation, contents, descriptions, notices ---------------------------------------------

def test_gbt7714_bibtex_ris():
    s = _speech("2021-xihu-a1b2c3", ["正文。"], title="在西湖区{创建}_工作会上的讲话", speaker="区委书记王建国",
                date="2021-03-15", published="2021-03-20")
    url = "https://example.org/speeches/2021-xihu-a1b2c3/"
    head, tail = gbt7714(s, url)
    assert head + "[2026-01-02]" + tail == (
        "区委书记王建国. 在西湖区{创建}_工作会上的讲话[EB/OL]. (2021-03-15)[2026-01-02]. "
        "https://example.org/speeches/2021-xihu-a1b2c3/.")
    anon = _speech("nd-0000aa", ["正文。"], title="讲话", published="2024-11-20")
    assert gbt7714(anon, url)[0] == "佚名. 讲话[EB/OL]. (2024-11-20)"
    assert gbt7714(_speech("nd-0000ab", ["正文。"], title="讲话"), url)[0] == "佚名. 讲话[EB/OL]. "
    bh, bt = bibtex(s, url)
    bib = bh + "2026-01-02" + bt
    assert bib.startswith("@misc{ccwk-2021-xihu-a1b2c3,\n") and bib.endswith("}\n")
    assert r"title = {在西湖区\{创建\}\_工作会上的讲话}," in bib
    assert "urldate = {2026-01-02}" in bib and "date = {2021-03-15}" in bib
    assert bib.count("{") == bib.count("}") + bib.count(r"\{") - bib.count(r"\}")
    rh, rt = ris(s, url)
    lines = (rh + "2026-01-02" + rt).splitlines()
    assert lines[0] == "TY  - ELEC" and lines[-1].rstrip() == "ER  -"
    assert "Y2  - 2026-01-02" in lines and "DA  - 2021/03/15" in lines and f"UR  - {url}" in lines
    assert all(re.fullmatch(r"[A-Z][A-Z0-9]  - .*", ln) for ln in lines[:-1])


def test_contents_from_own_headings():
    paras = ["同志们：", "一、统一思想，提高认识。创建工作是……", "（一）加强领导", "（二）落实责任。要……",
             "二、突出重点 11月29日上午，全市召开了会议。", "正文。"]
    tree = outline(paras)
    assert [(h.text, h.para) for h in tree] == [("一、统一思想，提高认识", 2), ("二、突出重点", 5)]
    assert [(h.text, h.para) for h in tree[0].children] == [("（一）加强领导", 3), ("（二）落实责任", 4)]
    assert outline(["一、只有一个标题", "正文。"]) == []


def test_description_starts_at_the_first_real_sentence():
    s = _speech("a-0001", ["各位领导、同志们：", "今天召开推进会。主要任务是部署工作。"], date="2021-03-15",
                district="西湖区")
    assert description(s) == "浙江省杭州市西湖区，讲话日期 2021-03-15：今天召开推进会。"
    bare = _speech("a-0002", ["同志们：", "今天召开推进会。"], province=None, city=None)
    assert description(bare) == "今天召开推进会。"


def test_truncation_notice_says_only_what_is_known(fixture_docs):
    page = (fixture_docs / "speeches" / "nd-masked-0a0b0c.md").read_text("utf-8")
    notice = re.search(r'<p class="cc-notice cc-notice--truncated">(.*?)</p>', page, re.S).group(1)
    text = (FIXTURE / "speeches" / "nd-masked-0a0b0c.md").read_text("utf-8")
    assert "来源页面只显示了部分内容" in notice and "5200" in notice
    assert ("……" in notice) == ("……" in text.split("---", 2)[2])


@pytest.fixture(scope="module")
def fixture_docs(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reading-docs")
    generate_docs(FIXTURE, tmp / "docs", echo=lambda *a: None, sources=SOURCES)
    return tmp / "docs"


# --- the built site: titles, 404, no other hosts ----------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("reading-site")
    build_site(FIXTURE, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work")
    return tmp / "site"


def test_titles_are_not_doubled(site):
    assert "<title>创城文库</title>" in (site / "index.html").read_text("utf-8")
    for page in site.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        title = re.search(r"<title>(.*?)</title>", page.read_text("utf-8")).group(1)
        assert title.count("创城文库") <= 1 or page.name == "index.html" and "创城文库 -" not in title, page


def test_chinese_404_with_search_and_facets(site):
    html = (site / "404.html").read_text("utf-8")
    assert "页面不存在" in html and "Not found" not in html
    assert 'id="cc-search"' in html
    for facet in ("themes", "places", "campaigns", "years", "levels"):
        assert f'href="/chuangcheng-wenku/{facet}/"' in html


def test_no_request_to_another_host(site):
    for page in site.rglob("*.html"):
        if "pagefind" in page.parts:
            continue
        html = page.read_text("utf-8")
        assert 'data-md-component="source"' not in html          # the GitHub API widget
        for tag, url in re.findall(r'<(script|link|img|iframe)\b[^>]*?(?:src|href)="([^"]+)"', html):
            if tag == "link" and re.search(r'rel="(?:alternate|canonical)"', html):
                pass
            assert not re.match(r"(?:https?:)?//", url) or tag == "link" and (
                "example.github.io" in url), (page, tag, url)


def test_licence_in_footer_about_and_data(site):
    for rel in ("index.html", "about/index.html", "data/index.html"):
        html = (site / rel).read_text("utf-8")
        assert "CC BY 4.0" in html and "MIT" in html and "删除" in html, rel
