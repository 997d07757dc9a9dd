from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="RealtimeCallReferRequest")


@_attrs_define
class RealtimeCallReferRequest:
    """Parameters required to transfer a SIP call to a new destination using the
    Realtime API.

        Attributes:
            target_uri (str): URI that should appear in the SIP Refer-To header. Supports values like
                `tel:+14155550123` or `sip:agent@example.com`. Example: tel:+14155550123.
    """

    target_uri: str

    def to_dict(self) -> dict[str, Any]:
        target_uri = self.target_uri

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "target_uri": target_uri,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        target_uri = d.pop("target_uri")

        realtime_call_refer_request = cls(
            target_uri=target_uri,
        )

        return realtime_call_refer_request
