"""The :class:`Gazetteer`: one search API over every backend."""

from __future__ import annotations

import math
import os
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geofront.errors import InputError
from geofront.gazetteer.ranking import MATCH_QUALITY, Bias, score_candidate
from geofront.gazetteer.store import FORMS, IndexReader, IndexWriter, PlaceRow, name_keys
from geofront.names import (
    cyrillic_query_stems,
    fold,
    has_cyrillic,
    loose,
    spelling_variants,
    split_region_cue,
    strip_preposition,
)
from geofront.records import PLACE_KINDS, Place

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["Gazetteer", "geocode", "MAX_QUERY_CHARS"]

#: Countries whose regions have "-щина" vernacular names (Харківщина, Брянщина).
VERNACULAR_COUNTRIES = frozenset({"UA", "RU", "BY"})
#: Longest query accepted by :meth:`Gazetteer.search` (names, not documents).
MAX_QUERY_CHARS = 1_000
_USER_SOURCE = "added by the user"
_CACHE_SIZE = 50_000


@dataclass(frozen=True, slots=True)
class _Hit:
    form: str
    origin: str
    text: str


def _clean_query(query: object) -> str:
    if isinstance(query, (bytes, bytearray, memoryview)):
        raise TypeError("Place names must be str, not bytes: decode them first (e.g. .decode())")
    if not isinstance(query, str):
        raise TypeError(f"A place name must be a str, not {type(query).__name__}")
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(
            f"A place name of {len(query):,} characters is too long (limit "
            f"{MAX_QUERY_CHARS:,}); use gf.parse() to find places in a text"
        )
    cleaned = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in query)
    return " ".join(cleaned.split())


def _normalise_near(near: object) -> tuple[float, float] | None:
    if near is None:
        return None
    if isinstance(near, Place):
        return (near.lon, near.lat)
    try:
        lon, lat = (float(v) for v in near)  # type: ignore[attr-defined]
    except (TypeError, ValueError) as err:
        raise TypeError("near= takes a Place or a (lon, lat) pair") from err
    if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
        raise InputError(f"near=({lon}, {lat}) is not a valid lon/lat pair")
    return (lon, lat)


def _kinds(kind: str | Sequence[str] | None) -> frozenset[str] | None:
    if kind is None:
        return None
    kinds = frozenset([kind] if isinstance(kind, str) else kind)
    unknown = kinds - set(PLACE_KINDS)
    if unknown:
        raise InputError(f"Unknown kind {sorted(unknown)}; choose from {PLACE_KINDS}")
    return kinds


