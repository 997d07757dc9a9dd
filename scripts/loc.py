"""Count lines of code by Python tokens: no docstrings, comments or blank lines.

The measure issue 57 sets its line goal in: a line counts when a token other than a
comment, a line break or indentation stands on it, and it is not part of a docstring
(a statement that is a lone string: a module's, class's or function's docstring, or
an attribute's under its assignment). A string spread over several lines
counts every line it covers.

    python scripts/loc.py                       # realtime_ext without testing/, examples/, cli/
    python scripts/loc.py realtime_ext/audio    # any folders or files
    python scripts/loc.py --by-file             # one row a file, largest first
    python scripts/loc.py --no-twins            # leave out the sync twins gen_sync.py writes
"""

from __future__ import annotations

import argparse
import ast
import io
import sys
import tokenize
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_EXCLUDE = ("testing", "examples", "cli")
TWIN_MARK = "by scripts/gen_sync.py; do not edit"
_SKIP = {
    tokenize.COMMENT,
    tokenize.NL,
    tokenize.NEWLINE,
    tokenize.INDENT,
    tokenize.DEDENT,
    tokenize.ENDMARKER,
}


def _docstring_lines(tree: ast.Module) -> set[int]:
    # Every statement that is a lone string: the docstrings of modules, classes and
    # functions, and the attribute docstrings written under an assignment.
    lines: set[int] = set()
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def count_source(source: str) -> int:
    """The lines of code in one module's text."""
    docs = _docstring_lines(ast.parse(source))
    code: set[int] = set()
    for tok in tokenize.generate_tokens(io.StringIO(source).readline):
        if tok.type in _SKIP:
            continue
        code.update(range(tok.start[0], tok.end[0] + 1))
    return len(code - docs)


def files(paths: list[Path], exclude: tuple[str, ...], twins: bool) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        candidates = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in candidates:
            rel = file.relative_to(path).parts if path.is_dir() else ()
            if rel and rel[0] in exclude:
                continue
            if not twins and TWIN_MARK in file.read_text(encoding="utf-8")[:200]:
                continue
            found.append(file)
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Lines of code by Python tokens.")
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--by-file", action="store_true")
    parser.add_argument("--no-twins", action="store_true")
    args = parser.parse_args(argv)
    paths = args.paths or [ROOT / "realtime_ext"]
    exclude = () if args.paths else DEFAULT_EXCLUDE
    counts = {
        file: count_source(file.read_text(encoding="utf-8"))
        for file in files(paths, exclude, twins=not args.no_twins)
    }
    if args.by_file:
        for file, n in sorted(counts.items(), key=lambda kv: -kv[1]):
            print(f"{n:6d}  {file.relative_to(ROOT) if file.is_relative_to(ROOT) else file}")
    print(f"{sum(counts.values())} lines of code in {len(counts)} files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
