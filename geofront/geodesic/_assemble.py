"""Turn geodesic curves (arcs and radials around centres) into EPSG:4326 polygons.

A *region* is one closed boundary around a centre, traversed counter-clockwise
(the covered side on the left), made of *segments* that are linear in the polar
parameters (azimuth, distance) seen from the centre: an arc has a fixed distance,
a radial a fixed azimuth. Vertices are exact (``Geod.fwd``); their spacing comes
from the sagitta of the curve and, where the analytic bound is not trusted
(large radii, near the poles), from an adaptive check of every edge.

The boundary is then unwrapped in longitude and classified by how often it winds
around the pole: 0 turns is an ordinary polygon (split at the antimeridian if it
crosses it), +1/-1 turn a cap over the north/south pole, and a clockwise
ordinary ring means the region covers both poles (the world minus that ring).
"""

from __future__ import annotations

import math

import numpy as np
import shapely

from geofront.geodesic._core import R_MAX_M, R_MIN_M, SAFETY, fwd, inv, wrap180

# Analytic spacing is trusted for curves this small and this far from the poles;
# anything else is checked edge by edge (see ``_refine``).
TRUSTED_RADIUS_M = 200_000.0
TRUSTED_MAX_LAT = 80.0
MIN_VERTICES_PER_TURN = 8
MAX_VERTICES = 2_000_000  # per shape
_M_PER_DEG = 110_574.0  # metres per degree of latitude, at the equator (the smallest)

EMPTY = shapely.Polygon()
WORLD = shapely.box(-180.0, -90.0, 180.0, 90.0)


def max_lat(clat: np.ndarray, radius_m: np.ndarray) -> np.ndarray:
    """An upper bound on |latitude| reached within ``radius_m`` of the centre."""
    return np.minimum(np.abs(clat) + np.asarray(radius_m) / _M_PER_DEG, 90.0)


def _lonlat_curvature(lat_max: np.ndarray) -> np.ndarray:
    """Bound on the geodesic curvature (1/m) of a straight lon/lat edge.

    On the sphere a straight lon/lat line has geodesic curvature
    ``tan(lat) cos(t) (1 + sin(t)**2) / R`` (t: angle from east), at most
    ``1.09 tan(lat) / R``; 1.1 and the smallest radius keep it an upper bound.
    """
    lat = np.radians(np.minimum(lat_max, 89.9))
    return 1.1 * np.tan(lat) / R_MIN_M


def _chord_arc(kappa: np.ndarray, sagitta: float) -> np.ndarray:
    """Arc length whose chord stays within ``sagitta`` of a curve of curvature kappa."""
    kappa = np.maximum(kappa, 1e-12)
    x = np.clip(1.0 - kappa * sagitta, -1.0, 1.0)
    return 2.0 * np.arccos(x) / kappa


def arc_step_deg(radius_m: np.ndarray, clat: np.ndarray, tol: float) -> np.ndarray:
    """Azimuth step (degrees) so that arc edges stay within ``tol`` of the circle.

    The geodesic circle of radius r has geodesic curvature ``cot(r/R)/R`` and
    circumference ``2 pi R sin(r/R)`` (R = the largest radius of curvature gives
    upper bounds for both); the lon/lat edge adds its own curvature.
    """
    r = np.maximum(np.asarray(radius_m, dtype=float), 1e-9)
    x = np.minimum(r / R_MAX_M, math.pi - 1e-9)
    k_circle = np.abs(np.cos(x) / np.sin(x)) / R_MAX_M
    # beyond TRUSTED_MAX_LAT the edge-by-edge check adds vertices where needed
    kappa = k_circle + _lonlat_curvature(np.minimum(max_lat(clat, r), TRUSTED_MAX_LAT))
    arc = _chord_arc(kappa, SAFETY * tol)
    step = np.degrees(arc / (R_MAX_M * np.sin(x)))
    return np.minimum(step, 360.0 / MIN_VERTICES_PER_TURN)


def radial_step_m(clat: np.ndarray, radius_m: np.ndarray, tol: float) -> np.ndarray:
    """Distance step (m) so that straight lon/lat edges stay within ``tol`` of a radial."""
    lat = np.minimum(max_lat(clat, radius_m), TRUSTED_MAX_LAT)  # beyond: see refine()
    return _chord_arc(_lonlat_curvature(lat), SAFETY * tol)


def side_count(clat: np.ndarray, inner: np.ndarray, outer: np.ndarray, tol: float) -> np.ndarray:
    """Number of steps along a radial side from ``inner`` to ``outer`` (at least 1)."""
    return np.maximum(np.ceil((outer - inner) / radial_step_m(clat, outer, tol)), 1).astype(
        np.int64
    )


