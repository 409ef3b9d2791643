"""Geodesic buffers of points, lines and polygons, exact to a tolerance everywhere.

Method (no projection, so no error that grows away from a projection's centre):
the set of points within ``d`` of a line is the union, over its edges, of the
*band* swept by the perpendicular geodesics of length ``d`` on either side of
the edge, plus, at each vertex, the *wedge* of the circle of radius ``d``
between the normals of the two edges meeting there on the convex side, plus
half-disks at the ends of open lines. (A point's nearest point on the line is
either inside an edge, so the point is in that edge's band, or a vertex, so it
lies in that vertex's normal cone, the wedge.) Every piece is built from exact
``Geod.fwd`` vertices spaced for ``tolerance_m``; pieces that meet share their
vertices bit for bit, so their union has no slivers. A polygon's buffer is the
polygon united with the buffer of its rings; a negative distance subtracts it.

Input edges are straight lines in lon/lat (RFC 7946); they are first densified
so that the geodesic between consecutive vertices stays within a tenth of the
tolerance of that straight line.
"""

from __future__ import annotations

import math
from typing import Any, Literal

import numpy as np
import shapely

from geofront.errors import GeometryError
from geofront.geodesic import _assemble as asm
from geofront.geodesic._core import (
    DEFAULT_TOLERANCE_M,
    R_MIN_M,
    SAFETY,
    as_float,
    check_tolerance,
    fwd,
    fwd_az,
    index_of,
    inv,
    wrap180,
    wrap_output,
)
from geofront.geodesic.shapes import _disks, wedges

__all__ = ["buffer", "MAX_BUFFER_M"]

#: Largest buffer distance for lines and polygons (points go up to MAX_RADIUS_M).
MAX_BUFFER_M = 5_000_000.0

#: Pieces are united on a grid of 1e-10 degrees (about 10 micrometres): snap rounding
#: removes the zero-width slivers floating-point overlay leaves between pieces.
GRID_DEG = 1e-10

_M_PER_DEG_MAX = 111_700.0  # metres per degree, an upper bound in lon and lat


