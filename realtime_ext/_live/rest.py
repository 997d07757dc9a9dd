"""``client.live``: GPT-Live's REST operations, the requests and answers.

Shared by ``AsyncLive`` (:mod:`.rest_async`) and the blocking ``Live`` written from it
(``rest_sync``). GPT-Live is a second API beside the Realtime API (``/live/sessions``): a
WebRTC session is created with JSON (the offer inside, the ``live_...`` id and the answer
out), and a SIP session is accepted, referred, rejected and hung up by its ``live_...`` id.
Each request is the generated operation's method and path (``realtime_generated.api.live``),
its body checked by the one validator against the generated Live models (as strictly as the
server, which rejects unknown fields) and encoded once; the offer is checked as for
``client.calls.create``. Retries follow the calls' policies: an offer, a fork, an accept and
a refer are never repeated once they may have reached the server.

Example::

    answer = client.live.create(sdp=offer, model="gpt-live-1", instructions="Be brief.")
    client.live.sessions.hangup(answer.session_id)
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

import httpx

from realtime_ext._encode import json_bytes, json_with
from realtime_ext._exceptions import InvalidArgumentError, SessionConfigError
from realtime_ext._resources.calls import checked_status_code, checked_target_uri, offer_text
from realtime_ext._resources.shared import (
    Wire,
    decode_json,
    json_wire,
    merge_body,
    path_segment,
)
from realtime_ext._results import Answered, CallAction
from realtime_ext._retries import RetryPolicy
from realtime_ext.sdp import OFF_LOOP_SDP_LENGTH
from realtime_ext.session.body import BodyInput, as_body, checked_session

if TYPE_CHECKING:
    from realtime_ext.sdp import SessionDescription
    from realtime_generated.models import (
        LiveCreateResponse,
        LiveCreateResponseSession,
        LiveCreateResponseTransport,
    )

__all__ = [
    "ACTION_POLICIES",
    "LiveRecording",
    "LiveSessionAction",
    "LiveSessionAnswer",
    "accept_wire",
    "checked_create_session",
    "create_wire",
    "download_wire",
    "fork_wire",
    "hangup_wire",
    "offer_wire_async",
    "offer_wire_sync",
    "parse_recording",
    "parse_session_answer",
    "refer_wire",
    "reject_wire",
    "session_id_of",
]

# As for Realtime calls: accepting or referring twice would act twice; ending twice ends
# nothing more. Creating and forking make a session: never repeated once sent.
ACTION_POLICIES = {
    "accept": RetryPolicy.ONCE,
    "refer": RetryPolicy.ONCE,
    "hangup": RetryPolicy.ENDS,
    "reject": RetryPolicy.ENDS,
}
RECORDING_ACCEPT = "*/*"
"""What ``download_recording`` accepts: the stored recording's own media type."""


def session_id_of(session_id: object) -> str:
    """A Live session id checked as a path parameter: a str, not empty, not ``.`` or
    ``..`` (the generated operation's ``path()`` escapes it).

    Example:
        >>> session_id_of("live_u0_abc")
        'live_u0_abc'
    """
    path_segment("session_id", session_id)  # validation only: path() escapes
    return cast(str, session_id)


def _offer(sdp: object, transport: object) -> str:
    """The offer text from ``sdp=`` (the SDK's form) or ``transport=`` (openai's
    ``{"type": "webrtc", "sdp": ...}``): exactly one of them, checked as for calls."""
    if transport is None:
        if sdp is None:
            raise InvalidArgumentError(
                "sdp is required: the browser's SDP offer (or openai's "
                "transport={'type': 'webrtc', 'sdp': offer})"
            )
        return offer_text(sdp)
    if sdp is not None:
        raise InvalidArgumentError("pass the offer once: sdp=... or transport=..., not both")
    if not isinstance(transport, Mapping):
        raise InvalidArgumentError(
            "transport must be a dict such as {'type': 'webrtc', 'sdp': offer}, "
            f"got {type(transport).__name__}"
        )
    fields = cast("Mapping[object, object]", transport)
    unknown = sorted(str(key)[:40] for key in fields if key not in ("type", "sdp"))
    if unknown:
        raise InvalidArgumentError(
            f"transport.{unknown[0]}: unknown field (a WebRTC transport takes type and sdp)"
        )
    if fields.get("type") != "webrtc":
        raise InvalidArgumentError("transport.type must be 'webrtc'")
    return offer_text(fields.get("sdp"))


