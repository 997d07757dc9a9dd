"""``token_endpoint``: the ASGI app a browser or phone asks for an ephemeral client secret."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, ClassVar, Protocol, TypeAlias, cast

from realtime_ext import APIError, AsyncRealtimeClient
from realtime_ext.provider import get_logger, strict_loads

from ..session.body import session_body
from ..validation import check_expires_after
from ._guard import SiteGuard
from ._http import HTTPProblem, media_type
from ._page import (
    DEFAULT_BODY_TIMEOUT,
    PageEndpoint,
    PageRequest,
    TokenRefused,
    ask,
    check_session_argument,
    endpoint_client,
    page_options,
    parse_rate_limit,
)
from ._store import Store
from ._types import Scope

__all__ = [
    "DEFAULT_MAX_BODY",
    "RateKey",
    "TokenEndpoint",
    "TokenRefused",
    "TokenRequest",
    "parse_rate_limit",
    "token_endpoint",
]

DEFAULT_MAX_BODY = 16 * 1024
"""Bytes a token request's body may hold (it carries, at most, a few page choices)."""

_logger = get_logger("realtime_ext.asgi")


class SessionModel(Protocol):
    """A generated session model (anything with ``to_dict()``), as the REST calls take it."""

    def to_dict(self) -> dict[str, Any]: ...


SessionInput: TypeAlias = Mapping[str, Any] | SessionModel
"""A session as ``client.client_secrets.create(session=...)`` takes it: a dict or a model."""


class TokenRequest(PageRequest):
    """What a session callable knows of the request: its headers, query and JSON body.

    Example::

        def session(request: TokenRequest) -> dict[str, object]:
            voice = request.query.get("voice", ["marin"])[0]
            return realtime_session(model="gpt-realtime", voice=voice)
    """

    __slots__ = ("body",)

    def __init__(self, scope: Scope, body: object) -> None:
        super().__init__(scope)
        self.body: object = body
        """The decoded JSON body, or None when the request had none."""


RateKey: TypeAlias = Callable[[TokenRequest], Awaitable[str]] | Callable[[TokenRequest], str]
"""Computes the client a request counts for (``rate_key=``): e.g. the signed-in user's id."""

# A tool's fields that carry the server's credentials (an MCP tool's authorization token and
# its request headers): never handed to the page, even when the session is.
_TOOL_SECRETS = ("authorization", "headers")


SessionSource: TypeAlias = (
    SessionInput
    | Callable[[TokenRequest], Awaitable[SessionInput]]
    | Callable[[TokenRequest], SessionInput]
)


@dataclass(eq=False, repr=False)  # the session may hold its tools' credentials
class TokenEndpoint(PageEndpoint[TokenRequest]):
    """The ASGI application :func:`token_endpoint` returns (see there), holding what it
    checked."""

    client: AsyncRealtimeClient
    session: SessionSource
    guard: SiteGuard
    allow_missing_origin: bool
    expires_after: int | None
    max_body: int
    """Bytes a request body may hold (413 past it)."""
    body_timeout: float
    """Seconds a request has to send its whole body (408 past it)."""
    rate: tuple[int, int] | None
    """The rate limit as (requests, seconds), or None."""
    rate_key: RateKey | None
    store: Store
    """Where the rate limit counts (shared by every worker when it is a RedisStore)."""
    answer_session: bool

    name: ClassVar[str] = "token endpoint"
    purpose: ClassVar[str] = "ask for a client secret"

    async def respond(self, scope: Scope, raw: bytes) -> bytes:
        """The key minted for an allowed POST whose body is ``raw``."""
        request = TokenRequest(scope, _json_body(scope, raw))
        await self.count(request)
        session = await self._session_for(request)
        try:
            secret = await self.client.client_secrets.create(
                session=session, expires_after=self.expires_after
            )
        except APIError as exc:
            # The detail is the server's business (the SDK's message is already redacted);
            # the page learns only that minting failed.
            _logger.warning("token endpoint: minting a client secret failed: %s", exc)
            raise HTTPProblem(502, "could not mint a client secret") from None
        return self._answer(secret.value, secret.expires_at, secret.response.content)

    def _answer(self, value: str, expires_at: datetime, content: bytes) -> bytes:
        """What the page gets: the key and its expiry; the session only when the app opted
        in, and never with its tools' credentials. The server's session (instructions, tool
        definitions) is the server's: a page needs none of it to connect."""
        page: dict[str, object] = {"value": value, "expires_at": int(expires_at.timestamp())}
        if self.answer_session:
            minted: object = json.loads(content)  # the client parsed it: a JSON object
            fields = cast("dict[str, object]", minted) if isinstance(minted, dict) else {}
            session = fields.get("session")
            if isinstance(session, dict):
                page["session"] = _without_tool_secrets(cast("dict[str, object]", session))
        return json.dumps(page).encode()

    async def _session_for(self, request: TokenRequest) -> SessionInput:
        source = self.session
        return await ask(source, request) if callable(source) else source


def _without_tool_secrets(session: dict[str, object]) -> dict[str, object]:
    tools = session.get("tools")
    if not isinstance(tools, list):
        return session
    clean: list[object] = []
    for tool in cast("list[object]", tools):
        if isinstance(tool, dict):
            fields = cast("dict[str, object]", tool)
            tool = {k: v for k, v in fields.items() if k not in _TOOL_SECRETS}
        clean.append(tool)
    return {**session, "tools": clean}


