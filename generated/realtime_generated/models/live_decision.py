from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.live_answer_answer_resource_choice import LiveAnswerAnswerResourceChoice
    from ..models.live_answer_answer_resource_predicate import LiveAnswerAnswerResourcePredicate
    from ..models.live_answer_answer_resource_refusal import LiveAnswerAnswerResourceRefusal
    from ..models.live_answer_answer_resource_score import LiveAnswerAnswerResourceScore
    from ..models.live_usage import LiveUsage
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_answer_answer_resource_choice import LiveAnswerAnswerResourceChoice  # noqa: PLC0415
    from ..models.live_answer_answer_resource_predicate import LiveAnswerAnswerResourcePredicate  # noqa: PLC0415
    from ..models.live_answer_answer_resource_refusal import LiveAnswerAnswerResourceRefusal  # noqa: PLC0415
    from ..models.live_answer_answer_resource_score import LiveAnswerAnswerResourceScore  # noqa: PLC0415
    from ..models.live_usage import LiveUsage  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveAnswerAnswerResourceChoice": LiveAnswerAnswerResourceChoice,
            "LiveAnswerAnswerResourcePredicate": LiveAnswerAnswerResourcePredicate,
            "LiveAnswerAnswerResourceRefusal": LiveAnswerAnswerResourceRefusal,
            "LiveAnswerAnswerResourceScore": LiveAnswerAnswerResourceScore,
            "LiveUsage": LiveUsage,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveDecision")


@_attrs_define
class LiveDecision:
    """
    Attributes:
        answers (list[LiveAnswerAnswerResourceChoice | LiveAnswerAnswerResourcePredicate |
            LiveAnswerAnswerResourceRefusal | LiveAnswerAnswerResourceScore | RealtimeUnknownVariant]):
        model (str):
        usage (LiveUsage): Token usage for the request.
    """

    answers: list[
        LiveAnswerAnswerResourceChoice
        | LiveAnswerAnswerResourcePredicate
        | LiveAnswerAnswerResourceRefusal
        | LiveAnswerAnswerResourceScore
        | RealtimeUnknownVariant
    ]
    model: str
    usage: LiveUsage
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        answers = []
        for answers_item_data in self.answers:
            answers_item: dict[str, Any]
            if isinstance(answers_item_data, LiveAnswerAnswerResourcePredicate):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, LiveAnswerAnswerResourceChoice):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, LiveAnswerAnswerResourceScore):
                answers_item = answers_item_data.to_dict()
            elif isinstance(answers_item_data, LiveAnswerAnswerResourceRefusal):
                answers_item = answers_item_data.to_dict()
            else:
                answers_item = answers_item_data.to_dict()

            answers.append(answers_item)

        model = self.model

        usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers": answers,
                "model": model,
                "usage": usage,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = _parse_answers_item(answers_item_data)

            answers.append(answers_item)

        model = d.pop("model")

        usage = LiveUsage.from_dict(d.pop("usage"))

        live_decision = cls(
            answers=answers,
            model=model,
            usage=usage,
        )

        live_decision.additional_properties = d
        return live_decision

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


def _parse_answers_item(
    data: object,
) -> (
    LiveAnswerAnswerResourceChoice
    | LiveAnswerAnswerResourcePredicate
    | LiveAnswerAnswerResourceRefusal
    | LiveAnswerAnswerResourceScore
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "predicate":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        answers_item_type_0 = LiveAnswerAnswerResourcePredicate.from_dict(data)

        return answers_item_type_0
    if isinstance(data, dict) and data.get("type") == "choice":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        answers_item_type_1 = LiveAnswerAnswerResourceChoice.from_dict(data)

        return answers_item_type_1
    if isinstance(data, dict) and data.get("type") == "score":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        answers_item_type_2 = LiveAnswerAnswerResourceScore.from_dict(data)

        return answers_item_type_2
    if isinstance(data, dict) and data.get("type") == "refusal":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        answers_item_type_3 = LiveAnswerAnswerResourceRefusal.from_dict(data)

        return answers_item_type_3
    if not isinstance(data, dict):
        raise TypeError()
    answers_item_type_4 = RealtimeUnknownVariant.from_dict(data)

    return answers_item_type_4
