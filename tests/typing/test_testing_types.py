"""The testing API (scenarios, cassettes, the pytest fixture) type-checks under mypy --strict and
pyright strict as users write it (tests/typing/check_testing.py). `make typecheck` does not
check tests/typing again: these tests are its one type-check run (the batch, _batch.py)."""

from __future__ import annotations

from _batch import Checked, shown


def test_check_testing_passes_mypy_strict(batch: Checked) -> None:
    assert batch.mypy_errors("check_testing.py") == ""


def test_check_testing_passes_pyright_strict(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_testing.py")) == []
