from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_response_ga_include_item import RealtimeSessionCreateResponseGAIncludeItem
from ..models.realtime_session_create_response_ga_max_output_tokens import (
    RealtimeSessionCreateResponseGAMaxOutputTokens,
)
from ..models.realtime_session_create_response_ga_model import RealtimeSessionCreateResponseGAModel
from ..models.realtime_session_create_response_ga_object import RealtimeSessionCreateResponseGAObject
from ..models.realtime_session_create_response_ga_output_modalities_item import (
    RealtimeSessionCreateResponseGAOutputModalitiesItem,
)
from ..models.realtime_session_create_response_ga_tracing_auto import RealtimeSessionCreateResponseGATracingAuto
from ..models.realtime_session_create_response_ga_type import RealtimeSessionCreateResponseGAType
from ..models.realtime_truncation_enum import RealtimeTruncationEnum
from ..models.tool_choice_options import ToolChoiceOptions
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool import MCPTool
    from ..models.prompt_object import PromptObject
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_reasoning import RealtimeReasoning
    from ..models.realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio
    from ..models.realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration,
    )
    from ..models.realtime_truncation_retention_ratio_truncation import RealtimeTruncationRetentionRatioTruncation
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant
    from ..models.tool_choice_function import ToolChoiceFunction
    from ..models.tool_choice_mcp import ToolChoiceMCP


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_tool import MCPTool  # noqa: PLC0415
    from ..models.prompt_object import PromptObject  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_reasoning import RealtimeReasoning  # noqa: PLC0415
    from ..models.realtime_session_create_response_ga_audio import RealtimeSessionCreateResponseGAAudio  # noqa: PLC0415
    from ..models.realtime_session_create_response_ga_tracing_configuration import (
        RealtimeSessionCreateResponseGATracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_truncation_retention_ratio_truncation import RealtimeTruncationRetentionRatioTruncation  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415
    from ..models.tool_choice_function import ToolChoiceFunction  # noqa: PLC0415
    from ..models.tool_choice_mcp import ToolChoiceMCP  # noqa: PLC0415

    globals().update(
        {
            "MCPTool": MCPTool,
            "PromptObject": PromptObject,
            "RealtimeFunctionTool": RealtimeFunctionTool,
            "RealtimeReasoning": RealtimeReasoning,
            "RealtimeSessionCreateResponseGAAudio": RealtimeSessionCreateResponseGAAudio,
            "RealtimeSessionCreateResponseGATracingConfiguration": RealtimeSessionCreateResponseGATracingConfiguration,
            "RealtimeTruncationRetentionRatioTruncation": RealtimeTruncationRetentionRatioTruncation,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
            "ToolChoiceFunction": ToolChoiceFunction,
            "ToolChoiceMCP": ToolChoiceMCP,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionCreateResponseGA")


@_attrs_define
class RealtimeSessionCreateResponseGA:
    """A Realtime session configuration object.

    Attributes:
        type_ (RealtimeSessionCreateResponseGAType): The type of session to create. Always `realtime` for the Realtime
            API.
        id (str): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (RealtimeSessionCreateResponseGAObject): The object type. Always `realtime.session`.
        expires_at (int | None | Unset): Expiration timestamp for the session, in seconds since epoch.
        output_modalities (list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | None | Unset): The set of
            modalities the model can respond with. It defaults to `["audio"]`, indicating
            that the model will respond with audio plus a transcript. `["text"]` can be used to make
            the model respond with text only. It is not possible to request both `text` and `audio` at the same time.

            Server default: ["audio"].
        model (None | RealtimeSessionCreateResponseGAModel | str | Unset): The Realtime model used for this session.
        instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired responses. The model can be instructed on
            response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently").
            The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the
            desired behavior.

            Note that the server sets default instructions which will be used if this field is not set and are visible in
            the `session.created` event at the start of the session.
        audio (None | RealtimeSessionCreateResponseGAAudio | Unset): Configuration for input and output audio.
        include (list[RealtimeSessionCreateResponseGAIncludeItem] | None | Unset): Additional fields to include in
            server outputs.

            `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        tracing (None | RealtimeSessionCreateResponseGATracingAuto | RealtimeSessionCreateResponseGATracingConfiguration
            | Unset):
        tools (list[MCPTool | RealtimeFunctionTool | RealtimeUnknownVariant] | None | Unset): Tools available to the
            model.
        tool_choice (None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset): How the model chooses
            tools. Provide one of the string modes or force a specific
            function/MCP tool.

            Server default: "auto".
        reasoning (None | RealtimeReasoning | Unset):
        max_output_tokens (int | None | RealtimeSessionCreateResponseGAMaxOutputTokens | Unset): Maximum number of
            output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        truncation (None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset):
        prompt (None | PromptObject | Unset):
        parallel_tool_calls (bool | None | Unset):
    """

    type_: RealtimeSessionCreateResponseGAType | Literal["realtime"]
    id: str
    object_: RealtimeSessionCreateResponseGAObject | Literal["realtime.session"]
    expires_at: int | None | Unset = UNSET
    output_modalities: list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | None | Unset = UNSET
    model: None | RealtimeSessionCreateResponseGAModel | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    audio: None | RealtimeSessionCreateResponseGAAudio | Unset = UNSET
    include: list[RealtimeSessionCreateResponseGAIncludeItem] | None | Unset = UNSET
    tracing: (
        None | RealtimeSessionCreateResponseGATracingAuto | RealtimeSessionCreateResponseGATracingConfiguration | Unset
    ) = UNSET
    tools: list[MCPTool | RealtimeFunctionTool | RealtimeUnknownVariant] | None | Unset = UNSET
    tool_choice: None | ToolChoiceFunction | ToolChoiceMCP | ToolChoiceOptions | Unset = UNSET
    reasoning: None | RealtimeReasoning | Unset = UNSET
    max_output_tokens: int | None | RealtimeSessionCreateResponseGAMaxOutputTokens | Unset = UNSET
    truncation: None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset = UNSET
    prompt: None | PromptObject | Unset = UNSET
    parallel_tool_calls: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        id = self.id

        object_ = str(self.object_)

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

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

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, RealtimeSessionCreateResponseGAModel):
            model = str(self.model)
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, RealtimeSessionCreateResponseGAAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        include: list[str] | None | Unset
        if isinstance(self.include, Unset):
            include = UNSET
        elif isinstance(self.include, list):
            include = []
            for include_type_0_item_data in self.include:
                include_type_0_item = str(include_type_0_item_data)
                include.append(include_type_0_item)

        else:
            include = self.include

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateResponseGATracingAuto):
            tracing = str(self.tracing)
        elif isinstance(self.tracing, RealtimeSessionCreateResponseGATracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        tools: list[dict[str, Any]] | None | Unset
        if isinstance(self.tools, Unset):
            tools = UNSET
        elif isinstance(self.tools, list):
            tools = []
            for tools_type_0_item_data in self.tools:
                tools_type_0_item: dict[str, Any]
                if isinstance(tools_type_0_item_data, RealtimeFunctionTool):
                    tools_type_0_item = tools_type_0_item_data.to_dict()
                elif isinstance(tools_type_0_item_data, MCPTool):
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
        elif isinstance(self.max_output_tokens, RealtimeSessionCreateResponseGAMaxOutputTokens):
            max_output_tokens = str(self.max_output_tokens)
        else:
            max_output_tokens = self.max_output_tokens

        truncation: dict[str, Any] | None | str | Unset
        if isinstance(self.truncation, Unset):
            truncation = UNSET
        elif isinstance(self.truncation, RealtimeTruncationEnum):
            truncation = str(self.truncation)
        elif isinstance(self.truncation, RealtimeTruncationRetentionRatioTruncation):
            truncation = self.truncation.to_dict()
        else:
            truncation = self.truncation

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptObject):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

        parallel_tool_calls: bool | None | Unset
        if isinstance(self.parallel_tool_calls, Unset):
            parallel_tool_calls = UNSET
        else:
            parallel_tool_calls = self.parallel_tool_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "object": object_,
            }
        )
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if include is not UNSET:
            field_dict["include"] = include
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if parallel_tool_calls is not UNSET:
            field_dict["parallel_tool_calls"] = parallel_tool_calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeSessionCreateResponseGAType(d.pop("type"))

        id = d.pop("id")

        object_ = RealtimeSessionCreateResponseGAObject(d.pop("object"))

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        output_modalities = _parse_output_modalities(d.pop("output_modalities", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        parallel_tool_calls = _parse_parallel_tool_calls(d.pop("parallel_tool_calls", UNSET))

        realtime_session_create_response_ga = cls(
            type_=type_,
            id=id,
            object_=object_,
            expires_at=expires_at,
            output_modalities=output_modalities,
            model=model,
            instructions=instructions,
            audio=audio,
            include=include,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            reasoning=reasoning,
            max_output_tokens=max_output_tokens,
            truncation=truncation,
            prompt=prompt,
            parallel_tool_calls=parallel_tool_calls,
        )

        realtime_session_create_response_ga.additional_properties = d
        return realtime_session_create_response_ga

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

    type: ClassVar[Literal["realtime"]] = "realtime"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_output_modalities(data: object) -> list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | None | Unset:
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
            output_modalities_type_0_item = RealtimeSessionCreateResponseGAOutputModalitiesItem(
                output_modalities_type_0_item_data
            )

            output_modalities_type_0.append(output_modalities_type_0_item)

        return output_modalities_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeSessionCreateResponseGAOutputModalitiesItem] | None | Unset, data)


