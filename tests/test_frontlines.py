"""Front-line layers: reading dated files, simplification, change between dates, arrows.

Every front line here is synthetic, written by the tests: no real data is bundled.
"""

from __future__ import annotations

import json
import zipfile

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from pyproj import Geod
from shapely import box

import geofront as gf
from geofront.errors import InputError
from geofront.frontcheck import distance_to_area
from geofront.frontlines import (
    advance_arrows,
    as_frontlines,
    frontline_change,
    frontline_changes,
    frontline_on,
    read_kml,
    simplify,
)

GEOD = Geod(ellps="WGS84")
SLOVIANSK = (37.59739, 48.84974)


def held_on(day: int) -> shapely.MultiPolygon:
    """A synthetic occupied area east of Sloviansk that grows westward by 0.01 deg a day."""
    west = 37.86 - 0.01 * (day - 13)
    main = box(west, 48.55, 38.9, 49.25)
    islet = box(38.95, 48.2, 39.1, 48.3)
    return shapely.MultiPolygon([main, islet])


def write_geojson(path, geom, properties=None):
    feature = {
        "type": "Feature",
        "properties": properties or {},
        "geometry": json.loads(shapely.to_geojson(geom)),
    }
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def kml_text(placemarks: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>synthetic</name>'
        f"{placemarks}</Document></kml>"
    )


def kml_polygon(geom: shapely.Polygon) -> str:
    def ring(coords):
        return " ".join(f"{x},{y},0" for x, y in coords)

    inner = "".join(
        f"<innerBoundaryIs><LinearRing><coordinates>{ring(r.coords)}</coordinates>"
        "</LinearRing></innerBoundaryIs>"
        for r in geom.interiors
    )
    return (
        "<Polygon><outerBoundaryIs><LinearRing><coordinates>"
        f"{ring(geom.exterior.coords)}</coordinates></LinearRing></outerBoundaryIs>{inner}"
        "</Polygon>"
    )


def kml_placemark(geom, when: str, name: str = "held") -> str:
    parts = "".join(kml_polygon(p) for p in getattr(geom, "geoms", [geom]))
    body = f"<MultiGeometry>{parts}</MultiGeometry>" if hasattr(geom, "geoms") else parts
    return (
        f"<Placemark><name>{name}</name><TimeStamp><when>{when}</when></TimeStamp>"
        f'<ExtendedData><Data name="status"><value>occupied</value></Data></ExtendedData>'
        f"{body}</Placemark>"
    )


@pytest.fixture
def archive(tmp_path):
    """Three DeepStateMap-style daily files: one MultiPolygon, empty properties."""
    folder = tmp_path / "archive"
    folder.mkdir()
    for day in (13, 14, 15):
        write_geojson(folder / f"deepstatemap_data_202602{day}.geojson", held_on(day))
    return folder


@pytest.fixture
def kmz(tmp_path):
    marks = "".join(kml_placemark(held_on(d), f"2026-02-{d}") for d in (14, 15))
    path = tmp_path / "isw_export.kmz"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("doc.kml", kml_text(f"<Folder><name>Occupied</name>{marks}</Folder>"))
        z.writestr("files/readme.txt", "synthetic")
    return path


@pytest.fixture
def gpkg(tmp_path):
    path = tmp_path / "research.gpkg"
    occupied = gpd.GeoDataFrame(
        {
            "day": ["2026-02-14", "2026-02-14", "2026-02-15"],
            "sector": ["north", "south", "all"],
        },
        geometry=[box(37.86, 48.9, 38.9, 49.25), box(37.86, 48.55, 38.9, 48.9), held_on(15)],
        crs=4326,
    )
    occupied.to_file(path, layer="occupied", driver="GPKG")
    contested = gpd.GeoDataFrame(
        {"day": ["2026-02-15"]}, geometry=[box(37.7, 48.55, 37.86, 49.25)], crs=4326
    )
    contested.to_file(path, layer="contested", driver="GPKG")
    return path


# --------------------------------------------------------------------------- reading