class Gazetteer:
    """Search places by name, offline, across every supported spelling.

    Use :meth:`default` for the bundled gazetteer, :meth:`from_geonames` for
    full GeoNames dumps and :meth:`from_dataframe` for your own table. All
    share :meth:`search` and :meth:`add`.

    Examples
    --------
    >>> gaz = Gazetteer.default()
    >>> best = gaz.search("Pokrovsk", country="UA")[0]
    >>> best.name, best.admin1_iso
    ('Pokrovsk', 'UA-14')
    >>> [p.name for p in gaz.search("Донецька область")][:1]
    ['Donetska oblast']
    """

    _default: Gazetteer | None = None
    _default_lock = threading.Lock()

    def __init__(self, reader: IndexReader, *, name: str = "gazetteer") -> None:
        self._reader = reader
        self.name = name
        meta = reader.meta()
        self._attribution = meta.get("attribution", "")
        self._user: list[Place] = []
        self._user_names: list[tuple[Place, list[tuple[str, str]]]] = []
        self._user_keys: dict[str, list[tuple[int, str, int]]] = defaultdict(list)
        self._cache: dict[tuple, tuple[Place, ...]] = {}
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ constructors

    @classmethod
    def default(cls, *, rebuild: bool = False) -> Gazetteer:
        """The bundled offline gazetteer (built on first use, then cached).

        Parameters
        ----------
        rebuild : bool
            Rebuild the cached index even if it is current.
        """
        with cls._default_lock:
            if cls._default is None or rebuild:
                from geofront.gazetteer.bundled import bundled_index_path

                cls._default = cls(IndexReader(bundled_index_path(rebuild=rebuild)), name="bundled")
            return cls._default

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> Gazetteer:
        """Open an index file written earlier (e.g. by :meth:`from_geonames`)."""
        return cls(IndexReader(path), name=os.path.basename(str(path)))

    @classmethod
    def from_geonames(
        cls,
        dump: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
        alternate_names: str | os.PathLike[str] | None = None,
        countries: Iterable[str] | None = None,
        *,
        path: str | os.PathLike[str] | None = None,
        feature_classes: str | None = None,
    ) -> Gazetteer:
        """A gazetteer from GeoNames dump files (``allCountries.txt``, ``UA.txt``, ...).

        The names go into an SQLite index on disk (``path``, or a file in the
        cache directory named after the inputs), so the full dump stays
        within a few hundred MB of memory. An index that is already built for
        the same files is reused.

        Parameters
        ----------
        dump : path or paths
            GeoNames ``geoname`` table files (19 tab-separated columns), plain
            or ``.zip`` as downloaded.
        alternate_names : path, optional
            ``alternateNamesV2.txt`` (or a per-country file); historical
            names are flagged, links and codes skipped.
        countries : iterable of str, optional
            Keep only these ISO country codes.
        path : path, optional
            Where to write the index.
        feature_classes : str, optional
            GeoNames feature classes to keep, e.g. ``"PA"`` (default: all).
        """
        from geofront.gazetteer.geonames import build_geonames_index

        index_path = build_geonames_index(
            dump,
            alternate_names=alternate_names,
            countries=countries,
            path=path,
            feature_classes=feature_classes,
        )
        return cls(IndexReader(index_path), name="geonames")

    @classmethod
    def from_dataframe(
        cls,
        frame: pd.DataFrame,
        *,
        name_col: str = "name",
        aliases_col: str | None = None,
        kind_col: str | None = None,
        country_col: str | None = None,
        population_col: str | None = None,
        lon_col: str = "lon",
        lat_col: str = "lat",
        source: str = "user table",
    ) -> Gazetteer:
        """A gazetteer from your own (Geo)DataFrame.

        Coordinates come from the geometry column of a GeoDataFrame (points,
        or a point inside each polygon, whose shape is kept) or from
        ``lon_col``/``lat_col``. ``aliases_col`` holds lists or
        ``|``-separated strings.

        Examples
        --------
        >>> import pandas as pd
        >>> df = pd.DataFrame({"name": ["Robotyne"], "lon": [35.83], "lat": [47.44],
        ...                    "aliases": [["Роботине", "Работино"]]})
        >>> gaz = Gazetteer.from_dataframe(df, aliases_col="aliases")
        >>> gaz.search("Работино")[0].name
        'Robotyne'
        """
        from geofront.gazetteer.table import write_dataframe

        writer = IndexWriter(":memory:")
        write_dataframe(
            writer,
            frame,
            name_col=name_col,
            aliases_col=aliases_col,
            kind_col=kind_col,
            country_col=country_col,
            population_col=population_col,
            lon_col=lon_col,
            lat_col=lat_col,
            source=source,
        )
        writer.close()
        return cls(IndexReader(writer.connection), name="table")

    # ------------------------------------------------------------------ properties

    @property
    def attribution(self) -> str:
        """Credit line required by the data's licences."""
        return self._attribution or "User-supplied gazetteer data"

    def __len__(self) -> int:
        return self._reader.count() + len(self._user)

    def __repr__(self) -> str:
        return f"<Gazetteer {self.name!r}: {len(self):,} places>"

    def copy(self) -> Gazetteer:
        """A gazetteer over the same index with its own copy of the user additions.

        Examples
        --------
        >>> base = Gazetteer.default()
        >>> mine = base.copy()
        >>> _ = mine.add("Zavitne Bazhannia", lon=37.26, lat=48.11, country_code="UA")
        >>> len(mine) == len(base) + 1
        True
        """
        other = Gazetteer(self._reader, name=self.name)
        for place, names in self._user_names:
            other._add_place(place, names)
        return other

    # ------------------------------------------------------------------ additions

    def add(
        self,
        name: str,
        *,
        lon: float,
        lat: float,
        kind: str = "settlement",
        country_code: str | None = None,
        aliases: Iterable[str] = (),
        admin1_iso: str | None = None,
        population: int = 0,
        source: str = _USER_SOURCE,
    ) -> Place:
        """Add a place the data lacks; it wins ties against bundled entries.

        Examples
        --------
        >>> gaz = Gazetteer.default()
        >>> _ = gaz.add("Robotyne", lon=35.83, lat=47.44, country_code="UA",
        ...             aliases=["Роботине", "Работино"])
        >>> gaz.search("Роботине")[0].source
        'added by the user'
        """
        place = Place(
            name=_clean_query(name),
            lon=float(lon),
            lat=float(lat),
            kind=kind,
            country_code=country_code.upper() if country_code else None,
            admin1_iso=admin1_iso,
            population=int(population),
            source=source,
        )
        if isinstance(aliases, str):
            aliases = [aliases]
        names = [(place.name, "primary")] + [(a, "alternate") for a in aliases if a]
        self._add_place(place, names)
        return place

    def _add_place(self, place: Place, names: list[tuple[str, str]]) -> None:
        with self._lock:
            index = len(self._user)
            self._user.append(place)
            self._user_names.append((place, names))
            for text, origin in names:
                for key, form in name_keys(text):
                    self._user_keys[key].append((form, origin, index))
            self._cache.clear()

    # ------------------------------------------------------------------ search

    def places(self, kind: str | None = None, country: str | None = None) -> Iterator[Place]:
        """Every place (of ``kind``, in ``country``), user additions last.

        Examples
        --------
        >>> oblasts = list(Gazetteer.default().places(kind="admin1", country="UA"))
        >>> len(oblasts) >= 27
        True
        """
        code = country.upper() if country else None
        for row in self._reader.iter_places(kind):
            if code is None or row.country_code == code:
                yield _to_place(row)
        for place in list(self._user):
            if (kind is None or place.kind == kind) and (
                code is None or place.country_code == code
            ):
                yield place

    def get(self, geonameid: int) -> Place | None:
        """The place with this GeoNames id, or None."""
        row = self._reader.by_geonameid(int(geonameid))
        return _to_place(row) if row else None

    def search(
        self,
        query: str,
        country: str | None = None,
        kind: str | Sequence[str] | None = None,
        near: Place | tuple[float, float] | None = None,
        limit: int = 10,
    ) -> list[Place]:
        """Candidates for ``query``, best first, each with ``score`` and ``why``.

        Parameters
        ----------
        query : str
            A place name as written anywhere: any case, diacritics,
            apostrophes, Cyrillic or Latin, old names, Slavic case forms, and
            region forms ("Donetsk Oblast", "wilayah Donetsk", "Донеччина").
        country : str, optional
            ISO 3166-1 alpha-2 code that candidates in it are favoured for
            (a bias, not a filter).
        kind : str or sequence of str, optional
            Keep only these kinds ("settlement", "admin1", "country", ...).
        near : Place or (lon, lat), optional
            Favour candidates near this point.
        limit : int
            Maximum number of candidates.

        Returns
        -------
        list of Place
            Empty when nothing matches.

        Raises
        ------
        TypeError
            ``query`` is not a str (bytes must be decoded first).
        geofront.InputError
            ``query`` is longer than :data:`MAX_QUERY_CHARS`.

        Examples
        --------
        >>> gaz = Gazetteer.default()
        >>> gaz.search("Artemovsk", country="UA")[0].name
        'Bakhmut'
        >>> gaz.search("no such place xyzzy")
        []
        """
        text = _clean_query(query)
        if not text or limit <= 0:
            return []
        near_point = _normalise_near(near)
        kinds = _kinds(kind)
        key = (text, country.upper() if country else None, kinds, near_point, int(limit))
        cached = self._cache.get(key)
        if cached is not None:
            return list(cached)
        result = tuple(self._search(text, key[1], kinds, near_point, int(limit)))
        with self._lock:
            if len(self._cache) >= _CACHE_SIZE:
                self._cache.clear()
            self._cache[key] = result
        return list(result)

    def _search(
        self,
        text: str,
        country: str | None,
        kinds: frozenset[str] | None,
        near: tuple[float, float] | None,
        limit: int,
    ) -> list[Place]:
        texts = [text]
        bare = strip_preposition(text)
        if bare:
            texts.append(bare)
        cues = [c for c in map(split_region_cue, texts) if c is not None]
        cue = cues[-1] if cues else None
        variants = texts + [c.name for c in cues if not c.vernacular]
        wanted: dict[str, list[tuple[str, str]]] = defaultdict(list)  # key -> [(form, text)]
        for variant in variants:
            folded, loosened = fold(variant), loose(variant)
            wanted[folded].append(("fold", variant))
            if _usable_loose(folded, loosened):
                wanted[loosened].append(("loose", variant))
            for stem in cyrillic_query_stems(variant):
                wanted[stem].append(("stem", variant))
        wanted.pop("", None)

        best: dict[tuple[str, int], _Hit] = {}
        primary_variant: set[tuple[str, int]] = set()
        vernacular: set[tuple[str, int]] = set()
        for hit in self._reader.lookup(list(wanted)):
            match = _match_form(hit.form, hit.key, wanted[hit.key])
            if match:
                ident = ("db", hit.place_id)
                _keep_best(best, ident, _Hit(match[0], hit.origin, match[1]))
                if hit.origin == "primary" and match[0] in ("fold", "loose", "translit"):
                    primary_variant.add(ident)
        for key, forms in wanted.items():
            for form_index, origin, index in self._user_keys.get(key, ()):
                match = _match_form(FORMS[form_index], key, forms)
                if match:
                    _keep_best(best, ("user", index), _Hit(match[0], origin, match[1]))
        if cue is not None and cue.vernacular:
            prefix = loose(cue.name)
            # "Харківщина" is the oblast; "Нікопольщина", with no oblast of the
            # name, the raion
            for level in ("admin1", "admin2") if len(prefix) >= 3 else ():
                for form in ("loose", "stem"):
                    for hit in self._reader.lookup_prefix(prefix, form=form, kind=level):
                        ident = ("db", hit.place_id)
                        _keep_best(best, ident, _Hit("prefix", hit.origin, text))
                        vernacular.add(ident)
                if vernacular:
                    break

        rows = self._reader.places(pid for src, pid in best if src == "db")
        # score on the raw rows; only the `limit` best become Place records
        candidates: list[tuple[tuple[str, int], PlaceRow | Place, int]] = []
        for ident in best:
            if ident[0] == "db":
                row = rows.get(ident[1])
                if row is None:
                    continue
                if ident in vernacular and best[ident].form == "prefix":
                    if row.country_code not in VERNACULAR_COUNTRIES:
                        continue
                candidates.append((ident, row, row.n_names))
            else:
                candidates.append((ident, self._user[ident[1]], 1))
        if kinds is not None:
            candidates = [c for c in candidates if c[1].kind in kinds]
        distances = _distances(near, [c[1] for c in candidates])
        bias = Bias(country=country, near=near, wants_region=cue is not None)
        scored = []
        for (ident, item, n_names), dist in zip(candidates, distances, strict=True):
            hit = best[ident]
            score, why = score_candidate(
                form=hit.form,
                origin=hit.origin,
                kind=item.kind,
                population=item.population,
                n_names=n_names,
                country_code=item.country_code,
                distance_m=dist,
                bias=bias,
                user=ident[0] == "user",
                primary_variant=ident in primary_variant,
            )
            order = (-round(score, 4), ident[0] != "user", -item.population, item.geonameid or 0)
            scored.append((order, score, why, hit, item))
        scored.sort(key=lambda entry: entry[0])
        out = []
        for _, score, why, hit, item in scored[:limit]:
            place = item if isinstance(item, Place) else _to_place(item)
            out.append(place.with_match(score=round(score, 4), why=why, matched=hit.text))
        return out


