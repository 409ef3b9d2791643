"""Dated front-line layers from the user's own files, change between dates, advance arrows.

Daily occupied-area polygons (the DeepStateMap archive: one
``deepstatemap_data_YYYYMMDD.geojson`` a day), ISW layers exported as
GeoJSON/KML/KMZ, researchers' GeoPackages: their licences forbid bundling them,
so geofront reads what the user has.

A *front-line layer* is a GeoDataFrame in EPSG:4326 with one row per date:
``date`` (datetime64[ns], midnight), ``source``, ``file``, ``area_km2``
(on the ellipsoid) and ``geometry``: a MultiPolygon, the area held on that date (every
file and feature of the date merged); or, for sources that publish only lines,
a MultiLineString. ``attrs["geofront"]`` says what it is: ``{"layer":
"frontlines", "source": ..., "attribution": ..., "simplify_m": ...}``.

Rules
-----
- **Dates** come from ``date=`` (one date for everything), from the file name
  (``date_from="filename"``: the last ``YYYYMMDD``, ``YYYY-MM-DD``,
  ``YYYY_MM_DD`` or ``YYYY.MM.DD`` in it, or ``date_pattern``), or from a
  column (``date_from="timestamp"``). Times and time zones are dropped: the
  calendar day as written is the date.
- **Geometry**: Z dropped, invalid polygons repaired (``shapely.make_valid``),
  polygons of a date unioned (snap-rounded to :data:`GRID_DEG`, 0.1 mm, when
  there are several features; a single valid (Multi)Polygon is kept exactly).
  Lines are kept only for dates without polygons; points are dropped.
- **Areas** (``area_km2``, gained/lost) are on the WGS84 ellipsoid, exact for
  edges straight in lon/lat as GeoJSON defines and maps draw them.
- **Simplification** (``simplify_m``) is Douglas-Peucker on lon/lat with
  longitude scaled by the cosine of the latitude closest to the equator, with
  a tolerance of ``simplify_m / 111,694 m`` per degree (``111,694`` m is the
  longest a degree gets, at the poles' radius of curvature). Every point of the
  simplified boundary is then within ``simplify_m`` metres of the original one
  and vice versa (Hausdorff distance), so distances measured on it are off by
  at most ``simplify_m``. ``None`` keeps the full geometry.
"""

from __future__ import annotations

import glob
import io
import math
import os
import re
import warnings
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import shapely

from geofront.errors import InputError
from geofront.geodesic._core import GEOD, R_MAX_M

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    import pandas as pd

    from geofront.report import Report

__all__ = [
    "ATTRIBUTIONS",
    "FRONTLINE_SUFFIXES",
    "GRID_DEG",
    "advance_arrows",
    "as_frontlines",
    "frontline_change",
    "frontline_changes",
    "frontline_on",
    "read_frontlines",
    "read_kml",
    "simplify",
]

#: File types :func:`read_frontlines` reads (a directory is searched for these).
FRONTLINE_SUFFIXES = (".geojson", ".json", ".gpkg", ".kml", ".kmz")

#: Credit lines printed on maps for well-known sources (pass ``attribution=`` for others).
ATTRIBUTIONS = {
    "deepstatemap": "Front line: DeepStateMap.Live",
    "isw": "Front line: Institute for the Study of War and AEI's Critical Threats Project",
}

_METRES_PER_DEGREE_MAX = R_MAX_M * math.pi / 180.0  # 111,694 m
_DATE_IN_NAME = re.compile(
    r"(?<!\d)(?P<year>(?:19|20)\d\d)([-_.]?)(?P<month>0[1-9]|1[0-2])\2"
    r"(?P<day>0[1-9]|[12]\d|3[01])(?!\d)"
)
_B = GEOD.b  # WGS84 polar semi-axis
_E2 = GEOD.es  # first eccentricity squared
# 5-point Gauss-Legendre nodes and weights on [0, 1].
_GL_NODES = 0.5 + 0.5 * np.array([-0.9061798459386640, -0.5384693101056831, 0.0,
                                  0.5384693101056831, 0.9061798459386640])  # fmt: skip
_GL_WEIGHTS = 0.5 * np.array([0.2369268850561891, 0.4786286704993665, 0.5688888888888889,
                              0.4786286704993665, 0.2369268850561891])  # fmt: skip

#: Overlays (merging features, change between dates) snap-round to this grid:
#: 1e-9 degrees, about 0.1 mm. GEOS's floating-point overlay can fail on
#: nearly touching inputs (a vertex on the other polygon's edge); snap-rounding
#: does not.
GRID_DEG = 1e-9
_MAX_KML_BYTES = 512 * 1024 * 1024
_KML_NS = re.compile(r"^\{[^}]*\}")


# =========================================================================== reading


