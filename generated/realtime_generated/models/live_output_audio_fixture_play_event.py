from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_output_audio_fixture_play_event_type import LiveOutputAudioFixturePlayEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveOutputAudioFixturePlayEvent")


@_attrs_define
class LiveOutputAudioFixturePlayEvent:
    """Play one complete audio fixture through the session output.

    Send this event over the primary WebSocket or a server sideband. Audio must be raw mono PCM16 little-endian at 24
    kHz, regardless of the session audio format, and at most 30 seconds. The entire payload is validated before model
    speech is interrupted and input is muted. Only one fixture can be active. fixture.playing acknowledges acceptance
    and fixture.played reports server mixer drain. These notifications are not exact transport-media boundaries. Input
    arriving during playback is dropped and not replayed.

        Attributes:
            audio (str):
            type_ (LiveOutputAudioFixturePlayEventType):
            event_id (None | str | Unset):
    """

    audio: str
    type_: LiveOutputAudioFixturePlayEventType | Literal["session.output_audio.fixture.play"]
    event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        audio = self.audio

        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio": audio,
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        audio = d.pop("audio")

        type_ = LiveOutputAudioFixturePlayEventType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        live_output_audio_fixture_play_event = cls(
            audio=audio,
            type_=type_,
            event_id=event_id,
        )

        live_output_audio_fixture_play_event.additional_properties = d
        return live_output_audio_fixture_play_event

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

    type: ClassVar[Literal["session.output_audio.fixture.play"]] = "session.output_audio.fixture.play"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
