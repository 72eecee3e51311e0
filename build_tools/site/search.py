"""Search stage: our own exact static index, written beside ``mkdocs build``.

Takes the corpus's Speech records; gives the index folder (<site>/search/idx/, routes.py's
SEARCH_INDEX) and an IndexReport. The build runs it in its own process (start_indexing).

What a query means (issue 11): terms separated by spaces (quotes only group); a speech is a
result when its title, place label or text contains every term as a substring, after the
same per-character folding on both sides (``fold``: NFKC, lower case, 繁→简 by OpenCC's
single-character table; one character stays one character, so positions line up). Counts
are every position a term starts at (overlapping: 哈哈 occurs twice in 哈哈哈). The reader is
docs/assets/cc-search.js; tests/test_search_oracle.py holds it, run in Node on this index,
to brute-force substring truth.

The index (``<site>/search/idx/``), exact with no verification pass. Speeches are numbered
newest first, so a number is also the date order. A gram's record is its per-speech list
(speech delta, count*2 + occurs-in-title; varints) and, for some grams, the positions in each
of those speeches (delta-coded):
* every character and every character pair: list. A 1–2 character term is one record.
* frequent bigrams (≥ FREQ_PER_DOC a speech in the first SAMPLE speeches; 28 at 10,000
  synthetic speeches: 城市, 工作, 创建, 文明 …): list only. Every other bigram: positions too.
* 3-grams containing a frequent bigram, and 4-grams starting or ending with one: list (the
  4-grams positions too). So 文明城市 (in nearly every speech) is one list, not the positions
  of 文明 and 城市 (~80 per speech); whether a 3- or 4-gram is listed depends on its text
  alone, so a listed gram's list is complete, and the reader knows which are (meta.vf).
* a longer or unlisted term: the fewest pieces (non-frequent bigrams, 4-grams around the
  frequent ones) that cover every character; p is an occurrence iff each piece occurs at p +
  its offset, so intersecting positions gives the exact occurrences (创建全国文明城市 = 创建全国
  + 文明城市, two lists of positions).
* storage: record in shard ``s/<fnv1a(gram) % K>.bin`` (K a power of two, ~SHARD_TARGET of
  small records each); a part bigger than BIG bytes gets its own file ``x/<n>.bin``; all raw
  DEFLATE (static hosts serve .bin unchanged; 0.68 of the size). A query fetches its pieces'
  shards and the big lists it needs, nothing else.
* ``meta.json`` (read when the box gets focus): shard count, frequent bigrams, title lengths
  (title test of positional matches), the 繁→简 table, and the site paths the reader links
  to (a speech page, "{id}" standing for its id; the results page), from routes.py. ``facets.json`` (filters and the
  oldest-first sort only): per-speech place, year, campaign, level, genre, themes (bits),
  dated. ``d/<c>.json``: id, title, place label, date, CHUNK speeches a file, read for the
  results shown. Excerpts come from the speech pages' ``#pN`` paragraphs (text not stored twice).

Choices, measured on the synthetic corpus (benchmarks/synth.py, ~5,000 characters a speech;
1,000 speeches unless said):
* positions of every 3-gram instead of bigrams: 30 MB (3-gram lists cost as much as their
  positions); bigram positions + lists: 17 MB; deflate: ×0.68.
* frequent bigrams with positions (answering long terms from bigram positions): 14.7 MB, but
  创建全国文明城市 read 253 KB in the browser (126 KB of lists) at 1,000 and would read ~1.5 MB at
  10,000; with 4-gram positions instead: 16.5 MB (FREQ_PER_DOC 5) or 15.4 MB (8, chosen).
* pure Python counting: ~42 ms of CPU a speech (7 minutes at 10,000); numpy batches: ~6 ms.
  BATCH 500 peaked at 640 MB at 1,000 speeches, 100 at 330 MB (most of it the loaded corpus).
* the reader fetched every bigram's shard of a long term to learn which were frequent
  (7 shards, 113 KB for 创建全国文明城市); with meta.vf it fetches the cover's only (66 KB).

Figures (`python -m benchmarks.run --n 10000 --site-n 20000 --no-stock`, 2026-11-23, this
machine's 2 cores shared with another 10,000-speech benchmark: wall times ~3x an idle one's):
* index build alone (python -m build_tools.site.search): 1,000 speeches 16.5 s, 316 MB peak
  RSS, 14.7 MB on disk; 10,000: 126 s, 664 MB, 133.7 MB (113,721 grams, 8,192 shards, 4,886
  big lists, 13,237 files); 20,000: 309 s, 1,020 MB, 261 MB. Linear in N. In the build it
  runs beside page generation and mkdocs and was done before mkdocs both times (whole build
  at 10,000: 369.5 s, set by page generation, 247 s, and mkdocs, 115 s, under that load).
* whole site at 20,000 speeches: 1,280 MB, of which this index 261 MB (the rest, 1,018 MB,
  is the pages: 36 KB a speech page).
* queries at 10,000 in Chromium (cold cache, gzip as a static host; meta.json 26.6 KB at
  focus): first result 103–256 ms; after typing 9.8–287 KB, of which the 5 speech pages read
  for excerpts 0–115 KB. 文明城市 (9,990 speeches, 104,524 occurrences): 207 ms, 135.8 KB
  (9.3 KB of lists). Worst: 创建全国文明城市 287 KB (176 KB of 4-gram positions). Recall and
  precision 1.000 and every count exact for all nine benchmark queries at 1,000 and 10,000
  (checked through the same script in Node against substring truth).

Why not Pagefind (until 2026-11): it matched query words as prefixes of jieba words (城市
inside 卫生城市 could not be found, 新冠 returned 687 of 1,000 speeches through one-character
fallbacks) and its Chinese indexer peaked at 8.3 GB at 10,000 speeches.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..errors import BuildToolsError
from ..places import place_label
from ..record import Speech
from ..vocabulary import HAN_RANGES
from ..places import place_label
from . import routes
from .index import sort_date, year_of

#: Speeches per ids/titles file: a shown page of results touches few files (at 10,000
#: speeches one file is ~5 KB, ~2.5 KB gzipped).
CHUNK = 64
#: A record above this many bytes gets a file of its own (a rare gram's shard then never
#: drags a frequent gram's list along).
BIG = 8 * 1024
#: Target bytes of small records per shard (fixes the shard count K).
SHARD_TARGET = 16 * 1024
#: A 3-gram averaging at least this many occurrences per speech (in the first SAMPLE
#: speeches) is "frequent": its 4-gram extensions get their own count lists.
FREQ_PER_DOC = 8.0
SAMPLE = 300
FORMAT = 1


class SearchIndexError(BuildToolsError):
    hint = "请检查语料能否正常读取（python -m build_tools check），然后重新构建"


# --- folding ---------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def t2s_table() -> dict[str, str]:
    """OpenCC's Traditional→Simplified conversion of each CJK character on its own (only
    where it gives one different character)."""
    import opencc

    conv = opencc.OpenCC("t2s")
    chars = [chr(c) for a, b in HAN_RANGES for c in range(a, b + 1)]
    out = conv.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):       # conversion must stay one line per character
        raise SearchIndexError("OpenCC 的繁简转换结果行数不符", hint="请检查 requirements.txt 中的 opencc 版本")
    return {a: b for a, b in zip(chars, out) if len(b) == 1 and b != a}


def fold_char(c: str) -> str:
    """One character → one character, so positions in folded text are positions in the
    original. The browser does the same (cc-search.js fold)."""
    n = unicodedata.normalize("NFKC", c)
    if len(n) != 1:
        n = c
    low = n.lower()
    if len(low) == 1:
        n = low
    return t2s_table().get(n, n)


class Folder:
    """str.translate with a table grown for each new character (C speed on long texts)."""

    def __init__(self) -> None:
        self.table: dict[int, str] = {}
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        new = set(text) - self.seen
        if new:
            self.seen |= new
            for c in new:
                f = fold_char(c)
                if f != c:
                    self.table[ord(c)] = f
        return text.translate(self.table)


def fold(text: str) -> str:
    return _FOLDER(text)


_FOLDER = Folder()


def doc_text(s: Speech) -> tuple[str, int]:
    """What is searched, unfolded: title, place label and paragraphs on separate lines;
    and the title's length (positions below it are in the title)."""
    return "\n".join([s.title, place_label(s), *s.paragraphs]), len(s.title)


