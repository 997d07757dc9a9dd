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
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import InvalidEventError, RealtimeClient, SessionConfigError
from realtime_ext._validate import _one_slip  # pyright: ignore[reportPrivateUsage]
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


@pytest.mark.parametrize(
    ("session", "path", "meant"),
    [
        (
            {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "server_vda"}}}},
            "session.audio.input.turn_detection.type",
            "server_vad",
        ),
        (
            {"type": "realtime", "audio": {"input": {"noise_reduction": {"type": "near_fild"}}}},
            "session.audio.input.noise_reduction.type",
            "near_field",
        ),
        (
            {"type": "realtime", "tools": [{"type": "functoin", "name": "lookup"}]},
            "session.tools[0].type",
            "function",
        ),
        (
            {"type": "realtime", "audio": {"input": {"format": {"type": "audio/pcmx"}}}},
            "session.audio.input.format.type",
            "audio/pcm",
        ),
    ],
)
def test_a_misspelt_kind_is_a_typo_not_a_newer_variant(
    session: dict[str, Any], path: str, meant: str
) -> None:
    with pytest.raises(InvalidEventError) as caught:
        RealtimeSends(lambda event: None).session.update(session=session)
    assert f"{path}: unsupported value" in str(caught.value)
    assert f"did you mean {meant!r}?" in str(caught.value)


@pytest.mark.parametrize(
    "session",
    [
        {"type": "realtime", "audio": {"input": {"turn_detection": {"type": "neural_vad"}}}},
        {"type": "realtime", "audio": {"input": {"format": {"type": "audio/opus"}}}},
        {"type": "realtime", "audio": {"input": {"noise_reduction": {"type": "mid_field"}}}},
    ],
)
def test_a_kind_newer_than_the_spec_passes(session: dict[str, Any]) -> None:
    sent: list[Any] = []
    RealtimeSends(sent.append).session.update(session=session)
    assert len(sent) == 1


def _distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein without repeated edits)."""
    rows = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        rows[i][0] = i
    for j in range(len(b) + 1):
        rows[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            rows[i][j] = min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


@given(st.text(alphabet="abc_", max_size=7), st.text(alphabet="abc_", max_size=7))
def test_one_slip_is_an_edit_distance_of_one(a: str, b: str) -> None:
    assert _one_slip(a, b) == (_distance(a, b) == 1)


_TEXT = st.text(max_size=12)


@given(
    st.sampled_from(
        [
            lambda v: {"tool_choice": v},
            lambda v: {"output_modalities": [v]},
            lambda v: {"audio": {"input": {"turn_detection": {"type": v}}}},
            lambda v: {"audio": {"input": {"noise_reduction": {"type": v}}}},
            lambda v: {"audio": {"input": {"format": {"type": v}}}},
            lambda v: {"tools": [{"type": v, "name": "lookup"}]},
            lambda v: {"truncation": {"type": v, "retention_ratio": 0.5}},
        ]
    ),
    _TEXT,
)
def test_any_value_passes_or_gets_the_sdks_error(place: Any, value: str) -> None:
    session = {"type": "realtime", **place(value)}
    try:
        RealtimeSends(lambda event: None).session.update(session=session)
    except InvalidEventError as exc:
        assert str(exc).startswith("session.update: session.")


@pytest.mark.parametrize(
    ("role", "part", "allowed"),
    [
        ("assistant", "text", "'output_audio', 'output_text'"),  # the beta API's name
        ("assistant", "input_text", "'output_audio', 'output_text'"),
        ("assistant", "input_audio", "'output_audio', 'output_text'"),
        ("user", "output_text", "'input_audio', 'input_image', 'input_text'"),
        ("user", "text", "'input_audio', 'input_image', 'input_text'"),
    ],
)
def test_a_content_part_type_of_another_role_is_refused_before_sending(
    role: str, part: str, allowed: str
) -> None:
    """Issue 68: an assistant part of type "text" passed the typed send as a value newer
    than the spec, and the server refused it. A type the spec lists for another role (or the
    beta API's) is a known type in the wrong place: refused, naming the role's types."""
    sent: list[object] = []
    item = {"type": "message", "role": role, "content": [{"type": part, "text": "Hi"}]}
    sends = RealtimeSends(sent.append)
    with pytest.raises(InvalidEventError) as caught:
        sends.conversation.item.create(item=item)
    assert f"item.content[0].type: unsupported value '{part}'" in str(caught.value)
    assert f"(this field takes {allowed})" in str(caught.value)
    assert sent == []


def test_a_content_part_type_newer_than_the_spec_still_passes() -> None:
    sent: list[object] = []
    item = {"type": "message", "role": "assistant", "content": [{"type": "output_image"}]}
    RealtimeSends(sent.append).conversation.item.create(item=item)
    assert len(sent) == 1
