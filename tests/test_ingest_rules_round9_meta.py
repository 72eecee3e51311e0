"""Metadata rules from the ninth round (issue 10): the failure classes of the spent blind-10,
blind-11 and blind-12 batches in title, date, speaker and published. Each test is a small
made-up head or text in wording written for this project (not the evaluation pages'), fed
through the one rule it covers; each fails without its rule."""
from __future__ import annotations

import pytest

from build_tools import metadata as md
from build_tools.segment import clean_title, head_title

# --- title: a title printed twice with what stood between the copies -------------------------


@pytest.mark.parametrize("line, want", [
    ("创建国家卫生县城表态发言稿【精选3篇】创建国家卫生县城表态发言稿", "创建国家卫生县城表态发言稿"),
    ("在全镇人居环境整治推进会上的讲话20XX/X/X在全镇人居环境整治推进会上的讲话", "在全镇人居环境整治推进会上的讲话"),
])
def test_a_title_twice_around_a_label_or_masked_date_is_one_title(line, want):
    assert clean_title(line) == want


def test_a_title_repeating_words_around_a_word_is_kept():
    assert clean_title("创卫为民创卫惠民创卫为民") == "创卫为民创卫惠民创卫为民"


# --- title: notes and buttons after the title -------------------------------------------------


@pytest.mark.parametrize("line, want", [
    ("在全县巩卫工作会议上的讲话（完整版）", "在全县巩卫工作会议上的讲话"),
    ("在全区创文推进会上的讲话(定稿)", "在全区创文推进会上的讲话"),
    ("城关镇召开创卫攻坚推进会 [复制链接]", "城关镇召开创卫攻坚推进会"),
    ("在全市创城誓师大会上的讲话 【打印本页】", "在全市创城誓师大会上的讲话"),
    ("在全镇创卫工作会议上的讲话【精品】", "在全镇创卫工作会议上的讲话"),
    ("在全镇创卫工作会议上的讲话（word可编辑）", "在全镇创卫工作会议上的讲话"),
    ("在全镇创卫工作会议上的讲话 - 副本", "在全镇创卫工作会议上的讲话"),
    ("创建卫生乡镇讲话稿优秀范文", "创建卫生乡镇讲话稿"),
])
def test_a_copy_note_or_a_button_after_the_title_goes(line, want):
    assert clean_title(line) == want


def test_a_drafts_status_in_brackets_stays_in_the_title():
    assert clean_title("在全镇创卫工作会议上的讲话（讨论稿）") == "在全镇创卫工作会议上的讲话（讨论稿）"


def test_a_bracketed_note_joined_to_the_title_is_no_button():
    assert clean_title("在全市创城誓师大会上的讲话【摘要】") == "在全市创城誓师大会上的讲话【摘要】"


# --- title: a file name's year before 在 ------------------------------------------------------


def test_a_year_before_a_speech_title_that_opens_with_zai_goes():
    assert clean_title("2019年在全县创建省级卫生县城推进会上的讲话.doc") == "在全县创建省级卫生县城推进会上的讲话"


def test_a_year_that_opens_a_title_of_another_shape_stays():
    assert clean_title("2023年全县创卫动员大会讲话稿") == "2023年全县创卫动员大会讲话稿"


# --- title: a title wrapped before its last word ----------------------------------------------


def test_a_title_wrapped_before_its_last_word_is_joined():
    head = ["在全区背街小巷整治攻坚动员会上的", "讲话", "（2021年6月2日）", "韩立新"]
    assert head_title(head) == "在全区背街小巷整治攻坚动员会上的讲话"


# --- speaker: a word of the page is no bare name ----------------------------------------------


@pytest.mark.parametrize("word", ["已关注", "分享至", "已收藏"])
def test_a_short_line_that_opens_with_no_surname_is_not_the_speaker(word):
    head = ["在社区垃圾分类推进会上的讲话", "笔耕小屋", word]
    assert md.header_speaker(head) is None


