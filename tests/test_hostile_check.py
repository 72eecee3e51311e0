"""One validation: whatever build, export or ingest refuse in an entry or the taxonomy,
`check` refuses first, as file:line: message — fix, and lists nothing else.

Each case below is one hostile edit of a valid generated corpus."""
from __future__ import annotations

import re
import time

import pytest

from build_tools.check import check_corpus
from build_tools.errors import BuildToolsError
from build_tools.site import generate_docs
from site_support import SOURCES
from hostile_support import REPO, entry_file, make_corpus
from ingest_support import cli

GOOD_PAGE = REPO / "tests" / "fixtures" / "ingest" / "place_district.txt"
#: In-process, one check of a 2-entry corpus takes ~0.3 s; a hostile entry must not
#: change that much (generous: the machine is shared).
SECONDS = 20


def sub(field: str, new: str):
    """Replace the line `field: ...` of the entry with `new` (may be several lines)."""
    def edit(text: str) -> tuple[str, int]:
        lines = text.split("\n")
        n = next(i for i, x in enumerate(lines) if x.startswith(f"{field}:"))
        lines[n] = new
        return "\n".join(lines), n + 1
    return edit


def add_after(field: str, new: str):
    def edit(text: str) -> tuple[str, int]:
        lines = text.split("\n")
        n = next(i for i, x in enumerate(lines) if x.startswith(f"{field}:"))
        lines.insert(n + 1, new)
        return "\n".join(lines), n + 2
    return edit


def in_body(raw: str):
    def edit(text: str) -> tuple[str, int]:
        lines = text.split("\n")
        n = len(lines) - 3
        lines[n] = lines[n][:5] + raw + lines[n][5:]
        return "\n".join(lines), n + 1
    return edit


ENTRY_CASES = {
    "id with a trailing newline": (sub("id", 'id: "2021-test-000000\\n"'), "不合规"),
    "id in capitals": (sub("id", "id: 2021-TEST-000000"), "不合规"),
    "id: 123": (sub("id", "id: 123"), "应为文字"),
    "NUL in the title": (sub("title", 'title: "创建文明城市\\0讲话"'), "控制字符"),
    "ESC in the title": (sub("title", 'title: "\\e[31m创建文明城市讲话"'), "控制字符"),
    "ESC in the speaker": (sub("speaker", 'speaker: "市长\\x1b]0;x\\x07"'), "控制字符"),
    "raw ESC in the text": (in_body("\x1b[2J"), "控制字符"),
    "raw NUL in the text": (in_body("\x00"), "控制字符"),
    "bidi override in the title": (sub("title", 'title: "在全市\\u202e话讲的上议会\\u202c"'), "双向文字控制符"),
    "raw bidi isolate in the text": (in_body("\u2067"), "双向文字控制符"),
    "duplicate key": (add_after("title", "title: 另一个标题"), "重复"),
    "2022-02-30": (sub("date", "date: '2022-02-30'"), "不是有效日期"),
    "2022-13-45 unquoted": (sub("date", "date: 2022-13-45"), "不是有效日期"),
    "numeric key": (add_after("title", "123: x"), "不是文字"),
    "5,000-digit number": (sub("chars", "chars: " + "7" * 5000), "数字过长"),
    "chars: true": (sub("chars", "chars: true"), "应为整数"),
    "themes not a list": (sub("themes", "themes: 志愿服务"), "应为列表"),
    "review item not text": (add_after("title", "review: [{a: 1}]"), "每一项"),
}


def _refusals(corpus, tmp_path) -> dict[str, str]:
    """What build (its corpus-reading stage), export and ingest say, for the ones that refuse."""
    out = {}
    try:
        generate_docs(corpus, tmp_path / "docs", echo=lambda *a: None, sources=SOURCES)
    except BuildToolsError as exc:
        out["build"] = str(exc)
    r = cli("export", "--corpus", corpus)
    if r.code:
        out["export"] = r.out
    r = cli("ingest", GOOD_PAGE, "--corpus", corpus, "--dry-run")
    if r.code:
        out["ingest"] = r.out
    return out


