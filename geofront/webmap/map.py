"""``gf.Map``: reports and GeoDataFrames on a publishable Leaflet map.

The map is a folium map (:meth:`Map.to_folium`) whose layers are drawn by
geofront's own small page script from compact data, plus publication
furniture. Output is deterministic: branca's random element ids are replaced
by counters, so the same input gives byte-identical HTML.
"""

from __future__ import annotations

import html as _html
import re
import warnings
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from geofront.errors import GeofrontError
from geofront.webmap import assets
from geofront.webmap.encode import encode, latlon_bounds
from geofront.webmap.escape import esc, js
from geofront.webmap.furniture import credits_line, legend_html, sources_html, title_html
from geofront.webmap.layers import (
    BOUNDARIES_CREDIT,
    Layer,
    frame_layer,
    is_claims_frame,
    is_mentions_frame,
    report_layers,
    table_layer,
)
from geofront.webmap.styles import legend_entries

__all__ = ["Map"]

#: Above this many features, layers are drawn on a canvas instead of SVG.
CANVAS_THRESHOLD = 1000


def _provider(tiles: Any) -> Any:
    import xyzservices

    if tiles is None or isinstance(tiles, xyzservices.TileProvider):
        return tiles
    if isinstance(tiles, str):
        try:
            return xyzservices.providers.query_name(tiles)
        except ValueError as err:
            raise ValueError(
                f"unknown tile provider {tiles!r}; use an xyzservices name such as "
                "'OpenStreetMap.Mapnik', a TileProvider, or None for a vector-only map"
            ) from err
    raise TypeError(f"tiles must be an xyzservices name, a TileProvider or None, not {tiles!r}")


