"""How many TLS 1.3 session tickets the TLS fake sends after each handshake, set by a test.

websockets' sync client reads its socket on a thread of its own while the caller writes;
the server's tickets, arriving just as the upgrade request is written, are what made that
race lose the upgrade's answer (realtime_ext._base.tls_socket). Tests of the race
send more of them (a wider window); tests about something else send none.
"""

from __future__ import annotations

import ssl

import pytest

from realtime_ext.testing import _tls


def send_session_tickets(patch: pytest.MonkeyPatch, count: int) -> None:
    """Every ``FakeRealtimeServer(tls=True)`` started while ``patch`` holds sends ``count``
    session tickets (OpenSSL's default is 2)."""
    made = _tls.Certificate.server_context

    def with_tickets(certificate: _tls.Certificate) -> ssl.SSLContext:
        context = made(certificate)
        context.num_tickets = count
        return context

    patch.setattr(_tls.Certificate, "server_context", with_tickets)
