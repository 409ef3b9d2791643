"""Claim layer of the report reader: distances, directions of advance, counts."""

from __future__ import annotations

from pathlib import Path

import pytest

from geofront.claims import ClaimSpan, find_claims, parse_number, parse_quantity

SAMPLE = (Path(__file__).parent / "data" / "afp-gerasimov-2026-02-id.txt").read_text("utf-8")


def only(text: str, kind: str = "distance", lang: str | None = None) -> ClaimSpan:
    found = [c for c in find_claims(text, lang=lang) if c.claim == kind]
    assert len(found) == 1, found
    return found[0]


def check_spans(text: str, c: ClaimSpan) -> None:
    assert text[c.start : c.end] == c.raw
    assert text[c.sentence_start : c.sentence_end] == c.quote
    assert c.sentence_start <= c.start <= c.end <= c.sentence_end
    for name in ("anchor", "target", "region", "subject"):
        value = getattr(c, f"{name}_text")
        if value is not None:
            assert text[getattr(c, f"{name}_start") : getattr(c, f"{name}_end")] == value


# --------------------------------------------------------------------------- distances
# (text, lang, expected fields). Every expected field is asserted exactly (floats approx).
DISTANCES = [
    # English
    (
        "Russian forces are about 10 miles north of Sloviansk, the General Staff said.",
        "en",
        dict(raw="about 10 miles north of Sloviansk", quantity=10, unit="mi", bound="about",
             distance_m=16093.44, min_m=12874.752, max_m=19312.128, bearing_deg=0,
             sector_width_deg=45, anchor_text="Sloviansk", anchor_ref=False,
             subject_text="Russian forces", attributed_to="General Staff"),
    ),
    (
        "The village of Zavitne, 22 km southeast of Pokrovsk, was captured.",
        "en",
        dict(raw="22 km southeast of Pokrovsk", quantity=22, unit="km", bound="exact",
             min_m=19800, max_m=24200, bearing_deg=135, anchor_text="Pokrovsk",
             subject_text="Zavitne", attributed_to=None),
    ),
    (
        "Ukrainian troops are within 5 km of the city, according to the General Staff.",
        "en",
        dict(raw="within 5 km of the city", quantity=5, bound="at_most", min_m=0, max_m=5000,
             anchor_text="the city", anchor_ref=True, subject_text="Ukrainian troops",
             attributed_to="General Staff", bearing_deg=None, sector_width_deg=None),
    ),
    (
        "The fighting is 10-15 km from Kupiansk.",
        "en",
        dict(raw="10-15 km from Kupiansk", quantity=12.5, quantity_low=10, quantity_high=15,
             bound="range", min_m=10000, max_m=15000, anchor_text="Kupiansk"),
    ),
    (
        "Russian forces were between 10 and 15 kilometres east of Kramatorsk, said Gerasimov.",
        "en",
        dict(raw="between 10 and 15 kilometres east of Kramatorsk", bound="range",
             min_m=10000, max_m=15000, bearing_deg=90, anchor_text="Kramatorsk",
             attributed_to="Gerasimov"),
    ),
    (
        "They are more than 20 km north-northeast of Kharkiv.",
        "en",
        dict(raw="more than 20 km north-northeast of Kharkiv", bound="at_least", min_m=20000,
             max_m=30000, bearing_deg=22.5, sector_width_deg=22.5, anchor_text="Kharkiv"),
    ),
    (
        "Shelling hit a depot some 15 kilometres (nine miles) from the city of Pokrovsk.",
        "en",
        dict(raw="some 15 kilometres (nine miles) from the city of Pokrovsk", quantity=15,
             unit="km", bound="about", alt_quantity=9, alt_unit="mi", anchor_text="Pokrovsk",
             anchor_ref=False),
    ),
    (
        "The ship was 12 nautical miles off Odesa.",
        "en",
        dict(raw="12 nautical miles off Odesa", unit="nmi", distance_m=22224,
             anchor_text="Odesa", subject_text="ship"),
    ),
    (
        "A drone fell 300 metres from the village.",
        "en",
        dict(raw="300 metres from the village", quantity=300, unit="m", distance_m=300,
             anchor_text="the village", anchor_ref=True),
    ),
    (
        "Troops dug in 1.5 km west of Chasiv Yar, a soldier told AFP.",
        "en",
        dict(raw="1.5 km west of Chasiv Yar", quantity=1.5, distance_m=1500, bearing_deg=270,
             anchor_text="Chasiv Yar"),
    ),
    # Indonesian
    (
        "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota.",
        "id",
        dict(raw="sekitar 15 kilometer (sembilan mil) dari kota", quantity=15, unit="km",
             bound="about", qualifier="sekitar", min_m=12000, max_m=18000, alt_quantity=9,
             alt_unit="mi", anchor_text="kota", anchor_ref=True, subject_text="Pasukan Moskow",
             bearing_deg=None),
    ),
    (
        "Pasukan Rusia berada 22 kilometer (13,6 mil) di tenggara Pokrovsk.",
        "id",
        dict(raw="22 kilometer (13,6 mil) di tenggara Pokrovsk", quantity=22, bound="exact",
             alt_quantity=13.6, alt_unit="mi", bearing_deg=135, direction_text="di tenggara",
             anchor_text="Pokrovsk", subject_text="Pasukan Rusia"),
    ),
    (
        "Pasukan berada kurang dari dua belas kilometer di sebelah barat laut kota, "
        "kata juru bicara militer.",
        "id",
        dict(quantity=12, bound="at_most", max_m=12000, bearing_deg=315, anchor_text="kota",
             anchor_ref=True, attributed_to="juru bicara militer"),
    ),
    (
        "Desa itu terletak lebih dari 30 km sebelah utara dari Bakhmut.",
        "id",
        dict(raw="lebih dari 30 km sebelah utara dari Bakhmut", bound="at_least", min_m=30000,
             max_m=45000, bearing_deg=0, anchor_text="Bakhmut"),
    ),
    # Ukrainian
    (
        "Російські війська перебувають за 15 кілометрів на північний схід від Покровська, "
        "заявив Сирський.",
        "uk",
        dict(raw="15 кілометрів на північний схід від Покровська", quantity=15, unit="km",
             bound="exact", bearing_deg=45, direction_text="на північний схід",
             anchor_text="Покровська", subject_text="Російські війська",
             attributed_to="Сирський"),
    ),
    (
        "До адмінмеж міста лишається близько 2 кілометрів.",
        "uk",
        dict(raw="До адмінмеж міста лишається близько 2 кілометрів", quantity=2, bound="about",
             min_m=1600, max_m=2400, anchor_text="адмінмеж міста", anchor_ref=True),
    ),
    (
        "Окупанти перебувають менше ніж за п'ятнадцять кілометрів від міста.",
        "uk",
        dict(raw="менше ніж за п'ятнадцять кілометрів від міста", quantity=15,
             bound="at_most", anchor_text="міста", anchor_ref=True, subject_text="Окупанти"),
    ),
    (
        "Село Завітне, за 22 км південно-східніше Покровська, було окуповане.",
        "uk",
        dict(raw="22 км південно-східніше Покровська", bearing_deg=135,
             anchor_text="Покровська", subject_text="Завітне"),
    ),
    (
        "Бої тривають за 10 км північніше Куп’янська.",
        "uk",
        dict(raw="10 км північніше Куп’янська", bearing_deg=0, anchor_text="Куп’янська"),
    ),
    # Russian
    (
        "Российские войска находятся примерно в 15 км к северу от Славянска, "
        "сообщил Герасимов.",
        "ru",
        dict(raw="примерно в 15 км к северу от Славянска", bound="about", bearing_deg=0,
             anchor_text="Славянска", subject_text="Российские войска",
             attributed_to="Герасимов"),
    ),
    (
        "До города осталось около двух километров.",
        "ru",
        dict(quantity=2, bound="about", anchor_text="города", anchor_ref=True),
    ),
    (
        "Село расположено в пятнадцати километрах северо-восточнее Бахмута.",
        "ru",
        dict(raw="пятнадцати километрах северо-восточнее Бахмута", quantity=15,
             bearing_deg=45, anchor_text="Бахмута"),
    ),
    (
        "Бои идут в 10–15 км от Покровска.",
        "ru",
        dict(raw="10–15 км от Покровска", bound="range", min_m=10000, max_m=15000),
    ),
    # German
    (
        "Die russischen Truppen stehen etwa 15 Kilometer südöstlich der Stadt, "
        "sagte Gerassimow.",
        "de",
        dict(raw="etwa 15 Kilometer südöstlich der Stadt", bound="about", bearing_deg=135,
             anchor_text="der Stadt", anchor_ref=True, subject_text="russischen Truppen",
             attributed_to="Gerassimow"),
    ),
    (
        "Das Dorf liegt zwölf Kilometer nordnordöstlich von Charkiw.",
        "de",
        dict(quantity=12, bearing_deg=22.5, sector_width_deg=22.5, anchor_text="Charkiw"),
    ),
    (
        "Die Front verläuft weniger als fünfundzwanzig Kilometer nördlich von Saporischschja.",
        "de",
        dict(quantity=25, bound="at_most", max_m=25000, bearing_deg=0,
             anchor_text="Saporischschja"),
    ),
    # French
    (
        "Les forces russes sont à une quinzaine de kilomètres au nord-est de la ville, "
        "selon l'état-major.",
        "fr",
        dict(raw="une quinzaine de kilomètres au nord-est de la ville", quantity=15,
             bound="about", min_m=12000, max_m=18000, bearing_deg=45, anchor_text="la ville",
             anchor_ref=True, subject_text="forces russes", attributed_to="l'état-major"),
    ),
    (
        "Le village de Zavitne, à 22 km au sud-est de Pokrovsk, a été pris.",
        "fr",
        dict(raw="22 km au sud-est de Pokrovsk", bearing_deg=135, anchor_text="Pokrovsk",
             subject_text="Zavitne"),
    ),
    (
        "Les combats se déroulent à moins de 5 km d'Avdiïvka.",
        "fr",
        dict(raw="moins de 5 km d'Avdiïvka", bound="at_most", anchor_text="Avdiïvka"),
    ),
    # Spanish
    (
        "Las tropas rusas están a unos 15 kilómetros al sureste de la ciudad, "
        "según el Ministerio de Defensa.",
        "es",
        dict(raw="unos 15 kilómetros al sureste de la ciudad", bound="about", bearing_deg=135,
             anchor_text="la ciudad", anchor_ref=True, subject_text="tropas rusas",
             attributed_to="Ministerio de Defensa"),
    ),
    (
        "Las fuerzas están a menos de 10 km de Járkov, dijo el portavoz del Ministerio de "
        "Defensa.",
        "es",
        dict(raw="menos de 10 km de Járkov", bound="at_most", anchor_text="Járkov",
             attributed_to="portavoz del Ministerio de Defensa"),
    ),
    (
        "El pueblo está a más de 8 millas al oeste de Bajmut.",
        "es",
        dict(quantity=8, unit="mi", bound="at_least", bearing_deg=270, anchor_text="Bajmut"),
    ),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, expected", DISTANCES, ids=[d[0][:40] for d in DISTANCES])
def test_distance_claims(text, lang, expected):
    c = only(text, "distance", lang)
    check_spans(text, c)
    assert c.lang == lang
    for field, value in expected.items():
        got = getattr(c, field)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            assert got == pytest.approx(value), field
        else:
            assert got == value, field


@pytest.mark.parametrize("text, lang, expected", DISTANCES, ids=[d[0][:40] for d in DISTANCES])
def test_distance_claims_with_detected_language(text, lang, expected):
    c = only(text, "distance")
    assert (c.quantity_low, c.bound, c.anchor_text) == (
        pytest.approx(expected.get("quantity", c.quantity_low) if expected.get("bound") != "range"
                      else c.quantity_low),
        expected.get("bound", c.bound),
        expected.get("anchor_text", c.anchor_text),
    )  # fmt: skip


NOT_DISTANCES = [
    ("A crater seven metres deep was left by the strike.", "en"),
    ("Russia has massed 20 battalion tactical groups.", "en"),
    ("They took 2 km² of territory near Robotyne.", "en"),
    ("They took 2 km2 of territory north of Robotyne.", "en"),
    ("Traffic on the M14 highway near Mariupol resumed.", "en"),
    ("Crimea was annexed in 2014 from Ukraine.", "en"),
    ("The convoy moved at 15 km/h from Tokmak.", "en"),
    ("The convoy moved at 15 km per hour from Tokmak.", "en"),
    ("Call +380 44 123 4567 for details.", "en"),
    ("The 93rd brigade holds the line north of Bakhmut.", "en"),
    ("Russian troops advanced 2 km last week.", "en"),
    ("They captured 200 square kilometres east of Kupiansk.", "en"),
    ("perang selama hampir empat tahun dan dua minggu di bulan Februari", "id"),
    ("Rusia merebut 12 pemukiman pada 15 Februari 2026.", "id"),
    ("Вирва глибиною сім метрів залишилася після удару.", "uk"),
    ("Die Einheit rückte 3 Kilometer vor.", "de"),
    ("Un cratère de sept mètres de profondeur.", "fr"),
    ("Unos 15 mil soldados llegaron a Járkov.", "es"),
]


@pytest.mark.parametrize("text, lang", NOT_DISTANCES, ids=[t[:40] for t, _ in NOT_DISTANCES])
def test_not_distance_claims(text, lang):
    assert [c for c in find_claims(text, lang=lang) if c.claim == "distance"] == []
    assert [c for c in find_claims(text) if c.claim == "distance"] == []


def test_battalion_groups_are_not_counts_either():
    assert find_claims("Russia has massed 20 battalion tactical groups.", lang="en") == []


# --------------------------------------------------------------------------- bounds
def test_band_parameters_are_overridable():
    text = "Russian forces are about 10 km north of Sloviansk."
    c = find_claims(text, about_frac=0.5, sector_width_deg=90)[0]
    assert (c.min_m, c.max_m, c.sector_width_deg) == (5000, 15000, 90)
    c = find_claims("They are 10 km from Izium.", exact_frac=0.0)[0]
    assert (c.min_m, c.max_m) == (10000, 10000)
    c = find_claims("They are more than 10 km from Izium.", at_least_factor=2.0)[0]
    assert (c.min_m, c.max_m) == (10000, 20000)
    c = find_claims("They are 10 km north-northwest of Izium.", sector_width_16_deg=10)[0]
    assert (c.bearing_deg, c.sector_width_deg) == (337.5, 10)


def test_bad_parameters_and_language_raise():
    with pytest.raises(ValueError, match="about_frac"):
        find_claims("x", about_frac=1.5)
    with pytest.raises(ValueError, match="Unknown language 'xx'"):
        find_claims("x", lang="xx")


def test_trailing_qualifier_and_plus():
    c = only("The front is 15 km or so from Huliaipole.", lang="en")
    assert (c.bound, c.raw) == ("about", "15 km or so from Huliaipole")
    c = only("The front is 15+ km from Huliaipole.", lang="en")
    assert (c.bound, c.min_m, c.max_m) == ("at_least", 15000, 22500)


def test_empty_text():
    assert find_claims("") == []


# --------------------------------------------------------------------------- directions
DIRECTIONS = [
    ("Russian troops are advancing towards Kostiantynivka.", "en", "Kostiantynivka", None),
    ("They pushed toward the west.", "en", None, 270),
    ("Gerasimov mengatakan pasukan Moskow bergerak ke arah Sloviansk.", "id", "Sloviansk", None),
    ("Pasukan bergerak ke arah barat laut.", "id", None, 315),
    ("Kolom itu bergerak menuju Kramatorsk.", "id", "Kramatorsk", None),
    ("Ворог просувається у напрямку Покровська.", "uk", "Покровська", None),
    ("Найгарячіше на Покровському напрямку.", "uk", "Покровському", None),
    ("Війська наступають у західному напрямку.", "uk", None, 270),
    ("Армия продвигается в направлении Покровска.", "ru", "Покровска", None),
    ("Войска наступают в западном направлении.", "ru", None, 270),
    ("Die Truppen rückten in Richtung Pokrowsk vor.", "de", "Pokrowsk", None),
    ("Die Truppen rückten in Richtung Westen vor.", "de", None, 270),
    ("Les troupes avancent en direction de Kramatorsk.", "fr", "Kramatorsk", None),
    ("Les troupes avancent vers l'ouest.", "fr", None, 270),
    ("Rusia avanza hacia Pokrovsk.", "es", "Pokrovsk", None),
    ("Rusia avanza hacia el noroeste.", "es", None, 315),
]


@pytest.mark.parametrize(
    "text, lang, target, bearing", DIRECTIONS, ids=[d[0][:40] for d in DIRECTIONS]
)
def test_direction_of_advance(text, lang, target, bearing):
    c = only(text, "direction", lang)
    check_spans(text, c)
    assert c.target_text == target
    assert c.bearing_deg == bearing
    assert c.sector_width_deg == (None if bearing is None else 45.0)
    assert c.quantity is None and c.distance_m is None


def test_direction_subject_is_the_mover():
    c = only("Gerasimov mengatakan pasukan Moskow bergerak ke arah Sloviansk.", "direction")
    assert c.subject_text == "pasukan Moskow"
    assert c.attributed_to == "Gerasimov"


def test_compass_in_a_distance_is_not_an_advance():
    claims = find_claims("Pasukan berada 15 km ke arah utara dari Izium.", lang="id")
    assert [c.claim for c in claims] == ["distance"]
    assert claims[0].bearing_deg == 0


# --------------------------------------------------------------------------- counts
COUNTS = [
    ("Russia said it had captured a dozen villages in the Donetsk region.", "en", 12,
     "villages", "Donetsk"),
    ("Ukraine liberated three more settlements.", "en", 3, "settlements", None),
    ("Pasukan Kremlin merebut selusin desa di wilayah timur.", "id", 12, "desa", None),
    ("Pasukan membebaskan 12 pemukiman di wilayah Donetsk.", "id", 12, "pemukiman", "Donetsk"),
    ("Росіяни захопили три населені пункти у Донецькій області.", "uk", 3, "населені пункти",
     "Донецькій"),
    ("ЗСУ звільнили п'ять сіл на Харківщині.", "uk", 5, "сіл", "Харківщині"),
    ("Войска заняли более пятнадцати населённых пунктов в Донецкой области.", "ru", 15,
     "населённых пунктов", "Донецкой"),
    ("Die Armee nahm neun Ortschaften im Gebiet Donezk ein.", "de", 9, "Ortschaften",
     "Donezk"),
    ("L'armée a pris douze localités dans la région de Donetsk.", "fr", 12, "localités",
     "Donetsk"),
    ("Rusia tomó una docena de pueblos en la región de Donetsk.", "es", 12, "pueblos",
     "Donetsk"),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, n, noun, region", COUNTS, ids=[c[0][:40] for c in COUNTS])
def test_count_claims(text, lang, n, noun, region):
    c = only(text, "count", lang)
    check_spans(text, c)
    assert (c.count, c.count_noun, c.region_text) == (n, noun, region)
    assert c.distance_m is None and c.min_m is None


def test_count_qualifier():
    c = only("Войска заняли более пятнадцати населённых пунктов.", "count", "ru")
    assert (c.bound, c.qualifier, c.raw) == (
        "at_least",
        "более",
        "более пятнадцати населённых пунктов",
    )


# --------------------------------------------------------------------------- attribution
ATTRIBUTIONS = [
    ("According to the General Staff, Russian troops are 3 km from Toretsk.", "General Staff"),
    ("“We are 3 km from Toretsk,” Syrskyi said.", "Syrskyi"),
    ("Troops are 10 km from Kupiansk, said a spokesman for the army.", "spokesman for the army"),
    ("Pasukan berada 10 km dari Kupiansk, kata kementerian pertahanan pada Minggu.",
     "kementerian pertahanan"),
    ("Menurut Staf Umum, pasukan berada 3 km dari Toretsk.", "Staf Umum"),
    ("За словами Генштабу, росіяни за 3 км від Торецька.", "Генштабу"),
    ("По словам Герасимова, войска в 3 км от Торецка.", "Герасимова"),
    ("Laut dem Generalstab stehen die Truppen 3 km vor Torezk.", "Generalstab"),
    ("Selon Kiev, les troupes sont à 3 km de Toretsk.", "Kiev"),
    ("Según Kiev, las tropas están a 3 km de Toretsk.", "Kiev"),
    ("Russian troops are 3 km from Toretsk.", None),
]  # fmt: skip


@pytest.mark.parametrize("text, who", ATTRIBUTIONS, ids=[a[0][:40] for a in ATTRIBUTIONS])
def test_attribution(text, who):
    c = only(text)
    assert c.attributed_to == who
    assert c.unverified is False  # no disclaimer in these reports


UNVERIFIED = [
    "Russian troops are 3 km from Toretsk, Gerasimov said. AFP could not independently "
    "verify the claim.",
    "Pasukan berada 3 km dari Toretsk, kata Gerasimov. AFP tidak dapat memverifikasi klaim ini.",
    "Війська за 3 км від Торецька, заявив Герасимов. Нам не вдалося незалежно перевірити це.",
    "Войска в 3 км от Торецка, заявил Герасимов. Нам не удалось независимо проверить это.",
    "Die Truppen stehen 3 km vor Torezk, sagte Gerassimow. Dies ließ sich nicht unabhängig "
    "überprüfen.",
    "Les troupes sont à 3 km de Toretsk, a déclaré Guerassimov. L'AFP n'a pas pu vérifier "
    "de manière indépendante.",
    "Las tropas están a 3 km de Toretsk, dijo Guerásimov. AFP no pudo verificar de forma "
    "independiente.",
]


@pytest.mark.parametrize("text", UNVERIFIED, ids=[t[:30] for t in UNVERIFIED])
def test_unverified_applies_to_attributed_claims(text):
    c = only(text)
    assert c.attributed_to is not None
    assert c.unverified is True


def test_unattributed_claim_stays_verified_in_a_disclaiming_report():
    text = "Troops are 3 km from Toretsk. AFP could not independently verify the claims."
    assert only(text).unverified is False


# --------------------------------------------------------------------------- the AFP sample
@pytest.fixture(scope="module")
def sample_claims():
    return find_claims(SAMPLE)


def test_sample_language_and_spans(sample_claims):
    assert {c.lang for c in sample_claims} == {"id"}
    for c in sample_claims:
        check_spans(SAMPLE, c)


def test_sample_exactly_one_distance(sample_claims):
    [d] = [c for c in sample_claims if c.claim == "distance"]
    assert d.raw == "sekitar 15 kilometer (sembilan mil) dari kota"
    assert d.quote == "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota."
    assert (d.quantity, d.unit, d.bound, d.qualifier) == (15, "km", "about", "sekitar")
    assert (d.distance_m, d.min_m, d.max_m) == (15000, 12000, 18000)
    assert (d.alt_quantity, d.alt_unit) == (9, "mi")
    assert (d.anchor_text, d.anchor_ref) == ("kota", True)
    assert SAMPLE[d.anchor_start : d.anchor_end] == "kota"
    assert d.bearing_deg is None and d.sector_width_deg is None
    assert d.subject_text == "Pasukan Moskow"
    # Attribution is sentence-local: the sentence before says "Gerasimov mengatakan",
    # but this sentence is the wire's own statement.
    assert d.attributed_to is None
    assert d.unverified is False


def test_sample_directions(sample_claims):
    dirs = [c for c in sample_claims if c.claim == "direction"]
    assert [(c.raw, c.target_text, c.bearing_deg) for c in dirs] == [
        ("ke arah Sloviansk", "Sloviansk", None),
        ("ke arah Dnipropetrovsk", "Dnipropetrovsk", None),
        ("ke arah barat", None, 270.0),
    ]
    # "Gerasimov mengatakan …" and "Panglima militer juga mengatakan …" (the title that
    # introduces Gerasimov in the first sentence)
    assert [c.attributed_to for c in dirs] == ["Gerasimov", "Gerasimov", None]
    assert [c.unverified for c in dirs] == [True, True, False]
    assert dirs[0].subject_text == "pasukan Moskow"


def test_sample_one_count_claimed_twice(sample_claims):
    counts = [c for c in sample_claims if c.claim == "count"]
    assert [(c.raw, c.count, c.count_noun) for c in counts] == [
        ("selusin desa", 12, "desa"),
        ("12 pemukiman", 12, "pemukiman"),
    ]
    assert [c.attributed_to for c in counts] == ["Gerasimov", "Gerasimov"]
    assert all(c.unverified for c in counts)
    assert all(c.region_text is None for c in counts)  # "wilayah timur" names no region
    first = sample_claims.index(counts[0])
    assert counts[0].same_as is None
    assert counts[1].same_as == first


def test_sample_no_claims_from_durations_or_dates(sample_claims):
    for c in sample_claims:
        for phrase in ("empat tahun", "dua minggu", "2014", "Februari"):
            assert phrase not in c.raw
    # "sembilan mil" is only the conversion inside the one distance claim
    assert [c.claim for c in sample_claims if "sembilan mil" in c.raw] == ["distance"]
    assert len(sample_claims) == 6  # 1 distance, 3 directions, 2 counts (one claim)


# --------------------------------------------------------------------------- numbers
NUMBERS = [
    ("13,6", None, 13.6), ("13.6", None, 13.6), ("1,500", "en", 1500), ("1,500", None, 1500),
    ("1 500", None, 1500), ("1.500", "de", 1500), ("1,5", "de", 1.5), ("15-20", None, 17.5),
    ("nine", "en", 9), ("twenty-five", "en", 25), ("one hundred and twenty", "en", 120),
    ("a dozen", "en", 12), ("two dozen", "en", 24),
    ("sembilan", "id", 9), ("dua belas", "id", 12), ("dua puluh lima", "id", 25),
    ("seratus", "id", 100), ("dua ratus lima puluh", "id", 250), ("selusin", "id", 12),
    ("п'ятнадцять", "uk", 15), ("п’ятнадцяти", "uk", 15), ("двох", "uk", 2),
    ("двадцять п'ять", "uk", 25), ("сто двадцять", "uk", 120), ("дюжина", "uk", 12),
    ("пятнадцать", "ru", 15), ("пятнадцати", "ru", 15), ("двух", "ru", 2),
    ("сорок два", "ru", 42), ("дюжину", "ru", 12),
    ("zwölf", "de", 12), ("fünfundzwanzig", "de", 25), ("hundertzwanzig", "de", 120),
    ("ein Dutzend", "de", 12), ("einundzwanzig", "de", 21),
    ("quinze", "fr", 15), ("vingt et un", "fr", 21), ("soixante-dix", "fr", 70),
    ("quatre-vingt-dix", "fr", 90), ("une douzaine", "fr", 12), ("cent vingt", "fr", 120),
    ("quince", "es", 15), ("treinta y cinco", "es", 35), ("veinticinco", "es", 25),
    ("ciento veinte", "es", 120), ("una docena", "es", 12), ("cien", "es", 100),
]  # fmt: skip


@pytest.mark.parametrize("text, lang, value", NUMBERS, ids=[f"{n[1]}-{n[0]}" for n in NUMBERS])
def test_parse_number(text, lang, value):
    assert parse_number(text, lang) == pytest.approx(value)


@pytest.mark.parametrize("text", ["Sloviansk", "", "two three", "twenty twenty", "km"])
def test_parse_number_rejects(text):
    assert parse_number(text, "en") is None


def test_parse_number_without_language_tries_all():
    assert parse_number("п'ятнадцять") == 15
    assert parse_number("selusin") == 12
    assert parse_number("Dutzend") == 12


def test_parse_quantity_range():
    assert parse_quantity("10–15") == (10, 15)
    assert parse_quantity("dua belas", "id") == (12, 12)
    assert parse_quantity("nope") is None


def test_claimspan_validates():
    with pytest.raises(ValueError, match="claim must be"):
        ClaimSpan(claim="speed", raw="", start=0, end=0, sentence_start=0, sentence_end=0, quote="")
    with pytest.raises(ValueError, match="bound must be"):
        ClaimSpan(
            claim="distance", raw="", start=0, end=0, sentence_start=0, sentence_end=0,
            quote="", bound="roughly",
        )  # fmt: skip
