"""Split report text into sentences, as character spans.

Rules, in order:

1. A blank line always ends a sentence (wire reports are one paragraph per sentence
   or two). A single line break ends one when the line before ends in terminal
   punctuation or is short (a headline, a dateline, a caption); otherwise it is a
   hard wrap inside a sentence.
2. Inside a line, ``.``, ``!``, ``?`` or ``…`` (plus any closing quotes or brackets)
   ends a sentence when whitespace follows and the next word starts with an
   upper-case letter, a digit or an opening quote.
3. Not after an abbreviation that never ends a sentence: titles ("Gen.", "Lt.",
   "ген."), place-type and date abbreviations ("м.", "с.", "р.", "г.", "ст.",
   "обл."), and single initials ("V. Putin").
4. Not inside a quotation (“…”, «…», „…“, "…"): a quoted sentence ends with the
   sentence that quotes it, so "“… 12 pemukiman,” kata Gerasimov." stays one unit.
   A quote left open at the end of a paragraph is treated as no quote.

Spans exclude surrounding whitespace; ``text[start:end]`` is the sentence.

Examples
--------
>>> from geofront.sentences import split_sentences
>>> text = "Gen. Syrskyi said it. Troops are 15 km. from the city. “Go. Now,” he said."
>>> [text[s:e] for s, e in split_sentences(text)]
['Gen. Syrskyi said it.', 'Troops are 15 km. from the city.', '“Go. Now,” he said.']
"""

from __future__ import annotations

import re

__all__ = ["split_sentences", "ABBREVIATIONS"]

#: Abbreviations (lower case, without the dot) after which a sentence never ends.
ABBREVIATIONS: frozenset[str] = frozenset(
    {
        # titles and ranks
        "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr", "mr",
        "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "pres", "st", "jr", "sr", "rev",
        "hon", "gen.-maj", "bpk", "ir", "drs", "ген", "полк", "ген.-лейт", "генерал-лейт",
        "п", "пан", "пані", "г-н", "м-р", "herr", "frau", "mme", "mlle", "mm", "sra",
        "srta", "dña", "gral", "cnel",
        # places, dates, references
        "м", "с", "смт", "сел", "обл", "р-н", "вул", "ул", "пр", "просп", "пос", "д",
        "р", "рр", "г", "гг", "ст", "ч", "т", "тис", "млн", "млрд", "тыс", "прим",
        "jl", "kab", "kec", "prov", "no", "nos", "nr", "vol", "art", "approx", "ca",
        "cf", "vs", "etc", "e.g", "i.e", "z.b", "bzw", "vgl", "u.a", "s", "av", "avda",
        "km²", "mt", "mts", "ft", "ste", "pt",
    }
)  # fmt: skip

_OPEN_QUOTES = {"“": "”", "«": "»", "„": "“", "‹": "›", '"': '"', "‚": "‘"}
_CLOSE_ONLY = {"”", "»", "›"}
_QUOTE_CHARS = re.compile('[“”«»„‹›"‚‘]')
_TERMINAL = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s)")
_LINEBREAK = re.compile(r"[ \t]*\r?\n(?:[ \t]*\r?\n)*")
_PREV_WORD = re.compile(r"(\S+?)\.$")
_SHORT_LINE = 60


def _quote_closed_at(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of balanced quotations in ``text[start:end]``."""
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in _QUOTE_CHARS.finditer(text, start, end):
        c, i = m.group(), m.start()
        if stack and c == _OPEN_QUOTES[stack[-1][0]]:
            opener, pos = stack.pop()
            if not stack:
                spans.append((pos, i))
            continue
        if c in _OPEN_QUOTES:
            if c == '"' and stack and stack[-1][0] == '"':
                continue
            stack.append((c, i))
        elif c in _CLOSE_ONLY and stack:
            stack.pop()
    return spans


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    m = _PREV_WORD.search(text, max(line_start, dot - 20), dot + 1)
    if m is None:
        return False
    word = m.group(1).lstrip("([“«\"'„").lower()
    if word in ABBREVIATIONS:
        return True
    # single initial: "V. Putin", "О. Сирський"
    return len(word) == 1 and word.isalpha() and m.group(1)[-1].isupper()


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    quotes = _quote_closed_at(text, start, end)
    sent_start = start
    for m in _TERMINAL.finditer(text, start, end):
        stop = m.end()
        nxt = stop
        while nxt < end and text[nxt].isspace():
            nxt += 1
        if nxt >= end:
            break
        c = text[nxt]
        if not (c.isupper() or c.isdigit() or c in "“«„\"'‘—–-"):
            continue
        if text[m.start()] == "." and m.end() - m.start() == 1:
            if _is_abbreviation(text, start, m.start()):
                continue
        if any(qs < m.start() < qe for qs, qe in quotes):
            continue
        _emit(text, sent_start, stop, out)
        sent_start = nxt
    _emit(text, sent_start, end, out)


def _emit(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def split_sentences(text: str) -> list[tuple[int, int]]:
    r"""Split ``text`` into sentence spans ``(start, end)``.

    Parameters
    ----------
    text : str
        Report text in any of the supported languages.

    Returns
    -------
    list of (int, int)
        Character offsets; ``text[start:end]`` is a sentence without surrounding
        whitespace. Spans are in order and do not overlap.

    Examples
    --------
    >>> t = "Війська за 10 км від м. Покровськ. У 2014 р. Росія напала."
    >>> [t[s:e] for s, e in split_sentences(t)]
    ['Війська за 10 км від м. Покровськ.', 'У 2014 р. Росія напала.']
    >>> split_sentences("One.\n\nTwo")
    [(0, 4), (6, 9)]
    """
    out: list[tuple[int, int]] = []
    # 1. lines: decide which line breaks end a sentence
    blocks: list[tuple[int, int]] = []
    block_start = 0
    for m in _LINEBREAK.finditer(text):
        line = text[block_start : m.start()].rstrip()
        last_line = line[line.rfind("\n") + 1 :].strip()
        blank = m.group().count("\n") >= 2
        ends = bool(last_line) and last_line[-1] in ".!?…:;\"”»)’'"
        if blank or ends or len(last_line) < _SHORT_LINE:
            blocks.append((block_start, m.start()))
            block_start = m.end()
    blocks.append((block_start, len(text)))
    # 2. sentences inside each block
    for start, end in blocks:
        if start < end:
            _split_line(text, start, end, out)
    return out
