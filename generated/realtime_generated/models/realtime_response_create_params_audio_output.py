from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.voice_ids_shared_enum import VoiceIdsSharedEnum
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat
    from ..models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat
    from ..models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_audio_formats_pcm_audio_format import RealtimeAudioFormatsPCMAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcma_audio_format import RealtimeAudioFormatsPCMAAudioFormat  # noqa: PLC0415
    from ..models.realtime_audio_formats_pcmu_audio_format import RealtimeAudioFormatsPCMUAudioFormat  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415
    from ..models.voice_ids_or_custom_voice_object import VoiceIdsOrCustomVoiceObject  # noqa: PLC0415

    globals().update(
        {
            "RealtimeAudioFormatsPCMAudioFormat": RealtimeAudioFormatsPCMAudioFormat,
            "RealtimeAudioFormatsPCMAAudioFormat": RealtimeAudioFormatsPCMAAudioFormat,
            "RealtimeAudioFormatsPCMUAudioFormat": RealtimeAudioFormatsPCMUAudioFormat,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
            "VoiceIdsOrCustomVoiceObject": VoiceIdsOrCustomVoiceObject,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeResponseCreateParamsAudioOutput")


@_attrs_define
class RealtimeResponseCreateParamsAudioOutput:
    """
    Attributes:
        format_ (None | RealtimeAudioFormatsPCMAAudioFormat | RealtimeAudioFormatsPCMAudioFormat |
            RealtimeAudioFormatsPCMUAudioFormat | RealtimeUnknownVariant | Unset): The format of the output audio.
        voice (None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum): The voice the model uses to
            respond. Supported built-in voices are
            `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
            `marin`, and `cedar`. You may also provide a custom voice object with
            an `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed
            during the session once the model has responded with audio at least once.
            We recommend `marin` and `cedar` for best quality.

            Server default: "alloy".
    """

    format_: (
        None
        | RealtimeAudioFormatsPCMAAudioFormat
        | RealtimeAudioFormatsPCMAudioFormat
        | RealtimeAudioFormatsPCMUAudioFormat
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    voice: None | str | Unset | VoiceIdsOrCustomVoiceObject | VoiceIdsSharedEnum = UNSET
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

        voice: dict[str, Any] | None | str | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, VoiceIdsSharedEnum):
            voice = str(self.voice)
        elif isinstance(self.voice, VoiceIdsOrCustomVoiceObject):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if voice is not UNSET:
            field_dict["voice"] = voice

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        format_ = _parse_format_(d.pop("format", UNSET))

        voice = _parse_voice(d.pop("voice", UNSET))

        realtime_response_create_params_audio_output = cls(
            format_=format_,
            voice=voice,
        )

        realtime_response_create_params_audio_output.additional_properties = d
        return realtime_response_create_params_audio_output

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
