from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_text_done_event_type import LiveResponseTextDoneEventType

if TYPE_CHECKING:
    from ..models.live_responses_response_text_done_event_logprob import LiveResponsesResponseTextDoneEventLogprob


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_text_done_event_logprob import LiveResponsesResponseTextDoneEventLogprob  # noqa: PLC0415

    globals().update(
        {
            "LiveResponsesResponseTextDoneEventLogprob": LiveResponsesResponseTextDoneEventLogprob,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseTextDoneEvent")


@_attrs_define
class LiveResponseTextDoneEvent:
    """Emitted when text content is finalized.

    Attributes:
        content_index (int):
        item_id (str):
        logprobs (list[LiveResponsesResponseTextDoneEventLogprob]):
        output_index (int):
        sequence_number (int):
        text (str):
        type_ (LiveResponseTextDoneEventType):
    """

    content_index: int
    item_id: str
    logprobs: list[LiveResponsesResponseTextDoneEventLogprob]
    output_index: int
    sequence_number: int
    text: str
    type_: LiveResponseTextDoneEventType | Literal["response.output_text.done"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        content_index = self.content_index

        item_id = self.item_id

        logprobs = []
        for logprobs_item_data in self.logprobs:
            logprobs_item = logprobs_item_data.to_dict()
            logprobs.append(logprobs_item)

        output_index = self.output_index

        sequence_number = self.sequence_number

        text = self.text

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content_index": content_index,
                "item_id": item_id,
                "logprobs": logprobs,
                "output_index": output_index,
                "sequence_number": sequence_number,
                "text": text,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        content_index = d.pop("content_index")

        item_id = d.pop("item_id")

        logprobs = []
        _logprobs = d.pop("logprobs")
        for logprobs_item_data in _logprobs:
            logprobs_item = LiveResponsesResponseTextDoneEventLogprob.from_dict(logprobs_item_data)

            logprobs.append(logprobs_item)

        output_index = d.pop("output_index")

        sequence_number = d.pop("sequence_number")

        text = d.pop("text")

        type_ = LiveResponseTextDoneEventType(d.pop("type"))

        live_response_text_done_event = cls(
            content_index=content_index,
            item_id=item_id,
            logprobs=logprobs,
            output_index=output_index,
            sequence_number=sequence_number,
            text=text,
            type_=type_,
        )

        live_response_text_done_event.additional_properties = d
        return live_response_text_done_event

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

    type: ClassVar[Literal["response.output_text.done"]] = "response.output_text.done"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
