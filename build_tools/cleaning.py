"""Cleaning stage: pure `str -> str` functions over decoded page text.

Every rule recognises junk by its shape (short, no sentence punctuation, navigation or
paywall vocabulary, position on the page), not by one site's exact strings, so that pages
from sites we have never seen are cleaned too. `clean_page` composes them; it is
idempotent (cleaning clean text changes nothing) and tests assert that property.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
CJK_PUNCT = "，。、；：？！“”‘’（）《》〈〉【】—…·「」『』"
SENTENCE_END = "。！？；…"
_HAN_RE = re.compile(f"[{HAN}]")

# --- 1. normalisation ----------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200c-\u200f\u2060\ufeff\u00ad]")
_TRAILING_BAR = re.compile(r"\s+[|｜¦]+\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


def normalise_whitespace(text: str) -> str:
    """LF newlines, one ASCII space for any run of spaces, no control characters."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", text))
    lines = (_TRAILING_BAR.sub("", _SPACES.sub(" ", line)).strip() for line in text.split("\n"))
    return "\n".join(lines)


# --- 5. Traditional -> Simplified, glued pinyin ------------------------------------------

@lru_cache(maxsize=1)
def _t2s():
    import opencc

    return opencc.OpenCC("t2s")


#: Convert only when at least this share of Han characters changes under t2s. Simplified
#: pages change at ~0% (a few variant characters); Traditional ones at 20–40%. 2% keeps
#: OpenCC's rare phrase-level rewrites away from text that is already Simplified.
T2S_MIN_SHARE = 0.02


def to_simplified(text: str) -> str:
    han = _HAN_RE.findall(text)
    if not han:
        return text
    converted = _t2s().convert(text)
    changed = sum(1 for a, b in zip(text, converted) if a != b)
    if len(converted) != len(text) or changed / len(han) >= T2S_MIN_SHARE:
        return converted
    return text


_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_PINYIN_SYL = f"[a-zü{_TONED}]{{1,6}}"
# An untoned syllable is accepted only if it is shaped like pinyin, so "(a)" or "(ok)" stay.
_UNTONED = r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouv]|ü)[a-z]{0,4}"
_GLUED_PINYIN = re.compile(
    f"(?<=[{HAN}])[(（](?:(?=[a-zü]*[{_TONED}]){_PINYIN_SYL}|{_UNTONED})[)）]")
# Damaged form: the character became "?" and the "(" was lost: "再?lài)?yán)格".
_DAMAGED_PINYIN = re.compile(f"[?？](?=[a-zü]*[{_TONED}]){_PINYIN_SYL}[)）]")


def strip_glued_pinyin(text: str) -> str:
    text = _DAMAGED_PINYIN.sub("", text)
    return _GLUED_PINYIN.sub("", text)


# --- 6. punctuation ------------------------------------------------------------------------

_URL = re.compile(r"(?:https?://|www\.)[\w\-./?%&=#:~+]+|[\w.-]+@[\w-]+\.[\w.]+", re.I)
_FULLWIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_ZH = f"[{HAN}{re.escape(CJK_PUNCT)}]"
_ASCII_PUNCT = re.compile(
    f"(?<={_ZH})([,:;!?])|([,:;!?])(?={_ZH})|(?<=[{HAN}])([,;!?])(?=\\d)|(?<={_ZH}) ([,:;!?])(?= )")
_PAREN = re.compile(r"\(([^()\n]{0,80})\)")


def fullwidth_punctuation(text: str) -> str:
    """ASCII , : ; ! ? ( ) next to Chinese become full-width; numbers and URLs untouched."""
    out, last = [], 0
    for m in _URL.finditer(text):
        out.append(_fullwidth_segment(text[last:m.start()]))
        out.append(m.group(0))
        last = m.end()
    out.append(_fullwidth_segment(text[last:]))
    return "".join(out)


def _fullwidth_segment(seg: str) -> str:
    # Runs of marks ("::") convert one by one as each neighbour becomes full-width.
    prev = None
    while prev != seg:
        prev, seg = seg, _ASCII_PUNCT.sub(
            lambda m: _FULLWIDTH[m.group(1) or m.group(2) or m.group(3) or m.group(4)], seg)

    def paren(m: re.Match) -> str:
        inner = m.group(1)
        before = seg[m.start() - 1] if m.start() else ""
        after = seg[m.end()] if m.end() < len(seg) else ""
        if _HAN_RE.search(inner) or _HAN_RE.match(before or " ") or _HAN_RE.match(after or " "):
            return f"（{inner}）"
        return m.group(0)

    prev = None
    while prev != seg:  # nested parentheses convert from the inside out
        prev, seg = seg, _PAREN.sub(paren, seg)
    return seg


