"""Text reuse between speeches: what two speeches have in common, and template families.

Shared text is defined on the fingerprint (Han characters, letters and digits; masks and
punctuation removed: vocabulary.fingerprint_text): a character of speech A is *shared
with* B when it lies in a run of at least MATCH fingerprint characters that also occurs
in B. Equivalently, the union of A's MATCH-character windows found anywhere in B. The
share "A 62% 与 B 相同" is shared characters of A / all fingerprint characters of A.

Cost stays near linear in the number of speeches (no all-pairs loop):

* candidates come from the shared-passage idea of site/index.py: every sentence of at
  least index.MIN_SENTENCE fingerprint characters is hashed; a sentence found in several
  speeches links each one to the LINKS_EARLIEST earliest and LINKS_PRECEDING immediately
  preceding speeches (by date) holding it, so a sentence in 500 speeches costs 500 x 6
  links, not 500²;
* exact shares are computed (numpy, per pair linear in the two lengths) only for each
  speech's CLOSEST strongest candidates, and for each family member against its core.

Template families are connected groups of speeches whose pairwise shares (both ways) are
at least FAMILY; the core text is the member with the most text in common with the
others. Ordering is total (ties by id): output is deterministic.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from .cleaning import mask_spans
from .places import gazetteer
from .record import Speech
from .vocabulary import FINGERPRINT_KEPT, MASK_CHARS, PASSAGE_END

#: Shortest run counted as shared, in fingerprint characters. Measured on the shipped
#: corpus (13 speeches, 78 pairs, none a copy of another): the share of a speech "in
#: common" with an unrelated one is on average 0.9% (at most 7.5%) with 8 characters
#: (stock phrases such as 创建全国文明城市工作), 0.2% (4.2%) with 10, 0.04% (1.1%) with
#: 12 and 0.02% (0.9%) with 16. 12 is the shortest length at which stock phrases stop
#: counting; a sentence copied with its place name changed keeps runs of 12+ on both
#: sides of the name.
MATCH = 12
#: Links per sentence occurrence (see the module docstring).
LINKS_EARLIEST = 3
LINKS_PRECEDING = 3
#: Speeches per speech whose exact shares are computed and listed (最相近的讲话).
CLOSEST = 5
#: Candidates whose text counts for "share of this speech found elsewhere".
ELSEWHERE = 12
#: Two speeches are in one template family when each has at least this share of its
#: text in common with the other. Measured on the 1,000-speech synthetic corpus of `make
#: bench` (benchmarks/synth.py: every 8 speeches draw on one template's paragraphs; 5% are
#: planted copies of an earlier speech with their own place and date, 15% of paragraphs
#: rewritten, copies of copies included), over the 3,048 pairs this module computes:
#: template siblings (2,724 pairs) share at most 0.55 (95th percentile 0.25), unrelated
#: pairs at most 0.38; pairs within a planted family share 0.29-1.0 (median 0.84; the low
#: ones are two copies of one source, joined through it). At 0.6: no family mixes planted
#: groups, 44 of 45 planted families come out exactly, one splits in two (a copy that
#: rewrote more), and all 97 planted members are in a family.
FAMILY = 0.6
#: Sentences shorter than this (fingerprint characters) are not candidates' evidence.
MIN_SENTENCE = 16

_SENTENCE_ENDS = np.array([ord(c) for c in PASSAGE_END], dtype=np.uint32)
_P = np.uint64(0x9E3779B97F4A7C15)

SAME, MASK, PLACE = 0, 1, 2      # kinds of marked span
#: Longest unshared gap searched for a changed place name (characters): 新疆维吾尔自治区
#: is 8, and a name with its suffix changed (市 → 县) leaves gaps of 2-8.
GAP = 12


# --- one text ------------------------------------------------------------------------

@dataclass
class Text:
    """A speech's text prepared for comparison (computed once per speech)."""
    paragraphs: list[str]
    starts: np.ndarray          # offset of each paragraph in the joined text
    fp: np.ndarray | None       # fingerprint code points (uint32); dropped after indexing
    pos: np.ndarray             # offset in the joined text of each fingerprint character
    para: np.ndarray            # paragraph of each fingerprint character
    unique: np.ndarray          # sorted distinct hashes of the MATCH-character windows
    first: np.ndarray           # first window index of each distinct hash
    inverse: np.ndarray         # index in `unique` of each window (windows start at each
                                # fingerprint character; the last MATCH-1 start none)
    breaks: np.ndarray          # fingerprint offsets where sentences end
    masks: list[tuple[int, int, int]] = field(default_factory=list)   # (para, start, end)
    masked_upto: np.ndarray | None = None    # cumulative count of masked characters
    # Small integer types: at 10,000 speeches these arrays are ~0.9 GB with int32/int16,
    # against ~2.6 GB with numpy's default int64.

    @property
    def size(self) -> int:
        return len(self.pos)


