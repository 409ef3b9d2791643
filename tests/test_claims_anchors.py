"""Where a distance is measured from: front lines, parts of places, implicit anchors.

The claim reader (``find_claims``) is checked on its spans, and ``gf.parse`` on the
bundled gazetteer checks that each anchor resolves to the right place.
"""

from __future__ import annotations

import pytest

import geofront as gf
from geofront.claims import ClaimSpan, find_claims
from tests.conftest import distance_km

POKROVSK = (37.177, 48.280)
KUPIANSK = (37.610, 49.711)
KOSTIANTYNIVKA = (37.706, 48.527)
MYRNOHRAD = (37.265, 48.310)
ZAPORIZHZHIA = (35.139, 47.838)
AVDIIVKA = (37.750, 48.139)
SLOVIANSK = (37.597, 48.850)
ENERHODAR = (34.662, 47.490)
DNIPRO = (35.040, 48.467)
KHARKIV = (36.231, 49.994)


def one(text: str, lang: str | None = None) -> ClaimSpan:
    found = [c for c in find_claims(text, lang=lang) if c.claim == "distance"]
    assert len(found) == 1, found
    c = found[0]
    assert text[c.start : c.end] == c.raw
    if c.anchor_text is not None:
        assert text[c.anchor_start : c.anchor_end] == c.anchor_text
    return c


def resolved(text: str, gazetteer: gf.Gazetteer):
    claims = [c for c in gf.parse(text, gazetteer=gazetteer).claim_records]
    claims = [c for c in claims if c.span.claim == "distance"]
    assert len(claims) == 1, claims
    return claims[0]


# --------------------------------------------------------------------------- front line
# The distance to the front line is measured from the place the sentence locates.
FRONT = [
    ("Kupiansk now lies less than 8 km from the front line.", "en", "Kupiansk", "at_most",
     KUPIANSK),
    ("The town of Pokrovsk is about 10 km from the enemy positions.", "en", "Pokrovsk", "about",
     POKROVSK),
    ("Kota Kupiansk kini berjarak kurang dari 8 km dari garis depan.", "id", "Kupiansk",
     "at_most", KUPIANSK),
    ("Куп'янськ розташований менш ніж за 8 км від лінії фронту.", "uk", "Куп'янськ", "at_most",
     KUPIANSK),
    ("Город Купянск находится менее чем в 8 км от линии фронта.", "ru", "Купянск", "at_most",
     KUPIANSK),
    ("Die Stadt Kostjantyniwka ist nur noch 8 Kilometer von der Front entfernt.", "de",
     "Kostjantyniwka", "exact", KOSTIANTYNIVKA),
    ("Kupjansk liegt weniger als 8 Kilometer von der Frontlinie entfernt.", "de", "Kupjansk",
     "at_most", KUPIANSK),
    ("Koupiansk se trouve à moins de 8 km de la ligne de front.", "fr", "Koupiansk", "at_most",
     KUPIANSK),
    ("Kupiansk está a menos de 8 km de la línea del frente.", "es", "Kupiansk", "at_most",
     KUPIANSK),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, anchor, bound, where", FRONT, ids=[f[0][:40] for f in FRONT])
def test_front_line_is_measured_from_the_subject(text, lang, anchor, bound, where, gazetteer):
    c = one(text, lang)
    assert (c.to_front, c.anchor_text, c.anchor_ref, c.bound) == (True, anchor, False, bound)
    assert c.distance_m == 8000 or c.distance_m == 10000
    claim = resolved(text, gazetteer)
    assert claim.anchor is not None, claim.reason
    assert distance_km((claim.anchor.lon, claim.anchor.lat), where) < 5
    # the subject is the anchor: no subject check against itself
    assert claim.subject_distance_m is None and claim.subject_inside is None
    assert claim.geometry is not None


def test_front_line_from_a_city_reference(gazetteer):
    text = "У Мирнограді лишається 1500 мешканців. Місто розташоване за 4 км від лінії фронту."
    claim = resolved(text, gazetteer)
    span = claim.span
    assert (span.to_front, span.anchor_text, span.anchor_ref) == (True, "Місто", True)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), MYRNOHRAD) < 5


def test_front_line_without_subject_is_from_the_last_settlement(gazetteer):
    text = "У Мирнограді лишається 1500 мешканців; до лінії фронту близько 4 км."
    claim = resolved(text, gazetteer)
    span = claim.span
    assert (span.to_front, span.anchor_text, span.anchor_implicit) == (True, None, True)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), MYRNOHRAD) < 5


