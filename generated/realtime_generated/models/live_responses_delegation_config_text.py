from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_delegation_config_text_verbosity import LiveResponsesDelegationConfigTextVerbosity
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponsesDelegationConfigText")


@_attrs_define
class LiveResponsesDelegationConfigText:
    """Text generation settings passed to each delegated Responses request.

    Attributes:
        verbosity (LiveResponsesDelegationConfigTextVerbosity | None | Unset):
    """

    verbosity: LiveResponsesDelegationConfigTextVerbosity | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        verbosity: None | str | Unset
        if isinstance(self.verbosity, Unset):
            verbosity = UNSET
        elif isinstance(self.verbosity, LiveResponsesDelegationConfigTextVerbosity):
            verbosity = str(self.verbosity)
        else:
            verbosity = self.verbosity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if verbosity is not UNSET:
            field_dict["verbosity"] = verbosity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        verbosity = _parse_verbosity(d.pop("verbosity", UNSET))

        live_responses_delegation_config_text = cls(
            verbosity=verbosity,
        )

        live_responses_delegation_config_text.additional_properties = d
        return live_responses_delegation_config_text

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


def _parse_verbosity(data: object) -> LiveResponsesDelegationConfigTextVerbosity | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        verbosity_type_0 = LiveResponsesDelegationConfigTextVerbosity(data)

        return verbosity_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigTextVerbosity | None | Unset, data)
