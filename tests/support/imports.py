"""The third-party packages some Python files import (any depth: inside functions and under
``TYPE_CHECKING`` too), for the tests that keep each distribution's declared dependencies
equal to what its code imports."""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterable
from pathlib import Path


def third_party_imports(paths: Iterable[Path], *, own: str) -> set[str]:
    """The top-level names imported by ``paths`` that are neither the standard library's
    nor ``own`` (the package itself): ``{"httpx", "attrs"}``."""
    found: set[str] = set()
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                found.add(node.module.split(".")[0])
    return found - set(sys.stdlib_module_names) - {own, "__future__"}
