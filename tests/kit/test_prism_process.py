"""Starting Prism fails with Prism's own words, not with a timeout."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import prism
from support.prism import PrismError, start_prism


def test_a_dying_prism_is_reported_with_its_output(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("not: [valid\n", encoding="utf-8")
    with pytest.raises(PrismError, match=r"(?s)exited with code 1.*prism stderr"):
        start_prism(bad, tmp_path / "logs", timeout=120)


def test_missing_install_names_the_command_to_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prism, "PRISM_BIN", tmp_path / "node_modules" / ".bin" / "prism")
    with pytest.raises(PrismError, match="npm ci --ignore-scripts"):
        start_prism(tmp_path / "spec.json", tmp_path)
