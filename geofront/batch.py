"""``gf.parse_many``: parse many reports across the cores of one machine.

Each worker process opens the gazetteer once (an SQLite index whose pages the
operating system shares between processes) and parses chunks of reports;
results come back as plain, picklable column data (geometries as WKB) and are
assembled into one tidy GeoDataFrame of mentions and one of claims, each with a
``report_id``. A report that fails is recorded in an errors table; it never
stops the batch.

- :func:`parse_many` returns a :class:`Reports` (``.mentions``, ``.claims``,
  ``.errors``, ``.summary``, ``len()``).
- :func:`iter_parse` yields one :class:`ReportResult` per input, in input
  order, with bounded work in flight, so a generator of millions of texts
  streams in flat memory.

Records are strings (or UTF-8 bytes), mappings, or objects with attributes:
``text`` is required; ``id`` (or ``report_id``), ``date``, ``source``, ``url``
and ``lang`` are optional and override the keyword arguments for that report.
Without an id, the ``report_id`` is the record's position (0-based); a
DataFrame's rows take their index as id unless they have an ``id`` column.

Worker processes start with the ``forkserver`` method where it exists (Linux,
macOS) and ``spawn`` elsewhere, never a bare ``fork`` of a process that has
threads and an open SQLite connection. As with any process pool, a script that
calls :func:`parse_many` with ``n_jobs != 1`` must guard its entry point with
``if __name__ == "__main__":``.

For more than one machine, the same parsing runs on Dask: see
:mod:`geofront.dask`.
"""

from __future__ import annotations

import contextlib
import itertools
import math
import multiprocessing
import os
import pickle
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import geopandas as gpd
    import pandas as pd

    from geofront.gazetteer import Gazetteer

__all__ = ["Reports", "ReportResult", "parse_many", "iter_parse", "worker_gazetteer"]

#: Per-record fields that override the keyword arguments of :func:`parse_many`.
RECORD_FIELDS = ("date", "source", "url", "lang")
_ID_FIELDS = ("id", "report_id")
_ERROR_COLUMNS = ["report_id", "position", "error_type", "message"]
_SUMMARY_COLUMNS = ["report_id", "position", "lang", "mentions", "claims", "error_type", "seconds"]
_PRELOAD = [
    "__main__",
    "geofront.batch",
    "geofront.report",
    "geofront.mentions",
    "geofront.claims",
    "geofront.resolve",
    "geofront.lang",
    "geopandas",
]


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class ReportResult:
    """What one report became: column data of its mentions and claims, or an error.

    Plain data (lists, WKB bytes) so it pickles cheaply between processes;
    :attr:`mentions` and :attr:`claims` build GeoDataFrames on demand.
    """

    report_id: Any
    position: int
    lang: str | None = None
    mention_columns: Mapping[str, list] = field(default_factory=dict, repr=False)
    claim_columns: Mapping[str, list] = field(default_factory=dict, repr=False)
    error_type: str | None = None
    message: str | None = None
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """True when the report parsed."""
        return self.error_type is None

    @property
    def n_mentions(self) -> int:
        """Number of place mentions."""
        return _n_rows(self.mention_columns)

    @property
    def n_claims(self) -> int:
        """Number of claims."""
        return _n_rows(self.claim_columns)

    @property
    def mentions(self) -> gpd.GeoDataFrame:
        """The mentions of this report, with ``report_id`` (empty if it failed)."""
        return _assemble([self], "mentions")

    @property
    def claims(self) -> gpd.GeoDataFrame:
        """The claims of this report, with ``report_id`` (empty if it failed)."""
        return _assemble([self], "claims")


