"""Export stage: the corpus as a dataset (JSONL or CSV), sorted by id, byte-deterministic.

Takes the speech records; gives one row per speech with the exported fields of
build_tools/schema.json, in the schema's order (record.EXPORT_FIELDS)."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .corpus import SPEECHES, load_corpus
from .errors import BuildToolsError, EntryError
from .record import EXPORT_FIELDS, Speech, schema_fields

#: Columns whose value is a list (themes, keywords, sources): JSON text inside the CSV cell.
LIST_FIELDS = tuple(f.name for f in schema_fields() if f.exported and "array" in f.types)


def export_records(speeches: list[Speech], fmt: str) -> str:
    rows = [s.export() for s in sorted(speeches, key=lambda s: s.id)]
    if fmt == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in rows)
    if fmt == "csv":
        # A byte order mark first: without it Excel on Chinese Windows reads the file as GBK.
        buf = io.StringIO()
        buf.write("\ufeff")
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(EXPORT_FIELDS)
        for r in rows:
            w.writerow([_csv_cell(k, r[k]) for k in EXPORT_FIELDS])
        return buf.getvalue()
    raise BuildToolsError(f"不支持的格式 {fmt!r}", hint="请用 --format jsonl 或 --format csv")


#: First characters that make a spreadsheet evaluate a cell as a formula (OWASP, "CSV
#: injection"): = + - @, and tab / carriage return, which some spreadsheets skip first.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _csv_cell(key: str, value) -> str:
    # Lists and the sources objects are JSON inside the cell, so the CSV round-trips.
    if key in LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return neutralise(str(value))


def neutralise(cell: str) -> str:
    """A contributor's title must not run as a formula in whoever opens the CSV: OWASP's
    fix is a leading apostrophe, which spreadsheets show as text and do not evaluate.
    (Numbers never start with these: chars is never negative.)"""
    return "'" + cell if cell.startswith(FORMULA_START) else cell


def export_corpus(corpus: Path, fmt: str = "jsonl") -> str:
    if not (Path(corpus) / SPEECHES).is_dir():
        raise EntryError("语料库中没有 speeches 文件夹", path=str(Path(corpus) / SPEECHES),
                         hint="用 --corpus 指向含 speeches/ 的语料库文件夹")
    return export_records(load_corpus(corpus), fmt)