def test_glob_of_daily_geojson(archive):
    fl = gf.read_frontlines(str(archive / "deepstatemap_data_*.geojson"), source="DeepStateMap")
    assert list(fl["date"].dt.strftime("%Y-%m-%d")) == ["2026-02-13", "2026-02-14", "2026-02-15"]
    assert str(fl["date"].dtype) == "datetime64[ns]"
    assert (fl["date"] == fl["date"].dt.normalize()).all()
    assert fl.crs.equals("EPSG:4326")
    assert set(fl.geometry.geom_type) == {"MultiPolygon"}
    assert list(fl.columns[:5]) == ["date", "source", "file", "area_km2", "geometry"]
    assert fl["file"].str.endswith("deepstatemap_data_20260215.geojson").iloc[-1]
    assert (fl["source"] == "DeepStateMap").all()
    info = fl.attrs["geofront"]
    assert info["layer"] == "frontlines" and info["source"] == "DeepStateMap"
    assert "DeepStateMap" in info["attribution"]
    assert info["simplify_m"] is None
    # full geometry kept exactly
    assert fl.geometry.iloc[2].equals(held_on(15))


def geodesic_km2(geom, step_deg=0.0002):
    """Independent area: pyproj.Geod on the polygon densified along straight lon/lat edges."""
    dense = shapely.segmentize(geom, step_deg)
    parts = getattr(dense, "geoms", [dense])
    return sum(abs(GEOD.geometry_area_perimeter(p)[0]) for p in parts) / 1e6


def test_area_km2_is_geodesic(archive):
    fl = gf.read_frontlines(archive)
    geom = fl.geometry.iloc[0]
    assert fl["area_km2"].iloc[0] == pytest.approx(geodesic_km2(geom), rel=1e-7)


def test_directory_list_and_single_file(archive):
    files = sorted(archive.iterdir())
    assert len(gf.read_frontlines(archive)) == 3
    assert len(gf.read_frontlines(files[:2])) == 2
    one = gf.read_frontlines(files[0], date="2026-03-01")
    assert one["date"].iloc[0] == pd.Timestamp("2026-03-01")


def test_files_of_the_same_day_are_merged(tmp_path):
    write_geojson(tmp_path / "north_20260215.geojson", box(37, 49, 38, 50))
    write_geojson(tmp_path / "south_20260215.geojson", box(37, 48, 38, 49))
    fl = gf.read_frontlines(str(tmp_path / "*.geojson"))
    assert len(fl) == 1
    assert fl.geometry.iloc[0].equals(shapely.MultiPolygon([box(37, 48, 38, 50)])) or (
        fl.geometry.iloc[0].symmetric_difference(box(37, 48, 38, 50)).area < 1e-12
    )
    assert fl["file"].iloc[0].count(";") == 1


@pytest.mark.parametrize(
    "name, expected",
    [
        ("deepstatemap_data_20260215.geojson", "2026-02-15"),
        ("front-2026-02-15.geojson", "2026-02-15"),
        ("v2_front_2026_02_15.geojson", "2026-02-15"),
        ("2025.12.31 lines.geojson", "2025-12-31"),
        ("copy_20250101_of_20260215.geojson", "2026-02-15"),  # the last date wins
    ],
)
def test_dates_in_file_names(tmp_path, name, expected):
    path = write_geojson(tmp_path / name, box(37, 48, 38, 49))
    assert gf.read_frontlines(path)["date"].iloc[0] == pd.Timestamp(expected)


def test_date_pattern(tmp_path):
    path = write_geojson(tmp_path / "front_15-02-2026.geojson", box(37, 48, 38, 49))
    fl = gf.read_frontlines(path, date_pattern=r"(?P<day>\d\d)-(?P<month>\d\d)-(?P<year>\d{4})")
    assert fl["date"].iloc[0] == pd.Timestamp("2026-02-15")


def test_gpkg_date_column_and_layers(gpkg):
    fl = gf.read_frontlines(gpkg, date_from="day", layer="occupied", source="research team")
    assert list(fl["date"].dt.day) == [14, 15]
    # the two sectors of the 14th are one MultiPolygon, their union
    assert fl.geometry.iloc[0].area == pytest.approx(box(37.86, 48.55, 38.9, 49.25).area)
    assert fl.attrs["geofront"]["attribution"] == "Front line: research team"
    both = gf.read_frontlines(gpkg, date_from="day")  # every layer, merged per date
    assert both.geometry.iloc[1].area > fl.geometry.iloc[1].area
    with pytest.raises(InputError, match="no layer"):
        gf.read_frontlines(gpkg, date_from="day", layer="nope")


def test_missing_date_column_lists_the_columns(gpkg):
    with pytest.raises(InputError, match="'day'"):
        gf.read_frontlines(gpkg, date_from="date")


def test_bad_dates_in_column(tmp_path):
    frame = gpd.GeoDataFrame({"when": ["not a date"]}, geometry=[box(0, 0, 1, 1)], crs=4326)
    with pytest.raises(InputError, match="not dates"):
        gf.read_frontlines(frame, date_from="when")


