from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_responses_delegation_config_reasoning_effort import LiveResponsesDelegationConfigReasoningEffort
from ..models.live_responses_delegation_config_reasoning_summary import LiveResponsesDelegationConfigReasoningSummary
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponsesDelegationConfigReasoning")


@_attrs_define
class LiveResponsesDelegationConfigReasoning:
    """Reasoning settings passed to each delegated Responses request.

    Attributes:
        effort (LiveResponsesDelegationConfigReasoningEffort | None | Unset):
        summary (LiveResponsesDelegationConfigReasoningSummary | None | Unset):
    """

    effort: LiveResponsesDelegationConfigReasoningEffort | None | Unset = UNSET
    summary: LiveResponsesDelegationConfigReasoningSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, LiveResponsesDelegationConfigReasoningEffort):
            effort = str(self.effort)
        else:
            effort = self.effort

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, LiveResponsesDelegationConfigReasoningSummary):
            summary = str(self.summary)
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effort is not UNSET:
            field_dict["effort"] = effort
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        effort = _parse_effort(d.pop("effort", UNSET))

        summary = _parse_summary(d.pop("summary", UNSET))

        live_responses_delegation_config_reasoning = cls(
            effort=effort,
            summary=summary,
        )

        live_responses_delegation_config_reasoning.additional_properties = d
        return live_responses_delegation_config_reasoning

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


def _parse_effort(data: object) -> LiveResponsesDelegationConfigReasoningEffort | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = LiveResponsesDelegationConfigReasoningEffort(data)

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigReasoningEffort | None | Unset, data)


def _parse_summary(data: object) -> LiveResponsesDelegationConfigReasoningSummary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = LiveResponsesDelegationConfigReasoningSummary(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesDelegationConfigReasoningSummary | None | Unset, data)