# A quoted run: ASCII quotes around 1–80 characters that include a Chinese character, with
# a Chinese character or Chinese punctuation right outside at least one end. 80: of 913
# quotations in the seeds and the corpus 99% are at most 23 characters, the longest 72 (a
# quoted rule); a longer span is more likely two unrelated marks than one quotation.
_QUOTED = {q: re.compile(f"{q}((?=[^{q}\\n]{{0,79}}[{HAN}])[^{q}\\n]{{1,80}}){q}") for q in "\"'"}
_CN_QUOTES = {'"': "“”", "'": "‘’"}
_ZH_CHAR = re.compile(f"[{HAN}{re.escape(CJK_PUNCT)}\n]")


def chinese_quotes(text: str) -> str:
    """ASCII "…" and '…' around Chinese text become “…” and ‘…’ (the kind is kept);
    an apostrophe or a quotation in English stays as it is."""
    prev = None
    while prev != text:   # a converted pair can make its neighbour's context Chinese
        prev = text
        for q, rx in _QUOTED.items():
            if q in text:
                text = rx.sub(lambda m, t=text, q=q: _quote(m, t, q), text)
    return text


def _quote(m: re.Match, text: str, q: str) -> str:
    before = text[m.start() - 1] if m.start() else "\n"
    after = text[m.end()] if m.end() < len(text) else "\n"
    if _ZH_CHAR.match(before) or _ZH_CHAR.match(after):
        return _CN_QUOTES[q][0] + m.group(1) + _CN_QUOTES[q][1]
    return m.group(0)


# --- 3. truncation and paywall markers ----------------------------------------------------

@dataclass
class Truncation:
    truncated: bool = False
    total: int | None = None
    shown: int | None = None
    omitted: int | None = None

    def merge(self, other: "Truncation") -> None:
        self.truncated |= other.truncated
        self.total = self.total or other.total
        self.shown = self.shown or other.shown
        self.omitted = (self.omitted or 0) + (other.omitted or 0) or None

    def as_dict(self) -> dict[str, int] | None:
        d = {k: v for k, v in (("total", self.total), ("shown", self.shown),
                               ("omitted", self.omitted)) if v}
        return d or None


_NUM = r"(\d[\d,，]*)"
# Vocabulary of paywall / preview notices. A line is a marker when it carries one of these
# and is not a long sentence of the speech itself.
_TRUNC_WORDS = re.compile(
    r"此处省略|以下省略|省略\s*\d+\s*字|预览(?:阅读)?(?:已)?结束|试读(?:已)?结束|阅读(?:已)?结束|"
    r"下载全文|查看全文|阅读全文|余下全文|全文(?:共|约)?\s*\d+\s*字|剩余\s*\d+\s*字|还剩\s*\d+\s*字|"
    r"当前显示\s*\d+\s*字|未完[,，]?待续|（未完）|\(未完\)|开通会员|VIP\s*会员|付费(?:阅读|下载)|"
    r"内容(?:已)?隐藏|隐藏内容|获取全文|全文下载|完整版请|需要全文|购买全文")
# The dots around a notice are its own ellipsis; a 。 before it ends the sentence and stays.
_INLINE_TRUNC = re.compile(
    r"[…\.]{0,6}\s*[（(][^（）()\n]{0,60}?(?:此处省略|以下省略|省略\s*\d+\s*字|下载全文|查看全文)"
    r"[^（）()\n]{0,60}?[)）]\s*[…\.]{0,6}")
_OMITTED = re.compile(r"省略\s*" + _NUM + r"\s*字")
_TOTAL = re.compile(r"全文(?:共|约)?\s*" + _NUM + r"\s*字")
_SHOWN = re.compile(r"(?:当前显示|已显示|显示了?)\s*" + _NUM + r"\s*字")
_LEFT = re.compile(r"(?:还剩|剩余|剩下)\s*" + _NUM + r"\s*字")

#: Omission mark left where text was cut out mid-speech, so a reader sees the gap.
GAP = "……"


