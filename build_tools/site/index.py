"""Whole-corpus stage: facets, slugs, related speeches and shared passages.

Everything here is computed once over the corpus before any page is written, in time
roughly linear in the corpus size (no all-pairs comparison):

* Related speeches: TF-IDF over character bigrams (numpy, vectorised per speech); each speech keeps its TOP_TERMS
  strongest terms, and an inverted index over those terms (posting lists capped at
  POSTING_CAP, strongest first) yields candidates scored by cosine. Cost per speech is
  bounded by TOP_TERMS × POSTING_CAP.
* Shared passages (相同段落): every sentence of at least MIN_SENTENCE characters (Han
  characters, letters and digits only, masks removed) is hashed into an inverted index;
  a sentence found in several speeches links each occurrence to at most LINKS_PER_SENTENCE
  other speeches. Results are merged per pair of paragraphs.

Ordering is total (ties broken by id), so the output is deterministic.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np

from ..dedup import fingerprint_text
from ..record import ID_RE, LEVELS, Speech
from .slugs import assign_slugs

TOP_TERMS = 100
POSTING_CAP = 150
RELATED = 6
MIN_RELATED = 0.03
MIN_SENTENCE = 16
LINKS_PER_SENTENCE = 5
SHARED_PER_SPEECH = 30
UNKNOWN = "unknown"
UNKNOWN_PLACE_LABEL = "地点不详或已隐去"
UNKNOWN_YEAR_LABEL = "年份不详"
MISSING_PART = "（不详）"

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]+")
_SENT_SPLIT = re.compile(r"(?<=[。！？；!?;])")


def sort_date(s: Speech) -> str:
    """The date a speech is ordered by: when it was given, else when it was published."""
    return s.date or s.published or ""


def place_label(s: Speech) -> str:
    """Province, city and district run together, as the pages and the search index show it."""
    parts = [p for p in (s.province, s.city, s.district) if p]
    return "".join(parts) if parts else "地点不详"


def year_of(s: Speech) -> str | None:
    return s.date[:4] if s.date else None


@dataclass
class FacetValue:
    facet: str                 # themes, places, campaigns, years, levels
    key: tuple                 # theme name / (province, city, district) / ...
    label: str                 # display name (untrusted text: escape when rendering)
    url: str                   # directory URL relative to the site root, e.g. "themes/x/"
    ids: list[str] = field(default_factory=list)   # newest first
    parent: "FacetValue | None" = None
    children: list["FacetValue"] = field(default_factory=list)
    description: str = ""


@dataclass
class SharedPassage:
    para: int                  # 1-based paragraph in this speech
    other: str                 # other speech id
    other_para: int
    sentences: int
    chars: int
    sample: str                # first shared sentence as written in this speech
    spread: int                # how many speeches contain that sentence


@dataclass
class SiteIndex:
    speeches: dict[str, Speech]
    order: list[str]                          # oldest → newest by sort_date, then id
    facets: dict[str, dict[tuple, FacetValue]]
    speech_facets: dict[str, list[FacetValue]]
    related: dict[str, list[tuple[str, float]]]
    shared: dict[str, list[SharedPassage]]
    themes_desc: dict[str, str]
    reuse: object = None                      # reuse.Reuse, set by the build (compare.py)

    @property
    def rank(self) -> dict[str, int]:
        if not hasattr(self, "_rank"):
            self._rank = {sid: n for n, sid in enumerate(self.order)}
        return self._rank

    @property
    def recently_added(self) -> list[str]:
        """Ids by when they entered the archive (`added`), newest first, then by id: what
        最新收录 and the feed list, dated or not."""
        if not hasattr(self, "_recent"):
            self._recent = sorted(self.speeches, key=lambda i: (self.speeches[i].added or "", i),
                                  reverse=True)
        return self._recent

    def place_of(self, sid: str) -> list[FacetValue]:
        return [f for f in self.speech_facets[sid] if f.facet == "places"]


FACET_LABELS = {"themes": "主题", "places": "地点", "campaigns": "创建类型", "years": "年份",
                "levels": "层级"}


def checked_ids(speeches: list[Speech]) -> dict[str, Speech]:
    """Speeches by id; an id that could not safely be a file or folder name is an error."""
    by_id: dict[str, Speech] = {}
    for s in speeches:
        if not ID_RE.match(s.id or "") or len(s.id) > 64:
            from ..errors import EntryError
            raise EntryError(f"编号（id）无效：{s.id!r}", hint="编号只能由小写字母 a-z、数字 0-9 和连字符 - 组成")
        by_id[s.id] = s
    return by_id


def build_index(speeches: list[Speech], themes_desc: dict[str, str] | None = None) -> SiteIndex:
    by_id = checked_ids(speeches)
    order = sorted(by_id, key=lambda i: (sort_date(by_id[i]), i))
    rank = {sid: n for n, sid in enumerate(order)}
    facets, speech_facets = _facets(by_id, themes_desc or {})
    for values in facets.values():
        for fv in values.values():
            fv.ids.sort(key=lambda i: -rank[i])
    return SiteIndex(by_id, order, facets, speech_facets, related_speeches(by_id),
                     shared_passages(by_id), themes_desc or {})


def _facets(by_id: dict[str, Speech], themes_desc: dict[str, str]):
    ss = [by_id[i] for i in sorted(by_id)]
    facets: dict[str, dict[tuple, FacetValue]] = {k: {} for k in FACET_LABELS}
    speech_facets: dict[str, list[FacetValue]] = defaultdict(list)

    def simple(facet: str, names: dict[str, str]):
        for name, slug in sorted(names.items()):
            facets[facet][(name,)] = FacetValue(facet, (name,), name, f"{facet}/{slug}/",
                                                description=themes_desc.get(name, "") if facet == "themes" else "")

    simple("themes", assign_slugs({t for s in ss for t in s.themes}))
    simple("campaigns", assign_slugs({s.campaign for s in ss if s.campaign}))
    lv = {s.level for s in ss if s.level}
    simple("levels", assign_slugs(lv))
    # Levels in their administrative order, not alphabetical.
    facets["levels"] = dict(sorted(facets["levels"].items(),
                                   key=lambda kv: (LEVELS.index(kv[0][0]) if kv[0][0] in LEVELS else 99, kv[0])))
    for y in sorted({year_of(s) for s in ss if year_of(s)}):
        # Years come from validated dates (YYYY…); still, only digits reach a path.
        if y.isdigit():
            facets["years"][(y,)] = FacetValue("years", (y,), f"{y}年", f"years/{y}/")
    facets["years"][(UNKNOWN,)] = FacetValue("years", (UNKNOWN,), UNKNOWN_YEAR_LABEL, f"years/{UNKNOWN}/")

    # Places: a tree province → city → district; slugs unique among siblings.
    places = facets["places"]
    tree: dict = {}
    for s in ss:
        parts = _place_parts(s)
        if parts:
            node = tree
            for p in parts:
                node = node.setdefault(p, {})

    def walk(node: dict, prefix: tuple, parent: FacetValue | None, base: str):
        slugs = assign_slugs(node.keys(), place=True)
        for name in sorted(node):
            key = prefix + (name,)
            fv = FacetValue("places", key, name, f"{base}{slugs[name]}/", parent=parent)
            places[key] = fv
            if parent:
                parent.children.append(fv)
            walk(node[name], key, fv, fv.url)

    walk(tree, (), None, "places/")
    places[(UNKNOWN,)] = FacetValue("places", (UNKNOWN,), UNKNOWN_PLACE_LABEL, f"places/{UNKNOWN}/")

    for s in ss:
        mine = [facets["themes"][(t,)] for t in dict.fromkeys(s.themes)]
        parts = _place_parts(s)
        if parts:
            # A speech belongs to its most specific place and to every enclosing one.
            mine += [places[parts[:n]] for n in range(1, len(parts) + 1)]
        else:
            mine.append(places[(UNKNOWN,)])
        if s.campaign:
            mine.append(facets["campaigns"][(s.campaign,)])
        y = year_of(s)
        mine.append(facets["years"][(y,)] if y and (y,) in facets["years"] else facets["years"][(UNKNOWN,)])
        if s.level:
            mine.append(facets["levels"][(s.level,)])
        for fv in mine:
            fv.ids.append(s.id)
        speech_facets[s.id] = mine
    # Drop the "unknown" pages when nothing is in them.
    for f, k in (("years", (UNKNOWN,)), ("places", (UNKNOWN,))):
        if not facets[f][k].ids:
            del facets[f][k]
    return facets, dict(speech_facets)


def _place_parts(s: Speech) -> tuple:
    raw = (s.province, s.city, s.district)
    last = max((n for n, v in enumerate(raw) if v), default=-1)
    if last < 0:
        return ()
    return tuple(v or MISSING_PART for v in raw[:last + 1])


# --- related speeches -------------------------------------------------------------------

def _bigram_codes(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Distinct character bigrams of the fingerprint text (as uint64 codes) and their counts."""
    fp = fingerprint_text(text)
    if len(fp) < 2:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    cp = np.frombuffer(fp.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    codes = (cp[:-1] << np.uint64(32)) | cp[1:]
    return np.unique(codes, return_counts=True)


def related_speeches(by_id: dict[str, Speech]) -> dict[str, list[tuple[str, float]]]:
    """Vectorised TF-IDF top terms + capped inverted index (see the module docstring)."""
    ids = sorted(by_id)
    n = len(ids)
    if n < 2:
        return {i: [] for i in ids}
    docs = [_bigram_codes(by_id[sid].title + "\n" + by_id[sid].text) for sid in ids]
    vocab, df = np.unique(np.concatenate([c for c, _ in docs]), return_counts=True)
    idf = np.log((n + 1) / df)
    idf[df < 2] = 0.0                       # a term no other speech has links nothing
    term_parts, doc_parts, w_parts = [], [], []
    for d, (codes, counts) in enumerate(docs):
        if not len(codes):
            continue
        t = np.searchsorted(vocab, codes)
        w = (1.0 + np.log(counts)) * idf[t]
        k = min(TOP_TERMS, len(w))
        # Deterministic top-k: by weight, then by term code.
        top = np.lexsort((t, -w))[:k]
        top = top[w[top] > 0]
        if not len(top):
            continue
        wt = w[top]
        wt = wt / np.sqrt(np.sum(wt * wt))
        term_parts.append(t[top])
        doc_parts.append(np.full(len(top), d, dtype=np.int64))
        w_parts.append(wt)
    if not term_parts:
        return {i: [] for i in ids}
    terms = np.concatenate(term_parts)
    dd = np.concatenate(doc_parts)
    ww = np.concatenate(w_parts)
    order = np.lexsort((dd, -ww, terms))      # by term, strongest first, then doc
    terms, dd, ww = terms[order], dd[order], ww[order]
    starts = np.flatnonzero(np.r_[True, terms[1:] != terms[:-1]])
    ends = np.r_[starts[1:], len(terms)]
    rank = np.arange(len(terms)) - np.repeat(starts, ends - starts)
    keep = rank < POSTING_CAP
    # Postings per term (capped) and, per document, its own (term, weight) list.
    uniq_terms = terms[starts]
    post_start = {int(tt): (int(a), int(b)) for tt, a, b in zip(uniq_terms, starts, np.minimum(ends, starts + POSTING_CAP))}
    out: dict[str, list[tuple[str, float]]] = {}
    by_doc = np.argsort(dd, kind="stable")
    doc_bounds = np.searchsorted(dd[by_doc], np.arange(n + 1))
    for d in range(n):
        sel = by_doc[doc_bounds[d]:doc_bounds[d + 1]]
        if not len(sel):
            out[ids[d]] = []
            continue
        cand_docs, cand_w = [], []
        for tt, wv in zip(terms[sel], ww[sel]):
            a, b = post_start[int(tt)]
            cand_docs.append(dd[a:b])
            cand_w.append(ww[a:b] * wv)
        scores = np.bincount(np.concatenate(cand_docs), weights=np.concatenate(cand_w), minlength=n)
        scores[d] = 0.0
        cand = np.flatnonzero(scores >= MIN_RELATED)
        best = sorted(((round(float(scores[c]), 6), int(c)) for c in cand), key=lambda x: (-x[0], x[1]))
        out[ids[d]] = [(ids[c], sc) for sc, c in best[:RELATED]]
    del keep
    return out


# --- shared passages --------------------------------------------------------------------

def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(paragraph) if s.strip()]


