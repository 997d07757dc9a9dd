from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_input_image_detail import LiveResponseInputImageDetail
from ..models.live_response_input_image_type import LiveResponseInputImageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_prompt_cache_breakpoint import LivePromptCacheBreakpoint


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_prompt_cache_breakpoint import LivePromptCacheBreakpoint  # noqa: PLC0415

    globals().update(
        {
            "LivePromptCacheBreakpoint": LivePromptCacheBreakpoint,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseInputImage")


@_attrs_define
class LiveResponseInputImage:
    """An image input to the model.

    Learn about [image inputs](https://developers.openai.com/api/docs/guides/images-vision).

        Attributes:
            detail (LiveResponseInputImageDetail):
            type_ (LiveResponseInputImageType):
            file_id (None | str | Unset):
            image_url (None | str | Unset):
            prompt_cache_breakpoint (LivePromptCacheBreakpoint | None | Unset):
    """

    detail: LiveResponseInputImageDetail
    type_: LiveResponseInputImageType | Literal["input_image"]
    file_id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    prompt_cache_breakpoint: LivePromptCacheBreakpoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        detail = str(self.detail)

        type_ = str(self.type_)

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        prompt_cache_breakpoint: dict[str, Any] | None | Unset
        if isinstance(self.prompt_cache_breakpoint, Unset):
            prompt_cache_breakpoint = UNSET
        elif isinstance(self.prompt_cache_breakpoint, LivePromptCacheBreakpoint):
            prompt_cache_breakpoint = self.prompt_cache_breakpoint.to_dict()
        else:
            prompt_cache_breakpoint = self.prompt_cache_breakpoint

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        detail = LiveResponseInputImageDetail(d.pop("detail"))

        type_ = LiveResponseInputImageType(d.pop("type"))

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(d.pop("prompt_cache_breakpoint", UNSET))

        live_response_input_image = cls(
            detail=detail,
            type_=type_,
            file_id=file_id,
            image_url=image_url,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        live_response_input_image.additional_properties = d
        return live_response_input_image

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

    type: ClassVar[Literal["input_image"]] = "input_image"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_image_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_prompt_cache_breakpoint(data: object) -> LivePromptCacheBreakpoint | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("mode") == "explicit":
        try:
            prompt_cache_breakpoint_type_0 = LivePromptCacheBreakpoint.from_dict(data)

            return prompt_cache_breakpoint_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LivePromptCacheBreakpoint | None | Unset, data)
