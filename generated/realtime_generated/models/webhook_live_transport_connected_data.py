from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_live_transport_connected_data_type import WebhookLiveTransportConnectedDataType

T = TypeVar("T", bound="WebhookLiveTransportConnectedData")


@_attrs_define
class WebhookLiveTransportConnectedData:
    """
    Attributes:
        session_id (str):
        type_ (WebhookLiveTransportConnectedDataType):
    """

    session_id: str
    type_: WebhookLiveTransportConnectedDataType | Literal["webrtc"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = self.session_id

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = d.pop("session_id")

        type_ = WebhookLiveTransportConnectedDataType(d.pop("type"))

        webhook_live_transport_connected_data = cls(
            session_id=session_id,
            type_=type_,
        )

        webhook_live_transport_connected_data.additional_properties = d
        return webhook_live_transport_connected_data

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

    type: ClassVar[Literal["webrtc"]] = "webrtc"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
