"""Cleaning stage: pure `str -> str` functions over decoded page text.

Every rule recognises junk by its shape (short, no sentence punctuation, navigation or
paywall vocabulary, position on the page), not by one site's exact strings, so that pages
from sites we have never seen are cleaned too. `clean_page` composes them; it is
idempotent (cleaning clean text changes nothing) and tests assert that property. The
vocabulary the rules share with other stages (punctuation, salutations, masks) is in
vocabulary.py; place names are in places.py.
"""
from __future__ import annotations

import re
from collections import Counter
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import pairwise

from .places import gazetteer, short_districts
from .vocabulary import (ADDRESS, BYLINE_ROLES, BYLINE_WORK, CJK_PUNCT, GREETING, HAN, MASK, MASK_SUFFIX,
                         SALUTATION, SENTENCE_END, STOPS, SURNAME_CHARS)

_HAN_RE = re.compile(f"[{HAN}]")

# --- 1. normalisation ----------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_ZERO_WIDTH = re.compile(r"[\u200c-\u200f\u2060\ufeff\u00ad]")
_TRAILING_BAR = re.compile(r"\s+[|｜¦丨]+\s*$")
# An OCR copy's speck glued after a line's last mark ("…作如下表态：丨", "…同志们：·"): no
# sentence goes on after its stop or colon with a bar or a dot.
_TRAILING_SPECK = re.compile(r"(?<=[。！？；：:])[·•|｜¦丨]+$")
# A scan's specks at a line's edge, set apart by a space: a bar of the binding at the end
# (" 丨", 丨 being what OCR reads a vertical rule as) and a dust mark at the start ("' 少差距"):
# no sentence opens with an apostrophe and a space.
_LEADING_SPECK = re.compile(f"^['‘’`´]\\s+(?=[{HAN}])")
# An OCR copy's speck read as a lone lower-case letter glued to the first character of a line
# ("f在…的讲话", "f门，文明城市…", probe p55): Chinese prose opens no line so ("x" is a mask,
# "X市", and stays).
_LEADING_LETTER = re.compile(f"^[a-wyz](?=[{HAN}])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]")


# HTML markup left in copied text ("<h3><h3>11月15日下午，…</h3>"): the tags of text blocks.
_STRAY_TAG = re.compile(r"</?(?:h[1-6]|p|br|div|span|strong|b|em|i|u|font|section|article|li|ul|ol|"
                        r"table|tbody|tr|td|th|center)(?:\s[^<>\n]{0,200})?/?>", re.I)


# A PDF's text layer may map a glyph to the radical that looks like it rather than the
# character ("国家卫⽣城市攻坚⼤会", U+2F63 for 生): the same shapes, and no Chinese text uses a
# radical as a word, so every radical becomes its character. The Kangxi block decomposes
# to the characters under NFKC; the supplement's simplified radicals that are whole
# characters (门, 长, 马…) do not, so they are listed (Unicode gives no mapping for them).
_RADICAL_SUPPLEMENT = str.maketrans("⺟⻄⻅⻆⻉⻋⻓⻔⻘⻙⻚⻛⻜⻝⻢⻣⻤⻥⻦⻧⻨⻩⻪⻬⻮⻰⻳",
                                    "母西见角贝车长门青韦页风飞食马骨鬼鱼鸟卤麦黄黾齐齿龙龟")
_KANGXI = re.compile("[\u2f00-\u2fd5]")


def unify_radicals(text: str) -> str:
    text = text.translate(_RADICAL_SUPPLEMENT)
    return _KANGXI.sub(_nfkc, text) if _KANGXI.search(text) else text


def _nfkc(m: re.Match) -> str:
    return unicodedata.normalize("NFKC", m.group(0))


def normalise_whitespace(text: str) -> str:
    """LF newlines, one ASCII space for any run of spaces, no control characters, no stray
    block tags of HTML in a text copy."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "<" in text:
        text = _STRAY_TAG.sub("\n", text)
    text = _CONTROL.sub("", _ZERO_WIDTH.sub("", text))
    lines = (_LEADING_LETTER.sub("", _LEADING_SPECK.sub("", _TRAILING_SPECK.sub("", _TRAILING_BAR.sub(
        "", _SPACES.sub(" ", line)).strip())))
             for line in text.split("\n"))
    return _drop_dangling_opens("\n".join(lines))


_OPENS = {"「": "」", "『": "』", "“": "”", "‘": "’"}
_DANGLING_OPEN = re.compile(f"(?<=[{STOPS}])[「『“‘]$")  # (one line at a time)


def _drop_dangling_opens(text: str) -> str:
    """An OCR speck read as an opening quote after a line's last stop ("…落地生根。「"): a
    quote opened there would close in the next line of text; one that never does is no quote."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        m = _DANGLING_OPEN.search(line)
        if m:
            below = [x for x in lines[i + 1:i + 8] if x.strip()][:3]
            if not any(_OPENS[m.group(0)] in x for x in below):
                lines[i] = line[:-1]
    return "\n".join(lines)


# --- 5. Traditional -> Simplified, glued pinyin ------------------------------------------

@lru_cache(maxsize=1)
def _t2s():
    import opencc

    # Taiwan-standard phrases as well as characters: "隨著" -> "随着" (t2s leaves "随著").
    return opencc.OpenCC("tw2s")


#: Convert only when at least this share of Han characters changes under t2s. Simplified
#: pages change at ~0% (a few variant characters); Traditional ones at 20–40%. 2% keeps
#: OpenCC's rare phrase-level rewrites away from text that is already Simplified.
T2S_MIN_SHARE = 0.02


# Traditional variant forms that OpenCC's Taiwan table leaves as they are (its Hong Kong table
# maps them): a Big5-HKSCS or HK-style copy writes 衞生 for 卫生. None is a Simplified character,
# so each becomes its standard simplified form wherever it stands.
_VARIANTS = str.maketrans("衞敍衹粧糭", "卫叙只妆粽")


def to_simplified(text: str) -> str:
    text = text.translate(_VARIANTS)
    han = _HAN_RE.findall(text)
    if not han:
        return text
    converted = _t2s().convert(text)
    changed = sum(1 for a, b in zip(text, converted, strict=False) if a != b)
    if len(converted) != len(text) or changed / len(han) >= T2S_MIN_SHARE:
        return converted
    return text


