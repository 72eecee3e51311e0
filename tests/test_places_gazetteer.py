"""Properties of the gazetteer's names (build_tools/places.py) over all 3,600 divisions and
their 4,000+ names: every division is found by its full name, every short form is a real
stem (never empty, one character, a people's name or a common word), and every short form
leads back to its division — alone when it is unique, with its parent named when several
divisions share it (市中区, 鼓楼区, 朝阳)."""
from __future__ import annotations

import csv
import io
import os
import re
from functools import lru_cache
from importlib import resources

import pytest

from build_tools import metadata as md
from build_tools import places as P


@lru_cache(maxsize=1)
def rows() -> list[dict[str, str]]:
    data = resources.files("cpca").joinpath("resources", "pca.csv").read_text("utf-8")
    return list(csv.DictReader(io.StringIO(data)))


@lru_cache(maxsize=1)
def divisions() -> list[P.Division]:
    out = set()
    for r in rows():
        prov = r["sheng"]
        city = prov if prov in P.MUNICIPALITIES else (r["shi"] or None)
        out.add(P.Division(prov, None, None))
        if city:
            out.add(P.Division(prov, city, None))
        if city and r["qu"]:
            out.add(P.Division(prov, city, r["qu"]))
    return sorted(out, key=lambda d: (d.province, d.city or "", d.district or ""))


def full_names() -> set[str]:
    return {n for r in rows() for n in (r["sheng"], r["shi"], r["qu"]) if n}


def short_forms() -> dict[str, list[P.Division]]:
    """Every name that is not a division's full name, from the gazetteer and the
    two-character county names, with the divisions it names."""
    full = full_names()
    out: dict[str, list[P.Division]] = {n: [d for d, _, _ in v] for n, v in P.gazetteer().items() if n not in full}
    for n, divs in P.short_districts().items():
        out.setdefault(n, []).extend(divs)
    return out


@lru_cache(maxsize=1)
def everyday_words() -> frozenset[str]:
    """The oracle for "common word": what jieba's dictionary (word frequencies from a large
    general corpus) knows as a frequent verb, adjective, adverb or numeral (比如, 解放, 延长,
    友好). Frequency 500 and up: a word the dictionary saw that often is running text."""
    import jieba
    out = set()
    with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
        for line in f:
            word, freq, tag = line.split()
            if int(freq) >= 500 and tag in {"v", "vn", "a", "ad", "an", "d", "m", "c", "p"}:
                out.add(word)
    return frozenset(out)


def test_every_full_name_finds_its_division():
    gaz = P.gazetteer()
    for d in divisions():
        name = d.district or d.city or d.province
        if name in P._COMMON_WORDS:     # 郊区, 城区, 矿区: matched by their parent's name only
            continue
        kind = "district" if d.district else "city" if d.city else "province"
        if d.city == d.province and not d.district:
            kind = "city"
        assert any(x == d and k == kind for x, k, _ in gaz[name]), name


def test_every_autonomous_division_has_its_short_form():
    autonomous = [n for n in full_names() if re.search("自治[州县旗]$|族区$", n)]
    assert len(autonomous) > 100
    forms = short_forms()
    missing = []
    for name in autonomous:
        stem = P.city_stem(name) if name.endswith("州") else P.county_stem(name)
        if stem == name:    # named after its people only (东乡族自治县): no short form
            assert re.match(f"(?:{P.PEOPLES})自治", name), name
            continue
        assert len(stem) >= 2 and "族" not in stem and "自治" not in stem, (name, stem)
        # the stem itself, unless it is a larger place's name or an everyday word, and the
        # stem with its unit (延边州, 长阳县, 管城区) always
        assert stem + name[-1] in forms or stem + "州" in forms, name
        if stem not in forms and stem not in P._COMMON_WORDS:
            missing.append(name)
    # Those whose stem is a province's or a city's name (海南藏族自治州: 海南; 本溪满族自治县:
    # 本溪; 阜新蒙古族自治县: 阜新; 河南蒙古族自治县: 河南) keep only the form with the unit.
    higher = {P.PROVINCE_SUFFIX.sub("", r["sheng"]) for r in rows()} | {P.city_stem(r["shi"]) for r in rows() if r["shi"]}
    assert all(P.county_stem(n) in higher or P.city_stem(n) in higher for n in missing), missing


