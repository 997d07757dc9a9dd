"""The phone guide's code type-checks under mypy --strict and pyright strict, and its bridge
is at most 15 lines of app code (issue 56). The guide's blocks are checked as the page runs
them: in order, as one module. A control with a hook of the wrong shape must fail both."""

from __future__ import annotations

from _batch import PHONE_GUIDE, Checked, phone_guide_blocks, shown

MAX_BRIDGE_LINES = 15


def _code_lines(code: str) -> list[str]:
    return [
        line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def test_the_guides_bridge_is_at_most_15_lines_of_app_code() -> None:
    bridge = phone_guide_blocks()[0]
    assert "twilio_endpoint(" in bridge and "app.mount(" in bridge, PHONE_GUIDE
    lines = _code_lines(bridge)
    assert len(lines) <= MAX_BRIDGE_LINES, "\n".join(lines)


def test_mypy_strict_accepts_the_guide(batch: Checked) -> None:
    assert batch.mypy_errors("phone_guide.py") == ""


def test_pyright_strict_accepts_the_guide(batch: Checked) -> None:
    assert shown(batch.pyright_errors("phone_guide.py")) == []


def test_both_checkers_reject_a_hook_of_the_wrong_shape(batch: Checked) -> None:
    output = batch.mypy_errors("phone_control.py")
    assert "on_dtmf" in output, output
    errors = batch.pyright_errors("phone_control.py")
    assert any("on_dtmf" in e["message"] for e in errors), errors
