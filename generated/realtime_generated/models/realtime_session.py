from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_include_item import RealtimeSessionIncludeItem
from ..models.realtime_session_input_audio_format import RealtimeSessionInputAudioFormat
from ..models.realtime_session_max_response_output_tokens import RealtimeSessionMaxResponseOutputTokens
from ..models.realtime_session_model import RealtimeSessionModel
from ..models.realtime_session_object import RealtimeSessionObject
from ..models.realtime_session_output_audio_format import RealtimeSessionOutputAudioFormat
from ..models.realtime_session_tracing_auto import RealtimeSessionTracingAuto
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.prompt_object import PromptObject
    from ..models.realtime_function_tool import RealtimeFunctionTool
    from ..models.realtime_session_input_audio_noise_reduction import RealtimeSessionInputAudioNoiseReduction
    from ..models.realtime_session_tracing_configuration import RealtimeSessionTracingConfiguration
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.prompt_object import PromptObject  # noqa: PLC0415
    from ..models.realtime_function_tool import RealtimeFunctionTool  # noqa: PLC0415
    from ..models.realtime_session_input_audio_noise_reduction import RealtimeSessionInputAudioNoiseReduction  # noqa: PLC0415
    from ..models.realtime_session_tracing_configuration import RealtimeSessionTracingConfiguration  # noqa: PLC0415
    from ..models.realtime_turn_detection_semantic_vad import RealtimeTurnDetectionSemanticVAD  # noqa: PLC0415
    from ..models.realtime_turn_detection_server_vad import RealtimeTurnDetectionServerVAD  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "AudioTranscriptionResponse": AudioTranscriptionResponse,
            "PromptObject": PromptObject,
            "RealtimeFunctionTool": RealtimeFunctionTool,
            "RealtimeSessionInputAudioNoiseReduction": RealtimeSessionInputAudioNoiseReduction,
            "RealtimeSessionTracingConfiguration": RealtimeSessionTracingConfiguration,
            "RealtimeTurnDetectionSemanticVAD": RealtimeTurnDetectionSemanticVAD,
            "RealtimeTurnDetectionServerVAD": RealtimeTurnDetectionServerVAD,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSession")


