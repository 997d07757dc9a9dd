from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_server_event_session_closed_type import (
    RealtimeTranslationServerEventSessionClosedType,
)

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionClosed")


@_attrs_define
class RealtimeTranslationServerEventSessionClosed:
    """Returned when a realtime translation session is closed.

    Attributes:
        event_id (str): The unique ID of the server event.
        type_ (RealtimeTranslationServerEventSessionClosedType): The event type, must be `session.closed`.
    """

    event_id: str
    type_: RealtimeTranslationServerEventSessionClosedType | Literal["session.closed"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeTranslationServerEventSessionClosedType(d.pop("type"))

        realtime_translation_server_event_session_closed = cls(
            event_id=event_id,
            type_=type_,
        )

        realtime_translation_server_event_session_closed.additional_properties = d
        return realtime_translation_server_event_session_closed

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

    type: ClassVar[Literal["session.closed"]] = "session.closed"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