def read_frontlines(
    paths: Any,
    date: Any = None,
    date_from: str = "filename",
    source: str | None = None,
    *,
    date_pattern: str | None = None,
    layer: str | Iterable[str] | None = None,
    simplify_m: float | None = None,
    attribution: str | None = None,
    kml_engine: str = "auto",
) -> gpd.GeoDataFrame:
    """Read dated front-line files into one layer: a row per date.

    Parameters
    ----------
    paths : str, Path, GeoDataFrame or iterable of str/Path
        A file, a glob (``"archive/deepstatemap_data_*.geojson"``), a directory
        (every GeoJSON, GeoPackage, KML and KMZ in it) or a list of these. A
        GeoDataFrame is taken as already read (``file`` is then empty).
    date : str, date or Timestamp, optional
        The date of everything read; overrides ``date_from``.
    date_from : str
        ``"filename"`` (default): the date in each file's name. Anything else is
        the name of a column holding each feature's date (``"timestamp"`` for
        KML ``<TimeStamp>``).
    source : str, optional
        Who published the data ("DeepStateMap"); stored on every row.
    date_pattern : str, optional
        A regular expression for dates in file names, with named groups
        ``year``, ``month`` and ``day``.
    layer : str or list of str, optional
        The layer(s) to read from multi-layer files (GeoPackage tables, KML
        folders). Default: every layer with geometry, merged per date.
    simplify_m : float, optional
        Simplify with this tolerance in metres (see the module's rules for the
        bound). Default: keep the full geometry.
    attribution : str, optional
        The credit line maps print. Default: a known one for DeepStateMap and
        ISW, else ``"Front line: <source>"``.
    kml_engine : {"auto", "gdal", "stdlib"}
        How to read KML/KMZ: GDAL's LIBKML/KML driver through pyogrio, or the
        small standard-library reader (:func:`read_kml`). ``"auto"`` takes GDAL
        when it has a KML driver.

    Returns
    -------
    GeoDataFrame
        Columns ``date``, ``source``, ``file``, ``area_km2``, ``geometry``,
        sorted by date, with ``attrs["geofront"]``.

    Raises
    ------
    geofront.InputError
        No files match, a file has no date, a date column is missing or holds
        values that are not dates.

    Examples
    --------
    >>> import geofront as gf, geopandas as gpd
    >>> from shapely import box
    >>> raw = gpd.GeoDataFrame({"day": ["2026-02-14", "2026-02-15", "2026-02-15"]},
    ...     geometry=[box(37, 48, 38, 49), box(37, 48, 38, 49), box(38, 48, 39, 49)], crs=4326)
    >>> fl = gf.read_frontlines(raw, date_from="day", source="synthetic")
    >>> fl[["date", "source"]]
            date     source
    0 2026-02-14  synthetic
    1 2026-02-15  synthetic
    >>> fl["area_km2"].round().tolist()
    [8218.0, 16435.0]
    >>> fl.attrs["geofront"]["attribution"]
    'Front line: synthetic'
    """
    import geopandas as gpd

    if kml_engine not in ("auto", "gdal", "stdlib"):
        raise InputError(f"kml_engine must be 'auto', 'gdal' or 'stdlib', not {kml_engine!r}")
    if simplify_m is not None and (not math.isfinite(simplify_m) or simplify_m < 0):
        raise InputError(f"simplify_m must be a number >= 0 metres, got {simplify_m!r}")
    fixed = _as_day(date, "date") if date is not None else None
    pattern = re.compile(date_pattern) if date_pattern else _DATE_IN_NAME
    layers = [layer] if isinstance(layer, str) else (list(layer) if layer is not None else None)

    pieces: list[tuple[pd.Timestamp, str, Any]] = []
    if isinstance(paths, gpd.GeoDataFrame):
        frames: Iterable[tuple[str, Any]] = [("", paths)]
    else:
        files = _expand(paths)
        frames = ((str(p), _read_file(p, layers, kml_engine)) for p in files)
    for name, frame in frames:
        if frame.crs is not None and not frame.crs.equals("EPSG:4326"):
            frame = frame.to_crs(4326)
        geoms = frame.geometry.to_numpy()
        if fixed is not None:
            days = [fixed] * len(frame)
        elif date_from == "filename":
            if not name:
                raise InputError(
                    "a GeoDataFrame has no file name to take dates from; "
                    "pass date=... or date_from=<column>"
                )
            days = [_date_in_name(name, pattern)] * len(frame)
        else:
            days = _dates_in_column(frame, date_from, name)
        for day, geom in zip(days, geoms, strict=True):
            pieces.append((day, name, geom))

    if not pieces:
        raise InputError("the front-line input has no features")
    by_day: dict[pd.Timestamp, tuple[list[str], list[Any]]] = {}
    undated = sum(1 for day, _, _ in pieces if day is None)
    if undated == len(pieces):
        raise InputError(f"no feature has a date in column {date_from!r}")
    if undated:
        warnings.warn(
            f"skipped {undated} feature(s) with no date in column {date_from!r}", stacklevel=2
        )
    for day, name, geom in pieces:
        if day is None:
            continue
        names, geoms = by_day.setdefault(day, ([], []))
        if name not in names:
            names.append(name)
        geoms.append(geom)

    rows = []
    for day in sorted(by_day):
        names, geoms = by_day[day]
        geom = _merge(geoms)
        if simplify_m:
            geom = simplify(geom, simplify_m)
        rows.append({"date": day, "source": source, "file": "; ".join(n for n in names if n),
                     "geometry": geom})  # fmt: skip
    return _finish(rows, source, attribution, simplify_m)