def test_timezone_keeps_the_calendar_day():
    frame = gpd.GeoDataFrame(
        {"when": pd.to_datetime(["2026-02-15T01:30:00+02:00"])},
        geometry=[box(0, 0, 1, 1)],
        crs=4326,
    )
    assert gf.read_frontlines(frame, date_from="when")["date"].iloc[0] == pd.Timestamp("2026-02-15")


def test_other_crs_is_reprojected(tmp_path):
    frame = gpd.GeoDataFrame({"d": ["2026-02-15"]}, geometry=[box(37, 48, 38, 49)], crs=4326)
    path = tmp_path / "utm_20260215.gpkg"
    frame.to_crs(32637).to_file(path)
    fl = gf.read_frontlines(path)
    assert fl.crs.equals("EPSG:4326")
    assert np.allclose(fl.total_bounds, [37, 48, 38, 49], atol=1e-6)


def test_errors_people_can_act_on(tmp_path):
    with pytest.raises(InputError, match="no front-line files match"):
        gf.read_frontlines(str(tmp_path / "*.geojson"))
    with pytest.raises(InputError, match="no such front-line file"):
        gf.read_frontlines(tmp_path / "missing.geojson")
    path = write_geojson(tmp_path / "undated.geojson", box(0, 0, 1, 1))
    with pytest.raises(InputError, match="no date in the file name"):
        gf.read_frontlines(path)
    bad = tmp_path / "broken_20260215.kmz"
    bad.write_bytes(b"not a zip")
    with pytest.raises(InputError, match="not a KMZ"):
        gf.read_frontlines(bad)
    with pytest.raises(InputError, match="kml_engine"):
        gf.read_frontlines(path, date="2026-02-15", kml_engine="xml")
    with pytest.raises(InputError, match="simplify_m"):
        gf.read_frontlines(path, date="2026-02-15", simplify_m=-1)
    with pytest.raises(InputError, match="file name"):
        gf.read_frontlines(gpd.GeoDataFrame(geometry=[box(0, 0, 1, 1)], crs=4326))


# --------------------------------------------------------------------------- KML / KMZ


@pytest.mark.parametrize("engine", ["gdal", "stdlib"])
def test_kmz_both_engines(kmz, engine):
    fl = gf.read_frontlines(kmz, date_from="timestamp", source="ISW", kml_engine=engine)
    assert list(fl["date"].dt.day) == [14, 15]
    assert set(fl.geometry.geom_type) == {"MultiPolygon"}
    assert fl.geometry.iloc[1].symmetric_difference(held_on(15)).area < 1e-12
    assert "Institute for the Study of War" in fl.attrs["geofront"]["attribution"]


def test_kmz_engines_agree(kmz):
    a = gf.read_frontlines(kmz, date_from="timestamp", kml_engine="gdal")
    b = gf.read_frontlines(kmz, date_from="timestamp", kml_engine="stdlib")
    assert a["date"].tolist() == b["date"].tolist()
    for ga, gb in zip(a.geometry, b.geometry, strict=True):
        assert ga.symmetric_difference(gb).area < 1e-12


@pytest.mark.parametrize("engine", ["gdal", "stdlib"])
def test_kml_folders_holes_and_lines(tmp_path, engine):
    holed = shapely.Polygon(
        [(37, 48), (39, 48), (39, 49), (37, 49)], [[(37.5, 48.4), (37.6, 48.4), (37.6, 48.5)]]
    )
    line = "<Placemark><name>front</name><LineString><coordinates>36,47 36.5,47.5</coordinates></LineString></Placemark>"
    text = kml_text(
        f"<Folder><name>Occupied</name>{kml_placemark(holed, '2026-02-15')}</Folder>"
        f"<Folder><name>Front</name>{line}</Folder>"
    )
    path = tmp_path / "layers_20260215.kml"
    path.write_text(text)
    with pytest.warns(UserWarning, match="dropped 1 line"):
        fl = gf.read_frontlines(path, kml_engine=engine)
    geom = fl.geometry.iloc[0]
    assert geom.geom_type == "MultiPolygon" and len(geom.geoms[0].interiors) == 1
    only = gf.read_frontlines(path, layer="Front", kml_engine=engine)
    assert only.geometry.iloc[0].geom_type == "MultiLineString"


