"""Geodesic circles, rings (annuli) and sectors around centres given in lon/lat."""

from __future__ import annotations

from typing import Any

import numpy as np
import shapely

from geofront.errors import GeometryError
from geofront.geodesic import _assemble as asm
from geofront.geodesic._circles import circle_coords
from geofront.geodesic._core import (
    DEFAULT_TOLERANCE_M,
    R_MIN_M,
    as_float,
    check_distance,
    check_finite,
    check_lonlat,
    check_tolerance,
    index_of,
    is_scalar,
    split_points,
    wrap180,
    wrap_output,
)

__all__ = ["circle", "ring", "sector"]


def _prepare(lon: Any, lat: Any, **named: Any) -> tuple[bool, Any, list[np.ndarray]]:
    """Validate centres and broadcast them with the named per-shape parameters."""
    index = index_of(lon, lat, *named.values())
    scalar = all(is_scalar(x) for x in (lon, lat, *named.values())) and lat is not None
    if lat is None and is_scalar(getattr(lon, "x", None)):
        scalar = all(is_scalar(x) for x in named.values())
    lon, lat = split_points(lon, lat)
    arrays = [as_float("lon", lon), as_float("lat", lat)]
    arrays += [as_float(name, value) for name, value in named.items()]
    try:
        arrays = [np.atleast_1d(a).ravel() for a in np.broadcast_arrays(*arrays)]
    except ValueError as err:
        names = ["lon", "lat", *named]
        shapes = ", ".join(f"{n}: {np.shape(a)}" for n, a in zip(names, arrays, strict=True))
        raise GeometryError(f"cannot broadcast the inputs together ({shapes}).") from err
    check_lonlat(arrays[0], arrays[1])
    arrays[0] = wrap180(arrays[0])
    return scalar, index, arrays


def _disk_vertices(
    clon: np.ndarray, clat: np.ndarray, radius: np.ndarray, tol: float
) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """Counter-clockwise vertices of geodesic circles (azimuth decreasing from north).

    Returns the vertex arrays (``owner``, ``lon``, ``lat``; owners numbered in the
    order of the returned permutation) and that permutation of the input rows.
    """
    n = np.ceil(360.0 / asm.arc_step_deg(radius, clat, tol)).astype(np.int64)
    if n.max() > asm.MAX_VERTICES:
        raise asm._too_many(int(n.max()))
    check = ~asm.trusted(clat, radius)
    blocks, order = [], []
    # trusted circles, grouped by vertex count: 2-D arrays, no per-vertex indexing
    for count in np.unique(n[~check]):
        rows = np.flatnonzero(~check & (n == count))
        xy = circle_coords(clon[rows], clat[rows], radius[rows], int(count))[:, :-1]
        blocks.append((np.full(rows.size, count), xy[..., 0].ravel(), xy[..., 1].ravel()))
        order.append(rows)
    rows = np.flatnonzero(check)
    if rows.size:  # large or polar circles: generic sampling, then edge-by-edge check
        m = rows.size
        segs = asm.Segments(clon[rows], clat[rows])
        segs.add(np.arange(m), 0, 0.0, -360.0, radius[rows], radius[rows], n[rows])
        v = asm.refine_where(
            segs.vertices(),
            clon[rows],
            clat[rows],
            tol,
            np.ones(m, bool),
            np.full(m, -360.0),
            np.ones(m),
        )
        blocks.append((np.bincount(v["owner"], minlength=m), v["lon"], v["lat"]))
        order.append(rows)
    counts, x, y = (np.concatenate(c) for c in zip(*blocks, strict=True))
    owner = np.repeat(np.arange(counts.size), counts)
    return {"owner": owner, "lon": x, "lat": y}, np.concatenate(order)


def _regions(clon, clat, radius, tol):
    """Disks as polygons (in input order), the fast-path mask and the fast vertices."""
    v, perm = _disk_vertices(clon, clat, radius, tol)
    geoms, fast, coords = asm.regions_to_polygons(v, clon.size)
    out = np.empty(clon.size, dtype=object)
    out[perm] = geoms
    fast_in = np.zeros(clon.size, dtype=bool)
    fast_in[perm] = fast
    if coords:
        coords["owner"] = perm[coords["owner"]]
    return out, fast_in, coords


