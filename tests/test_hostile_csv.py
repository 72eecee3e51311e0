"""Contributor text never becomes a spreadsheet formula or a live link: CSV cells that a
spreadsheet would evaluate get OWASP's leading apostrophe, in `export --format csv` and in
the published data/speeches.csv.gz; the PR job summary breaks `www.` autolinks."""
from __future__ import annotations

import csv
import gzip
import io
import json
import re

import pytest

from build_tools.corpus import write_entry
from build_tools.export import FORMULA_START, neutralise
from build_tools.record import Speech, count_chars
from build_tools.site import generate_docs
from build_tools.summary import md
from hostile_support import cli, entry_file, han_text, make_corpus
from site_support import SOURCES

CLS = "csv"
# (A title starting with CR cannot reach the export: the entry itself is refused for its
# control character, test_hostile_check; neutralise() still covers it below.)
FORMULAS = ["=HYPERLINK(\"http://evil.example\",\"点此\")", "+1+1", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "=cmd|' /C calc'!A0"]
HARMLESS = ["市委书记在创建全国文明城市动员大会上的讲话", "——在全市创城推进会上的讲话",
            "“创文”冲刺阶段讲话", "2021年创城工作会议讲话", "'已有撇号的标题"]


def _corpus_with_titles(tmp_path, titles):
    corpus = make_corpus(tmp_path, n=0)
    ids = []
    for n, title in enumerate(titles):
        text = han_text(300 + n)
        sid = f"2022-csv-{n:06x}"
        write_entry(corpus, Speech(id=sid, title=title, text=text, chars=count_chars(text),
                                   speaker=title, sources=[{"raw": "raw/0000.txt"}]))
        ids.append(sid)
    return corpus, ids


def _rows(text: str) -> dict[str, dict]:
    # The file starts with a byte order mark (for Excel on Chinese Windows).
    return {r["id"]: r for r in csv.DictReader(io.StringIO(text.removeprefix("\ufeff")))}


def _dangerous(cell: str) -> bool:
    return cell.startswith(FORMULA_START)


def test_export_csv_neutralises_formulas(tmp_path):
    titles = FORMULAS + HARMLESS
    corpus, ids = _corpus_with_titles(tmp_path, titles)
    r = cli("export", "--corpus", corpus, "--format", "csv", cls=CLS, label="export csv, formulas")
    assert r.code == 0, r
    rows = _rows(r.out)
    assert sorted(rows) == sorted(ids)
    for sid, title in zip(ids, titles, strict=True):
        row = rows[sid]
        # No cell of any row starts a formula ...
        assert not any(_dangerous(v) for v in row.values()), row
        # ... and each cell is the contributor's text, prefixed only when it had to be.
        expected = "'" + title if _dangerous(title) else title
        assert row["title"] == expected and row["speaker"] == expected, (title, row["title"])


def test_jsonl_keeps_the_text_as_is(tmp_path):
    corpus, ids = _corpus_with_titles(tmp_path, FORMULAS)
    r = cli("export", "--corpus", corpus)
    got = {json.loads(line)["id"]: json.loads(line)["title"] for line in r.out.splitlines()}
    assert got == dict(zip(ids, FORMULAS, strict=True))   # JSON is data, not a spreadsheet


def test_published_csv_is_neutralised(tmp_path):
    corpus, ids = _corpus_with_titles(tmp_path, FORMULAS + HARMLESS)
    generate_docs(corpus, tmp_path / "docs", echo=lambda *a: None, sources=SOURCES)
    data = gzip.decompress((tmp_path / "docs" / "data" / "speeches.csv.gz").read_bytes())
    rows = _rows(data.decode("utf-8"))
    assert sorted(rows) == sorted(ids)
    for row in rows.values():
        assert not any(_dangerous(v) for v in row.values()), row


@pytest.mark.parametrize("cell", FORMULAS + HARMLESS + ["\r=1+1", "", "0", "1,000"])
def test_neutralise_is_the_minimal_change(cell):
    out = neutralise(cell)
    assert not _dangerous(out)
    assert out == ("'" + cell if _dangerous(cell) else cell)


@pytest.mark.parametrize("text", ["访问 www.evil.example 领取", "见WWW.evil.example", "www.a.cn",
                                  "邮箱 someone@evil.example", "http://evil.example/x"])
def test_summary_breaks_autolinks(text):
    out = md(text)
    assert "www." not in out.lower()
    assert not re.search(r"(?<!\\)://", out)   # the colon stays escaped
    assert "@evil" not in out
    # The reader still sees the text: only invisible characters and escapes were added.
    assert out.replace("\u200b", "").replace("\\", "") == text


def test_summary_table_with_www_title(tmp_path):
    from build_tools.summary import Change, render
    corpus = make_corpus(tmp_path, n=1)
    path = entry_file(corpus)
    text = path.read_text("utf-8").replace("title: ", "title: 更多范文见 www.evil.example ", 1)
    path.write_text(text, "utf-8")
    from build_tools.corpus import read_entry
    out = render([Change("A", path, read_entry(path, corpus))], "main")
    assert "www.evil" not in out and "evil.example" in out
