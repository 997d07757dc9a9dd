"""``client.calls``: WebRTC call creation (SDP offer -> answer) and SIP call control.

The requests and answers, shared by ``AsyncCalls`` (:mod:`.calls_async`) and the blocking
``Calls`` written from it (``calls_sync``).

Example::

    answer = client.calls.create(sdp=offer, session=realtime_session(model="gpt-realtime"))
    client.calls.hangup(answer.call_id)
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import unquote, urlsplit

import httpx

from .._config import Omit, TimeoutTypes
from .._encode import json_bytes
from .._exceptions import APIResponseValidationError, InvalidArgumentError
from .._redact import get_logger
from .._results import CallAnswer
from .._retries import RetryPolicy
from .._transport import RequestArgs
from ..sdp import OFF_LOOP_SDP_LENGTH
from ..session.body import BodyInput, checked_session, session_json
from .shared import (
    Operation,
    Wire,
    json_wire,
    merge_body,
    path_segment,
    wire_args,
)

if TYPE_CHECKING:
    from realtime_generated.models import RealtimeCallReferRequest, RealtimeCallRejectRequest

    from ..sdp import SessionDescription

__all__ = [
    "ACTION_POLICIES",
    "RecentAccepts",
    "accept_body",
    "accept_wire",
    "already_in_state",
    "call_id_from_location",
    "checked_status_code",
    "checked_target_uri",
    "checked_wire_async",
    "checked_wire_sync",
    "create_wire",
    "hangup_wire",
    "offer_args",
    "offer_wire",
    "parse_answer",
    "refer_request",
    "refer_wire",
    "reject_request",
    "reject_wire",
]

SDP_TYPE = "application/sdp"
_REFER_SCHEMES = ("tel", "sip", "sips")
# What makes urlsplit or unquote change a path: escapes, a query, a fragment, tabs, breaks.
_URL_SPECIAL = re.compile(r"[%?#\t\r\n]")
# Ending twice ends nothing more; accepting or referring twice would act twice.
ACTION_POLICIES = {
    "accept": RetryPolicy.ONCE,
    "refer": RetryPolicy.ONCE,
    "hangup": RetryPolicy.ENDS,
    "reject": RetryPolicy.ENDS,
}
logger = get_logger("realtime_ext.calls")
# What the API answers an action on a call that is over: it no longer has it (recorded from
# the real API: a hangup after a hangup is a 404 "call_id_not_found"); "call_ended" says it
# outright. A live call whose state forbids the action is refused with "invalid_call_state",
# which names no state: only the action tells what it means.
_GONE_CODES = frozenset({"call_id_not_found", "call_ended"})
_STATE_CODE = "invalid_call_state"
REMEMBERED_ACCEPTS = 4096
"""Call ids a client remembers having accepted (the newest), to know a repeat for its own."""


class RecentAccepts:
    """The ids of the calls this client accepted, the newest ``limit`` of them.

    Example:
        >>> recent = RecentAccepts(limit=2)
        >>> for call_id in ("rtc_1", "rtc_2", "rtc_3"):
        ...     recent.add(call_id)
        >>> "rtc_1" in recent, "rtc_3" in recent
        (False, True)
    """

    __slots__ = ("_ids", "_limit")

    def __init__(self, *, limit: int = REMEMBERED_ACCEPTS) -> None:
        self._ids: OrderedDict[str, None] = OrderedDict()
        self._limit = limit

    def add(self, call_id: str) -> None:
        """Remember ``call_id`` (the oldest is forgotten past ``limit``)."""
        self._ids[call_id] = None
        self._ids.move_to_end(call_id)
        while len(self._ids) > self._limit:
            self._ids.popitem(last=False)

    def __contains__(self, call_id: object) -> bool:
        return call_id in self._ids


def _error_code(response: httpx.Response) -> object:
    """The ``error.code`` of an API error answer (None if absent)."""
    try:
        body: object = response.json()
    except ValueError:
        return None
    error: object = cast("dict[str, object]", body).get("error") if isinstance(body, dict) else None
    return cast("dict[str, object]", error).get("code") if isinstance(error, dict) else None


def already_in_state(action: str, response: httpx.Response, *, accepted_here: bool) -> bool:
    """Whether the API's error answer to ``action`` says the call is already where the
    action would take it, read from its status and ``error.code`` (never its wording):

    - ``hangup`` and ``reject``: ended, when the API no longer has the call (404
      ``call_id_not_found``, what it answers for a call that is over) or says
      ``call_ended``; for ``hangup`` also ``invalid_call_state``, since every live state
      can be hung up. A ``reject`` refused for its state may be of a live, accepted call:
      an error. Any other 404 (``not_found``: a wrong id) stays an error.
    - ``accept``: accepted, when refused for its state (``invalid_call_state``) and this
      client accepted the call; an accept of a call that is over is an error.

    Example:
        >>> ended = httpx.Response(404, json={"error": {"code": "call_id_not_found",
        ...     "message": "No session found for the provided call_id"}})
        >>> already_in_state("hangup", ended, accepted_here=False)
        True
        >>> already_in_state("accept", ended, accepted_here=True)
        False
    """
    if response.status_code not in (400, 404, 409, 410):
        return False
    code = _error_code(response)
    if action == "accept":
        return code == _STATE_CODE and response.status_code in (400, 409) and accepted_here
    if action in ("hangup", "reject"):
        return code in _GONE_CODES or (action == "hangup" and code == _STATE_CODE)
    return False


def offer_text(sdp: object) -> str:
    """The offer as sent: a str checked in one pass (no model), a SessionDescription
    validated (size first) and serialised; anything else refused."""
    # Imported here: the SDP package is only needed by this one method.
    from .. import sdp as sdp_module
    from ..sdp import check_offer

    if isinstance(sdp, sdp_module.SessionDescription):
        sdp_module.validate_offer(sdp)
        return sdp_module.serialise(sdp)
    if not isinstance(sdp, str):
        raise InvalidArgumentError(
            f"sdp must be the offer text (str) or a SessionDescription, got {type(sdp).__name__}"
        )
    # One pass over the text, no parsed model: the offer is only sent.
    check_offer(sdp)
    return sdp


def offer_args(
    wire: Wire,
    extra_headers: Mapping[str, str] | None,
    timeout: TimeoutTypes | Omit,
    max_retries: int | Omit,
) -> RequestArgs:
    """The keywords of ``transport.request(wire.method, wire.path, ...)`` for an SDP offer:
    the answer is SDP, and the POST is never repeated (a repeat could create a second call)."""
    return wire_args(
        wire, extra_headers, timeout, max_retries, accept=SDP_TYPE, policy=RetryPolicy.ONCE
    )


def offer_wire(operation: Operation, offer: bytes) -> Wire:
    """An SDP offer posted alone (``POST /realtime/calls`` without a session, or
    ``POST /realtime/translations/calls``): the generated operation's method, path and the
    Content-Type it gives an offer (the body type ``File``).

    Example::

        offer_wire(create_realtime_call, b"v=0...").content_type  # 'application/sdp'
    """
    from realtime_generated.types import File

    return Wire(operation.METHOD, operation.path(), offer, operation.BODY_CONTENT_TYPES[File])


def create_wire(sdp: str | SessionDescription, session: BodyInput | None) -> Wire:
    """``POST /realtime/calls`` as sent; the offer is validated, then the session.

    The generated operation (``create_realtime_call``) spells the method, the path and the
    offer's Content-Type. With a session the body is the generated
    ``RealtimeCallCreateRequest.encode_multipart`` of the offer and the session's compact
    JSON: the part names, their order and Content-Types are the generated model's (an
    ``application/sdp`` offer part, an ``application/json`` session part, as the spec's
    ``encoding`` declares). The session is checked once and encoded once (the JSON that is
    sent is the one it was checked by; a session seen before is not checked again), and no
    model is built for the body.

    Example::

        create_wire(offer, None)[1:]  # ('/realtime/calls', b'v=0...', 'application/sdp')
    """
    from realtime_generated.api.realtime import create_realtime_call as operation
    from realtime_generated.models import RealtimeCallCreateRequest

    offer = offer_text(sdp).encode("utf-8")
    if session is None:
        return offer_wire(operation, offer)
    # The GA session object requires "type"; a bare dict of settings means a realtime one.
    checked = session_json(session, ("realtime",), default_type="realtime")
    content, content_type = RealtimeCallCreateRequest.encode_multipart(sdp=offer, session=checked)
    return Wire(operation.METHOD, operation.path(), content, content_type)


def call_id_from_location(response: httpx.Response) -> str:
    """The call id in the ``Location`` header (absolute or relative URL).

    The id is the path segment after ``calls`` (``/v1/realtime/calls/rtc_123``), or the
    last segment when the URL has no ``calls`` segment.

    Example::

        call_id_from_location(httpx.Response(201, headers={"Location": "/v1/realtime/calls/rtc_1"}))
        # 'rtc_1'
    """
    location: str = response.headers.get("location", "").strip()
    if not location:
        raise APIResponseValidationError(
            "The API created the call but sent no Location header, so the call id is unknown",
            response=response,
        )
    if location[:1] == "/" and location[1:2] != "/" and _URL_SPECIAL.search(location) is None:
        # A plain absolute path (what the API sends): urlsplit and unquote would keep it as is.
        segments = [s for s in location.split("/") if s]
    else:
        segments = [unquote(s) for s in urlsplit(location).path.split("/") if s]
    if "calls" in segments:
        index = len(segments) - 1 - segments[::-1].index("calls")
        call_id = segments[index + 1] if index + 1 < len(segments) else ""
    else:
        call_id = segments[-1] if segments else ""
    if not call_id:
        raise APIResponseValidationError(
            f"The Location header {location[:200]!r} holds no call id", response=response
        )
    return call_id


def parse_answer(response: httpx.Response) -> CallAnswer:
    """The :class:`CallAnswer` of a 201 answer: SDP text and the call id from ``Location``."""
    call_id = call_id_from_location(response)
    answer = response.text
    if not answer or answer.isspace():  # what strip() leaves empty, without a copy
        raise APIResponseValidationError(
            "The API created the call but sent an empty SDP answer", response=response
        )
    return CallAnswer(sdp=answer, call_id=call_id, response=response)


def _call_id(call_id: object) -> str:
    path_segment("call_id", call_id)  # validation: a str, not empty, not "." or ".."
    return cast(str, call_id)


# Each call action is the generated operation's method, path (the call id escaped by its
# path()) and JSON Content-Type; realtime_ext checks the arguments (the session, the refer
# URI, the SIP status, then the call id) and encodes the body once.


def accept_wire(
    call_id: str, session: BodyInput | None, extra_body: Mapping[str, Any] | None
) -> Wire:
    """``POST /realtime/calls/{call_id}/accept`` as sent (see :func:`accept_body`).

    Example::

        accept_wire("rtc_1", {"model": "gpt-realtime"}, None).path
        # '/realtime/calls/rtc_1/accept'
    """
    from realtime_generated.api.realtime import accept_realtime_call as operation

    content = accept_body(session, extra_body)
    return json_wire(operation, operation.path(_call_id(call_id)), content)


def hangup_wire(call_id: str) -> Wire:
    """``POST /realtime/calls/{call_id}/hangup`` as sent: no body.

    Example::

        hangup_wire("rtc_1").path  # '/realtime/calls/rtc_1/hangup'
    """
    from realtime_generated.api.realtime import hangup_realtime_call as operation

    return json_wire(operation, operation.path(_call_id(call_id)), None)


def refer_wire(call_id: str, target_uri: object) -> Wire:
    """``POST /realtime/calls/{call_id}/refer`` as sent; the body's field names are the
    generated request model's.

    Example::

        refer_wire("rtc_1", "tel:+14155550123").content  # b'{"target_uri":"tel:+14155550123"}'
    """
    from realtime_generated.api.realtime import refer_realtime_call as operation

    content = json_bytes(refer_request(target_uri).to_dict())
    return json_wire(operation, operation.path(_call_id(call_id)), content)


def reject_wire(call_id: str, status_code: int | None) -> Wire:
    """``POST /realtime/calls/{call_id}/reject`` as sent; the body's field names are the
    generated request model's.

    Example::

        reject_wire("rtc_1", 486).content  # b'{"status_code":486}'
    """
    from realtime_generated.api.realtime import reject_realtime_call as operation

    content = json_bytes(reject_request(status_code).to_dict())
    return json_wire(operation, operation.path(_call_id(call_id)), content)


def refer_request(target_uri: object) -> RealtimeCallReferRequest:
    """The generated refer request; only ``tel:``, ``sip:`` and ``sips:`` URIs are accepted.

    Example::

        refer_request("tel:+14155550123").target_uri  # 'tel:+14155550123'
    """
    from realtime_generated.models import RealtimeCallReferRequest

    return RealtimeCallReferRequest(target_uri=checked_target_uri(target_uri))


def checked_target_uri(target_uri: object) -> str:
    """A refer target (Realtime calls and Live sessions alike): a ``tel:``, ``sip:`` or
    ``sips:`` URI that can be a SIP Refer-To header.

    Example:
        >>> checked_target_uri("sip:agent@example.com")
        'sip:agent@example.com'
    """
    if not isinstance(target_uri, str):
        raise InvalidArgumentError(f"target_uri must be a string, got {type(target_uri).__name__}")
    scheme, colon, rest = target_uri.partition(":")
    if not colon or scheme.lower() not in _REFER_SCHEMES or not rest:
        # Named by scheme only: the value itself is never echoed (it could be anything).
        got = f"a {scheme[:10]!r} URI" if colon else "a value without a URI scheme"
        if colon and not rest:
            got = f"an empty {scheme[:10]!r} URI"
        raise InvalidArgumentError(
            f"target_uri must be a tel:, sip: or sips: URI such as 'tel:+14155550123' or "
            f"'sip:agent@example.com', got {got}"
        )
    # It becomes a SIP Refer-To header: whitespace or control characters would break it.
    if any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in target_uri):
        raise InvalidArgumentError("target_uri must not contain whitespace or control characters")
    return target_uri


def reject_request(status_code: int | None) -> RealtimeCallRejectRequest:
    """The generated reject request; ``status_code`` is a SIP final status 400-699 (the
    server's default, 603, when None).

    Example::

        reject_request(486).status_code  # 486
    """
    from realtime_generated.models import RealtimeCallRejectRequest

    if status_code is None:
        return RealtimeCallRejectRequest()
    return RealtimeCallRejectRequest(status_code=checked_status_code(status_code))


def checked_status_code(status_code: object) -> int:
    """A SIP rejection status (Realtime calls and Live sessions alike): an int 400-699.

    Example:
        >>> checked_status_code(486)
        486
    """
    if isinstance(status_code, bool) or not isinstance(status_code, int):
        raise InvalidArgumentError(
            f"status_code must be an int SIP status 400-699, got {type(status_code).__name__}"
        )
    if not 400 <= status_code <= 699:
        raise InvalidArgumentError(
            f"status_code must be a SIP error status between 400 and 699, got {status_code}"
        )
    return status_code


def accept_body(session: BodyInput | None, extra_body: Mapping[str, Any] | None) -> bytes:
    """The accept request's JSON: the session that answers the call (``type`` defaults to
    realtime), checked and encoded once, with ``extra_body`` keys on top.

    Example:
        >>> accept_body({"model": "gpt-realtime"}, None)
        b'{"type":"realtime","model":"gpt-realtime"}'
    """
    if session is None:
        body: dict[str, Any] = {"type": "realtime"}
        checked = None
    else:
        body, checked = checked_session(session, ("realtime",), "realtime")
    merged = merge_body(body, extra_body)
    if merged is body and checked is not None:
        return checked  # the very bytes the session was checked by
    return json_bytes(merged)


async def checked_wire_async(sdp: str | SessionDescription, session: BodyInput | None) -> Wire:
    """:func:`create_wire` on the event loop: checking grows with the offer (tens of ms at
    the 256 KiB limit), so an offer over ``OFF_LOOP_SDP_LENGTH`` is checked on a worker
    thread and the event loop keeps serving everything else."""
    if isinstance(sdp, str) and len(sdp) > OFF_LOOP_SDP_LENGTH:
        import asyncio  # here: the blocking client's calls never load asyncio

        return await asyncio.to_thread(create_wire, sdp, session)
    return create_wire(sdp, session)


checked_wire_sync = create_wire
""":func:`create_wire` in blocking code: the caller's thread checks the offer."""
