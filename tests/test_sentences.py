"""Sentence spans: abbreviations, quotes, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest

from geofront.sentences import split_sentences

SAMPLE = (Path(__file__).parent / "data" / "afp-gerasimov-2026-02-id.txt").read_text("utf-8")


def sents(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


CASES = [
    (
        "Gen. Syrskyi said it. Troops are 15 km. from the city.",
        ["Gen. Syrskyi said it.", "Troops are 15 km. from the city."],
    ),
    ("Troops are 15 km. The city is quiet.", ["Troops are 15 km.", "The city is quiet."]),
    ("Lt. Col. Ivan Petrov spoke. He left.", ["Lt. Col. Ivan Petrov spoke.", "He left."]),
    ("President V. Putin spoke. He left.", ["President V. Putin spoke.", "He left."]),
    (
        "Війська за 10 км від м. Покровськ. У 2014 р. Росія напала.",
        ["Війська за 10 км від м. Покровськ.", "У 2014 р. Росія напала."],
    ),
    ("Згідно зі ст. 5 договору. Далі.", ["Згідно зі ст. 5 договору.", "Далі."]),
    (
        "В 2014 г. Россия аннексировала Крым. Это факт.",
        ["В 2014 г. Россия аннексировала Крым.", "Это факт."],
    ),
    ("Das sagte er z.B. gestern. Dann ging er.", ["Das sagte er z.B. gestern.", "Dann ging er."]),
    (
        "“Dalam dua minggu, pasukan membebaskan 12 pemukiman,” kata Gerasimov. AFP tidak dapat.",
        [
            "“Dalam dua minggu, pasukan membebaskan 12 pemukiman,” kata Gerasimov.",
            "AFP tidak dapat.",
        ],
    ),
    (
        "“We took it. It was hard,” he said. Then he left.",
        ["“We took it. It was hard,” he said.", "Then he left."],
    ),
    (
        "«Мы взяли село. Это важно», — заявил он. Потом ушёл.",
        ["«Мы взяли село. Это важно», — заявил он.", "Потом ушёл."],
    ),
    (
        "„Wir haben es. Es war schwer“, sagte er. Dann ging er.",
        ["„Wir haben es. Es war schwer“, sagte er.", "Dann ging er."],
    ),
    ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
    ("The value is 13.6 km. Good.", ["The value is 13.6 km.", "Good."]),
    ("First paragraph\n\nSecond paragraph", ["First paragraph", "Second paragraph"]),
    (
        "A hard-wrapped line of a long report that goes on and on and on and\ncontinues here.",
        ["A hard-wrapped line of a long report that goes on and on and on and\ncontinues here."],
    ),
    ("HEADLINE\nBody text here.", ["HEADLINE", "Body text here."]),
    ("An unclosed “quote. Next sentence.", ["An unclosed “quote.", "Next sentence."]),
    ("   ", []),
    ("", []),
]


@pytest.mark.parametrize("text, expected", CASES, ids=[c[0][:30] for c in CASES])
def test_split(text, expected):
    assert sents(text) == expected


def test_spans_are_ordered_trimmed_and_disjoint():
    spans = split_sentences(SAMPLE)
    for (_, e0), (s1, _) in zip(spans, spans[1:], strict=False):
        assert e0 <= s1
    for s, e in spans:
        assert SAMPLE[s:e] == SAMPLE[s:e].strip()


def test_sample_report():
    out = sents(SAMPLE)
    assert out[0].startswith("Panglima militer Rusia Valery Gerasimov")
    assert out[0].endswith("kata kementerian pertahanan pada Minggu.")
    assert "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota." in out
    assert "AFP tidak dapat memverifikasi klaim ini secara independen." in out
    quote = [s for s in out if s.startswith("“Dalam dua minggu")]
    assert quote == [
        "“Dalam dua minggu di bulan Februari, meskipun kondisi musim dingin parah, pasukan "
        "gabungan dan device militer dari gugus tugas gabungan membebaskan 12 pemukiman,” "
        "kata Gerasimov."
    ]
    # the photo caption keeps its credit
    assert any(s.endswith("di Kyiv. (AFP)") for s in out)
    assert out[-1] == "Tautan Sumber"
    assert len(out) == 16
