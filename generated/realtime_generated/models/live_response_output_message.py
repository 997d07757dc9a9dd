from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_output_message_phase import LiveResponseOutputMessagePhase
from ..models.live_response_output_message_role import LiveResponseOutputMessageRole
from ..models.live_response_output_message_status import LiveResponseOutputMessageStatus
from ..models.live_response_output_message_type import LiveResponseOutputMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_response_output_refusal import LiveResponseOutputRefusal
    from ..models.live_response_output_text import LiveResponseOutputText
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_response_output_refusal import LiveResponseOutputRefusal  # noqa: PLC0415
    from ..models.live_response_output_text import LiveResponseOutputText  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveResponseOutputRefusal": LiveResponseOutputRefusal,
            "LiveResponseOutputText": LiveResponseOutputText,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseOutputMessage")


@_attrs_define
class LiveResponseOutputMessage:
    """An output message from the model.

    Attributes:
        id (str):
        content (list[LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant]):
        role (LiveResponseOutputMessageRole):
        status (LiveResponseOutputMessageStatus):
        type_ (LiveResponseOutputMessageType):
        phase (LiveResponseOutputMessagePhase | None | Unset):
    """

    id: str
    content: list[LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant]
    role: LiveResponseOutputMessageRole | Literal["assistant"]
    status: LiveResponseOutputMessageStatus
    type_: LiveResponseOutputMessageType | Literal["message"]
    phase: LiveResponseOutputMessagePhase | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        content = []
        for content_item_data in self.content:
            content_item: dict[str, Any]
            if isinstance(content_item_data, LiveResponseOutputText):
                content_item = content_item_data.to_dict()
            elif isinstance(content_item_data, LiveResponseOutputRefusal):
                content_item = content_item_data.to_dict()
            else:
                content_item = content_item_data.to_dict()

            content.append(content_item)

        role = str(self.role)

        status = str(self.status)

        type_ = str(self.type_)

        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        elif isinstance(self.phase, LiveResponseOutputMessagePhase):
            phase = str(self.phase)
        else:
            phase = self.phase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "role": role,
                "status": status,
                "type": type_,
            }
        )
        if phase is not UNSET:
            field_dict["phase"] = phase

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            content_item = _parse_content_item(content_item_data)

            content.append(content_item)

        role = LiveResponseOutputMessageRole(d.pop("role"))

        status = LiveResponseOutputMessageStatus(d.pop("status"))

        type_ = LiveResponseOutputMessageType(d.pop("type"))

        phase = _parse_phase(d.pop("phase", UNSET))

        live_response_output_message = cls(
            id=id,
            content=content,
            role=role,
            status=status,
            type_=type_,
            phase=phase,
        )

        live_response_output_message.additional_properties = d
        return live_response_output_message

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
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_content_item(data: object) -> LiveResponseOutputRefusal | LiveResponseOutputText | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "output_text":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_item_type_0 = LiveResponseOutputText.from_dict(data)

        return content_item_type_0
    if isinstance(data, dict) and data.get("type") == "refusal":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        content_item_type_1 = LiveResponseOutputRefusal.from_dict(data)

        return content_item_type_1
    if not isinstance(data, dict):
        raise TypeError()
    content_item_type_2 = RealtimeUnknownVariant.from_dict(data)

    return content_item_type_2


def _parse_phase(data: object) -> LiveResponseOutputMessagePhase | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        phase_type_0 = LiveResponseOutputMessagePhase(data)

        return phase_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseOutputMessagePhase | None | Unset, data)