@_attrs_define
class RealtimeSession:
    """Realtime session object for the beta interface.

    Attributes:
        id (None | str | Unset): Unique identifier for the session that looks like `sess_1234567890abcdef`.
        object_ (None | RealtimeSessionObject | Unset): The object type. Always `realtime.session`.
        modalities (Any | None | Unset): The set of modalities the model can respond with. To disable audio,
            set this to ["text"].
        model (None | RealtimeSessionModel | str | Unset): The Realtime model used for this session.
        instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
            calls. This field allows the client to guide the model on desired
            responses. The model can be instructed on response content and format,
            (e.g. "be extremely succinct", "act friendly", "here are examples of good
            responses") and on audio behavior (e.g. "talk quickly", "inject emotion
            into your voice", "laugh frequently"). The instructions are not
            guaranteed to be followed by the model, but they provide guidance to the
            model on the desired behavior.


            Note that the server sets default instructions which will be used if this
            field is not set and are visible in the `session.created` event at the
            start of the session.
        voice (None | str | Unset | VoiceIdsSharedEnum): The voice the model uses to respond. Voice cannot be changed
            during the
            session once the model has responded with audio at least once. Current
            voice options are `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`,
            `shimmer`, and `verse`.
        input_audio_format (None | RealtimeSessionInputAudioFormat | Unset): The format of input audio. Options are
            `pcm16`, `g711_ulaw`, or `g711_alaw`.
            For `pcm16`, input audio must be 16-bit PCM at a 24kHz sample rate,
            single channel (mono), and little-endian byte order.

            Server default: "pcm16".
        output_audio_format (None | RealtimeSessionOutputAudioFormat | Unset): The format of output audio. Options are
            `pcm16`, `g711_ulaw`, or `g711_alaw`.
            For `pcm16`, output audio is sampled at a rate of 24kHz.

            Server default: "pcm16".
        input_audio_transcription (AudioTranscriptionResponse | None | Unset):
        turn_detection (None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD |
            RealtimeUnknownVariant | Unset):
        input_audio_noise_reduction (None | RealtimeSessionInputAudioNoiseReduction | Unset): Configuration for input
            audio noise reduction. This can be set to `null` to turn off.
            Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
            Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance
            by improving perception of the input audio.

            Server default: null.
        speed (float | None | Unset): The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
            the minimum speed. 1.5 is the maximum speed. This value can only be changed
            in between model turns, not while a response is in progress.

            Server default: 1.
        tracing (None | RealtimeSessionTracingAuto | RealtimeSessionTracingConfiguration | Unset):
        tools (list[RealtimeFunctionTool] | None | Unset): Tools (functions) available to the model.
        tool_choice (None | str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
            specify a function.

            Server default: "auto".
        temperature (float | None | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. For audio models
            a temperature of 0.8 is highly recommended for best performance.

            Server default: 0.8.
        max_response_output_tokens (int | None | RealtimeSessionMaxResponseOutputTokens | Unset): Maximum number of
            output tokens for a single assistant response,
            inclusive of tool calls. Provide an integer between 1 and 4096 to
            limit output tokens, or `inf` for the maximum available tokens for a
            given model. Defaults to `inf`.
        expires_at (int | None | Unset): Expiration timestamp for the session, in seconds since epoch.
        prompt (None | PromptObject | Unset):
        include (list[RealtimeSessionIncludeItem] | None | Unset):
    """

    id: None | str | Unset = UNSET
    object_: None | RealtimeSessionObject | Unset = UNSET
    modalities: Any | None | Unset = UNSET
    model: None | RealtimeSessionModel | str | Unset = UNSET
    instructions: None | str | Unset = UNSET
    voice: None | str | Unset | VoiceIdsSharedEnum = UNSET
    input_audio_format: None | RealtimeSessionInputAudioFormat | Unset = UNSET
    output_audio_format: None | RealtimeSessionOutputAudioFormat | Unset = UNSET
    input_audio_transcription: AudioTranscriptionResponse | None | Unset = UNSET
    turn_detection: (
        None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | RealtimeUnknownVariant | Unset
    ) = UNSET
    input_audio_noise_reduction: None | RealtimeSessionInputAudioNoiseReduction | Unset = UNSET
    speed: float | None | Unset = UNSET
    tracing: None | RealtimeSessionTracingAuto | RealtimeSessionTracingConfiguration | Unset = UNSET
    tools: list[RealtimeFunctionTool] | None | Unset = UNSET
    tool_choice: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_response_output_tokens: int | None | RealtimeSessionMaxResponseOutputTokens | Unset = UNSET
    expires_at: int | None | Unset = UNSET
    prompt: None | PromptObject | Unset = UNSET
    include: list[RealtimeSessionIncludeItem] | None | Unset = UNSET
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
        elif isinstance(self.object_, RealtimeSessionObject):
            object_ = str(self.object_)
        else:
            object_ = self.object_

        modalities: Any | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
        else:
            modalities = self.modalities

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        elif isinstance(self.model, RealtimeSessionModel):
            model = str(self.model)
        else:
            model = self.model

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        voice: None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, VoiceIdsSharedEnum):
            voice = str(self.voice)
        else:
            voice = self.voice

        input_audio_format: None | str | Unset
        if isinstance(self.input_audio_format, Unset):
            input_audio_format = UNSET
        elif isinstance(self.input_audio_format, RealtimeSessionInputAudioFormat):
            input_audio_format = str(self.input_audio_format)
        else:
            input_audio_format = self.input_audio_format

        output_audio_format: None | str | Unset
        if isinstance(self.output_audio_format, Unset):
            output_audio_format = UNSET
        elif isinstance(self.output_audio_format, RealtimeSessionOutputAudioFormat):
            output_audio_format = str(self.output_audio_format)
        else:
            output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, AudioTranscriptionResponse):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTurnDetectionServerVAD):
            turn_detection = self.turn_detection.to_dict()
        elif isinstance(self.turn_detection, RealtimeTurnDetectionSemanticVAD):
            turn_detection = self.turn_detection.to_dict()
        elif isinstance(self.turn_detection, RealtimeUnknownVariant):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(self.input_audio_noise_reduction, RealtimeSessionInputAudioNoiseReduction):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionTracingAuto):
            tracing = str(self.tracing)
        elif isinstance(self.tracing, RealtimeSessionTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_response_output_tokens: int | None | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        elif isinstance(self.max_response_output_tokens, RealtimeSessionMaxResponseOutputTokens):
            max_response_output_tokens = str(self.max_response_output_tokens)
        else:
            max_response_output_tokens = self.max_response_output_tokens

        expires_at: int | None | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        else:
            expires_at = self.expires_at

        prompt: dict[str, Any] | None | Unset
        if isinstance(self.prompt, Unset):
            prompt = UNSET
        elif isinstance(self.prompt, PromptObject):
            prompt = self.prompt.to_dict()
        else:
            prompt = self.prompt

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
        if model is not UNSET:
            field_dict["model"] = model
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if voice is not UNSET:
            field_dict["voice"] = voice
        if input_audio_format is not UNSET:
            field_dict["input_audio_format"] = input_audio_format
        if output_audio_format is not UNSET:
            field_dict["output_audio_format"] = output_audio_format
        if input_audio_transcription is not UNSET:
            field_dict["input_audio_transcription"] = input_audio_transcription
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if include is not UNSET:
            field_dict["include"] = include

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = _parse_id(d.pop("id", UNSET))

        object_ = _parse_object_(d.pop("object", UNSET))

        modalities = _parse_modalities(d.pop("modalities", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        voice = _parse_voice(d.pop("voice", UNSET))

        input_audio_format = _parse_input_audio_format(d.pop("input_audio_format", UNSET))

        output_audio_format = _parse_output_audio_format(d.pop("output_audio_format", UNSET))

        input_audio_transcription = _parse_input_audio_transcription(d.pop("input_audio_transcription", UNSET))

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(d.pop("input_audio_noise_reduction", UNSET))

        speed = _parse_speed(d.pop("speed", UNSET))

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        max_response_output_tokens = _parse_max_response_output_tokens(d.pop("max_response_output_tokens", UNSET))

        expires_at = _parse_expires_at(d.pop("expires_at", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        include = _parse_include(d.pop("include", UNSET))

        realtime_session = cls(
            id=id,
            object_=object_,
            modalities=modalities,
            model=model,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            turn_detection=turn_detection,
            input_audio_noise_reduction=input_audio_noise_reduction,
            speed=speed,
            tracing=tracing,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            expires_at=expires_at,
            prompt=prompt,
            include=include,
        )

        realtime_session.additional_properties = d
        return realtime_session

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


def _parse_object_(data: object) -> None | RealtimeSessionObject | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        object_type_0 = RealtimeSessionObject(data)

        return object_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionObject | Unset, data)


def _parse_modalities(data: object) -> Any | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(Any | None | Unset, data)


def _parse_model(data: object) -> None | RealtimeSessionModel | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = RealtimeSessionModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionModel | str | Unset, data)


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_voice(data: object) -> None | str | Unset | VoiceIdsSharedEnum:
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
    return cast(None | str | Unset | VoiceIdsSharedEnum, data)


def _parse_input_audio_format(data: object) -> None | RealtimeSessionInputAudioFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        input_audio_format_type_0 = RealtimeSessionInputAudioFormat(data)

        return input_audio_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionInputAudioFormat | Unset, data)


def _parse_output_audio_format(data: object) -> None | RealtimeSessionOutputAudioFormat | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        output_audio_format_type_0 = RealtimeSessionOutputAudioFormat(data)

        return output_audio_format_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionOutputAudioFormat | Unset, data)


def _parse_input_audio_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

        return input_audio_transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscriptionResponse | None | Unset, data)


