from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_moderation_input_error_type import LiveModerationInputErrorType

T = TypeVar("T", bound="LiveModerationInputError")


@_attrs_define
class LiveModerationInputError:
    """An error produced while attempting moderation for the response input or output.

    Attributes:
        code (str):
        message (str):
        type_ (LiveModerationInputErrorType):
    """

    code: str
    message: str
    type_: LiveModerationInputErrorType | Literal["error"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "code": code,
                "message": message,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = d.pop("code")

        message = d.pop("message")

        type_ = LiveModerationInputErrorType(d.pop("type"))

        live_moderation_input_error = cls(
            code=code,
            message=message,
            type_=type_,
        )

        live_moderation_input_error.additional_properties = d
        return live_moderation_input_error

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
