from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transport_dtmf_received_type import LiveTransportDtmfReceivedType

T = TypeVar("T", bound="LiveTransportDtmfReceived")


@_attrs_define
class LiveTransportDtmfReceived:
    """A SIP DTMF keypress received from the caller.

    Delivered only to sideband observers.

        Attributes:
            event (str):
            event_id (str):
            type_ (LiveTransportDtmfReceivedType):
    """

    event: str
    event_id: str
    type_: LiveTransportDtmfReceivedType | Literal["transport.dtmf.received"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_id": event_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        event_id = d.pop("event_id")

        type_ = LiveTransportDtmfReceivedType(d.pop("type"))

        live_transport_dtmf_received = cls(
            event=event,
            event_id=event_id,
            type_=type_,
        )

        live_transport_dtmf_received.additional_properties = d
        return live_transport_dtmf_received

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

    type: ClassVar[Literal["transport.dtmf.received"]] = "transport.dtmf.received"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
