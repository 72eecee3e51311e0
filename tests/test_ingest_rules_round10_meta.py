"""Metadata rules from the tenth round (issue 10): the failure classes of the spent blind-13
and blind-14 batches in title, date, speaker and published. Each test is a small made-up
head or text in wording written for this project (not the evaluation pages'), fed through
the one rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest
from ingest_support import one_speech

from build_tools import metadata as md
from build_tools.places import Division

# (an annex label before a title, "附：…的讲话", is cleaning's `unlabel_appendix_titles`:
# test_ingest_rules_round10_text.test_an_appendix_label_before_a_speechs_title_goes)


# --- date and speaker: a byline all in brackets, post, name and day -----------------------------


@pytest.mark.parametrize("line", ["（区委副书记、区长　赵某平　2019年4月2日）", "（区长赵某平，2019年4月2日）"])
def test_a_bracketed_byline_of_post_name_and_day_gives_both(line):
    head = ["在全区创卫迎检工作会议上的讲话", line]
    assert md.speech_date(head, ["同志们："]) == "2019-04-02"
    assert md.header_speaker(head).endswith("区长赵某平")


# --- published: a labelled posting date under the text beats a bare date line at the top ----


def test_a_labelled_date_in_the_foot_is_the_pages_not_a_date_line_above():
    assert md.published_date(["某区人民政府 > 领导讲话", "2021年3月2日"], None,
                             ["发布日期：2021-03-05　浏览次数：88"]) == "2021-03-05"
    assert md.published_date(["某区人民政府 > 领导讲话"], None, ["贡献者：某某　上传于2020-11-30　收藏"]) == "2020-11-30"


def test_a_document_sites_upload_row_under_the_text_dates_the_page():
    paragraphs = [
        "同志们：今天召开全县创卫迎检推进会，主要任务是查摆问题、压实责任，确保按期通过省级评估验收。",
        "第一，问题要查透。各乡镇各部门要对照标准逐项过筛，背街小巷、农贸市场、城乡接合部一个都不能漏，"
        "发现一处登记一处，整改一处销号一处。",
        "第二，责任要压实。县级领导包片，部门包点，乡镇包路段，每周调度一次，每月通报一次，"
        "对行动迟缓、整改不力的单位，由县纪委监委约谈主要负责同志。",
        "第三，群众要发动。志愿服务队要走进社区，把创卫知识送到每家每户，让群众知道创卫为了谁、靠的是谁，"
        "形成人人参与、人人受益的好局面。同志们，时间紧、任务重，希望大家以只争朝夕的劲头抓好落实。",
    ]
    page = "\n".join(["在全县创卫迎检推进会上的讲话", *paragraphs, "贡献者：某某　上传于2020-11-30　收藏　举报", ""])
    assert one_speech(page).published == "2020-11-30"


# --- places: where the poster was; a district's own outlet ------------------------------------


@pytest.mark.parametrize("line", ["某某街道　2022-05-03 09:12　发表于广东", "IP属地：广东"])
def test_where_the_poster_was_places_nothing(line):
    title = "某某社区在街道创文推进会上的表态发言"
    assert md.infer_place(title, ["我代表社区表态，坚决完成创文任务。"], [title, line])[0] is None


def test_a_districts_outlet_narrows_a_city_to_that_district():
    city = Division("宁夏回族自治区", "石嘴山市", None)
    outlet = Division("宁夏回族自治区", "石嘴山市", "大武口区")
    assert md.narrowed_by_outlet(city, outlet, "区") == outlet
    assert md.narrowed_by_outlet(city, outlet, "市") == city  # the city's own speech
    assert md.narrowed_by_outlet(Division("宁夏回族自治区", "银川市", None), outlet, "区").city == "银川市"


@pytest.mark.parametrize("site, district", [("东阳新闻网", "东阳市"), ("邳州文明网", "邳州市")])
def test_a_local_sites_name_places_a_report_that_names_no_place(site, district):
    assert md.site_place(site).district == district


@pytest.mark.parametrize("site", ["中国文明网", "浙江文明网", "光明日报", "某某网"])
def test_a_national_or_provincial_sites_name_places_nothing_below_it(site):
    place = md.site_place(site)
    assert place is None or place.district is None


def test_the_body_that_runs_the_site_places_it():
    foot = ["发布日期：2021-03-05　浏览次数：88", "主办单位：江苏省徐州市邳州市人民政府办公室　技术支持：某某公司"]
    assert md.owner_place(foot).district == "邳州市"
    assert md.owner_place(["技术支持：某某公司"]) is None


# --- speaker: one who took part at a branch venue, then made demands --------------------------


def test_who_made_demands_after_a_higher_meeting_is_the_reports_speaker():
    paragraphs = [
        "4月12日上午，某某县组织收听收看全市创建国家卫生城市电视电话会议。县委常委、副县长周立群在县分会场参加会议，"
        "县直有关部门负责同志参加。",
        "会议通报了全市创卫工作进展，部署了下阶段重点任务。",
        "会后，周立群就贯彻落实会议精神作出部署。他强调，各乡镇要立即开展一次环境卫生大整治。",
    ]
    assert md.infer_speaker("某某县部署创卫攻坚工作", paragraphs, [], "会议报道") == "县委常委、副县长周立群"


# --- level: a leader from above giving a speech at a lower unit's meeting -----------------------


def test_a_speech_by_a_leader_from_above_is_at_the_level_of_his_post():
    title = "副市长在区创建国家卫生城区考核反馈会上的讲话"
    text = "同志们：刚才，考核组反馈了情况，我完全同意。下面，我代表市政府讲几点意见。"
    assert md.infer_level("副市长", title, text, None, "讲话") == "市"
    # (a report of the unit's own meeting that a leader from above attended stays the unit's)
    report = "9月3日，某区召开全区创卫推进会，副市长某某出席会议并讲话。"
    assert md.infer_level("副市长某某", "某区召开全区创卫推进会", report, None, "会议报道") == "区"


def test_a_communitys_meeting_is_at_the_town_level():
    title = "和平社区召开创文迎检部署会"
    text = "6月2日上午，某某街道和平社区召开创文迎检部署会，社区党委书记吴晓红在会上对迎检工作作了安排。"
    assert md.meeting_level(title, [text]) is None  # (社区 is no 区)
    assert md.infer_level("社区党委书记吴晓红", title, text, None, "会议报道") == "乡镇"


# --- date: a header's date line that lost its 年 and 月 ------------------------------------------


@pytest.mark.parametrize("line, want", [("20210914日）", "2021-09-14"), ("（20200611）", "2020-06-11"), ("20200611", None)])
def test_a_date_line_run_together_dates_the_speech_when_it_says_it_is_a_date(line, want):
    assert md.speech_date(["在全县创卫推进会上的讲话", "县长 某某", line], ["同志们："]) == want


# --- genre: a unit's 发言 that promises those above it results -----------------------------------


def test_a_speakers_promise_of_results_to_those_above_makes_a_bare_fayan_a_pledge():
    text = ("各位领导：\n\n大家好。三年来，我们村的干部把创卫当成自家的事来办，村容村貌有了很大变化。"
            "\n\n下一步，我们村全体干部群众将继续努力，向县委、县政府交出一份满意的答卷！")
    assert md.genre_with_evidence("在全县创卫总结会上的发言", text)[0] == "表态发言"


# --- places: a county's people named by its short name --------------------------------------------


def test_a_countys_people_named_by_its_short_name_place_the_speech():
    text = "三年来，我们社区一栋楼一栋楼地改。高邮人做事向来不服输，我们也一样。"
    assert md.infer_place("在全市创卫表彰会上的发言", [text])[0].district == "高邮市"
    assert md.infer_place("在全市创卫表彰会上的发言", ["高邮人员密集的地方要多设垃圾桶。"])[0] is None
