"""Exact geodesic rings and sectors, and why a buffer in degrees is wrong.

python examples/geodesic_rings.py
"""

import numpy as np
import shapely
from pyproj import Geod

from geofront import geodesic

SLOVIANSK = (37.597, 48.850)
geod = Geod(ellps="WGS84")

ring = geodesic.ring(*SLOVIANSK, inner_m=12_000, outer_m=18_000)  # "about 15 km from Sloviansk"
sector = geodesic.sector(*SLOVIANSK, inner_m=0, outer_m=22_000, bearing_deg=135, width_deg=45)
print(f"ring: {len(ring.exterior.coords)} vertices, area {geodesic.area_m2(ring) / 1e6:.1f} km²")
print(f"sector: area {geodesic.area_m2(sector) / 1e6:.1f} km²")


def radial_error_m(polygon, radius_m):
    xy = np.asarray(polygon.exterior.coords)
    _, _, d = geod.inv(
        np.full(len(xy), SLOVIANSK[0]), np.full(len(xy), SLOVIANSK[1]), xy[:, 0], xy[:, 1]
    )
    return np.abs(d - radius_m).max()


naive = shapely.Point(*SLOVIANSK).buffer(15_000 / 111_320)  # the usual degree buffer
exact = geodesic.circle(*SLOVIANSK, radius_m=15_000)
print(f"degree buffer, 15 km: max radial error {radial_error_m(naive, 15_000):,.0f} m")
print(f"geofront circle, 15 km: max radial error {radial_error_m(exact, 15_000):.6f} m")
