"""Does realtime_ext still import and type-check against a freshly generated layer?

A breaking spec move accepted with ``ALLOW_BREAKING=1`` moves the pin, but the hand-written
layer may then call what is gone (a renamed request field raises ``TypeError`` only when the
call runs). Regen runs these two checks on the layer it just wrote and fails, saying what
broke, so the move lands together with the fix of realtime_ext, never without it.

Both run in subprocesses with the new ``generated/`` first on the path (``PYTHONPATH`` for
the imports, ``MYPYPATH`` for mypy, which both win over the installed build).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

_IMPORT_ALL = """
import importlib, pkgutil, sys
import realtime_generated
if not realtime_generated.__file__.startswith(sys.argv[1]):
    sys.exit(f"realtime_generated came from {realtime_generated.__file__}, not {sys.argv[1]}")
import realtime_ext
failed = []
for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
    if info.name.endswith(".__main__"):
        continue  # runs the command line
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed.append(f"{info.name}: {type(exc).__name__}: {exc}")
print("\\n".join(failed))
sys.exit(1 if failed else 0)
"""


def problems(generated: Path, ext_root: Path, *, typecheck: bool = True) -> list[str]:
    """What breaks in ``ext_root/realtime_ext`` against ``generated/`` (empty: nothing).

    Example::

        broken = problems(Path("generated"), Path("."))
    """
    generated = generated.resolve()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(generated), str(ext_root)])}
    found: list[str] = []
    imported = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL, str(generated)],
        cwd=ext_root,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if imported.returncode != 0:
        detail = (imported.stdout + imported.stderr).strip().splitlines()[-20:]
        found.append("realtime_ext no longer imports:\n" + "\n".join(detail))
    if typecheck:
        with tempfile.TemporaryDirectory(prefix="realtime-ext-mypy-") as cache:
            # Seeded with the checkout's own cache (make typecheck's), when there is one: mypy
            # then re-checks only what the new layer changed and what depends on it.
            seed = ext_root / ".mypy_cache"
            if seed.is_dir():
                shutil.copytree(seed, cache, dirs_exist_ok=True)
            checked = subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "mypy",
                    "--cache-dir",
                    cache,
                    "--no-error-summary",
                    "-p",
                    "realtime_ext",
                ],
                cwd=ext_root,
                env={**env, "MYPYPATH": str(generated)},
                capture_output=True,
                text=True,
                check=False,
            )
        # Only realtime_ext's errors count: the new layer is on MYPYPATH, so mypy reports
        # what it finds in generated code too (which is not what this check is about).
        errors = [line for line in checked.stdout.splitlines() if ": error:" in line]
        lines = [line for line in errors if line.startswith("realtime_ext")]
        if lines or (checked.returncode != 0 and not errors):
            more = len(lines) - 30
            found.append(
                f"realtime_ext no longer type-checks (mypy, {len(lines)} errors):\n"
                + "\n".join(lines[:30] + ([f"... and {more} more"] if more > 0 else []))
                + ("" if lines else checked.stdout[-2000:] + checked.stderr[-2000:])
            )
    return found
