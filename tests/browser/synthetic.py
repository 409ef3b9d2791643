"""Synthetic report tables (claims and mentions) shaped like ``report.claims``/``report.mentions``."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import shapely

from geofront import geodesic

BOUNDS = ["about", "exact", "at_most", "at_least", "range"]


def tables(n_claims: int, n_places: int, seed: int = 5, tolerance_m: float = 1.0):
    """(claims, mentions) GeoDataFrames over eastern Ukraine, deterministic for a seed."""
    rng = np.random.default_rng(seed)
    lon = rng.uniform(34.0, 39.5, n_claims)
    lat = rng.uniform(46.5, 50.5, n_claims)
    km = rng.integers(3, 40, n_claims)
    rows = []
    for i in range(n_claims):
        bound = BOUNDS[i % len(BOUNDS)]
        d = float(km[i]) * 1000
        lo, hi = {
            "about": (0.8, 1.2),
            "exact": (0.9, 1.1),
            "at_most": (0, 1),
            "at_least": (1, 1.5),
            "range": (0.7, 1.0),
        }[bound]
        if lo == 0:
            geom = geodesic.circle(lon[i], lat[i], radius_m=d * hi, tolerance_m=tolerance_m)
        else:
            geom = geodesic.ring(
                lon[i], lat[i], inner_m=d * lo, outer_m=d * hi, tolerance_m=tolerance_m
            )
        raw = f"about {km[i]} km from Town{i}"
        rows.append(
            {
                "claim": "distance",
                "raw": raw,
                "quantity": float(km[i]),
                "unit": "km",
                "distance_m": d,
                "min_m": d * lo,
                "max_m": d * hi,
                "bound": bound,
                "anchor": f"Town{i}",
                "attributed_to": "Spokesman" if i % 3 == 0 else None,
                "unverified": i % 3 == 0,
                "quote": f"Forces were {raw}, officials said on day {i}.",
                "report_date": "2026-02-15",
                "report_source": "Wire",
                "report_url": None,
                "geometry": geom,
            }
        )
    claims = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326)
    plon = rng.uniform(34.0, 39.5, n_places)
    plat = rng.uniform(46.5, 50.5, n_places)
    mentions = gpd.GeoDataFrame(
        {
            "surface": [f"Village{i}" for i in range(n_places)],
            "sentence": [f"Shelling hit Village{i} overnight." for i in range(n_places)],
            "name": [f"Village{i}" for i in range(n_places)],
            "kind": "settlement",
            "role": ["actor" if i % 10 == 0 else "location" for i in range(n_places)],
            "country_code": "UA",
            "geonameid": np.arange(n_places),
            "report_date": "2026-02-15",
            "report_source": "Wire",
            "report_url": None,
        },
        geometry=shapely.points(plon, plat),
        crs=4326,
    )
    return claims, mentions
