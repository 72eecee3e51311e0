"""Citations of a speech page: GB/T 7714—2015 (electronic resource), BibTeX and RIS.

Each is returned in two parts around the access date (引用日期), which only the reader's
browser knows: the page puts today's date between them (docs/assets/cc-cite.js), and a
reader without scripts sees the placeholder. Pure functions of the record and its URL."""
from __future__ import annotations

import re

from ..record import Speech

UNKNOWN_AUTHOR = "佚名"      # GB/T 7714—2015 8.1.1: a resource without a named author
ARCHIVE = "创城文库"
_LINE = re.compile(r"\s+")


def _one_line(text: str | None) -> str:
    return _LINE.sub(" ", text or "").strip()


def cited_date(s: Speech) -> str:
    """The date in the citation: when the speech was given, else when its source page was
    published (GB/T 7714's 更新或修改日期 of the resource), else nothing."""
    return s.date or s.published or ""


def gbt7714(s: Speech, url: str) -> tuple[str, str]:
    """("主要责任者. 题名[EB/OL]. (日期)", ". URL."): the access date goes in brackets between."""
    author = _one_line(s.speaker) or UNKNOWN_AUTHOR
    date = cited_date(s)
    head = f"{author}. {_one_line(s.title)}[EB/OL]. " + (f"({date})" if date else "")
    return head, f". {url}."


_BIB_SPECIAL = re.compile(r"([\\{}%&#$_^~])")


def _bib(text: str) -> str:
    def esc(m: re.Match) -> str:
        c = m.group(1)
        return {"\\": r"\textbackslash{}", "^": r"\^{}", "~": r"\~{}"}.get(c, "\\" + c)
    return _BIB_SPECIAL.sub(esc, _one_line(text))


def bibtex(s: Speech, url: str) -> tuple[str, str]:
    """A @misc entry (biblatex's @online fields too); the access date goes between."""
    date = cited_date(s)
    fields = [("author", "{" + _bib(s.speaker or UNKNOWN_AUTHOR) + "}"),   # a name not to split
              ("title", _bib(s.title))]
    if date:
        fields += [("year", date[:4]), ("date", date)]
    fields += [("howpublished", r"\url{" + url + "}"), ("url", url), ("organization", ARCHIVE),
               ("note", _bib(f"{ARCHIVE}，编号 {s.id}")), ("language", "chinese")]
    body = "".join(f"  {k} = {{{v}}},\n" for k, v in fields)
    return f"@misc{{ccwk-{s.id},\n{body}  urldate = {{", "},\n}\n"


def ris(s: Speech, url: str) -> tuple[str, str]:
    """A RIS record (TY ELEC); the access date (Y2) goes between."""
    date = cited_date(s)
    lines = [("TY", "ELEC"), ("AU", s.speaker or UNKNOWN_AUTHOR), ("TI", s.title)]
    if date:
        lines += [("PY", date[:4]), ("DA", date.replace("-", "/"))]
    lines += [("UR", url), ("DB", ARCHIVE), ("LA", "zh"), ("N1", f"编号 {s.id}")]
    head = "".join(f"{k}  - {_one_line(v)}\n" for k, v in lines)
    return head + "Y2  - ", "\nER  - \n"