_SEP = "\n\n"


def prepare(paragraphs: list[str]) -> Text:
    text = _SEP.join(paragraphs)
    starts = np.array([0] + [0] * max(0, len(paragraphs) - 1), dtype=np.int64)
    off = 0
    for n, p in enumerate(paragraphs):
        starts[n] = off
        off += len(p) + len(_SEP)
    cp = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32)
    keep = np.zeros(len(cp), dtype=bool)
    for a, b in FINGERPRINT_KEPT:   # as vocabulary.fingerprint_text
        keep |= (cp >= a) & (cp <= b)
    masked = np.zeros(len(cp), dtype=bool)
    masks: list[tuple[int, int, int]] = []
    if not MASK_CHARS.isdisjoint(text):
        for a, b in mask_spans(text):
            masked[a:b] = True
            pi = int(np.searchsorted(starts, a, side="right") - 1)
            masks.append((pi, a - int(starts[pi]), b - int(starts[pi])))
    keep &= ~masked
    pos = np.flatnonzero(keep).astype(np.int32)
    # Sentence ends (as site/index.py splits sentences), as fingerprint offsets.
    ends = np.flatnonzero(np.isin(cp, _SENTENCE_ENDS))
    breaks = np.unique(np.concatenate([np.searchsorted(pos, ends), np.searchsorted(pos, starts),
                                       [len(pos)]])).astype(np.int32)
    fp = cp[pos]
    para = ((np.searchsorted(starts, pos, side="right") - 1) if len(paragraphs) else pos).astype(np.int16)
    hashes = window_hashes(fp.astype(np.uint64))
    # By hand, not np.unique: numpy 2's hash-based unique took 6 ms per speech here.
    order = np.argsort(hashes, kind="stable")
    ordered = hashes[order]
    distinct = np.r_[True, ordered[1:] != ordered[:-1]] if len(ordered) else np.zeros(0, dtype=bool)
    unique, first = ordered[distinct], order[distinct].astype(np.int32)
    inverse = np.empty(len(hashes), dtype=np.int32)
    inverse[order] = np.cumsum(distinct) - 1
    upto = np.concatenate([[0], np.cumsum(masked)]).astype(np.int32) if masks else None
    return Text(paragraphs, starts, fp, pos, para, unique, first, inverse, breaks, masks, upto)


def fingerprint_of(t: Text) -> str:
    assert t.fp is not None, "fingerprint dropped: call before build_reuse indexes the text"
    return t.fp.tobytes().decode("utf-32-le")


def window_hashes(fp: np.ndarray, k: int | None = None) -> np.ndarray:
    """Polynomial hash (mod 2^64) of every k-character window, vectorised."""
    k = k or MATCH
    n = len(fp) - k + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for j in range(k):
            h = h * _P + fp[j:j + n] + np.uint64(1)
    return h


def member(values: np.ndarray, ref: np.ndarray) -> np.ndarray:
    """values ∈ ref, for a sorted ref (binary search: faster than np.isin here)."""
    if not len(ref) or not len(values):
        return np.zeros(len(values), dtype=bool)
    at = np.minimum(np.searchsorted(ref, values), len(ref) - 1)
    return ref[at] == values


