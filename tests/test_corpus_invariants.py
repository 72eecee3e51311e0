"""What any valid corpus/ meets, whatever it holds (it grows by pull request): `check`
passes, every entry round-trips through its front matter, and raw files and entries point
at each other. (That the site builds strict with no broken link is test_site_build's
"real" case; a contributor's additions are played in test_contributor_pr.)"""
from __future__ import annotations

import pytest

from build_tools.corpus import iter_entry_files, read_entry
from build_tools.record import Speech
from ingest_support import REPO, cli

CORPUS = REPO / "corpus"
FILES = list(iter_entry_files(CORPUS))


def test_check_passes():
    res = cli("check", "--corpus", CORPUS)
    assert res.code == 0, res.out


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_entry_round_trips(path):
    s = read_entry(path)
    assert Speech.from_text(s.to_text()) == s
    assert s.to_text() == path.read_text("utf-8"), "the file is not what the record writes"
    assert s.added, "every entry says when it entered the archive"


def test_raw_files_and_entries_point_at_each_other():
    used = {src["raw"] for p in FILES for src in read_entry(p).sources if src.get("raw")}
    raw = {p.relative_to(CORPUS).as_posix() for p in (CORPUS / "raw").glob("*") if p.is_file()}
    assert used - raw == set(), "entries whose raw file is missing"
    assert raw - used == set(), "raw files no entry names"
