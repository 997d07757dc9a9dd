from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_mcp_list_tools_type import RealtimeMCPListToolsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_list_tools_tool import MCPListToolsTool


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_list_tools_tool import MCPListToolsTool  # noqa: PLC0415

    globals().update(
        {
            "MCPListToolsTool": MCPListToolsTool,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeMCPListTools")


@_attrs_define
class RealtimeMCPListTools:
    """A Realtime item listing tools available on an MCP server.

    Attributes:
        type_ (RealtimeMCPListToolsType): The type of the item. Always `mcp_list_tools`.
        server_label (str): The label of the MCP server.
        tools (list[MCPListToolsTool]): The tools available on the server.
        id (None | str | Unset): The unique ID of the list.
    """

    type_: RealtimeMCPListToolsType | Literal["mcp_list_tools"]
    server_label: str
    tools: list[MCPListToolsTool]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "server_label": server_label,
                "tools": tools,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeMCPListToolsType(d.pop("type"))

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = MCPListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        id = _parse_id(d.pop("id", UNSET))

        realtime_mcp_list_tools = cls(
            type_=type_,
            server_label=server_label,
            tools=tools,
            id=id,
        )

        realtime_mcp_list_tools.additional_properties = d
        return realtime_mcp_list_tools

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

    type: ClassVar[Literal["mcp_list_tools"]] = "mcp_list_tools"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
