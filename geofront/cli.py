"""The ``geofront`` command line.

Exit codes: 0 success, 1 nothing found, 2 bad usage or unreadable input (a
one-line reason on stderr, never a traceback).

Examples
--------
.. code-block:: console

    $ geofront geocode "Слов'янськ"
    $ geofront geocode Pokrovsk --country UA --limit 3 --format json
    $ geofront parse report.txt --format table
    $ cat report.txt | geofront parse - --format geojson > report.geojson
    $ geofront map reports/ -o map.html --title "Donetsk front" --inline --png map.png
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence

from geofront.errors import GeofrontError

__all__ = ["main"]

EXIT_OK, EXIT_NOTHING, EXIT_USAGE = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"geofront: error: {message}\n")


def _build_parser() -> argparse.ArgumentParser:
    from geofront import __version__

    parser = _Parser(prog="geofront", description="Turn conflict reports into maps.")
    parser.add_argument("--version", action="version", version=f"geofront {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    geocode = commands.add_parser(
        "geocode",
        help="look a place name up in the bundled gazetteer",
        description="Candidates for a place name, best first, with scores and the reasons.",
    )
    geocode.add_argument("name", help="a place name in any supported spelling or script")
    geocode.add_argument("--country", help="ISO 3166-1 alpha-2 code to favour, e.g. UA")
    geocode.add_argument("--kind", help="only this kind: settlement, admin1, country, ...")
    geocode.add_argument("--limit", type=int, default=5, help="number of candidates (default 5)")
    geocode.add_argument(
        "--format", choices=("table", "json"), default="table", help="output format"
    )
    geocode.set_defaults(func=_geocode)

    parse = commands.add_parser(
        "parse",
        help="read reports: places and claims with provenance",
        description="Place mentions and claims of one or more reports, with provenance.",
    )
    _report_arguments(parse)
    parse.add_argument(
        "--format",
        choices=("table", "json", "geojson", "csv"),
        default="table",
        help="output format (default: a readable table)",
    )
    parse.add_argument("-o", "--output", help="write to this file instead of standard output")
    parse.set_defaults(func=_parse)

    mapper = commands.add_parser(
        "map",
        help="draw reports on an interactive HTML map",
        description="One map of one or more reports (a layer set per report).",
    )
    _report_arguments(mapper)
    mapper.add_argument("-o", "--output", required=True, help="the HTML file to write")
    mapper.add_argument("--title", help="map title (default: from the reports)")
    mapper.add_argument("--subtitle", help="map subtitle")
    mapper.add_argument("--frontlines", help="front-line file, folder or glob to draw")
    mapper.add_argument("--inline", action="store_true", help="one self-contained file")
    mapper.add_argument("--tiles", default=None, help="xyzservices provider name, or none")
    mapper.add_argument("--png", help="also write a static PNG here")
    mapper.set_defaults(func=_map)
    return parser


def _report_arguments(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "reports",
        nargs="+",
        metavar="REPORT",
        help="a text file, a folder (every .txt/.md in it), or - for standard input",
    )
    command.add_argument(
        "--lang", help="language code (en, id, uk, ru, de, fr, es); guessed if absent"
    )
    command.add_argument("--date", help="report date, e.g. 2026-02-15")
    command.add_argument("--source", help="who published the report, e.g. AFP")
    command.add_argument("--url", help="link to the report")
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar")


def _read_reports(paths: Sequence[str]) -> list[tuple[str, str]]:
    """(report id, text) for every input; a clear error for anything unreadable."""
    from pathlib import Path

    out: list[tuple[str, str]] = []
    for item in paths:
        if item == "-":
            out.append(("stdin", sys.stdin.read()))
            continue
        path = Path(item)
        files = (
            sorted(p for p in path.iterdir() if p.suffix.lower() in (".txt", ".md") and p.is_file())
            if path.is_dir()
            else [path]
        )
        if path.is_dir() and not files:
            raise ValueError(f"{item}: no .txt or .md files in this folder")
        for file in files:
            if not file.is_file():
                raise ValueError(f"{file}: no such file")
            raw = file.read_bytes()
            try:
                text = raw.decode("utf-8-sig")
            except UnicodeDecodeError as err:
                raise ValueError(
                    f"{file}: not UTF-8 text ({err.reason} at byte {err.start})"
                ) from err
            out.append((file.name, text))
    return out


def _parse_all(args: argparse.Namespace) -> list[tuple[str, object]]:
    import geofront as gf

    inputs = _read_reports(args.reports)
    show = not args.quiet and len(inputs) > 1 and sys.stderr.isatty()
    if show:
        from tqdm import tqdm

        inputs = tqdm(inputs, desc="parsing", unit="report", file=sys.stderr)
    reports = []
    for report_id, text in inputs:
        try:
            report = gf.parse(
                text, lang=args.lang, date=args.date, source=args.source, url=args.url
            )
        except (GeofrontError, ValueError, TypeError) as err:
            raise ValueError(f"{report_id}: {err}") from err
        reports.append((report_id, report))
    return reports


def _parse(args: argparse.Namespace) -> int:
    reports = _parse_all(args)
    found = any(len(r.mention_records) or len(r.claim_records) for _, r in reports)
    text = _render(reports, args.format)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as handle:
            handle.write(text)
    else:
        sys.stdout.write(text)
    if not found:
        print("geofront: no places or claims found", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK


def _frames(reports: list[tuple[str, object]]) -> tuple[object, object]:
    import pandas as pd

    mentions = [r.mentions.assign(report_id=rid) for rid, r in reports]
    claims = [r.claims.assign(report_id=rid) for rid, r in reports]
    return pd.concat(mentions, ignore_index=True), pd.concat(claims, ignore_index=True)


def _render(reports: list[tuple[str, object]], fmt: str) -> str:
    mentions, claims = _frames(reports)
    if fmt == "geojson":
        features = []
        for rid, report in reports:
            for feature in report.to_geojson()["features"]:
                feature["properties"]["report_id"] = rid
                features.append(feature)
        doc = {"type": "FeatureCollection", "features": features}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "json":
        doc = {
            "mentions": json.loads(mentions.to_wkt().to_json(orient="records", force_ascii=False)),
            "claims": json.loads(claims.to_wkt().to_json(orient="records", force_ascii=False)),
        }
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        import pandas as pd

        both = pd.concat(
            [mentions.to_wkt().assign(layer="mention"), claims.to_wkt().assign(layer="claim")],
            ignore_index=True,
        )
        return both.to_csv(index=False)
    return _table(mentions, claims)


def _s(value: object, fmt: str = "{}") -> str:
    """Cell text: empty for None/NaN; report text is escaped so rich never reads it as markup."""
    from rich.markup import escape

    if value is None or (isinstance(value, float) and value != value):
        return ""
    return escape(fmt.format(value))


def _table(mentions: object, claims: object) -> str:
    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, width=140, file=open(os.devnull, "w"))  # noqa: SIM115
    places = Table(title="Places")
    for col in ("report", "surface", "place", "kind", "role", "ISO", "lon", "lat"):
        places.add_column(col)
    for row in mentions.itertuples():
        point = row.geometry
        places.add_row(
            _s(row.report_id), _s(row.surface), _s(row.name) or "—", _s(row.kind), _s(row.role),
            _s(row.admin1_iso) or _s(row.country_code),
            _s(point.x if point is not None else None, "{:.4f}"),
            _s(point.y if point is not None else None, "{:.4f}"),
        )  # fmt: skip
    console.print(places)
    table = Table(title="Claims")
    for col in ("report", "claim", "text", "bound", "km", "bearing", "place", "claimed by"):
        table.add_column(col)
    for row in claims.itertuples():
        band = ""
        if _s(row.max_m):
            band = f"{row.min_m / 1000:g}–{row.max_m / 1000:g}"
        by = _s(row.attributed_to) + (" (unverified)" if row.unverified is True else "")
        table.add_row(
            _s(row.report_id), _s(row.claim), _s(row.raw), _s(row.bound), band,
            _s(row.bearing_deg, "{:g}°"), _s(row.anchor) or _s(row.target), by,
        )  # fmt: skip
    console.print(table)
    return console.export_text()


def _map(args: argparse.Namespace) -> int:
    import geofront as gf

    reports = _parse_all(args)
    dates = sorted(r.date for _, r in reports if r.date)
    title = args.title or (reports[0][0] if len(reports) == 1 else f"{len(reports)} reports")
    options = {"title": title, "as_of": dates[-1] if dates else None}
    if args.subtitle:
        options["subtitle"] = args.subtitle
    if args.tiles is not None:
        options["tiles"] = None if args.tiles.lower() == "none" else args.tiles
    m = gf.Map(**options)
    for report_id, report in reports:
        # several reports: one layer set per report, told apart in the layer control
        m.add(report, name=report_id if len(reports) > 1 else None)
    if args.frontlines:
        m.add(gf.read_frontlines(args.frontlines))
    m.save(args.output, inline=args.inline)
    if args.png:
        m.to_png(args.png)
    found = any(len(r.mention_records) or len(r.claim_records) for _, r in reports)
    if not args.quiet:
        print(f"wrote {args.output}" + (f" and {args.png}" if args.png else ""), file=sys.stderr)
    return EXIT_OK if found else EXIT_NOTHING


def _geocode(args: argparse.Namespace) -> int:
    from geofront.gazetteer import Gazetteer

    if args.limit < 1:
        raise ValueError("--limit must be at least 1")
    found = Gazetteer.default().search(
        args.name, country=args.country, kind=args.kind, limit=args.limit
    )
    if args.format == "json":
        print(json.dumps([p.to_dict() for p in found], ensure_ascii=False, indent=2))
    else:
        for rank, place in enumerate(found, start=1):
            where = ", ".join(filter(None, [place.admin1_iso, place.country_code]))
            print(
                f"{rank}. {place.name} ({place.kind}, {where}) "
                f"lon={place.lon:.5f} lat={place.lat:.5f} score={place.score:.3f}"
            )
            print(f"   geonameid={place.geonameid}  why: {'; '.join(place.why)}")
    if not found:
        print(f"geofront: no place found for {args.name!r}", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except (GeofrontError, ValueError, TypeError, OSError) as err:
        print(f"geofront: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
