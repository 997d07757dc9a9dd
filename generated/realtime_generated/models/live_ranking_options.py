from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_ranking_options_ranker import LiveRankingOptionsRanker
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_ranking_options_hybrid_search import LiveRankingOptionsHybridSearch


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_ranking_options_hybrid_search import LiveRankingOptionsHybridSearch  # noqa: PLC0415

    globals().update(
        {
            "LiveRankingOptionsHybridSearch": LiveRankingOptionsHybridSearch,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveRankingOptions")


@_attrs_define
class LiveRankingOptions:
    """Ranking options for search.

    Attributes:
        hybrid_search (LiveRankingOptionsHybridSearch | None | Unset):
        ranker (LiveRankingOptionsRanker | None | Unset):
        score_threshold (float | None | Unset):
    """

    hybrid_search: LiveRankingOptionsHybridSearch | None | Unset = UNSET
    ranker: LiveRankingOptionsRanker | None | Unset = UNSET
    score_threshold: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        hybrid_search: dict[str, Any] | None | Unset
        if isinstance(self.hybrid_search, Unset):
            hybrid_search = UNSET
        elif isinstance(self.hybrid_search, LiveRankingOptionsHybridSearch):
            hybrid_search = self.hybrid_search.to_dict()
        else:
            hybrid_search = self.hybrid_search

        ranker: None | str | Unset
        if isinstance(self.ranker, Unset):
            ranker = UNSET
        elif isinstance(self.ranker, LiveRankingOptionsRanker):
            ranker = str(self.ranker)
        else:
            ranker = self.ranker

        score_threshold: float | None | Unset
        if isinstance(self.score_threshold, Unset):
            score_threshold = UNSET
        else:
            score_threshold = self.score_threshold

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hybrid_search is not UNSET:
            field_dict["hybrid_search"] = hybrid_search
        if ranker is not UNSET:
            field_dict["ranker"] = ranker
        if score_threshold is not UNSET:
            field_dict["score_threshold"] = score_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        hybrid_search = _parse_hybrid_search(d.pop("hybrid_search", UNSET))

        ranker = _parse_ranker(d.pop("ranker", UNSET))

        score_threshold = _parse_score_threshold(d.pop("score_threshold", UNSET))

        live_ranking_options = cls(
            hybrid_search=hybrid_search,
            ranker=ranker,
            score_threshold=score_threshold,
        )

        live_ranking_options.additional_properties = d
        return live_ranking_options

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


def _parse_hybrid_search(data: object) -> LiveRankingOptionsHybridSearch | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        hybrid_search_type_0 = LiveRankingOptionsHybridSearch.from_dict(data)

        return hybrid_search_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveRankingOptionsHybridSearch | None | Unset, data)


def _parse_ranker(data: object) -> LiveRankingOptionsRanker | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        ranker_type_0 = LiveRankingOptionsRanker(data)

        return ranker_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveRankingOptionsRanker | None | Unset, data)


def _parse_score_threshold(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)
