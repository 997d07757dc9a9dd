"""``client.translations.connect`` over WebSocket against the fake server, sync and async."""

from __future__ import annotations

import base64
import logging
from typing import Any

import pytest

from realtime_ext import (
    APIConnectionError,
    AsyncRealtimeClient,
    AuthenticationError,
    InvalidArgumentError,
    RealtimeClient,
    RealtimeServerError,
)
from realtime_ext.connection import aconnect_translation, connect_translation
from realtime_ext.conversation import TRANSLATION, ConnectionClosed, ReconnectedEvent
from realtime_ext.events import InvalidEventError, UnknownEvent
from realtime_ext.session import translation_session
from realtime_ext.testing import FakeRealtimeServer
from realtime_ext.testing._audio import sine_pcm16
from realtime_ext.translation import TranslationConnection
from realtime_generated import models

T = 10.0
ES = {"audio": {"output": {"language": "es"}}}
WITH_INPUT = {
    "audio": {
        "output": {"language": "es"},
        "input": {"transcription": {"model": "gpt-realtime-whisper"}},
    }
}
FRAME = sine_pcm16(200)


def opened(conn: TranslationConnection) -> TranslationConnection:
    assert isinstance(conn.recv(T), models.RealtimeTranslationServerEventSessionCreated)
    return conn


