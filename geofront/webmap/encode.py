"""Compact geometry for the page — and the one lon/lat → lat/lon flip.

geofront is lon/lat (x, y) everywhere. Leaflet wants ``[lat, lon]``; this
module is the only place that swaps them. Geometries are simplified within a
tolerance in metres, rounded to ``precision`` decimals (5 ≈ 1.1 m) and
written as encoded polylines (the delta + zig-zag + base-64 text scheme of
Google's polyline format), which geofront's own small decoder in the page
turns back into ``[lat, lon]`` arrays. A 15 km ring costs ~1 KB instead of
~7 KB of GeoJSON.

Tagged forms: ``["p", s]`` a point, ``["l", [s, …]]`` lines, ``["a", [[s, …], …]]``
polygons (exterior then holes).

Examples
--------
>>> import shapely
>>> encode(shapely.Point(30.5238, 50.45466))
['p', 'sl}rHwthyD']
>>> decode_polyline('sl}rHwthyD')
[(30.5238, 50.45466)]
"""

from __future__ import annotations

from typing import Any

import numpy as np

__all__ = ["encode", "polyline", "decode_polyline", "degrees_for_m", "latlon_bounds"]

#: Metres per degree of latitude, a lower bound (110.57 km at the equator);
#: a degree of longitude is never longer, so a tolerance converted with it is
#: never exceeded on the ground.
_M_PER_DEG = 110_574.0


def degrees_for_m(metres: float) -> float:
    """A tolerance in degrees that stays within ``metres`` everywhere."""
    return metres / _M_PER_DEG


def polyline(lonlat: np.ndarray, precision: int = 5) -> str:
    """Encode an (n, 2) lon/lat array as a lat/lon polyline string."""
    if len(lonlat) == 0:
        return ""
    ints = np.round(np.asarray(lonlat, dtype=float)[:, ::-1] * 10**precision).astype(np.int64)
    deltas = np.diff(ints, axis=0, prepend=np.zeros((1, 2), dtype=np.int64)).ravel()
    z = ((deltas << 1) ^ (deltas >> 63)).astype(np.uint64)
    shifts = np.arange(7, dtype=np.uint64) * np.uint64(5)
    chunks = (z[:, None] >> shifts[None, :]) & np.uint64(31)
    count = 1 + ((z[:, None] >> shifts[None, 1:]) > 0).sum(axis=1)
    idx = np.arange(7)[None, :]
    cont = (idx < (count - 1)[:, None]).astype(np.uint64) * np.uint64(32)
    chars = (chunks | cont) + np.uint64(63)
    return chars[idx < count[:, None]].astype(np.uint8).tobytes().decode("ascii")


def decode_polyline(text: str, precision: int = 5) -> list[tuple[float, float]]:
    """Decode a polyline string back to lon/lat tuples (used by tests)."""
    values, shift, result = [], 0, 0
    for ch in text:
        b = ord(ch) - 63
        result |= (b & 31) << shift
        shift += 5
        if b < 32:
            values.append(~(result >> 1) if result & 1 else result >> 1)
            shift = result = 0
    lat = np.cumsum(values[0::2]) / 10**precision
    lon = np.cumsum(values[1::2]) / 10**precision
    return [(float(x), float(y)) for x, y in zip(lon, lat, strict=True)]


def _ring(coords: Any, precision: int) -> str:
    arr = np.asarray(coords)[:, :2]
    if len(arr) > 1 and np.array_equal(arr[0], arr[-1]):
        arr = arr[:-1]  # Leaflet closes rings itself
    return polyline(arr, precision)


def encode(geom: Any, *, precision: int = 5, tolerance_m: float | None = None) -> list | None:
    """Tagged, compact, lat/lon form of a shapely geometry (None if empty).

    Parameters
    ----------
    geom : shapely geometry
        lon/lat (EPSG:4326).
    precision : int
        Decimals kept (5 ≈ 1.1 m).
    tolerance_m : float, optional
        Simplify (topology-preserving) within this many metres first.
    """
    import shapely

    if geom is None or geom.is_empty:
        return None
    if tolerance_m:
        geom = shapely.simplify(geom, degrees_for_m(tolerance_m), preserve_topology=True)
    kind = geom.geom_type
    if kind == "Point":
        return ["p", polyline(np.asarray(geom.coords)[:, :2], precision)]
    if kind in ("LineString", "LinearRing"):
        return ["l", [polyline(np.asarray(geom.coords)[:, :2], precision)]]
    if kind == "MultiLineString":
        return ["l", [polyline(np.asarray(g.coords)[:, :2], precision) for g in geom.geoms]]
    if kind == "Polygon":
        return ["a", [_polygon(geom, precision)]]
    if kind == "MultiPolygon":
        return ["a", [_polygon(g, precision) for g in geom.geoms]]
    if kind == "MultiPoint":
        return ["p", polyline(np.asarray(geom.geoms[0].coords)[:, :2], precision)]
    if kind == "GeometryCollection":
        polys = [g for g in geom.geoms if g.geom_type in ("Polygon", "MultiPolygon")]
        if polys:
            return encode(shapely.union_all(polys), precision=precision)
        return encode(geom.geoms[0], precision=precision) if len(geom.geoms) else None
    raise ValueError(f"cannot draw a {kind}")


def _polygon(poly: Any, precision: int) -> list[str]:
    return [_ring(poly.exterior.coords, precision)] + [
        _ring(r.coords, precision) for r in poly.interiors
    ]


def latlon_bounds(bounds: tuple[float, float, float, float]) -> list[list[float]]:
    """Leaflet's ``[[south, west], [north, east]]`` from lon/lat ``(minx, miny, maxx, maxy)``."""
    minx, miny, maxx, maxy = bounds
    return [[float(miny), float(minx)], [float(maxy), float(maxx)]]
