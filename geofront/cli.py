"""The ``geofront`` command line.

Exit codes: 0 success, 1 nothing found, 2 bad usage or unreadable input (a
one-line reason on stderr, never a traceback).

Examples
--------
.. code-block:: console

    $ geofront geocode "Слов'янськ"
    $ geofront geocode Pokrovsk --country UA --limit 3 --format json
"""

from __future__ import annotations

import argparse
import json
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
    return parser


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
