"""Markdown job summary for a pull request: the speech entries it adds or changes.

    python -m build_tools.summary --base origin/main [--corpus corpus]

For each entry under <corpus>/speeches that `git diff --name-status BASE...HEAD` reports as
added or modified, print its metadata as a table (the fields of build_tools/schema.json in
order, each with its Chinese title), then the existing (unchanged) speeches
whose text it resembles, with a similarity figure. CI appends the output to
$GITHUB_STEP_SUMMARY so a reviewer sees at a glance what a contribution holds and whether
it duplicates a speech already in the corpus.

Everything taken from an entry is contributor-controlled text: it is escaped for Markdown
and HTML before it reaches the summary (a title must not be able to break the table or
inject markup).
"""
from __future__ import annotations

import argparse
import html
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .corpus import SPEECHES, iter_entry_files, read_entry
from .errors import BuildToolsError
from .record import PLACE_FIELDS, PLACE_LABEL, Speech, schema_fields

#: Similarity (containment of the shorter text in the longer) from which an existing
#: speech is listed. Low on purpose: the summary is for a person, and a speech built from
#: the same template as an existing one (dedup measures those at up to ~0.35) is worth a
#: look even when it is not a copy.
SIMILAR = 0.3
#: At most this many similar speeches per entry, best first.
MAX_SIMILAR = 5


class SummaryError(BuildToolsError):
    """The diff could not be computed (unknown base ref, not a git repository)."""


@dataclass
class Change:
    status: str                  # "A" added, "M" modified, "D" deleted
    path: Path                   # absolute path of the entry file
    speech: Speech | None = None
    error: str | None = None
    similar: list[tuple[str, str, float]] = field(default_factory=list)  # (id, title, score)


# --- escaping ---------------------------------------------------------------------------

# Characters with a meaning in GitHub-flavoured Markdown. `|` matters most: an unescaped
# one ends the table cell. `#` is escaped so a title cannot link an issue, `:` so it
# cannot become an autolink; `@` gets a zero-width space after it (below) because GitHub
# links mentions even when the `@` is backslash-escaped. Block markers (`-`, `+`, `1.`) need no
# escaping: a cell or a heading never starts a block.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]()#!|~>:])")


def md(value: object) -> str:
    """Text safe inside a Markdown table cell: no markup, no HTML, one line."""
    if value is None or value == "" or value == []:
        return "—"
    if isinstance(value, bool):
        return "是 yes" if value else "否 no"
    if isinstance(value, (list, tuple)):
        text = "、".join(str(v) for v in value)
    else:
        text = str(value)
    text = re.sub(r"\s+", " ", text).strip()
    # HTML first (so `<script>` becomes inert entities), then Markdown punctuation. The
    # entities' own `&` and `;` are not Markdown-special, so the two passes don't clash.
    text = html.escape(text, quote=True)
    text = _MD_SPECIAL.sub(r"\\\1", text).replace("@", "@\u200b")
    # GitHub links a bare `www.` address even with its dot escaped; a zero-width space after
    # "www" leaves the text readable and the address no longer an address.
    return _WWW.sub("\\1\u200b.", text)


_WWW = re.compile(r"(www)\\?\.", re.I)


def code(value: str) -> str:
    """An id or path in backticks; ids are [a-z0-9-] but the file name is not checked yet."""
    return "`" + str(value).replace("`", "'").replace("\n", " ") + "`"


# --- git ----------------------------------------------------------------------------------

def _git(root: Path, *args: str) -> str:
    proc = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True)
    if proc.returncode != 0:
        raise SummaryError(f"git {' '.join(args)} 失败：{proc.stderr.strip()}",
                           hint="请先取得目标分支（actions/checkout 设 fetch-depth: 0）")
    return proc.stdout


def changed_entries(base: str, corpus: Path) -> list[Change]:
    """Entry files that differ between the merge base of BASE and HEAD, sorted by path."""
    corpus = corpus.resolve()
    root = Path(_git(corpus, "rev-parse", "--show-toplevel").strip())
    rel = (corpus / SPEECHES).relative_to(root).as_posix()
    # -z: paths verbatim (no quoting of non-ASCII names); --no-renames: a renamed entry is
    # a removed id plus an added one, which is what it means for the dataset.
    out = _git(root, "diff", "--name-status", "--no-renames", "-z", f"{base}...HEAD", "--", rel)
    parts = [p for p in out.split("\0") if p]
    changes = []
    for status, path in zip(parts[0::2], parts[1::2], strict=False):
        if path.endswith(".md"):
            changes.append(Change(status[0], root / path))
    return sorted(changes, key=lambda c: c.path.as_posix())


# --- similarity ---------------------------------------------------------------------------

def _similar(new: str, others: dict[str, str], threshold: float = SIMILAR,
             cache=None) -> list[tuple[str, float]]:
    """(key, similarity) of the texts in `others` that resemble `new`, best first.

    Uses the ingest pipeline's own measure (build_tools.dedup: MinHash over character
    5-shingles, containment of the shorter text in the longer), so the figure a reviewer
    sees is the one that ingest's duplicate check uses.
    """
    from .dedup import DedupIndex, Signature

    sig_of = cache.get if cache is not None else Signature.of
    index = DedupIndex()
    for key in sorted(others):
        index.add(key, sig_of(others[key]))
    return [(k, s) for k, s in index.scores(sig_of(new)) if s >= threshold]


