"""Shared fixtures: the bundled gazetteer (built once per machine, then cached)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pyproj import Geod

DATA = Path(__file__).parent / "data"
GEOD = Geod(ellps="WGS84")


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Geodesic distance between two (lon, lat) points in km."""
    return GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


@pytest.fixture(scope="session")
def gazetteer():
    import geofront as gf

    return gf.Gazetteer.default()
