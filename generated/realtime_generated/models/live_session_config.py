from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_session_config_model import LiveSessionConfigModel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_assistant import LiveAssistant
    from ..models.live_client_config import LiveClientConfig
    from ..models.live_client_delegation import LiveClientDelegation
    from ..models.live_decision_trigger import LiveDecisionTrigger
    from ..models.live_developer import LiveDeveloper
    from ..models.live_session_config_audio import LiveSessionConfigAudio
    from ..models.live_session_config_delegation_decisions import LiveSessionConfigDelegationDecisions
    from ..models.live_session_config_delegation_responses import LiveSessionConfigDelegationResponses
    from ..models.live_user import LiveUser


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_assistant import LiveAssistant  # noqa: PLC0415
    from ..models.live_client_config import LiveClientConfig  # noqa: PLC0415
    from ..models.live_client_delegation import LiveClientDelegation  # noqa: PLC0415
    from ..models.live_decision_trigger import LiveDecisionTrigger  # noqa: PLC0415
    from ..models.live_developer import LiveDeveloper  # noqa: PLC0415
    from ..models.live_session_config_audio import LiveSessionConfigAudio  # noqa: PLC0415
    from ..models.live_session_config_delegation_decisions import LiveSessionConfigDelegationDecisions  # noqa: PLC0415
    from ..models.live_session_config_delegation_responses import LiveSessionConfigDelegationResponses  # noqa: PLC0415
    from ..models.live_user import LiveUser  # noqa: PLC0415

    globals().update(
        {
            "LiveAssistant": LiveAssistant,
            "LiveClientConfig": LiveClientConfig,
            "LiveClientDelegation": LiveClientDelegation,
            "LiveDecisionTrigger": LiveDecisionTrigger,
            "LiveDeveloper": LiveDeveloper,
            "LiveSessionConfigAudio": LiveSessionConfigAudio,
            "LiveSessionConfigDelegationDecisions": LiveSessionConfigDelegationDecisions,
            "LiveSessionConfigDelegationResponses": LiveSessionConfigDelegationResponses,
            "LiveUser": LiveUser,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveSessionConfig")


@_attrs_define
class LiveSessionConfig:
    """Initial configuration for a Live session, including its model, conversation instructions, audio, and delegated task
    handling.

        Attributes:
            model (LiveSessionConfigModel | str):
            audio (LiveSessionConfigAudio | None | Unset):
            client (LiveClientConfig | None | Unset):
            delegation (LiveClientDelegation | LiveSessionConfigDelegationDecisions | LiveSessionConfigDelegationResponses |
                None | Unset):
            input_ (list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset):
            instructions (None | str | Unset):
            safety_identifier (None | str | Unset):
            store (bool | None | Unset):
            triggers (list[LiveDecisionTrigger] | None | Unset):
    """

    model: LiveSessionConfigModel | str
    audio: LiveSessionConfigAudio | None | Unset = UNSET
    client: LiveClientConfig | None | Unset = UNSET
    delegation: (
        LiveClientDelegation
        | LiveSessionConfigDelegationDecisions
        | LiveSessionConfigDelegationResponses
        | None
        | Unset
    ) = UNSET
    input_: list[LiveAssistant | LiveDeveloper | LiveUser] | None | Unset = UNSET
    instructions: None | str | Unset = UNSET
    safety_identifier: None | str | Unset = UNSET
    store: bool | None | Unset = UNSET
    triggers: list[LiveDecisionTrigger] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        model: str
        if isinstance(self.model, LiveSessionConfigModel):
            model = str(self.model)
        else:
            model = self.model

        audio: dict[str, Any] | None | Unset
        if isinstance(self.audio, Unset):
            audio = UNSET
        elif isinstance(self.audio, LiveSessionConfigAudio):
            audio = self.audio.to_dict()
        else:
            audio = self.audio

        client: dict[str, Any] | None | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        elif isinstance(self.client, LiveClientConfig):
            client = self.client.to_dict()
        else:
            client = self.client

        delegation: dict[str, Any] | None | Unset
        if isinstance(self.delegation, Unset):
            delegation = UNSET
        elif isinstance(self.delegation, LiveClientDelegation):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionConfigDelegationResponses):
            delegation = self.delegation.to_dict()
        elif isinstance(self.delegation, LiveSessionConfigDelegationDecisions):
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
            }
        )
        if audio is not UNSET:
            field_dict["audio"] = audio
        if client is not UNSET:
            field_dict["client"] = client
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

        audio = _parse_audio(d.pop("audio", UNSET))

        client = _parse_client(d.pop("client", UNSET))

        delegation = _parse_delegation(d.pop("delegation", UNSET))

        input_ = _parse_input_(d.pop("input", UNSET))

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        safety_identifier = _parse_safety_identifier(d.pop("safety_identifier", UNSET))

        store = _parse_store(d.pop("store", UNSET))

        triggers = _parse_triggers(d.pop("triggers", UNSET))

        live_session_config = cls(
            model=model,
            audio=audio,
            client=client,
            delegation=delegation,
            input_=input_,
            instructions=instructions,
            safety_identifier=safety_identifier,
            store=store,
            triggers=triggers,
        )

        live_session_config.additional_properties = d
        return live_session_config

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


def _parse_model(data: object) -> LiveSessionConfigModel | str:
    try:
        if not isinstance(data, str):
            raise TypeError()
        model_type_1 = LiveSessionConfigModel(data)

        return model_type_1
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSessionConfigModel | str, data)


def _parse_audio(data: object) -> LiveSessionConfigAudio | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        audio_type_0 = LiveSessionConfigAudio.from_dict(data)

        return audio_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveSessionConfigAudio | None | Unset, data)


def _parse_client(data: object) -> LiveClientConfig | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        client_type_0 = LiveClientConfig.from_dict(data)

        return client_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(LiveClientConfig | None | Unset, data)


def _parse_delegation(
    data: object,
) -> LiveClientDelegation | LiveSessionConfigDelegationDecisions | LiveSessionConfigDelegationResponses | None | Unset:
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
            delegation_type_1 = LiveSessionConfigDelegationResponses.from_dict(data)

            return delegation_type_1
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    if isinstance(data, dict) and data.get("type") == "decisions":
        try:
            delegation_type_2 = LiveSessionConfigDelegationDecisions.from_dict(data)

            return delegation_type_2
        except (TypeError, ValueError, AttributeError, KeyError):
            pass
    return cast(
        LiveClientDelegation
        | LiveSessionConfigDelegationDecisions
        | LiveSessionConfigDelegationResponses
        | None
        | Unset,
        data,
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


def _parse_triggers(data: object) -> list[LiveDecisionTrigger] | None | Unset:
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
            triggers_type_0_item = LiveDecisionTrigger.from_dict(triggers_type_0_item_data)

            triggers_type_0.append(triggers_type_0_item)

        return triggers_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(list[LiveDecisionTrigger] | None | Unset, data)
