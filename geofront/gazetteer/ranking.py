"""Scoring gazetteer candidates, with the reasons behind each score.

A candidate's score (0 … 1) adds three parts:

``match`` (weight 0.5)
    How the query met the name: the primary name exactly (1.0), an alternate
    or historical name (0.95), a region named after its chief city
    (0.85), a transliteration variant (0.8), a Slavic case form (0.76).
``prominence`` (weight 0.3)
    Countries 1.0, first-level regions and named regions (Donbas, the Middle East)
    0.75, second-level units 0.55 (up to 0.6 by population: the most populous
    of 23 Jackson Counties first); settlements by population
    (log scale) and by how many names the world has for them (a proxy for how
    often they are written about: Bakhmut has dozens, a namesake village few).
``context`` (weight 0.25)
    Neutral (0.5) without hints; ``country=`` (1 or 0) and ``near=``
    (decaying with geodesic distance, half at ~200 km) move it.

Entries a user adds count as fully prominent and win ties: the user added
them to be found. A region cue in the query ("Donetsk Oblast", "wilayah Donetsk") halves the
score of anything that is not a region, so the oblast outranks the city.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

__all__ = ["MATCH_QUALITY", "PRIMARY_VARIANT_BONUS", "Bias", "score_candidate"]

#: (form, origin) -> quality of the match.
MATCH_QUALITY: dict[tuple[str, str], float] = {
    ("fold", "primary"): 1.0,
    ("fold", "alternate"): 0.95,
    ("fold", "historical"): 0.95,
    ("fold", "namesake"): 0.85,
    ("loose", "primary"): 0.9,
    ("loose", "alternate"): 0.88,
    ("loose", "historical"): 0.88,
    ("loose", "namesake"): 0.8,
    ("translit", "primary"): 0.84,
    ("translit", "historical"): 0.82,
    ("translit", "alternate"): 0.82,
    ("translit", "namesake"): 0.76,
    ("stem", "primary"): 0.86,
    ("stem", "alternate"): 0.85,
    ("stem", "historical"): 0.85,
    ("stem", "namesake"): 0.78,
    ("prefix", "primary"): 0.85,
    ("prefix", "alternate"): 0.85,
    ("prefix", "historical"): 0.85,
    ("prefix", "namesake"): 0.82,
}
#: Added to the match quality when the query is also the primary name in
#: another spelling or script ("Слов'янськ" for "Slovyansk"): it is then that
#: place's own name, not a name it once had or shares.
PRIMARY_VARIANT_BONUS = 0.05
_KIND_PROMINENCE = {"country": 1.0, "admin1": 0.75, "admin2": 0.55, "region": 0.75}
_W_MATCH, _W_PROMINENCE, _W_CONTEXT = 0.5, 0.3, 0.25
_AREA_POP_BONUS = 0.05
_NEAR_HALF_M = 200_000.0
_FORM_WORDS = {
    "loose": "spelling variant of",
    "translit": "transliteration variant of",
    "stem": "inflected form of",
    "prefix": "regional form of",
}


@dataclass(frozen=True, slots=True)
class Bias:
    """Context that moves scores: a country, a point, a region cue, a user entry."""

    country: str | None = None
    near: tuple[float, float] | None = None
    wants_region: bool = False


def _prominence(kind: str, population: int, n_names: int) -> float:
    if kind == "admin2" and population > 0:
        # counties of one name: the more populous first, a tie-break only
        return _KIND_PROMINENCE[kind] + _AREA_POP_BONUS * min(1.0, math.log10(population) / 7.0)
    if kind in _KIND_PROMINENCE:
        return _KIND_PROMINENCE[kind]
    pop = min(1.0, math.log10(max(population, 0) + 1) / 7.0)
    fame = min(1.0, math.log1p(max(n_names, 0)) / math.log1p(80))
    if kind == "settlement":
        return 0.65 * pop + 0.35 * fame
    return 0.25 + 0.25 * fame


def score_candidate(
    *,
    form: str,
    origin: str,
    kind: str,
    population: int,
    n_names: int,
    country_code: str | None,
    distance_m: float | None,
    bias: Bias,
    user: bool = False,
    primary_variant: bool = False,
) -> tuple[float, tuple[str, ...]]:
    """Score one candidate and say why.

    Parameters
    ----------
    form, origin : str
        How the name matched (see :mod:`geofront.gazetteer.store`), or
        ``form="prefix"`` for vernacular region forms.
    kind, population, n_names, country_code
        The candidate's attributes.
    distance_m : float or None
        Geodesic distance to ``bias.near``, when given.
    bias : Bias
        The query's context.
    user : bool
        True for entries added with :meth:`Gazetteer.add`; they win ties.
    primary_variant : bool
        The query is also a spelling of the candidate's primary name.

    Returns
    -------
    score : float
        In [0, 1].
    why : tuple of str
        The reasons, most important first.

    Examples
    --------
    >>> score, why = score_candidate(form="fold", origin="primary", kind="settlement",
    ...     population=60_127, n_names=19, country_code="UA", distance_m=None,
    ...     bias=Bias(country="UA"))
    >>> round(score, 3), why[0]
    (0.909, 'primary name')
    """
    quality = MATCH_QUALITY[(form, origin)]
    why = [f"{origin} name" if form == "fold" else f"{_FORM_WORDS[form]} {origin} name"]
    if primary_variant and origin != "primary":
        quality = min(1.0, quality + PRIMARY_VARIANT_BONUS)
        why.append("also a spelling of the primary name")
    # A user's own entry is as prominent as anything: they added it to be found.
    prominence = 1.0 if user else _prominence(kind, population, n_names)
    if kind == "settlement":
        why.append(f"population {population:,}" if population else "population unknown")
    else:
        why.append(kind)

    context_parts: list[float] = []
    if bias.country:
        same = (country_code or "").upper() == bias.country.upper()
        # another country is not "outside" the focus country the way a town is:
        # "Egypt" in a US report is Egypt, not the hamlet of Egypt, Pennsylvania
        context_parts.append(1.0 if same else (0.5 if kind == "country" else 0.0))
        why.append(f"in {bias.country.upper()}" if same else f"not in {bias.country.upper()}")
    if bias.near is not None and distance_m is not None:
        context_parts.append(0.5 ** (distance_m / _NEAR_HALF_M))
        why.append(f"{distance_m / 1000:,.0f} km from the context point")
    context = sum(context_parts) / len(context_parts) if context_parts else 0.5

    score = _W_MATCH * quality + _W_PROMINENCE * prominence + _W_CONTEXT * context
    score /= _W_MATCH + _W_PROMINENCE + _W_CONTEXT
    if bias.wants_region:
        if kind in ("admin1", "admin2", "region"):
            why.append("the query names a region")
        elif kind != "country":
            score *= 0.5
            why.append("the query names a region, this is not one")
    if user:
        score = min(1.0, score + 0.02)
        why.append("added by the user")
    return min(1.0, max(0.0, score)), tuple(why)
