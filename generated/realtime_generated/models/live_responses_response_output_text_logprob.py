from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_responses_response_output_text_logprob_top_logprob import (
        LiveResponsesResponseOutputTextLogprobTopLogprob,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_output_text_logprob_top_logprob import (
        LiveResponsesResponseOutputTextLogprobTopLogprob,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesResponseOutputTextLogprobTopLogprob": LiveResponsesResponseOutputTextLogprobTopLogprob,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponsesResponseOutputTextLogprob")


@_attrs_define
class LiveResponsesResponseOutputTextLogprob:
    """The log probability of a token.

    Attributes:
        token (str):
        bytes_ (list[int]):
        logprob (float):
        top_logprobs (list[LiveResponsesResponseOutputTextLogprobTopLogprob]):
    """

    token: str
    bytes_: list[int]
    logprob: float
    top_logprobs: list[LiveResponsesResponseOutputTextLogprobTopLogprob]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        token = self.token

        bytes_ = self.bytes_

        logprob = self.logprob

        top_logprobs = []
        for top_logprobs_item_data in self.top_logprobs:
            top_logprobs_item = top_logprobs_item_data.to_dict()
            top_logprobs.append(top_logprobs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "bytes": bytes_,
                "logprob": logprob,
                "top_logprobs": top_logprobs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        token = d.pop("token")

        bytes_ = cast(list[int], d.pop("bytes"))

        logprob = d.pop("logprob")

        top_logprobs = []
        _top_logprobs = d.pop("top_logprobs")
        for top_logprobs_item_data in _top_logprobs:
            top_logprobs_item = LiveResponsesResponseOutputTextLogprobTopLogprob.from_dict(top_logprobs_item_data)

            top_logprobs.append(top_logprobs_item)

        live_responses_response_output_text_logprob = cls(
            token=token,
            bytes_=bytes_,
            logprob=logprob,
            top_logprobs=top_logprobs,
        )

        live_responses_response_output_text_logprob.additional_properties = d
        return live_responses_response_output_text_logprob

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
