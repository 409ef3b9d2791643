"""Maps: reports and layers on a publishable Leaflet map, and static exports.

``gf.Map`` (:class:`~geofront.webmap.map.Map`) draws layers by meaning —
places, distance claims, directions of advance, counts, front lines and any
GeoDataFrame — with provenance popups, a legend, title, scale bar and sources
line; saves CDN-linked or fully self-contained HTML; exports PNG/SVG.
"""

from geofront.webmap.escape import esc
from geofront.webmap.map import Map

__all__ = ["Map", "esc"]
