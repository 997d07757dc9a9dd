from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_shared_reasoning_context import LiveSharedReasoningContext
from ..models.live_shared_reasoning_effort import LiveSharedReasoningEffort
from ..models.live_shared_reasoning_generate_summary import LiveSharedReasoningGenerateSummary
from ..models.live_shared_reasoning_mode import LiveSharedReasoningMode
from ..models.live_shared_reasoning_summary import LiveSharedReasoningSummary
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveSharedReasoning")


@_attrs_define
class LiveSharedReasoning:
    """Configuration options for
    [reasoning models](https://developers.openai.com/api/docs/guides/reasoning).

        Attributes:
            context (LiveSharedReasoningContext | None | Unset):
            effort (LiveSharedReasoningEffort | None | Unset):
            generate_summary (LiveSharedReasoningGenerateSummary | None | Unset):
            mode (LiveSharedReasoningMode | None | str | Unset):
            summary (LiveSharedReasoningSummary | None | Unset):
    """

    context: LiveSharedReasoningContext | None | Unset = UNSET
    effort: LiveSharedReasoningEffort | None | Unset = UNSET
    generate_summary: LiveSharedReasoningGenerateSummary | None | Unset = UNSET
    mode: LiveSharedReasoningMode | None | str | Unset = UNSET
    summary: LiveSharedReasoningSummary | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        context: None | str | Unset
        if isinstance(self.context, Unset):
            context = UNSET
        elif isinstance(self.context, LiveSharedReasoningContext):
            context = str(self.context)
        else:
            context = self.context

        effort: None | str | Unset
        if isinstance(self.effort, Unset):
            effort = UNSET
        elif isinstance(self.effort, LiveSharedReasoningEffort):
            effort = str(self.effort)
        else:
            effort = self.effort

        generate_summary: None | str | Unset
        if isinstance(self.generate_summary, Unset):
            generate_summary = UNSET
        elif isinstance(self.generate_summary, LiveSharedReasoningGenerateSummary):
            generate_summary = str(self.generate_summary)
        else:
            generate_summary = self.generate_summary

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, LiveSharedReasoningMode):
            mode = str(self.mode)
        else:
            mode = self.mode

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, LiveSharedReasoningSummary):
            summary = str(self.summary)
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if context is not UNSET:
            field_dict["context"] = context
        if effort is not UNSET:
            field_dict["effort"] = effort
        if generate_summary is not UNSET:
            field_dict["generate_summary"] = generate_summary
        if mode is not UNSET:
            field_dict["mode"] = mode
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        context = _parse_context(d.pop("context", UNSET))

        effort = _parse_effort(d.pop("effort", UNSET))

        generate_summary = _parse_generate_summary(d.pop("generate_summary", UNSET))

        mode = _parse_mode(d.pop("mode", UNSET))

        summary = _parse_summary(d.pop("summary", UNSET))

        live_shared_reasoning = cls(
            context=context,
            effort=effort,
            generate_summary=generate_summary,
            mode=mode,
            summary=summary,
        )

        live_shared_reasoning.additional_properties = d
        return live_shared_reasoning

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


def _parse_context(data: object) -> LiveSharedReasoningContext | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        context_type_0 = LiveSharedReasoningContext(data)

        return context_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoningContext | None | Unset, data)


def _parse_effort(data: object) -> LiveSharedReasoningEffort | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        effort_type_0 = LiveSharedReasoningEffort(data)

        return effort_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoningEffort | None | Unset, data)


def _parse_generate_summary(data: object) -> LiveSharedReasoningGenerateSummary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        generate_summary_type_0 = LiveSharedReasoningGenerateSummary(data)

        return generate_summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoningGenerateSummary | None | Unset, data)


def _parse_mode(data: object) -> LiveSharedReasoningMode | None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        mode_type_1 = LiveSharedReasoningMode(data)

        return mode_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoningMode | None | str | Unset, data)


def _parse_summary(data: object) -> LiveSharedReasoningSummary | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        summary_type_0 = LiveSharedReasoningSummary(data)

        return summary_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSharedReasoningSummary | None | Unset, data)
