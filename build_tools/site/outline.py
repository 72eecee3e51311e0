"""A speech's own outline: its numbered headings (一、… and （一）…), for a table of contents.

Speeches number their parts 一、二、… and their sub-parts （一）（二）…; a heading is either a
paragraph of its own or the first sentence of a paragraph ("一、统一思想。创建工作…").
Only the numbering shape is used, so this holds for any site's speeches."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..vocabulary import STOPS

_NUM = "一二三四五六七八九十"
_LEVELS = [(1, re.compile(f"^[{_NUM}]{{1,3}}、")), (2, re.compile(f"^[（(][{_NUM}]{{1,3}}[）)]"))]
# Where a heading that runs on into its paragraph ends: the first full stop, colon or a
# space (pages flattened by the source sites glue heading and text with one).
_END = re.compile(r"[。！？：；:]|\s")
#: Longer headings are cut here with "…": the longest standalone heading in the shipped
#: corpus is 32 characters.
MAX_CHARS = 36


@dataclass
class Heading:
    level: int
    text: str
    para: int                  # 1-based paragraph number
    children: list["Heading"] = field(default_factory=list)


def headings(paragraphs: list[str]) -> list[Heading]:
    """Headings in order (flat)."""
    out = []
    for n, para in enumerate(paragraphs, 1):
        para = para.strip()
        for level, rx in _LEVELS:
            m = rx.match(para)
            if not m:
                continue
            end = _END.search(para, m.end())
            text = para[:end.start()] if end else para
            if len(text) - m.end() < 2:
                break
            if len(text) > MAX_CHARS:
                text = text[:MAX_CHARS - 1] + "…"
            out.append(Heading(level, text, n))
            break
    return out


def outline(paragraphs: list[str]) -> list[Heading]:
    """Headings as a tree (sub-parts under their part); empty unless there are at least two,
    since a contents list of one entry helps nobody."""
    flat = headings(paragraphs)
    if len(flat) < 2:
        return []
    roots: list[Heading] = []
    for h in flat:
        if h.level == 2 and roots and roots[-1].level == 1:
            roots[-1].children.append(h)
        else:
            roots.append(h)
    return roots


def is_heading(paragraph: str) -> bool:
    """A paragraph that is a heading and nothing else."""
    p = paragraph.strip()
    return len(p) <= MAX_CHARS and not re.search(f"[{STOPS}]", p[:-1]) and any(rx.match(p) for _, rx in _LEVELS)
