from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_local_shell_call_action_type import LiveLocalShellCallActionType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_local_shell_call_action_env import LiveLocalShellCallActionEnv


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_local_shell_call_action_env import LiveLocalShellCallActionEnv  # noqa: PLC0415

    globals().update(
        {
            "LiveLocalShellCallActionEnv": LiveLocalShellCallActionEnv,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveLocalShellCallAction")


@_attrs_define
class LiveLocalShellCallAction:
    """Execute a shell command on the server.

    Attributes:
        command (list[str]):
        env (LiveLocalShellCallActionEnv):
        type_ (LiveLocalShellCallActionType):
        timeout_ms (int | None | Unset):
        user (None | str | Unset):
        working_directory (None | str | Unset):
    """

    command: list[str]
    env: LiveLocalShellCallActionEnv
    type_: LiveLocalShellCallActionType | Literal["exec"]
    timeout_ms: int | None | Unset = UNSET
    user: None | str | Unset = UNSET
    working_directory: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        command = self.command

        env = self.env.to_dict()

        type_ = str(self.type_)

        timeout_ms: int | None | Unset
        if isinstance(self.timeout_ms, Unset):
            timeout_ms = UNSET
        else:
            timeout_ms = self.timeout_ms

        user: None | str | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        else:
            user = self.user

        working_directory: None | str | Unset
        if isinstance(self.working_directory, Unset):
            working_directory = UNSET
        else:
            working_directory = self.working_directory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
                "env": env,
                "type": type_,
            }
        )
        if timeout_ms is not UNSET:
            field_dict["timeout_ms"] = timeout_ms
        if user is not UNSET:
            field_dict["user"] = user
        if working_directory is not UNSET:
            field_dict["working_directory"] = working_directory

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        command = cast(list[str], d.pop("command"))

        env = LiveLocalShellCallActionEnv.from_dict(d.pop("env"))

        type_ = LiveLocalShellCallActionType(d.pop("type"))

        timeout_ms = _parse_timeout_ms(d.pop("timeout_ms", UNSET))

        user = _parse_user(d.pop("user", UNSET))

        working_directory = _parse_working_directory(d.pop("working_directory", UNSET))

        live_local_shell_call_action = cls(
            command=command,
            env=env,
            type_=type_,
            timeout_ms=timeout_ms,
            user=user,
            working_directory=working_directory,
        )

        live_local_shell_call_action.additional_properties = d
        return live_local_shell_call_action

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

    type: ClassVar[Literal["exec"]] = "exec"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_timeout_ms(data: object) -> int | None | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(int | None | Unset, data)


def _parse_user(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)


def _parse_working_directory(data: object) -> None | str | Unset:
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    return cast(None | str | Unset, data)
