"""Writes the evaluation pages (tests/eval/pages/) and their gold labels (tests/eval/gold.yaml).

Run from the repository root: `.venv/bin/python tests/eval/make_pages.py`. The pages and
gold.yaml are committed; this script is their readable source. Every page is a speech of
bodies.py wrapped the way 范文/公文/news sites and PDF/Word copies wrap them — the site
text, debris, masks, encodings and layouts of the failure classes in issue 10 — in
wordings written for this project. Each page's site text is its own, and the held-out
pages (holdout: true) use wordings and bodies the rules were never tuned on.

Gold per page: `speeches` (in page order: title, genre, level, date, speaker — a list of
acceptable forms —, province/city/district, masked, truncated), `junk` (strings that must
be gone from every title and text; "re:" marks a regular expression) and `kept` (sentences
that must appear intact inside one paragraph).
"""
from __future__ import annotations

import copy
import re
from pathlib import Path

import yaml

from bodies import BODIES

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"

# --- page building -----------------------------------------------------------------------------


class J(str):
    """A line of site text: must be gone. `key` is what is checked (default: its longest
    run of Han characters, since cleaning changes punctuation and spaces)."""

    def __new__(cls, text: str, key: str | None = None):
        obj = super().__new__(cls, text)
        if key is None:
            runs = sorted(re.findall(r"[\u4e00-\u9fff]{4,}", text), key=len, reverse=True) or (
                [text] if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", text) else [])
            assert runs, f"give a key for junk line {text!r}"
            key = runs[0][:16]
        obj.key = key
        return obj


class Ctx:
    def __init__(self, key: str, fills: dict[str, str] | None = None):
        b = copy.deepcopy(BODIES[key])
        fills = fills or {}
        for k, v in fills.items():
            b["title"] = b["title"].replace("{" + k + "}", v)
            b["paras"] = [p.replace("{" + k + "}", v) for p in b["paras"]]
        self.body = b
        self.title = b["title"]
        self.header = list(b["header"])
        self.paras = list(b["paras"])
        self.kept: list[str] = []
        self.junk: list[str] = []
        self.gold = {
            "title": b["title"], "genre": b["genre"], "level": b["level"],
            "date": b["header_date"] or b["date"],
            "speaker": b["header_speaker"] or b["speaker"],
            "province": b["place"][0], "city": b["place"][1], "district": b["place"][2],
            "masked": b["masked"], "truncated": False,
        }
        self.min_paras = None

    def no_header(self):
        self.header = []
        if self.body["header_date"]:
            self.gold["date"] = self.body["date"]
        if self.body["header_speaker"]:
            self.gold["speaker"] = self.body["speaker"]
        return self

    def auto_kept(self):
        """The speech's first sentence and (unless cut) its last one, from the body."""
        paras = self.body["paras"]
        start = 1 if re.search(r"[：:]$", paras[0]) else 0
        first = next(p for p in paras[start:] if re.search("[。！？]", p))
        self.kept.insert(0, re.split("(?<=[。！？])", first)[0])
        if not self.gold["truncated"]:
            last = [s for s in re.split("(?<=[。！？])", paras[-1]) if s][-1]
            self.kept.append(last)


def sentence_with(text: str, needle: str) -> str:
    for s in re.split("(?<=[。！？；])", text):
        if needle in s:
            return s
    raise AssertionError(needle)


# Operations on a Ctx's paragraphs -----------------------------------------------------------

def spam(i: int, after: str, word: str):
    def op(c: Ctx):
        p = c.paras[i]
        assert after in p, (after, p)
        c.kept.append(sentence_with(p, after))
        c.paras[i] = p.replace(after, after + word, 1)
        c.junk.append(J(word, key=re.sub(r"[^\u4e00-\u9fff]", "", word)[:8] or word))
    return op


def cut(i: int, at: str, notices: list[str], trail: str = ""):
    """The page shows paragraphs up to i, then part of i up to `at`, then a paywall."""
    def op(c: Ctx):
        p = c.paras[i]
        pos = p.index(at) + len(at)
        c.paras = c.paras[:i] + [p[:pos] + trail] + [J(n) if not isinstance(n, J) else n
                                                   for n in notices]
        c.junk += [n for n in c.paras[i + 1:]]
        c.gold["truncated"] = True
        # the last whole sentence before the cut is kept
        whole = [s for s in re.split("(?<=[。！？])", p[:pos]) if s.endswith(("。", "！", "？"))]
        if whole:
            c.kept.append(whole[-1])
    return op


def insert(i: int, *lines):
    """Site lines between paragraph i-1 and i (newspaper jumps, ads)."""
    def op(c: Ctx):
        c.paras[i:i] = list(lines)
        c.junk += [x for x in lines if isinstance(x, J)]
    return op


def glue_number(i: int, word: str, n: str):
    """A page number glued into a word at a page break: 重要意3义."""
    def op(c: Ctx):
        p = c.paras[i]
        c.kept.append(sentence_with(p, word))
        c.paras[i] = p.replace(word, word[:len(word) // 2] + n + word[len(word) // 2:], 1)
    return op


def hyphen(i: int, word: str):
    """A line-break hyphen inside a word: 管-\\n理."""
    def op(c: Ctx):
        p = c.paras[i]
        c.kept.append(sentence_with(p, word))
        k = len(word) // 2
        c.paras[i] = p.replace(word, word[:k] + "-\n" + word[k:], 1)
    return op


def spaced(i: int):
    """Spaces between the characters of a paragraph (a PDF copy)."""
    def op(c: Ctx):
        p = c.paras[i]
        c.kept.append(re.split("(?<=[。！？])", p)[0])
        c.paras[i] = " ".join(p)
    return op


def replace(old: str, new: str, kept: bool = True):
    def op(c: Ctx):
        for n, p in enumerate(c.paras):
            if old in p:
                if kept:
                    c.kept.append(sentence_with(p, old))
                c.paras[n] = p.replace(old, new)
    return op


def wrap(width: int, blank_every: int = 0, page_lines: list[str] | None = None):
    """Hard line wraps mid-sentence; optionally a page footer line every few lines."""
    def op(c: Ctx):
        out = []
        for p in c.paras:
            if len(p) <= width or isinstance(p, J):
                out.append(p)
                continue
            chunks = [p[k:k + width] for k in range(0, len(p), width)]
            out.append("\n".join(chunks))
        lines = "\n".join(out).split("\n")
        if page_lines:
            step = max(8, len(lines) // (len(page_lines) + 1))
            for n, pl in enumerate(page_lines):
                at = min(len(lines), step * (n + 1) + n)
                lines.insert(at, pl)
        c.paras = lines
        c.junk += [x for x in page_lines or [] if isinstance(x, J)]
        # two sentences that now cross a line break must come back whole
        lines = set(c.paras)
        crossing = [s for p in c.body["paras"] for s in re.split("(?<=[。！？])", p)
                    if s.endswith(("。", "！", "？")) and not any(s in ln for ln in lines)
                    and s in "".join(c.paras)]
        c.kept += crossing[1:3]
    return op


def twice(sep_lines: list[str] | None = None):
    """The page prints the speech twice in a row (title repeated)."""
    def op(c: Ctx):
        c.paras = c.paras + (sep_lines or []) + [c.title] + list(c.paras)
    return op


def summary_first(n: int, label: str):
    """A summary (the opening paragraphs) then the full text."""
    def op(c: Ctx):
        c.paras = [label] + c.paras[:n] + ["……"] + [c.title] + c.paras
    return op


def one_line(c: Ctx):
    c.paras = ["".join(c.paras)]
    c.min_paras = 4


def no_header(c: Ctx):
    c.no_header()


# Title styles -------------------------------------------------------------------------------

def title_lines(c: Ctx, style: str) -> list[str]:
    t = c.title
    if style == "plain":
        return [t]
    if style == "none":
        return []
    if style == "wrap":
        k = len(t) * 3 // 5
        return [t[:k], t[k:]]
    if style.startswith("label:"):
        return [style[6:].replace("{t}", t)]
    if style.startswith("field:"):
        return [style[6:] + t]
    raise ValueError(style)


# --- pages ---------------------------------------------------------------------------------------

PAGE_SPECS: list[dict] = []


def page(name: str, key: str, *, fmt: str = "txt", enc: str = "utf-8", top=(), title="plain",
         ops=(), bottom=(), fills=None, trad: str | None = None, holdout: bool = False,
         html_title: str | None = None, sep: str = "\n", indent: str = "", gold=None,
         published: str | None = None, header_style: str = "lines", extra_junk=(), batch: int = 1):
    PAGE_SPECS.append(dict(name=name, parts=[dict(key=key, title=title, ops=list(ops), fills=fills,
                                                  gold=gold or {})],
                           fmt=fmt, enc=enc, top=list(top), bottom=list(bottom), trad=trad,
                           holdout=holdout, html_title=html_title, sep=sep, indent=indent,
                           published=published, header_style=header_style,
                           extra_junk=list(extra_junk), batch=batch))


def compilation(name: str, parts: list[dict], *, fmt="txt", enc="utf-8", top=(), bottom=(),
                holdout=False, html_title=None, sep="\n"):
    PAGE_SPECS.append(dict(name=name, parts=parts, fmt=fmt, enc=enc, top=list(top),
                           bottom=list(bottom), trad=None, holdout=holdout,
                           html_title=html_title, sep=sep, indent="", published=None,
                           header_style="lines", extra_junk=[]))


def build(spec: dict) -> tuple[str, dict]:
    lines: list[str] = []
    junk: list[J] = [x for x in spec["top"] + spec["bottom"] if isinstance(x, J)]
    junk += spec["extra_junk"]
    kept: list[str] = []
    golds = []
    lines += spec["top"]
    min_paras = []
    for part in spec["parts"]:
        c = Ctx(part["key"], part.get("fills"))
        for op in part["ops"]:
            op(c)
        c.auto_kept()
        tl = title_lines(c, part["title"])
        if part.get("label"):
            lines.append(part["label"])
        lines += tl
        if spec["header_style"] == "inline" and c.header:
            lines.append("　".join(c.header))
        else:
            lines += c.header
        lines += c.paras
        gold = dict(c.gold)
        gold.update(part["gold"])
        golds.append(gold)
        kept += c.kept
        junk += c.junk
        min_paras.append(c.min_paras)
    lines += spec["bottom"]
    text = _layout(spec, lines)
    if spec["trad"]:
        import opencc
        text = opencc.OpenCC(spec["trad"]).convert(text)
        if spec.get("pinyin"):
            for a, b in spec["pinyin"]:
                text = text.replace(a, b)
    speeches = []
    for g, mp in zip(golds, min_paras, strict=True):
        d = dict(g)
        if mp:
            d["min_paras"] = mp
        speeches.append(d)
    gold = {"holdout": spec["holdout"], "batch": spec.get("batch", 1), "speeches": speeches,
            "junk": sorted(set(j.key for j in junk)), "kept": list(dict.fromkeys(kept))}
    if spec["published"]:
        gold["published"] = spec["published"]
    return text, gold


def _layout(spec: dict, lines: list[str]) -> str:
    if spec.get("one_line"):   # a document site's dump: every line glued into one
        return "".join(str(x) for x in lines) + "\n"
    if spec["fmt"] == "txt":
        return spec["sep"].join(spec["indent"] + x if x and not isinstance(x, J) else str(x)
                                for x in lines) + "\n"
    # HTML: site lines before the title go in a navigation bar, the rest in the article (as
    # real 范文 sites do, with their intro/outro/footer text inside the article block).
    charset = {"gb18030": "gbk", "big5": "big5"}.get(spec["enc"], "utf-8")
    esc = lambda s: s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # noqa: E731
    n_top = len(spec["top"])
    nav = "".join(f"<a href='#'>{esc(x)}</a> " for x in lines[:n_top][:1])
    body = []
    for i, x in enumerate(lines[n_top:] if nav else lines):
        tag = "h1" if i == 0 and not isinstance(x, J) and len(x) < 60 else "p"
        body.append(f"<{tag}>{esc(x).replace(chr(10), '<br>')}</{tag}>")
    rest_top = "".join(f"<div class='intro'>{esc(x)}</div>" for x in lines[1:n_top]) if nav else ""
    title = spec["html_title"] or ""
    return (f"<!DOCTYPE html>\n<html><head><meta charset=\"{charset}\"><title>{esc(title)}</title>"
            f"</head>\n<body>\n<div class=\"nav\">{nav}</div>\n<div class=\"article\">\n{rest_top}"
            + "\n".join(body) +
            "\n</div>\n<div class=\"copyright\">Copyright &copy; 2016-2024 All Rights Reserved</div>"
            "\n</body></html>\n")


# --- the set ----------------------------------------------------------------------------------
# Tuning pages first (the rules may be tuned on them), then the held-out ones.

T = "{t}"

page("dz01", "dezhou",
     top=[J("德润范文网 > 讲话稿 > 卫生城市", key="德润范文网"),
          J("下面是小编为大家整理的在全市巩卫工作会议上的讲话范文，欢迎阅读参考，希望对您有所帮助！")],
     bottom=[J("本文标题：在全市巩固国家卫生城市工作会议上的讲话", key="本文标题"),
             J("本文链接：https://www.derun-fw.cn/jianghua/2023/0412/88231.html", key="derun-fw"),
             J("版权声明：本站文章均来自网络，如有侵权请联系删除。")])
page("dz02", "dezhou", enc="gb18030", title="label:篇1：{t}",
     top=[J("以下是本站为大家精选的卫生城市讲话稿3篇，供大家参考借鉴。")],
     ops=[spam(3, "垃圾清运不及时，", "【治疗牛皮癣哪家好】")],
     bottom=[J("我要投稿"), J("复制全文　下载文档", key="复制全文")])
page("dz03", "dezhou", fmt="html", html_title="在全市巩固国家卫生城市工作会议上的讲话_求是文秘网",
     top=[J("首页 | 讲话稿 | 工作总结 | 心得体会", key="工作总结"),
          J("文秘网为你精心整理了优秀的讲话稿写作素材，快来看看吧！")],
     ops=[cut(5, "机关、学校、医院率先", ["此处内容需要权限查看", "开通会员免费查看全文"])])
page("dz04", "dezhou", title="wrap",
     ops=[glue_number(3, "影响复审", "3"), hyphen(5, "网格化"),
          wrap(34, page_lines=[J("第 1 页 共 3 页", key="re:第\\s*\\d+\\s*页\\s*共"),
                               J("第 2 页 共 3 页", key="re:第\\s*\\d+\\s*页\\s*共")])])
page("dz05", "dezhou", enc="utf-16", title="field:标题：",
     top=[J("讲话稿是领导在会议上讲话时使用的文稿。一篇好的讲话稿，要做到主题鲜明、层次清楚、语言朴实。"
            "卫生城市创建是近年来各地的一项重点工作，相关会议很多。为了方便网友写作，我们收集了一些优秀讲话稿。",
            key="为了方便网友写作")],
     ops=[no_header, replace("德州", "德 州"), spaced(7)],
     gold={"date": None, "speaker": None})
page("dz06", "dezhou", published="2023-04-12",
     top=[J("发布时间：2023-04-12 09:31　浏览：1286次", key="浏览")],
     ops=[twice([J("（本文共2页，以下为全文）", key="以下为全文")])])
page("dz07", "dezhou", enc="gb18030", ops=[no_header, one_line],
     bottom=[J("喜欢这篇文章？欢迎分享给更多的朋友。")])
page("dz08", "dezhou", header_style="inline",
     top=[J("【导语】国家卫生城市是反映城市卫生整体水平的荣誉称号。本文是网友投稿的一篇会议讲话，仅供学习交流。",
            key="本文是网友投稿的一篇会议讲话")],
     bottom=[J("文章来源于网络，仅供参考，如需使用请自行修改。")])

page("dt01", "dantu",
     top=[J("编者按：本篇材料由热心网友上传分享，内容仅供写作参考，请勿照搬照抄。", key="本篇材料由热心网友上传分享")],
     bottom=[J("以上就是小编整理的全部内容，希望对您有所帮助！"), J("喜欢就打赏一下吧", key="喜欢就打赏一下吧"),
             J("打赏")])
page("dt02", "dantu", fmt="html", enc="gb18030", html_title="在全区创建全国文明城市攻坚推进会上的讲话-范文先生网",
     top=[J("范文先生网 > 讲话稿 > 创城讲话", key="范文先生网")],
     ops=[cut(3, "纠正闯红灯、乱停车等不文明行为；", ["登录后阅读全文"])],
     bottom=[J("联系电话：0511-85123456　传真：0511-85123457", key="re:0511-8512345"),
             J("投稿邮箱：tougao@fwxs-example.com", key="tougao@")])
page("dt03", "dantu", title="label:【第一篇】{t}",
     ops=[spam(2, "其中老旧小区改造", "（男科医院在线咨询）"), insert(3, J("（下转第二版）", key="下转第二版"))])
page("dt04", "dantu", enc="utf-8-sig", title="label:{t}800字",
     top=[J("范文大全为你精心整理了优秀的讲话稿写作素材，快来看看吧！")],
     ops=[cut(4, "区督查室要跟踪问效，", [], trail="每半月通报……预")],
     extra_junk=[J("……预", key="re:预$")])
page("dt05", "dantu",
     top=[J("文明城市是反映城市整体文明水平的综合性荣誉称号，是目前国内城市品牌中含金量最高的一个。"
            "近年来，越来越多的城市加入创建行列，各地召开的推进会也越来越多。下面这篇稿子结构清晰，值得一读。",
            key="下面这篇稿子结构清晰")],
     bottom=[J("（本文系网友投稿，观点不代表本站立场）", key="本文系网友投稿")])

page("sa01", "sian",
     top=[J("导读：每逢召开创城工作会议，领导讲话稿怎么写一直让许多文字工作者头疼。今天给大家带来一篇写得比较扎实的稿子，一起来学习一下吧。",
            key="今天给大家带来一篇写得比较扎实的稿子")],
     bottom=[J("文章来源于网络，仅供参考，如需使用请自行修改。")])
page("sa02", "sian", fmt="html", html_title="在泗安镇迎接全国文明城市复评动员会上的讲话 - 党建文库",
     top=[J("党建文库首页 > 乡镇讲话", key="乡镇讲话")],
     ops=[spam(2, "农贸市场周边车辆停放无序，", "澳门葡京娱乐官网")],
     bottom=[J("作者原创，未经许可不得转载，违者必究。"), J("阅读指引：点击进入讲话稿频道查看更多同类文章", key="点击进入讲话稿频道")])
page("sa03", "sian", enc="gb18030",
     ops=[glue_number(2, "公益广告", "2"),
          wrap(28, page_lines=[J("— 1 —", key="re:^—\\s*\\d+\\s*—$"), J("— 2 —", key="re:^—\\s*\\d+\\s*—$")])])
page("sa04", "sian", title="label:{t}通用10篇",
     ops=[summary_first(2, J("内容摘要：", key="内容摘要"))])

page("jj01", "jiujiang", fmt="html", html_title="九江市召开创建全国文明城市工作调度会_九江新闻网",
     top=[J("首页 > 新闻中心 > 本地要闻", key="本地要闻"),
          J("来源：九江日报　发布时间：2022-05-19 08:12", key="九江日报")],
     bottom=[J("责任编辑：王 小", key="责任编辑")], published="2022-05-19")
page("jj02", "jiujiang", enc="gb18030",
     top=[J("第3218期", key="第3218期"), J("2022年5月19日 星期四 第A02版", key="星期四")],
     ops=[insert(3, J("（下转第二版）", key="下转第二版"))],
     bottom=[J("2022-05-17　2022-05-18　2022-05-19", key="re:2022-05-17")])
page("jj03", "jiujiang",
     top=[J("首页 » 创文动态", key="创文动态")],
     ops=[spam(2, "集中整治占道经营、", "网上真人百家乐")],
     bottom=[J("客服QQ：88812345　微信：fw2023", key="88812345")])
page("jj04", "jiujiang", title="wrap", ops=[wrap(30)])

page("cf01", "changfeng", title="none",
     top=[J("以下是网友分享的会议新闻稿，希望能给大家写作带来启发。", key="以下是网友分享的会议新闻稿")],
     bottom=[J("本文标题：长丰县召开国家卫生县城复审迎检工作推进会", key="本文标题")])
page("cf02", "changfeng", fmt="html", enc="gb18030", html_title="长丰县召开国家卫生县城复审迎检工作推进会",
     top=[J("长丰新闻网 首页", key="长丰新闻网")], ops=[twice()], published="2023-03-03",
     bottom=[J("发布日期：2023-03-03", key="re:发布日期")])
page("cf03", "changfeng", enc="utf-16", ops=[one_line])
page("cf04", "changfeng",
     ops=[cut(3, "倒排工期、", ["剩余内容已隐藏，请支付5元后继续阅读"])])

page("cd01", "changde",
     top=[J("以下是本站为大家精选的表态发言材料，供大家参考借鉴。")],
     bottom=[J("感谢阅读，更多精彩内容请持续关注我们。")])
page("cd02", "changde", fmt="html", html_title="市城市管理局在全市创建全国文明城市动员大会上的表态发言_公文写作网",
     top=[J("公文写作网 > 表态发言", key="公文写作网")],
     ops=[spam(3, "坚决取缔占道经营，", "无痛人流只需三百元")],
     bottom=[J("上一篇：街道创卫工作总结　下一篇：社区文明创建活动方案", key="街道创卫工作总结")])
page("cd03", "changde", enc="gb18030",
     top=[J("男科医院哪家好？专家在线免费解答", key="专家在线免费解答"),
          J("精品范文推荐：表态发言稿大全", key="表态发言稿大全")])
page("cd04", "changde",
     ops=[hyphen(4, "管理"), glue_number(2, "政治任务", "4"),
          wrap(40, page_lines=[J("第 2 页 共 4 页", key="re:第\\s*\\d+\\s*页\\s*共")])])

page("jd01", "jiedao",
     top=[J("下面是小编为大家搜集的街道表态发言稿，仅供参考，大家一起来看看吧。")])
page("jd02", "jiedao", fmt="html", html_title="XX街道在全区创城攻坚动员会上的表态发言",
     ops=[cut(4, "决不让一个问题拖全区后腿，", ["VIP专享文档，扫码付费后即可下载完整版"])])
page("jd03", "jiedao", enc="gb18030", title="label:范文3：{t}",
     bottom=[J("地址：长江路18号　邮编：253000　电话：12345678", key="邮编")])

PINYIN = [("書記", "書(shū)記"), ("衛生", "衛(wèi)生"), ("創建", "創(chuàng)建")]
page("sx01", "shaanxi", enc="big5", trad="s2tw",
     top=[J("首页 > 讲话稿 > 省级领导讲话", key="省级领导讲话")])
PAGE_SPECS[-1]["pinyin"] = []
page("sx02", "shaanxi", trad="s2tw",
     top=[J("网站首页 > 讲话范文", key="讲话范文")],
     bottom=[J("版权声明：本站文章均来自网络，如有侵权请联系删除。")])
PAGE_SPECS[-1]["pinyin"] = PINYIN
page("sx03", "shaanxi", fmt="html", enc="big5", trad="s2tw", html_title="全省爱国卫生电视电话会议讲话",
     top=[J("首页 > 领导讲话", key="领导讲话")], bottom=[J("我要投稿"), J("本文链接：www.jh-fanwen.net/a/9931.html", key="jh-fanwen")])
PAGE_SPECS[-1]["pinyin"] = []
MOJIBAKE = "本文由范文网整理发布".encode("utf-8").decode("gbk", errors="replace")
page("sx04", "shaanxi",
     top=[J(MOJIBAKE, key=MOJIBAKE[:6])],
     ops=[spam(3, "四是扎实做好卫生城市复审，", "特效减肥药")])

page("mk01", "masked", fills={"M": "X", "P": "×", "Y": "2024"},
     top=[J("下面是小编整理的创城推进会讲话，欢迎阅读。", key="下面是小编整理的创城推进会讲话")])
page("mk02", "masked", fills={"M": "**", "P": "*", "Y": "2024"})
page("mk03", "masked", fmt="html", fills={"M": "×", "P": "X", "Y": "2024"}, html_title="推进会讲话")
page("mk04", "masked", enc="gb18030", fills={"M": "XX", "P": "××", "Y": "20__"})
page("mk05", "masked", fills={"M": "＊", "P": "○", "Y": "2024"},
     bottom=[J("复制全文　下载文档", key="复制全文")])

compilation("cp01", [
    dict(key="dezhou", title="label:篇1：{t}", ops=[no_header], gold={}),
    dict(key="dantu", title="label:篇2：{t}", ops=[], gold={}),
    dict(key="changde", title="label:篇3：{t}", ops=[], gold={})],
    top=[J("城市工作会议讲话稿（精选3篇）", key="精选3篇"),
         J("以下是小编精心整理的城市工作会议讲话稿，精选3篇，供大家参考借鉴。", key="以下是小编精心整理的城市工作会议讲话稿")])
compilation("cp02", [
    dict(key="jiujiang", title="label:【第一篇】{t}", ops=[], gold={}),
    dict(key="changfeng", title="label:【第二篇】{t}", ops=[], gold={})],
    fmt="html", html_title="创文工作会议新闻稿2篇_学习啦", top=[J("学习啦 > 新闻稿", key="学习啦")])
compilation("cp03", [
    dict(key="sian", title="label:范文一：{t}", ops=[no_header], gold={}),
    dict(key="jiedao", title="label:范文二：{t}", ops=[], gold={})],
    enc="gb18030", bottom=[J("以上内容仅供参考，如有侵权请联系删除。", key="如有侵权请联系删除")])

# --- held out: not looked at while tuning the rules ------------------------------------------------
H = dict(holdout=True)

page("th01", "tianhe", fmt="html", html_title="在天河区巩固全国文明城市创建成果大会上的讲话｜公文派", **H,
     top=[J("公文派 > 领导讲话 > 区级", key="公文派")],
     bottom=[J("本文仅代表作者观点，转载请注明出处。", key="转载请注明出处")])
page("th02", "tianhe", enc="gb18030", **H,
     ops=[glue_number(2, "口袋公园", "5"), hyphen(3, "共享单车"),
          wrap(32, page_lines=[J("- 1 -", key="re:^-\\s*\\d+\\s*-$")])])
page("th03", "tianhe", enc="big5hkscs", trad="s2tw", **H,
     top=[J("首页 | 讲话稿大全", key="讲话稿大全")])
PAGE_SPECS[-1]["pinyin"] = [("書記", "書(shū)記")]
page("th04", "tianhe", **H,
     top=[J("小编今天给各位网友分享一篇优秀的讲话稿，需要的朋友赶紧收藏吧。", key="需要的朋友赶紧收藏吧")],
     ops=[cut(3, "共享单车乱停乱放屡禁不止，", [J("（试读已结束，如需继续阅读或下载，敬请购买）", key="如需继续阅读或下载")])])

page("cs01", "changsha", **H,
     top=[J("欢迎来到写作吧，这里有海量范文供您参考。", key="这里有海量范文供您参考")],
     bottom=[J("网友评论（0）", key="网友评论"), J("声明：本站部分内容来源于互联网，如有不妥请来信告知。", key="如有不妥请来信告知")])
page("cs02", "changsha", fmt="html", html_title="在全市创建全国文明典范城市动员大会上的讲话_写作吧", **H,
     ops=[spam(3, "涵养城市精神；", "（正规试管婴儿医院）")])
page("cs03", "changsha", **H, ops=[summary_first(2, J("【摘要】", key="摘要"))])
page("cs04", "changsha", enc="gb18030", **H, ops=[one_line],
     top=[J("浏览次数：327　更新日期：2024-01-09", key="浏览次数")])

page("lk01", "lankao", **H, bottom=[J("点击下载本文档（WORD格式）", key="点击下载本文档")])
page("lk02", "lankao", fmt="html", enc="gb18030", html_title="在全县创建国家卫生县城动员大会上的讲话", **H,
     top=[J("时间：2016-03-08 作者：佚名 来源：网络", key="作者")], published="2016-03-08")
page("lk03", "lankao", title="wrap", **H,
     top=[J("在全县创建国家卫生县城动员大会上的讲话（精选5篇）", key="精选5篇")],
     ops=[no_header])
page("lk04", "lankao", **H,
     ops=[hyphen(2, "基础设施"), wrap(36, page_lines=[J("第1页/共2页", key="re:第\\s*\\d+\\s*页\\s*/")])])

page("pd01", "pidu", fmt="html", html_title="郫都区召开城乡环境综合治理暨创文工作推进会-郫都新闻", **H,
     top=[J("郫都新闻 首页", key="郫都新闻"), J("2021-09-13 10:20　来源：郫都融媒", key="郫都融媒")],
     published="2021-09-13",
     bottom=[J("编辑：刘 洋　审核：陈 晨", key="审核")])
page("pd02", "pidu", enc="gb18030", **H,
     top=[J("第1096期", key="第1096期"), J("2021年9月13日　星期一", key="星期一")],
     ops=[insert(2, J("（转第3版）", key="转第3版"))])
page("pd03", "pidu", **H,
     ops=[spam(2, "加快推进生活垃圾分类；", "在线赌场注册送彩金")],
     bottom=[J("联系我们：028-87654321　邮箱：news@pidu-example.cn", key="87654321")],
     gold={"date": None})
page("pd04", "pidu", title="wrap", **H, ops=[wrap(26)])

compilation("hc01", [
    dict(key="tianhe", title="label:第1篇：{t}", ops=[], gold={}),
    dict(key="lankao", title="label:第2篇：{t}", ops=[], gold={})],
    enc="utf-16", holdout=True,
    top=[J("巩卫创文讲话稿汇编（2篇）", key="讲话稿汇编"), J("本站精选了两篇讲话稿，供您写作时参考。", key="本站精选了两篇讲话稿")])
page("hm01", "masked", fmt="html", fills={"M": "X", "P": "某", "Y": "2025"}, **H,
     html_title="创城推进会讲话稿", bottom=[J("更多创城讲话请关注本站公众号。", key="更多创城讲话请关注本站公众号")])
page("hj01", "jiedao", **H,
     top=[J("精品推荐：街道表态发言（会员专享）", key="会员专享")],
     bottom=[J("分享到：微信 微博 QQ空间", key="分享到")])
page("hc02", "changde", enc="utf-16", **H,
     top=[J("小编寄语：表态发言要简短有力，下面这篇可供借鉴。", key="小编寄语")],
     ops=[cut(4, "让城市管理由粗放向精细转变。", [J("余下2页未显示，点击阅读全文", key="余下2页未显示")])])


# --- fresh held-out batch (batch 2): written after the rules were tuned, measured once -----
F = dict(holdout=True, batch=2)

page("xn01", "xiuning", enc="gb18030", **F,
     top=[J("今天小编带来了一份县长在创城推进会上的讲话，感兴趣的朋友不妨看看。", key="感兴趣的朋友不妨看看")],
     bottom=[J("声明：文章来自网友投稿，版权归原作者所有。", key="版权归原作者所有")])
page("xn02", "xiuning", fmt="html", html_title="在全县创建省级文明县城推进会上的讲话 - 笔杆子之家", **F,
     top=[J("笔杆子之家 > 县级讲话", key="笔杆子之家")],
     ops=[spam(2, "雨天积水严重；", "（北京治疗白癜风最好的医院）"),
          cut(3, "坚决遏制占道经营；", [J("开通VIP会员，即可阅读剩余内容", key="即可阅读剩余内容")])])
page("xn03", "xiuning", enc="utf-16", **F,
     ops=[glue_number(2, "楼道杂物", "5"),
          wrap(33, page_lines=[J("第 1 页", key="re:^第\\s*\\d+\\s*页$")])])
page("xn04", "xiuning", **F, ops=[twice([J("（以下是全文）", key="以下是全文")])],
     top=[J("来源：网络　作者：佚名", key="佚名")])
page("ht01", "hongtang", fmt="html", html_title="洪塘街道召开创建全国文明城市迎检工作部署会_江北发布", **F,
     top=[J("发布时间：2023-06-04 16:20　来源：江北发布", key="江北发布")], published="2023-06-04",
     bottom=[J("（编辑：孙 悦）", key="re:编辑")])
page("ht02", "hongtang", enc="gb18030", **F, ops=[one_line])
page("ht03", "hongtang", trad="s2tw", **F,
     bottom=[J("網友評論　已有0人參與", key="已有0人")])
PAGE_SPECS[-1]["pinyin"] = []
page("yt01", "yanta", **F,
     top=[J("表态发言是在会议上代表单位表明态度的发言，要求简洁明确、掷地有声。下面分享一篇区级表态发言，供写作时参考。",
            key="下面分享一篇区级表态发言")])
page("yt02", "yanta", fmt="html", html_title="雁塔区在全市创建全国文明典范城市动员大会上的表态发言", **F,
     ops=[spam(3, "集中力量推进城中村改造、", "网上百家乐开户送38元")])
page("yt03", "yanta", title="wrap", **F, ops=[wrap(31)])
page("wy01", "wuyi", **F,
     top=[J("（来源：武义新闻网）", key="武义新闻网")], bottom=[J("扫码关注“武义发布”，了解更多资讯", key="了解更多资讯")])
page("wy02", "wuyi", enc="utf-8-sig", **F,
     ops=[cut(2, "开展爱国卫生大扫除活动；", [J("余下内容请登录后查看", key="余下内容请登录后查看")])])
page("wy03", "wuyi", fmt="html", enc="gb18030", html_title="武义县召开国家卫生县城复审动员会", **F,
     ops=[summary_first(2, J("【内容提要】", key="内容提要"))])
compilation("fc01", [
    dict(key="xiuning", title="label:第一篇：{t}", ops=[no_header], gold={}),
    dict(key="yanta", title="label:第二篇：{t}", ops=[], gold={})],
    holdout=True, top=[J("创城讲话稿两篇（可下载编辑）", key="可下载编辑")])
PAGE_SPECS[-1]["batch"] = 2


# --- real-shaped batch (batch 3): the shapes of real 范文/文档/news pages seen through the
# search tool's page corpus (doc-site dumps on one line, "篇1 同志们：" glued to the title,
# 【阅读指引】 intros, 【第一篇】 after the title, footers of 本文标题/链接地址/版权声明,
# 👉 contact lines, numbered download disclaimers, a site-name line and posting date under
# the title), in wording written for this project; written after the rules, measured once.
R = dict(holdout=True, batch=3)


def drop_salutation(c: Ctx):
    c.paras = c.paras[1:]


page("r01", "xiuning", **R, title="label:编号：5208841{t}{t}", header_style="inline")
PAGE_SPECS[-1]["one_line"] = True
page("r02", "dezhou", **R, title="label:{t}篇1 同志们：", ops=[no_header, drop_salutation,
     spam(2, "各县市区、各部门要对照标准逐条自查，", "【更多公文素材，微信：gwsc2024】")],
     top=[J("正文复制", key="正文复制"),
          J("卫生城市是一个城市卫生水平的集中体现，巩固创建成果需要常抓不懈。下面是好范文网小编给大家整理的巩卫工作会议讲话稿，仅供参考。",
            key="下面是好范文网小编给大家整理的")])
compilation("r03", [
    dict(key="changsha", title="label:{t}【第一篇】", ops=[], gold={}),
    dict(key="lankao", title="label:{t}【第二篇】", ops=[no_header], gold={})],
    holdout=True,
    top=[J("【阅读指引】下面是书香网友为您精心整理分享的“创城动员大会讲话稿【通用6篇】”，以供您写作参考所用，希望此则范文对您有所帮助！",
           key="以供您写作参考所用")])
PAGE_SPECS[-1]["batch"] = 3
page("r04", "tianhe", **R,
     bottom=[J("微信扫一扫在手机阅读、分享本文", key="微信扫一扫在手机阅读"),
             J("本文标题：在天河区巩固全国文明城市创建成果大会上的讲话", key="本文标题"),
             J("链接地址：http://www.gwk-example.com/index/article/detail/id/5521.html", key="gwk-example"),
             J("版权声明", key="re:^版权声明$"),
             J("作者原创，不允许二次传播，一经发现收回会员权益，追究法律责任。", key="不允许二次传播"),
             J("微信订阅号", key="微信订阅号"), J("联系客服", key="联系客服")])
page("r05", "sian", **R, ops=[cut(2, "部分村的垃圾分类桶长期满溢无人清理，", [], trail="个别公益广告......")],
     bottom=[J("预览结束，免费获取全文或定制代笔此类文章！", key="免费获取全文"),
             J("请点击👉 fw8866 👈联系老师", key="fw8866")])
page("r06", "yanta", **R, sep="\n\n",
     top=["雁塔区在全市创建全国文明典范城市动员大会上的表态发言",
          J("合集下载", key="合集下载"),
          J("1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、补充服务。", key="请自行甄别文档内容"),
          J("2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可申请退款。", key="仅部分预览"),
          J("3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理。", key="如文档侵犯您的权益")],
     ops=[replace("坚决拥护市委、市政府的决策部署，", "坚决拥护市委、市政\n府的决策部署，")])
page("r07", "wuyi", fmt="html", html_title="武义县召开国家卫生县城复审动员会-武义新闻网", **R,
     top=[J("来源：武义日报 | 记者 王 丽 通讯员 陈 刚 | 2022-04-22 08:30 | 浏览 128 次", key="通讯员")],
     published="2022-04-22",
     bottom=[J("【打印】【关闭】", key="打印"), J("相关新闻", key="re:^相关新闻$"),
             J("· 我县开展爱国卫生大扫除活动", key="我县开展爱国卫生大扫除活动"),
             J("· 县爱卫办督查病媒生物防制工作", key="县爱卫办督查病媒生物防制工作")])
page("r08", "changde", **R, header_style="lines", published="2025-04-03",
     title="label:{t}\n三味斋范文网\n2025-04-03", extra_junk=[J("三味斋范文网", key="三味斋范文网")])
page("r09", "hongtang", enc="big5", trad="s2tw", **R,
     bottom=[J("列印本页　关闭视窗", key="列印本页"), J("上一则：街道开展文明劝导志愿服务", key="街道开展文明劝导志愿服务"),
             J("下一则：社区举办垃圾分类宣传活动", key="社区举办垃圾分类宣传活动")])
PAGE_SPECS[-1]["pinyin"] = []
page("r10", "lankao", **R, header_style="inline", title="label:{t}　（2015年2月26日）",
     ops=[lambda c: setattr(c, "header", ["郑建新"])])


# --- blind batch (batch 4): pages whose SHAPES come from real 范文/文库/文档/news/government
# pages read through the search tool's page corpus (about 45 pages from about 40 sites), each
# page modelled on a different real page, every sentence written for this project. Written
# without looking at the rules in build_tools/ and measured once before any rule change; an
# estimate of how ingest does on pages it has never seen. Unlike the batches above, each page
# is written out whole (the real shapes do not fit the body-plus-operations mould) with its
# gold labels next to it, as an editor would fill them in.
BLIND: list[dict] = []
PINYIN_MARKS = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü"


def sp(title: str | None, genre: str, level: str | None, place=(None, None, None), *,
       date=None, speaker=None, masked=False, truncated=False, min_paras=None) -> dict:
    """The gold entry of one speech on a blind page."""
    d = {"title": title, "genre": genre, "level": level, "date": date, "speaker": speaker,
         "province": place[0], "city": place[1], "district": place[2], "masked": masked,
         "truncated": truncated}
    if min_paras:
        d["min_paras"] = min_paras
    return d


def blind(name: str, text: str, *, speeches: list[dict], junk=(), kept=(), enc="utf-8",
          published: str | None = None, trad: str | None = None, pinyin=(), batch: int = 4,
          holdout: bool = True) -> None:
    """A page written out whole. `trad` converts the (Simplified) text with OpenCC and `pinyin`
    then annotates words the way some Traditional copies do (創(chuàng)建)."""
    BLIND.append(dict(name=name, text=text.lstrip("\n"), speeches=speeches, junk=list(junk),
                      kept=list(kept), enc=enc, published=published, trad=trad,
                      pinyin=list(pinyin), batch=batch, holdout=holdout))


def build_blind(spec: dict) -> tuple[str, bytes, dict]:
    text = spec["text"]
    if spec["trad"]:
        import opencc
        text = opencc.OpenCC(spec["trad"]).convert(text)
        for word, mark in spec["pinyin"]:
            text = text.replace(word, mark)
    gold = {"holdout": spec["holdout"], "batch": spec["batch"], "speeches": spec["speeches"],
            "junk": sorted(set(spec["junk"])), "kept": list(dict.fromkeys(spec["kept"]))}
    if spec["published"]:
        gold["published"] = spec["published"]
    return spec["name"], text.encode(spec["enc"]), gold


def hard_wrap(paras: list[str], width: int) -> str:
    """A PDF copy: every line cut at `width` characters, whatever it splits."""
    out = []
    for p in paras:
        out += [p[k:k + width] for k in range(0, len(p), width)]
    return "\n".join(out)


def half_width(s: str) -> str:
    return s.translate(str.maketrans("，：（）；", ",:();"))


def wrap_spaces(s: str, width: int) -> str:
    """A document viewer's text layer: a space wherever a printed line ended."""
    return " ".join(s[k:k + width] for k in range(0, len(s), width))


# b01 — a 笔杆子 blog copy of a PDF: title, a spaced name line, a date line with a masked year,
# half-width punctuation and every line hard-wrapped at 38 characters.
_B01 = [
    "这次推进大会是在创建工作进入攻坚阶段召开的一次重要会议。刚才，海涛同志通报了一季度测评情况，"
    "点到名的几个单位要认真反思，没有点到名的也不要沾沾自喜。宜昌去年在全国地级提名城市测评中排在"
    "第二十一位，比前年前移了九位，但离进入前列还有不小的距离。下面，我讲三个问题。",
    "一、把问题找准，不要把成绩当成挡箭牌",
    "从测评反馈看，失分最多的不在大街上，而在背街小巷、老旧小区和城乡结合部。有的小区楼道里堆满了"
    "杂物，有的农贸市场活禽和熟食混在一起卖，有的公交站台广告牌破损半年没人修。这些问题群众天天看"
    "得见，检查组一去就能找到，我们自己却视而不见。各区、各部门要组织专门力量再排查一遍，列出清单，"
    "明确时限。",
    "二、把责任压实，不要让文件停留在桌面上",
    "创建工作的任务书已经发下去半年了，有的单位至今没有成立专班，有的单位把任务转给社区了事。从下"
    "个月起，市创建办每周随机抽查十个点位，结果直接在市级媒体上公布，连续两次排名末位的，由市纪委"
    "监委约谈主要负责人。",
    "三、把群众发动起来，不要让创建变成干部的独角戏",
    "文明城市是全市人民的城市，创建工作离不开市民的参与。要办好“文明宜昌”随手拍平台，对市民反映"
    "的问题做到当天交办、限时办结；要把志愿服务站建到每个社区，让退休干部、在校学生都能找到参与的"
    "岗位。",
    "同志们，离今年的实地测评只剩下不到五个月时间。大家要拿出只争朝夕的劲头，一项一项抓落实，以过"
    "硬的成绩向全市人民交账。",
]
blind("b01.txt",
      "在全市创建全国文明城市推进大会上的讲话\n孟 庆 华\n(20XX年4月16日)\n同志们:\n"
      + hard_wrap([half_width(p) for p in _B01], 38) + "\n",
      speeches=[sp("在全市创建全国文明城市推进大会上的讲话", "讲话", "市", ("湖北省", "宜昌市", None),
                   speaker=["孟庆华"], masked=True)],
      # kept in full-width punctuation: the archive's text, as an editor would want it
      kept=["各区、各部门要组织专门力量再排查一遍，列出清单，明确时限。",
            "二、把责任压实，不要让文件停留在桌面上",
            "从下个月起，市创建办每周随机抽查十个点位，结果直接在市级媒体上公布，"
            "连续两次排名末位的，由市纪委监委约谈主要负责人。",
            "大家要拿出只争朝夕的劲头，一项一项抓落实，以过硬的成绩向全市人民交账。"])

# b02 — a 文库 site's text dump (GBK): the whole document on one line, the first page number
# glued before the title, the title glued to the salutation, page numbers glued into words.
blind("b02.txt",
      "12024年全县创建省级文明城市动员会讲话同志们：县委、县政府召开这次动员会，主要任务是贯彻全市创建"
      "工作会议精神，对我县创建省级文明城市工作作出部署，把责任落实到每个乡镇、每个部门。刚才，立军同志"
      "宣读了实施方案，县城管局、嘉定镇的负责同志作了发言，讲得都很实在。下面，我讲几点意见。一、认清形势，"
      "增强争创省级文明城市的紧迫感信丰连续两次冲刺省级文明城市都没有成功，差距主要在城市管理的精细程度"
      "和市民文明习惯的养成上。周边几个县今年都把创建列为“一号工程”，我们不进则退。搞好文明城市创建，"
      "对于改善营商环境、留住年轻人才具有十分现实的意2义。二、突出重点，补齐城市管理的短板要集中整治县城"
      "主干道两侧的占道经营和乱搭乱3建，年内完成十二条背街小巷的路面硬化和路灯安装；要推行垃圾分类“定时"
      "定点”投放，在城区六十个小区先行试点；要规范电动自行车停放，在学校、医院、商场周边划设停放区。三、"
      "压实责任，形成全县一盘棋的工作格局创建指挥部要实行周调度、月通报制度，各乡镇、各部门主要负责同志"
      "是第一责任人。县委督查室、县政府督查室要联合开展明察暗访，对进度滞后的单位亮黄牌，对连续两次亮黄"
      "牌的单位启动问责程序。同志们，创建省级文明城市是全县人民的共同心愿。希望大家坚定信心、真抓实干，"
      "确保明年顺利通过省级测评验收！\n",
      enc="gb18030",
      speeches=[sp("2024年全县创建省级文明城市动员会讲话", "讲话", "县", ("江西省", "赣州市", "信丰县"),
                   min_paras=5)],
      junk=["12024年", "re:意\\d义", "re:乱搭乱\\d建"],
      kept=["县委、县政府召开这次动员会，主要任务是贯彻全市创建工作会议精神，对我县创建省级文明城市工作"
            "作出部署，把责任落实到每个乡镇、每个部门。",
            "搞好文明城市创建，对于改善营商环境、留住年轻人才具有十分现实的意义。",
            "希望大家坚定信心、真抓实干，确保明年顺利通过省级测评验收！"])

# b03 — a 范文 site's compilation page (HTML): a 【阅读指引】 intro, each piece headed by the same
# title with 【第N篇】; the first piece is labelled 表态发言 but is the convener's own speech.
blind("b03.html", """
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>创建全国文明城市动员会讲话稿【通用2篇】_悦读范文网</title>
<script>var _hmt = _hmt || [];</script></head>
<body>
<div class="header"><a href="/">悦读范文网</a> <a href="/fanwen/">范文大全</a> <a href="/fanwen/jhg/">讲话稿</a></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/fanwen/">范文大全</a> &gt; 讲话稿</div>
<div class="article">
<h1>创建全国文明城市动员会讲话稿【通用2篇】</h1>
<p class="guide">【阅读指引】下面是悦读网友为您精心整理分享的“创建全国文明城市动员会讲话稿【通用2篇】”，供您写作时参考，整理文档不容易，觉得有用就复制下载支持一下吧！</p>
<h2>在全市创建全国文明城市攻坚动员会上的表态发言【第一篇】</h2>
<p>同志们：。</p>
<p>今天的会议，既是一次部署会，也是一次誓师会。刚才，市委宣传部通报了近两年全市创建工作的情况，埇桥区、市教育局、市交警支队和志愿者代表作了很好的表态发言，我都赞成。下面，就打好创建决胜战，我讲三点意见。</p>
<p>第一，要看清我们所处的位置。宿州取得全国文明城市提名资格已经三年，去年的年度测评排在全省提名城市的中游，最大的失分点是老城区的交通秩序和农贸市场的环境卫生。成绩要肯定，差距更要正视。</p>
<p>第二，要抓住决定成败的关键。测评看的是实地，群众评的是感受。各县区、各部门要把力量沉到街巷、小区、市场和公交站点，把每一个点位当作考场，把每一个问题当作考题，一项一项销号。</p>
<p>第三，要拿出敢于较真的作风。市委督查室要对创建任务实行挂图作战，每月公布进度；对推诿扯皮、敷衍应付的，发现一起、通报一起、问责一起。</p>
<p>同志们，全国文明城市这块牌子，是对一座城市最高的褒奖。让我们横下一条心，一鼓作气把它拿下来！</p>
<h2>在全市创建全国文明城市攻坚动员会上的表态发言【第二篇】</h2>
<p>尊敬的各位领导，同志们：</p>
<p>市委、市政府召开这次攻坚动员会，为全市创建工作再鼓干劲、再压担子。我代表埇桥区委、区政府，向大会表态如下。</p>
<p>一是坚决扛起主城区的责任。埇桥区承担着全市近七成的实地测评点位，我们将成立区委书记、区长任双组长的攻坚指挥部，全体区级领导分包街道，做到问题不解决不撤岗。</p>
<p>二是坚决打好环境整治硬仗。六月底前完成四十个老旧小区的楼道清理和车棚改造，九月底前完成全部农贸市场的标准化提升，让群众看得见变化。</p>
<p>三是坚决落实常态长效。我们将把创建考核结果与干部评先评优挂钩，对拖后腿的单位和个人严肃问责。请市委、市政府放心，埇桥区决不当全市创建的短板！</p>
<p class="outro">以上就是本站为大家整理的全部内容，喜欢本文就打赏作者一杯咖啡吧。</p>
</div>
<div class="related"><h3>相关推荐</h3><ul>
<li><a href="/a/1.html">社区创建文明城市工作总结</a></li>
<li><a href="/a/2.html">文明城市创建表态发言稿合集</a></li>
<li><a href="/a/3.html">创文工作动员会主持词</a></li></ul></div>
<div class="footer">悦读范文网 版权所有 本站内容来源于网友投稿，如有侵权请联系删除</div>
</body></html>
""",
      speeches=[sp("在全市创建全国文明城市攻坚动员会上的表态发言", "讲话", "市", ("安徽省", "宿州市", None)),
                sp("在全市创建全国文明城市攻坚动员会上的表态发言", "表态发言", "市", ("安徽省", "宿州市", None))],
      junk=["阅读指引", "复制下载支持一下", "re:【第[一二]篇】", "喜欢本文就打赏作者", "相关推荐",
            "社区创建文明城市工作总结", "创文工作动员会主持词", "悦读范文网", "re:同志们：。"],
      kept=["刚才，市委宣传部通报了近两年全市创建工作的情况，埇桥区、市教育局、市交警支队和志愿者代表作了"
            "很好的表态发言，我都赞成。",
            "让我们横下一条心，一鼓作气把它拿下来！",
            "我代表埇桥区委、区政府，向大会表态如下。",
            "请市委、市政府放心，埇桥区决不当全市创建的短板！"])

# b04 — a local news site's brief: no headline above the text, a reading-time line on top, the
# headline only in a 来源/标题/地址 footer.
blind("b04.txt", """
本篇文章486字，读完约1分钟

9月9日，滁州市召开创建全国文明城市窗口行业推进会，对窗口单位的创建工作进行再部署、再推动。市委常委、宣传部部长周海燕出席会议并讲话，副市长陆建东主持会议。全市银行、医院、车站、政务服务大厅等二十二家窗口单位负责人参加会议。

会前，与会人员到市政务服务中心观摩了“一窗通办”和文明引导服务。会上，市人民医院、滁州火车站等四家单位作了交流发言。

周海燕指出，窗口单位直接面对群众，是城市文明程度最直观的展示。今年是我市全国文明城市复查测评年，窗口行业在测评中分值高、问题多，各单位必须把创建要求落实到每一个岗位、每一次服务。

周海燕要求，要对照测评标准开展一次自查，重点解决排队时间长、便民设施缺失、公共卫生间脏乱等问题；要加强员工文明礼仪培训，推行首问负责和限时办结；要主动接受群众监督，在醒目位置公开投诉电话。

来源：滁州新闻网

标题：滁州市召开创建全国文明城市窗口行业推进会

地址：http://www.cz-xinwen-example.cn/czxw/2025/0910/3313.html
""",
      speeches=[sp("滁州市召开创建全国文明城市窗口行业推进会", "会议报道", "市", ("安徽省", "滁州市", None),
                   speaker=["市委常委、宣传部部长周海燕", "宣传部部长周海燕", "周海燕"])],
      junk=["读完约", "re:^来源：", "re:^标题：", "cz-xinwen-example"],
      kept=["9月9日，滁州市召开创建全国文明城市窗口行业推进会，对窗口单位的创建工作进行再部署、再推动。",
            "周海燕指出，窗口单位直接面对群众，是城市文明程度最直观的展示。",
            "要主动接受群众监督，在醒目位置公开投诉电话。"])


# b05 — a 文稿 site that prints the opening of a speech twice (a preview, then the same again)
# and stops at "下面，我先讲三点意见。"; a header block of role/name and date under the title.
_B05 = """在创建省级文明城市动员大会上的讲话
市长　陈立群
（2022年3月15日）
同志们：这次创建省级文明城市动员大会，是市委、市政府经过反复研究后决定召开的。会议的主要任务是，对照后年建成省级文明城市的目标，动员全市上下统一思想、明确任务、落实责任，尽快在全市形成创建热潮。
上周，市委召开了创建工作领导小组第一次全体会议，对创建的组织架构和责任分工作了明确。今天会上，市委林国栋书记还要作重要讲话，请大家认真领会。
这几年，龙岩的城市面貌有了明显改观，但对照省级文明城市测评体系，我们在公共秩序、市民素质、社区服务等方面还有不少欠账。
下面，我先讲三点意见。
"""
blind("b05.txt", "全文阅读　字体：大 中 小\n" + _B05 + _B05,
      speeches=[sp("在创建省级文明城市动员大会上的讲话", "讲话", "市", ("福建省", "龙岩市", None),
                   date="2022-03-15", speaker=["市长陈立群", "陈立群"], truncated=True)],
      junk=["全文阅读", "re:字体："],
      kept=["会议的主要任务是，对照后年建成省级文明城市的目标，动员全市上下统一思想、明确任务、落实责任，"
            "尽快在全市形成创建热潮。",
            "今天会上，市委林国栋书记还要作重要讲话，请大家认真领会。",
            "这几年，龙岩的城市面貌有了明显改观，但对照省级文明城市测评体系，我们在公共秩序、市民素质、"
            "社区服务等方面还有不少欠账。"])

# b06 — a document market's preview: a metadata list (views, size, pages, posting date and
# province, 举报) before the title, blank lines between paragraphs, a wrap that splits a word
# across a blank line, a full stop left on its own line, and the preview's end.
blind("b06.txt", """
- 0
- 0
- 约2.1千字
- 约 7页
- 2025-11-02 发布于四川
- 举报

在市创城“百日攻坚”动员大会上的表态发言

尊敬的各位领导，同志们：

大家好！今天市委、市政府召开创城“百日攻坚”动员大会，吹响了决战决胜的冲锋号。我代表市卫生健康委全体干部职工郑重表态：坚决拥护市委、市政府的部署，保证不折不扣完成所承担的各项创建任务。

南充创建全国文明城市已进入冲刺阶段，卫生健康系统承担的测评点位有医院、疾控中心、社区卫生服务中心等四十多个，任务重、标准高，容不得半点马虎。

一、以最坚决的态度抓落实

委党组把创城作为百日内的头等大事，成立由主要负责同志任组长的攻坚专班，班子成员每人包联一个片区，每周至少两次到点位现场检查，发现问题当场交办、限期整改。

二、以最严格的标准抓整治

我们将对全市二级以上医院开展一次全面体检，重点整治门诊秩序混乱、院内车辆乱停、卫生间异味和控烟不力等问题，确保每家医院的公共区域达到测评标准。同时，督促各社区卫生服务中心完善健康教

育宣传栏，做到内容每月更新、群众看得懂用得上。

三、以最过硬的作风抓督查

委机关组建三个暗访组，采取不打招呼、直奔现场的方式，对所有点位每周暗访一轮，暗访结果在系统内通报，并与单位年度考核挂钩。对整改不力、被市里通报的单位，我们将严肃追究主要负责人的责任，决不让卫生健康系统拖全市创城的后腿

。

免费预览已结束，剩余 5 页可下载查看

下载文档
""",
      published="2025-11-02",
      speeches=[sp("在市创城“百日攻坚”动员大会上的表态发言", "表态发言", "市", ("四川省", "南充市", None),
                   truncated=True)],
      junk=["发布于四川", "re:^- ?\\d+$", "re:约 ?7页", "举报", "免费预览已结束", "下载文档"],
      kept=["我代表市卫生健康委全体干部职工郑重表态：坚决拥护市委、市政府的部署，保证不折不扣完成所承担的"
            "各项创建任务。",
            "同时，督促各社区卫生服务中心完善健康教育宣传栏，做到内容每月更新、群众看得懂用得上。",
            "对整改不力、被市里通报的单位，我们将严肃追究主要负责人的责任，决不让卫生健康系统拖全市创城的"
            "后腿。"])

# b07 — an online document viewer (UTF-16): the title, then the title glued to a summary that
# stops mid-word, then the whole text on one line with a space wherever a printed line ended
# and the page footer ("第1 页共 3页") inside a sentence.
_B07 = ("各位领导、同志们、朋友们：大家好！首先，我代表县委、县政府，向长期以来关心支持嘉禾创卫工作的各界人士"
        "表示衷心的感谢！今天召开动员会，就是要把全县的力量动员起来，共同探讨创卫的办法，凝聚创卫的合力。"
        "嘉禾是一个只有四十万人口的小县，县城建成区面积不大，但问题不少：老城区排水管网老化，一下大雨就内涝；"
        "城郊接合部垃圾收运不到位，臭水沟、卫生死角时有出现；一些小餐饮、小作坊卫生条件差，群众意见很大。"
        "创建国家卫生县城，首先要把这些群众最关心的问题解决好。今年，县财政安排专项资金八千万元，重点用于老城区"
        "雨污分流改造、城乡垃圾转运站建设和农贸市场提质改造。其次，要建立长效管理机制。城区每条街道都要明确一名"
        "县级领导为路长，每个小区都要明确一名科级干部为联络员，发现问题第一时间处理。最后，创卫需要每一位市民"
        "参与。希望大家从不乱扔垃圾、不随地吐痰做起，从管好自家门前三包做起，共同把嘉禾建设得更加干净、整洁、"
        "有序。谢谢大家！")
_B07_PAGED = wrap_spaces(_B07, 29)
_cut = _B07_PAGED.index(" ", _B07_PAGED.index("每个小区"))   # the end of page 1's last line
_B07_PAGED = _B07_PAGED[:_cut] + " 第1 页共 3页" + _B07_PAGED[_cut:]
blind("b07.txt",
      "2024年创建国家卫生县城动员会讲话稿\n2024年创建国家卫生县城动员会讲话稿"
      + _B07[:_B07.index("共同探") + 3] + "\n2024年创建国家卫生县城动员会讲话稿 " + _B07_PAGED + "\n",
      enc="utf-16",
      speeches=[sp("2024年创建国家卫生县城动员会讲话稿", "讲话", "县", ("湖南省", "郴州市", "嘉禾县"),
                   min_paras=3)],
      junk=["re:第\\s*1\\s*页\\s*共", "re:共同探(?!讨)"],
      kept=["首先，我代表县委、县政府，向长期以来关心支持嘉禾创卫工作的各界人士表示衷心的感谢！",
            "今年，县财政安排专项资金八千万元，重点用于老城区雨污分流改造、城乡垃圾转运站建设和农贸市场提质改造。",
            "城区每条街道都要明确一名县级领导为路长，每个小区都要明确一名科级干部为联络员，发现问题第一时间处理。",
            "希望大家从不乱扔垃圾、不随地吐痰做起，从管好自家门前三包做起，共同把嘉禾建设得更加干净、整洁、有序。"])

# b08 — a 公文 site's entry: a title naming the speaker's role, a tag line, a second shorter
# heading glued to the text, the whole pledge on one line, cut off with "..." (a preview).
blind("b08.txt", """
区委书记在全市创建全国文明城市工作动员大会上的表态发言
标签: #动员大会 #表态发言
市创建全国文明城市工作动员大会上的表态发言 今天，市委、市政府召开动员大会，正式打响了创建全国文明城市的攻坚战。麒麟区是全市的中心城区，创建任务占全市的一半以上，我们责无旁贷、义不容辞。我们将严格按照会议部署，把创文作为全区当前的头号工程，以必胜的决心和扎实的举措，确保各项任务按期完成。 一、压实责任，全区上下一盘棋抓创建。成立由区委书记任指挥长的创建指挥部，十一个街道和区直各部门主要负责人为成员，实行一周一调度、一月一考评。 二、聚焦短板，集中力量攻坚克难。对全区一百八十个老旧小区、三十二个农贸市场逐一建档，今年内完成改造提升任务，同步推进背街小巷路面修补和...
相关文档
""",
      speeches=[sp("区委书记在全市创建全国文明城市工作动员大会上的表态发言", "表态发言", "市",
                   ("云南省", "曲靖市", None), truncated=True, min_paras=3, speaker=["区委书记"])],
      junk=["标签", "相关文档"],
      kept=["麒麟区是全市的中心城区，创建任务占全市的一半以上，我们责无旁贷、义不容辞。",
            "成立由区委书记任指挥长的创建指挥部，十一个街道和区直各部门主要负责人为成员，实行一周一调度、"
            "一月一考评。"])


# b09 — a cadre-news portal (HTML): a crawl timestamp and login links on top, the headline, an
# info line (来源/作者/发布时间/点击量), a kicker and a subtitle, a 本报…电（记者…） lead, a photo
# caption repeating the lead, a side list and an ICP footer; a provincial meeting held in a city.
blind("b09.html", """
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>王振国出席全省创建文明城市工作经验交流会并讲话-齐鲁干部网</title></head>
<body>
<div class="topbar">2025-11-25 09:40:14　<a href="/login">登录</a> | <a href="/reg">注册</a></div>
<div class="nav"><a href="/">首页</a> <a href="/yw/">要闻</a> <a href="/dfdt/">地方动态</a></div>
<div class="main">
<h1>王振国出席全省创建文明城市工作经验交流会并讲话</h1>
<div class="info">文章来源：齐鲁干部网　　作者：　　发布时间：2023-04-07 23:01　　点击量：442</div>
<div class="content">
<p>王振国在全省创建文明城市工作经验交流会上强调</p>
<p>建设干净整洁有序的宜居城市</p>
<p>本报淄博4月7日电（记者 罗晓光）4月7日，全省创建文明城市工作经验交流会在淄博市召开。副省长王振国出席会议并讲话，强调要把创建文明城市作为提升城市治理水平的重要抓手，着力改善人居环境，着力提升市民素质，着力补齐公共服务短板。</p>
<p>王振国指出，创建文明城市已经从比拼硬件转向比拼治理，群众对城市的评价越来越看重日常管理的细节。各市要把创建成果体现在背街小巷的干净整洁上，体现在公共场所的文明有序上，体现在社区服务的便捷贴心上。</p>
<p><img src="/upload/2023/0407/a1.jpg"></p>
<p>4月7日，全省创建文明城市工作经验交流会在淄博市召开。记者 燕飞 摄</p>
<p>王振国要求，各级文明委要加强统筹协调，防止创建工作运动式、突击式，坚决纠正测评前集中整治、测评后反弹回潮的现象；要完善常态化督查机制，让群众成为城市管理的监督者和参与者。</p>
<p>会上，淄博市、威海市和寿光市作了交流发言。与会人员实地观摩了淄博市部分老旧小区改造和农贸市场提升项目。</p>
</div>
</div>
<div class="side"><h3>热点排行</h3><ol><li><a href="/a/1">全省基层党建工作座谈会召开</a></li><li><a href="/a/2">我省部署秋冬季大气污染防治</a></li></ol></div>
<div class="foot">主办：齐鲁干部网　鲁ICP备12345678号-1　违法和不良信息举报电话：0531-12345678</div>
</body></html>
""",
      published="2023-04-07",
      speeches=[sp("王振国出席全省创建文明城市工作经验交流会并讲话", "会议报道", "省", ("山东省", None, None),
                   speaker=["副省长王振国", "王振国"])],
      junk=["燕飞", "点击量", "热点排行", "全省基层党建工作座谈会召开", "ICP", "re:09:40:14"],
      kept=["王振国指出，创建文明城市已经从比拼硬件转向比拼治理，群众对城市的评价越来越看重日常管理的细节。",
            "会上，淄博市、威海市和寿光市作了交流发言。"])

# b10 — a 文秘 site (GBK): a "您的位置" line, the title, a posting time, an outline block
# (目录/提纲) repeating the speech's headings, the text indented with two spaces, a masked
# name, and a paywall line in the middle of the third part.
blind("b10.txt", """
您的位置：文秘之家>>卫生/医院/城建>>城建讲话>>正文

在全市推进“三城同创”暨迎接省卫生城市复查动员会上的讲话

发表时间：2019/3/16 12:33:38
目录/提纲：……
一、肯定成绩，正视不足，切实增强迎接复查的紧迫感和责任感
（一）城市面貌明显改观
（二）长效管理逐步健全
二、突出重点，攻坚克难，全力以赴做好复查迎检的各项准备
（一）集中整治农贸市场和城中村
（二）扎实做好病媒生物防制
三、加强领导，严格考核，确保各项任务不折不扣落到实处
……

  同志们：
  开展全国文明城市、国家卫生城市和国家生态园林城市“三城同创”，是市委、市政府为提升城市品质作出的重大决策。下个月，省卫生城市复查组将到盐城进行明查暗访，这是对我们创建成果的一次全面检验。刚才，市爱卫会副主任、副市长**同志对迎接复查工作作了具体部署，我完全同意。下面，我再讲三点意见：
  一、肯定成绩，正视不足，切实增强迎接复查的紧迫感和责任感
  （一）城市面貌明显改观。去年以来，全市新建改建城市道路三十六公里，改造老旧小区四十二个，新增公园绿地一百二十公顷，城区主次干道实现了机扫全覆盖。
  （二）长效管理逐步健全。我们出台了城市管理考核办法，把市区两级的考核结果同经费拨付挂钩，街道和社区的积极性明显提高。
  但是也要看到，城中村和农贸市场脏乱差的问题还没有根本解决，部分单位对复查的认识不到位，存在等一等、看一看的思想。
  二、突出重点，攻坚克难，全力以赴做好复查迎检的各项准备
  （一）集中整治农贸市场和城中村。全市十八个农贸市场要在三月底前全部完成功能分区改造，活禽交易区实行封闭管理；城中村要逐村制定整治方案，重点清理乱堆乱放、乱搭乱建。
  （二）扎实做好病媒生物防制。各区要组织专业队伍，对餐饮集中区、建筑工地和垃圾中转站开展集中消杀，确保鼠、蚊、蝇、蟑密度控制在国家标准以内。
  三、加强领导，严格考核，确保各项任务不折不扣落到实处
  （未完，全文约5600字，目前显示1320字。开通文秘会员后可查看全文……）
""",
      enc="gb18030", published="2019-03-16",
      speeches=[sp("在全市推进“三城同创”暨迎接省卫生城市复查动员会上的讲话", "讲话", "市",
                   ("江苏省", "盐城市", None), masked=True, truncated=True)],
      junk=["re:目录/提纲", "文秘之家", "re:发表时间", "开通文秘会员后可查看全文", "re:目前显示\\d+字"],
      kept=["下个月，省卫生城市复查组将到盐城进行明查暗访，这是对我们创建成果的一次全面检验。",
            "刚才，市爱卫会副主任、副市长**同志对迎接复查工作作了具体部署，我完全同意。",
            "我们出台了城市管理考核办法，把市区两级的考核结果同经费拨付挂钩，街道和社区的积极性明显提高。",
            "各区要组织专业队伍，对餐饮集中区、建筑工地和垃圾中转站开展集中消杀，确保鼠、蚊、蝇、蟑密度控制在"
            "国家标准以内。"])

# b11 — a Traditional-character 范文 page with pinyin after many words (創(chuàng)建), a DOC/upload
# line, the collection title twice, an editor's intro, and two pieces with the same title and
# 篇一/篇二: a county speech and a town speech of the same county.
_B11 = """
创建全国文明城市和卫生城市动员会讲话(汇总2篇)

格式:DOC 上传日期:2023-11-29 03:42:04
创建全国文明城市和卫生城市动员会讲话(汇总2篇)
时间:2023-11-29 03:42:04     小编:雅琪

一篇好的讲话稿，要让听的人抓得住重点、记得住要求。写好讲话稿，先要吃透会议的主题。以下是小编为大家收集的优秀范文，供大家参考学习。

创建全国文明城市和卫生城市动员会讲话篇一

同志们：

今天县委、县政府召开动员会，把创建全国文明城市和国家卫生县城两项工作放在一起部署，就是要让两项创建相互促进、同步推进。湄潭是茶乡，也是全省有名的生态县，环境好是我们最大的本钱。

但是我们也要清醒地看到，县城的老街区管网陈旧，雨天污水外溢；茶叶加工旺季，城郊一些加工点的废料随意堆放；部分单位的门前三包形同虚设。这些问题不解决，两项创建都无从谈起。

县创建办要会同各部门，在一个月内把测评标准分解到每一个单位、每一条街道，做到人人有任务、事事有人管。县委督查室每月通报一次进度，对排名后三位的单位，由县领导约谈主要负责人。

同志们，创建工作没有旁观者。希望大家以主人翁的姿态投入进来，让湄潭的山更绿、水更清、城更美。

创建全国文明城市和卫生城市动员会讲话篇二

同志们：

县里的动员会开过以后，镇党委、镇政府立即研究了永兴镇的贯彻意见。永兴是县城的北大门，过境车辆多、集市人流大，镇容镇貌直接关系到全县创建的第一印象。

今天我讲三件事。一是整治集镇环境，本月底前取缔农贸市场周边的占道摊点，清理主街两侧的乱堆乱放。二是发动群众参与，每个村（居）组建一支不少于二十人的志愿服务队，每周开展一次环境卫生大扫除。三是落实包保责任，镇班子成员分片包村，村干部分组包户，问题整改不到位的，年终考核一票否决。

大家回去后要马上行动，以实际成效为全县创建工作增光添彩。
"""
blind("b11.txt", _B11, trad="s2tw", published="2023-11-29",
      pinyin=[("創建", "創(chuàng)建"), ("衛生", "衛(wèi)生"), ("縣城", "縣(xiàn)城"),
              ("參考", "參(cān)考"), ("學習", "學(xué)習(xí)"), ("優秀", "優(yōu)秀")],
      speeches=[sp("创建全国文明城市和卫生城市动员会讲话", "讲话", "县", ("贵州省", "遵义市", "湄潭县")),
                sp("创建全国文明城市和卫生城市动员会讲话", "讲话", "乡镇", ("贵州省", "遵义市", "湄潭县"))],
      junk=["re:\\([a-z" + PINYIN_MARKS + "]+\\)", "上传日期", "re:小编", "re:汇总2篇", "re:篇[一二]$",
            "以下是小编为大家收集的优秀范文"],
      kept=["湄潭是茶乡，也是全省有名的生态县，环境好是我们最大的本钱。",
            "同志们，创建工作没有旁观者。",
            "永兴是县城的北大门，过境车辆多、集市人流大，镇容镇貌直接关系到全县创建的第一印象。",
            "大家回去后要马上行动，以实际成效为全县创建工作增光添彩。"])

# b12 — a 写公文 site: the title with a "（全文1926字）" suffix, then the title again without
# "在", an address to citizens, a masked county name (XX), spam in a sentence, a related list.
blind("b12.txt", """
在全县创建全国文明城市倡议活动上的讲话（全文1926字）

全县创建全国文明城市倡议活动上的讲话

市民朋友们：
    今年2月，全国精神文明建设工作表彰大会传来喜讯，XX县被确定为新一批全国县级文明城市提名城市，我们离创建全国文明城市的目标又近了一步。创建全国文明城市，让XX更整洁、更有序、更宜居，是全县三十八万群众的共同期盼。
    县委、县政府向全县人民发出倡议，请大家都来做文明风尚的传播者。从自己做起，从身边做起，从本职做起（时时彩稳赚计划群），把文明的种子播撒到每一个家庭、每一个单位。
    请大家都来做文明行为的实践者。过马路走斑马线，垃圾分类投放，排队礼让他人，在公共场所轻声细语。文明离我们并不遥远，就藏在每天的一言一行里。
    请大家都来做城市环境的守护者。爱护公共设施，不乱贴乱画，不在楼道堆放杂物，积极参加社区组织的志愿服务活动。
    市民朋友们，XX是我们共同的家。让我们携起手来，为创建全国文明城市贡献自己的一份力量！

相关文章：
• 在全县文明城市创建推进会上的主持词
• 创建文明城市倡议书范文5篇
温馨提示：本站文章均由会员上传，仅供学习参考，请勿用于商业用途。
""",
      speeches=[sp("在全县创建全国文明城市倡议活动上的讲话", "讲话", "县", masked=True)],
      junk=["全文1926字", "时时彩稳赚计划群", "相关文章", "创建文明城市倡议书范文", "本站文章均由会员上传"],
      kept=["从自己做起，从身边做起，从本职做起，把文明的种子播撒到每一个家庭、每一个单位。",
            "文明离我们并不遥远，就藏在每天的一言一行里。",
            "让我们携起手来，为创建全国文明城市贡献自己的一份力量！"])


# b13 — a district government site (HTML): a slogan banner, the headline, a meta line
# (time/source/author/clicks), a third-person report whose only named official "出席并作要求",
# print/close links and previous/next links.
blind("b13.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>思茅区召开巩固国家卫生城市暨健康城区建设推进会</title>
<style>.banner{height:90px}</style></head>
<body>
<div class="banner">茶源思茅　绿韵家园</div>
<div class="menu"><a href="/">网站首页</a> <a href="/zwgk/">政务公开</a> <a href="/jdhy/">解读回应</a></div>
<div class="detail">
<h2 class="title">思茅区召开巩固国家卫生城市暨健康城区建设推进会</h2>
<div class="meta">2024-03-15 16:24:44　　来源：思茅区融媒体中心　　作者：李冰　　点击：</div>
<div class="text">
<p>为巩固国家卫生城市创建成果，推进健康城区建设，3月14日，思茅区召开巩固国家卫生城市暨健康城区建设推进会，对下一阶段工作进行安排部署。</p>
<p>区委常委、区人民政府常务副区长张立新出席并作要求，各镇（街道）、区直有关部门主要负责人参加会议。</p>
<p>会议指出，国家卫生城市复审已进入倒计时，各镇（街道）、各部门要对照新修订的评审标准，逐项查漏补缺，重点抓好农贸市场、城中村和建筑工地的环境卫生整治，不能有丝毫松懈。</p>
<p>会议强调，巩卫工作是一项系统工程，各责任单位要强化协作配合，做到信息互通、问题共治；要广泛发动群众，引导居民养成文明健康的生活方式，形成人人参与、人人共享的良好局面。</p>
<p>会上，区爱卫办就复审指标体系和任务分解方案作了说明。</p>
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>
<div class="pn">上一篇：<a href="/a/41.html">区卫生健康局开展春季爱国卫生运动</a><br>下一篇：<a href="/a/43.html">倚象镇召开人居环境整治现场会</a></div>
</div>
<div class="foot">主办：普洱市思茅区人民政府办公室　滇ICP备00000000号</div>
</body></html>
""",
      published="2024-03-15",
      speeches=[sp("思茅区召开巩固国家卫生城市暨健康城区建设推进会", "会议报道", "区",
                   ("云南省", "普洱市", "思茅区"),
                   speaker=["区委常委、区人民政府常务副区长张立新", "区人民政府常务副区长张立新",
                            "常务副区长张立新", "张立新"])],
      junk=["茶源思茅", "思茅区融媒体中心", "打印本页", "区卫生健康局开展春季爱国卫生运动",
            "倚象镇召开人居环境整治现场会", "re:点击："],
      kept=["为巩固国家卫生城市创建成果，推进健康城区建设，3月14日，思茅区召开巩固国家卫生城市暨健康城区建设"
            "推进会，对下一阶段工作进行安排部署。",
            "会上，区爱卫办就复审指标体系和任务分解方案作了说明。"])

# b14 — a county news site: a headline saying 我县, a 本网讯（报名 记者…） lead, a photo-caption
# line alone, three officials speaking (a report, an assessor's remarks, the closing speech), and
# an unrelated "新闻推荐" snippet plus the site's slogan after the text.
blind("b14.txt", """
我县迎接创建国家卫生县城技术评估

本网讯（婺源报 记者 汪晓琳）12月24日，我县创建国家卫生县城技术评估工作汇报会在县行政中心召开。以省爱卫办副主任程立新为组长的技术评估专家组听取汇报。县委书记方建平，县委副书记、县长俞志刚，县领导胡敏、江海、叶青出席。

会议现场

会上播放了婺源县创建国家卫生县城工作专题片。俞志刚代表县委、县政府汇报了创卫工作情况。他说，近年来我县围绕“全域旅游、全域洁净”的目标，完善城区环卫设施，推进垃圾分类和污水处理，开展病媒生物防制，县城面貌发生了明显变化，但在背街小巷管理和小餐饮规范经营方面仍有短板。

听取汇报后，程立新对我县的创卫工作给予肯定。他说，婺源的创卫工作思路清晰、措施扎实，希望继续对照标准补齐短板，加强精细化管理，争取早日通过国家评估。

方建平在最后的讲话中表示，创卫工作只有起点、没有终点。全县上下要正视不足、对标整改，把专家组指出的问题逐条建立台账、限期销号，以更高的标准巩固创卫成果，让群众在城市变化中有更多获得感。

新闻推荐

本刊讯（记者 詹丽）10月23日下午，县委副书记、县长俞志刚参加了县第十五次党代会分组讨论。在认真听取代表发言后，俞志刚表示，县委工作报告思路清晰、目标明确……

婺源新闻，传递身边正能量。除了新闻，我们还记录这座县城的点滴变化。
""",
      speeches=[sp("我县迎接创建国家卫生县城技术评估", "会议报道", "县", ("江西省", "上饶市", "婺源县"),
                   speaker=["县委书记方建平", "方建平"])],
      junk=["re:^会议现场$", "新闻推荐", "分组讨论", "传递身边正能量", "第十五次党代会"],
      kept=["12月24日，我县创建国家卫生县城技术评估工作汇报会在县行政中心召开。",
            "方建平在最后的讲话中表示，创卫工作只有起点、没有终点。",
            "他说，婺源的创卫工作思路清晰、措施扎实，希望继续对照标准补齐短板，加强精细化管理，争取早日通过国家评估。"])

# b15 — a district 创文简报 in Traditional characters (Big5): the bulletin's name, issue number,
# issuing office and date, a headline with a ——subtitle, an inspection and 座谈会 reported in the
# third person, and the 报/送/发 distribution lines at the end.
blind("b15.txt", """
创文简报
2021年第十五期
武江区创建全国文明城市工作领导小组办公室编印　　　　2021年9月6日

对标补短抓整改　全力冲刺迎测评
——区委书记到创文一线调研督导

9月3日，区委书记黄志坚带队到西联镇、新华街道调研督导创文工作，实地察看了农贸市场、老旧小区和公益广告设置情况，并在新华街道召开座谈会，听取各单位创文工作汇报。

黄志坚指出，今年的实地测评即将开始，全区上下要以冲刺的状态投入工作。老旧小区是群众感受最直接的地方，也是测评中最容易失分的地方，各街道要把楼道清理、车辆停放和化粪池清掏作为重点，一个小区一个小区过关。

黄志坚强调，各级领导干部要沉到一线，带头发现问题、解决问题；区创文办要加强统筹调度，对测评中可能出现的问题提前预判，做到件件有回应、事事有着落。

区委常委、宣传部部长刘慧敏，副区长周子健参加调研。

报：市创文办，区委、区人大、区政府、区政协领导
送：区创文领导小组各成员单位
发：各镇（街道）
""",
      trad="s2tw", enc="big5",
      speeches=[sp("对标补短抓整改　全力冲刺迎测评", "会议报道", "区", ("广东省", "韶关市", "武江区"),
                   speaker=["区委书记黄志坚", "黄志坚"])],
      junk=["创文简报", "re:第十五期", "编印", "re:^报：", "区创文领导小组各成员单位", "re:^发："],
      kept=["黄志坚指出，今年的实地测评即将开始，全区上下要以冲刺的状态投入工作。",
            "区委常委、宣传部部长刘慧敏，副区长周子健参加调研。"])

# b16 — a newspaper's digital edition: the issue date and "第05版：…PDF版" on top, a 本报讯 lead
# with spaced brackets, several officials, the editor's mark (③7) glued to the last sentence,
# and a line of page-template debris at the bottom.
blind("b16.txt", """
2019年10月30日
第05版：梁园新闻 PDF版

梁园区召开创建省级文明城市迎检工作会

本报讯 （记者 宋立） 10月25日，梁园区召开创建省级文明城市迎检工作会。区委书记李宗明出席会议并讲话。区领导王凤霞、陈伟、赵磊、孙静等出席会议。各街道、区委各部委、区直各单位、各中小学校和各社区负责人参加会议。

李宗明强调，一要坚持目标导向，全区上下要树立“创则必成”的信心，拧成一股绳，坚决打好迎检这场硬仗。二要坚持问题导向，加强社区基础设施建设，营造浓厚的宣传氛围，不断提高群众的知晓率和认可度。三要坚持结果导向，各街道要扛牢属地责任，各职能部门要履行行业监管责任，确保创建目标圆满完成。

王凤霞要求，要认清形势、正视问题，明确任务、整改提升，确保顺利通过省级文明城市测评验收。

陈伟对做好迎检工作进行了具体部署。③7

2019-10-30 1 1 商丘日报 content_82543.html 1 梁园区召开创建省级文明城市迎检工作会 /enpproperty-->
""",
      published="2019-10-30",
      speeches=[sp("梁园区召开创建省级文明城市迎检工作会", "会议报道", "区", ("河南省", "商丘市", "梁园区"),
                   speaker=["区委书记李宗明", "李宗明"])],
      junk=["PDF版", "③", "enpproperty", "content_82543", "re:^2019年10月30日$"],
      kept=["李宗明强调，一要坚持目标导向，全区上下要树立“创则必成”的信心，拧成一股绳，坚决打好迎检这场硬仗。",
            "王凤霞要求，要认清形势、正视问题，明确任务、整改提升，确保顺利通过省级文明城市测评验收。",
            "陈伟对做好迎检工作进行了具体部署。"])


# b17 — a members-only 范文 site: a "标题：" line with the site's generalised title, then the
# speech's own (masked) title, a cut in mid-sentence with the site's "省略N字，正式会员可完整阅读"
# note, and a "更多相关文章" list of other speeches' titles.
blind("b17.txt", """
标题：在乡镇创建国家卫生镇动员大会上的讲话
在**镇创建国家卫生镇动员大会上的讲话

同志们：
今天我们召开这次会议，主要目的是动员全镇上下迅速行动起来，扎扎实实开展创建国家卫生镇工作，确保今年通过省里的考核鉴定。刚才，**同志宣读了我镇创建国家卫生镇的工作方案，各村（居）递交了责任书，我都同意。下面我就创建工作再讲两点意见。
一、提高认识，把创建工作摆上全镇工作的突出位置
国家卫生镇是对一个镇环境卫生和管理水平的综合评价，对于改善我镇人居环境和投资环境具有十分重要的意义。从我镇的实际看，经济基础还比较薄弱，镇区道路、排水等基础设施欠账较多，特别是镇区主干道两侧 ……（速文网http://www.suwen-example.cn省略742字，正式会员可完整阅读）……
  更多相关文章：在乡镇创建国家卫生镇动员大会
  • 在乡镇党委书记抓基层党建述职会上的讲话
  • 在乡镇干部大会上的讲话
  • 在乡镇人大主席团会议上的讲话
""",
      speeches=[sp("在**镇创建国家卫生镇动员大会上的讲话", "讲话", "乡镇", masked=True, truncated=True)],
      junk=["正式会员可完整阅读", "suwen-example", "更多相关文章", "在乡镇干部大会上的讲话", "抓基层党建述职会",
            "人大主席团会议", "re:^标题："],
      kept=["刚才，**同志宣读了我镇创建国家卫生镇的工作方案，各村（居）递交了责任书，我都同意。",
            "国家卫生镇是对一个镇环境卫生和管理水平的综合评价，对于改善我镇人居环境和投资环境具有十分重要的意义。"])

# b18 — a copy from a photo-essay app: the headline, the author's user name, and the report as
# one line still wrapped in the app's literal <h3> tags; a district whose name several cities
# share (市中区), the city named once in the text.
blind("b18.txt", """
我区召开全国文明城市创建迎评工作会议

美友20486617

<h3><h3>11月15日下午，市中区全国文明城市创建迎评工作会议在区行政中心召开，区委常委、宣传部部长王书亮通报了第二轮模拟测评有关情况，并对迎评工作进行安排部署，部分街道和相关部门负责人作了表态发言。区委书记韩立军主持会议并讲话，区人大常委会主任邵明、区政协主席王其昌出席会议。</h3></h3> <h3><h3>韩立军强调，市中区是内江市的中心城区，也是全市创建迎评的主战场，点多、线长、面广，既有繁华的商业街区，也有大片的城乡结合部，精细化管理的难度很大。各街道、各部门要进一步强化“一失即万无”的意识，在全市创建工作中争当排头兵。</h3><h3>区委常委、区委办公室主任陈国辉，副区长殷继华，各街道党工委书记，区直有关部门主要负责同志参加会议。</h3></h3>
""",
      speeches=[sp("我区召开全国文明城市创建迎评工作会议", "会议报道", "区", ("四川省", "内江市", "市中区"),
                   speaker=["区委书记韩立军", "韩立军"])],
      junk=["美友", "<h3>", "</h3>"],
      kept=["区委书记韩立军主持会议并讲话，区人大常委会主任邵明、区政协主席王其昌出席会议。",
            "各街道、各部门要进一步强化“一失即万无”的意识，在全市创建工作中争当排头兵。",
            "区委常委、区委办公室主任陈国辉，副区长殷继华，各街道党工委书记，区直有关部门主要负责同志参加会议。"])

# b19 — a county government site's town news (HTML): breadcrumb, a "镇名：" headline, a
# time/source/views line, a font-size line, a photo's file name glued to a paragraph, a town
# head presiding and the party secretary giving the views, the writer's credit at the end.
blind("b19.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>仁居：召开创建“广东省卫生镇”推进会议</title></head>
<body>
<div class="logo">梅州 · 平远县人民政府</div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/gzdt/">工作动态</a> &gt; 镇村动态</div>
<div class="article">
<h3>仁居：召开创建“广东省卫生镇”推进会议</h3>
<div class="info">时间：2020-06-19 16:48:05　来源：本网　浏览次数：-</div>
<div class="font">字号：<a>大</a> <a>中</a> <a>小</a></div>
<div class="con">
<p>　　6月2日下午，仁居镇创建“广东省卫生镇”推进会议在镇政府三楼会议室召开，会议由镇长谢志明主持，各村（社区）书记、主任和镇干部职工共80余人参加。现场.jpg</p>
<p>　　会上，谢志明传达了县里关于创建省卫生镇的文件精神，通报了我镇创建工作进展情况；镇党委书记邓晓红结合我镇实际提出了几点意见，要求各村、各部门进一步提高认识、密切协作、压实责任，全力推进创建工作，确保成功创建“广东省卫生镇”。</p>
<p>　　随后，分管卫生健康工作的副镇长刘文彬对下一阶段工作作了具体部署，要求各村、各部门配合镇爱卫办做好各项创建工作。（仁居镇创卫办　罗美玲）</p>
</div>
</div>
<div class="foot">平远县人民政府 主办　粤ICP备00000000号　网站标识码：0000000000</div>
</body></html>
""",
      published="2020-06-19",
      speeches=[sp("仁居：召开创建“广东省卫生镇”推进会议", "会议报道", "乡镇", ("广东省", "梅州市", "平远县"),
                   speaker=["镇党委书记邓晓红", "党委书记邓晓红", "邓晓红"])],
      junk=["re:\\.jpg", "浏览次数", "re:字号", "镇村动态", "网站标识码"],
      kept=["6月2日下午，仁居镇创建“广东省卫生镇”推进会议在镇政府三楼会议室召开，会议由镇长谢志明主持，"
            "各村（社区）书记、主任和镇干部职工共80余人参加。",
            "随后，分管卫生健康工作的副镇长刘文彬对下一阶段工作作了具体部署，要求各村、各部门配合镇爱卫办做好"
            "各项创建工作。"])

# b20 — a 文档 site (GBK HTML): login links, the title with 某县, a words/views/downloads line,
# a deputy speaking "受xx书记委托" after units' pledges, lower-case xx masks, and a members-only
# cut with a download link.
blind("b20.html", """
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>在某县创建省级文明城市推进会上的讲话--文档大本营</title></head>
<body>
<div class="top"><a href="/login.asp">登录</a> | <a href="/reg.asp">注册</a> | <a href="/">返回首页</a></div>
<h1>在某县创建省级文明城市推进会上的讲话</h1>
<div class="stat">字数：3186 字　浏览：2417次　下载：21次</div>
<div class="content">
<p>同志们：</p>
<p>今天，我们召开创建省级文明城市推进会，主要任务是分析当前的创建形势，查找工作中的薄弱环节，动员全县上下进入冲刺状态，以最扎实的作风迎接省级测评。</p>
<p>刚才，xx同志传达了省文明办关于测评工作的最新要求，对下阶段任务作了安排，讲得很具体，我完全赞同。城管局、交警大队等6个单位作了表态发言，有决心、有措施，希望说到做到。</p>
<p>由于xx书记外出学习，受xx书记委托，下面，就做好创城工作，我再强调三点意见。</p>
<p>一、提高站位，切实增强创建工作的责任感</p>
<p>创建省级文明城市是县委、县政府向全县人民作出的承诺，也是检验各级干部作风的试金石。各乡镇、各部门要站在全局的高度，把创建工作作为当前的头等大事，主要负责同志要亲自研究、亲自部署、亲自督办。</p>
<p>二、聚焦短板，全力攻克测评失分点</p>
<p>从前期模拟测评看，县城的主要失分点集中在农贸市场、背街小巷和公共厕所。各责任单位要对照问题清单，</p>
<p class="vip">（本文为会员专享，剩余2360字请登录后查看）</p>
<p><a href="/down.asp?id=77">下载该文档（Word版）</a></p>
</div>
<div class="foot">文档大本营 Copyright 2008-2024</div>
</body></html>
""",
      enc="gb18030",
      speeches=[sp("在某县创建省级文明城市推进会上的讲话", "讲话", "县", masked=True, truncated=True)],
      junk=["字数：", "会员专享", "下载该文档", "文档大本营", "返回首页"],
      kept=["今天，我们召开创建省级文明城市推进会，主要任务是分析当前的创建形势，查找工作中的薄弱环节，"
            "动员全县上下进入冲刺状态，以最扎实的作风迎接省级测评。",
            "城管局、交警大队等6个单位作了表态发言，有决心、有措施，希望说到做到。",
            "由于xx书记外出学习，受xx书记委托，下面，就做好创城工作，我再强调三点意见。"])


# --- second blind batch (batch 6, part "blind-2"): 20 more pages, each modelled on the SHAPE of
# a different real page read through the search tool's page corpus (about 40 pages from about
# 35 sites: WeChat copies, county/district government sites with 索引号 tables, Word documents
# saved as HTML, PDF and scanned-OCR text, Discuz forums with anti-copy watermarks, blogs,
# mobile 展开全文 pages, 文库 previews and metadata lists, newspaper digital editions, compilation
# pages in Traditional characters, news pages in Big5). Every speech body and every line of site
# text was written for this project. Written without looking at the rules in build_tools/ and
# measured once; nobody tunes rules on this batch — it estimates how ingest does on pages it has
# never seen. Batch 5 is reserved for another batch.
B6 = dict(batch=6)


def pdf_pages(paras: list[str], width: int, per_page: int, running: str, footer: str,
              indent: str = "　　") -> str:
    """A PDF's text layer: paragraphs indented, lines cut at `width`, a running head on every
    page after the first and a page-number footer (`footer` formatted with the page number)."""
    lines = []
    for p in paras:
        p = indent + p
        lines += [p[k:k + width] for k in range(0, len(p), width)]
    out, page_no = [], 1
    for k in range(0, len(lines), per_page):
        if k:
            out.append(running)
        out += lines[k:k + per_page]
        out.append(footer.format(page_no))
        page_no += 1
    return "\n".join(out)


# u01 — a WeChat article copy (HTML): the account's headline, 原创/account/time/发表于 meta line,
# 点击蓝字 关注我们, the speech's own title, role/name and date lines centred in the article,
# 来源/编辑/审核 lines, 往期推荐, and the reader bar (阅读原文, 在看, 微信扫一扫…).
_U01 = [
    "同志们：",
    "这次会议是市委决定召开的，目的是对照今年的测评体系查缺补漏，把全市的力量再集中一次、再动员一次。"
    "刚才，光明同志通报了一季度实地测评的扣分情况，东昌府区、市住建局、市交通运输局作了发言，讲得都很实在。"
    "下面，我讲三点意见。",
    "一、看清位次，不为一时的进步沾沾自喜",
    "去年聊城在全国地级提名城市年度测评中前进了十一个位次，这说明大家的汗水没有白流。但也要看到，我们的得分"
    "主要靠的是新建的公园和道路，失分集中在老城区的小巷、市场和楼院。群众每天看到的正是这些地方，测评组抽查的"
    "也正是这些地方。",
    "二、盯住点位，把每一项整改落到具体的人",
    "市创城办已经把412个测评点位逐一分解到部门和街道，每个点位都有一名县级干部包保。包保干部每周至少到点位"
    "去一次，发现问题当场拍照、当天交办，整改不到位的不销号。",
    "三、动员群众，让市民成为创城的主角",
    "要把“文明聊城”随手拍作为群众参与的主渠道，对市民反映的问题实行24小时响应。各社区要把志愿服务和邻里互助"
    "结合起来，让更多居民从旁观者变成参与者。",
    "同志们，离今年的实地测评不到一百天了。希望大家拿出背水一战的劲头，一天也不耽误，一处也不放过，以实实在在"
    "的成绩向全市人民交出合格答卷。",
]
blind("u01.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8">
<meta property="og:title" content="权威发布｜韩卫东在全市创文攻坚推进会上的讲话（全文）">
<title>权威发布｜韩卫东在全市创文攻坚推进会上的讲话（全文）</title></head>
<body id="activity-detail">
<div class="rich_media_area_primary">
<h1 class="rich_media_title" id="activity-name">权威发布｜韩卫东在全市创文攻坚推进会上的讲话（全文）</h1>
<div id="meta_content" class="rich_media_meta_list">
<span class="rich_media_meta icon_appmsg_tag">原创</span>
<span class="rich_media_meta_text">聊城创城办</span>
<a class="wx_tap_link" id="js_name">文明聊城</a>
<em id="publish_time" class="rich_media_meta_text">2024-05-22 18:30</em>
<em id="js_ip_wording_wrp" class="rich_media_meta_text">发表于山东</em>
</div>
<div class="rich_media_content" id="js_content">
<p style="text-align: center;"><span style="color: rgb(0, 112, 192);"><strong>点击蓝字 关注我们</strong></span></p>
<p style="text-align: center;"><img class="rich_pages wxw-img" data-src="https://mmbiz.qpic.cn/mmbiz_gif/abc/640?wx_fmt=gif"></p>
<p style="text-align: center;"><span style="font-size: 18px;"><strong>在全市创建全国文明城市攻坚推进会上的讲话</strong></span></p>
<p style="text-align: center;"><span>市委书记　韩卫东</span></p>
<p style="text-align: center;"><span>（2024年5月20日）</span></p>
""" + "".join(f'<p style="text-indent: 2em;"><span style="font-size: 16px;">{p}</span></p>\n'
              if not re.match("[一二三]、", p) else
              f'<p><span style="font-size: 16px;"><strong>{p}</strong></span></p>\n' for p in _U01) + """
<p><br></p>
<p><span style="font-size: 14px;color: rgb(136, 136, 136);">来源：聊城日报社全媒体</span></p>
<p><span style="font-size: 14px;color: rgb(136, 136, 136);">编辑：刘一鸣　审核：高　静</span></p>
<p style="text-align: center;"><strong>往期推荐</strong></p>
<p><a href="https://mp.weixin.qq.com/s/x1">文明聊城丨这些不文明行为将被曝光</a></p>
<p><a href="https://mp.weixin.qq.com/s/x2">创城进行时丨志愿红扮靓古城街巷</a></p>
<p style="text-align: center;"><span>点个“在看”，让更多人看到</span></p>
</div>
<div id="js_pc_qr_code"><p>微信扫一扫<br>关注该公众号</p></div>
<div class="rich_media_tool"><a id="js_view_source">阅读原文</a> <span>阅读 1.2万</span> <span>在看 86</span> <span>分享</span> <span>收藏</span></div>
<div class="weui-desktop-popover">预览时标签不可点</div>
<div>继续滑动看下一个</div><div>轻触阅读原文</div><div>知道了</div>
</div>
</body></html>
""",
      published="2024-05-22",
      speeches=[sp("在全市创建全国文明城市攻坚推进会上的讲话", "讲话", "市", ("山东省", "聊城市", None),
                   date="2024-05-20", speaker=["市委书记韩卫东", "韩卫东"], min_paras=7)],
      junk=["权威发布", "点击蓝字", "发表于山东", "聊城日报社全媒体", "re:审核：", "往期推荐",
            "这些不文明行为将被曝光", "志愿红扮靓古城街巷", "让更多人看到", "微信扫一扫", "关注该公众号",
            "阅读原文", "预览时标签不可点", "继续滑动看下一个", "re:在看"],
      kept=["刚才，光明同志通报了一季度实地测评的扣分情况，东昌府区、市住建局、市交通运输局作了发言，讲得都很实在。",
            "市创城办已经把412个测评点位逐一分解到部门和街道，每个点位都有一名县级干部包保。",
            "二、盯住点位，把每一项整改落到具体的人",
            "希望大家拿出背水一战的劲头，一天也不耽误，一处也不放过，以实实在在的成绩向全市人民交出合格答卷。"],
      **B6)

# u02 — a county government site's 领导讲话 column (HTML): breadcrumb, 字体 大中小, an 索引号/分类/
# 发布机构/发文日期/文号 table, a headline that puts the speaker's name before the title, a posting
# line with views, then the title, role and date lines again in the text; print/close links and
# the site's 主办单位/网站标识码/ICP footer.
_U02 = [
    "同志们：",
    "鹿邑成为国家卫生县城已经三年，明年将迎来国家的第一次复审。今天召开这个会，就是要把复审的各项准备提前"
    "摆上日程，防止松劲懈怠、成果滑坡。刚才，县爱卫办通报了春季爱国卫生运动的督查情况，我完全同意，请大家"
    "认真对照整改。",
    "从近期暗访看，县城主干道保洁总体不错，但城中村、老旧家属院和建筑工地周边仍有垃圾积存；部分小餐饮店后厨"
    "生熟不分，“三防”设施形同虚设；个别医疗机构医疗废物暂存不规范。这些都是复审的扣分项，也是群众最有意见的地方。",
    "下一步要抓好四件事：一是持续开展城乡环境卫生集中整治，每周五为全县统一行动日；二是对县城9个农贸市场实行"
    "划行归市，年底前全部达到标准化要求；三是落实病媒生物防制，4月底前完成全县下水道、垃圾中转站的春季灭鼠"
    "灭蟑；四是加强健康教育，让健康知识进机关、进学校、进社区。",
    "各乡镇、各部门要把巩卫纳入年度目标考核，主要负责同志要亲自抓。县委督查局、县政府督查局要开展常态化暗访，"
    "问题整改不到位的，一律约谈。",
    "同志们，卫生县城的牌子是全县人民干出来的，也要靠全县人民守下去。希望大家以只争朝夕的精神抓好落实，确保"
    "明年复审一次通过。",
]
blind("u02.html", """
<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>孙立群在全县巩固国家卫生县城成果推进会上的讲话_领导讲话_鹿邑县人民政府</title></head>
<body>
<div class="topbar"><span>今天是：2023年4月17日 星期一</span> <a href="/">网站首页</a> <a href="/wza">无障碍</a> <a href="/old">长者模式</a></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zmhd/">政民互动</a><a href="/bsfw/">办事服务</a></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/ldjh/">领导讲话</a></div>
<table class="xxgk_table">
<tr><td>索引号：</td><td>11411628MB1672553X/2023-00412</td><td>分类：</td><td>领导讲话</td></tr>
<tr><td>发布机构：</td><td>鹿邑县人民政府办公室</td><td>发文日期：</td><td>2023-04-17</td></tr>
<tr><td>名称：</td><td>孙立群在全县巩固国家卫生县城成果推进会上的讲话</td><td>文号：</td><td></td></tr>
</table>
<div class="article">
<h1>孙立群在全县巩固国家卫生县城成果推进会上的讲话</h1>
<div class="info">发布时间：2023-04-17 16:05　来源：县政府办　浏览次数：1386　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="TRS_Editor">
<p style="text-align:center"><strong>在全县巩固国家卫生县城成果推进会上的讲话</strong></p>
<p style="text-align:center">县委副书记、县长　孙立群</p>
<p style="text-align:center">（2023年4月11日）</p>
""" + "".join(f"<p>　　{p}</p>\n" for p in _U02) + """
</div>
<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】<span>扫一扫在手机打开当前页</span></div>
</div>
<div class="footer">
<p>主办单位：鹿邑县人民政府办公室　承办：鹿邑县大数据中心</p>
<p>网站标识码：4116280001　<a href="https://beian.miit.gov.cn">豫ICP备12047731号</a>　豫公网安备 41162802000127号</p>
</div>
</body></html>
""",
      published="2023-04-17",
      speeches=[sp("在全县巩固国家卫生县城成果推进会上的讲话", "讲话", "县", ("河南省", "周口市", "鹿邑县"),
                   date="2023-04-11", speaker=["县委副书记、县长孙立群", "县长孙立群", "孙立群"])],
      junk=["网站首页", "长者模式", "当前位置", "索引号", "发布机构", "发文日期", "浏览次数", "re:字体",
            "打印本页", "关闭窗口", "扫一扫在手机打开当前页", "主办单位", "网站标识码", "ICP备", "公网安备",
            "re:星期一"],
      kept=["今天召开这个会，就是要把复审的各项准备提前摆上日程，防止松劲懈怠、成果滑坡。",
            "二是对县城9个农贸市场实行划行归市，年底前全部达到标准化要求；",
            "希望大家以只争朝夕的精神抓好落实，确保明年复审一次通过。"],
      **B6)

# u03 — a Word document saved as web page (GBK, mso markup): document properties in a
# conditional comment, a style block, the title broken over two lines with <br>, a spaced name,
# numbers in their own lang=EN-US spans mid-sentence, mso-spacerun spaces, empty <o:p> lines.
_U03_SPAN = "<span style='font-size:16.0pt;font-family:仿宋_GB2312'>"


def _mso(p: str) -> str:
    """A Word paragraph: numbers in their own spans, the way Word saves mixed scripts."""
    num = "</span><span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\"'>\\1</span>"
    p = re.sub(r"(\d+)", num + _U03_SPAN, p)
    return (f"<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;"
            f"mso-line-height-rule:exactly'>{_U03_SPAN}{p}<span lang=EN-US><o:p></o:p></span></span></p>\n")


_U03 = [
    "同志们：",
    "今天这个调度会，主要是听一听各街道、各部门上半年创建任务的完成情况，把下半年的工作再明确一下。刚才，8个"
    "街道和12个区级部门逐一作了汇报，有的讲了成绩，有的讲了困难，总的感觉是进度不平衡。我讲三个方面。",
    "第一，进度慢的要赶上来。全区106项创建任务，截至7月底完成了61项，完成率不到六成。西城、新前两个街道的背街"
    "小巷改造还没有开工，区交通运输局承担的公交站台改造只完成了三分之一。这几个单位要在8月15日前拿出倒排计划，"
    "报区创建办备案。",
    "第二，问题多的要改到位。市里7月份暗访反馈的89个问题，目前还有23个没有整改。我的意见是，能马上改的立即改，"
    "需要资金的由区财政先行保障，涉及多个部门的由分管区领导牵头协调，8月底前必须全部清零。",
    "第三，长效管理要跟上去。创建不是一阵风，不能检查前突击、检查后反弹。各街道要把网格员、保洁员、志愿者的力量"
    "统筹起来，做到每条街巷每天有人巡、有人管。",
    "同志们，今年是全市创建的决胜之年，黄岩的成绩直接关系到全市的总分。希望大家咬定目标、压实责任，确保各项"
    "任务按期完成。",
]
blind("u03.html", """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/html; charset=gb2312">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>调度会讲话（定稿）</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>区委办综合科</o:Author>
  <o:LastAuthor>Administrator</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Pages>4</o:Pages>
  <o:Company>Microsoft</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<style>
<!--
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-parent:"";margin:0cm;text-align:justify;text-justify:inter-ideograph;
	font-size:10.5pt;font-family:"Times New Roman";mso-fareast-font-family:宋体;}
@page WordSection1 {size:595.3pt 841.9pt;margin:72.0pt 90.0pt 72.0pt 90.0pt;}
div.WordSection1 {page:WordSection1;}
-->
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
<p class=MsoNormal align=center style='text-align:center;line-height:36.0pt'><span style='font-size:22.0pt;font-family:方正小标宋简体'>在全区创建全国文明城市<br>
工作调度会上的讲话<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:楷体_GB2312'>区委书记<span lang=EN-US><span style='mso-spacerun:yes'>&nbsp; </span></span>陈<span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;</span></span>立<span lang=EN-US><span style='mso-spacerun:yes'>&nbsp;</span></span>群<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal align=center style='text-align:center'><span style='font-size:16.0pt;font-family:楷体_GB2312'>（<span lang=EN-US>2022</span>年<span lang=EN-US>8</span>月<span lang=EN-US>3</span>日）<span lang=EN-US><o:p></o:p></span></span></p>
<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
""" + "".join(_mso(p) for p in _U03) + """<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>
</div>
</body>
</html>
""",
      enc="gb18030",
      speeches=[sp("在全区创建全国文明城市工作调度会上的讲话", "讲话", "区", ("浙江省", "台州市", "黄岩区"),
                   date="2022-08-03", speaker=["区委书记陈立群", "陈立群"])],
      junk=["定稿", "区委办综合科", "Administrator", "MsoNormal", "re:mso-", "仿宋", "Times New Roman",
            "WordSection"],
      kept=["全区106项创建任务，截至7月底完成了61项，完成率不到六成。",
            "这几个单位要在8月15日前拿出倒排计划，报区创建办备案。",
            "市里7月份暗访反馈的89个问题，目前还有23个没有整改。",
            "希望大家咬定目标、压实责任，确保各项任务按期完成。"],
      **B6)

# u04 — a PDF's text layer: the title and header on page one, paragraphs indented with two
# full-width spaces, every line cut at 30 characters, a running head on every later page and a
# "— N —" footer, page breaks falling mid-sentence.
_U04 = [
    "同志们：",
    "经过四年的努力，我市创建国家卫生城市已经走到了最后一关。国家爱卫办的技术评估组将于下月中旬到天水，采取"
    "暗访和现场评审相结合的方式进行检查。今天召开这个动员大会，就是要把全市上下的精力集中到迎检上来，打好这"
    "最后一仗。",
    "一、要把问题找全",
    "评估组不会只看主干道，他们会随机走进小区、市场、餐馆和学校。各区要以街道为单位，组织干部逐楼逐店过一遍，"
    "把发现的问题登记造册。今年的技术评估标准新增了健康细胞建设和控烟两项内容，卫生健康部门要专门组织培训，"
    "确保基层干部弄懂弄通。",
    "二、要把责任压实",
    "市创卫指挥部已经把十一大类、一百四十三项迎检任务分解到各区和市直部门。谁的任务谁负责，谁的点位谁管好。"
    "迎检期间，各单位主要负责同志原则上不安排外出，确需外出的要向指挥部报告。",
    "三、要把群众发动起来",
    "卫生城市是为群众创的，也要靠群众来创。要组织党员干部、青年志愿者到社区、到街头开展“洁净家园”行动，"
    "引导市民自觉维护公共卫生。新闻媒体要开设曝光台，对脏乱差现象和不文明行为公开曝光。",
    "同志们，成败在此一举。希望大家全力以赴、决战决胜，确保我市一次性通过国家技术评估。",
]
blind("u04.txt",
      "在全市创建国家卫生城市迎检动员大会上的讲话\n\n市委副书记、市长　杨振宇\n（2021年10月9日）\n\n"
      + pdf_pages(_U04, 30, 9, "天水市人民政府领导讲话汇编（2021年第4辑）", "— {} —") + "\n",
      speeches=[sp("在全市创建国家卫生城市迎检动员大会上的讲话", "讲话", "市", ("甘肃省", "天水市", None),
                   date="2021-10-09", speaker=["市委副书记、市长杨振宇", "市长杨振宇", "杨振宇"],
                   min_paras=9)],
      junk=["领导讲话汇编", "re:—\\s*\\d+\\s*—"],
      kept=["今天召开这个动员大会，就是要把全市上下的精力集中到迎检上来，打好这最后一仗。",
            "今年的技术评估标准新增了健康细胞建设和控烟两项内容，卫生健康部门要专门组织培训，确保基层干部弄懂弄通。",
            "迎检期间，各单位主要负责同志原则上不安排外出，确需外出的要向指挥部报告。",
            "新闻媒体要开设曝光台，对脏乱差现象和不文明行为公开曝光。",
            "希望大家全力以赴、决战决胜，确保我市一次性通过国家技术评估。"],
      **B6)

# u05 — a Discuz forum thread: login links, 查看/回复 counts, the thread title with a poster's
# remark, 复制链接, the poster line, 本帖最后由…编辑, the speech with anti-copy watermark strings
# at paragraph ends and on lines of their own, then replies (沙发, 板凳) and 使用道具/举报 links.
_U05 = [
    "同志们：",
    "今天召开全镇创卫攻坚动员会，就是要把县委、县政府创建国家卫生城市的部署落实到龙固的每一个村、每一条街。"
    "刚才，分管副镇长对攻坚行动作了具体安排，集镇所在的三个村和镇直单位作了表态，我都同意。",
    "龙固镇离县城不远，是沛县迎检线路上的一个点位。说实话，我们集镇的卫生状况跟县城比还有不小差距：农贸市场"
    "周边污水横流，沿街门店乱堆乱放，一些村庄坑塘里漂着垃圾。这些问题不解决，检查组一来就要扣分，全县的成绩"
    "就会被我们拉下来。",
    "这次攻坚，时间定在六月到八月，分三步走。六月份集中清理，把集镇和村庄的积存垃圾、杂物、违章搭建全部清掉；"
    "七月份补齐设施，新建两座水冲式公厕，给每户配齐分类垃圾桶；八月份巩固提升，建立保洁员考核制度，每月评比一次。",
    "镇村干部要带头，包村干部每周在村里的时间不少于三天。镇纪委要跟进监督，对敷衍应付、弄虚作假的，严肃处理。",
    "同志们，创卫是为老百姓办实事。大家要把这件事当成自家的事来办，让龙固的群众真正得到实惠。",
]
_U05_WM = ["8 Q# y, J4 {' n", "; Y. T* A( a7 r4 u", "% d! e8 ?7 V- B", "2 W& q) M$ m, F0 p"]
blind("u05.txt", "\n".join([
    "笔友之家", " 找回密码", " 注册", "", "查看: 2315|回复: 6", "",
    "在全镇创卫攻坚动员会上的讲话（原创首发，欢迎拍砖）", "", "[复制链接]",
    "文海拾贝 发表于 2019-6-3 09:12:44 | 显示全部楼层 |阅读模式",
    "本帖最后由 文海拾贝 于 2019-6-3 09:20 编辑",
    "",
    "在龙固镇创建国家卫生城市攻坚动员会上的讲话",
    _U05[0],
    _U05[1] + _U05_WM[0],
    _U05_WM[1],
    _U05[2],
    _U05_WM[2],
    _U05[3],
    _U05[4] + _U05_WM[3],
    _U05[5],
    "",
    "回复", "使用道具 举报", "",
    "墨香斋主 发表于 2019-6-3 10:05:11 | 显示全部楼层",
    "感谢楼主分享，写得很接地气，乡镇一级的讲话就该这么讲！",
    "回复 支持 反对", "使用道具 举报", "沙发", "",
    "山野闲人 发表于 2019-6-4 08:33:27 | 显示全部楼层",
    "mark，收藏了，正好下周用得上。",
    "回复 支持 反对", "使用道具 举报", "板凳", "",
    "返回列表 发新帖 回复",
]) + "\n",
      published="2019-06-03",
      speeches=[sp("在龙固镇创建国家卫生城市攻坚动员会上的讲话", "讲话", "乡镇", ("江苏省", "徐州市", "沛县"))],
      junk=["笔友之家", "找回密码", "查看:", "欢迎拍砖", "复制链接", "显示全部楼层", "阅读模式", "本帖最后由",
            "使用道具", "感谢楼主分享", "正好下周用得上", "沙发", "板凳", "返回列表", "发新帖"]
      + _U05_WM,
      kept=["刚才，分管副镇长对攻坚行动作了具体安排，集镇所在的三个村和镇直单位作了表态，我都同意。",
            "龙固镇离县城不远，是沛县迎检线路上的一个点位。",
            "镇纪委要跟进监督，对敷衍应付、弄虚作假的，严肃处理。",
            "大家要把这件事当成自家的事来办，让龙固的群众真正得到实惠。"],
      **B6)

# u06 — scanned-OCR text of a county 政府公报: the bulletin's running head and issue number,
# the title split with spaces over two lines, a spaced name, lines cut at 24 characters with
# stray "丨" and "'" marks, OCR slips in a few words, "·N·" page numbers.
_U06 = [
    "同志们：",
    "今年是我县创建省级卫生县城的决战之年。上半年，全县上下按照县委、县政府的部署，集中开展了城区环境卫生、"
    "农贸市场和“六小”门店三项整治，县城面貌有了明显改观。但是，对照省里的考核标准，我们还有不少差距，有的"
    "还相当突出。",
    "一是基础设施欠账多。县城还有七条背街小巷没有硬化，污水管冈覆盖率不到八成，部分公厕年久失修、无人管理。",
    "二是管理机制不健全。门前三包责任制落实不到位，一些商户把货物摆到人行道上，城管队员一走又摆出来；垃圾"
    "清运存在盲区，城郊结合部经常出现垃圾堆积。",
    "三是群众参与不充分。不少群众认为创卫是政府的事，随手扔垃圾、随地吐痰的现象还比较普遍。",
    "下一步，各乡镇、各部门要对照省级标准，逐项查漏补缺。县创卫办要实行一周一督查、半月一通报，督查结果"
    "作为年终考核的重要依据。宣传部门要加大宣传力度，让创卫知识家喻户晓。",
    "同志们，离省级考核验收只有四个多月了，希望大家鼓足干劲、真抓实干，确保年内创建成功。",
]


def _ocr(paras: list[str]) -> str:
    lines = []
    for p in paras:
        lines += [p[k:k + 24] for k in range(0, len(p), 24)]
    out = []
    for n, line in enumerate(lines):
        if n % 7 == 3:
            line += " 丨"
        elif n % 11 == 5:
            line = "' " + line
        out.append(line)
        if n in (12, 20):
            out += ["", f"·{2 if n == 12 else 3}·", "", "西充县人民政府公报　　　　　　　　2018年第4期（总第52期）"]
    return "\n".join(out)


blind("u06.txt",
      "西充县人民政府公报　　　　　　　　2018年第4期（总第52期）\n\n"
      "在全县创建省级卫生县城推进\n会 上 的 讲 话\n\n县委书记　赵 明 远\n（2018年7月16日）\n\n"
      + _ocr(_U06) + "\n\n·4·\n",
      speeches=[sp("在全县创建省级卫生县城推进会上的讲话", "讲话", "县", ("四川省", "南充市", "西充县"),
                   date="2018-07-16", speaker=["县委书记赵明远", "赵明远"])],
      junk=["人民政府公报", "总第52期", "丨", "re:·\\d·", "re:^' "],
      kept=["上半年，全县上下按照县委、县政府的部署，集中开展了城区环境卫生、农贸市场和“六小”门店三项整治，"
            "县城面貌有了明显改观。",
            "三是群众参与不充分。",
            "县创卫办要实行一周一督查、半月一通报，督查结果作为年终考核的重要依据。",
            "同志们，离省级考核验收只有四个多月了，希望大家鼓足干劲、真抓实干，确保年内创建成功。"],
      **B6)

# u07 — a mobile 范文 page copied as text: breadcrumb and 打开APP, the title, the author/time/
# reads line, a role/name line, the first paragraphs, 展开全文, the rest, then the app's
# 打开APP阅读更多, like/collect/share counts and 相关推荐 titles.
_U07 = [
    "同志们：",
    "全市迎接全国文明城市年度测评的时间已经临近，区里给我们逢源街道分配了37个实地点位，数量在全区各街道中排第一。"
    "今天开这个部署会，就是要把每个点位、每项任务落实到人。",
    "先说形势。上个月区创文办组织模拟测评，我们街道扣了21分，主要扣在老旧楼院的乱拉乱挂、沿街商铺的出店经营"
    "和公益广告的数量不足上。这些问题不难解决，难的是反复出现。",
    "再说任务。一是点位整治，各社区要对照清单一个点位一个点位过，11月20日前全部整改到位；二是氛围营造，每个"
    "社区至少新增20处公益广告，破损的当天更换；三是入户宣传，社区工作者和志愿者要把创文知识送到每一户居民家里。",
    "最后说纪律。测评期间，街道班子成员全部下沉到社区，每人包一个片区。发现问题不报告、整改不及时的，要追究"
    "相关人员责任。",
    "同志们，逢源是荔湾的老城区，底子薄、人口密，但我们也有街坊邻里热心公益的好传统。只要大家拧成一股绳，"
    "就一定能交出一份让群众满意的答卷。",
]
blind("u07.txt", "\n".join([
    "首页 > 范文 > 讲话稿", "打开APP", "",
    "在逢源街道创建全国文明城市迎检工作部署会上的讲话", "",
    "笔杆子小刘 2023-11-05 09:41 · 阅读 3.2万", "",
    "街道党工委书记 黄志坚", "",
    *_U07[:3], "", "展开全文∨", "", *_U07[3:], "",
    "打开APP阅读更多精彩内容", "点赞 126　收藏　分享", "", "相关推荐",
    "街道创文工作总结范文（精选6篇）", "社区创文迎检表态发言稿", "举报/反馈",
]) + "\n",
      published="2023-11-05",
      speeches=[sp("在逢源街道创建全国文明城市迎检工作部署会上的讲话", "讲话", "乡镇",
                   ("广东省", "广州市", "荔湾区"), speaker=["街道党工委书记黄志坚", "党工委书记黄志坚", "黄志坚"])],
      junk=["打开APP", "笔杆子小刘", "阅读 3.2万", "展开全文", "阅读更多精彩内容", "点赞", "相关推荐",
            "街道创文工作总结范文", "社区创文迎检表态发言稿", "举报/反馈"],
      kept=["今天开这个部署会，就是要把每个点位、每项任务落实到人。",
            "这些问题不难解决，难的是反复出现。",
            "二是氛围营造，每个社区至少新增20处公益广告，破损的当天更换；",
            "只要大家拧成一股绳，就一定能交出一份让群众满意的答卷。"],
      **B6)

# u08 — a 文稿 site's compilation (GBK HTML) of three pieces from one county meeting: the county
# party secretary's speech, a town's pledge and the county's news report, each under a 篇N label.
_U08_A = [
    "同志们：",
    "县委、县政府决定召开这次攻坚推进会，目的是对创卫工作再加压、再提速。从全市最近一次交叉检查的结果看，"
    "威县在七个参评县中排第五，这个位次与我们的目标不相称。",
    "问题主要有三个：县城东部片区的建筑垃圾长期堆放，成了蚊蝇滋生地；部分单位院内卫生只顾门面、不管后院；"
    "城关镇几个城中村的旱厕改造进度太慢。",
    "各责任单位要以这次会议为起点，开展为期六十天的集中攻坚。县委办、县政府办每周调度一次，我和县长每半月到"
    "现场看一次。攻坚结束后，县里要组织验收，不合格的单位年度考核一律不得评为优秀。",
    "同志们，创卫工作到了最吃劲的时候，大家要顶得住、冲得上，确保年底前达到省级验收标准。",
]
_U08_B = [
    "尊敬的各位领导，同志们：",
    "城关镇是威县县城所在地，承担着全县创卫六成以上的任务。我代表镇党委、镇政府作如下表态：",
    "一是立即行动。会后当天召开全镇动员会，明天起全体机关干部下沉到村、社区，开展拉网式清理。",
    "二是啃下硬骨头。10月底前完成四个城中村共320座旱厕的改造，年底前完成东部片区建筑垃圾的清运和覆绿。",
    "三是建立长效机制。在每个村、社区配备专职保洁员，实行“日巡查、周评比、月考核”。",
    "我们坚决拥护县委、县政府的决策部署，请县委、县政府放心，城关镇决不拖全县创卫的后腿！",
]
_U08_C = [
    "9月12日，威县召开创建国家卫生县城攻坚推进会，通报全市交叉检查情况，部署为期六十天的集中攻坚行动。县委书记"
    "郭振华出席会议并讲话，县长冯立新主持会议。",
    "会上，县创卫办通报了检查中发现的问题，城关镇、县住建局、县市场监管局作了表态发言。",
    "郭振华指出，创卫工作已经到了最吃劲的时候，各责任单位要正视差距，集中力量解决建筑垃圾堆放、单位后院卫生"
    "和城中村旱厕改造等突出问题。他强调，要强化调度和督导，攻坚结束后组织验收，确保年底前达到省级验收标准。",
    "冯立新要求，各乡镇、各部门要把会议精神迅速传达下去，细化任务、明确时限，抓好落实。",
]


def _ps(paras: list[str]) -> str:
    return "".join(f"<p>{p}</p>\n" for p in paras)


blind("u08.html", """
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>创卫攻坚推进会讲话稿汇编（3篇）-公文之家</title></head>
<body>
<div class="head"><a href="/">公文之家</a> | <a href="/jianghua/">讲话发言</a> | <a href="/zongjie/">工作总结</a> | <a href="/user/login">会员登录</a></div>
<h1>创卫攻坚推进会讲话稿汇编（3篇）</h1>
<div class="meta">时间：2024-09-20　栏目：讲话发言　编辑：小文</div>
<div class="content">
<p>以下是本站为大家收集整理的创卫攻坚推进会讲话稿汇编（3篇），共3篇，希望能够帮助到大家，欢迎收藏和分享。</p>
<h2>篇一：在全县创建国家卫生县城攻坚推进会上的讲话</h2>
""" + _ps(_U08_A) + """<h2>篇二：城关镇在全县创建国家卫生县城攻坚推进会上的表态发言</h2>
""" + _ps(_U08_B) + """<h2>篇三：威县召开创建国家卫生县城攻坚推进会</h2>
""" + _ps(_U08_C) + """<p>本文由会员投稿，版权归原作者所有，如有侵权请联系我们删除。</p>
</div>
<div class="pager">上一篇：<a href="/a/101.html">创文迎检表态发言稿</a>　下一篇：<a href="/a/103.html">巩卫工作总结汇报</a></div>
<div class="copyright">Copyright © 公文之家 版权所有</div>
</body></html>
""",
      enc="gb18030", published="2024-09-20",
      speeches=[sp("在全县创建国家卫生县城攻坚推进会上的讲话", "讲话", "县", ("河北省", "邢台市", "威县")),
                sp("城关镇在全县创建国家卫生县城攻坚推进会上的表态发言", "表态发言", "县",
                   ("河北省", "邢台市", "威县")),
                sp("威县召开创建国家卫生县城攻坚推进会", "会议报道", "县", ("河北省", "邢台市", "威县"),
                   speaker=["县委书记郭振华", "郭振华"])],
      junk=["公文之家", "会员登录", "re:篇[一二三]", "收集整理", "希望能够帮助到大家", "会员投稿",
            "如有侵权请联系我们删除", "上一篇", "创文迎检表态发言稿", "巩卫工作总结汇报", "编辑：小文"],
      kept=["威县在七个参评县中排第五，这个位次与我们的目标不相称。",
            "同志们，创卫工作到了最吃劲的时候，大家要顶得住、冲得上，确保年底前达到省级验收标准。",
            "我代表镇党委、镇政府作如下表态：",
            "我们坚决拥护县委、县政府的决策部署，请县委、县政府放心，城关镇决不拖全县创卫的后腿！",
            "会上，县创卫办通报了检查中发现的问题，城关镇、县住建局、县市场监管局作了表态发言。",
            "冯立新要求，各乡镇、各部门要把会议精神迅速传达下去，细化任务、明确时限，抓好落实。"],
      **B6)

# u09 — a district government's news page (HTML) with a meeting report and, under "以下为讲话全
# 文：", the secretary's full speech with its own title, role and date lines: two entries.
_U09_R = [
    "7月6日，甘井子区召开国家卫生城市复审迎检动员会，全面部署复审迎检工作。区委书记孟凡成出席会议并讲话，"
    "区长邱立华主持会议。区级领导，各街道、区直各部门主要负责同志参加会议。",
    "会议传达了全市国家卫生城市复审工作会议精神，区爱卫办通报了近期暗访发现的问题。",
    "孟凡成强调，大连作为国家卫生城市已经二十多年，每一次复审都是一次大考。甘井子区面积大、城乡结合部多，"
    "是全市复审的重点和难点，各街道、各部门要以最高标准、最严要求做好迎检准备。",
]
_U09_S = [
    "同志们：",
    "今年下半年，国家将对大连进行国家卫生城市复审。这是大连第七次接受复审，也是新标准实施后的第一次。今天开"
    "这个会，就是要让全区上下都明白：复审不是走过场，甘井子不能出问题。",
    "我们区的短板大家心里都有数。城乡结合部的垃圾清运不及时，一些老旧小区的楼道还堆着杂物，部分建筑工地围挡"
    "破损、扬尘控制不到位。这些问题在上一轮暗访中都被点了名，到现在还没有彻底解决。",
    "复审迎检，我提三点要求。一要把问题清单变成整改清单，每个问题明确责任单位、责任人和完成时限；二要把日常"
    "管理做在平时，不搞临时突击，不搞表面文章；三要把责任落实到底，对整改不力的单位，区纪委监委要及时介入。",
    "同志们，大连的卫生城市荣誉是几代人接力守护的。希望大家珍惜荣誉、扛起责任，确保甘井子区以良好的形象迎接复审。",
]
blind("u09.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>甘井子区召开国家卫生城市复审迎检动员会-甘井子区人民政府</title></head>
<body>
<div class="banner">大连市甘井子区人民政府</div>
<div class="dqwz">当前位置：<a href="/">首页</a> &gt; <a href="/xwzx/">新闻中心</a> &gt; <a href="/xwzx/gjzyw/">甘井子要闻</a></div>
<div class="detail">
<h2 class="title">甘井子区召开国家卫生城市复审迎检动员会</h2>
<div class="sub">发布时间：2023-07-07 09:30　来源：区融媒体中心　【字体：<a>大</a> <a>中</a> <a>小</a>】</div>
<div class="con">
""" + _ps(_U09_R) + """<p>以下为讲话全文：</p>
<p style="text-align:center"><strong>在全区国家卫生城市复审迎检动员会上的讲话</strong></p>
<p style="text-align:center">区委书记　孟凡成</p>
<p style="text-align:center">（2023年7月6日）</p>
""" + _ps(_U09_S) + """</div>
<div class="share">分享到：<a>微信</a> <a>微博</a> <a>QQ空间</a>　【<a>打印</a>】【<a>关闭</a>】</div>
<div class="prev">上一篇：<a href="/a/1.html">甘井子区召开防汛工作部署会</a></div>
<div class="next">下一篇：<a href="/a/2.html">区领导督导检查农贸市场整治工作</a></div>
</div>
<div class="foot">版权所有：大连市甘井子区人民政府　辽ICP备05017532号</div>
</body></html>
""",
      published="2023-07-07",
      speeches=[sp("甘井子区召开国家卫生城市复审迎检动员会", "会议报道", "区", ("辽宁省", "大连市", "甘井子区"),
                   speaker=["区委书记孟凡成", "孟凡成"]),
                sp("在全区国家卫生城市复审迎检动员会上的讲话", "讲话", "区", ("辽宁省", "大连市", "甘井子区"),
                   date="2023-07-06", speaker=["区委书记孟凡成", "孟凡成"])],
      junk=["当前位置", "甘井子要闻", "区融媒体中心", "re:字体", "分享到", "QQ空间", "防汛工作部署会",
            "督导检查农贸市场整治工作", "版权所有", "ICP备", "以下为讲话全文"],
      kept=["会议传达了全市国家卫生城市复审工作会议精神，区爱卫办通报了近期暗访发现的问题。",
            "这是大连第七次接受复审，也是新标准实施后的第一次。",
            "希望大家珍惜荣誉、扛起责任，确保甘井子区以良好的形象迎接复审。"],
      **B6)

# u10 — a Traditional-character news mirror in Big5: the headline, a 來源/時間/熱度 line, the
# report opening with the oath's words, commas doubled (",,") here and there by a bad
# conversion, an editor line and 關閉窗口.
_U10 = [
    "“我志愿做文明城市的建设者,,从我做起，从现在做起，从身边的小事做起！”3月28日上午，普定县创建省级文明城市"
    "誓师大会在县体育馆举行，全场1500余名干部群众庄严宣誓。",
    "县委书记吴国庆,,县委副书记、县长罗晓峰，县人大常委会主任刘建,,县政协主席杨文辉等出席大会。",
    "吴国庆在动员讲话中指出，创建省级文明城市是全县人民的共同心愿，也是推动县城提质扩容的有力抓手。近两年来,,"
    "全县上下共同努力，县城面貌发生了可喜变化，但对照测评体系，在背街小巷治理、农贸市场管理、市民文明素质等"
    "方面还有明显差距。",
    "吴国庆要求，全县各级各部门要把创建工作作为当前的头等大事，主要领导亲自抓、负总责，对照测评标准逐项整改,,"
    "做到问题不解决不放过、整改不到位不销号。要广泛发动群众，让每一位市民都成为文明创建的参与者和受益者。",
    "大会由罗晓峰主持。会上，县文明办负责人宣读了创建工作实施方案，城关镇、县教育局、县城管局和志愿者代表作了"
    "表态发言。",
]
blind("u10.txt", "\n".join([
    "普定县举行创建省级文明城市誓师大会", "",
    "来源：普定新闻网　时间：2022-03-29 08:15:31　热度：2156", "",
    *_U10, "", "责任编辑：王丽", "【关闭窗口】",
]) + "\n",
      trad="s2tw", enc="big5", published="2022-03-29",
      speeches=[sp("普定县举行创建省级文明城市誓师大会", "会议报道", "县", ("贵州省", "安顺市", "普定县"),
                   speaker=["县委书记吴国庆", "吴国庆"])],
      junk=["普定新闻网", "热度", "责任编辑", "关闭窗口", "re:[，,]{2}"],
      kept=["3月28日上午，普定县创建省级文明城市誓师大会在县体育馆举行，全场1500余名干部群众庄严宣誓。",
            "县委书记吴国庆，县委副书记、县长罗晓峰，县人大常委会主任刘建，县政协主席杨文辉等出席大会。",
            "大会由罗晓峰主持。"],
      **B6)

# u11 — an online document viewer's text (UTF-16): the title, the title glued to a cut-off
# summary, the title again and the whole pledge on one line with a space wherever a printed line
# ended, and "第N 页共 3页" where pages ended.
_U11 = [
    "尊敬的各位领导，同志们：",
    "区委、区政府召开这次推进大会，对全区创建全国文明城市工作再动员、再部署，我们坚决拥护、全力落实。区城市管理"
    "执法局承担着市容环境、占道经营、户外广告等26项创建任务，责任重大。在此，我代表局党组作如下表态。",
    "一是坚持标准不降。对照测评体系，把任务细化为98项具体措施，每项措施明确责任科室和完成时限，做到件件有着落。",
    "二是坚持整治不松。集中开展占道经营、乱贴乱画、违规户外广告三项专项整治，主次干道实行全天候巡查，背街小巷"
    "实行定时巡查，发现问题立即处置。",
    "三是坚持服务不减。在城区设置12处便民疏导点，引导流动摊贩入点经营，做到既管得住又放得活。",
    "请区委、区政府放心，我们一定以最坚决的态度、最有力的措施，确保各项创建任务高质量完成，决不让城市管理成为"
    "渭滨区创建的短板！",
]
_U11_T = "区城市管理执法局在全区创建全国文明城市推进大会上的表态发言"
_u11_flat = wrap_spaces(" ".join(_U11), 29)
_u11_n = len(_u11_flat) // 3
_u11_cut = [_u11_flat[:_u11_n], _u11_flat[_u11_n:2 * _u11_n], _u11_flat[2 * _u11_n:]]
blind("u11.txt", "\n".join([
    "首页 文库 讲话发言", "", _U11_T,
    _U11_T + "".join(_U11[:2])[:62], "",
    _U11_T + " " + _u11_cut[0] + " 第1 页共 3页 " + _u11_cut[1] + " 第2 页共 3页 " + _u11_cut[2] + " 第3 页共 3页",
    "", "下载文档　分享　举报",
]) + "\n",
      enc="utf-16",
      speeches=[sp(_U11_T, "表态发言", "区", ("陕西省", "宝鸡市", "渭滨区"))],
      junk=["首页 文库", "re:第\\s*\\d\\s*页\\s*共\\s*\\d\\s*页", "下载文档", "举报"],
      kept=["在此，我代表局党组作如下表态。",
            "二是坚持整治不松。",
            "对照测评体系，把任务细化为98项具体措施，每项措施明确责任科室和完成时限，做到件件有着落。",
            "请区委、区政府放心，我们一定以最坚决的态度、最有力的措施，确保各项创建任务高质量完成，"
            "决不让城市管理成为渭滨区创建的短板！"],
      **B6)

# u12 — a 文档 market's preview (VIP免费, uploader, date, views, size, pages, 侵权投诉) of a
# street's speech with one-character masks (*委员, *部长, **街道), lines cut at 36 characters and
# a stretch whose text layer lost characters.
_U12 = [
    "同志们：",
    "今年是我区国家卫生城市复审之年，也是**街道巩卫工作的关键之年。今天我们召开推进会，主要任务是贯彻落实区巩卫"
    "工作会议精神，总结上半年工作，安排部署下半年任务。刚才，*委员通报了上半年巩卫工作考核情况，*部长就病媒"
    "生物防制工作作了具体安排，我都同意。下面，我再讲三点意见。",
    "一、正确看待上半年的工作",
    "上半年，街道上下共同努力，完成了辖区14个老旧小区的环境整治，清理卫生死角300余处，新增垃圾分类投放点46个。"
    "这些成绩来之不易，离不开每一位社区干部、保洁员和志愿者的辛勤付出。",
    "但也要看到，们的工离区里的要求还有差。区巩办六月份的访中，街道有个点位被扣分，其中贸市场周的占道营问题已"
    "经是第三次被点名。",
    "二、突出抓好下半年的重点工作",
    "一要抓好农贸市场整治，7月底前完成市场内外的划线分区和排水改造；二要抓好病媒生物防制，按照区里的统一部署"
    "开展夏季灭蚊灭蝇；三要抓好健康教育，在每个社区设立健康教育宣传栏，每季度更新一次。",
    "三、切实加强组织领导",
    "各社区书记是巩卫工作的第一责任人，要亲自研究、亲自部署。街道纪工委要加强督查，对工作不力的社区和个人严肃问责。",
    "同志们，巩卫工作关系到每一位居民的切身利益。希望大家再接再厉，以更加扎实的作风推动各项工作落地见效。",
]
blind("u12.txt",
      "在街道巩固国家卫生城市成果推进会上的讲话\n\nVIP专免\n4.0 文案小达人 2022-07-14 86 99+ 21.3KB 5 页\n"
      "侵权投诉\n在街道巩固国家卫生城市成果推进会上的讲话\n" + hard_wrap(_U12, 36) + "\n",
      published="2022-07-14",
      speeches=[sp("在街道巩固国家卫生城市成果推进会上的讲话", "讲话", "乡镇", masked=True)],
      junk=["VIP专免", "文案小达人", "21.3KB", "侵权投诉"],
      kept=["刚才，*委员通报了上半年巩卫工作考核情况，*部长就病媒生物防制工作作了具体安排，我都同意。",
            "上半年，街道上下共同努力，完成了辖区14个老旧小区的环境整治，清理卫生死角300余处，新增垃圾分类投放点46个。",
            "二、突出抓好下半年的重点工作",
            "街道纪工委要加强督查，对工作不力的社区和个人严肃问责。",
            "希望大家再接再厉，以更加扎实的作风推动各项工作落地见效。"],
      **B6)

# u13 — a Traditional-character 范文 page (HTML): a line of injected adult/gambling spam above the
# page, 時間/欄目/我要投稿, 相關推薦, a 小編 intro, two speeches with only "…講話稿1/2" labels (no
# titles of their own), and a list of related titles.
_U13_A = [
    "同志们：",
    "市委、市政府今天召开创建全国文明城市动员大会，标志着荆门新一轮创建工作全面启动。刚才，市委宣传部负责同志"
    "宣读了创建工作实施方案，东宝区、掇刀区和市城管委作了表态发言，讲得很好。下面，我就做好创建工作讲三点意见。",
    "第一，创建为了什么。创建文明城市不是为了争一块牌子，而是为了让群众住得更舒心、出行更方便、办事更顺畅。"
    "我们衡量创建成效，最终要看群众满意不满意。",
    "第二，创建难在哪里。难在管理的精细化，难在习惯的养成。修一条路、建一座公园，投入资金就能办到；让每一位市民"
    "不闯红灯、不乱扔垃圾，则需要长期坚持不懈的引导。",
    "第三，创建靠的是谁。靠全市各级干部带头，更靠全市百万市民参与。要把创建任务落实到社区、落实到楼栋、落实到"
    "家庭，让人人都是创建者。",
    "同志们，让我们以这次动员大会为起点，上下一心、扎实工作，为把荆门建成全国文明城市而努力奋斗！",
]
_U13_B = [
    "同志们：",
    "按照全市的统一部署，今天我们召开全县创城动员大会。沙洋县城虽然不大，但它是全县人民共同的家园，也是外来客商"
    "认识沙洋的第一扇窗户。",
    "当前，县城管理中还存在不少问题：汉江大道两侧的门店占道经营屡禁不止，老城区的电动车乱停乱放，部分小区的物业"
    "管理缺位。这些问题群众反映强烈，也直接影响创建成效。",
    "为此，县委、县政府决定，从本月起开展为期三个月的县城环境综合整治，由县城管局牵头，住建、交警、市场监管等"
    "部门配合，分片包干、限期整改。各乡镇也要同步开展集镇环境整治，做到城乡一体推进。",
    "同志们，创城工作没有旁观者。希望全县上下迅速行动起来，以实际行动为全市创建工作增光添彩！",
]
blind("u13.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>创城动员大会讲话稿2篇</title></head>
<body>
<div class="seo">欧美精品在线观看,国产高清视频免费看,澳门赌场线上开户,成人午夜影院</div>
<div class="header"><a href="/">首页</a> <a href="/fayangao/">发言稿</a> <a href="/tougao/">我要投稿</a></div>
<h1>创城动员大会讲话稿2篇</h1>
<div class="info">时间：2024-10-23 22:25:23　发言稿　我要投稿</div>
<div class="tj">相关推荐</div>
<div class="content">
<p>　　随着社会不断地进步，需要使用讲话稿的情况越来越多，讲话稿也称“发言稿”，是指在讲话前拟定的书面稿子。下面是小编精心整理的创城动员大会讲话稿，仅供参考，欢迎大家阅读。</p>
<h3>创城动员大会讲话稿1</h3>
""" + "".join(f"<p>　　{p}</p>\n" for p in _U13_A) + """<h3>创城动员大会讲话稿2</h3>
""" + "".join(f"<p>　　{p}</p>\n" for p in _U13_B) + """</div>
<div class="xg"><p>【创城动员大会讲话稿】相关文章：</p>
<p><a href="/a/1.html">创城工作表态发言稿</a></p><p><a href="/a/2.html">社区创城倡议书范文</a></p></div>
</body></html>
""",
      trad="s2t", published="2024-10-23",
      speeches=[sp(None, "讲话", "市", ("湖北省", "荆门市", None)),
                sp(None, "讲话", "县", ("湖北省", "荆门市", "沙洋县"))],
      junk=["欧美精品", "免费看", "赌场", "午夜影院", "我要投稿", "相关推荐", "小编精心整理",
            "欢迎大家阅读", "re:讲话稿\\d", "相关文章", "创城工作表态发言稿", "社区创城倡议书范文"],
      kept=["刚才，市委宣传部负责同志宣读了创建工作实施方案，东宝区、掇刀区和市城管委作了表态发言，讲得很好。",
            "我们衡量创建成效，最终要看群众满意不满意。",
            "这些问题群众反映强烈，也直接影响创建成效。",
            "希望全县上下迅速行动起来，以实际行动为全市创建工作增光添彩！"],
      **B6)

# u14 — a city newspaper's digital edition (HTML): injected spam on top, the issue date and
# "第02版：要闻 PDF版", the headline with a sub-headline, a byline, the report with the editor's
# code "②18" glued to its last sentence, article navigation and the paper's copyright.
_U14 = [
    "本报讯（记者 田雨晴）6月13日，我市召开全国文明城市创建工作推进会，通报上半年创建工作情况，部署下一阶段"
    "重点任务。市委副书记、市长秦保强出席会议并讲话。",
    "秦保强指出，今年以来，全市上下聚焦测评体系，扎实推进背街小巷改造、农贸市场提升等重点工作，城市面貌持续"
    "改善。但也要清醒看到，部分老旧小区管理缺位、交通秩序不够规范、公益广告更新不及时等问题依然存在，必须以"
    "更大力度抓好整改。",
    "秦保强强调，各区、各部门要坚持问题导向，对照测评标准逐项查摆、逐项销号；要强化常态长效，把创建工作融入"
    "城市日常管理；要压实工作责任，主要负责同志要靠前指挥，确保各项任务落到实处。",
    "会上，源汇区、郾城区、召陵区和市城市管理局作了交流发言。②18",
]
blind("u14.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>漯河日报数字报</title></head>
<body>
<div style="display:none">一区二区精品视频,日韩无码在线,亚洲国产精品久久,真人百家乐</div>
<div class="paper-head">2022年06月14日　第02版：要闻　PDF版　<a>上一版</a> <a>下一版</a></div>
<div class="article">
<h1>漯河召开全国文明城市创建工作推进会</h1>
<h3>聚焦短板抓整改　全力以赴迎测评</h3>
<div class="author">本报记者　田雨晴</div>
""" + _ps(_U14) + """</div>
<div class="nav"><a>上一篇</a>　<a>下一篇</a>　<a>返回目录</a></div>
<div class="copy">漯河日报社版权所有　未经书面授权禁止使用</div>
</body></html>
""",
      published="2022-06-14",
      speeches=[sp("漯河召开全国文明城市创建工作推进会", "会议报道", "市", ("河南省", "漯河市", None),
                   speaker=["市委副书记、市长秦保强", "市长秦保强", "秦保强"])],
      junk=["精品视频", "日韩无码", "百家乐", "PDF版", "上一版", "返回目录", "漯河日报社版权所有", "②18",
            "re:第02版"],
      kept=["市委副书记、市长秦保强出席会议并讲话。",
            "要压实工作责任，主要负责同志要靠前指挥，确保各项任务落到实处。",
            "会上，源汇区、郾城区、召陵区和市城市管理局作了交流发言。"],
      **B6)

# u15 — a 文库 page whose free copy leaves out the middle: the site's home link, the title, a
# posting-time/word-count line, the title again, the opening, "……（…此处省略612字。不往下看了，
# 点击下载全文）……", then the text resuming mid-sentence to the end.
_U15_A = [
    "今天召开这次动员会，主要任务是对迎接今年全国文明城市年度测评进行动员部署。马鞍山是第五届全国文明城市，今年"
    "又将迎来复查测评，能不能保住这块牌子，就看今后这几个月的工作。刚才，市文明办通报了近期暗访情况，雨山区、"
    "花山区作了发言，我都赞成。下面，我讲几点意见。",
    "一、清醒认识复查测评的严峻形势",
    "复查测评的标准一年比一年高，去年全国有多个城市因为复查不达标被暂停了称号，这个教训十分深刻。从近期暗访看，"
    "我市在公共场所秩序、公益广告设置和志愿服务常态化等方面还存在不少问题，有的问题还比较突出。",
]
_U15_B = [
    "化、常态化，不能等到测评前才临时突击。",
    "三、切实加强组织保障",
    "各县区、各部门要把迎检工作列入重要议事日程，主要负责同志要亲自部署、亲自督办。市文明办要会同市委督查室开展"
    "明察暗访，每周通报一次情况，对整改不力的单位进行约谈。",
    "同志们，守住全国文明城市的牌子，是全市人民的共同责任。希望大家以更加饱满的热情、更加务实的作风，确保顺利"
    "通过今年的复查测评。",
]
_U15_T = "在全市迎接全国文明城市复查测评动员会上的讲话"
blind("u15.txt", "\n".join([
    "到文海文库首页", "", _U15_T, "", "发布时间：2025/3/9 10:02:11 字数：3105", _U15_T, *_U15_A,
    "……（文海文库www.wenhaiwk.com此处省略612字。不往下看了，点击下载全文）…… ",
    *_U15_B, "", "点击下载全文　上一篇　下一篇",
]) + "\n",
      published="2025-03-09",
      speeches=[sp(_U15_T, "讲话", "市", ("安徽省", "马鞍山市", None), truncated=True)],
      junk=["文库首页", "字数：", "此处省略", "点击下载全文", "wenhaiwk", "不往下看了"],
      kept=["马鞍山是第五届全国文明城市，今年又将迎来复查测评，能不能保住这块牌子，就看今后这几个月的工作。",
            "一、清醒认识复查测评的严峻形势",
            "市文明办要会同市委督查室开展明察暗访，每周通报一次情况，对整改不力的单位进行约谈。",
            "希望大家以更加饱满的热情、更加务实的作风，确保顺利通过今年的复查测评。"],
      **B6)

# u16 — a members' 素材 site (GBK) that shows a speech without its opening: the site name and
# breadcrumb, the title, "……（开头部分已省略186字）", the rest of the speech with lower-case x
# masks, and a members-only notice.
_U16 = [
    "今年不同以往，创建任务之重、时间之紧前所未有。一是今年是本轮创建的收官之年，成败在此一举；二是省里的测评预计"
    "在九月进行，留给我们的时间不到一百天；三是上一轮测评中我们失分较多的几个项目，至今整改还不彻底。",
    "刚才，x同志宣读了创建工作攻坚方案，县城管局等五家单位作了表态发言，签订了责任状。大家要认真学习领会，抓好"
    "贯彻落实。下面，我强调三个方面的问题。",
    "一、要有背水一战的决心",
    "x县争创省级文明县城已经是第三轮了，前两轮都因为几分之差与称号失之交臂。这一次，我们没有退路，只能向前。"
    "全县各级干部要把思想统一到县委的决策部署上来，把创建作为压倒一切的中心工作来抓。",
    "二、要有精准发力的办法",
    "要盯住测评体系中分值高、失分多的项目，集中力量攻坚。城区主干道和背街小巷要做到全天候保洁，农贸市场要做到"
    "划行归市，公共场所要做到秩序井然。",
    "三、要有一抓到底的作风",
    "县创建指挥部要实行每日调度、每周通报，对进度滞后的单位挂牌督办。县纪委监委要全程跟进监督，对工作不力、"
    "敷衍塞责的严肃问责。",
    "同志们，号角已经吹响，让我们以必胜的信念投入战斗，坚决夺取省级文明县城创建的全面胜利！",
]
blind("u16.txt", "\n".join([
    "笔杆子VIP素材库", "首页 > 讲话 > 文明创建", "", "全县决胜省级文明县城誓师大会讲话",
    "……（开头部分已省略186字）", *_U16, "", "会员专享内容 · 严禁转载 · 本文共计3215字",
]) + "\n",
      enc="gb18030",
      speeches=[sp("全县决胜省级文明县城誓师大会讲话", "讲话", "县", masked=True, truncated=True)],
      junk=["VIP素材库", "首页 >", "开头部分已省略", "会员专享", "严禁转载", "共计3215字"],
      kept=["二是省里的测评预计在九月进行，留给我们的时间不到一百天；",
            "刚才，x同志宣读了创建工作攻坚方案，县城管局等五家单位作了表态发言，签订了责任状。",
            "这一次，我们没有退路，只能向前。",
            "同志们，号角已经吹响，让我们以必胜的信念投入战斗，坚决夺取省级文明县城创建的全面胜利！"],
      **B6)

# u17 — a regional news portal (GBK HTML) carrying a town government's report: breadcrumb, the
# headline, 日期/来源/作者/我要评论, a 核心提示 that repeats the report's opening and stops
# mid-word, the report, tags, 更多同类资讯, a comment count and a disclaimer with an e-mail.
_U17 = [
    "为全力配合遂溪县创建国家卫生县城工作，5月17日上午，遂城镇召开创卫环境卫生集中整治动员会，对近期整治工作进行"
    "动员部署。镇机关全体干部、各村（社区）党组织书记和镇直单位负责人参加会议。",
    "镇党委书记梁文彬在动员讲话中指出，遂城镇是县城所在地，创卫工作直接关系全县的成败。当前，镇区部分路段仍有"
    "占道经营、乱堆乱放现象，城中村环境卫生脏乱差问题比较突出，必须下决心加以整治。",
    "梁文彬要求，各村（社区）要立即行动，组织干部群众开展环境卫生大清理，做到垃圾日产日清；镇城管办要加强巡查，"
    "依法查处占道经营等行为；镇纪委要跟踪督查，对推进不力的村（社区）严肃问责。",
    "会上，镇长黄海燕对集中整治行动作了具体部署。会后，与会人员分组到镇区主要街道开展了卫生大扫除。",
]
blind("u17.html", """
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>遂城镇召开创卫环境卫生集中整治动员会 - 湛江资讯网</title></head>
<body>
<div class="pos">首页 &gt; 资讯 &gt; 湛江资讯 &gt; 正文</div>
<h1>遂城镇召开创卫环境卫生集中整治动员会</h1>
<div class="info">日期：2021-05-18 16:40:12　　来源：遂溪县遂城镇人民政府　　作者：陈志强　　<a>我要评论</a></div>
<div class="summary">核心提示：""" + _U17[0][:58] + """</div>
<div id="article">
""" + _ps(_U17) + """</div>
<div class="tags">标签：创卫　整治　动员会</div>
<div class="more"><a>更多&gt;同类湛江资讯</a></div>
<div class="cmt">0网友留言、评论、咨询</div>
<div class="disclaimer">网站资讯免责声明：本站部分资讯来源于网络，版权归原作者所有，如有异议请立即通知本站客服邮箱kefu@zjzixun.net，我们将及时处理。</div>
</body></html>
""",
      enc="gb18030", published="2021-05-18",
      speeches=[sp("遂城镇召开创卫环境卫生集中整治动员会", "会议报道", "乡镇", ("广东省", "湛江市", "遂溪县"),
                   speaker=["镇党委书记梁文彬", "党委书记梁文彬", "梁文彬"])],
      junk=["湛江资讯", "我要评论", "核心提示", "作者：陈志强", "标签：", "网友留言", "免责声明", "kefu@"],
      kept=["为全力配合遂溪县创建国家卫生县城工作，5月17日上午，遂城镇召开创卫环境卫生集中整治动员会，"
            "对近期整治工作进行动员部署。",
            "会上，镇长黄海燕对集中整治行动作了具体部署。"],
      **B6)

# u18 — a blog post copied as text: the blog's name and address, its menu, the title with the
# posting time in brackets, 转载/标签/分类 lines, a "[本文出自…-http://…]" marker inside a
# paragraph, then 分享/阅读/评论/收藏/转载 counts, 前一篇/后一篇 and the comment form.
_U18 = [
    "同志们：",
    "今天召开全区巩固国家卫生城市工作会议，主要是贯彻全市巩卫工作会议精神，部署今年的巩卫任务。唐山获得国家卫生"
    "城市称号以来，路北区作为中心城区，始终是巩卫的主战场。刚才，区爱卫办主任通报了去年的工作情况，几个街道作了"
    "发言，我同意。",
    "去年全区巩卫工作总体平稳，但问题也不少。市里四次暗访，我区有三次排名靠后，扣分主要集中在老旧小区、集贸市场"
    "和建筑工地。[本文出自公文写作网-http://www.gwxz.net]这说明我们的常态管理还没有真正建立起来，一些单位还存在"
    "检查前突击、检查后松懈的问题。",
    "今年的工作，要重点抓好三个方面。一是完善网格化管理，把全区划分为120个卫生网格，每个网格明确一名责任人；二是"
    "加强专项整治，集中力量解决集贸市场周边脏乱差和建筑工地扬尘问题；三是严格考核奖惩，区政府每季度组织一次检查"
    "评比，结果与各单位的年度考核挂钩。",
    "同志们，巩卫工作关系全区群众的切身利益，也关系唐山的城市形象。希望大家以高度负责的态度，把今年的各项任务"
    "抓紧抓实抓好。",
]
blind("u18.txt", "\n".join([
    "老秘的博客", "http://blog.example.cn/laomi2010 [订阅][手机订阅]", "首页　博文目录　图片　关于我", "",
    "正文 字体大小：大 中 小", "",
    "在路北区巩固国家卫生城市工作会议上的讲话 (2012-05-21 09:44:31)", "转载▼",
    "标签： 杂谈 分类： 公文写作", "",
    "区委副书记、区长　马振国", "",
    *_U18, "",
    "分享：", "喜欢 0　赠金笔",
    "阅读(217)┊ 评论 (0)┊ 收藏(0) ┊转载(1) ┊ 喜欢▼ ┊打印┊举报",
    "已投稿到：", "前一篇：在全区安全生产工作会议上的讲话", "后一篇：区长在城市管理工作会议上的主持词", "",
    "评论", "发评论", "登录名： 密码： 找回密码 注册 记住登录状态",
]) + "\n",
      published="2012-05-21",
      speeches=[sp("在路北区巩固国家卫生城市工作会议上的讲话", "讲话", "区", ("河北省", "唐山市", "路北区"),
                   speaker=["区委副书记、区长马振国", "区长马振国", "马振国"])],
      junk=["老秘的博客", "手机订阅", "博文目录", "字体大小", "转载▼", "杂谈", "本文出自", "gwxz",
            "赠金笔", "re:阅读\\(", "已投稿到", "前一篇", "安全生产工作会议", "城市管理工作会议上的主持词",
            "发评论", "记住登录状态"],
      kept=["市里四次暗访，我区有三次排名靠后，扣分主要集中在老旧小区、集贸市场和建筑工地。",
            "这说明我们的常态管理还没有真正建立起来，一些单位还存在检查前突击、检查后松懈的问题。",
            "一是完善网格化管理，把全区划分为120个卫生网格，每个网格明确一名责任人；",
            "希望大家以高度负责的态度，把今年的各项任务抓紧抓实抓好。"],
      **B6)

# u19 — a 公文 site's copy of a WeChat post: the site's short title, its name/time/column line, a
# summary line (title, author, account, 微信号, 功能介绍, date, 收录于话题, the speech's own title,
# "X市委书记 某某（日期，根据录音整理）" and the opening, cut off), then the same glued run again with
# the whole speech, paragraphs separated by single spaces.
_U19_T = "在全市创建国家卫生城市总结暨创建全国文明城市动员大会上的讲话"
_U19 = [
    "这次会议的主要任务，是总结创建国家卫生城市的经验，表彰先进，动员全市上下乘势而上，向创建全国文明城市发起"
    "冲刺。刚才，建军同志宣读了全国爱卫会的命名文件，岳阳正式成为国家卫生城市。借此机会，我代表市委、市政府，"
    "向为创卫付出辛勤劳动的全市干部群众表示衷心的感谢！",
    "创卫成功，最大的收获不是一块牌子，而是一套管用的办法。这几年，我们建立了市级领导包片、部门包线、街道包块的"
    "责任体系，形成了每周暗访、每月讲评的督导机制，培养了一支能打硬仗的基层队伍。这些经验，要原原本本地用到"
    "创文工作中去。",
    "创文比创卫标准更高、涉及面更广，不仅要城市干净整洁，还要市民文明有礼、社会和谐有序。我们要清醒地看到，岳阳"
    "在公共文明秩序、志愿服务、诚信建设等方面还有不少短板，必须下更大的功夫。",
    "同志们，从卫生城市到文明城市，是岳阳城市发展的又一次跨越。希望大家保持创卫的那股劲头，再接再厉、乘势而上，"
    "早日把全国文明城市的牌子捧回岳阳！",
]
_u19_head = ("全市创卫总结暨创文动员大会讲话 方志远 笔杆子之家 微信号 bgzzj2018 功能介绍 专注机关写作，分享优质素材。"
             "2019-03-10 收录于话题 " + _U19_T + "岳阳市委书记 方志远（2019年3月6日，根据录音整理） ")
blind("u19.txt", "\n".join([
    "全市创卫总结暨创文动员大会讲话", "公文汇 2022-03-08 20:14:52 讲话发言",
    _u19_head + _U19[0][:40],
    _u19_head + " ".join(_U19),
    "", "上一篇：全市巩卫工作会议主持词", "下一篇：创文工作表态发言（区委书记）",
]) + "\n",
      published="2022-03-08",
      speeches=[sp(_U19_T, "讲话", "市", ("湖南省", "岳阳市", None), date="2019-03-06",
                   speaker=["岳阳市委书记方志远", "市委书记方志远", "方志远"], min_paras=4)],
      junk=["公文汇", "讲话发言", "笔杆子之家", "微信号", "bgzzj2018", "功能介绍", "收录于话题", "专注机关写作",
            "上一篇", "主持词", "创文工作表态发言"],
      kept=["刚才，建军同志宣读了全国爱卫会的命名文件，岳阳正式成为国家卫生城市。",
            "这些经验，要原原本本地用到创文工作中去。",
            "创文比创卫标准更高、涉及面更广，不仅要城市干净整洁，还要市民文明有礼、社会和谐有序。",
            "希望大家保持创卫的那股劲头，再接再厉、乘势而上，早日把全国文明城市的牌子捧回岳阳！"],
      **B6)

# u20 — a 文库 page's text dump (GBK): the site's breadcrumb, the title twice, an ID/size/pages/
# upload-time list, "…_第N页" image captions, 资源描述 and the 由会员上传分享 blurb, then the text
# in numbered preview chunks ("1、…", "2、…") that start and stop mid-word, with conversion slips.
_U20_T = "县长在全县创建国家卫生县城动员大会上的讲话"
_U20 = (
    "同志们：今天，县委、县政府在这里召开全县创建国家卫生县城动员大会，主要目的是全面启动创卫工作，动员全县上下统一"
    "思想、迅速行动，确保用两年时间实现创建目标。刚才，王副县长对创卫工作作了具体安排，我完全同意。等一会儿，县委"
    "书记还要作重要讲话，希望大家认真领会、抓好落实。下面，我先讲三点意见：一、统一思想，充分认识创卫工作的重大"
    "意义国家卫牛县城是一个县城环境卫生方面的最高荣誉，也是综合管理水平的集中体现。创卫不仅能改善县城面貌，更能"
    "提升群众的健康水平和生活质量。当前，周边几个县都已启动创卫，祁县不能落在后面。二、突出重点，全力补齐基础"
    "设施短板要加快实施县城污水管网改造和垃圾处理场扩建，年内新建改建公厕二十座；要集中整治农贸市场、城中村和城乡"
    "结合部，彻底解决垃圾乱倒、污水乱排的问题；要规范“六小”行业管理，全面落实卫生许可和从业人员健康证制度。"
    "三、强化责任，确保创卫工作有序推进县创卫指挥部要制定详细的任务清单和时间表，实行挂图作战。各乡镇、各部门一把手"
    "要亲自抓，把创卫任务分解到人。县政府督查室要定期督查通报，对工作不力的单位严肃追责。同志们，创卫工作时间紧、"
    "任务重。希望大家振奋精神、扎实工作，确保如期实现创建国家卫生县城的冃标！"
)
_u20_chunks = [_U20[:160], _U20[160:330], _U20[330:500], _U20[500:]]
blind("u20.txt", "\n".join([
    "天天文库 > 工程资料 > 行政公文", "", _U20_T, "", _U20_T, "",
    "ID:44187352", "", "大小:35.50 KB", "", "页数:6页", "", "时间:2019-10-18", "",
    *[f"{_U20_T}_第{k}页" for k in range(1, 7)], "", "资源描述：", "",
    f"《{_U20_T}》由会员上传分享，免费在线阅读，更多相关内容在工程资料-天天文库", "",
    f"1、{_U20_T}" + _u20_chunks[0], "",
    *[f"{k}、{c}\n" for k, c in enumerate(_u20_chunks[1:], start=2)],
    "点击阅读更多内容", "侵权处理QQ：3164917",
]) + "\n",
      enc="gb18030", published="2019-10-18",
      speeches=[sp(_U20_T, "讲话", "县", ("山西省", "晋中市", "祁县"), min_paras=4, speaker=["县长"])],
      junk=["天天文库", "ID:44187352", "大小:", "页数:", "re:_第\\d页", "资源描述", "由会员上传分享",
            "免费在线阅读", "re:^[1-4]、", "点击阅读更多内容", "侵权处理"],
      kept=["刚才，王副县长对创卫工作作了具体安排，我完全同意。",
            "当前，周边几个县都已启动创卫，祁县不能落在后面。",
            "要集中整治农贸市场、城中村和城乡结合部，彻底解决垃圾乱倒、污水乱排的问题；",
            "要规范“六小”行业管理，全面落实卫生许可和从业人员健康证制度。",
            "县政府督查室要定期督查通报，对工作不力的单位严肃追责。"],
      **B6)


# --- probe batch (batch 5): tuning pages for the failures found by running ingest on real
# pages of sites it had never seen (document dumps with titles run together and glued to the
# salutation or the text, a title with its date and name on one line, news datelines, a
# teaser repeating the title's end before the text, bracketed login notices, length labels,
# tables of contents, minutes' field lines, document-site statistics and 举报 buttons,
# one-character masks, column slogans and doubled commas), in wording written for this
# project. The rules were tuned on them (holdout: false).
P = dict(holdout=False, batch=5)


def teaser_before_text(c: Ctx):
    """The title's end repeated at the head of the text, a space between ("…表态发言 市委…")."""
    c.paras[0] = c.title[3:] + " " + c.paras[0]
    c.junk.append(J(c.title[3:], key="re:表态发言 ?市委"))


def dated_lead(prefix: str):
    """A news dateline before the report's date."""
    def op(c: Ctx):
        c.paras[0] = prefix + c.paras[0]
    return op


page("p01", "dezhou", **P, title="label:2021年{t}发言稿与在全市安全生产工作会议上的讲话稿{t}",
     ops=[no_header, one_line], extra_junk=[J("安全生产工作会议", key="安全生产工作会议")])
PAGE_SPECS[-1]["one_line"] = True
page("p02", "dezhou", **P, title="label:{t}（2021年3月12日）李 明 华", ops=[no_header],
     gold={"date": "2021-03-12", "speaker": ["李明华"]})
page("p03", "jiujiang", **P, title="label:九江：创建全国文明城市工作调度会召开",
     ops=[dated_lead("本网讯（记者 周 立）")], gold={"title": "九江：创建全国文明城市工作调度会召开"},
     bottom=[J("（编辑：吴 敏）", key="re:编辑")])
page("p04", "yanta", **P, ops=[drop_salutation, teaser_before_text])
page("p05", "lankao", **P,
     ops=[cut(3, "认领任务、明确时限；", [J("（阅读本文全部内容，您需要先登录！）", key="您需要先登录")])])
page("p06", "tianhe", **P, title="label:{t}\n发表时间：2019/4/2 10:20:11\n目录：……\n一、认清形势\n（一）成绩来之不易\n（二）差距仍然明显\n二、压实责任",
     top=[J("您的位置：文秘站>>领导讲话>>正文", key="文秘站")],
     extra_junk=[J("（一）成绩来之不易", key="re:^（一）成绩来之不易$"), J("目录", key="目录")])
page("p07", "changsha", **P, title="label:{t}（全文2100字）", extra_junk=[J("2100字", key="2100字")])
page("p08", "dezhou", **P, published="2024-05-06",
     top=[J("- 0", key="re:^- ?0$"), J("- 约2.3千字", key="千字"), J("- 2024-05-06 发布于山东", key="发布于山东"),
          J("- 举报", key="re:^-? ?举报$")],
     ops=[insert(4, "（三）畅通举报渠道")])
PAGE_SPECS[-1]["parts"][0]["ops"].append(lambda c: c.kept.append("（三）畅通举报渠道"))
page("p09", "masked", **P, fills={"M": "X", "P": "×", "Y": "20x"},
     top=[J("3.6 清风徐来 2024-02-11 86 15+ 18.2KB 5 页", key="18.2KB")])
page("p10", "hongtang", **P,
     title="label:{t}\n会议时间：2023年6月3日下午\n会议地点：街道三楼会议室\n会议主持人：街道办事处主任李娜",
     gold={"date": "2023-06-03"})
page("p11", "wuyi", **P, title="label:【共建文明城市 共享美好生活】{t}",
     ops=[replace("，", "，，", kept=False)], extra_junk=[J("，，", key="，，")])
page("p12", "sian", **P, ops=[no_header, one_line])
PAGE_SPECS[-1]["one_line"] = True


def lead_clause(prefix: str, clause: str):
    """A news lead whose dateline and purpose clause come before its date."""
    def op(c: Ctx):
        c.paras[0] = prefix + clause + "，" + c.paras[0]
    return op


# Later rounds on real pages: a headline without meeting words above a dated lead, with a
# news box after the item; a column name above a whole headline and a source/click line; a
# speech cut after a finished paragraph with a related box and the first character of the
# cut notice below; a Traditional report with doubled commas that opens with a quotation.
page("p13", "changfeng", **P, title="label:让卫生县城金字招牌更加闪亮",
     ops=[lead_clause("本刊讯（记者 方 正）", "为迎接国家卫生县城复审")],
     gold={"title": "让卫生县城金字招牌更加闪亮"},
     bottom=[J("新闻推荐", key="re:^新闻推荐$"),
             J("本刊讯（记者 方 正）3月5日下午，县长吴晓东参加了人大代表小组讨论，听取了代表们的意见...", key="人大代表小组讨论")])
page("p14", "pidu", **P, title="label:望丛故里\n{t}\n2021-09-13 10:20:11　来源：郫都区融媒体中心　作者：李 然　点击：",
     extra_junk=[J("望丛故里", key="望丛故里"), J("融媒体中心", key="融媒体中心")])
page("p15", "xiuning", **P, ops=[cut(4, "各乡镇、各部门要把创建工作作为一把手工程，", [], trail="……")],
     bottom=[J("相关阅读", key="re:^相关阅读$"), J("最近更新", key="re:^最近更新$")])
page("p16", "wuyi", **P, trad="s2tw",
     ops=[replace("，", "，，", kept=False),
          lambda c: c.paras.insert(0, "“复审只能成功，不能失败！”在动员会上，县长何晓明的一句话掷地有声。")],
     extra_junk=[J("，，", key="，，")])
PAGE_SPECS[-1]["pinyin"] = []


# A third round on real pages (titles and speakers): report leads with no headline (a time of
# day, 日前 or a paper's dateline before the clause that says who met, the agenda after it; a
# bare "召开会议" that only the next clause explains), headlines of 某 + role, reports whose
# guests only attend while another official is quoted, an e-paper page with a pop-up line above
# a headline about a leader's inspection, a quoted leader with several roles. Written for this
# project after reading about 28 such pages; the rules were tuned on them (holdout: false).
P3 = dict(batch=5, holdout=False)
_CHECKLIST = ("各责任单位要对照测评体系逐项自查，农贸市场、背街小巷和老旧小区要一个点位一个点位地过，"
              "发现问题当场交办，整改情况每周报送创建办，月底前完成销号。")

blind("p17.txt", f"""
3月12日上午，休宁县召开创建国家卫生县城攻坚推进会，会议就迎检前最后一个月的整治任务作了分工。县直各单位和各乡镇主要负责人参加会议。
会议指出，省爱卫办的暗访随时可能开始，县城主次干道、集贸市场和城中村是历次检查扣分最多的地方。{_CHECKLIST}
会议要求，各乡镇要把门前三包落实到每一个沿街商户，县城管局每天通报一次巡查结果。
""", speeches=[sp("休宁县召开创建国家卫生县城攻坚推进会", "会议报道", "县", ("安徽省", "黄山市", "休宁县"))],
      kept=["会议要求，各乡镇要把门前三包落实到每一个沿街商户，县城管局每天通报一次巡查结果。"], **P3)

blind("p18.txt", f"""
本报讯（记者 陶 然 实习生 许 可）9月26日，九江市创文办召开点位长制工作例会，各点位长单位分管负责人参加。
会议通报了九月份第三方暗访的结果，全市共发现问题点位六十一个，其中四十个已经整改到位。{_CHECKLIST}
会议强调，点位长要每周到点位走一遍，不能只在检查前突击。
""", speeches=[sp("九江市创文办召开点位长制工作例会", "会议报道", "市", ("江西省", "九江市", None))],
      kept=["会议强调，点位长要每周到点位走一遍，不能只在检查前突击。"], **P3)

blind("p19.txt", f"""
公文素材网 首页

某县委书记在全县巩固省级文明县城成果大会上的讲话

2024-11-05 公文素材网

同志们：
今天召开全县巩固省级文明县城成果大会，目的是在复查之前再动员一次、再压实一次。刚才，县委常委、宣传部长通报了上半年自查的情况，三个乡镇作了表态发言，我都同意。下面，我讲三点意见。
一、巩固成果比争创更难
文明县城的牌子拿到手只是开始。{_CHECKLIST}
二、把长效机制落到网格
每个社区网格员都要清楚自己负责的楼栋和点位，发现问题随手拍、随时报，形成闭环。
同志们，复查只有一次机会，我们一定要以最好的状态迎接检查。
""", speeches=[sp("某县委书记在全县巩固省级文明县城成果大会上的讲话", "讲话", "县",
                  speaker=["县委书记"], masked=False)],
      junk=["公文素材网"], kept=["每个社区网格员都要清楚自己负责的楼栋和点位，发现问题随手拍、随时报，形成闭环。"], **P3)

blind("p20.txt", f"""
4月8日，宁陵县召开创建省级卫生县城授牌仪式暨巩固提升工作会议。省爱卫办副主任唐远山，市政府副市长梁书平出席会议。
会议由县委副书记范雨主持。县长高建国安排部署了巩固提升工作，省爱卫办副主任唐远山、市政府副市长梁书平分别作了讲话。
唐远山指出，宁陵县用三年时间补齐了污水处理、垃圾清运和农贸市场改造三块短板，这个经验值得全省同类县城借鉴。{_CHECKLIST}
唐远山强调，授牌不是终点，三年后的复审标准只会更高，要把创建时的做法固定成制度。
""", speeches=[sp("宁陵县召开创建省级卫生县城授牌仪式暨巩固提升工作会议", "会议报道", "县",
                  ("河南省", "商丘市", "宁陵县"), speaker=["省爱卫办副主任唐远山", "唐远山"])],
      kept=["唐远山强调，授牌不是终点，三年后的复审标准只会更高，要把创建时的做法固定成制度。"], **P3)

blind("p21.txt", f"""
这已是本期最后一篇

我知道了

2024年03月15日
第一版：要闻

陈立群督导调研 国家卫生城市复审迎检工作

□本报记者 方 圆

3月14日，市委书记陈立群督导调研国家卫生城市复审迎检工作，强调要对照标准查短板，确保复审一次通过。市委常委、秘书长何敏陪同调研。
陈立群一行先后来到东门菜市场、火车站广场和老城区背街小巷，逐一查看环境卫生和病媒生物防制情况。{_CHECKLIST}
陈立群强调，复审看的是平时，不是突击，各区各部门要把问题整改到位、把机制建立起来。

您当前使用的浏览器版本过低，建议升级浏览器。
""", speeches=[sp("陈立群督导调研国家卫生城市复审迎检工作", "会议报道", "市",
                  speaker=["市委书记陈立群", "陈立群"])],
      junk=["我知道了", "本期最后一篇", "浏览器版本过低"],
      kept=["陈立群强调，复审看的是平时，不是突击，各区各部门要把问题整改到位、把机制建立起来。"], **P3)

blind("p22.txt", f"""
长丰县召开创建全国文明城市点位整改调度会

发布日期：2024-06-20 来源：县融媒体中心

6月19日上午，长丰县召开创建全国文明城市点位整改调度会。县委常委、宣传部部长、副县长钱晓梅出席会议。
钱晓梅强调，测评还有不到两个月，各单位要把问题清单变成整改清单，逐项销号。{_CHECKLIST}
钱晓梅要求，各乡镇要把志愿服务站点开起来，让群众在家门口就能参与创建。（记者 孙 悦）
""", published="2024-06-20",
      speeches=[sp("长丰县召开创建全国文明城市点位整改调度会", "会议报道", "县", ("安徽省", "合肥市", "长丰县"),
                   speaker=["县委常委、宣传部部长、副县长钱晓梅"])],
      junk=["发布日期", "县融媒体中心"],
      kept=["钱晓梅要求，各乡镇要把志愿服务站点开起来，让群众在家门口就能参与创建。"], **P3)

blind("p23.txt", f"""
5月9日，城关镇党委书记吴海涛召开会议，传达全县创建国家卫生县城第七次调度会精神。镇班子成员、各村（社区）书记参加会议。
会议要求，全镇要把集镇主街、农贸市场和学校周边作为整治重点。{_CHECKLIST}
吴海涛强调，镇村干部要带头下沉，哪里问题多就守在哪里，直到整改到位。
""", speeches=[sp("城关镇党委书记吴海涛召开会议传达全县创建国家卫生县城第七次调度会精神", "会议报道", "乡镇",
                  speaker=["镇党委书记吴海涛", "城关镇党委书记吴海涛"])],
      kept=["吴海涛强调，镇村干部要带头下沉，哪里问题多就守在哪里，直到整改到位。"], **P3)

blind("p24.txt", f"""
日前，全区巩固国家卫生城区成果推进会在区行政中心召开，区直各部门和各街道主要负责人参加会议。
会议对上半年病媒生物防制和农贸市场管理的情况作了通报。{_CHECKLIST}
会议要求，各街道要把背街小巷的保洁责任落实到人，区城管局每周通报一次巡查结果。
""", speeches=[sp("全区巩固国家卫生城区成果推进会在区行政中心召开", "会议报道", "区")],
      kept=["会议要求，各街道要把背街小巷的保洁责任落实到人，区城管局每周通报一次巡查结果。"], **P3)


# A fourth round on real pages (round 4: 公文/范文 sites with member gates, a one-line PDF
# conversion with letter-spaced words, an e-paper front page with a sub-headline on the
# headline's line and a date index below, a news aggregator's headline with a speech-like alias
# in brackets, a health commission's own site, glued doc-site dumps with a 编号 and a masked
# date, a PDF whose text box printed one character a line, a Traditional 范文 page with a 导语
# disclaimer, a repost dated day.month.year). Each page is modelled on a different real page of
# a site the earlier rounds did not read, in wording written for this project; measured before
# any rule change, then the rules were tuned on them (holdout: false).
P4 = dict(batch=5, holdout=False)

blind("p25.txt", """
区迎接文明城市测评动员大会讲话稿

投稿人：佚名 发布时间：2017/4/11 投稿交换  申请VIP 全文3870字

内容预览：


区迎接文明城市测评动员大会讲话稿   

同志们：  

这次会议的主要任务，是传达全市精神文明建设推进会的精神，分析迎评面临的形势，动员全区上下全力做好测评迎查工作。刚才，xx部长通报了近期创建工作的进展，xx街道、城管局、交警大队的负责同志作了表态发言，xxx区长与各街道签订了责任书。希望大家说到做到。下面，我再讲三点意见。  

一、测评即将开始，各单位要全面进入临战状态  

按照现行的测评办法，全国文明城市实行每年测评、三年总评，每一年的成绩都按比例计入总分。今年是新一届评选周期的第一年，开局就是决战。xx区是中心城区，测评点位最多、人流最集中，必须把迎查当作一项严肃的政治任务来抓。  

当前迎评的形势很严峻。一是标准更高，新版测评体系增加了…………


全文共3870字，仅供站内会员学习参考（会员可打开排版后的全文）
""", published="2017-04-11",
      speeches=[sp("区迎接文明城市测评动员大会讲话稿", "讲话", "区", masked=True, truncated=True)],
      junk=["投稿人", "投稿交换", "申请VIP", "内容预览", "全文3870字", "仅供站内会员学习参考", "排版后的全文"],
      kept=["刚才，xx部长通报了近期创建工作的进展，xx街道、城管局、交警大队的负责同志作了表态发言，"
            "xxx区长与各街道签订了责任书。",
            "今年是新一届评选周期的第一年，开局就是决战。"], **P4)

blind("p26.txt", "在迎接国家卫生城市复审动员大会上的 讲 话 (2016年3月2日) 周 立 群 同志们： "
      "这次动员大会，既是迎接复审的战前动员，也是全市上下的攻坚誓师。刚才，建华同志宣读了迎接复审的工作方案，"
      "市政府与各区和有关部门签订了责任书，三个区作了发言，一会儿海涛同志还要讲具体意见，希望大家认真抓好落实。"
      "下面，我就复审迎检工作讲三点。 一、统一思想，以昂扬的斗志担负起复审重任 今 年的复审，是我市创 建 "
      "成功、挂 牌 之 后 的第一次复审。这对 于 巩 固 “创 卫”成 果 ，促 进 城 市 发 展 具有重要意义 。"
      "国家卫生城市是衡 水 城 市 的 一 块 金 字 招 牌 ，这块招牌坚决不能丢。 二、对照标准，把问题找准改实 "
      "从市爱卫办前期的暗访看，农贸市场的三防设施、小餐饮的后厨卫生和城中村的垃圾清运仍是短板。各区要对照"
      "复审标准逐项自查，发现一处、整改一处、销号一处。 三、压实责任，确保复审一次通过 各区政府是复审的"
      "责任主体，区长要亲自抓、每周到现场看；市直部门要管好本行业，不能等着爱卫办来发现问题。同志们，复审"
      "的日子已经不远，希望大家拿出当年创卫的劲头，确保复审顺利通过。\n",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", ("河北省", "衡水市", None),
                   date="2016-03-02", speaker=["周立群"], min_paras=4)],
      junk=["re:讲 话", "re:周 立 群"],
      kept=["今年的复审，是我市创建成功、挂牌之后的第一次复审。",
            "这对于巩固“创卫”成果，促进城市发展具有重要意义。",
            "各区要对照复审标准逐项自查，发现一处、整改一处、销号一处。"], **P4)

blind("p27.txt", """
第01版：要闻 PDF版阅读

全市国家卫生城市长效管理推进会召开 下足常态功夫 守好金字招牌 努力建设更高水平的国家卫生城市

本报讯（全媒体记者 王 晓 刘 青）4月21日，全市国家卫生城市长效管理推进会召开，市长孙国庆出席并讲话，强调要坚持以人民为中心，把常态化管理作为巩固国家卫生城市成果的根本办法，做细做实复审准备的每一项工作。

会议通报了洛阳市2023年度“爱卫杯”竞赛的考评结果和今年一季度的评比情况，市卫健委、市城管局、涧西区和西工区王城路街道先后发言。孙国庆指出，巩固国家卫生城市成果，事关群众健康、事关城市形象，各级各部门要对照标准、把握节点，把爱国卫生运动融入日常管理。

孙国庆强调，要持续开展健康教育和控烟行动，加快建设健康社区、健康学校；要持续抓好市容环境整治，（下转二版）

2024-06-18,10942| 2024-06-17,10938| 2024-06-16,10930| 2024-06-15,10926| 2024-06-14,10917|
""", speeches=[sp("全市国家卫生城市长效管理推进会召开", "会议报道", "市", ("河南省", "洛阳市", None),
                  speaker=["市长孙国庆", "孙国庆"], truncated=True)],
      junk=["PDF版阅读", "第01版", "下转二版", "10942", "re:2024-06-1\\d,", "下足常态功夫"],
      kept=["会议通报了洛阳市2023年度“爱卫杯”竞赛的考评结果和今年一季度的评比情况，市卫健委、市城管局、"
            "涧西区和西工区王城路街道先后发言。",
            "孙国庆指出，巩固国家卫生城市成果，事关群众健康、事关城市形象，各级各部门要对照标准、把握节点，"
            "把爱国卫生运动融入日常管理。"], **P4)

blind("p28.txt", """
当前位置：时代快讯 >> 今日热词 >> 文章正文

全县创文工作会议（在创建文明城市工作部署会议上讲话）

发布于：2022-05-16 作者：网络投稿
全县创文工作会议（在创建文明城市工作部署会议上讲话）

5月12日，我县召开2022年创建全国文明城市工作部署会议。县委常委、宣传部部长林海燕出席会议。开通镇、瞻榆镇和通榆县城区各社区，创建全国文明城市实地点位、网上申报和新闻宣传责任单位主要负责人参加会议。

会议对我县创建工作的网上申报材料、实地点位、群众满意度调查等重点工作作了说明和部署，分析了创城形势，明确了创建任务。

会上，林海燕围绕创城工作提出了几点意见。一是把社会主义核心价值观融入市民公约，提升城市凝聚力。二是加强城市综合治理，提高城市管理水平。三是大力改善营商环境，提高城市服务能力。四是推动城乡统筹发展，让创建成果惠及乡村。


五是加强日常督查指导，提升整体创建水平。

林海燕强调，要把测评体系细化为每一个点位的具体指标，用绣花功夫抓建设管理，以实实在在的创建成效赢得群众的信任和支持。

（记者 周 扬 实习生 何 田 报道）
""", published="2022-05-16",
      speeches=[sp("全县创文工作会议（在创建文明城市工作部署会议上讲话）", "会议报道", "县",
                   ("吉林省", "白城市", "通榆县"),
                   speaker=["县委常委、宣传部部长林海燕", "宣传部部长林海燕", "林海燕"])],
      junk=["当前位置", "今日热词", "网络投稿", "发布于"],
      kept=["会上，林海燕围绕创城工作提出了几点意见。",
            "五是加强日常督查指导，提升整体创建水平。",
            "林海燕强调，要把测评体系细化为每一个点位的具体指标，用绣花功夫抓建设管理，以实实在在的创建成效"
            "赢得群众的信任和支持。"], **P4)

blind("p29.html", """
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>市卫生健康委召开国家卫生城市长效管理工作座谈会</title></head>
<body>
<div class="top"><a href="#">无障碍浏览</a></div>
<div class="wz">您现在所在的位置： <a href="/">首页</a> &gt; <a href="/wjzx/">卫健资讯</a> &gt; 最新动态</div>
<div class="main">
<h1 class="bt">市卫生健康委召开国家卫生城市长效管理工作座谈会</h1>
<div class="info"><span>文章来源：市卫健委爱国卫生运动工作办公室</span><br>
<span>点击次数：</span><br>
<span>发布时间：2024-04-12 16:20</span></div>
<div class="zw">
<p>　　4月12日，市卫生健康委召开国家卫生城市长效管理工作座谈会。市卫生健康委党组成员、副主任陈雅琴出席会议并讲话。市爱卫办专职副主任王磊主持会议。</p>
<p>　　会议解读了新修订的国家卫生城市标准和监督管理办法，对拟出台的长效管理实施意见逐条进行了讨论，并就健全常态化管理机制作出安排。</p>
<p>　　陈雅琴指出，各区县要深刻认识巩固国家卫生城市成果的重要性，主动查短板、补弱项，把长效管理机制建立起来；要把病媒生物防制和农贸市场管理作为日常工作，不能等到复审才突击；要加强统筹调度，确保各项任务落到每一个责任单位。</p>
<p style="text-align:center"><img src="/picture/0/2404121620.jpg"></p>
<p style="text-align:center">座谈会现场</p>
</div>
</div>
<div class="foot">Produced By 大汉网络 大汉版通发布系统</div>
</body></html>
""", published="2024-04-12",
      speeches=[sp("市卫生健康委召开国家卫生城市长效管理工作座谈会", "会议报道", "市",
                   speaker=["市卫生健康委党组成员、副主任陈雅琴", "陈雅琴"])],
      junk=["无障碍浏览", "所在的位置", "文章来源", "点击次数", "re:^座谈会现场$", "Produced By", "大汉版通"],
      kept=["市卫生健康委党组成员、副主任陈雅琴出席会议并讲话。",
            "会议解读了新修订的国家卫生城市标准和监督管理办法，对拟出台的长效管理实施意见逐条进行了讨论，"
            "并就健全常态化管理机制作出安排。"], **P4)

blind("p30.txt", """
返回
县委书记在创建省级卫生县城动员大会上的讲话

县委书记在创建省级卫生县城动员大会上的讲话

时间：2015-3-9 16:42:07  [下载该文章]  [会员注册]
来源县委在创建省级卫生县城动员大会上讲话同志们：今天，县委、县政府在这里召开创建省级卫生县城动员大会，主要任务是动员全县干部群众迅速行动起来，掀起创卫热潮。刚才，建军同志对创建工作作了全面安排，大家一定要认真抓好落实。下面，我讲几点意见。（一）统一认识，把创卫摆上全县工作的突出位置。创建省级卫生县城是县委作出的决策，也是全县群众的共同愿望。一是创卫是改善群众生活环境的客观需要。县城的背街小巷、集贸市场和城中村还有不少卫生死角，群众意见很大。二是创卫是优化发展环境的重要抓手。一个干净整洁的县城，才留得住客商、引得来项目。创卫不单是为了拿一块牌子，也是检验干部作风的过程...
请先登录

>

相关推荐
""", published="2015-03-09",
      speeches=[sp("县委书记在创建省级卫生县城动员大会上的讲话", "讲话", "县", speaker=["县委书记"],
                   truncated=True)],
      junk=["下载该文章", "会员注册", "请先登录", "相关推荐", "re:^来源", "re:^返回$", "re:^>$", "讲话同志们"],
      kept=["今天，县委、县政府在这里召开创建省级卫生县城动员大会，主要任务是动员全县干部群众迅速行动起来，掀起创卫热潮。",
            "一个干净整洁的县城，才留得住客商、引得来项目。"], **P4)

blind("p31.txt", "编号：628305147县委书记在创建全国文明城市攻坚推进会上的讲话201X/X/XX在创建全国文明城市攻坚推进会上"
      "的讲话xxx同志讲话今天这次会议，既是一次创建全国文明城市的攻坚部署会，也是一次动员誓师会。主要任务是贯彻"
      "全市创建推进会议精神，研究我县攻坚阶段的具体措施。刚才，城管局、住建局、公安局、城关镇四个单位作了表态"
      "发言，xx县长对攻坚阶段的重点工作讲了具体意见，大家要认真抓好落实。下面，就打好创城攻坚战，我强调三点"
      "意见：一、要充分认识创城攻坚的重大意义县城是一个县的形象和脸面，也是对外开放的窗口。一个脏乱差的县城，"
      "引不来项目，也留不住人才。从全市的安排看，今年的测评直接决定我县能否进入提名城市行列。从我县的情况看，"
      "老城区的基础设施欠账多，背街小巷的环境问题突出。我们虽[标签：介绍]\n",
      speeches=[sp("县委书记在创建全国文明城市攻坚推进会上的讲话", "讲话", "县", speaker=["县委书记"],
                   masked=True, truncated=True)],
      junk=["编号", "628305147", "201X/X/XX", "xxx同志讲话", "[标签"],
      kept=["刚才，城管局、住建局、公安局、城关镇四个单位作了表态发言，xx县长对攻坚阶段的重点工作讲了具体意见，"
            "大家要认真抓好落实。",
            "一个脏乱差的县城，引不来项目，也留不住人才。"], **P4)

blind("p32.txt", """
迎检动员会讲话稿
在创建省级文明城市迎检动员大会上的讲话
孙 建 华
（11月3日9:30，市行政中心八楼会议室）
同志们：
今天，市委、市政府在这里召开创建省级文明城市迎检动员大会，主要目的是在总结上周模拟测评的基础上，进一步统一思想、落实责任，迎接下个月的省级检查测评，确保创建一举成功。刚才，陈市长代表市委、市政府对迎检工作作了全面部署，希望大家按照部署抓好落实。城管局、文广旅局、卫健委、市场监管局和新城街道五个单位作了表态发言，希望说到做到。会议结束之前，我再简要讲几点要求。
一、要坚持志在必得，确保创建成功。应该说，省级文明
城
市
这
个
牌
子
分量很重，是一块含金量很高的“金字招牌”。它是一项综合荣誉，涵盖经济、政治、文化、社会和生态建设的方方面面，我们搞过的其他创建都只是单项，没有哪一项比它的内容更广。
二、要坚持问题导向，集中力量补齐短板。模拟测评暴露出的问题，主要集中在农贸市场、背街小巷和老旧小区。各责任单位要列出清单，一项一项整改，整改一项销号一项。
三、要坚持全民参与，营造浓厚创建氛围。创建为了群众，创建依靠群众。各街道、社区要把测评内容送到每家每户，让市民知晓创建、支持创建、参与创建。
同志们，离省级检查测评只有一个月了。希望大家拿出最好的状态，以最扎实的工作迎接检查。
""", speeches=[sp("在创建省级文明城市迎检动员大会上的讲话", "讲话", "市", speaker=["孙建华"], min_paras=5)],
      junk=["re:^迎检动员会讲话稿"],
      kept=["应该说，省级文明城市这个牌子分量很重，是一块含金量很高的“金字招牌”。",
            "各责任单位要列出清单，一项一项整改，整改一项销号一项。",
            "城管局、文广旅局、卫健委、市场监管局和新城街道五个单位作了表态发言，希望说到做到。"], **P4)

blind("p33.txt", """
县长在创建国家卫生县城推进会发言
时间：2022-05-21 06:02:00
导语：县长在创建国家卫生县城推进会发言一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。
同志们：
今天，我们召开创建国家卫生县城推进会，目的是进一步明确任务、细化责任，动员全县上下迅速掀起创卫的新热潮。刚才县委办的同志宣读了《创建国家卫生县城攻坚实施方案》，王副县长对攻坚任务作了详细安排。随后，县委李书记还将作重要讲话，请大家认真抓好贯彻落实。下面，我就创卫工作讲三点意见。
一、统一思想，深刻认识创卫的重大意义
县城是全县的门面。这几年县城面貌变化很大，但城区两河沿岸的环境、老街区的排水和集贸市场的卫生，一直是群众反映最多的问题。创建国家卫生县城，就是要借这个机会把这些老问题一次解决。
二、突出重点，集中力量攻克难点
县住建局要在六月底前完成老街区雨污分流改造，县市场监管局要抓好集贸市场的规范管理，各社区要把门前三包落实到每一户商户。
三、强化督查，确保各项任务落到实处
县创卫办每周通报一次进度，县委督查室对进度滞后的单位进行督办，对敷衍塞责的，要严肃追究责任。
同志们，创卫工作时间紧、任务重，希望大家以只争朝夕的劲头，确保顺利通过省级初审。
""", trad="s2tw", pinyin=[("召開", "召開(kāi)"), ("縣城", "縣(xiàn)城"), ("問題", "問(wèn)題"), ("衛生", "衛(wèi)生")],
      published="2022-05-21",
      speeches=[sp("县长在创建国家卫生县城推进会发言", "讲话", "县", speaker=["县长"], min_paras=6)],
      junk=["导语", "来源于网友上传", "不代表本站观点", "客服老师", "(kāi)", "(wèi)"],
      kept=["这几年县城面貌变化很大，但城区两河沿岸的环境、老街区的排水和集贸市场的卫生，一直是群众反映最多的问题。",
            "县创卫办每周通报一次进度，县委督查室对进度滞后的单位进行督办，对敷衍塞责的，要严肃追究责任。"], **P4)

blind("p34.txt", """
我市今年力争新增五个国家卫生乡镇

14.03.2016  09:18
  3月11日，全省爱国卫生工作电视电话会议召开。
  会议结束后，副市长何丽萍对我市的爱国卫生工作作了部署。她要求，各级政府、各有关部门和市爱卫会成员单位要认真落实会议精神，着力解决影响群众健康的突出问题，巩固国家卫生城市创建成果，力争年内新增国家卫生乡镇五个。
  今年，我市将迎接国家卫生城市复审。（本站编辑 周敏摘编）
""", published="2016-03-14",
      speeches=[sp("我市今年力争新增五个国家卫生乡镇", "会议报道", "市", speaker=["副市长何丽萍", "何丽萍"])],
      junk=["14.03.2016", "本站编辑", "摘编"],
      kept=["今年，我市将迎接国家卫生城市复审。",
            "会议结束后，副市长何丽萍对我市的爱国卫生工作作了部署。"], **P4)


# --- third blind batch (batch 7, part "blind-3"): 20 more pages, each modelled on the SHAPE of a
# different real page read through the search tool's page corpus (about 25 pages from about 22
# sites, chosen among the kinds the earlier batches covered least: reposts of a local report on
# national portals, 党建/文明网 local channels, 学习强国-style copies, 公众号 digests of several
# speakers, 会议纪要, 街道 secretaries' speeches and a 社区's pledge, 卫生城市 复审 speeches with
# 附件 lists, headings in HTML table cells, Traditional reposts (HK/TW), 编者按 and footnotes,
# names in the headline, 讲话提纲 outlines, a 主持词 printed around the speech, a PDF 材料汇编).
# Every speech body and every line of site text was written for this project. Written without
# looking at the rules in build_tools/ and measured once; nobody tunes rules on this batch.
B7 = dict(batch=7)

# w01 — a national portal's repost of a city paper's report (HTML): channel breadcrumb, the
# headline, a 来源/时间 line, a 原标题 line, a third-person report with three officials, the
# 责任编辑 line, share buttons and a 相关新闻 box.
blind("w01.html", """
<html><head><meta charset="utf-8"><title>曲靖部署全国文明城市创建攻坚行动--云南频道--人民网</title></head>
<body>
<div class="nav">人民网 &gt;&gt; 云南频道 &gt;&gt; 州市</div>
<h1>曲靖部署全国文明城市创建攻坚行动</h1>
<div class="box01"><div class="fl">2023年04月18日08:41 | 来源：曲靖日报</div><div class="fr">小字号</div></div>
<div class="rm_txt_con">
<p>原标题：全市创建全国文明城市攻坚行动动员会召开</p>
<p>　　4月17日，曲靖市召开创建全国文明城市攻坚行动动员会，对今年的测评迎检工作作出部署。市委书记周正平出席会议并讲话，市长沈卫国主持会议，市委常委、宣传部部长郑慧通报了去年测评中发现的问题。</p>
<p>　　周正平指出，去年全市在实地测评中的失分，七成集中在农贸市场、背街小巷和老旧小区，这些地方恰恰是群众天天要去、天天要看的地方。要把问题清单变成整改清单，每一处点位明确一名责任人、一个完成时限。</p>
<p>　　周正平强调，创建不是突击打扫，而是让城市管理回到常态。各县（市、区）和市级部门主要负责同志要亲自带队下沉点位，发现问题当场交办，整改情况每周向市创建办报告。</p>
<p>　　沈卫国要求，各级各部门要把会议精神迅速传达到每一个网格，对照测评体系逐项自查，确保攻坚行动开局就见成效。</p>
<p>　　会上，麒麟区、市城市管理局、市交通运输局作了表态发言。</p>
<p class="edit">(责编：杨　帆、李　楠)</p>
</div>
<div class="share">分享让更多人看到 <span>微信</span> <span>微博</span> <span>QQ空间</span></div>
<div class="rel"><h3>相关新闻</h3>
<ul><li>玉溪：志愿服务点亮城市角落</li><li>昭通召开国家卫生城市复审工作会</li></ul></div>
<div class="foot">人民日报社概况 | 关于人民网 | 报社招聘 | 广告服务 | 合作加盟 | 供稿服务 | 网站声明<br>人 民 网 股 份 有 限 公 司 版 权 所 有 ，未 经 书 面 授 权 禁 止 使 用</div>
</body></html>
""",
      published="2023-04-18",
      speeches=[sp("曲靖部署全国文明城市创建攻坚行动", "会议报道", "市", ("云南省", "曲靖市", None),
                   speaker=["市委书记周正平", "周正平"])],
      junk=["云南频道", "原标题", "小字号", "责编", "分享让更多人看到", "相关新闻", "志愿服务点亮城市角落",
            "昭通召开国家卫生城市复审工作会", "人民日报社概况", "版 权 所 有", "QQ空间", "来源：曲靖日报"],
      kept=["4月17日，曲靖市召开创建全国文明城市攻坚行动动员会，对今年的测评迎检工作作出部署。",
            "要把问题清单变成整改清单，每一处点位明确一名责任人、一个完成时限。",
            "会上，麒麟区、市城市管理局、市交通运输局作了表态发言。"],
      **B7)

# w02 — a 党建 portal's 领导讲话 page: the speaker's name in the headline ("…同志在…上的讲话"),
# an 编者按 paragraph in italics, a date line, headings in bold, and a 责任编辑/打印本页 footer.
_W02 = [
    "同志们：",
    "今天召开的全市创建全国文明城市推进会，是在第一轮测评结束、第二轮测评即将开始的关口召开的。会前，市委常委会专门听取了创建工作汇报，大家一致认为，成绩要看够，问题更要看透。下面，我讲三个方面的意见。",
    "一、党建引领要落到每一个小区",
    "小区是测评的重点，也是群众感受最直接的地方。全市已有一千二百多个小区建立了党支部或党小组，但真正把物业、业委会和居民拧成一股绳的还不多。各街道党工委要把小区党组织的作用发挥情况作为年度述职的内容，年底逐个过堂。",
    "二、机关党员要走到群众中间去",
    "市直机关的党员每月到报到社区参加一次志愿服务，这个规矩不能变成签个到、拍张照。社区要如实记录，机关工委要定期抽查，对只挂名不出力的，要在支部会上点名。",
    "三、考核问责要动真碰硬",
    "创建工作纳入党建考核以后，分值提高到了十五分。对测评中连续两次扣分的单位，由市纪委监委约谈主要负责同志，情节严重的，依规依纪追责。",
    "同志们，创城是一场持久战，也是一次作风大考。希望大家以党建的办法抓创建，以创建的成果检验党建，确保今年的测评成绩再进一位。",
]
blind("w02.html", """
<html><head><meta charset="utf-8"><title>陈立军同志在全市创建全国文明城市推进会上的讲话_领导讲话_牡丹江党建网</title></head>
<body>
<div class="top">牡丹江党建网 | 首页 | 工作动态 | 领导讲话 | 基层党建 | 党员教育</div>
<div class="pos">当前位置：首页 &gt; 领导讲话</div>
<h2 class="title">陈立军同志在全市创建全国文明城市推进会上的讲话</h2>
<div class="info">发布时间：2022-07-05　来源：市委组织部　浏览次数：</div>
<div class="article">
<p><em>编者按：创建全国文明城市是全市上下的一件大事。7月1日，市委召开全市创建全国文明城市推进会，市委书记陈立军出席会议并讲话。现将讲话全文刊发，供各级党组织学习贯彻。</em></p>
<p style="text-align:center">（2022年7月1日）</p>
""" + "".join(f"<p><strong>{p}</strong></p>\n" if re.match("[一二三]、", p) else f"<p>　　{p}</p>\n" for p in _W02) + """
</div>
<div class="edit">【责任编辑：孙　悦】</div>
<div class="tools">【打印本页】【关闭窗口】【收藏本页】</div>
<div class="foot">主办单位：中共牡丹江市委组织部　技术支持：牡丹江市委党建信息中心<br>黑ICP备12003456号-2</div>
</body></html>
""",
      published="2022-07-05",
      speeches=[sp("陈立军同志在全市创建全国文明城市推进会上的讲话", "讲话", "市", ("黑龙江省", "牡丹江市", None),
                   date="2022-07-01", speaker=["陈立军", "市委书记陈立军"], min_paras=8)],
      junk=["牡丹江党建网", "当前位置", "编者按", "现将讲话全文刊发", "浏览次数", "责任编辑", "打印本页",
            "主办单位", "ICP备", "基层党建"],
      kept=["小区是测评的重点，也是群众感受最直接的地方。",
            "社区要如实记录，机关工委要定期抽查，对只挂名不出力的，要在支部会上点名。",
            "二、机关党员要走到群众中间去",
            "对测评中连续两次扣分的单位，由市纪委监委约谈主要负责同志，情节严重的，依规依纪追责。"],
      **B7)

# w03 — a Hong Kong news portal's repost in Traditional characters (Big5-HKSCS, s2hk): a
# 內地新聞 column label, the headline, a 轉載 source line with date, the speech's own title and
# a name/date line, and a disclaimer and 熱門 list below.
_W03 = """內地新聞｜江門市委書記談創文：小巷乾淨了，城市才算真文明
2021年09月28日 星期二　轉載自：江門日報
在全市創建全國文明城市推進大會上的講話
林　志　強
（2021年9月26日）
同志們：
今天的大會，主要是總結上半年的創建工作，部署下一階段的攻堅任務。剛才，蓬江區、江海區和市公安局的同志作了發言，講得很實在，我都贊成。下面，我再講三點。
第一，把眼光從主幹道移到小巷裏。
這幾年，我們的主幹道、廣場和公園越來越漂亮，來江門的客人都說變化很大。但是測評組不只走大路，他們專門挑老城區的騎樓街、城中村和菜市場去看。我們有的小巷，垃圾桶一周沒有清洗，電線像蜘蛛網一樣亂拉，這些都是要扣分的。各區要把小巷整治列入每周調度，哪條巷子由誰負責，要寫在牆上。
第二，把群眾從旁觀者變成參與者。
創文不是政府一家的事。要用好僑鄉的優勢，發動鄉賢、商會和志願者一起來。市文明辦要把市民反映的問題做成清單，辦結一件銷號一件，每月在媒體上公布辦理情況。
第三，把一時的整治變成長久的管理。
今年的整治成果，明年能不能保住，要靠制度。各部門要把這次行之有效的做法，寫進日常的管理規範裏，不能測評一過就鬆勁。
同志們，離年度測評只有兩個多月了。希望大家咬緊牙關，一鼓作氣，以實實在在的變化迎接測評。
免責聲明：本網轉載文章僅供讀者參考，不代表本網立場。
熱門：　港股收市｜恒指跌一百二十點　　天文台：明日多雲有驟雨
"""
blind("w03.txt", _W03, enc="big5hkscs",
      published="2021-09-28",
      speeches=[sp("在全市创建全国文明城市推进大会上的讲话", "讲话", "市", ("广东省", "江门市", None),
                   date="2021-09-26", speaker=["林志强"], min_paras=6)],
      junk=["内地新闻", "转载自", "小巷干净了，城市才算真文明", "免责声明", "不代表本网立场", "热门", "恒指",
            "天文台"],
      kept=["今天的大会，主要是总结上半年的创建工作，部署下一阶段的攻坚任务。",
            "但是测评组不只走大路，他们专门挑老城区的骑楼街、城中村和菜市场去看。",
            "市文明办要把市民反映的问题做成清单，办结一件销号一件，每月在媒体上公布办理情况。",
            "第三，把一时的整治变成长久的管理。"],
      **B7)

# w04 — a 学习强国-style copy (txt): the platform's name and 学习平台 line, the headline, an
# 作者/来源 line, the speech with a date line glued after the title, "打开APP" and 推荐 lines.
blind("w04.txt", """
学习强国　哈尔滨学习平台
道里区委书记：以复审为契机　让卫生城市成色更足
作者：道里区融媒体中心　　来源：哈尔滨学习平台
2024-03-15
在道里区迎接国家卫生城市复审动员大会上的讲话（2024年3月12日）
区委书记　高海峰
同志们：
今年是国家卫生城市的复审年。复审不是重新打分那么简单，它考的是我们这几年是不是真正把卫生管理变成了习惯。刚才，区爱卫办通报了前期暗访的情况，问题很具体，有的还很刺眼，希望大家会后对号入座。
复审标准里最容易丢分的，一是病媒生物防制，二是农贸市场和小餐饮，三是老旧小区的环境卫生。这三块，正好是我们道里老城区的短板。各街道要按照“一点一策”的办法，把每一处问题点位的整改措施、责任人和完成时间列出来，区爱卫办每十天通报一次。
中央大街周边是游客最集中的地方，也是暗访组必去的地方。商户门前的卫生责任区要一户一户落实，早晚各巡查一次，发现问题当场纠正。
区卫生健康局要牵头做好健康教育进社区、进学校、进市场，让“小手拉大手”“每周十分钟大扫除”这样的活动坚持下去。
同志们，复审的日子已经不远。希望大家拿出当年创卫的劲头，一处一处抓整改，一项一项补短板，确保顺利通过复审。
打开“学习强国”APP，查看更多精彩内容
推荐：　冰城春季爱国卫生运动启动　|　松北区开展病媒生物防制培训
""",
      published="2024-03-15",
      speeches=[sp("在道里区迎接国家卫生城市复审动员大会上的讲话", "讲话", "区", ("黑龙江省", "哈尔滨市", "道里区"),
                   date="2024-03-12", speaker=["区委书记高海峰", "高海峰"], min_paras=5)],
      junk=["学习强国", "哈尔滨学习平台", "以复审为契机", "道里区融媒体中心", "打开", "查看更多精彩内容",
            "冰城春季爱国卫生运动启动", "病媒生物防制培训"],
      kept=["复审不是重新打分那么简单，它考的是我们这几年是不是真正把卫生管理变成了习惯。",
            "这三块，正好是我们道里老城区的短板。",
            "商户门前的卫生责任区要一户一户落实，早晚各巡查一次，发现问题当场纠正。"],
      **B7)

# w05 — a 公众号 digest of a meeting (HTML): a 会议精神速递 headline, the account and time, a
# lead paragraph, then one block per speaker under 【】 labels (the 市长's deployment, the 书记's
# speech), a "本期编辑" line and a 关注 line with a QR image.
blind("w05.html", """
<html><head><meta charset="utf-8"><title>速递｜全市创文创卫“双创”推进会议精神要点</title></head>
<body><div id="js_content">
<h1>速递｜全市创文创卫“双创”推进会议精神要点</h1>
<p><span>赣州发布</span>　<em>2023-08-10 20:15</em></p>
<p>8月9日下午，赣州市召开创建全国文明城市和巩固国家卫生城市推进会议。会议传达了省文明委有关会议精神，通报了上半年全市创建工作情况，章贡区、赣县区、市市场监管局作表态发言。</p>
<p><strong>【市长部署】</strong></p>
<p>市长刘思远在部署工作时指出，下半年要重点抓好三件事：一是城区交通秩序，主要路口设文明劝导岗；二是农贸市场提升，年底前完成十二个市场的改造；三是背街小巷整治，实行一巷一长。</p>
<p><strong>【书记讲话】</strong></p>
<p>市委书记黄建明在讲话中强调，“双创”是民心工程，群众满意不满意是唯一的标准。各级干部要少坐办公室，多走街串巷，把问题解决在群众家门口。</p>
<p>黄建明要求，要压实属地责任，各区委书记是第一责任人，对测评中排名靠后的区，市委将约谈区委主要负责同志。</p>
<p><strong>【会议要求】</strong></p>
<p>会议要求，各地各部门要在九月底前完成问题点位的集中整改，市创建办每半月组织一次暗访并通报结果。</p>
<p>本期编辑：钟　晴　校对：李　园</p>
<p style="text-align:center"><img src="qrcode.png">长按识别二维码　关注赣州发布</p>
</div></body></html>
""",
      published="2023-08-10",
      speeches=[sp("全市创文创卫“双创”推进会议精神要点", "会议报道", "市", ("江西省", "赣州市", None),
                   speaker=["市委书记黄建明", "黄建明"])],
      junk=["速递", "赣州发布", "本期编辑", "校对", "长按识别二维码"],
      kept=["8月9日下午，赣州市召开创建全国文明城市和巩固国家卫生城市推进会议。",
            "各级干部要少坐办公室，多走街串巷，把问题解决在群众家门口。",
            "会议要求，各地各部门要在九月底前完成问题点位的集中整改，市创建办每半月组织一次暗访并通报结果。"],
      **B7)

# w06 — 会议纪要 of a county's 创卫 leading group, copied from a government information page:
# 文号 line, the 纪要 title, a time/place/chair block, "会议议定事项如下", numbered decisions,
# the 出席/列席 lists and the 抄送/印发 lines.
blind("w06.txt", """
灵川县人民政府办公室
〔2023〕14号
灵川县创建国家卫生县城工作领导小组2023年第二次会议纪要

2023年5月16日上午，县委副书记、县长、县创卫领导小组组长韦东明在县政府三楼会议室主持召开县创建国家卫生县城工作领导小组2023年第二次会议，听取县爱卫办关于国家技术评估准备情况的汇报，研究部署下一阶段迎检工作。现将会议议定事项纪要如下：
一、会议认为，今年以来全县创卫工作总体有序，城区主次干道保洁、公厕改造和病媒生物防制取得阶段性进展，但农贸市场、城乡结合部和“六小”行业仍是明显短板。
二、会议明确，县城区农贸市场改造由县市场监管局牵头，6月20日前完成活禽宰杀区隔离和排水改造；城乡结合部环境整治由灵川镇、定江镇负责，县住建局配合。
三、会议要求，县爱卫办每周汇总一次问题整改台账，对逾期未完成的单位，报县政府督查室督办。
四、会议同意，追加病媒生物防制经费三十万元，由县财政局在本月内拨付。
出席：韦东明　李　华　覃志刚　蒋　涛
列席：县爱卫办、县住建局、县市场监管局、县卫生健康局、灵川镇、定江镇负责同志
抄送：县委办，县人大办，县政协办。
灵川县人民政府办公室　　　　　　2023年5月17日印发
""",
      speeches=[sp("灵川县创建国家卫生县城工作领导小组2023年第二次会议纪要", "会议报道", "县",
                   ("广西壮族自治区", "桂林市", "灵川县"),
                   speaker=["县委副书记、县长、县创卫领导小组组长韦东明", "县委副书记、县长韦东明", "县长韦东明", "韦东明"])],
      junk=["〔2023〕14号", "出席：", "列席：", "抄送", "印发"],
      kept=["现将会议议定事项纪要如下：",
            "四、会议同意，追加病媒生物防制经费三十万元，由县财政局在本月内拨付。",
            "三、会议要求，县爱卫办每周汇总一次问题整改台账，对逾期未完成的单位，报县政府督查室督办。"],
      **B7)

# w07 — a document site's preview of a 街道党工委书记's speech (GBK txt): the title, a metadata
# line (VIP专免, rating, uploader, date, views, size, pages, 侵权投诉), the text hard-wrapped at
# 36 characters like a PDF layer, and the preview's end with a download line.
_W07 = [
    "同志们：",
    "今天召开街道创建全国文明城市推进会，主要任务是贯彻区里推进会的精神，把街道下一步的工作理一理、压一压。刚才，三个社区的书记汇报了点位整改情况，城管中队和派出所也讲了配合的办法，我都同意。下面，我讲三点。",
    "一、认清街道在全区创城中的分量",
    "鹭江街道是老城区，骑楼多、小巷多、流动摊点多，区里的测评点位有四分之一在我们辖区。可以说，全区创城的成绩好不好，很大程度上看鹭江。",
    "二、把力量压到社区和小区",
    "街道机关干部要全部下沉到社区，每人包一个网格，每天至少走一遍。各社区要把楼道堆物、飞线充电、门前乱摆这些老问题逐户登记，整改一户销号一户。",
    "三、守住群众满意这条底线",
    "创城中难免要拆一些违建、清一些摊点，工作方法一定要讲究，先宣传后整治，先疏导后处罚。",
]
blind("w07.txt", "在鹭江街道创建全国文明城市推进会上的讲话\n"
      "VIP专免　4.0　海风轻扬　2023-06-21　86　15+　17.3KB　5 页　侵权投诉\n"
      + hard_wrap(_W07, 36) + "\n……\n预览已结束，剩余2页可下载查看\n下载文档到电脑，方便使用\n",
      enc="gbk",
      speeches=[sp("在鹭江街道创建全国文明城市推进会上的讲话", "讲话", "乡镇", truncated=True)],
      junk=["VIP专免", "海风轻扬", "17.3KB", "侵权投诉", "预览已结束", "下载文档到电脑"],
      kept=["可以说，全区创城的成绩好不好，很大程度上看鹭江。",
            "街道机关干部要全部下沉到社区，每人包一个网格，每天至少走一遍。",
            "创城中难免要拆一些违建、清一些摊点，工作方法一定要讲究，先宣传后整治，先疏导后处罚。"],
      **B7)

# w08 — a city government site's copy of a 卫生城市 复审 speech (HTML) followed by the 附件 list
# of the meeting documents, with a 相关附件 download box and a 扫一扫在手机打开当前页 line.
_W08 = [
    "同志们：",
    "三年前我们通过了国家卫生城市复审，今年又到了复审之年。全国爱卫办的暗访随时可能到来，而且不打招呼、不要陪同。今天开这个会，就是要让每个单位都明白：复审已经开始了。",
    "从市爱卫办这段时间的自查看，有三个问题比较突出。一是部分农贸市场的三防设施形同虚设，二是一些小餐饮店的后厨卫生不达标，三是城中村和铁路沿线的垃圾清运不及时。",
    "各区政府是复审的责任主体，区长要亲自抓，每周到现场看一次。市直各部门要按照责任分工，行业内的问题自己查、自己改，不能等着爱卫办来发现。",
    "市爱卫办要发挥好牵头作用，每周一调度、半月一通报，对整改不力的单位，提请市政府约谈。",
    "同志们，国家卫生城市是包头的一块金字招牌，来之不易。我们一定要守住这块牌子，以优异的成绩通过复审。",
]
blind("w08.html", """
<html><head><meta charset="gb2312"><title>在全市迎接国家卫生城市复审工作会议上的讲话</title></head>
<body>
<div class="bread">首页 &gt; 政务公开 &gt; 领导讲话</div>
<div class="tit">在全市迎接国家卫生城市复审工作会议上的讲话</div>
<div class="sub">市长　杨立新<br>（2022年4月8日）</div>
<div class="date">发布日期：2022-04-12　　来源：包头市人民政府办公室</div>
<div class="con">
""" + "".join(f"<p>　　{p}</p>\n" for p in _W08) + """
<p>附件：1.包头市迎接国家卫生城市复审工作方案</p>
<p>　　　2.复审迎检重点任务责任分工表</p>
<p>　　　3.复审迎检工作时间安排</p>
</div>
<div class="fj">相关附件：<a href="/u/fj1.doc">复审工作方案.doc</a> <a href="/u/fj2.xls">责任分工表.xls</a></div>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="foot">主办：包头市人民政府办公室　网站标识码：1502000001　蒙ICP备05001234号</div>
</body></html>
""", enc="gb2312",
      published="2022-04-12",
      speeches=[sp("在全市迎接国家卫生城市复审工作会议上的讲话", "讲话", "市", ("内蒙古自治区", "包头市", None),
                   date="2022-04-08", speaker=["市长杨立新", "杨立新"], min_paras=5)],
      junk=["政务公开", "附件：", "责任分工表", "复审迎检工作时间安排", "相关附件", "扫一扫在手机打开当前页",
            "网站标识码", "ICP备", "发布日期"],
      kept=["今天开这个会，就是要让每个单位都明白：复审已经开始了。",
            "一是部分农贸市场的三防设施形同虚设，二是一些小餐饮店的后厨卫生不达标，三是城中村和铁路沿线的垃圾清运不及时。",
            "同志们，国家卫生城市是包头的一块金字招牌，来之不易。"],
      **B7)

# w09 — an old district government site (HTML) that lays the speech out in a table: the
# headline in one cell, the 作者/时间 line in another, each part's heading in a bold cell and
# its paragraphs in the next row; 上一篇/下一篇 links and a 【字体：大 中 小】 cell.
_W09 = [
    ("", ["同志们：",
          "今天，区委、区政府召开全区创建全国文明城市攻坚大会，主要是把市里的部署落到铁西区的每一条街、每一个小区。刚才，区委副书记王丽通报了第一季度测评的情况，五个街道和区住建局作了表态，大家的决心我都看到了。下面，我讲三个问题。"]),
    ("一、正视差距，不找客观理由", [
        "一季度全市测评，我区排在六个城区的第五位。失分最多的是老旧小区和马路市场，这些问题不是今年才有的，说明我们过去的整治没有触及根子。"]),
    ("二、突出重点，集中攻坚三个月", [
        "从现在起到七月底，全区开展百日攻坚。老旧小区要完成屋顶防水、楼道照明和垃圾分类设施的补短板；马路市场要逐个疏导入室，疏导不了的要划定时段、划定区域。",
        "各街道党工委书记是攻坚的第一责任人，区级领导每人包保一个街道，每周至少到现场一次。"]),
    ("三、严明纪律，以结果论英雄", [
        "区纪委监委要全程跟进督查，对敷衍应付、弄虚作假的，一律严肃处理。攻坚结束后，区委将根据测评结果兑现奖惩。"]),
]
blind("w09.html", """
<html><head><meta charset="utf-8"><title>四平市铁西区人民政府</title></head><body>
<table width="980" border="0"><tr><td class="dh">首页 | 走进铁西 | 政务公开 | 办事服务 | 互动交流</td></tr></table>
<table width="980" border="0" cellpadding="4">
<tr><td align="center" class="bt">区委书记赵启明在全区创建全国文明城市攻坚大会上的讲话</td></tr>
<tr><td align="center" class="xx">作者：区委办公室　　时间：2021-04-26　　【字体：<a>大</a> <a>中</a> <a>小</a>】</td></tr>
""" + "".join((f'<tr><td><b>{h}</b></td></tr>\n' if h else "") +
              f'<tr><td>{"".join(f"<p>　　{p}</p>" for p in ps)}</td></tr>\n' for h, ps in _W09) + """
<tr><td>上一篇：铁西区召开河长制工作会议<br>下一篇：北门街道开展文明交通志愿服务</td></tr>
</table>
<table width="980"><tr><td class="foot">版权所有：四平市铁西区人民政府　地址：四平市铁西区英雄大街　电话：0434-3261234</td></tr></table>
</body></html>
""",
      published="2021-04-26",
      speeches=[sp("区委书记赵启明在全区创建全国文明城市攻坚大会上的讲话", "讲话", "区", ("吉林省", "四平市", "铁西区"),
                   speaker=["区委书记赵启明", "赵启明"], min_paras=6)],
      junk=["走进铁西", "字体", "上一篇", "下一篇", "河长制", "版权所有", "0434-3261234", "作者：区委办公室"],
      kept=["一、正视差距，不找客观理由",
            "一季度全市测评，我区排在六个城区的第五位。",
            "各街道党工委书记是攻坚的第一责任人，区级领导每人包保一个街道，每周至少到现场一次。",
            "攻坚结束后，区委将根据测评结果兑现奖惩。"],
      **B7)

# w10 — a 讲话提纲 (outline) posted on a 文秘 forum: the outline's title, a date/speaker line,
# short headings and 1./2./3. points written as fragments, a reply counter and a 回复 line.
blind("w10.txt", """
【原创】在全县创建自治区级文明县城工作会议上的讲话提纲
楼主　笔耕不辍　发表于 2022-3-2 21:07　只看该作者
（2022年2月28日　县委书记　马永福）
一、开场
1.刚才，县委宣传部部长通报了去年的测评情况，四个单位作了表态发言。
2.今年是我县冲刺自治区级文明县城的关键一年，总的要求是：不松劲、不降标、不留死角。
二、讲成绩：三年打基础
1.县城主街道路改造全部完成，新建口袋公园九个。
2.志愿服务队伍从不到一千人发展到五千多人。
3.群众对创建的知晓率、支持率都在九成以上。
三、讲问题：三个方面的短板
1.城乡结合部的环境脏乱差反复出现。
2.一些窗口单位服务意识不强，群众办事还要跑几趟。
3.个别部门存在等、靠、看的思想。
四、讲要求：三个“到位”
1.责任到位。县级领导包片，部门包点，干部包户。
2.整改到位。问题清单每周更新，整改一项销号一项。
3.督查到位。县委督查室每月通报，连续两次排名末位的单位主要负责人作检讨。
五、结束语
同志们，文明县城是同心人的共同荣誉，希望大家鼓足干劲，确保今年创建成功。
回复 (12)　　举报　　1楼
""",
      published="2022-03-02",
      speeches=[sp("在全县创建自治区级文明县城工作会议上的讲话提纲", "讲话", "县",
                   date="2022-02-28", speaker=["县委书记马永福", "马永福"])],
      junk=["【原创】", "楼主", "笔耕不辍", "只看该作者", "回复", "举报", "1楼"],
      kept=["2.今年是我县冲刺自治区级文明县城的关键一年，总的要求是：不松劲、不降标、不留死角。",
            "3.督查到位。县委督查室每月通报，连续两次排名末位的单位主要负责人作检讨。",
            "二、讲成绩：三年打基础"],
      **B7)

# w11 — a 范文 page with the host's script (主持词) printed around the speech: a compilation
# title, the 主持词 opening (现在开会, the agenda, 下面请…讲话), the speech under its own title,
# then the host's closing words and the site's footer.
_W11 = [
    "同志们：",
    "益阳提出创建全国文明城市已经四年了。四年来，城市变干净了，交通变顺畅了，市民的文明习惯也在一点点养成。这些变化，是全市上下一起干出来的。",
    "但我们也要清醒地看到，今年测评的标准更高了，实地考察的点位更多了，网上申报的材料要求更细了。我们的进步，别的城市也在进步，稍一松劲就会被甩在后面。",
    "今年的创建工作，我提三个要求。第一，点位要全覆盖，测评体系里的每一类点位都要有责任单位，不留空白。第二，材料要真实，每一份申报材料都要经得起核查，决不允许编造。第三，作风要过硬，创建一线就是考察干部的一线。",
    "同志们，文明城市是一座城市最好的名片。让我们一起努力，把益阳建设得更干净、更有序、更温暖。",
]
blind("w11.txt", "创建全国文明城市动员大会主持词及领导讲话稿\n"
      "主持词\n同志们：\n现在开会。\n"
      "今天的大会共有三项议程：一是市委常委、宣传部部长部署全年创建任务；二是责任单位代表表态发言；三是市委书记作动员讲话。\n"
      "下面，请市委书记曹建华同志作动员讲话，大家欢迎。\n"
      "在全市创建全国文明城市动员大会上的讲话\n" + "\n".join(_W11) + "\n"
      "主持人结束语\n同志们，刚才曹建华书记的讲话，站位高、要求实，请大家会后认真传达学习。散会。\n"
      "上一篇：创卫迎检誓师大会主持词　下一篇：社区志愿服务活动方案\n",
      speeches=[sp("在全市创建全国文明城市动员大会上的讲话", "讲话", "市", ("湖南省", "益阳市", None),
                   speaker=["市委书记曹建华", "曹建华"], min_paras=5)],
      junk=["主持词", "现在开会。", "今天的大会共有三项议程", "下面，请市委书记曹建华同志作动员讲话", "主持人结束语",
            "站位高、要求实", "散会", "上一篇", "下一篇"],
      kept=["益阳提出创建全国文明城市已经四年了。",
            "我们的进步，别的城市也在进步，稍一松劲就会被甩在后面。",
            "第二，材料要真实，每一份申报材料都要经得起核查，决不允许编造。"],
      **B7)

# w12 — a 党刊's PDF text layer: the journal's running head, the column name, the speech with a
# date/name block, footnote markers ① ② in the text and the notes at the bottom of the page,
# page numbers, and the next article's opening.
blind("w12.txt", """
绵阳通讯　2023年第6期　　　　　　　　　　　　　　　　　　　　　　　　　·领导论坛·
在全市巩固全国文明城市创建成果大会上的讲话
（2023年5月19日）
市长　唐　建　平
同志们：
去年我市以全省第二的成绩通过全国文明城市复查①，这份成绩属于全市每一位干部群众。今天开这个会，既是总结，更是出发。
复查通过以后，最怕的是松劲。从近期暗访的情况看，个别地方已经出现了反弹：夜市的油烟又多了，小区的堆物又回来了，主干道的共享单车又乱停了。这些问题看起来小，积累起来就会让群众觉得创建只是一阵风。
为此，市政府决定从六月起实施城市精细化管理三年行动②，把创建中形成的做法固定下来。一是街巷长制常态运行，二是市容问题网格发现、部门处置、限时办结，三是把市民满意度纳入部门绩效。
各县市区和市级部门要对照三年行动的任务清单，六月底前报送本单位的实施方案。市政府督查室每季度组织一次专项督查，结果在全市通报。
同志们，巩固成果比创建更难。希望大家保持定力，久久为功，让文明成为绵阳的常态。
①复查结果由中央文明办于2022年12月公布。
②实施方案由市政府办公室另行印发。
—　12　—
绵阳通讯　2023年第6期
在城市更新中留住烟火气
本刊评论员
城市更新不是推倒重来，而是让老街区焕发新活力。
""",
      speeches=[sp("在全市巩固全国文明城市创建成果大会上的讲话", "讲话", "市", ("四川省", "绵阳市", None),
                   date="2023-05-19", speaker=["市长唐建平", "唐建平"], min_paras=5)],
      junk=["绵阳通讯", "领导论坛", "复查结果由中央文明办于2022年12月公布", "实施方案由市政府办公室另行印发",
            "re:—\\s*12\\s*—", "在城市更新中留住烟火气", "本刊评论员", "城市更新不是推倒重来"],
      kept=["这份成绩属于全市每一位干部群众。",
            "这些问题看起来小，积累起来就会让群众觉得创建只是一阵风。",
            "各县市区和市级部门要对照三年行动的任务清单，六月底前报送本单位的实施方案。",
            "希望大家保持定力，久久为功，让文明成为绵阳的常态。"],
      **B7)

# w13 — a Word document saved as text (UTF-16): a 县住建局's pledge at the county's 创文 meeting,
# addressed to 尊敬的各位领导, with the Word footer "第 1 页 共 2 页" between paragraphs and a
# form feed.
blind("w13.txt", """在全县创建全国文明城市动员大会上的表态发言
婺源县住房和城乡建设局
尊敬的各位领导，同志们：
刚才，县委、县政府对创建全国文明城市工作作了全面部署，任务明确，要求具体。县住建局坚决拥护县委、县政府的决策，将以最坚决的态度、最有力的措施，全力完成好承担的各项创建任务。在此，我代表县住建局作如下表态：
一是思想上再提高。我们将把创建工作作为全局的头等大事，局党组书记亲自抓，分管领导具体抓，各股室、二级机构各负其责，确保责任落实到人。
二是重点上再聚焦。围绕老旧小区改造、市政设施维护和建筑工地管理三项重点，年内完成十四个老旧小区改造，城区破损路面和人行道全部修复，在建工地全部落实围挡、冲洗和扬尘治理措施。
\x0c第 1 页 共 2 页
三是作风上再过硬。全局干部职工下沉一线，对测评点位实行“日巡查、周通报、月考核”，发现问题立行立改。
请县委、县政府放心，我们一定不讲条件、不打折扣，决不拖全县创建工作的后腿！
第 2 页 共 2 页
""", enc="utf-16",
      speeches=[sp("在全县创建全国文明城市动员大会上的表态发言", "表态发言", "县", ("江西省", "上饶市", "婺源县"),
                   min_paras=5)],
      junk=["第 1 页 共 2 页", "第 2 页 共 2 页", "re:\\f"],
      kept=["在此，我代表县住建局作如下表态：",
            "三是作风上再过硬。全局干部职工下沉一线，对测评点位实行“日巡查、周通报、月考核”，发现问题立行立改。",
            "请县委、县政府放心，我们一定不讲条件、不打折扣，决不拖全县创建工作的后腿！"],
      **B7)

# w14 — a city 文明网's local channel (HTML): the site's banner, a breadcrumb, the headline, a
# 来源/作者/时间 line, a 本网讯 report of a district meeting with a city official attending,
# a photo caption, the 责任编辑 line, 【打印】【关闭】 and the 主办 footer.
blind("w14.html", """
<html><head><meta charset="utf-8"><title>柳北区召开创建全国文明城市冲刺推进会 - 柳州文明网</title></head><body>
<div class="banner">柳州文明网　讲文明树新风</div>
<div class="crumb">您当前的位置：首页 &gt; 文明创建 &gt; 县区动态</div>
<h1>柳北区召开创建全国文明城市冲刺推进会</h1>
<div class="meta">来源：柳北区文明办　作者：覃小燕　时间：2020-09-03 16:22</div>
<div class="content">
<p>　　本网讯　9月2日上午，柳北区召开创建全国文明城市冲刺推进会。区委书记蓝海涛出席会议并讲话，区长黄一鸣主持会议，市文明办相关负责同志到会指导。</p>
<p style="text-align:center">推进会现场。覃小燕　摄</p>
<p>　　会议通报了8月份全市创文交叉检查中柳北区的扣分情况。蓝海涛指出，离年度测评只剩下两个月，全区上下要进入冲刺状态，把每一个扣分点当作必须拿下的阵地。</p>
<p>　　蓝海涛要求，各街道要对辖区内的老旧小区、农贸市场和背街小巷再来一次全面排查，问题清单当天建立、整改情况当天更新；区直各部门要主动认领行业问题，不等不靠。</p>
<p>　　黄一鸣强调，区创文办要加大暗访频次，对整改不到位的单位在全区通报，并作为年度考核的重要依据。</p>
</div>
<div class="editor">责任编辑：韦　静</div>
<div class="tool">【打印】【关闭】</div>
<div class="foot">主办：中共柳州市委宣传部　柳州市精神文明建设委员会办公室　桂ICP备10001234号</div>
</body></html>
""",
      published="2020-09-03",
      speeches=[sp("柳北区召开创建全国文明城市冲刺推进会", "会议报道", "区", ("广西壮族自治区", "柳州市", "柳北区"),
                   speaker=["区委书记蓝海涛", "蓝海涛"])],
      junk=["柳州文明网", "讲文明树新风", "您当前的位置", "县区动态", "推进会现场", "摄", "责任编辑", "【打印】",
            "【关闭】", "主办：", "ICP备", "作者：覃小燕"],
      kept=["9月2日上午，柳北区召开创建全国文明城市冲刺推进会。",
            "蓝海涛指出，离年度测评只剩下两个月，全区上下要进入冲刺状态，把每一个扣分点当作必须拿下的阵地。",
            "黄一鸣强调，区创文办要加大暗访频次，对整改不到位的单位在全区通报，并作为年度考核的重要依据。"],
      **B7)

# w15 — a 范文 site (GBK HTML) that prints a 内容摘要 (the speech's first paragraphs) above the
# full text, a town speech on the county's 卫生县城 复审; a 阅读提示 intro and a 猜你喜欢 list.
_W15 = [
    "同志们：",
    "县里的国家卫生县城复审迎检工作已经全面铺开，壶镇是全县人口最多、企业最多的镇，复审组来缙云，壶镇是必查的地方。今天镇党委、镇政府召开这个会，就是要把全镇的力量再动员一次。",
    "从前段时间县爱卫办的检查看，我们镇区的主要问题是三个：一是老街两侧的店铺门前乱堆乱放，二是农贸市场周边的流动摊贩回潮，三是部分企业宿舍区的垃圾清运不及时。",
    "针对这些问题，镇里决定实行班子成员分片包干，每位班子成员负责一个片区，每天早上七点半前到片区巡查一遍。各村、社区要组织党员和志愿者，每周六上午开展一次环境卫生大扫除。",
    "镇纪委要把复审迎检作为作风监督的重点，对推诿扯皮、整改不力的，严肃追究责任。",
    "同志们，复审能不能顺利通过，壶镇的分量很重。希望大家不讲条件、不打折扣，以最好的面貌迎接复审。",
]
blind("w15.html", """
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>在壶镇镇迎接国家卫生县城复审动员会上的讲话_范文大全网</title></head><body>
<div class="guide">阅读提示：本文是由范文大全网网友投稿整理的领导讲话稿，仅供学习交流，请勿用于商业用途。</div>
<h1>在壶镇镇迎接国家卫生县城复审动员会上的讲话</h1>
<div class="abstract"><b>内容摘要：</b>""" + "".join(_W15[:2]) + """</div>
<div class="content">
""" + "".join(f"<p>{p}</p>\n" for p in _W15) + """
</div>
<div class="like"><h3>猜你喜欢</h3><ul><li>村级人居环境整治会议讲话</li><li>乡镇创卫工作总结（精选3篇）</li></ul></div>
<div class="foot">范文大全网　Copyright 2015-2023　All Rights Reserved</div>
</body></html>
""", enc="gbk",
      speeches=[sp("在壶镇镇迎接国家卫生县城复审动员会上的讲话", "讲话", "乡镇", ("浙江省", "丽水市", "缙云县"),
                   min_paras=6)],
      junk=["阅读提示", "范文大全网", "请勿用于商业用途", "内容摘要", "猜你喜欢", "村级人居环境整治会议讲话",
            "All Rights Reserved"],
      kept=["从前段时间县爱卫办的检查看，我们镇区的主要问题是三个：一是老街两侧的店铺门前乱堆乱放，二是农贸市场周边的流动摊贩回潮，三是部分企业宿舍区的垃圾清运不及时。",
            "镇纪委要把复审迎检作为作风监督的重点，对推诿扯皮、整改不力的，严肃追究责任。",
            "今天镇党委、镇政府召开这个会，就是要把全镇的力量再动员一次。"],
      **B7)

# w16 — a Taiwan news aggregator's repost of a mainland report in Traditional characters
# (s2twp, HTML): a 兩岸 column, the headline, 記者/綜合報導 line with date, the report, a
# 延伸閱讀 list and a 分享/訂閱 bar.
blind("w16.html", """
<html><head><meta charset="utf-8"><title>兩岸｜泉州召開全國文明城市複查迎檢推進會</title></head><body>
<div class="cat">兩岸 &gt; 陸港澳</div>
<h1>泉州召開全國文明城市複查迎檢推進會</h1>
<div class="byline">綜合報導　2019/10/15 14:30</div>
<article>
<p>泉州市10月14日召開全國文明城市複查迎檢推進會，市委書記陳建國出席會議並講話，市長許文傑主持會議。</p>
<p>陳建國在講話中表示，泉州是第一批全國文明城市之一，今年的複查是對這塊招牌成色的一次檢驗。他要求各縣（市、區）對照測評體系逐項查找問題，特別是古城街巷、農貿市場和公共交通站點，要做到問題不過夜。</p>
<p>陳建國指出，古城保護和文明創建要結合起來，既要留住老街的煙火氣，又要讓街巷乾淨有序。</p>
<p>許文傑強調，各責任單位要在十月底前完成問題整改，市文明辦每週通報一次進度。</p>
</article>
<div class="more"><h3>延伸閱讀</h3><ul><li>廈門鼓浪嶼遊客量回升</li><li>福建推動老舊社區改造</li></ul></div>
<div class="bar">分享　訂閱電子報　加入LINE好友</div>
</body></html>
""",
      published="2019-10-15",
      speeches=[sp("泉州召开全国文明城市复查迎检推进会", "会议报道", "市", ("福建省", "泉州市", None),
                   speaker=["市委书记陈建国", "陈建国"])],
      junk=["两岸", "陆港澳", "综合报导", "延伸阅读", "鼓浪屿", "老旧社区改造", "订阅电子报", "LINE"],
      kept=["泉州市10月14日召开全国文明城市复查迎检推进会，市委书记陈建国出席会议并讲话，市长许文杰主持会议。",
            "陈建国指出，古城保护和文明创建要结合起来，既要留住老街的烟火气，又要让街巷干净有序。"],
      **B7)

# w17 — a 公文 site's entry of a speech whose headline puts a masked name first ("××同志在…"),
# a fully masked date line, a 标签 line, masks in the text (××区, ×书记), and a 相关推荐 list.
blind("w17.txt", """
××同志在全区创建全国文明城市决战动员会上的讲话
标签：#创文 #动员会 #领导讲话
（20××年×月×日）
同志们：
今天召开全区创建全国文明城市决战动员会，主要任务是贯彻落实市委、市政府创文决战部署，动员全区上下以背水一战的姿态冲刺年度测评。刚才，×书记传达了市里会议精神，区创文办通报了近期暗访情况，几个街道和部门作了表态发言，我都同意。
××区是主城区，全市近一半的测评点位在我们辖区。我们的成绩好了，全市的成绩才有保证；我们拖了后腿，全市的努力就会打折扣。
当前要抓紧做好三件事。一是把问题点位清零。区创文办要把暗访发现的问题逐一交办，街道和部门三天内反馈整改结果。二是把宣传氛围营造起来。主要街道、公园、车站的公益广告要全部更新，内容要和测评要求对得上。三是把志愿服务组织起来。每个社区都要有一支常态化的志愿服务队，测评期间每天上岗。
同志们，决战已经开始，没有退路。希望大家一鼓作气，全力以赴，确保今年创文取得好成绩。
相关推荐
街道创文工作推进会讲话
创建文明城市表态发言（通用5篇）
""",
      speeches=[sp("××同志在全区创建全国文明城市决战动员会上的讲话", "讲话", "区", masked=True, min_paras=4)],
      junk=["标签：", "相关推荐", "街道创文工作推进会讲话", "通用5篇"],
      kept=["××区是主城区，全市近一半的测评点位在我们辖区。",
            "二是把宣传氛围营造起来。主要街道、公园、车站的公益广告要全部更新，内容要和测评要求对得上。"],
      **B7)

# w18 — a county 融媒体 app's share page (HTML): 打开APP, the headline, time/author line, a report
# of a county 卫生县城 复审 meeting with the 县委书记's remarks, a 评论/点赞 bar and 相关新闻.
blind("w18.html", """
<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>通榆县召开国家卫生县城复审迎检工作推进会</title></head><body>
<div class="app-bar">云上通榆　<a class="open">打开APP</a></div>
<h1>通榆县召开国家卫生县城复审迎检工作推进会</h1>
<div class="info"><span>2022-06-08 17:45</span> <span>通榆县融媒体中心　记者：白　雪</span> <span>阅读 2316</span></div>
<div class="article">
<p>6月7日，通榆县召开国家卫生县城复审迎检工作推进会。县委书记吴海波出席会议并讲话，县长刘建伟对复审迎检工作进行部署，县爱卫办主任通报了前期自查发现的问题。</p>
<p>吴海波指出，国家卫生县城是通榆多年努力换来的荣誉，复审只能成功、不能失败。各乡镇、各部门要从讲政治的高度认识复审工作，主要领导要亲自抓、亲自管。</p>
<p>吴海波要求，要对照复审标准再来一次拉网式排查，重点抓好城区背街小巷、集贸市场、“六小”门店和城乡结合部的整治；要发动全民参与，让干净整洁成为每个通榆人的自觉行动。</p>
<p>刘建伟要求，各责任单位要倒排工期、挂图作战，6月底前完成全部问题整改。</p>
</div>
<div class="bar">评论 0　|　点赞 18　|　分享</div>
<div class="rel">相关新闻<br>通榆县开展病媒生物防制集中行动<br>瞻榆镇：人居环境整治见行动</div>
<div class="dl">下载云上通榆APP，阅读更多本地新闻</div>
</body></html>
""",
      published="2022-06-08",
      speeches=[sp("通榆县召开国家卫生县城复审迎检工作推进会", "会议报道", "县", ("吉林省", "白城市", "通榆县"),
                   speaker=["县委书记吴海波", "吴海波"])],
      junk=["云上通榆", "打开APP", "阅读 2316", "记者：白　雪", "评论 0", "点赞", "相关新闻", "病媒生物防制集中行动",
            "瞻榆镇", "阅读更多本地新闻"],
      kept=["6月7日，通榆县召开国家卫生县城复审迎检工作推进会。",
            "吴海波指出，国家卫生县城是通榆多年努力换来的荣誉，复审只能成功、不能失败。",
            "刘建伟要求，各责任单位要倒排工期、挂图作战，6月底前完成全部问题整改。"],
      **B7)

# w19 — a PDF 会议材料汇编 (text layer): a cover line, a 目录 with page numbers, then two speeches
# of one district meeting, each with its title, name and date lines, every page with a running
# head and a "— N —" footer, lines cut at 34 characters.
_W19A = [
    "同志们：",
    "按照会议安排，我就今年全区创建全国文明城市的具体工作讲几点意见。",
    "一、明确目标。今年全区的目标是在全市年度测评中保持前三位，实地考察点位达标率不低于百分之九十五。",
    "二、细化任务。区创文办已经把测评体系分解为一百零六项具体任务，落实到二十三个部门和十一个街道，每项任务都有牵头领导、责任单位和完成时限。",
    "三、强化保障。区财政今年安排创建专项资金两千万元，重点用于老旧小区改造和公益广告更新。",
    "同志们，任务已经明确，关键在于落实。请各单位会后立即行动。",
]
_W19B = [
    "同志们：",
    "刚才，刘区长对今年的创建任务作了具体部署，我完全同意。宝塔区是延安的主城区，创建全国文明城市，我们责无旁贷。下面，我再强调两点。",
    "第一，要把革命圣地的精神用到创建上来。延安精神的核心是实事求是、艰苦奋斗。创建工作最怕的是做表面文章，最需要的是一件一件抓落实。",
    "第二，要把群众满意作为检验标准。创建的成效好不好，群众最有发言权。各街道要经常听取居民意见，把群众反映最强烈的问题作为整改的重点。",
    "同志们，让我们以更加扎实的作风，推动创建工作再上新台阶。",
]
_W19 = ("宝塔区创建全国文明城市工作会议材料汇编\n目　录\n区长刘志刚同志的讲话………………………1\n"
        "区委书记马继东同志的讲话…………………3\n"
        + pdf_pages(["在全区创建全国文明城市工作会议上的讲话", "区长　刘志刚", "（2020年3月10日）"] + _W19A,
                    34, 14, "宝塔区创建全国文明城市工作会议材料", "— {} —") + "\n"
        + pdf_pages(["在全区创建全国文明城市工作会议上的讲话", "区委书记　马继东", "（2020年3月10日）"] + _W19B,
                    34, 14, "宝塔区创建全国文明城市工作会议材料", "— {} —").replace("— 1 —", "— 3 —", 1)
          .replace("— 2 —", "— 4 —", 1) + "\n")
blind("w19.txt", _W19,
      speeches=[sp("在全区创建全国文明城市工作会议上的讲话", "讲话", "区", ("陕西省", "延安市", "宝塔区"),
                   date="2020-03-10", speaker=["区长刘志刚", "刘志刚"]),
                sp("在全区创建全国文明城市工作会议上的讲话", "讲话", "区", ("陕西省", "延安市", "宝塔区"),
                   date="2020-03-10", speaker=["区委书记马继东", "马继东"])],
      junk=["材料汇编", "目　录", "………", "re:—\\s*\\d\\s*—", "宝塔区创建全国文明城市工作会议材料"],
      kept=["区创文办已经把测评体系分解为一百零六项具体任务，落实到二十三个部门和十一个街道，每项任务都有牵头领导、责任单位和完成时限。",
            "区财政今年安排创建专项资金两千万元，重点用于老旧小区改造和公益广告更新。",
            "创建工作最怕的是做表面文章，最需要的是一件一件抓落实。",
            "各街道要经常听取居民意见，把群众反映最强烈的问题作为整改的重点。"],
      **B7)

# w20 — a 范文 site's page (HTML): an essay-like 编者按 about the topic, the title, a deputy's speech
# "受…书记委托" after units' pledges, a gambling keyword injected mid-sentence, a 原创声明 line,
# 点赞/收藏/举报, and an 附件下载 line for the .docx.
blind("w20.html", """
<html><head><meta charset="utf-8"><title>霍山县创建省级文明县城推进会讲话_讲话稿_公文易</title></head><body>
<div class="note">编者按：文明县城创建是一项系统工程，需要党委政府、部门单位和广大群众共同参与。一篇好的推进会讲话，既要讲清形势，又要压实责任。下面这篇讲话稿结构清晰、要求具体，值得借鉴。</div>
<h1>在全县创建省级文明县城推进会上的讲话</h1>
<div class="body">
<p>同志们：</p>
<p>刚才，县文明办通报了上半年创建工作的进展，县城管局、县市场监管局和衡山镇作了发言，讲得都很好。因为县委书记在外参加培训，受书记委托，我就下一步的工作讲三点意见。</p>
<p>一是要补齐短板。城区的主次干道变化明显，但支路小巷、城郊接合部仍然是薄弱环节。县城管局要牵头，对全城二百多条小巷逐条建立台账，九月底前整治到位。</p>
<p>二是要形成合力。创建不是文明办一家的事，各成员单位要主动认领任务，澳门皇冠体育在线开户对职责范围内的问题，自己发现、自己整改，不能推给别人。</p>
<p>三是要常态长效。各乡镇和部门要把创建中好的做法固化为制度，做到检查和不检查一个样，测评和不测评一个样。</p>
<p>同志们，离省级文明县城测评只有半年时间了，希望大家珍惜时间、扛起责任，确保创建成功。</p>
</div>
<div class="sm">本文为公文易原创，未经授权禁止转载，违者必究。</div>
<div class="act">点赞(26)　收藏　举报</div>
<div class="fj">附件下载：在全县创建省级文明县城推进会上的讲话.docx（23KB）<a>立即下载</a></div>
</body></html>
""",
      speeches=[sp("在全县创建省级文明县城推进会上的讲话", "讲话", "县", ("安徽省", "六安市", "霍山县"), min_paras=5)],
      junk=["编者按", "一篇好的推进会讲话", "值得借鉴", "澳门皇冠体育在线开户", "公文易", "未经授权禁止转载", "点赞",
            "举报", "附件下载", "23KB", "立即下载"],
      kept=["因为县委书记在外参加培训，受书记委托，我就下一步的工作讲三点意见。",
            "创建不是文明办一家的事，各成员单位要主动认领任务，对职责范围内的问题，自己发现、自己整改，不能推给别人。",
            "各乡镇和部门要把创建中好的做法固化为制度，做到检查和不检查一个样，测评和不测评一个样。"],
      **B7)


# --- fourth blind batch (batch 8, part "blind-4"): 20 more pages, each modelled on the SHAPE of
# a different real page read through the search tool's page corpus (about 35 pages from about 33
# sites: 笔杆子 PDF copies, 文库/文档 dumps with glued labels and spaced characters, 范文 sites
# with previews printed twice, "开头部分已省略" and member cut-offs, Traditional copies with
# pinyin, 公文 tool adverts, 街道 and 镇 speeches with masked names, town and county news on
# government sites with ▲ photo captions, a 社区's pledge behind a "隐藏内容" box, compilation
# pages with filler intros, footers holding the only title, a newspaper's digital edition).
# Every speech body and every line of site text was written for this project. Written without
# looking at the rules in build_tools/ and measured once; nobody tunes rules on this batch.
B8 = dict(batch=8)

# x01 — a 笔杆子 blog copy of a PDF: half-width punctuation, the title, a spaced name line, a
# date line in half-width brackets, every line hard-wrapped at 36 characters.
_X01 = [
    "同志们：",
    "今天这个会，是市委决定召开的一次加压鼓劲的会。刚才，文斌同志通报了上半年创建工作的测评结果，三个区和市城管局、市商务局作了交流发言，大家要认真对照、主动找差距。下面，我讲三点意见。",
    "一、看清位置，不要被一时的进步冲昏头脑",
    "去年我们在全国同类城市中排在第四十一位，比前年前进了十六位，这是大家一点一点干出来的。但是也要看到，前进的位置多数是在硬件指标上拿到的，市民文明素质、志愿服务这些软指标，我们的得分仍然低于平均线。",
    "二、盯住短板，把整改落到每一个点位",
    "测评体系里有一百多个实地点位，哪个点位失分、为什么失分，市创建办都有记录。各区要把失分点位逐个认领，区长亲自签字，整改完一个销号一个，整改不了的要说明原因、拿出替代办法。",
    "三、压实责任，让考核的指挥棒硬起来",
    "从下个月起，市委督查室和市创建办每月联合暗访一次，结果在市电视台公开。连续两个月排名末位的单位，主要负责同志要到市委常委会上作检查。",
    "同志们，离年度测评只剩一百来天。希望大家拿出拼劲，把每一天都当作测评日来过，确保今年的成绩再上一个台阶。",
]
blind("x01.txt", half_width("在全市创建全国文明城市半年推进会上的讲话\n邵 国 平\n（2019年7月12日）\n"
                            + hard_wrap(_X01, 36)) + "\n",
      speeches=[sp("在全市创建全国文明城市半年推进会上的讲话", "讲话", "市", date="2019-07-12",
                   speaker=["邵国平"], min_paras=6)],
      kept=["去年我们在全国同类城市中排在第四十一位，比前年前进了十六位，这是大家一点一点干出来的。",
            "二、盯住短板，把整改落到每一个点位",
            "连续两个月排名末位的单位，主要负责同志要到市委常委会上作检查。"],
      **B8)

# x02 — a 文库 dump (GBK): the document's label joining two file names, then the whole text on
# one line with the title glued to the salutation; the place is masked as X区.
_X02 = ("2022年区长在创建国家卫生城市动员会讲话稿与在机关作风建设会上的讲话稿"
        "在全区创建国家卫生城市动员大会上的讲话同志们：今天，X区召开创建国家卫生城市动员大会，"
        "主要是把区委、区政府的创卫决心传达到每一个部门、每一个街道。我区是全市的老城区，"
        "人口最密、道路最窄、小餐饮最多，创卫的难点几乎都集中在我们这里。下面，我讲三点意见。"
        "一、要把创卫当作民生工程来干创卫不是为了挂一块牌子，而是要让老城区的居民用上干净的公厕、"
        "走上平整的人行道、吃上放心的早点。各街道要把居民反映最多的十件事列成清单，每季度向区创卫办报告进展。"
        "二、要把重点难点逐个击破农贸市场、城中村和背街小巷是历次检查扣分最多的地方。区市场监管局要牵头，"
        "在六月底前完成全区九个农贸市场的改造，做到生熟分区、污水入管。"
        "三、要把责任落到具体的人区级领导每人包一个街道，部门负责人每人包一条道路，包保情况在区政府网站公示。"
        "同志们，创卫时间紧、任务重，希望大家拿出只争朝夕的劲头，确保明年顺利通过省级评估。")
blind("x02.txt", _X02 + "\n", enc="gbk",
      speeches=[sp("在全区创建国家卫生城市动员大会上的讲话", "讲话", "区", masked=True, min_paras=4)],
      junk=["在机关作风建设会上的讲话稿", "2022年区长在创建国家卫生城市动员会讲话稿"],
      kept=["我区是全市的老城区，人口最密、道路最窄、小餐饮最多，创卫的难点几乎都集中在我们这里。",
            "区级领导每人包一个街道，部门负责人每人包一条道路，包保情况在区政府网站公示。"],
      **B8)

# x03 — a document site's text layer (UTF-16): the whole speech on one line, the title's last
# word spaced out, the date and the name on the same line, and one stretch of the text with a
# space between most characters (a justified PDF line).
blind("x03.txt", "在迎接国家卫生城市复审动员大会上的 讲 话 （2016年3月2日） 刘春华 同志们："
      "这次动员大会，是复审迎检的一次总动员。刚才，建国同志宣读了复审迎检工作方案，三个区和市住建局作了表态发言，"
      "希望大家会后抓好落实。下面，我强调三点。"
      "一、荣誉来之不易，复审只能成功 我 市 挂 牌 国 家 卫 生 城 市 已 经 三 年 ， 这 块 牌 子 是 全 市 人 民 一 起 擦 亮 的 。"
      "复审如果过不了关，不仅牌子要摘，几年的投入也要打折扣。"
      "二、问题就在身边，整改必须彻底 暗访中发现的问题，大多在老旧小区的楼道、城乡接合部的路边和学校周边的小摊点。"
      "各区要在本月底前把问题清单全部整改完毕，市爱卫办逐条复核。"
      "三、责任层层压实，考核动真碰硬 复审期间，凡因工作不力导致扣分的，一律追究相关责任人的责任。"
      "同志们，复审大考就在眼前，希望大家全力以赴，确保一举通过。\n", enc="utf-16",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", date="2016-03-02",
                   speaker=["刘春华"], min_paras=4)],
      kept=["我市挂牌国家卫生城市已经三年，这块牌子是全市人民一起擦亮的。",
            "各区要在本月底前把问题清单全部整改完毕，市爱卫办逐条复核。"],
      **B8)

# x04 — a 范文 site (HTML): a 正文/复制 label line, the title, the opening of the speech, then
# the title and the whole speech again (the preview block and the article printed together).
_X04_OPEN = [
    "同志们：",
    "这次创建省级文明城市推进大会，是在省里中期督查刚刚结束的时候召开的。会议的任务是通报督查情况，明确冲刺阶段的重点，动员全市上下一鼓作气。",
    "上午，市委已经召开了创建领导小组会议，对几项重大事项作了研究。今天下午，市委晓峰书记还要作重要讲话。下面，我先讲三点意见。",
]
_X04_REST = [
    "第一，督查指出的问题要马上改。省督查组这次指出了三十七个问题，其中二十一个集中在城区的公共厕所、公交站台和农贸市场。各牵头部门要在两周内拿出整改结果，市创建办组织回头看。",
    "第二，群众满意度要实实在在提。测评中的电话调查占的分值不小，群众满意不满意，取决于身边的事办得好不好。各街道要把背街小巷的路灯、下水道和停车问题作为近期的重点。",
    "第三，宣传氛围要从街上走进家里。公益广告不在多而在精，更重要的是让每个家庭都知道创建是为了什么、自己能做什么。",
    "同志们，创建省级文明城市只剩最后半年，希望大家善始善终，确保如期建成。",
]
_X04_T = "在创建省级文明城市推进大会上的讲话"
blind("x04.html", "<html><head><meta charset=\"utf-8\"><title>" + _X04_T + "-大文阁</title></head><body>\n"
      "<div class=\"bar\">正文 复制</div>\n<h1>" + _X04_T + "</h1>\n"
      + "".join(f"<p>{p}</p>\n" for p in _X04_OPEN)
      + "<h2>" + _X04_T + "</h2>\n" + "".join(f"<p>{p}</p>\n" for p in _X04_OPEN + _X04_REST)
      + "<div class=\"foot\">上一篇：社区创文志愿服务心得体会　下一篇：文明单位申报材料</div>\n</body></html>\n",
      speeches=[sp(_X04_T, "讲话", "市", min_paras=5)],
      junk=["正文 复制", "上一篇", "社区创文志愿服务心得体会", "文明单位申报材料", "大文阁"],
      kept=["上午，市委已经召开了创建领导小组会议，对几项重大事项作了研究。",
            "各牵头部门要在两周内拿出整改结果，市创建办组织回头看。",
            "同志们，创建省级文明城市只剩最后半年，希望大家善始善终，确保如期建成。"],
      **B8)

# x05 — a Traditional-character 范文 page with pinyin after some words (創(chuàng)建): the title glued
# to the salutation and the first sentence as a summary line, then the title and the text.
_X05 = """市委书记在全国文明城市创建推进会上的讲话同志们：今天，市委、市政府在这里召开全国文明城市创建推进会，目的是检阅前一段的成效，部署下一步的攻坚。
市委书记在全国文明城市创建推进会上的讲话
同志们：
今天，市委、市政府在这里召开全国文明城市创建推进会，目的是检阅前一段的成效，部署下一步的攻坚。刚才，市长已经作了具体部署，五个镇区和市公安局作了表态发言，我都同意。
下面，我再讲三点要求。
一、要有一天也不能等的紧迫感
全国文明城市的测评是不打招呼的，哪一天来、看哪里，我们都不知道。所以每一天都要按测评的标准来要求自己，不能平时松、临时紧。
二、要有一处也不能漏的细致劲
创建工作最怕的是灯下黑。机关大院门口、领导干部住的小区，往往是最容易被忽视的地方。各单位要先把自家门前扫干净，再去要求群众。
三、要有一个也不能少的参与面
创建不是政府唱独角戏。要把志愿服务和社区治理结合起来，让每一位市民都能找到自己参与的位置。
同志们，文明是城市最好的名片。希望大家齐心协力，把这张名片擦得更亮。
"""
blind("x05.txt", _X05, trad="s2t", pinyin=[("創建", "創(chuàng)建"), ("區", "區(qū)"), ("參與", "參與(yù)")],
      speeches=[sp("市委书记在全国文明城市创建推进会上的讲话", "讲话", "市", min_paras=6, speaker=["市委书记"])],
      junk=["chuàng", "qū", "re:\\(y[ùu]\\)"],
      kept=["刚才，市长已经作了具体部署，五个镇区和市公安局作了表态发言，我都同意。",
            "机关大院门口、领导干部住的小区，往往是最容易被忽视的地方。",
            "要把志愿服务和社区治理结合起来，让每一位市民都能找到自己参与的位置。"],
      **B8)

# x06 — a 笔杆子 member site: the title, a "开头部分已省略…字" marker where the opening was cut,
# masked names and counts (x同志, x等x家单位), headings with a trailing colon line.
blind("x06.txt", """全市决胜全国文明城市年度测评誓师大会讲话
……（开头部分已省略212字）
今年的测评，时间比往年提前了一个多月，标准也比往年更严。特别是新版测评体系增加了未成年人思想道德建设和城市治理的分值，这两块恰恰是我们的弱项。
刚才，x同志宣读了年度测评迎检工作方案，x等x家单位作了表态发言，签订了目标责任书。大家要把今天的表态变成明天的行动。
下面，我重点强调三个方面：
一、思想上要绷紧弦
不要以为去年进了位，今年就可以歇一歇。周边几个城市都在铆足劲往前赶，不进则退。
二、工作上要下深功
每一个点位都要有人管、有人查、有人改。城管、交警、市场监管三支队伍要联合上街，错峰执法，不留空档。
三、作风上要动真格
对测评中弄虚作假、敷衍应付的，发现一起查处一起，绝不姑息。
同志们，决战的号角已经吹响，让我们以必胜的信心迎接大考。
""",
      speeches=[sp("全市决胜全国文明城市年度测评誓师大会讲话", "讲话", "市", masked=True, truncated=True, min_paras=7)],
      junk=["开头部分已省略"],
      kept=["特别是新版测评体系增加了未成年人思想道德建设和城市治理的分值，这两块恰恰是我们的弱项。",
            "城管、交警、市场监管三支队伍要联合上街，错峰执法，不留空档。",
            "同志们，决战的号角已经吹响，让我们以必胜的信心迎接大考。"],
      **B8)

# x07 — a 公文 writing tool's page: an advert line on top, the document's file name with its
# draft label, then the speech's own title and a "name（date）" line.
blind("x07.txt", """公文写作好帮手，海量范文一键生成！ 立即体验

创卫动员会讲话（送审稿）

在铜陵市创建国家卫生城市动员大会上的讲话

方卫东（2017年5月16日）

同志们：

今天召开全市创建国家卫生城市动员大会，主要任务是统一思想、明确目标，动员全市上下迅速投入到创卫工作中来。刚才，明远同志宣读了创卫实施方案，各县区和市直有关部门递交了责任书，我都赞成。

我市提出创建国家卫生城市已经有两年了。两年里，城区新建了二十多座公厕，改造了八个农贸市场，但和国家标准相比，差距还不小，尤其是病媒生物防制和小餐饮管理，几乎是从零起步。

创卫是一项系统工程，涉及四十多个部门。市爱卫办要发挥好牵头作用，每月召开一次调度会，哪个部门的任务没有完成，在调度会上当面说清楚。

同志们，创卫是为群众办实事。希望大家以只争朝夕的劲头，确保三年内把国家卫生城市的牌子拿到手。
""",
      speeches=[sp("在铜陵市创建国家卫生城市动员大会上的讲话", "讲话", "市", ("安徽省", "铜陵市", None),
                   date="2017-05-16", speaker=["方卫东"], min_paras=4)],
      junk=["公文写作好帮手", "立即体验", "创卫动员会讲话（送审稿）"],
      kept=["两年里，城区新建了二十多座公厕，改造了八个农贸市场，但和国家标准相比，差距还不小，尤其是病媒生物防制和小餐饮管理，几乎是从零起步。",
            "市爱卫办要发挥好牵头作用，每月召开一次调度会，哪个部门的任务没有完成，在调度会上当面说清楚。"],
      **B8)

# x08 — a 范文 site's copy of a 街道's speech: a masked street name in the title, a double
# salutation (尊敬的市民朋友们，同志们：), a site disclaimer at the end.
blind("x08.html", """<html><head><meta charset="utf-8"><title>在XX街道创建国家卫生城市推进会上讲话 - 八斗文库</title></head><body>
<div class="crumb">首页 › 讲话稿 › 正文</div>
<h1>在XX街道创建国家卫生城市推进会上讲话</h1>
<div class="meta">时间：2020-05-11　阅读：1k+</div>
<p>尊敬的市民朋友们，同志们：</p>
<p>今天，我们在这里召开街道创建国家卫生城市推进会，就是要把全市创卫的部署落到街道、落到社区、落到每一户居民。我们街道是全市的北大门，来往的客人第一眼看到的就是我们这里，我们没有理由不干好。</p>
<p>第一，思想要统一。创卫不是街道干部的事，也不是环卫工人的事，是每一位居民的事。各社区要把创卫知识送到每一户，做到家喻户晓。</p>
<p>第二，重点要突出。辖区内的两个农贸市场、十一个老旧小区和火车站广场，是这次检查的必到之处。街道班子成员每人包一处，每天至少去一次。</p>
<p>第三，作风要过硬。六月下旬上级就要来暗访，时间只有一个多月。谁的片区出了问题，谁就要在街道党工委会上作检讨。</p>
<p>同志们，朋友们，干净整洁的家园要靠大家共同守护，让我们一起行动起来！</p>
<div class="sm">声明：本站内容来自网友投稿，仅供学习参考，如有侵权请联系删除。</div>
</body></html>
""",
      published="2020-05-11",
      speeches=[sp("在XX街道创建国家卫生城市推进会上讲话", "讲话", "乡镇", masked=True, min_paras=5)],
      junk=["八斗文库", "阅读：1k+", "网友投稿", "如有侵权请联系删除", "首页 › 讲话稿"],
      kept=["我们街道是全市的北大门，来往的客人第一眼看到的就是我们这里，我们没有理由不干好。",
            "辖区内的两个农贸市场、十一个老旧小区和火车站广场，是这次检查的必到之处。",
            "同志们，朋友们，干净整洁的家园要靠大家共同守护，让我们一起行动起来！"],
      **B8)

# x09 — a county portal's forum post of a town meeting (HTML): the report in one block with ▲
# photo captions between its paragraphs and a "会议要求" closing paragraph.
blind("x09.html", """<html><head><meta charset="utf-8"><title>南坪镇召开创建国家卫生县城攻坚月工作部署会 - 乡音论坛</title></head><body>
<div class="nav">乡音论坛 › 门户 › 乡镇动态</div>
<h1>南坪镇召开创建国家卫生县城攻坚月工作部署会</h1>
<div class="info">2021-8-3 16:20| 发布者: 南坪镇党政办| 查看: 1432| 评论: 0</div>
<div class="text">
<p>8月2日上午，南坪镇召开创建国家卫生县城“攻坚月”工作部署会。县爱卫办副主任杨志华，镇党委书记何建军，镇党委委员、副镇长罗丹，各村（社区）负责人参加会议。会议由罗丹主持。</p>
<p>何建军在会上讲话。他指出，南坪镇是县城的东大门，创卫成效直接关系到全县的形象。全镇上下要把攻坚月作为检验作风的考场，对照标准逐项过关。</p>
<p>▲镇党委书记何建军讲话</p>
<p>何建军要求，要重点整治集镇背街小巷、河道沿线和建筑工地的卫生死角，各村（社区）每周五开展一次集中清扫，镇纪委全程跟踪督查。</p>
<p>▲县爱卫办副主任杨志华解读创卫标准</p>
<p>会议要求，各村（社区）和站所要提高认识，主动作为，确保攻坚月各项任务如期完成。</p>
</div>
<div class="cmt">发表评论 最新评论 引用 回复</div>
</body></html>
""",
      published="2021-08-03",
      speeches=[sp("南坪镇召开创建国家卫生县城攻坚月工作部署会", "会议报道", "乡镇",
                   speaker=["镇党委书记何建军", "何建军"], min_paras=3)],
      junk=["乡音论坛", "发布者", "查看: 1432", "镇党委书记何建军讲话", "解读创卫标准", "发表评论", "乡镇动态"],
      kept=["8月2日上午，南坪镇召开创建国家卫生县城“攻坚月”工作部署会。",
            "何建军要求，要重点整治集镇背街小巷、河道沿线和建筑工地的卫生死角，各村（社区）每周五开展一次集中清扫，镇纪委全程跟踪督查。",
            "会议要求，各村（社区）和站所要提高认识，主动作为，确保攻坚月各项任务如期完成。"],
      **B8)

# x10 — a 素材库 blog (txt): the site name and 首页, the title, a "月-日 site" line with no year,
# paragraphs indented with two full-width spaces; a county head's speech naming no place.
blind("x10.txt", """素材宝库 首页

县长在创建省级卫生县城推进会上的讲话

03-14 素材宝库

同志们：
　　今天，我们召开全县创建省级卫生县城推进会，主要是回头看一看去年以来的工作，把今年的任务再明确一下。
　　这一年多来，县城新修了六条道路，建成了污水处理厂二期，城区的面貌有了明显变化。但是我们也要清醒地看到，城郊接合部的垃圾清运还不及时，个别小区的化粪池长期没有清掏，群众意见很大。
　　今年我讲三个字：快、实、严。快，就是各项整改任务要赶在七月省里评估前完成；实，就是不搞花架子，钱要花在群众看得见的地方；严，就是考核要严，对拖后腿的单位要通报、要约谈。
　　同志们，创卫是全县人民的共同心愿。希望大家拧成一股绳，确保今年通过省级评估。
　　相关推荐：乡镇党委书记抓党建述职报告　　在全县安全生产工作会议上的讲话
""",
      speeches=[sp("县长在创建省级卫生县城推进会上的讲话", "讲话", "县", min_paras=4, speaker=["县长"])],
      junk=["素材宝库", "相关推荐", "乡镇党委书记抓党建述职报告", "在全县安全生产工作会议上的讲话"],
      kept=["今天，我们召开全县创建省级卫生县城推进会，主要是回头看一看去年以来的工作，把今年的任务再明确一下。",
            "快，就是各项整改任务要赶在七月省里评估前完成；实，就是不搞花架子，钱要花在群众看得见的地方；严，就是考核要严，对拖后腿的单位要通报、要约谈。"],
      **B8)

# x11 — a county government's news item (HTML): the headline ending in a stray "|", a 发布时间 /
# 信息发布人 line, a one-paragraph-per-point report of the county head's deployment.
blind("x11.html", """<html><head><meta charset="utf-8"><title>高阳县人民政府</title></head><body>
<div class="t">杨振涛就创建省级卫生县城工作进行再部署 |</div>
<div class="i">发布时间：2022-11-08 信息发布人：县政府办公室 |</div>
<div class="c">
<p>11月7日，县长杨振涛主持召开县政府常务会议，专题听取省级卫生县城创建工作情况汇报，并对下一步工作进行再部署。</p>
<p>杨振涛指出，创建省级卫生县城是群众所盼、发展所需，距离省级暗访只剩两个多月，各单位要把创卫作为当前的头等大事来抓。</p>
<p>杨振涛强调，要对照评估标准逐项查漏补缺，重点抓好城区道路保洁、农贸市场改造和病媒生物防制三项工作；要发动群众广泛参与，营造人人关心创卫、人人支持创卫的氛围。 |</p>
</div>
<div class="f">主办：高阳县人民政府办公室　冀ICP备05021234号</div>
</body></html>
""",
      published="2022-11-08",
      speeches=[sp("杨振涛就创建省级卫生县城工作进行再部署", "会议报道", "县", ("河北省", "保定市", "高阳县"),
                   speaker=["县长杨振涛", "杨振涛"], min_paras=3)],
      junk=["信息发布人", "冀ICP备", "主办：高阳县人民政府办公室", "re:\\|"],
      kept=["11月7日，县长杨振涛主持召开县政府常务会议，专题听取省级卫生县城创建工作情况汇报，并对下一步工作进行再部署。",
            "杨振涛指出，创建省级卫生县城是群众所盼、发展所需，距离省级暗访只剩两个多月，各单位要把创卫作为当前的头等大事来抓。"],
      **B8)

# x12 — a 文章 site's mobile page: 登录 | 注册 | 返回首页, the title with 某镇, a 字数/浏览/下载
# line, masked names (XXX, XX市) in the text.
blind("x12.txt", """登录 | 注册 | 返回首页
在某镇创建省级卫生乡镇动员大会上的讲话
字数：2186 字 浏览：1519次 下载：12次
同志们：
　　去年年底，我们通过了XX市卫生乡镇的验收。今年，镇党委、镇政府决定乘势而上，冲刺省级卫生乡镇。刚才，XXX同志解读了考核细则，XXX同志部署了近期的重点工作，我都同意。下面，我再讲两点。
　　一、创省卫为的是老百姓
　　有人问，一个镇费这么大劲创省卫图什么？我的回答是，图的是赶集的时候脚下不踩泥，图的是村里的垃圾有人收、污水有处去。这些事办好了，群众自然会说好。
　　二、创省卫靠的是每个人
　　镇里的干部要带头，每人联系一个村、一条街；各村要发动党员和保洁员，把房前屋后的柴草、杂物清理干净。考核不看汇报材料，只看现场。
　　同志们，离省里考核还有半年，只要大家齐心协力，这块牌子我们一定能拿下。
""",
      speeches=[sp("在某镇创建省级卫生乡镇动员大会上的讲话", "讲话", "乡镇", masked=True, min_paras=5)],
      junk=["返回首页", "字数：2186", "下载：12次"],
      kept=["有人问，一个镇费这么大劲创省卫图什么？",
            "镇里的干部要带头，每人联系一个村、一条街；各村要发动党员和保洁员，把房前屋后的柴草、杂物清理干净。",
            "同志们，离省里考核还有半年，只要大家齐心协力，这块牌子我们一定能拿下。"],
      **B8)

# x13 — a 范文 site (GBK HTML): a "标题：" line with the generic title, the speech's own title with
# a masked town (**镇), a member cut-off mid-paragraph naming the site, then a list of related
# titles.
blind("x13.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>在乡镇创建国家卫生镇动员大会上的讲话_快写网</title></head><body>
<div>标题：在乡镇创建国家卫生镇动员大会上的讲话</div>
<div class="art">
<p>在**镇创建国家卫生镇动员大会上的讲话</p>
<p>同志们：</p>
<p>今天这个会，是全镇创建国家卫生镇的动员会。刚才，**同志宣读了创建工作方案，各村（居）递交了责任书，希望大家按照方案抓好落实。下面，我就创建工作讲两点意见。</p>
<p>一、为什么要创国家卫生镇</p>
<p>国家卫生镇是对一个镇环境卫生和管理水平的综合评价。我镇是全省的重点镇，工业基础好，但集镇的道路、排水和公厕等设施还比较落后，和经济发展的水平不相称。通过创建，正好可以把这些欠账补上，让镇区真正像个小城市的样子 ……（快写网省略803字，正式会员可完整阅读）……</p>
<p>更多相关文章：</p>
<ul><li>在乡镇党委换届选举大会上的讲话</li><li>在乡镇秋季森林防火工作会议上的讲话</li><li>在乡镇退役军人座谈会上的讲话</li></ul>
</div></body></html>
""", enc="gbk",
      speeches=[sp("在**镇创建国家卫生镇动员大会上的讲话", "讲话", "乡镇", masked=True, truncated=True, min_paras=3)],
      junk=["标题：", "快写网", "正式会员可完整阅读", "更多相关文章", "换届选举大会", "秋季森林防火", "退役军人座谈会"],
      kept=["今天这个会，是全镇创建国家卫生镇的动员会。",
            "国家卫生镇是对一个镇环境卫生和管理水平的综合评价。"],
      **B8)

# x14 — a city 创卫办's site (txt copy): a report of a city meeting in one long paragraph naming
# many officials, then a contact block (电话/传真/邮箱) with spam glued to the e-mail line.
blind("x14.txt", """同心协力推进创卫工作
为进一步压实责任、鼓舞干劲，推动创卫工作通过国家技术评估，3月8日，酒泉市在市行政中心三楼会议室召开创建国家卫生城市工作推进会。会议书面通报了去年创卫工作情况；市委副书记、市创卫办主任王建斌传达了省爱卫会对酒泉市创卫工作的意见；副市长刘玉梅安排部署了今年创卫工作要点和三月份攻坚任务清单；市委常委、政法委书记李东与市城管局、市市场监管局等部门签订了目标责任书。
最后，市委书记张卫国从盯住指标抓落实、围绕短板抓落实、按照技评要求抓落实、包片包点抓落实四个方面，对今年的创卫工作提出了要求。
如有任何建议及意见请联系我们。
酒泉市创建国家卫生城市领导小组办公室
电话/传真：0937-2612345
邮箱：jqcwb@163.com 长春哪家医院治白癜风效果好
""",
      speeches=[sp("同心协力推进创卫工作", "会议报道", "市", ("甘肃省", "酒泉市", None),
                   speaker=["市委书记张卫国", "张卫国"], min_paras=2)],
      junk=["如有任何建议及意见请联系我们", "电话/传真", "0937-2612345", "jqcwb@163.com", "白癜风",
            "领导小组办公室"],
      kept=["最后，市委书记张卫国从盯住指标抓落实、围绕短板抓落实、按照技评要求抓落实、包片包点抓落实四个方面，对今年的创卫工作提出了要求。"],
      **B8)

# x15 — a 范文 site's copy of a 社区's pledge: a short label line, the title wrapped over two
# lines, a "隐藏内容 / 此处内容需要权限查看 / 会员免费查看" box in the middle with the text
# going on after it, and a site statement below.
blind("x15.txt", """社区在创卫表彰大会上的发言
在全市创建国家卫生城市总结表彰暨全国
文明城市推进工作会议上的发言
尊敬的各位领导：
大家好！很荣幸能在这里和大家交流我们社区创卫的一些体会。三年创卫，我们社区从一个垃圾围墙的老旧片区，变成了全市的示范社区，每一步都走得不容易。
隐藏内容
此处内容需要权限查看
会员免费查看创卫的牌子拿到了，但创城的路还很长。居民的文明习惯还没有完全养成，楼道堆物、高空抛物这些老问题还会反弹。
我们将继续发挥网格员和楼栋长的作用，每天巡查一遍，发现问题当天解决。我们将组织好志愿服务队，让文明劝导成为社区的日常。
请市委、市政府放心，我们社区全体干部一定不负重托，以更好的成绩向全市人民交上一份满意的答卷！
声明：本站所有文章均从网络采集，仅供参考学习使用，如有侵权请联系本站删除。
""",
      speeches=[sp("在全市创建国家卫生城市总结表彰暨全国文明城市推进工作会议上的发言", "表态发言", "市",
                   truncated=True, min_paras=4)],
      junk=["社区在创卫表彰大会上的发言", "隐藏内容", "此处内容需要权限查看", "会员免费查看", "从网络采集"],
      kept=["三年创卫，我们社区从一个垃圾围墙的老旧片区，变成了全市的示范社区，每一步都走得不容易。",
            "我们将继续发挥网格员和楼栋长的作用，每天巡查一遍，发现问题当天解决。",
            "请市委、市政府放心，我们社区全体干部一定不负重托，以更好的成绩向全市人民交上一份满意的答卷！"],
      **B8)

# x16 — a document site's page of a 街道's pledge at a district meeting (HTML): the file name
# with a "_共3页" suffix, the title, a masked street (*街道), numbered headings.
blind("x16.html", """<html><head><meta charset="utf-8"><title>街道党工委书记在全区创建全国文明典范城市推进会议上的表态发言_共3页</title></head><body>
<h1>街道党工委书记在全区创建全国文明典范城市推进会议上的表态发言_共3页</h1>
<h2>街道党工委书记在全区创建全国文明典范城市推进会议上的表态发言</h2>
<p>各位领导、同志们：</p>
<p>创建全国文明典范城市已到了爬坡过坎的关键时候。*街道坚决拥护区委、区政府的部署，把创建作为街道党工委的头号任务，确保不拖全区的后腿。</p>
<p>一、氛围再浓一些</p>
<p>我们将在辖区主要路口、小区出入口设置公益广告，组织社区干部入户发放倡议书，让每一户居民都知道创建、参与创建。</p>
<p>二、整治再实一些</p>
<p>对照新版测评体系，我们把街道承担的任务分解到五个社区、十八个网格，集中整治占道经营、楼道堆物和飞线充电，每周一通报。</p>
<p>三、作风再硬一些</p>
<p>街道班子成员全部下沉社区，和网格员一起上街巡查。请区委、区政府放心，我们一定说到做到！</p>
<div class="pg">1 / 3 　下载文档　　收藏　　分享</div>
</body></html>
""",
      speeches=[sp("街道党工委书记在全区创建全国文明典范城市推进会议上的表态发言", "表态发言", "区",
                   masked=True, min_paras=6, speaker=["街道党工委书记"])],
      junk=["_共3页", "共3页", "下载文档", "re:1 / 3"],
      kept=["*街道坚决拥护区委、区政府的部署，把创建作为街道党工委的头号任务，确保不拖全区的后腿。",
            "街道班子成员全部下沉社区，和网格员一起上街巡查。",
            "三、作风再硬一些"],
      **B8)

# x17 — a Traditional-character (Big5) 范文 page: a "…800字精選" title, an essay-like opening
# about the topic ending in a 小编 line, then two pieces numbered "…致辭1", "…致辭2".
blind("x17.txt", """创建文明城市致辞800字精选
创建文明城市致辞800字精选
文明城市是一座城市最亮的名片，它既关乎街道是否整洁、交通是否有序，也关乎人与人之间是否友善。一座城市的文明，最终要落在每一位市民的一言一行上。下面是小编为大家收集的创建文明城市致辞，希望大家喜欢！
创建文明城市致辞1
同志们：
今天召开全市20__年创建省级文明城市迎检工作大会，主要任务是动员全市上下坚定信心、合力攻坚，以最好的状态迎接省里的年度测评。
这几年，我们的城市变化很大，道路宽了，公园多了，但是市民的文明习惯还跟不上城市的变化。闯红灯、乱扔垃圾、公共场所大声喧哗，这些现象还时有发生。
各部门要按照分工，把测评细则一条一条落实到位。市文明办每周通报一次进度，对落后的单位，由市政府分管领导约谈。
同志们，文明城市是干出来的，也是守出来的。希望大家齐心协力，确保测评顺利过关。
创建文明城市致辞2
各位市民朋友：
为了让我们的家园更加整洁美丽，市委、市政府决定在全市开展文明城市创建活动。在这里，我代表市委、市政府，向积极参与创建的广大市民表示衷心的感谢！
创建文明城市，离不开每一位市民的参与。希望大家从身边的小事做起，不随地吐痰，不乱丢垃圾，文明出行，礼让行人。
让我们携起手来，共同建设一个干净、有序、友善的城市！
""", trad="s2tw", enc="big5",
      speeches=[sp("创建文明城市致辞", "讲话", "市", masked=True, min_paras=4),
                sp("创建文明城市致辞", "讲话", "市", min_paras=3)],
      junk=["800字精选", "小编", "文明城市是一座城市最亮的名片", "re:致辞[12]"],
      kept=["这几年，我们的城市变化很大，道路宽了，公园多了，但是市民的文明习惯还跟不上城市的变化。",
            "市文明办每周通报一次进度，对落后的单位，由市政府分管领导约谈。",
            "创建文明城市，离不开每一位市民的参与。",
            "让我们携起手来，共同建设一个干净、有序、友善的城市！"],
      **B8)

# x18 — a 作文/范文 site's compilation (HTML): "实用…（案例2篇）", a filler intro unrelated to the
# pieces, then "…篇一" and "…篇二" headings; the second piece is a bureau chief's speech.
blind("x18.html", """<html><head><meta charset="utf-8"><title>实用创卫工作会议讲话稿(案例2篇)-学分网</title></head><body>
<h1>实用创卫工作会议讲话稿(案例2篇)</h1>
<p>写作是一种自我表达的方式，可以让我们更好地认识自己。在写讲话稿时怎样才能突出重点？以下是一些范文，供大家参考和借鉴。</p>
<h3>创卫工作会议讲话稿篇一</h3>
<p>同志们：</p>
<p>今天召开全县创卫工作会议，主要是通报前段时间的督查情况，安排下一阶段的重点任务。</p>
<p>从督查情况看，县城主干道的保洁水平明显提高，但沿街门店的门前三包落实得还不好，有的店铺把货物摆到了人行道中间。县城管局要会同各社区，一户一户上门签订责任书。</p>
<p>同志们，创卫工作已经到了最吃劲的时候，希望大家咬紧牙关，再加一把劲。</p>
<h3>创卫工作会议讲话稿篇二</h3>
<p>今天这次会议，本来上周就该开，因为迎接检查推迟到了今天。会议的两项议题都和我们局的工作密切相关，请大家高度重视。</p>
<p>在全区创卫工作中，我们城管局承担的指标最多，市容环境、渣土运输、户外广告都归我们管。上个月区里暗访，扣分最多的就是我们的渣土车沿路撒漏。</p>
<p>各科室、各中队要把任务分解到人，每天晚上的渣土车巡查由分管副局长带队。出了问题，我这个局长首先负责。</p>
<div class="more">相关推荐：创卫心得体会　创卫倡议书　卫生城市宣传标语大全</div>
</body></html>
""",
      speeches=[sp("创卫工作会议讲话稿", "讲话", "县", min_paras=3),
                sp("创卫工作会议讲话稿", "讲话", "区", min_paras=3)],
      junk=["学分网", "案例2篇", "写作是一种自我表达的方式", "供大家参考和借鉴", "re:篇[一二]", "相关推荐",
            "卫生城市宣传标语大全"],
      kept=["今天召开全县创卫工作会议，主要是通报前段时间的督查情况，安排下一阶段的重点任务。",
            "同志们，创卫工作已经到了最吃劲的时候，希望大家咬紧牙关，再加一把劲。",
            "今天这次会议，本来上周就该开，因为迎接检查推迟到了今天。",
            "出了问题，我这个局长首先负责。"],
      **B8)

# x19 — a 公文 library's article (txt copy): the text starts at the salutation with no title, the
# city masked as "x" with spaces around it, and the title only in a 本文标题 footer with a link,
# a 版权声明 and 微信 lines.
blind("x19.txt", """同志们：
今天我们召开大会，主要任务是总结创文经验、表彰先进，动员全市上下巩固成果、再上台阶。刚才，我们一起观看了创文专题片，立新同志宣读了表彰决定，两个区和市住建局的负责同志作了发言，会议开得很有气氛。
x 是一座有两千多年历史的老城。自 20xx 年启动创文以来，我们先后拿到了国家卫生城市、国家园林城市的牌子，去年又如愿摘得全国文明城市的桂冠，这是全市干部群众一起干出来的。
荣誉只代表过去。全国文明城市每三年复查一次，不合格的要摘牌。各级各部门要把创文中形成的好机制坚持下去，不能牌子到手、劲头松手。
同志们，让我们珍惜荣誉、再接再厉，让文明成为这座城市永远的底色。
微信扫一扫在手机阅读、分享本文
本文标题：创建全国文明城市总结表彰大会上的讲话
链接地址：http://www.gongwenku.cn/article/detail_id/5123.html
版权声明
作者原创，未经许可不得二次传播，一经发现收回会员权益。
微信订阅号
联系客服
""",
      speeches=[sp("创建全国文明城市总结表彰大会上的讲话", "讲话", "市", masked=True, min_paras=4)],
      junk=["微信扫一扫", "本文标题", "链接地址", "gongwenku", "版权声明", "二次传播", "微信订阅号", "联系客服"],
      kept=["荣誉只代表过去。",
            "各级各部门要把创文中形成的好机制坚持下去，不能牌子到手、劲头松手。"],
      **B8)

# x20 — a city paper's digital edition (HTML): the page line (版次/版名/日期), the headline, a
# 本报讯（记者…） lead, a report where the speaker lists 一是…二是…三是, and the layout code
# "①5" glued to the last sentence.
blind("x20.html", """<html><head><meta charset="utf-8"><title>周口日报数字报</title></head><body>
<div class="bc">第03版：要闻　　2019年09月05日 星期四　　上一版　下一版</div>
<h2>市长到城区督导创卫并召开现场推进会</h2>
<div class="con">
<p>本报讯 （记者 李 明）9月4日，市长赵国强到城区督导创建国家卫生城市工作，并在川汇区召开现场推进会。</p>
<p>赵国强先后察看了七一路农贸市场、八一大道沿街门店和两个老旧小区，详细询问了垃圾分类、病媒生物防制等情况。</p>
<p>会上，赵国强说，一是要肯定成绩。前期城区做了大量工作，市容市貌明显改观。二是要正视差距。背街小巷、城中村的卫生死角还不少，离国家标准还有距离。三是要冲刺决战。离国家暗访只剩一个多月，各区、各部门要集中精力、采取超常措施，确保创卫任务如期完成。①5</p>
</div>
<div class="lst">本版其他新闻：全市秋粮收购工作有序开展　　市区新增两条公交线路</div>
</body></html>
""",
      published="2019-09-05",
      speeches=[sp("市长到城区督导创卫并召开现场推进会", "会议报道", "市", ("河南省", "周口市", None),
                   speaker=["市长赵国强", "赵国强"], min_paras=3)],
      junk=["第03版", "上一版", "①5", "本版其他新闻", "秋粮收购", "新增两条公交线路", "周口日报数字报"],
      kept=["赵国强先后察看了七一路农贸市场、八一大道沿街门店和两个老旧小区，详细询问了垃圾分类、病媒生物防制等情况。",
            "三是要冲刺决战。离国家暗访只剩一个多月，各区、各部门要集中精力、采取超常措施，确保创卫任务如期完成。"],
      **B8)

# --- sixth blind batch (batch 10, part "blind-6"): 20 more pages, each modelled on the SHAPE of a
# different real page read through the search tool's page corpus (about 30 pages from about 28
# sites, chosen among news and government portals, WeChat public-account articles, forum and
# blog reposts, PDF/Word conversions and copies from apps: 范文 mobile pages with a 小编 intro,
# document-market previews, PDF text with spaces between characters, a 范文 page printing the
# speech twice, members-only previews, county and district portals' news, a newspaper's front
# page continued elsewhere, a Traditional mirror with injected spam, a town report whose
# headline is only in the <title>, a pledge whose title is only in the breadcrumb, a newspaper
# pledge, a Discuz thread, a blog repost, a Word document in UTF-16, a GBK 领导讲话 page, a
# 头条-style app copy with an essay above the speech, a Traditional compilation with pinyin and
# a PDF of two speeches). Every speech body and every line of site text was written for this
# project. Written without looking at the rules in build_tools/ and measured once; nobody
# tunes rules on this batch. Batch 9 is reserved for another batch.
B10 = dict(batch=10)

# z01 — a 范文 site's mobile page: the generic title, a date/column/投稿 line, a 小编 intro about
# writing speeches, "篇1" after the title, a street's speech with xx masks, 相关推荐 and
# previous/next links.
blind("z01.txt", """
创建文明城市的讲话稿
2023-05-09 讲话稿 我要投稿
　　会议越开越多，讲话稿也就成了机关里天天要用的文书。一篇好的讲话稿，能把会议要办的事讲明白，让听的人记得住、做得到。那么怎样才能写好一篇讲话稿呢？下面是小编为大家收集整理的创建文明城市的讲话稿，欢迎大家借鉴与参考，希望对大家有所帮助。
创建文明城市的讲话稿 篇1
同志们：
　　上周，市文明办对我们xx街道的十二个测评点位进行了暗访，我们拿到了全区第三的成绩，比上一次前进了四位。成绩来之不易，但暗访组也指出了问题：xx农贸市场周边的流动摊点、老旧小区楼道里的杂物、背街小巷的积水，这些老毛病还没有根治。
　　按照区里的安排，实地测评定在下个月中旬，前三天暗访，后两天明察。我们街道是老城区，点位多、底子薄，迎检的担子比哪个街道都重。下面，我讲几点具体要求。
　　一是点位包干到人。街道班子成员每人包两个点位，社区书记包楼院，城管中队包路段，每天早晚各巡查一次，问题当天不过夜。
　　二是发动居民参与。各社区要把志愿者队伍组织起来，重点时段在路口、公交站点开展文明劝导，让居民成为迎检的主人。
　　三是严明工作纪律。测评期间，所有干部原则上不休假，手机二十四小时开机。因为工作不到位被扣分的，街道将严肃问责。
　　同志们，离测评只有一个多月了，希望大家打起精神，把每一个点位都当作考场，为全区争得好成绩。
相关推荐
文明城市创建倡议书
创文志愿者活动总结
上一篇：社区创卫工作表态发言
下一篇：创建文明城市演讲稿范文
""",
      published="2023-05-09",
      speeches=[sp("创建文明城市的讲话稿", "讲话", "乡镇", masked=True, min_paras=6)],
      junk=["我要投稿", "小编", "讲话稿也就成了", "篇1", "相关推荐", "文明城市创建倡议书", "创文志愿者活动总结",
            "上一篇", "下一篇"],
      kept=["成绩来之不易，但暗访组也指出了问题：xx农贸市场周边的流动摊点、老旧小区楼道里的杂物、背街小巷的积水，这些老毛病还没有根治。",
            "一是点位包干到人。街道班子成员每人包两个点位，社区书记包楼院，城管中队包路段，每天早晚各巡查一次，问题当天不过夜。",
            "同志们，离测评只有一个多月了，希望大家打起精神，把每一个点位都当作考场，为全区争得好成绩。"],
      **B10)

# z02 — a document market's page of a PDF (txt copy): the title, a VIP专免/date/views/size/pages/
# 海报 line, 侵权投诉, then the text layer with every line cut at 30 characters (the title
# itself broken before its last word), a ××同志 mask, and the site's upload/download notes.
_Z02 = [
    "在全市文明城市卫生城市“两城同创”动员大会上的讲话",
    "同志们：",
    "这次大会，既是动员会，也是誓师会。市委、市政府决定把创建全国文明城市和巩固国家卫生城市放在一起抓，是因为两项工作的标准有一大半是重合的，分开抓就会重复检查、重复整改，基层疲于应付。",
    "刚才，××同志对“两城同创”作了具体部署，四个县区和五个部门的负责同志作了表态发言，讲得都很实在。下面，我讲三点意见。",
    "一、把“两城同创”当成一件事来办",
    "市创建办要把两套测评体系合成一张任务清单，同一个点位只交给一个牵头单位，同一个问题只整改一次。各县区不要再各搞一套台账，一张清单管到底。",
    "二、把力气用在群众天天看得见的地方",
    "农贸市场、背街小巷、老旧小区、公共厕所，是两项创建共同的失分点，也是群众意见最多的地方。今年要完成二十个农贸市场的改造和一百条背街小巷的整治，让九江的城市颜值和市民素质一起提上来。",
    "三、把责任压到每一个具体的人",
    "各级主要负责同志是第一责任人，分管同志是直接责任人。市委督查室每月通报一次进度，对连续两次排名靠后的单位，由市领导约谈。",
    "同志们，“两城同创”是一场持久战，希望大家拿出钉钉子的精神，一项一项抓落实。",
]
blind("z02.txt", "在全市文明城市卫生城市“两城同创”动员大会上的讲话\nVIP专免\n2024-03-02 999+ 58.20KB 18 页 海报\n侵权投诉\n"
      + hard_wrap(_Z02, 30) + "\n本文档由用户上传，如有侵权请联系删除\n点击下载文档，完整查看全文\n",
      published="2024-03-02",
      speeches=[sp("在全市文明城市卫生城市“两城同创”动员大会上的讲话", "讲话", "市", ("江西省", "九江市", None),
                   masked=True, min_paras=10)],
      junk=["VIP专免", "58.20KB", "海报", "侵权投诉", "用户上传", "点击下载文档"],
      kept=["市委、市政府决定把创建全国文明城市和巩固国家卫生城市放在一起抓，是因为两项工作的标准有一大半是重合的，分开抓就会重复检查、重复整改，基层疲于应付。",
            "今年要完成二十个农贸市场的改造和一百条背街小巷的整治，让九江的城市颜值和市民素质一起提上来。",
            "三、把责任压到每一个具体的人",
            "市委督查室每月通报一次进度，对连续两次排名靠后的单位，由市领导约谈。"],
      **B10)

# z03 — a document site's text layer of a PDF on one line: the file title, then the printed
# title with its last word spaced ("讲 话"), the date and the speaker's name, one paragraph with
# spaces between many characters (a justified PDF line), and "第 1 页 共 4 页" inside a sentence.
_Z03 = ("在全市迎接国家卫生城市复审动员大会上的讲话 在全市迎接国家卫生城市复审动员大会上的 讲 话 "
        "（2023年3月6日） 孙立群 同志们： "
        "今天召开这次动员大会，就是要吹响迎接复审的集结号，动员全市上下以最好的状态迎接国家卫生城市复审。"
        "刚才，建国同志宣读了复审迎检工作方案，两个区和市城管局、市市场监管局作了发言，我都同意。下面，我再讲三点。 "
        "一、珍惜荣誉，守住这块来之不易的牌子 "
        "今 年 的 复 审 ，是 我 市 成 功 创 卫 后 的 第 一 次 大 考 。 菏 泽 从 提 出 创 卫 到 拿 到 牌 子 ，用 了 整 整 八 年 ，"
        "每 一 位 环 卫 工 人 、每 一 名 社 区 干 部 都 出 了 力 。 "
        "牌子拿到了，管理不能松。复审实行暗访为主，专家不打招呼、不听汇报，直接进市场、进小区、进后厨。"
        "我们的一些农贸市场，开业时干净整洁，这两年又回到了老样子，这是复审中最大的风险。 "
        "二、盯住短板，把问题解决在检查之前 "
        "市爱卫办要组织一次全覆盖的自查，病媒生物防制、小餐饮、二次供水这几项，要逐户逐点过一遍。"
        "发现的问题建立台账，整改一个销号一个，四月底前全部清零。各区要把力量下沉到街道和社区，不能只在主干道上做文章，"
        "第 1 页 共 4 页背街小巷和城中村才是复审组最常去的地方。 "
        "三、压实责任，形成齐抓共管的合力 "
        "各区是复审的责任主体，区长是第一责任人。市直部门要按照职责分工，各管一块、各负其责。"
        "市委、市政府督查室要全程跟踪，对推诿扯皮、工作不力的单位和个人，严肃追责。 "
        "同志们，复审的时间已经很近了。希望大家以只争朝夕的劲头，一鼓作气，确保顺利通过复审。\n")
blind("z03.txt", _Z03,
      speeches=[sp("在全市迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", ("山东省", "菏泽市", None),
                   date="2023-03-06", speaker=["孙立群"])],
      junk=["第 1 页 共 4 页", "re:讲 话"],
      kept=["复审实行暗访为主，专家不打招呼、不听汇报，直接进市场、进小区、进后厨。",
            "菏泽从提出创卫到拿到牌子，用了整整八年，每一位环卫工人、每一名社区干部都出了力。",
            "各区要把力量下沉到街道和社区，不能只在主干道上做文章，背街小巷和城中村才是复审组最常去的地方。",
            "市委、市政府督查室要全程跟踪，对推诿扯皮、工作不力的单位和个人，严肃追责。"],
      **B10)

# z04 — a 范文 site (HTML) whose page prints the whole speech twice (a "正文复制" box, then the
# article again), a mayor-side speech that says the secretary will speak later, and a related list.
_Z04 = [
    "同志们：",
    "这次创建省级文明城市动员大会，是市委、市政府经过反复研究决定召开的。会议的主要任务是，对照明年建成省级文明城市的目标，把任务分下去、把责任压下去、把干劲鼓起来。",
    "上周，市委召开了创建工作领导小组会议，对创建的组织架构和工作机制作了明确。今天会上，市委刘建华书记还将作重要讲话。下面，我先讲三点意见。",
    "一、摸清家底，知道差在哪里。安康的城市面貌这几年变化很大，但对照省级文明城市的测评体系，我们在公益广告、志愿服务、未成年人思想道德建设等方面还有不少空白。",
    "二、分解任务，明确谁来负责。市创建办已经把一百八十项测评指标分解到三十六个责任单位，每项指标都有牵头领导、责任科室和完成时限。",
    "三、加强督查，确保件件落地。从下个月起，市创建办每月组织一次模拟测评，结果在市级媒体公布，排名后三位的单位要在市政府常务会上作说明。",
]
_Z04_HTML = "".join(f"<p>{p}</p>\n" for p in _Z04)
blind("z04.html", """<html><head><meta charset="utf-8"><title>在创建省级文明城市动员大会上的讲话_计划总结_文阁网</title></head>
<body>
<div class="nav">文阁网 &gt; 计划总结 &gt; 正文</div>
<div class="copybox"><span>正文</span><a>复制</a>
<h1>在创建省级文明城市动员大会上的讲话</h1>
""" + _Z04_HTML + """</div>
<div class="article">
<h2>在创建省级文明城市动员大会上的讲话</h2>
""" + _Z04_HTML + """</div>
<div class="rel"><h3>相关文章</h3><ul><li>文明城市创建工作总结</li><li>在创卫迎检动员会上的讲话</li></ul></div>
<div class="foot">文阁网 版权所有　备案号：蜀ICP备18003321号</div>
</body></html>
""",
      speeches=[sp("在创建省级文明城市动员大会上的讲话", "讲话", "市", ("陕西省", "安康市", None), min_paras=6)],
      junk=["文阁网", "计划总结", "复制", "相关文章", "文明城市创建工作总结", "版权所有", "ICP备"],
      kept=["上周，市委召开了创建工作领导小组会议，对创建的组织架构和工作机制作了明确。",
            "市创建办已经把一百八十项测评指标分解到三十六个责任单位，每项指标都有牵头领导、责任科室和完成时限。",
            "三、加强督查，确保件件落地。"],
      **B10)

# z05 — an old 范文 site (GBK txt copy): 返回, the title twice, a time line with [下载该文章]
# [会员注册], then "来源" glued to a shortened title glued to the salutation, the opening of a
# county secretary's speech in one block cut with "...", 请先登录 and 相关推荐.
blind("z05.txt", """返回
县委书记在创建文明县城动员大会上的讲话

县委书记在创建文明县城动员大会上的讲话

时间:2015-3-9 10:12:40  [下载该文章]  [会员注册]
来源县委书记在创建文明县城动员大会讲话同志们：今天，县委、县政府召开创建文明县城动员大会，主要任务是动员全县干部群众行动起来，掀起创建文明县城的热潮。刚才，志强同志对创建工作作了全面部署，我完全同意。下面，我讲几点意见。（一）要统一思想，把创建当作全县的大事来抓。创建文明县城是县委作出的决策，也是全县群众多年的期盼。县城是全县的窗口，外地客商来投资，第一眼看的就是县城干不干净、秩序好不好。这几年县城扩大了，高楼多了，但占道经营、乱停乱放、乱贴乱画的现象还很普遍，群众意见很大。（二）要突出重点，先从群众反映最强烈的问题改起。今年要集中整治三条主街的占道经营，建成两个便民市场，把流动摊点引进市场经营；要在县城主要路口设立文明交通劝导岗，...
请先登录

>

相关推荐
""", enc="gbk",
      published="2015-03-09",
      speeches=[sp("县委书记在创建文明县城动员大会上的讲话", "讲话", "县", speaker=["县委书记"], truncated=True)],
      junk=["返回", "下载该文章", "会员注册", "请先登录", "相关推荐", "来源县委书记"],
      kept=["县城是全县的窗口，外地客商来投资，第一眼看的就是县城干不干净、秩序好不好。",
            "刚才，志强同志对创建工作作了全面部署，我完全同意。"],
      **B10)

# z06 — a 文秘 members' site: the title, an 投稿人/发布时间/投稿交换/会员申请/全文N字 line, 内容预览,
# the title again with a date line, the speech cut after a few paragraphs with "…………" and
# the "本文共N字，仅供站内会员…" note.
blind("z06.txt", """在全区创建全国文明城市冲刺大会上的讲话

投稿人：2231… 发布时间：2018/9/13 投稿交换  会员申请 全文5126字

内容预览：


在全区创建全国文明城市冲刺大会上的讲话

（2018年3月7日）

同志们：

今年是全国文明城市创建周期的决胜之年。区委、区政府召开这次冲刺大会，就是要吹响总攻的号角，动员全区上下再鼓一把劲，坚决打赢创建攻坚战。刚才，陈区长总结了去年的创建工作，部署了今年的任务，五家单位作了很好的发言，希望大家认真抓好落实。下面，我再强调三点意见。

一、看清位置，坚定必胜的信心

去年的年度测评中，我们芙蓉区的十一个实地考察点只有两个失分，档案材料几乎全部达标，为全市进入全国前列作出了贡献。但我们也要清醒地看到，老城区的小区管理、农贸市场的环境秩序、公共场所的文明行为，仍然是我们最容易丢分的地方。

二、聚焦问题，打好重点整治的硬仗…………


本文共5126字，仅供站内会员学习参考（会员可免费打开全文）
""",
      published="2018-09-13",
      speeches=[sp("在全区创建全国文明城市冲刺大会上的讲话", "讲话", "区", ("湖南省", "长沙市", "芙蓉区"),
                   date="2018-03-07", truncated=True, min_paras=4)],
      junk=["投稿人", "投稿交换", "会员申请", "全文5126字", "内容预览", "本文共5126字", "仅供站内会员学习参考"],
      kept=["今年是全国文明城市创建周期的决胜之年。",
            "去年的年度测评中，我们芙蓉区的十一个实地考察点只有两个失分，档案材料几乎全部达标，为全市进入全国前列作出了贡献。",
            "一、看清位置，坚定必胜的信心"],
      **B10)

# z07 — a county government site's news item (txt copy): the headline, a 来自/时间 pair of lines,
# a report whose 县长 指出/要求, the 会议通报 paragraph, then 字体/打印/关闭 and previous/next links.
blind("z07.txt", """全县巩固国家卫生县城成果推进会召开
来自：县融媒体中心
时间：2021-06-18
【字体：大 中 小】
6月17日，全县巩固国家卫生县城成果推进会召开。县委副书记、县长马国庆，县委常委、常务副县长孙悦，副县长周涛参加会议。
会议通报了蒙阴县国家卫生县城复审暗访发现的问题，县住建局、县市场监管局和蒙阴街道作了表态发言。
马国庆指出，国家卫生县城是全县人民共同的荣誉，复审不过关，牌子就要摘掉。各乡镇（街道）、各部门要把复审当作今年的一件大事，对照暗访反馈的问题逐条整改，不能等、不能拖。
马国庆要求，要盯紧农贸市场、小餐饮和城乡结合部三个重点，建立问题台账，实行销号管理；要落实门前三包责任，发动沿街商户和居民共同维护环境卫生；县爱卫办要每周督查、每月通报，对整改不力的单位严肃问责。
【打印本页】 【关闭窗口】
上一篇：我县开展病媒生物防制专项培训
下一篇：县城管局集中整治占道经营
""",
      published="2021-06-18",
      speeches=[sp("全县巩固国家卫生县城成果推进会召开", "会议报道", "县", ("山东省", "临沂市", "蒙阴县"),
                   speaker=["县委副书记、县长马国庆", "县长马国庆", "马国庆"], min_paras=4)],
      junk=["来自：县融媒体中心", "字体", "打印本页", "关闭窗口", "上一篇", "病媒生物防制专项培训", "集中整治占道经营"],
      kept=["6月17日，全县巩固国家卫生县城成果推进会召开。",
            "马国庆指出，国家卫生县城是全县人民共同的荣誉，复审不过关，牌子就要摘掉。",
            "要落实门前三包责任，发动沿街商户和居民共同维护环境卫生；"],
      **B10)

# z08 — a city paper's digital edition (HTML): the 版次/PDF版 line, a kicker above the headline, a
# 本报讯（全媒体记者…） lead with the mayor speaking, the report cut with "（下转二版）", and the
# edition archive as a long run of "date,number|" pairs.
blind("z08.html", """<html><head><meta charset="utf-8"><title>洛阳日报数字报</title></head><body>
<div class="ban">第01版：要闻　PDF版阅读</div>
<h4>绣出精细管理新面貌　守牢卫生城市金招牌</h4>
<h1>全市巩固国家卫生城市成果动员会召开</h1>
<div id="content">
<p>本报讯（全媒体记者 张 帆 李 蕾）4月26日，全市巩固国家卫生城市成果动员会召开。市长高振华出席并讲话，要求以绣花功夫抓好城市精细化管理，确保国家卫生城市复审顺利过关。</p>
<p>会议通报了一季度各县区卫生城市管理考评结果，市城管局、市卫健委、西工区作了发言。</p>
<p>高振华指出，国家卫生城市是洛阳的一张金名片，复审考的是日常管理，不是临时突击。各县区、各部门要对照复审标准查漏补缺，把农贸市场、背街小巷、城中村作为整治重点，做到问题不过夜、整改不反弹。</p>
<p>高振华强调，要持续开展健康教育和控烟行动，让讲卫生、爱健康成为市民的习惯；要持续推进市容环境整治，（下转二版）</p>
</div>
<div class="old">2024-05-01,10234| 2024-04-30,10226| 2024-04-29,10218| 2024-04-28,10210| 2024-04-27,10203| 2024-04-26,10195|</div>
</body></html>
""",
      speeches=[sp("全市巩固国家卫生城市成果动员会召开", "会议报道", "市", ("河南省", "洛阳市", None),
                   speaker=["市长高振华", "高振华"], truncated=True, min_paras=3)],
      junk=["第01版", "PDF版阅读", "绣出精细管理新面貌", "下转二版", "10234", "2024-04-29", "洛阳日报数字报"],
      kept=["会议通报了一季度各县区卫生城市管理考评结果，市城管局、市卫健委、西工区作了发言。",
            "各县区、各部门要对照复审标准查漏补缺，把农贸市场、背街小巷、城中村作为整治重点，做到问题不过夜、整改不反弹。"],
      **B10)

# z09 — a Traditional-character mirror of a district news page (utf-8, s2t): a line of injected
# film-site spam on top, 简体|繁体|IPV6, the breadcrumb, the headline, a 发布日期/浏览次数 line, a
# report with a deputy district head speaking, and more spam under the text.
blind("z09.txt", """免费高清影视在线看,最新电影电视剧抢先看,午夜剧场在线播放,蓝光影院免费观看
简体 | 繁体 | 网站支持IPV6
当前位置: 首页 >新闻资讯 >要闻快讯
兴隆台区召开国家卫生城市复审迎检工作会议
发布日期:2022-05-11 浏览次数:318
5月10日，兴隆台区召开国家卫生城市复审迎检工作会议。副区长韩志刚出席会议并讲话。
会议传达了全市国家卫生城市复审推进会议精神，对全区迎检重点工作作了安排部署。
韩志刚指出，复审迎检是当前全区的头等大事，各街道、各部门要把思想统一到市委、市政府的部署上来，对照复审标准逐项自查，找准短板，立行立改。
韩志刚要求，要抓好老旧小区、农贸市场和建筑工地三类重点场所的环境整治，要加强病媒生物防制，要发动居民群众广泛参与，确保以最好的面貌迎接复审。
全区各街道、区直相关部门主要负责同志参加会议。
电影天堂在线 | 高清影院免费看 | 热播剧场 | 午夜免费影视大全 |
""", trad="s2t",
      published="2022-05-11",
      speeches=[sp("兴隆台区召开国家卫生城市复审迎检工作会议", "会议报道", "区", ("辽宁省", "盘锦市", "兴隆台区"),
                   speaker=["副区长韩志刚", "韩志刚"], min_paras=4)],
      junk=["免费高清影视", "午夜", "IPV6", "当前位置", "浏览次数", "电影天堂", "影视大全"],
      kept=["5月10日，兴隆台区召开国家卫生城市复审迎检工作会议。",
            "韩志刚要求，要抓好老旧小区、农贸市场和建筑工地三类重点场所的环境整治，要加强病媒生物防制，要发动居民群众广泛参与，确保以最好的面貌迎接复审。"],
      **B10)

# z10 — a county news site's town item (HTML) whose headline is only in the <title> ("…_苍南新闻网"):
# the site's menu, a "网名+日期+讯（通讯员…）" lead naming the town secretary's 动员讲话 and a county
# official's speech, the body, the 表态发言/责任书 paragraph, and an editor/source/print footer.
blind("z10.html", """<html><head><meta charset="utf-8"><title>灵溪镇召开创建全国文明城镇动员大会_苍南新闻网</title></head>
<body>
<div class="top">苍南新闻网 | 首页 | 新闻中心 | 乡镇动态 | 视频 | 专题</div>
<div class="content">
<p>苍南新闻网3月14日讯（通讯员 林小燕）近日，灵溪镇召开创建全国文明城镇动员大会，全面部署今年的创建工作。县委常委、灵溪镇党委书记陈建平作动员讲话，县文明办主任郑丽出席会议并讲话。大会由镇党委副书记、镇长黄志远主持。</p>
<p>会前，与会人员观看了灵溪镇文明创建专题片。今年，灵溪镇将围绕居民素质提升、城乡环境整治和市容秩序管理三项工程，全力推进全国文明城镇创建。</p>
<p>陈建平在动员讲话中说，创建全国文明城镇是镇党委、镇政府着眼长远作出的重要决策。全镇上下要以治水治污为重点改善城乡环境，以志愿服务为载体提升居民文明素质，以网格管理为手段守住平安稳定，力争年内创成全国文明城镇。</p>
<p>会上，八个社区和部门的代表上台作了表态发言，镇领导与各村（社区）签订了创建责任书，并为镇志愿服务队授旗。</p>
</div>
<div class="foot">责任编辑：王 静　来源：灵溪镇　【打印】【关闭】</div>
</body></html>
""",
      speeches=[sp("灵溪镇召开创建全国文明城镇动员大会", "会议报道", "乡镇", ("浙江省", "温州市", "苍南县"),
                   speaker=["县委常委、灵溪镇党委书记陈建平", "灵溪镇党委书记陈建平", "镇党委书记陈建平",
                            "党委书记陈建平", "陈建平"], min_paras=4)],
      junk=["乡镇动态", "责任编辑", "【打印】", "来源：灵溪镇"],
      kept=["会前，与会人员观看了灵溪镇文明创建专题片。",
            "全镇上下要以治水治污为重点改善城乡环境，以志愿服务为载体提升居民文明素质，以网格管理为手段守住平安稳定，力争年内创成全国文明城镇。",
            "会上，八个社区和部门的代表上台作了表态发言，镇领导与各村（社区）签订了创建责任书，并为镇志愿服务队授旗。"],
      **B10)

# z11 — a document site's page of a town's pledge (txt copy): 您好，欢迎访问… login line, a
# breadcrumb ending in the masked title, the title glued to the pledge, the whole pledge on one
# line with its numbered points run together, and the download/collect/report buttons.
blind("z11.txt", """您好，欢迎访问七七文档 | 登录 | 注册 | 我的文档
当前位置：首页 > 办公文档 > 党政材料 > *镇在全区创建全国文明城市推进会议上的表态发言
*镇在全区创建全国文明城市推进会议上的表态发言*镇党委、政府坚决拥护区委、区政府的部署，将紧紧围绕全区创建目标，明确责任、细化措施，全力推进各项创建工作。现将下一步工作表态如下：一、加大宣传力度，让创建工作家喻户晓。通过村村响广播、电子显示屏、宣传栏和入户走访等形式，广泛宣传创建知识，力争群众对创建工作的知晓率达到百分之九十五以上。二、加大整治力度，彻底治理“脏乱差”。镇城管所、市场监管所和沿街各村协调配合，集中整治店外经营、乱堆乱放和流动摊点，坚决防止反弹。三、加大督查力度，确保责任落实到人。镇党政班子成员每人包一个村，每周至少暗访一次，对整改不力的村和站所，在全镇大会上通报批评。我们一定以最坚决的态度、最务实的作风，保质保量完成区里交给我们的各项创建任务！
下载文档　收藏　分享　举报
""",
      speeches=[sp("*镇在全区创建全国文明城市推进会议上的表态发言", "表态发言", "区", masked=True)],
      junk=["欢迎访问七七文档", "我的文档", "当前位置", "党政材料", "下载文档", "举报"],
      kept=["二、加大整治力度，彻底治理“脏乱差”。",
            "镇党政班子成员每人包一个村，每周至少暗访一次，对整改不力的村和站所，在全镇大会上通报批评。",
            "我们一定以最坚决的态度、最务实的作风，保质保量完成区里交给我们的各项创建任务！"],
      **B10)

# z12 — a city paper's 创卫 special page (HTML): the edition line, a headline of its own, the
# pledging unit's line (district + street), the pledge addressed to the meeting, and the list of
# the page's other items.
blind("z12.html", """<html><head><meta charset="utf-8"><title>晋中日报</title></head><body>
<div class="bc">2021年04月02日　第03版：创卫专刊　　上一版　下一版</div>
<h1>把创卫任务落实到每一个楼院</h1>
<p class="author">榆次区锦纶街道</p>
<div class="con">
<p>　　今天，区委、区政府召开全区巩固国家卫生城市成果动员大会，对巩卫工作作了全面部署。锦纶街道辖区老旧小区多、沿街门店多、流动人口多，巩卫任务很重。我们表态如下：</p>
<p>　　第一，迅速传达会议精神。会后立即召开街道巩卫工作会，把全区部署细化为街道的任务清单，明确每一项工作的责任人和完成时限。</p>
<p>　　第二，集中整治楼院环境。对辖区四十六个老旧楼院逐一排查，清理楼道堆物和私搭乱建，配齐垃圾分类设施，五月底前全部整治到位。</p>
<p>　　第三，建立长效管理机制。推行“楼院长”制度，每个楼院选出一名热心居民当楼院长，和社区网格员一起每天巡查，发现问题随时上报。</p>
<p>　　我们有信心、有决心，在区委、区政府的领导下，把巩卫任务落实到每一个楼院、每一户居民，决不拖全区的后腿！</p>
</div>
<div class="lst">本版其他文章：巩卫一线的“蓝马甲”　　病媒生物防制小知识</div>
</body></html>
""",
      published="2021-04-02",
      speeches=[sp("把创卫任务落实到每一个楼院", "表态发言", "区", ("山西省", "晋中市", "榆次区"), min_paras=5)],
      junk=["第03版", "创卫专刊", "上一版", "本版其他文章", "蓝马甲", "病媒生物防制小知识", "晋中日报"],
      kept=["锦纶街道辖区老旧小区多、沿街门店多、流动人口多，巩卫任务很重。",
            "推行“楼院长”制度，每个楼院选出一名热心居民当楼院长，和社区网格员一起每天巡查，发现问题随时上报。",
            "第二，集中整治楼院环境。"],
      **B10)

# z13 — a county account's WeChat article (HTML): a 全文｜headline, the account/time/发表于 line,
# an editor's essay of three paragraphs about civility above the speech, the speech's title,
# a spaced role/name line and a date line, then 记者/编辑/一审/二审/三审 lines, 免责声明 and 联系电话.
_Z13 = [
    "同志们：",
    "今天召开全县创建省级文明县城推进会，主要是通报上半年的创建情况，对下半年的迎检工作再动员、再部署。刚才，县委常委、宣传部部长通报了上半年测评情况，四个单位作了交流发言，我都赞成。",
    "上半年，凤阳在全市县级文明城市测评中排名第二，比去年前进了三位。成绩说明我们的路子是对的，但问题也很明显：县城老街的占道经营反弹，部分小区的楼道又堆满了杂物，公益广告有的已经褪色破损。",
    "下半年要抓住三件事。第一，抓常态。创建不是迎检时突击打扫，各单位要把包保路段、包保小区的巡查变成每天的规定动作。第二，抓细节。公厕有没有异味、垃圾桶满没满、斑马线前车让不让人，这些小事就是测评的分数。第三，抓群众。要让更多的居民参与进来，把志愿服务做成邻里之间的互帮互助。",
    "同志们，离省里的年度测评只有三个多月了。希望大家铆足干劲，以实实在在的成效迎接测评。",
]
blind("z13.html", """<html><head><meta charset="utf-8"><title>全文｜县委书记在全县创建省级文明县城推进会上的讲话</title></head>
<body><div class="rich_media_area_primary">
<h1 class="rich_media_title">全文｜县委书记在全县创建省级文明县城推进会上的讲话</h1>
<div class="rich_media_meta_list"><span>凤阳发布</span> <em id="publish_time">2023-07-14 19:02</em> <em>发表于安徽</em></div>
<div id="js_content">
<p><span style="color:#888">编者按</span></p>
<p>一座城市的文明，写在街头巷尾，也写在每个人的举手投足之间。斑马线前的一次礼让，公交站台的一次排队，菜市场里的一句“您先请”，都是城市最动人的表情。</p>
<p>这几年，越来越多的市民加入志愿者队伍，越来越多的小区有了自己的“红色物业”，县城的街巷变得干净了，邻里之间也更亲近了。文明，正在从一句口号变成一种生活方式。</p>
<p>7月12日，全县创建省级文明县城推进会召开。现将县委书记的讲话全文刊发，供大家学习。</p>
<p style="text-align:center"><strong>在全县创建省级文明县城推进会上的讲话</strong></p>
<p style="text-align:center">县委书记　吴　长　春</p>
<p style="text-align:center">（2023年7月12日）</p>
""" + "".join(f"<p>{p}</p>\n" for p in _Z13) + """<p>记者：陈　晨</p>
<p>编辑：许　诺</p>
<p>一审：王　芳　二审：赵　磊　三审：孙　宏</p>
<p>免责声明：本公众号部分转载内容来自网络，版权归原作者所有，如有侵权请联系删除。</p>
<p>联系电话：0550-6712345</p>
</div></div></body></html>
""",
      published="2023-07-14",
      speeches=[sp("在全县创建省级文明县城推进会上的讲话", "讲话", "县", ("安徽省", "滁州市", "凤阳县"),
                   date="2023-07-12", speaker=["县委书记吴长春", "吴长春"], min_paras=5)],
      junk=["全文｜", "凤阳发布", "发表于安徽", "编者按", "斑马线前的一次礼让", "文明，正在从一句口号变成一种生活方式",
            "现将县委书记的讲话全文刊发", "记者：", "一审", "三审", "免责声明", "联系电话"],
      kept=["上半年，凤阳在全市县级文明城市测评中排名第二，比去年前进了三位。",
            "第二，抓细节。公厕有没有异味、垃圾桶满没满、斑马线前车让不让人，这些小事就是测评的分数。",
            "希望大家铆足干劲，以实实在在的成效迎接测评。"],
      **B10)

# z14 — a Discuz forum thread (txt copy): 找回密码/立即注册, QQ登录, 查看/回复, the thread title with
# [转帖] and a poster's remark, 复制链接, the poster line with 显示全部楼层/阅读模式, the 马上注册 and
# 您需要登录 notices, a district head's speech, a source line, then replies and 回复/举报 links.
blind("z14.txt", """找回密码 | 立即注册
QQ登录
只需一步，快速开始
查看: 356|回复: 2
[转帖] 区长在全区创建全国文明城市攻坚会上的讲话（转自区政府网）
[复制链接]
笔杆子老张 发表于 2022-10-09 21:14:07 | 显示全部楼层 |阅读模式
马上注册，结交更多好友，享用更多功能，让你轻松玩转社区。
您需要 登录 才可以下载或查看，没有账号？立即注册
×
同志们：
　　离今年的全国文明城市年度测评只剩下四十天了。今天召开这个攻坚会，不讲大道理，只讲问题和办法。
　　从上个月的模拟测评看，江岸的失分主要在三个地方：一是老旧小区，楼道堆物、飞线充电屡禁不止；二是主次干道的非机动车乱停放；三是公益广告数量不够、更新不及时。这三块加起来，占了全部失分的七成。
　　针对这些问题，区里已经定了三条措施。老旧小区由各街道包干，十天内完成一轮全面清理；非机动车停放由区城管局牵头，会同交警在重点路段施划停放区；公益广告由区委宣传部统一设计、统一制作，月底前全部更新到位。
　　各街道、各部门主要负责同志要亲自上阵，每天到点位上去看。测评结束前，区督查室每天通报一次，哪里出问题就追哪里的责任。
　　同志们，攻坚就要有攻坚的样子。希望大家拿出最后冲刺的劲头，确保测评成绩只进不退。
（来源：区政府网站）
回复 举报
沙发
写材料的小王 发表于 2022-10-10 08:31:55
感谢分享，正好要写类似的材料。
板凳
老树皮 发表于 2022-10-10 12:05:40
收藏了，楼主辛苦。
使用道具 举报
""",
      published="2022-10-09",
      speeches=[sp("区长在全区创建全国文明城市攻坚会上的讲话", "讲话", "区", ("湖北省", "武汉市", "江岸区"),
                   speaker=["区长"], min_paras=6)],
      junk=["找回密码", "QQ登录", "快速开始", "查看: 356", "[转帖]", "转自区政府网", "复制链接", "笔杆子老张",
            "显示全部楼层", "马上注册", "没有账号", "来源：区政府网站", "沙发", "板凳", "感谢分享", "楼主辛苦", "使用道具"],
      kept=["离今年的全国文明城市年度测评只剩下四十天了。",
            "从上个月的模拟测评看，江岸的失分主要在三个地方：一是老旧小区，楼道堆物、飞线充电屡禁不止；二是主次干道的非机动车乱停放；三是公益广告数量不够、更新不及时。",
            "测评结束前，区督查室每天通报一次，哪里出问题就追哪里的责任。"],
      **B10)

# z15 — a blog's repost (txt copy of a 新浪博客-style page): the blog's name and address, its
# menu, 正文/字体大小, the title with the posting time and 转载▼, 标签/分类, the title again, a
# deputy county head's speech that leaves the **书记's speech for later, and the reader bar.
blind("z15.txt", """老周的博客
http://blog.sina.com.cn/laozhou2011 [订阅] [手机订阅]
首页　博文目录　图片　关于我
正文 字体大小：大 中 小
副县长在创建省级卫生县城动员会上的讲话 (2016-04-21 10:35:12) 转载▼
标签： 创卫 讲话 分类： 公文写作
副县长在创建省级卫生县城动员会上的讲话
同志们：
　　这次创建省级卫生县城动员会，是县委、县政府研究决定召开的。会议的任务是把创卫的目标、任务和责任交代清楚，动员全县上下迅速行动起来。等会儿，**书记还将作重要讲话，大家要认真领会。下面，我先讲三点意见。
　　一、找准差距。对照省级卫生县城的标准，我们最大的问题是基础设施欠账多：县城还有三成的街巷没有排水管网，两个农贸市场是露天的，公厕数量只有标准的一半。这些都是硬指标，靠突击打扫解决不了。
　　二、突出重点。今年县财政挤出资金，重点实施背街小巷改造、农贸市场入室和公厕新建三项工程。县住建局、县市场监管局要倒排工期，九月底前全部完工。
　　三、落实责任。县创卫办要把任务分解到各单位，签订责任书。每月召开一次调度会，对进度滞后的单位，由县政府领导约谈主要负责人。
　　同志们，创卫是给全县群众办的一件实事，希望大家齐心协力，确保年底通过省级考核验收。
分享：
阅读(86)┊ 评论 (0)┊ 收藏(0) ┊转载原文 ┊ 喜欢▼ ┊打印┊举报
前一篇：县城环境卫生整治方案（草稿）
后一篇：乡镇干部年度述职报告范本
""",
      published="2016-04-21",
      speeches=[sp("副县长在创建省级卫生县城动员会上的讲话", "讲话", "县", speaker=["副县长"], masked=True, min_paras=5)],
      junk=["老周的博客", "blog.sina.com.cn", "博文目录", "字体大小", "转载▼", "标签", "公文写作", "分享：",
            "阅读(86)", "转载原文", "前一篇", "后一篇", "述职报告范本"],
      kept=["等会儿，**书记还将作重要讲话，大家要认真领会。",
            "一、找准差距。对照省级卫生县城的标准，我们最大的问题是基础设施欠账多：县城还有三成的街巷没有排水管网，两个农贸市场是露天的，公厕数量只有标准的一半。",
            "县住建局、县市场监管局要倒排工期，九月底前全部完工。"],
      **B10)

# z16 — a Word document saved as text (UTF-16): the title, a date line and a role/name line, the
# text with the Word footer "第 N 页 共 3 页" and a form feed between paragraphs, one paragraph
# broken over two lines with a hyphen inside a word, and another broken without one.
blind("z16.txt", """在全市巩固国家卫生城市成果推进会上的讲话
（2022年6月8日）
市长　杨光明
同志们：
　　今天召开全市巩固国家卫生城市成果推进会，主要是总结去年以来的巩卫工作，部署今年的重点任务。遵义是国家卫生城市，这块牌子是全市人民一起干出来的，我们有责任把它守好。
　　去年以来，全市完成了四十二个老旧小区的改造，新建和改造公厕一百一十座，城区生活垃圾实现日产日清。但是，暗访也暴露出不少问题：部分农贸市场的病媒生-
物防制设施形同虚设，一些小餐饮店后厨脏乱，城乡结合部的垃圾乱倒现象时有反弹。
\x0c第 1 页 共 3 页
　　今年的巩卫工作，要重点抓好三个方面。一是抓长效。把巩卫纳入城市网格化管理，每个网格明确一名巩卫责任人，日常巡查、问题上报、
整改反馈形成闭环。二是抓重点。农贸市场、小餐饮、城中村三类场所，由市市场监管局、市城管局牵头，每月开展一次专项整治。三是抓考核。市爱卫办每季度对各区（市）进行一次考评，考评结果纳入年度目标考核。
\x0c第 2 页 共 3 页
　　同志们，巩卫工作只有起点，没有终点。希望大家以更高的标准、更实的作风，把国家卫生城市这块牌子擦得更亮。
第 3 页 共 3 页
""", enc="utf-16",
      speeches=[sp("在全市巩固国家卫生城市成果推进会上的讲话", "讲话", "市", ("贵州省", "遵义市", None),
                   date="2022-06-08", speaker=["市长杨光明", "杨光明"], min_paras=4)],
      junk=["第 1 页 共 3 页", "第 2 页 共 3 页", "第 3 页 共 3 页", "re:\\f"],
      kept=["但是，暗访也暴露出不少问题：部分农贸市场的病媒生物防制设施形同虚设，一些小餐饮店后厨脏乱，城乡结合部的垃圾乱倒现象时有反弹。",
            "把巩卫纳入城市网格化管理，每个网格明确一名巩卫责任人，日常巡查、问题上报、整改反馈形成闭环。",
            "遵义是国家卫生城市，这块牌子是全市人民一起干出来的，我们有责任把它守好。"],
      **B10)

# z17 — a district government portal's 领导讲话 page (GBK HTML) with no headline in the article:
# the title only in the <title> and at the end of the breadcrumb, a 发布日期/信息来源/字号 line,
# centred role/name and date lines, the speech, print/close links and the 主办/标识码/ICP footer.
_Z17 = [
    "同志们：",
    "历下区是全国文明城市的核心区，也是每次测评点位最集中的区。今天召开这个推进会，就是要把巩固创建成果的各项任务再明确一遍，确保今年的复查测评不失分、少失分。",
    "一要把标准定得更高。全国文明城市的测评体系每年都在调整，今年新增了城市管理精细化和未成年人保护两个方面的指标。各街道、各部门要逐条对照，不能拿去年的老办法应对今年的新要求。",
    "二要把短板补得更实。泉城路、芙蓉街一带游客多、商户多，是测评组必去的地方。区城管局要会同街道实行错时执法，早中晚三个时段都要有人在岗。",
    "三要把群众发动得更广。要用好新时代文明实践站，每个社区每月至少组织两次志愿服务，让居民从看创建变成干创建。",
    "同志们，巩固文明城市成果比创建更难。希望大家持之以恒、久久为功，让文明成为历下最亮的底色。",
]
blind("z17.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>在全区巩固全国文明城市创建成果推进会上的讲话-济南市历下区人民政府</title></head>
<body>
<div class="head">济南市历下区人民政府　|　政务公开　|　政民互动　|　办事服务</div>
<div class="location">您当前的位置：首页 &gt; 政务公开 &gt; 领导讲话 &gt; 在全区巩固全国文明城市创建成果推进会上的讲话</div>
<div class="meta">发布日期：2020-08-21　信息来源：区委办公室　【字号：大 中 小】</div>
<div class="article">
<p align="center">区委书记　赵明远</p>
<p align="center">（2020年8月19日）</p>
""" + "".join(f"<p>　　{p}</p>\n" for p in _Z17) + """</div>
<div class="tool">【打印本页】　【关闭窗口】</div>
<div class="foot">主办：济南市历下区人民政府办公室　网站标识码：3701020012　鲁ICP备05018321号</div>
</body></html>
""", enc="gbk",
      published="2020-08-21",
      speeches=[sp("在全区巩固全国文明城市创建成果推进会上的讲话", "讲话", "区", ("山东省", "济南市", "历下区"),
                   date="2020-08-19", speaker=["区委书记赵明远", "赵明远"], min_paras=6)],
      junk=["您当前的位置", "政务公开", "信息来源", "字号", "打印本页", "关闭窗口", "网站标识码", "ICP备"],
      kept=["历下区是全国文明城市的核心区，也是每次测评点位最集中的区。",
            "区城管局要会同街道实行错时执法，早中晚三个时段都要有人在岗。",
            "三要把群众发动得更广。"],
      **B10)

# z18 — a copy from a news app's article (txt): 首页, the account name, its time/官方账号 line and
# 关注, an essay-like headline and three paragraphs about the city, the lead saying who spoke and
# "现将讲话全文刊发如下", then the speech's title and text, and the app's 举报/评论/收藏/打开 lines.
blind("z18.txt", """首页
宜宾发布
2023-04-11 09:12 · 四川宜宾官方账号
关注
三江口的文明答卷：让每一条街巷都有温度
长江从这里开始叫长江。在三江汇流的地方，一座城市正在悄悄改变：过去乱停的电动车进了停车棚，过去的背街小巷装上了路灯，过去各扫门前雪的邻居们，如今周末一起在小区里做志愿服务。
这些变化，是一座城市创建全国文明城市的缩影。有人说，文明城市不是评出来的，而是一点一滴干出来的。对宜宾来说，这句话再贴切不过。
日前，全市创建全国文明城市攻坚推进会召开，市委书记刘晓东出席会议并讲话。现将讲话全文刊发如下：
在全市创建全国文明城市攻坚推进会上的讲话
同志们：
今天这个会，是在今年测评即将开始的时候召开的。会议的目的很明确，就是查问题、补短板、压责任，确保今年的测评成绩比去年更进一步。
去年测评，我们在实地考察项目上失分较多，主要集中在农贸市场、老旧小区和交通秩序三个方面。这些问题，群众天天看在眼里，测评组也一定会看在眼里。各区县、各部门要把问题清单变成整改清单，一项一项对账销号。
创建文明城市，说到底是为了群众。各级干部要多到街巷里走一走，多听听群众怎么说，把群众最盼的停车难、如厕难、买菜难这些事情办好，让群众真正感受到创建带来的实惠。
同志们，文明城市创建没有捷径可走。希望大家拿出攻坚的劲头，确保今年的测评交出一份让群众满意的答卷。
举报
评论 12
收藏
打开头条，查看更多精彩内容
""",
      published="2023-04-11",
      speeches=[sp("在全市创建全国文明城市攻坚推进会上的讲话", "讲话", "市", ("四川省", "宜宾市", None),
                   speaker=["市委书记刘晓东", "刘晓东"], min_paras=5)],
      junk=["宜宾发布", "官方账号", "关注", "三江口的文明答卷", "长江从这里开始叫长江", "有人说，文明城市不是评出来的",
            "现将讲话全文刊发如下", "举报", "评论 12", "打开头条", "查看更多精彩内容"],
      kept=["会议的目的很明确，就是查问题、补短板、压责任，确保今年的测评成绩比去年更进一步。",
            "各级干部要多到街巷里走一走，多听听群众怎么说，把群众最盼的停车难、如厕难、买菜难这些事情办好，让群众真正感受到创建带来的实惠。",
            "同志们，文明城市创建没有捷径可走。"],
      **B10)

# z19 — a Traditional-character 范文 page with pinyin after some words (創(chuàng)建): the collection
# title "（通用2篇）", a 格式/上传日期 line, a 时间/小编 line, a 小编 essay intro, and two pieces under
# "…篇一/篇二": a town's 创卫 speech and a county deputy's speech, with no places named.
blind("z19.txt", """创建卫生城市讲话稿（通用2篇）
格式:DOC 上传日期:2022-11-03 09:41:17
创建卫生城市讲话稿（通用2篇）
时间:2022-11-03 09:41:17　　小编:MX文字使者
讲话稿是在会议上发言的依据，写好讲话稿，既要把上级的要求讲清楚，又要结合本地本单位的实际。下面是小编为大家收集的创建卫生城市讲话稿，供大家参考，希望对大家有所帮助，我们一起来看看吧！
创建卫生城市讲话稿篇一
同志们：
今天镇党委、镇政府召开创建卫生城市工作会议，就是要把全镇的创卫任务分下去，把各村各单位的责任压下去。
我们镇是县城的东大门，过往车辆多，集贸市场人流大，创卫的任务比其他乡镇都重。镇区主街的卫生保洁要实行专人负责，每天清扫两遍；集贸市场要划行归市，取缔马路市场；各村要把村庄保洁纳入村规民约。
镇纪委要对创卫工作全程督查，对行动迟缓、敷衍应付的村和单位，一律通报批评。
创建卫生城市讲话稿篇二
同志们：
全县创卫工作已经进入攻坚阶段。受县委主要领导委托，我就下一步工作讲三点意见。
第一，抓好县城环境整治。对县城主次干道、背街小巷和城乡结合部开展一次拉网式清理，做到垃圾不落地、污水不横流。
第二，抓好重点行业监管。对餐饮、理发、旅馆等“六小”行业，卫生许可证、从业人员健康证要全部办齐，不达标的一律停业整顿。
第三，抓好宣传发动。要让创卫知识进机关、进学校、进社区，让每一个县城居民都知道创卫、支持创卫、参与创卫。
""", trad="s2t", pinyin=[("創建", "創(chuàng)建"), ("衛生", "衛(wèi)生"), ("領導", "領(lǐng)導")],
      published="2022-11-03",
      speeches=[sp("创建卫生城市讲话稿", "讲话", "乡镇", min_paras=4),
                sp("创建卫生城市讲话稿", "讲话", "县", min_paras=5)],
      junk=["上传日期", "格式:DOC", "通用2篇", "小编", "文字使者", "讲话稿是在会议上发言的依据", "re:篇[一二]",
            "chuàng", "wèi", "lǐng"],
      kept=["我们镇是县城的东大门，过往车辆多，集贸市场人流大，创卫的任务比其他乡镇都重。",
            "镇纪委要对创卫工作全程督查，对行动迟缓、敷衍应付的村和单位，一律通报批评。",
            "受县委主要领导委托，我就下一步工作讲三点意见。",
            "第二，抓好重点行业监管。"],
      **B10)

# z20 — a PDF of a county meeting's two speeches (text layer): a running head on every page, two
# speeches one after the other, each with its title, a role/name line and a date line, lines cut
# at 32 characters, a word hyphenated across a line end and "— N —" page footers mid-paragraph.
_Z20A = [
    "同志们：",
    "今天的会议，主要是通报全县创建省级文明县城工作进展，安排下一阶段的重点任务。一会儿，冯书记还要作重要讲话，大家要认真抓好贯彻落实。下面，我先讲几点具体意见。",
    "一、对照测评体系补短板。宜君县城不大，但创建的指标一项也不能少。县文明办要把测评体系逐条分解，能马上办的立即办，需要投入的列入项目清单，六月底前拿出整改时间表。",
    "二、抓好县城环境秩序。重点整治县城主街的占道经营和乱停乱放，新建两处便民疏导点，实行定点定时经营。",
    "三、做好迎检准备。各单位要把档案材料整理规范，做到有部署、有过程、有结果，不临时补材料、编材料。",
]
_Z20B = [
    "同志们：",
    "刚才，正阳同志对创建工作作了具体安排，讲得很全面，我完全同意。下面，我再强调两点。",
    "第一，创建文明县城是全县人民的共同心愿。县城面貌好不好，群众最有发言权。我们创建的目的不是为了一块牌子，而是让群众生活得更舒心、更方便。各级干部要把创建当作为群众办实事的机会，不能搞形式、走过场。",
    "第二，领导干部要带头。县级领导每人包抓一条街道、一个社区，每周至少去一次，发现问题现场解决。各部门一把手要亲自抓，对工作推进不力的，县委将严肃问责。",
    "同志们，创建工作时间紧、任务重，希望大家齐心协力、扎实苦干，确保今年成功创建省级文明县城。",
]


def _z20() -> str:
    head = "宜君县创建省级文明县城工作推进会材料"
    lines = []
    for title, who, paras in (("在全县创建省级文明县城工作推进会上的讲话", "县委副书记、县长　郭正阳", _Z20A),
                              ("在全县创建省级文明县城工作推进会上的讲话", "县委书记　冯立新", _Z20B)):
        lines += [title, who, "（2023年5月16日）"]
        for p in paras:
            p = "　　" + p
            lines += [p[k:k + 32] for k in range(0, len(p), 32)]
    # a word split with a hyphen at a line end, as a PDF with hyphenation prints it
    lines = [ln.replace("便民疏导点", "便民疏-\n导点") for ln in lines]
    out, page_no = [], 1
    for k in range(0, len(lines), 14):
        if k:
            out.append(head)
        out += lines[k:k + 14]
        out.append(f"— {page_no} —")
        page_no += 1
    return "\n".join(out) + "\n"


blind("z20.txt", _z20(),
      speeches=[sp("在全县创建省级文明县城工作推进会上的讲话", "讲话", "县", ("陕西省", "铜川市", "宜君县"),
                   date="2023-05-16", speaker=["县委副书记、县长郭正阳", "县长郭正阳", "郭正阳"], min_paras=5),
                sp("在全县创建省级文明县城工作推进会上的讲话", "讲话", "县", ("陕西省", "铜川市", "宜君县"),
                   date="2023-05-16", speaker=["县委书记冯立新", "冯立新"], min_paras=5)],
      junk=["宜君县创建省级文明县城工作推进会材料", "re:— \\d+ —"],
      kept=["宜君县城不大，但创建的指标一项也不能少。",
            "重点整治县城主街的占道经营和乱停乱放，新建两处便民疏导点，实行定点定时经营。",
            "各级干部要把创建当作为群众办实事的机会，不能搞形式、走过场。",
            "县级领导每人包抓一条街道、一个社区，每周至少去一次，发现问题现场解决。"],
      **B10)


# --- fifth blind batch (batch 9, part "blind-5"): 20 more pages, each modelled on the SHAPE of a
# different real page read through the search tool's page corpus (about 40 pages from about 35
# sites, most of them 范文/公文/文秘 sites and 文库/document-sharing pages: 推荐N篇 compilations
# with 小编 intros, member previews cut with "…………" or a quota line, 文章导读 summaries before
# the full text, 本文标题/链接地址/版权声明 footers, 合集下载 disclaimers, document viewers'
# text layers, print views that repeat the speech, Traditional copies with pinyin, county and
# town news on government, 融媒体 and newspaper sites, two units' pledges). Every speech body and
# every line of site text was written for this project. Written without looking at the rules in
# build_tools/ and measured once; nobody tunes rules on this batch.
B9 = dict(batch=9)

# y01 — a 文秘 site's compilation (txt copy): a 当前位置 line, the collection title "(推荐3篇)", a
# posting line, a 小编 intro, then "…讲话 篇1/篇2/篇3": a city mobilisation speech, a county head's
# 创卫 speech and a town secretary's 迎检 speech, none of them naming a place.
blind("y01.txt", """当前位置：文秘邦 › 讲话稿 › 内容页

创建文明城市工作会议讲话(推荐3篇)

2023-08-17 09:41:26 讲话稿 访问手机版

会议讲话是推动工作落实的重要抓手，一篇好的讲话稿能把任务讲清、把责任讲透。下面是小编为大家整理的创建文明城市工作会议讲话，仅供参考，欢迎大家阅读。

创建文明城市工作会议讲话 篇1

同志们：

市委、市政府决定召开这次大会，就是要吹响全市创建全国文明城市的集结号。刚才，秀英同志宣读了创建工作实施方案，四个区和市城管局、市交通运输局的负责同志作了表态发言，大家讲得很实在，关键是说到做到。

我市取得全国文明城市提名资格已经两年，但去年的年度测评只排在同类城市的中游。失分最多的是农贸市场、背街小巷和公益广告三项，这些都是群众天天看得见的地方。

下一步，各区要把测评点位逐个分解到街道和社区，市直部门要把行业指标落实到每一个窗口单位。市创建办实行周调度、月通报，排名连续靠后的，由市委分管领导约谈主要负责人。

同志们，文明城市是全市人民共同的家。希望大家拿出决战的姿态，确保今年的测评成绩进入前列。

创建文明城市工作会议讲话 篇2

同志们：

今天召开全县创建国家卫生县城推进会，主要是查找问题、明确责任。我先说说这几天暗访看到的情况：县城东关农贸市场的活禽区没有隔离，几条小巷的垃圾桶满了没人清，一些餐馆的后厨地面油污很重。

这些问题不解决，创卫就是一句空话。县市场监管局要在本月内完成农贸市场的分区改造，县城管局要把垃圾清运频次从一天一次增加到一天两次，县卫健局要牵头抓好病媒生物防制。

各乡镇、各部门的主要负责同志要亲自上手，不能把任务一交了之。县督查室每半个月督查一次，督查结果在县电视台公开。

创卫没有捷径可走，只有一天一天干、一件一件改。希望大家不松劲、不懈怠，确保明年顺利通过国家评估。

创建文明城市工作会议讲话 篇3

各位村（社区）书记、同志们：

上级检查组下周就要进驻县城，我们镇紧挨着县城，是检查组进城的必经之路。今天把大家召集起来，就是要把迎检的每一项任务落到人头上。

一是路面要净。国道沿线的店铺门前实行三包，每天早晚各清扫一次。二是秩序要好。集镇逢集日要安排人员疏导车辆，不准占道摆摊。三是氛围要浓。各村要把公益广告牌擦洗一遍，破损的马上更换。

迎检期间，镇班子成员全部下沉到村，白天巡查，晚上碰头。哪个村出了问题，村支书和包村领导一起负责。

同志们，时间只剩几天了，大家辛苦一下，一定不能在我们这里丢分。

相关阅读：创建文明城市倡议书　创建文明城市演讲稿5篇
""",
      speeches=[sp("创建文明城市工作会议讲话", "讲话", "市", min_paras=4),
                sp("创建文明城市工作会议讲话", "讲话", "县", min_paras=4),
                sp("创建文明城市工作会议讲话", "讲话", "乡镇", min_paras=4)],
      junk=["当前位置", "文秘邦", "推荐3篇", "访问手机版", "小编", "仅供参考，欢迎大家阅读",
            "re:篇[123]", "相关阅读", "创建文明城市倡议书", "演讲稿5篇"],
      kept=["刚才，秀英同志宣读了创建工作实施方案，四个区和市城管局、市交通运输局的负责同志作了表态发言，大家讲得很实在，关键是说到做到。",
            "失分最多的是农贸市场、背街小巷和公益广告三项，这些都是群众天天看得见的地方。",
            "县市场监管局要在本月内完成农贸市场的分区改造，县城管局要把垃圾清运频次从一天一次增加到一天两次，县卫健局要牵头抓好病媒生物防制。",
            "上级检查组下周就要进驻县城，我们镇紧挨着县城，是检查组进城的必经之路。",
            "迎检期间，镇班子成员全部下沉到村，白天巡查，晚上碰头。"],
      **B9)

# y02 — a 文秘 member site's preview (txt copy): the title, a 投稿人/发布时间/投稿交换/会员申请/全文N字
# line, "内容预览：", the title again with a date line, the text cut with "…………" and a "本文共N字，
# 仅供站内会员学习参考" line; a district party secretary's speech naming no place.
blind("y02.txt", """在全区巩固全国文明城市创建成果推进会上的讲话

投稿人：2231… 发布时间：2019/6/4 投稿交换  会员申请 全文5102字

内容预览：


在全区巩固全国文明城市创建成果推进会上的讲话

（2019年5月28日）

同志们：

去年我市成功摘得全国文明城市的牌子，这是全市上下五年苦干的结果。牌子到手之后，有的同志觉得可以松一口气了，这种想法要不得。今天区委、区政府召开这次推进会，就是要把大家的劲头再鼓起来。刚才，周区长通报了今年以来的复查暗访情况，三个街道和区城管局作了发言，我都同意。下面，我再讲两点。

一、巩固比创建更难，必须常抓不懈

全国文明城市实行动态管理，每年都要测评，三年一复查，不达标的要摘牌。从上个月市里的暗访看，我区有九个点位出现了反弹：个别小区的楼道又堆满了杂物，几条小街的占道经营死灰复燃，公交站台的公益广告有的已经褪色。这些现象说明，一旦放松，问题马上就会回来。

二、长效机制要建起来，不能靠突击

要把创建时期的网格化管理固定下来，每个网格配齐网格长、网格员和志愿者…………


本文共5102字，仅供站内会员学习参考（会员可免费打开全文）
""",
      published="2019-06-04",
      speeches=[sp("在全区巩固全国文明城市创建成果推进会上的讲话", "讲话", "区", date="2019-05-28",
                   truncated=True, min_paras=5)],
      junk=["投稿人", "投稿交换", "会员申请", "全文5102字", "内容预览", "本文共5102字", "仅供站内会员学习参考",
            "会员可免费打开全文"],
      kept=["牌子到手之后，有的同志觉得可以松一口气了，这种想法要不得。",
            "刚才，周区长通报了今年以来的复查暗访情况，三个街道和区城管局作了发言，我都同意。",
            "一、巩固比创建更难，必须常抓不懈",
            "这些现象说明，一旦放松，问题马上就会回来。"],
      **B9)

# y03 — a 范文 site (HTML): a breadcrumb ending in the title, the title with 某 and a role, a
# date/site line, paragraphs indented with two spaces, XX masks, and a preview that trails off into
# "......" and a lone "预".
blind("y03.html", """<html><head><meta charset="utf-8"><title>某镇党委书记在创建国家卫生镇迎检动员会上的讲话-博文范文网</title></head><body>
<div class="top">博文范文网 首页</div>
<div class="crumb">首页 &gt; 讲话范文 &gt; 某镇党委书记在创建国家卫生镇迎检动员会上的讲话 &gt;</div>
<h1>某镇党委书记在创建国家卫生镇迎检动员会上的讲话</h1>
<div class="date">2024-09-12 博文范文网</div>
<div class="content">
<p>  同志们：</p>
<p>  刚才，XX同志通报了全镇创建国家卫生镇的自查情况，XX镇长对迎检工作作了具体安排，我都同意。国家评估组下个月就要来了，下面我就迎检工作讲三点意见。</p>
<p>  一、迎检是一场硬仗，必须全力以赴</p>
<p>  创建国家卫生镇，我们已经干了三年。三年里，镇区新建了污水处理站和两座公厕，改造了老街和农贸市场，群众看在眼里、记在心上。但评估组不看过去做了多少，只看现场达没达标。现在离评估只有一个月，任何一个环节掉链子，三年的努力都可能白费。</p>
<p>  二、问题清单要一项一项销号</p>
<p>  县爱卫办上周暗访指出了我镇十七个问题，其中老街后巷的垃圾堆放、农贸市场的活禽宰杀和几家小饭店的“三防”设施最突出。镇城建办、市场监管所和卫生院要按照分工，在十天内全部整改到位，整改一个、拍照一个、销号一个。这次暗访还发现，一些居民在房前屋后堆放柴草和建筑材料，这既影响镇容，也是......</p>
<p>预</p>
</div>
<div class="side">猜你喜欢：乡镇人居环境整治动员会讲话　镇党委书记在村“两委”换届工作会上的讲话</div>
</body></html>
""",
      published="2024-09-12",
      speeches=[sp("某镇党委书记在创建国家卫生镇迎检动员会上的讲话", "讲话", "乡镇",
                   speaker=["镇党委书记", "某镇党委书记"], masked=True, truncated=True, min_paras=5)],
      junk=["博文范文网", "首页 > 讲话范文", "猜你喜欢", "人居环境整治动员会讲话", "换届工作会", "re:^预$"],
      kept=["国家评估组下个月就要来了，下面我就迎检工作讲三点意见。",
            "但评估组不看过去做了多少，只看现场达没达标。",
            "二、问题清单要一项一项销号",
            "镇城建办、市场监管所和卫生院要按照分工，在十天内全部整改到位，整改一个、拍照一个、销号一个。"],
      **B9)

# y04 — a document-sharing site's page (UTF-16 txt copy): a 下载积分/页数/大小/上传时间/举报 line, the
# title, the text layer with every printed line on a line of its own (cut mid-word), the page
# numbers alone on lines, and "还剩2页未读，继续阅读" where the free preview stops.
_Y04 = [
    "同志们：",
    "宿迁挂上国家卫生城市的牌子已经三年，今年下半年将迎来第一次复审。市政府今天召开这次会议，就是要把复审的各项准备工作提前部署下去，做到心中有数、手中有策。",
    "从近期市爱卫办组织的交叉检查看，城区总体保持得不错，但也有明显的退步：部分农贸市场的熟食摊又摆回了过道，一些小区的化粪池长期没有清掏，城郊接合部的垃圾清运出现了空档。复审组最看重的恰恰是这些细节。",
    "第一，各区要在五月底前完成一轮全面自查，自查结果逐条录入市里的巩卫信息平台，整改情况每周更新。",
    "第二，市城管局、市市场监管局、市卫健委要各牵头一个专项行动，分别盯住市容环境、食品安全和病媒生物防制，六月底前拿出阶段成效。",
    "第三，市委督查室要把巩卫工作纳入重点督查事项，对整改不力的单位下发督办单，连续两次督办不见效的，启动问责程序。",
]
blind("y04.txt", "下载积分：600 | 页数：4页 | 大小：31KB | 上传时间：2021-03-09 | 举报\n"
      "在全市巩固国家卫生城市迎接复审工作会议上的讲话\n"
      + hard_wrap(_Y04, 29).replace("垃圾清运出现了空档。复审组最\n", "垃圾清运出现了空档。复审组最\n1\n")
      + "\n2\n还剩2页未读，继续阅读\n", enc="utf-16",
      published="2021-03-09",
      speeches=[sp("在全市巩固国家卫生城市迎接复审工作会议上的讲话", "讲话", "市", ("江苏省", "宿迁市", None),
                   truncated=True, min_paras=5)],
      junk=["下载积分", "页数：4页", "31KB", "举报", "还剩2页未读", "继续阅读", "re:^\\d$"],
      kept=["市政府今天召开这次会议，就是要把复审的各项准备工作提前部署下去，做到心中有数、手中有策。",
            "部分农贸市场的熟食摊又摆回了过道，一些小区的化粪池长期没有清掏，城郊接合部的垃圾清运出现了空档。",
            "第二，市城管局、市市场监管局、市卫健委要各牵头一个专项行动，分别盯住市容环境、食品安全和病媒生物防制，六月底前拿出阶段成效。"],
      **B9)

# y05 — a 笔杆子 material site (HTML): the title naming only a role, a posting time with a view
# count, a 文章导读 box whose summary is the opening cut mid-word, a 联系客服 line, then the
# whole speech.
_Y05 = [
    "同志们：",
    "今天，我们召开全区创建全国文明城市动员大会，主要任务是把市委、市政府的部署落实到全区的每个街道、每个部门，动员大家迅速行动起来，打好创建这场硬仗。刚才，XX同志通报了全区创建工作的准备情况，我完全赞同。下面，我再讲三点意见。",
    "一、把认识统一到创建的目标上来",
    "我区是全市的中心城区，机关、学校、医院、商场最集中，测评点位占全市的三分之一以上。全市能不能创成，很大程度上取决于我们区的成绩。各街道、各部门的一把手要把创建当作头号任务，亲自研究、亲自部署、亲自督查。",
    "二、把力量集中到突出的短板上来",
    "今年要集中抓好三件事：一是老旧小区的环境整治，年内完成四十个小区的改造；二是主次干道的交通秩序，在十个重点路口设立文明交通劝导岗；三是农贸市场的规范管理，做到划行归市、干湿分离。",
    "三、把责任落实到每一个具体的人",
    "区里实行区级领导包街道、部门包社区、党员包楼栋的办法，包保情况每月在区政府网站公布。区纪委监委要对创建工作开展专项监督，对推诿扯皮、敷衍应付的严肃问责。",
    "同志们，创建全国文明城市是全区人民的共同心愿。让我们齐心协力，以实际行动为全市创建作出应有的贡献！",
]
blind("y05.html", """<html><head><meta charset="utf-8"><title>区委书记在创建全国文明城市动员大会上的讲话-笔墨资料网</title></head><body>
<h1>区委书记在创建全国文明城市动员大会上的讲话</h1>
<div class="info">2023-03-06 21:14:37 218</div>
<div class="guide"><h4>文章导读</h4>
<p>同志们： 今天，我们召开全区创建全国文明城市动员大会，主要任务是把市委、市政府的部署落实到全区的每个街道、每个部门，动员大家迅速行动起来，打好创。</p></div>
<div class="kf">联系客服提示-笔墨资料网</div>
<div class="art">
""" + "".join(f"<p>{p}</p>\n" for p in _Y05) + """</div>
<div class="foot">本站资料均来自网络，仅供学习交流　客服QQ：2911450376</div>
</body></html>
""",
      published="2023-03-06",
      speeches=[sp("区委书记在创建全国文明城市动员大会上的讲话", "讲话", "区", speaker=["区委书记"],
                   masked=True, min_paras=8)],
      junk=["笔墨资料网", "文章导读", "联系客服", "打好创。", "客服QQ", "2911450376", "仅供学习交流"],
      kept=["刚才，XX同志通报了全区创建工作的准备情况，我完全赞同。",
            "全市能不能创成，很大程度上取决于我们区的成绩。",
            "三、把责任落实到每一个具体的人",
            "同志们，创建全国文明城市是全区人民的共同心愿。"],
      **B9)

# y06 — a 写作文库 site (txt copy): the title, no salutation, a district's 总结表彰 speech naming
# its city, a gambling advert injected mid-sentence, then 上一篇/下一篇 and an upload note.
blind("y06.txt", """在全区创建全国文明城市暨城市管理工作表彰大会上的讲话

今天召开这次大会，主要是总结两年来创建全国文明城市和城市管理工作的成绩，表彰先进，进一步动员全区干部群众再鼓干劲，巩固来之不易的创建成果。首先，我代表区委、区政府，向受到表彰的先进集体和先进个人表示热烈祝贺！

两年来，荷塘区按照株洲市委、市政府的部署，把创建全国文明城市作为全区的头号工程，拆除违章建筑十二万平方米，改造老旧小区五十八个，新建和提质改造公厕三十六座，城区面貌发生了实实在在的变化。今天受到表彰的二百一十六名同志，有起早贪黑的环卫工人，有走街串巷的城管队员，也有天天守在路口的志愿者，他们是全区干部群众学习的榜样。

成绩来之不易，但我们也要清醒地看到，有的背街小巷一检查就干净、检查一过又反弹，有的部门把创建当成阶段性任务，检查组一走就收摊。下面，我讲三点意见。

一、总结经验，把好的做法固定下来。两年来我们摸索出的网格化管理、门前三包和每周一查的办法，实践证明是管用的，要形成制度长期坚持。

二、补齐短板，把城市管理做得更细。要重点解决好停车难、夜市油烟和建筑工地扬尘三个群众反映最集中的问题，各街道和区城管局要拿出具体的时间表，澳门新葡京娱乐场官网注册送彩金每月向区委、区政府报告一次进展。

三、压实责任，把干部作风转得更实。区委将把创建和城市管理工作纳入年度绩效考核，考核结果和干部的评先评优直接挂钩。

同志们，荣誉属于过去，奋斗成就未来。希望大家以受表彰的同志为榜样，为建设更加文明、更加美丽的荷塘再立新功！

上一篇：在全区安全生产工作会议上的讲话
下一篇：区长在全区优化营商环境大会上的讲话
本文由写笔文库网友上传，版权归原作者所有，如有侵权请联系删除。
""",
      speeches=[sp("在全区创建全国文明城市暨城市管理工作表彰大会上的讲话", "讲话", "区",
                   ("湖南省", "株洲市", "荷塘区"), min_paras=7)],
      junk=["澳门新葡京", "送彩金", "上一篇", "下一篇", "安全生产工作会议", "优化营商环境大会", "写笔文库", "如有侵权"],
      kept=["首先，我代表区委、区政府，向受到表彰的先进集体和先进个人表示热烈祝贺！",
            "要重点解决好停车难、夜市油烟和建筑工地扬尘三个群众反映最集中的问题，各街道和区城管局要拿出具体的时间表，每月向区委、区政府报告一次进展。",
            "区委将把创建和城市管理工作纳入年度绩效考核，考核结果和干部的评先评优直接挂钩。"],
      **B9)

# y07 — a writing app's shared document (txt copy): 返回/收藏/下载 on top, a title naming only the
# county head, xx masks, the text stopping mid-word at the preview's end and the app's quota line.
blind("y07.txt", """返回
收藏
下载

县长在巩固国家卫生县城成果暨城乡环境整治大会上的讲话


同志们：

刚才，xx同志通报了去年以来巩卫工作的检查情况，县住建局、县市场监管局和两个乡镇作了表态发言，我都同意。一会儿xx书记还要作重要讲话，下面，我先讲几点具体意见。

一、正视反弹苗头，切实增强巩卫的紧迫感

我县获得国家卫生县城称号已经四年。四年来，县城面貌总体保持得比较好，但反弹的苗头已经出现：城区新建的几个小区没有配套垃圾分类设施，部分沿街门店又开始占道经营，城乡接合部的路边又出现了暴露垃圾。明年上半年就要接受国家复审，留给我们整改的时间不多了。

二、突出城乡同治，把整治从县城延伸到乡村

今年的城乡环境整治，要坚持县城和乡镇一起抓。县城重点抓好背街小巷和老旧小区，乡镇重点抓好集镇和国省道沿线。各乡镇要在三月底前完成集镇垃圾中转站的改造，确保垃圾日产日清。县财政今年安排的专项资金，优先用于群众反映强烈的薄弱环节，对按期完成任务的乡镇实行以奖代

消耗 1 篇笔墨文库配额，会员有效期内无限次查看
""",
      speeches=[sp("县长在巩固国家卫生县城成果暨城乡环境整治大会上的讲话", "讲话", "县", speaker=["县长"],
                   masked=True, truncated=True, min_paras=5)],
      junk=["返回", "收藏", "下载", "消耗 1 篇", "配额", "会员有效期内无限次查看"],
      kept=["刚才，xx同志通报了去年以来巩卫工作的检查情况，县住建局、县市场监管局和两个乡镇作了表态发言，我都同意。",
            "一、正视反弹苗头，切实增强巩卫的紧迫感",
            "明年上半年就要接受国家复审，留给我们整改的时间不多了。",
            "各乡镇要在三月底前完成集镇垃圾中转站的改造，确保垃圾日产日清。"],
      **B9)

# y08 — a county government site's news item (HTML): 微信/微博/手机版/无障碍 bar, a breadcrumb, a
# headline that names no place, a 发布时间/作者/来源 line with empty fields, the county party
# secretary's speech reported at length, the county head's requirements, the presiding deputy.
blind("y08.html", """<html><head><meta charset="utf-8"><title>国家卫生县城复审迎检工作推进会召开</title></head><body>
<div class="topbar">微信 微博 手机版 无障碍 | 适老化 | 登录</div>
<div class="crumb">首页 &gt;&gt; 新闻中心 &gt;&gt; 浚县要闻</div>
<h2>国家卫生县城复审迎检工作推进会召开</h2>
<div class="meta">发布时间: 2020-06-19 作者: 来源: 字号：大 中 小</div>
<div class="article">
<p>6月18日，浚县国家卫生县城复审迎检工作推进会召开。鹤壁市委常委、浚县县委书记郑国华，县领导吴永辉、陈晓燕、马俊峰、王立新参加会议。</p>
<p>郑国华在讲话中指出，国家卫生县城是全县人民多年奋斗得来的荣誉，复审能否顺利通过，检验的是各级干部的责任和作风。各涉创单位要对照复审标准，把任务分解到岗、责任落实到人，做到底数清、问题明、措施实。</p>
<p>郑国华强调，复审迎检要把功夫下在平时，重点抓好城区农贸市场、背街小巷、建筑工地和“九小”场所的整治；要建立问题台账，实行交办、整改、复核、销号的闭环管理；要广泛发动群众，让干净整洁成为全县群众的自觉行动。</p>
<p>县委副书记、县长吴永辉要求，各乡镇、各部门要倒排工期、挂图作战，确保在复审前完成全部整改任务。</p>
<p>县委副书记陈晓燕主持会议，副县长王立新对下一阶段复审迎检工作进行了具体安排。</p>
</div>
<div class="share">【打印本页】【关闭窗口】 分享到：</div>
<div class="foot">主办：浚县人民政府办公室　网站标识码：4106210001　豫ICP备12003456号</div>
</body></html>
""",
      published="2020-06-19",
      speeches=[sp("国家卫生县城复审迎检工作推进会召开", "会议报道", "县", ("河南省", "鹤壁市", "浚县"),
                   speaker=["县委书记郑国华", "鹤壁市委常委、浚县县委书记郑国华", "浚县县委书记郑国华",
                            "郑国华"], min_paras=4)],
      junk=["微博 手机版", "无障碍", "适老化", "新闻中心", "字号", "打印本页", "关闭窗口", "分享到", "网站标识码",
            "豫ICP备", "re:作者:"],
      kept=["6月18日，浚县国家卫生县城复审迎检工作推进会召开。",
            "各涉创单位要对照复审标准，把任务分解到岗、责任落实到人，做到底数清、问题明、措施实。",
            "县委副书记、县长吴永辉要求，各乡镇、各部门要倒排工期、挂图作战，确保在复审前完成全部整改任务。"],
      **B9)

# y09 — a Traditional-character 范文 page with pinyin after some words (創(chuàng)建, 衛(wèi)生): a 格式/上传
# 日期 line, the collection title "(汇总2篇)" twice, a 时间/小编 line, a 小编 intro, then "…篇一"
# (a city head's 巩卫 speech) and "…篇二" (a district's pledge at the same kind of city meeting).
blind("y09.txt", """巩固卫生城市工作会议发言稿(汇总2篇)

格式:DOC 上传日期:2023-10-21 10:12:47
巩固卫生城市工作会议发言稿(汇总2篇)
时间:2023-10-21 10:12:47     小编:墨香书生

一篇好的发言稿，要有清楚的观点，也要有具体的事例。以下是小编为大家收集的优秀范文，供大家参考学习，希望对大家有所帮助。

巩固卫生城市工作会议发言稿篇一

同志们：

我市去年顺利通过了国家卫生城市复审，这是全市人民共同努力的结果。今天召开全市巩固国家卫生城市工作会议，目的就是趁热打铁，防止松劲反弹。

复审通过之后，有的单位把创卫专班撤了，有的街道把保洁员减了，这种做法必须马上纠正。巩卫不是一阵风，而是一件长期的事情，标准只能提高，不能降低。

今年，市爱卫办要坚持每月一次暗访，暗访结果在市级媒体公开；各区要把巩卫经费列入年度预算，确保保洁、清运和病媒生物防制的投入不减少。

同志们，卫生城市的牌子来之不易。希望大家像爱护自己的家一样爱护这座城市，让干净整洁成为常态。

巩固卫生城市工作会议发言稿篇二

尊敬的各位领导、同志们：

市委、市政府召开这次巩卫工作会议，对全市的工作作了全面部署，我们区坚决拥护、坚决落实。下面，我代表区委、区政府作简要表态。

第一，我们将把巩卫作为全区的一项常态工作，区委常委会每季度专题研究一次，区级领导分片包干，发现问题当场交办。

第二，我们将集中力量整治城中村和老旧小区，年内完成二十个小区的雨污分流改造，彻底解决污水横流的问题。

第三，我们将严格考核问责，对工作不力、造成反弹的街道和部门，严肃追究相关人员的责任。

请市委、市政府放心，我们一定守住成果、不拖后腿，以实际行动交出一份满意的答卷！
""", trad="s2t", pinyin=[("創建", "創(chuàng)建"), ("衛生", "衛(wèi)生"), ("區", "區(qū)"), ("責任", "責(zé)任")],
      published="2023-10-21",
      speeches=[sp("巩固卫生城市工作会议发言稿", "讲话", "市", min_paras=4),
                sp("巩固卫生城市工作会议发言稿", "表态发言", "市", min_paras=5)],
      junk=["chuàng", "wèi", "qū", "zé", "上传日期", "格式:DOC", "小编", "墨香书生", "汇总2篇", "re:篇[一二]",
            "一篇好的发言稿"],
      kept=["今天召开全市巩固国家卫生城市工作会议，目的就是趁热打铁，防止松劲反弹。",
            "巩卫不是一阵风，而是一件长期的事情，标准只能提高，不能降低。",
            "市委、市政府召开这次巩卫工作会议，对全市的工作作了全面部署，我们区坚决拥护、坚决落实。",
            "第二，我们将集中力量整治城中村和老旧小区，年内完成二十个小区的雨污分流改造，彻底解决污水横流的问题。"],
      **B9)

# y10 — a PDF's text layer (txt): the title, a date line, a role and a spaced name, every line
# cut at about 32 characters, a line-break hyphen inside a word, a running head and a "— N —" footer at
# each page break, and one justified line with spaces between the characters.
_Y10 = """同志们：
这次会议是迎接全国文明城市年度测评前的最后一次全市性会议。刚才
，海燕同志通报了第三轮模拟测评的结果，相山区、杜集区和市公安局
、市城管局作了表态发言，讲得都很好，关键在落实。
淮北去年的年度测评成绩比前年前进了十二位，这说明我们的路子是对
的。但是模拟测评也暴露出不少问题：有的路口非机动车乱停乱放，有
的社区的未成年人活动场所只挂牌子没有活动，有的窗口单位服务用
— 1 —
淮北市创建全国文明城市工作会议文件汇编
语不规范。这些都是测评中容易丢分的地方。
我讲三点要求。第一，点位整改要见底。每个失分点位都要有整改责任
人 和 完 成 时 限 ， 市 创 建 办 逐 个 复 核 ， 复 核 不 过 关 的 不 准 销 号 。
第二，宣传氛围要做足。公益广告要做到主次干道、公共场所、居民小-
区全覆盖，既要数量，更要质量。第三，迎检纪律要严明。测评期间，
各级干部一律不准请假，手机二十四小时开机。同志们，测评就在眼前
。希望大家善始善终、全力以赴，确保今年的成绩再进一步。
— 2 —
"""
blind("y10.txt", "在全市创建全国文明城市迎检冲刺大会上的讲话\n（2018年9月10日）\n市长　许 文 斌\n" + _Y10,
      speeches=[sp("在全市创建全国文明城市迎检冲刺大会上的讲话", "讲话", "市", ("安徽省", "淮北市", None),
                   date="2018-09-10", speaker=["市长许文斌", "许文斌"], min_paras=4)],
      junk=["re:—\\s*\\d\\s*—", "工作会议文件汇编"],
      kept=["淮北去年的年度测评成绩比前年前进了十二位，这说明我们的路子是对的。",
            "第二，宣传氛围要做足。",
            "同志们，测评就在眼前。希望大家善始善终、全力以赴，确保今年的成绩再进一步。"],
      **B9)

# y11 — a document-sharing site's page (GBK txt copy): the title, "合集下载", numbered download
# disclaimers, the title again, then a district head's speech whose lines break mid-sentence and
# mid-word where the viewer's lines ended, with blank lines between some of the pieces.
blind("y11.txt", """区长在全区创建国家卫生城市攻坚推进会上的讲话

合集下载
  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。
  2. 2、"仅部分预览"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。
  3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。

区长在全区创建国家卫生城市攻坚推进会上的讲话
同志们：
今天召开这次推进会，是因为全市创卫已经进入了攻坚阶段，而我们区的进度在六个城区中排
在倒数第二。

这个位次，大家脸上都不好看。刚才，区爱卫办把各街道、各部门的任务完成情况
一项一项摆了出来，问题在哪里、责任在谁，都已经很清楚了。

我只讲三件事。
第一件，农贸市场改造。全区七个农贸市场，目前只完成了两个，剩下五个要在八月底前
全部完工，区商务局每周向区政府报告一次进度。

第二件，小餐饮整治。城区沿街的小餐饮店有一千二百多家，证照不全、后厨脏乱的占了将近三成。区市场
监管局要组织力量逐户过堂，能整改的限期整改，整改不了的依法关停。

第三件，背街小巷保洁。各街道要把辖区内的背街小巷全部纳入保洁范围，做到每天两扫、全天保洁，区城
管局每周抽查，抽查结果和街道的经费挂钩。
同志们，创卫没有退路。全区上下要拿出真刀真枪的劲头，确保按期完成市里交给我们的任务。
""", enc="gbk",
      speeches=[sp("区长在全区创建国家卫生城市攻坚推进会上的讲话", "讲话", "区", speaker=["区长"], min_paras=6)],
      junk=["合集下载", "下载文档前请自行甄别", "仅部分预览", "申请退款", "人工客服工作时间", "如文档侵犯您的权益"],
      kept=["今天召开这次推进会，是因为全市创卫已经进入了攻坚阶段，而我们区的进度在六个城区中排在倒数第二。",
            "刚才，区爱卫办把各街道、各部门的任务完成情况一项一项摆了出来，问题在哪里、责任在谁，都已经很清楚了。",
            "全区七个农贸市场，目前只完成了两个，剩下五个要在八月底前全部完工，区商务局每周向区政府报告一次进度。",
            "区市场监管局要组织力量逐户过堂，能整改的限期整改，整改不了的依法关停。",
            "各街道要把辖区内的背街小巷全部纳入保洁范围，做到每天两扫、全天保洁，区城管局每周抽查，抽查结果和街道的经费挂钩。"],
      **B9)

# y12 — a 公文 site's article with its print view saved on the same page (HTML): the title, a
# 来源/发布时间 line, the speech of a town party secretary, 【打印】【关闭】, then the print view
# repeating the title and the whole speech.
_Y12_T = "在全镇巩固国家卫生镇成果暨人居环境整治推进会上的讲话"
_Y12 = [
    "同志们：",
    "我镇被命名为国家卫生镇已经两年了。今天召开这次推进会，就是要把巩固卫生镇成果和农村人居环境整治结合起来，一起部署、一起推进。",
    "从县里最近一次暗访的情况看，集镇主街保持得比较好，但几个中心村的问题比较突出：村口的垃圾池满了没人清，河塘里漂着塑料袋，有的农户把猪圈搭在了路边。这些问题不改，卫生镇的牌子迟早要丢。",
    "下一步，镇里要抓好三项工作。一是每个村配足保洁员，实行包路段、包河塘的责任制；二是镇环卫所每天派车到各村清运垃圾，不留死角；三是每月组织一次“最美庭院”评比，用身边的榜样带动群众。",
    "同志们，环境好不好，群众最有发言权。希望各村、各站所把这件事当作自己家里的事来办，让每个村都干干净净。",
]
blind("y12.html", "<html><head><meta charset=\"utf-8\"><title>" + _Y12_T + "_公文大全网</title></head><body>\n"
      "<h1>" + _Y12_T + "</h1>\n<div class=\"meta\">来源：公文大全网　发布时间：2022-04-26　阅读：386</div>\n"
      + "".join(f"<p>{p}</p>\n" for p in _Y12)
      + "<div class=\"tools\">【打印】【关闭】【收藏本文】</div>\n<div class=\"print\">\n<h3>" + _Y12_T + "</h3>\n"
      + "".join(f"<p>{p}</p>\n" for p in _Y12) + "</div>\n</body></html>\n",
      published="2022-04-26",
      speeches=[sp(_Y12_T, "讲话", "乡镇", min_paras=5)],
      junk=["公文大全网", "阅读：386", "打印", "关闭", "收藏本文"],
      kept=["今天召开这次推进会，就是要把巩固卫生镇成果和农村人居环境整治结合起来，一起部署、一起推进。",
            "这些问题不改，卫生镇的牌子迟早要丢。",
            "三是每月组织一次“最美庭院”评比，用身边的榜样带动群众。"],
      **B9)

# y13 — a county 融媒体 site's news item (HTML): the site's slogan, the headline, a time/来源/作者/
# 点击 line, a report where the only named official "出席并作要求" and the rest is 会议指出/会议强调.
blind("y13.html", """<html><head><meta charset="utf-8"><title>江安县召开创建国家卫生县城攻坚推进会_江安融媒</title></head><body>
<div class="logo">竹韵江安</div>
<h1>江安县召开创建国家卫生县城攻坚推进会</h1>
<div class="info">2022-05-10 17:36:08   来源：江安县融媒体中心   作者：罗小雨    点击：</div>
<div class="con">
<p>为全力冲刺国家卫生县城技术评估，5月9日，江安县召开创建国家卫生县城攻坚推进会，对下一阶段创卫工作再安排、再部署。</p>
<p>县委常委、县政府常务副县长何志强出席并作要求，各乡镇政府、县级有关部门和创卫网格责任单位主要负责人参加会议。</p>
<p>会议指出，距离国家技术评估不足百日，各乡镇、各部门要把创卫作为当前最紧迫的任务，对照评估标准逐项查漏补缺，坚决防止“临门一脚”出问题。</p>
<p>会议强调，要聚焦农贸市场、背街小巷、城乡接合部和“五小”行业等薄弱环节，实行清单化管理、项目化推进；要强化督查考核，对进度滞后的单位实行挂牌督办；要广泛宣传发动，让创卫知识进社区、进学校、进家庭。</p>
<p>会上，县创卫办通报了近期暗访情况，并对技术评估的指标要求进行了解读。</p>
</div>
<div class="edit">责任编辑：王　静　审核：刘　洋</div>
</body></html>
""",
      published="2022-05-10",
      speeches=[sp("江安县召开创建国家卫生县城攻坚推进会", "会议报道", "县", ("四川省", "宜宾市", "江安县"),
                   speaker=["县委常委、县政府常务副县长何志强", "常务副县长何志强", "何志强"], min_paras=4)],
      junk=["竹韵江安", "江安融媒", "点击：", "责任编辑", "审核：", "re:作者："],
      kept=["为全力冲刺国家卫生县城技术评估，5月9日，江安县召开创建国家卫生县城攻坚推进会，对下一阶段创卫工作再安排、再部署。",
            "会议指出，距离国家技术评估不足百日，各乡镇、各部门要把创卫作为当前最紧迫的任务，对照评估标准逐项查漏补缺，坚决防止“临门一脚”出问题。",
            "会上，县创卫办通报了近期暗访情况，并对技术评估的指标要求进行了解读。"],
      **B9)

# y14 — an article site (txt copy): a headline that adds a colon subtitle to the speech's title, a
# date/views line, then the speech's own title and a 街道 secretary's speech with XX masks.
blind("y14.txt", """在街道创城工作推进会上的讲话：人人参与、共建共享，打造整洁有序的文明街区
2024-11-18 241

在街道创城工作推进会上的讲话

同志们：

今天我们召开这次创城工作推进会，主要是传达区委、区政府关于创建全国文明城区的最新部署，盘点一下近期的工作，安排下一阶段的任务。刚才，XX同志通报了区文明办对我们街道的检查情况，点出的问题很具体，我完全同意。下面，我再讲三点意见。

一、把问题看透，不要被表面的干净迷惑

从区里的检查看，我们街道的主街确实干净了，但一走进老楼院就是另一番景象：楼道里堆着旧家具，墙上贴满了小广告，电动车拉着飞线充电。这些问题居民天天看在眼里，也是测评组最爱去的地方。

二、把力量沉下去，让每个网格都有人管

街道机关干部要全部下沉到社区，每人包一个网格，每周至少走一遍。社区要组织党员、楼栋长和志愿者，把楼道清理、飞线拆除和小广告清除一户一户做到位。

三、把居民发动起来，让创城成为大家的事

创城不能只靠干部干、群众看。各社区要开好居民议事会，把停车、晾晒、养犬这些大家关心的事拿出来商量，定下规矩，大家一起遵守。

同志们，创城的成效最终要由居民来评判。希望大家扑下身子、真抓实干，把我们街道建设成为干净整洁、文明有序的美好家园。
""",
      published="2024-11-18",
      speeches=[sp("在街道创城工作推进会上的讲话", "讲话", "乡镇", masked=True, min_paras=8)],
      junk=["人人参与、共建共享，打造整洁有序的文明街区", "re:^2024-11-18 241"],
      kept=["刚才，XX同志通报了区文明办对我们街道的检查情况，点出的问题很具体，我完全同意。",
            "二、把力量沉下去，让每个网格都有人管",
            "创城不能只靠干部干、群众看。"],
      **B9)

# y15 — a 文秘 site's article (txt copy): a 当前位置 breadcrumb, the column name alone, the title,
# a 以稿换稿/收藏/作者/来源/阅读/加入会员 line, a town speech with × masks, a "文章共N字" member note
# where the preview stops, the member menu and an empty comment box.
blind("y15.txt", """当前位置：文秘之家>> 文秘范文>> 领导讲话>> 精神文明

精神文明

在全镇创建文明城市暨城乡环境同治工作推进大会上的讲话

【以稿换稿】【收藏】  作者：佚名  来源：作者原创  阅读 次 【  】【加入会员】

今天召开这样一个规模较大的会议，主要是传达全县文明创建和城乡同治工作会议的精神，把全镇的创建工作再往前推一步，向县委、县政府交一份合格的答卷。下面我讲几点意见。

一、认清文明创建对我镇的分量

×市今年要迎接全国文明城市的年度测评，×县同时要接受省级文明县城的复查。我镇紧挨县城，国道穿镇而过，测评组进出县城都要经过我们这里，我镇的面貌就是全县的脸面。

二、抓住城乡同治的几个关键

一是集镇要整洁，主街两侧的门店一律实行门前三包，乱搭乱建的雨棚限期拆除；二是村庄要干净，每个村都要建立保洁队伍，垃圾做到日产日清；三是秩序要规范，逢集日由派出所和城管中队联合疏导交通。

【文章共2680字，范文学习借鉴，请勿直接抄袭】

  • 我要加入会员
  • 我要以稿换稿
  • 我用手机阅读
  • 我要咨询问题

用户评论
（以下评论仅代表网友意见，与本站立场无关）
网友评论共 0 条
""",
      speeches=[sp("在全镇创建文明城市暨城乡环境同治工作推进大会上的讲话", "讲话", "乡镇", masked=True,
                   truncated=True, min_paras=5)],
      junk=["当前位置", "文秘之家", "以稿换稿", "加入会员", "作者：佚名", "文章共2680字", "请勿直接抄袭",
            "我用手机阅读", "我要咨询问题", "用户评论", "仅代表网友意见", "网友评论共", "re:^精神文明$"],
      kept=["今天召开这样一个规模较大的会议，主要是传达全县文明创建和城乡同治工作会议的精神，把全镇的创建工作再往前推一步，向县委、县政府交一份合格的答卷。",
            "我镇紧挨县城，国道穿镇而过，测评组进出县城都要经过我们这里，我镇的面貌就是全县的脸面。",
            "二、抓住城乡同治的几个关键"],
      **B9)

# y16 — a city 文明网's 领导讲话 page (HTML): the column header, a posting line, then two speeches
# given at the same meeting, each with its own title, role/name line and date line.
_Y16_A = [
    "同志们：",
    "去年嘉兴成功蝉联全国文明城市，这是全市干部群众一起拼出来的。今天召开这次大会，就是要在新的起点上，把创建的成果巩固好、提升好。",
    "一要守住底线。全国文明城市实行动态管理，出现严重问题的要被取消称号。各地各部门要把安全生产、食品安全和社会治安这些底线管牢，决不能因为一件事把几年的努力毁掉。",
    "二要补上短板。去年的测评中，我们在未成年人思想道德建设和公共文化服务上失分较多。市委宣传部、市教育局、市文化广电旅游局要各自拿出整改方案，年内见到成效。",
    "同志们，文明创建永远在路上。希望大家再接再厉，让文明成为这座城市最亮的底色。",
]
_Y16_B = [
    "同志们：",
    "刚才，国强书记作了重要讲话，我完全赞同，请大家认真抓好落实。下面，我就今年的具体工作讲几点意见。",
    "第一，完善常态长效管理机制。市创建办要牵头制定巩固提升三年行动计划，把任务分解到年度、落实到部门。",
    "第二，加大民生投入。今年市财政安排专项资金，重点用于老旧小区改造、农贸市场提升和公厕新建改建，让群众在创建中得到更多实惠。",
    "第三，强化督查考核。对各县（市、区）和市级部门实行季度测评、年度考核，考核结果作为评先评优的重要依据。",
]
blind("y16.html", """<html><head><meta charset="utf-8"><title>领导讲话_文明嘉兴网</title></head><body>
<div class="col">文明嘉兴网 &gt; 领导讲话</div>
<div class="pub">发布时间：2018-03-02　来源：市文明办　浏览次数：1025</div>
<h2>在全市巩固提升全国文明城市创建成果大会上的讲话</h2>
<p class="c">市委书记　张国强</p>
<p class="c">（2018年2月27日）</p>
""" + "".join(f"<p>{p}</p>\n" for p in _Y16_A) + """<h2>在全市巩固提升全国文明城市创建成果大会上的讲话</h2>
<p class="c">市长　李建新</p>
<p class="c">（2018年2月27日）</p>
""" + "".join(f"<p>{p}</p>\n" for p in _Y16_B) + """<div class="bot">【关闭窗口】【打印本页】　主办：嘉兴市精神文明建设委员会办公室</div>
</body></html>
""",
      published="2018-03-02",
      speeches=[sp("在全市巩固提升全国文明城市创建成果大会上的讲话", "讲话", "市", ("浙江省", "嘉兴市", None),
                   date="2018-02-27", speaker=["市委书记张国强", "张国强"], min_paras=5),
                sp("在全市巩固提升全国文明城市创建成果大会上的讲话", "讲话", "市", ("浙江省", "嘉兴市", None),
                   date="2018-02-27", speaker=["市长李建新", "李建新"], min_paras=5)],
      junk=["文明嘉兴网", "浏览次数", "关闭窗口", "打印本页", "主办：嘉兴市精神文明建设委员会办公室"],
      kept=["今天召开这次大会，就是要在新的起点上，把创建的成果巩固好、提升好。",
            "市委宣传部、市教育局、市文化广电旅游局要各自拿出整改方案，年内见到成效。",
            "刚才，国强书记作了重要讲话，我完全赞同，请大家认真抓好落实。",
            "第三，强化督查考核。"],
      **B9)

# y17 — a county-level city paper's digital edition (HTML): the paper's name, date and page line,
# a headline naming the town, a 本报讯（通讯员…） lead, the town party secretary's mobilisation
# speech reported, units' pledges, an oath, 会议强调, and the page's other headlines below.
blind("y17.html", """<html><head><meta charset="utf-8"><title>高邮日报数字报</title></head><body>
<div class="bar">高邮日报　2021年04月02日　第3版：镇域经济　　上一版　下一版　PDF版</div>
<h2>临泽镇召开文明城市创建攻坚动员大会</h2>
<div class="txt">
<p>本报讯（通讯员 杨 帆 刘 晨）3月31日，临泽镇召开文明城市创建攻坚动员大会，全面部署今年的创建攻坚任务。镇党委书记张立军作动员讲话，镇长周海东主持会议。</p>
<p>张立军指出，今年是高邮巩固全国文明城市成果的关键一年，临泽作为城市的东大门，创建成绩直接影响全市的测评结果。全镇上下要拿出背水一战的决心，把创建任务落实到每一个村、每一条街、每一户人家。</p>
<p>张立军要求，要集中开展集镇环境、交通秩序、农贸市场和村庄保洁四项整治行动，镇村干部分片包干，每周一督查、每月一通报。</p>
<p>会上，镇城管中队、镇市场监管分局、临泽社区和周巷村分别作了表态发言。全体与会人员进行了创建攻坚宣誓。</p>
<p>会议强调，全镇上下要上紧发条、拨快秒针，以决战的状态投入创建攻坚，确保完成全年目标任务。</p>
</div>
<div class="other">本版其他新闻：临泽镇春季植树造林完成三千亩　　镇农技站送技术下乡</div>
</body></html>
""",
      published="2021-04-02",
      speeches=[sp("临泽镇召开文明城市创建攻坚动员大会", "会议报道", "乡镇", ("江苏省", "扬州市", "高邮市"),
                   speaker=["镇党委书记张立军", "张立军"], min_paras=4)],
      junk=["高邮日报数字报", "第3版", "上一版", "PDF版", "本版其他新闻", "春季植树造林", "送技术下乡"],
      kept=["全镇上下要拿出背水一战的决心，把创建任务落实到每一个村、每一条街、每一户人家。",
            "会上，镇城管中队、镇市场监管分局、临泽社区和周巷村分别作了表态发言。",
            "会议强调，全镇上下要上紧发条、拨快秒针，以决战的状态投入创建攻坚，确保完成全年目标任务。"],
      **B9)

# y18 — a 范文 site's copy of a 社区's pledge (txt): the title, a 小编 intro that begins with the
# pledge's own first sentence, the heading "表 态 发 言" spaced out, then the pledge.
blind("y18.txt", """社区在街道创建全国文明城市动员大会上的表态发言

今年是常州创建全国文明城市的关键之年，5月8日全市召开了创建动员大会，短短几天之内，下面是小编为大家整理的社区在街道创建全国文明城市动员大会上的表态发言，供大家参考。

表 态 发 言

今年是常州创建全国文明城市的关键之年，5月8日全市召开了创建动员大会，5月10日天宁区召开了动员大会，今天街道又接着召开动员大会。短短几天之内，市、区、街道三级连续动员，说明了各级党委、政府对创建的决心，也说明了创建任务的艰巨和紧迫。

在区里的动员大会上，通报了暗访中发现的问题，其中就有我们社区的楼道堆物和暴露垃圾。回来以后，我们立即召开了社区两委会，对照问题逐条反思，当天就组织人员进行了清理。

下一步，我们将重点做好三个方面的工作：一是抓环境，对老新村的卫生死角、乱堆乱放进行全面整治；二是抓服务，把社区的志愿服务站建好用好，每周组织一次志愿服务活动；三是抓宣传，组织社区干部和楼道长逐户上门，做到创建知识家喻户晓。

请街道党工委、办事处放心，我们社区一定全力以赴，不拖全街道的后腿！
""",
      speeches=[sp("社区在街道创建全国文明城市动员大会上的表态发言", "表态发言", "乡镇",
                   ("江苏省", "常州市", "天宁区"), min_paras=4)],
      junk=["小编", "供大家参考", "表 态 发 言", "短短几天之内，下面是"],
      kept=["短短几天之内，市、区、街道三级连续动员，说明了各级党委、政府对创建的决心，也说明了创建任务的艰巨和紧迫。",
            "回来以后，我们立即召开了社区两委会，对照问题逐条反思，当天就组织人员进行了清理。",
            "请街道党工委、办事处放心，我们社区一定全力以赴，不拖全街道的后腿！"],
      **B9)

# y19 — a Traditional-character copy (Big5) of a county news item on an unrelated site: a
# breadcrumb, a posting date, the headline, a report of a county's 授牌 and launch meeting with
# provincial, city and county officials, the county party secretary's speech reported at length.
blind("y19.txt", """首页 > 新闻中心 > 领导动态
2016-11-24
商南县召开省级卫生县城授牌仪式暨创建国家卫生县城启动大会
11月22日，商南县召开省级卫生县城授牌仪式暨创建国家卫生县城启动大会。省爱卫办副主任周建平、商洛市政府副市长刘志宏出席会议，县级领导、各镇办主要负责人和县直部门负责人参加会议。
会议由县委副书记、县长王海涛主持。省爱卫办副主任周建平宣读了省政府命名省级卫生县城的通报并授牌，副县长陈立新宣读了表彰决定，县委书记赵明远作动员讲话。
赵明远指出，省级卫生县城的命名，是全县干部群众三年苦干的结果。创建国家卫生县城标准更高、要求更严，全县上下要把这块牌子当作新的起点，以更大的决心投入到创国卫工作中去。
赵明远强调，要突出重点抓整治，集中解决县城农贸市场、背街小巷和城乡接合部的脏乱问题；要建章立制抓长效，把创卫中的好做法固定下来；要全民参与抓氛围，让讲卫生、爱清洁成为全县群众的自觉行动。
刘志宏在讲话中对商南县的创卫工作给予肯定，希望商南再接再厉，早日建成国家卫生县城。
""", trad="s2tw", enc="big5",
      published="2016-11-24",
      speeches=[sp("商南县召开省级卫生县城授牌仪式暨创建国家卫生县城启动大会", "会议报道", "县",
                   ("陕西省", "商洛市", "商南县"), speaker=["县委书记赵明远", "赵明远"], min_paras=4)],
      junk=["新闻中心", "领导动态", "re:^2016-11-24$"],
      kept=["会议由县委副书记、县长王海涛主持。",
            "创建国家卫生县城标准更高、要求更严，全县上下要把这块牌子当作新的起点，以更大的决心投入到创国卫工作中去。",
            "刘志宏在讲话中对商南县的创卫工作给予肯定，希望商南再接再厉，早日建成国家卫生县城。"],
      **B9)

# y20 — a 公文 site's page of a county bureau's pledge (HTML): a breadcrumb, the title with a masked
# county (XX县), a 发布时间/来源/浏览 line, the pledge, 上一篇/下一篇 and a keyword line.
blind("y20.html", """<html><head><meta charset="utf-8"><title>XX县市场监管局在全县巩固国家卫生县城工作会议上的表态发言 - 公文在线</title></head><body>
<div class="crumb">首页 &gt; 表态发言 &gt; 正文</div>
<h1>XX县市场监管局在全县巩固国家卫生县城工作会议上的表态发言</h1>
<div class="meta">发布时间：2021-07-15　来源：网络整理　浏览：</div>
<div class="body">
<p>尊敬的各位领导、同志们：</p>
<p>巩固国家卫生县城成果，食品安全和农贸市场管理是重中之重。县委、县政府把这两项任务交给我们局，是对我们的信任，我们坚决服从、坚决落实。下面，我代表县市场监管局作如下表态。</p>
<p>一是守牢食品安全关口。我们将对县城三百多家小餐饮店开展全覆盖检查，重点查证照、查“三防”设施、查从业人员健康证，发现问题当场责令整改。</p>
<p>二是管好农贸市场秩序。我们将会同市场开办方，落实划行归市、生熟分开、活禽隔离，每天安排专人巡查，确保市场干净整洁。</p>
<p>三是压实内部工作责任。局班子成员每人包一个片区，每月至少暗访两次，对履职不力的人员严肃问责。</p>
<p>请县委、县政府放心，我们一定以最严的标准、最实的作风，守护好国家卫生县城这块金字招牌！</p>
</div>
<div class="nav">上一篇：县住建局在全县巩卫工作会议上的表态发言　下一篇：在全县爱国卫生月启动仪式上的讲话</div>
<div class="kw">本文关键词：巩卫 表态发言 市场监管</div>
</body></html>
""",
      published="2021-07-15",
      speeches=[sp("XX县市场监管局在全县巩固国家卫生县城工作会议上的表态发言", "表态发言", "县", masked=True,
                   min_paras=5)],
      junk=["公文在线", "首页 > 表态发言", "来源：网络整理", "上一篇", "县住建局在全县巩卫工作会议上的表态发言",
            "爱国卫生月启动仪式", "本文关键词"],
      kept=["县委、县政府把这两项任务交给我们局，是对我们的信任，我们坚决服从、坚决落实。",
            "我们将对县城三百多家小餐饮店开展全覆盖检查，重点查证照、查“三防”设施、查从业人员健康证，发现问题当场责令整改。",
            "请县委、县政府放心，我们一定以最严的标准、最实的作风，守护好国家卫生县城这块金字招牌！"],
      **B9)


# --- seventh blind batch (batch 11, part "blind-7"): 20 more pages, each modelled on the SHAPE of
# a different real page read through the search tool's page corpus (about 35 pages from about 30
# sites), chosen among the page kinds the earlier batches covered least: personal-library pages
# (转藏/献花/类似文章), 文库 and document-sharing viewers (格式/大小/页数 lines, Kangxi-radical
# look-alike characters of a PDF text layer, "由会员分享" openings with numbered page chunks,
# "免费预览已结束"), self-media accounts (搜狐号/网易号/百家号-like: an account line with an IP
# location, 展开全文, 平台声明), party-building and agency portals, 公文 sites with VIP and login
# gates and a watermark inside sentences, an OCR copy of a scanned booklet, app copies, a Word
# file in UTF-16 holding two speeches, a paginated article that repeats a paragraph across its
# page break, a Traditional mirror with pinyin and a 简报 PDF of two speeches: 14 speeches,
# 4 meeting reports, 2 units' pledges. Every speech body and every line of site text was written
# for this project. Written without looking at the rules in build_tools/ and measured once;
# nobody tunes rules on this batch.
B11 = dict(batch=11)

# v01 — a personal-library page (txt copy): 个人图书馆 bar with 登录/注册, the title, the
# collector's name with a posting date and 分享/转藏, 关注, the speech with a name/date header
# block, then 来自/转藏/献花, a comment prompt and 类似文章.
blind("v01.txt", """个人图书馆  登录  注册
在全县创建省级文明县城推进会上的讲话
清风书斋  2022-06-14  |  分享  |  转藏  关注
在全县创建省级文明县城推进会上的讲话
周景明
（2022年5月30日）
同志们：
　　今天这个会，是在创建省级文明县城进入冲刺阶段召开的。刚才，文明办通报了上半年的模拟测评结果，城关镇、县交通运输局作了交流发言，我都赞成。下面，我再讲三点。
　　一、正视差距，不要被表面的变化迷住眼睛。这两年，高唐县城新修了四条道路，建起了两个街心公园，变化大家都看得见。但模拟测评暴露出来的问题同样扎眼：老旧小区的化粪池外溢没人管，学校周边的小摊贩屡禁不止，公益广告有的褪色、有的被商业广告盖住。省里测评不看我们修了多少路，看的是群众生活里的细节。
　　二、抓住关键，把有限的力量用在刀刃上。离省级测评只有四个月，不可能面面俱到。县创建办要把测评点位按失分多少排个队，前二十个点位由县级领导包保，每周至少到点位一次，问题不解决不撤人。
　　三、带好队伍，让每一个干部都在创建中经受检验。创建干得好不好，要纳入年底综合考核，也是提拔使用干部的一把尺子。对表态多、行动少的单位，县委督查室要跟踪问效，该通报的通报，该约谈的约谈。
　　同志们，文明县城的牌子是干出来的，不是等出来的。希望大家鼓足干劲，确保今年一次通过省级测评。
来自： 清风书斋 > 《领导讲话》
转藏  全屏  打印  分享  献花(0)
0条评论
发表  请遵守用户评论公约
类似文章
创建文明县城工作汇报材料
在文明城市创建点评会上的讲话
""",
      published="2022-06-14",
      speeches=[sp("在全县创建省级文明县城推进会上的讲话", "讲话", "县", ("山东省", "聊城市", "高唐县"),
                   date="2022-05-30", speaker=["周景明"], min_paras=5)],
      junk=["个人图书馆", "清风书斋", "转藏", "献花", "评论公约", "类似文章", "创建文明县城工作汇报材料",
            "在文明城市创建点评会上的讲话", "来自："],
      kept=["刚才，文明办通报了上半年的模拟测评结果，城关镇、县交通运输局作了交流发言，我都赞成。",
            "省里测评不看我们修了多少路，看的是群众生活里的细节。",
            "二、抓住关键，把有限的力量用在刀刃上。",
            "希望大家鼓足干劲，确保今年一次通过省级测评。"],
      **B11)

# v02 — a document-viewer page of a converted Word file: the file title, a 格式/大小/文档页数 list,
# then the text layer with Kangxi-radical look-alikes (⼀ ⼯ ⽂ ⼈ ⼤) where the PDF font mapped
# them, one sentence per line.
blind("v02.txt", """在全区创建国家卫生城市攻坚大会上的讲话
- 格式:docx
- 大小:18.36 KB
- 文档页数:4
在全区创建国家卫⽣城市攻坚⼤会上的讲话
同志们：
今天召开全区创卫攻坚⼤会，⽬的是把市⾥的部署落实到每⼀条街巷、每⼀个⼩区。
刚才，区爱卫办通报了第⼀轮交叉检查的情况，四个街道作了表态发⾔，我都同意。
下⾯，我讲三个⽅⾯的意见。
⼀、认清形势，增强攻坚的紧迫感
清江浦区是主城区，国家卫⽣城市的检查点位有⼀半在我们区。
市⾥已经明确，哪个区拖了全市的后腿，就要在全市⼤会上作检查。
这个压⼒，我们必须扛起来。
⼆、突出重点，集中攻克难点问题
要把农贸市场、城中村和建筑⼯地作为主攻⽅向，每个点位明确⼀名区级领导和⼀个牵头部门，⼀周⼀调度。
病媒⽣物防制要请专业公司进场，⽼旧⼩区的下⽔道、垃圾房要逐⼀消杀。
三、压实责任，形成⼈⼈参与的格局
各街道党⼯委书记是第⼀责任⼈，要亲⾃上街、亲⾃督办。
机关⼲部要下沉到社区，每⼈包⼀个楼栋，带着居民⼀起清理楼道杂物。
同志们，创卫没有退路，只有向前。希望⼤家咬定⽬标，全⼒以赴打赢这场攻坚战。
""",
      speeches=[sp("在全区创建国家卫生城市攻坚大会上的讲话", "讲话", "区", ("江苏省", "淮安市", "清江浦区"),
                   min_paras=8)],
      junk=["格式:docx", "18.36 KB", "文档页数", "⼀", "⽣", "⼤"],
      kept=["今天召开全区创卫攻坚大会，目的是把市里的部署落实到每一条街巷、每一个小区。",
            "清江浦区是主城区，国家卫生城市的检查点位有一半在我们区。",
            "病媒生物防制要请专业公司进场，老旧小区的下水道、垃圾房要逐一消杀。",
            "希望大家咬定目标，全力以赴打赢这场攻坚战。"],
      **B11)

# v03 — a 文库 site's member-shared .docx: the "《篇3….docx》由会员分享…(5页珍藏版)》请在…上搜索" opening,
# then numbered page chunks ("1、" before the file name glued to the text, "2、" cutting a sentence),
# a masked city (XX市, X同志) and the site's 配套讲稿/温馨提示 notes after it.
blind("v03.txt", """篇3在全市创卫冲刺会上的讲话.docx
《篇3在全市创卫冲刺会上的讲话.docx》由会员分享，可在线阅读，更多相关《篇3在全市创卫冲刺会上的讲话.docx(5页珍藏版)》请在一点文库网上搜索。
1、篇3在全市创卫冲刺会上的讲话同志们：离国家卫生城市技术评估只剩下六十天了。今天召开这个冲刺会，就是要让大家明白，XX市创卫已经到了最后的关头，容不得半点松懈。刚才，X同志通报了近期暗访的情况，问题清单已经发到各位手里。下面，我讲几点要求。第一，问题清单就是军令状。清单上的四百一十二个问题，每一个都有责任单位和完成时限，逾期未改的，一律在市电视台曝光。第二，背街小巷是主战场。检查组不会只看主干道，他们专门往巷子里钻。各区要把
2、力量压到背街小巷，做到垃圾不落地、污水不横流、杂物不乱堆。第三，群众满意是硬指标。技术评估要入户问卷，群众说好才是真的好。各社区要挨家挨户上门，把创卫为了谁、需要大家做什么讲清楚。同志们，六十天说长不长，说短不短。只要大家拧成一股绳，XX市就一定能够拿到这块牌子。
- 配套讲稿：
如PPT文件的首页显示word图标，表示该PPT已包含配套word讲稿。
- 特殊限制：
部分文档作品中含有的国旗、国徽等图片，仅作为作品整体效果示例展示，禁止商用。
""",
      speeches=[sp("在全市创卫冲刺会上的讲话", "讲话", "市", masked=True)],
      junk=["由会员分享", "珍藏版", "一点文库网", "篇3", "配套讲稿", "特殊限制", "禁止商用", "word图标"],
      kept=["离国家卫生城市技术评估只剩下六十天了。",
            "检查组不会只看主干道，他们专门往巷子里钻。",
            "各区要把力量压到背街小巷，做到垃圾不落地、污水不横流、杂物不乱堆。",
            "只要大家拧成一股绳，XX市就一定能够拿到这块牌子。"],
      **B11)

# v04 — a 搜狐号-like self-media article (txt copy): the site's top links, a click-bait headline,
# the account name, a posting time with an IP location of another province, an editor's intro,
# the speech under its own title and a speaker line, then 返回…查看更多, a 平台声明 and 阅读 count.
blind("v04.txt", """搜狐首页 > 新闻 > 正文
干货｜区长在创文推进会上的讲话，句句说到点子上
笔墨公文坊
2023-08-21 09:15 发布于：北京
关注
今天给大家分享一篇区级创文推进会上的讲话，结构清楚、措施具体，写材料的朋友可以收藏学习。
在全区创建全国文明城市推进会上的讲话
区长　何雅琴
同志们：
　　这次推进会，主要是把年度测评前的各项任务再盘一遍。金水区今年的目标很明确：实地考察点位零失分，问卷调查满意率进全市前三。刚才几位同志讲的问题，都是我们离这个目标还差的地方。
　　第一，抓点位。全区一百零六个测评点位，已经整改到位的只有七成，剩下的三成都是硬骨头。区城管局、区住建局要拿出时间表，每周向区政府报告进度。
　　第二，抓宣传。公益广告要做到主次干道全覆盖，老旧小区、农贸市场也不能留空白。宣传栏里的内容要及时更新，不能还贴着去年的海报。
　　第三，抓参与。要把志愿服务和社区治理结合起来，每个社区至少建一支常态化的志愿者队伍，周末和节假日也要有人上岗。
　　同志们，测评没有第二次机会。希望大家拿出拼劲，把每一项任务落到实处。
返回搜狐，查看更多
平台声明：该文观点仅代表作者本人，搜狐号系信息发布平台，搜狐仅提供信息存储空间服务。
阅读 (2316)
""",
      published="2023-08-21",
      speeches=[sp("在全区创建全国文明城市推进会上的讲话", "讲话", "区", ("河南省", "郑州市", "金水区"),
                   speaker=["区长何雅琴", "何雅琴"], min_paras=5)],
      junk=["搜狐首页", "干货", "笔墨公文坊", "发布于", "给大家分享", "返回搜狐", "平台声明", "信息存储空间",
            "阅读 (2316)"],
      kept=["金水区今年的目标很明确：实地考察点位零失分，问卷调查满意率进全市前三。",
            "宣传栏里的内容要及时更新，不能还贴着去年的海报。",
            "第三，抓参与。",
            "希望大家拿出拼劲，把每一项任务落到实处。"],
      **B11)

# v05 — a 网易号-like news report (txt copy): a 栏目丨headline, the time/来源/举报 line, "0 分享至",
# a county secretary speaking at a 创文 meeting, then 用微信扫码…分享 and the 特别声明.
blind("v05.txt", """创城一线丨沐川县召开创建全国文明城市攻坚推进会
2024-04-11 18:32:07　来源: 沐川发布　四川　举报
0
分享至
　　4月10日下午，沐川县召开创建全国文明城市攻坚推进会，县委书记程立峰出席会议并讲话，县委副书记、县长邵晴主持会议。
　　会上，县文明办通报了一季度城区文明创建督查情况，沐溪镇、县城市管理局作了交流发言。
　　程立峰指出，创建全国文明城市是县委确定的重点任务，也是全县群众的共同心愿。各级各部门要把创建工作放在心上、扛在肩上，坚决克服松劲情绪，以最严的标准补齐短板。
　　程立峰强调，要聚焦群众反映强烈的停车难、噪音扰民、小区环境差等问题，拿出管用的办法，一件一件解决；要健全常态长效机制，防止检查前突击、检查后反弹；要加强督查考核，对推进不力的单位和个人严肃追责。
　　县级相关领导，各乡镇、县级各部门主要负责同志参加会议。
用微信扫码二维码
分享至好友和朋友圈
特别声明：本文为网易自媒体平台“网易号”作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。
""",
      published="2024-04-11",
      speeches=[sp("沐川县召开创建全国文明城市攻坚推进会", "会议报道", "县", ("四川省", "乐山市", "沐川县"),
                   speaker=["县委书记程立峰", "程立峰"], min_paras=4)],
      junk=["创城一线", "沐川发布", "举报", "分享至", "微信扫码", "特别声明", "网易自媒体平台"],
      kept=["会上，县文明办通报了一季度城区文明创建督查情况，沐溪镇、县城市管理局作了交流发言。",
            "各级各部门要把创建工作放在心上、扛在肩上，坚决克服松劲情绪，以最严的标准补齐短板。",
            "县级相关领导，各乡镇、县级各部门主要负责同志参加会议。"],
      **B11)

# v06 — a 百家号-like account's copy of a bureau's pledge (txt copy from the app): the account
# name, a year-less posting time with 来自/优质创作者, 打开…APP阅读体验更佳, the title, the pledge
# cut by 展开全文 in the middle and going on, then 举报/反馈 and the account's other posts.
blind("v06.txt", """公文写作研习社
03-15 08:40 · 来自广东 · 政务领域优质创作者
打开百度APP阅读体验更佳
白云区住房和城乡建设局在全区创建国家卫生城市誓师大会上的表态发言
尊敬的各位领导、同志们：
　　创建国家卫生城市，住建部门责任重大。建筑工地扬尘、老旧小区环境、城中村改造，都是检查组必看的地方，也是我们局必须啃下的硬骨头。在这里，我代表区住建局郑重表态：
　　一是管住工地。全区在建的一百三十个工地，全部落实围挡、洒水、车辆冲洗和裸土覆盖，每周至少暗查一遍，发现一次问题约谈一次，发现两次停工整改。
展开全文
　　二是改好小区。今年完成二十八个老旧小区的改造，重点解决化粪池、排水管网和楼道堆物问题，改一个、验一个、交一个，让居民看得见变化。
　　三是带好队伍。局班子成员每人包一个片区，工作日白天在工地、晚上在小区，问题不解决不收兵。
　　我们有决心、有信心，坚决完成区委、区政府交给的任务，为全区创卫交上一份满意的答卷！
举报/反馈
作者最新文章
表态发言这样写，领导一看就满意
创文工作总结的五种开头
""",
      speeches=[sp("白云区住房和城乡建设局在全区创建国家卫生城市誓师大会上的表态发言", "表态发言", "区",
                   ("广东省", "广州市", "白云区"), min_paras=5)],
      junk=["公文写作研习社", "优质创作者", "打开百度APP", "展开全文", "举报/反馈", "作者最新文章",
            "表态发言这样写", "五种开头"],
      kept=["建筑工地扬尘、老旧小区环境、城中村改造，都是检查组必看的地方，也是我们局必须啃下的硬骨头。",
            "一是管住工地。",
            "二是改好小区。",
            "我们有决心、有信心，坚决完成区委、区政府交给的任务，为全区创卫交上一份满意的答卷！"],
      **B11)

# v07 — a city party-building portal (HTML): the portal's name bar and menu, a breadcrumb, the title,
# a 来源/作者/发布时间/点击数 line, the speech with a name-and-date header block, 责任编辑, a share
# row and a footer with 主办单位 and 备案.
_V07 = [
    "同志们：",
    "去年，我市顺利通过全国文明城市复查，保住了这块来之不易的牌子。复查过关只是一个逗号，不是句号。今天召开这个会，就是要告诉大家：巩固成果比创建更难，松一口气就会前功尽弃。",
    "一、党员干部要走在前面",
    "文明创建是一项群众工作，群众看的是党员干部怎么做。各级党组织要把文明实践融入主题党日，机关党员每月到社区报到，认领一个岗位，干一件实事。",
    "二、基层党组织要成为主心骨",
    "社区、小区是文明城市的细胞。要发挥社区党组织的作用，把物业、业委会和居民组织起来，共同管好楼道、管好停车、管好垃圾分类。",
    "三、要用制度把成果固定下来",
    "泰州这几年积累了不少好的做法，比如文明交通劝导、门前三包评比，要及时上升为制度，不能人一走、事就停。",
    "同志们，文明城市是全市人民的共同财富。希望各级党组织和广大党员干部当好表率，让文明成为这座城市最亮的底色。",
]
blind("v07.html", """<html><head><meta charset="utf-8"><title>在全市巩固全国文明城市创建成果大会上的讲话-泰州党建网</title></head><body>
<div class="top">泰州党建网　|　设为首页　加入收藏</div>
<div class="menu">首页　党建要闻　基层动态　理论学习　文明创建　组织工作</div>
<div class="loc">当前位置：首页 &gt; 文明创建 &gt; 领导讲话</div>
<h1>在全市巩固全国文明城市创建成果大会上的讲话</h1>
<div class="info">来源：市委宣传部　作者：　发布时间：2021-09-03 10:20　点击数：</div>
<div class="con">
<p style="text-align:center">宋立军</p>
<p style="text-align:center">（2021年8月27日）</p>
""" + "".join(f"<p>{p}</p>\n" for p in _V07) + """</div>
<div class="editor">责任编辑：李文静</div>
<div class="share">分享到：微信　微博　QQ空间</div>
<div class="foot">主办单位：中共泰州市委组织部　苏ICP备12004518号</div>
</body></html>
""",
      published="2021-09-03",
      speeches=[sp("在全市巩固全国文明城市创建成果大会上的讲话", "讲话", "市", ("江苏省", "泰州市", None),
                   date="2021-08-27", speaker=["宋立军"], min_paras=8)],
      junk=["泰州党建网", "设为首页", "基层动态", "当前位置", "来源：市委宣传部", "责任编辑", "分享到", "主办单位",
            "ICP备"],
      kept=["复查过关只是一个逗号，不是句号。",
            "一、党员干部要走在前面",
            "要发挥社区党组织的作用，把物业、业委会和居民组织起来，共同管好楼道、管好停车、管好垃圾分类。",
            "希望各级党组织和广大党员干部当好表率，让文明成为这座城市最亮的底色。"],
      **B11)

# v08 — a city government portal's 领导讲话 column (HTML): the title naming the speaker
# ("X同志在…上的讲话"), a 信息来源/发布日期 line with 字号/打印/关闭, no salutation, the speech, and
# "扫一扫在手机打开当前页".
blind("v08.html", """<html><head><meta charset="utf-8"><title>李晓峰同志在全市创建国家卫生城市工作推进会上的讲话_领导讲话_营口市人民政府</title></head><body>
<div class="head">营口市人民政府　政务公开　政务服务　互动交流</div>
<div class="path">首页 &gt; 政务公开 &gt; 领导讲话</div>
<h2>李晓峰同志在全市创建国家卫生城市工作推进会上的讲话</h2>
<div class="src">信息来源：市政府办公室　发布日期：2019-07-22　【字号 大 中 小】【打印】【关闭】</div>
<div class="txt">
<p>今年是我市创建国家卫生城市的关键之年。上半年，全市上下围绕创卫目标做了大量工作，城区主次干道的保洁水平明显提高，十四个农贸市场完成了提档升级，群众的获得感在增强。</p>
<p>同时也要看到，我们的短板依然明显。城乡结合部垃圾收运不及时，部分餐饮店后厨卫生不达标，病媒生物防制还停留在突击消杀的层面。这些问题如果不解决，明年的技术评估就过不了关。</p>
<p>下半年，重点抓好四项工作：一是全面整治城乡结合部环境，做到垃圾日产日清；二是对全市小餐饮开展拉网式检查，不达标的一律停业整改；三是建立病媒生物防制长效机制，由专业机构常年驻场；四是开展健康教育进社区、进学校、进企业活动。</p>
<p>各区、各部门主要负责同志要亲自抓、负总责，市创卫办每月通报一次进度，市政府督查室跟踪问效，确保各项任务按期完成。</p>
</div>
<div class="qr">扫一扫在手机打开当前页</div>
</body></html>
""",
      published="2019-07-22",
      speeches=[sp("李晓峰同志在全市创建国家卫生城市工作推进会上的讲话", "讲话", "市", ("辽宁省", "营口市", None),
                   speaker=["李晓峰"], min_paras=4)],
      junk=["政务公开", "领导讲话_营口市人民政府", "信息来源", "字号", "打印", "关闭", "扫一扫在手机打开当前页"],
      kept=["今年是我市创建国家卫生城市的关键之年。",
            "城乡结合部垃圾收运不及时，部分餐饮店后厨卫生不达标，病媒生物防制还停留在突击消杀的层面。",
            "各区、各部门主要负责同志要亲自抓、负总责，市创卫办每月通报一次进度，市政府督查室跟踪问效，确保各项任务按期完成。"],
      **B11)

# v09 — a 公文 site with a VIP gate (txt copy): the title, a 所属分类/字数/更新时间 line, a masked
# town (××镇), three paragraphs, then the VIP notice, 开通VIP/立即下载 and a download count.
blind("v09.txt", """在全镇迎接国家卫生县城复审工作会议上的讲话
所属分类：领导讲话 | 字数：5321字 | 更新时间：2023-02-17
同志们：
　　今天召开全镇迎接国家卫生县城复审工作会议，主要是传达县里复审迎检动员会的精神，把全镇的任务分下去。××镇是县城的东大门，国道两侧、集贸市场和镇区老街都在复审的暗访范围之内，我们的担子不轻。
　　一、先把家底摸清楚。各村（社区）这个星期内要把辖区内的卫生死角全部排查一遍，拍照登记，列出清单，镇创卫办汇总后统一交办。
　　二、再把重点管起来。集贸市场要落实专人保洁，活禽销售区每天清洗消毒；国道两侧的修理店、废品站，占道经营的一律清退，乱堆乱放的限期清理。三是要把群众发动起来，……
——VIP会员可查看全文——
开通VIP　立即下载
已有1290人下载
""",
      published="2023-02-17",
      speeches=[sp("在全镇迎接国家卫生县城复审工作会议上的讲话", "讲话", "乡镇", masked=True, truncated=True)],
      junk=["所属分类", "字数：5321字", "VIP会员可查看全文", "开通VIP", "立即下载", "已有1290人下载"],
      kept=["××镇是县城的东大门，国道两侧、集贸市场和镇区老街都在复审的暗访范围之内，我们的担子不轻。",
            "各村（社区）这个星期内要把辖区内的卫生死角全部排查一遍，拍照登记，列出清单，镇创卫办汇总后统一交办。"],
      **B11)

# v10 — an OCR copy of a scanned booklet page (txt): the booklet's running header, "— 7 —" page
# numbers between lines, half-width commas where the scan was read so, lines cut at 24
# characters, a stray 口 for a box and a header block of name and date.
_V10 = [
    "同志们:",
    "市委、市政府决定召开这次全市创建全国文明城市动员大会,主要任务是统一思想、明确任务、落实责任。刚才,张副市长宣读了创建工作实施方案,三个区的负责同志作了发言,讲得都很好。",
    "一、创建是全市人民的共同愿望。曲靖争创全国文明城市已经提了多年,市民的期待很高。只有把城市管好,把服务做优,群众才会真正认可。",
    "二、创建要从最难的地方干起。老城片区的马路市场、城郊的垃圾堆放点、学校周边的交通秩序,是群众意见最集中的三件事,今年必须见到成效。",
    "三、创建要靠制度来保障。要建立市级领导包片、部门包线、社区包点的责任体系,每月一督查,每季一讲评,年底一考核。",
    "同志们,创建全国文明城市是一场硬仗。希望大家振奋精神,扎实工作,努力交出一份让群众满意的答卷。",
]


def _v10_lines() -> str:
    lines = hard_wrap(_V10, 24).split("\n")
    for at, extra in ((9, ["", "— 7 —", "", "创建工作资料汇编", ""]), (5, ["口"])):
        lines[at:at] = extra
    return "\n".join(lines)


blind("v10.txt", "创建工作资料汇编\n在全市创建全国文明城市动员大会上的讲话\n赵 海 川\n(2020年11月5日)\n"
      + _v10_lines() + "\n\n— 8 —\n",
      speeches=[sp("在全市创建全国文明城市动员大会上的讲话", "讲话", "市", ("云南省", "曲靖市", None),
                   date="2020-11-05", speaker=["赵海川"])],
      junk=["创建工作资料汇编", "— 7 —", "— 8 —", "re:^口$"],
      kept=["刚才，张副市长宣读了创建工作实施方案，三个区的负责同志作了发言，讲得都很好。",
            "老城片区的马路市场、城郊的垃圾堆放点、学校周边的交通秩序，是群众意见最集中的三件事，今年必须见到成效。",
            "要建立市级领导包片、部门包线、社区包点的责任体系，每月一督查，每季一讲评，年底一考核。",
            "希望大家振奋精神，扎实工作，努力交出一份让群众满意的答卷。"],
      **B11)

# v11 — a city news app's shared article (txt copy): 打开客户端 banner, the headline, the app's
# name with a posting time, a report of the mayor at a 创卫 调度会, 责任编辑, the app's
# "本文来自…客户端" note and a share row.
blind("v11.txt", """打开亳州新闻客户端，阅读体验更佳
我市召开国家卫生城市创建工作调度会
亳州新闻　2022-10-12 07:58
　　10月11日，我市召开国家卫生城市创建工作调度会，听取各区和市直有关部门创卫工作进展情况汇报，研究解决存在的突出问题。市长许卫东出席会议并讲话。
　　许卫东充分肯定了前一阶段的创卫工作。他指出，今年以来，全市创卫工作总体推进有力，城市环境卫生明显改观，但对照国家卫生城市标准，背街小巷保洁、农贸市场管理、小餐饮规范等方面仍有差距。
　　许卫东要求，各区、各部门要对照问题清单，逐项明确整改措施和完成时限；要强化日常管理，防止问题反弹；要加强宣传发动，引导市民自觉养成文明卫生习惯，形成人人参与创卫的良好氛围。
　　副市长孟庆林主持会议。
责任编辑：王蒙
本文来自【亳州新闻】客户端，仅代表作者观点。
分享到：微信　朋友圈　QQ
""",
      published="2022-10-12",
      speeches=[sp("我市召开国家卫生城市创建工作调度会", "会议报道", "市", ("安徽省", "亳州市", None),
                   speaker=["市长许卫东", "许卫东"], min_paras=4)],
      junk=["打开亳州新闻客户端", "阅读体验更佳", "责任编辑", "本文来自", "仅代表作者观点", "分享到"],
      kept=["10月11日，我市召开国家卫生城市创建工作调度会，听取各区和市直有关部门创卫工作进展情况汇报，研究解决存在的突出问题。",
            "他指出，今年以来，全市创卫工作总体推进有力，城市环境卫生明显改观，但对照国家卫生城市标准，背街小巷保洁、农贸市场管理、小餐饮规范等方面仍有差距。",
            "副市长孟庆林主持会议。"],
      **B11)

# v12 — a document-sharing viewer's free preview (txt copy): the title naming a role, a
# 上传人/上传时间/页数 line, a masked county and speaker (XX县县长 ××), "第 1 页 / 共 7 页" between
# preview pages, then 免费预览已结束 and the download offers.
blind("v12.txt", """县长在创建国家卫生县城动员大会上的讲话
上传人：wenku_8812　上传时间：2020-05-19　页数：7
县长在创建国家卫生县城动员大会上的讲话
XX县县长　××
同志们：
　　县委、县政府决定从今年起全面启动创建国家卫生县城工作。今天召开动员大会，就是要把全县干部群众的思想和行动统一到创卫这个目标上来。
　　一、为什么要创卫。创卫不是为了争一块牌子，而是为了让群众生活得更干净、更健康。我们县城的很多背街小巷至今还是土路，下雨天污水横流；一些农贸市场没有排水沟，夏天蚊蝇成群。这些问题不解决，群众就不会满意。
第 1 页 / 共 7 页
　　二、创卫创什么。国家卫生县城的标准涉及市容环境、病媒生物防制、食品安全、健康教育等方方面面。县爱卫办要把标准细化为任务清单，分解到每个乡镇和部门，做到人人有任务、事事有人管。
　　三、怎样创卫。一要加大投入，今年县财政安排专项资金，优先用于
免费预览已结束，剩余5页可下载查看
下载文档到电脑，查找使用更方便
还剩5页未读，继续阅读
""",
      published="2020-05-19",
      speeches=[sp("县长在创建国家卫生县城动员大会上的讲话", "讲话", "县", speaker=["县长"], masked=True,
                   truncated=True)],
      junk=["上传人", "第 1 页 / 共 7 页", "免费预览已结束", "下载文档到电脑", "继续阅读"],
      kept=["今天召开动员大会，就是要把全县干部群众的思想和行动统一到创卫这个目标上来。",
            "这些问题不解决，群众就不会满意。",
            "县爱卫办要把标准细化为任务清单，分解到每个乡镇和部门，做到人人有任务、事事有人管。"],
      **B11)

# v13 — a Traditional-character mirror of a 范文 page with pinyin after some words (s2t): a 字號
# line, a 范文 intro, the title with 篇一, a street office's speech naming its district.
blind("v13.txt", """在街道创建文明城市推进会上的讲话（精选）
字号：大 中 小　时间：2023-07-26 15:02
范文是写作的参考，也能给人启发。下面是小编为大家整理的讲话稿，仅供参考，一起来看看吧。
在街道创建文明城市推进会上的讲话篇一
同志们：
　　今天我们召开街道创建文明城市推进会，主要是落实区里的部署，把创建任务分解到每个社区。拱墅区今年要迎接全国文明城市年度测评，我们街道有十一个点位在测评范围之内。
　　一要把环境整治抓到位。各社区要组织力量，对老旧小区的楼道、车棚和绿化带进行全面清理，做到无乱堆、无乱贴、无乱停。
　　二要把志愿服务搞起来。每个社区要组建不少于五十人的志愿者队伍，在主要路口和公交站点开展文明劝导。
　　三要把责任压下去。街道班子成员分片负责，每周到点位督查，发现的问题当天交办、限时整改。
　　同志们，文明创建只有起点，没有终点。希望大家团结一心，为全区的测评多作贡献。
""", trad="s2t", pinyin=[("創建", "創(chuàng)建"), ("志願", "志願(yuàn)"), ("測評", "測(cè)評")],
      published="2023-07-26",
      speeches=[sp("在街道创建文明城市推进会上的讲话", "讲话", "乡镇", ("浙江省", "杭州市", "拱墅区"), min_paras=5)],
      junk=["字号", "小编", "仅供参考", "篇一", "chuàng", "yuàn", "cè"],
      kept=["拱墅区今年要迎接全国文明城市年度测评，我们街道有十一个点位在测评范围之内。",
            "每个社区要组建不少于五十人的志愿者队伍，在主要路口和公交站点开展文明劝导。",
            "希望大家团结一心，为全区的测评多作贡献。"],
      **B11)

# v14 — a Word file of a meeting's materials saved as text (UTF-16): a 会议材料/目录 head listing two
# speeches, each under the same title with its own role-and-name line and the date, "- 1 -" page
# numbers at the page breaks.
blind("v14.txt", """全县巩固国家卫生县城成果大会材料
目　录
1．韩立新同志讲话
2．罗振宇同志讲话
在全县巩固国家卫生县城成果大会上的讲话
县委副书记、县长　韩立新
（2021年4月8日）
同志们：
　　平江县去年通过了国家卫生县城复审，这是全县上下共同努力的结果。今天开这个会，主要是总结经验、查找问题，把巩卫工作转入常态化轨道。
　　从近期的暗访看，县城的主次干道保持得不错，但城郊结合部和几个老集镇问题反弹明显：垃圾收运不及时，马路市场又冒了出来。县城管局、县市场监管局要在一个月内拿出整改方案。
- 1 -
　　今年县政府将安排专项资金，用于农贸市场改造和公厕提质，各乡镇也要拿出相应的配套资金。各部门要把巩卫任务纳入年度工作计划，做到年初有部署、年中有检查、年底有考核。
　　同志们，巩卫没有休止符。希望大家常抓不懈，守护好这块来之不易的牌子。
在全县巩固国家卫生县城成果大会上的讲话
县委书记　罗振宇
（2021年4月8日）
同志们：
　　刚才，立新同志对巩卫工作作了全面安排，我都同意。下面，我讲两点意见。
　　第一，要把巩卫当成民生工程来做。干净整洁的环境，是群众最直接的需求。各级干部要多到背街小巷走一走，多听听群众怎么说，把群众的抱怨当作工作的清单。
- 2 -
　　第二，要把责任落到具体的人。县委将把巩卫工作纳入乡镇和部门的绩效考核，对工作不力、问题反弹严重的，既要问责单位，也要问责个人。
　　同志们，巩卫工作考验的是我们的耐心和韧劲。希望大家一以贯之，久久为功。
""", enc="utf-16",
      speeches=[sp("在全县巩固国家卫生县城成果大会上的讲话", "讲话", "县", ("湖南省", "岳阳市", "平江县"),
                   date="2021-04-08", speaker=["韩立新", "县长韩立新", "县委副书记、县长韩立新"]),
                sp("在全县巩固国家卫生县城成果大会上的讲话", "讲话", "县", ("湖南省", "岳阳市", "平江县"),
                   date="2021-04-08", speaker=["罗振宇", "县委书记罗振宇"])],
      junk=["大会材料", "目　录", "韩立新同志讲话", "罗振宇同志讲话", "re:^- \\d -$"],
      kept=["平江县去年通过了国家卫生县城复审，这是全县上下共同努力的结果。",
            "今年县政府将安排专项资金，用于农贸市场改造和公厕提质，各乡镇也要拿出相应的配套资金。",
            "刚才，立新同志对巩卫工作作了全面安排，我都同意。",
            "县委将把巩卫工作纳入乡镇和部门的绩效考核，对工作不力、问题反弹严重的，既要问责单位，也要问责个人。",
            "希望大家一以贯之，久久为功。"],
      **B11)

# v15 — a 范文 site's article split over two pages (GBK txt copy of both): the title, a 作者/来源
# line, page 1, the pager, then page 2 which opens with the last paragraph of page 1 again, and the
# site's 网友投稿 note. A role-only title.
_V15 = [
    "同志们：",
    "今天，我们在这里召开全区创卫百日攻坚誓师大会，就是要吹响冲锋号，用一百天时间把创卫的短板补齐。城厢区是老城区，人口密、街巷多，创卫的难度在全市最大，但越是难，越要干出个样子来。",
    "一、目标要明确。一百天里，全区要完成三十条背街小巷的改造、十二个老旧小区的环境提升和全部农贸市场的规范化管理，每一项都要有清单、有时限、有责任人。",
    "二、方法要对头。创卫不能靠突击，要靠常态。每个街道都要建立网格化的保洁和巡查制度，网格员每天至少巡查两遍，发现问题通过平台上报，两小时内有人处理。",
    "三、纪律要严明。攻坚期间，各单位一把手不得无故请假。对工作推进不力的，区委将通报批评；造成严重失分的，依规依纪追究责任。",
    "同志们，百日攻坚，时不我待。希望大家以只争朝夕的精神，打好这场攻坚战，为全市创卫作出城厢区应有的贡献。",
]
blind("v15.txt", "区委书记在全区创卫百日攻坚誓师大会上的讲话\n作者：佚名　来源：网友投稿\n"
      + "\n".join(_V15[:4]) + "\n上一页　1　2　下一页\n" + "\n".join(_V15[3:])
      + "\n本文由网友投稿，如有侵权请联系删除。\n", enc="gbk",
      speeches=[sp("区委书记在全区创卫百日攻坚誓师大会上的讲话", "讲话", "区", ("福建省", "莆田市", "城厢区"),
                   speaker=["区委书记"], min_paras=5)],
      junk=["作者：佚名", "网友投稿", "上一页", "如有侵权"],
      kept=["城厢区是老城区，人口密、街巷多，创卫的难度在全市最大，但越是难，越要干出个样子来。",
            "每个街道都要建立网格化的保洁和巡查制度，网格员每天至少巡查两遍，发现问题通过平台上报，两小时内有人处理。",
            "对工作推进不力的，区委将通报批评；造成严重失分的，依规依纪追究责任。",
            "希望大家以只争朝夕的精神，打好这场攻坚战，为全市创卫作出城厢区应有的贡献。"],
      **B11)

# v16 — a 企鹅号-like repost of a county media account's report (txt copy): the platform and
# account line with the time, picture captions and "（图片来源网络，侵删）" between paragraphs, a
# county secretary speaking, and the 免责声明 and 关注 lines.
blind("v16.txt", """腾讯新闻　企鹅号
安远县召开创建国家卫生县城推进会
安远融媒　2021-11-30 16:05
（图片来源网络，侵删）
　　11月29日，安远县召开创建国家卫生县城推进会，总结前段创卫工作，部署下一阶段重点任务。县委书记钟立新出席会议并讲话。
图为会议现场
　　钟立新指出，创建国家卫生县城已进入迎检冲刺的关键时期，全县上下要增强紧迫感和责任感，以更实的作风、更硬的举措抓好各项任务落实。
　　钟立新要求，要盯住农贸市场、城中村、建筑工地等薄弱环节，集中力量开展整治；要抓好病媒生物防制和健康教育，提升群众的卫生意识和知晓率；各乡镇、各部门主要负责同志要靠前指挥，确保各项创卫指标全部达标。
（图片来源网络，侵删）
　　会上，县爱卫办通报了创卫工作进展情况，欣山镇、县城管局作了表态发言。
免责声明：本文由企鹅号作者发布，不代表平台立场。
关注安远融媒，了解更多本地资讯
""",
      published="2021-11-30",
      speeches=[sp("安远县召开创建国家卫生县城推进会", "会议报道", "县", ("江西省", "赣州市", "安远县"),
                   speaker=["县委书记钟立新", "钟立新"], min_paras=4)],
      junk=["腾讯新闻", "企鹅号", "安远融媒", "图片来源网络", "图为会议现场", "免责声明", "了解更多本地资讯"],
      kept=["11月29日，安远县召开创建国家卫生县城推进会，总结前段创卫工作，部署下一阶段重点任务。",
            "钟立新指出，创建国家卫生县城已进入迎检冲刺的关键时期，全县上下要增强紧迫感和责任感，以更实的作风、更硬的举措抓好各项任务落实。",
            "会上，县爱卫办通报了创卫工作进展情况，欣山镇、县城管局作了表态发言。"],
      **B11)

# v17 — a 公文 site with a login gate (txt copy): the title, a one-line header of role, name and
# date, the site's watermark "（本文来自…网 www…）" inside two sentences, and the text cut with
# 登录后查看全文 / 立即注册.
blind("v17.txt", """在全区创建全国文明城市决战动员会上的讲话
区委书记　邓海鹰（2022年3月18日）
同志们：
　　今年是全国文明城市测评的决战之年。洛龙区作为主城区，承担着全市三分之一以上的实地测评点位，能不能打好这一仗，直接关系到全市（本文来自公文素材网 www.gwsucai.cn）的成败。
　　一要算清楚账。去年测评我们丢分最多的是老旧小区和农贸市场，分别丢了二点一分和一点七分。今年这两块如果还拿不下来，前面做得再好也是白费。
　　二要压实担子。区级领导每人分包一个街道，街道班子成员每人分包一个社区，一级抓一级，层层传导压力。各街道要把（本文来自公文素材网 www.gwsucai.cn）创建任务细化到每一个网格、每一名网格员。
　　三要……
登录后查看全文　|　还没有账号？立即注册
""",
      speeches=[sp("在全区创建全国文明城市决战动员会上的讲话", "讲话", "区", ("河南省", "洛阳市", "洛龙区"),
                   date="2022-03-18", speaker=["邓海鹰", "区委书记邓海鹰"], truncated=True)],
      junk=["公文素材网", "gwsucai", "登录后查看全文", "立即注册"],
      kept=["能不能打好这一仗，直接关系到全市的成败。",
            "去年测评我们丢分最多的是老旧小区和农贸市场，分别丢了二点一分和一点七分。",
            "各街道要把创建任务细化到每一个网格、每一名网格员。"],
      **B11)

# v18 — a 文秘 site's pledge (txt copy): 【导语】 with the site's intro, the title with a masked street
# office (XX街道), the pledge, and the 本文地址/相关阅读 footer. Its level is the meeting's (全市), as
# for the pledges of b08 and u08 (a piece at a higher level's meeting).
blind("v18.txt", """【导语】表态发言要短、要实、要有决心。下面是文秘之家为大家整理的一篇街道表态发言，供大家参考借鉴。
XX街道在全市创建全国文明城市誓师大会上的表态发言
尊敬的各位领导，同志们：
　　市委、市政府召开这次誓师大会，吹响了创建全国文明城市的冲锋号。作为老城区的街道，我们辖区有八个测评点位、二十三个老旧小区，任务重、压力大。我代表XX街道党工委、办事处表态如下：
　　一是点位整改不过夜。街道成立六个攻坚小组，每组包干一片，测评点位的问题当天发现、当天整改。
　　二是小区管理不留死角。对没有物业的老旧小区，由社区党组织牵头成立自管小组，楼道、车棚、绿化带每周清理一次。
　　三是志愿服务不断线。每个社区至少组建一支五十人以上的志愿者队伍，早晚高峰在路口开展文明劝导。
　　我们将以最坚决的态度、最有力的措施，确保辖区点位不失分、不拖全市后腿！
本文地址：文秘之家 > 表态发言 > 正文
相关阅读：社区创文工作表态发言　创文志愿者誓词
""",
      speeches=[sp("XX街道在全市创建全国文明城市誓师大会上的表态发言", "表态发言", "市", masked=True, min_paras=5)],
      junk=["导语", "文秘之家", "供大家参考借鉴", "本文地址", "相关阅读", "社区创文工作表态发言", "创文志愿者誓词"],
      kept=["作为老城区的街道，我们辖区有八个测评点位、二十三个老旧小区，任务重、压力大。",
            "二是小区管理不留死角。",
            "我们将以最坚决的态度、最有力的措施，确保辖区点位不失分、不拖全市后腿！"],
      **B11)

# v19 — a city health commission's portal (HTML): the commission's name bar, a breadcrumb, the
# headline, a 发布时间/来源/阅读 line, a report of a 爱国卫生 and 巩卫 meeting with a vice mayor
# speaking, the 附件 line and a footer.
blind("v19.html", """<html><head><meta charset="utf-8"><title>荆门市卫生健康委员会</title></head><body>
<div class="top">荆门市卫生健康委员会　网站首页　机构概况　政务公开　卫健动态</div>
<div class="crumb">您当前的位置：网站首页 &gt; 卫健动态 &gt; 工作动态</div>
<h1>全市爱国卫生暨巩固国家卫生城市工作会议召开</h1>
<div class="meta">发布时间：2020-04-21 09:30　来源：市爱卫办　阅读：</div>
<div class="art">
<p>4月20日，全市爱国卫生暨巩固国家卫生城市工作会议召开。副市长罗嘉出席会议并讲话。</p>
<p>会议总结了2019年全市爱国卫生工作，通报了国家卫生城市长效管理考核结果，安排部署了今年爱国卫生和巩卫工作任务。东宝区、掇刀区和市城管执法委作了发言。</p>
<p>罗嘉指出，今年是国家卫生城市复审之年，各地各部门要以复审为契机，把爱国卫生运动与常态化疫情防控结合起来，深入开展城乡环境卫生整治，补齐公共卫生短板。</p>
<p>罗嘉要求，要压实属地责任、部门责任，健全长效管理机制，持续抓好农贸市场、背街小巷、城中村等重点区域整治，确保以优异成绩通过复审。</p>
</div>
<div class="att">附件：</div>
<div class="foot">主办：荆门市卫生健康委员会　技术支持：市大数据中心</div>
</body></html>
""",
      published="2020-04-21",
      speeches=[sp("全市爱国卫生暨巩固国家卫生城市工作会议召开", "会议报道", "市", ("湖北省", "荆门市", None),
                   speaker=["副市长罗嘉", "罗嘉"], min_paras=4)],
      junk=["荆门市卫生健康委员会", "机构概况", "您当前的位置", "发布时间", "来源：市爱卫办", "附件", "技术支持"],
      kept=["4月20日，全市爱国卫生暨巩固国家卫生城市工作会议召开。",
            "会议总结了2019年全市爱国卫生工作，通报了国家卫生城市长效管理考核结果，安排部署了今年爱国卫生和巩卫工作任务。",
            "罗嘉要求，要压实属地责任、部门责任，健全长效管理机制，持续抓好农贸市场、背街小巷、城中村等重点区域整治，确保以优异成绩通过复审。"],
      **B11)

# v20 — a PDF of a district's 创城工作简报 (txt copy): the bulletin's name, issue and date, a
# 【领导讲话】 column holding two speeches, each titled "X同志在…上的讲话", lines cut at 32
# characters, one paragraph with spaces between the characters, a "-2-" page number and the
# 报/送 distribution lines at the end. The bulletin's issue date is no posting time (no published, as
# b15's bulletin).
_V20A = [
    "同志们：",
    "今年是蒸湘区创建全国文明城市的攻坚之年。从上半年的暗访情况看，全区的短板主要集中在老旧小区和农贸市场，这两块的问题不解决，测评就过不了关。",
    "各街道要对辖区内的老旧小区逐个建立台账，能改造的抓紧改造，暂时改不了的先把卫生和秩序管起来；区市场监管局要牵头对农贸市场开展一次全面整治，做到划行归市、干净整洁。",
    "同志们，离年度测评只有四个多月了。希望大家不等不靠，以最快的速度把问题解决在测评之前。",
]
_V20B = [
    "同志们：",
    "刚才，王俊书记作了重要讲话，大家要认真抓好落实。下面，我就具体工作讲三点。",
    "一是资金要保障到位。区财政已经安排了创建专项资金，主要用于老旧小区改造和公益广告设置，各单位要抓紧组织实施，确保资金用在刀刃上。",
    "二是督查要跟进到位。区创城办要每周组织一次暗访，暗访结果在区内通报，对连续两次排名靠后的单位，由区政府约谈主要负责人。",
    "三是宣传要覆盖到位。要在主次干道、公园广场和小区出入口设置公益广告，让创城的氛围处处可见。",
]


def _spaced(s: str) -> str:
    return " ".join(s)


blind("v20.txt", "蒸湘区创城工作简报\n第12期\n区创城办编　2023年6月20日\n【领导讲话】\n"
      + "王俊同志在全区创城攻坚推进会上的讲话\n" + hard_wrap(_V20A, 32) + "\n-2-\n"
      + "刘倩同志在全区创城攻坚推进会上的讲话\n" + hard_wrap(_V20B[:2], 32) + "\n" + _spaced(_V20B[2]) + "\n"
      + hard_wrap(_V20B[3:], 32) + "\n报：市创城办\n送：区委、区政府领导，各街道、区直各单位\n",
      speeches=[sp("王俊同志在全区创城攻坚推进会上的讲话", "讲话", "区", ("湖南省", "衡阳市", "蒸湘区"),
                   speaker=["王俊"]),
                sp("刘倩同志在全区创城攻坚推进会上的讲话", "讲话", "区", ("湖南省", "衡阳市", "蒸湘区"),
                   speaker=["刘倩"])],
      junk=["创城工作简报", "第12期", "区创城办编", "领导讲话", "re:^-2-$", "报：市创城办", "区直各单位"],
      kept=["从上半年的暗访情况看，全区的短板主要集中在老旧小区和农贸市场，这两块的问题不解决，测评就过不了关。",
            "希望大家不等不靠，以最快的速度把问题解决在测评之前。",
            "刚才，王俊书记作了重要讲话，大家要认真抓好落实。",
            "区财政已经安排了创建专项资金，主要用于老旧小区改造和公益广告设置，各单位要抓紧组织实施，确保资金用在刀刃上。",
            "三是宣传要覆盖到位。"],
      **B11)
# --- probe batch, round 5 (batch 5, p35–p44): titles, speakers and places on page kinds the
# earlier rounds covered least, each modelled on the shape of a different real page read through
# the search tool's page corpus (a county portal's 我县 report whose county only the portal's
# name gives, a city paper's headline under a kicker "某某在…会上要求", an e-paper's report cut
# by 下转二版, a members' site's preview, a document viewer's one-line text with spaced
# characters, a community's pledge under the site's label with its own title over two lines,
# a city health commission's report whose city only the page's <title> gives, a Traditional
# county report with pinyin, a county report whose main speaker comes after three officials,
# an aggregator's copy dated dd.mm.yyyy). Every sentence was written for this project; measured
# once before any rule change (see floors.yaml), then tuned on (holdout: false).
P5 = dict(batch=5, holdout=False)

# p35 — a county government portal's 重大民生信息 page (HTML): the headline says only 我县; the
# county is named by the portal's <title> and banner.
blind("p35.html", """<html><head><meta charset="utf-8"><title>我县召开创建全国文明城市工作推进会-郏县人民政府</title></head>
<body>
<div class="head">郏县人民政府　|　政务公开　|　政务服务　|　互动交流</div>
<div class="pos">当前位置：首页 &gt; 政府信息公开 &gt; 重大民生信息</div>
<h1>我县召开创建全国文明城市工作推进会</h1>
<div class="info">发布日期：2023-08-22　　浏览次数：</div>
<div class="con">
<p>　　8月18日，我县召开创建全国文明城市工作推进会，通报了七月份暗访发现的问题，对下一阶段的迎检工作作了安排。县委常委、宣传部长周文涛出席会议并讲话。</p>
<p>　　周文涛要求，各乡镇、各职能部门要把暗访通报的问题当成自己的问题，逐条认领、限期整改；要用好新时代文明实践站点，把志愿服务开到小区门口和集市路口；县直单位包联的路段和小区，主要负责同志每周至少去一次。</p>
<p>　　会上，县文明办解读了近期测评的重点指标，县城管局、县市场监管局的负责同志作了表态发言。</p>
<p>（编辑：马晓丽）</p>
</div>
<div class="foot">主办：郏县人民政府办公室　网站标识码：4104250001　豫ICP备05012345号</div>
</body></html>
""", published="2023-08-22",
      speeches=[sp("我县召开创建全国文明城市工作推进会", "会议报道", "县", ("河南省", "平顶山市", "郏县"),
                   speaker=["县委常委、宣传部长周文涛", "周文涛"])],
      junk=["当前位置", "重大民生信息", "浏览次数", "编辑：马晓丽", "网站标识码", "ICP备", "政务服务"],
      kept=["县委常委、宣传部长周文涛出席会议并讲话。",
            "会上，县文明办解读了近期测评的重点指标，县城管局、县市场监管局的负责同志作了表态发言。"], **P5)

# p36 — a city paper's web page (txt): a kicker "某某在…会上要求" above a two-line main headline,
# a time/source/author line, a 我市 report naming no place.
blind("p36.txt", """
孙建华在文明城市创建工作调度会上要求
压实责任 攻坚克难
全力冲刺文明城市创建目标

发布时间：2023-10-18 08:45　来源：本报　作者：记者 郝 静

10月17日，我市召开文明城市创建工作调度会，听取各牵头单位的进展汇报。市委常委、宣传部部长孙建华出席会议并讲话。
孙建华指出，今年的创建工作已经进入冲刺阶段，离年度测评只剩一个多月，各牵头单位要把每一项指标再过一遍，不能把问题留给测评组去发现。
孙建华强调，要拧成一股绳，一把手要亲自过问、亲自协调；要对照测评体系细化措施，背街小巷、农贸市场和公共厕所要天天有人管；要把常态长效的机制建起来，确保新一轮测评开好局。
""", published="2023-10-18",
      speeches=[sp("压实责任 攻坚克难 全力冲刺文明城市创建目标", "会议报道", "市",
                   speaker=["市委常委、宣传部部长孙建华", "孙建华"])],
      junk=["发布时间", "来源：本报", "re:^孙建华在文明城市创建工作调度会上要求$"],
      kept=["10月17日，我市召开文明城市创建工作调度会，听取各牵头单位的进展汇报。",
            "孙建华指出，今年的创建工作已经进入冲刺阶段，离年度测评只剩一个多月，各牵头单位要把每一项指标再过一遍，"
            "不能把问题留给测评组去发现。"], **P5)

# p37 — an e-paper's front page (txt): "第01版：…PDF版阅读", the headline and a slogan subtitle, a
# 全媒体记者 lead, the report cut by "（下转二版）", and the archive's date|count list below.
blind("p37.txt", """
第01版：要闻　PDF版阅读
全市巩固国家卫生城市成果推进会召开
下足绣花功夫 守牢金字招牌
本报讯（全媒体记者 胡 蓉 武 亮）5月18日，郑州市巩固国家卫生城市成果推进会召开。市长程立新出席并讲话，强调要把国家卫生城市的标准落到每一条街巷、每一个小区，以常态化管理迎接复审。
会议通报了一季度卫生城市管理考评结果，市卫健委、市城管局和两个街道办事处先后发言。程立新指出，国家卫生城市是全市人民一起挣来的荣誉，复审看的是平时、比的是细节。各区各部门要把考评中发现的问题逐项建账，整改一项、销号一项，不能等到检查前再突击。
程立新强调，要持续开展健康教育和控烟行动，把农贸市场、城中村和建筑工地作为病媒生物防制的重点，（下转二版）
2025-09-14,11942| 2025-09-13,11938| 2025-09-12,11930| 2025-09-11,11918| 2025-09-10,11910|
""",
      speeches=[sp("全市巩固国家卫生城市成果推进会召开", "会议报道", "市", ("河南省", "郑州市", None),
                   speaker=["市长程立新", "程立新"], truncated=True)],
      junk=["PDF版阅读", "下转二版", "re:\\d{4}-\\d\\d-\\d\\d,\\d+\\|", "第01版"],
      kept=["会议通报了一季度卫生城市管理考评结果，市卫健委、市城管局和两个街道办事处先后发言。",
            "各区各部门要把考评中发现的问题逐项建账，整改一项、销号一项，不能等到检查前再突击。"], **P5)

# p38 — a members' 文秘 site's preview (txt): the title, an uploader/time/VIP/length line, 内容预览,
# the title again, a district speech with masked names cut by "…………", and the members' notice.
blind("p38.txt", """
区迎接文明城市测评动员大会讲话稿
投稿人：佚名　发布时间：2017/6/12　投稿交换　申请VIP　全文3860字
内容预览：

区迎接文明城市测评动员大会讲话稿

同志们：
这次会议，主要是传达全市文明城市创建推进会精神，分析当前测评迎检面临的形势，动员全区上下全力以赴做好迎检工作。刚才，xxx部长通报了上半年创建工作情况，xx街道、区住建局、区城管局的主要负责同志作了表态发言，xxx区长与各街道签订了创建目标责任书。下面，我再讲三点意见。
一、测评随时可能开始，要迅速进入迎检状态
按照测评办法，实地考察不打招呼、不定时间，随时都可能进场。xxxx区是淄博中心城区的重要组成部分，测评点位占了全市的三成以上，我们的成绩直接关系到全市的排名。各街道、各部门一定要认清形势，把迎检当作当前压倒一切的任务来抓。
当前，我们面临的形势相当严峻。一是标准更高。今年的测评体系新增了…………

全文共3860字，仅供站内会员学习参考（会员可打开排版后的全文并下载）
""", published="2017-06-12",
      speeches=[sp("区迎接文明城市测评动员大会讲话稿", "讲话", "区", ("山东省", "淄博市", None),
                   masked=True, truncated=True)],
      junk=["投稿人", "申请VIP", "内容预览", "仅供站内会员", "全文共3860字"],
      kept=["一、测评随时可能开始，要迅速进入迎检状态",
            "各街道、各部门一定要认清形势，把迎检当作当前压倒一切的任务来抓。"], **P5)

# p39 — a document viewer's text (txt): the whole speech on one line, the title with its last
# word spaced out, the date and the spaced name after it, some passages with spaces between
# characters, and the page counter glued in mid-text.
blind("p39.txt",
      "在迎接国家卫生城市复审动员大会上的 讲 话 （2016年3月9日） 邵 明 辉 同志们： "
      "这次动员大会，既是迎接复审的冲刺会，也是确保复审一次通过的誓师会。刚才，文军同志宣读了《迎接国家卫生城市复审工作方案》，"
      "市政府与三个区签订了责任书，三个区和市城管局作了发言，讲得都很好。下面，我就复审迎检讲三点意见。 "
      "一、统一思想，把复审当作一次大考 今 年 的 国家卫生城市复审，是我市 挂 牌 以 来 的 第 一 次 复 审 。"
      "国家卫生城市是聊城城市建设的一块金字招牌，这块牌子是全市上下干了八年才拿到的，绝不能在我们手里丢掉。 "
      "二、突出重点，把短板一块一块补齐 复审组看的不是主干道，而是背街小巷、城中村和农贸市场。各区要对照标准逐项自查，"
      "发现一处、整改一处，第 1 页 共 4 页 每周向市爱卫办报一次进度。 "
      "三、压实责任，把工作一项一项落到人 市爱卫会各成员单位要各负其责，对推诿扯皮、整改不力的，要严肃追责。 "
      "同志们，复审的时间已经不多了，希望大家拿出当年创卫的劲头，确保复审顺利通过。\n",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", ("山东省", "聊城市", None),
                   date="2016-03-09", speaker=["邵明辉"])],
      junk=["re:第 ?1 ?页 ?共 ?4 ?页"],
      kept=["是我市挂牌以来的第一次复审。",
            "复审组看的不是主干道，而是背街小巷、城中村和农贸市场。",
            "市爱卫会各成员单位要各负其责，对推诿扯皮、整改不力的，要严肃追责。"], **P5)

# p40 — a 范文 site's page of a community's pledge (txt): the site's label as the first heading,
# the piece's own title broken over two lines, a members-only block (the site hides part of the
# text there, so the copy is abridged) glued to a sentence, and the site's collection notice.
blind("p40.txt", """
社区在创卫表彰大会上的发言
在全市创建国家卫生城市总结表彰暨全国
文明城市推进工作会议上的发言
尊敬的各位领导：
大家好！很荣幸代表人民路街道翠苑社区在这里发言，和大家说一说创卫路上的体会。三年创卫，我们社区从一个垃圾围楼的老旧小区，变成了居民愿意下楼走走的地方，这里面有太多居民的汗水。
隐藏内容
此处内容需要权限查看
会员免费查看创卫成功了，但创城的路还很长。眼下，居民参与还不够广泛，有的楼道刚清完又堆满杂物，环境反弹的压力一直存在。
困难再大，我们也相信，没有淮北人办不成的事。创建全国文明城市的号角已经吹响，我们人民路街道要走在前面，我们翠苑社区要争当排头兵。我们将把楼道清理、垃圾分类和文明劝导排进每周的计划，组织居民志愿者分片包干，做到每栋楼都有人管、每件事都有人盯。
请各位领导放心，我们翠苑社区全体干部一定不辜负组织的信任，不达目标不松劲，以实实在在的成绩向全市人民交出一份满意的答卷。
声明：本站所有文章，均为从网络采集发布，仅供参考学习使用
""",
      speeches=[sp("在全市创建国家卫生城市总结表彰暨全国文明城市推进工作会议上的发言", "表态发言", "市",
                   ("安徽省", "淮北市", None), truncated=True)],
      junk=["隐藏内容", "此处内容需要权限查看", "会员免费查看", "本站所有文章", "re:^社区在创卫表彰大会上的发言$"],
      kept=["创卫成功了，但创城的路还很长。",
            "请各位领导放心，我们翠苑社区全体干部一定不辜负组织的信任，不达目标不松劲，以实实在在的成绩向全市人民交出一份满意的答卷。"],
      **P5)

# p41 — a city health commission's news page (HTML): accessibility links, a breadcrumb, the
# headline, a source/clicks/time line, a report with a two-role speaker and a chair, a photo
# caption and the CMS's footer; the city is named only by the page's <title>.
blind("p41.html", """<html><head><meta charset="utf-8"><title>市卫生健康委召开国家卫生城市长效管理工作推进会 - 烟台市卫生健康委员会</title></head>
<body>
<div class="top"><a>无障碍浏览</a>　<a>长者模式</a></div>
<div class="pos">您现在所在的位置：首页 &gt; 卫健资讯 &gt; 工作动态</div>
<h2>市卫生健康委召开国家卫生城市长效管理工作推进会</h2>
<div class="meta">文章来源：市爱国卫生运动委员会办公室　点击次数：　发布时间：2023-09-12 17:20</div>
<div class="txt">
<p>　　9月12日，市卫生健康委召开国家卫生城市长效管理工作推进会。市卫生健康委党组副书记、副主任高云峰出席会议并讲话。市卫生健康委二级调研员宋建平主持会议。</p>
<p>　　会议学习了新修订的国家卫生城市标准和监督管理办法，讨论了巩固卫生城市成果的长效管理意见稿，对下一阶段的暗访督导作了分工。</p>
<p>　　高云峰指出，各区市要把卫生城市的标准融入日常管理，主动找短板、补弱项；要把病媒生物防制、农贸市场和小餐饮店作为经常性检查的重点，发现问题当天交办；要健全常态化的工作机制，让群众在干净整洁的环境中有实实在在的获得感。</p>
<p style="text-align:center">推进会现场</p>
</div>
<div class="foot">Produced By 大汉网络 大汉版通发布系统</div>
</body></html>
""", published="2023-09-12",
      speeches=[sp("市卫生健康委召开国家卫生城市长效管理工作推进会", "会议报道", "市", ("山东省", "烟台市", None),
                   speaker=["市卫生健康委党组副书记、副主任高云峰", "高云峰"])],
      junk=["无障碍浏览", "您现在所在的位置", "文章来源", "点击次数", "re:^推进会现场$", "Produced By"],
      kept=["会议学习了新修订的国家卫生城市标准和监督管理办法，讨论了巩固卫生城市成果的长效管理意见稿，对下一阶段的暗访督导作了分工。"],
      **P5)

# p42 — a county news site's page in Traditional characters with pinyin after some words
# (txt): a breadcrumb, the headline, a time/source line, a lead starting 今日下午 with a
# two-character speaker who 参加会议并讲话.
blind("p42.txt", """
首页 > 新闻动态 > 翁源要闻
翁源县召开创建全国县级文明城市工作推进会
发布时间：2024-03-26 18:02:11　来源：翁源县融媒体中心
今日下午，2024年翁源县文明委第一次全体成员（扩大）会议暨创建全国县级文明城市工作推进会召开，动员全县上下鼓足干劲、对标对表，打好今年的创文攻坚战。县委书记钟岚参加会议并讲话。
会上，与会人员观看了创文工作暗访片，会议通报了近期督导检查发现的问题，并对今年争创全国县级文明城市提名城市的工作作了部署。
钟岚强调，全县各级各部门要在思想上紧起来、行动上快起来，问题要一件一件抓整改，短板要一块一块补起来；县城的背街小巷、农贸市场和城乡结合部是测评的重点，各包联单位要天天有人在现场。
""", trad="s2tw", pinyin=[("創建", "創(chuàng)建"), ("學習", "學(xué)習(xí)"), ("強調", "強(qiáng)調(diào)")],
      published="2024-03-26",
      speeches=[sp("翁源县召开创建全国县级文明城市工作推进会", "会议报道", "县", ("广东省", "韶关市", "翁源县"),
                   speaker=["县委书记钟岚", "钟岚"])],
      junk=["re:\\([a-z" + PINYIN_MARKS + "]+\\)", "翁源要闻", "发布时间", "融媒体中心"],
      kept=["县委书记钟岚参加会议并讲话。",
            "会上，与会人员观看了创文工作暗访片，会议通报了近期督导检查发现的问题，并对今年争创全国县级文明城市提名城市的工作作了部署。"],
      **P5)

# p43 — a city news portal's county report (txt): the headline, a time/source line, a chair, an
# official who reads a notice and one who sums up, a paragraph of results, and only then the
# county secretary's speech.
blind("p43.txt", """
昌黎县召开创建全国文明县城动员大会
2019-02-20 09:31:06　来源：秦皇岛新闻网　作者：
2月18日，节后上班第一天，昌黎县召开创建全国文明县城动员大会，部署今年的创建工作。在家的全体县领导参加会议，县委副书记、县长韩立军主持会议。
县委副书记孟庆波宣读了《关于表扬省级文明县城创建工作先进单位和先进个人的通报》；县委常委、宣传部长许春燕总结了去年的创建工作，并对今年创建全国文明县城的工作作了安排。
去年，全县七十多家责任单位、六千多名机关干部投入创建，新建改建背街小巷四十二条，县城面貌明显改观，昌黎以全省前十的成绩获评省级文明县城。
县委书记杜宏伟在会上讲话。他指出，创建全国文明县城是全县人民的共同期盼，也是检验干部作风的考场，全县上下要克服松劲、厌战和侥幸心态，把省级文明县城的成果当作新的起点。
杜宏伟要求，各乡镇、各部门要对照测评体系逐项分解任务，主要负责同志亲自抓、负总责，确保今年的创建工作开局就见成效。
""", published="2019-02-20",
      speeches=[sp("昌黎县召开创建全国文明县城动员大会", "会议报道", "县", ("河北省", "秦皇岛市", "昌黎县"),
                   speaker=["县委书记杜宏伟", "杜宏伟"])],
      junk=["来源：秦皇岛新闻网", "re:^2019-02-20 09:31:06"],
      kept=["县委书记杜宏伟在会上讲话。",
            "杜宏伟要求，各乡镇、各部门要对照测评体系逐项分解任务，主要负责同志亲自抓、负总责，确保今年的创建工作开局就见成效。"],
      **P5)

# p44 — a news aggregator's copy (txt): a channel line, a headline without meeting words, a
# dd.mm.yyyy time, a national teleconference and the vice-mayor's deployment after it, and
# the aggregator's 摘编 note.
blind("p44.txt", """
宁波新闻 > 本地资讯
我市两成乡镇要力争建成国家卫生乡镇
21.03.2016  10:26
　　3月18日，全国爱卫会召开爱国卫生工作电视电话会议。
　　电视电话会议结束后，副市长林海燕对我市的爱国卫生工作作了部署。她要求，各区县（市）政府和市爱卫会各成员单位要认真贯彻会议精神，着力解决群众身边的环境卫生问题，巩固国家卫生城市创建成果，力争到2020年全市两成以上的乡镇建成国家卫生乡镇。
　　今年，宁波市将迎来国家卫生城市复审。（本站编辑 陈佳摘编）
""", published="2016-03-21",
      speeches=[sp("我市两成乡镇要力争建成国家卫生乡镇", "会议报道", "市", ("浙江省", "宁波市", None),
                   speaker=["副市长林海燕", "林海燕"])],
      junk=["本站编辑", "re:^21\\.03\\.2016", "本地资讯"],
      kept=["电视电话会议结束后，副市长林海燕对我市的爱国卫生工作作了部署。", "今年，宁波市将迎来国家卫生城市复审。"],
      **P5)



# --- probe batch, round 6 (batch 5, p45–p53): titles, genres, levels and the number of pieces on
# page kinds the earlier rounds covered least, each modelled on the shape of a different real
# page read through the search tool's page corpus (a headline aggregator's copy whose headline
# carries a bracketed SEO alternative, a county media centre's report with no speaking official
# and three review lines, a 范文 site's 【通用N篇】 collection of two speeches, a document-sharing
# page with its date/size/page-count lines and a hard-wrapped 某市委书记 speech, a Traditional
# news page whose headline has a subtitle line naming who attended, a WeChat repost of a speech
# under an editor's headline, a portal page holding a report and the speech's full text below
# it, a 公文 site's street pledge behind a members' gate, a 文秘 site's speech given on the
# secretary's behalf). Every sentence was written for this project; measured once before any
# rule change (see floors.yaml), then tuned on (holdout: false).

# p45 — a headline aggregator's copy (txt; the same site kind as p28, so its title keeps the
# bracketed SEO alternative as p28's gold does): a breadcrumb, the headline, a posted/author line, the headline again, a report whose official 出席会议 and
# later 提出意见, and the reporter's line.
blind("p45.txt", """
当前位置：今日看点 >> 热门话题 >> 文章正文
全市创建文明城市工作部署会议（在创建文明城市部署会上的讲话）
发布于：2022-07-14　作者：网友投稿
全市创建文明城市工作部署会议（在创建文明城市部署会上的讲话）
7月12日，通化市召开2022年创建全国文明城市工作部署会议。市委常委、宣传部部长于海波出席会议。各县（市、区）和市直责任单位的主要负责人参加会议。
会议对今年网上申报材料、实地点位和问卷调查等重点工作逐项作了说明，分析了当前的创城形势。
会上，于海波就做好今年的创城工作提出了四点意见：一是把核心价值观落到具体指标上；二是把城市管理做细做实；三是把市民发动起来；四是把日常督查抓在平时。
于海波强调，测评看的是细节，群众看的是变化，要用绣花的功夫抓管理，用实实在在的成效赢得群众支持。
（记者 孙立 实习生 王雨涵）
""", published="2022-07-14",
      speeches=[sp("全市创建文明城市工作部署会议（在创建文明城市部署会上的讲话）", "会议报道", "市", ("吉林省", "通化市", None),
                   speaker=["市委常委、宣传部部长于海波", "于海波"])],
      junk=["当前位置", "热门话题", "发布于", "网友投稿", "记者 孙立"],
      kept=["会议对今年网上申报材料、实地点位和问卷调查等重点工作逐项作了说明，分析了当前的创城形势。",
            "于海波强调，测评看的是细节，群众看的是变化，要用绣花的功夫抓管理，用实实在在的成效赢得群众支持。"], **P5)

# p46 — a county media centre's page (txt): the headline, a report in which nobody is named as
# speaking (会议指出), three review lines, source/author/editor lines, the site's notice, a
# link line and a comments prompt.
blind("p46.txt", """
平江县部署2024年度创建全国文明城市工作
3月5日，平江县召开2024年度创建全国文明城市工作部署会，县直各单位和各乡镇分管负责人参加会议。
会议传达了全省文明创建工作会议精神，安排了今年的创城任务，与会单位围绕常态长效作了表态发言。
会议指出，创城是一项民心工程，各单位要对照测评体系把任务分到岗、落到人；要加强上下联动，形成齐抓共管的合力；要用好各类宣传平台，让更多群众知道创城、参与创城；要建立长效机制，推动创建工作再上台阶。
一审：罗　敏
二审：彭建国
三审：李　卫
来源：平江县融媒体中心
作者：钟晓
编辑：吴　芳
本站原创文章，转载请注明出处。
本文链接：https://example.org/content/2024/0305/81234.html
热门评论
打开平江新闻，参与评论
""",
      speeches=[sp("平江县部署2024年度创建全国文明城市工作", "会议报道", "县", ("湖南省", "岳阳市", "平江县"))],
      junk=["一审", "二审", "三审", "来源：平江县融媒体中心", "作者：钟晓", "编辑：吴", "本站原创文章", "本文链接",
            "热门评论", "参与评论"],
      kept=["会议传达了全省文明创建工作会议精神，安排了今年的创城任务，与会单位围绕常态长效作了表态发言。"], **P5)

# p47 — a 范文 site's collection (txt): a reading-guide line asking for a tip, the collection's
# title 【通用2篇】, and each piece headed by the collection title with 【第N篇】 and no title of
# its own.
blind("p47.txt", """
【阅读提示】以下是本站网友为您整理的“创建全国文明城市动员大会讲话稿【通用2篇】”，供您写作参考，觉得有用请打赏支持一下！
创建全国文明城市动员大会讲话稿【通用2篇】
创建全国文明城市动员大会讲话稿【第一篇】
同志们：
今天市委、市政府召开这次大会，就是要对创建全国文明城市再发动、再部署。刚才，xx部长通报了近期暗访的情况，几个单位作了表态发言，xx市长作了动员报告，我都同意。下面，我再讲三点意见。
一是要把思想统一起来。取得申报资格只是第一步，全市上下要一鼓作气，把创城当作当前的头等大事。
二是要把责任压实下去。每一项测评指标都要有牵头单位、有责任人、有完成时限。
三是要把群众发动起来。创城为了群众，也要依靠群众，让每一位市民都成为文明城市的建设者。
创建全国文明城市动员大会讲话稿【第二篇】
同志们：
这次会议的主要任务，是动员全区上下迅速行动起来，全力以赴打好创建全国文明城市攻坚战。下面，我讲两点意见。
第一，认清形势，增强紧迫感。离测评只剩半年，我区的背街小巷和老旧小区仍是最突出的短板，必须抓紧补齐。
第二，狠抓落实，确保见实效。各街道、各部门要把任务细化到每一周，区督查室每半月通报一次进度。
同志们，时间不等人，希望大家拿出拼劲，确保创建目标如期实现。
""",
      speeches=[sp("创建全国文明城市动员大会讲话稿", "讲话", "市", masked=True),
                sp("创建全国文明城市动员大会讲话稿", "讲话", "区")],
      junk=["阅读提示", "打赏支持", "【通用2篇】", "【第一篇】", "【第二篇】"],
      kept=["二是要把责任压实下去。", "第一，认清形势，增强紧迫感。"], **P5)

# p48 — a document-sharing page (txt): the title, an upload date, a size, a page count and a
# complaint link on lines of their own, the title again, and the speech hard-wrapped at 34
# characters with a masked city.
_P48 = [
    "同志们：",
    "今天，我们召开xx市创建国家卫生城市工作动员会，主要任务是动员全市上下统一思想、鼓足干劲，全力打好创建国家卫生城市攻坚战。"
    "刚才，xx同志宣读了创建工作实施方案，三个街道办事处和市城管局、市市场监管局作了表态发言，讲得都很好，我完全赞同。下面，我讲三点意见。",
    "一、提高站位，深刻认识创建工作的重要意义",
    "我市早在多年前就获得了省级卫生城市称号，这块牌子是历届班子带领全市人民一点一点干出来的。今年市委、市政府作出创建国家卫生城市的决定，"
    "就是要让城市更干净、群众更健康。",
    "二、突出重点，全力补齐城市管理短板",
    "城中村、农贸市场和背街小巷是我们最薄弱的地方，各责任单位要逐一建立问题台账，整改一处、销号一处。",
    "三、压实责任，确保创建工作落地见效",
    "各单位主要负责同志是第一责任人，要亲自部署、亲自督办。市创卫办要每月通报一次进度，对工作不力的要严肃问责。",
]
blind("p48.txt", "某市委书记在创建国家卫生城市动员会上的讲话\n2024-11-30\n38.6KB\n6 页\n侵权投诉\n"
      "某市委书记在创建国家卫生城市动员会上的讲话\n" + hard_wrap(_P48, 34) + "\n",
      published="2024-11-30",
      speeches=[sp("某市委书记在创建国家卫生城市动员会上的讲话", "讲话", "市", speaker=["市委书记"], masked=True)],
      junk=["侵权投诉", "re:^38\\.6KB$", "re:^6 页$"],
      kept=["各单位主要负责同志是第一责任人，要亲自部署、亲自督办。",
            "城中村、农贸市场和背街小巷是我们最薄弱的地方，各责任单位要逐一建立问题台账，整改一处、销号一处。"], **P5)

# p49 — a city news site's page in Traditional characters (txt): a breadcrumb with a topic
# column, the headline, a subtitle line naming the two who attended, a time and a source line,
# a photo caption, and a survey report whose first official 指出/要求.
blind("p49.txt", """
当前位置：
宁国新闻网 >
> 专题栏目 > 创建国家卫生城市
市人大常委会开展国家卫生城市创建专题调研
胡晓梅方志刚参加调研
时间：2022-10-20
来源：宁国市融媒体中心
图为调研座谈会现场。
10月20日，市人大常委会组织开展国家卫生城市创建专题调研。市人大常委会副主任胡晓梅、副市长方志刚参加调研。
调研组先后走访了西津街道的两个农贸市场、一片城中村和一处老旧小区改造工地，实地查看创卫工作中存在的问题。
在随后召开的座谈会上，市卫健委汇报了全市创卫工作进展，与会单位提出了意见和建议。胡晓梅指出，创卫和创文相辅相成，要借鉴文明城市创建的经验，把创卫工作抓实抓细。
胡晓梅要求，要聚焦问题抓整改，加大宣传发动，健全长效机制，确保创卫目标如期实现。
""", trad="s2t", published="2022-10-20",
      speeches=[sp("市人大常委会开展国家卫生城市创建专题调研", "会议报道", "市", ("安徽省", "宣城市", "宁国市"),
                   speaker=["市人大常委会副主任胡晓梅", "胡晓梅"])],
      junk=["当前位置", "专题栏目", "re:^胡晓梅方志刚参加调研$", "融媒体中心", "图为调研座谈会现场"],
      kept=["调研组先后走访了西津街道的两个农贸市场、一片城中村和一处老旧小区改造工地，实地查看创卫工作中存在的问题。"], **P5)

# p50 — a WeChat repost of a county secretary's speech (txt): the account's name and time, an
# editor's catchy headline, a follow prompt, an editor's note, then the speech's own title, the
# speaker's line and the date, the speech, the source and the account's footer.
blind("p50.txt", """
重磅｜县委书记：创城路上没有旁观者
于都发布　2023-05-10 08:00　发表于江西
点击上方蓝字，关注我们
编者按：5月8日，全县创建全国文明城市攻坚推进会召开。现将县委书记刘志远同志的讲话全文刊发，供各地各单位学习。
在全县创建全国文明城市攻坚推进会上的讲话
县委书记　刘志远
（2023年5月8日）
同志们：
今天召开这次推进会，就是要对照测评体系查一查、比一比，推动创城工作全面提速。刚才，县文明办通报了四月份的暗访情况，我都同意。下面，我讲三点意见。
一、看清差距，不能盲目乐观
四月份的暗访显示，全县仍有近百个问题没有整改到位，集中在背街小巷、集贸市场和老旧小区。
二、抓住重点，集中力量攻坚
各乡镇、各部门要按照"一个点位、一名领导、一套方案"的要求，逐个点位销号。
三、压实责任，严格督查考核
县创建办要每周通报，县纪委监委要对推诿扯皮的严肃问责。同志们，创城路上没有旁观者，希望大家人人尽责，确保今年创建目标实现。
来源：于都县融媒体中心
往期推荐
于都发布
点赞　在看
""", published="2023-05-10",
      speeches=[sp("在全县创建全国文明城市攻坚推进会上的讲话", "讲话", "县", ("江西省", "赣州市", "于都县"),
                   date="2023-05-08", speaker=["县委书记刘志远", "刘志远"])],
      junk=["点击上方蓝字", "编者按", "往期推荐", "点赞", "发表于江西", "re:^来源：于都县融媒体中心$",
            "re:^重磅｜"],
      kept=["四月份的暗访显示，全县仍有近百个问题没有整改到位，集中在背街小巷、集贸市场和老旧小区。",
            "二、抓住重点，集中力量攻坚"], **P5)

# p51 — a city portal's page holding a report and then the speech's full text (HTML): the
# headline, a time line, a short report naming the mayor who spoke, then "市长讲话全文如下" with
# the speech's own title and the speech.
blind("p51.html", """<html><head><meta charset="utf-8"><title>我市召开巩固国家卫生城市成果大会_丹东市人民政府</title></head>
<body>
<div class="nav">首页 &gt; 政务要闻</div>
<h1>我市召开巩固国家卫生城市成果大会</h1>
<div class="time">发布时间：2021-06-03 16:40　来源：市政府办公室</div>
<div class="content">
<p>　　6月2日，我市召开巩固国家卫生城市成果大会，总结去年复审工作，部署常态化管理。市长刘国强出席会议并讲话，副市长郑欣主持会议。</p>
<p>　　市长讲话全文如下：</p>
<p style="text-align:center"><strong>在全市巩固国家卫生城市成果大会上的讲话</strong></p>
<p style="text-align:center">刘国强</p>
<p>　　同志们：</p>
<p>　　去年，我市以高分通过了国家卫生城市复审，这是全市上下共同努力的结果。今天开会，就是要把复审中好的做法固定下来，变成常态。</p>
<p>　　一要把标准化管理坚持下去。农贸市场、小餐饮店和公共厕所的管理标准不能降，每月要有一次全覆盖检查。</p>
<p>　　二要把病媒生物防制抓在平时。各区要落实专业队伍，重点场所的防制设施要经常检查、及时维护。</p>
<p>　　同志们，巩固成果比创建更难，希望大家持之以恒，让卫生城市的牌子越擦越亮。</p>
</div>
<div class="foot">丹东市人民政府办公室主办　网站标识码：2106000001</div>
</body></html>
""", published="2021-06-03",
      speeches=[sp("我市召开巩固国家卫生城市成果大会", "会议报道", "市", ("辽宁省", "丹东市", None),
                   speaker=["市长刘国强", "刘国强"]),
                sp("在全市巩固国家卫生城市成果大会上的讲话", "讲话", "市", ("辽宁省", "丹东市", None),
                   speaker=["市长刘国强", "刘国强"])],
      junk=["政务要闻", "发布时间", "网站标识码", "讲话全文如下"],
      kept=["6月2日，我市召开巩固国家卫生城市成果大会，总结去年复审工作，部署常态化管理。",
            "二要把病媒生物防制抓在平时。"], **P5)

# p52 — a 公文 site's page of a street's pledge behind a members' gate (txt): the column line,
# the title, a views/time line, the pledge cut by the gate, and the gate's buttons.
blind("p52.txt", """
首页 > 发言材料 > 表态发言
在全区创建全国文明城市决战动员大会上的表态发言
浏览：1326　时间：2020-04-16
尊敬的各位领导、同志们：
按照会议安排，我代表东关街道就创城决战作表态发言。
一是把责任扛在肩上。街道班子成员每人包一个社区，每周至少两次到点位查看，问题不过夜。
二是把短板补在前面。辖区十二条背街小巷和三个老旧小区是我们的重点，五月底前全部完成整治。
三是把居民发动起来。组织党员和志愿者下沉网格，
开通会员，阅读全文
登录　注册　立即下载
""", published="2020-04-16",
      speeches=[sp("在全区创建全国文明城市决战动员大会上的表态发言", "表态发言", "区", truncated=True)],
      junk=["发言材料", "浏览：1326", "开通会员", "立即下载", "re:^登录"],
      kept=["按照会议安排，我代表东关街道就创城决战作表态发言。",
            "二是把短板补在前面。"], **P5)

# p53 — a 文秘 site's page of a speech given on the secretary's behalf (txt): the breadcrumb,
# the title, an author/time line, the speech with masked names, and a list of related titles.
blind("p53.txt", """
首页 > 讲话稿 > 领导讲话
在创建省级文明城市推进会上的讲话
作者：佚名　更新时间：2023-06-02
同志们：
今天，我们召开创建省级文明城市推进会，这既是鼓劲会，也是加压会。刚才，xx同志传达了上级关于文明城市创建的最新要求，城管局、交警大队等六个单位作了发言，我都同意。
xx书记在外地学习，受xx书记委托，我就做好创城工作再强调三点。
一、提高站位，增强创城的责任感。文明是一座城市的底色，我县能不能在全省的比拼中拿到好成绩，关键看这几个月。
二、聚焦短板，抓好点位整改。县城的农贸市场、背街小巷和小区是失分最多的地方，各包保单位要天天有人盯。
三、强化督查，压实各方责任。县创城办要每周通报，对工作落后的单位，由县委、县政府约谈主要负责人。
相关推荐
在全县创建文明城市工作会议上的讲话
街道创城工作表态发言
""", published="2023-06-02",
      speeches=[sp("在创建省级文明城市推进会上的讲话", "讲话", "县", masked=True)],
      junk=["领导讲话", "更新时间", "相关推荐", "re:^在全县创建文明城市工作会议上的讲话$", "re:^街道创城工作表态发言$"],
      kept=["二、聚焦短板，抓好点位整改。", "xx书记在外地学习，受xx书记委托，我就做好创城工作再强调三点。"], **P5)


# --- probe batch, round 7 (batch 5, p54–p63): ten page kinds of sites the earlier rounds did not
# read, each modelled on the shape of a different real page read through the search tool's page
# corpus (a document site's numbered 温馨提示 and customer-service line above a cover title broken
# over four short lines, an OCR dump with a stray letter before a dated title and garbage lines
# at a page break, a disease-control site's report that opens with "某某指出" and never gives his
# post, a county portal's slogan line and a date/source/author/clicks line, a city portal's
# channel bar and a headline carrying its own date in brackets, a Traditional app copy with its
# source line, a bare date line and a reporter line, a 范文 site's page with its title glued to
# 同志们 and a chair's opening, a 文秘 site's page with a broken 【】 toolbar and a member's menu, a
# 公文 site's HTML whose title is only in <title> and whose teaser glues the site's watermark to
# the text, a county-level city's media-centre report with "记者|" credit lines). Every sentence
# was written for this project; measured once before any rule change (see floors.yaml), then
# tuned on (holdout: false).

# p54 — a document site's viewer page (txt): the numbered 温馨提示, a customer-service line, the
# cover title broken over four short lines (the year alone on the first), and a masked speech.
blind("p54.txt", """
温馨提示：
1. 含有公式或动画的文件在线预览时可能显示错乱，下载后即可正常查看，请放心下载。
2. 本文档由网友上传，版权归上传者所有，本站只负责整理和发布。如对版权有异议，请及时联系客服。
3. 下载之前请先预览，确认内容与需要相符后再下载；内容与标题不符的，可向本站投诉。
4. 因网络波动等原因下载失败的，付费后请联系客服处理。
网站客服：2851709346
2023
年创城
动员大会
讲话稿
同志们：
今天，市委、市政府召开创建全国文明城市动员大会，主要任务是把全市上下的思想和行动统一到创城目标上来，明确责任，迅速行动。刚才，xx同志宣读了今年的创城工作方案，xx区、市住建局和市城管局的负责同志作了表态发言，讲得都很实在。下面，我讲三点意见。
一、认清形势，把创城摆到更加突出的位置
文明城市是一座城市最有分量的综合荣誉，也是群众看得见、摸得着的实事。今年是本轮创建周期的关键一年，周边几个城市都在加力冲刺，我们不进则退，慢进也是退。
二、聚焦短板，把问题一项一项解决掉
背街小巷、老旧小区和农贸市场是群众意见最大的地方，也是测评失分最多的地方。各区、各部门要把问题清单细化到点位，明确整改时限，整改一处、销号一处。
三、压实责任，把合力真正凝聚起来
各级党政主要负责同志是创城的第一责任人，要亲自研究、亲自调度。市创城办要每周通报进度，对推诿扯皮、工作滞后的单位，要约谈主要负责人。
同志们，创城没有旁观者，人人都是参与者。希望大家鼓足干劲、真抓实干，确保今年的创建目标如期实现。
""",
      speeches=[sp("2023年创城动员大会讲话稿", "讲话", "市", masked=True)],
      junk=["温馨提示", "网站客服", "版权归上传者所有", "付费后请联系客服处理", "re:^年创城$", "re:^讲话稿$"],
      kept=["今年是本轮创建周期的关键一年，周边几个城市都在加力冲刺，我们不进则退，慢进也是退。",
            "市创城办要每周通报进度，对推诿扯皮、工作滞后的单位，要约谈主要负责人。"], **P5)

# p55 — an OCR dump of a printed speech (txt): the site's category line, the title, the title again
# with a stray letter before it and the date glued after it (yyyymmdd), the text hard-wrapped, and
# at a page break two lines of OCR garbage, the next line starting with the same stray letter.
blind("p55.txt", """
往事资料库 分类
在韶关市创建全国文明城市动员大会上的讲话
f在韶关市创建全国文明城市动员大会上的讲话20120605
尊敬的各位领导、同志们：今天韶关市委、市政府在这里召开创建全国文明城市动员大会，标志着韶关的文明创建站上了一个新的起点。多年来，韶关的创建工作一直保持着良好势头，干部群众付出了大量心血，取得了明显成绩。在此，我代表省文明办，向韶关市委、市政府和全市干部群众表示感谢！
创建全国文明城市，不是为了争一块牌子，而是提升城市建设和管理水平的有力抓手，是提高市民文明素质的重要途径。韶关创建全国文明城市有着特殊的意义。首先，韶关地处粤北，是广东连接中部省份的北大
tkrwoluen
qmhzv±dbxeyN58raKT
f门，文明城市创建是韶关向外界展示形象的重要窗口。其次，韶关是广东重要的生态屏障，创建工作有利于把生态优势转化为发展优势。
希望韶关以这次动员大会为新的起点，对照测评体系逐项查找差距，把创建任务落实到每一个单位、每一个社区，把文明的理念融入每一位市民的日常生活。省文明办将一如既往地支持韶关的创建工作，祝愿韶关早日跨入全国文明城市行列！
""",
      speeches=[sp("在韶关市创建全国文明城市动员大会上的讲话", "讲话", "市", ("广东省", "韶关市", None),
                   date="2012-06-05")],
      junk=["往事资料库", "tkrwoluen", "qmhzv", "re:^f在韶关", "re:^f门"],
      kept=["首先，韶关地处粤北，是广东连接中部省份的北大门，文明城市创建是韶关向外界展示形象的重要窗口。",
            "在此，我代表省文明办，向韶关市委、市政府和全市干部群众表示感谢！"], **P5)

# p56 — a disease-control site's news page (txt): the headline, a time line, a source/reads line, a
# share line, a report that opens with "某某指出" and never gives the official's post, a line
# on who signed the pledges, the reporter in brackets and a scan prompt.
blind("p56.txt", """
防城港市将创建自治区卫生城市
发布时间：2014年03月18日
来源：广西疾控信息　阅读次数：
分享到：
韦海平指出，创建自治区卫生城市是改善城市面貌、提升群众生活质量的一件实事，也是增强城市竞争力的重要途径。各级各部门要把创卫摆在突出位置，树立抓创卫就是抓环境、抓民生、抓发展的理念，切实增强工作的责任感和紧迫感。
韦海平强调，创卫是一项系统工程，要建立市、区、街道、社区四级联动的工作机制，把任务分解到单位、落实到个人；要广泛发动群众，营造人人参与创卫的浓厚氛围；要加强督查考核，对工作不力的单位严肃问责。
会上，防城港市副市长与各城区和市直责任单位签订了创卫目标责任书。
（黄志坚）
扫一扫　手机端浏览
""", published="2014-03-18",
      speeches=[sp("防城港市将创建自治区卫生城市", "会议报道", "市", ("广西壮族自治区", "防城港市", None),
                   speaker=["韦海平"])],
      junk=["广西疾控信息", "阅读次数", "分享到", "re:^（黄志坚）$", "手机端浏览", "发布时间"],
      kept=["会上，防城港市副市长与各城区和市直责任单位签订了创卫目标责任书。",
            "各级各部门要把创卫摆在突出位置，树立抓创卫就是抓环境、抓民生、抓发展的理念，切实增强工作的责任感和紧迫感。"],
      **P5)

# p57 — a county government portal's news page (HTML): the county's slogan line, the headline, a
# date/source/author/clicks line, and a report in which an official "出席并提出要求" and the
# meeting 指出/强调.
blind("p57.html", """<html><head><meta charset="utf-8"><title>施甸县召开创建国家卫生县城暨健康县城建设工作推进会_施甸县人民政府</title></head>
<body>
<div class="slogan">甸阳明珠　善美施甸</div>
<h1>施甸县召开创建国家卫生县城暨健康县城建设工作推进会</h1>
<div class="info">2023-04-11 10:05:32　　来源：施甸县融媒体中心　　作者：李思源　　　点击：</div>
<div class="article">
<p>为确保国家卫生县城和健康县城建设的各项指标在明年底前全部达标，4月10日，施甸县召开创建国家卫生县城暨健康县城建设工作推进会，对下一阶段的任务作了细化安排。</p>
<p>县委常委、县人民政府常务副县长杨志林出席会议并提出要求，各乡镇人民政府、县直有关部门和创卫网格责任单位的主要负责人参加会议。</p>
<p>会议指出，各乡镇、各部门要在巩固爱国卫生专项行动成果的基础上，拿出更实的措施、更细的分工，把创卫和健康县城建设一项一项往前推。</p>
<p>会议强调，创卫是一项涉及方方面面的系统工程，各级各部门要增强大局意识，加强协作配合；各乡镇和学校、企事业单位要把群众发动起来，形成推进创建的强大合力，力争在明年的考核中交出满意答卷。</p>
<p>会议对国家卫生县城创建和健康县城建设的各项指标和工作方案作了逐项解读。</p>
</div>
</body></html>
""", published="2023-04-11",
      speeches=[sp("施甸县召开创建国家卫生县城暨健康县城建设工作推进会", "会议报道", "县", ("云南省", "保山市", "施甸县"),
                   speaker=["县委常委、县人民政府常务副县长杨志林", "县委常委、常务副县长杨志林", "常务副县长杨志林",
                            "杨志林"])],
      junk=["甸阳明珠", "融媒体中心", "作者：李思源", "点击："],
      kept=["县委常委、县人民政府常务副县长杨志林出席会议并提出要求，各乡镇人民政府、县直有关部门和创卫网格责任单位的主要负责人参加会议。",
            "会议对国家卫生县城创建和健康县城建设的各项指标和工作方案作了逐项解读。"], **P5)

# p58 — a city portal's page (txt): the site's map link, a channel bar of "|"-separated words, a
# column label between bars, a headline carrying its own date in brackets, a report of an
# official's inspection who 指出, an author/source line and "〖关闭窗口〗".
blind("p58.txt", """
网站地图
旅游 | 房产 | 资讯 | 体育 | 企业 | 图片 | 视频 | 政府 | 政协 | 网上威海 | 渔家乐 | 酒店预订
|港城快讯|
威海市领导督导创建全国文明城市宣传工作(2013年09月06日)
9月5日，市人大常委会副主任、市创城工作领导小组副组长丛海燕带领环翠区和经济技术开发区创城办的负责同志，对创城社会宣传工作进行督导检查。在实地察看了四个社区和一处农贸市场，听取有关情况汇报后，丛海燕指出，社会宣传是创城工作的先导，各级各部门要在繁华路段、社区和集贸市场多设公益广告和宣传橱窗，用好电子屏和宣传折页，提高市民对创城的知晓率和参与率，形成人人关心、人人支持创城的良好局面。
作者：孙 伟　来源：威海日报
〖关闭窗口〗
""", published="2013-09-06",
      speeches=[sp("威海市领导督导创建全国文明城市宣传工作", "会议报道", "市", ("山东省", "威海市", None),
                   speaker=["市人大常委会副主任、市创城工作领导小组副组长丛海燕", "市人大常委会副主任丛海燕", "丛海燕"])],
      junk=["网站地图", "酒店预订", "港城快讯", "关闭窗口", "来源：威海日报", "re:\\(2013年09月06日\\)"],
      kept=["9月5日，市人大常委会副主任、市创城工作领导小组副组长丛海燕带领环翠区和经济技术开发区创城办的负责同志，对创城社会宣传工作进行督导检查。"],
      **P5)

# p59 — a city paper's app copy in Traditional characters (txt): the headline, a source line, a bare
# date line, a paper/app reporter and correspondent line, and a report of a district's award
# evening at which the district secretary 首先代表…慰问 and 指出.
blind("p59.txt", """
芦淞区举行“创城”表彰活动暨迎新春文艺演出
来源：株洲新闻客户端
2022-01-28
株洲日报·新闻客户端记者 周雅 通讯员 刘畅
1月27日晚，芦淞区“创城”表彰活动暨迎新春文艺演出在区文化艺术中心举行。区委书记谭卫东、区长黄晓松等区领导，全区各部门、各单位和社会各界代表一起观看演出。
谭卫东首先代表区四家班子，向奋战在“创城”一线的环卫工人、社区工作者、城管队员和志愿者表示慰问，向关心支持芦淞发展的各界人士表示感谢。
谭卫东指出，“创城”开展以来，全区上下攻坚克难、苦干实干，老旧小区换了新颜，背街小巷干净整洁，群众的获得感实实在在增强了。新的一年，要把“创城”中形成的好作风、好机制坚持下去，让城市更加宜居、更有温度。
活动现场，表彰了一批“创城”先进集体和先进个人，各街道和区直单位的文艺骨干带来了歌舞、小品和快板等节目。
""", trad="s2tw", published="2022-01-28",
      speeches=[sp("芦淞区举行“创城”表彰活动暨迎新春文艺演出", "会议报道", "区", ("湖南省", "株洲市", "芦淞区"),
                   speaker=["区委书记谭卫东", "谭卫东"])],
      junk=["来源：株洲新闻客户端", "通讯员", "re:^2022-01-28$"],
      kept=["区委书记谭卫东、区长黄晓松等区领导，全区各部门、各单位和社会各界代表一起观看演出。",
            "活动现场，表彰了一批“创城”先进集体和先进个人，各街道和区直单位的文艺骨干带来了歌舞、小品和快板等节目。"],
      **P5)

# p60 — a 范文 site's page (txt): a back link, the title twice, a time line with download and
# register buttons, the text as one block starting with the title glued to 同志们 and the chair's
# opening (现在开会, who attends, who speaks first), cut with "...", then a login prompt.
blind("p60.txt", """
返回
2022年创建国家卫生城市迎检工作推进会讲话

2022年创建国家卫生城市迎检工作推进会讲话

时间：2022-8-16 09:12:05  [下载该文章]  [会员注册]
2022年创建国家卫生城市迎检工作推进会讲话同志们：现在开会。今天召开这次推进会，主要是通报创卫迎检工作进展，分析存在的问题，动员全市上下再加一把劲，打赢创建国家卫生城市这场硬仗。参加今天会议的有：各街道和市直有关部门、单位的负责同志。下面，请市爱卫办主任通报当前创卫工作中存在的问题。刚才，市爱卫办通报了全市创卫工作情况，列出了农贸市场、城中村和病媒生物防制等六个方面的问题，希望大家高度重视，逐项抓好整改。下面，我再强调三点。一、正视问题，切实增强迎检的紧迫感。动员会开过以后，各责任单位按照分工做了大量工作，城市面貌有了明显改观。但是离省爱卫会的现场评估只剩二十天左右，很多问题还没有整改到位，形势十分严峻...
请先登录
>
相关推荐
""", published="2022-08-16",
      speeches=[sp("2022年创建国家卫生城市迎检工作推进会讲话", "讲话", "市", truncated=True)],
      junk=["下载该文章", "会员注册", "请先登录", "相关推荐", "re:^返回$", "re:^>$"],
      kept=["今天召开这次推进会，主要是通报创卫迎检工作进展，分析存在的问题，动员全市上下再加一把劲，打赢创建国家卫生城市这场硬仗。",
            "动员会开过以后，各责任单位按照分工做了大量工作，城市面貌有了明显改观。"], **P5)

# p61 — a 文秘 site's page (txt): the breadcrumb, the column's name alone, the title, a toolbar
# whose 【】 brackets are broken, a town speech with a masked city cut by the site's word-count
# notice, the member's menu, and an empty comments block.
blind("p61.txt", """
当前位置：文秘之窗>> 文秘范文>> 领导讲话>> 精神文明
精神文明
在全镇文明创建暨城乡环境同治工作动员大会上的讲话
以稿换稿】【收藏】  作者：佚名  来源：作者原创  阅读 次 【    】【加入会员
今天，镇党委、镇政府召开这样一个规模较大的会议，主要是传达全县文明创建和城乡环境同治会议的精神，把全镇的创建热情调动起来，打好文明创建这场硬仗。下面，我讲几点意见。
一、充分认识文明创建和城乡同治的重要意义
文明创建、城乡同治，是×市创建全国文明城市和普定县创建省级文明县城的重要组成部分。创城不是哪一个部门的事，而是涉及城市和乡村方方面面的系统工程。今年下半年，全市将迎来全国文明城市年度测评，全县也将接受省级文明县城的考评验收。
我镇紧挨县城，是进出县城的必经之地，集镇的面貌怎么样、群众的文明素质怎么样，直接关系到全县的测评成绩。镇村两级干部一定要把思想统一到县委、县政府的部署上来，决不能在这项工作中掉队。
【文章共2618字，范文学习借鉴，请勿直接抄袭】
  • 我要加入会员
  • 我要以稿换稿
  • 我用手机阅读
  • 我要推广赚钱
  • 我要咨询问题
  用户评论
  （以下评论仅代表网友意见，与本站立场无关）
  网友评论共 0
""",
      speeches=[sp("在全镇文明创建暨城乡环境同治工作动员大会上的讲话", "讲话", "乡镇", ("贵州省", "安顺市", "普定县"),
                   masked=True, truncated=True)],
      junk=["文秘之窗", "以稿换稿", "加入会员", "文章共2618字", "请勿直接抄袭", "我要推广赚钱", "用户评论", "网友评论共",
            "re:^精神文明$", "与本站立场无关"],
      kept=["创城不是哪一个部门的事，而是涉及城市和乡村方方面面的系统工程。",
            "镇村两级干部一定要把思想统一到县委、县政府的部署上来，决不能在这项工作中掉队。"], **P5)

# p62 — a 公文 site's page (HTML): the title only in <title>, a teaser that glues the site's
# watermark to the speech's first sentence (cut), the watermark again, and a town speech with
# masked names.
blind("p62.html", """<html><head><meta charset="utf-8"><title>在全镇创建全国文明城市暨包抓共建工作推进会上的讲话-携笔公文网</title></head>
<body>
<div class="desc">携笔公文网公文写作范文库：www.xiebi-example.com同志们：在全区上下认真贯彻落实市第三次党代会部署、奋力推进各项工作的关键时刻，我们在*镇召开创建全国文明城市暨包抓共建工作推进会，主要任务是传达市区两级创城会议精神，安。</div>
<div class="mark">携笔公文网公文写作范文库：www.xiebi-example.com</div>
<div class="article">
<p>同志们：</p>
<p>在全区上下认真贯彻落实市第三次党代会部署、奋力推进各项工作的关键时刻，我们在*镇召开创建全国文明城市暨包抓共建工作推进会，主要任务是传达市区两级创城会议精神，安排部署今年全镇的创城工作，动员包抓单位、各级网格长和镇村干部统一思想、形成合力。</p>
<p>刚才，书面传达了曲江区创建全国文明城市工作领导小组第二次会议精神，宣读了*镇包抓共建和网格化管理工作方案，区政协副主席和三个包抓单位的负责同志作了交流发言，随后，*镇党委书记*同志还要作具体安排，请大家认真抓好落实。下面，我讲三点意见。</p>
<p>一、提高站位，增强创城的责任感。创建全国文明城市是市委、市政府向全市人民作出的郑重承诺。*镇地处城区边缘，人口密集、流动性大，是创城的难点所在，全镇上下和各包抓单位一定要把这项工作扛在肩上。</p>
<p>二、突出重点，抓好网格化管理。每个网格都要有人巡、有人管，背街小巷、集贸市场和城中村是重中之重，发现问题要当天交办、限期销号。</p>
<p>三、强化督导，确保工作落地见效。区创城办要定期暗访通报，对网格责任落实不到位的，要严肃追究包抓单位和网格长的责任。</p>
</div>
</body></html>
""",
      speeches=[sp("在全镇创建全国文明城市暨包抓共建工作推进会上的讲话", "讲话", "乡镇", ("广东省", "韶关市", "曲江区"),
                   masked=True)],
      junk=["携笔公文网", "公文写作范文库", "xiebi-example"],
      kept=["二、突出重点，抓好网格化管理。",
            "区创城办要定期暗访通报，对网格责任落实不到位的，要严肃追究包抓单位和网格长的责任。"], **P5)

# p63 — a county-level city's media-centre report mirrored on a portal (txt): the breadcrumb, the
# headline, a time/source line naming the media centre, "(资料图片)", an inspection report whose
# official 要求, then "记者|" credit lines with spaced names, a keywords line and the mirror's
# disclaimer.
blind("p63.txt", """
您现在的位置：首页 > 综合 > 民生 > 正文
张立群调研指导创文实地点位建设工作
时间：2023-06-09 11:20:46　　来源：彬州融媒体中心
(资料图片)
6月8日，市委常委、宣传部部长、市创文工作领导小组办公室主任张立群调研指导我市创文实地点位建设工作。
张立群先后来到市人民医院、城关小学、市图书馆、汽车站和两个老旧小区，详细了解各点位的创文工作进展，对发现的问题现场交办。
张立群要求，各相关部门要把创文作为当前最重要的工作之一，立即行动起来，重点抓好实地考察点位的建设，组织干部职工和志愿者开展专项巡查，做到全覆盖、无死角；要严格对照测评标准查缺补漏，细化整改措施，齐心协力打好点位建设攻坚战。
记者|王　强
编辑|李　慧
责编|杜明远　赵　平
审核|陈红梅
关键词：
凡本网注明“XXX(非本网)提供”的作品，均转载自其它媒体，转载目的在于传递更多信息，并不代表本网赞同其观点和对其真实性负责。
特别关注
""", published="2023-06-09",
      speeches=[sp("张立群调研指导创文实地点位建设工作", "会议报道", "市", ("陕西省", "咸阳市", "彬州市"),
                   speaker=["市委常委、宣传部部长、市创文工作领导小组办公室主任张立群", "市委常委、宣传部部长张立群",
                            "张立群"])],
      junk=["您现在的位置", "资料图片", "re:^记者\\|", "re:^编辑\\|", "re:^责编\\|", "re:^审核\\|", "关键词",
            "转载自其它媒体", "特别关注", "融媒体中心"],
      kept=["张立群先后来到市人民医院、城关小学、市图书馆、汽车站和两个老旧小区，详细了解各点位的创文工作进展，对发现的问题现场交办。"],
      **P5)


# --- probe batch, round 8 (batch 5, p64–p73): ten page kinds of sites the earlier rounds did not
# read, each modelled on the shape of a different real page read through the search tool's page
# corpus, favouring titles and speakers (a self-media copy whose only headline is its 原标题 line,
# with image placeholders between paragraphs; a news mirror with a reading-time line and the
# headline's photo caption printed twice inside the text; a 范文 site's page 2 of a sample set
# whose only heading is the set's label, over a report with no headline of its own; a 公文 site's
# page with watermarks glued to paragraph ends; a county WeChat article with follow prompts, photo
# labels and captions of leaders "正在清扫"; a county paper's e-paper item whose headline runs two
# officials' names together and whose 督导组 speaks as one; a city app's report of an office's
# meeting whose official 出席会议并讲话 while 会议强调 carries the content; a district portal's
# street report naming its speaker as "杜娟书记"; a city 创文办 leader's inspection whose lead opens
# with a coming meeting; a 公文 site whose uploader's name and time stand under the title, a teaser
# glued to the title and the title again without its 在). Every sentence was written for this
# project; measured once before any rule change (see floors.yaml), then tuned on (holdout: false).
P8 = dict(batch=5, holdout=False)

# p64 — a self-media copy of a county news item (txt): the only headline is the "原标题：" line,
# a lead whose purpose clause comes before the date, image placeholders between paragraphs, the
# official 指出/强调 (一要…二要…三要…), and the platform's disclaimer.
blind("p64.txt", """
原标题：县委副书记韩立新到创城办调研指导创城工作

今年是新一轮创城周期的收官之年，也是决战决胜之年。为推动创城工作再提速，3月16日上午，饶阳县委副书记韩立新到县创城办调研指导创建省级文明县城工作，翻看了各工作组的台账和值班记录，并主持召开座谈会，听取动员大会以来各项任务的落实情况和工作中遇到的难题。

打开网易新闻 查看精彩图片

韩立新指出，创城是倒逼城市管理和城市建设提质的有力抓手，各成员单位要拿出背水一战的劲头，把十六个专项行动一项一项推进到位，引导全县干部群众都参与到创城中来。

打开网易新闻 查看精彩图片

韩立新强调，一要健全指挥体系，创城办各工作组要分工明确、运转顺畅，成员单位之间要主动补位、相互配合；二要做好宣传引导，县融媒体中心要开设专栏，既讲好身边的文明故事，也曝光不文明的行为，提高群众对创城的知晓率和参与率；三要加大督导力度，增设专项督查组，联合县委督查室对重点点位定期暗访，发现问题及时交办、限时整改。

打开网易新闻 查看精彩图片

声明：本文由入驻本平台的作者发布，观点仅代表作者本人，平台只提供信息存储服务。
""",
      speeches=[sp("县委副书记韩立新到创城办调研指导创城工作", "会议报道", "县", ("河北省", "衡水市", "饶阳县"),
                   speaker=["县委副书记韩立新", "饶阳县委副书记韩立新", "韩立新"])],
      junk=["原标题", "打开网易新闻", "查看精彩图片", "入驻本平台", "信息存储服务"],
      kept=["韩立新指出，创城是倒逼城市管理和城市建设提质的有力抓手，各成员单位要拿出背水一战的劲头，把十六个专项行动一项一项推进到位，引导全县干部群众都参与到创城中来。",
            "为推动创城工作再提速，3月16日上午，饶阳县委副书记韩立新到县创城办调研指导创建省级文明县城工作，翻看了各工作组的台账和值班记录，并主持召开座谈会，听取动员大会以来各项任务的落实情况和工作中遇到的难题。"],
      **P8)

# p65 — a news mirror (txt): the headline naming the mayor and where he went, a reading-time line,
# a lead dated by the day alone, and the photo's caption (the headline's words, shortened)
# printed twice between paragraphs.
blind("p65.txt", """
陈海生到湘桥区太平街道参加“我为创文献一策”专题座谈会
本篇文章716字，读完约2分钟
1日下午，市委副书记、市长陈海生到湘桥区太平街道参加“我为创文献一策”专题座谈会，听取基层干部、居民代表和商户代表对创建全国文明城市的意见建议，号召人人参与创文、人人共建共享。
座谈会上，陈海生认真听取代表们的发言，不时记下大家提出的问题，并与大家交流互动。他指出，城市之美在于文明，创文既是各级党委政府的责任，也是每一位市民的分内事。他希望代表们从自己做起、从身边做起，带动更多群众了解、支持和参与创文。
陈海生到太平街道参加“我为创文献一策”专题座谈会
陈海生强调，创文要把近期、中期和远期统筹起来考虑。近期要突出问题导向，对照测评标准列出清单，逐项整改，确保年度测评过关；中期要突出民生导向，集中力量补齐停车场、农贸市场和公厕等设施短板；远期要突出文化特色，把古城保护和文旅发展结合起来，让历史街区焕发新的活力。
陈海生到太平街道参加“我为创文献一策”专题座谈会
陈海生要求，太平街道要组织专门力量深入社区和家庭，做好古城游客的文明引导，进一步提高群众对创文的知晓率、参与率和支持率，让文明成为街区的新风尚。
""",
      speeches=[sp("陈海生到湘桥区太平街道参加“我为创文献一策”专题座谈会", "会议报道", "市", ("广东省", "潮州市", None),
                   speaker=["市委副书记、市长陈海生", "市长陈海生", "陈海生"])],
      junk=["读完约", "本篇文章716字", "re:^陈海生到太平街道"],
      kept=["座谈会上，陈海生认真听取代表们的发言，不时记下大家提出的问题，并与大家交流互动。",
            "陈海生要求，太平街道要组织专门力量深入社区和家庭，做好古城游客的文明引导，进一步提高群众对创文的知晓率、参与率和支持率，让文明成为街区的新风尚。"],
      **P8)

# p66 — a 范文 site's page 2 of a sample set (txt): the set's label with 【二】 as the only heading, a
# news report with no headline of its own (the lead says which meeting was held), the mayor who
# 出席会议并讲话 among a chair and ten attending leaders, his six 务必 points, and the pager.
blind("p66.txt", """
城市管理工作会议总结【二】
3月14日下午，焦作市创建全国文明城市暨国家卫生城市复审工作会议举行，总结去年的创建工作，表彰先进，动员全市上下行动起来，打好创建全国文明城市和国家卫生城市复审这两场攻坚战。
市长任晓峰出席会议并讲话，市委副书记、统战部部长郭振东主持会议，市领导王建平、李淑芬、赵国强、陈卫东、刘志明、张晓燕、孙启明、周海涛、吴丽华、郑宏伟等出席会议。
任晓峰在讲话中就做好全国文明城市创建和国家卫生城市复审工作提出六点要求：
一、务必坚定信心、加压奋进。今年我市同时迎来全国文明城市测评冲刺和国家卫生城市复审，各级各部门要咬定目标不放松，拿出过硬措施，齐心协力把两项工作一起往前推。
二、务必聚焦问题、集中攻坚。城市基础设施欠账多、老城区环境脏乱等问题依然突出，要下决心把缺项补齐、把短板补长、把弱项补强。
三、务必对标对表、精准发力。要逐条对照测评体系和复审标准，不留盲点、不留死角，在精细管理和文明细节上下功夫。
四、务必发挥优势、彰显特色。要把创文和巩卫结合起来一起抓，把文化活动和群众喜闻乐见的节会融入创建，让创建更有焦作味道。
五、务必坚持为民创建、全民参与。要办好群众身边的民生实事，加强宣传引导，畅通群众监督渠道，形成人人检查、人人监督的局面。
六、务必压实责任、确保成功。要强化组织领导和网格管理，严格督查考核，确保成功创建全国文明城市，确保顺利通过国家卫生城市复审。
市委常委、宣传部部长王建平，副市长李淑芬在会上分别通报了去年的创建情况和今年的复审准备工作。
上一页　1　2　3　下一页
""",
      speeches=[sp("焦作市创建全国文明城市暨国家卫生城市复审工作会议举行", "会议报道", "市", ("河南省", "焦作市", None),
                   speaker=["市长任晓峰", "任晓峰"])],
      junk=["城市管理工作会议总结", "re:^上一页", "下一页"],
      kept=["三、务必对标对表、精准发力。",
            "市长任晓峰出席会议并讲话，市委副书记、统战部部长郭振东主持会议，市领导王建平、李淑芬、赵国强、陈卫东、刘志明、张晓燕、孙启明、周海涛、吴丽华、郑宏伟等出席会议。"],
      **P8)

# p67 — a 公文 site's page (txt): the breadcrumb, the title, a time/column/投稿 line, the site's
# slogan under the salutation, and two sites' watermarks (name and address) glued after
# paragraphs and headings; a county speech with masked street names.
blind("p67.txt", """
当前位置：首页 > 公务范文 > 致辞讲话
在创建国家卫生县城工作调度会议上的讲话
时间：2021-08-30 致辞讲话 我要投稿
同志们：
文稿汇，办公文档之家
今天召开这次调度会议，主要是听一听前段时间创建国家卫生县城的进展，查一查存在的问题，把下一阶段的任务再明确一下，推动各级各部门进一步统一思想、压实责任。刚才，XX街道、XX街道、县城管局和县交管大队分别作了汇报，看得出来措施是有力的，变化也是明显的，希望大家再接再厉。下面，我再讲三点意见。 笔杆汇 www.bigan-example.com
一、正视差距，把创卫作为当前的头等大事抓紧抓实 文稿汇 www.wengao-example.com
我县多年前就建成了省级卫生县城，之后两次通过复审，这块牌子来之不易。这次争创国家卫生县城，标准更高、要求更严，既是对多年创建成果的一次大检验，也是今后创建文明县城、健康县城的前提。县委、县政府成立了以县委书记、县长为组长的领导小组，组建了创建指挥部，实行集中办公、统一调度。
二、突出重点，集中力量攻克难点 笔杆汇 www.bigan-example.com
从暗访的情况看，农贸市场、城中村、建筑工地和小餐饮店是失分最多的地方。各责任单位要对照标准逐条梳理，能立即整改的马上改，需要投入的要列出计划、限期完成。
三、强化督查，确保各项任务落地见效
县创卫办要每周通报一次进度，县委督查室要跟进督查，对工作滞后、推诿扯皮的单位和个人，严肃追责问责。
同志们，创卫工作时间紧、任务重，希望大家以只争朝夕的劲头，确保国家卫生县城创建一次成功。
""", published="2021-08-30",
      speeches=[sp("在创建国家卫生县城工作调度会议上的讲话", "讲话", "县", masked=True)],
      junk=["当前位置", "我要投稿", "文稿汇", "笔杆汇", "bigan-example", "wengao-example", "办公文档之家"],
      kept=["从暗访的情况看，农贸市场、城中村、建筑工地和小餐饮店是失分最多的地方。",
            "一、正视差距，把创卫作为当前的头等大事抓紧抓实",
            "我县多年前就建成了省级卫生县城，之后两次通过复审，这块牌子来之不易。"],
      **P8)

# p68 — a county WeChat account's article copied by an aggregator (txt): the headline, the follow
# prompt, the account's slogan and submission address, one-word photo labels (启动仪式, 宣誓) and
# captions naming leaders "正在清扫" between paragraphs, a launch at which two leaders read
# documents, one leads the oath, and the propaganda chief 指出.
blind("p68.txt", """
我县启动创建“国家卫生县城”志愿服务行动
点击标题下“微江口” 快速关注
了解江口，从关注“微江口”开始！
微江口投稿邮箱：tougao-example@qq.com
启动仪式
3月15日，我县在梵净山广场举行创建“国家卫生县城”志愿服务行动暨“全民卫生大扫除”活动启动仪式。
宣誓
县政协主席杨光明，县委常委、宣传部长龙雪梅，县人大常委会副主任吴德友、田素芬，副县长刘志坚等县领导出席启动仪式。
启动仪式上，县人大常委会副主任田素芬宣读了《关于深入开展全民卫生大扫除活动的通知》，县政协副主席、县志愿服务联合会会长杨丽带领一千余名干部职工和志愿者进行了宣誓。
县政协主席杨光明正在清扫
县委常委、宣传部长龙雪梅在启动仪式上指出，江口是梵净山下的旅游县城，创建“国家卫生县城”既是擦亮旅游名片的需要，也是改善群众生活环境的需要。全县上下要以这次行动为契机，下大决心整脏治乱，让县城面貌来一次大提升。
县委常委、宣传部长龙雪梅正在清扫
清除小广告
这次大扫除主要清理公共场所、街道和城区“牛皮癣”，督促沿街商铺落实“门前三包”，对乱扔、乱倒、乱贴等不文明行为进行劝导。不少单位的一把手带队上街，和志愿者一起清扫。
""",
      speeches=[sp("我县启动创建“国家卫生县城”志愿服务行动", "会议报道", "县", ("贵州省", "铜仁市", "江口县"),
                   speaker=["县委常委、宣传部长龙雪梅", "宣传部长龙雪梅", "龙雪梅"])],
      junk=["快速关注", "从关注", "投稿邮箱", "re:^启动仪式$", "re:^宣誓$", "正在清扫", "re:^清除小广告$"],
      kept=["3月15日，我县在梵净山广场举行创建“国家卫生县城”志愿服务行动暨“全民卫生大扫除”活动启动仪式。",
            "这次大扫除主要清理公共场所、街道和城区“牛皮癣”，督促沿街商铺落实“门前三包”，对乱扔、乱倒、乱贴等不文明行为进行劝导。"],
      **P8)

# p69 — a county paper's e-paper item (txt): the paper's name, the page and issue line, a headline
# that runs two officials' names together, a date/author/voice-reading line, an inspection whose
# 督导组 speaks as one, and the reporters' names in brackets glued to the last paragraph.
blind("p69.txt", """
鲁山快报
第一版：要闻版　总第3871期　>2021-10-19编印
吴建军王莉调研督导创建全国文明城市工作
刊发日期：2021-10-19　作者：　　语音阅读：
10月15日下午，县人大常委会主任吴建军，县委常委、宣传部长、副县长王莉带领县创文办一行，调研督导我县创建全国文明城市工作。
调研督导组一行先到县水利局督导，随后实地察看了沙河城区段和琴台路游园的环境卫生，每到一处都仔细查看河道保洁、绿地管护和公益广告设置情况，听取创文工作进展汇报，对发现的问题现场提出整改要求。
在县行政审批服务中心，调研督导组详细了解窗口单位文明服务的开展情况，并就督导中发现的具体问题提出了明确的整改时限。
督导组要求，一要充分认识创文工作的意义，坚定信心，保持常态推进，完善长效机制，巩固提升创建成果；二要对标对表，坚持问题导向，狠抓问题整改，推动创文工作落细落小落实；三要广泛宣传引导，让文明观念深入人心，切实提高群众对创建全国文明城市工作的知晓率、支持率和参与率。（马晓燕　齐振宇）
""", published="2021-10-19",
      speeches=[sp("吴建军王莉调研督导创建全国文明城市工作", "会议报道", "县", ("河南省", "平顶山市", "鲁山县"))],
      junk=["re:^鲁山快报$", "总第3871期", "编印", "语音阅读", "刊发日期", "马晓燕"],
      kept=["在县行政审批服务中心，调研督导组详细了解窗口单位文明服务的开展情况，并就督导中发现的具体问题提出了明确的整改时限。",
            "10月15日下午，县人大常委会主任吴建军，县委常委、宣传部长、副县长王莉带领县创文办一行，调研督导我县创建全国文明城市工作。"],
      **P8)

# p70 — a city news app's page (txt): the headline, a time/source line, a lead opening with the
# app's dateline, an office's meeting at which the official 出席会议并讲话 while the content is
# given as 会议强调, and the correspondent in brackets.
blind("p70.txt", """
市创城办传达全市创建文明城市工作推进会议精神
2020-07-16 09:12:40　来源：掌上东营
掌上东营讯 7月15日，市创城领导小组办公室召开全体人员会议，传达全市创建文明城市工作推进会议精神。市委常委、统战部长、市创城办主任高维平出席会议并讲话。
会议强调，全市推进会议为下一步的创城工作指明了方向，市创城办要担起组织协调的职责，不折不扣抓好会议部署的各项任务。要找准点位、主动认领，发挥好创城办统筹协调的作用；要建立台账、压实责任，把各区和相关部门的责任夯实；要细化措施、精细整改，发挥各专项小组的专业作用，保证问题整改迅速有效；要紧扣标准、督考结合，集中时间、集中精力，坚决打赢创城这场硬仗。
（通讯员 任志刚）
""", published="2020-07-16",
      speeches=[sp("市创城办传达全市创建文明城市工作推进会议精神", "会议报道", "市", ("山东省", "东营市", None),
                   speaker=["市委常委、统战部长、市创城办主任高维平", "市委常委、统战部长高维平", "市创城办主任高维平",
                            "高维平"])],
      junk=["来源：掌上东营", "掌上东营讯", "通讯员"],
      kept=["7月15日，市创城领导小组办公室召开全体人员会议，传达全市创建文明城市工作推进会议精神。"],
      **P8)

# p71 — a district portal's street news (txt): the portal's name, the channel trail, the headline,
# a time/source/views line, a street meeting at which the office's director reports and the
# secretary, called "杜娟书记", sets three requirements, and the print/close buttons.
blind("p71.txt", """
沙市区人民政府
首页 > 政务动态 > 街道动态
胜利街道召开创文迎检工作推进会
发布时间：2024-05-21 16:02　信息来源：胜利街道办事处　浏览次数：386
为进一步压实创文迎检责任，推动各项测评指标落细落实，5月20日下午，胜利街道召开创文迎检工作推进会。街道党工委书记杜娟，街道党工委副书记、办事处主任孙红兵出席会议，街道班子成员、各社区书记和机关各科室负责人参加会议。
会上，孙红兵主任通报了上一轮区级暗访中街道被扣分的点位和整改情况，各社区书记逐一汇报了辖区内老旧小区、背街小巷的整治进度。
杜娟书记对街道前段的创文工作给予肯定，并对下阶段工作提出三点要求：一要找准短板、提前准备，对照测评标准一项一项过，做到问题不过夜；二要全民动员、全员投入，发挥党员、志愿者和楼栋长的作用，把居民发动起来；三要条块结合、合力推进，用好党建联建平台，和驻地单位一起把点位管好。
【打印本页】【关闭窗口】
""", published="2024-05-21",
      speeches=[sp("胜利街道召开创文迎检工作推进会", "会议报道", "乡镇", ("湖北省", "荆州市", "沙市区"),
                   speaker=["街道党工委书记杜娟", "胜利街道党工委书记杜娟", "杜娟书记", "杜娟"])],
      junk=["re:^沙市区人民政府$", "政务动态", "信息来源", "浏览次数", "打印本页", "关闭窗口"],
      kept=["会上，孙红兵主任通报了上一轮区级暗访中街道被扣分的点位和整改情况，各社区书记逐一汇报了辖区内老旧小区、背街小巷的整治进度。"],
      **P8)

# p72 — a district portal's report (txt): the headline naming a city office, a time/source line
# naming the district's office, a lead that opens with a coming citywide meeting before the date,
# two officials with several posts each leading the visit, and the first one 表示.
blind("p72.txt", """
江门市创文办到白沙街道督导创文工作
2023-07-12 09:30　来源：蓬江区创文办
全市创文工作现场会将于七月下旬在白沙街道召开。7月11日，市委宣传部副部长、市文明办主任、市创文办常务副主任周伟强，市创文办副主任、创文督导组组长彭南松率队深入白沙街道督导创文工作，具体部署现场会的筹备。区创文办有关负责人陪同督导。
当天上午，周伟强一行先后到白沙文化站、街心广场和街道主干道，实地察看创文整改情况，并提出具体指导意见。
周伟强表示，白沙街道在创文工作中注重补短板、抓建设、办实事，效果明显。要用好展板、短片等形式，把街道的变化全方位展示出来；要规范沿街小食店的招牌，把本地特色美食作为一张名片；要抓好市容市貌和环境卫生整治，布置好沿途的宣传环境，为全市各地提供可复制、可推广的经验。
""", published="2023-07-12",
      speeches=[sp("江门市创文办到白沙街道督导创文工作", "会议报道", "市", ("广东省", "江门市", None),
                   speaker=["市委宣传部副部长、市文明办主任、市创文办常务副主任周伟强", "市委宣传部副部长周伟强",
                            "市创文办常务副主任周伟强", "周伟强"])],
      junk=["来源：蓬江区创文办"],
      kept=["当天上午，周伟强一行先后到白沙文化站、街心广场和街道主干道，实地察看创文整改情况，并提出具体指导意见。",
            "全市创文工作现场会将于七月下旬在白沙街道召开。"],
      **P8)

# p73 — a 公文 site's page (txt): the member links, the site's name, the location line, the column's
# name alone, the title, the uploader's name with the posting time and the column, a teaser that
# glues the title to the text's opening and cuts it, the title again without its 在, and a
# bureau's speech with masks.
blind("p73.txt", """
会员登录　新用户注册　退出
公文搜 - 蓝笔杆公文之家
您现在的位置是：首页 > 公众号好文 > 讲话发言
讲话发言
在2023年度创建全国文明城市动员大会上的讲话
林华华 2023-06-30 13:37:44 讲话发言
在2023年度创建全国文明城市动员大会上的讲话 同志们：今天开这个会，主要是传达全市创建全国文明城市动员大会的精神，对全局参与创城的工作再部署、再动员。刚才已经传达了全市会议的精神，下面，我代表局党组讲三个方面的意见。一、提高认识，坚定创城必须创成的信心 全局干部职工要认真学习*长讲话精神，始终保
2023年度创建全国文明城市动员大会上的讲话
同志们：
今天开这个会，主要是传达全市创建全国文明城市动员大会的精神，对全局参与创城的工作再部署、再动员。刚才已经传达了全市会议的精神，下面，我代表局党组讲三个方面的意见。
一、提高认识，坚定创城必须创成的信心
全局干部职工要认真学习*长讲话精神，始终保持“每天都是创建日”的状态，把创城当成自己的事。我省的**市、**市已经先后创成全国文明城市，按照测评体系三年一个周期算，我们至少晚了一个周期，只有加倍努力才能后来居上。
二、认领任务，把分包点位管到位
局里分包的两个社区、一条主街和一处农贸市场，由班子成员每人包一处，每周至少去一次，发现问题当场交办，整改不到位的不销号。
三、严明纪律，以机关作风带动窗口服务
全局各科室、各窗口要对照文明单位的标准，做到服务热情、办事高效。局纪检组要加强明察暗访，对影响创城的人和事，发现一起、通报一起。
同志们，创城是全市的大事，也是全局的大事。希望大家拿出干劲，确保局里承担的任务一项不落地完成。
""", published="2023-06-30",
      speeches=[sp("在2023年度创建全国文明城市动员大会上的讲话", "讲话", "市", masked=True)],
      junk=["会员登录", "新用户注册", "蓝笔杆公文之家", "您现在的位置", "re:^讲话发言$", "林华华", "re:始终保$"],
      kept=["局里分包的两个社区、一条主街和一处农贸市场，由班子成员每人包一处，每周至少去一次，发现问题当场交办，整改不到位的不销号。",
            "同志们，创城是全市的大事，也是全局的大事。"],
      **P8)


# --- eighth blind batch (batch 12, part "blind-8"): 20 pages g01..g20, each modelled on the SHAPE of
# a different real page read through the search tool's page corpus (about 90 pages from about 80
# sites), chosen among the kinds the earlier batches covered least: a 文秘 member page with a 目录/提纲
# head and 省略…字/未完 notes, county 融媒体 and district government portals, a WeChat repost with its
# account chrome, document viewers whose text layer puts spaces inside words or breaks lines inside
# sentences, a 公文 member site's 本文标题/链接地址/版权声明 footer, a Traditional news mirror with
# pinyin, a big5 范文 page with doubled commas, a 范文 sample with 写作点评 boxes, app copies, an
# aggregator's alias headline, an e-paper item, a street office's pledge under a slogan headline, a
# pledge with a members-only block, a 正文复制 page printing its opening twice, a Word file saved as
# HTML holding two speeches, a member-shared document of two speeches and an app copy of a report
# followed by the speech's full text: 16 speeches, 5 meeting reports, 2 units' pledges. Every speech
# body and every line of site text was written for this project. Written without looking at the
# rules in build_tools/ and measured once; nobody tunes rules on this batch.
B12 = dict(batch=12)

# g01 — a 文秘 member site's page (txt copy): 您的位置 with a >>-separated category trail, the
# title naming only a role, a 发表时间 with a slash date and clock, a 目录/提纲 list of the
# headings, the text with a masked city (****), then the site's 省略…字/正式会员 note cutting it,
# the 未完/全文共…字 note, 收藏《…》 and 文章搜索.
blind("g01.txt", """您的位置:公文秘书网>>党委讲话/城建讲话/卫生/会议讲话/>>正文

市委书记在全市迎接国家卫生城市复审工作会议上的讲话

发表时间:2021/5/14 9:12:33
目录/提纲:……
一、正视问题,绷紧复审这根弦
二、盯住重点,打好整改攻坚战
三、压实责任,确保复审一次过关
……

  同志们:
  再过两个月,国家爱卫办复审组就要到我市进行暗访和技术评估。今天召开这个会,就是要把复审的各项任务再压一压、再实一实。刚才,市爱卫办通报了前一阶段全市自查的情况,四个城区和市城管局作了发言,我都同意。下面,我讲三点意见。
  一、正视问题,绷紧复审这根弦
  ****获得国家卫生城市称号已经六年了,这块牌子是全市上下一锹一锹干出来的。但是,保牌比创牌更难。从这次自查情况看,一些地方已经出现了反弹:老城区的小餐饮店后厨脏乱,城郊结合部的垃圾又开始露天堆放,个别农贸市场的活禽区没有做到每日清洗消毒。这些问题看起来是小事,到了检查组眼里就是扣分项。
  二、盯住重点,打好整改攻坚战
  一是农贸市场要一个一个过筛子。市场监管局要牵头,对城区二十三个农贸市场逐个检查,做到分区经营、地面无积水、垃圾日产日清。二是背街小巷要一条一条见底数。各区要把辖区内的背街小巷全部列出来,明确保洁员和巡查员,做到每天有人扫、有人管。三是病媒生物防制要一处一处抓到位。
……(公文秘书网省略620字,正式会员可完整阅读)
……(未完,全文共3180字,当前仅显示1540字,请阅读下面提示信息。收藏《市委书记在全市迎接国家卫生城市复审工作会议上的讲话》)
文章搜索
""",
      published="2021-05-14",
      speeches=[sp("市委书记在全市迎接国家卫生城市复审工作会议上的讲话", "讲话", "市", speaker=["市委书记"],
                   masked=True, truncated=True, min_paras=4)],
      junk=["您的位置", "公文秘书网", "发表时间", "目录/提纲", "正式会员可完整阅读", "全文共3180字", "收藏《", "文章搜索"],
      kept=["今天召开这个会，就是要把复审的各项任务再压一压、再实一实。",
            "但是，保牌比创牌更难。",
            "这些问题看起来是小事，到了检查组眼里就是扣分项。",
            "一是农贸市场要一个一个过筛子。"],
      **B12)

# g02 — a county 融媒体 centre's site (HTML, GB18030): the site's name bar and channel menu with a
# weather line, a breadcrumb, the headline, a 发布时间/信息来源/作者/浏览次数/字体 line, a report of
# the county secretary at a 创文 meeting, the centre's ▌原创 note, an 编辑/审核/监制 line, a
# 上一篇/下一篇 pair and a footer with 主办/承办/备案 and a script.
blind("g02.html", """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>罗田县召开创建省级文明县城攻坚推进会 - 罗田县融媒体中心</title>
<script type="text/javascript">var _hmt = _hmt || []; (function(){ var hm = document.createElement("script"); })();</script>
</head><body>
<div class="header"><span class="logo">罗田县融媒体中心</span><span class="weather">今天 多云 18℃~26℃</span></div>
<ul class="nav"><li>首页</li><li>罗田新闻</li><li>视频罗田</li><li>乡镇动态</li><li>政务公开</li><li>专题专栏</li></ul>
<div class="position">当前位置：首页 &gt; 罗田新闻 &gt; 时政要闻</div>
<div class="article">
<h1>罗田县召开创建省级文明县城攻坚推进会</h1>
<div class="info">发布时间：2023-05-12 16:20　信息来源：罗田县融媒体中心　作者：胡晓燕　浏览次数：　字体【大 中 小】</div>
<div class="content">
<p>5月11日下午，罗田县召开创建省级文明县城攻坚推进会，通报前一阶段创建工作情况，部署下一阶段攻坚任务。县委书记方志清出席会议并讲话，县委副书记、县长周明主持会议。</p>
<p>会上，县文明办通报了四月份城区文明创建实地督查结果，凤山镇、县住建局、县公安局交警大队作了表态发言。</p>
<p>方志清指出，离省级文明县城测评只剩下不到半年时间，全县上下要把创建当作当前最紧迫的任务，克服畏难情绪和观望心理，以只争朝夕的劲头把各项指标做实做细。</p>
<p>方志清强调，要紧盯群众身边的问题，集中力量整治老旧小区环境、占道经营和车辆乱停乱放；要把常态管理抓在平时，杜绝迎检时突击、过后就松劲；要严格督查问责，对进度滞后、问题反弹的单位，由县纪委监委跟进问效。</p>
<p>周明要求，各乡镇、各部门要迅速把会议精神传达到每一名干部，对照任务清单逐项销号。</p>
<p>县四大家领导，各乡镇、县直各单位主要负责同志参加会议。</p>
</div>
<p class="note">▌文章为罗田县融媒体中心原创，转载或内容合作请联系我们。未经许可，不得转载。</p>
<p class="editors">编辑：胡晓燕　审核：程亮　监制：王海</p>
<div class="pager">上一篇：我县举行全民健身月启动仪式<br>下一篇：凤山镇开展背街小巷环境整治</div>
</div>
<div class="footer">主办：中共罗田县委宣传部　承办：罗田县融媒体中心　鄂ICP备10032618号-1<br>
<script>document.write(unescape("%3Cspan id='cnzz'%3E%3C/span%3E"));</script></div>
</body></html>
""", enc="gb18030",
      published="2023-05-12",
      speeches=[sp("罗田县召开创建省级文明县城攻坚推进会", "会议报道", "县", ("湖北省", "黄冈市", "罗田县"),
                   speaker=["方志清", "县委书记方志清"], min_paras=5)],
      junk=["多云", "视频罗田", "当前位置", "信息来源", "浏览次数", "文章为罗田县融媒体中心原创", "监制", "上一篇",
            "全民健身月启动仪式", "鄂ICP备", "_hmt"],
      kept=["5月11日下午，罗田县召开创建省级文明县城攻坚推进会，通报前一阶段创建工作情况，部署下一阶段攻坚任务。",
            "会上，县文明办通报了四月份城区文明创建实地督查结果，凤山镇、县住建局、县公安局交警大队作了表态发言。",
            "周明要求，各乡镇、各部门要迅速把会议精神传达到每一名干部，对照任务清单逐项销号。"],
      **B12)

# g03 — a WeChat public-account article (txt copy of the page): the account name, 原创 with the
# publishing time and 发表于, a 点击蓝字关注我们 prompt, the title, a role-and-name line and the
# date, the mayor's speech with bold numbered heads, then 来源/编辑/审核/监制, 往期推荐 with three
# headlines, the 分享/收藏/点赞/在看 row and 阅读原文.
blind("g03.txt", """抚州发布
原创 抚州发布 2024-03-18 19:30 发表于江西
点击蓝字
关注我们
在全市巩固国家卫生城市成果暨爱国卫生运动推进会上的讲话
市委副书记、市长　刘振东
（2024年3月15日）
同志们：
　　今天我们召开这次会议，主要任务是总结去年的巩卫和爱国卫生工作，部署今年的重点任务。去年，我市以高分通过国家卫生城市复审，全市城乡环境有了明显改观。成绩来之不易，但我们必须清醒地看到，长效管理的机制还不健全，一些地方“检查时一个样、检查后另一个样”的问题依然存在。下面，我讲三点意见。
　　一、把巩卫成果当作民生成果来守护
　　国家卫生城市不是一块挂在墙上的牌子，而是群众每天都能感受到的生活环境。背街小巷干不干净、农贸市场有没有异味、公共厕所能不能用，群众心里都有一本账。各县区、各部门要从群众最关心的地方入手，把巩卫工作做在平时、做在细处。
　　二、把爱国卫生运动融入城乡治理
　　今年全市要完成一百二十个老旧小区的环境整治，新建和改造公共厕所八十座，实现城区生活垃圾分类投放全覆盖。各县区要把爱国卫生运动和乡村振兴结合起来，持续推进农村人居环境整治，防止城市干净、城郊脏乱。
　　三、把责任链条拧紧拧实
　　市爱卫会要发挥好统筹协调作用，每季度开展一次全市交叉检查，检查结果在市级媒体公开。各县区政府是巩卫工作的责任主体，主要负责同志要亲自研究、亲自调度。对工作推进不力、问题反弹严重的，要严肃问责。
　　同志们，巩卫工作永远在路上。希望大家保持定力、久久为功，让抚州的天更蓝、水更清、城更洁。
来源：抚州日报
编辑：黄小琴　审核：吴斌　监制：陈峰
往期推荐
抚州这个县入选省级示范名单
关注｜城区这些路段即将施工
今天起，我市开展春季灭鼠活动
分享　收藏　点赞　在看
阅读原文
""",
      published="2024-03-18",
      speeches=[sp("在全市巩固国家卫生城市成果暨爱国卫生运动推进会上的讲话", "讲话", "市", ("江西省", "抚州市", None),
                   date="2024-03-15", speaker=["刘振东", "市长刘振东", "市委副书记、市长刘振东"], min_paras=8)],
      junk=["发表于江西", "点击蓝字", "关注我们", "来源：抚州日报", "监制", "往期推荐", "入选省级示范名单",
            "开展春季灭鼠活动", "在看", "阅读原文"],
      kept=["国家卫生城市不是一块挂在墙上的牌子，而是群众每天都能感受到的生活环境。",
            "二、把爱国卫生运动融入城乡治理",
            "今年全市要完成一百二十个老旧小区的环境整治，新建和改造公共厕所八十座，实现城区生活垃圾分类投放全覆盖。",
            "希望大家保持定力、久久为功，让抚州的天更蓝、水更清、城更洁。"],
      **B12)

# g04 — a document viewer's text layer (txt copy): the whole document on one line, the title's
# last word letter-spaced ("讲 话"), the date in half-width brackets and the speaker's name after it
# on the same line, half-width punctuation, and one paragraph whose text layer put spaces inside
# words where the PDF justified its lines.
_G04 = [
    "在迎接国家卫生城市复审动员大会上的 讲 话 (2018年3月2日) 许文光 同志们:",
    "这次动员大会,是在国家卫生城市复审进入倒计时的关键时刻召开的。会议的主要任务是,动员全市上下"
    "立即行动起来,以最好的状态、最实的举措迎接复审,确保国家卫生城市这块牌子稳稳地保住。刚才,"
    "建华同志宣读了复审迎检工作方案,各城区和市直有关部门递交了责任状,希望大家按照方案抓好落实。"
    "下面,我讲三点意见。",
    "一、认清形势,把复审当作一场大考",
    "今 年的复审,是我市获得 国家卫生城市 称 号后的第 二 次复审。复 审 标准比 上 一 轮 更 高 ,暗 访 "
    "的 范 围 更 广 ,不 仅看 主 干 道 ,更 要 看 背 街 小 巷、城 中 村 和 农 贸 市 场 。",
    "衡阳从2005年开始创建国家卫生城市,到2012年成功命名,用了整整七年时间。这块牌子凝聚着几任班子和"
    "全市人民的心血,我们没有任何理由让它在我们手上丢掉。",
    "二、突出重点,把问题整改到位",
    "要集中开展城乡结合部、城中村环境卫生专项整治,做到垃圾日产日清、污水不乱排;要对全市农贸市场"
    "进行一次全面体检,不达标的限期整改;要把病媒生物防制工作委托专业机构常年开展,确保鼠、蚊、蝇、"
    "蟑密度控制在国家标准之内。",
    "三、强化责任,把压力传导到基层",
    "各城区是复审迎检的责任主体,区长是第一责任人。市委、市政府将组成六个督查组,实行一周一督查、"
    "一周一通报,对工作不力的单位,严肃追究相关负责人的责任。",
    "同志们,复审迎检时间紧、任务重。希望大家团结一心、真抓实干,以优异的成绩通过国家卫生城市复审!",
]
blind("g04.txt", " ".join(_G04) + " 第 1 页 共 3 页\n",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", ("湖南省", "衡阳市", None),
                   date="2018-03-02", speaker=["许文光"])],
      junk=["第 1 页 共 3 页"],
      kept=["刚才，建华同志宣读了复审迎检工作方案，各城区和市直有关部门递交了责任状，希望大家按照方案抓好落实。",
            "这块牌子凝聚着几任班子和全市人民的心血，我们没有任何理由让它在我们手上丢掉。",
            "各城区是复审迎检的责任主体，区长是第一责任人。",
            "希望大家团结一心、真抓实干，以优异的成绩通过国家卫生城市复审！"],
      **B12)

# g05 — a district government portal's 领导讲话 column (HTML, GBK): a 站群导航 bar with 无障碍/手机版
# links, a 您的位置 trail, the headline, a 来源/发布时间/浏览次数/字体 line, the speaker's name and
# the date centred above the speech, 【打印本页】【关闭窗口】, a 相关链接 list and a footer.
_G05 = [
    "同志们：",
    "今年下半年，西乡塘区将迎来国家卫生城市复审的暗访和技术评估。市里已经明确，主城区是复审的主战场，"
    "西乡塘区的检查点位占了全市的三分之一。今天这个会，就是要把任务一项一项分下去，把责任一级一级压下去。",
    "一、摸清底数，问题清单要做实",
    "各街道、各部门要对照国家卫生城市标准，对辖区内的农贸市场、小餐饮店、建筑工地、城中村和老旧小区开展"
    "拉网式排查，做到点位不漏、问题不漏。排查出来的问题要建立台账，逐项明确整改责任人和完成时限。",
    "二、集中攻坚，重点难点要突破",
    "城中村是我们区的最大短板。区住建局、区城管局要牵头，用三个月时间完成十二个城中村的环境整治，"
    "重点解决垃圾乱堆、污水横流和违章搭建问题。区市场监管局要对全区小餐饮店开展一次全覆盖检查，"
    "后厨卫生不达标的一律停业整改。",
    "三、健全机制，长效管理要跟上",
    "复审不是终点。各街道要把网格化管理和巩卫工作结合起来，让网格员每天巡查、随时上报；区巩卫办要建立"
    "周通报、月排名制度，排名靠后的街道，主要负责同志要在区委常委会上作说明。",
    "同志们，巩卫工作关系到全区群众的切身利益。希望大家以更实的作风、更硬的举措，确保复审顺利过关。",
]
blind("g05.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>在全区巩固国家卫生城市成果迎接复审工作会议上的讲话_南宁市西乡塘区人民政府门户网站</title></head><body>
<div class="zqdh">站群导航　市政府网站　县区政府站群　<a>无障碍版</a>　<a>手机版</a></div>
<div class="banner">南宁市西乡塘区人民政府门户网站</div>
<div class="wz">您的位置：首页 &gt; 政务公开 &gt; 领导讲话 &gt; 详细内容</div>
<h1>在全区巩固国家卫生城市成果迎接复审工作会议上的讲话</h1>
<div class="xx">来源：区政府办公室　发布时间：2022-08-09 10:30:34　浏览次数：　【字体：大 中 小】</div>
<div class="zw">
<p align="center">黄卫东</p>
<p align="center">（2022年8月5日）</p>
""" + "".join(f"<p>{p}</p>\n" for p in _G05) + """</div>
<div class="dy">【打印本页】　【关闭窗口】</div>
<div class="xglj">相关链接：<br>· 区政府召开第十五次常务会议<br>· 西乡塘区开展汛期安全隐患排查</div>
<div class="bottom">主办单位：南宁市西乡塘区人民政府办公室　桂ICP备05008621号　网站标识码：4501070001</div>
</body></html>
""", enc="gbk",
      published="2022-08-09",
      speeches=[sp("在全区巩固国家卫生城市成果迎接复审工作会议上的讲话", "讲话", "区", ("广西壮族自治区", "南宁市", "西乡塘区"),
                   date="2022-08-05", speaker=["黄卫东"], min_paras=8)],
      junk=["站群导航", "无障碍版", "您的位置", "来源：区政府办公室", "打印本页", "关闭窗口", "相关链接",
            "第十五次常务会议", "网站标识码"],
      kept=["今天这个会，就是要把任务一项一项分下去，把责任一级一级压下去。",
            "一、摸清底数，问题清单要做实",
            "城中村是我们区的最大短板。",
            "希望大家以更实的作风、更硬的举措，确保复审顺利过关。"],
      **B12)

# g06 — a 公文 member site (txt copy): the title, a 发布时间/阅读 line, a speech at a 创文 总结 and
# 推进 meeting with the city masked as a spaced "x", then 微信扫一扫在手机阅读、分享本文, 本文标题,
# 链接地址, 版权声明 with a members'-rights warning, 微信订阅号 and 联系客服.
blind("g06.txt", """创建全国文明城市工作总结暨深入推进大会上的讲话
发布时间：2023-02-20　阅读：1024
同志们：
今天我们召开大会，主要任务是总结创文经验、表彰先进典型，动员全市上下再接再厉，把全国文明城市这块牌子擦得更亮。刚才，大会宣读了表彰决定，两个区和市城建局的主要负责同志作了发言，讲得都很实在。
x 创建全国文明城市走过了九个年头。九年里，我们改造了三百多个老旧小区，打通了四十多条断头路，建成了一千多个新时代文明实践站点，市民的文明素质和城市的文明程度都有了质的提升。这块牌子，是全市人民一起干出来的。
但是，拿到牌子不等于一劳永逸。全国文明城市实行动态管理，每年都要测评，测评不合格的要被摘牌。今后一个时期，我们要重点抓好三件事。
第一，抓常态。创建工作要从“迎检模式”转到“常态模式”，把创建中形成的好做法变成制度，让城市管理天天都像迎检时一样。
第二，抓惠民。要把群众反映最强烈的停车难、如厕难、养老难作为今年的重点民生项目，让群众从创建中得到更多实惠。
第三，抓队伍。志愿服务是文明城市的一张名片。要健全志愿者注册、培训和激励制度，让更多的市民成为文明的传播者和践行者。
同志们，文明没有终点。希望大家珍惜荣誉、继续奋斗，为建设更高水平的全国文明城市而努力。
微信扫一扫在手机阅读、分享本文
本文标题：创建全国文明城市工作总结暨深入推进大会上的讲话
链接地址：http://www.gongwenzhijia.cn/article/detail/4861.html
版权声明
作者原创，不允许二次传播，一经发现收回会员权益，追究法律责任。
微信订阅号
联系客服
""",
      published="2023-02-20",
      speeches=[sp("创建全国文明城市工作总结暨深入推进大会上的讲话", "讲话", "市", masked=True, min_paras=7)],
      junk=["阅读：1024", "微信扫一扫", "本文标题", "链接地址", "版权声明", "不允许二次传播", "微信订阅号", "联系客服"],
      kept=["这块牌子，是全市人民一起干出来的。",
            "全国文明城市实行动态管理，每年都要测评，测评不合格的要被摘牌。",
            "第二，抓惠民。",
            "希望大家珍惜荣誉、继续奋斗，为建设更高水平的全国文明城市而努力。"],
      **B12)

# g07 — a Traditional-character mirror of a county news report (s2tw) with pinyin after the
# characters the mirror's font lacked (創(chuàng), 衛(wèi), 續(xù)), a 來源/時間/熱度 line, the county
# secretary speaking, and the mirror's 上一篇/下一篇 and copyright line.
blind("g07.txt", """石泉县争创全国文明城市暨巩固国家卫生县城推进大会召开
来源：石泉县融媒体中心　时间：2023-06-07 10:12:41　热度：862
　　6月6日上午，我县争创全国文明城市暨巩固国家卫生县城推进大会在县文化中心礼堂召开。会议对创文巩卫工作进行再动员、再部署，查漏补缺，整改提升。
　　县委书记梁建国，县委副书记、县长赵宏等在家的县级领导参加会议。梁建国讲话，赵宏主持会议。
　　梁建国在讲话中指出，文明城市是一个地方综合实力和文明程度的集中体现。全县上下要把创建全国文明城市作为推动高质量发展的有力抓手，坚持创建为民、创建惠民，着力解决群众的急难愁盼问题，让群众在创建中有更多获得感。
　　梁建国要求，要统筹推进创文和巩卫，把突击整治和长效管理结合起来，把城市建设和城市管理结合起来，以点带面、持续用力；要压实工作责任，各级党组织主要负责同志要亲自抓、带头干，对推诿扯皮、敷衍塞责的严肃问责。
　　赵宏就贯彻落实会议精神提出具体要求。
上一篇：我县开展汛前地质灾害隐患排查
下一篇：石泉县举行第三届农民丰收节筹备会
版权所有 转载请注明出处
""", trad="s2tw", pinyin=[("創", "創(chuàng)"), ("衛", "衛(wèi)"), ("續", "續(xù)")],
      published="2023-06-07",
      speeches=[sp("石泉县争创全国文明城市暨巩固国家卫生县城推进大会召开", "会议报道", "县", ("陕西省", "安康市", "石泉县"),
                   speaker=["梁建国", "县委书记梁建国"], min_paras=4)],
      junk=["chuàng", "wèi", "热度", "上一篇", "汛前地质灾害", "农民丰收节", "版权所有"],
      kept=["会议对创文巩卫工作进行再动员、再部署，查漏补缺，整改提升。",
            "文明城市是一个地方综合实力和文明程度的集中体现。",
            "赵宏就贯彻落实会议精神提出具体要求。"],
      **B12)

# g08 — a Traditional 范文 page (big5, s2tw): the site's 字號/列印 bar, the title, a speech whose
# converter doubled some commas and put one after an enumeration comma (",,", "、,"), no name or
# date, then 上一篇/下一篇 and the site's 本站資料來源於網絡 note.
_G08 = [
    "同志们：",
    "今天，县委、县政府召开全县创建省级卫生县城推进会，主要是总结前一阶段的工作，查找存在的问题，对下一步攻坚作出安排。永泰创建省级卫生县城已经进入最后冲刺阶段，容不得半点松懈。",
    "一、要看到成绩，更要看到差距。两年来，县城新建了三座垃圾中转站，改造了十一座公共厕所，城区主次干道实现了机械化清扫。但是，,背街小巷的卫生死角仍然不少，城郊的农贸市场脏乱差问题还很突出，,群众的意见比较大。",
    "二、要抓住重点，集中力量攻坚。城关镇要把背街小巷的保洁任务落实到人，做到每天清扫、随时保洁；县市场监管局要牵头对城区农贸市场进行一次彻底整治，规范摊位、设置分区、,完善排水设施。",
    "三、要压实责任，严格督查考核。县创卫办要每周开展一次暗访，暗访结果在全县通报。对工作落后的单位，县委、县政府将约谈主要负责人。",
    "同志们，创卫工作时间紧、任务重。希望大家鼓足干劲，确保今年顺利通过省级卫生县城考核验收。",
]
blind("g08.txt", "字号：大 中 小　　列印本页\n在全县创建省级卫生县城推进会上的讲话\n" + "\n".join(_G08)
      + "\n上一篇：卫生县城创建工作汇报\n下一篇：爱国卫生月活动方案\n本站资料来源于网络，仅供学习参考，如有侵权请告知删除。\n",
      enc="big5", trad="s2tw",
      speeches=[sp("在全县创建省级卫生县城推进会上的讲话", "讲话", "县", ("福建省", "福州市", "永泰县"), min_paras=5)],
      junk=["字号", "列印本页", "上一篇", "卫生县城创建工作汇报", "爱国卫生月活动方案", "本站资料来源于网络"],
      kept=["永泰创建省级卫生县城已经进入最后冲刺阶段，容不得半点松懈。",
            "三、要压实责任，严格督查考核。",
            "县创卫办要每周开展一次暗访，暗访结果在全县通报。",
            "希望大家鼓足干劲，确保今年顺利通过省级卫生县城考核验收。"],
      **B12)

# g09 — a 范文 site's sample with commentary (txt copy): a 【范文+点评】 label and a 写作提示 line
# before the title, the sample speech (masked county, XX同志) with a 【点评】 box after each part
# explaining the writing, then a 【总评】 and the site's 更多范文 links.
blind("g09.txt", """【范文+点评】
写作提示：动员讲话要讲清“为什么干、干什么、怎么干”，下面这篇可作参考。
在全县创建国家卫生县城攻坚动员会上的讲话
同志们：
　　今天召开全县创建国家卫生县城攻坚动员会，主要任务是统一思想、明确任务、压实责任，吹响创卫攻坚的冲锋号。刚才，XX同志宣读了攻坚行动方案，三个乡镇和县城管局作了表态发言，我都赞成。
【点评】开头交代会议任务，并对前面的议程作简要评价，这是动员讲话的常见写法，简洁得体。
　　一、为什么要创卫。XX县是全市唯一还没有获得省级以上卫生称号的县，群众对县城环境的意见不少，来县里考察的客商也常常提到这个问题。创卫不是为了一块牌子，而是为了让群众住得更舒心、过得更健康。
【点评】从本地实际和群众感受讲意义，比空讲大道理更有说服力。
　　二、创卫干什么。今年重点抓好四件事：一是改造县城六个农贸市场，二是新建改建公共厕所二十座，三是整治背街小巷四十二条，四是实现县城生活垃圾收运全覆盖。每一件都要明确牵头领导、责任单位和完成时限。
【点评】任务部分用数字说话，具体可考核，避免了“加强”“提高”之类的空话。
　　三、创卫怎么干。要实行县级领导包片、部门包街、干部包户的责任制度，县创卫办每周督查、每月排名，排名末位的单位主要负责同志要在全县大会上作检讨。
　　同志们，创卫攻坚已经打响。希望大家拿出拼劲、韧劲，确保明年通过国家卫生县城技术评估。
【总评】全文结构清晰，层层递进，语言朴实，适合县级领导在动员会上使用。
更多范文：创卫工作表态发言　爱国卫生月启动仪式讲话
""",
      speeches=[sp("在全县创建国家卫生县城攻坚动员会上的讲话", "讲话", "县", masked=True, min_paras=5)],
      junk=["范文+点评", "写作提示", "【点评】", "这是动员讲话的常见写法", "用数字说话", "【总评】", "更多范文",
            "爱国卫生月启动仪式讲话"],
      kept=["刚才，XX同志宣读了攻坚行动方案，三个乡镇和县城管局作了表态发言，我都赞成。",
            "创卫不是为了一块牌子，而是为了让群众住得更舒心、过得更健康。",
            "每一件都要明确牵头领导、责任单位和完成时限。",
            "希望大家拿出拼劲、韧劲，确保明年通过国家卫生县城技术评估。"],
      **B12)

# g10 — a document platform's page (GBK txt copy): the title, 合集下载, three numbered 下载须知
# notices, the title again, and a text layer that puts a blank line after most sentences and
# breaks some lines inside a sentence, as the platform's preview does.
blind("g10.txt", """创建卫生城市动员大会上的讲话
合集下载
1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充等附加服务。
2. 2、“仅部分预览”的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款。
3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。
创建卫生城市动员大会上的讲话
尊敬的各位领导，同志们，市民朋友们：

今天，我们在这里召开创建国家卫生城市动员大会，正式吹响宿迁创卫的集结号。

创建国家卫生城市，是市委、市政府顺应群众期盼作出的重大决策，也是提升城市品质的一次难得机遇。

近年来，我市城市面貌发生了很大变化，但与国家卫生城市的标准相比，还有不少差距：有的小区垃圾清运不及
时，有的农贸市场污水横流，有的背街小巷乱搭乱建。

这些问题，群众看在眼里，急在心里。

创卫要从群众最不满意的地方改起。今年，全市将集中整治八十个老旧小区、二十个农贸市场和一百条背街小
巷，让城市的每一个角落都干净整洁。

创卫要依靠全体市民共同参与。城市是我们共同的家园，每一位市民都是创卫的主人。希望大家从自己做起、从
身边做起，不乱扔垃圾、不随地吐痰、不乱停车辆。

创卫要有一套管用的制度。各区、各部门要建立创卫工作责任制，一级抓一级，层层抓落实。

同志们，朋友们，创卫是一场持久战，更是一场攻坚战。让我们携起手来，共同为把宿迁建设成为国家卫生城市而努力奋斗！
""", enc="gbk",
      speeches=[sp("创建卫生城市动员大会上的讲话", "讲话", "市", ("江苏省", "宿迁市", None), min_paras=6)],
      junk=["合集下载", "下载文档前请自行甄别", "仅部分预览", "人工客服工作时间", "申请退款"],
      kept=["今天，我们在这里召开创建国家卫生城市动员大会，正式吹响宿迁创卫的集结号。",
            "近年来，我市城市面貌发生了很大变化，但与国家卫生城市的标准相比，还有不少差距：有的小区垃圾清运不及时，有的农贸市场污水横流，有的背街小巷乱搭乱建。",
            "今年，全市将集中整治八十个老旧小区、二十个农贸市场和一百条背街小巷，让城市的每一个角落都干净整洁。",
            "让我们携起手来，共同为把宿迁建设成为国家卫生城市而努力奋斗！"],
      **B12)

# g11 — a writing-material app's copy (txt): the app's name and 首页, the title naming only a
# role, a year-less month-day with the app's name, a speech with a masked reference
# (XXXXXXX) and a masked county (X县), then 阅读/赞/在看 counts, 写留言 and 长按识别二维码.
blind("g11.txt", """公文素材库　首页
县长在创建国家卫生县城动员大会上的讲话
11-03　公文素材库
同志们：
　　今天，我们召开全县创建国家卫生县城动员大会，对创卫工作进行全面动员和安排部署。会后，各乡镇、各部门要把会议精神迅速传达下去，抓好贯彻落实。
　　我想从三个方面来讲：一是创卫是什么，二是为什么要创卫，三是怎样创卫。
　　首先，创卫是什么。创建国家卫生县城，是全国爱国卫生运动委员会组织开展的一项评选活动，考核的范围包括市容环境、食品安全、病媒生物防制、健康教育等方面，是衡量一个县城管理水平的综合标尺。
　　其次，为什么要创卫。创卫是贯彻落实XXXXXXX的具体行动，也是改善群众生活环境的民生工程。X县城区人口这几年增长很快，基础设施欠账多，环境卫生问题比较突出，群众反映强烈。通过创卫，可以倒逼我们补齐城市建设和管理的短板。
　　再次，怎样创卫。一要加大投入，今年县财政安排专项资金，优先用于垃圾处理、污水管网和农贸市场改造；二要全民参与，通过发放倡议书、开展卫生评比等方式，让每个家庭都参与进来；三要严格考核，把创卫纳入乡镇和部门的年度目标考核，实行一票否决。
　　同志们，创卫是全县人民的共同心愿。希望大家齐心协力，确保三年内建成国家卫生县城。
阅读 2万+　赞 316　在看 52
写留言
长按识别二维码，关注公文素材库
""",
      speeches=[sp("县长在创建国家卫生县城动员大会上的讲话", "讲话", "县", speaker=["县长"], masked=True, min_paras=6)],
      junk=["公文素材库", "11-03", "阅读 2万+", "在看 52", "写留言", "长按识别二维码"],
      kept=["我想从三个方面来讲：一是创卫是什么，二是为什么要创卫，三是怎样创卫。",
            "通过创卫，可以倒逼我们补齐城市建设和管理的短板。",
            "希望大家齐心协力，确保三年内建成国家卫生县城。"],
      **B12)

# g12 — a city 文明网 page (whole HTML, heavy chrome): a script-laden head, the site's top bar with
# 文明网 links and a search box, a channel menu, a breadcrumb, the headline, a 来源/作者/日期 line,
# a role-and-name line centred over the speech of the 文明办 director at a 创城 training meeting, the page's
# 【纠错】【责任编辑】 line, a sidebar of 热点推荐 and a footer of 文明网 sites.
_G12 = [
    "各位同志：",
    "这次培训班把各街道文明办主任、各社区书记和各创建责任单位的联络员召集到一起，就是要把今年创建全国文明城市的测评标准讲透，把各自的任务讲清。",
    "今年的测评体系有两个明显的变化。一是实地考察点位更多了，菜市场、背街小巷、老旧小区都增加了抽查的数量；二是问卷调查的权重提高了，群众满意不满意，直接决定我们的分数。",
    "针对这两个变化，我提三点要求。第一，点位管理要精细。每一个点位都要有责任人，每天巡查一遍，发现问题当天整改。第二，宣传发动要入户。各社区要组织志愿者上门，把创城为了谁、需要大家做什么讲明白，提高群众的知晓率和支持率。第三，资料报送要规范。网上申报材料要真实、准确、及时，不能东拼西凑、弄虚作假。",
    "同志们，包头创建全国文明城市已经到了关键阶段。希望大家学以致用，把培训的收获转化为推动工作的实际成效。",
]
blind("g12.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<title>在全市创建全国文明城市测评标准培训会上的讲话 - 包头文明网</title>
<link rel="stylesheet" href="/css/wmw.css">
<script src="/js/jquery.min.js"></script>
<script>$(function(){ $(".nav li").hover(function(){ $(this).addClass("on"); }); });</script>
<style>.sidebar{float:right;width:300px}</style>
</head><body>
<div class="topbar">中国文明网　内蒙古文明网　包头文明网　<input placeholder="请输入关键字"> 搜索</div>
<ul class="nav"><li>首页</li><li>文明创建</li><li>道德建设</li><li>志愿服务</li><li>文明实践</li><li>网上展馆</li></ul>
<div class="crumb">首页 &gt; 文明创建 &gt; 创城动态</div>
<div class="sidebar"><h3>热点推荐</h3><ul><li>我市新增三个省级文明村镇</li><li>“礼让斑马线”志愿服务持续开展</li><li>第四季度“包头好人”榜发布</li></ul></div>
<div class="main">
<h2 class="title">在全市创建全国文明城市测评标准培训会上的讲话</h2>
<div class="meta">来源：市文明办　作者：　日期：2023-04-18</div>
<div class="text">
<p style="text-align:center">市文明办主任　王振宇</p>
""" + "".join(f"<p>{p}</p>\n" for p in _G12) + """</div>
<div class="jc">【纠错】　【责任编辑：刘佳】</div>
</div>
<div class="footer">中央文明办主办　包头文明网承办　蒙ICP备12000877号<br>
<script>var s=document.createElement("script");s.src="//stat.example.cn/count.js";document.body.appendChild(s);</script></div>
</body></html>
""",
      published="2023-04-18",
      speeches=[sp("在全市创建全国文明城市测评标准培训会上的讲话", "讲话", "市", ("内蒙古自治区", "包头市", None),
                   speaker=["王振宇", "市文明办主任王振宇", "文明办主任王振宇"], min_paras=5)],
      junk=["内蒙古文明网", "请输入关键字", "网上展馆", "创城动态", "热点推荐", "三个省级文明村镇", "包头好人", "纠错",
            "责任编辑", "ICP备", "jquery"],
      kept=["今年的测评体系有两个明显的变化。",
            "第二，宣传发动要入户。",
            "网上申报材料要真实、准确、及时，不能东拼西凑、弄虚作假。",
            "希望大家学以致用，把培训的收获转化为推动工作的实际成效。"],
      **B12)

# g13 — a news aggregator's copy (whole HTML): 当前位置 with a >> trail, an alias headline that
# puts a search phrase in half-width brackets after the meeting's name (the title as an editor keeps
# it, in the archive's full-width brackets), 发布于/作者:网络投稿, a city report of
# a 创城 部署会 with a propaganda head speaking, the reporters' line, and 下一篇/推荐文章/相关文章.
blind("g13.html", """<html><head><meta charset="utf-8"><title>全市文明城市创建会议(在文明城市创建推进会议上讲话)-时事头条网</title></head><body>
<div class="top">时事头条网　|　首页　今日热词　社会　财经</div>
<div class="pos">当前位置:时事头条网 &gt;&gt; 今日热词 &gt;&gt; 文章正文</div>
<h1>全市文明城市创建会议(在文明城市创建推进会议上讲话)</h1>
<div class="info">发布于:2022-07-21　作者:网络投稿</div>
<div class="body">
<p>7月19日，白城市召开2022年全国文明城市创建工作部署会议。市委常委、宣传部部长孙立新出席会议并讲话。洮北区、白城经济开发区及各创建责任单位主要负责人参加会议。</p>
<p>会议通报了上半年创城工作情况，对实地点位管理、网上申报材料和群众满意度问卷调查等重点工作作了部署。</p>
<p>孙立新指出，今年是创城承上启下的关键一年，各地各部门要对标测评体系，找准短板弱项，以钉钉子精神推动问题整改。</p>
<p>孙立新强调，要把创城与为民办实事结合起来，集中解决老旧小区改造、停车秩序和公共厕所管理等群众关心的问题；要加强督导检查，对整改不到位的点位挂牌督办，确保各项任务按期完成。</p>
<p>(记者 赵海燕 实习生 刘明 报道)</p>
</div>
<div class="next">下一篇:夏季消暑的八种方法</div>
<div class="rec">推荐文章<br>相关文章<br>文明城市创建工作总结范文</div>
</body></html>
""",
      published="2022-07-21",
      speeches=[sp("全市文明城市创建会议（在文明城市创建推进会议上讲话）", "会议报道", "市", ("吉林省", "白城市", None),
                   speaker=["孙立新", "市委常委、宣传部部长孙立新", "宣传部部长孙立新"], min_paras=4)],
      junk=["时事头条网", "今日热词", "当前位置", "发布于", "网络投稿", "夏季消暑", "推荐文章", "相关文章", "文明城市创建工作总结范文"],
      kept=["会议通报了上半年创城工作情况，对实地点位管理、网上申报材料和群众满意度问卷调查等重点工作作了部署。",
            "孙立新指出，今年是创城承上启下的关键一年，各地各部门要对标测评体系，找准短板弱项，以钉钉子精神推动问题整改。"],
      **B12)

# g14 — a city daily's e-paper item (txt copy): the paper's name, 版次 and date line, the headline,
# 本报讯 (记者 …) opening, a county's 创卫 meeting with its secretary speaking in three points
# (一是…二是…三是…), the page's ①6 marker and the e-paper's 上一篇/下一篇/返回目录.
blind("g14.txt", """周口日报
第A02版：要闻　2021年09月16日
商水县召开创建国家卫生县城工作推进会
　　本报讯　（记者 张立群　通讯员 王晓）9月14日，商水县召开创建国家卫生县城工作推进会，县委书记陈国庆出席会议并讲话，县委副书记、县长李帆主持会议。
　　会上，陈国庆说，一是肯定成绩。前期全县上下做了大量工作，县城面貌明显改善，群众的满意度在提高。二是正视问题。一些背街小巷保洁不到位，部分农贸市场管理松散，病媒生物防制还存在薄弱环节。三是全力冲刺。离省级暗访不足两个月，各乡镇、各部门要进入冲刺状态，采取超常措施，确保创卫一次成功。
　　会议还通报了近期创卫督查情况，城关乡、县城管局等单位作了表态发言。①6
上一篇　下一篇　返回目录
""",
      speeches=[sp("商水县召开创建国家卫生县城工作推进会", "会议报道", "县", ("河南省", "周口市", "商水县"),
                   speaker=["陈国庆", "县委书记陈国庆"], min_paras=3)],
      junk=["周口日报", "第A02版", "本报讯", "记者 张立群", "①6", "返回目录"],
      kept=["9月14日，商水县召开创建国家卫生县城工作推进会，县委书记陈国庆出席会议并讲话，县委副书记、县长李帆主持会议。",
            "离省级暗访不足两个月，各乡镇、各部门要进入冲刺状态，采取超常措施，确保创卫一次成功。",
            "会议还通报了近期创卫督查情况，城关乡、县城管局等单位作了表态发言。"],
      **B12)

# g15 — a district portal's news item (HTML, GB18030): a street office's pledge under a headline
# that opens with a quoted slogan, the portal's 站群导航/无障碍版/手机版 bar, 您的位置, a
# 来源: X街道办事处/发布时间/浏览次数 line, the pledge, and a footer.
blind("g15.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>鞍山市铁东区人民政府</title></head><body>
<div class="zq">站群导航　市政府网站　市政府部门站群　县区政府站群　无障碍版　手机版</div>
<div class="wz">您的位置：首页 &gt; 新闻中心 &gt; 铁东要闻 &gt; 详细内容</div>
<h1>“创则必成 战则必胜” 站前街道在全区创建全国文明城市推进大会上的表态发言</h1>
<div class="ly">来源：铁东区站前街道办事处　发布时间：2021-09-15 10:30:34　浏览次数：　【字体：大 中 小】</div>
<div class="nr">
<p>站前街道地处铁东区中心，是创建全国文明城市的主战场、主阵地。在今天的全区推进大会上，我代表街道党工委、办事处郑重表态：我们将紧盯目标任务，聚焦问题短板，全力以赴做好各项创建工作。</p>
<p>一、思想上再提高，撸起袖子加油干。街道班子成员每人包保一个社区，每周至少两次深入点位，发现问题现场交办、限时办结，确保测评点位不丢分。</p>
<p>二、措施上再细化，稳扎稳打抓落实。对辖区内的老旧小区、背街小巷和沿街商铺开展拉网式排查，集中整治乱堆乱放、占道经营和车辆乱停问题，打造一批环境整洁、管理有序的示范小区。</p>
<p>三、宣传上再用力，发动群众齐参与。充分利用宣传栏、电子屏和社区微信群，广泛宣传创城知识，组织志愿者入户走访，推动群众知晓率和满意度“双提升”。</p>
<p>我们坚信，有区委、区政府的坚强领导，有全体居民的支持参与，站前街道一定能够圆满完成创城任务，为全区争光添彩！</p>
</div>
<div class="ft">主办：鞍山市铁东区人民政府办公室　辽ICP备05003725号　网站标识码：2103020003</div>
</body></html>
""", enc="gb18030",
      published="2021-09-15",
      speeches=[sp("“创则必成 战则必胜” 站前街道在全区创建全国文明城市推进大会上的表态发言", "表态发言", "区",
                   ("辽宁省", "鞍山市", "铁东区"), min_paras=5)],
      junk=["站群导航", "无障碍版", "您的位置", "铁东要闻", "来源：铁东区站前街道办事处", "浏览次数", "网站标识码"],
      kept=["在今天的全区推进大会上，我代表街道党工委、办事处郑重表态：我们将紧盯目标任务，聚焦问题短板，全力以赴做好各项创建工作。",
            "二、措施上再细化，稳扎稳打抓落实。",
            "我们坚信，有区委、区政府的坚强领导，有全体居民的支持参与，站前街道一定能够圆满完成创城任务，为全区争光添彩！"],
      **B12)

# g16 — a document viewer's copy of a bureau's pledge (txt): the file title, then the whole text
# on one line with the site's navigation phrase (文档内容导航) dropped into the middle of a sentence
# by the viewer, a slip in the pledge's own numbering (一、二、 then 三 missing: the copy lost a
# heading) and 第1页共1页 at the end.
blind("g16.txt", "争创“全国文明城市”动员大会发言稿\n"
      "各位领导，同志们：对市委、市政府作出争创全国文明城市的决策部署，我们全体城管人坚决拥护。城市管理是创城的主战场，"
      "我们责无旁贷，将以最大的决心、最硬的措施，抓好以下三个方面的工作：一、对照指标抓创建。在创城工作中，市城管局承担着市容"
      "环境、环境卫生和城市秩序三大类指标任务。我们将实行指标清单销号制，每一项指标明确一名局领导、一个责任科室和一个完成时限，"
      "做到指标任务项目化、项目工作责任化。二、围绕难点抓攻坚。占道经营、流动摊贩和建筑垃圾乱倒是群众反映最多的问题。我们将"
      "在城区设置二十个便民疏导点，让流动摊贩有地方摆、有规矩守；对建筑垃圾实行全程监管，发现一起查处一起。同时，积极探索蚌埠城市"
      "治理新模式，推行城管进社区，把执法和服务送到居民家门口，努力实现完成创城指标任务文档内容导航和提升城市治理水平的双丰收。"
      "同志们，只要我们敢于担当、苦干实干，创城的目标就一定能够实现。我们全体城管人请市委、市政府放心！谢谢。第1页共1页\n",
      speeches=[sp("争创“全国文明城市”动员大会发言稿", "表态发言", "市", ("安徽省", "蚌埠市", None))],
      junk=["文档内容导航", "第1页共1页"],
      kept=["对市委、市政府作出争创全国文明城市的决策部署，我们全体城管人坚决拥护。",
            "我们将实行指标清单销号制，每一项指标明确一名局领导、一个责任科室和一个完成时限，做到指标任务项目化、项目工作责任化。",
            "推行城管进社区，把执法和服务送到居民家门口，努力实现完成创城指标任务和提升城市治理水平的双丰收。",
            "我们全体城管人请市委、市政府放心！"],
      **B12)

# g17 — a 范文 site (txt copy) whose 正文复制 button sits above the text: the title and the first
# three paragraphs, then the title again and the whole speech, so the opening is printed twice;
# no names, no place.
_G17 = [
    "同志们：这次创建省级文明城市动员大会，是市委、市政府经过充分酝酿召开的一次重要会议。会议的主要任务是，对照明年建成省级文明城市的目标，动员全市上下统一思想、明确任务、落实责任，迅速掀起创建热潮。",
    "前天，市委召开了创建工作领导小组全体成员会议，对创建的有关事项作了研究。今天会上，市委主要领导还将作重要讲话。",
    "下面，我先讲三点意见。",
    "一、要充分认识创建省级文明城市的重要意义。文明城市是一座城市最有价值的品牌。创建省级文明城市，既是提升城市品位的需要，也是改善群众生活的需要，更是增强城市竞争力的需要。",
    "二、要准确把握创建工作的目标任务。按照省级文明城市测评体系，我们要在城市环境、公共秩序、窗口服务、市民素质等八个方面全面达标，其中公益广告覆盖、志愿服务注册率和未成年人思想道德建设是我们的弱项，必须下大力气补齐。",
    "三、要切实加强创建工作的组织领导。市创建指挥部要发挥牵头抓总作用，各成员单位要按照责任分工各司其职。要建立月督查、季通报、年考核的工作机制，对工作不力的单位和个人严肃追责。",
    "同志们，创建省级文明城市是全市人民的共同心愿。让我们鼓足干劲、扎实工作，确保明年如期实现创建目标。",
]
blind("g17.txt", "正文复制\n在创建省级文明城市动员大会上的讲话\n" + "\n".join(_G17[:3])
      + "\n在创建省级文明城市动员大会上的讲话\n" + "\n".join(_G17) + "\n",
      speeches=[sp("在创建省级文明城市动员大会上的讲话", "讲话", "市", min_paras=6)],
      junk=["正文复制"],
      kept=["前天，市委召开了创建工作领导小组全体成员会议，对创建的有关事项作了研究。",
            "文明城市是一座城市最有价值的品牌。",
            "要建立月督查、季通报、年考核的工作机制，对工作不力的单位和个人严肃追责。",
            "让我们鼓足干劲、扎实工作，确保明年如期实现创建目标。"],
      **B12)

# g18 — a Word file of a meeting's two speeches saved as a web page (HTML): Word's head with
# o:DocumentProperties and mso styles, each paragraph in MsoNormal spans with <o:p></o:p>, each
# speech under its own centred title, name line and date, a page-break <br> between them.
_G18A = [
    "同志们：",
    "今天召开全市创建全国文明城市推进会，主要是通报上半年的创建情况，安排下半年的重点工作。上半年，全市完成了四十六个老旧小区改造，新增停车泊位三千二百个，城市面貌有了新的变化。",
    "但从省文明办的暗访结果看，我们在农贸市场管理、交通秩序和公益广告三个方面失分较多。下半年，各区、各部门要紧盯这三个方面集中发力：市场监管部门要对农贸市场实行驻场管理，公安交警部门要在主要路口增设文明劝导岗，宣传部门要在九月底前完成公益广告的更新。",
    "同志们，离年度测评只有四个多月了，希望大家拿出冲刺的状态，把每一项任务都落到实处。",
]
_G18B = [
    "同志们：",
    "刚才，海峰同志对下半年的创建工作作了具体安排，我完全同意。下面，我再强调两点。",
    "第一，创建要回到为民的初心上来。创建全国文明城市不是为了迎检，而是为了让群众生活得更好。哪里群众不满意，哪里就是我们工作的重点。各级领导干部要多到背街小巷、老旧小区走一走，听听群众的意见。",
    "第二，创建要靠过硬的作风来保障。对创建中的形式主义、官僚主义，要坚决纠正；对推诿扯皮、敷衍了事的，市纪委监委要严肃问责。",
    "同志们，德阳创建全国文明城市已经到了爬坡过坎的关键时期。希望大家坚定信心、真抓实干，以优异成绩迎接年度测评。",
]
_MSO_P = ("<p class=MsoNormal style='text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt'>"
          "<span style='font-family:仿宋_GB2312'>{}<span lang=EN-US><o:p></o:p></span></span></p>\n")
_MSO_C = ("<p class=MsoNormal align=center style='text-align:center'><span style='font-family:{}'>{}"
          "<span lang=EN-US><o:p></o:p></span></span></p>\n")
blind("g18.html", """<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">
<head><meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document><meta name=Generator content="Microsoft Word 15">
<title>市创文推进会讲话</title>
<!--[if gte mso 9]><xml><o:DocumentProperties><o:Author>市委办</o:Author><o:Pages>4</o:Pages><o:Words>2210</o:Words></o:DocumentProperties></xml><![endif]-->
<style><!-- p.MsoNormal{mso-style-parent:"";margin:0cm;font-size:10.5pt;font-family:"Times New Roman"} @page WordSection1{size:595.3pt 841.9pt} --></style>
</head><body lang=ZH-CN style='tab-interval:21.0pt'><div class=WordSection1>
""" + _MSO_C.format("方正小标宋简体", "在全市创建全国文明城市推进会上的讲话") + _MSO_C.format("楷体_GB2312", "副市长　周海峰")
      + _MSO_C.format("楷体_GB2312", "（2022年7月26日）") + "".join(_MSO_P.format(p) for p in _G18A)
      + "<span lang=EN-US><br clear=all style='page-break-before:always'></span>\n"
      + _MSO_C.format("方正小标宋简体", "在全市创建全国文明城市推进会上的讲话") + _MSO_C.format("楷体_GB2312", "市委书记　何立军")
      + _MSO_C.format("楷体_GB2312", "（2022年7月26日）") + "".join(_MSO_P.format(p) for p in _G18B)
      + "<p class=MsoNormal><span lang=EN-US><o:p>&nbsp;</o:p></span></p>\n</div></body></html>\n",
      speeches=[sp("在全市创建全国文明城市推进会上的讲话", "讲话", "市", ("四川省", "德阳市", None), date="2022-07-26",
                   speaker=["周海峰", "副市长周海峰"], min_paras=4),
                sp("在全市创建全国文明城市推进会上的讲话", "讲话", "市", ("四川省", "德阳市", None), date="2022-07-26",
                   speaker=["何立军", "市委书记何立军"], min_paras=5)],
      junk=["o:p", "mso-", "DocumentProperties", "市委办", "WordSection1", "市创文推进会讲话"],
      kept=["上半年，全市完成了四十六个老旧小区改造，新增停车泊位三千二百个，城市面貌有了新的变化。",
            "刚才，海峰同志对下半年的创建工作作了具体安排，我完全同意。",
            "对创建中的形式主义、官僚主义，要坚决纠正；对推诿扯皮、敷衍了事的，市纪委监委要严肃问责。",
            "希望大家坚定信心、真抓实干，以优异成绩迎接年度测评。"],
      **B12)

# g19 — a document-sharing site's member upload (GB18030 txt copy): a 资源描述 line ("《…》由会员上传
# 分享，免费在线阅读，更多相关内容在…"), then the text in numbered page chunks ("1、" glued to the
# file name, "2、" and "3、" cutting sentences), holding a district's two speeches at one meeting,
# each under its title with the role, name and date glued on, then the site's 关于本文 box.
blind("g19.txt", "资源描述：\n"
      "《在全区巩固国家卫生城市成果大会上的讲话（两篇）》由会员上传分享，免费在线阅读，更多相关内容在行业资料-天天文库。\n"
      "1、在全区巩固国家卫生城市成果大会上的讲话（两篇）在全区巩固国家卫生城市成果大会上的讲话区长　邓志刚（2020年4月23日）同志们：去年，汉台区"
      "顺利通过国家卫生城市复审，全区上下付出了艰辛的努力。今天召开这个会，就是要总结经验、查找不足，把巩卫工作推向常态化。从近期暗访的"
      "情况看，主次干道保持得比较好，但城中村、老旧小区和农贸市场的问题出现了反弹。区住建局、区市场监管局要在一个月内拿出整改方案，"
      "各街道要把保洁责任落实到每一条巷道。今年区财政将安排专项资金，用于公厕提质和\n"
      "2、垃圾分类设施建设。同志们，巩卫没有终点。希望大家常抓不懈，守护好这块来之不易的牌子。在全区巩固国家卫生城市成果大会上的讲话"
      "区委书记　唐海波（2020年4月23日）同志们：刚才，志刚同志对巩卫工作作了全面安排，我完全同意。下面，我强调两点。第一，要把巩卫当成"
      "民生工程来抓。干净整洁的环境是群众最直接的需求，各级干部要多到背街小巷走一走，把群众的抱怨当作工作的清单。第二，要把责任落到具体"
      "的人。区委将把巩卫工作纳入街道和部门的年度考核，对问题反弹严重的，既要问责单位，也要问责个人。同志们，巩卫工作考验的是我们的\n"
      "3、耐心和韧劲。希望大家一以贯之、久久为功，让汉台的城市环境越来越好。\n"
      "关于本文\n本文标题：在全区巩固国家卫生城市成果大会上的讲话（两篇）\n链接地址：https://www.ttwenku.com/p-20384716.html\n",
      enc="gb18030",
      speeches=[sp("在全区巩固国家卫生城市成果大会上的讲话", "讲话", "区", ("陕西省", "汉中市", "汉台区"),
                   date="2020-04-23", speaker=["邓志刚", "区长邓志刚"]),
                sp("在全区巩固国家卫生城市成果大会上的讲话", "讲话", "区", ("陕西省", "汉中市", "汉台区"),
                   date="2020-04-23", speaker=["唐海波", "区委书记唐海波"])],
      junk=["资源描述", "由会员上传分享", "天天文库", "关于本文", "本文标题", "链接地址", "（两篇）"],
      kept=["今天召开这个会，就是要总结经验、查找不足，把巩卫工作推向常态化。",
            "今年区财政将安排专项资金，用于公厕提质和垃圾分类设施建设。",
            "刚才，志刚同志对巩卫工作作了全面安排，我完全同意。",
            "干净整洁的环境是群众最直接的需求，各级干部要多到背街小巷走一走，把群众的抱怨当作工作的清单。",
            "同志们，巩卫工作考验的是我们的耐心和韧劲。"],
      **B12)

# g20 — a county news app's shared page (txt copy): 打开APP banner, the headline, the app's name
# and a posting time, a short report of a 巩卫 meeting where the county head spoke, then a
# "附：讲话全文" bridge, the speech's own title, role-and-name line and the speech; at the end the
# app's 来源/责编 lines and 分享到.
blind("g20.txt", """打开云上夏邑APP 查看更多精彩内容
夏邑县召开巩固国家卫生县城成果工作推进会
云上夏邑　2022-09-28 18:05
　　9月27日，夏邑县召开巩固国家卫生县城成果工作推进会，县委副书记、县长宋立华出席会议并讲话。会议通报了近期巩卫督查发现的问题，各乡镇和县直有关部门主要负责同志参加会议。
　　宋立华要求，各单位要对照问题清单逐项整改，建立长效管理机制，以优异成绩迎接国家卫生县城复审。
附：讲话全文
在全县巩固国家卫生县城成果工作推进会上的讲话
县委副书记、县长　宋立华
同志们：
　　今年是国家卫生县城复审之年。刚才，县爱卫办通报了近期督查的情况，问题不少，有的还很突出。我讲三点意见。
　　一要把问题整改到位。这次督查发现的二百一十个问题，已经全部交办到各单位。各乡镇、各部门要建立整改台账，明确整改时限，整改完成一个、销号一个。
　　二要把长效机制建起来。巩卫不能靠突击，要靠常态。要推行网格化管理，县城每条道路、每个小区都要有人巡查、有人保洁；要落实门前三包责任制，让沿街商户共同维护环境。
　　三要把责任压到实处。县巩卫办要每周暗访、每月排名，排名靠后的单位，主要负责同志要向县政府作书面说明。对整改不力、问题反弹的，要严肃追责。
　　同志们，复审迎检时间紧迫。希望大家以只争朝夕的劲头，确保夏邑顺利通过国家卫生县城复审。
来源：夏邑县融媒体中心
责编：孙丽
分享到：微信　朋友圈　微博
""",
      published="2022-09-28",
      speeches=[sp("夏邑县召开巩固国家卫生县城成果工作推进会", "会议报道", "县", ("河南省", "商丘市", "夏邑县"),
                   speaker=["宋立华", "县长宋立华", "县委副书记、县长宋立华"]),
                sp("在全县巩固国家卫生县城成果工作推进会上的讲话", "讲话", "县", ("河南省", "商丘市", "夏邑县"),
                   speaker=["宋立华", "县长宋立华", "县委副书记、县长宋立华"], min_paras=5)],
      junk=["打开云上夏邑APP", "查看更多精彩内容", "附：讲话全文", "来源：夏邑县融媒体中心", "责编", "分享到"],
      kept=["会议通报了近期巩卫督查发现的问题，各乡镇和县直有关部门主要负责同志参加会议。",
            "这次督查发现的二百一十个问题，已经全部交办到各单位。",
            "要落实门前三包责任制，让沿街商户共同维护环境。",
            "希望大家以只争朝夕的劲头，确保夏邑顺利通过国家卫生县城复审。"],
      **B12)



# --- ninth blind batch (batch 13, part "blind-9"): 20 pages q01..q20, each modelled on the SHAPE of
# a different real page read through the search tool's page corpus (about 30 pages from about 28
# sites), favouring 创卫 (国家卫生城市/县城/乡镇 创建, 复审, 巩固) and 创文 pieces at county, town and
# street level: 范文 sites whose preview ends in a ghost-writer's contact, a PDF text layer with
# spaced characters and a page count glued into a sentence, a party-media portal and a county TV
# station's page (frame-grab file names between paragraphs, a month/day/year clock), a forum's
# printable thread with anti-copy jammers, a Traditional county report with pinyin, a speech whose
# title stands only in the footer's 本文标题, an unusual 讲话人/时间 block, 文库 dumps with numbered
# chunks and a quota gate, a host's script around two speeches, an 正文复制 page printing the
# opening twice, a 内容摘要 then the full text, a Word file's field codes, Big5 and GB18030 copies,
# a 篇一/篇二 compilation and a town's PDF meeting materials: 17 speeches, 4 meeting reports, 2
# units' pledges. Every speech body and every line of site text was written for this project.
# Written without looking at the rules in build_tools/ and measured once; nobody tunes rules on it.
B13 = dict(batch=13)

# q01 — a 范文 site's preview (txt copy): the title, the site's name, a posting time with seconds,
# a masked county's 省级卫生县城 复审 speech (XX县, XXX同志, 201X年), cut by "......" and the site's
# "预览结束…定制代笔" line and a ghost-writer's contact printed twice.
blind("q01.txt", """在省级卫生县城复审迎检工作推进会上的讲话
墨香范文网
2024-11-08 09:41:27
同志们：
　　省级卫生县城复审的时间已经基本确定，省爱卫办将在明年三月前后派出暗访组。今天召开这个推进会，就是要把复审迎检的每一项任务落到具体的单位和具体的人。刚才，XXX同志宣读了《XX县省级卫生县城复审迎检工作方案》，县卫健局、县城管局和城关镇作了发言，讲得都很实在，我完全同意。下面，我再讲三点意见。
　　一、正视问题，不要把复审当成走过场。我县在201X年拿到省级卫生县城的牌子，这几年县城的面貌总体保持得不错，但也有一些地方悄悄回到了老样子。北关农贸市场的排水沟又堵了，老城区几条巷子的垃圾桶满了没人清，一些小饭馆的后厨连防鼠板都拆掉了。这些问题群众看得见，暗访组更看得见。复审不是换一块牌子，而是重新考一次试，考不过，牌子就要摘掉。
　　二、盯住重点，把有限的时间用在失分最多的地方。按照以往的经验，复审失分主要集中在农贸市场、小餐饮、城中村和病媒生物防制四个方面。县市场监管局要对全县小餐饮逐户过一遍，证照不全、三防设施不到位的，限期整改；县城管局要把城中村的垃圾清运频次提上来，做到日产日清；县疾控中心要在十二月底前完成一轮全覆盖的灭鼠灭蟑，......
预览结束，免费获取全文或定制代笔此类文章！
请点击👉 mxfw2024 👈联系老师
请点击👉 mxfw2024 👈联系老师
""",
      published="2024-11-08",
      speeches=[sp("在省级卫生县城复审迎检工作推进会上的讲话", "讲话", "县", masked=True, truncated=True)],
      junk=["墨香范文网", "预览结束", "定制代笔", "mxfw2024", "联系老师"],
      kept=["今天召开这个推进会，就是要把复审迎检的每一项任务落到具体的单位和具体的人。",
            "复审不是换一块牌子，而是重新考一次试，考不过，牌子就要摘掉。",
            "二、盯住重点，把有限的时间用在失分最多的地方。"],
      **B13)

# q02 — a document site's PDF text layer (txt copy): the whole file on one line, the title with its
# last word letter-spaced, a date and a name, runs of letter-spaced characters inside sentences
# where the PDF set them justified, and "第 1 页 共 4 页" glued into the middle of a word.
blind("q02.txt", "在迎接国家卫生城市复审动员大会上的 讲 话 (2021年3月9日) 韩秀云 同志们: "
      "这次迎接国家卫生城市复审动员大会，既是冲刺前的总动员，也是攻坚前的誓师会。滨州拿到国家卫生城市的牌子已经三年，"
      "今年是挂牌后的第一次复审。刚才，宏伟同志宣读了复审迎检工作方案，市政府与各区和有关部门签订了责任书，"
      "三个区的负责同志作了发言，一会儿立峰同志还要讲具体意见，希望大家认真抓好落实。下面，我讲三点。 "
      "一、统一思想，把复审当作一次重新创建 复 审 不 是 验 收 后 的 例 行 检 查 ，而 是 对 我 们 三 年 来 长 效 管 理 的 一 次 全 面 体 检 。"
      "有的同志觉得牌子已经拿到手，复审只要不出大问题就能过，这种想法非常危第 1 页 共 4 页险。近两年全国有好几个城市复审没有通过，"
      "被暂缓确认，教训很深刻。我们要像当年创建时那样，重新动员、重新部署，把每一项指标都重新过一遍。复审和创建相比，标准没有降低，群众的期待反而更高了。老百姓不会因为我们已经挂了牌子就降低要求，哪条街脏了、哪个市场乱了，他们第一时间就会在网上说出来。 二、突出重点，把问题解决在暗访之前 国家复审以暗访为主，暗访组不打招呼、不听汇报，"
      "直接进市场、进小区、进后厨。各区要对照标准，把农贸市场、城中村、建筑工地和老旧小区逐一过筛，发现一处整改一处。"
      "市爱卫办每半个月组织一次交叉检查，检查结果在市级媒体上公布。病媒生物防制是复审的硬指标，鼠、蚊、蝇、蟑四项密度必须全部达到国家标准。市疾控中心要在四月底前完成一轮全市范围的密度监测，监测结果不达标的区域，由专业公司进场集中消杀，一个月后再测一次，直到达标为止。健康教育同样不能放松，要把健康知识送进社区、学校和企业，确保居民健康知识知晓率达到复审要求。 三、压实责任，把复审的担子挑在肩上 "
      "各区是复审的责任主体，区长是第一责任人。市直各部门要按照职责分工抓好行业管理，不能一推了之。对工作不力、"
      "造成复审失分的，市纪委监委要严肃追责问责。这里我要特别强调街道和社区的作用。复审暗访的点位大多在居民身边，老旧小区、背街小巷、农贸市场周边，都是街道和社区管的地方。各街道要把辖区内的点位分解到社区，社区再分解到网格，每个网格明确一名责任人，每天巡查、随时整改。市里将拿出专项经费，对复审中表现突出的街道和社区给予奖励。同时，要把群众发动起来。复审有一项重要内容是群众满意度调查，调查员会随机拦访市民，问大家对城市卫生满意不满意。我们做了多少工作，最终要由群众来评判。各区、各街道要通过入户走访、社区宣传栏、微信群等方式，把复审的意义讲清楚，把我们为群众办的实事讲清楚，争取群众的理解和支持。 同志们，国家卫生城市这块牌子来之不易。希望大家拿出当年创建的那股劲头，"
      "确保一次通过复审，不给全市人民留下遗憾。 第 2 页 共 4 页\n",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", ("山东省", "滨州市", None),
                   date="2021-03-09", speaker=["韩秀云"])],
      junk=["第 1 页 共 4 页", "第 2 页 共 4 页"],
      kept=["滨州拿到国家卫生城市的牌子已经三年，今年是挂牌后的第一次复审。",
            "复审不是验收后的例行检查，而是对我们三年来长效管理的一次全面体检。",
            "有的同志觉得牌子已经拿到手，复审只要不出大问题就能过，这种想法非常危险。",
            "国家复审以暗访为主，暗访组不打招呼、不听汇报，直接进市场、进小区、进后厨。",
            "确保一次通过复审，不给全市人民留下遗憾。"],
      **B13)

# q03 — a provincial party-media portal's community channel (HTML): the <title> with the portal's
# brand after the headline, a source line naming the reporters with the time and 责编, a street
# office's 创卫 meeting with the street's party secretary speaking and summing up in three points,
# the reporters' names again in brackets, and the portal's 相关新闻/排行/网站地图 blocks.
blind("q03.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>淝河街道召开巩固国家卫生城市工作推进会 —— 江淮党媒云| 社区融</title></head>
<body>
<div class="logo">江淮党媒云　社区融　首页　要闻　社区　专题</div>
<h1>淝河街道召开巩固国家卫生城市工作推进会</h1>
<div class="src">来源：程雪 郑凯 2023-05-22 16:47:03　责编：戴晓萌</div>
<div class="txt">
<p>5月19日下午，包河区淝河街道召开巩固国家卫生城市工作推进会，街道党工委书记沈文涛出席会议并讲话。街道办事处主任魏宁主持会议，街道班子成员、各社区书记和主任、辖区物业企业负责人参加会议。</p>
<p>会上，街道城市管理办公室通报了近期区级暗访发现的问题，逐条对照国家卫生城市标准作了讲解；滨湖社区、望湖社区和两家物业企业的负责人作了交流发言。</p>
<p>沈文涛在讲话中提出三点要求。一要把问题当作清单。区里暗访发现的二十七个问题，每一个都要落实到社区、落实到人，一周内整改销号。二要把小区当作主阵地。老旧小区的楼道堆物、飞线充电和化粪池外溢是群众最烦心的事，物业和社区要联合巡查，做到日巡、周查、月评。三要把常态当作标准。巩卫不是一阵风，街道将建立每月一次的点位评比，评比结果和社区年度考核挂钩。</p>
<p>沈文涛强调，包河区今年要迎接国家卫生城市复审，淝河街道是老城区，基础设施相对薄弱，全体干部要把压力变成动力，确保辖区点位不失分。（程雪 郑凯）</p>
</div>
<div class="rel">相关新闻</div>
<ul><li>望湖社区开展病媒生物防制宣传</li><li>街道召开夏季爱国卫生运动部署会</li></ul>
<div class="rank">24小时新闻排行　原创视频　专题推荐　网站地图</div>
</body></html>
""",
      published="2023-05-22",
      speeches=[sp("淝河街道召开巩固国家卫生城市工作推进会", "会议报道", "乡镇", ("安徽省", "合肥市", "包河区"),
                   speaker=["街道党工委书记沈文涛", "沈文涛"], min_paras=4)],
      junk=["江淮党媒云", "社区融", "责编", "相关新闻", "望湖社区开展病媒生物防制宣传", "24小时新闻排行", "网站地图",
            "（程雪 郑凯）"],
      kept=["5月19日下午，包河区淝河街道召开巩固国家卫生城市工作推进会，街道党工委书记沈文涛出席会议并讲话。",
            "会上，街道城市管理办公室通报了近期区级暗访发现的问题，逐条对照国家卫生城市标准作了讲解；滨湖社区、望湖社区和两家物业企业的负责人作了交流发言。",
            "三要把常态当作标准。"],
      **B13)

# q04 — a city forum's printable view of a thread (GB18030 txt copy): the forum's name, "标题: …
# [打印本页]", an author/time line, a community's pledge at a district meeting posted by the street
# office's account, with the forum's anti-copy jammer strings on lines of their own and inside a
# paragraph, the title printed again above the text.
blind("q04.txt", """鹏城论坛
标题: 莲塘社区在全区巩固国家卫生城区推进会上的表态发言 [打印本页]
作者: 莲塘街道办发布 时间: 2021-6-7 10:15
标题: 莲塘社区在全区巩固国家卫生城区推进会上的表态发言
尊敬的各位领导、同志们：
　　罗湖区召开这次推进会，给我们社区再一次敲响了警钟。上个月区里暗访，我们社区有三个老旧小区被点名，楼道堆物、垃圾桶外溢、电动车乱停，件件都是居民天天看得见的问题。我们深感惭愧，也深感责任重大。在这里，我代表莲塘社区党委、居委会表态如下：
7 h# b1 K. ?! r: W4 y& R
　　第一，立即整改，不等不靠。会后三天内，社区组织党员和志愿者对被点名的三个小区进行全面清理，楼道杂物一律清空，垃圾桶增加到每栋楼两个，电动车统一停到集中充电棚。
　　第二，建立机制，防止反弹。社区把辖区划成十二个网格，每个网格由一名社区干部、一名楼长和一名物业人员组成巡查小组，每天早晚各巡查一遍，3 X! o: @4 N* V 发现问题当天处理，处理不了的上报街道。
5 ]. @: N% K$ ~; t1 V
　　第三，发动居民，人人参与。我们将在每个小区设立卫生监督岗，请热心居民担任监督员，每月评选一次“清洁楼道”，让居民自己管好自己的家园。
　　请各位领导放心，莲塘社区一定以最快的速度、最实的措施抓好整改，决不拖全区巩卫工作的后腿！
""", enc="gb18030",
      published="2021-06-07",
      speeches=[sp("莲塘社区在全区巩固国家卫生城区推进会上的表态发言", "表态发言", "区", ("广东省", "深圳市", "罗湖区"),
                   min_paras=5)],
      junk=["鹏城论坛", "打印本页", "莲塘街道办发布", "7 h# b1 K. ?! r: W4 y& R", "3 X! o: @4 N* V",
            "5 ]. @: N% K$ ~; t1 V"],
      kept=["上个月区里暗访，我们社区有三个老旧小区被点名，楼道堆物、垃圾桶外溢、电动车乱停，件件都是居民天天看得见的问题。",
            "每个网格由一名社区干部、一名楼长和一名物业人员组成巡查小组，每天早晚各巡查一遍，发现问题当天处理，处理不了的上报街道。",
            "请各位领导放心，莲塘社区一定以最快的速度、最实的措施抓好整改，决不拖全区巩卫工作的后腿！"],
      **B13)

# q05 — a county news site's page in Traditional characters with pinyin after many words (txt
# copy): the headline saying 我县, a slogan subtitle, "…新闻网讯(记者 …/文 …/摄)" opening the lead,
# the county secretary speaking and the county head chairing, a list of attending county leaders.
blind("q05.txt", """我县召开国家卫生县城复审迎检工作动员会
对标对表抓整改 全力以赴迎复审
松阳新闻网讯（记者 叶晓岚/文 周子航/摄）6月12日上午，我县召开国家卫生县城复审迎检工作动员会，县委书记陈立恒出席会议并讲话，县委副书记、县长吕佳主持会议，县领导郑国平、汪海燕、毛志刚出席。
陈立恒在会上指出，松阳县城自2017年获评国家卫生县城以来，城乡环境持续改善，群众满意度逐年提高。今年迎来挂牌后的第二次复审，各级各部门要清醒认识到，复审标准更高、暗访更细，绝不能有歇口气的想法。
陈立恒强调，要以问题为导向，对照复审标准逐项自查，对农贸市场、小餐饮店、城乡结合部和建筑工地等重点区域开展集中整治；要压实属地责任和部门责任，县领导包片、部门包线、乡镇包点，层层传导压力；要广泛发动群众，让复审成为全县人民共同参与的一件大事。
会上，县爱卫办通报了近期复审自查情况，西屏街道、县市场监管局作了表态发言。
""", trad="s2tw", pinyin=[("創建", "創(chuàng)建"), ("縣城", "縣(xiàn)城(chéng)"), ("衛生", "衛(wèi)生"),
                           ("會議", "會(huì)議(yì)"), ("強調", "強(qiáng)調(diào)"), ("標準", "標(biāo)準(zhǔn)")],
      speeches=[sp("我县召开国家卫生县城复审迎检工作动员会", "会议报道", "县", ("浙江省", "丽水市", "松阳县"),
                   speaker=["县委书记陈立恒", "陈立恒"], min_paras=4)],
      junk=["re:\\([a-z" + PINYIN_MARKS + "]+\\)", "松阳新闻网讯", "叶晓岚", "周子航/摄"],
      kept=["今年迎来挂牌后的第二次复审，各级各部门要清醒认识到，复审标准更高、暗访更细，绝不能有歇口气的想法。",
            "会上，县爱卫办通报了近期复审自查情况，西屏街道、县市场监管局作了表态发言。"],
      **B13)

# q06 — a 公文 members' site (txt copy): no title above the text, which opens with the salutation; a
# masked town's 国家卫生乡镇 speech (xx镇, 20xx年); the title only in the footer's "本文标题:", then
# 链接地址, a 版权声明 and the site's WeChat and service lines.
blind("q06.txt", """同志们：
　　今天召开全镇创建国家卫生乡镇动员大会，主要任务是传达县里的部署，把创卫的目标、任务和责任交到每一个村、每一个站所手里。xx镇在20xx年拿到了省级卫生乡镇，这次要再上一个台阶，争创国家卫生乡镇，这是镇党委、镇政府经过反复研究作出的决定。
　　为什么要争创国家卫生乡镇？说到底是为了老百姓。集镇上那条老街，一下雨就污水横流；几个村的垃圾池常年满着，夏天蚊蝇成群。这些事老百姓说了很多年，我们借创卫的机会，要一件一件解决掉。
　　这两年，镇里在环境卫生上下了不少功夫。集镇主街铺了沥青，两座公厕改成了水冲式，垃圾中转站也建起来了。但是对照国家卫生乡镇的标准，我们还有很多短板：集镇的排水管网还是老的雨污合流，农贸市场没有独立的活禽宰杀区，一些村的卫生室连基本的消毒设备都不齐全。这些短板，靠修修补补解决不了，必须下决心一项一项去补。
　　怎么创？我讲三条。第一，集镇先行。镇区主街要实行全天保洁，沿街商户落实门前三包，马路市场全部退到新建的农贸市场里去。第二，村村跟上。每个村要配齐保洁员，垃圾做到村收集、镇转运，不能再往河沟里倒。第三，人人参与。学校、卫生院、供电所这些驻镇单位，要把自己的院子管好，党员干部要带头清理自家房前屋后。
　　这里我还要说一说健康教育。国家卫生乡镇的考核，有一项是群众的健康知识知晓率，检查组会随机入户问卷。镇卫生院要组织医生进村入户，把除四害、饮水卫生和传染病防治的常识讲给群众听；学校要开好健康教育课，让孩子把讲卫生的习惯带回家。各村的宣传栏要及时更新，不能还贴着几年前的旧内容。
　　还有一件事，就是农贸市场的搬迁。新市场已经建好半年了，但还有不少摊贩留在老街上摆摊，群众买菜图方便，也跟着往老街跑。镇里决定，从下个月一号起，老街全面禁止占道经营，市场管理所要提前把摊位安排好，对困难摊贩适当减免摊位费，让大家愿意搬、搬得进。
　　另外，我再强调一下纪律。创卫期间，镇村干部一律不得无故请假，各村书记是本村创卫的第一责任人。镇创卫办每周到各村暗访一次，暗访结果在全镇干部大会上通报，连续两次排在后面的村，由镇党委书记约谈村书记。
　　同志们，创卫是一场持久战，也是一场攻坚战。希望大家拿出干劲，确保明年通过国家卫生乡镇的考核验收。
微信扫一扫在手机阅读、分享本文
本文标题:在全镇创建国家卫生乡镇动员大会上的讲话
链接地址:http://www.gongwenjia.com/article/detail/8812.html
版权声明
作者原创，不允许二次传播，一经发现收回会员权益，追究法律责任。
微信订阅号
联系客服
""",
      speeches=[sp("在全镇创建国家卫生乡镇动员大会上的讲话", "讲话", "乡镇", masked=True, min_paras=5)],
      junk=["微信扫一扫", "本文标题", "链接地址", "gongwenjia", "版权声明", "不允许二次传播", "微信订阅号", "联系客服"],
      kept=["为什么要争创国家卫生乡镇？说到底是为了老百姓。",
            "每个村要配齐保洁员，垃圾做到村收集、镇转运，不能再往河沟里倒。",
            "希望大家拿出干劲，确保明年通过国家卫生乡镇的考核验收。"],
      **B13)

# q07 — a county government site's 领导讲话 page (GBK HTML): the page's label "领导讲话" as the
# heading, the speech's title, an unusual "讲话人：…（县长）　时间：…" block under it, numbered
# parts, then a 【打印】【关闭】 bar, a 上一篇/下一篇 pair and the site's footer with 网站标识码.
_Q07 = [
    "同志们：",
    "今天的会议，主要是贯彻全市爱国卫生工作会议精神，对今年的巩卫工作和爱国卫生月活动作出安排。定南去年以较好的成绩通过了国家卫生县城复审，这块牌子保住了，但保住不等于保好，更不等于可以松劲。",
    "一、把平时当成检查时",
    "这几年我们有一个教训：检查前突击一阵子，检查后就慢慢松下来。从今年开始，县巩卫办不再搞集中迎检，改为每月随机暗访，暗访结果在县电视台和政务网站公开。哪个乡镇、哪个部门的点位连续两个月排名靠后，由县政府约谈主要负责人。",
    "各乡镇、各部门要建立自查制度，每周自查一次，把问题解决在暗访之前。县巩卫办要建立问题台账，发现一个、登记一个、整改一个、销号一个，台账每月向县政府报告。",
    "这里要特别强调一下乡镇的责任。定南的城区不大，但城郊结合部的几个乡镇和县城连在一起，检查组进城出城都要经过。城郊乡镇的集镇环境、国道两侧的卫生状况，直接影响全县的形象。相关乡镇要把集镇和国道沿线作为重点，落实专人保洁，垃圾日产日清，决不能成为巩卫的死角。",
    "二、把短板当成突破口",
    "当前最突出的短板有三个：一是城区部分背街小巷的路面和排水设施老化，雨后积水严重；二是桃江路市场周边占道经营反复出现；三是一些单位内部的病媒生物防制设施形同虚设。对这三件事，县住建局、县城管局和县疾控中心要分别牵头，拿出整改时间表。",
    "病媒生物防制要从突击消杀转向常态防制。县疾控中心要对县城的重点行业和重点场所进行一次全面评估，餐饮店、食品加工点和农贸市场的防鼠、防蝇设施，不合格的要限期整改，整改不到位的，县市场监管局依法处理。",
    "还有一个问题要引起重视，就是城区的建筑工地。现在县城在建的工地有二十多个，有的围挡破损，有的渣土车带泥上路，有的工地食堂和工棚卫生很差，这些都是检查组必看的地方。县住建局要对所有在建工地来一次全面检查，达不到标准的，责令停工整改。",
    "三、把群众当成主力军",
    "爱国卫生运动归根结底是群众的运动。今年的爱国卫生月，要组织机关干部、志愿者和居民一起开展一次全城大扫除，把健康知识送进社区、送进学校、送进农户，让讲卫生成为每个人的习惯。",
    "要发挥好机关单位的带头作用。县直各单位要把本单位的院落、楼道和责任路段管好，每周五下午开展一次卫生清扫，县巩卫办不定期抽查，抽查结果纳入单位年度考核。学校要把健康教育纳入课堂，通过小手拉大手，把讲卫生的习惯带回家里。",
    "要畅通群众监督的渠道。县里将开通巩卫投诉热线，在政务网站和县融媒体中心开设曝光台，群众反映的问题由县巩卫办交办、责任单位限时办结，办理情况向群众反馈。群众满意不满意，是检验巩卫工作成效的最终标准。",
    "同志们，巩卫工作没有终点。希望大家守住这块来之不易的牌子，让定南的天更蓝、水更清、街更净。",
]
blind("q07.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"><title>定南县人民政府</title></head>
<body>
<div class="nav">网站首页　政务公开　政务服务　互动交流　走进定南</div>
<div class="pos">您现在的位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<h3>领导讲话</h3>
<h1>在全县巩固国家卫生县城暨爱国卫生月活动动员大会上的讲话</h1>
<p class="who">讲话人：刘振邦（县长）　时间：2019年3月28日</p>
""" + "".join(f"<p>{p}</p>\n" for p in _Q07) + """<div class="bar">【打印】【关闭】</div>
<div class="pn">上一篇：在全县安全生产工作会议上的讲话<br>下一篇：在全县春季植树造林动员会上的讲话</div>
<div class="foot">主办：定南县人民政府办公室　网站标识码：3607280001　赣ICP备05004567号</div>
</body></html>
""", enc="gbk",
      speeches=[sp("在全县巩固国家卫生县城暨爱国卫生月活动动员大会上的讲话", "讲话", "县", ("江西省", "赣州市", "定南县"),
                   date="2019-03-28", speaker=["刘振邦", "县长刘振邦"], min_paras=8)],
      junk=["您现在的位置", "re:^领导讲话$", "讲话人", "【打印】", "上一篇", "安全生产工作会议", "春季植树造林",
            "网站标识码", "ICP备"],
      kept=["定南去年以较好的成绩通过了国家卫生县城复审，这块牌子保住了，但保住不等于保好，更不等于可以松劲。",
            "一、把平时当成检查时",
            "对这三件事，县住建局、县城管局和县疾控中心要分别牵头，拿出整改时间表。",
            "希望大家守住这块来之不易的牌子，让定南的天更蓝、水更清、街更净。"],
      **B13)

# q08 — a 文库 site's dump of a member's upload (txt copy): the title twice, ID/大小/页数/时间
# lines, "…_第1页" thumbnail captions, 资源描述 with the "由会员上传分享" line, then the text in
# numbered chunks ("1、" glued before the title and salutation, "2、" cutting a sentence) and the
# site's next-document links; a role-only title.
blind("q08.txt", """常务副县长在全县创卫攻坚推进会上的讲话
常务副县长在全县创卫攻坚推进会上的讲话
ID:57204418
大小:28.06 KB
页数:4页
时间:2022-08-30
常务副县长在全县创卫攻坚推进会上的讲话_第1页
常务副县长在全县创卫攻坚推进会上的讲话_第2页
常务副县长在全县创卫攻坚推进会上的讲话_第3页
资源描述:
《常务副县长在全县创卫攻坚推进会上的讲话》由会员上传分享，免费在线阅读，更多相关内容在行政公文-百通文库
1、常务副县长在全县创卫攻坚推进会上的讲话同志们：今天的推进会，是在创建国家卫生县城进入攻坚阶段召开的。刚才，县爱卫办通报了上半年的进展，县住建局、县市场监管局和东城街道作了发言，我都同意。一会儿，县委主要领导还要作重要讲话。下面，我先就几项具体工作讲点意见。一、经费要跟上。县财政已经拿出两千六百万元用于创卫，主要投向农贸市场改造、公厕新建和背街小巷硬化。各项目单位要倒排工期，九月底前全部开工，资金按进度拨付，不允许截留挪用。这笔钱来之不易，是从其他项目里挤出来的，每一分都要花在群众看得见的地方。二、项目要抓紧。县城规划新建的十四座公厕，目前只开工了五座；两个农贸市场的改造方案还没有定下来。县住建局和县商务局要在本周内召开专题会，把卡在手续上的问题当场解决。三、督查要
2、跟紧。县政府督查室要会同县爱卫办，每周对创卫项目进行一次实地督查，督查情况直接报县委、县政府主要领导。对进度滞后的单位，第一次提醒，第二次通报，第三次约谈。同志们，离省里组织技术评估只剩不到五个月，时间不等人。希望大家把困难想在前面，把工作做在前面，确保创卫项目按期建成、发挥作用。
下一篇：县长在全县创卫工作会议上的表态发言
上一篇：创建国家卫生县城实施方案（2022—2024年）
""",
      speeches=[sp("常务副县长在全县创卫攻坚推进会上的讲话", "讲话", "县", speaker=["常务副县长"])],
      junk=["ID:57204418", "大小:28.06 KB", "页数:4页", "_第1页", "资源描述", "由会员上传分享", "百通文库", "下一篇",
            "县长在全县创卫工作会议上的表态发言", "创建国家卫生县城实施方案"],
      kept=["今天的推进会，是在创建国家卫生县城进入攻坚阶段召开的。",
            "县财政已经拿出两千六百万元用于创卫，主要投向农贸市场改造、公厕新建和背街小巷硬化。",
            "县政府督查室要会同县爱卫办，每周对创卫项目进行一次实地督查，督查情况直接报县委、县政府主要领导。",
            "希望大家把困难想在前面，把工作做在前面，确保创卫项目按期建成、发挥作用。"],
      **B13)

# q09 — a 范文 site's page holding a meeting's 主持词 with the two speeches it introduces (txt
# copy): the page's title, the host's opening (现在开会, who attends, the agenda, "下面，请…"), the
# first speech under its own title, the host's bridge, the second speech under its own title, the
# host's closing words and the site's 相关文章 list.
blind("q09.txt", """创建国家卫生城市动员大会主持词及讲话（2篇）
主持词
同志们：
现在开会。
今天，市委、市政府在这里召开全市创建国家卫生城市动员大会。参加会议的有：市四套班子领导，各区区委书记、区长，市直各部门和驻市单位主要负责同志，各街道党工委书记。
今天的大会有三项议程：一是市长吴志斌同志作创卫工作部署；二是签订创卫目标责任书；三是市委书记蔡宏远同志作动员讲话。
下面，进行第一项议程，请吴志斌市长作工作部署。
在全市创建国家卫生城市动员大会上的讲话
同志们：
　　市委、市政府决定，从今年起用三年时间创建国家卫生城市。下面，我就具体工作作个部署。
　　第一，明确任务。三年的任务是：第一年打基础，重点是补齐环卫设施和农贸市场的欠账；第二年全面达标，对照国家标准逐项整改；第三年迎接评审，做好技术评估和暗访的各项准备。
　　第二，分清责任。各区是创卫的责任主体，负责辖区内的环境卫生、市容秩序和健康教育；市直部门按照职责抓好行业标准的落实，市卫健委牵头病媒生物防制，市市场监管局牵头食品安全，市住建局牵头环卫设施建设。
　　为了保证任务落实，市里成立创卫指挥部，由我担任指挥长，下设综合协调、市容环境、食品安全、病媒防制、健康教育五个工作组，各组由一名副市长牵头，每月向指挥部报告一次工作进展。
　　第三，保障投入。市财政每年安排专项资金，各区要按一比一的比例配套，重点用于公厕改造、垃圾中转站建设和城中村环境整治。
　　第四，做好宣传。创卫要让群众知道、让群众参与。市委宣传部要牵头制定创卫宣传方案，报纸、电视、网络都要开设专栏，既宣传好的典型，也曝光反面的问题。各区要在主要街道、公园和小区设置创卫公益广告，让创卫的氛围处处可见。
　　第五，严格督查。市创卫办要组建专门的督查队伍，实行明查和暗访相结合，每月对各区和市直部门进行一次考评，考评结果在市级媒体上公布。对工作进度慢、整改不到位的，市政府将通报批评；对造成严重影响的，移交纪检监察机关处理。
　　同志们，宜春创卫的号角已经吹响，希望大家尽快进入角色，把各项任务落到实处。
下面，进行第二项议程，签订创卫目标责任书。请各区区长上台签订责任书。
下面，进行第三项议程，请市委书记蔡宏远同志作动员讲话，大家欢迎。
在全市创建国家卫生城市动员大会上的讲话
同志们：
　　刚才，志斌同志对创卫工作作了全面部署，我完全同意。下面，我讲两点意见。
　　一是要算好民生账。创卫不是为了一块牌子，而是为了让群众吃得放心、住得舒心。哪里的垃圾没人清，哪里的公厕没人管，哪里的市场脏乱差，群众心里最清楚。我们要把群众的意见当成创卫的任务清单，一件一件办好。
　　宜春这些年发展很快，城区面积扩大了，人口增加了，但城市管理还停留在过去的水平。一些老城区的街巷十几年没有改造，一些新区的配套设施跟不上，群众对环境卫生的意见一直比较多。创卫就是要借这个机会，把城市管理的欠账补上，让城市的发展和管理同步。
　　二是要用好考核棒。市委将把创卫工作纳入各区和市直部门的年度综合考核，实行一票否决。各级党员干部要在创卫一线担当作为，对敷衍塞责、推诿扯皮的，坚决问责。
　　三是要带好作风。创卫是一面镜子，照出的是干部的作风。我希望各级领导干部都能沉到一线，多到背街小巷、农贸市场和城中村走一走，看看群众的生活环境到底怎么样。不要坐在办公室里听汇报、看材料，更不要搞形式主义、弄虚作假。检查组来之前突击打扫、检查组走了就恢复原样，这种做法群众最反感，我们坚决不能干。
　　同志们，三年时间说长不长。希望全市上下同心协力，确保如期拿下国家卫生城市这块牌子。
主持人总结讲话
同志们，刚才蔡书记的讲话，站得高、看得远、要求严，请大家会后认真传达，抓好落实。散会。
相关文章
巩固国家卫生城市成果会议主持词
创卫誓师大会主持词范文
""",
      speeches=[sp("在全市创建国家卫生城市动员大会上的讲话", "讲话", "市", ("江西省", "宜春市", None),
                   speaker=["市长吴志斌", "吴志斌"], min_paras=5),
                sp("在全市创建国家卫生城市动员大会上的讲话", "讲话", "市", ("江西省", "宜春市", None),
                   speaker=["市委书记蔡宏远", "蔡宏远"], min_paras=4)],
      junk=["主持词及讲话", "现在开会。", "参加会议的有", "今天的大会有三项议程", "进行第一项议程", "签订创卫目标责任书",
            "大家欢迎", "主持人总结讲话", "散会", "相关文章", "创卫誓师大会主持词范文"],
      kept=["市委、市政府决定，从今年起用三年时间创建国家卫生城市。",
            "第三，保障投入。市财政每年安排专项资金，各区要按一比一的比例配套，重点用于公厕改造、垃圾中转站建设和城中村环境整治。",
            "刚才，志斌同志对创卫工作作了全面部署，我完全同意。",
            "我们要把群众的意见当成创卫的任务清单，一件一件办好。",
            "希望全市上下同心协力，确保如期拿下国家卫生城市这块牌子。"],
      **B13)

# q10 — a 范文 site's page of a community's pledge (txt copy): the page's headline, the site's
# "下面是小编为大家整理的【…】…供大家参考" line, the piece's own heading letter-spaced ("表 态 发 言")
# with no salutation after it, the pledge at a street office's meeting, and the site's 猜你喜欢 list.
blind("q10.txt", """社区在街道创卫推进大会上的表态发言
今年是迎接国家卫生城区复审的关键一年，街道召开创卫推进大会，社区作了表态。下面是小编为大家整理的【社区发言】社区在街道创卫推进大会上的表态发言，供大家参考。
表 态 发 言
　　前天惠山区开了巩卫推进会，今天街道又专门召开推进大会，短短几天里区、街道两级接连部署，说明这次复审的分量有多重。区里暗访通报的问题里，有四条出在我们锦园社区：楼道堆物、垃圾房脏乱、小广告满墙、绿化带里有积水。这对我们是警示，更是鞭策。
　　回来以后，社区两委班子连夜开会，把问题一条一条过了一遍，能马上改的，第二天就改到位了。下一步，我们重点抓好三件事：
　　（一）抓环境，做到干干净净。社区组织保洁员和志愿者分楼包干，楼道杂物每周清理一次，垃圾房每天冲洗两遍，绿化带积水点请物业在月底前全部疏通。
　　（二）抓宣传，做到家喻户晓。社区将通过居民微信群、宣传栏和入户走访，把健康知识和巩卫要求送到每一户，力争居民知晓率达到百分之九十五以上。
　　（三）抓长效，做到常态常管。社区建立每日巡查、每周讲评的制度，巡查情况在居民群里公开，请居民一起监督。
　　我们锦园社区全体干部一定说到做到，以实实在在的行动迎接复审，为街道和全区争光添彩！
猜你喜欢
社区巩卫工作总结范文
创卫倡议书（精选6篇）
""",
      speeches=[sp("社区在街道创卫推进大会上的表态发言", "表态发言", "乡镇", ("江苏省", "无锡市", "惠山区"), min_paras=6)],
      junk=["小编为大家整理", "供大家参考", "表 态 发 言", "猜你喜欢", "社区巩卫工作总结范文", "创卫倡议书"],
      kept=["区里暗访通报的问题里，有四条出在我们锦园社区：楼道堆物、垃圾房脏乱、小广告满墙、绿化带里有积水。",
            "（二）抓宣传，做到家喻户晓。",
            "我们锦园社区全体干部一定说到做到，以实实在在的行动迎接复审，为街道和全区争光添彩！"],
      **B13)

# q11 — a city 文明网 page (HTML): the <title> "- headline-site", the main headline, a subtitle
# naming the meeting and who spoke ("…召开… 某某出席并讲话"), a 来源/时间 line, a city leader's
# visit to a district and the district's 创文 meeting she speaks at, the paper's byline in brackets
# at the end, and the page's 操作选项 box.
blind("q11.html", """<html><head><meta charset="utf-8"><title>- 对标补短抓整改 合力攻坚迎测评-铜川文明网</title></head>
<body>
<div class="top">铜川文明网　首页　文明创建　志愿服务　道德建设</div>
<h1>对标补短抓整改 合力攻坚迎测评</h1>
<h2>印台区召开创文工作协调推进会 郭晓岚出席并讲话</h2>
<div class="info">来源：铜川文明网　时间：2022-09-26</div>
<div class="content">
<p>9月24日，市委常委、宣传部部长郭晓岚到包联的印台区督导全国文明城市创建工作，并出席印台区创文工作协调推进会讲话。</p>
<p>郭晓岚先后来到城关街道南街社区、印台农贸市场和新时代文明实践站，实地查看老旧小区环境、市场秩序和文明实践活动开展情况，对发现的问题现场交办。在随后召开的协调推进会上，印台区各街道汇报了创文工作中需要协调解决的问题，市级包联单位负责人作了表态发言。</p>
<p>郭晓岚指出，离全国文明城市年度测评只有一个多月，各包联单位和印台区要对照测评体系，把实地考察、问卷调查和网上申报三项任务一项一项落实。她要求，要把群众最关心的停车难、楼道乱、小广告多等问题作为整改重点，问题不清零不撤人；要发挥包联单位的作用，人员、经费和力量向社区倾斜；要加强督查通报，对整改不力的点位和单位公开点名。（铜川日报记者 孟凡）</p>
</div>
<div class="op">操作选项　字体大小　宽屏阅读　打印文本</div>
</body></html>
""",
      published="2022-09-26",
      speeches=[sp("对标补短抓整改 合力攻坚迎测评", "会议报道", "区", ("陕西省", "铜川市", "印台区"),
                   speaker=["市委常委、宣传部部长郭晓岚", "郭晓岚"], min_paras=3)],
      junk=["铜川文明网", "道德建设", "来源：", "铜川日报记者", "操作选项", "宽屏阅读", "打印文本",
            "re:^印台区召开创文工作协调推进会 郭晓岚出席并讲话$"],
      kept=["9月24日，市委常委、宣传部部长郭晓岚到包联的印台区督导全国文明城市创建工作，并出席印台区创文工作协调推进会讲话。",
            "在随后召开的协调推进会上，印台区各街道汇报了创文工作中需要协调解决的问题，市级包联单位负责人作了表态发言。",
            "要加强督查通报，对整改不力的点位和单位公开点名。"],
      **B13)

# q12 — a county TV station's news page (txt copy): the headline, an 编辑/时间/浏览 line whose clock
# is month/day/year with AM/PM, "本网讯（记者：…）" opening the lead, video frame-grab file names
# (…MTS_…_副本) glued to paragraph ends and on lines of their own, a town's 省级卫生乡镇 meeting
# with the town's party secretary speaking.
blind("q12.txt", """丰林镇召开创建省级卫生乡镇推进会
编辑：徐曼 时间：9/14/2021 5:12:36 PM 浏览：1963
02217.MTS_20210914_161022.410_副本
　　本网讯（记者：钟亮 罗佳琪）9月13日，德安县丰林镇召开创建省级卫生乡镇推进会，镇党委书记邹建国出席会议并讲话，镇长叶青主持会议。镇村干部、各站所负责人共六十余人参加会议。02231.MTS_20210914_161540.205_副本
　　会上，镇爱卫办通报了前期县级暗访发现的问题，邀请县疾控中心专家讲解了病媒生物防制知识。
02240.MTS_20210914_162012.733_副本
　　邹建国指出，丰林镇创建省级卫生乡镇已经到了冲刺阶段，集镇的面貌虽然有了很大改观，但与省级标准相比还有不少差距，特别是集贸市场和镇区主街两侧的卫生问题，群众反映比较集中。
　　邹建国要求，各村、各站所要对照标准查漏补缺，集镇要落实全天候保洁，集贸市场要划行归市，镇村干部要带头参与环境整治，确保十一月通过省级考核验收。02252.MTS_20210914_162433.118_副本
""",
      published="2021-09-14",
      speeches=[sp("丰林镇召开创建省级卫生乡镇推进会", "会议报道", "乡镇", ("江西省", "九江市", "德安县"),
                   speaker=["镇党委书记邹建国", "邹建国"], min_paras=4)],
      junk=["编辑：徐曼", "浏览：1963", "MTS_", "副本", "本网讯"],
      kept=["会上，镇爱卫办通报了前期县级暗访发现的问题，邀请县疾控中心专家讲解了病媒生物防制知识。",
            "邹建国要求，各村、各站所要对照标准查漏补缺，集镇要落实全天候保洁，集贸市场要划行归市，镇村干部要带头参与环境整治，确保十一月通过省级考核验收。"],
      **B13)

# q13 — a 写作 members' app page (txt copy): 返回/收藏/下载 buttons on lines of their own, the title,
# a masked county speech (xx同志, x主任, xx书记) that says another leader will speak after it, cut
# mid-word by the site's quota line "消耗 1 篇…配额，会员有效期内无限次查看".
blind("q13.txt", """返回
收藏
下载

在全县创建国家卫生县城工作会议上的讲话


同志们：

刚才，xx同志对创卫工作进行了具体安排，县住建局、县市场监管局和城关镇作了表态发言，我都同意。市爱卫办x主任对我县的工作提出了明确要求，请大家认真落实。待会儿xx书记还要作重要讲话，下面，我先讲三点意见。

一、看清形势，增强创卫的紧迫感

我县提出创建国家卫生县城已经两年，县城面貌有了明显变化，但离国家标准还有不小的距离。今年要申报验收，先要过省里的材料审核，再过国家爱卫办的暗访和技术评估，哪一关过不去，前面的工作就白做了。时间紧、任务重、标准高，这是我们必须面对的现实。

二、突出重点，集中攻克难点问题

一是农贸市场。县城四个农贸市场有三个没有完成改造，地面积水、摊位混乱、活禽宰杀区不封闭，这是技术评估最容易扣分的地方。二是城中村。城中村的垃圾收运和污水处理长期欠账，要列出清单，按月销号。三是小餐饮。县市场监管局要组织力量逐户检查，三防设施不到位的，一律停业整改。

三、压实责任，确保各项任务落地

各乡镇、各部门主要负责同志是本单位创卫的第一责任人，要亲自部署、亲自督办。县创卫办要建立周调度、月通报制度，对推进不力的单位，由县政府分管领导约谈主要负责人，对造成严重失分的，移交纪检监察机关追

消耗 1 篇墨笔文库配额，会员有效期内无限次查看
""",
      speeches=[sp("在全县创建国家卫生县城工作会议上的讲话", "讲话", "县", masked=True, truncated=True)],
      junk=["re:^返回$", "re:^收藏$", "re:^下载$", "墨笔文库配额", "会员有效期内无限次查看"],
      kept=["刚才，xx同志对创卫工作进行了具体安排，县住建局、县市场监管局和城关镇作了表态发言，我都同意。",
            "今年要申报验收，先要过省里的材料审核，再过国家爱卫办的暗访和技术评估，哪一关过不去，前面的工作就白做了。",
            "二是城中村。城中村的垃圾收运和污水处理长期欠账，要列出清单，按月销号。"],
      **B13)

# q14 — an old 范文 site's page (txt copy): "正文复制" above the text, the title and the first
# three paragraphs (the site's preview), then the title and the whole speech again; a town's
# 国家卫生乡镇 speech naming its county.
_Q14 = [
    "同志们：",
    "今天召开全镇巩固国家卫生乡镇成果推进会，主要任务是总结去年的工作，查找存在的问题，对今年的巩卫工作作出安排。刚才，分管副镇长通报了去年第四季度的考核情况，五个村和镇农贸市场作了发言，讲得都很具体。",
    "前年，我们镇在宁国市第一个拿到国家卫生乡镇的称号，这是全镇干部群众用汗水换来的。但是拿到牌子不等于一劳永逸，国家卫生乡镇每三年要复审一次，复审不过关，牌子照样要摘。",
    "下面，我讲三点意见。",
    "第一，要把环境卫生管到细处。镇区的主街、小巷和河道，要明确保洁责任人，做到每天有人扫、每周有人查。农贸市场要坚持每天闭市后冲洗，活禽区每周消毒两次。",
    "第二，要把健康教育做到家里。镇卫生院要牵头，每个季度进村入户开展一次健康教育，重点讲清楚除四害、饮水卫生和慢性病防治的常识，让群众听得懂、用得上。",
    "这里我要特别说一下河道。镇区穿过的那条小河，是群众反映最多的地方，上游养殖场的污水、沿河住户的生活垃圾，都往河里排、往河里倒。镇里已经请县生态环境分局帮我们查清了排污口，下个月开始逐一封堵，养殖场要限期建好污水处理设施，建不好的，坚决关停。",
    "第三，要把长效机制建在平时。镇里将把巩卫工作纳入村级年度考核，考核结果与村干部的绩效报酬挂钩；对群众投诉的卫生问题，实行二十四小时内回应、三天内办结。",
    "最后，我讲一下纪律要求。各村书记、各站所负责人要把巩卫当作分内的事，不能认为这是镇爱卫办一家的事。镇党委将组织两次不打招呼的检查，一次在上半年，一次在下半年，检查结果作为年终评先评优的重要依据。对工作敷衍、问题屡查屡犯的，镇纪委要严肃追究责任。",
    "同志们，巩卫工作贵在坚持。希望大家一如既往，把国家卫生乡镇这块牌子擦得更亮。",
]
blind("q14.txt", "正文复制\n在全镇巩固国家卫生乡镇成果推进会上的讲话\n" + "\n".join(_Q14[:3]) + "\n"
      + "在全镇巩固国家卫生乡镇成果推进会上的讲话\n" + "\n".join(_Q14) + "\n",
      speeches=[sp("在全镇巩固国家卫生乡镇成果推进会上的讲话", "讲话", "乡镇", ("安徽省", "宣城市", "宁国市"),
                   min_paras=7)],
      junk=["正文复制"],
      kept=["前年，我们镇在宁国市第一个拿到国家卫生乡镇的称号，这是全镇干部群众用汗水换来的。",
            "第二，要把健康教育做到家里。",
            "希望大家一如既往，把国家卫生乡镇这块牌子擦得更亮。"],
      **B13)

# q15 — an old 范文 site's article page (GB18030 txt copy): 返回, the title twice, a time line
# with [下载该文章] [会员注册], "来源" glued to the title glued to the salutation, a role-only title,
# the text cut by "..." and the site's 请先登录 and 相关推荐 lines.
blind("q15.txt", """返回
县委书记在创建省级文明县城动员大会上的讲话

县委书记在创建省级文明县城动员大会上的讲话

时间：2015-3-11 20:41:07  [下载该文章]  [会员注册]
来源县委书记在创建省级文明县城动员大会上的讲话同志们：今天，县委、县政府在这里召开创建省级文明县城动员大会，主要任务是动员全县干部群众迅速行动起来，掀起创建省级文明县城的热潮。刚才，海洋同志对创建工作作了全面部署，我都同意。下面，我讲三点意见。
（一）创建省级文明县城是全县人民的共同心愿。怀宁是一座有着深厚文化底蕴的老县城，文明县城这块牌子，我们争取了好几年。创建不是为了拿一块牌子，而是为了让县城更干净、更有序，让老百姓生活得更舒心。全县上下要把思想统一到县委的决策上来，以必胜的信心投入到创建工作中。
（二）创建省级文明县城要从群众身边的小事做起。马路上的乱穿行、小区里的乱堆放、菜市场门口的乱摆摊，都是群众天天碰到的事。我们要一件一件抓，抓一件成一件，让群众真切感受到创建带来的变化...
请先登录

>

相关推荐
""", enc="gb18030",
      published="2015-03-11",
      speeches=[sp("县委书记在创建省级文明县城动员大会上的讲话", "讲话", "县", ("安徽省", "安庆市", "怀宁县"),
                   speaker=["县委书记"], truncated=True)],
      junk=["re:^返回$", "下载该文章", "会员注册", "请先登录", "相关推荐"],
      kept=["刚才，海洋同志对创建工作作了全面部署，我都同意。",
            "创建不是为了拿一块牌子，而是为了让县城更干净、更有序，让老百姓生活得更舒心。"],
      **B13)

# q16 — a Word file saved as plain text (txt): the speech's title broken over two lines, a 县委副书记 name line and a date
# line, a deputy speaking on the secretary's behalf ("受…书记委托"), Word's page-number field code
# and the page footer "第 N 页 共 5 页" at each page break, a "[键入文字]" header placeholder.
blind("q16.txt", """[键入文字]
在全县巩固国家卫生县城成果
迎接复审动员会上的讲话
县委副书记  邱海平
（2022年5月12日）
同志们：
　　今天这个会，本来应该由县委书记王健同志来讲。王健同志今天在市里参加重要会议，专门委托我向大家传达他的意见。受王书记委托，我就迎接国家卫生县城复审讲三点意见。
　　第一，复审是一次大考，必须全力以赴。临泉县城是二〇一九年获得国家卫生县城称号的，今年下半年国家将组织复审。复审采取暗访的方式，不打招呼、直插现场，哪里有问题，就在哪里扣分。各乡镇、各部门不要存有侥幸心理，要把每一个点位都当成检查点来抓。三年前我们创建成功，靠的是全县上下一条心；三年后迎接复审，同样要靠这股劲。这几年，县城新建了不少小区和商业街，城区面积比创建时扩大了三分之一，新城区的环境卫生管理还没有完全跟上，这是我们这次复审面临的新情况，必须引起高度重视。
 PAGE   \\* MERGEFORMAT 1
第 1 页 共 5 页
　　第二，问题要早发现、早整改。县巩卫办五月份组织了一次全面自查，共发现问题三百一十二个，目前已经整改两百零七个，还有一百零五个没有整改到位，主要集中在城郊结合部和老城区。县巩卫办要把这一百零五个问题逐一交办到责任单位，六月底前全部销号，没有销号的，由县委督查室跟踪督办。
　　第三，责任要压到人头，不能层层打折扣。各乡镇党委书记、各部门主要负责同志是第一责任人，分管同志是直接责任人。县委、县政府将对复审工作实行专项考核，复审中被扣分的点位，要倒查责任。
　　这里我还要提醒一下，复审的暗访组不只看县城的主干道，还会到城郊结合部、集贸市场、学校周边、车站码头去看，甚至会随机走进居民小区和小餐馆的后厨。所以，各单位不能只抓门面，要把功夫下在群众看得见、暗访组也一定会去看的地方。
 PAGE   \\* MERGEFORMAT 2
第 2 页 共 5 页
　　另外，王书记特别交代，要把复审和群众身边的实事结合起来。今年县里计划改造的八个老旧小区、新建的六座公厕和两个农贸市场，都要在复审前完工投用。这些项目既是复审的加分项，更是群众盼了很多年的民生工程，各责任单位一定要抓紧抓好，决不能拖到复审以后。
　　宣传发动也要跟上。县融媒体中心要开设巩卫专栏，每周报道一次各乡镇、各部门的工作进展，曝光一批不文明、不卫生的行为；各社区要组织志愿者上门入户，把复审的意义和要求讲给居民听，争取群众的理解和支持。复审有一项群众满意度调查，群众满意了，我们才能过关。
　　同志们，国家卫生县城是全县人民的共同荣誉。希望大家拿出当年创建时的精气神，确保复审顺利通过。
""",
      speeches=[sp("在全县巩固国家卫生县城成果迎接复审动员会上的讲话", "讲话", "县", ("安徽省", "阜阳市", "临泉县"),
                   date="2022-05-12", speaker=["邱海平", "县委副书记邱海平"], min_paras=5)],
      junk=["键入文字", "MERGEFORMAT", "第 1 页 共 5 页", "第 2 页 共 5 页"],
      kept=["王健同志今天在市里参加重要会议，专门委托我向大家传达他的意见。",
            "各乡镇、各部门不要存有侥幸心理，要把每一个点位都当成检查点来抓。",
            "县巩卫办五月份组织了一次全面自查，共发现问题三百一十二个，目前已经整改两百零七个，还有一百零五个没有整改到位，主要集中在城郊结合部和老城区。",
            "希望大家拿出当年创建时的精气神，确保复审顺利通过。"],
      **B13)

# q17 — a 文秘 site's page (txt copy): the title, a 分类/浏览 line, "内容摘要：" holding the speech's
# first two paragraphs, then "正文：" and the whole speech; a masked street office (**街道, ×书记).
_Q17 = [
    "同志们：",
    "今天召开街道创建全国文明城市推进会，主要是传达区里的会议精神，对下一阶段的创建工作进行再部署。刚才，×书记通报了上周的暗访情况，三个社区作了交流发言，讲得都很实在。",
    "从暗访情况看，我们**街道的问题主要有三类：一是沿街商铺的跨门经营，二是老旧小区的楼道堆物，三是公益广告的破损和缺失。这三类问题看起来不大，但在测评中都是扣分项，而且扣一次就是一片。",
    "下面，我提三点要求。",
    "一要把点位包干到人。街道班子成员每人包一个社区，社区干部每人包一个小区或一条街，包干情况在街道公示栏里公布，谁的点位出了问题，就找谁。",
    "二要把问题整改在前。各社区每天下午四点前把当天发现的问题报到街道创建办，创建办当晚汇总、次日交办，整改情况第三天复查。",
    "这里要特别强调一下跨门经营的问题。有的商户今天摆出来、明天收进去，执法队员一走又摆出来。对这样的商户，社区要上门做工作，讲清楚测评的要求；讲了还不改的，联合城管中队依法处理，决不能让一两家商户拖了整条街的后腿。",
    "三要把居民发动起来。每个社区至少组织三十名居民志愿者，早晚高峰在路口开展文明劝导，周末在小区开展环境清理，让居民成为创建的主人。",
    "另外，各社区要抓紧把迎检的档案资料整理好。测评不仅看现场，也要看台账，志愿服务记录、文明劝导记录、问题整改记录都要真实完整。街道创建办下周组织一次资料检查，资料不全的社区，限期补齐。",
    "同志们，测评就在眼前，没有退路。希望大家拿出十二分的干劲，确保我们街道的点位不失分。",
]
blind("q17.txt", "在街道创建全国文明城市推进会上的讲话\n分类：讲话稿　浏览：3216\n内容摘要：" + _Q17[1] + _Q17[2]
      + "\n正文：\n" + "\n".join(_Q17) + "\n",
      speeches=[sp("在街道创建全国文明城市推进会上的讲话", "讲话", "乡镇", masked=True, min_paras=7)],
      junk=["分类：讲话稿", "浏览：3216", "内容摘要", "正文："],
      kept=["刚才，×书记通报了上周的暗访情况，三个社区作了交流发言，讲得都很实在。",
            "一要把点位包干到人。",
            "各社区每天下午四点前把当天发现的问题报到街道创建办，创建办当晚汇总、次日交办，整改情况第三天复查。",
            "希望大家拿出十二分的干劲，确保我们街道的点位不失分。"],
      **B13)

# q18 — a 范文 site's collection page (GB18030 HTML): the collection title "…（精选2篇）", a filler
# intro, two speeches each under "…篇一/篇二" headings, one of a masked county's head (XX县), one of a
# masked town (XX镇, 20XX年), a 本文来源/网址 line and a 热门推荐 box.
blind("q18.html", """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030"><title>创卫推进会讲话稿（精选2篇）_讲话稿_笔林范文</title></head>
<body>
<div class="hd">笔林范文　讲话稿　发言稿　致辞　主持词</div>
<h1>创卫推进会讲话稿（精选2篇）</h1>
<div class="intro">在日常工作中，我们经常需要写讲话稿。一篇好的讲话稿，要紧扣会议主题、讲清工作要求。下面是笔林范文为大家整理的创卫推进会讲话稿，欢迎阅读和收藏。</div>
<h2>在全县创卫攻坚推进会上的讲话篇一</h2>
<p>同志们：</p>
<p>XX县创建国家卫生县城已经进入攻坚阶段。今天召开推进会，就是要把目标再明确一遍，把任务再压实一遍。</p>
<p>从上个月的交叉检查看，县城的主次干道保洁基本达标，但背街小巷、城中村和农贸市场的问题还比较多。特别是城中村，垃圾乱倒、污水横流的现象没有根本改变。县城管局要牵头成立城中村整治专班，一个村一个方案，九月底前见到明显成效。</p>
<p>各乡镇、各部门要把创卫当作一把手工程，主要负责同志每周至少到现场一次。县创卫办每周通报一次进度，对连续两次排名靠后的单位，由县政府约谈。</p>
<p>同志们，创卫已经到了爬坡过坎的时候，希望大家咬紧牙关，确保年底通过省级初验。</p>
<h2>在全镇创卫推进会上的讲话篇二</h2>
<p>同志们：</p>
<p>20XX年是XX镇配合县城创卫的关键一年。镇区紧挨县城，是进城的必经之路，检查组进出县城都要经过我们的地盘，我们的环境好不好，直接影响全县的分数。</p>
<p>镇里决定，从下周起开展为期一个月的环境整治行动：一是清理国道两侧的垃圾和杂物，二是规范镇区的门店经营，三是整治集贸市场的卫生秩序。每个村、每个站所都要抽出人手，参加集中整治。</p>
<p>希望大家把这项工作当作今年的头等大事来抓，为全县创卫多作贡献。</p>
<div class="src">本文来源：笔林范文　网址：www.bilinfw.com/jianghua/20817.html</div>
<div class="hot">热门推荐：创卫工作表态发言　爱国卫生月活动方案　巩卫工作总结</div>
</body></html>
""", enc="gb18030",
      speeches=[sp("在全县创卫攻坚推进会上的讲话", "讲话", "县", masked=True, min_paras=5),
                sp("在全镇创卫推进会上的讲话", "讲话", "乡镇", masked=True, min_paras=4)],
      junk=["笔林范文", "精选2篇", "一篇好的讲话稿", "欢迎阅读和收藏", "篇一", "篇二", "本文来源", "bilinfw", "热门推荐",
            "爱国卫生月活动方案"],
      kept=["XX县创建国家卫生县城已经进入攻坚阶段。",
            "县城管局要牵头成立城中村整治专班，一个村一个方案，九月底前见到明显成效。",
            "镇区紧挨县城，是进城的必经之路，检查组进出县城都要经过我们的地盘，我们的环境好不好，直接影响全县的分数。",
            "希望大家把这项工作当作今年的头等大事来抓，为全县创卫多作贡献。"],
      **B13)

# q19 — a mirror of a 范文 site in Traditional characters (Big5 txt copy): the title, a 時間 line,
# a 導語 saying the piece was uploaded by a user, a masked district's head speaking at a meeting to
# keep the 文明城市 title (*區, 20**年), and the site's 相關閱讀 list.
blind("q19.txt", """区长在巩固全国文明城市创建成果大会上的讲话
时间：2022-01-18 08:27:00
导语：区长在巩固全国文明城市创建成果大会上的讲话一文来源于网友上传，不代表本站观点，若需要原创文章可咨询客服老师，欢迎参考。
同志们：
　　20**年，我市成功摘得全国文明城市的桂冠。*区作为主城区，承担了全市近一半的测评点位，全区上下为此付出了巨大的努力。今天召开这个大会，既是总结，更是动员，就是要告诉大家：拿到牌子只是开始，守住牌子更难。
　　一、要防止松劲。从近期暗访的情况看，一些地方已经出现反弹：背街小巷的垃圾又多了，小区的飞线充电又冒了出来，个别路口的闯红灯现象有所抬头。全国文明城市实行动态管理，每年都要测评，成绩下滑就会被通报，严重的还会被取消称号。这绝不是危言耸听，前几年就有城市因为测评成绩连续下滑被摘了牌子。
　　二、要建好机制。区政府将推行街巷长制，每条街巷都有一名区级领导和一名街道干部担任街巷长，每周巡查一次；建立市民投诉快速处置平台，群众反映的问题二十四小时内回应、三天内办结。区财政每年安排专项经费，用于老旧小区的长效管理和公益广告的更新维护，不能让创建时建起来的设施因为没人管而坏掉。
　　三、要依靠群众。文明城市是全体市民的，守护它也要靠全体市民。各街道、社区要把志愿服务常态化，让文明劝导、环境清理成为居民生活的一部分。要用好身边的榜样，每季度评选一批文明家庭、文明商户，让讲文明的人受尊重、得实惠。
　　四、要从严考核。区委、区政府将把巩固创建成果纳入各街道和区直部门的年度考核，考核结果与干部评优评先挂钩。对测评中失分严重的单位，主要负责同志要在全区大会上作检查。
　　同志们，文明城市的牌子是全区人民一起挣来的。希望大家倍加珍惜，让文明成为这座城市永久的名片。
相关阅读：
社区巩固文明城市工作总结
创建文明城市倡议书范文
""", trad="s2tw", enc="big5",
      published="2022-01-18",
      speeches=[sp("区长在巩固全国文明城市创建成果大会上的讲话", "讲话", "区", speaker=["区长"], masked=True,
                   min_paras=5)],
      junk=["導語", "导语", "网友上传", "不代表本站观点", "咨询客服老师", "相关阅读", "社区巩固文明城市工作总结",
            "创建文明城市倡议书范文"],
      kept=["今天召开这个大会，既是总结，更是动员，就是要告诉大家：拿到牌子只是开始，守住牌子更难。",
            "全国文明城市实行动态管理，每年都要测评，成绩下滑就会被通报，严重的还会被取消称号。",
            "三、要依靠群众。",
            "希望大家倍加珍惜，让文明成为这座城市永久的名片。"],
      **B13)

# q20 — a town's meeting materials as a PDF's text layer (txt copy): a cover line with the
# meeting's name and date, a 目录, then two speeches, each under its title with a role-and-name
# line; every line cut at 30 characters, the running head "…会议材料" and "— N —" at page ends.
_Q20A = [
    "同志们：",
    "今天召开全镇创建国家卫生乡镇工作会议，主要是对今年的创卫工作作出具体安排。王集镇是砀山县第一批申报国家卫生乡镇的乡镇，县里对我们寄予厚望，我们没有理由不干好。",
    "今年的重点任务有四项：一是完成镇区雨污分流改造，彻底解决老街的污水问题；二是新建两座水冲式公厕，改造一座垃圾中转站；三是推进集贸市场的提档升级；四是每个村建成一个卫生示范点。",
    "各项任务都已经明确了牵头领导和责任站所，完成时限写进了目标责任书。镇纪委要跟踪督查，每月通报一次进度。",
    "在这里，我还要把几个时间节点再明确一下：三月底前，完成全镇环境卫生的第一轮集中整治；五月底前，镇区雨污分流改造主体工程完工；八月底前，两座公厕和垃圾中转站投入使用；十月份，迎接县里组织的预评估。每个节点都要按时完成，哪个环节拖了后腿，就追究哪个环节的责任。",
    "资金方面，县里下达的创卫补助资金已经到位，镇财政再配套一部分，专款专用。各站所要抓紧完善项目手续，四月底前全部开工，不能让钱躺在账上睡觉。",
    "同志们，创卫是全镇的大事，每个人都有责任。希望大家齐心协力，把各项任务一件一件落到实处。",
]
_Q20B = [
    "同志们：",
    "刚才，方立同志对创卫工作作了具体安排，我完全同意。下面，我再强调两点。",
    "第一，党员干部要带头。创卫的很多工作要做到群众家门口，党员干部带头清理自家房前屋后，群众才会跟着干。镇村干部要带头遵守门前三包，带头参加周末大扫除。",
    "第二，要让群众得实惠。创卫不是搞形象工程，每一项投入都要让老百姓看得见、摸得着。老街的污水治好了，集贸市场干净了，群众自然会支持我们。",
    "第三，要把功夫用在平时。国家卫生乡镇的考核采取暗访的方式，什么时候来、到哪里看，我们事先都不知道。所以不能指望检查前突击一下就能过关，必须把保洁、巡查和整改变成每天的常规工作。镇创卫办要建立每日巡查制度，巡查发现的问题当天交办，第二天复查，整改情况每周在镇村干部群里通报。",
    "同志们，创卫贵在坚持。希望大家一鼓作气，确保年底通过省级考核、明年申报国家卫生乡镇。",
]


def _q20_body() -> str:
    head = "王集镇创建国家卫生乡镇工作会议材料"
    lines = (["在全镇创建国家卫生乡镇工作会议上的讲话", "镇党委副书记、镇长　方立"]
             + hard_wrap(_Q20A, 30).split("\n")
             + ["在全镇创建国家卫生乡镇工作会议上的讲话", "镇党委书记　高建军"]
             + hard_wrap(_Q20B, 30).split("\n"))
    out = []
    for k in range(0, len(lines), 12):
        if k:
            out.append(head)
        out += lines[k:k + 12] + [f"— {k // 12 + 1} —"]
    return "\n".join(out)


blind("q20.txt", "王集镇创建国家卫生乡镇工作会议材料\n二〇二三年三月二日\n目　录\n1．方立同志讲话\n2．高建军同志讲话\n"
      + _q20_body() + "\n",
      speeches=[sp("在全镇创建国家卫生乡镇工作会议上的讲话", "讲话", "乡镇", ("安徽省", "宿州市", "砀山县"),
                   date="2023-03-02", speaker=["方立", "镇长方立", "镇党委副书记、镇长方立"]),
                sp("在全镇创建国家卫生乡镇工作会议上的讲话", "讲话", "乡镇", ("安徽省", "宿州市", "砀山县"),
                   date="2023-03-02", speaker=["高建军", "镇党委书记高建军"])],
      junk=["会议材料", "目　录", "方立同志讲话", "高建军同志讲话", "re:^— \\d —$"],
      kept=["王集镇是砀山县第一批申报国家卫生乡镇的乡镇，县里对我们寄予厚望，我们没有理由不干好。",
            "各项任务都已经明确了牵头领导和责任站所，完成时限写进了目标责任书。",
            "刚才，方立同志对创卫工作作了具体安排，我完全同意。",
            "第二，要让群众得实惠。创卫不是搞形象工程，每一项投入都要让老百姓看得见、摸得着。"],
      **B13)


# --- tenth blind batch (batch 14, part "blind-10"): 20 pages e01..e20, each modelled on the SHAPE
# of a different real page read through the search tool's page corpus, favouring page kinds the
# earlier batches used least: a city 文明网 and a provincial 文明网 page (whole HTML with nav,
# breadcrumb, 浏览次数 and footer), a learning-app copy, a heavily decorated WeChat article
# (GB18030), a county 政务公开 page with its 索引号 table (GBK HTML), a people's-daily-style local
# channel, a 知乎 column and a 简书 article, 豆丁/道客巴巴/原创力-style document pages (page
# markers, a 内容提示 summary before the full text, a 免费预览 gate), a Traditional Big5 mirror
# with pinyin, a city's 领导讲话 column, a Word file's debris, an OCR'd pledge, a page printed
# twice, a 【通用2篇】 collection, a 讲话汇编 of two speeches, a report followed by the speech's
# full text, a members' gate: 16 speeches, 5 meeting reports, 2 units' pledges. Every sentence
# was written for this project. Written without looking at the rules in build_tools/ and
# measured once; nobody tunes rules on it.
B14 = dict(batch=14)

# e01 — a city 文明网 page (HTML): a nav row, a 当前位置 breadcrumb, the headline, a 来源/发布时间/
# 浏览次数 line, a city 创文 推进会 report with the deputy secretary speaking, 【打印】【关闭】 and
# a footer with the 主办 unit and 备案 number.
blind("e01.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我市召开创建全国文明城市工作推进会_荆门文明网</title>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");})();</script>
</head><body>
<div class="nav">首页 | 文明创建 | 志愿服务 | 道德建设 | 未成年人 | 网络文明</div>
<div class="crumb">当前位置：首页 &gt; 文明创建 &gt; 工作动态</div>
<div class="article">
<h2>我市召开创建全国文明城市工作推进会</h2>
<div class="info">来源：荆门市文明办　发布时间：2024-04-16 10:22　浏览次数：1376</div>
<p>4月15日下午，全市创建全国文明城市工作推进会在市民中心召开。市委副书记郭振东出席会议并讲话，副市长韩晓琳主持会议。</p>
<p>会议通报了今年一季度全市创文实地测评情况，东宝区、掇刀区和市城管执法委、市交通运输局作了交流发言。</p>
<p>郭振东指出，今年是本轮全国文明城市创建周期的关键一年，测评将更加注重群众的真实感受。从一季度测评看，全市农贸市场、背街小巷和老旧小区三类点位失分最多，占全部失分的六成以上，必须集中力量攻坚。</p>
<p>郭振东要求，各区要落实属地责任，对测评发现的问题建立台账、限时销号；市直牵头部门要落实行业责任，把创文标准写进日常监管；各级文明单位要带头走进社区，常态开展志愿服务。他强调，创文工作要把功夫下在平时，坚决防止迎检时突击、检查后反弹。</p>
<p>市文明委成员单位负责同志，各区、各街道分管负责同志参加会议。</p>
</div>
<div class="tools">【打印】【关闭】</div>
<div class="foot">主办：中共荆门市委宣传部　荆门市精神文明建设委员会办公室<br>鄂ICP备05003317号　技术支持：荆楚网络</div>
</body></html>
""",
      published="2024-04-16",
      speeches=[sp("我市召开创建全国文明城市工作推进会", "会议报道", "市", ("湖北省", "荆门市", None),
                   speaker=["市委副书记郭振东", "郭振东"], min_paras=4)],
      junk=["荆门文明网", "当前位置", "志愿服务 | 道德建设", "浏览次数", "【打印】", "鄂ICP备05003317号", "技术支持",
            "var _hmt"],
      kept=["4月15日下午，全市创建全国文明城市工作推进会在市民中心召开。",
            "从一季度测评看，全市农贸市场、背街小巷和老旧小区三类点位失分最多，占全部失分的六成以上，必须集中力量攻坚。",
            "他强调，创文工作要把功夫下在平时，坚决防止迎检时突击、检查后反弹。"],
      **B14)

# e02 — a 范文 site's numbered collection (txt copy): 【阅读指引】 then the collection title with
# 【通用2篇】, a masked county's 创文 动员 speech and a masked street's 创文 推进 speech, each
# under "…【第N篇】", the site's 赏杯茶钱 plea and a 相关推荐 list at the end.
blind("e02.txt", """【阅读指引】下面是文秘家园网友为您整理的“创建全国文明城市讲话稿【通用2篇】”，供您写作参考，整理不易，喜欢就收藏一下吧！
创建全国文明城市讲话稿【通用2篇】
创建全国文明城市讲话稿【第一篇】
同志们：
　　今天县委、县政府召开全县创建全国文明城市动员大会，主要任务是把创建的目标、任务和责任交到各乡镇、各部门手中。刚才，XX同志宣读了创建工作实施方案，三个单位作了表态发言，讲得都很好。下面，我讲三点意见。
　　第一，要看清差距。XX县去年在全省县级文明城市测评中排在中游，失分主要在公共场所秩序、志愿服务和未成年人思想道德建设三块。排名不靠前，说明我们的工作还有很大空间，也说明只要下功夫，进位是完全可能的。
　　第二，要抓住关键。创建不是搞几次大扫除，而是要把城市管理的短板一块块补上。县城的停车秩序、夜市油烟和小区飞线充电，这些群众反映最多的问题，今年必须见到明显变化。
　　第三，要压实责任。县文明办要把测评体系的每一项指标分解到单位、落实到人，每月通报一次进度。对工作推进不力的单位，县委将约谈主要负责同志。
　　同志们，创建全国文明城市是全县人民的共同心愿。希望大家心往一处想、劲往一处使，确保今年测评成绩有一个明显提升。
创建全国文明城市讲话稿【第二篇】
同志们：
　　按照区里的统一部署，今天街道召开创文工作推进会。XX街道是老城区，人口密度大、老旧小区多，创文任务在全区最重。大家一定要有清醒的认识。
　　这段时间，街道的创文工作有进展，但是问题也不少。上周区创文办暗访，我们有四个小区被点名，楼道堆物和垃圾分类不到位是主要问题。各社区要在本周内完成整改，并把整改前后的照片报街道创文办。
　　下一步，街道班子成员每人包一个社区，每周至少下沉两次；社区干部要进网格、进楼栋，把创文的要求讲到每一户居民家里。志愿服务要常态化，每个社区至少组建一支二十人以上的文明劝导队。
　　创文没有捷径可走，只有一点一滴地干出来。希望大家拿出实实在在的行动，为全区创文多作贡献。
整理文档很辛苦，赏杯茶钱您下走！
相关推荐：
创建文明城市表态发言稿
社区创文工作总结范文
""",
      speeches=[sp("创建全国文明城市讲话稿", "讲话", "县", masked=True, min_paras=4),
                sp("创建全国文明城市讲话稿", "讲话", "乡镇", masked=True, min_paras=3)],
      junk=["阅读指引", "文秘家园", "【通用2篇】", "re:【第[一二]篇】", "赏杯茶钱", "相关推荐", "社区创文工作总结范文"],
      kept=["XX县去年在全省县级文明城市测评中排在中游，失分主要在公共场所秩序、志愿服务和未成年人思想道德建设三块。",
            "县城的停车秩序、夜市油烟和小区飞线充电，这些群众反映最多的问题，今年必须见到明显变化。",
            "上周区创文办暗访，我们有四个小区被点名，楼道堆物和垃圾分类不到位是主要问题。",
            "创文没有捷径可走，只有一点一滴地干出来。"],
      **B14)

# e03 — a learning app's copy (txt): the headline, the app's provincial platform line, 作者/来源,
# a date line, the 订阅/收藏/分享 row, a district's 巩卫 会议 report and the app's "打开APP" line.
blind("e03.txt", """叙州区召开巩固国家卫生城市成果工作会
四川学习平台
作者：李若涵　来源：叙州区融媒体中心
2023-09-08
订阅　收藏　分享
9月6日，叙州区召开巩固国家卫生城市成果工作会，区委副书记、区长冯德胜出席会议并讲话。
会议通报了8月份城区环境卫生暗访情况，南岸街道、柏溪街道作了交流发言，区爱卫办对秋季病媒生物防制工作作了安排。
冯德胜指出，宜宾市今年迎接国家卫生城市复审，叙州区的城区是复审暗访的重点区域，全区上下要把巩卫当成一项常态工作，不能等到复审临近才临时抱佛脚。
冯德胜要求，要盯紧农贸市场、城乡结合部和建筑工地等薄弱点位，落实网格化管理，做到问题早发现、早处置；要抓好秋季灭蚊灭鼠，确保病媒生物密度控制在国家标准以内；要强化督查问效，区委督查室每月通报一次各街道、各部门的巩卫成绩。
区级有关部门和各街道主要负责同志参加会议。
打开学习强国APP，查看更多精彩内容
""",
      published="2023-09-08",
      speeches=[sp("叙州区召开巩固国家卫生城市成果工作会", "会议报道", "区", ("四川省", "宜宾市", "叙州区"),
                   speaker=["区委副书记、区长冯德胜", "区长冯德胜", "冯德胜"], min_paras=4)],
      junk=["四川学习平台", "作者：李若涵", "订阅", "收藏", "打开学习强国APP", "查看更多精彩内容"],
      kept=["会议通报了8月份城区环境卫生暗访情况，南岸街道、柏溪街道作了交流发言，区爱卫办对秋季病媒生物防制工作作了安排。",
            "要抓好秋季灭蚊灭鼠，确保病媒生物密度控制在国家标准以内",
            "区级有关部门和各街道主要负责同志参加会议。"],
      **B14)

# e04 — a WeChat article with heavy decoration (GB18030 txt copy): 点击蓝字关注我们, a ▼ row,
# emoji dividers, the speech's title, speaker and date in a header block, a speech by a district
# secretary at a 创文 誓师 meeting, then 文字/编辑/审核 credits, 长按二维码 and 分享 点赞 在看.
blind("e04.txt", """点击蓝字 关注我们
▼▼▼
✨✨✨✨✨✨✨✨
在全区创建全国文明城区誓师大会上的讲话
区委书记　孟庆国
（2022年3月15日）
✨✨✨✨✨✨✨✨
同志们：
　　今天召开全区创建全国文明城区誓师大会，就是要吹响冲锋号，动员全区上下以决战的姿态投入创建。铜山撤县设区已经十多年，城区面貌变化很大，但同主城区相比，我们在城市管理和市民文明素质上还有不小的差距。
🌟 一、坚定必胜信心
　　去年全市文明城区测评，我们排名比上一年前进了两位，说明只要真抓实干，创建成绩是能够提上来的。各镇、各街道要看到成绩，更要看到差距，把压力转化为动力。
🌟 二、聚焦突出短板
　　今年创建要重点抓好三件事：一是背街小巷整治，年内完成四十条背街小巷的路面和照明改造；二是农贸市场提升，所有市场实行划行归市、周末大扫除；三是交通秩序治理，主要路口设立文明交通劝导岗，非机动车不走机动车道。
🌟 三、凝聚创建合力
　　创建的主体是群众，受益的也是群众。要发动机关干部、学校师生和社区居民广泛参与，每名机关干部每月至少参加一次志愿服务，让文明新风吹进千家万户。
　　同志们，军令状已经立下，就要说到做到。希望大家以时不我待的劲头，奋力夺取创建全国文明城区的全面胜利！
—END—
文字 | 区委宣传部
编辑 | 王思雨　审核 | 陈立
长按二维码 关注我们
分享　点赞　在看
""", enc="gb18030",
      speeches=[sp("在全区创建全国文明城区誓师大会上的讲话", "讲话", "区", ("江苏省", "徐州市", "铜山区"),
                   date="2022-03-15", speaker=["孟庆国", "区委书记孟庆国"], min_paras=5)],
      junk=["点击蓝字", "关注我们", "▼▼▼", "✨", "—END—", "编辑 | 王思雨", "长按二维码", "在看"],
      kept=["铜山撤县设区已经十多年，城区面貌变化很大，但同主城区相比，我们在城市管理和市民文明素质上还有不小的差距。",
            "一是背街小巷整治，年内完成四十条背街小巷的路面和照明改造",
            "创建的主体是群众，受益的也是群众。",
            "希望大家以时不我待的劲头，奋力夺取创建全国文明城区的全面胜利！"],
      **B14)

# e05 — a county government's 政务公开 page (GBK HTML): a nav, an 索引号/发布机构/生成日期/主题分类
# table above the text, the county head's 巩卫 speech with its date in brackets under the
# title, then 【打印本页】【关闭窗口】, 相关附件: 无, and a footer with 网站标识码 and 政府网站找错.
blind("e05.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>在全县巩固国家卫生县城工作会议上的讲话-馆陶县人民政府</title></head><body>
<div id="top">馆陶县人民政府　首页　政务公开　政务服务　互动交流　走进馆陶</div>
<div id="pos">您现在的位置：首页 &gt; 政务公开 &gt; 领导讲话</div>
<table class="meta">
<tr><td>索引号：</td><td>000014349/2021-00087</td><td>主题分类：</td><td>卫生、体育</td></tr>
<tr><td>发布机构：</td><td>县政府办公室</td><td>生成日期：</td><td>2021-05-28</td></tr>
<tr><td>名称：</td><td colspan="3">在全县巩固国家卫生县城工作会议上的讲话</td></tr>
</table>
<div id="zoom">
<h3>在全县巩固国家卫生县城工作会议上的讲话</h3>
<p align="center">县长　张丽娟</p>
<p align="center">（2021年5月26日）</p>
<p>同志们：</p>
<p>今天召开全县巩固国家卫生县城工作会议，主要是总结前一阶段巩卫工作，安排部署今年的重点任务。馆陶获评国家卫生县城已经四年，这块牌子是全县人民一起干出来的，我们有责任把它守好。</p>
<p>从今年前几个月的情况看，巩卫工作总体平稳，但也出现了一些反弹的苗头。一是城区部分路段的占道经营又冒了头，早市、夜市管理不够规范；二是部分小区的物业管理跟不上，垃圾清运不及时；三是个别单位对巩卫的认识有所松懈，认为牌子已经到手，可以歇一歇了。</p>
<p>针对这些问题，我提三点要求。第一，要坚持标准不降。国家卫生县城的标准就是我们日常工作的标准，各部门要对照标准逐项自查，发现问题立即整改。第二，要坚持力度不减。县城管局要加大执法力度，对反复占道经营的商户依法处理；县住建局要督促物业企业履行合同，对服务不达标的企业进行约谈。第三，要坚持全民参与。各单位要组织干部职工定期参加卫生义务劳动，学校要开展健康教育，引导群众养成良好的卫生习惯。</p>
<p>同志们，巩卫只有起点，没有终点。希望大家以更高的标准、更实的作风，推动全县城乡环境卫生再上新台阶。</p>
</div>
<div id="tool">【打印本页】【关闭窗口】</div>
<div>相关附件：无</div>
<div id="foot">主办单位：馆陶县人民政府办公室　网站标识码：1304330001　冀ICP备12001234号<br>政府网站找错</div>
</body></html>
""", enc="gbk",
      published="2021-05-28",
      speeches=[sp("在全县巩固国家卫生县城工作会议上的讲话", "讲话", "县", ("河北省", "邯郸市", "馆陶县"),
                   date="2021-05-26", speaker=["张丽娟", "县长张丽娟"], min_paras=5)],
      junk=["您现在的位置", "索引号", "000014349/2021-00087", "主题分类", "发布机构", "【打印本页】", "相关附件",
            "网站标识码", "政府网站找错"],
      kept=["馆陶获评国家卫生县城已经四年，这块牌子是全县人民一起干出来的，我们有责任把它守好。",
            "三是个别单位对巩卫的认识有所松懈，认为牌子已经到手，可以歇一歇了。",
            "同志们，巩卫只有起点，没有终点。"],
      **B14)

# e06 — a people's-daily-style local channel (txt copy): the channel name, the headline, a time
# and 来源 line, 原标题 under it, a city 创卫 复审 动员 report with the mayor speaking, a photo
# caption line, (责编：…) and 分享让更多人看到.
blind("e06.txt", """人民网 江西频道 >> 地方联播
赣州召开迎接国家卫生城市复审动员大会
2021年07月12日08:15　来源：赣南日报
原标题：对标补短 全力迎接国家卫生城市复审
7月10日，赣州市召开迎接国家卫生城市复审动员大会。市委副书记、市长钟卫民出席会议并讲话，副市长罗静主持会议。
会上，市爱卫办通报了国家卫生城市复审准备情况，章贡区、赣州经开区和市市场监管局作了表态发言。
钟卫民指出，国家卫生城市是赣州的一张亮丽名片，复审既是对过去工作的检验，更是对城市管理水平的一次全面体检。全市上下要以“等不起”的紧迫感、“慢不得”的危机感，扎实做好复审各项准备。
会议现场。记者 刘晨 摄
钟卫民强调，要对照复审标准，集中整治城中村、农贸市场和小餐饮店的环境卫生问题；要把病媒生物防制作为重中之重，组织专业队伍开展集中消杀；要加强健康教育，提高市民的卫生意识和健康素养。各区、各部门主要负责同志要亲自抓、带头干，确保复审顺利通过。
（责编：邱晓、黄慧）
分享让更多人看到
""",
      published="2021-07-12",
      speeches=[sp("赣州召开迎接国家卫生城市复审动员大会", "会议报道", "市", ("江西省", "赣州市", None),
                   speaker=["市委副书记、市长钟卫民", "市长钟卫民", "钟卫民"], min_paras=4)],
      junk=["人民网", "地方联播", "原标题", "会议现场。记者 刘晨 摄", "（责编：邱晓、黄慧）", "分享让更多人看到"],
      kept=["会上，市爱卫办通报了国家卫生城市复审准备情况，章贡区、赣州经开区和市市场监管局作了表态发言。",
            "钟卫民指出，国家卫生城市是赣州的一张亮丽名片，复审既是对过去工作的检验，更是对城市管理水平的一次全面体检。",
            "要把病媒生物防制作为重中之重，组织专业队伍开展集中消杀"],
      **B14)

# e07 — a 知乎 column article (txt copy): the column name, the title, the author with 已关注 and
# a one-line bio, 赞同 count, a masked street's 创卫 迎检 部署 speech (××街道, ×同志), then
# 编辑于 with an IP 属地, the 赞同/评论/分享/收藏 row and 还没有评论.
blind("e07.txt", """公文写作那些事
在街道创卫迎检工作部署会上的讲话
材料老王
已关注
十年笔杆子，专注机关公文写作
128 人赞同了该文章
同志们：
　　省里的创卫复审暗访组下个月就要进入我区，××街道有十一个点位在暗访名单里，占了全区的三分之一。今天召开这个部署会，就是要把迎检的每一件事都落实到人。刚才，×同志通报了近期街道自查的情况，我完全同意。下面，我再强调几点。
　　第一，点位要一个一个过。十一个点位，班子成员每人包一个，社区书记具体负责，从今天起每天至少到点位看一次。农贸市场的地面、公厕的异味、小区的垃圾桶，这些暗访组最爱看的地方，一处也不能放过。
　　第二，问题要一件一件清。上周自查发现的四十三个问题，已经整改了二十六个，剩下的十七个要在本周五前全部销号。整改不了的，要说明原因，报街道主要领导。
　　第三，队伍要一支一支建。每个社区要有一支保洁突击队、一支志愿劝导队，迎检期间实行早七点到晚九点的全天候值守。
　　同志们，迎检时间只剩一个月，没有退路可走。希望大家打起精神，确保我们街道的点位不拖全区的后腿。
编辑于 2023-04-19 21:06・IP 属地山东
赞同 128　　添加评论　　分享　　收藏
还没有评论，发表第一个评论吧
""",
      published="2023-04-19",
      speeches=[sp("在街道创卫迎检工作部署会上的讲话", "讲话", "乡镇", masked=True, min_paras=5)],
      junk=["公文写作那些事", "材料老王", "已关注", "十年笔杆子", "人赞同了该文章", "IP 属地", "添加评论", "还没有评论"],
      kept=["省里的创卫复审暗访组下个月就要进入我区，××街道有十一个点位在暗访名单里，占了全区的三分之一。",
            "上周自查发现的四十三个问题，已经整改了二十六个，剩下的十七个要在本周五前全部销号。",
            "每个社区要有一支保洁突击队、一支志愿劝导队，迎检期间实行早七点到晚九点的全天候值守。"],
      **B14)

# e08 — a 简书 article (txt copy): the title, the author's name with a diamond count, 字数/阅读
# line, 关注, a county propaganda chief's 创文 推进 speech whose header gives the post and name,
# then © 著作权归作者所有, 喜欢的朋友记得点赞, the 简书 APP line and 推荐阅读.
blind("e08.txt", """在全县创建省级文明县城推进会上的讲话
墨痕记事
💎 2.6　2022.06.21 09:47:33　字数 1,286　阅读 433
关注
县委常委、宣传部部长　赵明轩
同志们：
　　今天召开全县创建省级文明县城推进会，主要是通报上半年创建工作进展，查找存在的问题，安排下半年的重点任务。昌乐创建省级文明县城已经进入第二年，能不能如期达标，关键看今年下半年。
　　上半年，全县创建工作总体有序推进。县城新增了三处口袋公园，主街道的乱贴乱画基本清除，新时代文明实践站实现了村村全覆盖。但对照测评体系，我们还有明显的短板：一些小区的公共设施破损后长期没人维修，部分公共场所的公益广告数量不够、更新不及时，少数窗口单位的服务态度群众还不满意。
　　下半年，我们要重点做好三项工作。一是实施小区提升行动，九月底前完成二十个老旧小区的设施维修。二是实施宣传氛围提升行动，主要路段、公共场所的公益广告做到全覆盖。三是实施窗口服务提升行动，县直窗口单位每季度开展一次群众满意度测评，测评结果在县电视台公布。
　　同志们，创建省级文明县城是县委、县政府向全县人民作出的承诺。希望大家守土有责、守土尽责，确保年底前顺利通过省级测评。
© 著作权归作者所有，转载或内容合作请联系作者
喜欢的朋友记得点赞、收藏、关注哦！
更多精彩内容，就在简书APP
推荐阅读　更多精彩内容
""",
      published="2022-06-21",
      speeches=[sp("在全县创建省级文明县城推进会上的讲话", "讲话", "县", ("山东省", "潍坊市", "昌乐县"),
                   speaker=["赵明轩", "县委常委、宣传部部长赵明轩", "宣传部部长赵明轩"], min_paras=5)],
      junk=["墨痕记事", "💎", "字数 1,286", "著作权归作者所有", "记得点赞", "简书APP", "推荐阅读"],
      kept=["昌乐创建省级文明县城已经进入第二年，能不能如期达标，关键看今年下半年。",
            "一是实施小区提升行动，九月底前完成二十个老旧小区的设施维修。",
            "希望大家守土有责、守土尽责，确保年底前顺利通过省级测评。"],
      **B14)

# e09 — a document-sharing site's text view of a PDF (txt copy): the site's header and the file's
# name with .pdf, 页数/大小, a city 创卫 誓师 speech with a spaced name line and a date line,
# printed lines broken every 36 characters, "- 1 -" page numbers between lines, cut by the site's
# "还剩4页未读，继续阅读" gate and its 下载 button.
_E09 = ["同志们：",
        "今天，市委、市政府召开创建国家卫生城市誓师大会，目的是进一步统一思想、明确任务、压实责任，动员全市上下以最坚决的态度、最有力的措施，打赢创卫攻坚战。刚才，甘州区和市住建局、市市场监管局的负责同志作了表态发言，讲得很有信心，也很有措施。",
        "张掖申报国家卫生城市，已经走过了四年的历程。四年来，城市道路、污水处理厂、垃圾填埋场等一批基础设施相继建成，城区面貌发生了很大变化。但我们也要清醒地看到，城中村、城乡结合部的环境卫生还比较差，小餐饮、小作坊的卫生条件离标准还有距离，病媒生物防制的基础还很薄弱。",
        "一、明确目标，倒排工期。今年十月国家将组织技术评估，留给我们的时间只有五个月。市创卫办要把八大类指标细化成具体任务，明确每一项任务的完成时限和责任单位，实行挂图作战、对账销号。",
        "二、突出重点，集中攻坚。城中村改造要加快进度，六月底前完成十二个城中村的道路硬化和排水改造；农贸市场要全面提升，实行划行归市，配齐防蝇防鼠设施；"]
blind("e09.txt", "豆丁网 > 行业资料 > 党政办公\n在全市创建国家卫生城市誓师大会上的讲话.pdf\n页数：6　大小：238KB\n"
      "在全市创建国家卫生城市誓师大会上的讲话\n刘 建 平\n（2019年5月6日）\n"
      + hard_wrap(_E09[:3], 36).replace("但我们也要清", "但我们也要清\n- 1 -")
      + "\n" + hard_wrap(_E09[3:], 36)
      + "\n还剩4页未读，继续阅读\n下载文档到电脑，查找使用更方便\n",
      speeches=[sp("在全市创建国家卫生城市誓师大会上的讲话", "讲话", "市", ("甘肃省", "张掖市", None),
                   date="2019-05-06", speaker=["刘建平"], truncated=True)],
      junk=["豆丁网", "行业资料", ".pdf", "页数：6", "- 1 -", "还剩4页未读", "下载文档到电脑"],
      kept=["张掖申报国家卫生城市，已经走过了四年的历程。",
            "一、明确目标，倒排工期。今年十月国家将组织技术评估，留给我们的时间只有五个月。",
            "刚才，甘州区和市住建局、市市场监管局的负责同志作了表态发言，讲得很有信心，也很有措施。"],
      **B14)

# e10 — a document-sharing site's page (txt copy): the site's name, the file's title, 下载积分 and
# 文档格式 lines, a 内容提示 summary that is the speech's first sentences cut by "……", then the
# full text with the speech's own title, a county's 创卫 推进 speech; the site's 相关文档 at the end.
blind("e10.txt", """道客文档网
在全县创建国家卫生县城工作推进会上的讲话
下载积分：1200　文档格式：DOC　上传时间：2020-09-14
内容提示：在全县创建国家卫生县城工作推进会上的讲话 同志们： 今天召开全县创建国家卫生县城工作推进会，主要任务是对照国家卫生县城标准，查找差距，明确责任。桃江创建国家卫生县城进入了最关键的阶段……
文档正文：
在全县创建国家卫生县城工作推进会上的讲话
同志们：
　　今天召开全县创建国家卫生县城工作推进会，主要任务是对照国家卫生县城标准，查找差距，明确责任。桃江创建国家卫生县城进入了最关键的阶段，明年上半年就要接受国家的技术评估，必须争分夺秒。
　　这段时间，各乡镇、各部门做了大量工作，县城的主次干道实现了机械化清扫，新建改建了十八座公厕，城区的农贸市场全部完成了提质改造。但是我们在暗访中发现，一些背街小巷仍然垃圾成堆，一些建筑工地的围挡破损、渣土车带泥上路，一些小饭店的后厨卫生状况让人担忧。
　　下一步，要重点抓好四个方面的工作。一是抓市容整治，对县城所有背街小巷进行一次拉网式清理，建立长效保洁机制。二是抓工地管理，所有建筑工地必须做到围挡完好、车辆冲洗、出入口硬化。三是抓餐饮卫生，县市场监管局要对城区餐饮店开展一次全覆盖检查，不达标的一律停业整改。四是抓健康教育，在城区主要路段、公园和社区设立健康教育宣传栏，定期更新内容。
　　同志们，创卫工作时间紧、任务重。希望大家切实增强责任感，以更加扎实的作风把各项工作抓实抓细，确保明年一次性通过国家技术评估。
相关文档
创卫工作总结汇报材料
创卫迎检工作方案
""",
      speeches=[sp("在全县创建国家卫生县城工作推进会上的讲话", "讲话", "县", ("湖南省", "益阳市", "桃江县"), min_paras=4)],
      junk=["道客文档网", "下载积分", "文档格式", "内容提示", "文档正文", "相关文档", "创卫迎检工作方案", "……"],
      kept=["桃江创建国家卫生县城进入了最关键的阶段，明年上半年就要接受国家的技术评估，必须争分夺秒。",
            "二是抓工地管理，所有建筑工地必须做到围挡完好、车辆冲洗、出入口硬化。",
            "确保明年一次性通过国家技术评估。"],
      **B14)

# e11 — a paid document site's preview (txt copy): a numbered 温馨提示 list over the text, a masked
# city bureau's pledge at the city 创文 迎检 meeting (XX市, XX局), cut by the site's 免费预览已结束
# gate with a page count and the 下载 button.
blind("e11.txt", """温馨提示：
1、本文档共5页，可免费预览3页，如需完整阅读请下载。
2、文档内容为用户上传，平台不对内容的准确性负责。
3、如有侵权，请联系客服处理。
市城管局在全市创文迎检工作会议上的表态发言
尊敬的各位领导，同志们：
　　全国文明城市测评即将开始，XX市创文工作进入了冲刺阶段。城市管理是创文测评的重要内容，城管局的工作直接关系到全市的测评成绩。在这里，我代表市城管局表态如下：
　　一是全力抓好市容秩序。从即日起，全局执法人员取消休假，实行全天候巡查，对主次干道的占道经营、店外经营和乱贴乱画现象发现一起、查处一起，确保测评期间主要路段不出现明显问题。
　　二是全力抓好环境卫生。对城区所有公厕实行专人保洁，做到无异味、无积水；对垃圾收集点实行每日两次清运，做到垃圾不落地、不外溢。
　　三是全力抓好户外广告整治。对破损、褪色的户外广告和门头招牌进行全面清理，统一更换为创文公益广告……
免费预览已结束，剩余2页可下载查看
下载文档到电脑，方便使用
""",
      speeches=[sp("市城管局在全市创文迎检工作会议上的表态发言", "表态发言", "市", masked=True, truncated=True,
                   min_paras=4)],
      junk=["温馨提示", "本文档共5页", "平台不对内容的准确性负责", "联系客服", "免费预览已结束", "下载文档到电脑"],
      kept=["城市管理是创文测评的重要内容，城管局的工作直接关系到全市的测评成绩。",
            "二是全力抓好环境卫生。对城区所有公厕实行专人保洁，做到无异味、无积水；对垃圾收集点实行每日两次清运，做到垃圾不落地、不外溢。"],
      **B14)

# e12 — a Traditional mirror of a 领导讲话 page (Big5 txt copy; Big5 has no room for pinyin marks): the
# mirror's name, the title, a 發佈時間 line, a district head's 创文 动员 speech with the name and
# date under the title, and the mirror's 上一篇/下一篇 links.
blind("e12.txt", """华文资讯网
在永定区创建全国文明城市动员大会上的讲话
发布时间：2023-02-20 15:30
区长　黄志远
（2023年2月17日）
同志们：
　　今天区委、区政府召开创建全国文明城市动员大会，主要是贯彻市里的部署，动员全区上下迅速行动起来，为龙岩创建全国文明城市作出永定的贡献。刚才，区委宣传部通报了创建工作方案，各乡镇和区直部门签订了责任书。下面，我讲几点意见。
　　第一，要认清形势。龙岩已经进入全国文明城市提名城市行列，今年将迎来第一次年度测评。永定区的城区是测评的重要区域，土楼景区是外地游客来龙岩的必到之处，我们的工作做得好不好，直接影响全市的测评成绩。
　　第二，要突出重点。要重点抓好城区的交通秩序、农贸市场和背街小巷，抓好景区的服务质量和文明旅游，抓好社区的志愿服务和未成年人思想道德建设。每一项工作都要明确牵头单位和完成时限。
　　第三，要加强督查。区创建办要组建专门的督查组，每周对各单位的工作进行一次暗访，暗访结果在全区通报。对工作不力、影响测评成绩的，要严肃追责。
　　同志们，创建全国文明城市是一项长期任务。希望大家以高度的责任感和使命感，扎扎实实做好每一项工作。
上一篇：永定区召开春季爱国卫生运动部署会
下一篇：区政府常务会议研究城区停车管理工作
""", enc="big5", trad="s2tw",
      published="2023-02-20",
      speeches=[sp("在永定区创建全国文明城市动员大会上的讲话", "讲话", "区", ("福建省", "龙岩市", "永定区"),
                   date="2023-02-17", speaker=["黄志远", "区长黄志远"], min_paras=5)],
      junk=["华文资讯网", "发布时间", "上一篇", "下一篇", "区政府常务会议研究城区停车管理工作"],
      kept=["龙岩已经进入全国文明城市提名城市行列，今年将迎来第一次年度测评。",
            "每一项工作都要明确牵头单位和完成时限。",
            "区创建办要组建专门的督查组，每周对各单位的工作进行一次暗访，暗访结果在全区通报。"],
      **B14)

# e13 — a city government's 领导讲话 column (HTML): a nav and a left column list of the column's
# other speeches, the title, a line with the speaker's post and name and the date, a 字号 大 中 小
# row, the city secretary's 创文 总结 and 再动员 speech, 分享到, and the footer.
blind("e13.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>六安市人民政府 领导讲话</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<header><nav>首页 政务公开 政务服务 政民互动 数据开放 走进六安</nav></header>
<aside><h4>领导讲话</h4><ul>
<li>在全市安全生产工作会议上的讲话</li>
<li>在全市优化营商环境大会上的讲话</li>
<li>在全市防汛抗旱工作会议上的讲话</li>
</ul></aside>
<main>
<h1>在全市创建全国文明城市工作总结暨再动员大会上的讲话</h1>
<p class="sub">市委书记　周海峰　2022-08-03</p>
<p class="size">字号：大 中 小</p>
<p>同志们：</p>
<p>今天召开全市创建全国文明城市工作总结暨再动员大会，一方面是总结上一阶段的创建工作，表彰先进；另一方面是针对新一轮测评的要求，对下一步工作再动员、再部署。</p>
<p>过去一年，全市上下齐心协力，创建工作取得了明显成效。在去年的年度测评中，六安的成绩比前一年提高了六个名次，城区新增停车泊位四千多个，改造老旧小区五十六个，注册志愿者人数突破了三十万。这些成绩的取得，凝聚着全市广大干部群众的心血和汗水。</p>
<p>成绩值得肯定，问题也不容忽视。从测评反馈看，我们在未成年人思想道德建设、公共场所文明秩序和网络文明建设等方面失分较多；一些地方和部门存在迎检时紧、平时松的现象，问题反弹比较严重。</p>
<p>下一步，要在三个方面下功夫。一要在常态长效上下功夫，把创建要求融入城市管理的日常工作，建立问题发现、交办、整改、复查的闭环机制。二要在为民惠民上下功夫，多办群众看得见、摸得着的实事，让群众在创建中得到实惠。三要在全民参与上下功夫，深入开展文明家庭、文明社区评选，引导市民自觉做文明的践行者。</p>
<p>同志们，创建全国文明城市没有休止符。希望大家再接再厉，以更高的标准、更实的举措，推动全市创建工作再上新台阶。</p>
<p class="share">分享到：微信 微博 QQ空间</p>
</main>
<footer>主办：六安市人民政府办公室　承办：六安市数据资源管理局　网站标识码3415000002　皖公网安备34150202000123号</footer>
</body></html>
""",
      speeches=[sp("在全市创建全国文明城市工作总结暨再动员大会上的讲话", "讲话", "市", ("安徽省", "六安市", None),
                   date="2022-08-03", speaker=["周海峰", "市委书记周海峰"], min_paras=5)],
      junk=["政民互动", "在全市安全生产工作会议上的讲话", "在全市优化营商环境大会上的讲话", "字号", "分享到",
            "网站标识码", "皖公网安备"],
      kept=["在去年的年度测评中，六安的成绩比前一年提高了六个名次，城区新增停车泊位四千多个，改造老旧小区五十六个，注册志愿者人数突破了三十万。",
            "一些地方和部门存在迎检时紧、平时松的现象，问题反弹比较严重。",
            "同志们，创建全国文明城市没有休止符。"],
      **B14)

# e14 — a Word file's text (txt copy): a 内部资料 注意保存 mark, a running head naming the county
# government office, the title, the deputy county head's name and a Chinese-numeral date, a
# 创卫 复审 迎检 speech, field-code debris (PAGE, HYPERLINK), form feeds and "- 2 -" page numbers.
blind("e14.txt", """内部资料　注意保存
光山县人民政府办公室
在全县国家卫生县城复审迎检工作会议上的讲话
副县长　许文杰
二〇二一年六月十日
同志们：
　　这次会议的主要任务是，对国家卫生县城复审迎检工作进行再动员、再部署。光山是二〇一七年获评国家卫生县城的，按照规定，今年要接受国家的复审。复审的结果直接关系到这块牌子能不能保得住，大家一定要高度重视。
　　从近期县爱卫办组织的几轮暗访看，我县的复审准备工作还存在不少问题。城关镇和紫水街道的部分背街小巷垃圾清运不及时，有的地方积存垃圾好几天没人管；县城两个农贸市场的活禽宰杀区没有实行隔离，污水直排；部分公共场所的控烟标识不全，室内吸烟现象依然存在。
\f- 2 -
光山县人民政府办公室
　　针对这些问题，我提几点要求。第一，各单位要立即开展一次全面自查，对照复审标准逐条核对，发现问题立即整改。第二，县市场监管局要牵头抓好农贸市场和餐饮单位的整治，七月底前必须全部达标。第三，县卫健委要抓好控烟和健康教育工作，所有公共场所都要张贴禁烟标识，设立健康教育宣传栏。第四，县委督查室、县政府督查室要组成联合督查组，每周对各单位的整改情况进行一次督查，督查结果报县委、县政府主要领导。
　　同志们，复审迎检时间紧、任务重，大家要以对全县人民高度负责的态度，扎扎实实抓好每一项工作，确保顺利通过国家卫生县城复审。{ PAGE }
HYPERLINK "http://www.guangshan.gov.cn"
\f- 3 -
""",
      speeches=[sp("在全县国家卫生县城复审迎检工作会议上的讲话", "讲话", "县", ("河南省", "信阳市", "光山县"),
                   date="2021-06-10", speaker=["许文杰", "副县长许文杰"], min_paras=4)],
      junk=["内部资料", "光山县人民政府办公室", "- 2 -", "- 3 -", "{ PAGE }", "HYPERLINK"],
      kept=["复审的结果直接关系到这块牌子能不能保得住，大家一定要高度重视。",
            "县城两个农贸市场的活禽宰杀区没有实行隔离，污水直排；部分公共场所的控烟标识不全，室内吸烟现象依然存在。",
            "第二，县市场监管局要牵头抓好农贸市场和餐饮单位的整治，七月底前必须全部达标。",
            "确保顺利通过国家卫生县城复审。"],
      **B14)

# e15 — an OCR'd copy of a scanned meeting booklet (GBK txt): a town's pledge at the county 创文
# meeting under a 材料之三 label, scan specks (·, 丨, a stray 「) at line ends, a misread "一l一"
# page mark, lines broken where the scan's lines ended, and the booklet's 会务组 footer.
blind("e15.txt", """材料之三
博望镇在全县创建全国文明城市推进大会上的表态发言
尊敬的各位领导、同志们：·
　　全县创建全国文明城市推进大会召开以后，镇党委、镇政府第一时间召开会议，传达学习会
议精神，研究落实措施。博望镇是城固县的东大门，国道穿镇而过，镇容镇貌是外来客人对城固的
第一印象。我们深感责任重大。在此，我代表博望镇党委、镇政府作如下表态：丨
　　一是迅速整治集镇环境。一个月内完成国道沿线的立面整治和绿化补植，取缔集镇主街的
占道经营，规范农贸市场的摊位秩序。
一l一
　　二是全面推进移风易俗。各村修订完善村规民约，成立红白理事会，坚决遏制大操大办和
高价彩礼，让文明新风在乡村落地生根。「
　　三是广泛开展志愿服务。镇村两级组建十二支志愿服务队，每周开展一次环境卫生整治和
文明劝导活动，让群众成为创建的主力军。
　　请各位领导放心，博望镇一定以最坚决的态度、最有力的措施，确保各项创建任务按时完成！
（大会会务组印）
""", enc="gbk",
      speeches=[sp("博望镇在全县创建全国文明城市推进大会上的表态发言", "表态发言", "县",
                   ("陕西省", "汉中市", "城固县"), min_paras=4)],
      junk=["材料之三", "一l一", "会务组", "re:·$", "re:丨$", "re:「$"],
      kept=["博望镇是城固县的东大门，国道穿镇而过，镇容镇貌是外来客人对城固的第一印象。",
            "各村修订完善村规民约，成立红白理事会，坚决遏制大操大办和高价彩礼，让文明新风在乡村落地生根。",
            "请各位领导放心，博望镇一定以最坚决的态度、最有力的措施，确保各项创建任务按时完成！"],
      **B14)

# e16 — a 公文 site's page printed twice (txt copy): the site's breadcrumb, the title, 时间/作者/
# 点击 line, a town's 创卫 speech, then the site's "全文阅读" button and the same text again
# (the page's collapsed and expanded views both saved), and the 上一篇 link.
_E16 = """同志们：
　　今天召开全镇巩固国家卫生乡镇成果工作会议，主要是通报上半年全镇环境卫生检查情况，安排下半年的巩卫工作。范村镇去年被命名为国家卫生乡镇，这是全镇干部群众共同努力的结果，也是一份沉甸甸的责任。
　　上半年，县里组织了两次巩卫暗访，我们镇的成绩都排在全区乡镇的前列，但也有扣分项。一是集镇的两座公厕保洁不到位，地面有积水；二是部分村的垃圾收集点清运不及时；三是个别餐饮店的健康证过期没有及时办理。
　　下半年，各村、各站所要重点抓好三件事。第一，把保洁队伍管起来，集镇和各村的保洁员实行定岗定责，镇里每周考核一次。第二，把重点场所盯起来，农贸市场、学校食堂、餐饮店是巩卫的重点，镇市场监管所要每月检查一遍。第三，把群众发动起来，每月最后一个周五定为全镇环境卫生日，镇村干部带头参加清扫。
　　同志们，国家卫生乡镇的牌子来之不易，我们一定要倍加珍惜，确保明年复审顺利通过。
"""
blind("e16.txt", "公文汇编网 > 领导讲话 > 乡镇讲话\n在全镇巩固国家卫生乡镇成果工作会议上的讲话\n"
      "时间：2023-07-25　作者：佚名　点击：386次\n" + _E16 + "全文阅读\n" + _E16
      + "上一篇：在全镇秋季防汛工作会议上的讲话\n",
      published="2023-07-25",
      speeches=[sp("在全镇巩固国家卫生乡镇成果工作会议上的讲话", "讲话", "乡镇", min_paras=4)],
      junk=["公文汇编网", "乡镇讲话", "作者：佚名", "点击：386次", "全文阅读", "上一篇", "在全镇秋季防汛工作会议上的讲话"],
      kept=["范村镇去年被命名为国家卫生乡镇，这是全镇干部群众共同努力的结果，也是一份沉甸甸的责任。",
            "第三，把群众发动起来，每月最后一个周五定为全镇环境卫生日，镇村干部带头参加清扫。",
            "同志们，国家卫生乡镇的牌子来之不易，我们一定要倍加珍惜，确保明年复审顺利通过。"],
      **B14)

# e17 — a provincial 文明网 page (HTML): a script in the head, a logo and nav, a breadcrumb, the
# headline, 来源/作者/时间 line, a provincial 文明城市创建 推进会 report with the propaganda chief
# speaking, a 【纠错】 link, an 扫一扫 block and the footer.
blind("e17.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>全省文明城市创建工作推进会在郑州召开-河南文明网</title>
<script type="text/javascript">document.write('<div id="share"></div>');</script>
</head><body>
<div class="logo">河南文明网　wenming.cn</div>
<div class="menu">首页 | 文明动态 | 文明创建 | 志愿服务 | 身边好人 | 网络文明传播</div>
<div class="location">您的位置：首页 &gt; 文明动态 &gt; 省内动态</div>
<h1>全省文明城市创建工作推进会在郑州召开</h1>
<div class="msg">来源：河南省文明办　作者：宋佳　时间：2024-06-28 17:05:12</div>
<div class="content">
<p>6月27日，全省文明城市创建工作推进会在郑州召开。省委常委、宣传部部长许正阳出席会议并讲话。</p>
<p>会议总结了近年来全省文明城市创建工作，通报了2023年度全省文明城市测评结果，洛阳、许昌、济源等地作了交流发言。</p>
<p>许正阳指出，文明城市创建是提升城市治理水平、满足人民美好生活需要的重要抓手。全省已有一批城市获得全国文明城市称号，但各地发展还不平衡，一些城市存在重硬件轻软件、重迎检轻常态的问题。</p>
<p>许正阳强调，各地要坚持创建为民、创建惠民，把群众满意作为检验创建成效的根本标准；要坚持常态长效，把创建要求融入城市规划、建设、管理的全过程；要坚持全域创建，推动文明城市与文明村镇、文明单位、文明家庭、文明校园创建一体推进。</p>
<p>各省辖市、济源示范区党委宣传部部长、文明办主任参加会议。</p>
</div>
<div class="jc">【纠错】</div>
<div class="ewm">扫一扫在手机打开当前页</div>
<div class="footer">河南省精神文明建设指导委员会办公室主办　豫ICP备09017893号</div>
</body></html>
""",
      published="2024-06-28",
      speeches=[sp("全省文明城市创建工作推进会在郑州召开", "会议报道", "省", ("河南省", None, None),
                   speaker=["省委常委、宣传部部长许正阳", "宣传部部长许正阳", "许正阳"], min_paras=4)],
      junk=["河南文明网", "wenming.cn", "身边好人", "您的位置", "作者：宋佳", "【纠错】", "扫一扫在手机打开当前页",
            "豫ICP备09017893号", "document.write"],
      kept=["会议总结了近年来全省文明城市创建工作，通报了2023年度全省文明城市测评结果，洛阳、许昌、济源等地作了交流发言。",
            "要坚持常态长效，把创建要求融入城市规划、建设、管理的全过程",
            "各省辖市、济源示范区党委宣传部部长、文明办主任参加会议。"],
      **B14)

# e18 — a county's 讲话汇编 (txt copy of a Word file): the booklet's cover lines and a 目录 with
# page numbers, then the county secretary's and the county head's speeches at one 创卫 动员
# meeting, each under its own title, name line and date line.
blind("e18.txt", """陆良县创建国家卫生县城动员大会
领导讲话汇编
陆良县爱国卫生运动委员会办公室
2020年4月
目　录
在全县创建国家卫生县城动员大会上的讲话（何振华）…………1
在全县创建国家卫生县城动员大会上的讲话（杨秀梅）…………6
在全县创建国家卫生县城动员大会上的讲话
县委书记　何振华
（2020年4月9日）
同志们：
　　县委、县政府决定，从今年起全面启动国家卫生县城创建工作，力争用三年时间把陆良建成国家卫生县城。今天召开这个大会，就是要动员全县上下统一思想、坚定信心，打好创卫这场硬仗。
　　为什么要创卫？一是群众有期盼。这几年县城发展很快，但环境卫生跟不上，群众意见很大。二是发展有需要。好的环境就是好的营商环境，创卫是提升县城品位、吸引投资的重要抓手。三是上级有要求。全市已有三个县获评国家卫生县城，我们不能落在后面。
　　创卫是一把手工程。各乡镇、各部门的主要负责同志是第一责任人，要亲自研究、亲自部署、亲自督办。县委将把创卫工作纳入年度目标考核，考核结果作为干部评价使用的重要依据。
　　同志们，创卫的号角已经吹响。希望大家以只争朝夕的精神，确保三年创卫目标如期实现。
在全县创建国家卫生县城动员大会上的讲话
县委副书记、县长　杨秀梅
（2020年4月9日）
同志们：
　　刚才，振华书记作了重要讲话，对创卫工作提出了明确要求，大家要认真抓好落实。下面，我就创卫的具体工作讲几点意见。
　　一、抓好基础设施建设。今年要完成县城污水管网改造二十公里，新建垃圾中转站四座、公厕十二座，启动生活垃圾焚烧发电项目的前期工作。
　　二、抓好市容环境整治。集中整治县城的占道经营、乱停乱放和违章搭建，对主次干道实行机械化清扫和定时洒水，背街小巷实行专人保洁。
　　三、抓好重点场所管理。对农贸市场、餐饮店、宾馆、理发店等公共场所开展全面整治，建立卫生管理档案，做到一户一档。
　　四、抓好健康教育和病媒生物防制。在学校、社区、机关广泛开展健康教育，每年春秋两季组织全县统一的灭鼠灭蚊活动。
　　同志们，创卫任务艰巨，责任重大。各乡镇、各部门要按照职责分工，主动作为，密切配合，确保创卫各项任务落到实处。
""",
      speeches=[sp("在全县创建国家卫生县城动员大会上的讲话", "讲话", "县", ("云南省", "曲靖市", "陆良县"),
                   date="2020-04-09", speaker=["何振华", "县委书记何振华"], min_paras=4),
                sp("在全县创建国家卫生县城动员大会上的讲话", "讲话", "县", ("云南省", "曲靖市", "陆良县"),
                   date="2020-04-09", speaker=["杨秀梅", "县长杨秀梅", "县委副书记、县长杨秀梅"], min_paras=5)],
      junk=["领导讲话汇编", "陆良县爱国卫生运动委员会办公室", "目　录", "（何振华）…………1", "（杨秀梅）…………6"],
      kept=["县委、县政府决定，从今年起全面启动国家卫生县城创建工作，力争用三年时间把陆良建成国家卫生县城。",
            "创卫是一把手工程。",
            "刚才，振华书记作了重要讲话，对创卫工作提出了明确要求，大家要认真抓好落实。",
            "三、抓好重点场所管理。对农贸市场、餐饮店、宾馆、理发店等公共场所开展全面整治，建立卫生管理档案，做到一户一档。"],
      **B14)

# e19 — a city media centre's page (txt copy): the centre's name, a report of the city 创卫 动员
# meeting with the mayor speaking, then "附：讲话全文" and the mayor's full speech with its own
# title; the centre's 编辑/校对/审核 line and 版权所有 at the end.
blind("e19.txt", """绥化融媒
绥化市召开创建国家卫生城市动员大会
发布时间：2022-04-22 18:30
4月21日，绥化市召开创建国家卫生城市动员大会，市委副书记、市长孙立新出席会议并讲话。市领导王海鹏、高丽华出席会议。
会上，市爱卫办负责同志解读了创建国家卫生城市实施方案，北林区、市城管局作了表态发言。
孙立新指出，创建国家卫生城市是改善人居环境、增进民生福祉的重要举措。全市上下要统一思想、鼓足干劲，以创卫为抓手全面提升城市管理水平。
附：讲话全文
在全市创建国家卫生城市动员大会上的讲话
同志们：
　　市委、市政府决定启动国家卫生城市创建工作，今天召开动员大会，对创卫工作进行全面部署。绥化是农业大市，城市基础设施欠账较多，创卫的难度不小，但我们有决心、有信心把这件事办好。
　　创卫要从群众最关心的事情做起。一是解决好城区的污水问题，今年完成老城区雨污分流改造；二是解决好垃圾问题，实现城区生活垃圾日产日清；三是解决好农贸市场脏乱问题，年内完成五个农贸市场的改造升级。
　　创卫要靠全市上下共同努力。各区要履行属地责任，市直各部门要履行行业责任，广大市民要从自身做起、从身边小事做起，共同维护城市环境。
　　同志们，创卫是一项民心工程。希望大家以时不我待的紧迫感，扎实推进各项工作，为建设美丽绥化作出新的贡献。
编辑：刘畅　校对：王璐　审核：赵刚
绥化融媒版权所有，未经授权不得转载
""",
      published="2022-04-22",
      speeches=[sp("绥化市召开创建国家卫生城市动员大会", "会议报道", "市", ("黑龙江省", "绥化市", None),
                   speaker=["市委副书记、市长孙立新", "市长孙立新", "孙立新"], min_paras=3),
                sp("在全市创建国家卫生城市动员大会上的讲话", "讲话", "市", ("黑龙江省", "绥化市", None),
                   date="2022-04-21", speaker=["孙立新", "市长孙立新", "市委副书记、市长孙立新"], min_paras=4)],
      junk=["绥化融媒", "发布时间", "附：讲话全文", "编辑：刘畅", "审核：赵刚", "版权所有"],
      kept=["会上，市爱卫办负责同志解读了创建国家卫生城市实施方案，北林区、市城管局作了表态发言。",
            "绥化是农业大市，城市基础设施欠账较多，创卫的难度不小，但我们有决心、有信心把这件事办好。",
            "创卫要靠全市上下共同努力。"],
      **B14)

# e20 — a 文秘 members' site (txt copy): the site's name and 会员中心 menu, the title, a masked
# town's 创文 speech (**镇, ×××同志), cut by "以下内容为VIP会员可见" and the 开通会员 button.
blind("e20.txt", """笔友文秘网　首页｜讲话稿｜工作总结｜会员中心｜登录
镇党委书记在全镇创建文明城市工作会议上的讲话
同志们：
　　全县创建全国文明城市动员大会召开后，**镇党委、镇政府立即研究了贯彻落实意见。今天召开全镇创建工作会议，主要是把县里的任务分解到各村、各站所。刚才，×××同志宣读了全镇创建工作方案，我完全同意。
　　**镇紧邻县城，是县城的南大门，集镇的环境直接影响县城的形象。近年来，我们在集镇建设上投入不少，但群众反映的问题还不少：集镇主街的摊点占道经营，赶集日交通堵塞；一些村的垃圾池清运不及时，污水沟臭气熏天；村里大操大办的风气还没有根本扭转。
　　下面，我讲三点意见。一是要高度重视。各村支部书记是本村创建的第一责任人，要亲自抓、负总责……
以下内容为VIP会员可见，开通会员即可查看全文
开通会员　立即登录
""",
      speeches=[sp("镇党委书记在全镇创建文明城市工作会议上的讲话", "讲话", "乡镇", masked=True, truncated=True,
                   speaker=["镇党委书记"])],
      junk=["笔友文秘网", "会员中心", "以下内容为VIP会员可见", "开通会员", "立即登录"],
      kept=["**镇紧邻县城，是县城的南大门，集镇的环境直接影响县城的形象。",
            "刚才，×××同志宣读了全镇创建工作方案，我完全同意。"],
      **B14)



# --- eleventh blind batch (batch 15, part "blind-11"): 20 pages i01..i20, each modelled on the SHAPE
# of a different real page read through the search tool's page corpus, favouring the 创文/创卫 kinds
# the earlier batches covered least: 总结表彰大会 and 挂牌仪式 speeches, 誓师大会 and 测评冲刺 speeches,
# 领导小组 meetings, 点评 at a 观摩会, a community's meeting, 致辞 at a volunteer event, pledges of a
# school, a hospital and a market, news reports with several speaking officials; document viewers
# (a breadcrumb and file number glued to the text, numbered 温馨提示, a cover title a word a line),
# 公文/文秘 member sites with an opening or a closing cut, a host's script around a speech, Word
# files with page heads and a pledge after the speech, a PDF bulletin's running heads, an OCR copy,
# WeChat and portal copies, Traditional mirrors (big5, pinyin after characters, doubled commas),
# a forum thread with jammers: 15 speeches, 4 meeting reports, 3 units' pledges, 3 pages holding
# several pieces. Every sentence was written for this project. Written without looking at the
# rules in build_tools/ and measured once; nobody tunes rules on it.
B15 = dict(batch=15)

# i01 — a document-sharing site's page (txt copy): a welcome line, a breadcrumb ending in the title
# glued to the site's unrelated search phrase, then "编号:" + number, the title, a masked date
# (202X/X/XX), the title again and a dated heading all glued to the text on one line; a masked
# city's 观摩会 点评 speech; the site's download bar after it.
blind("i01.txt", "您好，欢迎访问七彩文档\n"
      "当前位置：首页 > 办公文档 > 组织学习教育 > 在全市创建文明城市工作现场观摩会上的点评讲话怎样才能创建文明城市\n"
      "编号：538217760在全市创建文明城市工作现场观摩会上的点评讲话202X/X/XX在全市创建文明城市工作现场观摩会上的点评讲话"
      "（2022年9月16日）同志们：今天上午，我们用了大半天时间，先后看了两个城区、一个开发区的八个点位，"
      "听了各县区的情况汇报，总体感觉是各地都动了真格，但进度不一、成色不同。下面，我结合看到的情况，作个点评，再提几点要求。"
      "一、看到的亮点值得肯定。东城区把背街小巷的改造和老旧小区的改造打捆推进，一条巷子一个方案，群众参与设计，"
      "改完之后居民自己定了公约，这个做法好，既改了面貌，又聚了人心。西城区的农贸市场实行了“红黑榜”，每周公布一次摊位卫生评比结果，"
      "上了黑榜的摊主要参加一次培训，市场秩序明显好转。开发区把企业的文明单位创建和园区的环境整治结合起来，"
      "厂区门口不再有乱停乱放，这是以前没有过的。二、看到的问题必须正视。有的点位是临时突击出来的，"
      "花坛里的花是昨天刚摆的，墙上的公益广告是前天才贴的，群众一看就知道是为了迎接观摩。这种做法要不得，"
      "测评组不会只看我们安排的路线。有的社区新时代文明实践站门上挂着牌子，里面却堆满了杂物，志愿服务记录一片空白。"
      "还有的路口，交通协管员只在上午观摩时段站岗，下午就没人了。三、下一步要在常态上下功夫。"
      "XX市距离年度测评只剩两个多月，各县区要把观摩中发现的问题列成清单，十天内报市创建办，"
      "市创建办要逐项跟踪销号。各县区主要负责同志要亲自带队暗访，不打招呼、不定路线，白天看、晚上也看。"
      "市里下个月还要组织一次交叉观摩，排名靠后的县区，主要负责同志要在全市大会上作表态发言。"
      "同志们，观摩不是比谁的盆景摆得好，而是比谁的常态管得好。希望大家以这次观摩为起点，把创建工作做到平时、做到细处。\n"
      "下载文档　收藏　分享　举报\n本文档由七彩文档用户上传，仅供在线阅读\n",
      speeches=[sp("在全市创建文明城市工作现场观摩会上的点评讲话", "讲话", "市", date="2022-09-16", masked=True)],
      junk=["七彩文档", "当前位置", "办公文档", "组织学习教育", "怎样才能创建文明城市", "编号", "538217760", "202X/X/XX",
            "下载文档", "仅供在线阅读"],
      kept=["总体感觉是各地都动了真格，但进度不一、成色不同。",
            "这种做法要不得，测评组不会只看我们安排的路线。",
            "同志们，观摩不是比谁的盆景摆得好，而是比谁的常态管得好。"],
      **B15)

# i02 — a 公文 member site's page (txt copy): the site's promotion line, the title, an ellipsis
# note that the opening (so many characters) is left out for non-members, a masked district's
# 测评誓师大会 speech (x区, x同志), its closing cut by a "此处省略…全文需开通会员" note.
blind("i02.txt", "笔杆子公文库｜写材料，就上笔杆子　立即开通\n"
      "全区决战全国文明城市测评誓师大会讲话\n"
      "……（开头部分已省略172字）\n"
      "今年的测评与往年不同，时间更紧、标准更细、要求更严。一是今年是本轮创建周期的收官之年，测评成绩直接决定我们能不能拿到这块牌子；"
      "二是区委全会把创文列为全年必须交好的三张答卷之一，说出去的话就要兑现；三是前段时间受汛期影响，部分整改任务滞后，"
      "必须把耽误的时间抢回来。按照往年的规律，实地测评一般在九月中下旬进行，距离现在只有五十天左右。\n"
      "刚才，x同志宣读了决战测评五十天行动方案，六个街道和区城管局、区住建局作了表态发言，签订了责任状。"
      "大家讲得很提气，我听了很受鼓舞。今天这个誓师大会，就是全区创文队伍的一次集结，也是向测评发起总攻的出征令。"
      "下面，我讲三个方面的意见。\n"
      "一、绷紧决战之弦，坚定创则必成的信心\n"
      "x区创文已经走过了六个年头，城市面貌发生了很大变化，但我们的测评排名一直在中游徘徊，差的就是最后一口气。"
      "这次如果松劲，前面几年的努力就可能付诸东流。全区上下要把每一天都当作测评日，把每一个点位都当作考场。\n"
      "二、聚焦失分之处，打好短板攻坚战\n"
      "根据去年测评反馈，我区失分最多的是农贸市场、背街小巷、公益广告和未成年人思想道德建设四项。"
      "各街道要对照反馈问题，一个点位一个点位地过，能当天改的当天改，需要投入的列出清单报区创建办，区财政优先保障。"
      "区教育局要把校园周边二百米范围作为重点，流动摊贩、黑网吧、噪声扰民要一并清理。"
      "区城管局要把背街小巷的保洁延长到晚上十点，确保夜间巡查也能经得起看。\n"
      "三、压实各级责任，形成全员参战格局\n"
      "区级领导每人包一个街道，每周至少下沉一次；区直部门一把手要带头上街巡查，发现问题现场交办。"
      "区纪委监委要全程跟进督查，对推诿扯皮、敷衍应付造成失分的，\n"
      "（此处省略2350字，全文需开通会员后查看）\n"
      "开通会员　单篇购买　客服微信：bgz_gw\n",
      speeches=[sp("全区决战全国文明城市测评誓师大会讲话", "讲话", "区", masked=True, truncated=True, min_paras=5)],
      junk=["笔杆子公文库", "立即开通", "开头部分已省略", "此处省略", "开通会员", "单篇购买", "bgz_gw"],
      kept=["今天这个誓师大会，就是全区创文队伍的一次集结，也是向测评发起总攻的出征令。",
            "这次如果松劲，前面几年的努力就可能付诸东流。",
            "区城管局要把背街小巷的保洁延长到晚上十点，确保夜间巡查也能经得起看。"],
      **B15)

# i03 — a 公文 site's 范文 page (txt copy) holding two samples under one heading: the site's
# promotion line, the heading printed twice, then "（一）：" and "（二）：" each opening a speech
# (a city's 全国文明城市 表彰大会, a county's 国家卫生县城 总结表彰会), the site's next/previous
# links after them.
blind("i03.txt", "公文助手，机关材料写作好帮手！ 立即体验\n\n"
      "创建表彰会议讲话\n\n创建表彰会议讲话\n\n"
      "（一）：\n\n同志们：\n\n"
      "上个月，在全国精神文明建设表彰大会上，泰州正式跻身全国文明城市行列。这块牌子，我们整整追了九年。"
      "今天，市委、市政府召开全市创建全国文明城市表彰大会，就是要和大家一起分享这份荣誉，表彰在创建中作出突出贡献的集体和个人，"
      "动员全市上下在新的起点上把文明城市建设得更好。\n\n"
      "九年来，全市上下一年接着一年干，城市面貌和市民素质都有了很大提升。老城区的三百多条背街小巷全部完成了改造，"
      "八十多个农贸市场实现了标准化管理，公交站台、公共厕所、停车场这些群众天天用得着的设施一个个建了起来。"
      "更重要的是，排队、礼让、不乱扔垃圾，渐渐成了很多市民的习惯。\n\n"
      "这块牌子是干出来的，也是全市人民一起拼出来的。在这里，我代表市委、市政府，向受到表彰的先进集体和先进个人表示热烈的祝贺，"
      "向奋战在创建一线的环卫工人、交通协管员、志愿者和社区工作者表示衷心的感谢！\n\n"
      "拿到牌子不是终点。全国文明城市每三年复查一次，复查不合格的要摘牌。各地各部门要把创建中形成的好机制坚持下去，"
      "不能拿到牌子就松口气。市创建办要尽快拿出长效管理办法，明确每一项指标的责任单位，做到管理常态化。\n\n"
      "同志们，让我们珍惜荣誉、再接再厉，让泰州这座城市更加文明、更加美好！\n\n"
      "（二）：\n\n同志们：\n\n"
      "今天，我们召开全县创建国家卫生县城总结表彰会，主要是总结创卫经验，表彰先进，部署巩固提升工作。"
      "经过三年的努力，我县顺利通过了国家卫生县城技术评估，正式获得命名。这是全县干部群众共同奋斗的结果。\n\n"
      "三年来，我们改造了县城全部十二个农贸市场，新建和改建公共厕所四十六座，县城生活垃圾无害化处理率达到百分之百。"
      "病媒生物防制从无到有，建立了专业队伍，鼠、蚊、蝇、蟑密度全部达到国家标准。这些成绩，来之不易。\n\n"
      "获得命名以后，我们面临的是更严格的复审。国家卫生县城实行动态管理，暗访随时都可能来。"
      "各乡镇和县直有关部门要把创卫期间建立的门前三包、日常保洁、定期消杀等制度坚持下去，县爱卫办每季度组织一次暗访，结果全县通报。\n\n"
      "同志们，牌子拿到了，担子更重了。希望受到表彰的单位和个人珍惜荣誉，继续发挥示范带动作用，把我县的卫生工作提高到一个新的水平。\n\n"
      "上一篇：创建工作推进会主持词\n下一篇：文明单位创建工作总结\n",
      speeches=[sp("创建表彰会议讲话", "讲话", "市", ("江苏省", "泰州市", None), min_paras=5),
                sp("创建表彰会议讲话", "讲话", "县", min_paras=4)],
      junk=["公文助手", "立即体验", "re:^（[一二]）：", "上一篇", "下一篇", "文明单位创建工作总结"],
      kept=["这块牌子，我们整整追了九年。",
            "全国文明城市每三年复查一次，复查不合格的要摘牌。",
            "国家卫生县城实行动态管理，暗访随时都可能来。",
            "同志们，牌子拿到了，担子更重了。"],
      **B15)

# i04 — a Traditional mirror of a 范文 page (txt copy) whose converter left the pinyin of many
# characters in brackets after them; the title, a "发布时间/来源/点击" line, a masked county's
# 全国文明城市挂牌仪式 致辞 (X县, 201X年, X同志).
blind("i04.txt", """在全国文明城市挂牌仪式上的致辞
发布时间:2021-01-08 来源: 讲话稿 点击:
同志们，居民朋友们：
今天，我们在这里举行全国文明城市授牌挂牌仪式，和全县人民一起分享这份迟来而又实至名归的荣誉。从201X年提出创建全国县级文明城市，到今天把牌子挂上县委、县政府的大门，我们走了整整八年。
八年里，我们经历过测评排名的起起落落，也经历过被点名通报的难堪。最难的时候，有人说县城底子薄、财力弱，创不成。但全县干部群众没有放弃，一条街一条街地改，一个小区一个小区地管，终于在这次测评中名列全国县级城市第X位。
这块牌子属于每一个为创建流过汗的人。属于凌晨四点就上街清扫的环卫工人，属于在路口一站就是一天的交通志愿者，属于挨家挨户讲政策的社区干部，也属于每一位自觉排队、主动让座、不乱扔垃圾的普通市民。在此，我代表县委、县政府，向大家表示最衷心的感谢！
挂牌只是新的起点。全国文明城市实行动态管理，三年一复查，每年还有年度测评。我们既要守住牌子，更要让牌子越擦越亮。各乡镇、各部门要把创建中形成的好做法固定下来，变成制度；要把群众反映最多的停车难、如厕难、买菜难继续抓好，让创建的成果更多惠及群众。
X同志在授牌时对我们提出了殷切希望，我们一定牢记嘱托，持续用力，把文明县城建设得更好。
谢谢大家！
""", trad="s2tw", pinyin=[("創建", "創(chuàng)建"), ("發布", "發(fā)布"), ("時間", "時(shí)間(jiān)"), ("來源", "來(lái)源"),
                           ("點擊", "點(diǎn)擊(jī)"), ("環衛", "環(huán)衛(wèi)"), ("測評", "測(cè)評"),
                           ("縣委", "縣(xiàn)委")],
      published="2021-01-08",
      speeches=[sp("在全国文明城市挂牌仪式上的致辞", "讲话", "县", masked=True, min_paras=5)],
      junk=["re:\\([a-z" + PINYIN_MARKS + "]+\\)", "发布时间", "来源: 讲话稿", "点击:"],
      kept=["八年里，我们经历过测评排名的起起落落，也经历过被点名通报的难堪。",
            "这块牌子属于每一个为创建流过汗的人。",
            "全国文明城市实行动态管理，三年一复查，每年还有年度测评。"],
      **B15)

# i05 — a document viewer's page (txt copy): four numbered 温馨提示 and a service number, the cover
# title printed a word or two a line with the year first, then the speech's own title and date; a
# district's 创文 领导小组 meeting speech.
blind("i05.txt", """温馨提示：
1. 部分包含数学公式或PPT动画的文件，查看预览时可能会显示错乱或异常，文件下载后无此问题，请放心下载。
2. 本文档由用户上传，版权归属用户，汇通文库负责整理代发布。如果您对本文档版权有争议请及时联系客服。
3. 下载前请仔细阅读文档内容，确认文档内容符合您的需求后进行下载。
4. 下载文档时可能由于网络波动等原因无法下载或下载错误，付费完成后未能成功下载的用户请联系客服处理。
网站客服：4007726315
2023
全国文明城区
创建
工作
领导小组
会议
讲话
在区创建全国文明城区工作领导小组第三次会议上的讲话
（2023年4月11日）
同志们：
今天召开区创建全国文明城区工作领导小组第三次会议，主要任务是听取一季度创建工作情况汇报，研究解决当前存在的突出问题，安排部署二季度重点任务。刚才，区委宣传部通报了一季度网上申报材料的审核情况，区创建办汇报了实地点位的自查情况，各位成员单位负责同志也作了发言，我都同意。
从一季度的情况看，新都区的创建工作总体是往前走的。全区六十三个实地点位已经完成第一轮整改，网上申报材料按时上报，未成年人思想道德建设的几项硬指标也有了明显进步。但问题同样突出：一是点位整改反弹快，上个月整改过的十几个小区，这个月复查又有一半出现了堆物和乱停车；二是部门之间推诿，比如占道经营，城管说是市场监管的事，市场监管说是街道的事，最后谁都没管；三是群众知晓率低，入户调查时，不少居民连我们在创什么都说不清楚。
针对这些问题，我提三点要求。
第一，领导小组成员单位要各负其责。每一项测评指标都已经明确了牵头单位和配合单位，牵头单位的主要负责同志就是第一责任人。二季度领导小组办公室每月对各单位的指标完成情况打分排名，排名情况报区委常委会。
第二，问题整改要建立台账、闭环管理。区创建办要把督查发现的问题全部录入台账，明确整改时限，到期由第三方复核，复核不过关的，重新交办并通报。
第三，宣传发动要进社区、进家庭。各街道要组织网格员入户，把测评的主要内容印成明白纸送到每家每户，让群众知道创建为了谁、需要大家做什么。
同志们，离今年的年度测评还有不到半年时间。希望领导小组各成员单位拿出更实的举措，确保二季度各项任务按时完成。
""",
      speeches=[sp("在区创建全国文明城区工作领导小组第三次会议上的讲话", "讲话", "区", ("四川省", "成都市", "新都区"),
                   date="2023-04-11", min_paras=6)],
      junk=["温馨提示", "查看预览时可能会显示错乱", "汇通文库", "请及时联系客服", "网站客服", "4007726315",
            "re:^领导小组$", "re:^2023$"],
      kept=["从一季度的情况看，新都区的创建工作总体是往前走的。",
            "最后谁都没管；三是群众知晓率低，入户调查时，不少居民连我们在创什么都说不清楚。",
            "第二，问题整改要建立台账、闭环管理。"],
      **B15)

# i06 — a document page (txt copy) of a Word file's text layer: the host's script of a city's 创文
# 推进大会 (现在开会, who attends, the agenda, 下面请…讲话) around the secretary's speech under its
# own title and name line; every quotation mark and some numbers stand on lines of their own.
blind("i06.txt", """同志们：
现在开会。
今年以来，市委、市政府把创建全国文明城市作为
“
一号工程
”
，先后召开了动员会和两次调度会。今天召开全市创建全国文明城市推进大会，主要任务是通报前段创建情况，对下一阶段攻坚任务进行再部署、再推进。
参加今天会议的有：市四套班子领导，各县（市、区）党政主要负责同志，市直各部门主要负责同志，共计
600
余人。
今天的会议共有三项议程。
首先，请市委常委、宣传部部长韩冬同志通报前段创建工作情况。
下面，请桥东区、市公安局、市城管局依次作表态发言。
下面，请市委书记孙立华同志讲话。
在全市创建全国文明城市推进大会上的讲话
孙立华
同志们：
刚才，韩冬同志通报了前段创建工作情况，三个单位作了表态发言，讲得都很好。下面，我讲几点意见。
一、正视差距，增强紧迫感。去年的年度测评，邢台在全国提名城市中排在中间偏后的位置，实地考察项目失分较多，问卷调查的满意度也不高。这个成绩，与全市人民的期待差距很大。今年是本届测评周期的最后一年，如果再不能进位，我们前面几年的工作就等于白干。
二、突出重点，打好攻坚战。要把
“
三城同创
”
的重点放在群众身边。老旧小区、农贸市场、背街小巷、城乡结合部，是测评组必去的地方，也是群众意见最集中的地方。各区要在九月底前完成全部老旧小区的环境整治，市场监管部门要推动农贸市场全部实现划行归市。要抓好交通秩序，重点路口实行全天候文明劝导，坚决整治闯红灯、乱停车。
三、压实责任，形成合力。市级领导要按照分包要求，每周至少到分包区域督导一次。各县（市、区）党政主要负责同志是本地创建的第一责任人，要亲自研究、亲自调度。市创建办要每周一通报、每月一排名，对工作不力的单位，启动问责程序。
同志们，创建全国文明城市，既是一场攻坚战，也是一场持久战。希望大家以更坚定的决心、更扎实的作风，确保今年测评实现进位。
同志们，刚才孙立华书记的讲话，站位高、要求实，请各级各部门会后认真传达学习，抓好贯彻落实。
散会。
""",
      speeches=[sp("在全市创建全国文明城市推进大会上的讲话", "讲话", "市", ("河北省", "邢台市", None),
                   speaker=["孙立华", "市委书记孙立华"], min_paras=5)],
      junk=["现在开会。", "参加今天会议的有", "今天的会议共有三项议程", "下面，请市委书记孙立华同志讲话",
            "会后认真传达学习", "散会"],
      kept=["刚才，韩冬同志通报了前段创建工作情况，三个单位作了表态发言，讲得都很好。",
            "今年是本届测评周期的最后一年，如果再不能进位，我们前面几年的工作就等于白干。",
            "要把“三城同创”的重点放在群众身边。",
            "同志们，创建全国文明城市，既是一场攻坚战，也是一场持久战。"],
      **B15)

# i07 — a Traditional mirror of a county news report (big5 txt copy) whose converter doubled some
# commas: the headline, a source/time line, an oath quoted as the lead, the county's 誓师大会 with
# a provincial official, the county secretary leading the oath and speaking, the county head
# chairing.
blind("i07.txt", """华容县举行全国文明城市创建决战誓师大会
来源：华容融媒　发布时间：2024-04-02 18:26
“我志愿投身全国文明城市创建，，从我做起、从现在做起，，讲文明话、办文明事、做文明人，为创成全国文明城市贡献力量！”4月2日上午，县委书记黄启明领誓，一千余名干部群众在县城广场集体宣誓。
当天，华容县举行2024年全国文明城市创建决战誓师大会，动员全县上下锚定目标、攻坚克难，打好创建的冲刺战。省文明办副主任刘志清，，县委书记黄启明，县委副书记、县长谭立新等出席大会。谭立新主持大会。
黄启明在讲话中说，全国文明城市是含金量最高的城市品牌。三年来，全县上下一条心、一股劲，城市面貌发生了看得见的变化，群众对创建的认可度越来越高。
黄启明要求，各级各部门要迅速抓好测评反馈问题的整改，，确保问题清零；要把创建力量下沉到社区和网格，做到每个点位有人管、每个问题有人盯；要发动广大市民共同参与，让文明成为每个华容人的自觉行动。
刘志清对华容县的创建工作给予肯定，希望华容县对标对表、查漏补缺，以最好的状态迎接测评。
大会还为县直单位创建突击队授旗，，县城管局、章华镇等单位作表态发言。
""", enc="big5", trad="s2tw",
      published="2024-04-02",
      speeches=[sp("华容县举行全国文明城市创建决战誓师大会", "会议报道", "县", ("湖南省", "岳阳市", "华容县"),
                   speaker=["县委书记黄启明", "黄启明"], min_paras=5)],
      junk=["华容融媒", "来源：", "发布时间"],
      kept=["当天，华容县举行2024年全国文明城市创建决战誓师大会，动员全县上下锚定目标、攻坚克难，打好创建的冲刺战。",
            "黄启明在讲话中说，全国文明城市是含金量最高的城市品牌。",
            "刘志清对华容县的创建工作给予肯定，希望华容县对标对表、查漏补缺，以最好的状态迎接测评。"],
      **B15)

# i08 — a forum's thread view of a county paper's report (txt copy) in Traditional characters: the
# thread title, a reporters' line, jammer strings after lines and at the start of a paragraph; a
# county's 省级文明县城 观摩 day ended with a 推进会 at which the county secretary spoke.
blind("i08.txt", """标题：随县开展文明创建观摩推进活动 [复制链接]
楼主 | 发表于 2023-4-28 09:12
记者 邵东流 通讯员 鲍亚军 江开明8 g- d! o* k t! [6 I, ]0 R
4月26日，随县举行创建省级文明县城观摩推进活动，县委书记任志强、县长何立平带领观摩团，实地察看了城区和乡镇的十一个观摩点，并在县会议中心召开推进会。- _! E% \\! b3 {
观摩团先后走进厉山镇的老街改造现场、县城两个老旧小区和一个农贸市场。整洁的街面、有序的摊位、新建的文明实践站，让大家感受到了各地的变化。5 v, T. O8 a# F9 B( f; O9 H
+ ?, {2 y t; Z U 在随后召开的推进会上，各乡镇和县直有关单位汇报了创建工作进展，何立平通报了观摩评分情况。
任志强在讲话中指出，这次观摩是一次比学赶超的擂台，看到了亮点，也看到了差距。各地要把观摩中发现的短板列成清单，限期整改，不能只在观摩点上做文章。他强调，创建省级文明县城关键在常态，全县上下要做到人人参与、天天保持，以实实在在的成效迎接省里的测评。
; w4 ^1 h9 i' I/ W+ B4 J' N. ` 县领导张海燕、陈建华参加观摩。
""", trad="s2tw",
      speeches=[sp("随县开展文明创建观摩推进活动", "会议报道", "县", ("湖北省", "随州市", "随县"),
                   speaker=["县委书记任志强", "任志强"], min_paras=4)],
      junk=["复制链接", "楼主", "发表于", "8 g- d! o* k t! [6 I, ]0 R", "- _! E% \\! b3 {", "5 v, T. O8 a# F9 B( f; O9 H",
            "+ ?, {2 y t; Z U", "; w4 ^1 h9 i' I/ W+ B4 J' N. `"],
      kept=["观摩团先后走进厉山镇的老街改造现场、县城两个老旧小区和一个农贸市场。",
            "在随后召开的推进会上，各乡镇和县直有关单位汇报了创建工作进展，何立平通报了观摩评分情况。",
            "他强调，创建省级文明县城关键在常态，全县上下要做到人人参与、天天保持，以实实在在的成效迎接省里的测评。"],
      published="2023-04-28",
      **B15)

# i09 — a city news site's page (HTML): nav, a headline, a source/editor/time line, a report of a
# 创城志愿服务行动 launch at which the city's deputy party secretary spoke and the propaganda chief
# and a vice-mayor also appear, a second launch chaired by the vice-mayor; sidebars, footer, scripts.
blind("i09.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>“创城有我 志愿同行”志愿服务行动启动_钦州新闻网</title>
<script>var _hmt = _hmt || [];(function(){var hm=document.createElement("script");hm.src="//hm.example.com/hm.js";})();</script>
</head>
<body>
<div class="nav"><a href="/">首页</a> | <a href="/sz/">时政</a> | <a href="/sh/">社会</a> | <a href="/wm/">文明创建</a> | <a href="/sp/">视频</a></div>
<div class="loc">您现在的位置：首页 &gt; 文明创建</div>
<h1>“创城有我 志愿同行”志愿服务行动启动</h1>
<div class="info">来源：钦州日报　作者：梁晓红　编辑：韦丹　发布时间：2023-06-24 10:31:15</div>
<div class="content">
<p>6月23日，我市在市民广场举行“创城有我 志愿同行”志愿服务行动启动仪式。市委副书记覃卫东出席并讲话，强调要发挥志愿者队伍在创建全国文明城市中的生力军作用。</p>
<p>覃卫东指出，当前钦州正处于冲刺创建全国文明城市的关键时期，比任何时候都更需要志愿者的力量。开展这次志愿服务行动，就是要动员更多市民走上街头、走进社区，让文明劝导、环境清洁、关爱帮扶成为城市的日常风景。</p>
<p>覃卫东要求，广大志愿者要争当创城的带头人，在路口、车站、市场等重点点位开展常态化服务；要争当文明的宣传员，把创城知识带进千家万户；各级文明办要做好志愿者的招募、培训和保障，让志愿服务有序、持久。</p>
<p>市委常委、宣传部部长刘晓燕出席活动。仪式后，副市长黄建华主持了“创城助残 爱心募捐”行动启动仪式。</p>
</div>
<div class="side"><h3>热点推荐</h3><ul><li>我市开展文明交通劝导周活动</li><li>钦南区召开创城攻坚调度会</li></ul></div>
<div class="foot">主办：钦州日报社　钦州新闻网版权所有　未经授权禁止复制或建立镜像<br>桂ICP备05008877号</div>
<script>document.write('<img src="/stat.gif">');</script>
</body></html>
""",
      published="2023-06-24",
      speeches=[sp("“创城有我 志愿同行”志愿服务行动启动", "会议报道", "市", ("广西壮族自治区", "钦州市", None),
                   speaker=["市委副书记覃卫东", "覃卫东"], min_paras=4)],
      junk=["钦州新闻网", "您现在的位置", "钦州日报　作者", "编辑：韦丹", "热点推荐", "我市开展文明交通劝导周活动",
            "版权所有", "桂ICP备", "_hmt"],
      kept=["6月23日，我市在市民广场举行“创城有我 志愿同行”志愿服务行动启动仪式。",
            "覃卫东指出，当前钦州正处于冲刺创建全国文明城市的关键时期，比任何时候都更需要志愿者的力量。",
            "市委常委、宣传部部长刘晓燕出席活动。"],
      **B15)

# i10 — a WeChat article copied as text: the account's follow prompt, "原创 <account> <time> 发表于
# <province>", the title, the speaker's post and name on one line, a 致辞 at a city's 学雷锋志愿服务月
# launch, then the account's END, editor lines and 分享/在看 bar.
blind("i10.txt", """点击上方蓝字关注我们
原创 文明日照 2023-03-05 08:30 发表于山东
在全市“学雷锋志愿服务月”启动仪式上的致辞
市委常委、宣传部部长　林雪梅
志愿者朋友们，同志们：
春风送暖，雷锋精神代代相传。今天，我们在这里启动全市“学雷锋志愿服务月”活动，首先，我代表市委、市政府，向全市广大志愿者致以崇高的敬意！
这几年，日照的志愿者越来越多。从创城路口的文明劝导，到社区里的助老助残，从海边的净滩行动，到疫情期间的值守服务，哪里需要，哪里就有红马甲的身影。全市注册志愿者已经超过六十万人，志愿服务成了这座城市最温暖的名片。
今年是我市冲刺全国文明城市的关键一年。创城离不开每一位市民，更离不开志愿者。希望大家把志愿服务和创城结合起来，到群众最需要的地方去：到路口去，劝导行人和车辆文明出行；到小区去，帮助清理楼道、规范停车；到市场去，宣传文明经营和垃圾分类。
各级文明办和志愿服务组织要为志愿者做好保障，完善激励回馈机制，让好人有好报、志愿者受尊重。
最后，祝这次志愿服务月活动圆满成功！谢谢大家！
END
编辑：王璐　审核：孙浩
分享　收藏　点赞　在看
""",
      published="2023-03-05",
      speeches=[sp("在全市“学雷锋志愿服务月”启动仪式上的致辞", "讲话", "市", ("山东省", "日照市", None),
                   speaker=["林雪梅", "市委常委、宣传部部长林雪梅", "宣传部部长林雪梅"], min_paras=5)],
      junk=["点击上方蓝字关注我们", "原创 文明日照", "发表于山东", "re:^END$", "编辑：王璐", "审核：孙浩", "在看"],
      kept=["全市注册志愿者已经超过六十万人，志愿服务成了这座城市最温暖的名片。",
            "今年是我市冲刺全国文明城市的关键一年。",
            "各级文明办和志愿服务组织要为志愿者做好保障，完善激励回馈机制，让好人有好报、志愿者受尊重。"],
      **B15)

# i11 — a document-sharing site's page (txt copy): the file title, a "合集下载" button, three
# numbered download notes, the title again, a middle school's pledge at a district's 创文 推进会.
blind("i11.txt", """鄞州区实验中学创文表态发言

合集下载
  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。
  2. 2、"仅部分预览"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款（可完整预览的文档不适用该条件！）。
  3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。

鄞州区实验中学在全区创建全国文明城区推进会上的表态发言

尊敬的各位领导、同志们：

按照会议安排，我代表鄞州区实验中学作表态发言。学校是培养文明新人的地方，也是文明城区测评的重要点位。我们深知，一所学校的文明程度，不仅体现在校园里，更体现在学生走出校门后的一言一行上。

一是管好校园这块阵地。我们将对照测评标准，对校园环境、食堂卫生、公益广告逐项整改，做到校园内无卫生死角、宣传栏内容每月更新。学校心理咨询室、少年宫等未成年人活动场所全部按标准配齐，确保检查时看得到、问得清。

二是守好校门这道关口。上下学高峰时段，学校组织教师和家长志愿者在校门口值守，引导家长车辆即停即走，劝离校门口的流动摊点。我们还将联合属地派出所和社区，清理校园周边二百米内的安全隐患。

三是用好学生这支队伍。学校将组建红领巾文明劝导队，每周末走进社区开展志愿服务，通过小手拉大手，把文明习惯带进每一个家庭。

请各位领导放心，我们一定以最好的状态迎接测评，为全区创建全国文明城区贡献学校的力量！

第1页/共1页　下载文档到电脑，查找使用更方便
""",
      speeches=[sp("鄞州区实验中学在全区创建全国文明城区推进会上的表态发言", "表态发言", "区",
                   ("浙江省", "宁波市", "鄞州区"), min_paras=5)],
      junk=["合集下载", "下载文档前请自行甄别", "仅部分预览", "人工客服工作时间", "第1页/共1页", "查找使用更方便",
            "鄞州区实验中学创文表态发言"],
      kept=["我们深知，一所学校的文明程度，不仅体现在校园里，更体现在学生走出校门后的一言一行上。",
            "上下学高峰时段，学校组织教师和家长志愿者在校门口值守，引导家长车辆即停即走，劝离校门口的流动摊点。",
            "三是用好学生这支队伍。"],
      **B15)

# i12 — a county hospital's website (GBK HTML): the hospital's nav, a 医院新闻 location line, the
# title, a posting time and view count, the hospital's pledge at the county's 国家卫生县城复审迎检
# 动员会, a 上一条/下一条 pair and the hospital's footer (address, 备案号).
blind("i12.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>安远县人民医院</title></head>
<body>
<div id="top">安远县人民医院　二级甲等综合医院</div>
<div id="menu">首页 | 医院概况 | 科室导航 | 专家介绍 | 就医指南 | 党建文化 | 医院新闻</div>
<div id="pos">当前位置：首页 &gt;&gt; 医院新闻</div>
<div id="art">
<h2>县人民医院在全县国家卫生县城复审迎检动员会上的表态发言</h2>
<div class="meta">发布时间：2022-08-15　浏览次数：326</div>
<p>尊敬的各位领导、同志们：</p>
<p>医院是国家卫生县城复审的必检单位，也是群众感受最直接的公共场所之一。今天，我代表县人民医院，就做好复审迎检工作表态如下。</p>
<p>第一，院区环境全面提升。我们将在八月底前完成门诊楼、住院楼公共卫生间的改造，做到无积水、无异味；院区垃圾实行分类收集，医疗废物与生活垃圾严格分开，做到日产日清。</p>
<p>第二，院感防控严格落实。医院感染管理科每周对重点科室开展一次督查，预检分诊、手卫生、消毒隔离等制度逐一落到岗位，发现问题立即整改。</p>
<p>第三，病媒生物防制不留死角。医院将委托专业机构对食堂、污水处理站、垃圾暂存点开展定期消杀，防鼠板、纱门纱窗、灭蝇灯全部按标准配齐。</p>
<p>第四，健康教育走在前面。各科室候诊区设立健康教育宣传栏，医务人员在诊疗中主动开展控烟和健康知识宣传，确保无烟医院标准全面达标。</p>
<p>我们一定按照县委、县政府的部署，以最严的标准、最实的举措，确保医院各项指标全部达标，为全县顺利通过复审作出应有贡献。</p>
</div>
<div class="pn">上一条：我院开展爱国卫生月义诊活动<br>下一条：县人民医院召开院感质控会议</div>
<div id="foot">地址：安远县欣山镇濂江路88号　电话：0797-3721120　赣ICP备10003567号</div>
</body></html>
""", enc="gbk",
      published="2022-08-15",
      speeches=[sp("县人民医院在全县国家卫生县城复审迎检动员会上的表态发言", "表态发言", "县",
                   ("江西省", "赣州市", "安远县"), min_paras=6)],
      junk=["二级甲等综合医院", "科室导航", "当前位置", "浏览次数", "上一条", "我院开展爱国卫生月义诊活动",
            "濂江路88号", "赣ICP备"],
      kept=["医院是国家卫生县城复审的必检单位，也是群众感受最直接的公共场所之一。",
            "第三，病媒生物防制不留死角。",
            "各科室候诊区设立健康教育宣传栏，医务人员在诊疗中主动开展控烟和健康知识宣传，确保无烟医院标准全面达标。"],
      **B15)

# i13 — a Word file of a district's meeting materials as text (txt copy): each page under the
# materials' running head and closed by "— n —", the meeting's date under the first head; the
# district head's speech at a 创卫 迎检冲刺会 under its title and name line, then a market's pledge
# under its own title.
_I13A = [
    "同志们：",
    "国家卫生城市复审的暗访组随时可能进驻，今天召开迎检冲刺会，就是要把最后三十天的任务再明确一遍，把责任再压实一遍。",
    "先说形势。上周市爱卫办对雁塔区进行了一次模拟暗访，共抽查点位四十二个，发现问题一百零六条，其中农贸市场和小餐饮占了一半以上。问题不少，但都是能改、改得快的问题，关键看我们动不动真格。",
    "再说任务。一是农贸市场要在十天内全部完成整改，活禽区封闭、冷链区分离、公厕有专人保洁；二是小餐饮店要实现三防设施全覆盖，后厨不达标的一律停业整改；三是背街小巷和城中村要做到垃圾日产日清，乱堆乱放、乱贴乱画一次清零。",
    "最后说责任。各街道党工委书记是本辖区迎检的第一责任人，区级领导按照分包安排每天到点位巡查。区爱卫办每天汇总一次问题整改情况，晚上八点前报我和分管副区长。",
    "同志们，三十天时间很短，但只要大家拧成一股绳，就一定能够交出一份合格的答卷。",
]
_I13B = [
    "尊敬的各位领导、同志们：",
    "小寨农贸市场是模拟暗访中问题最多的点位之一，我们感到压力很大，也深感愧疚。在这里，我代表市场管理方表态如下：",
    "一是三天内完成活禽区的封闭改造，活禽宰杀全部在隔离间进行，污水直接接入管网。",
    "二是实行摊位卫生责任制，每个摊主负责自己摊位前后三米的卫生，市场保洁员每两小时巡回清扫一次。",
    "三是市场公厕配备专职保洁人员，做到无积水、无异味、无蚊蝇。",
    "我们保证，十天内完成全部整改任务，以整洁有序的面貌迎接复审暗访！",
]


def _i13_text() -> str:
    head = "雁塔区国家卫生城市复审迎检冲刺会议材料"
    lines = (["二〇二二年五月二十日", "在全区国家卫生城市复审迎检冲刺会上的讲话", "区长　郑家辉"] + _I13A
             + ["小寨农贸市场表态发言"] + _I13B)
    out = []
    for k in range(0, len(lines), 6):
        out += [head] + lines[k:k + 6] + [f"— {k // 6 + 1} —", ""]
    return "\n".join(out)


blind("i13.txt", _i13_text(),
      speeches=[sp("在全区国家卫生城市复审迎检冲刺会上的讲话", "讲话", "区", ("陕西省", "西安市", "雁塔区"),
                   date="2022-05-20", speaker=["郑家辉", "区长郑家辉"], min_paras=5),
                sp("小寨农贸市场表态发言", "表态发言", "区", ("陕西省", "西安市", "雁塔区"), date="2022-05-20",
                   min_paras=5)],
      junk=["会议材料", "re:^— \\d —$"],
      kept=["问题不少，但都是能改、改得快的问题，关键看我们动不动真格。",
            "区爱卫办每天汇总一次问题整改情况，晚上八点前报我和分管副区长。",
            "二是实行摊位卫生责任制，每个摊主负责自己摊位前后三米的卫生，市场保洁员每两小时巡回清扫一次。"],
      **B15)

# i14 — a community's WeChat article copied as text: the account line with a time, the title with
# a masked street (**街道), the speaker masked as "×××", a street party secretary's speech at a
# 社区 居民代表会 on 创文 with masks (**社区), the article's 阅读原文 and 预览时标签不可点 lines.
blind("i14.txt", """**社区 2022-07-18 19:05
在**社区创建全国文明城市居民代表大会上的讲话
**街道党工委书记　×××
各位居民代表、同志们：
今天，社区召开居民代表大会，请大家一起商量创文的事。我来社区之前，专门在小区里转了一圈，看到了不少变化：楼道里的杂物清走了，单元门口的电动车排整齐了，健身广场边上新添了几个分类垃圾桶。这些变化，离不开在座各位的支持。
但是也要看到，我们**社区是老小区，房子旧、设施老、老年人多，测评的时候最容易失分。入户问卷里有一道题，问居民知不知道我们在创建全国文明城市，上次抽查，社区有三成的居民答不上来。这说明我们的宣传还没有真正走进家门。
创文不是街道和社区干部的事，是每一户居民的事。小区干净不干净、停车有没有序、邻里之间讲不讲礼貌，测评组一看就知道。我希望各位居民代表当好三个角色：当好宣传员，把创文的要求讲给左邻右舍听；当好监督员，发现乱扔垃圾、乱拉电线的，及时提醒、及时报告；当好示范员，从自己家门口做起。
街道这边，会把社区提出的楼道照明、雨污管道、停车位改造三件事纳入今年的为民办实事项目，争取九月底前完工。
同志们，文明城市是大家的，好环境也是大家的。让我们一起努力，把社区建设成干净、有序、和睦的幸福家园。
阅读原文
预览时标签不可点
""",
      published="2022-07-18",
      speeches=[sp("在**社区创建全国文明城市居民代表大会上的讲话", "讲话", "乡镇", masked=True,
                   speaker=["街道党工委书记", "**街道党工委书记", "**街道党工委书记×××",
                            "街道党工委书记×××"], min_paras=5)],
      junk=["阅读原文", "预览时标签不可点", "2022-07-18 19:05"],
      kept=["这说明我们的宣传还没有真正走进家门。",
            "创文不是街道和社区干部的事，是每一户居民的事。",
            "同志们，文明城市是大家的，好环境也是大家的。"],
      **B15)

# i15 — a 文秘 site's page (txt copy): a role-only title ("某区长在…的讲话"), a word-count, views and
# downloads line, a masked district's (**区) 测评冲刺30天 誓师 speech, cut by the site's
# "剩余…字 下载后查看全文" gate and its download buttons.
blind("i15.txt", """某区长在创文测评冲刺30天誓师大会上的讲话
字数：3126 字　浏览：612次　下载：1次
同志们：
今天我们召开这次誓师大会，主要目的就是总结前期工作，分析当前存在的问题，动员全区干部群众再鼓一把劲，向全国文明城市测评发起最后冲刺。
时间过得很快。今年二月，我们召开了创文攻坚动员大会；五月，又召开了百日攻坚推进会。现在，离测评组进场只剩三十天左右。三十天，说长不长，说短不短，足够我们把剩下的问题解决掉，也足够让前面的努力功亏一篑。
这几个月，大家很辛苦，也很有成效。**区的主次干道全部完成了提升改造，三十七个老旧小区整治基本到位，农贸市场实现了划行归市。特别是各街道的同志，白天巡查、晚上整改，很多人几个月没有休过一个完整的周末。
但是，冲刺阶段最怕的就是松劲。上周区创建办暗访，发现一些已经整改过的点位又出现了反弹：小区里的乱停车回来了，背街小巷的垃圾又堆起来了，一些公益广告被风刮坏了没人管。这些问题说明，我们的长效机制还没有真正建立起来。
下面，我讲三点要求。
一、全员下沉，把力量压到一线。从明天开始，区直部门要抽调一半以上的干部下沉到街道，每人包一个网格，吃住在一线，
……
剩余2164字，下载后查看全文
立即下载　加入收藏
""",
      speeches=[sp("某区长在创文测评冲刺30天誓师大会上的讲话", "讲话", "区", masked=True, truncated=True,
                   speaker=["区长", "某区长"], min_paras=5)],
      junk=["字数：3126", "浏览：612次", "剩余2164字", "下载后查看全文", "立即下载", "加入收藏"],
      kept=["三十天，说长不长，说短不短，足够我们把剩下的问题解决掉，也足够让前面的努力功亏一篑。",
            "这些问题说明，我们的长效机制还没有真正建立起来。",
            "下面，我讲三点要求。"],
      **B15)

# i16 — an OCR copy of a town's printed speech (GB18030 txt copy): lines broken where the printed
# lines ended, the speaker's name letter-spaced, specks read as stray marks on lines of their own,
# a page number between pages; a town's 国家卫生乡镇 推进会 speech by the town head.
_I16 = [
    "同志们：",
    "今天召开全镇创建国家卫生乡镇推进会，主要是盘点上半年的创卫工作，查找问题，部署下半年的攻坚任务。刚才，镇创卫办通报了上半年的督查情况，几个村和镇直单位作了发言，我都同意。",
    "上半年，汲冢镇的创卫工作有了一定进展。集镇两条主街完成了雨污分流改造，新建水冲式公厕三座，农贸市场的改造已经进入收尾阶段。但是，对照国家卫生乡镇的标准，我们还差得很远。集镇的小餐饮店大多没有三防设施，一些村的垃圾池常年满溢，镇卫生院的健康教育专栏半年没有更新。",
    "下半年，我们要抓好四件事。一是农贸市场八月底前投入使用，老街上的马路市场全部入场经营。二是小餐饮店九月底前完成三防设施改造，镇市场监管所逐户验收。三是每个村配足保洁员，垃圾清运做到村收集、镇转运、县处理。四是健康教育进村入户，镇卫生院每月组织一次义诊宣传。",
    "同志们，县里把汲冢镇列为今年郸城县申报国家卫生乡镇的重点镇，我们没有退路。希望大家把压力变成动力，确保年底前通过省级评估。",
]


def _i16_text() -> str:
    lines = hard_wrap(_I16, 27).split("\n")
    lines[9:9] = ["'", "·"]
    lines[18:18] = ["- 2 -", "、"]
    return "在全镇创建国家卫生乡镇推进会上的讲话\n镇长　周 建 伟\n（2022年6月8日）\n" + "\n".join(lines) + "\n"


blind("i16.txt", _i16_text(), enc="gb18030",
      speeches=[sp("在全镇创建国家卫生乡镇推进会上的讲话", "讲话", "乡镇", ("河南省", "周口市", "郸城县"),
                   date="2022-06-08", speaker=["周建伟", "镇长周建伟"], min_paras=4)],
      junk=["re:^'$", "re:^·$", "re:^、$", "- 2 -"],
      kept=["上半年，汲冢镇的创卫工作有了一定进展。",
            "但是，对照国家卫生乡镇的标准，我们还差得很远。",
            "二是小餐饮店九月底前完成三防设施改造，镇市场监管所逐户验收。",
            "希望大家把压力变成动力，确保年底前通过省级评估。"],
      **B15)

# i17 — a city's 创城简报 as a PDF text layer (txt copy): the bulletin's masthead, issue and issuing
# office, an 编者按, two role-only titled speeches of one 观摩点评会 (the deputy secretary's 点评, the
# secretary's closing speech), each page under a running head and closed by a page number, and the
# bulletin's 报/送/共印 distribution lines at the end.
_I17A = [
    "同志们：",
    "今天我们用一天时间，观摩了秦州区、麦积区和三个县的十五个创建点位。总的看，各地都比上一轮观摩有进步，但差距也拉开了。",
    "秦州区的背街小巷改造做得细，路面、管线、照明一次到位，居民满意度高；麦积区把新时代文明实践站建到了小区门口，志愿服务有记录、有台账。这些做法值得各地学习。",
    "也有的点位还停留在刷墙挂牌的阶段。有一个社区的文明实践站，活动记录是同一个人的笔迹，日期连着一个月都是周末，一看就是补出来的。这种做法经不起测评组的追问。",
    "希望各县区回去后认真对照，把观摩中看到的短板补上，不要把功夫花在应付检查上。",
]
_I17B = [
    "同志们：",
    "刚才，市委副书记对这次观摩作了很好的点评，讲得很到位，我完全同意。下面，我再强调两点。",
    "第一，天水创建全国文明城市已经到了爬坡过坎的时候。测评标准每年都在提高，我们原地踏步就是后退。各县区主要负责同志要把创建摆在心上、抓在手上，每月至少专题研究一次。",
    "第二，要让群众真正得实惠。创建的每一笔投入，都要用在群众最需要的地方。老旧小区的下水道、学校门口的接送区、菜市场的顶棚，这些事情办好了，群众自然会支持创建。",
    "同志们，观摩是检阅，更是鞭策。希望大家以这次观摩为新的起点，推动创建工作再上新台阶。",
]


def _i17_text() -> str:
    lines = (["市委副书记在全市创建全国文明城市观摩点评会上的点评讲话", "（2023年5月26日）"] + _I17A
             + ["市委书记在全市创建全国文明城市观摩点评会上的总结讲话", "（2023年5月26日）"] + _I17B)
    out = ["天水创城简报", "2023年第15期", "天水市创建全国文明城市指挥部办公室　2023年6月2日",
           "【编者按】5月26日，全市创建全国文明城市观摩点评会召开。现将会上两位市领导的讲话刊发，请各地各部门认真学习贯彻。"]
    for k in range(0, len(lines), 4):
        if k:
            out.append("天水创城简报　2023年第15期")
        out += lines[k:k + 4] + [f"— {k // 4 + 1} —"]
    out += ["报：市委、市人大、市政府、市政协领导", "送：各县区创建办，市直各部门", "（共印120份）"]
    return "\n".join(out) + "\n"


blind("i17.txt", _i17_text(),
      speeches=[sp("市委副书记在全市创建全国文明城市观摩点评会上的点评讲话", "讲话", "市", ("甘肃省", "天水市", None),
                   date="2023-05-26", speaker=["市委副书记"], min_paras=4),
                sp("市委书记在全市创建全国文明城市观摩点评会上的总结讲话", "讲话", "市", ("甘肃省", "天水市", None),
                   date="2023-05-26", speaker=["市委书记"], min_paras=4)],
      junk=["天水创城简报", "2023年第15期", "指挥部办公室", "编者按", "现将会上两位市领导的讲话刊发", "re:^— \\d+ —$",
            "报：市委", "送：各县区创建办", "共印120份"],
      kept=["这种做法经不起测评组的追问。",
            "秦州区的背街小巷改造做得细，路面、管线、照明一次到位，居民满意度高；麦积区把新时代文明实践站建到了小区门口，志愿服务有记录、有台账。",
            "测评标准每年都在提高，我们原地踏步就是后退。",
            "同志们，观摩是检阅，更是鞭策。"],
      **B15)

# i18 — a district government portal (HTML): nav, a location line, the headline, a source/time
# line with a font-size switch, a report of a district's 创文 迎检冲刺 推进会 at which the district
# secretary spoke, the district head deployed the tasks and a city official spoke too; a 打印/关闭
# bar, a sidebar of other news, the portal's footer and scripts.
blind("i18.html", """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>青秀区召开创建全国文明城市迎检冲刺推进会 - 南宁市青秀区人民政府门户网站</title>
<script src="/js/jquery.min.js"></script><script>$(function(){ $(".font a").click(function(){}); });</script>
</head>
<body>
<div class="header">南宁市青秀区人民政府门户网站　无障碍浏览　长者模式</div>
<div class="nav">首页　政务公开　政务服务　互动交流　走进青秀</div>
<div class="crumb">当前位置：首页 &gt; 政务公开 &gt; 青秀要闻</div>
<div class="article">
<h1>青秀区召开创建全国文明城市迎检冲刺推进会</h1>
<div class="meta">来源：区创建办　发布时间：2021-08-30 17:42　<span class="font">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
<div class="body">
<p>8月30日上午，青秀区召开创建全国文明城市迎检冲刺推进会，对迎接年度测评的冲刺工作进行再部署。区委书记唐建宁出席会议并讲话，区委副书记、区长蒙晓峰作具体部署，市文明办副主任梁燕出席会议并讲话。</p>
<p>唐建宁强调，年度测评已进入倒计时，全区各级各部门要以决战的姿态投入冲刺。要紧盯测评点位，逐个过筛、逐项销号；要把干部力量全部压到一线，区领导包片、部门包点、干部包网格；要强化督查问责，对整改不力、造成失分的严肃追责。</p>
<p>蒙晓峰就冲刺阶段的重点任务作了部署，要求抓好农贸市场、老旧小区、交通秩序和公益广告四个方面的集中整治，确保九月十日前全部整改到位。</p>
<p>梁燕肯定了青秀区前期的创建成效，希望青秀区发挥中心城区的示范作用，为全市测评多作贡献。</p>
<p>会上，各街道和区直有关部门汇报了迎检准备情况。</p>
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="sidebar"><h4>青秀要闻</h4><ul><li>区领导督导背街小巷整治工作</li><li>青秀区开展文明交通志愿服务活动</li></ul></div>
<div class="footer">主办：南宁市青秀区人民政府办公室　网站标识码：4501030001　桂公网安备45010302000123号</div>
<script>var _czc = _czc || [];</script>
</body></html>
""",
      published="2021-08-30",
      speeches=[sp("青秀区召开创建全国文明城市迎检冲刺推进会", "会议报道", "区", ("广西壮族自治区", "南宁市", "青秀区"),
                   speaker=["区委书记唐建宁", "唐建宁"], min_paras=4)],
      junk=["人民政府门户网站", "无障碍浏览", "当前位置", "来源：区创建办", "字体", "打印本页", "关闭窗口",
            "区领导督导背街小巷整治工作", "网站标识码", "桂公网安备"],
      kept=["8月30日上午，青秀区召开创建全国文明城市迎检冲刺推进会，对迎接年度测评的冲刺工作进行再部署。",
            "蒙晓峰就冲刺阶段的重点任务作了部署，要求抓好农贸市场、老旧小区、交通秩序和公益广告四个方面的集中整治，确保九月十日前全部整改到位。",
            "会上，各街道和区直有关部门汇报了迎检准备情况。"],
      **B15)

# i19 — a Traditional (Hong Kong forms) 范文 mirror in Big5-HKSCS (txt copy): the collection title
# "（精選3篇）", a 字號 line, the site's generic intro, the first sample under "…篇一", a county's 创卫
# 复审迎检 speech, cut by a "剩余内容已隐藏" gate before the other samples.
blind("i19.txt", """创卫复审迎检讲话稿（精选3篇）
字号：大 中 小
写好一篇讲话稿，要先弄清楚会议的目的和听众。下面是小编为大家整理的创卫复审迎检讲话稿，仅供参考。
创卫复审迎检讲话稿篇一
同志们：
再过一个多月，国家卫生县城复审暗访组就可能进入攸县。今天召开这个会，就是要把复审迎检的各项任务再落实一遍。
攸县获得国家卫生县城称号已经四年了。这四年，县城的环境卫生总体保持得不错，但也出现了一些反弹。城东的两个农贸市场，活禽区又回到了露天经营；一些小餐饮店的防蝇设施坏了没有修；城乡结合部的建筑垃圾随意倾倒，群众意见很大。
复审以暗访为主，暗访组不会提前通知，哪里有问题就去哪里。所以我们不能抱侥幸心理，不能只抓几个重点路段，而要把整个县城当作一个考场。
下面，我提几点具体要求。一是各乡镇、各部门要在十天内完成一轮全面自查，自查问题建立台账，逐项整改销号。二是县市场监管局牵头，对农贸市场和小餐饮开展专项整治，不达标的坚决停业整改。三是县城管局对城乡结合部的建筑垃圾开展集中清理，建立巡查机制，防止反弹。
……
剩余内容已隐藏，请支付后下载全文
""", enc="big5hkscs", trad="s2hk",
      speeches=[sp("创卫复审迎检讲话稿", "讲话", "县", ("湖南省", "株洲市", "攸县"), truncated=True, min_paras=4)],
      junk=["精选3篇", "字号", "小编", "仅供参考", "篇一", "剩余内容已隐藏", "请支付后下载全文"],
      kept=["攸县获得国家卫生县城称号已经四年了。",
            "复审以暗访为主，暗访组不会提前通知，哪里有问题就去哪里。",
            "三是县城管局对城乡结合部的建筑垃圾开展集中清理，建立巡查机制，防止反弹。"],
      **B15)

# i20 — a 文秘 site's page (HTML): nav, a location line, the title, an update time, a 导读 box
# repeating the speech's opening paragraph, then the speech with its name line and date; a district's
# 巩卫成果暨爱国卫生运动 总结表彰大会 speech; the site's 相关文章 list and footer.
_I20_OPEN = ("今天，我们召开全区巩固国家卫生城市成果暨爱国卫生运动总结表彰大会，主要任务是总结一年来的工作，表彰先进，"
             "部署明年的巩卫和爱国卫生工作。刚才，区爱卫办通报了全年工作情况，宣读了表彰决定，三个单位作了交流发言，讲得都很好。")
blind("i20.html", f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全区巩固国家卫生城市成果暨爱国卫生运动总结表彰大会上的讲话-文秘之家</title></head>
<body>
<div class="nav">文秘之家　首页 | 讲话稿 | 工作总结 | 心得体会 | 主持词 | 会员中心</div>
<div class="pos">当前位置：文秘之家 &gt; 讲话稿 &gt; 领导讲话</div>
<h1>在全区巩固国家卫生城市成果暨爱国卫生运动总结表彰大会上的讲话</h1>
<div class="time">更新时间：2022-01-05 14:20:33　作者：文秘之家</div>
<div class="daodu">导读：{_I20_OPEN}</div>
<div class="content">
<p>区委书记　何志远</p>
<p>（2021年12月28日）</p>
<p>同志们：</p>
<p>{_I20_OPEN}</p>
<p>今年，天心区在巩固国家卫生城市成果上下了不少功夫。全区完成了五十二个老旧小区的提质改造，新建改建公厕三十一座，农贸市场全部达到标准化要求。在省里组织的暗访中，我区没有出现一个被通报的点位，这在过去几年是没有过的。</p>
<p>成绩的取得，靠的是全区上下的共同努力。各街道把巩卫工作放在心上，社区干部和网格员天天在小区里转；区城管、市场监管、卫健等部门主动作为，很多难题都是在部门联动中解决的。受到表彰的集体和个人，就是其中的优秀代表。</p>
<p>明年，我们要以迎接国家卫生城市复审为重点，继续抓好三项工作。一是抓长效，把日常保洁、门前三包和病媒生物防制的制度坚持下去；二是抓短板，重点解决城中村和背街小巷的环境问题；三是抓参与，深入开展爱国卫生运动，让讲卫生成为每个居民的习惯。</p>
<p>同志们，巩卫没有终点。希望受到表彰的先进集体和个人珍惜荣誉，再接再厉，为天心区顺利通过复审作出新的贡献。</p>
</div>
<div class="rel"><h3>相关文章</h3><ul><li>在全市爱国卫生运动大会上的讲话</li><li>巩固国家卫生城市工作总结</li></ul></div>
<div class="foot">文秘之家 版权所有　本站文章均来自网络，如有侵权请联系删除</div>
</body></html>
""",
      published="2022-01-05",
      speeches=[sp("在全区巩固国家卫生城市成果暨爱国卫生运动总结表彰大会上的讲话", "讲话", "区", ("湖南省", "长沙市", "天心区"),
                   date="2021-12-28", speaker=["何志远", "区委书记何志远"], min_paras=5)],
      junk=["文秘之家", "会员中心", "当前位置", "更新时间", "导读", "相关文章", "巩固国家卫生城市工作总结",
            "如有侵权请联系删除"],
      kept=[_I20_OPEN,
            "在省里组织的暗访中，我区没有出现一个被通报的点位，这在过去几年是没有过的。",
            "同志们，巩卫没有终点。"],
      **B15)


# --- twelfth blind batch (batch 16, part blind-12): 20 pages o01..o20, each modelled on the
# shape of a different real page read through the search tool (范文 pages printing the text
# twice, a 文库 viewer with spaced OCR text, 公文 member sites with their copyright block, county
# and city portals, a 融媒体 report with a subtitle, a Traditional portal copy with pinyin, a
# 【通用N篇】 collection, a blog's hard-wrapped PDF copy, a gated preview, a WeChat 素材库 copy,
# a speech given on the secretary's behalf, pledges of bureaus and a street, a report followed by
# the speech's full text, a 文明网 report, a Big5 mirror, an app copy): 15 speeches, 5 meeting
# reports, 3 units' pledges; written without looking at the rules and measured once; nobody
# tunes on it.
B16 = dict(batch=16)

# o01 — a 范文 site's page (txt copy): "正文复制", then the title and the first paragraphs of a
# county's 创卫 动员会 speech printed twice (the preview block, then the text), the speech's end.
_O01_HEAD = ("在创建国家卫生县城动员大会上的讲话\n"
             "同志们：这次动员大会，是县委、县政府经过反复研究决定召开的。会议的主要任务是，"
             "对照三年内建成国家卫生县城的目标，动员全县上下统一思想、明确任务、压实责任，迅速掀起创卫热潮。\n"
             "刚才，县爱卫办通报了省级暗访的情况，城关镇和县住建局作了发言。下面，我讲三点意见。\n")
blind("o01.txt", "正文复制\n" + _O01_HEAD + _O01_HEAD +
      "一、算清三笔账，把创卫的必要性想明白\n"
      "第一笔是民生账。县城的老旧小区里，垃圾桶满了没人收，下水道一下雨就冒水，群众的意见很大。"
      "创卫要解决的，恰恰就是这些天天碰得着的小事。第二笔是发展账。这几年来县里考察的客商，"
      "不少人第一站先看县城的街道和菜市场，环境不过关，项目就很难落地。第三笔是荣誉账。"
      "周边四个县已经有三个拿到了国家卫生县城的牌子，我们再不追，就真的掉队了。\n"
      "二、盯住四个重点，把难啃的骨头先啃下来\n"
      "一是农贸市场。县城六个市场要在年底前全部完成改造，活禽宰杀要集中进行，地面、排水、档口要一次改到位。"
      "二是背街小巷。县城建成区共有一百二十多条小巷，城关镇要逐条建立台账，路面破损、管线乱拉、杂物乱堆的，一条一条清。"
      "三是病媒生物防制。县疾控中心要组建专业队伍，每月监测一次，密度超标的区域立即消杀。"
      "四是健康教育。学校、医院、机关要率先开展控烟，县城所有公共场所要设置禁烟标识。\n"
      "三、压实三级责任，把创卫的担子挑起来\n"
      "县级领导每人联系一个片区，每两周至少到片区走一次。各部门主要负责同志是本部门创卫工作的第一责任人，"
      "任务落实不到位的，县委督查室要点名通报。城关镇要把网格员用起来，每个网格每天巡查一遍，发现问题当天上报。\n"
      "同志们，创卫是一场持久战，也是一场攻坚战。只要我们拧成一股绳，就一定能把国家卫生县城的牌子拿回来！\n"
      "相关推荐：创建卫生城市表态发言　巩卫工作汇报材料\n",
      speeches=[sp("在创建国家卫生县城动员大会上的讲话", "讲话", "县", min_paras=6)],
      junk=["正文复制", "相关推荐", "创建卫生城市表态发言", "巩卫工作汇报材料"],
      kept=["创卫要解决的，恰恰就是这些天天碰得着的小事。",
            "周边四个县已经有三个拿到了国家卫生县城的牌子，我们再不追，就真的掉队了。",
            "城关镇要把网格员用起来，每个网格每天巡查一遍，发现问题当天上报。"],
      **B16)

# o02 — a document viewer's text (txt copy): the title with "讲 话" spaced on its own line, a
# dated line in brackets, the speaker's name, then the text layer with a space between many
# characters of one paragraph, a page counter between pages; a city's 迎接复审 动员 speech.
blind("o02.txt", "在迎接国家卫生城市复审动员大会上的\n讲 话\n（2023年3月14日）\n尹 海 川\n"
      "同志们：\n"
      "这次迎接国家卫生城市复审动员大会，既是冲刺前的再动员，也是迎检前的总部署。刚才，福明同志宣读了复审迎检工作方案，"
      "三个区和市城管局作了表态发言，一会儿国栋同志还要作具体安排，希望大家抓好落实。下面，我强调三点。\n"
      "一、统 一 思 想 ，把 复 审 当 作 一 次 大 考 来 对 待\n"
      "今 年 的 复 审 ， 是 我 市 获 得 命 名 后 的 第 二 次 复 审 。 荣 誉 来 之 不 易 ， 保 住 荣 誉 更 难 。 "
      "有 的 同 志 认 为 复 审 就 是 走 个 过 场 ， 这 种 想 法 很 危 险 。\n"
      "— 1 / 4 —\n"
      "国家卫生城市实行动态管理，暗访组不打招呼、直奔现场，哪里有问题就记在哪里。"
      "去年全省有两个城市在复审中被通报，教训十分深刻。我们必须把每一个角落都当作暗访点来对待。\n"
      "二、突出重点，把短板弱项一项一项补上\n"
      "根据省爱卫办的模拟检查，我市主要存在五类问题：农贸市场周边占道经营反弹，城中村垃圾清运不及时，"
      "部分餐饮店后厨防蝇防鼠设施缺失，建筑工地扬尘管控不严，小区楼道堆物较多。"
      "各区要对照问题清单，建立整改台账，每周报一次进度，市爱卫办每半月组织一次复查。\n"
      "— 2 / 4 —\n"
      "三、强化督导，把责任压到每一个人身上\n"
      "市级领导要按照分工，每周至少一次深入包保区域检查。市纪委监委要跟进监督，对工作不力、敷衍塞责导致失分的，严肃追责问责。"
      "同时，要广泛发动群众，开展“清洁家园”周末行动，让市民成为复审迎检的主人。\n"
      "同志们，距离复审只有不到四个月的时间了。让我们以只争朝夕的劲头，确保复审顺利通过！\n"
      "— 3 / 4 —\n"
      "下载文档到电脑，查找使用更方便\n还剩1页未读，继续阅读\n",
      speeches=[sp("在迎接国家卫生城市复审动员大会上的讲话", "讲话", "市", date="2023-03-14",
                   speaker=["尹海川"], min_paras=6)],
      junk=["1 / 4", "2 / 4", "3 / 4", "下载文档到电脑", "查找使用更方便", "继续阅读"],
      kept=["去年全省有两个城市在复审中被通报，教训十分深刻。",
            "各区要对照问题清单，建立整改台账，每周报一次进度，市爱卫办每半月组织一次复查。",
            "同志们，距离复审只有不到四个月的时间了。"],
      **B16)

# o03 — a 范文 site's page (HTML, gb18030): register/login links, a breadcrumb ending in the title
# with "(完整)", the title, a time/category/source line, "下面是小编为大家整理的…" glued to the
# title, the title again, a city's 巩卫 复审 动员 speech with masked places (X区, X年X月).
blind("o03.html", """<!DOCTYPE html>
<html><head><meta charset="gb2312"><title>在全市巩固国家卫生城市工作会议上讲话(完整)-青禾范文网</title>
<script>var _hmt=_hmt||[];(function(){var hm=document.createElement("script");hm.src="//hm.example.com/hm.js";})();</script>
</head><body>
<div class="top"><a href="/reg">注册</a> <a href="/login">登录</a></div>
<div class="nav"><a href="/">首页</a><a href="/gw/">公文范文</a><a href="/zj/">工作总结</a><a href="/jh/">工作计划</a></div>
<div class="pos">当前位置：青禾范文网 &gt; 专题范文 &gt; 公文范文 &gt; 在全市巩固国家卫生城市工作会议上讲话(完整)</div>
<div class="art">
<h1>在全市巩固国家卫生城市工作会议上讲话(完整)</h1>
<div class="info">时间：2024-03-11 09:20:15 公文范文 来源：网友投稿</div>
<p>下面是小编为大家整理的在全市巩固国家卫生城市工作会议上讲话(完整)，供大家参考。</p>
<p>在全市巩固国家卫生城市工作会议上讲话(完整)</p>
<p>同志们：</p>
<p>春节刚过，我们就召开全市巩固国家卫生城市工作会议，目的就是对今年的巩卫工作早安排、早部署，确保我市在下半年的复审中不丢分、少丢分。刚才，X区、X区人民政府和市市场监管局、市卫生健康委作了交流发言，X同志对全年工作作了具体安排，我都同意。下面，我再讲几点意见。</p>
<p>一、正视问题，清醒认识巩卫工作的严峻形势</p>
<p>X年X月，我市被命名为国家卫生城市，此后顺利通过了一轮复审。成绩是大家一起干出来的，但也要看到，这两年城市扩张很快，新建区域的环卫设施跟不上，老城区的一些问题又有反弹。去年第三方暗访反馈了四十七个问题，其中近一半集中在城乡结合部。</p>
<p>二、突出重点，集中力量打好几场硬仗</p>
<p>要打好市容环境整治这场硬仗，主次干道全面推行机械化清扫，背街小巷实行保洁员包干。要打好食品安全这场硬仗，小餐饮、小作坊要逐户建档，做到证照齐全、操作规范。要打好病媒生物防制这场硬仗，重点抓好农贸市场、建筑工地和老旧小区，确保密度控制在国家标准以内。</p>
<p>三、压紧责任，形成齐抓共管的工作格局</p>
<p>各区是巩卫工作的责任主体，区长是第一责任人。市直部门要按照职责分工，把各自承担的指标任务细化到科室、落实到个人。市巩卫办要建立月排名、季通报制度，排名连续两次靠后的，由市政府分管领导约谈。</p>
<p>同志们，巩卫工作只有起点，没有终点。大家要以更高的标准、更实的作风，把这项惠民工程抓紧抓好！</p>
</div>
<div class="side"><h3>热门文章</h3><ul><li><a href="/1.html">2024年创建文明城市工作计划</a></li><li><a href="/2.html">爱国卫生月活动总结</a></li></ul></div>
<div class="foot">Copyright &copy; 2024 青禾范文网 版权所有 备案号：湘ICP备2023000000号</div>
</body></html>
""", enc="gb18030", published="2024-03-11",
      speeches=[sp("在全市巩固国家卫生城市工作会议上讲话", "讲话", "市", masked=True, min_paras=6)],
      junk=["注册", "当前位置", "青禾范文网", "网友投稿", "下面是小编为大家整理的", "热门文章", "爱国卫生月活动总结",
            "备案号"],
      kept=["去年第三方暗访反馈了四十七个问题，其中近一半集中在城乡结合部。",
            "要打好食品安全这场硬仗，小餐饮、小作坊要逐户建档，做到证照齐全、操作规范。",
            "同志们，巩卫工作只有起点，没有终点。"],
      **B16)

# o04 — a 公文 member site's page (HTML): nav, the title, the speech (a city's 创文 总结暨推进
# 大会, masked x), then the site's share line, "本文标题/链接地址", a copyright notice and service links.
blind("o04.html", """<html><head><meta charset="utf-8"><title>创建全国文明城市工作总结暨巩固提升大会上的讲话 - 公文之家</title></head>
<body>
<div class="header"><a href="/">公文之家</a> | <a href="/vip">开通会员</a> | <a href="/search">搜索</a></div>
<div class="crumb">首页 / 讲话稿 / 领导讲话</div>
<h2>创建全国文明城市工作总结暨巩固提升大会上的讲话</h2>
<div class="content">
<p>同志们：</p>
<p>今天我们召开大会，主要任务是总结创文经验、表彰先进典型，动员全市上下在新的起点上巩固提升文明城市创建成果。刚才，大家观看了创文专题片，晓东同志宣读了表彰决定，立军同志回顾了创文历程，两个区和市城管局的主要负责同志作了发言，讲得都很好。</p>
<p>全国文明城市是一座城市综合实力和文明程度的集中体现。自 20xx 年启动创建以来，x 的创文工作一天也没有停过。我们先后拿下了国家卫生城市、国家园林城市等称号，又经过两轮提名城市的考验，终于在今年跻身全国文明城市行列。这个成绩，是全市干部群众一起流汗流出来的。</p>
<p>回顾创建历程，有三条体会值得长期坚持。第一，创建要为民。我们把群众反映最集中的停车难、如厕难、出行难作为突破口，三年新增停车泊位两万多个，改造公厕三百余座，群众看得见、摸得着。第二，创建要靠民。全市注册志愿者超过四十万人，每个路口、每个社区都有他们的身影。第三，创建要常态。我们建立了“日巡查、周通报、月考核”的机制，不搞突击，不搞运动。</p>
<p>牌子拿到了，标准不能降。全国文明城市三年一复查，年年有测评，测评不合格的要摘牌。各区各部门要把创建期间形成的好做法固化为长效机制，市文明办要牵头修订长效管理考核办法，把考核结果与干部的评先评优挂钩。</p>
<p>同志们，文明没有终点，创建永远在路上。希望大家珍惜荣誉、再接再厉，让 x 这座古城更加文明、更有温度！</p>
</div>
<div class="share">微信扫一扫在手机阅读、分享本文</div>
<div class="meta">本文标题：创建全国文明城市工作总结暨巩固提升大会上的讲话<br>链接地址：https://www.gwzj.example.com/article/8821.html</div>
<div class="copy"><b>版权声明</b><br>本文为作者原创，不允许二次传播，一经发现收回会员权益，追究法律责任。</div>
<div class="service">微信订阅号　联系客服　意见反馈</div>
<script>document.oncopy=function(){return false};</script>
</body></html>
""",
      speeches=[sp("创建全国文明城市工作总结暨巩固提升大会上的讲话", "讲话", "市", masked=True, min_paras=5)],
      junk=["公文之家", "开通会员", "领导讲话", "微信扫一扫", "本文标题", "链接地址", "版权声明", "收回会员权益", "联系客服"],
      kept=["这个成绩，是全市干部群众一起流汗流出来的。",
            "全市注册志愿者超过四十万人，每个路口、每个社区都有他们的身影。",
            "同志们，文明没有终点，创建永远在路上。"],
      **B16)

# o05 — a county-level city's 政务公开 page (HTML): a report of a bureau's 创文 宣传 推进会 held
# to carry out the city's meeting, the bureau head's demands in "要…" clauses; index-number table.
blind("o05.html", """<html><head><meta charset="utf-8"><title>市文化广电旅游局召开创建全国文明城市宣传工作推进会</title></head>
<body>
<div id="top">荥阳市人民政府 | 政务公开 | 部门信息</div>
<table class="xxgk"><tr><td>索引号：11410182MB0Y3317</td><td>发布机构：市文化广电旅游局</td></tr>
<tr><td>发文日期：2021-05-19</td><td>主题分类：文化</td></tr></table>
<h1>市文化广电旅游局召开创建全国文明城市宣传工作推进会</h1>
<div class="c">
<p>为贯彻落实全市创建全国文明城市推进会精神，5月18日下午，市文化广电旅游局召开创建全国文明城市宣传工作推进会，局党组书记、局长宋国华出席会议并讲话，局领导班子成员、各科室和二级机构负责人参加会议。</p>
<p>会上，局办公室通报了近期创文宣传氛围营造的检查情况，指出了部分公益广告破损褪色、文化场馆志愿服务台缺人值守等问题。</p>
<p>宋国华要求，要进一步提高思想认识，把创文宣传作为当前的重要政治任务来抓；要进一步对标测评体系，逐条梳理公益广告、图书馆、文化馆和景区的失分点，做到立行立改；要进一步创新宣传方式，用好广场舞、戏曲进社区等群众喜爱的形式，让文明理念走进千家万户；要进一步严明工作纪律，对推进不力的科室和个人严肃问责。</p>
<p>会议强调，创文工作是全市人民的共同心愿，全局上下要拧成一股绳，为打造郑西新城、建设和美荥阳贡献文旅力量。</p>
</div>
<div class="bottom">【打印本页】【关闭窗口】</div>
<div class="foot">主办：荥阳市人民政府办公室　网站标识码4101820001</div>
</body></html>
""", published="2021-05-19",
      speeches=[sp("市文化广电旅游局召开创建全国文明城市宣传工作推进会", "会议报道", "市", ("河南省", "郑州市", "荥阳市"),
                   speaker=["局党组书记、局长宋国华", "局长宋国华", "宋国华"], min_paras=4)],
      junk=["政务公开", "索引号", "11410182MB0Y3317", "发布机构", "主题分类", "打印本页", "网站标识码"],
      kept=["会上，局办公室通报了近期创文宣传氛围营造的检查情况，指出了部分公益广告破损褪色、文化场馆志愿服务台缺人值守等问题。",
            "会议强调，创文工作是全市人民的共同心愿，全局上下要拧成一股绳，为打造郑西新城、建设和美荥阳贡献文旅力量。"],
      **B16)

# o06 — a Traditional copy of a city portal's 领导活动 report (txt copy, utf-8) whose converter
# left the pinyin of many characters in brackets; the reporters in brackets at the end.
blind("o06.txt", """我市召开精神文明创建工作推进会
发布时间：2025-04-28 10:31　来源：市委宣传部
4月25日，我市召开新一届精神文明创建工作推进会，通报第七届全国文明城市、文明村镇、文明单位评选表彰情况，交流创建经验，部署下一阶段工作。市委常委、宣传部部长邓晓梅出席会议并讲话。
会上，三个县市区和两家市直单位作了交流发言，介绍了在背街小巷整治、志愿服务常态化等方面的做法。
邓晓梅强调，要提高思想认识，增强创建自觉，对照标准查一查成效是否显著、典型是否立得住。要把握关键环节，坚持问题导向，补齐短板弱项，突出特色品牌。要强化责任落实，凝聚创建合力，把工作往深里做、往实里做，在新一轮创建中走在前列。
（记者 罗一鸣 通讯员 龚小冰）
""", trad="s2tw", published="2025-04-28",
      pinyin=[("創建", "創(chuàng)建"), ("推進", "推進(jìn)"), ("會議", "會(huì)議"), ("強調", "強(qiáng)調(diào)"),
              ("經驗", "經(jīng)驗(yàn)"), ("責任", "責(zé)任")],
      speeches=[sp("我市召开精神文明创建工作推进会", "会议报道", "市",
                   speaker=["市委常委、宣传部部长邓晓梅", "宣传部部长邓晓梅", "邓晓梅"], min_paras=3)],
      junk=["发布时间", "来源：市委宣传部", "chuàng", "jìn", "huì", "罗一鸣"],
      kept=["会上，三个县市区和两家市直单位作了交流发言，介绍了在背街小巷整治、志愿服务常态化等方面的做法。",
            "要把握关键环节，坚持问题导向，补齐短板弱项，突出特色品牌。"],
      **B16)

# o07 — a city paper's 创文 channel page (txt copy, GBK): the headline, a subtitle naming who
# attended, a "名城网讯（记者 …）" lead, a weekly meeting of the city's 创文办 and its commander's
# demands; the channel's editor line and previous/next links.
blind("o07.txt", """市“创文”办第十八次周例会召开
周立鹤出席并讲话
名城网讯（漯河日报全媒体记者 苏中岩）6月29日，市“创文”办第十八次周例会召开。市委常委、宣传部部长、市“创文”指挥部指挥长周立鹤出席会议并讲话。
会上，市“创文”办各工作组负责同志汇报了上周工作推进情况、省文明办暗访反馈问题的整改情况和本周工作重点。
周立鹤在听取汇报后指出，距离年度测评已不足两个月，时间紧、任务重，容不得半点松懈。他要求，各工作组要对照暗访反馈的问题逐条销号，对整改不到位的点位要挂牌督办；要加强对城区主次干道、农贸市场、老旧小区的夜间巡查，防止问题反弹；要加大宣传力度，让创文知识进社区、进学校、进企业。
周立鹤强调，市“创文”办全体同志要坚定信心、主动作为，以更加务实的作风做好冲刺阶段的各项工作，坚决打赢创文攻坚战。
责任编辑：王晓丹
上一篇：我市开展文明交通劝导志愿服务活动
下一篇：源汇区召开创文工作推进会
""", enc="gbk",
      speeches=[sp("市“创文”办第十八次周例会召开", "会议报道", "市", ("河南省", "漯河市", None),
                   speaker=["市委常委、宣传部部长、市“创文”指挥部指挥长周立鹤", "宣传部部长周立鹤", "周立鹤"],
                   min_paras=3)],
      junk=["名城网讯", "责任编辑", "王晓丹", "上一篇", "下一篇", "我市开展文明交通劝导志愿服务活动", "源汇区召开创文工作推进会"],
      kept=["会上，市“创文”办各工作组负责同志汇报了上周工作推进情况、省文明办暗访反馈问题的整改情况和本周工作重点。",
            "周立鹤在听取汇报后指出，距离年度测评已不足两个月，时间紧、任务重，容不得半点松懈。"],
      **B16)

# o08 — a 范文 site's collection page (txt copy): a 【阅读指引】 paragraph naming the page's
# title with 【通用2篇】, then 【第一篇】 and 【第二篇】 headings each over a speech with no title
# of its own (a city's 创文 动员会 with xx roles; a district's 创文 推进会), the site's tags.
blind("o08.txt", "【阅读指引】下面是好文阅读网友为您精心整理分享的“创建全国文明城市推进会讲话稿【通用2篇】”，"
      "以供您写作参考所用，希望此则范文对您有所帮助，喜欢就复制下载支持一下吧！\n"
      "创建全国文明城市推进会讲话稿【第一篇】\n"
      "同志们：\n"
      "今天，市委、市政府召开这次推进大会，目的就是对创建全国文明城市来一次再发动、再鼓劲、再部署。"
      "刚才，xx部长通报了上半年测评情况，几个单位的负责同志作了表态发言，xx市长对下一步工作作了具体部署，希望大家认真抓好落实。"
      "借此机会，我讲三点意见。\n"
      "一是要算好时间账。离年度测评只有一百来天，每一天都要掰成两半用。各部门手上的整改任务，要倒排工期，"
      "哪一天完成什么，要清清楚楚。\n"
      "二是要算好短板账。上半年测评中，我们在公共场所秩序、未成年人思想道德建设两项上丢分最多。"
      "这两块要作为攻坚重点，由分管市领导亲自牵头，一周一调度。\n"
      "三是要算好责任账。创建不是文明办一家的事，是全市各级各部门共同的事。"
      "哪个单位的点位出了问题，就找哪个单位的一把手。\n"
      "同志们，全国文明城市是一块金字招牌。只要我们一鼓作气、全力以赴，就一定能够实现目标！\n"
      "创建全国文明城市推进会讲话稿【第二篇】\n"
      "同志们：\n"
      "这次会议是区委、区政府在全市创文推进大会之后召开的一次重要会议，主要任务是传达贯彻全市会议精神，"
      "对全区下一阶段创文工作再安排、再落实。\n"
      "从市里通报的情况看，我区在六个城区中排名第四，既不算落后，也绝不能算好。特别是老旧小区和农贸市场两项，"
      "失分比例在全市最高。各街道要把这两项当作头号任务，一个小区一个小区地过，一个摊位一个摊位地查。\n"
      "区城管执法局要加强对主次干道的巡查，占道经营、乱停乱放要随时发现随时处理。区教育局要组织中小学生开展文明劝导活动，"
      "让孩子们带动家长。区卫健局要督促辖区医院完善便民设施，做好预约挂号、导诊服务。\n"
      "同志们，创文工作到了最吃劲的时候，希望大家咬紧牙关，为全市创建多作贡献。\n"
      "标签：创文讲话 推进会讲话稿 文明城市\n",
      speeches=[sp("创建全国文明城市推进会讲话稿", "讲话", "市", masked=True, min_paras=5),
                sp("创建全国文明城市推进会讲话稿", "讲话", "区", min_paras=4)],
      junk=["阅读指引", "好文阅读网友", "复制下载支持", "【第一篇】", "【第二篇】", "标签："],
      kept=["离年度测评只有一百来天，每一天都要掰成两半用。",
            "哪个单位的点位出了问题，就找哪个单位的一把手。",
            "从市里通报的情况看，我区在六个城区中排名第四，既不算落后，也绝不能算好。",
            "区教育局要组织中小学生开展文明劝导活动，让孩子们带动家长。"],
      **B16)

# o09 — a personal blog's copy of a PDF (txt copy): the title, the speaker's name spaced out, a
# dated line in half-width brackets, the text with half-width punctuation and every line cut at
# 40 characters; the blog's "上一篇/下一篇" and category line.
_O09 = ["同志们:",
        "党中央对城市工作和文明城市创建工作作出一系列部署,强调要全面提高市民文明素质,打造城市精神,"
        "让城市成为人们追求美好生活的有力依托。今天召开这个大会,就是要动员全市上下统一思想,锁定目标,"
        "铆足干劲,拼搏再战三年,把全国文明城市的牌子拿到手。刚才,振华同志作了工作报告,海涛同志通报了"
        "去年的测评情况,四个单位作了典型发言。下面,我讲三点意见。",
        "一、坚定信心,锲而不舍把创建进行到底",
        "去年我们与全国文明城市失之交臂,干部群众心里都不好受,有的同志甚至怀疑还要不要继续创。今天我"
        "明确告诉大家:不但要创,而且要作为一号工程来抓。三年来,我们的测评排名从全国第七十一位上升到"
        "第三十九位,年年都在进步,这说明我们的路子是对的。",
        "二、找准差距,集中力量补齐短板",
        "从去年的反馈看,我们失分主要集中在三个方面:一是城中村和城乡结合部环境脏乱,二是交通秩序不够"
        "规范,三是网上申报材料不够扎实。各责任单位要逐项对照,拿出整改措施,明确完成时限。",
        "三、强化保障,确保各项任务落到实处",
        "市财政每年安排创建专项资金不少于一亿元,重点用于基础设施改造。市委督查室、市政府督查室要联合"
        "开展督查,每月通报一次。对工作不力的单位和个人,要严肃问责,决不姑息。",
        "同志们,创建全国文明城市,我们输不起,也等不起。让我们携起手来,打一场漂亮的翻身仗!"]
blind("o09.txt", "在创建全国文明城市动员大会上的讲话\n韩 振 邦\n(2019年5月9日)\n" + hard_wrap(_O09, 40) +
      "\n\n分类:领导讲话 | 阅读(326)\n上一篇:在全市环境卫生整治推进会上的讲话\n下一篇:在创卫复审迎检工作会议上的讲话\n",
      speeches=[sp("在创建全国文明城市动员大会上的讲话", "讲话", "市", date="2019-05-09", speaker=["韩振邦"],
                   min_paras=5)],
      junk=["分类:领导讲话", "阅读(326)", "上一篇", "下一篇", "在全市环境卫生整治推进会上的讲话",
            "在创卫复审迎检工作会议上的讲话"],
      kept=["三年来，我们的测评排名从全国第七十一位上升到第三十九位，年年都在进步，这说明我们的路子是对的。",
            "市财政每年安排创建专项资金不少于一亿元，重点用于基础设施改造。",
            "同志们，创建全国文明城市，我们输不起，也等不起。"],
      **B16)

# o10 — a 范文 site's page (txt copy): a role-only title (市长 …致辞), a masked city's mayor
# thanking the inspection group on receiving the 国家卫生城市 title, his figures masked as XX;
# the site's copyright line.
blind("o10.txt", "市长在国家卫生城市命名大会上的致辞\n"
      "各位领导、各位来宾：\n"
      "大家好！我是XX省XX市人民政府市长XX。这一次，XX市获得国家卫生城市荣誉称号，我首先代表中共XX市委、XX市人民政府和全市百万人民，"
      "向长期关心支持我市创卫工作的各位领导和专家表示衷心的感谢！\n"
      "XX市的创卫之路走了十多年。XX年成功创建省级卫生城市，XX年两次通过省卫生城市复审，XX年瞄准更高目标，启动国家卫生城市创建。"
      "这些年，我们新建压缩式垃圾中转站XX座，改造老旧小区XX多个，城市生活污水处理实现全覆盖，城区病媒生物密度始终控制在国家标准之内。"
      "市民对城市卫生状况的满意率逐年上升。\n"
      "获得这块牌子，对我们来说不是终点，而是新的起点。今后，我们将把爱国卫生运动与健康城市建设结合起来，"
      "继续完善环卫基础设施，深化农贸市场和城中村的长效管理，推动卫生城市创建向乡镇延伸，让全市人民在干净整洁的环境中生活得更健康、更舒心。\n"
      "我们也真诚希望各位领导和专家一如既往地关心支持XX市的发展，多提宝贵意见。\n"
      "谢谢大家！\n"
      "本文由网友投稿，版权归原作者所有，转载请注明出处。\n",
      speeches=[sp("市长在国家卫生城市命名大会上的致辞", "讲话", "市", speaker=["市长"], masked=True, min_paras=4)],
      junk=["网友投稿", "版权归原作者所有", "转载请注明出处"],
      kept=["获得这块牌子，对我们来说不是终点，而是新的起点。",
            "我们也真诚希望各位领导和专家一如既往地关心支持XX市的发展，多提宝贵意见。"],
      **B16)

# o11 — a writing site's preview (txt copy): the title glued to "同志们：", the whole text on one
# line with masked numbers (X个), cut off mid-sentence with "..." and a members' line after it;
# a city's 创卫 点评会 speech.
blind("o11.txt", "在创建卫生城市工作点评会上的讲话同志们：这次会议既是四季度创卫工作的点评会，又是城区背街小巷整治竞赛的动员会。"
      "刚才，大家观看了三季度创卫工作点评专题片，对X个市级卫生村和全市第X批X家卫生庭院授了牌，排名靠后的几个单位作了整改发言，"
      "三个区政府向市政府递交了背街小巷整治责任状。X代表市创卫领导小组作了工作报告，我完全同意。下面，我强调三点意见：一、要坚定信心，"
      "全力冲刺创卫目标。创建国家卫生城市是市委、市政府向全市人民作出的庄严承诺。抓创卫就是抓民生、抓城建、抓发展，只有锲而不舍地推进，"
      "才能真正改变城市面貌，让老百姓得到实惠。从这次点评的情况看，各区之间差距明显，有的区已经形成了常态管理，有的区还停留在突击整治，"
      "一检查就干净，检查组一走就反弹。二、要突出重点，狠抓背街小巷整治。背街小巷是城市的毛细血管，也是群众意见最大的地方。"
      "各区要对辖区内的背街小巷进行一次全面排查，路面不平的要修，路灯不亮的要换，垃圾乱堆的要清，..."
      "\n（试读结束，剩余内容需登录后查看）\n写作坊　登录　注册\n",
      speeches=[sp("在创建卫生城市工作点评会上的讲话", "讲话", "市", masked=True, truncated=True)],
      junk=["试读结束", "剩余内容需登录后查看", "写作坊"],
      kept=["抓创卫就是抓民生、抓城建、抓发展，只有锲而不舍地推进，才能真正改变城市面貌，让老百姓得到实惠。",
            "背街小巷是城市的毛细血管，也是群众意见最大的地方。"],
      **B16)

# o12 — a WeChat 素材库 account's article (txt copy): the account's name and "首页", a role-only
# title, a "10-28 …" date-and-account line, paragraphs indented with two full-width spaces, a run
# of X masking a slogan; the account's follow and 阅读原文 lines after it.
blind("o12.txt", "材料帮素材库 首页\n\n"
      "县长在创建国家卫生县城推进大会上的讲话\n\n"
      "10-28 材料帮素材库\n\n"
      "同志们：\n"
      "　　今天召开这个推进大会，是在创卫进入冲刺阶段召开的一次重要会议。会议的任务，就是对照国家卫生县城标准查漏补缺，"
      "把剩下的硬骨头一块一块啃下来。\n"
      "　　我想从三个方面讲一讲：一是现在到了什么阶段，二是还差在哪里，三是接下来怎么干。\n"
      "　　先说现在到了什么阶段。去年我县通过了省级卫生县城复审，今年四月向全国爱卫办提出了申报。"
      "按照程序，明年上半年将迎来技术评估。可以说，我们已经站在了门槛上，但门槛能不能迈过去，还要看这半年的功夫。\n"
      "　　再说还差在哪里。从省爱卫办组织的模拟评估来看，我们的差距主要在三块：县城的十四座公厕有一半不达标，"
      "两个农贸市场的活禽区没有实现隔离，城郊的几个自然村垃圾还在靠人工转运。这些都是硬指标，差一项都过不了关。\n"
      "　　最后说接下来怎么干。公厕改造由县住建局牵头，年底前全部完成；农贸市场改造由县市场监管局牵头，春节前投入使用；"
      "城郊垃圾转运由城关镇负责，两个月内配齐压缩设备。各牵头单位要把任务分解到周，每周向县创卫办报告一次进度。"
      "搞好国家卫生县城创建，是贯彻落实XXXXXXX的具体行动，也是给全县群众办的一件大实事。\n"
      "　　同志们，只要大家拧成一股绳，就没有过不去的坎。\n\n"
      "长按二维码关注我们\n阅读原文　在看　分享\n",
      speeches=[sp("县长在创建国家卫生县城推进大会上的讲话", "讲话", "县", speaker=["县长"], masked=True, min_paras=6)],
      junk=["材料帮素材库", "10-28", "长按二维码关注我们", "阅读原文", "在看"],
      kept=["可以说，我们已经站在了门槛上，但门槛能不能迈过去，还要看这半年的功夫。",
            "这些都是硬指标，差一项都过不了关。",
            "同志们，只要大家拧成一股绳，就没有过不去的坎。"],
      **B16)

# o13 — a 文档 site's page (txt copy): the whole text on one line with spaces for paragraph
# breaks, a county's 省级文明城市 推进会 speech given by the county head on the secretary's behalf
# (xx书记, xx同志); the site's score and download line.
blind("o13.txt", "在创建省级文明城市推进会上的讲话\n"
      "同志们： 今天，我们召开创建省级文明城市推进会，这既是鼓劲动员会，更是加压誓师会，主要任务是分析研判我县创建形势，"
      "查找薄弱环节，动员全县上下坚定信心、进入冲刺状态。 刚才，xx同志传达了省文明办关于测评工作的最新要求，对创建工作作了部署，"
      "讲得很具体，我完全赞同。县城管局、县交警大队等五个单位作了发言，有决心、有措施，希望大家说到做到。 "
      "由于xx书记在省委党校学习，受xx书记委托，我再强调三点意见。 "
      "一、提高站位，切实增强创建的责任感和紧迫感 文明是一座城市的底色。省级文明城市是我县目前能够争取的含金量最高的城市品牌，"
      "也是县委向全县人民作出的承诺。全县上下要把思想统一到县委的部署上来，不能把创建当成文明办一家的事。 "
      "二、对标对表，全力补齐测评短板 今年的测评体系新增了不少指标，比如无障碍设施、未成年人上网环境、社会信用体系建设等，"
      "各牵头单位要逐条研究，弄清楚测什么、怎么测，不能凭经验办事。县城老旧小区的楼道堆物、飞线充电问题比较突出，"
      "城关、东关两个街道要在一个月内集中清理一遍。 三、压实责任，形成上下联动的工作格局 县级领导包片、部门包点、干部包户的责任体系要真正运转起来。"
      "县创城办要实行每周一暗访、每月一通报，对连续两次排名末位的单位，由县纪委监委约谈主要负责同志。 "
      "同志们，创城冲刺的号角已经吹响，希望大家以最扎实的作风、最饱满的热情投入到创建工作中去，确保我县成功创建省级文明城市。\n"
      "文档评分：4.6　　下载券：2　　立即下载\n",
      speeches=[sp("在创建省级文明城市推进会上的讲话", "讲话", "县", masked=True)],
      junk=["文档评分", "下载券", "立即下载"],
      kept=["文明是一座城市的底色。",
            "县城老旧小区的楼道堆物、飞线充电问题比较突出，城关、东关两个街道要在一个月内集中清理一遍。",
            "县级领导包片、部门包点、干部包户的责任体系要真正运转起来。"],
      **B16)

# o14 — a city's 文明网 column page (HTML, gb18030) printing two bureaus' pledges from the city's
# 创文 攻坚 大会 under one headline ("…表态发言摘登"), each under its unit's name; nav, a
# source/time line, a sidebar and a footer.
blind("o14.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>全市创建全国文明城市攻坚大会表态发言摘登_黄石文明网</title></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/wmcj/">文明创建</a> <a href="/zyfw/">志愿服务</a> <a href="/ddmf/">道德模范</a></div>
<h1>全市创建全国文明城市攻坚大会表态发言摘登</h1>
<div class="src">来源：黄石文明网　　时间：2022-06-08　　浏览次数：</div>
<div class="text">
<p><strong>市城市管理局：以绣花功夫管好城市</strong></p>
<p>我们坚决拥护市委、市政府的决策部署，把创文攻坚作为全局当前的头等大事。一是抓市容秩序，对主次干道的占道经营、乱堆乱放实行全天候巡查，做到发现一处、处置一处。二是抓环境卫生，把背街小巷的保洁时间延长到晚上十点，垃圾收运做到日产日清。三是抓作风保障，局领导班子成员每人包保一个城区，每周至少两次到一线检查。我们保证，凡是城管职责范围内的问题，决不让它在测评中失分！</p>
<p><strong>市住房和城乡建设局：加快补齐老旧小区短板</strong></p>
<p>老旧小区是测评失分的重灾区，也是群众最盼改的地方。我局将把今年列入改造计划的八十六个小区全部在九月底前完工，对楼道堆物、飞线充电、化粪池外溢等问题开展专项清理。同时，督促物业企业落实服务标准，对考核不合格的物业企业，坚决清出市场。我们一定以实际行动向全市人民交出满意答卷。</p>
</div>
<div class="side"><h4>图片新闻</h4><a href="#">黄石港区开展文明交通劝导</a></div>
<div class="foot">主办：中共黄石市委宣传部　黄石市文明办　鄂ICP备0000000号</div>
</body></html>
""", enc="gb18030", published="2022-06-08",
      speeches=[sp("市城市管理局：以绣花功夫管好城市", "表态发言", "市", ("湖北省", "黄石市", None)),
                sp("市住房和城乡建设局：加快补齐老旧小区短板", "表态发言", "市", ("湖北省", "黄石市", None))],
      junk=["黄石文明网", "文明创建", "道德模范", "浏览次数", "图片新闻", "黄石港区开展文明交通劝导", "鄂ICP备"],
      kept=["我们保证，凡是城管职责范围内的问题，决不让它在测评中失分！",
            "老旧小区是测评失分的重灾区，也是群众最盼改的地方。",
            "我们一定以实际行动向全市人民交出满意答卷。"],
      **B16)

# o15 — a Word file saved as text (txt copy, GB18030): a running head and a page footer
# ("第 1 页 共 2 页") between paragraphs, a field code left behind, a street's pledge at its
# district's 创卫 复审 迎检 大会 (**街道, ×同志 masked).
blind("o15.txt", "**街道党工委文件汇编\n"
      "在全区国家卫生城市复审迎检动员大会上的表态发言\n"
      "**街道党工委书记\n"
      "尊敬的各位领导、同志们：\n"
      "按照会议安排，我代表**街道党工委、办事处作表态发言。刚才，×同志对全区复审迎检工作作了全面部署，我们坚决拥护、全力落实。\n"
      "我街道地处老城区，辖区内有农贸市场两个、老旧小区二十一个、背街小巷四十三条，是全区复审迎检任务最重的街道之一。"
      "对此，我们将从三个方面抓好落实。\n"
      "一是领导带头，全员上阵。街道班子成员每人包保一个社区，每天早晚两次巡查，发现问题当场交办、限时整改。"
      "机关干部全部下沉到网格，做到人人有责任区、个个有任务单。\n"
      "**街道党工委文件汇编\n"
      "第 1 页 共 2 页\n"
      "二是聚焦短板，逐项攻坚。针对农贸市场周边占道经营反弹的问题，我们将联合区城管执法局实行定岗定人管理；"
      "针对老旧小区楼道堆物多的问题，我们将组织党员志愿者开展为期一个月的清楼行动；"
      "针对背街小巷路面破损的问题，我们已经列出清单，七月底前全部修复。\n"
      "三是发动群众，共建共享。我们将通过楼栋长、居民议事会把复审的要求讲到每家每户，引导居民参与门前三包，"
      "让干净整洁成为每个居民的自觉行动。{ PAGE \\* MERGEFORMAT }\n"
      "我们表态：坚决完成区委、区政府交给的各项任务，以最好的状态迎接复审，确保不在我街道失分！\n"
      "第 2 页 共 2 页\n",
      enc="gb18030",
      speeches=[sp("在全区国家卫生城市复审迎检动员大会上的表态发言", "表态发言", "区", masked=True, min_paras=5)],
      junk=["文件汇编", "第 1 页 共 2 页", "第 2 页 共 2 页", "MERGEFORMAT"],
      kept=["我街道地处老城区，辖区内有农贸市场两个、老旧小区二十一个、背街小巷四十三条，是全区复审迎检任务最重的街道之一。",
            "机关干部全部下沉到网格，做到人人有责任区、个个有任务单。",
            "我们表态：坚决完成区委、区政府交给的各项任务，以最好的状态迎接复审，确保不在我街道失分！"],
      **B16)

# o16 — a county 融媒体 portal's page (txt copy): a report of the county's 创文 动员大会 at which
# the county secretary spoke, then "讲话全文如下：" and the speech itself; the portal's
# editor/review lines after it.
blind("o16.txt", "首页 > 要闻 > 本地新闻\n"
      "桃江县召开创建全国文明城市动员大会\n"
      "来源：桃江融媒体中心　作者：刘思源　发布时间：2020-03-06 18:40\n"
      "3月6日，桃江县召开创建全国文明城市动员大会，县委书记姜志成出席会议并讲话，县长陆文斌主持会议。\n"
      "会议宣读了全县创建全国文明城市实施方案，县城管局、桃花江镇等四个单位作了表态发言。\n"
      "姜志成指出，创建全国文明城市是县委、县政府作出的重大决策，是全县人民的共同期盼。他要求，全县上下要以决战的姿态、"
      "务实的作风投入创建，确保三年内进入全国文明城市提名行列。\n"
      "讲话全文如下：\n"
      "在全县创建全国文明城市动员大会上的讲话\n"
      "同志们：\n"
      "今天召开全县创建全国文明城市动员大会，标志着我县创文工作全面启动。刚才，文斌同志宣读了实施方案，四个单位作了表态发言，我都赞同。"
      "下面，我讲三个方面的意见。\n"
      "第一，创文是一件顺民意的大事。这些年，县城规模扩大了，高楼多了，但群众对城市管理的抱怨也多了。"
      "乱停车、乱摆摊、乱扔垃圾，这些问题不解决，城市再大也称不上现代化。创文，就是要从这些群众最关心的事情做起。\n"
      "第二，创文是一场比拼实干的硬仗。全国文明城市测评有一百多项指标，每一项都要落实到具体的路、具体的小区、具体的单位。"
      "县创文办要把指标分解到各牵头单位，各单位再分解到科室和个人，做到人人身上有担子。\n"
      "第三，创文是一项久久为功的工程。创文不是刮一阵风，而是要形成长效机制。要建立县级领导包片、部门包路、社区包楼的责任网络，"
      "把日常管理的功夫下在平时。\n"
      "同志们，创文工作已经开弓，没有回头箭。让我们撸起袖子加油干，为建设更加文明、更加美丽的桃江而努力奋斗！\n"
      "责任编辑：周晓晨　审核：龙建国\n",
      published="2020-03-06",
      speeches=[sp("桃江县召开创建全国文明城市动员大会", "会议报道", "县", ("湖南省", "益阳市", "桃江县"),
                   speaker=["县委书记姜志成", "姜志成"], min_paras=3),
                sp("在全县创建全国文明城市动员大会上的讲话", "讲话", "县", ("湖南省", "益阳市", "桃江县"),
                   speaker=["县委书记姜志成", "姜志成"], min_paras=5)],
      junk=["本地新闻", "桃江融媒体中心", "作者：刘思源", "发布时间", "讲话全文如下", "责任编辑", "审核：龙建国"],
      kept=["会议宣读了全县创建全国文明城市实施方案，县城管局、桃花江镇等四个单位作了表态发言。",
            "乱停车、乱摆摊、乱扔垃圾，这些问题不解决，城市再大也称不上现代化。",
            "同志们，创文工作已经开弓，没有回头箭。"],
      **B16)

# o17 — a city 文明网 news page (HTML): nav, the headline, a source/time/hits line, a report of
# the propaganda department's meeting on 创文 at which the department head spoke after her deputy
# explained the plans and before the executive deputy's closing demand; the 上一篇/下一篇 links.
blind("o17.html", """<!doctype html><html><head><meta charset="utf-8"><title>市委宣传部召开专题会议部署文明城市创建工作 - 连云港文明网</title>
<link rel="stylesheet" href="/css/main.css"></head>
<body>
<header><div class="logo">连云港文明网</div><nav><a href="/">首页</a><a href="/wmcj">文明创建</a><a href="/gzdt">工作动态</a><a href="/hyxw">好人榜</a></nav></header>
<main>
<h1>市委宣传部召开专题会议部署文明城市创建工作</h1>
<p class="info">来源：市文明办　发布时间：2017-02-21　点击数：412</p>
<article>
<p>2月20日上午，市委宣传部召开全体人员会议，专题研究部署文明城市创建工作。市委常委、宣传部部长滕晓雯出席会议并讲话。</p>
<p>会上，市委宣传部副部长、市文明办主任李其超传达了省文明办主任会议精神，介绍了我市创建工作态势，并就创建工作方案、宣传氛围营造方案和负面清单作了解读。</p>
<p>滕晓雯在讲话中指出，市委、市政府高度重视文明城市创建工作，宣传部全体人员要迅速行动起来。一要做好宣传氛围营造，核心价值观宣传要上墙、上屏、上报、上网、进家庭，通过群众喜闻乐见的活动吸引市民关心创建；二要坚持问题导向，以测评目标为落脚点，修改完善工作方案，做好向市委、市政府的汇报准备。</p>
<p>会议最后，市委宣传部常务副部长杨建浩要求，全部门上下要全员行动、全心投入、全程协作、全力攻坚。</p>
</article>
<div class="pager">上一篇：我市启动“文明餐桌”行动　下一篇：海州区召开创建工作推进会</div>
</main>
<footer>连云港市文明办主办　苏ICP备05000000号　技术支持：港城网络</footer>
<script src="/js/count.js"></script>
</body></html>
""", published="2017-02-21",
      speeches=[sp("市委宣传部召开专题会议部署文明城市创建工作", "会议报道", "市", ("江苏省", "连云港市", None),
                   speaker=["市委常委、宣传部部长滕晓雯", "宣传部部长滕晓雯", "滕晓雯"], min_paras=4)],
      junk=["连云港文明网", "工作动态", "好人榜", "点击数", "上一篇", "我市启动“文明餐桌”行动", "苏ICP备", "技术支持"],
      kept=["2月20日上午，市委宣传部召开全体人员会议，专题研究部署文明城市创建工作。",
            "会议最后，市委宣传部常务副部长杨建浩要求，全部门上下要全员行动、全心投入、全程协作、全力攻坚。"],
      **B16)

# o18 — a Hong Kong-encoded Traditional mirror of a 公文 page (txt copy, Big5-HKSCS): the site's
# menu line, the title, a 时间/作者 line, a district's 巩卫 暨 爱国卫生月 动员 speech (X月, X区
# masked), the mirror's "返回目录/上一頁" line and its copyright.
blind("o18.txt", "公文寫作網｜首頁｜講話稿｜工作總結｜心得體會\n"
      "在全區鞏固國家衛生城市暨愛國衛生月活動動員會上的講話\n"
      "時間：2023-04-03　作者：佚名\n"
      "同志们：\n"
      "今天是第三十五个爱国卫生月的第一天，我们召开这次动员会，就是要把巩卫工作和爱国卫生月活动结合起来，"
      "在全区掀起一轮环境卫生整治的热潮。刚才，区卫健局通报了去年X月省级暗访的情况，三个街道作了交流发言，讲得都很实在。\n"
      "我们区是全市巩卫任务最重的城区。辖区内老旧小区多、城中村多、流动人口多，环境卫生问题反复出现。"
      "去年省级暗访中，全市被通报的十二个问题，我区就占了五个，这个教训必须记住。\n"
      "这次爱国卫生月，我们要重点抓好三件事。第一件是清死角。各街道要组织力量，对辖区内的背街小巷、楼前屋后、河道沿线来一次彻底清理，"
      "做到不留死角、不留盲区。第二件是除四害。区疾控中心要在月内完成一轮全区范围的病媒生物消杀，重点是农贸市场、餐饮集中区和建筑工地。"
      "第三件是树新风。各社区要开展健康知识进家庭活动，倡导分餐制、公筷制，引导居民养成文明健康的生活方式。\n"
      "巩卫工作要靠平时，不能靠突击。区巩卫办要把这次活动中发现的问题全部建档，一个月后组织回头看，整改不到位的，在全区通报。\n"
      "同志们，干净整洁的环境是群众最直接的获得感。希望大家以这次爱国卫生月为契机，把我区的巩卫工作再往前推一步。\n"
      "返回目錄　上一頁　下一頁\n"
      "版權所有 公文寫作網 未經許可不得轉載\n",
      enc="big5hkscs", trad="s2hk", published="2023-04-03",
      speeches=[sp("在全区巩固国家卫生城市暨爱国卫生月活动动员会上的讲话", "讲话", "区", masked=True, min_paras=6)],
      junk=["公文写作网", "心得体会", "作者：佚名", "返回目录", "上一页", "未经许可不得转载"],
      kept=["去年省级暗访中，全市被通报的十二个问题，我区就占了五个，这个教训必须记住。",
            "巩卫工作要靠平时，不能靠突击。",
            "同志们，干净整洁的环境是群众最直接的获得感。"],
      **B16)

# o19 — a document-sharing viewer's text (txt copy): the viewer's welcome and page counter
# lines, the document's name with ".docx", then the text without a title of its own (it opens with
# "今天，我们在这里召开…"), a district's 创文 攻坚 动员 speech, "第N页" lines between pages and the
# viewer's related-documents list.
blind("o19.txt", "云客文档　欢迎您！\n"
      "2021年在全区创建全国文明城市攻坚动员大会上的讲话.docx\n"
      "页数：4　大小：26KB　上传时间：2021-08-17\n"
      "今天，我们在这里召开创建全国文明城市攻坚动员大会，主要是进一步动员全区各级各部门和全体居民迅速行动起来，"
      "全力以赴打好创文攻坚战。下面，我就全面推进创文工作讲几点意见。\n"
      "一、充分认识创文攻坚的重要意义\n"
      "全国文明城市是国家授予一个城市的最高综合性荣誉。我区作为主城区，测评点位占全市的四成以上，"
      "我区的成绩在很大程度上决定着全市的成绩。可以说，全市创文看城区，城区创文看我们。\n"
      "第1页\n"
      "二、聚焦重点，全力补齐短板\n"
      "要抓好老旧小区整治，对楼道堆物、私搭乱建、飞线充电开展集中整治，九月底前完成全部六十二个小区的提升。"
      "要抓好农贸市场管理，落实划行归市、明码标价，市场周边五十米内不得有占道经营。"
      "要抓好未成年人思想道德建设，中小学校要把文明礼仪教育纳入课堂，校园周边的文具店、小卖部不得销售三无食品。\n"
      "三、压实责任，确保工作落地见效\n"
      "区级领导要带头包片，每周至少到包保街道一次。各街道是创文的责任主体，党工委书记是第一责任人。"
      "区督查室要会同区创文办每周开展暗访，对问题整改不力的单位，予以通报批评。\n"
      "第2页\n"
      "同志们，创文攻坚已经进入倒计时。让我们以只争朝夕的精神、真抓实干的作风，为全市创建全国文明城市作出应有的贡献！\n"
      "相关文档\n创建文明城市攻坚行动方案.docx\n创文工作汇报材料.doc\n",
      published="2021-08-17",
      speeches=[sp("在全区创建全国文明城市攻坚动员大会上的讲话", "讲话", "区", min_paras=6)],
      junk=["云客文档", "页数：4", "上传时间", "第1页", "第2页", "相关文档", "创建文明城市攻坚行动方案.docx"],
      kept=["可以说，全市创文看城区，城区创文看我们。",
            "要抓好农贸市场管理，落实划行归市、明码标价，市场周边五十米内不得有占道经营。",
            "同志们，创文攻坚已经进入倒计时。"],
      **B16)

# o20 — a news app's copy (txt copy): the app's banner, the account name with a follow button and
# "2024-09-12 17:05·广东", the title, a 区委书记's speech at his district's 创文 迎检 决战 大会
# with his name and the date in a header block, "展开全文", then comments and the app's download bar.
blind("o20.txt", "打开App，阅读体验更佳\n"
      "南沙发布　关注\n"
      "2024-09-12 17:05·广东\n"
      "在全区创建全国文明城市迎检决战大会上的讲话\n"
      "区委书记　梁永康\n"
      "（2024年9月10日）\n"
      "同志们：\n"
      "距离全国文明城市年度实地测评只有二十天左右。今天召开这次决战大会，就是要吹响冲刺的集结号，"
      "动员全区上下以背水一战的决心打赢这场迎检决战。\n"
      "南沙是广州的城市副中心，也是全市测评点位增长最快的区。这两年新建成的小区、学校、公园多，"
      "新的点位管理基础弱，很容易成为失分点。各镇街和区直部门要把新增点位作为重中之重，一个一个过，确保不留死角。\n"
      "展开全文\n"
      "迎检期间，全区所有机关干部取消休假，实行二十四小时值班制度。区创文办要每天发布点位问题清单，"
      "责任单位必须在二十四小时内完成整改并上传照片。对整改不及时、问题反复出现的，区纪委监委要立即介入。\n"
      "同志们，创文拼到最后，拼的是细节，拼的是作风。希望大家咬紧牙关、全力冲刺，为全市创建交上一份南沙答卷！\n"
      "评论 12\n热心市民小陈：我们小区楼下终于干净了！\n点赞　收藏　分享\n"
      "下载App，查看更多精彩内容\n",
      published="2024-09-12",
      speeches=[sp("在全区创建全国文明城市迎检决战大会上的讲话", "讲话", "区", ("广东省", "广州市", "南沙区"),
                   date="2024-09-10", speaker=["区委书记梁永康", "梁永康"], min_paras=5)],
      junk=["打开App", "南沙发布", "展开全文", "评论 12", "热心市民小陈", "下载App"],
      kept=["南沙是广州的城市副中心，也是全市测评点位增长最快的区。",
            "区创文办要每天发布点位问题清单，责任单位必须在二十四小时内完成整改并上传照片。",
            "同志们，创文拼到最后，拼的是细节，拼的是作风。"],
      **B16)

# --- fourteenth blind batch (batch 18, part blind-14): 20 pages kb01..kb20, each modelled on the
# shape of a different real page read through the search tool, of the kinds government and news
# sites print: county 融媒体 and town portal reports (a slogan line, a 浏览次数:--作者: line, photo
# captions), a 网易号 copy with the platform's statement, an e-paper's 开栏的话 over a speech cut by
# 下转, a Traditional mirror with pinyin after every 鎮, a county portal's 日期/浏览:0 line, a
# word-spun aggregator copy with its reading-time line, a provincial health commission's report
# under 原标题, WeChat and learning-app copies, a county 文明网 report of a town's 誓师大会, a
# forum thread with replies, a Big5 mirror printing the title glued to its opening, a health
# commission's 领导讲话, a 表态发言摘登 of two units, a speech 根据录音整理, a town report with the
# secretary's speech appended, a blog's 转载 copy, a street's speech on a district portal:
# 12 speeches, 7 meeting reports, 3 units' pledges (two pages holding two pieces); levels 省,
# 市, 县, 区, 乡镇; written without looking at the rules and measured once; nobody tunes on it.
B18 = dict(batch=18)

# kb01 — a county 融媒体 site's news page (HTML): the site's slogan line over the nav, the
# headline, a time/来源/作者/点击 line with an empty hit count, a report whose speaking official
# "出席并作要求" and whose demands are then given as 会议指出/会议强调; a 分享到 line and footer.
blind("kb01.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>溆浦县召开创建国家卫生县城暨健康县城建设工作推进会_溆浦融媒</title></head>
<body>
<div class="logo">溆水明珠</div>
<div class="nav"><a href="/">首页</a> | <a href="/yw/">溆浦要闻</a> | <a href="/xz/">乡镇动态</a> | <a href="/bm/">部门动态</a> | <a href="/sp/">视频溆浦</a></div>
<div class="article">
<h2>溆浦县召开创建国家卫生县城暨健康县城建设工作推进会</h2>
<div class="info">2023-04-11 17:05:32&nbsp;&nbsp;&nbsp;来源：溆浦县融媒体中心&nbsp;&nbsp;&nbsp;作者：向思雨&nbsp;&nbsp;&nbsp;&nbsp;点击：</div>
<p>为加快补齐国家卫生县城创建的短板，确保年内各项指标全部达到新的评审标准，4月10日，溆浦县召开创建国家卫生县城暨健康县城建设工作推进会，对下一阶段创建工作再安排、再部署。</p>
<p>县委常委、县人民政府常务副县长田茂林出席并作要求，各乡镇人民政府、县直有关部门及县城创卫网格责任单位主要负责人参加会议。</p>
<p>会议指出，去年以来，全县在农贸市场改造、公厕提质、病媒生物防制等方面做了大量工作，县城面貌有了明显改观，但对照国家标准，背街小巷保洁、小餐饮店后厨卫生、城郊垃圾转运仍是突出短板，各乡镇、各部门要拿出过硬措施，把短板一块一块补起来。</p>
<p>会议强调，创卫是一项涉及面广的系统工程，各责任单位要牢固树立全县一盘棋的意识，分工不分家；要把任务细化到周、落实到人，县创卫办每半月组织一次暗访，暗访结果在县电视台曝光；要发动学校、社区、企业广泛参与，营造人人关心创卫、人人参与创卫的浓厚氛围，力争年内通过省级初审。</p>
<p>会上，县爱卫办对国家卫生县城评审指标和责任分工逐项作了说明。</p>
</div>
<div class="share">分享到：微信 微博 QQ空间</div>
<div class="foot">版权所有：溆浦县融媒体中心　湘ICP备12000345号-1　湘公网安备43122402000123号</div>
</body></html>
""", published="2023-04-11",
      speeches=[sp("溆浦县召开创建国家卫生县城暨健康县城建设工作推进会", "会议报道", "县", ("湖南省", "怀化市", "溆浦县"),
                   speaker=["县委常委、县人民政府常务副县长田茂林", "县人民政府常务副县长田茂林", "常务副县长田茂林",
                            "田茂林"], min_paras=4)],
      junk=["溆水明珠", "溆浦要闻", "视频溆浦", "来源：溆浦县融媒体中心", "作者：向思雨", "点击：", "分享到", "湘ICP备",
            "湘公网安备"],
      kept=["县委常委、县人民政府常务副县长田茂林出席并作要求，各乡镇人民政府、县直有关部门及县城创卫网格责任单位主要负责人参加会议。",
            "会上，县爱卫办对国家卫生县城评审指标和责任分工逐项作了说明。"],
      **B18)

# kb02 — a 网易号-like self-media copy of a county government's report (txt copy): the portal's
# breadcrumb with 申请入驻, the headline, a share counter "0" and 分享至 on their own lines, a
# report with a provincial and a city official attending and the county head speaking, another
# official quoted after him, the source note in brackets, and the platform's statement in
# Chinese and English.
blind("kb02.txt", """网易首页 > 网易号 > 正文 申请入驻
南丰县召开建设健康县城暨巩固国家卫生县城工作启动会
0
分享至
10月19日，南丰县召开建设健康县城暨巩固国家卫生县城工作启动会。省爱卫办副主任、省卫生健康委疾控处处长胡建平，市卫健委副主任邱琳到会指导，县长黄志远出席会议并讲话，副县长曾晓燕主持会议。
黄志远指出，建设健康县城是巩固国家卫生县城成果的延伸和提升，是把以人民健康为中心落到实处的具体行动，全县上下要把这项工作摆在更加突出的位置。
黄志远强调，要统一思想，把健康融入县里的每一项政策，做到规划先考虑健康、项目先评估健康；要压实责任，按照推进一项、达标一项、巩固一项的要求，把指标分解到乡镇和部门；要广泛发动，通过健康社区、健康学校、健康单位的创建，让群众成为健康县城的参与者和受益者。
胡建平强调，南丰县是全省较早获得国家卫生县城称号的县，基础较好，希望南丰在健康县城建设中大胆探索，为全省提供可复制的经验。
会前，省健康教育所专家作了健康促进专题辅导。
（来源：南丰县人民政府网站）
特别声明：本文由入驻平台的自媒体账号上传发布，平台只提供信息存储空间服务。
Notice: This article was uploaded by a self-media account; the platform only provides storage space for it.
""",
      speeches=[sp("南丰县召开建设健康县城暨巩固国家卫生县城工作启动会", "会议报道", "县", ("江西省", "抚州市", "南丰县"),
                   speaker=["县长黄志远", "黄志远"], min_paras=4)],
      junk=["网易首页", "申请入驻", "分享至", "来源：南丰县人民政府网站", "特别声明", "自媒体账号", "Notice:",
            "re:^0$"],
      kept=["黄志远指出，建设健康县城是巩固国家卫生县城成果的延伸和提升，是把以人民健康为中心落到实处的具体行动，全县上下要把这项工作摆在更加突出的位置。",
            "会前，省健康教育所专家作了健康促进专题辅导。"],
      **B18)

# kb03 — a city daily's e-paper item (txt copy): the paper's name, a 版次 and date line, an
# editor's 【开栏的话】 box, the title, the speaker's post and name, a bracketed date, the mayor's
# speech at the city's 省级文明城市 推进大会, cut by "（下转第二版）"; the page editor and the
# e-paper's navigation.
blind("kb03.txt", """濮阳日报
第01版：要闻　2016年02月03日　星期三
【开栏的话】为推动创建省级文明城市工作向纵深开展，本报今起分期刊发市领导在全市创建省级文明城市推进大会上的讲话，同时开设《创建一把手访谈》栏目，敬请关注。
在全市创建省级文明城市推进大会上的讲话
市长　孟庆丰
（2016年2月1日）
同志们：
春节临近，市委、市政府召开这次大会，就是要在年前把创建省级文明城市的任务再压一压、再实一实，让大家带着任务过节，过了节就能跑起来。刚才，宏伟同志通报了去年第四季度的测评情况，华龙区和市城管局作了发言，我都同意。下面，我讲三点。
第一，要看清差距。去年省文明办两次暗访，我们的得分在参评的九个城市里排第六，比上一年退了一位。退步的原因，说到底就是一些地方把创建当成了一阵风，检查前轰轰烈烈，检查后冷冷清清。
第二，要抓住重点。今年的创建要盯住三个方面：一是城市道路的交通秩序，主要路口要有人管、管得住；二是农贸市场和背街小巷的环境卫生，垃圾清运要做到日产日清；三是公共场所的文明引导，车站、医院、公园要设立志愿服务站点。濮阳的群众对这些事情看得最清楚，也最有发言权。
第三，要强化保障。市财政今年安排创建专项资金八千万元，比去年增加两千万元，主要用于老旧小区改造和公共设施建设。各县区要按照一比一的比例配套资金，（下转第二版）
本版责编：马晓丽　美编：陈鹏
上一篇　下一篇　返回目录
""",
      speeches=[sp("在全市创建省级文明城市推进大会上的讲话", "讲话", "市", ("河南省", "濮阳市", None), date="2016-02-01",
                   speaker=["市长孟庆丰", "孟庆丰"], truncated=True, min_paras=4)],
      junk=["濮阳日报", "第01版", "开栏的话", "敬请关注", "下转第二版", "本版责编", "美编", "返回目录"],
      kept=["退步的原因，说到底就是一些地方把创建当成了一阵风，检查前轰轰烈烈，检查后冷冷清清。",
            "濮阳的群众对这些事情看得最清楚，也最有发言权。"],
      **B18)

# kb04 — a Traditional-character mirror of a 范文 page (txt copy, utf-8) whose converter put the
# pinyin after many characters in brackets (鎮(zhèn)、創(chuàng)), the site's 导读 line offering
# custom writing, a role-only title, a town's speech on 创建市级文明镇 with a masked city (*市),
# and the mirror's tag and copyright lines.
blind("kb04.txt", """镇党委书记在创建市级文明镇动员会上的讲话
导读：这篇镇党委书记在创建市级文明镇动员会上的讲话由本站编辑整理发布，仅供写作参考，如需定制原创文稿，请咨询在线客服老师。
同志们：
刚才，分管宣传的镇党委委员对创建*市文明镇作了具体部署，讲得很全面，我完全同意，请大家认真抓好落实。结合我镇的实际，我再讲三点意见。
一、统一思想，充分认识创建市级文明镇的重要意义
市级文明镇是对一个镇综合面貌的评价，创建文明镇，能检验我们的社会管理水平，也能集中反映全镇群众的精神风貌。镇党委、镇政府决定创建*市文明镇，是经过反复调研后作出的决定。全镇上下要从大局出发，把这项工作摆上重要日程。
二、突出重点，扎扎实实抓好各项创建任务
一是抓好集镇环境整治。集镇主街的占道经营、乱搭乱建要在两个月内清理到位，河道沿线的生活垃圾要每周清理一次。二是抓好文明村和文明户的评选。每个村今年至少要评出十户文明家庭，张榜公布，用身边的榜样带动群众。三是抓好志愿服务。机关干部每月参加一次志愿服务活动，镇团委要把青年志愿者组织起来。
三、加强领导，确保创建工作落到实处
镇里成立创建工作领导小组，由我任组长，各村、各单位的主要负责人是本单位创建工作的第一责任人。镇纪委要加强督查，对工作不力、拖了全镇后腿的，要通报批评。
同志们，创建市级文明镇是全镇群众的共同心愿。让我们齐心协力，为早日建成*市文明镇而努力！
标签：文明镇创建　镇党委书记讲话　动员会讲话
版权所有　未经授权不得转载
""", trad="s2tw",
      pinyin=[("鎮", "鎮(zhèn)"), ("創", "創(chuàng)"), ("統", "統(tǒng)"), ("實", "實(shí)"), ("發", "發(fā)"),
              ("設", "設(shè)"), ("認", "認(rèn)"), ("領", "領(lǐng)")],
      speeches=[sp("镇党委书记在创建市级文明镇动员会上的讲话", "讲话", "乡镇", speaker=["镇党委书记"], masked=True,
                   min_paras=6)],
      junk=["导读", "在线客服老师", "zhèn", "chuàng", "shí", "标签：", "未经授权不得转载"],
      kept=["市级文明镇是对一个镇综合面貌的评价，创建文明镇，能检验我们的社会管理水平，也能集中反映全镇群众的精神风貌。",
            "每个村今年至少要评出十户文明家庭，张榜公布，用身边的榜样带动群众。",
            "同志们，创建市级文明镇是全镇群众的共同心愿。"],
      **B18)

# kb05 — a county-level city's portal, a town's news item (HTML, GBK): the portal's name in the
# <title>, a 浏览次数:--作者: 信息来源: 转自本网 发布时间: line, a town's 文明镇 动员大会 chaired by
# the town head, the propaganda member's work plan, the secretary's demands, and two photo
# captions "图为…" standing between the paragraphs.
blind("kb05.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>望埠镇召开创建文明镇动员大会_英德市人民政府门户网站</title></head>
<body>
<div class="top">英德市人民政府门户网站　｜　镇街动态</div>
<div class="pos">首页 &gt; 镇街 &gt; 望埠镇 &gt; 新闻动态</div>
<h1>望埠镇召开创建文明镇动员大会</h1>
<div class="xx">浏览次数:--作者: 信息来源: 转自本网 发布时间:2019-05-08 09:41:20 |</div>
<div class="zw">
<p>为贯彻落实省、市关于文明镇创建工作的部署，全面推进我镇文明镇创建，5月6日，望埠镇在镇政府三楼会议室召开创建文明镇动员大会，镇机关干部、各村（社区）党组织书记、辖区中小学校和有关单位负责人共180余人参加会议。</p>
<p>会议由镇党委副书记、镇长罗振宇主持。会上，镇党委委员、宣传委员黄丽对创建工作作了具体部署，要求各村（社区）、学校和有关单位结合美丽乡村建设，扎实开展环境整治、移风易俗、志愿服务等六项行动，打造一村一品的文明特色。</p>
<p>图为镇党委委员黄丽作工作部署</p>
<p>镇党委书记邓国文在会上强调，各村（社区）、各单位要充分认识创建文明镇的重要性和紧迫性，对照创建标准查缺补漏，力争年内把望埠镇创建成为英德市文明镇；要把工作的着力点放到解决群众身边的脏乱差问题上来，让群众看到变化、得到实惠；要以社会主义核心价值观为引领，加强公民道德建设，形成人人参与、共建共享的良好局面。</p>
<p>图为镇党委书记邓国文作讲话</p>
</div>
<div class="foot">主办：英德市人民政府办公室　粤ICP备05001234号　网站标识码4418810001</div>
</body></html>
""", enc="gbk", published="2019-05-08",
      speeches=[sp("望埠镇召开创建文明镇动员大会", "会议报道", "乡镇", ("广东省", "清远市", "英德市"),
                   speaker=["镇党委书记邓国文", "邓国文"], min_paras=3)],
      junk=["门户网站", "镇街动态", "浏览次数", "转自本网", "图为镇党委委员黄丽作工作部署", "图为镇党委书记邓国文作讲话",
            "粤ICP备", "网站标识码"],
      kept=["会议由镇党委副书记、镇长罗振宇主持。",
            "要把工作的着力点放到解决群众身边的脏乱差问题上来，让群众看到变化、得到实惠；"],
      **B18)

# kb06 — a county portal's 领导讲话 item (HTML): the headline carries the speaker's name before
# 在…会议上的讲话, a 日期/浏览:0/来源:/作者: line with empty fields, the speaker's posts on a line
# of their own, and the speech's numbered sections as separate bold lines.
blind("kb06.html", """<html><head><meta charset="utf-8"><title>杨仕林在湄潭县爱国卫生运动委员会2024年第1次全体（扩大）会议上的讲话 - 湄潭县人民政府</title></head>
<body>
<div class="head">湄潭县人民政府 ｜ 首页 ｜ 政务公开 ｜ 领导讲话</div>
<div class="main">
<h1>杨仕林在湄潭县爱国卫生运动委员会2024年第1次全体（扩大）会议上的讲话</h1>
<div class="date">日期：2024-01-29 18:22:41&nbsp;&nbsp;浏览：0&nbsp;&nbsp;来源：&nbsp;&nbsp;作者：</div>
<p style="text-align:center">县委副书记、县长　杨仕林</p>
<p>同志们：</p>
<p>今天召开县爱卫会全体（扩大）会议，主要是总结去年的爱国卫生工作，安排今年的国家卫生县城复审和健康县城建设任务。刚才，大家观看了暗访曝光片，县卫生健康局、县住房城乡建设局汇报了工作，我都同意。下面，我讲几点意见。</p>
<p><strong>一、认清形势，把复审当作今年的头等大事</strong></p>
<p>今年是我县国家卫生县城迎接复审的年份，也是健康县城建设三年行动的收官之年。从州里暗访反馈的情况看，我们在县城出入口、城乡结合部和农贸市场周边还有不少问题，有的问题去年就指出过，今年又出现了。这说明我们的长效机制还没有真正建立起来。</p>
<p><strong>二、聚焦短板，把整改任务逐项落到实处</strong></p>
<p>各牵头部门要对照暗访问题清单，一项一项制定整改措施，明确完成时限和责任人。县城管局要在春节前完成主次干道的清洗，县市场监管局要对县城所有餐饮店开展一次后厨检查，县疾控中心要在三月底前完成春季病媒生物消杀。节前节后是环境卫生最容易反弹的时候，各乡镇要组织一次全域大扫除。</p>
<p><strong>三、强化保障，把责任压到每个单位每个人</strong></p>
<p>县爱卫办要建立周调度、月通报制度，县委督查室要把爱国卫生工作纳入年度督查计划。各乡镇、各部门主要负责同志要亲自抓、负总责，确保复审一次通过。</p>
<p>同志们，爱国卫生工作关系千家万户的健康。希望大家以这次会议为新的起点，把我县的爱国卫生工作做得更好。</p>
</div>
<div class="bottom">【打印】【关闭】</div>
<div class="foot">主办单位：湄潭县人民政府办公室　黔ICP备10000001号</div>
</body></html>
""", published="2024-01-29",
      speeches=[sp("杨仕林在湄潭县爱国卫生运动委员会2024年第1次全体（扩大）会议上的讲话", "讲话", "县",
                   ("贵州省", "遵义市", "湄潭县"), speaker=["县委副书记、县长杨仕林", "县长杨仕林", "杨仕林"], min_paras=6)],
      junk=["政务公开", "日期：2024-01-29", "浏览：0", "【打印】", "主办单位", "黔ICP备"],
      kept=["这说明我们的长效机制还没有真正建立起来。",
            "节前节后是环境卫生最容易反弹的时候，各乡镇要组织一次全域大扫除。",
            "同志们，爱国卫生工作关系千家万户的健康。"],
      **B18)

# kb07 — an aggregator's word-spun copy of a city news item (txt copy): the headline, a line
# counting the words and minutes to read, a report of a 座谈会 the city's 创文办 held at a street,
# the mayor speaking, some words swapped by the spinner ("创建文明" as "创造文明"), the photo
# caption printed twice between paragraphs, and a 本文来源 line.
blind("kb07.txt", """叶振平出席“我为创文献一策”专题座谈会
本篇文章716字，读完约2分钟
28日下午，市创文办在西湖街道召开“我为创文献一策”专题座谈会，市委副书记、市长叶振平出席并讲话，认真听取了基层干部群众和各界代表对创建全国文明城市的意见建议。
座谈会上，社区干部、商户代表、志愿者代表和退休教师先后发言，就老城区停车难、夜市油烟扰民、古街游客如厕难等问题提出了十多条具体建议。叶振平边听边记，不时与大家交流互动。
叶振平出席“我为创文献一策”专题座谈会
叶振平出席“我为创文献一策”专题座谈会
叶振平指出，城市之美在于文明，市民之美在于心灵。建设好、管理好一座城市，是各级党委政府的责任，也需要每一位市民自觉维护。要广泛凝聚共识，从党员干部做起，动员和依靠群众，让更多的人了解、支持、参与“创造文明”，共建共享文明成果。
叶振平强调，创建全国文明城市要近期、中期、远期结合起来。近期要突出问题导向，列出清单逐项整改，确保年度测评过关；中期要突出民生导向，集中力量补齐停车场、农贸市场、公厕等民生设施的短板；远期要突出文化定位，做好古城保护和文旅融合，让潮州这座古城焕发新的活力。他要求西湖街道组织专门力量深入社区和居民家中，提高群众对创文的知晓率、参与率和支持率。
本文来源：网络整理　如有侵权请联系删除
""",
      speeches=[sp("叶振平出席“我为创文献一策”专题座谈会", "会议报道", "市", ("广东省", "潮州市", None),
                   speaker=["市委副书记、市长叶振平", "市长叶振平", "叶振平"], min_paras=3)],
      junk=["本篇文章716字", "读完约2分钟", "本文来源", "如有侵权请联系删除"],
      kept=["座谈会上，社区干部、商户代表、志愿者代表和退休教师先后发言，就老城区停车难、夜市油烟扰民、古街游客如厕难等问题提出了十多条具体建议。",
            "叶振平指出，城市之美在于文明，市民之美在于心灵。"],
      **B18)

# kb08 — an aggregator's repost of a provincial health commission's news (txt copy): the headline,
# a time and source line, "原标题：" giving the headline with a 重磅｜ kicker, a report of the
# commission's 卫生乡镇 创建 集中办公会 with its deputy director speaking (指出, 强调), those
# attending after the speech, and the editor lines with an empty 责任编辑.
blind("kb08.txt", """省卫生健康委召开全省卫生乡镇创建工作集中办公会
2021-03-09 15:42　来源：河北卫生健康
原标题：重磅｜省卫生健康委召开全省卫生乡镇创建工作集中办公会
近日，省卫生健康委召开全省卫生乡镇创建工作集中办公会，委党组副书记、副主任范立群出席会议并讲话。
范立群指出，卫生乡镇创建是改善农村人居环境、提高群众健康水平的有效抓手，也是推进健康河北建设的重要基础性工作，对提升乡镇综合承载能力、增强群众获得感具有重要的现实意义。
范立群强调，针对全省卫生创建整体水平不高、地区之间不平衡等问题，各地要进一步加大工作力度，补短板、强弱项，构建省市县乡上下联动的工作格局，营造全民参与的创建氛围，健全监督检查的长效机制，确保全省卫生乡镇创建工作扎实推进、取得实效。
各设区市爱卫办主任、创卫工作负责人，各市推荐的暗访专家，以及本周期申报省级卫生乡镇的县（市、区）有关人员共120余人参加会议。
编辑：李小北
责任编辑：
""", published="2021-03-09",
      speeches=[sp("省卫生健康委召开全省卫生乡镇创建工作集中办公会", "会议报道", "省", ("河北省", None, None),
                   speaker=["委党组副书记、副主任范立群", "副主任范立群", "范立群"], min_paras=3)],
      junk=["来源：河北卫生健康", "原标题", "重磅｜", "编辑：李小北", "责任编辑"],
      kept=["近日，省卫生健康委召开全省卫生乡镇创建工作集中办公会，委党组副书记、副主任范立群出席会议并讲话。",
            "各设区市爱卫办主任、创卫工作负责人，各市推荐的暗访专家，以及本周期申报省级卫生乡镇的县（市、区）有关人员共120余人参加会议。"],
      **B18)

# kb09 — a district account's WeChat article (txt copy): the headline, the 原创/account/time/发表于
# line, a 点击蓝字 line, the speech's own header block (post and name, bracketed date) and
# sections under "▍" marks; the 来源/编辑/审核 lines, an 往期推荐 list and the reader buttons.
blind("kb09.txt", """在全区创建全国文明城市推进大会上的讲话
原创　南湖发布　南湖发布　2023-05-12 20:30　发表于浙江
点击蓝字　关注我们
区委书记　沈建国
（2023年5月10日）
同志们：
今天召开全区创建全国文明城市推进大会，主要任务是贯彻全市创文推进会精神，对照年度测评要求，把全区各级各部门的劲头再鼓一鼓、责任再压一压。刚才，区长通报了一季度测评中发现的问题，五个街道和区城管局作了表态发言，我都赞同。
▍一、正视差距，丢掉一切侥幸心理
一季度全市交叉检查，南湖在各城区中排名倒数第二。失分最多的是老旧小区的楼道堆物和电动车飞线充电，其次是农贸市场周边的占道经营。这些问题，群众天天看得见，测评组一来就记下来。谁要是还抱着“突击一下就能过关”的想法，那是一定要吃亏的。
▍二、压实责任，一级抓一级
街道党工委书记是本街道创文的第一责任人，要天天到点位上去看；区直部门的一把手要对本系统的测评指标负总责。区创文办每周发一次问题清单，清单上的问题原则上要在四十八小时内整改到位。
▍三、发动群众，让创文成为全民行动
要把楼道长、网格员、志愿者组织起来，用好“文明积分”的办法，让参与创文的居民得到实实在在的回报。区融媒体中心要多讲身边人、身边事，少讲空话套话。
同志们，离年度测评只有不到半年时间，希望大家铆足干劲，以最好的状态迎接测评！
来源：区委办公室
编辑：吴佳怡　审核：陆峰
往期推荐
南湖区开展“文明交通我先行”志愿服务活动
这个周末，南湖的这些公园等你来打卡
分享　收藏　点赞　在看
""", published="2023-05-12",
      speeches=[sp("在全区创建全国文明城市推进大会上的讲话", "讲话", "区", ("浙江省", "嘉兴市", "南湖区"), date="2023-05-10",
                   speaker=["区委书记沈建国", "沈建国"], min_paras=6)],
      junk=["原创", "发表于浙江", "点击蓝字", "来源：区委办公室", "编辑：吴佳怡", "审核：陆峰", "往期推荐",
            "文明交通我先行", "这些公园等你来打卡", "在看"],
      kept=["一季度全市交叉检查，南湖在各城区中排名倒数第二。",
            "区创文办每周发一次问题清单，清单上的问题原则上要在四十八小时内整改到位。",
            "同志们，离年度测评只有不到半年时间，希望大家铆足干劲，以最好的状态迎接测评！"],
      **B18)

# kb10 — a county-level city's 文明网 news page (HTML): the headline, a time/source/author/read
# line, a town's 攻坚誓师大会 where the town head leads the oath as commander, the propaganda
# member relays the city's meeting, four units make pledges and the town head sets the overall
# demands in three slogans; 上一篇/下一篇 and the site's footer.
blind("kb10.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>富安镇召开创建全国文明城市攻坚誓师大会 - 东台文明网</title></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="/gzdt/">工作动态</a> <a href="/zyfw/">志愿服务</a> <a href="/wmcj/">文明创建</a> <a href="/sbhr/">身边好人</a></div>
<div class="con">
<h1>富安镇召开创建全国文明城市攻坚誓师大会</h1>
<div class="msg">发布时间：2020-04-01　来源：富安镇　作者：周敏　阅读：</div>
<p>3月30日下午，富安镇召开创建全国文明城市攻坚誓师大会，镇村两级干部、机关全体人员和镇直单位负责人共300余人参加会议。</p>
<p>为鼓舞创建士气、激发创建热情，镇创建攻坚指挥部总指挥、镇长王立军带领与会人员进行了创建攻坚宣誓，吹响了创建攻坚的集结号。</p>
<p>会上，镇党委宣传委员、副总指挥葛晓梅传达了全市创建全国文明城市攻坚推进会精神，并就打好集镇环境整治、交通秩序整治、农贸市场提升等五大攻坚战作了部署。</p>
<p>镇城管中队、镇卫生院、南街社区、丰北村等四家单位作了表态发言。</p>
<p>王立军对今年的创建工作提出了总要求：背水一战，我们别无选择；攻坚克难，我们志在必得；说到做到，我们决不退缩。他要求，各村居、各单位要把创建任务分解到人、落实到点，每天对照测评标准自查一遍，发现问题当天整改。</p>
<p>会议强调，全镇上下要振奋精神、团结一致，迅速行动起来，以决战的姿态打赢创建攻坚战，为全市创建全国文明城市作出富安贡献。</p>
</div>
<div class="pn">上一篇：三仓镇开展文明交通劝导活动　下一篇：时堰镇召开创建工作推进会</div>
<div class="foot">东台市文明办主办　苏ICP备09000000号</div>
</body></html>
""", published="2020-04-01",
      speeches=[sp("富安镇召开创建全国文明城市攻坚誓师大会", "会议报道", "乡镇", ("江苏省", "盐城市", "东台市"),
                   speaker=["镇长王立军", "王立军", "镇创建攻坚指挥部总指挥、镇长王立军", "总指挥、镇长王立军"],
                   min_paras=5)],
      junk=["东台文明网", "身边好人", "作者：周敏", "阅读：", "上一篇", "三仓镇开展文明交通劝导活动", "时堰镇召开创建工作推进会",
            "东台市文明办主办", "苏ICP备"],
      kept=["镇城管中队、镇卫生院、南街社区、丰北村等四家单位作了表态发言。",
            "王立军对今年的创建工作提出了总要求：背水一战，我们别无选择；攻坚克难，我们志在必得；说到做到，我们决不退缩。"],
      **B18)

# kb11 — a city forum's thread (txt copy): the board path, 返回列表/发帖, the poster's name and
# 发表于 line with 只看该作者, 本帖最后由…编辑, a role-only title, the speech, then two replies
# (沙发, 板凳) with their own 发表于 lines and the forum's footer.
blind("kb11.txt", """遂宁论坛 » 时政热议 » 市委书记在全市创建全国文明城市动员大会上的讲话
返回列表　发帖
楼主　清风徐来
发表于 2019-4-2 10:21 | 只看该作者 | 倒序浏览 | 阅读模式
本帖最后由 清风徐来 于 2019-4-2 10:25 编辑
市委书记在全市创建全国文明城市动员大会上的讲话
同志们：
今天，市委、市政府召开全市创建全国文明城市动员大会，这是我市历史上规模最大的一次创建会议，主要任务是统一思想、明确目标、压实责任，全面吹响创建全国文明城市的冲锋号。刚才，市长对创建工作作了全面部署，六个单位作了表态发言，希望大家说到做到。下面，我再讲三点意见。
一、创建全国文明城市，是遂宁必须迈过的一道坎
全国文明城市是含金量最高的城市品牌。周边几个市都已经拿到了这块牌子，我们再不加把劲，就会在区域竞争中掉队。这不是面子问题，而是发展问题，关系到招商引资，关系到留住人才。
二、创建全国文明城市，要从群众最烦心的事情改起
群众最烦心的是什么？是上学路上车挤车，是菜市场里脏乱差，是小区里没人管。创建就要从这些事情入手，每年办成一批看得见、摸得着的实事，让群众在创建中得实惠。
三、创建全国文明城市，要靠全市上下一起干
市级领导要带头包片，各区县和市直部门的一把手要亲自上阵。市委督查室要把创建纳入重点督查，对工作推进不力的单位，要严肃追责。
同志们，创建全国文明城市，没有局外人，人人都是参与者。让我们携起手来，为把遂宁建成全国文明城市而努力奋斗！
沙发
路人甲　发表于 2019-4-2 11:03
支持创文，希望说到做到！
板凳
老街坊　发表于 2019-4-2 13:47
我们小区门口那个垃圾堆什么时候能清一清？
使用道具　举报
遂宁论坛 - 遂宁人自己的网上家园　Powered by Discuz!
""", published="2019-04-02",
      speeches=[sp("市委书记在全市创建全国文明城市动员大会上的讲话", "讲话", "市", ("四川省", "遂宁市", None),
                   speaker=["市委书记"], min_paras=7)],
      junk=["遂宁论坛", "时政热议", "返回列表", "清风徐来", "只看该作者", "本帖最后由", "沙发", "路人甲", "支持创文，希望说到做到",
            "板凳", "老街坊", "垃圾堆什么时候能清一清", "使用道具", "Powered by Discuz"],
      kept=["这不是面子问题，而是发展问题，关系到招商引资，关系到留住人才。",
            "群众最烦心的是什么？是上学路上车挤车，是菜市场里脏乱差，是小区里没人管。",
            "同志们，创建全国文明城市，没有局外人，人人都是参与者。"],
      **B18)

# kb12 — a street office's WeChat account article (txt copy): a community's pledge at the street's
# 创文 推进会 as the headline, the account/time/发表于 line, the pledge in 一是/二是/三是 points,
# the 供稿/编辑 lines and a 往期回顾 list.
blind("kb12.txt", """幸福里社区在街道创建全国文明城市推进会上的表态发言
人民路街道　2022-07-08 18:00　发表于四川
尊敬的各位领导、同志们：
按照会议安排，我代表幸福里社区党委、居委会作表态发言。今天的推进会把街道创文的任务讲得很清楚，社区将坚决按照街道党工委、办事处的部署，全力抓好落实。
我们社区有老旧小区九个、沿街商铺一百三十多家，是街道创文任务最重的社区之一。为此，我们表态如下：
一是盯紧点位，天天巡查。社区“两委”成员每人包保一个小区，每天早晚各巡查一次，对楼道堆物、垃圾满溢、车辆乱停等问题现场处置，处置不了的当天上报街道。
二是发动居民，人人参与。依托楼栋长和党员志愿者，每周六开展一次“清洁家园”行动，把创文的要求讲到每家每户，力争居民知晓率达到百分之百。
三是对标整改，不留死角。对照测评要求，逐项排查社区的宣传栏、公益广告和便民设施，发现缺的马上补、坏的马上修。
我们保证：测评期间，幸福里社区决不拖街道的后腿！
供稿：幸福里社区　编辑：唐静
往期回顾
人民路街道开展夏季消防安全大检查
“小手拉大手”文明实践进校园
""", published="2022-07-08",
      speeches=[sp("幸福里社区在街道创建全国文明城市推进会上的表态发言", "表态发言", "乡镇", min_paras=5)],
      junk=["发表于四川", "供稿：幸福里社区", "编辑：唐静", "往期回顾", "夏季消防安全大检查", "小手拉大手"],
      kept=["我们社区有老旧小区九个、沿街商铺一百三十多家，是街道创文任务最重的社区之一。",
            "我们保证：测评期间，幸福里社区决不拖街道的后腿！"],
      **B18)

# kb13 — a learning app's copy of a district media centre's article (txt copy): the app's name and
# its provincial platform line, the title, a 来源/作者 line with an empty author, the date on its
# own line, the speaker's posts and name, the speech, then "已经到底了" and the app's buttons.
blind("kb13.txt", """学习强国
宁夏学习平台
在全区巩固国家卫生城市成果暨城市管理提升年动员大会上的讲话
来源：大武口区融媒体中心　作者：
2021-06-03
区委副书记、区长　马文斌
同志们：
今天召开的动员大会，是在全市巩卫复审前召开的一次重要会议。会议的任务就是把巩固国家卫生城市成果和城市管理提升年的工作结合起来，一起部署、一起推进。
大武口是石嘴山的主城区，全市巩卫的大部分测评点位都在我们区。去年复审模拟检查中，我区失分最多的是城中村和老旧小区，这两块也是群众反映最集中的地方。今年，区政府拿出三千万元，对十二个老旧小区实施改造，对城中村的道路、排水和垃圾收集点进行提升。
城市管理提升年，重在一个“管”字。主次干道要实行机械化清扫和人工保洁相结合，背街小巷要落实保洁员包干到段；餐饮油烟、夜间施工噪声要纳入日常执法，发现一起查处一起。
各街道、各部门要把巩卫任务分解到人，区巩卫办每周通报一次进度。对推诿扯皮、工作不力导致失分的，区纪委监委要严肃问责。
同志们，巩卫没有休止符。让我们以更高的标准、更实的举措，确保国家卫生城市复审顺利通过！
已经到底了
点赞　评论　收藏　分享
""", published="2021-06-03",
      speeches=[sp("在全区巩固国家卫生城市成果暨城市管理提升年动员大会上的讲话", "讲话", "区",
                   ("宁夏回族自治区", "石嘴山市", "大武口区"), speaker=["区委副书记、区长马文斌", "区长马文斌", "马文斌"],
                   min_paras=5)],
      junk=["学习强国", "宁夏学习平台", "来源：大武口区融媒体中心", "作者：", "已经到底了", "点赞"],
      kept=["大武口是石嘴山的主城区，全市巩卫的大部分测评点位都在我们区。",
            "城市管理提升年，重在一个“管”字。",
            "同志们，巩卫没有休止符。"],
      **B18)

# kb14 — a Big5 Traditional mirror of a 公文 site (txt copy, big5): the breadcrumb, the title glued
# to the speech's opening sentences as the page's summary line, the title again, a role-only
# speech at a city's 国家卫生城市复审 work meeting with XX masks, the 上一篇/下一篇 and tag lines.
_KB14_OPEN = ("同志们：今天，市政府召开全市迎接国家卫生城市复审工作会议，主要任务是通报近期暗访情况，"
              "部署复审迎检工作，确保我市顺利通过国家卫生城市复审。")
blind("kb14.txt", "首页 > 讲话稿 > 领导讲话 > 正文\n"
      "副市长在全市迎接国家卫生城市复审工作会议上的讲话" + _KB14_OPEN + "\n"
      "副市长在全市迎接国家卫生城市复审工作会议上的讲话\n"
      "同志们：\n"
      "今天，市政府召开全市迎接国家卫生城市复审工作会议，主要任务是通报近期暗访情况，部署复审迎检工作，确保我市顺利通过国家卫生城市复审。"
      "刚才，XX同志通报了省爱卫办暗访发现的问题，三个区的分管领导作了表态发言，我都同意。下面，我讲三点意见。\n"
      "一、复审不是走过场，必须拿出迎考的状态\n"
      "XX年我市获得国家卫生城市称号以来，城市面貌总体保持较好，但是这一轮暗访，还是发现了八十多个问题，有的问题还相当突出。"
      "比如，部分农贸市场的防蝇防鼠设施形同虚设，个别医院的医疗废物暂存点管理混乱，城郊几个村的垃圾堆放点长期无人清理。\n"
      "二、问题整改要见底，必须一个一个销号\n"
      "市爱卫办要把暗访发现的问题逐一建立台账，明确责任单位和整改时限，整改一个销号一个。"
      "各区要举一反三，不仅改暗访点上的问题，还要把同类问题全面排查一遍。\n"
      "三、责任落实要到位，必须层层传导压力\n"
      "复审期间，市政府每周召开一次调度会，我亲自调度。哪个区、哪个部门的问题整改不到位，就请主要负责同志到调度会上说明情况。\n"
      "同志们，离复审只有三个多月了，大家一定要绷紧这根弦，确保我市国家卫生城市复审顺利过关。\n"
      "上一篇：在全市爱国卫生运动大会上的讲话\n"
      "下一篇：在创建文明城市推进会上的主持词\n"
      "本文标签：复审　巩卫　讲话\n",
      enc="big5", trad="s2tw",
      speeches=[sp("副市长在全市迎接国家卫生城市复审工作会议上的讲话", "讲话", "市", speaker=["副市长"], masked=True,
                   min_paras=7)],
      junk=["首页 > 讲话稿", "上一篇", "在全市爱国卫生运动大会上的讲话", "下一篇", "在创建文明城市推进会上的主持词", "本文标签"],
      kept=["市爱卫办要把暗访发现的问题逐一建立台账，明确责任单位和整改时限，整改一个销号一个。",
            "复审期间，市政府每周召开一次调度会，我亲自调度。",
            "同志们，离复审只有三个多月了，大家一定要绷紧这根弦，确保我市国家卫生城市复审顺利过关。"],
      **B18)

# kb15 — a city health commission's site (HTML): the menu, 您当前的位置 under 爱国卫生, the title,
# a 发布时间/来源/阅读次数/字号/打印 line, the speaker's post and name and the bracketed date as
# centred lines, a speech at the city's 病媒生物防制 推进会, and the commission's footer.
blind("kb15.html", """<html><head><meta charset="utf-8"><title>在全市病媒生物防制工作推进会上的讲话_宿州市卫生健康委员会</title></head>
<body>
<div class="menu">首页　机构概况　信息公开　政务服务　互动交流　专题专栏</div>
<div class="loc">您当前的位置：首页 &gt; 工作动态 &gt; 爱国卫生</div>
<div class="wz">
<h1>在全市病媒生物防制工作推进会上的讲话</h1>
<div class="sx">发布时间：2022-05-20 09:30　来源：市爱卫办　阅读次数：　字号：[大 中 小]　[打印本页]</div>
<p align="center">市爱卫办专职副主任　周长海</p>
<p align="center">（2022年5月18日）</p>
<p>同志们：</p>
<p>入夏以后，蚊蝇密度逐步升高，病媒生物防制进入关键时期。今天召开这个推进会，就是要把全市夏季病媒生物防制工作再部署一次，确保国家卫生城市复审中这一项不失分。</p>
<p>从四月份的监测结果看，城区鼠密度总体可控，但蚊蝇密度比去年同期偏高，特别是农贸市场、餐饮集中区和城中村，蝇类侵害率超过了国家标准。埇桥区的几个老旧小区化粪池外溢，成了蚊蝇孳生的重灾区。</p>
<p>下一步，一要抓好孳生地治理。各县区要组织一次全面的环境清理，清除积水容器和卫生死角，这是最经济、最管用的办法。二要抓好重点场所防制。农贸市场、餐饮单位要全部配齐防蝇防鼠设施，市场监管部门要加强检查。三要抓好专业消杀。各县区要通过政府购买服务，引入有资质的专业机构开展消杀，并对效果进行评估。</p>
<p>同志们，病媒生物防制是一项季节性强、技术性强的工作。希望大家抓住夏季这个关键期，把各项措施落到实处。</p>
</div>
<div class="foot">主办：宿州市卫生健康委员会　皖ICP备13000000号　网站标识码3413000012</div>
</body></html>
""", published="2022-05-20",
      speeches=[sp("在全市病媒生物防制工作推进会上的讲话", "讲话", "市", ("安徽省", "宿州市", None), date="2022-05-18",
                   speaker=["市爱卫办专职副主任周长海", "专职副主任周长海", "周长海"], min_paras=4)],
      junk=["机构概况", "您当前的位置", "阅读次数", "打印本页", "皖ICP备", "网站标识码"],
      kept=["从四月份的监测结果看，城区鼠密度总体可控，但蚊蝇密度比去年同期偏高，特别是农贸市场、餐饮集中区和城中村，蝇类侵害率超过了国家标准。",
            "同志们，病媒生物防制是一项季节性强、技术性强的工作。"],
      **B18)

# kb16 — a county account's WeChat article (txt copy) under one headline "…表态发言摘登": an
# editor's lead naming the meeting, then two units' pledges each under a "▶" heading holding only
# the unit's name; the account's editor lines and reader buttons.
blind("kb16.txt", """全县创建全国县级文明城市推进大会表态发言摘登
秭归发布　2021-05-26 19:45　发表于湖北
编者按：5月25日，秭归县召开创建全国县级文明城市推进大会。会上，茅坪镇、县城市管理执法局作了表态发言。现将发言摘登如下。
▶ 茅坪镇
茅坪镇是县城所在地，创建的主战场在我们这里。我们将把创建作为全镇的头等大事，镇党委书记亲自抓，班子成员分片包干，机关干部全部下沉到社区和小区。
一是集中整治集镇环境。对主次干道两侧的占道经营、乱贴乱画开展一次拉网式清理，背街小巷实行保洁员包干到段，垃圾做到日产日清。二是提升小区管理。对没有物业的十四个老旧小区，由社区牵头成立自治管理小组，确保每个小区有人管、管得好。三是强化宣传引导。在每个社区设立文明实践站，每月开展一次主题活动。
我们一定不折不扣完成县委、县政府交给的各项创建任务！
▶ 县城市管理执法局
城市管理是创建工作的“门面”。我局将围绕市容秩序、环境卫生、停车管理三项重点，全面开展城市管理攻坚行动。
我们将实行城区网格化管理，全局执法人员分片包干，每天早七点到晚十点不间断巡查；对占道经营实行疏堵结合，新设便民摊点三处；在县城新增停车泊位八百个，规范停车秩序。同时，加强队伍作风建设，做到文明执法、热情服务。
我们保证，城市管理领域的测评指标不失分！
编辑：向敏　审核：郑涛
分享　点赞　在看
""", published="2021-05-26",
      speeches=[sp(None, "表态发言", "县", ("湖北省", "宜昌市", "秭归县"), min_paras=3),
                sp(None, "表态发言", "县", ("湖北省", "宜昌市", "秭归县"), min_paras=2)],
      junk=["秭归发布", "发表于湖北", "编者按", "现将发言摘登如下", "编辑：向敏", "审核：郑涛", "在看"],
      kept=["茅坪镇是县城所在地，创建的主战场在我们这里。",
            "我们一定不折不扣完成县委、县政府交给的各项创建任务！",
            "城市管理是创建工作的“门面”。",
            "我们保证，城市管理领域的测评指标不失分！"],
      **B18)

# kb17 — a district portal's 领导讲话 column (txt copy, GBK): the portal's path, the title, a
# "（根据录音整理，未经本人审阅）" note, the posts and name, an unbracketed date line, a
# spoken-style speech at a 现场观摩推进会 (咱们, 刚才看了七个点), a 发布日期 line and the footer.
blind("kb17.txt", """兰山区人民政府 > 政务公开 > 领导讲话
在全区创建全国文明城市现场观摩推进会上的讲话
（根据录音整理，未经本人审阅）
区委副书记、区长　王海涛
2022年8月16日
同志们：
今天上午，咱们一起看了七个点，有小区，有市场，有学校周边，也有背街小巷。看完以后，我的感受是，有进步，但还不够。
先说进步。金雀山街道的两个老旧小区，原来楼道里堆满了杂物，电动车在楼道里充电，现在全部清理干净了，还建了集中充电棚。这说明只要下功夫，问题是能解决的。
再说不够。咱们刚才路过的那个农贸市场，门口还是有人在地上摆摊，地面上污水横流。市场的管理方说人手不够，我看不是人手不够，是责任心不够。还有一所学校门口，接孩子的家长把车停得乱七八糟，交警和学校都说不归自己管。这种推来推去的事，今天我把话说在这里：谁的地盘谁负责，哪个点位丢了分，就找哪个单位的一把手。
下一步，各街道、各部门要把今天观摩中看到的问题拉一个清单，一周之内拿出整改方案，一个月之内看到明显变化。区创城办九月中旬再组织一次观摩，到时候咱们再来看。
好，我就讲这些。
发布日期：2022-08-19　浏览次数：231
主办单位：临沂市兰山区人民政府办公室
""", enc="gbk", published="2022-08-19",
      speeches=[sp("在全区创建全国文明城市现场观摩推进会上的讲话", "讲话", "区", ("山东省", "临沂市", "兰山区"),
                   date="2022-08-16", speaker=["区委副书记、区长王海涛", "区长王海涛", "王海涛"], min_paras=5)],
      junk=["政务公开 > 领导讲话", "根据录音整理", "未经本人审阅", "发布日期", "浏览次数", "主办单位"],
      kept=["看完以后，我的感受是，有进步，但还不够。",
            "这说明只要下功夫，问题是能解决的。",
            "这种推来推去的事，今天我把话说在这里：谁的地盘谁负责，哪个点位丢了分，就找哪个单位的一把手。"],
      **B18)

# kb18 — a county portal's town news item (txt copy): the path, the headline, a 发布时间/来源 line,
# a report of a town's 国家卫生乡镇 work meeting with its secretary speaking, then "附：" and the
# secretary's speech under its own title (his name before 在), the portal's print/close line.
blind("kb18.txt", """首页 > 乡镇动态 > 黄土铺镇
黄土铺镇召开创建国家卫生乡镇工作会议
发布时间：2020-06-12 16:20:18　来源：黄土铺镇人民政府
6月11日，黄土铺镇召开创建国家卫生乡镇工作会议，镇党委书记李卫东出席会议并讲话，镇长陈海燕主持会议，镇村干部和镇直单位负责人共120余人参加。
会上，镇爱卫办通报了县创卫办近期暗访发现的问题，集镇所在的三个村和镇卫生院作了表态发言。
李卫东强调，国家卫生乡镇是全县卫生创建的重要组成部分，今年必须通过省级初审。全镇上下要把集镇环境整治作为当前的头等大事，对照标准逐项整改，确保在年底前达到申报条件。
附：李卫东同志在全镇创建国家卫生乡镇工作会议上的讲话
同志们：
县里把黄土铺镇列为今年全县唯一申报国家卫生乡镇的镇，这既是对我们的信任，也是压在我们肩上的担子。刚才，镇爱卫办通报了暗访情况，三个村和镇卫生院作了表态发言，海燕同志还将对具体工作作安排，我讲三点。
第一，要把差距找准。暗访组在集镇上转了一圈，就发现了二十多个问题：农贸市场里活禽宰杀区没有隔开，几家饭店的后厨没有防蝇设施，镇区的公厕有一半不达标。这些都是硬伤。
第二，要把重点抓牢。集镇环境整治由分管副镇长牵头，两个月内完成主街的立面改造和管线整理；农贸市场改造由镇财政兜底，八月底前投入使用；公厕改造要对照标准一座一座过。
第三，要把责任压实。镇班子成员每人联系一个村、一个片区，每周至少到片区走两次。镇纪委要把创卫纳入监督重点，对推诿扯皮的，严肃追责。
同志们，创建国家卫生乡镇是给全镇老百姓办的一件大好事。希望大家齐心协力，确保今年通过省级初审！
【打印本页】【关闭窗口】
祁东县人民政府网　版权所有
""", published="2020-06-12",
      speeches=[sp("黄土铺镇召开创建国家卫生乡镇工作会议", "会议报道", "乡镇", ("湖南省", "衡阳市", "祁东县"),
                   speaker=["镇党委书记李卫东", "李卫东"], min_paras=3),
                sp("李卫东同志在全镇创建国家卫生乡镇工作会议上的讲话", "讲话", "乡镇", ("湖南省", "衡阳市", "祁东县"),
                   speaker=["镇党委书记李卫东", "李卫东", "李卫东同志"], min_paras=5)],
      junk=["乡镇动态", "来源：黄土铺镇人民政府", "附：", "打印本页", "关闭窗口", "祁东县人民政府网"],
      kept=["会上，镇爱卫办通报了县创卫办近期暗访发现的问题，集镇所在的三个村和镇卫生院作了表态发言。",
            "县里把黄土铺镇列为今年全县唯一申报国家卫生乡镇的镇，这既是对我们的信任，也是压在我们肩上的担子。",
            "第二，要把重点抓牢。集镇环境整治由分管副镇长牵头，两个月内完成主街的立面改造和管线整理；农贸市场改造由镇财政兜底，八月底前投入使用；公厕改造要对照标准一座一座过。"],
      **B18)

# kb19 — a personal blog's 转载 copy (txt copy): the blog's name and menu, "[转载]" before the
# title, the posting time in brackets, 转载▼, 标签/分类 line, the 原文地址/作者 line, a header in
# brackets holding the speaker's posts, name and date, a county's 创卫 技术评估 迎检 speech, then
# the blog's counters, 前一篇/后一篇.
blind("kb19.txt", """阳明山下的博客
首页　博文目录　图片　关于我
正文　字体大小：大 中 小
[转载]在全县国家卫生县城技术评估迎检工作会议上的讲话
(2018-07-09 16:22:37)
转载▼
标签：创卫　讲话　崇义　分类：工作文稿
原文地址：在全县国家卫生县城技术评估迎检工作会议上的讲话　作者：阳明山人
（县委副书记、县长　刘新平　2018年7月6日）
同志们：
全国爱卫办的技术评估组下周就要到崇义了。今天召开这个会，就是要把迎检的每一项工作再过一遍，把每一个细节再抠一抠。
一要把迎检路线上的每个点位管好。评估组看哪里，我们事先并不知道，所以不能只盯着几个样板点。县城所有的农贸市场、餐饮店、学校、医院、建筑工地和城中村，都要当作评估点来准备。
二要把资料准备好。技术评估既看现场，也看资料。县爱卫办要牵头把各项指标的佐证资料再核一遍，做到数据准确、前后一致，不能出现自相矛盾的地方。
三要把群众发动起来。评估组要入户问卷，群众的知晓率和满意度占了不少分。各社区要在本周内把入户宣传全部走一遍，把创卫给群众带来的变化讲清楚。
同志们，崇义创卫已经走了五年，成败在此一举。希望大家站好最后一班岗，确保技术评估顺利通过！
阅读(88)┊评论(0)┊收藏(0)┊转载(0)┊喜欢▼┊打印
前一篇：县城背街小巷改造见闻
后一篇：夏日阳明湖
""", published="2018-07-09",
      speeches=[sp("在全县国家卫生县城技术评估迎检工作会议上的讲话", "讲话", "县", ("江西省", "赣州市", "崇义县"),
                   date="2018-07-06", speaker=["县委副书记、县长刘新平", "县长刘新平", "刘新平"], min_paras=5)],
      junk=["阳明山下的博客", "博文目录", "[转载]", "转载▼", "分类：工作文稿", "原文地址", "阳明山人", "阅读(88)", "前一篇",
            "县城背街小巷改造见闻", "后一篇", "夏日阳明湖"],
      kept=["评估组看哪里，我们事先并不知道，所以不能只盯着几个样板点。",
            "技术评估既看现场，也看资料。",
            "同志们，崇义创卫已经走了五年，成败在此一举。"],
      **B18)

# kb20 — a district portal's street-news item (HTML, GB18030): 当前位置 under 街镇动态, the title
# naming the street, a 发布时间 in 年月日 with 信息来源 and a font-size switch, the street secretary's
# name on a line, his speech at the street's 文明城区 动员大会, and the portal's footer.
blind("kb20.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>厦门市湖里区人民政府</title></head>
<body>
<div class="top">厦门市湖里区人民政府　|　无障碍浏览　|　English</div>
<div class="dq">当前位置：首页 &gt; 街镇动态 &gt; 殿前街道</div>
<div class="art">
<h2>在殿前街道创建全国文明城区动员大会上的讲话</h2>
<div class="fb">发布时间：2019年03月22日　信息来源：殿前街道办事处　【字号：大 中 小】</div>
<p>殿前街道党工委书记　郭明</p>
<p>同志们：</p>
<p>全区创建全国文明城区动员大会刚刚开过，今天我们接着召开街道动员大会，就是要把区里的部署不折不扣地落到殿前的每一个社区、每一条街巷。</p>
<p>殿前街道外来人口多、出租房多、小作坊多，是湖里区创城任务最重的街道之一。去年区里组织的模拟测评，我们街道有四个点位被扣分，主要问题是城中村的垃圾乱堆和电动车乱停。这几个问题不解决，殿前就会成为全区的短板。</p>
<p>今年，街道要重点抓好三件事。第一件，城中村环境整治。六个社区的城中村要全部实行垃圾分类定时定点投放，主要巷道每天保洁两次。第二件，出租房管理。房东是出租房环境卫生和消防安全的第一责任人，社区要和每一户房东签订责任书。第三件，文明宣传。每个社区至少建一个新时代文明实践站，把外来务工人员也吸引进来。</p>
<p>街道班子成员每人挂钩一个社区，机关干部全部编入网格。街道纪工委要对创城工作开展专项督查，每月通报一次。</p>
<p>同志们，创城是一场硬仗。希望大家拿出拼劲，为全区创建全国文明城区贡献殿前力量！</p>
</div>
<div class="foot">主办：厦门市湖里区人民政府办公室　闽ICP备06000000号　网站标识码3502060001</div>
</body></html>
""", enc="gb18030", published="2019-03-22",
      speeches=[sp("在殿前街道创建全国文明城区动员大会上的讲话", "讲话", "乡镇", ("福建省", "厦门市", "湖里区"),
                   speaker=["殿前街道党工委书记郭明", "街道党工委书记郭明", "党工委书记郭明", "郭明"], min_paras=5)],
      junk=["无障碍浏览", "当前位置", "信息来源：殿前街道办事处", "字号：", "闽ICP备", "网站标识码"],
      kept=["殿前街道外来人口多、出租房多、小作坊多，是湖里区创城任务最重的街道之一。",
            "房东是出租房环境卫生和消防安全的第一责任人，社区要和每一户房东签订责任书。",
            "同志们，创城是一场硬仗。"],
      **B18)


# --- thirteenth blind batch (batch 17, part blind-13): 20 pages ka01..ka20, each modelled on the
# shape of a different real page read through the search tool, mostly 范文/公文/文秘/文库 and
# document-sharing pages (a 写公文 page with a word count glued to the title, a shared-document
# viewer's summary and line-end spaces, 范文 collections numbered 1/2 and 篇1/篇2, a Traditional
# 范文 page with pinyin, a mobile 文秘 page with word/view/download counts, a 文库 page's numbered
# chunks and free-preview end, a VIP viewer's hard-wrapped text, a member-gated community pledge, a
# one-line 文档 page of two speeches, a 文秘 page with its source note injected mid-text, a forum's
# 时光机 repost, a 本篇文章N字 report, a 讲话系列 VIP page, a 合集下载 viewer, a spam-headed
# 发言稿 page, a community news item, a Word copy with comments, a Big5 viewer copy with spaced
# fragments): 16 speeches, 3 meeting reports, 4 units' pledges, 3 pages holding two pieces;
# written without looking at the rules and measured once; nobody tunes on it.
B17 = dict(batch=17)

# ka01 — a 写公文-style page (txt copy): the title with "(全文1968字)" glued on, the title again
# without its "在", a county's 创文 倡议 address to citizens (XX masked), a dash-led list of calls,
# then the site's "上一篇/下一篇" and tag lines.
blind("ka01.txt", "在创建全国县级文明城市倡议活动上的讲话(全文1968字)\n\n"
      "创建全国县级文明城市倡议活动上的讲话\n\n"
      "市民朋友们：\n"
      "    上个月，全省精神文明建设工作会议传来消息，我县被列入新一批全国县级文明城市提名城市，"
      "离创成全国文明城市的目标又近了一大步。让XX更干净、更有序、更有礼，是全县三十八万群众共同的心愿。"
      "为此，县委、县政府向全县人民发出倡议，希望大家按照“一年打基础、两年见成效、三年创成功”的安排，都来做创建的参与者。\n"
      "——做文明风尚的传播者。XX是我们共同的家，创建要靠每一个人。请大家用好微信、抖音这些身边的平台，"
      "讲好身边人、身边事，让“人人都是XX形象”成为全县的共识。\n"
      "——做文明行为的践行者。过马路等一等红灯，买东西排一排队，出门把垃圾带走，这些小事做好了，城市的文明程度就上去了。\n"
      "——做城市环境的守护者。门前三包要落实到每一家店铺，小区楼道不堆杂物，公共设施不乱涂乱画。"
      "看到不文明的现象，要敢于劝导，也要善于劝导。\n"
      "——做志愿服务的参与者。全县已有志愿服务组织二百多个，欢迎大家就近报名，每个月抽出几个小时，"
      "到路口、到社区、到养老院去搭把手。\n"
      "市民朋友们，文明城市是大家一起创出来的，也是大家一起享受的。让我们从现在做起，从自己做起，为XX早日创成全国文明城市贡献力量！\n\n"
      "上一篇：在全县城乡环境综合整治推进会上的讲话\n下一篇：创建文明城市志愿者誓词\n"
      "标签：倡议 文明城市 讲话\n",
      speeches=[sp("在创建全国县级文明城市倡议活动上的讲话", "讲话", "县", masked=True, min_paras=6)],
      junk=["全文1968字", "上一篇", "下一篇", "在全县城乡环境综合整治推进会上的讲话", "创建文明城市志愿者誓词",
            "标签："],
      kept=["过马路等一等红灯，买东西排一排队，出门把垃圾带走，这些小事做好了，城市的文明程度就上去了。",
            "看到不文明的现象，要敢于劝导，也要善于劝导。",
            "市民朋友们，文明城市是大家一起创出来的，也是大家一起享受的。"],
      **B17)

# ka02 — a shared-document viewer's text (txt copy): the title, then the title again glued to a
# summary that stops mid-word, then the text layer with a space wherever a printed line ended and
# "第1 页共 2页" inside a paragraph; a city's 创文 动员会 speech to officials and citizens.
_KA02 = ("尊敬的各位领导、各位代表，市民朋友们：\n"
         "大家好！今天，我们在这里召开全市创建全国文明城市动员大会。首先，我代表市委、市政府，"
         "向长期以来关心支持城市建设的各界人士表示衷心的感谢！\n"
         "这几年，我市经济发展很快，城区面积比十年前扩大了一倍，高楼多了，道路宽了，但交通拥堵、"
         "环境脏乱、公共秩序差这些老问题也跟着来了。创建全国文明城市，就是要用三年时间，把这些群众天天抱怨的问题一件一件解决掉。\n"
         "第一，创建要靠全民参与。每一位市民都是城市的主人，也是创建的主角。"
         "在家庭里讲卫生，在单位里守规矩，在公共场所讲礼貌，文明城市就是这样一点一点创出来的。\n"
         "第二，创建要抓住重点。今年我们集中力量办好五件实事：改造老旧小区一百个，新建公厕六十座，"
         "整治背街小巷两百条，新增停车泊位八千个，建成社区志愿服务站全覆盖。\n"
         "第三，创建要形成长效。不能检查前突击、检查后松劲。市创建办要建立常态化督查机制，每月公布各区、各部门的创建排名。\n"
         "市民朋友们，文明是一座城市最好的名片。让我们携起手来，共同建设我们美好的家园！\n")


def _ka02() -> str:
    paras = _KA02.strip("\n").split("\n")
    body = "\n".join(wrap_spaces(p, 30) for p in paras)
    cut = body.index("在家庭里讲卫生")
    body = body[:cut] + "第1 页共 2页 " + body[cut:]
    return ("2023年全市创建全国文明城市动员大会讲话稿\n"
            "2023年全市创建全国文明城市动员大会讲话稿尊敬的各位领导、各位代表，市民朋友们：大家好！今天，"
            "我们在这里召开全市创建全国文明城市动员大会。首先，我代表市委、市政府，向长期以来关心支持城\n"
            + body + "\n第2 页共 2页\n")


blind("ka02.txt", _ka02(),
      speeches=[sp("2023年全市创建全国文明城市动员大会讲话稿", "讲话", "市", min_paras=6)],
      junk=["第1 页共 2页", "第2 页共 2页"],
      kept=["创建全国文明城市，就是要用三年时间，把这些群众天天抱怨的问题一件一件解决掉。",
            "在家庭里讲卫生，在单位里守规矩，在公共场所讲礼貌，文明城市就是这样一点一点创出来的。",
            "市创建办要建立常态化督查机制，每月公布各区、各部门的创建排名。"],
      **B17)

# ka03 — a 范文 site's collection page (HTML, GBK): a time/category/"我要投稿" line, an essay-like
# opening about speeches and "下面是小编帮大家整理的…", the page title again, then "…发言稿1" and
# "…发言稿2" over two speeches without titles of their own (a district's 创文 推进会; a town's).
blind("ka03.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>创建文明城市发言稿_讲话稿_优文网</title></head>
<body>
<div class="top"><a href="/">优文网</a> - 讲话稿 - 发言稿 - 致辞</div>
<h1>创建文明城市发言稿</h1>
<div class="time">时间：2024-06-13 08:22:05 讲话稿 <a href="/tougao">我要投稿</a></div>
<div class="content">
<p>创建文明城市发言稿</p>
<p>　　在日常工作和生活中，我们需要用到发言稿的场合越来越多，一篇好的发言稿能让听众更快抓住要点。怎样才能写好一篇发言稿呢？下面是小编帮大家整理的创建文明城市发言稿，仅供参考，欢迎大家阅读。</p>
<p>创建文明城市发言稿1</p>
<p>同志们：</p>
<p>　　这次全区创建全国文明城市推进会，是在全市年度测评前三个月召开的一次重要会议。刚才，区文明办通报了上半年各街道的暗访情况，两个街道和区城管局作了发言，我都同意。下面，我讲三点意见。</p>
<p>　　一要找准差距。上半年全市暗访中，我区在老旧小区、农贸市场两项上扣分最多，排名六个城区的第五位。成绩不如人，首先要从自己身上找原因，不能怪任务重、底子薄。</p>
<p>　　二要盯住点位。全区一百三十七个测评点位，要逐个明确一名区级领导、一个责任单位、一名具体责任人。哪个点位出了问题，就直接找这三个人。</p>
<p>　　三要发动群众。文明城市不是干部创出来的，是群众一起创出来的。各街道要把楼栋长、网格员、志愿者组织起来，让居民自己管好自己的小区。</p>
<p>　　同志们，离测评只有九十来天，大家要拿出冲刺的劲头，确保我区不拖全市的后腿！</p>
<p>创建文明城市发言稿2</p>
<p>同志们：</p>
<p>　　今天镇党委、镇政府召开全镇创建文明城市工作会议，主要是传达落实区里推进会的精神，对我镇下一步工作作出安排。</p>
<p>　　我镇虽然地处城郊，但有三个村、两个社区在城市建成区范围内，集贸市场、镇区主街、汽车站都在测评点位之列。去年测评，镇区主街的乱摆摊点被扣了分，这个教训大家要记住。</p>
<p>　　镇村干部要分片包干，每天早晚在集贸市场和主街巡查一遍。镇城管中队要联合派出所，对占道经营、乱停乱放开展一个月的集中整治。各村、社区要发动党员带头清理房前屋后，做到垃圾不落地、杂物不乱堆。</p>
<p>　　同志们，创建工作没有旁观者，我们镇虽小，也要为全区争光添彩。</p>
<p>【创建文明城市发言稿】相关文章：</p>
<p><a href="/a/1.html">创建文明城市倡议书</a><br><a href="/a/2.html">文明城市创建工作总结</a></p>
</div>
<div class="foot">优文网 版权所有 联系我们 网站地图</div>
</body></html>
""", enc="gbk", published="2024-06-13",
      speeches=[sp("创建文明城市发言稿", "讲话", "区", min_paras=5),
                sp("创建文明城市发言稿", "讲话", "乡镇", min_paras=4)],
      junk=["优文网", "我要投稿", "下面是小编帮大家整理的", "发言稿1", "发言稿2", "相关文章", "创建文明城市倡议书",
            "文明城市创建工作总结", "网站地图"],
      kept=["成绩不如人，首先要从自己身上找原因，不能怪任务重、底子薄。",
            "哪个点位出了问题，就直接找这三个人。",
            "去年测评，镇区主街的乱摆摊点被扣了分，这个教训大家要记住。",
            "同志们，创建工作没有旁观者，我们镇虽小，也要为全区争光添彩。"],
      **B17)

# ka04 — a Traditional copy of a 范文 page (txt copy, utf-8) whose converter left pinyin after many
# characters: the title "…致辞800字精选" twice, an essay-like paragraph about the topic ending in
# "接下来是小编为大家整理的…", then "…致辞1" over a city's 省级文明城市 迎检 大会 speech (20__年).
blind("ka04.txt", "创建文明城市致辞800字精选\n"
      "创建文明城市致辞800字精选\n"
      "文明城市是一座城市综合实力和市民素质的集中体现，创建活动既关乎城市的面貌，也关乎每个人的生活。"
      "创建文明城市的目的，归根到底在于让群众过得更好。接下来是小编为大家整理的关于创建文明城市致辞，方便大家阅读与鉴赏！\n"
      "创建文明城市致辞1\n"
      "同志们：\n"
      "今天我们召开全市20__年创建省级文明城市迎检工作大会，这是在省测评组即将来我市测评之际召开的一次重要会议，"
      "目的是动员全市上下再鼓一把劲，以最好的状态迎接测评。按照会议安排，我先讲三点意见。\n"
      "一、认清形势，增强迎检的紧迫感\n"
      "自20__年启动新一轮创建以来，全市上下做了大量工作，城市面貌有了明显变化。但我们也要看到，"
      "城郊结合部环境脏乱、主干道沿街店铺占道经营、部分小区物业管理缺位等问题还没有根本解决。\n"
      "二、突出重点，确保不丢分\n"
      "测评组看的是细节。一个破损的垃圾桶、一面脱落的公益广告、一处没人管的积水，都可能让我们丢分。"
      "各责任单位要在十天之内把负责的点位全部走一遍，发现问题立即整改。\n"
      "三、严明纪律，层层压实责任\n"
      "迎检期间，各单位主要负责同志一律不得请假外出。市委督查室要组织暗访，对发现的问题实行“日通报、周讲评”，"
      "对整改不力的，按规定追究责任。\n"
      "同志们，迎检工作时间紧、任务重，希望大家以最饱满的热情投入工作，确保如期实现创建目标！\n"
      "【创建文明城市致辞800字精选】相关文章：\n创建文明城市倡议书范文\n",
      trad="s2tw",
      pinyin=[("創建", "創(chuàng)建"), ("測評", "測(cè)評(píng)"), ("整改", "整(zhěng)改"), ("責任", "責(zé)任"),
              ("鞏固", "鞏(gǒng)固"), ("問題", "問(wèn)題(tí)")],
      speeches=[sp("创建文明城市致辞", "讲话", "市", masked=True, min_paras=6)],
      junk=["800字精选", "接下来是小编为大家整理的", "致辞1", "相关文章", "创建文明城市倡议书范文", "chuàng",
            "cè", "wèn"],
      kept=["测评组看的是细节。",
            "各责任单位要在十天之内把负责的点位全部走一遍，发现问题立即整改。",
            "同志们，迎检工作时间紧、任务重，希望大家以最饱满的热情投入工作，确保如期实现创建目标！"],
      **B17)

# ka05 — a 范文 site's page (HTML): a breadcrumb ending "…(合集2篇)正文", the title with "(合集2篇)",
# a time line, the title again "(精选2篇)", then "… 篇1" (a district's pledge at the city's 创卫
# 动员大会, "舆-论" broken by a hyphen, "_年" masked) and "… 篇2" (a county hospital's pledge).
blind("ka05.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>创建卫生城市表态发言(合集2篇)</title></head>
<body>
<div class="path">首页 &gt; 讲话 &gt; 讲话稿 &gt; 城建环保 &gt; 创建卫生城市表态发言(合集2篇)正文</div>
<h1>创建卫生城市表态发言(合集2篇)</h1>
<div class="date">时间：2022-08-23 16:09:56</div>
<div class="article">
<h2>创建卫生城市表态发言(精选2篇)</h2>
<h3>创建卫生城市表态发言 篇1</h3>
<p>各位领导、同志们：</p>
<p>今天，市委、市政府召开创建国家卫生城市动员大会，对全市创卫工作作出全面部署。我们区坚决拥护，决心在市委、市政府的领导下，以志在必得的信心，把创卫工作抓紧抓实，圆满完成市里交给我们的各项任务。</p>
<p>一、抓宣传，造声势。我们将在_年工作的基础上，按照“宣传发动、舆-论引导、典型带动”的思路，把创卫知识送进每一个社区、每一所学校、每一家门店，力争群众的创卫知晓率达到百分之九十五以上。</p>
<p>二、抓重点，求突破。集中力量抓好辖区四个农贸市场的提升改造和十二条背街小巷的整治，年底前全部达到国家卫生城市标准。</p>
<p>三、抓责任，促落实。区级领导每人包保一个街道，街道干部包保到小区、到门店，对工作不力、造成失分的，严肃追究责任。</p>
<p>请市委、市政府放心，我们一定以最坚决的态度、最有力的措施，确保我们区不拖全市的后腿！</p>
<h3>创建卫生城市表态发言 篇2</h3>
<p>尊敬的各位领导：</p>
<p>县委、县政府召开这次创卫推进大会，我代表县人民医院全体干部职工表态如下。</p>
<p>医院是创卫的窗口单位，也是检查组必到的点位。我们将对照国家卫生县城标准，把院区环境、医疗废物处置、控烟和健康教育四项工作作为重点，逐项梳理、逐项整改。</p>
<p>一是院内环境做到无死角。门诊楼、住院楼、后勤区全部实行网格化保洁，每个网格落实到科室和个人。二是医疗废物做到全程可追溯，从科室收集到集中转运全部登记在册。三是全院禁烟做到无例外，设立控烟监督员，发现一起劝阻一起。</p>
<p>我们保证，以一流的环境、一流的服务迎接检查，为全县创卫工作贡献医院的力量！</p>
</div>
<div class="next">上一篇：创建卫生城市工作汇报　下一篇：爱国卫生月活动致辞</div>
<div class="foot">本站文章均来自网络，如有侵权请联系删除</div>
</body></html>
""", published="2022-08-23",
      speeches=[sp("创建卫生城市表态发言", "表态发言", "市", masked=True, min_paras=5),
                sp("创建卫生城市表态发言", "表态发言", "县", min_paras=4)],
      junk=["合集2篇", "精选2篇", "篇1", "篇2", "上一篇", "创建卫生城市工作汇报", "爱国卫生月活动致辞", "如有侵权请联系删除"],
      kept=["我们将在_年工作的基础上，按照“宣传发动、舆论引导、典型带动”的思路，把创卫知识送进每一个社区、每一所学校、每一家门店，力争群众的创卫知晓率达到百分之九十五以上。",
            "请市委、市政府放心，我们一定以最坚决的态度、最有力的措施，确保我们区不拖全市的后腿！",
            "医院是创卫的窗口单位，也是检查组必到的点位。"],
      **B17)

# ka06 — a mobile 文秘 page (txt copy): "登录 | 注册 | 返回首页", the title (a town's 创省卫 动员
# 大会, the town called 某镇), a word/view/download count line, the text with XX/XXX masks, cut off
# after the second heading by the site's "下载全文" gate.
blind("ka06.txt", "登录 | 注册 | 返回首页\n"
      "在某镇创建省级卫生乡镇动员大会上的讲话\n"
      "字数：2916 字　浏览：1873次　下载：21次\n"
      "同志们：\n"
      "  去年年底，经过全镇上下的共同努力，我们顺利通过了XX市卫生乡镇的考核验收。今年，我们要乘势而上，"
      "向省级卫生乡镇发起冲刺。今天的会议，既是动员会，也是鼓劲会。刚才，XXX对省级卫生乡镇的考核标准作了解读，"
      "XXX对各村、各站所的任务作了分解，希望大家认真抓好落实。下面，我再强调几点意见。\n"
      "  一、为什么要创省卫\n"
      "  有的同志觉得，市级卫生乡镇的牌子已经拿到了，没必要再折腾。这种想法要不得。创卫不是面子工程，"
      "而是实实在在的民生工程。镇区的污水管网、垃圾中转站、农贸市场，哪一样不是老百姓天天用得着的？"
      "借着创省卫的机会把这些短板补上，受益的是全镇四万多群众。\n"
      "  从全市看，XX个乡镇中已有六个拿到了省级卫生乡镇的称号。我们的经济总量在全市排前五，"
      "环境卫生却排在中游，这与我们的位置很不相称。\n"
      "  二、省卫要创什么\n"
      "  省级卫生乡镇的考核，主要看镇区环境、基础设施、健康教育、病媒防制和食品安全五个方面。其中，"
      "镇区主街的门店“门前三包”和集贸市场的划行归市，是我们最大的两块短板，需要\n"
      "……\n"
      "（全文共2916字，当前仅显示部分内容，下载全文请开通会员）\n"
      "立即下载　加入收藏\n",
      speeches=[sp("在某镇创建省级卫生乡镇动员大会上的讲话", "讲话", "乡镇", masked=True, truncated=True,
                   min_paras=5)],
      junk=["登录 | 注册", "返回首页", "字数：2916", "浏览：1873次", "当前仅显示部分内容", "开通会员", "立即下载", "加入收藏"],
      kept=["创卫不是面子工程，而是实实在在的民生工程。",
            "我们的经济总量在全市排前五，环境卫生却排在中游，这与我们的位置很不相称。"],
      **B17)

# ka07 — a 文库 page (txt copy): the title twice, an ID/size/page-count/time block, "…_第1页" to
# "…_第4页" image captions, a "资源描述" line saying a member uploaded it, then numbered text chunks
# ("1、", "2、", …) each opening with the title printed twice, a vice-governor at a city's 省级卫生城市
# 检查验收 通报会 (___市, _同志), ending at the free preview's limit.
_KA07_T = "副省长在市创建省级卫生城市检查验收情况通报会上的讲话"
blind("ka07.txt", f"{_KA07_T}\n\n{_KA07_T}\n\nID:5830164\n\n大小:41.6 KB\n\n页数:12页\n\n时间:2019-03-22\n\n"
      + "".join(f"{_KA07_T}_第{k}页\n" for k in range(1, 5)) +
      "资源描述：\n\n"
      f"《{_KA07_T}》由会员上传分享，免费在线阅读，更多相关内容在行业资料-文汇文库\n\n"
      f"1、{_KA07_T}  {_KA07_T} 同志们：   首先，我代表省政府、省爱卫会，对___市通过省级卫生城市考核验收表示热烈的祝贺！"
      "刚才，_同志代表检查验收组通报了考核验收的情况，既肯定了成绩，又实事求是地指出了不足，我完全同意。"
      "_市长代表市政府就下一步创建国家卫生城市表了态，表明了市委、市政府的决心，我也表示完\n\n"
      f"2、全赞成。下面，我再讲几点意见。   一、___市的创卫工作为全省树立了标杆 {_KA07_T}  {_KA07_T}  "
      "这几年，___市把创卫作为改善民生的头号工程，三年投入城市基础设施建设资金四十多亿元，新建和改造农贸市场二十一个，"
      "城区生活垃圾无害化处理率达到百分之百。一座老工业城市能有今天这样的面貌，很不容易。\n\n"
      f"3、二、要把省级卫生城市作为新的起点 {_KA07_T}  {_KA07_T}  省级卫生城市实行动态管理，每三年复审一次。"
      "牌子拿到了，不等于可以松口气。希望___市巩固已有成果，建立健全长效管理机制，防止问题反弹。"
      "同时，要对照国家卫生城市标准，早谋划、早准备，力争用三年左右时间创成国家卫生城市。\n\n"
      f"4、三、省爱卫会各成员单位要加强指导 {_KA07_T}  {_KA07_T}  省直有关部门要在项目、资金、技术上给予___市更多支持，"
      "省爱卫办要定期派员指导，帮助解决创建中遇到的\n\n"
      "亲，该文档总共12页，到这已经超出免费预览范围，如果喜欢就直接下载吧~\n\n"
      "下载文档　收藏\n",
      published="2019-03-22",
      speeches=[sp(_KA07_T, "讲话", "省", speaker=["副省长"], masked=True, truncated=True, min_paras=4)],
      junk=["ID:5830164", "大小:41.6 KB", "页数:12页", "_第1页", "_第4页", "资源描述", "由会员上传分享", "文汇文库",
            "超出免费预览范围", "下载文档"],
      kept=["一座老工业城市能有今天这样的面貌，很不容易。",
            "牌子拿到了，不等于可以松口气。"],
      **B17)

# ka08 — a VIP document viewer's page (txt copy): the title, a row of badges and figures (VIP专免,
# a score, the uploader, a date, counts, size, pages, 侵权投诉), the title again, then the text
# layer cut every 36 characters with a sentence whose characters the OCR dropped; a street's 创文
# 推进会 speech by its secretary (*委员, *部长).
_KA08 = ["今年是全市创建全国文明城市三年行动的第二年，也是攻坚之年。今天我们召开街道创建全国文明城市推进会，主要任务是贯彻落实市、区推进会议精神，总结去年以来的工作，安排部署下一阶段任务。刚才，*委员和*部长分别通报了创建工作进展和环境整治情况，我都同意。下面，我再讲三点意见。",
         "一、看清成绩，也要看清不足",
         "去年以来，街道上下共同努力，创建工作取得了积极成效。一批群众反映强烈的问题得到解决，辖区面貌明显改观，居民的支持率不断提高。在此，我代表街道党工委、办事处，向参与创建的同志们表示衷心的感谢！",
         "但是也要清醒地看到，我们的工作离测评要求还有不小差距。老旧小区的楼道堆物反复出现，沿街门店的店外经营屡禁不止，部分社区志愿服务站有站无人。工作绩，署安排今明建和环境治工。",
         "二、抓住关键，推动创建向纵深发展",
         "各社区要以小区为单元，逐个建立问题台账，一个问题一名责任人。街道城管科要联合市场监管所，对沿街门店开展为期一个月的集中整治。街道文明办要把志愿服务站的值守排班表贴到墙上，让居民随时能找到人。",
         "三、压实责任，确保各项任务落地",
         "街道班子成员每人联系两个社区，每周至少下去一次。每月召开一次创建工作调度会，对排名靠后的社区书记进行约谈。",
         "同志们，创建工作只有进行时，没有完成时。希望大家再接再厉，为全区创建工作作出应有的贡献！"]
blind("ka08.txt", "在街道创建全国文明城市推进会上的讲话\n\n"
      "VIP专免\n4.0 晨光书屋 2023-09-09 116 99+ 16.2KB 5 页\n侵权投诉\n"
      "在街道创建全国文明城市推进会上的讲话\n" + hard_wrap(_KA08, 36) + "\n",
      published="2023-09-09",
      speeches=[sp("在街道创建全国文明城市推进会上的讲话", "讲话", "乡镇", masked=True, min_paras=6)],
      junk=["VIP专免", "晨光书屋", "16.2KB", "侵权投诉"],
      kept=["老旧小区的楼道堆物反复出现，沿街门店的店外经营屡禁不止，部分社区志愿服务站有站无人。",
            "街道城管科要联合市场监管所，对沿街门店开展为期一个月的集中整治。",
            "同志们，创建工作只有进行时，没有完成时。"],
      **B17)

# ka09 — a member-gated 范文 page (txt copy): the page's headline (a community's speech at a
# 创卫 表彰 meeting), the speech's own title wrapped over two lines, the opening, "隐藏内容 / 此处内容
# 需要权限查看 / 会员免费查看" glued to the next paragraph, the rest of a community's pledge, and
# the site's statement.
blind("ka09.txt", "社区在创卫表彰大会上的发言\n"
      "在全市创建国家卫生城市总结表彰暨全国\n"
      "文明城市推进工作会议上的发言\n"
      "尊敬的各位领导：\n"
      "大家好。很荣幸在这里和大家交流创卫工作的体会。回顾三年创卫，我们社区的干部走遍了辖区每一栋楼、每一条巷子，"
      "吃了不少苦，也收获了居民的认可。\n"
      "隐藏内容\n此处内容需要权限查看\n"
      "会员免费查看创卫成绩来之不易，但创城的担子更重。眼下，居民参与创城的积极性还不够高，一些文明习惯还没有养成，"
      "环境卫生反弹的压力不小。\n"
      "困难再多，我们也有信心。邹城人干事从来不服输，钢山街道要走在全市前列，我们南关社区也要争当排头兵。"
      "我们将进一步加大环境整治力度，对楼道、小巷、空地实行分片包干，发现一处清理一处。"
      "我们将进一步抓好文明养成，开展“文明家庭”“最美楼道”评选，让居民在身边找到榜样。"
      "我们将进一步加强宣传引导，组织网格员入户宣传，做到户户知晓、人人参与。\n"
      "创城重任在肩，我们南关社区全体干部一定不达目标不松劲，以实实在在的成绩向市委、市政府和全市人民交一份满意的答卷！\n"
      "声明：本站所有文章，均为从网络采集发布，仅供参考学习使用，如有侵权请联系删除。\n",
      speeches=[sp("在全市创建国家卫生城市总结表彰暨全国文明城市推进工作会议上的发言", "表态发言", "市",
                   ("山东省", "济宁市", "邹城市"), truncated=True, min_paras=4)],
      junk=["社区在创卫表彰大会上的发言", "隐藏内容", "此处内容需要权限查看", "会员免费查看", "本站所有文章", "如有侵权请联系删除"],
      kept=["我们将进一步抓好文明养成，开展“文明家庭”“最美楼道”评选，让居民在身边找到榜样。",
            "创城重任在肩，我们南关社区全体干部一定不达目标不松劲，以实实在在的成绩向市委、市政府和全市人民交一份满意的答卷！"],
      **B17)

# ka10 — a 范文 page (txt copy) whose headline and 小编 line are glued to the text's first
# sentences (the site's summary), then the pledge's own heading letter-spaced ("表 态 发 言"); a
# community's pledge at its street's 创文 动员大会, numbered （一）（二）（三）.
blind("ka10.txt", "社区在街道创建文明城市动员大会上的表态发言\n"
      "今年是我市创建全国文明城市的决战之年，5月12日全市召开了创建动员大会，5月15日区里召开动员大会，"
      "今天街道又召开动员大会，下面是小编为大家整理的社区在街道创建文明城市动员大会上的表态发言，供大家参考。\n"
      "表 态 发 言\n"
      "今年是我市创建全国文明城市的决战之年，5月12日全市召开了创建动员大会，5月15日区里召开动员大会，今天街道又召开动员大会。"
      "短短几天里连开市、区、街道三级动员大会，足见各级创建的决心，也说明创建任务的艰巨和紧迫。\n"
      "区里的动员大会通报了暗访中发现的问题，其中就有我们社区的乱搭建、楼道堆物和垃圾暴露。"
      "会后，我们连夜召开社区工作会议，一条一条分析原因，一处一处排查整改。\n"
      "接下来，我们社区将对照测评体系，重点抓好以下三方面工作：\n"
      "（一）抓环境，守住卫生底线。对辖区十四个小区的楼道、绿化带、空地开展拉网式清理，建立保洁员、楼栋长、志愿者三级巡查制度。\n"
      "（二）抓宣传，提高居民知晓率。每个小区设立创建宣传栏，组织社区干部和志愿者逐户发放创建知识手册，确保应知应会人人知晓。\n"
      "（三）抓服务，让居民得实惠。把老年人助餐点、儿童托管点办好，让居民在创建中看得见变化、得到实惠。\n"
      "我们表态：一定按照街道党工委、办事处的部署，不讲条件、不打折扣，确保社区所有点位经得起检查！\n",
      speeches=[sp("社区在街道创建文明城市动员大会上的表态发言", "表态发言", "乡镇", min_paras=6)],
      junk=["下面是小编为大家整理的", "供大家参考", "表 态 发 言"],
      kept=["会后，我们连夜召开社区工作会议，一条一条分析原因，一处一处排查整改。",
            "我们表态：一定按照街道党工委、办事处的部署，不讲条件、不打折扣，确保社区所有点位经得起检查！"],
      **B17)

# ka11 — a 文档 site's page (txt copy): a headline joining two documents' names with "与", then
# each speech on one line, its title ending in "范文稿"/"范文" glued to its text; a city's 创卫
# 攻坚决战 动员大会 speech (xx, X masks) and a district's 爱国卫生 暨 巩卫 推进会 speech.
blind("ka11.txt", "2021年在全市创建国家卫生城市攻坚决战动员大会上的讲话与在全区爱国卫生运动暨巩卫工作推进会上的讲话范文\n"
      "在全市2021年创建国家卫生城市攻坚决战动员大会上的讲话范文稿"
      "市委、市政府召开全市创建国家卫生城市攻坚决战动员大会，主要任务是贯彻落实全省创建卫生城镇推进会精神，"
      "对我市创卫工作再动员、再部署，以“开局就是决战，起步就是冲刺”的状态，坚决打赢迎检这场硬仗。"
      "刚才，X钢集团、XX区政府等x家单位作了表态发言，有决心、有措施，关键是要落到实处。下面，我讲三点意见。"
      "一、正视问题，增强创卫的紧迫感。xxXX年x月，市委、市政府明确提出当年要创成国家卫生城市。"
      "对照标准，我们在城中村环境、农贸市场管理、病媒生物防制三个方面还有明显差距，离技术评估只剩四个多月，时间非常紧。"
      "二、突出重点，集中力量攻坚。城中村要一村一策，垃圾日产日清；农贸市场要全面完成改造，活禽交易实行定点屠宰；"
      "病媒生物防制要请专业机构全域消杀，密度控制在国家标准以内。"
      "三、强化保障，压紧压实责任。市级领导包片督导，市直部门包点整改，每周一调度、每月一通报，对推诿扯皮、贻误工作的严肃问责。"
      "同志们，创卫决战已经打响，希望大家以分秒必争的劲头，确保如期实现创建目标！\n"
      "在全区爱国卫生运动暨巩卫工作推进会上的讲话范文"
      "同志们：今天召开全区爱国卫生运动暨巩卫工作推进会，主要是总结上半年工作，安排下半年任务。"
      "刚才，区卫健局通报了上半年的暗访情况，X街道、X街道作了表态发言，我都同意。"
      "上半年，全区共清理卫生死角一千三百多处，整治背街小巷四十六条，但市里暗访仍在我区发现了二十多个问题。"
      "问题出在哪里？根子在于有的街道把巩卫当成一阵风，检查前突击，检查后松劲。"
      "下半年，各街道要把巩卫纳入日常网格管理，网格员每天巡查，发现问题当天上报、三天内整改到位。"
      "区巩卫办要每月组织一次交叉检查，检查结果与街道年度考核挂钩。"
      "同志们，巩卫没有休止符，希望大家常抓不懈，以干净整洁的环境迎接市里的年度考核。\n"
      "文档贡献者：枫林晚　上传于2021-07-19　收藏　举报\n",
      speeches=[sp("在全市2021年创建国家卫生城市攻坚决战动员大会上的讲话", "讲话", "市", masked=True),
                sp("在全区爱国卫生运动暨巩卫工作推进会上的讲话", "讲话", "区", masked=True)],
      published="2021-07-19",
      junk=["范文稿", "文档贡献者", "枫林晚", "上传于", "举报"],
      kept=["问题出在哪里？根子在于有的街道把巩卫当成一阵风，检查前突击，检查后松劲。",
            "区巩卫办要每月组织一次交叉检查，检查结果与街道年度考核挂钩。"],
      **B17)

# ka12 — a 文秘 site's page (HTML, GBK): the title, a city leader's TV address on the city's 创建
# 省级卫生城市 to officials and citizens, the site's source note in square brackets injected at the
# end of a paragraph, the page cut mid-sentence by its pager ("1 2 下一页").
blind("ka12.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>创建省级卫生城市电视讲话_领导讲话_文秘苑</title></head>
<body>
<div class="top">文秘苑 | 领导讲话 | 工作报告 | 心得体会 | 加入收藏</div>
<div class="main">
<h1>创建省级卫生城市电视讲话</h1>
<div class="con">
<p>城区各级干部职工、广大市民朋友们：</p>
<p>在全市创建省级卫生城市工作进入关键阶段之际，我代表市委、市政府，向辛勤工作在创卫一线的干部职工和积极参与的广大市民表示衷心的感谢和诚挚的问候！同时，也号召全市上下再鼓干劲、同心协力，打赢创建省级卫生城市这场攻坚战。</p>
<p>环境就是民生，卫生关乎健康。随着生活水平的提高，群众对干净整洁的居住环境、对安全放心的食品、对方便快捷的公共服务，要求越来越高。创建省级卫生城市，就是要回应群众的这些期盼，让大家热爱庆阳、建设庆阳的自豪感更足。今年，市委、市政府决定把创建省级卫生城市作为为民办实事的头号工程，这是顺民心、合民意的一件大事。</p>
<p>我市创建省级卫生城市已经开展了两年，两年来，城区新建改建道路二十多条，新建公厕四十座，改造集贸市场九个，城市面貌发生了很大变化。[本文出自文秘苑-http://www.wenmiyuan.example.com]</p>
<p>这次创建的主要任务是：加大宣传力度，在全社会形成人人关心创卫、人人参与创卫的浓厚氛围；加大整治力度，集中解决背街小巷、城乡结合部和集贸市场的脏乱差问题；加大管理力度，在全社会</p>
</div>
<div class="pager">1 <a href="?p=2">2</a> <a href="?p=2">下一页</a></div>
</div>
<div class="foot">文秘苑 www.wenmiyuan.example.com 陇ICP备00000000号</div>
</body></html>
""", enc="gbk",
      speeches=[sp("创建省级卫生城市电视讲话", "讲话", "市", ("甘肃省", "庆阳市", None), truncated=True, min_paras=4)],
      junk=["文秘苑", "加入收藏", "本文出自", "wenmiyuan", "下一页", "陇ICP备"],
      kept=["环境就是民生，卫生关乎健康。",
            "我市创建省级卫生城市已经开展了两年，两年来，城区新建改建道路二十多条，新建公厕四十座，改造集贸市场九个，城市面貌发生了很大变化。"],
      **B17)

# ka13 — a local forum's archived thread (txt copy): the thread title, the forum's "时光机" banner
# ("这篇文章记录了从N天前开始的旅程"), a city paper's 本报讯 report of the city's branch venue of a
# provincial TV-phone meeting on the summer 爱国卫生运动, the city's acting mayor's demands in
# 一是/二是/三是, the table pipes around it.
blind("ka13.txt", "市里部署开展夏季爱国卫生运动\n"
      "|\n您正在浏览[时光机]频道，这篇文章记录了从5941 天前开始的旅程，提醒您：时光易逝，但回忆永存。\n"
      "本报讯（记者 史明远）5月6日下午，市委副书记、代市长郑海鸥在我市分会场参加全省夏季爱国卫生运动暨创卫工作电视电话会议，"
      "强调要迅速传达贯彻会议精神，在全市掀起以“清洁家园、健康生活”为主题的夏季爱国卫生运动热潮。"
      "副市长韩静、市政府秘书长吴立新及市直有关部门负责人在淮北分会场参加会议。\n"
      "在电视电话会议上，省领导就开展夏季爱国卫生运动、推进卫生城市创建进行了动员部署。"
      "会后，郑海鸥就贯彻会议精神提出要求。他强调，一是要高度重视夏季爱国卫生工作，把它作为创建国家卫生城市的重要抓手，"
      "做到思想不松、力度不减；二是要集中开展环境卫生大扫除，重点清理城中村、老旧小区和河道沿线的垃圾杂物；"
      "三是要落实工作责任，各县区、各部门主要负责同志要亲自抓，确保各项措施落到实处。 |\n|\n"
      "回复　引用　举报　返回顶部\n",
      speeches=[sp("市里部署开展夏季爱国卫生运动", "会议报道", "市", ("安徽省", "淮北市", None),
                   speaker=["市委副书记、代市长郑海鸥", "代市长郑海鸥", "郑海鸥"], min_paras=2)],
      junk=["时光机", "时光易逝", "本报讯", "史明远", "回复", "返回顶部"],
      kept=["在电视电话会议上，省领导就开展夏季爱国卫生运动、推进卫生城市创建进行了动员部署。"],
      **B17)

# ka14 — an aggregator's copy of a county report (txt copy): "本篇文章N字，读完约1分钟", the report
# of a county listening to a provincial 爱国卫生 TV meeting (a vice county head attending), the
# headline standing alone after the text, the reporter in brackets, then 来源/标题/地址 lines.
blind("ka14.txt", "本篇文章512字，读完约1分钟\n\n"
      "3月26日，台安县组织收听收看了全省爱国卫生工作电视电话会议。副县长孙晓岚在县分会场参加会议，"
      "县爱卫会各成员单位负责同志参加。\n"
      "会议总结了去年全省爱国卫生和卫生城镇创建工作，部署了今年的重点任务，并启动了全省第三十五个爱国卫生月活动。\n"
      "会后，孙晓岚就贯彻落实会议精神提出要求。她指出，县城正在创建省级卫生县城，爱国卫生月活动要与创卫工作结合起来抓。"
      "各乡镇、各部门要立即行动，组织开展一次城乡环境卫生集中整治，重点清理县城背街小巷、集贸市场和城乡结合部的卫生死角；"
      "要加大健康知识宣传力度，引导群众养成文明健康的生活方式；要严格落实责任，县爱卫办要加强督导检查，定期通报进展情况。\n\n\n"
      "台安县部署开展爱国卫生月暨创卫工作\n\n\n"
      "（宋佳音）\n\n"
      "来源：鞍山新闻\n\n"
      "标题：台安县部署开展爱国卫生月暨创卫工作\n\n"
      "地址：http://www.asxw.example.com/xwzx/20574.html\n",
      speeches=[sp("台安县部署开展爱国卫生月暨创卫工作", "会议报道", "县", ("辽宁省", "鞍山市", "台安县"),
                   speaker=["副县长孙晓岚", "孙晓岚"], min_paras=3)],
      junk=["本篇文章512字", "读完约1分钟", "宋佳音", "来源：鞍山新闻", "标题：", "地址：", "asxw"],
      kept=["会议总结了去年全省爱国卫生和卫生城镇创建工作，部署了今年的重点任务，并启动了全省第三十五个爱国卫生月活动。",
            "各乡镇、各部门要立即行动，组织开展一次城乡环境卫生集中整治，重点清理县城背街小巷、集贸市场和城乡结合部的卫生死角；"
            "要加大健康知识宣传力度，引导群众养成文明健康的生活方式；要严格落实责任，县爱卫办要加强督导检查，定期通报进展情况。"],
      **B17)

# ka15 — a 公文 site's 讲话系列 page (HTML): an add-to-desktop bar, a headline "最新讲话系列第N期
# <province><city>人民政府副市长<name>：<title>VIP专享", a kicker and subtitle, the speech's title,
# the speaker's post and name, a date line whose 年/月 the copy lost ("20231017日)"), a vice mayor's
# 致辞 at an 爱卫 event held in one of the city's counties.
blind("ka15.html", """<html><head><meta charset="utf-8"><title>最新讲话系列第7012期浙江省湖州市人民政府副市长沈晓枫：在“爱卫新征程 健康中国行”湖州德清站活动上的致辞_公寻网</title></head>
<body>
<div class="desk">电脑桌面<br>添加公寻网到电脑桌面<br>安装后可以在桌面快捷访问</div>
<h1>最新讲话系列第7012期浙江省湖州市人民政府副市长沈晓枫：在“爱卫新征程 健康中国行”湖州德清站活动上的致辞<span class="vip">VIP专享</span></h1>
<div class="doc">
<p>“绿”字当头</p>
<p>湖州全力打造健康城市的生态样板</p>
<p>在“爱卫新征程 健康中国行”湖州德清站活动上的致辞</p>
<p>浙江省湖州市人民政府副市长 沈晓枫</p>
<p>20231017日)</p>
<p></p>
<p>尊敬的各位领导、各位嘉宾，同志们、朋友们：</p>
<p>大家上午好！金秋时节，“爱卫新征程 健康中国行”主题活动走进德清。这是推进爱国卫生运动、落实健康中国行动的一件大事，也为我们建设健康湖州注入了新的动力。在此，我代表湖州市人民政府，对各位领导和嘉宾的到来表示热烈欢迎，对大家长期以来关心支持湖州爱国卫生工作表示衷心感谢！</p>
<p>湖州是“绿水青山就是金山银山”理念的诞生地。近年来，我们坚持把爱国卫生运动作为改善人居环境的重要抓手，所辖三县两区全部建成国家卫生县城和卫生城区，国家卫生乡镇实现全覆盖。我们推行垃圾分类、厕所革命和农村污水治理，城乡环境面貌焕然一新。</p>
<p>我们也深知，建设健康城市是一项长期任务。下一步，我们将以这次活动为契机，把爱国卫生运动融入城市管理和社会治理的各个环节，推进健康细胞建设，倡导文明健康绿色环保的生活方式，让群众在家门口享受到更多健康福祉。</p>
<p>最后，预祝本次活动圆满成功！祝各位领导、嘉宾身体健康、工作顺利！</p>
</div>
<div class="vipbox">开通VIP会员，海量讲话材料免费下载</div>
</body></html>
""",
      speeches=[sp("在“爱卫新征程 健康中国行”湖州德清站活动上的致辞", "讲话", "市", ("浙江省", "湖州市", None),
                   date="2023-10-17", speaker=["浙江省湖州市人民政府副市长沈晓枫", "湖州市人民政府副市长沈晓枫",
                                               "副市长沈晓枫", "沈晓枫"], min_paras=4)],
      junk=["电脑桌面", "添加公寻网", "最新讲话系列", "VIP专享", "开通VIP会员"],
      kept=["湖州是“绿水青山就是金山银山”理念的诞生地。",
            "我们也深知，建设健康城市是一项长期任务。"],
      **B17)

# ka16 — a 合集下载 document page (txt copy): the numbered 温馨提示 about downloads, refunds and
# complaints, the title, then the text as the viewer printed it: a blank line after every line and
# lines broken inside sentences; a city's 创卫 动员大会 speech to leaders, guests and citizens.
blind("ka16.txt", "创建卫生城市动员大会上的讲话\n\n合集下载\n"
      "  1. 1、下载文档前请自行甄别文档内容的完整性，平台不提供额外的编辑、内容补充、找答案等附加服务。\n"
      "  2. 2、\"仅部分预览\"的文档，不可在线预览部分如存在完整性等问题，可反馈申请退款（可完整预览的文档不适用该条件！）。\n"
      "  3. 3、如文档侵犯您的权益，请联系客服反馈，我们会尽快为您处理（人工客服工作时间：9:00-18:30）。\n\n"
      "创建卫生城市动员大会上的讲话\n"
      "尊敬的各位领导、各位嘉宾，亲爱的市民朋友们：\n"
      "大家好！\n"
      "今天，市委、市政府在这里召开创建国家卫生城市动员大会，正式吹响我市创卫的号角。\n\n"
      "首先，我代表市委、市政府，向长期以来关心支持我市城市建设的各界人士表示衷心的感谢！\n"
      "卫生城市是一座城市的“面子”，更是群众健康的“里子”。\n\n"
      "近几年，我市城区面积扩大了近一倍，但环卫设施建设没有跟上，垃圾收运、公厕\n"
      "布局、农贸市场管理等方面的短板越来越突出。\n\n"
      "创卫，就是要借这个机会，把这些欠账一笔一笔补上。\n\n"
      "首先，我们要把群众发动起来。\n\n"
      "每个家庭、每个单位都要搞好自己的卫生，门前三包要落实到每一家\n"
      "店铺，让干净整洁成为全市的习惯。\n\n"
      "其次，我们要把重点难点攻下来。\n\n"
      "城中村、老旧小区和农贸市场是群众意见最大的地方，也是创卫的主战场。各区要逐个\n"
      "建立整改台账，明确完成时限。\n\n"
      "最后，我们要把长效机制建起来。\n\n"
      "创卫不是一阵风，要把环卫保洁、病媒防制、食品安全这些工作纳入日常管理，一月一考核，\n"
      "一季一通报。\n\n"
      "市民朋友们，创卫为民，创卫靠民。让我们携起手来，共同建设干净、整洁、健康的美好家园！\n",
      speeches=[sp("创建卫生城市动员大会上的讲话", "讲话", "市", min_paras=5)],
      junk=["合集下载", "下载文档前请自行甄别", "仅部分预览", "申请退款", "人工客服工作时间"],
      kept=["近几年，我市城区面积扩大了近一倍，但环卫设施建设没有跟上，垃圾收运、公厕布局、农贸市场管理等方面的短板越来越突出。",
            "每个家庭、每个单位都要搞好自己的卫生，门前三包要落实到每一家店铺，让干净整洁成为全市的习惯。",
            "城中村、老旧小区和农贸市场是群众意见最大的地方，也是创卫的主战场。"],
      **B17)

# ka17 — a 发言稿 site's page (HTML, GB18030) headed by an injected line of lottery and betting
# keywords, a time/category/"我要投稿" line with "相关推荐", the title with "3篇", a 小编 intro, then
# "…讲话稿1" over a city secretary's speech at the city's 创文 动员大会 (named officials), and the
# site's related-articles list.
blind("ka17.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>创城动员大会讲话稿</title></head>
<body>
<div class="kw">澳门彩票开奖直播,足球竞猜在线投注,时时彩稳赢计划,百家乐注册送88元</div>
<h1>创城动员大会讲话稿</h1>
<div class="info">时间：2024-10-23 22:25:23 发言稿 <a href="/tg">我要投稿</a></div>
<ul class="tj"><li>相关推荐</li></ul>
<div class="art">
<h2>创城动员大会讲话稿3篇</h2>
<p>　　讲话稿是在会议或活动上讲话前拟好的书面稿子，写好讲话稿，能让讲话更有条理。下面是小编精心整理的创城动员大会讲话稿，仅供参考，欢迎大家阅读。</p>
<h3>创城动员大会讲话稿1</h3>
<p>　　今天，市委、市政府召开这次动员大会，目的就是对创建全国文明城市来一次大发动、大鼓劲、大部署。刚才，海燕部长通报了省测评组检查测评的情况和市督查组的督查情况，几个单位的负责同志作了表态发言，卫东市长作了动员报告，总结了成绩，部署了任务，希望大家认真抓好贯彻落实。借此机会，我讲三点意见。</p>
<p>　　一、要看到机遇。岳阳已经取得申报全国文明城市的资格，这是提升岳阳城市品位、凝聚岳阳人心的重大机遇。市委常委会专门进行了研究，决定举全市之力、集全民之智，用三年时间创成全国文明城市。</p>
<p>　　二、要找准差距。从省里的测评结果看，我们在公共秩序、社区环境和未成年人思想道德建设三个方面失分较多。特别是老城区的一些小区，垃圾清运不及时、车辆乱停乱放的问题十分突出。各区要拿出具体的整改办法，三个月内见到明显成效。</p>
<p>　　三、要落实责任。市创建办要把测评指标分解到市直各部门，各部门再细化到科室、落实到个人。市委、市政府每季度听取一次创建工作汇报，对工作不力的单位，主要负责同志要向市委作出书面检查。</p>
<p>　　同志们，创建全国文明城市是全市人民的共同愿望。只要我们上下一心、苦干实干，就一定能够实现目标！</p>
<p>【创城动员大会讲话稿3篇】相关文章：</p>
<p><a href="/f/1.html">创城动员大会主持词</a></p>
<p><a href="/f/2.html">创建文明城市表态发言稿</a></p>
</div>
<div class="foot">Copyright 发言稿网 版权所有</div>
</body></html>
""", enc="gb18030", published="2024-10-23",
      speeches=[sp("创城动员大会讲话稿", "讲话", "市", ("湖南省", "岳阳市", None), min_paras=5)],
      junk=["澳门彩票", "百家乐", "我要投稿", "相关推荐", "3篇", "下面是小编精心整理的", "讲话稿1", "相关文章",
            "创城动员大会主持词", "创建文明城市表态发言稿", "发言稿网"],
      kept=["岳阳已经取得申报全国文明城市的资格，这是提升岳阳城市品位、凝聚岳阳人心的重大机遇。",
            "特别是老城区的一些小区，垃圾清运不及时、车辆乱停乱放的问题十分突出。",
            "同志们，创建全国文明城市是全市人民的共同愿望。"],
      **B17)

# ka18 — a county-level city's local news site (txt copy): the headline, a community's 创文 动员会
# reported in one long paragraph (its party secretary's demands, then its director's), the writer
# in brackets, blank lines and "最新评论".
blind("ka18.txt", "新城社区召开全国文明城市创建迎检动员会\n"
      "2018-09-06 10:12　来源：本站原创　浏览：236\n"
      "9月5日下午，如皋市如城街道新城社区召开全国文明城市创建迎检动员会，对社区下一阶段的创建工作进行部署。"
      "社区党总支书记陆建华在会上指出，测评在即，大家要继续支持和参与文明城市创建，把社区居民的积极性调动起来，"
      "发动党员和志愿者深入小区、楼道，通过宣传栏、宣传单和上门走访加强宣传，做到人人知晓、人人参与；"
      "同时要开展自查自纠，对每个小区的卫生、宣传栏、违章搭建逐一排查，发现问题立即处理。"
      "他要求，社区工作人员、居民小组长、物业公司、保洁员和志愿者要分工协作，抓好市容环境、交通秩序和窗口服务等重点任务。"
      "最后，社区主任顾晓梅要求物业公司落实长效管理，社区工作人员进入迎检状态，逐条对照测评标准查漏补缺，打好文明创建攻坚战。"
      "（钱小雨）\n\n\n\n\n\n最新评论\n",
      published="2018-09-06",
      speeches=[sp("新城社区召开全国文明城市创建迎检动员会", "会议报道", "乡镇", ("江苏省", "南通市", "如皋市"),
                   speaker=["社区党总支书记陆建华", "陆建华"], min_paras=1)],
      junk=["来源：本站原创", "浏览：236", "钱小雨", "最新评论"],
      kept=["最后，社区主任顾晓梅要求物业公司落实长效管理，社区工作人员进入迎检状态，逐条对照测评标准查漏补缺，打好文明创建攻坚战。"],
      **B17)

# ka19 — a Word file saved as text (txt copy): the title, the speaker's post and name, a date line,
# then a town's 创建国家卫生乡镇 迎检 speech with the reviewers' comments left in ("批注 [A1]: …",
# "带格式的: 字体: 仿宋"), and a tracked deletion marked "删除的内容:".
blind("ka19.txt", "在全镇创建国家卫生乡镇迎检工作会议上的讲话\n"
      "镇党委书记　何志远\n"
      "（2022年10月11日）\n"
      "同志们：\n"
      "国家卫生乡镇技术评估组下个月就要到我镇开展暗访评估，今天召开这个会，就是对迎检工作再检查、再部署。"
      "刚才，镇长通报了上周模拟检查的情况，问题找得很准，我都同意。\n"
      "批注 [A1]: 模拟检查问题数请与镇爱卫办核对\n"
      "一、要把问题当成命令来整改\n"
      "上周模拟检查共发现问题三十七个，其中镇区主街占道经营九处、集贸市场环境卫生八处、村庄垃圾收集点六处。"
      "这些问题，每一个都可能让我们失分。各分管领导要把问题领回去，一个一个销号，十天之内全部整改到位。\n"
      "带格式的: 字体: 仿宋, 三号\n"
      "二、要把细节当成大事来对待\n"
      "评估组看的是细节。饭店后厨有没有防蝇设施，公厕有没有异味，垃圾桶有没有满溢，这些小事做不好，前面的工作就白做了。"
      "镇卫生院要会同市场监管所，对镇区所有餐饮门店逐户检查一遍。\n"
      "删除的内容: 各村要在月底前\n"
      "三、要把责任压到每一个人头上\n"
      "镇村干部全部下沉到网格，每人包一段路、一片区、一批门店。迎检期间，所有干部不得请假，手机二十四小时开机。"
      "对因工作失职导致失分的，镇纪委要严肃追责。\n"
      "同志们，创建国家卫生乡镇是全镇人民多年的心愿。希望大家拿出最好的状态，打好迎检这一仗！\n",
      speeches=[sp("在全镇创建国家卫生乡镇迎检工作会议上的讲话", "讲话", "乡镇", date="2022-10-11",
                   speaker=["镇党委书记何志远", "何志远"], min_paras=7)],
      junk=["批注 [A1]", "模拟检查问题数请与镇爱卫办核对", "带格式的", "仿宋", "删除的内容", "各村要在月底前"],
      kept=["这些问题，每一个都可能让我们失分。",
            "镇卫生院要会同市场监管所，对镇区所有餐饮门店逐户检查一遍。",
            "同志们，创建国家卫生乡镇是全镇人民多年的心愿。"],
      **B17)

# ka20 — a Big5 Traditional mirror of a document viewer (HTML, big5): the whole document in one
# block, spaces dropped between fragments of many words by the text layer ("測 評", "點 位 多"),
# the title, "講 話" on its own, a date in brackets, the speaker, a district's 创文 迎检 动员 speech.
blind("ka20.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>在全区创建全国文明城市迎接年度测评动员大会上的讲话 - 文档下载</title></head>
<body>
<div class="bar">首页 | 文档分类 | 上传文档 | 登录</div>
<div class="txt">在全区创建全国文明城市迎接年度测评动员大会上的 讲 话 （2020年8月20日） 周 启 明 同志们： 今天召开全区迎接年度测评动员大会，是在实地测评进入倒计时的关键时刻召开的一次重要会议，目的是动员全区上下以决战的姿态迎接测评。刚才，区委宣传部通报了近期暗访的情况，四个街道作了表态发言，一会儿区长还要作具体部署，希望大家抓好落实。下面，我讲三点意见。 一、认清形势，把迎检作为当前压倒一切的任务 今 年的测 评，是我 市进 入提名城市 后的 第二 次年 度测评，我区作为老城区，测评 点 位 多、 基础设施 老 化，任务最重 、压力最大。 去年测评中，我区在全市排名倒数第二，这个位置我们不能再坐下去。 二、突出重点，把每一个点位都当成考场 老旧小区、农贸市场、背街小巷是失分最多的地方。各街道要对辖区点位逐一过堂，做到问题清零。区城管局要把主次干道的保洁标准提高到每天两扫、全天保洁。区教育局要组织学校做好未成年人思想道德建设的材料准备。 三、严明纪律，把责任压到最后一米 测评期间，区级领导每天到包保街道巡查，部门主要负责人不得离开本区。区纪委监委要全程跟踪督查，对失职失责导致失分的，一律严肃追责。 同志们，迎检决战已经打响，希望大家全力以赴，为全市创建交一份合格的答卷！</div>
<div class="dl">下载文档 | 收藏 | 分享 | 举报</div>
<div class="foot">本站文档均由用户上传，仅供学习交流</div>
</body></html>
""", enc="big5", trad="s2tw",
      speeches=[sp("在全区创建全国文明城市迎接年度测评动员大会上的讲话", "讲话", "区", date="2020-08-20",
                   speaker=["周启明"], min_paras=4)],
      junk=["文档分类", "上传文档", "下载文档", "举报", "本站文档均由用户上传"],
      kept=["去年测评中，我区在全市排名倒数第二，这个位置我们不能再坐下去。",
            "老旧小区、农贸市场、背街小巷是失分最多的地方。",
            "同志们，迎检决战已经打响，希望大家全力以赴，为全市创建交一份合格的答卷！"],
      **B17)


# --- fifteenth blind batch (batch 19, part blind-15): 20 pages kc01..kc20, each modelled on the
# shape of a different real page read through the search tool; half 范文/公文/文秘/文库 and
# document-viewer pages (a paged 文档 copy cut after 第1页, a 范文 collection of two pledges, a
# periodical app's copy, a member-gated 文秘 page, a Word copy with page footers, a gazette PDF's
# text layer with running heads, a Big5 范文 mirror, a 文库 viewer's 温馨提示 and 展开全文, a 公文
# site's download box, a viewer's N/M page marks), half government portals and county news sites
# (领导讲话 columns with 发布机构 tables, city and district meeting reports, a town portal, a
# county news page carrying a report and the speech after it, a 文明网 item): 13 speeches, 6
# meeting reports, 3 units' pledges (two pages holding two pieces); levels 市, 县, 区, 乡镇;
# written without looking at the rules and measured once; nobody tunes on it.
B19 = dict(batch=19)

# kc01 — a document-sharing site's paged copy (txt): the title with " 第1页" on it, a 文档
# breadcrumb and 上传/页数 line, a county head's speech with masked places, the text stopping at
# the end of page one under "本文共3页 1 2 3 下一页" and a related-documents list.
blind("kc01.txt", """县长在全县创建省级卫生县城工作会议上的讲话 第1页
首页 > 文档 > 行政公文 > 讲话稿
上传者：wjk2016　页数：3页　下载积分：2
县长在全县创建省级卫生县城工作会议上的讲话
同志们：
这次会议是县委、县政府研究决定召开的一次重要会议。会议的主要任务是动员全县上下进一步统一思想，明确任务，全力以赴打好创建省级卫生县城这场硬仗。刚才，XX同志宣读了创卫工作实施方案，XX镇和县住建局作了发言，我都同意。下面，我讲三个问题。
一、创建省级卫生县城，是XX县必须抓住的一次机遇
创卫不是给别人看的，是给县城的老百姓办的实事。县城近年扩得很快，但管理没跟上，背街小巷的垃圾、农贸市场的污水、城郊的违章养殖，群众意见很大。借创卫这个抓手，把这些老问题一并解决，是县委、县政府的真实意图。
二、紧盯标准，把创卫任务分解到每一个责任单位
省级卫生县城的评审标准共有八大类六十多项指标，每一项都要有人管。县创卫办要把指标分解到部门，部门分解到股室，股室落实到人，做到人人头上有任务。住建、城管、市场监管、卫健四个部门是主力军，要拿出主力军的样子；其他部门也不能当旁观者，要按照包干区域抓好门前三包。
三、强化督查，以铁的纪律保证创卫进度
本文共3页　1　2　3　下一页
相关文档：创卫工作实施方案（范本）　在创卫动员会上的主持词　创卫表态发言（三篇）
""",
      speeches=[sp("县长在全县创建省级卫生县城工作会议上的讲话", "讲话", "县", speaker=["县长"], masked=True,
                   truncated=True, min_paras=5)],
      junk=["第1页", "首页 > 文档", "上传者", "下载积分", "本文共3页", "下一页", "相关文档", "创卫表态发言（三篇）"],
      kept=["创卫不是给别人看的，是给县城的老百姓办的实事。",
            "住建、城管、市场监管、卫健四个部门是主力军，要拿出主力军的样子；其他部门也不能当旁观者，要按照包干区域抓好门前三包。"],
      **B19)

# kc02 — a county government portal's 领导讲话 item (HTML, GBK): a 索引号/发布机构/生成日期
# table over the headline, the speaker's post and name and the bracketed date centred under it,
# the speech with bold section heads, a 【字体：大 中 小】 bar and a 相关链接 box.
blind("kc02.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>在全县创建全国文明城市提名城市动员大会上的讲话</title></head>
<body>
<div class="banner">平昌县人民政府　政务公开　领导讲话</div>
<table class="meta"><tr><td>索引号：</td><td>008123456/2022-00031</td><td>发布机构：</td><td>县政府办</td></tr>
<tr><td>生成日期：</td><td>2022-03-18</td><td>主题分类：</td><td>领导讲话</td></tr></table>
<h1>在全县创建全国文明城市提名城市动员大会上的讲话</h1>
<p align="center">县委书记　赵明川</p>
<p align="center">（2022年3月16日）</p>
<div class="zoom">【字体：大 中 小】</div>
<p>同志们：</p>
<p>经县委常委会研究，我们今天召开这次动员大会，正式吹响争创全国文明城市提名城市的号角。刚才，县长对创建工作作了具体安排，三个单位作了表态发言，讲得都很实在。我再强调三点。</p>
<p><b>一、要把创建当作全县的一号工程</b></p>
<p>平昌要在全省县城中争先进位，不能只看经济总量，还要看城市的品质和群众的文明素养。争创提名城市，就是给自己定一个高标准，用三年时间把县城的面貌来一次整体提升。</p>
<p><b>二、要把问题清单变成成绩单</b></p>
<p>县文明办前期摸排出的问题有二百一十多个，大到江边棚户区的改造，小到公交站台的破损座椅。每一个问题都要明确牵头领导、责任单位和完成时限，完成一个销号一个，县委每个季度听一次汇报。</p>
<p><b>三、要让干部在创建中受检验</b></p>
<p>创建的成效就是检验干部作风的试金石。对那些怕麻烦、图省事、遇到矛盾绕着走的，该通报的通报，该调整的调整；对那些冲在一线、干出成绩的，要在评先评优和提拔使用中优先考虑。</p>
<p>同志们，文明城市是全县人民共同的家园。让我们说干就干，以实际行动交出一份让群众满意的答卷！</p>
<div class="link">相关链接：巴中市人民政府　通江县人民政府　南江县人民政府</div>
<div class="foot">平昌县人民政府办公室主办　川ICP备05001111号</div>
</body></html>
""", enc="gbk", published="2022-03-18",
      speeches=[sp("在全县创建全国文明城市提名城市动员大会上的讲话", "讲话", "县", ("四川省", "巴中市", "平昌县"),
                   date="2022-03-16", speaker=["县委书记赵明川", "赵明川"], min_paras=7)],
      junk=["索引号", "发布机构", "生成日期", "主题分类", "【字体：大 中 小】", "相关链接", "通江县人民政府", "川ICP备"],
      kept=["争创提名城市，就是给自己定一个高标准，用三年时间把县城的面貌来一次整体提升。",
            "每一个问题都要明确牵头领导、责任单位和完成时限，完成一个销号一个，县委每个季度听一次汇报。",
            "同志们，文明城市是全县人民共同的家园。"],
      **B19)

# kc03 — a 范文 site's 精选 collection (txt): a title promising two pieces, a 简介 line, two
# pledges each under 篇一/篇二 with its own title (a street office and a district bureau at a
# district's 创城 meeting), a 猜你喜欢 list and the site's copyright line.
blind("kc03.txt", """区创建文明城区推进会表态发言稿（精选2篇）
简介：本文是小编为大家收集整理的区创建文明城区推进会表态发言稿，希望对大家有所帮助，欢迎阅读与借鉴。
篇一
街道办事处在全区创建全国文明城区推进会上的表态发言
尊敬的各位领导，同志们：
全区创建全国文明城区推进会召开后，街道班子连夜进行了研究。我街道辖区老旧小区多、流动人口多、沿街门店多，是全区创建的难点所在。在此，我代表街道党工委、办事处郑重表态：
一是主要领导亲自抓。街道党工委书记任创建指挥长，班子成员每人包一个社区，每周至少两次到点位检查。
二是问题整改不过夜。对区创建办交办的问题，当天交办当天整改，确实不能当天完成的，先做临时处置，限期销号。
三是发动居民一起干。组织党员、楼栋长和志愿者开展每周一次的“清洁家园”行动，力争年底前所有社区达到文明社区标准。
篇二
区城市管理局在全区创建全国文明城区推进会上的表态发言
各位领导，同志们：
城市管理是创建文明城区的主战场。区城管局全体干部职工将以这次推进会为动员令，全力以赴做好以下工作：
第一，管住市容秩序。主次干道实行分段包干，占道经营、乱贴乱画做到发现一起、处置一起。
第二，管好环境卫生。全面推行机械化清扫，主干道每天洗扫两遍，垃圾中转站做到日产日清、站内无积存。
第三，管严执法作风。执法队员一律着装上岗、文明执法，对群众投诉做到件件有回音。
我们保证：不讲条件、不打折扣，坚决完成区委、区政府交给的各项创建任务！
猜你喜欢：创建文明城区倡议书　创城工作总结（通用5篇）
Copyright © 范文大全网 版权所有
""",
      speeches=[sp("街道办事处在全区创建全国文明城区推进会上的表态发言", "表态发言", "区", min_paras=4),
                sp("区城市管理局在全区创建全国文明城区推进会上的表态发言", "表态发言", "区", min_paras=4)],
      junk=["精选2篇", "简介：", "欢迎阅读与借鉴", "猜你喜欢", "创城工作总结（通用5篇）", "Copyright"],
      kept=["二是问题整改不过夜。对区创建办交办的问题，当天交办当天整改，确实不能当天完成的，先做临时处置，限期销号。",
            "城市管理是创建文明城区的主战场。",
            "我们保证：不讲条件、不打折扣，坚决完成区委、区政府交给的各项创建任务！"],
      **B19)

# kc04 — a prefecture-level city's government portal news item (HTML): a breadcrumb 当前位置, a
# 来源/发布时间/浏览次数 line, a report of the city's 创卫 复审 迎检 meeting chaired by a deputy
# mayor where the mayor speaks (指出, 要求), and a 扫一扫 line before the footer.
blind("kc04.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>我市召开国家卫生城市复审迎检工作调度会 - 丽水市人民政府</title></head>
<body>
<div class="top">丽水市人民政府　|　English　|　无障碍</div>
<div class="crumb">当前位置：首页 &gt; 政务动态 &gt; 丽水要闻</div>
<h1>我市召开国家卫生城市复审迎检工作调度会</h1>
<div class="src">来源：市政府办公室　发布时间：2021-08-24 16:12　浏览次数：</div>
<p>8月23日，我市召开国家卫生城市复审迎检工作调度会，市长吴晓东出席并讲话，副市长林海主持。</p>
<p>会上，市爱卫办通报了近期全市暗访检查情况，莲都区、市建设局、市市场监管局汇报了整改进展。</p>
<p>吴晓东指出，距离国家暗访复审只剩不到两个月，迎检工作已经进入冲刺阶段。从暗访的结果看，城中村、老旧小区和建筑工地仍是失分的重点区域，小餐饮、小食杂店的“三防”设施缺损比较普遍，必须在九月底前全部整改到位。</p>
<p>吴晓东要求，各级各部门要把迎检作为当前最紧迫的任务，一把手要亲自带队到一线查找问题；要坚持日巡查、周通报、月考核，对整改不力、屡查屡犯的单位严肃问责；要做好宣传引导，让市民知晓复审、支持复审、参与复审，共同守护来之不易的国家卫生城市金名片。</p>
<div class="qr">扫一扫在手机打开当前页</div>
<div class="foot">丽水市人民政府办公室主办　浙ICP备05012345号</div>
</body></html>
""", published="2021-08-24",
      speeches=[sp("我市召开国家卫生城市复审迎检工作调度会", "会议报道", "市", ("浙江省", "丽水市", None),
                   speaker=["市长吴晓东", "吴晓东"], min_paras=3)],
      junk=["English", "无障碍", "当前位置", "来源：市政府办公室", "浏览次数", "扫一扫在手机打开当前页", "浙ICP备"],
      kept=["会上，市爱卫办通报了近期全市暗访检查情况，莲都区、市建设局、市市场监管局汇报了整改进展。",
            "吴晓东指出，距离国家暗访复审只剩不到两个月，迎检工作已经进入冲刺阶段。"],
      **B19)

# kc05 — a periodical site's app copy (txt): "APP下载" at the top, the article's title, a date
# glued to the author's name, a 关键词 line, a deputy mayor's speech printed in a city's work
# journal, and the site's 相关文章 and 推荐 lists after it.
blind("kc05.txt", """APP下载
在全市巩固国家卫生城市成果工作会议上的讲话
2019-11-08何立新
关键词：卫生城市 巩固 长效管理
（本文系作者在全市巩固国家卫生城市成果工作会议上的讲话，有删节）
同志们：
我市获得国家卫生城市称号已经两年了。两年来，全市上下保持了创卫期间的好作风，城市环境总体稳定，但在一些地方也出现了松劲的苗头。今天开这个会，就是要给大家提个醒、加把劲。
巩固创卫成果，难就难在长效。创卫的时候有检查、有压力，大家都拼着干；拿到牌子以后，一些单位的人员撤了、经费减了、制度松了。去年省里暗访，我们的城郊结合部和夜市周边被扣了不少分，这就是警示。
巩固创卫成果，关键在机制。要把创卫期间行之有效的办法固定下来，环卫作业的标准、农贸市场的管理办法、病媒生物防制的经费，都要写进制度、列入预算，不能因为人员变动而改变。
巩固创卫成果，根本在群众。要继续开展健康社区、健康家庭评选，把卫生习惯的养成从学校抓起、从娃娃抓起，让讲卫生成为三门峡市民的自觉行动。
同志们，国家卫生城市每三年复审一次，没有一劳永逸的事情。希望大家切实扛起责任，确保明年的复审顺利通过。
相关文章
城市管理精细化的几点思考
推荐
关于加强城市公厕管理的建议
""",
      speeches=[sp("在全市巩固国家卫生城市成果工作会议上的讲话", "讲话", "市", ("河南省", "三门峡市", None),
                   speaker=["何立新"], min_paras=5)], published="2019-11-08",
      junk=["APP下载", "关键词：", "相关文章", "城市管理精细化的几点思考", "推荐", "关于加强城市公厕管理的建议"],
      kept=["巩固创卫成果，难就难在长效。",
            "要继续开展健康社区、健康家庭评选，把卫生习惯的养成从学校抓起、从娃娃抓起，让讲卫生成为三门峡市民的自觉行动。"],
      **B19)

# kc06 — a district news site's item (HTML, GB18030): the site's channel bar, the headline with
# a 【区委】 kicker, an 编辑/时间/来源 line, a report of a district's 创文 攻坚 推进会 where the
# district party secretary speaks after the district head has deployed the work, a 责任编辑 line.
blind("kc06.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>【区委】全区创建全国文明城市攻坚推进会召开_柯城新闻网</title></head>
<body>
<div class="chn">柯城新闻网　首页　柯城要闻　部门乡镇　专题专栏　图片新闻</div>
<h2>【区委】全区创建全国文明城市攻坚推进会召开</h2>
<div class="info">编辑：徐慧　时间：2017-06-13 08:56　来源：柯城新闻网</div>
<p>6月12日下午，全区创建全国文明城市攻坚推进会召开。区委书记郑建勇出席并讲话，区长方卫国对攻坚阶段的工作作具体部署。</p>
<p>郑建勇强调，创建全国文明城市已经到了最吃劲的时候，全区各级各部门必须拿出背水一战的决心，做到思想不松、力度不减、标准不降。要聚焦测评体系，对照短板逐项销号，特别是老旧小区、农贸市场、背街小巷这些群众反映集中的地方，要一抓到底、见到实效。要强化责任落实，区级领导联系街道、部门包干社区，形成上下联动、齐抓共管的工作格局。</p>
<p>方卫国就下阶段工作作了部署，要求各街道、各部门全力抓好市容环境、交通秩序、公共服务等八个专项整治。</p>
<p>会上，各街道和区级有关部门主要负责人签订了创建工作责任书。</p>
<div class="bj">责任编辑：王磊</div>
<div class="foot">柯城新闻网版权所有　浙ICP备09007777号</div>
</body></html>
""", enc="gb18030", published="2017-06-13",
      speeches=[sp("全区创建全国文明城市攻坚推进会召开", "会议报道", "区", ("浙江省", "衢州市", "柯城区"),
                   speaker=["区委书记郑建勇", "郑建勇"], min_paras=3)],
      junk=["【区委】", "柯城要闻", "图片新闻", "编辑：徐慧", "来源：柯城新闻网", "责任编辑", "浙ICP备"],
      kept=["6月12日下午，全区创建全国文明城市攻坚推进会召开。",
            "会上，各街道和区级有关部门主要负责人签订了创建工作责任书。"],
      **B19)

# kc07 — a 文秘 site's member page (txt): a 会员中心/登录 line, the title, a 字数 and 浏览 line,
# a town party secretary's speech with a masked town, stopping mid-paragraph under a gate that
# asks for a member's login to read the rest, and a 本文关键词 line.
blind("kc07.txt", """会员中心　登录　注册　开通VIP
镇党委书记在创建省级卫生乡镇动员大会上的讲话
字数：3261　浏览：1088次　更新：2020-05-16
同志们：
今天，镇党委、镇政府召开全镇创建省级卫生乡镇动员大会，目的是动员全镇干部群众迅速行动起来，全力以赴打赢创卫攻坚战。刚才，镇长宣读了XX镇创建省级卫生乡镇实施方案，各村和镇直单位签订了责任状，我完全赞同。下面，我讲三点意见。
一、认清形势，增强创卫的责任感
我镇是全县人口最多的镇，集镇建成区面积大，环境卫生欠账多。去年县里组织的城乡环境卫生检查，我镇排在全县倒数第三，这个名次和我们镇的经济地位很不相称。创建省级卫生乡镇，既是县委、县政府交给我们的任务，也是改善全镇群众生活环境的实事。
二、突出重点，集中力量攻难点
一是整治集镇环境。集镇主街两侧的乱搭乱建、店外经营要在六月底前全部清理；二是改造农贸市场。按照标准化要求，对老市场进行划行归市，配齐污水排放和垃圾收集设施；三是规范
——以上为部分内容，登录会员后可查看全文——
本文关键词：卫生乡镇　动员大会　镇党委书记
""", published="2020-05-16",
      speeches=[sp("镇党委书记在创建省级卫生乡镇动员大会上的讲话", "讲话", "乡镇", speaker=["镇党委书记"], masked=True,
                   truncated=True, min_paras=5)],
      junk=["会员中心", "开通VIP", "字数：3261", "浏览：1088次", "以上为部分内容", "登录会员后可查看全文", "本文关键词"],
      kept=["去年县里组织的城乡环境卫生检查，我镇排在全县倒数第三，这个名次和我们镇的经济地位很不相称。",
            "一是整治集镇环境。"],
      **B19)

# kc08 — a Word file saved as text (txt): a form-feed free copy whose page footers "第 1 页 共 3
# 页" stand between paragraphs, a header block (title, post and name, date in brackets), a city
# deputy party secretary's speech at a 创文 推进会 whose paragraphs break mid-sentence at a page.
blind("kc08.txt", """在全市创建全国文明城市工作推进会上的讲话
市委副书记　郭振华
（2021年6月8日）
同志们：
刚才，几个县区和部门作了交流发言，讲得都很好，市文明办通报了上半年测评情况，请大家会后认真对照、抓好整改。今年是我市参加全国文明城市复查测评的关键之年，我就下一步工作讲三点意见。
一、要把复查测评的压力转化为工作的动力
今年的测评标准作了较大调整，未成年人思想道德建设、新时代文明实践和志愿服务所占的分值明显提高，实地考察点位也由过去的固定点位改为随机抽取。这就要求我们不能再抱着“迎检”的思想，只抓重点点位，而是要把功夫下在平时，下在每一条街道、每一个小区。
第 1 页 共 3 页
二、要把测评中失分的问题一项一项解决
上半年测评，我们失分最多的是公益广告的覆盖率和公共场所的文明行为，其次是农贸市场的周边秩序。各县区要对照失分清单逐条分析原因，能马上改的马上改，需要投入资金的要列入计划，
第 2 页 共 3 页
确保在十月份复查之前见到成效。
三、要把常态长效的机制真正建立起来
要坚持市级领导包联县区、县区领导包联街道的制度，每月至少带队暗访一次；要把创建工作纳入年度目标考核，考核结果与干部评先评优挂钩。
同志们，文明城市的牌子来之不易，守住这块牌子更难。希望大家以更加务实的作风，确保我市顺利通过复查。
第 3 页 共 3 页
""",
      speeches=[sp("在全市创建全国文明城市工作推进会上的讲话", "讲话", "市", date="2021-06-08",
                   speaker=["市委副书记郭振华", "郭振华"], min_paras=7)],
      junk=["第 1 页 共 3 页", "第 2 页 共 3 页", "第 3 页 共 3 页"],
      kept=["各县区要对照失分清单逐条分析原因，能马上改的马上改，需要投入资金的要列入计划，确保在十月份复查之前见到成效。",
            "同志们，文明城市的牌子来之不易，守住这块牌子更难。"],
      **B19)

# kc09 — the text layer of a district government gazette's PDF (txt): a running head naming the
# gazette and its issue on each page, page numbers as "— 14 —", the district head's speech on
# 创建国家卫生区 with its header block, a paragraph broken across a page.
blind("kc09.txt", """东西湖区人民政府公报　2018年第3期
区政府领导讲话
在全区创建国家卫生区工作动员大会上的讲话
区长　胡向阳
（2018年4月2日）
同志们：
今天召开的全区创建国家卫生区工作动员大会，是区委、区政府确定的一次重要会议。刚才，区委书记作了动员讲话，我完全赞同，大家要认真学习领会。下面，我就创卫工作的具体落实讲几点意见。
一、摸清底数，找准创卫的主攻方向
去年下半年，区爱卫办组织专班对照国家卫生区标准进行了一次全面摸底，共梳理出问题四百余个，主要集中在城乡结合部、农贸市场和小餐饮行业。这些问题积累的时间长，有的涉及拆迁安置，解决起来难度很大，但再难也要啃下来。
— 14 —
东西湖区人民政府公报　2018年第3期
二、分级负责，把创卫任务落实到街道和部门
各街道是辖区创卫的责任主体，街道主任是第一责任人；区直各部门要按照职责分工，牵头抓好本行业的达标工作。区财政今年安排创卫资金一点二亿元，重点用于农贸市场改造、公厕新建和背街小巷的路面硬化，各街道也要按比例配套，确保资金
— 15 —
东西湖区人民政府公报　2018年第3期
及时到位。
三、严格考核，以问责推动工作落实
区委督查室、区政府督查室要把创卫工作列为今年督查的重点，每月通报一次进度。对连续两次排名末位的街道和部门，由区政府主要领导约谈其主要负责人。
同志们，创建国家卫生区时间紧、任务重。希望大家以只争朝夕的精神，确保如期实现创卫目标。
— 16 —
""",
      speeches=[sp("在全区创建国家卫生区工作动员大会上的讲话", "讲话", "区", ("湖北省", "武汉市", "东西湖区"),
                   date="2018-04-02", speaker=["区长胡向阳", "胡向阳"], min_paras=7)],
      junk=["东西湖区人民政府公报", "2018年第3期", "区政府领导讲话", "— 14 —", "— 15 —", "— 16 —"],
      kept=["这些问题积累的时间长，有的涉及拆迁安置，解决起来难度很大，但再难也要啃下来。",
            "区财政今年安排创卫资金一点二亿元，重点用于农贸市场改造、公厕新建和背街小巷的路面硬化，各街道也要按比例配套，确保资金及时到位。"],
      **B19)

# kc10 — a town's page on a county portal (HTML): the town's name as the site's header, a
# 发布时间 line with 字号 and 打印 links, a report of a town's 卫生村 创建 推进会 where the town
# head chairs and the town's party secretary speaks, with a line of who attended at the end.
blind("kc10.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>大营镇召开卫生村创建工作推进会-新蔡县人民政府</title></head>
<body>
<div class="site">新蔡县人民政府　｜　乡镇之窗　｜　大营镇</div>
<h3>大营镇召开卫生村创建工作推进会</h3>
<div class="t">发布时间：2023-07-05　　字号：[大][中][小]　　[打印]</div>
<p>7月4日上午，大营镇召开卫生村创建工作推进会，总结前一阶段卫生村创建情况，安排部署下一阶段重点任务。会议由镇长孙宏伟主持。</p>
<p>会上，镇爱卫办负责人通报了全镇二十三个行政村卫生村创建的督查结果，对排名靠前的三个村进行了通报表扬，对排名靠后的两个村提出了限期整改要求。</p>
<p>镇党委书记刘建设在讲话中指出，卫生村创建是改善农村人居环境的重要抓手，也是今年县里对乡镇考核的重要内容。各村要对照卫生村标准，重点抓好村内道路保洁、坑塘治理和旱厕改造，做到垃圾不落地、污水不乱流。包村干部要和村干部一起下沉到组，对发现的问题逐户登记、逐户整改。</p>
<p>镇机关全体干部、各行政村党支部书记和村委会主任参加会议。</p>
<div class="foot">新蔡县人民政府办公室主办　豫ICP备05002222号</div>
</body></html>
""", published="2023-07-05",
      speeches=[sp("大营镇召开卫生村创建工作推进会", "会议报道", "乡镇", ("河南省", "驻马店市", "新蔡县"),
                   speaker=["镇党委书记刘建设", "刘建设"], min_paras=3)],
      junk=["乡镇之窗", "字号：", "[打印]", "豫ICP备"],
      kept=["会议由镇长孙宏伟主持。",
            "镇机关全体干部、各行政村党支部书记和村委会主任参加会议。"],
      **B19)

# kc11 — a county 融媒体 news page (HTML) holding two pieces: a report of the county's 创卫
# 誓师大会 where the county head speaks, then the editor's line "县长…的讲话全文如下：" and the
# speech under its own title and byline; an 审核/校对 line and footer.
blind("kc11.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>全县创建国家卫生县城誓师大会召开 - 宣汉新闻网</title></head>
<body>
<div class="nav">首页　宣汉要闻　镇乡街道　部门动态　视频</div>
<h1>全县创建国家卫生县城誓师大会召开</h1>
<div class="info">2016年03月22日 10:15　来源：宣汉县融媒体中心</div>
<p>3月21日，我县召开创建国家卫生县城誓师大会，全面动员部署创卫工作。县委副书记、县长陈光明出席并讲话，县委常委、副县长谭小兵主持会议。</p>
<p>会上，县创卫办负责人宣读了创卫工作方案，东乡街道、县城市管理局、县卫生计生委作了表态发言，与会人员集体宣誓。</p>
<p>陈光明要求，全县上下要以决战的姿态投入创卫工作，确保年底前通过省级评审。</p>
<p>县长陈光明的讲话全文如下：</p>
<p style="text-align:center"><b>在全县创建国家卫生县城誓师大会上的讲话</b></p>
<p style="text-align:center">陈光明</p>
<p>同志们：</p>
<p>今天我们召开誓师大会，就是要把全县的创卫热情调动起来，把创卫责任落实下去。宣汉地处川东北，县城依山傍水，基础条件并不差，差的是管理和习惯。</p>
<p>第一，要以最坚决的态度整治脏乱差。新旧城区的背街小巷、滨江路沿线、城郊农贸市场是整治的重点，各街道要组织专门队伍，一条街一条街地过。</p>
<p>第二，要以最严格的标准抓好达标。食品安全、病媒生物防制、健康教育这些专业指标，县卫生计生委要手把手地教，一个单位一个单位地验收。</p>
<p>第三，要以最广泛的发动凝聚合力。创卫不能只靠政府干，要让每一位市民都参与进来。</p>
<p>同志们，创卫的号角已经吹响，让我们立即行动起来，坚决打赢这场攻坚战！</p>
<div class="ed">审核：冉丽　校对：向阳</div>
<div class="foot">宣汉县融媒体中心版权所有　川ICP备10008888号</div>
</body></html>
""", published="2016-03-22",
      speeches=[sp("全县创建国家卫生县城誓师大会召开", "会议报道", "县", ("四川省", "达州市", "宣汉县"),
                   speaker=["县委副书记、县长陈光明", "县长陈光明", "陈光明"], min_paras=3),
                sp("在全县创建国家卫生县城誓师大会上的讲话", "讲话", "县", ("四川省", "达州市", "宣汉县"),
                   speaker=["县委副书记、县长陈光明", "县长陈光明", "陈光明"], min_paras=5)],
      junk=["宣汉要闻", "镇乡街道", "来源：宣汉县融媒体中心", "审核：冉丽", "校对：向阳", "川ICP备"],
      kept=["会上，县创卫办负责人宣读了创卫工作方案，东乡街道、县城市管理局、县卫生计生委作了表态发言，与会人员集体宣誓。",
            "宣汉地处川东北，县城依山傍水，基础条件并不差，差的是管理和习惯。",
            "第三，要以最广泛的发动凝聚合力。"],
      **B19)

# kc12 — a Big5 mirror of a 范文 page (HTML): the mirror's 繁體 switch and ad line, a street
# office's party secretary's speech on 创建文明街道 with a masked district (××区), a 上一篇/下一篇
# pair of other 范文 titles and the mirror's footer.
blind("kc12.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>街道党工委书记在创建文明街道推进会上的讲话_范文网</title></head>
<body>
<div class="bar">简体版　繁体版　｜　广告合作　｜　投稿</div>
<h1>街道党工委书记在创建文明街道推进会上的讲话</h1>
<div class="intro">来源：网友投稿　时间：2018-09-27　阅读：</div>
<p>同志们：</p>
<p>今天召开全街道创建文明街道推进会，主要是总结前段工作，查找存在问题，部署下一步任务。街道创建工作开展半年来，各社区、各部门做了大量工作，辖区面貌有了新的变化。但是，对照××区文明街道的测评标准，我们还有不少差距。</p>
<p>第一，社区之间进展不平衡。有的社区动作快、效果好，有的社区还停留在开会、发文件的阶段，群众基本感受不到变化。</p>
<p>第二，重点难点问题解决得不彻底。菜市场门口的占道摆摊、小区里的私拉电线给电动车充电，反复整治、反复回潮。</p>
<p>第三，群众的参与度还不高。志愿者队伍的人数虽然上来了，但真正经常参加活动的不到三成。</p>
<p>针对这些问题，各社区要在月底前拿出整改清单，街道创建办每半个月检查一次，检查结果在街道工作群里通报。同志们，文明街道要靠大家一起创，希望大家再加一把劲！</p>
<div class="pn">上一篇：社区主任在文明社区创建会上的讲话　下一篇：街道办主任在环境整治动员会上的讲话</div>
<div class="foot">本站部分内容来源于网络，如有侵权请联系删除</div>
</body></html>
""", enc="big5", trad="s2tw", published="2018-09-27",
      speeches=[sp("街道党工委书记在创建文明街道推进会上的讲话", "讲话", "乡镇", speaker=["街道党工委书记"], masked=True,
                   min_paras=5)],
      junk=["繁体版", "广告合作", "来源：网友投稿", "上一篇", "社区主任在文明社区创建会上的讲话",
            "街道办主任在环境整治动员会上的讲话", "如有侵权请联系删除"],
      kept=["第一，社区之间进展不平衡。",
            "志愿者队伍的人数虽然上来了，但真正经常参加活动的不到三成。"],
      **B19)

# kc13 — a county-level city's portal 领导讲话 page (HTML): a 信息来源/发布日期/访问量 line, the
# headline naming the speaker's post and name (副市长…在…上的讲话), no byline, a deputy mayor of a
# county-level city on 创建省级文明城市 with 一是/二是 paragraphs, 【关闭窗口】 and footer.
blind("kc13.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>副市长王丽萍在全市创建省级文明城市工作推进会上的讲话_兴城市人民政府</title></head>
<body>
<div class="top">兴城市人民政府　首页　政务公开　领导讲话　政民互动</div>
<h2>副市长王丽萍在全市创建省级文明城市工作推进会上的讲话</h2>
<div class="xx">信息来源：市政府办　发布日期：2019-10-11　访问量：236</div>
<p>同志们：</p>
<p>按照市政府的安排，我就下一阶段创建省级文明城市的重点工作讲几点意见。</p>
<p>一是抓好古城和滨海景区的环境秩序。旅游旺季刚过，古城内的流动摊点、滨海路的违规停车问题都比较突出，市城管局、市交警大队要联合执法，十月底前恢复正常秩序。</p>
<p>二是抓好农贸市场的提档升级。全市五个农贸市场要在年底前全部完成改造，做到划行归市、干湿分离，市商务局要每周到现场调度。</p>
<p>三是抓好公益广告和志愿服务。主次干道、公园广场、车站码头都要设置公益广告，各单位的志愿服务活动每月不少于两次。</p>
<p>同志们，省级文明城市测评就在明年上半年。各单位要把任务当成硬任务，确保不在自己这里丢分。</p>
<div class="close">【关闭窗口】</div>
<div class="foot">兴城市人民政府办公室主办　辽ICP备05003333号</div>
</body></html>
""", published="2019-10-11",
      speeches=[sp("副市长王丽萍在全市创建省级文明城市工作推进会上的讲话", "讲话", "市", ("辽宁省", "葫芦岛市", "兴城市"),
                   speaker=["副市长王丽萍", "王丽萍"], min_paras=5)],
      junk=["政民互动", "信息来源：市政府办", "访问量", "【关闭窗口】", "辽ICP备"],
      kept=["旅游旺季刚过，古城内的流动摊点、滨海路的违规停车问题都比较突出，市城管局、市交警大队要联合执法，十月底前恢复正常秩序。",
            "同志们，省级文明城市测评就在明年上半年。"],
      **B19)

# kc14 — a 文库 viewer page (txt): 温馨提示 lines about downloading, the title, a 文档页数/
# 下载/收藏 line, a district deputy secretary's speech with ×× masks at 创卫 复审 动员会, an
# "展开阅读全文" button line after the whole text, and 相关推荐 titles.
blind("kc14.txt", """温馨提示：
1. 本文档由用户上传，仅供学习交流。
2. 下载后的文档和图纸与预览一致。
在全区迎接国家卫生城市复审动员大会上的讲话
文档页数：4　下载：36　收藏：5　评分：4.5
同志们：
刚才，××同志传达了市里迎接国家卫生城市复审工作会议精神，××同志对我区迎审工作作了具体部署，我都同意。下面，我就抓好落实再强调几点。
第一，思想上不能有丝毫松懈。复审不是走过场，是对我们三年来创卫成果的一次全面体检。今年国家复审采取暗访为主的方式，随时可能来，来了就看真实情况，容不得半点侥幸。
第二，工作上要盯住薄弱环节。我区是老城区，老旧小区占比高，管理主体缺失的问题比较突出，这是复审中最容易失分的地方。各街道要把无物业小区的保洁责任落实到社区，做到有人扫、有人管。
第三，作风上要敢于较真碰硬。区纪委监委要把迎审工作纳入监督重点，对工作推诿扯皮、整改弄虚作假的，一律严肃问责。
同志们，复审工作关系全市大局，××区绝不能拖全市的后腿。希望大家迅速行动，确保圆满完成迎审任务。
展开阅读全文
相关推荐：迎接国家卫生城市复审工作方案　创卫复审表态发言
""",
      speeches=[sp("在全区迎接国家卫生城市复审动员大会上的讲话", "讲话", "区", masked=True, min_paras=5)],
      junk=["温馨提示", "本文档由用户上传", "下载后的文档和图纸与预览一致", "文档页数", "展开阅读全文", "相关推荐",
            "创卫复审表态发言"],
      kept=["复审不是走过场，是对我们三年来创卫成果的一次全面体检。",
            "同志们，复审工作关系全市大局，××区绝不能拖全市的后腿。"],
      **B19)

# kc15 — a 公文 site's page (txt) for a town's pledge at a county's 创卫 meeting: a 下载本文 /
# 复制全文 box above and below, a 字数 line, the pledge under a title naming the town, and a
# 本文由用户投稿 line.
blind("kc15.txt", """【下载本文】【复制全文】【加入收藏】
城关镇在全县创建国家卫生县城推进大会上的表态发言
（全文共1120字）
尊敬的各位领导、同志们：
城关镇是县城所在地，国家卫生县城创建的主要任务都在我们镇的辖区内。刚才，县委、县政府对创卫工作作了全面部署，任务明确、要求具体。我代表城关镇党委、政府表态如下。
一、迅速行动，对标补短。我们将在一周内完成辖区内所有街巷、小区和门店的排查，建立问题台账，挂图作战、对账销号。
二、压实责任，网格管理。把镇区划分为四十个网格，每个网格由一名镇干部和一名社区干部共同负责，保洁、秩序、宣传一包到底。
三、攻坚克难，啃下硬骨头。对城中村的违章搭建、河道两侧的垃圾堆放，镇里将集中力量，在两个月内整治到位。
我们坚决做到县里有部署、城关有行动，以创卫的实际成效向县委、县政府和全县人民交上一份合格的答卷。
【下载本文】【复制全文】【加入收藏】
本文由用户投稿，不代表本站观点。
""",
      speeches=[sp("城关镇在全县创建国家卫生县城推进大会上的表态发言", "表态发言", "县", min_paras=5)],
      junk=["【下载本文】", "【复制全文】", "全文共1120字", "本文由用户投稿", "不代表本站观点"],
      kept=["城关镇是县城所在地，国家卫生县城创建的主要任务都在我们镇的辖区内。",
            "二、压实责任，网格管理。"],
      **B19)

# kc16 — a city 文明网 item (HTML): the site's 文明创建 channel path, the headline, a
# 时间/来源/作者/责编 line, a report of the city's 创文 领导小组 会议 where the city party
# secretary, also the group's leader, speaks; a 【纠错】 link and the footer.
blind("kc16.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>市创建全国文明城市工作领导小组召开第三次会议_赣州文明网</title></head>
<body>
<div class="path">您现在的位置：首页 &gt; 文明创建 &gt; 创建动态</div>
<h1>市创建全国文明城市工作领导小组召开第三次会议</h1>
<div class="sub">时间：2020-09-02 09:30　来源：赣州日报　作者：黄文彬　责编：刘畅</div>
<p>9月1日，市创建全国文明城市工作领导小组召开第三次会议，听取近期创建工作情况汇报，研究部署迎接年度测评工作。市委书记、市创建全国文明城市工作领导小组组长李建华出席会议并讲话。</p>
<p>李建华指出，今年是全国文明城市测评周期的最后一年，测评结果直接关系到我市能否成功创建。各县（市、区）和市直各部门要把创建作为当前的头等大事，对标对表抓好各项测评指标的落实。</p>
<p>李建华强调，要坚持问题导向，针对测评中反映出的交通秩序乱、公共设施维护不到位等问题，集中开展专项整治；要坚持为民导向，把创建与老旧小区改造、城市功能完善结合起来，让群众有实实在在的获得感；要坚持实干导向，领导干部要带头深入一线，协调解决创建中的重点难题。</p>
<p>市领导张伟、陈红出席会议。</p>
<div class="jc">【纠错】</div>
<div class="foot">赣州文明网　主办：中共赣州市委宣传部　赣州市文明办</div>
</body></html>
""", published="2020-09-02",
      speeches=[sp("市创建全国文明城市工作领导小组召开第三次会议", "会议报道", "市", ("江西省", "赣州市", None),
                   speaker=["市委书记、市创建全国文明城市工作领导小组组长李建华", "市委书记李建华", "李建华"], min_paras=3)],
      junk=["您现在的位置", "创建动态", "来源：赣州日报", "作者：黄文彬", "责编：刘畅", "【纠错】", "市委宣传部"],
      kept=["李建华指出，今年是全国文明城市测评周期的最后一年，测评结果直接关系到我市能否成功创建。",
            "市领导张伟、陈红出席会议。"],
      **B19)

# kc17 — a 范文网 article page (txt): the site's search box line, a 分类/时间 line, a role-only
# title for a town head's speech at a 创卫 and 人居环境 meeting with a masked town (XX镇), and a
# 免责声明 plus a QR line at the end.
blind("kc17.txt", """搜索　范文　讲话稿　发言稿　心得体会　工作总结
分类：讲话稿　时间：2021-04-19
镇长在全镇创建国家卫生乡镇暨农村人居环境整治推进会上的讲话
各位村支书、各位站所负责人，同志们：
今天把大家召集起来，主要是对全镇创建国家卫生乡镇和农村人居环境整治工作再推进、再落实。上个月县里检查，XX镇的集镇得分还可以，但农村扣分太多，这说明我们的工作重集镇、轻农村，这个偏向必须纠正过来。
下面讲三件事。
第一件，垃圾治理要见底。每个村都要配齐保洁员，垃圾收集点每天清运，沟渠、塘坝边上的陈年垃圾，四月底前一律清理干净。
第二件，改厕工作要见效。去年改的户厕，有一部分群众反映不好用，各村要逐户回访，该维修的维修，不能改了就不管。
第三件，村容村貌要见新。房前屋后的柴草要堆放整齐，乱搭乱建的棚子要拆除，每个村至少打造一个示范点。
各村支书是本村的第一责任人，镇里每月排一次名，排名靠后的村支书要在镇党委会上作检讨。
免责声明：本站文章均来自网络，仅供参考。
扫码关注公众号，获取更多范文
""", published="2021-04-19",
      speeches=[sp("镇长在全镇创建国家卫生乡镇暨农村人居环境整治推进会上的讲话", "讲话", "乡镇", speaker=["镇长"],
                   masked=True, min_paras=5)],
      junk=["心得体会", "工作总结", "分类：讲话稿", "免责声明", "扫码关注公众号"],
      kept=["去年改的户厕，有一部分群众反映不好用，各村要逐户回访，该维修的维修，不能改了就不管。",
            "各村支书是本村的第一责任人，镇里每月排一次名，排名靠后的村支书要在镇党委会上作检讨。"],
      **B19)

# kc18 — a district portal's 领导讲话 page (HTML) printing the speech as one block of <br>-split
# lines: the headline, a 发布时间/来源/字体 line, the district head's name only in a closing
# signature-like line after the text, and a 分享 bar.
blind("kc18.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>在全区巩固国家卫生城区暨爱国卫生工作会议上的讲话_铁西区人民政府</title></head>
<body>
<div class="top">铁西区人民政府　首页　走进铁西　政务公开　领导讲话</div>
<h1>在全区巩固国家卫生城区暨爱国卫生工作会议上的讲话</h1>
<div class="m">发布时间：2022-04-07 15:30　来源：区政府办公室　字体：大 中 小</div>
<div class="c">区长　李春雷<br>（2022年4月6日）<br>同志们：<br>今天召开全区巩固国家卫生城区暨爱国卫生工作会议，主要是总结去年工作，部署今年任务。去年以来，全区在疫情防控常态化条件下，坚持把爱国卫生运动和巩卫工作结合起来，城区环境卫生质量保持稳定。<br>今年，我们要重点抓好三项工作。一是老旧小区环境提升。全区今年改造老旧小区三十六个，要把垃圾分类设施、公共卫生设施同步规划、同步建设。二是病媒生物防制。春季灭鼠、夏季灭蚊蝇要按时开展，重点行业要达到国家标准。三是健康教育。各街道要依托社区卫生服务中心，每季度至少举办一次健康讲座。<br>同志们，巩卫工作只有起点没有终点。希望大家久久为功，让群众在干净整洁的环境中生活得更加健康。</div>
<div class="share">分享到：微信　微博</div>
<div class="foot">沈阳市铁西区人民政府办公室　辽ICP备05004444号</div>
</body></html>
""", published="2022-04-07",
      speeches=[sp("在全区巩固国家卫生城区暨爱国卫生工作会议上的讲话", "讲话", "区", ("辽宁省", "沈阳市", "铁西区"),
                   date="2022-04-06", speaker=["区长李春雷", "李春雷"], min_paras=3)],
      junk=["走进铁西", "来源：区政府办公室", "字体：大 中 小", "分享到", "辽ICP备"],
      kept=["全区今年改造老旧小区三十六个，要把垃圾分类设施、公共卫生设施同步规划、同步建设。",
            "同志们，巩卫工作只有起点没有终点。"],
      **B19)

# kc19 — a document viewer's text (txt) printing "N/M" page marks and the title again at the top
# of every page, a county deputy party secretary's speech at a 创文 誓师大会 with its byline and
# date after the title, and the viewer's 下载文档 and 举报 lines.
blind("kc19.txt", """在全县创建全国文明城市誓师大会上的讲话
县委副书记　周海涛
2020年4月20日
同志们：
今天召开全县创建全国文明城市誓师大会，标志着我县创文工作进入了全面攻坚阶段。我代表县委、县政府，向奋战在创文一线的广大干部职工和志愿者表示衷心的感谢！
一、要增强攻坚的紧迫感。按照省里的安排，全国县级文明城市的测评将在今年下半年进行，留给我们的时间不到半年。
1/3
在全县创建全国文明城市誓师大会上的讲话
二、要明确攻坚的主战场。县城的六条主干道、十二个老旧小区、三个农贸市场和火车站广场，是这次攻坚的主战场。各包保单位要把办公桌搬到点位上，做到问题在现场发现、在现场解决。
三、要凝聚攻坚的合力。县直各部门要打破部门界限，建立联合执法机制；各乡镇要配合县城做好城乡结合部的整治，不能让城郊成为“灯下黑”。
2/3
在全县创建全国文明城市誓师大会上的讲话
同志们，誓师就是出征。让我们以只争朝夕的精神，全力以赴打好创文攻坚战，为建设文明和谐的新湘阴作出新的更大的贡献！
3/3
下载文档　举报　收藏
""",
      speeches=[sp("在全县创建全国文明城市誓师大会上的讲话", "讲话", "县", ("湖南省", "岳阳市", "湘阴县"),
                   date="2020-04-20", speaker=["县委副书记周海涛", "周海涛"], min_paras=5)],
      junk=["1/3", "2/3", "3/3", "下载文档", "举报"],
      kept=["按照省里的安排，全国县级文明城市的测评将在今年下半年进行，留给我们的时间不到半年。",
            "各包保单位要把办公桌搬到点位上，做到问题在现场发现、在现场解决。"],
      **B19)

# kc20 — a county news site's item (HTML) on a county's 创卫 现场观摩会: the headline, a 作者/
# 来源/日期 line, a report where the attendees tour sites first and the county head speaks at
# the closing session, a 图片 caption with a photographer's credit, and a 相关新闻 list.
blind("kc20.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>全县创建国家卫生县城现场观摩会举行 - 蒙城新闻网</title></head>
<body>
<div class="nav">蒙城新闻网　首页　本地新闻　乡镇快讯　图说蒙城</div>
<h1>全县创建国家卫生县城现场观摩会举行</h1>
<div class="info">作者：孙倩　来源：蒙城县融媒体中心　日期：2018-05-29</div>
<p>5月28日，全县创建国家卫生县城现场观摩会举行。与会人员先后来到城关街道漆园社区、县第二农贸市场、庄子大道沿线等点位，现场观摩了背街小巷改造、农贸市场提升和门前三包落实情况。</p>
<p>（摄影　马骏）</p>
<p>在随后召开的总结会上，县委副书记、县长许文涛讲话。他指出，从观摩的情况看，各单位创卫工作都有亮点，但也暴露出一些共性问题，比如部分小区垃圾分类流于形式、一些沿街门店门前三包不落实。各单位要相互学习、取长补短，在下一阶段工作中把创卫标准落实到每一个细节。</p>
<p>许文涛要求，要以迎接省级暗访为契机，对照标准再梳理、再整改；要发挥社区和志愿者的作用，把创卫宣传做到家喻户晓；要加强督查考核，确保创卫各项任务按期完成。</p>
<div class="xg">相关新闻：蒙城县开展病媒生物防制集中行动　我县举办创卫知识竞赛</div>
<div class="foot">蒙城新闻网　皖ICP备12006666号</div>
</body></html>
""", published="2018-05-29",
      speeches=[sp("全县创建国家卫生县城现场观摩会举行", "会议报道", "县", ("安徽省", "亳州市", "蒙城县"),
                   speaker=["县委副书记、县长许文涛", "县长许文涛", "许文涛"], min_paras=3)],
      junk=["乡镇快讯", "图说蒙城", "作者：孙倩", "来源：蒙城县融媒体中心", "摄影", "相关新闻", "蒙城县开展病媒生物防制集中行动",
            "皖ICP备"],
      kept=["5月28日，全县创建国家卫生县城现场观摩会举行。",
            "在随后召开的总结会上，县委副书记、县长许文涛讲话。"],
      **B19)
# --- sixteenth blind batch (batch 20, part blind-16): 20 pages kd01..kd20, each modelled on the
# shape of a different real page read through the search tool, of the kinds WeChat accounts,
# apps, 文明网 and 融媒体 sites, e-papers, forums, blogs, Traditional mirrors, town and street
# sites and 爱卫办/卫健委 pages print: a district account's speech with its follow calls and 图源
# notes, a city 文明网 report of a 领导小组 meeting, a county 融媒体 report followed by the
# secretary's speech under 讲话全文 (GBK), a provincial paper's e-paper item with a kicker and
# subtitle, a forum thread whose speech is cut by a reply-to-read gate, a street secretary's
# blog, a Big5 Traditional mirror of a county speech, a Traditional mirror with pinyin after
# paired characters, a town site's 爱国卫生 大会 report, a street site's report, a city 爱卫办's
# speech on a health commission's site, a county 卫健局 head's speech, a news app's report with
# its open-the-app banners, a county 融媒体 app's pledge of a town, a health commission's
# 表态发言摘登 of two units, a 笔杆子 account's masked speech, a county 文明网 report of a town's
# meeting, a county portal's 领导讲话 with a 字号 row, a town portal's speech with an
# 信息来源/发布日期 table, a city 融媒体 page of the mayor's speech with video-player debris
# (GB18030): 12 speeches, 7 meeting reports, 3 units' pledges (two pages holding two pieces);
# levels 省, 市, 县, 区, 乡镇; written without looking at the rules and measured once; nobody
# tunes on it.
B20 = dict(batch=20)

# kd01 — a district account's WeChat article (txt copy): the headline, the 原创/account/time/
# 发表于 line, a 点击上方蓝字关注 line, a bracketed 图源 note under a photo, the speech's own
# header (name and posts on one line, the date in brackets), sections under "01 / 02 / 03"
# number lines with a slogan each, then 来源/编辑/审核 lines, 往期推荐 and the reader buttons.
blind("kd01.txt", """重磅｜区委书记在全区创建全国文明城区攻坚推进会上的讲话
原创　清江浦发布　清江浦发布　2023-08-17 21:36　发表于江苏
点击上方蓝字 关注我们
（图源：区融媒体中心）
在全区创建全国文明城区攻坚推进会上的讲话
区委书记　钱立群
（2023年8月15日）
同志们：
离全国文明城市年度实地测评只剩不到两个月了。今天召开这次推进会，就是要把全区的力量再集中一次、把责任再压实一次，确保我区在全市的测评中不拖后腿。刚才，区委宣传部通报了上半年暗访的情况，三个街道和区城管局作了交流发言，我都赞成。下面，我讲三点。
01
找准差距，不回避问题
上半年市里三次暗访，我区的得分有两次排在主城区末位。问题主要集中在老旧小区、农贸市场和建筑工地周边，有的问题在去年的测评中就被点过名，到现在还没有改到位。这说明我们有的单位还是在等、在看，没有真正动起来。
02
盯住点位，一个一个过关
各街道要把辖区内的测评点位列成清单，一个点位明确一名处级干部包保，每周到现场看一次。区住建局要督促在建工地落实围挡、冲洗和渣土覆盖，区市场监管局要对全区十一个农贸市场逐个开展整治，九月底前全部达到标准。
03
压实责任，以结果论英雄
区委督查室、区纪委监委要组成联合督查组，对各单位的整改情况跟踪问效。测评结果出来以后，失分多的单位，主要负责同志要在区委常委会上说明情况。
同志们，创建全国文明城区是全区群众的共同期盼。让我们拿出决战的劲头，打好这场攻坚战！
来源：区委宣传部
编辑：周婷　审核：刘洋
往期推荐
清江浦区开展“文明交通我先行”志愿服务活动
图说｜这些老小区变美了
分享　收藏　点赞　在看
""", published="2023-08-17",
      speeches=[sp("在全区创建全国文明城区攻坚推进会上的讲话", "讲话", "区", ("江苏省", "淮安市", "清江浦区"),
                   date="2023-08-15", speaker=["区委书记钱立群", "钱立群"], min_paras=6)],
      junk=["原创", "发表于江苏", "点击上方蓝字", "图源：区融媒体中心", "来源：区委宣传部", "编辑：周婷", "审核：刘洋",
            "往期推荐", "这些老小区变美了", "点赞"],
      kept=["上半年市里三次暗访，我区的得分有两次排在主城区末位。",
            "这说明我们有的单位还是在等、在看，没有真正动起来。",
            "同志们，创建全国文明城区是全区群众的共同期盼。"],
      **B20)

# kd02 — a city 文明网 news page (HTML): the site's channel row, 当前位置, the headline, a
# 发布时间/来源/作者 line, a report of the city's 创文 领导小组 meeting where the secretary
# presides and speaks (主持会议并讲话), the mayor attends, the demands given as "会议要求"
# points; then 【责任编辑】, the site's 纠错 and 关闭 links and the 文明办 footer.
blind("kd02.html", """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>我市召开创建全国文明城市工作领导小组会议_汉中文明网</title></head>
<body>
<div class="top">汉中文明网　｜　文明创建　｜　志愿服务　｜　道德模范　｜　网络文明传播</div>
<div class="pos">当前位置：首页 &gt; 文明动态 &gt; 本地动态</div>
<div class="con">
<h1>我市召开创建全国文明城市工作领导小组会议</h1>
<div class="msg">发布时间：2021-06-03　　来源：汉中日报　　作者：李思远</div>
<p>6月2日，市创建全国文明城市工作领导小组召开会议，听取近期创建工作汇报，研究部署下一阶段重点任务。市委书记、市创建工作领导小组组长王建军主持会议并讲话，市长孙志刚出席。</p>
<p>王建军指出，今年是我市参加全国文明城市提名城市年度测评的关键一年，全市上下要增强紧迫感，把创建工作摆在更加突出的位置，以城市管理的精细化带动城市文明程度的整体提升。</p>
<p>会议要求，要聚焦测评体系，把任务分解到单位、落实到点位，做到一个指标一名责任人；要聚焦群众关切，集中整治老旧小区环境、占道经营和交通秩序等突出问题，让群众在创建中有更多获得感；要聚焦长效管理，完善网格化管理和常态化督查机制，防止问题反弹。</p>
<p>会上，市文明办通报了全国文明城市测评工作的准备情况，市级有关部门负责同志作了交流发言。</p>
<p>【责任编辑：韩雪】</p>
</div>
<div class="tool">【我要纠错】　【打印本页】　【关闭窗口】</div>
<div class="foot">主办：中共汉中市委宣传部　汉中市文明办　陕ICP备05000123号</div>
</body></html>
""", published="2021-06-03",
      speeches=[sp("我市召开创建全国文明城市工作领导小组会议", "会议报道", "市", ("陕西省", "汉中市", None),
                   speaker=["市委书记、市创建工作领导小组组长王建军", "市委书记王建军", "王建军"], min_paras=3)],
      junk=["汉中文明网", "志愿服务　｜", "当前位置", "来源：汉中日报", "作者：李思远", "责任编辑", "我要纠错", "打印本页",
            "陕ICP备"],
      kept=["王建军指出，今年是我市参加全国文明城市提名城市年度测评的关键一年，全市上下要增强紧迫感，把创建工作摆在更加突出的位置，以城市管理的精细化带动城市文明程度的整体提升。",
            "会上，市文明办通报了全国文明城市测评工作的准备情况，市级有关部门负责同志作了交流发言。"],
      **B20)

# kd03 — a county 融媒体 centre's site (HTML, GBK): the headline, a 时间/来源/编辑 line, a report of
# the county's 创卫 动员大会 (the secretary speaks, the county head presides), then a line
# "县委书记讲话全文如下：" and the speech under its own title with the speaker and date below it;
# the site's 上一篇/下一篇 and footer. Two pieces.
blind("kd03.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>我县召开创建国家卫生县城动员大会-宁陵县融媒体中心</title></head>
<body>
<div class="nav">首页 | 宁陵要闻 | 乡镇动态 | 部门动态 | 专题专栏 | 融媒视频</div>
<div class="article">
<h1>我县召开创建国家卫生县城动员大会</h1>
<div class="meta">时间：2022-03-09 18:40　来源：宁陵县融媒体中心　编辑：赵晨</div>
<p>3月8日上午，我县召开创建国家卫生县城动员大会，全面启动国家卫生县城创建工作。县委书记马红伟出席会议并讲话，县委副书记、县长许文彬主持会议。县四个班子领导，各乡镇、县直各单位主要负责人参加会议。</p>
<p>会上，县爱卫办负责同志解读了国家卫生县城标准，城关回族镇、县城市管理局、县卫生健康委员会作了表态发言，县政府与各责任单位签订了目标责任书。</p>
<p>马红伟在讲话中强调，全县上下要以更高的站位、更实的举措、更严的作风，全力以赴打好创卫攻坚战，确保三年内成功创建国家卫生县城。</p>
<p>县委书记讲话全文如下：</p>
<p>在全县创建国家卫生县城动员大会上的讲话</p>
<p>马红伟</p>
<p>（2022年3月8日）</p>
<p>同志们：</p>
<p>县委、县政府决定从今年起创建国家卫生县城，这是改善县城人居环境、提升群众健康水平的一件大事。今天召开动员大会，就是要统一全县的思想和行动，吹响创卫的冲锋号。</p>
<p>第一，要算清创卫这笔账。有人说创卫是花钱买牌子，这种看法是错误的。创卫花的每一分钱，都用在了道路、管网、公厕、市场这些群众天天用得着的地方。牌子是结果，群众得实惠才是目的。</p>
<p>第二，要找准创卫的短板。对照国家标准，我们的差距主要有三个方面：县城污水管网覆盖率不高，老城区雨污不分；农贸市场设施陈旧，活禽交易没有隔离；背街小巷和城乡结合部垃圾收运不及时。这些短板，今年都要列出计划、限期补齐。</p>
<p>第三，要拧紧创卫的责任链条。县创卫指挥部实行周例会制度，每个指标由一名县级领导牵头。各乡镇、各部门的主要负责同志是第一责任人，要做到亲自部署、亲自督办。县纪委监委要把创卫工作纳入作风建设的重要内容，对敷衍塞责的严肃问责。</p>
<p>同志们，创卫工作时间紧、任务重。希望大家迅速行动起来，以钉钉子精神抓好各项任务落实，为建设健康宁陵作出新的贡献！</p>
</div>
<div class="pn">上一篇：我县召开春季农业生产工作会议　下一篇：县领导督导疫情防控工作</div>
<div class="foot">宁陵县融媒体中心版权所有　豫ICP备18000456号</div>
</body></html>
""", enc="gbk", published="2022-03-09",
      speeches=[sp("我县召开创建国家卫生县城动员大会", "会议报道", "县", ("河南省", "商丘市", "宁陵县"),
                   speaker=["县委书记马红伟", "马红伟"], min_paras=3),
                sp("在全县创建国家卫生县城动员大会上的讲话", "讲话", "县", ("河南省", "商丘市", "宁陵县"),
                   date="2022-03-08", speaker=["县委书记马红伟", "马红伟"], min_paras=5)],
      junk=["宁陵要闻", "融媒视频", "编辑：赵晨", "县委书记讲话全文如下", "上一篇", "春季农业生产工作会议", "豫ICP备"],
      kept=["会上，县爱卫办负责同志解读了国家卫生县城标准，城关回族镇、县城市管理局、县卫生健康委员会作了表态发言，县政府与各责任单位签订了目标责任书。",
            "牌子是结果，群众得实惠才是目的。",
            "同志们，创卫工作时间紧、任务重。"],
      **B20)

# kd04 — a provincial party paper's e-paper item (txt copy): the paper's masthead and 数字报 row,
# a 版面 line with the issue date, the 版面导航 list, then a kicker line (引题), the headline and
# a subtitle naming who spoke, the 本报讯 byline, a report of the province's 爱卫会 全体会议 with
# the vice-governor speaking; the 稿件 navigation at the foot.
blind("kd04.txt", """贵州日报　数字报
2020年04月23日　第02版：要闻
版面导航：第01版　第02版　第03版　第04版
深入开展爱国卫生运动　巩固卫生创建成果
省爱卫会召开全体会议
吴　强出席并讲话
本报讯（记者　杨　帆）4月22日，省爱国卫生运动委员会召开全体会议，总结去年全省爱国卫生工作，安排部署今年重点任务。副省长、省爱卫会主任吴强出席并讲话。
吴强指出，去年以来，全省各级各部门认真履行爱国卫生工作职责，新增国家卫生城市两个、国家卫生县城五个，城乡环境卫生面貌持续改善。但也要看到，部分地方存在重创建、轻管理的问题，有的已命名城市在国家暗访中被点名通报，长效管理机制亟待健全。
吴强强调，要把爱国卫生运动与疫情防控紧密结合起来，广泛开展城乡环境卫生整治，重点抓好农贸市场、城中村、老旧小区等薄弱环节；要加大卫生城镇创建和复审力度，对复审不合格的坚决予以通报；要大力推进健康城市、健康村镇建设，倡导文明健康、绿色环保的生活方式。
会议审议了省爱卫会2020年工作要点，省卫生健康委、省住房城乡建设厅、省农业农村厅作了交流发言。
上一篇　下一篇　返回本版目录
""",
      speeches=[sp("省爱卫会召开全体会议", "会议报道", "省", ("贵州省", None, None),
                   speaker=["副省长、省爱卫会主任吴强", "副省长吴强", "吴强"], min_paras=3)],
      junk=["数字报", "第02版", "版面导航", "本报讯", "返回本版目录"],
      kept=["吴强指出，去年以来，全省各级各部门认真履行爱国卫生工作职责，新增国家卫生城市两个、国家卫生县城五个，城乡环境卫生面貌持续改善。",
            "会议审议了省爱卫会2020年工作要点，省卫生健康委、省住房城乡建设厅、省农业农村厅作了交流发言。"],
      **B20)

# kd05 — a local forum's thread (txt copy): the board path, 查看/回复 counts, 楼主's name with
# UID, 发表于 and 电梯直达, the poster's own line ("转一篇我们镇长的讲话"), a role-only title, the
# town head's speech on 创建省级卫生乡镇, cut by the forum's 本帖隐藏的内容需要回复才可以浏览 gate;
# then a reply (沙发) and the forum's 快速回复 and footer. Truncated.
blind("kd05.txt", """家园论坛 › 镇务大家谈 › 镇长在创建省级卫生乡镇推进会上的讲话
查看: 2315 | 回复: 12
楼主　老街小兵　UID: 108527
发表于 2018-10-12 09:47:03 | 只看该作者 | 电梯直达
转一篇我们镇长的讲话，大家一起看看镇里今年到底要干啥。
镇长在创建省级卫生乡镇推进会上的讲话
同志们：
今天召开全镇创建省级卫生乡镇推进会，主要是通报前一阶段的创建进展，对照验收标准查找问题，安排下一步的冲刺工作。
从九月份县爱卫办的预检情况看，我们镇的主要问题有三个：一是集镇的农贸市场没有完成改造，摊位设置不规范，地面污水横流；二是集镇周边的几个村，垃圾池常年满溢，清运不及时；三是餐饮小店证照不全的还有十几家，后厨卫生差。这些问题，群众天天看在眼里，验收组来了也一眼就能看到。
下一步，镇里要集中两个月时间，全力以赴抓整改。农贸市场改造由分管副镇长牵头，十一月底前必须完工；各村的垃圾清运要落实专人，做到一日一清；镇食安办要联合市场监管所，对集镇所有餐饮店逐家过一遍。
本帖隐藏的内容需要回复才可以浏览
沙发　东流水　发表于 2018-10-12 10:15:22
市场早该修了，下雨天根本下不去脚。
快速回复　返回列表
Powered by Discuz! X3.4　© 2001-2018 家园论坛
""", published="2018-10-12",
      speeches=[sp("镇长在创建省级卫生乡镇推进会上的讲话", "讲话", "乡镇", speaker=["镇长"], truncated=True,
                   min_paras=3)],
      junk=["家园论坛", "查看: 2315", "UID", "只看该作者", "电梯直达", "转一篇我们镇长的讲话", "本帖隐藏的内容",
            "沙发", "下雨天根本下不去脚", "快速回复", "Powered by"],
      kept=["从九月份县爱卫办的预检情况看，我们镇的主要问题有三个：一是集镇的农贸市场没有完成改造，摊位设置不规范，地面污水横流；二是集镇周边的几个村，垃圾池常年满溢，清运不及时；三是餐饮小店证照不全的还有十几家，后厨卫生差。",
            "这些问题，群众天天看在眼里，验收组来了也一眼就能看到。"],
      **B20)

# kd06 — a street secretary's personal blog (txt copy): the blog's name and menu, "[原创]" before
# the title, the posting time in brackets, 标签/分类 lines, the posts and name on a line, the
# speech at his street's 创文 动员会 (which names no city), then the blog's 阅读/评论/收藏 row,
# 前一篇/后一篇 and the blog's footer.
blind("kd06.txt", """老周的博客
首页　博文目录　图片　关于我
[原创]在城南街道创建全国文明城市动员会上的讲话
(2016-05-10 08:12:33)
标签：文明城市　街道工作　讲话
分类：工作文稿
街道党工委书记　周海涛
同志们：
市里的创建全国文明城市动员大会开过已经半个月了，区里也作了部署。今天，街道召开动员会，就是要把创建任务落到我们城南的每一个社区、每一个门店、每一户居民。
我先说说我们的家底。城南街道是老城区，有二十七个老旧小区，其中没有物业管理的有十九个；沿街门店一千二百多家，占道经营、乱堆乱放的现象比较普遍；辖区内还有两个农贸市场，环境秩序一直是老大难。这几样，都是测评组必看的点位。
所以，我们的重点就三条。第一条，小区要有人管。没有物业的小区，由社区党组织牵头，组织党员和楼栋长成立自管小组，先把卫生保洁和车辆停放管起来。第二条，门店要守规矩。街道城管中队要和每一家沿街门店签订门前三包责任书，每天巡查，发现一次纠正一次。第三条，市场要变样。两个农贸市场的改造方案已经报区里，在改造完成之前，市场管理方要增加保洁人员，做到地面无积水、摊位无杂物。
干部作风上，我提两点要求。一是沉下去。机关干部每人联系一个小区，每周至少去两次，不要坐在办公室里听汇报。二是盯到底。街道纪工委每半个月通报一次督查情况，连续两次排名靠后的社区，书记要向街道党工委作出说明。
同志们，创城要靠大家。我相信，只要我们上下一条心，城南一定能交出一份让群众满意的答卷。
阅读(56)　评论(0)　收藏　转载　喜欢　打印
前一篇：社区换届工作会上的几点要求
后一篇：五月份机关学习安排
博客等级：8　博客积分：1206
""", published="2016-05-10",
      speeches=[sp("在城南街道创建全国文明城市动员会上的讲话", "讲话", "乡镇",
                   speaker=["街道党工委书记周海涛", "周海涛"], min_paras=5)],
      junk=["老周的博客", "博文目录", "[原创]", "标签：", "分类：工作文稿", "阅读(56)", "前一篇", "后一篇", "博客积分"],
      kept=["我先说说我们的家底。",
            "这几样，都是测评组必看的点位。",
            "同志们，创城要靠大家。"],
      **B20)

# kd07 — a Big5 Traditional mirror of a 文秘 site's page (HTML, big5): 您的位置 path through the
# site's topic list, the title, a 發表時間 line with slashes, a county head's speech at the
# county's 国家卫生县城 复审 动员大会, cut by the site's "……(…省略…字，正式会員可完整閱讀)……"
# gate and resumed for a sentence; the site's 相關文章 and footer. Truncated.
blind("kd07.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
<title>在全县迎接国家卫生县城复审动员大会上的讲话 - 文秘资料网</title></head>
<body>
<div class="pos">您的位置：文秘资料网&gt;&gt;讲话/卫生/创建活动/动员大会/&gt;&gt;正文</div>
<h2>在全县迎接国家卫生县城复审动员大会上的讲话</h2>
<div class="time">发表时间：2019/5/6 21:39:32</div>
<div class="txt">
<p>县长　余建华</p>
<p>同志们：</p>
<p>彭泽县于2016年获得国家卫生县城称号，按照规定，今年要接受国家的复审。复审不是走过场，全国每年都有复审不合格被暂缓或撤销称号的县城。今天召开动员大会，就是要让大家清醒地认识到，这块牌子拿到手不容易，保住它同样不容易。</p>
<p>一、正视问题，增强迎接复审的紧迫感</p>
<p>今年三月，市爱卫办组织专家对我县进行了模拟复审，指出了五个方面二十三个问题，其中城区主干道两侧的乱张贴、城郊结合部的垃圾乱倒和部分小餐馆的卫生状况，和三年前我们刚刚创建成功时相比，确实有所反弹。</p>
<p>……（文秘资料网省略612字，正式会员可完整阅读）……</p>
<p>各乡镇、各部门要对照任务分工，抓紧整改，确保在七月底前全部完成。</p>
</div>
<div class="rel">相关文章：在全县爱国卫生月活动启动仪式上的讲话　在全县城乡环境卫生整治大会上的讲话</div>
<div class="foot">文秘资料网 版权所有　本站资料仅供参考</div>
</body></html>
""", enc="big5", trad="s2tw", published="2019-05-06",
      speeches=[sp("在全县迎接国家卫生县城复审动员大会上的讲话", "讲话", "县", ("江西省", "九江市", "彭泽县"),
                   speaker=["县长余建华", "余建华"], truncated=True, min_paras=3)],
      junk=["您的位置", "发表时间", "文秘资料网", "正式会员可完整阅读", "相关文章", "本站资料仅供参考"],
      kept=["复审不是走过场，全国每年都有复审不合格被暂缓或撤销称号的县城。",
            "各乡镇、各部门要对照任务分工，抓紧整改，确保在七月底前全部完成。"],
      **B20)

# kd08 — a Traditional mirror of a portal (txt copy, utf-8) whose converter puts the pinyin after
# characters of two-character words (創(chuàng)建, 區(qū), 會(huì)): the mirror's header line, the
# title, the posts and name, the bracketed date, a district head's speech at the district's
# 巩固国家卫生城市成果 大会; the mirror's 責任編輯 and 免責聲明 lines.
blind("kd08.txt", """新聞中心 > 地方要聞 > 正文
在全区巩固国家卫生城市成果大会上的讲话
区委副书记、区长　张建明
（2021年4月2日）
同志们：
今天召开全区巩固国家卫生城市成果大会，主要任务是贯彻全市爱国卫生工作会议精神，部署今年的巩卫工作。刚才，区卫健委通报了去年巩卫工作的考核结果，对先进单位进行了表扬，我完全同意。
宛城区是南阳的中心城区，也是全市巩卫的主战场。国家卫生城市的牌子是全市人民一起干出来的，我们没有理由在自己手里让它褪色。但从去年国家暗访的情况看，我区城乡结合部和老旧小区的环境问题依然突出，有的点位反复被通报。这种状况必须彻底改变。
今年的巩卫工作，我强调三点。第一，全域治理。巩卫不只是城区的事，各乡镇也要把集镇和村庄的环境卫生管起来，不留死角。第二，常态管理。要建立区级领导包乡镇、部门包社区的责任体系，把巩卫纳入日常，而不是检查前突击。第三，全民参与。要深入开展爱国卫生运动，广泛动员机关、学校、企业和居民参与，每月组织一次集中清洁行动。
同志们，巩卫工作没有终点。希望大家坚持不懈，共同守护好国家卫生城市这块金字招牌。
責任編輯：王　磊
免責聲明：本站轉載內容僅供參考，如有問題請聯繫刪除。
""", trad="s2tw",
      pinyin=[("創", "創(chuàng)"), ("區", "區(qū)"), ("會", "會(huì)"), ("衛", "衛(wèi)"), ("動", "動(dòng)"), ("導", "導(dǎo)")],
      speeches=[sp("在全区巩固国家卫生城市成果大会上的讲话", "讲话", "区", ("河南省", "南阳市", "宛城区"), date="2021-04-02",
                   speaker=["区委副书记、区长张建明", "区长张建明", "张建明"], min_paras=5)],
      junk=["新闻中心", "地方要闻", "qū", "huì", "wèi", "责任编辑", "免责声明"],
      kept=["宛城区是南阳的中心城区，也是全市巩卫的主战场。",
            "这种状况必须彻底改变。",
            "同志们，巩卫工作没有终点。"],
      **B20)

# kd09 — a town government's site (HTML): the town's name over the menu, the headline, a 信息来源/
# 发布时间/点击数 line, a report of the town's 爱国卫生运动 大会 where the secretary gives the
# speech and the town head presides, a "（图片）" placeholder between paragraphs, the host's
# county named only in the footer's 主办 line.
blind("kd09.html", """<html><head><meta charset="utf-8"><title>沙溪镇召开2024年爱国卫生运动大会暨巩固国家卫生镇工作会议</title></head>
<body>
<div class="banner">沙溪镇人民政府</div>
<div class="menu">首页　走进沙溪　政务公开　镇情动态　便民服务　互动交流</div>
<div class="content">
<h3>沙溪镇召开2024年爱国卫生运动大会暨巩固国家卫生镇工作会议</h3>
<div class="src">信息来源：党政办　　发布时间：2024-03-05　　点击数：87</div>
<p>3月4日下午，沙溪镇召开2024年爱国卫生运动大会暨巩固国家卫生镇工作会议，总结去年爱国卫生和巩卫工作，部署今年重点任务。镇党委书记顾振东作讲话，镇党委副书记、镇长沈佳主持会议。镇领导班子成员，各村（社区）党组织书记，镇各部门、各单位负责人参加会议。</p>
<p>（图片）</p>
<p>会上，分管副镇长通报了去年各村（社区）人居环境长效管理考核结果，镇政府与各村（社区）签订了2024年度爱国卫生工作目标责任书。</p>
<p>顾振东在讲话中指出，去年全镇在古镇区环境提升、农村公厕改造和病媒生物防制方面取得了明显成效，但背街小巷的卫生死角、河道沿岸的垃圾漂浮等问题仍时有反复。今年，全镇要以迎接国家卫生镇复审为契机，把爱国卫生运动融入日常、抓在经常。</p>
<p>顾振东要求，各村（社区）要落实网格化保洁责任，做到垃圾日产日清；各职能部门要加强对餐饮店、农贸市场和建筑工地的日常监管；镇纪委要加大督查力度，对工作不力的单位进行通报。</p>
</div>
<div class="foot">主办：太仓市沙溪镇人民政府　苏ICP备10000001号-2</div>
</body></html>
""", published="2024-03-05",
      speeches=[sp("沙溪镇召开2024年爱国卫生运动大会暨巩固国家卫生镇工作会议", "会议报道", "乡镇", ("江苏省", "苏州市", "太仓市"),
                   speaker=["镇党委书记顾振东", "顾振东"], min_paras=3)],
      junk=["走进沙溪", "便民服务", "信息来源：党政办", "点击数", "（图片）", "苏ICP备"],
      kept=["会上，分管副镇长通报了去年各村（社区）人居环境长效管理考核结果，镇政府与各村（社区）签订了2024年度爱国卫生工作目标责任书。",
            "今年，全镇要以迎接国家卫生镇复审为契机，把爱国卫生运动融入日常、抓在经常。"],
      **B20)

# kd10 — a street office's page inside a district portal (HTML): the portal's 街道频道 header,
# the headline with quotation marks, a 来源/日期 line with the date in 年月日, a report of the
# street's 迎检冲刺 动员部署会 where the office's director presides, the 人大工委 head deploys and
# the secretary speaks last (作总结讲话); the portal's 分享 row and footer.
blind("kd10.html", """<html><head><meta charset="utf-8"><title>湘雅路街道召开创建全国文明城市“迎检冲刺”动员部署会 - 开福区人民政府网</title></head>
<body>
<div class="hd">开福区人民政府网 · 街道频道 · 湘雅路街道</div>
<div class="main">
<h1>湘雅路街道召开创建全国文明城市“迎检冲刺”动员部署会</h1>
<div class="info">来源：湘雅路街道　日期：2017年10月10日　【大 中 小】</div>
<p>10月9日，湘雅路街道召开创建全国文明城市“迎检冲刺”动员部署会。街道党工委副书记、办事处主任刘敏主持会议，街道人大工委主任陈光辉对迎检冲刺阶段的工作进行了具体部署，街道党工委书记易志强作总结讲话。</p>
<p>会议通报了国庆期间区创文办暗访发现的问题，四个社区和街道城管办作了整改情况汇报。</p>
<p>易志强强调，离国家测评组来长沙只剩二十来天，街道全体干部要进入战时状态：一是点位要盯死，每个测评点位落实一名班子成员、一名社区干部、一名志愿者“三人包干”；二是问题要清零，对暗访发现的问题实行销号管理，一天一调度；三是纪律要严明，迎检期间全体干部取消休假，对推诿扯皮、贻误工作的，严肃追究责任。</p>
</div>
<div class="share">分享到：</div>
<div class="foot">长沙市开福区人民政府办公室主办　湘ICP备05008888号</div>
</body></html>
""", published="2017-10-10",
      speeches=[sp("湘雅路街道召开创建全国文明城市“迎检冲刺”动员部署会", "会议报道", "乡镇", ("湖南省", "长沙市", "开福区"),
                   speaker=["街道党工委书记易志强", "易志强"], min_paras=3)],
      junk=["街道频道", "来源：湘雅路街道", "【大 中 小】", "分享到", "湘ICP备"],
      kept=["会议通报了国庆期间区创文办暗访发现的问题，四个社区和街道城管办作了整改情况汇报。"],
      **B20)

# kd11 — a city health commission's site (HTML), its 爱国卫生 column: the commission's banner and
# a 市爱卫办 sub-banner, 当前位置, the headline carrying the speaker's name, a 发布日期/来源/字号
# line, a 致辞-style opening with the full list of those addressed, the speech of the commission's
# director (also the 爱卫办's head) at the city's 爱国卫生月 launch, and the footer.
blind("kd11.html", """<html><head><meta charset="utf-8"><title>刘晓梅同志在全市第35个爱国卫生月活动启动仪式上的讲话</title></head>
<body>
<div class="banner">绵阳市卫生健康委员会</div>
<div class="sub">绵阳市爱国卫生运动委员会办公室</div>
<div class="pos">当前位置：首页 &gt; 爱国卫生 &gt; 工作动态</div>
<h2>刘晓梅同志在全市第35个爱国卫生月活动启动仪式上的讲话</h2>
<div class="attr">发布日期：2023-04-04　来源：市爱卫办　字号：【大】【中】【小】</div>
<div class="text">
<p>尊敬的各位领导，各位来宾，同志们、朋友们：</p>
<p>大家上午好！今天，我们在这里举行全市第35个爱国卫生月活动启动仪式。今年爱国卫生月的主题是“爱国卫生运动，你我同行”。借此机会，我代表市爱卫会，向长期以来关心支持爱国卫生工作的社会各界表示衷心的感谢！</p>
<p>去年以来，全市上下认真落实国家卫生城市长效管理要求，深入开展城乡环境卫生整洁行动，全市新增省级卫生乡镇六个、卫生村四十二个，病媒生物密度控制水平稳定达标，群众对城市环境卫生的满意度明显提升。</p>
<p>今年是我市迎接国家卫生城市复审的关键之年。各县市区、各部门要以这次爱国卫生月为契机，集中开展一次环境卫生大扫除，重点清理城乡结合部、老旧小区、背街小巷的卫生死角；要组织好春季病媒生物统一消杀，从源头上减少病媒滋生；要广泛宣传健康知识，倡导文明健康、绿色环保的生活方式。</p>
<p>爱国卫生运动是群众的运动。希望广大市民从自己做起，从家庭做起，积极参与到爱国卫生运动中来，共同建设更加整洁、更加健康的美丽绵阳。</p>
<p>最后，预祝全市第35个爱国卫生月活动取得圆满成功！谢谢大家！</p>
</div>
<div class="foot">绵阳市卫生健康委员会主办　蜀ICP备11000777号　地址：绵阳市涪城区</div>
</body></html>
""", published="2023-04-04",
      speeches=[sp("刘晓梅同志在全市第35个爱国卫生月活动启动仪式上的讲话", "讲话", "市", ("四川省", "绵阳市", None),
                   speaker=["刘晓梅", "刘晓梅同志"], min_paras=5)],
      junk=["绵阳市卫生健康委员会", "当前位置", "来源：市爱卫办", "字号：", "蜀ICP备", "地址："],
      kept=["去年以来，全市上下认真落实国家卫生城市长效管理要求，深入开展城乡环境卫生整洁行动，全市新增省级卫生乡镇六个、卫生村四十二个，病媒生物密度控制水平稳定达标，群众对城市环境卫生的满意度明显提升。",
            "爱国卫生运动是群众的运动。"],
      **B20)

# kd12 — a county health bureau's site (txt copy): the bureau's name and path, the title, a
# 时间/浏览 line, a speech at the county's 卫生健康系统 创卫 推进会 with no header, the
# speaker's posts and name and the date signed AT THE FOOT, then the bureau's footer.
blind("kd12.txt", """蓬溪县卫生健康局
首页 > 工作动态 > 领导讲话
在全县卫生健康系统创建国家卫生县城推进会上的讲话
时间：2021-09-17 10:03　浏览：312
同志们：
县委、县政府把创建国家卫生县城列为今年的头号民生工程，卫生健康系统既是创卫的牵头部门，又是很多指标的直接责任单位。今天召开全系统推进会，就是要对照分工，把系统内的任务一项一项抓实。
先说存在的问题。前不久县创卫办组织的交叉检查中，系统内有三家医疗机构的医疗废物暂存间不规范，两个乡镇卫生院的病媒生物防制台账不全，县城部分公共场所的卫生许可证过期未换。问题不大，但都是评审专家会看的细节，一处不合格就要扣分。
再说下一步的工作。第一，医疗机构要带头达标。各医院、卫生院十月底前完成医疗废物管理、院内环境和控烟的自查整改。第二，公共场所要规范监管。县卫生监督执法大队要对县城的宾馆、理发店、游泳场所开展全覆盖检查，证照不全的一律限期整改。第三，健康教育要进社区。县疾控中心要组织健康讲座进社区、进学校，提高居民的健康素养水平。
最后说纪律。系统内各单位的主要负责人是创卫的第一责任人，局党组将把创卫工作纳入年度目标考核。对工作不力、影响全县创卫进程的，要严肃追责。
县卫生健康局党组书记、局长　何春林
2021年9月16日
主办：蓬溪县卫生健康局　技术支持：县信息中心
""", published="2021-09-17",
      speeches=[sp("在全县卫生健康系统创建国家卫生县城推进会上的讲话", "讲话", "县", ("四川省", "遂宁市", "蓬溪县"),
                   date="2021-09-16", speaker=["县卫生健康局党组书记、局长何春林", "县卫生健康局局长何春林", "局长何春林",
                                              "何春林"], min_paras=5)],
      junk=["工作动态", "浏览：312", "主办：蓬溪县卫生健康局", "技术支持"],
      kept=["问题不大，但都是评审专家会看的细节，一处不合格就要扣分。",
            "最后说纪律。"],
      **B20)

# kd13 — a city news app's shared copy (txt copy): the app's open-in-app banner, the headline, the
# account/time line, a report of the city's 创文 测评反馈会 where the mayor speaks after the
# evaluators' feedback, an "打开APP，阅读全文" banner cutting into the text (the text goes on
# after it), the 责任编辑 line, a 热门推荐 list and the app's download row.
blind("kd13.txt", """掌上张家口　打开APP
全国文明城市年度测评反馈会召开
张家口新闻网　2022-11-08 19:22
11月8日，我市召开全国文明城市年度测评反馈会，省文明办测评组反馈了实地测评中发现的问题。市委副书记、市长李志刚出席会议并讲话。
测评组指出，我市在公益广告宣传、志愿服务站点建设等方面成效明显，但在农贸市场秩序、老旧小区环境和非机动车停放等方面还存在不少问题。
打开APP，阅读全文
李志刚表示，测评组反馈的问题客观实在，市政府完全接受，将照单全收、立行立改。各县区、各部门要对反馈的问题逐一建立台账，明确整改时限和责任人，整改一个、销号一个；要举一反三，对同类问题开展全面排查，防止只改点位、不改面上；要把整改与日常管理结合起来，推动创建成果常态长效。
会上，市文明办对问题整改工作作了具体安排。
责任编辑：郭丽
热门推荐
我市新增三处口袋公园
冬季供暖今起试运行
下载掌上张家口客户端，看更多本地新闻
""", published="2022-11-08",
      speeches=[sp("全国文明城市年度测评反馈会召开", "会议报道", "市", ("河北省", "张家口市", None),
                   speaker=["市委副书记、市长李志刚", "市长李志刚", "李志刚"], min_paras=3)],
      junk=["打开APP", "张家口新闻网", "责任编辑", "热门推荐", "我市新增三处口袋公园", "下载掌上张家口客户端"],
      kept=["测评组指出，我市在公益广告宣传、志愿服务站点建设等方面成效明显，但在农贸市场秩序、老旧小区环境和非机动车停放等方面还存在不少问题。",
            "会上，市文明办对问题整改工作作了具体安排。"],
      **B20)

# kd14 — a county 融媒体 app's copy of a town's pledge (txt copy): the app's name and the share
# banner, the headline, a 作者/来源/阅读 line with a count in 万, the pledge at the county's 创卫
# 誓师大会 in 一要/二要/三要 points and an oath-like close, then the app's 评论 block (two comments
# with likes) and 举报.
blind("kd14.txt", """云上泾县
来自“云上泾县”客户端
泾川镇在全县创建国家卫生县城誓师大会上的表态发言
作者：泾川镇党委　来源：泾县融媒体中心　阅读：1.2万
尊敬的各位领导、同志们：
泾川镇是县城所在地，创卫的主战场在我们镇，主要任务也在我们镇。在今天的誓师大会上，我代表泾川镇党委、政府郑重表态：
一要把责任扛在肩上。镇里成立由党委书记任组长的创卫工作领导小组，班子成员分片包干，十二个社区和村全部建立创卫网格，确保每一条街巷都有人管。
二要把整治抓在手上。集中三个月时间，对老城区的背街小巷、城中村和农贸市场周边开展环境整治，拆除违章搭建，清理卫生死角，做到垃圾不落地、污水不横流。
三要把群众发动起来。组织党员、志愿者和居民开展每周一次的环境卫生义务劳动，评选卫生文明户，让创卫成为全镇群众的自觉行动。
请县委、县政府放心，泾川镇一定不辱使命，坚决完成各项创卫任务！
评论（2）
网友7723：县城这两年变化确实大。　赞 15
青弋江畔：希望菜市场早点改好。　赞 9
举报
""",
      speeches=[sp("泾川镇在全县创建国家卫生县城誓师大会上的表态发言", "表态发言", "县", ("安徽省", "宣城市", "泾县"), min_paras=4)],
      junk=["云上泾县", "客户端", "作者：泾川镇党委", "阅读：1.2万", "评论（2）", "县城这两年变化确实大", "希望菜市场早点改好",
            "re:^举报$"],
      kept=["泾川镇是县城所在地，创卫的主战场在我们镇，主要任务也在我们镇。",
            "请县委、县政府放心，泾川镇一定不辱使命，坚决完成各项创卫任务！"],
      **B20)

# kd15 — a city health commission's site (HTML), two units' pledges under one headline
# "…表态发言（摘登）": the commission's menu, the headline, a 发布时间/阅读 line, the editor's lead,
# then each unit's excerpt under a bold "unit：slogan" line; the commission's footer. Two pieces.
blind("kd15.html", """<html><head><meta charset="utf-8"><title>全市巩固国家卫生城市成果推进会表态发言（摘登）-丽水市卫生健康委员会</title></head>
<body>
<div class="menu">首页　机构概况　新闻动态　政务公开　爱国卫生　健康科普</div>
<h1>全市巩固国家卫生城市成果推进会表态发言（摘登）</h1>
<div class="time">发布时间：2020-07-21 09:15:07　阅读：406</div>
<p>7月20日，全市巩固国家卫生城市成果推进会召开。会上，市中心医院、市疾病预防控制中心代表卫生健康系统作了表态发言，现摘登如下。</p>
<p><b>市中心医院：当好巩卫排头兵</b></p>
<p>医院是群众健康的守护地，也是展示城市卫生形象的窗口。我们将把巩卫工作作为全院的一项重要任务，院长负总责，各科室主任具体抓。</p>
<p>一是抓好院内环境。门诊、病房和公共区域实行专人保洁，医疗废物做到分类收集、日产日清。二是抓好控烟工作。全院设置禁烟标识，安排控烟巡查员，做到室内无烟。三是抓好健康宣教。每月组织医护人员到社区开展义诊和健康讲座。</p>
<p>我们保证，以一流的环境和服务迎接国家卫生城市复审！</p>
<p><b>市疾病预防控制中心：筑牢病媒防线</b></p>
<p>病媒生物防制是国家卫生城市复审的重要内容，也是我们中心的主责主业。</p>
<p>我们将组织专业队伍，对全市农贸市场、餐饮集中区、城中村开展病媒生物密度监测，每月发布一次监测报告；在春秋两季组织全市统一消杀，指导各县区和重点单位规范设置防鼠防蝇设施；同时加强对病媒生物防制服务机构的技术指导，确保全市病媒生物密度控制在国家标准以内。</p>
<p>我们一定把病媒防线筑得更牢，为巩卫工作提供坚实的技术支撑！</p>
<div class="foot">丽水市卫生健康委员会　版权所有　浙ICP备12030303号</div>
</body></html>
""", published="2020-07-21",
      speeches=[sp(None, "表态发言", "市", ("浙江省", "丽水市", None), min_paras=3),
                sp(None, "表态发言", "市", ("浙江省", "丽水市", None), min_paras=2)],
      junk=["机构概况", "健康科普", "阅读：406", "现摘登如下", "浙ICP备"],
      kept=["医院是群众健康的守护地，也是展示城市卫生形象的窗口。",
            "我们保证，以一流的环境和服务迎接国家卫生城市复审！",
            "病媒生物防制是国家卫生城市复审的重要内容，也是我们中心的主责主业。",
            "我们一定把病媒防线筑得更牢，为巩卫工作提供坚实的技术支撑！"],
      **B20)

# kd16 — a 笔杆子 material account's WeChat article (txt copy): a 素材 tag before the title, the
# account/time/发表于 line, a 来源：网络 note, a "长按识别二维码" card, the title again with XX
# masks, the posts over a masked name, a district head's speech at the district's 巩固全国文明城市
# 成果 推进会 with XX and × masks; the account's 声明 and 阅读原文 lines.
blind("kd16.txt", """【讲话素材】在XX区巩固全国文明城市创建成果推进会上的讲话
笔杆子素材库　2024-02-27 07:00　发表于山东
来源：网络，仅供学习参考
长按识别二维码，加入笔杆子交流群
在XX区巩固全国文明城市创建成果推进会上的讲话
区委副书记、区长　×××
同志们：
去年，我市成功创建全国文明城市，XX区作为主城区贡献了重要力量。但我们也要清醒地看到，文明城市实行动态管理，复查不合格的照样摘牌。今天召开这个会，就是要告诉大家：创建成功不是终点，巩固提升才是常态。
一、巩固成果，首先要防止松劲
创建成功后，一些单位出现了歇一歇、缓一缓的想法，有的点位保洁人员撤了，有的路口文明劝导员不见了。根据区创城办近期的暗访，全区有十七个点位出现了不同程度的反弹。这种苗头必须坚决遏制。
二、巩固成果，关键要建好机制
要把创建时形成的好做法固定下来。一是点位长效管理机制，每个点位继续由一个区直部门包保，包保关系三年不变。二是问题发现处置机制，依托区城市运行管理中心，做到问题随时发现、随时派单、限时办结。三是考核奖惩机制，巩固创建成果在年度综合考核中的权重不降低。
三、巩固成果，根本要依靠群众
文明城市是全体市民的。要持续开展文明家庭、文明楼院评选，让群众在身边看到榜样；要用好志愿服务队伍，把志愿服务站点建到每一个社区。×××同志牵头的区文明办要抓好这方面的统筹。
同志们，守成比创业更难。希望大家保持创建时的那股劲头，把XX区的文明成果守好、用好、发展好！
声明：本文来源于网络，仅供学习交流，如有侵权请联系删除。
↓↓↓点击阅读原文，获取更多讲话素材
""", published="2024-02-27",
      speeches=[sp("在XX区巩固全国文明城市创建成果推进会上的讲话", "讲话", "区",
                   speaker=["区委副书记、区长", "区长", "区委副书记、区长×××", "区长×××"], masked=True,
                   min_paras=6)],
      junk=["【讲话素材】", "笔杆子素材库", "发表于山东", "来源：网络", "长按识别二维码", "声明：", "点击阅读原文"],
      kept=["创建成功不是终点，巩固提升才是常态。",
            "根据区创城办近期的暗访，全区有十七个点位出现了不同程度的反弹。",
            "同志们，守成比创业更难。"],
      **B20)

# kd17 — a county 文明网 page of a town's meeting (txt copy): the site's name and path, the
# headline, a 日期/来源/作者 line with the author empty, a 字体：大 中 小 row, a report of the
# town's 文明村镇 创建 推进会 in which the secretary "作了讲话。他要求" in a paragraph that first
# names the town head's report, and a 【关闭】 line.
blind("kd17.txt", """长兴文明网
首页 >> 文明创建 >> 文明村镇
和平镇召开文明村镇创建工作推进会
日期：2020-09-14　来源：和平镇　作者：
字体：大 中 小
9月11日，和平镇召开文明村镇创建工作推进会，镇村两级干部、各企业负责人共一百二十余人参加会议。
会上，镇党委副书记、镇长吴海峰通报了今年以来文明村镇创建工作的进展，对镇村环境整治、移风易俗和新时代文明实践站建设等工作作了部署。镇党委书记钱国良作了讲话。他要求，各村要对照省级文明村镇测评标准，认真排查问题，做到边查边改；要结合美丽乡村建设，把村庄的“颜值”和村民的“气质”一起提升；要发挥好村规民约和红白理事会的作用，持续推进移风易俗。
会议还对八个县级文明村进行了授牌，三个村的党组织书记作了交流发言。
【关闭】
""", published="2020-09-14",
      speeches=[sp("和平镇召开文明村镇创建工作推进会", "会议报道", "乡镇", ("浙江省", "湖州市", "长兴县"),
                   speaker=["镇党委书记钱国良", "钱国良"], min_paras=3)],
      junk=["长兴文明网", "首页 >> 文明创建", "来源：和平镇", "字体：", "【关闭】"],
      kept=["9月11日，和平镇召开文明村镇创建工作推进会，镇村两级干部、各企业负责人共一百二十余人参加会议。",
            "会议还对八个县级文明村进行了授牌，三个村的党组织书记作了交流发言。"],
      **B20)

# kd18 — a county portal's 领导讲话 column (txt copy): the portal's name and path, the title, a
# 发布时间/来源 line, a 【字体：大 中 小】【打印】【关闭】 row, the posts and name centred, the
# speech at the county's 创文 百日攻坚 动员会 without a date of its own, and the portal's footer
# with its 政府网站标识码.
blind("kd18.txt", """安福县人民政府
当前位置：首页 > 政务公开 > 领导讲话
在全县创建全国文明城市百日攻坚行动动员会上的讲话
发布时间：2019-06-28 16:45　来源：县政府办
【字体：大 中 小】【打印】【关闭】
县委副书记、县长　李明阳
同志们：
今天，县委、县政府召开全县创建全国文明城市百日攻坚行动动员会，目的就是在年度测评前的一百天里，集中力量、集中时间，把创建中的难点问题一个一个解决掉。刚才，县委常委、宣传部部长宣读了百日攻坚行动方案，我完全赞同。下面，我就抓好攻坚行动讲几点意见。
一、百日攻坚，要攻在难点上
根据前期的摸底，全县有六大难点：县城主干道的交通秩序、城东农贸市场的环境、三十多个老旧小区的管理、建筑工地的扬尘、公益广告的更新和未成年人活动场所的建设。百日攻坚就是要对准这六个难点，一个难点由一名县领导领衔，拿出作战图，倒排工期，挂图作战。
二、百日攻坚，要攻出实效来
攻坚不是搞运动，不能只在检查前突击一阵子。各责任单位要在攻坚中建立起日常管理的办法，比如农贸市场要把临时请的保洁员转为长期聘用，交通路口的文明劝导要形成志愿者轮班制度，这样攻坚结束后成果才能保持下去。
三、百日攻坚，要攻出好作风
县创建办要每周通报一次攻坚进度，县电视台开设曝光台。对攻坚任务完成好的单位，县委、县政府将予以表彰；对敷衍应付、完不成任务的，要严肃问责。
同志们，一百天时间转瞬即逝。希望大家以只争朝夕的精神，坚决打赢这场攻坚战！
主办：安福县人民政府办公室　政府网站标识码3608290001　赣ICP备06005678号
""", published="2019-06-28",
      speeches=[sp("在全县创建全国文明城市百日攻坚行动动员会上的讲话", "讲话", "县", ("江西省", "吉安市", "安福县"),
                   speaker=["县委副书记、县长李明阳", "县长李明阳", "李明阳"], min_paras=6)],
      junk=["当前位置", "来源：县政府办", "【字体", "【打印】", "政府网站标识码", "赣ICP备"],
      kept=["百日攻坚就是要对准这六个难点，一个难点由一名县领导领衔，拿出作战图，倒排工期，挂图作战。",
            "攻坚不是搞运动，不能只在检查前突击一阵子。",
            "同志们，一百天时间转瞬即逝。"],
      **B20)

# kd19 — a town's 政务公开 page on a county portal (txt copy): the 索引号/主题分类/发布机构/成文日期
# table flattened into label lines, the title naming the secretary before 在, a bracketed date,
# the secretary's speech at the town's 环境卫生整治暨创建省级卫生镇 大会 in 一是/二是 runs, a
# 信息来源/发布日期/浏览次数 line at the foot and the portal's 打印/关闭 links.
blind("kd19.txt", """索引号：003209411/2017-00158
主题分类：城乡建设、环境保护
发布机构：姜寨镇人民政府
成文日期：2017-06-19
杨卫民同志在全镇环境卫生整治暨创建省级卫生镇大会上的讲话
（2017年6月19日）
同志们：
今天，我们召开全镇环境卫生整治暨创建省级卫生镇大会，主要目的是动员全镇上下行动起来，用半年时间彻底改变集镇和村庄的环境面貌，为创建省级卫生镇打下基础。
先讲讲为什么要搞这次整治。姜寨镇是临泉县的人口大镇，集镇上每天人来人往，可环境卫生一直跟不上。群众反映最多的，一是街道两边乱摆乱放，二是垃圾堆在路边好几天没人拉，三是排水沟堵塞，一下雨就污水横流。这些问题不解决，创建省级卫生镇就是一句空话。
再讲讲怎么干。一是集中清理。从下周一开始，组织镇村干部和保洁队伍，用一个月时间对集镇和二十四个行政村进行一次彻底清理。二是完善设施。镇里今年新建一座垃圾中转站，集镇新增垃圾桶三百个，主街排水沟全部疏通。三是建立制度。每个村配齐保洁员，实行村收集、镇转运、县处理。
最后讲讲责任。镇村干部要带头，包村干部每周到村里检查一次。镇里每月组织一次评比，评比结果和村干部的绩效挂钩。
同志们，环境好了，受益的是全镇群众。希望大家齐心协力，把这件实事办好！
信息来源：姜寨镇人民政府　发布日期：2017-06-20　浏览次数：
【打印本页】【关闭窗口】
""", published="2017-06-20",
      speeches=[sp("杨卫民同志在全镇环境卫生整治暨创建省级卫生镇大会上的讲话", "讲话", "乡镇", ("安徽省", "阜阳市", "临泉县"),
                   date="2017-06-19", speaker=["杨卫民", "杨卫民同志"], min_paras=6)],
      junk=["索引号", "主题分类", "发布机构", "成文日期", "信息来源", "浏览次数", "打印本页"],
      kept=["这些问题不解决，创建省级卫生镇就是一句空话。",
            "三是建立制度。每个村配齐保洁员，实行村收集、镇转运、县处理。",
            "同志们，环境好了，受益的是全镇群众。"],
      **B20)

# kd20 — a city 融媒体 centre's page (HTML, GB18030): the centre's brand row, the headline naming
# the mayor before 在, a time/来源/编辑 line, the video player's debris (视频加载中, a 00:00 / 06:41
# counter, 倍速, 全屏), a 【视频】 label over the text, the mayor's speech at the city's 巩固国家卫生
# 城市 暨城乡环境综合整治 大会 with its own date line, and 扫一扫 and the footer.
blind("kd20.html", """<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb18030">
<title>余红胜在全市巩固国家卫生城市暨城乡环境综合整治大会上的讲话_三明融媒</title></head>
<body>
<div class="brand">三明融媒　|　三明日报　三明新闻网　三明电视台</div>
<div class="article">
<h1>余红胜在全市巩固国家卫生城市暨城乡环境综合整治大会上的讲话</h1>
<div class="meta">2018-03-27 20:11　来源：三明融媒　编辑：黄晓燕</div>
<div class="player">视频加载中...<br>00:00 / 06:41<br>倍速　全屏</div>
<p>【视频】</p>
<p>（2018年3月26日）</p>
<p>同志们：</p>
<p>这次大会的主要任务是，总结去年巩固国家卫生城市和城乡环境综合整治工作，部署今年的任务。刚才，几位同志作了很好的发言，市委主要领导对这项工作非常重视，专门作出批示，我们要认真抓好落实。</p>
<p>三明是老牌的国家卫生城市，这块牌子是几代三明人接力干出来的。但是，国家卫生城市实行每三年一次的复审，标准越来越高，暗访越来越严。去年国家暗访我们的时候，指出了城区部分农贸市场和城中村的问题，虽然已经整改到位，但给我们敲响了警钟。</p>
<p>今年的工作，我强调四个字。一是“净”，城区主次干道、背街小巷和城中村，都要做到干净整洁；二是“序”，重点整治占道经营、乱停乱放和乱拉乱挂；三是“绿”，加快城区绿道和口袋公园建设；四是“美”，推进沿街立面改造和夜景提升，让城市更有品位。</p>
<p>同志们，巩卫和城乡环境整治是惠民工程，也是良心工程。希望大家真抓实干，让群众切实感受到城市面貌的新变化！</p>
</div>
<div class="scan">扫一扫在手机打开当前页</div>
<div class="foot">三明市融媒体中心　版权所有　闽ICP备09001234号</div>
</body></html>
""", enc="gb18030", published="2018-03-27",
      speeches=[sp("余红胜在全市巩固国家卫生城市暨城乡环境综合整治大会上的讲话", "讲话", "市", ("福建省", "三明市", None),
                   date="2018-03-26", speaker=["余红胜"], min_paras=4)],
      junk=["三明日报　三明新闻网", "编辑：黄晓燕", "视频加载中", "00:00", "倍速", "【视频】", "扫一扫在手机打开当前页",
            "闽ICP备"],
      kept=["三明是老牌的国家卫生城市，这块牌子是几代三明人接力干出来的。",
            "今年的工作，我强调四个字。",
            "同志们，巩卫和城乡环境整治是惠民工程，也是良心工程。"],
      **B20)


def build_all() -> tuple[dict[str, bytes], dict[str, dict]]:
    """Every page's bytes and gold labels, by file name."""
    pages, gold = {}, {}
    for spec in PAGE_SPECS:
        text, g = build(spec)
        name = f"{spec['name']}.{'html' if spec['fmt'] == 'html' else 'txt'}"
        pages[name] = text.encode(spec["enc"])
        gold[name] = g
    for spec in BLIND:
        name, data, g = build_blind(spec)
        pages[name] = data
        gold[name] = g
    return pages, gold


def gold_yaml(gold: dict[str, dict]) -> str:
    return ("# Gold labels of the evaluation pages; written by make_pages.py.\n"
            + yaml.safe_dump(gold, allow_unicode=True, sort_keys=True, width=200))


def main() -> None:
    # Build every page before touching the folder: a page that cannot be written (a
    # character its encoding lacks) must not leave the old pages deleted.
    pages, gold = build_all()
    PAGES.mkdir(exist_ok=True)
    for old in PAGES.iterdir():
        old.unlink()
    for name, data in pages.items():
        (PAGES / name).write_bytes(data)
    (HERE / "gold.yaml").write_text(gold_yaml(gold), encoding="utf-8")
    print(f"{len(gold)} pages, {sum(g['holdout'] for g in gold.values())} held out, "
          f"{sum(g['batch'] == 2 for g in gold.values())} in the fresh batch, "
          f"{sum(g['batch'] == 3 for g in gold.values())} in the real-shaped batch, "
          f"{sum(g['batch'] == 4 for g in gold.values())} in the blind batch, "
          f"{sum(g['batch'] == 5 for g in gold.values())} in the probe batch, "
          f"{sum(g['batch'] == 6 for g in gold.values())} in the second blind batch, "
          f"{sum(g['batch'] == 7 for g in gold.values())} in the third blind batch, "
          f"{sum(g['batch'] == 8 for g in gold.values())} in the fourth blind batch, "
          f"{sum(g['batch'] == 9 for g in gold.values())} in the fifth blind batch, "
          f"{sum(g['batch'] == 10 for g in gold.values())} in the sixth blind batch, "
          f"{sum(g['batch'] == 11 for g in gold.values())} in the seventh blind batch, "
          f"{sum(g['batch'] == 12 for g in gold.values())} in the eighth blind batch, "
          f"{sum(g['batch'] == 13 for g in gold.values())} in the ninth blind batch, "
          f"{sum(g['batch'] == 14 for g in gold.values())} in the tenth blind batch, "
          f"{sum(g['batch'] == 15 for g in gold.values())} in the eleventh blind batch, "
          f"{sum(g['batch'] == 16 for g in gold.values())} in the twelfth blind batch, "
          f"{sum(g['batch'] == 17 for g in gold.values())} in the thirteenth blind batch, "
          f"{sum(g['batch'] == 18 for g in gold.values())} in the fourteenth blind batch, "
          f"{sum(g['batch'] == 19 for g in gold.values())} in the fifteenth blind batch, "
          f"{sum(g['batch'] == 20 for g in gold.values())} in the sixteenth blind batch")


if __name__ == "__main__":
    main()
