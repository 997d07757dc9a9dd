from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_action_search_type import LiveActionSearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_action_search_source import LiveActionSearchSource


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_action_search_source import LiveActionSearchSource  # noqa: PLC0415

    globals().update(
        {
            "LiveActionSearchSource": LiveActionSearchSource,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveActionSearch")


@_attrs_define
class LiveActionSearch:
    """Action type "search" - Performs a web search query.

    Attributes:
        type_ (LiveActionSearchType):
        queries (list[str] | None | Unset):
        query (None | str | Unset):
        sources (list[LiveActionSearchSource] | None | Unset):
    """

    type_: LiveActionSearchType | Literal["search"]
    queries: list[str] | None | Unset = UNSET
    query: None | str | Unset = UNSET
    sources: list[LiveActionSearchSource] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        queries: list[str] | None | Unset
        if isinstance(self.queries, Unset):
            queries = UNSET
        elif isinstance(self.queries, list):
            queries = self.queries

        else:
            queries = self.queries

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.sources, Unset):
            sources = UNSET
        elif isinstance(self.sources, list):
            sources = []
            for sources_type_0_item_data in self.sources:
                sources_type_0_item = sources_type_0_item_data.to_dict()
                sources.append(sources_type_0_item)

        else:
            sources = self.sources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if queries is not UNSET:
            field_dict["queries"] = queries
        if query is not UNSET:
            field_dict["query"] = query
        if sources is not UNSET:
            field_dict["sources"] = sources

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveActionSearchType(d.pop("type"))

        queries = _parse_queries(d.pop("queries", UNSET))

        query = _parse_query(d.pop("query", UNSET))

        sources = _parse_sources(d.pop("sources", UNSET))

        live_action_search = cls(
            type_=type_,
            queries=queries,
            query=query,
            sources=sources,
        )

        live_action_search.additional_properties = d
        return live_action_search

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

    type: ClassVar[Literal["search"]] = "search"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_queries(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        queries_type_0 = cast(list[str], data)

        return queries_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)


def _parse_query(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_sources(data: object) -> list[LiveActionSearchSource] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        sources_type_0 = []
        _sources_type_0 = data
        for sources_type_0_item_data in _sources_type_0:
            sources_type_0_item = LiveActionSearchSource.from_dict(sources_type_0_item_data)

            sources_type_0.append(sources_type_0_item)

        return sources_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveActionSearchSource] | None | Unset, data)
