"""Error statuses map to typed exceptions carrying the OpenAI error body and request id."""

from __future__ import annotations

import httpx
import pytest

from realtime_ext import (
    APIResponseValidationError,
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
)

from ._helpers import Recorder, error_body, make_client

CASES = [
    (400, BadRequestError),
    (401, AuthenticationError),
    (403, PermissionDeniedError),
    (404, NotFoundError),
    (409, ConflictError),
    (422, UnprocessableEntityError),
    (429, RateLimitError),
    (500, InternalServerError),
    (503, InternalServerError),
]


@pytest.mark.parametrize(("code", "cls"), CASES)
def test_status_maps_to_class_with_fields_and_message(code: int, cls: type[APIStatusError]) -> None:
    body = error_body(
        "Invalid 'status_code'.",
        type_="invalid_request_error",
        code="invalid_value",
        param="status_code",
    )
    reply = httpx.Response(code, json=body, headers={"x-request-id": "req_42"})
    rec = Recorder([reply])
    with make_client(rec, max_retries=0) as client, pytest.raises(cls) as info:
        client.calls.reject("rtc_1", status_code=486)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, OpenAIError)
    assert exc.status_code == code
    assert exc.message.startswith("Invalid 'status_code'.")
    assert (exc.type, exc.code, exc.param) == (
        "invalid_request_error",
        "invalid_value",
        "status_code",
    )
    assert exc.request_id == "req_42"
    assert exc.body == body
    assert exc.response.status_code == code
    text = str(exc)
    assert text.startswith(f"Error code: {code} - Invalid 'status_code'.")
    for part in (
        "POST /v1/realtime/calls/rtc_1/reject",
        "code=invalid_value",
        "param=status_code",
        "request_id=req_42",
    ):
        assert part in text


def test_unlisted_4xx_is_a_plain_api_status_error() -> None:
    rec = Recorder([httpx.Response(418, json=error_body("teapot"))])
    with make_client(rec) as client, pytest.raises(APIStatusError) as info:
        client.calls.hangup("rtc_1")
    assert type(info.value) is APIStatusError
    assert info.value.status_code == 418


def test_non_json_error_body_is_the_message() -> None:
    rec = Recorder([httpx.Response(502, text="<html>Bad gateway</html>")])
    with make_client(rec, max_retries=0) as client, pytest.raises(InternalServerError) as info:
        client.calls.hangup("rtc_1")
    assert "Bad gateway" in str(info.value)
    assert info.value.code is None
    assert info.value.request_id is None


def test_empty_error_body_uses_the_reason_phrase() -> None:
    rec = Recorder([httpx.Response(404)])
    with make_client(rec) as client, pytest.raises(NotFoundError) as info:
        client.calls.hangup("rtc_1")
    assert "Not Found" in str(info.value)


def test_problem_json_body_is_readable() -> None:
    problem = {
        "type": "https://x/errors#UNPROCESSABLE_ENTITY",
        "title": "Invalid request",
        "detail": "Your request is not valid",
    }
    reply = httpx.Response(422, json=problem, headers={"Content-Type": "application/problem+json"})
    rec = Recorder([reply])
    with make_client(rec) as client, pytest.raises(UnprocessableEntityError) as info:
        client.client_secrets.create()
    assert "Invalid request: Your request is not valid" in str(info.value)


def test_success_with_non_json_body_is_a_validation_error() -> None:
    rec = Recorder([httpx.Response(200, text="not json", headers={"x-request-id": "req_9"})])
    with make_client(rec) as client, pytest.raises(APIResponseValidationError) as info:
        client.client_secrets.create()
    assert info.value.status_code == 200
    assert info.value.request_id == "req_9"
    assert "is not valid JSON" in str(info.value)


def test_success_with_wrong_shape_names_the_missing_field() -> None:
    rec = Recorder([httpx.Response(200, json={"expires_at": 1, "session": {}})])
    with make_client(rec) as client, pytest.raises(APIResponseValidationError) as info:
        client.client_secrets.create()
    assert "field 'value'" in str(info.value) and "missing" in str(info.value)


def test_success_with_a_json_list_is_a_validation_error() -> None:
    rec = Recorder([httpx.Response(200, json=[1, 2])])
    with make_client(rec) as client, pytest.raises(APIResponseValidationError, match="got list"):
        client.sessions.create()
