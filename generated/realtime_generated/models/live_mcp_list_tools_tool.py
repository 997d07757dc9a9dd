from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveMcpListToolsTool")


@_attrs_define
class LiveMcpListToolsTool:
    """A tool available on an MCP server.

    Attributes:
        input_schema (Any):
        name (str):
        annotations (Any | None | Unset):
        description (None | str | Unset):
    """

    input_schema: Any
    name: str
    annotations: Any | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        input_schema = self.input_schema

        name = self.name

        annotations: Any | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        else:
            annotations = self.annotations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_schema": input_schema,
                "name": name,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        input_schema = d.pop("input_schema")

        name = d.pop("name")

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        description = _parse_description(d.pop("description", UNSET))

        live_mcp_list_tools_tool = cls(
            input_schema=input_schema,
            name=name,
            annotations=annotations,
            description=description,
        )

        live_mcp_list_tools_tool.additional_properties = d
        return live_mcp_list_tools_tool

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


def _parse_annotations(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
