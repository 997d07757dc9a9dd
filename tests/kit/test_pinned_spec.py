"""The spec Prism serves is the pinned one, from ../shared or from the download cache."""

from __future__ import annotations

from pathlib import Path

import pytest

from support.pinned_spec import (
    SHARED_SPEC,
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


def test_shared_spec_matches_the_committed_pin() -> None:
    assert locate_pinned_spec() == SHARED_SPEC


def test_tampered_spec_is_refused(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_bytes(CONTENT + b"# edited\n")
    with pytest.raises(SpecIntegrityError, match="pins"):
        locate_pinned_spec(shared_spec=spec, pin=_pin_for(CONTENT, tmp_path))


def test_without_shared_spec_it_downloads_once_into_the_cache(tmp_path: Path) -> None:
    calls: list[str] = []

    def fake_download(url: str, dest: Path) -> None:
        calls.append(url)
        dest.write_bytes(CONTENT)

    pin = _pin_for(CONTENT, tmp_path)
    first, second = (
        locate_pinned_spec(
            shared_spec=tmp_path / "absent.yaml",
            pin=pin,
            cache_dir=tmp_path / "c",
            download=fake_download,
        )
        for _ in range(2)
    )
    assert first == second
    assert first.read_bytes() == CONTENT
    assert calls == [pin.url]


def test_corrupt_download_is_refused_and_not_cached(tmp_path: Path) -> None:
    def bad_download(url: str, dest: Path) -> None:
        dest.write_bytes(b"<html>rate limited</html>")

    cache = tmp_path / "c"
    with pytest.raises(SpecIntegrityError, match="has sha256"):
        locate_pinned_spec(
            shared_spec=tmp_path / "absent.yaml",
            pin=_pin_for(CONTENT, tmp_path),
            cache_dir=cache,
            download=bad_download,
        )
    assert list(cache.iterdir()) == []


def test_pin_file_errors_are_specific(tmp_path: Path) -> None:
    bad = tmp_path / "pin.toml"
    bad.write_text('sha256 = "abc"\nurl = "https://x"\n', encoding="utf-8")
    with pytest.raises(SpecIntegrityError, match="64-hex-digit"):
        SpecPin.load(bad)
