"""Unit tests of the cleaning rules on wording of sites the rules have not seen."""
from __future__ import annotations

import pytest

from build_tools import cleaning as c
from ingest_support import SEEDS

BODY = "同志们，创建全国文明城市是全市人民的共同心愿，我们要以更加务实的作风抓好各项任务落实。"


@pytest.mark.parametrize("line", [
    "您当前的位置：网站首页 > 公文 > 讲话",
    "所在位置：首页 >> 领导讲话", "阅读次数：1,024", "浏览量：88",
    "上一篇：在创卫工作会议上的讲话", "下一篇：无", "扫一扫，手机阅读", "关注微信公众号“公文派”",
    "Copyright © 2010-2024 某某文秘网", "粤ICP备09012345号", "免费下载本文档", "相关文章推荐",
    "责任编辑：李明", "发布时间：2023-04-05 09:30", "»",
    "1 2 3 4 下一页",
])
def test_chrome_lines_recognised(line):
    assert c.is_chrome_line(line)


@pytest.mark.parametrize("line", [
    BODY, "同志们：", "谢谢大家！", "一、提高政治站位，准确把握形势",
    "我们要组织志愿者开展扫码登记、文明劝导等服务，确保群众办事方便快捷，进一步提升群众满意度。",
    "三是关注民生，解决群众急难愁盼问题。",
])
def test_speech_lines_are_not_chrome(line):
    assert not c.is_chrome_line(line)


def test_glued_pinyin_and_simplification():
    t = "鎮黨委書(shū)記強(qiáng)調，要嚴?gé)格落實。"
    out = c.strip_glued_pinyin(c.to_simplified(t))
    assert out.startswith("镇党委书记强调，要")
    assert "(" not in out and "?" not in out and "shū" not in out


def test_simplified_text_not_rewritten():
    assert c.to_simplified(BODY) == BODY


def test_parenthesised_latin_kept():
    assert c.strip_glued_pinyin("采用APP(ok)方式") == "采用APP(ok)方式"


def test_fullwidth_punctuation_spares_numbers_and_urls():
    assert c.fullwidth_punctuation("今年,我们完成了3,600户改造:成效明显") == "今年，我们完成了3,600户改造：成效明显"
    assert c.fullwidth_punctuation("见 http://a.cn/x?y=1,2 说明") == "见 http://a.cn/x?y=1,2 说明"


@pytest.mark.parametrize("notice,total,shown", [
    ("试读已结束，全文共5,120字，还剩3,000字", 5120, 2120),
    ("预览结束，全文约4800字，当前显示1500字", 4800, 1500),
])
def test_truncation_counts(notice, total, shown):
    text, t = c.remove_truncation_markers(BODY + "\n" + notice)
    assert text == BODY
    assert t.truncated and t.total == total and t.shown == shown


def test_inline_omission_leaves_a_gap():
    line = BODY + "……（内容较长，此处省略600字，下载全文后阅读）……" + BODY
    text, t = c.remove_truncation_markers(line)
    assert text.split("\n") == [BODY, c.GAP, BODY]
    assert t.omitted == 600


def test_long_sentence_mentioning_full_text_is_kept():
    s = ("会议要求，各单位要认真学习领会全文3000字的实施方案，逐条对照检查，把各项任务分解到岗位、落实到人头，"
         "确保方案提出的每一项措施都落地见效，不能只看标题不看内容，更不能只学摘要不读全文。")
    assert c.remove_truncation_markers(s)[0] == s


@pytest.mark.parametrize("mark", [
    "（来源：华章文秘网 www.hzwm.net）", "【本文转载自：墨客范文网】", "(www.gongwen123.com)",
])
def test_bracket_watermarks_removed(mark):
    a, b = "我们要把创建工作与基层治理", "结合起来，形成工作合力。"
    assert c.remove_watermarks(a + mark + b) == a + b


def test_brackets_of_speech_kept():
    s = "各村（社区）要落实《城市市容和环境卫生管理条例》（2017年修订）的要求。"
    assert c.remove_watermarks(s) == s


def test_split_flattened_page():
    flat = "同志们： 今天召开会议。 一、统一思想。要提高认识。 二、明确任务。要抓好落实。"
    assert c.split_paragraphs(flat) == ["同志们：", "今天召开会议。", "一、统一思想。要提高认识。",
                                        "二、明确任务。要抓好落实。"]


def test_wrapped_lines_joined_without_space():
    lines = "会议要求各级各部门要切实增强责任感和紧迫感，以更加务实的作风，扎实推进文明城市创建工作，确保取得实实\n在在的成效。"
    assert c.split_paragraphs(lines) == [lines.replace("\n", "")]


@pytest.mark.parametrize("text,masked", [
    ("XX市创建工作", True), ("xx区作为老城区", True), ("饶xx同志", True), ("20xx年", True),
    ("创建_文明城市", True), ("某某同志", True), ("APP直接拍照上传", False), (BODY, False),
])
def test_is_masked(text, masked):
    assert c.is_masked(text) is masked


def test_seed_003_cleaned_simplified_without_pinyin():
    seed = next((p for p in SEEDS if p.name.startswith("003")), None)
    if seed is None:
        pytest.skip("seeds not available")
    out = c.clean_text(seed.read_text("utf-8"))
    assert "城郊党委书记吴国荣召开会议" in out
    assert "黨" not in out and "書" not in out and "(shū)" not in out
    assert len(out.split("\n")) >= 8


@pytest.mark.parametrize("spaced, joined", [
    ("全市要把德 州建设得更加文明。", "全市要把德州建设得更加文明。"),          # a city's full name
    ("滕 州市委、市政府高度重视创建工作。", "滕州市委、市政府高度重视创建工作。"),
    ("全市干部要为滕 州争光。", "全市干部要为滕州争光。"),                  # a county's short name
    ("丹 徒的创建工作走在前列。", "丹徒的创建工作走在前列。"),
])
def test_a_stray_space_inside_a_place_name_goes(spaced, joined):
    assert c.clean_text(spaced) == joined

