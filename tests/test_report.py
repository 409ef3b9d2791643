"""gf.parse end to end: the sample report and snippets in the seven languages."""

from __future__ import annotations

import json

import pytest
import shapely

import geofront as gf
from geofront import geodesic
from tests.conftest import DATA, distance_km

SAMPLE = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
SLOVIANSK = (37.597, 48.850)


@pytest.fixture(scope="module")
def sample():
    return gf.parse(SAMPLE, date="2026-02-15", source="AFP", url="https://example.org/afp")


def test_sample_language_and_provenance(sample):
    assert sample.lang == "id"
    assert sample.unverified
    mentions = sample.mentions
    assert mentions.crs.to_epsg() == 4326
    assert set(mentions.report_source) == {"AFP"} and set(mentions.report_date) == {"2026-02-15"}
    for row in mentions.itertuples():
        assert SAMPLE[row.start : row.end] == row.surface
        assert row.surface in row.sentence


def test_sample_places(sample):
    m = sample.mentions
    donetsk = m[m.surface == "wilayah Donetsk"]
    assert len(donetsk) == 4 and set(donetsk.admin1_iso) == {"UA-14"}
    assert set(donetsk.kind) == {"admin1"}
    sloviansk = m[m.surface == "Sloviansk"]
    assert list(sloviansk.geonameid) == [693468]
    oblasts = set(m[m.kind == "admin1"].admin1_iso)
    assert oblasts == {"UA-14", "UA-09", "UA-23", "UA-65", "UA-59", "UA-63", "UA-12"}
    dnipro = m[m.surface.str.contains("Dnipropetrovsk")]
    assert len(dnipro) == 2 and set(dnipro.admin1_iso) == {"UA-12"}
    geneva = m[m.surface == "Jenewa"].iloc[0]
    assert geneva.country_code == "CH"
    kyiv = m[m.surface == "Kyiv"]
    assert "location" in set(kyiv.role) and "actor" in set(kyiv.role)
    assert set(m[m.surface == "Moskow"].role) == {"actor"}
    assert not m.surface.isin(["Gerasimov", "Valery Gerasimov", "Putin", "AFP", "Februari"]).any()


def test_sample_claims(sample):
    c = sample.claims
    distance = c[c.claim == "distance"]
    assert len(distance) == 1
    row = distance.iloc[0]
    assert row.bound == "about" and row.quantity == 15 and row.unit == "km"
    assert (row.min_m, row.max_m) == (12_000, 18_000)
    assert row.anchor_geonameid == 693468  # "dari kota" = Sloviansk, the previous sentence
    ring = row.geometry
    assert ring.geom_type == "Polygon" and len(ring.interiors) == 1
    lon, lat = ring.exterior.coords[0]
    assert abs(geodesic.distance_m(*SLOVIANSK, lon, lat) - 18_000) < 200
    assert not ring.contains(shapely.Point(*SLOVIANSK))
    targets = set(c[c.claim == "direction"].target.dropna())
    assert {"Slovyansk", "Dnipropetrovska oblast"} <= targets
    counts = c[c.claim == "count"]
    assert set(counts["count"]) == {12}
    assert set(counts.attributed_to) == {"Gerasimov"} and counts.unverified.all()


def test_sample_regions_and_geojson(sample):
    regions = sample.regions
    admin1 = regions[regions.kind == "admin1"]
    assert len(admin1) == 7
    assert admin1.geometry.geom_type.isin(["Polygon", "MultiPolygon"]).all()
    doc = sample.to_geojson()
    assert doc["type"] == "FeatureCollection"
    layers = {f["properties"]["layer"] for f in doc["features"]}
    assert layers == {"mention", "claim"}
    assert all(
        "quote" in f["properties"] for f in doc["features"] if f["properties"]["layer"] == "claim"
    )
    json.dumps(doc)  # serialisable


@pytest.mark.parametrize(
    "text, lang, anchor, bound, min_km, max_km, bearing",
    [
        ("Russian forces are about 10 miles north of Sloviansk.", "en", SLOVIANSK, "about", 12.87, 19.31, 0),
        ("Російські війська за 15 км від Слов'янська.", "uk", SLOVIANSK, "exact", 13.5, 16.5, None),
        ("Российские войска находятся менее чем в 20 км к югу от Славянска.", "ru", SLOVIANSK, "at_most", 0, 20, 180),
        ("Die Front liegt etwa 12 Kilometer östlich von Slowjansk.", "de", SLOVIANSK, "about", 9.6, 14.4, 90),
        ("Les combats se déroulent à environ 15 km au sud-est de Sloviansk.", "fr", SLOVIANSK, "about", 12, 18, 135),
        ("Las tropas están a más de 20 kilómetros al oeste de Sloviansk.", "es", SLOVIANSK, "at_least", 20, 30, 270),
    ],
)  # fmt: skip
def test_distance_claims_in_seven_languages(text, lang, anchor, bound, min_km, max_km, bearing):
    report = gf.parse(text)
    assert report.lang == lang
    claims = report.claims[report.claims.claim == "distance"]
    assert len(claims) == 1, report.claims
    row = claims.iloc[0]
    assert row.bound == bound
    assert row.min_m == pytest.approx(min_km * 1000, rel=1e-3, abs=1)
    assert row.max_m == pytest.approx(max_km * 1000, rel=1e-3)
    first = report.mentions[report.mentions.role == "location"].geometry.iloc[0]
    assert distance_km(anchor, (first.x, first.y)) < 5
    if bearing is None:
        assert row.bearing_deg is None or row.bearing_deg != row.bearing_deg
    else:
        assert row.bearing_deg == bearing
    assert row.geometry is not None and row.geometry.is_valid


