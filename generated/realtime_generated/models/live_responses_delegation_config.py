from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_delegation_config_service_tier import LiveResponsesDelegationConfigServiceTier
from ..models.live_responses_delegation_config_tool_choice import LiveResponsesDelegationConfigToolChoice
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_function_tool import LiveFunctionTool
    from ..models.live_responses_delegation_config_reasoning import LiveResponsesDelegationConfigReasoning
    from ..models.live_responses_delegation_config_text import LiveResponsesDelegationConfigText
    from ..models.live_responses_delegation_config_tool_choice_custom import (
        LiveResponsesDelegationConfigToolChoiceCustom,
    )
    from ..models.live_responses_delegation_config_tool_code_interpreter import (
        LiveResponsesDelegationConfigToolCodeInterpreter,
    )
    from ..models.live_responses_delegation_config_tool_image_generation import (
        LiveResponsesDelegationConfigToolImageGeneration,
    )
    from ..models.live_responses_delegation_config_tool_mcp import LiveResponsesDelegationConfigToolMcp
    from ..models.live_tool_apply_patch import LiveToolApplyPatch
    from ..models.live_tool_choice_apply_patch import LiveToolChoiceApplyPatch
    from ..models.live_tool_choice_code_interpreter import LiveToolChoiceCodeInterpreter
    from ..models.live_tool_choice_computer import LiveToolChoiceComputer
    from ..models.live_tool_choice_file_search import LiveToolChoiceFileSearch
    from ..models.live_tool_choice_image_generation import LiveToolChoiceImageGeneration
    from ..models.live_tool_choice_live_allowed_tools_choice import LiveToolChoiceLiveAllowedToolsChoice
    from ..models.live_tool_choice_live_function_tool_choice import LiveToolChoiceLiveFunctionToolChoice
    from ..models.live_tool_choice_live_mcp_tool_choice import LiveToolChoiceLiveMCPToolChoice
    from ..models.live_tool_choice_programmatic_tool_calling import LiveToolChoiceProgrammaticToolCalling
    from ..models.live_tool_choice_shell import LiveToolChoiceShell
    from ..models.live_tool_choice_web_search import LiveToolChoiceWebSearch
    from ..models.live_tool_choice_web_search_preview import LiveToolChoiceWebSearchPreview
    from ..models.live_tool_computer import LiveToolComputer
    from ..models.live_tool_custom import LiveToolCustom
    from ..models.live_tool_file_search import LiveToolFileSearch
    from ..models.live_tool_namespace import LiveToolNamespace
    from ..models.live_tool_programmatic_tool_calling import LiveToolProgrammaticToolCalling
    from ..models.live_tool_search import LiveToolSearch
    from ..models.live_tool_shell import LiveToolShell
    from ..models.live_tool_web_search import LiveToolWebSearch
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_function_tool import LiveFunctionTool  # noqa: PLC0415
    from ..models.live_responses_delegation_config_reasoning import LiveResponsesDelegationConfigReasoning  # noqa: PLC0415
    from ..models.live_responses_delegation_config_text import LiveResponsesDelegationConfigText  # noqa: PLC0415
    from ..models.live_responses_delegation_config_tool_choice_custom import (
        LiveResponsesDelegationConfigToolChoiceCustom,  # noqa: PLC0415
    )
    from ..models.live_responses_delegation_config_tool_code_interpreter import (
        LiveResponsesDelegationConfigToolCodeInterpreter,  # noqa: PLC0415
    )
    from ..models.live_responses_delegation_config_tool_image_generation import (
        LiveResponsesDelegationConfigToolImageGeneration,  # noqa: PLC0415
    )
    from ..models.live_responses_delegation_config_tool_mcp import LiveResponsesDelegationConfigToolMcp  # noqa: PLC0415
    from ..models.live_tool_apply_patch import LiveToolApplyPatch  # noqa: PLC0415
    from ..models.live_tool_choice_apply_patch import LiveToolChoiceApplyPatch  # noqa: PLC0415
    from ..models.live_tool_choice_code_interpreter import LiveToolChoiceCodeInterpreter  # noqa: PLC0415
    from ..models.live_tool_choice_computer import LiveToolChoiceComputer  # noqa: PLC0415
    from ..models.live_tool_choice_file_search import LiveToolChoiceFileSearch  # noqa: PLC0415
    from ..models.live_tool_choice_image_generation import LiveToolChoiceImageGeneration  # noqa: PLC0415
    from ..models.live_tool_choice_live_allowed_tools_choice import LiveToolChoiceLiveAllowedToolsChoice  # noqa: PLC0415
    from ..models.live_tool_choice_live_function_tool_choice import LiveToolChoiceLiveFunctionToolChoice  # noqa: PLC0415
    from ..models.live_tool_choice_live_mcp_tool_choice import LiveToolChoiceLiveMCPToolChoice  # noqa: PLC0415
    from ..models.live_tool_choice_programmatic_tool_calling import LiveToolChoiceProgrammaticToolCalling  # noqa: PLC0415
    from ..models.live_tool_choice_shell import LiveToolChoiceShell  # noqa: PLC0415
    from ..models.live_tool_choice_web_search import LiveToolChoiceWebSearch  # noqa: PLC0415
    from ..models.live_tool_choice_web_search_preview import LiveToolChoiceWebSearchPreview  # noqa: PLC0415
    from ..models.live_tool_computer import LiveToolComputer  # noqa: PLC0415
    from ..models.live_tool_custom import LiveToolCustom  # noqa: PLC0415
    from ..models.live_tool_file_search import LiveToolFileSearch  # noqa: PLC0415
    from ..models.live_tool_namespace import LiveToolNamespace  # noqa: PLC0415
    from ..models.live_tool_programmatic_tool_calling import LiveToolProgrammaticToolCalling  # noqa: PLC0415
    from ..models.live_tool_search import LiveToolSearch  # noqa: PLC0415
    from ..models.live_tool_shell import LiveToolShell  # noqa: PLC0415
    from ..models.live_tool_web_search import LiveToolWebSearch  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveFunctionTool": LiveFunctionTool,
            "LiveResponsesDelegationConfigReasoning": LiveResponsesDelegationConfigReasoning,
            "LiveResponsesDelegationConfigText": LiveResponsesDelegationConfigText,
            "LiveResponsesDelegationConfigToolChoiceCustom": LiveResponsesDelegationConfigToolChoiceCustom,
            "LiveResponsesDelegationConfigToolCodeInterpreter": LiveResponsesDelegationConfigToolCodeInterpreter,
            "LiveResponsesDelegationConfigToolImageGeneration": LiveResponsesDelegationConfigToolImageGeneration,
            "LiveResponsesDelegationConfigToolMcp": LiveResponsesDelegationConfigToolMcp,
            "LiveToolApplyPatch": LiveToolApplyPatch,
            "LiveToolChoiceApplyPatch": LiveToolChoiceApplyPatch,
            "LiveToolChoiceCodeInterpreter": LiveToolChoiceCodeInterpreter,
            "LiveToolChoiceComputer": LiveToolChoiceComputer,
            "LiveToolChoiceFileSearch": LiveToolChoiceFileSearch,
            "LiveToolChoiceImageGeneration": LiveToolChoiceImageGeneration,
            "LiveToolChoiceLiveAllowedToolsChoice": LiveToolChoiceLiveAllowedToolsChoice,
            "LiveToolChoiceLiveFunctionToolChoice": LiveToolChoiceLiveFunctionToolChoice,
            "LiveToolChoiceLiveMCPToolChoice": LiveToolChoiceLiveMCPToolChoice,
            "LiveToolChoiceProgrammaticToolCalling": LiveToolChoiceProgrammaticToolCalling,
            "LiveToolChoiceShell": LiveToolChoiceShell,
            "LiveToolChoiceWebSearch": LiveToolChoiceWebSearch,
            "LiveToolChoiceWebSearchPreview": LiveToolChoiceWebSearchPreview,
            "LiveToolComputer": LiveToolComputer,
            "LiveToolCustom": LiveToolCustom,
            "LiveToolFileSearch": LiveToolFileSearch,
            "LiveToolNamespace": LiveToolNamespace,
            "LiveToolProgrammaticToolCalling": LiveToolProgrammaticToolCalling,
            "LiveToolSearch": LiveToolSearch,
            "LiveToolShell": LiveToolShell,
            "LiveToolWebSearch": LiveToolWebSearch,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesDelegationConfig")


