"""geofront: turn conflict reports into honest, geodesic, publishable maps.

The top-level import stays light: heavy modules (geopandas, folium) load on
first use.

Examples
--------
>>> import geofront as gf
>>> place = gf.geocode("Слов'янськ")
>>> place.name, place.country_code, place.admin1_iso, place.geonameid
('Slovyansk', 'UA', 'UA-14', 693468)
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from geofront.errors import (
    GazetteerError,
    GeofrontError,
    GeometryError,
    InputError,
)
from geofront.records import Place

__version__ = "0.1.0.dev0"

__all__ = [
    "Gazetteer",
    "GazetteerError",
    "Map",
    "GeofrontError",
    "GeometryError",
    "InputError",
    "Place",
    "Report",
    "Reports",
    "geocode",
    "parse",
    "parse_many",
    "read_frontlines",
    "geodesic",
    "__version__",
]

_LAZY = {
    "Gazetteer": ("geofront.gazetteer", "Gazetteer"),
    "geocode": ("geofront.gazetteer", "geocode"),
    "parse": ("geofront.report", "parse"),
    "Report": ("geofront.report", "Report"),
    "Map": ("geofront.webmap", "Map"),
    "read_frontlines": ("geofront.frontlines", "read_frontlines"),
    "parse_many": ("geofront.batch", "parse_many"),
    "Reports": ("geofront.batch", "Reports"),
}
_SUBMODULES = {"geodesic", "gazetteer", "names"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        module_name, attr = _LAZY[name]
        value = getattr(import_module(module_name), attr)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return import_module(f"geofront.{name}")
    raise AttributeError(f"module 'geofront' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | _SUBMODULES)
