"""gf.parse_many / iter_parse: records, report ids, errors, the process pool."""

from __future__ import annotations

import dataclasses
import functools
import os
from pathlib import Path

import pandas as pd
import pytest
import shapely

import geofront as gf
from geofront.batch import ReportResult, Reports, iter_parse, parse_many

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")

TEXTS = [
    "Russian forces are about 15 km from Sloviansk.",
    "Pasukan Moskow berada sekitar 15 kilometer dari Pokrovsk.",
    "Российские войска находятся в 10 км к северу от Славянска.",
    "Die Front verläuft etwa 20 km östlich von Kramatorsk.",
    "No places here at all.",
    SAMPLE,
]


@dataclasses.dataclass
class Story:
    text: str
    id: str
    source: str = "wire"


def _opened_by(log_dir: str):
    """Gazetteer factory that records which process opened it (one line per call)."""
    with open(os.path.join(log_dir, f"{os.getpid()}-{os.urandom(4).hex()}"), "w"):
        pass
    return gf.Gazetteer.default()


class _CrashOnLoad:
    """Unpickling this kills the worker process that receives it."""

    def __reduce__(self):
        return (os._exit, (3,))


def _mixed_records():
    return [
        TEXTS[0],
        {"id": "afp-7", "text": TEXTS[1], "date": "2026-02-14", "source": "AFP"},
        Story(TEXTS[2], id="s-1"),
        42,  # not text
        {"title": "no text field"},
        b"\x00\x01binary",
        TEXTS[3].encode("utf-8"),
        {"text": None},
        TEXTS[4],
    ]


def test_records_ids_overrides_and_errors():
    out = parse_many(_mixed_records(), n_jobs=1, progress=False, source="desk")
    assert isinstance(out, Reports)
    assert len(out) == 9 and out.ok == 5
    assert out.summary.report_id.tolist() == [0, "afp-7", "s-1", 3, 4, 5, 6, 7, 8]
    assert out.summary.position.tolist() == list(range(9))
    errors = out.errors.set_index("position")
    assert errors.error_type.to_dict() == {
        3: "TypeError",
        4: "InputError",
        5: "InputError",
        7: "InputError",
    }
    assert "binary" in errors.loc[5, "message"]
    assert list(out.errors.columns) == ["report_id", "position", "error_type", "message"]
    claims = out.claims.set_index("report_id")
    # record fields win over keyword arguments; keyword arguments fill the rest
    assert claims.loc["afp-7", "report_source"] == "AFP"
    assert claims.loc["afp-7", "report_date"] == "2026-02-14"
    assert claims.loc["s-1", "report_source"] == "wire"
    assert claims.loc[0, "report_source"] == "desk"
    assert out.summary.set_index("report_id").loc[8, "mentions"] == 0
    assert out.claims.crs.to_epsg() == 4326 and out.mentions.crs.to_epsg() == 4326
    assert out.mentions.columns[0] == "report_id"


def test_same_rows_as_parse():
    out = parse_many(TEXTS, n_jobs=1, progress=False, date="2026-02-15")
    for i, text in enumerate(TEXTS):
        one = gf.parse(text, date="2026-02-15")
        for kind in ("mentions", "claims"):
            mine = getattr(out, kind)
            mine = mine[mine.report_id == i].reset_index(drop=True)
            ref = getattr(one, kind)
            assert len(mine) == len(ref), (i, kind)
            assert list(mine.columns) == ["report_id", *ref.columns]
            for col in ("start", "end", "name" if kind == "mentions" else "raw"):
                assert mine[col].tolist() == ref[col].tolist()
            assert all(
                (a is None and b is None) or shapely.equals_exact(a, b, 1e-12)
                for a, b in zip(mine.geometry, ref.geometry, strict=True)
            )


def test_pool_matches_in_process_and_keeps_order():
    records = _mixed_records() + TEXTS * 3
    one = parse_many(records, n_jobs=1, progress=False)
    two = parse_many(iter(records), n_jobs=2, progress=False, chunksize=2, max_in_flight=3)
    assert len(two) == len(records)
    pd.testing.assert_frame_equal(one.mentions, two.mentions)
    pd.testing.assert_frame_equal(one.claims, two.claims)
    pd.testing.assert_frame_equal(one.errors, two.errors)
    assert two.summary.position.tolist() == list(range(len(records)))


def test_gazetteer_opened_once_per_worker(tmp_path):
    factory = functools.partial(_opened_by, str(tmp_path))
    out = parse_many(TEXTS * 5, n_jobs=2, progress=False, chunksize=1, gazetteer=factory)
    assert out.ok == len(TEXTS) * 5
    opened = [p.name.split("-")[0] for p in tmp_path.iterdir()]
    assert 1 <= len(opened) <= 2
    assert len(set(opened)) == len(opened), "a worker opened the gazetteer twice"
    assert str(os.getpid()) not in opened


