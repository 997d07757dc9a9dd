from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_response_output_item_mcp_approval_response_type import (
    LiveResponsesResponseOutputItemMcpApprovalResponseType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponsesResponseOutputItemMcpApprovalResponse")


@_attrs_define
class LiveResponsesResponseOutputItemMcpApprovalResponse:
    """A response to an MCP approval request.

    Attributes:
        id (str):
        approval_request_id (str):
        approve (bool):
        type_ (LiveResponsesResponseOutputItemMcpApprovalResponseType):
        reason (None | str | Unset):
    """

    id: str
    approval_request_id: str
    approve: bool
    type_: LiveResponsesResponseOutputItemMcpApprovalResponseType | Literal["mcp_approval_response"]
    reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        approval_request_id = self.approval_request_id

        approve = self.approve

        type_ = str(self.type_)

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "approval_request_id": approval_request_id,
                "approve": approve,
                "type": type_,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        approval_request_id = d.pop("approval_request_id")

        approve = d.pop("approve")

        type_ = LiveResponsesResponseOutputItemMcpApprovalResponseType(d.pop("type"))

        reason = _parse_reason(d.pop("reason", UNSET))

        live_responses_response_output_item_mcp_approval_response = cls(
            id=id,
            approval_request_id=approval_request_id,
            approve=approve,
            type_=type_,
            reason=reason,
        )

        live_responses_response_output_item_mcp_approval_response.additional_properties = d
        return live_responses_response_output_item_mcp_approval_response

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


def _parse_reason(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
