"""``webhook_endpoint``: the ASGI app OpenAI delivers signed webhooks to."""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from typing import Literal

from realtime_ext.webhooks import WebhookEvent, sign, unwrap
from realtime_ext.webhooks._verify import DEFAULT_TOLERANCE, check_tolerance

from .._exceptions import APIError, InvalidArgumentError, WebhookConfigError, WebhookError
from .._redact import get_logger
from ._http import (
    HTTPProblem,
    answer,
    check_body_limits,
    header,
    read_body,
    refuse_other_scopes,
)
from ._shutdown import GracefulShutdown
from ._types import Receive, Scope, Send

__all__ = ["DEFAULT_REMEMBER", "WebhookEndpoint", "WebhookHandler", "webhook_endpoint"]

DEFAULT_MAX_BODY = 256 * 1024
"""Bytes a delivery may hold (a ``realtime.call.incoming`` with its SIP headers is a few KB)."""
DEFAULT_BODY_TIMEOUT = 10.0
DEFAULT_REMEMBER = 10_000
"""Delivery ids remembered so that a redelivery of one is not handled again (and handlers
that may run at once)."""

WebhookHandler = Callable[[WebhookEvent], Awaitable[object]]
"""``async def handler(event)``: called once per authentic, first-seen delivery."""

_logger = get_logger("realtime_ext.asgi")


RETRY_HORIZON = 73 * 3600.0
"""Seconds a handled delivery id is remembered (at most ``remember`` of them): OpenAI retries
a delivery for up to 72 hours, each retry signed afresh, so a redelivery can come that late."""

Claim = Literal["new", "handled", "running", "full"]


class _Deliveries:
    """The ids of the deliveries whose handler runs now, and of those handled (the last
    ``limit``, for :data:`RETRY_HORIZON`).

    A running id is never forgotten while its handler runs: were it (the list full, or the
    handler slow), a redelivery (OpenAI stopped waiting and sent it again) would be handled
    a second time at once, and a call accepted twice. When ``limit`` handlers run at once,
    a new delivery is turned away (``"full"``) instead."""

    __slots__ = ("_done", "_limit", "_running")

    def __init__(self, *, limit: int) -> None:
        self._running: set[str] = set()
        # handled id -> when it was handled (monotonic), oldest first.
        self._done: OrderedDict[str, float] = OrderedDict()
        self._limit = limit

    def claim(self, msg_id: str) -> Claim:
        """Record ``msg_id`` as running when it is new; else say what it is."""
        if msg_id in self._running:
            return "running"
        now = time.monotonic()
        done = self._done
        when = done.get(msg_id)
        if when is not None and when >= now - RETRY_HORIZON:
            return "handled"
        # Room for one more: the oldest handled ids go (expired ones in any case).
        while done and (
            len(done) + len(self._running) >= self._limit
            or next(iter(done.values())) < now - RETRY_HORIZON
        ):
            done.popitem(last=False)
        if len(self._running) >= self._limit:
            return "full"
        self._running.add(msg_id)
        return "new"

    def handled(self, msg_id: str) -> None:
        """``msg_id``'s handler returned: a redelivery is acknowledged, not handled again."""
        self._running.discard(msg_id)
        self._done[msg_id] = time.monotonic()

    def release(self, msg_id: str) -> None:
        """Forget ``msg_id`` (its handling failed: OpenAI's retry must be handled)."""
        self._running.discard(msg_id)


