from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways,
    )
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_never import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_always import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways,  # noqa: PLC0415
    )
    from ..models.live_tool_mcp_require_approval_live_mcp_require_approval_filter_param_never import (
        LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways": LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways,
            "LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever": LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter")


@_attrs_define
class LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilter:
    """
    Attributes:
        always (LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways | None | Unset):
        never (LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever | None | Unset):
    """

    always: LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways | None | Unset = UNSET
    never: LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways):
            always = self.always.to_dict()
        else:
            always = self.always

        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever):
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

        live_tool_mcp_require_approval_live_mcp_require_approval_filter = cls(
            always=always,
            never=never,
        )

        live_tool_mcp_require_approval_live_mcp_require_approval_filter.additional_properties = d
        return live_tool_mcp_require_approval_live_mcp_require_approval_filter

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


def _parse_always(data: object) -> LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        always_type_0 = LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways.from_dict(data)

        return always_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamAlways | None | Unset, data)


def _parse_never(data: object) -> LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        never_type_0 = LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever.from_dict(data)

        return never_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveToolMcpRequireApprovalLiveMCPRequireApprovalFilterParamNever | None | Unset, data)
