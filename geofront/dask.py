"""Parse reports on a Dask cluster: one machine or many, same code.

Dask distributes the work; geofront only supplies per-partition functions.
Every worker process opens the gazetteer once (a per-process cached
singleton, :func:`geofront.batch.worker_gazetteer`) and reuses it for every
partition it parses.

>>> import dask, dask.bag as db                            # doctest: +SKIP
>>> import geofront.dask as gd                             # doctest: +SKIP
>>> bag = db.from_sequence(texts_or_records, npartitions=64)   # doctest: +SKIP
>>> results = gd.parse_bag(bag, source="wire")             # doctest: +SKIP
>>> frames = gd.to_frames(results)                         # doctest: +SKIP
>>> mentions, claims, errors = dask.compute(*frames)       # doctest: +SKIP

- :func:`parse_bag`: a bag of texts or records -> a bag of
  :class:`geofront.batch.ReportResult` (one per report).
- :func:`to_frames`: such a bag -> :class:`Frames` of dask-geopandas
  GeoDataFrames ``mentions`` and ``claims`` (with ``report_id``) and a dask
  DataFrame ``errors``, all with ``meta``, so nothing is computed to build them.
- :func:`parse_dataframe`: a dask DataFrame with a text column -> :class:`Frames`.
- :func:`warm_up`: build/open the gazetteer on every worker ahead of the work.

The three frames share the parse tasks: compute them together
(``dask.compute(*frames)``) or ``persist()`` the result bag, or each frame
parses the texts again.

Running on many machines
------------------------
Nothing changes but the client::

    from dask.distributed import Client
    client = Client("tcp://scheduler-host:8786")   # dask-scheduler / dask-worker,
                                                   # dask-jobqueue, dask-kubernetes, ...
    gd.warm_up(client)                             # optional: index ready everywhere
    frames = gd.parse_dataframe(dd.read_parquet("s3://bucket/reports/"), text_col="body")
    frames.claims.to_parquet("s3://bucket/claims/")

Requirements on each worker node: ``pip install "geofront[dask]"`` (same
versions as the client), and a writable local cache directory for the
gazetteer index (``$GEOFRONT_CACHE_DIR``, default the user cache dir). The
first task on a node builds the index (~45 s, once: a file lock makes the
other worker processes of that node wait, then open it); :func:`warm_up` does
it before the work starts. Prefer a node-local cache over a network file
system (the lock uses ``flock``). Each worker process then holds one open,
read-only, memory-mapped index; worker processes on one node share its pages
through the OS page cache. Use one thread per worker process
(``--nthreads 1``, many processes): parsing is pure Python and holds the GIL.

Report ids: a record's ``id``/``report_id`` field, the DataFrame index (or
``id_col``), else, for bags, ``partition * 1_000_000_000 + position`` in the
partition (deterministic, unique up to a billion records per partition).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

from geofront.batch import (
    ReportResult,
    _assemble,
    _item,
    _parse_item,
    gazetteer_spec,
    worker_gazetteer,
)

if TYPE_CHECKING:  # pragma: no cover
    import dask.bag
    import dask.dataframe

__all__ = ["Frames", "parse_bag", "to_frames", "parse_dataframe", "warm_up", "PARTITION_STRIDE"]

#: Position-based report ids in bags: ``partition * PARTITION_STRIDE + position``.
PARTITION_STRIDE = 1_000_000_000

_ERRORS_META = {"report_id": "object", "position": "int64", "error_type": "str", "message": "str"}


class Frames(NamedTuple):
    """Lazy tables of parsed reports: dask-geopandas ``mentions`` and ``claims``, ``errors``."""

    mentions: Any
    claims: Any
    errors: Any


# --------------------------------------------------------------------------- tasks


def _parse_partition(
    records: Iterable[Any],
    partition: list[int] | int,
    spec: Any,
    parse_kwargs: Mapping[str, Any],
) -> list[ReportResult]:
    """Parse one bag partition with this worker's cached gazetteer."""
    number = partition[0] if isinstance(partition, list) else int(partition)
    gaz = worker_gazetteer(spec)
    return [
        _parse_item(_item(i, record, default_id=number * PARTITION_STRIDE + i), gaz, parse_kwargs)
        for i, record in enumerate(records)
    ]


def _parse_pandas(
    frame: Any,
    columns: Mapping[str, str | None],
    spec: Any,
    parse_kwargs: Mapping[str, Any],
) -> list[ReportResult]:
    """Parse one dask DataFrame partition (a pandas DataFrame)."""
    gaz = worker_gazetteer(spec)
    ids = frame[columns["id"]] if columns["id"] else frame.index
    out = []
    for position, (rid, row) in enumerate(zip(ids, frame.to_dict("records"), strict=True)):
        record = {"text": row.get(columns["text"])}
        for name in ("date", "source", "url", "lang"):
            if columns[name]:
                record[name] = row.get(columns[name])
        item = _item(position, record, default_id=rid.item() if hasattr(rid, "item") else rid)
        out.append(_parse_item(item, gaz, parse_kwargs))
    return out


def _frame_of(results: Iterable[ReportResult], kind: str, id_dtype: Any) -> Any:
    return _assemble(list(results), kind, id_dtype=id_dtype)


