"""What an asyncio entry point returns before anything opens: ``await`` it, or ``async
with`` it.

``aconnect(...)``, ``aconnect_translation(...)``, ``AsyncWebRTC(client).connect(...)`` and
``AsyncWebRTC(client).connect_translation(...)`` check their arguments at once and open on
``await`` (the caller closes what it gets) or ``async with`` (what opened leaves as its own
``async with`` leaves it). Each returns a subclass of :class:`Opening` that says only how
to open (``_open``); the WebSocket ones hold their checked plan in a :class:`PlanOpening`,
which reads as the URL it will open.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any, Generic, Protocol, TypeVar

from ._closing import AsyncClosing, ExcInfo


class _Located(Protocol):
    @property
    def url(self) -> str: ...


class _Planned(Protocol):
    @property
    def prepared(self) -> _Located: ...


OpenedT = TypeVar("OpenedT", bound=AsyncClosing)
PlanT = TypeVar("PlanT", bound=_Planned)


class Opening(Generic[OpenedT]):
    """``await`` it for the opened object, or ``async with`` it (closed on exit)."""

    _opened: OpenedT | None = None

    async def _open(self) -> OpenedT:
        raise NotImplementedError

    def __await__(self) -> Generator[Any, None, OpenedT]:
        return self._open().__await__()

    async def __aenter__(self) -> OpenedT:
        self._opened = await self._open()
        return self._opened

    async def __aexit__(self, *exc_info: *ExcInfo) -> None:
        if self._opened is not None:
            await self._opened.__aexit__(*exc_info)


class PlanOpening(Opening[OpenedT], Generic[PlanT, OpenedT]):
    """An :class:`Opening` of a WebSocket entry point: the plan its arguments were checked
    into (opened by the subclass's ``_open``); its repr is the URL it will open."""

    def __init__(self, plan: PlanT) -> None:
        self._plan = plan

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self._plan.prepared.url}>"
