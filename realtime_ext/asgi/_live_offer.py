"""``live_offer_endpoint``: the server half of a browser GPT-Live call.

GPT-Live has no ephemeral keys, so a page cannot post its SDP offer to the API itself: it
posts it to the app's server, which creates the session with its own key
(``client.live.create``, ``POST /v1/live/sessions``) and hands the page the SDP answer and
the ``live_...`` id. The endpoint is :func:`token_endpoint`'s twin: the same guards
(:class:`~realtime_ext.asgi._page.PageEndpoint`), an offer instead of a JSON body.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import ClassVar, TypeAlias

from realtime_ext import (
    APIError,
    AsyncRealtimeClient,
    InvalidArgumentError,
    LiveSessionAnswer,
    SDPError,
    SessionConfigError,
)
from realtime_ext.provider import get_logger

from ..sdp import OFF_LOOP_SDP_LENGTH, check_offer
from ..session.body import BodyInput
from ..validation import check_live_session
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
)
from ._store import Store
from ._types import Scope

__all__ = [
    "DEFAULT_MAX_OFFER",
    "LiveOfferEndpoint",
    "OfferRateKey",
    "OfferRefused",
    "OfferRequest",
    "OfferSession",
    "OnSession",
    "live_offer_endpoint",
]

DEFAULT_MAX_OFFER = 32 * 1024
"""Bytes an offer may hold: a browser's are 2-10 KB (checked on the event loop up to this)."""
SDP_TYPE = "application/sdp"

_logger = get_logger("realtime_ext.asgi")


class OfferRefused(TokenRefused):
    """Raise it from a ``live_offer_endpoint`` session callable to refuse the page (not
    signed in, over a quota): its status (4xx) and message are the answer.

    Example::

        async def session(request: OfferRequest) -> dict[str, object]:
            if request.header("authorization") != "Bearer app-token":
                raise OfferRefused(401, "sign in first")
            return {"model": "gpt-live-1", "instructions": "Be brief."}
    """


class OfferRequest(PageRequest):
    """What a session callable knows of the page's request: its headers, query and offer.

    Example::

        def session(request: OfferRequest) -> dict[str, object]:
            voice = request.query.get("voice", ["marin"])[0]
            return {"model": "gpt-live-1", "audio": {"output": {"voice": voice}}}
    """

    __slots__ = ("offer",)

    def __init__(self, scope: Scope, offer: str) -> None:
        super().__init__(scope)
        self.offer: str = offer
        """The page's SDP offer: checked (``realtime_ext.sdp.check_offer``) before the
        session callable is given it, not yet when ``rate_key`` is (requests are counted
        first)."""


OfferRateKey: TypeAlias = Callable[[OfferRequest], Awaitable[str]] | Callable[[OfferRequest], str]
"""Computes the client a request counts for (``rate_key=``): e.g. the signed-in user's id."""

OfferSession: TypeAlias = (
    BodyInput | Callable[[OfferRequest], Awaitable[BodyInput]] | Callable[[OfferRequest], BodyInput]
)
"""A GPT-Live session (as ``client.live.create(session=...)`` takes it), or a callable of the
:class:`OfferRequest` (sync or async) returning one."""


OnSession: TypeAlias = (
    Callable[[OfferRequest, LiveSessionAnswer], Awaitable[None]]
    | Callable[[OfferRequest, LiveSessionAnswer], None]
)
"""Told of each session created (``on_session=``), before the page gets its answer: the
server's own use of the ``live_...`` id (a sideband, a record of who called)."""


@dataclass(eq=False, repr=False)  # the session may hold its tools' credentials
class LiveOfferEndpoint(PageEndpoint[OfferRequest]):
    """The ASGI application :func:`live_offer_endpoint` returns (see there), holding what
    it checked."""

    client: AsyncRealtimeClient
    session: OfferSession
    guard: SiteGuard
    allow_missing_origin: bool
    max_body: int
    body_timeout: float
    rate: tuple[int, int] | None
    rate_key: OfferRateKey | None
    store: Store
    on_session: OnSession | None

    name: ClassVar[str] = "live offer endpoint"
    purpose: ClassVar[str] = "send the page's SDP offer"

    async def respond(self, scope: Scope, raw: bytes) -> bytes:
        """``{"session_id": "live_...", "sdp": answer}`` for an allowed POST of the offer
        ``raw``."""
        request = OfferRequest(scope, _offer_text(scope, raw))
        await self.count(request)
        await _check(request.offer)
        source = self.session
        # What the function returned is checked by the call itself (a 500 below when wrong).
        session: BodyInput = await ask(source, request) if callable(source) else source
        try:
            created = await self.client.live.create(sdp=request.offer, session=session)
        except APIError as exc:
            # The detail is the server's business (the SDK's message is already redacted);
            # the page learns only that the session was not created.
            _logger.warning("live offer endpoint: creating a GPT-Live session failed: %s", exc)
            raise HTTPProblem(502, "could not create the GPT-Live session") from None
        except (InvalidArgumentError, SessionConfigError) as exc:  # the app's session
            _logger.error("live offer endpoint: the session is refused: %s", exc)
            raise HTTPProblem(500, "live offer endpoint misconfigured") from None
        if self.on_session is not None:
            await self._tell(request, created)
        return json.dumps({"session_id": created.session_id, "sdp": created.sdp}).encode()

    async def _tell(self, request: OfferRequest, created: LiveSessionAnswer) -> None:
        """``on_session``; when it fails, the session it could not take up is hung up (the
        page would hold a call the server is not part of) and the page gets a 500."""
        assert self.on_session is not None
        try:
            told = self.on_session(request, created)
            if inspect.isawaitable(told):
                await told
        except Exception:
            _logger.exception("live offer endpoint: on_session failed; hanging the session up")
            try:
                await self.client.live.sessions.hangup(created.session_id)
            except APIError as exc:
                _logger.warning("live offer endpoint: the hang-up failed too: %s", exc)
            raise HTTPProblem(500, "the session could not be started") from None