# --- encoding --------------------------------------------------------------------------------

def _varint(n: int) -> bytes:
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


_VB = [_varint(n) for n in range(1 << 14)]


def vb(n: int) -> bytes:
    return _VB[n] if n < 16384 else _varint(n)


def fnv1a(key: str) -> int:
    h = 0x811C9DC5
    for b in key.encode("utf-8"):
        h = ((h ^ b) * 0x01000193) & 0xFFFFFFFF
    return h


@dataclass
class IndexReport:
    speeches: int = 0
    grams: int = 0
    shards: int = 0
    big_files: int = 0
    bytes: int = 0
    files: int = 0
    frequent_bigrams: int = 0


# --- counting, vectorised (numpy) -------------------------------------------------------------
# Pure Python spent ~42 ms of CPU a speech here (7 minutes at 10,000); numpy sorts a batch of
# speeches' grams at once and Python only touches each distinct gram once per batch.

#: Speeches per batch: ~0.5 M characters; 500 a batch peaked at 640 MB of arrays at 1,000.
BATCH = 100


def _venc(v):
    """Varints of a uint64 array: (bytes, start of each value's bytes)."""
    import numpy as np

    nb = np.ones(len(v), np.int64)
    for k in (7, 14, 21, 28, 35):
        nb += v >= (1 << k)
    starts = np.cumsum(nb) - nb
    out = np.empty(int(nb.sum()), np.uint8)
    for k in range(6):
        sel = nb > k
        if not sel.any():
            break
        byte = (v[sel] >> np.uint64(7 * k)) & np.uint64(0x7F)
        byte |= np.where(nb[sel] > k + 1, 0x80, 0).astype(np.uint64)
        out[starts[sel] + k] = byte.astype(np.uint8)
    return out.tobytes(), np.append(starts, len(out))


