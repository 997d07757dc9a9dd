from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_input_audio_buffer_timeout_triggered_type import (
    RealtimeServerEventInputAudioBufferTimeoutTriggeredType,
)

T = TypeVar("T", bound="RealtimeServerEventInputAudioBufferTimeoutTriggered")


@_attrs_define
class RealtimeServerEventInputAudioBufferTimeoutTriggered:
    """Returned when the Server VAD timeout is triggered for the input audio buffer. This is configured
    with `idle_timeout_ms` in the `turn_detection` settings of the session, and it indicates that
    there hasn't been any speech detected for the configured duration.

    The `audio_start_ms` and `audio_end_ms` fields indicate the segment of audio after the last
    model response up to the triggering time, as an offset from the beginning of audio written
    to the input audio buffer. This means it demarcates the segment of audio that was silent and
    the difference between the start and end values will roughly match the configured timeout.

    The empty audio will be committed to the conversation as an `input_audio` item (there will be a
    `input_audio_buffer.committed` event) and a model response will be generated. There may be speech
    that didn't trigger VAD but is still detected by the model, so the model may respond with
    something relevant to the conversation or a prompt to continue speaking.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventInputAudioBufferTimeoutTriggeredType): The event type, must be
                `input_audio_buffer.timeout_triggered`.
            audio_start_ms (int): Millisecond offset of audio written to the input audio buffer that was after the playback
                time of the last model response.
            audio_end_ms (int): Millisecond offset of audio written to the input audio buffer at the time the timeout was
                triggered.
            item_id (str): The ID of the item associated with this segment.
    """

    event_id: str
    type_: RealtimeServerEventInputAudioBufferTimeoutTriggeredType | Literal["input_audio_buffer.timeout_triggered"]
    audio_start_ms: int
    audio_end_ms: int
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        audio_start_ms = self.audio_start_ms

        audio_end_ms = self.audio_end_ms

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "audio_start_ms": audio_start_ms,
                "audio_end_ms": audio_end_ms,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventInputAudioBufferTimeoutTriggeredType(d.pop("type"))

        audio_start_ms = d.pop("audio_start_ms")

        audio_end_ms = d.pop("audio_end_ms")

        item_id = d.pop("item_id")

        realtime_server_event_input_audio_buffer_timeout_triggered = cls(
            event_id=event_id,
            type_=type_,
            audio_start_ms=audio_start_ms,
            audio_end_ms=audio_end_ms,
            item_id=item_id,
        )

        realtime_server_event_input_audio_buffer_timeout_triggered.additional_properties = d
        return realtime_server_event_input_audio_buffer_timeout_triggered

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

    type: ClassVar[Literal["input_audio_buffer.timeout_triggered"]] = "input_audio_buffer.timeout_triggered"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
