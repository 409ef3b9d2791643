"""gf.parse end to end on hand-written report snippets in the seven languages.

Each case lists the places a careful reader finds (surface -> coordinates
within 5 km, or the ISO 3166-2 code of a region; optionally the role), words
that must NOT become places, and every claim (kind, bound, band in km,
bearing, anchor coordinates). Geometry is checked for every distance claim:
its outer boundary lies at max_m from the anchor (geodesic), and a ring has
its hole.
"""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod

import geofront as gf
from tests.conftest import distance_km

GEOD = Geod(ellps="WGS84")

SLOVIANSK = (37.597, 48.850)
KRAMATORSK = (37.556, 48.723)
BAKHMUT = (37.999, 48.594)
POKROVSK = (37.177, 48.280)
TORETSK = (37.848, 48.395)
CHASIV_YAR = (37.835, 48.586)
KOSTIANTYNIVKA = (37.706, 48.527)
AVDIIVKA = (37.750, 48.139)
VUHLEDAR = (37.249, 47.780)
KURAKHOVE = (37.281, 47.985)
KUPIANSK = (37.610, 49.711)
LYPTSI = (36.421, 50.209)
LYMAN = (37.808, 48.990)
SIVERSK = (38.100, 48.866)
ZAPORIZHZHIA = (35.139, 47.838)
KHERSON = (32.617, 46.636)
KHARKIV = (36.231, 49.994)
VOVCHANSK = (36.941, 50.291)
SUDZHA = (35.272, 51.191)
KURSK = (36.193, 51.730)
BELGOROD = (36.587, 50.597)
DONETSK = (37.802, 48.023)
HORLIVKA = (38.050, 48.300)
MARIUPOL = (37.550, 47.097)
DNIPRO = (35.046, 48.467)
KYIV = (30.524, 50.450)
MOSCOW = (37.618, 55.751)
ODESA = (30.733, 46.477)
NIKOPOL = (34.391, 47.568)
MYKOLAIV = (31.994, 46.975)
ENERHODAR = (34.656, 47.499)
KHARTOUM = (32.533, 15.552)
OMDURMAN = (32.480, 15.645)
EL_FASHER = (25.349, 13.628)
WAD_MADANI = (33.519, 14.402)
RAFAH = (34.250, 31.280)
KHAN_YOUNIS = (34.306, 31.346)
MYITKYINA = (97.396, 25.383)
LASHIO = (97.750, 22.937)

