from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_response_text_done_event_logprob_top_logprob import (
        LiveResponsesResponseTextDoneEventLogprobTopLogprob,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_text_done_event_logprob_top_logprob import (
        LiveResponsesResponseTextDoneEventLogprobTopLogprob,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesResponseTextDoneEventLogprobTopLogprob": LiveResponsesResponseTextDoneEventLogprobTopLogprob,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesResponseTextDoneEventLogprob")


@_attrs_define
class LiveResponsesResponseTextDoneEventLogprob:
    """A logprob is the logarithmic probability that the model assigns to producing
    a particular token at a given position in the sequence. Less-negative (higher)
    logprob values indicate greater model confidence in that token choice.

        Attributes:
            token (str):
            logprob (float):
            top_logprobs (list[LiveResponsesResponseTextDoneEventLogprobTopLogprob] | None | Unset):
    """

    token: str
    logprob: float
    top_logprobs: list[LiveResponsesResponseTextDoneEventLogprobTopLogprob] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        token = self.token

        logprob = self.logprob

        top_logprobs: list[dict[str, Any]] | None | Unset
        if isinstance(self.top_logprobs, Unset):
            top_logprobs = UNSET
        elif isinstance(self.top_logprobs, list):
            top_logprobs = []
            for top_logprobs_type_0_item_data in self.top_logprobs:
                top_logprobs_type_0_item = top_logprobs_type_0_item_data.to_dict()
                top_logprobs.append(top_logprobs_type_0_item)

        else:
            top_logprobs = self.top_logprobs

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "logprob": logprob,
            }
        )
        if top_logprobs is not UNSET:
            field_dict["top_logprobs"] = top_logprobs

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        token = d.pop("token")

        logprob = d.pop("logprob")

        top_logprobs = _parse_top_logprobs(d.pop("top_logprobs", UNSET))

        live_responses_response_text_done_event_logprob = cls(
            token=token,
            logprob=logprob,
            top_logprobs=top_logprobs,
        )

        live_responses_response_text_done_event_logprob.additional_properties = d
        return live_responses_response_text_done_event_logprob

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


def _parse_top_logprobs(data: object) -> list[LiveResponsesResponseTextDoneEventLogprobTopLogprob] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        top_logprobs_type_0 = []
        _top_logprobs_type_0 = data
        for top_logprobs_type_0_item_data in _top_logprobs_type_0:
            top_logprobs_type_0_item = LiveResponsesResponseTextDoneEventLogprobTopLogprob.from_dict(
                top_logprobs_type_0_item_data
            )

            top_logprobs_type_0.append(top_logprobs_type_0_item)

        return top_logprobs_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveResponsesResponseTextDoneEventLogprobTopLogprob] | None | Unset, data)
