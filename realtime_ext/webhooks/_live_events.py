"""GPT-Live's typed webhook events: ``live.transport.incoming`` (a SIP call waiting for a
session), its deprecated predecessor ``live.call.incoming``, and ``live.transport.connected``
(a direct WebRTC session). Each wraps its generated model, as
:class:`~._events.RealtimeCallIncomingEvent` does, on the envelope every event shares.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, ClassVar, Final, Literal

from ._events import Envelope, SipInviteEvent, WebhookType

if TYPE_CHECKING:
    # Imported for annotations only: specs before 2026-07-27 have no live webhook, and the
    # ext layer must still import against a generation from them.
    from realtime_generated.models import (
        WebhookLiveCallIncoming,
        WebhookLiveCallIncomingData,
        WebhookLiveTransportConnected,
        WebhookLiveTransportConnectedData,
        WebhookLiveTransportIncoming,
        WebhookLiveTransportIncomingData,
    )

__all__ = [
    "LIVE_CALL_INCOMING",
    "LIVE_TRANSPORT_CONNECTED",
    "LIVE_TRANSPORT_INCOMING",
    "LIVE_WEBHOOKS",
    "LiveCallIncomingEvent",
    "LiveTransportConnectedEvent",
    "LiveTransportIncomingEvent",
]

LIVE_CALL_INCOMING: Final = "live.call.incoming"
LIVE_TRANSPORT_INCOMING: Final = "live.transport.incoming"
LIVE_TRANSPORT_CONNECTED: Final = "live.transport.connected"


class _SessionIsSubject(ABC):
    """What GPT-Live's events share: the session they are about is their subject."""

    subject_field: ClassVar[str] = "session_id"

    @property
    @abstractmethod
    def session_id(self) -> str:
        """The session's ``live_...`` id."""

    @property
    def subject_id(self) -> str:
        """The id the event is about, read the same way on every typed event: here
        :attr:`session_id` (``subject_field`` is ``"session_id"``).

        Example::

            log.info("%s %s=%s", event.type, event.subject_field, event.subject_id)
        """
        return self.session_id


@dataclass(frozen=True, repr=False)
class LiveCallIncomingEvent(_SessionIsSubject, SipInviteEvent["WebhookLiveCallIncoming"]):
    """A verified ``live.call.incoming`` webhook: a SIP session available for Live acceptance.

    The deprecated predecessor of :class:`LiveTransportIncomingEvent` (no ``data.type``, no
    new subscriptions): handle both during a migration. ``model`` is the generated
    ``WebhookLiveCallIncoming``; ``raw`` the decoded JSON.

    Example::

        event = unwrap(body, headers)
        if isinstance(event, LiveCallIncomingEvent):
            print(event.session_id, event.caller, event.sip_header("Call-ID"))
    """

    model: WebhookLiveCallIncoming
    raw: dict[str, Any] = field(compare=False)

    @property
    def type(self) -> Literal["live.call.incoming"]:
        """Always ``"live.call.incoming"``."""
        return "live.call.incoming"

    @property
    def data(self) -> WebhookLiveCallIncomingData:
        """The generated ``data`` model (``session_id``, ``sip_headers``, unknown fields)."""
        return self.model.data

    @property
    def session_id(self) -> str:
        """The pending session's ``live_...`` id, for ``client.live.sessions.accept``."""
        return self.model.data.session_id

    def __repr__(self) -> str:
        return (
            f"LiveCallIncomingEvent(id={self.id!r}, session_id={self.session_id!r}, "
            f"caller={self.caller!r}, callee={self.callee!r})"
        )


