"""The fake server stops without a traceback, with REST keep-alive and WebSocket clients open."""

from __future__ import annotations

import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import asyncio
    import httpx
    from realtime_ext import RealtimeClient
    from realtime_ext.connection import connect
    from realtime_ext.testing import FakeRealtimeServer

    for _ in range(3):
        with FakeRealtimeServer() as server:
            with RealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
                client.client_secrets.create()
            # A keep-alive connection left open, and a WebSocket open at shutdown.
            idle = httpx.Client()
            idle.post(server.base_url + "/realtime/client_secrets", json={},
                      headers={"Authorization": "Bearer sk-test"})
            conn = connect(api_key="sk-test", base_url=server.base_url, model="gpt-realtime")
        conn.close()
        idle.close()

    async def main():
        async with FakeRealtimeServer() as server:
            async with httpx.AsyncClient() as idle:
                await idle.post(server.base_url + "/realtime/client_secrets", json={},
                                headers={"Authorization": "Bearer sk-test"})
    asyncio.run(main())
    print("ok")
    """
)


def test_no_traceback_on_shutdown() -> None:
    done = subprocess.run(
        [sys.executable, "-X", "dev", "-c", SCRIPT],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert "Traceback" not in done.stderr and "CancelledError" not in done.stderr, done.stderr