def test_a_bare_name_under_the_title_is_still_the_speaker():
    assert md.header_speaker(["在社区垃圾分类推进会上的讲话", "邬海涛"]) == "邬海涛"


# --- speaker and date: a column's byline of post, name and day --------------------------------


def test_a_byline_of_post_name_and_day_gives_speaker_and_date():
    head = ["在全市背街小巷整治推进会上的讲话", "副市长　林向阳　2021-10-12"]
    assert md.infer_speaker(head[0], ["同志们："], head) == "副市长林向阳"
    assert md.speech_date(head, ["同志们："]) == "2021-10-12"


# --- speaker: a masked name in the header -----------------------------------------------------


def test_a_header_that_masks_the_name_gives_the_post():
    head = ["在**社区创卫动员会上的讲话", "**街道办事处主任 ×××"]
    assert md.header_speaker(head) == "**街道办事处主任×××"


def test_a_masked_header_gives_way_to_the_role_the_title_names():
    head = ["镇长在全镇创卫动员会上的讲话", "XX镇镇长 ××"]
    assert md.infer_speaker(head[0], ["同志们："], head) == "镇长"


# --- level: a community is no district --------------------------------------------------------


def test_a_community_that_convenes_is_no_district():
    opening = ["居民朋友们：", "今天，社区召开创文动员会，和大家商量楼道整治的事。"]
    assert md.meeting_level("在社区创文动员会上的讲话", opening) != "区"


# --- speaker: two leaders named together in a report ------------------------------------------


def test_of_two_leaders_named_together_the_first_is_the_speaker():
    paras = ["5月8日，县委书记韩东升、县长龚丽带领观摩团察看了城区六个创文点位。",
             "观摩结束后召开了推进会，各乡镇汇报了进展，大家都表示要加把劲。"]
    assert md.infer_speaker("城关县开展创文观摩活动", paras) == "县委书记韩东升"


def test_one_leaders_posts_stay_together():
    paras = ["5月8日，县委副书记、县长龚丽带领观摩团察看了城区六个创文点位。"]
    assert md.infer_speaker("城关县开展创文观摩活动", paras) == "县委副书记、县长龚丽"


# --- speaker: a post that names a campaign's headquarters in quotes ---------------------------


def test_a_post_with_a_quoted_campaign_name_is_read_whole():
    paras = ["7月3日，市“创卫”办第五次调度会召开。副市长、市“创卫”指挥部指挥长贺立明出席会议并讲话。"]
    assert md.infer_speaker("市“创卫”办第五次调度会召开", paras) == "副市长、市“创卫”指挥部指挥长贺立明"


# --- speaker: a report, then the speech given at the meeting it reports -----------------------

_REPORT_THEN_SPEECH = """青溪县召开创建省级卫生县城推进大会
5月12日，青溪县召开创建省级卫生县城推进大会，县委书记罗文涛出席会议并讲话，县长钱敏主持会议。
会上，县爱卫办通报了前期暗访发现的问题，城关镇、县市场监管局作了表态发言。
罗文涛指出，创卫已经到了攻坚阶段，各单位要对照问题清单逐项整改，确保年内通过省级评估。
讲话全文如下：
在全县创建省级卫生县城推进大会上的讲话
同志们：
今天召开全县创建省级卫生县城推进大会，主要是通报前期工作，查找问题短板，部署下一阶段攻坚任务。刚才，钱敏同志主持了会议，两个单位作了表态发言，讲得都很实在，我都赞成。
第一，问题要见底。暗访发现的问题，不少是老问题，反复出现，说明整改没有到位。各单位要把问题一条一条列出来，明确责任人和完成时限，整改一个销号一个。
第二，责任要到人。县级领导要到分包的乡镇和社区去，看点位、查问题、促整改，不能只听汇报。
同志们，创卫没有退路，让我们一鼓作气，把这项惠民工程办好办实。
"""


