from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_shell_call_command_delta_event_type import LiveResponseShellCallCommandDeltaEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponseShellCallCommandDeltaEvent")


@_attrs_define
class LiveResponseShellCallCommandDeltaEvent:
    """A streaming event that indicated a shell command was incrementally updated.

    Attributes:
        command_index (int):
        delta (str):
        output_index (int):
        sequence_number (int):
        type_ (LiveResponseShellCallCommandDeltaEventType):
        obfuscation (None | str | Unset):
    """

    command_index: int
    delta: str
    output_index: int
    sequence_number: int
    type_: LiveResponseShellCallCommandDeltaEventType | Literal["response.shell_call_command.delta"]
    obfuscation: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command_index = self.command_index

        delta = self.delta

        output_index = self.output_index

        sequence_number = self.sequence_number

        type_ = str(self.type_)

        obfuscation: None | str | Unset
        if isinstance(self.obfuscation, Unset):
            obfuscation = UNSET
        else:
            obfuscation = self.obfuscation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command_index": command_index,
                "delta": delta,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "type": type_,
            }
        )
        if obfuscation is not UNSET:
            field_dict["obfuscation"] = obfuscation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        command_index = d.pop("command_index")

        delta = d.pop("delta")

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseShellCallCommandDeltaEventType(d.pop("type"))

        obfuscation = _parse_obfuscation(d.pop("obfuscation", UNSET))

        live_response_shell_call_command_delta_event = cls(
            command_index=command_index,
            delta=delta,
            output_index=output_index,
            sequence_number=sequence_number,
            type_=type_,
            obfuscation=obfuscation,
        )

        live_response_shell_call_command_delta_event.additional_properties = d
        return live_response_shell_call_command_delta_event

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

    type: ClassVar[Literal["response.shell_call_command.delta"]] = "response.shell_call_command.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_obfuscation(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
