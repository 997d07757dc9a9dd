from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_output_audio_buffer_cleared_type import (
    RealtimeServerEventOutputAudioBufferClearedType,
)

T = TypeVar("T", bound="RealtimeServerEventOutputAudioBufferCleared")


@_attrs_define
class RealtimeServerEventOutputAudioBufferCleared:
    """**WebRTC/SIP Only:** Emitted when the output audio buffer is cleared. This happens either in VAD
    mode when the user has interrupted (`input_audio_buffer.speech_started`),
    or when the client has emitted the `output_audio_buffer.clear` event to manually
    cut off the current audio response.
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventOutputAudioBufferClearedType): The event type, must be `output_audio_buffer.cleared`.
            response_id (str): The unique ID of the response that produced the audio.
    """

    event_id: str
    type_: RealtimeServerEventOutputAudioBufferClearedType | Literal["output_audio_buffer.cleared"]
    response_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        response_id = self.response_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventOutputAudioBufferClearedType(d.pop("type"))

        response_id = d.pop("response_id")

        realtime_server_event_output_audio_buffer_cleared = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
        )

        realtime_server_event_output_audio_buffer_cleared.additional_properties = d
        return realtime_server_event_output_audio_buffer_cleared

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

    type: ClassVar[Literal["output_audio_buffer.cleared"]] = "output_audio_buffer.cleared"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
