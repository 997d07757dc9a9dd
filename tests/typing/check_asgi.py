"""What an app using realtime_ext.asgi writes, checked by mypy --strict and pyright strict
(tests/typing/test_asgi_types.py): both frameworks take the endpoints without a cast."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.applications import Starlette
from starlette.routing import Mount, Route

from realtime_ext import AsyncRealtimeClient
from realtime_ext.asgi import (
    MemoryStore,
    RedisStore,
    Store,
    TokenRefused,
    TokenRequest,
    token_endpoint,
    webhook_endpoint,
)
from realtime_ext.session import realtime_session
from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent

client = AsyncRealtimeClient(api_key="sk-typing-check")


async def on_event(event: WebhookEvent) -> None:
    if isinstance(event, RealtimeCallIncomingEvent):
        await client.calls.accept(event.call_id, session=realtime_session())


async def session_for(request: TokenRequest) -> dict[str, object]:
    if request.header("authorization") is None:
        raise TokenRefused(401, "sign in first")
    return realtime_session(model="gpt-realtime")


token = token_endpoint(
    realtime_session(model="gpt-realtime"),
    allowed_origins=["https://app.example.com"],
    client=client,
)
per_user = token_endpoint(session_for, allowed_origins=["https://app.example.com"], client=client)
hooks = webhook_endpoint(on_event)

# Several workers: one store for all (claims and rate-limit counts), a limit per signed-in user.
store: Store = RedisStore("redis://127.0.0.1:6379/0")
shared_hooks = webhook_endpoint(on_event, store=store, lease=10)
limited = token_endpoint(
    session_for,
    allowed_origins=["https://app.example.com"],
    client=client,
    rate_limit="20/minute",
    rate_key=lambda request: request.header("x-user") or "anonymous",
    store=store,
    answer_session=True,
)
one_process: Store = MemoryStore(remember=1000)

api = FastAPI()
api.routes.append(Route("/token", token))
api.mount("/hooks", hooks)
site = Starlette(routes=[Route("/token", per_user), Mount("/hooks", webhook_endpoint(on_event))])

# A session model is taken as well as a dict; anything else is refused by the checkers.
token_endpoint(
    realtime_session(model="gpt-realtime"), allowed_origins=["https://a.example"], client=client
)
token_endpoint(42, allowed_origins=["https://a.example"], client=client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]

# A SIP agent: the runner is the webhook handler; its shutdown is the app's lifespan.
from realtime_ext.asgi import CallRunner, GracefulShutdown, current_call  # noqa: E402
from realtime_ext.tools import ToolRegistry  # noqa: E402

tools = ToolRegistry()


@tools.register
def end_call() -> str:
    """Hang up."""
    call = current_call()
    call.hang_up()
    return f"Say goodbye to {call.event.caller or 'the caller'} on {call.call_id}."


shutdown = GracefulShutdown(deadline=20)
runner = CallRunner(client, session=realtime_session(), tools=tools, shutdown=shutdown)
agent = FastAPI(lifespan=shutdown.lifespan)
agent.mount("/hooks", webhook_endpoint(runner, shutdown=shutdown))
alone = webhook_endpoint(runner, shutdown=runner.shutdown)
live_calls: list[str] = shutdown.live("call")

# on_start gets the sideband as the guides annotate it: the type client.connect(call_id=...)
# gives (issue 68: it was typed as AsyncConversation, which this annotation did not match).
from realtime_ext.asgi import RunningCall  # noqa: E402
from realtime_ext.connection import AsyncRealtimeConnection  # noqa: E402
from realtime_ext.events import ServerEvent  # noqa: E402


async def on_start(call: RunningCall, conn: AsyncRealtimeConnection) -> None:
    @conn.on("conversation.item.input_audio_transcription.completed")
    def heard(event: ServerEvent) -> None:
        print(call.call_id, event.type, conn.reconnects)


watched = CallRunner(client, session=realtime_session(), on_start=on_start)
sideband: AsyncRealtimeConnection | None = current_call().connection

# GPT-Live answers the call: the app's choice per call (a function of either announcement),
# on_live_start gets the Live sideband, and a tool may transfer the call.
from realtime_ext.asgi import CallApi, IncomingCall  # noqa: E402
from realtime_ext.conversation import AsyncLiveConnection  # noqa: E402
from realtime_ext.events import LiveServerEvent  # noqa: E402


def by_caller(call: IncomingCall) -> CallApi:
    return "live" if call.caller == "sip:+14155550123@example.com" else "realtime"


async def on_live_start(call: RunningCall, conn: AsyncLiveConnection) -> None:
    @conn.on("session.output_transcript.delta")
    def said(event: LiveServerEvent) -> None:
        print(call.call_id, call.api, event.type)


@tools.register
async def transfer() -> str:
    """Put the caller through to a human."""
    await current_call().refer("tel:+14155550123")
    return "Say you are transferring them."


both = CallRunner(
    client,
    session=realtime_session(),
    live_session={"model": "gpt-live-1", "instructions": "You answer the phone."},
    answer_on=by_caller,
    on_live_start=on_live_start,
)
on_live = CallRunner(client, live_session={"model": "gpt-live-1"}, answer_on="live")
named = CallRunner(
    client, live_session={"model": "gpt-live-1"}, tools=tools, client_tool="transfer"
)
named_tool: str | None = named.client_tool
live_sideband: AsyncLiveConnection | None = current_call().live_connection
answered_on: CallApi = current_call().api
CallRunner(client, answer_on="gpt-live")  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]

# Many workers: the runner's store keeps the calls being run (a CallStore, which RedisStore
# and MemoryStore are), its lease says how soon a dead worker's call is taken over, and a
# service of the app's own runs while the server serves.
import asyncio  # noqa: E402

from realtime_ext.asgi import CallStore  # noqa: E402
from realtime_ext.webhooks import parse_event  # noqa: E402

calls: CallStore = RedisStore("redis://127.0.0.1:6379/0")
many = CallRunner(client, session=realtime_session(), store=calls, lease=5)
lease_seconds: float = many.lease
CallRunner(client, store=store)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]


async def report() -> None:
    stop = asyncio.Event()  # cancelled when the drain starts
    print(len(shutdown.live("call")), "calls")
    await stop.wait()


shutdown.add_service(report)


async def take_over() -> None:
    taken: tuple[str, str] | None = await calls.take_over_call("owner", 5.0)
    if taken is not None:
        key, record = taken
        print(key, parse_event(record).type)


# A browser GPT-Live call: the server relays the page's offer, with the session it chooses
# (a dict, or a function of the OfferRequest), behind token_endpoint's guards.
from realtime_ext.asgi import OfferRefused, OfferRequest, live_offer_endpoint  # noqa: E402


async def live_for(request: OfferRequest) -> dict[str, object]:
    if request.header("authorization") is None:
        raise OfferRefused(401, "sign in first")
    return {"model": "gpt-live-1", "instructions": f"{len(request.offer)} bytes offered"}


offers = live_offer_endpoint(
    {"model": "gpt-live-1"}, allowed_origins=["https://app.example.com"], client=client
)
shared_offers = live_offer_endpoint(
    live_for,
    allowed_origins=["https://app.example.com"],
    client=client,
    rate_limit="10/minute",
    rate_key=lambda request: request.header("x-user") or "anonymous",
    store=store,
    on_session=lambda request, answer: print(answer.session_id, request.header("x-user")),
)
api.routes.append(Route("/session", offers))
site.routes.append(Route("/live", shared_offers))
live_offer_endpoint(42, allowed_origins=["https://a.example"], client=client)  # type: ignore[arg-type]  # pyright: ignore[reportArgumentType]
