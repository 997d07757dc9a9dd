"""URL derivation follows the openai package (scheme swap, /realtime, one of model/call_id)."""

from __future__ import annotations

import pytest

from realtime_ext._auth import merge_auth
from realtime_ext._base.urls import key_auth, realtime_url


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"base_url": "https://api.openai.com/v1", "model": "gpt-realtime"},
         "wss://api.openai.com/v1/realtime?model=gpt-realtime"),
        ({"base_url": "http://127.0.0.1:8080/v1/", "call_id": "rtc_1"},
         "ws://127.0.0.1:8080/v1/realtime?call_id=rtc_1"),
        ({"base_url": "https://x", "websocket_base_url": "wss://ws.example/base?k=v", "model": "m"},
         "wss://ws.example/base/realtime?k=v&model=m"),
        ({"base_url": "https://x/v1", "model": "m", "extra_query": {"intent": "transcription"}},
         "wss://x/v1/realtime?model=m&intent=transcription"),
    ],
)  # fmt: skip
def test_realtime_url(kwargs: dict[str, str], expected: str) -> None:
    assert realtime_url(**kwargs) == expected  # type: ignore[arg-type]


def test_bad_base_url() -> None:
    with pytest.raises(ValueError, match="http"):
        realtime_url("ftp://x", model="m")


def test_auth_header_can_be_overridden_case_insensitively() -> None:
    # What every socket opens with: the key's header merged with the caller's.
    assert merge_auth(key_auth("sk-a").headers(), {}) == {"Authorization": "Bearer sk-a"}
    assert merge_auth(key_auth("sk-a").headers(), {"authorization": "Bearer other"}) == {
        "authorization": "Bearer other"
    }
