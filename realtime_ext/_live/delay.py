"""``acknowledgement_delay_ms=``, a keyword of GPT-Live's entry points (``client.live.connect``,
``client.live.create``, ``client.live.forks.connect``, ``connect_live``): openai's types hold
the delay in the delegation (every kind of delegation has it), so the keyword is put there."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from realtime_ext._exceptions import InvalidArgumentError

__all__ = ["delegation_with_delay"]

FIELD = "acknowledgement_delay_ms"

D = TypeVar("D")


def delegation_with_delay(
    delegation: D | None, delay_ms: int | None, *, kind: str = "client"
) -> D | dict[str, Any] | None:
    """``delegation`` with ``acknowledgement_delay_ms`` set to ``delay_ms`` (``None``: as
    given). No delegation: one of type ``kind`` (``client``, the application's, what an
    omitted one means; a fork's is ``responses``, the only kind a fork may override). The
    delay given twice, differently, is refused before anything is sent.

    Example:
        >>> delegation_with_delay(None, 400)
        {'type': 'client', 'acknowledgement_delay_ms': 400}
    """
    if delay_ms is None:
        return delegation
    if isinstance(delay_ms, bool) or not isinstance(delay_ms, int) or delay_ms < 0:
        raise InvalidArgumentError(
            f"{FIELD} must be a whole number of milliseconds >= 0, got {delay_ms!r}"
        )
    if delegation is None:
        return {"type": kind, FIELD: delay_ms}
    to_dict = getattr(delegation, "to_dict", None)  # a generated model
    found: object = to_dict() if callable(to_dict) else delegation
    if not isinstance(found, Mapping):
        return delegation  # the session's check names what is wrong with it
    fields = dict(cast("Mapping[str, Any]", found))
    given = fields.get(FIELD)
    if given is not None and given != delay_ms:
        raise InvalidArgumentError(
            f"{FIELD} given twice: {delay_ms!r} as a keyword, {given!r} in delegation"
        )
    return {**fields, FIELD: delay_ms}
