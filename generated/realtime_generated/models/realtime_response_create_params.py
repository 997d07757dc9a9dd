from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_response_create_params_conversation import RealtimeResponseCreateParamsConversation
from ..models.realtime_response_create_params_max_output_tokens import RealtimeResponseCreateParamsMaxOutputTokens
from ..models.realtime_response_create_params_output_modalities_item import (
    RealtimeResponseCreateParamsOutputModalitiesItem,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.metadata_object import MetadataObject
    from ..models.prompt_object import PromptObject
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_conversation_item_with_reference import RealtimeConversationItemWithReference
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.metadata_object import MetadataObject  # noqa: PLC0415
    from ..models.prompt_object import PromptObject  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_conversation_item_with_reference import RealtimeConversationItemWithReference  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: PLC0415
    from ..models.realtime_response_create_params_audio import RealtimeResponseCreateParamsAudio  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415

    globals().update(
        {
            "MCPTool": MCPTool,
            "MetadataObject": MetadataObject,
            "PromptObject": PromptObject,
            "RealtimeConversationItemFunctionCall": RealtimeConversationItemFunctionCall,
            "RealtimeConversationItemFunctionCallOutput": RealtimeConversationItemFunctionCallOutput,
            "RealtimeConversationItemMessageAssistant": RealtimeConversationItemMessageAssistant,
            "RealtimeConversationItemMessageSystem": RealtimeConversationItemMessageSystem,
            "RealtimeConversationItemMessageUser": RealtimeConversationItemMessageUser,
            "RealtimeConversationItemWithReference": RealtimeConversationItemWithReference,
            "RealtimeFunctionTool": RealtimeFunctionTool,
            "RealtimeMCPApprovalRequest": RealtimeMCPApprovalRequest,
            "RealtimeMCPApprovalResponse": RealtimeMCPApprovalResponse,
            "RealtimeMCPListTools": RealtimeMCPListTools,
            "RealtimeMCPToolCall": RealtimeMCPToolCall,
            "RealtimeReasoning": RealtimeReasoning,
            "RealtimeResponseCreateParamsAudio": RealtimeResponseCreateParamsAudio,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
            "ToolChoiceFunction": ToolChoiceFunction,
            "ToolChoiceMCP": ToolChoiceMCP,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeResponseCreateParams")


@_attrs_define
class RealtimeResponseCreateParams:
    """Create a new Realtime response with these parameters

    Attributes:
        output_modalities (list[RealtimeResponseCreateParamsOutputModalitiesItem] | None | Unset): The set of modalities
            the model used to respond, currently the only possible values are
            `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
            output to mode `text` will disable audio output from the model.
        instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired responses. The model can be instructed on
            response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently").
            The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the
            desired behavior.
            Note that the server sets default instructions which will be used if this field is not set and are visible in
            the `session.created` event at the start of the session.
        audio (None | RealtimeResponseCreateParamsAudio | Unset): Configuration for audio input and output.
        tools (list[MCPTool | RealtimeFunctionTool] | None | Unset): Tools available to the model.
        tool_choice (None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): How the model chooses
            tools. Provide one of the string modes or force a specific
            function/MCP tool.

            Server default: "auto".
        parallel_tool_calls (bool | None | Unset): Whether the model may call multiple tools in parallel. Only supported
            by
            reasoning Realtime models such as `gpt-realtime-2`.
        reasoning (None | RealtimeReasoning | Unset):
        max_output_tokens (int | None | RealtimeResponseCreateParamsMaxOutputTokens | Unset): Maximum number of output
            tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        conversation (None | RealtimeResponseCreateParamsConversation | str | Unset): Controls which conversation the
            response is added to. Currently supports
            `auto` and `none`, with `auto` as the default value. The `auto` value
            means that the contents of the response will be added to the default
            conversation. Set this to `none` to create an out-of-band response which
            will not add items to default conversation.
        metadata (MetadataObject | None | Unset):
        prompt (None | PromptObject | Unset):
        input_ (list[RealtimeConversationItemFunctionCall | RealtimeConversationItemFunctionCallOutput |
            RealtimeConversationItemMessageAssistant | RealtimeConversationItemMessageSystem |
            RealtimeConversationItemMessageUser | RealtimeConversationItemWithReference | RealtimeMCPApprovalRequest |
            RealtimeMCPApprovalResponse | RealtimeMCPListTools | RealtimeMCPToolCall | RealtimeUnknownVariant] | None |
            Unset): Input items to include in the prompt for the model. Using this field
            creates a new context for this Response instead of using the default
            conversation. An empty array `[]` will clear the context for this Response.
            Note that this can include references to items that previously appeared in the session
            using their id.
    """

    output_modalities: list[RealtimeResponseCreateParamsOutputModalitiesItem] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    audio: None | RealtimeResponseCreateParamsAudio | Unset = UNSET
    tools: list[MCPTool | RealtimeFunctionTool] | None | Unset = UNSET
    tool_choice: None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    reasoning: None | RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | None | RealtimeResponseCreateParamsMaxOutputTokens | Unset = UNSET
    conversation: None | RealtimeResponseCreateParamsConversation | str | Unset = UNSET
    metadata: MetadataObject | None | Unset = UNSET
    prompt: None | PromptObject | Unset = UNSET
    input_: (
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeConversationItemWithReference
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
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
        output_modalities: list[str] | None | Unset
        if isinstance(self.output_modalities, Unset):
            output_modalities = UNSET
        elif isinstance(self.output_modalities, list):
            output_modalities = []
            for output_modalities_type_0_item_data in self.output_modalities:
                output_modalities_type_0_item = str(output_modalities_type_0_item_data)
                output_modalities.append(output_modalities_type_0_item)

        else:
            output_modalities = self.output_modalities

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, RealtimeResponseCreateParamsAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, RealtimeFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                else:
                    tools_type_0_item = tools_type_0_item_data.to_dict()

                tools.append(tools_type_0_item)

        else:
            tools = self.tools

        tool_choice: dict[str, Any] | None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        elif isinstance(self.tool_choice, ToolChoiceOptions):
            tool_choice = str(self.tool_choice)
        elif isinstance(self.tool_choice, ToolChoiceFunction):
            tool_choice = self.tool_choice.to_dict()
        elif isinstance(self.tool_choice, ToolChoiceMCP):
            tool_choice = self.tool_choice.to_dict()
        else:
            tool_choice = self.tool_choice

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, RealtimeReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        max_output_tokens: int | None | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, RealtimeResponseCreateParamsMaxOutputTokens):
            max_output_tokens = str(self.max_output_tokens)
        else:
            max_output_tokens = self.max_output_tokens

        conversation: None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, RealtimeResponseCreateParamsConversation):
            conversation = str(self.conversation)
        else:
            conversation = self.conversation

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, MetadataObject):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptObject):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        input_: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item: dict[str, Any]
                if isinstance(input_type_0_item_data, RealtimeConversationItemMessageSystem):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeConversationItemMessageUser):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeConversationItemMessageAssistant):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeConversationItemFunctionCall):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeConversationItemFunctionCallOutput):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeMCPApprovalResponse):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeMCPListTools):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeMCPToolCall):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeMCPApprovalRequest):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, RealtimeUnknownVariant):
                    input_type_0_item = input_type_0_item_data.to_dict()
                else:
                    input_type_0_item = input_type_0_item_data.to_dict()

                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if conversation is not UNSET:
            field_dict["conversation"] = conversation
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if input_ is not UNSET:
            field_dict["input"] = input_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        output_modalities = _parse_output_modalities(d.pop("output_modalities", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        input_ = _parse_input_(d.pop("input", UNSET))

        realtime_response_create_params = cls(
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tools=tools,
            tool_choice=tool_choice,
            parallel_tool_calls=parallel_tool_calls,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )

        realtime_response_create_params.additional_properties = d
        return realtime_response_create_params

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


def _parse_output_modalities(data: object) -> list[RealtimeResponseCreateParamsOutputModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        output_modalities_type_0 = []
        _output_modalities_type_0 = data
        for output_modalities_type_0_item_data in _output_modalities_type_0:
            output_modalities_type_0_item = RealtimeResponseCreateParamsOutputModalitiesItem(
                output_modalities_type_0_item_data
            )

            output_modalities_type_0.append(output_modalities_type_0_item)

        return output_modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeResponseCreateParamsOutputModalitiesItem] | None | Unset, data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_audio(data: object) -> None | RealtimeResponseCreateParamsAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeResponseCreateParamsAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseCreateParamsAudio | Unset, data)


def _parse_tools(data: object) -> list[MCPTool | RealtimeFunctionTool] | None | Unset:
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
    return cast(list[MCPTool | RealtimeFunctionTool] | None | Unset, data)


def _parse_tools_type_0_item(data: object) -> MCPTool | RealtimeFunctionTool:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_type_0_item_type_0 = RealtimeFunctionTool.from_dict(data)

        return tools_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    tools_type_0_item_type_1 = MCPTool.from_dict(data)

    return tools_type_0_item_type_1


def _parse_tool_choice(data: object) -> None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tool_choice_type_0 = ToolChoiceOptions(data)

        return tool_choice_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "function":
        try:
            tool_choice_type_1 = ToolChoiceFunction.from_dict(data)

            return tool_choice_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        try:
            tool_choice_type_2 = ToolChoiceMCP.from_dict(data)

            return tool_choice_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset, data)