def _session(
    session: BodyInput | None, fields: Mapping[str, object], model: type[Any]
) -> bytes | None:
    """The session's JSON, checked once against ``model``: ``session=`` (openai's form, a
    dict or a generated model) or the keyword arguments (the SDK's; None: not given), never
    both."""
    given = {name: value for name, value in fields.items() if value is not None}
    if session is not None and given:
        raise InvalidArgumentError(
            f"pass the session once: session=... or keyword arguments "
            f"({', '.join(sorted(given))}), not both"
        )
    if session is None and not given:
        return None
    body = as_body(session, "session") if session is not None else given
    return checked_session(body, (), None, model=model)[1]


def checked_create_session(session: object) -> None:
    """``session=`` of ``client.live.create`` checked as that call checks it (``model`` is
    required): :class:`~realtime_ext.SessionConfigError` or
    :class:`~realtime_ext.InvalidArgumentError` naming the field, nothing sent. For a server
    that creates sessions from one fixed session (``live_offer_endpoint``) to fail at startup.

    Example::

        checked_create_session({"model": "gpt-live-1", "instructions": "Be brief."})
    """
    from realtime_generated.models import LiveMediaSessionConfig

    _session(as_body(session, "session"), {}, LiveMediaSessionConfig)


def _with_session(
    base: dict[str, Any], session: bytes | None, extra: Mapping[str, Any] | None
) -> bytes:
    """The JSON body: ``base``, the checked session's bytes spliced in as they are, and
    ``extra_body`` keys on top (an ``extra_body`` ``session`` replaces the checked one)."""
    rest = merge_body(base, extra)
    if session is None or "session" in rest:
        return json_bytes(rest)
    return json_with(rest, "session", session)


def create_wire(
    sdp: str | SessionDescription | None,
    transport: Mapping[str, Any] | None,
    session: BodyInput | None,
    fields: Mapping[str, object],
    extra_body: Mapping[str, Any] | None,
) -> Wire:
    """``POST /live/sessions`` as sent: ``{"session": ..., "transport": {"type": "webrtc",
    "sdp": offer}}``; the offer is checked, then the session (``model`` is required).

    Example::

        create_wire(offer, None, None, {"model": "gpt-live-1"}, None).path  # '/live/sessions'
    """
    from realtime_generated.api.live import create_live_session as operation
    from realtime_generated.models import LiveMediaSessionConfig

    offer = _offer(sdp, transport)
    checked = _session(session, fields, LiveMediaSessionConfig)
    if checked is None and not (extra_body and "session" in extra_body):
        raise InvalidArgumentError(
            "model is required: client.live.create(sdp=offer, model='gpt-live-1', ...)"
        )
    content = _with_session({"transport": {"type": "webrtc", "sdp": offer}}, checked, extra_body)
    return json_wire(operation, operation.path(), content)


def fork_wire(
    sdp: str | SessionDescription | None,
    transport: Mapping[str, Any] | None,
    session_id: str,
    session: BodyInput | None,
    extra_body: Mapping[str, Any] | None,
) -> Wire:
    """``POST /live/sessions/{session_id}/fork`` as sent: a stored session continued on a
    new WebRTC connection; ``session`` holds the overrides (``client``, ``delegation``,
    ``store``), checked against the generated ``LiveMediaSessionForkConfig``.

    Example::

        fork_wire(offer, None, "live_1", None, None).path  # '/live/sessions/live_1/fork'
    """
    from realtime_generated.api.live import fork_live_session as operation
    from realtime_generated.models import LiveMediaSessionForkConfig

    path = operation.path(session_id_of(session_id))
    offer = _offer(sdp, transport)
    checked = _session(session, {}, LiveMediaSessionForkConfig)
    content = _with_session({"transport": {"type": "webrtc", "sdp": offer}}, checked, extra_body)
    return json_wire(operation, path, content)


async def offer_wire_async(
    build: Callable[..., Wire], sdp: object, transport: object, *rest: object
) -> Wire:
    """``build(sdp, transport, *rest)`` (:func:`create_wire`, :func:`fork_wire`) on the
    event loop; a long offer is checked on a worker thread, as ``client.calls.create`` does.
    """
    if _long(sdp, transport):
        import asyncio  # here: the blocking client never loads asyncio

        return await asyncio.to_thread(build, sdp, transport, *rest)
    return build(sdp, transport, *rest)


