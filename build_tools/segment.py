"""Segmentation stage: one cleaned page -> the speeches on it.

A compilation page ("第N篇", "【篇一】", "范文一", "讲话稿一:") is split at its marker lines,
each part titled from its own marker; the compilation's own header goes. Inside a part
(or a single-speech page), a salutation line ("同志们:") that follows a substantial body
starts another speech: copy-paste pages repeat a speech or append a different one under
the same title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cleaning import GAP, LENGTH_LABEL, MENU_MIN_ITEMS, PHOTO_LABEL, TRAILING_DOTS, is_sentence
from .vocabulary import ADDRESS, HAN, ROLE_WORD, SALUTATION, SALUTATION_WORDS, SENTENCE_END

# Only a salutation followed by a colon opens a speech; "同志们，…" / "同志们！" close one.
_OPENING = re.compile(f"^(?:{SALUTATION_WORDS})[：:]")

#: Parts shorter than this many characters are teasers or fragments, not speeches.
MIN_SPEECH_CHARS = 200
#: ...unless a paywall cut the page and the part opens with its salutation: then it is the
#: start of a speech the site hides the rest of (a preview can show under 200 characters).
MIN_CUT_SPEECH_CHARS = 100

_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+"
# What a unit's name ends with (a bureau, an office, a town, a school ...).
_UNIT_SUFFIX = r"(?:局|委员会|委|办公室|办|中心|公司|集团|学校|院|所|站|街道|社区|镇|乡|区|县)"
_MARKERS = [
    re.compile(rf"^第\s*({_NUM})\s*篇(?:[\s:：、.．|｜]+(.*))?$"),
    re.compile(rf"^[【\[［〔]\s*(?:第\s*)?(?:篇|范文|材料|文章|稿)?\s*({_NUM})\s*(?:篇)?\s*[】\]］〕]\s*(.*)$"),
    re.compile(rf"^(?:范文|篇目?|讲话稿|发言稿|讲话|材料|精选范文|参考范文)\s*({_NUM})\s*[:：、.．]?\s*(.*)$"),
    # "<title>讲话稿一:" — a numbered title ending with a colon.
    re.compile(rf"^(.{{4,60}}?(?:讲话稿?|发言稿?|致辞|讲稿|范文))\s*({_NUM})\s*[:：]$"),
    # "<title>【第一篇】" — a collection that repeats one title over its pieces numbers them
    # after it.
    # (in round brackets only with 第: "…讲话稿(9篇)" is a compilation's count, not a piece)
    re.compile(rf"^(.{{4,60}}?(?:讲话稿?|发言稿?|致辞|讲稿|范文|报告))\s*(?:[【\[［〔]\s*第?\s*({_NUM})\s*篇\s*[】\]］〕]"
               rf"|[（(]\s*第\s*({_NUM})\s*篇\s*[)）])$"),
    # "<title>篇一", "<title>2" — the same repeated title numbered bare after it (a 范文 page's
    # pieces, each opening with its salutation). Only a run of two or more counts (see
    # `_REPEATED_KINDS`): one "…讲话稿2" alone may be a site's own file name. Bare numbers are
    # one or two digits, so a year ("…报告2023") is no piece.
    re.compile(rf"^(.{{4,60}}?(?:讲话稿?|发言稿?|致辞|讲稿|范文|报告))\s*(?:篇\s*({_NUM})|([0-9０-９]{{1,2}}))$"),
    # "市城市管理局：以绣花功夫管好城市" — a page of excerpts (发言摘登) sets each unit's pledge
    # under the unit's name and its own headline, a line that ends no sentence. Only a run of
    # two or more counts: one such line is a heading of a single text. An account's page may
    # set the unit's name alone, after a bullet mark ("▶ 县城市管理执法局"): no title then.
    re.compile(rf"^(?:[▶►▷■◆●★][ \t]*)?(?:([{HAN}（）()]{{1,16}}?{_UNIT_SUFFIX}[：:][^。！？；，、：:\s]{{4,30}})"
               rf"|[{HAN}（）()]{{1,16}}?{_UNIT_SUFFIX})$"),
]
# A piece's bare number on a line of its own ("（二）：", "二、", "3.", "篇二"): the pieces of a
# collection printed under one heading, numbered without titles of their own.
_PIECE_NUMBER = re.compile(rf"^(?:[（(]\s*{_NUM}\s*[)）]|{_NUM}\s*[、.．]|篇\s*{_NUM})\s*[:：]?$")


def numbered_piece(head: list[str]) -> bool:
    """The last line above a text is a bare piece number (`_PIECE_NUMBER`)."""
    return bool(head) and bool(_PIECE_NUMBER.match(head[-1].strip()))


#: Markers whose first group is the title (the others: the number, then the title).
_TITLE_FIRST = (3, 4, 5, 6)
#: Marker kinds that mark pieces only when the page holds at least two of them.
_REPEATED_KINDS = (5, 6)

#: A news item that opens with its dateline and date ("本报讯 9月4日，…召开…") is complete far
#: shorter than a speech: the shortest real ones seen are a county site's two-sentence report
#: of a 创城 meeting (186 characters) and a bureau's one-paragraph item (107).
MIN_REPORT_CHARS = 100
# (a bulletin's item may report an inspection rather than a meeting: 调研/督查/视察…)
_NEWS_LEAD = re.compile(r"^(?:[^，。\d]{0,12}(?:讯|消息)\s*(?:[（(][^）)]{0,20}[)）])?\s*(?:[^。]{0,60}?[，,])?)?"
                        r"(?:(?:\d{1,2}月)?\d{1,2}日|日前|近日|近期|[昨今]天|[昨今]日)[^。]{0,80}?"
                        r"(?:召开|举行|调研|督查|督导|检查|视察|察看|走访)")

#: A body shorter than this (characters) before a salutation is the same speech's head,
#: not a finished speech. Real speeches run 1,500–10,000 characters; 300 is far below that
#: and above any page header.
MIN_BODY_BEFORE_SPLIT = 300

_TITLE_WORDS = re.compile(r"讲话|发言|致辞|报告|讲稿|会议|大会|动员|推进|部署|调度|座谈|上的|会上|召开|举行|督查|调研")
_DATE_LINE = re.compile(r"^[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[)）]$")
_TITLE_TAIL = re.compile(r"(讲话稿?|发言稿?|致辞|讲稿)(?:会议发言|发言材料|范文|精选|稿件|全文|大全|"
                         r"[（(]\d+篇[)）]|\d+篇)$")


@dataclass
class Part:
    """One speech as found on a page, before metadata."""
    title: str | None
    paragraphs: list[str]
    head: list[str] = field(default_factory=list)   # non-body lines above the speech
    part: int | None = None                          # position on a compilation page
    marker_title: str | None = None

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class Page:
    header: list[str]
    parts: list[Part]
    compilation: bool


# A document number ("〔2023〕14号", "[2021]7号", "县政办〔2022〕3号"): the year in brackets is
# no piece of a compilation.
_DOC_NUMBER = re.compile(r"^[^\s，。]{0,10}[〔\[［【(（]\s*(?:19|20)\d{2}\s*[〕\]］】)）]\s*第?\s*\d{1,4}\s*号")


def marker(line: str) -> tuple[str | None, int] | None:
    """(title or None, kind of marker: index in _MARKERS) when the line is a compilation marker."""
    if _DOC_NUMBER.match(line):
        return None
    for i, rx in enumerate(_MARKERS):
        m = rx.match(line)
        if m:
            title = (m.group(1) or "") if i in _TITLE_FIRST else (m.group(2) or "").strip()
            return clean_title(title) or None, i
    return None


# Labels a site puts on a title: a field name before it ("标题：", "本文标题："), a count or
# compilation note after it ("（精选5篇）", "通用10篇", "800字", "范文3", "汇编").
_TITLE_FIELD = re.compile(r"^(?:本文|文章)?标题\s*[:：]\s*")
_TITLE_LABEL = re.compile(
    r"\s*(?:[（(【\[]\s*(?:精选|通用|优选|热门|最新|合集|汇编|汇总|集锦|推荐|共)?\s*[\d一二两三四五六七八九十]+\s*篇\s*[)）】\]]"
    r"|(?:精选|通用|优选|热门|最新)\s*\d+\s*篇|\d+\s*篇|\d{2,5}\s*字|(?:优秀|经典|通用|最新)?(?:范文|模板|例文)\s*\d*|大全|精选|合集|汇编"
    # the compilation's numbering after the title ("篇1", "【第一篇】"), a date line glued on
    r"|篇\s*[\d一二三四五六七八九十]+|[【\[［]\s*第?\s*[\d一二三四五六七八九十]+\s*篇\s*[】\]］]"
    # (or bare after what the pieces are, "…讲话稿1": no speech is titled with a number there)
    r"|(?<=讲话稿|发言稿|致辞稿|演讲稿)\s*\d{1,2}"
    r"|[（(]\s*\d{4}\s*年[^()（）]{0,10}[)）]"
    # a blog's posting stamp after the post's title ("…的讲话 (2012-05-21 09:44:31)")
    r"|[（(]\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*[)）]"
    # a repost's note of where it came from ("…的讲话（转自区政府网）", "(来源：…)")
    r"|[（(]\s*(?:转自|转载自|摘自|选自|来自|来源[:：]?)[^()（）]{1,24}[)）]"
    # a document site's file name: the title with its file type ("…的讲话.docx")
    r"|\.(?:docx?|wps|pdf|pptx?|txt|rtf)"
    # a 范文 site's note on the copy ("（完整）", "(完整版)", "【精品】", "(word可编辑)", "（定稿）")
    r"|[（(【\[]\s*(?:完整|全文|定稿|终稿|最新|精选|精品|精编|推荐|优选|原创|范文|通用|热门|word|可编辑|修改|新)+版?\s*[)）】\]]"
    # a file copied on a desktop ("…的讲话 - 副本")
    r"|\s*-\s*副本"
    # a forum's or portal's button printed after the headline, set apart by a space
    # ("…观摩推进活动 [复制链接]", "…的讲话 【打印】"): square brackets round a few characters
    r"|\s[\[［【][^\]］】\d\s]{2,6}[\]］】])$", re.I)


_FIELD_LINE = re.compile(r"^(?:本文|文章)?标题\s*[:：]\s*(.{4,60})$")


# A 范文 site's intro names the piece it serves ("下面是小编为大家整理的…讲话【完整版】，供大家参考"):
# on a page with no title line of its own, that is its title.
_INTRO_NAMES = re.compile(r"(?:小编|本站|本网)(?:为(?:大家|您|你))?(?:精心)?(?:整理|收集|搜集|精选|准备|带来|分享)"
                          r"(?:的|了)?(?:关于)?[“\"]?([^“”\"，。！？,\n]{6,60}?)[”\"]?(?:【[^】\n]{0,10}】)?"
                          r"[，,。](?:供|欢迎|希望|仅供|以供)")


def intro_title(text: str) -> str | None:
    """The piece a site's intro says it serves, when it names a speech."""
    m = _INTRO_NAMES.search(text)
    title = clean_title(m.group(1)) if m else None
    return title if title and is_title_line(title) else None


