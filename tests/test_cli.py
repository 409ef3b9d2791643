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


SAMPLE = "tests/data/afp-gerasimov-2026-02-id.txt"


def test_parse_table(capsys):
    assert main(["parse", SAMPLE, "--date", "2026-02-15", "--source", "AFP"]) == 0
    out = capsys.readouterr().out
    assert "wilayah Donetsk" in out and "UA-14" in out
    assert "12–18" in out and "Gerasimov (unverified)" in out


def test_parse_geojson_and_json(capsys, tmp_path):
    out_file = tmp_path / "r.geojson"
    assert main(["parse", SAMPLE, "--format", "geojson", "-o", str(out_file)]) == 0
    doc = json.loads(out_file.read_text(encoding="utf-8"))
    assert doc["type"] == "FeatureCollection"
    assert {f["properties"]["report_id"] for f in doc["features"]} == {
        "afp-gerasimov-2026-02-id.txt"
    }
    assert main(["parse", SAMPLE, "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"mentions", "claims"} <= set(rows)
    ring = next(c for c in rows["claims"] if c["claim"] == "distance")
    assert ring["geometry"].startswith("POLYGON") and ring["anchor_geonameid"] == 693468


def test_parse_csv_folder_and_stdin(tmp_path, capsys, monkeypatch):
    (tmp_path / "a.txt").write_text("Shelling hit Kramatorsk overnight.", encoding="utf-8")
    (tmp_path / "b.md").write_text("Бої тривають біля Часового Яру.", encoding="utf-8")
    (tmp_path / "skip.json").write_text("{}", encoding="utf-8")
    assert main(["parse", str(tmp_path), "--format", "csv", "-q"]) == 0
    out = capsys.readouterr().out
    assert "Kramatorsk" in out and "Часового Яру" in out and "a.txt" in out and "b.md" in out
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("Drones struck Odesa."))
    assert main(["parse", "-", "--format", "json"]) == 0
    assert "Odesa" in capsys.readouterr().out


def test_parse_errors(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "missing.txt")]) == 2
    assert "no such file" in capsys.readouterr().err
    bad = tmp_path / "bad.txt"
    bad.write_bytes("Київ".encode("cp1251"))
    assert main(["parse", str(bad)]) == 2
    assert "not UTF-8" in capsys.readouterr().err
    empty = tmp_path / "empty.txt"
    empty.write_text("nothing to see here", encoding="utf-8")
    assert main(["parse", str(empty)]) == 1


def test_map_command(tmp_path, capsys):
    out = tmp_path / "map.html"
    png = tmp_path / "map.png"
    code = main(
        ["map", SAMPLE, "-o", str(out), "--date", "2026-02-15", "--source", "AFP",
         "--title", "Gerasimov <b>claims</b>", "--inline", "--tiles", "none", "--png", str(png), "-q"]
    )  # fmt: skip
    assert code == 0
    page = out.read_text(encoding="utf-8")
    assert "<b>claims</b>" not in page  # the title is escaped, as text
    assert "&lt;b&gt;claims" in page or "\\u0026lt;b\\u0026gt;claims" in page
    assert "GeoNames" in page
    assert "<script src=" not in page  # inline: nothing to fetch
    assert png.stat().st_size > 10_000 and png.read_bytes()[:4] == b"\x89PNG"


def test_map_command_bad_frontlines(tmp_path, capsys):
    code = main(
        [
            "map",
            SAMPLE,
            "-o",
            str(tmp_path / "m.html"),
            "--frontlines",
            str(tmp_path / "none.geojson"),
        ]
    )
    assert code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_map_command_one_layer_set_per_report(tmp_path):
    import geofront as gf

    (tmp_path / "a.txt").write_text(
        "Russian forces are about 15 km from Sloviansk.", encoding="utf-8"
    )
    (tmp_path / "b.txt").write_text(
        "Fighting continues within 5 km of Chasiv Yar.", encoding="utf-8"
    )
    out = tmp_path / "map.html"
    assert main(["map", str(tmp_path), "-o", str(out), "--tiles", "none", "-q"]) == 0
    page = out.read_text(encoding="utf-8")
    for report_id in ("a.txt", "b.txt"):  # layer names are JSON-escaped in the page
        assert f"{report_id} \\u2014 Distance claims" in page
    # the Python API merges by meaning unless a report is named
    m = gf.Map(tiles=None)
    m.add(gf.parse("Fighting continues within 5 km of Chasiv Yar."))
    m.add(gf.parse("Russian forces are about 15 km from Sloviansk."))
    assert [layer.name for layer in m.layers].count("Distance claims") == 1


def test_table_shows_text_literally_not_as_markup(tmp_path, capsys):
    # rich reads "[red]...[/red]" as markup; names and text must reach the terminal as written
    report = tmp_path / "[red]r.txt"
    report.write_text("Troops are about 15 km from Sloviansk.", encoding="utf-8")
    assert main(["parse", str(report)]) == 0
    assert "[red]r.txt" in capsys.readouterr().out
