"""WebRTC/SIP call records and the state changes the ``/realtime/calls`` routes apply."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._http import HttpError

# A call that is over (ended, rejected) is gone from the API: any action on it is answered as
# recorded from the real API (a hangup after a hangup: 404, "call_id_not_found").
GONE_STATES = frozenset({"ended", "rejected"})
GONE = (404, "No session found for the provided call_id", "call_id_not_found")
# action -> (states it is allowed from, resulting state)
_TRANSITIONS: dict[str, tuple[frozenset[str], str]] = {
    "accept": (frozenset({"created", "incoming"}), "accepted"),
    "reject": (frozenset({"created", "incoming"}), "rejected"),
    "refer": (frozenset({"incoming", "accepted"}), "referred"),
    "hangup": (frozenset({"created", "incoming", "accepted", "referred"}), "ended"),
}


@dataclass
class FakeCall:
    """One call the fake server knows, with every action applied to it.

    >>> call = FakeCall("rtc_1", "incoming")
    >>> call.apply("accept", {"type": "realtime"}); call.state
    'accepted'
    """

    id: str
    state: str
    offer: str | None = field(default=None, repr=False)
    session: dict[str, Any] | None = None
    actions: list[tuple[str, Any]] = field(default_factory=list[tuple[str, Any]])
    peer: Any = field(default=None, repr=False)
    """The WebRTC peer holding the call (a :class:`~realtime_ext.testing._webrtc.RealtimePeerCall`
    or a translation peer)."""

    def apply(self, action: str, body: Any) -> None:
        """Apply ``action``, or raise :class:`HttpError`: 404 ``call_id_not_found`` once the
        call is over, 400 ``invalid_call_state`` if a live call's state forbids it."""
        allowed, result = _TRANSITIONS[action]
        if self.state in GONE_STATES:
            status, message, code = GONE
            raise HttpError(status, message, code=code, param="")
        if self.state not in allowed:
            raise HttpError(
                400,
                f"Cannot {action} call '{self.id}' in state '{self.state}'.",
                code="invalid_call_state",
            )
        self.state = result
        self.actions.append((action, body))
        if action == "accept" and isinstance(body, dict):
            self.session = body
        if result in ("ended", "rejected") and self.peer is not None:
            self.peer.end()  # hangup ends the peer connection
