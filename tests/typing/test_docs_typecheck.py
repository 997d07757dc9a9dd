"""Every Python block of the README and of docs/ type-checks under mypy --strict and pyright
(strict), without casts: the code a reader copies is the code the checkers accept.

Each block is checked as the guides' tests run it alone (tests/docs/test_guides_code.py):
after its page's setup block (the block starting with ``SETUP_MARK``), in a file of its own
(_docs_blocks.py). All files go to the typing tests' ONE mypy and ONE pyright run (_batch.py;
a run per block would cost seconds each, a pair of runs of their own a second pyright start),
so a block added to any page later (a new guide, a new section) is checked without a change
here. Errors are reported at the page's own line; an error the checkers could not place in a
file (a crash, an error in a module the blocks import) counts against the docs too.

No block may reach that with a ``cast(...)``, a ``# type: ignore`` comment or a comment that
sets the checkers' rules in the file (``# pyright: ...``, ``# mypy: ...``; :data:`ESCAPES`).

A control page goes through the same extraction and the same two runs: its block reads a
field before narrowing, so both checkers must report exactly its two lines, or this test
could pass by checking nothing.

Two allowances, each for a reason outside the snippets' types:

* pyright's unused/duplicate import and unused variable rules are off: a page's setup block
  is shared by all its blocks, so a block checked with it does not use all it imports, and a
  block that repeats an import (to be copied alone) repeats the setup's. mypy reports neither.
  They are off in the blocks' files only (``_docs_blocks.PYRIGHT_RELAXED``, a comment the
  extraction adds after the block's last line).
* a third-party library that ships no type information (``_docs_blocks.UNTYPED``) is ``Any`` to both
  checkers, through a stub of the same effect for each, as ``ignore_missing_imports`` would.
"""

from __future__ import annotations

import re

import pytest
from _batch import Checked
from _docs_blocks import CONTROL_NAME, PAGES, ROOT, docs_snippets

from support import snippets

CONTROL_LINES = [10, 12]  # the page lines of _docs_blocks.CONTROL_PAGE the checkers must name


@pytest.fixture(scope="module")
def checked(batch: Checked) -> dict[str, dict[str, list[str]]]:
    """Both checkers' errors (``page:line: message``) for the docs and the control page."""
    files = docs_snippets()
    mypy = list(batch.mypy.get("", []))  # what mypy could not place: never silently dropped
    pyright = [e["message"] for e in batch.pyright.get("", [])]
    for name, snippet in sorted(files.items()):
        for error in batch.mypy.get(name, []):
            number, message = error.split(": ", 1)
            mypy.append(f"{snippet.where(int(number))}: {message}")
        for diagnostic in batch.pyright.get(name, []):
            line = int(diagnostic["range"]["start"]["line"]) + 1
            pyright.append(f"{snippet.where(line)}: {diagnostic['message'].splitlines()[0]}")
    return {"mypy": _split(mypy), "pyright": _split(pyright)}


def _split(errors: list[str]) -> dict[str, list[str]]:
    control = [e for e in errors if e.startswith(f"{CONTROL_NAME}:")]
    return {"docs": [e for e in errors if e not in control], "control": control}


def _control_lines(errors: list[str]) -> list[int]:
    return sorted({int(e.split(":")[1]) for e in errors})


def test_pages_have_python_blocks_to_check() -> None:
    count = sum(
        1
        for page in PAGES
        for block in snippets.fenced_blocks(page.read_text(encoding="utf-8"))
        if block.lang == "python"
    )
    assert count >= 90, count  # README and every guide: about a hundred blocks


# What would make a block pass without its types holding: a cast, a silenced error, a rule
# turned off in the file.
ESCAPES = re.compile(r"\bcast\(|#\s*type:\s*ignore|#\s*pyright:|#\s*mypy:")


def test_no_block_escapes_the_checkers() -> None:
    found = [
        f"{page.relative_to(ROOT)}:{block.line + index}: {line.strip()}"
        for page in PAGES
        for block in snippets.fenced_blocks(page.read_text(encoding="utf-8"))
        if block.lang == "python"
        for index, line in enumerate(block.code.splitlines())
        if ESCAPES.search(line)
    ]
    assert found == []


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_docs_blocks_type_check(checker: str, checked: dict[str, dict[str, list[str]]]) -> None:
    assert checked[checker]["docs"] == []


@pytest.mark.parametrize("checker", ["mypy", "pyright"])
def test_control_block_fails(checker: str, checked: dict[str, dict[str, list[str]]]) -> None:
    errors = checked[checker]["control"]
    assert _control_lines(errors) == CONTROL_LINES, errors
