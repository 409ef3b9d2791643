"""Exceptions raised by geofront.

Every exception derives from :class:`GeofrontError`; the leaves also inherit
the matching builtin, so ``except ValueError`` keeps working for callers who do
not know about geofront.
"""

from __future__ import annotations

__all__ = [
    "GeofrontError",
    "InputError",
    "GazetteerError",
    "GazetteerBuildError",
    "UnknownGazetteerError",
    "GeometryError",
]


class GeofrontError(Exception):
    """Root of every error geofront raises on purpose."""


class InputError(GeofrontError, ValueError):
    """Input of the right type but unusable content (empty, too large, binary)."""


class GazetteerError(GeofrontError, RuntimeError):
    """A gazetteer could not be opened or queried."""


class GazetteerBuildError(GazetteerError):
    """Building a gazetteer index from its source data failed."""


class UnknownGazetteerError(GeofrontError, KeyError):
    """A gazetteer name that geofront does not know."""

    def __str__(self) -> str:  # KeyError quotes its message; keep it readable
        return str(self.args[0]) if self.args else ""


class GeometryError(GeofrontError, ValueError):
    """A geometry request that cannot be satisfied (NaN, negative radius, ...)."""
