"""The search engine (docs/assets/cc-search.js) run in Node over an index on disk, and the
brute-force substring oracle it is held to. Used by the benchmark and the search tests."""
from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from build_tools.places import place_label
from build_tools.record import Speech
from build_tools.site.index import sort_date, year_of
from build_tools.site.search import fold

ROOT = Path(__file__).resolve().parent.parent
HARNESS = ROOT / "benchmarks" / "search_node.js"
NODE = shutil.which("node") or "/usr/bin/node"


class NodeSearch:
    """One Node process answering queries line by line."""

    def __init__(self, idx: Path):
        self.proc = subprocess.Popen([NODE, str(HARNESS), str(idx)], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, text=True, encoding="utf-8")
        # Both are pipes (PIPE above), so neither is None.
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin, self.stdout = self.proc.stdin, self.proc.stdout

    def __call__(self, q: str, filters: dict | None = None, sort: str = "relevance") -> dict:
        self.stdin.write(json.dumps({"q": q, "filters": filters or {}, "sort": sort}, ensure_ascii=False) + "\n")
        self.stdin.flush()
        ans = json.loads(self.stdout.readline())
        if "error" in ans:
            raise RuntimeError(ans["error"])
        return ans

    def close(self) -> None:
        self.stdin.close()
        self.proc.wait(timeout=10)


class Oracle:
    """Plain substring truth over title + place label + text, after the same folding."""

    def __init__(self, speeches: list[Speech]):
        self.speeches = speeches
        self.texts = [fold("\n".join([s.title, place_label(s), s.text])) for s in speeches]
        self.titles = [fold(s.title) for s in speeches]

    @staticmethod
    def terms(q: str) -> list[str]:
        out: list[str] = []
        for t in re.sub(r'["“”「」『』]', " ", fold(q)).split():
            if t not in out:
                out.append(t)
        return out

    @staticmethod
    def keep(s: Speech, f: dict) -> bool:
        return ((not f.get("province") or s.province == f["province"])
                and (not f.get("city") or s.city == f["city"])
                and (not f.get("year") or year_of(s) == str(f["year"]))
                and all(not f.get(k) or getattr(s, k) == f[k] for k in ("campaign", "level", "genre"))
                and (not f.get("theme") or f["theme"] in s.themes))

    def __call__(self, q: str, filters: dict | None = None) -> dict[str, tuple[int, bool]]:
        """id → (occurrences of all terms, overlapping; does a term occur in the title)."""
        terms, f = self.terms(q), filters or {}
        out = {}
        for s, text, title in zip(self.speeches, self.texts, self.titles, strict=True):
            if not self.keep(s, f):
                continue
            counts = [len(re.findall(f"(?={re.escape(t)})", text)) for t in terms]
            if all(counts):
                out[s.id] = (sum(counts), any(t in title for t in terms))
        return out

    def date_order(self) -> dict[str, int]:
        """Rank of each id newest first (the engine's tie-break and date sort)."""
        order = sorted(self.speeches, key=lambda s: (sort_date(s), s.id), reverse=True)
        return {s.id: n for n, s in enumerate(order)}
