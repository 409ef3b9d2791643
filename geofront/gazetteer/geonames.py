"""Index full GeoNames dumps (``allCountries.txt``, ``UA.txt``, ``alternateNamesV2.txt``).

The files are streamed line by line into the on-disk index of
:mod:`geofront.gazetteer.store`; memory stays flat (a sorted array of the
kept GeoNames ids, 8 bytes each, and SQLite's page cache), so the full dump
of ~13 million places fits in well under 2 GB.

File formats (https://download.geonames.org/export/dump/readme.txt):

``geoname`` (19 tab-separated columns)
    geonameid, name, asciiname, alternatenames (comma-separated), latitude,
    longitude, feature class, feature code, country code, cc2, admin1 code,
    admin2, admin3, admin4, population, elevation, dem, timezone,
    modification date.
``alternateNamesV2`` (10 columns)
    alternateNameId, geonameid, isolanguage, alternate name, isPreferredName,
    isShortName, isColloquial, isHistoric, from, to.
"""

from __future__ import annotations

import hashlib
import io
import os
import zipfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np

from geofront.errors import GazetteerBuildError, InputError
from geofront.gazetteer.store import ORIGINS, IndexWriter, PlaceRow, name_keys

__all__ = ["build_geonames_index", "kind_of", "ATTRIBUTION"]

ATTRIBUTION = "Place names and coordinates: GeoNames (geonames.org), CC BY 4.0."
_COUNTRY_CODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR", "PCLH"}
#: alternateNames "languages" that are not names: links, codes, postcodes.
_NOT_NAMES = {"link", "wkdt", "post", "iata", "icao", "faac", "abbr", "unlc", "tcid", "fr_1793"}
_GEONAME_COLUMNS = 19
_ALT_COLUMNS_MIN = 4


def kind_of(feature_class: str, feature_code: str) -> str:
    """Return geofront's kind for a GeoNames feature class and code.

    Examples
    --------
    >>> kind_of("P", "PPLA"), kind_of("A", "ADM1"), kind_of("A", "PCLI"), kind_of("H", "STM")
    ('settlement', 'admin1', 'country', 'water')
    """
    if feature_class == "P":
        return "settlement"
    if feature_class == "A":
        if feature_code == "ADM1" or feature_code == "ADM1H":
            return "admin1"
        if feature_code == "ADM2" or feature_code == "ADM2H":
            return "admin2"
        if feature_code in _COUNTRY_CODES:
            return "country"
        return "region"
    return {"H": "water", "T": "terrain", "L": "region", "S": "site"}.get(feature_class, "other")


@contextmanager
def _open_text(path: Path) -> Iterator[io.TextIOBase]:
    """Open a dump file, plain or zipped (as downloaded), as UTF-8 text."""
    if path.suffix.lower() == ".zip":
        with zipfile.ZipFile(path) as archive:
            members = [n for n in archive.namelist() if n.endswith(".txt") and "readme" not in n]
            if not members:
                raise InputError(f"{path} holds no .txt GeoNames table")
            with archive.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8", errors="replace")
    else:
        with open(path, encoding="utf-8", errors="replace") as handle:
            yield handle


