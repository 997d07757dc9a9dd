"""mypy --strict and pyright (strict) narrow translation events on ``event.type``
(check_translation.py); a control that reads a field without narrowing fails both, and so
does a keyword typo (the controls: _batch.py)."""

from __future__ import annotations

from _batch import Checked, shown


def test_mypy_strict_accepts_translation_code(batch: Checked) -> None:
    assert batch.mypy_errors("check_translation.py") == ""


def test_pyright_strict_accepts_translation_code(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_translation.py")) == []


def test_unnarrowed_field_access_fails_both(batch: Checked) -> None:
    output = batch.mypy_errors("control_translation.py")
    assert output.count('"delta"') >= 2, output
    errors = batch.pyright_errors("control_translation.py")
    assert len(errors) >= 2, errors


def test_a_keyword_typo_fails_both(batch: Checked) -> None:
    output = batch.mypy_errors("control_translation_typo.py")
    assert '"max_retry"' in output, output
    errors = batch.pyright_errors("control_translation_typo.py")
    assert any("max_retry" in e["message"] for e in errors), errors
