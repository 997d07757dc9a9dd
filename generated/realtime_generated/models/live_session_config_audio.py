from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_audio_pcm import LiveAudioPCM
    from ..models.live_audio_pcma import LiveAudioPCMA
    from ..models.live_audio_pcmu import LiveAudioPCMU
    from ..models.live_session_config_audio_output import LiveSessionConfigAudioOutput
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_audio_pcm import LiveAudioPCM  # noqa: PLC0415
    from ..models.live_audio_pcma import LiveAudioPCMA  # noqa: PLC0415
    from ..models.live_audio_pcmu import LiveAudioPCMU  # noqa: PLC0415
    from ..models.live_session_config_audio_output import LiveSessionConfigAudioOutput  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAudioPCM": LiveAudioPCM,
            "LiveAudioPCMA": LiveAudioPCMA,
            "LiveAudioPCMU": LiveAudioPCMU,
            "LiveSessionConfigAudioOutput": LiveSessionConfigAudioOutput,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionConfigAudio")


@_attrs_define
class LiveSessionConfigAudio:
    """Startup audio configuration.

    Only primary WebSockets accept audio.format; WebRTC and SIP negotiate their media format. Voice and format are
    immutable after startup.

        Attributes:
            format_ (LiveAudioPCM | LiveAudioPCMA | LiveAudioPCMU | None | RealtimeUnknownVariant | Unset):
            output (LiveSessionConfigAudioOutput | None | Unset):
    """

    format_: LiveAudioPCM | LiveAudioPCMA | LiveAudioPCMU | None | RealtimeUnknownVariant | Unset = UNSET
    output: LiveSessionConfigAudioOutput | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        format_: dict[str, Any] | None | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        elif isinstance(self.format_, LiveAudioPCM):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, LiveAudioPCMU):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, LiveAudioPCMA):
            format_ = self.format_.to_dict()
        elif isinstance(self.format_, RealtimeUnknownVariant):
            format_ = self.format_.to_dict()
        else:
            format_ = self.format_

        output: dict[str, Any] | None | Unset
        if isinstance(self.output, Unset):
            output = UNSET
        elif isinstance(self.output, LiveSessionConfigAudioOutput):
            output = self.output.to_dict()
        else:
            output = self.output

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if format_ is not UNSET:
            field_dict["format"] = format_
        if output is not UNSET:
            field_dict["output"] = output

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        format_ = _parse_format_(d.pop("format", UNSET))

        output = _parse_output(d.pop("output", UNSET))

        live_session_config_audio = cls(
            format_=format_,
            output=output,
        )

        live_session_config_audio.additional_properties = d
        return live_session_config_audio

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
) -> LiveAudioPCM | LiveAudioPCMA | LiveAudioPCMU | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "audio/pcm":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_0 = LiveAudioPCM.from_dict(data)

        return format_type_0
    if isinstance(data, dict) and data.get("type") == "audio/pcmu":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_1 = LiveAudioPCMU.from_dict(data)

        return format_type_1
    if isinstance(data, dict) and data.get("type") == "audio/pcma":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        format_type_2 = LiveAudioPCMA.from_dict(data)

        return format_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        format_type_4 = RealtimeUnknownVariant.from_dict(data)

        return format_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveAudioPCM | LiveAudioPCMA | LiveAudioPCMU | None | RealtimeUnknownVariant | Unset, data)


def _parse_output(data: object) -> LiveSessionConfigAudioOutput | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        output_type_0 = LiveSessionConfigAudioOutput.from_dict(data)

        return output_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSessionConfigAudioOutput | None | Unset, data)
