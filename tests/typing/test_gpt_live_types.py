"""mypy --strict and pyright (strict) narrow GPT-Live events on ``event.type`` and type the
connections, sends and entry points (check_gpt_live.py); the control (_batch.py) shows they
reject a field read without narrowing, an option typo and a mistyped send."""

from __future__ import annotations

from _batch import Checked, shown


def test_mypy_strict_accepts_gpt_live_code(batch: Checked) -> None:
    assert batch.mypy_errors("check_gpt_live.py") == ""


def test_pyright_strict_accepts_gpt_live_code(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_gpt_live.py")) == []


def test_what_gpt_live_does_not_promise_fails_both(batch: Checked) -> None:
    output = batch.mypy_errors("control_gpt_live.py")
    assert output.count('"delta"') >= 3, output
    assert '"max_retry"' in output, output
    assert '"commentary"' in output, output
    errors = batch.pyright_errors("control_gpt_live.py")
    assert len(errors) >= 5, errors
