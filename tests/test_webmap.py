"""gf.Map: layers, provenance, furniture, safety, determinism, inline output, static export."""

from __future__ import annotations

import re
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

import geofront as gf
from geofront.webmap import Map
from geofront.webmap.encode import decode_polyline, encode
from geofront.webmap.escape import esc, js, mark
from geofront.webmap.styles import STYLES, legend_entries

DATA = Path(__file__).parent / "data"

SAMPLE = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
HOSTILE = (
    'Warga "<img src=x onerror=alert(1)>" berkata </script><script>alert(2)</script> '
    "dan ${globalThis.x=1} `x` {{ 7*7 }} {# c #}: pasukan Moskow berada sekitar 15 kilometer dari Sloviansk."
)


@pytest.fixture(scope="module")
def sample():
    return gf.parse(SAMPLE, date="2026-02-15", source="AFP", url="https://example.org/afp")


def frontlines(days=3):
    """Synthetic dated occupied areas growing west of the Donbas, like read_frontlines gives."""
    rows = []
    for i in range(days):
        poly = shapely.box(37.9 - 0.1 * i, 47.6, 39.5, 49.2)
        rows.append(
            {
                "date": pd.Timestamp("2026-02-13") + pd.Timedelta(days=i),
                "source": "TestLines",
                "file": f"fl_{i}.geojson",
                "geometry": shapely.MultiPolygon([poly]),
            }
        )
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    frame.attrs["geofront"] = {
        "layer": "frontlines",
        "source": "TestLines",
        "attribution": "Front lines: TestLines (CC BY-NC)",
    }
    return frame


# ---------------------------------------------------------------- the escaping helper


@pytest.mark.parametrize(
    "text",
    ["<img src=x onerror=alert(1)>", "</script><script>", "${x}", "`", "{{ 1 }}", "a\\", "\u2028"],
)
def test_esc_leaves_no_active_character(text):
    out = esc(text)
    assert not set(out) & set("<>\"'`${}\\\u2028")
    import html

    assert html.unescape(out) == text


def test_mark_escapes_every_piece():
    assert mark("<a> 15 km <b>", [(4, 9)]) == "&lt;a&gt; <mark>15 km</mark> &lt;b&gt;"


def test_js_cannot_close_a_script():
    out = js({"x": "</script><!--"})
    assert "<" not in out and ">" not in out


# ---------------------------------------------------------------- geometry on the page


def test_encode_round_trips_lon_lat_within_a_metre():
    ring = shapely.Polygon([(37.6, 48.85), (37.71234, 48.9), (37.5, 49.01)])
    tag, polys = encode(ring)
    assert tag == "a"
    back = decode_polyline(polys[0][0])
    assert back == pytest.approx(list(ring.exterior.coords)[:-1], abs=1e-5)


def test_claim_ring_is_simplified_within_tolerance(sample):
    ring = sample.claims.geometry.dropna().iloc[0]
    tag, polys = encode(ring, tolerance_m=2.0)
    back = shapely.Polygon(decode_polyline(polys[0][0]), [decode_polyline(h) for h in polys[0][1:]])
    assert ring.hausdorff_distance(back) < 3.0 / 110_000


# ---------------------------------------------------------------- layers of the sample


def test_sample_layers_by_meaning(sample):
    m = sample.to_map(title="t")
    assert isinstance(m, Map)
    names = [layer.key for layer in m.layers]
    assert names == ["places", "claims.distance", "claims.direction", "actors", "claims.count"]
    styles = {f.style for layer in m.layers for f in layer.features}
    assert {
        "place.location",
        "place.actor",
        "region.admin1",
        "claim.about",
        "claim.direction",
        "claim.count",
    } <= styles
    # one ring, the count once (its repeat is quoted in the same popup)
    (ring,) = m.layers[1].features
    assert "About 15 km from Slovyansk" in ring.popup
    assert "<mark>sekitar 15 kilometer (sembilan mil) dari kota</mark>" in ring.popup
    (count,) = m.layers[4].features
    assert count.label == "12 desa"
    assert count.popup.count("<blockquote") == 2 and "Gerasimov" in count.popup
    assert "Unverified" in count.popup
    # actors never set the view: Russia, the US and Moscow are not where this happens
    west, south, east, north = m.bounds()
    assert 30 < west and east < 41 and 44 < south and north < 53


def test_every_feature_says_where_it_came_from(sample):
    m = sample.to_map()
    for layer in m.layers:
        for f in layer.features:
            assert "<blockquote" in f.popup and "AFP" in f.popup and "2026-02-15" in f.popup
            assert "<mark>" in f.popup


def test_legend_comes_from_styles_in_use(sample):
    m = Map().add(sample)
    labels = [
        s.label for s in legend_entries(s for layer in m.layers for s in layer.styles_in_use())
    ]
    assert STYLES["claim.about"].label in labels
    assert STYLES["claim.at_most"].label not in labels


