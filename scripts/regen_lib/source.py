"""Locate the upstream spec and check it against the pin in ``openapi/pin.toml``."""

from __future__ import annotations

import hashlib
import os
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PIN_FILE = ROOT / "openapi" / "pin.toml"
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "openapi.yaml"
SPEC_ENV = "REALTIME_EXT_SPEC"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realtime-ext"


class SpecError(RuntimeError):
    """The spec could not be found, fetched or does not match the pin."""


@dataclass(frozen=True)
class Pin:
    sha256: str
    commit: str
    url: str


@dataclass(frozen=True)
class Spec:
    origin: str
    raw: bytes
    sha256: str


def read_pin(path: Path | None = None) -> Pin:
    data = tomllib.loads((path or PIN_FILE).read_text(encoding="utf-8"))
    return Pin(sha256=data["sha256"], commit=data["commit"], url=data["url"])


def write_pin(pin: Pin, path: Path | None = None) -> None:
    (path or PIN_FILE).write_text(
        "# The upstream OpenAPI spec generated/ is built from. scripts/regen.py refuses a spec\n"
        "# whose sha256 differs; `python scripts/regen.py --update-pin --spec NEW` moves the pin.\n"
        f'sha256 = "{pin.sha256}"\n'
        f'commit = "{pin.commit}"\n'
        f'url = "{pin.url}"\n',
        encoding="utf-8",
    )


def _fetch(url: str) -> bytes:
    # Cached by URL so a commit-addressed spec is downloaded once per machine.
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    cached = CACHE_DIR / hashlib.sha256(url.encode()).hexdigest()
    if cached.exists():
        return cached.read_bytes()
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            raw: bytes = response.read()
    except OSError as exc:
        raise SpecError(f"could not download the spec from {url}: {exc}") from exc
    cached.write_bytes(raw)
    return raw


def load_raw(spec: str | None) -> tuple[str, bytes]:
    """Return (origin, bytes) following the documented precedence."""
    choice = spec or os.environ.get(SPEC_ENV)
    if choice:
        if choice.startswith(("http://", "https://")):
            return choice, _fetch(choice)
        path = Path(choice)
        if not path.is_file():
            raise SpecError(f"spec file not found: {path}")
        return str(path), path.read_bytes()
    if SHARED_SPEC.is_file():
        return str(SHARED_SPEC), SHARED_SPEC.read_bytes()
    pin = read_pin()
    return pin.url, _fetch(pin.url)


def load(spec: str | None, *, verify: bool = True) -> Spec:
    origin, raw = load_raw(spec)
    digest = hashlib.sha256(raw).hexdigest()
    if verify:
        pin = read_pin()
        if digest != pin.sha256:
            raise SpecError(
                f"spec {origin} has sha256 {digest}, but openapi/pin.toml pins {pin.sha256}.\n"
                "If this is a deliberate spec update, rerun with --update-pin "
                "(and --commit/--url for the new upstream revision)."
            )
    return Spec(origin=origin, raw=raw, sha256=digest)


def parse_yaml(raw: bytes) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    doc = yaml.load(raw, Loader=loader)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError("the spec is not an OpenAPI document (no `paths`)")
    return doc
