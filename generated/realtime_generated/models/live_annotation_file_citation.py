from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_annotation_file_citation_type import LiveAnnotationFileCitationType

T = TypeVar("T", bound="LiveAnnotationFileCitation")


@_attrs_define
class LiveAnnotationFileCitation:
    """A citation to a file.

    Attributes:
        file_id (str):
        filename (str):
        index (int):
        type_ (LiveAnnotationFileCitationType):
    """

    file_id: str
    filename: str
    index: int
    type_: LiveAnnotationFileCitationType | Literal["file_citation"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file_id = self.file_id

        filename = self.filename

        index = self.index

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file_id": file_id,
                "filename": filename,
                "index": index,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        file_id = d.pop("file_id")

        filename = d.pop("filename")

        index = d.pop("index")

        type_ = LiveAnnotationFileCitationType(d.pop("type"))

        live_annotation_file_citation = cls(
            file_id=file_id,
            filename=filename,
            index=index,
            type_=type_,
        )

        live_annotation_file_citation.additional_properties = d
        return live_annotation_file_citation

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

    type: ClassVar[Literal["file_citation"]] = "file_citation"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