def buffer(
    geometry_or_geoseries: Any,
    *,
    distance_m: Any,
    tolerance_m: float = DEFAULT_TOLERANCE_M,
    on_invalid: Literal["raise", "repair"] = "raise",
) -> Any:
    """Geodesic buffer: every point within ``distance_m`` of the geometry.

    Works for points, lines (a front line), polygons (an occupied area, an
    oblast), their multi-part forms and geometry collections, anywhere on the
    globe: the boundary of the result is within ``tolerance_m`` of the true
    geodesic buffer, with no projection involved (see the module docstring for
    the method). Results crossing the antimeridian are split there (RFC 7946)
    and buffers reaching a pole cover it.

    Parameters
    ----------
    geometry_or_geoseries : shapely geometry, GeoSeries or array of geometries
        Coordinates in lon/lat degrees. A GeoSeries in another CRS is converted
        to EPSG:4326 first.
    distance_m : float or array_like
        Buffer distance in metres, one per geometry or one for all. Negative
        values shrink polygons (lines and points then vanish). For lines and
        polygons ``|distance_m| <= 5,000 km``.
    tolerance_m : float, default 1.0
        Largest gap, in metres, between the true buffer boundary and the result.
    on_invalid : {"raise", "repair"}, default "raise"
        What to do with an invalid polygon (e.g. a self-intersecting ring):
        raise :class:`~geofront.errors.GeometryError`, or repair it with
        ``shapely.make_valid`` first.

    Returns
    -------
    shapely.Polygon or shapely.MultiPolygon, or geopandas.GeoSeries
        A geometry for a geometry; a GeoSeries (EPSG:4326, same index) for a
        series. Empty input and distance 0 on points or lines give an empty
        Polygon; ``None`` stays ``None``.

    Raises
    ------
    geofront.errors.GeometryError
        NaN coordinates or distances, latitudes outside [-90, 90], an invalid
        polygon with ``on_invalid="raise"``, a distance beyond the limits.

    Examples
    --------
    >>> from shapely import LineString
    >>> from geofront import geodesic
    >>> front = LineString([(37.0, 48.0), (37.5, 48.3), (38.0, 48.2)])
    >>> zone = geodesic.buffer(front, distance_m=10_000, tolerance_m=5)
    >>> zone.geom_type, zone.is_valid
    ('Polygon', True)
    >>> round(geodesic.area_m2(zone) / 1e6)
    2084
    """
    if on_invalid not in ("raise", "repair"):
        raise GeometryError(f"on_invalid must be 'raise' or 'repair', got {on_invalid!r}.")
    tol = check_tolerance(tolerance_m)
    single = hasattr(geometry_or_geoseries, "geom_type") and not hasattr(
        geometry_or_geoseries, "index"
    )
    series = geometry_or_geoseries
    crs = getattr(series, "crs", None)
    if crs is not None and not crs.equals("EPSG:4326"):
        series = series.to_crs("EPSG:4326")
    geoms = np.asarray(
        [series] if single else getattr(series, "values", series), dtype=object
    ).ravel()
    if not all(g is None or isinstance(g, shapely.Geometry) for g in geoms):
        raise GeometryError("buffer takes shapely geometries, a GeoSeries or an array of them.")
    dist = np.broadcast_to(np.atleast_1d(as_float("distance_m", distance_m)), geoms.shape)
    bad = ~np.isfinite(dist)
    if bad.any():
        raise GeometryError("distance_m contains NaN or infinite values; drop those rows first.")
    _check_coordinates(geoms)

    out = np.full(geoms.size, None, dtype=object)
    kind = np.array([-1 if g is None else shapely.get_type_id(g) for g in geoms])
    # all plain points with a positive distance: one vectorised circle() call
    points = (kind == 0) & (dist > 0) & ~shapely.is_empty(np.where(kind < 0, asm.EMPTY, geoms))
    if points.any():
        out[points] = _disks(
            wrap180(shapely.get_x(geoms[points])), shapely.get_y(geoms[points]), dist[points], tol
        )
    for i in np.flatnonzero(~points & (kind >= 0)):
        out[i] = _buffer_one(geoms[i], float(dist[i]), tol, on_invalid)
    return wrap_output(out, single, None if single else index_of(geometry_or_geoseries))


def _check_coordinates(geoms: np.ndarray) -> None:
    present = np.array([g is not None for g in geoms], dtype=bool)
    if not present.any():
        return
    coords = shapely.get_coordinates(geoms[present])
    if not np.isfinite(coords).all():
        raise GeometryError(
            "a geometry has NaN or infinite coordinates; fix or drop it before buffering."
        )
    if coords.size and (np.abs(coords[:, 1]) > 90.0).any():
        raise GeometryError(
            "a geometry has latitudes outside [-90, 90]; is it in lon/lat (EPSG:4326), "
            "lon first? Reproject it with GeoSeries.to_crs(4326)."
        )


def _buffer_one(geom: shapely.Geometry, d: float, tol: float, on_invalid: str) -> Any:
    if geom.is_empty:
        return asm.EMPTY
    if not geom.is_valid and geom.geom_type in ("Polygon", "MultiPolygon", "GeometryCollection"):
        if on_invalid == "raise":
            reason = shapely.is_valid_reason(geom)
            raise GeometryError(
                f"cannot buffer an invalid geometry ({reason}); repair it with "
                "shapely.make_valid(geometry) or pass on_invalid='repair'."
            )
        geom = shapely.make_valid(geom)
    parts = _flatten(geom)
    polygons = [p for p in parts if p.geom_type == "Polygon"]
    area = asm.polygonal(shapely.union_all(polygons)) if polygons else asm.EMPTY
    if d == 0:
        return shapely.orient_polygons(area)
    if d < 0:
        if area.is_empty:
            return asm.EMPTY
        shrink = _boundary_buffer(area, -d, tol)
        inner = shapely.difference(area, shrink, grid_size=GRID_DEG)
        return shapely.orient_polygons(_drop_slivers(asm.polygonal(inner), tol))
    if abs(d) > MAX_BUFFER_M and any(p.geom_type != "Point" for p in parts):
        raise GeometryError(
            f"distance_m={d:,.0f} is beyond {MAX_BUFFER_M:,.0f} m, the limit for lines and "
            "polygons; buffer their vertices with geodesic.circle() and union them instead."
        )
    pieces = [area] if not area.is_empty else []
    pts = [p for p in parts if p.geom_type == "Point"]
    if pts:
        xy = shapely.get_coordinates(pts)
        pieces.extend(_disks(wrap180(xy[:, 0]), xy[:, 1], np.full(len(pts), d), tol))
    lines = [p for p in parts if p.geom_type in ("LineString", "LinearRing")]
    if lines or polygons:
        pieces.append(_boundary_buffer(shapely.GeometryCollection(lines + polygons), d, tol))
    united = asm.polygonal(shapely.union_all(pieces, grid_size=GRID_DEG))
    return shapely.orient_polygons(_drop_slivers(united, tol))


