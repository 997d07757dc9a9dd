from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_content_part_input_json_type import LiveContentPartInputJSONType

if TYPE_CHECKING:
    from ..models.live_content_part_input_json_data import LiveContentPartInputJSONData
    from ..models.live_content_part_input_json_data_item import LiveContentPartInputJSONDataItem


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_content_part_input_json_data import LiveContentPartInputJSONData  # noqa: PLC0415
    from ..models.live_content_part_input_json_data_item import LiveContentPartInputJSONDataItem  # noqa: PLC0415

    globals().update(
        {
            "LiveContentPartInputJSONData": LiveContentPartInputJSONData,
            "LiveContentPartInputJSONDataItem": LiveContentPartInputJSONDataItem,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveContentPartInputJSON")


@_attrs_define
class LiveContentPartInputJSON:
    """
    Attributes:
        data (list[LiveContentPartInputJSONDataItem] | LiveContentPartInputJSONData):
        type_ (LiveContentPartInputJSONType):
    """

    data: list[LiveContentPartInputJSONDataItem] | LiveContentPartInputJSONData
    type_: LiveContentPartInputJSONType | Literal["input_json"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        data: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.data, list):
            data = []
            for data_type_0_item_data in self.data:
                data_type_0_item = data_type_0_item_data.to_dict()
                data.append(data_type_0_item)

        else:
            data = self.data.to_dict()

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        data = _parse_data(d.pop("data"))

        type_ = LiveContentPartInputJSONType(d.pop("type"))

        live_content_part_input_json = cls(
            data=data,
            type_=type_,
        )

        live_content_part_input_json.additional_properties = d
        return live_content_part_input_json

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

    type: ClassVar[Literal["input_json"]] = "input_json"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_data(data: object) -> list[LiveContentPartInputJSONDataItem] | LiveContentPartInputJSONData:
    try:
        if not isinstance(data, list):
            raise TypeError()
        data_type_0 = []
        _data_type_0 = data
        for data_type_0_item_data in _data_type_0:
            data_type_0_item = LiveContentPartInputJSONDataItem.from_dict(data_type_0_item_data)

            data_type_0.append(data_type_0_item)

        return data_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    if not isinstance(data, dict):
        raise TypeError()
    data_type_1 = LiveContentPartInputJSONData.from_dict(data)

    return data_type_1
