"""``gf.parse``: one report in, places and claims out, with provenance.

The pipeline: check the input, guess the language, find and resolve place
mentions (:mod:`geofront.mentions`), find claims (:mod:`geofront.claims`),
resolve their anchors and draw their geometry (:mod:`geofront.resolve`). The
:class:`Report` keeps the records and builds GeoDataFrames (EPSG:4326) on
demand.
"""

from __future__ import annotations

import json
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import date as Date
from typing import TYPE_CHECKING, Any

from geofront.errors import InputError

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd

    from geofront.gazetteer import Gazetteer
    from geofront.mentions import Mention
    from geofront.resolve import Claim

__all__ = ["Report", "parse", "MAX_TEXT_CHARS"]

#: Longest text :func:`parse` accepts by default (about 1 MB of text, ~200 wire
#: stories). Parsing is linear in the text; larger inputs are refused with a
#: clear error rather than silently taking minutes — split them, or raise
#: ``max_chars``.
MAX_TEXT_CHARS = 1_000_000
_BINARY_SHARE = 0.05
#: Share of the language evidence that makes a language the one to read an unsure text with.
_GRAMMAR_SHARE = 0.6


def _check_text(text: object, max_chars: int) -> str:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raw = bytes(text)
        if b"\x00" in raw[:65536]:
            raise InputError("the input looks binary (NUL bytes); pass report text")
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            raise InputError(
                f"the input bytes are not UTF-8 ({err.reason} at byte {err.start}); "
                "decode them with the right encoding first"
            ) from err
    if not isinstance(text, str):
        raise TypeError(f"gf.parse takes text (str), not {type(text).__name__}")
    if len(text) > max_chars:
        raise InputError(
            f"the text has {len(text):,} characters, more than max_chars={max_chars:,}; "
            "split it into reports (gf.parse_many) or raise max_chars"
        )
    sample = text[:65536]
    controls = sum(
        1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f\v"
    )
    if sample and (controls / len(sample) > _BINARY_SHARE or "\x00" in sample):
        raise InputError("the text looks binary (control characters); pass report text")
    return text