@dataclass(frozen=True, eq=False)
class Reports:
    """Many parsed reports as tidy tables.

    Attributes
    ----------
    mentions, claims : geopandas.GeoDataFrame
        The rows of :attr:`geofront.Report.mentions` / ``.claims`` of every
        report that parsed, with a leading ``report_id`` column (EPSG:4326).
    errors : pandas.DataFrame
        One row per report that failed: ``report_id``, ``position``,
        ``error_type``, ``message``.
    summary : pandas.DataFrame
        One row per input: ``report_id``, ``position``, ``lang``, ``mentions``,
        ``claims`` (row counts), ``error_type`` and parse ``seconds``.
    """

    mentions: gpd.GeoDataFrame
    claims: gpd.GeoDataFrame
    errors: pd.DataFrame
    summary: pd.DataFrame

    @classmethod
    def from_results(cls, results: Iterable[ReportResult]) -> Reports:
        """Assemble results (e.g. from :func:`iter_parse`) into tables."""
        import pandas as pd

        results = list(results)
        failed = [r for r in results if not r.ok]
        errors = pd.DataFrame(
            [(r.report_id, r.position, r.error_type, r.message) for r in failed],
            columns=_ERROR_COLUMNS,
        )
        summary = pd.DataFrame(
            [
                (r.report_id, r.position, r.lang, r.n_mentions, r.n_claims, r.error_type, r.seconds)
                for r in results
            ],
            columns=_SUMMARY_COLUMNS,
        )
        id_dtype = _id_dtype(r.report_id for r in results)
        for frame in (errors, summary):
            frame["report_id"] = frame["report_id"].astype(id_dtype)
            frame["position"] = frame["position"].astype("int64")
        return cls(
            mentions=_assemble(results, "mentions", id_dtype=id_dtype),
            claims=_assemble(results, "claims", id_dtype=id_dtype),
            errors=errors,
            summary=summary,
        )

    def __len__(self) -> int:
        return len(self.summary)

    @property
    def ok(self) -> int:
        """Number of reports that parsed."""
        return len(self.summary) - len(self.errors)

    def __repr__(self) -> str:
        return (
            f"<Reports reports={len(self)} mentions={len(self.mentions)} "
            f"claims={len(self.claims)} errors={len(self.errors)}>"
        )


# --------------------------------------------------------------------------- tables


def _n_rows(columns: Mapping[str, list]) -> int:
    for values in columns.values():
        return len(values)
    return 0


def _string_dtype() -> Any:
    import pandas as pd

    dtype = pd.Series(["a"]).dtype
    return dtype if isinstance(dtype, pd.StringDtype) else object


def _column_dtype(name: str) -> Any:
    """The dtype of a mention/claim column, decided by name alone.

    Deciding by name (not by the values of one batch) gives every batch and
    every Dask partition the same schema.
    """
    if name in ("start", "end", "same_as") or name.endswith("geonameid"):
        return "Int64"
    if name.endswith(("_m", "_deg", "_frac", "_factor")) or name in ("score", "quantity", "count"):
        return "float64"
    if name in ("unverified",) or name.endswith(("_inside", "_ok")) or name.startswith("is_"):
        return "boolean"
    return _string_dtype()


def _cast(series: pd.Series, dtype: Any) -> pd.Series:
    try:
        return series.astype(dtype)
    except (TypeError, ValueError):
        try:
            return series.astype("float64") if dtype == "Int64" else series.astype(object)
        except (TypeError, ValueError):
            return series.astype(object)


def _id_dtype(ids: Iterable[Any]) -> str:
    ids = list(ids)
    if ids and all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return "int64"
    return "object"


_COLUMNS_CACHE: dict[str, list[str]] = {}


def table_columns(kind: str) -> list[str]:
    """Column names of :attr:`Report.mentions` (``kind="mentions"``) or ``.claims``.

    Taken from an empty :class:`~geofront.report.Report`, so they follow the
    report module without a copy here.
    """
    if kind not in _COLUMNS_CACHE:
        from geofront.report import Report

        empty = Report(
            text="",
            lang=None,
            lang_confidence=0.0,
            date=None,
            source=None,
            url=None,
            mention_records=(),
            claim_records=(),
        )
        _COLUMNS_CACHE[kind] = [str(c) for c in getattr(empty, kind).columns]
    return _COLUMNS_CACHE[kind]


def empty_frame(kind: str, *, id_dtype: Any = "object") -> gpd.GeoDataFrame:
    """An empty mentions/claims table with the batch schema (Dask ``meta``)."""
    return _assemble([], kind, id_dtype=id_dtype)


