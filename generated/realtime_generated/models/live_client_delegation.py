from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_client_delegation_type import LiveClientDelegationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveClientDelegation")


@_attrs_define
class LiveClientDelegation:
    """Delegate tasks to your application.

    The Live session emits delegation events that your backend handles.

        Attributes:
            type_ (LiveClientDelegationType):
            acknowledgement_delay_ms (int | None | Unset):
    """

    type_: LiveClientDelegationType | Literal["client"]
    acknowledgement_delay_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        acknowledgement_delay_ms: int | None | Unset
        if isinstance(self.acknowledgement_delay_ms, Unset):
            acknowledgement_delay_ms = UNSET
        else:
            acknowledgement_delay_ms = self.acknowledgement_delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if acknowledgement_delay_ms is not UNSET:
            field_dict["acknowledgement_delay_ms"] = acknowledgement_delay_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveClientDelegationType(d.pop("type"))

        acknowledgement_delay_ms = _parse_acknowledgement_delay_ms(d.pop("acknowledgement_delay_ms", UNSET))

        live_client_delegation = cls(
            type_=type_,
            acknowledgement_delay_ms=acknowledgement_delay_ms,
        )

        live_client_delegation.additional_properties = d
        return live_client_delegation

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

    type: ClassVar[Literal["client"]] = "client"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_acknowledgement_delay_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
