from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_audio_done_event_type import LiveResponseAudioDoneEventType

T = TypeVar("T", bound="LiveResponseAudioDoneEvent")


@_attrs_define
class LiveResponseAudioDoneEvent:
    """Emitted when the audio response is complete.

    Attributes:
        sequence_number (int):
        type_ (LiveResponseAudioDoneEventType):
    """

    sequence_number: int
    type_: LiveResponseAudioDoneEventType | Literal["response.audio.done"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequence_number = self.sequence_number

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sequence_number": sequence_number,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        sequence_number = d.pop("sequence_number")

        type_ = LiveResponseAudioDoneEventType(d.pop("type"))

        live_response_audio_done_event = cls(
            sequence_number=sequence_number,
            type_=type_,
        )

        live_response_audio_done_event.additional_properties = d
        return live_response_audio_done_event

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

    type: ClassVar[Literal["response.audio.done"]] = "response.audio.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
