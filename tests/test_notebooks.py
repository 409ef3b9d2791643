"""The notebooks in notebooks/ run, offline, and are committed without outputs.

Each notebook is executed with nbclient on the ``python3`` kernel (ipykernel,
a test dependency) in a temporary working directory, with
``GEOFRONT_REPORTS`` pointing at the sample reports. A cell error fails the
test with the cell and its traceback; a few results are then checked from the
executed outputs and the files the notebooks write.
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
REPORTS = ROOT / "examples" / "reports"
NAMES = ["quick-tour.ipynb", "front-lines.ipynb"]
TIME_LIMIT_S = 60  # each notebook, 2 cores, kernel start included
# A script or stylesheet fetched from anywhere: an inline page has none.
EXTERNAL = re.compile(r"<script[^>]+\bsrc\s*=|<link[^>]+\bhref\s*=\s*[\"']?(https?:)?//", re.I)


def _read(name: str):
    return nbformat.read(NOTEBOOKS / name, as_version=4)


def _kernel_available() -> None:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:  # pragma: no cover - depends on the environment
        pytest.skip("no python3 Jupyter kernel (pip install ipykernel)")


def _leaflet_available() -> None:
    """The notebooks save inline maps: Leaflet's npm tarball must be cached (or downloadable)."""
    from geofront.webmap import assets

    try:
        assets.package_file(assets.LEAFLET, "dist/leaflet.js")
    except assets.AssetError as err:  # pragma: no cover - depends on the environment
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"notebooks must run in CI: {err}", pytrace=False)
        pytest.skip(f"Leaflet npm tarball unavailable (run .ci/setup-browser.sh): {err}")


@pytest.fixture(scope="module")
def executed(tmp_path_factory):
    """``executed(name)`` -> (notebook with outputs, working dir, seconds); run once each."""
    _kernel_available()
    _leaflet_available()
    cache: dict[str, tuple] = {}

    def run(name: str):
        if name not in cache:
            nb = _read(name)
            workdir = tmp_path_factory.mktemp(name.removesuffix(".ipynb"))
            mp = pytest.MonkeyPatch()
            mp.setenv("GEOFRONT_REPORTS", str(REPORTS))
            start = time.perf_counter()
            try:
                nbclient.NotebookClient(
                    nb,
                    kernel_name="python3",
                    timeout=TIME_LIMIT_S,
                    resources={"metadata": {"path": str(workdir)}},
                ).execute()
            except nbclient.exceptions.CellExecutionError as err:
                pytest.fail(f"{name}: a cell failed\n{err}", pytrace=False)
            finally:
                mp.undo()
            cache[name] = (nb, workdir, time.perf_counter() - start)
        return cache[name]

    return run


def _outputs(nb) -> list[dict]:
    return [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]


def _text(nb) -> str:
    """Everything the notebook printed or displayed as text or HTML."""
    parts = []
    for out in _outputs(nb):
        if out.output_type == "stream":
            parts.append(out.text)
        for kind in ("text/plain", "text/html"):
            parts.append(out.get("data", {}).get(kind, ""))
    return "\n".join(parts)


def _assert_self_contained(path: Path) -> str:
    assert path.exists(), f"{path.name} was not saved"
    page = path.read_text(encoding="utf-8")
    assert "L.map(" in page and "geofront" in page
    external = EXTERNAL.findall(page)
    assert not external, f"{path.name} is not self-contained: {external[:3]}"
    assert "cdn.jsdelivr.net" not in page
    return page


# ---------------------------------------------------------------- committed files


@pytest.mark.parametrize("name", NAMES)
def test_committed_notebook_is_stripped(name):
    nb = _read(name)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, f"{name} has no code cells"
    for i, cell in enumerate(code):
        assert cell.outputs == [], f"{name}: code cell {i} has outputs; strip them"
        assert cell.execution_count is None, f"{name}: code cell {i} has an execution count"
    assert nb.metadata.get("kernelspec", {}).get("name") == "python3"
    for key in ("widgets", "vscode", "colab"):
        assert key not in nb.metadata, f"{name}: editor metadata {key!r} committed"


@pytest.mark.parametrize("name", NAMES)
def test_notebook_uses_no_network_or_hidden_paths(name):
    source = "\n".join(c.source for c in _read(name).cells if c.cell_type == "code")
    assert "http://" not in source and "https://" not in source
    assert "/work/" not in source and "/home/" not in source  # no machine-specific paths
    assert "tiles=None" in source  # the maps draw without a tile server


# ---------------------------------------------------------------- executed


def test_quick_tour_runs(executed):
    nb, workdir, seconds = executed("quick-tour.ipynb")
    assert seconds < TIME_LIMIT_S
    text = _text(nb)
    # parse -> inspect: the repr, the mention roles and the claim table
    assert "<Report lang='id'" in text
    assert "actor" in text and "location" in text
    assert "sekitar 15 kilometer (sembilan mil) dari kota" in text
    assert "about: 12-18 km from Slovyansk" in text
    assert "EPSG:4326" in text
    # the map renders in the notebook (its HTML repr: an iframe with the page)
    assert any(
        "<iframe srcdoc=" in out.get("data", {}).get("text/html", "") for out in _outputs(nb)
    ), "the map's notebook repr is missing"
    # saved inline and self-contained; the GeoJSON export carries provenance
    _assert_self_contained(workdir / "afp-sloviansk.html")
    assert "external scripts: 0" in text
    fc = json.loads((workdir / "afp-sloviansk.geojson").read_text(encoding="utf-8"))
    assert fc["type"] == "FeatureCollection" and fc["properties"]["report_source"] == "AFP"


def test_front_lines_runs(executed):
    nb, workdir, seconds = executed("front-lines.ipynb")
    assert seconds < TIME_LIMIT_S
    text = _text(nb)
    # the synthetic archive was read as one row per date
    for day in ("2026-02-12", "2026-02-13", "2026-02-14", "2026-02-15"):
        assert day in text
    assert "gained" in text and "area_km2" in text
    # the verdict table: its columns and the three kinds of verdict
    assert "verdict" in text and "measured_m" in text and "margin_m" in text
    assert "consistent" in text and "inconsistent" in text and "no data" in text
    page = _assert_self_contained(workdir / "sloviansk-frontline.html")
    assert "Synthetic example" in page


def test_front_lines_verdict_values(executed):
    """The displayed verdict table holds the measured distance of the report's date."""
    nb, _, _ = executed("front-lines.ipynb")
    check_cell = next(
        c for c in nb.cells if c.cell_type == "code" and "report.check(fl)" in c.source
    )
    html = next(o["data"]["text/html"] for o in check_cell.outputs if "data" in o)
    assert "<th>verdict</th>" in html
    assert "consistent" in html and "inconsistent" not in html
    assert re.search(r"14499\.9\d*", html), "measured distance ~14.5 km expected"
