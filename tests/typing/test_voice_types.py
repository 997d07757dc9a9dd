"""mypy --strict and pyright (strict) accept voice code as users write it (check_voice.py)."""

from __future__ import annotations

from _batch import Checked, shown


def test_mypy_strict_accepts_voice_code(batch: Checked) -> None:
    assert batch.mypy_errors("check_voice.py") == ""


def test_pyright_strict_accepts_voice_code(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_voice.py")) == []
