"""Validation of the whole corpus: every problem as `file:line: message — how to fix`."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema

from . import cleaning
from .corpus import RAW, iter_entry_files, load_taxonomy, read_entry_text
from .dedup import DUPLICATE, DedupIndex, default_cache
from .errors import BuildToolsError
from .metadata import gazetteer
from .record import Speech, count_chars, schema, split_front_matter
from .transaction import pending
from .untrusted import MAX_FILE_BYTES, read_bounded


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _field_line(content: str, key: str) -> int:
    for n, line in enumerate(content.split("\n"), 1):
        if line.startswith(f"{key}:"):
            return n
    return 1


def check_entry(path: Path, content: str, theme_names: set[str] | None) -> tuple[Speech | None, list[Problem]]:
    rel = str(path)
    try:
        sp = Speech.from_text(content, rel)
    except BuildToolsError as exc:
        return None, [Problem(rel, exc.line or 1, f"{exc.message}" + (f" — {exc.hint}" if exc.hint else ""))]
    problems: list[Problem] = []
    _, _, body_line = split_front_matter(content, rel)
    doc = sp.export()
    if sp.truncation:
        doc["truncation"] = sp.truncation
    if sp.review:
        doc["review"] = sp.review
    validator = jsonschema.Draft202012Validator(schema())
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        key = str(err.absolute_path[0]) if err.absolute_path else ""
        line = body_line if key == "text" else _field_line(content, key) if key else 1
        problems.append(Problem(rel, line, f"{key or 'entry'}: {err.message}"))
    if path.stem != sp.id:
        problems.append(Problem(rel, _field_line(content, "id"),
                                f"id {sp.id!r} differs from the file name {path.stem!r} — rename the file or fix the id"))
    if theme_names is not None:
        for t in sp.themes:
            if t not in theme_names:
                problems.append(Problem(rel, _field_line(content, "themes"),
                                        f"theme {t!r} is not in corpus/taxonomy.yaml — use one of its names or add it there"))
    real = count_chars(sp.text)
    if sp.chars != real:
        problems.append(Problem(rel, _field_line(content, "chars"),
                                f"chars is {sp.chars} but the text has {real} — set chars: {real}"))
    problems += _check_place(sp, rel, content)
    problems += _check_junk(sp, rel, content, body_line)
    return sp, problems


def _check_place(sp: Speech, rel: str, content: str) -> list[Problem]:
    gaz = gazetteer()
    out = []
    for key, kind in (("province", "province"), ("city", "city"), ("district", "district")):
        value = getattr(sp, key)
        if value is None:
            continue
        divs = [d for d, k, _ in gaz.get(value, []) if k == kind]
        if not divs:
            out.append(Problem(rel, _field_line(content, key),
                               f"{key} {value!r} is not a {kind} in the gazetteer — use the full official name (e.g. 杭州市, 余杭区)"))
            continue
        if key == "city" and sp.province and all(d.province != sp.province for d in divs):
            out.append(Problem(rel, _field_line(content, key), f"city {value!r} is not in {sp.province}"))
        if key == "district" and sp.city and all(d.city != sp.city for d in divs):
            out.append(Problem(rel, _field_line(content, key), f"district {value!r} is not in {sp.city}"))
    return out


_ASCII_BETWEEN_HAN = re.compile(f"[{cleaning.HAN}][,;:!?][{cleaning.HAN}]")


def _check_junk(sp: Speech, rel: str, content: str, body_line: int) -> list[Problem]:
    out = []
    lines = content.split("\n")
    for n in range(body_line - 1, len(lines)):
        para = lines[n].strip()
        if not para:
            continue
        why = None
        if cleaning.is_truncation_line(para):
            why = "a paywall/truncation notice"
        elif cleaning.is_chrome_line(para):
            why = "site chrome (navigation, counters, download or copyright line)"
        elif cleaning.remove_watermarks(para) != para:
            why = "an injected watermark or source notice"
        elif cleaning.strip_glued_pinyin(para) != para:
            why = "pinyin glued after characters"
        elif _ASCII_BETWEEN_HAN.search(para):
            why = "ASCII punctuation between Chinese characters"
        if why:
            out.append(Problem(rel, n + 1, f"leftover junk: {why} — remove it or re-run the cleaning"))
    return out


def _problem(exc: BuildToolsError, fallback: str) -> Problem:
    return Problem(exc.path or fallback, exc.line or 1,
                   exc.message + (f" — {exc.hint}" if exc.hint else ""))


def _check_raw_files(corpus: Path, referenced: set[str] | None) -> list[Problem]:
    """Every file under raw/ is a regular file inside the corpus, within the size limit, and
    kept for an entry (a raw file no entry names is what an interrupted ingest left).
    `referenced` is None when some entry could not be read: then no one knows."""
    out = []
    folder = corpus / RAW
    if not folder.is_dir():
        return out
    for path in sorted(folder.iterdir()):
        rel = f"{RAW}/{path.name}"
        try:
            read_bounded(path, root=corpus, limit=MAX_FILE_BYTES)
        except BuildToolsError as exc:
            out.append(_problem(exc, str(path)))
            continue
        if referenced is not None and rel not in referenced:
            out.append(Problem(str(path), 1, "没有任何条目引用此原始文件（raw），可能是中断的导入留下的 — "
                                             "重新导入该页，或删除此文件"))
    return out


def check_corpus(corpus: Path) -> list[Problem]:
    problems = [Problem(where, 1, message) for where, message in pending(corpus)]
    try:
        theme_names = {t.name for t in load_taxonomy(corpus)}
    except BuildToolsError as exc:
        problems.append(_problem(exc, str(corpus)))
        theme_names = None
    files = list(iter_entry_files(corpus))
    if not files:
        problems.append(Problem(str(corpus / "speeches"), 1, "no entries found"))
    seen: dict[str, str] = {}
    referenced: set[str] = set()
    all_read = True
    index = DedupIndex()
    cache = default_cache(corpus)
    for path in files:
        # The same reader as build/export/ingest: size, file kind, link and encoding are
        # refused here exactly as there.
        try:
            content = read_entry_text(path, corpus)
        except BuildToolsError as exc:
            problems.append(_problem(exc, str(path)))
            all_read = False
            continue
        sp, probs = check_entry(path, content, theme_names)
        problems += probs
        if sp is None:
            all_read = False
            continue
        if sp.id in seen:
            problems.append(Problem(str(path), _field_line(content, "id"), f"id {sp.id!r} also used by {seen[sp.id]}"))
        seen[sp.id] = str(path)
        for src in sp.sources:
            raw = src.get("raw") if isinstance(src, dict) else None
            if not isinstance(raw, str):
                continue
            referenced.add(raw)
            try:
                read_bounded(corpus / raw, root=corpus, limit=MAX_FILE_BYTES)
            except BuildToolsError as exc:
                if not (corpus / raw).exists() and not (corpus / raw).is_symlink():
                    problems.append(Problem(str(path), _field_line(content, "sources"),
                                            f"source {raw} is missing from the corpus — commit the raw file with the entry"))
                else:
                    problems.append(Problem(str(path), _field_line(content, "sources"),
                                            f"source {raw}: {exc.message} — {exc.hint}"))
        sig = cache.get(sp.text)
        for other, sim in index.duplicates(sig, DUPLICATE):
            problems.append(Problem(str(path), 1, f"near-duplicate of {other} (similarity {sim:.2f}) — "
                                                  f"keep the more complete one and delete the other"))
        index.add(sp.id, sig)
    cache.save()
    problems += _check_raw_files(corpus, referenced if all_read else None)
    return problems