def _disks(clon: np.ndarray, clat: np.ndarray, radius: np.ndarray, tol: float) -> np.ndarray:
    out = np.full(clon.size, asm.EMPTY, dtype=object)
    live = radius > 0
    n = np.ceil(360.0 / asm.arc_step_deg(radius, clat, tol)).astype(np.int64)
    easy = live & asm.trusted(clat, radius)
    # trusted circles (<= 200 km, below 80 degrees): no pole inside, less than 180
    # degrees of longitude, so longitudes continuous around the centre are exact;
    # one vectorised construction per vertex count, a split where they cross +-180.
    for count in np.unique(n[easy]):
        rows = np.flatnonzero(easy & (n == count))
        xy = circle_coords(clon[rows], clat[rows], radius[rows], int(count))
        # on the sphere the circle spans asin(sin(s) / cos(lat)) <= 1.02 s / cos(lat_max)
        # of longitude (s = r / R <= 0.032, lat_max <= 80); twice that bounds it here
        lat_max = np.radians(asm.max_lat(clat[rows], radius[rows]))
        reach = np.degrees(2.0 * radius[rows] / (R_MIN_M * np.cos(lat_max)))
        near = np.flatnonzero(np.abs(clon[rows]) + reach >= 180.0)
        cross = near[(np.abs(xy[near, :, 0]) > 180.0).any(axis=1)]
        keep = np.ones(rows.size, dtype=bool)
        keep[cross] = False
        out[rows[keep]] = closed_polygons(xy if cross.size == 0 else xy[keep])
        for i in cross:
            poly = asm.split_antimeridian(shapely.Polygon(xy[i]))
            out[rows[i]] = shapely.orient_polygons(poly)
    hard = live & ~easy
    if hard.any():
        out[hard] = _regions(clon[hard], clat[hard], radius[hard], tol)[0]
    return out


def closed_polygons(xy: np.ndarray) -> np.ndarray:
    """Polygons from closed rings of one size, (rows, k, 2), in one GEOS call."""
    m, k, _ = xy.shape
    coords = np.ascontiguousarray(xy).reshape(m * k, 2)
    offsets = (np.arange(m + 1, dtype=np.int64) * k, np.arange(m + 1, dtype=np.int64))
    return shapely.from_ragged_array(shapely.GeometryType.POLYGON, coords, offsets)


