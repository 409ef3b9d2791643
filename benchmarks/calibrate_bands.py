"""How wide must claim bands and sectors be to contain what reporters describe?

    python benchmarks/calibrate_bands.py [--data benchmarks/data/dev_reports.jsonl]

For every distance claim that locates a named, geocoded subject ("Wad Madani, some
140 km southeast of Khartoum"), compare the claimed distance and bearing with the
measured geodesic ones (anchor -> subject), then report, for a grid of band fractions
and sector widths, the share of claims whose drawn geometry would contain the subject.
This is the calibration step of issue 8; defaults change only when enough real claims
support it (the sample size is printed: read it before the percentages).
"""

from __future__ import annotations

import argparse
import json
import statistics
from pathlib import Path

import geofront as gf

ROOT = Path(__file__).resolve().parent.parent


def collect(path: Path) -> list[dict]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        report = gf.parse(item["text"], lang=item.get("lang"))
        for claim in report.claim_records:
            span = claim.span
            if claim.subject_distance_m and span.distance_m:
                rows.append(
                    {
                        "lang": item.get("lang"),
                        "raw": span.raw,
                        "bound": span.bound,
                        "claimed_m": span.distance_m,
                        "measured_m": claim.subject_distance_m,
                        "claimed_deg": span.bearing_deg,
                        "measured_deg": claim.subject_bearing_deg,
                    }
                )
    return rows


def angle(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(ROOT / "benchmarks" / "data" / "dev_reports.jsonl"))
    args = parser.parse_args()
    rows = collect(Path(args.data))
    print(f"claims with a geocoded subject: {len(rows)} (from {args.data})\n")
    print("| claim | lang | claimed km | measured km | ratio | bearing error ° |")
    print("|---|---|---:|---:|---:|---:|")
    for r in rows:
        err = angle(r["claimed_deg"], r["measured_deg"]) if r["claimed_deg"] is not None else None
        print(
            f"| {r['raw']} | {r['lang']} | {r['claimed_m'] / 1000:g} | {r['measured_m'] / 1000:.1f} | "
            f"{r['measured_m'] / r['claimed_m']:.2f} | {'' if err is None else f'{err:.0f}'} |"
        )
    if not rows:
        return
    ratios = [r["measured_m"] / r["claimed_m"] for r in rows]
    errors = [
        angle(r["claimed_deg"], r["measured_deg"]) for r in rows if r["claimed_deg"] is not None
    ]
    print(
        f"\ndistance ratio measured/claimed: median {statistics.median(ratios):.2f}, "
        f"min {min(ratios):.2f}, max {max(ratios):.2f}"
    )
    if errors:
        print(f"bearing error: median {statistics.median(errors):.0f}°, max {max(errors):.0f}°")
    print(
        "\n| band ± (fraction of the distance) | contained | with direction, sector width 45° | 90° | 120° |"
    )
    print("|---:|---:|---:|---:|---:|")
    for frac in (0.1, 0.2, 0.3, 0.4, 0.5):
        inside = [abs(x - 1.0) <= frac for x in ratios]
        cells = [f"{sum(inside) / len(rows):.0%}"]
        for width in (45, 90, 120):
            ok = [
                abs(r["measured_m"] / r["claimed_m"] - 1.0) <= frac
                and (
                    r["claimed_deg"] is None
                    or angle(r["claimed_deg"], r["measured_deg"]) <= width / 2
                )
                for r in rows
            ]
            cells.append(f"{sum(ok) / len(rows):.0%}")
        print(f"| {frac:.0%} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