@_attrs_define
class LiveResponsesDelegationConfig:
    """Model, prompt, and tool settings for tasks delegated by the Live session to a Responses backend.

    Attributes:
        model (str):
        instructions (None | str | Unset):
        max_output_tokens (int | None | Unset):
        parallel_tool_calls (bool | None | Unset):
        reasoning (LiveResponsesDelegationConfigReasoning | None | Unset):
        service_tier (LiveResponsesDelegationConfigServiceTier | None | Unset):
        text (LiveResponsesDelegationConfigText | None | Unset):
        tool_choice (LiveResponsesDelegationConfigToolChoice | LiveResponsesDelegationConfigToolChoiceCustom |
            LiveToolChoiceApplyPatch | LiveToolChoiceCodeInterpreter | LiveToolChoiceComputer | LiveToolChoiceFileSearch |
            LiveToolChoiceImageGeneration | LiveToolChoiceLiveAllowedToolsChoice | LiveToolChoiceLiveFunctionToolChoice |
            LiveToolChoiceLiveMCPToolChoice | LiveToolChoiceProgrammaticToolCalling | LiveToolChoiceShell |
            LiveToolChoiceWebSearch | LiveToolChoiceWebSearchPreview | None | Unset):
        tools (list[LiveFunctionTool | LiveResponsesDelegationConfigToolCodeInterpreter |
            LiveResponsesDelegationConfigToolImageGeneration | LiveResponsesDelegationConfigToolMcp | LiveToolApplyPatch |
            LiveToolComputer | LiveToolCustom | LiveToolFileSearch | LiveToolNamespace | LiveToolProgrammaticToolCalling |
            LiveToolSearch | LiveToolShell | LiveToolWebSearch | RealtimeUnknownVariant] | None | Unset):
    """

    model: str
    instructions: None | str | Unset = UNSET
    max_output_tokens: int | None | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    reasoning: LiveResponsesDelegationConfigReasoning | None | Unset = UNSET
    service_tier: LiveResponsesDelegationConfigServiceTier | None | Unset = UNSET
    text: LiveResponsesDelegationConfigText | None | Unset = UNSET
    tool_choice: (
        LiveResponsesDelegationConfigToolChoice
        | LiveResponsesDelegationConfigToolChoiceCustom
        | LiveToolChoiceApplyPatch
        | LiveToolChoiceCodeInterpreter
        | LiveToolChoiceComputer
        | LiveToolChoiceFileSearch
        | LiveToolChoiceImageGeneration
        | LiveToolChoiceLiveAllowedToolsChoice
        | LiveToolChoiceLiveFunctionToolChoice
        | LiveToolChoiceLiveMCPToolChoice
        | LiveToolChoiceProgrammaticToolCalling
        | LiveToolChoiceShell
        | LiveToolChoiceWebSearch
        | LiveToolChoiceWebSearchPreview
        | None
        | Unset
    ) = UNSET
    tools: (
        list[
            LiveFunctionTool
            | LiveResponsesDelegationConfigToolCodeInterpreter
            | LiveResponsesDelegationConfigToolImageGeneration
            | LiveResponsesDelegationConfigToolMcp
            | LiveToolApplyPatch
            | LiveToolComputer
            | LiveToolCustom
            | LiveToolFileSearch
            | LiveToolNamespace
            | LiveToolProgrammaticToolCalling
            | LiveToolSearch
            | LiveToolShell
            | LiveToolWebSearch
            | RealtimeUnknownVariant
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        max_output_tokens: int | None | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        else:
            max_output_tokens = self.max_output_tokens

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, LiveResponsesDelegationConfigReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        elif isinstance(self.service_tier, LiveResponsesDelegationConfigServiceTier):
            service_tier = str(self.service_tier)
        else:
            service_tier = self.service_tier

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, LiveResponsesDelegationConfigText):
            text = self.text.to_dict()
        else:
            text = self.text

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, LiveResponsesDelegationConfigToolChoice):
            tool_choice = str(self.tool_choice)
        elif isinstance(self.tool_choice, LiveToolChoiceLiveFunctionToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceLiveMCPToolChoice):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceFileSearch):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceWebSearch):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceWebSearchPreview):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceImageGeneration):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceComputer):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceCodeInterpreter):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceProgrammaticToolCalling):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceShell):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveResponsesDelegationConfigToolChoiceCustom):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceApplyPatch):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, LiveToolChoiceLiveAllowedToolsChoice):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, LiveFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolWebSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolFileSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveResponsesDelegationConfigToolCodeInterpreter):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolShell):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveResponsesDelegationConfigToolImageGeneration):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveResponsesDelegationConfigToolMcp):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolCustom):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolNamespace):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolSearch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolProgrammaticToolCalling):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolComputer):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, LiveToolApplyPatch):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if text is not UNSET:
            field_dict["text"] = text
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if tools is not UNSET:
            field_dict["tools"] = tools

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        model = d.pop("model")

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        service_tier = _parse_service_tier(d.pop("service_tier", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        live_responses_delegation_config = cls(
            model=model,
            instructions=instructions,
            max_output_tokens=max_output_tokens,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            service_tier=service_tier,
            text=text,
            tool_choice=tool_choice,
            tools=tools,
        )

        live_responses_delegation_config.additional_properties = d
        return live_responses_delegation_config

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


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_reasoning(data: object) -> LiveResponsesDelegationConfigReasoning | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = LiveResponsesDelegationConfigReasoning.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigReasoning | None | Unset, data)


def _parse_service_tier(data: object) -> LiveResponsesDelegationConfigServiceTier | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        service_tier_type_0 = LiveResponsesDelegationConfigServiceTier(data)

        return service_tier_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigServiceTier | None | Unset, data)


