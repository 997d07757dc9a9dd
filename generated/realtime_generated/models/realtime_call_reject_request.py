from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeCallRejectRequest")


@_attrs_define
class RealtimeCallRejectRequest:
    """Parameters used to decline an incoming SIP call handled by the Realtime API.

    Attributes:
        status_code (int | None | Unset): SIP response code to send back to the caller. Defaults to `603` (Decline)
            when omitted. Example: 486.
    """

    status_code: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        status_code: int | None | Unset
        if isinstance(self.status_code, Unset):
            status_code = UNSET
        else:
            status_code = self.status_code

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if status_code is not UNSET:
            field_dict["status_code"] = status_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status_code = _parse_status_code(d.pop("status_code", UNSET))

        realtime_call_reject_request = cls(
            status_code=status_code,
        )

        return realtime_call_reject_request


def _parse_status_code(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
