"""client.live: GPT-Live's REST operations (create, sessions.*): bodies as the API takes
them, answers, retry policies, argument checks, and openai 3.57's method names."""

from __future__ import annotations

import asyncio
import importlib.util
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from realtime_ext import (
    APIResponseValidationError,
    APIStatusError,
    InvalidArgumentError,
    LiveRecording,
    LiveSessionAction,
    LiveSessionAnswer,
    SessionConfigError,
)

from ._helpers import ANSWER, API_KEY, OFFER, Recorder, error_body, make_async_client, make_client

CREATED = {"session": {"id": "live_u0_abc"}, "transport": {"type": "webrtc", "sdp": ANSWER}}
NOT_FOUND = httpx.Response(
    404,
    json=error_body(
        "Session not found.",
        code="session_id_not_found",
        param="session_id",
    ),
)


def created() -> httpx.Response:
    return httpx.Response(201, json=CREATED)


def test_create_sends_the_offer_and_the_session_as_json() -> None:
    rec = Recorder([created()])
    with make_client(rec) as client:
        answer = client.live.create(sdp=OFFER, model="gpt-live-1", instructions="Be brief.")
    request = rec.last
    assert (request.method, request.url.path) == ("POST", "/v1/live/sessions")
    assert request.headers["content-type"] == "application/json"
    assert rec.last_json() == {
        "transport": {"type": "webrtc", "sdp": OFFER},
        "session": {"model": "gpt-live-1", "instructions": "Be brief."},
    }
    assert isinstance(answer, LiveSessionAnswer)
    assert (answer.session_id, answer.sdp) == ("live_u0_abc", ANSWER)
    assert (answer.session.id, answer.transport.sdp) == ("live_u0_abc", ANSWER)  # openai's names
    assert "live_u0_abc" in repr(answer) and ANSWER not in repr(answer)


def test_create_takes_openais_session_and_transport_arguments() -> None:
    rec = Recorder([created()])
    with make_client(rec) as client:
        client.live.create(
            session={"model": "gpt-live-1", "store": True},
            transport={"type": "webrtc", "sdp": OFFER},
        )
    assert rec.last_json()["session"] == {"model": "gpt-live-1", "store": True}
    assert rec.last_json()["transport"] == {"type": "webrtc", "sdp": OFFER}


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"sdp": OFFER}, "model is required"),
        ({"model": "gpt-live-1"}, "sdp is required"),
        ({"sdp": "hello", "model": "gpt-live-1"}, "SDP|sdp|offer"),
        ({"sdp": OFFER, "model": 5}, r"session\.model: expected str"),
        ({"sdp": OFFER, "model": "gpt-live-1", "instructions": ["x"]}, "session.instructions"),
        (
            {"sdp": OFFER, "model": "gpt-live-1", "audio": {"format": {"type": "audio/pcm"}}},
            r"session\.audio\.format: unknown field",
        ),
        ({"sdp": OFFER, "session": {"model": "m", "instrucions": "x"}}, "did you mean"),
        ({"sdp": OFFER, "model": "m", "session": {"model": "m"}}, "not both"),
        ({"sdp": OFFER, "transport": {"type": "webrtc", "sdp": OFFER}, "model": "m"}, "not both"),
        ({"transport": {"type": "sip", "sdp": OFFER}, "model": "m"}, "transport.type"),
        ({"transport": {"type": "webrtc", "sdp": OFFER, "x": 1}, "model": "m"}, "transport.x"),
        ({"transport": "webrtc", "model": "m"}, "transport must be a dict"),
        ({"sdp": OFFER, "model": "m", "store": "yes"}, r"session\.store"),
        ({"sdp": OFFER, "model": "m", "extra_body": [1]}, "extra_body"),
    ],
)
def test_create_refuses_bad_input_before_the_wire(
    arguments: dict[str, object], message: str
) -> None:
    rec = Recorder([created()])
    with (
        make_client(rec) as client,
        pytest.raises((InvalidArgumentError, SessionConfigError, ValueError), match=message),
    ):
        client.live.create(**arguments)  # type: ignore[arg-type]
    assert rec.requests == []


def test_create_is_never_repeated_once_sent() -> None:
    rec = Recorder([httpx.Response(500)])
    with make_client(rec, max_retries=3) as client, pytest.raises(APIStatusError):
        client.live.create(sdp=OFFER, model="gpt-live-1")
    assert len(rec.requests) == 1


