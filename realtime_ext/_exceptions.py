"""Every exception realtime_ext raises, in one module; all are exported from ``realtime_ext``.

Names follow the official ``openai`` package (``APIStatusError``, ``RateLimitError``...) and
``websockets`` (``ConnectionClosed``) so ``except`` clauses carry over. Messages are meant to be
printed as they are; no exception here ever holds an API key, an ephemeral key or a webhook
secret in its text. The tree (``(also ...)`` names the extra built-in bases)::

    OpenAIError
    ├── RealtimeServerError             an ``error`` event from the Realtime server
    ├── InvalidArgumentError            (also ValueError) bad input, caught before the wire
    │   ├── MissingAPIKeyError
    │   ├── InvalidEventError
    │   └── WebhookConfigError          no or unusable webhook secret: the server's fault
    ├── APIError
    │   ├── APIConnectionError
    │   │   ├── APITimeoutError
    │   │   ├── ConnectionClosed        a live connection ended (any close code)
    │   │   │   ├── SessionClosedError  the server ended a GPT-Live session (``content``)
    │   │   │   └── UndeliveredError    close() left sends unsent or never confirmed
    │   │   └── ReconnectError
    │   ├── APIResponseValidationError
    │   └── APIStatusError
    │       ├── BadRequestError             400
    │       ├── AuthenticationError         401
    │       ├── PermissionDeniedError       403
    │       ├── NotFoundError               404
    │       ├── ConflictError               409
    │       ├── UnprocessableEntityError    422
    │       ├── RateLimitError              429
    │       └── InternalServerError         5xx
    ├── MessageTooLargeError
    ├── ResponseLostError
    ├── SendQueueFullError
    ├── ConcurrentReceiveError          (also RuntimeError) two receivers on one connection
    ├── EventDecodeError                (also ValueError)
    ├── SDPError                        (also ValueError)
    ├── SessionConfigError              (also ValueError, TypeError)
    ├── ToolDefinitionError             (also TypeError)
    ├── ToolArgumentsError              (also ValueError)
    ├── ToolEventError                  (also ValueError)
    ├── WebhookError                    (also ValueError)
    │   ├── InvalidWebhookSignatureError
    │   │   ├── MissingWebhookHeaderError
    │   │   └── WebhookTimestampError
    │   │       ├── WebhookTimestampTooOldError
    │   │       └── WebhookTimestampTooNewError
    │   └── InvalidWebhookPayloadError
    ├── RetryLater                      a webhook delivery to be answered 409, delivered again
    ├── WebRTCUnavailableError          (also ImportError) the ``webrtc`` extra is missing
    └── SoundDeviceUnavailableError     (also ImportError) the ``sounddevice`` extra is missing

    UserWarning
    └── ResponseValidationWarning       a success answer decoded leniently

``ConnectionClosed`` is an ``APIConnectionError``: one ``except APIConnectionError`` catches
every way a live connection can end without the app closing it (a close frame, a drop, a
keepalive timeout, a failed reconnect).

The test doubles' errors (``ScenarioError``, ``CassetteError``, ``RealtimeCassetteWarning``)
are ``OpenAIError``/``UserWarning`` subclasses of ``realtime_ext.testing``, not of the core.

One name per class: the aliases ``InvalidWebhookSignature``, ``InvalidWebhookSecretError``
and ``ConnectionClosedError`` are gone (see the changelog).

Example::

    from realtime_ext import APIStatusError, OpenAIError

    try:
        client.calls.hangup("rtc_123")
    except APIStatusError as exc:
        print(exc.status_code, exc.request_id)
    except OpenAIError as exc:
        print(exc)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal, cast

from ._redact import redact_value as _redact_value

if TYPE_CHECKING:
    # Annotations only: `import realtime_ext` (errors, sdp, webhooks, events) stays free of httpx.
    import httpx

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConcurrentReceiveError",
    "ConflictError",
    "ConnectionClosed",
    "EventDecodeError",
    "InternalServerError",
    "InvalidArgumentError",
    "InvalidEventError",
    "InvalidWebhookPayloadError",
    "InvalidWebhookSignatureError",
    "MessageTooLargeError",
    "MissingAPIKeyError",
    "MissingWebhookHeaderError",
    "NotFoundError",
    "OpenAIError",
    "PermissionDeniedError",
    "RateLimitError",
    "RealtimeServerError",
    "ReconnectError",
    "ResponseLostError",
    "ResponseLostEvent",
    "ResponseValidationWarning",
    "RetryLater",
    "SDPError",
    "SendQueueFullError",
    "SessionClosedError",
    "SessionConfigError",
    "SoundDeviceUnavailableError",
    "ToolArgumentsError",
    "ToolDefinitionError",
    "ToolEventError",
    "UnconfirmedSends",
    "UndeliveredError",
    "UnprocessableEntityError",
    "WebRTCUnavailableError",
    "WebhookConfigError",
    "WebhookError",
    "WebhookTimestampError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
]


class OpenAIError(Exception):
    """Base of every error raised by realtime_ext (``openai.OpenAIError``'s name, so an
    ``except`` clause carries over; ``realtime_ext.types.RealtimeError`` is openai's model of
    an ``error`` event's ``error`` object, not an exception).

    One redaction rule for everything an exception carries: its arguments (the message)
    and every attribute set on it (``body``, ``event``, ``param`` ...) pass through
    :func:`realtime_ext._redact.redact_value` as they are stored, so no key reaches
    ``str(exc)``, ``repr(exc)``, ``repr(exc.event)`` or a logged traceback, whichever
    subclass or call site made it.

    Example::

        try:
            client.calls.hangup("rtc_123")
        except OpenAIError as exc:
            print(exc)
    """

    def __init__(self, *args: object) -> None:
        super().__init__(*(_redact_value(arg) for arg in args))

    def __setattr__(self, name: str, value: object) -> None:
        super().__setattr__(name, _redact_value(value))

    def __reduce__(self) -> tuple[Any, ...]:
        # Pickled (a process pool, a task queue) and copied as its message and attributes,
        # and rebuilt without calling __init__: subclasses take their own arguments (a
        # status error its response, ConnectionClosed its code and reason), which the
        # default, cls(*args), cannot give back.
        return (_rebuilt, (type(self), self.args, dict(vars(self))))


def _rebuilt(
    cls: type[OpenAIError], args: tuple[object, ...], state: dict[str, Any]
) -> OpenAIError:
    """An :class:`OpenAIError` from :meth:`OpenAIError.__reduce__`'s parts (already redacted)."""
    exc = cls.__new__(cls)
    BaseException.__setattr__(exc, "args", args)
    exc.__dict__.update(state)
    return exc


class RealtimeServerError(OpenAIError):
    """The Realtime server answered with an ``error`` event (a refused or failed client event).

    Raised by a connection's ``recv``, iteration, ``run_until``, ``dispatch_events`` and the audio
    helpers unless an ``error`` handler is registered (``conn.on("error", ...)``).
    ``event_id`` is the id of the client event it answers (when the client sent one);
    ``event`` is the whole server event.

    Example::

        try:
            conn.run_until("response.done")
        except RealtimeServerError as exc:
            print(exc.type, exc.code, exc.param, exc.event_id)
    """

    def __init__(
        self,
        message: str,
        *,
        type: str | None = None,
        code: str | None = None,
        param: str | None = None,
        event_id: str | None = None,
        event: Any = None,
    ) -> None:
        details = ", ".join(
            f"{name}={value!r}"
            for name, value in (("type", type), ("code", code), ("param", param))
            if value is not None
        )
        super().__init__(f"{message} ({details})" if details else message)
        self.message = message
        self.type = type
        self.code = code
        self.param = param
        self.event_id = event_id
        self.event = event


class InvalidArgumentError(OpenAIError, ValueError):
    """A caller-supplied value is wrong; raised before anything goes on the wire.

    Example::

        client.calls.hangup("")  # InvalidArgumentError: call_id must not be empty
    """


class MissingAPIKeyError(InvalidArgumentError):
    """No API key was passed and ``OPENAI_API_KEY`` is not set.

    Example::

        RealtimeClient(api_key=None)  # MissingAPIKeyError when OPENAI_API_KEY is unset
    """


class APIError(OpenAIError):
    """A request to the API failed (on the network or with an error status)."""

    request: httpx.Request | None

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """The API could not be reached, or the connection dropped.

    Example::

        except APIConnectionError as exc:
            print("network trouble:", exc)
    """

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool)."""

    def __init__(
        self, message: str = "Request timed out.", *, request: httpx.Request | None = None
    ) -> None:
        super().__init__(message, request=request)


class APIResponseValidationError(APIError):
    """The API answered with a success status but a body or headers the SDK cannot use.

    Example::

        except APIResponseValidationError as exc:
            print(exc.status_code, exc)  # e.g. 201 "... no Location header ..."
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any = None) -> None:
        super().__init__(message)
        self.response = response  # stored redacted: its request's headers masked
        _request_of_response(self)  # the very request of the response stored (one object)
        self.status_code: int = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")

    def __str__(self) -> str:
        suffix = f" request_id={self.request_id}" if self.request_id else ""
        return f"{self.message} (HTTP {self.status_code}){suffix}"


