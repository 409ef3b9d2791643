"""Word lists the report reader uses, per language, as plain data.

Everything here is a mapping from a lower-case surface form to what it means
(a number, a unit, a bound, a bearing). To teach geofront a new word, add it to
the right mapping; to add a language, add a key to every mapping. The matching
rules that use these lists are documented at the top of :mod:`geofront.claims`.

Apostrophes are written ``'`` here; the patterns built from these lists accept
``'``, ``’``, ``ʼ`` and `````. Keys are lower case; matching ignores case.

Examples
--------
>>> from geofront.lexicon import NUMBERS, UNITS
>>> NUMBERS["id"]["sembilan"], UNITS["uk"]["кілометрів"]
(9.0, 'km')
"""

from __future__ import annotations

__all__ = [
    "LANGS",
    "NUMBERS",
    "MULTIPLIERS",
    "TEENS",
    "APPROX_NOUNS",
    "NUMBER_JOINERS",
    "GERMAN_MORPHEMES",
    "UNITS",
    "UNIT_METRES",
    "QUALIFIERS",
    "TRAILING_QUALIFIERS",
    "RANGE_OPENERS",
    "RANGE_SEPARATORS",
    "DIRECTIONS",
    "COMPASS_16",
    "CONNECTORS",
    "AWAY_WORDS",
    "DIMENSION_WORDS",
    "REFERRING",
    "ANCHOR_PARTS",
    "FRONT_WORDS",
    "ROUTE_WORDS",
    "PRE_ANCHORS",
    "ADVANCE_TRIGGERS",
    "ADVANCE_COMPASS",
    "ADVANCE_ADJECTIVAL",
    "COUNT_NOUNS",
    "COUNT_OF",
    "REGION_BEFORE",
    "REGION_AFTER",
    "SPEECH_VERBS",
    "ACCORDING_TO",
    "UNVERIFIED_PATTERNS",
    "LOCATIVE_VERBS",
    "CLAUSE_BREAKS",
    "SKIP_ADVERBS",
    "ARTICLES",
    "SPEAKER_STOPS",
    "PLACE_ABBREVIATIONS",
    "PLACE_TYPES",
    "DEMONSTRATIVES",
    "NAME_LINKERS",
    "NUMBER_PREPOSITIONS",
]

#: The languages every list below covers (ISO 639-1).
LANGS: tuple[str, ...] = ("en", "id", "uk", "ru", "de", "fr", "es")


def _split(spec: str) -> list[str]:
    return [" ".join(item.split()) for item in spec.split("|") if item.strip()]


def _alts(spec: str) -> tuple[str, ...]:
    """Parse ``"a | b | c"`` into a tuple of phrases."""
    return tuple(_split(spec))


def _numbers(spec: str) -> dict[str, float]:
    """Parse ``"one=1 | two=2"`` into ``{"one": 1.0, "two": 2.0}``."""
    return {k.strip(): float(v) for k, v in (item.rsplit("=", 1) for item in _split(spec))}


def _labels(spec: str) -> dict[str, str]:
    """Parse ``"km=km | miles=mi"`` into ``{"km": "km", "miles": "mi"}``."""
    return {k.strip(): v.strip() for k, v in (item.rsplit("=", 1) for item in _split(spec))}


def _forms(pairs: dict[str, float], *extra: dict[str, float]) -> dict[str, float]:
    out = {k: float(v) for k, v in pairs.items()}
    for more in extra:
        out.update({k: float(v) for k, v in more.items()})
    return out


# --------------------------------------------------------------------------- numbers

