"""Tests for geofront.geodesic: exactness against an independent Geod.inv, validity,
orientation, antimeridian/pole handling, errors, vectorisation and buffers."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
import shapely
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pyproj import Geod
from shapely.geometry import LineString, MultiLineString, MultiPoint, Point, Polygon

from geofront import geodesic
from geofront.errors import GeometryError

GEOD = Geod(ellps="WGS84")  # independent of geofront's own instance
MM = 1e-3

lons = st.floats(-180, 180, allow_nan=False)
lats = st.floats(-89.5, 89.5, allow_nan=False)
tolerances = st.sampled_from([0.5, 1.0, 5.0, 10.0, 50.0])


def log_uniform(lo: float, hi: float):
    return st.floats(math.log10(lo), math.log10(hi)).map(lambda e: 10.0**e)


# ----------------------------------------------------------------------------- helpers


def rings_of(geom):
    for poly in shapely.get_parts(geom):
        yield poly.exterior
        yield from poly.interiors


def artificial(x0, y0, x1, y1):
    """Edges geofront adds on purpose: along the antimeridian cut or the pole line."""
    return ((np.abs(x0) == 180) & (x0 == x1)) | ((np.abs(y0) == 90) & (y0 == y1))


def vertices(geom):
    """Vertices on the true curve (not those created by the antimeridian cut)."""
    xy = shapely.get_coordinates(geom)
    keep = (np.abs(xy[:, 0]) != 180) & (np.abs(xy[:, 1]) != 90)
    return xy[keep]


def edge_samples(geom, ts=(0.1, 0.25, 0.4, 0.5, 0.6, 0.75, 0.9)):
    """Points along every real edge, interpolated linearly in lon/lat (GeoJSON edges)."""
    out = []
    for ring in rings_of(geom):
        c = np.asarray(ring.coords)
        a, b = c[:-1], c[1:]
        keep = ~artificial(a[:, 0], a[:, 1], b[:, 0], b[:, 1])
        a, b = a[keep], b[keep]
        for t in ts:
            out.append(a + t * (b - a))
    return np.vstack(out) if out else np.empty((0, 2))


def dist_from(lon, lat, xy):
    n = len(xy)
    return GEOD.inv(np.full(n, lon), np.full(n, lat), xy[:, 0], xy[:, 1])


def assert_valid_ccw(geom):
    assert shapely.is_valid(geom), shapely.is_valid_reason(geom)
    for poly in shapely.get_parts(geom):
        assert poly.exterior.is_ccw
        assert all(not r.is_ccw for r in poly.interiors)
    xy = shapely.get_coordinates(geom)
    assert (np.abs(xy[:, 0]) <= 180).all() and (np.abs(xy[:, 1]) <= 90).all()


def densify_lonlat(geom, step_deg):
    """Reference points along lines / polygon boundaries (straight lon/lat edges)."""
    parts = []
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon":
            parts.extend([part.exterior, *part.interiors])
        else:
            parts.append(part)
    return shapely.get_coordinates(shapely.segmentize(parts, step_deg))


def unit_xyz(xy):
    lon, lat = np.radians(xy[:, 0]), np.radians(xy[:, 1])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def dist_to(points_xy, ref_xy, k=128):
    """Geodesic distance from each point to the nearest reference point: candidates by
    chord length on the unit sphere (ranking error << the candidates' spread), then the
    exact Geod.inv distance."""
    out = np.empty(len(points_xy))
    ref3 = unit_xyz(ref_xy)
    kk = min(k, ref_xy.shape[0])
    for i0 in range(0, len(points_xy), 128):
        p = points_xy[i0 : i0 + 128]
        d2 = ((unit_xyz(p)[:, None, :] - ref3[None, :, :]) ** 2).sum(axis=2)
        cand = np.argpartition(d2, kk - 1, axis=1)[:, :kk]
        px = np.repeat(p[:, 0], kk)
        py = np.repeat(p[:, 1], kk)
        _, _, d = GEOD.inv(px, py, ref_xy[cand.ravel(), 0], ref_xy[cand.ravel(), 1])
        out[i0 : i0 + 128] = d.reshape(-1, kk).min(axis=1)
    return out


# ------------------------------------------------------------------------------ circle


@settings(max_examples=60, deadline=None)
@given(lon=lons, lat=lats, radius=log_uniform(1.0, 5_000_000.0), tol=tolerances)
def test_circle_vertices_exact_and_edges_within_tolerance(lon, lat, radius, tol):
    disk = geodesic.circle(lon, lat, radius_m=radius, tolerance_m=tol)
    assert_valid_ccw(disk)
    _, _, d = dist_from(lon, lat, vertices(disk))
    assert np.abs(d - radius).max() < MM
    _, _, d = dist_from(lon, lat, edge_samples(disk))
    assert np.abs(d - radius).max() <= tol
    assert disk.intersects(Point(lon, lat)) or disk.intersects(Point(-lon, lat)) or abs(lat) > 89


def test_circle_at_49n_fixes_the_degree_buffer():
    # the bug from the issue: a 15 km ring drawn in degrees is ~5 km off at 49 N
    naive = Point(37.6, 48.85).buffer(15 / 111, quad_segs=64)
    _, _, d = dist_from(37.6, 48.85, shapely.get_coordinates(naive))
    assert np.abs(d - 15_000).max() > 4_000
    disk = geodesic.circle(37.6, 48.85, radius_m=15_000, tolerance_m=10)
    _, _, d = dist_from(37.6, 48.85, shapely.get_coordinates(disk))
    assert np.abs(d - 15_000).max() < MM


@pytest.mark.parametrize("radius", [500.0, 15_000.0, 300_000.0])
def test_vertex_count_follows_tolerance(radius):
    counts = []
    for tol in (0.1, 1.0, 10.0):
        disk = geodesic.circle(30.0, 50.0, radius_m=radius, tolerance_m=tol)
        counts.append(len(disk.exterior.coords) - 1)
        # not wastefully many: within 25 % of the ideal planar count for this sagitta
        ideal = math.pi / math.acos(1 - tol / radius)
        assert counts[-1] <= max(1.25 * ideal + 2, 8)
    assert counts[0] > counts[1] > counts[2] or counts[2] == 8
    assert counts[0] / counts[1] == pytest.approx(math.sqrt(10), rel=0.1)


def test_missile_range_ring_2000_km():
    disk = geodesic.circle(33.0, 45.0, radius_m=2_000_000, tolerance_m=10)
    assert_valid_ccw(disk)
    _, _, d = dist_from(33.0, 45.0, vertices(disk))
    assert np.abs(d - 2e6).max() < MM
    _, _, d = dist_from(33.0, 45.0, edge_samples(disk))
    assert np.abs(d - 2e6).max() <= 10


def test_radius_zero_is_an_empty_polygon():
    g = geodesic.circle(30.0, 50.0, radius_m=0)
    assert g.geom_type == "Polygon" and g.is_empty
    gs = geodesic.circle([30, 31], [50, 50], radius_m=[0, 1000])
    assert gs.iloc[0].is_empty and not gs.iloc[1].is_empty


# ------------------------------------------------------------------ antimeridian, poles


@pytest.mark.parametrize(
    "lon, lat, radius",
    [(179.9, -16.5, 50_000), (-179.8, -17.0, 80_000), (180.0, 65.0, 200_000), (-180.0, 0, 10)],
)
def test_antimeridian_splits_into_valid_multipolygon(lon, lat, radius):
    disk = geodesic.circle(lon, lat, radius_m=radius, tolerance_m=1)
    assert disk.geom_type == "MultiPolygon"
    assert_valid_ccw(disk)
    west, east = sorted(shapely.get_parts(disk), key=lambda p: p.bounds[0])
    assert west.bounds[0] == -180 and east.bounds[2] == 180
    # same shape as the same circle away from the antimeridian
    ref = geodesic.circle(0.0, lat, radius_m=radius, tolerance_m=1)
    assert geodesic.area_m2(disk) == pytest.approx(geodesic.area_m2(ref), rel=1e-6)
    _, _, d = dist_from(lon, lat, edge_samples(disk))
    assert np.abs(d - radius).max() <= 1


def test_chukotka_ring_crossing_antimeridian():
    band = geodesic.ring(179.5, 66.0, inner_m=40_000, outer_m=60_000)
    assert_valid_ccw(band)
    assert band.geom_type == "MultiPolygon"
    assert not band.contains(Point(179.5, 66.0))
    assert band.contains(geodesic.destination(179.5, 66.0, bearing_deg=90, distance_m=50_000))


@pytest.mark.parametrize("lat", [90.0, 89.9, 88.0, -90.0, -89.5])
def test_circle_containing_a_pole_covers_the_cap(lat):
    radius = 300_000.0
    disk = geodesic.circle(25.0, lat, radius_m=radius, tolerance_m=5)
    assert disk.geom_type == "Polygon"
    assert_valid_ccw(disk)
    pole = math.copysign(90.0, lat)
    for lon in (-179.0, -90.0, 0.0, 90.0, 179.0):
        assert disk.intersects(Point(lon, pole - math.copysign(0.01, lat)))
    _, _, d = dist_from(25.0, lat, vertices(disk))
    assert np.abs(d - radius).max() < MM
    _, _, d = dist_from(25.0, lat, edge_samples(disk))
    assert np.abs(d - radius).max() <= 5
    # area: the same as a circle of the same radius is at 80 degrees, within the
    # ellipsoid's change of curvature
    area = geodesic.area_m2(disk)
    assert area == pytest.approx(math.pi * radius**2, rel=5e-3)


def test_circle_containing_both_poles():
    radius = 15_000_000.0
    disk = geodesic.circle(10.0, 10.0, radius_m=radius, tolerance_m=100)
    assert_valid_ccw(disk)
    assert disk.intersects(Point(0, 89.99)) and disk.intersects(Point(0, -89.99))
    antipode = Point(-170.0, -10.0)
    assert not disk.contains(antipode)
    _, _, d = dist_from(10.0, 10.0, edge_samples(disk))
    assert np.abs(d - radius).max() <= 100


# --------------------------------------------------------------------- ring and sector


@settings(max_examples=30, deadline=None)
@given(
    lon=lons,
    lat=lats,
    outer=log_uniform(100.0, 2_000_000.0),
    frac=st.floats(0.05, 0.95),
    tol=tolerances,
)
def test_ring_has_the_hole_and_exact_boundaries(lon, lat, outer, frac, tol):
    inner = outer * frac
    band = geodesic.ring(lon, lat, inner_m=inner, outer_m=outer, tolerance_m=tol)
    assert_valid_ccw(band)
    _, _, d = dist_from(lon, lat, vertices(band))
    assert (np.minimum(np.abs(d - inner), np.abs(d - outer)) < MM).all()
    _, _, d = dist_from(lon, lat, edge_samples(band))
    assert (np.minimum(np.abs(d - inner), np.abs(d - outer)) <= tol).all()
    # the band must be wider than the chords can cut into it from both sides
    if abs(lat) < 80 and outer < 500_000 and (outer - inner) > 2 * tol:
        assert not band.contains(Point(lon, lat))
        mid = geodesic.destination(lon, lat, bearing_deg=30.0, distance_m=(inner + outer) / 2)
        assert band.contains(mid)
        assert geodesic.area_m2(band) < geodesic.area_m2(
            geodesic.circle(lon, lat, radius_m=outer, tolerance_m=tol)
        )


@settings(max_examples=40, deadline=None)
@given(
    lon=lons,
    lat=st.floats(-85, 85),
    outer=log_uniform(100.0, 2_000_000.0),
    frac=st.sampled_from([0.0, 0.3, 0.8]),
    bearing=st.floats(-360, 720),
    width=st.floats(1.0, 350.0),
    tol=tolerances,
)
def test_sector_is_centred_on_the_bearing_with_the_width(
    lon, lat, outer, frac, bearing, width, tol
):
    inner = outer * frac
    wedge = geodesic.sector(
        lon,
        lat,
        inner_m=inner,
        outer_m=outer,
        bearing_deg=bearing,
        width_deg=width,
        tolerance_m=tol,
    )
    assert_valid_ccw(wedge)
    xy = vertices(wedge)
    az, _, d = dist_from(lon, lat, xy)
    off = (az - bearing + 180) % 360 - 180  # angle from the axis
    centre = d < MM
    on_arc = (np.abs(d - outer) < MM) | (np.abs(d - inner) < MM)
    on_side = np.abs(np.abs(off) - width / 2) < 1e-6
    assert (centre | on_arc | on_side).all()
    assert (np.abs(off[~centre]) <= width / 2 + 1e-6).all()
    assert np.abs(off[~centre]).max() == pytest.approx(width / 2, abs=1e-6)
    # every edge point is within tol of an arc or of a side
    az, _, d = dist_from(lon, lat, edge_samples(wedge))
    off = (az - bearing + 180) % 360 - 180
    gap_arc = np.minimum(np.abs(d - outer), np.abs(d - inner))
    gap_side = d * np.abs(np.sin(np.radians(np.abs(off) - width / 2)))
    assert (np.minimum(gap_arc, gap_side) <= tol).all()
    if abs(lat) < 80 and outer < 500_000 and (outer - inner) > 2 * tol:
        axis = geodesic.destination(lon, lat, bearing_deg=bearing, distance_m=(inner + outer) / 2)
        assert wedge.covers(axis)  # covers: on the antimeridian seam it is on a part's edge
        anti = geodesic.destination(
            lon, lat, bearing_deg=bearing + 180, distance_m=(inner + outer) / 2
        )
        assert not wedge.contains(anti) or width > 180


def test_sector_special_widths():
    full = geodesic.sector(37.6, 48.85, inner_m=1000, outer_m=5000, bearing_deg=10, width_deg=400)
    band = geodesic.ring(37.6, 48.85, inner_m=1000, outer_m=5000)
    assert full.equals(band)
    assert geodesic.sector(37.6, 48.85, outer_m=5000, bearing_deg=10, width_deg=0).is_empty
    pie = geodesic.sector(37.6, 48.85, outer_m=5000, bearing_deg=90, width_deg=90)
    assert pie.intersects(Point(37.6, 48.85))  # a pie slice reaches the centre
    assert geodesic.area_m2(pie) == pytest.approx(
        geodesic.area_m2(geodesic.circle(37.6, 48.85, radius_m=5000)) / 4, rel=1e-3
    )


def test_sector_across_antimeridian_and_pole():
    wedge = geodesic.sector(178.0, 70.0, outer_m=900_000, bearing_deg=60, width_deg=90)
    assert wedge.geom_type == "MultiPolygon"
    assert_valid_ccw(wedge)
    polar = geodesic.sector(0.0, 85.0, outer_m=1_000_000, bearing_deg=0, width_deg=90)
    assert_valid_ccw(polar)
    assert polar.intersects(Point(120, 89.99))


# ----------------------------------------------------------------------------- errors


@pytest.mark.parametrize(
    "call, words",
    [
        (lambda: geodesic.circle(float("nan"), 50, radius_m=10), "NaN"),
        (lambda: geodesic.circle(30, 50, radius_m=float("nan")), "NaN"),
        (lambda: geodesic.circle(30, 50, radius_m=-1), ">= 0"),
        (lambda: geodesic.circle(30, 91, radius_m=10), "swap"),
        (lambda: geodesic.circle(30, 50, radius_m=2.1e7), "half the earth"),
        (lambda: geodesic.circle(30, 50, radius_m=10, tolerance_m=0), "tolerance_m"),
        (lambda: geodesic.ring(30, 50, inner_m=20, outer_m=10), "inner_m"),
        (lambda: geodesic.sector(30, 50, outer_m=10, bearing_deg=0, width_deg=-5), "width_deg"),
        (lambda: geodesic.circle([30, 31], [50, np.nan], radius_m=10), "position 1"),
        (lambda: geodesic.circle([30, 31, 32], [50, 50], radius_m=10), "broadcast"),
        (lambda: geodesic.buffer(LineString([(0, 0), (np.nan, 1)]), distance_m=5), "NaN"),
        (lambda: geodesic.buffer(Point(0, 0), distance_m=float("inf")), "NaN"),
        (lambda: geodesic.buffer(LineString([(0, 0), (1, 1)]), distance_m=6e6), "limit"),
        (
            lambda: geodesic.buffer(Polygon([(0, 0), (1, 1), (1, 0), (0, 1)]), distance_m=100),
            "make_valid",
        ),
        (lambda: geodesic.destination(0, 95, bearing_deg=0, distance_m=1), "lat"),
    ],
)
def test_bad_input_raises_clear_geometry_error(call, words):
    with pytest.raises(GeometryError, match=words) as info:
        call()
    assert isinstance(info.value, ValueError)


# ------------------------------------------------------------------------ vectorisation


def test_arrays_in_geoseries_out_with_index():
    lon = pd.Series([37.6, 179.95, 0.0], index=["a", "b", "c"])
    lat = pd.Series([48.85, -16.5, 90.0], index=["a", "b", "c"])
    gs = geodesic.circle(lon, lat, radius_m=[15_000, 20_000, 1_000], tolerance_m=5)
    assert list(gs.index) == ["a", "b", "c"]
    assert gs.crs.to_epsg() == 4326
    assert gs.geom_type.tolist() == ["Polygon", "MultiPolygon", "Polygon"]
    assert shapely.is_valid(gs.values).all()
    expected = [(37.6, 48.85, 15e3), (179.95, -16.5, 2e4), (0, 90, 1e3)]
    for (x, y, r), g in zip(expected, gs, strict=True):
        assert g.equals(geodesic.circle(x, y, radius_m=r, tolerance_m=5))


def test_points_geoseries_without_lat():
    import geopandas as gpd

    pts = gpd.GeoSeries([Point(30, 50), Point(31, 51)], index=[7, 9], crs=4326)
    gs = geodesic.ring(pts, inner_m=1000, outer_m=2000)
    assert list(gs.index) == [7, 9]
    assert gs.iloc[1].equals(geodesic.ring(31, 51, inner_m=1000, outer_m=2000))
    assert geodesic.circle(Point(30, 50), radius_m=10).geom_type == "Polygon"


def test_many_circles_in_one_call_match_single_calls():
    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(22, 40, 500), rng.uniform(44.5, 52.5, 500)
    gs = geodesic.circle(lon, lat, radius_m=15_000, tolerance_m=10)
    assert len(gs) == 500 and shapely.is_valid(gs.values).all()
    assert gs.iloc[123].equals(geodesic.circle(lon[123], lat[123], radius_m=15_000, tolerance_m=10))
    xy, idx = shapely.get_coordinates(gs.values, return_index=True)
    _, _, d = GEOD.inv(lon[idx], lat[idx], xy[:, 0], xy[:, 1])
    assert np.abs(d - 15_000).max() < MM


UM = 1e-6


@settings(max_examples=25, deadline=None)
@given(
    lat_lo=st.floats(-79.0, 79.0),
    span=st.floats(0.0, 20.0),
    radius=log_uniform(1.0, 200_000.0),
    count=st.integers(8, 400),
)
def test_interpolation_table_error_bound(lat_lo, span, radius, count):
    """The cubic interpolation of vertex offsets in latitude stays within 1 um."""
    from geofront.geodesic import _circles

    lat_hi = min(lat_lo + span, 79.0)
    found = _circles.table(lat_lo, lat_hi, radius, count, max_nodes=100_000)
    if found is None:  # refused (too fine a grid needed): the exact path is used
        return
    first, step, t, checked = found
    assert checked <= _circles.INTERP_MAX_ERROR_M == UM
    lat = np.random.default_rng(0).uniform(lat_lo, lat_hi, 300)
    lat[:3] = lat_lo, lat_hi, 0.5 * (lat_lo + lat_hi)
    pos = (lat - first) / step
    cell = np.floor(pos).astype(int)
    w = _circles.lagrange_weights(pos - cell)
    guess = sum(w[:, k, None, None] * t[cell - 1 + k] for k in range(4))
    exact = _circles.offsets(lat, radius, count)
    err_m = 111_700 * np.hypot(
        (guess[..., 0] - exact[..., 0]) * np.cos(np.radians(lat[:, None] + exact[..., 1])),
        guess[..., 1] - exact[..., 1],
    )
    assert err_m.max() < UM
    # and the offsets themselves are the independent Geod.fwd/inv solution
    _, _, d = GEOD.inv(
        np.zeros(count + 1), np.full(count + 1, lat[0]), *exact[0].T + [[0], [lat[0]]]
    )
    assert np.abs(d - radius).max() < UM


@pytest.mark.parametrize(
    ("lon_range", "lat_range", "radius", "tol"),
    [
        ((22.0, 40.0), (44.5, 52.5), 15_000.0, 10.0),  # the benchmark: Ukraine
        ((-180.0, 180.0), (-40.0, -25.0), 3_000.0, 1.0),  # across the antimeridian too
        ((100.0, 140.0), (70.0, 76.0), 150_000.0, 5.0),  # far north, large
    ],
)
def test_large_batch_vertices_within_a_micrometre(lon_range, lat_range, radius, tol, monkeypatch):
    """Large batches interpolate offsets from exact templates: every vertex within 1 um."""
    from geofront.geodesic import _circles

    used, real = [], _circles._from_table

    def spy(*args):
        out = real(*args)
        used.append(out is not None)
        return out

    monkeypatch.setattr(_circles, "_from_table", spy)
    rng = np.random.default_rng(3)
    n = 20_000
    lon, lat = rng.uniform(*lon_range, n), rng.uniform(*lat_range, n)
    lon[:50] = rng.choice([-179.99, 179.99], 50)
    gs = geodesic.circle(lon, lat, radius_m=radius, tolerance_m=tol)
    assert used and all(used)  # the interpolated path, not the exact one
    monkeypatch.undo()
    assert shapely.is_valid(gs.values).all()
    assert shapely.is_ccw(shapely.get_exterior_ring(shapely.get_parts(gs.values))).all()
    assert (np.abs(shapely.get_coordinates(gs.values)) <= [180, 90]).all()
    xy, idx = shapely.get_coordinates(gs.values, return_index=True)
    cut = np.abs(xy[:, 0]) == 180  # vertices the antimeridian split adds
    _, _, d = GEOD.inv(lon[idx][~cut], lat[idx][~cut], xy[~cut, 0], xy[~cut, 1])
    assert np.abs(d - radius).max() < UM
    crossing = np.flatnonzero(gs.geom_type.values == "MultiPolygon")
    assert crossing.size > 0
    for i in [*crossing[:5], 7]:  # same shape as a single (exact) circle
        single = geodesic.circle(lon[i], lat[i], radius_m=radius, tolerance_m=tol)
        assert single.geom_type == gs.iloc[i].geom_type
        assert shapely.get_num_coordinates(single) == shapely.get_num_coordinates(gs.iloc[i])
        assert shapely.hausdorff_distance(single, gs.iloc[i]) < 1e-10  # degrees
    if radius == 15_000.0:  # edges, over a sample: within the tolerance
        for i in rng.choice(n, 200, replace=False):
            _, _, d = dist_from(lon[i], lat[i], edge_samples(gs.iloc[i]))
            assert np.abs(d - radius).max() <= tol


def test_large_batch_with_mixed_radii():
    rng = np.random.default_rng(4)
    n = 6_000
    lon, lat = rng.uniform(-10, 10, n), rng.uniform(35, 60, n)
    radius = np.where(np.arange(n) % 3 == 0, 1_000.0, 25_000.0)
    radius[:200] = rng.uniform(10, 100_000, 200)
    gs = geodesic.circle(lon, lat, radius_m=radius, tolerance_m=2)
    assert shapely.is_valid(gs.values).all()
    xy, idx = shapely.get_coordinates(gs.values, return_index=True)
    _, _, d = GEOD.inv(lon[idx], lat[idx], xy[:, 0], xy[:, 1])
    assert np.abs(d - radius[idx]).max() < UM
    assert gs.iloc[5].equals(geodesic.circle(lon[5], lat[5], radius_m=radius[5], tolerance_m=2))


# --------------------------------------------------------------------------- measures


@settings(max_examples=50, deadline=None)
@given(lon=lons, lat=lats, bearing=st.floats(-720, 720), dist=log_uniform(0.01, 1.5e7))
def test_destination_distance_bearing_round_trip(lon, lat, bearing, dist):
    p = geodesic.destination(lon, lat, bearing_deg=bearing, distance_m=dist)
    assert geodesic.distance_m(lon, lat, p.x, p.y) == pytest.approx(dist, abs=MM)
    b = geodesic.bearing_deg(lon, lat, p.x, p.y)
    assert 0 <= b < 360
    if dist > 1 and abs(lat) < 89:
        assert abs((b - bearing + 180) % 360 - 180) < 1e-6


def test_measures_vectorised():
    d = geodesic.distance_m([0, 0], [0, 0], [1, 0], [0, 1])
    assert d == pytest.approx([111_319.491, 110_574.389], abs=0.01)
    s = geodesic.bearing_deg(pd.Series([30.0, 30.0]), 50.0, 31.0, [50.0, 49.0])
    assert isinstance(s, pd.Series) and (s > 89).all()
    pts = geodesic.destination([30, 31], [50, 50], bearing_deg=[0, 90], distance_m=1000)
    assert pts.crs.to_epsg() == 4326 and pts.geom_type.eq("Point").all()


def test_area_m2():
    r = 10_000.0
    disk = geodesic.circle(30.0, 50.0, radius_m=r, tolerance_m=0.01)
    assert geodesic.area_m2(disk) == pytest.approx(math.pi * r**2, rel=1e-5)
    band = geodesic.ring(30.0, 50.0, inner_m=5_000, outer_m=r, tolerance_m=0.01)
    assert geodesic.area_m2(band) == pytest.approx(math.pi * (r**2 - 5_000**2), rel=1e-5)
    # orientation does not matter
    box = shapely.box(30, 50, 31, 51)
    assert geodesic.area_m2(box) == pytest.approx(geodesic.area_m2(box.reverse()))
    assert geodesic.area_m2(LineString([(0, 0), (1, 1)])) == 0
    areas = geodesic.area_m2(pd.Series([box, None]))
    assert areas.iloc[0] > 7e9 and np.isnan(areas.iloc[1])


# ------------------------------------------------------------------------------ buffer


def check_buffer(geom, result, d, tol, n_probe=400, seed=0):
    """Boundary at d +- tol from geom; points clearly inside/outside classified right."""
    assert_valid_ccw(result)
    ref = densify_lonlat(geom, 0.0005)  # ~50 m spacing: < 0.1 m error at d >= 2 km
    bnd = np.vstack([vertices(result), edge_samples(result, ts=(0.5,))])
    # chord ranking errs by ~0.3 % of d: keep every point within that of the best
    k = int(min(len(ref), 128 + 4 * math.sqrt(2 * d * 0.003 * d) / 50))
    dist = dist_to(bnd, ref, k=k)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        dist[shapely.contains_xy(geom, bnd[:, 0], bnd[:, 1])] = 0.0
    err = np.abs(dist - d).max()
    assert err <= tol, err
    if not n_probe:
        return err
    # probes around the geometry: inside iff closer than d
    rng = np.random.default_rng(seed)
    base = ref[rng.integers(0, len(ref), n_probe)]
    probe = np.column_stack(
        [
            geodesic.destination(
                base[:, 0],
                base[:, 1],
                bearing_deg=rng.uniform(0, 360, n_probe),
                distance_m=rng.uniform(0, 2 * d, n_probe),
            ).x,
            geodesic.destination(base[:, 0], base[:, 1], bearing_deg=0, distance_m=0).y,
        ]
    )
    pts = geodesic.destination(
        base[:, 0],
        base[:, 1],
        bearing_deg=rng.uniform(0, 360, n_probe),
        distance_m=rng.uniform(0, 2 * d, n_probe),
    )
    probe = np.column_stack([pts.x, pts.y])
    pd_ = dist_to(probe, ref, k=k)
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        pd_[shapely.contains_xy(geom, probe[:, 0], probe[:, 1])] = 0.0
    inside = shapely.contains_xy(result, probe[:, 0], probe[:, 1])
    assert inside[pd_ < d - tol].all()
    assert not inside[pd_ > d + tol].any()
    return err


def test_buffer_point_is_the_circle():
    assert geodesic.buffer(Point(30, 50), distance_m=5000).equals(
        geodesic.circle(30, 50, radius_m=5000)
    )


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    lon=st.floats(-170, 170),
    lat=st.floats(-75, 75),
    n=st.integers(2, 30),
    spread_km=log_uniform(1.0, 300.0),
    d=log_uniform(2_000.0, 100_000.0),
    seed=st.integers(0, 10_000),
)
def test_buffer_line_boundary_at_distance(lon, lat, n, spread_km, d, seed):
    rng = np.random.default_rng(seed)
    steps = rng.normal(size=(n, 2)) * spread_km / 111.0 / math.sqrt(n)
    xy = np.array([lon, lat]) + np.cumsum(steps, axis=0)
    xy[:, 1] = np.clip(xy[:, 1], -80, 80)
    line = LineString(xy)
    tol = 5.0
    check_buffer(line, geodesic.buffer(line, distance_m=d, tolerance_m=tol), d, tol)


def test_buffer_front_line_polygon_with_hole_and_multiparts():
    rng = np.random.default_rng(3)
    t = np.linspace(0, 2 * np.pi, 300, endpoint=False)
    r = 1.0 + 0.15 * rng.standard_normal(300).cumsum() / 10
    shell = np.column_stack([37 + 1.5 * r * np.cos(t), 48 + r * np.sin(t)])
    hole = np.column_stack([37 + 0.3 * np.cos(-t), 48 + 0.2 * np.sin(-t)])
    poly = Polygon(shell, [hole]).buffer(0)
    assert poly.is_valid and len(poly.interiors) == 1
    tol = 2.0
    out = geodesic.buffer(poly, distance_m=10_000, tolerance_m=tol)
    check_buffer(poly, out, 10_000, tol)
    assert len(out.interiors) == 1  # the 60 km hole survives a 10 km buffer
    multi = MultiLineString([[(30, 50), (30.5, 50.2)], [(31, 50), (31, 49)]])
    check_buffer(multi, geodesic.buffer(multi, distance_m=20_000, tolerance_m=tol), 20_000, tol)


def test_buffer_large_oblast_stays_exact_far_from_any_centre():
    # an oblast-sized box, 1000 km wide: a single projection would drift here
    poly = shapely.box(30, 46, 44, 52).segmentize(0.5)
    tol = 5.0
    out = geodesic.buffer(poly, distance_m=50_000, tolerance_m=tol)
    check_buffer(poly, out, 50_000, tol, n_probe=300)


def test_buffer_across_antimeridian_and_near_pole():
    tol = 5.0
    line = LineString([(179.0, -17.0), (179.9, -16.5), (179.99, -16.0)])
    out = geodesic.buffer(line, distance_m=30_000, tolerance_m=tol)
    assert out.geom_type == "MultiPolygon"
    check_buffer(line, out, 30_000, tol, n_probe=200)
    # a Fiji shape already split at the antimeridian buffers to one coherent shape
    west = shapely.box(179.5, -17.0, 180.0, -16.5)
    east = shapely.box(-180.0, -17.0, -179.6, -16.5)
    both = geodesic.buffer(shapely.MultiPolygon([west, east]), distance_m=5_000, tolerance_m=tol)
    assert_valid_ccw(both)
    assert len(shapely.get_parts(both)) == 2
    assert both.contains(Point(179.99, -16.75)) and both.contains(Point(-179.99, -16.75))
    polar = LineString([(0.0, 88.0), (90.0, 88.0)])
    out = geodesic.buffer(polar, distance_m=300_000, tolerance_m=tol)
    assert_valid_ccw(out)
    assert out.intersects(Point(-150, 89.99))  # covers the pole


def test_buffer_negative_zero_empty_none_invalid():
    poly = shapely.box(30, 50, 31, 51)
    shrunk = geodesic.buffer(poly, distance_m=-10_000, tolerance_m=2)
    assert shrunk.within(poly)
    assert_valid_ccw(shrunk)
    check_buffer(poly.boundary, shrunk, 10_000, 2.0, n_probe=0)
    assert geodesic.buffer(poly, distance_m=-200_000).is_empty
    assert geodesic.buffer(poly, distance_m=0).equals(poly)
    assert geodesic.buffer(LineString([(0, 0), (1, 1)]), distance_m=0).is_empty
    assert geodesic.buffer(Polygon(), distance_m=10).is_empty
    bowtie = Polygon([(0, 0), (1, 1), (1, 0), (0, 1)])
    fixed = geodesic.buffer(bowtie, distance_m=1000, on_invalid="repair")
    assert_valid_ccw(fixed)
    gs = geodesic.buffer(
        pd.Series([Point(0, 0), None, MultiPoint([(10, 10), (10.001, 10)])], index=[3, 4, 5]),
        distance_m=1000,
    )
    assert list(gs.index) == [3, 4, 5] and gs.iloc[1] is None
    assert gs.iloc[2].geom_type == "Polygon"


def test_buffer_geoseries_in_other_crs_and_per_row_distance():
    import geopandas as gpd

    gs = gpd.GeoSeries([Point(30, 50), LineString([(30, 50), (31, 50)])], crs=4326)
    out = geodesic.buffer(gs.to_crs(3857), distance_m=[1000, 2000], tolerance_m=1)
    assert out.crs.to_epsg() == 4326
    _, _, d = dist_from(30, 50, vertices(out.iloc[0]))
    assert np.abs(d - 1000).max() < 1e-3 + 1e-6  # to_crs round trip moved the centre < 1 um
