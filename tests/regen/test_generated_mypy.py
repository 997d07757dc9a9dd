"""The generated layer type-checks under ``mypy --strict`` as source, not only as the installed
package realtime_ext imports (whose errors mypy hides): as it is checked when another SDK
vendors ``realtime_generated`` or a checkout is checked without the editable install. The
fast decoders once held 885 errors there (``module.X`` of a name the model module only
imports, ``cast`` of a type spelled with the factory's bound names, stubs rebound to decoders
of another signature), all written by regen's emitters (scripts/regen_lib/fast_nested.py,
fast_events.py, the endpoint template), so the fix and this check live with them.

`make typecheck` checks the same in its one mypy run (``mypy realtime_ext
generated/realtime_generated``); this test starts from that run's cache."""

from __future__ import annotations

import re
from pathlib import Path

from support.seeded_mypy import run_strict

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "generated" / "realtime_generated"


def test_the_generated_package_type_checks_as_source(tmp_path: Path) -> None:
    proc = run_strict(PACKAGE, tmp_path)  # seeded: 0.4 s of CPU, 14 s cold
    out = proc.stdout + proc.stderr
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert proc.returncode == 0 and not errors, f"{len(errors)} errors:\n" + "\n".join(errors[:40])
    # Every module of the package was a source file of the run (none skipped or silenced).
    modules = sum(1 for _ in PACKAGE.rglob("*.py"))
    assert re.search(rf"no issues found in {modules} source files", out), out[-2000:]
