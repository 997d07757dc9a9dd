from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transport_answered_type import LiveTransportAnsweredType

T = TypeVar("T", bound="LiveTransportAnswered")


@_attrs_define
class LiveTransportAnswered:
    """The outbound SIP provider leg answered and media is established.

    Delivered only to sideband observers.

        Attributes:
            event_id (str):
            session_id (str):
            type_ (LiveTransportAnsweredType):
    """

    event_id: str
    session_id: str
    type_: LiveTransportAnsweredType | Literal["transport.answered"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        session_id = self.session_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "session_id": session_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        session_id = d.pop("session_id")

        type_ = LiveTransportAnsweredType(d.pop("type"))

        live_transport_answered = cls(
            event_id=event_id,
            session_id=session_id,
            type_=type_,
        )

        live_transport_answered.additional_properties = d
        return live_transport_answered

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

    type: ClassVar[Literal["transport.answered"]] = "transport.answered"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
