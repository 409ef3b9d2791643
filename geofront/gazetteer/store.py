"""On-disk name index shared by every gazetteer backend (SQLite, stdlib).

One schema serves the bundled gazetteer, full GeoNames dumps and users'
tables, so the full GeoNames dump (~13 million names) is searchable within a
small, constant amount of memory.

``places``
    One row per place; ``id`` is the GeoNames id when there is one.
``names``
    ``(key, tier, place_id)``: every comparison key of every name of a place.
    ``tier = form * 4 + origin`` with ``form`` 0 = :func:`~geofront.names.fold`,
    1 = :func:`~geofront.names.loose`, 2 = Cyrillic stem
    (:func:`~geofront.names.index_stem`) and ``origin`` one of :data:`ORIGINS`.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from geofront.errors import GazetteerError
from geofront.names import fold, index_stem, loose

__all__ = [
    "FORMS",
    "ORIGINS",
    "IndexReader",
    "IndexWriter",
    "NameHit",
    "PlaceRow",
    "name_keys",
]

#: Where a name comes from, best first.
ORIGINS = ("primary", "historical", "alternate", "namesake")
#: How a key was derived from a name, strictest first.
FORMS = ("fold", "loose", "stem")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS places (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    lon REAL NOT NULL,
    lat REAL NOT NULL,
    kind TEXT NOT NULL,
    country_code TEXT,
    admin1_iso TEXT,
    admin1_code TEXT,
    geonameid INTEGER,
    population INTEGER NOT NULL DEFAULT 0,
    n_names INTEGER NOT NULL DEFAULT 0,
    source TEXT NOT NULL DEFAULT '',
    shape BLOB
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL,
    tier INTEGER NOT NULL,
    place_id INTEGER NOT NULL,
    PRIMARY KEY (key, place_id, tier)
) WITHOUT ROWID;
"""

_PLACE_COLUMNS = (
    "id, name, lon, lat, kind, country_code, admin1_iso, admin1_code, "
    "geonameid, population, n_names, source, shape"
)


@dataclass(frozen=True, slots=True)
class PlaceRow:
    """One row of the ``places`` table."""

    id: int
    name: str
    lon: float
    lat: float
    kind: str
    country_code: str | None
    admin1_iso: str | None
    admin1_code: str | None
    geonameid: int | None
    population: int
    n_names: int
    source: str
    shape: bytes | None = None


@dataclass(frozen=True, slots=True)
class NameHit:
    """A ``names`` row that matched a query key."""

    key: str
    form: str
    origin: str
    place_id: int


def name_keys(name: str) -> Iterator[tuple[str, int]]:
    """Yield ``(key, form_index)`` for one name: fold, loose, stem (deduplicated).

    Examples
    --------
    >>> list(name_keys("Суми"))
    [('суми', 0), ('sumi', 1), ('sum', 2)]
    >>> list(name_keys("Kyiv"))
    [('kyiv', 0), ('kiv', 1)]
    """
    folded = fold(name)
    if not folded:
        return
    yield folded, 0
    loosened = loose(name)
    if loosened and loosened != folded:
        yield loosened, 1
    stem = index_stem(name)
    if stem:
        yield stem, 2


class IndexWriter:
    """Write a name index into a new SQLite file (or ``":memory:"``).

    Rows are buffered and written in batches; call :meth:`close` (or use the
    writer as a context manager) to create the indexes and finish the file.
    """

    def __init__(self, path: str | os.PathLike[str], *, batch_size: int = 50_000) -> None:
        self.path = str(path)
        self.connection = sqlite3.connect(self.path, check_same_thread=False)
        self.connection.executescript(
            "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=MEMORY;"
            "PRAGMA cache_size=-200000;" + SCHEMA
        )
        self.batch_size = batch_size
        self._places: list[tuple] = []
        self._names: list[tuple[str, int, int]] = []

    def __enter__(self) -> IndexWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add_place(self, row: PlaceRow) -> None:
        """Queue one place row."""
        self._places.append(
            (
                row.id,
                row.name,
                row.lon,
                row.lat,
                row.kind,
                row.country_code,
                row.admin1_iso,
                row.admin1_code,
                row.geonameid,
                row.population,
                row.n_names,
                row.source,
                row.shape,
            )
        )
        if len(self._places) >= self.batch_size:
            self._flush_places()

    def add_names(self, place_id: int, names: Iterable[tuple[str, str]]) -> int:
        """Queue every key of ``names`` (``(name, origin)`` pairs) for one place.

        A key that several names share is stored once, with its best tier, and
        once more if it also comes from the primary name (ranking rewards a
        query that is the primary name in another spelling). Returns the
        number of distinct names.
        """
        best: dict[str, int] = {}
        primary: set[tuple[str, int]] = set()
        seen: set[str] = set()
        for name, origin in names:
            if not name or name in seen:
                continue
            seen.add(name)
            origin_index = ORIGINS.index(origin)
            for key, form in name_keys(name):
                tier = form * 4 + origin_index
                if origin_index == 0:
                    primary.add((key, tier))
                if key not in best or tier < best[key]:
                    best[key] = tier
        rows = {(key, tier) for key, tier in best.items()} | primary
        self._names.extend((key, tier, place_id) for key, tier in rows)
        if len(self._names) >= self.batch_size:
            self._flush_names()
        return len(seen)

    def add_name_rows(self, rows: Iterable[tuple[str, int, int]]) -> None:
        """Queue raw ``(key, tier, place_id)`` rows (bulk loaders)."""
        self._names.extend(rows)
        if len(self._names) >= self.batch_size:
            self._flush_names()

    def set_meta(self, **values: str) -> None:
        """Store metadata (attribution, versions, fingerprints)."""
        self.connection.executemany(
            "INSERT OR REPLACE INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in values.items()]
        )

    def _flush_places(self) -> None:
        if self._places:
            self.connection.executemany(
                f"INSERT OR REPLACE INTO places ({_PLACE_COLUMNS}) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                self._places,
            )
            self._places.clear()

    def _flush_names(self) -> None:
        if self._names:
            self.connection.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?)", self._names)
            self._names.clear()

    def flush(self) -> None:
        """Write buffered rows."""
        self._flush_places()
        self._flush_names()
        self.connection.commit()

    def close(self) -> None:
        """Flush, index and close the file."""
        self.flush()
        self.connection.execute(
            "CREATE INDEX IF NOT EXISTS places_kind ON places (kind, country_code)"
        )
        self.connection.execute("CREATE INDEX IF NOT EXISTS places_gnid ON places (geonameid)")
        self.connection.execute("ANALYZE")
        self.connection.commit()
        if self.path != ":memory:":
            self.connection.close()


