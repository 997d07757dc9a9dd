"""``webhook_endpoint``: the ASGI app OpenAI delivers signed webhooks to."""

from __future__ import annotations

import asyncio
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from realtime_ext import (
    InvalidArgumentError,
    RetryLater,
    WebhookConfigError,
    WebhookError,
)
from realtime_ext.provider import get_logger
from realtime_ext.webhooks import (
    DEFAULT_TOLERANCE,
    ID_HEADER,
    TIMESTAMP_HEADER,
    WebhookEvent,
    check_tolerance,
    read_signature_headers,
    sign,
    unwrap,
)

from ._failed_delivery import failed_delivery
from ._http import (
    HTTPProblem,
    answer,
    check_body_limits,
    media_type,
    read_body,
    refuse_other_scopes,
)
from ._shutdown import GracefulShutdown
from ._store import (
    DEFAULT_REMEMBER,
    ClaimState,
    MemoryStore,
    Store,
    check_seconds_positive,
    finish_claim,
    keep_claim,
    release_claim,
)
from ._types import Receive, Scope, Send

__all__ = [
    "DEFAULT_LEASE",
    "DEFAULT_REMEMBER",
    "RetryLater",
    "WebhookEndpoint",
    "WebhookHandler",
    "webhook_endpoint",
]

DEFAULT_MAX_BODY = 256 * 1024
"""Bytes a delivery may hold (a ``realtime.call.incoming`` with its SIP headers is a few KB)."""
DEFAULT_BODY_TIMEOUT = 10.0

WebhookHandler = Callable[[WebhookEvent], Awaitable[object]]
"""``async def handler(event)``: called once per authentic, first-seen delivery."""

_logger = get_logger("realtime_ext.asgi")


RETRY_HORIZON = 73 * 3600.0
"""Seconds a handled delivery id is remembered: OpenAI retries a delivery for up to 72 hours,
each retry signed afresh, so a redelivery can come that late."""
DEFAULT_LEASE = 30.0
"""Seconds a delivery's claim holds without renewal: the handler renews it every third of
this while it runs; when its worker dies, a redelivery is handled once this has passed."""
RETRY_AFTER = "5"
"""Seconds a delivery turned away for now (running elsewhere, store busy) is told to wait."""


