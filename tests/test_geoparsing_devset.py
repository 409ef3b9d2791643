"""The multilingual dev set (benchmarks/data/dev_reports.jsonl): well-formed, and scored.

The scores are the harness's (benchmarks/geoparsing.py); the floors are the
measured values minus a small margin, so a change that loses accuracy fails here.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from geofront import Gazetteer
from tests.conftest import load_script, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "benchmarks" / "data" / "dev_reports.jsonl"
LANGS = {"en", "id", "uk", "ru", "de", "fr", "es"}

# measured on the committed set (see benchmarks/results/geoparsing.md), minus a margin
FLOOR_ALL = {"f1": 0.95, "acc10": 0.91, "claim_f1": 0.86}
FLOOR_LANG = {"f1": 0.90, "acc10": 0.84, "claim_f1": 0.50}


def _harness():
    return load_script(ROOT / "benchmarks" / "geoparsing.py", "geoparsing_harness")


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_jsonl(DEV)


def test_size_and_languages(rows: list[dict]) -> None:
    assert len(rows) >= 150
    counts = Counter(r["lang"] for r in rows)
    assert set(counts) == LANGS
    assert min(counts.values()) >= 20
    assert len({r["id"] for r in rows}) == len(rows)
    countries = {"SD", "MM", "PS"}  # Sudan, Myanmar, Gaza besides Ukraine/Russia
    gaz = Gazetteer.default()
    seen = {
        gaz.get(p["geonameid"]).country_code
        for r in rows
        for p in r["places"]
        if p["geonameid"] is not None
    }
    assert countries <= seen


def test_offsets_ids_and_claims_are_consistent(rows: list[dict]) -> None:
    gaz = Gazetteer.default()
    for r in rows:
        text = r["text"]
        for p in r["places"]:
            assert text[p["start"] : p["end"]] == p["surface"], (r["id"], p)
            if p["geonameid"] is None:
                assert p["lon"] is None and p["lat"] is None
                continue
            place = gaz.get(p["geonameid"])
            assert place is not None, (r["id"], p)
            assert place.lon == pytest.approx(p["lon"]) and place.lat == pytest.approx(p["lat"])
        for c in r["claims"]:
            assert c["distance_m"] > 0
            assert c["bearing_deg"] is None or 0 <= c["bearing_deg"] < 360
            assert c["bound"] in {"about", "exact", "at_most", "at_least", "range"}
            anchor = gaz.get(c["anchor_geonameid"])
            assert anchor is not None
            assert anchor.lon == pytest.approx(c["anchor_lon"])
            assert anchor.lat == pytest.approx(c["anchor_lat"])


def test_scores_stay_above_the_measured_floor() -> None:
    h = _harness()
    articles = h.load_dev(DEV)
    outs = h.run(articles, with_claims=True, roles=h.SCHEMA_ROLES["dev"])
    per = [h.score_article(a, o) for a, o in zip(articles, outs, strict=True)]
    total = h.Scores()
    by_lang: dict[str, object] = {}
    for art, s in zip(articles, per, strict=True):
        total.add(s)
        by_lang.setdefault(art.lang, h.Scores()).add(s)

    def check(s, floor, label):
        assert s.f1 >= floor["f1"], (label, "F1", s.f1)
        assert s.acc(10.0) >= floor["acc10"], (label, "acc@10 km", s.acc(10.0))
        assert s.claim_prf()[2] >= floor["claim_f1"], (label, "claim F1", s.claim_prf())

    check(total, FLOOR_ALL, "all")
    for lang, s in by_lang.items():
        check(s, FLOOR_LANG, lang)
