"""Front lines: read + simplify a year of daily files, and check 1,000 claims against them.

Run: python benchmarks/bench_frontlines.py [--days 365] [--vertices 3000] [--claims 1000]

Writes a synthetic archive (DeepStateMap-style: one MultiPolygon per day, empty
properties, ``deepstatemap_data_YYYYMMDD.geojson``) to a temporary directory,
then times:

1. ``gf.read_frontlines(glob, simplify_m=50)`` over every file (targets: < 30 s);
2. ``check_claims`` for N distance claims on dates spread over the year, anchors
   0-80 km from the front (target: < 5 s), and checks a sample of the measured
   distances against brute force (independent pyproj.Geod.inv on the boundary
   densified along its straight lon/lat edges).

Prints a markdown table. No real front-line data is used or written anywhere
but the temporary directory.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd
import shapely
from pyproj import Geod

import geofront as gf
from geofront.claims import ClaimSpan
from geofront.frontcheck import check_claims
from geofront.frontlines import frontline_changes
from geofront.records import Place
from geofront.report import Report
from geofront.resolve import Claim

GEOD = Geod(ellps="WGS84")
START = pd.Timestamp("2025-02-16")


def daily_front(day: int, n: int, rng_base: np.ndarray) -> shapely.Polygon:
    """A ~n-vertex occupied area whose west edge wiggles and creeps west day by day."""
    t = np.linspace(0.0, 1.0, n - 3)
    noise = np.random.default_rng(day).normal(0.0, 0.0015, t.size)
    lon = 37.6 + 0.5 * np.sin(3 * np.pi * t) + rng_base - 0.0006 * day + noise
    lat = 46.8 + 3.2 * t
    west = np.column_stack([lon, lat])
    east = np.array([[40.5, 50.0], [40.5, 46.8]])
    return shapely.Polygon(np.vstack([west, east]))


def write_archive(folder: Path, days: int, vertices: int) -> float:
    base = np.cumsum(np.random.default_rng(0).normal(0.0, 0.002, vertices - 3))
    base -= np.linspace(base[0], base[-1], base.size)  # no drift end to end
    t0 = time.perf_counter()
    for day in range(days):
        geom = shapely.make_valid(daily_front(day, vertices, base))
        feature = {
            "type": "Feature",
            "properties": {},
            "geometry": json.loads(shapely.to_geojson(shapely.MultiPolygon([geom]))),
        }
        name = f"deepstatemap_data_{(START + pd.Timedelta(days=day)):%Y%m%d}.geojson"
        (folder / name).write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return time.perf_counter() - t0


def synthetic_reports(layer, n: int, seed: int = 1) -> list[Report]:
    """n one-claim reports: dates over the layer's span, anchors 0-80 km west of the front."""
    rng = np.random.default_rng(seed)
    reports = []
    for i in range(n):
        row = layer.iloc[rng.integers(len(layer))]
        boundary = row.geometry.geoms[0].exterior
        p = boundary.interpolate(rng.uniform(0.0, 0.6) * boundary.length)  # the west edge
        lon, lat, _ = GEOD.fwd(p.x, p.y, rng.uniform(240, 300), rng.uniform(0, 80_000))
        km = float(rng.integers(2, 60))
        text = f"Russian forces are about {km:g} km from the town."
        span = ClaimSpan(
            claim="distance",
            raw=text,
            start=0,
            end=len(text),
            sentence_start=0,
            sentence_end=len(text),
            quote=text,
            quantity=km,
            unit="km",
            distance_m=km * 1000,
            min_m=km * 800,
            max_m=km * 1200,
            bound="about",
        )
        anchor = Place(f"town {i}", float(lon), float(lat))
        reports.append(
            Report(
                text=text,
                lang="en",
                lang_confidence=1.0,
                date=row["date"].strftime("%Y-%m-%d"),
                source="synthetic",
                url=None,
                mention_records=(),
                claim_records=(Claim(span=span, anchor=anchor),),
            )
        )
    return reports


