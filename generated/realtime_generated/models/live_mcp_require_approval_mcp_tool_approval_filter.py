from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_mcp_require_approval_mcp_tool_approval_filter_always import (
        LiveMcpRequireApprovalMcpToolApprovalFilterAlways,
    )
    from ..models.live_mcp_require_approval_mcp_tool_approval_filter_never import (
        LiveMcpRequireApprovalMcpToolApprovalFilterNever,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_mcp_require_approval_mcp_tool_approval_filter_always import (
        LiveMcpRequireApprovalMcpToolApprovalFilterAlways,  # noqa: PLC0415
    )
    from ..models.live_mcp_require_approval_mcp_tool_approval_filter_never import (
        LiveMcpRequireApprovalMcpToolApprovalFilterNever,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveMcpRequireApprovalMcpToolApprovalFilterAlways": LiveMcpRequireApprovalMcpToolApprovalFilterAlways,
            "LiveMcpRequireApprovalMcpToolApprovalFilterNever": LiveMcpRequireApprovalMcpToolApprovalFilterNever,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMcpRequireApprovalMcpToolApprovalFilter")


@_attrs_define
class LiveMcpRequireApprovalMcpToolApprovalFilter:
    """Specify which of the MCP server's tools require approval.

    Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

        Attributes:
            always (LiveMcpRequireApprovalMcpToolApprovalFilterAlways | None | Unset):
            never (LiveMcpRequireApprovalMcpToolApprovalFilterNever | None | Unset):
    """

    always: LiveMcpRequireApprovalMcpToolApprovalFilterAlways | None | Unset = UNSET
    never: LiveMcpRequireApprovalMcpToolApprovalFilterNever | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, LiveMcpRequireApprovalMcpToolApprovalFilterAlways):
            always = self.always.to_dict()
        else:
            always = self.always

        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, LiveMcpRequireApprovalMcpToolApprovalFilterNever):
            never = self.never.to_dict()
        else:
            never = self.never

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if always is not UNSET:
            field_dict["always"] = always
        if never is not UNSET:
            field_dict["never"] = never

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        always = _parse_always(d.pop("always", UNSET))

        never = _parse_never(d.pop("never", UNSET))

        live_mcp_require_approval_mcp_tool_approval_filter = cls(
            always=always,
            never=never,
        )

        live_mcp_require_approval_mcp_tool_approval_filter.additional_properties = d
        return live_mcp_require_approval_mcp_tool_approval_filter

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


def _parse_always(data: object) -> LiveMcpRequireApprovalMcpToolApprovalFilterAlways | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        always_type_0 = LiveMcpRequireApprovalMcpToolApprovalFilterAlways.from_dict(data)

        return always_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMcpRequireApprovalMcpToolApprovalFilterAlways | None | Unset, data)


def _parse_never(data: object) -> LiveMcpRequireApprovalMcpToolApprovalFilterNever | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        never_type_0 = LiveMcpRequireApprovalMcpToolApprovalFilterNever.from_dict(data)

        return never_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMcpRequireApprovalMcpToolApprovalFilterNever | None | Unset, data)