def test_parse_params_change_geometry():
    wide = gf.parse("Russian forces are about 15 km from Sloviansk.", about_frac=0.4)
    row = wide.claims.iloc[0]
    assert (row.min_m, row.max_m) == (9_000, 21_000)


def test_bad_input():
    with pytest.raises(TypeError):
        gf.parse(None)
    with pytest.raises(gf.InputError, match="binary"):
        gf.parse(b"\x00\x01\x02 PNG")
    with pytest.raises(gf.InputError, match="UTF-8"):
        gf.parse("Київ".encode("cp1251"))
    with pytest.raises(gf.InputError, match="max_chars"):
        gf.parse("Kyiv. " * 300_000)
    empty = gf.parse("")
    assert len(empty.mentions) == 0 and len(empty.claims) == 0
    hostile = gf.parse("<img src=x onerror=alert(1)> strike on Kyiv ${globalThis.x=1}")
    assert "Kyiv" in set(hostile.mentions.surface)
    assert "<img" not in hostile._repr_html_()
    assert gf.parse("Київ".encode()).mentions.iloc[0].country_code == "UA"


def test_mixed_scripts_and_markup_are_text():
    text = (
        "<p>Удари по Харкову.</p> Russian forces are about 15 km from Sloviansk. "
        "<script>alert(1)</script> Pasukan Rusia menyerang Kupiansk. 中文 العربية"
    )
    report = gf.parse(text)
    surfaces = set(report.mentions.surface)
    assert {"Харкову", "Sloviansk", "Kupiansk"} <= surfaces
    assert not any("<" in s or "script" in s.lower() for s in surfaces)
    for row in report.mentions.itertuples():
        assert text[row.start : row.end] == row.surface
    assert len(report.claims[report.claims.claim == "distance"]) == 1


def test_huge_text_is_refused_unless_allowed():
    with pytest.raises(gf.InputError, match="max_chars"):
        gf.parse("x" * 10_000_001)
    chunk = "Shelling hit Kramatorsk and Kostiantynivka overnight. " * 40
    report = gf.parse(chunk * 10, max_chars=10_000_000)
    assert len(report.mention_records) == 800


def test_a_dropped_place_does_not_break_its_neighbours():
    # "Rügen" (a small namesake) is dropped as far from "Baltic Sea" in the same
    # sentence while the next checks still look at it: this used to raise AttributeError
    text = (
        "Sweden's Minister of Agriculture, Ann-Christin Nykvist, said at a press conference "
        'the discovery was "serious but not unexpected." Sweden has been on high alert since '
        "the virus was found on the German island Rügen in the Baltic Sea."
    )
    report = gf.parse(text)
    assert "Sweden" in set(report.mentions.surface)


from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_WORDS = [
    "Sloviansk", "Pokrovsk", "Kyiv", "Moscow", "Donetsk", "region", "oblast", "wilayah",
    "Rügen", "Baltic", "Sea", "Lyman", "said", "the", "city", "kota", "dari", "від", "міста",
    "15", "km", "10-15", "miles", "(nine", "mil)", "north", "of", "about", "within", "toward",
    "ke", "arah", "Harkova", "Сумах", "під", "Бахмутом", "Gerasimov", "AFP", "<b>", "${x}",
    ",", ".", "\n\n", "Zavitne", "southeast", "more", "than", "12", "villages", "selusin", "desa",
]  # fmt: skip


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), min_size=0, max_size=60))
def test_parse_never_crashes_on_word_salad(words):
    text = " ".join(words)
    report = gf.parse(text)
    for row in report.mentions.itertuples():
        assert text[row.start : row.end] == row.surface
    for claim in report.claim_records:
        assert text[claim.span.start : claim.span.end] == claim.span.raw


def test_claims_table_says_how_the_anchor_was_read():
    report = gf.parse(
        "Fighting continued in Sloviansk. Russian forces are about 10 km to the east. "
        "Kupiansk lies less than 8 km from the front line."
    )
    rows = report.claims.set_index("raw")
    implicit = rows.loc[[r for r in rows.index if "to the east" in r][0]]
    assert bool(implicit.anchor_implicit) and not bool(implicit.to_front)
    assert implicit.anchor == "Slovyansk"
    front = rows.loc[[r for r in rows.index if "front line" in r][0]]
    assert bool(front.to_front) and front.anchor == "Kupyansk"
