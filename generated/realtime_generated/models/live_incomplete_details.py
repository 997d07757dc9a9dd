from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_incomplete_details_reason import LiveIncompleteDetailsReason
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveIncompleteDetails")


@_attrs_define
class LiveIncompleteDetails:
    """Details about why the response is incomplete.

    Attributes:
        reason (LiveIncompleteDetailsReason | None | Unset):
    """

    reason: LiveIncompleteDetailsReason | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        elif isinstance(self.reason, LiveIncompleteDetailsReason):
            reason = str(self.reason)
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        reason = _parse_reason(d.pop("reason", UNSET))

        live_incomplete_details = cls(
            reason=reason,
        )

        live_incomplete_details.additional_properties = d
        return live_incomplete_details

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


def _parse_reason(data: object) -> LiveIncompleteDetailsReason | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        reason_type_0 = LiveIncompleteDetailsReason(data)

        return reason_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveIncompleteDetailsReason | None | Unset, data)
