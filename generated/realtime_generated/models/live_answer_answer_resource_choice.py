from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_answer_answer_resource_choice_type import LiveAnswerAnswerResourceChoiceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_answer_answer_resource_choice_probability import LiveAnswerAnswerResourceChoiceProbability


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_answer_answer_resource_choice_probability import LiveAnswerAnswerResourceChoiceProbability  # noqa: PLC0415

    globals().update(
        {
            "LiveAnswerAnswerResourceChoiceProbability": LiveAnswerAnswerResourceChoiceProbability,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveAnswerAnswerResourceChoice")


@_attrs_define
class LiveAnswerAnswerResourceChoice:
    """
    Attributes:
        choice (bool | str):
        confidence (float):
        probabilities (list[LiveAnswerAnswerResourceChoiceProbability]):
        type_ (LiveAnswerAnswerResourceChoiceType):
        name (None | str | Unset):
    """

    choice: bool | str
    confidence: float
    probabilities: list[LiveAnswerAnswerResourceChoiceProbability]
    type_: LiveAnswerAnswerResourceChoiceType | Literal["choice"]
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        choice: bool | str
        choice = self.choice

        confidence = self.confidence

        probabilities = []
        for probabilities_item_data in self.probabilities:
            probabilities_item = probabilities_item_data.to_dict()
            probabilities.append(probabilities_item)

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
                "choice": choice,
                "confidence": confidence,
                "probabilities": probabilities,
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
        choice = _parse_choice(d.pop("choice"))

        confidence = d.pop("confidence")

        probabilities = []
        _probabilities = d.pop("probabilities")
        for probabilities_item_data in _probabilities:
            probabilities_item = LiveAnswerAnswerResourceChoiceProbability.from_dict(probabilities_item_data)

            probabilities.append(probabilities_item)

        type_ = LiveAnswerAnswerResourceChoiceType(d.pop("type"))

        name = _parse_name(d.pop("name", UNSET))

        live_answer_answer_resource_choice = cls(
            choice=choice,
            confidence=confidence,
            probabilities=probabilities,
            type_=type_,
            name=name,
        )

        live_answer_answer_resource_choice.additional_properties = d
        return live_answer_answer_resource_choice

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


def _parse_choice(data: object) -> bool | str:
    return cast(bool | str, data)


def _parse_name(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
