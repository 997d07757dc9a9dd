"""Sample browser offers ship with the package (issue 25, item 4): readable from an
installed wheel, valid offers, and printable from the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from realtime_ext import InvalidArgumentError, sdp
from realtime_ext.cli import main


@pytest.mark.parametrize("browser", sorted(sdp._samples.SAMPLE_OFFERS))
def test_each_sample_is_a_valid_browser_offer(browser: str) -> None:
    text = sdp.sample_offer(browser)
    assert text.endswith("\r\n") and "\r\n" in text  # as a browser sends it
    desc = sdp.validate_offer(text)
    assert any(m.kind == "audio" for m in desc.media)


@pytest.mark.parametrize("browser", ["netscape", float("nan"), ["chrome"], None])
def test_unknown_browser_names_the_choices(browser: object) -> None:
    # The SDK's own error (a ValueError) for any value, a list too (it was a TypeError:
    # unhashable type).
    with pytest.raises(InvalidArgumentError, match="'chrome', 'chrome-linux', 'firefox', 'safari'"):
        sdp.sample_offer(browser)  # type: ignore[arg-type]


def test_cli_prints_a_sample(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sdp", "sample", "safari"]) == 0
    assert capsys.readouterr().out == sdp.sample_offer("safari")


def test_samples_are_package_data() -> None:
    from importlib import resources

    folder = resources.files("realtime_ext.sdp").joinpath("samples")
    names = {entry.name for entry in folder.iterdir()}
    assert set(sdp._samples.SAMPLE_OFFERS.values()) <= names and "SOURCES.md" in names


def test_validate_prints_a_success_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    offer = tmp_path / "offer.sdp"
    offer.write_text(sdp.sample_offer(), newline="")
    assert main(["sdp", "inspect", str(offer), "--validate", "offer"]) == 0
    assert capsys.readouterr().out.rstrip().endswith("valid offer: the offer checks passed")
    assert main(["sdp", "inspect", str(offer)]) == 0
    assert "checks passed" not in capsys.readouterr().out
