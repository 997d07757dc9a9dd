from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_delegation_responses_type import LiveSessionDelegationResponsesType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_responses_delegation_config import LiveResponsesDelegationConfig


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_responses_delegation_config import LiveResponsesDelegationConfig  # noqa: PLC0415

    globals().update(
        {
            "LiveResponsesDelegationConfig": LiveResponsesDelegationConfig,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionDelegationResponses")


@_attrs_define
class LiveSessionDelegationResponses:
    """Delegate tasks to a Responses model managed by the Live session.

    Attributes:
        responses (LiveResponsesDelegationConfig): Model, prompt, and tool settings for tasks delegated by the Live
            session to a Responses backend.
        type_ (LiveSessionDelegationResponsesType):
        acknowledgement_delay_ms (int | None | Unset):
    """

    responses: LiveResponsesDelegationConfig
    type_: LiveSessionDelegationResponsesType | Literal["responses"]
    acknowledgement_delay_ms: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        responses = self.responses.to_dict()

        type_ = str(self.type_)

        acknowledgement_delay_ms: int | None | Unset
        if isinstance(self.acknowledgement_delay_ms, Unset):
            acknowledgement_delay_ms = UNSET
        else:
            acknowledgement_delay_ms = self.acknowledgement_delay_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "responses": responses,
                "type": type_,
            }
        )
        if acknowledgement_delay_ms is not UNSET:
            field_dict["acknowledgement_delay_ms"] = acknowledgement_delay_ms

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        responses = LiveResponsesDelegationConfig.from_dict(d.pop("responses"))

        type_ = LiveSessionDelegationResponsesType(d.pop("type"))

        acknowledgement_delay_ms = _parse_acknowledgement_delay_ms(d.pop("acknowledgement_delay_ms", UNSET))

        live_session_delegation_responses = cls(
            responses=responses,
            type_=type_,
            acknowledgement_delay_ms=acknowledgement_delay_ms,
        )

        live_session_delegation_responses.additional_properties = d
        return live_session_delegation_responses

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

    type: ClassVar[Literal["responses"]] = "responses"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_acknowledgement_delay_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)
