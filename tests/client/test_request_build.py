"""Requests are built once, as httpx builds them from ``content=``: the same method, URL,
headers in the same order (Host first, Content-Length where httpx puts it) and body.

The transport gives httpx the body as a stream with the Host and Content-Length headers it
would add (building from ``content=`` makes httpx build the headers three times); a
caller's own Host or framing header leaves the request to httpx's rules.
"""

from __future__ import annotations

import httpx
import pytest

from realtime_ext import RealtimeClient

from ._helpers import OFFER, Recorder, answer_response, make_client, secret_body

# Headers httpx adds itself when building from content=.
_OWN = frozenset({b"host", b"content-length"})


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/calls"):
        return answer_response()
    if request.url.path.endswith("/client_secrets"):
        return httpx.Response(200, json=secret_body())
    return httpx.Response(200)


def _as_httpx_builds_it(sent: httpx.Request) -> httpx.Request:
    """The request httpx builds from the sent one's method, URL, own headers and body."""
    headers = [(k, v) for k, v in sent.headers.raw if k.lower() not in _OWN]
    return httpx.Request(sent.method, sent.url, headers=headers, content=sent.content or None)


def _send_all(client: RealtimeClient) -> None:
    client.calls.create(sdp=OFFER)
    client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
    client.client_secrets.create(session={"type": "realtime"})
    client.calls.hangup("rtc_1")  # a POST without a body: Content-Length 0
    client.calls.create(sdp=OFFER, extra_headers={"X-Trace": "1"})


def test_each_request_is_what_httpx_builds_from_content() -> None:
    rec = Recorder([_ok])
    with make_client(rec) as client:
        _send_all(client)
    assert len(rec.requests) == 5
    for sent in rec.requests:
        built = _as_httpx_builds_it(sent)
        assert sent.headers.raw == built.headers.raw, sent.url
        assert (sent.method, sent.url, sent.content) == (built.method, built.url, built.content)
    hangup = rec.requests[3]
    assert hangup.headers.raw[:2] == [(b"Host", b"api.example.test"), (b"Content-Length", b"0")]
    assert rec.requests[0].headers.raw[-1] == (b"Content-Length", str(len(OFFER)).encode())


@pytest.mark.parametrize("name", ["Host", "content-length"])
def test_a_callers_framing_header_is_left_to_httpx(name: str) -> None:
    value = "api.example.test" if name == "Host" else str(len(OFFER))
    rec = Recorder([_ok])
    with make_client(rec) as client:
        client.calls.create(sdp=OFFER, extra_headers={name: value})
    (sent,) = rec.requests
    assert [k for k, _ in sent.headers.raw].count(name.encode()) == 1
    assert sent.headers[name] == value
    assert sent.content == OFFER.encode()