@lru_cache(maxsize=1)
def _common_han() -> frozenset[str]:
    """GB2312's first level: the 3,755 most used characters, 96–100% of the Han characters
    of any speech (measured on the seeds and the evaluation pages)."""
    out = set()
    for hi in range(0xB0, 0xD8):
        for lo in range(0xA1, 0xFF):
            try:
                out.add(bytes([hi, lo]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(out)


#: A run of Han characters with fewer common ones than this is mojibake (UTF-8 bytes read
#: as GBK: "鏈鏂囩敱鑼冩枃" has 0–10%); real text, rare names included, has 60% and more.
MOJIBAKE_MAX_COMMON = 0.3
# Mojibake mixes rare Han with bopomofo, kana and private-use characters ("鍏ㄥ浗").
_HAN_RUN = re.compile(f"[{HAN}\u3100-\u312f\u3040-\u30ff\ue000-\uf8ff\ufffd]{{6,}}")


def remove_mojibake(text: str) -> str:
    """Runs of mojibake go (after Traditional text has been converted, whose characters
    are mostly outside GB2312 too)."""
    common = _common_han()

    def run(m: re.Match) -> str:
        s = m.group(0)
        return "" if sum(ch in common for ch in s) < MOJIBAKE_MAX_COMMON * len(s) else s

    return _HAN_RUN.sub(run, text)


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

# Addresses are ASCII; an e-mail's parts are bounded (RFC 5321: 64-character local part, 63
# per label) and start where an ASCII word starts. The old unbounded `[\w.-]+@` (\w takes
# Han too) rescanned to the end of a run from every position: 60 KB of Han text took 12 s.
_URL = re.compile(
    r"(?:https?://|www\.)[A-Za-z0-9_\-./?%&=#:~+]++"
    r"|(?<![A-Za-z0-9_.-])[A-Za-z0-9_.-]{1,64}@[A-Za-z0-9-]{1,63}\.[A-Za-z0-9.]{1,253}", re.I)
_FULLWIDTH = {",": "，", ":": "：", ";": "；", "!": "！", "?": "？"}
_ZH = f"[{HAN}{re.escape(CJK_PUNCT)}]"


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
    # A run of marks ("::", "字,,,") converts as a whole: each mark next to a full-width
    # one becomes full-width. Converting whole runs (not one mark per pass, which was
    # quadratic: 20 KB of commas took 30 s) leaves only a few passes for mixed runs.
    for _ in range(MAX_PASSES):
        prev, seg = seg, _ASCII_RUNS.sub(_fullwidth_run, seg)
        if seg == prev:
            break
    return _fullwidth_parens(seg)


#: Rewrite passes allowed before giving up on a fixpoint. Real text needs 1–2 (3 seen on
#: "字 , ,, ," shapes); the cap only bounds what a crafted input can cost.
MAX_PASSES = 32

_MARKS = "[,:;!?]"
# Each alternative starts only at the start of a run, so no position is rescanned.
_ASCII_RUNS = re.compile(
    f"(?<={_ZH})({_MARKS}++)|(?<!{_MARKS})({_MARKS}++)(?={_ZH})|(?<=[{HAN}])([,;!?])(?=\\d)"
    f"|(?<={_ZH})((?: {_MARKS})+)(?= )")


def _fullwidth_run(m: re.Match) -> str:
    # " , ," after Chinese: the spaces before the marks go with them.
    return m.group(0).replace(" ", "").translate(_FULLWIDTH_TABLE)


_FULLWIDTH_TABLE = str.maketrans(_FULLWIDTH)


def _fullwidth_parens(seg: str) -> str:
    """ASCII ( ) around or next to Chinese become full-width, nested pairs from the inside
    out: a pair converts when it holds at most 80 characters, no line break and no ASCII
    pair left unconverted, and holds Han or touches Han. One pass with a stack (a pass per
    nesting level was quadratic on deep nesting)."""
    if "(" not in seg or ")" not in seg:
        return seg
    chars = list(seg)
    stack: list[list] = []   # [position of "(", blocked]
    last_newline = -1
    for i, ch in enumerate(seg):
        if ch == "\n":
            last_newline = i
        elif ch == "(":
            stack.append([i, False])
        elif ch == ")" and stack:
            start, blocked = stack.pop()
            ok = not blocked and last_newline < start and i - start - 1 <= 80
            if ok:  # the slice is short only now
                before = seg[start - 1] if start else " "
                after = seg[i + 1] if i + 1 < len(seg) else " "
                ok = bool(_HAN_RE.search(seg[start + 1:i]) or _HAN_RE.match(before)
                          or _HAN_RE.match(after))
            if ok:
                chars[start], chars[i] = "（", "）"
            elif stack:
                stack[-1][1] = True
    return "".join(chars)


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
                text = rx.sub(partial(_quote, text=text, q=q), text)   # bound now, not at call time
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

_TRAILING_CUT = re.compile(f"(?<=[^{SENTENCE_END}])\\s*(?:…{{1,2}}|\\.{{3,6}})\\s*[{HAN}]{{1,2}}$")
# Dots after an unfinished clause at the end of a speech's text ("……享受发展..."): a preview
# cut the text there (segment marks it; a teaser of another page ends the same way).
TRAILING_DOTS = re.compile(f"(?<=[{HAN}，、；：])\\s*(?:\\.{{3,6}}|…{{1,2}})$")
#: Omission mark left where text was cut out mid-speech, so a reader sees the gap.
GAP = "……"


def _num(m: re.Match | None) -> int | None:
    return int(re.sub(r"[,，]", "", m.group(1))) if m else None


def _counts(s: str) -> Truncation:
    t = Truncation(True, _num(_TOTAL.search(s)), _num(_SHOWN.search(s)), _num(_OMITTED.search(s)))
    if t.total and not t.shown and _LEFT.search(s):
        t.shown = t.total - (_num(_LEFT.search(s)) or 0)
    return t


# A gate notice in any wording: an access verb and a gate word in a short line that is not a
# sentence of the speech ("此处内容需要权限查看", "剩余内容已隐藏，请支付5元后继续阅读",
# "VIP专享文档，扫码付费后即可下载完整版", "本文仅供会员参考（会员可打开全文）", "还剩3页未读，
# 继续阅读"). A speech sentence that mentions 扫码/查看 ends with 。 and is longer.
_ACCESS = re.compile(r"查看|阅读|下载|显示|解锁|浏览|观看|打开")
_GATE = re.compile(r"权限|会员|VIP|vip|付费|支付|购买|登录|登陆|扫码|隐藏|未显示|完整版|完整内容|"
                   r"剩余|余下|还剩|未读|试读|预览|解锁")
# A notice the site puts in brackets on a line of its own: "（阅读全部图文内容，您需要先登录！）".
# Its end mark is inside the brackets, so the end-of-sentence test looks inside them.
_BRACKETED = re.compile(r"^[（(【\[](.{4,48})[)）】\]]$")


# A members' gate's button left at the start of the next paragraph ("会员免费查看创卫成功了，…"):
# the button's words and nothing of the speech.
_GATE_BUTTON = re.compile(r"^(?:(?:开通|成为)?(?:会员|VIP|vip)|登录后?)(?:免费|即可)?(?:查看|阅读|可见)"
                          r"(?:全文|完整内容|全部内容)?")


def _is_gate_notice(line: str) -> bool:
    s = line.strip()
    inner = _BRACKETED.match(s)
    if inner:
        s = inner.group(1).rstrip("！!。")
    return (len(s) <= 50 and not re.search("[。！]$", s) and bool(_ACCESS.search(s))
            and bool(_GATE.search(s)))


# A length label printed with a title ("……的讲话（全文1781字）") tells the reader how long the
# text is, not that the page hides some of it.
LENGTH_LABEL = re.compile(r"\s*[（(]\s*(?:全文)?(?:共|约)?\s*\d[\d,，]*\s*字\s*[)）]")


def is_truncation_line(line: str) -> bool:
    if _is_gate_notice(line):
        return True
    if not _TRUNC_WORDS.search(LENGTH_LABEL.sub("", line)):
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
        button = _GATE_BUTTON.match(line)
        if button and len(line) - button.end() > 10:
            # the gate's button glued to the text it lets through: the hidden part was before
            info.merge(Truncation(True))
            if next((x for x in reversed(out) if x), GAP) != GAP:
                out.append(GAP)
            line = line[button.end():]
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


# The editor's mark a site or aggregator glues after a report's last sentence ("…复审。（本站编辑
# X摘编）", "（责编：X）"): the sentence is the report's and stays; the mark alone goes.
_EDITOR_MARK = re.compile(r"(?<=[。！？”])\s*[（(][^（）()\n]{0,24}?(?:编辑|摘编|责编|编审|审核|校对)"
                          r"[^（）()\n]{0,16}[)）][ \t]*$", re.M)


# A site that prints its name beside its address on a line of its own ("某某网 www.….com")
# also glues the name, perhaps with its slogan, after a paragraph's last sentence.
_ADDRESS_LINE = re.compile(rf"^[ \t]*([{HAN}]{{2,8}})[ \t]*(?:https?://|www\.)[A-Za-z0-9.\-/]+[ \t]*$", re.M)


def _remove_named_tails(text: str) -> str:
    for name in sorted(set(_ADDRESS_LINE.findall(text))):
        text = re.sub(rf"(?<=[。！？”])[ \t]*{re.escape(name)}(?:[，,][^。！？，,\n]{{1,12}})?[ \t]*$", "",
                      text, flags=re.M)
    return text


# A site's address glued after a paragraph's last sentence ("…落到实处。www.….com/…"): the
# sentence stays, the address goes (alone, the line would be dropped as a bare address).
_GLUED_ADDRESS = re.compile(r"(?<=[。！？”])[ \t]*(?:https?://|www\.)[A-Za-z0-9_\-./?%&=#:~+]+[ \t]*$", re.M)
# A writing hand or pencil a blog puts before a paragraph as its bullet ("✍一要…").
_PEN_BULLET = re.compile(r"^([ \t]*)[\u270d\u270e\u270f]\ufe0f?[ \t]*(?=\S)", re.M)


def remove_watermarks(text: str) -> str:
    """Drop source notices injected into sentences, so the sentence reads as it was."""
    text = _PEN_BULLET.sub(r"\1", _GLUED_ADDRESS.sub("", text))
    text = _remove_named_tails(_EDITOR_MARK.sub("", text))
    def bracket(m: re.Match) -> str:
        s = m.group(0)
        # A bracketed notice names a site *and* says where it is or that it is a source.
        has_addr = re.search(r"https?://|www\.|\.com|\.cn|\.net", s)
        has_site = re.search(r"网|站|文库|来源|来自|转载|版权", s)
        return "" if has_addr or (has_site and len(s) <= 40 and re.search(r"来源|来自|转载|版权|首发", s)) else s

    text = _BRACKET_NOTICE.sub(bracket, text)
    text = _WATERMARK_PHRASE.sub("", text)
    return _drop_signed_watermarks(_WATERMARK_CTA.sub("", text))


# A site's name and address glued after a paragraph or a heading ("…意见。 稿子汇 www.x.com",
# probe p67) ...
_SIGNED_WATERMARK = re.compile(rf"[ \t\u3000]+([{HAN}]{{2,8}})[ \t]*(?:https?://)?www\.[A-Za-z0-9.-]+\.[a-z]{{2,}}"
                               r"(?:/\S*)?[ \t]*$", re.M)


def _drop_signed_watermarks(text: str) -> str:
    """... goes; and so does a line that opens with such a name and a short slogan after it
    ("稿子汇，办公文档之家"): the site's own line, wherever it stands."""
    names = set(_SIGNED_WATERMARK.findall(text))
    text = _SIGNED_WATERMARK.sub("", text)
    for name in names:
        text = re.sub(rf"^[ \t]*{re.escape(name)}[，,、 \t][^。！？\n]{{0,16}}$\n?", "", text, flags=re.M)
    return text


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
    # a view counter, labelled by its count or a colon alone ("浏览次数 12", "浏览：3216")
    r"|(?:查看|浏览|阅读|点击)(?:(?:人数|次数|量|数)[:：]?|[:：])\s*\d|\d+\s*(?:人关注|人阅读|次浏览|次阅读|人浏览|人收藏)"
    r"|(?:发布|发表|更新|上传|编辑|录入)(?:时间|日期)[:：]"
    # a posting line: a date (and time) and who or where posted it ("2025-11-02 发布于四川")
    r"|^[-•·*]?\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*)?(?:发布|发表|更新|上传)"
    r"|^[-•·*]?\s*(?:发布|发表|更新|上传)于\s*\d{4}[-/.年]"
    r"|字数[:：]\s*\d|来源[:：]|作者[:：]|责任编辑|责编[:：]"
    r"|扫码|扫一扫|二维码|关注(?:公众号|我们|微信|官方)|(?:关注|搜索|添加)[^，。]{0,8}微信公众号|微信公众号\s*[:：]|公众号[:：]|客服|联系(?:老师|我们|客服)|代笔|代写"
    r"|(?:点击|免费|立即|文档)(?:下载|复制|查看)|下载(?:文档|word|Word|WORD|本文|此文)|doc格式|docx格式|文档为|推荐度"
    r"|版权(?:所有|声明)|copyright|©|\(c\)\s*\d{4}|备案|ICP|icp|公网安备|增值电信|免责声明|侵权|^举报$|我要举报|举报(?:本文|此文|该文|文档|反馈|此页)"
    # a bullet before a link; not an asterisk that masks a name ("*镇在全区…的表态发言")
    r"|👉|☞|»|›|>>|^(?!\*{1,2}" + MASK_SUFFIX + r")[•·●▪◆■□★☆\-–—|>*#]+\s*\S{0,30}$"
    # newspaper leftovers: jump lines, issue numbers, a dated page head
    r"|^[（(]?(?:下|上)?(?:转|接)(?:第)?\s*[\dA-Z一二三四五六七八九十]+\s*版[）)]?$|^第\s*\d+\s*期$"
    r"|^\d{4}年\d{1,2}月\d{1,2}日\s*(?:星期|周)[一二三四五六日天]"
    # a document site's upload line: "- 2024-05-06 发布于山东"
    r"|^[-–—•·]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*(?:发布|上传|发表)"
    # page furniture labels
    r"|^(?:本文|文章)(?:标题|链接|地址|网址|出处)[:：]|^(?:版权|免责|特别)?声明[:：]|^(?:编辑|审核|校对|作者)[:：]"
    # a self-media platform's disclaimer: it only stores what its accounts upload
    r"|(?:只|仅)提供信息存储(?:空间)?服务"
    r"|^分享到|^网友评论|评论[（(]\d+[）)]|我要投稿|^打赏$"
    # an editor's bridge to the full text under a report ("以下为讲话全文：", "附：讲话原文",
    # "市长讲话全文如下：")
    r"|^(?:以下|下面)(?:是|为)[^。！？，]{0,12}(?:全文|原文)[：:。]?$|^附[：:]?[^。！？，]{0,12}(?:全文|原文)[：:]?$"
    r"|^[^。！？，：:]{0,12}(?:全文|原文)如下[：:。]?$"
    # a reader's type-size switch ("小字号", "字号：大 中 小") and a reprint's note of the
    # headline it had first ("原标题：…")
    r"|^[大中小]字号$|^字号\s*[:：]|^原标题\s*[:：]"
    # an app's placeholder where a copy lost its photo ("打开网易新闻 查看精彩图片")
    r"|^(?:打开[^，。！？\s]{1,12}\s*)?(?:查看|浏览)(?:精彩|更多|高清)?(?:图片|大图|组图)$"
    # an app's banner over a copy of its article ("打开…客户端，阅读体验更佳") and a forum's
    # sign-up prompt ("马上注册，结交更多好友…")
    r"|^(?:打开|下载|安装)[^，。！？\s]{0,12}(?:客户端|APP|App|app)|^(?:马上|立即|免费)注册"
    # and its pointer to more of its content ("更多精彩内容，就在…APP", "更多精彩，尽在…")
    r"|^更多精彩[^。！？]{0,6}?[，,]?\s*(?:尽在|就在|请|欢迎|点击|下载|打开|关注)"
    # an app's expander of a folded text ("展开全文∨", "点击阅读全文")
    r"|^(?:点击)?(?:展开|阅读|查看)(?:阅读)?全文\W{0,3}$"
    # a table of contents entry: a title, leader dots, a page number ("…的讲话………3")
    r"|^[^。！？]{2,60}?(?:…{2,}|\.{4,}|·{4,})\s*\d{1,4}$"
    # a forum post's head: who posted it when ("笔名 发表于 2019-6-3 10:05:11 | 显示全部楼层")
    r"|^\S{1,20}\s*发表于\s*\d{4}[-/.年]"
    # a short line of page buttons ("正文复制", "合集下载", "打印本页")
    r"|^(?![一二三四五六七八九十（(\d])[^，。：:]{0,6}(?:复制|下载|打印)[^，。：:]{0,4}$",
    re.I)
# A document site's statistics under the title ("3.0 朝花夕拾 2023-09-09 102 99+ 15.9KB 6 页"):
# a file size in a line that is not a sentence.
_FILE_STATS = re.compile(r"\d+(?:\.\d+)?\s*[KkMm][Bb]\b")
# A contact block: a label and a number or address, or a phone number, in a line that is not
# a sentence (a speech may give a hotline: "举报电话0534-2345678，欢迎群众监督。").
_CONTACT = re.compile(r"(?:电话|传真|手机|热线|QQ|微信|邮箱|信箱|E-?mail|邮编|联系我们|联系方式)\s*[:：]"
                      r"|\d{3,4}-\d{7,8}", re.I)

# The site talking to its reader around the article ("以上就是XX网为您整理的…，更多精彩范文请关
# 注本站。"). A speaker addresses 大家/同志们, never 您 or 小编, so these words mark the site.
_SITE_VOICE = re.compile(
    r"^(?:以上|以下|上面|下面|上文|本文)(?:就是|便是|即是|是|为)?[^。！？\n]{0,30}?(?:为您|为你|小编)"
    r"[^。！？\n]{0,8}?(?:整理|提供|收集|搜集|精选|推荐|分享|带来|准备|编辑|汇编)")

# Words of a site talking about itself, its texts and its readers, in two tiers. STRONG
# words never occur in a speech (a speaker says 同志们, never 小编/本站/网友/您); WEAK ones
# may ("为大家办实事", "分享经验"). Site text is recognised by these words *and* position:
# around the speech one STRONG word (or two WEAK ones) is enough; inside it a line needs
# a self-reference of the site and one more site word.
# (本网讯/本报讯 open a news report: a dateline, not the site talking.)
_SELF_WORDS = r"小编|本站|本网(?!讯)|我站|站长|编者|投稿|范文|转载|侵权|打赏|本文|本篇|这篇|此文|该文|稿子|您"
_STRONG = re.compile(
    _SELF_WORDS + r"|文档|网友|读者|楼主|本帖|会员|VIP|公众号|仅供参考|供大家|希望对|欢迎阅读|欢迎分享|感谢阅读|"
    r"快来看看|来看看吧|来源于网络|来自网络|素材|写作|原创|出处|点赞|收藏|频道|海量|导读|导语|"
    # an account's call to follow it ("了解某县，从关注“微某县”开始！", probe p68)
    r"快速关注|关注“[^”\n]{2,12}”|"
    # a document site's notes on the file it sells ("如PPT文件的首页显示word图标…")
    r"PPT|Word|PDF|docx?\b", re.I)
_WEAK = re.compile(r"为大家|给大家|整理|搜集|精选|分享|下载|评论|互联网|文章|全文|上文|下文|一起来")
_SELF = re.compile(_SELF_WORDS)
#: Labels that open a line of site text ("编者按：", "【导语】", "温馨提示：").
_SITE_LABEL = re.compile(r"^[【\[]?(?:编者按|编者|导读|导语|摘要|内容摘要|内容简介|内容提示|温馨提示|小编寄语|小编提示|"
                         r"阅读指引|阅读提示|精品推荐|推荐阅读)[】\]]?\s*(?:[:：】]|$)")
#: An item of a numbered list ("1. …", "2、…", "（3）…").
_NOTICE_ITEM = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[（(]\d{1,2}[)）])\s*\S")