@dataclass(eq=False, repr=False)
class WebhookEndpoint:
    """The ASGI application :func:`webhook_endpoint` returns (see there), holding what it
    checked."""

    handler: WebhookHandler
    _secret: str | None
    tolerance: int
    max_body: int
    """Bytes a delivery may hold (413 past it)."""
    body_timeout: float
    """Seconds a delivery has to send its whole body (408 past it)."""
    store: Store
    """Where deliveries are claimed (shared by every worker when it is a RedisStore)."""
    lease: float
    """Seconds a claim holds without renewal (renewed every third of it)."""
    shutdown: GracefulShutdown | None
    """Running handlers get its deadline when the server stops (see GracefulShutdown)."""

    def __repr__(self) -> str:  # never the secret
        return f"WebhookEndpoint(handler={getattr(self.handler, '__name__', self.handler)!r})"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan" and self.shutdown is not None:
            await self.shutdown.serve_lifespan(receive, send)  # this endpoint is the whole app
            return
        if scope["type"] != "http":
            await refuse_other_scopes(scope, receive, send)
            return
        try:
            status, payload = await self._handle(scope, receive)
        except HTTPProblem as problem:
            await answer(send, problem.status, {"error": problem.message}, problem.headers)
            return
        await answer(send, status, payload)

    async def _handle(self, scope: Scope, receive: Receive) -> tuple[int, dict[str, object]]:
        if scope.get("method") != "POST":
            raise HTTPProblem(405, "POST webhooks here", [("allow", "POST")])
        kind = media_type(scope)
        if kind and not _is_json(kind):
            # OpenAI posts JSON; a body declared as anything else is no delivery of its.
            raise HTTPProblem(415, "a webhook is JSON: Content-Type must be application/json")
        body = await read_body(receive, scope, limit=self.max_body, timeout=self.body_timeout)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        for name in (ID_HEADER, TIMESTAMP_HEADER):
            # Signed content, so one value only: with two, the signature check and the
            # duplicate check could read different ones (a captured delivery sent again
            # with an extra webhook-id was handled again). Repeated webhook-signature
            # headers stay allowed: each only offers candidate signatures of the same
            # signed id, timestamp and body.
            if sum(1 for k, _ in headers if k.lower() == name) > 1:
                raise HTTPProblem(400, f"repeated {name} header")
        try:
            event = unwrap(body, headers, secret=self._secret, tolerance=self.tolerance)
        except WebhookConfigError as exc:
            # This server's fault, not the sender's: 500 (OpenAI retries), the reason logged.
            _logger.error("webhook endpoint misconfigured: %s", exc)
            raise HTTPProblem(500, "webhook endpoint misconfigured") from None
        except WebhookError as exc:
            raise HTTPProblem(400, str(exc)) from None
        # The id the signature covered (claimed only once authentic, so a forger cannot
        # fill the store with ids).
        msg_id = read_signature_headers(headers).msg_id
        shutdown = self.shutdown
        if shutdown is not None and shutdown.closing:
            # This process is stopping: OpenAI delivers it again, to a worker that runs.
            raise HTTPProblem(
                503, "this server is shutting down: retry later",
                [("retry-after", str(shutdown.retry_after))],
            )  # fmt: skip
        owner = secrets.token_hex(16)
        claimed = await self._store_call("claim", self.store.claim(msg_id, owner, self.lease))
        if claimed == "handled":
            # OpenAI delivers at least once and retries anything but a 2xx for days: a
            # redelivery of a handled event (our answer was lost or late) is acknowledged.
            return 200, {"received": event.type, "duplicate": True}
        if claimed == "running":
            # Still being handled, here or by another worker (OpenAI gave up waiting and
            # sent it again): not handled twice at once; the retry after this answer finds
            # it handled, or released, or its lease run out (its worker died) and takes it.
            raise HTTPProblem(
                409, "this delivery is still being handled: retry later", _retry_after()
            )
        if claimed == "full":
            # ``remember`` handlers run now: every id must stay claimed, so none is dropped
            # to make room; OpenAI retries this one later.
            raise HTTPProblem(
                503, "too many deliveries are being handled: retry later", _retry_after()
            )
        renewing = asyncio.create_task(
            keep_claim(self.store.renew, msg_id, owner, self.lease, f"webhook {msg_id}")
        )
        try:
            if shutdown is None:
                await self.handler(event)
            else:
                with shutdown.delivery(msg_id):  # given the deadline when the server stops
                    await self.handler(event)
        except BaseException as exc:
            renewing.cancel()
            if not isinstance(exc, Exception):
                # Cancelled (the server shut down or the client went away): released so
                # its retry is handled (not held 409 until the lease runs out).
                await release_claim(self.store, msg_id, owner, f"webhook {msg_id}")
                raise
            return await self._failed(event, msg_id, owner, exc)
        renewing.cancel()
        # Handled all the same when the store fails here: 200, so OpenAI does not send it
        # again.
        await finish_claim(self.store.finish, msg_id, owner, RETRY_HORIZON, f"webhook {msg_id}")
        return 200, {"received": event.type}

    async def _failed(
        self, event: WebhookEvent, msg_id: str, owner: str, exc: Exception
    ) -> tuple[int, dict[str, object]]:
        """Answer a delivery whose handler raised ``exc`` as :func:`failed_delivery` says."""
        verdict = failed_delivery(exc)
        what = f"webhook {msg_id}"
        if verdict.finished:
            # Refused for good: acknowledged, so OpenAI stops sending it (no redelivery
            # could succeed), and remembered, so a late one is answered as a duplicate.
            _logger.log(verdict.level, "webhook %s %s: %s", event.type, msg_id, verdict.reason)
            await finish_claim(self.store.finish, msg_id, owner, RETRY_HORIZON, what)
            return verdict.status, {"received": event.type, "refused": verdict.reason}
        # Released so its retry is handled (not held 409 until the lease runs out).
        await release_claim(self.store, msg_id, owner, what)
        if verdict.status == 409:
            _logger.info("webhook %s %s: delivered again later: %s", event.type, msg_id, exc)
            raise HTTPProblem(409, verdict.reason, _retry_after())
        # The traceback is the app's to read (the SDK's log filter redacts secrets).
        _logger.error("webhook handler failed on %s %s", event.type, msg_id, exc_info=exc)
        raise HTTPProblem(verdict.status, verdict.reason)

    async def _store_call(self, what: str, call: Awaitable[ClaimState]) -> ClaimState:
        try:
            return await call
        except Exception as exc:
            # Never handled unclaimed: the store (Redis) is down or slow; OpenAI retries.
            _logger.error("webhook store failed to %s a delivery: %r", what, exc)
            raise HTTPProblem(
                503, "the delivery store is unavailable: retry later", _retry_after()
            ) from None


def _is_json(media: str) -> bool:
    """Whether a media type (:func:`media_type`) is JSON: ``application/json`` or
    ``application/...+json``."""
    return media == "application/json" or (
        media.startswith("application/") and media.endswith("+json")
    )


def _retry_after() -> list[tuple[str, str]]:
    return [("retry-after", RETRY_AFTER)]


