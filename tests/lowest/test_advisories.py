"""No declared floor admits a dependency release with a known advisory (issue 23, finding 10).

A floor is only as safe as the floors of everything under it: httpx>=0.27 admitted httpcore
releases allowing h11 < 0.16.0 (CVE-2025-43859). Each advisory below names the package,
the first fixed release and the path it reaches us by; realtime-ext then declares that
package itself with a floor at or above the fix, constraints/lowest.txt pins it there
(so `make test-lowest` runs on it), and the environment the tests run in has it.
Add a row when an advisory lands on anything in the dependency tree.
"""

from __future__ import annotations

import tomllib
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import NamedTuple

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]


class Advisory(NamedTuple):
    package: str
    fixed: str
    advisory: str
    via: str
    where: str  # "dependencies", "generated" (realtime-ext-generated's), "webrtc", "testing"


ADVISORIES = [
    Advisory(
        "h11", "0.16.0", "CVE-2025-43859 (request smuggling)", "httpx -> httpcore", "dependencies"
    ),
    # realtime-ext-generated ships alone too (SDK authors pin it): the same floor, written by
    # scripts/regen_lib/postprocess.py into generated/pyproject.toml.
    Advisory(
        "h11", "0.16.0", "CVE-2025-43859 (request smuggling)", "httpx -> httpcore", "generated"
    ),
    Advisory(
        "cryptography",
        "44.0.1",
        "CVE-2024-12797 (OpenSSL bundled in the wheels)",
        "aiortc (DTLS)",
        "webrtc",
    ),
    Advisory(
        "cryptography",
        "44.0.1",
        "CVE-2024-12797 (OpenSSL bundled in the wheels)",
        "serve-fake --tls",
        "testing",
    ),
]


# Where each is declared: (pyproject, extra or None for its dependencies). The webrtc extra is
# the voice distribution's (realtime-ext[webrtc] names it); the fake server's TLS is the testing
# distribution's own dependency.
WHERE = {
    "dependencies": ("pyproject.toml", None),
    "generated": ("generated/pyproject.toml", None),
    "webrtc": ("dists/voice/pyproject.toml", "webrtc"),
    "testing": ("dists/testing/pyproject.toml", None),
}


def _requirements(where: str) -> list[Requirement]:
    path, extra = WHERE[where]
    project = tomllib.loads((ROOT / path).read_text(encoding="utf-8"))["project"]
    lines = project["dependencies"] if extra is None else project["optional-dependencies"][extra]
    return [Requirement(line) for line in lines]


@pytest.mark.parametrize("item", ADVISORIES, ids=lambda a: f"{a.package}-{a.where}")
def test_declared_floor_excludes_the_vulnerable_releases(item: Advisory) -> None:
    found = [r for r in _requirements(item.where) if r.name.lower() == item.package]
    assert found, (
        f"{item.package} reaches realtime-ext via {item.via} and releases before {item.fixed} "
        f"have {item.advisory}: declare '{item.package}>={item.fixed}' in {item.where}"
    )
    spec = found[0].specifier
    floors = [Version(s.version) for s in spec if s.operator in (">=", "==")]
    assert floors and min(floors) >= Version(item.fixed), (
        f"{item.package}{spec}: the floor must be at least {item.fixed} ({item.advisory})"
    )


@pytest.mark.parametrize("item", ADVISORIES, ids=lambda a: f"{a.package}-{a.where}")
def test_lowest_constraints_and_this_environment_are_fixed(item: Advisory) -> None:
    pins = {}
    constraints = "lowest-generated.txt" if item.where == "generated" else "lowest.txt"
    for raw in (ROOT / "constraints" / constraints).read_text(encoding="utf-8").splitlines():
        name, _, pinned = raw.split("#")[0].strip().partition("==")
        if name:
            pins[name.strip().lower()] = pinned.strip()
    if item.where in ("dependencies", "webrtc", "generated"):  # what test-lowest installs
        assert item.package in pins, f"constraints/{constraints} must pin {item.package}"
        assert Version(pins[item.package]) >= Version(item.fixed)
    try:
        installed = version(item.package)
    except PackageNotFoundError:
        return  # not installed here: nothing vulnerable to run
    assert Version(installed) >= Version(item.fixed), (
        f"this environment has {item.package} {installed}: {item.advisory}, fixed in {item.fixed}"
    )
