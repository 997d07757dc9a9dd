from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_prompt_cache_diagnostics_unavailable_type import LivePromptCacheDiagnosticsUnavailableType

T = TypeVar("T", bound="LivePromptCacheDiagnosticsUnavailable")


@_attrs_define
class LivePromptCacheDiagnosticsUnavailable:
    """
    Attributes:
        type_ (LivePromptCacheDiagnosticsUnavailableType):
    """

    type_: LivePromptCacheDiagnosticsUnavailableType | Literal["unavailable"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LivePromptCacheDiagnosticsUnavailableType(d.pop("type"))

        live_prompt_cache_diagnostics_unavailable = cls(
            type_=type_,
        )

        live_prompt_cache_diagnostics_unavailable.additional_properties = d
        return live_prompt_cache_diagnostics_unavailable

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

    type: ClassVar[Literal["unavailable"]] = "unavailable"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
