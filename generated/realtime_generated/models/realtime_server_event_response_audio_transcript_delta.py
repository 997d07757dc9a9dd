from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_response_audio_transcript_delta_type import (
    RealtimeServerEventResponseAudioTranscriptDeltaType,
)

T = TypeVar("T", bound="RealtimeServerEventResponseAudioTranscriptDelta")


@_attrs_define
class RealtimeServerEventResponseAudioTranscriptDelta:
    """Returned when the model-generated transcription of audio output is updated.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeServerEventResponseAudioTranscriptDeltaType): The event type, must be
            `response.output_audio_transcript.delta`.
        response_id (str): The ID of the response.
        item_id (str): The ID of the item.
        output_index (int): The index of the output item in the response.
        content_index (int): The index of the content part in the item's content array.
        delta (str): The transcript delta.
    """

    event_id: str
    type_: RealtimeServerEventResponseAudioTranscriptDeltaType | Literal["response.output_audio_transcript.delta"]
    response_id: str
    item_id: str
    output_index: int
    content_index: int
    delta: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        response_id = self.response_id

        item_id = self.item_id

        output_index = self.output_index

        content_index = self.content_index

        delta = self.delta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "response_id": response_id,
                "item_id": item_id,
                "output_index": output_index,
                "content_index": content_index,
                "delta": delta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventResponseAudioTranscriptDeltaType(d.pop("type"))

        response_id = d.pop("response_id")

        item_id = d.pop("item_id")

        output_index = d.pop("output_index")

        content_index = d.pop("content_index")

        delta = d.pop("delta")

        realtime_server_event_response_audio_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            response_id=response_id,
            item_id=item_id,
            output_index=output_index,
            content_index=content_index,
            delta=delta,
        )

        realtime_server_event_response_audio_transcript_delta.additional_properties = d
        return realtime_server_event_response_audio_transcript_delta

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

    type: ClassVar[Literal["response.output_audio_transcript.delta"]] = "response.output_audio_transcript.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
