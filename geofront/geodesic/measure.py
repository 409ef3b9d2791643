"""Geodesic distances, bearings, destinations and areas on the WGS84 ellipsoid."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from geofront.errors import GeometryError
from geofront.geodesic._core import (
    GEOD,
    as_float,
    check_distance,
    check_finite,
    check_lonlat,
    fwd,
    index_of,
    inv,
    is_scalar,
    wrap180,
    wrap_output,
)

__all__ = ["area_m2", "bearing_deg", "destination", "distance_m"]


def _numbers(result: np.ndarray, scalar: bool, index: Any) -> Any:
    if scalar:
        return float(result.reshape(-1)[0])
    if index is not None:
        import pandas

        return pandas.Series(result.reshape(-1), index=index)
    return result


def _pairs(lon1, lat1, lon2, lat2) -> tuple[bool, Any, list[np.ndarray]]:
    values = (lon1, lat1, lon2, lat2)
    scalar = all(is_scalar(v) for v in values)
    index = index_of(*values)
    names = ("lon1", "lat1", "lon2", "lat2")
    arrays = np.broadcast_arrays(*(as_float(n, v) for n, v in zip(names, values, strict=True)))
    arrays = [np.atleast_1d(a).ravel() for a in arrays]
    check_lonlat(arrays[0], arrays[1])
    check_lonlat(arrays[2], arrays[3])
    return scalar, index, arrays


def distance_m(lon1: Any, lat1: Any, lon2: Any, lat2: Any) -> Any:
    """Geodesic distance in metres between (lon1, lat1) and (lon2, lat2).

    Parameters
    ----------
    lon1, lat1, lon2, lat2 : float or array_like
        Degrees; arrays broadcast against each other.

    Returns
    -------
    float, numpy.ndarray or pandas.Series
        A float for scalar input, a Series if any input was a pandas object.

    Examples
    --------
    >>> from geofront import geodesic
    >>> round(geodesic.distance_m(37.6, 48.85, 37.8, 48.0))
    95671
    >>> geodesic.distance_m(0, 0, [1, 0], [0, 1]).round(1).tolist()
    [111319.5, 110574.4]
    """
    scalar, index, (a, b, c, d) = _pairs(lon1, lat1, lon2, lat2)
    return _numbers(inv(a, b, c, d)[2], scalar, index)


def bearing_deg(lon1: Any, lat1: Any, lon2: Any, lat2: Any) -> Any:
    """Initial bearing of the geodesic from point 1 to point 2, in [0, 360) degrees.

    Degrees clockwise from north, measured at point 1. Coincident points give 0.

    Examples
    --------
    >>> from geofront import geodesic
    >>> geodesic.bearing_deg(30.0, 50.0, 30.0, 51.0)
    0.0
    >>> round(geodesic.bearing_deg(30.0, 50.0, 31.0, 50.0), 2)  # east, not exactly 90
    89.62
    """
    scalar, index, (a, b, c, d) = _pairs(lon1, lat1, lon2, lat2)
    az = inv(a, b, c, d)[0] % 360.0
    return _numbers(np.where(az >= 360.0, 0.0, az), scalar, index)


def destination(lon: Any, lat: Any, *, bearing_deg: Any, distance_m: Any) -> Any:
    """The point reached from (lon, lat) along ``bearing_deg`` after ``distance_m`` metres.

    Parameters
    ----------
    lon, lat : float or array_like
        Start, in degrees.
    bearing_deg : float or array_like
        Degrees clockwise from north, at the start.
    distance_m : float or array_like
        Metres, ``>= 0`` and at most ``MAX_RADIUS_M``.

    Returns
    -------
    shapely.Point or geopandas.GeoSeries
        A Point for scalar input, otherwise a GeoSeries of Points in EPSG:4326.

    Examples
    --------
    >>> from geofront import geodesic
    >>> p = geodesic.destination(37.6, 48.85, bearing_deg=135, distance_m=22_000)
    >>> round(p.x, 4), round(p.y, 4)
    (37.8114, 48.7099)
    >>> round(geodesic.distance_m(37.6, 48.85, p.x, p.y), 6)
    22000.0
    """
    values = (lon, lat, bearing_deg, distance_m)
    scalar = all(is_scalar(v) for v in values)
    index = index_of(*values)
    names = ("lon", "lat", "bearing_deg", "distance_m")
    arrays = np.broadcast_arrays(*(as_float(n, v) for n, v in zip(names, values, strict=True)))
    x, y, az, d = (np.atleast_1d(a).ravel() for a in arrays)
    check_lonlat(x, y)
    check_finite("bearing_deg", az)
    check_distance("distance_m", d)
    lon2, lat2 = fwd(wrap180(x), y, az, d)
    return wrap_output(shapely.points(lon2, lat2), scalar, index)


def _area_one(geom: Any) -> float:
    if geom is None or geom.is_empty:
        return 0.0
    if geom.geom_type not in ("Polygon", "MultiPolygon", "GeometryCollection"):
        return 0.0
    geom = shapely.orient_polygons(geom)  # exterior CCW, holes CW: positive area
    total = 0.0
    for part in shapely.get_parts(geom):
        if part.geom_type == "Polygon":
            total += GEOD.geometry_area_perimeter(part)[0]
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            total += _area_one(part)
    return abs(total) if total < 0 and abs(total) < 1e-6 else total


def area_m2(geometry: Any) -> Any:
    """Geodesic area in square metres of a (multi)polygon or of each geometry of a GeoSeries.

    Edges are taken as geodesics between consecutive vertices, which for
    geofront's own output (vertices at most a few km apart) agrees with the
    straight lon/lat edges within the tolerance. Points and lines have area 0;
    missing geometries give NaN. Polygons over a pole in the RFC 7946 form (closed
    along the antimeridian) are measured correctly.

    Examples
    --------
    >>> from geofront import geodesic
    >>> from shapely import box
    >>> round(geodesic.area_m2(box(30, 50, 31, 51)) / 1e6, 1)
    7892.1
    """
    if hasattr(geometry, "geom_type") and is_scalar(getattr(geometry, "area", None)):
        return _area_one(geometry)
    geoms = np.asarray(getattr(geometry, "values", geometry), dtype=object).ravel()
    if not all(g is None or hasattr(g, "geom_type") for g in geoms):
        raise GeometryError("area_m2 takes a shapely geometry or a GeoSeries / array of them.")
    areas = np.array([np.nan if g is None else _area_one(g) for g in geoms], dtype=float)
    return _numbers(areas, False, index_of(geometry))