#: Number words that add their value (every case form listed).
NUMBERS: dict[str, dict[str, float]] = {
    "en": _numbers(
        """
        zero=0 | one=1 | two=2 | three=3 | four=4 | five=5 | six=6 | seven=7 | eight=8 |
        nine=9 | ten=10 | eleven=11 | twelve=12 | thirteen=13 | fourteen=14 | fifteen=15 |
        sixteen=16 | seventeen=17 | eighteen=18 | nineteen=19 | twenty=20 | thirty=30 |
        forty=40 | fifty=50 | sixty=60 | seventy=70 | eighty=80 | ninety=90 | a dozen=12 |
        half a dozen=6 | a hundred=100 | a thousand=1000 | and a half=0.5 | one and a half=1.5
        """
    ),
    "id": _numbers(
        """
        nol=0 | satu=1 | dua=2 | tiga=3 | empat=4 | lima=5 | enam=6 | tujuh=7 | delapan=8 |
        sembilan=9 | sepuluh=10 | sebelas=11 | seratus=100 | seribu=1000 | selusin=12 |
        setengah=0.5 | satu setengah=1.5
        """
    ),
    "uk": _numbers(
        """
        десять=10 | одинадцять=11 | дванадцять=12 | тринадцять=13 | чотирнадцять=14 |
        п'ятнадцять=15 | шістнадцять=16 | сімнадцять=17 | вісімнадцять=18 | дев'ятнадцять=19 |
        двадцять=20 | тридцять=30 | п'ять=5 | дев'ять=9 | десяти=10 | одинадцяти=11 |
        дванадцяти=12 | тринадцяти=13 | чотирнадцяти=14 | п'ятнадцяти=15 | шістнадцяти=16 |
        сімнадцяти=17 | вісімнадцяти=18 | дев'ятнадцяти=19 | двадцяти=20 | тридцяти=30 |
        п'яти=5 | дев'яти=9 | один=1 | одна=1 | одне=1 | одного=1 | одній=1 | одному=1 |
        одним=1 | одну=1 | два=2 | дві=2 | двох=2 | двом=2 | двома=2 | три=3 | трьох=3 |
        трьом=3 | трьома=3 | чотири=4 | чотирьох=4 | чотирьом=4 | чотирма=4 | п'ятьох=5 |
        п'ятьма=5 | шість=6 | шести=6 | шістьох=6 | сім=7 | семи=7 | сімох=7 | вісім=8 |
        восьми=8 | вісьмох=8 | дев'ятьох=9 | десятьох=10 | сорок=40 | сорока=40 | п'ятдесят=50 |
        п'ятдесяти=50 | шістдесят=60 | шістдесяти=60 | сімдесят=70 | сімдесяти=70 |
        вісімдесят=80 | вісімдесяти=80 | дев'яносто=90 | дев'яноста=90 | сто=100 | ста=100 |
        двісті=200 | двохсот=200 | триста=300 | трьохсот=300 | чотириста=400 | чотирьохсот=400 |
        п'ятсот=500 | п'ятисот=500 | півтора=1.5 | півтори=1.5
        """
    ),
    "ru": _numbers(
        """
        десять=10 | одиннадцать=11 | двенадцать=12 | тринадцать=13 | четырнадцать=14 |
        пятнадцать=15 | шестнадцать=16 | семнадцать=17 | восемнадцать=18 | девятнадцать=19 |
        двадцать=20 | тридцать=30 | пять=5 | девять=9 | шесть=6 | десяти=10 | одиннадцати=11 |
        двенадцати=12 | тринадцати=13 | четырнадцати=14 | пятнадцати=15 | шестнадцати=16 |
        семнадцати=17 | восемнадцати=18 | девятнадцати=19 | двадцати=20 | тридцати=30 | пяти=5 |
        девяти=9 | шести=6 | один=1 | одна=1 | одно=1 | одного=1 | одной=1 | одному=1 |
        одним=1 | одну=1 | два=2 | две=2 | двух=2 | двум=2 | двумя=2 | три=3 | трех=3 | трёх=3 |
        трем=3 | трём=3 | тремя=3 | четыре=4 | четырех=4 | четырёх=4 | четырем=4 | четырьмя=4 |
        пятью=5 | семь=7 | семи=7 | восемь=8 | восьми=8 | сорок=40 | сорока=40 | пятьдесят=50 |
        пятидесяти=50 | шестьдесят=60 | шестидесяти=60 | семьдесят=70 | семидесяти=70 |
        восемьдесят=80 | восьмидесяти=80 | девяносто=90 | девяноста=90 | сто=100 | ста=100 |
        двести=200 | двухсот=200 | триста=300 | трехсот=300 | трёхсот=300 | четыреста=400 |
        пятьсот=500 | пятисот=500 | полтора=1.5 | полторы=1.5
        """
    ),
    "de": _numbers(
        """
        null=0 | ein=1 | eins=1 | eine=1 | einen=1 | einem=1 | einer=1 | zwei=2 | drei=3 |
        vier=4 | fünf=5 | sechs=6 | sieben=7 | acht=8 | neun=9 | zehn=10 | elf=11 | zwölf=12 |
        dreizehn=13 | vierzehn=14 | fünfzehn=15 | sechzehn=16 | siebzehn=17 | achtzehn=18 |
        neunzehn=19 | zwanzig=20 | dreißig=30 | dreissig=30 | vierzig=40 | fünfzig=50 |
        sechzig=60 | siebzig=70 | achtzig=80 | neunzig=90 | anderthalb=1.5 | eineinhalb=1.5
        """
    ),
    "fr": _numbers(
        """
        zéro=0 | un=1 | une=1 | deux=2 | trois=3 | quatre=4 | cinq=5 | six=6 | sept=7 | huit=8 |
        neuf=9 | dix=10 | onze=11 | douze=12 | treize=13 | quatorze=14 | quinze=15 | seize=16 |
        vingt=20 | trente=30 | quarante=40 | cinquante=50 | soixante=60 | quatre-vingt=80 |
        quatre-vingts=80
        """
    ),
    "es": _numbers(
        """
        cero=0 | un=1 | uno=1 | una=1 | dos=2 | tres=3 | cuatro=4 | cinco=5 | seis=6 | siete=7 |
        ocho=8 | nueve=9 | diez=10 | once=11 | doce=12 | trece=13 | catorce=14 | quince=15 |
        dieciséis=16 | dieciseis=16 | diecisiete=17 | dieciocho=18 | diecinueve=19 | veinte=20 |
        veintiún=21 | veintiuno=21 | veintiuna=21 | veintidós=22 | veintidos=22 |
        veintitrés=23 | veintitres=23 | veinticuatro=24 | veinticinco=25 | veintiséis=26 |
        veintiseis=26 | veintisiete=27 | veintiocho=28 | veintinueve=29 | treinta=30 |
        cuarenta=40 | cincuenta=50 | sesenta=60 | setenta=70 | ochenta=80 | noventa=90 |
        cien=100 | ciento=100 | doscientos=200 | doscientas=200 | trescientos=300 |
        trescientas=300 | cuatrocientos=400 | quinientos=500 | quinientas=500
        """
    ),
}

#: Words that multiply what precedes them (hundred, puluh, тисяча, dozen, ...).
MULTIPLIERS: dict[str, dict[str, float]] = {
    "en": _numbers("hundred=100 | thousand=1000 | dozen=12"),
    "id": _numbers("puluh=10 | ratus=100 | ribu=1000 | lusin=12"),
    "uk": _numbers(
        """
        тисяча=1000 | тисячі=1000 | тисяч=1000 | дюжина=12 | дюжини=12 | дюжину=12 |
        десяток=10 | десятка=10 | десятки=10
        """
    ),
    "ru": _numbers(
        """
        тысяча=1000 | тысячи=1000 | тысяч=1000 | дюжина=12 | дюжины=12 | дюжину=12 |
        десяток=10 | десятка=10 | десятки=10
        """
    ),
    "de": _numbers("hundert=100 | tausend=1000 | dutzend=12"),
    "fr": _numbers(
        """
        cent=100 | cents=100 | mille=1000 | douzaine=12 | douzaines=12 | dizaine=10 |
        dizaines=10 | quinzaine=15 | vingtaine=20 | trentaine=30 | quarantaine=40 |
        cinquantaine=50 | soixantaine=60 | centaine=100 | centaines=100
        """
    ),
    "es": _numbers(
        """
        mil=1000 | docena=12 | docenas=12 | decena=10 | decenas=10 | veintena=20 |
        treintena=30 | quincena=15 | centenar=100 | centenares=100
        """
    ),
}

#: Indonesian teens: "dua belas" = 2 + 10.
TEENS: dict[str, dict[str, float]] = {"id": {"belas": 10.0}}

#: Number nouns that are themselves approximate ("une quinzaine de km" ≈ 15 km).
APPROX_NOUNS: frozenset[str] = frozenset(
    _alts(
        """
    centaine | centaines | centenar | centenares | cinquantaine | decena | decenas | dizaine |
    dizaines | quarantaine | quincena | quinzaine | soixantaine | treintena | trentaine |
    veintena | vingtaine | десятка | десятки | десяток
    """
    )
)

