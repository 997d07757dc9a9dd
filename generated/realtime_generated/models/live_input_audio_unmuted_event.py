from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_input_audio_unmuted_event_type import LiveInputAudioUnmutedEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveInputAudioUnmutedEvent")


@_attrs_define
class LiveInputAudioUnmutedEvent:
    """Acknowledges a session.input_audio.unmute command, removing the independent input mute. An active audio fixture
    still pauses inference until playback finishes. Fixture playback does not emit this event.

        Attributes:
            event_id (str):
            type_ (LiveInputAudioUnmutedEventType):
            client_event_id (None | str | Unset):
    """

    event_id: str
    type_: LiveInputAudioUnmutedEventType | Literal["session.input_audio.unmuted"]
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        client_event_id: None | str | Unset
        if isinstance(self.client_event_id, Unset):
            client_event_id = UNSET
        else:
            client_event_id = self.client_event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = LiveInputAudioUnmutedEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_input_audio_unmuted_event = cls(
            event_id=event_id,
            type_=type_,
            client_event_id=client_event_id,
        )

        live_input_audio_unmuted_event.additional_properties = d
        return live_input_audio_unmuted_event

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

    type: ClassVar[Literal["session.input_audio.unmuted"]] = "session.input_audio.unmuted"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