def as_frontlines(frame: Any) -> gpd.GeoDataFrame:
    """Return ``frame`` as a front-line layer (one merged row per date).

    A layer from :func:`read_frontlines` is returned as it is; any other
    GeoDataFrame with a ``date`` column is merged per date.
    """
    import geopandas as gpd

    if not isinstance(frame, gpd.GeoDataFrame):
        raise TypeError(
            "front lines must be a GeoDataFrame from gf.read_frontlines, "
            f"not {type(frame).__name__}"
        )
    info = frame.attrs.get("geofront", {})
    if info.get("layer") == "frontlines" and "date" in frame and frame["date"].is_unique:
        return frame
    if "date" not in frame:
        raise InputError(
            "the front-line GeoDataFrame has no 'date' column; read it with gf.read_frontlines"
        )
    source = frame["source"].iloc[0] if "source" in frame and len(frame) else info.get("source")
    return read_frontlines(
        frame, date_from="date", source=source, attribution=info.get("attribution")
    )


def _finish(
    rows: list[dict[str, Any]], source: str | None, attribution: str | None, simplify_m: Any
) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd

    out = gpd.GeoDataFrame(
        rows, columns=["date", "source", "file", "geometry"], geometry="geometry", crs=4326
    )
    out["date"] = pd.to_datetime(out["date"]).astype("datetime64[ns]")
    out.insert(3, "area_km2", _area_km2(out.geometry.to_numpy()))
    out.attrs["geofront"] = {
        "layer": "frontlines",
        "source": source,
        "attribution": attribution or _attribution(source),
        "simplify_m": float(simplify_m) if simplify_m else None,
    }
    return out


def _attribution(source: str | None) -> str:
    if not source:
        return "Front line: user-supplied data"
    key = re.sub(r"[^a-z]", "", source.lower())
    for name, text in ATTRIBUTIONS.items():
        if key.startswith(name):
            return text
    return f"Front line: {source}"


def _expand(paths: Any) -> list[Path]:
    items = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    found: list[Path] = []
    for item in items:
        text = os.path.expanduser(os.fspath(item))
        if glob.has_magic(text):
            matches = sorted(glob.glob(text))
            if not matches:
                raise InputError(f"no front-line files match {text!r}")
            found.extend(Path(m) for m in matches)
        elif os.path.isdir(text):
            inside = sorted(
                p for p in Path(text).iterdir() if p.suffix.lower() in FRONTLINE_SUFFIXES
            )
            if not inside:
                raise InputError(
                    f"no GeoJSON, GeoPackage, KML or KMZ files in the directory {text!r}"
                )
            found.extend(inside)
        elif os.path.isfile(text):
            found.append(Path(text))
        else:
            raise InputError(f"no such front-line file: {text!r}")
    if not found:
        raise InputError("no front-line files given")
    return found


def _date_in_name(name: str, pattern: re.Pattern[str]) -> pd.Timestamp:
    import pandas as pd

    stem = Path(name).name
    matches = list(pattern.finditer(stem))
    if not matches:
        raise InputError(
            f"no date in the file name {stem!r}; name files like "
            "'deepstatemap_data_20260215.geojson', or pass date=..., date_pattern=... "
            "or date_from=<column>"
        )
    m = matches[-1]
    try:
        groups = m.groupdict()
        if {"year", "month", "day"} <= groups.keys():
            return pd.Timestamp(int(groups["year"]), int(groups["month"]), int(groups["day"]))
        return _as_day(m.group(1) if m.groups() else m.group(0), f"file name {stem!r}")
    except ValueError as err:
        raise InputError(f"{m.group(0)!r} in the file name {stem!r} is not a date") from err


def _as_day(value: Any, what: str) -> pd.Timestamp:
    import pandas as pd

    try:
        stamp = pd.Timestamp(value)
    except (TypeError, ValueError) as err:
        raise InputError(f"cannot read {value!r} ({what}) as a date; use YYYY-MM-DD") from err
    if stamp is pd.NaT:
        raise InputError(f"{what} is empty; pass a date like '2026-02-15'")
    if stamp.tzinfo is not None:
        stamp = stamp.tz_localize(None)  # keep the calendar day as written
    return stamp.normalize().as_unit("ns")


def _dates_in_column(frame: Any, column: str, name: str) -> list[Any]:
    import pandas as pd

    if column not in frame.columns:
        cols = ", ".join(repr(c) for c in frame.columns if c != frame.geometry.name)
        where = f" in {Path(name).name!r}" if name else ""
        raise InputError(
            f"no column {column!r}{where}; choose date_from among: {cols}, or 'filename'"
        )
    values = frame[column]
    if isinstance(values.dtype, pd.DatetimeTZDtype):
        values = values.dt.tz_localize(None)
    try:
        parsed = pd.to_datetime(values, errors="raise", format="mixed")
    except (TypeError, ValueError) as err:
        raise InputError(
            f"column {column!r} holds values that are not dates ({err}); use YYYY-MM-DD"
        ) from err
    if isinstance(parsed.dtype, pd.DatetimeTZDtype):
        parsed = parsed.dt.tz_localize(None)
    days = parsed.dt.normalize().astype("datetime64[ns]")
    return [None if pd.isna(d) else pd.Timestamp(d) for d in days]


