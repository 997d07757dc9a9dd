from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_compound_filter_type import LiveCompoundFilterType

if TYPE_CHECKING:
    from ..models.live_comparison_filter import LiveComparisonFilter


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_comparison_filter import LiveComparisonFilter  # noqa: PLC0415

    globals().update(
        {
            "LiveComparisonFilter": LiveComparisonFilter,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveCompoundFilter")


@_attrs_define
class LiveCompoundFilter:
    """Combine multiple filters using `and` or `or`.

    Attributes:
        filters (list[Any | LiveComparisonFilter]):
        type_ (LiveCompoundFilterType):
    """

    filters: list[Any | LiveComparisonFilter]
    type_: LiveCompoundFilterType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        filters = []
        for filters_item_data in self.filters:
            filters_item: Any | dict[str, Any]
            if isinstance(filters_item_data, LiveComparisonFilter):
                filters_item = filters_item_data.to_dict()
            else:
                filters_item = filters_item_data
            filters.append(filters_item)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        filters = []
        _filters = d.pop("filters")
        for filters_item_data in _filters:
            filters_item = _parse_filters_item(filters_item_data)

            filters.append(filters_item)

        type_ = LiveCompoundFilterType(d.pop("type"))

        live_compound_filter = cls(
            filters=filters,
            type_=type_,
        )

        live_compound_filter.additional_properties = d
        return live_compound_filter

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

    @property
    def type(self) -> str:
        """The ``type`` value as a plain string (the attrs field is ``type_``)."""
        return str(self.type_)


def _parse_filters_item(data: object) -> Any | LiveComparisonFilter:
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_item_type_0 = LiveComparisonFilter.from_dict(data)

        return filters_item_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(Any | LiveComparisonFilter, data)
