"""Griffe extension: a Google-style ``Example:`` section made of doctest lines renders as code.

Griffe reads ``Examples:`` (plural) as an examples section, whose ``>>>`` lines become
highlighted code, but ``Example:`` (singular, the form this project's docstrings use) as an
admonition whose body is Markdown, where ``>>> [t["name"] for t in ...]`` turns into broken
reference links. Rather than rename the heading in every docstring, this renames it for the
documentation build only, and only when the section starts with ``>>>``.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_SINGULAR = re.compile(r"^(\s*)Example:(\s*\n\s+>>>)", flags=re.MULTILINE)


class DoctestExamples(griffe.Extension):
    """Turn ``Example:`` + doctest into an ``Examples:`` section."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        docstring = obj.docstring
        if docstring is not None and "Example:" in docstring.value:
            docstring.value = _SINGULAR.sub(r"\1Examples:\2", docstring.value)
