from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_input_audio_append_type import LiveSessionInputAudioAppendType

T = TypeVar("T", bound="LiveSessionInputAudioAppend")


@_attrs_define
class LiveSessionInputAudioAppend:
    """Input audio received from the primary transport and reflected to a Live sideband connection before model-input
    muting.

        Attributes:
            audio (str):
            type_ (LiveSessionInputAudioAppendType):
    """

    audio: str
    type_: LiveSessionInputAudioAppendType | Literal["session.input_audio.append"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        type_ = LiveSessionInputAudioAppendType(d.pop("type"))

        live_session_input_audio_append = cls(
            audio=audio,
            type_=type_,
        )

        live_session_input_audio_append.additional_properties = d
        return live_session_input_audio_append

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

    type: ClassVar[Literal["session.input_audio.append"]] = "session.input_audio.append"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
