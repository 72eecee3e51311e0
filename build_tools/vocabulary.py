"""The Chinese-text vocabulary every stage shares: which characters count as Han.

One home for the ranges, so cleaning, metadata, fingerprints (dedup, reuse), the site's
related-speech index and the search index cannot drift apart (they held three versions).
"""
from __future__ import annotations

#: CJK Unified Ideographs Extension A, the main block, and the compatibility ideographs
#: (some Big5/HKSCS pages decode to those): what the rules treat as Chinese text.
HAN_RANGES: tuple[tuple[int, int], ...] = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
#: The Han characters a fingerprint keeps (dedup signatures, reuse's shared runs, related
#: speeches): the compatibility block left out, as fingerprints have always been defined,
#: so signatures cached under .cache/ and the shares already measured stay valid.
FINGERPRINT_RANGES: tuple[tuple[int, int], ...] = HAN_RANGES[:2]


def char_class(ranges: tuple[tuple[int, int], ...]) -> str:
    """The inside of a regular-expression character class for the ranges, e.g. for [...]."""
    return "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ranges)


#: Han characters as a character-class body: f"[{HAN}]".
HAN = char_class(HAN_RANGES)
#: Han characters a fingerprint keeps, as a character-class body.
FINGERPRINT_HAN = char_class(FINGERPRINT_RANGES)