def _page_speeches(text: str):
    from build_tools.ingest import build_drafts
    from build_tools.readers import read_bytes

    drafts, _, _ = build_drafts(read_bytes(text.encode("utf-8"), "page.txt"), [])
    return [d.speech for d in drafts]


def test_a_speech_after_the_report_of_its_meeting_is_the_reported_leaders():
    report, speech = _page_speeches(_REPORT_THEN_SPEECH)
    assert report.genre == "会议报道" and report.speaker == "县委书记罗文涛"
    assert speech.speaker == "县委书记罗文涛"


def test_a_speech_at_another_meeting_takes_no_reported_speaker():
    text = _REPORT_THEN_SPEECH.replace("在全县创建省级卫生县城推进大会上的讲话", "在全县秋冬季爱国卫生运动部署会上的讲话")
    report, speech = _page_speeches(text)
    assert speech.speaker is None


# --- title: a news page's <title> gives its headline before the site's name -------------------


def test_a_news_pages_title_tag_gives_the_headline_before_the_sites_name():
    from build_tools.segment import page_headline

    got = page_headline("“文明出行我先行”劝导周启动", [], "“文明出行我先行”劝导周启动_青溪新闻网")
    assert got == "“文明出行我先行”劝导周启动"


def test_a_title_tag_without_a_sites_name_gives_no_headline():
    from build_tools.segment import page_headline

    assert page_headline("“文明出行我先行”劝导周启动", [], "“文明出行我先行”劝导周启动_工作动态") is None


# --- date and level: the pieces of a meeting's materials --------------------------------------

_PACKET = """青溪镇人居环境整治推进会议材料
二〇二三年四月十一日
在全镇人居环境整治推进会议上的讲话
镇长　钱立新
同志们：
今天召开全镇人居环境整治推进会议，主要是通报前一阶段的检查情况，安排下一阶段的整治任务。上周镇里组织了一次交叉检查，各村的进展不平衡，有的村垃圾清运不及时，有的村河塘沟渠还没有清理到位。
下一步，各村要对照检查通报逐项整改，镇里每周组织一次暗访，暗访结果在全镇通报。包村干部要到村里去，和村干部一起抓整改，不能只看报表。
还要把长效机制建起来。每个村都要制定村规民约，把门前三包写进去；镇里设立流动红旗，每月评比一次，评上的村在全镇大会上表扬，排在末位的村由包村领导带着村干部到先进村学习。
镇财政也会拿出一部分资金，对整治成效明显的村给予奖励，把好钢用在刀刃上。
同志们，人居环境整治是群众看得见的事，希望大家把这件事抓实抓好。
东岗村表态发言
尊敬的各位领导、同志们：
东岗村在这次交叉检查中排名靠后，我们感到很惭愧。在这里，我代表村两委表态如下：
一是十天内把村里的积存垃圾全部清运完毕，每个自然村配齐保洁员，做到垃圾日产日清。
二是本月内完成三条主要河沟的清淤，河塘边的杂物一律清理，不留死角。
三是村干部每人包一个自然村，每天早晚各巡查一次，发现乱堆乱放当场督促清理，屡教不改的在村务公开栏里曝光。
四是发动党员和村民代表带头整治自家房前屋后，每月评选一次美丽庭院，让群众自己管好自己的家园。
我们保证，以实实在在的整改成效迎接镇里的下一次检查！
"""


def test_the_cover_of_a_meetings_materials_dates_its_pieces():
    speech, pledge = _page_speeches(_PACKET)
    assert speech.date == "2023-04-11"
    assert pledge.genre == "表态发言" and pledge.date == "2023-04-11"
    assert pledge.level == speech.level == "乡镇"


def test_a_date_line_without_a_materials_cover_dates_no_other_piece():
    from build_tools import metadata

    assert metadata.packet_date(["二〇二三年四月十一日", "在全镇人居环境整治推进会议上的讲话"]) is None
    assert metadata.packet_date(["青溪镇人居环境整治推进会议材料", "二〇二三年四月十一日"]) == "2023-04-11"


