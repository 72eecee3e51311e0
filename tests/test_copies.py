"""Who copied what: the sameness rule (ingest, check), shares and highlights against a
brute-force oracle and the planted copying of tests/fixtures/copy_corpus, template
families, and the generated 相同文字 / 对照 / 模板家族 pages."""
from __future__ import annotations

import dataclasses
import json
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools import reuse
from build_tools.corpus import load_corpus
from build_tools.dedup import fingerprint_text
from build_tools.record import Speech
from build_tools.sameness import NEW, SAME, UNRELATED, judge
from build_tools.site import build_site
from build_tools.site.index import sort_date
from site_support import SOURCES
from ingest_support import cli, empty_corpus, entries, tree_hash

ROOT = Path(__file__).resolve().parent.parent
COPY = ROOT / "tests" / "fixtures" / "copy_corpus"
sys.path.insert(0, str(COPY))
from generate import speeches as planted_speeches  # noqa: E402

SPECS, PLANTED = planted_speeches()


@pytest.fixture(scope="module")
def corpus() -> dict[str, Speech]:
    return {s.id: s for s in load_corpus(COPY)}


@pytest.fixture(scope="module")
def result(corpus):
    order = sorted(corpus, key=lambda i: (sort_date(corpus[i]), i))
    return reuse.build_reuse(corpus, order)


def oracle(a: str, b: str) -> list[bool]:
    """Brute force: character i of a's fingerprint is shared when some MATCH-long
    substring of a containing it is a substring of b's fingerprint."""
    fa, fb, k = fingerprint_text(a), fingerprint_text(b), reuse.MATCH
    hit = [fa[i:i + k] in fb for i in range(len(fa) - k + 1)]
    return [any(hit[j] for j in range(max(0, i - k + 1), min(i, len(hit) - 1) + 1)) for i in range(len(fa))]


def shares_of(result, x: str, y: str) -> tuple[float, float]:
    p = result.pair(x, y)
    assert p is not None, f"no pair computed for {x} / {y}"
    return (p.a.share, p.b.share) if x < y else (p.b.share, p.a.share)


def marked_fp(text: Speech, spans, kind=reuse.SAME) -> str:
    paras = text.paragraphs
    return "".join(fingerprint_text(paras[p][s:e]) for p, s, e, k in sorted(spans) if k == kind)


# --- 0. a copy is a speech --------------------------------------------------------------------

def rec(**kw) -> Speech:
    base = dict(id="x", title="在某会上的讲话", text="同志们", province="浙江省", city="杭州市",
                date="2021-05-10", speaker="市委书记")
    base.update(kw)
    return Speech(**base)


@pytest.mark.parametrize("kw, verdict, word", [
    (dict(city="衢州市", district="龙游县"), NEW, "地点不同"),
    (dict(date="2022-03-01"), NEW, "日期不同"),
    (dict(speaker="县委书记"), NEW, "讲话人不同"),
    (dict(date="2021-05", speaker="市委书记王建国"), SAME, "是同一篇讲话"),
    (dict(city=None, date=None, speaker=None), SAME, "是同一篇讲话"),
])
def test_sameness(kw, verdict, word):
    v = judge(rec(**kw), rec(id="old", title="杭州市的讲话"), 0.84)
    assert v.verdict == verdict and word in v.reason, v
    if verdict == NEW:
        assert v.reason.startswith("与已收录的《杭州市的讲话》有 84% 相同") and v.reason.endswith("作为新讲话收录")


def test_sameness_masked_pair_keeps_old_behaviour_and_says_why():
    a = rec(province=None, city=None, date=None, speaker="县委书记XXX", masked=True)
    b = rec(id="old", province=None, city=None, date=None, speaker=None, masked=True)
    v = judge(a, b, 0.97)
    assert v.same and "都隐去了名称" in v.reason
    assert judge(a, b, 0.5).verdict == UNRELATED


def _page(spec: dict, chrome: str) -> str:
    return (f"{chrome}首页 > 讲话稿\n\n{spec['title']}\n\n" + "\n\n".join(spec["paras"])
            + f"\n\n相关阅读\nCopyright © 2024 {chrome} 版权所有\n")