def test_no_short_form_is_empty_short_a_people_or_a_common_word():
    forms = short_forms()
    # a people's name is no short form of a place named after that people (东乡族自治县);
    # 东乡区 (Jiangxi) is another place
    people = {n + "族" for n in P.PEOPLE_NAMES}
    autonomous_stems = {n for n in P.PEOPLE_NAMES
                        if any(re.search(f"{n}族?自治", f) for f in full_names())}
    common = everyday_words()
    cities = {d.city for divs in forms.values() for d in divs if d.city}
    for name, divs in forms.items():
        assert len(name) >= 2, name
        assert name not in people and not name.endswith("族") and "自治" not in name, name
        if name in autonomous_stems:
            assert not any(re.search("自治|族区$", d.district or d.city or "") for d in divs), name
        assert name not in P._COMMON_WORDS, name
        # a county's short form that is an everyday word would count "延长服务时间" for 延长县
        if all(d.district for d in divs) and not any(P.city_stem(c) == name for c in cities):
            assert name not in common, name


def test_short_forms_lead_back_to_their_division():
    gaz = P.gazetteer()
    for name, divs in short_forms().items():
        assert divs, name
        for d in gaz.get(name, []):
            assert d[0] in divisions(), name


_PAIRS = sorted(((n, d) for n, divs in short_forms().items() for d in divs
                 if not d.district or (d.city and d.city != d.province)), key=lambda p: (p[0], str(p[1])))
#: Short forms jieba cuts apart in the test sentence ("七星|关要", "兴隆|台要"), so they are no
#: word of it; and 伊宁, which names both 伊宁市 and 伊宁县 of one prefecture.
_SPLIT_BY_THE_SEGMENTER = {"七星关", "井陉矿", "兴隆台", "康巴什", "苓雅", "伊宁"}


def _placed(name: str, d: P.Division) -> bool:
    """A speech naming its place by the short form (with the parent city named when the
    form is a county's: 鼓楼 with 福州) is placed there."""
    if d.district:
        title = "在全县创建文明城市工作会议上的讲话"
        paras = ["同志们：", f"按照{d.city}的部署，我们{name}要争先进位，{name}各部门要抓好落实。"]
    elif d.city:
        title = f"在{name}创建文明城市工作会议上的讲话"
        paras = ["同志们：", f"{P.PROVINCE_SUFFIX.sub('', d.province)}各地都在创建，我们{name}要走在前列。"]
    else:
        title = f"在{name}创建文明城市工作会议上的讲话"
        paras = ["同志们：", "全省要一盘棋。"]
    got, _ = md.infer_place(title, paras)
    if got is None:
        return False
    if d.district:
        return (got.province, got.city, got.district) == (d.province, d.city, d.district)
    if d.city:
        return (got.province, got.city) == (d.province, d.city)
    return got.province == d.province


def test_every_short_form_in_a_speech_finds_its_division():
    """All 3,100+ (short form, division) pairs, ~5 s."""
    assert len(_PAIRS) > 3000
    missed = {n for n, d in _PAIRS if not _placed(n, d)}
    assert missed <= _SPLIT_BY_THE_SEGMENTER, sorted(missed - _SPLIT_BY_THE_SEGMENTER)


@pytest.mark.parametrize("name,expected", [
    ("延边朝鲜族自治州", "延边"), ("恩施土家族苗族自治州", "恩施"), ("黔东南苗族侗族自治州", "黔东南"),
    ("伊犁哈萨克自治州", "伊犁"), ("大理白族自治州", "大理"), ("杭州市", "杭州"), ("阿里地区", "阿里"),
])
def test_city_stem(name, expected):
    assert P.city_stem(name) == expected


@pytest.mark.parametrize("name,expected", [
    ("长阳土家族自治县", "长阳"), ("积石山保安族东乡族撒拉族自治县", "积石山"), ("管城回族区", "管城"),
    ("察布查尔锡伯自治县", "察布查尔"), ("莫力达瓦达斡尔族自治旗", "莫力达瓦"), ("东乡族自治县", "东乡族自治县"),
    ("东乡区", "东乡"), ("龙胜各族自治县", "龙胜"), ("余杭区", "余杭"), ("滕州市", "滕州"),
])
def test_county_stem(name, expected):
    assert P.county_stem(name) == expected


def test_stems_of_long_strings_take_no_time():
    """A run of peoples was rescanned from each of its positions (60 KB of 回族 ending in 区
    took 119 s); no name is that long, so none is scanned."""
    import time
    for s in ("回族" * 30000 + "区", "土家族" * 20000 + "自治县", "族" * 60000 + "自治州"):
        t = time.perf_counter()
        assert P.county_stem(s) == s and P.city_stem(s) == s
        assert time.perf_counter() - t < 0.5


def test_office_after_a_unit_counts_outside_document_titles():
    assert md._in_book_title("《中共固安县委关于…》", 3)
    assert not md._in_book_title("《意见》固安县委", 5)
    got, _ = md.infer_place("在全镇创卫会议上的讲话", ["同志们：", "根据固安县委的部署，全镇要完成任务。"])
    assert got is not None and got.district == "固安县"
