"""mypy --strict and pyright (strict) accept voice code as users write it (check_voice.py)."""

from __future__ import annotations

from pathlib import Path

from test_narrowing import run_mypy, run_pyright

CHECKED = Path(__file__).with_name("check_voice.py")


def test_mypy_strict_accepts_voice_code() -> None:
    code, output = run_mypy([CHECKED])
    assert code == 0, output


def test_pyright_strict_accepts_voice_code(tmp_path: Path) -> None:
    code, errors = run_pyright([CHECKED], tmp_path)
    assert code == 0 and not errors, errors
