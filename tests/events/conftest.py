"""The upstream spec's realtime subset, read at test time (as tests/regen does)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "scripts") not in sys.path:
    sys.path.insert(0, str(ROOT / "scripts"))

from regen_lib import source, subset  # noqa: E402


@pytest.fixture(scope="session")
def upstream_subset() -> dict[str, Any]:
    """The realtime subset as upstream wrote it (no normalisation)."""
    spec = source.load(None)
    return subset.select(source.parse_yaml(spec.raw))


def load_regen_roundtrip() -> Any:
    """tests/regen/test_roundtrip.py, for its lenient example reader and broken-example list.

    Loaded by path: ``regen`` is also the name of scripts/regen.py on sys.path.
    """
    import importlib.util

    name = "_regen_test_roundtrip"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(
        name, ROOT / "tests" / "regen" / "test_roundtrip.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
