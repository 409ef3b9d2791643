"""gf.Map pages in headless Chromium: drawn features, furniture, popups, layer control,
time slider, offline inline files and hostile report text."""

from __future__ import annotations

from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest
import shapely

import geofront as gf
from geofront.webmap import Map

from .synthetic import tables

DATA = Path(__file__).resolve().parents[1] / "data"
SAMPLE = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
TITLE = "Gerasimov: Moscow's forces 15 km from Sloviansk"


@pytest.fixture(scope="module")
def report():
    return gf.parse(SAMPLE, date="2026-02-15", source="AFP")


@pytest.fixture(scope="module")
def sample_map(report):
    return report.to_map(title=TITLE, subtitle="Claims in an AFP wire report", tiles=None)


@pytest.fixture(scope="module")
def sample_files(sample_map, tmp_path_factory):
    d = tmp_path_factory.mktemp("sample")
    return sample_map.save(d / "cdn.html"), sample_map.save(d / "inline.html", inline=True)


def _visible(page, selector):
    return page.locator(selector).first.is_visible()


def _click_latlon(page, map_id, lon, lat):
    # the one place tests flip to Leaflet's order is here, through Leaflet itself
    x, y = page.evaluate(
        "([id, lat, lon]) => { const p = geofront.maps[id].map.latLngToContainerPoint([lat, lon]);"
        " const r = geofront.maps[id].map.getContainer().getBoundingClientRect();"
        " return [p.x + r.left, p.y + r.top]; }",
        [map_id, lat, lon],
    )
    page.mouse.click(x, y)


def test_sample_map_renders_with_furniture(open_map, sample_map, sample_files):
    cdn, _ = sample_files
    page = open_map(cdn)
    assert page.errors() == []
    assert page.drawn() == sample_map.feature_count() == 21
    # SVG renderer: every drawn path or badge is in the DOM
    paths = page.locator("path.leaflet-interactive").count()
    badges = page.locator(".gf-badge").count()
    assert paths + badges == sample_map.feature_count()
    for selector in (
        ".gf-title h1",
        ".gf-legend",
        ".leaflet-control-scale",
        ".gf-sources",
        ".leaflet-control-layers",
    ):
        assert _visible(page, selector), selector
    assert page.locator(".gf-title h1").inner_text() == TITLE
    assert "GeoNames (CC BY 4.0)" in page.locator(".gf-sources").inner_text()
    page.shot("map-sample.png")


def test_clicking_the_claim_opens_its_quote(open_map, report, sample_files):
    cdn, _ = sample_files
    page = open_map(cdn)
    map_id = page.map_id()
    page.evaluate(
        "id => { geofront.maps[id].map.setView([48.85, 37.6], 10, {animate: false}); }", map_id
    )
    ring = report.claims.geometry.dropna().iloc[0]
    # a point in the band, away from the objective arrowheads on the axes
    import pyproj

    lon, lat, _ = pyproj.Geod(ellps="WGS84").fwd(37.59739, 48.84974, 45.0, 16_000)
    assert ring.contains(shapely.Point(lon, lat))
    _click_latlon(page, map_id, lon, lat)
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for(timeout=5000)
    text = popup.inner_text()
    assert "About 15 km from Slovyansk" in text
    assert "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota." in text
    assert page.locator(".leaflet-popup-content mark").first.inner_text().startswith("sekitar 15")
    page.shot("map-sample-popup.png")


def test_layer_control_toggles_layers(open_map, sample_map, sample_files):
    cdn, _ = sample_files
    page = open_map(cdn)
    total = page.drawn()
    label = page.locator(".leaflet-control-layers-overlays label", has_text="Distance claims")
    label.locator("input").click()
    assert page.drawn() == total - 1
    label.locator("input").click()
    assert page.drawn() == total


def test_inline_file_renders_with_every_request_refused(open_map, sample_map, sample_files):
    _, inline = sample_files
    assert inline.stat().st_size < 500_000
    page = open_map(inline, offline=True)
    assert page.log["refused"] == []  # it asked for nothing
    assert page.errors() == []
    assert page.drawn() == sample_map.feature_count()
    assert _visible(page, ".gf-legend") and _visible(page, ".leaflet-control-scale")
    page.shot("map-sample-inline-offline.png")


