from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="VoiceIdsOrCustomVoiceObject")


@_attrs_define
class VoiceIdsOrCustomVoiceObject:
    """Custom voice reference.

    Attributes:
        id (str): The custom voice ID, e.g. `voice_1234`. Example: voice_1234.
    """

    id: str

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        voice_ids_or_custom_voice_object = cls(
            id=id,
        )

        return voice_ids_or_custom_voice_object
