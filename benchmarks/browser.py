"""Search in headless Chromium: time from typing a query to the first result, and bytes.

The site is served from 127.0.0.1 by http.server in a thread, with gzip for text types as
GitHub Pages does (the index's .bin files are deflated already and are served as they are).
Each query runs in a fresh browser context (cold cache, like a first visit): the page loads,
the search box is focused (the script fetches meta.json then), gets the query at once (as an
IME commits Chinese text), and the clock stops when the first result is in the DOM. Bytes
are Chromium's encoded (on-the-wire) sizes, split into page load, focus and after typing;
the after-typing count runs until the network is quiet for QUIET seconds (so it includes
the speech pages fetched for the excerpts of the results shown).
"""
from __future__ import annotations

import gzip
import http.server
import os
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from playwright.sync_api import Request

CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
QUIET = 0.6
RESULT_TIMEOUT_MS = 30_000

#: (input selector, first-result selector, "answered" selector: shown also for no results).
#: Our header search (cc-search.js) / Material's built-in search / generic.
SEARCH_UIS = [
    ("#cc-search input", ".cc-search__item", ".cc-search__count"),
    ("input.md-search__input", ".md-search-result__item", None),
    ("input[type=search]", "[data-search-result], .search-result, .search-results li", None),
]

_GZIP_TYPES = (".html", ".js", ".css", ".json", ".svg", ".xml", ".txt", ".mjs")


class _Handler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # quiet
        pass

    def send_head(self):  # noqa: ANN201 - gzip text files like a static host would
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            path = os.path.join(path, "index.html")
        if (path.endswith(_GZIP_TYPES) and "gzip" in self.headers.get("Accept-Encoding", "")
                and os.path.isfile(path)):
            data = gzip.compress(Path(path).read_bytes(), 6)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(path))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            from io import BytesIO
            return BytesIO(data)
        return super().send_head()


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a browser dropping a connection is not an error


@contextmanager
def serve(directory: Path):
    handler = partial(_Handler, directory=str(directory))
    srv = _QuietServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    try:
        yield f"http://127.0.0.1:{srv.server_address[1]}"
    finally:
        srv.shutdown()
        srv.server_close()


@dataclass
class QueryResult:
    query: str
    first_result_ms: float | None
    results: int
    load_bytes: int
    query_bytes: int
    query_requests: int
    error: str | None = None
    urls: list[str] = field(default_factory=list)
    split: dict[str, int] = field(default_factory=dict)   # bytes after typing by kind
    focus_bytes: int = 0
    summary: str = ""                                      # the status line ("找到 N 篇…")
    recall: float | None = None
    precision: float | None = None


def _detect(page) -> tuple[str, str, str | None] | None:
    for inp, res, answered in SEARCH_UIS:
        if page.query_selector(inp):
            return inp, res, answered
    return None


def run_queries(site: Path, queries: list[str], path: str = "/") -> list[QueryResult]:
    from playwright.sync_api import sync_playwright

    out: list[QueryResult] = []
    with serve(site) as base, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            # One warm-up visit so the first measured query doesn't pay Chromium's start-up.
            ctx = browser.new_context()
            ctx.new_page().goto(base + path, wait_until="load")
            ctx.close()
            for q in queries:
                out.append(_one(browser, base + path, q))
        finally:
            browser.close()
    return out


def _one(browser, url: str, query: str) -> QueryResult:
    ctx = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = ctx.new_page()
        # Context-level events also see requests made by workers (Material's search runs in
        # a web worker), which a page's CDP session does not.
        started: list[tuple[float, Request]] = []
        events: list[float] = []
        ctx.on("request", lambda r: started.append((time.perf_counter(), r)))
        ctx.on("requestfinished", lambda r: events.append(time.perf_counter()))
        ctx.on("requestfailed", lambda r: events.append(time.perf_counter()))
        page.goto(url, wait_until="load")
        _quiet(page, events)
        ui = _detect(page)
        if ui is None:
            return QueryResult(query, None, 0, _bytes(started), 0, 0,
                               error="no search box found (see benchmarks.browser.SEARCH_UIS)")
        inp, res, answered = ui
        n_page = len(started)
        page.click(inp)
        _quiet(page, events, quiet=0.3)
        n_load = len(started)
        t0 = time.perf_counter()
        page.fill(inp, query)
        try:
            page.wait_for_selector(f"{res}, {answered}" if answered else res, state="attached",
                                   timeout=RESULT_TIMEOUT_MS)
            first: float | None = (time.perf_counter() - t0) * 1000
            err = None
            if not page.query_selector(res):
                first, err = None, f"answered with no result after {first:.0f} ms"
        except Exception as exc:  # noqa: BLE001 - a query without results is a figure too
            first, err = None, f"no result within {RESULT_TIMEOUT_MS} ms ({type(exc).__name__})"
        _quiet(page, events)
        n = len(page.query_selector_all(res))
        load, focus, after = started[:n_page], started[n_page:n_load], started[n_load:]
        split: dict[str, int] = {}
        for item in after:
            u = item[1].url.split("?")[0]
            kind = ("shard" if "/idx/s/" in u else "list" if "/idx/x/" in u else "rows" if "/idx/d/" in u
                    else "page" if "/speeches/" in u else "other")
            split[kind] = split.get(kind, 0) + _bytes([item])
        status = page.query_selector(".cc-search__status")
        return QueryResult(query, first, n, _bytes(load), _bytes(after), len(after), err,
                           [r.url for _, r in after], split, _bytes(focus),
                           status.inner_text() if status else "")
    finally:
        ctx.close()


def _bytes(reqs) -> int:
    """Encoded (on-the-wire) response body + header bytes of finished requests."""
    total = 0
    for _, r in reqs:
        try:
            sz = r.sizes()
            total += max(0, sz.get("responseBodySize", 0)) + max(0, sz.get("responseHeadersSize", 0))
        except Exception:  # noqa: BLE001 - failed or unfinished request
            pass
    return total


def _quiet(page, events, quiet: float = QUIET, limit: float = 15.0) -> None:
    """Wait until no response finished for `quiet` seconds."""
    start = time.perf_counter()
    seen = -1
    last_change = time.perf_counter()
    while time.perf_counter() - start < limit:
        page.wait_for_timeout(100)
        if len(events) != seen:
            seen = len(events)
            last_change = time.perf_counter()
        elif time.perf_counter() - last_change >= quiet:
            return
