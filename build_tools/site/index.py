"""Whole-corpus stage: facets, slugs, related speeches and shared passages.

Everything here is computed once over the corpus before any page is written, in time
roughly linear in the corpus size (no all-pairs comparison):

* Related speeches: TF-IDF over Han-character bigrams; each speech keeps its TOP_TERMS
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
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np

from ..dedup import fingerprint_text
from ..record import ID_RE, LEVELS, Speech
from .slugs import assign_slugs

TOP_TERMS = 40
POSTING_CAP = 150
RELATED = 6
MIN_RELATED = 0.08
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

    @property
    def rank(self) -> dict[str, int]:
        if not hasattr(self, "_rank"):
            self._rank = {sid: n for n, sid in enumerate(self.order)}
        return self._rank

    @property
    def newest(self) -> list[str]:
        return list(reversed(self.order))

    def place_of(self, sid: str) -> list[FacetValue]:
        return [f for f in self.speech_facets[sid] if f.facet == "places"]


FACET_LABELS = {"themes": "主题", "places": "地点", "campaigns": "创建类型", "years": "年份",
                "levels": "层级"}


def build_index(speeches: list[Speech], themes_desc: dict[str, str] | None = None) -> SiteIndex:
    by_id: dict[str, Speech] = {}
    for s in speeches:
        if not ID_RE.match(s.id or "") or len(s.id) > 64:
            from ..errors import EntryError
            raise EntryError(f"invalid id {s.id!r}", hint="ids are lowercase a-z, 0-9 and '-'")
        by_id[s.id] = s
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

def _bigrams(text: str) -> Counter:
    c: Counter = Counter()
    for run in _HAN.findall(fingerprint_text(text)):
        c.update(run[i:i + 2] for i in range(len(run) - 1))
    return c


def related_speeches(by_id: dict[str, Speech]) -> dict[str, list[tuple[str, float]]]:
    ids = sorted(by_id)
    n = len(ids)
    if n < 2:
        return {i: [] for i in ids}
    df: Counter = Counter()
    for sid in ids:
        df.update(_bigrams(by_id[sid].title + "\n" + by_id[sid].text).keys())
    vecs: list[dict[str, float]] = []
    for sid in ids:
        tf = _bigrams(by_id[sid].title + "\n" + by_id[sid].text)
        w = {t: (1 + math.log(c)) * math.log((n + 1) / df[t]) for t, c in tf.items() if df[t] > 1}
        top = sorted(w.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_TERMS]
        norm = math.sqrt(sum(v * v for _, v in top)) or 1.0
        vecs.append({t: v / norm for t, v in top})
    postings: dict[str, list[tuple[float, int]]] = defaultdict(list)
    for d, vec in enumerate(vecs):
        for t, v in vec.items():
            postings[t].append((v, d))
    post_idx: dict[str, tuple[np.ndarray, np.ndarray]] = {}
    for t, lst in postings.items():
        lst.sort(key=lambda x: (-x[0], x[1]))
        lst = lst[:POSTING_CAP]
        post_idx[t] = (np.fromiter((d for _, d in lst), dtype=np.int64, count=len(lst)),
                       np.fromiter((v for v, _ in lst), dtype=np.float64, count=len(lst)))
    out: dict[str, list[tuple[str, float]]] = {}
    for d, vec in enumerate(vecs):
        docs, weights = [], []
        for t, v in vec.items():
            pd, pv = post_idx[t]
            docs.append(pd)
            weights.append(pv * v)
        if not docs:
            out[ids[d]] = []
            continue
        scores = np.bincount(np.concatenate(docs), weights=np.concatenate(weights), minlength=n)
        scores[d] = 0.0
        cand = np.nonzero(scores >= MIN_RELATED)[0]
        best = sorted(((round(float(scores[c]), 6), int(c)) for c in cand), key=lambda x: (-x[0], x[1]))
        out[ids[d]] = [(ids[c], s) for s, c in best[:RELATED]]
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
