from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_local_shell_type import LiveToolLocalShellType

T = TypeVar("T", bound="LiveToolLocalShell")


@_attrs_define
class LiveToolLocalShell:
    """A tool that allows the model to execute shell commands in a local environment.

    Attributes:
        type_ (LiveToolLocalShellType):
    """

    type_: LiveToolLocalShellType | Literal["local_shell"]
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
        type_ = LiveToolLocalShellType(d.pop("type"))

        live_tool_local_shell = cls(
            type_=type_,
        )

        live_tool_local_shell.additional_properties = d
        return live_tool_local_shell

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

    type: ClassVar[Literal["local_shell"]] = "local_shell"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
