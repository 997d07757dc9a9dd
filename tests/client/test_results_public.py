"""What the REST methods return is importable from ``realtime_ext``, beside the clients
(issue 68: ``BetaSession``, ``CallAnswer``, ``RealtimeClientSecret`` and ``CallAction`` could
be imported only from private modules), and the results with a JSON body give it back with
``to_dict()``, ``BetaSession`` as ``ClientSecret`` (it had none)."""

from __future__ import annotations

from typing import Any

import httpx

import realtime_ext
from realtime_ext import (
    BetaSession,
    CallAction,
    CallAnswer,
    RealtimeClientSecret,
    TranslationClientSecret,
)

from ._helpers import OFFER, Recorder, answer_response, make_client, secret_body
from .test_resources import BETA, TRANSLATION


def _ok(body: dict[str, Any]) -> httpx.Response:
    return httpx.Response(200, json=body)


def test_each_result_is_public_and_is_what_the_client_returns() -> None:
    rec = Recorder(
        [
            _ok(secret_body()),
            _ok(BETA),
            answer_response(),
            httpx.Response(200),
            _ok(TRANSLATION),
        ]
    )
    with make_client(rec) as client:
        secret: RealtimeClientSecret = client.client_secrets.create()
        beta: BetaSession[Any] = client.sessions.create(model="gpt-realtime")
        answer: CallAnswer = client.calls.create(sdp=OFFER)
        done: CallAction = client.calls.hangup(answer.call_id)
        translation: TranslationClientSecret = client.translations.client_secrets.create(
            session={"model": "gpt-realtime-translate"}
        )
    assert isinstance(beta, BetaSession)
    assert isinstance(answer, CallAnswer)
    assert isinstance(done, CallAction)
    for name in ("BetaSession", "CallAction", "CallAnswer", "RealtimeClientSecret"):
        assert name in realtime_ext.__all__
    assert secret.value.startswith("ek_") and translation.value.startswith("ek_")


def test_to_dict_gives_the_body_back() -> None:
    rec = Recorder([_ok(BETA), _ok(secret_body())])
    with make_client(rec) as client:
        beta = client.sessions.create(model="gpt-realtime")
        secret = client.client_secrets.create()
    assert beta.to_dict() == BETA
    assert "ek_beta_123" not in repr(beta)  # the wrapper's repr still hides the key
    assert secret.to_dict() == secret_body()
