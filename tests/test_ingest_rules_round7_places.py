"""Place rules from the seventh round (blind-5, blind-6 and blind-7 spent, branch tplaces):
a given name the speech calls 同志 is a person, not a county; a county's short name that
names a local outlet or stands as the subject the campaign measures is the county, and so is
a name kept out of the gazetteer as an everyday word that names an outlet (or a prefecture's,
measured); a speech
that names no place takes it from a page-mate given at the same meeting. Each test is written
in this project's own wording and fed through the place rule it covers or the real ingest
(`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from build_tools.ingest import build_drafts
from build_tools.places import Division
from build_tools.readers import read_bytes


def place(title: str, paras: list[str], head: list[str] | None = None,
          page_title: str | None = None) -> Division | None:
    return md.infer_place(title, paras, head or [], page_title)[0]


def triple(drafts) -> list[tuple[str | None, str | None, str | None]]:
    return [(d.speech.province, d.speech.city, d.speech.district) for d in drafts]


# --- a given name called 同志 -------------------------------------------------------------

def test_a_given_name_the_speech_calls_tongzhi_is_a_person_not_a_county():
    # 正阳 is 驻马店市正阳县's short name and the county head's given name here.
    paras = ["同志们：刚才，正阳同志把今年的创建任务讲得很清楚，我完全同意。",
             "全县上下要把创建当作民生工程来抓，县委将对推进不力的单位严肃问责。",
             "希望大家齐心协力，确保全县创建工作取得实效。"]
    assert place("在全县创建文明县城推进会上的讲话", paras) is None


@pytest.mark.parametrize("text, person", [
    ("正阳同志作了具体安排", True),
    ("宜君同志们：", False),        # the salutation after the place, not a person called 同志
    ("宣传部长周丽水同志", True),
])
def test_a_name_is_a_person_s_before_tongzhi_but_not_before_the_salutation(text, person):
    start = 5 if text.startswith("宣传") else 0
    assert md._names_a_person(text, start, start + 2) is person


# --- a short name where only a place stands -----------------------------------------------

TOWN_REPORT = ["近日，城东镇召开创建全国文明城镇动员大会，部署今年的创建工作。县委常委、镇党委书记李明作动员讲话。",
               "李明要求，全镇上下要以环境整治为重点，力争年内创成全国文明城镇。"]


def test_a_county_outlet_s_dateline_names_the_county():
    # 苍南 (温州市苍南县) appears only as the outlet that reports the town's meeting; the
    # report speaks of the county's organs (县委常委).
    paras = ["苍南新闻网5月6日讯（通讯员 王芳）" + TOWN_REPORT[0], TOWN_REPORT[1]]
    assert place("城东镇召开创建全国文明城镇动员大会", paras) == Division("浙江省", "温州市", "苍南县")


def test_an_outlet_named_after_a_county_needs_the_county_s_voice():
    # without any 县 organ or 全县 the outlet's county is not the report's
    paras = ["苍南新闻网5月6日讯 近日，城东镇召开创建全国文明城镇动员大会，镇党委书记李明作动员讲话。",
             TOWN_REPORT[1]]
    assert place("城东镇召开创建全国文明城镇动员大会", paras) is None


def test_a_county_level_city_s_newspaper_in_the_page_title_names_it():
    # 高邮 (扬州市高邮市): the <title> is the city paper's, the report says 全市.
    paras = ["本报讯 3月2日，城东镇召开创建攻坚动员大会。镇党委书记李明作动员讲话。",
             "李明指出，全镇的创建成绩直接影响全市的测评结果，各村要把任务落实到每一户。"]
    assert place("城东镇召开创建攻坚动员大会", paras, page_title="高邮日报数字报") == \
        Division("江苏省", "扬州市", "高邮市")


@pytest.mark.parametrize("sentence, district", [
    ("上半年，凤阳在全市县级文明城市测评中排名第四，比去年前进了两位。", "凤阳县"),
    ("从模拟测评看，江岸的失分主要在老旧小区和背街小巷。", "江岸区"),
])
def test_a_short_name_the_campaign_measures_is_the_speech_s_own(sentence, district):
    unit = district[-1]
    paras = [f"同志们：今天召开全{unit}创建工作推进会，主要是通报情况、部署迎检。", sentence,
             f"各单位要对照问题清单逐项整改，{unit}委督查室每周通报一次。"]
    got = place(f"在全{unit}创建工作推进会上的讲话", paras)
    assert got is not None and got.district == district


def test_an_everyday_word_before_the_campaign_is_no_county():
    # 同心 (吴忠市同心县) is tagged a common noun by the dictionary: "同心创建" is a slogan
    paras = ["同志们：今天召开全县创建工作推进会。", "全县上下，同心创建文明县城，县委督查室每周通报一次。"]
    assert place("在全县创建工作推进会上的讲话", paras) is None


def test_a_measured_short_name_never_outvotes_a_province_named_in_full():
    # 凤阳 is in 安徽; the speech names its own 河南 county in full
    paras = ["同志们：今天召开全县创建工作推进会，县委督查室每周通报一次。",
             "上半年，凤阳在全省测评中排名第一，凤阳的失分最少，我们要学习他们的做法。",
             "息县上下要鼓足干劲，迎头赶上。"]
    got = place("在全县创建工作推进会上的讲话", paras)
    assert got is not None and got.province == "河南省"


CITY_REPORT = ["10月9日，市政协组织委员开展文明城市创建专题视察，实地查看了两个农贸市场和一处老旧小区。",
               "在随后召开的座谈会上，市文明办汇报了全市创建工作进展，委员们提出了意见和建议。"]


def test_an_outlet_named_by_a_name_kept_out_as_an_everyday_word_names_the_place():
    # 宁国 (宣城市宁国市) is left out of the gazetteer as a word; "宁国新闻网" over the article,
    # in a report that speaks of 市 organs and 全市, can only be the place.
    got = place("市政协开展文明城市创建专题视察", CITY_REPORT, head=["宁国新闻网 >"])
    assert got == Division("安徽省", "宣城市", "宁国市")


def test_a_national_paper_named_by_an_everyday_word_names_no_place():
    # 光明日报 is no paper of 深圳市光明区: the dictionary tags 光明 a common noun
    paras = ["据光明日报报道，全区创建工作取得新进展。", "区委、区政府要求各街道对照测评标准逐项整改。"]
    assert place("在全区创建工作推进会上的讲话", paras) is None


def test_a_prefecture_kept_out_as_an_everyday_word_is_the_place_the_campaign_measures():
    # 安康 (安康市) is a wish as often as a city; at a clause head as what the campaign
    # measures, in a speech of 市委 and 市创建办, it is the city.
    paras = ["同志们：这次动员大会，是市委、市政府研究决定召开的。",
             "一、摸清底数。这几年，安康的城市面貌变化很大，但对照测评体系，我们还有不少短板。",
             "二、压实责任。市创建办要把测评指标分解到各责任单位，每月通报一次。"]
    assert place("在创建文明城市动员大会上的讲话", paras) == Division("陕西省", "安康市", None)


def test_a_county_s_everyday_name_the_campaign_measures_is_a_part_of_town():
    # 城东 (西宁市城东区) in a district speech elsewhere is the east of its own town
    paras = ["同志们：今天召开全区创建工作推进会，区委督查室每周通报一次。",
             "从模拟测评看，城东的失分主要在老旧小区，城西的失分主要在农贸市场。"]
    assert place("在全区创建工作推进会上的讲话", paras) is None


# --- page-mates at one meeting ------------------------------------------------------------

def _two_speeches(first_body: str, second_body: str, *, dated: bool = True) -> bytes:
    date = "（2022年6月9日）\n" if dated else ""
    return ("在全县巩固卫生县城成果大会上的讲话\n县委副书记、县长 周明\n" + date + "同志们：\n"
            + first_body + "\n在全县巩固卫生县城成果大会上的讲话\n县委书记 王强\n" + date
            + "同志们：\n" + second_body + "\n").encode("utf-8")


FIRST = ("平江县去年通过了卫生县城复审，这是全县上下共同努力的结果。今天开这个会，主要是总结经验、查找问题。\n"
         "从近期的暗访看，县城主干道保持得不错，但城郊结合部和几个老集镇问题反弹明显，垃圾收运不及时，马路市场又冒了出来。\n"
         "今年县政府将安排专项资金，用于农贸市场改造和公厕提质，各乡镇也要拿出相应的配套资金。\n"
         "各部门要把巩卫任务纳入年度工作计划，做到年初有部署、年中有检查、年底有考核，不能一阵风。\n"
         "县城管局和县市场监管局要在一个月内拿出整改方案，把马路市场和占道经营的问题一条一条解决掉。\n"
         "各乡镇要盯住集镇和村庄的卫生死角，每月自查一次，县巩卫办每季度暗访一次，结果在全县通报。\n"
         "同志们，巩卫没有休止符，希望大家常抓不懈，守护好这块来之不易的牌子。")
SECOND = ("刚才，周明同志对巩卫工作作了全面安排，我都同意。下面，我讲两点意见。\n"
          "第一，要把巩卫当成民生工程来做，各级干部要多到背街小巷走一走，把群众的抱怨当作工作的清单。\n"
          "干净整洁的环境，是群众最直接的需求，也是我们这次巩卫最该守住的底线，各乡镇要把保洁队伍配齐配强。\n"
          "第二，要把责任落到具体的人，县委将把巩卫工作纳入乡镇和部门的绩效考核，对工作不力的严肃问责。\n"
          "同志们，巩卫考验的是我们的耐心和韧劲，希望大家一以贯之，久久为功。")


def test_a_speech_at_the_same_meeting_takes_its_page_mate_s_place_for_review():
    drafts, _, _ = build_drafts(read_bytes(_two_speeches(FIRST, SECOND), "meeting.txt"), [])
    assert triple(drafts) == [("湖南省", "岳阳市", "平江县")] * 2
    assert "place" in drafts[1].speech.review and "place" not in drafts[0].speech.review


def test_undated_pieces_of_one_title_are_no_one_meeting():
    # a 范文 collection repeats one title over pieces from anywhere: no date, no sharing
    drafts, _, _ = build_drafts(read_bytes(_two_speeches(FIRST, SECOND, dated=False), "collection.txt"), [])
    assert triple(drafts)[1] == (None, None, None)
