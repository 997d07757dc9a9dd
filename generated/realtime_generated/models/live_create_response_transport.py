from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_create_response_transport_type import LiveCreateResponseTransportType

T = TypeVar("T", bound="LiveCreateResponseTransport")


@_attrs_define
class LiveCreateResponseTransport:
    """WebRTC transport with the SDP answer.

    Attributes:
        sdp (str):
        type_ (LiveCreateResponseTransportType):
    """

    sdp: str
    type_: LiveCreateResponseTransportType | Literal["webrtc"]
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

        type_ = LiveCreateResponseTransportType(d.pop("type"))

        live_create_response_transport = cls(
            sdp=sdp,
            type_=type_,
        )

        live_create_response_transport.additional_properties = d
        return live_create_response_transport

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
