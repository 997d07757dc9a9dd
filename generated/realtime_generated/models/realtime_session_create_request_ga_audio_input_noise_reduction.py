from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.noise_reduction_type import NoiseReductionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeSessionCreateRequestGAAudioInputNoiseReduction")


@_attrs_define
class RealtimeSessionCreateRequestGAAudioInputNoiseReduction:
    """Configuration for input audio noise reduction. This can be set to `null` to turn off.
    Noise reduction filters audio added to the input audio buffer before it is sent to VAD and the model.
    Filtering the audio can improve VAD and turn detection accuracy (reducing false positives) and model performance by
    improving perception of the input audio.

    Server default: null.

        Attributes:
            type_ (NoiseReductionType | None | Unset):
            strength (float | None | Unset):
    """

    type_: NoiseReductionType | None | Unset = UNSET
    strength: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, NoiseReductionType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        strength: float | None | Unset
        if isinstance(self.strength, Unset):
            strength = UNSET
        else:
            strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = _parse_type_(d.pop("type", UNSET))

        strength = _parse_strength(d.pop("strength", UNSET))

        realtime_session_create_request_ga_audio_input_noise_reduction = cls(
            type_=type_,
            strength=strength,
        )

        realtime_session_create_request_ga_audio_input_noise_reduction.additional_properties = d
        return realtime_session_create_request_ga_audio_input_noise_reduction

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


def _parse_type_(data: object) -> NoiseReductionType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = NoiseReductionType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(NoiseReductionType | None | Unset, data)


def _parse_strength(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)
