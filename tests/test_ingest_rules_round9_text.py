"""Page-text rules from a ninth round (blind batches 10, 11 and 12 spent as tuning data): what
Word and OCR copies, document viewers, app pages and HK-style Traditional mirrors leave in a
speech's text. Each test is a small page in wording written for this project, fed through the
real cleaning or ingest (`one_speech`)."""
from __future__ import annotations

from build_tools import cleaning as c
from tests.ingest_support import one_speech

TITLE = "在全镇巩固国家卫生乡镇成果推进会上的讲话"
BODY = ["同志们：",
        "今天召开全镇巩固国家卫生乡镇成果推进会，主要是通报上半年检查情况，安排下一步的工作。",
        "上半年，镇里组织了三次暗访，集镇主街的保洁总体不错，但农贸市场周边仍有占道经营，"
        "部分村的垃圾收集点清运不够及时，群众有意见。",
        "下一步，各村、各站所要把保洁责任落实到人，镇里每周考核一次，考核结果在全镇通报。"
        "镇市场监管所要对集镇的餐饮店和小超市逐一检查，证照不全、防蝇设施缺失的限期整改。",
        "同志们，国家卫生乡镇的牌子来之不易，大家一定要倍加珍惜，确保明年复审顺利通过。"]


def test_hk_variant_characters_become_simplified():
    # 衞 is a Traditional variant OpenCC's Taiwan table leaves alone; no Simplified text has it.
    assert c.to_simplified("巩固国家衞生城市") == "巩固国家卫生城市"
    sp = one_speech("\n".join([TITLE.replace("卫", "衞"), *BODY]))
    assert sp.title == TITLE and "衞" not in sp.text


def test_word_field_codes_glued_to_a_sentence_go():
    last = BODY[-1] + "{ PAGE \\* MERGEFORMAT }"
    sp = one_speech("\n".join([TITLE, *BODY[:-1], last, 'HYPERLINK "http://www.example.gov.cn"', "{ PAGE }"]))
    assert sp.text.endswith("确保明年复审顺利通过。")
    assert "PAGE" not in sp.text and "HYPERLINK" not in sp.text
    # a speech's own latin words stay
    assert c.remove_inline_debris("通过DATE 数据平台上报。") == "通过DATE 数据平台上报。"


def test_a_news_apps_comments_go_with_their_head():
    comments = ["评论 8", "老街坊：门口的垃圾桶终于有人管了！", "点赞　收藏　分享"]
    sp = one_speech("\n".join([TITLE, *BODY, *comments]))
    assert sp.text.endswith("确保明年复审顺利通过。") and "老街坊" not in sp.text
    assert c._COMMENTS_HEAD.match("全部评论") and c._COMMENTS_HEAD.match("36条评论")
    # a bare word may be a share bar's button between two pieces, and a heading is prose
    assert not c._COMMENTS_HEAD.match("评论") and not c._COMMENTS_HEAD.match("评论工作要跟上")


def test_ocr_specks_after_a_lines_last_mark_go():
    page = [TITLE, "同志们：·", BODY[1] + "丨", BODY[2] + "「", "一l一", *BODY[3:]]
    sp = one_speech("\n".join(page))
    assert "·" not in sp.text and "丨" not in sp.text and "「" not in sp.text and "一l一" not in sp.text
    # a quote opened at a line's end that closes on the next line is a quote
    assert c.normalise_whitespace("工作。「\n门前三包」要落实。") == "工作。「\n门前三包」要落实。"


def test_a_viewers_labelled_summary_run_to_the_salutation_is_no_opening():
    summary = "内容提示：" + TITLE + " 同志们： " + BODY[3][:60] + "……"
    sp = one_speech("\n".join(["某某文档网", TITLE, summary, "文档正文：", TITLE, *BODY]))
    assert sp.text.startswith("同志们：\n\n今天召开")
    assert "内容提示" not in sp.text and "文档正文" not in sp.text


def test_a_sites_pointer_to_more_content_closes_its_outro():
    outro = ["喜欢的朋友记得点赞、收藏、关注哦！", "更多精彩内容，就在某某APP"]
    sp = one_speech("\n".join([TITLE, *BODY, *outro]))
    assert sp.text.endswith("确保明年复审顺利通过。")
    assert c.is_chrome_line("更多精彩，尽在某某网")
    assert not c.is_chrome_line("更多精彩的志愿服务活动将在各社区陆续开展。")


