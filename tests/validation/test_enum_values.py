"""An enum value the spec does not list: a typo of a listed one is refused before sending
with a did-you-mean, a value far from every listed one passes (newer than the spec), and
the fake server refuses both as the API does.

The generated enums keep an unknown value as a member they make up (``is_known`` False), so
a decoded typo looked like a listed value: ``tool_choice="autoo"`` went out and the API
answered with an error.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from realtime_ext import InvalidEventError, RealtimeClient, SessionConfigError
from realtime_ext.events._sends import RealtimeSends
from realtime_ext.testing import FakeRealtimeServer
from tests.validation._wire import Wire


@pytest.mark.parametrize(
    ("session", "message"),
    [
        (
            {"type": "realtime", "tool_choice": "autoo"},
            "session.tool_choice: unsupported value 'autoo', did you mean 'auto'? "
            "(this field takes 'auto', 'none', 'required')",
        ),
        (
            {"type": "realtime", "output_modalities": ["audi"]},
            "session.output_modalities[0]: unsupported value 'audi', did you mean 'audio'?",
        ),
        (
            {
                "type": "realtime",
                "audio": {
                    "input": {"turn_detection": {"type": "semantic_vad", "eagerness": "hig"}}
                },
            },
            "session.audio.input.turn_detection.eagerness: unsupported value 'hig', "
            "did you mean 'high'?",
        ),
    ],
)
def test_a_typo_of_a_listed_value_is_refused_before_sending(
    client: RealtimeClient, wire: Wire, session: dict[str, Any], message: str
) -> None:
    with pytest.raises(SessionConfigError) as caught:
        client.client_secrets.create(session=session)
    assert str(caught.value).startswith(message)
    with pytest.raises(InvalidEventError, match="did you mean"):
        RealtimeSends(lambda event: None).session.update(session=session)
    assert wire.sent == []


def test_a_typed_send_refuses_a_typo_too() -> None:
    with pytest.raises(InvalidEventError, match=r"response\.output_modalities\[0\]: .*'text'\?"):
        RealtimeSends(lambda event: None).response.create(response={"output_modalities": ["txt"]})


@pytest.mark.parametrize(
    "session",
    [
        {"type": "realtime", "tool_choice": "auto"},
        {"type": "realtime", "tool_choice": "a-mode-newer-than-the-spec"},
        {"type": "realtime", "output_modalities": ["audio"]},
        {"type": "realtime", "output_modalities": ["hologram"]},
        # Close to "high", but longer by more than a slip: a value newer than the spec.
        {
            "type": "realtime",
            "audio": {
                "input": {"turn_detection": {"type": "semantic_vad", "eagerness": "very_high"}}
            },
        },
    ],
)
def test_listed_values_and_values_newer_than_the_spec_pass(session: dict[str, Any]) -> None:
    sent: list[Any] = []
    RealtimeSends(sent.append).session.update(session=session)
    assert len(sent) == 1


def test_an_int_enum_names_its_values() -> None:
    session = {
        "type": "realtime",
        "audio": {"input": {"format": {"type": "audio/pcm", "rate": 16000}}},
    }
    with pytest.raises(InvalidEventError) as caught:
        RealtimeSends(lambda event: None).session.update(session=session)
    assert "session.audio.input.format.rate: expected 24000 or None, got int 16000" in str(
        caught.value
    )


def test_the_fake_server_refuses_any_unlisted_value_as_the_api_does() -> None:
    with FakeRealtimeServer() as fake:
        answer = httpx.post(
            f"{fake.base_url}/realtime/client_secrets",
            json={"session": {"type": "realtime", "tool_choice": "a-mode-newer-than-the-spec"}},
            headers={"Authorization": "Bearer sk-test"},
        )
    assert answer.status_code == 400
    error = answer.json()["error"]
    assert (error["code"], error["param"]) == ("invalid_value", "session.tool_choice")
    assert error["message"].startswith("Invalid value: 'a-mode-newer-than-the-spec'.")