def title_field(text: str) -> str | None:
    """A "标题：…" / "本文标题：…" line anywhere on the page (sites print it in the footer)."""
    for line in text.split("\n"):
        m = _FIELD_LINE.match(line.strip())
        if m:
            return clean_title(m.group(1)) or None
    return None


# A page number a document dump glued before a title that opens with a year ("12023年…").
_PAGE_DIGIT = re.compile(r"^\d(?=(?:19|20)\d{2}年)")
# A word printed with its characters spaced out ("的 讲 话"): single characters apart.
_SPACED_CHAR = re.compile(f"(?<=[{HAN}]) (?=[{HAN}](?: |$))")


# A bar between a page's parts (column | headline | site); self-media print it as 丨, an
# ideograph no Chinese word uses.
BAR = "[|｜丨]"


# A column's slogan in brackets before a news headline ("【共建文明城市 共享城市文明】…"), or a
# document site's label before a joined title ("（范文）与…讲话稿合集").
# A column's name before a bar ("快讯｜…", "本地要闻 | …") is the column's too; self-media
# print the bar as the ideograph 丨 ("创城一线丨…").
_COLUMN = re.compile(r"^(?:[【\[［][^】\]］]{2,24}[】\]］]|[（(](?:范文|精选|推荐|原创|[\d一二两三四五六七八九十]+篇)[)）]与?"
                     rf"|[{HAN}]{{2,6}}?\s*{BAR}(?!.*{BAR}))\s*(?=\S{{6}})")