def _num(m: re.Match | None) -> int | None:
    return int(re.sub(r"[,，]", "", m.group(1))) if m else None


def _counts(s: str) -> Truncation:
    t = Truncation(True, _num(_TOTAL.search(s)), _num(_SHOWN.search(s)), _num(_OMITTED.search(s)))
    if t.total and not t.shown and _LEFT.search(s):
        t.shown = t.total - (_num(_LEFT.search(s)) or 0)
    return t


def is_truncation_line(line: str) -> bool:
    if not _TRUNC_WORDS.search(line):
        return False
    # A long sentence that merely mentions 全文 (e.g. "全文3000字的报告") is speech text.
    return len(line) <= 80 or bool(_INLINE_TRUNC.search(line))


def remove_truncation_markers(text: str) -> tuple[str, Truncation]:
    lines, info = _remove_truncation_markers(text)
    # Trailing omission marks say nothing the `truncated` flag doesn't; a trailing " ……"
    # glued to the last sentence is kept as the visible cut.
    while lines and lines[-1] in ("", GAP):
        lines.pop()
    return "\n".join(lines), info


def _remove_truncation_markers(text: str) -> tuple[list[str], Truncation]:
    """Markers replaced by GAP lines, trailing ones included: `clean_lines` needs to know
    whether the text ends at a cut."""
    info = Truncation()
    out: list[str] = []
    for line in text.split("\n"):
        inline = _INLINE_TRUNC.search(line)
        if inline and len(line) - len(inline.group(0)) > 10:
            info.merge(_counts(inline.group(0)))
            before, after = line[:inline.start()].rstrip(), line[inline.end():].lstrip()
            out.extend(x for x in (before, GAP, after) if x)
            continue
        if is_truncation_line(line) or (inline and len(line) - len(inline.group(0)) <= 10):
            info.merge(_counts(line))
            # Blank lines between the text and the notice don't make the cut any less of one.
            prev = next((x for x in reversed(out) if x), None)
            out.append(GAP if prev and prev != GAP else "")
            continue
        out.append(line)
    return out, info


# --- 4. inline watermarks -------------------------------------------------------------------

_SITE = r"(?:网站|网络站|站点|文库|范文网|网|站|\.com|\.cn|\.net|\.org)"
# Notices often go on, after a comma, to say where the page can be found ("…，在百度中可以
# 直接搜索到<site>"). That clause belongs to the notice; it is recognised by naming a site or
# a search engine, so a real clause that follows a notice ("，要找到问题根源") stays.
_FIND_VERB = r"(?:搜索|搜到|查找|找到|查到|访问|登录|查看)"
_FIND_CLAUSE = (r"[，,]\s*(?:[^。！？；，\n]{0,12}?" + _FIND_VERB + r"到?[^。！？；，\n]{0,12}?" + _SITE +
                r"|[^。！？；，\n]{0,12}?(?:百度|谷歌|搜狗|必应|360|baidu|google|bing)"
                r"[^。！？；，\n]{0,12}?" + _FIND_VERB + r"到?)")
_WATERMARK_PHRASE = re.compile(
    r"(?:本文|本篇|文章|此文)(?:来自|来源于?|出自|转载自|由)[^。！？；\n]{0,40}?"
    r"(?:搜索到?|访问|查看|获取|整理|提供|发布)?[^。！？；\n]{0,16}?" + _SITE +
    r"(?:[^。！？；，\n]{0,12}?" + _SITE + r")?(?:" + _FIND_CLAUSE + r")?")
_WATERMARK_CTA = re.compile(
    r"(?:更多|精选|优秀)?(?:范文|资料|文章|内容)?(?:请|欢迎)(?:访问|关注|搜索|登录)[^。！？；\n]{0,30}?" + _SITE)
_BRACKET_NOTICE = re.compile(
    r"[（(【\[［][^（）()【】\[\]［］\n]{0,80}?(?:https?://|www\.|\.com|\.cn|\.net|来源|来自|转载|版权|原创|首发|文库|范文网)"
    r"[^（）()【】\[\]［］\n]{0,80}?[)）】\]］]")


