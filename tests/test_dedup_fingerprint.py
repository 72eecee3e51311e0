"""The fingerprint's fast path (no mask character, no mask regex) changes nothing: MinHash
signatures cached under .cache/ depend on it."""
from hypothesis import given, strategies as st

from build_tools.dedup import fingerprint_text
from build_tools.vocabulary import FINGERPRINT_DROP as _KEEP, MASK as _MASK

CHARS = st.sampled_from(list("创城文明XxX×＊*○_＿某市区 ，。abc123") + ["某某", "XX", "__", "＊＊"])


@given(st.lists(CHARS, max_size=40).map("".join))
def test_fast_path_equals_full_masking(text):
    assert fingerprint_text(text) == _KEEP.sub("", _MASK.sub("", text))


@given(st.text(max_size=200))
def test_fast_path_on_any_text(text):
    assert fingerprint_text(text) == _KEEP.sub("", _MASK.sub("", text))