CASES = [
    # ----------------------------------------------------------------- English
    dict(
        text="Russian forces are about 10 miles north of Sloviansk, the governor said.",
        places={"Sloviansk": SLOVIANSK},
        absent=["Russian"],
        claims=[("distance", "about", 12.875, 19.312, 0, SLOVIANSK)],
    ),
    dict(
        text="Ukrainian troops withdrew from Avdiivka, 15 km north of Donetsk.",
        places={"Avdiivka": AVDIIVKA, "Donetsk": DONETSK},
        claims=[("distance", "exact", 13.5, 16.5, 0, DONETSK)],
    ),
    dict(
        text="Shelling hit Kramatorsk and Kostiantynivka overnight, officials in the Donetsk region said.",
        places={
            "Kramatorsk": KRAMATORSK,
            "Kostiantynivka": KOSTIANTYNIVKA,
            "Donetsk region": "UA-14",
        },
        claims=[],
    ),
    dict(
        text="Fighting continues within 5 km of Chasiv Yar.",
        places={"Chasiv Yar": CHASIV_YAR},
        claims=[("distance", "at_most", 0, 5, None, CHASIV_YAR)],
    ),
    dict(
        text="Kremlin spokesman Dmitry Peskov said Moscow was ready for talks with Kyiv.",
        places={"Kremlin": (MOSCOW, "actor"), "Moscow": (MOSCOW, "actor"), "Kyiv": (KYIV, "actor")},
        absent=["Dmitry Peskov", "Peskov"],
        claims=[],
    ),
    dict(
        text="RSF fighters are more than 20 km west of El Fasher, the army said.",
        places={"El Fasher": EL_FASHER},
        absent=["RSF"],
        claims=[("distance", "at_least", 20, 30, 270, EL_FASHER)],
    ),
    dict(
        text="Israeli strikes hit Rafah and Khan Younis on Tuesday.",
        places={"Rafah": RAFAH, "Khan Younis": KHAN_YOUNIS},
        absent=["Tuesday", "Israeli"],
        claims=[],
    ),
    dict(
        text="The Kachin Independence Army is fighting 10-15 km from Myitkyina.",
        places={"Myitkyina": MYITKYINA},
        absent=["Kachin Independence Army"],
        claims=[("distance", "range", 10, 15, None, MYITKYINA)],
    ),
    dict(
        text="A crater seven metres deep was left in Kyiv after the strike.",
        places={"Kyiv": (KYIV, "location")},
        claims=[],
    ),
    dict(
        text="Russia has deployed 20 battalion tactical groups near Belgorod.",
        places={"Belgorod": BELGOROD},
        claims=[],
    ),
    dict(
        text="Ukrainian forces hold positions 3 miles (5 km) east of Siversk.",
        places={"Siversk": SIVERSK},
        claims=[("distance", "exact", 4.345, 5.311, 90, SIVERSK)],
    ),
    dict(
        text="Gunfire was heard in Omdurman, across the Nile from Khartoum.",
        places={"Omdurman": OMDURMAN, "Khartoum": KHARTOUM},
        claims=[],
    ),
    dict(
        text="Artillery hit Horlivka and Mariupol on Monday.",
        places={"Horlivka": HORLIVKA, "Mariupol": MARIUPOL},
        absent=["Monday"],
        claims=[],
    ),
    dict(
        text="Lashio fell to the MNDAA in July, residents said.",
        places={"Lashio": LASHIO},
        absent=["MNDAA", "July"],
        claims=[],
    ),
    dict(
        text="Sudzha, in Russia's Kursk region, was recaptured by Russian troops.",
        places={"Sudzha": SUDZHA, "Kursk region": "RU-KRS"},
        claims=[],
    ),
    dict(
        text="Drones struck Enerhodar overnight. The city is 50 km south of Nikopol by road.",
        places={"Enerhodar": ENERHODAR},
        claims=[("distance", "exact", 45, 55, 180, NIKOPOL)],
    ),
    # ------------------------------------------------------------- Indonesian
    dict(
        text="Pasukan Rusia berada sekitar 7 kilometer dari Pokrovsk, kata militer Ukraina.",
        places={"Pokrovsk": POKROVSK},
        claims=[("distance", "about", 5.6, 8.4, None, POKROVSK)],
    ),
    dict(
        text="Serangan drone menghantam Kharkiv pada Senin malam.",
        places={"Kharkiv": KHARKIV},
        absent=["Senin"],
        claims=[],
    ),
    dict(
        text="Pertempuran terjadi kurang dari 3 km di sebelah timur Kupiansk.",
        places={"Kupiansk": KUPIANSK},
        claims=[("distance", "at_most", 0, 3, 90, KUPIANSK)],
    ),
    dict(
        text="Militer Sudan merebut kembali Wad Madani, sekitar 140 km di tenggara Khartoum.",
        places={"Wad Madani": WAD_MADANI, "Khartoum": KHARTOUM},
        claims=[("distance", "about", 112, 168, 135, KHARTOUM)],
    ),
    dict(
        text="Pasukan Moskow bergerak ke arah Kramatorsk.",
        places={"Moskow": (MOSCOW, "actor"), "Kramatorsk": KRAMATORSK},
        claims=[("direction", KRAMATORSK)],
    ),
    dict(
        text="Rudal Rusia menghantam Odesa dan Mykolaiv pada Minggu.",
        places={"Odesa": ODESA, "Mykolaiv": MYKOLAIV},
        absent=["Minggu"],
        claims=[],
    ),
    # ---------------------------------------------------------------- Ukrainian
    dict(
        text="Російські війська за 12 км від Покровська.",
        places={"Покровська": POKROVSK},
        claims=[("distance", "exact", 10.8, 13.2, None, POKROVSK)],
    ),
    dict(
        text="Ворог обстрілював Херсон і Нікополь.",
        places={"Херсон": KHERSON, "Нікополь": NIKOPOL},
        claims=[],
    ),
    dict(
        text="Бої тривають біля Часового Яру, приблизно за 5 кілометрів від Бахмута.",
        places={"Часового Яру": CHASIV_YAR, "Бахмута": BAKHMUT},
        claims=[("distance", "about", 4, 6, None, BAKHMUT)],
    ),
    dict(
        text="Окупанти просуваються у напрямку Костянтинівки.",
        places={"Костянтинівки": KOSTIANTYNIVKA},
        claims=[("direction", KOSTIANTYNIVKA)],
    ),
    dict(
        text="На Харківщині окупанти обстріляли Вовчанськ.",
        places={"Харківщині": "UA-63", "Вовчанськ": VOVCHANSK},
        claims=[],
    ),
    dict(
        text="Противник атакував населені пункти у Сумській області.",
        places={"Сумській області": "UA-59"},
        claims=[],
    ),
    # ------------------------------------------------------------------ Russian
    dict(
        text="Российские войска находятся примерно в 15 км к северу от Курахово.",
        places={"Курахово": KURAKHOVE},
        claims=[("distance", "about", 12, 18, 0, KURAKHOVE)],
    ),
    dict(
        text="ВСУ вошли в Суджу Курской области.",
        places={"Суджу": SUDZHA, "Курской области": "RU-KRS"},
        claims=[],
    ),
    dict(
        text="Взрывы прогремели в Белгороде и Курске.",
        places={"Белгороде": BELGOROD, "Курске": KURSK},
        claims=[],
    ),
    dict(
        text="Бои идут более чем в 10 километрах южнее Угледара.",
        places={"Угледара": VUHLEDAR},
        claims=[("distance", "at_least", 10, 15, 180, VUHLEDAR)],
    ),
    dict(
        text="Москва заявила, что не будет вести переговоры с Киевом.",
        places={"Москва": (MOSCOW, "actor"), "Киевом": (KYIV, "actor")},
        claims=[],
    ),
    # ------------------------------------------------------------------- German
    dict(
        text="Russische Truppen stehen etwa 8 Kilometer südlich von Kupjansk.",
        places={"Kupjansk": KUPIANSK},
        absent=["Russische"],
        claims=[("distance", "about", 6.4, 9.6, 180, KUPIANSK)],
    ),
    dict(
        text="Die Ukraine meldete Angriffe auf Saporischschja und Dnipro.",
        places={"Saporischschja": ZAPORIZHZHIA, "Dnipro": DNIPRO},
        claims=[],
    ),
    dict(
        text="In Cherson fiel am Dienstag der Strom aus.",
        places={"Cherson": KHERSON},
        absent=["Dienstag"],
        claims=[],
    ),
    # ------------------------------------------------------------------- French
    dict(
        text="Les forces russes sont à environ 20 km à l'est de Kramatorsk.",
        places={"Kramatorsk": KRAMATORSK},
        claims=[("distance", "about", 16, 24, 90, KRAMATORSK)],
    ),
    dict(
        text="Des frappes ont touché Kharkiv et Odessa dans la nuit.",
        places={"Kharkiv": KHARKIV, "Odessa": ODESA},
        claims=[],
    ),
    dict(
        text="Les combats se poursuivent à moins de 10 km de Lyman.",
        places={"Lyman": LYMAN},
        claims=[("distance", "at_most", 0, 10, None, LYMAN)],
    ),
    dict(
        text="Les troupes russes avancent en direction de Toretsk.",
        places={"Toretsk": TORETSK},
        claims=[("direction", TORETSK)],
    ),
    # ------------------------------------------------------------------ Spanish
    dict(
        text="Las tropas rusas se encuentran a unos 25 kilómetros al sur de Járkov.",
        places={"Járkov": KHARKIV},
        claims=[("distance", "about", 20, 30, 180, KHARKIV)],
    ),
    dict(
        text="Los bombardeos afectaron a Jersón y Mykolaiv.",
        places={"Jersón": KHERSON, "Mykolaiv": MYKOLAIV},
        claims=[],
    ),
    dict(
        text="Moscú dijo que sus fuerzas avanzan hacia Pokrovsk.",
        places={"Moscú": (MOSCOW, "actor"), "Pokrovsk": POKROVSK},
        claims=[("direction", POKROVSK)],
    ),
    dict(
        text="Los combates continúan entre 5 y 8 km al norte de Vuhledar.",
        places={"Vuhledar": VUHLEDAR},
        claims=[("distance", "range", 5, 8, 0, VUHLEDAR)],
    ),
    # ----------------------------------------------- spellings of other languages
    dict(
        text="Бої йдуть приблизно за 6 км на північ від Ліптців на Харківщині.",
        places={"Ліптців": LYPTSI, "Харківщині": "UA-63"},
        claims=[("distance", "about", 4.8, 7.2, 0, LYPTSI)],
    ),
    dict(
        text="Les forces russes sont à 10 km à l'est de Tchassiv Iar.",
        places={"Tchassiv Iar": CHASIV_YAR},
        claims=[("distance", "exact", 9, 11, 90, CHASIV_YAR)],
    ),
    dict(
        text="Israelische Truppen stehen 5 Kilometer östlich von Chan Junis.",
        places={"Chan Junis": KHAN_YOUNIS},
        claims=[("distance", "exact", 4.5, 5.5, 90, KHAN_YOUNIS)],
    ),
    dict(
        text="Las tropas rusas están a 15 km al este de Kurájove.",
        places={"Kurájove": KURAKHOVE},
        claims=[("distance", "exact", 13.5, 16.5, 90, KURAKHOVE)],
    ),
    dict(
        text="Pasukan RSF berada 30 km di barat El Fasher, ibu kota Darfur Utara.",
        places={"El Fasher": EL_FASHER, "Darfur Utara": "SD-DN"},
        absent=["RSF"],
        claims=[("distance", "exact", 27, 33, 270, EL_FASHER)],
    ),
    dict(
        text="Les FSR encerclent El-Facher, capitale du Darfour-Nord.",
        places={"El-Facher": EL_FASHER, "Darfour-Nord": "SD-DN"},
        claims=[],
    ),
]


