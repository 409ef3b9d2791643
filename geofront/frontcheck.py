"""Check distance claims against dated front lines, with exact geodesic distances.

"Pasukan Moskow berada sekitar 15 kilometer dari kota" says the occupied area is
12-18 km from Sloviansk. :func:`check_claims` measures, on the report's date,
the geodesic distance on WGS84 from the anchor to the occupied area of a
front-line layer (:func:`geofront.read_frontlines`) and says whether it falls in
the claimed interval.

Rules
-----
- **Distance.** The distance from a point to an area is 0 inside it (``inside``
  is True) and otherwise the geodesic distance to the nearest point of its
  boundary, exterior rings and holes alike; for a line layer, the distance to
  the nearest point of the line. Boundary edges are straight in lon/lat, as
  GeoJSON draws them and shapely tests containment. :func:`distance_to_area`
  computes it within 1 mm (see its notes for the method and the proof that no
  segment is missed).
- **Date.** The line dated on the report's date, else the latest one up to
  ``max_age_days`` (default 1) before it; otherwise the verdict is "no data".
  Lines dated after the report are never used.
- **Interval.** ``min_m`` … ``max_m`` of the claim (DESIGN.md's bands: "about
  15 km" is 12-18 km); "at least"/"more than" claims have no upper bound here
  (``max_m`` is infinite), and "at most"/"within" ones start at 0.
- **Direction.** For a claim with a direction ("15 km north of X"),
  ``measured_m`` is the distance to the occupied area within the claim's
  sector (its bearing +- half its width, out to three times the claimed
  distance, at least 50 km; infinite when nothing is occupied there), and
  ``nearest_m`` the distance in any direction. Otherwise the two are equal.
- **Verdict.** "consistent" when ``min_m <= measured_m <= max_m``, else
  "inconsistent"; "no data" when no line is close enough in time, the report
  has no date, or the anchor is unresolved (``reason`` says which).
- **Margin.** ``margin_m = min(measured_m - min_m, max_m - measured_m)``:
  positive inside the interval (room to the nearer end), negative outside it
  (how far outside). ``error_m`` bounds the error of ``measured_m`` due to the
  layer's simplification (0 for full geometry).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

import numpy as np
import shapely

from geofront.errors import InputError
from geofront.geodesic._core import GEOD, R_MAX_M, R_MIN_M, check_lonlat, inv

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    import pandas as pd

    from geofront.report import Report

__all__ = ["Nearest", "VERDICTS", "check_claims", "distance_to_area"]

#: The verdicts :func:`check_claims` gives.
VERDICTS = ("consistent", "inconsistent", "no data")

# Candidate segments are found on the unit sphere with lon/lat taken as
# spherical coordinates. The ellipsoid's metric is M**2 dphi**2 + N**2 cos**2(phi)
# dlam**2 and M <= N, so a curve within a latitude band is at least M_min and at
# most N_max times as long as the same curve on the unit sphere (M_min: M at the
# band's smallest |lat|, N_max: N at its largest; both grow with |lat|).
# Segments are split to span at most this many degrees in lon and in lat, so a
# straight lon/lat edge stays within R * dlon**2 / 16 < 2 cm of the great-circle
# arc between its ends.
_SEGMENT_DEG = 0.01
# Slack, in metres, added on both sides of the candidate test: covers the 2 cm
# above and the float64 error of the chord formula near zero (~0.1 m).
_SLACK_M = 2.0
_GOLDEN = (math.sqrt(5.0) - 1.0) / 2.0
_GOLDEN_STEPS = 40  # 0.618**40 ~ 4e-9 of a segment of at most ~1.6 km: < 0.01 mm
# Below this many (point, segment) pairs, test every segment (no tree to build).
_DENSE_PAIRS = 200_000
# How far the occupied area is searched for in a claimed direction: three times
# the claimed distance, at least 50 km, at most 2,000 km.
_SECTOR_MIN_REACH_M = 50_000.0
_SECTOR_MAX_REACH_M = 2_000_000.0
_A = GEOD.a  # equatorial radius: the smallest N, the prime-vertical radius
_E2 = GEOD.es  # first eccentricity squared


class Nearest(NamedTuple):
    """The geodesic nearest point of an area to each query point.

    ``distance_m`` is 0 and (``lon``, ``lat``) the query point itself when
    ``inside`` is True. For an empty geometry everything is NaN.
    """

    distance_m: Any
    lon: Any
    lat: Any
    inside: Any


def _meridional_m(lat_deg: np.ndarray) -> np.ndarray:
    """Meridional radius of curvature M; grows with |lat| and is <= N."""
    e2 = _E2 * np.sin(np.radians(lat_deg)) ** 2
    return _A * (1.0 - _E2) / (1.0 - e2) ** 1.5


def _prime_vertical_m(lat_deg: np.ndarray) -> np.ndarray:
    """Prime-vertical radius of curvature N; grows with |lat|."""
    return _A / np.sqrt(1.0 - _E2 * np.sin(np.radians(lat_deg)) ** 2)


def _xyz(lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    lam, phi = np.radians(lon), np.radians(lat)
    c = np.cos(phi)
    return np.column_stack([c * np.cos(lam), c * np.sin(lam), np.sin(phi)])


class _Boundary:
    """One area's (or line's) edges, prepared for many nearest-point queries."""

    def __init__(self, geometry: Any) -> None:
        geometry = shapely.force_2d(geometry)
        self.geometry = geometry
        self.polygonal = geometry.geom_type in ("Polygon", "MultiPolygon") or (
            geometry.geom_type == "GeometryCollection"
            and any(g.geom_type in ("Polygon", "MultiPolygon") for g in geometry.geoms)
        )
        if self.polygonal:
            shapely.prepare(geometry)
        lines = shapely.segmentize(
            shapely.boundary(geometry) if self.polygonal else geometry, _SEGMENT_DEG
        )
        a, b = [], []
        for part in shapely.get_parts(lines):
            if part.geom_type == "Point":
                coords = shapely.get_coordinates(part)
                a.append(coords)
                b.append(coords)
                continue
            if part.is_empty or part.geom_type not in ("LineString", "LinearRing"):
                continue
            coords = shapely.get_coordinates(part)
            if len(coords) == 1:
                coords = np.vstack([coords, coords])
            a.append(coords[:-1])
            b.append(coords[1:])
        self.empty = not a
        if self.empty:
            return
        self.a = np.vstack(a)
        self.b = np.vstack(b)
        self.xa = _xyz(self.a[:, 0], self.a[:, 1])
        self.xb = _xyz(self.b[:, 0], self.b[:, 1])
        cross = np.cross(self.xa, self.xb)
        norm = np.linalg.norm(cross, axis=1)
        self.arc = norm > 1e-15  # degenerate (zero-length) segments are points
        n = np.zeros_like(cross)
        n[self.arc] = cross[self.arc] / norm[self.arc, None]
        self.n = n
        self.na = np.cross(n, self.xa)  # p . na >= 0: p's foot is past A
        self.bn = np.cross(self.xb, n)  # p . bn >= 0: p's foot is before B

        # A tree of the segments in a frame with longitude scaled by cos(lat)
        # at the layer's middle: fast planar nearest-segment and box queries.
        mid = 0.5 * (self.a[:, 1].min() + self.a[:, 1].max())
        self.k = max(math.cos(math.radians(mid)), 0.05)
        self._segments: Any = None
        self._strtree: Any = None

    def _tree(self) -> Any:
        if self._strtree is None:
            self._segments = shapely.linestrings(
                np.stack([self.a * [self.k, 1.0], self.b * [self.k, 1.0]], axis=1)
            )
            self._strtree = shapely.STRtree(self._segments)
        return self._strtree

    def _sphere_angles(self, p: np.ndarray, segs: np.ndarray) -> np.ndarray:
        """Central angle from points ``p`` (n, 3) to segments ``segs`` (n,), pairwise."""

        def dot(u: np.ndarray, v: np.ndarray) -> np.ndarray:
            return np.einsum("ij,ij->i", u, v)

        s = dot(p, self.n[segs])
        within = (dot(p, self.na[segs]) >= 0.0) & (dot(p, self.bn[segs]) >= 0.0) & self.arc[segs]
        chord_a = np.sqrt(np.maximum(2.0 - 2.0 * dot(p, self.xa[segs]), 0.0))
        chord_b = np.sqrt(np.maximum(2.0 - 2.0 * dot(p, self.xb[segs]), 0.0))
        to_end = 2.0 * np.arcsin(np.minimum(np.minimum(chord_a, chord_b) / 2.0, 1.0))
        return np.where(within, np.arcsin(np.minimum(np.abs(s), 1.0)), to_end)

    def _upper_bound(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Exact distance to one boundary point near each query point (an upper bound)."""
        pts = shapely.points(lon * self.k, lat)
        q, seg = self._tree().query_nearest(pts, all_matches=False)
        seg = seg[np.argsort(q)]
        lines = self._segments[seg]
        on = shapely.line_interpolate_point(lines, shapely.line_locate_point(lines, pts))
        x, y = shapely.get_x(on) / self.k, shapely.get_y(on)
        return inv(lon, lat, x, y)[2]

    def _reach(self, lat: np.ndarray, radius_m: np.ndarray) -> np.ndarray:
        """Planar reach (scaled-frame degrees) covering every point within ``radius_m``.

        A path that changes latitude by dphi is at least ``R_MIN_M * dphi``
        long; one that stays within |lat| <= phi_max and changes the scaled
        x by dx is at least ``a * cos(phi_max) / k * dx`` long. So the planar
        length of a path of geodesic length ``radius_m`` is at most
        ``radius_m / min(R_MIN_M, a * cos(phi_max) / k)`` radians.
        """
        dlat = np.degrees(radius_m / R_MIN_M)
        phi_max = np.minimum(np.abs(lat) + dlat, 90.0)
        scale = np.minimum(R_MIN_M, _A * np.cos(np.radians(phi_max)) / self.k)
        with np.errstate(divide="ignore"):
            return np.degrees(radius_m / scale)

    def candidates(
        self, lon: np.ndarray, lat: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """Inside flags, and the (point, segment) pairs that can hold each nearest point.

        Returns ``inside`` (k,), ``rows`` (indices into the points), and the
        segments' ends ``a``, ``b`` (lon/lat, one per pair). Points inside an
        area get no pairs.
        """
        k = lon.size
        inside = np.zeros(k, dtype=bool)
        none = np.empty(0, dtype=np.intp), np.empty((0, 2)), np.empty((0, 2))
        if self.empty or k == 0:
            return (inside, *none)
        if self.polygonal:
            inside = shapely.intersects_xy(self.geometry, lon, lat)
        todo = np.flatnonzero(~inside)
        if todo.size == 0:
            return (inside, *none)
        x, y = lon[todo], lat[todo]
        p = _xyz(x, y)
        if todo.size * len(self.a) <= _DENSE_PAIRS:
            # Few points: every segment, on the sphere.
            rows = np.repeat(np.arange(todo.size), len(self.a))
            segs = np.tile(np.arange(len(self.a)), todo.size)
            angles = self._sphere_angles(p[rows], segs)
            theta = angles.reshape(todo.size, -1).min(axis=1)
            upper = R_MAX_M * theta + _SLACK_M  # any curve: at most R_MAX_M times longer
        else:
            upper = self._upper_bound(x, y)
            # Every segment that could hold the nearest point is within reach.
            reach = self._reach(y, upper + _SLACK_M)
            near_pole = ~np.isfinite(reach) | (np.abs(y) + reach >= 89.9)
            reach = np.where(near_pole, 1e3, reach)  # the whole layer
            rows, segs = self._tree().query(
                shapely.points(x * self.k, y), predicate="dwithin", distance=reach
            )
            # The planar frame does not wrap: near the antimeridian, every segment.
            wrap = np.flatnonzero(np.abs(x) * self.k + reach > 180.0 * self.k)
            if wrap.size:
                m = len(self.a)
                rows = np.concatenate([rows, np.repeat(wrap, m)])
                segs = np.concatenate([segs, np.tile(np.arange(m), wrap.size)])
            angles = self._sphere_angles(p[rows], segs)
        # Paths no longer than ``upper`` stay within ``band`` degrees of latitude;
        # the great-circle arcs used for the upper bound bulge < 0.5 degree more.
        band = np.degrees((upper + _SLACK_M) / R_MIN_M)
        m_low = _meridional_m(np.maximum(np.abs(y) - band, 0.0))[rows]
        n_high = _prime_vertical_m(np.minimum(np.abs(y) + band + 0.5, 90.0))[rows]
        lower = m_low * angles - _SLACK_M
        best_upper = upper.copy()
        np.minimum.at(best_upper, rows, n_high * angles + _SLACK_M)
        keep = lower <= best_upper[rows]
        rows, segs = rows[keep], segs[keep]
        return inside, todo[rows], self.a[segs], self.b[segs]

    def nearest(self, lon: np.ndarray, lat: np.ndarray) -> Nearest:
        inside, rows, a, b = self.candidates(lon, lat)
        return _settle(lon, lat, inside, rows, a, b)


def _settle(
    lon: np.ndarray,
    lat: np.ndarray,
    inside: np.ndarray,
    rows: np.ndarray,
    a: np.ndarray,
    b: np.ndarray,
) -> Nearest:
    """Refine every candidate pair on the ellipsoid and keep each point's nearest."""
    k = lon.size
    dist = np.full(k, np.nan)
    out_lon = np.full(k, np.nan)
    out_lat = np.full(k, np.nan)
    dist[inside], out_lon[inside], out_lat[inside] = 0.0, lon[inside], lat[inside]
    if rows.size:
        d, nx, ny = _refine(lon[rows], lat[rows], a, b)
        order = np.lexsort((d, rows))  # by point, then distance
        first = np.ones(order.size, dtype=bool)
        first[1:] = rows[order][1:] != rows[order][:-1]
        best = order[first]
        target = rows[best]
        dist[target], out_lon[target], out_lat[target] = d[best], nx[best], ny[best]
    return Nearest(dist, out_lon, out_lat, inside)


def _refine(
    lon: np.ndarray, lat: np.ndarray, a: np.ndarray, b: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Golden-section search for the nearest point along each (point, segment) pair.

    The distance from a point to a short segment (at most 0.01 degrees) is
    unimodal along it; the search brackets its minimum to 4e-9 of the segment,
    and the two ends are compared too.
    """
    n = lon.size
    delta = b - a

    def f(t: np.ndarray) -> np.ndarray:
        q = a + delta * t[:, None]
        return inv(lon, lat, q[:, 0], q[:, 1])[2]

    lo = np.zeros(n)
    hi = np.ones(n)
    x1 = hi - _GOLDEN * (hi - lo)
    x2 = lo + _GOLDEN * (hi - lo)
    f1, f2 = f(x1), f(x2)
    for _ in range(_GOLDEN_STEPS):
        left = f1 <= f2  # minimum in [lo, x2]
        hi = np.where(left, x2, hi)
        lo = np.where(left, lo, x1)
        new = np.where(left, hi - _GOLDEN * (hi - lo), lo + _GOLDEN * (hi - lo))
        fnew = f(new)
        x2, f2, x1, f1 = (
            np.where(left, x1, new),
            np.where(left, f1, fnew),
            np.where(left, new, x2),
            np.where(left, fnew, f2),
        )
    t = np.column_stack([np.zeros(n), np.ones(n), (lo + hi) / 2.0])
    ft = np.column_stack([f(t[:, 0]), f(t[:, 1]), f(t[:, 2])])
    pick = np.argmin(ft, axis=1)
    idx = np.arange(n)
    tbest = t[idx, pick]
    q = a + delta * tbest[:, None]
    return ft[idx, pick], q[:, 0], q[:, 1]


def distance_to_area(lon: Any, lat: Any, geometry: Any) -> Nearest:
    """Geodesic distance on WGS84 from points to an area (or a line), and the nearest point.

    Parameters
    ----------
    lon, lat : float or array_like
        Query points in degrees.
    geometry : shapely geometry
        A (Multi)Polygon, the occupied area; or a (Multi)LineString, a front line.
        Edges are straight in lon/lat (GeoJSON's convention).

    Returns
    -------
    Nearest
        ``distance_m``, ``lon``, ``lat`` of the nearest point, and ``inside``
        (the point lies in the area, distance 0). Floats for scalar input,
        arrays otherwise.

    Notes
    -----
    Exact to about 1 mm, with no segment missed:

    1. Edges are split to span at most 0.01 degrees, so each straight lon/lat
       edge is within 2 cm of the great-circle arc between its ends.
    2. An upper bound ``U``: the exact distance to the planar nearest point in a
       lon/lat frame with longitude scaled by cos(lat) (an STR tree). Only
       segments within a planar reach that provably covers every point at
       geodesic distance ``<= U`` are looked at.
    3. On the unit sphere with lon/lat as spherical coordinates the angle from
       the point to each of those arcs is a few vector products. Within the
       latitude band a path of length ``U`` can reach, an ellipsoidal length
       lies between ``M_min`` and ``N_max`` times the spherical one (radii of
       curvature; 0.3 % apart at 48 N), which gives a lower bound for every
       segment and an upper bound for the nearest; only segments whose lower
       bound is at most that upper bound (plus 2 m of slack) can hold the
       nearest point.
    4. Along each candidate, a golden-section search with ``pyproj.Geod.inv``
       finds the nearest point on the ellipsoid.

    Examples
    --------
    >>> from shapely import box
    >>> near = distance_to_area(37.597, 48.85, box(37.7, 48.5, 38.5, 49.5))
    >>> round(near.distance_m), round(near.lon, 3), near.inside
    (7559, 37.7, False)
    >>> distance_to_area(38.0, 49.0, box(37.7, 48.5, 38.5, 49.5)).distance_m
    0.0
    """
    scalar = np.ndim(lon) == 0 and np.ndim(lat) == 0
    x = np.atleast_1d(np.asarray(lon, dtype=float)).ravel()
    y = np.atleast_1d(np.asarray(lat, dtype=float)).ravel()
    x, y = np.broadcast_arrays(x, y)
    check_lonlat(x, y)
    result = _Boundary(geometry).nearest(np.ascontiguousarray(x), np.ascontiguousarray(y))
    if scalar:
        return Nearest(
            float(result.distance_m[0]),
            float(result.lon[0]),
            float(result.lat[0]),
            bool(result.inside[0]),
        )
    return result


# --------------------------------------------------------------------------- claims


def _interval(span: Any) -> tuple[float, float]:
    low = float(span.min_m) if span.min_m is not None else math.nan
    high = float(span.max_m) if span.max_m is not None else math.nan
    if span.bound == "at_least":
        high = math.inf
    elif span.bound == "at_most":
        low = 0.0
    return low, high


def _reports(report: Any) -> list[Any]:
    if hasattr(report, "claim_records"):
        return [report]
    if isinstance(report, Iterable) and not isinstance(report, (str, bytes)):
        items = list(getattr(report, "reports", report))
        if all(hasattr(r, "claim_records") for r in items):
            return items
    raise TypeError(
        f"check_claims takes a Report (gf.parse) or a list of them, not {type(report).__name__}"
    )


def _in_sector(bearing: float, claim_bearing: float | None, width: float | None) -> Any:
    if claim_bearing is None or not math.isfinite(bearing):
        return None
    off = abs((bearing - claim_bearing + 180.0) % 360.0 - 180.0)
    return bool(off <= (width or 45.0) / 2.0)


def check_claims(
    report: Report | Iterable[Report],
    frontlines: gpd.GeoDataFrame,
    *,
    max_age_days: int = 1,
    date: Any = None,
) -> gpd.GeoDataFrame:
    """Check each distance claim against the front line of the report's date.

    Parameters
    ----------
    report : Report or iterable of Report
        From :func:`geofront.parse`.
    frontlines : GeoDataFrame
        A dated layer from :func:`geofront.read_frontlines` (any GeoDataFrame
        with a ``date`` column works; rows of the same day are merged).
    max_age_days : int
        Use the latest line up to this many days before the report's date when
        there is none on that date (0: the same day only).
    date : str, date or Timestamp, optional
        Check against this date instead of the report's (needed when the report
        has none).

    Returns
    -------
    GeoDataFrame
        One row per distance claim, in report order: ``report`` (position in
        the input), ``claim_index`` (row in ``report.claims``), ``claim``,
        ``raw``, ``quote``, ``anchor``, ``anchor_geonameid``, ``anchor_lon``,
        ``anchor_lat``, ``bound``, ``distance_m`` (stated), ``min_m``,
        ``max_m`` (the interval checked), ``report_date``, ``frontline_date``
        (the line used), ``age_days``, ``frontline_source``, ``measured_m``
        (what the verdict uses), ``nearest_m`` (in any direction), ``inside``,
        ``verdict``, ``margin_m``, ``error_m``,
        ``bearing_to_front_deg`` (from the anchor to the nearest point),
        ``claim_bearing_deg`` and ``in_sector`` (for claims with a direction:
        whether the nearest occupied point lies in the claimed sector),
        ``reason``, and ``geometry``: the nearest point measured to (EPSG:4326).
        The rules are in this module's docstring.

    Examples
    --------
    >>> import geofront as gf
    >>> import geopandas as gpd
    >>> from shapely import box
    >>> fl = gf.read_frontlines(gpd.GeoDataFrame(
    ...     {"date": ["2026-02-15"]}, geometry=[box(37.8, 48.6, 38.6, 49.3)], crs=4326),
    ...     date_from="date", source="synthetic")
    >>> report = gf.parse("Russian forces are about 15 km from Sloviansk.", date="2026-02-15")
    >>> row = report.check(fl).iloc[0]
    >>> row.verdict, round(row.measured_m), round(row.margin_m)
    ('consistent', 14870, 2870)
    """
    import geopandas as gpd
    import pandas as pd

    from geofront.frontlines import as_frontlines

    layer = as_frontlines(frontlines)
    if max_age_days < 0:
        raise InputError(f"max_age_days must be >= 0, got {max_age_days!r}")
    info = layer.attrs.get("geofront", {})
    error_m = float(info.get("simplify_m") or 0.0)
    dates = layer["date"].to_numpy(dtype="datetime64[ns]")
    override = _day(date) if date is not None else None

    rows: list[dict[str, Any]] = []
    by_line: dict[int, list[int]] = {}
    for r_index, rep in enumerate(_reports(report)):
        report_day = override if override is not None else _day(rep.date)
        for c_index, claim in enumerate(rep.claim_records):
            span = claim.span
            if span.claim != "distance":
                continue
            low, high = _interval(span)
            anchor = claim.anchor
            row: dict[str, Any] = {
                "report": r_index,
                "claim_index": c_index,
                "claim": span.claim,
                "raw": span.raw,
                "quote": span.quote,
                "anchor": anchor.name if anchor else None,
                "anchor_geonameid": anchor.geonameid if anchor else None,
                "anchor_lon": anchor.lon if anchor else math.nan,
                "anchor_lat": anchor.lat if anchor else math.nan,
                "bound": span.bound,
                "distance_m": span.distance_m,
                "min_m": low,
                "max_m": high,
                "report_date": report_day,
                "frontline_date": pd.NaT,
                "age_days": math.nan,
                "frontline_source": None,
                "measured_m": math.nan,
                "nearest_m": math.nan,
                "inside": None,
                "verdict": "no data",
                "margin_m": math.nan,
                "error_m": math.nan,
                "bearing_to_front_deg": math.nan,
                "claim_bearing_deg": span.bearing_deg,
                "in_sector": None,
                "reason": "",
                "geometry": None,
                "_sector_width": span.sector_width_deg,
            }
            rows.append(row)
            if anchor is None:
                row["reason"] = "anchor not resolved"
                continue
            if report_day is None:
                row["reason"] = "the report has no date; pass date=... to check anyway"
                continue
            if math.isnan(low) or math.isnan(high):
                row["reason"] = "the claim has no distance interval"
                continue
            pos = _select(dates, report_day, max_age_days)
            if pos is None:
                row["reason"] = f"no front line on {report_day.date()}" + (
                    f" or up to {max_age_days} day(s) before" if max_age_days else ""
                )
                continue
            line = layer.iloc[pos]
            if line.geometry is None or line.geometry.is_empty:
                row["reason"] = f"the front line of {line['date'].date()} is empty"
                continue
            row["frontline_date"] = line["date"]
            row["age_days"] = int((report_day - line["date"]).days)
            row["frontline_source"] = line.get("source")
            row["_pos"] = pos
            by_line.setdefault(pos, []).append(len(rows) - 1)

    # Candidates date by date, then one golden-section search over all of them.
    order = [i for members in by_line.values() for i in members]
    lon = np.array([rows[i]["anchor_lon"] for i in order], dtype=float)
    lat = np.array([rows[i]["anchor_lat"] for i in order], dtype=float)
    inside = np.zeros(len(order), dtype=bool)
    parts: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []
    start = 0
    for pos, members in by_line.items():
        stop = start + len(members)
        flags, r, a, b = _Boundary(layer.geometry.iloc[pos]).candidates(
            lon[start:stop], lat[start:stop]
        )
        inside[start:stop] = flags
        parts.append((r + start, a, b))
        start = stop
    if parts:
        near = _settle(
            lon,
            lat,
            inside,
            np.concatenate([p[0] for p in parts]),
            np.concatenate([p[1] for p in parts]),
            np.concatenate([p[2] for p in parts]),
        )
        az = inv(lon, lat, near.lon, near.lat)[0] % 360.0
        for j, i in enumerate(order):
            row = rows[i]
            nearest = float(near.distance_m[j])
            point = shapely.Point(near.lon[j], near.lat[j])
            row["nearest_m"] = nearest
            row["inside"] = bool(near.inside[j])
            if near.inside[j]:
                row["reason"] = "inside the occupied area"
            else:
                row["bearing_to_front_deg"] = float(az[j])
                row["in_sector"] = _in_sector(
                    float(az[j]), row["claim_bearing_deg"], row["_sector_width"]
                )
            measured = nearest
            if row["claim_bearing_deg"] is not None and not near.inside[j]:
                measured, point, note = _in_claimed_sector(
                    row, layer.geometry.iloc[row["_pos"]], bool(row["in_sector"]), nearest, point
                )
                row["reason"] = note
            low, high = row["min_m"], row["max_m"]
            row["measured_m"] = measured
            row["verdict"] = "consistent" if low <= measured <= high else "inconsistent"
            row["margin_m"] = min(measured - low, high - measured)
            row["error_m"] = error_m
            row["geometry"] = point

    columns = [
        "report", "claim_index", "claim", "raw", "quote", "anchor", "anchor_geonameid",
        "anchor_lon", "anchor_lat", "bound", "distance_m", "min_m", "max_m", "report_date",
        "frontline_date", "age_days", "frontline_source", "measured_m", "nearest_m", "inside",
        "verdict",
        "margin_m", "error_m", "bearing_to_front_deg", "claim_bearing_deg", "in_sector",
        "reason", "geometry",
    ]  # fmt: skip
    out = gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=4326)
    for col in ("report_date", "frontline_date"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    out.attrs["geofront"] = {
        "layer": "frontline_check",
        "source": info.get("source"),
        "attribution": info.get("attribution"),
        "max_age_days": max_age_days,
    }
    return out


def _in_claimed_sector(
    row: dict[str, Any], area: Any, nearest_in_sector: bool, nearest: float, point: Any
) -> tuple[float, Any, str]:
    """Distance from the anchor to the occupied area within the claim's sector."""
    if nearest_in_sector:
        return nearest, point, ""
    from geofront import geodesic
    from geofront.frontlines import GRID_DEG

    high = row["max_m"] if math.isfinite(row["max_m"]) else row["min_m"]
    reach = min(max(3.0 * high, _SECTOR_MIN_REACH_M), _SECTOR_MAX_REACH_M)
    wedge = geodesic.sector(
        row["anchor_lon"],
        row["anchor_lat"],
        outer_m=reach,
        bearing_deg=float(row["claim_bearing_deg"]),
        width_deg=float(row["_sector_width"] or 45.0),
        tolerance_m=1.0,
    )
    part = shapely.intersection(area, wedge, grid_size=GRID_DEG)
    if part.is_empty:
        return math.inf, None, f"nothing occupied within {reach / 1000:g} km in the claimed sector"
    found = _Boundary(part).nearest(np.array([row["anchor_lon"]]), np.array([row["anchor_lat"]]))
    return (
        float(found.distance_m[0]),
        shapely.Point(found.lon[0], found.lat[0]),
        "measured within the claimed sector",
    )


def _day(value: Any) -> pd.Timestamp | None:
    import pandas as pd

    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise InputError(f"cannot read {value!r} as a date; use YYYY-MM-DD") from err
    if stamp is pd.NaT:
        return None
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)
    return stamp.normalize().as_unit("ns")


def _select(dates: np.ndarray, day: pd.Timestamp, max_age_days: int) -> int | None:
    """Position of the latest date in ``[day - max_age_days, day]``, or None."""
    target = np.datetime64(day.to_datetime64(), "ns")
    earliest = target - np.timedelta64(int(max_age_days), "D")
    ok = np.flatnonzero((dates <= target) & (dates >= earliest))
    if ok.size == 0:
        return None
    return int(ok[np.argmax(dates[ok])])