@dataclass(frozen=True)
class Report:
    """One parsed report: its place mentions and claims, with provenance.

    Build it with :func:`parse`. ``mentions``, ``claims`` and ``regions`` are
    GeoDataFrames in EPSG:4326; every row carries the sentence it came from.
    """

    text: str
    lang: str | None
    lang_confidence: float
    date: str | None
    source: str | None
    url: str | None
    mention_records: tuple[Mention, ...]
    claim_records: tuple[Claim, ...]
    focus_country: str | None = None

    @property
    def unverified(self) -> bool:
        """True when the report says it could not verify a claim."""
        return any(c.span.unverified for c in self.claim_records)

    # ------------------------------------------------------------------ tables

    def _provenance(self) -> dict[str, Any]:
        return {"report_date": self.date, "report_source": self.source, "report_url": self.url}

    @property
    def mentions(self) -> gpd.GeoDataFrame:
        """One row per place mention (unresolved ones with no geometry and a reason)."""
        import geopandas as gpd

        rows = []
        for m in self.mention_records:
            p = m.place
            rows.append(
                {
                    "surface": m.surface,
                    "start": m.start,
                    "end": m.end,
                    "sentence": self.text[m.sentence_start : m.sentence_end],
                    "name": p.name if p else None,
                    "kind": p.kind if p else None,
                    "role": m.role,
                    "country_code": p.country_code if p else None,
                    "admin1_iso": p.admin1_iso if p else None,
                    "geonameid": p.geonameid if p else None,
                    "score": m.score,
                    "reason": m.reason,
                    **self._provenance(),
                    "geometry": _point(p) if p else None,
                }
            )
        columns = [
            "surface", "start", "end", "sentence", "name", "kind", "role", "country_code",
            "admin1_iso", "geonameid", "score", "reason", "report_date", "report_source",
            "report_url", "geometry",
        ]  # fmt: skip
        return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=4326)

    @property
    def claims(self) -> gpd.GeoDataFrame:
        """One row per claim: numbers, bound, bearing, anchor, geometry, provenance."""
        import geopandas as gpd

        rows = []
        for c in self.claim_records:
            s = c.span
            rows.append(
                {
                    "claim": s.claim,
                    "raw": s.raw,
                    "start": s.start,
                    "end": s.end,
                    "quantity": s.quantity,
                    "unit": s.unit,
                    "distance_m": s.distance_m,
                    "min_m": s.min_m,
                    "max_m": s.max_m,
                    "bound": s.bound,
                    "bearing_deg": s.bearing_deg,
                    "sector_width_deg": s.sector_width_deg if s.bearing_deg is not None else None,
                    "anchor": c.anchor.name if c.anchor else None,
                    "anchor_text": s.anchor_text,
                    "anchor_implicit": s.anchor_implicit,
                    "to_front": s.to_front,
                    "anchor_geonameid": c.anchor.geonameid if c.anchor else None,
                    "subject": c.subject.name if c.subject else s.subject_text,
                    "subject_geonameid": c.subject.geonameid if c.subject else None,
                    "subject_measured_m": c.subject_distance_m,
                    "subject_bearing_deg": c.subject_bearing_deg,
                    "subject_inside": c.subject_inside,
                    "target": c.target.name if c.target else s.target_text,
                    "target_geonameid": c.target.geonameid if c.target else None,
                    "count": s.count,
                    "region": c.region.name if c.region else s.region_text,
                    "region_iso": c.region.admin1_iso if c.region else None,
                    "attributed_to": s.attributed_to,
                    "unverified": s.unverified,
                    "same_as": s.same_as,
                    "quote": s.quote,
                    "reason": c.reason,
                    **self._provenance(),
                    "geometry": c.geometry,
                }
            )
        columns = [
            "claim", "raw", "start", "end", "quantity", "unit", "distance_m", "min_m", "max_m",
            "bound", "bearing_deg", "sector_width_deg", "anchor", "anchor_text",
            "anchor_implicit", "to_front", "anchor_geonameid", "subject", "subject_geonameid",
            "subject_measured_m", "subject_bearing_deg", "subject_inside", "target",
            "target_geonameid", "count", "region", "region_iso", "attributed_to", "unverified",
            "same_as", "quote", "reason",
            "report_date", "report_source", "report_url", "geometry",
        ]  # fmt: skip
        return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=4326)

    @property
    def regions(self) -> gpd.GeoDataFrame:
        """The admin areas and countries mentioned, once each, with polygons."""
        import geopandas as gpd

        seen: dict[tuple, dict[str, Any]] = {}
        for m in self.mention_records:
            p = m.place
            if p is None or p.kind not in ("admin1", "admin2", "region", "country"):
                continue
            key = (p.kind, p.geonameid, p.admin1_iso, p.country_code, p.name)
            row = seen.setdefault(
                key,
                {
                    "name": p.name,
                    "kind": p.kind,
                    "country_code": p.country_code,
                    "admin1_iso": p.admin1_iso if p.kind == "admin1" else None,
                    "geonameid": p.geonameid,
                    "mentions": 0,
                    "roles": set(),
                    "geometry": p.geometry,
                },
            )
            row["mentions"] += 1
            row["roles"].add(m.role)
        rows = [{**r, "roles": ",".join(sorted(r["roles"]))} for r in seen.values()]
        columns = ["name", "kind", "country_code", "admin1_iso", "geonameid", "mentions",
                   "roles", "geometry"]  # fmt: skip
        return gpd.GeoDataFrame(rows, columns=columns, geometry="geometry", crs=4326)

    # ------------------------------------------------------------------ downstream

    def to_map(self, **options: Any) -> Any:
        """A :class:`geofront.Map` with this report's layers (options go to ``gf.Map``)."""
        from geofront.webmap import Map

        return Map(**options).add(self)

    def check(self, frontlines: Any, **options: Any) -> gpd.GeoDataFrame:
        """Check every distance claim against a dated front-line layer.

        See :func:`geofront.frontcheck.check_claims`; ``frontlines`` comes from
        :func:`geofront.read_frontlines`.
        """
        from geofront.frontcheck import check_claims

        return check_claims(self, frontlines, **options)

    # ------------------------------------------------------------------ exports

    def to_geojson(self) -> dict[str, Any]:
        """A FeatureCollection of mentions and claims, each with its provenance."""
        features = []
        for layer, frame in (("mention", self.mentions), ("claim", self.claims)):
            for row in json.loads(frame.to_json(na="null", drop_id=True))["features"]:
                row["properties"]["layer"] = layer
                features.append(row)
        return {
            "type": "FeatureCollection",
            "features": features,
            "properties": {
                "lang": self.lang,
                "unverified": self.unverified,
                **self._provenance(),
            },
        }

    def _repr_html_(self) -> str:
        from geofront.webmap.escape import esc  # the one escaping helper for report text

        mentions = "".join(
            f"<tr><td>{esc(m.surface)}</td><td>{esc(m.place.name if m.place else '—')}</td>"
            f"<td>{esc(m.place.kind if m.place else '')}</td><td>{esc(m.role)}</td>"
            f"<td>{esc(m.reason)}</td></tr>"
            for m in self.mention_records
        )
        claims = "".join(
            f"<tr><td>{esc(c.span.claim)}</td><td>{esc(c.span.raw)}</td>"
            f"<td>{esc(str(c.span.bound or ''))}</td>"
            f"<td>{esc(c.anchor.name if c.anchor else (c.target.name if c.target else ''))}</td>"
            f"<td>{esc(c.span.attributed_to or '')}</td></tr>"
            for c in self.claim_records
        )
        head = esc(
            f"Report ({self.lang or 'language unsure'}"
            f"{', ' + self.date if self.date else ''}{', ' + self.source if self.source else ''})"
        )
        return (
            f"<div><strong>{head}</strong>: {len(self.mention_records)} place mentions, "
            f"{len(self.claim_records)} claims"
            f"{' — includes unverified claims' if self.unverified else ''}"
            "<table><tr><th>surface</th><th>place</th><th>kind</th><th>role</th><th>how</th></tr>"
            f"{mentions}</table><table><tr><th>claim</th><th>text</th><th>bound</th>"
            f"<th>place</th><th>claimed by</th></tr>{claims}</table></div>"
        )

    def __repr__(self) -> str:
        return (
            f"<Report lang={self.lang!r} mentions={len(self.mention_records)} "
            f"claims={len(self.claim_records)} date={self.date!r} source={self.source!r}>"
        )


