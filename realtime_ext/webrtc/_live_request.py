"""What a GPT-Live WebRTC call's create carries besides its offer: :class:`LiveCallRequest`,
made by ``connect_live`` of ``AsyncWebRTC(client)`` or ``WebRTC(client)`` from its arguments and
read by the call (:mod:`._live_async`, and its blocking twin :mod:`._live_sync`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from realtime_ext.conversation import DEFAULT_TOOL_TIMEOUT, LiveCarryMode, ToolHandler

from ._redial import CallReconnect

__all__ = ["LiveCallRequest"]


@dataclass(frozen=True)
class LiveCallRequest:
    """What a Live call's ``POST /live/sessions`` carries besides the offer: the session as
    ``client.live.create`` takes it (its keyword fields, or openai's ``session=``; checked
    there, before the offer is sent), what answers the session's delegations, and how the
    call goes on when its peer connection fails (``reconnect``, ``carry``)."""

    fields: Mapping[str, Any] = field(default_factory=dict[str, Any])
    session: Mapping[str, Any] | None = None
    extra_headers: Mapping[str, str] | None = None
    tools: ToolHandler | None = None
    tool_timeout: float | None = DEFAULT_TOOL_TIMEOUT
    reconnect: CallReconnect = field(default_factory=CallReconnect)
    carry: LiveCarryMode = "history"

    def started(self) -> dict[str, Any]:
        """The ``session.start`` this call's create amounts to (its session as posted):
        what the call's history and a restart start from, as on a socket."""
        if self.session is not None:
            session = dict(self.session)
        else:
            session = {name: value for name, value in self.fields.items() if value is not None}
        return {"type": "session.start", "session": session}
