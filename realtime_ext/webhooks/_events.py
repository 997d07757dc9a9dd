"""The typed webhook events :func:`unwrap` returns, what they all read the same way
(:class:`Envelope`, :class:`SipInviteEvent`), and the Realtime API's; GPT-Live's are
:mod:`._live_events`, and :mod:`._typed` lists them all.

:class:`RealtimeCallIncomingEvent` is a thin wrapper around the generated model
``realtime_generated.models.WebhookRealtimeCallIncoming`` (kept whole in ``.model``): the
generated class is regenerated from the spec and must stay untouched, so the SIP helpers
live here instead of in a subclass. Any other event type becomes an
:class:`UnknownWebhookEvent`, so an app keeps working when the API adds events.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar, Final, Generic, Literal, Protocol, TypeVar

from realtime_generated.models import WebhookRealtimeCallIncoming, WebhookRealtimeCallIncomingData

from ._sip import header_key, uri_from_address

__all__ = [
    "REALTIME_CALL_INCOMING",
    "REALTIME_WEBHOOK",
    "Envelope",
    "RealtimeCallIncomingEvent",
    "SipInviteEvent",
    "UnknownWebhookEvent",
    "WebhookType",
]

REALTIME_CALL_INCOMING: Final = "realtime.call.incoming"


class _SipHeader(Protocol):
    name: str
    value: str


class _InviteData(Protocol):
    @property  # read-only: each model's data has its own list type
    def sip_headers(self) -> Sequence[_SipHeader]: ...

    @property  # read-only: each model has its own (open) enum
    def sip_media_security(self) -> object: ...


class _IncomingModel(Protocol):
    """What the generated ``realtime.call.incoming`` and ``live.call.incoming`` models share."""

    id: str
    created_at: int

    @property  # read-only: each model has its own data type
    def data(self) -> _InviteData: ...


class _EnvelopeModel(Protocol):
    """What every generated webhook model has: the event's id and time."""

    id: str
    created_at: int


E = TypeVar("E", bound=_EnvelopeModel)
M = TypeVar("M", bound=_IncomingModel)
EventT = TypeVar("EventT", covariant=True)


class Envelope(ABC, Generic[E]):
    """What every typed webhook event reads the same way from its generated ``model``."""

    model: E

    subject_field: ClassVar[str]
    """The name the event's API gives the id it is about (its ``data``'s field):
    ``"call_id"`` (a Realtime call) or ``"session_id"`` (a GPT-Live session)."""

    @property
    @abstractmethod
    def subject_id(self) -> str:
        """The id the event is about, whichever API sent it: its ``data``'s
        :attr:`subject_field`. For an incoming call, the id the call is accepted by on its
        API: the ``rtc_...`` ``call_id``, or GPT-Live's ``live_...`` ``session_id``.

        Example::

            event = unwrap(body, headers)
            if not isinstance(event, UnknownWebhookEvent):
                log.info("%s %s=%s", event.type, event.subject_field, event.subject_id)
        """

    @property
    def id(self) -> str:
        """The event id (``evt_...``), the same on every redelivery: use it to deduplicate."""
        return self.model.id

    @property
    def created_at(self) -> int:
        """When the event was created, in Unix seconds."""
        return self.model.created_at


class SipInviteEvent(Envelope[M]):
    """What the incoming-call events read the same way from their generated ``model``:
    the event id and time, and the SIP INVITE headers with their helpers."""

    @property
    def sip_headers(self) -> list[tuple[str, str]]:
        """Every SIP INVITE header as ``(name, value)``, in order, repeats kept."""
        return [(item.name, item.value) for item in self.model.data.sip_headers]

    def sip_headers_named(self, name: str) -> list[str]:
        """All values of header ``name`` (case-insensitive, compact forms included).

        Example::

            event.sip_headers_named("Via")  # ['SIP/2.0/TLS a;branch=z9', 'SIP/2.0/TLS b;branch=z8']
        """
        key = header_key(name)
        return [value for (header, value) in self.sip_headers if header_key(header) == key]

    def sip_header(self, name: str) -> str | None:
        """The first value of header ``name`` (case-insensitive), or None.

        Example::

            event.sip_header("call-id")  # 'a84b4c76e66710@pc33.example.com'
        """
        values = self.sip_headers_named(name)
        return values[0] if values else None

    @property
    def caller(self) -> str | None:
        """The URI in the ``From`` header, e.g. ``"sip:+14155550123@example.com"``."""
        value = self.sip_header("From")
        return uri_from_address(value) if value is not None else None

    @property
    def callee(self) -> str | None:
        """The URI in the ``To`` header, e.g. ``"sip:+18005550100@sip.api.openai.com"``."""
        value = self.sip_header("To")
        return uri_from_address(value) if value is not None else None

    @property
    def sip_call_id(self) -> str | None:
        """The SIP ``Call-ID`` header (not the Realtime ``call_id``)."""
        return self.sip_header("Call-ID")

    @property
    def sip_media_security(self) -> str | None:
        """The media protection negotiated on the SIP leg: ``"srtp"``, ``"rtp"`` or a newer
        value when the API sends one; None when absent."""
        value = self.model.data.sip_media_security  # a str enum that keeps unknown values
        return str(value) if isinstance(value, str) else None


