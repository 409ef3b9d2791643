"""Static PNG/SVG export for print: the same layers, styles and furniture, no browser.

Drawn with matplotlib on an equirectangular frame whose aspect is corrected
for the map's middle latitude (distances read true near the centre), over the
bundled vector outlines (tile servers are not used for print). Dated layers
are drawn at their latest date, as the web map opens. SVG output is
deterministic (no timestamp, fixed id salt).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import TYPE_CHECKING, Any

from geofront.webmap.basemap import outlines
from geofront.webmap.furniture import credits_line
from geofront.webmap.layers import BOUNDARIES_CREDIT
from geofront.webmap.styles import Style, legend_entries

if TYPE_CHECKING:  # pragma: no cover
    from geofront.webmap.map import Map

__all__ = ["export"]


def _dash(style: Style) -> Any:
    if not style.dash:
        return "solid"
    return (0, tuple(float(v) for v in style.dash.split()))


def _path(geom: Any) -> Any:
    from matplotlib.path import Path as MPath

    polys = list(geom.geoms) if geom.geom_type == "MultiPolygon" else [geom]
    verts: list[Any] = []
    codes: list[int] = []
    for poly in polys:
        for ring in [poly.exterior, *poly.interiors]:
            xy = list(ring.coords)
            verts += xy
            codes += [MPath.MOVETO] + [MPath.LINETO] * (len(xy) - 2) + [MPath.CLOSEPOLY]
    return MPath(verts, codes)


def _visible(m: Map) -> list[tuple[Any, Style]]:
    out = []
    for layer in m.layers:
        dated = [f.date for f in layer.features if f.date]
        last = max(dated) if dated else None
        for f in layer.features:
            if f.date is None or f.date == last:
                out.append((f, layer.styles[f.style]))
    return out


def _nice(length_m: float) -> float:
    exp = 10 ** math.floor(math.log10(length_m))
    for step in (5, 2, 1):
        if step * exp <= length_m:
            return step * exp
    return exp


def _plain(text: str) -> str:
    import html
    import re

    return html.unescape(re.sub(r"<[^>]+>", "", text))


def export(
    m: Map,
    path: str | Path,
    *,
    format: str = "png",
    width_in: float = 10.0,
    height_in: float = 7.0,
    dpi: int = 200,
) -> Path:
    """Write ``m`` as a PNG or SVG file; returns the path."""
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch, PathPatch
    from pyproj import Geod

    bounds = m.bounds() or (-30.0, 30.0, 60.0, 65.0)
    minx, miny, maxx, maxy = bounds
    padx = max((maxx - minx) * 0.08, 0.05)
    pady = max((maxy - miny) * 0.08, 0.05)
    minx, maxx, miny, maxy = minx - padx, maxx + padx, miny - pady, maxy + pady
    mid_lat = (miny + maxy) / 2
    aspect = 1.0 / max(math.cos(math.radians(mid_lat)), 0.05)
    # widen the frame to the figure's shape
    map_h_in = height_in * 0.84
    want = width_in / map_h_in
    have = (maxx - minx) / ((maxy - miny) * aspect)
    if have < want:
        extra = ((maxy - miny) * aspect * want - (maxx - minx)) / 2
        minx, maxx = minx - extra, maxx + extra
    else:
        extra = ((maxx - minx) / want / aspect - (maxy - miny)) / 2
        miny, maxy = miny - extra, maxy + extra

    with plt.rc_context({"svg.hashsalt": "geofront", "font.size": 9}):
        fig = plt.figure(figsize=(width_in, height_in), dpi=dpi)
        ax = fig.add_axes((0.0, 0.07, 1.0, 0.84))
        ax.set_facecolor("#dfe9f0")
        ax.set_xlim(minx, maxx)
        ax.set_ylim(miny, maxy)
        ax.set_aspect(aspect)
        ax.set_xticks([])
        ax.set_yticks([])
        for kind, geom in outlines((minx, miny, maxx, maxy)):
            if kind == "country":
                ax.add_patch(PathPatch(_path(geom), fc="#fbfaf6", ec="#8c8c8c", lw=0.6, zorder=1))
            else:
                ax.add_patch(
                    PathPatch(
                        _path(geom), fc="none", ec="#b8b8b8", lw=0.4, ls=(0, (3, 3)), zorder=2
                    )
                )
        for z, (f, st) in enumerate(_visible(m)):
            g = f.geometry
            zorder = 3 + st.order / 10 + z * 1e-4
            if st.shape == "badge":
                ax.text(
                    g.x, g.y, _plain(f.label or ""), ha="center", va="center", fontsize=8,
                    fontweight="bold", zorder=zorder + 5,
                    bbox={"boxstyle": "round,pad=0.3", "fc": st.fill, "ec": "#000", "lw": 0.8},
                )  # fmt: skip
            elif g.geom_type in ("Point", "MultiPoint"):
                pts = list(g.geoms) if g.geom_type == "MultiPoint" else [g]
                ax.scatter(
                    [p.x for p in pts], [p.y for p in pts], s=(st.radius * 1.5) ** 2,
                    c=st.fill or "none", edgecolors=st.color, linewidths=st.weight * 0.6,
                    zorder=zorder + 5,
                )  # fmt: skip
            elif g.geom_type in ("LineString", "MultiLineString"):
                lines = list(g.geoms) if g.geom_type == "MultiLineString" else [g]
                for line in lines:
                    x, y = line.xy
                    ax.plot(x, y, color=st.color, lw=st.weight * 0.6, ls=_dash(st), zorder=zorder)
            elif g.geom_type in ("Polygon", "MultiPolygon"):
                ax.add_patch(
                    PathPatch(
                        _path(g), fc=st.fill or "none", alpha=None, ec=st.color,
                        lw=st.weight * 0.6, ls=_dash(st), zorder=zorder,
                    )
                )  # fmt: skip
                if st.fill:
                    ax.patches[-1].set_facecolor(
                        (*matplotlib.colors.to_rgb(st.fill), st.fill_opacity)
                    )
        # title block
        y = 0.985
        if m.title:
            fig.text(0.012, y, m.title, fontsize=14, fontweight="bold", va="top")
            y -= 0.045
        if m.subtitle:
            fig.text(0.012, y, m.subtitle, fontsize=10, va="top", color="#333")
            y -= 0.03
        if m.as_of:
            fig.text(
                0.99, 0.985, f"As of {m.as_of}", fontsize=10, va="top", ha="right", color="#555"
            )
        # legend from the styles in use
        handles = []
        for st in legend_entries(s for layer in m.layers for s in layer.styles_in_use()):
            if st.shape == "circle":
                handles.append(
                    Line2D([], [], ls="none", marker="o", ms=st.radius * 1.4,
                           mfc=st.fill or "none", mec=st.color, mew=st.weight * 0.6, label=st.label)
                )  # fmt: skip
            elif st.shape == "line":
                handles.append(
                    Line2D([], [], color=st.color, lw=st.weight, ls=_dash(st), label=st.label)
                )
            else:
                fc = (*matplotlib.colors.to_rgb(st.fill), st.fill_opacity) if st.fill else "none"
                handles.append(
                    Patch(fc=fc, ec=st.color, lw=st.weight * 0.6, ls=_dash(st), label=st.label)
                )
        if handles and m.legend:
            ax.legend(handles=handles, loc="lower right", fontsize=7.5, framealpha=0.93,
                      title="Legend",
                      title_fontsize=8)  # fmt: skip
        # scale bar (geodesic length at the middle latitude)
        geod = Geod(ellps="WGS84")
        span_m = geod.inv(minx, mid_lat, maxx, mid_lat)[2]
        bar_m = _nice(span_m / 5)
        x0 = minx + (maxx - minx) * 0.03
        y0 = miny + (maxy - miny) * 0.04
        x1 = geod.fwd(x0, y0, 90.0, bar_m)[0]
        ax.plot([x0, x1], [y0, y0], color="#000", lw=2.5, solid_capstyle="butt", zorder=50)
        label = f"{bar_m / 1000:g} km" if bar_m >= 1000 else f"{bar_m:g} m"
        ax.text((x0 + x1) / 2, y0 + (maxy - miny) * 0.012, label, ha="center", va="bottom",
                fontsize=8, zorder=50)  # fmt: skip
        # sources line (tiles are not drawn in print: the outlines are)
        credits = [c for c in m.credits() if not c.startswith("Tiles:")]
        credits = credits_line(credits + [BOUNDARIES_CREDIT, "Map: geofront, matplotlib"])
        fig.text(0.012, 0.02, "Sources: " + " · ".join(credits), fontsize=7.5, color="#333",
                 va="bottom", wrap=True)  # fmt: skip
        path = Path(path)
        metadata = {"Date": None} if format == "svg" else {}
        fig.savefig(path, format=format, dpi=dpi, metadata=metadata)
        plt.close(fig)
    return path
