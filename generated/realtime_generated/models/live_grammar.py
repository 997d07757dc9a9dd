from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Literal, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_grammar_syntax import LiveGrammarSyntax
from ..models.live_grammar_type import LiveGrammarType

T = TypeVar("T", bound="LiveGrammar")


@_attrs_define
class LiveGrammar:
    """A grammar defined by the user.

    Attributes:
        definition (str):
        syntax (LiveGrammarSyntax):
        type_ (LiveGrammarType):
    """

    definition: str
    syntax: LiveGrammarSyntax
    type_: LiveGrammarType | Literal["grammar"]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        definition = self.definition

        syntax = str(self.syntax)

        type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
                "syntax": syntax,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        definition = d.pop("definition")

        syntax = LiveGrammarSyntax(d.pop("syntax"))

        type_ = LiveGrammarType(d.pop("type"))

        live_grammar = cls(
            definition=definition,
            syntax=syntax,
            type_=type_,
        )

        live_grammar.additional_properties = d
        return live_grammar

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

    type: ClassVar[Literal["grammar"]] = "grammar"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""