def test_ingest_keeps_county_copy_and_skips_true_duplicate(tmp_path):
    by = {s["id"]: s for s in SPECS}
    county, city = PLANTED["county"]
    pages = {}
    for name, sid, chrome in (("city", city, "好范文网"), ("county", county, "公文资料网"), ("again", city, "秘书文库")):
        pages[name] = tmp_path / f"{name}.txt"
        pages[name].write_text(_page(by[sid], chrome), "utf-8")
    c = empty_corpus(tmp_path / "c")
    assert cli("ingest", pages["city"], "--corpus", c).code == 0
    res = cli("ingest", pages["county"], "--corpus", c)
    assert res.code == 0 and "新增 1 篇" in res.out, res.out
    assert re.search(r"与已收录的《杭州市创建全国文明城市推进会讲话》有 \d+% 相同，地点不同，作为新讲话收录", res.out), res.out
    assert sorted((s.city, s.district) for s in entries(c)) == [("杭州市", None), ("衢州市", "龙游县")]
    before = tree_hash(c)
    res = cli("ingest", pages["again"], "--corpus", c)
    assert "新增 0 篇" in res.out and "重复" in res.out and "地点、日期、讲话人没有不同" in res.out, res.out
    assert tree_hash(c) == before
    res = cli("check", "--corpus", c)
    assert res.code == 0 and "几乎相同" not in res.out, res.out


def test_check_flags_masked_indistinguishable_pair_only(tmp_path, corpus):
    c = empty_corpus(tmp_path / "c")
    county, city = PLANTED["county"]
    masked = corpus["nd-masked-b1b1b1"]
    twin = dataclasses.replace(masked, id="nd-masked-b2b2b2", title="XX县创建工作讲话")
    (c / "speeches").mkdir(exist_ok=True)
    for s in (corpus[county], corpus[city], masked, twin):
        (c / "speeches" / f"{s.id}.md").write_text(s.to_text(), "utf-8")
    out = cli("check", "--corpus", c).out
    near = [ln for ln in out.splitlines() if "几乎相同" in ln]
    assert len(near) == 1 and "nd-masked" in near[0] and "都隐去了名称" in near[0], out


# --- shares and highlights --------------------------------------------------------------------

def test_fixture_has_no_accidental_runs(corpus):
    """Independent speeches share nothing, so the planted copying is all there is."""
    lone = ["2015-a1a1a1", "2019-taiyuan-d0d0d0", "2020-lixia-a0a0a0", "2021-hangzhou-c17c17"]
    for i, x in enumerate(lone):
        for y in lone[i + 1:]:
            assert not any(oracle(corpus[x].text, corpus[y].text)), (x, y)


def test_every_computed_pair_matches_the_oracle(corpus, result):
    assert result.pairs
    for x, y in result.pairs:
        p = result.pair(x, y)
        assert (p.a.share, p.b.share) == result.pairs[(x, y)]
        for me, other, side in ((x, y, p.a), (y, x, p.b)):
            want = oracle(corpus[me].text, corpus[other].text)
            assert side.share == pytest.approx(sum(want) / len(want)), (me, other)
            shared_fp = "".join(ch for ch, w in zip(fingerprint_text(corpus[me].text), want, strict=True) if w)
            assert marked_fp(corpus[me], side.spans) == shared_fp, (me, other)


@pytest.mark.parametrize("case", ["county", "half", "sentences"])
def test_planted_shares_within_a_point(corpus, result, case):
    x, y = PLANTED[case]
    got = shares_of(result, x, y)
    for sid, share, text in zip((x, y), got, PLANTED["shared"][case], strict=True):
        want = len(fingerprint_text(text)) / len(fingerprint_text(corpus[sid].text))
        assert abs(share - want) <= 0.01, (case, sid, share, want)


def test_copied_sentences_in_rewritten_paragraphs_are_highlighted(corpus, result):
    x, y = PLANTED["sentences"]
    p = result.pair(x, y)
    side = p.a if x < y else p.b
    copied = [fingerprint_text(s) for s in PLANTED["shared"]["sentences"][0].split("。") if s]
    spans = [(pi, s, e) for pi, s, e, k in side.spans if k == reuse.SAME]
    assert len({pi for pi, _, _ in spans}) == 5          # one in each rewritten paragraph
    for pi, s, e in spans:
        # The copied sentence, plus at most the linking word that follows it in both texts
        # (e.g. 为此, 4 characters at most): a run of 12+ is shared whoever wrote it.
        got = fingerprint_text(corpus[x].paragraphs[pi][s:e])
        assert any(got.startswith(c) and len(got) - len(c) <= 4 for c in copied), got


def test_changed_place_names_and_masks_are_differences(corpus, result):
    county, city = PLANTED["county"]
    p = result.pair(county, city)
    side = p.a if county < city else p.b
    places = {corpus[county].paragraphs[pi][s:e] for pi, s, e, k in side.spans if k == reuse.PLACE}
    assert places == {"龙游县"}
    t = reuse.prepare(corpus["nd-masked-b1b1b1"].paragraphs)
    assert [corpus["nd-masked-b1b1b1"].paragraphs[pi][s:e] for pi, s, e in t.masks] == ["XX"] * 3


