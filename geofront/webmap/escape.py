r"""The one door through which text reaches a map page.

Report text is untrusted. Every string geofront puts on a page — titles,
popups, tooltips, legend labels, layer names, sources — goes through
:func:`esc`; every data blob handed to JavaScript goes through :func:`js`.

:func:`esc` turns a value into HTML text that is inert in *every* context
folium and Leaflet paste it into: element content, quoted attributes,
JavaScript ``"…"``/``'…'`` strings and template literals (folium puts tooltip
text raw into backtick strings, so ``${…}`` would run). It entity-encodes
``& < > " '``, the backtick, ``$``, ``{``, ``}``, the backslash and line
breaks; the browser shows the original characters.

:func:`js` serialises data to JSON safe inside ``<script>``: ``<``, ``>``,
``&`` and the JavaScript line separators are ``\u`` escapes, so no string
can close the script element or open a comment.

Examples
--------
>>> esc("<img src=x onerror=alert(1)>")
'&lt;img src=x onerror=alert(1)&gt;'
>>> esc("${globalThis.x=1}`")
'&#36;&#123;globalThis.x=1&#125;&#96;'
>>> js({"q": "</script><script>alert(1)</script>"})
'{"q":"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e"}'
"""

from __future__ import annotations

import json
import math
from typing import Any

__all__ = ["esc", "js", "mark"]

_ENTITIES = {
    "&": "&amp;",
    "<": "&lt;",
    ">": "&gt;",
    '"': "&quot;",
    "'": "&#39;",
    "`": "&#96;",
    "$": "&#36;",
    "{": "&#123;",
    "}": "&#125;",
    "\\": "&#92;",
    "\n": "&#10;",
    "\r": "&#13;",
    "\u2028": "&#8232;",
    "\u2029": "&#8233;",
}
_TABLE = str.maketrans(_ENTITIES)

_JS = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}
_JS_TABLE = str.maketrans(_JS)


def esc(value: Any) -> str:
    """Inert HTML text for any value (``None`` and NaN become ``""``).

    Parameters
    ----------
    value : object
        Text from a report, a user's frame or a caller; anything is turned
        into ``str`` first.

    Returns
    -------
    str
        The text with every character that could start markup or code
        entity-encoded.

    Examples
    --------
    >>> esc('a "quoted" <b>word</b>')
    'a &quot;quoted&quot; &lt;b&gt;word&lt;/b&gt;'
    >>> esc(None), esc(float("nan")), esc(12)
    ('', '', '12')
    """
    if value is None:
        return ""
    if isinstance(value, float) and math.isnan(value):
        return ""
    return str(value).translate(_TABLE)


def mark(text: str, spans: list[tuple[int, int]]) -> str:
    """Escape ``text`` and wrap the character ranges ``spans`` in ``<mark>``.

    Overlapping or out-of-range spans are clipped; every piece of text is
    escaped with :func:`esc`, only the ``<mark>`` tags are markup.

    Examples
    --------
    >>> mark("about 15 km from <X>", [(0, 11)])
    '<mark>about 15 km</mark> from &lt;X&gt;'
    """
    out: list[str] = []
    pos = 0
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans):
        if end <= pos or start >= end:
            continue
        start = max(start, pos)
        out.append(esc(text[pos:start]))
        out.append(f"<mark>{esc(text[start:end])}</mark>")
        pos = end
    out.append(esc(text[pos:]))
    return "".join(out)


def js(data: Any) -> str:
    r"""Compact JSON of ``data`` that is safe to place inside a ``<script>`` element.

    Examples
    --------
    >>> js(["a<b", 1.5, None])
    '["a\\u003cb",1.5,null]'
    """
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return text.translate(_JS_TABLE)
