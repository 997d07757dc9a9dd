from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Literal, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_response_computer_tool_call_status import LiveResponseComputerToolCallStatus
from ..models.live_response_computer_tool_call_type import LiveResponseComputerToolCallType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_action_click import LiveActionClick
    from ..models.live_action_double_click import LiveActionDoubleClick
    from ..models.live_action_drag import LiveActionDrag
    from ..models.live_action_keypress import LiveActionKeypress
    from ..models.live_action_move import LiveActionMove
    from ..models.live_action_screenshot import LiveActionScreenshot
    from ..models.live_action_scroll import LiveActionScroll
    from ..models.live_action_type import LiveActionType
    from ..models.live_action_wait import LiveActionWait
    from ..models.live_click import LiveClick
    from ..models.live_double_click import LiveDoubleClick
    from ..models.live_drag import LiveDrag
    from ..models.live_keypress import LiveKeypress
    from ..models.live_move import LiveMove
    from ..models.live_pending_safety_check import LivePendingSafetyCheck
    from ..models.live_screenshot import LiveScreenshot
    from ..models.live_scroll import LiveScroll
    from ..models.live_type import LiveType
    from ..models.live_wait import LiveWait
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant


_lazy_imported = False


def _import_lazy() -> None:
    """Binds the models this module imports lazily (they may import it back), once."""
    global _lazy_imported
    from ..models.live_action_click import LiveActionClick  # noqa: PLC0415
    from ..models.live_action_double_click import LiveActionDoubleClick  # noqa: PLC0415
    from ..models.live_action_drag import LiveActionDrag  # noqa: PLC0415
    from ..models.live_action_keypress import LiveActionKeypress  # noqa: PLC0415
    from ..models.live_action_move import LiveActionMove  # noqa: PLC0415
    from ..models.live_action_screenshot import LiveActionScreenshot  # noqa: PLC0415
    from ..models.live_action_scroll import LiveActionScroll  # noqa: PLC0415
    from ..models.live_action_type import LiveActionType  # noqa: PLC0415
    from ..models.live_action_wait import LiveActionWait  # noqa: PLC0415
    from ..models.live_click import LiveClick  # noqa: PLC0415
    from ..models.live_double_click import LiveDoubleClick  # noqa: PLC0415
    from ..models.live_drag import LiveDrag  # noqa: PLC0415
    from ..models.live_keypress import LiveKeypress  # noqa: PLC0415
    from ..models.live_move import LiveMove  # noqa: PLC0415
    from ..models.live_pending_safety_check import LivePendingSafetyCheck  # noqa: PLC0415
    from ..models.live_screenshot import LiveScreenshot  # noqa: PLC0415
    from ..models.live_scroll import LiveScroll  # noqa: PLC0415
    from ..models.live_type import LiveType  # noqa: PLC0415
    from ..models.live_wait import LiveWait  # noqa: PLC0415
    from ..models.realtime_unknown_variant import RealtimeUnknownVariant  # noqa: PLC0415

    globals().update(
        {
            "LiveActionClick": LiveActionClick,
            "LiveActionDoubleClick": LiveActionDoubleClick,
            "LiveActionDrag": LiveActionDrag,
            "LiveActionKeypress": LiveActionKeypress,
            "LiveActionMove": LiveActionMove,
            "LiveActionScreenshot": LiveActionScreenshot,
            "LiveActionScroll": LiveActionScroll,
            "LiveActionType": LiveActionType,
            "LiveActionWait": LiveActionWait,
            "LiveClick": LiveClick,
            "LiveDoubleClick": LiveDoubleClick,
            "LiveDrag": LiveDrag,
            "LiveKeypress": LiveKeypress,
            "LiveMove": LiveMove,
            "LivePendingSafetyCheck": LivePendingSafetyCheck,
            "LiveScreenshot": LiveScreenshot,
            "LiveScroll": LiveScroll,
            "LiveType": LiveType,
            "LiveWait": LiveWait,
            "RealtimeUnknownVariant": RealtimeUnknownVariant,
        }
    )
    _lazy_imported = True


T = TypeVar("T", bound="LiveResponseComputerToolCall")


