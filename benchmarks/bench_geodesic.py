"""geofront.geodesic vs what users do today (geopandas UTM buffer), side by side.

Run: python benchmarks/bench_geodesic.py
Prints a markdown table: time of each, ratio geofront / peer, and the maximum
radial error of each (metres, checked with an independent pyproj.Geod.inv).
"""

from __future__ import annotations

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


def best_of(fn, repeat=3):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return min(times), out


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
    rng = np.random.default_rng(0)
    lon = rng.uniform(22.0, 40.0, N_POINTS)
    lat = rng.uniform(44.5, 52.5, N_POINTS)
    pts = gpd.GeoSeries(gpd.points_from_xy(lon, lat), crs=4326)

    def peer_circles():
        utm = pts.estimate_utm_crs()
        return pts.to_crs(utm).buffer(RADIUS_M).to_crs(4326)

    t_gf, gf = best_of(lambda: geodesic.circle(lon, lat, radius_m=RADIUS_M, tolerance_m=TOL_M))
    t_peer, peer = best_of(peer_circles)
    gf_v, gf_e = circle_errors(lon, lat, gf.values, RADIUS_M)
    peer_v, peer_e = circle_errors(lon, lat, peer.values, RADIUS_M)
    nv_gf = shapely.get_num_coordinates(gf.values[:1])[0] - 1
    nv_peer = shapely.get_num_coordinates(peer.values[:1])[0] - 1

    poly = front_line_polygon()
    poly_gs = gpd.GeoSeries([poly], crs=4326)

    def peer_buffer():
        utm = poly_gs.estimate_utm_crs()
        return poly_gs.to_crs(utm).buffer(10_000).to_crs(4326)

    t_bgf, bgf = best_of(lambda: geodesic.buffer(poly, distance_m=10_000, tolerance_m=TOL_M))
    t_bpeer, bpeer = best_of(peer_buffer)
    b_gf_err = buffer_error(poly, bgf, 10_000)
    b_peer_err = buffer_error(poly, bpeer.iloc[0], 10_000)
    n_poly = shapely.get_num_coordinates(poly)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores, "
          f"python {platform.python_version()}, shapely {shapely.__version__}, "
          f"geopandas {gpd.__version__}")
    print()
    print("| task | geofront (s) | peer: geopandas UTM (s) | ratio gf/peer | "
          "max error geofront (m) | max error peer (m) |")
    print("|---|---:|---:|---:|---:|---:|")
    print(f"| circle, {N_POINTS:,} points over Ukraine, r=15 km, tol 10 m "
          f"({nv_gf} vs {nv_peer} vertices) | {t_gf:.2f} | {t_peer:.2f} | {t_gf / t_peer:.2f} | "
          f"vertices {gf_v:.1e}, edges {gf_e:.2f} | vertices {peer_v:.1f}, edges {peer_e:.1f} |")
    print(f"| buffer 10 km, front-line polygon ({n_poly:,} vertices), tol 10 m | {t_bgf:.2f} | "
          f"{t_bpeer:.3f} | {t_bgf / t_bpeer:.1f} | {b_gf_err:.2f} | {b_peer_err:.1f} |")


if __name__ == "__main__":
    main()
