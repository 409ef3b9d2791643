"""One contract every gazetteer backend passes (bundled, GeoNames dumps, a user's table).

Each backend is built from real data: the bundled index, the GeoNames-format
fixture in tests/data/geonames (real GeoNames rows, see
tools/make_geonames_fixture.py) and a table of real places.
"""

from __future__ import annotations

import pandas as pd
import pytest

import geofront as gf
from tests.conftest import DATA, distance_km

SLOVIANSK = (37.597, 48.850)
BAKHMUT = (37.999, 48.594)


def _table() -> gf.Gazetteer:
    frame = pd.DataFrame(
        {
            "name": ["Sloviansk", "Bakhmut", "Pokrovsk", "Pokrovsk", "Donetsk Oblast"],
            "aliases": [
                "Slovyansk|Слов'янськ|Славянск",
                ["Artemivsk", "Артемовск", "Бахмут"],
                "Покровськ|Krasnoarmiisk",
                "Покровск",
                ["Донецька область"],
            ],
            "kind": ["settlement", "settlement", "settlement", "settlement", "admin1"],
            "country": ["UA", "UA", "UA", "RU", "UA"],
            "population": [105_141, 80_500, 60_127, 9_763, 0],
            "lon": [37.59739, 37.99886, 37.17706, 129.13864, 37.8],
            "lat": [48.84974, 48.59419, 48.28014, 61.47923, 48.0],
        }
    )
    return gf.Gazetteer.from_dataframe(
        frame,
        aliases_col="aliases",
        kind_col="kind",
        country_col="country",
        population_col="population",
    )


def _geonames(tmp_path_factory) -> gf.Gazetteer:
    path = tmp_path_factory.mktemp("gn") / "index.sqlite"
    return gf.Gazetteer.from_geonames(
        DATA / "geonames" / "UA-sample.txt",
        alternate_names=DATA / "geonames" / "alternateNamesV2-sample.txt",
        path=path,
    )


@pytest.fixture(scope="module", params=["bundled", "geonames", "table"])
def backend(request, tmp_path_factory):
    if request.param == "bundled":
        return gf.Gazetteer.default().copy()
    if request.param == "geonames":
        return _geonames(tmp_path_factory)
    return _table()


@pytest.mark.parametrize(
    "query", ["Sloviansk", "Слов'янськ", "SLOVYANSK", "Славянск", "Slov'yansk"]
)
def test_spellings_find_the_same_place(backend, query):
    place = backend.search(query)[0]
    assert distance_km((place.lon, place.lat), SLOVIANSK) < 5


def test_old_names_and_case_forms(backend):
    for query in ("Artemivsk", "Артемовск", "під Бахмутом"):
        place = backend.search(query, country="UA")[0]
        assert distance_km((place.lon, place.lat), BAKHMUT) < 5, query


def test_country_bias(backend):
    found = backend.search("Pokrovsk", country="UA")
    assert found[0].country_code == "UA"
    assert found[0].score >= max(p.score for p in found)
    ru = backend.search("Pokrovsk", country="RU")
    assert ru[0].country_code == "RU"


def test_results_are_places_with_scores(backend):
    found = backend.search("Pokrovsk", limit=3)
    assert 1 <= len(found) <= 3
    for place in found:
        assert isinstance(place, gf.Place)
        assert 0 <= place.score <= 1 and place.why and place.source
    assert backend.search("Pokrovsk", limit=1) == found[:1]


def test_kind_filter(backend):
    assert all(p.kind == "admin1" for p in backend.search("Донецька область", kind="admin1"))
    assert backend.search("Донецька область", kind="admin1")


def test_unknown_and_bad_input(backend):
    assert backend.search("Xqzvbnmw") == []
    assert backend.search("") == []
    with pytest.raises(TypeError):
        backend.search(None)


def test_add_wins(backend):
    gaz = backend.copy()
    mine = gaz.add("Sloviansk", lon=37.6, lat=48.86, country_code="UA", aliases=["Тор"])
    assert gaz.search("Sloviansk")[0] == mine
    assert gaz.search("Тор")[0] == mine
    assert backend.search("Sloviansk")[0] != mine


def test_attribution_and_size(backend):
    assert backend.attribution
    assert len(backend) >= 4
    assert repr(backend).startswith("<Gazetteer")
