"""Render the README's picture: the sample report's map, in headless Chromium.

    python tools/make_readme_screenshot.py [-o docs/img/sample-map.png]

The map is drawn by geofront itself (``gf.parse(...).to_map(tiles=None)``,
saved inline: Leaflet is embedded from the pinned npm tarball, see
``geofront.webmap.assets``), then opened from disk in Debian's Chromium through
Playwright with every network request refused, and photographed. The PNG is
quantised with Pillow to stay small (the README picture should be < 200 KB).

Needs ``playwright`` (pip) and ``/usr/bin/chromium`` (or ``$GEOFRONT_CHROMIUM``);
``.ci/setup-browser.sh`` prepares both and the Leaflet tarball cache.
"""

from __future__ import annotations

import argparse
import io
import os
import tempfile
from pathlib import Path

import geofront as gf

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "afp-gerasimov-2026-02-id.txt"
DEFAULT_OUT = ROOT / "docs" / "img" / "sample-map.png"
CHROMIUM = os.environ.get("GEOFRONT_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
VIEWPORT = {"width": 1000, "height": 650}
MAX_BYTES = 200_000


def render_html(path: Path) -> Path:
    """Parse the sample report and save its map as one self-contained file."""
    report = gf.parse(SAMPLE.read_text(encoding="utf-8"), date="2026-02-15", source="AFP")
    m = report.to_map(
        title="Russian forces about 15 km from Sloviansk",
        subtitle="Sample report: AFP, in Indonesian, 2026-02-15",
        tiles=None,
    )
    return m.save(path, inline=True)


def screenshot(html_path: Path) -> bytes:
    """Open the page offline in headless Chromium; return a PNG of the viewport."""
    from playwright.sync_api import sync_playwright

    page_url = html_path.resolve().as_uri()
    refused: list[str] = []
    errors: list[str] = []

    def route(r):
        if r.request.url == page_url:
            return r.continue_()
        refused.append(r.request.url)
        return r.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport=VIEWPORT, device_scale_factor=1)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.route("**/*", route)
            page.goto(page_url)
            page.wait_for_function(
                "window.geofront && Object.values(geofront.maps).some(s => s.ready)",
                timeout=30_000,
            )
            page.wait_for_timeout(500)  # let the last SVG paths paint
            png = page.screenshot(type="png")
        finally:
            browser.close()
    if errors:
        raise RuntimeError(f"the map page raised errors: {errors}")
    if refused:
        print(f"note: refused {len(refused)} request(s) (the page is inline): {refused[:3]}")
    return png


def shrink(png: bytes, max_bytes: int = MAX_BYTES) -> bytes:
    """Quantise to a palette (fewer colours until it fits), optimised PNG."""
    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("RGB")
    best = png
    for colors in (256, 128, 64):
        out = io.BytesIO()
        image.quantize(
            colors=colors, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        ).save(out, format="PNG", optimize=True)
        best = min(best, out.getvalue(), key=len)
        if len(best) <= max_bytes:
            break
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-o", "--output", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        html_path = render_html(Path(tmp) / "sample-map.html")
        png = shrink(screenshot(html_path))
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(png)
    print(
        f"wrote {args.output} ({len(png) / 1000:.0f} KB, {VIEWPORT['width']}x{VIEWPORT['height']})"
    )
    return 0 if len(png) <= MAX_BYTES else 1


if __name__ == "__main__":
    raise SystemExit(main())
