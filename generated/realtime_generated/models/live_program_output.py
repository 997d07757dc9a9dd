from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_program_output_status import LiveProgramOutputStatus
from ..models.live_program_output_type import LiveProgramOutputType

T = TypeVar("T", bound="LiveProgramOutput")


@_attrs_define
class LiveProgramOutput:
    """
    Attributes:
        id (str):
        call_id (str):
        result (str):
        status (LiveProgramOutputStatus):
        type_ (LiveProgramOutputType):
    """

    id: str
    call_id: str
    result: str
    status: LiveProgramOutputStatus
    type_: LiveProgramOutputType | Literal["program_output"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        result = self.result

        status = str(self.status)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "result": result,
                "status": status,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        result = d.pop("result")

        status = LiveProgramOutputStatus(d.pop("status"))

        type_ = LiveProgramOutputType(d.pop("type"))

        live_program_output = cls(
            id=id,
            call_id=call_id,
            result=result,
            status=status,
            type_=type_,
        )

        live_program_output.additional_properties = d
        return live_program_output

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

    type: ClassVar[Literal["program_output"]] = "program_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