#: A dump glues the speech's date to its title as eight digits ("…的讲话20120605", probe p55):
#: the date is the header's (metadata.speech_date reads it), not part of the title.
TITLE_GLUED_DATE = re.compile(r"(?<=[话言辞稿])((?:19|20)\d{2})(\d{2})(\d{2})$")


# An e-paper prints a report's sub-headline on the headline's line, after a space ("全市…推进会
# 召开 下足常态功夫 守好金字招牌"): the headline is what says who met.
_SUBHEADLINE = re.compile(r"^(\S{6,40}(?:召开|举行))\s+\S{2}.*$")


def clean_title(title: str) -> str:
    title = _COLUMN.sub("", _TITLE_FIELD.sub("", TITLE_GLUED_DATE.sub("", title.strip(" ：:、.．-—|｜·"))))
    title = _SUBHEADLINE.sub(r"\1", title)
    title = _SPACED_CHAR.sub("", _PAGE_DIGIT.sub("", LENGTH_LABEL.sub("", title)))
    for _ in range(3):  # "讲话稿精选（5篇）": one label after another
        stripped = _TITLE_LABEL.sub("", title)
        if stripped == title or len(stripped) < 4:
            break
        title = stripped
    title = _POSTED_BEFORE.sub("", title)
    # (a row of fields, "栏目：讲话稿 阅读：815", keeps its second field: a row is no title)
    m = _PAGE_WORDS_AFTER.search(title)
    if m and not re.search("[：:]", title[:m.start()]):
        title = title[:m.start()]
    title = _TITLE_TAIL.sub(r"\1", TITLE_BYLINE.sub("", title)).strip(" ：:、.．-—|｜·")
    title = _site_after(title)
    # A dump that runs the page's heading into the article's own prints the title twice
    # (with a space between when the two were separate lines).
    m = _TWICE.match(title) or _TWICE_ACROSS.match(title)
    if m and (m.re is _TWICE or re.search(f"[^{HAN}]", m.group(2))):
        title = m.group(1)
    # A document site's file name dates the file before the speech's own title ("2021年在全区…
    # 上的讲话"): a title that opens with 在 has no year before it.
    return _YEAR_BEFORE_AT.sub("", title)


# What a page prints after a speech's title on its line, set apart by a space: a count, a
# date, a file type or a button ("…的讲话 阅读：356", "…的讲话 2023-03-05", "…的讲话 PDF", "…的讲话
# 免费下载", "…的讲话 第1页"). A word of the title has no digit, Latin letter or colon in it.
_PAGE_WORDS_AFTER = re.compile(r"(?<=讲话|发言|致辞|话稿|言稿)\s+(?:\S*[\dA-Za-z：:]\S*|(?:免费|在线)?(?:下载|阅读|预览)"
                               r"|收藏|分享|打印)$")
# A posting date before a speech's title that opens with 在 ("2023-03-05 在全市…的讲话").
_POSTED_BEFORE = re.compile(r"^(?:19|20)\d{2}[-./]\d{1,2}[-./]\d{1,2}\s+(?=在)")


def _site_after(title: str) -> str:
    """A speech's title copied with the page's <title> tail ("…的讲话_领导讲话_某某市人民政府",
    "…的讲话 - 某某文库"): the title, when the parts after it are short names."""
    parts = _PAGE_TITLE_SEP.split(title)
    if len(parts) > 1 and _SPEECH_TITLE.match(parts[0]) and all(
            len(p) <= 16 and (_SITE_NAME.search(p) or _ORGANISATION.search(p) or _COLUMN_NAME.search(p))
            for p in parts[1:]):
        return parts[0]
    return title


# A column's or document site's name after a title ("领导讲话", "某某文库", "原创力文档").
_COLUMN_NAME = re.compile(r"(?:讲话|文库|文档|频道|专栏|栏目|首页|资料|范文)$")


# A byline run onto the title's line by a flattened copy ("在…的讲话 市委书记 李某", "…的讲话区长
# 邓某"): after what the text is, a post and a name; they are the speaker's, not the title's.
TITLE_BYLINE = re.compile(rf"(?<=讲话|发言|致辞)\s*([{HAN}、]{{0,20}}?{ROLE_WORD}\s*[{HAN}](?:\s?[{HAN}]){{1,2}})$")
_TWICE = re.compile(r"^(.{4,})\s*\1$")
# ...or with what stood between the two copies: a count label ("…讲话稿【通用2篇】…讲话稿"), a
# masked date ("…讲话202X/X/XX…讲话"). Something no word is made of (a digit, a bracket, a
# slash) is in it; a title does not repeat six characters and more around a word.
_TWICE_ACROSS = re.compile(r"^(.{6,}?)\s*([^，。；！？\s]{1,12}?)\s*\1$")
_YEAR_BEFORE_AT = re.compile(r"^(?:19|20)\d{2}\s*年\s*(?=在.{4,}(?:讲话|发言|致辞)稿?$)")