class APIStatusError(APIError):
    """The API answered with an error status (4xx or 5xx).

    Carries the status code, the OpenAI error body fields and the ``x-request-id`` to quote
    to support.

    Example::

        except APIStatusError as exc:
            print(exc.status_code, exc.code, exc.request_id)
    """

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        body: Any = None,
    ) -> None:
        super().__init__(message)
        self.response = response  # stored redacted: its request's headers masked
        _request_of_response(self)  # the very request of the response stored (one object)
        self.status_code = response.status_code
        self.body = body
        self.request_id: str | None = response.headers.get("x-request-id")
        body_dict = cast("dict[str, Any]", body) if isinstance(body, dict) else {}
        found = body_dict.get("error")
        error = cast("dict[str, Any]", found) if isinstance(found, dict) else {}
        self.type: str | None = _str_or_none(error.get("type"))
        self.code: str | None = _str_or_none(error.get("code"))
        self.param: str | None = _str_or_none(error.get("param"))

    def __str__(self) -> str:
        parts = [f"Error code: {self.status_code} - {self.message}"]
        if self.type:
            parts.append(f"type={self.type}")
        if self.code:
            parts.append(f"code={self.code}")
        if self.param:
            parts.append(f"param={self.param}")
        if self.request_id:
            parts.append(f"request_id={self.request_id}")
        return " ".join(parts)


