from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_result_attributes import LiveResultAttributes


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_result_attributes import LiveResultAttributes  # noqa: PLC0415

    globals().update(
        {
            "LiveResultAttributes": LiveResultAttributes,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResult")


@_attrs_define
class LiveResult:
    """
    Attributes:
        attributes (LiveResultAttributes | None | Unset):
        file_id (None | str | Unset):
        filename (None | str | Unset):
        score (float | None | Unset):
        text (None | str | Unset):
    """

    attributes: LiveResultAttributes | None | Unset = UNSET
    file_id: None | str | Unset = UNSET
    filename: None | str | Unset = UNSET
    score: float | None | Unset = UNSET
    text: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        attributes: dict[str, Any] | None | Unset
        if isinstance(self.attributes, Unset):
            attributes = UNSET
        elif isinstance(self.attributes, LiveResultAttributes):
            attributes = self.attributes.to_dict()
        else:
            attributes = self.attributes

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        score: float | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if filename is not UNSET:
            field_dict["filename"] = filename
        if score is not UNSET:
            field_dict["score"] = score
        if text is not UNSET:
            field_dict["text"] = text

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        attributes = _parse_attributes(d.pop("attributes", UNSET))

        file_id = _parse_file_id(d.pop("file_id", UNSET))

        filename = _parse_filename(d.pop("filename", UNSET))

        score = _parse_score(d.pop("score", UNSET))

        text = _parse_text(d.pop("text", UNSET))

        live_result = cls(
            attributes=attributes,
            file_id=file_id,
            filename=filename,
            score=score,
            text=text,
        )

        live_result.additional_properties = d
        return live_result

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


def _parse_attributes(data: object) -> LiveResultAttributes | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        attributes_type_0 = LiveResultAttributes.from_dict(data)

        return attributes_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveResultAttributes | None | Unset, data)


def _parse_file_id(data: object) -> None | str | Unset:
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


def _parse_score(data: object) -> float | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(float | None | Unset, data)


def _parse_text(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
