from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_output_audio_buffer_stopped_type import (
    RealtimeServerEventOutputAudioBufferStoppedType,
)

T = TypeVar("T", bound="RealtimeServerEventOutputAudioBufferStopped")


@_attrs_define
class RealtimeServerEventOutputAudioBufferStopped:
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc).

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventOutputAudioBufferStoppedType): The event type, must be `output_audio_buffer.stopped`.
            response_id (str): The unique ID of the response that produced the audio.
    """

    event_id: str
    type_: RealtimeServerEventOutputAudioBufferStoppedType | Literal["output_audio_buffer.stopped"]
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

        type_ = RealtimeServerEventOutputAudioBufferStoppedType(d.pop("type"))

        response_id = d.pop("response_id")

        realtime_server_event_output_audio_buffer_stopped = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
        )

        realtime_server_event_output_audio_buffer_stopped.additional_properties = d
        return realtime_server_event_output_audio_buffer_stopped

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

    type: ClassVar[Literal["output_audio_buffer.stopped"]] = "output_audio_buffer.stopped"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
