"""The docs type-check's files: each Python block of the README and of docs/, as a module.

Each block is checked as the guides' tests run it alone (tests/docs/test_guides_code.py):
after its page's setup block (the block starting with :data:`SETUP_MARK`), in a file of its
own; :class:`Snippet` maps each of the file's lines back to the page's. The files go into the
typing tests' one mypy and one pyright run (_batch.py) beside the other typing files, with
the two allowances test_docs_typecheck.py explains: :data:`PYRIGHT_RELAXED` (a comment at the
end of each file, so the other files keep every rule and the lines stay the page's) and a stub
per :data:`UNTYPED` library.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from support import snippets

ROOT = snippets.ROOT
SETUP_MARK = "# Setup for every example on this page"
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]

# Libraries the docs use that ship neither a py.typed marker nor stubs, with the reason.
UNTYPED = {"vcr": "vcrpy (the testing guide's HTTP cassettes) has no py.typed and no stubs"}

# pyright rules that a block checked beside its page's shared setup block trips on its own,
# turned off for the block's file only (pyright reads a `# pyright:` comment anywhere in it).
PYRIGHT_RELAXED = (
    "# pyright: reportUnusedImport=false, reportUnusedVariable=false, reportDuplicateImport=false\n"
)

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
CONTROL_NAME = "control.md"


@dataclass(frozen=True)
class Snippet:
    """One checked file: its code, the page it comes from and, per file line, the page's."""

    code: str
    page: str
    lines: list[int]

    def where(self, line: int) -> str:
        """``page:line`` of a 1-based line of the file."""
        return f"{self.page}:{self.lines[line - 1] if 0 < line <= len(self.lines) else '?'}"


def _page_lines(block: snippets.Block) -> list[int]:
    return list(range(block.line, block.line + block.code.count("\n")))


def page_snippets(text: str, name: str) -> dict[str, Snippet]:
    """One file per Python block of a page (its setup block first), by file name."""
    blocks = [b for b in snippets.fenced_blocks(text) if b.lang == "python"]
    setup = [b for b in blocks if b.code.startswith(SETUP_MARK)]
    alone = [b for b in blocks if b not in setup] or setup[:1]
    stem = re.sub(r"\W", "_", name.removesuffix(".md"))
    found: dict[str, Snippet] = {}
    for index, block in enumerate(alone):
        parts = [b for b in setup if b is not block] + [block]
        code = "".join(b.code for b in parts)
        found[f"{stem}__{index}.py"] = Snippet(
            code, name, [n for b in parts for n in _page_lines(b)]
        )
    return found


def docs_snippets() -> dict[str, Snippet]:
    """Every page's files and the control page's, by file name."""
    found: dict[str, Snippet] = {}
    for page in PAGES:
        found |= page_snippets(page.read_text(encoding="utf-8"), str(page.relative_to(ROOT)))
    found |= page_snippets(CONTROL_PAGE, CONTROL_NAME)
    return found


def checked_code(snippet: Snippet) -> str:
    """What the checkers read for ``snippet``: its code, then :data:`PYRIGHT_RELAXED`."""
    code = snippet.code if snippet.code.endswith("\n") else snippet.code + "\n"
    return code + PYRIGHT_RELAXED


def write_untyped_stubs(stubs: Path) -> Path:
    """A stub per :data:`UNTYPED` library making the whole module ``Any``, under ``stubs``."""
    for module in UNTYPED:
        package = stubs / module
        package.mkdir(parents=True)
        (package / "__init__.pyi").write_text(
            "from typing import Any\n\ndef __getattr__(name: str) -> Any: ...\n", encoding="utf-8"
        )
    return stubs