def shared_passages(by_id: dict[str, Speech]) -> dict[str, list[SharedPassage]]:
    occ: dict[bytes, list[tuple[str, int, str]]] = defaultdict(list)
    for sid in sorted(by_id):
        seen: set[bytes] = set()
        for pi, para in enumerate(by_id[sid].paragraphs, 1):
            for sent in sentences(para):
                norm = fingerprint_text(sent)
                if len(norm) < MIN_SENTENCE:
                    continue
                h = hashlib.blake2b(norm.encode("utf-8"), digest_size=12).digest()
                if h in seen:
                    continue          # first occurrence within a speech only
                seen.add(h)
                occ[h].append((sid, pi, sent.strip()))
    pairs: dict[tuple[str, int, str, int], list] = {}
    for h in sorted(occ):
        members = occ[h]
        if len(members) < 2:
            continue
        spread = len(members)
        for sid, pi, sent in members:
            others = [m for m in members if m[0] != sid][:LINKS_PER_SENTENCE]
            for osid, opi, _ in others:
                key = (sid, pi, osid, opi)
                cur = pairs.get(key)
                n = len(fingerprint_text(sent))
                if cur is None:
                    pairs[key] = [1, n, sent, spread]
                else:
                    cur[0] += 1
                    cur[1] += n
                    cur[3] = max(cur[3], spread)
    per: dict[str, list[SharedPassage]] = defaultdict(list)
    for (sid, pi, osid, opi), (k, n, sent, spread) in pairs.items():
        per[sid].append(SharedPassage(pi, osid, opi, k, n, sent, spread))
    out: dict[str, list[SharedPassage]] = {}
    for sid in sorted(by_id):
        items = sorted(per.get(sid, []), key=lambda p: (-p.chars, p.para, p.other, p.other_para))
        items = items[:SHARED_PER_SPEECH]
        out[sid] = sorted(items, key=lambda p: (p.para, -p.chars, p.other, p.other_para))
    return out
