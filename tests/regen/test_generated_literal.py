"""Single-value discriminators of the generated models accept their Literal under pyright strict
and mypy --strict, against this checkout's generated/ (check_generated_literal.py, kept out of
tests/typing so that `make typecheck` does not check it against an older installed
realtime_generated), and the code runs."""

from __future__ import annotations

import json
import os
import runpy
import subprocess
from pathlib import Path

from support.seeded_mypy import run_strict

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"

CHECKED = Path(__file__).with_name("check_generated_literal.py")


def test_the_literal_runs_and_sends_the_value() -> None:
    runpy.run_path(str(CHECKED))


def test_pyright_strict_accepts_the_literal(tmp_path: Path) -> None:
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "venvPath": str(ROOT),
                "venv": ".venv",
                # This checkout's generated layer, before whatever the venv has installed.
                "extraPaths": [str(ROOT / "generated"), str(ROOT)],
            }
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [str(PYRIGHT), "--outputjson", "--project", str(config), str(CHECKED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    report = json.loads(proc.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    assert not errors, errors


def test_mypy_strict_accepts_the_literal(tmp_path: Path) -> None:
    env = {**os.environ, "MYPYPATH": str(ROOT / "generated")}
    # Seeded (support.seeded_mypy): the generated models are read from the cache, as
    # scripts/regen_lib/ext_check.py's runs read them (8 s of CPU cold, 0.6 s seeded).
    proc = run_strict(CHECKED, tmp_path, env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
