"""httpx loads with the first client, not with the import (issue 57 item 7: cold import at
0.20x openai or less). httpx imports its command line at import time, and with it click,
rich and pygments when they are installed: two thirds of what ``from realtime_ext import
RealtimeClient`` cost. Checked in fresh processes."""

from __future__ import annotations

import json
import subprocess
import sys

# httpx, and what the REST transport brings with it.
HEAVY = ("httpx", "httpcore", "click", "rich", "ssl", "realtime_ext._transport")


def _run(code: str) -> list[str]:
    """The heavy modules loaded after ``code`` ran in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    loaded: list[str] = json.loads(done.stdout.strip().splitlines()[-1])
    return loaded


def _loaded(statement: str) -> str:
    return (
        "import json, sys\n"
        f"{statement}\n"
        f"heavy = {HEAVY!r}\n"
        "print(json.dumps(sorted({m.split('.')[0] if not m.startswith('realtime_ext') else m\n"
        "    for m in sys.modules if m.startswith(heavy)})))\n"
    )


def test_importing_the_clients_and_the_errors_loads_no_httpx() -> None:
    statement = (
        "import realtime_ext, realtime_generated\n"
        "from realtime_ext import RealtimeClient, AsyncRealtimeClient, APIError\n"
        "from realtime_ext import APIConnectionError, APIStatusError, RateLimitError\n"
        "try:\n"
        "    raise realtime_ext.APIConnectionError('down')\n"
        "except realtime_ext.APIError as exc:\n"
        "    assert exc.request is None"
    )
    assert _run(_loaded(statement)) == []


def test_the_first_client_loads_httpx_and_a_callers_pool_is_used() -> None:
    statement = (
        "from realtime_ext import RealtimeClient, AsyncRealtimeClient\n"
        "client = RealtimeClient(api_key='sk-x')\n"
        "import httpx\n"
        "assert isinstance(client._http, httpx.Client)\n"
        "own = httpx.AsyncClient()\n"
        "assert AsyncRealtimeClient(api_key='sk-x', http_client=own)._http is own"
    )
    assert {"httpx", "realtime_ext._transport"} <= set(_run(_loaded(statement)))
