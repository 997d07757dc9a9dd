from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_accept_params_session_model import LiveSessionAcceptParamsSessionModel
from ..models.live_session_accept_params_session_type import LiveSessionAcceptParamsSessionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_assistant import LiveAssistant
    from ..models.live_client_delegation import LiveClientDelegation
    from ..models.live_decision_trigger_param import LiveDecisionTriggerParam
    from ..models.live_developer import LiveDeveloper
    from ..models.live_session_audio import LiveSessionAudio
    from ..models.live_session_delegation_decisions import LiveSessionDelegationDecisions
    from ..models.live_session_delegation_responses import LiveSessionDelegationResponses
    from ..models.live_user import LiveUser


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_assistant import LiveAssistant  # noqa: PLC0415
    from ..models.live_client_delegation import LiveClientDelegation  # noqa: PLC0415
    from ..models.live_decision_trigger_param import LiveDecisionTriggerParam  # noqa: PLC0415
    from ..models.live_developer import LiveDeveloper  # noqa: PLC0415
    from ..models.live_session_audio import LiveSessionAudio  # noqa: PLC0415
    from ..models.live_session_delegation_decisions import LiveSessionDelegationDecisions  # noqa: PLC0415
    from ..models.live_session_delegation_responses import LiveSessionDelegationResponses  # noqa: PLC0415
    from ..models.live_user import LiveUser  # noqa: PLC0415

    globals().update(
        {
            "LiveAssistant": LiveAssistant,
            "LiveClientDelegation": LiveClientDelegation,
            "LiveDecisionTriggerParam": LiveDecisionTriggerParam,
            "LiveDeveloper": LiveDeveloper,
            "LiveSessionAudio": LiveSessionAudio,
            "LiveSessionDelegationDecisions": LiveSessionDelegationDecisions,
            "LiveSessionDelegationResponses": LiveSessionDelegationResponses,
            "LiveUser": LiveUser,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionAcceptParamsSession")


@_attrs_define
class LiveSessionAcceptParamsSession:
    """Model and startup configuration for the Live session that answers the incoming SIP call.

    Attributes:
        model (LiveSessionAcceptParamsSessionModel | str):
        type_ (LiveSessionAcceptParamsSessionType):
        audio (LiveSessionAudio | None | Unset):
        delegation (LiveClientDelegation | LiveSessionDelegationDecisions | LiveSessionDelegationResponses | None |
            Unset):
        input_ (list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset):
        instructions (None | str | Unset):
        safety_identifier (None | str | Unset):
        store (bool | None | Unset):
        triggers (list[LiveDecisionTriggerParam] | None | Unset):
    """

    model: LiveSessionAcceptParamsSessionModel | str
    type_: LiveSessionAcceptParamsSessionType | Literal["live"]
    audio: LiveSessionAudio | None | Unset = UNSET
    delegation: (
        LiveClientDelegation | LiveSessionDelegationDecisions | LiveSessionDelegationResponses | None | Unset
    ) = UNSET
    input_: list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    triggers: list[LiveDecisionTriggerParam] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model: str
        if isinstance(self.model, LiveSessionAcceptParamsSessionModel):
            model = str(self.model)
        else:
            model = self.model

        type_ = str(self.type_)

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, LiveSessionAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        delegation: dict[str, Any] | None | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        elif isinstance(self.delegation, LiveClientDelegation):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionDelegationResponses):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionDelegationDecisions):
            delegation = self.delegation.to_dict()
        else:
            delegation = self.delegation

        input_: list[dict[str, Any]] | None | Unset
        if isinstance(self.input_, Unset):
            input_ = UNSET
        elif isinstance(self.input_, list):
            input_ = []
            for input_type_0_item_data in self.input_:
                input_type_0_item: dict[str, Any]
                if isinstance(input_type_0_item_data, LiveDeveloper):
                    input_type_0_item = input_type_0_item_data.to_dict()
                elif isinstance(input_type_0_item_data, LiveUser):
                    input_type_0_item = input_type_0_item_data.to_dict()
                else:
                    input_type_0_item = input_type_0_item_data.to_dict()

                input_.append(input_type_0_item)

        else:
            input_ = self.input_

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        safety_identifier: None | str | Unset
        if isinstance(self.safety_identifier, Unset):
            safety_identifier = UNSET
        else:
            safety_identifier = self.safety_identifier

        store: bool | None | Unset
        if isinstance(self.store, Unset):
            store = UNSET
        else:
            store = self.store

        triggers: list[dict[str, Any]] | None | Unset
        if isinstance(self.triggers, Unset):
            triggers = UNSET
        elif isinstance(self.triggers, list):
            triggers = []
            for triggers_type_0_item_data in self.triggers:
                triggers_type_0_item = triggers_type_0_item_data.to_dict()
                triggers.append(triggers_type_0_item)

        else:
            triggers = self.triggers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "type": type_,
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if delegation is not UNSET:
            field_dict["delegation"] = delegation
        if input_ is not UNSET:
            field_dict["input"] = input_
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if safety_identifier is not UNSET:
            field_dict["safety_identifier"] = safety_identifier
        if store is not UNSET:
            field_dict["store"] = store
        if triggers is not UNSET:
            field_dict["triggers"] = triggers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        model = _parse_model(d.pop("model"))

        type_ = LiveSessionAcceptParamsSessionType(d.pop("type"))

        audio = _parse_audio(d.pop("audio", UNSET))

        delegation = _parse_delegation(d.pop("delegation", UNSET))

        input_ = _parse_input_(d.pop("input", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        store = _parse_store(d.pop("store", UNSET))

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        live_session_accept_params_session = cls(
            model=model,
            type_=type_,
            audio=audio,
            delegation=delegation,
            input_=input_,
            instructions=instructions,
            safety_identifier=safety_identifier,
            store=store,
            triggers=triggers,
        )

        live_session_accept_params_session.additional_properties = d
        return live_session_accept_params_session

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

    type: ClassVar[Literal["live"]] = "live"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_model(data: object) -> LiveSessionAcceptParamsSessionModel | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = LiveSessionAcceptParamsSessionModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSessionAcceptParamsSessionModel | str, data)


def _parse_audio(data: object) -> LiveSessionAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = LiveSessionAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSessionAudio | None | Unset, data)


