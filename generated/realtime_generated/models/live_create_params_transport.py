from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_create_params_transport_type import LiveCreateParamsTransportType

T = TypeVar("T", bound="LiveCreateParamsTransport")


@_attrs_define
class LiveCreateParamsTransport:
    """WebRTC transport with the browser's SDP offer.

    Attributes:
        sdp (str):
        type_ (LiveCreateParamsTransportType):
    """

    sdp: str
    type_: LiveCreateParamsTransportType | Literal["webrtc"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sdp = self.sdp

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sdp": sdp,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sdp = d.pop("sdp")

        type_ = LiveCreateParamsTransportType(d.pop("type"))

        live_create_params_transport = cls(
            sdp=sdp,
            type_=type_,
        )

        live_create_params_transport.additional_properties = d
        return live_create_params_transport

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
