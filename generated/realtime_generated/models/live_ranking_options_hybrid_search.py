from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LiveRankingOptionsHybridSearch")


@_attrs_define
class LiveRankingOptionsHybridSearch:
    """Weights that control how reciprocal rank fusion balances semantic embedding matches versus sparse keyword matches
    when hybrid search is enabled.

        Attributes:
            embedding_weight (float):
            text_weight (float):
    """

    embedding_weight: float
    text_weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        embedding_weight = self.embedding_weight

        text_weight = self.text_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "embedding_weight": embedding_weight,
                "text_weight": text_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        embedding_weight = d.pop("embedding_weight")

        text_weight = d.pop("text_weight")

        live_ranking_options_hybrid_search = cls(
            embedding_weight=embedding_weight,
            text_weight=text_weight,
        )

        live_ranking_options_hybrid_search.additional_properties = d
        return live_ranking_options_hybrid_search

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
