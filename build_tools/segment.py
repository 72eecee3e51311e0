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

from .cleaning import GAP, is_sentence
from .vocabulary import ADDRESS, HAN, SALUTATION, SALUTATION_WORDS, SENTENCE_END

# Only a salutation followed by a colon opens a speech; "同志们，…" / "同志们！" close one.
_OPENING = re.compile(f"^(?:{SALUTATION_WORDS})[：:]")

#: Parts shorter than this many characters are teasers or fragments, not speeches.
MIN_SPEECH_CHARS = 200
#: ...unless a paywall cut the page and the part opens with its salutation: then it is the
#: start of a speech the site hides the rest of (a preview can show under 200 characters).
MIN_CUT_SPEECH_CHARS = 100

_NUM = r"[0-9０-９一二三四五六七八九十百零〇]+"
_MARKERS = [
    re.compile(rf"^第\s*({_NUM})\s*篇(?:[\s:：、.．|｜]+(.*))?$"),
    re.compile(rf"^[【\[［〔]\s*(?:第\s*)?(?:篇|范文|材料|文章|稿)?\s*({_NUM})\s*(?:篇)?\s*[】\]］〕]\s*(.*)$"),
    re.compile(rf"^(?:范文|篇目?|讲话稿|发言稿|讲话|材料|精选范文|参考范文)\s*({_NUM})\s*[:：、.．]?\s*(.*)$"),
    # "<title>讲话稿一:" — a numbered title ending with a colon.
    re.compile(rf"^(.{{4,60}}?(?:讲话稿?|发言稿?|致辞|讲稿|范文))\s*({_NUM})\s*[:：]$"),
]

#: A body shorter than this (characters) before a salutation is the same speech's head,
#: not a finished speech. Real speeches run 1,500–10,000 characters; 300 is far below that
#: and above any page header.
MIN_BODY_BEFORE_SPLIT = 300

_TITLE_WORDS = re.compile(r"讲话|发言|致辞|报告|讲稿|会议|大会|动员|推进|部署|调度|座谈|上的|会上")
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


def marker(line: str) -> tuple[str | None, int] | None:
    """(title or None, kind of marker: index in _MARKERS) when the line is a compilation marker."""
    for i, rx in enumerate(_MARKERS):
        m = rx.match(line)
        if m:
            title = m.group(1) if i == 3 else (m.group(2) or "").strip()
            return clean_title(title) or None, i
    return None


# Labels a site puts on a title: a field name before it ("标题：", "本文标题："), a count or
# compilation note after it ("（精选5篇）", "通用10篇", "800字", "范文3", "汇编").
_TITLE_FIELD = re.compile(r"^(?:本文|文章)?标题\s*[:：]\s*")
_TITLE_LABEL = re.compile(
    r"\s*(?:[（(【\[]\s*(?:精选|通用|优选|热门|最新|合集|汇编|共)?\s*\d+\s*篇\s*[)）】\]]"
    r"|(?:精选|通用|优选|热门|最新)\s*\d+\s*篇|\d+\s*篇|\d{2,5}\s*字|(?:范文|模板|例文)\s*\d*|大全|精选"
    # the compilation's numbering after the title ("篇1", "【第一篇】"), a date line glued on
    r"|篇\s*[\d一二三四五六七八九十]+|[【\[［]\s*第?\s*[\d一二三四五六七八九十]+\s*篇\s*[】\]］]"
    r"|[（(]\s*\d{4}\s*年[^()（）]{0,10}[)）])$")


_FIELD_LINE = re.compile(r"^(?:本文|文章)?标题\s*[:：]\s*(.{4,60})$")


def title_field(text: str) -> str | None:
    """A "标题：…" / "本文标题：…" line anywhere on the page (sites print it in the footer)."""
    for line in text.split("\n"):
        m = _FIELD_LINE.match(line.strip())
        if m:
            return clean_title(m.group(1)) or None
    return None


def clean_title(title: str) -> str:
    title = _TITLE_FIELD.sub("", title.strip(" ：:、.．-—|｜·"))
    for _ in range(3):  # "讲话稿精选（5篇）": one label after another
        stripped = _TITLE_LABEL.sub("", title)
        if stripped == title or len(stripped) < 4:
            break
        title = stripped
    return _TITLE_TAIL.sub(r"\1", title).strip(" ：:、.．-—|｜·")


