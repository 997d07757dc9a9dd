from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_session_create_request_max_response_output_tokens import (
    RealtimeSessionCreateRequestMaxResponseOutputTokens,
)
from ..models.realtime_session_create_request_tracing_auto import RealtimeSessionCreateRequestTracingAuto
from ..models.realtime_truncation_enum import RealtimeTruncationEnum
from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_object import PromptObject
    from ..models.realtime_session_create_request_client_secret import RealtimeSessionCreateRequestClientSecret
    from ..models.realtime_session_create_request_input_audio_noise_reduction import (
        RealtimeSessionCreateRequestInputAudioNoiseReduction,
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,
    )
    from ..models.realtime_session_create_request_tools_item import RealtimeSessionCreateRequestToolsItem
    from ..models.realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration,
    )
    from ..models.realtime_session_create_request_turn_detection import RealtimeSessionCreateRequestTurnDetection
    from ..models.realtime_truncation_retention_ratio_truncation import RealtimeTruncationRetentionRatioTruncation
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.prompt_object import PromptObject  # noqa: PLC0415
    from ..models.realtime_session_create_request_client_secret import RealtimeSessionCreateRequestClientSecret  # noqa: PLC0415
    from ..models.realtime_session_create_request_input_audio_noise_reduction import (
        RealtimeSessionCreateRequestInputAudioNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_input_audio_transcription import (
        RealtimeSessionCreateRequestInputAudioTranscription,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_tools_item import RealtimeSessionCreateRequestToolsItem  # noqa: PLC0415
    from ..models.realtime_session_create_request_tracing_configuration import (
        RealtimeSessionCreateRequestTracingConfiguration,  # noqa: PLC0415
    )
    from ..models.realtime_session_create_request_turn_detection import RealtimeSessionCreateRequestTurnDetection  # noqa: PLC0415
    from ..models.realtime_truncation_retention_ratio_truncation import RealtimeTruncationRetentionRatioTruncation  # noqa: PLC0415
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    globals().update(
        {
            "PromptObject": PromptObject,
            "RealtimeSessionCreateRequestClientSecret": RealtimeSessionCreateRequestClientSecret,
            "RealtimeSessionCreateRequestInputAudioNoiseReduction": RealtimeSessionCreateRequestInputAudioNoiseReduction,
            "RealtimeSessionCreateRequestInputAudioTranscription": RealtimeSessionCreateRequestInputAudioTranscription,
            "RealtimeSessionCreateRequestToolsItem": RealtimeSessionCreateRequestToolsItem,
            "RealtimeSessionCreateRequestTracingConfiguration": RealtimeSessionCreateRequestTracingConfiguration,
            "RealtimeSessionCreateRequestTurnDetection": RealtimeSessionCreateRequestTurnDetection,
            "RealtimeTruncationRetentionRatioTruncation": RealtimeTruncationRetentionRatioTruncation,
            "VoiceIdsOrCustomVoiceObject": VoiceIdsOrCustomVoiceObject,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeSessionCreateRequest")


@_attrs_define
class RealtimeSessionCreateRequest:
    """A new Realtime session configuration, with an ephemeral key. Default TTL
    for keys is one minute.

        Attributes:
            modalities (Any | None | Unset): The set of modalities the model can respond with. To disable audio,
                set this to ["text"].
            instructions (None | str | Unset): The default system instructions (i.e. system message) prepended to model
                calls. This field allows the client to guide the model on desired responses. The model can be instructed on
                response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good
                responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently").
                The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the
                desired behavior.
                Note that the server sets default instructions which will be used if this field is not set and are visible in
                the `session.created` event at the start of the session.
            voice (None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum): The voice the model uses to
                respond. Supported built-in voices are
                `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
                `marin`, and `cedar`. You may also provide a custom voice object with an
                `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
                the session once the model has responded with audio at least once.
            input_audio_format (None | str | Unset): The format of input audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            output_audio_format (None | str | Unset): The format of output audio. Options are `pcm16`, `g711_ulaw`, or
                `g711_alaw`.
            input_audio_transcription (None | RealtimeSessionCreateRequestInputAudioTranscription | Unset): Configuration
                for input audio transcription, defaults to off and can be
                set to `null` to turn off once on. Input audio transcription is not native
                to the model, since the model consumes audio directly. Transcription runs
                asynchronously and should be treated as rough guidance
                rather than the representation understood by the model.
            speed (float | None | Unset): The speed of the model's spoken response. 1.0 is the default speed. 0.25 is
                the minimum speed. 1.5 is the maximum speed. This value can only be changed
                in between model turns, not while a response is in progress.

                Server default: 1.
            tracing (None | RealtimeSessionCreateRequestTracingAuto | RealtimeSessionCreateRequestTracingConfiguration |
                Unset): Configuration options for tracing. Set to null to disable tracing. Once
                tracing is enabled for a session, the configuration cannot be modified.

                `auto` will create a trace for the session with default values for the
                workflow name, group id, and metadata.
            turn_detection (None | RealtimeSessionCreateRequestTurnDetection | Unset): Configuration for turn detection. Can
                be set to `null` to turn off. Server
                VAD means that the model will detect the start and end of speech based on
                audio volume and respond at the end of user speech.
            tools (list[RealtimeSessionCreateRequestToolsItem] | None | Unset): Tools (functions) available to the model.
            tool_choice (None | str | Unset): How the model chooses tools. Options are `auto`, `none`, `required`, or
                specify a function.
            temperature (float | None | Unset): Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8.
            max_response_output_tokens (int | None | RealtimeSessionCreateRequestMaxResponseOutputTokens | Unset): Maximum
                number of output tokens for a single assistant response,
                inclusive of tool calls. Provide an integer between 1 and 4096 to
                limit output tokens, or `inf` for the maximum available tokens for a
                given model. Defaults to `inf`.
            truncation (None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset):
            prompt (None | PromptObject | Unset):
            client_secret (None | RealtimeSessionCreateRequestClientSecret | Unset): Configuration options for the generated
                client secret.
            model (None | str | Unset): The Realtime model used for this session.
            input_audio_noise_reduction (None | RealtimeSessionCreateRequestInputAudioNoiseReduction | Unset): Configuration
                for input audio noise reduction; null turns it off.
    """

    modalities: Any | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    voice: None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum = UNSET
    input_audio_format: None | str | Unset = UNSET
    output_audio_format: None | str | Unset = UNSET
    input_audio_transcription: None | RealtimeSessionCreateRequestInputAudioTranscription | Unset = UNSET
    speed: float | None | Unset = UNSET
    tracing: (
        None | RealtimeSessionCreateRequestTracingAuto | RealtimeSessionCreateRequestTracingConfiguration | Unset
    ) = UNSET
    turn_detection: None | RealtimeSessionCreateRequestTurnDetection | Unset = UNSET
    tools: list[RealtimeSessionCreateRequestToolsItem] | None | Unset = UNSET
    tool_choice: None | str | Unset = UNSET
    temperature: float | None | Unset = UNSET
    max_response_output_tokens: int | None | RealtimeSessionCreateRequestMaxResponseOutputTokens | Unset = UNSET
    truncation: None | RealtimeTruncationEnum | RealtimeTruncationRetentionRatioTruncation | Unset = UNSET
    prompt: None | PromptObject | Unset = UNSET
    client_secret: None | RealtimeSessionCreateRequestClientSecret | Unset = UNSET
    model: None | str | Unset = UNSET
    input_audio_noise_reduction: None | RealtimeSessionCreateRequestInputAudioNoiseReduction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        modalities: Any | None | Unset
        if isinstance(self.modalities, Unset):
            modalities = UNSET
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

        input_audio_format: None | str | Unset
        if isinstance(self.input_audio_format, Unset):
            input_audio_format = UNSET
        else:
            input_audio_format = self.input_audio_format

        output_audio_format: None | str | Unset
        if isinstance(self.output_audio_format, Unset):
            output_audio_format = UNSET
        else:
            output_audio_format = self.output_audio_format

        input_audio_transcription: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_transcription, Unset):
            input_audio_transcription = UNSET
        elif isinstance(self.input_audio_transcription, RealtimeSessionCreateRequestInputAudioTranscription):
            input_audio_transcription = self.input_audio_transcription.to_dict()
        else:
            input_audio_transcription = self.input_audio_transcription

        speed: float | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        tracing: dict[str, Any] | None | str | Unset
        if isinstance(self.tracing, Unset):
            tracing = UNSET
        elif isinstance(self.tracing, RealtimeSessionCreateRequestTracingAuto):
            tracing = str(self.tracing)
        elif isinstance(self.tracing, RealtimeSessionCreateRequestTracingConfiguration):
            tracing = self.tracing.to_dict()
        else:
            tracing = self.tracing

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeSessionCreateRequestTurnDetection):
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

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        max_response_output_tokens: int | None | str | Unset
        if isinstance(self.max_response_output_tokens, Unset):
            max_response_output_tokens = UNSET
        elif isinstance(self.max_response_output_tokens, RealtimeSessionCreateRequestMaxResponseOutputTokens):
            max_response_output_tokens = str(self.max_response_output_tokens)
        else:
            max_response_output_tokens = self.max_response_output_tokens

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

        client_secret: dict[str, Any] | None | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        elif isinstance(self.client_secret, RealtimeSessionCreateRequestClientSecret):
            client_secret = self.client_secret.to_dict()
        else:
            client_secret = self.client_secret

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        input_audio_noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.input_audio_noise_reduction, Unset):
            input_audio_noise_reduction = UNSET
        elif isinstance(self.input_audio_noise_reduction, RealtimeSessionCreateRequestInputAudioNoiseReduction):
            input_audio_noise_reduction = self.input_audio_noise_reduction.to_dict()
        else:
            input_audio_noise_reduction = self.input_audio_noise_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if modalities is not UNSET:
            field_dict["modalities"] = modalities
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
        if speed is not UNSET:
            field_dict["speed"] = speed
        if tracing is not UNSET:
            field_dict["tracing"] = tracing
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection
        if tools is not UNSET:
            field_dict["tools"] = tools
        if tool_choice is not UNSET:
            field_dict["tool_choice"] = tool_choice
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if max_response_output_tokens is not UNSET:
            field_dict["max_response_output_tokens"] = max_response_output_tokens
        if truncation is not UNSET:
            field_dict["truncation"] = truncation
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if model is not UNSET:
            field_dict["model"] = model
        if input_audio_noise_reduction is not UNSET:
            field_dict["input_audio_noise_reduction"] = input_audio_noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        modalities = _parse_modalities(d.pop("modalities", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        voice = _parse_voice(d.pop("voice", UNSET))

        input_audio_format = _parse_input_audio_format(d.pop("input_audio_format", UNSET))

        output_audio_format = _parse_output_audio_format(d.pop("output_audio_format", UNSET))

        input_audio_transcription = _parse_input_audio_transcription(d.pop("input_audio_transcription", UNSET))

        speed = _parse_speed(d.pop("speed", UNSET))

        tracing = _parse_tracing(d.pop("tracing", UNSET))

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        tools = _parse_tools(d.pop("tools", UNSET))

        tool_choice = _parse_tool_choice(d.pop("tool_choice", UNSET))

        temperature = _parse_temperature(d.pop("temperature", UNSET))

        max_response_output_tokens = _parse_max_response_output_tokens(d.pop("max_response_output_tokens", UNSET))

        truncation = _parse_truncation(d.pop("truncation", UNSET))

        prompt = _parse_prompt(d.pop("prompt", UNSET))

        client_secret = _parse_client_secret(d.pop("client_secret", UNSET))

        model = _parse_model(d.pop("model", UNSET))

        input_audio_noise_reduction = _parse_input_audio_noise_reduction(d.pop("input_audio_noise_reduction", UNSET))

        realtime_session_create_request = cls(
            modalities=modalities,
            instructions=instructions,
            voice=voice,
            input_audio_format=input_audio_format,
            output_audio_format=output_audio_format,
            input_audio_transcription=input_audio_transcription,
            speed=speed,
            tracing=tracing,
            turn_detection=turn_detection,
            tools=tools,
            tool_choice=tool_choice,
            temperature=temperature,
            max_response_output_tokens=max_response_output_tokens,
            truncation=truncation,
            prompt=prompt,
            client_secret=client_secret,
            model=model,
            input_audio_noise_reduction=input_audio_noise_reduction,
        )

        realtime_session_create_request.additional_properties = d
        return realtime_session_create_request

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


def _parse_modalities(data: object) -> Any | None | Unset:
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


def _parse_input_audio_format(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_output_audio_format(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_input_audio_transcription(
    data: object,
) -> None | RealtimeSessionCreateRequestInputAudioTranscription | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_transcription_type_0 = RealtimeSessionCreateRequestInputAudioTranscription.from_dict(data)

        return input_audio_transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateRequestInputAudioTranscription | Unset, data)


def _parse_speed(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_tracing(
    data: object,
) -> None | RealtimeSessionCreateRequestTracingAuto | RealtimeSessionCreateRequestTracingConfiguration | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        tracing_type_0 = RealtimeSessionCreateRequestTracingAuto(data)

        return tracing_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        tracing_type_1 = RealtimeSessionCreateRequestTracingConfiguration.from_dict(data)

        return tracing_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None | RealtimeSessionCreateRequestTracingAuto | RealtimeSessionCreateRequestTracingConfiguration | Unset, data
    )


def _parse_turn_detection(data: object) -> None | RealtimeSessionCreateRequestTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        turn_detection_type_0 = RealtimeSessionCreateRequestTurnDetection.from_dict(data)

        return turn_detection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateRequestTurnDetection | Unset, data)


def _parse_tools(data: object) -> list[RealtimeSessionCreateRequestToolsItem] | None | Unset:
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
            tools_type_0_item = RealtimeSessionCreateRequestToolsItem.from_dict(tools_type_0_item_data)

            tools_type_0.append(tools_type_0_item)

        return tools_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[RealtimeSessionCreateRequestToolsItem] | None | Unset, data)


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


def _parse_max_response_output_tokens(
    data: object,
) -> int | None | RealtimeSessionCreateRequestMaxResponseOutputTokens | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        max_response_output_tokens_type_1 = RealtimeSessionCreateRequestMaxResponseOutputTokens(data)

        return max_response_output_tokens_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(int | None | RealtimeSessionCreateRequestMaxResponseOutputTokens | Unset, data)


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


def _parse_client_secret(data: object) -> None | RealtimeSessionCreateRequestClientSecret | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        client_secret_type_0 = RealtimeSessionCreateRequestClientSecret.from_dict(data)

        return client_secret_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateRequestClientSecret | Unset, data)


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_input_audio_noise_reduction(
    data: object,
) -> None | RealtimeSessionCreateRequestInputAudioNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        input_audio_noise_reduction_type_0 = RealtimeSessionCreateRequestInputAudioNoiseReduction.from_dict(data)

        return input_audio_noise_reduction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeSessionCreateRequestInputAudioNoiseReduction | Unset, data)


_BOUNDS: dict[str, dict[str, float]] = {
    "speed": {"minimum": 0.25, "maximum": 1.5},
    "max_response_output_tokens": {"minimum": 1, "maximum": 4096},
}
"""The spec's bounds of the fields above: attribute name -> bound -> number."""
