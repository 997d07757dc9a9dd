"""Both browser examples' token servers refuse other sites, slow and flooding clients
(issue 23, finding 4: no Host/Origin check let a DNS-rebinding page mint ``ek_`` keys; one
thread per connection with no socket timeout held 402 threads for over a minute). The
guards live in realtime_ext/examples/_token_server.py; every case runs on both servers."""

from __future__ import annotations

import http.client
import socket
import threading
import time
from collections.abc import Iterator
from types import ModuleType

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.examples.webrtc_browser import server as browser_server
from realtime_ext.examples.webrtc_translation_browser import server as translation_server
from realtime_ext.testing import FakeRealtimeServer

EXAMPLES = [browser_server, translation_server]
# The slow-peer cases wait out the stdlib server's socket timeouts and deadline (seconds
# each): the example's own guard, the same on every interpreter and floor.
SLOW_PEER = "timing-bound slow peers against the example's socket timeouts and deadline"


@pytest.fixture(params=EXAMPLES, ids=["webrtc_browser", "webrtc_translation_browser"])
def example(request: pytest.FixtureRequest) -> ModuleType:
    """One example's server module (its ``TokenServer``)."""
    module: ModuleType = request.param
    return module


@pytest.fixture(scope="module")
def client() -> Iterator[RealtimeClient]:
    with FakeRealtimeServer(api_key="sk-server-only") as fake:
        yield RealtimeClient(api_key="sk-server-only", base_url=fake.base_url)


def _post(port: int, headers: dict[str, str]) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.putrequest("POST", "/token", skip_host=True)
        for name, value in headers.items():
            conn.putheader(name, value)
        conn.putheader("Content-Length", "0")
        conn.endheaders()
        response = conn.getresponse()
        return response.status, response.read()
    finally:
        conn.close()


def _port(url: str) -> int:
    return int(url.rstrip("/").rsplit(":", 1)[1])


def test_own_page_gets_a_key(example: ModuleType, client: RealtimeClient) -> None:
    with example.TokenServer.serving(client) as url:
        port = _port(url)
        status, body = _post(port, {"Host": f"localhost:{port}", "Origin": url.rstrip("/")})
    assert status == 200 and b'"ek_' in body


@pytest.mark.parametrize(
    "headers",
    [
        {
            "Host": "rebind.attacker.example:{port}",
            "Origin": "http://rebind.attacker.example:{port}",
        },
        {"Host": "localhost:{port}", "Origin": "http://evil.example"},
        {"Host": "localhost:{port}", "Origin": "null"},
        {"Host": "localhost:{port}"},  # no Origin: not a page of ours
        {"Origin": "http://localhost:{port}"},  # no Host
        {"Host": "localhost:1", "Origin": "http://localhost:1"},  # another port
    ],
    ids=["dns-rebinding", "foreign-origin", "null-origin", "no-origin", "no-host", "other-port"],
)
def test_other_sites_get_403_and_no_key(
    example: ModuleType, client: RealtimeClient, headers: dict[str, str]
) -> None:
    with example.TokenServer.serving(client) as url:
        port = _port(url)
        status, body = _post(port, {k: v.format(port=port) for k, v in headers.items()})
    assert status == 403 and b"ek_" not in body


def test_allow_lists_are_configurable(example: ModuleType, client: RealtimeClient) -> None:
    with example.TokenServer.serving(
        client, allowed_hosts=["app.example.com"], allowed_origins=["https://app.example.com"]
    ) as url:
        port = _port(url)
        ok = _post(port, {"Host": "app.example.com", "Origin": "https://app.example.com"})
        local = _post(port, {"Host": f"localhost:{port}", "Origin": url.rstrip("/")})
    assert ok[0] == 200 and b'"ek_' in ok[1]
    assert local[0] == 403