def _annuli(
    clon: np.ndarray, clat: np.ndarray, inner: np.ndarray, outer: np.ndarray, tol: float
) -> np.ndarray:
    """Outer disk minus inner disk; holes added directly where both are simple."""
    m = clon.size
    outer_geoms, fast_o, co = _regions(clon, clat, outer, tol)
    inner_geoms, fast_i, ci = _regions(clon, clat, inner, tol)
    out = np.empty(m, dtype=object)
    both = fast_o & fast_i
    if both.any():
        new_id = np.cumsum(both) - 1  # contiguous ids for the simple ones
        so, si = both[co["owner"]], both[ci["owner"]]
        # holes run clockwise: reverse each inner boundary (stable sort on -position)
        pos = np.arange(ci["owner"].size)
        rev = np.lexsort((-pos[si], ci["owner"][si]))
        ring_id = np.r_[2 * new_id[co["owner"][so]], 2 * new_id[ci["owner"][si]][rev] + 1]
        x = np.r_[co["lon"][so], ci["lon"][si][rev]]
        y = np.r_[co["lat"][so], ci["lat"][si][rev]]
        srt = np.argsort(ring_id, kind="stable")
        rings = shapely.linearrings(np.column_stack([x[srt], y[srt]]), indices=ring_id[srt])
        out[both] = shapely.polygons(rings, indices=np.arange(rings.size) // 2)
    rest = ~both
    if rest.any():
        diff = shapely.difference(outer_geoms[rest], inner_geoms[rest])
        out[rest] = [shapely.orient_polygons(asm.polygonal(g)) for g in diff]
    return out


def _rings(clon, clat, inner, outer, tol) -> np.ndarray:
    out = np.full(clon.size, asm.EMPTY, dtype=object)
    disk = (inner == 0) & (outer > 0)
    band = (inner > 0) & (outer > inner)
    if disk.any():
        out[disk] = _disks(clon[disk], clat[disk], outer[disk], tol)
    if band.any():
        out[band] = _annuli(clon[band], clat[band], inner[band], outer[band], tol)
    return out


def _check_band(inner: np.ndarray, outer: np.ndarray) -> None:
    check_distance("inner_m", inner)
    check_distance("outer_m", outer)
    bad = inner > outer
    if bad.any():
        raise GeometryError(
            f"inner_m ({inner[bad][0]:g}) is larger than outer_m ({outer[bad][0]:g}); "
            "swap them (inner_m <= outer_m)."
        )


def circle(
    lon: Any,
    lat: Any = None,
    *,
    radius_m: Any,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> Any:
    """Geodesic circle (disk): every point within ``radius_m`` of the centre.

    Vertices lie exactly ``radius_m`` from the centre on the WGS84 ellipsoid
    (``pyproj.Geod``, GeographicLib). Their number follows ``tolerance_m``: no
    point of a polygon edge (a straight line in lon/lat, as GeoJSON draws it)
    is farther than ``tolerance_m`` from the true circle, and at least 8
    vertices are used.

    Large batches (2,000 or more circles of one radius and vertex count, up to
    200 km and below 80 degrees of latitude) are computed faster: a vertex's
    offset from its centre depends only on the centre's latitude, so exact
    offsets are computed on a fine latitude grid and interpolated (cubic). Those
    vertices are within 1 micrometre of the exact geodesic direct solution (the
    interpolation error is measured on every grid before use; typically a few
    nanometres), so they may differ from a single call's vertices in the last
    digits.

    A circle crossing the antimeridian is split into a MultiPolygon (RFC 7946
    section 3.1.9); a circle containing a pole is a polygon whose boundary runs
    along the antimeridian up to the pole, covering the polar cap. ``radius_m=0``
    gives an empty polygon, like ``Point.buffer(0)`` in shapely.

    Parameters
    ----------
    lon, lat : float or array_like
        Centre(s) in degrees. ``lat`` may be omitted if ``lon`` is a shapely
        Point or a GeoSeries / array of Points.
    radius_m : float or array_like
        Radius in metres, broadcast against the centres; at most about half
        the earth's circumference (``pi * b`` = 19,970 km).
    tolerance_m : float, default 1.0
        Largest gap, in metres, between the true circle and the polygon.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon, or geopandas.GeoSeries
        A single geometry for scalar input; otherwise a GeoSeries in
        EPSG:4326 (with the input's index if it had one).

    Raises
    ------
    geofront.errors.GeometryError
        NaN or infinite input, latitude outside [-90, 90], negative or too large
        radius, or a tolerance below 1 mm.

    Examples
    --------
    >>> from geofront import geodesic
    >>> disk = geodesic.circle(37.6, 48.85, radius_m=15_000, tolerance_m=10)
    >>> disk.geom_type, len(disk.exterior.coords) - 1
    ('Polygon', 91)
    >>> round(geodesic.area_m2(disk) / 1e6)  # pi * 15**2 = 706.9 km2, polygon inscribed
    706
    >>> geodesic.circle([179.9, 30.0], [-16.5, 50.0], radius_m=20_000).geom_type.tolist()
    ['MultiPolygon', 'Polygon']
    """
    scalar, index, (clon, clat, radius) = _prepare(lon, lat, radius_m=radius_m)
    check_distance("radius_m", radius)
    tol = check_tolerance(tolerance_m)
    return wrap_output(_disks(clon, clat, radius, tol), scalar, index)


def ring(
    lon: Any,
    lat: Any = None,
    *,
    inner_m: Any,
    outer_m: Any,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> Any:
    """Geodesic ring (annulus): points between ``inner_m`` and ``outer_m`` from the centre.

    "About 15 km from Sloviansk" becomes ``ring(lon, lat, inner_m=12_000,
    outer_m=18_000)``. Both boundaries are exact geodesic circles (see
    :func:`circle`), the inner one a hole. ``inner_m=0`` gives the disk;
    ``inner_m == outer_m`` an empty polygon.

    Parameters
    ----------
    lon, lat : float or array_like
        Centre(s) in degrees (or Points in ``lon`` and no ``lat``).
    inner_m, outer_m : float or array_like
        Inner and outer radius in metres, ``0 <= inner_m <= outer_m``.
    tolerance_m : float, default 1.0
        Largest gap, in metres, between the true circles and the polygon.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon, or geopandas.GeoSeries
        As for :func:`circle`.

    Raises
    ------
    geofront.errors.GeometryError
        As for :func:`circle`, and when ``inner_m > outer_m``.

    Examples
    --------
    >>> from geofront import geodesic
    >>> band = geodesic.ring(37.6, 48.85, inner_m=12_000, outer_m=18_000)
    >>> band.geom_type, len(band.interiors)
    ('Polygon', 1)
    >>> round(geodesic.area_m2(band) / 1e6)
    565
    """
    scalar, index, (clon, clat, inner, outer) = _prepare(lon, lat, inner_m=inner_m, outer_m=outer_m)
    _check_band(inner, outer)
    tol = check_tolerance(tolerance_m)
    return wrap_output(_rings(clon, clat, inner, outer, tol), scalar, index)


def sector(
    lon: Any,
    lat: Any = None,
    *,
    inner_m: Any = 0.0,
    outer_m: Any,
    bearing_deg: Any,
    width_deg: Any = 45.0,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
) -> Any:
    """Geodesic sector: the part of a ring within ``width_deg / 2`` of ``bearing_deg``.

    "22 km southeast of Pokrovsk" becomes ``sector(lon, lat, inner_m=19_800,
    outer_m=24_200, bearing_deg=135, width_deg=45)``. The arcs are geodesic
    circles and the straight sides are geodesics from the centre (vertices
    exact, spacing from ``tolerance_m``). ``inner_m=0`` gives a pie slice,
    ``width_deg >= 360`` the whole :func:`ring`, ``width_deg == 0`` an empty
    polygon. Bearings are degrees clockwise from north, at the centre.

    Parameters
    ----------
    lon, lat : float or array_like
        Centre(s) in degrees (or Points in ``lon`` and no ``lat``).
    inner_m : float or array_like, default 0
        Inner radius in metres.
    outer_m : float or array_like
        Outer radius in metres, ``>= inner_m``.
    bearing_deg : float or array_like
        Direction of the sector's axis, degrees clockwise from north.
    width_deg : float or array_like, default 45
        Opening angle in degrees (22.5 for a 16-point compass name).
    tolerance_m : float, default 1.0
        Largest gap, in metres, between the true boundary and the polygon.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon, or geopandas.GeoSeries
        As for :func:`circle`.

    Raises
    ------
    geofront.errors.GeometryError
        As for :func:`ring`, and for a negative or non-finite width or bearing.

    Examples
    --------
    >>> from geofront import geodesic
    >>> wedge = geodesic.sector(37.18, 48.28, inner_m=19_800, outer_m=24_200,
    ...                         bearing_deg=135, width_deg=45)
    >>> wedge.geom_type
    'Polygon'
    >>> c = wedge.centroid
    >>> round(geodesic.bearing_deg(37.18, 48.28, c.x, c.y))
    135
    """
    scalar, index, (clon, clat, inner, outer, bearing, width) = _prepare(
        lon, lat, inner_m=inner_m, outer_m=outer_m, bearing_deg=bearing_deg, width_deg=width_deg
    )
    _check_band(inner, outer)
    check_finite("bearing_deg", bearing)
    check_finite("width_deg", width)
    if (width < 0).any():
        raise GeometryError("width_deg must be >= 0 degrees (360 or more gives the full ring).")
    tol = check_tolerance(tolerance_m)

    out = np.full(clon.size, asm.EMPTY, dtype=object)
    full = width >= 360.0
    if full.any():
        out[full] = _rings(clon[full], clat[full], inner[full], outer[full], tol)
    live = ~full & (width > 0) & (outer > inner)
    if live.any():
        out[live] = _wedges(
            clon[live], clat[live], inner[live], outer[live], bearing[live], width[live], tol
        )
    return wrap_output(out, scalar, index)


def _wedges(clon, clat, inner, outer, bearing, width, tol) -> np.ndarray:
    half = width / 2.0
    return wedges(clon, clat, inner, outer, bearing - half, bearing + half, width, tol)


def wedges(clon, clat, inner, outer, left, right, width, tol, *, arcs_only=False) -> np.ndarray:
    """Sectors from azimuth ``left`` clockwise to ``right`` (= left + width, modulo 360).

    The straight sides are sampled at exactly ``left`` and ``right`` and at the
    distances :func:`geofront.geodesic._assemble.between` gives, so that
    :mod:`geofront.geodesic.buffering` can build pieces that share those edges.
    """
    m = clon.size
    n_outer = np.ceil(width / asm.arc_step_deg(outer, clat, tol))
    n_inner = np.where(inner > 0, np.ceil(width / asm.arc_step_deg(inner, clat, tol)), 0)
    n_side = asm.side_count(clat, inner, outer, tol)
    ids = np.arange(m)
    segs = asm.Segments(clon, clat)
    segs.add(ids, 0, right, right - width, outer, outer, n_outer)  # outer arc, counter-clockwise
    segs.add(ids, 1, left, left, outer, inner, n_side)  # in along the left side
    segs.add(ids, 2, left, left + width, inner, inner, n_inner)  # inner arc (or the centre)
    segs.add(ids, 3, right, right, inner, outer, n_side)  # out along the right side
    v = segs.vertices()
    check = ~asm.trusted(clat, outer)
    v = asm.refine_where(
        v, clon, clat, tol, check, np.zeros(m), np.full(m, 4.0), arcs_only=arcs_only
    )
    return asm.regions_to_polygons(v, m)[0]