def test_read_kml_columns_and_extended_data():
    frame = read_kml(kml_text(kml_placemark(box(0, 0, 1, 1), "2026-02-15T10:00:00Z")))
    assert list(frame.columns[:6]) == ["layer", "Name", "description", "timestamp", "begin", "end"]
    assert frame.loc[0, "status"] == "occupied"
    assert frame.loc[0, "timestamp"] == "2026-02-15T10:00:00Z"


def test_read_kml_refuses_entities_and_bad_xml():
    evil = (
        '<?xml version="1.0"?><!DOCTYPE kml [<!ENTITY a "aaaaaaaa">]>'
        '<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>&a;</name></Document></kml>'
    )
    with pytest.raises(InputError, match="entities"):
        read_kml(evil)
    with pytest.raises(InputError, match="well-formed"):
        read_kml("<kml><Document>")
    assert len(read_kml(kml_text(""))) == 0


# --------------------------------------------------------------------------- geometry


def test_invalid_polygons_are_repaired(tmp_path):
    bowtie = shapely.Polygon([(37, 48), (38, 49), (38, 48), (37, 49)])
    assert not bowtie.is_valid
    write_geojson(tmp_path / "bad_20260215.geojson", bowtie)
    fl = gf.read_frontlines(tmp_path)
    geom = fl.geometry.iloc[0]
    assert geom.is_valid and geom.geom_type == "MultiPolygon"
    assert geom.area == pytest.approx(0.5)


def test_lines_only_layer_is_a_multilinestring(tmp_path):
    write_geojson(tmp_path / "line_20260215.geojson", shapely.LineString([(37, 48), (38, 49)]))
    fl = gf.read_frontlines(tmp_path)
    assert fl.geometry.iloc[0].geom_type == "MultiLineString"
    assert fl["area_km2"].iloc[0] == 0.0


def wiggly_polygon(n=3000, seed=0):
    rng = np.random.default_rng(seed)
    ang = np.linspace(0, 2 * np.pi, n, endpoint=False)
    r = 1 + 0.01 * rng.standard_normal(n).cumsum() / np.sqrt(n) + 0.002 * rng.random(n)
    return shapely.Polygon(
        np.column_stack([38.2 + 1.2 * r * np.cos(ang), 48.6 + 0.8 * r * np.sin(ang)])
    )


@pytest.mark.parametrize("tolerance_m", [5.0, 50.0, 300.0])
def test_simplify_bound_in_metres(tolerance_m):
    original = shapely.MultiPolygon([wiggly_polygon()])
    simple = simplify(original, tolerance_m)
    n0, n1 = shapely.get_num_coordinates(original), shapely.get_num_coordinates(simple)
    assert n1 < n0
    assert simple.is_valid
    # Hausdorff, geodesic, both ways: every vertex of each within tolerance of the other.
    for a, b in ((original, simple), (simple, original)):
        xy = shapely.get_coordinates(a)
        near = distance_to_area(xy[:, 0], xy[:, 1], b.boundary)
        assert near.distance_m.max() <= tolerance_m
    # and the bound is not wildly loose: something moved more than a fifth of it
    xy = shapely.get_coordinates(original)
    assert distance_to_area(xy[:, 0], xy[:, 1], simple.boundary).distance_m.max() > tolerance_m / 5


def test_read_with_simplify_records_the_bound(archive):
    fl = gf.read_frontlines(archive, simplify_m=100)
    assert fl.attrs["geofront"]["simplify_m"] == 100.0
    assert set(fl.geometry.geom_type) == {"MultiPolygon"}


# --------------------------------------------------------------------------- dates, change


@pytest.fixture
def layer(archive):
    return gf.read_frontlines(archive, source="DeepStateMap")


def test_frontline_on(layer):
    assert frontline_on(layer, "2026-02-14")["date"] == pd.Timestamp("2026-02-14")
    assert frontline_on(layer, "2026-02-16")["date"] == pd.Timestamp("2026-02-15")
    assert frontline_on(layer, "2026-02-17") is None
    assert frontline_on(layer, "2026-02-17", max_age_days=2)["date"].day == 15
    assert frontline_on(layer, "2026-02-12") is None  # never a line from after the date


