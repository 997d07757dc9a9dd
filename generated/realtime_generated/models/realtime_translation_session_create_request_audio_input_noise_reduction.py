from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.noise_reduction_type import NoiseReductionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction")


@_attrs_define
class RealtimeTranslationSessionCreateRequestAudioInputNoiseReduction:
    """Optional input noise reduction. Set to `null` to disable it.

    Attributes:
        type_ (NoiseReductionType): Type of noise reduction. `near_field` is for close-talking microphones such as
            headphones, `far_field` is for far-field microphones such as laptop or conference room microphones.
        strength (float | None | Unset):
    """

    type_: NoiseReductionType
    strength: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        strength: float | None | Unset
        if isinstance(self.strength, Unset):
            strength = UNSET
        else:
            strength = self.strength

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if strength is not UNSET:
            field_dict["strength"] = strength

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = NoiseReductionType(d.pop("type"))

        strength = _parse_strength(d.pop("strength", UNSET))

        realtime_translation_session_create_request_audio_input_noise_reduction = cls(
            type_=type_,
            strength=strength,
        )

        realtime_translation_session_create_request_audio_input_noise_reduction.additional_properties = d
        return realtime_translation_session_create_request_audio_input_noise_reduction

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

    @property
    def type(self) -> str:
        """The ``type`` value as a plain string (the attrs field is ``type_``)."""
        return str(self.type_)


def _parse_strength(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)
