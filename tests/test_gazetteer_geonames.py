"""GeoNames dump loading: formats, flags, filters, errors."""

from __future__ import annotations

import zipfile

import pytest

import geofront as gf
from geofront.gazetteer.geonames import kind_of
from tests.conftest import DATA

DUMP = DATA / "geonames" / "UA-sample.txt"
ALT = DATA / "geonames" / "alternateNamesV2-sample.txt"


def test_kinds_and_admin1_iso(tmp_path):
    gaz = gf.Gazetteer.from_geonames(DUMP, path=tmp_path / "i.sqlite")
    oblast = gaz.search("Donetsk Oblast")[0]
    assert oblast.kind == "admin1" and oblast.admin1_iso == "UA-14"
    assert gaz.search("Ukraina")[0].kind == "country"
    city = gaz.search("Kramatorsk")[0]
    assert city.kind == "settlement" and city.admin1_iso == "UA-14" and city.geonameid == 704508
    assert "GeoNames" in city.source and "UA-sample.txt" in city.source


def test_alternate_names_flags(tmp_path):
    gaz = gf.Gazetteer.from_geonames(DUMP, alternate_names=ALT, path=tmp_path / "i.sqlite")
    bakhmut = gaz.search("Артемівськ")[0]
    assert bakhmut.geonameid == 713174
    assert "historical name" in bakhmut.why
    # links and postcodes are not names
    assert gaz.search("84100") == []
    assert gaz.search("https://en.wikipedia.org/wiki/Bakhmut") == []


def test_country_filter_and_feature_classes(tmp_path):
    gaz = gf.Gazetteer.from_geonames(DUMP, countries=["RU"], path=tmp_path / "ru.sqlite")
    assert {p.country_code for p in gaz.places()} == {"RU"}
    gaz = gf.Gazetteer.from_geonames(DUMP, feature_classes="A", path=tmp_path / "a.sqlite")
    assert {p.kind for p in gaz.places()} == {"admin1", "country"}


def test_zip_and_reuse(tmp_path):
    archive = tmp_path / "UA.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(DUMP, "UA.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    index = tmp_path / "z.sqlite"
    gaz = gf.Gazetteer.from_geonames(archive, path=index)
    assert gaz.search("Sloviansk")[0].geonameid == 693468
    mtime = index.stat().st_mtime_ns
    again = gf.Gazetteer.from_geonames(archive, path=index)  # reused, not rebuilt
    assert index.stat().st_mtime_ns == mtime
    assert len(again) == len(gaz)


def test_default_path_in_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOFRONT_CACHE_DIR", str(tmp_path / "cache"))
    gaz = gf.Gazetteer.from_geonames(DUMP)
    assert list((tmp_path / "cache").glob("geonames-*.sqlite"))
    assert gaz.search("Lyman", country="UA")


def test_errors(tmp_path):
    with pytest.raises(gf.InputError, match="not found"):
        gf.Gazetteer.from_geonames(tmp_path / "missing.txt")
    empty = tmp_path / "empty.txt"
    empty.write_text("not\ta\tdump\n")
    with pytest.raises(gf.InputError, match="No GeoNames rows"):
        gf.Gazetteer.from_geonames(empty, path=tmp_path / "e.sqlite")
    with pytest.raises(gf.InputError, match="alternate names"):
        gf.Gazetteer.from_geonames(DUMP, alternate_names=tmp_path / "nope.txt")


@pytest.mark.parametrize(
    "fc, code, kind",
    [("P", "PPLC", "settlement"), ("A", "ADM2", "admin2"), ("A", "PCLI", "country"),
     ("T", "MT", "terrain"), ("S", "AIRP", "site"), ("V", "FRST", "other")],
)  # fmt: skip
def test_kind_of(fc, code, kind):
    assert kind_of(fc, code) == kind


def test_from_dataframe_errors():
    import pandas as pd

    with pytest.raises(gf.InputError, match="Columns not in the table"):
        gf.Gazetteer.from_dataframe(pd.DataFrame({"nom": ["x"]}))
    with pytest.raises(gf.InputError, match="invalid lon/lat"):
        gf.Gazetteer.from_dataframe(pd.DataFrame({"name": ["x"], "lon": [200.0], "lat": [0.0]}))


def test_from_geodataframe_with_polygons():
    import geopandas as gpd
    from shapely.geometry import Point, box

    frame = gpd.GeoDataFrame(
        {"name": ["Zone A", "Checkpoint 7"], "kind": ["region", "site"]},
        geometry=[box(37.0, 48.0, 37.5, 48.4), Point(37.2, 48.2)],
        crs=4326,
    )
    gaz = gf.Gazetteer.from_dataframe(frame, kind_col="kind")
    zone = gaz.search("zone a")[0]
    assert zone.is_area and zone.geometry.equals(box(37.0, 48.0, 37.5, 48.4))
    assert zone.geometry.contains(Point(zone.lon, zone.lat))
    assert gaz.search("Checkpoint 7")[0].geometry.equals(Point(37.2, 48.2))