# --- date: a cover's month gives way to the day under the title -------------------------------


def test_a_covers_month_gives_way_to_the_day_under_the_title():
    head = ["全县创卫工作会议讲话汇编", "2021年9月", "目录", "在全县创卫工作会议上的讲话", "（2021年9月14日）"]
    assert md.speech_date(head, ["同志们："]) == "2021-09-14"


def test_a_month_alone_still_dates_the_speech():
    assert md.speech_date(["在全县创卫工作会议上的讲话", "（2021年9月）"], ["同志们："]) == "2021-09"


# --- published: a column's stamp at the foot of its article -----------------------------------


def test_a_columns_stamp_under_the_article_is_its_posting_date():
    from build_tools import ingest

    lines = ["在社区创文推进会上的讲话", "同志们：",
             "今天召开社区创文推进会，主要是把楼道整治和垃圾分类的任务再明确一下，请各楼栋长回去以后逐户落实。",
             "编辑于 2022-11-03 20:15・IP 属地浙江", "赞同 12　添加评论　分享"]
    assert md.foot_posted(ingest.raw_foot_lines(lines)) == "2022-11-03"


def test_a_date_in_the_foots_links_is_no_posting_stamp():
    from build_tools import ingest

    lines = ["同志们：", "今天召开社区创文推进会，主要是把楼道整治和垃圾分类的任务再明确一下，请各楼栋长回去以后逐户落实。",
             "相关推荐", "在街道创卫动员会上的讲话 2022-10-08"]
    assert md.foot_posted(ingest.raw_foot_lines(lines)) is None


# --- title: the pieces of a collection numbered under one heading -----------------------------

_NUMBERED = """创卫迎检动员讲话
（一）：
同志们：
今天召开全县创卫迎检动员会，主要是对迎接省级暗访的各项工作再作一次部署。离暗访组进驻只有一个月，时间紧、任务重，各乡镇、各部门要把迎检当作头等大事来抓。
从前期自查的情况看，问题主要集中在农贸市场、背街小巷和城乡结合部，有的老问题反复出现，说明整改没有到位，长效机制没有建起来。
暗访不打招呼、不定路线，看的是平时的样子。哪个地方平时管得好，暗访时就不怕看；哪个地方靠突击，暗访时就一定会露馅。
各责任单位要对照问题清单逐项整改，能马上改的马上改，一时改不了的要明确时限，县创卫办每周通报一次进度，对拖后腿的单位要约谈主要负责同志。
同志们，创卫迎检没有退路，希望大家拿出决战的姿态，扎扎实实把每一项整改任务落到实处，确保顺利通过暗访。
（二）：
同志们：
按照县里的统一部署，今天镇里召开创卫迎检推进会，把县里的要求落实到每一个村、每一条街。集镇是暗访的重点，主街的占道经营和河道垃圾是群众反映最多的问题。
镇村干部要分片包干，每天上街巡查，发现问题当场处理，不能等、不能拖。各村要组织志愿者开展环境大扫除，让群众都参与进来。
镇卫生院要把集镇上的小餐馆、小理发店逐户查一遍，证照不全、三防设施不到位的，限期整改，到期不改的一律停业。
同志们，迎检时间已经不多了，让我们一起努力，交出一份满意的答卷。
"""


def test_a_piece_numbered_under_a_heading_takes_the_heading_as_its_title():
    first, second = _page_speeches(_NUMBERED)
    assert first.title == "创卫迎检动员讲话"
    assert second.title == "创卫迎检动员讲话"


# --- speaker: more header and title shapes ----------------------------------------------------


