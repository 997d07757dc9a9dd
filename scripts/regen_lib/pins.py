"""realtime-ext pins the exact generation it was built with.

Two places, both written by regen and checked by ``regen.py --check``:

* ``pyproject.toml``: the dependency ``realtime-ext-generated==<version>``;
* ``realtime_ext/_generated_pin.py``: the same version and the spec sha256, which a test
  compares with ``realtime_generated.__version__`` and ``SPEC_SHA256``.

Every generation version quoted in ``README.md`` and ``docs/**/*.md`` is rewritten to the
real one too, so no page shows a version that does not exist.
"""

from __future__ import annotations

import re
from pathlib import Path

REQUIREMENT = re.compile(r'"realtime-ext-generated[^"]*"')
# <info.version>.<YYYYMMDD>.<counter>: nothing else in the docs has that shape.
DOC_VERSION = re.compile(r"(?<![\w.])\d+\.\d+\.\d+\.20\d{6}\.\d+(?![\w.]*\d)")


def doc_files(root: Path) -> list[Path]:
    """The pages whose quoted generation versions regen keeps real."""
    files = [root / "README.md", *sorted((root / "docs").rglob("*.md"))]
    return [f for f in files if f.is_file()]


def write_doc_versions(root: Path, version: str) -> None:
    for page in doc_files(root):
        text = page.read_text(encoding="utf-8")
        new = DOC_VERSION.sub(version, text)
        if new != text:
            page.write_text(new, encoding="utf-8")


def check_doc_versions(root: Path, version: str) -> list[str]:
    problems = []
    for page in doc_files(root):
        stale = sorted(set(DOC_VERSION.findall(page.read_text(encoding="utf-8"))) - {version})
        if stale:
            problems.append(
                f"{page.relative_to(root)} quotes {', '.join(stale)}, not the real {version}"
            )
    return problems


def requirement(version: str) -> str:
    return f'"realtime-ext-generated=={version}"'


def write_requirement(pyproject: Path, version: str) -> None:
    if not pyproject.is_file():
        return
    text = pyproject.read_text(encoding="utf-8")
    new = REQUIREMENT.sub(requirement(version), text, count=1)
    if new != text:
        pyproject.write_text(new, encoding="utf-8")


def ext_pin_text(version: str, sha256: str) -> str:
    return (
        '"""The realtime-ext-generated build this realtime-ext was made with (scripts/regen.py).'
        '"""\n\n'
        f'GENERATED_VERSION = "{version}"\n'
        f'SPEC_SHA256 = "{sha256}"\n'
    )


def write_ext_pin(path: Path, version: str, sha256: str) -> None:
    if path.parent.is_dir():
        path.write_text(ext_pin_text(version, sha256), encoding="utf-8")


def check(ext_pin: Path, pyproject: Path, version: str, sha256: str) -> list[str]:
    problems: list[str] = []
    expected = ext_pin_text(version, sha256)
    if ext_pin.parent.is_dir() and (
        not ext_pin.is_file() or ext_pin.read_text(encoding="utf-8") != expected
    ):
        problems.append(f"{ext_pin.name} does not pin {version} / {sha256[:12]}")
    if pyproject.is_file():
        found = REQUIREMENT.findall(pyproject.read_text(encoding="utf-8"))
        if found != [requirement(version)]:
            problems.append(f"pyproject.toml requires {found}, not {requirement(version)}")
    return problems
