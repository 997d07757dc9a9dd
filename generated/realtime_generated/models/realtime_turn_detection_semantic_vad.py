from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_turn_detection_semantic_vad_eagerness import RealtimeTurnDetectionSemanticVADEagerness
from ..types import UNSET, Unset

T = TypeVar("T", bound="RealtimeTurnDetectionSemanticVAD")


@_attrs_define
class RealtimeTurnDetectionSemanticVAD:
    """Server-side semantic turn detection which uses a model to determine when the user has finished speaking.

    Attributes:
        type_ (Literal['semantic_vad']): Type of turn detection, `semantic_vad` to turn on Semantic VAD.
        eagerness (None | RealtimeTurnDetectionSemanticVADEagerness | Unset): Used only for `semantic_vad` mode. The
            eagerness of the model to respond. `low` will wait longer for the user to continue speaking, `high` will respond
            more quickly. `auto` is the default and is equivalent to `medium`. `low`, `medium`, and `high` have max timeouts
            of 8s, 4s, and 2s respectively.

            Server default: "auto".
        create_response (bool | None | Unset): Whether or not to automatically generate a response when a VAD stop event
            occurs.

            Server default: true.
        interrupt_response (bool | None | Unset): Whether or not to automatically interrupt any ongoing response with
            output to the default
            conversation (i.e. `conversation` of `auto`) when a VAD start event occurs.

            Server default: true.
    """

    type_: Literal["semantic_vad"]
    eagerness: None | RealtimeTurnDetectionSemanticVADEagerness | Unset = UNSET
    create_response: bool | None | Unset = UNSET
    interrupt_response: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        eagerness: None | str | Unset
        if isinstance(self.eagerness, Unset):
            eagerness = UNSET
        elif isinstance(self.eagerness, RealtimeTurnDetectionSemanticVADEagerness):
            eagerness = str(self.eagerness)
        else:
            eagerness = self.eagerness

        create_response: bool | None | Unset
        if isinstance(self.create_response, Unset):
            create_response = UNSET
        else:
            create_response = self.create_response

        interrupt_response: bool | None | Unset
        if isinstance(self.interrupt_response, Unset):
            interrupt_response = UNSET
        else:
            interrupt_response = self.interrupt_response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if eagerness is not UNSET:
            field_dict["eagerness"] = eagerness
        if create_response is not UNSET:
            field_dict["create_response"] = create_response
        if interrupt_response is not UNSET:
            field_dict["interrupt_response"] = interrupt_response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = cast(Literal["semantic_vad"], d.pop("type"))
        if type_ != "semantic_vad":
            raise ValueError(f"type must match const 'semantic_vad', got '{type_}'")

        eagerness = _parse_eagerness(d.pop("eagerness", UNSET))

        create_response = _parse_create_response(d.pop("create_response", UNSET))

        interrupt_response = _parse_interrupt_response(d.pop("interrupt_response", UNSET))

        realtime_turn_detection_semantic_vad = cls(
            type_=type_,
            eagerness=eagerness,
            create_response=create_response,
            interrupt_response=interrupt_response,
        )

        realtime_turn_detection_semantic_vad.additional_properties = d
        return realtime_turn_detection_semantic_vad

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

    @property
    def type(self) -> str:
        """The ``type`` value as a plain string (the attrs field is ``type_``)."""
        return str(self.type_)


def _parse_eagerness(data: object) -> None | RealtimeTurnDetectionSemanticVADEagerness | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, str):
            raise TypeError()
        eagerness_type_0 = RealtimeTurnDetectionSemanticVADEagerness(data)

        return eagerness_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeTurnDetectionSemanticVADEagerness | Unset, data)


def _parse_create_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_interrupt_response(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)
