from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_server_event_conversation_item_truncated_type import (
    RealtimeBetaServerEventConversationItemTruncatedType,
)

T = TypeVar("T", bound="RealtimeBetaServerEventConversationItemTruncated")


@_attrs_define
class RealtimeBetaServerEventConversationItemTruncated:
    """Returned when an earlier assistant audio message item is truncated by the
    client with a `conversation.item.truncate` event. This event is used to
    synchronize the server's understanding of the audio with the client's playback.

    This action will truncate the audio and remove the server-side text transcript
    to ensure there is no text in the context that hasn't been heard by the user.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeBetaServerEventConversationItemTruncatedType): The event type, must be
                `conversation.item.truncated`.
            item_id (str): The ID of the assistant message item that was truncated.
            content_index (int): The index of the content part that was truncated.
            audio_end_ms (int): The duration up to which the audio was truncated, in milliseconds.
    """

    event_id: str
    type_: RealtimeBetaServerEventConversationItemTruncatedType | Literal["conversation.item.truncated"]
    item_id: str
    content_index: int
    audio_end_ms: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        content_index = self.content_index

        audio_end_ms = self.audio_end_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeBetaServerEventConversationItemTruncatedType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        audio_end_ms = d.pop("audio_end_ms")

        realtime_beta_server_event_conversation_item_truncated = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
        )

        realtime_beta_server_event_conversation_item_truncated.additional_properties = d
        return realtime_beta_server_event_conversation_item_truncated

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

    type: ClassVar[Literal["conversation.item.truncated"]] = "conversation.item.truncated"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
