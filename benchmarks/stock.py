"""The same speeches as a stock Material site: the baseline the real site is compared with.

One plain Markdown page per speech (title, a line of metadata, the paragraphs), a flat nav
listing every page, Material's built-in search plugin (lang zh: jieba segmentation), no
facet pages. Written into a temporary folder; built by the caller with `mkdocs build`.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from build_tools.corpus import iter_entry_files, read_entry


def write_project(corpus: Path, root: Path, limit: int | None = None) -> Path:
    """Write docs/ and mkdocs.yml under root; return the config path."""
    docs = root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    nav = []
    files = list(iter_entry_files(corpus))
    if limit is not None:
        files = files[:limit]
    index = ["# 创城文库 (stock Material baseline)", ""]
    for path in files:
        sp = read_entry(path)
        meta = " · ".join(x for x in (sp.date, sp.province, sp.city, sp.district, sp.level,
                                      sp.speaker, sp.campaign, "、".join(sp.themes)) if x)
        body = "\n\n".join(sp.paragraphs)
        (docs / f"{sp.id}.md").write_text(f"# {sp.title}\n\n{meta}\n\n{body}\n", "utf-8")
        nav.append({sp.title: f"{sp.id}.md"})
        index.append(f"- [{sp.title}]({sp.id}.md)")
    (docs / "index.md").write_text("\n".join(index) + "\n", "utf-8")
    config = {
        "site_name": "创城文库 stock",
        "theme": {"name": "material", "language": "zh"},
        "plugins": [{"search": {"lang": "zh"}}],
        "nav": [{"首页": "index.md"}] + nav,
    }
    cfg = root / "mkdocs.yml"
    cfg.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return cfg
