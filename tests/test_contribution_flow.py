"""A pull request adding one saved page, simulated locally: ingest → check → build.

What a maintainer relies on when merging a stranger's entry: the corpus gains exactly one
entry and its raw file, `check` passes, the site builds, and the new entry changes no page
except its own, the facet pages it belongs to and the overview pages (home, data, facet
indexes). Other speech pages keep their title, metadata card and text byte for byte; only
their corpus-wide sections (相关讲话, 相同段落, previous/next) may move, since similarity
weights depend on the whole corpus.
"""
from __future__ import annotations

import re
from pathlib import Path

from build_tools.site import build_site
from site_support import SOURCES
from ingest_support import cli, fixture, seed_corpus

HREF = re.compile(r'href="([^"#]*)')


def _pages(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}


def _links_to(site: Path, rel: str, target: str) -> bool:
    page_dir = (site / rel).parent
    for href in HREF.findall((site / rel).read_text("utf-8")):
        if href and not href.startswith(("http:", "https:", "mailto:")):
            dest = (page_dir / href).resolve()
            if dest.is_dir():
                dest = dest / "index.html"
            if dest == (site / target).resolve():
                return True
    return False


def test_a_pr_adding_one_page(tmp_path):
    corpus = seed_corpus(tmp_path)
    before_files = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()}
    build_site(corpus, tmp_path / "a", echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "wa")

    res = cli("ingest", fixture("page.html"), "--corpus", corpus)
    assert res.code == 0, res.out
    added = set(re.findall(r"\+ 新增 ([a-z0-9-]+)", res.out))
    assert len(added) == 1, res.out
    new_id = added.pop()
    after_files = {p.relative_to(corpus).as_posix() for p in corpus.rglob("*") if p.is_file()}
    new = after_files - before_files
    assert f"speeches/{new_id}.md" in new and len(new) == 2, new       # the entry and its raw page
    assert all(n.startswith("raw/") for n in new - {f"speeches/{new_id}.md"})
    assert before_files <= after_files

    res = cli("check", "--corpus", corpus)
    assert res.code == 0, res.out

    idx = build_site(corpus, tmp_path / "b", echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "wb")
    a, b = _pages(tmp_path / "a"), _pages(tmp_path / "b")
    own = f"speeches/{new_id}/index.html"
    assert own in b and own not in a
    facet_pages = {fv.url + "index.html" for fv in idx.speech_facets[new_id]}
    overview = {"index.html", "data/index.html", "404.html"} | {
        f"{facet}/index.html" for facet in ("themes", "places", "campaigns", "years", "levels")}
    changed = {rel for rel in b if a.get(rel) != b[rel]} - {own}
    for rel in changed - facet_pages - overview:
        assert rel.startswith("speeches/"), rel
        head_a, head_b = (x[rel].split(b'id="related"')[0] for x in (a, b))
        assert head_a == head_b, rel
    # Its facet pages list it (the other direction of the cross-links).
    for rel in facet_pages:
        assert _links_to(tmp_path / "b", rel, own), rel