def _read_file(path: Path, layers: list[str] | None, kml_engine: str) -> gpd.GeoDataFrame:
    import geopandas as gpd
    import pandas as pd
    import pyogrio

    suffix = path.suffix.lower()
    if suffix in (".kml", ".kmz"):
        data = _kml_bytes(path) if suffix == ".kmz" else path.read_bytes()
        engine = kml_engine
        if engine == "auto":
            drivers = pyogrio.list_drivers()
            engine = "gdal" if ("LIBKML" in drivers or "KML" in drivers) else "stdlib"
        if engine == "stdlib":
            frame = read_kml(data)
            if layers is not None:
                frame = frame[frame["layer"].isin(layers)]
            return frame
        source: Any = io.BytesIO(data)
        available = [str(n) for n, _ in pyogrio.list_layers(source)]
    else:
        source = path
        if layers is None and suffix in (".geojson", ".json"):
            return _read_layer(path, None)  # one layer: skip listing
        try:
            listed = pyogrio.list_layers(path)
        except Exception as err:  # pyogrio raises DataSourceError and friends
            raise InputError(f"cannot read {str(path)!r} as a vector file: {err}") from err
        available = [str(n) for n, kind in listed if kind is not None]
    chosen = available if layers is None else [n for n in available if n in layers]
    if layers is not None and not chosen:
        raise InputError(
            f"no layer {layers!r} in {path.name!r}; it has: {', '.join(available) or 'none'}"
        )
    frames = []
    for name in chosen:
        if isinstance(source, io.BytesIO):
            source.seek(0)
        frames.append(_read_layer(source, name))
    if not frames:
        return gpd.GeoDataFrame({"layer": []}, geometry=[], crs=4326)
    crs = frames[0].crs or "EPSG:4326"
    frames = [f.to_crs(crs) if f.crs is not None and f.crs != crs else f for f in frames]
    return gpd.GeoDataFrame(pd.concat(frames, ignore_index=True), geometry="geometry", crs=crs)


def _read_layer(source: Any, layer: str | None) -> gpd.GeoDataFrame:
    import pyogrio

    try:
        frame = pyogrio.read_dataframe(source, layer=layer)
    except Exception as err:  # pyogrio's DataSourceError and friends
        where = getattr(source, "name", "the KML")
        raise InputError(f"cannot read {where!r} as a vector file: {err}") from err
    frame["layer"] = layer if layer is not None else Path(str(source)).stem
    return frame


def _kml_bytes(path: Path) -> bytes:
    """The KML inside a KMZ: ``doc.kml``, else the first ``.kml`` at the top level."""
    try:
        with zipfile.ZipFile(path) as archive:
            names = [i for i in archive.infolist() if i.filename.lower().endswith(".kml")]
            if not names:
                raise InputError(f"the KMZ {path.name!r} holds no .kml file")
            names.sort(key=lambda i: (i.filename.lower() != "doc.kml", i.filename.count("/")))
            info = names[0]
            if info.file_size > _MAX_KML_BYTES:
                raise InputError(f"the KML inside {path.name!r} is larger than 512 MB")
            return archive.read(info)
    except zipfile.BadZipFile as err:
        raise InputError(f"{path.name!r} is not a KMZ (zip) file") from err


def read_kml(data: bytes | str) -> gpd.GeoDataFrame:
    """Read KML with the standard library: one row per Placemark geometry.

    The fallback when GDAL has no KML driver. Columns follow GDAL's LIBKML
    driver: ``layer`` (the enclosing Folder's name), ``Name``, ``description``,
    ``timestamp`` (``<TimeStamp><when>``), ``begin``, ``end``
    (``<TimeSpan>``), one column per ``<ExtendedData>`` field, and
    ``geometry`` (2-D; ``MultiGeometry`` becomes a GeometryCollection). KML
    that declares entities is refused.

    Examples
    --------
    >>> kml = b'''<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark>
    ... <name>held</name><TimeStamp><when>2026-02-15</when></TimeStamp>
    ... <Polygon><outerBoundaryIs><LinearRing><coordinates>
    ... 37,48 38,48 38,49 37,48</coordinates></LinearRing></outerBoundaryIs></Polygon>
    ... </Placemark></Document></kml>'''
    >>> frame = read_kml(kml)
    >>> frame.loc[0, "Name"], frame.loc[0, "timestamp"], frame.geometry[0].geom_type
    ('held', '2026-02-15', 'Polygon')
    """
    import xml.etree.ElementTree as ET

    import geopandas as gpd

    raw = data.encode("utf-8") if isinstance(data, str) else bytes(data)
    if b"<!ENTITY" in raw[:65536].upper():
        raise InputError("the KML declares XML entities; refusing to expand them")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as err:
        raise InputError(f"the KML is not well-formed XML: {err}") from err

    rows: list[dict[str, Any]] = []

    def walk(node: Any, folder: str | None) -> None:
        for child in node:
            tag = _tag(child)
            if tag in ("Folder", "Document"):
                name = _text(child, "name")
                walk(child, name if tag == "Folder" and name else folder)
            elif tag == "Placemark":
                row = _placemark(child)
                row["layer"] = folder
                rows.append(row)

    walk(root, None)
    frame = gpd.GeoDataFrame(rows, geometry="geometry", crs=4326) if rows else None
    if frame is None:
        return gpd.GeoDataFrame({"layer": [], "Name": []}, geometry=[], crs=4326)
    first = ["layer", "Name", "description", "timestamp", "begin", "end"]
    rest = [c for c in frame.columns if c not in first and c != "geometry"]
    return frame[[c for c in first if c in frame.columns] + rest + ["geometry"]]


def _tag(node: Any) -> str:
    return _KML_NS.sub("", node.tag) if isinstance(node.tag, str) else ""


def _child(node: Any, name: str) -> Any:
    for child in node:
        if _tag(child) == name:
            return child
    return None


def _text(node: Any, name: str) -> str | None:
    child = _child(node, name)
    return child.text.strip() if child is not None and child.text else None