_MIN_LOOSE_CHARS = 4


def _usable_loose(folded: str, loosened: str) -> bool:
    """Whether a loose key still says enough to match on.

    Merging letters can shrink nonsense to a short key that some name shares
    ("zzzzqqq" -> "zk"); such keys are not used.
    """
    letters = len(loosened.replace(" ", ""))
    return letters >= _MIN_LOOSE_CHARS and letters >= 0.6 * len(folded.replace(" ", ""))


def _match_form(row_form: str, key: str, wanted: list[tuple[str, str]]) -> tuple[str, str] | None:
    """How a stored key answers the query keys equal to it: (form, query text), best first.

    A fold key meets a fold key exactly; fold and loose keys that meet
    otherwise are spelling variants; a stem of the query (a Cyrillic case
    form) may meet any stored key, but a stored stem only meets a query stem.
    """
    best: tuple[str, str] | None = None
    for query_form, text in wanted:
        if query_form == "stem":
            candidate = ("stem", text)
        elif row_form == "stem":
            continue
        elif row_form == query_form == "fold":
            return ("fold", text)
        else:
            # a Cyrillic query that only meets a key loosely is weaker evidence than
            # its own case stem: ж and з, или и and ы, merge in the loose key
            candidate = ("translit" if has_cyrillic(text) else "loose", text)
        if best is None or _FORM_RANK[candidate[0]] < _FORM_RANK[best[0]]:
            best = candidate
    return best


