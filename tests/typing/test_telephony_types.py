"""The phone guide's code type-checks under mypy --strict and pyright strict, and its bridge
is at most 15 lines of app code (issue 56). The guide's blocks are checked as the page runs
them: in order, as one module. A control with a hook of the wrong shape must fail both."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_narrowing import run_mypy, run_pyright

from support import snippets

GUIDE = snippets.ROOT / "docs" / "guides" / "phone-calls-twilio.md"
MAX_BRIDGE_LINES = 15

CONTROL = """
from realtime_ext import AsyncRealtimeClient
from realtime_ext.session import realtime_session
from realtime_ext.telephony import twilio_endpoint


def on_dtmf(digit: str) -> None:  # the hook takes the call and the digit
    print(digit)


twilio_endpoint(AsyncRealtimeClient(), session=realtime_session(), on_dtmf=on_dtmf)
"""


def _python_blocks() -> list[str]:
    blocks = snippets.fenced_blocks(GUIDE.read_text(encoding="utf-8"))
    return [b.code for b in blocks if b.lang == "python"]


def _code_lines(code: str) -> list[str]:
    return [
        line for line in code.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]


def test_the_guides_bridge_is_at_most_15_lines_of_app_code() -> None:
    bridge = _python_blocks()[0]
    assert "twilio_endpoint(" in bridge and "app.mount(" in bridge
    lines = _code_lines(bridge)
    assert len(lines) <= MAX_BRIDGE_LINES, "\n".join(lines)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    workdir = tmp_path_factory.mktemp("telephony_typing")
    guide = workdir / "phone_guide.py"
    guide.write_text("\n\n".join(_python_blocks()), encoding="utf-8")
    control = workdir / "phone_control.py"
    control.write_text(CONTROL, encoding="utf-8")
    return {"guide": guide, "control": control, "workdir": workdir}


def test_mypy_strict_accepts_the_guide(files: dict[str, Path]) -> None:
    code, output = run_mypy([files["guide"]])
    assert code == 0, output


def test_pyright_strict_accepts_the_guide(files: dict[str, Path]) -> None:
    code, errors = run_pyright([files["guide"]], files["workdir"])
    assert code == 0 and not errors, errors


def test_both_checkers_reject_a_hook_of_the_wrong_shape(files: dict[str, Path]) -> None:
    code, output = run_mypy([files["control"]])
    assert code == 1 and "on_dtmf" in output, output
    code, errors = run_pyright([files["control"]], files["workdir"])
    assert code == 1 and any("on_dtmf" in e["message"] for e in errors), errors
