# generated from realtime_ext/connection/_translation_async.py by scripts/gen_sync.py; do not edit
"""Open a translation connection (asyncio): the socket a plan describes, its
``session.update`` sent first.

The blocking twin (``_translation_sync``) is generated from this one by
``scripts/gen_sync.py``: edit this one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from realtime_ext._instrument import attach_instrumentation
from realtime_ext.connection._sync import open_session
from realtime_ext.conversation import TranslationConnection

if TYPE_CHECKING:
    from ._translation_plan import TranslationPlan

__all__ = ["open_translation"]


def open_translation(plan: TranslationPlan) -> TranslationConnection:
    """Open the socket ``plan`` describes (a reconnect reopens it the same way), attach the
    client's telemetry and send the plan's ``session.update``; a failed send closes the
    socket again."""
    conn = open_session(TranslationConnection, plan.prepared, plan.policy)
    attach_instrumentation(
        conn, plan.telemetry, kind="translation", now=plan.policy.clock.now, url=plan.prepared.url
    )
    if plan.update is not None:
        try:
            conn.send(plan.update)
        except BaseException:
            conn.abort()
            raise
    return conn