def test_an_answer_without_the_session_id_is_a_clear_error() -> None:
    rec = Recorder([httpx.Response(201, json={"transport": {"type": "webrtc", "sdp": ANSWER}})])
    missing = r"session\.id"
    with make_client(rec) as client, pytest.raises(APIResponseValidationError, match=missing):
        client.live.create(sdp=OFFER, model="gpt-live-1")


def test_the_api_key_stays_out_of_a_failed_create() -> None:
    rec = Recorder([httpx.Response(401, json=error_body(f"Incorrect API key provided: {API_KEY}"))])
    with make_client(rec) as client, pytest.raises(APIStatusError) as caught:
        client.live.create(sdp=OFFER, model="gpt-live-1")
    assert "SECRET123" not in str(caught.value) and "SECRET123" not in repr(caught.value)


def test_session_controls_send_openais_bodies() -> None:
    rec = Recorder([httpx.Response(200)])
    with make_client(rec) as client:
        sessions = client.live.sessions
        done = sessions.accept("live_1", session={"model": "gpt-live-1"})
        assert rec.last_json() == {"session": {"type": "live", "model": "gpt-live-1"}}
        sessions.refer("live_1", target_uri="sip:agent@example.com")
        assert rec.last_json() == {"target_uri": "sip:agent@example.com"}
        sessions.reject("live_1", status_code=486)
        assert rec.last_json() == {"status_code": 486}
        sessions.hangup("live_1")
        assert rec.last.content == b""
    paths = [r.url.path.rsplit("/", 1)[1] for r in rec.requests]
    assert paths == ["accept", "refer", "reject", "hangup"]
    assert {r.url.path.split("/")[-2] for r in rec.requests} == {"live_1"}
    assert isinstance(done, LiveSessionAction)
    assert (done.session_id, done.action, done.outcome) == ("live_1", "accept", "done")


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda s: s.accept("live_1", session=None), "session is required"),
        (lambda s: s.accept("live_1", session={"model": "m", "type": "realtime"}), "session.type"),
        (lambda s: s.accept("live_1", session={"model": "m", "voice": "x"}), "session.voice"),
        (lambda s: s.reject("live_1", status_code=200), "status_code"),
        (lambda s: s.reject("live_1", status_code=None), "status_code"),
        (lambda s: s.refer("live_1", target_uri="https://x"), "target_uri"),
        (lambda s: s.hangup(""), "session_id"),
        (lambda s: s.hangup(".."), "session_id"),
        (lambda s: s.hangup(5), "session_id"),
        (lambda s: s.fork("live_1"), "sdp is required"),
        (lambda s: s.fork("live_1", sdp=OFFER, session={"model": "m"}), r"session\.model"),
        (lambda s: s.download_recording(None), "session_id"),
    ],
)
def test_session_controls_refuse_bad_input_before_the_wire(call: object, message: str) -> None:
    rec = Recorder([httpx.Response(200)])
    with (
        make_client(rec) as client,
        pytest.raises((InvalidArgumentError, SessionConfigError), match=message),
    ):
        call(client.live.sessions)  # type: ignore[operator]
    assert rec.requests == []


def test_the_session_id_cannot_change_the_path() -> None:
    rec = Recorder([httpx.Response(200)])
    with make_client(rec) as client:
        client.live.sessions.hangup("live_1/../../realtime/calls/rtc_1")
    assert (
        rec.last.url.raw_path
        == b"/v1/live/sessions/live_1%2F..%2F..%2Frealtime%2Fcalls%2Frtc_1/hangup"
    )


def test_a_retried_hangup_that_finds_the_session_ended_is_done() -> None:
    # The recorded API answers a second hangup 404 session_id_not_found.
    rec = Recorder([httpx.Response(500), NOT_FOUND])
    with make_client(rec) as client:
        done = client.live.sessions.hangup("live_1")
    assert len(rec.requests) == 2
    assert done.already_done and done.outcome == "already_ended"


def test_a_first_hangup_of_an_unknown_session_is_an_error() -> None:
    rec = Recorder([NOT_FOUND])
    with make_client(rec) as client, pytest.raises(APIStatusError):
        client.live.sessions.hangup("live_nope")


@pytest.mark.parametrize("action", ["accept", "refer"])
def test_accept_and_refer_are_never_repeated_once_sent(action: str) -> None:
    rec = Recorder([httpx.Response(500)])
    with make_client(rec, max_retries=3) as client, pytest.raises(APIStatusError):
        if action == "accept":
            client.live.sessions.accept("live_1", session={"model": "gpt-live-1"})
        else:
            client.live.sessions.refer("live_1", target_uri="tel:+14155550123")
    assert len(rec.requests) == 1


