from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_message_role import LiveMessageRole
from ..models.live_message_status import LiveMessageStatus
from ..models.live_message_type import LiveMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_input_file import LiveResponseInputFile
    from ..models.live_response_input_image import LiveResponseInputImage
    from ..models.live_response_input_text import LiveResponseInputText
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_input_file import LiveResponseInputFile  # noqa: PLC0415
    from ..models.live_response_input_image import LiveResponseInputImage  # noqa: PLC0415
    from ..models.live_response_input_text import LiveResponseInputText  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseInputFile": LiveResponseInputFile,
            "LiveResponseInputImage": LiveResponseInputImage,
            "LiveResponseInputText": LiveResponseInputText,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveMessage")


@_attrs_define
class LiveMessage:
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role.

        Attributes:
            content (list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant]):
            role (LiveMessageRole):
            status (LiveMessageStatus | None | Unset):
            type_ (LiveMessageType | None | Unset):
    """

    content: list[LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant]
    role: LiveMessageRole
    status: LiveMessageStatus | None | Unset = UNSET
    type_: LiveMessageType | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, LiveResponseInputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, LiveResponseInputImage):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, LiveResponseInputFile):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        role = str(self.role)

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveMessageStatus):
            status = str(self.status)
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, LiveMessageType):
            type_ = str(self.type_)
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
                "role": role,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        role = LiveMessageRole(d.pop("role"))

        status = _parse_status(d.pop("status", UNSET))

        type_ = _parse_type_(d.pop("type", UNSET))

        live_message = cls(
            content=content,
            role=role,
            status=status,
            type_=type_,
        )

        live_message.additional_properties = d
        return live_message

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


def _parse_content_item(
    data: object,
) -> LiveResponseInputFile | LiveResponseInputImage | LiveResponseInputText | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "input_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_item_type_0 = LiveResponseInputText.from_dict(data)

        return content_item_type_0
    if isinstance(data, dict) and data.get("type") == "input_image":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_item_type_1 = LiveResponseInputImage.from_dict(data)

        return content_item_type_1
    if isinstance(data, dict) and data.get("type") == "input_file":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_item_type_2 = LiveResponseInputFile.from_dict(data)

        return content_item_type_2
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_3 = RealtimeUnknownVariant.from_dict(data)

    return content_item_type_3


def _parse_status(data: object) -> LiveMessageStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveMessageStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveMessageStatus | None | Unset, data)


def _parse_type_(data: object) -> LiveMessageType | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        type_type_0 = LiveMessageType(data)

        return type_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if isinstance(data, str):
        # A `type` constant: another value is another union member (scripts/regen_lib/variants.py).
        raise ValueError(f"type is {data!r}, not this member's")
    return cast(LiveMessageType | None | Unset, data)
