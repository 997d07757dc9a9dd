"""Every Python block of the README and of docs/ type-checks under mypy --strict and pyright
(strict), without casts: the code a reader copies is the code the checkers accept.

Each block is checked as the guides' tests run it alone (tests/docs/test_guides_code.py):
after its page's setup block (the block starting with ``SETUP_MARK``), in a file of its own.
All files go to ONE mypy and ONE pyright run (a run per block would cost seconds each), so a
block added to any page later (a new guide, a new section) is checked without a change here.
Errors are reported at the page's own line.

No block may reach that with a ``cast(...)`` or a ``# type: ignore`` / ``# pyright: ignore``
comment (:data:`ESCAPES`).

A control page goes through the same extraction and the same two runs: its block reads a
field before narrowing, so both checkers must report exactly its two lines, or this test
could pass by checking nothing.

Two allowances, each for a reason outside the snippets' types:

* pyright's unused/duplicate import and unused variable rules are off: a page's setup block
  is shared by all its blocks, so a block checked with it does not use all it imports, and a
  block that repeats an import (to be copied alone) repeats the setup's. mypy reports neither.
* a third-party library that ships no type information (:data:`UNTYPED`) is ``Any`` to both
  checkers, through a stub of the same effect for each, as ``ignore_missing_imports`` would.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from _batch import MYPY_CACHE, run_mypy, run_pyright

from support import snippets

ROOT = snippets.ROOT
SETUP_MARK = "# Setup for every example on this page"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

# Libraries the docs use that ship neither a py.typed marker nor stubs, with the reason.
# Its own mypy cache: its options (the stubs' path) differ from the other typing tests', and
# mypy rechecks and rewrites whatever a run with other options left, so sharing one cache
# made every typing test after this one check realtime_ext from cold.
DOCS_MYPY_CACHE = MYPY_CACHE.parent / "mypy-docs-typecheck"
UNTYPED = {"vcr": "vcrpy (the testing guide's HTTP cassettes) has no py.typed and no stubs"}

# pyright rules that a block checked beside its page's shared setup block trips on its own.
PYRIGHT_SETTINGS = {
    "reportUnusedImport": False,
    "reportUnusedVariable": False,
    "reportDuplicateImport": False,
}

CONTROL_PAGE = """# Control

```python
from realtime_ext.connection import RealtimeConnection


def app(conn: RealtimeConnection) -> None:
    for event in conn:
        if event.type == "response.done" and event.response.output:
            print(event.response.output[0].name)  # not narrowed on .type: no name on a message
        if event.type == "response.output_item.done" and event.item.type == "function_call":
            print(event.item.name, event.item.content)  # narrowed: a function call has no content
```
"""
CONTROL_LINES = [10, 12]  # the page lines the checkers must name


@dataclass(frozen=True)
class Snippet:
    """One checked file: the page it comes from and, per file line, the page's line."""

    page: str
    lines: list[int]

    def where(self, line: int) -> str:
        """``page:line`` of a 1-based line of the file."""
        return f"{self.page}:{self.lines[line - 1] if 0 < line <= len(self.lines) else '?'}"


def _page_lines(block: snippets.Block) -> list[int]:
    return list(range(block.line, block.line + block.code.count("\n")))


def write_snippets(text: str, name: str, workdir: Path) -> dict[Path, Snippet]:
    """One file per Python block of a page (its setup block first), in ``workdir``."""
    blocks = [b for b in snippets.fenced_blocks(text) if b.lang == "python"]
    setup = [b for b in blocks if b.code.startswith(SETUP_MARK)]
    alone = [b for b in blocks if b not in setup] or setup[:1]
    stem = re.sub(r"\W", "_", name.removesuffix(".md"))
    written: dict[Path, Snippet] = {}
    for index, block in enumerate(alone):
        parts = [b for b in setup if b is not block] + [block]
        path = workdir / f"{stem}__{index}.py"
        path.write_text("".join(b.code for b in parts), encoding="utf-8")
        written[path] = Snippet(name, [n for b in parts for n in _page_lines(b)])
    return written


def write_untyped_stubs(workdir: Path) -> Path:
    """A stub per :data:`UNTYPED` library making the whole module ``Any``."""
    stubs = workdir / "stubs"
    for module in UNTYPED:
        package = stubs / module
        package.mkdir(parents=True)
        (package / "__init__.pyi").write_text(
            "from typing import Any\n\ndef __getattr__(name: str) -> Any: ...\n", encoding="utf-8"
        )
    return stubs


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, list[str]]]:
    return check_pages(tmp_path_factory.mktemp("docs-typecheck"))


def check_pages(workdir: Path) -> dict[str, dict[str, list[str]]]:
    """Both checkers' errors (``page:line: message``) for the docs and the control page."""
    code_dir = workdir / "snippets"
    code_dir.mkdir()
    files: dict[Path, Snippet] = {}
    for page in PAGES:
        files |= write_snippets(
            page.read_text(encoding="utf-8"), str(page.relative_to(ROOT)), code_dir
        )
    files |= write_snippets(CONTROL_PAGE, "control.md", code_dir)
    stubs = write_untyped_stubs(workdir)
    config = workdir / "mypy.ini"
    config.write_text(f"[mypy]\npython_version = 3.11\nmypy_path = {stubs}\n", encoding="utf-8")
    by_name = {path.name: snippet for path, snippet in files.items()}

    _, output = run_mypy(sorted(files), ["--config-file", str(config)], DOCS_MYPY_CACHE)
    mypy: list[str] = []
    for line in output.splitlines():
        found = re.match(r"(?:.*/)?([^/:]+\.py):(\d+): error: (.*)", line)
        if found:
            file, number, message = found.groups()
            mypy.append(f"{by_name[file].where(int(number))}: {message}")
        elif ": error:" in line:  # an error mypy could not place: never silently dropped
            mypy.append(line)

    _, errors = run_pyright(sorted(files), workdir, {**PYRIGHT_SETTINGS, "stubPath": str(stubs)})
    pyright = [
        f"{by_name[Path(e['file']).name].where(int(e['range']['start']['line']) + 1)}: "
        f"{e['message'].splitlines()[0]}"
        for e in errors
    ]
    return {"mypy": _split(mypy), "pyright": _split(pyright)}


def _split(errors: list[str]) -> dict[str, list[str]]:
    control = [e for e in errors if e.startswith("control.md:")]
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


# What would make a block pass without its types holding: a cast, a silenced error.
ESCAPES = re.compile(r"\bcast\(|#\s*type:\s*ignore|#\s*pyright:\s*ignore")


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
