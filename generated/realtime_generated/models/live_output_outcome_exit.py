from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_output_outcome_exit_type import LiveOutputOutcomeExitType

T = TypeVar("T", bound="LiveOutputOutcomeExit")


@_attrs_define
class LiveOutputOutcomeExit:
    """Indicates that the shell commands finished and returned an exit code.

    Attributes:
        exit_code (int):
        type_ (LiveOutputOutcomeExitType):
    """

    exit_code: int
    type_: LiveOutputOutcomeExitType | Literal["exit"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        exit_code = self.exit_code

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "exit_code": exit_code,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        exit_code = d.pop("exit_code")

        type_ = LiveOutputOutcomeExitType(d.pop("type"))

        live_output_outcome_exit = cls(
            exit_code=exit_code,
            type_=type_,
        )

        live_output_outcome_exit.additional_properties = d
        return live_output_outcome_exit

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

    type: ClassVar[Literal["exit"]] = "exit"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
