"""Parse many reports at once: on every core of this machine, then on a Dask cluster.

    python examples/parse_many.py            # process pool on this machine
    python examples/parse_many.py --dask     # the same on a local 2-worker Dask cluster

On a real cluster, replace the LocalCluster by ``Client("tcp://scheduler:8786")``:
nothing else changes (see the docstring of ``geofront.dask``).
"""

import sys
from pathlib import Path

import geofront as gf

REPORTS = Path(__file__).parent / "reports"


def records():
    """Report files as records (text + id + source), plus two bad ones."""
    for path in sorted(REPORTS.glob("*.txt")):
        yield {"id": path.stem, "text": path.read_text(encoding="utf-8"), "source": path.name}
    yield {"id": "empty-record"}  # no text: lands in .errors
    yield {"id": "binary", "text": b"\x00\x01\x02"}  # binary: lands in .errors
    yield "Russian forces are about 15 km from Sloviansk."  # plain text: id is its position


def on_this_machine():
    """gf.parse_many with a process pool; iter_parse for streaming."""
    out = gf.parse_many(records(), n_jobs=2, date="2026-03-01")
    print(out)
    print(out.summary.to_string())
    print(out.claims[["report_id", "raw", "bound", "min_m", "max_m", "anchor"]].to_string())
    print(out.errors.to_string())
    # per-report results, streamed in order with flat memory (for huge inputs)
    from geofront.batch import iter_parse

    for result in iter_parse(records(), n_jobs=1):
        print(result.report_id, result.ok, result.n_mentions, result.n_claims, result.error_type)


def on_dask():
    """geofront.dask on a local cluster of two worker processes."""
    import dask
    import dask.bag as db
    from distributed import Client, LocalCluster

    import geofront.dask as gd

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True) as cluster,
        Client(cluster) as client,
    ):
        print(gd.warm_up(client))  # gazetteer opened once on each worker
        bag = db.from_sequence(list(records()), npartitions=4)
        frames = gd.to_frames(gd.parse_bag(bag, date="2026-03-01"))
        mentions, claims, errors = dask.compute(*frames)  # one parse, three tables
        print(len(mentions), "mentions,", len(claims), "claims")
        print(errors.to_string())


if __name__ == "__main__":  # required: worker processes import this file
    if "--dask" in sys.argv:
        on_dask()
    else:
        on_this_machine()
