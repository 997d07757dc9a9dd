from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_operation_update_file_type import LiveOperationUpdateFileType

T = TypeVar("T", bound="LiveOperationUpdateFile")


@_attrs_define
class LiveOperationUpdateFile:
    """Instruction describing how to update a file via the apply_patch tool.

    Attributes:
        diff (str):
        path (str):
        type_ (LiveOperationUpdateFileType):
    """

    diff: str
    path: str
    type_: LiveOperationUpdateFileType | Literal["update_file"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        diff = self.diff

        path = self.path

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "diff": diff,
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        diff = d.pop("diff")

        path = d.pop("path")

        type_ = LiveOperationUpdateFileType(d.pop("type"))

        live_operation_update_file = cls(
            diff=diff,
            path=path,
            type_=type_,
        )

        live_operation_update_file.additional_properties = d
        return live_operation_update_file

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

    type: ClassVar[Literal["update_file"]] = "update_file"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