class BadRequestError(APIStatusError):
    """HTTP 400."""


class AuthenticationError(APIStatusError):
    """HTTP 401: the API key or ephemeral key is missing, wrong or expired."""


class PermissionDeniedError(APIStatusError):
    """HTTP 403."""


class NotFoundError(APIStatusError):
    """HTTP 404, e.g. an unknown or finished call id."""


class ConflictError(APIStatusError):
    """HTTP 409."""


class UnprocessableEntityError(APIStatusError):
    """HTTP 422."""


class RateLimitError(APIStatusError):
    """HTTP 429."""


class InternalServerError(APIStatusError):
    """HTTP 5xx."""


class ReconnectError(APIConnectionError):
    """The connection was lost and reconnecting failed, was stopped, or was not allowed.

    ``unsent`` holds the messages queued during the attempt that never went out, and
    ``unconfirmed`` the sends the lost connection never confirmed (see
    :class:`UnconfirmedSends`): nothing is dropped silently. ``__cause__`` is the last
    failure.

    Example::

        except ReconnectError as exc:
            print(exc.close_code, exc.attempts, len(exc.unsent), exc.unconfirmed.items)
    """

    def __init__(
        self,
        message: str,
        *,
        close_code: int,
        attempts: int,
        unsent: list[str],
        unconfirmed: UnconfirmedSends | None = None,
    ) -> None:
        super().__init__(message)
        self.close_code = close_code
        self.attempts = attempts
        self.unsent = unsent
        self.unconfirmed: UnconfirmedSends = (
            unconfirmed if unconfirmed is not None else UnconfirmedSends()
        )


