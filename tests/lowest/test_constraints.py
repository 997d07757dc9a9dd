"""The lowest-versions constraints pin exactly the floors the pyproject files declare.

``make test-lowest`` installs ``constraints/lowest.txt`` (realtime-ext and the voice and
endpoints distributions beside it; the testing distribution's test tools are not runtime
floors, as the testing extra's were not) and
``constraints/lowest-generated.txt`` (realtime-ext-generated alone) and runs the unit tests
there; this check keeps those files from drifting from the declared lower bounds.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[2]
# Optional extras whose floors are runtime floors too (not dev/docs tools, which are pinned).
RUNTIME_EXTRAS = ("webrtc", "otel", "ratelimit", "redis")


def _floors(requirements: list[str]) -> dict[str, str]:
    floors = {}
    for line in requirements:
        req = Requirement(line)
        lower = [s.version for s in req.specifier if s.operator in (">=", "==")]
        if req.name.startswith("realtime-ext"):
            continue  # our own distributions, installed from the tree
        assert lower, f"{line!r} has no lower bound: declare the oldest version the code needs"
        floors[req.name.lower().replace("_", "-")] = lower[0]
    return floors


def _pins(path: Path) -> dict[str, str]:
    pins = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[name.strip().lower()] = version.strip()
    return pins


def _normalise(version: str) -> tuple[int, ...]:
    parts = [int(p) for p in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def _project(*paths: Path) -> dict[str, str]:
    requirements: list[str] = []
    for path in paths:
        project = tomllib.loads(path.read_text(encoding="utf-8"))["project"]
        requirements += project.get("dependencies", [])
        for extra in RUNTIME_EXTRAS:
            requirements += project.get("optional-dependencies", {}).get(extra, [])
    return _floors([r for r in requirements if not r.startswith("realtime-ext")])


@pytest.mark.parametrize(
    ("pyprojects", "constraints"),
    [
        # realtime-ext's floors are its own and those of the runtime distributions its extras
        # name (realtime-ext[voice], [webrtc], [redis]...).
        (
            ("pyproject.toml", "dists/voice/pyproject.toml", "dists/endpoints/pyproject.toml"),
            "constraints/lowest.txt",
        ),
        (("generated/pyproject.toml",), "constraints/lowest-generated.txt"),
    ],
)
def test_constraints_pin_every_declared_floor(
    pyprojects: tuple[str, ...], constraints: str
) -> None:
    pyproject = ", ".join(pyprojects)
    floors = _project(*(ROOT / p for p in pyprojects))
    pins = _pins(ROOT / constraints)
    for name, floor in floors.items():
        assert name in pins, f"{constraints} does not pin {name} (floor {floor} in {pyproject})"
        assert _normalise(pins[name]) == _normalise(floor), (
            f"{constraints} pins {name}=={pins[name]} but {pyproject} declares >= {floor}"
        )