def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_reasoning(data: object) -> None | RealtimeReasoning | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = RealtimeReasoning.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeReasoning | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | RealtimeResponseCreateParamsMaxOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = RealtimeResponseCreateParamsMaxOutputTokens(data)

        return max_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeResponseCreateParamsMaxOutputTokens | Unset, data)


def _parse_conversation(data: object) -> None | RealtimeResponseCreateParamsConversation | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        conversation_type_1 = RealtimeResponseCreateParamsConversation(data)

        return conversation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeResponseCreateParamsConversation | str | Unset, data)


def _parse_metadata(data: object) -> MetadataObject | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_metadata_type_0 = MetadataObject.from_dict(data)

        return componentsschemas_metadata_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MetadataObject | None | Unset, data)


def _parse_prompt(data: object) -> None | PromptObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_prompt_type_0 = PromptObject.from_dict(data)

        return componentsschemas_prompt_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | PromptObject | Unset, data)


def _parse_input_(
    data: object,
) -> (
    list[
        RealtimeConversationItemFunctionCall
        | RealtimeConversationItemFunctionCallOutput
        | RealtimeConversationItemMessageAssistant
        | RealtimeConversationItemMessageSystem
        | RealtimeConversationItemMessageUser
        | RealtimeConversationItemWithReference
        | RealtimeMCPApprovalRequest
        | RealtimeMCPApprovalResponse
        | RealtimeMCPListTools
        | RealtimeMCPToolCall
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
        input_type_0 = []
        _input_type_0 = data
        for input_type_0_item_data in _input_type_0:
            input_type_0_item = _parse_input_type_0_item(input_type_0_item_data)

            input_type_0.append(input_type_0_item)

        return input_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            RealtimeConversationItemFunctionCall
            | RealtimeConversationItemFunctionCallOutput
            | RealtimeConversationItemMessageAssistant
            | RealtimeConversationItemMessageSystem
            | RealtimeConversationItemMessageUser
            | RealtimeConversationItemWithReference
            | RealtimeMCPApprovalRequest
            | RealtimeMCPApprovalResponse
            | RealtimeMCPListTools
            | RealtimeMCPToolCall
            | RealtimeUnknownVariant
        ]
        | None
        | Unset,
        data,
    )


