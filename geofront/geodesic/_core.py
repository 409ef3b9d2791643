"""Shared constants, input checking and the vectorised direct/inverse problem."""

from __future__ import annotations

import math
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import numpy as np
import pyproj

from geofront.errors import GeometryError

#: The WGS84 ellipsoid; every computation in :mod:`geofront.geodesic` uses it.
GEOD = pyproj.Geod(ellps="WGS84")

A_M = GEOD.a  # equatorial radius
B_M = GEOD.b  # polar semi-axis
R_MAX_M = A_M * A_M / B_M  # largest radius of curvature (at the poles)
R_MIN_M = B_M * B_M / A_M  # smallest radius of curvature (meridian at the equator)

#: Largest radius accepted: pi * b, where geodesics from a point start to stop
#: being the shortest path (the cut locus near the antipode).
MAX_RADIUS_M = math.pi * B_M

#: Smallest tolerance accepted (1 mm): below that, the inputs are never that exact.
MIN_TOLERANCE_M = 1e-3

#: Default largest gap, in metres, between the true curve and a polygon edge.
DEFAULT_TOLERANCE_M = 1.0

# Fraction of the tolerance the analytic vertex spacing aims at.
SAFETY = 0.9

# Below this many points, one thread; above, split Geod.fwd/inv across threads
# (pyproj releases the GIL inside the loop).
_PARALLEL_MIN = 200_000
_THREADS = max(1, min(4, os.cpu_count() or 1))
_POOL: ThreadPoolExecutor | None = None


def _pool() -> ThreadPoolExecutor:
    global _POOL
    if _POOL is None:
        _POOL = ThreadPoolExecutor(_THREADS, thread_name_prefix="geofront-geod")
    return _POOL


def _chunked(func: Any, arrays: tuple[np.ndarray, ...]) -> tuple[np.ndarray, ...]:
    n = arrays[0].size
    if n < _PARALLEL_MIN or _THREADS == 1:
        return func(*arrays)
    bounds = np.linspace(0, n, _THREADS + 1).astype(int)
    parts = [
        tuple(a[lo:hi] for a in arrays) for lo, hi in zip(bounds[:-1], bounds[1:], strict=True)
    ]
    results = list(_pool().map(lambda p: func(*p), parts))
    return tuple(np.concatenate(cols) for cols in zip(*results, strict=True))


