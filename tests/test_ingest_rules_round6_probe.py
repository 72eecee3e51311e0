"""Rules from a sixth round of real pages (issue 10; eval pages p45–p53): headlines of news and
aggregator pages. Each test is a small page or line in wording written for this project (not
the eval page's), fed through the real ingest (`build_drafts`) or the one rule it covers."""
from __future__ import annotations

from build_tools.segment import head_title
from ingest_support import one_speech as one

REPORT_TAIL = ("会议通报了上月暗访中发现的问题，各牵头单位当场认领了整改任务。会议要求，"
               "各单位要对照测评体系逐项自查，菜市场、背街小巷和老旧小区要一处一处地过，"
               "每周通报进度，每月排名，结果纳入年度考核。文明劝导要进社区、上路口，"
               "让讲文明、守秩序成为市民的日常习惯。")


def test_a_subtitle_naming_who_attended_is_not_half_of_the_headline():
    assert head_title(["县政协开展卫生县城创建专题调研", "李明王芳参加调研"]) == "县政协开展卫生县城创建专题调研"
    assert head_title(["区人大常委会召开创文工作推进会", "赵刚、孙丽出席"]) == "区人大常委会召开创文工作推进会"
    # a headline wrapped over two lines is still joined
    assert head_title(["在全市巩固国家卫生城市", "工作会议上的讲话"]) == "在全市巩固国家卫生城市工作会议上的讲话"
    # with no headline above it, the line stays a headline
    assert head_title(["市长刘刚出席创卫推进会"]) == "市长刘刚出席创卫推进会"


def test_a_leader_who_went_on_a_survey_and_is_quoted_is_the_speaker():
    s = one("县政协开展卫生县城创建专题调研\n"
            "6月3日，县政协开展卫生县城创建专题调研。县政协副主席陈立新、副县长吴海参加调研。\n"
            "调研组走访了两个菜市场和一处城中村。座谈会上，县卫健局汇报了创卫进展。陈立新指出，创卫要抓在平时。\n"
            "陈立新要求，" + REPORT_TAIL + "\n")
    assert s.speaker == "县政协副主席陈立新"