def test_a_text_layers_lone_quotes_and_figures_go_back_into_their_sentence():
    layer = ["同志们：", "今年，镇里把巩卫作为", "“", "头号工程", "”", "，组织了", "12", "次暗访。",
             "要把", "“", "门前三包", "”", "的要求落实到每一户。", *BODY[2:]]
    sp = one_speech("\n".join([TITLE, *layer]))
    assert "今年，镇里把巩卫作为“头号工程”，组织了12次暗访。" in sp.text
    assert "要把“门前三包”的要求落实到每一户。" in sp.text
    # without a lone opening mark a page shows no such layer: a figure line stays its own
    assert c.rejoin_split_runs("共计\n3\n个") == "共计\n3\n个"
    # a page number between two halves of a sentence stays out of it (no unit after it)
    assert c.rejoin_split_runs("“\n文明\n”\n城市的\n3\n建设") == "“文明”城市的\n3\n建设"


def test_an_unlabelled_hosts_script_around_a_titled_speech_goes():
    host_open = ["同志们：", "现在开会。", "参加今天会议的有：镇班子成员，各村党支部书记、村委会主任。",
                 "下面，请镇党委书记王立新同志讲话。"]
    host_close = ["同志们，刚才王立新书记的讲话，要求很明确，请大家会后认真抓好落实。", "散会。"]
    sp = one_speech("\n".join([*host_open, TITLE, "王立新", *BODY, *host_close]))
    assert sp.title == TITLE
    assert sp.text.startswith("同志们：\n\n今天召开") and sp.text.endswith("确保明年复审顺利通过。")
    assert "现在开会" not in sp.text and "散会" not in sp.text and "会后认真" not in sp.text
    # a chair's own speech that opens the meeting, under no later title, keeps its text
    own = one_speech("\n".join([TITLE, "同志们：", "现在开会。", *BODY[1:]]))
    assert "现在开会" in own.text and own.text.endswith("确保明年复审顺利通过。")


def test_a_forum_jammer_opening_a_paragraph_goes():
    assert c.remove_inline_debris("+ ?, {2 y t; Z U 在随后召开的推进会上，各村作了汇报。") == \
        "在随后召开的推进会上，各村作了汇报。"
    # a latin word opening a line is no scatter of symbols
    assert c.remove_inline_debris("PM2.5 浓度下降了一成。") == "PM2.5 浓度下降了一成。"


def _drafts(text: str):
    from build_tools.ingest import build_drafts
    from build_tools.readers import read_bytes
    found, _, _ = build_drafts(read_bytes(text.encode("utf-8"), "page.txt"), [])
    return [d.speech for d in found]


def test_units_headed_excerpts_are_pieces_of_their_own():
    page = ["全镇巩固国家卫生乡镇成果推进会表态发言摘登",
            "镇农业服务中心：把保洁延伸到田间地头",
            "我们坚决拥护镇党委的部署。一是把村庄保洁纳入中心的年度考核，二是每月组织一次田间废弃物清理，"
            "三是中心班子成员每人包保一个村，每周至少下村一次，发现问题当场交办，交办的问题三天内回复。"
            "我们保证按时完成任务！",
            "镇卫生院：管好病媒生物防制这道关",
            "病媒生物防制是巩卫的短板。我院将组建专门的消杀小组，对集镇的农贸市场、餐饮店和公厕每月消杀两次，"
            "对防蝇防鼠设施逐一登记，坏了的限期修好，并把消杀记录张贴在各点位的公示栏里。"
            "我们一定以实际行动守住国家卫生乡镇的牌子。"]
    first, second = _drafts("\n".join(page))
    assert first.title == "镇农业服务中心：把保洁延伸到田间地头" and first.text.endswith("我们保证按时完成任务！")
    assert second.title == "镇卫生院：管好病媒生物防制这道关" and second.text.startswith("病媒生物防制是巩卫的短板。")


def test_a_speechs_list_of_units_and_tasks_is_no_excerpts():
    tasks = ["镇农业服务中心：负责田间地头保洁", "镇卫生院：负责病媒生物防制工作"]
    sp = one_speech("\n".join([TITLE, *BODY[:3], *tasks, *BODY[3:]]))
    assert sp.title == TITLE and sp.text.startswith("同志们：") and tasks[1] in sp.text