_FORM_RANK = {"fold": 0, "loose": 1, "translit": 1, "prefix": 2, "stem": 3}


def _keep_best(best: dict, ident: tuple[str, int], hit: _Hit) -> None:
    """Keep, per candidate, the hit whose match quality is highest."""
    current = best.get(ident)
    if current is None or _quality(hit) > _quality(current):
        best[ident] = hit


def _quality(hit: _Hit) -> tuple[float, int]:
    return (MATCH_QUALITY[(hit.form, hit.origin)], -_FORM_RANK[hit.form])


def _distances(
    near: tuple[float, float] | None, places: list[PlaceRow | Place]
) -> list[float | None]:
    if near is None or not places:
        return [None] * len(places)
    import numpy as np

    from geofront.geodesic._core import GEOD

    lons = np.array([p.lon for p in places])
    lats = np.array([p.lat for p in places])
    _, _, dist = GEOD.inv(np.full_like(lons, near[0]), np.full_like(lats, near[1]), lons, lats)
    return [float(d) for d in dist]


def _to_place(row: PlaceRow) -> Place:
    return Place(
        name=row.name,
        lon=row.lon,
        lat=row.lat,
        kind=row.kind,
        country_code=row.country_code,
        admin1_iso=row.admin1_iso,
        geonameid=row.geonameid,
        population=row.population,
        source=row.source,
        admin1_code=row.admin1_code,
        shape_wkb=row.shape,
    )


