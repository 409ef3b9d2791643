"""How wide must claim bands and sectors be to contain what reporters describe?

    python benchmarks/calibrate_bands.py [--corpora dev,lgl,geovirus]
                                         [--corpus-dir ../shared/benchmarks] [--output PATH]

For every distance claim that locates a named subject ("Swanton is about 20 miles west
of Toledo"), compare the claimed distance and bearing with the measured geodesic ones
(anchor -> subject) and report, for a grid of band fractions and sector widths, the
share of claims whose drawn geometry contains the subject. This is the calibration step
of issue 8; the sample size is printed first: read it before the percentages.

Sources (the public corpora are GPL-3.0 data, read at run time from ``--corpus-dir``
and never copied into the repository; a corpus that is absent is skipped):

- ``dev``: ``benchmarks/data/dev_reports.jsonl`` (our multilingual snippets, gold places);
- ``lgl``: Local-Global Lexicon, local US news (``lgl.xml``);
- ``geovirus``: GeoVirus, WikiNews (``geovirus.xml``, offsets aligned by
  :func:`geoparsing.load_geovirus`).

Which claims are kept (the protocol, printed with the results):

1. ``gf.parse(text)`` on the raw article (``lang`` given for the dev set only); every
   distance claim in ``report.claim_records`` is a candidate. Claims whose anchor is a
   reference ("the city") are dropped: there is no anchor span to check against gold.
2. The anchor must be verified by gold: its text span overlaps a gold toponym that has
   gold coordinates.
3. The subject must be verified by gold, found in one of two ways (column "via"):
   ``geofront`` - the claim's own ``subject_start/_end`` overlaps a gold toponym;
   ``pattern`` - else, this script's transparent rule: the closest gold toponym that
   ends before the claim in the same sentence, separated from the claim only by a
   comma, "is/was/lies/sits", "which is", "(is) located/situated" (optionally after a
   comma); in "City, State, 35 miles south of X" the city is taken, not the state.
   "near X, 80 km west of Y" is NOT accepted (the claim then locates something near X).
4. Claims that ``gf.parse`` does not find at all are also looked for with this script's
   regex :data:`CLAIM_RE` ("<qualifier> <number> miles|km <direction> of|from", then a
   gold toponym within five words); the phrase, with a space put between a number and a
   glued unit ("160km"), is then read by :func:`geofront.claims.find_claims`, so its
   bound, distance, bearing and band come from the library, not from this script.
5. Subject and anchor must be different gold toponyms; one claim per identical sentence
   (and claim text) across all corpora.

Measuring and containment: the GOLD coordinates of anchor and subject are the truth
(geocoding errors do not enter). For each candidate (fraction f, sector width w) the
claim is read again by ``find_claims(text, lang=report.lang, about_frac=f,
exact_frac=f, sector_width_deg=w, sector_width_16_deg=w)`` - the call ``gf.parse``
makes - and drawn by :func:`geofront.resolve.claim_geometry` around the gold anchor,
exactly as ``gf.parse`` draws it; "contained" means that geometry intersects the gold
subject point. "Band alone" draws the same claim without its direction (a ring);
"sector alone" draws it with its direction and a band from 0 to well past the subject.
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import geoparsing as gp  # noqa: E402
import shapely  # noqa: E402

import geofront as gf  # noqa: E402
from geofront import geodesic  # noqa: E402
from geofront import lexicon as lx  # noqa: E402
from geofront.claims import ABOUT_FRAC, EXACT_FRAC, find_claims  # noqa: E402
from geofront.resolve import claim_geometry  # noqa: E402

DEFAULT_CORPUS_DIR = ROOT / ".." / "shared" / "benchmarks"
DEV_SET = ROOT / "benchmarks" / "data" / "dev_reports.jsonl"
RESULTS = ROOT / "benchmarks" / "results" / "calibration.md"

#: Band half-widths tried (fraction of the claimed distance).
FRACS = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
#: Sector widths tried, degrees (for 8- and 16-point names alike).
WIDTHS = (22.5, 30.0, 45.0, 60.0, 90.0, 120.0)
#: Distance classes of the report, km.
RANGES = (("< 10 km", 0.0, 10.0), ("10-50 km", 10.0, 50.0), ("> 50 km", 50.0, math.inf))
TARGET = 0.9
#: Claims dropped for want of a gold subject (printed with --show-dropped, for checking).
DROPPED: list[tuple[str, str, str]] = []

_DIR = r"(?:north|south)(?:[- ]?(?:north|south)?-?(?:east|west))?|east|west"
_NUM = (
    r"\d[\d,.]*|\d+\s*/\s*\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|a couple of|several"
)
#: Claim phrases this script looks for itself (step 4 of the protocol).
CLAIM_RE = re.compile(
    r"(?:\b(?:about|approximately|around|roughly|some|nearly|almost|just|only|less than"
    r"|more than|within|under|over)\s+)?"
    rf"\b(?:{_NUM})\s*-?\s*(?:miles?|mi|kilomet(?:er|re)s?|kms?)\b\s+"
    rf"(?:{_DIR})\s+(?:of|from)\s+",
    re.IGNORECASE,
)
_GLUED = re.compile(r"(\d)(km|kms|mi)\b", re.IGNORECASE)
#: What may stand between a subject and its claim (step 3, "pattern").
_SUBJECT_GAP = re.compile(
    r"\s*(?:,\s*(?:which|that)\s+(?:is|was|lies)\s*|,\s*(?:(?:is|was)\s+)?(?:located|situated)\s*"
    r"|\s+(?:is|was|lies|sits)(?:\s+(?:located|situated))?\s*|,\s*)",
    re.IGNORECASE,
)


#: "the town lies" / "the city is" right before a claim (step 3, "coreference").
_COREF = re.compile(
    r"\b(?:the|this)\s+(?:small\s+|tiny\s+)?(?:town|city|village)\s+(?:is|lies|sits)\s*"
    r"(?:located\s*|situated\s*)?$",
    re.IGNORECASE,
)


@dataclass
class Row:
    corpus: str
    ident: str
    text: str
    lang: str | None
    start: int
    end: int
    phrase: str | None  # the phrase find_claims reads (step 4), else None: the article
    via: str
    raw: str
    bound: str
    claimed_m: float
    claimed_deg: float | None
    subject: gp.Gold
    anchor: gp.Gold
    measured_m: float = 0.0
    measured_deg: float = 0.0
    inside: dict = field(default_factory=dict)  # (f, w) -> bool, full geometry
    ring: dict = field(default_factory=dict)  # f -> bool, band alone
    sector: dict = field(default_factory=dict)  # w -> bool, sector alone

    @property
    def compass(self) -> str:
        if self.claimed_deg is None:
            return "none"
        return "16-point" if self.claimed_deg in lx.COMPASS_16 else "8-point"

    @property
    def ratio(self) -> float:
        return self.measured_m / self.claimed_m

    @property
    def bearing_error(self) -> float | None:
        return None if self.claimed_deg is None else angle(self.claimed_deg, self.measured_deg)

    @property
    def hedge(self) -> str:
        return {"about": "hedged (about)", "exact": "bare number"}.get(self.bound, self.bound)


def angle(a: float, b: float) -> float:
    return abs((a - b + 180.0) % 360.0 - 180.0)


def _gold_at(art: gp.Article, start: int | None, end: int | None) -> gp.Gold | None:
    if start is None or end is None:
        return None
    hits = [g for g in art.gold if g.lat is not None and g.start < end and start < g.end]
    return max(hits, key=lambda g: min(g.end, end) - max(g.start, start)) if hits else None


def _sentence_start(text: str, pos: int) -> int:
    cut = max(text.rfind(". ", 0, pos), text.rfind("\n", 0, pos), text.rfind("? ", 0, pos))
    return cut + 1 if cut >= 0 else 0


def pattern_subject(
    art: gp.Article, claim_start: int, gaz: gf.Gazetteer
) -> tuple[gp.Gold | None, str]:
    """Step 3: the gold toponym the claim is attached to, and how it was found."""
    s0 = _sentence_start(art.text, claim_start)
    before = [g for g in art.gold if g.lat is not None and s0 <= g.start and g.end <= claim_start]
    if before:
        subject = max(before, key=lambda g: g.end)
        if _SUBJECT_GAP.fullmatch(art.text, subject.end, claim_start):
            return _city_of(art, subject), "pattern"
    # "Lyman ... was shelled again. The town lies about 20 km northeast of Sloviansk"
    ref = _COREF.search(art.text, max(0, claim_start - 60), claim_start)
    if ref:
        earlier = [
            g for g in art.gold
            if g.lat is not None and ref.start() - 300 <= g.start and g.end <= ref.start()
            and not area_kind(g, gaz)
        ]  # fmt: skip
        if earlier:
            return max(earlier, key=lambda g: g.end), "coreference"
    return None, ""


def _city_of(art: gp.Article, subject: gp.Gold) -> gp.Gold:
    """In "Louisville, Kentucky, about 35 miles ..." the city, not the state."""
    for g in art.gold:
        if g is not subject and g.lat is not None and g.end <= subject.start:
            if re.fullmatch(r",\s*", art.text[g.end : subject.start]):
                return g
    return subject


#: Gazetteer kinds that are not a point a distance claim can locate.
AREA_KINDS = frozenset({"country", "admin1", "region"})


def area_kind(gold: gp.Gold, gaz: gf.Gazetteer) -> str | None:
    """The gazetteer kind of a gold toponym when it is a country/state/region, else None.

    By GeoNames id when gold has one (LGL, dev), else the same-named gazetteer entry
    nearest the gold point (within 300 km).
    """
    place = gaz.get(gold.geonameid) if gold.geonameid else None
    if place is None:
        near = [
            p for p in gaz.search(gold.surface, limit=10)
            if geodesic.distance_m(p.lon, p.lat, gold.lon, gold.lat) < 300_000
        ]  # fmt: skip
        place = near[0] if near else None
    return place.kind if place is not None and place.kind in AREA_KINDS else None


def _anchor_after(art: gp.Article, pos: int) -> gp.Gold | None:
    after = [g for g in art.gold if g.lat is not None and g.start >= pos]
    if not after:
        return None
    g = min(after, key=lambda g: g.start)
    gap = art.text[pos : g.start]
    return g if len(gap.split()) <= 5 and not re.search(r"[.;:!?\n]", gap) else None


def _phrase_claim(phrase: str, **params: float):
    spans = [c for c in find_claims(phrase, lang="en", **params) if c.claim == "distance"]
    return spans[0] if spans else None


def collect_article(corpus: str, art: gp.Article, gaz: gf.Gazetteer) -> tuple[list[Row], dict]:
    counts: dict[str, int] = defaultdict(int)
    report = gf.parse(art.text, lang=art.lang if corpus == "dev" else None, gazetteer=gaz)
    rows: list[Row] = []
    covered: list[tuple[int, int]] = []
    for claim in report.claim_records:
        span = claim.span
        if span.claim != "distance" or not span.distance_m:
            continue
        counts["distance claims found by gf.parse"] += 1
        covered.append((span.start, span.end))
        if span.anchor_ref or span.anchor_start is None:
            counts["dropped: anchor is a reference or missing"] += 1
            continue
        anchor = _gold_at(art, span.anchor_start, span.anchor_end)
        if anchor is None:
            counts["dropped: anchor not a gold toponym with coordinates"] += 1
            continue
        subject, via = _gold_at(art, span.subject_start, span.subject_end), "geofront"
        if subject is not None:
            subject = _city_of(art, subject)
        if subject is None or subject is anchor or area_kind(subject, gaz):
            subject, via = pattern_subject(art, span.start, gaz)
        if subject is None or subject is anchor:
            counts["dropped: no gold subject"] += 1
            DROPPED.append((corpus, span.raw, art.text[max(0, span.start - 90) : span.start]))
            continue
        if area_kind(subject, gaz):
            counts["dropped: subject is a country/state/region"] += 1
            continue
        rows.append(
            Row(corpus, art.ident, art.text, report.lang, span.start, span.end, None, via,
                span.raw, span.bound, span.distance_m, span.bearing_deg, subject, anchor)
        )  # fmt: skip
    if corpus == "dev":  # the regex of step 4 is English
        return rows, counts
    for m in CLAIM_RE.finditer(art.text):
        if any(a < m.end() and m.start() < b for a, b in covered):
            continue
        counts["claims found only by this script's regex"] += 1
        anchor = _anchor_after(art, m.end())
        if anchor is None:
            counts["dropped (regex): no gold anchor right after"] += 1
            continue
        phrase = _GLUED.sub(r"\1 \2", art.text[m.start() : anchor.end])
        span = _phrase_claim(phrase)
        if span is None:
            counts["dropped (regex): find_claims cannot read the phrase"] += 1
            continue
        subject, via = pattern_subject(art, m.start(), gaz)
        if subject is None or subject is anchor:
            counts["dropped: no gold subject"] += 1
            DROPPED.append((corpus, m.group(), art.text[max(0, m.start() - 90) : m.start()]))
            continue
        if area_kind(subject, gaz):
            counts["dropped: subject is a country/state/region"] += 1
            continue
        rows.append(
            Row(corpus, art.ident, art.text, "en", m.start(), anchor.end, phrase, f"regex+{via}",
                art.text[m.start() : anchor.end], span.bound, span.distance_m,
                span.bearing_deg, subject, anchor)
        )  # fmt: skip
    return rows, counts


def _spans(row: Row, cache: dict, **params: float):
    """The claim as ``gf.parse`` reads it with these parameters."""
    if row.phrase is not None:
        return _phrase_claim(row.phrase, **params)
    key = (id(row.text), tuple(sorted(params.items())))
    if key not in cache:
        cache[key] = {
            (c.start, c.end): c
            for c in find_claims(row.text, lang=row.lang, **params)
            if c.claim == "distance"
        }
    return cache[key].get((row.start, row.end))


def measure(rows: list[Row]) -> None:
    """Measured distance/bearing and containment of every row, through the real geometry code."""
    cache: dict = {}
    for row in rows:
        a, s = row.anchor, row.subject
        row.measured_m = float(geodesic.distance_m(a.lon, a.lat, s.lon, s.lat))
        row.measured_deg = float(geodesic.bearing_deg(a.lon, a.lat, s.lon, s.lat)) % 360.0
        place = gf.Place(a.surface, a.lon, a.lat)
        point = shapely.Point(s.lon, s.lat)
        for f in FRACS:
            for w in WIDTHS:
                p = dict(about_frac=f, exact_frac=f, sector_width_deg=w, sector_width_16_deg=w)
                span = _spans(row, cache, **p)
                if span is None or span.distance_m != row.claimed_m:
                    raise RuntimeError(f"claim {row.raw!r} not read again with {p}")
                row.inside[f, w] = bool(claim_geometry(span, place).intersects(point))
                if w == WIDTHS[0]:
                    ring = replace(span, bearing_deg=None)
                    row.ring[f] = bool(claim_geometry(ring, place).intersects(point))
                if f == FRACS[0] and span.bearing_deg is not None:
                    far = 2.0 * max(row.measured_m, row.claimed_m)
                    wedge = replace(span, bound="range", min_m=0.0, max_m=far)
                    row.sector[w] = bool(claim_geometry(wedge, place).intersects(point))


def load(corpora: list[str], corpus_dir: Path) -> dict[str, list[gp.Article]]:
    out = {}
    for name in corpora:
        if name == "dev":
            out[name] = gp.load_dev(DEV_SET)
        else:
            path = corpus_dir / f"{name}.xml"
            if not path.exists():
                print(f"{path} is absent: {name} skipped", file=sys.stderr)
                continue
            out[name] = (gp.load_lgl if name == "lgl" else gp.load_geovirus)(path)
    return out


def collect(articles: dict[str, list[gp.Article]]) -> tuple[list[Row], dict]:
    gaz = gf.Gazetteer.default()
    rows: list[Row] = []
    counts: dict[str, dict[str, int]] = {}
    seen: set[tuple[str, str]] = set()
    for corpus, arts in articles.items():
        counts[corpus] = defaultdict(int)
        counts[corpus]["articles"] = len(arts)
        for art in arts:
            found, c = collect_article(corpus, art, gaz)
            for k, v in c.items():
                counts[corpus][k] += v
            for row in found:
                s0 = _sentence_start(row.text, row.start)
                s1 = row.text.find(". ", row.end)
                key = (" ".join(row.text[s0 : s1 if s1 > 0 else None].split()), row.raw)
                if key in seen:
                    counts[corpus]["dropped: identical sentence seen before"] += 1
                    continue
                seen.add(key)
                counts[corpus][f"kept (subject via {row.via})"] += 1
                rows.append(row)
    measure(rows)
    return rows, counts


# --------------------------------------------------------------------------- report


def _pct(x: float) -> str:
    return f"{x:.0%}"


def _share(xs: list[bool]) -> str:
    return f"{_pct(sum(xs) / len(xs))} ({sum(xs)}/{len(xs)})" if xs else "-"


def _q(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, math.ceil(q * len(xs)) - 1))]


def _dist(xs: list[float], fmt: str) -> str:
    if not xs:
        return "| - | - | - | - | - |"
    vals = (min(xs), statistics.median(xs), _q(xs, 0.9), max(xs))
    return f"| {len(xs)} | " + " | ".join(format(v, fmt) for v in vals) + " |"


def _words(s: str, n: int = 10) -> str:
    w = s.split()
    return " ".join(w[:n]) + (" …" if len(w) > n else "")


def wilson_low(k: int, n: int, z: float = 1.96) -> float:
    """Lower end of the 95 % Wilson interval of a share k/n."""
    if n == 0:
        return 0.0
    p = k / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n)


def tightest(rows: list[Row], key, grid) -> tuple[object, float] | None:
    """The smallest grid value whose containment reaches TARGET, with that containment."""
    if not rows:
        return None
    for v in grid:
        k = sum(key(r, v) for r in rows)
        if k / len(rows) >= TARGET:
            return v, k
    return None


def provenance() -> str:
    """The commit measured, and whether geofront/ had uncommitted changes."""
    import subprocess

    def git(*args: str) -> str:
        try:
            return subprocess.run(
                ["git", *args], cwd=ROOT, capture_output=True, text=True, check=True
            ).stdout.strip()
        except (OSError, subprocess.CalledProcessError):
            return ""

    head = git("rev-parse", "--short", "HEAD") or "unknown commit"
    dirty = git("status", "--porcelain", "--", "geofront")
    return f"commit {head}" + (" with uncommitted changes in geofront/" if dirty else "")


def render(rows: list[Row], counts: dict, command: str) -> str:
    out = [
        "# Calibration of claim bands and sectors (issue 8)",
        "",
        f"Command: `{command}`, {date.today().isoformat()}, geofront {gf.__version__}, "
        f"{provenance()}.",
        "",
        "Protocol: see the docstring of `benchmarks/calibrate_bands.py` — `gf.parse` on the raw",
        "text; a claim is kept only when its anchor and its subject both overlap gold",
        "toponyms with coordinates, and the GOLD coordinates are measured; containment is",
        "`claim_geometry` (the code `gf.parse` draws with) around the gold anchor, with the",
        "band and sector re-read by `find_claims` under each candidate parameter.",
        "",
        "## Sample",
        "",
    ]
    keys = sorted({k for c in counts.values() for k in c}, key=lambda k: (k != "articles", k))
    out.append("| | " + " | ".join(counts) + " |")
    out.append("|---|" + "---:|" * len(counts))
    for k in keys:
        out.append(f"| {k} | " + " | ".join(str(counts[c].get(k, 0)) for c in counts) + " |")
    total = len(rows)
    facts = {
        (round(r.anchor.lon, 2), round(r.anchor.lat, 2), round(r.subject.lon, 2),
         round(r.subject.lat, 2), r.claimed_m)
        for r in rows
    }  # fmt: skip
    out += [
        "",
        f"**{total} claims kept** (distinct sentences); {len(facts)} distinct facts (same anchor,",
        "subject and claimed distance, e.g. one dev-set claim written in several languages).",
        "",
        "## Every kept claim",
        "",
        "| corpus | claim (≤ 10 words) | subject (gold) | via | bound | claimed km | measured km "
        "| ratio | bearing error ° | inside at defaults |",
        "|---|---|---|---|---|---:|---:|---:|---:|---|",
    ]
    d_frac = {"about": ABOUT_FRAC, "exact": EXACT_FRAC}
    for r in sorted(rows, key=lambda r: (r.corpus, r.claimed_m)):
        err = r.bearing_error
        f = d_frac.get(r.bound, ABOUT_FRAC)
        w = 22.5 if r.compass == "16-point" else 45.0
        w_ok = w if w in WIDTHS else 45.0
        inside = r.inside.get((f, w_ok))
        out.append(
            f"| {r.corpus} | {_words(r.raw)} | {r.subject.surface} | {r.via} | {r.bound} | "
            f"{r.claimed_m / 1000:.1f} | {r.measured_m / 1000:.1f} | {r.ratio:.2f} | "
            f"{'' if err is None else f'{err:.0f}'} | {'yes' if inside else 'no'} |"
        )
    out += [
        "",
        "## Distance ratio (measured / claimed)",
        "",
        "| class | n | min | median | 90th pct | max |",
        "|---|---:|---:|---:|---:|---:|",
        "| all " + _dist([r.ratio for r in rows], ".2f"),
    ]
    for h in sorted({r.hedge for r in rows}):
        out.append(f"| {h} " + _dist([r.ratio for r in rows if r.hedge == h], ".2f"))
    for name, lo, hi in RANGES:
        sel = [r.ratio for r in rows if lo <= r.claimed_m / 1000 < hi]
        out.append(f"| claimed {name} " + _dist(sel, ".2f"))
    out.append("")
    out.append("Relative error |ratio − 1|:")
    out.append("")
    out.append("| class | n | min | median | 90th pct | max |")
    out.append("|---|---:|---:|---:|---:|---:|")
    out.append("| all " + _dist([abs(r.ratio - 1) for r in rows], ".2f"))
    for h in sorted({r.hedge for r in rows}):
        out.append(f"| {h} " + _dist([abs(r.ratio - 1) for r in rows if r.hedge == h], ".2f"))
    for name, lo, hi in RANGES:
        sel = [abs(r.ratio - 1) for r in rows if lo <= r.claimed_m / 1000 < hi]
        out.append(f"| claimed {name} " + _dist(sel, ".2f"))
    directional = [r for r in rows if r.claimed_deg is not None]
    out += [
        "",
        "## Bearing error (degrees, |measured − claimed|)",
        "",
        "| class | n | min | median | 90th pct | max |",
        "|---|---:|---:|---:|---:|---:|",
        "| all " + _dist([r.bearing_error for r in directional], ".0f"),
    ]
    for c in ("8-point", "16-point"):
        out.append(
            f"| {c} " + _dist([r.bearing_error for r in directional if r.compass == c], ".0f")
        )
    for name, lo, hi in RANGES:
        sel = [r.bearing_error for r in directional if lo <= r.claimed_m / 1000 < hi]
        out.append(f"| claimed {name} " + _dist(sel, ".0f"))

    show_fracs = [f for f in FRACS if round(f * 10, 6) == round(f * 10)]
    out += [
        "",
        "## Containment: band alone (ring, direction ignored)",
        "",
        "Columns: the band half-width ±f (fraction of the claimed distance) used for",
        '`about_frac` and `exact_frac`. "at most" claims are a disk and "range" claims',
        'their stated range whatever f is; "at least" claims run to 1.5× the distance.',
        "",
        "| class | " + " | ".join(f"±{f:.0%}" for f in show_fracs) + " |",
        "|---|" + "---:|" * len(show_fracs),
    ]
    for label, sel in (
        [("all", rows)]
        + [(h, [r for r in rows if r.hedge == h]) for h in sorted({r.hedge for r in rows})]
        + [
            (f"claimed {n}", [r for r in rows if lo <= r.claimed_m / 1000 < hi])
            for n, lo, hi in RANGES
        ]
    ):
        out.append(
            f"| {label} | "
            + " | ".join(_share([r.ring[f] for r in sel]) for f in show_fracs)
            + " |"
        )
    out += [
        "",
        "## Containment: sector alone (direction, band from 0 to past the subject)",
        "",
        "| class | " + " | ".join(f"{w:g}°" for w in WIDTHS) + " |",
        "|---|" + "---:|" * len(WIDTHS),
    ]
    for label, sel in [("all directional", directional)] + [
        (c, [r for r in directional if r.compass == c]) for c in ("8-point", "16-point")
    ]:
        out.append(
            f"| {label} | " + " | ".join(_share([r.sector[w] for r in sel]) for w in WIDTHS) + " |"
        )
    out += [
        "",
        "## Containment: the full drawn geometry (band cut to the sector)",
        "",
        "All kept claims; claims without a direction are a band whatever the width.",
        "",
        "| band ± | " + " | ".join(f"{w:g}°" for w in WIDTHS) + " |",
        "|---:|" + "---:|" * len(WIDTHS),
    ]
    for f in show_fracs:
        out.append(
            f"| {f:.0%} | "
            + " | ".join(_share([r.inside[f, w] for r in rows]) for w in WIDTHS)
            + " |"
        )

    out += ["", "## Tightest values reaching 90 % containment (on this sample)", ""]
    out.append(
        "| parameter | claims | tightest value | containment | 95 % lower bound "
        "| mean band width, % of distance |"
    )
    out.append("|---|---:|---:|---:|---:|---:|")
    for label, bound in (("about_frac (hedged)", "about"), ("exact_frac (bare number)", "exact")):
        sel = [r for r in rows if r.bound == bound]
        best = tightest(sel, lambda r, f: r.ring[f], FRACS)
        if best is None:
            out.append(f"| {label} | {len(sel)} | not reached at ±{FRACS[-1]:.0%} | - | - | - |")
            continue
        f, k = best
        widths = [r.claimed_m * 2 * f / r.claimed_m for r in sel]  # ring (max - min) / distance
        out.append(
            f"| {label} | {len(sel)} | ±{f:.0%} | {_pct(k / len(sel))} ({k}/{len(sel)}) | "
            f"{_pct(wilson_low(k, len(sel)))} | {statistics.mean(widths):.0%} |"
        )
    for c, param in (("8-point", "sector_width_deg"), ("16-point", "sector_width_16_deg")):
        sel = [r for r in directional if r.compass == c]
        best = tightest(sel, lambda r, w: r.sector[w], WIDTHS)
        if best is None:
            why = "no claims" if not sel else f"not reached at {WIDTHS[-1]:g}°"
            out.append(f"| {param} ({c}) | {len(sel)} | {why} | - | - | - |")
            continue
        w, k = best
        out.append(
            f"| {param} ({c}) | {len(sel)} | {w:g}° | {_pct(k / len(sel))} ({k}/{len(sel)}) | "
            f"{_pct(wilson_low(k, len(sel)))} | - |"
        )
    for bound in ("at_most", "at_least", "range"):
        sel = [r for r in rows if r.bound == bound]
        if sel:
            out.append(
                f"| {bound} (no fraction applies) | {len(sel)} | - | "
                f"{_share([r.ring[FRACS[0]] for r in sel])} | - | - |"
            )
    return "\n".join(out) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", default="dev,lgl,geovirus")
    parser.add_argument("--corpus-dir", default=str(DEFAULT_CORPUS_DIR))
    parser.add_argument(
        "--show-dropped",
        action="store_true",
        help="print claims dropped for want of a gold subject (to stderr)",
    )
    parser.add_argument("--output", default=None, help=f"write the markdown here (e.g. {RESULTS})")
    args = parser.parse_args(argv)
    articles = load(args.corpora.split(","), Path(args.corpus_dir))
    rows, counts = collect(articles)
    command = "python benchmarks/calibrate_bands.py" + (
        f" --corpora {args.corpora}" if args.corpora != "dev,lgl,geovirus" else ""
    )
    text = render(rows, counts, command)
    if args.show_dropped:
        for corpus, raw, before in DROPPED:
            print(f"{corpus}: …{' '.join(before.split())} [{raw}]", file=sys.stderr)
    print(text)
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