def remove_watermarks(text: str) -> str:
    """Drop source notices injected into sentences, so the sentence reads as it was."""
    def bracket(m: re.Match) -> str:
        s = m.group(0)
        # A bracketed notice names a site *and* says where it is or that it is a source.
        has_addr = re.search(r"https?://|www\.|\.com|\.cn|\.net", s)
        has_site = re.search(r"网|站|文库|来源|来自|转载|版权", s)
        return "" if has_addr or (has_site and len(s) <= 40 and re.search(r"来源|来自|转载|版权|首发", s)) else s

    text = _BRACKET_NOTICE.sub(bracket, text)
    text = _WATERMARK_PHRASE.sub("", text)
    return _WATERMARK_CTA.sub("", text)


# --- 2. site chrome ----------------------------------------------------------------------

# Navigation and page-furniture vocabulary. Patterns are combinations, not single common
# words, so a speech's heading ("三是关注民生") is not mistaken for chrome.
_CHROME = re.compile(
    r"^(?:首页|主页|网站首页|返回(?:首页|顶部|列表)?|登录|注册|搜索|菜单|导航|更多|分享|收藏|打印|关闭(?:窗口)?|"
    r"上一篇|下一篇|上一页|下一页|相关(?:阅读|推荐|文章|内容|专题|范文|搜索|链接)|热门(?:推荐|文章|阅读|标签)|"
    r"推荐(?:阅读|文章|范文)|猜你喜欢|最新(?:文章|更新|发布)|最近更新|精彩推荐|延伸阅读|热点|标签|tags?)\b"
    r"|(?:^|\s)首页$|^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+\S{1,20})?$"
    r"|^\S{0,12}(?:范文网|文库|网站|官网|资料网|文档网|学习网)(?:\s.{0,20})?$"
    r"|当前位置|您的位置|你的位置|所在位置|(?:您|你)(?:当前|现在|目前)的?位置|(?:当前|现在|目前)的位置\s*[:：]"
    r"|欢迎(?:光临|访问|来到)|到.{0,10}首页|设为首页|加入收藏"
    r"|上一篇|下一篇|相关[^\s，。]{0,10}(?:信息|阅读|推荐|文章|专题|范文)$"
    r"|(?:查看|浏览|阅读|点击)(?:人数|次数|量|数)[:：]?\s*\d|\d+\s*(?:人关注|人阅读|次浏览|次阅读|人浏览|人收藏)"
    r"|(?:发布|更新|上传|编辑|录入)(?:时间|日期)[:：]|字数[:：]\s*\d|来源[:：]|作者[:：]|责任编辑|责编[:：]"
    r"|扫码|扫一扫|二维码|关注(?:公众号|我们|微信|官方)|微信公众号|公众号[:：]|客服|联系(?:老师|我们|客服)|代笔|代写"
    r"|(?:点击|免费|立即|文档)(?:下载|复制|查看)|下载(?:文档|word|Word|WORD|本文|此文)|doc格式|docx格式|文档为|推荐度"
    r"|版权(?:所有|声明)|copyright|©|\(c\)\s*\d{4}|备案|ICP|icp|公网安备|增值电信|免责声明|侵权|举报"
    r"|👉|☞|»|›|>>|^[•·●▪◆■□★☆\-–—|>*#]+\s*\S{0,30}$",
    re.I)

# The site talking to its reader around the article ("以上就是XX网为您整理的…，更多精彩范文请关
# 注本站。"). A speaker addresses 大家/同志们, never 您 or 小编, so these words mark the site.
_SITE_VOICE = re.compile(
    r"^(?:以上|以下|上面|下面|上文|本文)(?:就是|便是|即是|是|为)?[^。！？\n]{0,30}?(?:为您|为你|小编)"
    r"[^。！？\n]{0,8}?(?:整理|提供|收集|搜集|精选|推荐|分享|带来|准备|编辑|汇编)")

_SALUTATION = re.compile(
    r"^(?:尊敬的[^，。：:\n]{0,30}|各位(?:领导|来宾|代表|同事|委员|同志|嘉宾)[^，。：:\n]{0,20}|同志们|同事们|大家好)[：:，,！!]")


# A breadcrumb trail: short labels joined by path separators, maybe after a "位置：" label.
_CRUMB_SEP = re.compile(r"\s*(?:>>?|＞|»|›|→|/|／)\s*")
_CRUMB_LABEL = re.compile(r"^[^：:]{0,10}[：:]\s*")
# Pager: page numbers and paging words only ("1 2 3 4 下一页", "上一页 [1] 2 尾页", "共5页").
_PAGER_WORD = re.compile(r"上一?页|下一?页|前一页|后一页|首页|尾页|末页|共\s*\d+\s*页|第\s*\d+\s*页|"
                         r"跳转|转到|页次|\d+")