def test_front_line_from_troops_has_no_anchor(gazetteer):
    claim = resolved("Russian forces are 8 km from the front line.", gazetteer)
    assert claim.span.to_front
    assert claim.anchor is None and claim.geometry is None
    assert "not a settlement" in claim.reason


def test_front_line_as_the_subject_keeps_the_named_anchor(gazetteer):
    claim = resolved("Garis depan kini berjarak 30 km dari Zaporizhzhia.", gazetteer)
    assert not claim.span.to_front and claim.span.anchor_text == "Zaporizhzhia"
    assert distance_km((claim.anchor.lon, claim.anchor.lat), ZAPORIZHZHIA) < 5


# --------------------------------------------------------------------------- parts of places
PARTS = [
    ("Ukrainian troops are 3 km from the outskirts of Pokrovsk.", "en", "Pokrovsk"),
    ("Fighting is 4 km from the administrative border of Kostiantynivka.", "en",
     "Kostiantynivka"),
    ("Tentara Rusia berada 2-3 km dari pinggiran Myrnohrad, menurut analis.", "id", "Myrnohrad"),
    ("Pasukan Rusia berada 5 km dari pusat kota Pokrovsk.", "id", "Pokrovsk"),
    ("Ворог за 3 км від околиць Покровська.", "uk", "Покровська"),
    ("Российские войска в 3 км от окраин Покровска.", "ru", "Покровска"),
    ("Russische Truppen stehen 3 Kilometer vom Stadtrand von Pokrowsk entfernt.", "de",
     "Pokrowsk"),
    ("Les troupes russes sont à 3 km de la périphérie de Pokrovsk.", "fr", "Pokrovsk"),
    ("Las tropas rusas están a 3 km de las afueras de Pokrovsk.", "es", "Pokrovsk"),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, anchor", PARTS, ids=[p[0][:40] for p in PARTS])
def test_part_of_a_place_is_measured_from_the_place(text, lang, anchor, gazetteer):
    c = one(text, lang)
    assert (c.anchor_text, c.anchor_ref, c.to_front) == (anchor, False, False)
    claim = resolved(text, gazetteer)
    assert claim.anchor is not None, claim.reason
    expected = {
        "Kostiantynivka": KOSTIANTYNIVKA,
        "Myrnohrad": MYRNOHRAD,
    }.get(anchor, POKROVSK)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), expected) < 5


PART_REFS = [
    ("Pasukan RSF menyerang Pokrovsk dari arah barat, sekitar 8 km dari pusat kota.", "id",
     "pusat kota"),
    ("Drones hit Pokrovsk, about 2 km from the city centre.", "en", "the city centre"),
    ("Le drone a frappé Pokrovsk à 2 km du centre-ville.", "fr", "centre-ville"),
    ("Вибухи в Покровську пролунали за 2 км від центру міста.", "uk", "центру міста"),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, ref", PART_REFS, ids=[p[0][:40] for p in PART_REFS])
def test_part_alone_refers_to_the_last_settlement(text, lang, ref, gazetteer):
    c = one(text, lang)
    assert (c.anchor_text, c.anchor_ref) == (ref, True)
    claim = resolved(text, gazetteer)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), POKROVSK) < 5


# --------------------------------------------------------------------------- anchor first
ANCHOR_FIRST = [
    ("До адмінмеж Костянтинівки лишається близько 2 кілометрів, кажуть військові.", "uk",
     "Костянтинівки", False, KOSTIANTYNIVKA),
    ("До Покровська лишається 10 км.", "uk", "Покровська", False, POKROVSK),
    ("По данным военных, до окраин Запорожья около 30 км.", "ru", "Запорожья", False,
     ZAPORIZHZHIA),
    ("От Покровска до линии фронта около 5 км.", "ru", "Покровска", True, POKROVSK),
    ("Bis Pokrowsk sind es noch 15 Kilometer.", "de", "Pokrowsk", False, POKROVSK),
    ("Von Pokrowsk bis zur Front sind es noch 5 Kilometer.", "de", "Pokrowsk", True, POKROVSK),
    ("Від Покровська до лінії фронту близько 5 км.", "uk", "Покровська", True, POKROVSK),
    ("Hasta Pokrovsk quedan 15 km.", "es", "Pokrovsk", False, POKROVSK),
    ("Jarak ke Pokrovsk tinggal 15 km, kata analis.", "id", "Pokrovsk", False, POKROVSK),
]  # fmt: skip


@pytest.mark.parametrize(
    "text, lang, anchor, front, where", ANCHOR_FIRST, ids=[a[0][:40] for a in ANCHOR_FIRST]
)
def test_anchor_named_before_the_number(text, lang, anchor, front, where, gazetteer):
    c = one(text, lang)
    assert (c.anchor_text, c.to_front) == (anchor, front)
    assert c.start <= c.anchor_start
    claim = resolved(text, gazetteer)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), where) < 5


