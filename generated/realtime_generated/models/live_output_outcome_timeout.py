from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_output_outcome_timeout_type import LiveOutputOutcomeTimeoutType

T = TypeVar("T", bound="LiveOutputOutcomeTimeout")


@_attrs_define
class LiveOutputOutcomeTimeout:
    """Indicates that the shell call exceeded its configured time limit.

    Attributes:
        type_ (LiveOutputOutcomeTimeoutType):
    """

    type_: LiveOutputOutcomeTimeoutType | Literal["timeout"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveOutputOutcomeTimeoutType(d.pop("type"))

        live_output_outcome_timeout = cls(
            type_=type_,
        )

        live_output_outcome_timeout.additional_properties = d
        return live_output_outcome_timeout

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

    type: ClassVar[Literal["timeout"]] = "timeout"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
