from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_search_output_namespace_tool_type import LiveToolSearchOutputNamespaceToolType

if TYPE_CHECKING:
    from ..models.live_custom_tool import LiveCustomTool
    from ..models.live_tool_function import LiveToolFunction
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_custom_tool import LiveCustomTool  # noqa: PLC0415
    from ..models.live_tool_function import LiveToolFunction  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveCustomTool": LiveCustomTool,
            "LiveToolFunction": LiveToolFunction,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolSearchOutputNamespaceTool")


@_attrs_define
class LiveToolSearchOutputNamespaceTool:
    """Groups function/custom tools under a shared namespace.

    Attributes:
        description (str):
        name (str):
        tools (list[LiveCustomTool | LiveToolFunction | RealtimeUnknownVariant]):
        type_ (LiveToolSearchOutputNamespaceToolType):
    """

    description: str
    name: str
    tools: list[LiveCustomTool | LiveToolFunction | RealtimeUnknownVariant]
    type_: LiveToolSearchOutputNamespaceToolType | Literal["namespace"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        description = self.description

        name = self.name

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, LiveToolFunction):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveCustomTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "description": description,
                "name": name,
                "tools": tools,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        description = d.pop("description")

        name = d.pop("name")

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = LiveToolSearchOutputNamespaceToolType(d.pop("type"))

        live_tool_search_output_namespace_tool = cls(
            description=description,
            name=name,
            tools=tools,
            type_=type_,
        )

        live_tool_search_output_namespace_tool.additional_properties = d
        return live_tool_search_output_namespace_tool

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

    type: ClassVar[Literal["namespace"]] = "namespace"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_tools_item(data: object) -> LiveCustomTool | LiveToolFunction | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "function":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_0 = LiveToolFunction.from_dict(data)

        return tools_item_type_0
    if isinstance(data, dict) and data.get("type") == "custom":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_1 = LiveCustomTool.from_dict(data)

        return tools_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return tools_item_type_2
