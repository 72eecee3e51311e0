"""Shared helpers for the ingest/cleaning/metadata/record/CLI tests (imported by the
tests/test_ingest_*.py, test_cleaning*.py, test_metadata*.py, test_record*.py and
test_cli*.py files; not a conftest, so nothing here is autouse or global)."""
from __future__ import annotations

import atexit
import hashlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from build_tools.cli import main
from build_tools.corpus import load_corpus
from build_tools.record import Speech

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "corpus"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
def _seed_files() -> list[Path]:
    """The five seed pages: ../shared/seeds next to the checkout, else (a clean clone on
    CI) the copies the shipped corpus keeps under corpus/raw/, given back their names."""
    external = REPO.parent / "shared" / "seeds"
    if external.is_dir() and any(external.glob("*.txt")):
        return sorted(external.glob("*.txt"))
    names = {src["raw"]: src["file"] for s in load_corpus(SHIPPED) for src in s.sources
             if src.get("raw") and src.get("file")}
    folder = Path(tempfile.mkdtemp(prefix="cc-seeds-"))
    atexit.register(shutil.rmtree, folder, True)
    for raw, name in names.items():
        shutil.copyfile(SHIPPED / raw, folder / Path(name).name)
    return sorted(folder.glob("*.txt"))


SEEDS = _seed_files()


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
    """A corpus folder holding only the shipped taxonomy."""
    corpus = root / "corpus"
    corpus.mkdir(parents=True)
    shutil.copy(SHIPPED / "taxonomy.yaml", corpus / "taxonomy.yaml")
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
    assert len(SEEDS) == 5, f"expected the five seed files (../shared/seeds or corpus/raw), found {SEEDS}"


def full_width(text: str) -> str:
    """ASCII punctuation as the cleaned text writes it."""
    table = str.maketrans({",": "，", ":": "：", ";": "；", "!": "！", "?": "？", "(": "（", ")": "）"})
    return text.translate(table)
