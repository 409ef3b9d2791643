"""Check a report's distance claim against a dated front line.

Run: python examples/frontlines_check.py

The AFP sample report (Indonesian, 2026-02-15) says "Pasukan Moskow berada
sekitar 15 kilometer (sembilan mil) dari kota": Russian forces are about 15 km
(12-18 km) from Sloviansk. Real front-line archives (DeepStateMap, ISW) may not
be bundled, so this example writes a small *synthetic* archive of daily
occupied-area files to a temporary directory, reads it back the way you would
read your own, and checks the claim against the line of the report's date.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import shapely
from pyproj import Geod

import geofront as gf
from geofront.frontlines import frontline_change

SAMPLE = Path(__file__).resolve().parent.parent / "tests" / "data" / "afp-gerasimov-2026-02-id.txt"
SLOVIANSK = (37.59739, 48.84974)


def synthetic_front(km_from_sloviansk: float) -> shapely.MultiPolygon:
    """A made-up occupied area whose west edge is this many km east of Sloviansk."""
    west, _, _ = Geod(ellps="WGS84").fwd(*SLOVIANSK, 90, km_from_sloviansk * 1000)
    return shapely.MultiPolygon([shapely.box(west, 48.3, 39.2, 49.4)])


def write_archive(folder: Path) -> None:
    """Three days of DeepStateMap-style files: one MultiPolygon each, empty properties."""
    for day, km in (("20260213", 17.0), ("20260214", 16.0), ("20260215", 14.5)):
        feature = {
            "type": "Feature",
            "properties": {},
            "geometry": json.loads(shapely.to_geojson(synthetic_front(km))),
        }
        path = folder / f"deepstatemap_data_{day}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))


def main() -> None:
    """Parse the sample, read the synthetic archive, print the verdict and the change."""
    report = gf.parse(SAMPLE.read_text(encoding="utf-8"), date="2026-02-15", source="AFP")
    with tempfile.TemporaryDirectory() as tmp:
        write_archive(Path(tmp))
        fl = gf.read_frontlines(
            str(Path(tmp) / "deepstatemap_data_*.geojson"),
            date_from="filename",
            source="synthetic example",
        )
    print(
        f"{len(fl)} daily front lines, {fl['date'].min():%Y-%m-%d} to {fl['date'].max():%Y-%m-%d}"
    )

    for row in report.check(fl).itertuples():
        print(f"claim:    {row.quote}")
        print(f"anchor:   {row.anchor} ({row.anchor_lon:.4f}, {row.anchor_lat:.4f})")
        print(f"claimed:  {row.min_m / 1000:.1f}-{row.max_m / 1000:.1f} km ({row.bound})")
        print(
            f"measured: {row.measured_m / 1000:.2f} km to the occupied area on "
            f"{row.frontline_date:%Y-%m-%d} (geodesic, WGS84)"
        )
        print(f"verdict:  {row.verdict} (margin {row.margin_m / 1000:+.2f} km)")

    change = frontline_change(fl, "2026-02-13", "2026-02-15")
    info = change.attrs["geofront"]
    print(
        f"change 2026-02-13 -> 2026-02-15: gained {info['gained_km2']:.1f} km², "
        f"lost {info['lost_km2']:.1f} km² (geodesic)"
    )


if __name__ == "__main__":
    main()