def test_url_bearer_first_event_and_typed_narrowing(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect(model="gpt-realtime-translate") as conn:
        first = conn.recv(T)
        assert first.type == "session.created"
        if first.type == "session.created":  # narrows: .session is typed
            assert first.session.type_.value == "translation"
            assert first.session.model == "gpt-realtime-translate"
        conn.session.update(session=ES)
        updated = conn.recv(T)
        assert updated.type == "session.updated"
        conn.session.input_audio_buffer.append(audio=FRAME)
        text = conn.recv(T)
        assert text.type == "session.output_transcript.delta"
        if text.type == "session.output_transcript.delta":
            assert text.delta == "Hola" and text.elapsed_ms == 200
        audio = conn.recv(T)
        assert isinstance(audio, models.RealtimeTranslationServerEventSessionOutputAudioDelta)
        assert base64.b64decode(audio.delta) and audio.sample_rate == 24000
    record = server.connections[0]
    assert record.path == "/v1/realtime/translations"
    assert record.query == {"model": ["gpt-realtime-translate"]}
    assert record.headers["authorization"] == "Bearer sk-test"
    # close() on exit: session.close went out, the server answered session.closed and closed.
    assert server.received[0][-1] == {"type": "session.close"}
    assert conn.close_code == 1000


def test_session_keyword_is_sent_on_open_and_validated_before(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect(session=WITH_INPUT) as conn:
        opened(conn)
        updated = conn.recv(T)
        assert isinstance(updated, models.RealtimeTranslationServerEventSessionUpdated)
        assert updated.session.to_dict()["audio"]["output"] == {"language": "es"}
    assert server.received[0][0] == {"type": "session.update", "session": WITH_INPUT}
    before = len(server.connections)
    with pytest.raises(InvalidEventError, match=r"session\.model"):
        client.translations.connect(session={"model": "other"})
    with pytest.raises(InvalidEventError, match="language"):
        client.translations.connect(session={"audio": {"output": {"language": 3}}})
    assert len(server.connections) == before  # refused before any socket opened


def test_typed_sends_validate_before_the_wire(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect() as conn:
        opened(conn)
        with pytest.raises(InvalidEventError, match="unknown keyword"):
            conn.session.close(reason="x")  # type: ignore[call-arg]
        with pytest.raises(InvalidEventError, match="audio"):
            conn.session.input_audio_buffer.append(audio=123)  # type: ignore[arg-type]
        with pytest.raises(InvalidEventError, match="noise_reduction"):
            conn.session.update(session={"audio": {"input": {"noise_reduction": "loud"}}})
        conn.session.update(session=ES, event_id="evt_1")
        assert conn.recv(T).type == "session.updated"
    assert server.received[0][0] == {"type": "session.update", "session": ES, "event_id": "evt_1"}


def test_server_errors_raise_or_go_to_an_error_handler(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect() as conn:
        opened(conn)
        conn.send({"type": "session.input_audio_buffer.append", "audio": "AA==", "event_id": "a1"})
        with pytest.raises(RealtimeServerError) as caught:
            conn.recv(T)
        assert caught.value.code == "invalid_audio_format"
        assert caught.value.param == "audio" and caught.value.event_id == "a1"
        seen: list[Any] = []
        conn.on("error", seen.append)
        conn.send({"type": "response.create"})  # a conversation event: not on this socket
        event = conn.run_until("error", timeout=T)
        assert event.type == "error" and seen == [event]
        if event.type == "error":
            assert event.error.code == "invalid_value" and event.error.param == "type"


def test_handlers_on_once_and_run_until_close(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    deltas: list[str] = []
    firsts: list[str] = []
    with client.translations.connect(session=WITH_INPUT) as conn:
        conn.on("session.output_transcript.delta", lambda e: deltas.append(e.delta))
        conn.once("session.input_transcript.delta", lambda e: firsts.append(e.delta))

        @conn.on("session.closed")
        def closed(event: object) -> None:
            deltas.append("<closed>")

        conn.run_until("session.updated", timeout=T)
        conn.session.input_audio_buffer.append(audio=FRAME * 3)
        conn.session.close()
        conn.dispatch_events()  # until the server closes the socket after session.closed
    assert deltas == ["Hola", " cómo", " estás", "<closed>"]
    assert firsts == ["Hello"]


def test_close_flushes_pending_audio_then_session_closed(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with client.translations.connect(session=ES) as conn:
        conn.run_until("session.updated", timeout=T)
        conn.session.input_audio_buffer.append(audio=sine_pcm16(300))  # 1.5 frames
        assert conn.run_until("session.output_audio.delta", timeout=T)
        rest = conn.close()
        assert [e.type for e in rest] == [
            "session.output_transcript.delta",
            "session.output_audio.delta",
            "session.closed",
        ]
        assert conn.close() == []  # idempotent
    assert conn.close_code == 1000
    with pytest.raises(ConnectionClosed):
        conn.recv(T)


def test_unknown_events_do_not_crash(server: FakeRealtimeServer, client: RealtimeClient) -> None:
    with client.translations.connect() as conn:
        opened(conn)
        server.push({"type": "session.future_thing", "event_id": "e1", "x": 1})
        event = conn.recv(T)
        assert isinstance(event, UnknownEvent) and event.type == "unknown"
        assert event.wire_type == "session.future_thing"


def test_ephemeral_key_gets_the_secret_session() -> None:
    with FakeRealtimeServer(api_key="sk-real") as server:
        with RealtimeClient(api_key="sk-real", base_url=server.base_url) as admin:
            secret = admin.translations.client_secrets.create(
                session=translation_session(output_language="fr", transcription="gpt-whisper")
            )
        assert secret.value.startswith("ek_")
        with (
            RealtimeClient(api_key=secret.value, base_url=server.base_url) as browser,
            browser.translations.connect() as conn,
        ):
            created = conn.recv(T)
            assert isinstance(created, models.RealtimeTranslationServerEventSessionCreated)
            audio = created.session.to_dict()["audio"]
            assert audio["output"] == {"language": "fr"}
            conn.session.input_audio_buffer.append(audio=FRAME)
            assert conn.recv(T).type == "session.input_transcript.delta"
            said = conn.recv(T)
            assert said.type == "session.output_transcript.delta"
            if said.type == "session.output_transcript.delta":
                assert said.delta == "Bonjour"
        assert server.connections[0].headers["authorization"] == f"Bearer {secret.value}"
        with (
            RealtimeClient(api_key="sk-wrong", base_url=server.base_url) as bad,
            pytest.raises(AuthenticationError),
        ):
            bad.translations.connect()


def test_bad_arguments_fail_before_connecting(client: RealtimeClient) -> None:
    with pytest.raises(InvalidArgumentError, match="model"):
        client.translations.connect(model="")
    with pytest.raises(InvalidArgumentError, match="api_key"):
        connect_translation(api_key="", base_url="http://127.0.0.1:1/v1")
    with pytest.raises(InvalidArgumentError, match="max_size"):
        client.translations.connect(max_size=0)
    with pytest.raises(InvalidArgumentError, match="timeout"):
        TranslationConnection.close(object(), timeout=-1)  # type: ignore[arg-type]


def test_reconnect_restores_the_session_and_max_retries_0_turns_it_off(
    server: FakeRealtimeServer,
) -> None:
    told: list[ReconnectedEvent] = []
    with connect_translation(
        api_key="sk-test",
        base_url=server.base_url,
        session=ES,
        max_retries=2,
        reconnect_delay=0.01,
        on_reconnected=told.append,
    ) as conn:
        opened(conn)
        assert conn.recv(T).type == "session.updated"
        server.faults.drop_after(0)
        conn.session.input_audio_buffer.append(audio=FRAME)  # its answer is cut
        assert conn.recv(T).type == "session.created"  # the new socket
        assert conn.recv(T).type == "session.updated"  # the session restored
        conn.session.input_audio_buffer.append(audio=FRAME)
        said = conn.run_until("session.output_transcript.delta", timeout=T)
        if said.type == "session.output_transcript.delta":
            assert said.delta == "Hola"  # Spanish again: the update was replayed
    assert conn.reconnects == 1 and told[0].session_restored
    assert server.received[1][0] == {"type": "session.update", "session": ES}
    with connect_translation(api_key="sk-test", base_url=server.base_url, max_retries=0) as plain:
        opened(plain)
        server.faults.drop_after(0)
        plain.session.input_audio_buffer.append(audio=FRAME)
        with pytest.raises(APIConnectionError, match="1006"):
            plain.recv(T)
        assert plain.close_code == 1006


def test_key_never_in_logs_reprs_or_errors(
    server: FakeRealtimeServer, caplog: pytest.LogCaptureFixture
) -> None:
    key = "sk-secret-translation-key-123"
    caplog.set_level(logging.DEBUG)
    with (
        FakeRealtimeServer(api_key="sk-other") as strict,
        pytest.raises(AuthenticationError) as refused,
    ):
        connect_translation(api_key=key, base_url=strict.base_url)
    texts = [str(refused.value), repr(refused.value)]
    with (
        RealtimeClient(api_key=key, base_url=server.base_url) as client,
        client.translations.connect(max_retries=1, reconnect_delay=0.01) as conn,
    ):
        texts += [repr(conn), repr(client), repr(client.translations), conn.url]
        opened(conn)
        server.faults.drop_after(0)
        conn.session.update(session=ES)
        assert conn.recv(T).type == "session.created"
    assert server.connections[0].headers["authorization"] == f"Bearer {key}"  # it was sent
    texts += [record.getMessage() for record in caplog.records]
    texts += [str(record.args) for record in caplog.records]
    assert caplog.records  # the handshakes were logged at DEBUG
    assert all(key not in text for text in texts)


async def test_async_client_connect_and_close(server: FakeRealtimeServer) -> None:
    async with AsyncRealtimeClient(api_key="sk-test", base_url=server.base_url) as client:
        seen: list[str] = []

        async def on_delta(event: Any) -> None:
            seen.append(event.delta)

        async with client.translations.connect(session=WITH_INPUT) as conn:
            conn.on("session.output_transcript.delta", on_delta)
            first = await conn.recv(T)
            assert first.type == "session.created"
            await conn.run_until("session.updated", timeout=T)
            await conn.session.input_audio_buffer.append(audio=FRAME * 2)
            event = await conn.run_until("session.output_audio.delta", timeout=T)
            assert event.type == "session.output_audio.delta"
            rest = await conn.close()
        assert [e.type for e in rest][-1] == "session.closed"
        assert seen == ["Hola", " cómo"]
        assert conn.close_code == 1000
        with pytest.raises(RealtimeServerError):
            async with client.translations.connect() as bad:
                await bad.recv(T)
                await bad.send({"type": "session.input_audio_buffer.append", "audio": "!!"})
                await bad.recv(T)
        assert bad.close_code is not None  # closed on the way out, without waiting


async def test_async_aconnect_await_and_iteration(server: FakeRealtimeServer) -> None:
    conn = await aconnect_translation(api_key="sk-test", base_url=server.base_url, session=ES)
    kinds: list[str] = []
    await conn.session.input_audio_buffer.append(audio=FRAME)
    await conn.session.close()
    async for event in conn:
        kinds.append(event.type)
    assert kinds == [
        "session.created",
        "session.updated",
        "session.output_transcript.delta",
        "session.output_audio.delta",
        "session.closed",
    ]
    assert await conn.close() == []


def test_exit_on_an_exception_aborts_without_session_close(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    with pytest.raises(KeyError), client.translations.connect() as conn:
        opened(conn)
        raise KeyError("app bug")
    assert conn.close_code == 1000
    assert {"type": "session.close"} not in server.received[0]
    assert conn.close() == []  # already closed: nothing to flush, no error


async def test_async_reconnect_restores_the_session(server: FakeRealtimeServer) -> None:
    async with aconnect_translation(
        api_key="sk-test",
        base_url=server.base_url,
        session=ES,
        max_retries=2,
        reconnect_delay=0.01,
    ) as conn:
        assert (await conn.recv(T)).type == "session.created"
        assert (await conn.recv(T)).type == "session.updated"
        server.faults.drop_after(0)
        await conn.session.input_audio_buffer.append(audio=FRAME)
        assert (await conn.recv(T)).type == "session.created"
        assert (await conn.recv(T)).type == "session.updated"
        await conn.session.input_audio_buffer.append(audio=FRAME)
        said = await conn.run_until("session.output_transcript.delta", timeout=T)
        assert said.type == "session.output_transcript.delta"
    assert conn.reconnects == 1


def test_a_translation_session_is_the_live_session_configured_not_a_wrapper(
    server: FakeRealtimeServer, client: RealtimeClient
) -> None:
    from realtime_ext._base.conversation_sync import LiveBase

    with client.translations.connect() as conn:
        # The conversation's driver itself (no conversation inside to forward to), with the
        # translation sends and none of the conversation's sends or tool loop.
        assert isinstance(conn, LiveBase)
        assert not hasattr(conn, "response") and not hasattr(conn, "run_tools")
        assert not hasattr(conn, "input_audio_buffer") and not hasattr(conn, "_conversation")
        assert not hasattr(conn, "conversation")  # never released: no deprecated alias
        assert conn.protocol is TRANSLATION  # a configuration of the one conversation
        assert type(conn) is TranslationConnection  # the core's class, no subclass of a feature
        opened(conn)
        assert conn.transport.close_code is None and conn.reconnects == 0