def _placemark(node: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "Name": _text(node, "name"),
        "description": _text(node, "description"),
        "timestamp": None,
        "begin": None,
        "end": None,
    }
    stamp = _child(node, "TimeStamp")
    if stamp is not None:
        row["timestamp"] = _text(stamp, "when")
    span = _child(node, "TimeSpan")
    if span is not None:
        row["begin"], row["end"] = _text(span, "begin"), _text(span, "end")
    extended = _child(node, "ExtendedData")
    if extended is not None:
        for item in extended.iter():
            tag = _tag(item)
            if tag == "Data" and item.get("name"):
                value = _child(item, "value")
                row[item.get("name")] = (
                    value.text.strip() if value is not None and value.text else None
                )
            elif tag == "SimpleData" and item.get("name"):
                row[item.get("name")] = item.text.strip() if item.text else None
    geoms = [g for g in (_geometry(child) for child in node) if g is not None]
    row["geometry"] = (
        geoms[0] if len(geoms) == 1 else (shapely.GeometryCollection(geoms) if geoms else None)
    )
    return row


def _coords(node: Any) -> np.ndarray:
    text = _text(node, "coordinates") or ""
    values = [tuple(float(v) for v in item.split(",")[:2]) for item in text.split() if item]
    return np.asarray(values, dtype=float).reshape(-1, 2)


def _geometry(node: Any) -> Any:
    tag = _tag(node)
    if tag == "Point":
        xy = _coords(node)
        return shapely.Point(xy[0]) if len(xy) else None
    if tag == "LineString":
        xy = _coords(node)
        return shapely.LineString(xy) if len(xy) >= 2 else None
    if tag == "LinearRing":
        xy = _coords(node)
        return shapely.Polygon(xy) if len(xy) >= 3 else None
    if tag == "Polygon":
        shell, holes = None, []
        for child in node:
            ring = _child(child, "LinearRing")
            if ring is None:
                continue
            xy = _coords(ring)
            if len(xy) < 3:
                continue
            if _tag(child) == "outerBoundaryIs":
                shell = xy
            elif _tag(child) == "innerBoundaryIs":
                holes.append(xy)
        return shapely.Polygon(shell, holes) if shell is not None else None
    if tag == "MultiGeometry":
        parts = [g for g in (_geometry(child) for child in node) if g is not None]
        return shapely.GeometryCollection(parts) if parts else None
    return None


# =========================================================================== geometry


def _merge(geoms: list[Any]) -> Any:
    """Union the polygons of one date into a MultiPolygon (lines if there are no polygons)."""
    arr = shapely.force_2d(np.asarray([g for g in geoms if g is not None], dtype=object))
    if arr.size == 1 and shapely.get_type_id(arr[0]) in (3, 6) and shapely.is_valid(arr[0]):
        return _orient(_as_multipolygon(arr[0]))  # one valid (Multi)Polygon: kept exactly
    parts = shapely.get_parts(arr) if arr.size else np.empty(0, dtype=object)
    # GeometryCollections (KML MultiGeometry, make_valid output) nest: flatten fully.
    while parts.size and (shapely.get_type_id(parts) == 7).any():
        parts = shapely.get_parts(parts)
    kinds = shapely.get_type_id(parts) if parts.size else np.empty(0, dtype=int)
    polys = parts[kinds == 3]
    if polys.size:
        invalid = ~shapely.is_valid(polys)
        if invalid.any():
            fixed = shapely.make_valid(polys[invalid])
            polys = np.concatenate([polys[~invalid], _polygons_of(fixed)])
        merged = polys[0] if polys.size == 1 else shapely.union_all(polys, grid_size=GRID_DEG)
        dropped = int((kinds == 1).sum() + (kinds == 2).sum())
        if dropped:
            warnings.warn(
                f"dropped {dropped} line(s) on a date that has polygons; "
                "the layer holds the occupied area",
                stacklevel=3,
            )
        return _orient(_as_multipolygon(merged))
    lines = parts[(kinds == 1) | (kinds == 2)]
    if lines.size:
        merged = shapely.line_merge(shapely.union_all(lines))
        return shapely.multilinestrings(shapely.get_parts(merged))
    return shapely.MultiPolygon()


def _orient(geom: Any) -> Any:
    """Exterior rings counter-clockwise, holes clockwise (RFC 7946)."""
    return shapely.orient_polygons(geom) if hasattr(shapely, "orient_polygons") else geom


def _polygons_of(geoms: np.ndarray) -> np.ndarray:
    parts = shapely.get_parts(geoms)
    while parts.size and (shapely.get_type_id(parts) == 7).any():
        parts = shapely.get_parts(parts)
    return parts[shapely.get_type_id(parts) == 3] if parts.size else parts


def _as_multipolygon(geom: Any) -> Any:
    if geom.geom_type == "MultiPolygon":
        return geom
    if geom.geom_type == "Polygon":
        return shapely.MultiPolygon([geom])
    parts = _polygons_of(np.asarray([geom], dtype=object))
    return shapely.MultiPolygon(list(parts))