def _ids(case):
    return case["text"][:40]


# Known gaps in the mention rules, tracked here so they cannot silently pass or regress.
KNOWN_GAPS: dict[str, str] = {}


def _place_case(case):
    gap = KNOWN_GAPS.get(_ids(case))
    marks = [pytest.mark.xfail(reason=gap, strict=True)] if gap else []
    return pytest.param(case, id=_ids(case), marks=marks)


def test_enough_cases_in_every_language():
    langs = {gf.parse(c["text"]).lang for c in CASES}
    assert {"en", "id", "uk", "ru", "de", "fr", "es"} <= langs
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", [_place_case(c) for c in CASES])
def test_places(case):
    report = gf.parse(case["text"])
    found = {m.surface: m for m in report.mention_records}
    for surface, expect in case["places"].items():
        assert surface in found, (surface, list(found))
        mention = found[surface]
        place = mention.place
        assert place is not None, (surface, mention.reason)
        role = None
        if isinstance(expect, tuple) and isinstance(expect[0], tuple):
            expect, role = expect
        if isinstance(expect, str):
            assert place.kind == "admin1" and place.admin1_iso == expect, (surface, place)
        else:
            assert distance_km((place.lon, place.lat), expect) < 5, (surface, place)
        if role:
            assert mention.role == role, (surface, mention.role)
        assert case["text"][mention.start : mention.end] == surface
    for word in case.get("absent", []):
        locations = [m for m in report.mention_records if m.place and m.role != "nationality"]
        assert not any(word in m.surface for m in locations), word


