from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_response_create_params_conversation import RealtimeBetaResponseCreateParamsConversation
from ..models.realtime_beta_response_create_params_max_output_tokens import (
    RealtimeBetaResponseCreateParamsMaxOutputTokens,
)
from ..models.realtime_beta_response_create_params_modalities_item import RealtimeBetaResponseCreateParamsModalitiesItem
from ..models.realtime_beta_response_create_params_output_audio_format import (
    RealtimeBetaResponseCreateParamsOutputAudioFormat,
)
from ..models.tool_choice_options import ToolChoiceOptions
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.metadata_object import MetadataObject
    from ..models.prompt_object import PromptObject
    from ..models.realtime_beta_response_create_params_tools_item import RealtimeBetaResponseCreateParamsToolsItem
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser
    from ..models.realtime_conversation_item_with_reference import RealtimeConversationItemWithReference
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.metadata_object import MetadataObject  # noqa: PLC0415
    from ..models.prompt_object import PromptObject  # noqa: PLC0415
    from ..models.realtime_beta_response_create_params_tools_item import RealtimeBetaResponseCreateParamsToolsItem  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call import RealtimeConversationItemFunctionCall  # noqa: PLC0415
    from ..models.realtime_conversation_item_function_call_output import RealtimeConversationItemFunctionCallOutput  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_assistant import RealtimeConversationItemMessageAssistant  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_system import RealtimeConversationItemMessageSystem  # noqa: PLC0415
    from ..models.realtime_conversation_item_message_user import RealtimeConversationItemMessageUser  # noqa: PLC0415
    from ..models.realtime_conversation_item_with_reference import RealtimeConversationItemWithReference  # noqa: PLC0415
    from ..models.realtime_mcp_approval_request import RealtimeMCPApprovalRequest  # noqa: PLC0415
    from ..models.realtime_mcp_approval_response import RealtimeMCPApprovalResponse  # noqa: PLC0415
    from ..models.realtime_mcp_list_tools import RealtimeMCPListTools  # noqa: PLC0415
    from ..models.realtime_mcp_tool_call import RealtimeMCPToolCall  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    globals().update(
        {
            "MetadataObject": MetadataObject,
            "PromptObject": PromptObject,
            "RealtimeBetaResponseCreateParamsToolsItem": RealtimeBetaResponseCreateParamsToolsItem,
            "RealtimeConversationItemFunctionCall": RealtimeConversationItemFunctionCall,
            "RealtimeConversationItemFunctionCallOutput": RealtimeConversationItemFunctionCallOutput,
            "RealtimeConversationItemMessageAssistant": RealtimeConversationItemMessageAssistant,
            "RealtimeConversationItemMessageSystem": RealtimeConversationItemMessageSystem,
            "RealtimeConversationItemMessageUser": RealtimeConversationItemMessageUser,
            "RealtimeConversationItemWithReference": RealtimeConversationItemWithReference,
            "RealtimeMCPApprovalRequest": RealtimeMCPApprovalRequest,
            "RealtimeMCPApprovalResponse": RealtimeMCPApprovalResponse,
            "RealtimeMCPListTools": RealtimeMCPListTools,
            "RealtimeMCPToolCall": RealtimeMCPToolCall,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
            "ToolChoiceFunction": ToolChoiceFunction,
            "ToolChoiceMCP": ToolChoiceMCP,
            "VoiceIdsOrCustomVoiceObject": VoiceIdsOrCustomVoiceObject,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaResponseCreateParams")


@_attrs_define
class RealtimeBetaResponseCreateParams:
    """Create a new Realtime response with these parameters

    Attributes:
        modalities (list[RealtimeBetaResponseCreateParamsModalitiesItem] | None | Unset): The set of modalities the
            model can respond with. To disable audio,
            set this to ["text"].
        instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired
            responses. The model can be instructed on response content and format,
            (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion
            into your voice", "laugh frequently"). The instructions are not guaranteed
            to be followed by the model, but they provide guidance to the model on the
            desired behavior.

            Note that the server sets default instructions which will be used if this
            field is not set and are visible in the `session.created` event at the
            start of the session.
        voice (None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum): The voice the model uses to
            respond. Supported built-in voices are
            `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
            `marin`, and `cedar`. You may also provide a custom voice object with an
            `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
            the session once the model has responded with audio at least once.
        output_audio_format (None | RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset): The format of output
            audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`.
        tools (list[RealtimeBetaResponseCreateParamsToolsItem] | None | Unset): Tools (functions) available to the
            model.
        tool_choice (None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): How the model chooses
            tools. Provide one of the string modes or force a specific
            function/MCP tool.

            Server default: "auto".
        temperature (float | None | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
        max_output_tokens (int | None | RealtimeBetaResponseCreateParamsMaxOutputTokens | Unset): Maximum number of
            output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        conversation (None | RealtimeBetaResponseCreateParamsConversation | str | Unset): Controls which conversation
            the response is added to. Currently supports
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
            Note that this can include references to items from the default conversation.
    """

    modalities: list[RealtimeBetaResponseCreateParamsModalitiesItem] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    voice: None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum = UNSET
    output_audio_format: None | RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset = UNSET
    tools: list[RealtimeBetaResponseCreateParamsToolsItem] | None | Unset = UNSET
    tool_choice: None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_output_tokens: int | None | RealtimeBetaResponseCreateParamsMaxOutputTokens | Unset = UNSET
    conversation: None | RealtimeBetaResponseCreateParamsConversation | str | Unset = UNSET
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
        modalities: list[str] | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        elif isinstance(self.modalities, list):
            modalities = []
            for modalities_type_0_item_data in self.modalities:
                modalities_type_0_item = str(modalities_type_0_item_data)
                modalities.append(modalities_type_0_item)

        else:
            modalities = self.modalities

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        voice: dict[str, Any] | None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, VoiceIdsSharedEnum):
            voice = str(self.voice)
        elif isinstance(self.voice, VoiceIdsOrCustomVoiceObject):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        output_audio_format: None | str | Unset
        if isinstance(self.output_audio_format, Unset):
            output_audio_format = UNSET
        elif isinstance(self.output_audio_format, RealtimeBetaResponseCreateParamsOutputAudioFormat):
            output_audio_format = str(self.output_audio_format)
        else:
            output_audio_format = self.output_audio_format

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_output_tokens: int | None | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, RealtimeBetaResponseCreateParamsMaxOutputTokens):
            max_output_tokens = str(self.max_output_tokens)
        else:
            max_output_tokens = self.max_output_tokens

        conversation: None | str | Unset
        if isinstance(self.conversation, Unset):
            conversation = UNSET
        elif isinstance(self.conversation, RealtimeBetaResponseCreateParamsConversation):
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
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
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
        modalities = _parse_modalities(d.pop("modalities", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        voice = _parse_voice(d.pop("voice", UNSET))

        output_audio_format = _parse_output_audio_format(d.pop("output_audio_format", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        conversation = _parse_conversation(d.pop("conversation", UNSET))

        metadata = _parse_metadata(d.pop("metadata", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        input_ = _parse_input_(d.pop("input", UNSET))

        realtime_beta_response_create_params = cls(
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            output_audio_format=output_audio_format,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_output_tokens=max_output_tokens,
            conversation=conversation,
            metadata=metadata,
            prompt=prompt,
            input_=input_,
        )

        realtime_beta_response_create_params.additional_properties = d
        return realtime_beta_response_create_params

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


def _parse_modalities(data: object) -> list[RealtimeBetaResponseCreateParamsModalitiesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        modalities_type_0 = []
        _modalities_type_0 = data
        for modalities_type_0_item_data in _modalities_type_0:
            modalities_type_0_item = RealtimeBetaResponseCreateParamsModalitiesItem(modalities_type_0_item_data)

            modalities_type_0.append(modalities_type_0_item)

        return modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeBetaResponseCreateParamsModalitiesItem] | None | Unset, data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_voice(data: object) -> None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_voice_ids_shared_type_1 = VoiceIdsSharedEnum(data)

        return componentsschemas_voice_ids_shared_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_voice_ids_or_custom_voice_type_1 = VoiceIdsOrCustomVoiceObject.from_dict(data)

        return componentsschemas_voice_ids_or_custom_voice_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum, data)


def _parse_output_audio_format(data: object) -> None | RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_audio_format_type_0 = RealtimeBetaResponseCreateParamsOutputAudioFormat(data)

        return output_audio_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseCreateParamsOutputAudioFormat | Unset, data)


def _parse_tools(data: object) -> list[RealtimeBetaResponseCreateParamsToolsItem] | None | Unset:
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
            tools_type_0_item = RealtimeBetaResponseCreateParamsToolsItem.from_dict(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeBetaResponseCreateParamsToolsItem] | None | Unset, data)


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


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | RealtimeBetaResponseCreateParamsMaxOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = RealtimeBetaResponseCreateParamsMaxOutputTokens(data)

        return max_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeBetaResponseCreateParamsMaxOutputTokens | Unset, data)


def _parse_conversation(data: object) -> None | RealtimeBetaResponseCreateParamsConversation | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        conversation_type_1 = RealtimeBetaResponseCreateParamsConversation(data)

        return conversation_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseCreateParamsConversation | str | Unset, data)


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
