from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_local_shell_call_output_status import LiveLocalShellCallOutputStatus
from ..models.live_local_shell_call_output_type import LiveLocalShellCallOutputType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveLocalShellCallOutput")


@_attrs_define
class LiveLocalShellCallOutput:
    """The output of a local shell tool call.

    Attributes:
        id (str):
        output (str):
        type_ (LiveLocalShellCallOutputType):
        status (LiveLocalShellCallOutputStatus | None | Unset):
    """

    id: str
    output: str
    type_: LiveLocalShellCallOutputType | Literal["local_shell_call_output"]
    status: LiveLocalShellCallOutputStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        output = self.output

        type_ = str(self.type_)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveLocalShellCallOutputStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "output": output,
                "type": type_,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        output = d.pop("output")

        type_ = LiveLocalShellCallOutputType(d.pop("type"))

        status = _parse_status(d.pop("status", UNSET))

        live_local_shell_call_output = cls(
            id=id,
            output=output,
            type_=type_,
            status=status,
        )

        live_local_shell_call_output.additional_properties = d
        return live_local_shell_call_output

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

    type: ClassVar[Literal["local_shell_call_output"]] = "local_shell_call_output"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_status(data: object) -> LiveLocalShellCallOutputStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveLocalShellCallOutputStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveLocalShellCallOutputStatus | None | Unset, data)
