"""The module-level entry points default ``base_url`` as the client does (issue 57):
``OPENAI_BASE_URL`` when set, else ``https://api.openai.com/v1``; one given is used as is."""

from __future__ import annotations

import pytest

from realtime_ext import RealtimeClient
from realtime_ext.connection import aconnect, aconnect_translation, connect
from realtime_ext.testing import FakeRealtimeServer


def test_without_base_url_or_environment_the_url_is_openais(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("OPENAI_BASE_URL", raising=False)
    client = RealtimeClient(api_key="sk-test")
    # aconnect checks and plans at the call; the socket opens only on await.
    opening = aconnect(api_key="sk-test", model="gpt-realtime")
    assert repr(opening).endswith(" wss://api.openai.com/v1/realtime?model=gpt-realtime>")
    assert client.base_url == "https://api.openai.com/v1"
    translation = aconnect_translation(api_key="sk-test")
    assert " wss://api.openai.com/v1/realtime/translations?model=" in repr(translation)


def test_the_environment_gives_the_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    with FakeRealtimeServer() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        with connect(api_key="sk-test", model="gpt-realtime") as conn:
            assert conn.recv().type == "session.created"
        assert server.connections, "the connection went to OPENAI_BASE_URL"


def test_a_base_url_given_wins_over_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    opening = aconnect(api_key="sk-test", base_url="https://example.test/v1", model="m")
    assert repr(opening).endswith(" wss://example.test/v1/realtime?model=m>")
