"""Locate the upstream spec and check it against the pin in ``openapi/pin.toml``.

The spec is vendored in ``openapi/upstream/`` (gzip-compressed, with its history and licence),
so a clone regenerates offline with nothing beside it. A spec repository checked out beside
the clone (``../shared/openapi``) is searched too when present, never required.
"""

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
UPSTREAM = ROOT / "openapi" / "upstream"
PINNED_SPEC = UPSTREAM / "openapi.yaml.gz"
PREVIOUS_SPEC = UPSTREAM / "previous" / "openapi.yaml.gz"
HISTORY = UPSTREAM / "history"
# Optional: the spec repository, when it is checked out beside the clone.
SHARED = ROOT.parent / "shared" / "openapi"
# The vendored folder of the checkout regen writes (``--root`` points it at a copy, as
# ``PIN_FILE``); specs are still found in this checkout's folder by their bytes.
STATE_UPSTREAM = UPSTREAM
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


def _folders() -> list[Path]:
    return list(dict.fromkeys([STATE_UPSTREAM, UPSTREAM, SHARED]))


def commit_date(commit: str) -> str | None:
    """The date the vendored spec's notes (``SOURCE.md``, ``history/README.md``) give an
    upstream commit, if any."""
    docs = [d for f in _folders() for d in [f / "SOURCE.md", *sorted(f.glob("*/README.md"))]]
    for doc in docs:
        if not doc.is_file():
            continue
        for line in doc.read_text(encoding="utf-8").splitlines():
            if commit in line:
                found = re.search(r"\b(\d{4}-\d{2}-\d{2})\b", line[line.index(commit) :])
                if found:
                    return found.group(1)
    return None


def local_specs() -> list[Path]:
    """Every spec file on disk: the current one, previous/ and history/ of the vendored folder
    (the written checkout's, then this one's), then of ../shared when it is there."""
    found: list[Path] = []
    for folder in _folders():
        for name in ("openapi.yaml.gz", "openapi.yaml"):
            found += [folder / name, folder / "previous" / name]
        found += sorted((folder / "history").glob("*.yaml.gz"))
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


def find_local(sha256: str) -> Path | None:
    """The spec on disk whose (uncompressed) bytes hash to this sha256."""
    for path in local_specs():
        if file_sha256(path) == sha256:
            return path
    return None


def read_spec_file(path: Path) -> bytes:
    raw = path.read_bytes()
    return gzip.decompress(raw) if path.name.endswith(".gz") else raw


def write_spec_file(raw: bytes, path: Path) -> None:
    """``raw`` gzip-compressed at ``path``, the same bytes for the same spec (no file name,
    mtime 0 in the header), written whole or not at all."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    partial.write_bytes(gzip.compress(raw, compresslevel=9, mtime=0))
    os.replace(partial, path)


def vendor(raw: bytes, old: Pin) -> list[Path]:
    """Vendor a moved pin's spec as ``openapi.yaml.gz`` of the written checkout, keeping the
    spec it replaces (when one on disk hashes to the old pin) as ``history/<commit>.yaml.gz``.
    Returns the files written."""
    written: list[Path] = []
    replaced = find_local(old.sha256)
    archive = STATE_UPSTREAM / "history" / f"{old.commit}.yaml.gz"
    if (
        replaced is not None
        and not archive.exists()
        and hashlib.sha256(raw).hexdigest() != old.sha256
    ):
        write_spec_file(read_spec_file(replaced), archive)
        written.append(archive)
    current = STATE_UPSTREAM / "openapi.yaml.gz"
    write_spec_file(raw, current)
    return [*written, current]


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
    # The pinned spec wherever it is vendored (the pin may name a history/ commit); never the
    # network unless asked (--spec <url>): a clone regenerates offline.
    found = find_local(pin.sha256)
    if found is not None:
        return str(found), read_spec_file(found)
    current = STATE_UPSTREAM / "openapi.yaml.gz"
    what = (
        f"{current} hashes to {file_sha256(current)[:12]}"
        if current.is_file()
        else f"{current} is missing"
    )
    raise SpecError(
        f"no vendored spec hashes to the pin ({pin.sha256[:12]}, {PIN_FILE}): {what}. "
        f"Restore it (git checkout openapi/upstream) or pass --spec {pin.url}"
    )


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
