#!/usr/bin/env bash
# Browser tests need Debian's Chromium and Leaflet from its npm tarball (never committed).
# Idempotent: installs Chromium only when missing, packs Leaflet only when the cached
# tarball is absent; geofront checks the tarball against its pinned sha512 on use.
set -euo pipefail
cd "$(dirname "$0")/.."

CACHE="${GEOFRONT_CACHE_DIR:-$HOME/.cache/geofront}/npm"
LEAFLET="leaflet@1.9.3"

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
    echo "== installing chromium (apt-get)"
    SUDO=""
    if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium
fi
echo "== chromium: $( (chromium --version || /usr/bin/chromium --version) 2>/dev/null | head -1)"

mkdir -p "$CACHE"
if [ ! -s "$CACHE/leaflet-1.9.3.tgz" ]; then
    echo "== npm pack $LEAFLET into $CACHE"
    (cd "$CACHE" && npm pack --silent "$LEAFLET" >/dev/null)
fi
# Verify the pinned integrity now (from the source tree; geofront may not be installed yet).
PYTHONPATH="$(cd "$(dirname "$0")/.." && pwd)${PYTHONPATH:+:$PYTHONPATH}" python - <<'PY' || true
try:
    from geofront.webmap import assets
except ImportError as err:  # dependencies not installed yet: geofront checks on first use
    print(f"== leaflet integrity check deferred ({err})")
else:
    js = assets.package_file(assets.LEAFLET, "dist/leaflet.js")
    print(f"== leaflet {assets.LEAFLET.version}: {len(js):,} bytes, sha512 verified")
PY
