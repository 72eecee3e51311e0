"""Search stage: Pagefind (extended build, pinned on PyPI) indexes the built site.

Only speech pages carry ``data-pagefind-body`` (title + text; metadata card, related
speeches and the rest are ``data-pagefind-ignore``), so facet and help pages are not
indexed. The whole site is Chinese: the language is forced to zh-cn so the extended
build's Chinese segmentation is used even if a page's ``lang`` changes.
The browser side is overrides/partials/cc-search.html (a small UI on the Pagefind JS API).
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from ..errors import BuildToolsError

LANGUAGE = "zh-cn"


class SearchIndexError(BuildToolsError):
    hint = "check that pagefind[extended] from requirements.txt is installed in this Python"


def run_pagefind(site_dir: Path, echo=print) -> None:
    cmd = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--force-language", LANGUAGE,
           "--quiet"]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise SearchIndexError(f"pagefind failed ({proc.returncode}): "
                               f"{(proc.stderr or proc.stdout).strip()[-2000:]}")
    if not (site_dir / "pagefind" / "pagefind.js").exists():
        raise SearchIndexError("pagefind wrote no index", path=str(site_dir))
    out = (proc.stdout + proc.stderr).strip()
    if out:
        echo(out)
