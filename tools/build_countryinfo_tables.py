"""Build ``geofront/data/demonyms.tsv`` and ``country_names.tsv`` from countryinfo.

``demonyms.tsv``: English nationality adjectives and nouns -> country.
``country_names.tsv``: country names and common short forms -> country
("Britain", "DR Congo", "Palestine", "UAE"), added to the bundled gazetteer.

Source: the PyPI package ``countryinfo`` 1.0.1 (MIT licence), whose per-country
JSON files carry an English ``demonym`` ("Georgian", "Sri Lankan", "New
Zealander") and the country's ISO 3166-1 alpha-2 code. The wheel is fetched with
``pip download`` into a temporary directory (or read from ``--wheel``); nothing
of it is imported.

Rules, in order:

1. Split combined entries ("Bosnian,Herzegovinian", "Antiguan,Barbudan",
   "Serbian/Montenegrin" is dropped: a state that no longer exists).
2. Drop entries equal to a place name rather than a demonym ("Djibouti",
   "Gibraltar", "Christmas Island").
3. A demonym shared by several territories goes to the most populous
   ("French" -> FR, not Réunion; "Chinese" -> CN; "Congolese" -> CD).
4. Add the common short or alternative forms the source lacks (``EXTRA``), each
   one a standard English demonym of its country.
5. Add plurals used as nouns ("Israelis", "Palestinians", "Americans"); forms
   ending in -ese, -ish, -ch, -ss, -i(sh) or an invariant noun take none.

Country names: each country's ``name`` and ``altSpellings``, without the
ISO alpha-2/alpha-3 codes themselves (kept: the acronyms of ``ACRONYMS``),
without catalogue forms with an inverted comma ("Congo, Republic of the"), plus
``EXTRA_NAMES``, common English names the source lacks.

Output: UTF-8, tab-separated ``name<TAB>iso2``, sorted, with a header line.

Run from the repository root::

    python tools/build_countryinfo_tables.py
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "countryinfo==1.0.1"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = ROOT / "geofront" / "data" / "demonyms.tsv"
NAMES_OUTPUT = ROOT / "geofront" / "data" / "country_names.tsv"
#: Acronyms used in prose, kept although they look like codes.
ACRONYMS = {"UK", "USA", "UAE", "DRC"}
#: Common names of countries that the source and CLDR do not list.
EXTRA_NAMES = {
    "Britain": "GB", "Democratic Republic of Congo": "CD", "Burma": "MM",
    "North Macedonia": "MK", "Macedonia": "MK", "Palestine": "PS", "Czechia": "CZ",
    # short names of the United Kingdom in the report languages that CLDR lacks
    "Inggris": "GB", "Britannien": "GB", "Grande-Bretagne": "GB", "Британія": "GB",
}  # fmt: skip

#: Standard English forms the source does not list.
EXTRA = {
    "Saudi": "SA", "Argentine": "AR", "Kyrgyz": "KG", "Tajik": "TJ", "Uzbek": "UZ",
    "Kazakh": "KZ", "Slovenian": "SI", "Kosovar": "XK", "Briton": "GB", "Lao": "LA",
    "Salvadorean": "SV", "Bosnian": "BA", "Emirati": "AE", "Congolese": "CD",
    "Philippine": "PH", "Czechs": "CZ",
}  # fmt: skip
#: Entries that are not demonyms (place names) or name a state that no longer exists.
DROP = {"Djibouti", "Gibraltar", "Christmas Island", "Serbian/Montenegrin"}
#: Endings after which English uses the singular form as the plural.
NO_PLURAL = ("ese", "ish", "ch", "ss", "Swiss", "Thai", "Lao", "Malagasy", "Manx")


def fetch_wheel(workdir: Path) -> Path:
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                    "--dest", str(workdir), PACKAGE], check=True)  # fmt: skip
    return next(workdir.glob("countryinfo-*.whl"))


def read_countries(wheel: Path) -> list[dict]:
    rows = []
    with zipfile.ZipFile(wheel) as archive:
        for name in sorted(archive.namelist()):
            if name.startswith("countryinfo/data/") and name.endswith(".json"):
                rows.append(json.loads(archive.read(name)))
    return rows


def plural(word: str) -> str | None:
    if word.endswith(NO_PLURAL) or " " in word and word.split()[-1].endswith(NO_PLURAL):
        return None
    return word + "s"


def build(wheel: Path) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for row in read_countries(wheel):
        iso = (row.get("ISO") or {}).get("alpha2")
        raw = row.get("demonym") or ""
        if not iso or not raw or raw in DROP:
            continue
        population = int(row.get("population") or 0)
        for word in raw.split(","):
            word = word.strip()
            if word and word not in DROP and (word not in best or population > best[word][0]):
                best[word] = (population, iso)
    table = {word: iso for word, (_pop, iso) in best.items()}
    table.update(EXTRA)
    names = set(build_names(wheel))
    for word, iso in list(table.items()):
        many = plural(word)
        # no plural of a plural ("Czechs"), none that is a country's name ("Philippines")
        if many and many not in table and not word.endswith("s") and many not in names:
            table[many] = iso
    return dict(sorted(table.items()))


def build_names(wheel: Path) -> dict[str, str]:
    best: dict[str, tuple[int, str]] = {}
    for row in read_countries(wheel):
        iso = row.get("ISO") or {}
        iso2, iso3 = iso.get("alpha2"), iso.get("alpha3")
        if not iso2:
            continue
        population = int(row.get("population") or 0)
        for name in [row.get("name") or "", *(row.get("altSpellings") or [])]:
            name = name.strip()
            if not name or ", " in name or (name in (iso2, iso3) and name not in ACRONYMS):
                continue
            if name.isupper() and len(name) <= 3 and name not in ACRONYMS:
                continue
            if name not in best or population > best[name][0]:
                best[name] = (population, iso2)
    table = {name: iso for name, (_pop, iso) in best.items()}
    table.update(EXTRA_NAMES)
    return dict(sorted(table.items()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wheel", type=Path, help="a downloaded countryinfo wheel")
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--names-output", type=Path, default=NAMES_OUTPUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        wheel = args.wheel or fetch_wheel(Path(tmp))
        table = build(wheel)
        names = build_names(wheel)
    for path, rows, head in ((args.output, table, "demonym"), (args.names_output, names, "name")):
        lines = [f"# {head}\tiso2 (countryinfo 1.0.1, MIT; see tools/build_countryinfo_tables.py)"]
        lines += [f"{word}\t{iso}" for word, iso in rows.items()]
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{path}: {len(rows)} forms", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