def is_title_line(line: str) -> bool:
    return (4 <= len(line) <= 60 and not re.search(f"[{SENTENCE_END}]", line)
            and bool(_TITLE_WORDS.search(line)) and not SALUTATION.match(line)
            and not is_link_row(line) and not _POSTING_TIME.search(line))


# A posting time ("2022-10-12 07:58"): the byline's, never in a headline. A line holding one
# is a byline, or a headline a copy ran together with its byline and banner.
_POSTING_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")


def is_link_row(line: str) -> bool:
    """A row of links ("网站名 | 首页 | 领导讲话 | …", "某委员会 网站首页 机构概况 政务公开"):
    three items or more between bars, or a site's menu set apart by spaces. It may hold title
    words but is no title. (A headline has two halves at most: "对标补短抓整改 全力冲刺迎测评".)"""
    items = line.split()
    return (len(re.findall(BAR, line)) >= 2
            or (len(items) >= MENU_MIN_ITEMS and all(2 <= len(x) <= 12 for x in items)))


def segment(lines: list[str], cut_at_end: bool = False) -> Page:
    """`cut_at_end`: the text stops where a paywall cut it (see `CleanResult.cut_at_end`)."""
    marks = [(i, m) for i, line in enumerate(lines) if (m := marker(line))]
    for kind in _REPEATED_KINDS:
        if sum(m[1] == kind for _, m in marks) < 2:
            marks = [(i, m) for i, m in marks if m[1] != kind]
    if any(m[1] == _UNIT_HEADING for _, m in marks) and not _excerpts(lines, [i for i, m in marks
                                                                             if m[1] == _UNIT_HEADING]):
        marks = [(i, m) for i, m in marks if m[1] != _UNIT_HEADING]
    if not marks:
        return Page([], _split_salutations(lines, None, None, cut_at_end), False)
    header = lines[:marks[0][0]]
    # The page numbers its speeches with one kind of marker, the first one it uses; another
    # kind inside a part ("第8篇" holding "讲话稿一:" and "讲话稿二:") splits that part but is
    # not a part of the page.
    top_kind = marks[0][1][1]
    parts: list[Part] = []
    number = 0
    for n, (start, (title, kind)) in enumerate(marks):
        if kind == top_kind:
            number += 1
        end = marks[n + 1][0] if n + 1 < len(marks) else len(lines)
        body = lines[start + 1:end]
        if not any(is_sentence(x) for x in body):
            continue
        if kind == _UNIT_HEADING and title is None:
            # A unit's bare name heads no title: each excerpt is read under the page's own
            # head (its headline names the meeting and the kind of text), the unit's name below.
            body = [*header, lines[start], *body]
        parts.extend(_split_salutations(body, title, number, cut_at_end and end == len(lines)))
    return Page(header, parts, True)


#: The kind of marker a unit's name and headline are (see `_MARKERS`).
_UNIT_HEADING = 6
#: Each unit's excerpt holds this many characters of sentences at least (the shortest seen,
#: a bureau's one-paragraph pledge, has 160).
MIN_EXCERPT_CHARS = 100


def _excerpts(lines: list[str], at: list[int]) -> bool:
    """Unit headings mark a page of excerpts when each heads a text of its own and little
    prose stands above the first (a lead at most): a speech's list of units and their tasks
    ("市城管局：负责…" line after line) heads no text, and the speech stands above it."""
    bodies = [lines[a + 1:b] for a, b in zip(at, [*at[1:], len(lines)], strict=True)]
    above = sum(len(x) for x in lines[:at[0]] if is_sentence(x))
    return above < MIN_BODY_BEFORE_SPLIT and all(
        sum(len(x) for x in body if is_sentence(x)) >= MIN_EXCERPT_CHARS for body in bodies)


def _header_above(chunk: list[str]) -> int:
    """How many lines at the end of `chunk` make a new text's header: a whole title ("在…上
    的讲话"), maybe with its speaker and date lines under it. 0 when there is none."""
    for n, line in enumerate(reversed(chunk[-3:]), 1):
        if is_sentence(line):
            return 0
        if _WHOLE_TITLE.match(clean_title(line)):
            return n
    return 0


def _least_chars(chunk: list[str]) -> int:
    """The body a part needs (see `_make_part`): a news item that opens with its lead is
    whole far shorter than a speech."""
    first = next((x for x in chunk if is_sentence(x) or SALUTATION.match(x) or ADDRESS.match(x)), "")
    return MIN_REPORT_CHARS if _NEWS_LEAD.match(first) else MIN_SPEECH_CHARS


def _titled(chunk: list[str]) -> bool:
    """The chunk opens with a salutation under a whole title of its own ("王某同志在…的讲话" /
    "同志们：")."""
    first = next((i for i, x in enumerate(chunk) if is_sentence(x) or _OPENING.match(x)), None)
    return first is not None and bool(_OPENING.match(chunk[first])) and _header_above(chunk[:first]) > 0


def _is_lead(above: list[str]) -> bool:
    """A feature's or an editor's lead above a speech printed under its own title: a few
    sentences (less than a body) that neither open with a salutation nor report a meeting
    in a news lead, which would make them a text of their own."""
    sentences = [x for x in above if is_sentence(x)]
    return (bool(sentences) and sum(map(len, sentences)) < MIN_BODY_BEFORE_SPLIT
            and not any(SALUTATION.match(x) or ADDRESS.match(x) for x in above)
            and not _NEWS_LEAD.match(sentences[0]))


