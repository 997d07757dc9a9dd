"""``pyright --verifytypes realtime_generated`` stays at 100% with no error, for this
checkout's generated/ (found first through PYTHONPATH)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def test_the_generated_package_is_fully_typed(tmp_path: Path) -> None:
    assert PYRIGHT.exists(), "pyright is missing: run `make install` (npm ci)"
    # In --verifytypes mode pyright finds external packages (httpx: BearerAuth subclasses
    # httpx.Auth) through the `python` on PATH, not --pythonpath: put this interpreter first.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "generated"), "PATH": path}
    command = [str(PYRIGHT), "--pythonpath", sys.executable, "--ignoreexternal"]
    proc = subprocess.run(
        [*command, "--verifytypes", "realtime_generated"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    out = proc.stdout
    assert f'Package directory: "{ROOT / "generated" / "realtime_generated"}"' in out, out[:500]
    assert "Type completeness score: 100%" in out, out[-3000:]
    errors = [line for line in out.splitlines() if line.strip().startswith("error:")]
    assert errors == [], errors
