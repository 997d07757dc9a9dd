"""The generated wheel declares what its code imports, and nothing else (issue 37, item 7:
python-dateutil was declared but never imported)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from regen_lib import postprocess
from support.imports import third_party_imports

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "realtime_generated"
# Import name -> distribution name, where they differ.
DISTRIBUTIONS = {"dateutil": "python-dateutil"}
# Declared without being imported, each for a reason written in the pyproject.
FLOORS_ONLY = {"h11"}


def _imported(package: Path) -> set[str]:
    third_party = third_party_imports(package.rglob("*.py"), own="realtime_generated")
    return {DISTRIBUTIONS.get(name, name) for name in third_party}


def _declared() -> set[str]:
    project = tomllib.loads((ROOT / "generated" / "pyproject.toml").read_text())["project"]
    return {d.split(">")[0].split("=")[0].split("<")[0] for d in project["dependencies"]}


def test_the_wheel_declares_what_its_code_imports() -> None:
    assert _declared() - FLOORS_ONLY == _imported(PACKAGE)
    assert "python-dateutil" not in _declared()  # the pinned spec has no date fields


def test_dateutil_is_declared_once_generated_code_imports_it(tmp_path: Path) -> None:
    package = tmp_path / "realtime_generated"
    (package / "models").mkdir(parents=True)
    (package / "__init__.py").write_text("import httpx\n")
    assert postprocess.DATEUTIL not in postprocess.declared_dependencies(package)
    (package / "models" / "when.py").write_text("from dateutil.parser import isoparse\n")
    assert postprocess.declared_dependencies(package) == [
        *postprocess.BASE_DEPENDENCIES,
        postprocess.DATEUTIL,
    ]