def test_hostile_report_text_stays_text(open_map, tmp_path):
    text = (
        "Warga <img src=x onerror=alert(1)> dan </script><script>alert(2)</script> "
        "serta ${globalThis.x=1} `${globalThis.x=2}` mengatakan pasukan Moskow berada "
        "sekitar 15 kilometer dari Sloviansk."
    )
    report = gf.parse(text, date="2026-02-15", source="<img src=y onerror=alert(3)>")
    m = Map(title="<img src=z onerror=alert(4)>", subtitle="${globalThis.x=3}", tiles=None)
    m.add(report)
    frame = gpd.GeoDataFrame(
        {"name": ["</script><script>globalThis.x=4</script>"], "note": ["${globalThis.x=5}"]},
        geometry=[shapely.Point(37.0, 48.5)],
        crs=4326,
    )
    m.add(frame, name="<b onmouseover=alert(5)>layer</b>")
    path = m.save(tmp_path / "hostile.html", inline=True)
    page = open_map(path, offline=True)
    assert page.log["dialogs"] == []
    assert page.evaluate("typeof globalThis.x") == "undefined"
    assert page.locator("img").count() == 0
    assert page.errors() == []
    assert "<img src=z onerror=alert(4)>" in page.locator(".gf-title h1").inner_text()
    assert "${globalThis.x=3}" in page.locator(".gf-title").inner_text()
    assert "<b onmouseover" in page.locator(".leaflet-control-layers-overlays").inner_text()
    # open every popup and tooltip: still nothing runs
    page.evaluate(
        "id => { const s = geofront.maps[id]; s.layers.forEach(e => Object.values(e.subs)"
        ".forEach(g => g.eachLayer(l => { const at = l.getLatLng ? l.getLatLng() : l.getBounds().getCenter();"
        " l.fire('mouseover', {latlng: at}, true); l.fire('click', {latlng: at}, true); })));"
        "}",
        page.map_id(),
    )
    page.wait_for_timeout(200)
    assert page.log["dialogs"] == []
    assert page.evaluate("typeof globalThis.x") == "undefined"
    assert page.locator("img").count() == 0
    # the claim's popup shows the hostile sentence as text
    page.evaluate(
        "id => geofront.maps[id].layers.find(e => e.key === 'claims.distance').subs[0]"
        ".eachLayer(l => l.fire('click', {latlng: l.getBounds().getCenter()}, true))",
        page.map_id(),
    )
    # the popup opened before fades out (Leaflet removes it 200 ms later): wait until
    # only the claim's popup is on the page, as a person would see it
    page.wait_for_function("document.querySelectorAll('.leaflet-popup-content').length === 1")
    text = page.locator(".leaflet-popup-content").inner_text()
    assert "<img src=x onerror=alert(1)>" in text and "${globalThis.x=1}" in text
    assert "</script><script>alert(2)</script>" in text
    assert page.log["dialogs"] == [] and page.locator("img").count() == 0
    page.shot("map-hostile.png")


def test_time_slider_replaces_front_lines(open_map, report, tmp_path):
    rows = [
        {
            "date": pd.Timestamp("2026-02-13") + pd.Timedelta(days=i),
            "source": "TestLines",
            "geometry": shapely.MultiPolygon([shapely.box(37.9 - 0.15 * i, 47.6, 39.6, 49.3)]),
        }
        for i in range(3)
    ]
    fl = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    fl.attrs["geofront"] = {
        "layer": "frontlines",
        "source": "TestLines",
        "attribution": "Front lines: TestLines",
    }
    m = Map(title="Front lines", tiles=None).add(report).add(fl)
    page = open_map(m.save(tmp_path / "time.html"))
    assert page.errors() == []
    assert page.drawn() == m.feature_count()
    assert page.locator(".gf-time .gf-date").inner_text() == "2026-02-15"
    page.shot("map-time-latest.png")
    page.locator(".gf-time .gf-prev").click()
    page.locator(".gf-time .gf-prev").click()
    assert page.locator(".gf-time .gf-date").inner_text() == "2026-02-13"
    # the report (dated 2026-02-15) is not shown before its date; one front line only
    n_report = m.feature_count() - 1
    assert page.drawn() == m.feature_count() - n_report
    page.shot("map-time-first.png")


def test_two_thousand_features(open_map, tmp_path):
    claims, mentions = tables(1000, 1000, tolerance_m=10.0)
    m = Map(title="2,000 synthetic features", tiles=None).add(claims).add(mentions)
    assert m.feature_count() == 2000
    path = m.save(tmp_path / "big.html", inline=True)
    page = open_map(path, offline=True)
    assert page.errors() == []
    assert page.drawn() == 2000
    assert _visible(page, ".gf-legend") and _visible(page, ".gf-title")
    # click the centre of a ring's band through the canvas renderer
    row = claims.iloc[0]
    centre = row.geometry.representative_point()
    page.evaluate(
        "([id, lat, lon]) => { geofront.maps[id].map.setView([lat, lon], 11, {animate: false}); }",
        [page.map_id(), centre.y, centre.x],
    )
    page.wait_for_timeout(300)
    _click_latlon(page, page.map_id(), centre.x, centre.y)
    page.locator(".leaflet-popup-content").wait_for(timeout=5000)
    assert "officials said" in page.locator(".leaflet-popup-content").inner_text()
    page.evaluate(
        "id => { const s = geofront.maps[id]; s.map.fitBounds(s.layers[0].group.getBounds()); }",
        page.map_id(),
    )
    page.wait_for_timeout(300)
    page.shot("map-2000.png")
