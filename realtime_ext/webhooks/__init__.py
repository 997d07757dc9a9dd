"""Verify and parse OpenAI webhooks, starting with ``realtime.call.incoming`` (SIP calls).

OpenAI signs webhooks with the Standard Webhooks scheme (``webhook-id``,
``webhook-timestamp``, ``webhook-signature`` headers and a ``whsec_...`` secret).
:func:`unwrap` verifies a request and returns a typed event: a
:class:`RealtimeCallIncomingEvent` (a wrapper around the generated
``WebhookRealtimeCallIncoming`` model, in ``.model``, adding SIP helpers), a
:class:`LiveCallIncomingEvent` (``live.call.incoming``, same helpers) or an
:class:`UnknownWebhookEvent` for types this SDK does not model yet.

One pending SIP session can send both ``realtime.call.incoming`` and ``live.call.incoming``
(``call_id`` there equals ``session_id`` here); the first successful accept picks the
runtime, so deduplicate on that id when handling both.

Example::

    from realtime_ext.webhooks import RealtimeCallIncomingEvent, unwrap

    event = unwrap(body, headers, secret=os.environ["OPENAI_WEBHOOK_SECRET"])
    if isinstance(event, RealtimeCallIncomingEvent):
        print(event.caller, "->", event.callee, event.sip_header("Call-ID"))
"""

from .._exceptions import (
    InvalidWebhookPayloadError,
    InvalidWebhookSignatureError,
    MissingWebhookHeaderError,
    WebhookConfigError,
    WebhookError,
    WebhookTimestampError,
    WebhookTimestampTooNewError,
    WebhookTimestampTooOldError,
)
from ._events import (
    LiveCallIncomingEvent,
    RealtimeCallIncomingEvent,
    UnknownWebhookEvent,
    WebhookEvent,
)
from ._unwrap import unwrap
from ._verify import sign, verify

__all__ = [
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "LiveCallIncomingEvent",
    "MissingWebhookHeaderError",
    "RealtimeCallIncomingEvent",
    "UnknownWebhookEvent",
    "WebhookConfigError",
    "WebhookError",
    "WebhookEvent",
    "WebhookTimestampError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
    "sign",
    "unwrap",
    "verify",
]
