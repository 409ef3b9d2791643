"""How place names are written, and how geofront compares them.

Reports spell the same place many ways: "Слов'янськ", "Славянск",
"Sloviansk", "Slov'yans'k", "Słowiańsk"; with case endings ("під
Слов'янськом", "Харкова", "у Сумах"); and regions with cue words in seven
languages ("Donetsk Oblast", "wilayah Donetsk", "Донецкой области",
"Oblast Donezk", "région de Kharkiv", "Харківщина"). This module turns a
name into comparison keys, from strict to loose:

``fold``
    Case, diacritics, apostrophes, hyphens and spacing removed, script kept.
    Two spellings that differ only in those are equal ("Slov'yans'k" and
    "Slovyansk"; "Słowiańsk" and "Slowiansk").
``loose``
    ``fold``, then Cyrillic transliterated to Latin, then Latin spelling
    conventions merged (kh/h/g, y/i/j, zh/z, ts/c, w/v, doubled letters):
    "Купянск", "Kupyansk" and "Kupiansk" share one key; so do
    "Гуляйполе", "Gulyaypole" and "Huliaipole".
``stems``
    For Cyrillic words only: the candidate stems after removing a Slavic case
    ending ("Слов'янськом" -> "sloviansk", "Сумах" -> "sum", "Донецкой" ->
    "doneck"). The gazetteer indexes the stem of every Cyrillic name, so an
    inflected query meets its nominative.

Region cues ("oblast", "wilayah", "область", "région de" ...) are stripped by
:func:`split_region_cue`, which says that the name asks for a region.

Examples
--------
>>> fold("Slov'yans'k") == fold("Slovyansk")
True
>>> loose("Купянск") == loose("Kupiansk") == loose("Kupyansk")
True
>>> loose("Гуляйполе") == loose("Gulyaypole") == loose("Huliaipole")
True
>>> "sloviansk" in cyrillic_query_stems("Слов'янськом")
True
>>> split_region_cue("wilayah Kharkiv")
RegionCue(name='Kharkiv', cue='wilayah', vernacular=False)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "RegionCue",
    "cyrillic_query_stems",
    "fold",
    "has_cyrillic",
    "index_stem",
    "loose",
    "spelling_variants",
    "split_region_cue",
    "strip_preposition",
]

# Apostrophe-like marks that reports use inside names (’ ' ʼ ” ʹ ` ´ ‘ ″ ").
_APOSTROPHES = "'’ʼ”ʹ`´‘″\"ʻ“′"
_DASHES = "-‐‑‒–—―_/"
_DROP = str.maketrans({c: None for c in _APOSTROPHES})
_SPACE = str.maketrans({c: " " for c in _DASHES + ".,;:()[]{}«»!?"})
# Letters that NFKD does not decompose.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "þ": "th",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
        "ħ": "h",
    }
)
# Letters whose diacritics make them different Cyrillic letters survive the
# stripping of marks (ё is folded to е, as Russian writing does anyway).
_PROTECT = str.maketrans({"й": "\ue000", "ї": "\ue001", "ё": "е"})
_UNPROTECT = str.maketrans({"\ue000": "й", "\ue001": "ї"})
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_WS = re.compile(r"\s+")


def has_cyrillic(text: str) -> bool:
    """Return True when ``text`` contains a Cyrillic letter.

    Examples
    --------
    >>> has_cyrillic("Бахмут"), has_cyrillic("Bakhmut")
    (True, False)
    """
    return _CYRILLIC.search(text) is not None


@lru_cache(maxsize=200_000)
def fold(name: str) -> str:
    """Fold case, diacritics, apostrophes, hyphens and spacing; keep the script.

    Parameters
    ----------
    name : str
        Any place name or phrase.

    Returns
    -------
    str
        The folded key; empty when ``name`` has no letters or digits.

    Examples
    --------
    >>> fold("  Słowiańsk ")
    'slowiansk'
    >>> fold("Chasiv-Yar"), fold("Слов’янськ")
    ('chasiv yar', 'словянськ')
    >>> fold("Ёлки") == fold("Елки")
    True
    """
    if name.isascii():  # fast path: most names in the data are plain ASCII
        text = name.casefold().translate(_DROP).translate(_SPACE)
        return _WS.sub(" ", text).strip()
    text = unicodedata.normalize("NFKC", name).casefold()
    text = text.translate(_DROP).translate(_SPACE).translate(_SPECIAL).translate(_PROTECT)
    text = unicodedata.normalize("NFKD", text)
    if not text.isascii():
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _WS.sub(" ", text.translate(_UNPROTECT)).strip()


# Cyrillic -> Latin for the loose key (Ukrainian and Russian letters). The
# exact scheme matters little: both sides of a comparison go through it, and
# the Latin conventions below merge what remains.
_CYR2LAT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e",
        "є": "ie", "ж": "zh", "з": "z", "и": "y", "і": "i", "ї": "i", "й": "i",
        "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
        "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch",
        "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iu",
        "я": "ia", "ў": "u", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "c", "ђ": "d",
        "џ": "dz", "ѕ": "dz",
    }
)  # fmt: skip
# Latin spelling conventions merged by the loose key, applied in order.
_LATIN_RULES: tuple[tuple[str, str], ...] = (
    ("shch", "s"),
    ("sch", "s"),
    ("kh", "h"),
    ("zh", "z"),
    ("ts", "c"),
    ("tz", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("sz", "s"),
    ("cz", "c"),
    ("rz", "z"),
    ("g", "h"),
    ("w", "v"),
    ("j", "i"),
    ("y", "i"),
    ("x", "ks"),
    ("q", "k"),
)
_DOUBLED = re.compile(r"([a-z])\1+")


@lru_cache(maxsize=200_000)
def loose(name: str) -> str:
    """Script- and spelling-insensitive key for transliteration variants.

    Examples
    --------
    >>> loose("Sloviansk") == loose("Slovyansk") == loose("Слов'янськ")
    True
    >>> loose("Zaporizhzhia")
    'zaporizia'
    """
    text = fold(name)
    if "тц" in text:
        text = text.replace("тц", "ц")  # said as one sound: the media's Ліптці is Липці
    text = text.translate(_CYR2LAT)
    for old, new in _LATIN_RULES:
        if old in text:
            text = text.replace(old, new)
    return _DOUBLED.sub(r"\1", text)


# Slavic endings, on the folded Cyrillic word. The index strips one nominative
# ending ("Суми" -> "Сум", "Донецька" -> "Донецьк"); a query tries every case
# ending ("Сумах" -> "Сум", "Донецкой" -> "Донецк"); both then take the loose key.
# Stripping letters, not transliterated vowel clusters, keeps "Суджоу" (Suzhou)
# apart from "Суджа" (Sudzha).
_NOMINATIVE_ENDINGS = tuple(
    sorted(
        "ая яя ое ее ий ый ой ій ые ие і и ы а я о е ь й є ї".split(),
        key=len,
        reverse=True,
    )
)
_CASE_ENDINGS = tuple(
    sorted(
        set(
            """ами ями ого его ому ему ою ею ой ей ий ій ый их іх ых им ім ым ом ем ам ям ах ях
            ів ов ев ої ую юю ю у а я і и ы е о ь й ї є""".split()
        ),
        key=len,
        reverse=True,
    )
)
_MIN_STEM = 3
_UK_ALTERNATION = {"ц": "к", "з": "г", "с": "х"}
_CYR_VOWELS = "аеиоуіїєюяыэ"
_NOMINATIVE_VOWEL = (
    (re.compile(rf"(?<=[^{_CYR_VOWELS}])о(?=[^{_CYR_VOWELS}ь]+$)"), "і"),
    (re.compile(rf"є(?=[^{_CYR_VOWELS}ь]+$)"), "ї"),
)


def _split_last(name: str) -> tuple[str, str]:
    head, _, last = fold(name).rpartition(" ")
    return (head + " " if head else ""), last


def index_stem(name: str) -> str | None:
    """Stem under which a Cyrillic name is indexed (None for other scripts).

    One nominative ending is removed from the last word: "Суми" -> "sum",
    "Курахове" -> "kurahov", "Донецкая" -> "doneck".

    Examples
    --------
    >>> index_stem("Суми"), index_stem("Курахово"), index_stem("Донецька")
    ('sum', 'kurahov', 'doneck')
    >>> index_stem("Sumy") is None
    True
    """
    if not has_cyrillic(name):
        return None
    head, last = _split_last(name)
    keep = 2 if head else _MIN_STEM  # "Часів Яр": a short last word is fine after a head
    for ending in _NOMINATIVE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= keep:
            last = last[: -len(ending)]
            break
    stem = loose(head + last)
    if len(last) < keep or len(stem.replace(" ", "")) < _MIN_STEM:
        return None
    return stem


@lru_cache(maxsize=100_000)
def cyrillic_query_stems(word: str) -> frozenset[str]:
    """Candidate stems of an (inflected) Cyrillic word or phrase.

    Each known case ending is tried on the last word; the result is matched
    against :func:`index_stem` keys.

    Examples
    --------
    >>> sorted(cyrillic_query_stems("Сумах"))
    ['sum', 'sumah']
    >>> "bahmut" in cyrillic_query_stems("Бахмутом")
    True
    >>> "kurahov" in cyrillic_query_stems("Курахового")
    True
    """
    if not has_cyrillic(word):
        return frozenset()
    head, last = _split_last(word)
    keep = 2 if head else _MIN_STEM
    stems = {loose(head + last)}
    for ending in _CASE_ENDINGS:
        if last.endswith(ending) and len(last) - len(ending) >= keep:
            bare = last[: -len(ending)]
            stems.add(loose(head + bare))
            if ending == "і" and bare[-1:] in _UK_ALTERNATION:
                # Ukrainian locative/dative of -ка/-га/-ха: Авдіївка -> в Авдіївці,
                # Ольшанка -> в Ольшанці, Прага -> у Празі
                stems.add(loose(head + bare[:-1] + _UK_ALTERNATION[bare[-1]]))
            # Ukrainian closed-syllable і: Харків -> Харкова, Оріхів -> Оріхова,
            # and Київ -> Києва: the nominative has і/ї where the cases have о/є
            for pattern, letter in _NOMINATIVE_VOWEL:
                nominative = pattern.sub(letter, bare)
                if nominative != bare:
                    stems.add(loose(head + nominative))
    return frozenset(s for s in stems if len(s.replace(" ", "")) >= _MIN_STEM)


@dataclass(frozen=True, slots=True)
class RegionCue:
    """A name stripped of its region cue.

    Attributes
    ----------
    name : str
        What remains ("Kharkiv" of "wilayah Kharkiv").
    cue : str
        The cue as written ("wilayah", "область", "-щина").
    vernacular : bool
        True for Ukrainian/Russian "-щина" forms ("Харківщина"), whose stem is
        a prefix of the region's name rather than the name itself.
    """

    name: str
    cue: str
    vernacular: bool = False


# Words that say "a region" (first or second level), before or after the name.
REGION_CUES_BEFORE = (
    "wilayah", "provinsi", "propinsi", "kawasan", "region of", "province of",
    "oblast of", "oblast", "région de", "région d", "région du", "province de",
    "province d", "oblast de", "oblast d", "región de", "provincia de", "óblast de",
    "oblast'", "gebiet", "region", "область", "регион", "state of", "governorate of",
    "district of", "kabupaten", "landkreis",
)  # fmt: skip
REGION_CUES_AFTER = (
    "oblast", "oblast'", "oblasti", "oblast’", "region", "province", "governorate",
    "krai", "kray", "state", "prefecture", "область", "області", "областю", "областi",
    "области", "областью", "обл", "край", "края", "крае", "краю", "губернія",
    "губерния", "gebiet", "oblys", "viloyati", "regione", "provinz", "provincia",
    # second-level units: raions, districts
    "raion", "rayon", "district", "район", "районі", "району", "районом", "района",
    "районе", "rajon",
)  # fmt: skip
_CUE_BEFORE = re.compile(
    r"^(?P<cue>"
    + "|".join(re.escape(c) for c in sorted(REGION_CUES_BEFORE, key=len, reverse=True))
    + r")(?:\s+|(?<=['’])|$)",
    re.IGNORECASE,
)
_CUE_AFTER = re.compile(
    r"(?:^|\s+)(?P<cue>"
    + "|".join(re.escape(c) for c in sorted(REGION_CUES_AFTER, key=len, reverse=True))
    + r")\.?$",
    re.IGNORECASE,
)
# Ukrainian/Russian vernacular region names: Харківщина, Донеччина, Сумщиною.
_VERNACULAR = re.compile(
    r"^(?P<stem>[\u0400-\u04ff'’ʼ-]{2,}?)(?P<cue>щин|ччин|чин)(?:а|и|і|у|ою|ой|е|ы)$",
    re.IGNORECASE,
)


def split_region_cue(text: str) -> RegionCue | None:
    """Strip a region cue from a name, if it has one.

    Parameters
    ----------
    text : str
        A name as written in a report.

    Returns
    -------
    RegionCue or None
        None when the name carries no region cue.

    Examples
    --------
    >>> split_region_cue("Donetsk Oblast").name
    'Donetsk'
    >>> split_region_cue("Донецкой области").name
    'Донецкой'
    >>> split_region_cue("région de Kharkiv").name
    'Kharkiv'
    >>> split_region_cue("Харківщина")
    RegionCue(name='Харків', cue='щин', vernacular=True)
    >>> split_region_cue("Donetsk") is None
    True
    """
    text = _WS.sub(" ", text.strip())
    match = _CUE_BEFORE.match(text)
    if match and len(text) > match.end():
        rest = text[match.end() :].strip(" '’")
        if rest:
            return RegionCue(rest, match.group("cue"))
    match = _CUE_AFTER.search(text)
    if match and match.start() > 0:
        rest = text[: match.start()].strip()
        if rest:
            return RegionCue(rest, match.group("cue"))
    match = _VERNACULAR.match(text)
    if match:
        stem = match.group("stem")
        if match.group("cue").lower() == "ччин":
            stem = stem + "ч"
        return RegionCue(stem, match.group("cue"), vernacular=True)
    return None


# Prepositions that reports put before a place name (locative, "near", "from").
LEADING_PREPOSITIONS = frozenset(
    """у в во під под біля близ около поблизу із з зі до от від від на за над
    di ke dari dekat near in at from to bei nahe in im von nach près de du à en cerca
    desde hacia""".split()
)


def strip_preposition(text: str) -> str | None:
    """The name without a leading preposition ("під Бахмутом" -> "Бахмутом").

    Returns None when ``text`` does not start with one.

    Examples
    --------
    >>> strip_preposition("у Сумах")
    'Сумах'
    >>> strip_preposition("Sumy") is None
    True
    """
    head, _, rest = text.strip().partition(" ")
    if rest and head.casefold() in LEADING_PREPOSITIONS:
        return rest.strip()
    return None


# How other languages write in Latin letters the sounds that English (and the
# gazetteer's primary names) write kh, ch, sh, zh, y and u. Each language's
# table is applied in one left-to-right pass, longest spelling first.
_SPELLINGS: dict[str, tuple[dict[str, str], ...]] = {
    # Chan Junis = Khan Yunis, Tschassiw Jar = Chasiv Yar, Donezk = Donetsk
    "de": ({"tsch": "ch", "sch": "sh", "ch": "kh", "z": "ts"}, {"ch": "kh"}),
    # El-Facher = El Fasher, Tchassiv Iar = Chasiv Yar, Darfour = Darfur,
    # Djankoï = Dzhankoi, Jytomyr = Zhytomyr
    "fr": (
        {"tch": "ch", "ch": "sh", "dj": "dzh", "ou": "u"},
        {"tch": "ch", "ch": "sh", "dj": "dzh", "ou": "u", "j": "zh"},
    ),
    # Jan Yunis = Khan Yunis, Kurájove = Kurakhove, Járkov = Kharkov
    "es": ({"j": "kh"},),
    # Syria = Suriah; sy = sh, kh stays: Khartum
    "id": ({"sy": "sh"},),
}
_SPELLING_RE = {
    lang: tuple(
        re.compile("|".join(sorted(map(re.escape, table), key=len, reverse=True)))
        for table in tables
    )
    for lang, tables in _SPELLINGS.items()
}
# Compass words of region names ("Nord-Darfur", "Darfour-Nord", "Darfur del Norte",
# "Darfur Utara", "Kordofan-Sud"), as the gazetteer's English names write them.
_COMPASS = {
    "nord": "north", "norte": "north", "utara": "north", "north": "north",
    "sud": "south", "sur": "south", "selatan": "south", "south": "south",
    "ost": "east", "est": "east", "este": "east", "timur": "east", "east": "east",
    "west": "west", "ouest": "west", "oeste": "west", "barat": "west",
}  # fmt: skip
_COMPASS_LINKS = frozenset({"del", "de", "du"})


def _compass_forms(words: list[str]) -> list[tuple[str, list[str]]]:
    """(English compass word, the rest) for a region name with a compass word."""
    out = []
    if len(words) >= 2 and words[0] in _COMPASS:
        rest = words[1:]
        if rest[0] in _COMPASS_LINKS:  # "Norte de Darfur"
            rest = rest[1:]
        if rest:
            out.append((_COMPASS[words[0]], rest))
    if len(words) >= 2 and words[-1] in _COMPASS:
        rest = words[:-1]
        if len(rest) >= 2 and rest[-1] in _COMPASS_LINKS:  # "Darfur del Norte"
            rest = rest[:-1]
        out.append((_COMPASS[words[-1]], rest))
    return out


def spelling_variants(name: str, lang: str) -> list[str]:
    """Other spellings of a Latin-script name, in English conventions (folded).

    Two general rules, for names the gazetteer does not know as written:

    * a language's transliteration conventions: German ``ch`` = kh, ``sch`` =
      sh, ``tsch`` = ch, ``z`` = ts; French ``ch`` = sh, ``tch`` = ch, ``dj`` =
      dzh, ``ou`` = u, ``j`` = zh; Spanish ``j`` = kh; Indonesian ``sy`` = sh;
    * a compass word before or after a region name, in any of the seven
      languages, is the English "North X" ("Nord-Darfur", "Darfour-Nord",
      "Darfur del Norte", "Darfur Utara").

    Cyrillic names have their own keys (:func:`cyrillic_query_stems`): none here.

    Examples
    --------
    >>> spelling_variants("Chan Junis", "de")
    ['khan junis']
    >>> "north darfur" in spelling_variants("Darfour-Nord", "fr")
    True
    >>> spelling_variants("Kurájove", "es")
    ['kurakhove']
    """
    if has_cyrillic(name):
        return []
    folded = fold(name)
    if not folded:
        return []
    words = folded.split()
    forms: list[tuple[str, list[str]]] = [("", words), *_compass_forms(words)]
    out: list[str] = []
    for compass, rest in forms:
        base = " ".join(rest)
        spellings = [base] + [
            pattern.sub(lambda m, t=table: t[m.group()], base)
            for pattern, table in zip(
                _SPELLING_RE.get(lang, ()), _SPELLINGS.get(lang, ()), strict=True
            )
        ]
        for spelling in spellings:
            variant = f"{compass} {spelling}".strip()
            if variant != folded and variant not in out:
                out.append(variant)
    return out
