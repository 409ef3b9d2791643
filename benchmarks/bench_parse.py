"""Speed of gf.parse, side by side with geotext (the peer a user would reach for).

    python benchmarks/bench_parse.py [--reports 400]

Measures, on this machine, in one process (one core):
- warm ``gf.parse`` of a 5,000-character report (median of 50 runs, ms);
- throughput over a corpus of shorter reports (reports/s);
- the same texts through ``geotext.GeoText`` (pip install geotext), which only
  finds English city names by lookup and resolves nothing: the ratio shows what
  geofront's full reading (seven languages, regions, roles, claims, geodesic
  geometry) costs against a bare name spotter;
- a 1 MB text (the default ``max_chars``), to show parse time stays linear.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import time
from pathlib import Path

import geofront as gf

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = (ROOT / "tests" / "data" / "afp-gerasimov-2026-02-id.txt").read_text(encoding="utf-8")
SENTENCES = [
    "Russian forces are about 10 miles north of Sloviansk, the governor said.",
    "Ukrainian troops withdrew from Avdiivka, 15 km north of Donetsk.",
    "Shelling hit Kramatorsk and Kostiantynivka overnight, officials in the Donetsk region said.",
    "Fighting continues within 5 km of Chasiv Yar.",
    "Kremlin spokesman Dmitry Peskov said Moscow was ready for talks with Kyiv.",
    "RSF fighters are more than 20 km west of El Fasher, the army said.",
    "Israeli strikes hit Rafah and Khan Younis on Tuesday.",
    "The Kachin Independence Army is fighting 10-15 km from Myitkyina.",
    "Artillery hit Horlivka and Mariupol on Monday, and drones struck Kharkiv and Sumy.",
    "Ukrainian forces hold positions 3 miles (5 km) east of Siversk.",
    "Gunfire was heard in Omdurman, across the Nile from Khartoum.",
    "Sudzha, in Russia's Kursk region, was recaptured by Russian troops.",
]


def english_report(rng: random.Random, chars: int) -> str:
    out: list[str] = []
    while sum(len(s) + 1 for s in out) < chars:
        out.append(rng.choice(SENTENCES))
    return " ".join(out)[:chars]


def timed(fn, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=400)
    args = parser.parse_args()
    try:
        from geotext import GeoText
    except ImportError as err:  # pragma: no cover
        raise SystemExit("pip install geotext (the peer) to run this benchmark") from err

    rng = random.Random(7)
    gaz = gf.Gazetteer.default()
    big = english_report(rng, 5_000)
    mixed = (SAMPLE + "\n\n" + big)[:5_000]
    gf.parse(big)  # warm caches
    GeoText(big)

    rows = []
    for label, text in (("5,000-char English report", big), ("5,000-char id+en report", mixed)):
        ours = statistics.median(timed(lambda t=text: gf.parse(t, gazetteer=gaz), 50)) * 1e3
        peer = statistics.median(timed(lambda t=text: GeoText(t), 50)) * 1e3
        rows.append((label, f"{ours:.1f} ms", f"{peer:.1f} ms", f"{ours / peer:.2f}"))

    corpus = [english_report(rng, rng.randint(1_500, 3_500)) for _ in range(args.reports)]
    start = time.perf_counter()
    for text in corpus:
        gf.parse(text, gazetteer=gaz)
    ours_rate = len(corpus) / (time.perf_counter() - start)
    start = time.perf_counter()
    for text in corpus:
        GeoText(text)
    peer_rate = len(corpus) / (time.perf_counter() - start)
    rows.append(
        (
            f"throughput, {len(corpus)} reports of 1.5-3.5k chars",
            f"{ours_rate:.0f} reports/s",
            f"{peer_rate:.0f} reports/s",
            f"{peer_rate / ours_rate:.2f}",
        )
    )
    huge = english_report(rng, 1_000_000)
    start = time.perf_counter()
    report = gf.parse(huge, gazetteer=gaz)
    huge_s = time.perf_counter() - start
    rows.append(("1,000,000-char text (max_chars)", f"{huge_s:.2f} s", "", ""))

    print(
        f"machine: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {open('/proc/loadavg').read().split()[:3]}"
    )
    print(
        f"1 MB text: {len(report.mention_records):,} mentions, {len(report.claim_records):,} claims"
    )
    print()
    print("| measure | geofront | geotext (peer) | ratio geofront/peer (time) |")
    print("|---|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")


if __name__ == "__main__":
    main()
