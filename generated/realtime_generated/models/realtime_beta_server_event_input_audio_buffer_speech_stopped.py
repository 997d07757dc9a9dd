from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_input_audio_buffer_speech_stopped_type import (
    RealtimeBetaServerEventInputAudioBufferSpeechStoppedType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventInputAudioBufferSpeechStopped")


@_attrs_define
class RealtimeBetaServerEventInputAudioBufferSpeechStopped:
    """Returned in `server_vad` mode when the server detects the end of speech in
    the audio buffer. The server will also send an `conversation.item.created`
    event with the user message item that is created from the audio buffer.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventInputAudioBufferSpeechStoppedType): The event type, must be
                `input_audio_buffer.speech_stopped`.
            audio_end_ms (int): Milliseconds since the session started when speech stopped. This will
                correspond to the end of audio sent to the model, and thus includes the
                `min_silence_duration_ms` configured in the Session.
            item_id (str): The ID of the user message item that will be created.
    """

    event_id: str
    type_: RealtimeBetaServerEventInputAudioBufferSpeechStoppedType | Literal["input_audio_buffer.speech_stopped"]
    audio_end_ms: int
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        audio_end_ms = self.audio_end_ms

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "audio_end_ms": audio_end_ms,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventInputAudioBufferSpeechStoppedType(d.pop("type"))

        audio_end_ms = d.pop("audio_end_ms")

        item_id = d.pop("item_id")

        realtime_beta_server_event_input_audio_buffer_speech_stopped = cls(
            event_id=event_id,
            type_=type_,
            audio_end_ms=audio_end_ms,
            item_id=item_id,
        )

        realtime_beta_server_event_input_audio_buffer_speech_stopped.additional_properties = d
        return realtime_beta_server_event_input_audio_buffer_speech_stopped

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

    type: ClassVar[Literal["input_audio_buffer.speech_stopped"]] = "input_audio_buffer.speech_stopped"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
