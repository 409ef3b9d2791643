"""Headless Chromium fixtures for map pages, with no internet.

- Chromium is Debian's (``/usr/bin/chromium``, or ``$GEOFRONT_CHROMIUM``),
  driven by Playwright from PyPI.
- Leaflet comes from the pinned npm tarball (:mod:`geofront.webmap.assets`;
  ``.ci/setup-browser.sh`` caches it with ``npm pack``) and is served by
  routing the page's CDN requests; every other request is refused and
  recorded.
- With ``CI=true`` a missing browser or asset fails the run; elsewhere the
  tests skip with the reason.
- Screenshots go to ``test-artifacts/`` (git-ignored).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def _unavailable(reason: str):
    if IN_CI:
        pytest.fail(f"browser tests must run in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("GEOFRONT_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        _unavailable("no Chromium (run .ci/setup-browser.sh or apt-get install chromium)")
    return path


@pytest.fixture(scope="session")
def web_assets() -> dict[str, tuple[str, bytes]]:
    from geofront.webmap import assets

    try:
        return {
            assets.LEAFLET_JS_URL: (
                "application/javascript",
                assets.package_file(assets.LEAFLET, "dist/leaflet.js"),
            ),
            assets.LEAFLET_CSS_URL: (
                "text/css",
                assets.package_file(assets.LEAFLET, "dist/leaflet.css"),
            ),
        }
    except assets.AssetError as err:
        _unavailable(f"Leaflet npm tarball unavailable: {err}")


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install '.[test]')")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path, args=CHROMIUM_FLAGS)
        yield b
        b.close()


class MapPage:
    """A page with a map loaded, and what happened while loading it."""

    def __init__(self, page, log):
        self.page = page
        self.log = log

    def __getattr__(self, name):
        return getattr(self.page, name)

    def errors(self):
        return [m for m in self.log["console"] if m[0] == "error"] + self.log["pageerror"]

    def map_id(self):
        return self.page.evaluate("Object.keys(geofront.maps)[0]")

    def drawn(self):
        return self.page.evaluate("id => geofront.drawn(id)", self.map_id())

    def shot(self, name):
        ARTIFACTS.mkdir(exist_ok=True)
        path = ARTIFACTS / name
        self.page.screenshot(path=str(path))
        return path


@pytest.fixture
def open_map(browser, web_assets):
    """``open_map(path, offline=False)`` → MapPage once the map is ready.

    ``offline=True`` refuses *every* request (for inline files).
    """
    contexts = []

    def _open(path: Path, *, offline: bool = False, viewport=(1200, 800)):
        ctx = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        contexts.append(ctx)
        page = ctx.new_page()
        log = {"console": [], "pageerror": [], "dialogs": [], "refused": [], "served": []}
        page.on("console", lambda m: log["console"].append((m.type, m.text)))
        page.on("pageerror", lambda e: log["pageerror"].append(("pageerror", str(e))))

        def on_dialog(dialog):
            log["dialogs"].append(dialog.message)
            dialog.dismiss()

        page.on("dialog", on_dialog)

        def route(r):
            url = r.request.url
            if url.startswith("file://") and url == f"file://{path}":
                return r.continue_()
            if not offline and url in web_assets:
                log["served"].append(url)
                kind, body = web_assets[url]
                return r.fulfill(status=200, content_type=kind, body=body)
            log["refused"].append(url)
            return r.abort()

        page.route("**/*", route)
        page.goto(f"file://{path}")
        page.wait_for_function(
            "window.geofront && Object.values(geofront.maps).some(s => s.ready)", timeout=30_000
        )
        return MapPage(page, log)

    yield _open
    for ctx in contexts:
        ctx.close()