class WebhookEndpoint:
    """The ASGI application :func:`webhook_endpoint` returns (see there)."""

    max_body: int
    """Bytes a delivery may hold (413 past it)."""
    body_timeout: float
    """Seconds a delivery has to send its whole body (408 past it)."""

    def __init__(
        self,
        handler: WebhookHandler,
        *,
        secret: str | None = None,
        tolerance: int = DEFAULT_TOLERANCE,
        max_body: int = DEFAULT_MAX_BODY,
        body_timeout: float = DEFAULT_BODY_TIMEOUT,
        remember: int = DEFAULT_REMEMBER,
        shutdown: GracefulShutdown | None = None,
    ) -> None:
        if not callable(handler):
            raise InvalidArgumentError(
                f"handler must be an async function taking the event, got {type(handler).__name__}"
            )
        if secret is not None:
            # A secret passed in code is checked now (WebhookConfigError): signing decodes it.
            sign("{}", secret, msg_id="msg_check", timestamp=0)
        self.max_body, self.body_timeout = check_body_limits(max_body, body_timeout)
        if isinstance(remember, bool) or not isinstance(remember, int) or remember < 1:
            raise InvalidArgumentError(f"remember must be an int >= 1, got {remember!r}")
        check_tolerance(tolerance)
        self.handler: WebhookHandler = handler
        self._secret = secret
        self.tolerance: int = tolerance
        self._deliveries = _Deliveries(limit=remember)
        if shutdown is not None and not isinstance(shutdown, GracefulShutdown):
            raise InvalidArgumentError(
                f"shutdown must be a GracefulShutdown, got {type(shutdown).__name__}"
            )
        self.shutdown: GracefulShutdown | None = shutdown

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
        body = await read_body(receive, scope, limit=self.max_body, timeout=self.body_timeout)
        headers = [(k.decode("latin-1"), v.decode("latin-1")) for k, v in scope["headers"]]
        try:
            event = unwrap(body, headers, secret=self._secret, tolerance=self.tolerance)
        except WebhookConfigError as exc:
            # This server's fault, not the sender's: 500 (OpenAI retries), the reason logged.
            _logger.error("webhook endpoint misconfigured: %s", exc)
            raise HTTPProblem(500, "webhook endpoint misconfigured") from None
        except WebhookError as exc:
            raise HTTPProblem(400, str(exc)) from None
        # Claimed only once authentic, so a forger cannot fill the list with ids.
        msg_id = header(scope, "webhook-id") or ""
        shutdown = self.shutdown
        if shutdown is not None and shutdown.closing:
            # This process is stopping: OpenAI delivers it again, to a worker that runs.
            raise HTTPProblem(
                503, "this server is shutting down: retry later",
                [("retry-after", str(shutdown.retry_after))],
            )  # fmt: skip
        claimed = self._deliveries.claim(msg_id)
        if claimed == "handled":
            # OpenAI delivers at least once and retries anything but a 2xx for days: a
            # redelivery of a handled event (our answer was lost or late) is acknowledged.
            return 200, {"received": event.type, "duplicate": True}
        if claimed == "running":
            # Still being handled (OpenAI gave up waiting and sent it again): not handled
            # twice at once; the retry after this answer finds it handled, or released.
            raise HTTPProblem(
                409, "this delivery is still being handled: retry later", [("retry-after", "5")]
            )
        if claimed == "full":
            # ``remember`` handlers run now: every id must stay claimed, so none is dropped
            # to make room; OpenAI retries this one later.
            raise HTTPProblem(
                503, "too many deliveries are being handled: retry later", [("retry-after", "5")]
            )
        try:
            if shutdown is None:
                await self.handler(event)
            else:
                with shutdown.delivery(msg_id):  # given the deadline when the server stops
                    await self.handler(event)
        except BaseException as exc:
            self._deliveries.release(msg_id)
            if not isinstance(exc, Exception):
                raise  # cancelled (the server shut down or the client went away)
            # The traceback is the app's to read (the SDK's log filter redacts secrets).
            _logger.exception("webhook handler failed on %s %s", event.type, msg_id)
            status = 502 if isinstance(exc, APIError) else 500
            raise HTTPProblem(status, "the webhook handler failed") from None
        self._deliveries.handled(msg_id)
        return 200, {"received": event.type}


def webhook_endpoint(
    handler: WebhookHandler,
    *,
    secret: str | None = None,
    tolerance: int = DEFAULT_TOLERANCE,
    max_body: int = DEFAULT_MAX_BODY,
    body_timeout: float = DEFAULT_BODY_TIMEOUT,
    remember: int = DEFAULT_REMEMBER,
    shutdown: GracefulShutdown | None = None,
) -> WebhookEndpoint:
    """An ASGI app that verifies each OpenAI webhook and hands its typed event to ``handler``.

    Answers: 200 once ``await handler(event)`` returned, and to a redelivery of a handled
    ``webhook-id`` (``"duplicate": true``; OpenAI delivers at least once and retries
    anything but a 2xx for up to 72 hours), which is not handled again; 409 to a redelivery
    while the first is still being handled (OpenAI retries it later); 400 to a delivery that
    is not authentic (bad or missing signature headers, a timestamp outside ``tolerance``
    seconds, a forged body) or is malformed; 500 when the endpoint itself is misconfigured
    (no or unusable secret: logged as :class:`WebhookConfigError`) or the handler raised
    (502 for an API error), so OpenAI retries. ``secret`` defaults to
    ``$OPENAI_WEBHOOK_SECRET``, read at each delivery; a ``secret`` passed here is checked
    now. Bodies are capped at ``max_body`` bytes (413) and must arrive within
    ``body_timeout`` seconds (408). Delivery ids are remembered in this process (the last
    ``remember`` handled, for 72 hours; one whose handler still runs is never forgotten,
    and a delivery that finds ``remember`` handlers running gets 503 with ``Retry-After``):
    several worker processes each keep their own. With ``shutdown`` (a
    :class:`GracefulShutdown`), running handlers get its deadline when the server stops,
    deliveries arriving then are answered 503 with ``Retry-After``, and the endpoint answers
    the ASGI lifespan protocol when it is the whole app.

    Example::

        from realtime_ext import AsyncRealtimeClient
        from realtime_ext.asgi import webhook_endpoint
        from realtime_ext.session import realtime_session
        from realtime_ext.webhooks import RealtimeCallIncomingEvent, WebhookEvent

        client = AsyncRealtimeClient()

        async def on_event(event: WebhookEvent) -> None:
            if isinstance(event, RealtimeCallIncomingEvent):
                await client.calls.accept(event.call_id, session=realtime_session())

        app.mount("/webhooks/openai", webhook_endpoint(on_event))
    """
    return WebhookEndpoint(
        handler,
        secret=secret,
        tolerance=tolerance,
        max_body=max_body,
        body_timeout=body_timeout,
        remember=remember,
        shutdown=shutdown,
    )
