"""Find the pinned upstream OpenAPI spec and prove it is the pinned one.

The spec is never copied into the repository: it is read from ``../shared/openapi/openapi.yaml``
next to the checkout or, where that is absent, downloaded once from the URL in
``openapi/pin.toml`` into a user cache directory. Either way its sha256 must equal the pin.
"""

from __future__ import annotations

import hashlib
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import httpx

from support import netguard

REPO_ROOT = Path(__file__).resolve().parents[2]
PIN_FILE = REPO_ROOT / "openapi" / "pin.toml"
SHARED_SPEC = REPO_ROOT.parent / "shared" / "openapi" / "openapi.yaml"


class SpecIntegrityError(RuntimeError):
    """The spec on disk is missing, unreadable, or its sha256 differs from the pin."""


@dataclass(frozen=True)
class SpecPin:
    """What ``openapi/pin.toml`` says about the upstream spec.

    Example:
        >>> pin = SpecPin(sha256="ab" * 32, url="https://example.invalid/openapi.yaml")
        >>> len(pin.sha256)
        64
    """

    sha256: str
    url: str

    @classmethod
    def load(cls, pin_file: Path = PIN_FILE) -> SpecPin:
        """Read and check the pin file.

        Example:
            >>> SpecPin.load().sha256  # doctest: +SKIP
            'db5d7478...'
        """
        try:
            data = tomllib.loads(pin_file.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            raise SpecIntegrityError(f"cannot read spec pin {pin_file}: {exc}") from exc
        sha, url = data.get("sha256"), data.get("url")
        if not isinstance(sha, str) or len(sha) != 64:
            raise SpecIntegrityError(f"{pin_file}: 'sha256' must be a 64-hex-digit string")
        if not isinstance(url, str) or not url.startswith("https://"):
            raise SpecIntegrityError(f"{pin_file}: 'url' must be an https:// URL")
        return cls(sha256=sha.lower(), url=url)


def sha256_of(path: Path) -> str:
    """Hex sha256 of a file, read in chunks.

    Example:
        >>> sha256_of(Path("/dev/null"))
        'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    """
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def verify(path: Path, pin: SpecPin) -> Path:
    """Return ``path`` if its sha256 equals the pin, else raise :class:`SpecIntegrityError`.

    Example:
        >>> verify(SHARED_SPEC, SpecPin.load())  # doctest: +SKIP
        PosixPath('<checkout>/../shared/openapi/openapi.yaml')
    """
    actual = sha256_of(path)
    if actual != pin.sha256:
        raise SpecIntegrityError(
            f"{path} has sha256 {actual}, but openapi/pin.toml pins {pin.sha256}; "
            "update the pin with scripts/regen.py --update-pin if the new spec is intended"
        )
    return path


def default_cache_dir() -> Path:
    """Where a downloaded spec is kept between runs (``$XDG_CACHE_HOME/realtime-ext``).

    Example:
        >>> default_cache_dir().name
        'realtime-ext'
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "realtime-ext"


def _download(url: str, dest: Path) -> None:
    host = httpx.URL(url).host
    # The only sanctioned outbound request of the test suite, and only without ../shared.
    with netguard.allow_hosts({host}), httpx.stream("GET", url, timeout=60.0) as resp:
        resp.raise_for_status()
        partial = dest.with_suffix(".part")
        with partial.open("wb") as fh:
            for chunk in resp.iter_bytes():
                fh.write(chunk)
    partial.replace(dest)


def locate_pinned_spec(
    *,
    shared_spec: Path = SHARED_SPEC,
    pin: SpecPin | None = None,
    cache_dir: Path | None = None,
    download: Callable[[str, Path], None] = _download,
) -> Path:
    """Path of a verified copy of the pinned spec: ``../shared`` first, else the download cache.

    Example:
        >>> locate_pinned_spec()  # doctest: +SKIP
        PosixPath('<checkout>/../shared/openapi/openapi.yaml')
    """
    pin = pin or SpecPin.load()
    if shared_spec.is_file():
        return verify(shared_spec, pin)
    cached = (cache_dir or default_cache_dir()) / f"openapi-{pin.sha256}.yaml"
    if not cached.is_file():
        cached.parent.mkdir(parents=True, exist_ok=True)
        try:
            download(pin.url, cached)
        except (httpx.HTTPError, OSError) as exc:
            raise SpecIntegrityError(
                f"{shared_spec} is absent and downloading {pin.url} failed: {exc}"
            ) from exc
    try:
        return verify(cached, pin)
    except SpecIntegrityError:
        cached.unlink(missing_ok=True)  # a corrupt download must not poison the next run
        raise
