"""ASGI endpoints a web app mounts: minting client secrets and receiving webhooks.

Each function returns a plain ASGI application (no framework dependency) that FastAPI,
Starlette, Quart, Django's ASGI or any ASGI server runs, with its guards built in:
:func:`token_endpoint` answers only its own pages (``Origin`` and ``Host`` allow-lists) and
:func:`webhook_endpoint` verifies, de-duplicates and types each delivery. What several
worker processes must share (which deliveries are claimed or handled, how many tokens a client
was given) lives in a :class:`Store`: in memory by default, in Redis with :class:`RedisStore`.

Example::

    from fastapi import FastAPI
    from realtime_ext.asgi import token_endpoint, webhook_endpoint

    app = FastAPI()
    app.mount("/token", token_endpoint(session, allowed_origins=["https://app.example.com"]))
    app.mount("/webhooks/openai", webhook_endpoint(on_event))
"""

from ._guard import SiteGuard
from ._redis import RedisStore
from ._store import ClaimState, MemoryStore, Store
from ._token import TokenRefused, TokenRequest, token_endpoint
from ._webhook import webhook_endpoint

__all__ = [
    "ClaimState",
    "MemoryStore",
    "RedisStore",
    "SiteGuard",
    "Store",
    "TokenRefused",
    "TokenRequest",
    "token_endpoint",
    "webhook_endpoint",
]