@dataclass(frozen=True, repr=False)
class LiveTransportIncomingEvent(_SessionIsSubject, SipInviteEvent["WebhookLiveTransportIncoming"]):
    """A verified ``live.transport.incoming`` webhook: a SIP call waiting for a GPT-Live
    session. Accept it with ``client.live.sessions.accept(event.session_id, session=...)``
    or reject it; acknowledging the webhook does not answer the call.

    The same pending call may also send ``realtime.call.incoming`` (an ``rtc_...`` id): the
    first successful accept on either API picks the runtime, so give it one handler.
    ``model`` is the generated ``WebhookLiveTransportIncoming``; ``raw`` the decoded JSON.
    SIP header values are untrusted caller-supplied metadata.

    Example::

        event = client.webhooks.unwrap(body, headers)
        if isinstance(event, LiveTransportIncomingEvent):
            client.live.sessions.accept(event.session_id, session={"model": "gpt-live-1"})
    """

    model: WebhookLiveTransportIncoming
    raw: dict[str, Any] = field(compare=False)

    @property
    def type(self) -> Literal["live.transport.incoming"]:
        """Always ``"live.transport.incoming"``."""
        return "live.transport.incoming"

    @property
    def data(self) -> WebhookLiveTransportIncomingData:
        """The generated ``data`` model (``session_id``, ``sip_headers``, ``type_``, unknown
        fields)."""
        return self.model.data

    @property
    def session_id(self) -> str:
        """The pending session's ``live_...`` id, for ``client.live.sessions``."""
        return self.model.data.session_id

    @property
    def transport(self) -> str:
        """The transport the session waits on: ``"sip"`` (or a newer one)."""
        return str(self.model.data.type_)

    def __repr__(self) -> str:
        return (
            f"LiveTransportIncomingEvent(id={self.id!r}, session_id={self.session_id!r}, "
            f"caller={self.caller!r}, callee={self.callee!r})"
        )


@dataclass(frozen=True, repr=False)
class LiveTransportConnectedEvent(_SessionIsSubject, Envelope["WebhookLiveTransportConnected"]):
    """A verified ``live.transport.connected`` webhook: a direct WebRTC Live session was
    created (or an Instant Connect session activated); attach a sideband to it by
    ``session_id``.

    Example::

        event = client.webhooks.unwrap(body, headers)
        if isinstance(event, LiveTransportConnectedEvent):
            print(event.session_id, event.transport)  # live_..., 'webrtc'
    """

    model: WebhookLiveTransportConnected
    raw: dict[str, Any] = field(compare=False)

    @property
    def type(self) -> Literal["live.transport.connected"]:
        """Always ``"live.transport.connected"``."""
        return "live.transport.connected"

    @property
    def data(self) -> WebhookLiveTransportConnectedData:
        """The generated ``data`` model (``session_id``, ``type_``, unknown fields)."""
        return self.model.data

    @property
    def session_id(self) -> str:
        """The connected session's ``live_...`` id."""
        return self.model.data.session_id

    @property
    def transport(self) -> str:
        """The session's transport: ``"webrtc"`` (or a newer one)."""
        return str(self.model.data.type_)

    def __repr__(self) -> str:
        return f"LiveTransportConnectedEvent(id={self.id!r}, session_id={self.session_id!r})"


LIVE_WEBHOOKS: tuple[
    WebhookType[LiveCallIncomingEvent | LiveTransportIncomingEvent | LiveTransportConnectedEvent],
    ...,
] = (
    WebhookType(
        LIVE_CALL_INCOMING,
        LiveCallIncomingEvent.subject_field,
        "WebhookLiveCallIncoming",
        LiveCallIncomingEvent,
    ),
    WebhookType(
        LIVE_TRANSPORT_INCOMING,
        LiveTransportIncomingEvent.subject_field,
        "WebhookLiveTransportIncoming",
        LiveTransportIncomingEvent,
        transport="sip",
    ),
    WebhookType(
        LIVE_TRANSPORT_CONNECTED,
        LiveTransportConnectedEvent.subject_field,
        "WebhookLiveTransportConnected",
        LiveTransportConnectedEvent,
        sip=False,
        transport="webrtc",
    ),
)
"""GPT-Live's webhook types (:class:`~._events.WebhookType`)."""