def webhook_endpoint(
    handler: WebhookHandler,
    *,
    secret: str | None = None,
    tolerance: int = DEFAULT_TOLERANCE,
    max_body: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    remember: int = DEFAULT_REMEMBER,
    store: Store | None = None,
    lease: float = DEFAULT_LEASE,
    shutdown: GracefulShutdown | None = None,
) -> WebhookEndpoint:
    """An ASGI app that verifies each OpenAI webhook and hands its typed event to ``handler``.

    Each authentic delivery is first *claimed* in ``store`` under its verified
    ``webhook-id``, with a lease of ``lease`` seconds renewed while ``handler`` runs, and
    marked handled when it returns (remembered for OpenAI's 72-hour retry horizon), so it
    is handled once. Answers: 200 once ``await handler(event)`` returned, and to a
    redelivery of a handled ``webhook-id`` (``"duplicate": true``; OpenAI delivers at least
    once and retries anything but a 2xx for up to 72 hours), which is not handled again;
    409 with ``Retry-After`` to a redelivery while the first is still being handled (by
    this or another worker; once that worker died and its lease ran out, the delivery is
    taken over and handled); 400 to a delivery that is not authentic (bad or missing
    signature headers, a repeated ``webhook-id`` or ``webhook-timestamp``, a timestamp
    outside ``tolerance`` seconds, a forged body) or is malformed; 415 to a body declared
    as anything but JSON (a ``Content-Type`` other than ``application/json``); 500 when
    the endpoint itself is misconfigured (no or unusable secret: logged as
    :class:`WebhookConfigError`); 503 with ``Retry-After`` when the store cannot be reached
    (a delivery is never handled unclaimed). When the handler raises, the answer is
    ``failed_delivery``'s (``realtime_ext/asgi/_failed_delivery.py``): 2xx, logged with the
    API's reason and remembered as handled, when the API refused the handler's request for
    good (a 4xx a repeat cannot change: ``invalid_call_state`` for a call accepted already,
    404 for a call that is gone), since OpenAI would deliver it again for 72 hours and no
    redelivery could succeed; 502 when the API failed or could not be reached (a 5xx, a
    401/403/408/409/425/429, a timeout, a connection error) and 500 for any other
    exception, so OpenAI retries and the claim is released; 409 with ``Retry-After`` for
    :class:`RetryLater`. ``secret`` defaults to ``$OPENAI_WEBHOOK_SECRET``, read at each
    delivery; a ``secret`` passed here is checked now. Bodies are capped at ``max_body``
    bytes (413) and must arrive within ``body_timeout`` seconds (408).

    ``store`` defaults to a :class:`~realtime_ext.asgi.MemoryStore` of this process (the
    last ``remember`` handled ids; one whose handler still runs is never forgotten, and a
    delivery that finds ``remember`` handlers running gets 503 with ``Retry-After``): right
    for one process.
    Served by several processes or machines (``uvicorn --workers 2``, a load balancer), pass
    one :class:`~realtime_ext.asgi.RedisStore` to all of them.

    With ``shutdown`` (a :class:`~realtime_ext.asgi.GracefulShutdown`), running handlers get
    its deadline when the server stops, deliveries arriving then are answered 503 with
    ``Retry-After``, and the endpoint answers the ASGI lifespan protocol when it is the
    whole app.

    Example::

        from realtime_ext import AsyncRealtimeClient
        from realtime_ext.asgi import RedisStore, webhook_endpoint
        from realtime_ext.session import realtime_session
        from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent

        client = AsyncRealtimeClient()

        async def on_event(event: WebhookEvent) -> None:
            if isinstance(event, RealtimeCallIncomingEvent):
                await client.calls.accept(event.call_id, session=realtime_session())

        app.mount("/webhooks/openai", webhook_endpoint(on_event))
        # or, with several workers:
        store = RedisStore("redis://127.0.0.1:6379/0")
        app.mount("/webhooks/openai", webhook_endpoint(on_event, store=store))
    """
    if not callable(handler):
        raise InvalidArgumentError(
            f"handler must be an async function taking the event, got {type(handler).__name__}"
        )
    if secret is not None:
        # A secret passed in code is checked now (WebhookConfigError): signing decodes it.
        sign("{}", secret, msg_id="msg_check", timestamp=0)
    max_body, body_timeout = check_body_limits(max_body, body_timeout)
    check_tolerance(tolerance)
    if store is None:
        store = MemoryStore(remember=remember)  # checks remember
    elif remember != DEFAULT_REMEMBER:
        # Silently ignored, it would look like a bound that is not there.
        raise InvalidArgumentError(
            "remember applies to the default MemoryStore only: pass "
            "store=MemoryStore(remember=...) instead"
        )
    elif not isinstance(store, Store):
        raise InvalidArgumentError(
            "store must be a Store (MemoryStore, RedisStore or an object with "
            f"claim/renew/finish/release/hit), got {type(store).__name__}"
        )
    lease = check_seconds_positive(lease, "lease")
    if shutdown is not None and not isinstance(shutdown, GracefulShutdown):
        raise InvalidArgumentError(
            f"shutdown must be a GracefulShutdown, got {type(shutdown).__name__}"
        )
    return WebhookEndpoint(
        handler, secret, tolerance, max_body, body_timeout, store, lease, shutdown
    )