#: Words that may join number words ("treinta y cinco", "vingt et un").
NUMBER_JOINERS: dict[str, tuple[str, ...]] = {
    "en": _alts("and"),
    "id": _alts(""),
    "uk": _alts("і | й"),
    "ru": _alts("и"),
    "de": _alts("und"),
    "fr": _alts("et"),
    "es": _alts("y"),
}

#: German number words are written as one word ("fünfundzwanzig"); these are its parts.
GERMAN_MORPHEMES: dict[str, float] = _numbers(
    """
    ein=1 | eins=1 | zwei=2 | drei=3 | vier=4 | fünf=5 | sechs=6 | sieben=7 | acht=8 | neun=9 |
    zehn=10 | elf=11 | zwölf=12 | dreizehn=13 | vierzehn=14 | fünfzehn=15 | sechzehn=16 |
    siebzehn=17 | achtzehn=18 | neunzehn=19 | zwanzig=20 | dreißig=30 | dreissig=30 |
    vierzig=40 | fünfzig=50 | sechzig=60 | siebzig=70 | achtzig=80 | neunzig=90 | hundert=100 |
    tausend=1000 | und=0
    """
)

# --------------------------------------------------------------------------- units
#: Metres per normalised unit.
UNIT_METRES: dict[str, float] = {"km": 1000.0, "m": 1.0, "mi": 1609.344, "nmi": 1852.0}

_UNIVERSAL_UNITS = _labels(
    "km=km | km.=km | kms=km | км=km | км.=km | mi=mi | mi.=mi | m=m | м=m | nmi=nmi"
)