def _assemble(
    results: Iterable[ReportResult], kind: str, *, id_dtype: Any = None
) -> gpd.GeoDataFrame:
    """One GeoDataFrame from the column data of many results, schema by name."""
    import geopandas as gpd
    import pandas as pd

    results = list(results)
    attr = "mention_columns" if kind == "mentions" else "claim_columns"
    names = [c for c in table_columns(kind) if c != "geometry"]
    for r in results:  # columns the report module added since (stay in order)
        for c in getattr(r, attr):
            if c != "geometry" and c not in names:
                names.append(c)
    data: dict[str, list] = {"report_id": []}
    data.update({c: [] for c in names})
    wkb: list = []
    for r in results:
        columns = getattr(r, attr)
        n = _n_rows(columns)
        if not n:
            continue
        data["report_id"].extend([r.report_id] * n)
        for c in names:
            data[c].extend(columns.get(c, [None] * n))
        wkb.extend(columns.get("geometry", [None] * n))
    frame = pd.DataFrame(data)
    if id_dtype is None:
        id_dtype = _id_dtype(r.report_id for r in results)
    frame["report_id"] = _cast(frame["report_id"], id_dtype)
    for c in names:
        frame[c] = _cast(frame[c], _column_dtype(c))
    geometry = gpd.GeoSeries.from_wkb(pd.Series(wkb, index=frame.index, dtype=object), crs=4326)
    return gpd.GeoDataFrame(frame, geometry=geometry, crs=4326)


def _to_columns(frame: Any) -> dict[str, list]:
    """A GeoDataFrame as plain lists, geometries as WKB (None stays None)."""
    columns = {c: frame[c].tolist() for c in frame.columns if c != "geometry"}
    columns["geometry"] = frame.geometry.to_wkb().tolist() if len(frame) else []
    return columns


# --------------------------------------------------------------------------- records


