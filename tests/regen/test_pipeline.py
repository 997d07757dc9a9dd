"""scripts/regen.py end to end: determinism, drift detection, pin, overlay, spec diff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regen_lib import normalise, source

ROOT = Path(__file__).resolve().parents[2]
REGEN = [sys.executable, str(ROOT / "scripts" / "regen.py")]
PREVIOUS = ROOT.parent / "shared" / "openapi" / "previous" / "openapi.yaml"


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*REGEN, *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("regen") / "generated"
    result = _run("--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "endpoints (9)" in result.stdout
    return out


def test_regeneration_is_byte_identical_to_the_committed_tree(fresh: Path) -> None:
    result = _run("--check", "--output", str(fresh))
    assert result.returncode == 0, result.stdout + result.stderr
    committed = _run("--check")
    assert committed.returncode == 0, committed.stdout[-3000:]


def test_check_fails_with_a_diff_on_a_hand_edit(fresh: Path, tmp_path: Path) -> None:
    edited = tmp_path / "generated"
    shutil.copytree(fresh, edited)
    target = edited / "realtime_generated" / "api" / "realtime" / "hangup_realtime_call.py"
    target.write_text(target.read_text() + "\n# a hand edit\n")
    (edited / "realtime_generated" / "stray.py").write_text("x = 1\n")
    result = _run("--check", "--output", str(edited))
    assert result.returncode == 1
    assert "+# a hand edit" in result.stdout
    assert "only in generated/: realtime_generated/stray.py" in result.stdout
    assert "never edited by hand" in result.stderr


def test_a_spec_that_does_not_match_the_pin_is_refused(tmp_path: Path) -> None:
    result = _run("--spec", str(PREVIOUS), "--output", str(tmp_path / "out"))
    assert result.returncode == 1
    assert "pins" in result.stderr and "--update-pin" in result.stderr
    assert not (tmp_path / "out").exists()


def test_spec_source_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(source.SPEC_ENV, str(PREVIOUS))
    origin, _ = source.load_raw(None)
    assert origin == str(PREVIOUS)
    origin, _ = source.load_raw(str(source.SHARED_SPEC))
    assert origin == str(source.SHARED_SPEC)
    monkeypatch.delenv(source.SPEC_ENV)
    origin, _ = source.load_raw(None)
    assert origin == str(source.SHARED_SPEC)
    with pytest.raises(source.SpecError, match="not found"):
        source.load_raw("/nonexistent/spec.yaml")


def test_update_pin_regenerates_from_a_new_spec(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pin_copy = tmp_path / "pin.toml"
    shutil.copy(source.PIN_FILE, pin_copy)
    monkeypatch.setattr(source, "PIN_FILE", pin_copy)
    from regen_lib import cli

    out = tmp_path / "generated"
    code = cli.main(
        ["--spec", str(PREVIOUS), "--update-pin", "--commit", "5162af9", "--output", str(out)]
    )
    assert code == 0
    pin = source.read_pin(pin_copy)
    assert pin.sha256 == (PREVIOUS.parent / "openapi.yaml.sha256").read_text().split()[0]
    assert pin.commit == "5162af9"
    stamp = (out / "realtime_generated" / "_spec.py").read_text()
    assert pin.sha256 in stamp


def test_overlay_actions_must_say_why_and_hit_a_target(tmp_path: Path) -> None:
    bad = tmp_path / "overlay.yaml"
    bad.write_text("overlay: 1.0.0\nactions:\n  - target: $.components\n    remove: true\n")
    with pytest.raises(normalise.OverlayError, match="say why"):
        normalise.load_overlay(bad)
    doc = {"components": {"schemas": {}}}
    missing = [{"target": "$.components.schemas.Nope.required", "remove": True, "description": "x"}]
    with pytest.raises(normalise.OverlayError, match="does not exist"):
        normalise.apply_overlay(doc, missing)
    with pytest.raises(normalise.OverlayError, match="wildcards"):
        normalise.apply_overlay(
            doc, [{"target": "$.components.*", "remove": True, "description": "x"}]
        )


def test_overlay_fixes_reach_the_generated_models() -> None:
    from realtime_generated import models

    # POST /realtime/sessions takes a model and no response-shaped client_secret.
    request = models.RealtimeSessionCreateRequest.from_dict({"model": "gpt-realtime"})
    assert request.to_dict() == {"model": "gpt-realtime"}
    # response.create input may hold item references.
    params = models.RealtimeResponseCreateParams.from_dict(
        {"input": [{"type": "item_reference", "id": "item_1"}]}
    )
    assert params.to_dict() == {"input": [{"type": "item_reference", "id": "item_1"}]}


def test_title_collisions_no_longer_drop_schemas(upstream_subset: dict) -> None:
    import copy

    doc = copy.deepcopy(upstream_subset)
    normalise.apply_rules(doc)
    titles = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if isinstance(node.get("title"), str) and "type" in node:
                titles.append(node["title"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(doc["components"]["schemas"])
    assert titles == []


def test_spec_diff_reports_the_real_changes() -> None:
    result = _run("--diff", str(PREVIOUS), str(source.SHARED_SPEC))
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert "~ schema RealtimeSessionCreateRequestGA" in report
    assert "+gpt-realtime-2.1" in report
    assert "+ schema TranscriptionLanguage" in report
    assert "+ languages: array[TranscriptionLanguage]" in report
    assert "+ tunnel_id: string" in report
    assert "POST /realtime/calls" in report  # documentation/example change of the endpoint
    assert "WebhookRealtimeCallIncoming" in report
    same = _run("--diff", str(source.SHARED_SPEC), str(source.SHARED_SPEC))
    assert same.stdout.count("(no change)") == 3
