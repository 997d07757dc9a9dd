"""What the docs say about the official ``openai`` package holds for the pinned release
(issue 25, item 5): each claim the migration page makes about openai's behaviour is run
here against the version the ``dev`` extra pins, which the site renders as
``{{ openai_version }}``."""

from __future__ import annotations

import tomllib
from typing import Any

import openai
import pytest
import websockets

from realtime_ext.testing import FakeRealtimeServer
from support import snippets

MIGRATION = (snippets.ROOT / "docs" / "migration.md").read_text(encoding="utf-8")


def _pinned() -> str:
    extras = tomllib.loads((snippets.ROOT / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    # The test extra pins it (the matrix runs the parity tests too); dev includes test.
    return next(d.split("==", 1)[1] for d in extras["test"] if d.startswith("openai=="))


def test_the_checked_release_is_the_pinned_one() -> None:
    assert openai.__version__ == _pinned()
    assert "{{ openai_version }}" in MIGRATION  # the page names the release it was checked on


@pytest.fixture
def server() -> Any:
    with FakeRealtimeServer() as fake:
        yield fake


def test_openai_does_not_reconnect_by_default(server: FakeRealtimeServer) -> None:
    """The page: reconnect is opt-in in openai (on by default here); a drop raises
    ConnectionClosedError."""
    assert "opt-in in openai" in MIGRATION
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    server.faults.drop_after(1)
    with (
        pytest.raises(websockets.exceptions.ConnectionClosedError),
        client.realtime.connect(model="gpt-realtime") as conn,
    ):
        conn.response.create()
        for _ in conn:
            pass
    assert len(server.received) == 1  # one connection: no reconnect


def test_openai_reconnects_with_on_reconnecting(server: FakeRealtimeServer) -> None:
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    server.faults.drop_after(1)
    attempts: list[object] = []
    created = 0
    with client.realtime.connect(
        model="gpt-realtime", on_reconnecting=lambda event: attempts.append(event)
    ) as conn:
        conn.response.create()
        for event in conn:
            created += event.type == "session.created"
            if created == 2:
                break
    assert len(attempts) == 1 and len(server.received) == 2


def test_openai_leaves_the_call_id_in_the_raw_response(server: FakeRealtimeServer) -> None:
    """The page: openai's calls.create gives the SDP bytes; the call id stays in Location."""
    from realtime_ext import sdp

    assert "which openai leaves in the raw response" in MIGRATION
    client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
    result = client.realtime.calls.create(sdp=sdp.sample_offer("chrome-linux"))
    assert result.content.startswith(b"v=0")
    assert not hasattr(result, "call_id")
    assert result.response.headers["location"].rsplit("/", 1)[-1].startswith("rtc_")
