from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_transport_failed_error_type import LiveTransportFailedErrorType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveTransportFailedError")


@_attrs_define
class LiveTransportFailedError:
    """
    Attributes:
        code (str):
        message (str):
        type_ (LiveTransportFailedErrorType):
        param (None | str | Unset):
    """

    code: str
    message: str
    type_: LiveTransportFailedErrorType | Literal["call_error"]
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_ = str(self.type_)

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "type": type_,
            }
        )
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        type_ = LiveTransportFailedErrorType(d.pop("type"))

        param = _parse_param(d.pop("param", UNSET))

        live_transport_failed_error = cls(
            code=code,
            message=message,
            type_=type_,
            param=param,
        )

        live_transport_failed_error.additional_properties = d
        return live_transport_failed_error

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

    type: ClassVar[Literal["call_error"]] = "call_error"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_param(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
