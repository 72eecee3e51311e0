"""Whole-corpus stage: facets, slugs, related speeches and shared passages.

Takes the corpus's Speech records (and the taxonomy's theme descriptions); gives a SiteIndex
that every page is made from (facet values carry their site paths, from routes.py).

Everything here is computed once over the corpus before any page is written, in time
roughly linear in the corpus size (no all-pairs comparison):

* Shared passages (相同段落): every sentence of at least MIN_SENTENCE characters (Han
  characters, letters and digits only, masks removed) is hashed into an inverted index.
  A sentence in at most PAIR_SPREAD speeches links every occurrence to every other one
  (merged per pair of paragraphs); a sentence in more speeches is a common sentence (套话)
  with a page of its own listing every occurrence, so nothing is hidden and the work stays
  linear (pairs would grow with the square of its spread).
* Related speeches: first the speeches this one shares the most text with (characters of
  shared sentences, most first), then speeches with similar wording: TF-IDF over character
  bigrams with each speech's own place names masked (otherwise two speeches from the same
  city look alike for that alone), each speech keeping its TOP_TERMS strongest terms; an
  inverted index over those terms (posting lists capped at POSTING_CAP, strongest first)
  yields candidates scored by cosine, kept from MIN_RELATED up.

Ordering is total (ties broken by id), so the output is deterministic.
"""
from __future__ import annotations

import hashlib
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from ..cleaning import chinese_quotes
from ..places import DIVISION_SUFFIX, place_label
from ..record import ID_RE, LEVELS, Speech
from ..vocabulary import PASSAGE_END, STOPS, fingerprint_text
from . import routes
from .slugs import assign_slugs

if TYPE_CHECKING:
    from ..reuse import Reuse

#: Terms kept per speech. Against exact TF-IDF over all bigrams (same weighting, places
#: masked) at 1,000 synthetic speeches the top 5 agree on 2.16 of 5 with 100 terms, 2.92
#: with 200, 2.99 with 300 (and POSTING_CAP 300): 200 takes most of the gain for twice
#: the candidate work of 100.
TOP_TERMS = 200
POSTING_CAP = 150
RELATED = 6
#: Lowest cosine shown as similar wording (TOP_TERMS 200, own place names masked). On the
#: shipped corpus the four pairs that are plainly versions of one text score 0.13–0.19 and
#: everything else at most 0.09; at 1,000 synthetic speeches 0.15% of random pairs reach
#: 0.12 (0.8% reached the old 0.03), and those mostly share a template paragraph anyway.
MIN_RELATED = 0.12
MIN_SENTENCE = 16
#: A sentence in more speeches than this is a common sentence (its own page, no pairs). At
#: 1,000 synthetic speeches 98.5% of shared sentences are in at most 20 speeches; pairs
#: cost the square of the spread (196,852 sentence pairs uncapped, 46% of them from the
#: 1.5% above 20).
PAIR_SPREAD = 20
UNKNOWN = "unknown"
UNKNOWN_PLACE_LABEL = "地点不详或已隐去"
UNKNOWN_YEAR_LABEL = "年份不详"
MISSING_PART = "（不详）"

_SENT_SPLIT = re.compile(f"(?<=[{PASSAGE_END}])")


def sort_date(s: Speech) -> str:
    """The newest date known about a speech (given, else published): for build stamps and
    for reuse's guess at which holder of a sentence came first (chronology), never for
    ordering speeches a reader sees, because the two dates mean different things."""
    return s.date or s.published or ""


def chronology(by_id: dict[str, Speech]) -> list[str]:
    """Every speech, earliest known date first (undated last would need a date; "" sorts
    first, which only widens reuse's candidate links, never its shares)."""
    return sorted(by_id, key=lambda i: (sort_date(by_id[i]), i))


def list_key(s: Speech) -> tuple:
    """Newest-first order of a list: speeches with a speech date by that date; then those
    known only by the source page's publication date (by that date); then those with
    neither. A publication date is not a speech date, so the two are never interleaved, and
    an undated speech is never placed as if it were the oldest."""
    if s.date:
        return (0, _neg(s.date), s.id)
    if s.published:
        return (1, _neg(s.published), s.id)
    return (2, "", s.id)


