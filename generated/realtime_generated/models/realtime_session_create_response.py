from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_response_include_item import RealtimeSessionCreateResponseIncludeItem
from ..models.realtime_session_create_response_max_output_tokens import RealtimeSessionCreateResponseMaxOutputTokens
from ..models.realtime_session_create_response_tracing_auto import RealtimeSessionCreateResponseTracingAuto
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio
    from ..models.realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration,
    )
    from ..models.realtime_session_create_response_turn_detection import RealtimeSessionCreateResponseTurnDetection


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_session_create_response_audio import RealtimeSessionCreateResponseAudio  # noqa: PLC0415
    from ..models.realtime_session_create_response_tracing_configuration import (
        RealtimeSessionCreateResponseTracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_response_turn_detection import RealtimeSessionCreateResponseTurnDetection  # noqa: PLC0415

    globals().update(
        {
            "RealtimeFunctionTool": RealtimeFunctionTool,
            "RealtimeSessionCreateResponseAudio": RealtimeSessionCreateResponseAudio,
            "RealtimeSessionCreateResponseTracingConfiguration": RealtimeSessionCreateResponseTracingConfiguration,
            "RealtimeSessionCreateResponseTurnDetection": RealtimeSessionCreateResponseTurnDetection,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionCreateResponse")


@_attrs_define
class RealtimeSessionCreateResponse:
    """A Realtime session configuration object.

    Attributes:
        id (None | str | Unset): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (None | str | Unset): The object type. Always `realtime.session`.
        expires_at (int | None | Unset): Expiration timestamp for the session, in seconds since epoch.
        include (list[RealtimeSessionCreateResponseIncludeItem] | None | Unset): Additional fields to include in server
            outputs.
            - `item.input_audio_transcription.logprobs`: Include logprobs for input audio transcription.
        model (None | str | Unset): The Realtime model used for this session.
        output_modalities (Any | None | Unset): The set of modalities the model can respond with. To disable audio,
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
        audio (None | RealtimeSessionCreateResponseAudio | Unset): Configuration for input and output audio for the
            session.
        tracing (None | RealtimeSessionCreateResponseTracingAuto | RealtimeSessionCreateResponseTracingConfiguration |
            Unset): Configuration options for tracing. Set to null to disable tracing. Once
            tracing is enabled for a session, the configuration cannot be modified.

            `auto` will create a trace for the session with default values for the
            workflow name, group id, and metadata.
        turn_detection (None | RealtimeSessionCreateResponseTurnDetection | Unset): Configuration for turn detection.
            Can be set to `null` to turn off. Server
            VAD means that the model will detect the start and end of speech based on
            audio volume and respond at the end of user speech.
        tools (list[RealtimeFunctionTool] | None | Unset): Tools (functions) available to the model.
        tool_choice (None | str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.
        max_output_tokens (int | None | RealtimeSessionCreateResponseMaxOutputTokens | Unset): Maximum number of output
            tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
    """

    id: None | str | Unset = UNSET
    object_: None | str | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    include: list[RealtimeSessionCreateResponseIncludeItem] | None | Unset = UNSET
    model: None | str | Unset = UNSET
    output_modalities: Any | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    audio: None | RealtimeSessionCreateResponseAudio | Unset = UNSET
    tracing: (
        None | RealtimeSessionCreateResponseTracingAuto | RealtimeSessionCreateResponseTracingConfiguration | Unset
    ) = UNSET
    turn_detection: None | RealtimeSessionCreateResponseTurnDetection | Unset = UNSET
    tools: list[RealtimeFunctionTool] | None | Unset = UNSET
    tool_choice: None | str | Unset = UNSET
    max_output_tokens: int | None | RealtimeSessionCreateResponseMaxOutputTokens | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

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

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        output_modalities: Any | None | Unset
        if isinstance(self.output_modalities, Unset):
            output_modalities = UNSET
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
        elif isinstance(self.audio, RealtimeSessionCreateResponseAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateResponseTracingAuto):
            tracing = str(self.tracing)
        elif isinstance(self.tracing, RealtimeSessionCreateResponseTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeSessionCreateResponseTurnDetection):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

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

        tool_choice: None | str | Unset
        if isinstance(self.tool_choice, Unset):
            tool_choice = UNSET
        else:
            tool_choice = self.tool_choice

        max_output_tokens: int | None | str | Unset
        if isinstance(self.max_output_tokens, Unset):
            max_output_tokens = UNSET
        elif isinstance(self.max_output_tokens, RealtimeSessionCreateResponseMaxOutputTokens):
            max_output_tokens = str(self.max_output_tokens)
        else:
            max_output_tokens = self.max_output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if include is not UNSET:
            field_dict["include"] = include
        if model is not UNSET:
            field_dict["model"] = model
        if output_modalities is not UNSET:
            field_dict["output_modalities"] = output_modalities
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if audio is not UNSET:
            field_dict["audio"] = audio
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if max_output_tokens is not UNSET:
            field_dict["max_output_tokens"] = max_output_tokens

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = _parse_id(d.pop("id", UNSET))

        object_ = _parse_object_(d.pop("object", UNSET))

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        output_modalities = _parse_output_modalities(d.pop("output_modalities", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        audio = _parse_audio(d.pop("audio", UNSET))

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        max_output_tokens = _parse_max_output_tokens(d.pop("max_output_tokens", UNSET))

        realtime_session_create_response = cls(
            id=id,
            object_=object_,
            expires_at=expires_at,
            include=include,
            model=model,
            output_modalities=output_modalities,
            instructions=instructions,
            audio=audio,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            max_output_tokens=max_output_tokens,
        )

        realtime_session_create_response.additional_properties = d
        return realtime_session_create_response

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


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_object_(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_include(data: object) -> list[RealtimeSessionCreateResponseIncludeItem] | None | Unset:
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
            include_type_0_item = RealtimeSessionCreateResponseIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeSessionCreateResponseIncludeItem] | None | Unset, data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output_modalities(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_audio(data: object) -> None | RealtimeSessionCreateResponseAudio | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = RealtimeSessionCreateResponseAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateResponseAudio | Unset, data)


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionCreateResponseTracingAuto | RealtimeSessionCreateResponseTracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = RealtimeSessionCreateResponseTracingAuto(data)

        return tracing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tracing_type_1 = RealtimeSessionCreateResponseTracingConfiguration.from_dict(data)

        return tracing_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None | RealtimeSessionCreateResponseTracingAuto | RealtimeSessionCreateResponseTracingConfiguration | Unset,
        data,
    )


def _parse_turn_detection(data: object) -> None | RealtimeSessionCreateResponseTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        turn_detection_type_0 = RealtimeSessionCreateResponseTurnDetection.from_dict(data)

        return turn_detection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateResponseTurnDetection | Unset, data)


def _parse_tools(data: object) -> list[RealtimeFunctionTool] | None | Unset:
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
            tools_type_0_item = RealtimeFunctionTool.from_dict(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeFunctionTool] | None | Unset, data)


def _parse_tool_choice(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_max_output_tokens(data: object) -> int | None | RealtimeSessionCreateResponseMaxOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_output_tokens_type_1 = RealtimeSessionCreateResponseMaxOutputTokens(data)

        return max_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeSessionCreateResponseMaxOutputTokens | Unset, data)
