"""The same flows against realtime_ext.testing.FakeRealtimeServer (real ek_ keys, Locations)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from realtime_ext import (
    AsyncRealtimeClient,
    BadRequestError,
    InvalidArgumentError,
    NotFoundError,
    RealtimeClient,
)
from realtime_ext.testing import FakeRealtimeServer

from ._flows import API_KEY, OFFER, REALTIME, TRANSCRIPTION, TRANSLATION


@pytest.fixture
def server() -> Iterator[FakeRealtimeServer]:
    with FakeRealtimeServer() as srv:
        yield srv


def test_sync_flows(server: FakeRealtimeServer) -> None:
    with RealtimeClient(api_key=API_KEY, base_url=server.base_url) as client:
        secret = client.client_secrets.create(session=REALTIME, expires_after=600)
        assert secret.value.startswith("ek_")
        assert secret.value not in repr(secret)
        transcription = client.client_secrets.create(session=TRANSCRIPTION)
        assert transcription.value.startswith("ek_")

        plain = client.calls.create(sdp=OFFER)
        configured = client.calls.create(sdp=OFFER, session=REALTIME)
        assert plain.call_id.startswith("rtc_") and plain.call_id in server.calls
        assert plain.sdp.startswith("v=0")
        assert server.calls[configured.call_id].session == REALTIME
        assert server.calls[plain.call_id].offer == OFFER

        incoming = server.register_call()
        client.calls.accept(incoming.id, session=REALTIME)
        client.calls.refer(incoming.id, target_uri="tel:+14155550123")
        client.calls.hangup(incoming.id)
        declined = server.register_call()
        client.calls.reject(declined.id, status_code=486)
        client.calls.hangup(plain.call_id)

        beta = client.sessions.create(model="gpt-realtime", voice="alloy")
        assert beta.client_secret is not None and beta.client_secret.value.startswith("ek_")
        assert beta.session.model == "gpt-realtime"
        beta_t = client.transcription_sessions.create()
        assert beta_t.client_secret is not None
        translation = client.translations.client_secrets.create(
            session=TRANSLATION, expires_after=300
        )
        assert translation.value.startswith("ek_")
        assert translation.session.model == "gpt-realtime-translate"

        with pytest.raises(NotFoundError) as info:
            client.calls.hangup("rtc_unknown")
        assert info.value.code == "not_found" and info.value.request_id
        # A model name the API does not know: the SDK lets it through (a model newer than
        # the spec), the fake server refuses it as the API does.
        with pytest.raises(BadRequestError) as bad:
            client.client_secrets.create(session={"type": "realtime", "model": "gpt-unknown"})
        assert bad.value.param == "session.model"
        with pytest.raises(InvalidArgumentError, match=r"expires_after\.seconds: must be at least"):
            client.client_secrets.create(expires_after=5)  # refused before the wire
    paths = [r.path for r in server.requests]
    assert "/v1/realtime/calls" in paths and "/v1/realtime/sessions" in paths


async def test_async_flows(server: FakeRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key=API_KEY, base_url=server.base_url) as client:
        secret = await client.client_secrets.create(session=REALTIME)
        assert secret.value.startswith("ek_")
        answer = await client.calls.create(sdp=OFFER, session=REALTIME)
        assert server.calls[answer.call_id].session == REALTIME
        incoming = server.register_call()
        await client.calls.accept(incoming.id, session=REALTIME)
        await client.calls.refer(incoming.id, target_uri="sip:agent@example.com")
        await client.calls.hangup(incoming.id)
        await client.calls.reject(server.register_call().id)
        beta = await client.sessions.create(model="gpt-realtime")
        assert beta.client_secret is not None
        assert (await client.transcription_sessions.create()).client_secret is not None
        translation = await client.translations.client_secrets.create(session=TRANSLATION)
        assert translation.value.startswith("ek_")
        with pytest.raises(NotFoundError):
            await client.calls.reject("rtc_unknown")