def geocode(
    name: str,
    country: str | None = None,
    kind: str | Sequence[str] | None = None,
    near: Place | tuple[float, float] | None = None,
    gazetteer: Gazetteer | None = None,
) -> Place | None:
    """The best place for ``name``, or None.

    Parameters
    ----------
    name : str
        A place name as written (see :meth:`Gazetteer.search`).
    country, kind, near
        Passed to :meth:`Gazetteer.search`.
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.default`.

    Examples
    --------
    >>> import geofront as gf
    >>> gf.geocode("Artemovsk", country="UA").name
    'Bakhmut'
    >>> gf.geocode("wilayah Kharkiv").admin1_iso
    'UA-63'
    >>> gf.geocode("Tchassiv Iar").name  # French transliteration
    'Chasiv Yar'
    """
    gaz = gazetteer or Gazetteer.default()
    found = gaz.search(name, country=country, kind=kind, near=near, limit=1)
    if not found:
        # a name the gazetteer lacks as written may be another language's
        # transliteration: "Tchassiv Iar" (French), "Wowtschansk" (German)
        for lang in ("fr", "de", "es", "id"):
            for variant in spelling_variants(name, lang):
                found = gaz.search(variant, country=country, kind=kind, near=near, limit=1)
                if found:
                    return found[0]
    return found[0] if found else None
