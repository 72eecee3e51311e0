"""Shared helpers for the ingest/cleaning/metadata/record/CLI tests (imported by the
tests/test_ingest_*.py, test_cleaning*.py, test_metadata*.py, test_record*.py and
test_cli*.py files; not a conftest, so nothing here is autouse or global)."""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from build_tools.cli import main
from build_tools.corpus import load_corpus, raw_name
from build_tools.ingest import build_drafts
from build_tools.readers import read_bytes
from build_tools.record import Speech

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
#: The five seed pages, frozen here: tests never read corpus/ (it grows by pull request)
#: nor ../shared (absent on a clean clone).
SEEDS = sorted((REPO / "tests" / "fixtures" / "seeds").glob("*.txt"))
#: What ingesting SEEDS into an empty corpus gives (the 13 seed speeches, `added` fixed),
#: with the taxonomy they were themed with. Refresh after a deliberate rule change:
#: python tests/fixtures/seed_corpus/refresh.py
SEED_ENTRIES = REPO / "tests" / "fixtures" / "seed_corpus"
TAXONOMY = SEED_ENTRIES / "taxonomy.yaml"


def seed_corpus(root: Path) -> Path:
    """A corpus folder holding the 13 seed entries, their raw pages and the taxonomy: a
    realistic corpus that never changes when corpus/ does."""
    corpus = root / "corpus"
    shutil.copytree(SEED_ENTRIES / "speeches", corpus / "speeches")
    shutil.copy(TAXONOMY, corpus / "taxonomy.yaml")
    (corpus / "raw").mkdir()
    for page in SEEDS:
        data = page.read_bytes()
        (corpus / raw_name(data, page.suffix)).write_bytes(data)
    return corpus


@dataclass
class CliResult:
    code: int
    out: str   # stdout and stderr together


def cli(*args: str | Path) -> CliResult:
    r = CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)
    return CliResult(r.exit_code, r.output)


def fixture(name: str) -> Path:
    p = FIXTURES / name
    assert p.exists(), f"missing fixture {p}"
    return p


def empty_corpus(root: Path) -> Path:
    """A corpus folder holding only the frozen taxonomy."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(TAXONOMY, corpus / "taxonomy.yaml")
    return corpus


def copy_corpus(src: Path, root: Path) -> Path:
    dst = root / "corpus"
    shutil.copytree(src, dst)
    return dst


def tree_hash(folder: Path) -> str:
    """Hash of every path and file content under `folder` (any write shows up)."""
    h = hashlib.sha256()
    for p in sorted(folder.rglob("*")):
        h.update(str(p.relative_to(folder)).encode())
        if p.is_file():
            h.update(b"\0" + p.read_bytes())
    return h.hexdigest()


def entries(corpus: Path) -> list[Speech]:
    return load_corpus(corpus)


def only_new(before: list[Speech], after: list[Speech]) -> list[Speech]:
    old = {s.id for s in before}
    return [s for s in after if s.id not in old]


def ingest_one_fixture(tmp_path: Path, name: str) -> tuple[CliResult, list[Speech]]:
    corpus = empty_corpus(tmp_path)
    res = cli("ingest", fixture(name), "--corpus", corpus)
    return res, entries(corpus)


def need_seeds() -> None:
    assert len(SEEDS) == 5, f"expected the five seed files under tests/fixtures/seeds, found {SEEDS}"


def full_width(text: str) -> str:
    """ASCII punctuation as the cleaned text writes it."""
    table = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
    return text.translate(table)


def one_speech(text: str, name: str = "page.txt"):
    """The one speech the real ingest (`build_drafts`) finds on a page of `text` saved as
    `name` (its suffix picks the reader): the rule tests' way in."""
    drafts, _, _ = build_drafts(read_bytes(text.encode("utf-8"), name), [])
    assert len(drafts) == 1
    return drafts[0].speech