def test_about_and_within_differ_in_more_than_colour():
    about, within = STYLES["claim.about"], STYLES["claim.at_most"]
    assert about.dash != within.dash and about.fill != within.fill


def test_sources_always_credit_geonames_tiles_and_user_layers(sample):
    m = Map(tiles="OpenStreetMap.Mapnik").add(sample).add(frontlines())
    credits = " ".join(m.credits())
    assert "GeoNames (CC BY 4.0)" in credits and "OpenStreetMap" in credits
    assert "TestLines" in credits and "AFP" in credits
    assert "GeoNames (CC BY 4.0)" in Map(tiles=None).add(sample).render()


# ---------------------------------------------------------------- time


def test_frontlines_become_a_dated_layer_with_a_slider(sample):
    m = Map(tiles=None).add(sample).add(frontlines(3))
    assert m.dates == ["2026-02-13", "2026-02-14", "2026-02-15"]
    fl = m.layers[-1]
    assert fl.key == "frontlines.0" and len(fl.features) == 3
    # one polygon per date is shown (replacing), plus the undated/latest report features
    assert m.feature_count() == Map().add(sample).feature_count() + 1
    page = m.render()
    assert '"dates":["2026-02-13","2026-02-14","2026-02-15"]' in page


def test_a_date_column_is_enough():
    frame = frontlines(2)
    frame.attrs = {}
    m = Map(tiles=None).add(frame, name="Mine")
    assert m.dates == ["2026-02-13", "2026-02-14"] and m.layers[0].name == "Mine"


def test_any_geodataframe_draws_with_escaped_popups():
    frame = gpd.GeoDataFrame(
        {"name": ["<b>x</b>", "y"], "n": [1, 2]},
        geometry=[shapely.Point(30, 50), shapely.Point(31, 50)],
        crs=4326,
    )
    m = Map(tiles=None).add(frame)
    (layer,) = m.layers
    assert layer.features[0].tooltip == "&lt;b&gt;x&lt;/b&gt;"
    assert "<b>x</b>" not in m.render()


def test_other_crs_is_reprojected():
    frame = gpd.GeoDataFrame({"v": [1]}, geometry=[shapely.Point(30, 50)], crs=4326).to_crs(3857)
    m = Map(tiles=None).add(frame)
    assert m.layers[0].features[0].geometry.x == pytest.approx(30)


# ---------------------------------------------------------------- output


def test_html_is_deterministic(sample):
    a = Map(title="x", tiles=None).add(sample).render()
    b = (
        gf.parse(SAMPLE, date="2026-02-15", source="AFP", url="https://example.org/afp")
        .to_map(title="x", tiles=None)
        .render()
    )
    assert a == b
    assert not re.search(r"[0-9a-f]{32}", a)


def test_cdn_page_links_only_leaflet(sample):
    page = Map(tiles=None).add(sample).render()
    urls = set(re.findall(r'(?:src|href)="(https?://[^"]+)"', page))
    assert urls == {
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css",
    }
    for name in ("jquery", "bootstrap", "awesome", "font-awesome"):
        assert name not in page


def test_inline_page_is_small_and_self_contained(sample, tmp_path):
    path = Map(title="t", tiles=None).add(sample).save(tmp_path / "m.html", inline=True)
    page = path.read_text(encoding="utf-8")
    assert len(page.encode()) < 500_000
    assert not re.search(r'<(?:script|link|img)\b[^>]*(?:src|href)="https?://', page)
    assert "L.map(" in page and "geofront.finish" in page


def test_hostile_report_text_is_inert_in_the_page():
    report = gf.parse(HOSTILE, date="2026-02-15", source="<b>src</b>")
    page = Map(title="<script>alert(3)</script>", subtitle="${globalThis.y=1}").add(report).render()
    assert "<img" not in page and "<script>alert" not in page and "<b>src" not in page
    assert "${globalThis" not in page and "{{ 7*7 }}" not in page


def test_to_folium_and_jupyter(sample):
    import folium

    m = Map(tiles=None).add(sample)
    assert isinstance(m.to_folium(), folium.Map)
    assert m._repr_html_().startswith("<iframe srcdoc=")


def test_add_rejects_what_it_cannot_draw():
    with pytest.raises(TypeError, match="Map.add takes"):
        Map().add(42)
    with pytest.raises(ValueError, match="unknown tile provider"):
        Map(tiles="Nope.Nothing")


def test_static_png_and_deterministic_svg(sample, tmp_path):
    m = Map(title="Static", subtitle="sub", tiles=None).add(sample).add(frontlines(2))
    png = m.to_png(tmp_path / "m.png", dpi=60)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    a = m.to_svg(tmp_path / "a.svg").read_text()
    b = m.to_svg(tmp_path / "b.svg").read_text()
    assert a == b and "Sources:" in a and "GeoNames" in a
