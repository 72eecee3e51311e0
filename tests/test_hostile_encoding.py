"""Encodings the README promises are read (UTF-16 with or without a BOM), and a page pasted
together from differently encoded sources is refused by line instead of ingested as
mojibake. The oracle is the same page in UTF-8: every encoding must give its text."""
from __future__ import annotations

import pytest

from build_tools.errors import InputRefused
from build_tools.readers import decode
from hostile_support import REPO, cli, make_corpus, no_traceback
from ingest_support import SEEDS

CLS = "encoding"
FIXTURES = REPO / "tests" / "fixtures" / "ingest"
PAGES = sorted([p for p in FIXTURES.glob("*.txt") if p.stat().st_size > 10] + SEEDS)


def _text(path) -> str:
    return decode(path.read_bytes(), str(path))[0]


@pytest.mark.parametrize("enc", ["utf-16-le", "utf-16-be", "utf-16", "gb18030"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_page_in_every_encoding_reads_the_same(page, enc):
    text = _text(page)
    try:
        data = text.encode(enc)
    except UnicodeEncodeError:
        pytest.skip(f"{page.name} has characters {enc} cannot hold")
    got, _ = decode(data, page.name)
    assert got == text


def test_utf16_without_bom_is_ingested_like_utf8(tmp_path):
    page = FIXTURES / "place_district.txt"
    le = tmp_path / "page_le.txt"
    le.write_bytes(_text(page).encode("utf-16-le"))
    a = cli("ingest", page, "--corpus", make_corpus(tmp_path / "a"), "--dry-run")
    b = cli("ingest", le, "--corpus", make_corpus(tmp_path / "b"), "--dry-run", cls=CLS,
            label="UTF-16 without BOM")
    assert a.code == b.code == 0, b
    strip = lambda out: [ln for ln in out.splitlines() if ln.startswith("  + ")]  # noqa: E731
    assert strip(a.out) == strip(b.out) and strip(a.out)


PARTS = {"gbk": FIXTURES / "gbk_page.txt", "big5": FIXTURES / "big5_traditional.txt"}


def _mix(first: str, second: str) -> bytes:
    return PARTS[first].read_bytes() + b"\n" + PARTS[second].read_bytes()


@pytest.mark.parametrize("order", [("gbk", "big5"), ("big5", "gbk")])
def test_gbk_big5_mix_refused_with_its_line(tmp_path, order):
    data = _mix(*order)
    with pytest.raises(InputRefused) as err:
        decode(data, "mix.txt")
    line = err.value.line
    # The named line is a Big5 one: GB18030 reads more of the mix, so Big5 is the mojibake.
    n_first = _mix(order[0], order[0]).count(b"\n") // 2 + 1   # lines of the first part
    big5_lines = range(1, n_first + 1) if order[0] == "big5" else range(n_first + 1, len(data.split(b"\n")) + 1)
    assert line in big5_lines, (line, n_first)
    assert "编码" in err.value.message
    p = tmp_path / "mix.txt"
    p.write_bytes(data)
    r = cli("ingest", p, "--corpus", make_corpus(tmp_path / "c"), cls=CLS, label="GBK+Big5 mix")
    no_traceback(r)
    assert r.code != 0 and f"{p}:{line}:" in r.out, r


def test_one_encoding_pages_are_not_called_mixed():
    """No false alarm: every real page, in GB18030 or (Traditional pages) Big5-HKSCS."""
    for page in PAGES:
        text = _text(page)
        for enc in ("gb18030", "big5hkscs"):
            try:
                data = text.encode(enc)
            except UnicodeEncodeError:
                continue
            decode(data, page.name)   # raises InputRefused on a false alarm
