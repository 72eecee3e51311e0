"""One behaviour per fixture under tests/fixtures/ingest/: pages from sites the rules have
never seen (other encodings, other chrome, other watermark and paywall wording)."""
from __future__ import annotations

import importlib.util
import re


from build_tools.cleaning import HAN
from build_tools.readers import read_path
from ingest_support import (FIXTURES, cli, entries, fixture, seed_corpus,
                            ingest_one_fixture, tree_hash)

# Characters that only exist in Traditional script (環境 -> 环境: 境 is the same in both).
TRADITIONAL = set("黨書記會議講話們縣區鎮創衛環實幹與責這動員")
HAN_SPACE_HAN = re.compile(f"[{HAN}，。；：！？、] +[{HAN}]|[{HAN}] +[{HAN}，。；：！？、]")


def one(tmp_path, name):
    res, got = ingest_one_fixture(tmp_path, name)
    assert res.code == 0, res.out
    assert len(got) == 1, res.out
    return got[0]


def test_committed_encoded_fixtures_match_generator():
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    for name, data in mod.build().items():
        assert (FIXTURES / name).read_bytes() == data, f"re-run make_fixtures.py ({name})"


# --- encodings ------------------------------------------------------------------------------

def test_gb18030_page(tmp_path):
    _, page = read_path(fixture("gbk_page.txt"))
    assert page.encoding.lower().replace("_", "") in {"gb18030", "gbk", "gb2312"}
    s = one(tmp_path, "gbk_page.txt")
    assert s.title == "在全市创建国家卫生城市攻坚推进会上的讲话"
    assert s.paragraphs[0] == "同志们："
    assert ("一、认清形势，增强创卫工作的紧迫感。距离国家暗访评估只剩下不到一百天，病媒生物防制、"
            "农贸市场改造、背街小巷整治等短板仍然突出，各级各部门必须把创卫摆在更加突出的位置。") in s.paragraphs
    assert s.published == "2023-06-12"
    assert "学习啦" not in s.text and "来源" not in s.text and ">" not in s.text


def test_big5_plain_page_is_simplified(tmp_path):
    s = one(tmp_path, "big5_plain.txt")
    assert s.title == "在全县创建文明县城动员大会上的讲话"
    assert "这次大会的主要任务是动员全县干部群众迅速行动起来" in s.text
    assert not set(s.text) & TRADITIONAL
    assert "首页" not in s.text


def test_big5_hkscs_traditional_with_glued_pinyin(tmp_path):
    s = one(tmp_path, "big5_traditional.txt")
    assert s.title == "镇党委书记在创建省级卫生镇工作会议上的讲话"
    assert "今天我们召开全镇创卫工作会议" in s.text
    assert not set(s.text + s.title) & TRADITIONAL
    assert not re.search(r"[a-zāáǎàēéěèīíǐìōóǒòūúǔù?]", s.text)


def test_utf16_with_bom(tmp_path):
    _, page = read_path(fixture("utf16_bom.txt"))
    assert page.encoding.startswith("utf-16")
    s = one(tmp_path, "utf16_bom.txt")
    assert s.title == "在全区创建全国文明城区誓师大会上的讲话"
    assert s.paragraphs[0] == "各位领导、同志们："
    assert len(s.paragraphs) == 5
    assert "\x00" not in s.text and "\ufeff" not in s.text


def test_utf8_bom_and_crlf(tmp_path):
    s = one(tmp_path, "utf8_bom_crlf.txt")
    assert s.title == "在全县国家卫生县城复审迎检工作会议上的讲话"
    assert s.paragraphs[0] == "同志们：" and s.paragraphs[-1] == "谢谢大家！"
    assert len(s.paragraphs) == 6
    raw = (tmp_path / "corpus" / "speeches" / f"{s.id}.md").read_bytes()
    assert b"\r" not in raw and not raw.startswith(b"\xef\xbb\xbf")


# --- HTML ----------------------------------------------------------------------------------

_ARTICLE = re.search(r"<article.*?</article>", fixture("page.html").read_text("utf-8"), re.S).group(0)
HTML_PARAGRAPHS = re.findall(r"<p>(.*?)</p>", _ARTICLE)


def test_html_speech_paragraphs_survive_and_chrome_goes(tmp_path):
    s = one(tmp_path, "page.html")
    assert s.title == "在全市文明交通整治行动部署会上的讲话"
    expected = [p.replace(",", "，") for p in HTML_PARAGRAPHS]
    assert s.paragraphs == expected
    for junk in ("广告", "VIP", "网站首页", "当前位置", "相关文章", "热门推荐", "Copyright", "ICP",
                 "统计代码", "_hmt", "font-family", "海量范文", "工作总结", "阅读：", "作者"):
        assert junk not in s.text, junk
    assert s.published == "2023-09-18"
    assert s.sources[0]["site"] == "公文易范文网"


