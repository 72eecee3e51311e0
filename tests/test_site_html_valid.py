"""The Nu HTML checker finds no error on any page of the built fixture site.

Needs Java and the checker's jar: VNU_JAR=/path/to/vnu.jar (npm's vnu-jar ships it:
node_modules/vnu-jar/build/dist/vnu.jar; .ci/run installs both). Skipped when either is
missing on a developer's machine, never in CI (CI=true)."""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from build_tools.site import build_site
from site_support import SOURCES

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "fixtures" / "site_corpus"
JAR = os.environ.get("VNU_JAR", "")

pytestmark = pytest.mark.skipif(not (JAR and Path(JAR).is_file() and shutil.which("java"))
                                and os.environ.get("CI") != "true",
                                reason="set VNU_JAR to the Nu HTML checker's vnu.jar (and install Java)")


def test_no_nu_errors(tmp_path):
    site = tmp_path / "site"
    build_site(FIXTURE, site, echo=lambda *a: None, sources=SOURCES, work_dir=tmp_path / "work")
    pages = [str(p) for p in sorted(site.rglob("*.html"))]
    assert len(pages) > 20
    res = subprocess.run(["java", "-jar", JAR, "--errors-only", *pages], capture_output=True,
                         text=True, timeout=600)
    assert res.returncode == 0 and not res.stderr.strip(), res.stderr[:3000]
