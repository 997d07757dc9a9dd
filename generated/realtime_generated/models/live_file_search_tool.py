from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_file_search_tool_type import LiveFileSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_comparison_filter import LiveComparisonFilter
    from ..models.live_compound_filter import LiveCompoundFilter
    from ..models.live_ranking_options import LiveRankingOptions


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_comparison_filter import LiveComparisonFilter  # noqa: PLC0415
    from ..models.live_compound_filter import LiveCompoundFilter  # noqa: PLC0415
    from ..models.live_ranking_options import LiveRankingOptions  # noqa: PLC0415

    globals().update(
        {
            "LiveComparisonFilter": LiveComparisonFilter,
            "LiveCompoundFilter": LiveCompoundFilter,
            "LiveRankingOptions": LiveRankingOptions,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveFileSearchTool")


@_attrs_define
class LiveFileSearchTool:
    """A tool that searches for relevant content from uploaded files.

    Learn more about the [file search tool](https://developers.openai.com/api/docs/guides/tools-file-search).

        Attributes:
            type_ (LiveFileSearchToolType):
            vector_store_ids (list[str]):
            filters (LiveComparisonFilter | LiveCompoundFilter | None | Unset):
            max_num_results (int | None | Unset):
            ranking_options (LiveRankingOptions | None | Unset):
    """

    type_: LiveFileSearchToolType | Literal["file_search"]
    vector_store_ids: list[str]
    filters: LiveComparisonFilter | LiveCompoundFilter | None | Unset = UNSET
    max_num_results: int | None | Unset = UNSET
    ranking_options: LiveRankingOptions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        vector_store_ids = self.vector_store_ids

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, LiveComparisonFilter):
            filters = self.filters.to_dict()
        elif isinstance(self.filters, LiveCompoundFilter):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        max_num_results: int | None | Unset
        if isinstance(self.max_num_results, Unset):
            max_num_results = UNSET
        else:
            max_num_results = self.max_num_results

        ranking_options: dict[str, Any] | None | Unset
        if isinstance(self.ranking_options, Unset):
            ranking_options = UNSET
        elif isinstance(self.ranking_options, LiveRankingOptions):
            ranking_options = self.ranking_options.to_dict()
        else:
            ranking_options = self.ranking_options

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "vector_store_ids": vector_store_ids,
            }
        )
        if filters is not UNSET:
            field_dict["filters"] = filters
        if max_num_results is not UNSET:
            field_dict["max_num_results"] = max_num_results
        if ranking_options is not UNSET:
            field_dict["ranking_options"] = ranking_options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveFileSearchToolType(d.pop("type"))

        vector_store_ids = cast(list[str], d.pop("vector_store_ids"))

        filters = _parse_filters(d.pop("filters", UNSET))

        max_num_results = _parse_max_num_results(d.pop("max_num_results", UNSET))

        ranking_options = _parse_ranking_options(d.pop("ranking_options", UNSET))

        live_file_search_tool = cls(
            type_=type_,
            vector_store_ids=vector_store_ids,
            filters=filters,
            max_num_results=max_num_results,
            ranking_options=ranking_options,
        )

        live_file_search_tool.additional_properties = d
        return live_file_search_tool

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

    type: ClassVar[Literal["file_search"]] = "file_search"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_filters(data: object) -> LiveComparisonFilter | LiveCompoundFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_0 = LiveComparisonFilter.from_dict(data)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_1 = LiveCompoundFilter.from_dict(data)

        return filters_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveComparisonFilter | LiveCompoundFilter | None | Unset, data)


def _parse_max_num_results(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_ranking_options(data: object) -> LiveRankingOptions | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        ranking_options_type_0 = LiveRankingOptions.from_dict(data)

        return ranking_options_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveRankingOptions | None | Unset, data)
