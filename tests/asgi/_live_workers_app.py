"""The app the killed-worker test of GPT-Live calls serves with ``uvicorn`` in subprocesses: a
``CallRunner`` answering SIP calls on GPT-Live, every process sharing one Redis.

Configured by environment variables: ``TEST_REDIS_URL``, ``TEST_LEASE`` (seconds),
``TEST_API_URL`` (the API this worker's client talks to: the fake, or a socket the test
holds, so the worker is caught mid-accept) and ``OPENAI_WEBHOOK_SECRET``. The agent's one
tool answers the caller and hangs up when they say goodbye: a test reads the hang-up as the
tool round answered by the worker running the call.
"""

from __future__ import annotations

import logging
import os

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import (
    CallRunner,
    GracefulShutdown,
    RedisStore,
    current_call,
    webhook_endpoint,
)
from realtime_ext.tools import ToolRegistry

# The SDK's warnings and errors on the server's stderr, which pytest shows with a failing test.
logging.basicConfig(level=logging.WARNING)
_lease = float(os.environ["TEST_LEASE"])
_store = RedisStore(os.environ["TEST_REDIS_URL"], prefix="live-killed")
_client = AsyncRealtimeClient(api_key="sk-test", base_url=os.environ["TEST_API_URL"])
# No deadline: a stopped worker hangs its call up at once (the test reads the hang-up).
_shutdown = GracefulShutdown(deadline=0.0)
_tools = ToolRegistry()


@_tools.register
def front_desk(request: str) -> str:
    """Answer what the caller asks."""
    if "bye" in request.lower():
        current_call().hang_up()
        return "Goodbye!"
    return "Your order shipped on Monday."


_runner = CallRunner(
    _client,
    live_session={"model": "gpt-live-1", "instructions": "You answer the phone."},
    tools=_tools,
    store=_store,
    lease=_lease,
    shutdown=_shutdown,
)
app = webhook_endpoint(_runner, store=_store, lease=_lease, shutdown=_shutdown)
