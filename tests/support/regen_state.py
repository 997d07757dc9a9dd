"""A copy of the repository state regen reads and writes (``scripts/regen.py --root``), and a
snapshot of it, for the tests that move the pin without touching the checkout."""

from __future__ import annotations

import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STATE = (
    "openapi/pin.toml",
    "openapi/names.lock",
    "openapi/generation.toml",
    "pyproject.toml",
    "realtime_ext/_generated_pin.py",
)


def copy_state(root: Path) -> Path:
    """The state files and generated/ (no bytecode) copied under ``root``; returns ``root``.

    Example::

        root = copy_state(tmp_path / "state")
    """
    for rel in STATE:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(ROOT / rel, root / rel)
    shutil.copytree(
        ROOT / "generated", root / "generated", ignore=shutil.ignore_patterns("__pycache__")
    )
    return root


def snapshot(root: Path) -> dict[str, bytes]:
    """Every state file and generated/ file under ``root`` (bytecode aside), by path.

    Example::

        before = snapshot(root)  # ... a refused move ...  assert snapshot(root) == before
    """
    files = [root / rel for rel in STATE if (root / rel).is_file()]
    files += sorted(p for p in (root / "generated").rglob("*") if p.is_file())
    return {str(f.relative_to(root)): f.read_bytes() for f in files if "__pycache__" not in f.parts}
