from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_input_file_detail import LiveResponseInputFileDetail
from ..models.live_response_input_file_type import LiveResponseInputFileType
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


T = TypeVar("T", bound="LiveResponseInputFile")


@_attrs_define
class LiveResponseInputFile:
    """A file input to the model.

    Attributes:
        type_ (LiveResponseInputFileType):
        detail (LiveResponseInputFileDetail | None | Unset):
        file_data (None | str | Unset):
        file_id (None | str | Unset):
        file_url (None | str | Unset):
        filename (None | str | Unset):
        prompt_cache_breakpoint (LivePromptCacheBreakpoint | None | Unset):
    """

    type_: LiveResponseInputFileType | Literal["input_file"]
    detail: LiveResponseInputFileDetail | None | Unset = UNSET
    file_data: None | str | Unset = UNSET
    file_id: None | str | Unset = UNSET
    file_url: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    prompt_cache_breakpoint: LivePromptCacheBreakpoint | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        elif isinstance(self.detail, LiveResponseInputFileDetail):
            detail = str(self.detail)
        else:
            detail = self.detail

        file_data: None | str | Unset
        if isinstance(self.file_data, Unset):
            file_data = UNSET
        else:
            file_data = self.file_data

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

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
                "type": type_,
            }
        )
        if detail is not UNSET:
            field_dict["detail"] = detail
        if file_data is not UNSET:
            field_dict["file_data"] = file_data
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if filename is not UNSET:
            field_dict["filename"] = filename
        if prompt_cache_breakpoint is not UNSET:
            field_dict["prompt_cache_breakpoint"] = prompt_cache_breakpoint

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = LiveResponseInputFileType(d.pop("type"))

        detail = _parse_detail(d.pop("detail", UNSET))

        file_data = _parse_file_data(d.pop("file_data", UNSET))

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        file_url = _parse_file_url(d.pop("file_url", UNSET))

        filename = _parse_filename(d.pop("filename", UNSET))

        prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(d.pop("prompt_cache_breakpoint", UNSET))

        live_response_input_file = cls(
            type_=type_,
            detail=detail,
            file_data=file_data,
            file_id=file_id,
            file_url=file_url,
            filename=filename,
            prompt_cache_breakpoint=prompt_cache_breakpoint,
        )

        live_response_input_file.additional_properties = d
        return live_response_input_file

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

    type: ClassVar[Literal["input_file"]] = "input_file"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_detail(data: object) -> LiveResponseInputFileDetail | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        detail_type_0 = LiveResponseInputFileDetail(data)

        return detail_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResponseInputFileDetail | None | Unset, data)


def _parse_file_data(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_file_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_file_url(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_filename(data: object) -> None | str | Unset:
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