class ConnectionClosed(APIConnectionError):
    """``recv``/``send`` on a connection that ended: a close frame from either side, a drop
    without one (code 1006), or a frozen peer caught by the keepalive (1011, ``"keepalive
    ping timeout"``).

    Named like ``websockets.exceptions.ConnectionClosed``, and an
    :class:`APIConnectionError`, so ``except APIConnectionError`` catches every way a
    connection can end. ``recv`` raises it for every close code, a normal one (1000)
    included; iteration (``for event in conn``, ``async for``) and ``dispatch_events``
    end quietly only when the app closed the connection or the server closed it normally
    (1000), and raise it otherwise. ``code`` and ``reason`` agree with the connection's
    ``close_code`` and ``close_reason``.

    ``unconfirmed`` lists the sends the server had not confirmed when the connection ended
    (:class:`UnconfirmedSends`; empty when nothing was pending, and on later calls).

    Example::

        except ConnectionClosed as exc:
            print(exc.code, exc.reason, exc.unconfirmed.items)
    """

    def __init__(
        self, code: int | None, reason: str, *, unconfirmed: UnconfirmedSends | None = None
    ) -> None:
        text = f"connection closed with code {code}" + (f": {reason}" if reason else "")
        super().__init__(text)
        self.code = code
        self.reason = reason
        self.unconfirmed: UnconfirmedSends = (
            unconfirmed if unconfirmed is not None else UnconfirmedSends()
        )


class SessionClosedError(ConnectionClosed):
    """A GPT-Live session the server ended for a reason that ends the conversation too
    (``session.closed`` with ``reason: "content"``): raised by the receive that meets the
    close (iteration and ``dispatch_events`` included: never an end as if it were over).
    ``closed_reason`` is the ``session.closed`` reason; ``code``/``reason`` the socket's
    close. The ``session.closed`` event itself was delivered before (``conn.closed``).

    Example::

        except SessionClosedError as exc:
            print("the session was ended:", exc.closed_reason)
    """

    def __init__(
        self,
        code: int | None,
        reason: str,
        *,
        closed_reason: str,
        unconfirmed: UnconfirmedSends | None = None,
    ) -> None:
        super().__init__(code, reason, unconfirmed=unconfirmed)
        self.closed_reason = closed_reason
        self.args: tuple[object, ...] = (
            f"the server ended the GPT-Live session ({closed_reason}); {self}",
        )


class UndeliveredError(ConnectionClosed):
    """``close()`` ended a connection on sends that never reached the server, or that it
    never confirmed: nothing a close leaves behind is dropped unreported. Raised by
    ``close()`` once the connection is closed (closing again is a no-op).

    ``unsent``: the messages queued while the conversation was reconnecting, never sent
    (their wire text, oldest first); ``unconfirmed``: what the lost connection, or a
    session that ended without its graceful end (GPT-Live's ``session.closed``), never
    confirmed (:class:`UnconfirmedSends`: items and GPT-Live's commentary, thinking and
    instructions appends among ``items``). A ``ConnectionClosed``, so ``except
    ConnectionClosed`` catches it; ``code``/``reason`` are the connection's close.

    Example::

        try:
            await conn.close()
        except UndeliveredError as exc:
            for text in exc.unsent:
                print("never sent:", text)
            for item in exc.unconfirmed.items:
                print("never confirmed:", item["type"])
    """

    def __init__(
        self,
        code: int | None,
        reason: str,
        *,
        unsent: tuple[str, ...] = (),
        unconfirmed: UnconfirmedSends | None = None,
    ) -> None:
        super().__init__(code, reason, unconfirmed=unconfirmed)
        self.unsent: tuple[str, ...] = tuple(unsent)
        parts: list[str] = []
        if self.unsent:
            parts.append(f"{len(self.unsent)} message(s) queued during a reconnect never sent")
        if self.unconfirmed:
            parts.append(str(self.unconfirmed))
        self.args: tuple[object, ...] = (
            f"closed with sends left behind: {'; '.join(parts)} (see .unsent, .unconfirmed)",
        )