def test_from_the_city_to_enemy_positions(gazetteer):
    text = (
        "У Мирнограді лишається близько 1500 мешканців; від міста до позицій ворога близько 4 км."
    )
    c = one(text, "uk")
    assert (c.anchor_text, c.anchor_ref, c.to_front, c.bound) == ("міста", True, True, "about")
    claim = resolved(text, gazetteer)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), MYRNOHRAD) < 5


@pytest.mark.parametrize(
    "text, lang, bound",
    [
        ("Фронт підійшов на відстань понад 20 км до Дніпра.", "uk", "at_least"),
        ("Фронт приблизився на 20 км до Дніпра.", "uk", "exact"),
        ("Линия фронта в 20 км до Днепра.", "ru", "exact"),
    ],
)
def test_slavic_distance_to_a_place(text, lang, bound, gazetteer):
    c = one(text, lang)
    assert (c.distance_m, c.bound) == (20000, bound)
    claim = resolved(text, gazetteer)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), DNIPRO) < 5


# --------------------------------------------------------------------------- route words
ROUTES = [
    ("Shelling hit Nikopol, 10 km across the river from Enerhodar.", "en"),
    ("Serangan artileri menghantam Nikopol, sekitar 10 km di seberang sungai dari Enerhodar.",
     "id"),
    ("Обстріл Нікополя, за 10 км через річку від Енергодара.", "uk"),
    ("Обстрел Никополя, в 10 км через реку от Энергодара.", "ru"),
    ("Beschuss von Nikopol, 10 Kilometer jenseits des Flusses von Enerhodar.", "de"),
    ("Nikopol, à 10 km de l'autre côté du fleuve de Enerhodar, a été bombardée.", "fr"),
    ("Nikopol, a 10 km al otro lado del río de Enerhodar, fue bombardeada.", "es"),
]  # fmt: skip


@pytest.mark.parametrize("text, lang", ROUTES, ids=[r[0][:40] for r in ROUTES])
def test_route_between_distance_and_anchor(text, lang, gazetteer):
    c = one(text, lang)
    assert c.distance_m == 10000 and c.bearing_deg is None
    claim = resolved(text, gazetteer)
    assert claim.anchor is not None, claim.reason
    assert distance_km((claim.anchor.lon, claim.anchor.lat), ENERHODAR) < 5


def test_across_alone_is_still_a_dimension():
    assert [c for c in find_claims("The crater is 10 m across.", lang="en")] == []