def shared_windows(a: Text, b: Text | np.ndarray) -> np.ndarray:
    """Which of a's windows occur in b (a Text or sorted hashes). Searched with a's sorted
    distinct hashes, which binary search takes in order (4x faster than unsorted)."""
    other = b.unique if isinstance(b, Text) else b
    return member(a.unique, other)[a.inverse]


def covered(a: Text, b: Text | np.ndarray, windows: np.ndarray | None = None) -> np.ndarray:
    """Which fingerprint characters of `a` are shared with `b` (a Text or sorted hashes)."""
    hit = np.flatnonzero(shared_windows(a, b) if windows is None else windows)
    d = np.zeros(a.size + 1, dtype=np.int32)
    d[hit] += 1
    d[hit + MATCH] -= 1
    return np.cumsum(d[:-1]) > 0


def share(a: Text, b: Text) -> float:
    return float(covered(a, b).mean()) if a.size else 0.0


# --- one pair ---------------------------------------------------------------------------

@dataclass
class Side:
    share: float
    spans: list[tuple[int, int, int, int]]     # (paragraph, start, end, kind), per paragraph


@dataclass
class Pair:
    a: Side
    b: Side
    rows: list[tuple[int, int]]                # aligned paragraphs (-1: none on that side)


def _runs(t: Text, cov: np.ndarray) -> list[tuple[int, int, int, int]]:
    """Shared characters as spans of the original paragraphs. A run is cut where a mask
    or a paragraph break lies between two shared characters: masks are differences."""
    if not cov.any():
        return []
    n = t.size
    brk = np.zeros(n, dtype=bool)           # a break after character i
    if n > 1:
        brk[:-1] = t.para[1:] != t.para[:-1]
        if t.masked_upto is not None:
            brk[:-1] |= t.masked_upto[t.pos[1:]] - t.masked_upto[t.pos[:-1] + 1] > 0
    brk[-1] = True
    prev_open = np.r_[False, cov[:-1] & ~brk[:-1]]
    start = np.flatnonzero(cov & ~prev_open)
    end = np.flatnonzero(cov & (brk | ~np.r_[cov[1:], False]))
    out = []
    for s, e in zip(start, end, strict=True):
        p = int(t.para[s])
        base = int(t.starts[p])
        out.append((p, int(t.pos[s]) - base, int(t.pos[e]) + 1 - base, SAME))
    return out


def _differences(t: Text, same: list[tuple[int, int, int, int]]) -> list[tuple[int, int, int, int]]:
    """Masks, and place names in the short gaps between shared runs of one paragraph: a
    name changed inside copied text (杭州市 → 龙游县). A place named in a paragraph of
    one's own is not a changed name, and is not marked."""
    out = [(p, s, e, MASK) for p, s, e in t.masks]
    by_para: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for p, s, e, _ in same:
        by_para[p].append((s, e))
    for p, runs in by_para.items():
        text = t.paragraphs[p]
        bounds = [(0, runs[0][0])] + [(runs[k][1], runs[k + 1][0]) for k in range(len(runs) - 1)] \
            + [(runs[-1][1], len(text))]
        for a, b in bounds:
            if 0 < b - a <= GAP:
                out += [(p, a + s, a + e, PLACE) for s, e in place_names(text[a:b])]
    return out


def place_names(text: str) -> list[tuple[int, int]]:
    """(start, end) of gazetteer place names in text, longest first, left to right."""
    names, longest = _place_names()
    out, i = [], 0
    while i < len(text):
        for n in range(min(longest, len(text) - i), 1, -1):
            if text[i:i + n] in names:
                out.append((i, i + n))
                i += n
                break
        else:
            i += 1
    return out


