from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_audio_formats_pcm_audio_format_rate import RealtimeAudioFormatsPCMAudioFormatRate
from ..models.realtime_audio_formats_pcm_audio_format_type import RealtimeAudioFormatsPCMAudioFormatType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeAudioFormatsPCMAudioFormat")


@_attrs_define
class RealtimeAudioFormatsPCMAudioFormat:
    """The PCM audio format. Only a 24kHz sample rate is supported.

    Attributes:
        type_ (None | RealtimeAudioFormatsPCMAudioFormatType | Unset): The audio format. Always `audio/pcm`.
        rate (None | RealtimeAudioFormatsPCMAudioFormatRate | Unset): The sample rate of the audio. Always `24000`.
    """

    type_: None | RealtimeAudioFormatsPCMAudioFormatType | Unset = UNSET
    rate: None | RealtimeAudioFormatsPCMAudioFormatRate | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, RealtimeAudioFormatsPCMAudioFormatType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        rate: int | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        elif isinstance(self.rate, RealtimeAudioFormatsPCMAudioFormatRate):
            rate = self.rate.value
        else:
            rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if rate is not UNSET:
            field_dict["rate"] = rate

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        rate = _parse_rate(d.pop("rate", UNSET))

        realtime_audio_formats_pcm_audio_format = cls(
            type_=type_,
            rate=rate,
        )

        realtime_audio_formats_pcm_audio_format.additional_properties = d
        return realtime_audio_formats_pcm_audio_format

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

    type: ClassVar[Literal["audio/pcm"]] = "audio/pcm"
    """This model's ``type``, as a constant (the optional attrs field ``type_`` holds what was
    sent, UNSET when absent), so unions of models narrow on ``.type == "..."``."""


def _parse_type_(data: object) -> None | RealtimeAudioFormatsPCMAudioFormatType | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = RealtimeAudioFormatsPCMAudioFormatType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(None | RealtimeAudioFormatsPCMAudioFormatType | Unset, data)


def _parse_rate(data: object) -> None | RealtimeAudioFormatsPCMAudioFormatRate | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, int):
            raise TypeError()
        rate_type_0 = RealtimeAudioFormatsPCMAudioFormatRate(data)

        return rate_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeAudioFormatsPCMAudioFormatRate | Unset, data)