_PAGER_REST = re.compile(r"[\s\[\]【】()（）<>《》«»‹›.…|｜/:：-]+")


def _is_breadcrumb(s: str) -> bool:
    if len(s) > 80 or re.search(f"[{SENTENCE_END}，、]", s):
        return False
    seps = _CRUMB_SEP.findall(s)
    if not seps:
        return False
    items = [x for x in _CRUMB_SEP.split(_CRUMB_LABEL.sub("", s)) if x]
    # "/" also joins words inside speech text ("城市/乡村"), so it needs a longer trail.
    need = 3 if all(x.strip() in "/／" for x in seps) else 2
    # Items are names of sections, not quantities ("满意度>90%" is a target, not a trail).
    return len(items) >= need and all(len(x) <= 12 and re.search(f"[{HAN}A-Za-z]", x) for x in items)


def _is_pager(s: str) -> bool:
    words = _PAGER_WORD.findall(s)
    return (bool(words) and not _PAGER_REST.sub("", _PAGER_WORD.sub("", s))
            and (any(not w.isdigit() for w in words) or len(words) >= 2))


def is_sentence(line: str) -> bool:
    """Body text: carries sentence punctuation, or is long prose."""
    return bool(re.search(f"[{SENTENCE_END}]", line)) and len(line) >= 12 or (
        len(line) >= 60 and "，" in line)


def is_chrome_line(line: str) -> bool:
    """Page furniture, recognised by its look: short, little punctuation, chrome words."""
    s = line.strip()
    if not s or s == GAP:
        return False
    if len(s) > 120:
        return False
    if _SALUTATION.match(s):
        return False
    if _SITE_VOICE.search(s):
        return True
    if _CHROME.search(s):
        # A real sentence that uses one of these words (e.g. "我们要扫码登记…。") stays.
        return not (len(s) >= 40 and s.count("，") >= 2 and re.search("[。！？]$", s))
    if _is_breadcrumb(s) or _is_pager(s):
        return True
    # Teasers of related articles: an excerpt that trails off.
    if re.search(r"(?:\.\.\.|…|……)\s*(?:\[?更多\]?|\[更多\])?$", s) and len(s) <= 200 and (
            "[更多]" in s or "更多" in s[-6:] or not re.search("[。！？]", s[:-3])):
        return True
    # Lone symbols, page numbers, short latin tokens.
    if not _HAN_RE.search(s) and len(s) <= 40 and not re.fullmatch(r"[（(]?\d{4}.*", s):
        return True
    return False


def remove_chrome(text: str) -> str:
    lines = [ln for ln in text.split("\n")]
    kept = [ln for ln in lines if not is_chrome_line(ln)]
    return "\n".join(kept)


# --- teaser / tail lists -------------------------------------------------------------------

_TAIL_HEADER = re.compile(
    r"^(?:相关|热门|推荐|猜你|最新|最近|精彩|延伸|更多)[^\s，。]{0,12}$|推荐度|上一篇|下一篇")


#: A paragraph that ends a sentence (closing quotes and brackets may follow the mark).
_ENDS_SENTENCE = re.compile(f"[{SENTENCE_END}!?][”’」』）)]*$")
_CN_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")


def _is_prose(line: str) -> bool:
    """A finished paragraph of a speech. Related-list entries are titles (no end mark) or
    excerpts cut off mid-sentence, so neither passes."""
    s = line.strip()
    return bool(_HAN_RE.search(s)) and not is_chrome_line(s) and (
        bool(_ENDS_SENTENCE.search(s)) or (bool(_CN_HEADING.match(s)) and len(s) <= 40))


def cut_tail(text: str) -> str:
    """Drop the related-article lists that follow a speech: after a list header that comes
    after body text, only finished prose paragraphs survive. A mid-page box (a list inside
    the speech) goes the same way, and the speech paragraphs after it stay."""
    lines = text.split("\n")
    body_seen = 0
    for i, ln in enumerate(lines):
        if is_sentence(ln):
            body_seen += len(ln)
        elif body_seen > 200 and _TAIL_HEADER.search(ln.strip()):
            rest = lines[i + 1:]
            # A mid-page header on a compilation page is followed by more speeches, with
            # their title and marker lines: leave that page alone.
            follow = sum(len(x) for x in rest if is_sentence(x) and len(x) > 150
                         and not is_chrome_line(x))
            if follow >= 600:
                continue
            return "\n".join(lines[:i] + [x for x in rest if not x.strip() or _is_prose(x)])
    return text