def test_index_path_and_unshareable_gazetteer():
    from geofront.gazetteer.bundled import bundled_index_path

    path = bundled_index_path()
    by_path = parse_many(TEXTS[:3], n_jobs=2, progress=False, gazetteer=str(path))
    default = parse_many(TEXTS[:3], n_jobs=1, progress=False)
    pd.testing.assert_frame_equal(by_path.claims, default.claims)
    table = gf.Gazetteer.from_dataframe(
        pd.DataFrame({"name": ["Zorynsk"], "lon": [38.0], "lat": [48.5]})
    )
    with pytest.raises(ValueError, match="n_jobs=1"):
        parse_many(TEXTS[:2], n_jobs=2, progress=False, gazetteer=table)
    # in-process, any Gazetteer object works
    out = parse_many(["Troops are 5 km from Zorynsk."], n_jobs=1, progress=False, gazetteer=table)
    assert out.ok == 1


def test_a_crashing_worker_loses_only_its_report():
    records = [*TEXTS[:4], {"text": TEXTS[0], "date": _CrashOnLoad()}, *TEXTS[:4]]
    out = parse_many(records, n_jobs=2, progress=False, chunksize=3, max_in_flight=2)
    assert len(out) == 9 and out.ok == 8
    assert out.errors.error_type.tolist() == ["WorkerCrashed"]
    assert out.errors.position.tolist() == [4]
    assert sorted(out.claims.report_id.unique()) == [0, 1, 2, 3, 5, 6, 7, 8]


@pytest.mark.parametrize("n_jobs", [1, 2])
def test_iter_parse_streams_with_bounded_read_ahead(n_jobs):
    consumed = []

    def source():
        for i in range(10_000):
            consumed.append(i)
            yield TEXTS[i % 5]

    results = iter_parse(source(), n_jobs=n_jobs, chunksize=2, max_in_flight=3)
    first = [next(results) for _ in range(3)]
    assert [r.position for r in first] == [0, 1, 2]
    assert all(isinstance(r, ReportResult) and r.ok for r in first)
    assert len(consumed) <= 2 * (3 + 2)  # in-flight chunks, plus the ones yielded
    results.close()  # stops the workers
    assert len(consumed) < 20
    assert first[0].claims.report_id.tolist() == [0]
    locations = first[0].mentions[first[0].mentions.role == "location"]
    assert locations.geonameid.tolist() == [693468]


def test_dataframe_input_uses_index_as_id():
    frame = pd.DataFrame(
        {"text": TEXTS[:3], "date": ["2026-02-01", None, "2026-02-03"]},
        index=pd.Index([10, 11, 12]),
    )
    out = parse_many(frame, n_jobs=1, progress=False)
    assert out.summary.report_id.tolist() == [10, 11, 12]
    dates = out.claims.groupby("report_id").report_date.first()
    assert dates.loc[10] == "2026-02-01" and pd.isna(dates.loc[11])


def test_bad_arguments_and_empty_input():
    with pytest.raises(TypeError, match="gf.parse"):
        parse_many("one report", n_jobs=1)
    with pytest.raises(TypeError):
        parse_many(5, n_jobs=1)
    with pytest.raises(ValueError):
        parse_many(TEXTS, n_jobs=0)
    empty = parse_many([], n_jobs=1, progress=False)
    assert len(empty) == 0 and empty.mentions.empty and empty.claims.empty
    assert empty.mentions.columns[0] == "report_id" and "geometry" in empty.claims.columns
    with pytest.raises(dataclasses.FrozenInstanceError):
        empty.mentions = None


def test_progress_bar_on_stderr(capsys):
    parse_many(TEXTS[:2], n_jobs=1, progress=True)
    assert "2/2" in capsys.readouterr().err
    parse_many(TEXTS[:2], n_jobs=1, progress=False)
    assert capsys.readouterr().err == ""


def test_lazy_top_level_names():
    assert gf.parse_many is parse_many
    assert gf.Reports is Reports
    out = gf.parse_many(TEXTS[:1], n_jobs=1, progress=False)
    assert "reports=1" in repr(out)


def test_a_broken_pool_is_discarded_with_all_its_workers():
    """Workers that outlive a broken pool block the interpreter's exit; none may.

    The pool stops its workers with SIGTERM; workers that do not die of it (here
    they ignore it, as a library's handler can make them) are killed.
    """
    import multiprocessing
    import signal
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from geofront.batch import _discard

    pool = ProcessPoolExecutor(
        max_workers=2, mp_context=multiprocessing.get_context("spawn"),
        initializer=signal.signal, initargs=(signal.SIGTERM, signal.SIG_IGN),
    )  # fmt: skip
    assert pool.submit(abs, -1).result(timeout=60) == 1  # both workers started
    workers = list(pool._processes.values())
    with pytest.raises(BrokenProcessPool):
        pool.submit(os._exit, 3).result(timeout=60)
    _discard(pool)
    for proc in workers:
        proc.join(timeout=10)
        assert not proc.is_alive()
    manager = pool._executor_manager_thread
    if manager is not None:
        manager.join(timeout=10)
        assert not manager.is_alive()  # nothing left to block the interpreter's exit
