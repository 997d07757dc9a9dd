from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_choice_allowed_mode import LiveToolChoiceAllowedMode
from ..models.live_tool_choice_allowed_type import LiveToolChoiceAllowedType

if TYPE_CHECKING:
    from ..models.live_tool_choice_allowed_tools_item import LiveToolChoiceAllowedToolsItem


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_choice_allowed_tools_item import LiveToolChoiceAllowedToolsItem  # noqa: PLC0415

    globals().update(
        {
            "LiveToolChoiceAllowedToolsItem": LiveToolChoiceAllowedToolsItem,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolChoiceAllowed")


@_attrs_define
class LiveToolChoiceAllowed:
    """Constrains the tools available to the model to a pre-defined set.

    Attributes:
        mode (LiveToolChoiceAllowedMode):
        tools (list[LiveToolChoiceAllowedToolsItem]):
        type_ (LiveToolChoiceAllowedType):
    """

    mode: LiveToolChoiceAllowedMode
    tools: list[LiveToolChoiceAllowedToolsItem]
    type_: LiveToolChoiceAllowedType | Literal["allowed_tools"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        mode = str(self.mode)

        tools = []
        for tools_item_data in self.tools:
            tools_item = tools_item_data.to_dict()
            tools.append(tools_item)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "mode": mode,
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
        mode = LiveToolChoiceAllowedMode(d.pop("mode"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = LiveToolChoiceAllowedToolsItem.from_dict(tools_item_data)

            tools.append(tools_item)

        type_ = LiveToolChoiceAllowedType(d.pop("type"))

        live_tool_choice_allowed = cls(
            mode=mode,
            tools=tools,
            type_=type_,
        )

        live_tool_choice_allowed.additional_properties = d
        return live_tool_choice_allowed

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

    type: ClassVar[Literal["allowed_tools"]] = "allowed_tools"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
