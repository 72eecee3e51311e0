"""Place rules from the ninth round (blind-10, blind-11 and blind-12 spent, branch r9places):
the cover of one meeting's or one office's papers (the lines above the first piece's title)
names the place of every piece under it that names none of its own; 和/与/同 before a place
compare it only when its clause says what is compared; a masked city over the county a town's
or county's speech names keeps that county; a page's source line places it by any local outlet
the text rule knows (日报, 新闻, 发布, 融媒…), not only a media centre. Each test is written in
this project's own wording and fed through the real ingest (`build_drafts`) or the place rule
it covers."""
from __future__ import annotations

from build_tools import metadata as md
from build_tools.ingest import build_drafts
from build_tools.places import Division
from build_tools.readers import read_bytes

from ingest_support import one_speech


def triple(drafts) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.speech.province, d.speech.city, d.speech.district) for d in drafts]


# --- the cover of a meeting's papers ----------------------------------------------------------

FIRST = ("同志们：今天召开全区背街小巷整治推进会，主要是把下一阶段的任务再明确一下。\n"
         "从上个月的暗访看，主干道保持得还可以，背街小巷的问题比较集中，乱堆乱放和私拉乱接反弹得厉害。\n"
         "各街道要把辖区里的小巷逐条过一遍，建立问题台账，能当天解决的当天解决，解决不了的列出时限。\n"
         "区城管局要牵头组织一次集中清理，区住建局要抓紧启动十二条小巷的路面改造，年底前全部完工。\n"
         "同志们，小巷连着民心，希望大家把这件实事办好、办实。")
SECOND = ("同志们：刚才的安排我都同意。下面，我讲两点要求。\n"
          "第一，要盯住责任。每条小巷都要有一名科级干部包保，包保干部每周至少去一次，发现问题及时交办。\n"
          "第二，要发动群众。各社区要把沿街商户和居民组织起来，订好门前三包公约，让群众自己管好自家门口。\n"
          "大家回去以后要马上传达，把今天会议的要求落到每一条小巷、每一户商户。")


def _bulletin(cover: str) -> bytes:
    return (cover + "在全区背街小巷整治推进会上的讲话\n区长 林青\n" + FIRST
            + "\n在全区背街小巷整治推进会上的讲话\n区委书记 赵川\n" + SECOND + "\n").encode("utf-8")


def test_a_piece_naming_no_place_takes_the_place_its_papers_cover_names():
    # a district office's bulletin: neither speech names its district, the cover does
    cover = "开福区城市管理简报\n第8期\n区城管办编\n"
    drafts, _, _ = build_drafts(read_bytes(_bulletin(cover), "bulletin.txt"), [])
    assert triple(drafts) == [("湖南省", "长沙市", "开福区")] * 2
    assert "place" in drafts[1].speech.review


def test_without_a_cover_the_pieces_stay_unplaced():
    drafts, _, _ = build_drafts(read_bytes(_bulletin(""), "bulletin.txt"), [])
    assert triple(drafts) == [(None, None, None)] * 2


def test_a_cover_that_names_no_place_gives_none():
    drafts, _, _ = build_drafts(read_bytes(_bulletin("领导讲话汇编\n目录\n"), "bulletin.txt"), [])
    assert triple(drafts) == [(None, None, None)] * 2


def test_the_cover_is_only_what_stands_above_the_first_title():
    head = ["开福区城市管理简报", "在全区背街小巷整治推进会上的讲话", "区长 林青"]
    assert md.cover_place(head, head[1])[0] == Division("湖南省", "长沙市", "开福区")
    # a title the head does not print has nothing above it
    assert md.cover_place(head, "在全区创卫推进会上的讲话") == (None, 0.0)
    # the first piece's own lines (its title and byline) are no cover
    assert md.cover_place(["在开福区创卫推进会上的讲话", "区长 林青"], "在开福区创卫推进会上的讲话") == (None, 0.0)


# --- 和 joining two places or clauses -------------------------------------------------------

def place(title: str, paras: list[str]) -> Division | None:
    return md.infer_place(title, paras)[0]