def _site_hits(line: str) -> tuple[int, int]:
    # Names of columns and publications (《与您查找“不文明”》) are quoted, not the site talking.
    line = re.sub(r"《[^》\n]{0,40}》", "", line)
    return len(set(_STRONG.findall(line))), len(set(_WEAK.findall(line)))


#: Site text comes in short paragraphs: the longest intro/outro in the evaluation pages is
#: ~110 characters; a paragraph of speech over 200 that says "您" once stays.
SITE_TEXT_MAX = 200


def is_site_text(line: str, *, around: bool) -> bool:
    """`around`: the line is above the speech's opening or below its last paragraph."""
    if len(line) > SITE_TEXT_MAX:
        return False
    if _SITE_LABEL.match(line):
        return True
    strong, weak = _site_hits(line)
    if around:
        return strong >= 1 or weak >= 2
    return bool(_SELF.search(line)) and strong + weak >= 2


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


# A menu row: short section names between bars ("本站 | 首页 | 工作动态 | 领导讲话").
_MENU_BAR = re.compile(r"\s+[|｜]\s+")
#: A menu row has at least this many items (a headline with a column name has two).
MENU_MIN_ITEMS = 4


# A menu row set out with spaces instead of bars ("某某局 网站首页 机构概况 政务公开") is one
# when an item is the home page: a slogan of short phrases has no such item.
_HOME = re.compile(r"^(?:网站)?首页$|^主页$")


def _is_menu_row(s: str) -> bool:
    items = _MENU_BAR.split(s)
    if len(items) < MENU_MIN_ITEMS:
        items = s.split(" ")
        if not any(_HOME.match(x) for x in items):
            return False
    return len(items) >= MENU_MIN_ITEMS and all(
        len(x) <= 12 and not re.search(f"[{SENTENCE_END}，、：:]", x) for x in items)


def _is_pager(s: str) -> bool:
    words = _PAGER_WORD.findall(s)
    return (bool(words) and not _PAGER_REST.sub("", _PAGER_WORD.sub("", s))
            and (any(not w.isdigit() for w in words) or len(words) >= 2))


def is_sentence(line: str) -> bool:
    """Body text: carries sentence punctuation, or is long prose."""
    return bool(re.search(f"[{SENTENCE_END}]", line)) and len(line) >= 12 or (
        len(line) >= 60 and "，" in line)


def is_chrome_line(line: str, before_cut: bool = False) -> bool:
    """Page furniture, recognised by its look: short, little punctuation, chrome words.
    `before_cut`: a paywall notice follows, so a line that trails off is the cut sentence,
    not a teaser of another article."""
    s = line.strip()
    if not s or s == GAP:
        return False
    if len(s) > 120:
        return False
    if SALUTATION.match(s):
        return False
    if _SITE_VOICE.search(s):
        return True
    if _CHROME.search(s):
        # A real sentence that uses one of these words (e.g. "我们要扫码登记…。") stays.
        return not (len(s) >= 40 and s.count("，") >= 2 and re.search(f"[{STOPS}]$", s))
    if _is_breadcrumb(s) or _is_pager(s) or _is_menu_row(s) or _PAGE_NUMBER_LINE.match(s):
        return True
    if _CONTACT.search(s) and not re.search(f"[{STOPS}]$", s):
        return True
    if _FILE_STATS.search(s) and len(s) <= 80 and not re.search(f"[{STOPS}]", s):
        return True
    if _is_page_debris(s):
        return True
    # Teasers of related articles: an excerpt that trails off.
    if not before_cut and re.search(r"(?:\.\.\.|…|……)\s*(?:\[?更多\]?|\[更多\])?$", s) and len(s) <= 200 and (
            "[更多]" in s or "更多" in s[-6:] or not re.search(f"[{STOPS}]", s[:-3])):
        return True
    # A bare address: a link or an e-mail with at most a label around it.
    url = _URL.search(s)
    if url and len(url.group(0)) >= 0.6 * len(s):
        return True
    # Lone symbols, page numbers, short latin tokens; not a header's masked date or name
    # ("20XX/X/XX", "×××"): they say the speech is masked.
    if not _HAN_RE.search(s) and len(s) <= 40 and not re.fullmatch(r"[（(]?\d{4}.*", s) \
            and not (len(s) <= 12 and is_masked(s)):
        return True
    return False


# A photo's caption or credit: a short label naming a scene ("会议现场", "活动掠影"), a line
# opening with 图为, or a line ending with the photographer ("…召开。记者 X 摄", "…。X 摄":
# the name set apart by a space when no 记者/通讯员 label precedes it).
_NAMES = rf"[{HAN}]{{2,4}}(?:\s*[、 ]\s*[{HAN}]{{2,4}})*"
# A news page marks a caption with a triangle pointing up at its photo ("▲…讲话",
# "△…察看…"): a short line naming who does what in the picture. A speech's own list items
# under a triangle ("▲强化组织领导") name a task, not a scene, and stay.
_CAPTION = re.compile(rf"^[{HAN}]{{0,8}}(?:现场|掠影|剪影|合影|图片|照片)$|^图为"
                      r"|^[▲△↑]\s*[^。！？；]{0,36}(?:讲话|发言|致辞|主持|解读|宣讲|察看|查看|调研|检查|督查"
                      r"|走访|慰问|签订|授牌|合影|参加|出席|现场)[^。！？；，]{0,12}$"
                      rf"|(?:记者|通讯员|摄影|图[/／：:])\s*{_NAMES}\s*摄$|(?:^|[\s。]){_NAMES}\s+摄$"
                      # who is doing what in the picture, as it happens ("县长X正在清扫", probe p68)
                      rf"|^[{HAN}、]{{2,24}}正在[{HAN}]{{1,6}}$"
                      # the unit that supplied the photo ("县文明办供图"), alone after its caption
                      rf"|^[^。！？；]{{0,40}}?[{HAN}]{{2,16}}供图$")
# A page template's leftovers: markup comments and file names ("content_82543.html 1 …
# /enpproperty-->"), in a line that is not a sentence.
_TEMPLATE_DEBRIS = re.compile(r"<!--|-->|[A-Za-z0-9_\-]+\.(?:s?html?|php|aspx?|jsp)\b", re.I)
# A bulletin's distribution block: "报：…", "送：…", "抄送：…", "发：…" naming units, and a
# minutes' attendance list ("出席：…", "列席：…"). The list may close with a full stop.
_DISTRIBUTION = re.compile(r"^(?:报|送|发|抄送|抄报|主送|分送|报送|印发|出席|列席|缺席|请假)\s*[：:]"
                           r"|^[（(]?共印\s*\d+\s*份[)）]?$")
#: A distribution or attendance line names units and people: no longer than this (the longest
#: in the evaluation pages is 40 characters; a sentence that opens with "送：" is prose).
DISTRIBUTION_MAX = 80


def _is_page_debris(s: str) -> bool:
    """Captions, template leftovers and distribution lines: none ends a sentence (a
    caption "图为…" may, but is short; a distribution list may close with a full stop)."""
    if s.startswith("图为"):
        return len(s) <= 60
    if _DISTRIBUTION.match(s) and len(s) <= DISTRIBUTION_MAX and s.count("。") <= 1 \
            and not re.search(f"[{STOPS}].", s):
        return True
    if re.search(f"[{STOPS}]$", s) and not s.endswith("摄"):
        return False
    return bool(_CAPTION.search(s) or _DISTRIBUTION.match(s)
                or (_TEMPLATE_DEBRIS.search(s) and not re.search(f"[{STOPS}]", s)))


def _opening(lines: list[str]) -> int:
    """Index of the line that opens the speech: its salutation, else the first paragraph of
    prose that is not site text."""
    for i, ln in enumerate(lines[:60]):
        # (a viewer's summary under its label may run as far as the salutation: "内容提示：在…
        # 的讲话 同志们：" is the site's line, the text opens below it)
        if (SALUTATION.match(ln) or ADDRESS.match(ln)) and not _SITE_LABEL.match(ln):
            return i
    for i, ln in enumerate(lines):
        if is_sentence(ln) and not is_site_text(ln, around=True):
            return i
    return len(lines)


def _is_label(line: str) -> bool:
    return len(line) <= 12 and not re.search(f"[{SENTENCE_END}，、！!]", line)


def _is_titleish(line: str) -> bool:
    # (document dumps run several titles into one head line: up to 140 characters when it
    # ends with what the text is)
    return ((len(line) <= 60 or (len(line) <= 140 and bool(_TITLE_END_WORD.search(line))))
            and not re.search(f"[{SENTENCE_END}]", line)
            and bool(re.search(r"讲话|发言|致辞|报告|会议|大会|召开", line)))


def remove_site_text(lines: list[str]) -> list[str]:
    """Drop what the site says around and inside the speech: intros ("下面是小编为大家整理
    的……"), essay-like openings about the topic that end by presenting the text, outros,
    footers and reader calls, by their vocabulary and position (see `is_site_text`)."""
    start = _opening(lines)
    end = len(lines)
    # Going up from the bottom: site text, and the short labels among it ("微信订阅号").
    while end > start and (not lines[end - 1].strip() or is_site_text(lines[end - 1], around=True)
                           or _is_label(lines[end - 1])):
        end -= 1
    out = []
    notice = False
    for i, ln in enumerate(lines):
        around = i < start or i >= end
        # The numbered items under a bare notice label above the text ("温馨提示：" / "1. …
        # 预览时可能显示错乱…" / "2. …") are the label's: the site's rules, not the speech.
        if notice and around and _NOTICE_ITEM.match(ln):
            continue
        notice = around and bool(_SITE_LABEL.fullmatch(ln.strip()))
        if ln and ln != GAP and is_site_text(ln, around=around) and not (
                around and i < start and _is_titleish(ln) and not _SITE_LABEL.match(ln)):
            continue
        out.append(ln)
    return out


# A host's part printed with the speech it introduces ("主持词" above, "主持人结束语" below):
# the host opens and closes the meeting and announces the speaker; it is not the speech.
_HOST_LABEL = re.compile(r"^[【\[（(]?(?:会议)?主持(?:词|稿|人(?:开场白|串词|结束语|总结|小结|讲话|讲话稿|词)?)"
                         r"[】\]）)]?[：:]?$")
#: What a page must keep of prose, without its host's part, for that part to be dropped (a
#: page that is only a host's script keeps it: it is that page's text).
HOST_REST_MIN = 200


# A host's script printed without its label is known by its words: it opens the meeting
# ("现在开会。", a line of its own at the top of the page) and closes it ("散会。"); no speaker
# says either of his own speech. Above the closing word stands the host's summing-up of the
# speech just given ("刚才…的讲话，…会后认真传达学习").
_OPENS_MEETING = re.compile(r"^(?:同志们[，,]\s*)?现在开会[。！!]?$")
_CLOSES_MEETING = re.compile(r"(?:^|[。！!]\s*)(?:现在)?散会[。！!]?$")
_SUMS_UP = re.compile(r"刚才[^。！？]{0,30}讲话")
#: A host's summing-up is a short paragraph (the longest seen is ~110 characters).
SUM_UP_MAX = 150