def _neg(date: str) -> str:
    # Descending by an ISO date (YYYY, YYYY-MM or YYYY-MM-DD) inside an ascending sort key;
    # a partial date sorts after the full dates of its period ("2021" after "2021-12-31").
    return "".join(chr(0x39 - ord(c) + 0x30) if c.isdigit() else c for c in (date + "-00-00")[:10])


def date_label(s: Speech) -> tuple[str, str]:
    """(label, value) of the date a list shows for a speech: 讲话日期, else 发布日期."""
    if s.date:
        return "讲话日期", s.date
    if s.published:
        return "发布日期", s.published
    return "日期", "不详"


# A salutation paragraph: short, ends with a colon, no sentence inside ("同志们：",
# "各位领导、同志们："). Shape only, so any form of address is recognised.
_SALUTATION = re.compile(f"^[^{STOPS}]{{1,30}}[：:]$")
_SENTENCE_END = re.compile(f"(?<=[{STOPS}])")


def opening(s: Speech, limit: int = 120) -> str:
    """The speech's first real sentence (after any salutation), for descriptions and feed
    summaries; cut at `limit` characters with "…"."""
    for para in s.paragraphs:
        para = para.strip()
        if _SALUTATION.match(para):
            continue
        first = _SENTENCE_END.split(para, maxsplit=1)[0].strip()
        return first if len(first) <= limit else first[:limit - 1] + "…"
    return ""


def description(s: Speech) -> str:
    """Place (when known) and speech date (when known), then the first real sentence: the
    page description and the feed summary."""
    lead = "，".join(x for x in (place_label(s) if (s.province or s.city or s.district) else "",
                                 f"讲话日期 {s.date}" if s.date else "") if x)
    return (lead + "：" if lead else "") + chinese_quotes(opening(s))


def year_of(s: Speech) -> str | None:
    return s.date[:4] if s.date else None


@dataclass
class FacetValue:
    facet: str                 # themes, places, campaigns, years, levels
    key: tuple                 # theme name / (province, city, district) / ...
    label: str                 # display name (untrusted text: escape when rendering)
    url: str                   # directory URL relative to the site root, e.g. "themes/x/"
    ids: list[str] = field(default_factory=list)   # list order (list_key)
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
    sample: str                # longest sentence of the pair, as written in this speech
    spread: int                # how many speeches contain that sentence (sample)


@dataclass
class CommonSentence:
    """A sentence found in more than PAIR_SPREAD speeches; it has a page of its own."""
    key: str                   # hex digest: the page is passages/<key>/
    text: str                  # as written in the first speech (by id) that has it
    chars: int                 # fingerprint length (characters that count)
    where: list[tuple[str, int]]   # every (speech id, paragraph), by speech id

    @property
    def url(self) -> str:
        return routes.passage(self.key)


@dataclass
class Related:
    other: str
    shared_chars: int          # characters of sentences the two speeches share
    similarity: float          # TF-IDF cosine (0.0 when not computed for this pair)


@dataclass
class SiteIndex:
    speeches: dict[str, Speech]
    order: list[str]                          # speeches with a speech date, oldest → newest
    facets: dict[str, dict[tuple, FacetValue]]
    speech_facets: dict[str, list[FacetValue]]
    related: dict[str, list[Related]]
    shared: dict[str, list[SharedPassage]]
    themes_desc: dict[str, str]
    common: dict[str, CommonSentence] = field(default_factory=dict)
    #: per speech, (paragraph, common sentence key) for each common sentence in it
    common_in: dict[str, list[tuple[int, str]]] = field(default_factory=dict)
    reuse: Reuse | None = None                # set by the build before the copy views (compare.py)

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
    def newest(self) -> list[str]:
        """Every speech in list order (see list_key)."""
        if not hasattr(self, "_newest"):
            self._newest = sorted(self.speeches, key=lambda i: list_key(self.speeches[i]))
        return self._newest

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
    order = sorted((i for i in by_id if by_id[i].date), key=lambda i: (by_id[i].date, i))
    keys = {i: list_key(s) for i, s in by_id.items()}
    facets, speech_facets = _facets(by_id, themes_desc or {})
    for values in facets.values():
        for fv in values.values():
            fv.ids.sort(key=keys.__getitem__)
    sh = shared_passages(by_id)
    related = related_speeches(by_id, sh)
    return SiteIndex(by_id, order, facets, speech_facets, related, sh.passages, themes_desc or {},
                     sh.common, sh.common_in)


