"""MkDocs hook: the site shows a reference page's ``::: module`` directives, not its checkout copy.

Each ``docs/reference/*.md`` holds, below a marker, the same reference written as Markdown by
``scripts/render_reference.py``, for reading in a checkout or on a repository's web page. The
site renders the directives (mkdocstrings) from the same docstrings, so the written part is cut
off here, before any other hook or plugin sees the page.
"""

from __future__ import annotations

from typing import Any

MARK = "<!-- checkout copy: rendered by scripts/render_reference.py; the site shows the above -->"


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """The page without its checkout copy."""
    return markdown.split(MARK, 1)[0]
