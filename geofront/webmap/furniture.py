"""Publication furniture: title block, legend, sources line.

Each builder returns inert HTML (all text through :func:`~geofront.webmap.escape.esc`);
the page script puts it in a Leaflet control, the static export draws the
same content with matplotlib.
"""

from __future__ import annotations

from collections.abc import Iterable

from geofront.webmap.escape import esc
from geofront.webmap.styles import Style

__all__ = ["title_html", "legend_html", "swatch_svg", "sources_html", "credits_line"]


def title_html(title: str | None, subtitle: str | None, as_of: str | None) -> str:
    """The title block; empty when there is nothing to say.

    Examples
    --------
    >>> title_html("Front <b>", None, "2026-02-15")
    '<h1>Front &lt;b&gt;</h1><div class="gf-asof">As of 2026-02-15</div>'
    """
    parts = []
    if title:
        parts.append(f"<h1>{esc(title)}</h1>")
    if subtitle:
        parts.append(f'<div class="gf-sub">{esc(subtitle)}</div>')
    if as_of:
        parts.append(f'<div class="gf-asof">As of {esc(as_of)}</div>')
    return "".join(parts)


def swatch_svg(s: Style, size: int = 18) -> str:
    """A small SVG drawing of a style, for the legend."""
    h = size
    fill = s.fill or "none"
    fo = s.fill_opacity if s.fill else 0
    dash = f' stroke-dasharray="{esc(s.dash)}"' if s.dash else ""
    common = f'stroke="{esc(s.color)}" stroke-width="{s.weight:g}"{dash}'
    if s.shape == "circle":
        r = min(s.radius, h / 2 - 1.5)
        body = (
            f'<circle cx="{h / 2:g}" cy="{h / 2:g}" r="{r:g}" fill="{esc(fill)}" '
            f'fill-opacity="{fo:g}" {common}/>'
        )
        if s.fill and s.color.lower() == "#ffffff":
            body = f'<circle cx="{h / 2:g}" cy="{h / 2:g}" r="{r + 0.5:g}" fill="#888"/>' + body
    elif s.shape == "line":
        body = f'<line x1="1" y1="{h / 2:g}" x2="{h - 1}" y2="{h / 2:g}" {common}/>'
    elif s.shape == "arrow":
        body = (
            f'<path d="M1 7.5H10V3.5L17 9L10 14.5V10.5H1Z" fill="{esc(fill)}" '
            f'fill-opacity="{fo:g}" {common}/>'
        )
    elif s.shape == "badge":
        body = (
            f'<rect x="1" y="3" width="{h - 2}" height="{h - 6}" rx="5" fill="{esc(fill)}" '
            f'stroke="#000" stroke-width="1.2"/><text x="{h / 2:g}" y="{h / 2 + 3.5:g}" '
            'font-size="9" font-weight="700" text-anchor="middle">12</text>'
        )
    else:
        body = (
            f'<rect x="1.5" y="2.5" width="{h - 3}" height="{h - 5}" fill="{esc(fill)}" '
            f'fill-opacity="{fo:g}" {common}/>'
        )
    return f'<svg width="{h}" height="{h}" viewBox="0 0 {h} {h}" aria-hidden="true">{body}</svg>'


def legend_html(entries: Iterable[Style], heading: str | None = "Legend") -> str:
    """The legend: one swatch and label per style in use."""
    rows = "".join(
        f'<div class="gf-li">{swatch_svg(s)}<span>{esc(s.label)}</span></div>' for s in entries
    )
    if not rows:
        return ""
    head = f'<div class="gf-lh">{esc(heading)}</div>' if heading else ""
    return head + rows


def credits_line(credits: Iterable[str]) -> list[str]:
    """The distinct credits in first-seen order."""
    return list(dict.fromkeys(c for c in credits if c))


def sources_html(credits: Iterable[str]) -> str:
    """The sources line: every required attribution, escaped.

    Examples
    --------
    >>> sources_html(["Places: GeoNames (CC BY 4.0)", "Tiles: (C) OpenStreetMap"])
    'Sources: Places: GeoNames (CC BY 4.0) · Tiles: (C) OpenStreetMap · Map: geofront, Leaflet'
    """
    items = credits_line(credits) + ["Map: geofront, Leaflet"]
    return "Sources: " + " · ".join(esc(c) for c in items)