def attach_similar(changes: list[Change], corpus: Path, threshold: float = SIMILAR) -> None:
    touched = {c.path.resolve() for c in changes}
    existing: dict[str, Speech] = {}
    for path in iter_entry_files(corpus):
        if path.resolve() in touched:
            continue
        try:
            s = read_entry(path)
        except BuildToolsError:
            continue  # `check` reports broken entries; the summary is about this PR's
        existing[s.id] = s
    if not existing:
        return
    try:
        from .dedup import default_cache
        cache = default_cache(corpus)
    except ImportError:
        cache = None
    texts = {k: s.text for k, s in existing.items()}
    for c in changes:
        if c.speech is None:
            continue
        hits = _similar(c.speech.text, texts, threshold, cache)
        c.similar = [(k, existing[k].title, score) for k, score in hits[:MAX_SIMILAR]]
    if cache is not None:
        cache.save()


# --- rendering ----------------------------------------------------------------------------

_STATUS = {"A": "新增 added", "M": "修改 changed", "D": "删除 removed"}

#: Fields left out of the table: the text and its sources (the diff shows them), the
#: keywords, and the paywall's counts (the 删节 row says whether there is one).
_NOT_SHOWN = {"text", "sources", "keywords", "truncation"}


def _field_rows(s: Speech) -> list[tuple[str, str]]:
    """(label, cell) per field, in the schema's order; the three place fields make one row."""
    rows = []
    for f in schema_fields():
        if f.name in _NOT_SHOWN or f.name in PLACE_FIELDS[1:]:
            continue
        label, cell = f"{f.title} {f.name}", md(getattr(s, f.name))
        if f.name == PLACE_FIELDS[0]:
            label = f"{PLACE_LABEL} place"
            cell = md(" ".join(p for p in (getattr(s, k) for k in PLACE_FIELDS) if p))
        elif f.name == "id":
            cell = code(s.id)
        elif f.name == "review" and s.review:
            cell = "⚠️ " + cell
        rows.append((label, cell))
    return rows


def render(changes: list[Change], base: str) -> str:
    out = ["## 创城文库 · 本次提交的讲话条目 Speech entries in this PR", ""]
    shown = [c for c in changes if c.status != "D"]
    removed = [c for c in changes if c.status == "D"]
    if not changes:
        out += [f"没有新增或修改的讲话条目。No speech entries added or changed (base {code(base)}).", ""]
        return "\n".join(out)
    counts = {k: sum(1 for c in changes if c.status == k) for k in "AMD"}
    out += [f"新增 {counts['A']} · 修改 {counts['M']} · 删除 {counts['D']} "
            f"(added · changed · removed; base {code(base)})", ""]
    for c in shown:
        label = _STATUS.get(c.status, c.status)
        if c.speech is None:
            out += [f"### {label}: {code(c.path.name)}", "",
                    f"❌ 条目无法读取 entry does not parse: {md(c.error)}", ""]
            continue
        s = c.speech
        out += [f"### {label}: {md(s.title)}", "", "| 字段 field | 值 value |", "| --- | --- |"]
        out += [f"| {name} | {cell} |" for name, cell in _field_rows(s)]
        out.append("")
        if c.similar:
            out += ["相似的现有条目 Similar existing speeches:", "",
                    "| 编号 id | 标题 title | 相似度 similarity |", "| --- | --- | --- |"]
            for sid, title, score in c.similar:
                flag = " ⚠️ 可能重复 likely duplicate" if score >= _duplicate() else ""
                out.append(f"| {code(sid)} | {md(title)} | {score:.2f}{flag} |")
        else:
            out.append(f"没有相似的现有条目 (similarity < {SIMILAR:.2f}). No similar existing speech.")
        out.append("")
    if removed:
        out += ["### 删除 removed", ""] + [f"- {code(c.path.stem)}" for c in removed] + [""]
    return "\n".join(out)


def _duplicate() -> float:
    try:
        from .dedup import DUPLICATE
        return float(DUPLICATE)
    except ImportError:
        return 0.8


def summarize(base: str, corpus: Path) -> str:
    changes = changed_entries(base, corpus)
    for c in changes:
        if c.status == "D":
            continue
        try:
            c.speech = read_entry(c.path)
        except (BuildToolsError, OSError) as exc:
            c.error = str(exc)
    attach_similar(changes, corpus)
    return render(changes, base)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m build_tools.summary",
                                 description="Markdown summary of the speech entries a PR adds or changes.")
    ap.add_argument("--base", required=True, help="git ref to compare with, e.g. origin/main")
    ap.add_argument("--corpus", default="corpus", type=Path, help="corpus folder (default: corpus)")
    args = ap.parse_args(argv)
    try:
        text = summarize(args.base, args.corpus)
    except BuildToolsError as exc:
        print(f"错误 error: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # git missing, an unreadable corpus folder: a message, not a traceback
        print(f"错误 error: {exc.filename or args.corpus}: 无法读取（{exc.strerror or exc}） — "
              f"检查 --corpus 路径，以及 git 是否可用", file=sys.stderr)
        return 2
    sys.stdout.write(text if text.endswith("\n") else text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
