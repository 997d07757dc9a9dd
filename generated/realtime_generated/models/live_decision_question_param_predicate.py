from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_question_param_predicate_type import LiveDecisionQuestionParamPredicateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_input_text import LiveDecisionInputText
    from ..models.live_decision_question_param_predicate_instructions_parts_input_json import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON,
    )
    from ..models.live_predicate_instructions_parts_input_image import LivePredicateInstructionsPartsInputImage


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_input_text import LiveDecisionInputText  # noqa: PLC0415
    from ..models.live_decision_question_param_predicate_instructions_parts_input_json import (
        LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON,  # noqa: PLC0415
    )
    from ..models.live_predicate_instructions_parts_input_image import LivePredicateInstructionsPartsInputImage  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionInputText": LiveDecisionInputText,
            "LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON": LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON,
            "LivePredicateInstructionsPartsInputImage": LivePredicateInstructionsPartsInputImage,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionQuestionParamPredicate")


@_attrs_define
class LiveDecisionQuestionParamPredicate:
    """
    Attributes:
        instructions (list[LiveDecisionInputText | LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON |
            LivePredicateInstructionsPartsInputImage] | str):
        type_ (LiveDecisionQuestionParamPredicateType):
        name (None | str | Unset):
    """

    instructions: (
        list[
            LiveDecisionInputText
            | LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON
            | LivePredicateInstructionsPartsInputImage
        ]
        | str
    )
    type_: LiveDecisionQuestionParamPredicateType | Literal["predicate"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        instructions: list[dict[str, Any]] | str
        if isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, LiveDecisionInputText):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LivePredicateInstructionsPartsInputImage):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                else:
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()

                instructions.append(instructions_type_1_item)

        else:
            instructions = self.instructions

        type_ = str(self.type_)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "type": type_,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        instructions = _parse_instructions(d.pop("instructions"))

        type_ = LiveDecisionQuestionParamPredicateType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_decision_question_param_predicate = cls(
            instructions=instructions,
            type_=type_,
            name=name,
        )

        live_decision_question_param_predicate.additional_properties = d
        return live_decision_question_param_predicate

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

    type: ClassVar[Literal["predicate"]] = "predicate"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_instructions(
    data: object,
) -> (
    list[
        LiveDecisionInputText
        | LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON
        | LivePredicateInstructionsPartsInputImage
    ]
    | str
):
    try:
        if not isinstance(data, list):
            raise TypeError()
        instructions_type_1 = []
        _instructions_type_1 = data
        for instructions_type_1_item_data in _instructions_type_1:
            instructions_type_1_item = _parse_instructions_type_1_item(instructions_type_1_item_data)

            instructions_type_1.append(instructions_type_1_item)

        return instructions_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            LiveDecisionInputText
            | LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON
            | LivePredicateInstructionsPartsInputImage
        ]
        | str,
        data,
    )


def _parse_instructions_type_1_item(
    data: object,
) -> (
    LiveDecisionInputText
    | LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON
    | LivePredicateInstructionsPartsInputImage
):
    if isinstance(data, dict) and data.get("type") == "input_text":
        try:
            instructions_type_1_item_type_0 = LiveDecisionInputText.from_dict(data)

            return instructions_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_image":
        try:
            instructions_type_1_item_type_1 = LivePredicateInstructionsPartsInputImage.from_dict(data)

            return instructions_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    instructions_type_1_item_type_2 = LiveDecisionQuestionParamPredicateInstructionsPartsInputJSON.from_dict(data)

    return instructions_type_1_item_type_2


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
