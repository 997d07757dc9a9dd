from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_conversation_item_input_audio_transcription_segment_type import (
    RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment")


@_attrs_define
class RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegment:
    """Returned when an input audio transcription segment is identified for an item.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType): The event type, must be
            `conversation.item.input_audio_transcription.segment`.
        item_id (str): The ID of the item containing the input audio content.
        content_index (int): The index of the input audio content part within the item.
        text (str): The text for this segment.
        id (str): The segment identifier.
        speaker (str): The detected speaker label for this segment.
        start (float): Start time of the segment in seconds.
        end (float): End time of the segment in seconds.
    """

    event_id: str
    type_: (
        RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType
        | Literal["conversation.item.input_audio_transcription.segment"]
    )
    item_id: str
    content_index: int
    text: str
    id: str
    speaker: str
    start: float
    end: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        content_index = self.content_index

        text = self.text

        id = self.id

        speaker = self.speaker

        start = self.start

        end = self.end

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "text": text,
                "id": id,
                "speaker": speaker,
                "start": start,
                "end": end,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventConversationItemInputAudioTranscriptionSegmentType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        text = d.pop("text")

        id = d.pop("id")

        speaker = d.pop("speaker")

        start = d.pop("start")

        end = d.pop("end")

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            text=text,
            id=id,
            speaker=speaker,
            start=start,
            end=end,
        )

        realtime_beta_server_event_conversation_item_input_audio_transcription_segment.additional_properties = d
        return realtime_beta_server_event_conversation_item_input_audio_transcription_segment

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

    type: ClassVar[Literal["conversation.item.input_audio_transcription.segment"]] = (
        "conversation.item.input_audio_transcription.segment"
    )
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
