"""What the site build reads besides a corpus, for tests: this repository's MkDocs
configuration and hand-written pages (the CLI's defaults)."""
from __future__ import annotations

from pathlib import Path

from build_tools.site import SiteSources

ROOT = Path(__file__).resolve().parent.parent
SOURCES = SiteSources(config=ROOT / "mkdocs.yml", handwritten=ROOT / "docs")
