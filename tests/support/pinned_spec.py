"""Find the pinned upstream OpenAPI spec and prove it is the pinned one.

The spec is vendored, gzip-compressed, in ``openapi/upstream/openapi.yaml.gz``; Prism reads
YAML, so it is served from an uncompressed copy under ``build/`` (written once per pin). Its
sha256 must equal the pin in ``openapi/pin.toml``. Nothing is downloaded: a clone is enough.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tomllib
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
PIN_FILE = REPO_ROOT / "openapi" / "pin.toml"
VENDORED_SPEC = REPO_ROOT / "openapi" / "upstream" / "openapi.yaml.gz"
CACHE_DIR = REPO_ROOT / "build" / "spec"


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
        >>> verify(locate_pinned_spec(), SpecPin.load()).suffix
        '.yaml'
    """
    actual = sha256_of(path)
    if actual != pin.sha256:
        raise SpecIntegrityError(
            f"{path} has sha256 {actual}, but openapi/pin.toml pins {pin.sha256}; "
            "update the pin with scripts/regen.py --update-pin if the new spec is intended"
        )
    return path


def locate_pinned_spec(
    *,
    vendored: Path = VENDORED_SPEC,
    pin: SpecPin | None = None,
    cache_dir: Path = CACHE_DIR,
) -> Path:
    """Path of a verified, uncompressed copy of the vendored pinned spec (what Prism serves).

    Written once per pin under ``cache_dir`` (whole or not at all: test workers race for it);
    a copy whose bytes do not hash to the pin is refused and removed.

    Example:
        >>> locate_pinned_spec().name.startswith("openapi-")
        True
    """
    pin = pin or SpecPin.load()
    copy = cache_dir / f"openapi-{pin.sha256}.yaml"
    if not copy.is_file():
        try:
            raw = gzip.decompress(vendored.read_bytes())
        except (OSError, EOFError, gzip.BadGzipFile) as exc:
            raise SpecIntegrityError(f"cannot read the vendored spec {vendored}: {exc}") from exc
        cache_dir.mkdir(parents=True, exist_ok=True)
        partial = copy.with_name(f".{copy.name}.{os.getpid()}.tmp")
        partial.write_bytes(raw)
        os.replace(partial, copy)
    try:
        return verify(copy, pin)
    except SpecIntegrityError:
        copy.unlink(missing_ok=True)  # an edited copy must not poison the next run
        raise