def _parse_input_type_0_item(
    data: object,
) -> (
    RealtimeConversationItemFunctionCall
    | RealtimeConversationItemFunctionCallOutput
    | RealtimeConversationItemMessageAssistant
    | RealtimeConversationItemMessageSystem
    | RealtimeConversationItemMessageUser
    | RealtimeConversationItemWithReference
    | RealtimeMCPApprovalRequest
    | RealtimeMCPApprovalResponse
    | RealtimeMCPListTools
    | RealtimeMCPToolCall
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "system":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_0 = RealtimeConversationItemMessageSystem.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_0
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "user":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_1 = RealtimeConversationItemMessageUser.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_1
    if isinstance(data, dict) and data.get("type") == "message" and data.get("role") == "assistant":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_2 = RealtimeConversationItemMessageAssistant.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_2
    if isinstance(data, dict) and data.get("type") == "function_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_3 = RealtimeConversationItemFunctionCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_3
    if isinstance(data, dict) and data.get("type") == "function_call_output":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_4 = RealtimeConversationItemFunctionCallOutput.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_4
    if isinstance(data, dict) and data.get("type") == "mcp_approval_response":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_5 = RealtimeMCPApprovalResponse.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_5
    if isinstance(data, dict) and data.get("type") == "mcp_list_tools":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_6 = RealtimeMCPListTools.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_6
    if isinstance(data, dict) and data.get("type") == "mcp_call":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_7 = RealtimeMCPToolCall.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_7
    if isinstance(data, dict) and data.get("type") == "mcp_approval_request":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        componentsschemas_realtime_conversation_item_type_8 = RealtimeMCPApprovalRequest.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_8
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_conversation_item_type_9 = RealtimeUnknownVariant.from_dict(data)

        return componentsschemas_realtime_conversation_item_type_9
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    input_type_0_item_type_1 = RealtimeConversationItemWithReference.from_dict(data)

    return input_type_0_item_type_1


_BOUNDS: dict[str, dict[str, float]] = {
    "max_output_tokens": {"minimum": 1, "maximum": 4096},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
