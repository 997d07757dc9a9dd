"""The app the killed-worker tests serve with ``uvicorn`` in subprocesses: a ``CallRunner``
answering SIP calls on GPT-Live (or, with ``TEST_API=realtime``, on the Realtime API), every
process sharing one Redis.

Configured by environment variables: ``TEST_REDIS_URL``, ``TEST_PREFIX`` (the store's key
prefix), ``TEST_LEASE`` and ``TEST_DEADLINE`` (seconds; the drain's deadline is 0 by
default), ``TEST_API_URL`` (the API this worker's client talks to: the fake, or a socket the
test holds, so the worker is caught mid-accept), ``TEST_API`` and ``OPENAI_WEBHOOK_SECRET``.
Every request of the worker's client carries its process id (``x-worker-pid``), so the fake
tells the workers' accepts and hang-ups apart. The agent's one tool answers the caller and
hangs up when they say goodbye: a test reads the hang-up as the tool round answered by the
worker running the call.
"""

from __future__ import annotations

import logging
import os
from typing import Any

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import (
    CallRunner,
    GracefulShutdown,
    RedisStore,
    current_call,
    webhook_endpoint,
)
from realtime_ext.session import realtime_session
from realtime_ext.tools import ToolRegistry

# The SDK's warnings and errors on the server's stderr, which pytest shows with a failing test.
logging.basicConfig(level=logging.WARNING)
_lease = float(os.environ["TEST_LEASE"])
_store = RedisStore(
    os.environ["TEST_REDIS_URL"], prefix=os.environ.get("TEST_PREFIX", "live-killed")
)
_client = AsyncRealtimeClient(
    api_key="sk-test",
    base_url=os.environ["TEST_API_URL"],
    default_headers={"x-worker-pid": str(os.getpid())},
)
# No deadline by default: a stopped worker hangs its call up at once (the test reads the
# hang-up).
_shutdown = GracefulShutdown(deadline=float(os.environ.get("TEST_DEADLINE", "0")))
_tools = ToolRegistry()


@_tools.register
def front_desk(request: str) -> str:
    """Answer what the caller asks."""
    if "bye" in request.lower():
        current_call().hang_up()
        return "Goodbye!"
    return "Your order shipped on Monday."


_sessions: dict[str, Any] = (
    {"session": realtime_session(model="gpt-realtime", instructions="You answer the phone.")}
    if os.environ.get("TEST_API") == "realtime"
    else {"live_session": {"model": "gpt-live-1", "instructions": "You answer the phone."}}
)
_runner = CallRunner(
    _client,
    **_sessions,
    tools=_tools,
    greet=False,
    store=_store,
    lease=_lease,
    shutdown=_shutdown,
)
app = webhook_endpoint(_runner, store=_store, lease=_lease, shutdown=_shutdown)
