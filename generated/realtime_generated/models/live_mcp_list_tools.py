from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_mcp_list_tools_type import LiveMcpListToolsType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_mcp_list_tools_tool import LiveMcpListToolsTool


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_mcp_list_tools_tool import LiveMcpListToolsTool  # noqa: PLC0415

    globals().update(
        {
            "LiveMcpListToolsTool": LiveMcpListToolsTool,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMcpListTools")


@_attrs_define
class LiveMcpListTools:
    """A list of tools available on an MCP server.

    Attributes:
        id (str):
        server_label (str):
        tools (list[LiveMcpListToolsTool]):
        type_ (LiveMcpListToolsType):
        error (None | str | Unset):
    """

    id: str
    server_label: str
    tools: list[LiveMcpListToolsTool]
    type_: LiveMcpListToolsType | Literal["mcp_list_tools"]
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        server_label = self.server_label

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = str(self.type_)

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "server_label": server_label,
                "tools": tools,
                "type": type_,
            }
        )
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        server_label = d.pop("server_label")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = LiveMcpListToolsTool.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = LiveMcpListToolsType(d.pop("type"))

        error = _parse_error(d.pop("error", UNSET))

        live_mcp_list_tools = cls(
            id=id,
            server_label=server_label,
            tools=tools,
            type_=type_,
            error=error,
        )

        live_mcp_list_tools.additional_properties = d
        return live_mcp_list_tools

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


def _parse_error(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
