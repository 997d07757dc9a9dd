"""realtime_ext.asgi mounted in FastAPI and Starlette apps type-checks under mypy --strict and
pyright strict as users write it (tests/typing/check_asgi.py). `make typecheck` does not
check tests/typing again: these tests are its one type-check run."""

from __future__ import annotations

from pathlib import Path

from test_narrowing import run_mypy, run_pyright

CHECKED = Path(__file__).with_name("check_asgi.py")


def test_check_asgi_passes_mypy_strict() -> None:
    code, output = run_mypy([CHECKED])
    assert code == 0, output


def test_check_asgi_passes_pyright_strict(tmp_path: Path) -> None:
    code, errors = run_pyright([CHECKED], tmp_path)
    shown = [f"{e['file']}:{e['range']['start']['line'] + 1}: {e['message']}" for e in errors]
    assert (code, shown) == (0, [])