class Map:
    """A map of reports and layers, ready to publish.

    Parameters
    ----------
    title, subtitle : str, optional
        Shown in the title block (escaped: report text is never markup).
    as_of : str, optional
        "As of" date; defaults to the latest date of the features.
    tiles : str, xyzservices.TileProvider or None
        Any xyzservices provider (name or object). ``None`` draws a vector-only
        map with country and admin-1 outlines from the bundled boundaries.
    width, height : str or int
        Size of the map element (CSS).
    renderer : {"auto", "svg", "canvas"}
        "auto" uses a canvas above 1,000 features.
    precision : int
        Coordinate decimals on the page (5 ≈ 1.1 m).
    legend, layer_control : bool
        Show the legend and the layer switcher.

    Examples
    --------
    >>> import geofront as gf
    >>> report = gf.parse("Russian forces are about 15 km from Sloviansk.", date="2026-02-15")
    >>> m = gf.Map(title="Donetsk front", tiles=None).add(report)
    >>> [layer.name for layer in m.layers]
    ['Places named', 'Distance claims', 'Actors and nationalities (not locations)']
    >>> m.feature_count()
    3
    """

    def __init__(
        self,
        title: str | None = None,
        subtitle: str | None = None,
        as_of: str | None = None,
        tiles: Any = "OpenStreetMap.Mapnik",
        *,
        width: str | int = "100%",
        height: str | int = "100%",
        renderer: str = "auto",
        precision: int = 5,
        legend: bool = True,
        layer_control: bool = True,
    ) -> None:
        if renderer not in ("auto", "svg", "canvas"):
            raise ValueError(f"renderer must be 'auto', 'svg' or 'canvas', not {renderer!r}")
        self.title = title
        self.subtitle = subtitle
        self._as_of = as_of
        self.tiles = _provider(tiles)
        self.width = width
        self.height = height
        self.renderer = renderer
        self.precision = precision
        self.legend = legend
        self.layer_control = layer_control
        self.layers: list[Layer] = []
        self._user_layers = 0

    # ------------------------------------------------------------------ content

    def add(self, obj: Any, name: str | None = None, **options: Any) -> Map:
        """Add a report, reports, a GeoDataFrame (front lines included) or a Layer.

        Layers of the same meaning merge (two reports share one "Distance
        claims" layer; the time slider tells their dates apart), unless a
        report is added with a ``name``: then it gets a layer set of its own
        ("afp.txt — Distance claims"). Returns the map, so calls chain.
        """
        from geofront.report import Report

        if isinstance(obj, Report):
            for layer in report_layers(obj):
                if name:  # a layer set of its own: "afp.txt — Distance claims"
                    layer.key = f"{name}\x1f{layer.key}"
                    layer.name = f"{name} — {layer.name}"
                self._merge(layer)
        elif isinstance(obj, Layer):
            self._merge(obj)
        elif _derived_layer(obj) is not None:
            # front-line products (claim checks, change polygons, advance arrows) are
            # plain layers with their own name, even when they carry claim columns
            layer = frame_layer(
                obj, name=name or _derived_layer(obj), index=self._user_layers, **options
            )
            self._user_layers += 1
            self.layers.append(layer)
        elif is_claims_frame(obj) or is_mentions_frame(obj):
            layer = table_layer(obj)
            if name:
                layer.name = name
            self._merge(layer)
        elif hasattr(obj, "geometry") and hasattr(obj, "columns"):
            layer = frame_layer(obj, name=name, index=self._user_layers, **options)
            self._user_layers += 1
            self.layers.append(layer)
        elif isinstance(obj, Iterable) and not isinstance(obj, (str, bytes)):
            items = getattr(obj, "reports", obj)
            for item in items:
                self.add(item)
        else:
            raise TypeError(
                "Map.add takes a Report, reports, a GeoDataFrame or a Layer, "
                f"not {type(obj).__name__}"
            )
        return self

    def _merge(self, layer: Layer) -> None:
        for existing in self.layers:
            if existing.key == layer.key:
                existing.features.extend(layer.features)
                existing.styles.update(layer.styles)
                existing.credits = credits_line(existing.credits + layer.credits)
                return
        self.layers.append(layer)

    @property
    def dates(self) -> list[str]:
        """The distinct feature dates, ascending (the time slider's stops)."""
        return sorted({f.date for layer in self.layers for f in layer.features if f.date})

    @property
    def as_of(self) -> str | None:
        """The "as of" date: given, else the latest feature date."""
        dates = self.dates
        return self._as_of or (dates[-1] if dates else None)

    def feature_count(self) -> int:
        """Features drawn when the page opens (each dated layer at its latest date)."""
        n = 0
        for layer in self.layers:
            dated = [f.date for f in layer.features if f.date]
            last = max(dated) if dated else None
            n += sum(1 for f in layer.features if f.date is None or f.date == last)
        return n

    def credits(self) -> list[str]:
        """Every attribution the map must print: data, boundaries, tiles, user layers."""
        items: list[str] = []
        for layer in self.layers:
            items += layer.credits
        if self.tiles is not None:
            attribution = self.tiles.get("attribution") or self.tiles.get("html_attribution")
            items.append(f"Tiles: {_html.unescape(re.sub(r'<[^>]+>', '', attribution or ''))}")
        else:
            items.append(BOUNDARIES_CREDIT)
        return credits_line(items)

    def bounds(self) -> tuple[float, float, float, float] | None:
        """lon/lat bounds the map opens on (the features that locate the story)."""
        import shapely

        geoms = [f.geometry for layer in self.layers for f in layer.features if f.fit]
        if not geoms:
            geoms = [f.geometry for layer in self.layers for f in layer.features]
        geoms = [g for g in geoms if g is not None and not g.is_empty]
        if not geoms:
            return None
        return tuple(float(v) for v in shapely.total_bounds(geoms))  # type: ignore[return-value]

    # ------------------------------------------------------------------ page data

    def _layer_data(self, layer: Layer, dates: dict[str, int]) -> dict[str, Any]:
        strings: dict[str, int] = {}

        def ref(text: str | None) -> int | None:
            if text is None:
                return None
            return strings.setdefault(text, len(strings))

        styles: dict[str, int] = {}
        style_specs = []
        rows = []
        for f in layer.features:
            g = encode(f.geometry, precision=self.precision, tolerance_m=layer.tolerance_m)
            if g is None:
                continue
            if f.style not in styles:
                styles[f.style] = len(styles)
                st = layer.styles[f.style]
                style_specs.append({"shape": st.shape, "o": st.leaflet()})
            rows.append(
                [
                    g,
                    styles[f.style],
                    ref(f.tooltip),
                    ref(f.popup),
                    dates.get(f.date) if f.date else None,
                    ref(f.label),
                ]
            )
        return {
            "k": layer.key,
            "p": self.precision,
            "s": style_specs,
            "d": rows,
            "S": list(strings),
        }

    def _base_data(self, bounds: tuple[float, float, float, float] | None) -> dict[str, Any]:
        from geofront.webmap.basemap import BASE_STYLES, outlines

        kinds = list(BASE_STYLES)
        rows = []
        for kind, geom in outlines(bounds or (-30.0, 30.0, 60.0, 65.0)):
            g = encode(geom, precision=3, tolerance_m=1000.0)
            if g is not None and g[0] == "a":
                rows.append([g, kinds.index(kind)])
        return {"p": 3, "s": [BASE_STYLES[k] for k in kinds], "d": rows}

    # ------------------------------------------------------------------ folium

    def to_folium(self) -> Any:
        """The folium.Map behind this map (Leaflet only; add anything custom to it)."""
        import folium

        n = sum(len(layer.features) for layer in self.layers)
        canvas = self.renderer == "canvas" or (self.renderer == "auto" and n > CANVAS_THRESHOLD)
        fm = folium.Map(
            location=None,
            tiles=None,
            zoom_start=2,
            width=self.width,
            height=self.height,
            zoom_control=False,
            attribution_control=False,
            prefer_canvas=canvas,
        )
        fm.default_js = [("leaflet", assets.LEAFLET_JS_URL)]
        fm.default_css = [("leaflet_css", assets.LEAFLET_CSS_URL)]
        root = fm.get_root()
        from geofront.webmap.page import SCRIPT, STYLE

        root.header.add_child(_raw(f"<style>{STYLE}</style>"), name="geofront_style")
        root.header.add_child(_raw(f"<script>{SCRIPT}</script>"), name="geofront_script")
        bounds = self.bounds()
        if self.tiles is not None:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                url = self.tiles.build_url(scale_factor="{r}")
            folium.TileLayer(
                tiles=url,
                attr=esc(self.tiles.get("attribution", "")),
                name=esc(self.tiles.name),
                max_zoom=self.tiles.get("max_zoom", 19),
                control=False,
            ).add_to(fm)
        else:
            _Code("geofront.base({map}, {data});", data=js(self._base_data(bounds))).add_to(fm)
        dates = {d: i for i, d in enumerate(self.dates)}
        for layer in self.layers:
            group = folium.FeatureGroup(name=esc(layer.name), show=True)
            group.add_to(fm)
            data = js(self._layer_data(layer, dates))
            _Code("geofront.layer({map}, {parent}, {data});", data=data).add_to(group)
        if self.layer_control and self.layers:
            folium.LayerControl(position="topright", collapsed=False).add_to(fm)
        entries = legend_entries(s for layer in self.layers for s in layer.styles_in_use())
        finish = {
            "title": title_html(self.title, self.subtitle, self.as_of),
            "legend": legend_html(entries) if self.legend else "",
            "sources": sources_html(self.credits()),
            "dates": list(dates),
            "bounds": latlon_bounds(bounds) if bounds else None,
        }
        code = "geofront.finish({map}, {data});"
        if self.tiles is None:
            code = "{map}.getContainer().classList.add('gf-vector');" + code
        _Code(code, data=js(finish)).add_to(fm)
        _renumber(fm)
        return fm

    # ------------------------------------------------------------------ output

    def render(self, inline: bool = False) -> str:
        """The HTML page (CDN assets; ``inline=True``: everything in the file)."""
        fm = self.to_folium()
        page = fm.get_root().render()
        return _inline(page) if inline else page

    def save(self, path: str | Path, inline: bool = False) -> Path:
        """Write the page. ``inline=True`` makes one self-contained, offline file.

        Inline assets come from the pinned Leaflet npm tarball
        (:mod:`geofront.webmap.assets`), cached after the first download.
        """
        path = Path(path)
        path.write_text(self.render(inline=inline), encoding="utf-8")
        return path

    def _repr_html_(self) -> str:
        # offline notebooks: embed Leaflet when its tarball is already cached, else the CDN
        cached = (assets.asset_cache_dir() / assets.LEAFLET.tarball_name).is_file()
        try:
            page = self.render(inline=cached)
        except (GeofrontError, OSError):
            page = self.render()
        height = self.height if isinstance(self.height, str) and "px" in self.height else "520px"
        if isinstance(self.height, int):
            height = f"{self.height}px"
        return (
            f'<iframe srcdoc="{_html.escape(page, quote=True)}" '
            f'style="width:100%;height:{esc(height)};border:none" '
            'sandbox="allow-scripts allow-popups" loading="lazy"></iframe>'
        )

    def to_png(self, path: str | Path, **options: Any) -> Path:
        """A static PNG for print (matplotlib; no browser). See :mod:`geofront.webmap.static`."""
        from geofront.webmap.static import export

        return export(self, path, format="png", **options)

    def to_svg(self, path: str | Path, **options: Any) -> Path:
        """A static SVG for print (matplotlib; no browser)."""
        from geofront.webmap.static import export

        return export(self, path, format="svg", **options)

    def __repr__(self) -> str:
        return (
            f"<geofront.Map title={self.title!r} layers={[layer.name for layer in self.layers]} "
            f"features={sum(len(layer.features) for layer in self.layers)}>"
        )


