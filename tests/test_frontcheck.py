"""Claim checks against dated front lines, and the geodesic point-to-area distance.

The distance is checked against brute force with an independent pyproj.Geod on
boundaries densified along their straight lon/lat edges. Front lines are
synthetic, made here.
"""

from __future__ import annotations

import math

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely import box

import geofront as gf
from geofront.errors import GeometryError, InputError
from geofront.frontcheck import VERDICTS, check_claims, distance_to_area
from tests.conftest import DATA

GEOD = Geod(ellps="WGS84")
SLOVIANSK = (37.59739, 48.84974)


# --------------------------------------------------------------------------- brute force


def brute_distance(lon: float, lat: float, geom, steps: int = 400) -> float:
    """Min Geod.inv from the point to the boundary, densified in two stages.

    Stage 1 samples every straight lon/lat edge at ``steps`` steps; stage 2
    resamples 1,000 steps either side of the best sample of every edge that could
    hold the minimum. Resolution: 1/(500 * steps) of an edge.
    """
    lines = geom.boundary if geom.geom_type in ("Polygon", "MultiPolygon") else geom
    a, b = [], []
    for part in shapely.get_parts(lines):
        xy = shapely.get_coordinates(part)
        a.append(xy[:-1])
        b.append(xy[1:])
    a, b = np.vstack(a), np.vstack(b)
    t = np.linspace(0.0, 1.0, steps + 1)
    pts = a[:, None, :] + (b - a)[:, None, :] * t[None, :, None]
    flat = pts.reshape(-1, 2)
    d = GEOD.inv(np.full(len(flat), lon), np.full(len(flat), lat), flat[:, 0], flat[:, 1])[2]
    d = d.reshape(len(a), len(t))
    seg_len = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])[2]
    best = d.min()
    out = best
    for i in np.flatnonzero(d.min(axis=1) <= best + seg_len / steps + 1.0):
        j = int(d[i].argmin())
        lo, hi = t[max(j - 1, 0)], t[min(j + 1, steps)]
        fine = np.linspace(lo, hi, 2001)
        q = a[i] + (b[i] - a[i]) * fine[:, None]
        dd = GEOD.inv(np.full(len(q), lon), np.full(len(q), lat), q[:, 0], q[:, 1])[2]
        out = min(out, dd.min())
    return float(out)


def star(cx, cy, radii, angles):
    order = np.argsort(angles)
    ang, r = np.asarray(angles)[order], np.asarray(radii)[order]
    return shapely.Polygon(np.column_stack([cx + r * np.cos(ang), cy + r * np.sin(ang)]))


polygons = st.builds(
    lambda cx, cy, n, seed, scale: star(
        cx,
        cy,
        scale * (0.3 + np.random.default_rng(seed).random(n)),
        np.random.default_rng(seed + 1).uniform(0, 2 * np.pi, n),
    ),
    cx=st.floats(-170, 170),
    cy=st.floats(-70, 70),
    n=st.integers(3, 40),
    seed=st.integers(0, 10_000),
    scale=st.floats(0.02, 3.0),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    poly=polygons,
    dx=st.floats(-6, 6),
    dy=st.floats(-5, 5),
)
def test_distance_matches_brute_force(poly, dx, dy):
    poly = shapely.make_valid(poly)
    if poly.is_empty or poly.area == 0 or poly.geom_type not in ("Polygon", "MultiPolygon"):
        return
    c = poly.centroid
    lon, lat = c.x + dx, float(np.clip(c.y + dy, -89, 89))
    near = distance_to_area(lon, lat, poly)
    if near.inside:
        assert near.distance_m == 0.0 and poly.intersects(shapely.Point(lon, lat))
        return
    assert not poly.contains(shapely.Point(lon, lat))
    brute = brute_distance(lon, lat, poly)
    # never worse than brute force, and brute force cannot do better than its resolution
    assert near.distance_m <= brute + 1e-6
    assert brute - near.distance_m < 0.05
    # the nearest point is on the boundary and at the stated distance
    assert poly.boundary.distance(shapely.Point(near.lon, near.lat)) < 1e-9
    assert GEOD.inv(lon, lat, near.lon, near.lat)[2] == pytest.approx(near.distance_m, abs=1e-6)