def _facets(by_id: dict[str, Speech], themes_desc: dict[str, str]):
    ss = [by_id[i] for i in sorted(by_id)]
    facets: dict[str, dict[tuple, FacetValue]] = {k: {} for k in FACET_LABELS}
    speech_facets: dict[str, list[FacetValue]] = defaultdict(list)

    def simple(facet: str, names: dict[str, str]):
        for name, slug in sorted(names.items()):
            facets[facet][(name,)] = FacetValue(facet, (name,), name, routes.facet_value(routes.facet(facet), slug),
                                                description=themes_desc.get(name, "") if facet == "themes" else "")

    simple("themes", assign_slugs({t for s in ss for t in s.themes}))
    simple("campaigns", assign_slugs({s.campaign for s in ss if s.campaign}))
    lv = {s.level for s in ss if s.level}
    simple("levels", assign_slugs(lv))
    # Levels in their administrative order, not alphabetical.
    facets["levels"] = dict(sorted(facets["levels"].items(),
                                   key=lambda kv: (LEVELS.index(kv[0][0]) if kv[0][0] in LEVELS else 99, kv[0])))
    for year in sorted({y for y in map(year_of, ss) if y}):
        # Years come from validated dates (YYYY…); still, only digits reach a path.
        if year.isdigit():
            facets["years"][(year,)] = FacetValue("years", (year,), f"{year}年", routes.facet_value(routes.facet("years"), year))
    facets["years"][(UNKNOWN,)] = FacetValue("years", (UNKNOWN,), UNKNOWN_YEAR_LABEL,
                                               routes.facet_value(routes.facet("years"), UNKNOWN))

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
            fv = FacetValue("places", key, name, routes.facet_value(base, slugs[name]), parent=parent)
            places[key] = fv
            if parent:
                parent.children.append(fv)
            walk(node[name], key, fv, fv.url)

    walk(tree, (), None, routes.facet("places"))
    places[(UNKNOWN,)] = FacetValue("places", (UNKNOWN,), UNKNOWN_PLACE_LABEL,
                                    routes.facet_value(routes.facet("places"), UNKNOWN))

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

def _without_places(s: Speech, text: str) -> str:
    """The speech's own place names (full and short: 西湖区, 西湖) replaced by a line break,
    so that no bigram is made of them or across them."""
    names = set()
    for name in (s.province, s.city, s.district):
        if name:
            names.add(name)
            short = DIVISION_SUFFIX.sub("", name)
            if len(short) >= 2:
                names.add(short)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(name, "\n")
    return text


def _bigram_codes(text: str) -> tuple[np.ndarray, np.ndarray]:
    """Distinct character bigrams of the fingerprint text (as uint64 codes) and their counts;
    none spans a line break."""
    codes: list[np.ndarray] = []
    for part in text.split("\n"):
        fp = fingerprint_text(part)
        if len(fp) < 2:
            continue
        cp = np.frombuffer(fp.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
        codes.append((cp[:-1] << np.uint64(32)) | cp[1:])
    if not codes:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    return np.unique(np.concatenate(codes), return_counts=True)


def similar_wording(by_id: dict[str, Speech]) -> dict[str, list[tuple[str, float]]]:
    """Vectorised TF-IDF top terms + capped inverted index (see the module docstring):
    per speech, (other id, cosine) from MIN_RELATED up, best first, at most RELATED."""
    ids = sorted(by_id)
    n = len(ids)
    if n < 2:
        return {i: [] for i in ids}
    docs = [_bigram_codes(_without_places(by_id[sid], by_id[sid].title + "\n" + by_id[sid].text))
            for sid in ids]
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
    # Postings per term, capped at the POSTING_CAP strongest.
    post_start = {int(tt): (int(a), int(b))
                  for tt, a, b in zip(terms[starts], starts, np.minimum(ends, starts + POSTING_CAP))}
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
    return out


def related_speeches(by_id: dict[str, Speech], shared: "SharedIndex") -> dict[str, list[Related]]:
    """At most RELATED per speech: those it shares the most text with first (a copy is the
    strongest relation there is), then similar wording. A speech that shares any passage
    always has at least one related speech."""
    similar = similar_wording(by_id)
    out: dict[str, list[Related]] = {}
    for sid in sorted(by_id):
        chars = shared.pair_chars.get(sid, {})
        if not chars and shared.common_in.get(sid):
            chars = _common_partners(sid, shared)
        items = [Related(o, c, 0.0) for o, c in sorted(chars.items(), key=lambda kv: (-kv[1], kv[0]))]
        seen = {r.other for r in items}
        for o, score in similar.get(sid, []):
            if o in seen:
                for r in items:
                    if r.other == o:
                        r.similarity = score
            else:
                items.append(Related(o, 0, score))
        out[sid] = items[:RELATED]
    return out


def _common_partners(sid: str, shared: "SharedIndex") -> dict[str, int]:
    """Characters shared through common sentences only (no pairs are kept for those): used
    for the few speeches whose only shared text is common sentences."""
    chars: dict[str, int] = defaultdict(int)
    for _, key in shared.common_in[sid]:
        cs = shared.common[key]
        for other in {o for o, _ in cs.where if o != sid}:
            chars[other] += cs.chars
    return dict(chars)


# --- shared passages --------------------------------------------------------------------

def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENT_SPLIT.split(paragraph) if s.strip()]


