"""What the site build reads besides a corpus, for tests: this repository's MkDocs
configuration and hand-written pages (the CLI's defaults)."""
from __future__ import annotations

import re
from pathlib import Path

from build_tools.site import SiteSources

ROOT = Path(__file__).resolve().parent.parent
SOURCES = SiteSources(config=ROOT / "mkdocs.yml", handwritten=ROOT / "docs")


def config_without_hooks(tmp: Path) -> Path:
    """A copy of mkdocs.yml without `hooks:` (as a successor that ignores them would build)."""
    text = SOURCES.config.read_text("utf-8")
    text, n = re.subn(r"^hooks:\n(?:[ \t]+- .*\n)+", "", text, flags=re.M)
    assert n == 1, "mkdocs.yml no longer lists hooks: update this test"
    # The copy lives elsewhere: its theme folder must still be found.
    assert "custom_dir: overrides" in text
    text = text.replace("custom_dir: overrides", f"custom_dir: {ROOT / 'overrides'}")
    cfg = tmp / "mkdocs.yml"
    cfg.write_text(text, "utf-8")
    return cfg
