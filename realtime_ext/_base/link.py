"""The conversation's side of :class:`~.extensions.Link` and :class:`~.extensions.Reply`
(the interface an extension is given when it is added, :meth:`Extension.added`)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager
from typing import Any

from .core import Core
from .extensions import ToolEnded
from .tool_handler import Answering


class CoreReply:
    """:class:`~.extensions.Reply`, kept in the conversation's books."""

    __slots__ = ("_batch", "_core", "_lock")

    def __init__(
        self, core: Core[Any], batch: Answering, lock: AbstractContextManager[Any]
    ) -> None:
        self._core = core
        self._batch = batch
        self._lock = lock

    @property
    def current(self) -> bool:
        """See :attr:`~.extensions.Reply.current`."""
        return self._core.generation == self._batch.generation

    def done(self) -> bool:
        """See :meth:`~.extensions.Reply.done`."""
        core = self._core
        with self._lock:
            if self._batch in core.answering:
                core.answering.remove(self._batch)
                if self.current:
                    core.owed.asked = max(0, core.owed.asked - 1)
            return self.current and not core.closing


class CoreLink:
    """:class:`~.extensions.Link` over a conversation's core."""

    __slots__ = ("_conversation", "_core", "_lock")

    def __init__(
        self, conversation: object, core: Core[Any], lock: AbstractContextManager[Any]
    ) -> None:
        self._conversation = conversation
        self._core = core
        self._lock = lock  # the blocking driver's step lock: replies end on tool threads

    @property
    def conversation(self) -> object:
        """See :attr:`~.extensions.Link.conversation`."""
        return self._conversation

    @property
    def closing(self) -> bool:
        """See :attr:`~.extensions.Link.closing`."""
        return self._core.closing

    def will_answer(self, calls: Sequence[Mapping[str, Any]]) -> CoreReply:
        """See :meth:`~.extensions.Link.will_answer`."""
        core = self._core
        with self._lock:
            core.owed.asked += 1  # the follow-up the answers will ask for
            batch = Answering([dict(call) for call in calls], core.generation)
            core.answering.append(batch)
        return CoreReply(core, batch, self._lock)

    def tool_started(self, call: dict[str, Any]) -> list[ToolEnded]:
        """See :meth:`~.extensions.Link.tool_started`."""
        return [end for started in self._core.extensions.tool_started if (end := started(call))]

    def deliver(self, event: object) -> None:
        """See :meth:`~.extensions.Link.deliver`."""
        with self._lock:
            self._core.deliver(event)