def _drop_slivers(geom: shapely.Geometry, tol: float) -> shapely.Geometry:
    """Remove zero-width holes and parts the overlay of nearly parallel edges can leave.

    A ring whose area / perimeter (half its mean width) is below ``tol / 8`` metres
    (measured in degrees at 111.32 km per degree, so the metric width is smaller
    still) is narrower than ``tol / 4``: dropping it moves the boundary by less
    than the tolerance.
    """
    limit = tol / 8.0 / 111_320.0

    def thin(ring):
        poly = shapely.Polygon(ring)
        return poly.area < limit * ring.length

    parts = []
    for poly in shapely.get_parts(geom):
        if thin(poly.exterior):
            continue
        holes = [r for r in poly.interiors if not thin(r)]
        parts.append(shapely.Polygon(poly.exterior, holes))
    if not parts:
        return asm.EMPTY
    return parts[0] if len(parts) == 1 else shapely.MultiPolygon(parts)


def _flatten(geom: shapely.Geometry) -> list[shapely.Geometry]:
    out = []
    for part in shapely.get_parts(geom):
        if part.geom_type in (
            "MultiPolygon",
            "MultiLineString",
            "MultiPoint",
            "GeometryCollection",
        ):
            out.extend(_flatten(part))
        elif not part.is_empty:
            out.append(part)
    return out


def _sequences(geom: shapely.Geometry, tol: float) -> list[tuple[np.ndarray, bool]]:
    """Vertex sequences (lon, lat) of lines (open) and polygon rings (closed), densified."""
    seqs = []
    for part in _flatten(geom):
        if part.geom_type == "Polygon":
            rings = [part.exterior, *part.interiors]
            seqs.extend((np.asarray(r.coords)[:, :2], True) for r in rings)
        elif part.geom_type in ("LineString", "LinearRing"):
            seqs.append((np.asarray(part.coords)[:, :2], part.geom_type == "LinearRing"))
    out = []
    for xy, closed in seqs:
        xy = _densify(xy, tol)
        keep = np.r_[True, np.any(np.diff(xy, axis=0) != 0, axis=1)]
        xy = xy[keep]
        if closed and len(xy) > 1 and np.array_equal(xy[0], xy[-1]):
            xy = xy[:-1]
        xy[:, 0] = wrap180(xy[:, 0])  # positions on the globe; edges are now short geodesics
        out.append((xy, closed and len(xy) > 2))
    return out


