"""Index a user's own (Geo)DataFrame of places."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from geofront.errors import InputError
from geofront.gazetteer.store import IndexWriter, PlaceRow
from geofront.records import PLACE_KINDS

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["write_dataframe"]


def _aliases(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [v.strip() for v in value.split("|") if v.strip()]
    return [str(v).strip() for v in value if v is not None and str(v).strip()]


def _point_and_shape(geom: Any) -> tuple[float, float, bytes | None]:
    import shapely

    if geom is None or geom.is_empty:
        raise InputError("a row has an empty geometry")
    if geom.geom_type == "Point":
        return float(geom.x), float(geom.y), None
    point = geom.centroid if geom.contains(geom.centroid) else geom.point_on_surface()
    return float(point.x), float(point.y), shapely.to_wkb(geom)


def write_dataframe(
    writer: IndexWriter,
    frame: pd.DataFrame,
    *,
    name_col: str,
    aliases_col: str | None,
    kind_col: str | None,
    country_col: str | None,
    population_col: str | None,
    lon_col: str,
    lat_col: str,
    source: str,
) -> int:
    """Write every row of ``frame`` as a place; return the number written."""
    columns = [name_col, aliases_col, kind_col, country_col, population_col]
    missing = [c for c in columns if c and c not in frame.columns]
    is_geo = hasattr(frame, "_geometry_column_name")  # a GeoDataFrame, without importing geopandas
    geometry = frame.geometry if is_geo else None
    if geometry is None:
        missing += [c for c in (lon_col, lat_col) if c not in frame.columns]
    if missing:
        raise InputError(f"Columns not in the table: {missing}; have {list(frame.columns)}")
    if geometry is not None and frame.crs is not None and frame.crs.to_epsg() != 4326:
        frame = frame.to_crs(4326)
        geometry = frame.geometry
    written = 0
    for position, (_, row) in enumerate(frame.iterrows(), start=1):
        name = str(row[name_col]).strip() if row[name_col] is not None else ""
        if not name:
            raise InputError(f"row {position} has no name in column {name_col!r}")
        if geometry is not None:
            lon, lat, shape = _point_and_shape(geometry.iloc[position - 1])
        else:
            lon, lat, shape = float(row[lon_col]), float(row[lat_col]), None
        if not (math.isfinite(lon) and math.isfinite(lat) and abs(lon) <= 180 and abs(lat) <= 90):
            raise InputError(f"row {position} ({name}) has invalid lon/lat {lon}, {lat}")
        kind = str(row[kind_col]) if kind_col else "settlement"
        if kind not in PLACE_KINDS:
            raise InputError(f"row {position} ({name}): kind {kind!r} is not one of {PLACE_KINDS}")
        aliases = _aliases(row[aliases_col]) if aliases_col else []
        names = [(name, "primary")] + [(a, "alternate") for a in aliases]
        n_names = writer.add_names(position, names)
        population = row[population_col] if population_col else 0
        writer.add_place(
            PlaceRow(
                id=position,
                name=name,
                lon=lon,
                lat=lat,
                kind=kind,
                country_code=str(row[country_col]).upper() if country_col else None,
                admin1_iso=None,
                admin1_code=None,
                geonameid=None,
                population=int(population) if population == population else 0,
                n_names=n_names,
                source=source,
                shape=shape,
            )
        )
        written += 1
    writer.set_meta(kind="table", attribution=source, places=str(written))
    return written
