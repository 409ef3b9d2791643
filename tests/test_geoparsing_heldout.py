"""The held-out set (benchmarks/data/heldout_reports.jsonl): well-formed and consistent.

Integrity only, no score floor: the set is for reporting how geofront
generalises, and must not become a target that rules are tuned against.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from geofront import Gazetteer
from tests.conftest import load_script, read_jsonl

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "benchmarks" / "data"
HELDOUT = DATA / "heldout_reports.jsonl"
DEV = DATA / "dev_reports.jsonl"
LANGS = {"en", "id", "uk", "ru", "de", "fr", "es"}
BOUNDS = {"about", "exact", "at_most", "at_least", "range"}


@pytest.fixture(scope="module")
def rows() -> list[dict]:
    return read_jsonl(HELDOUT)


def test_size_languages_and_conflicts(rows: list[dict]) -> None:
    assert len(rows) >= 84
    counts = Counter(r["lang"] for r in rows)
    assert set(counts) == LANGS
    assert min(counts.values()) >= 12
    assert len({r["id"] for r in rows}) == len(rows)
    gaz = Gazetteer.default()
    seen = {
        gaz.get(p["geonameid"]).country_code
        for r in rows
        for p in r["places"]
        if p["geonameid"] is not None
    }
    assert {"UA", "RU"} <= seen
    assert len(seen & {"SD", "CD", "LB", "IL", "PS", "SY", "MM", "ML", "BF", "YE"}) >= 3


def test_offsets_ids_and_coordinates(rows: list[dict]) -> None:
    gaz = Gazetteer.default()
    for r in rows:
        text = r["text"]
        spans = sorted((p["start"], p["end"]) for p in r["places"])
        for (_, e0), (s1, _) in zip(spans, spans[1:], strict=False):
            assert e0 <= s1, (r["id"], spans)  # no overlapping gold spans
        for p in r["places"]:
            assert 0 <= p["start"] < p["end"] <= len(text)
            assert text[p["start"] : p["end"]] == p["surface"], (r["id"], p)
            assert "[" not in p["surface"] and "|" not in p["surface"]
            if p["geonameid"] is None:
                assert p["lon"] is None and p["lat"] is None
                continue
            place = gaz.get(p["geonameid"])
            assert place is not None, (r["id"], p)
            assert place.lon == pytest.approx(p["lon"]) and place.lat == pytest.approx(p["lat"])
        assert "[" not in text and "|" not in text, r["id"]  # no markup left over


def test_claims_reference_marked_anchors(rows: list[dict]) -> None:
    gaz = Gazetteer.default()
    with_claims = 0
    for r in rows:
        marked = {p["geonameid"] for p in r["places"]}
        with_claims += bool(r["claims"])
        for c in r["claims"]:
            assert c["kind"] == "distance"
            assert c["distance_m"] > 0
            assert c["bearing_deg"] is None or 0 <= c["bearing_deg"] < 360
            assert c["bound"] in BOUNDS
            assert c["anchor_geonameid"] in marked, (r["id"], c)
            anchor = gaz.get(c["anchor_geonameid"])
            assert anchor is not None
            assert anchor.lon == pytest.approx(c["anchor_lon"])
            assert anchor.lat == pytest.approx(c["anchor_lat"])
    assert 0.3 <= with_claims / len(rows) <= 0.5  # about 40 % of snippets carry a claim


def test_no_snippet_shared_with_the_dev_set(rows: list[dict]) -> None:
    dev_texts = {r["text"] for r in read_jsonl(DEV)}
    assert not dev_texts & {r["text"] for r in rows}


def test_builder_reproduces_the_file(rows: list[dict]) -> None:
    module = load_script(DATA / "build_heldout_reports.py", "build_heldout_reports")
    assert module.build() == rows


def test_harness_loads_the_set_like_the_dev_set() -> None:
    module = load_script(ROOT / "benchmarks" / "geoparsing.py", "geoparsing_harness_heldout")
    assert module.HELDOUT_SET == HELDOUT
    assert module.SCHEMA_ROLES["heldout"] == module.SCHEMA_ROLES["dev"]
    articles = module.load_dev(HELDOUT)
    assert len(articles) == len(read_jsonl(HELDOUT))
    assert all(a.claims is not None for a in articles)