def test_html_chinese_lines_not_joined_with_spaces(tmp_path):
    s = one(tmp_path, "page.html")
    assert not HAN_SPACE_HAN.search(s.text), HAN_SPACE_HAN.search(s.text)


# --- compilation pages ----------------------------------------------------------------------

def test_compilation_split_at_markers(tmp_path):
    res, got = ingest_one_fixture(tmp_path, "compilation_fanwen.txt")
    assert res.code == 0, res.out
    got.sort(key=lambda s: s.sources[0]["part"])
    assert [s.title for s in got] == ["社区党委书记在创城推进会上的表态发言",
                                     "市场监管局局长在创城工作会议上的表态发言"]
    assert [s.sources[0]["part"] for s in got] == [1, 2]
    assert all(s.genre == "表态发言" for s in got)
    assert got[0].paragraphs[0] == "尊敬的各位领导、同志们："
    assert got[0].paragraphs[-1] == "我们有信心、有决心，保质保量完成创城各项任务，请各位领导放心！"
    assert got[1].paragraphs[0] == "各位领导、同志们："
    for s in got:
        assert "精选2篇" not in s.text and "小编" not in s.text
        assert "上一篇" not in s.text and "下一篇" not in s.text
    assert got[0].published == "2024-03-05"


def test_compilation_footer_removed(tmp_path):
    _, got = ingest_one_fixture(tmp_path, "compilation_fanwen.txt")
    last = max(got, key=lambda s: s.sources[0]["part"])
    assert last.paragraphs[-1].startswith("我们保证，一定以最坚决的态度")
    assert "以上就是" not in last.text and "范文大全网" not in last.text


# --- watermarks, paywalls, chrome of other sites --------------------------------------------

def test_bracket_watermark_removed_mid_sentence(tmp_path):
    s = one(tmp_path, "watermark_bracket.txt")
    assert ("下一步，我们要把文明村镇创建与乡村振兴结合起来，以点带面推动全县农村精神文明建设上台阶。"
            in s.text)
    for junk in ("来源", "www", "优文", "范文网", "（）"):
        assert junk not in s.text
    assert not s.masked


def test_paywall_of_another_site(tmp_path):
    s = one(tmp_path, "paywall_other_site.txt")
    assert s.truncated is True
    assert s.truncation["total"] == 4860
    assert s.truncation["shown"] == 4860 - 2930
    for junk in ("试读", "VIP", "开通", "全文共", "剩余"):
        assert junk not in s.text
    assert "重点单位防制设施配备率达到百分之百。" in s.text


def test_paywall_keeps_the_cut_sentence(tmp_path):
    s = one(tmp_path, "paywall_other_site.txt")
    assert "第三，切实加强食品安全和公共场所卫生监管，对小餐饮、小作坊开展拉网式检查" in s.text


def test_chrome_of_another_site(tmp_path):
    s = one(tmp_path, "chrome_other_site.txt")
    for junk in ("您现在的位置", "浏览次数", "上一篇", "下一篇", "扫码", "公众号", "ICP", "Copyright",
                 "笔墨公文网", "更新日期", ">"):
        assert junk not in s.text, junk
    raw = fixture("chrome_other_site.txt").read_text("utf-8").splitlines()
    body = raw[raw.index("同志们：") + 1: raw.index("同志们：") + 5]
    assert s.paragraphs == ["同志们："] + body
    assert s.published == "2023-11-02"
    assert s.sources[0]["site"] == "笔墨公文网"


def test_seed_speech_in_other_chrome_is_a_duplicate(tmp_path):
    corpus = seed_corpus(tmp_path)
    [orig] = [s for s in entries(corpus) if s.sources[0]["file"].startswith("004")]
    before = tree_hash(corpus)
    res = cli("ingest", fixture("duplicate_other_chrome.txt"), "--corpus", corpus)
    assert res.code == 0, res.out
    assert "新增 0 篇" in res.out
    assert f"与已收录的 {orig.id}《{orig.title}》重复" in res.out
    assert tree_hash(corpus) == before


# --- places ---------------------------------------------------------------------------------

def test_place_from_district(tmp_path):
    s = one(tmp_path, "place_district.txt")
    assert (s.province, s.city, s.district) == ("浙江省", "杭州市", "余杭区")
    assert "yuhang" in s.id


def test_place_not_taken_from_a_compared_city(tmp_path):
    s = one(tmp_path, "place_compare.txt")
    assert (s.province, s.city) == ("浙江省", "衢州市")
    assert s.district is None


def test_masked_place_left_empty(tmp_path):
    res, [s] = ingest_one_fixture(tmp_path, "masked_place.txt")
    assert (s.province, s.city, s.district) == (None, None, None)
    assert s.masked is True
    assert "XX市" in s.title
    assert "来源隐去了部分名称" in res.out
