from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_error_event_type import LiveResponseErrorEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponseErrorEvent")


@_attrs_define
class LiveResponseErrorEvent:
    """Emitted when an error occurs.

    Attributes:
        message (str):
        sequence_number (int):
        type_ (LiveResponseErrorEventType):
        code (None | str | Unset):
        param (None | str | Unset):
    """

    message: str
    sequence_number: int
    type_: LiveResponseErrorEventType | Literal["error"]
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        param: None | str | Unset
        if isinstance(self.param, Unset):
            param = UNSET
        else:
            param = self.param

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if param is not UNSET:
            field_dict["param"] = param

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseErrorEventType(d.pop("type"))

        code = _parse_code(d.pop("code", UNSET))

        param = _parse_param(d.pop("param", UNSET))

        live_response_error_event = cls(
            message=message,
            sequence_number=sequence_number,
            type_=type_,
            code=code,
            param=param,
        )

        live_response_error_event.additional_properties = d
        return live_response_error_event

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

    type: ClassVar[Literal["error"]] = "error"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_code(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_param(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
