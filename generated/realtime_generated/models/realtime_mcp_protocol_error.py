from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_protocol_error_type import RealtimeMCPProtocolErrorType

T = TypeVar("T", bound="RealtimeMCPProtocolError")


@_attrs_define
class RealtimeMCPProtocolError:
    """
    Attributes:
        type_ (RealtimeMCPProtocolErrorType):
        code (int):
        message (str):
    """

    type_: RealtimeMCPProtocolErrorType | Literal["protocol_error"]
    code: int
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        code = self.code

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "code": code,
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = RealtimeMCPProtocolErrorType(d.pop("type"))

        code = d.pop("code")

        message = d.pop("message")

        realtime_mcp_protocol_error = cls(
            type_=type_,
            code=code,
            message=message,
        )

        realtime_mcp_protocol_error.additional_properties = d
        return realtime_mcp_protocol_error

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

    type: ClassVar[Literal["protocol_error"]] = "protocol_error"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
