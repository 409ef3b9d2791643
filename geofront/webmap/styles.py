"""Colour-blind-safe styles, shared by the web map and the static export.

Colours are the Okabe–Ito palette (Okabe & Ito 2008), distinguishable with
the common colour-vision deficiencies; every distinction that matters also
differs by a second channel (dash pattern, fill or shape), so the map reads
in greyscale too: "about 15 km" is a dashed ring, "within 15 km" a dotted
disk in another hue, an actor a hollow circle.

A :class:`Style` is plain data: the web map passes it to Leaflet as path
options, :mod:`geofront.webmap.static` to matplotlib. The legend is built
from the styles a map actually uses (:func:`legend_entries`).

Examples
--------
>>> STYLES["claim.about"].dash
'6 4'
>>> [s.label for s in legend_entries(["place.location", "claim.about", "place.location"])]
['Place named as a location', 'Distance claim: “about” (ring ±20 %)']
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, replace
from typing import Any

__all__ = ["OKABE_ITO", "Style", "STYLES", "legend_entries", "user_style", "style"]

#: The Okabe–Ito palette.
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
_P = OKABE_ITO


@dataclass(frozen=True)
class Style:
    """How one kind of feature is drawn.

    ``shape`` is ``"circle"`` (a circle marker of ``radius`` px), ``"area"``
    (polygon), ``"line"``, ``"badge"`` (a labelled box) or ``"arrow"`` (a
    filled arrow polygon). ``dash`` is an SVG dash pattern in px ("6 4").
    """

    label: str
    shape: str
    color: str
    weight: float = 1.5
    fill: str | None = None
    fill_opacity: float = 0.0
    opacity: float = 1.0
    dash: str | None = None
    radius: float = 6.0
    order: int = 50

    def leaflet(self) -> dict[str, Any]:
        """Leaflet path options for this style."""
        out: dict[str, Any] = {
            "color": self.color,
            "weight": self.weight,
            "opacity": self.opacity,
            "fill": self.fill is not None and self.fill_opacity > 0,
            "fillColor": self.fill or self.color,
            "fillOpacity": self.fill_opacity,
        }
        if self.dash:
            out["dashArray"] = self.dash
        if self.shape == "circle":
            out["radius"] = self.radius
        return out

    def to_dict(self) -> dict[str, Any]:
        """Plain data (for tests and the legend)."""
        return asdict(self)


STYLES: dict[str, Style] = {
    "place.location": Style(
        "Place named as a location", "circle", "#ffffff", 1.5, _P["blue"], 0.95, radius=6, order=10
    ),
    "place.actor": Style(
        "Actor or nationality named (government, forces, people)",
        "circle",
        _P["reddish_purple"],
        2.5,
        None,
        0.0,
        radius=6,
        order=11,
    ),
    "region.admin1": Style(
        "Region named (oblast, province)",
        "area",
        _P["bluish_green"],
        2.0,
        _P["bluish_green"],
        0.08,
        order=12,
    ),  # fmt: skip
    "region.country": Style(
        "Country named",
        "area",
        _P["bluish_green"],
        1.5,
        _P["bluish_green"],
        0.03,
        dash="1 5",
        order=13,
    ),  # fmt: skip
    "claim.about": Style(
        "Distance claim: “about” (ring ±20 %)",
        "area",
        "#9A6A00",
        1.5,
        _P["orange"],
        0.35,
        dash="6 4",
        order=20,
    ),  # fmt: skip
    "claim.exact": Style(
        "Distance claim: stated distance (ring ±10 %)",
        "area",
        "#9A6A00",
        1.5,
        _P["orange"],
        0.45,
        order=21,
    ),  # fmt: skip
    "claim.at_least": Style(
        "Distance claim: “more than” (outer band)",
        "area",
        "#9A6A00",
        1.5,
        _P["orange"],
        0.2,
        dash="12 3 2 3",
        order=22,
    ),  # fmt: skip
    "claim.range": Style(
        "Distance claim: “between” (ring)",
        "area",
        "#9A6A00",
        1.5,
        _P["orange"],
        0.3,
        dash="6 2",
        order=23,
    ),  # fmt: skip
    "claim.at_most": Style(
        "Distance claim: “within” (disk)",
        "area",
        _P["blue"],
        1.5,
        _P["sky_blue"],
        0.25,
        dash="2 4",
        order=24,
    ),  # fmt: skip
    "claim.direction": Style(
        "Direction of advance (claimed)", "arrow", "#000000", 1.0, "#000000", 0.75, order=30
    ),
    "claim.count": Style(
        "Count claim (number on its region)",
        "badge",
        "#000000",
        1.0,
        _P["yellow"],
        1.0,
        order=31,
    ),  # fmt: skip
    "frontline": Style(
        "Occupied area", "area", _P["vermillion"], 1.0, _P["vermillion"], 0.28, order=40
    ),
}

_USER_COLORS = [_P["reddish_purple"], _P["blue"], _P["bluish_green"], _P["vermillion"], "#555555"]


def user_style(index: int, label: str, shape: str) -> Style:
    """Style of the ``index``-th user layer (cycling through the palette).

    Examples
    --------
    >>> user_style(0, "My layer", "area").color
    '#CC79A7'
    """
    color = _USER_COLORS[index % len(_USER_COLORS)]
    if shape == "circle":
        return Style(label, "circle", "#ffffff", 1.0, color, 0.9, radius=5, order=60 + index)
    if shape == "line":
        return Style(label, "line", color, 2.5, order=60 + index)
    return Style(label, "area", color, 1.5, color, 0.2, order=60 + index)


def style(key: str, label: str | None = None) -> Style:
    """The named style, optionally relabelled ("Occupied area (DeepStateMap)")."""
    base = STYLES[key]
    return replace(base, label=label) if label else base


def legend_entries(styles: Iterable[Style | str]) -> list[Style]:
    """The distinct styles in use, in legend order (places, claims, user layers)."""
    seen: dict[tuple, Style] = {}
    for item in styles:
        s = STYLES[item] if isinstance(item, str) else item
        seen.setdefault((s.label, s.shape, s.color, s.fill, s.dash), s)
    return sorted(seen.values(), key=lambda s: (s.order, s.label))
