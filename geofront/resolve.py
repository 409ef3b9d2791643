"""Resolve claims against the report's place mentions and draw their geometry.

A :class:`~geofront.claims.ClaimSpan` names its anchor, target, subject and
region as text. This stage turns each into a :class:`Claim` with places:

- a named anchor/target/region is the mention found at that span (so it gets
  the mention's context-aware resolution), else a gazetteer search biased to
  the report's country focus;
- a referring anchor ("the city", "kota", "міста") and an implicit one ("about
  10 km to the west") is the most recent settlement mentioned as a location
  before the claim ("pasukan Moskow" names a government, not a city the text is
  about); an implicit anchor is never the claim's own subject ("the regional
  capital, Zaporizhzhia, about 100 km to the north" is measured from the place
  before), while "Sumy, 2 km from the city centre" is in Sumy;
- a claim measured to the front line ("Kupiansk lies 8 km from the front line")
  is anchored on its subject, which must be a settlement; it has no subject
  check, as the subject is the anchor;
- the geometry follows DESIGN.md's table, through :mod:`geofront.geodesic`:
  a ring ``min_m … max_m`` (about, exact, at least, range), a disk of
  ``max_m`` (at most), cut to a sector around ``bearing_deg`` when the claim
  has a direction. Counts and directions of advance have no area.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from geofront.claims import ClaimSpan
from geofront.gazetteer import Gazetteer
from geofront.mentions import LOCATED_BY_REGION, Mention
from geofront.records import Place

__all__ = ["Claim", "resolve_claims", "claim_geometry"]


@dataclass(frozen=True, slots=True)
class Claim:
    """A claim with its places resolved and its geometry drawn.

    ``span`` keeps every field the claim reader found (numbers, bound,
    offsets, quote, attribution); the resolved places and the geometry sit
    beside it. ``reason`` says why an anchor or geometry is missing. When the
    claim locates a named, geocoded subject ("Zavitne, 22 km southeast of
    Pokrovsk"), ``subject_distance_m``/``subject_bearing_deg`` are the measured
    geodesic distance and bearing from the anchor to it, and
    ``subject_inside`` says whether the drawn geometry contains it: the claim
    and the gazetteer checked against each other.
    """

    span: ClaimSpan
    anchor: Place | None = None
    target: Place | None = None
    subject: Place | None = None
    region: Place | None = None
    geometry: object | None = field(default=None, compare=False)
    reason: str = ""
    subject_distance_m: float | None = None
    subject_bearing_deg: float | None = None
    subject_inside: bool | None = None


#: How far after a nationality word a claim's anchor may be named ("Ukrainian border town of").
_OF_GAP_CHARS = 24


class _MentionIndex:
    """Mentions sorted by offset, for logarithmic span and "latest before" lookups."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.starts = [m.start for m in self.mentions]
        # for each mention: the index of the latest settlement mention up to it, or -1
        self.latest_settlement: list[int] = []
        latest = -1
        for i, mention in enumerate(self.mentions):
            place = mention.place
            if place is not None and place.kind == "settlement" and mention.role == "location":
                latest = i
            self.latest_settlement.append(latest)
        # mentions never nest, so a span can only overlap the few that start before its end
        self.longest = max((m.end - m.start for m in self.mentions), default=0)

    def at(self, start: int | None, end: int | None) -> Mention | None:
        """The first resolved mention overlapping ``[start, end)``."""
        if start is None or end is None:
            return None
        lo = bisect_left(self.starts, start - self.longest)
        hi = bisect_left(self.starts, end)
        for mention in self.mentions[lo:hi]:
            if mention.start < end and start < mention.end and mention.place is not None:
                return mention
        return None

    def location_after(self, mention: Mention, within: int = _OF_GAP_CHARS) -> Mention | None:
        """The location named just after ``mention`` in its sentence, if any.

        Within ``within`` characters: "Ukrainian town of Sumy" gives Sumy.
        """
        index = bisect_left(self.starts, mention.end)
        for other in self.mentions[index : index + 3]:
            if other.start - mention.end > within or other.sentence_start != mention.sentence_start:
                break
            if other.role == "location" and other.place is not None:
                return other
        return None

    def town_before_its_region(self, mention: Mention, text: str) -> Mention | None:
        """The settlement a region mention follows as "Town, Region" ("Louisville, Kentucky")."""
        place = mention.place
        if place is None or place.kind not in ("admin1", "admin2", "country"):
            return None
        index = bisect_left(self.starts, mention.start)
        if index == 0:
            return None
        before = self.mentions[index - 1]
        town = before.place
        if (
            town is None
            or town.kind != "settlement"
            or before.role != "location"
            or text[before.end : mention.start].strip() != ","
        ):
            return None
        same = (place.kind == "country" and town.country_code == place.country_code) or (
            place.kind != "country" and town.admin1_iso == place.admin1_iso
        )
        return before if same else None

    def last_settlement_before(
        self, offset: int, skip: tuple[int | None, int | None] = (None, None)
    ) -> Place | None:
        """The most recent settlement named as a location (not a government) before ``offset``.

        A mention overlapping ``skip`` (the claim's subject) is passed over.
        """
        index = bisect_left(self.starts, offset)
        while index > 0 and self.mentions[index - 1].end > offset:
            index -= 1
        a, b = skip
        while index > 0:
            found = self.latest_settlement[index - 1]
            if found < 0:
                return None
            mention = self.mentions[found]
            if a is None or b is None or not (mention.start < b and a < mention.end):
                return mention.place
            index = found
        return None


def _search(gazetteer: Gazetteer, text: str | None, focus: str | None, **kw) -> Place | None:
    if not text:
        return None
    found = gazetteer.search(text, country=focus, limit=1, **kw)
    return found[0] if found and (found[0].score or 0) >= 0.5 else None


def claim_geometry(span: ClaimSpan, anchor: Place, *, tolerance_m: float = 10.0) -> object | None:
    """The geodesic area a distance claim allows around its anchor.

    Examples
    --------
    >>> from geofront.claims import find_claims
    >>> [span] = find_claims("Russian forces are about 15 km from Sloviansk.")
    >>> sloviansk = Place("Sloviansk", 37.597, 48.85)
    >>> geom = claim_geometry(span, sloviansk)
    >>> geom.geom_type, len(geom.interiors)
    ('Polygon', 1)
    """
    if span.claim != "distance" or span.max_m is None:
        return None
    inner = 0.0 if span.bound == "at_most" else float(span.min_m or 0.0)
    outer = float(span.max_m)
    if outer <= 0:
        return None
    bearing = None if span.bearing_deg is None else float(span.bearing_deg)
    width = float(span.sector_width_deg or 45.0)
    return _band(anchor.lon, anchor.lat, inner, outer, bearing, width, float(tolerance_m))


@lru_cache(maxsize=4096)
def _band(
    lon: float,
    lat: float,
    inner: float,
    outer: float,
    bearing: float | None,
    width: float,
    tolerance_m: float,
) -> object:
    """The geometry of one claim band; cached, as reports repeat their claims."""
    from geofront import geodesic

    if bearing is not None:
        return geodesic.sector(
            lon,
            lat,
            inner_m=inner,
            outer_m=outer,
            bearing_deg=bearing,
            width_deg=width,
            tolerance_m=tolerance_m,
        )
    if inner <= 0:
        return geodesic.circle(lon, lat, radius_m=outer, tolerance_m=tolerance_m)
    return geodesic.ring(lon, lat, inner_m=inner, outer_m=outer, tolerance_m=tolerance_m)


def _place_at(
    index: _MentionIndex,
    gazetteer: Gazetteer,
    focus: str | None,
    text: str | None,
    start: int | None,
    end: int | None,
    **search: object,
) -> Place | None:
    """The place a claim part names: the mention at its span, else a gazetteer search.

    A nationality word is no place to measure from: "the Ukrainian town of Sumy"
    is Sumy (the location named right after it in the sentence), "the Russian
    border" has no anchor.
    """
    if not text:
        return None
    mention = index.at(start, end)
    if mention is not None and mention.role == "nationality":
        after = index.location_after(mention)
        return after.place if after is not None else None
    if mention is not None:
        place = mention.place
        if place is not None and LOCATED_BY_REGION in place.why:
            return None  # a town the gazetteer lacks: its region is no point to measure from
        return place
    return _search(gazetteer, text, focus, **search)


def _located_settlement(
    index: _MentionIndex, gazetteer: Gazetteer, focus: str | None, span: ClaimSpan
) -> Place | None:
    """The settlement a front-line claim locates ("Kupiansk lies 8 km from the front")."""
    mention = index.at(span.anchor_start, span.anchor_end)
    if mention is not None:
        place = mention.place
        ok = mention.role == "location" and place is not None and place.kind == "settlement"
        return place if ok else None
    return _search(gazetteer, span.anchor_text, focus, kind="settlement")


def _subject_check(
    anchor: Place | None, subject: Place | None, geometry: object | None
) -> tuple[float | None, float | None, bool | None]:
    if anchor is None or subject is None or subject.kind != "settlement":
        return None, None, None
    import shapely

    from geofront import geodesic

    distance = float(geodesic.distance_m(anchor.lon, anchor.lat, subject.lon, subject.lat))
    bearing = float(geodesic.bearing_deg(anchor.lon, anchor.lat, subject.lon, subject.lat))
    inside = None
    if geometry is not None:
        inside = bool(geometry.intersects(shapely.Point(subject.lon, subject.lat)))
    return round(distance, 1), round(bearing, 2), inside


def resolve_claims(
    spans: Sequence[ClaimSpan],
    mentions: Sequence[Mention],
    gazetteer: Gazetteer,
    *,
    focus: str | None = None,
    tolerance_m: float = 10.0,
    text: str | None = None,
) -> list[Claim]:
    """Resolve every claim's places and draw its geometry.

    ``text`` (the report) lets a "Town, Region," subject be the town.
    """
    index = _MentionIndex(mentions)
    out: list[Claim] = []
    for span in spans:
        reasons: list[str] = []
        anchor = None
        if span.to_front and span.anchor_ref:  # "the city is 5 km from the front"
            anchor = index.last_settlement_before(span.anchor_start or span.start)
            if anchor is None:
                reasons.append(f"no settlement named before {span.anchor_text!r}")
        elif span.anchor_ref or span.anchor_implicit:
            # "the regional capital, Zaporizhzhia, about 100 km to the north": not itself
            skip = (span.subject_start, span.subject_end) if span.anchor_implicit else (None, None)
            anchor = index.last_settlement_before(span.start, skip)
            if anchor is None:
                what = repr(span.anchor_text) if span.anchor_ref else "the claim"
                reasons.append(f"no settlement named before {what}")
        elif span.to_front and span.anchor_text:
            anchor = _located_settlement(index, gazetteer, focus, span)
            if anchor is None:
                reasons.append(f"{span.anchor_text!r} is not a settlement in the gazetteer")
        elif span.anchor_text:
            anchor = _place_at(index, gazetteer, focus, span.anchor_text, span.anchor_start,
                               span.anchor_end)  # fmt: skip
            if anchor is None:
                reasons.append(f"anchor {span.anchor_text!r} not in the gazetteer")
        target = _place_at(index, gazetteer, focus, span.target_text, span.target_start,
                           span.target_end)  # fmt: skip
        if span.target_text and target is None:
            reasons.append(f"target {span.target_text!r} not in the gazetteer")
        subject = None
        subject_mention = index.at(span.subject_start, span.subject_end)
        if subject_mention is not None and subject_mention.role == "location":
            subject = subject_mention.place  # "pasukan Moskow" names forces, not a place
            town = index.town_before_its_region(subject_mention, text) if text else None
            if town is not None:  # "Louisville, Kentucky, about 35 miles west of …"
                subject = town.place
        region = _place_at(index, gazetteer, focus, span.region_text, span.region_start,
                           span.region_end, kind=("admin1", "country"))  # fmt: skip
        geometry = None
        if span.claim == "distance":
            if anchor is not None:
                geometry = claim_geometry(span, anchor, tolerance_m=tolerance_m)
            else:
                reasons.append("no geometry without an anchor")
        measured = (None, None, None)
        if not span.to_front:  # measured to the front: the subject is the anchor
            measured = _subject_check(anchor, subject, geometry)
        out.append(
            Claim(
                span=span,
                anchor=anchor,
                target=target,
                subject=subject,
                region=region,
                geometry=geometry,
                reason="; ".join(reasons),
                subject_distance_m=measured[0],
                subject_bearing_deg=measured[1],
                subject_inside=measured[2],
            )
        )
    return out