def _unlabelled_host(lines: list[str]) -> set[int]:
    """The lines of a host's script with no label: from its opening words at the top of the
    page down to the speech's own title, and its closing words with the summing-up above."""
    filled = [i for i, x in enumerate(lines) if x.strip()]
    top = next((i for i in filled[:3] if _OPENS_MEETING.match(lines[i].strip())), None)
    if top is None:
        return set()
    title = next((i for i in range(top + 1, len(lines)) if _TITLE_END_WORD.search(lines[i])
                  and not re.search(f"[{SENTENCE_END}]", lines[i])), None)
    if title is None:
        return set()
    # (the salutation just above the opening words is the host's too)
    k = filled.index(top)
    start = filled[k - 1] if k and SALUTATION.match(lines[filled[k - 1]]) else top
    host = set(range(start, title))
    last = filled[-1]
    if _CLOSES_MEETING.search(lines[last]):
        host.add(last)
        # the summing-up is the closing word's own line ("…传达学习。散会。") or the one above
        summing = last if len(lines[last]) > 6 else filled[-2]
        if _SUMS_UP.search(lines[summing]) and len(lines[summing]) <= SUM_UP_MAX:
            host.add(summing)
    return host


def drop_host_parts(lines: list[str]) -> list[str]:
    """From a host's label down to the next speech's title (or the end) the lines are the
    host's; so are an unlabelled script's opening and closing (`_unlabelled_host`)."""
    if not any(_HOST_LABEL.match(x) for x in lines):
        host_lines = _unlabelled_host(lines)
        rest = [x for i, x in enumerate(lines) if i not in host_lines]
        return rest if host_lines and sum(len(x) for x in rest if is_sentence(x)) >= HOST_REST_MIN else lines
    out: list[str] = []
    host = False
    for ln in lines:
        if _HOST_LABEL.match(ln):
            host = True
            continue
        if host and _TITLE_END_WORD.search(ln) and not re.search(f"[{SENTENCE_END}]", ln) and "主持" not in ln:
            host = False
        if not host:
            out.append(ln)
    if sum(len(x) for x in out if is_sentence(x)) < HOST_REST_MIN:
        return lines
    return out


# A news item's credits, which are the outlet's and not the text's: the dateline opening its
# first paragraph ("本报讯（记者 张立群 通讯员 王晓）9月14日，…", "××新闻网3月14日讯 …"), and the
# reporters' names in brackets closing a paragraph ("…不失分。（程雪 郑凯）", "（××日报记者 孟凡）").
# The closing brackets need a role or two names set apart: "（鼓掌）" closing a speech's line stays.
_DATELINE = re.compile(r"^[^，。！？；：:\s\d（()）]{1,12}?(?:\d{1,2}月\d{1,2}日)?讯"
                       r"(?:\s*[（(][^（()）。！？]{1,40}[)）]|\s+|(?=\d{1,2}月))\s*")
_CREDIT = rf"(?:[{HAN}]{{0,8}}{BYLINE_ROLES}[：:\s]*)?[{HAN}]{{1,4}}(?:{BYLINE_WORK})?"
_CLOSING_CREDITS = re.compile(
    rf"(?<=[{STOPS}”])\s*[（(](?=[^)）]*(?:{BYLINE_ROLES}|[{HAN}]{{2,4}}[\s、][{HAN}]{{2,4}}))"
    rf"{_CREDIT}(?:[\s、，,]+{_CREDIT})*[)）]$")


# A local site's report closes on its writer's name alone in brackets ("…攻坚战。（钱小雨）"):
# a name (a surname first, two or three characters) after the item's last sentence, on a
# text that opens like a news item, with its date ("9月5日下午，…", "本报讯 …"). A speech's
# "（鼓掌）" or "（全文完）" is no name; a speech opens with no dateline.
_LONE_CREDIT = re.compile(rf"(?<=[{STOPS}”])\s*[（(]([{HAN}]{{2,3}})[)）]$")
_REPORT_OPENING = re.compile(r"^(?:[^，。！？\s]{0,12}讯|(?:\d{4}年)?\d{1,2}月\d{1,2}日)")


def _drop_lone_credit(lines: list[str]) -> list[str]:
    text = [i for i, ln in enumerate(lines) if ln.strip()]
    if not text or not _REPORT_OPENING.match(lines[text[0]].strip()):
        return lines
    last = text[-1]
    m = _LONE_CREDIT.search(lines[last])
    if not m or m.group(1)[0] not in SURNAME_CHARS or m.group(1).endswith("完"):
        return lines
    return [*lines[:last], lines[last][:m.start()], *lines[last + 1:]]


def drop_news_credits(lines: list[str]) -> list[str]:
    """A news item's dateline and closing byline go; the sentences around them stay."""
    out = []
    for ln in _drop_lone_credit(lines):
        bare = _CLOSING_CREDITS.sub("", _DATELINE.sub("", ln, count=1))
        if bare or not ln:     # a line that was only credits goes; a blank line stays
            out.append(bare)
    return out


# A periodical's next article after the speech: its headline, then a byline of the
# periodical's own ("本刊评论员", "本报记者 林青"). A speech has no byline; everything from that
# headline on is another text.
_BYLINE = re.compile(rf"^(?:本刊|本报|本台|本网)(?:特约)?(?:评论员|记者|通讯员|编辑部)(?:\s*[{HAN}]{{2,4}})?$")
# A note under the text ("①复查结果由…公布。") whose mark the text cites after a word ("复查①，").
_NOTE = re.compile(r"^([①-⑳])\S")

#: Body above a byline for it to open another article (the shortest whole text a part takes).
MIN_BODY_FOR_NEXT = 200
#: A note is a sentence or two (the evaluation pages' are 20–30 characters).
NOTE_MAX = 150


def drop_notes_and_next_article(lines: list[str]) -> list[str]:
    """A periodical's page: the next article (from the headline above its byline) and the
    notes under the speech go; the speech's own lines, its note marks among them, stay."""
    body = 0
    for i, ln in enumerate(lines):
        if _BYLINE.match(ln) and body >= MIN_BODY_FOR_NEXT:
            start = i - 1 if i and lines[i - 1] and not is_sentence(lines[i - 1]) else i
            lines = lines[:start]
            break
        if is_sentence(ln):
            body += len(ln)
    text = "\n".join(lines)
    return [ln for ln in lines
            if not ((m := _NOTE.match(ln)) and len(ln) <= NOTE_MAX
                    and re.search(f"(?<=[{HAN}”’）)]){m.group(1)}(?=[{HAN}，。、；：！？])", text))]



# --- spam injected into sentences -----------------------------------------------------------

# Unrelated advertising injected into a line: medical, gambling and adult vocabulary that a
# campaign speech never uses, with the sales words glued around it ("澳门葡京娱乐官网",
# "【治疗牛皮癣哪家好】", "无痛人流只需三百元"). The span goes, the sentence around it stays.
# (牛皮癣 is not here: city managers call illegal posters that, as a seed speech does.)
_SPAM_CORE = (r"男科|妇科|无痛人流|人流手术|白癜风|癫痫|不孕不育|试管婴儿|代孕|阳痿|早泄|壮阳|性病|"
              r"尖锐湿疣|减肥药|丰胸|隆胸|百家乐|赌场|博彩|彩金|葡京|娱乐城|老虎机|六合彩|时时彩|裸聊|约炮|"
              r"成人影院|一夜情|代开发票|办证刻章|皇冠体育|(?:体育|真人|娱乐|彩票)(?:在线|线上|网上)?开户")
_SPAM_GLUE = (r"治疗|医院|哪家好|哪里好|专家|在线|咨询|免费|解答|官网|网址|注册|送|只需|正规|特效|药|"
              r"娱乐|真人|网上|澳门|平台|首存|开户|手术|费用|多少钱|价格|最好|无痛|"
              r"[一二三四五六七八九十百千万\d]+元")
_SPAM_SALE = r"哪家好|哪里好|在线|咨询|免费|专家|多少钱|价格|官网|热线"
_SPAM = re.compile(
    f"[【\\[［（(][^】\\]］）)\n]{{0,30}}?(?:{_SPAM_CORE})[^】\\]］）)\n]{{0,30}}?[】\\]］）)]"
    # a bracket advertising a contact: "【更多公文素材，微信：…】"
    f"|[【\\[［（(][^】\\]］）)\n]{{0,30}}?(?:微信|QQ|qq|客服|加群|联系电话)\\s*[:：]?\\s*[A-Za-z0-9_-]{{4,}}[^】\\]］）)\n]{{0,10}}[】\\]］）)]"
    # a bracket selling treatment: "【治疗…哪家好】", "（…医院在线咨询）"
    f"|[【\\[［（(](?=[^】\\]］）)\n]{{0,30}}?(?:治疗|医院|医生))(?=[^】\\]］）)\n]{{0,30}}?(?:{_SPAM_SALE}))"
    f"[^】\\]］）)\n]{{1,30}}[】\\]］）)]"
    # (a brand's one character between the sales words goes with them: "澳门新葡京娱乐场官网")
    f"|(?:(?:{_SPAM_GLUE})[{HAN}]?){{0,4}}(?:{_SPAM_CORE})(?:[{HAN}]?(?:{_SPAM_GLUE}|{_SPAM_CORE})|[？?！!]){{0,8}}")


# A repost that kept only its source's headline prints it as the page's first line under the
# label "原标题：" (a self-media copy, probe p64): there it is the headline, not a note under
# one (under a headline, the label's line is chrome, _CHROME).
_ORIGINAL_TITLE = re.compile(r"^\s*原标题\s*[:：]\s*(?=\S)")


def unlabel_first_headline(text: str) -> str:
    lines = text.split("\n")
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is not None and _ORIGINAL_TITLE.match(lines[first]):
        rest = _ORIGINAL_TITLE.sub("", lines[first]).strip()
        if not is_sentence(rest):
            lines[first] = rest
    return "\n".join(lines)


# A report that prints the speech it reports after it labels the speech's title as an
# appendix ("附：李某同志在…会议上的讲话", "附件2：…的表态发言"): the label is the page's, the title
# the speech's. Only before a whole title (no sentence, ending on what the text is).
_APPENDIX_TITLE = re.compile(r"^[ \t]*附(?:件[ \t]*\d{0,2})?[ \t]*[:：][ \t]*"
                             r"(?=[^。！？；，\n]{6,80}(?:讲话|发言|致辞|讲稿|报告)[ \t]*$)", re.M)


def unlabel_appendix_titles(text: str) -> str:
    return _APPENDIX_TITLE.sub("", text)


def remove_spam(text: str) -> str:
    return _SPAM.sub("", text)


# A news copy keeps its photos' labels of a word or two between paragraphs ("宣誓", "清除
# 小广告", probe p68): no paragraph of text is so short, and a speech's headings are numbered.
PHOTO_LABEL = re.compile(f"^[{HAN}]{{2,5}}$")


def _is_photo_label(line: str, after: str) -> bool:
    """`line` between a finished paragraph and another of prose."""
    return bool(PHOTO_LABEL.match(line.strip())) and len(after) >= 20 and is_sentence(after)


def _repeated_captions(lines: list[str]) -> set[str]:
    """A photo's caption a copy prints under each of its pictures ("X到某街道参加…座谈会", twice
    between paragraphs, probe p65): a line that is no sentence and comes again, on a page that
    prints no paragraph of prose twice (a page printed twice repeats its headings too)."""
    counts = Counter(ln.strip() for ln in lines if ln.strip())
    if any(c > 1 and len(ln) >= 20 and is_sentence(ln) for ln, c in counts.items()):
        return set()
    return {ln for ln, c in counts.items()
            if c > 1 and 10 <= len(ln) <= 40 and not re.search(f"[{STOPS}，：:]", ln) and _HAN_RE.search(ln)
            and not _CN_HEADING.match(ln) and not _TITLE_END_WORD.search(ln)}


def remove_chrome(text: str) -> str:
    lines = text.split("\n")
    captions = _repeated_captions(lines)
    kept = []
    for i, ln in enumerate(lines):
        after = next((x for x in lines[i + 1:i + 4] if x.strip()), "")
        before = next((x for x in reversed(lines[max(0, i - 3):i]) if x.strip()), "")
        # A line that trails off right after a finished paragraph of prose is where the text
        # was cut, not a teaser in a list (teasers follow their own title line or teaser).
        ended = bool(re.search(f"[{STOPS}][”’」』）)]*$", before))
        cut = after == GAP or (len(before) >= 20 and ended)
        # One character alone after a finished sentence is a scan's speck (a box read as 口):
        # no paragraph is one character, and a wrapped word's last character follows no stop.
        if not is_chrome_line(ln, before_cut=cut) and not (ended and _HAN_RE.fullmatch(ln.strip())) \
                and not (ended and _is_photo_label(ln, after)) and not (ended and ln.strip() in captions and len(after) >= 20 and is_sentence(after)):
            kept.append(ln)
    return "\n".join(kept)


