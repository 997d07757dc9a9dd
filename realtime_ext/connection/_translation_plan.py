"""What the translation entry points check before a socket opens (:class:`TranslationPlan`),
made by :func:`translation_plan` from their arguments."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from realtime_ext._instrument import Instrumentation, checked_instrumentation
from realtime_ext.conversation import TRANSLATION

from ._keywords import ConnectOptions, checked_options, socket_plan

if TYPE_CHECKING:
    from realtime_ext.conversation import ReconnectPolicy

    from ._options import Prepared

__all__ = ["TranslationPlan", "translation_plan"]


@dataclass(frozen=True, slots=True)
class TranslationPlan:
    """What the entry points check before a translation socket opens: the socket, the
    reconnect policy, the ``session.update`` to send on open and the telemetry."""

    prepared: Prepared
    policy: ReconnectPolicy
    update: dict[str, Any] | None
    telemetry: Instrumentation | None


def translation_plan(
    *,
    session: Mapping[str, Any] | None,
    telemetry: object,
    options: Mapping[str, Any],
    **socket: Any,
) -> TranslationPlan:
    """The arguments of :func:`connect_translation`/:func:`aconnect_translation` (their
    ``locals()``), checked before any socket opens: the ``session`` here, the rest by the
    conversation's ``connect`` checks."""
    given = checked_options(options, ConnectOptions)
    measured = checked_instrumentation(telemetry)
    # The session.update sent on open, checked now (before any socket opens).
    update = None if session is None else TRANSLATION.update_event(session)
    # A translation connection keeps its configuration over a reconnect, nothing else, and
    # never rolls over (carry and max_session_duration are no options of it).
    prepared, policy = socket_plan(
        call_id=None,
        endpoint=TRANSLATION.path,
        carry="session",
        max_session_duration=None,
        **socket,
        **given,
    )
    return TranslationPlan(prepared, policy, update, measured)