def offer_wire_sync(
    build: Callable[..., Wire], sdp: object, transport: object, *rest: object
) -> Wire:
    """``build(sdp, transport, *rest)`` in blocking code: the caller's thread checks the offer."""
    return build(sdp, transport, *rest)


def _long(sdp: object, transport: object) -> bool:
    if isinstance(transport, Mapping):
        sdp = cast("Mapping[str, object]", transport).get("sdp")
    return isinstance(sdp, str) and len(sdp) > OFF_LOOP_SDP_LENGTH


def accept_wire(
    session_id: str, session: BodyInput | None, extra_body: Mapping[str, Any] | None
) -> Wire:
    """``POST /live/sessions/{session_id}/accept`` as sent: ``{"session": {"type": "live",
    ...}}`` (``type`` defaults to live; ``model`` is required), checked against the generated
    ``LiveSessionAcceptParamsSession``.

    Example::

        accept_wire("live_1", {"model": "gpt-live-1"}, None).content
        # b'{"session":{"type":"live","model":"gpt-live-1"}}'
    """
    from realtime_generated.api.live import accept_live_session as operation
    from realtime_generated.models import LiveSessionAcceptParamsSession

    path = operation.path(session_id_of(session_id))
    if session is None:
        raise InvalidArgumentError(
            "session is required: the Live session that answers the call, such as "
            "{'model': 'gpt-live-1', 'instructions': '...'}"
        )
    body = as_body(session, "session")
    if "type" not in body:
        body = {"type": "live", **body}
    elif body["type"] != "live":
        # A Realtime session sent here by mistake: said plainly (the model names only enums).
        raise SessionConfigError(
            "session.type", "must be 'live' (a Realtime call is accepted by client.calls.accept)"
        )
    checked = checked_session(body, (), None, model=LiveSessionAcceptParamsSession)[1]
    return json_wire(operation, path, _with_session({}, checked, extra_body))


def hangup_wire(session_id: str) -> Wire:
    """``POST /live/sessions/{session_id}/hangup`` as sent: no body.

    Example::

        hangup_wire("live_1").path  # '/live/sessions/live_1/hangup'
    """
    from realtime_generated.api.live import hangup_live_session as operation

    return json_wire(operation, operation.path(session_id_of(session_id)), None)


def refer_wire(session_id: str, target_uri: object) -> Wire:
    """``POST /live/sessions/{session_id}/refer`` as sent (a ``tel:``/``sip:``/``sips:`` URI).

    Example::

        refer_wire("live_1", "tel:+14155550123").content  # b'{"target_uri":"tel:+14155550123"}'
    """
    from realtime_generated.api.live import refer_live_session as operation
    from realtime_generated.models import LiveSessionReferParams

    path = operation.path(session_id_of(session_id))
    body = LiveSessionReferParams(target_uri=checked_target_uri(target_uri))
    return json_wire(operation, path, json_bytes(body.to_dict()))


def reject_wire(session_id: str, status_code: object) -> Wire:
    """``POST /live/sessions/{session_id}/reject`` as sent (the SIP status is required here,
    as the Live API requires it).

    Example::

        reject_wire("live_1", 486).content  # b'{"status_code":486}'
    """
    from realtime_generated.api.live import reject_live_session as operation
    from realtime_generated.models import LiveSessionRejectParams

    path = operation.path(session_id_of(session_id))
    body = LiveSessionRejectParams(status_code=checked_status_code(status_code))
    return json_wire(operation, path, json_bytes(body.to_dict()))


def download_wire(session_id: str) -> Wire:
    """``GET /live/sessions/{session_id}/content`` as sent: no body.

    Example::

        download_wire("live_1").path  # '/live/sessions/live_1/content'
    """
    from realtime_generated.api.live import download_live_session_recording as operation

    return Wire(operation.METHOD, operation.path(session_id_of(session_id)), None, None)


def _answer_id(data: dict[str, Any]) -> str | None:
    session: object = data.get("session")
    found = cast("dict[str, object]", session).get("id") if isinstance(session, dict) else None
    if isinstance(found, str) and found:
        return None
    return "field 'session.id' (the live_... session id) is missing or not a string"


