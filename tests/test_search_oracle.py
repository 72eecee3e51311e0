"""The search engine is exact: the real browser code (docs/assets/cc-search.js, run in Node
over a real index written by build_tools/site/search.py) against brute-force substring
truth, on a generated corpus of 1,000 speeches (tests/search_corpus.py, not corpus/).

Each answer must equal the oracle's: the same speeches (every expected one listed, every
listed one expected), the same occurrence count and title flag for each, in ranking order."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.search_oracle import NODE, NodeSearch, Oracle
from build_tools.site.search import write_index

sys.path.insert(0, str(Path(__file__).resolve().parent))
import search_corpus  # noqa: E402

pytestmark = pytest.mark.skipif(not os.path.exists(NODE), reason="node is needed to run the search script")

QUERIES = [
    # 1-, 2-, 3-, 4- and longer character terms; a word inside longer words (城市 in 卫生城市)
    "市", "哈", "创城", "体制", "督查", "问责", "城市", "卫生", "明城", "生城",
    "志愿者", "一把手", "哈哈哈", "哈哈", "城中村", "市管理", "卫生城",
    "文明城市", "卫生城市", "垃圾分类", "占道经营", "城市管理", "明城市全",
    "国家卫生城市", "全国文明城市", "创建全国文明城市", "未成年人公益广告", "文明城市城市",
    # places (from the place label, also where the text never names them), rare terms
    "安陆市", "安陆", "杭州", "西湖区", "山东省济南市", "历下", "汾河湾", "西溪湿地", "大雁塔", "先手棋",
    # absent
    "量子计算", "区块链", "新冠", "足球", "文明城市群",
    # several terms
    "督查 问责", "垃圾分类 志愿者", "测评 问责 体制", "安陆 创城", "汾河湾 西溪湿地", "城市 卫生城市",
    # Traditional and full-width input, quotes
    "創城", "衛生城市", "問責 體制", "ＡＢＣ级", "abc", "２０２３", "PM2.5", '"卫生城市"', "“创城” 督查",
]
FILTERS = [
    ({"province": "山东省"}, ""), ({"province": "山东省"}, "创城"),
    ({"province": "山东省", "year": "2022", "campaign": "全国文明城市"}, ""),
    ({"city": "孝感市", "theme": "志愿服务"}, "问责"), ({"level": "县", "genre": "讲话"}, ""),
    ({"year": "2019"}, "文明城市 督查"), ({"theme": "交通秩序", "province": "浙江省"}, "量子计算"),
]


@pytest.fixture(scope="module", params=[None, 2.0], ids=["default-lists", "many-frequent-bigrams"])
def index_dir(request, tmp_path_factory):
    """The index as built, and one where 118 bigrams count as frequent (listed 3- and
    4-grams, 4-gram pieces for long terms everywhere): which grams are listed must never
    change an answer."""
    idx = tmp_path_factory.mktemp("search-oracle") / "idx"
    extra = {"freq_per_doc": request.param} if request.param else {}
    write_index(search_corpus.speeches(1000), idx, **extra)
    return idx


@pytest.fixture(scope="module")
def engine(index_dir):
    node = NodeSearch(index_dir)
    yield node, Oracle(search_corpus.speeches(1000))
    node.close()


def check(node, oracle, q, filters=None):
    got = node(q, filters)
    want = oracle(q, filters)
    listed = {h[0]: (h[1], h[2]) for h in got["hits"]}
    assert len(listed) == len(got["hits"]), f"{q!r}: a speech listed twice"
    missing, extra = set(want) - set(listed), set(listed) - set(want)
    assert not missing and not extra, f"{q!r} {filters}: missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}"
    wrong = {i: (listed[i], want[i]) for i in want if listed[i] != want[i]}
    assert not wrong, f"{q!r} {filters}: (count, in title) differ: {dict(list(wrong.items())[:5])}"
    assert got["occurrences"] == sum(n for n, _ in want.values())
    rank = oracle.date_order()
    keys = [(not t, -n, rank[i]) if got["terms"] else rank[i] for i, n, t in got["hits"]]
    assert keys == sorted(keys), f"{q!r}: not ranked title first, then occurrences, then newest"
    return want


def test_queries_match_the_substring_oracle(engine):
    node, oracle = engine
    found = {q: len(check(node, oracle, q)) for q in QUERIES}
    # The list must exercise both answers: plenty found, some found nowhere.
    for q in ("量子计算", "区块链", "新冠", "足球"):
        assert found[q] == 0, q
    assert sum(1 for n in found.values() if n) >= len(QUERIES) - 8
    assert found["城市"] > found["卫生城市"] > 0          # a suffix inside longer words
    assert found["創城"] == found["创城"] > 0
    assert found['"卫生城市"'] == found["卫生城市"]
    assert 0 < found["汾河湾"] < 100                     # rare
    print(f"\noracle: {len(QUERIES)} queries, {sum(found.values())} results compared, "
          f"{sum(1 for n in found.values() if not n)} with 没有找到")


def test_filters_match_the_oracle_with_and_without_a_query(engine):
    node, oracle = engine
    for filters, q in FILTERS:
        want = check(node, oracle, q, filters)
        if filters.get("theme") != "交通秩序":
            assert want, (filters, q)


def test_date_sort(engine):
    node, oracle = engine
    rank = oracle.date_order()
    newest = [h[0] for h in node("督查", sort="newest")["hits"]]
    oldest = [h[0] for h in node("督查", sort="oldest")["hits"]]
    assert set(newest) == set(oracle("督查")) == set(oldest)
    assert newest == sorted(newest, key=rank.get)
    dated = [i for i in oldest if next(s for s in oracle.speeches if s.id == i).date]
    assert oldest[:len(dated)] == sorted(dated, key=rank.get, reverse=True)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_random_substrings_of_random_speeches(engine, data):
    node, oracle = engine
    terms = []
    n = data.draw(st.integers(1, 2), label="terms")
    for _ in range(n):
        text = oracle.texts[data.draw(st.integers(0, len(oracle.texts) - 1), label="speech")]
        start = data.draw(st.integers(0, len(text) - 1), label="start")
        terms.append(text[start:start + data.draw(st.integers(1, 9), label="length")])
    q = " ".join(terms)
    if oracle.terms(q):
        want = check(node, oracle, q)
        if n == 1:
            assert want        # a substring of a speech is found (at least there)


def test_a_query_reads_only_part_of_the_index(engine, index_dir):
    node, _ = engine
    meta = (index_dir / "meta.json").stat().st_size
    total = sum(p.stat().st_size for p in index_dir.rglob("*") if p.is_file())
    assert len(list((index_dir / "s").glob("*.bin"))) > 8
    for q in ["汾河湾", "西溪湿地 大雁塔", "文明城市", "城市"]:
        read = node(q)["bytes"] - meta
        assert 0 < read < total / 4, (q, read, total)