def test_change_between_two_dates(layer):
    change = frontline_change(layer, "2026-02-13", "2026-02-15")
    assert list(change["change"]) == ["gained", "lost"]
    gained = change.geometry.iloc[0]
    assert gained.symmetric_difference(box(37.84, 48.55, 37.86, 49.25)).area < 1e-12
    expected = geodesic_km2(box(37.84, 48.55, 37.86, 49.25))
    assert change["area_km2"].iloc[0] == pytest.approx(expected, rel=1e-7)
    assert change["area_km2"].iloc[1] == 0.0 and change.geometry.iloc[1].is_empty
    info = change.attrs["geofront"]
    assert info["layer"] == "frontline_change" and info["source"] == "DeepStateMap"
    assert info["net_km2"] == pytest.approx(
        layer["area_km2"].iloc[2] - layer["area_km2"].iloc[0], rel=1e-6
    )
    back = frontline_change(layer, "2026-02-15", "2026-02-13")
    assert back["area_km2"].iloc[1] == pytest.approx(expected, rel=1e-7)
    with pytest.raises(InputError, match="no front line on 2026-01-01"):
        frontline_change(layer, "2026-01-01", "2026-02-15")


def test_changes_table_matches_pairwise(layer):
    table = frontline_changes(layer)
    assert len(table) == 2 and list(table["days"]) == [1.0, 1.0]
    one = frontline_change(layer, "2026-02-14", "2026-02-15")
    assert table["gained_km2"].iloc[1] == pytest.approx(one["area_km2"].iloc[0])
    assert np.allclose(
        table["net_km2"], np.diff(layer["area_km2"].to_numpy()), rtol=1e-6, atol=1e-6
    )


def test_as_frontlines_merges_plain_frames():
    frame = gpd.GeoDataFrame(
        {"date": ["2026-02-15", "2026-02-15"], "source": ["x", "x"]},
        geometry=[box(0, 0, 1, 1), box(1, 0, 2, 1)],
        crs=4326,
    )
    layer = as_frontlines(frame)
    assert len(layer) == 1 and layer.attrs["geofront"]["source"] == "x"
    with pytest.raises(InputError, match="no 'date' column"):
        as_frontlines(frame.drop(columns="date"))
    with pytest.raises(TypeError):
        as_frontlines([1, 2])


# --------------------------------------------------------------------------- arrows


@pytest.fixture(scope="module")
def toward_report():
    return gf.parse(
        "Russian troops are advancing toward Sloviansk. They also push toward Kreminna.",
        date="2026-02-15",
    )


def test_advance_arrow_geometry(layer, toward_report):
    arrows = advance_arrows(toward_report, layer)
    assert arrows.attrs["geofront"]["layer"] == "advance_arrows"
    row = arrows[arrows["target"] == "Slovyansk"].iloc[0]
    line = row.geometry
    start, end = line.coords[0], line.coords[-1]
    held = layer.geometry.iloc[2]
    # starts on the boundary, at the point nearest the target
    assert held.boundary.distance(shapely.Point(start)) < 1e-9
    near = distance_to_area(*SLOVIANSK, held)
    assert GEOD.inv(start[0], start[1], near.lon, near.lat)[2] < 0.01
    # ends at the target, vertices on one geodesic
    assert GEOD.inv(end[0], end[1], *SLOVIANSK)[2] < 0.01
    assert row.distance_m == pytest.approx(near.distance_m, abs=0.01)
    az0 = GEOD.inv(start[0], start[1], *SLOVIANSK)[0]
    for x, y in line.coords[1:-1]:
        assert GEOD.inv(start[0], start[1], x, y)[0] == pytest.approx(az0, abs=1e-6)
    assert row.frontline_date == pd.Timestamp("2026-02-15")


def test_advance_arrow_length_and_reasons(layer, toward_report):
    capped = advance_arrows(toward_report, layer, length_m=3_000)
    line = capped.geometry.dropna().iloc[0]
    x0, y0 = line.coords[0]
    x1, y1 = line.coords[-1]
    assert GEOD.inv(x0, y0, x1, y1)[2] == pytest.approx(3_000, abs=0.01)
    # a target already inside the occupied area gets no arrow, with a reason
    inside = gf.read_frontlines(
        gpd.GeoDataFrame({"d": ["2026-02-15"]}, geometry=[box(37, 48, 39, 50)], crs=4326),
        date_from="d",
    )
    rows = advance_arrows(toward_report, inside)
    assert rows.geometry.isna().all()
    assert rows["reason"].str.contains("inside").all()
    late = advance_arrows(toward_report, layer, date="2026-03-01")
    assert late["reason"].str.startswith("no front line").all()


def test_unreadable_geojson(tmp_path):
    path = tmp_path / "broken_20260215.geojson"
    path.write_text("{not json")
    with pytest.raises(InputError, match="cannot read"):
        gf.read_frontlines(path)


