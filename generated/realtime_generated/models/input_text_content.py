from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.input_text_content_type import InputTextContentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.prompt_cache_breakpoint_config import PromptCacheBreakpointConfig  # noqa: PLC0415

    globals().update(
        {
            "PromptCacheBreakpointConfig": PromptCacheBreakpointConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="InputTextContent")


@_attrs_define
class InputTextContent:
    """A text input to the model.

    Attributes:
        type_ (InputTextContentType): The type of the input item. Always `input_text`. Default:
            InputTextContentType.INPUT_TEXT.
        text (str): The text input to the model.
        prompt_cache_breakpoint (None | PromptCacheBreakpointConfig | Unset):
    """

    text: str
    type_: InputTextContentType | Literal["input_text"]
    prompt_cache_breakpoint: None | PromptCacheBreakpointConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        text = self.text

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, PromptCacheBreakpointConfig):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "text": text,
            }
        )
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = InputTextContentType(d.pop("type"))

        text = d.pop("text")

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(d.pop("prompt_cache_breakpoint", UNSET))

        input_text_content = cls(
            type_=type_,
            text=text,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        input_text_content.additional_properties = d
        return input_text_content

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

    type: ClassVar[Literal["input_text"]] = "input_text"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_prompt_cache_breakpoint(data: object) -> None | PromptCacheBreakpointConfig | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("mode") == "explicit":
        try:
            prompt_cache_breakpoint_type_0 = PromptCacheBreakpointConfig.from_dict(data)

            return prompt_cache_breakpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(None | PromptCacheBreakpointConfig | Unset, data)