# Beside the errors that carry it (ConnectionClosed.unconfirmed, ReconnectError.unconfirmed).
# Compared by value, so a pickled or copied error equals its original.
@dataclass(frozen=True)
class UnconfirmedSends:
    """What the app sent that the server had not confirmed when a connection was lost.

    ``items``: ``conversation.item.create`` events (as sent) with no
    ``conversation.item.added``/``created`` for them yet; ``responses``:
    ``response.create`` events no ``response.created`` answered; ``audio``: the base64
    audio of every ``input_audio_buffer.append`` since the last commit (the server's
    buffer died with its session), at most a bounded amount, the oldest left out counted in
    ``audio_dropped``. ``pcm`` joins the audio, decoded.

    Example:
        >>> lost = UnconfirmedSends(items=({"type": "conversation.item.create"},))
        >>> bool(lost), len(lost.items), lost.responses, lost.pcm
        (True, 1, (), b'')
        >>> str(lost)
        '1 item(s), 0 response.create and 0 audio append(s) never confirmed'

    """

    items: tuple[dict[str, Any], ...] = ()
    responses: tuple[dict[str, Any], ...] = ()
    audio: tuple[str, ...] = ()
    audio_dropped: int = 0

    def __bool__(self) -> bool:
        return bool(self.items or self.responses or self.audio or self.audio_dropped)

    def __str__(self) -> str:
        audio = len(self.audio) + self.audio_dropped
        return (
            f"{len(self.items)} item(s), {len(self.responses)} response.create and {audio} "
            "audio append(s) never confirmed"
        )

    @property
    def pcm(self) -> bytes:
        """The unconfirmed audio, decoded (send it again with ``conn.send_audio``)."""
        import base64

        return b"".join(base64.b64decode(chunk) for chunk in self.audio)


class MessageTooLargeError(OpenAIError):
    """A message is over the connection's ``max_size``.

    Outgoing: raised by ``send`` before anything is written (the connection stays usable).
    Incoming: the server sent a bigger message; the connection was closed with 1009.

    Example::

        conn.send({"type": "input_audio_buffer.append", "audio": huge})  # MessageTooLargeError
    """

    def __init__(self, message: str, *, size: int | None, max_size: int) -> None:
        super().__init__(message)
        self.size = size
        self.max_size = max_size


class ResponseLostError(OpenAIError):
    """A reconnect started a new server session while responses were still owed: they will
    never finish (no ``response.done`` is coming for them).

    Raised once, by the receive call (``recv``, iteration, ``run_until``, ``dispatch_events``,
    ``collect_audio``) that made the reconnect, unless a ``response.lost`` handler is
    registered: then that handler gets a :class:`ResponseLostEvent` instead and receiving
    goes on. Not raised when the app already asked again on the new connection (a
    ``response.create`` sent from ``on_reconnected``): that answer ends the wait. The
    connection is open (the new session is configured as the old one was); the conversation
    items of the old session are gone, so ask again with the context the new session needs.

    ``response_ids``: responses that had started (``response.created``) but not finished;
    ``requests``: ``response.create`` sent (by the app or the tool loop) that no response
    had answered yet; ``close_code``: why the old connection ended; ``unconfirmed``: the
    sends the old session never confirmed (:class:`UnconfirmedSends`: the user's messages
    and audio to send again with the new request).

    Example::

        try:
            done = conn.run_until("response.done")
        except ResponseLostError as exc:
            print("lost", exc.response_ids, exc.requests)
            conn.response.create()  # ask again on the new session
    """

    def __init__(
        self,
        *,
        response_ids: tuple[str, ...],
        requests: int,
        close_code: int,
        unconfirmed: UnconfirmedSends | None = None,
    ) -> None:
        what: list[str] = []
        if response_ids:
            what.append(f"{len(response_ids)} response(s) in progress ({', '.join(response_ids)})")
        if requests:
            what.append(f"{requests} response.create not yet answered")
        super().__init__(
            f"the connection was lost (code {close_code}) and the reconnect started a new "
            f"server session: {' and '.join(what)} will never finish; ask again"
        )
        self.response_ids = response_ids
        self.requests = requests
        self.close_code = close_code
        self.unconfirmed: UnconfirmedSends = (
            unconfirmed if unconfirmed is not None else UnconfirmedSends()
        )

    @property
    def event(self) -> ResponseLostEvent:
        """The same facts as the ``response.lost`` notification handlers get."""
        return ResponseLostEvent(self.response_ids, self.requests, self.close_code)