# --------------------------------------------------------------------------- implicit anchors
IMPLICIT = [
    ("After taking Avdiivka, Russian troops advanced about 10 km to the west.", "en", 270),
    ("Setelah merebut Avdiivka, pasukan Rusia maju sekitar 10 km ke arah barat.", "id", 270),
    ("Після захоплення Авдіївки росіяни просунулися приблизно на 10 км на захід.", "uk", 270),
    ("После взятия Авдеевки российские войска продвинулись примерно на 10 км на запад.", "ru",
     270),
    ("Nach dem Fall von Awdijiwka rückten russische Truppen etwa 10 Kilometer westlich vor.",
     "de", 270),
    ("Après la chute d'Avdiïvka, les troupes russes ont avancé d'environ 10 km vers l'ouest.",
     "fr", 270),
    ("Tras la caída de Avdiivka, las tropas rusas avanzaron unos 10 km hacia el oeste.", "es",
     270),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, bearing", IMPLICIT, ids=[i[0][:40] for i in IMPLICIT])
def test_direction_without_anchor_is_from_the_last_settlement(text, lang, bearing, gazetteer):
    c = one(text, lang)
    assert (c.anchor_text, c.anchor_implicit, c.bearing_deg) == (None, True, bearing)
    claim = resolved(text, gazetteer)
    assert claim.anchor is not None, claim.reason
    assert distance_km((claim.anchor.lon, claim.anchor.lat), AVDIIVKA) < 5


def test_implicit_anchor_is_not_the_subject(gazetteer):
    text = "Drones hit Sloviansk and its neighbour Kramatorsk, about 12 km to the south."
    claim = resolved(text, gazetteer)
    assert claim.span.subject_text == "Kramatorsk" and claim.span.anchor_implicit
    assert distance_km((claim.anchor.lon, claim.anchor.lat), SLOVIANSK) < 5
    assert claim.subject_inside is True  # Kramatorsk is indeed ~12 km south of Sloviansk


def test_implicit_anchor_needs_a_settlement_before(gazetteer):
    claim = resolved("Russian troops advanced about 10 km to the west.", gazetteer)
    assert claim.anchor is None and "no settlement named before" in claim.reason


def test_named_anchor_is_not_implicit():
    c = one("Russian forces are about 10 km north of Pokrovsk.", "en")
    assert (c.anchor_implicit, c.to_front, c.anchor_text) == (False, False, "Pokrovsk")


# --------------------------------------------------------------------------- not claims
@pytest.mark.parametrize(
    "text, lang",
    [
        ("Город Волчанск находится в 5 км от границы с Россией.", "ru"),
        ("Russian troops advanced 2 km last week.", "en"),
        ("Die Einheit rückte 3 Kilometer vor.", "de"),
        ("Війська підійшли до Покровська на 3 км.", "uk"),
    ],
)
def test_still_not_distance_claims(text, lang):
    assert [c for c in find_claims(text, lang=lang) if c.claim == "distance"] == []


def test_kharkiv_centre_with_genitive_name(gazetteer):
    claim = resolved("Ракета впала за 5 км від центру Харкова.", gazetteer)
    assert claim.span.anchor_text == "Харкова"
    assert distance_km((claim.anchor.lon, claim.anchor.lat), KHARKIV) < 5


# --------------------------------------------------------------------------- direction forms
@pytest.mark.parametrize(
    "text, lang, bearing",
    [
        ("Russian forces are now some 20 km further west of Pokrovsk.", "en", 270),
        ("The unit moved 20 km northward from Pokrovsk.", "en", 0),
        ("Pasukan Rusia berada 20 km lebih ke barat dari Pokrovsk.", "id", 270),
        ("Die Front liegt etwa 20 Kilometer weiter östlich von Pokrowsk.", "de", 90),
        ("Die Truppen rückten 20 Kilometer nach Westen von Pokrowsk vor.", "de", 270),
        ("Les combats ont lieu à 20 km plus au sud de Pokrovsk.", "fr", 180),
        ("Les troupes ont avancé de 20 km vers l'ouest de Pokrovsk.", "fr", 270),
        ("Las tropas avanzaron 20 km más al oeste de Pokrovsk.", "es", 270),
        ("Las tropas avanzaron 20 km hacia el norte de Pokrovsk.", "es", 0),
    ],
)
def test_further_and_movement_directions(text, lang, bearing, gazetteer):
    c = one(text, lang)
    assert (c.distance_m, c.bearing_deg, c.anchor_implicit) == (20000, bearing, False)
    claim = resolved(text, gazetteer)
    assert distance_km((claim.anchor.lon, claim.anchor.lat), POKROVSK) < 5


@pytest.mark.parametrize(
    ("text", "anchor"),
    [
        ("Russian troops are 10 km from the Ukrainian town of Sumy.", (34.80, 50.92)),
        ("The drone fell 20 km from the Russian city of Belgorod.", (36.59, 50.61)),
        ("Shelling hit a village 15 km from the Russian border, officials said.", None),
    ],
)
def test_a_nationality_word_is_never_the_anchor(text, anchor):
    (claim,) = [c for c in gf.parse(text).claim_records if c.span.claim == "distance"]
    if anchor is None:
        assert claim.anchor is None  # a border is not the country's centre
    else:
        assert claim.anchor.kind == "settlement"
        assert abs(claim.anchor.lon - anchor[0]) < 0.1 and abs(claim.anchor.lat - anchor[1]) < 0.1


@pytest.mark.parametrize(
    ("text", "distance_m"),
    [
        ("The fire was 1/2 mile north of Sloviansk.", 804.672),  # not 2 miles
        ("The quake struck 160km south of Jakarta.", 160_000.0),
        ("The crash was 2.5km from Kramatorsk.", 2_500.0),
        ("Die Front liegt 15km von Slowjansk.", 15_000.0),
        ("Пожежа за 5км від Харкова.", 5_000.0),
    ],
)
def test_fractions_and_units_written_without_a_space(text, distance_m):
    (claim,) = gf.parse(text).claim_records
    assert claim.span.distance_m == pytest.approx(distance_m)
    assert claim.anchor is not None and claim.anchor.kind == "settlement"


def test_a_town_region_subject_is_the_town():
    text = "Smyrna, Georgia, about 20 miles northwest of Atlanta, was hit by the storm."
    (claim,) = gf.parse(text).claim_records
    assert claim.subject is not None and claim.subject.kind == "settlement"
    assert claim.subject.admin1_iso == "US-GA" and claim.subject.name == "Smyrna"
    assert claim.subject_distance_m == pytest.approx(19_000, rel=0.1)  # measured, not 20 miles