class _Counter:
    """Per-gram records grown batch by batch: [counts, positions or None, last doc, docs].
    Counts: (doc delta - 1, count*2 + in-title) varints; positions: per doc, delta-coded."""

    def __init__(self) -> None:
        self.grams: dict[str, list] = {}

    def add(self, names, K, D, P, tl, with_pos: bool) -> None:
        import numpy as np

        if not len(K):
            return
        order = np.argsort(K, kind="stable")        # input is in (doc, position) order
        K, D, P = K[order], D[order], P[order]
        newK = np.r_[True, K[1:] != K[:-1]]
        newG = newK | np.r_[True, D[1:] != D[:-1]]
        gs = np.flatnonzero(newG)
        size = np.diff(np.append(gs, len(K)))
        gD = D[gs]
        ct = (size * 2 + (P[gs] < tl[gD])).astype(np.uint64)
        first = newK[gs]
        delta = np.r_[0, gD[1:] - gD[:-1] - 1].astype(np.uint64)
        nv = np.where(first, 1, 2)
        vs = np.cumsum(nv) - nv
        vals = np.empty(int(nv.sum()), np.uint64)
        vals[vs + nv - 1] = ct
        vals[vs[~first]] = delta[~first]
        cbytes, cst = _venc(vals)
        ks = np.flatnonzero(first)
        ke = np.append(ks[1:], len(gs))
        cb0 = cst[vs[ks]].tolist()
        cb1 = cst[vs[ke - 1] + nv[ke - 1]].tolist()
        d0 = gD[ks].tolist()
        dl = gD[ke - 1].tolist()
        ndocs = (ke - ks).tolist()
        if with_pos:
            pd = P.astype(np.int64)
            pd[1:] -= np.where(newG[1:], 0, P[:-1])
            pbytes, pst = _venc(pd.astype(np.uint64))
            es = np.flatnonzero(newK)
            pb0 = pst[es].tolist()
            pb1 = pst[np.append(es[1:], len(K))].tolist()
        grams = self.grams
        for j, name in enumerate(names(K[newK])):
            rec = grams.get(name)
            if rec is None:
                rec = grams[name] = [bytearray(), bytearray() if with_pos else None, -1, 0]
            rec[0] += vb(d0[j] - rec[2] - 1)
            rec[0] += cbytes[cb0[j]:cb1[j]]
            rec[2] = dl[j]
            rec[3] += ndocs[j]
            if with_pos:
                rec[1] += pbytes[pb0[j]:pb1[j]]


