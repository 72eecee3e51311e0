"""Deliberate URL slugs for Chinese facet values (pypinyin, pinned in requirements.txt).

Why pinyin and not opaque ids: a URL like ``places/zhejiang-sheng/hangzhou-shi/`` can be
read, typed and guessed, and it depends only on the name, so it stays the same when other
speeches are added. Rules (tested in tests/test_site_slugs.py):

* Places: the administrative suffix becomes its own segment and the stem is written
  together: 浙江省 → ``zhejiang-sheng``, 杭州市 → ``hangzhou-shi``, 西湖区 → ``xihu-qu``.
* Other names: one syllable per segment: 市容环境卫生 → ``shi-rong-huan-jing-wei-sheng``.
* Letters and digits are kept (lower-cased); anything else becomes ``-``.
* Collisions inside one facet (山西省 and 陕西省 are both ``shanxi-sheng``): every colliding
  name gets tone numbers (``shan1xi1-sheng3``, ``shan3xi1-sheng3``); if that still collides,
  or the slug is empty or reserved, a short hash of the name is appended. Both fallbacks
  depend only on the name, so a slug changes only when a homophone appears in the facet.

Only slugs and validated speech ids ever become file names; contributor text never does.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

from pypinyin import Style, lazy_pinyin

from ..places import AREA_SUFFIXES, CITY_SUFFIXES, COUNTY_SUFFIXES, NAMED_UNITS, PROVINCE_SUFFIXES, suffix_pattern
from .routes import PAGE_PREFIX

RESERVED = frozenset({"index", "unknown", "page", "assets", "pagefind", "search"})
# Every division's suffix, down to townships and the two-character district suffixes: a
# place's URL writes it as a segment of its own (xihu-qu, pudong-xinqu).
_PLACE_SUFFIX = re.compile(suffix_pattern(PROVINCE_SUFFIXES + CITY_SUFFIXES + COUNTY_SUFFIXES + NAMED_UNITS
                                          + AREA_SUFFIXES))
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def _syllables(text: str, tones: bool) -> list[str]:
    style = Style.TONE3 if tones else Style.NORMAL
    out = []
    for syl in lazy_pinyin(text, style=style, errors="default", v_to_u=False):
        syl = _NON_SLUG.sub("-", syl.lower()).strip("-")
        if syl:
            out.append(syl)
    return out


def base_slug(name: str, *, place: bool = False, tones: bool = False) -> str:
    if place:
        m = _PLACE_SUFFIX.search(name)
        stem, suffix = (name[:m.start()], m.group(0)) if m and m.start() > 0 else (name, "")
        parts = ["".join(_syllables(stem, tones))]
        if suffix:
            parts.append("".join(_syllables(suffix, tones)))
        slug = "-".join(p for p in parts if p)
    else:
        slug = "-".join(_syllables(name, tones))
    return _NON_SLUG.sub("-", slug).strip("-")[:60].strip("-")


def _hashed(name: str, slug: str) -> str:
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    if not slug or slug.startswith(PAGE_PREFIX):
        slug = f"x-{slug}".rstrip("-")
    return f"{slug}-{digest}"


def assign_slugs(names: Iterable[str], *, place: bool = False) -> dict[str, str]:
    """Slugs for the distinct names of one facet (or of one parent place), unique and stable."""
    names = sorted(set(names))
    plain = {n: base_slug(n, place=place) for n in names}
    groups: dict[str, list[str]] = {}
    for n, s in plain.items():
        groups.setdefault(s, []).append(n)
    result: dict[str, str] = {}
    for slug, members in groups.items():
        if len(members) == 1 and slug and slug not in RESERVED and not slug.startswith(PAGE_PREFIX):
            result[members[0]] = slug
            continue
        toned = {n: base_slug(n, place=place, tones=True) for n in members}
        for n in members:
            t = toned[n]
            clash = sum(1 for v in toned.values() if v == t) > 1
            if len(members) > 1 and t and not clash and t != slug and t not in RESERVED:
                result[n] = t
            else:
                result[n] = _hashed(n, slug)
    # A tone-numbered or hashed slug could in theory equal another name's plain slug.
    seen: dict[str, str] = {}
    for n in names:
        s = result[n]
        if s in seen:
            result[n] = _hashed(n, s)
        seen[result[n]] = n
    return result