# Beside its error: ResponseLostError.event returns it (re-exported by realtime_ext.conversation).
@dataclass(frozen=True)
class ResponseLostEvent:
    """The ``response.lost`` notification (a client-side event, never on the wire): what a
    reconnect to a new server session lost. See :class:`ResponseLostError`.

    Example::

        @conn.on("response.lost")
        def ask_again(event: ResponseLostEvent) -> None:
            print("lost", event.response_ids)
    """

    response_ids: tuple[str, ...]
    requests: int
    close_code: int
    type: Literal["response.lost"] = "response.lost"

    @property
    def type_(self) -> str:
        """The event type, as generated events spell it."""
        return self.type


class SendQueueFullError(OpenAIError):
    """A send during a reconnect found the bounded queue full; the message was not queued."""


class ConcurrentReceiveError(OpenAIError, RuntimeError):
    """A receive (``recv``, iteration, ``run_until``, ``dispatch_events``...) was called while
    another coroutine or thread was already receiving on the same live session.

    Events arrive once, in order, to one reader: two readers would each miss the events the
    other took. Receive in one task and hand events on (an ``asyncio.Queue``), or register
    handlers and let one loop (``dispatch_events``) call them. Nothing was received by the
    refused call; the receive already running goes on.

    Example::

        try:
            await conn.recv()
        except ConcurrentReceiveError as exc:
            print(exc)  # another task is already receiving on this connection ...
    """

    def __init__(self, message: str = "") -> None:
        super().__init__(
            message
            or "another task or thread is already receiving on this connection: events go "
            "to one reader, so receive in one place (one `async for`, `recv`, `run_until` or "
            "`dispatch_events` at a time) and hand events on, e.g. through an asyncio.Queue, "
            "or register handlers (conn.on) and run one dispatch_events loop"
        )


class EventDecodeError(OpenAIError, ValueError):
    """A message is not a JSON object, so it cannot be an event at all.

    This is the only error decoding raises: an unknown ``type`` or a field shape the spec
    does not describe gives an :class:`~realtime_ext.events.UnknownEvent` instead.

    Example::

        parse_server_event("{not json")  # EventDecodeError: message is not valid JSON ...
    """


class InvalidEventError(InvalidArgumentError):
    """A client event handed to ``send`` or a typed send is not a usable event.

    Example::

        conn.send({"audio": "..."})  # InvalidEventError: client event has no 'type' ...
        conn.response.create(foo=1)  # InvalidEventError: response.create: unknown keyword 'foo'
    """


class SDPError(OpenAIError, ValueError):
    """A session description is malformed or unfit for a WebRTC call.

    ``line`` is the 1-based line number the problem was found on, when one
    applies; ``reason`` is the plain explanation without the line prefix.

    Example:
        >>> from realtime_ext.sdp import parse
        >>> try:
        ...     parse("hello")
        ... except SDPError as exc:
        ...     print(exc.line, exc.reason)
        1 the first line must be 'v=0' (got a line starting 'hello')
    """

    def __init__(self, reason: str, *, line: int | None = None) -> None:
        self.reason = reason
        self.line = line
        super().__init__(f"line {line}: {reason}" if line is not None else reason)


class SessionConfigError(OpenAIError, ValueError, TypeError):
    """A session keyword has the wrong type or an out-of-range value.

    It subclasses both ``ValueError`` and ``TypeError`` so callers can catch whichever
    matches their habit; ``keyword`` names the offending keyword (dotted for nested
    values, e.g. ``"turn_detection.threshold"``).

    Example:
        >>> from realtime_ext.session import realtime_session
        >>> try:
        ...     realtime_session(speed=3.0)
        ... except SessionConfigError as exc:
        ...     exc.keyword
        'speed'
    """

    def __init__(self, keyword: str, problem: str) -> None:
        self.keyword = keyword
        self.problem = problem
        super().__init__(f"{keyword}: {problem}")


