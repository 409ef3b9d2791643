"""geofront's own page code: a small script and stylesheet (no third-party code).

The script adds what folium lacks: layers drawn from compact encoded data
(:mod:`geofront.webmap.encode`), a time slider that *replaces* dated layers
(each layer shows its latest state on or before the chosen date), title,
legend, sources and scale bar as Leaflet controls, and a vector basemap.
Every string it inserts arrives already escaped by
:mod:`geofront.webmap.escape`; the script never builds HTML from data.
"""

from __future__ import annotations

__all__ = ["SCRIPT", "STYLE"]

SCRIPT = r"""
(function () {
  "use strict";
  var G = window.geofront = window.geofront || {maps: {}};

  function dec(s, f) {
    var i = 0, lat = 0, lng = 0, out = [], n = s.length;
    while (i < n) {
      var b, sh = 0, r = 0;
      do { b = s.charCodeAt(i++) - 63; r += (b & 31) * Math.pow(2, sh); sh += 5; } while (b >= 32);
      lat += (r % 2) ? -(r + 1) / 2 : r / 2;
      sh = 0; r = 0;
      do { b = s.charCodeAt(i++) - 63; r += (b & 31) * Math.pow(2, sh); sh += 5; } while (b >= 32);
      lng += (r % 2) ? -(r + 1) / 2 : r / 2;
      out.push([lat / f, lng / f]);
    }
    return out;
  }
  G.decode = dec;

  function geom(g, f) {
    if (g[0] === "p") return dec(g[1], f)[0];
    if (g[0] === "l") return g[1].map(function (s) { return dec(s, f); });
    return g[1].map(function (p) { return p.map(function (s) { return dec(s, f); }); });
  }

  function state(map) {
    var id = map._container.id;
    return G.maps[id] = G.maps[id] || {map: map, layers: [], dates: [], date: -1};
  }
  G.state = state;

  G.layer = function (map, group, spec) {
    var st = state(map), subs = {}, f = Math.pow(10, spec.p), S = spec.S;
    spec.d.forEach(function (ft) {
      var s = spec.s[ft[1]], g = geom(ft[0], f), lyr;
      if (s.shape === "badge") {
        lyr = L.marker(g, {keyboard: false, icon: L.divIcon({
          className: "gf-badge", html: S[ft[5]], iconSize: null})});
      } else if (ft[0][0] === "p") {
        lyr = L.circleMarker(g, s.o);
      } else if (ft[0][0] === "l") {
        lyr = L.polyline(g, s.o);
      } else {
        lyr = L.polygon(g, s.o);
      }
      lyr._gf = ft;
      var d = ft[4] === null ? -1 : ft[4];
      (subs[d] = subs[d] || L.featureGroup().on("click mouseover", lazy)).addLayer(lyr);
    });
    // popups and tooltips are bound on first use: thousands of features stay cheap
    function lazy(e) {
      var l = e.layer, ft = l._gf;
      if (!ft || l._gfBound) return;
      l._gfBound = true;
      if (ft[2] !== null) l.bindTooltip(S[ft[2]], {sticky: ft[0][0] !== "p", className: "gf-tip"});
      if (ft[3] !== null) l.bindPopup(S[ft[3]], {maxWidth: 380, className: "gf-popup"});
      if (e.type === "click" && ft[3] !== null) l.openPopup(e.latlng);
      else if (e.type === "mouseover" && ft[2] !== null) l.openTooltip(e.latlng);
    }
    st.layers.push({key: spec.k, group: group, subs: subs});
    if (st.ready) G.apply(map);  // else finish() shows them, after setting the view
  };

  G.apply = function (map) {
    var st = state(map);
    st.layers.forEach(function (e) {
      var best = null, d;
      for (d in e.subs) {
        d = +d;
        if (d >= 0 && d <= st.date && (best === null || d > best)) best = d;
      }
      for (d in e.subs) {
        var sub = e.subs[d], show = (+d === -1) || (+d === best);
        if (show && !e.group.hasLayer(sub)) e.group.addLayer(sub);
        if (!show && e.group.hasLayer(sub)) e.group.removeLayer(sub);
      }
    });
    if (st.label && st.date >= 0) {
      st.label.textContent = st.dates[st.date];
      var asof = map.getContainer().querySelector(".gf-asof");
      if (asof) asof.textContent = "As of " + st.dates[st.date];
    }
  };

  G.drawn = function (id) {
    var st = G.maps[id], n = 0;
    st.layers.forEach(function (e) {
      if (!st.map.hasLayer(e.group)) return;
      for (var d in e.subs) if (e.group.hasLayer(e.subs[d])) n += e.subs[d].getLayers().length;
    });
    return n;
  };

  G.base = function (map, spec) {
    if (!map.getPane("gf-base")) { map.createPane("gf-base").style.zIndex = 250; }
    var r = L.canvas({pane: "gf-base"}), f = Math.pow(10, spec.p);
    spec.d.forEach(function (ft) {
      var o = L.extend({}, spec.s[ft[1]], {pane: "gf-base", renderer: r, interactive: false});
      L.polygon(geom(ft[0], f), o).addTo(map);
    });
  };

  function control(map, pos, cls, html) {
    var C = L.Control.extend({onAdd: function () {
      var div = L.DomUtil.create("div", "gf-box " + cls);
      div.innerHTML = html;
      L.DomEvent.disableClickPropagation(div);
      L.DomEvent.disableScrollPropagation(div);
      return div;
    }});
    var c = new C({position: pos});
    c.addTo(map);
    return c;
  }

  G.finish = function (map, spec) {
    var st = state(map);
    // set the view first: features are projected once, at the zoom they are seen
    if (spec.bounds) map.fitBounds(spec.bounds, {padding: [24, 24], maxZoom: 11, animate: false});
    if (spec.title) control(map, "topleft", "gf-title", spec.title);
    L.control.zoom({position: "topleft"}).addTo(map);
    control(map, "bottomright", "gf-sources", spec.sources);
    if (spec.legend) control(map, "bottomright", "gf-legend", spec.legend);
    L.control.scale({position: "bottomleft", imperial: true, maxWidth: 160}).addTo(map);
    if (spec.notes) control(map, "bottomleft", "gf-notes", spec.notes);
    st.dates = spec.dates || [];
    st.date = st.dates.length ? st.dates.length - 1 : -1;
    if (st.dates.length > 1) {
      var c = control(map, "bottomleft", "gf-time",
        '<button type="button" class="gf-prev" aria-label="previous date">&#9664;</button>' +
        '<input type="range" min="0" step="1" aria-label="date">' +
        '<button type="button" class="gf-next" aria-label="next date">&#9654;</button>' +
        '<span class="gf-date"></span>');
      var box = c.getContainer(), input = box.querySelector("input");
      input.max = st.dates.length - 1; input.value = st.date;
      st.label = box.querySelector(".gf-date");
      var go = function (i) {
        st.date = Math.max(0, Math.min(st.dates.length - 1, i));
        input.value = st.date;
        G.apply(map);
      };
      input.addEventListener("input", function () { go(+input.value); });
      box.querySelector(".gf-prev").addEventListener("click", function () { go(st.date - 1); });
      box.querySelector(".gf-next").addEventListener("click", function () { go(st.date + 1); });
      G.apply(map);
    } else {
      G.apply(map);
    }
    st.ready = true;
  };
})();
"""