def _batch_arrays(texts: list[str]):
    """Code-point ids of a batch (speeches separated by a newline) and what each id is."""
    import numpy as np

    big = "\n".join(texts) + "\n"
    cp = np.frombuffer(big.encode("utf-32-le"), np.uint32)
    vocab, ids = np.unique(cp, return_inverse=True)
    if len(vocab) >= 1 << 16:
        raise SearchIndexError(f"一批讲话中有 {len(vocab)} 种不同字符，超出索引的编码范围",
                               hint=f"请减小 search.py 中的 BATCH（现为 {BATCH}）")
    ws = np.array([chr(c).isspace() for c in vocab.tolist()])[ids]
    lens = np.array([len(t) + 1 for t in texts])
    starts = np.cumsum(lens) - lens
    local = np.repeat(np.arange(len(texts)), lens)
    pos = np.arange(len(cp)) - starts[local]
    return cp, vocab, ids.astype(np.uint64), ws, local, pos


def _namer(vocab, n: int):
    chars = [chr(c) for c in vocab.tolist()]

    def names(keys):
        parts = [((keys >> (16 * (n - 1 - i))) & 0xFFFF).tolist() for i in range(n)]
        return ["".join(chars[c] for c in t) for t in zip(*parts)]
    return names


def _frequent_bigrams(texts: list[str], per_doc: float) -> set[str]:
    import numpy as np

    if not texts:
        return set()
    cp, vocab, ids, ws, local, pos = _batch_arrays(texts)
    ok = ~ws[:-1] & ~ws[1:]
    keys = (ids[:-1] << 16 | ids[1:])[ok]
    u, c = np.unique(keys, return_counts=True)
    return set(_namer(vocab, 2)(u[c >= per_doc * len(texts)]))


def index_speeches(speeches: list[Speech], freq_per_doc: float = FREQ_PER_DOC) -> tuple[dict[str, list], list[int], set[str]]:
    """Speeches in index order (newest first) → gram records, title lengths, frequent
    bigrams (whose 3- and 4-gram extensions have count lists of their own)."""
    import numpy as np

    title_lens = [len(s.title) for s in speeches]
    freq = _frequent_bigrams([fold(doc_text(s)[0]) for s in speeches[:SAMPLE]], freq_per_doc)
    cnt = _Counter()
    for b0 in range(0, len(speeches), BATCH):
        texts = [fold(doc_text(s)[0]) for s in speeches[b0:b0 + BATCH]]
        cp, vocab, ids, ws, local, pos = _batch_arrays(texts)
        D = local + b0
        tl = np.array(title_lens, np.int64)
        ok1 = ~ws
        cnt.add(_namer(vocab, 1), ids[ok1], D[ok1], pos[ok1], tl, False)
        ok2 = ok1[:-1] & ok1[1:]
        k2 = ids[:-1] << 16 | ids[1:]
        fk = [ord(g[0]) << 21 | ord(g[1]) for g in freq]
        vf = np.isin(cp[:-1].astype(np.uint64) << 21 | cp[1:], np.array(fk, np.uint64)) & ok2
        # Frequent bigrams keep counts only: their positions would be most of a long query's
        # bytes; the 4-grams around them carry positions instead.
        for sel, with_pos in ((ok2 & ~vf, True), (vf, False)):
            q2 = np.flatnonzero(sel)
            cnt.add(_namer(vocab, 2), k2[q2], D[q2], pos[q2], tl, with_pos)
        ok3 = ok2[:-1] & ok2[1:]
        q3 = np.flatnonzero(ok3 & (vf[:-1] | vf[1:]))
        cnt.add(_namer(vocab, 3), k2[q3] << 16 | ids[q3 + 2], D[q3], pos[q3], tl, False)
        ok4 = ok3[:-1] & ok2[2:]
        q4 = np.flatnonzero(ok4 & (vf[:-2] | vf[2:]))
        cnt.add(_namer(vocab, 4), k2[q4] << 32 | k2[q4 + 2], D[q4], pos[q4], tl, True)
    return cnt.grams, title_lens, freq