#: A bulletin or a Word file prints several short speeches, each under its title and
#: salutation: two texts that open alike are two speeches from this many characters of
#: sentences each. Measured: v20's two bulletin speeches hold 193 and 195; a closing word of
#: 128 under a header of its own stays with the speech above (round four's rule), so the
#: bar sits between them.
MIN_TITLED_SPEECH_CHARS = 150


def _least_between(above: list[str], below: list[str]) -> int:
    """The body the text above a titled salutation needs to be a part of its own."""
    return MIN_TITLED_SPEECH_CHARS if _titled(above) and _titled(below) else _least_chars(above)


def _split_salutations(lines: list[str], title: str | None, part: int | None,
                       cut_at_end: bool = False) -> list[Part]:
    chunks: list[list[str]] = [[]]
    by_header: list[bool] = [False]
    body_chars = 0
    for line in lines:
        # A salutation under a header of its own (title, speaker, date) opens another text
        # once the text above is a whole part (a compilation's short speeches, a report with
        # the speech it reports printed after it); without a header it takes a body no head
        # of a page reaches.
        header = _header_above(chunks[-1]) if _OPENING.match(line) else 0
        cut = len(chunks[-1]) - header
        if _OPENING.match(line) and (body_chars >= MIN_BODY_BEFORE_SPLIT or (
                header and body_chars >= _least_between(chunks[-1][:cut], [*chunks[-1][cut:], line]))):
            carry: list[str] = []
            # The title line just above the salutation belongs to the new speech.
            while chunks[-1] and not is_sentence(chunks[-1][-1]) and len(carry) < max(2, header):
                carry.insert(0, chunks[-1].pop())
            chunks.append(carry)
            by_header.append(body_chars < MIN_BODY_BEFORE_SPLIT)
            body_chars = 0
        elif header and len(chunks) == 1 and _is_lead(chunks[0][:cut]):
            # (the sentences above go; the lines that are not, the page's headline among
            # them, stay in the speech's head)
            chunks[0] = [x for x in chunks[0] if not is_sentence(x)]
            body_chars = 0
        chunks[-1].append(line)
        if is_sentence(line):
            body_chars += len(line)
    # A text split off by its header alone that is too short for a part of its own stays
    # with the text above it: no sentence is lost to the split.
    for n in range(len(chunks) - 1, 0, -1):
        least = _least_between(chunks[n - 1], chunks[n]) if _titled(chunks[n - 1]) else _least_chars(chunks[n])
        if by_header[n] and sum(len(x) for x in chunks[n] if is_sentence(x)) < least:
            chunks[n - 1].extend(chunks.pop(n))
    # (see `_least_between`: each of several titled speeches is a part at a preview's length)
    several = len(chunks) > 1 and all(_titled(x) for x in chunks)
    out = []
    for n, chunk in enumerate(chunks):
        p = _make_part(chunk, title, part, cut_at_end and n == len(chunks) - 1, several)
        if p:
            out.append(p)
    return out


def _is_cut_sentence(line: str) -> bool:
    """The sentence a paywall cut off: prose with a clause break and a dozen Han characters.
    Page names and tags left at the end of a page have neither."""
    return bool(re.search("[，、；：]", line)) and han_count(line) >= 12


def _cut_prose(line: str) -> bool:
    """Prose that trails off into dots (a short line without a sentence in it is a teaser of
    another page)."""
    return bool(TRAILING_DOTS.search(line)) and (len(line) > 40 or "。" in line)


_STOPS_MID_WORD = re.compile(f"[。！？；][^。！？；]{{0,30}}[{HAN}]$")
_GLUED_JUMP = re.compile(r"(?<=\S)\s*[（(](?:下|上)?转(?:第)?\s*[\dA-Z一二三四五六七八九十]+\s*版[)）]$")


def _make_part(lines: list[str], marker_title: str | None, part: int | None,
               cut_at_end: bool = False, titled: bool = False) -> Part | None:
    first = next((i for i, x in enumerate(lines)
                  if is_sentence(x) or SALUTATION.match(x) or ADDRESS.match(x)), None)
    if first is None:
        return None
    head, body = lines[:first], lines[first:]
    # Trailing lines that are not sentences (a repeated title, a tag, a page name) are the
    # page's, not the speech's; a closing like "谢谢大家！" ends with punctuation and stays,
    # and so does a sentence a paywall cut short.
    while body and (body[-1] == GAP or (
            not re.search(f"[{SENTENCE_END}!?”」』]$", body[-1]) and not _cut_prose(body[-1])
            # a heading or a tag, or a row of links (no clause in it)
            and (len(body[-1]) <= 40 or not re.search("[，、；]", body[-1]))
            and not (cut_at_end and _is_cut_sentence(body[-1]))
            and not _GLUED_JUMP.search(body[-1])
            and not _ANNOUNCES.search(body[-1]))):
        body.pop()
    # A text that trails off into dots mid-sentence was cut by the site: the omission mark
    # makes it visible (and the speech `truncated`).
    if body and _cut_prose(body[-1]):
        body[-1] = TRAILING_DOTS.sub(GAP, body[-1])
    # A report that ends by jumping to another page of the paper ("…环境整治，（下转二版）")
    # goes on where this page does not: it was cut there.
    if body and _GLUED_JUMP.search(body[-1]):
        body[-1] = _GLUED_JUMP.sub(GAP, body[-1])
    # Prose that stops in the middle of a word ("…问题突出。我们虽"): a dump or preview ends
    # there, no speech or report does.
    elif body and _STOPS_MID_WORD.search(body[-1]) and len(body[-1]) > 40:
        body[-1] += GAP
    opens = bool(body) and bool(SALUTATION.match(body[0]) or ADDRESS.match(body[0]))
    # A piece the page itself numbers is a piece, not a teaser: a 范文 page's short samples
    # (x17/x18 of the eval set: 150–250 characters each) are the speeches it offers.
    least = MIN_CUT_SPEECH_CHARS if (cut_at_end and opens) or part is not None else MIN_SPEECH_CHARS
    if titled:
        least = min(least, MIN_TITLED_SPEECH_CHARS)
    if body and _NEWS_LEAD.match(body[0]):
        least = MIN_REPORT_CHARS
    if sum(len(x) for x in body) < least:
        return None
    title = marker_title or head_title(head) or headline(head, body)
    body = _drop_earlier_copies(body)
    # "……" between a summary and the article under its own headline ends the summary:
    # nothing was cut there.
    body = [x for i, x in enumerate(body)
            if not (x == GAP and i + 2 < len(body) and is_title_line(body[i + 1])
                    and not is_sentence(body[i + 1]) and not _HEADING.match(body[i + 1]))]
    # A text that stops where the speaker announces his points ("下面，我先讲三点意见。",
    # "…作如下部署：") was cut there: no speech ends so.
    if _ANNOUNCES.search(body[-1]) and len(body) > 1:
        body.append(GAP)
    # The title printed again inside the text (above a second copy, or a page's repeat) is
    # the page's, not the speech's.
    if title:
        body = [x for x in body if clean_title(x) != title] or body
    return Part(title, body, head, part, marker_title)


