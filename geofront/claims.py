"""Find distance, direction and count claims in report text, with exact offsets.

This is the claim layer of the report reader: it reads raw text in English,
Indonesian, Ukrainian, Russian, German, French or Spanish and returns one
:class:`ClaimSpan` per claim. It does not resolve places: anchors, targets,
subjects and regions are returned as text spans for the gazetteer to resolve.
All word lists live in :mod:`geofront.lexicon`.

Rules
-----
Numbers
    Digits with either decimal separator ("13,6", "13.6"), thousands groups
    ("1,500", "1 500", "1.500" in decimal-comma languages), and number words in
    every supported language, including Slavic case forms ("п'ятнадцяти",
    "двух"), compounds ("fünfundzwanzig", "dua belas", "quatre-vingt-dix") and
    dozens ("a dozen", "selusin", "une douzaine"). See :func:`parse_number`.
Distance claims
    ``[qualifier] NUMBER [range] UNIT [(conversion)] [direction] [from/of] [anchor]``.
    A length becomes a distance claim only if it is tied to somewhere: a
    direction ("north of", "di tenggara", "на північ від", "südöstlich"), a
    connector followed by an anchor ("from Pokrovsk", "dari kota"), an "away"
    word ("15 km away"), or the Slavic "до X лишається N км" form. So "a crater
    seven metres deep", "2 km of territory", "2 km²", "15 km/h", "M14",
    "in 2014" and "the 93rd brigade" are not claims. A parenthetical or
    "or"-conversion ("15 kilometer (sembilan mil)") is part of the same claim
    (``alt_quantity``/``alt_unit``).
Bounds
    The qualifier right before the number sets ``bound``: about (±``about_frac``),
    exact (no qualifier; ±``exact_frac``, reported numbers are rounded), at_most
    (0 … d), at_least (d … ``at_least_factor`` × d), range ("10-15 km",
    "between 10 and 15 km": lo … hi). Approximate number nouns ("une quinzaine",
    "десяток") count as about.
Directions
    8-point names give a 45° sector, 16-point names ("north-northeast",
    "nordnordöstlich") 22.5°; both widths are parameters.
Anchors
    A named anchor is the run of 1–3 capitalised words after the connector
    (Latin or Cyrillic; a place-type abbreviation such as "м." is skipped). A
    referring expression ("the city", "kota", "міста", "города", "der Stadt",
    "la ville", "la ciudad") gives ``anchor_ref=True`` and covers that
    expression; "the city of X" / "kota X" is named X. A part of a place before
    the name ("the outskirts of X", "the centre of X", "pinggiran X",
    "до адмінмеж X", "от окраин X", "vom Stadtrand von X", "de la périphérie de
    X", "de las afueras de X") is measured from X; a part alone ("dari pusat
    kota", "from the city centre") is a reference. A route between the distance
    and its connector ("10 km across the river from X", "di seberang sungai")
    is part of the claim. The anchor may come first: "до X лишається N км",
    "до окраин X около N км", "bis X sind es noch N km", "hasta X quedan N km",
    "jarak ke X tinggal N km".
Front line
    A distance to the front line or the enemy's positions ("Kupiansk lies less
    than 8 km from the front line", "ist 8 Kilometer von der Front entfernt",
    "від міста до позицій ворога 4 км") is measured from the place it locates:
    the anchor is the subject (or the starting point, "від міста"), and
    ``to_front=True``. With no subject, the anchor is implicit.
Implicit anchors
    A direction or "away" with no anchor written ("about 100 km to the north",
    "etwa 10 Kilometer westlich vor", "10 km vers l'ouest") gives
    ``anchor_implicit=True``: the anchor is the most recent settlement named
    before the claim, other than the claim's subject (resolved later).
Subjects
    The located thing when named: an appositive name before the claim
    ("Zavitne, 22 km southeast of Pokrovsk") or the noun phrase before a
    locative or movement verb ("Russian forces are …", "Pasukan Moskow berada
    …", "pasukan Moskow bergerak ke arah …").
Direction of advance
    "toward(s) X", "ke arah X", "у напрямку X", "в направлении X", "in Richtung X",
    "en direction de X", "hacia X", and the Slavic "на Покровському напрямку".
    A compass target ("ke arah barat") gives ``bearing_deg`` and no target.
Counts
    NUMBER + settlement noun ("12 settlements", "selusin desa", "три населені
    пункти"), with the region when "in X region" / "di wilayah X" /
    "у X області" follows in the same sentence. Bare numbers of other things
    ("20 battalion tactical groups") are not claims.
Attribution
    Sentence-local. In order: the nearest reporting verb before the claim ("X
    said …", "Gerasimov mengatakan …"), an "according to X" anywhere in the
    sentence, then a reporting verb after it ("…,” kata Gerasimov"). When the
    verb has no subject of its own ("… dan mengatakan"), the speaker is a name
    already seen as a speaker in the report that appears earlier in the
    sentence; a title phrase ("Panglima militer") is resolved to the speaker it
    introduces elsewhere in the report. Claims are **not** attributed across
    sentences: "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari
    kota." follows "Gerasimov mengatakan …" but is the wire's own statement, so
    its ``attributed_to`` is None.
Unverified
    If the report says it could not independently verify ("tidak dapat
    memverifikasi", "не вдалося незалежно перевірити", …), every claim that is
    attributed to someone is ``unverified=True``.
Repeats
    A later claim that restates an earlier one (same kind, same value, same
    anchor/target/region and same speaker) keeps its own span and points to the
    first with ``same_as`` (an index into the returned list): in the AFP sample,
    "12 pemukiman" is ``same_as`` "selusin desa".

Examples
--------
>>> from geofront.claims import find_claims
>>> [c] = find_claims("Russian forces are about 10 miles north of Sloviansk.")
>>> c.claim, c.quantity, c.unit, c.bound, c.bearing_deg, c.anchor_text, c.subject_text
('distance', 10.0, 'mi', 'about', 0.0, 'Sloviansk', 'Russian forces')
>>> round(c.min_m), round(c.max_m)
(12875, 19312)
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from geofront import lexicon as lx
from geofront.lang import detect_language
from geofront.sentences import split_sentences

__all__ = [
    "ClaimSpan",
    "find_claims",
    "parse_number",
    "parse_quantity",
    "ABOUT_FRAC",
    "EXACT_FRAC",
    "AT_LEAST_FACTOR",
    "SECTOR_WIDTH_DEG",
    "SECTOR_WIDTH_16_DEG",
]

#: Default half-width of an "about" band, as a fraction of the distance.
ABOUT_FRAC = 0.2
#: Default half-width of an unqualified ("exact") band: reported numbers are rounded.
EXACT_FRAC = 0.1
#: Default outer edge of an "at least" band, as a multiple of the distance.
AT_LEAST_FACTOR = 1.5
#: Default sector width for 8-point compass names.
SECTOR_WIDTH_DEG = 45.0
#: Default sector width for 16-point compass names.
SECTOR_WIDTH_16_DEG = 22.5

CLAIM_KINDS = frozenset({"distance", "direction", "count"})
BOUNDS = frozenset({"about", "exact", "at_most", "at_least", "range"})
_DECIMAL_COMMA = frozenset({"id", "uk", "ru", "de", "fr", "es"})


@dataclass(frozen=True)
class ClaimSpan:
    """One claim found in a text, with the offsets of every part.

    All ``*_start``/``*_end`` pairs are character offsets into the text given to
    :func:`find_claims`; ``text[start:end] == raw``. Fields that do not apply to
    a claim kind are None.

    Parameters
    ----------
    claim : {"distance", "direction", "count"}
    raw, start, end : the matched text and its offsets (qualifier to anchor).
    sentence_start, sentence_end, quote : the sentence the claim is in.
    lang : the language whose grammar matched.
    quantity : the stated number in ``unit`` (midpoint for a range).
    quantity_low, quantity_high : the stated range ends (equal to quantity otherwise).
    unit : "km", "mi", "m" or "nmi".
    distance_m, min_m, max_m : the distance and its band in metres.
    bound : "about", "exact", "at_most", "at_least" or "range".
    qualifier : the qualifier words as written ("sekitar", "more than").
    alt_quantity, alt_unit : a conversion given in the same claim ("(sembilan mil)").
    bearing_deg, sector_width_deg, direction_text : compass direction, if any.
    anchor_text, anchor_start, anchor_end, anchor_ref : the place measured from;
        ``anchor_ref`` is True for "the city"/"kota"-style references.
    anchor_implicit : no anchor is written ("about 10 km to the west", "15 km away"):
        the anchor is the most recent settlement named before the claim, other than
        its subject. ``anchor_text`` is None.
    to_front : the distance is to the front line or the enemy's positions ("Kupiansk
        lies 8 km from the front line"); the anchor is then the located place, the
        claim's subject (or, with no subject, the most recent settlement).
    target_text, target_start, target_end : direction-of-advance target.
    count, count_noun : for count claims.
    region_text, region_start, region_end : the region a count is in.
    subject_text, subject_start, subject_end : what is located or moving.
    attributed_to : the speaker or organisation the claim is attributed to.
    unverified : the report says it could not verify claims it attributes.
    same_as : index (in the returned list) of an earlier claim this one repeats.
    """

    claim: str
    raw: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    quote: str
    lang: str | None = None
    quantity: float | None = None
    quantity_low: float | None = None
    quantity_high: float | None = None
    unit: str | None = None
    distance_m: float | None = None
    min_m: float | None = None
    max_m: float | None = None
    bound: str | None = None
    qualifier: str | None = None
    alt_quantity: float | None = None
    alt_unit: str | None = None
    bearing_deg: float | None = None
    sector_width_deg: float | None = None
    direction_text: str | None = None
    anchor_text: str | None = None
    anchor_start: int | None = None
    anchor_end: int | None = None
    anchor_ref: bool = False
    anchor_implicit: bool = False
    to_front: bool = False
    target_text: str | None = None
    target_start: int | None = None
    target_end: int | None = None
    count: int | None = None
    count_noun: str | None = None
    region_text: str | None = None
    region_start: int | None = None
    region_end: int | None = None
    subject_text: str | None = None
    subject_start: int | None = None
    subject_end: int | None = None
    attributed_to: str | None = None
    unverified: bool = False
    same_as: int | None = None

    def __post_init__(self) -> None:
        if self.claim not in CLAIM_KINDS:
            raise ValueError(f"claim must be one of {sorted(CLAIM_KINDS)}, got {self.claim!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}..{self.end}")
        if self.bound is not None and self.bound not in BOUNDS:
            raise ValueError(f"bound must be one of {sorted(BOUNDS)}, got {self.bound!r}")


# ============================================================================ patterns
_APOS = "['’ʼ`]"
_WORD = re.compile(r"[^\W\d_][\w'’ʼ`\-]*")
_NEXT_WORD = re.compile(r"[ \u00a0]+([^\W\d_][\w'’ʼ`\-]*)")
_TOKEN = re.compile(r"[^\W_][\w'’ʼ`\-]*")
_CAND = re.compile(r"(?<![\w.,/])\d|(?<![\w'’ʼ`])[^\W\d_]+")
_DIGITS = (
    r"(?:\d{1,2}/\d{1,2}(?!/)"  # a fraction: "1/2 mile"
    r"|\d{1,3}(?:(?:[ \u00a0\u202f]\d{3})+|(?:,\d{3}){2,}|(?:\.\d{3}){2,})(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?)(?![.,]?\d)"
)
_DIGITS_RE = re.compile(_DIGITS)
_SPACE = re.compile(r"\s+")
_UNVERIFIED = re.compile("|".join(lx.UNVERIFIED_PATTERNS), re.IGNORECASE)


def _phrase(p: str) -> str:
    """Regex for a lexicon phrase: any whitespace between words, any apostrophe."""
    out = []
    for ch in p:
        if ch == " ":
            out.append(r"\s+")
        elif ch == "'":
            out.append(_APOS)
        elif ch == "-":
            out.append(r"[-‐‑]")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    if p[0].isalnum():
        body = r"(?<!\w)" + body
    if p[-1].isalnum():
        body += r"(?!\w)"
    return body


def _alt(phrases) -> str:
    uniq = sorted(set(phrases), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(_phrase(p) for p in uniq) + ")" if uniq else "(?!)"


def _norm(s: str) -> str:
    return _SPACE.sub(" ", s.strip().lower().replace("’", "'").replace("ʼ", "'").replace("`", "'"))


@dataclass(frozen=True)
class _Grammar:
    """Compiled patterns for one language."""

    lang: str
    starts: frozenset[str]
    german: re.Pattern | None
    core: re.Pattern
    conv: re.Pattern
    tail: re.Pattern
    qual_back: re.Pattern
    ref: re.Pattern
    dim: re.Pattern
    count: re.Pattern
    advance: re.Pattern
    adv_compass: re.Pattern
    adv_adjectival: re.Pattern | None
    adv_named_adjectival: re.Pattern | None
    region_before: re.Pattern | None
    region_after: re.Pattern | None
    speech: re.Pattern
    according: re.Pattern
    first_words: dict[str, frozenset[str]]
    locative: re.Pattern
    pre_anchor: re.Pattern | None
    front: re.Pattern
    part: re.Pattern
    route: re.Pattern
    units: dict[str, str]
    directions: dict[str, float]
    qualifiers: dict[str, str]


def _first_words(phrases) -> frozenset[str]:
    """First letter-run of each phrase: where a full-text scan may start matching."""
    return frozenset(re.split(r"[^\w]", p.lower(), maxsplit=1)[0] for p in phrases)


_GERMAN_COMPOUND = (
    "(?:"
    + "|".join(re.escape(m) for m in sorted(lx.GERMAN_MORPHEMES, key=lambda s: (-len(s), s)))
    + ")+"
)


def _number_words_re(lang: str) -> str:
    words = set(lx.NUMBERS[lang]) | set(lx.MULTIPLIERS[lang]) | set(lx.TEENS.get(lang, {}))
    w = _alt(words)
    if lang == "de":
        w = rf"(?:{w}|(?<!\w){_GERMAN_COMPOUND}(?!\w))"
    joiners = lx.NUMBER_JOINERS[lang]
    join = r"(?:\s+|\s*[-‐‑]\s*)" + (
        "(?:" + _alt(joiners) + r"(?:\s+|\s*[-‐‑]\s*))?" if joiners else ""
    )
    return f"(?:{w}(?:{join}{w})*)"


@cache
def _grammar(lang: str) -> _Grammar:
    units = dict(lx.UNITS[lang])
    num = f"(?:{_DIGITS}|{_number_words_re(lang)})"
    # a unit may follow its number without a space ("160km", "2.5km")
    unit_re = _alt(units).replace(r"(?<!\w)", r"(?<![^\W\d_])")
    sep = r"(?:\s*[-–—‐]\s*|\s+" + _alt(lx.RANGE_SEPARATORS[lang]) + r"\s+)"
    of = r"(?:\s+(?:of|de)\s+|\s+d" + _APOS + r")?" if lang in ("fr", "es", "en") else ""
    core = re.compile(
        rf"(?P<n1>{num})(?:{sep}(?P<n2>{num}))?(?P<plus>\+)?{of}\s*(?P<unit>{unit_re})"
        r"(?![\w²³]|\s*/|\s*-\s*\w)",
        re.IGNORECASE,
    )
    conv_units = {**units, **lx.UNITS["en"]}
    conv = re.compile(
        rf"\s*\(\s*(?:{_alt(lx.QUALIFIERS[lang])}\s+)?(?P<cn>{num})\s*"
        rf"(?P<cu>{_alt(conv_units)})\s*\)"
        rf"|\s*,\s*(?:or|atau|або|или|oder|soit|o|ou)\s+(?P<cn2>{num})\s*"
        rf"(?P<cu2>{_alt(conv_units)}),?",
        re.IGNORECASE,
    )
    tail = re.compile(
        rf"(?:\s+(?P<trail>{_alt(lx.TRAILING_QUALIFIERS[lang])}))?"
        rf"(?:\s+(?P<away>{_alt(lx.AWAY_WORDS[lang])}))?"
        rf"(?:\s+(?P<via>{_alt(lx.ROUTE_WORDS[lang])}))?"
        rf"(?:\s*,?\s+(?P<dir>{_alt(lx.DIRECTIONS[lang])}))?"
        rf"(?:\s*(?P<conn>{_alt(lx.CONNECTORS[lang])}))?",
        re.IGNORECASE,
    )
    quals = dict(lx.QUALIFIERS[lang])
    prep = _alt(lx.NUMBER_PREPOSITIONS[lang]) if lx.NUMBER_PREPOSITIONS[lang] else None
    qual_back = re.compile(
        rf"(?:(?P<q>{_alt(quals)})|(?P<ro>{_alt(lx.RANGE_OPENERS[lang])}))"
        + (rf"(?:\s+{prep})?" if prep else "")
        + r"\s*$",
        re.IGNORECASE,
    )
    ref = re.compile(_alt(lx.REFERRING[lang]), re.IGNORECASE)
    dim = re.compile(r"\s*" + _alt(lx.DIMENSION_WORDS), re.IGNORECASE)
    nouns = _alt(lx.COUNT_NOUNS[lang])
    of_count = (
        r"(?:\s+" + _alt(lx.COUNT_OF[lang]) + r"(?:\s+|(?<=['’ʼ])))?" if lx.COUNT_OF[lang] else ""
    )
    count = re.compile(
        rf"(?P<n>{num}){of_count}(?:\s+(?P<adj>[^\W\d_][\w'’ʼ\-]*))??\s+(?P<noun>{nouns})",
        re.IGNORECASE,
    )
    advance = re.compile(_alt(lx.ADVANCE_TRIGGERS[lang]) + r"\s*", re.IGNORECASE)
    adv_compass = re.compile(_alt(lx.ADVANCE_COMPASS[lang]), re.IGNORECASE)
    adv_adj = adv_named = None
    if lang in lx.ADVANCE_ADJECTIVAL:
        preps, adjs, dir_nouns = lx.ADVANCE_ADJECTIVAL[lang]
        adv_adj = re.compile(
            rf"{_alt(preps)}\s+(?P<adj>{_alt(adjs)})\s+{_alt(dir_nouns)}", re.IGNORECASE
        )
        adv_named = re.compile(rf"(?<!\w)на\s+(?P<name>[А-ЯІЇЄҐЁ][\w'’ʼ\-]*)\s+{_alt(dir_nouns)}")
    region_before = region_after = None
    if lx.REGION_BEFORE[lang]:
        region_before = re.compile(_alt(lx.REGION_BEFORE[lang]) + r"\s*", re.IGNORECASE)
    preps, rnouns = lx.REGION_AFTER[lang]
    if preps:
        region_after = re.compile(
            rf"{_alt(preps)}\s+(?P<name>[^\W\d_][\w'’ʼ\-]*)\s+{_alt(rnouns)}"
            + (r"|(?<!\w)на\s+(?P<name2>[А-ЯІЇЄҐ]\w*(?:щині|ччині))" if lang == "uk" else ""),
            re.IGNORECASE,
        )
    speech = re.compile(_alt(lx.SPEECH_VERBS[lang]), re.IGNORECASE)
    according = re.compile(_alt(lx.ACCORDING_TO[lang]), re.IGNORECASE)
    locative = re.compile(rf"{_alt(lx.LOCATIVE_VERBS[lang])}(?:\s+\w+)?\s*$", re.IGNORECASE)
    pre_anchor = None
    openers, verbs, verb_optional, froms = lx.PRE_ANCHORS[lang]
    if openers:
        slot = r"[^\W\d_][\w'’ʼ\-]*(?:\s+[^\W\d_][\w'’ʼ\-]*){0,3}?"
        start = rf"(?:{_alt(froms)}\s+(?P<a0>{slot})\s+)?" if froms else ""
        pre_anchor = re.compile(
            rf"(?<!\w){start}{_alt(openers)}\s+(?P<a>{slot})\s*,?\s*"
            rf"(?:{_alt(verbs)}\s*){'?' if verb_optional else ''}$",
            re.IGNORECASE,
        )
    front = re.compile(_alt(lx.FRONT_WORDS[lang]), re.IGNORECASE)
    part = re.compile(
        "(?P<p>"
        + _alt(lx.ANCHOR_PARTS[lang])
        + r")(?:\s+(?:of|von|del|de|du)(?!\w)\s*|\s+d['’ʼ]\s*)?",
        re.IGNORECASE,
    )
    starts = set()
    for w in (*lx.NUMBERS[lang], *lx.MULTIPLIERS[lang], *lx.TEENS.get(lang, {})):
        starts.add(re.split(r"[\s'\-]", w)[0])
    german = None
    if lang == "de":
        german = re.compile(_GERMAN_COMPOUND, re.IGNORECASE)
    return _Grammar(
        lang=lang,
        starts=frozenset(starts),
        german=german,
        core=core,
        conv=conv,
        tail=tail,
        qual_back=qual_back,
        ref=ref,
        dim=dim,
        count=count,
        advance=advance,
        adv_compass=adv_compass,
        adv_adjectival=adv_adj,
        adv_named_adjectival=adv_named,
        region_before=region_before,
        region_after=region_after,
        speech=speech,
        first_words={
            "speech": _first_words(lx.SPEECH_VERBS[lang]),
            "according": _first_words(lx.ACCORDING_TO[lang]),
            "advance": _first_words(lx.ADVANCE_TRIGGERS[lang]),
            "adv_noun": frozenset(lx.ADVANCE_ADJECTIVAL.get(lang, ((), {}, ()))[2]),
        },
        according=according,
        locative=locative,
        pre_anchor=pre_anchor,
        front=front,
        part=part,
        route=re.compile(r"\s+" + _alt(lx.ROUTE_WORDS[lang]), re.IGNORECASE),
        units={_norm(k): v for k, v in units.items()}
        | {_norm(k): v for k, v in conv_units.items()},
        directions={_norm(k): v for k, v in lx.DIRECTIONS[lang].items()},
        qualifiers={_norm(k): v for k, v in quals.items()},
    )


# ============================================================================ numbers
@cache
def _word_tables(lang: str) -> tuple[re.Pattern, dict[str, float], dict[str, float]]:
    nums = {_norm(k): v for k, v in lx.NUMBERS[lang].items()}
    mults = {_norm(k): v for k, v in lx.MULTIPLIERS[lang].items()}
    for k, v in lx.TEENS.get(lang, {}).items():
        mults[_norm(k)] = -v  # negative marks "teen": adds instead of multiplies
    entries = set(nums) | set(mults) | set(lx.NUMBER_JOINERS[lang])
    if lang == "de":
        entries |= set(lx.GERMAN_MORPHEMES)
        nums.update({k: v for k, v in lx.GERMAN_MORPHEMES.items() if k not in mults})
        mults.update({"hundert": 100.0, "tausend": 1000.0})
        nums.pop("hundert", None)
        nums.pop("tausend", None)
    pattern = "|".join(re.escape(e) for e in sorted(entries, key=lambda s: (-len(s), s)))
    return re.compile(pattern), nums, mults


def _parse_words(s: str, lang: str) -> float | None:
    tok_re, nums, mults = _word_tables(lang)
    joiners = set(lx.NUMBER_JOINERS[lang]) | ({"und"} if lang == "de" else set())
    parts: list[float] = []
    pos, n = 0, len(s)
    seen = joined = False
    while pos < n:
        if s[pos] in " -‐‑":
            pos += 1
            continue
        m = tok_re.match(s, pos)
        if m is None:
            return None
        tok = m.group()
        # whole-word entries must end at a word edge (except German compounds)
        if lang != "de" and m.end() < n and s[m.end()].isalnum():
            return None
        pos = m.end()
        if tok in joiners:
            joined = True
            continue
        seen, after_und, joined = True, joined and lang == "de", False
        if tok in mults:
            mult = mults[tok]
            acc = 0.0
            if mult < 0:  # Indonesian "belas": dua belas = 2 + 10
                while parts and parts[-1] < 10:
                    acc += parts.pop()
                parts.append(acc - mult)
                continue
            while parts and parts[-1] < mult:
                acc += parts.pop()
            parts.append((acc or 1.0) * mult)
        elif tok in nums:
            v = nums[tok]
            if parts and parts[-1] <= v and v >= 1 and not after_und:
                return None  # "two three", "twenty twenty": not one number
            parts.append(v)
        else:
            return None
    return sum(parts) if seen else None


def _parse_digits(s: str, lang: str | None) -> float | None:
    if "/" in s:  # "1/2"
        top, _, bottom = s.partition("/")
        return (
            int(top) / int(bottom) if top.isdigit() and bottom.isdigit() and int(bottom) else None
        )
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if " " in s:
        s = s.replace(" ", "")
    if "," in s and "." in s:
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        parts = s.split(",")
        thousands = len(parts) > 2 or (len(parts[1]) == 3 and lang not in _DECIMAL_COMMA)
        s = s.replace(",", "") if thousands else s.replace(",", ".")
    elif "." in s:
        parts = s.split(".")
        thousands = len(parts) > 2 or (len(parts[1]) == 3 and lang in _DECIMAL_COMMA)
        s = s.replace(".", "") if thousands else s
    try:
        return float(s)
    except ValueError:
        return None


_RANGE = re.compile(rf"^({_DIGITS})\s*[-–—‐]\s*({_DIGITS})$")


def parse_quantity(text: str, lang: str | None = None) -> tuple[float, float] | None:
    """Parse a number or a range into ``(low, high)``.

    Parameters
    ----------
    text : str
        "15", "13,6", "15-20", "dua belas", "п'ятнадцяти", ...
    lang : str, optional
        Language of number words and of the decimal separator. None tries all.

    Returns
    -------
    (float, float) or None
        Equal ends for a single number; None if ``text`` is not a number.

    Examples
    --------
    >>> parse_quantity("10–15")
    (10.0, 15.0)
    >>> parse_quantity("dua belas", "id")
    (12.0, 12.0)
    """
    s = _norm(text)
    m = _RANGE.match(s)
    if m:
        lo, hi = _parse_digits(m.group(1), lang), _parse_digits(m.group(2), lang)
        if lo is not None and hi is not None:
            return (lo, hi)
        return None
    if _DIGITS_RE.fullmatch(s):
        v = _parse_digits(s, lang)
        return None if v is None else (v, v)
    for cand in (lang,) if lang else lx.LANGS:
        v = _parse_words(s, cand)
        if v is not None:
            return (v, v)
    return None


def parse_number(text: str, lang: str | None = None) -> float | None:
    """Parse digits or number words into a float.

    Parameters
    ----------
    text : str
        Digits ("13,6", "13.6", "1,500", "1 500"), a range ("15-20", returned as
        its midpoint), or number words in en, id, uk, ru, de, fr or es, including
        dozens and Slavic case forms.
    lang : str, optional
        Language of the words; also decides "1,500" / "1.500": a comma (or a dot)
        followed by exactly three digits is a thousands separator in English
        (or in decimal-comma languages) and when ``lang`` is None.

    Returns
    -------
    float or None
        None when ``text`` is not a number.

    Examples
    --------
    >>> parse_number("13,6"), parse_number("1,500"), parse_number("1.500", "de")
    (13.6, 1500.0, 1500.0)
    >>> parse_number("sembilan", "id"), parse_number("dua belas", "id")
    (9.0, 12.0)
    >>> parse_number("п'ятнадцяти", "uk"), parse_number("двух", "ru")
    (15.0, 2.0)
    >>> parse_number("fünfundzwanzig", "de"), parse_number("quatre-vingt-dix", "fr")
    (25.0, 90.0)
    >>> parse_number("a dozen"), parse_number("selusin"), parse_number("15-20")
    (12.0, 12.0, 17.5)
    >>> parse_number("Sloviansk") is None
    True
    """
    q = parse_quantity(text, lang)
    if q is None:
        return None
    return (q[0] + q[1]) / 2


# ============================================================================ helpers
def _cap_run(text: str, pos: int, end: int, max_words: int = 3) -> tuple[int, int] | None:
    """Span of 1..max_words capitalised words starting at ``pos``."""
    m = _WORD.match(text, pos, end)
    if m is None or not m.group()[0].isupper():
        return None
    stop = m.end()
    n = 1
    while n < max_words:
        m2 = _NEXT_WORD.match(text, stop, end)
        if m2 is None or not m2.group(1)[0].isupper():
            break
        stop = m2.end()
        n += 1
    while stop > pos and text[stop - 1] in "-‐‑'’ʼ`":
        stop -= 1
    for poss in ("'s", "’s"):
        if text.endswith(poss, pos, stop):
            stop -= 2
    return (pos, stop) if stop > pos else None


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


def _anchor_at(g: _Grammar, text: str, pos: int, end: int) -> tuple[int, int, bool, bool] | None:
    """Anchor after a connector: (start, end, is_reference, is_front_line).

    The front line ("from the front line", "від лінії фронту") is returned with
    ``is_front_line`` True: the caller measures from the located place instead. A part
    of a place ("the outskirts of X", "pinggiran X", "адмінмеж X") gives X; a part
    with no place after it ("dari pusat kota", "du centre-ville") is a reference.
    """
    pos = _skip_space(text, pos, end)
    f = g.front.match(text, pos, end)
    if f:
        return (f.start(), f.end(), False, True)
    p = g.part.match(text, pos, end)
    if p:
        inner = _place_anchor_at(g, text, p.end(), end)
        if inner is None or inner[2]:
            return (p.start(), inner[1] if inner else p.end("p"), True, False)
        return (*inner, False)
    found = _place_anchor_at(g, text, pos, end)
    return (*found, False) if found else None


def _place_anchor_at(g: _Grammar, text: str, pos: int, end: int) -> tuple[int, int, bool] | None:
    """A named place or a referring expression at ``pos``: (start, end, is_reference)."""
    pos = _skip_space(text, pos, end)
    m = g.ref.match(text, pos, end)
    if m:
        after = _skip_space(text, m.end(), end)
        # "the city of Pokrovsk", "kota Pokrovsk", "la ville de Kharkiv" → named
        ofm = re.compile(r"(?:of|de|d['’ʼ])\s*", re.IGNORECASE).match(text, after, end)
        name_pos = ofm.end() if ofm else after
        if name_pos > m.end():
            run = _cap_run(text, name_pos, end)
            if run and not g.ref.fullmatch(text, *run):
                return (*run, False)
        return (m.start(), m.end(), True)
    w = _WORD.match(text, pos, end)
    if w and _norm(text[w.start() : w.end() + 1]) in lx.PLACE_ABBREVIATIONS:
        pos = _skip_space(text, w.end() + 1, end)
    elif w and w.group().lower() in ("the", "la", "le", "el") and lx is not None:
        nxt = _skip_space(text, w.end(), end)
        run = _cap_run(text, nxt, end)
        if run:
            return (*run, False)
    run = _cap_run(text, pos, end)
    return (*run, False) if run else None


def _slot(g: _Grammar, text: str, a: int, b: int) -> tuple[int, int, bool, bool] | None:
    """An anchor that fills exactly ``text[a:b]`` ("до адмінмеж Костянтинівки лишається")."""
    found = _anchor_at(g, text, a, b)
    return found if found is not None and found[1] == b else None


def _is_reference(text: str, a: int, b: int) -> bool:
    """True for a phrase that only refers to a settlement ("the city", "kota itu", "Die Stadt")."""
    words = [_norm(w.group()) for w in _TOKEN.finditer(text, a, b)]
    return (
        bool(words)
        and any(w in lx.PLACE_TYPES for w in words)
        and all(w in lx.PLACE_TYPES or w in lx.ARTICLES or w in lx.DEMONSTRATIVES for w in words)
    )


def _without_place_type(text: str, a: int, b: int) -> tuple[int, int, bool]:
    """A subject as an anchor: "Die Stadt Kostjantyniwka" → "Kostjantyniwka"; "the city" → ref."""
    if _is_reference(text, a, b):
        return (a, b, True)
    words = list(_TOKEN.finditer(text, a, b))
    while len(words) > 1 and _norm(words[0].group()) in lx.PLACE_TYPES | lx.ARTICLES:
        words.pop(0)
    return (words[0].start() if words else a, b, False)


def _tokens_before(text: str, lo: int, hi: int) -> list[re.Match]:
    return list(_TOKEN.finditer(text, lo, hi))


def _phrase_before(
    g: _Grammar, text: str, lo: int, hi: int, max_words: int = 4
) -> tuple[int, int] | None:
    """Noun phrase ending right before ``hi`` (stops at punctuation and clause words)."""
    toks = _tokens_before(text, max(lo, hi - 120), hi)
    picked: list[re.Match] = []
    edge = hi
    for t in reversed(toks):
        gap = text[t.end() : edge]
        if gap.strip() or _norm(t.group()) in lx.CLAUSE_BREAKS or g.speech.fullmatch(t.group()):
            break
        if not picked and _norm(t.group()) in lx.SKIP_ADVERBS:
            edge = t.start()
            continue
        picked.append(t)
        edge = t.start()
        if len(picked) >= max_words:
            break
    if not picked:
        return None
    picked.reverse()
    while picked and _norm(picked[0].group()) in lx.ARTICLES:
        picked.pop(0)
    if not picked:
        return None
    # prefer a trailing proper name: "the village of Zavitne", "spokesman Andriy Kovalyov"
    run: list[re.Match] = []
    for t in reversed(picked):
        if not t.group()[0].isupper():
            break
        run.insert(0, t)
    if run and len(run) < len(picked):
        before = _norm(picked[len(picked) - len(run) - 1].group())
        if len(run) >= 2 or before in ("of", "de", "d'") or before in lx.PLACE_ABBREVIATIONS:
            picked = run
    return (picked[0].start(), picked[-1].end())


def _speaker_after(text: str, pos: int, end: int) -> tuple[int, int] | None:
    """Speaker named right after a verb or "according to".

    A capitalised start takes the capitalised run ("the General Staff", "Ministerio
    de Defensa"); a lower-case start takes up to three words before a stop word
    ("kementerian pertahanan pada Minggu" → "kementerian pertahanan").
    """
    toks = list(_TOKEN.finditer(text, pos, min(end, pos + 120)))
    picked: list[re.Match] = []
    edge = pos
    capital = None
    for i, t in enumerate(toks):
        if text[edge : t.start()].strip() or t.group()[0].isdigit():
            break
        w = _norm(t.group())
        if not picked and w in lx.ARTICLES:
            edge = t.end()
            continue
        if capital is None:
            capital = t.group()[0].isupper()
        if capital:
            if not t.group()[0].isupper():
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                linker = w in lx.NAME_LINKERS and nxt is not None and nxt.group()[0].isupper()
                if not linker or len(picked) >= 4:
                    break
        elif t.group()[0].isupper():
            if not picked or _norm(picked[-1].group()) not in lx.NAME_LINKERS:
                break
            capital = True  # "portavoz del Ministerio de Defensa"
        elif w in lx.SPEAKER_STOPS or len(picked) >= 4:
            break
        if len(picked) >= 5:
            break
        picked.append(t)
        edge = t.end()
    while picked and _norm(picked[-1].group()) in lx.NAME_LINKERS | lx.ARTICLES:
        picked.pop()
    if not picked:
        return None
    return (picked[0].start(), picked[-1].end())


# ============================================================================ the reader
class _Reader:
    def __init__(self, text: str, lang: str | None, params: dict[str, float]) -> None:
        self.text = text
        self.params = params
        self.sentences = split_sentences(text) or [(0, len(text))]
        self.sent_starts = [s for s, _ in self.sentences]
        if lang is None:
            guess = detect_language(text)
            if guess.lang is not None:
                self.langs = [guess.lang]
            else:
                ranked = sorted(lx.LANGS, key=lambda k: -guess.scores.get(k, 0.0))
                self.langs = ranked
        else:
            if lang not in lx.LANGS:
                raise ValueError(f"Unknown language {lang!r}; choose one of: {', '.join(lx.LANGS)}")
            self.langs = [lang]
        self.grammars = [_grammar(k) for k in self.langs]
        self.unverified = bool(_UNVERIFIED.search(text))
        self._speakers: list[str] | None = None
        self._verbs: dict[tuple[str, int], list[re.Match]] = {}
        # one pass over the words: number candidates, and where phrases may start
        self.tokens = [(m.start(), m.group().lower()) for m in _CAND.finditer(text)]
        self._hits: dict[tuple[str, str], list[int]] = {}
        for g in self.grammars:
            for kind, words in g.first_words.items():
                self._hits[(g.lang, kind)] = [p for p, low in self.tokens if low in words]

    def hits(self, g: _Grammar, kind: str) -> list[int]:
        return self._hits[(g.lang, kind)]

    def matches_in(self, g: _Grammar, kind: str, pattern: re.Pattern, lo: int, hi: int):
        hits = self._hits[(g.lang, kind)]
        i = bisect_right(hits, lo - 1)
        out = []
        while i < len(hits) and hits[i] < hi:
            m = pattern.match(self.text, hits[i], hi)
            if m:
                out.append(m)
            i += 1
        return out

    def speech_in(self, g: _Grammar, lo: int, hi: int) -> list[re.Match]:
        return self.matches_in(g, "speech", g.speech, lo, hi)

    # -------------------------------------------------------------- sentences
    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.sent_starts, pos) - 1
        return self.sentences[max(i, 0)]

    # -------------------------------------------------------------- distances
    def distance_at(self, g: _Grammar, pos: int) -> dict | None:
        text = self.text
        s0, s1 = self.sentence(pos)
        m = g.core.match(text, pos, s1)
        if m is None:
            return None
        unit = g.units.get(_norm(m.group("unit")))
        lo = parse_quantity(m.group("n1"), g.lang)
        if unit is None or lo is None:
            return None
        lo_v = lo[0]
        hi_v = lo[1]
        if m.group("n2"):
            q2 = parse_quantity(m.group("n2"), g.lang)
            if q2 is None or q2[0] <= lo_v:
                return None
            hi_v = q2[1]
        end = m.end()
        if g.dim.match(text, end, s1) and not g.route.match(text, end, s1):
            return None  # "7 m deep", but "10 km across the river from X" is a distance
        alt_q = alt_u = None
        c = g.conv.match(text, end, s1)
        if c:
            cn, cu = (
                (c.group("cn"), c.group("cu"))
                if c.group("cn")
                else (c.group("cn2"), c.group("cu2"))
            )
            alt_q = parse_number(cn, g.lang)
            alt_u = g.units.get(_norm(cu))
            end = c.end()
        t = g.tail.match(text, end, s1)
        bearing = direction_text = None
        anchor = None
        if t.group("dir"):
            direction_text = t.group("dir")
            bearing = g.directions.get(_norm(direction_text))
        conn = t.group("conn")
        claim_end = max(end, t.end("away") if t.group("away") else end)
        if t.group("dir"):
            claim_end = t.end("dir")
        front = False
        if conn or t.group("dir"):
            found = _anchor_at(g, text, t.end(), s1)
            if found is not None:
                claim_end = found[1]
                front = found[3]
                anchor = None if front else found[:3]
        # the number itself: qualifier / range opener right before it
        start = m.start()
        qual = bound = None
        qb = g.qual_back.search(text, max(s0, start - 40), start)
        if qb:
            if qb.group("q"):
                qual = qb.group("q")
                bound = g.qualifiers.get(_norm(qual))
                start = qb.start()
            elif m.group("n2"):
                start = qb.start()
        if g.pre_anchor is not None and anchor is None and not front:
            pa = g.pre_anchor.search(text, max(s0, start - 80), start)
            to = _slot(g, text, *pa.span("a")) if pa else None
            if to is not None:
                start = min(start, pa.start())
                if to[3]:  # "від міста до позицій ворога 4 км": measured from the start
                    front = True
                    if pa.groupdict().get("a0"):
                        frm = _slot(g, text, *pa.span("a0"))
                        anchor = frm[:3] if frm and not frm[3] else None
                else:
                    anchor = to[:3]
        if anchor is None and not front and bearing is None and not t.group("away"):
            return None
        if m.group("n2"):
            bound = "range"
        elif m.group("plus") or (t.group("trail") and not qual):
            bound = (
                "at_least"
                if m.group("plus")
                else lx.TRAILING_QUALIFIERS[g.lang].get(_norm(t.group("trail")))
            )
            if t.group("trail"):
                claim_end = max(claim_end, t.end("trail"))
        elif bound is None:
            approx = any(w in lx.APPROX_NOUNS for w in _norm(m.group("n1")).split())
            bound = "about" if approx else "exact"
        return {
            "start": start,
            "end": claim_end,
            "number_start": m.start(),
            "lo": lo_v,
            "hi": hi_v,
            "unit": unit,
            "bound": bound,
            "qualifier": qual,
            "alt_quantity": alt_q,
            "alt_unit": alt_u,
            "bearing": bearing,
            "direction_text": direction_text,
            "anchor": anchor,
            "front": front,
        }

    def make_distance(self, g: _Grammar, d: dict) -> ClaimSpan:
        p = self.params
        factor = lx.UNIT_METRES[d["unit"]]
        lo, hi = d["lo"], d["hi"]
        q = (lo + hi) / 2
        dist = q * factor
        bound = d["bound"]
        if bound == "range":
            min_m, max_m = lo * factor, hi * factor
        elif bound == "about":
            min_m, max_m = dist * (1 - p["about_frac"]), dist * (1 + p["about_frac"])
        elif bound == "at_most":
            min_m, max_m = 0.0, dist
        elif bound == "at_least":
            min_m, max_m = dist, dist * p["at_least_factor"]
        else:
            min_m, max_m = dist * (1 - p["exact_frac"]), dist * (1 + p["exact_frac"])
        bearing = d["bearing"]
        width = None
        if bearing is not None:
            width = p["sector_width_16_deg"] if bearing in lx.COMPASS_16 else p["sector_width_deg"]
        min_m, max_m = round(min_m, 6), round(max_m, 6)
        anchor = d["anchor"]
        s0, s1 = self.sentence(d["number_start"])
        subj = self.subject(g, d["start"], s0)
        implicit = False
        if anchor is None:
            if d["front"] and subj is not None:
                anchor = _without_place_type(self.text, *subj)
            else:
                implicit = True
        return ClaimSpan(
            claim="distance",
            raw=self.text[d["start"] : d["end"]],
            start=d["start"],
            end=d["end"],
            sentence_start=s0,
            sentence_end=s1,
            quote=self.text[s0:s1],
            lang=g.lang,
            quantity=q,
            quantity_low=lo,
            quantity_high=hi,
            unit=d["unit"],
            distance_m=dist,
            min_m=min_m,
            max_m=max_m,
            bound=bound,
            qualifier=d["qualifier"],
            alt_quantity=d["alt_quantity"],
            alt_unit=d["alt_unit"],
            bearing_deg=bearing,
            sector_width_deg=width,
            direction_text=d["direction_text"],
            anchor_text=self.text[anchor[0] : anchor[1]] if anchor else None,
            anchor_start=anchor[0] if anchor else None,
            anchor_end=anchor[1] if anchor else None,
            anchor_ref=bool(anchor and anchor[2]),
            anchor_implicit=implicit,
            to_front=d["front"],
            subject_text=self.text[subj[0] : subj[1]] if subj else None,
            subject_start=subj[0] if subj else None,
            subject_end=subj[1] if subj else None,
        )

    # -------------------------------------------------------------- counts
    def count_at(self, g: _Grammar, pos: int) -> ClaimSpan | None:
        text = self.text
        s0, s1 = self.sentence(pos)
        m = g.count.match(text, pos, s1)
        if m is None:
            return None
        v = parse_number(m.group("n"), g.lang)
        if v is None or v != int(v) or v <= 0:
            return None
        if m.group("adj") and parse_number(m.group("adj")) is not None:
            return None  # "seize two villages" is not 16 (French "seize") villages
        start = m.start()
        qual = bound = None
        qb = g.qual_back.search(text, max(s0, start - 40), start)
        if qb and qb.group("q"):
            qual, bound, start = qb.group("q"), g.qualifiers.get(_norm(qb.group("q"))), qb.start()
        region = self.region(g, m.end(), s1)
        return ClaimSpan(
            claim="count",
            raw=text[start : m.end()],
            start=start,
            end=m.end(),
            sentence_start=s0,
            sentence_end=s1,
            quote=text[s0:s1],
            lang=g.lang,
            bound=bound or "exact",
            qualifier=qual,
            count=int(v),
            count_noun=m.group("noun"),
            region_text=text[region[0] : region[1]] if region else None,
            region_start=region[0] if region else None,
            region_end=region[1] if region else None,
        )

    def region(self, g: _Grammar, pos: int, end: int) -> tuple[int, int] | None:
        text = self.text
        window = min(end, pos + 80)
        best = None
        if g.region_before is not None:
            for m in g.region_before.finditer(text, pos, window):
                run = _cap_run(text, m.end(), end)
                if run:
                    best = run
                    break
        if g.region_after is not None:
            for m in g.region_after.finditer(text, pos, window):
                grp = "name" if m.group("name") else "name2"
                a, b = m.span(grp)
                if text[a].isupper() and (best is None or a < best[0]):
                    best = (a, b)
                    break
        return best

    # -------------------------------------------------------------- direction of advance
    def advances(self, g: _Grammar, taken: list[tuple[int, int]]) -> list[ClaimSpan]:
        text = self.text
        out = []
        found: list[tuple[int, int, tuple[int, int] | None, float | None]] = []
        for hit in self.hits(g, "advance"):
            m = g.advance.match(text, hit)
            if m is None:
                continue
            pos = m.end()
            s0, s1 = self.sentence(m.start())
            c = g.adv_compass.match(text, pos, s1)
            if c:
                found.append(
                    (m.start(), c.end(), None, lx.ADVANCE_COMPASS[g.lang][_norm(c.group())])
                )
                continue
            w = _WORD.match(text, pos, s1)
            if w and w.group().lower() in lx.ARTICLES:
                pos = _skip_space(text, w.end(), s1)
            run = _cap_run(text, pos, s1)
            if run:
                found.append((m.start(), run[1], run, None))
        if g.adv_adjectival is not None:
            adjs = {_norm(k): v for k, v in lx.ADVANCE_ADJECTIVAL[g.lang][1].items()}
            seen: set[int] = set()
            for hit in self.hits(g, "adv_noun"):
                lo = max(self.sentence(hit)[0], hit - 60)
                m = g.adv_adjectival.search(text, lo, hit + 12)
                if m and m.start() not in seen:
                    seen.add(m.start())
                    found.append((m.start(), m.end(), None, adjs[_norm(m.group("adj"))]))
                    continue
                m = g.adv_named_adjectival.search(text, lo, hit + 12)
                if m and m.start() not in seen:
                    seen.add(m.start())
                    found.append((m.start(), m.end(), m.span("name"), None))
        for a, b, target, bearing in sorted(found):
            if any(x <= a < y for x, y in taken):
                continue
            s0, s1 = self.sentence(a)
            subj = self.subject(g, a, s0)
            width = None
            if bearing is not None:
                width = (
                    self.params["sector_width_16_deg"]
                    if bearing in lx.COMPASS_16
                    else self.params["sector_width_deg"]
                )
            out.append(
                ClaimSpan(
                    claim="direction",
                    raw=text[a:b],
                    start=a,
                    end=b,
                    sentence_start=s0,
                    sentence_end=s1,
                    quote=text[s0:s1],
                    lang=g.lang,
                    bearing_deg=bearing,
                    sector_width_deg=width,
                    direction_text=None if target else text[a:b],
                    target_text=text[target[0] : target[1]] if target else None,
                    target_start=target[0] if target else None,
                    target_end=target[1] if target else None,
                    subject_text=text[subj[0] : subj[1]] if subj else None,
                    subject_start=subj[0] if subj else None,
                    subject_end=subj[1] if subj else None,
                )
            )
            taken.append((a, b))
        return out

    # -------------------------------------------------------------- subjects
    def subject(self, g: _Grammar, start: int, s0: int) -> tuple[int, int] | None:
        text = self.text
        # appositive: "Zavitne, 22 km southeast of Pokrovsk"
        j = start
        while j > s0 and text[j - 1].isspace():
            j -= 1
        w = list(_TOKEN.finditer(text, max(s0, j - 12), j))
        if w and w[-1].end() == j and _norm(w[-1].group()) in {"за", "в", "у", "à", "a", "at"}:
            j = w[-1].start()
            while j > s0 and text[j - 1].isspace():
                j -= 1
        if j > s0 and text[j - 1] in ",(–—":
            k = j - 1
            while k > s0 and text[k - 1].isspace():
                k -= 1
            toks = _tokens_before(text, max(s0, k - 60), k)
            run: list[re.Match] = []
            edge = k
            for t in reversed(toks):
                if text[t.end() : edge].strip() or not t.group()[0].isupper() or len(run) == 3:
                    break
                run.insert(0, t)
                edge = t.start()
            while len(run) > 1 and _norm(run[0].group()) in lx.PLACE_TYPES:
                run.pop(0)
            if run:
                return (run[0].start(), run[-1].end())
        # "Russian forces are 10 km …", "Pasukan Moskow berada sekitar 15 km …"
        lv = g.locative.search(text, max(s0, start - 40), start)
        if lv:
            return _phrase_before(g, text, max(s0, lv.start() - 80), lv.start())
        return None

    # -------------------------------------------------------------- attribution
    def speakers(self) -> list[str]:
        """Capitalised speaker names seen anywhere in the report."""
        if self._speakers is None:
            names: list[str] = []
            for g in self.grammars:
                for m in self.speech_in(g, 0, len(self.text)):
                    s0, s1 = self.sentence(m.start())
                    if self._is_post(self.text, s0, m):
                        found = _speaker_after(self.text, m.end(), s1)
                    else:
                        found = _phrase_before(g, self.text, s0, m.start())
                    for span in (found,):
                        if span and span[1] - span[0] < 60:
                            name = self.text[span[0] : span[1]]
                            toks = name.split()
                            if toks and all(t[0].isupper() for t in toks) and len(toks) <= 3:
                                if span[0] != s0 or len(toks) == 1:
                                    names.append(name)
            self._speakers = names
        return self._speakers

    def _resolve_speaker(self, span: tuple[int, int] | None, lo: int, hi: int) -> str | None:
        """Name a speaker phrase; fall back on known speakers seen in ``text[lo:hi]``."""
        text = self.text
        known = self.speakers()
        if span is not None:
            phrase = text[span[0] : span[1]]
            for k in known:
                if k.split()[-1] in phrase.split():
                    return phrase
            if phrase[0].isupper() and not all(t[0].isupper() for t in phrase.split()):
                # a title ("Panglima militer"): who does it introduce elsewhere?
                for m in re.finditer(re.escape(phrase), text):
                    after = text[m.end() : m.end() + 60].split()[:4]
                    for k in known:
                        if k.split()[-1] in after:
                            return k
            return phrase
        # "X visited … and said …": the clause's subject is its first known speaker
        segment = text[lo:hi]
        best = None
        for k in known:
            i = segment.find(k.split()[-1])
            if i >= 0 and (best is None or i < best[0]):
                best = (i, k)
        return best[1] if best else None

    def attribute(self, g: _Grammar, c: ClaimSpan) -> str | None:
        text = self.text
        s0, s1 = c.sentence_start, c.sentence_end
        key = (g.lang, s0)
        verbs = self._verbs.get(key)
        if verbs is None:
            verbs = self._verbs[key] = self.speech_in(g, s0, s1)
        # 1. "X said (that) CLAIM": the nearest reporting verb before the claim
        before = [v for v in verbs if v.end() <= c.start and not self._is_post(text, s0, v)]
        if before:
            v = before[-1]
            name = self._resolve_speaker(_phrase_before(g, text, s0, v.start()), s0, v.start())
            if name:
                return name
        # 2. "according to X"
        for a in self.matches_in(g, "according", g.according, s0, s1):
            if (
                g.lang == "de"
                and _norm(a.group()) == "so"
                and text[a.start() - 2 : a.start()] != ", "
            ):
                continue
            span = _speaker_after(text, a.end(), s1)
            if span:
                return self._resolve_speaker(span, s0, s1)
        # 3. "CLAIM, said X" / "CLAIM,” kata X" / "CLAIM, X said"
        for v in verbs:
            if v.start() < c.end:
                continue
            if self._is_post(text, s0, v):
                span = _speaker_after(text, v.end(), s1)
            else:
                span = _phrase_before(g, text, c.end, v.start())
            if span:
                return self._resolve_speaker(span, s0, s1)
        return None

    @staticmethod
    def _is_post(text: str, s0: int, v: re.Match) -> bool:
        j = v.start()
        while j > s0 and text[j - 1].isspace():
            j -= 1
        return j > s0 and text[j - 1] in ",”\"»’'—–-:"

    # -------------------------------------------------------------- main loop
    def run(self) -> list[ClaimSpan]:
        claims: list[tuple[_Grammar, ClaimSpan]] = []
        taken: list[tuple[int, int]] = []
        skip_until = 0
        for pos, low in self.tokens:
            if pos < skip_until:
                continue
            for g in self.grammars:
                if not low[0].isdigit():
                    if low not in g.starts and not (g.german and g.german.fullmatch(low)):
                        continue
                d = self.distance_at(g, pos)
                if d is not None:
                    claim = self.make_distance(g, d)
                    claims.append((g, claim))
                    taken.append((claim.start, claim.end))
                    skip_until = claim.end
                    break
                cnt = self.count_at(g, pos)
                if cnt is not None:
                    claims.append((g, cnt))
                    taken.append((cnt.start, cnt.end))
                    skip_until = cnt.end
                    break
        for g in self.grammars:
            claims.extend((g, c) for c in self.advances(g, taken))
        claims.sort(key=lambda gc: gc[1].start)
        out: list[ClaimSpan] = []
        keys: list[tuple] = []
        for g, c in claims:
            who = self.attribute(g, c)
            key = (
                c.claim,
                c.count,
                c.distance_m,
                c.bearing_deg,
                (c.anchor_text or "").lower(),
                (c.target_text or "").lower(),
                (c.region_text or "").lower(),
                who.split()[-1] if who else None,
            )
            same = keys.index(key) if key in keys else None
            keys.append(key)
            # the span has not left this function yet: fill in the report-level fields
            object.__setattr__(c, "attributed_to", who)
            object.__setattr__(c, "unverified", bool(self.unverified and who))
            object.__setattr__(c, "same_as", same if same is None else _first(out, same))
            out.append(c)
        return out


def _first(out: list[ClaimSpan], i: int) -> int:
    while out[i].same_as is not None:
        i = out[i].same_as
    return i


def find_claims(
    text: str,
    *,
    lang: str | None = None,
    about_frac: float = ABOUT_FRAC,
    exact_frac: float = EXACT_FRAC,
    at_least_factor: float = AT_LEAST_FACTOR,
    sector_width_deg: float = SECTOR_WIDTH_DEG,
    sector_width_16_deg: float = SECTOR_WIDTH_16_DEG,
) -> list[ClaimSpan]:
    """Find distance, direction-of-advance and count claims in ``text``.

    Parameters
    ----------
    text : str
        Raw report text.
    lang : str, optional
        ISO 639-1 code (en, id, uk, ru, de, fr, es). None: detect it; when the
        detection is unsure, every language's grammar is tried, best guess first.
    about_frac : float, default 0.2
        Half-width of an "about" band, as a fraction of the distance.
    exact_frac : float, default 0.1
        Half-width of an unqualified band.
    at_least_factor : float, default 1.5
        Outer edge of an "at least" band, as a multiple of the distance.
    sector_width_deg, sector_width_16_deg : float, default 45.0 and 22.5
        Sector widths for 8-point and 16-point compass names.

    Returns
    -------
    list of ClaimSpan
        In text order.

    Raises
    ------
    ValueError
        If ``lang`` is not a supported language, or a band parameter is out of range.

    Examples
    --------
    >>> text = "Pasukan Moskow berada sekitar 15 kilometer (sembilan mil) dari kota."
    >>> [c] = find_claims(text)
    >>> c.raw, c.bound, c.min_m, c.max_m, c.alt_quantity, c.alt_unit
    ('sekitar 15 kilometer (sembilan mil) dari kota', 'about', 12000.0, 18000.0, 9.0, 'mi')
    >>> c.anchor_text, c.anchor_ref, c.subject_text
    ('kota', True, 'Pasukan Moskow')
    >>> [c.target_text for c in find_claims("Війська просуваються у напрямку Покровська.")]
    ['Покровська']
    >>> [(c.count, c.count_noun) for c in find_claims("Russia took 12 villages.", lang="en")]
    [(12, 'villages')]
    """
    if not 0 <= about_frac < 1 or not 0 <= exact_frac < 1:
        raise ValueError("about_frac and exact_frac must be in [0, 1)")
    if at_least_factor < 1:
        raise ValueError("at_least_factor must be >= 1")
    if not (0 < sector_width_deg <= 360 and 0 < sector_width_16_deg <= 360):
        raise ValueError("sector widths must be in (0, 360]")
    params = {
        "about_frac": about_frac,
        "exact_frac": exact_frac,
        "at_least_factor": at_least_factor,
        "sector_width_deg": sector_width_deg,
        "sector_width_16_deg": sector_width_16_deg,
    }
    if not text:
        return []
    return _Reader(text, lang, params).run()