# --- teaser / tail lists -------------------------------------------------------------------

_TAIL_HEADER = re.compile(
    r"^(?:相关|热门|推荐|猜你|最新|最近|精彩|延伸|更多)[^\s，。]{0,12}$|推荐度|上一篇|下一篇"
    # a column's box named after what it lists ("新闻推荐", "图文排行")
    r"|^[^\s，。：:]{1,4}(?:推荐|排行|排行榜|热读)$")
# An excerpt of another article: prose that trails off into dots.
_EXCERPT = re.compile(r"(?:……|…|\.{3,6})$")


#: A paragraph that ends a sentence (closing quotes and brackets may follow the mark).
_ENDS_SENTENCE = re.compile(f"[{SENTENCE_END}!?][”’」』）)]*$")
_CN_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])")


def _is_prose(line: str) -> bool:
    """A finished paragraph of a speech. Related-list entries are titles (no end mark) or
    excerpts cut off mid-sentence, so neither passes."""
    s = line.strip()
    return bool(_HAN_RE.search(s)) and not is_chrome_line(s) and (
        bool(_ENDS_SENTENCE.search(s)) or (bool(_CN_HEADING.match(s)) and len(s) <= 40))


def _heads_after_body(lines: list[str], is_head: Callable[[str], bool]) -> Iterator[int]:
    """The lines (by index) that `is_head` takes for the head of what follows the text, once
    200 characters of the text's sentences stand above them: a head above the text is the
    page's top, not its tail."""
    body_seen = 0
    for i, ln in enumerate(lines):
        if is_sentence(ln):
            body_seen += len(ln)
        elif body_seen > 200 and is_head(ln.strip()):
            yield i


def cut_tail(text: str) -> str:
    """Drop the related-article lists that follow a speech: after a list header that comes
    after body text, only finished prose paragraphs survive. A mid-page box (a list inside
    the speech) goes the same way, and the speech paragraphs after it stay."""
    lines = text.split("\n")
    for i in _heads_after_body(lines, lambda ln: bool(_TAIL_HEADER.search(ln))):
        rest = lines[i + 1:]
        # A mid-page header on a compilation page is followed by more speeches, with
        # their title and marker lines: leave that page alone.
        follow = sum(len(x) for x in rest if is_sentence(x) and len(x) > 150
                     and not is_chrome_line(x))
        if follow >= 600:
            continue
        # A box that opens with an excerpt of another article is the page's news box:
        # nothing after it is the speech's (b14: a teaser, then the site's slogan).
        first = next((x.strip() for x in rest if x.strip()), "")
        if len(first) >= 20 and _EXCERPT.search(first) and "，" in first:
            return "\n".join(lines[:i])
        return "\n".join(lines[:i] + [x for x in rest if not x.strip() or _is_prose(x)])
    return text


# A forum post's head: who posted and when ("老张 发表于 2022-10-09 21:14:07").
_POST_HEAD = re.compile(r"^\S{1,20}\s*发表于\s*\d{4}[-/.年]")


# The head of a news or WeChat page's comments under the article: the word with its count or
# a qualifier ("评论 12", "全部评论", "精选留言", "36条评论", "写留言"), a line of its own.
# (the bare word may be a button of a share bar between two pieces: it needs its count or word)
_COMMENTS_HEAD = re.compile(r"^(?:全部|热门|最新|精彩|精选|网友|用户|读者|写|发表|我要)(?:评论|留言)区?$"
                            r"|^(?:评论|留言)区?\s*[（(]?\s*\d{1,6}\s*[)）]?$|^(?:共\s*)?\d{1,6}\s*条(?:评论|留言)$")


def drop_replies(text: str) -> str:
    """On a forum page the speech is the first post: a second post's head after its text
    starts the replies ("感谢分享", "收藏了"), which go with it, and so do the lines between the
    text's last sentence and that head (the reply buttons, the reply's floor: 沙发, 板凳, 2#).
    A news or WeChat page's comments go the same way from their head ("评论 12"): readers'
    lines ("某某：说得好！") end like sentences, so a tail list's rule would keep them."""
    lines = text.split("\n")
    for i in _heads_after_body(lines, lambda ln: bool(_POST_HEAD.match(ln) or _COMMENTS_HEAD.match(ln))):
        while i and not is_sentence(lines[i - 1]):
            i -= 1
        return "\n".join(lines[:i])
    return text


# --- paragraphs -----------------------------------------------------------------------------

_ENUM = (r"(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十0-9]+[)）]|第[一二三四五六七八九十]+[，,、]|"
         r"[一二三四五六七八九十]+是|[一二三四五六七八九十]+要|\d+[、.．](?!\d))")
_SPLIT_SPACE = re.compile(f"(?<=[。！？：；])\\s+(?=\\S)|\\s+(?={_ENUM})")


# A title (and a compilation label) glued to the salutation on one line: "…讲话篇1 同志们：".
# A document site's dump also glues the text after it ("…的讲话同志们：这次会议……"); the head
# before the salutation is at most 120 characters without a sentence end (the longest seen,
# two document titles run together, is 75).
_GLUED_SALUTATION = re.compile(
    rf"^([^。！？；：:\n]{{4,120}}?)\s*({GREETING}(?:[，、]\s*{GREETING})*[：:])\s*(.*)$")
_TITLE_WORD = re.compile(r"讲话|发言|致辞|报告|会议|大会|稿|篇")
# A header printed on the title's line: "…的讲话 （2015年2月26日） 吴翠云" (a document dump
# may run several titles before it: up to 120 characters, `segment` keeps the last title).
_TITLE_DATE_NAME = re.compile(
    rf"^([^。！？；：:\n]{{4,120}}?)\s*([（(]\s*(?:\d{{4}}|\d{{2}}[Xx×]{{2}})\s*年[^（）()\n]{{0,10}}[)）])"
    # the name may follow the speaker's role ("（2020年6月9日）　县长 汪立新")
    rf"\s*((?:[{HAN}、]{{0,12}}?(?:书记|长|主任|委员|主席)\s?)?[{HAN}](?:\s?[{HAN}]){{1,3}})?$")
# ...or with the name between the title and the date: "…的讲话封殿辉（2023年8月7日）".
_TITLE_NAME_DATE = re.compile(
    rf"^([^。！？；：:\n]{{4,120}}?(?:讲话|发言|致辞)稿?)\s*([{HAN}](?:\s?[{HAN}]){{1,3}})\s*"
    rf"([（(]\s*(?:\d{{4}}|\d{{2}}[Xx×]{{2}})\s*年[^（）()\n]{{0,10}}[)）])$")
# A document site's number before what it numbers ("编号：5208841在全县…的讲话…").
_DOC_NUMBER = re.compile(r"^(?:文档|文章|资料|范文)?编号\s*[:：]\s*[A-Za-z0-9_-]{3,24}\s*(?=\S)")
# The title repeated at the head of the text, with a space before the text ("…的表态发言 今天，…").
_TITLE_RUN = re.compile(rf"^([^。！？；，、：:\s]{{6,40}}(?:讲话|发言|致辞)稿?) (?=[{HAN}])")


# A heading and its paragraph on one line of a flattened page, a space between ("一、统一思想，
# 以昂扬的斗志担负起复审重任 今年的复审，是…"): a heading has no sentence end.
_HEADING_RUN = re.compile(rf"^((?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。！？\s]{{2,40}}) "
                          rf"(?=[{HAN}][^\s]{{20}})")


# A document dump's titles glued to the text with neither a salutation nor a space
# ("……动员大会上的发言范文稿市委、市政府召开……"): the opening clause holds a meeting title (在/上的
# and 会) ending with what the text is, and goes on past it.
_DUMP_TITLE = re.compile(r"^((?:\d{4}年)?[^，。！？；：:\s]{0,80}?(?:在|上的)[^，。！？；：:\s]{0,60}会"
                         r"[^，。！？；：:\s]{0,60}(?:讲话|发言)(?:范文|文)?稿?)(?=[^，。！？；：:\s]{2,}[，。])")


# ...or a title ending in what the text is, glued to the speech's first words with no meeting in
# it ("关于…工作部署的讲话刚才，…"): the words that open a speech after a title part them.
_TITLE_THEN_OPENER = re.compile(r"^([^，。！？；：:\s]{6,60}?的(?:讲话|发言|致辞)稿?)"
                                r"(?=(?:刚才|今天|这次|本次)[^，。！？；：:\s]{0,30}[，,])")


# A document site's head run together: the title, the date (often masked, "201X/X/XX"), the
# title again and the speaker's line ("xxx同志讲话"), all before the text.
_DUMP_HEAD = re.compile(
    r"^(.{6,60}?(?:讲话|发言|致辞)稿?)((?:19|20)[\dXx×]{2}[/.\-年][\dXx×]{1,2}[/.\-月][\dXx×]{1,2}日?)"
    rf"(.{{6,60}}?(?:讲话|发言|致辞)稿?)?(?:([{HAN}XxＸ×*＊]{{1,4}})同志(?:讲话|发言|致辞))?$")
# A whole header run into the text by a flattened copy, with no salutation to part them:
# "…在全市…大会上的讲话岳阳市委书记 方志远（2019年3月6日，根据录音整理）这次会议的主要任务…".
_GLUED_HEADER = re.compile(
    r"^([^。！？；]{0,30}?)\s*(在[^。！？，；\s]{4,60}?(?:会|会议|大会)上的(?:讲话|发言|致辞))\s*"
    r"([^。！？，；（(]{0,24}?)\s*([（(]\s*\d{4}\s*年[^（）()\n]{0,24}[)）])\s*(?=[^\s。！？]{20})")


def _split_head(line: str) -> list[str]:
    """A line holding a head and what follows it (a salutation, a date and a name, the text)
    becomes one line for each."""
    line = _DOC_NUMBER.sub("", line)
    m = _DUMP_HEAD.match(line)
    if m:
        # the speaker's line keeps the name: "张立新同志讲话" is the speech of 张立新
        return [x for x in m.groups() if x]
    m = _GLUED_SALUTATION.match(line)
    if m and _TITLE_WORD.search(m.group(1).replace(" ", "")):
        return _split_head(m.group(1).strip()) + [m.group(2)] + ([m.group(3)] if m.group(3) else [])
    m = _TITLE_NAME_DATE.match(line) or _TITLE_DATE_NAME.match(line)
    if m and _TITLE_WORD.search(m.group(1).replace(" ", "")):
        return [x.strip() for x in m.groups() if x]
    m = _TITLE_RUN.match(line)
    if m and len(line) - m.end() >= 40:
        return [m.group(1)] + _split_head(line[m.end():])
    m = _HEADING_RUN.match(line)
    if m and "。" in line[m.end():]:
        return [m.group(1), line[m.end():]]
    m = _DUMP_TITLE.match(line)
    if m and len(line) >= FLAT_MIN:
        return _split_head(m.group(1)) + [line[m.end():]]
    m = _TITLE_THEN_OPENER.match(line)
    if m and len(line) >= FLAT_MIN:
        return [m.group(1), line[m.end():]]
    m = _GLUED_HEADER.match(line)
    if m:
        return [x.strip() for x in m.groups() if x.strip()] + [line[m.end():]]
    return [line]


def join_lines(text: str) -> list[str]:
    """Lines become paragraphs. Pages flattened to one line (no line breaks, spaces between
    paragraphs) are split at spaces after sentence ends and before enumerations; lines
    wrapped mid-sentence by a copy are joined back without a space (see `_continues`)."""
    paras: list[str] = []
    after_blank: set[int] = set()    # paragraphs a blank line separates from the one above
    blank = False
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            blank = True
            continue
        if " " in line and _HAN_RE.search(line):
            parts = [p.strip() for p in _SPLIT_SPACE.split(line) if p.strip()]
        else:
            parts = [line]
        if blank:
            after_blank.add(len(paras))
            blank = False
        for part in parts:
            paras.extend(_split_head(part))
    width = wrap_width(paras)
    merged: list[str] = []
    for i, p in enumerate(paras):
        prev = merged[-1] if merged else ""
        if prev.endswith("-") and len(prev) > 1 and _HAN_RE.match(prev[-2]) and _HAN_RE.match(p[0]):
            merged[-1] = prev[:-1] + p      # a line-break hyphen inside a word: "舆-" + "论"
        elif prev and _continues(prev, p, width, i in after_blank) and not _opens_title(paras, i):
            merged[-1] = prev + p
        else:
            merged.append(p)
    return merged