@_attrs_define
class LiveResponseComputerToolCall:
    """A tool call to a computer use tool.

    See the
    [computer use guide](https://developers.openai.com/api/docs/guides/tools-computer-use) for more information.

        Attributes:
            id (str):
            call_id (str):
            pending_safety_checks (list[LivePendingSafetyCheck]):
            status (LiveResponseComputerToolCallStatus):
            type_ (LiveResponseComputerToolCallType):
            action (LiveActionClick | LiveActionDoubleClick | LiveActionDrag | LiveActionKeypress | LiveActionMove |
                LiveActionScreenshot | LiveActionScroll | LiveActionType | LiveActionWait | None | RealtimeUnknownVariant |
                Unset):
            actions (list[LiveClick | LiveDoubleClick | LiveDrag | LiveKeypress | LiveMove | LiveScreenshot | LiveScroll |
                LiveType | LiveWait | RealtimeUnknownVariant] | None | Unset):
    """

    id: str
    call_id: str
    pending_safety_checks: list[LivePendingSafetyCheck]
    status: LiveResponseComputerToolCallStatus
    type_: LiveResponseComputerToolCallType | Literal["computer_call"]
    action: (
        LiveActionClick
        | LiveActionDoubleClick
        | LiveActionDrag
        | LiveActionKeypress
        | LiveActionMove
        | LiveActionScreenshot
        | LiveActionScroll
        | LiveActionType
        | LiveActionWait
        | None
        | RealtimeUnknownVariant
        | Unset
    ) = UNSET
    actions: (
        list[
            LiveClick
            | LiveDoubleClick
            | LiveDrag
            | LiveKeypress
            | LiveMove
            | LiveScreenshot
            | LiveScroll
            | LiveType
            | LiveWait
            | RealtimeUnknownVariant
        ]
        | None
        | Unset
    ) = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        # The module's lazy imports bound once (as from_dict does): an import statement
        # here ran the import system's lookups on every call, for each model named.
        if not _lazy_imported:
            _import_lazy()
        id = self.id

        call_id = self.call_id

        pending_safety_checks = []
        for pending_safety_checks_item_data in self.pending_safety_checks:
            pending_safety_checks_item = pending_safety_checks_item_data.to_dict()
            pending_safety_checks.append(pending_safety_checks_item)

        status = str(self.status)

        type_ = str(self.type_)

        action: dict[str, Any] | None | Unset
        if isinstance(self.action, Unset):
            action = UNSET
        elif isinstance(self.action, LiveActionClick):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionDoubleClick):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionDrag):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionKeypress):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionMove):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionScreenshot):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionScroll):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionType):
            action = self.action.to_dict()
        elif isinstance(self.action, LiveActionWait):
            action = self.action.to_dict()
        elif isinstance(self.action, RealtimeUnknownVariant):
            action = self.action.to_dict()
        else:
            action = self.action

        actions: list[dict[str, Any]] | None | Unset
        if isinstance(self.actions, Unset):
            actions = UNSET
        elif isinstance(self.actions, list):
            actions = []
            for actions_type_0_item_data in self.actions:
                actions_type_0_item: dict[str, Any]
                if isinstance(actions_type_0_item_data, LiveClick):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveDoubleClick):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveDrag):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveKeypress):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveMove):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveScreenshot):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveScroll):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveType):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                elif isinstance(actions_type_0_item_data, LiveWait):
                    actions_type_0_item = actions_type_0_item_data.to_dict()
                else:
                    actions_type_0_item = actions_type_0_item_data.to_dict()

                actions.append(actions_type_0_item)

        else:
            actions = self.actions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "call_id": call_id,
                "pending_safety_checks": pending_safety_checks,
                "status": status,
                "type": type_,
            }
        )
        if action is not UNSET:
            field_dict["action"] = action
        if actions is not UNSET:
            field_dict["actions"] = actions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not _lazy_imported:
            _import_lazy()
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("call_id")

        pending_safety_checks = []
        _pending_safety_checks = d.pop("pending_safety_checks")
        for pending_safety_checks_item_data in _pending_safety_checks:
            pending_safety_checks_item = LivePendingSafetyCheck.from_dict(pending_safety_checks_item_data)

            pending_safety_checks.append(pending_safety_checks_item)

        status = LiveResponseComputerToolCallStatus(d.pop("status"))

        type_ = LiveResponseComputerToolCallType(d.pop("type"))

        action = _parse_action(d.pop("action", UNSET))

        actions = _parse_actions(d.pop("actions", UNSET))

        live_response_computer_tool_call = cls(
            id=id,
            call_id=call_id,
            pending_safety_checks=pending_safety_checks,
            status=status,
            type_=type_,
            action=action,
            actions=actions,
        )

        live_response_computer_tool_call.additional_properties = d
        return live_response_computer_tool_call

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

    type: ClassVar[Literal["computer_call"]] = "computer_call"
    """The event/object ``type``, typed as its one literal so unions narrow on ``.type == "..."``."""


