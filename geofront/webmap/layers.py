"""Layers by meaning: what a report or a frame becomes on a map.

A :class:`Layer` is a named list of :class:`Feature` s, each with a lon/lat
shapely geometry, a style key, and its provenance already rendered to inert
HTML (tooltip and popup, through :mod:`geofront.webmap.escape`). The web map
and the static export draw the same layers.

- :func:`report_layers`: places (settlements named as locations; regions and
  countries as outlined polygons; actors — governments by metonymy — as
  hollow circles), distance claims (rings, disks, sectors), directions of
  advance (arrows), counts (badges on their region).
- :func:`frame_layer`: any GeoDataFrame; a front-line frame (``attrs
  ["geofront"]["layer"] == "frontlines"`` or a ``date`` column) becomes a
  dated layer for the time slider.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from geofront.webmap.escape import esc, mark
from geofront.webmap.styles import STYLES, Style, style, user_style

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geofront.report import Report

__all__ = [
    "Feature",
    "Layer",
    "report_layers",
    "frame_layer",
    "table_layer",
    "is_dated_frame",
    "is_claims_frame",
    "is_mentions_frame",
    "arrow",
]

GEONAMES_CREDIT = "Places: GeoNames (CC BY 4.0)"
BOUNDARIES_CREDIT = "Boundaries: Natural Earth (public domain)"

#: Length of a direction-of-advance arrow when the report gives no end point.
ARROW_LENGTH_M = 40_000.0


@dataclass
class Feature:
    """One drawable feature: lon/lat geometry, style key, escaped provenance."""

    geometry: Any
    style: str
    tooltip: str
    popup: str
    date: str | None = None
    label: str | None = None
    fit: bool = True


@dataclass
class Layer:
    """A toggleable layer: name, features, the styles they use, credits."""

    key: str
    name: str
    features: list[Feature] = field(default_factory=list)
    styles: dict[str, Style] = field(default_factory=dict)
    credits: list[str] = field(default_factory=list)
    tolerance_m: float | None = None

    def styles_in_use(self) -> list[Style]:
        """The styles the features use (legend input)."""
        keys = dict.fromkeys(f.style for f in self.features)
        return [self.styles[k] for k in keys]


# ---------------------------------------------------------------- provenance


def _source_line(date: str | None, source: str | None, url: str | None) -> str:
    parts = []
    if source:
        parts.append(f"<b>{esc(source)}</b>")
    if date:
        parts.append(esc(date))
    if url and str(url).lower().startswith(("http://", "https://")):
        parts.append(f'<a href="{esc(url)}" target="_blank" rel="noopener noreferrer">link</a>')
    return " · ".join(parts)


def popup_html(
    title: str,
    *,
    details: Iterable[str] = (),
    quotes: Iterable[str] = (),
    date: str | None = None,
    source: str | None = None,
    url: str | None = None,
    claimed_by: str | None = None,
    unverified: bool = False,
) -> str:
    """A provenance popup.

    ``title`` and ``details`` are raw text; ``quotes`` are HTML from :func:`mark`.
    """
    out = [f'<div class="gf-pop"><div class="gf-t">{esc(title)}</div>']
    out += [f'<div class="gf-d">{esc(d)}</div>' for d in details if d]
    out += [f'<blockquote class="gf-q">{q}</blockquote>' for q in quotes]
    if claimed_by:
        out.append(f'<div class="gf-d">Claimed by: <b>{esc(claimed_by)}</b></div>')
    if unverified:
        out.append('<div class="gf-u">Unverified: the report says it could not verify this</div>')
    line = _source_line(date, source, url)
    if line:
        out.append(f'<div class="gf-s">Source: {line}</div>')
    out.append("</div>")
    return "".join(out)


def _km(metres: float | None) -> str:
    if metres is None or (isinstance(metres, float) and math.isnan(metres)):
        return "?"
    return f"{metres / 1000:.1f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- geometry helpers


def _geod() -> Any:
    from pyproj import Geod

    return Geod(ellps="WGS84")


def arrow(
    lon: float,
    lat: float,
    bearing_deg: float,
    length_m: float = ARROW_LENGTH_M,
    *,
    width_m: float | None = None,
) -> Any:
    """A block-arrow polygon from (lon, lat) along ``bearing_deg`` (geodesic vertices).

    Examples
    --------
    >>> a = arrow(37.6, 48.85, 90.0, 40_000)
    >>> a.is_valid, round(a.bounds[2], 2)
    (True, 38.15)
    """
    import shapely

    geod = _geod()
    w = width_m if width_m is not None else max(length_m * 0.06, 300.0)
    head = min(length_m * 0.35, w * 5)
    shaft = length_m - head

    def at(dist: float, side: float) -> tuple[float, float]:
        x, y, back = geod.fwd(lon, lat, bearing_deg, dist)
        if side == 0:
            return x, y
        az = (back + 180.0) % 360.0  # forward azimuth at that point
        x2, y2, _ = geod.fwd(x, y, az + (90.0 if side > 0 else -90.0), abs(side))
        return x2, y2

    pts = [
        at(0, w),
        at(shaft, w),
        at(shaft, 2.6 * w),
        at(length_m, 0),
        at(shaft, -2.6 * w),
        at(shaft, -w),
        at(0, -w),
    ]
    return shapely.Polygon(pts)


def objective(lon: float, lat: float, radius_m: float = 14_000.0) -> Any:
    """Four arrowheads pointing at (lon, lat): an objective whose approach is not stated."""
    import shapely

    geod = _geod()
    heads = []
    for az in (0.0, 90.0, 180.0, 270.0):
        tip = geod.fwd(lon, lat, az, radius_m * 0.35)[:2]
        base = geod.fwd(lon, lat, az, radius_m)[:2]
        left = geod.fwd(base[0], base[1], az + 90.0, radius_m * 0.22)[:2]
        right = geod.fwd(base[0], base[1], az - 90.0, radius_m * 0.22)[:2]
        heads.append(shapely.Polygon([tip, left, right]))
    return shapely.MultiPolygon(heads)


# ---------------------------------------------------------------- reports


def _sentence(report: Report, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    text = report.text[start:end]
    return mark(text, [(s - start, e - start) for s, e in spans])


def _place_title(place: Any) -> str:
    bits = [place.kind]
    if place.admin1_iso and place.kind != "country":
        bits.append(place.admin1_iso)
    elif place.country_code:
        bits.append(place.country_code)
    return f"{place.name} ({', '.join(bits)})"


#: Roles drawn as actors: named, but not places where something happens.
_NOT_LOCATIONS = ("actor", "nationality")
_ROLE_TEXT = {
    "actor": "actor (a government or its forces, not a location)",
    "nationality": "nationality word (a people or a country's forces, not a location)",
}


def _place_features(report: Report, focus: str | None) -> tuple[list[Feature], list[Feature]]:
    """Places (locations + regions) and actors, one feature per place and role."""
    groups: dict[tuple, list[Any]] = {}
    for m in report.mention_records:
        p = m.place
        if p is None:
            continue
        key = (m.role, p.kind, p.geonameid, p.name)
        groups.setdefault(key, []).append(m)
    places: list[Feature] = []
    actors: list[Feature] = []
    for (role, kind, _gid, _name), mentions in groups.items():
        p = mentions[0].place
        by_sentence: dict[tuple[int, int], list[tuple[int, int]]] = {}
        for m in mentions:
            by_sentence.setdefault((m.sentence_start, m.sentence_end), []).append((m.start, m.end))
        quotes = [_sentence(report, s, e, spans) for (s, e), spans in list(by_sentence.items())[:4]]
        more = len(by_sentence) - len(quotes)
        surfaces = sorted({m.surface for m in mentions})
        n = len(mentions)
        details = [
            f"Written as: {', '.join(surfaces)} ({n} mention{'s' if n != 1 else ''})",
            "Role: " + _ROLE_TEXT.get(role, "location"),
            f"GeoNames id: {p.geonameid}" if p.geonameid else "",
            f"How resolved: {mentions[0].reason}" if mentions[0].reason else "",
            f"… and {more} more sentence{'s' if more != 1 else ''}" if more > 0 else "",
        ]
        popup = popup_html(
            _place_title(p),
            details=details,
            quotes=quotes,
            date=report.date,
            source=report.source,
            url=report.url,
        )
        tooltip = esc(f"{p.name} — {role if role in _NOT_LOCATIONS else kind}")
        if role in _NOT_LOCATIONS:
            actors.append(Feature(_point(p), "place.actor", tooltip, popup, report.date, fit=False))
        elif p.is_area and kind in ("admin1", "admin2", "region", "country"):
            skey = "region.country" if kind == "country" else "region.admin1"
            fit = kind != "country" and (focus is None or p.country_code == focus)
            places.append(Feature(p.geometry, skey, tooltip, popup, report.date, fit=fit))
        else:
            fit = kind == "settlement" and (focus is None or p.country_code == focus)
            places.append(
                Feature(_point(p), "place.location", tooltip, popup, report.date, fit=fit)
            )
    # Regions below points: areas first, so points stay clickable.
    places.sort(key=lambda f: 0 if f.style.startswith("region") else 1)
    return places, actors


def _point(place: Any) -> Any:
    import shapely

    return shapely.Point(place.lon, place.lat)


def _claim_quote(report: Report, claim: Any) -> str:
    s = claim.span
    spans = [(s.start, s.end)]
    for a, b in (
        (s.anchor_start, s.anchor_end),
        (s.target_start, s.target_end),
        (s.region_start, s.region_end),
    ):
        if a is not None and b is not None:
            spans.append((a, b))
    return _sentence(report, s.sentence_start, s.sentence_end, spans)


def _last_location_before(report: Report, offset: int, *, sentence: tuple[int, int] | None = None):
    best = None
    for m in report.mention_records:
        if m.start >= offset:
            break
        if m.place is None or m.role != "location":
            continue
        if sentence is not None and not (sentence[0] <= m.start < sentence[1]):
            continue
        if m.place.kind == "country" and sentence is None:
            continue
        best = m.place
    return best


_BOUND_WORDS = {
    "about": "About",
    "exact": "",
    "at_most": "Within",
    "at_least": "More than",
    "range": "Between",
}


def _claim_features(report: Report) -> dict[str, list[Feature]]:
    out: dict[str, list[Feature]] = {"distance": [], "direction": [], "count": []}
    records = report.claim_records
    for index, c in enumerate(records):
        s = c.span
        if s.same_as is not None:
            continue  # drawn once, with the repeat's quote in the popup
        repeats = [r for r in records if r.span.same_as == index]
        quotes = [_claim_quote(report, c)] + [_claim_quote(report, r) for r in repeats]
        common = {
            "quotes": quotes,
            "date": report.date,
            "source": report.source,
            "url": report.url,
            "claimed_by": s.attributed_to,
            "unverified": bool(s.unverified),
        }
        if s.claim == "distance":
            if c.geometry is None or c.anchor is None:
                continue
            word = _BOUND_WORDS.get(s.bound or "exact", "")
            qty = f"{s.quantity:g} {s.unit}" if s.quantity is not None else s.raw
            title = f"{word} {qty} from {c.anchor.name}".strip()
            band = (
                f"disk of {_km(s.max_m)} km"
                if s.bound == "at_most"
                else f"ring {_km(s.min_m)}–{_km(s.max_m)} km"
            )
            if s.bearing_deg is not None:
                band += f", {s.sector_width_deg:g}° sector around {s.bearing_deg:g}°"
            ref = f" (“{s.anchor_text}” read as {c.anchor.name})" if s.anchor_ref else ""
            if s.anchor_implicit:
                ref = f" (no place named: read as the last one named before, {c.anchor.name})"
            if s.to_front:
                ref += "; a distance to the front line, drawn around the place it locates"
            details = [f"Drawn: {band} around {c.anchor.name}{ref}", f"As written: {s.raw}"]
            plausible = (c.subject_distance_m or 0.0) <= 5 * (s.max_m or 0.0)
            if c.subject is not None and c.subject_inside is not None and plausible:
                details.append(
                    f"{c.subject.name} is {_km(c.subject_distance_m)} km away: "
                    f"{'inside' if c.subject_inside else 'OUTSIDE'} the drawn area"
                )
            key = f"claim.{s.bound}" if f"claim.{s.bound}" in STYLES else "claim.exact"
            popup = popup_html(title, details=details, **common)
            tip = esc(f"{title} — {band}" + (" (unverified)" if s.unverified else ""))
            out["distance"].append(Feature(c.geometry, key, tip, popup, report.date))
        elif s.claim == "direction":
            feature = _direction_feature(report, c, common)
            if feature is not None:
                out["direction"].append(feature)
        elif s.claim == "count":
            feature = _count_feature(report, c, common)
            if feature is not None:
                out["count"].append(feature)
    return out


def _direction_feature(report: Report, c: Any, common: dict[str, Any]) -> Feature | None:
    s = c.span
    geod = _geod()
    origin = c.anchor
    origin_note = ""
    if origin is None and s.bearing_deg is not None:
        origin = c.region or _last_location_before(report, s.start)
        if origin is not None:
            origin_note = f"start: {origin.name} (the place named last before the claim)"
    target = c.target
    what = s.subject_text or "advance"
    if origin is not None and target is not None:
        az, _, dist = geod.inv(origin.lon, origin.lat, target.lon, target.lat)
        geometry = arrow(origin.lon, origin.lat, az, max(dist, 2_000.0))
        title = f"Advance from {origin.name} toward {target.name}"
        drawn = f"Drawn: arrow {origin.name} → {target.name}"
    elif origin is not None and s.bearing_deg is not None:
        geometry = arrow(origin.lon, origin.lat, s.bearing_deg)
        heading = f" (“{s.direction_text}”)" if s.direction_text else ""
        title = f"Advance heading {s.bearing_deg:g}°{heading}"
        drawn = f"Drawn: {_km(ARROW_LENGTH_M)} km arrow from {origin.name}; length not stated"
    elif target is not None:
        geometry = objective(target.lon, target.lat)
        title = f"Advance toward {target.name}"
        drawn = "Drawn: arrowheads converging on the target; the report does not say from where"
    else:
        return None
    details = [drawn, origin_note, f"Who or what moves: {what}", f"As written: {s.raw}"]
    popup = popup_html(title, details=details, **common)
    tip = esc(title + (" (unverified)" if s.unverified else ""))
    return Feature(geometry, "claim.direction", tip, popup, report.date)


def _count_feature(report: Report, c: Any, common: dict[str, Any]) -> Feature | None:
    s = c.span
    place = c.region
    note = ""
    if place is None:
        place = _last_location_before(
            report, s.end + 1, sentence=(s.sentence_start, s.sentence_end)
        )
        if place is None:
            return None
        note = f"Shown on {place.name}: the report names no region for this count" + (
            f" (“{s.region_text}” not resolved)" if s.region_text else ""
        )
    label = f"{s.count} {s.count_noun or ''}".strip()
    title = f"{label} — count claim"
    details = [note, f"Region: {place.name}", f"As written: {s.raw}"]
    popup = popup_html(title, details=details, **common)
    tip = esc(f"{label} in {place.name}" + (" (unverified)" if s.unverified else ""))
    lon, lat = place.lon, place.lat
    import shapely

    return Feature(
        shapely.Point(lon, lat), "claim.count", tip, popup, report.date, label=esc(label)
    )


def report_layers(report: Report) -> list[Layer]:
    """The layers of one report, in drawing order (areas under points)."""
    focus = getattr(report, "focus_country", None)
    places, actors = _place_features(report, focus)
    claims = _claim_features(report)
    source_credit = f"Report: {report.source}" if report.source else None
    credits = [GEONAMES_CREDIT, BOUNDARIES_CREDIT] + ([source_credit] if source_credit else [])
    specs = [
        ("places", "Places named", places),
        ("claims.distance", "Distance claims", claims["distance"]),
        ("claims.direction", "Directions of advance", claims["direction"]),
        ("actors", "Actors and nationalities (not locations)", actors),
        ("claims.count", "Counts", claims["count"]),
    ]
    layers = []
    for key, name, features in specs:
        if not features:
            continue
        styles = {f.style: STYLES[f.style] for f in features}
        layers.append(Layer(key, name, features, styles, credits, tolerance_m=_TOLERANCE[key]))
    return layers


#: Simplification on the page, metres: claims stay within 2 m of their
#: geodesic outline; region outlines are themselves within 1 km of the source.
_TOLERANCE = {
    "places": 50.0,
    "claims.distance": 2.0,
    "claims.direction": 2.0,
    "actors": None,
    "claims.count": None,
    "claims": 2.0,
    "mentions": None,
}


# ---------------------------------------------------------------- report tables


def is_claims_frame(frame: Any) -> bool:
    """A ``report.claims``-shaped frame (``claim`` and ``quote`` columns)."""
    return {"claim", "quote"} <= set(getattr(frame, "columns", ()))


def is_mentions_frame(frame: Any) -> bool:
    """A ``report.mentions``-shaped frame (``surface``, ``sentence``, ``role``)."""
    return {"surface", "sentence", "role"} <= set(getattr(frame, "columns", ()))


def _get(row: dict[str, Any], key: str) -> Any:
    value = row.get(key)
    try:
        import pandas as pd

        if value is not None and not isinstance(value, (list, tuple)) and pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    return value


def _find_mark(sentence: str, needle: str | None) -> str:
    if needle:
        at = sentence.find(needle)
        if at >= 0:
            return mark(sentence, [(at, at + len(needle))])
    return esc(sentence)


def table_layer(frame: gpd.GeoDataFrame) -> Layer:
    """A layer from a ``report.claims`` or ``report.mentions`` table (e.g. of many reports).

    Distance claims become rings/disks styled by bound; mentions become one
    circle per row (location or actor). Provenance comes from the columns
    (``quote``/``sentence``, ``report_source``, ``report_date``,
    ``attributed_to``, ``unverified``).
    """
    claims = is_claims_frame(frame)
    features: list[Feature] = []
    columns = list(frame.columns)
    for values in frame.itertuples(index=False, name=None):
        row = dict(zip(columns, values, strict=True))
        geom = row.get("geometry")
        if geom is None or geom.is_empty:
            continue
        common = {
            "date": _get(row, "report_date"),
            "source": _get(row, "report_source"),
            "url": _get(row, "report_url"),
        }
        if claims:
            if _get(row, "claim") != "distance":
                continue
            bound = _get(row, "bound") or "exact"
            anchor = _get(row, "anchor") or "?"
            word = _BOUND_WORDS.get(bound, "")
            qty = _get(row, "quantity")
            qty_text = f"{qty:g} {_get(row, 'unit') or ''}".strip() if qty is not None else ""
            title = f"{word} {qty_text} from {anchor}".strip()
            band = (
                f"disk of {_km(_get(row, 'max_m'))} km"
                if bound == "at_most"
                else f"ring {_km(_get(row, 'min_m'))}–{_km(_get(row, 'max_m'))} km"
            )
            unverified = bool(_get(row, "unverified"))
            popup = popup_html(
                title,
                details=[f"Drawn: {band} around {anchor}", f"As written: {_get(row, 'raw') or ''}"],
                quotes=[_find_mark(str(_get(row, "quote") or ""), _get(row, "raw"))],
                claimed_by=_get(row, "attributed_to"),
                unverified=unverified,
                **common,
            )
            key = f"claim.{bound}" if f"claim.{bound}" in STYLES else "claim.exact"
            tip = esc(f"{title} — {band}" + (" (unverified)" if unverified else ""))
        else:
            role = _get(row, "role") or "location"
            name = _get(row, "name") or _get(row, "surface") or "?"
            kind = _get(row, "kind") or "place"
            popup = popup_html(
                f"{name} ({kind})",
                details=[f"Written as: {_get(row, 'surface') or ''}", f"Role: {role}"],
                quotes=[_find_mark(str(_get(row, "sentence") or ""), _get(row, "surface"))],
                **common,
            )
            key = "place.actor" if role in _NOT_LOCATIONS else "place.location"
            tip = esc(f"{name} — {role if role in _NOT_LOCATIONS else kind}")
            if geom.geom_type != "Point":
                geom = geom.representative_point()
        features.append(Feature(geom, key, tip, popup, common["date"], fit=key != "place.actor"))
    key = "claims" if claims else "mentions"
    name = "Distance claims" if claims else "Places named"
    styles = {f.style: STYLES[f.style] for f in features}
    credits = [GEONAMES_CREDIT]
    sources = sorted({str(s) for s in frame.get("report_source", []) if isinstance(s, str)})
    credits += [f"Reports: {', '.join(sources[:5])}"] if sources else []
    return Layer(key, name, features, styles, credits, tolerance_m=_TOLERANCE[key])


# ---------------------------------------------------------------- frames


def is_dated_frame(frame: Any) -> bool:
    """True for a front-line layer (by its attrs) or any frame with a ``date`` column."""
    meta = getattr(frame, "attrs", {}).get("geofront") or {}
    return meta.get("layer") == "frontlines" or "date" in getattr(frame, "columns", ())


def _shape_of(geom_types: Iterable[str]) -> str:
    types = set(geom_types)
    if types and types <= {"Point", "MultiPoint"}:
        return "circle"
    if types and types <= {"LineString", "MultiLineString"}:
        return "line"
    return "area"


def _date_text(value: Any) -> str | None:
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return pd.Timestamp(value).date().isoformat()


def frame_layer(
    frame: gpd.GeoDataFrame,
    *,
    name: str | None = None,
    index: int = 0,
    tolerance_m: float = 5.0,
    popup_columns: int = 12,
) -> Layer:
    """A layer from any GeoDataFrame (reprojected to EPSG:4326).

    Front-line frames get the "Occupied area" style and their source as
    label and credit; other frames cycle through the palette. Every popup is
    a table of the row's values, escaped.
    """
    if frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
    meta = frame.attrs.get("geofront") or {}
    frame = frame[~(frame.geometry.isna() | frame.geometry.is_empty)]
    frontline = meta.get("layer") == "frontlines"
    dated = is_dated_frame(frame)
    source = meta.get("source")
    if source is None and "source" in frame.columns and len(frame):
        values = frame["source"].dropna().unique()
        source = ", ".join(map(str, values[:3])) if len(values) else None
    credits = []
    if meta.get("attribution"):
        credits.append(str(meta["attribution"]))
    elif source:
        credits.append(f"{'Front lines' if frontline else 'Data'}: {source}")
    if frontline:
        label = name or (f"Occupied area ({source})" if source else "Occupied area")
        skey, st = "frontline", style("frontline", label)
    else:
        label = name or (str(meta.get("name")) if meta.get("name") else f"Layer {index + 1}")
        st = user_style(index, label, _shape_of(frame.geom_type))
        skey = f"user.{index}"
    columns = [c for c in frame.columns if c != frame.geometry.name][:popup_columns]
    title_col = next((c for c in ("name", "title", "label") if c in frame.columns), None)
    features = []
    for row in frame.itertuples(index=False):
        values = row._asdict()
        date = _date_text(values.get("date")) if dated else None
        title = str(values[title_col]) if title_col and values.get(title_col) else label
        if frontline:
            title = f"{label} on {date}" if date else label
        rows = "".join(
            f"<tr><th>{esc(c)}</th><td>{esc(_cell(values.get(c)))}</td></tr>" for c in columns
        )
        popup = (
            f'<div class="gf-pop"><div class="gf-t">{esc(title)}</div><table>{rows}</table></div>'
        )
        features.append(
            Feature(values[frame.geometry.name], skey, esc(title), popup, date, fit=True)
        )
    key = f"frontlines.{index}" if frontline else f"user.{index}"
    return Layer(key, label, features, {skey: st}, credits, tolerance_m=tolerance_m)


def _cell(value: Any) -> str:
    import pandas as pd

    if value is None:
        return ""
    if isinstance(value, pd.Timestamp):
        return value.date().isoformat() if value == value.normalize() else value.isoformat()
    try:
        if pd.isna(value):
            return ""
    except (TypeError, ValueError):
        pass
    return str(value)