def _errors_of(results: Iterable[ReportResult], id_dtype: Any) -> Any:
    import pandas as pd

    frame = pd.DataFrame(
        [(r.report_id, r.position, r.error_type, r.message) for r in results if not r.ok],
        columns=list(_ERRORS_META),
    )
    return frame.astype({**_ERRORS_META, "report_id": id_dtype})


def _warm(spec: Any) -> float:
    import time

    started = time.perf_counter()
    if spec is None:
        from geofront.gazetteer.bundled import bundled_index_path

        bundled_index_path()
    worker_gazetteer(spec)
    return time.perf_counter() - started


# --------------------------------------------------------------------------- API


def parse_bag(bag: dask.bag.Bag, *, gazetteer: Any = None, **parse_kwargs: Any) -> dask.bag.Bag:
    """Parse a bag of report texts or records into a bag of results.

    Parameters
    ----------
    bag : dask.bag.Bag
        Texts, or records (mappings/objects) with ``text`` and optional
        ``id``/``report_id``, ``date``, ``source``, ``url``, ``lang``.
    gazetteer : optional
        None (bundled), an index path, a file-backed :class:`Gazetteer`, or a
        picklable zero-argument function returning one; opened once per worker.
    **parse_kwargs
        Passed to :func:`geofront.parse`; record fields win.

    Returns
    -------
    dask.bag.Bag
        One :class:`geofront.batch.ReportResult` per record (``.ok``,
        ``.mentions``, ``.claims``, ``.error_type``, ``.message``).
    """
    import dask.bag as db

    spec = gazetteer_spec(gazetteer)
    numbers = db.from_sequence(range(bag.npartitions), npartitions=bag.npartitions)
    return bag.map_partitions(_parse_partition, numbers, spec=spec, parse_kwargs=dict(parse_kwargs))


def to_frames(results: dask.bag.Bag, *, report_id_dtype: Any = "object") -> Frames:
    """Tables of a bag of results (from :func:`parse_bag`), lazily.

    ``mentions`` and ``claims`` are dask-geopandas GeoDataFrames (EPSG:4326)
    with the columns of :attr:`geofront.Report.mentions` / ``.claims`` after a
    leading ``report_id`` (dtype ``report_id_dtype``: ``"object"`` fits any
    id, and Dask turns it into strings when ``dataframe.convert-string`` is on,
    its default; pass ``"int64"`` when every id is an integer, e.g. position
    ids). ``errors`` is a dask DataFrame: ``report_id``, ``position`` (within
    the partition), ``error_type``, ``message``.
    """
    return _frames(results.to_delayed(), report_id_dtype)


def parse_dataframe(
    ddf: dask.dataframe.DataFrame,
    *,
    text_col: str = "text",
    id_col: str | None = None,
    date_col: str | None = None,
    source_col: str | None = None,
    url_col: str | None = None,
    lang_col: str | None = None,
    gazetteer: Any = None,
    **parse_kwargs: Any,
) -> Frames:
    """Parse the texts of a dask DataFrame into lazy mention/claim/error tables.

    The ``report_id`` is ``id_col``, or the DataFrame's index. ``date_col``,
    ``source_col``, ``url_col`` and ``lang_col`` give per-row provenance and
    language; ``parse_kwargs`` go to :func:`geofront.parse` for every row.
    See :func:`to_frames` for the tables.
    """
    from dask import delayed

    for name in (text_col, id_col, date_col, source_col, url_col, lang_col):
        if name is not None and name not in ddf.columns:
            raise KeyError(f"no column {name!r} in the DataFrame (columns: {list(ddf.columns)})")
    columns = {
        "text": text_col,
        "id": id_col,
        "date": date_col,
        "source": source_col,
        "url": url_col,
        "lang": lang_col,
    }
    spec = gazetteer_spec(gazetteer)
    id_dtype = ddf[id_col].dtype if id_col else ddf.index.dtype
    id_dtype = id_dtype if getattr(id_dtype, "kind", "O") in "iu" else "object"
    parsed = [
        delayed(_parse_pandas)(part, columns, spec, dict(parse_kwargs)) for part in ddf.to_delayed()
    ]
    return _frames(parsed, id_dtype)


def _frames(parsed: list[Any], id_dtype: Any) -> Frames:
    import dask.dataframe as dd
    import dask_geopandas  # noqa: F401  (registers the GeoDataFrame backend)
    from dask import delayed

    from geofront.batch import empty_frame

    out = []
    for kind in ("mentions", "claims"):
        meta = empty_frame(kind, id_dtype=id_dtype)
        parts = [delayed(_frame_of)(p, kind, id_dtype) for p in parsed]
        out.append(dd.from_delayed(parts, meta=meta, verify_meta=False))
    errors_meta = _errors_of([], id_dtype)
    errors = dd.from_delayed(
        [delayed(_errors_of)(p, id_dtype) for p in parsed], meta=errors_meta, verify_meta=False
    )
    return Frames(out[0], out[1], errors)


def warm_up(client: Any, *, gazetteer: Any = None) -> dict[str, float]:
    """Build (if needed) and open the gazetteer on every worker of ``client``.

    Returns the seconds each worker took, by worker address. Optional: the
    first task on each worker does the same.
    """
    return client.run(_warm, gazetteer_spec(gazetteer))