def _parse_turn_detection(
    data: object,
) -> None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_turn_detection_type_0_type_0 = RealtimeTurnDetectionServerVAD.from_dict(data)

        return componentsschemas_realtime_turn_detection_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_turn_detection_type_0_type_1 = RealtimeTurnDetectionSemanticVAD.from_dict(data)

        return componentsschemas_realtime_turn_detection_type_0_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_turn_detection_type_0_type_2 = RealtimeUnknownVariant.from_dict(data)

        return componentsschemas_realtime_turn_detection_type_0_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None | RealtimeTurnDetectionSemanticVAD | RealtimeTurnDetectionServerVAD | RealtimeUnknownVariant | Unset, data
    )


def _parse_input_audio_noise_reduction(data: object) -> None | RealtimeSessionInputAudioNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_noise_reduction_type_0 = RealtimeSessionInputAudioNoiseReduction.from_dict(data)

        return input_audio_noise_reduction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionInputAudioNoiseReduction | Unset, data)


def _parse_speed(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_tracing(data: object) -> None | RealtimeSessionTracingAuto | RealtimeSessionTracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0_type_0 = RealtimeSessionTracingAuto(data)

        return tracing_type_0_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tracing_type_0_type_1 = RealtimeSessionTracingConfiguration.from_dict(data)

        return tracing_type_0_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionTracingAuto | RealtimeSessionTracingConfiguration | Unset, data)


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


def _parse_temperature(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_max_response_output_tokens(data: object) -> int | None | RealtimeSessionMaxResponseOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_response_output_tokens_type_1 = RealtimeSessionMaxResponseOutputTokens(data)

        return max_response_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeSessionMaxResponseOutputTokens | Unset, data)


def _parse_expires_at(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


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


def _parse_include(data: object) -> list[RealtimeSessionIncludeItem] | None | Unset:
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
            include_type_0_item = RealtimeSessionIncludeItem(include_type_0_item_data)

            include_type_0.append(include_type_0_item)

        return include_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeSessionIncludeItem] | None | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "speed": {"minimum": 0.25, "maximum": 1.5},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
