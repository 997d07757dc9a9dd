from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_stored_assistant_message_phase import LiveDecisionStoredAssistantMessagePhase
from ..models.live_decision_stored_assistant_message_role import LiveDecisionStoredAssistantMessageRole
from ..models.live_decision_stored_assistant_message_type import LiveDecisionStoredAssistantMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_content_part_output_text import LiveContentPartOutputText
    from ..models.live_content_part_refusal import LiveContentPartRefusal
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_content_part_output_text import LiveContentPartOutputText  # noqa: PLC0415
    from ..models.live_content_part_refusal import LiveContentPartRefusal  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveContentPartOutputText": LiveContentPartOutputText,
            "LiveContentPartRefusal": LiveContentPartRefusal,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionStoredAssistantMessage")


@_attrs_define
class LiveDecisionStoredAssistantMessage:
    """
    Attributes:
        id (str):
        content (list[LiveContentPartOutputText | LiveContentPartRefusal | RealtimeUnknownVariant] | str):
        role (LiveDecisionStoredAssistantMessageRole):
        phase (LiveDecisionStoredAssistantMessagePhase | None | Unset):
        type_ (LiveDecisionStoredAssistantMessageType | None | Unset):
    """

    id: str
    content: list[LiveContentPartOutputText | LiveContentPartRefusal | RealtimeUnknownVariant] | str
    role: LiveDecisionStoredAssistantMessageRole | Literal["assistant"]
    phase: LiveDecisionStoredAssistantMessagePhase | None | Unset = UNSET
    type_: LiveDecisionStoredAssistantMessageType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        content: list[dict[str, Any]] | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if isinstance(content_type_1_item_data, LiveContentPartOutputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, LiveContentPartRefusal):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = str(self.role)

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, LiveDecisionStoredAssistantMessagePhase):
            phase = str(self.phase)
        else:
            phase = self.phase

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiveDecisionStoredAssistantMessageType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "role": role,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        content = _parse_content(d.pop("content"))

        role = LiveDecisionStoredAssistantMessageRole(d.pop("role"))

        phase = _parse_phase(d.pop("phase", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_decision_stored_assistant_message = cls(
            id=id,
            content=content,
            role=role,
            phase=phase,
            type_=type_,
        )

        live_decision_stored_assistant_message.additional_properties = d
        return live_decision_stored_assistant_message

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

    type: ClassVar[Literal["message"]] = "message"
    """This model's ``type``, as a constant (the optional attrs field ``type_`` holds what was
    sent, UNSET when absent), so unions of models narrow on ``.type == "..."``."""


def _parse_content(
    data: object,
) -> list[LiveContentPartOutputText | LiveContentPartRefusal | RealtimeUnknownVariant] | str:
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_1 = []
        _content_type_1 = data
        for content_type_1_item_data in _content_type_1:
            content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

            content_type_1.append(content_type_1_item)

        return content_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveContentPartOutputText | LiveContentPartRefusal | RealtimeUnknownVariant] | str, data)


def _parse_content_type_1_item(
    data: object,
) -> LiveContentPartOutputText | LiveContentPartRefusal | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "output_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_type_1_item_type_0 = LiveContentPartOutputText.from_dict(data)

        return content_type_1_item_type_0
    if isinstance(data, dict) and data.get("type") == "refusal":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_type_1_item_type_1 = LiveContentPartRefusal.from_dict(data)

        return content_type_1_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    content_type_1_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return content_type_1_item_type_2


def _parse_phase(data: object) -> LiveDecisionStoredAssistantMessagePhase | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = LiveDecisionStoredAssistantMessagePhase(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveDecisionStoredAssistantMessagePhase | None | Unset, data)


def _parse_type_(data: object) -> LiveDecisionStoredAssistantMessageType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = LiveDecisionStoredAssistantMessageType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(LiveDecisionStoredAssistantMessageType | None | Unset, data)