def split_paragraphs(text: str) -> list[str]:
    """`join_lines`, then a page flattened to one line split into paragraphs."""
    return split_flat_page(join_lines(text))


def split_flat_page(paras: list[str]) -> list[str]:
    prose = [p for p in paras if is_sentence(p) and len(p) >= 100]
    if len(prose) == 1 and len(prose[0]) >= FLAT_MIN:
        i = paras.index(prose[0])
        paras = paras[:i] + split_flat(prose[0]) + paras[i + 1:]
    return paras


_OPENS_PARAGRAPH = re.compile(f"^(?:{_ENUM}|第[一二三四五六七八九十]+[，,、]|[（(]?[一二三四五六七八九十]+[)）、])")


_NO_LINE_START = "，、。；：！？”’）》,;:!?)"


_TITLE_END_WORD = re.compile(r"(?:讲话|发言)(?:范文|文)?稿?$|致辞$")
# A speech's whole title ("在全县…推进会上的讲话"): no clause in it, 在 … 会上的讲话.
_SPEECH_TITLE = re.compile(r"^在[^，。！？；：:\s]{4,60}(?:上的|会上)(?:讲话|发言|致辞)稿?$")


def _opens_title(paras: list[str], i: int) -> bool:
    """Line `i` is a speech's title, alone or with the next line (a title wrapped in two,
    "在全县…推进" / "会 上 的 讲 话"): it starts a line of its own, however long the line above
    (a news headline with a comma, a bulletin's running header as long as the wrap)."""
    p = paras[i]
    if not p.startswith("在"):
        return False
    nxt = paras[i + 1].replace(" ", "") if i + 1 < len(paras) else ""
    return bool(_SPEECH_TITLE.match(p) or (len(p) < 40 and _SPEECH_TITLE.match(p + nxt)))


def _continues(prev: str, p: str, width: int | None, after_blank: bool = False) -> bool:
    """`p` goes on the sentence `prev` left unfinished (a hard line wrap). `after_blank`: a
    blank line stands between them."""
    if prev == GAP or p == GAP or SALUTATION.match(p) or ADDRESS.match(p):
        return False
    # a publication's issue line is a head of its own, whatever its length (a speech's whole
    # title under a headline is one too: the caller asks `_opens_title`)
    if _PERIODICAL_ISSUE.search(prev) and not is_sentence(prev):
        return False
    if not (_HAN_RE.match(p[0]) or p[0].isdigit() or p[0] in _NO_LINE_START):
        return False
    if p[0] in _NO_LINE_START:     # a line cannot start with these: a wrap before them
        return True
    if re.match(_ENUM, p) or _OPENS_PARAGRAPH.match(p):
        return False
    # A paragraph ends with 。！？…; a "；" ends a clause, and the items of a list that end
    # with one start with their enumeration, which is checked above.
    if re.search(f"[{STOPS}…][”’」』]*$", prev) or prev.endswith(("：", ":")):
        return False
    wrapped = width is not None and len(prev) >= width - 1
    # A title (no clause in it, ending with what the text is) is not continued by the text
    # under it, unless it is exactly as long as the page's wrapped lines.
    if (not (width is not None and abs(len(prev) - width) <= 1) and _TITLE_END_WORD.search(prev)
            and not re.search("[，。！？；]", prev)):
        return False
    if wrapped or re.search("[，、；（“《]$", prev):
        return True
    # No wrap width to go by: the old rule — a long or comma-bearing line ending on a Han
    # character, not a heading.
    # (An enumerated line is a heading unless it already holds a finished sentence.)
    # Across a blank line a short line is a paragraph of its own (a site's "本篇文章486字，
    # 读完约1分钟" above a news lead); a viewer that breaks a long sentence leaves 60+.
    if after_blank and len(prev) < 60:
        return False
    return ((len(prev) >= 60 or "，" in prev) and bool(_HAN_RE.match(prev[-1]))
            and (not re.match(_ENUM, prev) or bool(re.search(f"[{STOPS}]", prev))))


#: A copy wrapped at a fixed width leaves most of its lines exactly that long. A page is
#: taken as wrapped when at least WRAP_MIN_LINES lines of 12+ characters share one length
#: and make WRAP_MIN_SHARE of those lines (measured: wrapped evaluation pages 60–90%,
#: unwrapped pages and the seeds under 15%).
WRAP_MIN_LINES = 4
WRAP_MIN_SHARE = 0.3


def wrap_width(lines: list[str]) -> int | None:
    # Headings and salutations are paragraphs of their own: their lengths say nothing of a
    # wrap (four 12-character headings made a page "wrapped at 12").
    lengths = [len(x) for x in lines if len(x) >= 12
               and not (re.match(_ENUM, x) and not re.search(f"[{STOPS}]", x))
               and not SALUTATION.match(x) and not ADDRESS.match(x)]
    if len(lengths) < WRAP_MIN_LINES:
        return None
    counts: dict[int, int] = {}
    for n in lengths:
        counts[n] = counts.get(n, 0) + 1
    # a line of the width may end one shorter or longer (a full-width mark moved)
    best = max(sorted(counts), key=lambda n: counts.get(n - 1, 0) + counts[n] + counts.get(n + 1, 0))
    share = counts.get(best - 1, 0) + counts[best] + counts.get(best + 1, 0)
    if share >= WRAP_MIN_LINES and share >= WRAP_MIN_SHARE * len(lengths):
        return best
    return None


#: A page whose only paragraph of prose is at least this long was flattened to one line
#: (no real paragraph of the seeds' 13 speeches is alone on its page; a flattened short
#: news report in the evaluation set is 274 characters).
FLAT_MIN = 200
#: Paragraphs of a flattened page are cut at the first sentence end past this length when
#: no heading or paragraph opener marks a better place.
FLAT_PARA = 150
_FLAT_OPENER = re.compile(
    rf"(?:{_ENUM}|第[一二三四五六七八九十]+[，,、]|会议(?:首先|指出|强调|要求|传达|听取|通报)|会上[，,]|会后|"
    rf"[{HAN}]{{2,3}}(?:强调|指出|要求)[，,]|\d{{1,2}}月\d{{1,2}}日|同志们|总之|最后"
    # the speaker turning to the units to assign their tasks ("各区县（市）、各部门要…")
    rf"|各[^，。；、]{{1,10}}、各[{HAN}]{{1,6}}要)")


def split_flat(line: str) -> list[str]:
    """Paragraphs of a page flattened to one line: after a leading salutation, before
    headings and paragraph openers that follow a sentence end, and at a sentence end once a
    paragraph is long. Sentences are never cut."""
    out: list[str] = []
    m = re.match(f"^[^{STOPS}]{{2,30}}?[：:]", line)
    if m and (SALUTATION.match(m.group(0)) or ADDRESS.match(m.group(0))):
        out.append(m.group(0))
        line = line[m.end():]
    cur = ""
    # Cut only after 。！？ (a paragraph never ends with ； or …, see `_continues`).
    for sent in re.findall(f"[^{STOPS}]*[{STOPS}]+[”’」』）)]*|[^{STOPS}]+$", line):
        if cur and (_FLAT_OPENER.match(sent) or len(cur) >= FLAT_PARA):
            out.append(cur)
            cur = ""
        cur += sent
    if cur:
        out.append(cur)
    return out


# --- conversion debris --------------------------------------------------------------------

# Page furniture of a PDF/Word copy: "第 1 页 共 5 页", "— 2 —", "- 3 -", "第1页/共2页"; an OCR
# copy reads the dashes as 一 and a 1 as l or I ("一l一", "一2一").
_PAGE_NUMBER_LINE = re.compile(r"^(?:第\s*\d+\s*页\s*[/，,]?\s*共\s*\d+\s*页|[-—–·•]\s*\d{1,3}\s*[-—–·•]|"
                               r"一\s*(?:\d|[lI](?=\d|\s*一))[\dlIO]{0,2}\s*一|"
                               r"\d{1,3}\s*/\s*\d{1,3}|第\s*\d+\s*页)$")
# A page number glued into a sentence at a page break: "重要意3义". Numbers in prose are
# followed by a measure word or a date unit ("3个", "12项", "5月"); these are not.
_MEASURE = ("个名位项条次件家所座处栋户人元万亿千百十年月日号天届期批类种级星岁倍成米吨辆台套张本篇份场"
            "轮点时分秒周季版页层楼路区支只块片段根间道部辆家%％")
_GLUED_NUMBER = re.compile(f"(?<=[{HAN}])(?<!第)\\d{{1,3}}(?=[{HAN}])(?![{_MEASURE}])")


def has_page_numbers(text: str) -> bool:
    return any(_PAGE_NUMBER_LINE.match(x.strip()) for x in text.split("\n"))


def unglue_page_numbers(text: str) -> str:
    """Only on pages that show page furniture of a conversion (`has_page_numbers`)."""
    return _GLUED_NUMBER.sub("", text)


# A sequence of page numbers glued into the words of a dump that lost its page breaks and
# furniture ("…意2义…乱搭乱3建…"): numbers between two Han characters that count up by
# one page after page. Numbers in prose do not run 2, 3, 4 through a text.
def has_page_number_run(text: str) -> bool:
    nums = [int(m.group(0)) for m in _GLUED_NUMBER.finditer(text)]
    return len(nums) >= 2 and all(b == a + 1 for a, b in pairwise(nums))


# --- debris of document viewers, newspapers and text dumps ----------------------------------

# A document site prints its pages as numbered chunks ("1、…创卫工作的" / "2、重大意义…"): the
# number opens each page and the page breaks mid-sentence. A speech's own "1、" items are
# whole sentences; chunks are long and most of them stop mid-clause.
_CHUNK_NUMBER = re.compile(r"^(\d{1,3})、")
#: A page chunk holds at least this many characters (a viewer's page is 300–1,000; the
#: longest "1、" item of a speech in the evaluation pages is 120).
PAGE_CHUNK_MIN = 150


def unnumber_page_chunks(text: str) -> str:
    lines = text.split("\n")
    numbered = [(i, int(m.group(1))) for i, ln in enumerate(lines) if (m := _CHUNK_NUMBER.match(ln))]
    if len(numbered) < 2 or [n for _, n in numbered] != list(range(1, len(numbered) + 1)):
        return text
    if any(len(lines[i]) < PAGE_CHUNK_MIN for i, _ in numbered[:-1]):
        return text
    cut = sum(not re.search(f"[{SENTENCE_END}：:][”’」』）)]*$", lines[i]) for i, _ in numbered[:-1])
    if 2 * cut < len(numbered) - 1:
        return text
    # (the first page's number stays: it keeps the first page from being read as going on
    # the line above it, the site's blurb; `_split_head` parts it from the text)
    for i, _ in numbered[1:]:
        lines[i] = _CHUNK_NUMBER.sub("", lines[i])
    return "\n".join(lines)

# A viewer's page footer printed inside a sentence ("…科级干 第1 页共 3页 部为联络员…").
# (spaces around it go with it, so the two halves of the word meet: "科级干部")
_INLINE_PAGE_FOOTER = re.compile(r"[ \t]?第[ \t]*\d{1,4}[ \t]*页[ \t]*[/，,]?[ \t]*共[ \t]*\d{1,4}[ \t]*页[ \t]?")
# A photo's file name glued to a paragraph ("…共80余人参加。现场.jpg"), or a still taken from
# a camera's video, named after the clip with the time of the frame and a copy's 副本 after it
# ("00412.MTS_20230502_101530.120_副本"): an editor's file name, never the text's.
_PHOTO_FILE = re.compile(rf"(?:[{HAN}]{{1,8}}|[A-Za-z0-9_\-]{{1,40}})\.(?:jpe?g|png|gif|bmp|webp|mts|mp4|mov|avi)"
                         r"(?:_[\d_.]{4,30})?(?:_?副本|\b)", re.I)


# A Word file's field codes, which a text copy prints as their code instead of their result,
# glued to a sentence or on a line of their own: "{ PAGE }", "{ PAGE \* MERGEFORMAT }",
# "PAGE   \* MERGEFORMAT 2", 'HYPERLINK "http://…"'. Field names are Word's own upper-case
# keywords; braces, a switch (\* MERGEFORMAT) or a quoted target set them apart from any word
# of the text.
_FIELD_NAME = r"(?:PAGE|NUMPAGES|SECTIONPAGES|PAGEREF|HYPERLINK|TOC|REF|SEQ|FILENAME|INCLUDEPICTURE|DATE|TIME)"
_FIELD_CODE = re.compile(r"[ \t]*(?:\{[ \t]*" + _FIELD_NAME + r"\b[^{}\n]{0,120}\}"
                         r"|\b" + _FIELD_NAME + r"[ \t]+(?:\\\*[ \t]*MERGEFORMAT\b[ \t]*\d{0,4}"
                         r'|"[^"\n]{1,200}"))[ \t]*')


