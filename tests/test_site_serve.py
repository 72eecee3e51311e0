"""`python -m build_tools serve`: a real preview server on a copy of the fixture corpus.
It gets its corpus and folders as arguments (no environment variables, no hooks): the pages
and the search index are served, and an edit to an entry shows up without a restart."""
from __future__ import annotations

import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from build_tools.corpus import load_corpus

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
MOUNT = "/chuangcheng-wenku/"      # path of site_url in mkdocs.yml


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None


def _wait_for(url: str, text: str, proc: subprocess.Popen, seconds: float = 120) -> str:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert proc.poll() is None, "serve exited early"
        body = _get(url)
        if body is not None and text in body:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{url} never contained {text!r}")


def test_serve_previews_and_follows_corpus_edits(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE, corpus)
    s = sorted(load_corpus(corpus), key=lambda x: x.id)[0]
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "build_tools", "serve", "--corpus", str(corpus),
                             "--port", str(port), "--work-dir", str(tmp_path / "work")],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}{MOUNT}"
        page = _wait_for(f"{base}speeches/{s.id}/", s.title, proc)
        assert 'rel="edit"' in page and f"corpus/speeches/{s.id}.md" in page
        meta = json.loads(_get(f"{base}search/idx/meta.json") or "{}")
        assert meta.get("n") == len(load_corpus(corpus))
        entry = corpus / "speeches" / f"{s.id}.md"
        new_title = "预览中改过的标题"
        entry.write_text(entry.read_text("utf-8").replace(s.title, new_title, 1), "utf-8")
        _wait_for(f"{base}speeches/{s.id}/", new_title, proc)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    assert "Traceback" not in (proc.stdout.read() if proc.stdout else "")
