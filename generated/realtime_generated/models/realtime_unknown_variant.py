from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeUnknownVariant")


@_attrs_define
class RealtimeUnknownVariant:
    """A member of a union this client was not generated with (a new format, tool, turn detection, ...), kept whole:
    `type_` holds the `type` the API sent (`.type` is always `"unknown"`, so a check such as `item.type == "message"`
    narrows to the known member), `additional_properties` holds everything else, and `to_dict()` gives back what was
    received.

        Attributes:
            type_ (str | Unset): The member's type, as the API sent it.
    """

    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        realtime_unknown_variant = cls(
            type_=type_,
        )

        realtime_unknown_variant.additional_properties = d
        return realtime_unknown_variant

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

    type: ClassVar[Literal["unknown"]] = "unknown"
    """Always ``"unknown"``, a value no member uses, so ``.type == "..."`` narrows a union to
    its known member as events do (``UnknownEvent.type``); the wire ``type`` is ``type_``."""