def _offer_text(scope: Scope, raw: bytes) -> str:
    kind = media_type(scope)
    if kind != SDP_TYPE:
        raise HTTPProblem(415, "send the SDP offer as application/sdp")
    if not raw.strip():
        raise HTTPProblem(400, "the body is empty: send the page's SDP offer")
    try:
        return raw.decode()
    except UnicodeDecodeError:
        raise HTTPProblem(400, "the SDP offer is not UTF-8 text") from None


async def _check(offer: str) -> None:
    """The SDK's offer checks, before anything goes on the wire: 400 naming the problem."""
    try:
        if len(offer) > OFF_LOOP_SDP_LENGTH:  # a larger max_body: kept off the event loop
            await asyncio.to_thread(check_offer, offer)
        else:
            check_offer(offer)
    except SDPError as exc:
        raise HTTPProblem(400, str(exc)) from None


def live_offer_endpoint(
    session: OfferSession,
    *,
    allowed_origins: Iterable[str],
    client: AsyncRealtimeClient | None = None,
    allowed_hosts: Iterable[str] | None = None,
    allow_missing_origin: bool = False,
    max_body: int = DEFAULT_MAX_OFFER,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    rate_limit: str | None = None,
    rate_key: OfferRateKey | None = None,
    store: Store | None = None,
    on_session: OnSession | None = None,
) -> LiveOfferEndpoint:
    """An ASGI app answering a page's ``POST`` of its SDP offer with a new GPT-Live session.

    GPT-Live has no ephemeral keys: the page posts its offer here
    (``Content-Type: application/sdp``), the server creates the session with its own key
    (``client.live.create``) and the page gets ``{"session_id": "live_...", "sdp":
    "v=0..."}`` (JSON, never cached): the answer for ``setRemoteDescription`` and the id
    (the server gets it too, in ``on_session``). Failures are JSON ``{"error": "..."}``.

    The server decides the session: ``session`` is a GPT-Live session (a dict such as
    ``{"model": "gpt-live-1", "instructions": ...}``, or a generated model), or a callable
    (sync or async) given the :class:`OfferRequest` that returns one or raises
    :class:`OfferRefused`. Nothing the page sends changes it.

    The guards are :func:`token_endpoint`'s, all before anything is sent to the API: the
    ``Host`` must be in ``allowed_hosts`` (default: the hosts of ``allowed_origins``) and
    the ``Origin`` in ``allowed_origins`` (403 otherwise; pages of another allowed origin get
    CORS headers and their preflight answered); a request without ``Origin`` is refused
    unless ``allow_missing_origin=True``. ``rate_limit`` (``"10/minute"``: ``pip install
    'realtime-ext[ratelimit]'``) caps the sessions one client (the peer's address, or what
    ``rate_key`` returns) creates: 429 with ``Retry-After`` past it, counted in ``store``
    (a :class:`~realtime_ext.asgi.RedisStore` shared by every worker, or this process's
    :class:`~realtime_ext.asgi.MemoryStore`). Bodies are capped at ``max_body`` bytes (413)
    and must arrive within ``body_timeout`` seconds (408); a body that is not
    ``application/sdp`` is 415, an offer the SDK's checks refuse (``realtime_ext.sdp``) 400
    naming the problem. The API's failures answer 502 and are logged (redacted).

    ``on_session`` (sync or async, given the :class:`OfferRequest` and the
    :class:`~realtime_ext.LiveSessionAnswer`) is told of each session created, before the page
    gets its answer: the server's own use of the ``live_...`` id, such as a sideband
    (``client.live.sideband.connect(session_id=...)``, started as a task: the page waits for
    ``on_session`` to return). When it raises, the session is hung up and the page gets 500.

    ``client`` defaults to ``AsyncRealtimeClient()`` (``$OPENAI_API_KEY``), built now so a
    missing key fails at startup; a fixed ``session`` and the options are checked now too
    (:class:`~realtime_ext.SessionConfigError`, :class:`~realtime_ext.InvalidArgumentError`).

    Example::

        from fastapi import FastAPI
        from starlette.routing import Route
        from realtime_ext.asgi import live_offer_endpoint

        app = FastAPI()
        offers = live_offer_endpoint(
            {"model": "gpt-live-1", "instructions": "You are the help desk. Be brief."},
            allowed_origins=["https://app.example.com"],
            rate_limit="10/minute",
        )
        app.routes.append(Route("/session", offers))
    """
    client = endpoint_client(client, "live_offer_endpoint")
    check_session_argument(session, "GPT-Live session", "OfferRequest")
    options = page_options(
        allowed_origins=allowed_origins,
        allowed_hosts=allowed_hosts,
        max_body=max_body,
        body_timeout=body_timeout,
        rate_limit=rate_limit,
        rate_key=rate_key,
        store=store,
        request_type="OfferRequest",
    )
    if on_session is not None and not callable(on_session):
        raise InvalidArgumentError(
            "on_session must be a callable taking the OfferRequest and the LiveSessionAnswer, "
            f"got {type(on_session).__name__}"
        )
    # A fixed session is checked now: a mistake fails at startup, not as a 500 to every page.
    if not callable(session):
        check_live_session(session)
    return LiveOfferEndpoint(
        client,
        session,
        options.guard,
        bool(allow_missing_origin),
        options.max_body,
        options.body_timeout,
        options.rate,
        rate_key,
        options.store,
        on_session,
    )
