from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_mcp_tool_execution_error_type import LiveMcpToolExecutionErrorType

T = TypeVar("T", bound="LiveMcpToolExecutionError")


@_attrs_define
class LiveMcpToolExecutionError:
    """
    Attributes:
        content (Any):
        type_ (LiveMcpToolExecutionErrorType):
    """

    content: Any
    type_: LiveMcpToolExecutionErrorType | Literal["mcp_tool_execution_error"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        content = self.content

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        content = d.pop("content")

        type_ = LiveMcpToolExecutionErrorType(d.pop("type"))

        live_mcp_tool_execution_error = cls(
            content=content,
            type_=type_,
        )

        live_mcp_tool_execution_error.additional_properties = d
        return live_mcp_tool_execution_error

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

    type: ClassVar[Literal["mcp_tool_execution_error"]] = "mcp_tool_execution_error"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
