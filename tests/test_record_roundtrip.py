"""Record round trip: every shipped entry survives to_text/from_text unchanged, and a
hand-edited entry is not rewritten by a later ingest."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from build_tools.corpus import iter_entry_files, read_entry
from build_tools.record import Speech, count_chars
from ingest_support import SEED_ENTRIES, SEEDS, cli, entries, need_seeds, seed_corpus, tree_hash

SEED_FILES = list(iter_entry_files(SEED_ENTRIES))


def test_seed_corpus_has_thirteen_entries():
    assert len(SEED_FILES) == 13


@pytest.mark.parametrize("path", SEED_FILES, ids=[p.stem for p in SEED_FILES])
def test_round_trip_of_seed_entry(path):
    s = read_entry(path)
    assert Speech.from_text(s.to_text()) == s
    # The file on disk is exactly what the record writes (no drift between writer and file).
    assert s.to_text() == path.read_text("utf-8")
    assert s.chars == count_chars(s.text)


_HAN = st.characters(min_codepoint=0x4E00, max_codepoint=0x9FA5)
_PARA_CHARS = st.one_of(_HAN, st.sampled_from(list("，。、；：？！“”（）《》0123456789xX_- abc")))
_PARA = st.text(_PARA_CHARS, min_size=1, max_size=60).map(str.strip).filter(bool)
_FIELD = st.one_of(st.none(), st.text(st.one_of(_HAN, st.sampled_from(list("0123456789-:#'\" yesnoul~"))),
                                      min_size=1, max_size=12))


@settings(max_examples=150, deadline=None)
@given(title=st.text(st.one_of(_HAN, st.sampled_from(list("：:-#'\"[]{}&*!|>% 0123456789"))),
                     min_size=1, max_size=30).map(str.strip).filter(bool),
       paras=st.lists(_PARA, min_size=1, max_size=5),
       speaker=_FIELD, date=st.sampled_from([None, "2022", "2022-05", "2022-05-24"]),
       themes=st.lists(_HAN.map(lambda c: c * 2), max_size=3),
       truncated=st.booleans(),
       part=st.one_of(st.none(), st.integers(1, 30)))
def test_round_trip_property(title, paras, speaker, date, themes, truncated, part):
    text = "\n\n".join(paras)
    s = Speech(id="nd-abc123", title=title, text=text, date=date, speaker=speaker,
               themes=themes, truncated=truncated, chars=count_chars(text),
               sources=[{"raw": "raw/0123456789abcdef.txt", "site": speaker, "part": part,
                         "file": "x.txt"}],
               truncation={"total": 10, "shown": 5} if truncated else None)
    assert Speech.from_text(s.to_text()) == s


def test_hand_edited_entry_survives_reingest(tmp_path):
    need_seeds()
    corpus = seed_corpus(tmp_path)
    [s] = [e for e in entries(corpus) if e.sources[0]["file"].startswith("004")]
    path = corpus / "speeches" / f"{s.id}.md"
    # A maintainer corrects the place and removes the review note.
    s.province, s.city, s.district = "四川省", "成都市", "成华区"
    s.review = [r for r in s.review if r != "place"]
    path.write_text(s.to_text(), "utf-8")
    edited = path.read_bytes()
    before = tree_hash(corpus)
    seed = next(p for p in SEEDS if p.name.startswith("004"))
    res = cli("ingest", seed, "--corpus", corpus)
    assert res.code == 0, res.out
    assert "新增 0 篇" in res.out
    assert path.read_bytes() == edited
    assert tree_hash(corpus) == before
    assert read_entry(path).city == "成都市"
    assert cli("check", "--corpus", corpus).code == 0
