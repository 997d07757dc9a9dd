"""The examples ship in the package and run from any directory (issue 25, item 4):
``python -m realtime_ext.examples...`` from a folder that is not the repository."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest


def _run(module: str, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_text_agent_runs_offline_from_elsewhere(tmp_path: Path) -> None:
    proc = _run("realtime_ext.examples.text_agent_with_tools", "--fake", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Both are 21 degrees and clear." in proc.stdout


@pytest.mark.parametrize(
    "module",
    [
        "realtime_ext.examples.voice_assistant",
        "realtime_ext.examples.webrtc_browser.server",
        "realtime_ext.examples.live_browser.server",
    ],
)
def test_the_other_examples_start_from_elsewhere(module: str, tmp_path: Path) -> None:
    proc = _run(module, "--help", cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "usage:" in proc.stdout


def test_the_webhook_example_imports_from_elsewhere(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import realtime_ext.examples.sip_webhook_handler as m; m.make_app"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