def _parse_action(
    data: object,
) -> (
    LiveActionClick
    | LiveActionDoubleClick
    | LiveActionDrag
    | LiveActionKeypress
    | LiveActionMove
    | LiveActionScreenshot
    | LiveActionScroll
    | LiveActionType
    | LiveActionWait
    | None
    | RealtimeUnknownVariant
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    if isinstance(data, dict) and data.get("type") == "click":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_0 = LiveActionClick.from_dict(data)

        return action_type_0
    if isinstance(data, dict) and data.get("type") == "double_click":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_1 = LiveActionDoubleClick.from_dict(data)

        return action_type_1
    if isinstance(data, dict) and data.get("type") == "drag":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_2 = LiveActionDrag.from_dict(data)

        return action_type_2
    if isinstance(data, dict) and data.get("type") == "keypress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_3 = LiveActionKeypress.from_dict(data)

        return action_type_3
    if isinstance(data, dict) and data.get("type") == "move":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_4 = LiveActionMove.from_dict(data)

        return action_type_4
    if isinstance(data, dict) and data.get("type") == "screenshot":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_5 = LiveActionScreenshot.from_dict(data)

        return action_type_5
    if isinstance(data, dict) and data.get("type") == "scroll":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_6 = LiveActionScroll.from_dict(data)

        return action_type_6
    if isinstance(data, dict) and data.get("type") == "type":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_7 = LiveActionType.from_dict(data)

        return action_type_7
    if isinstance(data, dict) and data.get("type") == "wait":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        action_type_8 = LiveActionWait.from_dict(data)

        return action_type_8
    try:
        if not isinstance(data, dict):
            raise TypeError()
        action_type_10 = RealtimeUnknownVariant.from_dict(data)

        return action_type_10
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        LiveActionClick
        | LiveActionDoubleClick
        | LiveActionDrag
        | LiveActionKeypress
        | LiveActionMove
        | LiveActionScreenshot
        | LiveActionScroll
        | LiveActionType
        | LiveActionWait
        | None
        | RealtimeUnknownVariant
        | Unset,
        data,
    )


def _parse_actions(
    data: object,
) -> (
    list[
        LiveClick
        | LiveDoubleClick
        | LiveDrag
        | LiveKeypress
        | LiveMove
        | LiveScreenshot
        | LiveScroll
        | LiveType
        | LiveWait
        | RealtimeUnknownVariant
    ]
    | None
    | Unset
):
    if data is None:
        return data
    if isinstance(data, Unset):
        return data
    try:
        if not isinstance(data, list):
            raise TypeError()
        actions_type_0 = []
        _actions_type_0 = data
        for actions_type_0_item_data in _actions_type_0:
            actions_type_0_item = _parse_actions_type_0_item(actions_type_0_item_data)

            actions_type_0.append(actions_type_0_item)

        return actions_type_0
    except (TypeError, ValueError, AttributeError, KeyError):
        pass
    return cast(
        list[
            LiveClick
            | LiveDoubleClick
            | LiveDrag
            | LiveKeypress
            | LiveMove
            | LiveScreenshot
            | LiveScroll
            | LiveType
            | LiveWait
            | RealtimeUnknownVariant
        ]
        | None
        | Unset,
        data,
    )


def _parse_actions_type_0_item(
    data: object,
) -> (
    LiveClick
    | LiveDoubleClick
    | LiveDrag
    | LiveKeypress
    | LiveMove
    | LiveScreenshot
    | LiveScroll
    | LiveType
    | LiveWait
    | RealtimeUnknownVariant
):
    if isinstance(data, dict) and data.get("type") == "click":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_0 = LiveClick.from_dict(data)

        return actions_type_0_item_type_0
    if isinstance(data, dict) and data.get("type") == "double_click":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_1 = LiveDoubleClick.from_dict(data)

        return actions_type_0_item_type_1
    if isinstance(data, dict) and data.get("type") == "drag":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_2 = LiveDrag.from_dict(data)

        return actions_type_0_item_type_2
    if isinstance(data, dict) and data.get("type") == "keypress":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_3 = LiveKeypress.from_dict(data)

        return actions_type_0_item_type_3
    if isinstance(data, dict) and data.get("type") == "move":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_4 = LiveMove.from_dict(data)

        return actions_type_0_item_type_4
    if isinstance(data, dict) and data.get("type") == "screenshot":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_5 = LiveScreenshot.from_dict(data)

        return actions_type_0_item_type_5
    if isinstance(data, dict) and data.get("type") == "scroll":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_6 = LiveScroll.from_dict(data)

        return actions_type_0_item_type_6
    if isinstance(data, dict) and data.get("type") == "type":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_7 = LiveType.from_dict(data)

        return actions_type_0_item_type_7
    if isinstance(data, dict) and data.get("type") == "wait":
        # This member's own `type`: what it cannot decode is an error, not an unknown member.
        actions_type_0_item_type_8 = LiveWait.from_dict(data)

        return actions_type_0_item_type_8
    if not isinstance(data, dict):
        raise TypeError()
    actions_type_0_item_type_9 = RealtimeUnknownVariant.from_dict(data)

    return actions_type_0_item_type_9
