"""The app the multi-worker tests serve with ``uvicorn`` in subprocesses (one worker each, or
``--workers 2``), every process sharing one Redis.

Configured by environment variables: ``TEST_REDIS_URL``, ``TEST_LEASE`` (seconds),
``TEST_FAKE_URL`` (the fake API for the token endpoint), ``OPENAI_WEBHOOK_SECRET``, and
``TEST_STORE=memory`` to give each process its own MemoryStore instead (the tests then fail:
that is how they were seen to fail).

The webhook handler writes what it does into Redis, where the test reads it: ``started:<id>``
and ``done:<id>`` count its runs per ``webhook-id`` (``pid:<id>`` is the worker that started
last). With ``hold`` in the call id it waits for the test's word (``BLPOP go:<id>``) before
returning; with ``hang`` in the call id its first run never returns (the test kills that
worker). Every answer carries the process id of the worker that gave it (``x-worker-pid``).
"""

from __future__ import annotations

import asyncio
import logging
import os
from typing import Any

import redis.asyncio
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import (
    MemoryStore,
    RedisStore,
    Store,
    TokenRequest,
    token_endpoint,
    webhook_endpoint,
)
from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent

ORIGIN = "https://app.example.com"
KEY = "sk-asgi-workers-0123456789abcdef"

# The SDK's warnings and errors (a failed handler, a lost claim) on the server's stderr, which
# pytest shows with a failing test.
logging.basicConfig(level=logging.WARNING)
_url = os.environ["TEST_REDIS_URL"]
_lease = float(os.environ.get("TEST_LEASE", "30"))
# TEST_STORE=memory: each process on its own (today's default), to see these tests fail.
_store: Store = MemoryStore() if os.environ.get("TEST_STORE") == "memory" else RedisStore(_url)
_redis = redis.asyncio.Redis.from_url(_url, socket_timeout=None)  # BLPOP waits up to 60 s


async def on_event(event: WebhookEvent) -> None:
    assert isinstance(event, RealtimeCallIncomingEvent)
    key = event.call_id
    await _redis.set(f"pid:{key}", os.getpid())  # first: the test reads it once started
    started = await _redis.incr(f"started:{key}")
    if "hang" in key and started == 1:
        await asyncio.Event().wait()  # until this worker is killed
    if "hold" in key:
        await _redis.blpop([f"go:{key}"], timeout=60)
    await _redis.incr(f"done:{key}")


def user(request: TokenRequest) -> str:
    return request.header("x-user") or "anonymous"


class WorkerPid:
    """Adds ``x-worker-pid`` to every answer: the tests see which worker answered."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        async def send_with_pid(message: Any) -> None:
            if message["type"] == "http.response.start":
                headers = [*message.get("headers", []), (b"x-worker-pid", b"%d" % os.getpid())]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_pid)


def _token() -> Any:
    client = AsyncRealtimeClient(api_key=KEY, base_url=os.environ["TEST_FAKE_URL"])
    return token_endpoint(
        {"type": "realtime", "model": "gpt-realtime"},
        allowed_origins=[ORIGIN],
        client=client,
        rate_limit="3/minute",
        rate_key=user,
        store=_store,
    )


app = WorkerPid(
    Starlette(
        routes=[
            Route("/token", _token()),
            Mount("/hooks", webhook_endpoint(on_event, store=_store, lease=_lease)),
        ]
    )
)
