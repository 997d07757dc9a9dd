from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_audio_pcma_type import LiveAudioPCMAType

T = TypeVar("T", bound="LiveAudioPCMA")


@_attrs_define
class LiveAudioPCMA:
    """Raw, mono G.711 A-law audio for a Live WebSocket connection.

    Attributes:
        rate (int):
        type_ (LiveAudioPCMAType):
    """

    rate: int
    type_: LiveAudioPCMAType | Literal["audio/pcma"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        rate = self.rate

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "rate": rate,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        rate = d.pop("rate")

        type_ = LiveAudioPCMAType(d.pop("type"))

        live_audio_pcma = cls(
            rate=rate,
            type_=type_,
        )

        live_audio_pcma.additional_properties = d
        return live_audio_pcma

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

    type: ClassVar[Literal["audio/pcma"]] = "audio/pcma"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