def test_undated_features_are_skipped_with_a_warning():
    frame = gpd.GeoDataFrame(
        {"when": ["2026-02-15", None]}, geometry=[box(0, 0, 1, 1), box(5, 5, 6, 6)], crs=4326
    )
    with pytest.warns(UserWarning, match="skipped 1 feature"):
        fl = gf.read_frontlines(frame, date_from="when")
    assert len(fl) == 1 and fl.geometry.iloc[0].area == pytest.approx(1.0)
    with pytest.raises(InputError, match="no feature has a date"):
        gf.read_frontlines(frame.iloc[[1]], date_from="when")


# --------------------------------------------------------------------------- area properties

from hypothesis import example, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


def random_star(cx, cy, n, seed, scale):
    rng = np.random.default_rng(seed)
    ang = np.sort(rng.uniform(0, 2 * np.pi, n))
    r = scale * (0.3 + rng.random(n))
    return shapely.make_valid(
        shapely.Polygon(np.column_stack([cx + r * np.cos(ang), cy + 0.7 * r * np.sin(ang)]))
    )


stars = st.builds(
    random_star,
    cx=st.floats(-170, 170),
    cy=st.floats(-70, 70),
    n=st.integers(3, 30),
    seed=st.integers(0, 10_000),
    scale=st.floats(0.05, 4.0),
)


@settings(max_examples=40, deadline=None)
@example(
    a=random_star(cx=0.0, cy=0.5, n=3, seed=4399, scale=2.0656714019610645),
    shift_x=0.0,
    shift_y=0.0,
    grow=0.7,
)
@given(a=stars, shift_x=st.floats(-1, 1), shift_y=st.floats(-1, 1), grow=st.floats(0.7, 1.3))
def test_change_areas_are_geodesic_and_add_up(a, shift_x, shift_y, grow):
    b = shapely.affinity.scale(shapely.affinity.translate(a, shift_x, shift_y), grow, grow)
    fl = gf.read_frontlines(
        gpd.GeoDataFrame({"d": ["2026-02-14", "2026-02-15"]}, geometry=[a, b], crs=4326),
        date_from="d",
    )
    for i, geom in enumerate((a, b)):
        assert fl["area_km2"].iloc[i] == pytest.approx(geodesic_km2(geom), rel=1e-6, abs=1e-6)
    change = frontline_change(fl, "2026-02-14", "2026-02-15")
    gained, lost = change["area_km2"]
    # shapely's overlay, snap-rounded like geofront's (GEOS's floating overlay fails on
    # a vertex lying on the other polygon's edge: seed 4399 below)
    gained_geom = shapely.difference(b, a, grid_size=1e-9)
    lost_geom = shapely.difference(a, b, grid_size=1e-9)
    assert gained == pytest.approx(geodesic_km2(gained_geom), rel=1e-6, abs=1e-6)
    assert lost == pytest.approx(geodesic_km2(lost_geom), rel=1e-6, abs=1e-6)
    net = fl["area_km2"].iloc[1] - fl["area_km2"].iloc[0]
    assert gained - lost == pytest.approx(net, rel=1e-6, abs=1e-4)
    table = frontline_changes(fl)
    assert table["gained_km2"].iloc[0] == pytest.approx(gained, rel=1e-6, abs=1e-4)
    assert table["lost_km2"].iloc[0] == pytest.approx(lost, rel=1e-6, abs=1e-4)


def test_area_of_straight_lonlat_edges():
    from geofront.frontlines import _area_km2

    # the whole lon/lat rectangle is the whole ellipsoid
    a, b = GEOD.a, GEOD.b
    e = np.sqrt(1 - b * b / (a * a))
    surface = 2 * np.pi * a * a * (1 + (1 - e * e) / e * np.arctanh(e)) / 1e6
    assert _area_km2([box(-180, -90, 180, 90)])[0] == pytest.approx(surface, rel=1e-12)
    # a 1-degree box: long east-west edges drawn straight, not as geodesics
    square = box(37, 48, 38, 49)
    ours = _area_km2([square])[0]
    assert ours == pytest.approx(geodesic_km2(square), rel=1e-9)
    geodesic_edges = abs(GEOD.geometry_area_perimeter(square)[0]) / 1e6
    assert abs(ours - geodesic_edges) > 0.1  # km²: the edges matter (142,000 m²)
    assert np.isnan(_area_km2([None])[0])
    assert _area_km2([shapely.LineString([(0, 0), (1, 1)]), shapely.MultiPolygon()]).tolist() == [
        0,
        0,
    ]