@dataclass(frozen=True, repr=False)
class RealtimeCallIncomingEvent(SipInviteEvent[WebhookRealtimeCallIncoming]):
    """A verified ``realtime.call.incoming`` webhook: a SIP call waiting to be answered.

    ``model`` is the generated ``WebhookRealtimeCallIncoming``; ``raw`` the decoded JSON.
    SIP header values are untrusted caller-supplied metadata.

    Example::

        event = unwrap(body, headers)
        if isinstance(event, RealtimeCallIncomingEvent):
            print(event.call_id, event.caller, event.callee, event.sip_header("Call-ID"))
            client.calls.accept(event.call_id, session=realtime_session(model="gpt-realtime"))

    Example:
        >>> import json
        >>> from realtime_ext import webhooks
        >>> secret = "whsec_c2VjcmV0"
        >>> body = json.dumps({"id": "evt_1", "object": "event", "created_at": 1,
        ...     "type": "realtime.call.incoming", "data": {"call_id": "rtc_1", "sip_headers": [
        ...         {"name": "Via", "value": "SIP/2.0/TLS a;branch=z9"},
        ...         {"name": "v", "value": "SIP/2.0/TLS b;branch=z8"},
        ...         {"name": "i", "value": "a84b4c76e66710@pc33.example.com"}]}})
        >>> event = webhooks.unwrap(body, webhooks.sign(body, secret), secret=secret)
        >>> # SIP header names match case-insensitively, compact forms included (v, i).
        >>> event.call_id, event.sip_headers_named("via")
        ('rtc_1', ['SIP/2.0/TLS a;branch=z9', 'SIP/2.0/TLS b;branch=z8'])
        >>> event.sip_header("Call-ID"), event.sip_header("Subject")
        ('a84b4c76e66710@pc33.example.com', None)
    """

    model: WebhookRealtimeCallIncoming
    raw: dict[str, Any] = field(compare=False)
    subject_field: ClassVar[str] = "call_id"

    @property
    def type(self) -> Literal["realtime.call.incoming"]:
        """Always ``"realtime.call.incoming"``."""
        return "realtime.call.incoming"

    @property
    def data(self) -> WebhookRealtimeCallIncomingData:
        """The generated ``data`` model (``call_id``, ``sip_headers``, unknown fields)."""
        return self.model.data

    @property
    def call_id(self) -> str:
        """The ``rtc_...`` id to pass to ``calls.accept/reject/refer``."""
        return self.model.data.call_id

    @property
    def subject_id(self) -> str:
        """The id the event is about, read the same way on every typed event: here
        :attr:`call_id` (``subject_field`` is ``"call_id"``).

        Example::

            log.info("%s %s=%s", event.type, event.subject_field, event.subject_id)
        """
        return self.model.data.call_id

    def __repr__(self) -> str:
        return (
            f"RealtimeCallIncomingEvent(id={self.id!r}, call_id={self.call_id!r}, "
            f"caller={self.caller!r}, callee={self.callee!r})"
        )


@dataclass(frozen=True)
class UnknownWebhookEvent:
    """A verified webhook of a type this SDK does not model (yet).

    ``data`` is the raw ``data`` object ({} when absent), ``raw`` the whole decoded body;
    ``id``/``created_at`` are None if the body lacks them.

    Example::

        event = unwrap(body, headers)
        if isinstance(event, UnknownWebhookEvent):
            log.info("ignoring %s %s", event.type, event.id)
    """

    type: str
    id: str | None
    created_at: int | None
    data: dict[str, Any] = field(repr=False)
    raw: dict[str, Any] = field(repr=False, compare=False)


@dataclass(frozen=True)
class WebhookType(Generic[EventT]):
    """How the body of one webhook type this SDK models is checked and typed: its
    ``data``'s id field (its event class's ``subject_field``), whether it is an incoming SIP
    call (``sip_headers`` checked), the transport it models (``data.type``: a newer one gives
    :class:`UnknownWebhookEvent`), the generated model (by name, imported when one arrives:
    generations from specs before 2026-07-27 have no GPT-Live webhook) and the event class
    around it. A new webhook is one more of these, in its API's module
    (:data:`REALTIME_WEBHOOK` here), listed in :data:`~._typed.TYPED`."""

    type: str
    id_field: str
    model: str
    event: Callable[[Any, dict[str, Any]], EventT]
    sip: bool = True
    transport: str | None = None


REALTIME_WEBHOOK: WebhookType[RealtimeCallIncomingEvent] = WebhookType(
    REALTIME_CALL_INCOMING,
    RealtimeCallIncomingEvent.subject_field,
    "WebhookRealtimeCallIncoming",
    RealtimeCallIncomingEvent,
)
"""The Realtime API's incoming call."""
