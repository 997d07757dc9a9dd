"""Locate the upstream spec and check it against the pin in ``openapi/pin.toml``."""

from __future__ import annotations

import gzip
import hashlib
import os
import pickle
import re
import threading
import tomllib
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PIN_FILE = ROOT / "openapi" / "pin.toml"
SHARED = ROOT.parent / "shared" / "openapi"
SHARED_SPEC = SHARED / "openapi.yaml"
RAW_URL = "https://raw.githubusercontent.com/openai/openai-openapi/{commit}/openapi.yaml"
SPEC_ENV = "REALTIME_EXT_SPEC"
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "realtime-ext"


class SpecError(RuntimeError):
    """The spec could not be found, fetched or does not match the pin."""


@dataclass(frozen=True)
class Pin:
    sha256: str
    commit: str
    url: str
    date: str


@dataclass(frozen=True)
class Spec:
    origin: str
    raw: bytes
    sha256: str


def read_pin(path: Path | None = None) -> Pin:
    file = path or PIN_FILE
    data = tomllib.loads(file.read_text(encoding="utf-8"))
    missing = [key for key in ("sha256", "commit", "url", "date") if key not in data]
    if missing:
        raise SpecError(f"{file} lacks {', '.join(missing)}; move the pin with make update-spec")
    return Pin(sha256=data["sha256"], commit=data["commit"], url=data["url"], date=data["date"])


def write_pin(pin: Pin, path: Path | None = None) -> None:
    (path or PIN_FILE).write_text(
        "# The upstream OpenAPI spec generated/ is built from, all four recorded together.\n"
        "# scripts/regen.py refuses a spec whose sha256 differs; move the pin with\n"
        "#   make update-spec SPEC=<path to the yaml> COMMIT=<upstream commit sha>\n"
        f'sha256 = "{pin.sha256}"\n'
        f'commit = "{pin.commit}"\n'
        f'url = "{pin.url}"\n'
        f'date = "{pin.date}"\n',
        encoding="utf-8",
    )


def commit_date(commit: str) -> str | None:
    """The date ../shared documents for an upstream commit (its README tables), if any."""
    for doc in [SHARED / "SOURCE.md", *sorted(SHARED.glob("*/README.md"))]:
        if not doc.is_file():
            continue
        for line in doc.read_text(encoding="utf-8").splitlines():
            if commit in line:
                found = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", line[line.index(commit) :])
                if found:
                    return found.group(1)
    return None


def shared_specs() -> list[Path]:
    """Every spec file ../shared holds: the current one, previous/ and history/."""
    found = [SHARED_SPEC, SHARED / "previous" / "openapi.yaml"]
    found += sorted((SHARED / "history").glob("*.yaml.gz"))
    return [p for p in found if p.is_file()]


_HASHES: dict[tuple[str, int, int], str] = {}


def file_sha256(path: Path) -> str:
    """The sha256 of a spec file's (uncompressed) bytes, hashed, never read from a sidecar:
    a ``.sha256`` file left naming the old pin beside a new spec must not make it the old one.
    Kept per process by path, size and modification time."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_size, stat.st_mtime_ns)
    if key not in _HASHES:
        _HASHES[key] = hashlib.sha256(read_spec_file(path)).hexdigest()
    return _HASHES[key]


def find_shared(sha256: str) -> Path | None:
    """The ../shared spec whose bytes hash to this sha256."""
    for path in shared_specs():
        if file_sha256(path) == sha256:
            return path
    return None


def read_spec_file(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.name.endswith(".gz") else raw


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
        return str(path), read_spec_file(path)
    pin = read_pin()
    # The pinned spec wherever ../shared holds it (the pin may name a history/ commit).
    shared = find_shared(pin.sha256)
    if shared is not None:
        return str(shared), read_spec_file(shared)
    return pin.url, _fetch(pin.url)


def load(spec: str | None, *, verify: bool = True) -> Spec:
    origin, raw = load_raw(spec)
    digest = hashlib.sha256(raw).hexdigest()
    if verify:
        pin = read_pin()
        if digest != pin.sha256:
            raise SpecError(
                f"spec {origin} has sha256 {digest}, but openapi/pin.toml pins {pin.sha256}.\n"
                "If this is a deliberate spec move, run "
                "`make update-spec SPEC=<path> COMMIT=<upstream commit>`."
            )
    return Spec(origin=origin, raw=raw, sha256=digest)


# Parsing the spec is half of a spec move and a third of a regeneration (libyaml scans, but
# PyYAML builds every node in Python: about 1.1 s a spec), and the test suite regenerates about
# 26 times from a handful of spec files. With this variable naming a folder (the regeneration
# tests set it), each parsed spec is kept there as a pickle named by the sha256 of its bytes
# and PyYAML's version, written whole or not at all; unset, nothing is cached. A pickle loads
# as a fresh copy, so callers may still change what they get.
PARSED_CACHE_ENV = "REALTIME_EXT_PARSED_SPEC_CACHE"


def parse_yaml(raw: bytes) -> dict[str, Any]:
    import yaml

    folder = os.environ.get(PARSED_CACHE_ENV)
    cached = None
    if folder:
        key = hashlib.sha256(raw + yaml.__version__.encode()).hexdigest()
        cached = Path(folder) / f"{key}.pickle"
        try:
            doc = pickle.loads(cached.read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError):
            doc = None
    else:
        doc = None
    if doc is None:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        doc = yaml.load(raw, Loader=loader)
    if cached is not None and not cached.exists():
        cached.parent.mkdir(parents=True, exist_ok=True)
        # Another process may be writing the same entry: each writes its own file and the
        # rename is atomic, so a reader sees a whole pickle or none.
        partial = cached.with_suffix(f".{os.getpid()}.{threading.get_ident()}.tmp")
        partial.write_bytes(pickle.dumps(doc, protocol=pickle.HIGHEST_PROTOCOL))
        os.replace(partial, cached)
    if not isinstance(doc, dict) or "paths" not in doc:
        raise SpecError("the spec is not an OpenAPI document (no `paths`)")
    return doc
