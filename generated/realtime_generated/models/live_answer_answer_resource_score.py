from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_answer_answer_resource_score_type import LiveAnswerAnswerResourceScoreType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_answer_answer_resource_score_probability import LiveAnswerAnswerResourceScoreProbability


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_answer_answer_resource_score_probability import LiveAnswerAnswerResourceScoreProbability  # noqa: PLC0415

    globals().update(
        {
            "LiveAnswerAnswerResourceScoreProbability": LiveAnswerAnswerResourceScoreProbability,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveAnswerAnswerResourceScore")


@_attrs_define
class LiveAnswerAnswerResourceScore:
    """
    Attributes:
        confidence (float):
        probabilities (list[LiveAnswerAnswerResourceScoreProbability]):
        score (float):
        type_ (LiveAnswerAnswerResourceScoreType):
        name (None | str | Unset):
    """

    confidence: float
    probabilities: list[LiveAnswerAnswerResourceScoreProbability]
    score: float
    type_: LiveAnswerAnswerResourceScoreType | Literal["score"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        confidence = self.confidence

        probabilities = []
        for probabilities_item_data in self.probabilities:
            probabilities_item = probabilities_item_data.to_dict()
            probabilities.append(probabilities_item)

        score = self.score

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
                "confidence": confidence,
                "probabilities": probabilities,
                "score": score,
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
        confidence = d.pop("confidence")

        probabilities = []
        _probabilities = d.pop("probabilities")
        for probabilities_item_data in _probabilities:
            probabilities_item = LiveAnswerAnswerResourceScoreProbability.from_dict(probabilities_item_data)

            probabilities.append(probabilities_item)

        score = d.pop("score")

        type_ = LiveAnswerAnswerResourceScoreType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_answer_answer_resource_score = cls(
            confidence=confidence,
            probabilities=probabilities,
            score=score,
            type_=type_,
            name=name,
        )

        live_answer_answer_resource_score.additional_properties = d
        return live_answer_answer_resource_score

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

    type: ClassVar[Literal["score"]] = "score"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
