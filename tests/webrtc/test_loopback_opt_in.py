"""The loopback ICE patch is test machinery: off until realtime_ext.testing opts in.

Run in a fresh interpreter (the suite itself opts in, in tests/conftest.py).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import contextlib
import aioice.ice
from realtime_ext.webrtc import _ice

original = aioice.ice.get_host_addresses
# An application: the WebRTC code's hook changes nothing, aioice is untouched.
assert isinstance(_ice.loopback_only(), contextlib.nullcontext)
import realtime_ext, realtime_ext.webrtc, realtime_ext.testing  # importing testing is not opting in
assert aioice.ice.get_host_addresses is original

from realtime_ext.testing import use_loopback_ice
use_loopback_ice()
with _ice.loopback_only():
    assert aioice.ice.get_host_addresses(True, False) == ["127.0.0.1"]

# The public hook: another scope replaces the opt-in's, None restores aioice's own way.
from realtime_ext.webrtc import set_loopback_ice
entered = []
@contextlib.contextmanager
def mine():
    entered.append(True)
    yield
set_loopback_ice(mine)
with _ice.loopback_only():
    assert entered == [True]
set_loopback_ice(None)
assert isinstance(_ice.loopback_only(), contextlib.nullcontext)
try:
    set_loopback_ice("127.0.0.1")
except realtime_ext.InvalidArgumentError as exc:
    assert "scope must be a function" in str(exc)
else:
    raise AssertionError("a non-callable scope was taken")
print("ok")
"""


def test_the_patch_runs_only_after_the_opt_in() -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_aioice_is_pinned_to_the_release_the_patch_knows() -> None:
    from importlib.metadata import version

    from realtime_ext.testing._ice import AIOICE_VERSION

    # The loopback patch is the test doubles' (realtime_ext.testing), so is the pin.
    pyproject = (ROOT / "dists" / "testing" / "pyproject.toml").read_text(encoding="utf-8")
    assert re.search(rf'"aioice=={re.escape(AIOICE_VERSION)}"', pyproject)
    assert version("aioice") == AIOICE_VERSION
