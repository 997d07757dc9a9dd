"""The API reference reads in a checkout: each ``docs/reference/*.md`` holds, below the site's
``::: module`` directives, the same reference written as Markdown from the docstrings
(``scripts/render_reference.py``, ``make reference``), current with them; the site cuts it off
(``docs/hooks/reference_text.py``) and renders the directives instead."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from support import snippets

PAGES = sorted((snippets.ROOT / "docs" / "reference").glob("*.md"))


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(path.stem, module)
    spec.loader.exec_module(module)
    return module


render = _load(snippets.ROOT / "scripts" / "render_reference.py")
hook = _load(snippets.ROOT / "docs" / "hooks" / "reference_text.py")


@pytest.mark.once(reason="the docstrings' text, whatever the interpreter")
def test_every_page_is_current_with_the_docstrings(capsys: pytest.CaptureFixture[str]) -> None:
    assert render.main(["--check"]) == 0, capsys.readouterr().err


def test_every_page_with_a_directive_has_its_checkout_copy() -> None:
    for page in PAGES:
        text = page.read_text(encoding="utf-8")
        if render.DIRECTIVE.search(text):
            _, mark, body = text.partition(render.MARK)
            assert mark and ("## `" in body or "### `" in body), page.name


def test_what_newcomers_looked_for_is_there() -> None:
    asgi = (snippets.ROOT / "docs" / "reference" / "asgi.md").read_text(encoding="utf-8")
    assert "### `RunningCall`" in asgi and "#### `RunningCall.call_id` (property)" in asgi
    tools = (snippets.ROOT / "docs" / "reference" / "tools.md").read_text(encoding="utf-8")
    assert "client_tool" in tools and "client delegations" in tools
    connection = (snippets.ROOT / "docs" / "reference" / "connection.md").read_text("utf-8")
    assert "- `LiveConnection`: documented in `realtime_ext.conversation`" in connection


def test_the_site_shows_the_directives_only() -> None:
    assert hook.MARK == render.MARK and render.MARK.startswith(snippets.REFERENCE_COPY)
    text = (snippets.ROOT / "docs" / "reference" / "connection.md").read_text(encoding="utf-8")
    shown = hook.on_page_markdown(text)
    assert shown.rstrip().endswith("::: realtime_ext.connection")
    assert render.MARK not in shown and "### `" not in shown


def test_a_changed_docstring_makes_the_page_stale() -> None:
    page = next(p for p in PAGES if p.name == "sdp.md").read_text(encoding="utf-8")
    rendered = render.render_page(page, lambda doc: doc + " (changed)")
    assert rendered != page and rendered.startswith(page.split(render.MARK)[0])
