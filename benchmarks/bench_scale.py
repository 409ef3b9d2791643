"""Scaling benchmark of gf.parse_many: reports/s on 1 and 2 cores, memory per worker.

Synthetic reports (~3,000 characters, seeded) are composed from real place
names of eastern and southern Ukraine and claim sentence templates in seven
languages, with filler sentences between the claims.

    python benchmarks/bench_scale.py                 # 10,000 reports, 1 and 2 cores
    python benchmarks/bench_scale.py -n 500 --jobs 1 2

Prints a Markdown table (and the machine, load averages and estimates) to
paste into benchmarks/results/scale.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import threading
import time
from pathlib import Path

# (English / Latin name, Ukrainian, Russian) — real places
PLACES = [
    ("Pokrovsk", "Покровськ", "Покровск"),
    ("Kramatorsk", "Краматорськ", "Краматорск"),
    ("Sloviansk", "Слов'янськ", "Славянск"),
    ("Kostiantynivka", "Костянтинівка", "Константиновка"),
    ("Bakhmut", "Бахмут", "Бахмут"),
    ("Toretsk", "Торецьк", "Торецк"),
    ("Avdiivka", "Авдіївка", "Авдеевка"),
    ("Kupiansk", "Куп'янськ", "Купянск"),
    ("Lyman", "Лиман", "Лиман"),
    ("Siversk", "Сіверськ", "Северск"),
    ("Chasiv Yar", "Часів Яр", "Часов Яр"),
    ("Vuhledar", "Вугледар", "Угледар"),
    ("Huliaipole", "Гуляйполе", "Гуляйполе"),
    ("Orikhiv", "Оріхів", "Орехов"),
    ("Zaporizhzhia", "Запоріжжя", "Запорожье"),
    ("Kherson", "Херсон", "Херсон"),
    ("Kharkiv", "Харків", "Харьков"),
    ("Izium", "Ізюм", "Изюм"),
    ("Vovchansk", "Вовчанськ", "Волчанск"),
    ("Myrnohrad", "Мирноград", "Мирноград"),
    ("Selydove", "Селидове", "Селидово"),
    ("Kurakhove", "Курахове", "Курахово"),
    ("Donetsk", "Донецьк", "Донецк"),
    ("Mariupol", "Маріуполь", "Мариуполь"),
    ("Melitopol", "Мелітополь", "Мелитополь"),
    ("Nikopol", "Нікополь", "Никополь"),
    ("Dnipro", "Дніпро", "Днепр"),
    ("Sumy", "Суми", "Сумы"),
    ("Druzhkivka", "Дружківка", "Дружковка"),
    ("Dobropillia", "Добропілля", "Доброполье"),
]
DIRECTIONS = {
    "en": ["north", "south", "east", "west", "southeast", "northwest"],
    "id": ["utara", "selatan", "timur", "barat", "tenggara", "barat laut"],
    "de": ["nördlich", "südlich", "östlich", "westlich", "südöstlich", "nordwestlich"],
}
CLAIMS = {
    "en": [
        "Russian forces are about {d} km from {p}, the governor said.",
        "Ukrainian troops held positions {d} kilometres {dir} of {p} on Tuesday.",
        "Fighting continued within {d} km of {p}, according to the general staff.",
        "The front line now lies between {d} and {d2} km from {p}.",
        "Shelling hit the outskirts of {p} and the nearby town of {q}.",
    ],
    "id": [
        "Pasukan Rusia berada sekitar {d} kilometer dari {p}, kata gubernur.",
        "Pasukan Ukraina bertahan {d} km di sebelah {dir} {p} pada Selasa.",
        "Pertempuran berlanjut kurang dari {d} km dari {p}, menurut staf umum.",
    ],
    "uk": [
        "Російські війська перебувають приблизно за {d} кілометрів від міста {p_uk}.",
        "Бої тривають у районі {p_uk} та {q_uk}, повідомив Генштаб.",
    ],
    "ru": [
        "Российские войска находятся примерно в {d} км от города {p_ru}.",
        "Бои продолжаются в районе населённого пункта {p_ru}, сообщил штаб.",
    ],
    "de": [
        "Die russischen Truppen stehen etwa {d} Kilometer {dir} von {p}.",
        "Die Front verläuft weniger als {d} km von {p} entfernt, sagte der Gouverneur.",
    ],
    "fr": [
        "Les forces russes se trouvent à environ {d} km de {p}, selon le gouverneur.",
        "Des combats ont eu lieu à moins de {d} km de {p} et près de {q}.",
    ],
    "es": [
        "Las tropas rusas están a unos {d} kilómetros de {p}, según el gobernador.",
        "Los combates continúan a menos de {d} km de {p}.",
    ],
}
FILLER = {
    "en": [
        "The claim could not be independently verified.",
        "Officials said civilians were being evacuated from frontline areas.",
        "The ministry published no casualty figures for the past week.",
        "Analysts expect the offensive to continue through the winter months.",
    ],
    "id": [
        "Klaim tersebut tidak dapat diverifikasi secara independen.",
        "Pejabat mengatakan warga sipil sedang dievakuasi dari wilayah garis depan.",
    ],
    "uk": [
        "Цю інформацію не вдалося незалежно перевірити.",
        "Місцева влада продовжує евакуацію цивільного населення.",
    ],
    "ru": [
        "Эти данные не удалось независимо проверить.",
        "Местные власти продолжают эвакуацию мирных жителей.",
    ],
    "de": [
        "Die Angaben ließen sich nicht unabhängig überprüfen.",
        "Die Behörden setzten die Evakuierung der Zivilbevölkerung fort.",
    ],
    "fr": [
        "Ces informations n'ont pas pu être vérifiées de manière indépendante.",
        "Les autorités poursuivent l'évacuation des civils.",
    ],
    "es": [
        "La información no pudo ser verificada de forma independiente.",
        "Las autoridades continúan la evacuación de civiles.",
    ],
}
LANGS = list(CLAIMS)


def make_report(rng: random.Random, target_chars: int = 3000) -> str:
    """One synthetic report in one language, ~target_chars long."""
    lang = rng.choice(LANGS)
    sentences: list[str] = []
    size = 0
    while size < target_chars:
        if rng.random() < 0.45:
            p, q = rng.sample(PLACES, 2)
            d = rng.choice([2, 3, 5, 7, 10, 12, 15, 20, 25, 30])
            sentence = rng.choice(CLAIMS[lang]).format(
                p=p[0], q=q[0], p_uk=p[1], q_uk=q[1], p_ru=p[2], d=d, d2=d + 5,
                dir=rng.choice(DIRECTIONS.get(lang, DIRECTIONS["en"])),
            )  # fmt: skip
        else:
            sentence = rng.choice(FILLER[lang])
        sentences.append(sentence)
        size += len(sentence) + 1
        if rng.random() < 0.2:
            sentences.append("\n\n")
    return " ".join(sentences).replace(" \n\n ", "\n\n").strip()


def corpus(n: int, seed: int = 9) -> list[str]:
    """n seeded synthetic reports."""
    rng = random.Random(seed)
    return [make_report(rng) for _ in range(n)]


# --------------------------------------------------------------------------- memory


def _status_kb(pid: int, field: str, name: str = "status") -> int:
    try:
        for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _children() -> dict[int, int]:
    """pid -> ppid of every process."""
    out = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                out[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    return out


def _cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return 0.0


class MemorySampler(threading.Thread):
    """Peak RSS and PSS of the pool workers (grandchildren through the forkserver)."""

    def __init__(self, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak: dict[int, tuple[int, int]] = {}
        self.cpu: dict[int, float] = {}
        self.stop = threading.Event()

    def run(self) -> None:
        me = os.getpid()
        while not self.stop.wait(self.interval):
            parents = _children()
            servers = {p for p, pp in parents.items() if pp == me}
            for pid, ppid in parents.items():
                if ppid in servers and pid not in servers:
                    rss = _status_kb(pid, "VmRSS")
                    pss = _status_kb(pid, "Pss", "smaps_rollup")
                    old = self.peak.get(pid, (0, 0))
                    self.peak[pid] = (max(old[0], rss), max(old[1], pss))
                    self.cpu[pid] = max(self.cpu.get(pid, 0.0), _cpu_seconds(pid))


# --------------------------------------------------------------------------- run


def run(texts: list[str], n_jobs: int) -> dict:
    from geofront.batch import Reports, iter_parse

    sampler = MemorySampler()
    sampler.start()
    started = time.perf_counter()
    cpu0 = time.process_time()
    results = list(iter_parse(texts, n_jobs=n_jobs, progress=False))
    parsed = time.perf_counter() - started
    cpu = time.process_time() - cpu0
    tables = Reports.from_results(results)
    total = time.perf_counter() - started
    sampler.stop.set()
    sampler.join()
    return {
        "n_jobs": n_jobs,
        "parse_s": parsed,
        "total_s": total,
        "rate": len(texts) / parsed,
        "rate_total": len(texts) / total,
        "errors": len(tables.errors),
        "mentions": len(tables.mentions),
        "claims": len(tables.claims),
        "workers": sampler.peak,
        "cpu_s": cpu + sum(sampler.cpu.values()),
        "parent_rss_mb": _status_kb(os.getpid(), "VmHWM") / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=10_000, help="number of reports")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()

    import geofront as gf

    gf.Gazetteer.default()  # index built before timing
    texts = corpus(args.n)
    gf.parse(texts[0])  # warm imports
    load_before = Path("/proc/loadavg").read_text().split()[:3]
    rows = [run(texts, j) for j in args.jobs]
    load_after = Path("/proc/loadavg").read_text().split()[:3]

    chars = sum(map(len, texts)) / len(texts)
    print(
        f"reports: {len(texts):,} synthetic, mean {chars:,.0f} characters, {len(LANGS)} languages"
    )
    print(f"machine: {os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}")  # fmt: skip
    print(f"load average before: {' '.join(load_before)}; after: {' '.join(load_after)}")
    print()
    print("| cores | parse s | reports/s (parse) | reports/s (incl. tables) | speed-up | "
          "efficiency | peak RSS / worker (MB) | peak PSS / worker (MB) | mentions | claims "
          "| errors | CPU s (all processes) | reports per CPU-s |")  # fmt: skip
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    base = rows[0]["rate"]
    for r in rows:
        speed = r["rate"] / base
        if r["workers"]:
            rss = max(v[0] for v in r["workers"].values()) / 1024
            pss = max(v[1] for v in r["workers"].values()) / 1024
            mem_rss, mem_pss = f"{rss:.0f}", f"{pss:.0f}"
        else:
            mem_rss, mem_pss = f"(in-process, parent {r['parent_rss_mb']:.0f})", "—"
        print(f"| {r['n_jobs']} | {r['parse_s']:.1f} | {r['rate']:.1f} | {r['rate_total']:.1f} | "
              f"{speed:.2f}× | {speed / r['n_jobs']:.0%} | {mem_rss} | {mem_pss} | "
              f"{r['mentions']:,} | {r['claims']:,} | {r['errors']} | {r['cpu_s']:.1f} | "
              f"{len(texts) / r['cpu_s']:.1f} |")  # fmt: skip
    per_core = base
    eff = rows[-1]["rate"] / base / rows[-1]["n_jobs"] if len(rows) > 1 else 1.0
    for workers in (32,):
        seconds = 10_000_000 / (per_core * workers * min(eff, 1.0))
        print(f"\n10,000,000 reports on {workers} workers at {per_core:.1f} reports/s/core "
              f"and {min(eff, 1.0):.0%} efficiency: {seconds / 3600:.2f} h "
              f"({seconds / 60:.0f} min)")  # fmt: skip


if __name__ == "__main__":
    main()
