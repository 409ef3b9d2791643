"""Batched name-key lookups: which of many candidate keys a gazetteer knows.

Finding place names in a report means testing every capitalised n-gram
against the gazetteer. Doing that one :meth:`~geofront.Gazetteer.search` at a
time costs a query per n-gram; :func:`key_hits` answers all of them with one
SQL query (in chunks of 900 keys) and returns, per key, a light summary of
the places it names: enough to decide whether an n-gram is worth a full,
ranked search.

Examples
--------
>>> from geofront import Gazetteer
>>> from geofront.gazetteer.lookup import key_hits
>>> hits = key_hits(Gazetteer.default(), ["sloviansk", "no such key xyzzy"])
>>> sorted(hits)
['sloviansk']
>>> any(h.kind == "settlement" and h.population > 100_000 for h in hits["sloviansk"])
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from geofront.gazetteer.store import FORMS, ORIGINS

if TYPE_CHECKING:  # pragma: no cover
    from geofront.gazetteer.core import Gazetteer

__all__ = ["KeyHit", "key_hits"]

_CHUNK = 900


@dataclass(frozen=True, slots=True)
class KeyHit:
    """One place that a name key names.

    Attributes
    ----------
    form : str
        How the stored key was derived ("fold", "loose", "stem").
    origin : str
        Where the stored name comes from ("primary", "historical", "alternate", "namesake").
    kind : str
        The place's kind ("settlement", "admin1", "country", ...).
    population : int
        The place's population (0 when unknown).
    country_code : str or None
        ISO 3166-1 alpha-2 code.
    place_id : int
        Row id in the index (negative for places added by the user).
    """

    form: str
    origin: str
    kind: str
    population: int
    country_code: str | None
    place_id: int


def key_hits(gazetteer: Gazetteer, keys: Iterable[str]) -> dict[str, list[KeyHit]]:
    """Every place each key names, for many keys at once.

    Parameters
    ----------
    gazetteer : Gazetteer
        Any gazetteer (bundled, GeoNames, a user table); user additions count.
    keys : iterable of str
        Name keys as made by :func:`geofront.names.fold`, :func:`~geofront.names.loose`
        or :func:`~geofront.names.cyrillic_query_stems`.

    Returns
    -------
    dict
        ``key -> [KeyHit, ...]`` for the keys that name at least one place.

    Examples
    --------
    >>> from geofront import Gazetteer
    >>> hits = key_hits(Gazetteer.default(), ["ukraina"])
    >>> [h.kind for h in hits["ukraina"]][:1]
    ['country']
    """
    wanted = list(dict.fromkeys(k for k in keys if k))
    out: dict[str, list[KeyHit]] = {}
    if not wanted:
        return out
    reader = gazetteer._reader
    with reader._lock:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = reader.connection.execute(
                "SELECT n.key, n.tier, p.id, p.kind, p.population, p.country_code "
                f"FROM names n JOIN places p ON p.id = n.place_id WHERE n.key IN ({marks})",
                chunk,
            ).fetchall()
            for key, tier, pid, kind, population, country in rows:
                out.setdefault(key, []).append(
                    KeyHit(FORMS[tier // 4], ORIGINS[tier % 4], kind, population, country, pid)
                )
    user_keys = gazetteer._user_keys
    if user_keys:
        for key in wanted:
            for form_index, origin, index in user_keys.get(key, ()):
                place = gazetteer._user[index]
                out.setdefault(key, []).append(
                    KeyHit(
                        FORMS[form_index],
                        origin,
                        place.kind,
                        place.population,
                        place.country_code,
                        -1 - index,
                    )
                )
    return out