def test_fork_posts_the_offer_and_overrides() -> None:
    rec = Recorder([created()])
    with make_client(rec) as client:
        forked = client.live.sessions.fork(
            "live_1", sdp=OFFER, session={"delegation": {"type": "responses"}}
        )
    assert rec.last.url.path == "/v1/live/sessions/live_1/fork"
    assert rec.last_json() == {
        "transport": {"type": "webrtc", "sdp": OFFER},
        "session": {"delegation": {"type": "responses"}},
    }
    assert forked.session_id == "live_u0_abc"


def test_download_recording_returns_the_bytes(tmp_path: Path) -> None:
    audio = httpx.Response(200, content=b"RIFF\x00wav", headers={"content-type": "audio/wav"})
    rec = Recorder([audio])
    with make_client(rec) as client:
        recording = client.live.sessions.download_recording("live_1")
    assert (rec.last.method, rec.last.url.path) == ("GET", "/v1/live/sessions/live_1/content")
    assert isinstance(recording, LiveRecording)
    assert (recording.read(), recording.content_type) == (b"RIFF\x00wav", "audio/wav")
    recording.write_to_file(tmp_path / "call.wav")
    assert (tmp_path / "call.wav").read_bytes() == b"RIFF\x00wav"


def test_the_asyncio_client_does_the_same() -> None:
    rec = Recorder([created(), httpx.Response(200)])

    async def main() -> None:
        async with make_async_client(rec) as client:
            answer = await client.live.create(sdp=OFFER, model="gpt-live-1")
            rec.replies = [httpx.Response(200)]
            await client.live.sessions.accept(answer.session_id, session={"model": "gpt-live-1"})
            await client.live.sessions.refer(answer.session_id, target_uri="tel:+1")
            await client.live.sessions.hangup(answer.session_id)
            with pytest.raises(InvalidArgumentError):
                await client.live.sessions.reject(answer.session_id, status_code=99)

    asyncio.run(main())
    assert [r.url.path for r in rec.requests] == [
        "/v1/live/sessions",
        "/v1/live/sessions/live_u0_abc/accept",
        "/v1/live/sessions/live_u0_abc/refer",
        "/v1/live/sessions/live_u0_abc/hangup",
    ]


# -- openai 3.57's client.live, method by method -------------------------------------------

# Documented aliases: none so far (every method has openai's name).
ALIASES: dict[str, str] = {}


def _openai_live_methods() -> list[str]:
    spec = importlib.util.find_spec("openai")
    assert spec is not None and spec.origin is not None, "openai (a dev dependency) is missing"
    api_md = Path(spec.origin).parent / "resources" / "live" / "api.md"
    text = api_md.read_text(encoding="utf-8")
    return re.findall(r"client\.(live(?:\.\w+)*)\.<a [^>]*>(\w+)</a>", text)  # type: ignore[return-value]


def test_every_method_of_openais_live_api_md_is_here() -> None:
    found = _openai_live_methods()
    # The page lists create and the six session controls (a broken pattern finds none).
    assert len(found) >= 7, found
    with make_client(Recorder([])) as client:
        for namespace, method in found:
            target: object = client.live
            for part in namespace.split(".")[1:]:
                target = getattr(target, part)
            name = ALIASES.get(f"{namespace}.{method}", method)
            assert callable(getattr(target, name, None)), f"client.{namespace}.{method} is missing"


# Not openai's: raw and streaming response wrappers (the SDK keeps the response on each
# result, `.response`).
NOT_OURS = {"with_raw_response", "with_streaming_response"}


@pytest.mark.parametrize("driver", ["sync", "asyncio"])
def test_openais_live_resources_are_all_here(driver: str) -> None:
    # Beyond api.md's methods: the sockets (connect, sideband.connect, forks.connect) and
    # every method of each of openai's Live resource classes, on both clients.
    from openai.resources.live import forks, live, sessions, sideband

    prefix = "" if driver == "sync" else "Async"
    ours: Any = make_client(Recorder([])) if driver == "sync" else make_async_client(Recorder([]))
    targets = {
        getattr(live, f"{prefix}Live"): ours.live,
        getattr(sessions, f"{prefix}Sessions"): ours.live.sessions,
        getattr(sideband, f"{prefix}Sideband"): ours.live.sideband,
        getattr(forks, f"{prefix}Forks"): ours.live.forks,
    }
    for theirs, here in targets.items():
        names = {n for n in dir(theirs) if not n.startswith("_")} - NOT_OURS
        missing = sorted(n for n in names if not hasattr(here, n))
        assert not missing, f"{theirs.__name__}: {missing}"
