from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_decision_question_param_choice import LiveDecisionQuestionParamChoice
    from ..models.live_decision_question_param_predicate import LiveDecisionQuestionParamPredicate
    from ..models.live_decision_question_param_score import LiveDecisionQuestionParamScore


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_question_param_choice import LiveDecisionQuestionParamChoice  # noqa: PLC0415
    from ..models.live_decision_question_param_predicate import LiveDecisionQuestionParamPredicate  # noqa: PLC0415
    from ..models.live_decision_question_param_score import LiveDecisionQuestionParamScore  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionQuestionParamChoice": LiveDecisionQuestionParamChoice,
            "LiveDecisionQuestionParamPredicate": LiveDecisionQuestionParamPredicate,
            "LiveDecisionQuestionParamScore": LiveDecisionQuestionParamScore,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionTriggerParamDecisions")


@_attrs_define
class LiveDecisionTriggerParamDecisions:
    """Questions evaluated using the current transcript and the session's shared Decision items.

    Attributes:
        questions (list[LiveDecisionQuestionParamChoice | LiveDecisionQuestionParamPredicate |
            LiveDecisionQuestionParamScore]):
    """

    questions: list[
        LiveDecisionQuestionParamChoice | LiveDecisionQuestionParamPredicate | LiveDecisionQuestionParamScore
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        questions = []
        for questions_item_data in self.questions:
            questions_item: dict[str, Any]
            if isinstance(questions_item_data, LiveDecisionQuestionParamChoice):
                questions_item = questions_item_data.to_dict()
            elif isinstance(questions_item_data, LiveDecisionQuestionParamPredicate):
                questions_item = questions_item_data.to_dict()
            else:
                questions_item = questions_item_data.to_dict()

            questions.append(questions_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "questions": questions,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = _parse_questions_item(questions_item_data)

            questions.append(questions_item)

        live_decision_trigger_param_decisions = cls(
            questions=questions,
        )

        live_decision_trigger_param_decisions.additional_properties = d
        return live_decision_trigger_param_decisions

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


def _parse_questions_item(
    data: object,
) -> LiveDecisionQuestionParamChoice | LiveDecisionQuestionParamPredicate | LiveDecisionQuestionParamScore:
    if isinstance(data, dict) and data.get("type") == "choice":
        try:
            questions_item_type_0 = LiveDecisionQuestionParamChoice.from_dict(data)

            return questions_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "predicate":
        try:
            questions_item_type_1 = LiveDecisionQuestionParamPredicate.from_dict(data)

            return questions_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    questions_item_type_2 = LiveDecisionQuestionParamScore.from_dict(data)

    return questions_item_type_2