def test_rows_align_copied_paragraphs(corpus, result):
    x, y = PLANTED["half"]           # 宁波市 paragraphs 1, 3, 5 are 历下区's 1, 3, 5
    p = result.pair(x, y)
    rows = [(r[1], r[0]) if x > y else r for r in p.rows]
    assert [(i, j) for i, j in rows if i in (0, 2, 4)] == [(0, 0), (2, 2), (4, 4)]
    assert sorted(i for i, _ in rows if i >= 0) == list(range(6))
    assert sorted(j for _, j in rows if j >= 0) == list(range(6))


def test_fingerprint_positions_agree_with_dedup(corpus):
    for s in corpus.values():
        assert reuse.fingerprint_of(reuse.prepare(s.paragraphs)) == fingerprint_text(s.text)


# --- families ---------------------------------------------------------------------------------

def test_families_are_the_planted_ones(result):
    got = sorted(sorted(f.members) for f in result.families)
    assert got == sorted(PLANTED["families"])
    fam = next(f for f in result.families if len(f.members) == 5)
    assert fam.core == PLANTED["family"][0]
    assert all(reuse.FAMILY <= fam.shares[m] < 1 for m in fam.members if m != fam.core)


def test_closest_lists_only_speeches_sharing_text(corpus, result):
    for sid, rows in result.closest.items():
        for other, mine, _theirs in rows:
            want = oracle(corpus[sid].text, corpus[other].text)
            assert mine == pytest.approx(sum(want) / len(want)) and mine > 0
    assert [o for o, _, _ in result.closest["2021-hangzhou-c17c17"]] == ["2022-longyou-c0c0c0"]
    assert result.closest["2015-a1a1a1"] == [] and result.elsewhere["2015-a1a1a1"] == 0


# --- the pages ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def site(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("copy-site")
    report: dict = {}
    idx = build_site(COPY, tmp / "site", echo=lambda *a: None, sources=SOURCES, work_dir=tmp / "work", report=report)
    return tmp / "site", idx, report


def _html(site, rel):
    return (site[0] / rel).read_text("utf-8")


def test_speech_page_section_links_each_closest_to_its_comparison(site, result):
    root = site[0]
    for sid, rows in result.closest.items():
        html = _html(site, f"speeches/{sid}/index.html")
        assert 'id="reuse"' in html
        links = re.findall(r'href="\.\./\.\./compare/\?a=([a-z0-9-]+)&amp;b=([a-z0-9-]+)"', html)
        assert [b for a, b in links] == [o for o, _, _ in rows] and all(a == sid for a, _ in links)
        for a, b in links:
            lo, hi = sorted((a, b))
            assert (root / "compare" / "d" / f"{lo}--{hi}.json").is_file()
        m = re.search(r"本文 <strong>(\d+)%</strong>", html)
        if rows:
            assert m and int(m.group(1)) == round(result.elsewhere[sid] * 100)
        else:
            assert m is None and "没有发现与其他讲话相同的句子" in html
    html = _html(site, "speeches/2022-longyou-c0c0c0/index.html")
    assert re.search(r"<td class=\"cc-num\">87%</td><td class=\"cc-num\">88%</td>", html), html


def test_family_pages(site, result):
    index = _html(site, "families/index.html")
    assert "共 <strong>2</strong> 个模板家族" in index
    assert index.index("fam0") < index.index("hangzhou")        # biggest first
    page = _html(site, f"families/{PLANTED['family'][0]}/index.html")
    dated = page[page.index('id="dated"'):page.index('id="undated"')]
    order = re.findall(r'speeches/([a-z0-9-]+)/"', dated)
    assert order == ["2016-fam0-909090", "2017-fam1-919191", "2018-fam2-929292", "2019-fam4-949494"]
    undated = page[page.index('id="undated"'):]
    assert "未注明讲话日期" in page and "nd-fam3-939393" in undated
    assert len(re.findall(r"compare/\?a=", page)) == 4        # every member but the core
    assert "抄袭" not in page and "抄袭" not in index


def test_big_family_paginates(site, monkeypatch):
    from build_tools.site import families
    monkeypatch.setattr(families, "FAMILY_PAGE", 2)
    out = dict(families.family_pages(site[1]))
    base = f"families/{PLANTED['family'][0]}/"
    assert {base + "index.md", base + "page-2/index.md", base + "page-3/index.md"} <= set(out)
    assert "page-3/" in out[base + "index.md"]


