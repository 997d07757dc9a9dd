from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_computer_tool_call_output_screenshot_type import (
    LiveResponseComputerToolCallOutputScreenshotType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="LiveResponseComputerToolCallOutputScreenshot")


@_attrs_define
class LiveResponseComputerToolCallOutputScreenshot:
    """A computer screenshot image used with the computer use tool.

    Attributes:
        type_ (LiveResponseComputerToolCallOutputScreenshotType):
        file_id (None | str | Unset):
        image_url (None | str | Unset):
    """

    type_: LiveResponseComputerToolCallOutputScreenshotType | Literal["computer_screenshot"]
    file_id: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if image_url is not UNSET:
            field_dict["image_url"] = image_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = LiveResponseComputerToolCallOutputScreenshotType(d.pop("type"))

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        live_response_computer_tool_call_output_screenshot = cls(
            type_=type_,
            file_id=file_id,
            image_url=image_url,
        )

        live_response_computer_tool_call_output_screenshot.additional_properties = d
        return live_response_computer_tool_call_output_screenshot

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

    type: ClassVar[Literal["computer_screenshot"]] = "computer_screenshot"
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
