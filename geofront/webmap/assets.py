"""Third-party web assets (Leaflet): where a saved map gets them.

geofront never ships third-party JavaScript or CSS. A map saved with
``inline=False`` links Leaflet from the jsDelivr CDN (like folium). A map
saved with ``inline=True`` embeds Leaflet's script, stylesheet and the one
icon its layer control uses, taken from the **npm package tarball**:

1. ``$GEOFRONT_CACHE_DIR/npm/leaflet-1.9.3.tgz`` (or the user cache dir) when
   present — ``.ci/setup-browser.sh`` fills it with ``npm pack``;
2. else it is downloaded once from the npm registry
   (``https://registry.npmjs.org/leaflet/-/leaflet-1.9.3.tgz``) and cached.

Either way the tarball must match the pinned ``sha512`` integrity published
by the registry; a mismatch raises :class:`AssetError` and nothing is used.
"""

from __future__ import annotations

import base64
import hashlib
import io
import os
import re
import tarfile
import urllib.request
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from geofront.errors import GeofrontError

__all__ = [
    "AssetError",
    "NpmPackage",
    "LEAFLET",
    "LEAFLET_JS_URL",
    "LEAFLET_CSS_URL",
    "asset_cache_dir",
    "package_file",
    "inline_css",
    "cdn_file",
]


class AssetError(GeofrontError, RuntimeError):
    """A web asset could not be fetched or failed its integrity check."""


@dataclass(frozen=True)
class NpmPackage:
    """A pinned npm package: name, version and the registry's sha512 integrity."""

    name: str
    version: str
    integrity: str

    @property
    def tarball_name(self) -> str:
        """File name ``npm pack`` gives the tarball."""
        return f"{self.name.replace('@', '').replace('/', '-')}-{self.version}.tgz"

    @property
    def tarball_url(self) -> str:
        """The registry's tarball address."""
        return f"https://registry.npmjs.org/{self.name}/-/{self.name}-{self.version}.tgz"

    def cdn_url(self, path: str) -> str:
        """JsDelivr address of one file of the package."""
        return f"https://cdn.jsdelivr.net/npm/{self.name}@{self.version}/{path}"


#: Leaflet, the version folium 0.20 links. Integrity from ``npm view leaflet@1.9.3 dist.integrity``.
LEAFLET = NpmPackage(
    "leaflet",
    "1.9.3",
    "sha512-iB2cR9vAkDOu5l3HAay2obcUHZ7xwUBBjph8+PGtmW/2lYhbLizWtG7nTeYht36WfOslixQF9D/uSIzhZgGMfQ==",
)
LEAFLET_JS_URL = LEAFLET.cdn_url("dist/leaflet.js")
LEAFLET_CSS_URL = LEAFLET.cdn_url("dist/leaflet.css")


def asset_cache_dir() -> Path:
    """Where npm tarballs are cached: ``$GEOFRONT_CACHE_DIR/npm`` or the user cache dir."""
    env = os.environ.get("GEOFRONT_CACHE_DIR")
    if env:
        return Path(env).expanduser() / "npm"
    import platformdirs

    return Path(platformdirs.user_cache_dir("geofront")) / "npm"


def _check_integrity(data: bytes, package: NpmPackage) -> bool:
    algo, _, expected = package.integrity.partition("-")
    digest = base64.b64encode(hashlib.new(algo, data).digest()).decode()
    return digest == expected


def _fetch(package: NpmPackage) -> bytes:
    path = asset_cache_dir() / package.tarball_name
    if path.exists():
        data = path.read_bytes()
        if _check_integrity(data, package):
            return data
    try:
        with urllib.request.urlopen(package.tarball_url, timeout=30) as response:  # noqa: S310
            data = response.read()
    except OSError as err:
        raise AssetError(
            f"could not download {package.tarball_url} ({err}); save with inline=False, "
            f"or put the tarball (npm pack {package.name}@{package.version}) in {path.parent}"
        ) from err
    if not _check_integrity(data, package):
        raise AssetError(
            f"{package.tarball_url} does not match its pinned integrity {package.integrity}"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    tmp.write_bytes(data)
    tmp.replace(path)
    return data


@lru_cache(maxsize=8)
def _members(package: NpmPackage) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    with tarfile.open(fileobj=io.BytesIO(_fetch(package)), mode="r:gz") as tar:
        for member in tar.getmembers():
            if member.isfile() and member.name.startswith("package/dist/"):
                handle = tar.extractfile(member)
                if handle is not None:
                    files[member.name.removeprefix("package/")] = handle.read()
    return files


def package_file(package: NpmPackage, path: str) -> bytes:
    """One file of a pinned npm package (``dist/leaflet.js``), integrity-checked."""
    files = _members(package)
    if path not in files:
        raise AssetError(f"{package.name}@{package.version} has no file {path!r}")
    return files[path]


def cdn_file(url: str) -> bytes | None:
    """The bytes behind a jsDelivr npm URL of a pinned package, or None if unknown."""
    prefix = LEAFLET.cdn_url("")
    if url.startswith(prefix):
        try:
            return package_file(LEAFLET, url[len(prefix) :])
        except AssetError:
            return None
    return None


_URL_IN_CSS = re.compile(r"url\((['\"]?)([^'\")]+)\1\)")
_MIME = {".png": "image/png", ".svg": "image/svg+xml", ".gif": "image/gif"}


def inline_css(package: NpmPackage, path: str, *, used: tuple[str, ...] = ()) -> str:
    """A package stylesheet with the images it references as data URIs.

    Only images whose file name contains one of ``used`` are embedded; the
    rest are replaced by ``none`` (Leaflet's marker icons, for instance, are
    not needed by a map of circle markers).
    """
    css = package_file(package, path).decode("utf-8")
    base = path.rsplit("/", 1)[0]

    def replace(match: re.Match[str]) -> str:
        ref = match.group(2)
        if ref.startswith("data:"):
            return match.group(0)
        if not any(name in ref for name in used):
            return "none"
        data = package_file(package, f"{base}/{ref}")
        mime = _MIME.get(Path(ref).suffix, "application/octet-stream")
        return f"url(data:{mime};base64,{base64.b64encode(data).decode()})"

    return _URL_IN_CSS.sub(replace, css)