def _parse_delegation(
    data: object,
) -> LiveClientDelegation | LiveSessionDelegationDecisions | LiveSessionDelegationResponses | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "client":
        try:
            delegation_type_0 = LiveClientDelegation.from_dict(data)

            return delegation_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "responses":
        try:
            delegation_type_1 = LiveSessionDelegationResponses.from_dict(data)

            return delegation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "decisions":
        try:
            delegation_type_2 = LiveSessionDelegationDecisions.from_dict(data)

            return delegation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        LiveClientDelegation | LiveSessionDelegationDecisions | LiveSessionDelegationResponses | None | Unset, data
    )


def _parse_input_(data: object) -> list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        input_type_0 = []
        _input_type_0 = data
        for input_type_0_item_data in _input_type_0:
            input_type_0_item = _parse_input_type_0_item(input_type_0_item_data)

            input_type_0.append(input_type_0_item)

        return input_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset, data)


def _parse_input_type_0_item(data: object) -> LiveAssistant | LiveDeveloper | LiveUser:
    if isinstance(data, dict) and data.get("role") == "developer":
        try:
            input_type_0_item_type_0 = LiveDeveloper.from_dict(data)

            return input_type_0_item_type_0
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("role") == "user":
        try:
            input_type_0_item_type_1 = LiveUser.from_dict(data)

            return input_type_0_item_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if not isinstance(data, dict):
        raise TypeError()
    input_type_0_item_type_2 = LiveAssistant.from_dict(data)

    return input_type_0_item_type_2


def _parse_instructions(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_safety_identifier(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_store(data: object) -> bool | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(bool | None | Unset, data)


def _parse_triggers(data: object) -> list[LiveDecisionTriggerParam] | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        triggers_type_0 = []
        _triggers_type_0 = data
        for triggers_type_0_item_data in _triggers_type_0:
            triggers_type_0_item = LiveDecisionTriggerParam.from_dict(triggers_type_0_item_data)

            triggers_type_0.append(triggers_type_0_item)

        return triggers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveDecisionTriggerParam] | None | Unset, data)
