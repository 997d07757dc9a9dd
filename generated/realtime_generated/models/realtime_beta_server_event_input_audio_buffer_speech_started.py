from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_input_audio_buffer_speech_started_type import (
    RealtimeBetaServerEventInputAudioBufferSpeechStartedType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventInputAudioBufferSpeechStarted")


@_attrs_define
class RealtimeBetaServerEventInputAudioBufferSpeechStarted:
    """Sent by the server when in `server_vad` mode to indicate that speech has been
    detected in the audio buffer. This can happen any time audio is added to the
    buffer (unless speech is already detected). The client may want to use this
    event to interrupt audio playback or provide visual feedback to the user.

    The client should expect to receive a `input_audio_buffer.speech_stopped` event
    when speech stops. The `item_id` property is the ID of the user message item
    that will be created when speech stops and will also be included in the
    `input_audio_buffer.speech_stopped` event (unless the client manually commits
    the audio buffer during VAD activation).

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventInputAudioBufferSpeechStartedType): The event type, must be
                `input_audio_buffer.speech_started`.
            audio_start_ms (int): Milliseconds from the start of all audio written to the buffer during the
                session when speech was first detected. This will correspond to the
                beginning of audio sent to the model, and thus includes the
                `prefix_padding_ms` configured in the Session.
            item_id (str): The ID of the user message item that will be created when speech stops.
    """

    event_id: str
    type_: RealtimeBetaServerEventInputAudioBufferSpeechStartedType | Literal["input_audio_buffer.speech_started"]
    audio_start_ms: int
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        audio_start_ms = self.audio_start_ms

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "audio_start_ms": audio_start_ms,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventInputAudioBufferSpeechStartedType(d.pop("type"))

        audio_start_ms = d.pop("audio_start_ms")

        item_id = d.pop("item_id")

        realtime_beta_server_event_input_audio_buffer_speech_started = cls(
            event_id=event_id,
            type_=type_,
            audio_start_ms=audio_start_ms,
            item_id=item_id,
        )

        realtime_beta_server_event_input_audio_buffer_speech_started.additional_properties = d
        return realtime_beta_server_event_input_audio_buffer_speech_started

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

    type: ClassVar[Literal["input_audio_buffer.speech_started"]] = "input_audio_buffer.speech_started"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
