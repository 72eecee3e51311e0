"""Place rules from a fourth round of real-shaped pages (the blind-2 and blind-3 batches,
tuned on from branch tplaces): a district known only by its short name, a town's speech
that speaks of its county as 县里, a county's short name inside a town's name, a group
head's given name, the roll-call lines of minutes, the page's <title>, and work brought
down (落实到) to the place. Each test is written in this project's own wording and fed
through the place rule it covers or the real ingest (`build_drafts`)."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from build_tools.ingest import build_drafts
from build_tools.places import Division
from build_tools.readers import read_bytes


def place(title: str, paras: list[str], head: list[str] | None = None,
          page_title: str | None = None) -> Division | None:
    return md.infer_place(title, paras, head or [], page_title)[0]


def test_a_district_named_only_by_its_short_name_is_the_place():
    # 南浔 (湖州市南浔区) is the only place the speech names, once, in a speech that calls
    # itself 全区: the city is known only through the district, so the district stays.
    paras = ["同志们：区委、区政府今天召开这个推进会，就是要把全区的创建任务再压一压。",
             "一季度测评，全区还有四十多个问题没有销号，老旧小区的飞线和楼道堆物最为突出。",
             "希望各街道抓紧整改，让南浔的每条街巷都干干净净。"]
    assert place("在全区巩固国家卫生城区推进会上的讲话", paras) == Division("浙江省", "湖州市", "南浔区")


def test_a_district_named_once_beside_its_city_still_needs_more_evidence():
    # The city is named on its own as well: one short mention of a district is then not
    # enough to make the speech the district's.
    paras = ["同志们：湖州市委、湖州市政府对这次复审高度重视，全区上下要全力以赴。",
             "区委督查室每周通报一次，区政府每月调度一次。",
             "让南浔的每条街巷都干干净净。"]
    got = place("在全区巩固国家卫生城区推进会上的讲话", paras)
    assert got is not None and got.city == "湖州市" and got.district is None


def test_a_town_speech_that_speaks_of_its_county_as_xianli_is_that_county_s():
    # A town's speech: "县里" and "全县" are its county's voice; 桐庐 is named once.
    paras = ["同志们：县里的复审迎检已经全面铺开，我们镇是全县人口最多的镇。",
             "镇党委、镇政府决定，班子成员分片包干，每天早上到片区巡查。",
             "检查组到了桐庐，一定会来我们镇看，大家要把家门口的事办好。"]
    assert place("在城南镇迎接国家卫生县城复审动员会上的讲话", paras) == Division("浙江省", "杭州市", "桐庐县")


def test_a_county_short_name_at_the_end_of_a_town_s_name_is_not_that_county():
    # 武乡 (长治市武乡县) inside the town 石武乡; the county named in full is 丰县.
    paras = ["同志们：县里创卫的部署下来以后，乡党委、乡政府马上作了研究。石武乡是丰县的西大门，"
             "全县的检查路线要从我们这里经过。",
             "今天我讲两点。一是集镇的乱堆乱放月底前清完；二是各村的垃圾收集点每天清运，县委督查组会随时来看。",
             "希望大家把石武乡的环境搞好。"]
    assert place("在石武乡环境卫生整治大会上的讲话", paras) == Division("江苏省", "徐州市", "丰县")


@pytest.mark.parametrize("text, pos, tail", [
    ("在石武乡召开大会", 2, True),      # 在|石|武乡: the town 石武乡
    ("在武乡召开全县大会", 1, False),   # after 在: the county itself
    ("全县、武乡的同志", 3, False),     # after a list mark
    ("我们武乡的同志", 2, False),       # after a longer word: "我们X" is the speaker's own
    ("建设美丽武乡", 4, False),
])
def test_town_name_tail_reads_the_word_before(text, pos, tail):
    assert md._town_name_tail(text, pos, "武乡", md._word_bounds(text)) is tail


def test_a_group_head_s_given_name_is_not_a_county():
    # 永丰 (吉安市永丰县) is the given name of the group's head; the county is 岳西县.
    paras = ["3月8日上午，县创建省级文明县城领导小组召开第三次会议，县委副书记、领导小组组长"
             "刘永丰主持会议并讲话。领导小组组长刘永丰要求全县上下加压奋进。",
             "会议听取了县文明办的情况汇报，研究了下一阶段的重点任务，县委、县政府将每月调度。",
             "岳西县创建省级文明县城领导小组办公室"]
    assert place("领导小组第三次会议召开", paras) == Division("安徽省", "安庆市", "岳西县")


def test_roll_call_lines_of_minutes_count_as_attending():
    # The minutes are 岳西县's; the 列席/抄送 lines name other counties that only attend.
    paras = ["岳西县创建工作领导小组会议纪要",
             "会议听取了各成员单位的进展汇报，明确了农贸市场改造和背街小巷整治的责任单位。",
             "列席：霍山县创建办、金寨县创建办负责同志",
             "抄送：霍山县委办，金寨县委办，县人大办。"]
    got = place("领导小组会议纪要", paras)
    assert got == Division("安徽省", "安庆市", "岳西县")


@pytest.mark.parametrize("tag, want", [
    ("仙居县巩固卫生县城推进会讲话_讲话稿_某某范文网", ["仙居县巩固卫生县城推进会讲话"]),
    ("关于开展环境整治的通知 - 武义县人民政府", ["关于开展环境整治的通知", "武义县人民政府"]),
    ("在全县推进会上的讲话_杭州新闻网", ["在全县推进会上的讲话"]),   # a portal's city is not the speech's
    ("磐安县人民政府门户网站", ["磐安县人民政府门户网站"]),
    ("凝心聚力——在仙居县创卫推进会上的讲话_某某范文网", ["凝心聚力——在仙居县创卫推进会上的讲话"]),
    (None, []),
])
def test_the_parts_of_a_page_title_that_speak_for_its_place(tag, want):
    assert md.page_title_lines(tag) == want


def test_a_page_title_names_the_county_the_body_calls_quanxian():
    body = "".join(f"<p>{p}</p>" for p in [
        "同志们：",
        "刚才，县文明办通报了半年来的创建进展，几个乡镇和部门作了发言，我都赞成。下面我讲三点意见。",
        "一是补短板。主干道变化大，但背街小巷和城乡接合部还有不少死角，县城管局要逐条建立台账，限期整治。",
        "二是聚合力。创建不是哪一家的事，各成员单位要认领任务，自己发现的问题自己整改，不能推来推去。",
        "三是抓长效。各乡镇和部门要把好做法变成制度，检查不检查一个样，测评不测评一个样。",
        "同志们，离省级文明县城测评只剩半年，时间紧、任务重，希望大家扛起责任、真抓实干，"
        "以优异的成绩迎接测评，让全县群众在创建中得到更多实惠。",
    ])
    page = (f"<html><head><title>仙居县创建省级文明县城推进会讲话_讲话稿_某某范文网</title></head><body>"
            f"<h1>在全县创建省级文明县城推进会上的讲话</h1>{body}</body></html>")
    drafts, _, _ = build_drafts(read_bytes(page.encode("utf-8"), "page.html"), [])
    s = drafts[0].speech
    assert (s.province, s.city, s.district) == ("浙江省", "台州市", "仙居县")


def test_work_brought_down_to_a_district_is_not_a_visit_there():
    paras = ["同志们：今天区委召开这个会，就是要把市里的部署落实到秀洲区的每一个小区、每一条街巷。",
             "上个月，市创建办在南湖区开了现场会，大家都看到了差距。",
             "各街道要倒排工期，全区一盘棋，九月底前全部整改到位。"]
    assert place("在全区创建工作推进会上的讲话", paras) == Division("浙江省", "嘉兴市", "秀洲区")


def test_a_visit_to_a_district_still_counts_down():
    paras = ["同志们：上周，我们组织各街道到南湖区考察学习，看到了差距。",
             "秀洲区要对照先进找不足，全区一盘棋，九月底前全部整改到位。"]
    assert place("在全区创建工作推进会上的讲话", paras) == Division("浙江省", "嘉兴市", "秀洲区")


def test_a_compilation_s_page_title_speaks_for_none_of_its_pieces():
    # The <title> names 仙居县; the pieces themselves name no place: a compilation's title
    # is the collection's (or its first piece's), so no piece takes the county from it.
    body = "今天的会议很重要，各单位要对照测评标准逐项落实，确保各项创建任务按期完成，不拖全县后腿。" * 6
    other = "创卫是民生工程，背街小巷、农贸市场和城乡接合部是短板，各乡镇要拿出倒排计划，限期整改到位。" * 6
    page = ("<html><head><title>仙居县创卫推进会讲话稿两篇_某某范文网</title></head><body>"
            "<p>在全县创卫推进会上的讲话【第一篇】</p><p>同志们：</p>"
            f"<p>{body}</p>"
            "<p>在全县创卫推进会上的讲话【第二篇】</p><p>同志们：</p>"
            f"<p>{other}谢谢大家！</p></body></html>")
    drafts, _, _ = build_drafts(read_bytes(page.encode("utf-8"), "page.html"), [])
    assert len(drafts) == 2
    assert all((d.speech.province, d.speech.city, d.speech.district) == (None, None, None)
               for d in drafts)


def test_a_county_named_only_in_a_comparison_is_not_the_speech_s_own():
    # a county speech (我县, 全县) whose only county name is one it holds up as a model
    paras = ["今天召开全县创建卫生县城推进会，我县的短板主要在背街小巷。",
             "各乡镇要对标先进，像梨树县那样把门前三包落到每一户。"]
    place, _ = md.infer_place("全县创卫推进会讲话", paras)
    assert place is None or place.district != "梨树县"
    # named as the speech's own place it is kept
    paras[1] = "梨树县城区各社区要把门前三包落到每一户。"
    place, _ = md.infer_place("全县创卫推进会讲话", paras)
    assert place is not None and place.district == "梨树县"


SITE_BODY = "".join(f"<p>{p}</p>" for p in [
    "同志们：",
    "刚才，文明办通报了半年来的创建进展，几个单位作了发言，我都赞成。下面我讲三点意见。",
    "一是补短板。主干道变化大，但背街小巷和城乡接合部还有不少死角，城管部门要逐条建立台账，限期整治。",
    "二是聚合力。创建不是哪一家的事，各成员单位要认领任务，自己发现的问题自己整改，不能推来推去。",
    "三是抓长效。各部门要把好做法变成制度，检查不检查一个样，测评不测评一个样，群众满意才是标准。",
    "四是严督查。督查组要每周暗访一次，发现问题当场拍照、限时整改，整改不到位的要通报、要问责。",
    "同志们，离测评只剩半年，时间紧、任务重，希望大家扛起责任、真抓实干，以优异的成绩迎接测评。",
])


@pytest.mark.parametrize("site, want", [("绵阳新闻网", ("四川省", "绵阳市", None)), ("某某范文网", (None, None, None))])
def test_a_text_naming_no_place_takes_it_from_a_local_outlet_s_name_for_review(site, want):
    page = (f"<html><head><title>在创建文明城市推进会上的讲话_{site}</title>"
            f"<meta property='og:site_name' content='{site}'></head><body>"
            f"<h1>在创建文明城市推进会上的讲话</h1>{SITE_BODY}</body></html>")
    drafts, _, _ = build_drafts(read_bytes(page.encode("utf-8"), "page.html"), [])
    s = drafts[0].speech
    assert (s.province, s.city, s.district) == want
    assert "place" in " ".join(s.review)