def _paths(dump: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[Path]:
    items = [dump] if isinstance(dump, (str, os.PathLike)) else list(dump)
    paths = [Path(p) for p in items]
    missing = [str(p) for p in paths if not p.is_file()]
    if not paths or missing:
        raise InputError(f"GeoNames dump file(s) not found: {missing or 'none given'}")
    return paths


def _default_path(paths: list[Path], alternate: Path | None, key: str) -> Path:
    from geofront.gazetteer.bundled import INDEX_VERSION, cache_dir

    digest = hashlib.sha256(f"{INDEX_VERSION}|{key}".encode())
    for path in [*paths, *([alternate] if alternate else [])]:
        stat = path.stat()
        digest.update(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode())
    directory = cache_dir()
    directory.mkdir(parents=True, exist_ok=True)
    return directory / f"geonames-{digest.hexdigest()[:16]}.sqlite"


def build_geonames_index(
    dump: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    alternate_names: str | os.PathLike[str] | None = None,
    countries: Iterable[str] | None = None,
    path: str | os.PathLike[str] | None = None,
    feature_classes: str | None = None,
) -> Path:
    """Write an index of GeoNames dump files and return its path.

    An index that already exists at the (default) path for the same input
    files is reused as it is.
    """
    paths = _paths(dump)
    alternate = Path(alternate_names) if alternate_names else None
    if alternate is not None and not alternate.is_file():
        raise InputError(f"alternate names file not found: {alternate}")
    keep_countries = {c.upper() for c in countries} if countries else None
    keep_classes = set(feature_classes.upper()) if feature_classes else None
    key = f"{sorted(keep_countries or [])}|{sorted(keep_classes or [])}"
    target = Path(path) if path else _default_path(paths, alternate, key)
    if target.is_file():
        return target
    tmp = target.with_suffix(".building")
    if tmp.exists():
        tmp.unlink()
    try:
        with IndexWriter(tmp) as writer:
            ids = _write_geonames(writer, paths, keep_countries, keep_classes)
            if alternate is not None:
                _write_alternate_names(writer, alternate, ids)
            writer.set_meta(kind="geonames", attribution=ATTRIBUTION, places=str(len(ids)))
        os.replace(tmp, target)
    except InputError:
        if tmp.exists():
            tmp.unlink()
        raise
    except (OSError, ValueError, UnicodeError) as err:
        if tmp.exists():
            tmp.unlink()
        raise GazetteerBuildError(f"Could not index GeoNames dump {paths}: {err}") from err
    return target


def _admin1_iso_map() -> dict[str, str]:
    from geofront.gazetteer.bundled import _load_subdivisions

    return {s["gn_code"]: s["iso"] for s in _load_subdivisions() if s["gn_code"] and s["iso"]}


def _write_geonames(
    writer: IndexWriter,
    paths: list[Path],
    keep_countries: set[str] | None,
    keep_classes: set[str] | None,
) -> np.ndarray:
    iso_of = _admin1_iso_map()
    ids = array("q")
    bad = 0
    for path in paths:
        with _open_text(path) as handle:
            for line in handle:
                cols = line.rstrip("\n").split("\t")
                if len(cols) < _GEONAME_COLUMNS or not cols[0].isdigit():
                    bad += 1
                    continue
                country = cols[8]
                if keep_countries is not None and country not in keep_countries:
                    continue
                if keep_classes is not None and cols[6] not in keep_classes:
                    continue
                try:
                    gid = int(cols[0])
                    lat, lon = float(cols[4]), float(cols[5])
                    population = int(cols[14] or 0)
                except ValueError:
                    bad += 1
                    continue
                if not (abs(lat) <= 90 and abs(lon) <= 180) or not cols[1]:
                    bad += 1
                    continue
                kind = kind_of(cols[6], cols[7])
                code = f"{country}.{cols[10]}" if country and cols[10] else None
                names = [(cols[1], "primary"), (cols[2], "alternate")]
                names += [(n, "alternate") for n in cols[3].split(",") if n]
                n_names = writer.add_names(gid, names)
                writer.add_place(
                    PlaceRow(
                        id=gid,
                        name=cols[1],
                        lon=lon,
                        lat=lat,
                        kind=kind,
                        country_code=country or None,
                        admin1_iso=iso_of.get(code or ""),
                        admin1_code=code,
                        geonameid=gid,
                        population=population,
                        n_names=n_names,
                        source=f"GeoNames dump {path.name} (CC BY 4.0)",
                    )
                )
                ids.append(gid)
    if not ids:
        raise InputError(f"No GeoNames rows read from {[str(p) for p in paths]} ({bad} bad lines)")
    return np.unique(np.frombuffer(ids, dtype=np.int64))


def _write_alternate_names(writer: IndexWriter, path: Path, ids: np.ndarray) -> None:
    batch: list[tuple[int, str, int]] = []

    def flush() -> None:
        if not batch:
            return
        gids = np.fromiter((b[0] for b in batch), dtype=np.int64, count=len(batch))
        pos = np.searchsorted(ids, gids).clip(0, len(ids) - 1)
        keep = ids[pos] == gids
        rows = []
        for (gid, name, origin), ok in zip(batch, keep.tolist(), strict=True):
            if ok:
                rows.extend((key, form * 4 + origin, gid) for key, form in name_keys(name))
        writer.add_name_rows(rows)
        batch.clear()

    historical = ORIGINS.index("historical")
    alternate = ORIGINS.index("alternate")
    with _open_text(path) as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < _ALT_COLUMNS_MIN or not cols[1].isdigit() or cols[2] in _NOT_NAMES:
                continue
            is_historic = len(cols) > 7 and cols[7] == "1"
            batch.append((int(cols[1]), cols[3], historical if is_historic else alternate))
            if len(batch) >= 50_000:
                flush()
    flush()