def _payload(rec: list) -> tuple[bytes, bytes | None]:
    pos = rec[1]
    return vb(rec[3]) + bytes(rec[0]), (bytes(pos) if pos is not None else None)


def _deflate(data: bytes) -> bytes:
    """Raw DEFLATE (the browser's DecompressionStream("deflate-raw") reads it): static hosts
    serve .bin as is, and deflate makes the index ~0.7 of its size."""
    z = zlib.compressobj(6, zlib.DEFLATED, -15)
    return z.compress(data) + z.flush()


def write_index(speeches: list[Speech], out: Path, freq_per_doc: float = FREQ_PER_DOC) -> IndexReport:
    """Write the index for speeches (any order; numbered newest first) into out (replaced
    only once complete). freq_per_doc changes which grams are listed, never the answers
    (the tests run with two values)."""
    out = Path(out)
    if not speeches:
        raise SearchIndexError("没有可编入索引的讲话", path=str(out))
    speeches = sorted(speeches, key=lambda s: (sort_date(s), s.id), reverse=True)
    tmp = out.with_name(out.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    (tmp / "s").mkdir(parents=True)
    (tmp / "x").mkdir()
    (tmp / "d").mkdir()
    grams, title_lens, freq = index_speeches(speeches, freq_per_doc)
    rep = IndexReport(speeches=len(speeches), grams=len(grams), frequent_bigrams=len(freq))

    # Records: key, flags (1 counts external, 2 has positions, 4 positions external), parts.
    small = 0
    sizes = {}
    for g, rec in grams.items():
        c, p = _payload(rec)
        sizes[g] = (len(c), len(p) if p is not None else -1)
        small += (len(c) if len(c) <= BIG else 2) + (len(p) if p is not None and len(p) <= BIG else 2)
    k = 1
    while small / k > SHARD_TARGET and k < 65536:
        k *= 2
    shards: list[list[str]] = [[] for _ in range(k)]
    for g in sorted(grams):
        shards[fnv1a(g) % k].append(g)
    big = 0
    for n, keys in enumerate(shards):
        buf = bytearray()
        for g in keys:
            rec = grams.pop(g)
            c, p = _payload(rec)
            kb = g.encode("utf-8")
            flags = (1 if len(c) > BIG else 0) | (2 if p is not None else 0) | (4 if p is not None and len(p) > BIG else 0)
            buf += vb(len(kb)) + kb + vb(flags)
            for part, ext in ((c, flags & 1), (p, flags & 4)):
                if part is None:
                    continue
                if ext:
                    (tmp / "x" / f"{big}.bin").write_bytes(_deflate(part))
                    buf += vb(big)
                    big += 1
                else:
                    buf += vb(len(part)) + part
        if buf:
            (tmp / "s" / f"{n}.bin").write_bytes(_deflate(bytes(buf)))
    rep.shards, rep.big_files = k, big

    _json(tmp / "meta.json", {"v": FORMAT, "n": len(speeches), "shards": k, "chunk": CHUNK, "tl": title_lens,
                               "fold": "".join(a + b for a, b in sorted(t2s_table().items())),
                               "vf": "".join(sorted(freq)),
                               # Addresses the reader links to (routes.py), relative to the site root.
                               "routes": {"speech": routes.speech("{id}"), "results": routes.SEARCH}})
    _json(tmp / "facets.json", _facets(speeches))
    for start in range(0, len(speeches), CHUNK):
        _json(tmp / "d" / f"{start // CHUNK}.json",
              [[s.id, s.title, place_label(s), sort_date(s)] for s in speeches[start:start + CHUNK]])
    for path in tmp.rglob("*"):
        if path.is_file():
            rep.files += 1
            rep.bytes += path.stat().st_size
    shutil.rmtree(out, ignore_errors=True)
    tmp.rename(out)
    return rep


def _codes(values: list[str | None]) -> tuple[list[str], list[int]]:
    """Column of strings → (sorted distinct values, index per row; -1 for none)."""
    table = sorted({v for v in values if v})
    at = {v: i for i, v in enumerate(table)}
    return table, [at.get(v, -1) if v else -1 for v in values]


def _json(path: Path, data) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), "utf-8")


