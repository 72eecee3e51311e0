"""Jinja2 for the HTML fragments of generated pages (autoescape on: every value from an
entry is escaped unless a template marks it safe, and none does for entry text).

Templates live in build_tools/site/templates/; they are compiled once per process, so a
fragment costs a function call per page, not a parse."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from . import routes

TEMPLATES = Path(__file__).resolve().parent / "templates"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False,
                             undefined=jinja2.StrictUndefined)
    env.globals.update(rel=routes.rel, speech_url=routes.speech)
    return env


def render(name: str, **context) -> str:
    return environment().get_template(name).render(**context)
