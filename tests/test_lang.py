"""Language guess: script, letters, function words."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from geofront.lang import LanguageGuess, detect_language

SAMPLE = (Path(__file__).parent / "data" / "afp-gerasimov-2026-02-id.txt").read_text("utf-8")

SNIPPETS = [
    ("Russian forces are about 10 miles north of Sloviansk, the General Staff said.", "en"),
    ("Ukraine said it had retaken the village after a week of fighting.", "en"),
    ("Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota.", "id"),
    ("Gerasimov mengatakan pasukan Moskow bergerak ke arah Sloviansk.", "id"),
    ("До адмінмеж міста лишається близько 2 кілометрів.", "uk"),
    ("Російські війська перебувають за 15 кілометрів на північний схід від Покровська.", "uk"),
    ("Ворог просувається у напрямку Покровська, заявив Сирський.", "uk"),
    ("Российские войска находятся в 15 км от города.", "ru"),
    ("Армия продвигается в направлении Покровска, сообщил Герасимов.", "ru"),
    ("Войска заняли более пятнадцати населённых пунктов.", "ru"),
    ("Die Truppen stehen etwa 15 Kilometer südöstlich der Stadt.", "de"),
    ("Laut dem Generalstab rückten die Truppen in Richtung Pokrowsk vor.", "de"),
    ("Les forces russes sont à une quinzaine de kilomètres au nord de la ville.", "fr"),
    ("Selon l'état-major, les troupes avancent en direction de Kramatorsk.", "fr"),
    ("Las tropas rusas están a unos 15 kilómetros al sureste de la ciudad.", "es"),
    ("Según el Ministerio de Defensa, Rusia avanza hacia Pokrovsk.", "es"),
]


@pytest.mark.parametrize("text, lang", SNIPPETS, ids=[f"{code}-{t[:25]}" for t, code in SNIPPETS])
def test_detects_language(text, lang):
    guess = detect_language(text)
    assert guess.lang == lang
    assert 0.45 <= guess.confidence <= 1.0
    assert max(guess.scores, key=guess.scores.get) == lang
    assert sum(guess.scores.values()) == pytest.approx(1.0)


def test_sample_report_is_indonesian_with_high_confidence():
    guess = detect_language(SAMPLE)
    assert guess.lang == "id"
    assert guess.confidence > 0.9


@pytest.mark.parametrize("text", ["", "15 km", "Sloviansk", "2026-02-15", "M14"])
def test_unsure_when_there_is_no_evidence(text):
    guess = detect_language(text)
    assert guess.lang is None
    assert guess.confidence < 0.45


def test_min_confidence_is_a_parameter():
    text = "Sloviansk from"  # one weak English word
    assert detect_language(text).lang is None
    assert detect_language(text, min_confidence=0.0).lang == "en"


def test_ukrainian_and_russian_are_told_apart_by_letters():
    assert detect_language("Війська біля міста").lang == "uk"  # і, ї
    assert detect_language("Войска были у города, это ясно").lang == "ru"  # ы, э


def test_scores_only_for_the_script():
    scores = detect_language("Войска в 15 км от города.").scores
    assert scores["en"] == scores["id"] == scores["de"] == scores["fr"] == scores["es"] == 0


def test_language_guess_is_frozen_and_validated():
    g = detect_language("the city of the war")
    with pytest.raises(AttributeError):
        g.lang = "fr"  # type: ignore[misc]
    with pytest.raises(ValueError, match="confidence"):
        LanguageGuess("en", 1.5)
    with pytest.raises(ValueError, match="unknown language"):
        LanguageGuess("pl", 0.5)


def test_fast_enough_for_a_report():
    text = (SAMPLE * 3)[:5000]
    detect_language(text)
    t0 = time.perf_counter()
    for _ in range(20):
        detect_language(text)
    per_call = (time.perf_counter() - t0) / 20
    assert per_call < 0.05  # generous; measured < 1 ms