def _densify(xy: np.ndarray, tol: float) -> np.ndarray:
    """Add vertices along straight lon/lat edges.

    Afterwards the geodesic between consecutive vertices stays within a tenth of
    ``tol`` of the straight lon/lat edge it replaces.
    """
    if len(xy) < 2:
        return xy.copy()
    a, b = xy[:-1], xy[1:]
    lat_hi = np.maximum(np.abs(a[:, 1]), np.abs(b[:, 1]))
    scale = np.cos(np.radians(np.minimum(lat_hi, 90.0)))
    length = _M_PER_DEG_MAX * np.hypot((b[:, 0] - a[:, 0]) * scale, b[:, 1] - a[:, 1])
    step = asm._chord_arc(asm._lonlat_curvature(lat_hi), (1 - SAFETY) * tol)
    n = np.maximum(np.ceil(length / step), 1).astype(np.int64)
    e = np.repeat(np.arange(n.size), n)
    k = np.arange(e.size) - np.repeat(np.cumsum(n) - n, n)
    pts = asm.between(a[e], b[e], k[:, None], n[e][:, None])
    return np.vstack([pts, xy[-1:]])


def _boundary_buffer(geom: shapely.Geometry, d: float, tol: float) -> shapely.Geometry:
    """Union of edge bands, convex-vertex wedges and end caps of ``geom``'s lines and rings."""
    seqs = _sequences(geom, tol)
    xs, ys, nxt_l, open_start, open_end = [], [], [], [], []
    base = 0
    singles = []
    for xy, closed in seqs:
        n = len(xy)
        if n == 1 or (not closed and n < 2):
            singles.append(xy[0])
            continue
        idx = np.arange(base, base + n)
        xs.append(xy[:, 0])
        ys.append(xy[:, 1])
        if closed:
            nxt_l.append((idx, np.roll(idx, -1)))
        else:
            nxt_l.append((idx[:-1], idx[1:]))
            open_start.append(idx[0])
            open_end.append(idx[-1])
        base += n
    pieces = []
    if singles:
        s = np.asarray(singles)
        pieces.extend(_disks(s[:, 0], s[:, 1], np.full(len(s), d), tol))
    if base == 0:
        return asm.polygonal(shapely.union_all(pieces, grid_size=GRID_DEG))
    x, y = np.concatenate(xs), np.concatenate(ys)
    p = np.concatenate([a for a, _ in nxt_l])
    q = np.concatenate([b for _, b in nxt_l])
    az_p, back, length = inv(x[p], y[p], x[q], y[q])
    az_q = wrap180(back + 180.0)  # direction of travel on arrival at q
    pieces.extend(_bands(x, y, p, q, az_p, az_q, length, d, tol))

    # wedges on the convex side of every vertex where two edges meet
    e_in = np.full(base, -1)
    e_in[q] = np.arange(q.size)
    e_out = np.full(base, -1)
    e_out[p] = np.arange(p.size)
    v = np.flatnonzero((e_in >= 0) & (e_out >= 0))
    a_in, a_out = az_q[e_in[v]], az_p[e_out[v]]
    turn = wrap180(a_out - a_in)
    right_turn = turn > 0
    left = np.where(right_turn, wrap180(a_in - 90.0), wrap180(a_out + 90.0))
    right = np.where(right_turn, wrap180(a_out - 90.0), wrap180(a_in + 90.0))
    width = np.abs(turn)
    # caps: half disks behind the start and ahead of the end of open lines
    s, e = np.asarray(open_start, dtype=int), np.asarray(open_end, dtype=int)
    a_s, a_e = az_p[e_out[s]], az_q[e_in[e]]
    centres = np.r_[v, s, e]
    left = np.r_[left, wrap180(a_s + 90.0), wrap180(a_e - 90.0)]
    right = np.r_[right, wrap180(a_s - 90.0), wrap180(a_e + 90.0)]
    width = np.r_[width, np.full(s.size + e.size, 180.0)]
    live = width > 0
    c = centres[live]
    if c.size:
        pieces.extend(
            wedges(
                x[c],
                y[c],
                np.zeros(c.size),
                np.full(c.size, d),
                left[live],
                right[live],
                width[live],
                tol,
                arcs_only=True,
            )
        )
    return asm.polygonal(shapely.union_all(pieces, grid_size=GRID_DEG))


