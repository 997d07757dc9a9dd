r"""ASGI endpoints a web app mounts: minting client secrets, relaying a page's GPT-Live
offer, and receiving webhooks.

Each function returns a plain ASGI application (no framework dependency) that FastAPI,
Starlette, Quart, Django's ASGI or any ASGI server runs, with its guards built in:
:func:`token_endpoint` and :func:`live_offer_endpoint` (the server half of a browser
GPT-Live call, which has no ephemeral keys) answer only their own pages (``Origin`` and
``Host`` allow-lists, body limits, rate limits) and :func:`webhook_endpoint` verifies,
de-duplicates and types each delivery. What several
worker processes must share (which deliveries are claimed or handled, how many tokens a client
was given) lives in a :class:`Store`: in memory by default, in Redis with :class:`RedisStore`
(both are :class:`CallStore`\s, which also keep the calls being run, for a worker to take
over a call whose worker died).
A :class:`CallRunner` answers SIP calls on the Realtime API or GPT-Live, as the app chooses
per call (``answer_on``: a :data:`CallApi`, or a function of the :data:`IncomingCall`;
accept, sideband, tool loop, hang-up), and
:class:`GracefulShutdown` gives live calls a deadline when the server stops.
The applications are typed as ASGI 3 callables (``ASGIApp``, taking ``Scope``, ``Receive``
and ``Send``, which pass ``Message``\s), spelled as Starlette spells them so ``app.mount``
takes them without a cast; an endpoint of your own acknowledges the server's lifespan
protocol with :func:`lifespan`.

Example::

    from fastapi import FastAPI
    from realtime_ext.asgi import live_offer_endpoint, token_endpoint, webhook_endpoint

    app = FastAPI()
    app.mount("/token", token_endpoint(session, allowed_origins=["https://app.example.com"]))
    app.mount("/live", live_offer_endpoint(live, allowed_origins=["https://app.example.com"]))
    app.mount("/webhooks/openai", webhook_endpoint(on_event))
"""

from ._answer_on import AnswerOn, CallApi, IncomingCall
from ._call import RunningCall, current_call
from ._guard import SiteGuard
from ._http import lifespan
from ._live_offer import OfferRefused, OfferRequest, live_offer_endpoint
from ._redis import RedisStore
from ._runner import CallRunner, CallStart, LiveCallStart
from ._shutdown import GracefulShutdown
from ._store import CallStore, ClaimState, MemoryStore, Store
from ._token import TokenRefused, TokenRequest, token_endpoint
from ._types import ASGIApp, Message, Receive, Scope, Send
from ._webhook import RetryLater, webhook_endpoint

__all__ = [
    "ASGIApp",
    "AnswerOn",
    "CallApi",
    "CallRunner",
    "CallStart",
    "CallStore",
    "ClaimState",
    "GracefulShutdown",
    "IncomingCall",
    "LiveCallStart",
    "MemoryStore",
    "Message",
    "OfferRefused",
    "OfferRequest",
    "Receive",
    "RedisStore",
    "RetryLater",
    "RunningCall",
    "Scope",
    "Send",
    "SiteGuard",
    "Store",
    "TokenRefused",
    "TokenRequest",
    "current_call",
    "lifespan",
    "live_offer_endpoint",
    "token_endpoint",
    "webhook_endpoint",
]
