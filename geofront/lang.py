"""Guess the language of a report: en, id, uk, ru, de, fr or es.

The guess uses three kinds of evidence, all cheap:

1. **Script.** Cyrillic letters make it uk or ru; Latin letters one of the other five.
2. **Letters.** і ї є ґ are Ukrainian, ы э ъ ё Russian; ä ö ü ß German; ñ ¿ ¡ Spanish;
   è ê ç œ French.
3. **Words and affixes.** Frequent function words per language, each weighted by how
   many languages share it, and Indonesian affixes (-kan, -nya, meng-, ber-).
4. **Missing letters.** A Cyrillic text of some length without any і ї є ґ is
   Russian evidence; one without ы э ъ ё is (weaker) Ukrainian evidence.

Scores are normalised to sum to one; ``confidence`` is the winner's share scaled
down when there is little evidence. Below ``min_confidence`` the guess is reported
as ``lang=None`` ("unsure") while ``scores`` still show the ranking.

Examples
--------
>>> from geofront.lang import detect_language
>>> detect_language("Pasukan Moskow berada sekitar 15 kilometer dari kota.").lang
'id'
>>> detect_language("до адмінмеж міста лишається близько 2 кілометрів").lang
'uk'
>>> detect_language("15 km").lang is None
True
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from geofront.lexicon import LANGS

__all__ = ["LanguageGuess", "detect_language", "STOPWORDS"]


@dataclass(frozen=True)
class LanguageGuess:
    """The language of a text, with how sure the guess is.

    Parameters
    ----------
    lang : str or None
        ISO 639-1 code of the best language, or None when unsure.
    confidence : float
        0..1; the best language's share of the evidence, damped for short texts.
    scores : Mapping[str, float]
        Normalised score per language (sums to 1 when there was any evidence).
    """

    lang: str | None
    confidence: float
    scores: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be in 0..1, got {self.confidence!r}")
        if self.lang is not None and self.lang not in LANGS:
            raise ValueError(f"unknown language {self.lang!r}; expected one of {LANGS}")


#: Frequent function words per language (lower case).
STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(
        "the of and to in a is was that for on with as by it at from said were are has "
        "have had this be not which its their but or an he they will been would after "
        "about than".split()
    ),
    "id": frozenset(
        "yang dan di ke dari ini itu dengan untuk pada dalam tidak adalah akan oleh "
        "sebagai juga kata telah bahwa mereka atau karena saat namun para sebuah secara "
        "menurut sudah belum dapat lebih mengatakan tersebut hal sekitar wilayah".split()
    ),
    "uk": frozenset(
        "і й та що на в у з із не до від як це за про але його її їх був була було "
        "були також які який яка під після через вже ще між щоб тому зокрема понад "
        "близько заявив міста".split()
    ),
    "ru": frozenset(
        "и в во не на что с со как а то по это он она к но от из у за о об для был "
        "была было были также который которые после уже ещё еще между чтобы около "
        "заявил сообщил более города".split()
    ),
    "de": frozenset(
        "der die das und in zu den von mit ist des sich auf für nicht ein eine dem im "
        "auch es an als nach wie bei aus sind wurde werden hat haben oder aber vom zum "
        "zur laut sagte dass".split()
    ),
    "fr": frozenset(
        "le la les de des du et en un une est que qui dans pour pas sur au aux par il "
        "elle ne se ce cette sont avec a été selon plus ont mais d l qu".split()
    ),
    "es": frozenset(
        "el la los las de del y en que un una por con no es se para al lo como más su "
        "sus pero fue han ha este esta según sobre entre desde también dijo hacia".split()
    ),
}

_WORD_WEIGHT: dict[str, dict[str, float]] = {}
for _lang, _words in STOPWORDS.items():
    for _w in _words:
        _WORD_WEIGHT.setdefault(_w, {})[_lang] = 1.0
for _w, _langs in _WORD_WEIGHT.items():
    _share = 1.0 / len(_langs)
    for _lang in _langs:
        _langs[_lang] = _share

_LETTERS: dict[str, tuple[str, float]] = {
    "uk": ("іїєґ", 0.6),
    "ru": ("ыэъё", 0.6),
    "de": ("äöüß", 0.4),
    "fr": ("èêçœùûîôëâ", 0.4),
    "es": ("ñ¿¡", 1.0),
}
_ES_ACCENTS = ("áíóú", 0.2)  # also French/others, weakly Spanish

_TOKEN = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[a-zA-Z\u00c0-\u024f]")
_ID_PREFIXES = ("meng", "meny", "memb", "memp", "ber", "ter", "per")
_ID_SUFFIXES = ("kan", "nya")

#: Evidence (weighted words) needed before the guess is trusted at full confidence.
_SATURATION = 4.0


def detect_language(text: str, *, min_confidence: float = 0.45) -> LanguageGuess:
    """Guess which of en, id, uk, ru, de, fr, es a text is written in.

    Parameters
    ----------
    text : str
        Any text; only its first 20,000 characters are read.
    min_confidence : float, default 0.45
        Below this the result has ``lang=None`` (unsure); ``scores`` are still filled.

    Returns
    -------
    LanguageGuess

    Examples
    --------
    >>> g = detect_language("Russian forces are about 10 miles north of Sloviansk, he said.")
    >>> g.lang, g.confidence > 0.8
    ('en', True)
    >>> detect_language("Российские войска находятся в 15 км от города.").lang
    'ru'
    >>> detect_language("Die Truppen stehen etwa 15 Kilometer südöstlich der Stadt.").lang
    'de'
    """
    sample = text[:20_000].lower()
    scores = dict.fromkeys(LANGS, 0.0)
    n_cyr = len(_CYRILLIC.findall(sample))
    n_lat = len(_LATIN.findall(sample))
    if n_cyr == 0 and n_lat == 0:
        return LanguageGuess(None, 0.0, MappingProxyType(scores))
    cyrillic = n_cyr > n_lat
    allowed = ("uk", "ru") if cyrillic else ("en", "id", "de", "fr", "es")

    for tok in _TOKEN.findall(sample):
        weights = _WORD_WEIGHT.get(tok)
        if weights:
            for lang, w in weights.items():
                scores[lang] += w
        elif (
            not cyrillic
            and len(tok) >= 6
            and (tok.endswith(_ID_SUFFIXES) or tok.startswith(_ID_PREFIXES))
        ):
            scores["id"] += 0.3
    for lang, (letters, weight) in _LETTERS.items():
        hits = sum(sample.count(c) for c in letters)
        scores[lang] += weight * hits
    scores["es"] += _ES_ACCENTS[1] * sum(sample.count(c) for c in _ES_ACCENTS[0])
    # a Ukrainian apostrophe inside a Cyrillic word (п'ять, з'явився)
    if cyrillic:
        scores["uk"] += 0.6 * len(re.findall(r"[бвмпф]['’ʼ][яюєї]", sample))
        # і/ї/є make up ~7 % of Ukrainian letters: their absence is Russian evidence,
        # and (more weakly, ы/э/ъ/ё being rarer) the reverse
        if not any(c in sample for c in "іїєґ"):
            scores["ru"] += min(4.0, n_cyr / 25)
        if not any(c in sample for c in "ыэъё"):
            scores["uk"] += min(2.0, n_cyr / 60)

    for lang in LANGS:
        if lang not in allowed:
            scores[lang] = 0.0
    total = sum(scores.values())
    if total <= 0:
        return LanguageGuess(None, 0.0, MappingProxyType(scores))
    norm = {lang: s / total for lang, s in scores.items()}
    best = max(norm, key=norm.__getitem__)
    confidence = norm[best] * min(1.0, total / _SATURATION)
    lang = best if confidence >= min_confidence else None
    return LanguageGuess(lang, round(confidence, 4), MappingProxyType(norm))
