from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_list_tools_tool_annotations import MCPListToolsToolAnnotations  # noqa: PLC0415
    from ..models.mcp_list_tools_tool_input_schema import MCPListToolsToolInputSchema  # noqa: PLC0415

    globals().update(
        {
            "MCPListToolsToolAnnotations": MCPListToolsToolAnnotations,
            "MCPListToolsToolInputSchema": MCPListToolsToolInputSchema,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="MCPListToolsTool")


@_attrs_define
class MCPListToolsTool:
    """A tool available on an MCP server.

    Attributes:
        name (str): The name of the tool.
        input_schema (MCPListToolsToolInputSchema): The JSON schema describing the tool's input.
        description (None | str | Unset):
        annotations (MCPListToolsToolAnnotations | None | Unset):
    """

    name: str
    input_schema: MCPListToolsToolInputSchema
    description: None | str | Unset = UNSET
    annotations: MCPListToolsToolAnnotations | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        name = self.name

        input_schema = self.input_schema.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        annotations: dict[str, Any] | None | Unset
        if isinstance(self.annotations, Unset):
            annotations = UNSET
        elif isinstance(self.annotations, MCPListToolsToolAnnotations):
            annotations = self.annotations.to_dict()
        else:
            annotations = self.annotations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "input_schema": input_schema,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if annotations is not UNSET:
            field_dict["annotations"] = annotations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        name = d.pop("name")

        input_schema = MCPListToolsToolInputSchema.from_dict(d.pop("input_schema"))

        description = _parse_description(d.pop("description", UNSET))

        annotations = _parse_annotations(d.pop("annotations", UNSET))

        mcp_list_tools_tool = cls(
            name=name,
            input_schema=input_schema,
            description=description,
            annotations=annotations,
        )

        mcp_list_tools_tool.additional_properties = d
        return mcp_list_tools_tool

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


def _parse_description(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_annotations(data: object) -> MCPListToolsToolAnnotations | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        annotations_type_0 = MCPListToolsToolAnnotations.from_dict(data)

        return annotations_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPListToolsToolAnnotations | None | Unset, data)