def _align(a: Text, b: Text, windows: np.ndarray) -> list[tuple[int, int]]:
    """Paragraph rows: the order-preserving matching of A's and B's paragraphs with the
    most shared windows (weighted longest increasing subsequence over the few paragraph
    pairs that share anything), unmatched paragraphs in between side by side."""
    hit = np.flatnonzero(windows)
    cells: list[tuple[int, int, int]] = []
    if len(hit):
        j = b.first[np.searchsorted(b.unique, a.unique[a.inverse[hit]])]
        pa, pb = a.para[hit], b.para[j]
        key, cnt = np.unique(pa.astype(np.int64) * (len(b.paragraphs) + 1) + pb, return_counts=True)
        cells = [(int(k) // (len(b.paragraphs) + 1), int(k) % (len(b.paragraphs) + 1), int(c))
                 for k, c in zip(key, cnt, strict=True)]
    best: list[tuple[int, int]] = []
    if cells:
        score = [c for _, _, c in cells]
        back = [-1] * len(cells)
        for x, (i, j, c) in enumerate(cells):
            for y in range(x):
                if cells[y][0] < i and cells[y][1] < j and score[y] + c > score[x]:
                    score[x], back[x] = score[y] + c, y
        x = max(range(len(cells)), key=lambda n: (score[n], -n))
        while x >= 0:
            best.append(cells[x][:2])
            x = back[x]
        best.reverse()
    rows: list[tuple[int, int]] = []
    ia = ib = 0

    def between(i: int, j: int) -> None:
        left, right = list(range(ia, i)), list(range(ib, j))
        for k in range(max(len(left), len(right))):
            rows.append((left[k] if k < len(left) else -1, right[k] if k < len(right) else -1))

    for i, j in best:
        between(i, j)
        rows.append((i, j))
        ia, ib = i + 1, j + 1
    between(len(a.paragraphs), len(b.paragraphs))
    return rows


def compare(a: Text, b: Text) -> Pair:
    wa = shared_windows(a, b)
    ca, cb = covered(a, b, wa), covered(b, a)
    sa, sb = _runs(a, ca), _runs(b, cb)
    return Pair(Side(float(ca.mean()) if a.size else 0.0, sorted(sa + _differences(a, sa))),
                Side(float(cb.mean()) if b.size else 0.0, sorted(sb + _differences(b, sb))),
                _align(a, b, wa))


@lru_cache(maxsize=1)
def _place_names() -> tuple[frozenset[str], int]:
    """Every place name of the gazetteer (full and short forms, 2+ characters)."""
    names = frozenset(n for n in gazetteer() if len(n) >= 2)
    return names, max(map(len, names))


# --- the corpus -------------------------------------------------------------------------

@dataclass
class Family:
    id: int                         # 1-based, by size then earliest member
    core: str
    members: list[str]              # by date, undated last
    shares: dict[str, float]        # member -> share of its text in common with the core


@dataclass
class Reuse:
    texts: dict[str, Text]
    closest: dict[str, list[tuple[str, float, float]]]   # (other, my share, its share)
    elsewhere: dict[str, float]                           # share of my text found elsewhere
    pairs: dict[tuple[str, str], tuple[float, float]]    # sorted ids -> their shares
    families: list[Family]
    family_of: dict[str, int]
    stats: dict = field(default_factory=dict)     # what the site views cost (set by the build)

    def pair(self, x: str, y: str) -> Pair | None:
        """The full comparison of a computed pair (spans and rows are made on demand: kept
        for every pair they were ~60 KB a pair of Python objects)."""
        key = (x, y) if x < y else (y, x)
        return compare(self.texts[key[0]], self.texts[key[1]]) if key in self.pairs else None


def _sentence_links(texts: dict[str, Text], rank: dict[str, int]) -> dict[tuple[str, str], int]:
    """(id, id) sorted -> shared sentence characters, from the sentence inverted index
    (sentences as site/index.py cuts them: at 。！？；!?; and paragraph ends, compared on
    the fingerprint)."""
    occ: dict[bytes, list[tuple[int, str, int]]] = defaultdict(list)
    for sid in sorted(texts):
        t = texts[sid]
        assert t.fp is not None    # build_reuse drops it only after this index is built
        seen: set[bytes] = set()
        prev = 0
        for end in t.breaks.tolist():
            if end - prev >= MIN_SENTENCE:
                key = t.fp[prev:end].tobytes()
                if key not in seen:
                    seen.add(key)
                    occ[key].append((rank[sid], sid, end - prev))
            prev = end
    weight: dict[tuple[str, str], int] = defaultdict(int)
    for members in occ.values():
        if len(members) < 2:
            continue
        members.sort()
        for p, (_, sid, n) in enumerate(members):
            partners = set(range(min(LINKS_EARLIEST, len(members)))) | set(range(max(0, p - LINKS_PRECEDING), p))
            partners.discard(p)
            for q in partners:
                other = members[q][1]
                weight[(sid, other) if sid < other else (other, sid)] += n
    return weight


def build_reuse(by_id: dict[str, Speech], order: list[str]) -> Reuse:
    rank = {sid: n for n, sid in enumerate(order)}
    texts = {sid: prepare(by_id[sid].paragraphs) for sid in sorted(by_id)}
    weight = _sentence_links(texts, rank)
    for t in texts.values():
        t.fp = None    # only the sentence index needs it: 4 bytes a character, 0.2 GB at 10,000
    cands: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for (x, y), w in weight.items():
        cands[x].append((-w, y))
        cands[y].append((-w, x))
    pairs: dict[tuple[str, str], tuple[float, float]] = {}

    def get(x: str, y: str) -> tuple[float, float]:
        key = (x, y) if x < y else (y, x)
        if key not in pairs:
            a, b = texts[key[0]], texts[key[1]]
            pairs[key] = (float(covered(a, b).mean()) if a.size else 0.0,
                          float(covered(b, a).mean()) if b.size else 0.0)
        return pairs[key]

    def mine(p: tuple[float, float], me: str, other: str) -> tuple[float, float]:
        return p if me < other else (p[1], p[0])

    closest: dict[str, list[tuple[str, float, float]]] = {}
    elsewhere: dict[str, float] = {}
    for sid in sorted(by_id):
        cs = sorted(cands.get(sid, []))
        rows = []
        for _, other in cs[:CLOSEST]:
            s_me, s_other = mine(get(sid, other), sid, other)
            if s_me > 0 or s_other > 0:
                rows.append((other, s_me, s_other))
        closest[sid] = sorted(rows, key=lambda r: (-r[1], -r[2], rank[r[0]]))
        pool = [texts[o].unique for _, o in cs[:ELSEWHERE]]
        t = texts[sid]
        elsewhere[sid] = float(covered(t, np.sort(np.concatenate(pool))).mean()) if pool and t.size else 0.0
    families, family_of = _families(closest, rank, texts, get, mine)
    return Reuse(texts, closest, elsewhere, pairs, families, family_of)


def _families(closest, rank, texts, get, mine):
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.get(x, x) != x:
            parent[x] = parent.get(parent[x], parent[x])
            x = parent[x]
        return x

    strength: dict[str, float] = defaultdict(float)
    for sid, rows in closest.items():
        for other, s_me, s_other in rows:
            if min(s_me, s_other) >= FAMILY:
                a, b = find(sid), find(other)
                if a != b:
                    parent[max(a, b)] = min(a, b)
                strength[sid] += s_me + s_other
    groups: dict[str, list[str]] = defaultdict(list)
    for sid in closest:
        groups[find(sid)].append(sid)
    fams = []
    for members in groups.values():
        if len(members) < 2:
            continue
        core = min(members, key=lambda m: (-round(strength[m], 9), rank[m]))
        shares = {m: 1.0 if m == core else mine(get(m, core), m, core)[0] for m in members}
        fams.append(Family(0, core, sorted(members, key=lambda m: rank[m]), shares))
    fams.sort(key=lambda f: (-len(f.members), rank[f.members[0]]))
    family_of = {}
    for n, f in enumerate(fams, 1):
        f.id = n
        for m in f.members:
            family_of[m] = n
    return fams, family_of
