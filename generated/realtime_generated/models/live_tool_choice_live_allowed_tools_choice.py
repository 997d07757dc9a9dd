from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_tool_choice_live_allowed_tools_choice_mode import LiveToolChoiceLiveAllowedToolsChoiceMode
from ..models.live_tool_choice_live_allowed_tools_choice_type import LiveToolChoiceLiveAllowedToolsChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_computer import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_custom import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_file_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_image_generation import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_shell import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolShell,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_web_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch,
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview,
    )
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_apply_patch import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_code_interpreter import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_computer import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_custom import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_file_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_image_generation import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_live_function_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_live_mcp_tool_choice import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_programmatic_tool_calling import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_shell import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolShell,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_web_search import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch,  # noqa: PLC0415
    )
    from ..models.live_tool_choice_live_allowed_tools_choice_param_tool_web_search_preview import (
        LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview,  # noqa: PLC0415
    )
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch": LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter": LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer": LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom": LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch": LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration": LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice": LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice": LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling": LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolShell": LiveToolChoiceLiveAllowedToolsChoiceParamToolShell,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch": LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch,
            "LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview": LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolChoiceLiveAllowedToolsChoice")


@_attrs_define
class LiveToolChoiceLiveAllowedToolsChoice:
    """
    Attributes:
        tools (list[LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer | LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolShell | LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch |
            LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview | RealtimeUnknownVariant]):
        type_ (LiveToolChoiceLiveAllowedToolsChoiceType):
        mode (LiveToolChoiceLiveAllowedToolsChoiceMode | None | Unset):
    """

    tools: list[
        LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolShell
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch
        | LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview
        | RealtimeUnknownVariant
    ]
    type_: LiveToolChoiceLiveAllowedToolsChoiceType | Literal["allowed_tools"]
    mode: LiveToolChoiceLiveAllowedToolsChoiceMode | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolShell):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = str(self.type_)

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, LiveToolChoiceLiveAllowedToolsChoiceMode):
            mode = str(self.mode)
        else:
            mode = self.mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
                "type": type_,
            }
        )
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = LiveToolChoiceLiveAllowedToolsChoiceType(d.pop("type"))

        mode = _parse_mode(d.pop("mode", UNSET))

        live_tool_choice_live_allowed_tools_choice = cls(
            tools=tools,
            type_=type_,
            mode=mode,
        )

        live_tool_choice_live_allowed_tools_choice.additional_properties = d
        return live_tool_choice_live_allowed_tools_choice

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


def _parse_tools_item(
    data: object,
) -> (
    LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolShell
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch
    | LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "function":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_0 = LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveFunctionToolChoice.from_dict(data)

        return tools_item_type_0
    if isinstance(data, dict) and data.get("type") == "mcp":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_1 = LiveToolChoiceLiveAllowedToolsChoiceParamToolLiveMCPToolChoice.from_dict(data)

        return tools_item_type_1
    if isinstance(data, dict) and data.get("type") == "file_search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_2 = LiveToolChoiceLiveAllowedToolsChoiceParamToolFileSearch.from_dict(data)

        return tools_item_type_2
    if isinstance(data, dict) and data.get("type") == "web_search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_3 = LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearch.from_dict(data)

        return tools_item_type_3
    if isinstance(data, dict) and data.get("type") == "web_search_preview":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_4 = LiveToolChoiceLiveAllowedToolsChoiceParamToolWebSearchPreview.from_dict(data)

        return tools_item_type_4
    if isinstance(data, dict) and data.get("type") == "image_generation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_5 = LiveToolChoiceLiveAllowedToolsChoiceParamToolImageGeneration.from_dict(data)

        return tools_item_type_5
    if isinstance(data, dict) and data.get("type") == "computer":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_6 = LiveToolChoiceLiveAllowedToolsChoiceParamToolComputer.from_dict(data)

        return tools_item_type_6
    if isinstance(data, dict) and data.get("type") == "code_interpreter":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_7 = LiveToolChoiceLiveAllowedToolsChoiceParamToolCodeInterpreter.from_dict(data)

        return tools_item_type_7
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_8 = LiveToolChoiceLiveAllowedToolsChoiceParamToolProgrammaticToolCalling.from_dict(data)

        return tools_item_type_8
    if isinstance(data, dict) and data.get("type") == "shell":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_9 = LiveToolChoiceLiveAllowedToolsChoiceParamToolShell.from_dict(data)

        return tools_item_type_9
    if isinstance(data, dict) and data.get("type") == "custom":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_10 = LiveToolChoiceLiveAllowedToolsChoiceParamToolCustom.from_dict(data)

        return tools_item_type_10
    if isinstance(data, dict) and data.get("type") == "apply_patch":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_item_type_11 = LiveToolChoiceLiveAllowedToolsChoiceParamToolApplyPatch.from_dict(data)

        return tools_item_type_11
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_12 = RealtimeUnknownVariant.from_dict(data)

    return tools_item_type_12


def _parse_mode(data: object) -> LiveToolChoiceLiveAllowedToolsChoiceMode | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        mode_type_0 = LiveToolChoiceLiveAllowedToolsChoiceMode(data)

        return mode_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolChoiceLiveAllowedToolsChoiceMode | None | Unset, data)
