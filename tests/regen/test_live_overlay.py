"""openapi/overlay_live.yaml: reproducible from the pinned openai package (``--check``), and
built from exactly the pinned openai."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

import pytest

from regen_lib import live_overlay

ROOT = Path(__file__).resolve().parents[2]


def _script() -> Any:
    spec = importlib.util.spec_from_file_location(
        "live_overlay_cli", ROOT / "scripts" / "live_overlay.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh() -> str:
    return live_overlay.render(live_overlay.build())


def test_the_committed_overlay_is_a_fresh_build(fresh: str) -> None:
    assert _script().stale(fresh, live_overlay.OVERLAY_LIVE_FILE) == []


def test_check_fails_on_a_changed_overlay(
    fresh: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _script()
    # The build is the fixture's (one build per run): --check compares the file with it.
    monkeypatch.setattr(script, "build", dict)
    monkeypatch.setattr(script, "render", lambda doc: fresh)
    changed = tmp_path / "overlay_live.yaml"
    changed.write_text(fresh.replace("LiveSessionClosedEvent", "LiveSessionShutEvent"), "utf-8")
    diff = script.stale(fresh, changed)
    assert any(line.startswith("+") and "LiveSessionShutEvent" in line for line in diff)
    assert script.main(["--check", "--output", str(changed)]) == 1
    changed.write_text(fresh, "utf-8")
    assert script.main(["--check", "--output", str(changed)]) == 0


def test_another_openai_version_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    import openai

    monkeypatch.setattr(openai, "__version__", "3.58.0")
    with pytest.raises(live_overlay.LiveOverlayError, match=r"openai==3\.57\.0, found 3\.58\.0"):
        live_overlay.build()