#: Unit surface forms (every case form) → normalised unit.
UNITS: dict[str, dict[str, str]] = {
    "en": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        kilometre=km | kilometres=km | kilometer=km | kilometers=km | klicks=km | mile=mi |
        miles=mi | metre=m | metres=m | meter=m | meters=m | nautical mile=nmi |
        nautical miles=nmi
        """
        ),
    },
    "id": {
        **_UNIVERSAL_UNITS,
        **_labels("kilometer=km | kilometre=km | mil=mi | meter=m | mil laut=nmi"),
    },
    "uk": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        кілометр=km | кілометра=km | кілометри=km | кілометрів=km | кілометрах=km |
        кілометрами=km | кілометру=km | миля=mi | милі=mi | миль=mi | милю=mi | метр=m |
        метра=m | метри=m | метрів=m | морська миля=nmi | морські милі=nmi | морських миль=nmi
        """
        ),
    },
    "ru": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        километр=km | километра=km | километров=km | километры=km | километрах=km |
        километрами=km | миля=mi | мили=mi | миль=mi | милю=mi | метр=m | метра=m | метров=m |
        метры=m | морская миля=nmi | морские мили=nmi | морских миль=nmi
        """
        ),
    },
    "de": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        kilometer=km | kilometern=km | kilometers=km | meile=mi | meilen=mi | meter=m |
        metern=m | seemeile=nmi | seemeilen=nmi
        """
        ),
    },
    "fr": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        kilomètre=km | kilomètres=km | kilometre=km | kilometres=km | milles=mi | mètre=m |
        mètres=m | mille marin=nmi | milles marins=nmi | milles nautiques=nmi
        """
        ),
    },
    "es": {
        **_UNIVERSAL_UNITS,
        **_labels(
            """
        kilómetro=km | kilómetros=km | kilometro=km | kilometros=km | milla=mi | millas=mi |
        metro=m | metros=m | milla náutica=nmi | millas náuticas=nmi | millas marinas=nmi
        """
        ),
    },
}

# --------------------------------------------------------------------------- bounds
#: Words before the number → bound ("about", "exact", "at_most", "at_least").
QUALIFIERS: dict[str, dict[str, str]] = {
    "en": _labels(
        """
        about=about | around=about | approximately=about | approx.=about | roughly=about |
        some=about | nearly=about | almost=about | close to=about | circa=about |
        an estimated=about | less than=at_most | fewer than=at_most | under=at_most |
        up to=at_most | within=at_most | no more than=at_most | not more than=at_most |
        at most=at_most | just under=at_most | more than=at_least | over=at_least |
        at least=at_least | no less than=at_least | beyond=at_least | just over=at_least |
        upwards of=at_least | exactly=exact | only=exact
        """
    ),
    "id": _labels(
        """
        sekitar=about | kira-kira=about | sekira=about | kurang lebih=about |
        lebih kurang=about | hampir=about | kurang dari=at_most | hingga=at_most |
        sampai=at_most | dalam jarak=at_most | dalam radius=at_most | paling jauh=at_most |
        maksimal=at_most | lebih dari=at_least | setidaknya=at_least | sedikitnya=at_least |
        paling sedikit=at_least | minimal=at_least | hanya=exact | sejauh=exact | tepat=exact
        """
    ),
    "uk": _labels(
        """
        близько=about | приблизно=about | майже=about | орієнтовно=about | менш ніж=at_most |
        менше ніж=at_most | менш як=at_most | менше=at_most | до=at_most | не більше=at_most |
        не більше ніж=at_most | у межах=at_most | в межах=at_most | у радіусі=at_most |
        в радіусі=at_most | понад=at_least | більше ніж=at_least | більш ніж=at_least |
        більше=at_least | щонайменше=at_least | принаймні=at_least | не менше=at_least |
        не менше ніж=at_least | лише=exact | всього=exact | усього=exact
        """
    ),
    "ru": _labels(
        """
        около=about | примерно=about | приблизительно=about | почти=about | порядка=about |
        менее=at_most | меньше=at_most | менее чем=at_most | меньше чем=at_most | до=at_most |
        не более=at_most | не больше=at_most | в пределах=at_most | в радиусе=at_most |
        более=at_least | больше=at_least | свыше=at_least | более чем=at_least |
        больше чем=at_least | не менее=at_least | по меньшей мере=at_least |
        как минимум=at_least | всего=exact | лишь=exact
        """
    ),
    "de": _labels(
        """
        etwa=about | rund=about | ungefähr=about | circa=about | ca.=about | zirka=about |
        fast=about | beinahe=about | knapp=at_most | weniger als=at_most | bis zu=at_most |
        höchstens=at_most | maximal=at_most | innerhalb von=at_most | mehr als=at_least |
        über=at_least | mindestens=at_least | gut=at_least | nur=exact | genau=exact |
        nur noch=exact | noch=exact
        """
    ),
    "fr": _labels(
        """
        environ=about | près de=about | quelque=about | à peu près=about |
        approximativement=about | presque=about | moins de=at_most | jusqu'à=at_most |
        au plus=at_most | au maximum=at_most | dans un rayon de=at_most | à peine=at_most |
        plus de=at_least | au moins=at_least | au minimum=at_least | seulement=exact
        """
    ),
    "es": _labels(
        """
        unos=about | unas=about | alrededor de=about | aproximadamente=about | cerca de=about |
        casi=about | en torno a=about | menos de=at_most | hasta=at_most | como máximo=at_most |
        a lo sumo=at_most | en un radio de=at_most | apenas=at_most | más de=at_least |
        al menos=at_least | por lo menos=at_least | como mínimo=at_least | solo=exact |
        sólo=exact
        """
    ),
}

#: Words right after the unit → bound ("15 km or so", "15 km lebih").
TRAILING_QUALIFIERS: dict[str, dict[str, str]] = {
    "en": _labels("or so=about | or more=at_least | or less=at_most"),
    "id": {},
    "uk": _labels("з гаком=at_least"),
    "ru": _labels("с лишним=at_least | с небольшим=at_least"),
    "de": _labels("oder mehr=at_least | oder weniger=at_most"),
    "fr": _labels("ou plus=at_least | ou moins=at_most"),
    "es": _labels("o más=at_least | o menos=at_most"),
}

#: Words that open a range ("between 10 and 15 km", "від 10 до 15 км").
RANGE_OPENERS: dict[str, tuple[str, ...]] = {
    "en": _alts("between | from"),
    "id": _alts("antara | dari"),
    "uk": _alts("між | від"),
    "ru": _alts("между | от"),
    "de": _alts("zwischen | von"),
    "fr": _alts("entre | de"),
    "es": _alts("entre | de"),
}

#: Words (besides dashes) between the two numbers of a range.
RANGE_SEPARATORS: dict[str, tuple[str, ...]] = {
    "en": _alts("and | to"),
    "id": _alts("dan | hingga | sampai | sd | s/d"),
    "uk": _alts("і | та | до"),
    "ru": _alts("и | до"),
    "de": _alts("und | bis"),
    "fr": _alts("et | à"),
    "es": _alts("y | a"),
}

# --------------------------------------------------------------------------- directions
_EN_COMPASS = _numbers(
    """
    north=0 | northeast=45 | north-east=45 | north east=45 | east=90 | southeast=135 |
    south-east=135 | south east=135 | south=180 | southwest=225 | south-west=225 |
    south west=225 | west=270 | northwest=315 | north-west=315 | north west=315 |
    north-northeast=22.5 | north-north-east=22.5 | east-northeast=67.5 | east-north-east=67.5 |
    east-southeast=112.5 | east-south-east=112.5 | south-southeast=157.5 |
    south-south-east=157.5 | south-southwest=202.5 | south-south-west=202.5 |
    west-southwest=247.5 | west-south-west=247.5 | west-northwest=292.5 |
    west-north-west=292.5 | north-northwest=337.5 | north-north-west=337.5
    """
)
_ID_COMPASS = _numbers(
    """
    utara=0 | timur laut=45 | timur=90 | tenggara=135 | selatan=180 | barat daya=225 |
    barat=270 | barat laut=315
    """
)
_UK_BASE = _numbers(
    """
    північ=0 | північний схід=45 | схід=90 | південний схід=135 | південь=180 |
    південний захід=225 | захід=270 | північний захід=315
    """
)
_UK_COMPARATIVE = _numbers(
    """
    північніше=0 | північно-східніше=45 | східніше=90 | південно-східніше=135 | південніше=180 |
    південно-західніше=225 | західніше=270 | північно-західніше=315
    """
)
_RU_BASE = _numbers(
    """
    северу=0 | северо-востоку=45 | востоку=90 | юго-востоку=135 | югу=180 | юго-западу=225 |
    западу=270 | северо-западу=315
    """
)
_RU_ACC = _numbers(
    """
    север=0 | северо-восток=45 | восток=90 | юго-восток=135 | юг=180 | юго-запад=225 |
    запад=270 | северо-запад=315
    """
)
_RU_COMPARATIVE = _numbers(
    """
    севернее=0 | северо-восточнее=45 | восточнее=90 | юго-восточнее=135 | южнее=180 |
    юго-западнее=225 | западнее=270 | северо-западнее=315
    """
)
_DE_COMPASS = _numbers(
    """
    nördlich=0 | nordöstlich=45 | östlich=90 | südöstlich=135 | südlich=180 | südwestlich=225 |
    westlich=270 | nordwestlich=315 | nordnordöstlich=22.5 | ostnordöstlich=67.5 |
    ostsüdöstlich=112.5 | südsüdöstlich=157.5 | südsüdwestlich=202.5 | westsüdwestlich=247.5 |
    westnordwestlich=292.5 | nordnordwestlich=337.5
    """
)
_FR_COMPASS = _numbers(
    """
    nord=0 | nord-est=45 | est=90 | sud-est=135 | sud=180 | sud-ouest=225 | ouest=270 |
    nord-ouest=315 | nord-nord-est=22.5 | est-nord-est=67.5 | est-sud-est=112.5 |
    sud-sud-est=157.5 | sud-sud-ouest=202.5 | ouest-sud-ouest=247.5 | ouest-nord-ouest=292.5 |
    nord-nord-ouest=337.5
    """
)
_ES_COMPASS = _numbers(
    """
    norte=0 | noreste=45 | nordeste=45 | este=90 | sureste=135 | sudeste=135 | sur=180 |
    suroeste=225 | sudoeste=225 | oeste=270 | noroeste=315 | nornoreste=22.5 |
    nor-noreste=22.5 | estenoreste=67.5 | este-noreste=67.5 | estesureste=112.5 |
    este-sureste=112.5 | sursureste=157.5 | sur-sureste=157.5 | sursuroeste=202.5 |
    sur-suroeste=202.5 | oestesuroeste=247.5 | oeste-suroeste=247.5 | oestenoroeste=292.5 |
    oeste-noroeste=292.5 | nornoroeste=337.5 | nor-noroeste=337.5
    """
)


def _prefixed(prefixes: tuple[str, ...], compass: dict[str, float]) -> dict[str, float]:
    return {f"{p} {w}".strip(): float(b) for p in prefixes for w, b in compass.items()}


def _fr_directions() -> dict[str, float]:
    out: dict[str, float] = {}
    for w, b in _FR_COMPASS.items():
        prep = "à l'" if w[0] in "eo" else "au "
        out[prep + w] = float(b)
    return out


_DE_NOUNS = _numbers(
    """
    norden=0 | nordosten=45 | osten=90 | südosten=135 | süden=180 | südwesten=225 |
    westen=270 | nordwesten=315
    """
)

#: Direction phrases (with their preposition, if the language needs one) → bearing.
#: Movement forms count too ("advanced 10 km westward", "10 km vers l'ouest"): with no
#: anchor written, the claim is measured from the most recent settlement.
DIRECTIONS: dict[str, dict[str, float]] = {
    "en": {
        **_prefixed(
            ("", "to the", "due", "further", "farther", "further to the", "farther to the"),
            _EN_COMPASS,
        ),
        **{
            f"{w}ward{s}": b
            for w, b in _EN_COMPASS.items()
            if "-" not in w and " " not in w
            for s in ("", "s")
        },
    },
    "id": _prefixed(
        ("", "di", "di sebelah", "sebelah", "arah", "ke arah", "ke", "di arah", "lebih ke"),
        _ID_COMPASS,
    ),
    "uk": {**_prefixed(("на",), _UK_BASE), **_forms(_UK_COMPARATIVE)},
    "ru": {
        **_prefixed(("к",), _RU_BASE),
        **_prefixed(("на",), _RU_ACC),
        **_forms(_RU_COMPARATIVE),
    },
    "de": {
        **_prefixed(("", "weiter"), _DE_COMPASS),
        **_prefixed(("nach", "in richtung"), _DE_NOUNS),
    },
    "fr": {
        **_fr_directions(),
        **{f"plus {k}": b for k, b in _fr_directions().items()},
        **{("vers l'" if w[0] in "eo" else "vers le ") + w: b for w, b in _FR_COMPASS.items()},
    },
    "es": _prefixed(("al", "más al", "hacia el"), _ES_COMPASS),
}

#: Bearings that are 16-point (sector 22.5°) rather than 8-point (45°).
COMPASS_16: frozenset[float] = frozenset({22.5, 67.5, 112.5, 157.5, 202.5, 247.5, 292.5, 337.5})

#: Prepositions between the distance (or direction) and a following anchor.
CONNECTORS: dict[str, tuple[str, ...]] = {
    "en": _alts("away from | outside of | from | of | outside | off | short of"),
    "id": _alts("dari"),
    "uk": _alts("від | од | до"),
    "ru": _alts("от | до"),
    "de": _alts("von | vom | vor"),
    "fr": _alts("de | d' | du | des"),
    "es": _alts("de | del"),
}

#: "15 km away", "15 km entfernt": the number is a distance even without an anchor.
AWAY_WORDS: dict[str, tuple[str, ...]] = {
    "en": _alts("away"),
    "id": _alts("jauhnya"),
    "uk": _alts(""),
    "ru": _alts(""),
    "de": _alts("entfernt"),
    "fr": _alts("de distance"),
    "es": _alts("de distancia"),
}

#: Words that make a length a dimension or a speed, not a distance ("7 m deep").
DIMENSION_WORDS: frozenset[str] = frozenset(
    _alts(
        """
    across | an hour | breit | de alto | de ancho | de haut | de large | de largo | de long |
    de profondeur | de profundidad | deep | high | hoch | in diameter | lang | lebar | long |
    panjang | per hour | per jam | persegi | por hora | pro stunde | square | squared | tall |
    thick | tief | tinggi | wide | à l'heure | в час | глибиною | глубиной | длиной | довжиною |
    за годину | завглибшки | завдовжки | завширшки | шириной | шириною
    """
    )
)

#: Referring expressions for "the most recent settlement" (anchor_ref=True).
REFERRING: dict[str, tuple[str, ...]] = {
    "en": _alts("the city | the town | the village | the settlement"),
    "id": _alts("kota itu | kota tersebut | kota | desa itu | desa tersebut | desa"),
    "uk": _alts("адмінмеж міста | адмінмежі міста | меж міста | міста | місто | села | селища"),
    "ru": _alts("границ города | черты города | города | город | села | посёлка | поселка"),
    "de": _alts("der stadt | die stadt | dem ort | des ortes | dem dorf | des dorfes"),
    "fr": _alts("la ville | ville | la localité | localité | village"),
    "es": _alts("la ciudad | ciudad | la localidad | localidad | el pueblo | pueblo"),
}

#: Parts of a place named before it ("the outskirts of X", "pinggiran X", "до окраин X").
#: The distance is still measured from the place: a name (or a referring expression)
#: may follow, with "of"/"de"/"von"; a part with nothing after it ("8 km dari pusat",
#: "du centre-ville") refers to the most recent settlement, like "the city".
ANCHOR_PARTS: dict[str, tuple[str, ...]] = {
    "en": _alts(
        """
        the outskirts | outskirts | the edge | the centre | the center | the city centre |
        the city center | the town centre | the town center | downtown | the administrative
        border | the administrative borders | the administrative boundary | the city limits |
        the limits | the suburbs
        """
    ),
    "id": _alts(
        """
        pusat | jantung | pinggiran | pinggir | tepi | batas administratif | batas
        administrasi | perbatasan administratif | batas | pusat kota | pinggiran kota
        """
    ),
    "uk": _alts(
        """
        центру | центр | околиць | околиці | околицю | адмінмеж | адмінмежі | адмінкордону |
        адміністративних меж | адміністративної межі | меж | передмістя
        """
    ),
    "ru": _alts(
        """
        центра | центр | окраин | окраины | окраину | административных границ |
        административной границы | границ | черты | пригородов
        """
    ),
    "de": _alts(
        """
        stadtrand | stadtzentrum | zentrum | ortsrand | der stadtgrenze | der innenstadt |
        den außenbezirken | dem stadtrand | dem stadtzentrum | dem zentrum | dem ortsrand |
        der verwaltungsgrenze
        """
    ),
    "fr": _alts(
        """
        centre-ville | centre | la périphérie | périphérie | faubourgs | abords | la limite
        administrative | limites administratives | limites | la sortie
        """
    ),
    "es": _alts(
        """
        centro | las afueras | afueras | la periferia | periferia | las inmediaciones |
        inmediaciones | el límite administrativo | límite administrativo | los límites |
        límites | el casco urbano | casco urbano
        """
    ),
}

#: The front line (or the enemy's positions) after a connector: "Kupiansk lies 8 km from
#: the front line", "Kostjantyniwka ist 8 km von der Front entfernt". The distance is then
#: measured from the located place (the claim's subject), not from a named anchor.
FRONT_WORDS: dict[str, tuple[str, ...]] = {
    "en": _alts(
        """
        the front line | the front lines | the frontline | the frontlines | the front-line |
        the front | front lines | the line of contact | the contact line | the fighting |
        the enemy positions | enemy positions | the enemy's positions | enemy lines |
        the enemy lines | russian positions | the russian positions | ukrainian positions |
        the ukrainian positions | the zero line
        """
    ),
    "id": _alts(
        """
        garis depan | garis depan pertempuran | garis pertempuran | garis kontak | medan
        tempur | front | posisi musuh | posisi pasukan musuh | posisi rusia | posisi ukraina
        """
    ),
    "uk": _alts(
        """
        фронту | лінії фронту | лінії зіткнення | лінії бойового зіткнення | передової |
        позицій ворога | позицій противника | ворожих позицій | позицій окупантів |
        російських позицій | позицій росіян | зони бойових дій | бойових дій | нуля
        """
    ),
    "ru": _alts(
        """
        фронта | линии фронта | линии соприкосновения | линии боевого соприкосновения |
        передовой | позиций противника | позиций врага | вражеских позиций | позиций ВСУ |
        украинских позиций | российских позиций | зоны боевых действий | боевых действий
        """
    ),
    "de": _alts(
        """
        der front | der frontlinie | der kontaktlinie | der kampflinie | den feindlichen
        stellungen | den russischen stellungen | den ukrainischen stellungen | frontverlauf |
        dem frontverlauf | kampfgebiet | dem kampfgebiet | den kämpfen | front | frontlinie |
        kontaktlinie | kampflinie
        """
    ),
    "fr": _alts(
        """
        la ligne de front | la ligne de contact | front | positions ennemies | lignes
        ennemies | positions russes | positions ukrainiennes | combats
        """
    ),
    "es": _alts(
        """
        la línea del frente | la línea de frente | la línea de contacto | frente | la
        primera línea | primera línea | las posiciones enemigas | posiciones enemigas |
        las posiciones rusas | las posiciones ucranianas | los combates | combates
        """
    ),
}

#: How the distance is measured, between the distance and its connector ("10 km across
#: the river from Enerhodar", "sekitar 10 km di seberang sungai dari Enerhodar").
ROUTE_WORDS: dict[str, tuple[str, ...]] = {
    "en": _alts(
        """
        across the river | across the reservoir | across the dnipro | across the dnieper |
        as the crow flies | in a straight line | by road
        """
    ),
    "id": _alts(
        """
        di seberang sungai | di seberang waduk | di seberang | menyeberangi sungai | dalam
        garis lurus | lewat jalan darat | melalui jalan darat | via jalan darat
        """
    ),
    "uk": _alts("через річку | через водосховище | через дніпро | по прямій | навпростець"),
    "ru": _alts("через реку | через водохранилище | через днепр | по прямой | по дороге"),
    "de": _alts(
        """
        jenseits des flusses | auf der anderen flussseite | über den fluss | luftlinie |
        in luftlinie | auf der straße
        """
    ),
    "fr": _alts(
        """
        de l'autre côté du fleuve | de l'autre côté de la rivière | de l'autre côté du
        dniepr | à vol d'oiseau | en ligne droite | par la route
        """
    ),
    "es": _alts(
        """
        al otro lado del río | al otro lado del dniéper | en línea recta | por carretera
        """
    ),
}

#: The anchor named before the number: "до X лишається N км", "bis X sind es noch N km".
#: Per language: (openers before the anchor, verbs between anchor and number, whether
#: the verb may be left out: "до окраин Запорожья около 30 км"), and the openers of
#: an optional starting point: "від міста до позицій ворога близько 4 км".
PRE_ANCHORS: dict[str, tuple[tuple[str, ...], tuple[str, ...], bool, tuple[str, ...]]] = {
    "en": ((), (), False, ()),
    "id": (
        _alts("jarak ke | jarak menuju"),
        _alts("tinggal | masih | hanya | kini | sekarang | adalah"),
        True,
        _alts("jarak dari"),
    ),
    "uk": (
        _alts("до"),
        _alts(
            """
            лишається | лишилося | лишилось | залишається | залишилося | залишилось |
            лишалося | — | – | -
            """
        ),
        True,
        _alts("від | од"),
    ),
    "ru": (
        _alts("до"),
        _alts("осталось | остаётся | остается | оставалось | — | – | -"),
        True,
        _alts("от"),
    ),
    "de": (
        _alts("bis | bis nach | bis zur | bis zum"),
        _alts("sind es noch | sind es nur noch | sind es | ist es noch | bleiben noch | — | –"),
        False,
        _alts("von | vom"),
    ),
    "fr": ((), (), False, ()),
    "es": (
        _alts("hasta"),
        _alts("quedan | quedan solo | faltan | hay | — | –"),
        False,
        _alts("desde"),
    ),
}

# --------------------------------------------------------------------------- advance
#: Phrases that introduce a direction of advance; the target follows.
ADVANCE_TRIGGERS: dict[str, tuple[str, ...]] = {
    "en": _alts("in the direction of | towards | toward"),
    "id": _alts("ke arah | menuju | mengarah ke"),
    "uk": _alts("у напрямку | в напрямку | у бік | в бік"),
    "ru": _alts("в направлении | в сторону"),
    "de": _alts("in richtung | richtung"),
    "fr": _alts("en direction de | en direction d' | en direction du | vers"),
    "es": _alts("en dirección a | en dirección al | en dirección de | hacia"),
}

_EN_ADV = {f"{a}{w}": float(b) for a in ("the ", "") for w, b in _EN_COMPASS.items()}
#: Compass targets after an advance trigger ("ke arah barat" → 270°).
ADVANCE_COMPASS: dict[str, dict[str, float]] = {
    "en": _EN_ADV,
    "id": dict(_ID_COMPASS),
    "uk": _numbers(
        """
        півночі=0 | північного сходу=45 | сходу=90 | південного сходу=135 | півдня=180 |
        південного заходу=225 | заходу=270 | північного заходу=315
        """
    ),
    "ru": _numbers(
        """
        севера=0 | северо-востока=45 | востока=90 | юго-востока=135 | юга=180 |
        юго-запада=225 | запада=270 | северо-запада=315
        """
    ),
    "de": _numbers(
        """
        norden=0 | nordosten=45 | osten=90 | südosten=135 | süden=180 | südwesten=225 |
        westen=270 | nordwesten=315
        """
    ),
    "fr": {("l'" if w[0] in "eo" else "le ") + w: float(b) for w, b in _FR_COMPASS.items()},
    "es": {"el " + w: float(b) for w, b in _ES_COMPASS.items()},
}

#: Adjectival directions of advance: "у західному напрямку", "в западном направлении".
#: Per language: (prepositions, adjective → bearing, nouns for "direction").
ADVANCE_ADJECTIVAL: dict[str, tuple[tuple[str, ...], dict[str, float], tuple[str, ...]]] = {
    "uk": (
        ("у", "в", "на"),
        _numbers(
            """
            північному=0 | північно-східному=45 | східному=90 | південно-східному=135 |
            південному=180 | південно-західному=225 | західному=270 | північно-західному=315
            """
        ),
        ("напрямку", "напрямі"),
    ),
    "ru": (
        ("в", "на"),
        _numbers(
            """
            северном=0 | северо-восточном=45 | восточном=90 | юго-восточном=135 | южном=180 |
            юго-западном=225 | западном=270 | северо-западном=315
            """
        ),
        ("направлении",),
    ),
}

# --------------------------------------------------------------------------- counts
#: Settlement-like nouns that make "number + noun" a count claim.
COUNT_NOUNS: dict[str, tuple[str, ...]] = {
    "en": _alts("settlements | villages | towns | localities | hamlets | cities | communities"),
    "id": _alts("pemukiman | permukiman | desa | kota | kampung | dusun"),
    "uk": _alts(
        """
        населені пункти | населених пунктів | населених пункти | населений пункт |
        населеного пункту | села | сіл | селища | селищ | міста | міст
        """
    ),
    "ru": _alts(
        """
        населённых пунктов | населенных пунктов | населённых пункта | населенных пункта |
        населённый пункт | населенный пункт | сёл | сел | сёла | села | деревень | деревни |
        посёлков | поселков | городов
        """
    ),
    "de": _alts("ortschaften | dörfer | dörfern | siedlungen | städte | orte | gemeinden"),
    "fr": _alts("localités | villages | villes | hameaux | agglomérations | communes"),
    "es": _alts(
        """
        localidades | pueblos | aldeas | poblaciones | asentamientos | ciudades | municipios
        """
    ),
}

#: "une douzaine de villages": words allowed between number and noun.
COUNT_OF: dict[str, tuple[str, ...]] = {
    "en": _alts("of"),
    "id": _alts(""),
    "uk": _alts(""),
    "ru": _alts(""),
    "de": _alts(""),
    "fr": _alts("de | d'"),
    "es": _alts("de"),
}

#: Region phrases whose name FOLLOWS: "di wilayah Donetsk", "im Gebiet Donezk".
REGION_BEFORE: dict[str, tuple[str, ...]] = {
    "en": _alts("in the region of | in the oblast of | in the province of"),
    "id": _alts("di wilayah | di provinsi | di oblast | di kawasan | di daerah"),
    "uk": _alts(""),
    "ru": _alts(""),
    "de": _alts("in der region | in der oblast | im gebiet | in der provinz | im oblast"),
    "fr": _alts(
        """
        dans la région de | dans la région d' | dans l'oblast de | dans l'oblast d' |
        dans la province de
        """
    ),
    "es": _alts("en la región de | en la provincia de | en el óblast de | en el oblast de"),
}

#: Region phrases whose name PRECEDES the region word: "in Donetsk region", "у Донецькій області".
REGION_AFTER: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "en": (("in the", "in"), ("region", "oblast", "province")),
    "id": ((), ()),
    "uk": (("у", "в"), ("області", "обл.")),
    "ru": (("в", "во"), ("области", "обл.")),
    "de": ((), ()),
    "fr": ((), ()),
    "es": ((), ()),
}

# --------------------------------------------------------------------------- attribution
#: Reporting verbs; the speaker is before ("X said …") or after (", said X").
SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": _alts(
        """
        said | says | told | claimed | claims | stated | announced | reported | added |
        insisted
        """
    ),
    "id": _alts(
        """
        mengatakan | menyatakan | mengklaim | mengumumkan | melaporkan | menegaskan |
        menyebutkan | kata | ujar | ucap | tutur | jelas | tambah
        """
    ),
    "uk": _alts(
        """
        заявив | заявила | заявили | сказав | сказала | сказали | повідомив | повідомила |
        повідомили | повідомляє | зазначив | зазначила | додав | додала | наголосив |
        стверджує
        """
    ),
    "ru": _alts(
        """
        заявил | заявила | заявили | сказал | сказала | сказали | сообщил | сообщила |
        сообщили | сообщает | отметил | отметила | добавил | добавила | утверждает
        """
    ),
    "de": _alts("sagte | sagt | erklärte | betonte | behauptete | berichtete | teilte mit"),
    "fr": _alts(
        """
        a déclaré | a dit | a affirmé | a indiqué | a ajouté | a assuré | a annoncé | déclare |
        affirme | a expliqué
        """
    ),
    "es": _alts(
        """
        dijo | afirmó | declaró | aseguró | señaló | añadió | informó | indicó | anunció
        """
    ),
}

#: "according to X": the speaker follows.
ACCORDING_TO: dict[str, tuple[str, ...]] = {
    "en": _alts("according to"),
    "id": _alts("menurut"),
    "uk": _alts("за словами | за даними | як повідомляє | як повідомили | як заявив"),
    "ru": _alts("по словам | по данным | как сообщает | как сообщили | как заявил"),
    "de": _alts("laut | nach angaben von | nach angaben des | nach angaben der | so"),
    "fr": _alts("selon | d'après"),
    "es": _alts("según | de acuerdo con"),
}

#: Report-level disclaimers: the reporter could not verify the claims it relays.
UNVERIFIED_PATTERNS: tuple[str, ...] = (
    r"(?:could|can|was|were|is|are) (?:not|unable to) (?:be )?independently (?:verif|confirm)",
    r"(?:could|can)(?: ?not|n't) (?:independently )?(?:verify|confirm)",
    r"unable to (?:independently )?(?:verify|confirm)",
    r"not (?:been )?independently (?:verified|confirmed)",
    r"(?:tidak|belum) (?:dapat|bisa) (?:memverifikasi|diverifikasi|mengonfirmasi|"
    r"dikonfirmasi|memastikan)",
    r"(?:не вдалося|не може|не можуть|неможливо|не змогли|не змогла) (?:незалежно )?"
    r"(?:перевірити|підтвердити)",
    r"(?:не удалось|не может|не могут|невозможно|не смогли|не смогла) (?:независимо )?"
    r"(?:проверить|подтвердить)",
    r"nicht unabhängig (?:überprüf|bestätig|verifizier)",
    r"(?:pas pu|pas en mesure de|impossible de) (?:être )?(?:vérifier|confirmer|vérifié)",
    r"de (?:manière|source|façon) indépendante",
    r"no (?:pudo|ha podido|puede|pudieron|han podido) (?:ser )?(?:verificar|confirmar|"
    r"verificad|confirmad)",
)

# --------------------------------------------------------------------------- subjects
#: Verbs between a subject and its distance ("X is 10 km north of Y", "berada").
LOCATIVE_VERBS: dict[str, tuple[str, ...]] = {
    "en": _alts(
        """
        is | are | was | were | lies | lie | lay | stand | stands | stood | remain | remains |
        remained | located | situated | moving | advancing | advanced | pushing | heading |
        are now | is now
        """
    ),
    "id": _alts("berada | terletak | berjarak | bergerak | maju | tinggal"),
    "uk": _alts(
        """
        перебувають | перебуває | знаходиться | знаходяться | розташоване | розташований |
        розташована | стоять | рухаються | просуваються | наступають
        """
    ),
    "ru": _alts(
        """
        находится | находятся | находились | расположен | расположена | расположено | стоят |
        движутся | продвигаются | наступают
        """
    ),
    "de": _alts(
        """
        liegt | liegen | befindet sich | befinden sich | stehen | steht | sind | ist | rücken |
        vorrücken | stießen
        """
    ),
    "fr": _alts(
        """
        se trouve | se trouvent | est situé | est située | sont | est | progressent | avancent
        """
    ),
    "es": _alts(
        """
        se encuentra | se encuentran | está | están | situado | situada | ubicado | ubicada |
        avanzan
        """
    ),
}

#: Words that end a subject noun phrase going backwards.
CLAUSE_BREAKS: frozenset[str] = frozenset(
    _alts(
        """
    aber | after | als | and | bahwa | but | dalam | dan | das | dass | der | di | die | et |
    in | ketika | mais | mientras | namun | on | pero | que | qui | sementara | tetapi | that |
    und | when | which | while | who | y | yang | але | в | и | когда | коли | которые |
    который | на | но | та | у | что | що | яка | який | які | і
    """
    )
)

#: Adverbs skipped between a speaker or subject and its verb ("X also said", "X juga
#: mengatakan", "Kupiansk now lies", "Kota itu kini hanya berjarak").
SKIP_ADVERBS: frozenset[str] = frozenset(
    _alts(
        """
    a | also | auch | aussi | bereits | berulang | déjà | earlier | ha | had | has | have |
    hanya | jetzt | juga | just | kali | kini | lediglich | maintenant | masih | noch | now |
    nun | nur | only | pernah | seulement | solo | sólo | лише | лишь | тільки | только |
    previously | repeatedly | sebelumnya | sekarang | still | sudah | también | telah | ya |
    zuvor | désormais | également | ahora | вже | досі | зараз | ранее | раніше |
    сейчас | также | також | тепер | теперь | уже
    """
    )
)

#: Articles dropped from the front of a speaker or subject.
ARTICLES: frozenset[str] = frozenset(
    _alts(
        """
    a | an | das | dem | den | der | des | die | el | l' | la | las | le | les | los | the
    """
    )
)

#: Words that end a speaker phrase going forwards ("kata kementerian … pada Minggu").
SPEAKER_STOPS: frozenset[str] = frozenset(
    _alts(
        """
    a | about | after | am | and | as | at | bahwa | dalam | dan | dass | di | during | el |
    en | et | im | in | kepada | ketika | le | on | pada | que | saat | said | that | to |
    told | und | y | yang | à | в | и | на | после | та | у | что | що | і
    """
    )
)

#: Place-type words that may precede a name ("м. Покровськ", "kota Pokrovsk").
PLACE_ABBREVIATIONS: frozenset[str] = frozenset(
    _alts("desa | kota | г. | д. | м. | п. | пос. | с. | сел. | смт | смт.")
)

#: Settlement-type words dropped from the front of a named subject ("Село Завітне").
PLACE_TYPES: frozenset[str] = frozenset(
    _alts(
        """
        village | town | city | settlement | desa | kota | село | селище | місто | смт |
        город | деревня | посёлок | поселок | село | dorf | stadt | ort | ortschaft |
        ville | localité | pueblo | ciudad | localidad | aldea
        """
    )
)

#: Demonstratives that may follow or precede a place-type word ("kota itu", "this town"):
#: a subject made only of these, articles and place types refers to a settlement.
DEMONSTRATIVES: frozenset[str] = frozenset(
    _alts(
        """
        itu | tersebut | ini | this | that | це | цей | ця | те | это | этот | эта | то |
        dieser | diese | dieses | ce | cette | cet | este | esta | ese | esa
        """
    )
)

#: Lower-case words allowed inside a capitalised name ("Ministerio de Defensa").
NAME_LINKERS: frozenset[str] = frozenset(_alts("of | for | de | del | des | du | der | di | von"))

#: Prepositions allowed between a qualifier and its number ("менше ніж за 15 км").
NUMBER_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": (),
    "id": (),
    "uk": _alts("за | в | у | на"),
    "ru": _alts("в | во | на"),
    "de": (),
    "fr": _alts("à"),
    "es": _alts("a"),
}
