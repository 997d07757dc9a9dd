"""What a fake server's process still holds after clients are done with it.

The clients run in a process of their own (``client`` is a Python program run with ``args``),
so this process's tracemalloc sees only the server.
"""

from __future__ import annotations

import gc
import subprocess
import sys
import tracemalloc

from realtime_ext.testing import FakeRealtimeServer
from support import waiting


def held_after(fake: FakeRealtimeServer, client: str, *args: str) -> int:
    """Bytes the server holds once ``client`` has run and the last connection has closed.

    Example::

        held = held_after(fake, "import sys; ...", fake.realtime_url(), "100")
    """
    gc.collect()
    tracemalloc.start(1)
    try:
        before = tracemalloc.get_traced_memory()[0]
        subprocess.run([sys.executable, "-c", client, *args], check=True, timeout=120)
        waiting.until(lambda: fake.connections[-1].closed, "the server to see the close")
        gc.collect()
        return tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