def _json_body(scope: Scope, raw: bytes) -> object:
    if not raw.strip():
        return None
    kind = media_type(scope)
    if kind != "application/json":
        raise HTTPProblem(415, "send the body as application/json (or send none)")
    try:
        # As the API parses: NaN and Infinity are not JSON (json.loads takes them), so a
        # session callable never meets one in the page's choices.
        return strict_loads(raw)
    except (ValueError, RecursionError):
        raise HTTPProblem(400, "the body is not valid JSON") from None


def token_endpoint(
    session: SessionSource,
    *,
    allowed_origins: Iterable[str],
    client: AsyncRealtimeClient | None = None,
    allowed_hosts: Iterable[str] | None = None,
    allow_missing_origin: bool = False,
    expires_after: int | None = None,
    max_body: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    rate_limit: str | None = None,
    rate_key: RateKey | None = None,
    store: Store | None = None,
    answer_session: bool = False,
) -> TokenEndpoint:
    """An ASGI app answering ``POST`` with a fresh ephemeral client secret (``ek_...``).

    The server decides the session: ``session`` is a session (dict or model), or a callable
    (sync or async) given the :class:`TokenRequest` that returns one or raises
    :class:`TokenRefused`. The answer is ``{"value": "ek_...", "expires_at": <unix
    seconds>}``, never cached. The session the key was minted with (the server's
    instructions, its tools) stays on the server unless ``answer_session=True``, which
    adds it as the API echoed it, less every tool's ``authorization`` and ``headers``
    (an MCP server's credentials are never handed to a page).

    Guards, all before a key is minted: the ``Host`` must be in ``allowed_hosts`` (default:
    the hosts of ``allowed_origins``; this stops DNS rebinding) and the ``Origin`` in
    ``allowed_origins`` (403 otherwise; pages of another allowed origin get CORS headers,
    credentials allowed, so a cookie sign-in works, and their preflight answered). A
    request without ``Origin`` (not from a browser: a phone app) is refused unless
    ``allow_missing_origin=True``, in which case authenticate it in ``session``. These
    guards hold against other sites' pages, which a browser keeps from lying about
    ``Origin``, not against a script, which can send any: when keys cost you, mint them for
    signed-in users only (check the request in ``session``) and set ``rate_limit``.

    ``rate_limit`` (``"20/minute"``, ``"100 per hour"``: the ``limits`` package's notation,
    ``pip install 'realtime-ext[ratelimit]'``) caps the keys one client gets: a request
    past it is answered 429 with ``Retry-After`` before ``session`` is called. The client
    is the peer's address by default (behind a proxy, every client shares the proxy's:
    trust its forwarded headers in the server, or pass ``rate_key``), or what ``rate_key``
    (sync or async, given the :class:`TokenRequest`) returns, e.g. the signed-in user's
    id. Requests are counted in ``store``: this process's :class:`~realtime_ext.asgi.MemoryStore`
    by default, so with several workers pass one :class:`~realtime_ext.asgi.RedisStore`
    to all and every worker sees one count.

    Bodies are capped at ``max_body`` bytes (413) and must arrive within ``body_timeout``
    seconds (408). The API's failures answer 502 and are logged (redacted). ``client``
    defaults to ``AsyncRealtimeClient()`` (``$OPENAI_API_KEY``), built now so a missing key
    fails at startup; a fixed ``session``, ``expires_after`` and ``rate_limit`` are checked
    now too (:class:`~realtime_ext.SessionConfigError`,
    :class:`~realtime_ext.InvalidArgumentError`).

    Example::

        from fastapi import FastAPI
        from realtime_ext.asgi import RedisStore, TokenRequest, token_endpoint
        from realtime_ext.session import realtime_session

        def user_id(request: TokenRequest) -> str:
            return request.scope["state"]["user_id"]  # set by the app's sign-in middleware

        app = FastAPI()
        app.mount(
            "/token",
            token_endpoint(
                realtime_session(model="gpt-realtime", instructions="Be brief."),
                allowed_origins=["https://app.example.com"],
                rate_limit="20/minute",
                rate_key=user_id,
                store=RedisStore("redis://127.0.0.1:6379/0"),
            ),
        )
    """
    client = endpoint_client(client, "token_endpoint")
    check_session_argument(session, "session", "TokenRequest")
    options = page_options(
        allowed_origins=allowed_origins,
        allowed_hosts=allowed_hosts,
        max_body=max_body,
        body_timeout=body_timeout,
        rate_limit=rate_limit,
        rate_key=rate_key,
        store=store,
        request_type="TokenRequest",
    )
    # What does not change between requests is checked now: a mistake fails at startup,
    # not as a 500 to every page (SessionConfigError, with the field's path).
    if not callable(session):
        session_body(session, ("realtime", "transcription"))
    if expires_after is not None:  # 10-7200 seconds
        check_expires_after(expires_after)
    return TokenEndpoint(
        client,
        session,
        options.guard,
        bool(allow_missing_origin),
        expires_after,
        options.max_body,
        options.body_timeout,
        options.rate,
        rate_key,
        options.store,
        bool(answer_session),
    )
