from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_annotation_url_citation_type import LiveAnnotationURLCitationType

T = TypeVar("T", bound="LiveAnnotationURLCitation")


@_attrs_define
class LiveAnnotationURLCitation:
    """A citation for a web resource used to generate a model response.

    Attributes:
        end_index (int):
        start_index (int):
        title (str):
        type_ (LiveAnnotationURLCitationType):
        url (str):
    """

    end_index: int
    start_index: int
    title: str
    type_: LiveAnnotationURLCitationType | Literal["url_citation"]
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        end_index = self.end_index

        start_index = self.start_index

        title = self.title

        type_ = str(self.type_)

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "end_index": end_index,
                "start_index": start_index,
                "title": title,
                "type": type_,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        end_index = d.pop("end_index")

        start_index = d.pop("start_index")

        title = d.pop("title")

        type_ = LiveAnnotationURLCitationType(d.pop("type"))

        url = d.pop("url")

        live_annotation_url_citation = cls(
            end_index=end_index,
            start_index=start_index,
            title=title,
            type_=type_,
            url=url,
        )

        live_annotation_url_citation.additional_properties = d
        return live_annotation_url_citation

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

    type: ClassVar[Literal["url_citation"]] = "url_citation"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
