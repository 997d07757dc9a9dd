from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_translation_session_create_request_audio_input_noise_reduction import (
        RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,  # noqa: PLC0415
    )
    from ..models.realtime_translation_session_create_request_audio_input_transcription import (
        RealtimeTranslationSessionCreateRequestAudioInputTranscription,  # noqa: PLC0415
    )

    globals().update(
        {
            "RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction": RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction,
            "RealtimeTranslationSessionCreateRequestAudioInputTranscription": RealtimeTranslationSessionCreateRequestAudioInputTranscription,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequestAudioInput")


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInput:
    """
    Attributes:
        transcription (None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset):
        noise_reduction (None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset):
    """

    transcription: None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset = UNSET
    noise_reduction: None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        transcription: dict[str, Any] | None | Unset
        if isinstance(self.transcription, Unset):
            transcription = UNSET
        elif isinstance(self.transcription, RealtimeTranslationSessionCreateRequestAudioInputTranscription):
            transcription = self.transcription.to_dict()
        else:
            transcription = self.transcription

        noise_reduction: dict[str, Any] | None | Unset
        if isinstance(self.noise_reduction, Unset):
            noise_reduction = UNSET
        elif isinstance(self.noise_reduction, RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction):
            noise_reduction = self.noise_reduction.to_dict()
        else:
            noise_reduction = self.noise_reduction

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if transcription is not UNSET:
            field_dict["transcription"] = transcription
        if noise_reduction is not UNSET:
            field_dict["noise_reduction"] = noise_reduction

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        transcription = _parse_transcription(d.pop("transcription", UNSET))

        noise_reduction = _parse_noise_reduction(d.pop("noise_reduction", UNSET))

        realtime_translation_session_create_request_audio_input = cls(
            transcription=transcription,
            noise_reduction=noise_reduction,
        )

        realtime_translation_session_create_request_audio_input.additional_properties = d
        return realtime_translation_session_create_request_audio_input

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


def _parse_transcription(data: object) -> None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        transcription_type_0 = RealtimeTranslationSessionCreateRequestAudioInputTranscription.from_dict(data)

        return transcription_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranslationSessionCreateRequestAudioInputTranscription | Unset, data)


def _parse_noise_reduction(
    data: object,
) -> None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        noise_reduction_type_0 = RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction.from_dict(data)

        return noise_reduction_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction | Unset, data)
