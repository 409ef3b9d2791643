"""Gazetteers: offline place search over bundled data, GeoNames dumps or your own table."""

from geofront.gazetteer.core import MAX_QUERY_CHARS, Gazetteer, geocode

__all__ = ["Gazetteer", "MAX_QUERY_CHARS", "geocode"]
