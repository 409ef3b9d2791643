"""Closed vertex rings of many geodesic circles at once, as one (rows, count + 1, 2) array.

Seen from its centre, a geodesic circle's vertices (``dlon``, ``dlat``) depend on
the centre's latitude, the radius and the azimuths, never on the centre's
longitude: the ellipsoid is a surface of revolution. So the offsets are computed
with ``Geod.fwd`` from longitude 0 and shifted to each centre:

- exactly, once per distinct latitude (many circles around the same few towns
  cost a few ``Geod.fwd`` calls); that is the path for single circles and small
  batches, and it gives the same vertices as ``Geod.fwd`` from the centre (to the
  last bit or two of the longitude);
- for a large batch of one radius and one vertex count (say 100,000 random
  points), from a table of exact offsets on a fine latitude grid, interpolated
  in latitude by the 4-point (cubic) Lagrange formula. The interpolation error
  is measured, not assumed: before a table is used, the same formula is applied
  on a grid twice as coarse and compared with exact ``Geod.fwd`` offsets at the
  middle of every coarse cell (where the cubic's error term peaks); the grid is
  refined until that error is below :data:`INTERP_MAX_ERROR_M`. The table used
  is twice as fine, so its error is ~16 times smaller still (the error of a
  cubic scales as the fourth power of the step). If the grid would get too
  large for the batch, the exact path is taken instead.
"""

from __future__ import annotations

import math

import numpy as np

from geofront.geodesic._core import R_MAX_M, fwd

#: Largest vertex error allowed for interpolated offsets (metres), checked at run time.
INTERP_MAX_ERROR_M = 1e-6

#: Batches of one radius and vertex count with at least this many circles may use
#: an interpolated table; smaller ones are always computed exactly.
MIN_TABLE_ROWS = 2_000

# A table is used only while it has fewer nodes than rows / _ROWS_PER_NODE
# (otherwise the exact path is cheaper, or nearly so).
_ROWS_PER_NODE = 8
_FIRST_STEP_DEG = 0.05  # coarse grid step tried first; the table's step is half of it
_MAX_HALVINGS = 8
_DEG_M = R_MAX_M * math.pi / 180.0  # metres per degree of lat, or of lon * cos(lat): a bound


def circle_coords(clon: np.ndarray, clat: np.ndarray, radius: np.ndarray, count: int) -> np.ndarray:
    """Closed rings (rows, count + 1, 2) of lon/lat vertices at azimuths 0, -360/count, ...

    Longitudes are continuous around each centre (``clon + dlon``, possibly beyond
    +-180 degrees), so the caller decides where to split at the antimeridian.
    Circles must not contain a pole (``dlon`` is taken within +-180 degrees).
    """
    m = clon.size
    out = np.empty((m, count + 1, 2))
    radius = np.broadcast_to(np.asarray(radius, dtype=float), (m,))
    if m == 0:
        return out
    if radius.min() == radius.max():
        groups = [(np.arange(m), float(radius[0]))]
        rest = np.zeros(0, dtype=np.intp)
    else:
        values, inverse = np.unique(radius, return_inverse=True)
        sizes = np.bincount(inverse)
        groups = [
            (np.flatnonzero(inverse == k), float(values[k]))
            for k in np.flatnonzero(sizes >= MIN_TABLE_ROWS)
        ]
        rest = np.flatnonzero(sizes[inverse] < MIN_TABLE_ROWS)
    for rows, r in groups:
        whole = rows.size == m
        lon, lat = (clon, clat) if whole else (clon[rows], clat[rows])
        part = _from_table(lon, lat, r, count) if rows.size >= MIN_TABLE_ROWS else None
        if part is None:
            part = _exact(lon, lat, np.full(rows.size, r), count, dedupe=True)
        if whole:
            return part
        out[rows] = part
    if rest.size:
        out[rest] = _exact(clon[rest], clat[rest], radius[rest], count, dedupe=False)
    return out


def offsets(lat: np.ndarray, radius: np.ndarray | float, count: int) -> np.ndarray:
    """Exact (dlon, dlat) of the vertices around centres at ``lat`` (and longitude 0).

    Shape (lat.size, count + 1, 2), the last vertex repeating the first. The
    vertex at azimuth -a mirrors the one at +a (the ellipsoid is symmetric about
    the centre's meridian), so ``Geod.fwd`` runs for half of them.
    """
    half = count // 2 + 1
    shape = (lat.size, half)
    r = np.broadcast_to(np.asarray(radius, dtype=float), lat.shape)
    x, y = fwd(
        np.zeros(lat.size * half),
        np.broadcast_to(lat[:, None], shape).ravel(),
        np.broadcast_to(-360.0 * np.arange(half) / count, shape).ravel(),
        np.broadcast_to(r[:, None], shape).ravel(),
    )
    x, y = x.reshape(shape), y.reshape(shape)
    t = np.empty((lat.size, count + 1, 2))
    t[:, :half, 0] = x
    t[:, :half, 1] = y - lat[:, None]
    back = slice(count - half, 0, -1)  # vertices half..count-1 mirror count-half..1
    t[:, half:count, 0] = -x[:, back]
    t[:, half:count, 1] = t[:, back, 1]
    t[:, count] = t[:, 0]
    return t


