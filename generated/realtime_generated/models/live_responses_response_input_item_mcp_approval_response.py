from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_response_input_item_mcp_approval_response_type import (
    LiveResponsesResponseInputItemMcpApprovalResponseType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponsesResponseInputItemMcpApprovalResponse")


@_attrs_define
class LiveResponsesResponseInputItemMcpApprovalResponse:
    """A response to an MCP approval request.

    Attributes:
        approval_request_id (str):
        approve (bool):
        type_ (LiveResponsesResponseInputItemMcpApprovalResponseType):
        id (None | str | Unset):
        reason (None | str | Unset):
    """

    approval_request_id: str
    approve: bool
    type_: LiveResponsesResponseInputItemMcpApprovalResponseType | Literal["mcp_approval_response"]
    id: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        approval_request_id = self.approval_request_id

        approve = self.approve

        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "approval_request_id": approval_request_id,
                "approve": approve,
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        type_ = LiveResponsesResponseInputItemMcpApprovalResponseType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        reason = _parse_reason(d.pop("reason", UNSET))

        live_responses_response_input_item_mcp_approval_response = cls(
            approval_request_id=approval_request_id,
            approve=approve,
            type_=type_,
            id=id,
            reason=reason,
        )

        live_responses_response_input_item_mcp_approval_response.additional_properties = d
        return live_responses_response_input_item_mcp_approval_response

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

    type: ClassVar[Literal["mcp_approval_response"]] = "mcp_approval_response"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_reason(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