# A complete title ends with what the text is; a line that doesn't is the first half of a
# title wrapped over two lines ("在全市巩固国家卫生城市" / "工作会议上的讲话").
_TITLE_END = re.compile(r"(?:讲话|发言|致辞|报告|讲稿|稿|会|会议|大会|纪要|[篇字])$")
_FRAGMENT = re.compile(f"^[{HAN}0-9０-９“”《》、·]{{2,40}}$")


# An outline's heading ("一、…", "（二）…"): a table of contents above the text, never a title.
_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|第[一二三四五六七八九十]+[，、])")
# Where one document title ends and the next begins in a dump that runs them together.
_TITLE_JOIN = re.compile(r"(?:(?:讲话|发言)(?:范文|文)?稿?|致辞|文稿)(?=[^\s，。])")


def _last_title(line: str) -> str:
    """A head line too long for one title is several run together ("…发言稿与…发言稿领导在
    …的发言文稿"): the last one is the text's own."""
    # a break leaves a whole title after it (8+ characters), not a suffix like "文稿"
    ends = [m.end() for m in _TITLE_JOIN.finditer(line) if len(line) - m.end() >= 8]
    # the same title printed twice in a row, the first time with a label ("封书记在…讲话在…讲话")
    repeat = next((line[e:] for e in ends if line[:e].endswith(line[e:])), None)
    if repeat:
        return clean_title(repeat)
    if len(line) <= 60:
        # A shorter run is split only where a whole speech title follows a title's end word:
        # a document site's "A讲话稿与B讲话稿" file name glued to the title itself.
        whole = [e for e in ends if _SPEECH_TITLE.match(line[e:].lstrip("与和及"))]
        return (clean_title(line[whole[-1]:].lstrip("与和及")) or line) if whole else line
    if not ends:
        return line
    return clean_title(line[ends[-1]:].lstrip("与和及")) or line


_SPEECH_TITLE = re.compile(r"^(?:.{0,12}在).{4,}(?:讲话|发言|致辞)稿?$")
# A speech's title in full, as its own header prints it: 在, the meeting, 上的 and what the
# text is.
_OWN_TITLE = re.compile(r"^在.{4,}会议?上的(?:讲话|发言|致辞|表态发言|报告)$")


# A field of a minutes' header ("会议主持人：…", "会议地点：…", "讲话人：…"): never the title.
# (A news headline may open with a place and a colon, "肥城：…推进会召开": not a field.)
# (A repost's "原标题：…" names the source's headline; the page's own headline is above it.)
# A row of two short fields or more ("分类：讲话稿 浏览：321", "讲话人：X（县长）时间：…") is a
# post's info row whatever its labels: a headline holds one colon at most.
_FIELD_LABEL = re.compile(r"^(?:会议)?[^：:]{0,4}(?:时间|地点|主持人?|参会人员|出席人员|人员|内容|主题|议题|记录人?"
                          r"|(?:讲话|发言)人|原标题)[：:]"
                          rf"|^[{HAN}]{{2,4}}[：:][^：:]+[\s）)][{HAN}]{{2,4}}[：:]")