STYLE = """
.leaflet-container {
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif;
}
.leaflet-container.gf-vector { background: #dfe9f0; }
.leaflet-container .leaflet-control-layers { font-size: 13px; }
.leaflet-container .leaflet-interactive:focus { outline: none; }
.leaflet-container .gf-tip { font-size: 12px; }
.leaflet-container .leaflet-control-scale-line { font-size: 11px; }
.gf-box { background: rgba(255,255,255,.93); border-radius: 4px; padding: 6px 9px;
  box-shadow: 0 1px 4px rgba(0,0,0,.3); color: #222; }
.gf-title { max-width: 360px; }
.gf-title h1 { font-size: 17px; line-height: 1.2; margin: 0 0 2px; }
.gf-title .gf-sub { font-size: 13px; margin: 0 0 2px; color: #333; }
.gf-title .gf-asof { font-size: 12px; color: #555; }
.gf-legend { max-width: 300px; font-size: 12px; }
.gf-legend .gf-li { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
.gf-legend svg { flex: none; }
.gf-legend .gf-lh { font-weight: 600; margin-bottom: 2px; }
.gf-sources { max-width: 420px; font-size: 11px; color: #333; padding: 3px 7px; }
.gf-notes { max-width: 320px; font-size: 12px; }
.gf-time { display: flex; align-items: center; gap: 6px; }
.gf-time input { width: 180px; }
.gf-time .gf-date { font-variant-numeric: tabular-nums; min-width: 84px; font-weight: 600; }
.gf-badge { background: #F0E442; border: 1.5px solid #000; border-radius: 10px; padding: 1px 7px;
  font-weight: 700; font-size: 12px; white-space: nowrap; color: #000;
  transform: translate(-50%, -50%);
  width: auto !important; height: auto !important; box-shadow: 0 1px 3px rgba(0,0,0,.4); }
.gf-pop { font-size: 13px; max-width: 360px; }
.gf-pop .gf-t { font-weight: 700; margin-bottom: 3px; }
.gf-pop .gf-d { color: #333; margin: 1px 0; }
.gf-pop .gf-q { margin: 5px 0; padding: 3px 8px; border-left: 3px solid #999; color: #222;
  font-style: italic; }
.gf-pop mark { background: #F0E442; font-style: normal; padding: 0 1px; }
.gf-pop .gf-u { color: #8a3b00; font-weight: 600; margin: 3px 0; }
.gf-pop .gf-s { color: #555; font-size: 12px; margin-top: 3px; }
.gf-pop table { border-collapse: collapse; font-size: 12px; }
.gf-pop th { text-align: left; padding: 1px 6px 1px 0; color: #555; font-weight: 600; }
"""
