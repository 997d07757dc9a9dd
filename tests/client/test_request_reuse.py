"""Work done once per distinct request body (the session check, the generated model round
trip) is reused only for exactly the same body: anything else is checked and built anew.

No timings here (the bench has the request rows); these check the reuse never changes what
is refused or sent.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from realtime_ext import SessionConfigError
from realtime_ext.session import realtime_session

from ._helpers import OFFER, Recorder, answer_response, make_client, secret_body


def _ok(request: httpx.Request) -> httpx.Response:
    if request.url.path.endswith("/calls"):
        return answer_response()
    return httpx.Response(200, json=secret_body())


def _sent_session(request: httpx.Request) -> Any:
    return json.loads(request.content)["session"]


def test_a_session_changed_after_a_sent_request_is_checked_again() -> None:
    rec = Recorder([_ok] * 3)
    session: dict[str, Any] = {"type": "realtime", "instructions": "Hi"}
    with make_client(rec) as client:
        client.client_secrets.create(session=session)
        client.client_secrets.create(session=session)
        session["instrucions"] = "typo"
        with pytest.raises(SessionConfigError, match="instrucions"):
            client.client_secrets.create(session=session)
        del session["instrucions"]
        session["instructions"] = "Bye"
        client.client_secrets.create(session=session)
    assert [_sent_session(r)["instructions"] for r in rec.requests] == ["Hi", "Hi", "Bye"]


def test_a_refused_session_is_refused_every_time() -> None:
    rec = Recorder([_ok])
    with make_client(rec) as client:
        for _ in range(3):
            with pytest.raises(SessionConfigError):
                client.client_secrets.create(session={"type": "realtime", "voice": 5})
            with pytest.raises(SessionConfigError):
                client.calls.create(sdp=OFFER, session={"voice": 5})
    assert rec.requests == []


def test_fields_vouched_by_a_builder_are_not_vouched_for_the_same_plain_dict() -> None:
    built = realtime_session(model="gpt-realtime", extra={"brand_new": 1})
    plain = dict(built)
    assert plain == built
    rec = Recorder([_ok])
    with make_client(rec) as client:
        client.client_secrets.create(session=built)
        with pytest.raises(SessionConfigError, match="brand_new"):
            client.client_secrets.create(session=plain)
    assert len(rec.requests) == 1


def test_same_json_with_other_python_types_is_told_apart() -> None:
    # 1 and 1.0 and True are different JSON: each is checked on its own.
    rec = Recorder([_ok] * 2)
    with make_client(rec) as client:
        client.client_secrets.create(session={"type": "realtime", "max_output_tokens": 10})
        with pytest.raises(SessionConfigError, match="max_output_tokens"):
            client.client_secrets.create(session={"type": "realtime", "max_output_tokens": True})
        client.client_secrets.create(session={"type": "realtime", "max_output_tokens": "inf"})
    assert [_sent_session(r)["max_output_tokens"] for r in rec.requests] == [10, "inf"]


def test_each_kind_of_endpoint_checks_its_own_kinds() -> None:
    transcription = {"type": "transcription"}
    rec = Recorder([_ok] * 2)
    with make_client(rec) as client:
        client.client_secrets.create(session=transcription)
        with pytest.raises(SessionConfigError):
            client.calls.create(sdp=OFFER, session=transcription)
    assert len(rec.requests) == 1


def test_multipart_session_part_is_the_checked_json() -> None:
    rec = Recorder([_ok] * 2)
    with make_client(rec) as client:
        for _ in range(2):
            client.calls.create(sdp=OFFER, session={"model": "gpt-realtime"})
    bodies = [r.content for r in rec.requests]
    for body in bodies:
        assert b'{"type":"realtime","model":"gpt-realtime"}' in body
    # A fresh boundary per request: the body is built each time, only the check is reused.
    assert bodies[0] != bodies[1]
