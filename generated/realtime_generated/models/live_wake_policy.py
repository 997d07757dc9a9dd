from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_wake_policy_type import LiveWakePolicyType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveWakePolicy")


@_attrs_define
class LiveWakePolicy:
    """Inference starts when the Live WebRTC session connects.

    After an idle pause, microphone speech resumes inference.

        Attributes:
            type_ (LiveWakePolicyType):
            vad_threshold (float | None | Unset):
    """

    type_: LiveWakePolicyType | Literal["speech"]
    vad_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        vad_threshold: float | None | Unset
        if isinstance(self.vad_threshold, Unset):
            vad_threshold = UNSET
        else:
            vad_threshold = self.vad_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if vad_threshold is not UNSET:
            field_dict["vad_threshold"] = vad_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveWakePolicyType(d.pop("type"))

        vad_threshold = _parse_vad_threshold(d.pop("vad_threshold", UNSET))

        live_wake_policy = cls(
            type_=type_,
            vad_threshold=vad_threshold,
        )

        live_wake_policy.additional_properties = d
        return live_wake_policy

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

    type: ClassVar[Literal["speech"]] = "speech"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_vad_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)
