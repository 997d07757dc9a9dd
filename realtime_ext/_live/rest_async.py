"""``AsyncLive``: ``client.live``, GPT-Live: its sockets (``connect``, ``sideband``,
``forks``: :class:`realtime_ext.connection.AsyncLiveSockets`), WebRTC session creation and
its sessions' SIP controls, fork and recording (``client.live.sessions``).

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
requests and answers are :mod:`.rest`'s.

Example::

    answer = await client.live.create(sdp=offer, model="gpt-live-1")
    await client.live.sessions.hangup(answer.session_id)
"""

# unasync: source

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from realtime_ext._config import OMIT, Omit, TimeoutTypes
from realtime_ext._resources.calls import RecentAccepts
from realtime_ext._resources.calls_async import act
from realtime_ext._resources.shared import wire_args
from realtime_ext._retries import RetryPolicy

from .delay import delegation_with_delay
from .rest import (
    ACTION_POLICIES,
    RECORDING_ACCEPT,
    LiveRecording,
    LiveSessionAction,
    LiveSessionAnswer,
    accept_wire,
    create_wire,
    download_wire,
    fork_wire,
    hangup_wire,
    offer_wire_async,
    parse_recording,
    parse_session_answer,
    refer_wire,
    reject_wire,
)
from .sockets_async import AsyncLiveSockets

if TYPE_CHECKING:
    from realtime_ext._resources.shared import Wire
    from realtime_ext._transport import AsyncHTTPTransport
    from realtime_ext.sdp import SessionDescription
    from realtime_ext.session.body import BodyInput

__all__ = ["AsyncLive", "AsyncLiveSessions"]


