"""DEBUG logging under "realtime_ext": requests, statuses, request ids and retry decisions."""

from __future__ import annotations

import logging

import httpx
import pytest

import realtime_ext._transport  # noqa: F401 - installs the NullHandler
from realtime_ext import RateLimitError

from ._helpers import Recorder, error_body, make_client


def test_library_logger_is_quiet_by_default() -> None:
    handlers = logging.getLogger("realtime_ext").handlers
    assert any(isinstance(h, logging.NullHandler) for h in handlers)


def test_debug_records_tell_the_story(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="realtime_ext")
    limited = httpx.Response(
        429, json=error_body("slow down"), headers={"x-request-id": "req_A", "retry-after": "1"}
    )
    rec = Recorder([limited])
    with make_client(rec, max_retries=1) as client, pytest.raises(RateLimitError):
        client.calls.hangup("rtc_1")
    messages = [r.getMessage() for r in caplog.records if r.name == "realtime_ext"]
    assert messages == [
        "HTTP POST /v1/realtime/calls/rtc_1/hangup -> 429 (request_id=req_A)",
        "Retrying POST /v1/realtime/calls/rtc_1/hangup in 1.000 s (retry 1): status 429",
        "HTTP POST /v1/realtime/calls/rtc_1/hangup -> 429 (request_id=req_A)",
        "Not retrying POST /v1/realtime/calls/rtc_1/hangup: status 429 after 1 of 1 retries",
    ]
    assert all(r.levelno == logging.DEBUG for r in caplog.records if r.name == "realtime_ext")
