"""Golden dataset: the JSONL and CSV export of the seed fixture corpus, byte for byte, so a
change in how the field list is read (build_tools/schema.json) cannot move a column or a
key. A deliberate change is accepted by `make golden` (UPDATE_GOLDEN=1) and reviewing the
diff of tests/golden/export/."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools.export import export_corpus

ROOT = Path(__file__).resolve().parent.parent
SEED_CORPUS = ROOT / "tests" / "fixtures" / "seed_corpus"
GOLDEN = ROOT / "tests" / "golden" / "export"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_golden_export(fmt):
    got = export_corpus(SEED_CORPUS, fmt).encode("utf-8")
    want = GOLDEN / f"seed_corpus.{fmt}"
    if UPDATE:
        want.parent.mkdir(parents=True, exist_ok=True)
        want.write_bytes(got)
        return
    assert want.is_file(), f"no golden copy of {want.name}: run `make golden` and review tests/golden/"
    assert got == want.read_bytes(), f"{want.name} changed; if that is intended run `make golden` and review the diff"
