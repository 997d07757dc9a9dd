"""Every ``>>>`` example in realtime_ext's docstrings runs as written, on every interpreter.

The modules are found, not listed: a new module's examples are run from the day it has one,
and an example that stops matching what the code does fails here. ``__main__`` modules are
left out (importing one runs its program); none holds an example.
"""

from __future__ import annotations

import doctest
import importlib
from pathlib import Path
from types import ModuleType

import pytest

import realtime_ext

PACKAGE = Path(realtime_ext.__file__).parent


# Every module's source but the __main__ modules', read once for the tests below.
SOURCES = {
    path: path.read_text(encoding="utf-8")
    for path in sorted(PACKAGE.rglob("*.py"))
    if path.name != "__main__.py"
}


def _modules_with_examples() -> list[str]:
    names = []
    for path, source in SOURCES.items():
        if ">>> " not in source:
            continue
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


MODULES = _modules_with_examples()


def test_the_examples_are_found() -> None:
    # The search itself: the packages documented with examples are all in it.
    assert len(MODULES) > 80
    for name in ("realtime_ext.sdp", "realtime_ext.voice._history", "realtime_ext.tools"):
        assert any(module == name or module.startswith(name + ".") for module in MODULES), name
    assert not any(module.endswith("__main__") for module in MODULES)


def _examples(module: ModuleType) -> list[doctest.DocTest]:
    finder = doctest.DocTestFinder()
    found = finder.find(module)
    # The exceptions name the package as their module (tracebacks show
    # realtime_ext.RateLimitError, realtime_ext.testing.ScenarioError), so the finder takes
    # them for imports: their examples are this file's all the same.
    source = SOURCES[Path(str(module.__file__))]
    for name, value in vars(module).items():
        if (
            isinstance(value, type)
            and module.__name__.startswith(value.__module__ + ".")
            and f"\nclass {name}(" in source
        ):
            found += finder.find(
                value, f"{module.__name__}.{name}", module=False, globs=vars(module)
            )
    return found


def test_no_example_is_skipped() -> None:
    # A skipped example is one no test runs. The __main__ modules' examples start servers
    # that run until stopped; they are the only ones left out.
    skipping = [
        str(path.relative_to(PACKAGE.parent))
        for path, source in SOURCES.items()
        if "doctest: +SKIP" in source
    ]
    assert skipping == []


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name: str) -> None:
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in _examples(importlib.import_module(name)):
        runner.run(test)
    result = runner.summarize(verbose=False)
    assert result.attempted > 0 and result.failed == 0, result