@pytest.mark.once(reason=SLOW_PEER)
def test_a_silent_connection_is_dropped_after_the_timeout(
    example: ModuleType, client: RealtimeClient
) -> None:
    with example.TokenServer.serving(client, timeout=0.5) as url:
        sock = socket.create_connection(("127.0.0.1", _port(url)), timeout=10)
        sock.sendall(b"POST /token HTTP/1.1\r\nHost: local")  # never finished
        started = time.monotonic()
        data = sock.recv(4096)  # the server closes (maybe with a 408) instead of waiting
        waited = time.monotonic() - started
        sock.close()
    assert waited < 8, waited  # generous: 0.5 s timeout on a loaded 2-core machine
    assert data == b"" or data.startswith(b"HTTP/1.")


@pytest.mark.once(reason=SLOW_PEER)
def test_a_flood_of_half_sent_requests_is_capped(
    example: ModuleType, client: RealtimeClient
) -> None:
    threads_before = threading.active_count()
    with example.TokenServer.serving(client, timeout=30, max_connections=4) as url:
        port = _port(url)
        held = []
        for _ in range(40):
            sock = socket.create_connection(("127.0.0.1", port), timeout=10)
            sock.sendall(b"GET / HTTP/1.1\r\n")  # half a request, then silence
            held.append(sock)
        time.sleep(0.3)
        # At most 4 serving threads (plus the accept thread), however many connections.
        assert threading.active_count() - threads_before <= 4 + 1 + 1
        busy = 0
        for sock in held[4:]:
            sock.settimeout(10)
            if sock.recv(4096).startswith(b"HTTP/1.0 503"):
                busy += 1
        assert busy == 36
        for sock in held:
            sock.close()
        # Slots come back: the server answers again once the flood is gone.
        deadline = time.monotonic() + 10
        while True:
            status, _ = _post(port, {"Host": f"localhost:{port}", "Origin": url.rstrip("/")})
            if status == 200 or time.monotonic() > deadline:
                break
            time.sleep(0.1)
        assert status == 200


def test_bad_limits_are_refused(example: ModuleType, client: RealtimeClient) -> None:
    with pytest.raises(ValueError):
        example.TokenServer(("127.0.0.1", 0), client, "gpt-realtime", max_connections=0)


@pytest.mark.once(reason=SLOW_PEER)
def test_a_trickling_client_is_dropped_at_the_deadline(
    example: ModuleType, client: RealtimeClient
) -> None:
    """One byte every 0.2 s stays under the 1 s socket timeout, not under the 2 s deadline."""
    with example.TokenServer.serving(client, timeout=1.0, deadline=2.0) as url:
        sock = socket.create_connection(("127.0.0.1", _port(url)), timeout=10)
        started = time.monotonic()
        closed = False
        try:
            for byte in b"GET / HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"x" * 200:
                sock.sendall(bytes([byte]))
                time.sleep(0.2)
                if time.monotonic() - started > 20:
                    break
        except OSError:  # reset or broken pipe: the server hung up
            closed = True
        waited = time.monotonic() - started
        if not closed:
            sock.settimeout(10)
            try:
                closed = sock.recv(4096) == b""
            except OSError:
                closed = True
        sock.close()
    assert closed
    assert waited < 15, waited  # generous; without the deadline it would trickle ~45 s


def test_both_examples_share_one_guard() -> None:
    """One implementation of the refusal, the slots and the deadline: a fix lands in both."""
    from realtime_ext.examples._token_server import GuardedTokenServer

    for module in EXAMPLES:
        assert issubclass(module.TokenServer, GuardedTokenServer)


def test_translation_language_is_checked_behind_the_guard(client: RealtimeClient) -> None:
    with translation_server.TokenServer.serving(client) as url:
        port = _port(url)
        own = {"Host": f"localhost:{port}", "Origin": url.rstrip("/")}
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("POST", "/token?to=fr", headers=own)
            response = conn.getresponse()
            french = response.status, response.read()
            conn.request("POST", "/token?to=x-1", headers=own)
            response = conn.getresponse()
            bad = response.status, response.read()
            conn.request("POST", "/token?to=fr", headers={**own, "Origin": "http://evil.example"})
            response = conn.getresponse()
            foreign = response.status, response.read()
        finally:
            conn.close()
    assert french[0] == 200 and b'"language": "fr"' in french[1]
    assert bad[0] == 400 and b"ek_" not in bad[1]
    assert foreign[0] == 403 and b"ek_" not in foreign[1]
