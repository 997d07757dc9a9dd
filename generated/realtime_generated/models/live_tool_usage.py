from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_tool_usage_image_gen import LiveToolUsageImageGen
    from ..models.live_tool_usage_web_search import LiveToolUsageWebSearch


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_usage_image_gen import LiveToolUsageImageGen  # noqa: PLC0415
    from ..models.live_tool_usage_web_search import LiveToolUsageWebSearch  # noqa: PLC0415

    globals().update(
        {
            "LiveToolUsageImageGen": LiveToolUsageImageGen,
            "LiveToolUsageWebSearch": LiveToolUsageWebSearch,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolUsage")


@_attrs_define
class LiveToolUsage:
    """Usage reported by hosted tools, separate from base model `usage`.

    The field
    can be omitted when tool usage is unavailable. When present, tool families
    with no recorded usage have zero counts.

    `image_gen` sums available token counts across image generation calls.
    Calls with missing or incomplete usage records may be skipped. Output
    token details and cached input counts can be omitted. An omitted cache
    count means cache usage is unknown.

    `web_search.num_requests` counts billable searches. Discounted searches
    and actions such as opening a page are excluded. Use billing records to
    reconcile final charges.

        Attributes:
            image_gen (LiveToolUsageImageGen): Aggregated usage statistics for image generation tool calls.
            web_search (LiveToolUsageWebSearch): Aggregated billable usage statistics for web search tool calls.
    """

    image_gen: LiveToolUsageImageGen
    web_search: LiveToolUsageWebSearch
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        image_gen = self.image_gen.to_dict()

        web_search = self.web_search.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "image_gen": image_gen,
                "web_search": web_search,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        image_gen = LiveToolUsageImageGen.from_dict(d.pop("image_gen"))

        web_search = LiveToolUsageWebSearch.from_dict(d.pop("web_search"))

        live_tool_usage = cls(
            image_gen=image_gen,
            web_search=web_search,
        )

        live_tool_usage.additional_properties = d
        return live_tool_usage

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