@dataclass(frozen=True)
class _Item:
    position: int
    report_id: Any
    text: Any = None
    overrides: Mapping[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None


def _field(record: Any, name: str) -> Any:
    if isinstance(record, Mapping) or (hasattr(record, "keys") and hasattr(record, "get")):
        return record.get(name)
    return getattr(record, name, None)


def _is_missing(value: Any) -> bool:
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return isinstance(value, float) and math.isnan(value)
    except TypeError:  # pragma: no cover
        return False


def _item(position: int, record: Any, default_id: Any = None) -> _Item:
    """Normalise one input record (never raises: problems become error items)."""
    rid = position if default_id is None else default_id
    try:
        if isinstance(record, (str, bytes, bytearray, memoryview)):
            return _Item(position, rid, record)
        for name in _ID_FIELDS:
            value = _field(record, name)
            if not _is_missing(value):
                rid = value.item() if hasattr(value, "item") else value
                break
        text = _field(record, "text")
        if _is_missing(text):
            mapping = isinstance(record, Mapping) or hasattr(record, "text")
            return _Item(
                position,
                rid,
                error=(
                    "InputError" if mapping else "TypeError",
                    f"record {position} has no text: pass a string, or a mapping/object "
                    f"with a 'text' field, not {type(record).__name__}",
                ),
            )
        overrides = {}
        for name in RECORD_FIELDS:
            value = _field(record, name)
            if not _is_missing(value):
                overrides[name] = value
        return _Item(position, rid, text, overrides)
    except Exception as err:  # a record whose fields cannot even be read
        return _Item(position, rid, error=(type(err).__name__, str(err)))


def _items(records: Any) -> Iterator[_Item]:
    import pandas as pd

    if isinstance(records, pd.DataFrame):
        for position, (index, row) in enumerate(
            zip(records.index, records.to_dict("records"), strict=True)
        ):
            yield _item(position, row, default_id=index.item() if hasattr(index, "item") else index)
        return
    if isinstance(records, (str, bytes)):
        raise TypeError(
            "parse_many takes many reports (a list or iterable of texts/records), not one "
            "string; use gf.parse for one report"
        )
    try:
        iterator = iter(records)
    except TypeError:
        raise TypeError(
            f"parse_many takes an iterable of texts or records, not {type(records).__name__}"
        ) from None
    for position, record in enumerate(iterator):
        yield _item(position, record)


# --------------------------------------------------------------------------- parsing


def _parse_item(item: _Item, gazetteer: Gazetteer, parse_kwargs: Mapping[str, Any]) -> ReportResult:
    """Parse one normalised record; any exception becomes an error result."""
    if item.error is not None:
        return ReportResult(item.report_id, item.position, error_type=item.error[0],
                            message=item.error[1])  # fmt: skip
    from geofront.report import parse

    started = time.perf_counter()
    try:
        report = parse(item.text, gazetteer=gazetteer, **{**parse_kwargs, **item.overrides})
        return ReportResult(
            item.report_id,
            item.position,
            lang=report.lang,
            mention_columns=_to_columns(report.mentions),
            claim_columns=_to_columns(report.claims),
            seconds=time.perf_counter() - started,
        )
    except Exception as err:
        return ReportResult(
            item.report_id,
            item.position,
            error_type=type(err).__name__,
            message=str(err) or repr(err),
            seconds=time.perf_counter() - started,
        )


# Gazetteer specs: None (bundled default), a path to an index file, or a
# zero-argument callable returning a Gazetteer (called once per process).
_WORKER: dict[str, Any] = {}
_WORKER_GAZETTEERS: dict[Any, Any] = {}
_WORKER_LOCK = threading.Lock()
_INHERITED: list[Any] = []


def _spec_key(spec: Any) -> Any:
    if spec is None:
        return None
    if isinstance(spec, (str, os.PathLike)):
        return ("path", os.path.abspath(os.fspath(spec)))
    try:  # equal factories (e.g. partials unpickled once per Dask task) share one entry
        return ("callable", pickle.dumps(spec))
    except Exception:
        return ("callable", id(spec))


def worker_gazetteer(spec: Any = None) -> Gazetteer:
    """The gazetteer of this process for ``spec``, opened once and cached.

    ``spec`` is None (the bundled gazetteer, :meth:`Gazetteer.default`), the
    path of an index file (:meth:`Gazetteer.open`), or a picklable
    zero-argument callable returning a :class:`Gazetteer`. Used by the
    process-pool workers of :func:`parse_many` and by the Dask tasks of
    :mod:`geofront.dask`.
    """
    from geofront.gazetteer import Gazetteer

    if spec is None:
        return Gazetteer.default()
    if not isinstance(spec, (str, os.PathLike)) and not callable(spec):
        return spec  # an open Gazetteer object, in its own process
    key = _spec_key(spec)
    with _WORKER_LOCK:
        gaz = _WORKER_GAZETTEERS.get(key)
        if gaz is None:
            gaz = Gazetteer.open(spec) if isinstance(spec, (str, os.PathLike)) else spec()
            _WORKER_GAZETTEERS[key] = gaz
        return gaz


def gazetteer_spec(gazetteer: Any) -> Any:
    """What a worker process needs to open ``gazetteer`` itself.

    Connections cannot be pickled or shared across processes, so a
    :class:`Gazetteer` object becomes None (the bundled default) or its index
    path; one with :meth:`Gazetteer.add` additions cannot be reopened (pass a
    factory function instead).
    """
    from geofront.gazetteer import Gazetteer

    if gazetteer is None or isinstance(gazetteer, (str, os.PathLike)):
        return gazetteer
    if isinstance(gazetteer, Gazetteer):
        if gazetteer is Gazetteer._default:
            return None
        reader = getattr(gazetteer, "_reader", None)
        path = getattr(reader, "path", None)
        if path is not None and not getattr(gazetteer, "_user", None):
            return str(path)
        raise ValueError(
            "this Gazetteer cannot be reopened in worker processes (it is in memory or has "
            "places added with .add()); pass n_jobs=1, the path of an index file, or a "
            "picklable function that returns the gazetteer"
        )
    if callable(gazetteer):
        return gazetteer
    raise TypeError(
        "gazetteer must be a Gazetteer, the path of an index file or a function returning one, "
        f"not {type(gazetteer).__name__}"
    )


def _init_worker(spec: Any, parse_kwargs: Mapping[str, Any]) -> None:
    """Process-pool initializer: open the gazetteer once for this worker."""
    from geofront.gazetteer import Gazetteer

    if Gazetteer._default is not None:  # inherited through fork: never reuse its connection
        _INHERITED.append(Gazetteer._default)  # kept alive: not closed in the child either
        Gazetteer._default = None
        Gazetteer._default_lock = threading.Lock()
    _WORKER_GAZETTEERS.clear()
    _WORKER["gazetteer"] = worker_gazetteer(spec)
    _WORKER["kwargs"] = dict(parse_kwargs)


def _parse_chunk(items: list[_Item]) -> list[ReportResult]:
    gaz = _WORKER["gazetteer"]
    kwargs = _WORKER["kwargs"]
    return [_parse_item(item, gaz, kwargs) for item in items]


def _n_workers(n_jobs: int | None) -> int:
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    if n_jobs is None:
        return max(1, cores)
    if isinstance(n_jobs, bool) or not isinstance(n_jobs, int):
        raise TypeError(f"n_jobs must be an int or None, not {type(n_jobs).__name__}")
    if n_jobs == 0:
        raise ValueError("n_jobs must not be 0 (None or -1: all cores; 1: in this process)")
    if n_jobs < 0:  # -1: all cores, -2: all but one (as in joblib)
        return max(1, cores + 1 + n_jobs)
    return n_jobs


def _mp_context(method: str | None) -> multiprocessing.context.BaseContext:
    if method is None:
        methods = multiprocessing.get_all_start_methods()
        method = "forkserver" if "forkserver" in methods else "spawn"
    ctx = multiprocessing.get_context(method)
    if method == "forkserver":
        # Workers fork from a server that has imported geofront once (shared pages,
        # fast start). Only takes effect if the server is not running yet.
        with contextlib.suppress(Exception):
            ctx.set_forkserver_preload(_PRELOAD)
    return ctx


def _chunks(items: Iterator[_Item], size: int) -> Iterator[list[_Item]]:
    while True:
        chunk = list(itertools.islice(items, size))
        if not chunk:
            return
        yield chunk


def _progress(progress: bool, total: int | None) -> Any:
    from tqdm.auto import tqdm

    return tqdm(total=total, disable=not progress, file=sys.stderr, unit="report", desc="geofront")


def iter_parse(
    records: Iterable[Any],
    *,
    n_jobs: int | None = None,
    progress: bool = False,
    chunksize: int | None = None,
    max_in_flight: int | None = None,
    start_method: str | None = None,
    gazetteer: Any = None,
    **parse_kwargs: Any,
) -> Iterator[ReportResult]:
    """Parse many reports, yielding one :class:`ReportResult` per input, in order.

    Takes the same arguments as :func:`parse_many`. At most ``max_in_flight``
    chunks of ``chunksize`` records are read ahead of what has been yielded, so
    a generator of any length is parsed in flat memory. Closing the generator
    early stops the workers.
    """
    workers = _n_workers(n_jobs)
    total = len(records) if hasattr(records, "__len__") else None  # type: ignore[arg-type]
    items = _items(records)
    if chunksize is None:
        chunksize = 16 if total is None else max(1, min(32, math.ceil(total / (4 * workers))))
    if chunksize < 1:
        raise ValueError("chunksize must be at least 1")
    in_flight = max_in_flight or 2 * workers
    bar = _progress(progress, total)
    try:
        if workers == 1:
            from geofront.gazetteer import Gazetteer

            if gazetteer is None:
                gaz = Gazetteer.default()
            elif isinstance(gazetteer, Gazetteer):
                gaz = gazetteer
            else:
                gaz = worker_gazetteer(gazetteer)
            for item in items:
                yield _parse_item(item, gaz, parse_kwargs)
                bar.update(1)
            return
        spec = gazetteer_spec(gazetteer)
        if spec is None:  # build the index here first: workers then only open it
            from geofront.gazetteer.bundled import bundled_index_path

            bundled_index_path()
        yield from _pooled(items, spec, parse_kwargs, workers, chunksize, in_flight,
                           start_method, bar)  # fmt: skip
    finally:
        bar.close()


def _pooled(
    items: Iterator[_Item],
    spec: Any,
    parse_kwargs: Mapping[str, Any],
    workers: int,
    chunksize: int,
    in_flight: int,
    start_method: str | None,
    bar: Any,
) -> Iterator[ReportResult]:
    ctx = _mp_context(start_method)

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=workers, mp_context=ctx, initializer=_init_worker,
            initargs=(spec, dict(parse_kwargs)),
        )  # fmt: skip

    pool = new_pool()

    def submit(chunk: list[_Item]) -> Future:
        """Submit, or hand back a future that says the pool broke meanwhile."""
        try:
            return pool.submit(_parse_chunk, chunk)
        except BrokenProcessPool as err:  # a worker died between two results
            failed: Future = Future()
            failed.set_exception(err)
            return failed

    chunks = _chunks(items, chunksize)
    queue: deque[tuple[list[_Item], Future]] = deque()
    try:
        for chunk in itertools.islice(chunks, in_flight):
            queue.append((chunk, submit(chunk)))
        while queue:
            chunk, future = queue.popleft()
            try:
                results = future.result()
            except BrokenProcessPool:
                # A worker died (crash, out of memory). Start a new pool, find the
                # culprit by parsing this chunk one report at a time, and resubmit
                # the chunks that were in flight.
                _discard(pool)
                pool = new_pool()
                results, pool = _isolate(chunk, pool, new_pool)
                queue = deque((c, submit(c)) for c, _ in queue)
            except Exception:  # the chunk could not be sent or returned (pickling)
                results, pool = _isolate(chunk, pool, new_pool)
            yield from results
            bar.update(len(chunk))
            following = next(chunks, None)
            if following is not None:
                queue.append((following, submit(following)))
    finally:
        if getattr(pool, "_broken", False):
            _discard(pool)
        else:
            pool.shutdown(wait=True, cancel_futures=True)


