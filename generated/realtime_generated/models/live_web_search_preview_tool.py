from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_web_search_preview_tool_search_content_types_item import (
    LiveWebSearchPreviewToolSearchContentTypesItem,
)
from ..models.live_web_search_preview_tool_search_context_size import LiveWebSearchPreviewToolSearchContextSize
from ..models.live_web_search_preview_tool_type import LiveWebSearchPreviewToolType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_web_search_preview_tool_user_location import (
        LiveResponsesWebSearchPreviewToolUserLocation,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_web_search_preview_tool_user_location import (
        LiveResponsesWebSearchPreviewToolUserLocation,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesWebSearchPreviewToolUserLocation": LiveResponsesWebSearchPreviewToolUserLocation,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveWebSearchPreviewTool")


@_attrs_define
class LiveWebSearchPreviewTool:
    """This tool searches the web for relevant results to use in a response.

    Learn more about the [web search tool](https://developers.openai.com/api/docs/guides/tools-web-search).

        Attributes:
            type_ (LiveWebSearchPreviewToolType):
            search_content_types (list[LiveWebSearchPreviewToolSearchContentTypesItem] | None | Unset):
            search_context_size (LiveWebSearchPreviewToolSearchContextSize | None | Unset):
            user_location (LiveResponsesWebSearchPreviewToolUserLocation | None | Unset):
    """

    type_: LiveWebSearchPreviewToolType
    search_content_types: list[LiveWebSearchPreviewToolSearchContentTypesItem] | None | Unset = UNSET
    search_context_size: LiveWebSearchPreviewToolSearchContextSize | None | Unset = UNSET
    user_location: LiveResponsesWebSearchPreviewToolUserLocation | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        search_content_types: list[str] | None | Unset
        if isinstance(self.search_content_types, Unset):
            search_content_types = UNSET
        elif isinstance(self.search_content_types, list):
            search_content_types = []
            for search_content_types_type_0_item_data in self.search_content_types:
                search_content_types_type_0_item = str(search_content_types_type_0_item_data)
                search_content_types.append(search_content_types_type_0_item)

        else:
            search_content_types = self.search_content_types

        search_context_size: None | str | Unset
        if isinstance(self.search_context_size, Unset):
            search_context_size = UNSET
        elif isinstance(self.search_context_size, LiveWebSearchPreviewToolSearchContextSize):
            search_context_size = str(self.search_context_size)
        else:
            search_context_size = self.search_context_size

        user_location: dict[str, Any] | None | Unset
        if isinstance(self.user_location, Unset):
            user_location = UNSET
        elif isinstance(self.user_location, LiveResponsesWebSearchPreviewToolUserLocation):
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
        if search_content_types is not UNSET:
            field_dict["search_content_types"] = search_content_types
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
        type_ = LiveWebSearchPreviewToolType(d.pop("type"))

        search_content_types = _parse_search_content_types(d.pop("search_content_types", UNSET))

        search_context_size = _parse_search_context_size(d.pop("search_context_size", UNSET))

        user_location = _parse_user_location(d.pop("user_location", UNSET))

        live_web_search_preview_tool = cls(
            type_=type_,
            search_content_types=search_content_types,
            search_context_size=search_context_size,
            user_location=user_location,
        )

        live_web_search_preview_tool.additional_properties = d
        return live_web_search_preview_tool

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


def _parse_search_content_types(data: object) -> list[LiveWebSearchPreviewToolSearchContentTypesItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        search_content_types_type_0 = []
        _search_content_types_type_0 = data
        for search_content_types_type_0_item_data in _search_content_types_type_0:
            search_content_types_type_0_item = LiveWebSearchPreviewToolSearchContentTypesItem(
                search_content_types_type_0_item_data
            )

            search_content_types_type_0.append(search_content_types_type_0_item)

        return search_content_types_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveWebSearchPreviewToolSearchContentTypesItem] | None | Unset, data)


def _parse_search_context_size(data: object) -> LiveWebSearchPreviewToolSearchContextSize | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        search_context_size_type_0 = LiveWebSearchPreviewToolSearchContextSize(data)

        return search_context_size_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveWebSearchPreviewToolSearchContextSize | None | Unset, data)


def _parse_user_location(data: object) -> LiveResponsesWebSearchPreviewToolUserLocation | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "approximate":
        try:
            user_location_type_0 = LiveResponsesWebSearchPreviewToolUserLocation.from_dict(data)

            return user_location_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LiveResponsesWebSearchPreviewToolUserLocation | None | Unset, data)
