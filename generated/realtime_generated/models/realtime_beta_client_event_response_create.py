from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.realtime_beta_client_event_response_create_type import RealtimeBetaClientEventResponseCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.realtime_beta_response_create_params import RealtimeBetaResponseCreateParams


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.realtime_beta_response_create_params import RealtimeBetaResponseCreateParams  # noqa: PLC0415

    globals().update(
        {
            "RealtimeBetaResponseCreateParams": RealtimeBetaResponseCreateParams,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="RealtimeBetaClientEventResponseCreate")


@_attrs_define
class RealtimeBetaClientEventResponseCreate:
    """This event instructs the server to create a Response, which means triggering
    model inference. When in Server VAD mode, the server will create Responses
    automatically.

    A Response will include at least one Item, and may have two, in which case
    the second will be a function call. These Items will be appended to the
    conversation history.

    The server will respond with a `response.created` event, events for Items
    and content created, and finally a `response.done` event to indicate the
    Response is complete.

    The `response.create` event can optionally include inference configuration like
    `instructions`, and `temperature`. These fields will override the Session's
    configuration for this Response only.

    Responses can be created out-of-band of the default Conversation, meaning that they can
    have arbitrary input, and it's possible to disable writing the output to the Conversation.
    Only one Response can write to the default Conversation at a time, but otherwise multiple
    Responses can be created in parallel.

    Clients can set `conversation` to `none` to create a Response that does not write to the default
    Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
    raw Items and references to existing Items.

        Attributes:
            type_ (RealtimeBetaClientEventResponseCreateType): The event type, must be `response.create`.
            event_id (None | str | Unset): Optional client-generated ID used to identify this event.
            response (None | RealtimeBetaResponseCreateParams | Unset):
    """

    type_: RealtimeBetaClientEventResponseCreateType | Literal["response.create"]
    event_id: None | str | Unset = UNSET
    response: None | RealtimeBetaResponseCreateParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        type_ = str(self.type_)

        event_id: None | str | Unset
        if isinstance(self.event_id, Unset):
            event_id = UNSET
        else:
            event_id = self.event_id

        response: dict[str, Any] | None | Unset
        if isinstance(self.response, Unset):
            response = UNSET
        elif isinstance(self.response, RealtimeBetaResponseCreateParams):
            response = self.response.to_dict()
        else:
            response = self.response

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if response is not UNSET:
            field_dict["response"] = response

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        type_ = RealtimeBetaClientEventResponseCreateType(d.pop("type"))

        event_id = _parse_event_id(d.pop("event_id", UNSET))

        response = _parse_response(d.pop("response", UNSET))

        realtime_beta_client_event_response_create = cls(
            type_=type_,
            event_id=event_id,
            response=response,
        )

        realtime_beta_client_event_response_create.additional_properties = d
        return realtime_beta_client_event_response_create

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

    type: ClassVar[Literal["response.create"]] = "response.create"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_event_id(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_response(data: object) -> None | RealtimeBetaResponseCreateParams | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, dict):
            raise TypeError()
        response_type_0 = RealtimeBetaResponseCreateParams.from_dict(data)

        return response_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(None | RealtimeBetaResponseCreateParams | Unset, data)
