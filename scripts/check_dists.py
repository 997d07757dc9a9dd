#!/usr/bin/env python3
"""Install each distribution's wheel alone in a fresh virtual environment and check what it
brings (``make check-dist`` runs it, after building every wheel into one folder).

- ``realtime-ext`` (with ``realtime-ext-generated``, its only own dependency): its files are
  the core packages; no module of another distribution is found, no pytest plugin and no
  command is registered, every core module imports, and no core module imports another
  distribution's package (issue 67: the core names no feature).
- each other distribution, with its dependencies and extras: it owns exactly the packages
  its ``pyproject.toml`` names, and every module of them imports.

Usage::

    python scripts/check_dists.py --wheels build/dist --uv .venv/bin/uv --python python3
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Run inside each fresh environment: what is installed, what imports, what is registered.
PROBE = r"""
import importlib, importlib.metadata as md, importlib.util, json, pkgutil, sys
import realtime_ext
owners = {}
for dist in md.distributions():
    name = dist.metadata["Name"]
    for f in dist.files or ():
        parts = f.parts
        if len(parts) > 2 and parts[0] == "realtime_ext":
            owners.setdefault(parts[1], set()).add(name)
errors = {}
for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
    if info.name.endswith("__main__"):
        continue
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        errors[info.name] = f"{type(exc).__name__}: {exc}"
print(json.dumps({
    "owners": {k: sorted(v) for k, v in owners.items()},
    "errors": errors,
    "pytest11": sorted(ep.value for ep in md.entry_points(group="pytest11")),
    "scripts": sorted(ep.name for ep in md.entry_points(group="console_scripts")),
}))
"""


@dataclass(frozen=True)
class Dist:
    name: str  # the distribution's name
    folder: str  # "" for the core, else dists/<folder>
    extras: str  # installed with it ("[webrtc,otel]"), so that every module can import

    def packages(self) -> set[str]:
        if not self.folder:
            return core_packages()
        project = tomllib.loads((ROOT / "dists" / self.folder / "pyproject.toml").read_text())
        return set(project["tool"]["hatch"]["build"]["hooks"]["custom"]["packages"])


DISTS = [
    Dist("realtime-ext", "", ""),
    Dist("realtime-ext-voice", "voice", "[webrtc,otel]"),
    Dist("realtime-ext-endpoints", "endpoints", "[redis]"),
    Dist("realtime-ext-testing", "testing", "[examples]"),
]


def needs(dist: Dist) -> set[str]:
    """The distributions of this repository that ``dist`` requires, directly or not."""
    project = tomllib.loads((ROOT / "dists" / dist.folder / "pyproject.toml").read_text())
    direct = {
        line.split("[")[0].split("=")[0].strip()
        for line in project["project"]["dependencies"]
        if line.startswith("realtime-ext-")
    }
    return direct.union(*(needs(d) for d in DISTS if d.name in direct))


def core_packages() -> set[str]:
    others = {p for d in DISTS[1:] for p in d.packages()}
    return {p.parent.name for p in (ROOT / "realtime_ext").glob("*/__init__.py")} - others


def wheel_of(wheels: Path, name: str) -> Path:
    found = list(wheels.glob(f"{name.replace('-', '_')}-*.whl"))
    if len(found) != 1:
        raise SystemExit(f"check-dist: expected one {name} wheel in {wheels}, found {found}")
    return found[0]


def install(dist: Dist, wheels: Path, uv: str, python: str, venvs: Path) -> dict[str, object]:
    venv = venvs / dist.name
    subprocess.run([uv, "venv", "--quiet", "--python", python, str(venv)], check=True)
    py = str(venv / "bin" / "python")
    wanted = [f"{wheel_of(wheels, dist.name)}{dist.extras}"]
    if not dist.folder:  # the generated layer is not on an index either
        wanted.append(str(wheel_of(wheels, "realtime-ext-generated")))
    # No cache: the wheels just built carry the same version as any built before (0.1.0),
    # and a cached one of that name would be installed in their place.
    command = [uv, "pip", "install", "--quiet", "--no-cache", "--python", py]
    subprocess.run([*command, "--find-links", str(wheels), *wanted], check=True)
    out = subprocess.run([py, "-c", PROBE], check=True, capture_output=True, text=True, cwd=venvs)
    found: dict[str, object] = json.loads(out.stdout)
    return found


def problems(dist: Dist, found: dict[str, object]) -> list[str]:
    """What is wrong with one distribution installed alone (with its dependencies)."""
    owners: dict[str, list[str]] = found["owners"]  # type: ignore[assignment]
    errors: dict[str, str] = found["errors"]  # type: ignore[assignment]
    mine = {p for p, names in owners.items() if dist.name in names}
    bad = [f"{dist.name}: packs {sorted(mine)}, not {sorted(dist.packages())}"]
    bad = bad if mine != dist.packages() else []
    bad += [f"{p}: in {names}" for p, names in owners.items() if len(names) > 1]
    if dist.folder:
        # Its packages, and those of the distributions it builds on: nothing more.
        expected = core_packages() | {
            p for d in DISTS if d.name in needs(dist) for p in d.packages()
        }
        if set(owners) != expected | dist.packages():
            bad.append(f"{dist.name} install holds {sorted(set(owners))}")
        bad += [f"{m}: {e}" for m, e in errors.items() if m.split(".")[1] in dist.packages()]
        return bad
    # The core alone: nothing else installed, registered, or imported.
    if set(owners) != dist.packages():
        bad.append(f"core install holds {sorted(set(owners) - dist.packages())}")
    plugins: list[str] = found["pytest11"]  # type: ignore[assignment]
    bad += [f"a pytest plugin of ours is registered: {v}" for v in plugins if "realtime_ext" in v]
    if "realtime-ext" in found["scripts"]:  # type: ignore[operator]
        bad.append("the core registers the realtime-ext command")
    bad += [f"{module}: {error}" for module, error in errors.items()]
    # An import inside a function fails only when it runs: the core's import statements are
    # read too.
    bad += [
        f"a core module imports realtime_ext.{name}: the core names no feature"
        for name in sorted(imported_by_core())
    ]
    return bad


def imported_by_core() -> set[str]:
    """The other distributions' packages a core module imports (anywhere in it)."""
    others = {p for d in DISTS[1:] for p in d.packages()}
    pattern = re.compile(
        r"^\s*(?:from|import)\s+(?:realtime_ext\.|\.+)(" + "|".join(others) + r")\b", re.M
    )
    found: set[str] = set()
    package = ROOT / "realtime_ext"
    for path in [
        *package.glob("*.py"),
        *(p for c in core_packages() for p in package.glob(f"{c}/**/*.py")),
    ]:
        found.update(pattern.findall(path.read_text(encoding="utf-8")))
    return found


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wheels", type=Path, required=True)
    parser.add_argument("--uv", required=True)
    parser.add_argument("--python", default=sys.executable)
    args = parser.parse_args(argv)
    wheels = args.wheels.resolve()
    venvs = wheels.parent / "dist-venvs"
    found = []
    for dist in DISTS:
        result = install(dist, wheels, args.uv, args.python, venvs)
        bad = problems(dist, result)
        found += bad
        print(f"check-dist: {dist.name} alone: {'ok' if not bad else 'FAILED'}")
    for problem in found:
        print(f"check-dist: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
