"""Read a report: places (with roles and regions) and claims (with geodesic geometry).

python examples/parse.py [examples/reports/donetsk-front-2026-03-en.txt]
"""

import sys
from pathlib import Path

import geofront as gf

path = Path(
    sys.argv[1]
    if len(sys.argv) > 1
    else Path(__file__).parent / "reports" / "afp-gerasimov-2026-02-id.txt"
)
report = gf.parse(path.read_text(encoding="utf-8"), date="2026-02-15", source=path.name)
print(report)
print(report.mentions[["surface", "name", "kind", "role", "admin1_iso"]].to_string())
print(
    report.claims[
        [
            "claim",
            "raw",
            "bound",
            "min_m",
            "max_m",
            "bearing_deg",
            "anchor",
            "target",
            "attributed_to",
            "unverified",
        ]
    ].to_string()
)
print(report.regions[["name", "admin1_iso", "mentions"]].to_string())
print(f"GeoJSON: {len(report.to_geojson()['features'])} features with provenance")
