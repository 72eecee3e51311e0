"""Smoke test of the benchmark's synthetic corpus: valid entries, deterministic output.

No timing assertions: the benchmark prints figures, it never passes or fails on them.
"""
from __future__ import annotations

from pathlib import Path

from benchmarks.synth import generate
from build_tools.check import check_corpus


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_synthetic_corpus_passes_check(tmp_path: Path) -> None:
    corpus = tmp_path / "a" / "corpus"
    stats = generate(20, corpus)
    assert stats["n"] == 20
    assert len(list((corpus / "speeches").glob("*.md"))) == 20
    problems = check_corpus(corpus)
    assert problems == [], "\n".join(map(str, problems))


def test_synthetic_corpus_is_deterministic(tmp_path: Path) -> None:
    a, b = tmp_path / "a" / "corpus", tmp_path / "b" / "corpus"
    generate(20, a)
    generate(20, b)
    fa, fb = _files(a), _files(b)
    assert fa.keys() == fb.keys()
    assert fa == fb
    # Entry i does not depend on N: a smaller corpus is a prefix of a larger one.
    c = tmp_path / "c" / "corpus"
    generate(5, c)
    assert set(_files(c)) - {"taxonomy.yaml"} <= set(fa)
