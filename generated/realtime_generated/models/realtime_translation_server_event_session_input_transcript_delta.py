from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_translation_server_event_session_input_transcript_delta_type import (
    RealtimeTranslationServerEventSessionInputTranscriptDeltaType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTranslationServerEventSessionInputTranscriptDelta")


@_attrs_define
class RealtimeTranslationServerEventSessionInputTranscriptDelta:
    """Returned when optional source-language transcript text is available. This event
    is emitted only when `audio.input.transcription` is configured.

    Transcript deltas are append-only text fragments. Clients should not insert
    unconditional spaces between deltas.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeTranslationServerEventSessionInputTranscriptDeltaType): The event type, must be
                `session.input_transcript.delta`.
            delta (str): Append-only source-language transcript text.
            elapsed_ms (int | None | Unset):
    """

    event_id: str
    type_: RealtimeTranslationServerEventSessionInputTranscriptDeltaType | Literal["session.input_transcript.delta"]
    delta: str
    elapsed_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        type_ = str(self.type_)

        delta = self.delta

        elapsed_ms: int | None | Unset
        if isinstance(self.elapsed_ms, Unset):
            elapsed_ms = UNSET
        else:
            elapsed_ms = self.elapsed_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "delta": delta,
            }
        )
        if elapsed_ms is not UNSET:
            field_dict["elapsed_ms"] = elapsed_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeTranslationServerEventSessionInputTranscriptDeltaType(d.pop("type"))

        delta = d.pop("delta")

        elapsed_ms = _parse_elapsed_ms(d.pop("elapsed_ms", UNSET))

        realtime_translation_server_event_session_input_transcript_delta = cls(
            event_id=event_id,
            type_=type_,
            delta=delta,
            elapsed_ms=elapsed_ms,
        )

        realtime_translation_server_event_session_input_transcript_delta.additional_properties = d
        return realtime_translation_server_event_session_input_transcript_delta

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

    type: ClassVar[Literal["session.input_transcript.delta"]] = "session.input_transcript.delta"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_elapsed_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