def _common_tail(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


_ANNOUNCES = re.compile(r"^[^。！？]{0,8}(?:下面|接下来|现在)[，,]?[^。！？]{0,16}?(?:讲|谈|强调|提)[^。！？]{0,12}?"
                        r"(?:意见|问题|看法|要求|方面|几点|件事)[。：:]$"
                        # a list announced with a colon ("…作如下部署：", "我强调三点：")
                        r"|(?:如下|以下|[一两二三四五六七八九十几]+(?:点|个方面|件事|条))[^。！？]{0,10}[：:]$")
_KICKER = re.compile(r"(?:强调|指出|要求|表示|提出)$")
# One line of a headline printed under its kicker: words and the spaces between its halves.
_HEADLINE_PART = re.compile(rf"^[{HAN}“”、 ]{{4,24}}$")
# A two-part headline of balanced halves ("对标补短抓整改　全力冲刺迎测评"): news and
# bulletins title reports so, often with no word that names a meeting.
_COUPLET = re.compile(rf"^([{HAN}“”]{{5,12}}) ([{HAN}“”]{{5,12}})$")
_ORGANISATION = re.compile(r"(?:政府|委员会|办公室|办事处|网|报|站|中心|局|委)$")


#: A cover prints its title in big type, a few characters a line ("2023" / "年创城" / "动员大会"
#: / "讲话稿", probe p54): the lines of such a run are this short at most.
COVER_LINE_MAX = 6
#: ... and the run has at least this many lines (a title wrapped once is two lines, joined below).
COVER_LINES_MIN = 3


def _join_cover_title(lines: list[str]) -> list[str]:
    """The run of very short fragments right above the text, joined when together they make
    a title that ends with what the text is."""
    n = 0
    while n < len(lines) and len(lines[-1 - n]) <= COVER_LINE_MAX and _FRAGMENT.match(lines[-1 - n]):
        n += 1
    joined = "".join(lines[len(lines) - n:])
    if n >= COVER_LINES_MIN and _TITLE_END.search(joined) and is_title_line(joined):
        return lines[:len(lines) - n] + [clean_title(joined)]
    return lines


def head_title(head: list[str]) -> str | None:
    """The last title line above the text, joined with the line above it when that line
    is the first half of the same title. A later line that only repeats the end of an
    earlier title (a teaser of the text) gives way to it."""
    lines = _join_cover_title([_last_title(clean_title(x)) for x in head])
    # (the raw lines kept in step with `lines`: a joined cover title is one line of both)
    head = head[:len(lines) - 1] + [lines[-1]] if len(lines) < len(head) else head
    for i in range(len(lines) - 1, -1, -1):
        if not is_title_line(lines[i]) or _HEADING.match(lines[i]) or _FIELD_LABEL.match(lines[i]) \
                or _BRACKETED_LINE.match(lines[i]) or _SAMPLE_LABEL.search(lines[i]):
            continue
        # A subtitle under a headline that only names who attended ("X、Y参加调研", probe
        # p49) is neither the title nor its second half.
        if i and _ATTENDED.match(lines[i]) and is_title_line(lines[i - 1]):
            continue
        # A title wrapped before its last word ("在…动员大会上的" / "讲话"): the short line under
        # it finishes it.
        tail = lines[i + 1] if i + 1 < len(lines) else ""
        if _WRAPPED_TAIL.match(tail) and not _TITLE_END.search(lines[i]) \
                and _WHOLE_TITLE.match(lines[i] + tail):
            return lines[i] + tail
        # A kicker above the headline ("X在…会上要求" / "压实责任 攻坚克难" / "全力冲刺…目标"):
        # the headline below it, a line or two of words without a meeting word, is the title.
        # (Under a headline, a kicker's next line is a subtitle: the headline above wins.)
        below = [x for x in lines[i + 1:] if x]
        above = any(is_title_line(x) and not _KICKER.search(x) for x in lines[:i])
        if (_KICKER.search(lines[i]) and not above and 1 <= len(below) <= 2
                and all(_HEADLINE_PART.match(x) for x in below)):
            return " ".join(below)
        # A news page's kicker under its headline ("X在…会上强调") leads into the quote; the
        # headline above it ("X出席…会并讲话") is the title.
        if _KICKER.search(lines[i]) and any(is_title_line(x) and not _KICKER.search(x)
                                            for x in lines[:i]):
            continue
        # The page prints its title twice (a heading and the article's own): that one;
        # unless the line is the speech's own title in full ("在…会上的讲话") and the repeat
        # is not: a repost's heading shortens the title its header then prints.
        twice = next((x for x in lines[:i] if lines.count(x) > 1 and is_title_line(x)), None)
        if twice and lines.count(lines[i]) == 1 and not (
                _OWN_TITLE.match(lines[i]) and not _OWN_TITLE.match(twice)):
            return twice
        longer = next((x for x in lines[:i] if len(x) > len(lines[i]) and is_title_line(x)
                       and _common_tail(x, lines[i]) >= 0.8 * len(lines[i])), None)
        if longer:
            return longer
        prev = lines[i - 1] if i else ""
        # (a line that is a whole title by itself is not the second half of one: the short
        # line above it is a column's name or a label, "沧江明珠" / "内容预览：")
        if (prev and _FRAGMENT.match(prev) and not _TITLE_END.search(prev)
                and not _DATE_LINE.match(prev) and not _PAPER_NAME.search(prev)
                and len(prev) + len(lines[i]) <= 60
                and not _WHOLE_TITLE.match(lines[i]) and not re.search("[：:]$", head[i - 1].strip())):
            return prev + lines[i]
        return lines[i]
    return None


# A paper's name printed above its e-paper item ("鲁山快报", probe p69): the masthead, not
# the first half of the headline under it.
_PAPER_NAME = re.compile(r"(?:日报|晚报|快报|早报|周报|时报|商报|导报|周刊)$")


# A 范文 site's label over one sample of a set, numbered in brackets ("城市管理工作会议总结【二】",
# probe p66): the set's name, not the title of the text under it.
_SAMPLE_LABEL = re.compile(r"【[一二三四五六七八九十\d]{1,3}】$")


# The last word of a title, wrapped onto a line of its own ("讲话", "上的讲话", "发言稿").
_WRAPPED_TAIL = re.compile(r"^(?:会?上的|的)?(?:讲话|发言|致辞|表态发言)稿?$")


# Names, then 出席/参加 and at most a word ("活动", "调研", "并讲话"): who attended, no title.
_ATTENDED = re.compile(f"^[{HAN}、 ]{{2,14}}(?:出席|参加)[{HAN}]{{0,4}}$")


# A line wholly in brackets under a title is its header: the time and room of the meeting
# ("（11月3日9:30，市行政中心八楼会议室）" reads as a title by its 会议).
_BRACKETED_LINE = re.compile(r"^[（(][^（）()]{4,40}[)）]$")


# A title complete by itself: a speech's "在…上的讲话" or a report's "X召开…会".
_WHOLE_TITLE = re.compile(r"^(?:.{0,12}在).{4,}(?:讲话|发言|致辞)稿?$|^.{2,16}(?:召开|举行).{2,}会议?$")
# A news item's lead: a dateline ("本报讯（记者 X）", "本报淄博4月7日电") or a date opens it; a
# short item may open with its leader's words ("韦海平指出，…", probe p56).
_DATELINE = re.compile(r"^(?:[^，。\d]{0,12}(?:讯|消息)|本[报网刊台站][^，。]{0,12}?(?:讯|电)"
                       rf"|(?:\d{{1,2}}月)?\d{{1,2}}日|日前|近日|[{HAN}]{{2,3}}(?:指出|强调)[，,：:])")


# A lead may open with one short sentence before its date ("全市现场会将于下旬在这里召开。
# 7月11日，…", probe p72): the dated sentence right after it makes it a news lead all the same.
_PREFACED_LEAD = re.compile(r"^[^。！？，]{4,40}[。！](?=\s*(?:\d{1,2}月)?\d{1,2}日)")


def headline(head: list[str], body: list[str]) -> str | None:
    """A report's headline need not name a meeting ("推动健康县城建设向纵深发展"): a balanced
    two-part headline in the head ("对标补短抓整改　全力冲刺迎测评"), or the line right above
    a news lead, if it is short and holds no sentence mark, bracket ("【内容提要】"), year,
    field label or organisation's name (a site's banner, "…人民政府")."""
    lines = [clean_title(x) for x in head if x.strip()]
    # (near the text: a headline sits above its subtitle at most, not up in the page's bars)
    for line in reversed(lines[-2:]):
        m = _COUPLET.match(line)
        if m and abs(len(m.group(1)) - len(m.group(2))) <= 2:
            return line
    if not (lines and body and (_DATELINE.match(body[0]) or _PREFACED_LEAD.match(body[0]))):
        return None
    # A photo's label between the headline and the lead ("启动仪式", probe p68) is a word or two
    # of the picture, not the headline.
    while len(lines) >= 2 and PHOTO_LABEL.match(lines[-1]):
        lines.pop()
    t = lines[-1]
    if (6 <= len(t) <= 40 and not re.search(f"[{SENTENCE_END}，：:【】\\[\\]]", t)
            and not is_link_row(t)
            and not re.search(r"\d{4}", t) and not _FIELD_LABEL.match(t)
            and not _ORGANISATION.search(t)):
        return t
    return None


# A page's <title> runs the article's title and the site's or column's name together:
# "…动员大会_苍南新闻网", "…的讲话-济南市历下区人民政府", "…讲话 | 某网". (An unspaced dash
# between two Han characters parts them too; "——" joins a title to its subtitle.)
_PAGE_TITLE_SEP = re.compile(rf"\s*(?:_|{BAR}|\s[-—–]+\s|(?<=[{HAN}])-(?=[{HAN}]))\s*")


def page_headline(page_title: str, head: list[str], tag: str | None = None) -> str | None:
    """The article's title in a page's <title>: its first part when the text's head prints
    it too (a headline needs no meeting word: "把创卫任务落实到每一个楼院"), else the first
    part that reads as a title, else the headline a news site's `tag` (the <title> as
    written) gives before its own name. A site's or organisation's name is none of these."""
    parts = [t for p in _PAGE_TITLE_SEP.split(page_title.strip()) if (t := clean_title(p))]
    if not parts:
        return None
    printed = {clean_title(x) for x in head}
    if parts[0] in printed and len(parts[0]) >= 6 and not _ORGANISATION.search(parts[0]):
        return parts[0]
    return next((p for p in parts if is_title_line(p)), None) or _site_headline(parts[0], tag)


# The name of a site, paper or station after a headline in a <title> ("…_钦州新闻网", "…-某某日报").
_SITE_NAME = re.compile(r"(?:网|网站|在线|之窗|门户|日报|晚报|报|电视台|融媒|客户端)$")


def _site_headline(headline: str, tag: str | None) -> str | None:
    """`headline` when the page's <title> reads "<headline>_<site's name>": the shape news and
    portal pages give every article, whatever words its headline uses ("“创城有我”志愿服务
    行动启动" names no meeting). The page's heading (which the reader takes the headline from)
    and its <title> agree on it."""
    tag_parts = [t for p in _PAGE_TITLE_SEP.split((tag or "").strip()) if (t := p.strip())]
    if (len(tag_parts) >= 2 and clean_title(tag_parts[0]) == headline and _SITE_NAME.search(tag_parts[-1])
            and 6 <= len(headline) <= 40 and not _ORGANISATION.search(headline) and not is_link_row(headline)):
        return headline
    return None


def _drop_earlier_copies(body: list[str]) -> list[str]:
    """The same text twice in one speech (printed twice in a row, or a summary and then the
    full text): the earlier copy goes. A paragraph of prose is a copy when the same
    paragraph comes again later; the short lines around it (salutation, title, an omission
    mark) go with it when they too come again or mark the gap."""
    last = {ln: i for i, ln in enumerate(body)}
    drop = {i for i, ln in enumerate(body) if len(ln) >= 20 and is_sentence(ln) and last[ln] > i}
    if not drop:
        return body
    grown = True
    while grown:
        grown = False
        for i, ln in enumerate(body):
            if i in drop or not ({i - 1, i + 1} & drop):
                continue
            if ln == GAP or (not is_sentence(ln) and last[ln] > i):
                drop.add(i)
                grown = True
    return [ln for i, ln in enumerate(body) if i not in drop]


def han_count(text: str) -> int:
    return len(re.findall(f"[{HAN}]", text))
