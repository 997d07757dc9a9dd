from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_program_type import LiveProgramType

T = TypeVar("T", bound="LiveProgram")


@_attrs_define
class LiveProgram:
    """
    Attributes:
        id (str):
        call_id (str):
        code (str):
        fingerprint (str):
        type_ (LiveProgramType):
    """

    id: str
    call_id: str
    code: str
    fingerprint: str
    type_: LiveProgramType | Literal["program"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        code = self.code

        fingerprint = self.fingerprint

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "code": code,
                "fingerprint": fingerprint,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        code = d.pop("code")

        fingerprint = d.pop("fingerprint")

        type_ = LiveProgramType(d.pop("type"))

        live_program = cls(
            id=id,
            call_id=call_id,
            code=code,
            fingerprint=fingerprint,
            type_=type_,
        )

        live_program.additional_properties = d
        return live_program

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

    type: ClassVar[Literal["program"]] = "program"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