@settings(max_examples=30, deadline=None)
@given(
    lat0=st.floats(-85, 85),
    lon0=st.floats(-179, 179),
    bearing=st.floats(0, 360),
    dist_km=st.floats(0.05, 2_000),
)
def test_distance_to_a_point_like_line_is_geod_inv(lat0, lon0, bearing, dist_km):
    # a tiny segment at a known geodesic distance: the answer is Geod.inv to it
    x, y, _ = GEOD.fwd(lon0, lat0, bearing, dist_km * 1000)
    line = shapely.LineString([(x, y), (x + 1e-7, y)])
    near = distance_to_area(lon0, lat0, line)
    assert near.distance_m == pytest.approx(dist_km * 1000, abs=0.05)
    assert not near.inside


def test_noisy_front_line_many_points_vs_brute_force():
    rng = np.random.default_rng(7)
    n = 3000
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r = 0.8 + 0.3 * rng.random(n)
    poly = shapely.Polygon(np.column_stack([38.5 + 1.4 * r * np.cos(ang), 48.3 + r * np.sin(ang)]))
    poly = shapely.make_valid(poly)
    lon, lat = rng.uniform(35, 42, 60), rng.uniform(46, 51, 60)
    near = distance_to_area(lon, lat, poly)
    for i in np.flatnonzero(~near.inside)[:12]:
        brute = brute_distance(lon[i], lat[i], poly, steps=20)
        assert near.distance_m[i] <= brute + 1e-6
        assert brute - near.distance_m[i] < 0.05


def test_inside_holes_lines_and_empty():
    holed = shapely.Polygon(
        [(37, 48), (39, 48), (39, 50), (37, 50)],
        [[(37.8, 48.8), (38.2, 48.8), (38.2, 49.2), (37.8, 49.2)]],
    )
    inside = distance_to_area(37.2, 48.2, holed)
    assert inside.inside and inside.distance_m == 0.0 and (inside.lon, inside.lat) == (37.2, 48.2)
    in_hole = distance_to_area(38.0, 49.0, holed)
    assert not in_hole.inside
    assert in_hole.distance_m == pytest.approx(brute_distance(38.0, 49.0, holed), abs=0.05)
    on_edge = distance_to_area(37.0, 49.0, holed)
    assert on_edge.inside and on_edge.distance_m == 0.0
    line = shapely.LineString([(37, 48), (39, 50)])
    lnear = distance_to_area(37.0, 49.0, line)
    assert not lnear.inside
    assert lnear.distance_m == pytest.approx(brute_distance(37.0, 49.0, line), abs=0.05)
    empty = distance_to_area(37.0, 49.0, shapely.MultiPolygon())
    assert math.isnan(empty.distance_m)
    many = distance_to_area([37.2, 38.0], [48.2, 49.0], holed)
    assert many.inside.tolist() == [True, False]
    with pytest.raises(GeometryError, match="lat must be within"):
        distance_to_area(48.0, 137.0, holed)


def test_distance_is_not_planar():
    # 15 km east of Sloviansk on the ellipsoid: a planar degree guess is km off
    x, _, _ = GEOD.fwd(*SLOVIANSK, 90, 15_000)
    area = box(x, 48.0, x + 1, 49.7)
    near = distance_to_area(*SLOVIANSK, area)
    assert near.distance_m == pytest.approx(15_000, abs=1.0)
    assert (x - SLOVIANSK[0]) * 111_320 > 22_000  # what "degrees x 111 km" would say


# --------------------------------------------------------------------------- claims


