"""The command line: output, exit codes, errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys

from geofront.cli import main


def test_geocode_table(capsys):
    assert main(["geocode", "Слов'янськ"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1. Slovyansk (settlement, UA-14, UA)")
    assert "geonameid=693468" in out and "why:" in out


def test_geocode_json(capsys):
    assert main(["geocode", "wilayah Donetsk", "--format", "json", "--limit", "2"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 2
    assert rows[0]["kind"] == "admin1" and rows[0]["admin1_iso"] == "UA-14"


def test_geocode_country(capsys):
    assert main(["geocode", "Pokrovsk", "--country", "UA", "--limit", "1"]) == 0
    assert "UA-14" in capsys.readouterr().out


def test_nothing_found_exit_1(capsys):
    assert main(["geocode", "Xqzvbnmw"]) == 1
    assert "no place found" in capsys.readouterr().err


def test_bad_usage_exit_2(capsys):
    assert main(["geocode", "Kyiv", "--limit", "0"]) == 2
    assert "--limit" in capsys.readouterr().err
    assert main(["geocode", "Kyiv", "--kind", "planet"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "Unknown kind" in err


def test_module_entry_point():
    proc = subprocess.run(
        [sys.executable, "-m", "geofront", "geocode", "Kiev", "--limit", "1"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert "Kyiv" in proc.stdout
    proc = subprocess.run(
        [sys.executable, "-m", "geofront", "nosuchcommand"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
