from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transport_dtmf_sent_type import LiveTransportDtmfSentType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTransportDtmfSent")


@_attrs_define
class LiveTransportDtmfSent:
    """A SIP DTMF keypress successfully sent to the SIP trunk.

    Delivered only to sideband observers; this is not a client command.

        Attributes:
            event (str):
            event_id (str):
            type_ (LiveTransportDtmfSentType):
            client_event_id (None | str | Unset):
    """

    event: str
    event_id: str
    type_: LiveTransportDtmfSentType | Literal["transport.dtmf.sent"]
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        event_id = self.event_id

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "event_id": event_id,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        event_id = d.pop("event_id")

        type_ = LiveTransportDtmfSentType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_transport_dtmf_sent = cls(
            event=event,
            event_id=event_id,
            type_=type_,
            client_event_id=client_event_id,
        )

        live_transport_dtmf_sent.additional_properties = d
        return live_transport_dtmf_sent

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

    type: ClassVar[Literal["transport.dtmf.sent"]] = "transport.dtmf.sent"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