@pytest.mark.parametrize("case", CASES, ids=_ids)
def test_claims(case):
    report = gf.parse(case["text"])
    claims = [c for c in report.claim_records if c.span.claim in ("distance", "direction")]
    assert len(claims) == len(case["claims"]), [c.span.raw for c in claims]
    for claim, expect in zip(claims, case["claims"], strict=True):
        assert claim.span.claim == expect[0]
        if expect[0] == "direction":
            target = claim.target
            assert target is not None and distance_km((target.lon, target.lat), expect[1]) < 5
            continue
        _, bound, min_km, max_km, bearing, anchor = expect
        span = claim.span
        assert span.bound == bound
        assert span.min_m == pytest.approx(min_km * 1000, rel=2e-3, abs=1)
        assert span.max_m == pytest.approx(max_km * 1000, rel=2e-3)
        if bearing is None:
            assert span.bearing_deg is None
        else:
            assert span.bearing_deg == bearing
        assert claim.anchor is not None, claim.reason
        assert distance_km((claim.anchor.lon, claim.anchor.lat), anchor) < 5
        _check_geometry(claim)


def _check_geometry(claim):
    geom = claim.geometry
    assert geom is not None and geom.is_valid
    span, a = claim.span, claim.anchor
    xy = np.asarray(geom.exterior.coords)
    _, _, d = GEOD.inv(np.full(len(xy), a.lon), np.full(len(xy), a.lat), xy[:, 0], xy[:, 1])
    assert d.max() == pytest.approx(span.max_m, abs=1.0)
    if span.bearing_deg is None and span.bound != "at_most":
        assert len(geom.interiors) == 1
        hole = np.asarray(geom.interiors[0].coords)
        _, _, d = GEOD.inv(
            np.full(len(hole), a.lon), np.full(len(hole), a.lat), hole[:, 0], hole[:, 1]
        )
        assert np.allclose(d, span.min_m, atol=1.0)
    if span.bound == "at_most" and span.bearing_deg is None:
        assert len(geom.interiors) == 0