class _Code:
    """A script snippet at the map's script position, names resolved at render.

    Its text is added to the page as is: branca compiles rendered snippets as
    Jinja templates again, so data containing ``{{`` or ``{#`` must not pass
    through that path.
    """

    def __new__(cls, code: str, data: str) -> Any:
        from branca.element import MacroElement

        class Snippet(MacroElement):
            def __init__(self) -> None:
                super().__init__()
                self._name = "geofront"

            def render(self, **kwargs: Any) -> None:
                parent = self._parent
                fmap = parent
                while fmap is not None and not hasattr(fmap, "default_js"):
                    fmap = fmap._parent
                text = code.format(map=fmap.get_name(), parent=parent.get_name(), data=data)
                self.get_root().script.add_child(_raw(text + "\n"), name=self.get_name())

        return Snippet()


def _raw(text: str) -> Any:
    """A branca element that renders ``text`` verbatim (no Jinja)."""
    from branca.element import Element

    class Raw(Element):
        def render(self, **kwargs: Any) -> str:
            return text

    return Raw()


def _renumber(fm: Any) -> None:
    """Give every branca element a deterministic id (tree order)."""
    counter = 0
    stack = [fm.get_root()]
    while stack:
        element = stack.pop(0)
        element._id = f"{counter:04x}"
        counter += 1
        stack[0:0] = list(element._children.values())


