"""Draw reports on a publishable map: one self-contained HTML file and a static PNG.

    python examples/map.py [OUTPUT_DIR]

Parses the four example reports (Indonesian, English, Ukrainian, Russian), puts them
on one map (the time slider tells their dates apart), saves it inline (works with
the network off) and as a PNG for print.
"""

import sys
import tempfile
from pathlib import Path

import geofront as gf

HERE = Path(__file__).parent / "reports"
REPORTS = [
    ("afp-gerasimov-2026-02-id.txt", "2026-02-15", "AFP"),
    ("donetsk-front-2026-03-en.txt", "2026-03-03", "wire report"),
    ("zsu-2026-03-uk.txt", "2026-03-04", "General Staff of Ukraine"),
    ("svodka-2026-03-ru.txt", "2026-03-05", "Russian MoD summary"),
]

out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(tempfile.mkdtemp())
out_dir.mkdir(parents=True, exist_ok=True)
m = gf.Map(
    title="Donetsk front, February–March 2026", subtitle="Claims in four reports", tiles=None
)
for name, date, source in REPORTS:
    report = gf.parse((HERE / name).read_text(encoding="utf-8"), date=date, source=source)
    m.add(report)
    print(f"{name}: {len(report.mention_records)} places, {len(report.claim_records)} claims")
m.save(out_dir / "map.html", inline=True)
m.to_png(out_dir / "map.png")
print(f"wrote {out_dir / 'map.html'} and {out_dir / 'map.png'}; dates on the slider: {m.dates}")
