"""A recording ``httpx.MockTransport`` and client factories for the client unit tests."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

import httpx

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext.testing import ManualClock

API_KEY = "sk-test-SECRET123"
BASE_URL = "https://api.example.test/v1"
OFFER = (Path(__file__).parents[1] / "data" / "sdp" / "chrome_audio_offer.sdp").read_text()
ANSWER = "v=0\r\no=- 1 1 IN IP4 0.0.0.0\r\ns=-\r\nt=0 0\r\n"

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def secret_body(value: str = "ek_test_abc123", expires_at: int = 1_900_000_000) -> dict[str, Any]:
    """A realistic client_secrets answer."""
    return {
        "value": value,
        "expires_at": expires_at,
        "session": {"type": "realtime", "id": "sess_1", "object": "realtime.session"},
    }


# A beta session answer with its client secret.
BETA = {
    "id": "sess_1",
    "object": "realtime.session",
    "model": "gpt-realtime",
    "client_secret": {"value": "ek_beta_123", "expires_at": 1_900_000_000},
}

# A translation client secret answer.
TRANSLATION = {
    "value": "ek_tl_1",
    "expires_at": 1_900_000_000,
    "session": {
        "id": "sess_t",
        "type": "translation",
        "expires_at": 1_900_000_000,
        "model": "gpt-realtime-translate",
        "audio": {"output": {"language": "fr"}},
    },
}


def error_body(
    message: str,
    *,
    type_: str = "invalid_request_error",
    code: str | None = None,
    param: str | None = None,
) -> dict[str, Any]:
    return {"error": {"message": message, "type": type_, "code": code, "param": param}}


class Recorder:
    """Answers requests from a queue (the last reply repeats) and records every request."""

    def __init__(self, replies: Iterable[Reply]) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.clock = ManualClock(advance_on_sleep=True)
        self.sleeps = self.clock.sleeps  # the retry waits, in order

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, httpx.Response):
            # A fresh copy: a Response object serves one exchange only.
            return httpx.Response(reply.status_code, headers=reply.headers, content=reply.content)
        return reply(request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def make_client(recorder: Recorder, **kwargs: Any) -> RealtimeClient:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    http = httpx.Client(transport=httpx.MockTransport(recorder))
    return RealtimeClient(http_client=http, clock=recorder.clock, **kwargs)


def make_async_client(recorder: Recorder, **kwargs: Any) -> AsyncRealtimeClient:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    http = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
    return AsyncRealtimeClient(http_client=http, clock=recorder.clock, **kwargs)


def answer_response(location: str | None = "/v1/realtime/calls/rtc_abc123") -> httpx.Response:
    headers = {"Content-Type": "application/sdp"}
    if location is not None:
        headers["Location"] = location
    return httpx.Response(201, text=ANSWER, headers=headers)
