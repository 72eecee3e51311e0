"""Golden pages: the generated Markdown for the fixture
corpus, byte for byte. A deliberate change to the page generator is accepted by running
`make golden` (UPDATE_GOLDEN=1) and reviewing the diff of tests/golden/ in the commit."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from build_tools.site import generate_docs
from site_support import SOURCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
GOLDEN = ROOT / "tests" / "golden"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

#: One of each kind of generated page.
DOCS = ["index.md", "data/index.md", "themes/index.md", "places/index.md", "years/index.md",
        "speeches/2021-xihu-a1b2c3.md", "speeches/2019-taiyuan-010203.md", "compare/index.md",
        "families/index.md"]


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("golden")
    # The published addresses (mkdocs.yml's !ENV defaults) appear in citations and links.
    saved = {k: os.environ.pop(k, None) for k in ("SITE_URL", "REPO_URL")}
    try:
        generate_docs(FIXTURE, tmp / "docs", echo=lambda *a: None, sources=SOURCES)
    finally:
        os.environ.update({k: v for k, v in saved.items() if v is not None})
    return tmp


@pytest.mark.parametrize("rel", [f"docs/{r}" for r in DOCS])
def test_golden_page(generated, rel):
    got = (generated / rel).read_bytes()
    want = GOLDEN / rel
    if UPDATE:
        want.parent.mkdir(parents=True, exist_ok=True)
        want.write_bytes(got)
        return
    assert want.is_file(), f"no golden copy of {rel}: run `make golden` and review tests/golden/"
    assert got == want.read_bytes(), f"{rel} changed; if that is intended run `make golden` and review the diff"