class IndexReader:
    """Read-only access to a name index.

    Parameters
    ----------
    source : path or sqlite3.Connection
        A finished index file, or an open connection (in-memory indexes).
    """

    def __init__(self, source: str | os.PathLike[str] | sqlite3.Connection) -> None:
        if isinstance(source, sqlite3.Connection):
            self.connection = source
            self.path: Path | None = None
        else:
            self.path = Path(source)
            if not self.path.is_file():
                raise GazetteerError(f"No gazetteer index at {self.path}")
            uri = f"{self.path.resolve().as_uri()}?mode=ro&immutable=1"
            try:
                self.connection = sqlite3.connect(uri, uri=True, check_same_thread=False)
                self.connection.execute("PRAGMA mmap_size=268435456")
                self.connection.execute("SELECT count(*) FROM meta").fetchone()
            except sqlite3.DatabaseError as err:
                raise GazetteerError(
                    f"{self.path} is not a geofront gazetteer index ({err}); delete it to rebuild"
                ) from err
        self._lock = threading.Lock()

    def meta(self) -> dict[str, str]:
        """The index's metadata table as a dict."""
        with self._lock:
            return dict(self.connection.execute("SELECT key, value FROM meta"))

    def lookup(self, keys: Sequence[str]) -> list[NameHit]:
        """Every ``names`` row whose key is in ``keys``."""
        if not keys:
            return []
        marks = ",".join("?" * len(keys))
        with self._lock:
            rows = self.connection.execute(
                f"SELECT key, tier, place_id FROM names WHERE key IN ({marks})", tuple(keys)
            ).fetchall()
        return [NameHit(key, FORMS[tier // 4], ORIGINS[tier % 4], pid) for key, tier, pid in rows]

    def lookup_prefix(self, prefix: str, *, form: str, kind: str) -> list[NameHit]:
        """Rows of ``form`` whose key starts with ``prefix``, for places of ``kind``."""
        tiers = [FORMS.index(form) * 4 + i for i in range(len(ORIGINS))]
        with self._lock:
            rows = self.connection.execute(
                "SELECT n.key, n.tier, n.place_id FROM names n JOIN places p ON p.id = n.place_id "
                f"WHERE n.key >= ? AND n.key < ? AND n.tier IN ({','.join('?' * len(tiers))}) "
                "AND p.kind = ?",
                (prefix, prefix + "\U0010ffff", *tiers, kind),
            ).fetchall()
        return [NameHit(key, FORMS[tier // 4], ORIGINS[tier % 4], pid) for key, tier, pid in rows]

    def places(self, ids: Iterable[int]) -> dict[int, PlaceRow]:
        """Place rows by id."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        out: dict[int, PlaceRow] = {}
        with self._lock:
            for start in range(0, len(ids), 900):
                chunk = ids[start : start + 900]
                marks = ",".join("?" * len(chunk))
                for row in self.connection.execute(
                    f"SELECT {_PLACE_COLUMNS} FROM places WHERE id IN ({marks})", chunk
                ):
                    out[row[0]] = PlaceRow(*row)
        return out

    def by_geonameid(self, geonameid: int) -> PlaceRow | None:
        """The place with this GeoNames id, if any."""
        with self._lock:
            row = self.connection.execute(
                f"SELECT {_PLACE_COLUMNS} FROM places WHERE geonameid = ? LIMIT 1", (geonameid,)
            ).fetchone()
        return PlaceRow(*row) if row else None

    def iter_places(self, kind: str | None = None) -> Iterator[PlaceRow]:
        """Every place (of ``kind``), in id order."""
        sql = f"SELECT {_PLACE_COLUMNS} FROM places"
        params: tuple = ()
        if kind:
            sql += " WHERE kind = ?"
            params = (kind,)
        with self._lock:
            rows = self.connection.execute(sql + " ORDER BY id", params).fetchall()
        for row in rows:
            yield PlaceRow(*row)

    def count(self) -> int:
        """Number of places."""
        with self._lock:
            return int(self.connection.execute("SELECT count(*) FROM places").fetchone()[0])

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()