def brute_distance(lon, lat, geom, steps=20):
    rings = [shapely.get_coordinates(r) for r in shapely.get_parts(geom.boundary)]
    a = np.vstack([r[:-1] for r in rings])
    b = np.vstack([r[1:] for r in rings])
    t = np.linspace(0, 1, steps + 1)
    pts = (a[:, None, :] + (b - a)[:, None, :] * t[None, :, None]).reshape(-1, 2)
    d = GEOD.inv(np.full(len(pts), lon), np.full(len(pts), lat), pts[:, 0], pts[:, 1])[2]
    d = d.reshape(len(a), -1)
    best, out = d.min(), d.min()
    seg = GEOD.inv(a[:, 0], a[:, 1], b[:, 0], b[:, 1])[2]
    for i in np.flatnonzero(d.min(axis=1) <= best + seg / steps + 1):
        j = int(d[i].argmin())
        fine = np.linspace(t[max(j - 1, 0)], t[min(j + 1, steps)], 4001)
        q = a[i] + (b[i] - a[i]) * fine[:, None]
        out = min(
            out, GEOD.inv(np.full(len(q), lon), np.full(len(q), lat), q[:, 0], q[:, 1])[2].min()
        )
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=365)
    ap.add_argument("--vertices", type=int, default=3000)
    ap.add_argument("--claims", type=int, default=1000)
    ap.add_argument("--simplify-m", type=float, default=50.0)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_s = write_archive(folder, args.days, args.vertices)
        pattern = str(folder / "deepstatemap_data_*.geojson")

        t0 = time.perf_counter()
        full = gf.read_frontlines(pattern, source="DeepStateMap")
        read_full_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        fl = gf.read_frontlines(pattern, source="DeepStateMap", simplify_m=args.simplify_m)
        read_s = time.perf_counter() - t0
        v_full = int(shapely.get_num_coordinates(full.geometry.to_numpy()).mean())
        v_simple = int(shapely.get_num_coordinates(fl.geometry.to_numpy()).mean())

        reports = synthetic_reports(full, args.claims)
        check_claims(reports[:5], full)  # warm-up (imports)
        t0 = time.perf_counter()
        out = check_claims(reports, full)
        check_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        out_simple = check_claims(reports, fl)
        check_simple_s = time.perf_counter() - t0

        t0 = time.perf_counter()
        changes = frontline_changes(full)
        changes_s = time.perf_counter() - t0

        rng = np.random.default_rng(3)
        sample = rng.choice(np.flatnonzero(~out["inside"].astype(bool)), 20, replace=False)
        errors = []
        for i in sample:
            row = out.iloc[i]
            geom = full.loc[full["date"] == row.frontline_date].geometry.iloc[0]
            errors.append(row.measured_m - brute_distance(row.anchor_lon, row.anchor_lat, geom))
        simplify_gap = float(np.nanmax(np.abs(out["measured_m"] - out_simple["measured_m"])))

    verdicts = out["verdict"].value_counts().to_dict()
    print("# geofront front lines benchmark\n")
    print(
        f"Command: `python benchmarks/bench_frontlines.py --days {args.days} "
        f"--vertices {args.vertices} --claims {args.claims}`\n"
    )
    print(
        f"Machine: {os.cpu_count()} cores {platform.machine()}, Python "
        f"{platform.python_version()}, load average {os.getloadavg()[0]:.1f} at the end.\n"
    )
    print("| task | time (s) | target (s) | notes |")
    print("|---|---:|---:|---|")
    print(
        f"| read {args.days} daily GeoJSON files (~{v_full:,} vertices each) and simplify "
        f"to {args.simplify_m:g} m | {read_s:.2f} | 30 | {v_full:,} -> {v_simple:,} vertices "
        f"a day; without simplifying {read_full_s:.2f} s |"
    )
    print(
        f"| check {args.claims:,} distance claims (dates over the year, anchors 0-80 km "
        f"from the front), full geometry | {check_s:.2f} | 5 | verdicts {verdicts}; "
        f"geofront - brute force on 20 claims: {min(errors):+.4f} to {max(errors):+.4f} m "
        "(negative: geofront found a nearer boundary point than the sampled brute force) |"
    )
    print(
        f"| same claims against the {args.simplify_m:g} m-simplified layer | "
        f"{check_simple_s:.2f} | 5 | largest change of a measured distance "
        f"{simplify_gap:.1f} m (bound {args.simplify_m:g} m) |"
    )
    print(
        f"| area gained/lost between each pair of consecutive days ({len(changes)} pairs) "
        f"| {changes_s:.2f} | - | geodesic km² |"
    )
    print(f"\n(Writing the synthetic archive took {write_s:.1f} s, not counted.)")


if __name__ == "__main__":
    main()