def _bands(x, y, p, q, az_p, az_q, length, d, tol) -> np.ndarray:
    """The region swept by the perpendiculars of length ``d`` along each edge.

    Boundary, counter-clockwise: right offsets from p to q, the normal at q
    (right, q, left), left offsets back to p, the normal at p.
    """
    m = p.size
    lat_hi = np.maximum(np.abs(y[p]), np.abs(y[q]))
    kappa = math.tan(min(d / R_MIN_M, 1.5)) / R_MIN_M + asm._lonlat_curvature(
        asm.max_lat(lat_hi, d)
    )
    n_along = np.maximum(np.ceil(length / asm._chord_arc(kappa, SAFETY * tol)), 1).astype(int)

    # feet along each edge: the exact vertices at both ends, Geod.fwd in between
    e_f = np.repeat(np.arange(m), n_along + 1)
    k_f = np.arange(e_f.size) - np.repeat(np.cumsum(n_along + 1) - (n_along + 1), n_along + 1)
    inner = (k_f > 0) & (k_f < n_along[e_f])
    fx, fy, fa = x[p][e_f], y[p][e_f], az_p[e_f].copy()
    ei = e_f[inner]
    fx[inner], fy[inner], fa[inner] = fwd_az(
        x[p][ei], y[p][ei], az_p[ei], length[ei] * k_f[inner] / n_along[ei]
    )
    end = k_f == n_along[e_f]
    fx[end], fy[end], fa[end] = x[q][e_f[end]], y[q][e_f[end]], az_q[e_f[end]]
    rx, ry = fwd(fx, fy, wrap180(fa + 90.0), np.full(fx.size, d))
    lx, ly = fwd(fx, fy, wrap180(fa - 90.0), np.full(fx.size, d))

    # normals at p and q, sampled as wedges() samples its sides
    def normal(cx, cy, az, clat):
        n = asm.side_count(clat, np.zeros(m), np.full(m, d), tol)
        e = np.repeat(np.arange(m), n - 1)
        k = np.arange(e.size) - np.repeat(np.cumsum(n - 1) - (n - 1), n - 1) + 1
        dist = asm.between(np.zeros(e.size), np.full(e.size, d), k, n[e])
        nx, ny = fwd(cx[e], cy[e], az[e], dist)
        return e, k, nx, ny, n

    # the ring per edge, as (edge, key, lon, lat); keys order the pieces
    parts = []
    key_f = k_f / (n_along[e_f] + 1)
    parts.append((e_f, 0 + key_f, rx, ry))  # right offsets p -> q
    e1, k1, x1, y1, n1 = normal(x[q], y[q], wrap180(az_q + 90.0), y[q])
    parts.append((e1, 1 + 1 - k1 / n1[e1], x1, y1))  # in towards q
    parts.append((np.arange(m), np.full(m, 2.0), x[q], y[q]))
    e2, k2, x2, y2, n2 = normal(x[q], y[q], wrap180(az_q - 90.0), y[q])
    parts.append((e2, 2 + k2 / n2[e2], x2, y2))  # out to the left
    parts.append((e_f, 3 + 1 - key_f, lx, ly))  # left offsets q -> p (k=n_along is the corner)
    e3, k3, x3, y3, n3 = normal(x[p], y[p], wrap180(az_p - 90.0), y[p])
    parts.append((e3, 4 + 1 - k3 / n3[e3], x3, y3))
    parts.append((np.arange(m), np.full(m, 5.0), x[p], y[p]))
    e4, k4, x4, y4, n4 = normal(x[p], y[p], wrap180(az_p + 90.0), y[p])
    parts.append((e4, 5 + k4 / n4[e4], x4, y4))
    owner, key, lon, lat = (np.concatenate(c) for c in zip(*parts, strict=True))
    # drop the duplicated corners (offset ends coincide with the last normal sample)
    srt = np.lexsort((key, owner))
    owner, key, lon, lat = owner[srt], key[srt], lon[srt], lat[srt]
    dup = np.r_[False, (owner[1:] == owner[:-1]) & (lon[1:] == lon[:-1]) & (lat[1:] == lat[:-1])]
    v = {"owner": owner[~dup], "lon": lon[~dup], "lat": lat[~dup]}
    return asm.regions_to_polygons(v, m)[0]
