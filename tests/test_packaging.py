"""The built wheel carries what the installed package needs (data, py.typed, CLI)."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps",
         "-q", "-w", str(out)],
        check=True,
        timeout=600,
    )  # fmt: skip
    (path,) = out.glob("geofront-*.whl")
    return zipfile.ZipFile(path)


def test_wheel_has_data_and_markers(wheel):
    names = set(wheel.namelist())
    assert "geofront/py.typed" in names
    assert "geofront/data/README.md" in names
    shipped = {p.relative_to(ROOT).as_posix() for p in (ROOT / "geofront" / "data").iterdir()}
    assert shipped <= names, shipped - names
    for module in ("geofront/gazetteer/core.py", "geofront/names.py", "geofront/cli.py"):
        assert module in names


def test_wheel_declares_the_cli(wheel):
    entry = next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))
    assert "geofront = geofront.cli:main" in wheel.read(entry).decode()


def test_repository_stays_lean():
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=False
    ).stdout.split()
    big = [p for p in tracked if (ROOT / p).is_file() and (ROOT / p).stat().st_size > 20e6]
    assert not big, big
