from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_code_interpreter_allowed_callers_item import LiveCodeInterpreterAllowedCallersItem
from ..models.live_code_interpreter_type import LiveCodeInterpreterType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_code_interpreter_container_code_interpreter_tool_auto import (
        LiveCodeInterpreterContainerCodeInterpreterToolAuto,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_code_interpreter_container_code_interpreter_tool_auto import (
        LiveCodeInterpreterContainerCodeInterpreterToolAuto,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveCodeInterpreterContainerCodeInterpreterToolAuto": LiveCodeInterpreterContainerCodeInterpreterToolAuto,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveCodeInterpreter")


@_attrs_define
class LiveCodeInterpreter:
    """A tool that runs Python code to help generate a response to a prompt.

    Attributes:
        container (LiveCodeInterpreterContainerCodeInterpreterToolAuto | str):
        type_ (LiveCodeInterpreterType):
        allowed_callers (list[LiveCodeInterpreterAllowedCallersItem] | None | Unset):
    """

    container: LiveCodeInterpreterContainerCodeInterpreterToolAuto | str
    type_: LiveCodeInterpreterType | Literal["code_interpreter"]
    allowed_callers: list[LiveCodeInterpreterAllowedCallersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        container: dict[str, Any] | str
        if isinstance(self.container, LiveCodeInterpreterContainerCodeInterpreterToolAuto):
            container = self.container.to_dict()
        else:
            container = self.container

        type_ = str(self.type_)

        allowed_callers: list[str] | None | Unset
        if isinstance(self.allowed_callers, Unset):
            allowed_callers = UNSET
        elif isinstance(self.allowed_callers, list):
            allowed_callers = []
            for allowed_callers_type_0_item_data in self.allowed_callers:
                allowed_callers_type_0_item = str(allowed_callers_type_0_item_data)
                allowed_callers.append(allowed_callers_type_0_item)

        else:
            allowed_callers = self.allowed_callers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "container": container,
                "type": type_,
            }
        )
        if allowed_callers is not UNSET:
            field_dict["allowed_callers"] = allowed_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        container = _parse_container(d.pop("container"))

        type_ = LiveCodeInterpreterType(d.pop("type"))

        allowed_callers = _parse_allowed_callers(d.pop("allowed_callers", UNSET))

        live_code_interpreter = cls(
            container=container,
            type_=type_,
            allowed_callers=allowed_callers,
        )

        live_code_interpreter.additional_properties = d
        return live_code_interpreter

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

    type: ClassVar[Literal["code_interpreter"]] = "code_interpreter"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_container(data: object) -> LiveCodeInterpreterContainerCodeInterpreterToolAuto | str:
    if isinstance(data, dict) and data.get("type") == "auto":
        try:
            container_type_1 = LiveCodeInterpreterContainerCodeInterpreterToolAuto.from_dict(data)

            return container_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(LiveCodeInterpreterContainerCodeInterpreterToolAuto | str, data)


def _parse_allowed_callers(data: object) -> list[LiveCodeInterpreterAllowedCallersItem] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        allowed_callers_type_0 = []
        _allowed_callers_type_0 = data
        for allowed_callers_type_0_item_data in _allowed_callers_type_0:
            allowed_callers_type_0_item = LiveCodeInterpreterAllowedCallersItem(allowed_callers_type_0_item_data)

            allowed_callers_type_0.append(allowed_callers_type_0_item)

        return allowed_callers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveCodeInterpreterAllowedCallersItem] | None | Unset, data)
