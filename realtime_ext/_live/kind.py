"""GPT-Live's session kinds: its three sockets and a WebRTC call's data channel, each a
:class:`~realtime_ext.conversation.SessionKind` the one GPT-Live connection class is
configured by (``AsyncLiveConnection``/``LiveConnection``): :data:`LIVE` (the primary
socket), :data:`LIVE_SIDEBAND` (``/attach``) and :data:`LIVE_FORK` (``/fork``); a GPT-Live
WebRTC call's data channel is a fourth, :data:`LIVE_WEBRTC`.

Example:
    >>> LIVE.url_path(None)
    '/live/sessions'
    >>> LIVE_SIDEBAND.url_path("live_123")
    '/live/sessions/live_123/attach'
    >>> LIVE_FORK.start, LIVE_SIDEBAND.start
    ('session.start', None)
    >>> LIVE.name, LIVE.ended, sorted(LIVE.moving_reasons)
    ('GPT-Live', 'session.closed', ['connection_lost', 'expired'])
    >>> LIVE.start_event({"model": "gpt-live-1"})
    {'type': 'session.start', 'session': {'model': 'gpt-live-1'}}
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from realtime_ext._base.protocol import SessionKind
from realtime_ext.events import LiveSends, parse_live_server_event
from realtime_generated import event_types

__all__ = ["LIVE", "LIVE_FORK", "LIVE_SIDEBAND", "LIVE_WEBRTC"]

_LIVE_MOVING = frozenset({"expired", "connection_lost"})
_LIVE_ENDING = frozenset({"content"})

LIVE = SessionKind(
    name="GPT-Live",
    path="/live/sessions",
    decode=parse_live_server_event,
    client_events=event_types.LIVE_CLIENT_EVENTS,
    audio_in="session.input_audio.append",
    audio_out="session.output_audio.delta",
    start="session.start",
    started="session.started",
    end="session.close",
    ended="session.closed",
    move="restart",
    sends=LiveSends,
    moving_reasons=_LIVE_MOVING,
    ending_reasons=_LIVE_ENDING,
    words_out="session.output_transcript.delta",
    awaits_started=True,
    api="live",
)
"""GPT-Live's primary WebSocket: ``session.start`` first, then ``session.started``."""

LIVE_SIDEBAND = SessionKind(
    name="GPT-Live sideband",
    path="/live/sessions/{session_id}/attach",
    decode=parse_live_server_event,
    client_events=event_types.LIVE_CONNECT_CLIENT_EVENTS,
    audio_in=None,  # the call's media carries the audio; the sideband sees it reflected
    audio_out="session.output_audio.delta",
    start=None,
    started="session.started",  # replayed to every sideband that attaches
    # Leaving detaches: session.close would end the session for the caller too (send it
    # with conn.session.close() to hang up).
    end=None,
    ended=None,
    move="reconnect",  # attach again to the same running session
    sends=partial(LiveSends, client_events=event_types.LIVE_CONNECT_CLIENT_EVENTS),
    words_out="session.output_transcript.delta",
    awaits_started=True,
    api="live",
)
"""A trusted server's socket on a running GPT-Live session (WebRTC, SIP or WebSocket)."""

LIVE_FORK = SessionKind(
    name="GPT-Live fork",
    path="/live/sessions/{session_id}/fork",
    decode=parse_live_server_event,
    client_events=event_types.LIVE_FORK_CLIENT_EVENTS,
    audio_in="session.input_audio.append",
    audio_out="session.output_audio.delta",
    start="session.start",  # with overrides; {} inherits everything
    started="session.started",
    end="session.close",
    ended="session.closed",
    move="fork",
    sends=partial(LiveSends, client_events=event_types.LIVE_FORK_CLIENT_EVENTS),
    moving_reasons=_LIVE_MOVING,
    ending_reasons=_LIVE_ENDING,
    words_out="session.output_transcript.delta",
    awaits_started=True,
    api="live",
)
"""A stored GPT-Live session continued on a new WebSocket."""

LIVE_WEBRTC = replace(
    LIVE_SIDEBAND,  # a socket on a running session, taking what a channel takes...
    name="GPT-Live WebRTC",
    path="/live/sessions",  # the offer is POSTed there; the channel is the answer's peer's
    end="session.close",  # ...whose own session it is: closing it ends the session
    ended="session.closed",
    move="restart",  # a new session (forked when stored), on a new peer connection
    moving_reasons=_LIVE_MOVING,
    ending_reasons=_LIVE_ENDING,
)
"""A GPT-Live WebRTC call's ``oai-events`` data channel (``AsyncWebRTC(client).connect_live``): the
create started the session (``session.started`` comes first, unasked), RTP carries the
audio both ways; a move posts the new session's ``session.start`` as its create (or fork)."""
