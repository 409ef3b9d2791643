"""geofront.dask on a real distributed.LocalCluster with two worker processes."""

from __future__ import annotations

import functools
import os
from pathlib import Path

import dask
import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pytest

import geofront as gf
import geofront.dask as gd
from geofront.batch import ReportResult, parse_many

distributed = pytest.importorskip("distributed")
dask_geopandas = pytest.importorskip("dask_geopandas")

DATA = Path(__file__).parent / "data"
SAMPLE = (DATA / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
TEXTS = [
    "Russian forces are about 15 km from Sloviansk.",
    "Pasukan Moskow berada sekitar 15 kilometer dari Pokrovsk.",
    "Российские войска находятся в 10 км к северу от Славянска.",
    "Die Front verläuft etwa 20 km östlich von Kramatorsk.",
    SAMPLE,
    "No places here at all.",
]


def _opened_by(log_dir: str):
    """Gazetteer factory that records which process opened it."""
    with open(os.path.join(log_dir, f"{os.getpid()}-{os.urandom(4).hex()}"), "w"):
        pass
    return gf.Gazetteer.default()


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=40,
        ) as cluster,
        Client(cluster) as c,
    ):
        yield c


def test_warm_up_opens_the_gazetteer_on_every_worker(client):
    timings = gd.warm_up(client)
    assert len(timings) == 2 and all(t >= 0 for t in timings.values())
    pids = client.run(os.getpid)
    assert len(set(pids.values())) == 2 and os.getpid() not in pids.values()


def test_parse_bag_matches_parse_many(client):
    records = [*TEXTS, {"id": "afp-1", "text": TEXTS[0], "source": "AFP"}, 42, b"\x00bin"]
    bag = db.from_sequence(records, npartitions=3)
    results = gd.parse_bag(bag, date="2026-02-15")
    frames = gd.to_frames(results)
    assert isinstance(frames.mentions, dask_geopandas.GeoDataFrame)
    assert isinstance(frames.claims, dask_geopandas.GeoDataFrame)
    mentions, claims, errors = dask.compute(*frames)
    assert claims.crs.to_epsg() == 4326
    # meta is the truth: computed dtypes equal the lazily declared ones
    assert mentions.dtypes.to_dict() == frames.mentions.dtypes.to_dict()
    assert claims.dtypes.to_dict() == frames.claims.dtypes.to_dict()
    # same rows as one machine's parse_many, report by report
    local = parse_many(records, n_jobs=1, progress=False, date="2026-02-15")
    assert len(mentions) == len(local.mentions) and len(claims) == len(local.claims)
    assert claims.raw.tolist() == local.claims.raw.tolist()
    assert all(
        (a is None and b is None) or a.equals_exact(b, 1e-12)
        for a, b in zip(claims.geometry, local.claims.geometry, strict=True)
    )
    assert errors.error_type.tolist() == ["TypeError", "InputError"]
    # ids: the record's own id, else partition * stride + position
    ids = set(claims.report_id)
    assert "afp-1" in ids and "0" in ids
    assert claims.set_index("report_id").loc["afp-1", "report_source"] == "AFP"
    # the bag holds plain per-report results
    first = results.take(1, npartitions=1)[0]
    assert isinstance(first, ReportResult) and first.ok and first.report_id == 0


def test_gazetteer_loaded_once_per_worker(client, tmp_path):
    factory = functools.partial(_opened_by, str(tmp_path))
    bag = db.from_sequence(TEXTS * 4, npartitions=12)
    results = gd.parse_bag(bag, gazetteer=factory).compute()
    assert len(results) == 24 and all(r.ok for r in results)
    opened = [p.name.split("-")[0] for p in tmp_path.iterdir()]
    worker_pids = {str(p) for p in client.run(os.getpid).values()}
    assert len(opened) == len(set(opened)), "a worker opened the gazetteer twice"
    assert set(opened) <= worker_pids and len(opened) >= 1


def test_parse_dataframe_with_columns_and_errors(client):
    pdf = pd.DataFrame(
        {
            "body": [*TEXTS, None],
            "story": [f"s{i}" for i in range(len(TEXTS) + 1)],
            "when": ["2026-02-1" + str(i) for i in range(len(TEXTS) + 1)],
        },
        index=pd.Index(range(100, 100 + len(TEXTS) + 1)),
    )
    ddf = dd.from_pandas(pdf, npartitions=2)
    frames = gd.parse_dataframe(ddf, text_col="body", id_col="story", date_col="when")
    mentions, claims, errors = dask.compute(*frames)
    assert errors.report_id.tolist() == ["s6"] and errors.error_type.tolist() == ["InputError"]
    assert set(claims.report_id) == {"s0", "s1", "s2", "s3", "s4"}
    assert claims.set_index("report_id").loc["s0", "report_date"] == "2026-02-10"
    by_index = gd.parse_dataframe(ddf, text_col="body", source="desk")
    claims2 = by_index.claims.compute()
    assert by_index.claims.dtypes["report_id"] == "int64"
    assert sorted(set(claims2.report_id)) == [100, 101, 102, 103, 104]
    assert set(claims2.report_source) == {"desk"}
    with pytest.raises(KeyError, match="nope"):
        gd.parse_dataframe(ddf, text_col="nope")
