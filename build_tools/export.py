"""Export stage: the corpus as a dataset (JSONL or CSV), sorted by id, byte-deterministic."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from .corpus import load_corpus
from .errors import BuildToolsError
from .record import EXPORT_FIELDS, Speech

_LIST_FIELDS = {"themes", "keywords", "sources"}


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
    raise BuildToolsError(f"unknown format {fmt!r}", hint="use --format jsonl or --format csv")


def _csv_cell(key: str, value) -> str:
    # Lists and the sources objects are JSON inside the cell, so the CSV round-trips.
    if key in _LIST_FIELDS:
        return json.dumps(value, ensure_ascii=False)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def export_corpus(corpus: Path, fmt: str = "jsonl") -> str:
    return export_records(load_corpus(corpus), fmt)
