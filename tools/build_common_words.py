"""Build ``geofront/data/common_words_en.txt``: the most frequent English words.

geofront reads a capitalised word at the start of an English sentence as a place
only with support when the word is also one of the most common English words
("Marks were high", "Nice weather", "Reading is fun", "Mission accomplished"):
there, the capital letter says nothing about the word.

Source: the PyPI package ``wordfreq`` 3.1.1 (code Apache-2.0; word lists
CC BY-SA 4.0, built by its authors from Wikipedia, subtitles, news, books, web
text, Twitter and Reddit). Its ``small_en`` list is read straight from the wheel
(``pip download`` into a temporary directory, or ``--wheel``); the package is
never imported. The frequencies are case-folded, so famous places are in the
list too ("paris", "moscow"): geofront applies it only to settlements under a
million people, never to countries or first-level regions.

Kept: the first ``--top`` (5,000) entries in frequency order that are purely
alphabetic and at least three letters long. Output: one word per line, in
frequency order, with a header line; deterministic. This file is a derivative of
wordfreq's data and is distributed under CC BY-SA 4.0.

Run from the repository root::

    python tools/build_common_words.py
"""

from __future__ import annotations

import argparse
import gzip
import io
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "wordfreq==3.1.1"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "geofront" / "data" / "common_words_en.txt"


def fetch_wheel(workdir: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "--dest", str(workdir), PACKAGE], check=True)  # fmt: skip
    return next(workdir.glob("wordfreq-*.whl"))


def read_list(wheel: Path) -> list[str]:
    """Words of ``small_en`` in frequency order (the cB format: buckets of words)."""
    import msgpack

    with zipfile.ZipFile(wheel) as archive:
        raw = archive.read("wordfreq/data/small_en.msgpack.gz")
    buckets = msgpack.unpackb(gzip.decompress(raw), raw=False)
    header, *buckets = buckets
    if not isinstance(header, dict) or header.get("format") != "cB":
        raise ValueError(f"unexpected wordfreq list header: {header!r}")
    return [word for bucket in buckets for word in bucket]


def build(wheel: Path, top: int) -> list[str]:
    out = []
    for word in read_list(wheel):
        if word.isalpha() and word.isascii() and len(word) >= 3:
            out.append(word)
            if len(out) == top:
                break
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded wordfreq wheel")
    parser.add_argument("--top", type=int, default=5000)
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        words = build(wheel, args.top)
    text = io.StringIO()
    text.write(
        f"# {len(words)} most frequent English words, wordfreq 3.1.1 small_en (CC BY-SA 4.0)\n"
    )
    text.writelines(word + "\n" for word in words)
    args.output.write_text(text.getvalue(), encoding="utf-8")
    print(f"{args.output}: {len(words)} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
