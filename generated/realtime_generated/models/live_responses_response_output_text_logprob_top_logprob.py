from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveResponsesResponseOutputTextLogprobTopLogprob")


@_attrs_define
class LiveResponsesResponseOutputTextLogprobTopLogprob:
    """The top log probability of a token.

    Attributes:
        token (str):
        bytes_ (list[int]):
        logprob (float):
    """

    token: str
    bytes_: list[int]
    logprob: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        token = self.token

        bytes_ = self.bytes_

        logprob = self.logprob

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "token": token,
                "bytes": bytes_,
                "logprob": logprob,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        token = d.pop("token")

        bytes_ = cast(list[int], d.pop("bytes"))

        logprob = d.pop("logprob")

        live_responses_response_output_text_logprob_top_logprob = cls(
            token=token,
            bytes_=bytes_,
            logprob=logprob,
        )

        live_responses_response_output_text_logprob_top_logprob.additional_properties = d
        return live_responses_response_output_text_logprob_top_logprob

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