def _exact(clon, clat, radius, count: int, *, dedupe: bool) -> np.ndarray:
    if dedupe:  # one radius: one Geod.fwd run per distinct latitude
        lats, inverse = np.unique(clat, return_inverse=True)
        out = offsets(lats, radius[0], count)[inverse]
    else:
        out = offsets(clat, radius, count)
    out[..., 0] += clon[:, None]
    out[..., 1] += clat[:, None]
    return out


def lagrange_weights(f: np.ndarray) -> np.ndarray:
    """4-point Lagrange weights for nodes -1, 0, 1, 2 at position ``f`` (0 <= f <= 1)."""
    f = np.asarray(f, dtype=float)
    return np.stack(
        [
            -f * (f - 1.0) * (f - 2.0) / 6.0,
            (f + 1.0) * (f - 1.0) * (f - 2.0) / 2.0,
            -(f + 1.0) * f * (f - 2.0) / 2.0,
            (f + 1.0) * f * (f - 1.0) / 6.0,
        ],
        axis=-1,
    )


def table(lat_lo: float, lat_hi: float, radius: float, count: int, max_nodes: int):
    """Exact offsets on a latitude grid covering [lat_lo, lat_hi], checked for interpolation.

    Returns ``(first_lat, step, offsets, error_m)`` (``offsets`` as from
    :func:`offsets`, at ``first_lat + step * j``; ``error_m`` the largest error
    the 4-point formula made on the grid twice as coarse), or None if no grid
    of at most ``max_nodes`` nodes keeps that error within :data:`INTERP_MAX_ERROR_M`.
    """
    coarse = _FIRST_STEP_DEG
    for _ in range(_MAX_HALVINGS):
        step = coarse / 2.0
        first = lat_lo - 2.0 * step  # rows then sit in cells >= 2 (nodes -1..+2 exist)
        n_coarse = math.ceil((lat_hi - lat_lo) / coarse) + 4
        n = 2 * n_coarse - 1  # fine nodes: the coarse ones and the midpoints between them
        if n > max_nodes:
            return None
        lats = first + step * np.arange(n)
        if abs(lats[0]) >= 89.0 or abs(lats[-1]) >= 89.0:
            return None
        t = offsets(lats, radius, count)
        c, mid = t[0::2], t[1::2]  # coarse nodes; midpoints (mid[j] between c[j], c[j + 1])
        guess = (9.0 * (c[1:-2] + c[2:-1]) - (c[:-3] + c[3:])) / 16.0
        exact = mid[1:-1]
        vlat = np.radians(lats[3:-3:2, None] + exact[..., 1])
        err = _DEG_M * np.hypot(
            (guess[..., 0] - exact[..., 0]) * np.cos(vlat), guess[..., 1] - exact[..., 1]
        )
        error_m = float(err.max())
        if error_m <= INTERP_MAX_ERROR_M:
            return first, step, t, error_m
        coarse /= 2.0
    return None


def _from_table(clon: np.ndarray, clat: np.ndarray, radius: float, count: int):
    """Interpolated rings, or None where a table would not pay off or not be accurate."""
    m = clon.size
    found = table(float(clat.min()), float(clat.max()), radius, count, m // _ROWS_PER_NODE)
    if found is None:
        return None
    first, step, t, _ = found
    g = t.shape[0]
    pos = (clat - first) / step
    cell = np.clip(np.floor(pos).astype(np.intp), 1, g - 3)
    w = np.empty((m, 6))
    w[:, :4] = lagrange_weights(pos - cell)
    w[:, 4], w[:, 5] = clon, clat
    # rows of one cell share their four nodes: one small matrix product per cell,
    # the two unit rows adding the centre (lon to the even columns, lat to the odd)
    flat = t.reshape(g, -1)
    unit = np.zeros((2, flat.shape[1]))
    unit[0, 0::2] = 1.0
    unit[1, 1::2] = 1.0
    out = np.empty((m, count + 1, 2))
    out2 = out.reshape(m, -1)
    order = np.argsort(cell, kind="stable")
    sorted_cells = cell[order]
    bounds = np.flatnonzero(np.r_[True, sorted_cells[1:] != sorted_cells[:-1], True])
    for a, b in zip(bounds[:-1], bounds[1:], strict=True):
        k = int(sorted_cells[a])
        rows = order[a:b]
        out2[rows] = w[rows] @ np.vstack([flat[k - 1 : k + 3], unit])
    out[:, count] = out[:, 0]  # closed bit for bit, whatever order the product summed in
    return out
