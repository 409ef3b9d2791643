"""geofront.geodesic vs what users do today (geopandas UTM buffer), side by side.

Run: python benchmarks/bench_geodesic.py [--repeat 5]
Prints a markdown table: time of each (best of ``--repeat`` runs, geofront and
peer interleaved so both see the same machine load), ratio geofront / peer, and
the maximum radial error of each (metres, checked with an independent
pyproj.Geod.inv: circle vertices over all 100,000 circles, edge midpoints over a
sample). Also prints the load average (/proc/loadavg) before and after.
"""

from __future__ import annotations

import argparse
import os
import platform
import time

import geopandas as gpd
import numpy as np
import shapely
from pyproj import Geod

from geofront import geodesic

GEOD = Geod(ellps="WGS84")
N_POINTS = 100_000
RADIUS_M = 15_000.0
TOL_M = 10.0


def side_by_side(fn_a, fn_b, repeat):
    """Best-of-``repeat`` wall times of two functions, run alternately; their outputs."""
    times_a, times_b, out_a, out_b = [], [], None, None
    for _ in range(repeat):
        t = time.perf_counter()
        out_a = fn_a()
        times_a.append(time.perf_counter() - t)
        t = time.perf_counter()
        out_b = fn_b()
        times_b.append(time.perf_counter() - t)
    ratios = sorted(a / b for a, b in zip(times_a, times_b, strict=True))
    return min(times_a), min(times_b), ratios[len(ratios) // 2], out_a, out_b


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "n/a"


def all_vertex_error(lon, lat, geoms, r):
    """Max |distance - r| over every vertex of every circle (antimeridian cuts excluded)."""
    xy, idx = shapely.get_coordinates(geoms, return_index=True)
    keep = np.abs(xy[:, 0]) != 180.0
    _, _, d = GEOD.inv(lon[idx][keep], lat[idx][keep], xy[keep, 0], xy[keep, 1])
    return np.abs(d - r).max()


def circle_errors(lon, lat, geoms, r, sample=2000):
    """Max |distance - r| over vertices and over edge midpoints (lon/lat straight edges)."""
    idx = np.random.default_rng(1).choice(len(geoms), sample, replace=False)
    v_err, e_err = 0.0, 0.0
    for i in idx:
        c = np.asarray(geoms[i].exterior.coords)
        mid = 0.5 * (c[:-1] + c[1:])
        for pts, which in ((c, "v"), (mid, "e")):
            n = len(pts)
            _, _, d = GEOD.inv(np.full(n, lon[i]), np.full(n, lat[i]), pts[:, 0], pts[:, 1])
            err = np.abs(d - r).max()
            if which == "v":
                v_err = max(v_err, err)
            else:
                e_err = max(e_err, err)
    return v_err, e_err


def unit_xyz(xy):
    lon, lat = np.radians(xy[:, 0]), np.radians(xy[:, 1])
    return np.column_stack([np.cos(lat) * np.cos(lon), np.cos(lat) * np.sin(lon), np.sin(lat)])


def dist_to(points, ref, k=128):
    out = np.empty(len(points))
    ref3 = unit_xyz(ref)
    for i0 in range(0, len(points), 128):
        p = points[i0 : i0 + 128]
        d2 = ((unit_xyz(p)[:, None, :] - ref3[None, :, :]) ** 2).sum(axis=2)
        cand = np.argpartition(d2, k - 1, axis=1)[:, :k]
        _, _, d = GEOD.inv(
            np.repeat(p[:, 0], k), np.repeat(p[:, 1], k), ref[cand.ravel(), 0], ref[cand.ravel(), 1]
        )
        out[i0 : i0 + 128] = d.reshape(-1, k).min(axis=1)
    return out


def buffer_error(poly, result, d):
    """Max |distance to poly - d| over the result's boundary vertices and edge midpoints."""
    ref = shapely.get_coordinates(shapely.segmentize(poly.exterior, 0.0005))  # ~50 m
    pts = []
    for part in shapely.get_parts(result):
        for ring in [part.exterior, *part.interiors]:
            c = np.asarray(ring.coords)
            pts += [c, 0.5 * (c[:-1] + c[1:])]
    pts = np.vstack(pts)
    pts = pts[np.random.default_rng(2).choice(len(pts), min(len(pts), 6000), replace=False)]
    dist = dist_to(pts, ref)
    dist[shapely.contains_xy(poly, pts[:, 0], pts[:, 1])] = 0.0
    return np.abs(dist - d).max()


def front_line_polygon(n=3000, seed=7):
    """A wiggly ~1000 km 'occupied area' polygon over eastern Ukraine, n vertices."""
    rng = np.random.default_rng(seed)
    m = n - 4
    lat = np.linspace(46.3, 50.2, m)
    lon = 36.0 + 0.9 * np.sin(lat * 3.1) + np.cumsum(rng.normal(0, 0.01, m))
    lon = lon - np.linspace(0, lon[-1] - lon[0], m) * 0.0
    coords = np.column_stack([lon, lat])
    coords = np.vstack([coords, [[40.0, 50.2], [40.0, 47.5], [39.0, 46.3], [38.0, 46.3]]])
    poly = shapely.Polygon(coords)
    if not poly.is_valid:
        poly = shapely.make_valid(poly)
    return poly


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="runs of each (best is kept)")
    args = parser.parse_args()
    load_before = loadavg()

    rng = np.random.default_rng(0)
    lon = rng.uniform(22.0, 40.0, N_POINTS)
    lat = rng.uniform(44.5, 52.5, N_POINTS)
    pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=4326)

    def peer_circles():
        utm = pts.estimate_utm_crs()
        return pts.to_crs(utm).buffer(RADIUS_M).to_crs(4326)

    def gf_circles():
        return geodesic.circle(lon, lat, radius_m=RADIUS_M, tolerance_m=TOL_M)

    gf_circles(), peer_circles()  # warm-up: imports, CRS database, caches
    t_gf, t_peer, med, gf, peer = side_by_side(gf_circles, peer_circles, args.repeat)
    gf_v = all_vertex_error(lon, lat, gf.values, RADIUS_M)
    peer_v = all_vertex_error(lon, lat, peer.values, RADIUS_M)
    _, gf_e = circle_errors(lon, lat, gf.values, RADIUS_M)
    _, peer_e = circle_errors(lon, lat, peer.values, RADIUS_M)
    nv_gf = shapely.get_num_coordinates(gf.values[:1])[0] - 1
    nv_peer = shapely.get_num_coordinates(peer.values[:1])[0] - 1

    poly = front_line_polygon()
    poly_gs = gpd.GeoSeries([poly], crs=4326)

    def peer_buffer():
        utm = poly_gs.estimate_utm_crs()
        return poly_gs.to_crs(utm).buffer(10_000).to_crs(4326)

    def gf_buffer():
        return geodesic.buffer(poly, distance_m=10_000, tolerance_m=TOL_M)

    t_bgf, t_bpeer, bmed, bgf, bpeer = side_by_side(gf_buffer, peer_buffer, args.repeat)
    b_gf_err = buffer_error(poly, bgf, 10_000)
    b_peer_err = buffer_error(poly, bpeer.iloc[0], 10_000)
    n_poly = shapely.get_num_coordinates(poly)

    print(
        f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
        f"python {platform.python_version()}, shapely {shapely.__version__}, "
        f"geopandas {gpd.__version__}; best of {args.repeat}, interleaved; "
        f"load average {load_before} before, {loadavg()} after"
    )
    print()
    print(
        "| task | geofront (s) | peer: geopandas UTM (s) | ratio gf/peer (median of runs) | "
        "max error geofront (m) | max error peer (m) |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    print(
        f"| circle, {N_POINTS:,} points over Ukraine, r=15 km, tol 10 m "
        f"({nv_gf} vs {nv_peer} vertices) | {t_gf:.3f} | {t_peer:.3f} | "
        f"{t_gf / t_peer:.2f} ({med:.2f}) | "
        f"vertices {gf_v:.1e}, edges {gf_e:.2f} | vertices {peer_v:.1f}, edges {peer_e:.1f} |"
    )
    print(
        f"| buffer 10 km, front-line polygon ({n_poly:,} vertices), tol 10 m | {t_bgf:.2f} | "
        f"{t_bpeer:.3f} | {t_bgf / t_bpeer:.1f} ({bmed:.1f}) | {b_gf_err:.2f} | {b_peer_err:.1f} |"
    )


if __name__ == "__main__":
    main()