def trusted(clat: np.ndarray, radius_m: np.ndarray) -> np.ndarray:
    """Where the analytic spacing is trusted without an edge-by-edge check."""
    r = np.asarray(radius_m)
    return (r <= TRUSTED_RADIUS_M) & (max_lat(clat, r) <= TRUSTED_MAX_LAT)


def between(x0: np.ndarray, x1: np.ndarray, k: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Return the k-th of n steps from x0 to x1.

    Written so that a segment walked backwards (x1 to x0, step n - k) gives
    bit-identical values: edges shared by two pieces then match exactly.
    """
    out = (x0 * (n - k) + x1 * k) / n
    out = np.where(k == 0, x0, np.where(k == n, x1, out))
    return np.where(x0 == x1, x0, out)


class Segments:
    """Collects the segments of many regions; ``vertices()`` samples them."""

    def __init__(self, clon: np.ndarray, clat: np.ndarray) -> None:
        self.clon = np.asarray(clon, dtype=float)
        self.clat = np.asarray(clat, dtype=float)
        self._parts: list[tuple[np.ndarray, ...]] = []

    def add(self, owner, order, az0, az1, d0, d1, n) -> None:
        """Add one segment per owner: ``n`` points from (az0, d0) towards (az1, d1).

        The end point is not included (it is the start of the next segment);
        ``order`` (0, 1, 2, ...) is the segment's place along the boundary.
        """
        owner, az0, az1, d0, d1, n = np.broadcast_arrays(
            np.asarray(owner),
            *(np.asarray(v, dtype=float) for v in (az0, az1, d0, d1)),
            np.asarray(n, dtype=np.int64),
        )
        keep = n > 0
        self._parts.append(
            (
                owner[keep],
                np.full(keep.sum(), float(order)),
                az0[keep],
                az1[keep],
                d0[keep],
                d1[keep],
                n[keep],
            )
        )

    def vertices(self) -> dict[str, np.ndarray]:
        """Sample all segments; return vertex arrays sorted by (owner, key)."""
        cols = [np.concatenate(c) for c in zip(*self._parts, strict=True)]
        owner, order, az0, az1, d0, d1, n = cols
        total = int(n.sum())
        per_shape = np.bincount(owner, weights=n) if owner.size else np.zeros(1)
        if per_shape.max() > MAX_VERTICES:
            raise _too_many(int(per_shape.max()))
        seg = np.repeat(np.arange(n.size), n)
        k = np.arange(total) - np.repeat(np.cumsum(n) - n, n)
        v = {
            "owner": owner[seg],
            "key": order[seg] + k / n[seg],
            "az": between(az0[seg], az1[seg], k, n[seg]),
            "dist": between(d0[seg], d1[seg], k, n[seg]),
        }
        srt = np.lexsort((v["key"], v["owner"]))
        v = {name: a[srt] for name, a in v.items()}
        v["lon"], v["lat"] = at(self.clon, self.clat, v["owner"], v["az"], v["dist"])
        return v


def at(clon, clat, owner, az, dist) -> tuple[np.ndarray, np.ndarray]:
    """Vertices at (az, dist) from the owners' centres; the centre itself exactly."""
    x, y = fwd(clon[owner], clat[owner], az, dist)
    centre = dist == 0
    x[centre], y[centre] = clon[owner[centre]], clat[owner[centre]]
    return x, y


def _too_many(total: int) -> Exception:
    from geofront.errors import GeometryError

    return GeometryError(
        f"one shape needs {total:,} vertices (more than {MAX_VERTICES:,}); raise tolerance_m."
    )


def _next_index(owner: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index of the next vertex along each closed boundary, and which edges close it."""
    n = owner.size
    nxt = np.arange(1, n + 1)
    last = np.ones(n, dtype=bool)
    last[:-1] = owner[1:] != owner[:-1]
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    first_of = np.repeat(starts, np.diff(np.r_[starts, n]))
    nxt[last] = first_of[last]
    return nxt, last


def refine(
    v: dict[str, np.ndarray],
    clon: np.ndarray,
    clat: np.ndarray,
    tol: float,
    turn_shift: np.ndarray,
    n_segments: np.ndarray,
    max_rounds: int = 40,
    arcs_only: bool = False,
) -> dict[str, np.ndarray]:
    """Split edges until the lon/lat edge is within ``SAFETY * tol`` of the true curve.

    ``turn_shift[owner]`` is added to the azimuth of the first vertex when it ends
    the closing edge (-360 for full circles); ``n_segments[owner]`` to its key.
    Every round checks only new edges, at 1/4, 1/2 and 3/4 of their length.
    """
    ok = np.zeros(v["owner"].size, dtype=bool)
    for _ in range(max_rounds):
        nxt, closing = _next_index(v["owner"])
        todo = np.flatnonzero(~ok)
        if todo.size == 0:
            break
        j = nxt[todo]
        o = v["owner"][todo]
        az_a, d_a = v["az"][todo], v["dist"][todo]
        az_b = v["az"][j] + np.where(closing[todo], turn_shift[o], 0.0)
        d_b = v["dist"][j]
        key_b = v["key"][j] + np.where(closing[todo], n_segments[o], 0.0)
        # radial edges (fixed azimuth); at the centre the azimuth is the other end's
        az_a = np.where(d_a == 0.0, az_b, az_a)
        az_b = np.where(d_b == 0.0, az_a, az_b)
        is_arc = d_a == d_b
        lon_a, lat_a = v["lon"][todo], v["lat"][todo]
        dlon = wrap180(v["lon"][j] - lon_a)
        dlat = v["lat"][j] - lat_a
        gap = np.zeros(todo.size)
        for t in (0.25, 0.5, 0.75):
            az_q, _, d_q = inv(clon[o], clat[o], wrap180(lon_a + t * dlon), lat_a + t * dlat)
            g = np.where(is_arc, np.abs(d_q - d_a), d_q * np.abs(np.sin(np.radians(az_q - az_a))))
            gap = np.maximum(gap, g)
        good = gap <= SAFETY * tol
        if arcs_only:
            good |= ~is_arc
        ok[todo[good]] = True
        bad = todo[~good]
        if bad.size == 0:
            break
        sel = ~good
        new = {
            "owner": o[sel],
            "key": 0.5 * (v["key"][bad] + key_b[sel]),
            "az": 0.5 * (az_a[sel] + az_b[sel]),
            "dist": 0.5 * (d_a[sel] + d_b[sel]),
        }
        per_shape = np.bincount(v["owner"])
        if per_shape.max() > MAX_VERTICES:
            raise _too_many(int(per_shape.max()))
        new["lon"], new["lat"] = at(clon, clat, new["owner"], new["az"], new["dist"])
        v = {name: np.concatenate([v[name], new[name]]) for name in v}
        ok = np.concatenate([ok, np.zeros(bad.size, dtype=bool)])
        srt = np.lexsort((v["key"], v["owner"]))
        v = {name: a[srt] for name, a in v.items()}
        ok = ok[srt]
    return v


# ----------------------------------------------------------------- to polygons


def _unwrap(owner: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Continuous longitudes per boundary; also the winding (turns) and the boundary starts."""
    n = owner.size
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    d = np.r_[0.0, wrap180(np.diff(lon))]
    d[starts] = 0.0
    c = np.cumsum(d)
    seg_len = np.diff(np.r_[starts, n])
    approx = np.repeat(lon[starts], seg_len) + c - np.repeat(c[starts], seg_len)
    shift = np.rint((approx - lon) / 360.0)
    lon_u = np.where(shift == 0, lon, lon + 360.0 * shift)  # keep vertices bit for bit
    ends = np.r_[starts[1:], n] - 1
    closing = wrap180(lon[starts] - lon_u[ends])
    turns = np.rint((lon_u[ends] + closing - lon[starts]) / 360.0).astype(int)
    return lon_u, turns, starts


def _signed_area(owner_starts: np.ndarray, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    n = x.size
    nxt = np.arange(1, n + 1)
    ends = np.r_[owner_starts[1:], n] - 1
    nxt[ends] = owner_starts
    cross = x * y[nxt] - x[nxt] * y
    return 0.5 * np.add.reduceat(cross, owner_starts)


def split_antimeridian(geom: shapely.Geometry) -> shapely.Geometry:
    """Cut a polygon given in continuous longitudes into pieces within [-180, 180]."""
    xmin, _, xmax, _ = geom.bounds
    if xmin >= -180.0 and xmax <= 180.0:
        return geom
    pieces = []
    for k in range(math.floor((xmin + 180.0) / 360.0), math.ceil((xmax + 180.0) / 360.0)):
        box = shapely.box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
        part = shapely.intersection(geom, box)
        if not part.is_empty:
            pieces.append(shapely.transform(part, lambda c, s=360.0 * k: c - [s, 0.0]))
    return polygonal(shapely.union_all(pieces))


def polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """Keep the polygonal parts of ``geom``: a Polygon, a MultiPolygon or an empty Polygon."""
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for p in parts for q in shapely.get_parts(p)]
    if not parts:
        return EMPTY
    if len(parts) == 1:
        return parts[0]
    return shapely.MultiPolygon(parts)


def _polar_cap(x: np.ndarray, y: np.ndarray, turns: int) -> np.ndarray:
    """Close a boundary that winds once around a pole along the antimeridian.

    The boundary is restarted where it crosses an odd multiple of 180 degrees, so
    the cap spans exactly 360 degrees between two antimeridian seams and lands in
    [-180, 180] as a single polygon, its seam along +-180 up to the pole.
    """
    xs = np.r_[x, x[0] + 360.0 * turns]
    ys = np.r_[y, y[0]]
    cell = np.floor((xs - 180.0) / 360.0)
    i = int(np.flatnonzero(cell[1:] != cell[:-1])[0])
    seam = 180.0 + 360.0 * max(cell[i], cell[i + 1])
    t = (seam - xs[i]) / (xs[i + 1] - xs[i])
    y_seam = ys[i] + t * (ys[i + 1] - ys[i])
    pole, shift = 90.0 * turns, 360.0 * turns
    body = np.column_stack(
        [np.r_[xs[i + 1 : -1], xs[: i + 1] + shift], np.r_[ys[i + 1 : -1], ys[: i + 1]]]
    )
    return np.vstack(
        [[[seam, y_seam]], body, [[seam + shift, y_seam], [seam + shift, pole], [seam, pole]]]
    )


def _slow_region(x: np.ndarray, y: np.ndarray, turns: int, area: float) -> shapely.Geometry:
    coords = np.column_stack([x, y])
    if turns:  # +1: eastward around the north pole, -1: westward around the south pole
        coords = _polar_cap(x, y, turns)
    poly = shapely.make_valid(shapely.Polygon(coords))
    geom = split_antimeridian(polygonal(poly))
    if turns == 0 and area < 0:  # clockwise: the region is everything outside
        geom = polygonal(shapely.difference(WORLD, geom))
    return geom


def regions_to_polygons(
    v: dict[str, np.ndarray], n_owners: int
) -> tuple[np.ndarray, np.ndarray, dict[str, np.ndarray]]:
    """Build one (multi)polygon per owner, in EPSG:4326 and CCW (RFC 7946).

    Returns the geometries, a mask of owners that took the fast path (a simple
    polygon inside [-180, 180], no pole), and per-vertex unwrapped coordinates
    for the fast ones (used to add holes without a boolean operation).
    """
    out = np.full(n_owners, EMPTY, dtype=object)
    fast = np.zeros(n_owners, dtype=bool)
    owner = v["owner"]
    if owner.size == 0:
        return out, fast, {}
    lon_u, turns, starts = _unwrap(owner, v["lon"])
    area = _signed_area(starts, lon_u, v["lat"])
    seg_len = np.diff(np.r_[starts, owner.size])
    inside = np.logical_and.reduceat((lon_u >= -180.0) & (lon_u <= 180.0), starts)
    fast_b = (turns == 0) & (area > 0) & inside
    owners_b = owner[starts]
    fast[owners_b[fast_b]] = True
    vf = np.repeat(fast_b, seg_len)
    coords = np.column_stack([lon_u[vf], v["lat"][vf]])
    if coords.size:
        rings = np.full(n_owners, None, dtype=object)
        shapely.linearrings(coords, indices=owner[vf], out=rings)
        out[fast] = shapely.polygons(rings[fast])
    for b in np.flatnonzero(~fast_b):
        s = slice(starts[b], starts[b] + seg_len[b])
        geom = _slow_region(lon_u[s], v["lat"][s], int(turns[b]), float(area[b]))
        out[owners_b[b]] = shapely.orient_polygons(geom)
    return out, fast, {"owner": owner[vf], "lon": lon_u[vf], "lat": v["lat"][vf]}


def refine_where(
    v: dict[str, np.ndarray],
    clon: np.ndarray,
    clat: np.ndarray,
    tol: float,
    check: np.ndarray,
    turn_shift: np.ndarray,
    n_segments: np.ndarray,
    arcs_only: bool = False,
) -> dict[str, np.ndarray]:
    """Run :func:`refine` on the boundaries of the owners where ``check`` is True."""
    if not check.any():
        return v
    args = (clon, clat, tol, turn_shift, n_segments)
    sel = check[v["owner"]]
    if sel.all():
        return refine(v, *args, arcs_only=arcs_only)
    done = refine({k: a[sel] for k, a in v.items()}, *args, arcs_only=arcs_only)
    v = {k: np.concatenate([a[~sel], done[k]]) for k, a in v.items()}
    srt = np.lexsort((v["key"], v["owner"]))
    return {k: a[srt] for k, a in v.items()}