def test_and_joining_two_clauses_does_not_make_the_place_a_comparison():
    # 和 here joins what the city does and what the county does: 湄潭县 is the speech's county
    paras = ["同志们：今年，全市冲刺全国文明城市和湄潭县争创省级文明县城，都到了最要紧的时候。",
             "我镇是进城的必经之地，镇容镇貌直接关系到全县的测评成绩，县委、县政府对我们寄予厚望。"]
    found = place("在全镇创建工作动员会上的讲话", paras)
    assert found is not None and found.district == "湄潭县"


def test_and_before_a_place_its_clause_compares_still_counts_less():
    paras = ["同志们：今年，我们和湄潭县相比，差的是背街小巷的管理。",
             "我镇是进城的必经之地，镇容镇貌直接关系到全县的测评成绩，县委、县政府对我们寄予厚望。"]
    found = place("在全镇创建工作动员会上的讲话", paras)
    assert found is None or found.district != "湄潭县"


# --- a masked city over a named county ------------------------------------------------------

PUDING = Division("贵州省", "安顺市", "普定县")
TOWN_TEXT = ("文明创建是×市创建全国文明城市的重要一环，也是普定县创建省级文明县城的关键。"
             "我镇紧挨县城，县委、县政府要求我们决不掉队。")


def test_a_masked_city_over_the_county_a_town_speech_names_keeps_that_county():
    assert md.county_beside_mask(PUDING, TOWN_TEXT) == PUDING


def test_a_masked_city_beside_a_county_level_city_may_hide_that_city():
    bin_zhou = Division("陕西省", "咸阳市", "彬州市")
    assert md.county_beside_mask(bin_zhou, "XX市创建文明城市，彬州市要跟上，市委要求全市上下行动起来。") is None


def test_a_masked_city_in_a_text_that_never_speaks_as_the_county_gives_none():
    # the county is only named: whose town or county the speech is, the text does not say
    assert md.county_beside_mask(PUDING, "XX市创建文明城市，普定县也在创建省级文明县城。") is None


def test_a_masked_county_beside_a_named_county_gives_none():
    assert md.county_beside_mask(PUDING, "XX县创建省级文明县城，普定县的做法值得看一看，县委要求全县跟上。") is None


def test_a_town_speech_with_a_masked_city_is_placed_in_its_county():
    page = ("在全镇文明创建动员大会上的讲话\n"
            "今天，镇党委、镇政府召开全镇文明创建动员大会，主要是传达全县会议精神，把创建任务分到各村各站所。\n"
            + TOWN_TEXT + "\n"
            "各村要把房前屋后的卫生管起来，镇里每月评比一次，评比结果在全镇通报。\n"
            "同志们，创建工作时间紧、任务重，希望大家齐心协力，确保全镇的测评成绩不拖全县的后腿。\n")
    sp = one_speech(page)
    assert sp.masked and (sp.province, sp.city, sp.district) == ("贵州省", "安顺市", "普定县")


# --- a local outlet named as the source ------------------------------------------------------

def test_any_local_outlet_named_as_the_source_gives_the_place():
    # the outlets the text rule knows (日报, 新闻网, 发布, 融媒…), not only a media centre
    assert md.outlet_place(["来源：高邮日报　作者：本报记者"]) == Division("江苏省", "扬州市", "高邮市")
    assert md.outlet_place(["发布时间：2024-05-06 来源：彬州发布"]) == Division("陕西省", "咸阳市", "彬州市")
    # a county channel's bare 新闻 name, as a county-level city's news site signs its items
    assert md.outlet_place(["来源:简阳新闻"]) == Division("四川省", "成都市", "简阳市")
    # a county's everyday name too, when the dictionary knows it as a name (宁国 ns)
    assert md.outlet_place(["来源：宁国新闻网"]) == Division("安徽省", "宣城市", "宁国市")


def test_a_national_or_provincial_paper_names_no_place():
    # 光明 and 解放 are words (光明区, 解放区 exist); 浙江日报 covers a whole province
    assert md.outlet_place(["来源：光明日报"]) is None
    assert md.outlet_place(["来源：解放日报"]) is None
    assert md.outlet_place(["来源：浙江日报"]) is None
