from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_connect_client_event_transport_dtmf_send_type import LiveConnectClientEventTransportDtmfSendType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveConnectClientEventTransportDtmfSend")


@_attrs_define
class LiveConnectClientEventTransportDtmfSend:
    """Send one DTMF keypress to the SIP trunk through a Live sideband connection.

    This command is supported only for SIP calls. A successful send emits `transport.dtmf.sent` on sideband. If you
    provide `event_id`, the success notification includes it as `client_event_id`; a failure includes it as
    `error.client_event_id`. Send separate events for multiple keypresses.

        Attributes:
            event (str):
            type_ (LiveConnectClientEventTransportDtmfSendType):
            event_id (None | str | Unset):
    """

    event: str
    type_: LiveConnectClientEventTransportDtmfSendType | Literal["transport.dtmf.send"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event = d.pop("event")

        type_ = LiveConnectClientEventTransportDtmfSendType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_connect_client_event_transport_dtmf_send = cls(
            event=event,
            type_=type_,
            event_id=event_id,
        )

        live_connect_client_event_transport_dtmf_send.additional_properties = d
        return live_connect_client_event_transport_dtmf_send

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

    type: ClassVar[Literal["transport.dtmf.send"]] = "transport.dtmf.send"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
