"""``make demo`` installs only what the demo needs (issue 25, item 4).

Dry runs (``make -n``) against an empty virtual-environment path: the demo's plan installs
the package with its ``webrtc`` extra and never Node packages; the targets that run Node
tools (the tests: Prism; typecheck: pyright; the docs site: Mermaid, read from
node_modules by docs/hooks/mermaid_asset.py) do install them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def plan(target: str, tmp_path: Path) -> str:
    make = shutil.which("make")
    if make is None:  # pragma: no cover - make is how the project is built and tested
        pytest.fail("make is required (the README's two commands are make targets)")
    proc = subprocess.run(
        [make, "-n", "-C", str(ROOT), target, f"VENV={tmp_path / 'venv'}"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return proc.stdout


def test_demo_installs_no_node_packages_and_no_dev_tools(tmp_path: Path) -> None:
    demo = plan("demo", tmp_path)
    assert "npm" not in demo
    # The demo runs the fake server (the testing distribution) against a WebRTC call.
    assert "'.[webrtc,testing]'" in demo and ".[dev]" not in demo
    assert "realtime-ext demo" in demo


@pytest.mark.parametrize("target", ["test", "typecheck", "docs", "docs-serve"])
def test_node_targets_install_node_packages(target: str, tmp_path: Path) -> None:
    if (ROOT / "node_modules" / ".installed").exists():
        # Up to date: make plans no npm run; the dependency itself is what is checked.
        out = subprocess.run(
            ["make", "-n", "-p", "-C", str(ROOT)], capture_output=True, text=True, timeout=60
        ).stdout
        rule = next(line for line in out.splitlines() if line.startswith(f"{target}:"))
        assert "node_modules/.installed" in rule
    else:
        assert "npm ci" in plan(target, tmp_path)


@pytest.mark.parametrize("target", ["lint"])
def test_python_only_targets_need_no_node(target: str) -> None:
    out = subprocess.run(
        ["make", "-n", "-p", "-C", str(ROOT)], capture_output=True, text=True, timeout=60
    ).stdout
    rule = next(line for line in out.splitlines() if line.startswith(f"{target}:"))
    assert "node_modules" not in rule


def test_typecheck_runs_pyright_on_this_checkouts_configuration(tmp_path: Path) -> None:
    # Unasked, pyright reads the nearest pyrightconfig.json above the working directory
    # before pyproject.toml: a stray one above a CI clone (it happened, under /tmp) made it
    # check other files, or none, and pass. The recipe names the configuration it means.
    pyright = [
        line.strip()
        for line in plan("typecheck", tmp_path).splitlines()
        if line.strip().startswith("node_modules/.bin/pyright")
    ]
    assert pyright == ["node_modules/.bin/pyright --project pyproject.toml"]
