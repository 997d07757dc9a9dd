"""The distributions over the one source tree (issue 67): the core ``realtime-ext`` (root
pyproject.toml) and, beside it, ``realtime-ext-voice``, ``realtime-ext-endpoints`` and
``realtime-ext-testing`` (dists/*/pyproject.toml, built by dists/hatch_build.py).

Every subpackage of ``realtime_ext`` is in exactly one of them; they are version-locked (one
version, each pin exact, as ``realtime-ext-generated`` is); each declares the third-party
packages its code imports and nothing else; the core's extras install them in one line.
``make check-dist`` builds every wheel and installs each alone (scripts/check_dists.py).
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from packaging.requirements import Requirement

import realtime_ext
from support.imports import third_party_imports

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "realtime_ext"
DISTS = {"voice": "realtime-ext-voice", "endpoints": "realtime-ext-endpoints"}
DISTS["testing"] = "realtime-ext-testing"
# Import name -> the distribution that provides it, where they differ.
PROVIDED_BY = {
    "yaml": "pyyaml",
    "docstring_parser": "docstring-parser",
    "opentelemetry": "opentelemetry-api",
    "realtime_generated": "realtime-ext-generated",
    # Brought by a declared dependency, whose own floor is the one that matters.
    "av": "aiortc",
    "OpenSSL": "aiortc",
    "ifaddr": "aioice",
    "certifi": "httpx",
}
# Declared, not imported, each for a reason the pyproject says: a floor on a dependency of a
# dependency, or what users' own tests run with.
NOT_IMPORTED = {
    "h11": "httpx -> httpcore's floor (CVE-2025-43859)",
    "cryptography": "aiortc's DTLS and serve-fake --tls's floor (CVE-2024-12797)",
    "pytest-asyncio": "users' async tests against the fake server (@pytest.mark.asyncio)",
}


def _project(folder: Path) -> Any:
    return tomllib.loads((folder / "pyproject.toml").read_text(encoding="utf-8"))


def _packages(name: str) -> list[str]:
    hooks = _project(ROOT / "dists" / name)["tool"]["hatch"]["build"]["hooks"]
    return list(hooks["custom"]["packages"])


def _subpackages() -> set[str]:
    return {p.parent.name for p in PACKAGE.glob("*/__init__.py")}


def _requirements(lines: Any) -> list[Requirement]:
    assert isinstance(lines, list)
    return [Requirement(line) for line in lines]


def test_every_subpackage_is_in_exactly_one_distribution() -> None:
    owned = [p for name in DISTS for p in _packages(name)]
    assert len(owned) == len(set(owned)), owned
    assert set(owned) <= _subpackages()
    core = _subpackages() - set(owned)
    assert core == {
        *("_base", "_live", "_translation", "_resources", "events", "session", "sdp"),
        *("webhooks", "connection", "conversation"),
    }
    # The core's wheel leaves out exactly the others' packages.
    wheel = _project(ROOT)["tool"]["hatch"]["build"]["targets"]["wheel"]
    assert sorted(wheel["exclude"]) == sorted(f"realtime_ext/{p}" for p in owned)


def test_the_distributions_are_version_locked() -> None:
    version = realtime_ext.__version__
    core = _project(ROOT)["project"]
    for folder, name in DISTS.items():
        project = _project(ROOT / "dists" / folder)["project"]
        assert project["name"] == name
        assert project["version"] == version, folder
        for req in _requirements(project["dependencies"]):
            if req.name.startswith("realtime-ext"):
                assert str(req.specifier) == f"=={version}", (folder, str(req))
        assert project["classifiers"] == core["classifiers"]
        assert project["license"] == core["license"]
        license_file = ROOT / "dists" / folder / "LICENSE"
        assert license_file.read_text() == (ROOT / "LICENSE").read_text()
        hook = ROOT / "dists" / folder / "hatch_build.py"
        assert hook.is_symlink() and hook.readlink() == Path("../hatch_build.py"), folder
    for extra, lines in core["optional-dependencies"].items():
        for req in _requirements(lines):
            if req.name in DISTS.values():
                assert str(req.specifier) == f"=={version}", (extra, str(req))


def test_one_line_installs_give_what_users_had() -> None:
    extras = _project(ROOT)["project"]["optional-dependencies"]

    def named(extra: str) -> set[str]:
        return {f"{r.name}{sorted(r.extras)}" for r in _requirements(extras[extra])}

    assert named("voice") == {"realtime-ext-voice[]"}
    assert named("webrtc") == {"realtime-ext-voice['webrtc']"}
    assert named("otel") == {"realtime-ext-voice['otel']"}
    assert named("endpoints") == {"realtime-ext-endpoints[]"}
    assert named("redis") == {"realtime-ext-endpoints['redis']"}
    assert named("ratelimit") == {"realtime-ext-endpoints['ratelimit']"}
    assert named("testing") == {"realtime-ext-testing[]"}
    assert {r.name for r in _requirements(extras["all"])} == set(DISTS.values())
    assert "realtime-ext[all]" in extras["test"]


def _imports(packages: list[str]) -> set[str]:
    paths = (
        p for package in packages for p in PACKAGE.glob(f"{package}/**/*.py" if package else "*.py")
    )
    third_party = third_party_imports(paths, own="realtime_ext")
    # Annotations only (under TYPE_CHECKING): the type checkers' stubs, not a dependency.
    third_party.discard("typing_extensions")
    return {PROVIDED_BY.get(name, name).lower() for name in third_party}


def _declared(project: Any, *, extras: bool) -> set[str]:
    lines = list(project["dependencies"])
    if extras:
        for extra in project.get("optional-dependencies", {}).values():
            lines += extra
    return {r.name.lower() for r in _requirements(lines)}


@pytest.mark.parametrize("folder", ["", *DISTS])
def test_each_distribution_declares_what_its_code_imports(folder: str) -> None:
    if folder:
        project = _project(ROOT / "dists" / folder)["project"]
        packages = _packages(folder)
    else:
        project = _project(ROOT)["project"]
        owned = {p for name in DISTS for p in _packages(name)}
        packages = ["", *sorted(_subpackages() - owned)]
    ours = {n for n in _declared(project, extras=False) if n.startswith("realtime-ext")}
    required = _declared(project, extras=False) - ours
    imported = _imports(packages)
    # What the distributions it builds on already declare needs no second declaration.
    inherited: set[str] = set()
    for name in ours:
        if name == "realtime-ext":
            inherited |= _declared(_project(ROOT)["project"], extras=False)
        elif name != "realtime-ext-generated":
            inherited |= _declared(
                _project(ROOT / "dists" / name.split("-")[-1])["project"], extras=True
            )
    # The core's extras are other distributions and test tools: its code imports none of them.
    optional = _declared(project, extras=True) - required - ours if folder else set()
    # Nothing declared that the code does not import; nothing imported that is not declared.
    assert required - set(NOT_IMPORTED) <= imported, (folder, required - imported)
    assert imported <= required | optional | inherited | {"realtime-ext-generated"}, (
        folder,
        imported - required - optional - inherited,
    )


def test_the_core_declares_no_test_tool_and_no_plugin() -> None:
    core = _project(ROOT)["project"]
    names = {r.name for r in _requirements(core["dependencies"])}
    assert not names & {"pytest", "pyyaml", "aioice", "docstring-parser"}
    assert "entry-points" not in core and "scripts" not in core
    testing = _project(ROOT / "dists" / "testing")["project"]
    assert testing["scripts"] == {"realtime-ext": "realtime_ext.cli:main"}
    assert re.fullmatch(r"\d+\.\d+\.\d+", realtime_ext.__version__)


def _check_dists() -> Any:
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import check_dists
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    return check_dists


def test_check_dist_refuses_a_core_install_that_carries_more() -> None:
    """scripts/check_dists.py (make check-dist) on what a fresh environment reports."""
    check = _check_dists()
    core = check.DISTS[0]
    owners = {p: ["realtime-ext"] for p in core.packages()}
    clean = {"owners": owners, "errors": {}, "pytest11": ["anyio.pytest_plugin"], "scripts": []}
    assert check.problems(core, clean) == []
    leaky = {
        "owners": {**owners, "testing": ["realtime-ext"]},
        "errors": {"realtime_ext.sdp": "ImportError: boom"},
        "pytest11": ["realtime_ext.testing.pytest_plugin"],
        "scripts": ["realtime-ext"],
    }
    found = " | ".join(check.problems(core, leaky))
    for expected in ("core install holds ['testing']", "plugin of ours", "command", "boom"):
        assert expected in found
    # A feature the core reaches is refused, and the core's own import statements reach none.
    reaching = {**clean, "errors": {"realtime_ext.x": "ModuleNotFoundError: No module named "
                                    "'realtime_ext.asgi'"}}  # fmt: skip
    assert check.problems(core, reaching) != []
    assert check.imported_by_core() == set()


def test_check_dist_refuses_a_distribution_that_packs_another_s_package() -> None:
    check = _check_dists()
    voice = check.DISTS[1]
    owners = {p: ["realtime-ext"] for p in check.core_packages()}
    owners |= {p: ["realtime-ext-voice"] for p in voice.packages()}
    ok = {"owners": owners, "errors": {}, "pytest11": [], "scripts": []}
    assert check.problems(voice, ok) == []
    extra = {**ok, "owners": {**owners, "asgi": ["realtime-ext-voice"]}}
    assert check.problems(voice, extra) != []
    broken = {**ok, "errors": {"realtime_ext.voice._x": "ImportError: no"}}
    assert check.problems(voice, broken) == ["realtime_ext.voice._x: ImportError: no"]


def test_the_architecture_page_draws_these_distributions() -> None:
    page = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    rows = {
        line.split("|")[1].strip(): line for line in page.splitlines() if "| `realtime-ext" in line
    }
    for folder, name in DISTS.items():
        row = next(line for key, line in rows.items() if key.startswith(f"`{name}`"))
        assert f"`dists/{folder}/pyproject.toml`" in row
        assert re.findall(r"`(\w+)`", row.split("|")[3]) == _packages(folder), name
    core = next(line for key, line in rows.items() if key.startswith("`realtime-ext` "))
    owned = {p for name in DISTS for p in _packages(name)}
    assert set(re.findall(r"`(\w+)`", core.split("|")[3])) - {"_transport", "_validate"} == (
        _subpackages() - owned
    )
