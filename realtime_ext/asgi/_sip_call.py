"""The SIP call behind an incoming-call webhook, named the same by every announcement of it.

One phone call can be announced more than once under different webhook ids: by each API
that may answer it (``realtime.call.incoming`` with an ``rtc_…`` call id, GPT-Live's
``live.transport.incoming`` with a ``live_…`` session id: the first accept on either claims
the call), and by each webhook subscription that points at the app. The endpoint's
de-duplication is per webhook id, so it lets each announcement through; the call runner
claims the *call* under the key made here before it accepts, so one announcement accepts and
the others are acknowledged.
"""

from __future__ import annotations

import hashlib
from typing import Protocol

__all__ = ["SipCall", "sip_call_key"]


class SipCall(Protocol):
    """What an incoming-call event offers to name its SIP call (the webhook events do)."""

    def sip_header(self, name: str) -> str | None: ...


def sip_call_key(event: SipCall, api_id: str) -> str:
    """The store key of the SIP call ``event`` announces; ``api_id`` (the event's own call or
    session id) when its INVITE carries no ``Call-ID``.

    The key is made of the INVITE's ``Call-ID`` and ``From`` headers: every announcement of a
    call carries the same INVITE headers, whereas the ids the APIs give it differ (``rtc_…``,
    ``live_…``) and the webhook ids differ per announcement. ``Call-ID`` with the ``From``
    header (its tag) is how SIP itself tells one call's dialog from another's (RFC 3261
    12.1.1). Hashed: the headers carry phone numbers, and a shared Redis keeps no caller in
    clear; the fixed size also keeps a long, caller-chosen header out of the key.

    >>> class Invite:
    ...     def __init__(self, **headers: str) -> None:
    ...         self.headers = headers
    ...     def sip_header(self, name: str) -> str | None:
    ...         return self.headers.get(name.replace("-", "_"))
    >>> a = sip_call_key(Invite(Call_ID="a84b@pc33", From="<sip:+1415@x>;tag=19"), "rtc_1")
    >>> a == sip_call_key(Invite(Call_ID="a84b@pc33", From="<sip:+1415@x>;tag=19"), "live_1")
    True
    >>> a.startswith("sip-call:"), sip_call_key(Invite(), "rtc_1")
    (True, 'call:rtc_1')
    """
    call_id = event.sip_header("Call-ID")
    if not call_id:
        # Nothing the announcements share: each is claimed on its own, and the API's own
        # rule (the first accept claims the call, a later one is refused) is what remains.
        return f"call:{api_id}"
    sender = event.sip_header("From") or ""
    digest = hashlib.sha256(f"{call_id}\n{sender}".encode("utf-8", "surrogatepass"))
    return f"sip-call:{digest.hexdigest()[:32]}"
