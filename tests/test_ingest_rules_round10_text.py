"""Page-text rules from a tenth round (blind batches 13 and 14 spent as tuning data): what
Word review marks, self-media platforms, document viewers' text layers and 发言摘登 pages
leave in a speech's text. Each test is a small page in wording written for this project, fed
through the real cleaning or ingest (`one_speech`)."""
from __future__ import annotations

from build_tools import cleaning as c
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes
from tests.ingest_support import one_speech

TITLE = "在全县巩固国家卫生县城成果推进会上的讲话"
BODY = ["同志们：",
        "今天召开全县巩固国家卫生县城成果推进会，主要是通报三季度暗访情况，安排冬季的工作。",
        "三季度，县爱卫办组织了两次暗访，城区主街的保洁总体较好，但老旧小区的楼道堆物反复出现，"
        "城郊结合部的垃圾收集点清运不够及时，群众意见不小。",
        "下一步，各乡镇、各部门要把问题逐条列进清单，十天之内整改到位。"
        "县市场监管局要对城区的餐饮店逐户检查，防蝇设施缺失的限期整改。",
        "同志们，国家卫生县城的牌子来之不易，大家要倍加珍惜，确保明年复审顺利通过。"]


def test_word_review_balloons_go_with_their_lines():
    page = [TITLE, *BODY[:2], "批注 [Z3]: 暗访次数请再核实", BODY[2],
            "带格式的: 字体: 楷体, 四号", BODY[3], "删除的内容: 请各乡镇于周五前", BODY[4]]
    sp = one_speech("\n".join(page))
    for gone in ("批注", "暗访次数请再核实", "带格式的", "楷体", "删除的内容", "请各乡镇于周五前"):
        assert gone not in sp.text
    assert sp.text.endswith("确保明年复审顺利通过。") and "城区主街的保洁总体较好" in sp.text
    # a sentence that merely mentions a deletion keeps its line
    assert c._WORD_BALLOON.search("对删除的内容要说明理由。") is None


def test_a_platforms_storage_disclaimer_goes():
    notice = "特别声明：本文由入驻本平台的账号作者上传，本平台仅提供信息存储空间服务。"
    sp = one_speech("\n".join([TITLE, *BODY, notice]))
    assert sp.text.endswith("确保明年复审顺利通过。") and "特别声明" not in sp.text
    assert c.is_chrome_line("声明：本站只提供信息存储服务，内容由作者上传")


def _speeches(text: str):
    drafts, _, _ = build_drafts(read_bytes(text.encode("utf-8"), "page.txt"), [])
    return [d.speech for d in drafts]


UNIT_A = ["我们街道是老城区，背街小巷多、老旧小区多，是创建的难点所在。街道将成立六个攻坚小组，"
          "班子成员每人包一片，每天上午到片区巡查一遍，发现问题当天交办。",
          "我们保证，街道所有测评点位在九月底前全部达标，不给全县拖后腿！"]
UNIT_B = ["学校周边是测评的必查点位。我局将联合公安、城管，在上学放学时段对二十所中小学门口开展护学行动，"
          "同时在全县中小学开展文明习惯养成教育，让每个孩子都成为文明的宣传员。",
          "我们一定按时保质完成各项创建任务，请县委、县政府放心！"]


def test_excerpts_under_bare_unit_names_are_pieces_of_their_own():
    page = ["全县创建国家卫生县城推进大会表态发言摘登", "城关街道", *UNIT_A, "▶ 县教育局", *UNIT_B]
    got = _speeches("\n".join(page))
    assert len(got) == 2
    assert got[0].text.startswith("我们街道是老城区") and got[0].text.endswith("不给全县拖后腿！")
    assert got[1].text.startswith("学校周边") and "城关街道" not in got[1].text
    # read under the page's headline: what they are and the county they were given in
    assert [s.genre for s in got] == ["表态发言", "表态发言"] and all(s.level == "县" for s in got)


def test_unit_names_that_head_no_text_split_nothing():
    # a speech signed by two units at its foot stays one speech
    sp = one_speech("\n".join([TITLE, *BODY, "县爱国卫生运动委员会办公室", "县卫生健康局"]))
    assert sp.text.startswith("同志们：") and sp.text.endswith("确保明年复审顺利通过。")


def _printed(paragraph: str, width: int) -> str:
    return " ".join(paragraph[k:k + width] for k in range(0, len(paragraph), width))


def test_a_viewers_printed_line_ends_inside_each_paragraph_are_joined():
    page = [TITLE, *(_printed(p, 27) for p in BODY)]
    sp = one_speech("\n".join(page))
    for p in BODY[1:]:
        assert p in sp.text.split("\n\n")
    # a page whose spaces fall anywhere keeps them (a space may stand for a comma)
    spaced = ["会后 各乡镇连夜召开会议传达精神", "城区主街的保洁 总体较好，但老旧小区的楼道堆物反复出现",
              "县里每周考核一次 考核结果全县通报", "各部门要把问题逐条列进清单 十天之内整改到位"]
    assert c.join_printed_line_ends("\n".join(spaced)) == "\n".join(spaced)


def test_a_speech_that_ends_on_good_wishes_is_whole_above_a_gate():
    closing = "最后，预祝这次推进会圆满成功！祝大家身体健康、工作顺利！"
    sp = one_speech("\n".join([TITLE, *BODY[:-1], closing, "开通VIP会员，海量讲话材料免费下载"]))
    assert sp.text.endswith(closing) and not sp.truncated
    # a preview cut before its end is still cut
    cut = one_speech("\n".join([TITLE, *BODY[:-1], "开通VIP会员，海量讲话材料免费下载"]))
    assert cut.truncated


REPORT = ["县城关镇召开巩固国家卫生县城工作推进会",
          "6月3日上午，县城关镇召开巩固国家卫生县城工作推进会，镇村干部和镇直单位负责人参加会议。"
          "镇党委书记在会上指出，复审在即，各村要把房前屋后的卫生死角清理干净，集镇主街要落实门前三包。",
          "会议要求，镇爱卫办要每周开展一次暗访，对发现的问题限期整改，整改不力的在全镇通报。（陶嘉宁）"]


def test_a_reports_lone_writer_in_brackets_goes():
    sp = one_speech("\n".join(REPORT))
    assert sp.text.endswith("整改不力的在全镇通报。") and "陶嘉宁" not in sp.text
    # a speech's own closing brackets stay
    assert c.drop_news_credits(["同志们：", "让我们一起努力！（鼓掌）"])[-1].endswith("（鼓掌）")
    assert c.drop_news_credits([REPORT[1], "会议号召全镇上下共同努力。（全文完）"])[-1].endswith("（全文完）")


def test_an_appendix_label_before_a_speechs_title_goes():
    speech = "王立新同志在全县巩固国家卫生县城成果推进会上的讲话"
    more = "会上，各村和镇直单位负责人逐一汇报了近期工作，镇长对下一阶段的集镇环境整治作了具体安排。"
    got = _speeches("\n".join([*REPORT, more, "附：" + speech, *BODY]))
    assert len(got) == 2
    assert got[-1].title == speech and "附：" not in got[-1].title + got[-1].text
    # an appendix that is a sentence keeps its label
    line = "附：各村要在月底前把整改台账报镇爱卫办。"
    assert c.unlabel_appendix_titles(line) == line
