"""Exact geodesic geometry on the WGS84 ellipsoid: metres in, lon/lat polygons out.

"Russian forces are about 15 km from Sloviansk" is a ring around Sloviansk. Drawn
as ``Point(lon, lat).buffer(15 / 111)`` in degrees, or buffered in Web Mercator,
that ring is kilometres wrong at 49 degrees north. Here every vertex is exact on
the ellipsoid (``pyproj.Geod``, i.e. GeographicLib; within 1 micrometre for large
batches of circles, see :func:`circle`), and the number of vertices follows
``tolerance_m``, the largest gap allowed between the true curve and the polygon's
straight lon/lat edges.

Conventions
-----------
- lon/lat order, metres, bearings in degrees clockwise from north.
- Scalar lon/lat in: a shapely geometry out. Array-likes, pandas Series or
  GeoSeries in: a ``geopandas.GeoSeries`` in EPSG:4326 out.
- Output follows RFC 7946: exterior rings counter-clockwise, holes clockwise,
  shapes crossing the antimeridian split into a MultiPolygon at +-180 degrees,
  shapes containing a pole closed along the antimeridian up to the pole.
- Bad input (NaN, negative radius, latitude outside [-90, 90], inner > outer,
  radius beyond ``pi * b`` ~ 19,970 km) raises
  :class:`geofront.errors.GeometryError`, a ``ValueError``.
"""

from geofront.geodesic._core import DEFAULT_TOLERANCE_M, MAX_RADIUS_M
from geofront.geodesic.buffering import buffer
from geofront.geodesic.measure import area_m2, bearing_deg, destination, distance_m
from geofront.geodesic.shapes import circle, ring, sector

__all__ = [
    "DEFAULT_TOLERANCE_M",
    "MAX_RADIUS_M",
    "area_m2",
    "bearing_deg",
    "buffer",
    "circle",
    "destination",
    "distance_m",
    "ring",
    "sector",
]
