from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_stored_user_message_role import LiveDecisionStoredUserMessageRole
from ..models.live_decision_stored_user_message_type import LiveDecisionStoredUserMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_content_part_input_image import LiveContentPartInputImage
    from ..models.live_content_part_input_json import LiveContentPartInputJSON
    from ..models.live_content_part_input_text import LiveContentPartInputText
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_content_part_input_image import LiveContentPartInputImage  # noqa: PLC0415
    from ..models.live_content_part_input_json import LiveContentPartInputJSON  # noqa: PLC0415
    from ..models.live_content_part_input_text import LiveContentPartInputText  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveContentPartInputImage": LiveContentPartInputImage,
            "LiveContentPartInputJSON": LiveContentPartInputJSON,
            "LiveContentPartInputText": LiveContentPartInputText,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionStoredUserMessage")


@_attrs_define
class LiveDecisionStoredUserMessage:
    """
    Attributes:
        id (str):
        content (list[LiveContentPartInputImage | LiveContentPartInputJSON | LiveContentPartInputText |
            RealtimeUnknownVariant] | str):
        role (LiveDecisionStoredUserMessageRole):
        type_ (LiveDecisionStoredUserMessageType | None | Unset):
    """

    id: str
    content: (
        list[LiveContentPartInputImage | LiveContentPartInputJSON | LiveContentPartInputText | RealtimeUnknownVariant]
        | str
    )
    role: LiveDecisionStoredUserMessageRole | Literal["user"]
    type_: LiveDecisionStoredUserMessageType | None | Unset = UNSET
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
                if isinstance(content_type_1_item_data, LiveContentPartInputText):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, LiveContentPartInputImage):
                    content_type_1_item = content_type_1_item_data.to_dict()
                elif isinstance(content_type_1_item_data, LiveContentPartInputJSON):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        role = str(self.role)

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiveDecisionStoredUserMessageType):
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

        role = LiveDecisionStoredUserMessageRole(d.pop("role"))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_decision_stored_user_message = cls(
            id=id,
            content=content,
            role=role,
            type_=type_,
        )

        live_decision_stored_user_message.additional_properties = d
        return live_decision_stored_user_message

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
) -> (
    list[LiveContentPartInputImage | LiveContentPartInputJSON | LiveContentPartInputText | RealtimeUnknownVariant] | str
):
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
    return cast(
        list[LiveContentPartInputImage | LiveContentPartInputJSON | LiveContentPartInputText | RealtimeUnknownVariant]
        | str,
        data,
    )


def _parse_content_type_1_item(
    data: object,
) -> LiveContentPartInputImage | LiveContentPartInputJSON | LiveContentPartInputText | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "input_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_type_1_item_type_0 = LiveContentPartInputText.from_dict(data)

        return content_type_1_item_type_0
    if isinstance(data, dict) and data.get("type") == "input_image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_type_1_item_type_1 = LiveContentPartInputImage.from_dict(data)

        return content_type_1_item_type_1
    if isinstance(data, dict) and data.get("type") == "input_json":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_type_1_item_type_2 = LiveContentPartInputJSON.from_dict(data)

        return content_type_1_item_type_2
    if not isinstance(data, dict):
        raise TypeError()
    content_type_1_item_type_3 = RealtimeUnknownVariant.from_dict(data)

    return content_type_1_item_type_3


def _parse_type_(data: object) -> LiveDecisionStoredUserMessageType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = LiveDecisionStoredUserMessageType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(LiveDecisionStoredUserMessageType | None | Unset, data)
