from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_configuration_update_item_type import LiveResponseConfigurationUpdateItemType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_response_configuration_update_item_reasoning import (
        LiveResponsesResponseConfigurationUpdateItemReasoning,
    )
    from ..models.live_responses_response_configuration_update_item_text import (
        LiveResponsesResponseConfigurationUpdateItemText,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_response_configuration_update_item_reasoning import (
        LiveResponsesResponseConfigurationUpdateItemReasoning,  # noqa: PLC0415
    )
    from ..models.live_responses_response_configuration_update_item_text import (
        LiveResponsesResponseConfigurationUpdateItemText,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveResponsesResponseConfigurationUpdateItemReasoning": LiveResponsesResponseConfigurationUpdateItemReasoning,
            "LiveResponsesResponseConfigurationUpdateItemText": LiveResponsesResponseConfigurationUpdateItemText,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseConfigurationUpdateItem")


@_attrs_define
class LiveResponseConfigurationUpdateItem:
    """An update to the conversation's response configuration.

    Supply reasoning,
    text, or both. Each setting stays in effect until a later update replaces it.

        Attributes:
            type_ (LiveResponseConfigurationUpdateItemType):
            id (None | str | Unset):
            reasoning (LiveResponsesResponseConfigurationUpdateItemReasoning | None | Unset):
            text (LiveResponsesResponseConfigurationUpdateItemText | None | Unset):
    """

    type_: LiveResponseConfigurationUpdateItemType | Literal["configuration_update"]
    id: None | str | Unset = UNSET
    reasoning: LiveResponsesResponseConfigurationUpdateItemReasoning | None | Unset = UNSET
    text: LiveResponsesResponseConfigurationUpdateItemText | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        reasoning: dict[str, Any] | None | Unset
        if isinstance(self.reasoning, Unset):
            reasoning = UNSET
        elif isinstance(self.reasoning, LiveResponsesResponseConfigurationUpdateItemReasoning):
            reasoning = self.reasoning.to_dict()
        else:
            reasoning = self.reasoning

        text: dict[str, Any] | None | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        elif isinstance(self.text, LiveResponsesResponseConfigurationUpdateItemText):
            text = self.text.to_dict()
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveResponseConfigurationUpdateItemType(d.pop("type"))

        id = _parse_id(d.pop("id", UNSET))

        reasoning = _parse_reasoning(d.pop("reasoning", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        live_response_configuration_update_item = cls(
            type_=type_,
            id=id,
            reasoning=reasoning,
            text=text,
        )

        live_response_configuration_update_item.additional_properties = d
        return live_response_configuration_update_item

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

    type: ClassVar[Literal["configuration_update"]] = "configuration_update"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_reasoning(data: object) -> LiveResponsesResponseConfigurationUpdateItemReasoning | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        reasoning_type_0 = LiveResponsesResponseConfigurationUpdateItemReasoning.from_dict(data)

        return reasoning_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesResponseConfigurationUpdateItemReasoning | None | Unset, data)


def _parse_text(data: object) -> LiveResponsesResponseConfigurationUpdateItemText | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        text_type_0 = LiveResponsesResponseConfigurationUpdateItemText.from_dict(data)

        return text_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponsesResponseConfigurationUpdateItemText | None | Unset, data)
