from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_server_event_conversation_item_input_audio_transcription_delta_type import (
    RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.log_prob_properties import LogProbProperties


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.log_prob_properties import LogProbProperties  # noqa: PLC0415

    globals().update(
        {
            "LogProbProperties": LogProbProperties,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeServerEventConversationItemInputAudioTranscriptionDelta")


@_attrs_define
class RealtimeServerEventConversationItemInputAudioTranscriptionDelta:
    """Returned when the text value of an input audio transcription content part is updated with incremental transcription
    results.

        Attributes:
            event_id (str): The unique ID of the server event.
            type_ (RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType): The event type, must be
                `conversation.item.input_audio_transcription.delta`.
            item_id (str): The ID of the item containing the audio that is being transcribed.
            content_index (int | None | Unset): The index of the content part in the item's content array.
            delta (None | str | Unset): The text delta.
            logprobs (list[LogProbProperties] | None | Unset):
    """

    event_id: str
    type_: (
        RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType
        | Literal["conversation.item.input_audio_transcription.delta"]
    )
    item_id: str
    content_index: int | None | Unset = UNSET
    delta: None | str | Unset = UNSET
    logprobs: list[LogProbProperties] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        event_id = self.event_id

        type_ = str(self.type_)

        item_id = self.item_id

        content_index: int | None | Unset
        if isinstance(self.content_index, Unset):
            content_index = UNSET
        else:
            content_index = self.content_index

        delta: None | str | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.logprobs, Unset):
            logprobs = UNSET
        elif isinstance(self.logprobs, list):
            logprobs = []
            for logprobs_type_0_item_data in self.logprobs:
                logprobs_type_0_item = logprobs_type_0_item_data.to_dict()
                logprobs.append(logprobs_type_0_item)

        else:
            logprobs = self.logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "type": type_,
                "item_id": item_id,
            }
        )
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if delta is not UNSET:
            field_dict["delta"] = delta
        if logprobs is not UNSET:
            field_dict["logprobs"] = logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        event_id = d.pop("event_id")

        type_ = RealtimeServerEventConversationItemInputAudioTranscriptionDeltaType(d.pop("type"))

        item_id = d.pop("item_id")

        content_index = _parse_content_index(d.pop("content_index", UNSET))

        delta = _parse_delta(d.pop("delta", UNSET))

        logprobs = _parse_logprobs(d.pop("logprobs", UNSET))

        realtime_server_event_conversation_item_input_audio_transcription_delta = cls(
            event_id=event_id,
            type_=type_,
            item_id=item_id,
            content_index=content_index,
            delta=delta,
            logprobs=logprobs,
        )

        realtime_server_event_conversation_item_input_audio_transcription_delta.additional_properties = d
        return realtime_server_event_conversation_item_input_audio_transcription_delta

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

    type: ClassVar[Literal["conversation.item.input_audio_transcription.delta"]] = (
        "conversation.item.input_audio_transcription.delta"
    )
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_content_index(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_delta(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_logprobs(data: object) -> list[LogProbProperties] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        logprobs_type_0 = []
        _logprobs_type_0 = data
        for logprobs_type_0_item_data in _logprobs_type_0:
            logprobs_type_0_item = LogProbProperties.from_dict(logprobs_type_0_item_data)

            logprobs_type_0.append(logprobs_type_0_item)

        return logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LogProbProperties] | None | Unset, data)
