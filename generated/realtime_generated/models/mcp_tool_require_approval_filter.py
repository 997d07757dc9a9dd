from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mcp_tool_filter import MCPToolFilter


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.mcp_tool_filter import MCPToolFilter  # noqa: PLC0415

    globals().update(
        {
            "MCPToolFilter": MCPToolFilter,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="MCPToolRequireApprovalFilter")


@_attrs_define
class MCPToolRequireApprovalFilter:
    """Specify which of the MCP server's tools require approval. Can be
    `always`, `never`, or a filter object associated with tools
    that require approval.

        Attributes:
            always (MCPToolFilter | None | Unset):
            never (MCPToolFilter | None | Unset):
    """

    always: MCPToolFilter | None | Unset = UNSET
    never: MCPToolFilter | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        always: dict[str, Any] | None | Unset
        if isinstance(self.always, Unset):
            always = UNSET
        elif isinstance(self.always, MCPToolFilter):
            always = self.always.to_dict()
        else:
            always = self.always

        never: dict[str, Any] | None | Unset
        if isinstance(self.never, Unset):
            never = UNSET
        elif isinstance(self.never, MCPToolFilter):
            never = self.never.to_dict()
        else:
            never = self.never

        field_dict: dict[str, Any] = {}

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

        mcp_tool_require_approval_filter = cls(
            always=always,
            never=never,
        )

        return mcp_tool_require_approval_filter


def _parse_always(data: object) -> MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        always_type_0 = MCPToolFilter.from_dict(data)

        return always_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPToolFilter | None | Unset, data)


def _parse_never(data: object) -> MCPToolFilter | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        never_type_0 = MCPToolFilter.from_dict(data)

        return never_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(MCPToolFilter | None | Unset, data)