# --- paragraphs -----------------------------------------------------------------------------

_ENUM = (r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十]+[，,、]|"
         r"[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|\d+[、.．](?!\d))")
_SPLIT_SPACE = re.compile(f"(?<=[。！？：；])\\s+(?=\\S)|\\s+(?={_ENUM})")


def split_paragraphs(text: str) -> list[str]:
    """Lines become paragraphs. Pages flattened to one line (no line breaks, spaces between
    paragraphs) are split at spaces after sentence ends and before enumerations; lines
    wrapped mid-sentence by a copy are joined back without a space."""
    paras: list[str] = []
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if " " in line and _HAN_RE.search(line):
            parts = [p.strip() for p in _SPLIT_SPACE.split(line) if p.strip()]
        else:
            parts = [line]
        paras.extend(parts)
    merged: list[str] = []
    for p in paras:
        prev = merged[-1] if merged else ""
        if (prev and prev != GAP and p != GAP
                and (len(prev) >= 60 or "，" in prev)
                and _HAN_RE.match(prev[-1]) and (_HAN_RE.match(p[0]) or p[0].isdigit())
                and not re.match(_ENUM, prev)
                and not re.match(_ENUM, p) and not _SALUTATION.match(p)):
            merged[-1] = prev + p
        else:
            merged.append(p)
    return merged


_SPACE_NEAR_PUNCT = re.compile(f" *([{re.escape(CJK_PUNCT)}]) *")


def _punctuation_fixpoint(text: str) -> str:
    # Removing a space can bring an ASCII mark next to a full-width one; converting a mark
    # can make a space removable. Both shrink the text, so this ends.
    prev = None
    while prev != text:
        prev, text = text, tidy_spaces(fullwidth_punctuation(text))
    return text


def tidy_spaces(text: str) -> str:
    """Spaces next to full-width punctuation are copy artefacts; paragraph splitting has
    already used the ones that separated paragraphs."""
    return "\n".join(_SPACE_NEAR_PUNCT.sub(r"\1", line) for line in text.split("\n"))


# --- masked names -----------------------------------------------------------------------------

_MASK = re.compile(f"(?:[Xx]{{2,}}|×{{2,}}|＊{{2,}}|\\*{{3,}}|○{{2,}}|(?<=[{HAN}])_+|_+(?=[{HAN}])|＿+|某某)")


def is_masked(text: str) -> bool:
    return bool(_MASK.search(text))


def mask_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _MASK.finditer(text)]


# --- composition ------------------------------------------------------------------------------

@dataclass
class CleanResult:
    text: str                     # cleaned page text, one paragraph per line
    truncation: Truncation = field(default_factory=Truncation)
    #: The text stops where a paywall/preview notice cut it, so its last line may be an
    #: unfinished sentence of the speech rather than page furniture.
    cut_at_end: bool = False


def clean_lines(text: str) -> CleanResult:
    """All line-preserving rules, in order. Returns text with one paragraph per line."""
    text = normalise_whitespace(text)
    text = strip_glued_pinyin(to_simplified(text))
    text = chinese_quotes(fullwidth_punctuation(text))
    marked, trunc = _remove_truncation_markers(text)
    text = remove_watermarks("\n".join(marked))
    text = cut_tail(text)
    text = remove_chrome(text)
    text = "\n".join(split_paragraphs(text))
    # Splitting a flattened page exposes chrome that was glued to text: remove it again.
    text = remove_chrome(_punctuation_fixpoint(text))
    lines = text.split("\n")
    # An omission mark is only meaningful between two pieces of text; a trailing one only
    # says where the text stops.
    cut_at_end = False
    while lines and lines[-1] in ("", GAP):
        cut_at_end |= lines.pop() == GAP
    while lines and lines[0] in ("", GAP):
        lines.pop(0)
    return CleanResult("\n".join(lines), trunc, cut_at_end and bool(lines))


def clean_text(text: str) -> str:
    """The whole cleaning pipeline as one idempotent `str -> str` function."""
    return clean_lines(text).text


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
