from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_output_logs_type import LiveOutputLogsType

T = TypeVar("T", bound="LiveOutputLogs")


@_attrs_define
class LiveOutputLogs:
    """The logs output from the code interpreter.

    Attributes:
        logs (str):
        type_ (LiveOutputLogsType):
    """

    logs: str
    type_: LiveOutputLogsType | Literal["logs"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        logs = self.logs

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "logs": logs,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        logs = d.pop("logs")

        type_ = LiveOutputLogsType(d.pop("type"))

        live_output_logs = cls(
            logs=logs,
            type_=type_,
        )

        live_output_logs.additional_properties = d
        return live_output_logs

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

    type: ClassVar[Literal["logs"]] = "logs"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