def simplify(geometry: Any, tolerance_m: float) -> Any:
    """Simplify a lon/lat geometry so that it moves by at most ``tolerance_m`` metres.

    Douglas-Peucker in a frame where longitude is scaled by ``cos(lat0)``,
    ``lat0`` the latitude of the geometry closest to the equator, with a
    tolerance of ``tolerance_m / 111,694`` degrees. A displacement of ``d``
    degrees in that frame is at most ``d * 111,694`` m on the ellipsoid (the
    largest radius of curvature, ``a**2 / b``, times the angle), so the
    simplified and original boundaries are within ``tolerance_m`` of each other
    (Hausdorff). Topology is preserved (no new self-intersections).

    Examples
    --------
    >>> from shapely import Polygon
    >>> wiggly = Polygon([(37, 48), (37.5, 48.00001), (38, 48), (38, 49), (37, 49)])
    >>> len(simplify(wiggly, 10).exterior.coords), len(simplify(wiggly, 0.5).exterior.coords)
    (5, 6)
    """
    if geometry is None or geometry.is_empty or tolerance_m <= 0:
        return geometry
    bounds = shapely.bounds(geometry)
    lat0 = 0.0 if bounds[1] <= 0.0 <= bounds[3] else min(abs(bounds[1]), abs(bounds[3]))
    k = math.cos(math.radians(lat0))
    scaled = shapely.transform(geometry, lambda xy: xy * np.array([k, 1.0]))
    tol_deg = tolerance_m / _METRES_PER_DEGREE_MAX
    simple = shapely.simplify(scaled, tol_deg, preserve_topology=True)
    out = shapely.transform(simple, lambda xy: xy / np.array([k, 1.0]))
    if geometry.geom_type == "MultiPolygon":
        out = _as_multipolygon(out) if not out.is_empty else shapely.MultiPolygon()
    return out


# =========================================================================== dates


def frontline_on(
    frontlines: gpd.GeoDataFrame, date: Any, *, max_age_days: int = 1
) -> pd.Series | None:
    """The layer's row for ``date``: that day's, else the latest up to ``max_age_days`` before.

    Examples
    --------
    >>> import geofront as gf, geopandas as gpd
    >>> from shapely import box
    >>> fl = gf.read_frontlines(gpd.GeoDataFrame({"d": ["2026-02-14"]},
    ...     geometry=[box(37, 48, 38, 49)], crs=4326), date_from="d")
    >>> frontline_on(fl, "2026-02-15")["date"].date()
    datetime.date(2026, 2, 14)
    >>> frontline_on(fl, "2026-02-16") is None
    True
    """
    from geofront.frontcheck import _day, _select

    layer = as_frontlines(frontlines)
    day = _day(date)
    if day is None:
        raise InputError("frontline_on needs a date")
    pos = _select(layer["date"].to_numpy(dtype="datetime64[ns]"), day, max_age_days)
    return None if pos is None else layer.iloc[pos]


def _row_on(layer: Any, date: Any, max_age_days: int) -> Any:
    row = frontline_on(layer, date, max_age_days=max_age_days)
    if row is None:
        raise InputError(
            f"no front line on {date}"
            + (f" or up to {max_age_days} day(s) before" if max_age_days else "")
            + f"; the layer has {len(layer)} date(s)"
            + (
                f" from {layer['date'].min().date()} to {layer['date'].max().date()}"
                if len(layer)
                else ""
            )  # fmt: skip
        )
    return row


# =========================================================================== change


def frontline_change(
    frontlines: gpd.GeoDataFrame, start: Any, end: Any, *, max_age_days: int = 0
) -> gpd.GeoDataFrame:
    """Area gained and lost between two dates, as polygons with geodesic areas.

    "gained" is held on ``end`` but not on ``start`` (the occupied area grew),
    "lost" held on ``start`` but not on ``end``.

    Parameters
    ----------
    frontlines : GeoDataFrame
        A layer from :func:`read_frontlines` (areas, not lines).
    start, end : str, date or Timestamp
        The two dates. With ``max_age_days > 0`` the latest line up to that
        many days before each is used.

    Returns
    -------
    GeoDataFrame
        Two rows, ``change`` "gained" and "lost", with ``start``, ``end`` (the
        dates used), ``area_km2`` (geodesic), ``source`` and ``geometry``
        (MultiPolygon, possibly empty). ``attrs["geofront"]`` has ``layer``
        "frontline_change", the source, attribution and ``gained_km2``,
        ``lost_km2``, ``net_km2``.

    Examples
    --------
    >>> import geofront as gf, geopandas as gpd
    >>> from shapely import box
    >>> fl = gf.read_frontlines(gpd.GeoDataFrame({"d": ["2026-02-14", "2026-02-15"]},
    ...     geometry=[box(37, 48, 38, 49), box(37, 48, 38.1, 49)], crs=4326), date_from="d")
    >>> change = frontline_change(fl, "2026-02-14", "2026-02-15")
    >>> change[["change", "area_km2"]].round(1)
       change  area_km2
    0  gained     821.8
    1    lost       0.0
    """
    import geopandas as gpd

    layer = as_frontlines(frontlines)
    a = _row_on(layer, start, max_age_days)
    b = _row_on(layer, end, max_age_days)
    if not _is_area(a.geometry) or not _is_area(b.geometry):
        raise InputError("frontline_change needs occupied areas (polygons), not lines")
    gained = _as_multipolygon(shapely.difference(b.geometry, a.geometry, grid_size=GRID_DEG))
    lost = _as_multipolygon(shapely.difference(a.geometry, b.geometry, grid_size=GRID_DEG))
    info = layer.attrs.get("geofront", {})
    out = gpd.GeoDataFrame(
        {
            "change": ["gained", "lost"],
            "start": [a["date"], a["date"]],
            "end": [b["date"], b["date"]],
            "area_km2": _area_km2([gained, lost]),
            "source": [b.get("source")] * 2,
        },
        geometry=[gained, lost],
        crs=4326,
    )
    out.attrs["geofront"] = {
        "layer": "frontline_change",
        "source": info.get("source"),
        "attribution": info.get("attribution"),
        "gained_km2": float(out["area_km2"].iloc[0]),
        "lost_km2": float(out["area_km2"].iloc[1]),
        "net_km2": float(out["area_km2"].iloc[0] - out["area_km2"].iloc[1]),
    }
    return out


