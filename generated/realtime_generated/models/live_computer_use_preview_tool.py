from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_computer_use_preview_tool_environment import LiveComputerUsePreviewToolEnvironment
from ..models.live_computer_use_preview_tool_type import LiveComputerUsePreviewToolType

T = TypeVar("T", bound="LiveComputerUsePreviewTool")


@_attrs_define
class LiveComputerUsePreviewTool:
    """A tool that controls a virtual computer.

    Learn more about the [computer tool](https://developers.openai.com/api/docs/guides/tools-computer-use).

        Attributes:
            display_height (int):
            display_width (int):
            environment (LiveComputerUsePreviewToolEnvironment):
            type_ (LiveComputerUsePreviewToolType):
    """

    display_height: int
    display_width: int
    environment: LiveComputerUsePreviewToolEnvironment
    type_: LiveComputerUsePreviewToolType | Literal["computer_use_preview"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        display_height = self.display_height

        display_width = self.display_width

        environment = str(self.environment)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "display_height": display_height,
                "display_width": display_width,
                "environment": environment,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        display_height = d.pop("display_height")

        display_width = d.pop("display_width")

        environment = LiveComputerUsePreviewToolEnvironment(d.pop("environment"))

        type_ = LiveComputerUsePreviewToolType(d.pop("type"))

        live_computer_use_preview_tool = cls(
            display_height=display_height,
            display_width=display_width,
            environment=environment,
            type_=type_,
        )

        live_computer_use_preview_tool.additional_properties = d
        return live_computer_use_preview_tool

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

    type: ClassVar[Literal["computer_use_preview"]] = "computer_use_preview"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
