from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_action_drag_type import LiveActionDragType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_action_drag_path import LiveActionDragPath


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_action_drag_path import LiveActionDragPath  # noqa: PLC0415

    globals().update(
        {
            "LiveActionDragPath": LiveActionDragPath,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveActionDrag")


@_attrs_define
class LiveActionDrag:
    """A drag action.

    Attributes:
        path (list[LiveActionDragPath]):
        type_ (LiveActionDragType):
        keys (list[str] | None | Unset):
    """

    path: list[LiveActionDragPath]
    type_: LiveActionDragType | Literal["drag"]
    keys: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        type_ = str(self.type_)

        keys: list[str] | None | Unset
        if isinstance(self.keys, Unset):
            keys = UNSET
        elif isinstance(self.keys, list):
            keys = self.keys

        else:
            keys = self.keys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "type": type_,
            }
        )
        if keys is not UNSET:
            field_dict["keys"] = keys

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = LiveActionDragPath.from_dict(path_item_data)

            path.append(path_item)

        type_ = LiveActionDragType(d.pop("type"))

        keys = _parse_keys(d.pop("keys", UNSET))

        live_action_drag = cls(
            path=path,
            type_=type_,
            keys=keys,
        )

        live_action_drag.additional_properties = d
        return live_action_drag

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

    type: ClassVar[Literal["drag"]] = "drag"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_keys(data: object) -> list[str] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        keys_type_0 = cast(list[str], data)

        return keys_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[str] | None | Unset, data)