def frontline_changes(frontlines: gpd.GeoDataFrame) -> pd.DataFrame:
    """Area gained, lost and held between each date of a layer and the next.

    Returns
    -------
    DataFrame
        One row per consecutive pair of dates: ``start``, ``end``, ``days``,
        ``gained_km2``, ``lost_km2``, ``net_km2`` and ``area_km2`` (held on
        ``end``), all geodesic.

    Examples
    --------
    >>> import geofront as gf, geopandas as gpd
    >>> from shapely import box
    >>> fl = gf.read_frontlines(gpd.GeoDataFrame({"d": ["2026-02-14", "2026-02-15"]},
    ...     geometry=[box(37, 48, 38, 49), box(37.1, 48, 38.1, 49)], crs=4326), date_from="d")
    >>> frontline_changes(fl)[["gained_km2", "lost_km2", "net_km2"]].round(1)
       gained_km2  lost_km2  net_km2
    0       821.8     821.8      0.0
    """
    import pandas as pd

    layer = as_frontlines(frontlines)
    geoms = layer.geometry.to_numpy()
    if not all(_is_area(g) for g in geoms):
        raise InputError("frontline_changes needs occupied areas (polygons), not lines")
    before, after = geoms[:-1], geoms[1:]
    # gained = area(after) - area(both), lost = area(before) - area(both): one
    # overlay and one area per pair instead of two overlays and many slivers.
    both = _area_km2(shapely.intersection(before, after, grid_size=GRID_DEG))
    area = layer["area_km2"].to_numpy()
    gained = np.maximum(area[1:] - both, 0.0)
    lost = np.maximum(area[:-1] - both, 0.0)
    dates = layer["date"].reset_index(drop=True)
    return pd.DataFrame(
        {
            "start": dates.iloc[:-1].to_numpy(),
            "end": dates.iloc[1:].to_numpy(),
            "days": (dates.iloc[1:].to_numpy() - dates.iloc[:-1].to_numpy())
            / np.timedelta64(1, "D"),
            "gained_km2": gained,
            "lost_km2": lost,
            "net_km2": gained - lost,
            "area_km2": layer["area_km2"].to_numpy()[1:],
        }
    )


def _zone_m2(phi: np.ndarray) -> np.ndarray:
    """Ellipsoid area between the equator and latitude ``phi`` (radians), per radian of lon.

    The integral of ``M * N * cos(phi)`` from 0 to ``phi``.
    """
    e = math.sqrt(_E2)
    s = np.sin(phi)
    return 0.5 * _B * _B * (s / (1.0 - _E2 * s * s) + np.arctanh(e * s) / e)


def _area_km2(geoms: Any) -> np.ndarray:
    """Area in km² on WGS84 of polygons whose edges are straight in lon/lat (as drawn).

    GeoJSON edges are straight lines in lon/lat (RFC 7946), and that is how
    maps draw them and shapely intersects them. By Green's theorem the area of
    such a polygon is ``-sum over edges of dlon * mean(F(lat))`` with ``F`` the
    zone area per radian (:func:`_zone_m2`); the mean along each edge is a
    5-point Gauss-Legendre quadrature, exact to rounding for edges of a few
    degrees. (:func:`geofront.geodesic.area_m2` takes edges as geodesics
    instead; the two differ by a few m² per km of long east-west edges.)
    """
    arr = np.asarray(geoms, dtype=object).ravel()
    out = np.where([g is None for g in arr], np.nan, 0.0)
    polys = shapely.get_parts(arr, return_index=True)
    parts, owner = polys
    keep = (shapely.get_type_id(parts) == 3) & ~shapely.is_empty(parts)
    parts, owner = _orient(parts[keep]), owner[keep]
    if not parts.size:
        return out / 1e6
    rings, ring_owner = shapely.get_rings(parts, return_index=True)
    coords, ring_of = shapely.get_coordinates(rings, return_index=True)
    same = ring_of[1:] == ring_of[:-1]  # edges stay within a ring
    lam = np.radians(coords[:, 0])
    phi = np.radians(coords[:, 1])
    lam0, lam1 = lam[:-1][same], lam[1:][same]
    phi0, phi1 = phi[:-1][same], phi[1:][same]
    ref = _zone_m2(np.array([np.median(phi)]))[0]  # a constant: its loop integral is 0
    mean_f = np.zeros(lam0.size)
    for node, weight in zip(_GL_NODES, _GL_WEIGHTS, strict=True):
        mean_f += weight * (_zone_m2(phi0 + node * (phi1 - phi0)) - ref)
    edge = -(lam1 - lam0) * mean_f
    per_ring = np.bincount(ring_of[:-1][same], weights=edge, minlength=len(rings))
    per_part = np.bincount(ring_owner, weights=per_ring, minlength=len(parts))
    np.add.at(out, owner, per_part)
    return out / 1e6


