from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_decision_question_choice import LiveDecisionQuestionChoice
    from ..models.live_decision_question_predicate import LiveDecisionQuestionPredicate
    from ..models.live_decision_question_score import LiveDecisionQuestionScore


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_question_choice import LiveDecisionQuestionChoice  # noqa: PLC0415
    from ..models.live_decision_question_predicate import LiveDecisionQuestionPredicate  # noqa: PLC0415
    from ..models.live_decision_question_score import LiveDecisionQuestionScore  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionQuestionChoice": LiveDecisionQuestionChoice,
            "LiveDecisionQuestionPredicate": LiveDecisionQuestionPredicate,
            "LiveDecisionQuestionScore": LiveDecisionQuestionScore,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionsDelegationUpdateConfig")


@_attrs_define
class LiveDecisionsDelegationUpdateConfig:
    """
    Attributes:
        model (None | str | Unset):
        questions (list[LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore] | None |
            Unset):
    """

    model: None | str | Unset = UNSET
    questions: (
        list[LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore] | None | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        questions: list[dict[str, Any]] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = []
            for questions_type_0_item_data in self.questions:
                questions_type_0_item: dict[str, Any]
                if isinstance(questions_type_0_item_data, LiveDecisionQuestionChoice):
                    questions_type_0_item = questions_type_0_item_data.to_dict()
                elif isinstance(questions_type_0_item_data, LiveDecisionQuestionPredicate):
                    questions_type_0_item = questions_type_0_item_data.to_dict()
                else:
                    questions_type_0_item = questions_type_0_item_data.to_dict()

                questions.append(questions_type_0_item)

        else:
            questions = self.questions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model is not UNSET:
            field_dict["model"] = model
        if questions is not UNSET:
            field_dict["questions"] = questions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        model = _parse_model(d.pop("model", UNSET))

        questions = _parse_questions(d.pop("questions", UNSET))

        live_decisions_delegation_update_config = cls(
            model=model,
            questions=questions,
        )

        live_decisions_delegation_update_config.additional_properties = d
        return live_decisions_delegation_update_config

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


def _parse_model(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_questions(
    data: object,
) -> list[LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        questions_type_0 = []
        _questions_type_0 = data
        for questions_type_0_item_data in _questions_type_0:
            questions_type_0_item = _parse_questions_type_0_item(questions_type_0_item_data)

            questions_type_0.append(questions_type_0_item)

        return questions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore] | None | Unset,
        data,
    )


def _parse_questions_type_0_item(
    data: object,
) -> LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore:
    if isinstance(data, dict) and data.get("type") == "choice":
        try:
            questions_type_0_item_type_0 = LiveDecisionQuestionChoice.from_dict(data)

            return questions_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "predicate":
        try:
            questions_type_0_item_type_1 = LiveDecisionQuestionPredicate.from_dict(data)

            return questions_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    questions_type_0_item_type_2 = LiveDecisionQuestionScore.from_dict(data)

    return questions_type_0_item_type_2