class AsyncLiveSessions:
    """A Live session's controls by its ``live_...`` id: ``accept``, ``reject``, ``refer``,
    ``hangup`` (SIP; hangup ends a WebRTC session too), ``fork`` and ``download_recording``
    (stored sessions). Names and arguments are openai's ``client.live.sessions``.

    Example::

        await client.live.sessions.accept(event.session_id, session={"model": "gpt-live-1"})
        await client.live.sessions.refer(event.session_id, target_uri="tel:+14155550123")
    """

    def __init__(self, transport: AsyncHTTPTransport) -> None:
        self._transport = transport
        # The sessions this client accepted: a repeated accept of one is reported as done.
        self._accepted = RecentAccepts()

    async def _action(
        self,
        session_id: str,
        action: str,
        wire: Wire,
        extra_headers: Mapping[str, str] | None,
        timeout: TimeoutTypes | Omit,
        max_retries: int | Omit,
    ) -> LiveSessionAction:
        args = wire_args(wire, extra_headers, timeout, max_retries, policy=ACTION_POLICIES[action])
        response = await act(self._transport, self._accepted, session_id, action, wire, args)
        return LiveSessionAction(call_id=session_id, action=action, response=response)

    async def accept(
        self,
        session_id: str,
        *,
        session: BodyInput,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAction:
        """Accept an incoming SIP call (``live.transport.incoming``) with the Live session
        that answers it (``type`` defaults to ``"live"``; ``model`` is required). Never
        repeated by a retry once it may have reached the server.

        Example::

            await client.live.sessions.accept(
                "live_123", session={"model": "gpt-live-1", "instructions": "Be brief."}
            )
        """
        wire = accept_wire(session_id, session, extra_body)
        return await self._action(session_id, "accept", wire, extra_headers, timeout, max_retries)

    async def reject(
        self,
        session_id: str,
        *,
        status_code: int,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAction:
        """Decline an incoming SIP call with a SIP status 400-699 (required by the Live API).

        Example::

            await client.live.sessions.reject("live_123", status_code=486)  # Busy Here
        """
        wire = reject_wire(session_id, status_code)
        return await self._action(session_id, "reject", wire, extra_headers, timeout, max_retries)

    async def refer(
        self,
        session_id: str,
        *,
        target_uri: str,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAction:
        """Transfer a SIP call to a ``tel:`` or ``sip:``/``sips:`` URI.

        Example::

            await client.live.sessions.refer("live_123", target_uri="tel:+14155550123")
        """
        wire = refer_wire(session_id, target_uri)
        return await self._action(session_id, "refer", wire, extra_headers, timeout, max_retries)

    async def hangup(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAction:
        """End a Live session (SIP or WebRTC). A retry that finds it already ended is
        reported as done.

        Example::

            await client.live.sessions.hangup("live_123")
        """
        wire = hangup_wire(session_id)
        return await self._action(session_id, "hangup", wire, extra_headers, timeout, max_retries)

    async def fork(
        self,
        session_id: str,
        *,
        sdp: str | SessionDescription | None = None,
        transport: Mapping[str, Any] | None = None,
        session: BodyInput | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAnswer:
        """Continue a stored session (``store=True``) on a new WebRTC connection: the offer
        as ``sdp=`` (or openai's ``transport={"type": "webrtc", "sdp": offer}``), overrides
        in ``session`` (``client``, ``delegation``, ``store``). Never repeated once sent.

        Example::

            forked = await client.live.sessions.fork("live_123", sdp=offer)
            forked.session_id, forked.sdp
        """
        wire = await offer_wire_async(fork_wire, sdp, transport, session_id, session, extra_body)
        args = wire_args(wire, extra_headers, timeout, max_retries, policy=RetryPolicy.ONCE)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse_session_answer(response)

    async def download_recording(
        self,
        session_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveRecording:
        """Download a stored session's recording.

        Example::

            recording = await client.live.sessions.download_recording("live_123")
            recording.write_to_file("call.wav")
        """
        wire = download_wire(session_id)
        args = wire_args(wire, extra_headers, timeout, max_retries, accept=RECORDING_ACCEPT)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse_recording(response)


class AsyncLive(AsyncLiveSockets):
    """GPT-Live (``/live/sessions``), openai's ``client.live``: the sockets
    (:meth:`connect`, ``sideband.connect``, ``forks.connect``), :meth:`create` a WebRTC
    session from a browser's offer, and ``sessions`` to control one by its ``live_...`` id.

    Example::

        answer = await client.live.create(sdp=offer, model="gpt-live-1")
        await client.live.sessions.hangup(answer.session_id)
    """

    def __init__(
        self,
        transport: AsyncHTTPTransport,
        settings: Callable[[Mapping[str, str] | None, Mapping[str, Any]], dict[str, Any]],
    ) -> None:
        super().__init__(settings)
        self._transport = transport
        self.sessions: AsyncLiveSessions = AsyncLiveSessions(transport)
        """``client.live.sessions``: accept, reject, refer, hangup, fork, download_recording."""

    async def create(
        self,
        *,
        sdp: str | SessionDescription | None = None,
        model: str | None = None,
        instructions: str | None = None,
        audio: Mapping[str, Any] | None = None,
        delegation: Mapping[str, Any] | None = None,
        input: list[Mapping[str, Any]] | None = None,  # openai's name
        client: Mapping[str, Any] | None = None,
        store: bool | None = None,
        safety_identifier: str | None = None,
        triggers: list[Mapping[str, Any]] | None = None,
        idle_timeout_s: int | None = None,
        wake_policy: Mapping[str, Any] | None = None,
        acknowledgement_delay_ms: int | None = None,
        session: BodyInput | None = None,
        transport: Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> LiveSessionAnswer:
        """Create a GPT-Live WebRTC session from a browser's SDP offer; get its ``live_...``
        id and the SDP answer. Never repeated once sent (a repeat would make a second
        session).

        The session is the keyword arguments (``model`` is required), or openai's
        ``session={...}``; the offer is ``sdp=`` or openai's ``transport={"type": "webrtc",
        "sdp": offer}``. Both are checked before anything is sent: the offer as for
        ``client.calls.create``, the session against the API's schema (an unknown or
        misspelt field, a wrong type, ``audio.format``, which WebRTC negotiates, are each an
        error naming the field). ``acknowledgement_delay_ms`` goes in ``delegation`` (as
        ``client.live.connect``'s); ``idle_timeout_s`` and ``wake_policy`` are WebRTC's
        standby.

        Example::

            answer = await client.live.create(
                sdp=offer, model="gpt-live-1", instructions="You are a helpful assistant."
            )
            answer.session_id, answer.sdp
        """
        fields = {
            "model": model,
            "instructions": instructions,
            "audio": audio,
            "delegation": delegation_with_delay(delegation, acknowledgement_delay_ms),
            "input": input,
            "client": client,
            "store": store,
            "safety_identifier": safety_identifier,
            "triggers": triggers,
            "idle_timeout_s": idle_timeout_s,
            "wake_policy": wake_policy,
        }
        wire = await offer_wire_async(create_wire, sdp, transport, session, fields, extra_body)
        args = wire_args(wire, extra_headers, timeout, max_retries, policy=RetryPolicy.ONCE)
        response = await self._transport.request(wire.method, wire.path, **args)
        return parse_session_answer(response)
