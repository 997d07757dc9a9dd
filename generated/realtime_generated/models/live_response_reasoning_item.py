from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_reasoning_item_status import LiveResponseReasoningItemStatus
from ..models.live_response_reasoning_item_type import LiveResponseReasoningItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_content import LiveContent
    from ..models.live_summary import LiveSummary


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_content import LiveContent  # noqa: PLC0415
    from ..models.live_summary import LiveSummary  # noqa: PLC0415

    globals().update(
        {
            "LiveContent": LiveContent,
            "LiveSummary": LiveSummary,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseReasoningItem")


@_attrs_define
class LiveResponseReasoningItem:
    """A description of the chain of thought used by a reasoning model while generating
    a response. Be sure to include these items in your `input` to the Responses API
    for subsequent turns of a conversation if you are manually
    [managing context](https://developers.openai.com/api/docs/guides/conversation-state).

        Attributes:
            id (str):
            summary (list[LiveSummary]):
            type_ (LiveResponseReasoningItemType):
            content (list[LiveContent] | None | Unset):
            encrypted_content (None | str | Unset):
            status (LiveResponseReasoningItemStatus | None | Unset):
    """

    id: str
    summary: list[LiveSummary]
    type_: LiveResponseReasoningItemType | Literal["reasoning"]
    content: list[LiveContent] | None | Unset = UNSET
    encrypted_content: None | str | Unset = UNSET
    status: LiveResponseReasoningItemStatus | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        summary = []
        for summary_item_data in self.summary:
            summary_item = summary_item_data.to_dict()
            summary.append(summary_item)

        type_ = str(self.type_)

        content: list[dict[str, Any]] | None | Unset
        if isinstance(self.content, Unset):
            content = UNSET
        elif isinstance(self.content, list):
            content = []
            for content_type_0_item_data in self.content:
                content_type_0_item = content_type_0_item_data.to_dict()
                content.append(content_type_0_item)

        else:
            content = self.content

        encrypted_content: None | str | Unset
        if isinstance(self.encrypted_content, Unset):
            encrypted_content = UNSET
        else:
            encrypted_content = self.encrypted_content

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LiveResponseReasoningItemStatus):
            status = str(self.status)
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "summary": summary,
                "type": type_,
            }
        )
        if content is not UNSET:
            field_dict["content"] = content
        if encrypted_content is not UNSET:
            field_dict["encrypted_content"] = encrypted_content
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        summary = []
        _summary = d.pop("summary")
        for summary_item_data in _summary:
            summary_item = LiveSummary.from_dict(summary_item_data)

            summary.append(summary_item)

        type_ = LiveResponseReasoningItemType(d.pop("type"))

        content = _parse_content(d.pop("content", UNSET))

        encrypted_content = _parse_encrypted_content(d.pop("encrypted_content", UNSET))

        status = _parse_status(d.pop("status", UNSET))

        live_response_reasoning_item = cls(
            id=id,
            summary=summary,
            type_=type_,
            content=content,
            encrypted_content=encrypted_content,
            status=status,
        )

        live_response_reasoning_item.additional_properties = d
        return live_response_reasoning_item

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

    type: ClassVar[Literal["reasoning"]] = "reasoning"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_content(data: object) -> list[LiveContent] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        content_type_0 = []
        _content_type_0 = data
        for content_type_0_item_data in _content_type_0:
            content_type_0_item = LiveContent.from_dict(content_type_0_item_data)

            content_type_0.append(content_type_0_item)

        return content_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveContent] | None | Unset, data)


def _parse_encrypted_content(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_status(data: object) -> LiveResponseReasoningItemStatus | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        status_type_0 = LiveResponseReasoningItemStatus(data)

        return status_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseReasoningItemStatus | None | Unset, data)
