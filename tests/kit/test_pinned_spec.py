"""The spec Prism serves is the pinned one: the vendored copy, uncompressed and checked."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from support.pinned_spec import (
    VENDORED_SPEC,
    SpecIntegrityError,
    SpecPin,
    locate_pinned_spec,
    sha256_of,
)

CONTENT = b"openapi: 3.1.0\n"


def _pin_for(content: bytes, tmp_path: Path) -> SpecPin:
    probe = tmp_path / "probe"
    probe.write_bytes(content)
    return SpecPin(sha256=sha256_of(probe), url="https://example.invalid/openapi.yaml")


def _vendored(tmp_path: Path, content: bytes) -> Path:
    spec = tmp_path / "openapi.yaml.gz"
    spec.write_bytes(gzip.compress(content, mtime=0))
    return spec


def test_the_vendored_spec_is_the_committed_pin() -> None:
    served = locate_pinned_spec()
    assert served.suffix == ".yaml"
    assert served.read_bytes() == gzip.decompress(VENDORED_SPEC.read_bytes())
    assert sha256_of(served) == SpecPin.load().sha256


def test_it_is_uncompressed_once_into_the_cache(tmp_path: Path) -> None:
    pin, cache = _pin_for(CONTENT, tmp_path), tmp_path / "c"
    vendored = _vendored(tmp_path, CONTENT)
    first = locate_pinned_spec(vendored=vendored, pin=pin, cache_dir=cache)
    vendored.unlink()  # the second call reads the copy, not the vendored file
    assert locate_pinned_spec(vendored=vendored, pin=pin, cache_dir=cache) == first
    assert first.read_bytes() == CONTENT
    assert [p.name for p in cache.iterdir()] == [first.name]


def test_tampered_spec_is_refused_and_not_cached(tmp_path: Path) -> None:
    cache = tmp_path / "c"
    vendored = _vendored(tmp_path, CONTENT + b"# edited\n")
    with pytest.raises(SpecIntegrityError, match="pins"):
        locate_pinned_spec(vendored=vendored, pin=_pin_for(CONTENT, tmp_path), cache_dir=cache)
    assert list(cache.iterdir()) == []


def test_a_missing_or_broken_vendored_spec_is_named(tmp_path: Path) -> None:
    pin = _pin_for(CONTENT, tmp_path)
    with pytest.raises(SpecIntegrityError, match=r"absent\.yaml\.gz"):
        locate_pinned_spec(vendored=tmp_path / "absent.yaml.gz", pin=pin, cache_dir=tmp_path)
    (tmp_path / "plain.yaml.gz").write_bytes(CONTENT)
    with pytest.raises(SpecIntegrityError, match=r"plain\.yaml\.gz"):
        locate_pinned_spec(vendored=tmp_path / "plain.yaml.gz", pin=pin, cache_dir=tmp_path)


def test_pin_file_errors_are_specific(tmp_path: Path) -> None:
    bad = tmp_path / "pin.toml"
    bad.write_text('sha256 = "abc"\nurl = "https://x"\n', encoding="utf-8")
    with pytest.raises(SpecIntegrityError, match="64-hex-digit"):
        SpecPin.load(bad)
