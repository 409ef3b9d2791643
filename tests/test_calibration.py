"""The band/sector calibration (benchmarks/calibrate_bands.py) runs on real data.

On the dev set always; on the public corpora (LGL, GeoVirus, GPL data read from
../shared/benchmarks) only when they are present on this machine.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import load_script

ROOT = Path(__file__).resolve().parent.parent


cb = load_script(ROOT / "benchmarks" / "calibrate_bands.py", "calibrate_bands")


@pytest.fixture(scope="module")
def dev_rows():
    rows, counts = cb.collect(cb.load(["dev"], cb.DEFAULT_CORPUS_DIR))
    return rows, counts


def test_dev_claims_are_kept_and_measured(dev_rows) -> None:
    rows, counts = dev_rows
    assert len(rows) >= 10
    assert counts["dev"]["articles"] >= 150
    wad = [r for r in rows if r.subject.surface == "Wad Madani" and r.claimed_m == 135_000]
    assert wad, "Wad Madani, 135 km southeast of Khartoum"
    # gold Khartoum -> gold Wad Madani is about 166 km, bearing south-east
    assert 160_000 < wad[0].measured_m < 170_000
    assert wad[0].bearing_error < 10
    assert all(r.subject is not r.anchor for r in rows)


def test_containment_is_the_drawn_geometry(dev_rows) -> None:
    rows, _ = dev_rows
    for r in rows:
        assert set(r.inside) == {(f, w) for f in cb.FRACS for w in cb.WIDTHS}
        for f in cb.FRACS:
            if r.bound in ("about", "exact"):
                # the ring is distance × (1 ± f): contained iff the ratio is within f
                assert r.ring[f] == (abs(r.ratio - 1) <= f + 1e-9)
        for w in cb.WIDTHS:
            if r.claimed_deg is not None:
                assert r.sector[w] == (r.bearing_error <= w / 2)
    # wider parameters never lose a claim
    share = [sum(r.inside[f, 90.0] for r in rows) / len(rows) for f in cb.FRACS]
    assert share == sorted(share)
    assert 0 < share[-1] <= 1


def test_report_renders(dev_rows) -> None:
    rows, counts = dev_rows
    text = cb.render(rows, counts, "python benchmarks/calibrate_bands.py --corpora dev")
    assert f"**{len(rows)} claims kept**" in text
    assert "## Tightest values reaching 90 % containment" in text


def test_absent_corpus_is_skipped(tmp_path: Path) -> None:
    assert cb.load(["lgl", "geovirus"], tmp_path) == {}


@pytest.mark.slow
@pytest.mark.skipif(
    not (cb.DEFAULT_CORPUS_DIR / "lgl.xml").exists(), reason="public corpora not on this machine"
)
def test_public_corpora() -> None:
    rows, counts = cb.collect(cb.load(["lgl", "geovirus"], cb.DEFAULT_CORPUS_DIR))
    assert counts["lgl"]["articles"] == 588
    assert {r.corpus for r in rows} == {"lgl", "geovirus"}
    subjects = {r.subject.surface for r in rows}
    assert "Swanton" in subjects  # "Swanton is about 20 miles west of Toledo"
