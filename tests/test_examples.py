"""Every example script runs as documented and prints what it promises."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

CASES = {
    "geocode.py": ["Slovyansk", "Donetska oblast", "Engels"],
    "parse.py": ["wilayah Donetsk", "features with provenance"],
    "geodesic_rings.py": ["degree buffer, 15 km: max radial error", "geofront circle"],
    "frontlines_check.py": ["verdict:  consistent"],
    "map.py": ["wrote", "2026-03-05"],
    "parse_many.py": [],
}


@pytest.mark.parametrize("script", sorted(CASES))
def test_example_runs(script, tmp_path):
    args = [sys.executable, str(ROOT / "examples" / script)]
    if script == "map.py":
        args.append(str(tmp_path))
    proc = subprocess.run(args, capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-2000:]
    for expected in CASES[script]:
        assert expected in proc.stdout, (expected, proc.stdout[-2000:])
    if script == "map.py":
        page = (tmp_path / "map.html").read_text(encoding="utf-8")
        assert "<script src=" not in page
        assert (tmp_path / "map.png").read_bytes()[:4] == b"\x89PNG"


def test_every_example_is_tested():
    scripts = {p.name for p in (ROOT / "examples").glob("*.py")}
    assert scripts == set(CASES)
