from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_response_input_item_additional_tools_role import (
    LiveResponsesResponseInputItemAdditionalToolsRole,
)
from ..models.live_responses_response_input_item_additional_tools_type import (
    LiveResponsesResponseInputItemAdditionalToolsType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_apply_patch_tool import LiveApplyPatchTool
    from ..models.live_code_interpreter import LiveCodeInterpreter
    from ..models.live_computer_tool import LiveComputerTool
    from ..models.live_computer_use_preview_tool import LiveComputerUsePreviewTool
    from ..models.live_custom_tool import LiveCustomTool
    from ..models.live_file_search_tool import LiveFileSearchTool
    from ..models.live_function_shell_tool import LiveFunctionShellTool
    from ..models.live_image_generation import LiveImageGeneration
    from ..models.live_local_shell import LiveLocalShell
    from ..models.live_mcp import LiveMcp
    from ..models.live_namespace_tool import LiveNamespaceTool
    from ..models.live_programmatic_tool_calling import LiveProgrammaticToolCalling
    from ..models.live_responses_function_tool import LiveResponsesFunctionTool
    from ..models.live_tool_search_tool import LiveToolSearchTool
    from ..models.live_web_search_preview_tool import LiveWebSearchPreviewTool
    from ..models.live_web_search_tool import LiveWebSearchTool


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_apply_patch_tool import LiveApplyPatchTool  # noqa: PLC0415
    from ..models.live_code_interpreter import LiveCodeInterpreter  # noqa: PLC0415
    from ..models.live_computer_tool import LiveComputerTool  # noqa: PLC0415
    from ..models.live_computer_use_preview_tool import LiveComputerUsePreviewTool  # noqa: PLC0415
    from ..models.live_custom_tool import LiveCustomTool  # noqa: PLC0415
    from ..models.live_file_search_tool import LiveFileSearchTool  # noqa: PLC0415
    from ..models.live_function_shell_tool import LiveFunctionShellTool  # noqa: PLC0415
    from ..models.live_image_generation import LiveImageGeneration  # noqa: PLC0415
    from ..models.live_local_shell import LiveLocalShell  # noqa: PLC0415
    from ..models.live_mcp import LiveMcp  # noqa: PLC0415
    from ..models.live_namespace_tool import LiveNamespaceTool  # noqa: PLC0415
    from ..models.live_programmatic_tool_calling import LiveProgrammaticToolCalling  # noqa: PLC0415
    from ..models.live_responses_function_tool import LiveResponsesFunctionTool  # noqa: PLC0415
    from ..models.live_tool_search_tool import LiveToolSearchTool  # noqa: PLC0415
    from ..models.live_web_search_preview_tool import LiveWebSearchPreviewTool  # noqa: PLC0415
    from ..models.live_web_search_tool import LiveWebSearchTool  # noqa: PLC0415

    globals().update(
        {
            "LiveApplyPatchTool": LiveApplyPatchTool,
            "LiveCodeInterpreter": LiveCodeInterpreter,
            "LiveComputerTool": LiveComputerTool,
            "LiveComputerUsePreviewTool": LiveComputerUsePreviewTool,
            "LiveCustomTool": LiveCustomTool,
            "LiveFileSearchTool": LiveFileSearchTool,
            "LiveFunctionShellTool": LiveFunctionShellTool,
            "LiveImageGeneration": LiveImageGeneration,
            "LiveLocalShell": LiveLocalShell,
            "LiveMcp": LiveMcp,
            "LiveNamespaceTool": LiveNamespaceTool,
            "LiveProgrammaticToolCalling": LiveProgrammaticToolCalling,
            "LiveResponsesFunctionTool": LiveResponsesFunctionTool,
            "LiveToolSearchTool": LiveToolSearchTool,
            "LiveWebSearchPreviewTool": LiveWebSearchPreviewTool,
            "LiveWebSearchTool": LiveWebSearchTool,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesResponseInputItemAdditionalTools")


@_attrs_define
class LiveResponsesResponseInputItemAdditionalTools:
    """
    Attributes:
        role (LiveResponsesResponseInputItemAdditionalToolsRole):
        tools (list[LiveApplyPatchTool | LiveCodeInterpreter | LiveComputerTool | LiveComputerUsePreviewTool |
            LiveCustomTool | LiveFileSearchTool | LiveFunctionShellTool | LiveImageGeneration | LiveLocalShell | LiveMcp |
            LiveNamespaceTool | LiveProgrammaticToolCalling | LiveResponsesFunctionTool | LiveToolSearchTool |
            LiveWebSearchPreviewTool | LiveWebSearchTool]):
        type_ (LiveResponsesResponseInputItemAdditionalToolsType):
        id (None | str | Unset):
    """

    role: LiveResponsesResponseInputItemAdditionalToolsRole | Literal["developer"]
    tools: list[
        LiveApplyPatchTool
        | LiveCodeInterpreter
        | LiveComputerTool
        | LiveComputerUsePreviewTool
        | LiveCustomTool
        | LiveFileSearchTool
        | LiveFunctionShellTool
        | LiveImageGeneration
        | LiveLocalShell
        | LiveMcp
        | LiveNamespaceTool
        | LiveProgrammaticToolCalling
        | LiveResponsesFunctionTool
        | LiveToolSearchTool
        | LiveWebSearchPreviewTool
        | LiveWebSearchTool
    ]
    type_: LiveResponsesResponseInputItemAdditionalToolsType | Literal["additional_tools"]
    id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        role = str(self.role)

        tools = []
        for tools_item_data in self.tools:
            tools_item: dict[str, Any]
            if isinstance(tools_item_data, LiveResponsesFunctionTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveFileSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveComputerTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveComputerUsePreviewTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveWebSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveMcp):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveCodeInterpreter):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveProgrammaticToolCalling):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveImageGeneration):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveLocalShell):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveFunctionShellTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveCustomTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveNamespaceTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveToolSearchTool):
                tools_item = tools_item_data.to_dict()
            elif isinstance(tools_item_data, LiveWebSearchPreviewTool):
                tools_item = tools_item_data.to_dict()
            else:
                tools_item = tools_item_data.to_dict()

            tools.append(tools_item)

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "tools": tools,
                "type": type_,
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
        role = LiveResponsesResponseInputItemAdditionalToolsRole(d.pop("role"))

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = _parse_tools_item(tools_item_data)

            tools.append(tools_item)

        type_ = LiveResponsesResponseInputItemAdditionalToolsType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        live_responses_response_input_item_additional_tools = cls(
            role=role,
            tools=tools,
            type_=type_,
            id=id,
        )

        live_responses_response_input_item_additional_tools.additional_properties = d
        return live_responses_response_input_item_additional_tools

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

    type: ClassVar[Literal["additional_tools"]] = "additional_tools"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_tools_item(
    data: object,
) -> (
    LiveApplyPatchTool
    | LiveCodeInterpreter
    | LiveComputerTool
    | LiveComputerUsePreviewTool
    | LiveCustomTool
    | LiveFileSearchTool
    | LiveFunctionShellTool
    | LiveImageGeneration
    | LiveLocalShell
    | LiveMcp
    | LiveNamespaceTool
    | LiveProgrammaticToolCalling
    | LiveResponsesFunctionTool
    | LiveToolSearchTool
    | LiveWebSearchPreviewTool
    | LiveWebSearchTool
):
    if isinstance(data, dict) and data.get("type") == "function":
        try:
            tools_item_type_0 = LiveResponsesFunctionTool.from_dict(data)

            return tools_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "file_search":
        try:
            tools_item_type_1 = LiveFileSearchTool.from_dict(data)

            return tools_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer":
        try:
            tools_item_type_2 = LiveComputerTool.from_dict(data)

            return tools_item_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer_use_preview":
        try:
            tools_item_type_3 = LiveComputerUsePreviewTool.from_dict(data)

            return tools_item_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_4 = LiveWebSearchTool.from_dict(data)

        return tools_item_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        try:
            tools_item_type_5 = LiveMcp.from_dict(data)

            return tools_item_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "code_interpreter":
        try:
            tools_item_type_6 = LiveCodeInterpreter.from_dict(data)

            return tools_item_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        try:
            tools_item_type_7 = LiveProgrammaticToolCalling.from_dict(data)

            return tools_item_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "image_generation":
        try:
            tools_item_type_8 = LiveImageGeneration.from_dict(data)

            return tools_item_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "local_shell":
        try:
            tools_item_type_9 = LiveLocalShell.from_dict(data)

            return tools_item_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell":
        try:
            tools_item_type_10 = LiveFunctionShellTool.from_dict(data)

            return tools_item_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom":
        try:
            tools_item_type_11 = LiveCustomTool.from_dict(data)

            return tools_item_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "namespace":
        try:
            tools_item_type_12 = LiveNamespaceTool.from_dict(data)

            return tools_item_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "tool_search":
        try:
            tools_item_type_13 = LiveToolSearchTool.from_dict(data)

            return tools_item_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_item_type_14 = LiveWebSearchPreviewTool.from_dict(data)

        return tools_item_type_14
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_item_type_15 = LiveApplyPatchTool.from_dict(data)

    return tools_item_type_15


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