def _is_area(geom: Any) -> bool:
    return geom is not None and geom.geom_type in ("Polygon", "MultiPolygon")


# =========================================================================== arrows


def advance_arrows(
    report: Report | Iterable[Report],
    frontlines: gpd.GeoDataFrame,
    *,
    max_age_days: int = 1,
    date: Any = None,
    length_m: float | None = None,
    spacing_m: float = 2_000.0,
) -> gpd.GeoDataFrame:
    """Arrows for direction claims: from the front line's nearest point toward the target.

    For each direction claim with a resolved target place ("ke arah
    Sloviansk", "toward Dnipropetrovsk"), the arrow starts at the point of the
    occupied area's boundary (or of the line) nearest to the target, on the
    report's date (same date rule as :func:`geofront.frontcheck.check_claims`),
    and follows the geodesic to the target's representative point, or for
    ``length_m`` metres along it when given.

    Returns
    -------
    GeoDataFrame
        One row per direction claim: ``report``, ``claim_index``, ``raw``,
        ``quote``, ``target``, ``target_geonameid``, ``report_date``,
        ``frontline_date``, ``distance_m`` (front to target), ``bearing_deg``
        (initial, at the start), ``reason`` (why there is no arrow) and
        ``geometry``: a LineString from the front toward the target with
        vertices on the geodesic every ``spacing_m`` metres, or None.
        ``attrs["geofront"]["layer"]`` is "advance_arrows".

    Examples
    --------
    >>> import geofront as gf, geopandas as gpd
    >>> from shapely import box
    >>> fl = gf.read_frontlines(gpd.GeoDataFrame({"d": ["2026-02-15"]},
    ...     geometry=[box(37.8, 48.6, 38.6, 49.3)], crs=4326), date_from="d")
    >>> report = gf.parse("Russian troops are advancing toward Sloviansk.", date="2026-02-15")
    >>> arrow = advance_arrows(report, fl).iloc[0]
    >>> arrow.target, round(arrow.distance_m), round(arrow.bearing_deg)
    ('Slovyansk', 14870, 270)
    """
    import geopandas as gpd
    import pandas as pd

    from geofront.frontcheck import _Boundary, _day, _reports, _select
    from geofront.geodesic._core import GEOD

    layer = as_frontlines(frontlines)
    dates = layer["date"].to_numpy(dtype="datetime64[ns]")
    override = _day(date) if date is not None else None
    cache: dict[int, Any] = {}
    rows = []
    for r_index, rep in enumerate(_reports(report)):
        day = override if override is not None else _day(rep.date)
        for c_index, claim in enumerate(rep.claim_records):
            span = claim.span
            if span.claim != "direction":
                continue
            target = claim.target
            row: dict[str, Any] = {
                "report": r_index,
                "claim_index": c_index,
                "raw": span.raw,
                "quote": span.quote,
                "target": target.name if target else span.target_text,
                "target_geonameid": target.geonameid if target else None,
                "report_date": day,
                "frontline_date": pd.NaT,
                "distance_m": math.nan,
                "bearing_deg": math.nan,
                "reason": "",
                "geometry": None,
            }
            rows.append(row)
            pos = _select(dates, day, max_age_days) if day is not None else None
            if target is None:
                row["reason"] = "no target place"
            elif day is None:
                row["reason"] = "the report has no date; pass date=..."
            elif pos is None:
                row["reason"] = (
                    f"no front line on {day.date()} or up to {max_age_days} day(s) before"
                )
            if row["reason"]:
                continue
            line = layer.iloc[pos]
            row["frontline_date"] = line["date"]
            boundary = cache.setdefault(pos, _Boundary(line.geometry))
            near = boundary.nearest(np.array([target.lon]), np.array([target.lat]))
            if boundary.empty:
                row["reason"] = "the front line is empty"
                continue
            if near.inside[0]:
                row["reason"] = "the target is inside the occupied area already"
                continue
            x0, y0 = float(near.lon[0]), float(near.lat[0])
            az, _, dist = GEOD.inv(x0, y0, target.lon, target.lat)
            row["distance_m"] = float(dist)
            row["bearing_deg"] = float(az % 360.0)
            length = float(dist) if length_m is None else min(float(length_m), float(dist))
            n = max(0, int(math.ceil(length / spacing_m)) - 1)
            end = GEOD.fwd(x0, y0, az, length)
            middle = (
                GEOD.fwd_intermediate(
                    x0, y0, az, n, del_s=length / (n + 1), return_back_azimuth=True
                )
                if n
                else None
            )
            coords = [(x0, y0)]
            if middle is not None:
                coords += list(zip(middle.lons, middle.lats, strict=True))
            coords.append((end[0], end[1]))
            row["geometry"] = shapely.LineString(coords)
    columns = ["report", "claim_index", "raw", "quote", "target", "target_geonameid",
               "report_date", "frontline_date", "distance_m", "bearing_deg", "reason",
               "geometry"]  # fmt: skip
    out = gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=4326)
    for col in ("report_date", "frontline_date"):
        out[col] = pd.to_datetime(out[col]).astype("datetime64[ns]")
    info = layer.attrs.get("geofront", {})
    out.attrs["geofront"] = {
        "layer": "advance_arrows",
        "source": info.get("source"),
        "attribution": info.get("attribution"),
    }
    return out