class ToolDefinitionError(OpenAIError, TypeError):
    """A Python function cannot be described as a function tool.

    Example:
        >>> from realtime_ext.tools import function_tool
        >>> function_tool(lambda x: x)
        Traceback (most recent call last):
        ...
        realtime_ext.ToolDefinitionError: tool name '<lambda>' must match [A-Za-z0-9_-]{1,64}...
    """


class ToolArgumentsError(OpenAIError, ValueError):
    """The model's arguments do not match the function's type hints.

    ``argument`` is the dotted path of the offending argument (``""`` for the whole
    payload), ``problem`` the reason.

    Example:
        >>> from typing import Literal
        >>> from realtime_ext.tools import function_tool
        >>> @function_tool
        ... def get_weather(city: str, unit: Literal["c", "f"] = "c") -> str: ...
        >>> get_weather.decode_arguments('{"city": "Paris", "unit": "kelvin"}')
        Traceback (most recent call last):
        ...
        realtime_ext.ToolArgumentsError: argument 'unit': expected one of 'c', 'f', got 'kelvin'
    """

    def __init__(self, argument: str, problem: str) -> None:
        self.argument = argument
        self.problem = problem
        where = f"argument {argument!r}" if argument else "arguments"
        super().__init__(f"{where}: {problem}")


class ToolEventError(OpenAIError, ValueError):
    """An event given to ``ToolRegistry.handle`` is not a usable function call.

    Example:
        >>> from realtime_ext.tools import ToolRegistry
        >>> ToolRegistry().handle({"type": "session.created"})
        Traceback (most recent call last):
        ...
        realtime_ext.ToolEventError: expected a function call ..., got type 'session.created'
    """


class WebhookError(OpenAIError, ValueError):
    """Base of every webhook verification or parsing error; also a ``ValueError``.

    In the ``openai`` package a bad signature is a ``ValueError`` and a missing header
    raises ``ValueError``, so ``except ValueError`` clauses ported from it catch ours too.

    Example::

        try:
            event = unwrap(body, headers)
        except WebhookError as exc:
            print("rejected webhook:", exc)
    """


class InvalidWebhookSignatureError(WebhookError):
    """The webhook was not signed with the expected secret, or its signature headers are bad.

    Example::

        try:
            verify(body, headers, secret="whsec_...")
        except InvalidWebhookSignatureError as exc:
            return 400, str(exc)
    """


class MissingWebhookHeaderError(InvalidWebhookSignatureError):
    """A required ``webhook-*`` header is absent or empty; ``header`` names it.

    Example:
        >>> MissingWebhookHeaderError("webhook-id").header
        'webhook-id'
    """

    def __init__(self, header: str) -> None:
        self.header = header
        super().__init__(f"missing required webhook header {header!r}")


class WebhookTimestampError(InvalidWebhookSignatureError):
    """``webhook-timestamp`` is outside the tolerance window (a replay or a skewed clock).

    ``skew`` is ``now - timestamp`` in seconds: positive when the webhook is too old,
    negative when it is from the future. ``tolerance`` is the allowed window.

    Example:
        >>> WebhookTimestampTooOldError(skew=900, tolerance=300).skew
        900
    """

    def __init__(self, message: str, *, skew: int, tolerance: int) -> None:
        self.skew = skew
        self.tolerance = tolerance
        super().__init__(message)


class WebhookTimestampTooOldError(WebhookTimestampError):
    """The webhook is older than the tolerance allows (a replay, or a very late delivery).

    Example:
        >>> str(WebhookTimestampTooOldError(skew=900, tolerance=300))
        'webhook timestamp is too old: 900 s in the past, tolerance is 300 s'
    """

    def __init__(self, *, skew: int, tolerance: int) -> None:
        super().__init__(
            f"webhook timestamp is too old: {skew} s in the past, tolerance is {tolerance} s",
            skew=skew,
            tolerance=tolerance,
        )


