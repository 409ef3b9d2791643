"""Vector basemap from the bundled boundaries (for ``tiles=None``).

Country and admin-1 outlines (Natural Earth, bundled with geofront, ≤ 1 km
from the source outlines) clipped to the map's neighbourhood: a map that
needs no tile server and no network.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["outlines", "BASE_STYLES"]

BASE_STYLES = {
    "country": {"color": "#8c8c8c", "weight": 1.0, "fillColor": "#fbfaf6", "fillOpacity": 1.0},
    "admin1": {"color": "#b8b8b8", "weight": 0.6, "fill": False, "dashArray": "3 3"},
}


@lru_cache(maxsize=1)
def _boundaries() -> tuple[list[Any], list[Any], Any, Any]:
    import pyogrio
    import shapely

    path = resources.files("geofront") / "data" / "boundaries.geojson.gz"
    frame = pyogrio.read_dataframe(f"/vsigzip/{path}", columns=["level", "country_code", "name"])
    countries, admin1 = [], []
    for level, code, name, geom in frame.itertuples(index=False, name=None):
        (countries if level == "country" else admin1).append((code, name, geom))
    c_tree = shapely.STRtree([g for _, _, g in countries])
    a_tree = shapely.STRtree([g for _, _, g in admin1])
    return countries, admin1, c_tree, a_tree


def outlines(
    bounds: tuple[float, float, float, float], *, margin_deg: float = 8.0
) -> list[tuple[str, Any]]:
    """``(kind, geometry)`` pairs around lon/lat ``bounds``: countries, then admin-1 lines.

    Admin-1 outlines are drawn for the countries that the bounds themselves
    touch; countries fill the margin around them.
    """
    import shapely

    countries, admin1, c_tree, a_tree = _boundaries()
    minx, miny, maxx, maxy = bounds
    pad = max(margin_deg, 1.5 * (maxx - minx), 1.5 * (maxy - miny))
    box = shapely.box(max(minx - pad, -180), max(miny - pad, -85), min(maxx + pad, 180),
                      min(maxy + pad, 85))  # fmt: skip
    inner = shapely.box(minx, miny, maxx, maxy)
    near = inner.buffer(2.0)
    out: list[tuple[str, Any]] = []
    focus = set()
    for i in sorted(c_tree.query(box, predicate="intersects")):
        code, _name, geom = countries[i]
        clipped = shapely.intersection(geom, box)
        if not clipped.is_empty:
            out.append(("country", clipped))
        if geom.intersects(inner):
            focus.add(code)
    for i in sorted(a_tree.query(box, predicate="intersects")):
        code, _name, geom = admin1[i]
        if code in focus and geom.intersects(near):
            clipped = shapely.intersection(geom, box)
            if not clipped.is_empty:
                out.append(("admin1", clipped))
    return out
