from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_decision_question_param_choice_type import LiveDecisionQuestionParamChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_choice_instructions_parts_input_image import LiveChoiceInstructionsPartsInputImage
    from ..models.live_decision_choice_option import LiveDecisionChoiceOption
    from ..models.live_decision_input_text import LiveDecisionInputText
    from ..models.live_decision_question_param_choice_instructions_parts_input_json import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON,
    )


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_choice_instructions_parts_input_image import LiveChoiceInstructionsPartsInputImage  # noqa: PLC0415
    from ..models.live_decision_choice_option import LiveDecisionChoiceOption  # noqa: PLC0415
    from ..models.live_decision_input_text import LiveDecisionInputText  # noqa: PLC0415
    from ..models.live_decision_question_param_choice_instructions_parts_input_json import (
        LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON,  # noqa: PLC0415
    )

    globals().update(
        {
            "LiveChoiceInstructionsPartsInputImage": LiveChoiceInstructionsPartsInputImage,
            "LiveDecisionChoiceOption": LiveDecisionChoiceOption,
            "LiveDecisionInputText": LiveDecisionInputText,
            "LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON": LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionQuestionParamChoice")


@_attrs_define
class LiveDecisionQuestionParamChoice:
    """
    Attributes:
        choices (list[LiveDecisionChoiceOption]):
        instructions (list[LiveChoiceInstructionsPartsInputImage | LiveDecisionInputText |
            LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON] | str):
        type_ (LiveDecisionQuestionParamChoiceType):
        name (None | str | Unset):
    """

    choices: list[LiveDecisionChoiceOption]
    instructions: (
        list[
            LiveChoiceInstructionsPartsInputImage
            | LiveDecisionInputText
            | LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON
        ]
        | str
    )
    type_: LiveDecisionQuestionParamChoiceType | Literal["choice"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        choices = []
        for choices_item_data in self.choices:
            choices_item = choices_item_data.to_dict()
            choices.append(choices_item)

        instructions: list[dict[str, Any]] | str
        if isinstance(self.instructions, list):
            instructions = []
            for instructions_type_1_item_data in self.instructions:
                instructions_type_1_item: dict[str, Any]
                if isinstance(instructions_type_1_item_data, LiveDecisionInputText):
                    instructions_type_1_item = instructions_type_1_item_data.to_dict()
                elif isinstance(instructions_type_1_item_data, LiveChoiceInstructionsPartsInputImage):
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
                "choices": choices,
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
        choices = []
        _choices = d.pop("choices")
        for choices_item_data in _choices:
            choices_item = LiveDecisionChoiceOption.from_dict(choices_item_data)

            choices.append(choices_item)

        instructions = _parse_instructions(d.pop("instructions"))

        type_ = LiveDecisionQuestionParamChoiceType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_decision_question_param_choice = cls(
            choices=choices,
            instructions=instructions,
            type_=type_,
            name=name,
        )

        live_decision_question_param_choice.additional_properties = d
        return live_decision_question_param_choice

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

    type: ClassVar[Literal["choice"]] = "choice"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_instructions(
    data: object,
) -> (
    list[
        LiveChoiceInstructionsPartsInputImage
        | LiveDecisionInputText
        | LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON
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
            LiveChoiceInstructionsPartsInputImage
            | LiveDecisionInputText
            | LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON
        ]
        | str,
        data,
    )


def _parse_instructions_type_1_item(
    data: object,
) -> (
    LiveChoiceInstructionsPartsInputImage
    | LiveDecisionInputText
    | LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON
):
    if isinstance(data, dict) and data.get("type") == "input_text":
        try:
            instructions_type_1_item_type_0 = LiveDecisionInputText.from_dict(data)

            return instructions_type_1_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "input_image":
        try:
            instructions_type_1_item_type_1 = LiveChoiceInstructionsPartsInputImage.from_dict(data)

            return instructions_type_1_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    instructions_type_1_item_type_2 = LiveDecisionQuestionParamChoiceInstructionsPartsInputJSON.from_dict(data)

    return instructions_type_1_item_type_2


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
