from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_client_event_conversation_item_truncate_type import (
    RealtimeClientEventConversationItemTruncateType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeClientEventConversationItemTruncate")


@_attrs_define
class RealtimeClientEventConversationItemTruncate:
    """Send this event to truncate a previous assistant message’s audio. The server
    will produce audio faster than realtime, so this event is useful when the user
    interrupts to truncate audio that has already been sent to the client but not
    yet played. This will synchronize the server's understanding of the audio with
    the client's playback.

    Truncating audio will delete the server-side text transcript to ensure there
    is not text in the context that hasn't been heard by the user.

    If successful, the server will respond with a `conversation.item.truncated`
    event.

        Attributes:
            type_ (RealtimeClientEventConversationItemTruncateType): The event type, must be `conversation.item.truncate`.
            item_id (str): The ID of the assistant message item to truncate. Only assistant message
                items can be truncated.
            content_index (int): The index of the content part to truncate. Set this to `0`.
            audio_end_ms (int): Inclusive duration up to which audio is truncated, in milliseconds. If
                the audio_end_ms is greater than the actual audio duration, the server
                will respond with an error.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
    """

    type_: RealtimeClientEventConversationItemTruncateType | Literal["conversation.item.truncate"]
    item_id: str
    content_index: int
    audio_end_ms: int
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        item_id = self.item_id

        content_index = self.content_index

        audio_end_ms = self.audio_end_ms

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "item_id": item_id,
                "content_index": content_index,
                "audio_end_ms": audio_end_ms,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeClientEventConversationItemTruncateType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = d.pop("content_index")

        audio_end_ms = d.pop("audio_end_ms")

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        realtime_client_event_conversation_item_truncate = cls(
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            audio_end_ms=audio_end_ms,
            event_id=event_id,
        )

        realtime_client_event_conversation_item_truncate.additional_properties = d
        return realtime_client_event_conversation_item_truncate

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

    type: ClassVar[Literal["conversation.item.truncate"]] = "conversation.item.truncate"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "event_id": {"maxLength": 512},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
