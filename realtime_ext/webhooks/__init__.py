"""Verify and parse OpenAI webhooks, starting with ``realtime.call.incoming`` (SIP calls).

OpenAI signs webhooks with the Standard Webhooks scheme (``webhook-id``,
``webhook-timestamp``, ``webhook-signature`` headers and a ``whsec_...`` secret).
:func:`unwrap` verifies a request and returns a typed event: a
:class:`RealtimeCallIncomingEvent` (a wrapper around the generated
``WebhookRealtimeCallIncoming`` model, in ``.model``, adding SIP helpers), GPT-Live's
:class:`LiveTransportIncomingEvent` (``live.transport.incoming``, same helpers),
:class:`LiveTransportConnectedEvent` (``live.transport.connected``) and
:class:`LiveCallIncomingEvent` (the deprecated ``live.call.incoming``), or an
:class:`UnknownWebhookEvent` for types this SDK does not model yet (tell them apart with
``isinstance``). :data:`IncomingCall` is any of the incoming-call events, and every typed
event names the id it is about the same way on either API (``subject_id``, under the name
``subject_field`` its API gives it).

One pending SIP call can send both ``realtime.call.incoming`` (an ``rtc_...`` id) and
``live.transport.incoming`` (a ``live_...`` id); the first successful accept on either API
picks the runtime, so give the call one handler.

Example::

    from realtime_ext.webhooks import RealtimeCallIncomingEvent, unwrap

    event = unwrap(body, headers, secret=os.environ["OPENAI_WEBHOOK_SECRET"])
    if isinstance(event, RealtimeCallIncomingEvent):
        print(event.caller, "->", event.callee, event.sip_header("Call-ID"))

For a web framework's own endpoint: :func:`read_signature_headers` reads the three headers
(``ID_HEADER``, ``TIMESTAMP_HEADER``, ``SIGNATURE_HEADER``) from any ``HeadersLike``, a
verified delivery's ``webhook-id`` being the key to deduplicate redeliveries on;
``DEFAULT_TOLERANCE`` is the seconds a timestamp may be off by default, and
:func:`check_tolerance` refuses a bad ``tolerance`` at startup rather than on the first
delivery. ``SECRET_ENV_VAR`` names the variable the secret is read from when none is given.
:func:`parse_event` types a body that was verified before (one kept since, such as a call's
announcement a worker stored for another to take the call over): it checks no signature.
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
from ._events import RealtimeCallIncomingEvent, UnknownWebhookEvent
from ._headers import (
    ID_HEADER,
    SIGNATURE_HEADER,
    TIMESTAMP_HEADER,
    HeadersLike,
    SignatureHeaders,
    read_signature_headers,
)
from ._live_events import (
    LiveCallIncomingEvent,
    LiveTransportConnectedEvent,
    LiveTransportIncomingEvent,
)
from ._parse import parse_event
from ._secret import SECRET_ENV_VAR
from ._typed import IncomingCall, WebhookEvent
from ._unwrap import unwrap
from ._verify import DEFAULT_TOLERANCE, check_tolerance, sign, verify

__all__ = [
    "DEFAULT_TOLERANCE",
    "ID_HEADER",
    "SECRET_ENV_VAR",
    "SIGNATURE_HEADER",
    "TIMESTAMP_HEADER",
    "HeadersLike",
    "IncomingCall",
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "LiveCallIncomingEvent",
    "LiveTransportConnectedEvent",
    "LiveTransportIncomingEvent",
    "MissingWebhookHeaderError",
    "RealtimeCallIncomingEvent",
    "SignatureHeaders",
    "UnknownWebhookEvent",
    "WebhookConfigError",
    "WebhookError",
    "WebhookEvent",
    "WebhookTimestampError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
    "check_tolerance",
    "parse_event",
    "read_signature_headers",
    "sign",
    "unwrap",
    "verify",
]
