from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_output_transcript_delta_event_type import LiveOutputTranscriptDeltaEventType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveOutputTranscriptDeltaEvent")


@_attrs_define
class LiveOutputTranscriptDeltaEvent:
    """A transcript fragment for assistant output audio in the Live session.

    Accumulate fragments in delivery order; these events do not define complete turns or include a transcript-done
    event.

        Attributes:
            delta (str):
            end_ms (int):
            event_id (str):
            start_ms (int):
            type_ (LiveOutputTranscriptDeltaEventType):
            client_event_id (None | str | Unset):
    """

    delta: str
    end_ms: int
    event_id: str
    start_ms: int
    type_: LiveOutputTranscriptDeltaEventType | Literal["session.output_transcript.delta"]
    client_event_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta = self.delta

        end_ms = self.end_ms

        event_id = self.event_id

        start_ms = self.start_ms

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
                "delta": delta,
                "end_ms": end_ms,
                "event_id": event_id,
                "start_ms": start_ms,
                "type": type_,
            }
        )
        if client_event_id is not UNSET:
            field_dict["client_event_id"] = client_event_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        delta = d.pop("delta")

        end_ms = d.pop("end_ms")

        event_id = d.pop("event_id")

        start_ms = d.pop("start_ms")

        type_ = LiveOutputTranscriptDeltaEventType(d.pop("type"))

        client_event_id = _parse_client_event_id(d.pop("client_event_id", UNSET))

        live_output_transcript_delta_event = cls(
            delta=delta,
            end_ms=end_ms,
            event_id=event_id,
            start_ms=start_ms,
            type_=type_,
            client_event_id=client_event_id,
        )

        live_output_transcript_delta_event.additional_properties = d
        return live_output_transcript_delta_event

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

    type: ClassVar[Literal["session.output_transcript.delta"]] = "session.output_transcript.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_client_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