def layer(*days_and_geoms, source="synthetic"):
    days = [d for d, _ in days_and_geoms]
    geoms = [g for _, g in days_and_geoms]
    frame = gpd.GeoDataFrame({"day": days}, geometry=geoms, crs=4326)
    return gf.read_frontlines(frame, date_from="day", source=source)


def east_of_sloviansk(km: float):
    """An occupied area whose west edge is ``km`` east of Sloviansk (geodesic)."""
    x, _, _ = GEOD.fwd(*SLOVIANSK, 90, km * 1000)
    return box(x, 48.3, x + 1.2, 49.4)


@pytest.fixture(scope="module")
def sample():
    text = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
    return gf.parse(text, date="2026-02-15", source="AFP")


def test_sample_claim_consistent_on_its_date(sample):
    fl = layer(("2026-02-14", east_of_sloviansk(20)), ("2026-02-15", east_of_sloviansk(15)))
    out = sample.check(fl)
    assert len(out) == 1  # one distance claim in the sample
    row = out.iloc[0]
    assert row.verdict == "consistent"
    assert row.anchor_geonameid == 693468
    assert (row.min_m, row.max_m) == (12_000.0, 18_000.0)
    assert row.measured_m == pytest.approx(15_000, abs=1.0)
    assert row.margin_m == pytest.approx(3_000, abs=1.0)
    assert row.frontline_date == pd.Timestamp("2026-02-15") and row.age_days == 0
    assert row.report_date == pd.Timestamp("2026-02-15")
    assert not row.inside and row.reason == ""
    assert "15 kilometer" in row.quote and row.frontline_source == "synthetic"
    assert row.geometry.geom_type == "Point"
    assert row.bearing_to_front_deg == pytest.approx(90, abs=0.5)
    assert out.crs.equals("EPSG:4326")
    for col in ("claim", "measured_m", "min_m", "max_m", "verdict", "margin_m"):
        assert col in out.columns
    assert out.attrs["geofront"]["layer"] == "frontline_check"


def test_same_as_check_claims(sample):
    fl = layer(("2026-02-15", east_of_sloviansk(15)))
    pd.testing.assert_frame_equal(
        pd.DataFrame(sample.check(fl).drop(columns="geometry")),
        pd.DataFrame(check_claims(sample, fl).drop(columns="geometry")),
    )


def test_inconsistent_with_negative_margin(sample):
    row = sample.check(layer(("2026-02-15", east_of_sloviansk(25)))).iloc[0]
    assert row.verdict == "inconsistent"
    assert row.margin_m == pytest.approx(-7_000, abs=1.0)
    near = sample.check(layer(("2026-02-15", east_of_sloviansk(9)))).iloc[0]
    assert near.verdict == "inconsistent" and near.margin_m == pytest.approx(-3_000, abs=1.0)


def test_anchor_inside_the_occupied_area(sample):
    row = sample.check(layer(("2026-02-15", box(37, 48, 39, 50)))).iloc[0]
    assert row.inside and row.measured_m == 0.0
    assert row.verdict == "inconsistent" and row.reason == "inside the occupied area"
    assert row.margin_m == -12_000.0


def test_date_rules(sample):
    yesterday = layer(("2026-02-14", east_of_sloviansk(15)))
    row = sample.check(yesterday).iloc[0]
    assert row.verdict == "consistent" and row.age_days == 1
    row = sample.check(yesterday, max_age_days=0).iloc[0]
    assert row.verdict == "no data" and "no front line on 2026-02-15" in row.reason
    assert math.isnan(row.measured_m) and math.isnan(row.margin_m)
    two_days = layer(("2026-02-13", east_of_sloviansk(15)))
    assert sample.check(two_days).iloc[0].verdict == "no data"
    assert sample.check(two_days, max_age_days=2).iloc[0].age_days == 2
    tomorrow = layer(("2026-02-16", east_of_sloviansk(15)))
    assert sample.check(tomorrow, max_age_days=30).iloc[0].verdict == "no data"
    # the day's own line wins over an older one
    both = layer(("2026-02-14", east_of_sloviansk(30)), ("2026-02-15", east_of_sloviansk(15)))
    assert sample.check(both).iloc[0].frontline_date == pd.Timestamp("2026-02-15")
    with pytest.raises(InputError, match="max_age_days"):
        sample.check(both, max_age_days=-1)


