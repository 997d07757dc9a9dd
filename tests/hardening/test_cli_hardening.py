"""The CLI survives closed pipes, names its flags, and its help and README tell the truth."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from realtime_ext.cli import main

ROOT = Path(__file__).resolve().parents[2]
OFFER = ROOT / "tests" / "data" / "sdp" / "chrome_audio_offer.sdp"


def test_closed_pipe_ends_quietly() -> None:
    # stdout is a pipe whose reader is gone before the command writes (like `| head -c 0`).
    code = (
        "import sys; from realtime_ext.cli import main; "
        f"sys.exit(main(['sdp', 'inspect', {str(OFFER)!r}, '--json']))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=30) in (0, 141)
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


def test_serve_fake_help_names_the_cli(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve-fake", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: realtime-ext serve-fake")
    assert "python -m" not in out


def test_missing_key_names_the_flag(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    assert main(["secret"]) == 1
    err = capsys.readouterr().err
    assert "--api-key" in err and "api_key=" not in err


def _takes_json(args: list[str], capsys: pytest.CaptureFixture[str]) -> bool:
    with pytest.raises(SystemExit):
        main([*args, "--help"])
    return "--json" in capsys.readouterr().out


def test_readme_json_claim_matches_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    guide = (ROOT / "docs" / "guides" / "cli.md").read_text(encoding="utf-8")
    claim = re.search(
        r"`secret`, `call \.\.\.`,\s+`webhook verify`, `sdp inspect` and `translate`"
        r"\s+take `--json`",
        guide,
    )
    assert claim, "the CLI guide's --json sentence changed: update this test with it"
    commands = [
        ["secret"],
        ["call", "create"],
        ["call", "accept"],
        ["call", "hangup"],
        ["call", "refer"],
        ["call", "reject"],
        ["webhook", "verify"],
        ["sdp", "inspect"],
        ["translate"],
    ]
    for command in commands:
        assert _takes_json(command, capsys), command
    assert not _takes_json(["demo"], capsys)
    assert not _takes_json(["serve-fake"], capsys)
