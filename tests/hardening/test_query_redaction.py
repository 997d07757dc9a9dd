"""URLs keep no credential in logs or exceptions (issue 38): a query value under a name the
redactor did not know (``token=``, ``sig=``) stayed in the ``realtime_ext.websockets`` DEBUG
lines and in the URL a refused handshake's error carries. Every value but an allow-list of
known-safe parameters is now masked, wherever the text goes through the one redactor."""

from __future__ import annotations

import asyncio
import logging

import pytest
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import APIStatusError
from realtime_ext._redact import SAFE_QUERY_PARAMETERS, redact, redact_url
from realtime_ext.connection import aconnect, connect
from realtime_ext.testing import FakeRealtimeServer

API_KEY = "sk-proj-QUERYtest0123456789abcdefgh"
TOKEN = "tokQ8v2Zr71xLm"
QUERY = {"token": TOKEN, "sig": "sigK2m9Wq44", "auth": "authP0o9I8u7"}


def test_unknown_query_values_are_masked_and_safe_ones_kept() -> None:
    url = f"wss://api.example.com/v1/realtime?model=gpt-realtime&token={TOKEN}&intent=x"
    assert redact_url(url) == (
        "wss://api.example.com/v1/realtime?model=gpt-realtime&token=***&intent=x"
    )
    assert redact(f"> GET /v1/realtime?call_id=rtc_1&sig={TOKEN} HTTP/1.1") == (
        "> GET /v1/realtime?call_id=rtc_1&sig=*** HTTP/1.1"
    )
    assert (
        redact_url(f"https://user:{TOKEN}@proxy.example/v1") == "https://user:***@proxy.example/v1"
    )
    assert redact("what? a=b, and a?b") == "what? a=b, and a?b"  # prose is left alone


def test_the_websockets_debug_lines_mask_the_query(caplog: pytest.LogCaptureFixture) -> None:
    with FakeRealtimeServer(api_key=API_KEY) as server, caplog.at_level(logging.DEBUG):
        logging.getLogger("realtime_ext.websockets").setLevel(logging.DEBUG)
        with connect(
            api_key=API_KEY, base_url=server.base_url, model="gpt-realtime", extra_query=QUERY
        ) as conn:
            conn.recv(timeout=5)
    lines = [r.getMessage() for r in caplog.records if r.name == "realtime_ext.websockets"]
    request = [line for line in lines if line.startswith("> GET ")]
    assert request and "model=gpt-realtime" in request[0] and "token=***" in request[0]
    for value in QUERY.values():
        assert value not in caplog.text


def test_a_refused_handshake_carries_no_query_value() -> None:
    with FakeRealtimeServer(api_key=API_KEY) as server:

        async def main() -> APIStatusError:
            with pytest.raises(APIStatusError) as caught:
                await aconnect(
                    api_key="sk-proj-WRONGkey0123456789abcdef",
                    base_url=server.base_url,
                    model="gpt-realtime",
                    extra_query=QUERY,
                )
            return caught.value

        error = asyncio.run(main())
    assert error.status_code == 401
    url = str(error.response.request.url)
    assert "model=gpt-realtime" in url
    for text in (str(error), repr(error), url, repr(error.response.request)):
        for value in QUERY.values():
            assert value not in text


NAMES = st.text("abcdefghijklmnopqrstuvwxyz_-", min_size=1, max_size=12).filter(
    lambda name: name not in SAFE_QUERY_PARAMETERS
)
VALUES = st.text("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789%.~", min_size=4, max_size=40)


@given(
    pairs=st.lists(st.tuples(NAMES, VALUES), min_size=1, max_size=6),
    scheme=st.sampled_from(["https://", "wss://", "", "/"]),
    around=st.sampled_from(["{}", "'{}'", '"{}"', "GET {} HTTP/1.1", "<{}>", "url={}#frag"]),
)
def test_no_unsafe_value_survives(pairs: list[tuple[str, str]], scheme: str, around: str) -> None:
    query = "&".join(f"{name}={value}" for name, value in pairs)
    text = around.format(f"{scheme}host.example/v1/realtime?model=gpt-realtime&{query}")
    masked = redact(text)
    for _, value in pairs:
        assert f"={value}" not in masked
    assert "model=gpt-realtime" in masked