# A Word file saved with its review marks showing prints each balloon as a line of its own:
# a reviewer's comment ("批注 [A1]: 数字请核对"), a format change ("带格式的: 字体: 仿宋") and
# a tracked deletion ("删除的内容: …", text the author took out). Word's own labels, each at a
# line's start before a colon: the line is the balloon, never the speech.
_WORD_BALLOON = re.compile(r"^[ \t]*(?:批注[ \t]*\[[^\]\n]{1,12}\]|带格式的|带格式表格|删除的内容|已删除|"
                           r"设置了格式|设置格式)[ \t]*[:：].*(?:\n|$)", re.M)

# A document site's tag list glued to the end of the text ("…我们虽[标签：介绍]").
_GLUED_TAGS = re.compile(r"(?<=\S)\s*[\[【]标签[:：][^\]】\n]{0,40}[\]】]\s*$", re.M)
# A periodical's issue line ("…公报 2018年第4期（总第52期）", "…汇编（2021年第4辑）"): the
# running head of a bulletin or compilation, never a sentence of the text it prints.
_PERIODICAL_ISSUE = re.compile(r"\d{4}\s*年\s*第\s*\d{1,3}\s*[期辑]|总第\s*\d{1,4}\s*期")
#: A running head is at most this long (the longest in the evaluation pages, a publication's
#: name and its issue, is 30 characters; a headline with its kicker runs 40–60).
RUNNING_HEAD_MAX = 60


def drop_running_heads(text: str) -> str:
    """A printed copy repeats its running head on every page ("西山县人民政府公报 2019年第3期"):
    issue lines go wherever they stand, and a line that is no sentence, recurs word for word
    and stands next to a page number at least once goes too. Titles, salutations and date
    lines recur in a compilation and stay; the first copy of a head above the text stays in
    the page's head, where the publisher's name may be the only place the page names."""
    lines = [ln.strip() for ln in text.split("\n")]
    filled = [i for i, s in enumerate(lines) if s]
    near_number: set[str] = set()
    for a, b in pairwise(filled):
        if _PAGE_NUMBER_LINE.match(lines[a]):
            near_number.add(lines[b])
        if _PAGE_NUMBER_LINE.match(lines[b]):
            near_number.add(lines[a])
    seen: dict[str, int] = {}
    for s in lines:
        seen[s] = seen.get(s, 0) + 1
    inside = _heads_inside_sentences(lines, filled)
    out = []
    body = False
    for i, (ln, s) in enumerate(zip(text.split("\n"), lines, strict=True)):
        head = (s and len(s) <= RUNNING_HEAD_MAX and not re.search(f"[{STOPS}，：:]", s)
                and not _TITLE_END_WORD.search(s) and not re.match(r"[（(]\s*\d{4}\s*年", s))
        if body and head and (_PERIODICAL_ISSUE.search(s) or (seen[s] > 1 and s in near_number) or i in inside):
            continue
        body = body or is_sentence(s)
        out.append(ln)
    return "\n".join(out)


# Prose broken off mid-sentence at the end of a printed line: a clause in it, no end mark.
_BROKEN_PROSE = re.compile(f"，.{{4,}}[^{SENTENCE_END}：:”’」』）)]$")


def _heads_inside_sentences(lines: list[str], filled: list[int]) -> set[int]:
    """The line under a page number where a sentence breaks across the page ("…服务用" /
    "— 1 —" / "<head>" / "语不规范。"): a head printed only once (no heading opens inside a
    sentence). The sentence's own next line would be as wide as the broken one, which ends
    a full printed line, or end with a mark; a head is a short name."""
    out = set()
    for k in range(1, len(filled) - 1):
        broken, number, head = (lines[filled[k + d]] for d in (-1, 0, 1))
        if (_PAGE_NUMBER_LINE.match(number) and _BROKEN_PROSE.search(broken)
                and len(head) < len(broken) - 2):
            out.add(filled[k + 1])
    return out


# A forum's anti-copy jammer after a sentence ("…我都同意。8 Q# y, J4 {' n") or inside one,
# between two clauses ("…巡查一遍，5 K! p: @2 M* W 发现问题…") or opening a paragraph ("+ ?, {2 y
# t; Z U 在随后…"): short runs of latin letters,
# digits and symbols apart by spaces, between Chinese text or at the line's end. Chinese
# prose is Han; a latin word or figure in it ("PM2.5") is one longer token, not a scatter of
# symbols.
_JAMMER = re.compile(rf"(?:(?<=[。！？”’」』，、；：{HAN}])|^)[ \t]*((?:[!-~]{{1,3}}[ \t]+){{2,}}[!-~]{{1,3}})[ \t]*"
                     rf"(?=[{HAN}{CJK_PUNCT}]|$)", re.M)
_JAMMER_SYMBOL = re.compile(r"[#$%&*{}()\[\]^~|@;'!?,.\-<>/\\+=_`\"]")


def _drop_jammer(m: re.Match) -> str:
    return "" if len(_JAMMER_SYMBOL.findall(m.group(1))) >= 2 else m.group(0)


# A WeChat article's account card and topic line, which a copy runs into the text: the
# account's name, "微信号 <id>", "功能介绍 <its blurb>", and "<date> 收录于话题 #…". These are
# the platform's own labels, the same on every account's page.
_WECHAT_CARD = re.compile(r"(?:[^\s。！？，、：:]{1,20}[ \t]+)?微信号[ \t]*[:：]?[ \t]*[A-Za-z][A-Za-z0-9_-]{2,29}[ \t]*"
                          r"(?:功能介绍[ \t]*[:：]?[ \t]*[^。！？\n]{0,60}[。！？]?)?[ \t]*")
_WECHAT_TOPIC = re.compile(r"(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?[ \t]*)?收录于(?:话题|合集)(?:[ \t]*#[^\s#]{1,20})*[ \t]*")


def remove_inline_debris(text: str) -> str:
    """A footer inside a sentence goes and the sentence closes up; a footer line goes with
    its line, leaving no blank line that would part the sentence around it. (A newspaper's
    page mark after an item's last sentence, "…部署。③7", goes in `tidy_spaces`.)"""
    if _INLINE_PAGE_FOOTER.search(text):
        text = "\n".join(_INLINE_PAGE_FOOTER.sub("", x) for x in text.split("\n")
                         if not _INLINE_PAGE_FOOTER.fullmatch(x.strip()))
    if "微信号" in text or "收录于" in text:
        text = _WECHAT_TOPIC.sub("", _WECHAT_CARD.sub("", text))
    if "MERGEFORMAT" in text or "{" in text or "HYPERLINK" in text:
        text = _FIELD_CODE.sub("", text)
    text = _WORD_BALLOON.sub("", text)
    return _JAMMER.sub(_drop_jammer, _GLUED_TAGS.sub("", _PHOTO_FILE.sub("", text)))


# Tags typed into a text page as text ("<h3><h3>11月15日…</h3></h3>"): a block tag stood for a
# paragraph break, an inline one for nothing.
_LITERAL_TAG = re.compile(
    r"</?(h[1-6]|p|div|section|article|li|ul|ol|table|tbody|tr|td|th|blockquote|br|span|b|strong|em|"
    r"i|u|font|a|center)\b[^<>\n]{0,200}?/?>", re.I)
_BLOCK_TAGS = {"h1", "h2", "h3", "h4", "h5", "h6", "p", "div", "section", "article", "li", "ul",
               "ol", "table", "tbody", "tr", "td", "th", "blockquote", "br"}


# Named entities a text copy of HTML source keeps ("&nbsp;&nbsp;同志们"). Only these named
# ones: a numeric reference could bring back a control or bidi character readers removed.
_ENTITIES = {"nbsp": " ", "ensp": " ", "emsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": '"',
             "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’", "mdash": "—", "hellip": "…",
             "middot": "·"}
_ENTITY = re.compile(r"&(" + "|".join(_ENTITIES) + r");")


def strip_literal_tags(text: str) -> str:
    text = _LITERAL_TAG.sub(lambda m: "\n" if m.group(1).lower() in _BLOCK_TAGS else "", text)
    return _ENTITY.sub(lambda m: _ENTITIES[m.group(1)], text)


# A page laid out in a table comes out of the HTML reader as rows between pipes ("| 一、正视
# 差距 |"), a pipe inside the cell escaped ("\|"). In a one-cell row the pipes are the
# reader's, not the page's: the row is the cell's text, so a heading in it is not taken for
# a bullet of page furniture and a salutation opens its line. (A row of several cells is a
# real table, a record's "名称： | …" fields among them: it stays as it was.)
_ONE_CELL_ROW = re.compile(r"^\|((?:[^|\\]|\\.)*)\|$")


def unwrap_table_rows(text: str) -> str:
    if "|" not in text:
        return text
    out = []
    for line in text.split("\n"):
        m = _ONE_CELL_ROW.match(line.strip())
        out.append(m.group(1).strip().replace("\\|", "|") if m and m.group(1).strip() else line)
    return "\n".join(out)


# A Word or PDF text layer that breaks its lines wherever the font changes puts each opening
# quote or bracket, each closing one and each run of figures on a line of its own ("…作为" /
# "“" / "一号工程" / "”" / "，先后…"; "共计" / "600" / "余人。"). A line of opening marks is never
# anything else, so it shows the shape; on such a page these runs go back into their sentence.
_OPEN_LINE = re.compile("^[)）”’」』]*[“‘「『（(《【]+$")
_CLOSE_LINE = re.compile("^[)）”’」』》】]+[。！？；，、：]*$")
_FIGURE_LINE = re.compile(r"^\d[\d.,%％]{0,9}$")
# (a run of figures belongs to the words around it when those after it open with its unit
# or a mark: a page number between two halves of a sentence is followed by a word)
_UNIT_AFTER = re.compile(f"^[{_MEASURE}余多，、。；：！？）)”’]")
_CLOSED = re.compile(f"[{SENTENCE_END}：:][)）”’」』》】]*$")


def rejoin_split_runs(text: str) -> str:
    lines = text.split("\n")
    if not any(_OPEN_LINE.match(x.strip()) for x in lines):
        return text
    out: list[str] = []
    glue = False     # the next line with text goes on the last one
    for i, line in enumerate(lines):
        s = line.strip()
        if not s:
            if not glue:
                out.append(line)
            continue
        ended = not out or not out[-1].strip() or bool(_CLOSED.search(out[-1]))
        if glue:
            out[-1] += s
            glue = False
        elif _OPEN_LINE.match(s):
            if ended:
                out.append(s)
            else:
                out[-1] += s
            glue = True
        elif _CLOSE_LINE.match(s) and out and out[-1].strip():
            # (the sentence goes on after the mark unless it ended inside: "…三城同创" / "”" /
            # "的重点…", not "…第一。" / "”")
            out[-1] += s
            glue = not _CLOSED.search(out[-1])
        elif _FIGURE_LINE.match(s) and not ended and _UNIT_AFTER.match(
                next((x.strip() for x in lines[i + 1:] if x.strip()), "")):
            out[-1] += s
            glue = True
        else:
            out.append(line)
    return "\n".join(out)


# A sentence's closing mark alone on a line: a viewer broke the line before it.
_LONE_MARKS = re.compile("^[。！？；，、”’）」』]+$")
_ANY_LONE_MARKS = re.compile("^ *[。！？；，、”’）」』]+ *$", re.M)


def rejoin_lone_marks(text: str) -> str:
    if not _ANY_LONE_MARKS.search(text):
        return text
    out: list[list[str]] = []     # each line with the marks it takes (joined once, at the end)
    prev = None     # the last line with text (kept as an index: one pass, however many blanks)
    for line in text.split("\n"):
        mark = line.strip()
        if prev is not None and _LONE_MARKS.match(mark):
            out[prev].append(mark)
            del out[prev + 1:]     # the blank lines between went with the break
            continue
        out.append([line])
        if mark:
            prev = len(out) - 1
    return "\n".join(p[0] if len(p) == 1 else p[0].rstrip() + "".join(p[1:]) for p in out)