@dataclass
class SharedIndex:
    passages: dict[str, list[SharedPassage]]          # per speech, by paragraph
    common: dict[str, CommonSentence]
    common_in: dict[str, list[tuple[int, str]]]       # per speech: (paragraph, key)
    pair_chars: dict[str, dict[str, int]]             # per speech: other → shared characters


def shared_passages(by_id: dict[str, Speech]) -> SharedIndex:
    occ: dict[bytes, list[tuple[str, int, str]]] = defaultdict(list)
    length: dict[bytes, int] = {}
    for sid in sorted(by_id):
        for pi, para in enumerate(by_id[sid].paragraphs, 1):
            seen: set[bytes] = set()
            for sent in sentences(para):
                norm = fingerprint_text(sent)
                if len(norm) < MIN_SENTENCE:
                    continue
                h = hashlib.blake2b(norm.encode("utf-8"), digest_size=12).digest()
                if h in seen:
                    continue          # once per paragraph (every paragraph that has it counts)
                seen.add(h)
                occ[h].append((sid, pi, sent.strip()))
                length[h] = len(norm)
    pairs: dict[tuple[str, int, str, int], list] = {}
    common: dict[str, CommonSentence] = {}
    common_in: dict[str, list[tuple[int, str]]] = defaultdict(list)
    pair_chars: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for h in sorted(occ):
        members = occ[h]
        speeches = sorted({sid for sid, _, _ in members})
        spread = len(speeches)           # speeches, not paragraphs
        if spread < 2:
            continue
        n = length[h]
        if spread > PAIR_SPREAD:
            key = h.hex()
            common[key] = CommonSentence(key, members[0][2], n, [(sid, pi) for sid, pi, _ in members])
            for sid, pi, _ in members:
                common_in[sid].append((pi, key))
            continue
        for a in speeches:               # shared text per pair of speeches: once per sentence
            for b in speeches:
                if a != b:
                    pair_chars[a][b] += n
        for sid, pi, sent in members:
            for osid, opi, _ in members:
                if osid == sid:
                    continue
                pair_key = (sid, pi, osid, opi)
                cur = pairs.get(pair_key)
                if cur is None:
                    pairs[pair_key] = [1, n, sent, spread, n]
                else:
                    cur[0] += 1
                    cur[1] += n
                    if (n, -spread) > (cur[4], -cur[3]):   # the sample: the pair's longest sentence
                        cur[2], cur[3], cur[4] = sent, spread, n
    per: dict[str, list[SharedPassage]] = defaultdict(list)
    for (sid, pi, osid, opi), (k, n, sent, spread, _) in pairs.items():
        per[sid].append(SharedPassage(pi, osid, opi, k, n, sent, spread))
    passages = {sid: sorted(per.get(sid, []), key=lambda p: (p.para, -p.chars, p.other, p.other_para))
                for sid in sorted(by_id)}
    return SharedIndex(passages, common, {k: sorted(v) for k, v in common_in.items()},
                       {k: dict(v) for k, v in pair_chars.items()})