def test_untrusted_text_stays_text(site):
    for rel in ("speeches/2024-lanzhou-f0f0f0/index.html", "compare/index.html"):
        html = _html(site, rel)
        assert "<script>alert" not in html and "<img src=x" not in html
    data = json.loads((site[0] / "compare" / "d" / "2024-lanzhou-f0f0f0--2024-xss-f1f1f1.json").read_text("utf-8"))
    assert data["b"]["title"].startswith("关于<script>")      # data, rendered as text by the view


def test_build_reports_what_the_views_cost(site):
    cost = site[2]["copies"]
    assert cost["pairs"] > 0 and cost["families"] == 2
    on_disk = sum(p.stat().st_size for p in (site[0] / "compare" / "d").glob("*.json"))
    assert cost["compare_bytes"] >= on_disk > 0 and cost["section_bytes"] > 0


def test_synthetic_planted_families_are_found(tmp_path):
    """300 synthetic speeches (benchmarks/synth.py) with planted copies: every family found
    lies inside one planted family (copies of copies included) or, where two unplanted
    synthetic speeches happen to recombine the same real sentences, is a real family by the
    brute-force oracle (each member shares at least FAMILY both ways with another); and
    nearly every planted copy is in a family."""
    from benchmarks import synth

    n = 300
    synth.generate(n, tmp_path / "corpus")
    by = {s.id: s for s in load_corpus(tmp_path / "corpus")}
    taken: set[str] = set()
    ids = [synth.make_speech(i, taken).speech.id for i in range(n)]
    root = list(range(n))
    for i in range(n):
        j = synth.copy_source(i)
        if j is not None:
            root[i] = root[j]
    planted: dict[int, set[str]] = {}
    for i in range(n):
        planted.setdefault(root[i], set()).add(ids[i])
    planted_sets = [g for g in planted.values() if len(g) > 1]
    assert len(planted_sets) >= 5
    order = sorted(by, key=lambda i: (sort_date(by[i]), i))
    found = [set(f.members) for f in reuse.build_reuse(by, order).families]
    def share(x: str, y: str) -> float:
        hits = oracle(by[x].text, by[y].text)
        return sum(hits) / max(1, len(hits))

    for f in found:
        if any(f <= g for g in planted_sets):
            continue
        assert not any(f & g for g in planted_sets), f"a family mixes planted groups: {sorted(f)}"
        for x in f:   # an accidental family must be one by the definition, checked by brute force
            assert any(min(share(x, y), share(y, x)) >= reuse.FAMILY for y in f - {x}), sorted(f)
    members = sum(len(g) for g in planted_sets)
    in_family = sum(len(g & set().union(*found)) for g in planted_sets) if found else 0
    assert in_family >= 0.9 * members, (in_family, members)


# --- invariants ---------------------------------------------------------------------------------

_CHARS = st.sampled_from(list("创建文明城市工作要求XX×*_某，。；！ 𠀀ab12"))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(_CHARS, min_size=1, max_size=40), min_size=1, max_size=4))
def test_prepared_fingerprint_and_self_cover(paras):
    paras = [p for p in paras if p.strip()] or ["创建"]
    t = reuse.prepare(paras)
    assert reuse.fingerprint_of(t) == fingerprint_text("\n\n".join(paras))
    if t.size >= reuse.MATCH:
        assert reuse.covered(t, t).all()
        same = [sp for sp in reuse.compare(t, t).a.spans if sp[3] == reuse.SAME]
        # The spans hold every fingerprint character, each once. Which characters those are
        # depends on context (the X of "*X市" is text, of "X市" a mask), so a span's piece
        # is not re-fingerprinted alone: its characters are read where they stand.
        joined = "\n\n".join(paras)
        inside = [int(t.starts[p]) + i for p, s, e, _ in same for i in range(s, e)]
        kept = set(int(i) for i in t.pos)
        assert "".join(joined[i] for i in inside if i in kept) == reuse.fingerprint_of(t)


def test_offsets_count_utf16_units_for_astral_characters():
    from build_tools.site.compare import _u16
    para = "𠀀𠀁创建全国文明城市是一项系统工程需要全社会共同参与"
    start = para.index("创")
    u16 = para.encode("utf-16-le")
    s, e = _u16(para, start), _u16(para, len(para))
    assert u16[2 * s:2 * e].decode("utf-16-le") == para[start:]
    assert _u16("创建", 2) == 2