@pytest.mark.parametrize("case", sorted(ENTRY_CASES))
def test_check_refuses_first_with_file_line(tmp_path, case):
    edit, needle = ENTRY_CASES[case]
    corpus = make_corpus(tmp_path)
    path = entry_file(corpus)
    text, line = edit(path.read_text("utf-8"))
    path.write_bytes(text.encode("utf-8"))

    t0 = time.monotonic()
    problems = check_corpus(corpus)
    assert time.monotonic() - t0 < SECONDS
    assert problems, case
    # Every problem listed is about the edited entry (the rest is valid), at its line.
    assert all(p.path == str(path) for p in problems), problems
    assert any(p.line == line and needle in p.message for p in problems), (line, problems)
    assert all(" — " in p.message for p in problems if p.line == line), problems  # a fix

    refused = _refusals(corpus, tmp_path)
    # These edits break what the record promises, so every command refuses them, naming
    # the file — after `check` has already done so.
    assert set(refused) == {"build", "export", "ingest"}, refused
    for command, message in refused.items():
        assert str(path) in message and "Traceback" not in message, (command, message)


def test_not_utf8_entry(tmp_path):
    corpus = make_corpus(tmp_path)
    path = entry_file(corpus)
    lines = path.read_bytes().split(b"\n")
    lines[-3] = "创建文明城市".encode("gbk")
    path.write_bytes(b"\n".join(lines))
    problems = check_corpus(corpus)
    assert [(p.path, p.line) for p in problems] == [(str(path), len(lines) - 2)], problems
    assert "UTF-8" in problems[0].message
    assert set(_refusals(corpus, tmp_path)) == {"build", "export", "ingest"}


def test_unknown_theme(tmp_path):
    corpus = make_corpus(tmp_path)
    path = entry_file(corpus)
    text, line = sub("themes", "themes: [不存在的主题]")(path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    problems = check_corpus(corpus)
    assert [(p.path, p.line) for p in problems] == [(str(path), line)], problems
    assert "不存在的主题" in problems[0].message


TAXONOMY_CASES = {
    "themes is a list": ("themes:\n  - 志愿服务\n  - 宣传发动\n", 1, "themes"),
    "a weight that is not a number": ("themes:\n  志愿服务:\n    description: 志愿\n"
                                      "    keywords: {志愿者: abc}\n", 4, "权重"),
    "keywords not a mapping": ("themes:\n  志愿服务:\n    keywords: [志愿者]\n", 2, "keywords"),
    "not YAML": ("themes: {志愿服务: [\n", 2, "YAML"),
    "a list document": ("- 志愿服务\n", 1, "themes"),
    "description not text": ("themes:\n  志愿服务:\n    description: [a]\n"
                             "    keywords: {志愿者: 1.0}\n", 2, "description"),
}


@pytest.mark.parametrize("case", sorted(TAXONOMY_CASES))
def test_malformed_taxonomy(tmp_path, case):
    text, line, needle = TAXONOMY_CASES[case]
    corpus = make_corpus(tmp_path)
    tax = corpus / "taxonomy.yaml"
    tax.write_text(text, "utf-8")
    problems = check_corpus(corpus)
    assert problems and all(p.path == str(tax) for p in problems), problems
    assert any(p.line == line and needle in p.message for p in problems), problems
    refused = _refusals(corpus, tmp_path)
    assert set(refused) == {"build", "ingest"}, refused   # export does not read it
    assert all(str(tax) in m and "Traceback" not in m for m in refused.values()), refused


def test_valid_corpus_passes_everywhere(tmp_path):
    """The oracle's other half: the unedited corpus is accepted by all four."""
    corpus = make_corpus(tmp_path)
    assert check_corpus(corpus) == []
    assert _refusals(corpus, tmp_path) == {}


def test_messages_are_chinese(tmp_path):
    corpus = make_corpus(tmp_path)
    path = entry_file(corpus)
    text, _ = sub("date", "date: 2022-13-45")(path.read_text("utf-8"))
    path.write_text(text, "utf-8")
    (message,) = [p.message for p in check_corpus(corpus)]
    assert re.search(r"[\u4e00-\u9fff]", message.split(" — ")[0])
    assert re.search(r"[\u4e00-\u9fff]", message.split(" — ")[1])