class WebhookTimestampTooNewError(WebhookTimestampError):
    """The webhook is dated further in the future than the tolerance allows (clock skew).

    Example:
        >>> str(WebhookTimestampTooNewError(skew=-900, tolerance=300))
        'webhook timestamp is too new: 900 s in the future, tolerance is 300 s'
    """

    def __init__(self, *, skew: int, tolerance: int, hint: str = "") -> None:
        super().__init__(
            f"webhook timestamp is too new: {-skew} s in the future, tolerance is {tolerance} s"
            + hint,
            skew=skew,
            tolerance=tolerance,
        )


class WebhookConfigError(InvalidArgumentError):
    """This server's webhook secret is missing or unusable: a configuration problem.

    Not a :class:`WebhookError`, on purpose: those mean the *delivery* is bad (answer 400),
    this means the *server* is (answer 500, and OpenAI retries once it is fixed). The
    message names the expected form, ``whsec_`` followed by base64 as the dashboard shows
    it, and where the secret comes from, never the secret itself. Raised for no secret at
    all (no argument, no ``$OPENAI_WEBHOOK_SECRET``), an empty one, a ``whsec_`` secret that
    is not base64, and an API key passed as the secret.

    Example:
        >>> from realtime_ext import webhooks
        >>> headers = {"webhook-id": "m", "webhook-timestamp": "1", "webhook-signature": "v1,x"}
        >>> webhooks.verify("{}", headers, secret="whsec_not base64!")
        Traceback (most recent call last):
        ...
        realtime_ext.WebhookConfigError: webhook secret is not 'whsec_' followed by base64 (copy the endpoint's signing secret from the dashboard as it is shown)
    """  # noqa: E501


class InvalidWebhookPayloadError(WebhookError, ValueError):
    """The (verified) body is not the webhook event it should be: not JSON, no ``type``...

    ``field`` names the offending field (dotted, e.g. ``"data.call_id"``) when one applies.

    Example:
        >>> InvalidWebhookPayloadError("missing required field", field="data.call_id").field
        'data.call_id'
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{message}: {field}" if field else message)


class WebRTCUnavailableError(OpenAIError, ImportError):
    """WebRTC needs the optional ``aiortc`` package (the ``webrtc`` extra).

    Example::

        except WebRTCUnavailableError:
            print("run: pip install 'realtime-ext[webrtc]'")
    """


class SoundDeviceUnavailableError(OpenAIError, ImportError):
    """The microphone and speaker helpers need the optional ``sounddevice`` package."""


class ResponseValidationWarning(UserWarning):
    """A successful answer did not match the spec and was decoded leniently.

    The message names each mismatch (``session.id: missing required field``); the body as
    sent stays in ``result.response.json()``. Turn it into an error in tests with
    ``warnings.simplefilter("error", ResponseValidationWarning)``.
    """


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}


def status_error_class(status_code: int) -> type[APIStatusError]:
    """The exception class for an HTTP error status."""
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)


def _request_of_response(exc: APIStatusError | APIResponseValidationError) -> None:
    # Set from the stored (redacted) response, so ``exc.request is exc.response.request`` as
    # on httpx's objects; assigned here, not in the subclasses' __init__, where it would
    # redeclare the base class's attribute (an ambiguous override for type checkers).
    exc.request = exc.response.request if _has_request(exc.response) else None


def _has_request(response: httpx.Response) -> bool:
    try:
        response.request  # noqa: B018 - raises when the response was built without one
    except RuntimeError:
        return False
    return True


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


class RetryLater(OpenAIError):
    """Raise it from a webhook handler when the delivery cannot be handled now but can be
    later (the work it asks for is under way elsewhere): :func:`realtime_ext.asgi.webhook_endpoint`
    answers 409 with ``Retry-After``, so OpenAI delivers it again, and logs it without a
    traceback. ``realtime_ext.asgi.CallRunner.answer`` raises it for a call being accepted by
    another worker.

    Example::

        async def on_event(event: WebhookEvent) -> None:
            if await busy_elsewhere(event):
                raise RetryLater("the order is being updated by another worker")
    """


# Tracebacks and reprs name each class where users import it from (``realtime_ext.RateLimitError``,
# as ``openai`` does for its own), not this private module; pickling finds it there too.
for _exported in (globals()[name] for name in __all__):
    _exported.__module__ = "realtime_ext"
