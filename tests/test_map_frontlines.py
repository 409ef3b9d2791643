"""A map that holds a report, its dated front lines, the checks, the change and the arrows."""

from __future__ import annotations

import json
from pathlib import Path

import shapely
from pyproj import Geod

import geofront as gf
from geofront.frontlines import advance_arrows, frontline_change
from tests.conftest import DATA

SLOVIANSK = (37.59739, 48.84974)


def _archive(folder: Path) -> None:
    for day, km in (("20260213", 17.0), ("20260214", 16.0), ("20260215", 14.5)):
        west, _, _ = Geod(ellps="WGS84").fwd(*SLOVIANSK, 90, km * 1000)
        area = shapely.MultiPolygon([shapely.box(west, 48.3, 39.2, 49.4)])
        feature = {
            "type": "Feature",
            "properties": {},
            "geometry": json.loads(shapely.to_geojson(area)),
        }
        (folder / f"deepstatemap_data_{day}.geojson").write_text(
            json.dumps({"type": "FeatureCollection", "features": [feature]})
        )


def test_map_with_front_line_products(tmp_path):
    _archive(tmp_path)
    fl = gf.read_frontlines(str(tmp_path / "*.geojson"), source="DeepStateMap")
    report = gf.parse(
        (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8"),
        date="2026-02-15",
        source="AFP",
    )
    checks = report.check(fl)
    assert list(checks.verdict) == ["consistent"]
    m = report.to_map(title="Front-line check", tiles=None)
    m.add(fl).add(checks).add(frontline_change(fl, "2026-02-13", "2026-02-15"))
    m.add(advance_arrows(report, fl))
    names = [layer.name for layer in m.layers]
    assert "Claims checked against the front line" in names
    assert "Front-line change" in names
    assert m.dates[0] == "2026-02-13" and m.dates[-1] == "2026-02-15"
    assert any("DeepStateMap" in credit for credit in m.credits())
    out = tmp_path / "map.html"
    m.save(out, inline=True)
    page = out.read_text(encoding="utf-8")
    assert "<script src=" not in page and "DeepStateMap" in page