def drop_viewer_summaries(text: str) -> str:
    """A document viewer prints a summary (the title and the opening, cut mid-word) above
    the full text: a line whose text, spaces aside, begins a line just below it goes. A
    guide box's summary runs the salutation into the opening and may close the cut with a
    full stop ("同志们： 今天，…打好创。"): it begins the lines below read as one."""
    lines = text.split("\n")
    squeezed = [re.sub(r"\s+", "", x).rstrip(".…") for x in lines]
    out = []
    for i, line in enumerate(lines):
        s = squeezed[i]
        below = squeezed[i + 1:i + 6]
        # a summary holds a clause of the text (a title alone has no comma and stays)
        if len(s) >= 20 and ("，" in line or is_sentence(line)) and (
                any(len(t) > len(s) and t.startswith(s) for t in below)
                or _begins_run(s.rstrip("。"), below)):
            continue
        out.append(line)
    return "\n".join(out)


def _begins_run(s: str, below: list[str]) -> bool:
    """`s` begins the lines below read as one, and they go on past it: it runs over the
    first of them (a line repeated below is a copy, which `_drop_earlier_copies` judges)."""
    run = "".join(below)
    return (bool(below) and 0 < len(below[0]) < len(s) and s.startswith(below[0])
            and len(run) > len(s) + 1 and run.startswith(s))


#: A viewer prints a page's lines run together with a space where each printed line ended:
#: spaces that recur at one width. A line is taken as such when it holds at least
#: PRINTED_MIN_SPACES spaces and PRINTED_SHARE of the distances between them are within 2
#: characters of their median, which is at least PRINTED_MIN_WIDTH (printed lines hold
#: 25–40 characters; a sentence's own spaces, around numbers and names, fall anywhere).
#: Measured on the 124 evaluation pages: of their lines with 5+ spaces, only b07's viewer
#: dump passes (17 spaces, median 30, 81% within 2); spaced-out words have a median of 2,
#: pagers and link rows 5–7 with at most 67% regular.
PRINTED_MIN_SPACES = 5
PRINTED_SHARE = 0.6
PRINTED_MIN_WIDTH = 15
#: A dump of several paragraphs has their last lines too, shorter than the width: then the
#: full lines are the commonest distance (at least PRINTED_MIN_FULL of them, within 1) and
#: PRINTED_UNDER_SHARE of the distances are no longer than it (a printed line never is;
#: a page footer taken out may leave one longer). Measured: u11's dump of a four-paragraph
#: pledge, 5 of 14 distances at its width of 30 and 13 of 14 under it; no other evaluation
#: page's line has 4 equal distances of 15 or more.
PRINTED_MIN_FULL = 4
PRINTED_UNDER_SHARE = 0.85
_PRINTED_BREAK = re.compile(f"(?<=[{HAN}，、；“”（）《》]) (?=[{HAN}{re.escape(CJK_PUNCT)}])")


def _is_printed_dump(gaps: list[int]) -> bool:
    width = gaps[len(gaps) // 2]
    if width >= PRINTED_MIN_WIDTH and sum(abs(g - width) <= 2 for g in gaps) >= PRINTED_SHARE * len(gaps):
        return True
    near = {n: sum(abs(g - n) <= 1 for g in gaps) for n in set(gaps)}
    full = max(sorted(near), key=lambda n: near[n])
    return (full >= PRINTED_MIN_WIDTH and near[full] >= PRINTED_MIN_FULL
            and sum(g <= full + 2 for g in gaps) >= PRINTED_UNDER_SHARE * len(gaps))


def join_printed_line_ends(text: str) -> str:
    out = []
    for line in text.split("\n"):
        if line.count(" ") < PRINTED_MIN_SPACES:
            out.append(line)
            continue
        spaces = [i for i, ch in enumerate(line) if ch == " "]
        if _is_printed_dump(sorted(b - a for a, b in pairwise(spaces))):
            line = _PRINTED_BREAK.sub("", line)
        out.append(line)
    return _join_paragraph_line_ends(out)


#: A viewer that keeps each paragraph on a line of its own still marks where its printed
#: lines ended, a space every `width` characters: a paragraph holds only a few, but the
#: page holds many at one width. The page is such a dump when at least PRINTED_MIN_FULL of
#: its lines' full stretches (each but a line's last) are within 1 of the commonest length,
#: at least PRINTED_MIN_WIDTH, and PRINTED_SHARE of all of them are. (A sentence's own
#: spaces, around numbers and names or for a comma, fall at any length.)
def _printed_width(lines: list[str]) -> int | None:
    full = [len(seg) for line in lines for seg in line.split(" ")[:-1]]
    if len(full) < PRINTED_MIN_FULL:
        return None
    width = max(sorted(set(full)), key=full.count)
    near = sum(abs(n - width) <= 1 for n in full)
    ok = width >= PRINTED_MIN_WIDTH and near >= max(PRINTED_MIN_FULL, PRINTED_SHARE * len(full))
    return width if ok else None


def _join_paragraph_line_ends(lines: list[str]) -> str:
    """Such a page's lines whose every stretch but the last has the width, and the last no
    more, are joined at their spaces between Han text."""
    width = _printed_width(lines)
    if width is None:
        return "\n".join(lines)
    out = []
    for line in lines:
        segs = line.split(" ")
        if len(segs) > 1 and all(abs(len(x) - width) <= 1 for x in segs[:-1]) and len(segs[-1]) <= width + 1:
            line = _PRINTED_BREAK.sub("", line)
        out.append(line)
    return "\n".join(out)


# A space between two Han characters is a copy artefact when the line is spaced out
# ("今 年 的 工 作": most of its Han neighbours are apart), or when the two sides make a
# place name ("德 州"). Elsewhere a space may stand for a comma (a seed report writes
# "会后 城郊各村…精神 以更强的决心"), so it stays.
_HAN_GAP = re.compile(f"(?<=[{HAN}]) (?=[{HAN}])")
#: A line is spaced out when this share of its Han neighbours are separated by a space.
SPACED_SHARE = 0.6
_SPACED_WORD = re.compile(f"[{HAN}](?: [{HAN}]){{1,5}}")


def join_spaced_han(text: str) -> str:
    out = []
    for line in text.split("\n"):
        gaps = len(_HAN_GAP.findall(line))
        if gaps:
            together = len(re.findall(f"[{HAN}](?=[{HAN}])", line))
            # (a line of single characters, "孙 建 华", is a spaced name even with two gaps:
            # joining only a place name inside it, "建 华" of 建华区, broke a real one)
            if (gaps >= 3 and gaps >= SPACED_SHARE * (gaps + together)) or _SPACED_WORD.fullmatch(line.strip()):
                line = _HAN_GAP.sub("", line)
            else:
                line = _HAN_GAP.sub(_place_gap, _join_letter_spaced(line))
        out.append(line)
    return "\n".join(out)


#: A PDF conversion spaces out stretches of a long line ("今 年的复审，是我市创 建 成功、挂 牌 之
#: 后"): a character set apart on both sides (by spaces or marks) stands alone. A line with at
#: least this many such gaps has them joined. (A space for a comma, "会后 城郊各村", has words on
#: both sides.)
LONE_GAPS_MIN = 3
_HEADING_AT = re.compile(r"\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])[^。！？\s]*$")


def _join_letter_spaced(line: str) -> str:
    def lone(i: int) -> bool:
        return i < 0 or i >= len(line) or not _HAN_RE.match(line[i])

    gaps = [m.start() for m in _HAN_GAP.finditer(line) if lone(m.start() - 2) or lone(m.start() + 2)]
    if len(gaps) < LONE_GAPS_MIN:
        return line
    # (not inside brackets, where a byline lists names: "（记者 王 晓 刘 青）"; not after a
    # heading that ends at the space: "一、…重任 今 年的复审" is a heading and its text)
    drop, depth, sentence, k = set(), 0, 0, 0
    for i, ch in enumerate(line):
        if k < len(gaps) and i == gaps[k]:
            k += 1
            if depth <= 0 and not _HEADING_AT.match(line, sentence, i):
                drop.add(i)
        elif ch in "（(":
            depth += 1
        elif ch in "）)":
            depth -= 1
        elif ch in "。！？":
            sentence = i + 1
    return "".join(ch for i, ch in enumerate(line) if i not in drop)


def _place_gap(m: re.Match) -> str:
    s, i = m.string, m.start()
    # Full names ("德 州" → 德州) and the short names of counties ("滕 州" → 滕州), which are
    # not gazetteer keys: a space inside either is debris.
    names, short = gazetteer(), short_districts()
    for left in (2, 1):
        for right in (1, 2, 3):
            a, b = s[max(0, i - left):i], s[i + 1:i + 1 + right]
            if len(a) == left and len(b) == right and _HAN_RE.fullmatch(a[0]) and \
                    ((a + b) in names or (a + b) in short):
                return ""
    return " "


_SPACE_NEAR_PUNCT = re.compile(f" *([{re.escape(CJK_PUNCT)}]) *")


def _punctuation_fixpoint(text: str) -> str:
    # Removing a space can bring an ASCII mark next to a full-width one; converting a mark
    # can make a space removable. Both shrink the text, so this ends.
    for _ in range(MAX_PASSES):
        prev, text = text, tidy_spaces(fullwidth_punctuation(text))
        if text == prev:
            break
    return text


# A newspaper's page mark after the last sentence of an item ("…完成“创卫”任务。①6").
_PAGE_MARK = re.compile(r"(?<=[。！？”])[①-⑳]\d{0,3}$", re.M)
# A comma doubled, or left before another mark (",,", ",。", ",、" on some news sites).
_STRAY_COMMA = re.compile("，+(?=[，。！？；、])")
# A full stop or comma right after a colon ("同志们：。"): a copy's stray mark.
_AFTER_COLON = re.compile("(?<=：)[。，]+")


def tidy_spaces(text: str) -> str:
    """Spaces next to full-width punctuation are copy artefacts; paragraph splitting has
    already used the ones that separated paragraphs. A stray comma before another mark goes."""
    return _PAGE_MARK.sub("", _STRAY_COMMA.sub("", _AFTER_COLON.sub("", _SPACE_NEAR_PUNCT.sub(_group1, text))))


def _group1(m: re.Match) -> str:
    return m.group(1)


# --- masked names (the rule: vocabulary.MASK) --------------------------------------------------

def is_masked(text: str) -> bool:
    return bool(MASK.search(text))


def mask_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in MASK.finditer(text)]


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
    text = normalise_whitespace(unwrap_table_rows(strip_literal_tags(unify_radicals(text))))
    text = rejoin_lone_marks(rejoin_split_runs(text))
    text = remove_mojibake(strip_glued_pinyin(to_simplified(text)))
    text = unlabel_appendix_titles(unlabel_first_headline(chinese_quotes(fullwidth_punctuation(text))))
    marked, trunc = _remove_truncation_markers(text)
    text = remove_spam(remove_watermarks("\n".join(marked)))
    text = drop_replies(cut_tail(text))
    # (a document dump glues "第2页共8页" into its text: the page was converted)
    paged = has_page_numbers(text) or bool(_INLINE_PAGE_FOOTER.search(text))
    text = remove_inline_debris(drop_viewer_summaries(remove_chrome(drop_running_heads(text))))
    text = unnumber_page_chunks(text)
    text = join_spaced_han(join_printed_line_ends(text))
    # Site text is judged on the page's own paragraphs, before a flattened page is cut up
    # (a cut-off piece of a long paragraph is not an intro).
    # A copy of a paragraph cut off mid-sentence and then joined to the next one is a summary
    # of it once joined: judged again on the joined paragraphs, so that a second pass finds
    # nothing more to drop (cleaning is idempotent).
    paras = drop_viewer_summaries("\n".join(join_lines(text))).split("\n")
    text = "\n".join(split_flat_page(remove_site_text(drop_notes_and_next_article(
        drop_host_parts(paras)))))
    # after the wrapped lines are joined, so the number sits between two words
    if paged or has_page_number_run(text):
        text = unglue_page_numbers(text)
    # Splitting a flattened page exposes chrome that was glued to text: remove it again.
    text = remove_chrome(_punctuation_fixpoint(text))
    # A speck letter that a mark or chrome hid at the start of its line ("…: a一") is at
    # the start now; a second cleaning would drop it, so this one does (idempotence).
    lines = [_LEADING_LETTER.sub("", ln) for ln in text.split("\n")]
    # A text that trails off into the first characters of a cut notice ("……预" of 预览):
    # the page was cut there.
    while lines and not lines[-1]:
        lines.pop()
    cut = False
    for _ in range(MAX_PASSES):    # "……预……预": a notice cut twice
        if not (lines and _TRAILING_CUT.search(lines[-1][-24:])):
            break
        lines[-1] = (lines[-1][:-24] + _TRAILING_CUT.sub("", lines[-1][-24:])).rstrip()
        if not lines[-1] or is_chrome_line(lines[-1]):   # what is left may be furniture
            lines.pop()
        cut = True
    if cut:
        lines.append(GAP)
        trunc.truncated = True
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
