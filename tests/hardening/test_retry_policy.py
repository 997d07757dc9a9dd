"""The per-endpoint retry policy: what is repeated, what never is, and hangup's 'already done'."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from realtime_ext import (
    APIConnectionError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    NotFoundError,
)
from realtime_ext._retries import RetryPolicy, should_retry_status
from tests.client._helpers import (
    OFFER,
    Recorder,
    answer_response,
    error_body,
    make_async_client,
    make_client,
    secret_body,
)

MAYBE_SENT = [httpx.ReadTimeout("slow"), httpx.RemoteProtocolError("reset"), httpx.ReadError("x")]
NOT_SENT = [httpx.ConnectError("refused"), httpx.ConnectTimeout("slow"), httpx.PoolTimeout("x")]


@pytest.mark.parametrize("exc", NOT_SENT, ids=lambda e: type(e).__name__)
def test_create_retries_failures_before_sending(exc: Exception) -> None:
    recorder = Recorder([exc, answer_response()])
    answer = make_client(recorder).calls.create(sdp=OFFER)
    assert answer.call_id == "rtc_abc123"
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("exc", MAYBE_SENT, ids=lambda e: type(e).__name__)
def test_create_never_repeats_a_request_that_may_have_arrived(exc: Exception) -> None:
    recorder = Recorder([exc, answer_response()])
    with pytest.raises((APITimeoutError, APIConnectionError)):
        make_client(recorder).calls.create(sdp=OFFER)
    assert len(recorder.requests) == 1  # no second call created


@pytest.mark.parametrize("status", [500, 502, 503, 504, 409, 408, 429])
def test_create_does_not_retry_statuses_unless_asked(status: int) -> None:
    recorder = Recorder([httpx.Response(status, json=error_body("x")), answer_response()])
    with pytest.raises(Exception) as info:
        make_client(recorder).calls.create(sdp=OFFER)
    assert getattr(info.value, "status_code", None) == status
    assert len(recorder.requests) == 1


@pytest.mark.parametrize(
    ("status", "headers"),
    [(500, {"x-should-retry": "true"}), (429, {"retry-after": "1"}), (503, {"retry-after": "2"})],
)
def test_create_retries_when_the_server_asks(status: int, headers: dict[str, str]) -> None:
    recorder = Recorder([httpx.Response(status, headers=headers), answer_response()])
    make_client(recorder).calls.create(sdp=OFFER)
    assert len(recorder.requests) == 2


@pytest.mark.parametrize("action", ["accept", "refer"])
def test_accept_and_refer_are_not_repeated_after_a_read_timeout(action: str) -> None:
    recorder = Recorder([httpx.ReadTimeout("slow"), httpx.Response(200)])
    calls = make_client(recorder).calls
    with pytest.raises(APITimeoutError):
        if action == "accept":
            calls.accept("rtc_1")
        else:
            calls.refer("rtc_1", target_uri="tel:+14155550123")
    assert len(recorder.requests) == 1


@pytest.mark.parametrize("action", ["hangup", "reject"])
@pytest.mark.parametrize(
    "second",
    [
        httpx.Response(404, json=error_body("Call not found", code="not_found")),
        httpx.Response(400, json=error_body("Cannot hangup", code="invalid_call_state")),
    ],
    ids=["404", "invalid_state"],
)
@pytest.mark.parametrize(
    "first",
    [httpx.ReadTimeout("lost answer"), httpx.Response(502)],
    ids=["read_timeout", "502"],
)
def test_repeated_end_after_a_maybe_success_is_done(
    action: str, first: httpx.Response | Exception, second: httpx.Response
) -> None:
    recorder = Recorder([first, second])
    done = getattr(make_client(recorder).calls, action)("rtc_1")
    assert done.already_done and len(recorder.requests) == 2
    assert "already_done=True" in repr(done)


def test_hangup_of_an_unknown_call_is_still_an_error() -> None:
    recorder = Recorder([httpx.Response(404, json=error_body("Call not found"))])
    with pytest.raises(NotFoundError):
        make_client(recorder).calls.hangup("rtc_1")
    # A connect failure cannot have ended the call: a 404 after it is a real 404.
    recorder = Recorder([httpx.ConnectError("refused"), httpx.Response(404)])
    with pytest.raises(NotFoundError):
        make_client(recorder).calls.hangup("rtc_1")


def test_a_successful_hangup_is_not_already_done() -> None:
    done = make_client(Recorder([httpx.Response(200)])).calls.hangup("rtc_1")
    assert not done.already_done


def test_safe_endpoints_keep_openais_rules() -> None:
    recorder = Recorder(
        [httpx.ReadTimeout("x"), httpx.Response(500), httpx.Response(200, json=secret_body())]
    )
    make_client(recorder).client_secrets.create()
    assert len(recorder.requests) == 3


def test_should_retry_false_wins_everywhere() -> None:
    for policy in RetryPolicy:
        assert not should_retry_status(503, httpx.Headers({"x-should-retry": "false"}), policy)


def test_async_create_is_not_repeated() -> None:
    recorder = Recorder([httpx.ReadTimeout("slow"), answer_response()])

    async def main() -> None:
        client = make_async_client(recorder)
        with pytest.raises(APITimeoutError):
            await client.calls.create(sdp=OFFER)
        recorder.replies = [httpx.Response(502), httpx.Response(404)]
        recorder.requests.clear()
        assert (await client.calls.hangup("rtc_1")).already_done

    asyncio.run(main())


def test_internal_error_on_create_is_reported() -> None:
    recorder = Recorder([httpx.Response(500, json=error_body("boom"))])
    with pytest.raises(InternalServerError):
        make_client(recorder).calls.create(sdp=OFFER)


def test_errors_guide_table_matches_the_code() -> None:
    from pathlib import Path

    from realtime_ext._resources.calls import ACTION_POLICIES

    # The retry table lives in the errors guide (the README is a short tour).
    guide = Path(__file__).parents[2] / "docs" / "guides" / "errors.md"
    readme = guide.read_text(encoding="utf-8")
    rows = {
        policy: next(line for line in readme.splitlines() if line.startswith(f"| {first}"))
        for policy, first in (
            (RetryPolicy.ONCE, "`calls.create`"),
            (RetryPolicy.ENDS, "`calls.hangup`"),
            (RetryPolicy.SAFE, "`client_secrets`"),
        )
    }
    for action, policy in ACTION_POLICIES.items():
        assert f"`calls.{action}`" in rows[policy]
    assert "**not retried**" in rows[RetryPolicy.ONCE]
    assert "already_done=True" in rows[RetryPolicy.ENDS]


def test_a_repeated_accept_whose_error_names_no_state_is_done_only_for_a_call_accepted_here() -> (
    None
):
    # The real API's wording is not known: without a state in the message, a repeat is
    # recognised by this client's own memory of the calls it accepted.
    stateless = error_body("The call cannot be accepted.", code="invalid_call_state")
    recorder = Recorder([httpx.Response(200), httpx.Response(400, json=stateless)])
    client = make_client(recorder)
    assert client.calls.accept("rtc_1").outcome == "done"
    assert client.calls.accept("rtc_1").outcome == "already_accepted"
    recorder.replies[:] = [httpx.Response(400, json=stateless)]
    with pytest.raises(BadRequestError):
        client.calls.accept("rtc_2")  # never accepted here: a real failure
    # Ending: the code alone says the call has ended.
    recorder.replies[:] = [httpx.Response(400, json=stateless)]
    assert client.calls.hangup("rtc_3").outcome == "already_ended"
    recorder.replies[:] = [httpx.Response(400, json=error_body("bad", code="invalid_value"))]
    with pytest.raises(BadRequestError):
        client.calls.hangup("rtc_4")


def test_call_state_is_read_from_the_status_and_code_never_the_wording() -> None:
    # As recorded from the real API (tests/data/realtraffic/rest/: a hangup after a hangup), a
    # call that is over is gone: 404 call_id_not_found. Its message names no state, and a
    # message that does ("in state 'ended'", the fake's old wording) changes nothing.
    gone = error_body("No session found for the provided call_id", code="call_id_not_found")
    named = error_body("Cannot reject call 'rtc_9' in state 'ended'.", code="invalid_call_state")
    recorder = Recorder([httpx.Response(404, json=gone)])
    client = make_client(recorder)
    assert client.calls.hangup("rtc_8").outcome == "already_ended"
    recorder.replies[:] = [httpx.Response(404, json=gone)]
    assert client.calls.reject("rtc_8").outcome == "already_ended"
    recorder.replies[:] = [httpx.Response(404, json=gone)]
    with pytest.raises(NotFoundError):
        client.calls.accept("rtc_8")  # over: it cannot be accepted
    # A reject refused for its state may be of a live (accepted) call: never "ended".
    recorder.replies[:] = [httpx.Response(400, json=named)]
    with pytest.raises(BadRequestError):
        client.calls.reject("rtc_9")
    # A wrong id (any other 404) stays an error.
    recorder.replies[:] = [httpx.Response(404, json=error_body("Call not found", code="not_found"))]
    with pytest.raises(NotFoundError):
        client.calls.hangup("rtc_nope")
