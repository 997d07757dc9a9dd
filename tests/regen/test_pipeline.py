"""scripts/regen.py end to end: determinism, drift detection, pin, overlay, spec diff."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from regen_lib import live, normalise, source

ROOT = Path(__file__).resolve().parents[2]
REGEN = [sys.executable, str(ROOT / "scripts" / "regen.py")]
PREVIOUS = source.PREVIOUS_SPEC


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*REGEN, *args], capture_output=True, text=True, check=False)


# What a regeneration writes besides generated/ (scripts/regen_lib/cli.py: _write_state).
STATE_FILES = (
    "openapi/pin.toml",
    "openapi/names.lock",
    "openapi/generation.toml",
    "pyproject.toml",
    "realtime_ext/_generated_pin.py",
)


def _state_copy(tmp_path: Path) -> Path:
    root = tmp_path / "root"
    (root / "openapi").mkdir(parents=True)
    (root / "realtime_ext").mkdir()
    for rel in STATE_FILES:
        if rel != "openapi/generation.toml":  # a move starts its own generation record
            shutil.copy(ROOT / rel, root / rel)
    return root


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    # --root: a regeneration writes its state (pin, generation, names.lock, the ext pin,
    # pyproject.toml) as well as its output; in a copy, so the checkout other tests read at
    # the same time is never rewritten under them.
    work = tmp_path_factory.mktemp("regen")
    root = _state_copy(work)
    shutil.copy(ROOT / "openapi" / "generation.toml", root / "openapi")  # not a move: the same
    out = work / "generated"
    result = _run("--root", str(root), "--output", str(out))
    assert result.returncode == 0, result.stderr
    for rel in STATE_FILES:  # the committed generation, regenerated as it is
        assert (root / rel).read_bytes() == (ROOT / rel).read_bytes(), rel
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
    assert "pins" in result.stderr and "make update-spec" in result.stderr
    assert not (tmp_path / "out").exists()


def test_spec_source_precedence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(source.SPEC_ENV, str(PREVIOUS))
    origin, _ = source.load_raw(None)
    assert origin == str(PREVIOUS)
    origin, _ = source.load_raw(str(source.PINNED_SPEC))
    assert origin == str(source.PINNED_SPEC)
    monkeypatch.delenv(source.SPEC_ENV)
    origin, _ = source.load_raw(None)
    assert origin == str(source.PINNED_SPEC)
    with pytest.raises(source.SpecError, match="not found"):
        source.load_raw("/nonexistent/spec.yaml")


def test_a_pin_move_without_a_commit_is_refused(tmp_path: Path) -> None:
    root = _state_copy(tmp_path)
    before = (root / "openapi" / "pin.toml").read_text()
    for extra in ([], ["--commit", "5162af9"]):
        result = _run("--root", str(root), "--update-spec", str(PREVIOUS), *extra)
        assert result.returncode == 1
        assert "commit" in result.stderr and "Traceback" not in result.stderr
    assert (root / "openapi" / "pin.toml").read_text() == before
    assert not (root / "generated").exists()


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
    live.apply(doc, doc)  # GPT-Live's schemas, as regen adds them before the rules
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


def test_spec_diff_reports_the_changes_it_finds_in_the_specs(upstream_subset: dict) -> None:
    from regen_lib import subset

    old = subset.select(source.parse_yaml(source.read_spec_file(PREVIOUS)), strict=False)
    result = _run("--diff", str(PREVIOUS), str(source.PINNED_SPEC), "--allow-breaking")
    assert result.returncode == 0, result.stderr
    report = result.stdout
    assert report.splitlines()[1].startswith("summary: ")
    for name in upstream_subset["components"]["schemas"].keys() - old["components"]["schemas"]:
        assert f"+ schema {name}" in report
    same = _run("--diff", str(source.PINNED_SPEC), str(source.PINNED_SPEC))
    assert same.returncode == 0
    assert "summary: no change" in same.stdout
