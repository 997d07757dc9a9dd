from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audio_transcription_response import AudioTranscriptionResponse
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from ..models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat
    from ..models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat
    from ..models.realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
    )
    from ..models.realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
    )
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.audio_transcription_response import AudioTranscriptionResponse  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat  # noqa: PLC0415
    from ..models.realtime_transcription_session_create_response_ga_audio_input_noise_reduction import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_transcription_session_create_response_ga_audio_input_turn_detection import (
        RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,  # noqa: PLC0415
    )
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "AudioTranscriptionResponse": AudioTranscriptionResponse,
            "RealtimeAudioFormatsPCMAudioFormat": RealtimeAudioFormatsPCMAudioFormat,
            "RealtimeAudioFormatsPCMAAudioFormat": RealtimeAudioFormatsPCMAAudioFormat,
            "RealtimeAudioFormatsPCMUAudioFormat": RealtimeAudioFormatsPCMUAudioFormat,
            "RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction": RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction,
            "RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection": RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranscriptionSessionCreateResponseGAAudioInput")


@_attrs_define
class RealtimeTranscriptionSessionCreateResponseGAAudioInput:
    """
    Attributes:
        format_ (None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat |
            RealtimeAudioFormatsPCMUAudioFormat | RealtimeUnknownVariant | Unset):
        transcription (AudioTranscriptionResponse | None | Unset): Configuration of the transcription model.
        noise_reduction (None | RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | Unset):
            Configuration for input audio noise reduction.
        turn_detection (None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset):
            Configuration for turn detection. For `gpt-realtime-whisper`, this must be `null`; VAD is not supported.
    """

    format_: (
        None
        | RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    transcription: AudioTranscriptionResponse | None | Unset = UNSET
    noise_reduction: None | RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | Unset = UNSET
    turn_detection: None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, RealtimeAudioFormatsPCMAudioFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeAudioFormatsPCMUAudioFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeAudioFormatsPCMAAudioFormat):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeUnknownVariant):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, AudioTranscriptionResponse):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(self.noise_reduction, RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        turn_detection: dict[str, Any] | None | Unset
        if isinstance(self.turn_detection, Unset):
            turn_detection = UNSET
        elif isinstance(self.turn_detection, RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection):
            turn_detection = self.turn_detection.to_dict()
        else:
            turn_detection = self.turn_detection

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction
        if turn_detection is not UNSET:
            field_dict["turn_detection"] = turn_detection

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        format_ = _parse_format_(d.pop("format", UNSET))

        transcription = _parse_transcription(d.pop("transcription", UNSET))

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        turn_detection = _parse_turn_detection(d.pop("turn_detection", UNSET))

        realtime_transcription_session_create_response_ga_audio_input = cls(
            format_=format_,
            transcription=transcription,
            noise_reduction=noise_reduction,
            turn_detection=turn_detection,
        )

        realtime_transcription_session_create_response_ga_audio_input.additional_properties = d
        return realtime_transcription_session_create_response_ga_audio_input

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


def _parse_format_(
    data: object,
) -> (
    None
    | RealtimeAudioFormatsPCMAAudioFormat
    | RealtimeAudioFormatsPCMAudioFormat
    | RealtimeAudioFormatsPCMUAudioFormat
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_audio_formats_type_0 = RealtimeAudioFormatsPCMAudioFormat.from_dict(data)

        return componentsschemas_realtime_audio_formats_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_audio_formats_type_1 = RealtimeAudioFormatsPCMUAudioFormat.from_dict(data)

        return componentsschemas_realtime_audio_formats_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_audio_formats_type_2 = RealtimeAudioFormatsPCMAAudioFormat.from_dict(data)

        return componentsschemas_realtime_audio_formats_type_2
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        componentsschemas_realtime_audio_formats_type_3 = RealtimeUnknownVariant.from_dict(data)

        return componentsschemas_realtime_audio_formats_type_3
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        None
        | RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_transcription(data: object) -> AudioTranscriptionResponse | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        transcription_type_0 = AudioTranscriptionResponse.from_dict(data)

        return transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(AudioTranscriptionResponse | None | Unset, data)


def _parse_noise_reduction(
    data: object,
) -> None | RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        noise_reduction_type_0 = RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction.from_dict(data)

        return noise_reduction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateResponseGAAudioInputNoiseReduction | Unset, data)


def _parse_turn_detection(
    data: object,
) -> None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        turn_detection_type_0 = RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection.from_dict(data)

        return turn_detection_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranscriptionSessionCreateResponseGAAudioInputTurnDetection | Unset, data)