def test_report_without_date_and_override():
    report = gf.parse("Pasukan Moskow berada sekitar 15 kilometer dari Sloviansk.", lang="id")
    fl = layer(("2026-02-15", east_of_sloviansk(15)))
    row = report.check(fl).iloc[0]
    assert row.verdict == "no data" and "no date" in row.reason
    assert report.check(fl, date="2026-02-15").iloc[0].verdict == "consistent"


@pytest.mark.parametrize(
    "text, low, high, verdict",
    [
        ("Russian forces are within 20 km of Sloviansk.", 0.0, 20_000.0, "consistent"),
        ("Russian forces are within 10 km of Sloviansk.", 0.0, 10_000.0, "inconsistent"),
        ("Russian forces are more than 10 km from Sloviansk.", 10_000.0, math.inf, "consistent"),
        ("Russian forces are 10-14 km from Sloviansk.", 10_000.0, 14_000.0, "inconsistent"),
    ],
)
def test_bounds(text, low, high, verdict):
    report = gf.parse(text, date="2026-02-15")
    row = report.check(layer(("2026-02-15", east_of_sloviansk(15)))).iloc[0]
    assert (row.min_m, row.max_m) == (low, high)
    assert row.verdict == verdict
    assert row.margin_m == pytest.approx(min(row.measured_m - low, high - row.measured_m))


def test_direction_claim_sector():
    fl = layer(("2026-02-15", east_of_sloviansk(15)))
    east = gf.parse("Russian forces are about 15 km east of Sloviansk.", date="2026-02-15")
    north = gf.parse("Russian forces are about 15 km north of Sloviansk.", date="2026-02-15")
    e = east.check(fl).iloc[0]
    assert bool(e.in_sector) is True and e.verdict == "consistent"
    assert e.measured_m == e.nearest_m and e.reason == ""
    n = north.check(fl).iloc[0]
    assert bool(n.in_sector) is False
    assert n.nearest_m == pytest.approx(15_000, abs=1.0)
    # within the north sector (337.5-22.5 deg) the area is much farther: inconsistent
    assert n.measured_m > 30_000 and n.verdict == "inconsistent"
    assert n.reason == "measured within the claimed sector"
    az = GEOD.inv(*SLOVIANSK, n.geometry.x, n.geometry.y)
    assert abs((az[0] + 180) % 360 - 180) == pytest.approx(22.5, abs=0.01)
    assert az[2] == pytest.approx(n.measured_m, abs=0.01)
    west = gf.parse("Russian forces are about 15 km west of Sloviansk.", date="2026-02-15")
    w = west.check(fl).iloc[0]
    assert math.isinf(w.measured_m) and w.verdict == "inconsistent"
    assert "nothing occupied within 54 km" in w.reason


def test_unresolved_anchor_and_non_distance_claims(sample):
    report = gf.parse("Russian forces are about 15 km from Xyzzyqqville.", date="2026-02-15")
    row = report.check(layer(("2026-02-15", east_of_sloviansk(15)))).iloc[0]
    assert row.verdict == "no data" and row.reason == "anchor not resolved"
    assert set(sample.check(layer(("2026-02-15", east_of_sloviansk(15))))["claim"]) == {"distance"}


def test_many_reports_and_empty_line(sample):
    other = gf.parse("Russian forces are about 30 km from Sloviansk.", date="2026-02-15")
    fl = layer(("2026-02-15", east_of_sloviansk(15)))
    out = check_claims([sample, other], fl)
    assert out["report"].tolist() == [0, 1]
    assert out["verdict"].tolist() == ["consistent", "inconsistent"]
    assert set(out["verdict"]) <= set(VERDICTS)
    with pytest.raises(TypeError, match="Report"):
        check_claims("text", fl)