_ASSET = re.compile(
    r'<script src="(?P<js>[^"]+)"></script>|<link rel="stylesheet" href="(?P<css>[^"]+)"\s*/>'
)


def _inline(page: str) -> str:
    def replace(match: re.Match[str]) -> str:
        url = match.group("js") or match.group("css")
        if url == assets.LEAFLET_JS_URL:
            code = assets.package_file(assets.LEAFLET, "dist/leaflet.js").decode("utf-8")
            if "</script" in code.lower():  # pragma: no cover - Leaflet has none
                raise assets.AssetError("leaflet.js contains '</script'")
            return f"<script>{code}</script>"
        if url == assets.LEAFLET_CSS_URL:
            css = assets.inline_css(assets.LEAFLET, "dist/leaflet.css", used=("layers",))
            return f"<style>{css}</style>"
        raise assets.AssetError(
            f"cannot inline {url}: only Leaflet is known; save with inline=False "
            "or remove the element that needs it"
        )

    return _ASSET.sub(replace, page)


_DERIVED_LAYERS = {
    "frontline_check": "Claims checked against the front line",
    "frontline_change": "Front-line change",
    "advance_arrows": "Advance from the front line",
}


def _derived_layer(obj: Any) -> str | None:
    """The display name of a front-line product frame, from its ``attrs``."""
    attrs = getattr(obj, "attrs", None)
    if not isinstance(attrs, dict):
        return None
    info = attrs.get("geofront")
    kind = info.get("layer") if isinstance(info, dict) else None
    return _DERIVED_LAYERS.get(kind) if isinstance(kind, str) else None