def _parse_text(data: object) -> LiveResponsesDelegationConfigText | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        text_type_0 = LiveResponsesDelegationConfigText.from_dict(data)

        return text_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigText | None | Unset, data)


def _parse_tool_choice(
    data: object,
) -> (
    LiveResponsesDelegationConfigToolChoice
    | LiveResponsesDelegationConfigToolChoiceCustom
    | LiveToolChoiceApplyPatch
    | LiveToolChoiceCodeInterpreter
    | LiveToolChoiceComputer
    | LiveToolChoiceFileSearch
    | LiveToolChoiceImageGeneration
    | LiveToolChoiceLiveAllowedToolsChoice
    | LiveToolChoiceLiveFunctionToolChoice
    | LiveToolChoiceLiveMCPToolChoice
    | LiveToolChoiceProgrammaticToolCalling
    | LiveToolChoiceShell
    | LiveToolChoiceWebSearch
    | LiveToolChoiceWebSearchPreview
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = LiveResponsesDelegationConfigToolChoice(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "function":
        try:
            tool_choice_type_1 = LiveToolChoiceLiveFunctionToolChoice.from_dict(data)

            return tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        try:
            tool_choice_type_2 = LiveToolChoiceLiveMCPToolChoice.from_dict(data)

            return tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "file_search":
        try:
            tool_choice_type_3 = LiveToolChoiceFileSearch.from_dict(data)

            return tool_choice_type_3
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "web_search":
        try:
            tool_choice_type_4 = LiveToolChoiceWebSearch.from_dict(data)

            return tool_choice_type_4
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "web_search_preview":
        try:
            tool_choice_type_5 = LiveToolChoiceWebSearchPreview.from_dict(data)

            return tool_choice_type_5
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "image_generation":
        try:
            tool_choice_type_6 = LiveToolChoiceImageGeneration.from_dict(data)

            return tool_choice_type_6
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "computer":
        try:
            tool_choice_type_7 = LiveToolChoiceComputer.from_dict(data)

            return tool_choice_type_7
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "code_interpreter":
        try:
            tool_choice_type_8 = LiveToolChoiceCodeInterpreter.from_dict(data)

            return tool_choice_type_8
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        try:
            tool_choice_type_9 = LiveToolChoiceProgrammaticToolCalling.from_dict(data)

            return tool_choice_type_9
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "shell":
        try:
            tool_choice_type_10 = LiveToolChoiceShell.from_dict(data)

            return tool_choice_type_10
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "custom":
        try:
            tool_choice_type_11 = LiveResponsesDelegationConfigToolChoiceCustom.from_dict(data)

            return tool_choice_type_11
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "apply_patch":
        try:
            tool_choice_type_12 = LiveToolChoiceApplyPatch.from_dict(data)

            return tool_choice_type_12
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "allowed_tools":
        try:
            tool_choice_type_13 = LiveToolChoiceLiveAllowedToolsChoice.from_dict(data)

            return tool_choice_type_13
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        LiveResponsesDelegationConfigToolChoice
        | LiveResponsesDelegationConfigToolChoiceCustom
        | LiveToolChoiceApplyPatch
        | LiveToolChoiceCodeInterpreter
        | LiveToolChoiceComputer
        | LiveToolChoiceFileSearch
        | LiveToolChoiceImageGeneration
        | LiveToolChoiceLiveAllowedToolsChoice
        | LiveToolChoiceLiveFunctionToolChoice
        | LiveToolChoiceLiveMCPToolChoice
        | LiveToolChoiceProgrammaticToolCalling
        | LiveToolChoiceShell
        | LiveToolChoiceWebSearch
        | LiveToolChoiceWebSearchPreview
        | None
        | Unset,
        data,
    )


def _parse_tools(
    data: object,
) -> (
    list[
        LiveFunctionTool
        | LiveResponsesDelegationConfigToolCodeInterpreter
        | LiveResponsesDelegationConfigToolImageGeneration
        | LiveResponsesDelegationConfigToolMcp
        | LiveToolApplyPatch
        | LiveToolComputer
        | LiveToolCustom
        | LiveToolFileSearch
        | LiveToolNamespace
        | LiveToolProgrammaticToolCalling
        | LiveToolSearch
        | LiveToolShell
        | LiveToolWebSearch
        | RealtimeUnknownVariant
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        tools_type_0 = []
        _tools_type_0 = data
        for tools_type_0_item_data in _tools_type_0:
            tools_type_0_item = _parse_tools_type_0_item(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            LiveFunctionTool
            | LiveResponsesDelegationConfigToolCodeInterpreter
            | LiveResponsesDelegationConfigToolImageGeneration
            | LiveResponsesDelegationConfigToolMcp
            | LiveToolApplyPatch
            | LiveToolComputer
            | LiveToolCustom
            | LiveToolFileSearch
            | LiveToolNamespace
            | LiveToolProgrammaticToolCalling
            | LiveToolSearch
            | LiveToolShell
            | LiveToolWebSearch
            | RealtimeUnknownVariant
        ]
        | None
        | Unset,
        data,
    )


def _parse_tools_type_0_item(
    data: object,
) -> (
    LiveFunctionTool
    | LiveResponsesDelegationConfigToolCodeInterpreter
    | LiveResponsesDelegationConfigToolImageGeneration
    | LiveResponsesDelegationConfigToolMcp
    | LiveToolApplyPatch
    | LiveToolComputer
    | LiveToolCustom
    | LiveToolFileSearch
    | LiveToolNamespace
    | LiveToolProgrammaticToolCalling
    | LiveToolSearch
    | LiveToolShell
    | LiveToolWebSearch
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "function":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_0 = LiveFunctionTool.from_dict(data)

        return tools_type_0_item_type_0
    if isinstance(data, dict) and data.get("type") == "web_search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_1 = LiveToolWebSearch.from_dict(data)

        return tools_type_0_item_type_1
    if isinstance(data, dict) and data.get("type") == "file_search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_2 = LiveToolFileSearch.from_dict(data)

        return tools_type_0_item_type_2
    if isinstance(data, dict) and data.get("type") == "code_interpreter":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_3 = LiveResponsesDelegationConfigToolCodeInterpreter.from_dict(data)

        return tools_type_0_item_type_3
    if isinstance(data, dict) and data.get("type") == "shell":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_4 = LiveToolShell.from_dict(data)

        return tools_type_0_item_type_4
    if isinstance(data, dict) and data.get("type") == "image_generation":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_5 = LiveResponsesDelegationConfigToolImageGeneration.from_dict(data)

        return tools_type_0_item_type_5
    if isinstance(data, dict) and data.get("type") == "mcp":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_6 = LiveResponsesDelegationConfigToolMcp.from_dict(data)

        return tools_type_0_item_type_6
    if isinstance(data, dict) and data.get("type") == "custom":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_7 = LiveToolCustom.from_dict(data)

        return tools_type_0_item_type_7
    if isinstance(data, dict) and data.get("type") == "namespace":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_8 = LiveToolNamespace.from_dict(data)

        return tools_type_0_item_type_8
    if isinstance(data, dict) and data.get("type") == "tool_search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_9 = LiveToolSearch.from_dict(data)

        return tools_type_0_item_type_9
    if isinstance(data, dict) and data.get("type") == "programmatic_tool_calling":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_10 = LiveToolProgrammaticToolCalling.from_dict(data)

        return tools_type_0_item_type_10
    if isinstance(data, dict) and data.get("type") == "computer":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_11 = LiveToolComputer.from_dict(data)

        return tools_type_0_item_type_11
    if isinstance(data, dict) and data.get("type") == "apply_patch":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_12 = LiveToolApplyPatch.from_dict(data)

        return tools_type_0_item_type_12
    if not isinstance(data, dict):
        raise TypeError()
    tools_type_0_item_type_13 = RealtimeUnknownVariant.from_dict(data)

    return tools_type_0_item_type_13
