"""Duplicate detection: MinHash (datasketch) over character shingles.

Near-duplicates here are the same speech with other chrome, cut down by a paywall, or
masked differently. So texts are compared on Han characters, letters and digits only,
with masks removed, and the measure is *containment* of the shorter text in the longer
one (a truncated copy is fully contained in the complete one), estimated from the MinHash
Jaccard and the exact shingle counts: |A∩B| = J·(|A|+|B|)/(1+J). What a fingerprint
keeps is vocabulary.fingerprint_text.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from datasketch import MinHash

from .vocabulary import fingerprint_text

#: Shingle length. 5 Han characters is about two words: long enough that unrelated
#: speeches sharing campaign phrases (创建全国文明城市) score low, short enough that a copy
#: with a watermark or a changed name every few hundred characters still scores high.
SHINGLE = 5
#: 256 permutations: containment estimates within about ±0.05 at the thresholds below.
NUM_PERM = 256
SEED = 20261122
#: Containment of the shorter text in the longer at or above this is "the same speech".
#: Measured on the seeds: true copies (篇1 in 篇3, 篇7 in 篇8, 篇5's repeat) score ≥ 0.93;
#: distinct speeches from one template family score ≤ 0.35.
DUPLICATE = 0.8


def shingles(text: str) -> set[bytes]:
    s = fingerprint_text(text)
    if len(s) < SHINGLE:
        return {s.encode("utf-8")} if s else set()
    return {s[i:i + SHINGLE].encode("utf-8") for i in range(len(s) - SHINGLE + 1)}


@lru_cache(maxsize=1)
def _template() -> MinHash:
    return MinHash(num_perm=NUM_PERM, seed=SEED, scheme="affine32")


@dataclass
class Signature:
    hashvalues: np.ndarray
    size: int            # number of distinct shingles

    @classmethod
    def of(cls, text: str) -> "Signature":
        sh = shingles(text)
        m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_template().permutations,
                    scheme="affine32")
        m.update_batch(sorted(sh))
        return cls(m.hashvalues.copy(), len(sh))


def jaccard(a: Signature, b: Signature) -> float:
    if not a.size or not b.size:
        return 0.0
    return float(np.mean(a.hashvalues == b.hashvalues))


def containment(a: Signature, b: Signature) -> float:
    """Estimated share of the smaller text's shingles found in the other."""
    j = jaccard(a, b)
    small = min(a.size, b.size)
    if not small:
        return 0.0
    inter = j * (a.size + b.size) / (1 + j)
    return min(1.0, inter / small)


def similarity(text_a: str, text_b: str) -> float:
    return containment(Signature.of(text_a), Signature.of(text_b))


class DedupIndex:
    """Signatures of many texts; finds the ones a new text duplicates.

    Queries compare one signature against all stored ones in a single numpy operation,
    linear in the corpus (10,000 entries x 256 values is 20 MB and well under a
    millisecond per query), so no LSH banding is needed at this scale.
    """

    def __init__(self) -> None:
        self.keys: list[str] = []
        self._sigs: list[Signature] = []
        self._matrix: np.ndarray | None = None
        self._sizes: np.ndarray | None = None

    def add(self, key: str, sig: Signature) -> None:
        self.keys.append(key)
        self._sigs.append(sig)
        self._matrix = None

    def signature(self, key: str) -> Signature:
        return self._sigs[self.keys.index(key)]

    def _arrays(self) -> tuple[np.ndarray, np.ndarray]:
        if self._matrix is None:
            self._matrix = (np.stack([s.hashvalues for s in self._sigs])
                            if self._sigs else np.zeros((0, NUM_PERM), dtype=np.uint64))
            self._sizes = np.array([s.size for s in self._sigs], dtype=np.float64)
        return self._matrix, self._sizes  # type: ignore[return-value]

    def scores(self, sig: Signature) -> list[tuple[str, float]]:
        """(key, containment) for every stored text, best first."""
        if not self.keys or not sig.size:
            return []
        matrix, sizes = self._arrays()
        j = (matrix == sig.hashvalues).mean(axis=1)
        inter = j * (sizes + sig.size) / (1 + j)
        small = np.minimum(sizes, sig.size)
        cont = np.where(small > 0, np.minimum(1.0, inter / np.maximum(small, 1)), 0.0)
        order = sorted(range(len(self.keys)), key=lambda i: (-cont[i], self.keys[i]))
        return [(self.keys[i], float(cont[i])) for i in order]

    def duplicates(self, sig: Signature, threshold: float = DUPLICATE) -> list[tuple[str, float]]:
        return [(k, s) for k, s in self.scores(sig) if s >= threshold]

    def most_similar(self, sig: Signature, k: int = 3) -> list[tuple[str, float]]:
        return self.scores(sig)[:k]


class SignatureCache:
    """Signatures of unchanged texts, kept between runs (keyed by a hash of the text) so
    that `check` and `ingest` on a 10,000-speech corpus don't re-hash every speech: about
    8 ms a speech, 80 s for the whole corpus, against well under a second to load."""

    def __init__(self, path) -> None:
        self.path = path
        self._data: dict[str, Signature] = {}
        self._used: set[str] = set()
        self._dirty = False
        try:
            with np.load(path, allow_pickle=False) as z:
                if int(z["num_perm"]) == NUM_PERM and int(z["shingle"]) == SHINGLE and int(z["seed"]) == SEED:
                    for k, hv, size in zip(z["keys"], z["values"], z["sizes"], strict=True):
                        self._data[str(k)] = Signature(hv.astype(np.uint64), int(size))
        except (OSError, KeyError, ValueError):
            pass  # no cache yet, or one from another version: start empty

    @staticmethod
    def key(text: str) -> str:
        import hashlib

        return hashlib.sha1(text.encode("utf-8")).hexdigest()

    def get(self, text: str) -> Signature:
        k = self.key(text)
        self._used.add(k)
        sig = self._data.get(k)
        if sig is None:
            sig = self._data[k] = Signature.of(text)
            self._dirty = True
        return sig

    def save(self) -> None:
        if not self._dirty and self._used == set(self._data):
            return
        import os
        import tempfile
        from pathlib import Path

        keys = sorted(self._used)
        path = Path(self.path)
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".npz")
            with os.fdopen(fd, "wb") as fh:
                np.savez(fh, keys=np.array(keys), num_perm=NUM_PERM, shingle=SHINGLE, seed=SEED,
                         values=np.stack([self._data[k].hashvalues for k in keys]) if keys
                         else np.zeros((0, NUM_PERM), dtype=np.uint64),
                         sizes=np.array([self._data[k].size for k in keys], dtype=np.int64))
            os.replace(tmp, path)
        except OSError:
            # A read-only checkout still works, only slower; a full disk must not leave a
            # partial temporary file behind on every run.
            if tmp is not None:
                Path(tmp).unlink(missing_ok=True)


def default_cache(corpus) -> SignatureCache:
    from pathlib import Path

    return SignatureCache(Path(corpus).resolve().parent / ".cache" / "minhash.npz")