def _facets(speeches: list[Speech]) -> dict:
    """Columns for filters and the oldest-first sort, one value per speech (index order)."""
    places, place_col = _codes(["\t".join(p or "" for p in (s.province, s.city, s.district))
                                if (s.province or s.city or s.district) else None for s in speeches])
    camp, camp_col = _codes([s.campaign for s in speeches])
    level, level_col = _codes([s.level for s in speeches])
    genre, genre_col = _codes([s.genre for s in speeches])
    themes = sorted({t for s in speeches for t in s.themes})
    if len(themes) > 52:          # bit sets must stay exact in a JS double
        raise SearchIndexError(f"主题多于 52 个（{len(themes)}），搜索的主题筛选装不下",
                               hint="合并 taxonomy.yaml 中的主题，或改写 search.py 的主题列")
    tbit = {t: 1 << i for i, t in enumerate(themes)}
    years = [year_of(s) for s in speeches]
    return {
        "places": [p.split("\t") for p in places], "place": place_col,
        "campaigns": camp, "campaign": camp_col, "levels": level, "level": level_col,
        "genres": genre, "genre": genre_col, "themes": themes,
        "theme": [sum(tbit[t] for t in set(s.themes)) for s in speeches],
        "year": [int(y) if y and y.isdigit() else 0 for y in years],
        "dated": [1 if sort_date(s) else 0 for s in speeches],
    }


# --- running beside mkdocs ---------------------------------------------------------------------

def start_indexing(corpus: Path, out_dir: Path) -> subprocess.Popen:
    """Index the corpus in another process (the second core) while MkDocs builds. The child
    imports this package from wherever this process did (its import path, passed on)."""
    path = os.pathsep.join(p for p in sys.path if p)
    return subprocess.Popen([sys.executable, "-m", "build_tools.site.search", str(corpus), str(out_dir)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=path))


def finish_indexing(proc: subprocess.Popen) -> dict:
    out, err = proc.communicate()
    if proc.returncode != 0:
        last = (err or out).strip().splitlines()[-1:] or ["(无输出)"]
        raise SearchIndexError(f"搜索索引未能生成：{last[0]}")
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str]) -> int:
    import resource
    import time

    from ..corpus import load_corpus
    from .index import checked_ids

    t0 = time.monotonic()
    try:
        speeches = list(checked_ids(load_corpus(Path(argv[0]))).values())
        rep = write_index(speeches, Path(argv[1]))
    except BuildToolsError as exc:
        print(str(exc), file=sys.stderr)
        return 1
    d = dict(rep.__dict__, seconds=time.monotonic() - t0,
             rss_mb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(d))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
