from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_deleted_type import RealtimeServerEventConversationItemDeletedType

T = TypeVar("T", bound="RealtimeServerEventConversationItemDeleted")


@_attrs_define
class RealtimeServerEventConversationItemDeleted:
    """Returned when an item in the conversation is deleted by the client with a
    `conversation.item.delete` event. This event is used to synchronize the
    server's understanding of the conversation history with the client's view.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventConversationItemDeletedType): The event type, must be `conversation.item.deleted`.
            item_id (str): The ID of the item that was deleted.
    """

    event_id: str
    type_: RealtimeServerEventConversationItemDeletedType | Literal["conversation.item.deleted"]
    item_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemDeletedType(d.pop("type"))

        item_id = d.pop("item_id")

        realtime_server_event_conversation_item_deleted = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
        )

        realtime_server_event_conversation_item_deleted.additional_properties = d
        return realtime_server_event_conversation_item_deleted

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

    type: ClassVar[Literal["conversation.item.deleted"]] = "conversation.item.deleted"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
