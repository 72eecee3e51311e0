"""`build` empties its site and work folders, so it refuses any that is, contains or lies
inside the corpus or the repository's docs/ (or each other): the corpus and docs/ stay
byte-identical and the message names the folder."""
from __future__ import annotations

import pytest

from build_tools.site import SiteBuildError, build_site
from hostile_support import cli, make_corpus, no_traceback, tree
from site_support import SOURCES

HANDWRITTEN = SOURCES.handwritten

CLS = "build_dirs"


@pytest.mark.parametrize("where", ["corpus itself", "inside the corpus", "inside speeches/",
                                   "parent of the corpus"])
def test_site_dir_overlapping_the_corpus(tmp_path, where):
    corpus = make_corpus(tmp_path / "root")
    site = {"corpus itself": corpus, "inside the corpus": corpus / "site",
            "inside speeches/": corpus / "speeches", "parent of the corpus": tmp_path / "root"}[where]
    before = tree(tmp_path / "root")
    r = cli("build", "--corpus", corpus, "--site-dir", site, cls=CLS, label=f"--site-dir {where}")
    no_traceback(r)
    assert r.code != 0 and str(site.resolve()) in r.out and "语料库" in r.out, r
    assert tree(tmp_path / "root") == before


@pytest.mark.parametrize("where", ["docs itself", "inside docs", "the repository"])
def test_site_dir_overlapping_docs(tmp_path, where):
    corpus = make_corpus(tmp_path)
    site = {"docs itself": HANDWRITTEN, "inside docs": HANDWRITTEN / "site",
            "the repository": HANDWRITTEN.parent}[where]
    before = tree(HANDWRITTEN)
    r = cli("build", "--corpus", corpus, "--site-dir", site, cls=CLS, label=f"--site-dir {where}")
    no_traceback(r)
    assert r.code != 0 and "docs/" in r.out, r
    assert tree(HANDWRITTEN) == before


@pytest.mark.parametrize("where", ["corpus", "inside the corpus", "docs", "the site folder"])
def test_work_dir_overlapping(tmp_path, where):
    corpus = make_corpus(tmp_path / "root")
    site = tmp_path / "site"
    work = {"corpus": corpus, "inside the corpus": corpus / "w", "docs": HANDWRITTEN,
            "the site folder": site / "work"}[where]
    before, docs_before = tree(tmp_path / "root"), tree(HANDWRITTEN)
    with pytest.raises(SiteBuildError) as err:
        build_site(corpus, site, echo=lambda *a: None, sources=SOURCES, work_dir=work)
    assert "重叠" in err.value.message
    assert tree(tmp_path / "root") == before and tree(HANDWRITTEN) == docs_before


def test_separate_folders_build(tmp_path):
    """The other half of the oracle: folders beside the corpus are accepted."""
    corpus = make_corpus(tmp_path / "root")
    r = cli("build", "--corpus", corpus, "--site-dir", tmp_path / "site", cls=CLS,
            label="build, separate folders")
    assert r.code == 0, r
    assert (tmp_path / "site" / "index.html").is_file()


@pytest.mark.parametrize("option", ["--config", "--docs"])
def test_missing_config_or_docs_is_a_clear_error(tmp_path, option):
    """The configuration and the hand-written pages are arguments now: a wrong one is named,
    with the option that fixes it, and nothing is built."""
    corpus = make_corpus(tmp_path / "root")
    missing = tmp_path / "missing"
    r = cli("build", "--corpus", corpus, "--site-dir", tmp_path / "site", "--work-dir", tmp_path / "work",
            option, missing, cls=CLS, label=f"{option} missing")
    no_traceback(r)
    assert r.code != 0 and str(missing) in r.out and option in r.out, r
    assert not (tmp_path / "site").exists()
