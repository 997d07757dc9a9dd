"""A SIP agent: answers each phone call that reaches your SIP trunk, runs the model's tools
over the call's sideband, and hangs up when the model says goodbye.

``realtime_ext.asgi.CallRunner`` does the work (accept with the session and tools, open the
sideband, run the tool loop, hang up, give live calls a deadline when the server stops);
this module only declares the tools and the session. Run it under any ASGI server, then
point your webhook endpoint (e.g. through a tunnel) at it::

    export OPENAI_API_KEY=sk-...  OPENAI_WEBHOOK_SECRET=whsec_...
    uvicorn --factory realtime_ext.examples.sip_agent:make_app --port 8000

The standard-library ``sip_webhook_handler`` example screens calls (reject, refer) without
a sideband; see docs/guides/many-workers.md for this agent on several workers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any, TypeAlias

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import CallRunner, current_call, webhook_endpoint
from realtime_ext.session import realtime_session
from realtime_ext.tools import ToolRegistry

__all__ = ["SESSION", "make_app", "tools"]

Message: TypeAlias = MutableMapping[str, Any]
# An ASGI 3 application, as Starlette spells it.
App: TypeAlias = Callable[
    [Message, Callable[[], Awaitable[Message]], Callable[[Message], Awaitable[None]]],
    Awaitable[None],
]

SESSION = realtime_session(
    model="gpt-realtime",
    instructions="You answer the phone for Example Corp. Greet the caller and be brief.",
)

tools: ToolRegistry = ToolRegistry()


@tools.register
def order_status(order_id: str) -> dict[str, str]:
    """The shipping status of an order."""
    return {"order_id": order_id, "status": "shipped"}


@tools.register
def end_call() -> str:
    """Hang up: the caller has nothing more to ask."""
    current_call().hang_up()
    return "Say goodbye."


def make_app(client: AsyncRealtimeClient | None = None) -> App:
    """The webhook endpoint answering calls with ``client`` (``AsyncRealtimeClient()``,
    configured from the environment, by default).

    Example::

        app = make_app(AsyncRealtimeClient(api_key="sk-...", base_url=fake.base_url))
    """
    runner = CallRunner(client or AsyncRealtimeClient(), session=SESSION, tools=tools)
    return webhook_endpoint(runner, shutdown=runner.shutdown)
