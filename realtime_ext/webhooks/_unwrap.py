"""Verify then parse: the one call a webhook endpoint needs."""

from __future__ import annotations

from ._headers import HeadersLike
from ._parse import parse_event
from ._typed import WebhookEvent
from ._verify import DEFAULT_TOLERANCE, payload_text, verify

__all__ = ["unwrap"]


def unwrap(
    payload: str | bytes,
    headers: HeadersLike,
    *,
    secret: str | None = None,
    tolerance: int = DEFAULT_TOLERANCE,
) -> WebhookEvent:
    """Verify the signature of a webhook, then return its typed event.

    Returns a :class:`RealtimeCallIncomingEvent` for ``realtime.call.incoming``, a
    :class:`LiveCallIncomingEvent` for ``live.call.incoming`` (one SIP session can send
    both) and an :class:`UnknownWebhookEvent` for any other type. ``secret`` defaults to
    ``$OPENAI_WEBHOOK_SECRET``; ``headers`` is any mapping (any case) or a list of pairs.
    Raises an :class:`InvalidWebhookSignatureError` (or subclass) when the request is not
    authentic, and :class:`InvalidWebhookPayloadError` when the verified body is not a
    well-formed event.

    Example::

        event = unwrap(request.body, request.headers, secret="whsec_...")
        if isinstance(event, RealtimeCallIncomingEvent):
            client.calls.accept(event.call_id, session=realtime_session(model="gpt-realtime"))
    """
    verify(payload, headers, secret=secret, tolerance=tolerance)
    return parse_event(payload_text(payload))
