"""Frozen records and the error hierarchy."""

from __future__ import annotations

import dataclasses

import pytest
import shapely

import geofront as gf
from geofront import errors


def test_place_is_frozen_and_validated():
    place = gf.Place("Sloviansk", 37.597, 48.85, "settlement", "UA", "UA-14", 693468)
    with pytest.raises(dataclasses.FrozenInstanceError):
        place.lon = 0.0
    with pytest.raises(ValueError, match="lat"):
        gf.Place("X", 0.0, 91.0)
    with pytest.raises(ValueError, match="finite"):
        gf.Place("X", float("nan"), 0.0)
    with pytest.raises(ValueError, match="kind"):
        gf.Place("X", 0.0, 0.0, kind="planet")
    with pytest.raises(ValueError, match="name"):
        gf.Place("  ", 0.0, 0.0)


def test_place_geometry_and_dict():
    place = gf.Place("Sloviansk", 37.597, 48.85)
    assert place.geometry.equals(shapely.Point(37.597, 48.85))
    assert not place.is_area
    area = place.with_match(shape_wkb=shapely.to_wkb(shapely.box(37, 48, 38, 49)))
    assert area.is_area and area.geometry.geom_type == "Polygon"
    assert area == place  # match fields and shapes do not change identity
    row = place.with_match(score=0.5, why=("x",)).to_dict()
    assert row["score"] == 0.5 and row["why"] == ["x"] and row["lon"] == 37.597


def test_error_hierarchy():
    assert issubclass(errors.InputError, (errors.GeofrontError, ValueError))
    assert issubclass(errors.GeometryError, (errors.GeofrontError, ValueError))
    assert issubclass(errors.GazetteerBuildError, (errors.GazetteerError, RuntimeError))
    assert issubclass(errors.UnknownGazetteerError, KeyError)
    assert str(errors.UnknownGazetteerError("Unknown gazetteer 'x'")) == "Unknown gazetteer 'x'"


def test_lazy_top_level():
    import subprocess
    import sys

    code = "import sys, geofront; assert 'geopandas' not in sys.modules; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "ok", out.stderr
    assert "geocode" in dir(gf)
    with pytest.raises(AttributeError):
        gf.no_such_name  # noqa: B018
