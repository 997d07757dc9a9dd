from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_decision_question_choice import LiveDecisionQuestionChoice
    from ..models.live_decision_question_predicate import LiveDecisionQuestionPredicate
    from ..models.live_decision_question_score import LiveDecisionQuestionScore
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_decision_question_choice import LiveDecisionQuestionChoice  # noqa: PLC0415
    from ..models.live_decision_question_predicate import LiveDecisionQuestionPredicate  # noqa: PLC0415
    from ..models.live_decision_question_score import LiveDecisionQuestionScore  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveDecisionQuestionChoice": LiveDecisionQuestionChoice,
            "LiveDecisionQuestionPredicate": LiveDecisionQuestionPredicate,
            "LiveDecisionQuestionScore": LiveDecisionQuestionScore,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecisionTriggerDecisions")


@_attrs_define
class LiveDecisionTriggerDecisions:
    """Questions evaluated using the current transcript and the session's shared Decision items.

    Attributes:
        questions (list[LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore |
            RealtimeUnknownVariant]):
    """

    questions: list[
        LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore | RealtimeUnknownVariant
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
            if isinstance(questions_item_data, LiveDecisionQuestionChoice):
                questions_item = questions_item_data.to_dict()
            elif isinstance(questions_item_data, LiveDecisionQuestionPredicate):
                questions_item = questions_item_data.to_dict()
            elif isinstance(questions_item_data, LiveDecisionQuestionScore):
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

        live_decision_trigger_decisions = cls(
            questions=questions,
        )

        live_decision_trigger_decisions.additional_properties = d
        return live_decision_trigger_decisions

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
) -> LiveDecisionQuestionChoice | LiveDecisionQuestionPredicate | LiveDecisionQuestionScore | RealtimeUnknownVariant:
    if isinstance(data, dict) and data.get("type") == "choice":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        questions_item_type_0 = LiveDecisionQuestionChoice.from_dict(data)

        return questions_item_type_0
    if isinstance(data, dict) and data.get("type") == "predicate":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        questions_item_type_1 = LiveDecisionQuestionPredicate.from_dict(data)

        return questions_item_type_1
    if isinstance(data, dict) and data.get("type") == "score":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        questions_item_type_2 = LiveDecisionQuestionScore.from_dict(data)

        return questions_item_type_2
    if not isinstance(data, dict):
        raise TypeError()
    questions_item_type_3 = RealtimeUnknownVariant.from_dict(data)

    return questions_item_type_3
