"""Thin typed wrappers over the generated response models, each keeping the raw response.

Their ``repr`` never shows an ephemeral key: print them, log them, the ``ek_...`` value stays
out. (The generated models they hold print everything, the key included; log the wrappers.)

Example::

    secret = client.client_secrets.create(session=realtime_session(model="gpt-realtime"))
    secret           # ClientSecret(value='ek_***', expires_at=datetime(...), session=...)
    secret.value     # 'ek_68af...' for the browser
    secret.response  # the httpx.Response, e.g. secret.response.headers["x-request-id"]
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Generic, Literal, TypeVar

import httpx

__all__ = [
    "Answered",
    "BetaSession",
    "CallAction",
    "CallAnswer",
    "CallOutcome",
    "ClientSecret",
    "mask_secret",
]

CallOutcome = Literal["done", "already_accepted", "already_ended"]
"""What a call action did: ``"done"`` now, or found the call already in the state asked for
(``"already_accepted"``: accepted before, by this app; ``"already_ended"``: a hangup or
reject of a call that had ended)."""

SessionT = TypeVar("SessionT")
ParsedT = TypeVar("ParsedT")


def mask_secret(value: object) -> str:
    """Show only a secret's kind, e.g. ``'ek_***'`` or ``'sk-***'``.

    Example:
        >>> mask_secret("ek_abc123")
        'ek_***'
    """
    text = str(value)
    return text[:3] + "***" if len(text) > 3 else "***"


class Answered:
    """What every result keeps: the raw ``httpx.Response`` and the request id it carries."""

    __slots__ = ("response",)

    response: httpx.Response

    @property
    def request_id(self) -> str | None:
        """The ``x-request-id`` the API answered with."""
        request_id: str | None = self.response.headers.get("x-request-id")
        return request_id


def _wire_dict(model: object) -> dict[str, Any]:
    """``model.to_dict()``: the generated response model as the API sent it."""
    wire: dict[str, Any] = getattr(model, "to_dict")()  # noqa: B009  # every generated model has it
    return wire


def timestamp(seconds: int | float) -> datetime:
    """An aware UTC datetime from seconds since the epoch.

    Example:
        >>> timestamp(0).isoformat()
        '1970-01-01T00:00:00+00:00'
    """
    return datetime.fromtimestamp(seconds, tz=UTC)


class ClientSecret(Answered, Generic[SessionT, ParsedT]):
    """An ephemeral client secret (``ek_...``) with the session it was minted for.

    ``value`` is the key to hand to a browser or device, ``expires_at`` an aware UTC datetime,
    ``session`` the generated session model, ``parsed`` the whole generated response model
    and ``response`` the raw ``httpx.Response``.

    Example::

        secret = client.client_secrets.create(expires_after=600)
        secret.expires_at.tzinfo  # datetime.timezone.utc
    """

    __slots__ = ("expires_at", "parsed", "session", "value")

    def __init__(
        self,
        *,
        value: str,
        expires_at: datetime,
        session: SessionT,
        parsed: ParsedT,
        response: httpx.Response,
    ) -> None:
        self.value: str = value
        self.expires_at: datetime = expires_at
        self.session: SessionT = session
        self.parsed: ParsedT = parsed
        self.response = response

    def to_dict(self) -> dict[str, Any]:
        """The whole response as the API sent it (``parsed.to_dict()``; the key included,
        so log the wrapper, not this).

        Example::

            secret.to_dict()["session"]["type"]  # 'realtime'
        """
        return _wire_dict(self.parsed)

    def __repr__(self) -> str:
        return (
            f"ClientSecret(value={mask_secret(self.value)!r}, "
            f"expires_at={self.expires_at.isoformat()!r}, "
            f"session=<{type(self.session).__name__}>)"
        )


class BetaSession(Answered, Generic[SessionT]):
    """A beta session (``/realtime/sessions`` or ``/realtime/transcription_sessions``).

    ``session`` is the generated response model, ``client_secret`` the ephemeral key
    (``None`` if the server sent none), ``response`` the raw ``httpx.Response``.

    Example::

        beta = client.sessions.create(model="gpt-realtime")
        beta.client_secret.value  # 'ek_...'
    """

    __slots__ = ("client_secret", "session")

    def __init__(
        self,
        *,
        session: SessionT,
        client_secret: ClientSecret[SessionT, SessionT] | None,
        response: httpx.Response,
    ) -> None:
        self.session: SessionT = session
        self.client_secret: ClientSecret[SessionT, SessionT] | None = client_secret
        self.response = response

    @property
    def parsed(self) -> SessionT:
        """The generated response model (same as ``session``)."""
        return self.session

    def to_dict(self) -> dict[str, Any]:
        """The whole response as the API sent it (``session.to_dict()``, its
        ``client_secret`` included, so log the wrapper, not this), as
        :meth:`ClientSecret.to_dict`.

        Example::

            client.sessions.create(model="gpt-realtime").to_dict()["model"]  # 'gpt-realtime'
        """
        return _wire_dict(self.session)

    def __repr__(self) -> str:
        session_id: Any = getattr(self.session, "id", None)
        shown = session_id if isinstance(session_id, str) else None
        return (
            f"BetaSession(id={shown!r}, session=<{type(self.session).__name__}>, "
            f"client_secret={self.client_secret!r})"
        )


class CallAnswer(Answered):
    """The SDP answer to a WebRTC offer and the id of the call it created.

    Example::

        answer = client.calls.create(sdp=offer)
        answer.call_id  # 'rtc_...' (from the Location header)
        answer.sdp      # 'v=0\\r\\n...' to pass to setRemoteDescription
    """

    __slots__ = ("call_id", "sdp")

    def __init__(self, *, sdp: str, call_id: str, response: httpx.Response) -> None:
        self.sdp: str = sdp
        self.call_id: str = call_id
        self.response = response

    def __repr__(self) -> str:
        return f"CallAnswer(call_id={self.call_id!r}, sdp=<{len(self.sdp)} chars>)"


class CallAction(Answered):
    """The API's acknowledgement of accept, hangup, refer or reject (no body).

    Example::

        done = client.calls.hangup("rtc_123")
        done.status_code  # 200
    """

    __slots__ = ("action", "call_id")

    def __init__(self, *, call_id: str, action: str, response: httpx.Response) -> None:
        self.call_id: str = call_id
        self.action: str = action
        self.response = response

    @property
    def status_code(self) -> int:
        """The HTTP status (200 on success)."""
        return self.response.status_code

    @property
    def already_done(self) -> bool:
        """True when the call was already in the state asked for: accepted before (by this
        app, a repeated delivery or a retry whose answer was lost), or ended before a hangup
        or reject (the response is then the API's 4xx answer, logged, not raised).

        Example::

            if client.calls.hangup("rtc_123").already_done: ...
        """
        return self.response.status_code >= 400

    @property
    def outcome(self) -> CallOutcome:
        """``"done"``, ``"already_accepted"`` or ``"already_ended"`` (see :data:`CallOutcome`).

        Example::

            client.calls.accept("rtc_123", session=session).outcome  # 'done'
        """
        if not self.already_done:
            return "done"
        return "already_accepted" if self.action == "accept" else "already_ended"

    _ID = "call_id"  # what the subject's id is called in the repr

    def __repr__(self) -> str:
        done = f", already_done=True, outcome={self.outcome!r}" if self.already_done else ""
        return (
            f"{type(self).__name__}({self._ID}={self.call_id!r}, action={self.action!r}, "
            f"status_code={self.status_code}{done})"
        )