def fwd(
    lon: np.ndarray, lat: np.ndarray, az: np.ndarray, dist: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Solve the direct problem on whole float64 arrays; return (lon, lat)."""
    arrays = tuple(np.ascontiguousarray(a, dtype=float) for a in (lon, lat, az, dist))

    def _one(lo, la, a, d):
        x, y, _ = GEOD.fwd(lo, la, a, d)
        return x, y

    x, y = _chunked(_one, arrays)
    return np.asarray(x, dtype=float), np.asarray(y, dtype=float)


def fwd_az(
    lon: np.ndarray, lat: np.ndarray, az: np.ndarray, dist: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Like :func:`fwd`, also returning the forward azimuth at the end point."""
    arrays = tuple(np.ascontiguousarray(a, dtype=float) for a in (lon, lat, az, dist))

    def _one(lo, la, a, d):
        return tuple(np.asarray(v, dtype=float) for v in GEOD.fwd(lo, la, a, d))

    x, y, back = _chunked(_one, arrays)
    return x, y, wrap180(back + 180.0)


def inv(
    lon1: np.ndarray, lat1: np.ndarray, lon2: np.ndarray, lat2: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Solve the inverse problem on whole arrays; return (az12, az21, distance)."""
    arrays = tuple(np.ascontiguousarray(a, dtype=float) for a in (lon1, lat1, lon2, lat2))

    def _one(a, b, c, d):
        return tuple(np.asarray(v, dtype=float) for v in GEOD.inv(a, b, c, d))

    return _chunked(_one, arrays)


def wrap180(x: np.ndarray) -> np.ndarray:
    """Wrap angles in degrees to [-180, 180)."""
    return (np.asarray(x, dtype=float) + 180.0) % 360.0 - 180.0


# --------------------------------------------------------------------------- input


def is_scalar(x: Any) -> bool:
    """True for Python/numpy numbers (what makes a call return a single geometry)."""
    return np.ndim(x) == 0 and not hasattr(x, "geom_type")


def index_of(*values: Any) -> Any:
    """The pandas index of the first pandas object among ``values``, if any."""
    for v in values:
        if hasattr(v, "index") and hasattr(v, "iloc"):
            return v.index
    return None


def split_points(lon: Any, lat: Any) -> tuple[Any, Any]:
    """Accept ``(lon, lat)`` or ``(points, None)`` (GeoSeries / array of Points)."""
    if lat is not None:
        return lon, lat
    import shapely

    if hasattr(lon, "geom_type") and is_scalar(getattr(lon, "x", None)):
        return float(lon.x), float(lon.y)  # a single shapely Point
    geoms = np.asarray(getattr(lon, "values", lon), dtype=object)
    if geoms.ndim != 1 or not np.all(shapely.get_type_id(geoms) == 0):
        raise GeometryError(
            "lat is missing: pass lon and lat, or a Point / GeoSeries of Points as the "
            "first argument."
        )
    return shapely.get_x(geoms), shapely.get_y(geoms)


def as_float(name: str, value: Any) -> np.ndarray:
    """Convert a scalar or array-like to a float array, with a readable error."""
    try:
        arr = np.asarray(getattr(value, "values", value), dtype=float)
    except (TypeError, ValueError) as err:
        raise GeometryError(
            f"{name} must be a number or an array of numbers, got {value!r}."
        ) from err
    return arr


def _where(mask: np.ndarray) -> str:
    idx = np.flatnonzero(mask)
    shown = ", ".join(str(i) for i in idx[:5])
    return (
        f" (at position {shown}{', ...' if idx.size > 5 else ''})"
        if mask.ndim and mask.size > 1
        else ""
    )


def check_finite(name: str, arr: np.ndarray) -> None:
    """Raise :class:`GeometryError` if ``arr`` holds NaN or infinities."""
    bad = ~np.isfinite(arr)
    if bad.any():
        raise GeometryError(
            f"{name} contains NaN or infinite values{_where(np.atleast_1d(bad))}; "
            "drop or fill those rows before building geometry."
        )


def check_lonlat(lon: np.ndarray, lat: np.ndarray) -> None:
    """Validate coordinates: finite, latitude within [-90, 90]."""
    check_finite("lon", lon)
    check_finite("lat", lat)
    bad = np.abs(lat) > 90.0
    if bad.any():
        raise GeometryError(
            f"lat must be within [-90, 90] degrees{_where(np.atleast_1d(bad))}; got "
            f"{np.atleast_1d(lat)[np.atleast_1d(bad)][0]!r}. Did you swap lon and lat? "
            "geofront takes lon first."
        )


def check_distance(name: str, arr: np.ndarray, *, allow_negative: bool = False) -> None:
    """Validate a distance in metres: finite, not negative, below :data:`MAX_RADIUS_M`."""
    check_finite(name, arr)
    if not allow_negative and (arr < 0).any():
        raise GeometryError(f"{name} must be >= 0 metres{_where(np.atleast_1d(arr < 0))}.")
    too_big = np.abs(arr) > MAX_RADIUS_M
    if too_big.any():
        raise GeometryError(
            f"{name} must be at most {MAX_RADIUS_M:,.0f} m (about half the earth's "
            f"circumference){_where(np.atleast_1d(too_big))}; beyond that a geodesic circle "
            "is not the set of points at that distance."
        )


def check_tolerance(tolerance_m: Any) -> float:
    """Validate ``tolerance_m`` (a positive scalar, at least 1 mm)."""
    try:
        tol = float(tolerance_m)
    except (TypeError, ValueError) as err:
        raise GeometryError(f"tolerance_m must be a number, got {tolerance_m!r}.") from err
    if not math.isfinite(tol) or tol < MIN_TOLERANCE_M:
        raise GeometryError(
            f"tolerance_m must be a finite number >= {MIN_TOLERANCE_M} m, got {tolerance_m!r}."
        )
    return tol


def wrap_output(geoms: np.ndarray, scalar: bool, index: Any = None) -> Any:
    """Return a single geometry, or a GeoSeries in EPSG:4326 (geopandas imported lazily)."""
    if scalar:
        return geoms.reshape(-1)[0]
    import geopandas

    return geopandas.GeoSeries(geoms.reshape(-1), index=index, crs="EPSG:4326")