def test_simplified_layer_reports_error_bound(sample):
    frame = gpd.GeoDataFrame({"d": ["2026-02-15"]}, geometry=[east_of_sloviansk(15)], crs=4326)
    fl = gf.read_frontlines(frame, date_from="d", simplify_m=50)
    assert sample.check(fl).iloc[0].error_m == 50.0
    full = gf.read_frontlines(frame, date_from="d")
    assert sample.check(full).iloc[0].error_m == 0.0


def test_plain_geodataframe_with_date_column(sample):
    frame = gpd.GeoDataFrame(
        {"date": pd.to_datetime(["2026-02-15"])}, geometry=[east_of_sloviansk(15)], crs=4326
    )
    assert sample.check(frame).iloc[0].verdict == "consistent"


def test_dense_and_tree_paths_agree(monkeypatch):
    import geofront.frontcheck as fc

    rng = np.random.default_rng(11)
    ang = np.sort(rng.uniform(0, 2 * np.pi, 400))
    r = 0.5 + 0.4 * rng.random(400)
    poly = shapely.make_valid(
        shapely.Polygon(np.column_stack([38 + r * np.cos(ang), 48.5 + 0.7 * r * np.sin(ang)]))
    )
    lon, lat = rng.uniform(36, 40, 50), rng.uniform(47, 50, 50)
    monkeypatch.setattr(fc, "_DENSE_PAIRS", 10**9)
    dense = distance_to_area(lon, lat, poly)
    monkeypatch.setattr(fc, "_DENSE_PAIRS", 0)
    tree = distance_to_area(lon, lat, poly)
    np.testing.assert_array_equal(dense.inside, tree.inside)
    np.testing.assert_allclose(dense.distance_m, tree.distance_m, atol=1e-6)


def test_across_the_antimeridian(monkeypatch):
    import geofront.frontcheck as fc

    east = shapely.MultiPolygon([box(179.9, 60, 180, 61), box(-180, 60, -179.5, 61)])
    for dense in (10**9, 0):
        monkeypatch.setattr(fc, "_DENSE_PAIRS", dense)
        near = distance_to_area([179.5, -179.2], [60.5, 60.5], east)
        expected = [brute_distance(179.5, 60.5, east), brute_distance(-179.2, 60.5, east)]
        np.testing.assert_allclose(near.distance_m, expected, atol=0.01)
        assert near.lon[0] == pytest.approx(179.9) and near.lon[1] == pytest.approx(-179.5)


def test_nearest_point_on_the_other_side_of_the_antimeridian(monkeypatch):
    import geofront.frontcheck as fc

    west_only = box(-180, 60, -179.5, 61)
    expected = brute_distance(179.8, 60.5, west_only)
    assert expected < 12_000  # 0.2 degrees of longitude at 60.5 N
    for dense in (10**9, 0):
        monkeypatch.setattr(fc, "_DENSE_PAIRS", dense)
        near = distance_to_area([179.8, 179.8], [60.5, 60.5], west_only)
        np.testing.assert_allclose(near.distance_m, expected, atol=0.01)


def test_line_layer_distance_to_the_front_line(sample):
    x, _, _ = GEOD.fwd(*SLOVIANSK, 90, 15_000)
    line = shapely.LineString([(x, 48.3), (x, 49.4)])
    fl = gf.read_frontlines(
        gpd.GeoDataFrame({"d": ["2026-02-15"]}, geometry=[line], crs=4326), date_from="d"
    )
    assert fl.geometry.iloc[0].geom_type == "MultiLineString"
    row = sample.check(fl).iloc[0]
    assert row.verdict == "consistent" and not row.inside
    assert row.measured_m == pytest.approx(15_000, abs=1.0)