def _answer_sdp(data: dict[str, Any]) -> str | None:
    transport: object = data.get("transport")
    found = cast("dict[str, object]", transport).get("sdp") if isinstance(transport, dict) else None
    if isinstance(found, str) and found.strip():
        return None
    return "field 'transport.sdp' (the SDP answer) is missing or empty"


def parse_session_answer(response: httpx.Response) -> LiveSessionAnswer:
    """The :class:`LiveSessionAnswer` of a create or fork answer (JSON: the ``live_...`` id
    and the SDP answer), decoded once, tolerantly (unknown fields kept).

    Example::

        parse_session_answer(response).session_id  # 'live_u0_...'
    """
    from realtime_generated.models import LiveCreateResponse

    parsed: LiveCreateResponse = decode_json(
        response, LiveCreateResponse.from_dict, (_answer_id, _answer_sdp)
    )
    return LiveSessionAnswer(parsed=parsed, response=response)


def parse_recording(response: httpx.Response) -> LiveRecording:
    """The stored recording in a ``GET .../content`` answer."""
    return LiveRecording(response=response)


# -- the answers: what client.live's operations return ------------------------------------
class LiveSessionAnswer(Answered):
    """A GPT-Live WebRTC session created (``client.live.create``) or forked
    (``client.live.sessions.fork``): its ``live_...`` id and the SDP answer.

    ``session`` and ``transport`` are openai's names (the generated models, unknown fields
    kept); ``session_id`` and ``sdp`` read the same values directly.

    Example::

        answer = client.live.create(sdp=offer, model="gpt-live-1")
        answer.session_id  # 'live_u0_...': keep it unchanged, prefix included
        answer.sdp         # 'v=0\\r\\n...' to pass to setRemoteDescription
    """

    __slots__ = ("parsed",)

    def __init__(self, *, parsed: LiveCreateResponse, response: httpx.Response) -> None:
        self.parsed: LiveCreateResponse = parsed
        self.response = response

    @property
    def session_id(self) -> str:
        """The ``live_...`` id, for the sideband and ``client.live.sessions``."""
        return self.parsed.session.id

    @property
    def sdp(self) -> str:
        """The SDP answer."""
        return self.parsed.transport.sdp

    @property
    def session(self) -> LiveCreateResponseSession:
        """openai's ``.session`` (the generated ``LiveCreateResponseSession``: ``.id``)."""
        return self.parsed.session

    @property
    def transport(self) -> LiveCreateResponseTransport:
        """openai's ``.transport`` (the generated ``LiveCreateResponseTransport``: ``.sdp``)."""
        return self.parsed.transport

    def __repr__(self) -> str:
        return f"LiveSessionAnswer(session_id={self.session_id!r}, sdp=<{len(self.sdp)} chars>)"


class LiveSessionAction(CallAction):
    """The API's acknowledgement of a Live session's accept, hangup, refer or reject (no
    body); :attr:`already_done` and :attr:`outcome` as for :class:`CallAction`.

    Example::

        done = client.live.sessions.hangup("live_123")
        done.session_id, done.status_code  # ('live_123', 200)
    """

    __slots__ = ()
    _ID = "session_id"

    @property
    def session_id(self) -> str:
        """The ``live_...`` id the action was for."""
        return self.call_id


class LiveRecording(Answered):
    """A stored Live session's recording (``client.live.sessions.download_recording``).

    Example::

        recording = client.live.sessions.download_recording("live_123")
        recording.write_to_file("call.wav")
    """

    __slots__ = ()

    def __init__(self, *, response: httpx.Response) -> None:
        self.response = response

    @property
    def content(self) -> bytes:
        """The recording's bytes."""
        return self.response.content

    @property
    def content_type(self) -> str | None:
        """The recording's media type, as the API sent it."""
        content_type: str | None = self.response.headers.get("content-type")
        return content_type

    def read(self) -> bytes:
        """The recording's bytes (openai's ``HttpxBinaryResponseContent.read``)."""
        return self.response.content

    def write_to_file(self, file: str | os.PathLike[str]) -> None:
        """Write the recording to ``file`` (openai's name)."""
        with open(file, "wb") as out:
            out.write(self.response.content)

    def __repr__(self) -> str:
        return f"LiveRecording(content_type={self.content_type!r}, bytes={len(self.content)})"