def _point(place: Any) -> Any:
    import shapely

    return shapely.Point(place.lon, place.lat)


def _focus_country(mentions: tuple[Mention, ...]) -> str | None:
    votes: Counter[str] = Counter()
    for m in mentions:
        if m.place is not None and m.place.country_code and m.role == "location":
            votes[m.place.country_code] += 2 if m.place.kind == "settlement" else 1
    return votes.most_common(1)[0][0] if votes else None


def parse(
    text: str | bytes,
    lang: str | None = None,
    date: str | Date | None = None,
    source: str | None = None,
    url: str | None = None,
    gazetteer: Gazetteer | None = None,
    *,
    about_frac: float = 0.2,
    exact_frac: float = 0.1,
    at_least_factor: float = 1.5,
    sector_width_deg: float = 45.0,
    sector_width_16_deg: float = 22.5,
    tolerance_m: float = 10.0,
    max_chars: int = MAX_TEXT_CHARS,
) -> Report:
    """Read a report: its places, regions, roles and claims.

    Parameters
    ----------
    text : str or bytes
        The report. Bytes are decoded as UTF-8.
    lang : str, optional
        ISO 639-1 code (en, id, uk, ru, de, fr, es); guessed when not given.
    date, source, url : optional
        Provenance stored on every row ("2026-02-15", "AFP", a link).
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.default`.
    about_frac, exact_frac, at_least_factor : float
        Band widths of distance claims: "about 15 km" is 15 km ± ``about_frac``,
        a bare "15 km" ± ``exact_frac``, "more than 15 km" 15 … 15 ×
        ``at_least_factor`` km.
    sector_width_deg, sector_width_16_deg : float
        Sector widths for 8-point ("north") and 16-point ("north-northeast") directions.
    tolerance_m : float
        Largest gap between a drawn curve and the true geodesic one.
    max_chars : int
        Longest accepted text (see :data:`MAX_TEXT_CHARS`).

    Returns
    -------
    Report

    Raises
    ------
    TypeError
        ``text`` is neither str nor bytes.
    geofront.InputError
        Binary input, undecodable bytes, or text longer than ``max_chars``.

    Examples
    --------
    >>> import geofront as gf
    >>> report = gf.parse("Russian forces are about 15 km from Sloviansk.", date="2026-02-15")
    >>> row = report.claims.iloc[0]
    >>> row.bound, float(row.min_m), float(row.max_m), int(row.anchor_geonameid)
    ('about', 12000.0, 18000.0, 693468)
    """
    from geofront.claims import find_claims
    from geofront.gazetteer import Gazetteer
    from geofront.lang import detect_language
    from geofront.mentions import find_mentions
    from geofront.resolve import resolve_claims

    text = _check_text(text, max_chars)
    gaz = gazetteer or Gazetteer.default()
    if lang is None:
        guess = detect_language(text)
        lang_code, confidence = guess.lang, guess.confidence
        # unsure (a short text): report lang=None, but read with the likeliest language
        scores = dict(guess.scores)
        best = max(scores, key=scores.get) if scores else None
        grammar = lang_code or (best if best and scores[best] >= _GRAMMAR_SHARE else None)
    else:
        lang_code, confidence, grammar = lang, 1.0, lang
    date_text = date.isoformat() if isinstance(date, Date) else date
    mentions = tuple(find_mentions(text, gazetteer=gaz, lang=grammar))
    spans = find_claims(
        text,
        lang=lang_code,
        about_frac=about_frac,
        exact_frac=exact_frac,
        at_least_factor=at_least_factor,
        sector_width_deg=sector_width_deg,
        sector_width_16_deg=sector_width_16_deg,
    )
    focus = _focus_country(mentions)
    claims = tuple(
        resolve_claims(spans, mentions, gaz, focus=focus, tolerance_m=tolerance_m, text=text)
    )
    return Report(
        text=text,
        lang=lang_code,
        lang_confidence=confidence,
        date=date_text,
        source=source,
        url=url,
        mention_records=mentions,
        claim_records=claims,
        focus_country=focus,
    )