@pytest.mark.parametrize("line, want", [
    ("邬海涛（县委书记）", "县委书记邬海涛"),
    ("邬海涛　县委书记", "县委书记邬海涛"),
    ("县委书记：邬海涛", "县委书记邬海涛"),
    ("县委书记 邬海涛 同志", "县委书记邬海涛"),
    ("县委副书记、县创卫指挥部总指挥 邬海涛", "县委副书记、县创卫指挥部总指挥邬海涛"),
])
def test_a_header_line_names_the_speaker_in_more_shapes(line, want):
    assert md.header_speaker(["在全县创卫推进会上的讲话", line]) == want


def test_a_field_with_a_colon_is_still_no_speaker():
    assert md.header_speaker(["在全县创卫推进会上的讲话", "来源：青溪日报"]) is None


def test_a_title_that_opens_with_a_persons_name_gives_the_speaker():
    assert md.infer_speaker("邬海涛在全县创卫推进会上的讲话", ["同志们："]) == "邬海涛"


@pytest.mark.parametrize("title", ["王集镇在全县创卫推进会上的讲话", "黄石在全省创文推进会上的讲话"])
def test_a_title_that_opens_with_a_place_names_no_speaker(title):
    assert md.infer_speaker(title, ["同志们："]) is None


# --- speaker: a report's list of leaders, and the one it says spoke ---------------------------


def test_the_first_of_a_list_of_leaders_who_attend_and_speak_is_the_speaker():
    paras = ["6月2日，青溪县召开创卫推进会，县委书记邬海涛，县委副书记、县长龚丽出席会议并讲话。"]
    assert md.infer_speaker("青溪县召开创卫推进会", paras) == "县委书记邬海涛"


def test_of_leaders_who_attend_the_one_the_report_says_spoke_is_the_speaker():
    paras = ["6月2日，青溪县召开创卫推进会。县委书记邬海涛，县委副书记、县长龚丽出席会议。"
             "邬海涛在讲话中指出，创卫已到攻坚阶段，各单位要对照清单逐项整改。"]
    assert md.infer_speaker("青溪县召开创卫推进会", paras) == "县委书记邬海涛"


def test_one_who_presides_before_the_leader_who_speaks_is_not_listed_first():
    paras = ["6月2日，青溪县召开创卫推进会，县委书记邬海涛主持会议，县长龚丽出席会议并讲话。"]
    assert md.infer_speaker("青溪县召开创卫推进会", paras) == "县长龚丽"


# --- title and speaker: a byline run onto the title's line ------------------------------------


@pytest.mark.parametrize("line", ["在全县创卫推进会上的讲话 县委书记 邬海涛", "在全县创卫推进会上的讲话县委书记 邬海涛"])
def test_a_byline_run_onto_the_titles_line_leaves_the_title_and_gives_the_speaker(line):
    assert clean_title(line) == "在全县创卫推进会上的讲话"
    assert md.header_speaker([line]) == "县委书记邬海涛"


def test_a_count_of_pieces_in_chinese_numerals_is_no_part_of_the_title():
    assert clean_title("在全县创卫推进会上的讲话（两篇）") == "在全县创卫推进会上的讲话"
    assert clean_title("（三篇）在全县创卫推进会上的讲话") == "在全县创卫推进会上的讲话"


# --- title: what a page prints around a speech's title on its line ----------------------------


@pytest.mark.parametrize("line", [
    "在全县创卫推进会上的讲话 阅读：218",
    "在全县创卫推进会上的讲话 2022-06-02",
    "在全县创卫推进会上的讲话 PDF",
    "在全县创卫推进会上的讲话 免费下载",
    "2022-06-02 在全县创卫推进会上的讲话",
    "在全县创卫推进会上的讲话_领导讲话_青溪县人民政府",
    "在全县创卫推进会上的讲话 - 某某文库",
])
def test_a_pages_words_around_a_speech_title_go(line):
    assert clean_title(line) == "在全县创卫推进会上的讲话"


def test_a_table_row_of_fields_is_not_cut_to_a_title():
    assert clean_title("| 在全县创卫推进会上的讲话 | 文号：") != "在全县创卫推进会上的讲话"
