"""Answers off the spec decode leniently with a named warning; real failures name the field."""

from __future__ import annotations

import copy
import warnings
from typing import Any

import httpx
import pytest

from realtime_ext import APIResponseValidationError
from realtime_ext._lenient import ResponseValidationWarning, diagnose
from realtime_generated.models import RealtimeCreateClientSecretResponse
from realtime_generated.types import UNSET
from tests.client._helpers import Recorder, make_client, secret_body


def _create(body: Any) -> Any:
    with make_client(Recorder([httpx.Response(200, json=body)])) as client:
        return client.client_secrets.create()


def _without(path: str) -> dict[str, Any]:
    body = copy.deepcopy(secret_body())
    *parents, last = path.split(".")
    node = body
    for key in parents:
        node = node[key]
    del node[last]
    return body


def test_a_session_without_id_is_accepted_and_reported() -> None:
    with pytest.warns(ResponseValidationWarning, match=r"session\.id: missing required field"):
        secret = _create(_without("session.id"))
    assert secret.value == "ek_test_abc123"
    assert secret.session.id is UNSET
    assert "id" not in secret.response.json()["session"]  # the raw body stays reachable


def test_unknown_values_and_extra_fields_are_kept() -> None:
    body = secret_body()
    body["session"]["type"] = "hologram"
    body["session"]["brand_new"] = {"x": 1}
    body["also_new"] = [1]
    # A session kind newer than the spec is a member the generated layer keeps as unknown
    # (RealtimeUnknownVariant), not a mismatch: no warning.
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        secret = _create(body)
    from realtime_generated.models import RealtimeUnknownVariant

    assert isinstance(secret.session, RealtimeUnknownVariant)
    assert secret.session.type_ == "hologram"
    assert secret.session.additional_properties["brand_new"] == {"x": 1}
    assert secret.parsed.additional_properties["also_new"] == [1]


def test_a_conforming_answer_gives_no_warning() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert _create(secret_body()).session.id == "sess_1"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (_without("value"), "field 'value' (the ephemeral key) is missing"),
        ({**secret_body(), "value": 5}, "field 'value' (the ephemeral key) is a int"),
        (_without("expires_at"), "field 'expires_at' is missing"),
        ({**secret_body(), "expires_at": "soon"}, "field 'expires_at' is a str, not Unix seconds"),
    ],
)
def test_real_failures_name_the_field_and_the_cause(body: dict[str, Any], expected: str) -> None:
    with pytest.raises(APIResponseValidationError) as info:
        _create(body)
    assert expected in str(info.value)


def test_diagnose_picks_the_closest_variant() -> None:
    body = _without("session.id")
    assert diagnose(RealtimeCreateClientSecretResponse, body) == [
        "session.id: missing required field"
    ]


def test_validation_errors_never_echo_the_key() -> None:
    body = {**secret_body(value="ek_live_abcdefgh12345678"), "expires_at": "x"}
    with pytest.raises(APIResponseValidationError) as info:
        _create(body)
    assert "abcdefgh12345678" not in repr(info.value.body) + str(info.value)


def test_beta_session_off_spec_is_kept_and_its_key_masked() -> None:
    body = {
        "object": "realtime.session",
        "model": "gpt-realtime",
        "modalities": ["audio", "hologram"],
        "client_secret": {"value": "ek_beta_abcdefgh12345678", "expires_at": 1_900_000_000},
    }
    client = make_client(Recorder([httpx.Response(200, json=body)]))
    with client, warnings.catch_warnings():
        warnings.simplefilter("ignore", ResponseValidationWarning)
        beta = client.sessions.create(model="gpt-realtime")
    assert beta.client_secret is not None
    assert beta.client_secret.value == "ek_beta_abcdefgh12345678"
    shown = repr(beta) + repr(beta.session) + str(beta.session)
    assert "abcdefgh12345678" not in shown
    assert beta.response.json()["modalities"] == ["audio", "hologram"]
