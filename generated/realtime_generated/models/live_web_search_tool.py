from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_web_search_tool_search_context_size import LiveWebSearchToolSearchContextSize
from ..models.live_web_search_tool_type import LiveWebSearchToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_filters import LiveFilters
    from ..models.live_responses_web_search_tool_user_location import LiveResponsesWebSearchToolUserLocation


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_filters import LiveFilters  # noqa: PLC0415
    from ..models.live_responses_web_search_tool_user_location import LiveResponsesWebSearchToolUserLocation  # noqa: PLC0415

    globals().update(
        {
            "LiveFilters": LiveFilters,
            "LiveResponsesWebSearchToolUserLocation": LiveResponsesWebSearchToolUserLocation,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveWebSearchTool")


@_attrs_define
class LiveWebSearchTool:
    """Search the Internet for sources related to the prompt.

    Learn more about the
    [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (LiveWebSearchToolType):
            external_web_access (bool | None | Unset):
            filters (LiveFilters | None | Unset):
            search_context_size (LiveWebSearchToolSearchContextSize | None | Unset):
            user_location (LiveResponsesWebSearchToolUserLocation | None | Unset):
    """

    type_: LiveWebSearchToolType
    external_web_access: bool | None | Unset = UNSET
    filters: LiveFilters | None | Unset = UNSET
    search_context_size: LiveWebSearchToolSearchContextSize | None | Unset = UNSET
    user_location: LiveResponsesWebSearchToolUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        external_web_access: bool | None | Unset
        if isinstance(self.external_web_access, Unset):
            external_web_access = UNSET
        else:
            external_web_access = self.external_web_access

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, LiveFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, LiveWebSearchToolSearchContextSize):
            search_context_size = str(self.search_context_size)
        else:
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, LiveResponsesWebSearchToolUserLocation):
            user_location = self.user_location.to_dict()
        else:
            user_location = self.user_location

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if external_web_access is not UNSET:
            field_dict["external_web_access"] = external_web_access
        if filters is not UNSET:
            field_dict["filters"] = filters
        if search_context_size is not UNSET:
            field_dict["search_context_size"] = search_context_size
        if user_location is not UNSET:
            field_dict["user_location"] = user_location

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveWebSearchToolType(d.pop("type"))

        external_web_access = _parse_external_web_access(d.pop("external_web_access", UNSET))

        filters = _parse_filters(d.pop("filters", UNSET))

        search_context_size = _parse_search_context_size(d.pop("search_context_size", UNSET))

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        live_web_search_tool = cls(
            type_=type_,
            external_web_access=external_web_access,
            filters=filters,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        live_web_search_tool.additional_properties = d
        return live_web_search_tool

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


def _parse_external_web_access(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_filters(data: object) -> LiveFilters | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        filters_type_0 = LiveFilters.from_dict(data)

        return filters_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveFilters | None | Unset, data)


def _parse_search_context_size(data: object) -> LiveWebSearchToolSearchContextSize | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        search_context_size_type_0 = LiveWebSearchToolSearchContextSize(data)

        return search_context_size_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveWebSearchToolSearchContextSize | None | Unset, data)


def _parse_user_location(data: object) -> LiveResponsesWebSearchToolUserLocation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        user_location_type_0 = LiveResponsesWebSearchToolUserLocation.from_dict(data)

        return user_location_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesWebSearchToolUserLocation | None | Unset, data)
