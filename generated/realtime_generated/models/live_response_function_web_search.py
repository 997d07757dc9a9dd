from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_function_web_search_status import LiveResponseFunctionWebSearchStatus
from ..models.live_response_function_web_search_type import LiveResponseFunctionWebSearchType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_action_find import LiveActionFind
    from ..models.live_action_open_page import LiveActionOpenPage
    from ..models.live_action_search import LiveActionSearch
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_action_find import LiveActionFind  # noqa: PLC0415
    from ..models.live_action_open_page import LiveActionOpenPage  # noqa: PLC0415
    from ..models.live_action_search import LiveActionSearch  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveActionFind": LiveActionFind,
            "LiveActionOpenPage": LiveActionOpenPage,
            "LiveActionSearch": LiveActionSearch,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseFunctionWebSearch")


@_attrs_define
class LiveResponseFunctionWebSearch:
    """The results of a web search tool call.

    See the
    [web search guide](https://developers.openai.com/api/docs/guides/tools-web-search) for more information.

        Attributes:
            id (str):
            status (LiveResponseFunctionWebSearchStatus):
            type_ (LiveResponseFunctionWebSearchType):
            action (LiveActionFind | LiveActionOpenPage | LiveActionSearch | None | RealtimeUnknownVariant | Unset):
    """

    id: str
    status: LiveResponseFunctionWebSearchStatus
    type_: LiveResponseFunctionWebSearchType | Literal["web_search_call"]
    action: LiveActionFind | LiveActionOpenPage | LiveActionSearch | None | RealtimeUnknownVariant | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        status = str(self.status)

        type_ = str(self.type_)

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, LiveActionSearch):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionOpenPage):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionFind):
            action = self.action.to_dict()
        elif isinstance(self.action, RealtimeUnknownVariant):
            action = self.action.to_dict()
        else:
            action = self.action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        status = LiveResponseFunctionWebSearchStatus(d.pop("status"))

        type_ = LiveResponseFunctionWebSearchType(d.pop("type"))

        action = _parse_action(d.pop("action", UNSET))

        live_response_function_web_search = cls(
            id=id,
            status=status,
            type_=type_,
            action=action,
        )

        live_response_function_web_search.additional_properties = d
        return live_response_function_web_search

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

    type: ClassVar[Literal["web_search_call"]] = "web_search_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_action(
    data: object,
) -> LiveActionFind | LiveActionOpenPage | LiveActionSearch | None | RealtimeUnknownVariant | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "search":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_0 = LiveActionSearch.from_dict(data)

        return action_type_0
    if isinstance(data, dict) and data.get("type") == "open_page":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_1 = LiveActionOpenPage.from_dict(data)

        return action_type_1
    if isinstance(data, dict) and data.get("type") == "find_in_page":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_2 = LiveActionFind.from_dict(data)

        return action_type_2
    try:
        if not isinstance(data, dict):
            raise TypeError()
        action_type_4 = RealtimeUnknownVariant.from_dict(data)

        return action_type_4
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveActionFind | LiveActionOpenPage | LiveActionSearch | None | RealtimeUnknownVariant | Unset, data)
