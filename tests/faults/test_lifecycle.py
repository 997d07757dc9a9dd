"""A connection's life against a real ``serve-fake`` process (issue 77, items 5 and 7): a
``close(timeout=)`` that returns by its bound against a frozen server, what a close or a
quiet end leaves unsent reported, every move to a new session through the reconnect's
backoff and ``max_retries``, and a dropped Realtime session carried into the next one.

Bounds are real seconds that fail a test instead of hanging it (``Both.start(...).result``),
never slept and never compared with a measured duration.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import pytest

from realtime_ext import (
    APITimeoutError,
    AsyncRealtimeClient,
    ConnectionClosed,
    RealtimeClient,
    RealtimeServerError,
    ReconnectError,
    UndeliveredError,
)
from realtime_ext.conversation import ReconnectedEvent, ReconnectingEvent
from realtime_ext.testing import FakeRealtimeServer, ManualClock
from support.both import FLAVOURS, Both, running
from support.served_fake import ServedFake

KEY = "sk-lifecycle-0123456789abcdef"
T = 10.0
SILENCE = b"\x00\x00" * 2400  # 100 ms of PCM16 at 24 kHz


@pytest.fixture(params=FLAVOURS)
def both(request: pytest.FixtureRequest) -> Iterator[Both]:
    yield from running(Both(request.param))


def client_for(both: Both, served: ServedFake | FakeRealtimeServer) -> Any:
    kind = AsyncRealtimeClient if both.is_async else RealtimeClient
    return kind(api_key=KEY, base_url=served.base_url)


def test_close_returns_by_its_timeout_against_a_frozen_server(
    served: ServedFake, both: Both
) -> None:
    """The server freezes (SIGSTOP) mid-session: ``close(timeout=0.5)`` waits for a
    ``session.closed`` that never comes, then for a closing handshake the server never
    answers. It raises ``APITimeoutError`` and leaves the socket closed within its bound; the
    socket's own ``close_timeout`` (10 s by default) no longer adds to it. The 5 s bound only
    fails the test when it does."""
    served.start()
    client = client_for(both, served)
    conn = both(client.live.connect(model="gpt-live-1", max_retries=0))
    both(conn.send_audio(SILENCE * 3))
    both(conn.run_until("session.output_audio.delta", timeout=T))
    served.stop()
    try:
        with pytest.raises(APITimeoutError):
            both.start(lambda: conn.close(timeout=0.5)).result(5.0)
        assert conn.close_code is not None  # the socket is closed (dropped) either way
    finally:
        served.cont()
        both(client.close())


def test_a_realtime_close_returns_by_its_timeout_against_a_frozen_server(
    served: ServedFake, both: Both
) -> None:
    """The Realtime connection's ``close(timeout=0.5)``: the server freezes (SIGSTOP) and
    never answers the close frame; the close drops the socket within its bound instead of
    waiting out ``close_timeout`` (10 s by default, past the 5 s that fails the test)."""
    served.start()
    client = client_for(both, served)
    conn = both(client.connect(model="gpt-realtime", max_retries=0))
    assert both(conn.recv(T)).type == "session.created"
    served.stop()
    try:
        both.start(lambda: conn.close(timeout=0.5)).result(5.0)
        assert conn.close_code is not None  # the socket is closed (dropped)
    finally:
        served.cont()
        both(client.close())


# -- every move through the reconnect's backoff and max_retries ----------------------------
def receive_until_it_raises(both: Both, conn: Any) -> BaseException:
    """Receive until the conversation raises (bounded: the test fails, never hangs)."""

    async def loop_async() -> BaseException:
        while True:
            try:
                await conn.recv(timeout=T)
            except APITimeoutError:
                raise
            except Exception as exc:
                return exc

    def loop_sync() -> BaseException:
        while True:
            try:
                conn.recv(timeout=T)
            except APITimeoutError:
                raise
            except Exception as exc:
                return exc

    step = loop_async if both.is_async else loop_sync
    found: BaseException = both.start(step).result(3 * T)
    return found


@pytest.mark.parametrize("api", ["realtime", "live"])
def test_a_server_that_expires_every_session_is_moved_to_at_most_max_retries_times(
    both: Both, api: str
) -> None:
    """Every session ends at once (Realtime: ``session_expired`` then a 1001 close;
    GPT-Live: ``session.closed`` reason ``expired``). The conversation moves on as after a
    drop: ``on_reconnecting`` told of each attempt with the reconnect's growing backoff,
    ``max_retries`` new sessions at most, then a ``ReconnectError``, instead of a new
    session at once for ever (107 in 6 s before)."""
    attempts: list[ReconnectingEvent] = []
    server = (
        FakeRealtimeServer(max_session_seconds=0.05)
        if api == "realtime"
        else FakeRealtimeServer(live_session_seconds=0.05)
    )
    with server:
        client = client_for(both, server)
        options: dict[str, Any] = {
            "max_retries": 3,
            "reconnect_delay": 0.01,
            "on_reconnecting": attempts.append,
        }
        if api == "realtime":
            conn = both(client.connect(model="gpt-realtime", **options))
        else:
            conn = both(client.live.connect(model="gpt-live-1", **options))
        raised = receive_until_it_raises(both, conn)
        opened = len(server.connections)
        both(conn.close())
        both(client.close())
    assert isinstance(raised, ReconnectError), raised
    assert raised.attempts == 3
    assert opened == 4  # the first session and one per attempt
    assert [event.attempt for event in attempts] == [1, 2, 3]
    # Each attempt waits longer than the one before (the backoff, with its jitter).
    for event in attempts:
        assert 0.0075 * 2 ** (event.attempt - 1) <= event.delay <= 0.01 * 2 ** (event.attempt - 1)


# -- what a close or a quiet end leaves behind is reported -------------------------------
def test_close_during_a_reconnect_reports_the_commentary_it_never_sent(both: Both) -> None:
    """The line drops; while the reconnect waits out its backoff the app sends commentary
    (queued for the new connection), then closes: ``close()`` raises ``UndeliveredError``
    listing it, once the connection is closed (it was dropped with a log line only)."""
    with FakeRealtimeServer() as server:
        client = client_for(both, server)
        conn = both(client.live.connect(model="gpt-live-1", reconnect_delay=30))
        server.drop_connections()
        with pytest.raises(APITimeoutError, match="reconnect goes on"):
            both(conn.recv(timeout=0.5))
        both(conn.commentary("The order ships on Friday."))  # queued: the line is down
        with pytest.raises(UndeliveredError) as caught:
            both.start(conn.close).result(T)
        assert [json.loads(text)["content"] for text in caught.value.unsent] == [
            "The order ships on Friday."
        ]
        assert isinstance(caught.value, ConnectionClosed)
        assert conn.close_code is not None
        both(conn.close())  # closed: a second close has nothing left to report
        both(client.close())


def test_a_normal_close_leaving_commentary_unacknowledged_is_not_a_quiet_end(
    both: Both,
) -> None:
    """The server takes the commentary and closes with 1000, no ``session.closed`` and no
    ``session.commentary.appended``: the loop over events raises ``ConnectionClosed``
    listing the commentary (``.unconfirmed``) instead of ending as if all went through."""

    async def loop_async() -> None:
        async for _ in conn:
            pass

    def loop_sync() -> None:
        for _ in conn:
            pass

    with FakeRealtimeServer() as server:
        client = client_for(both, server)
        conn = both(client.live.connect(model="gpt-live-1", max_retries=0))
        server.faults.drop_after(0, code=1000)  # the acknowledgement becomes a 1000 close
        both(conn.commentary("Tell the user their package arrives on Friday."))
        with pytest.raises(ConnectionClosed) as caught:
            both.start(loop_async if both.is_async else loop_sync).result(T)
        assert caught.value.code == 1000
        [item] = caught.value.unconfirmed.items
        assert item["type"] == "session.commentary.append"
        assert item["content"] == "Tell the user their package arrives on Friday."
        both(conn.close())
        both(client.close())


def only_the_next_is_unconfirmed(both: Both, server: FakeRealtimeServer, conn: Any) -> None:
    """The next acknowledgement becomes a 1000 close; the commentary sent next is then the
    only send ``ConnectionClosed.unconfirmed`` lists."""
    server.faults.drop_after(0, code=1000)
    both(conn.commentary("It arrives on Monday."))
    with pytest.raises(ConnectionClosed) as caught:
        both(conn.run_until("session.commentary.appended", timeout=T))
    assert [item["content"] for item in caught.value.unconfirmed.items] == ["It arrives on Monday."]


def test_only_the_commentary_never_acknowledged_is_reported(both: Both) -> None:
    """The first commentary is acknowledged (``session.commentary.appended``), the second's
    acknowledgement becomes a 1000 close: ``ConnectionClosed.unconfirmed`` lists the second
    only (the kind's acknowledgements confirm its appends, one by one, in order)."""
    with FakeRealtimeServer() as server:
        client = client_for(both, server)
        conn = both(client.live.connect(model="gpt-live-1", max_retries=0))
        both(conn.commentary("The order ships on Friday."))
        both(conn.run_until("session.commentary.appended", timeout=T))
        only_the_next_is_unconfirmed(both, server, conn)
        both(conn.close())
        both(client.close())


def test_a_commentary_the_server_refused_is_not_reported_unconfirmed(both: Both) -> None:
    """GPT-Live's ``error`` names the send it refuses ``client_event_id``: that send is
    settled (no acknowledgement is owed), so a drop after it lists only what is still owed.
    The book read the Realtime API's ``event_id`` only, and kept the refused one."""
    with FakeRealtimeServer() as server:
        client = client_for(both, server)
        conn = both(client.live.connect(model="gpt-live-1", max_retries=0))
        server.script.error("Too long.", code="invalid_value", on="session.commentary.append")
        refused = {
            "type": "session.commentary.append",
            "content": "The order ships on Friday.",
            "delegation_id": None,
            "event_id": "e_refused",
        }
        both(conn.send(refused))
        with pytest.raises(RealtimeServerError) as error:
            both(conn.run_until("session.commentary.appended", timeout=T))
        assert error.value.event_id == "e_refused"
        only_the_next_is_unconfirmed(both, server, conn)
        both(conn.close())
        both(client.close())


# -- one default for a dropped session on both APIs ------------------------------------------
def say(text: str) -> dict[str, Any]:
    return {
        "type": "conversation.item.create",
        "item": {
            "type": "message",
            "role": "user",
            "content": [{"type": "input_text", "text": text}],
        },
    }


def test_a_killed_realtime_server_leaves_its_conversation_to_the_next_session(
    served: ServedFake, both: Both
) -> None:
    """A Realtime connection with no voice, mid-session, its server killed (SIGKILL) and
    started again on the same port: the new session is given the earlier turn (the
    connection's own log of its items), so a question that needs it is answered from it,
    and ``ReconnectedEvent.carried`` says so. It used to get the configuration only, while
    GPT-Live carried its transcripts."""
    served.start({"responses": [{"text": "Nice to meet you, Ada."}]})
    told: list[ReconnectedEvent] = []

    def restart(event: ReconnectingEvent) -> None:
        if served.proc is None:
            served.start({"responses": [{"recall": 1}]})

    client = client_for(both, served)
    conn = both(
        client.connect(
            model="gpt-realtime",
            reconnect_delay=0.01,
            on_reconnecting=restart,
            on_reconnected=told.append,
        )
    )
    both(conn.send(say("My name is Ada.")))
    both(conn.response.create())
    both(conn.run_until("response.done", timeout=T))
    served.kill()
    both.start(lambda: conn.run_until("session.created", timeout=T)).result(2 * T)
    both(conn.send(say("What did I say first?")))
    both(conn.response.create())
    done = both(conn.run_until("response.done", timeout=T))
    part = done.to_dict()["response"]["output"][0]["content"][0]
    answer = part.get("text") or part.get("transcript")  # the session's modality's
    both(conn.close())
    both(client.close())
    assert answer == "You said: My name is Ada."
    [event] = told
    assert event.reason == "drop" and event.carried == "conversation"
    assert len(event.carried_ids) == 2  # the user's message and the answer


# -- the rollover waits for a quiet point within a bound -------------------------------------
def test_a_rollover_that_finds_no_quiet_point_still_comes_before_the_cap(both: Both) -> None:
    """The user speaking all along (server VAD's ``speech_started`` with no stop): the
    conversation is never quiet. Past ``max_session_duration`` the rollover waits for a quiet
    point, but only a tenth of the duration: then it moves to a new session all the same,
    where it waited for ever and the server's cap moved it instead, mid-turn, every session.
    A response under way is not cut: the rollover waits for its end. Timed on the
    connection's manual clock."""
    told: list[ReconnectedEvent] = []
    clock = ManualClock()
    with FakeRealtimeServer() as server:
        server.script.next_response(text="never finished", hold=True)
        client = client_for(both, server)
        conn = both(
            client.connect(
                model="gpt-realtime",
                clock=clock,
                max_session_duration=60,
                on_reconnected=told.append,
            )
        )
        both(conn.run_until("session.created", timeout=T))
        both(conn.response.create())
        both(conn.run_until("response.created", timeout=T))
        clock.advance(61)  # due, and busy: the rollover waits for a quiet point
        with pytest.raises(APITimeoutError):
            for _ in range(20):  # what the held response sent so far, then nothing
                both(conn.recv(timeout=0.2))
        assert not told and len(server.connections) == 1
        clock.advance(6)  # its wait (6 s: a tenth of 60) is over, but a response is under way
        with pytest.raises(APITimeoutError):
            both(conn.recv(timeout=0.3))
        assert not told and len(server.connections) == 1
        server.push(
            {"type": "input_audio_buffer.speech_started", "audio_start_ms": 0, "item_id": "item_u1"}
        )  # the user speaks: not quiet, and never will be
        both(conn.response.cancel())  # the held response ends (cancelled)
        assert both(conn.run_until("response.done", timeout=T)).type == "response.done"
        assert both(conn.recv(timeout=T)).type == "session.created"  # moved, not waiting
        both(conn.close())
        both(client.close())
    assert [event.reason for event in told] == ["rollover"]
    assert len(server.connections) == 2
