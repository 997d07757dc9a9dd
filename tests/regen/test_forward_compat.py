"""Unknown enum values and unknown fields from the server are kept, never a crash."""

from __future__ import annotations

from realtime_generated import models


def _status_event(status: str) -> dict[str, object]:
    return {
        "event_id": "event_1",
        "type": "response.done",
        "response": {"id": "resp_1", "object": "realtime.response", "status": status},
    }


def test_unknown_enum_value_is_kept_and_reachable() -> None:
    event = models.RealtimeServerEventResponseDone.from_dict(_status_event("paused_for_tea"))
    status = event.response.status
    assert status == "paused_for_tea"
    assert status.value == "paused_for_tea"
    assert not status.is_known
    assert event.to_dict()["response"]["status"] == "paused_for_tea"


def test_known_enum_value_is_a_real_member() -> None:
    event = models.RealtimeServerEventResponseDone.from_dict(_status_event("completed"))
    assert event.response.status is type(event.response.status).COMPLETED
    assert event.response.status.is_known


def test_unknown_fields_are_kept() -> None:
    payload = {
        "event_id": "e",
        "type": "input_audio_buffer.cleared",
        "brand_new_field": {"nested": [1, 2]},
    }
    event = models.RealtimeServerEventInputAudioBufferCleared.from_dict(payload)
    assert event.additional_properties == {"brand_new_field": {"nested": [1, 2]}}
    assert event.to_dict() == payload


def test_event_type_constants_stay_strict() -> None:
    # Single-value enums are `type` discriminators: they must refuse other values so the
    # generator's anyOf decoding picks the right member.
    import pytest

    with pytest.raises(ValueError):
        models.RealtimeServerEventInputAudioBufferCleared.from_dict(
            {"event_id": "e", "type": "input_audio_buffer.committed"}
        )


def test_ephemeral_keys_stay_out_of_model_reprs() -> None:
    secret = "ek_68af296e8e408191a1120ab6383263c2"
    response = models.RealtimeCreateClientSecretResponse.from_dict(
        {
            "value": secret,
            "expires_at": 1756310470,
            "session": {"type": "realtime", "id": "sess_1", "object": "realtime.session"},
        }
    )
    assert response.value == secret
    assert secret not in repr(response)
    translation = models.RealtimeTranslationClientSecretCreateResponse.from_dict(
        {
            "value": secret,
            "expires_at": 1,
            "session": {
                "id": "sess_1",
                "type": "translation",
                "expires_at": 1,
                "model": "gpt-realtime-translate",
                "audio": {},
            },
        }
    )
    assert secret not in repr(translation)
    assert response.to_dict()["value"] == secret
