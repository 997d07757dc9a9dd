"""mypy --strict and pyright (strict) agree that events narrow on ``event.type``.

Checked: tests/typing/check_narrowing.py (``assert_type`` on events from iteration,
``recv``, ``run_until`` and every parser, sync and async) and the README's conversation
snippets (an app written only from the README must narrow without casts). A control file
that reads a field without narrowing must fail under both checkers, so these tests can fail.
pyright is the pinned npm package (package.json), installed by ``make install``. Both
checkers run once for all the typing tests (_batch.py).
"""

from __future__ import annotations

from _batch import Checked, readme_conversation_snippets, shown


def test_readme_has_a_narrowing_conversation_snippet() -> None:
    assert readme_conversation_snippets(), "README lost its `event.type ==` example"


def _checked_names() -> list[str]:
    readme = readme_conversation_snippets()
    return ["check_narrowing.py", *(f"readme_conversation_{i}.py" for i in range(len(readme)))]


def test_mypy_strict_narrows(batch: Checked) -> None:
    assert [batch.mypy_errors(name) for name in _checked_names()] == [""] * len(_checked_names())


def test_pyright_strict_narrows(batch: Checked) -> None:
    assert [shown(batch.pyright_errors(name)) for name in _checked_names()] == [[]] * len(
        _checked_names()
    )


def test_both_checkers_reject_unnarrowed_access(batch: Checked) -> None:
    output = batch.mypy_errors("control_unnarrowed.py")
    assert output.count('has no attribute "delta"') >= 2, output
    errors = batch.pyright_errors("control_unnarrowed.py")
    lines = sorted({int(e["range"]["start"]["line"]) for e in errors})
    assert lines == [6, 8], errors
