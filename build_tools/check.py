"""Validation of the whole corpus: every problem as `file:line: message — how to fix`.

Takes a corpus folder; gives a list of Problems. Each entry is validated against
build_tools/schema.json (through record.schema), and fields are named by their schema
title (record.field_label)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import jsonschema

from . import cleaning
from .corpus import RAW, iter_entry_files, load_taxonomy, read_entry_text
from .dedup import DUPLICATE, DedupIndex, default_cache
from .errors import BuildToolsError
from .places import gazetteer
from .record import DATE_FIELDS, PLACE_FIELDS, Speech, count_chars, field_label, schema, schema_field, split_front_matter
from .sameness import judge
from .transaction import pending
from .untrusted import MAX_FILE_BYTES, read_bounded
from .vocabulary import HAN


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


def _schema_message(key: str, err: jsonschema.ValidationError) -> str:
    """One schema violation in words a contributor can act on (jsonschema's own messages
    are English and name regular expressions)."""
    what = f"{key}（{field_label(key)}）" if key else "条目"
    rule, want = err.validator, err.validator_value
    if rule == "required":
        missing = [k for k in want if k not in err.instance]
        return f"缺少字段 {'、'.join(missing)} — 请在头信息中补上（不详的写 null）"
    if rule == "pattern" and key in DATE_FIELDS:
        return f"{what}的值 {err.instance!r} 不是有效的日期 — 请写成 YYYY-MM-DD（讲话日期也可以是 YYYY-MM 或 YYYY）"
    if rule == "pattern":
        return f"{what}的值 {err.instance!r} 格式不对 — 只能用小写字母 a-z、数字和连字符 -"
    if rule == "enum":
        return f"{what}的值 {err.instance!r} 不在允许的取值中 — 请改为其中之一：{'、'.join(map(str, want))}"
    if rule == "type" and err.instance is None:
        return f"{what}不能为空 — 请填写（收录日期写收录当天，如 added: \"2026-11-23\"）"
    if rule == "type":
        return f"{what}的值类型不对（应为 {want}） — 请参照“数据”页的字段说明"
    if rule in ("maxLength", "maxItems"):
        return f"{what}太长（最多 {want}） — 请缩短"
    if rule in ("minLength", "minItems"):
        return f"{what}太短（至少 {want}） — 请补全"
    return f"{what}不符合格式（{rule}：{err.message}） — 请参照“数据”页的字段说明"


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
    doc = {**sp.front_matter(), "text": sp.text}
    validator = jsonschema.Draft202012Validator(schema())
    for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
        key = str(err.absolute_path[0]) if err.absolute_path else ""
        line = body_line if key == "text" else _field_line(content, key) if key else 1
        problems.append(Problem(rel, line, _schema_message(key, err)))
    if path.stem != sp.id:
        problems.append(Problem(rel, _field_line(content, "id"),
                                f"编号 {sp.id!r} 与文件名 {path.stem!r} 不一致 — 请把文件改名为 {sp.id}.md，或改正 id"))
    if theme_names is not None:
        for t in sp.themes:
            if t not in theme_names:
                problems.append(Problem(rel, _field_line(content, "themes"),
                                        f"主题 {t!r} 不在 corpus/taxonomy.yaml 中 — 请改用其中的主题名，或在那里添加这个主题"))
    real = count_chars(sp.text)
    if sp.chars != real:
        problems.append(Problem(rel, _field_line(content, "chars"),
                                f"chars 写的是 {sp.chars}，正文实际有 {real} 字 — 请改为 chars: {real}"))
    problems += _check_place(sp, rel, content)
    problems += _check_junk(sp, rel, content, body_line)
    return sp, problems


def _check_place(sp: Speech, rel: str, content: str) -> list[Problem]:
    gaz = gazetteer()
    out = []
    for key in PLACE_FIELDS:    # the gazetteer's kinds are the field names
        value = getattr(sp, key)
        if value is None:
            continue
        divs = [d for d, k, _ in gaz.get(value, []) if k == key]
        if not divs:
            kind = schema_field(key).description
            out.append(Problem(rel, _field_line(content, key),
                               f"{field_label(key)} {value!r} 不是行政区划中的{kind} — 请写完整的规范名称（如 杭州市、余杭区）"))
            continue
        if key == "city" and sp.province and all(d.province != sp.province for d in divs):
            out.append(Problem(rel, _field_line(content, key), f"城市 {value!r} 不属于 {sp.province} — 请核对省份和城市"))
        if key == "district" and sp.city and all(d.city != sp.city for d in divs):
            out.append(Problem(rel, _field_line(content, key), f"区县 {value!r} 不属于 {sp.city} — 请核对城市和区县"))
    return out


_ASCII_BETWEEN_HAN = re.compile(f"[{HAN}][,;:!?][{HAN}]")


def _check_junk(sp: Speech, rel: str, content: str, body_line: int) -> list[Problem]:
    out = []
    lines = content.split("\n")
    for n in range(body_line - 1, len(lines)):
        para = lines[n].strip()
        if not para:
            continue
        why = None
        if cleaning.is_truncation_line(para):
            why = "付费墙或删节提示"
        elif cleaning.is_chrome_line(para):
            why = "网站栏目文字（导航、计数、下载或版权行）"
        elif cleaning.remove_watermarks(para) != para:
            why = "插入的水印或出处声明"
        elif cleaning.strip_glued_pinyin(para) != para:
            why = "汉字后面夹带的拼音"
        elif _ASCII_BETWEEN_HAN.search(para):
            why = "汉字之间的半角标点"
        if why:
            out.append(Problem(rel, n + 1, f"残留的非正文内容：{why} — 请删除这部分，或重新收录原始网页"))
    return out


def _problem(exc: BuildToolsError, fallback: str) -> Problem:
    return Problem(exc.path or fallback, exc.line or 1,
                   exc.message + (f" — {exc.hint}" if exc.hint else ""))


def _check_raw_files(corpus: Path, referenced: set[str] | None) -> list[Problem]:
    """Every file under raw/ is a regular file inside the corpus, within the size limit, and
    kept for an entry (a raw file no entry names is what an interrupted ingest left).
    `referenced` is None when some entry could not be read: then no one knows."""
    out: list[Problem] = []
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
        problems.append(Problem(str(corpus / "speeches"), 1, "没有找到任何条目 — 请先用 ingest 收录讲话"))
    seen: dict[str, str] = {}
    referenced: set[str] = set()
    all_read = True
    index = DedupIndex()
    checked: dict[str, Speech] = {}
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
            problems.append(Problem(str(path), _field_line(content, "id"), f"编号 {sp.id!r} 已被 {seen[sp.id]} 使用 — 每个编号只能用一次，请改正其中一个"))
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
                                            f"来源文件 {raw} 不在语料中 — 请把原始网页文件和条目一起提交"))
                else:
                    problems.append(Problem(str(path), _field_line(content, "sources"),
                                            f"来源文件 {raw}：{exc.message} — {exc.hint}"))
        sig = cache.get(sp.text)
        for other, sim in index.duplicates(sig, DUPLICATE):
            verdict = judge(sp, checked[other], sim)
            if verdict.same:   # a copy naming another place, date or speaker is a speech
                problems.append(Problem(str(path), 1, f"与 {other} 几乎相同（相似度 {sim:.2f}）：{verdict.reason} — "
                                                      f"请保留更完整的一篇，删除另一篇"))
        index.add(sp.id, sig)
        checked[sp.id] = sp
    cache.save()
    problems += _check_raw_files(corpus, referenced if all_read else None)
    return problems
