"""Shared fixtures: the bundled gazetteer (built once per machine, then cached)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pyproj import Geod

DATA = Path(__file__).parent / "data"
GEOD = Geod(ellps="WGS84")


def load_script(path: Path, name: str) -> ModuleType:
    """Import a script that is not in a package (a benchmark, a data builder) as ``name``."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None, path
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict]:
    """The records of a JSON-lines file, blank lines skipped."""
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two (lon, lat) points in km."""
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


@pytest.fixture(scope="session")
def gazetteer():
    import geofront as gf

    return gf.Gazetteer.default()