def _discard(pool: ProcessPoolExecutor) -> None:
    """Shut a broken pool down and kill its surviving workers.

    A pool broken by a dying worker stops the others with SIGTERM and joins them
    in its manager thread; a worker that survives SIGTERM (a handler some library
    installed) waits on the task queue for good, and that join then blocks the
    interpreter's exit. SIGKILL cannot be caught.
    """
    workers = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in workers:
        if proc.is_alive():
            proc.kill()


def _isolate(
    chunk: list[_Item], pool: ProcessPoolExecutor, new_pool: Callable[[], ProcessPoolExecutor]
) -> tuple[list[ReportResult], ProcessPoolExecutor]:
    results = []
    for item in chunk:
        try:
            results.extend(pool.submit(_parse_chunk, [item]).result())
        except BrokenProcessPool:
            _discard(pool)
            pool = new_pool()
            results.append(
                ReportResult(
                    item.report_id,
                    item.position,
                    error_type="WorkerCrashed",
                    message="the worker process parsing this report died (crash or out of memory)",
                )
            )
        except Exception as err:
            results.append(
                ReportResult(item.report_id, item.position, error_type=type(err).__name__,
                             message=str(err) or repr(err))
            )  # fmt: skip
    return results, pool


def parse_many(
    records: Iterable[Any],
    *,
    n_jobs: int | None = None,
    progress: bool = True,
    chunksize: int | None = None,
    max_in_flight: int | None = None,
    start_method: str | None = None,
    gazetteer: Any = None,
    **parse_kwargs: Any,
) -> Reports:
    """Parse many reports across processes into tidy tables with a ``report_id``.

    Parameters
    ----------
    records : iterable
        Report texts (str or UTF-8 bytes), mappings or objects with a ``text``
        field and optional ``id``/``report_id``, ``date``, ``source``, ``url``
        and ``lang`` fields, or a pandas DataFrame with such columns (its index
        is the default id). Any iterable, including a generator.
    n_jobs : int, optional
        Worker processes: None or -1 for every core, 1 to parse in this
        process (no pool), -2 for all cores but one.
    progress : bool
        Show a tqdm progress bar on stderr.
    chunksize : int, optional
        Reports per task sent to a worker (default: up to 32, fewer for short
        inputs so that every worker gets work).
    max_in_flight : int, optional
        Chunks read ahead of the results (default ``2 * n_jobs``): bounds memory.
    start_method : str, optional
        ``multiprocessing`` start method (default ``"forkserver"`` where
        available, else ``"spawn"``).
    gazetteer : optional
        None for the bundled gazetteer, a :class:`Gazetteer` backed by an index
        file, the path of such a file, or a picklable zero-argument function
        returning a Gazetteer. Each worker opens it once.
    **parse_kwargs
        Passed to :func:`geofront.parse` for every report (``lang``, ``date``,
        ``source``, ``url``, ``about_frac``, ...); record fields win.

    Returns
    -------
    Reports
        ``.mentions`` and ``.claims`` GeoDataFrames with ``report_id``,
        ``.errors`` (one row per failed report) and ``.summary``.

    Examples
    --------
    >>> import geofront as gf
    >>> out = gf.parse_many(
    ...     ["Russian forces are about 15 km from Sloviansk.", 42,
    ...      {"id": "afp-1", "text": "Pasukan berada 10 km dari Pokrovsk."}],
    ...     n_jobs=1, progress=False)
    >>> len(out), out.ok
    (3, 2)
    >>> sorted(out.claims.report_id.unique().tolist(), key=str)
    [0, 'afp-1']
    >>> out.errors[["report_id", "error_type"]].values.tolist()
    [[1, 'TypeError']]
    """
    return Reports.from_results(
        iter_parse(
            records,
            n_jobs=n_jobs,
            progress=progress,
            chunksize=chunksize,
            max_in_flight=max_in_flight,
            start_method=start_method,
            gazetteer=gazetteer,
            **parse_kwargs,
        )
    )