def is_title_line(line: str) -> bool:
    return (4 <= len(line) <= 60 and not re.search(f"[{SENTENCE_END}]", line)
            and bool(_TITLE_WORDS.search(line)) and not SALUTATION.match(line))


def segment(lines: list[str], cut_at_end: bool = False) -> Page:
    """`cut_at_end`: the text stops where a paywall cut it (see `CleanResult.cut_at_end`)."""
    marks = [(i, m) for i, line in enumerate(lines) if (m := marker(line))]
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
        parts.extend(_split_salutations(body, title, number, cut_at_end and end == len(lines)))
    return Page(header, parts, True)


def _split_salutations(lines: list[str], title: str | None, part: int | None,
                       cut_at_end: bool = False) -> list[Part]:
    chunks: list[list[str]] = [[]]
    body_chars = 0
    for line in lines:
        if _OPENING.match(line) and body_chars >= MIN_BODY_BEFORE_SPLIT:
            carry: list[str] = []
            # The title line just above the salutation belongs to the new speech.
            while chunks[-1] and not is_sentence(chunks[-1][-1]) and len(carry) < 2:
                carry.insert(0, chunks[-1].pop())
            chunks.append(carry)
            body_chars = 0
        chunks[-1].append(line)
        if is_sentence(line):
            body_chars += len(line)
    out = []
    for n, chunk in enumerate(chunks):
        p = _make_part(chunk, title, part, cut_at_end and n == len(chunks) - 1)
        if p:
            out.append(p)
    return out


def _is_cut_sentence(line: str) -> bool:
    """The sentence a paywall cut off: prose with a clause break and a dozen Han characters.
    Page names and tags left at the end of a page have neither."""
    return bool(re.search("[，、；：]", line)) and han_count(line) >= 12


def _make_part(lines: list[str], marker_title: str | None, part: int | None,
               cut_at_end: bool = False) -> Part | None:
    first = next((i for i, x in enumerate(lines)
                  if is_sentence(x) or SALUTATION.match(x) or ADDRESS.match(x)), None)
    if first is None:
        return None
    head, body = lines[:first], lines[first:]
    # Trailing lines that are not sentences (a repeated title, a tag, a page name) are the
    # page's, not the speech's; a closing like "谢谢大家！" ends with punctuation and stays,
    # and so does a sentence a paywall cut short.
    while body and (body[-1] == GAP or (
            not re.search(f"[{SENTENCE_END}!?”」』]$", body[-1])
            and len(body[-1]) <= 40
            and not (cut_at_end and _is_cut_sentence(body[-1])))):
        body.pop()
    opens = bool(body) and bool(SALUTATION.match(body[0]) or ADDRESS.match(body[0]))
    least = MIN_CUT_SPEECH_CHARS if cut_at_end and opens else MIN_SPEECH_CHARS
    if sum(len(x) for x in body) < least:
        return None
    title = marker_title or head_title(head)
    return Part(title, _drop_earlier_copies(body), head, part, marker_title)


# A complete title ends with what the text is; a line that doesn't is the first half of a
# title wrapped over two lines ("在全市巩固国家卫生城市" / "工作会议上的讲话").
_TITLE_END = re.compile(r"(?:讲话|发言|致辞|报告|讲稿|稿|会|会议|大会|纪要|[篇字])$")
_FRAGMENT = re.compile(f"^[{HAN}0-9０-９“”《》、·]{{2,40}}$")


def head_title(head: list[str]) -> str | None:
    """The last title line above the text, joined with the line above it when that line
    is the first half of the same title."""
    lines = [clean_title(x) for x in head]
    for i in range(len(lines) - 1, -1, -1):
        if not is_title_line(lines[i]):
            continue
        prev = lines[i - 1] if i else ""
        if (prev and _FRAGMENT.match(prev) and not _TITLE_END.search(prev)
                and not _DATE_LINE.match(prev) and len(prev) + len(lines[i]) <= 60):
            return prev + lines[i]
        return lines[i]
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