def _parse_model(data: object) -> None | RealtimeSessionCreateResponseGAModel | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = RealtimeSessionCreateResponseGAModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateResponseGAModel | str | Unset, data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_audio(data: object) -> None | RealtimeSessionCreateResponseGAAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeSessionCreateResponseGAAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateResponseGAAudio | Unset, data)


def _parse_include(data: object) -> list[RealtimeSessionCreateResponseGAIncludeItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        include_type_0 = []
        _include_type_0 = data
        for include_type_0_item_data in _include_type_0:
            include_type_0_item = RealtimeSessionCreateResponseGAIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeSessionCreateResponseGAIncludeItem] | None | Unset, data)


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionCreateResponseGATracingAuto | RealtimeSessionCreateResponseGATracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0_type_0 = RealtimeSessionCreateResponseGATracingAuto(data)

        return tracing_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tracing_type_0_type_1 = RealtimeSessionCreateResponseGATracingConfiguration.from_dict(data)

        return tracing_type_0_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None | RealtimeSessionCreateResponseGATracingAuto | RealtimeSessionCreateResponseGATracingConfiguration | Unset,
        data,
    )


def _parse_tools(data: object) -> list[MCPTool | RealtimeFunctionTool | RealtimeUnknownVariant] | None | Unset:
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
    return cast(list[MCPTool | RealtimeFunctionTool | RealtimeUnknownVariant] | None | Unset, data)


def _parse_tools_type_0_item(data: object) -> MCPTool | RealtimeFunctionTool | RealtimeUnknownVariant:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tools_type_0_item_type_0 = RealtimeFunctionTool.from_dict(data)

        return tools_type_0_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "mcp":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        tools_type_0_item_type_1 = MCPTool.from_dict(data)

        return tools_type_0_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    tools_type_0_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return tools_type_0_item_type_2


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


def _parse_max_output_tokens(data: object) -> int | None | RealtimeSessionCreateResponseGAMaxOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = RealtimeSessionCreateResponseGAMaxOutputTokens(data)

        return max_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeSessionCreateResponseGAMaxOutputTokens | Unset, data)


def _parse_truncation(
    data: object,
) -> None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        componentsschemas_realtime_truncation_type_0 = RealtimeTruncationEnum(data)

        return componentsschemas_realtime_truncation_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, dict) and data.get("type") == "retention_ratio":
        try:
            componentsschemas_realtime_truncation_type_1 = RealtimeTruncationRetentionRatioTruncation.from_dict(data)

            return componentsschemas_realtime_truncation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset, data)


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


def _parse_parallel_tool_calls(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)
