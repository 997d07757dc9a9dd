"""mypy --strict and pyright (strict) narrow translation events on ``event.type``
(check_translation.py); a control that reads a field without narrowing fails both."""

from __future__ import annotations

from pathlib import Path

from test_narrowing import run_mypy, run_pyright

CHECKED = Path(__file__).with_name("check_translation.py")
CONTROL = """
from realtime_ext.translation import TranslationSession


def app(conn: TranslationSession) -> None:
    for event in conn:
        print(event.delta)  # not narrowed: no event.type check
        if event.type == "session.closed":
            print(event.delta)  # narrowed to session.closed, which has no delta
"""


def test_mypy_strict_accepts_translation_code() -> None:
    code, output = run_mypy([CHECKED])
    assert code == 0, output


def test_pyright_strict_accepts_translation_code(tmp_path: Path) -> None:
    code, errors = run_pyright([CHECKED], tmp_path)
    assert code == 0 and not errors, errors


def test_unnarrowed_field_access_fails_both(tmp_path: Path) -> None:
    control = tmp_path / "control_translation.py"
    control.write_text(CONTROL, encoding="utf-8")
    code, output = run_mypy([control])
    assert code != 0 and output.count('"delta"') >= 2, output
    code, errors = run_pyright([control], tmp_path)
    assert code != 0 and len(errors) >= 2, errors


TYPO = """
from realtime_ext import RealtimeClient


def app(client: RealtimeClient) -> None:
    client.translations.connect(max_retry=3)
"""


def test_a_keyword_typo_fails_both(tmp_path: Path) -> None:
    control = tmp_path / "control_translation_typo.py"
    control.write_text(TYPO, encoding="utf-8")
    code, output = run_mypy([control])
    assert code != 0 and '"max_retry"' in output, output
    code, errors = run_pyright([control], tmp_path)
    assert code != 0 and any("max_retry" in e["message"] for e in errors), errors
