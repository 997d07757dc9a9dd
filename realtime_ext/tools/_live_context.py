"""What a tool answering a GPT-Live client delegation may ask for: its delegation's context.

A client delegation carries no task text, only an id, and its result is appended as
``session.commentary.append`` naming that id. A tool that takes a while may say how it is
getting on meanwhile (``session.thinking.append``: silent progress, or commentary the model
may speak), appended to its own delegation. It asks for the context by a parameter typed
:class:`DelegationContext` (a blocking connection's) or :class:`AsyncDelegationContext` (an
asyncio connection's, for ``async def`` tools); that parameter is not part of the tool's
JSON schema (the model never fills it), and the tool loop gives it. Each is a
:class:`~._context.ToolContext`, which the tools' code reads the same way for any kind.
"""

from __future__ import annotations

from typing import ClassVar

import attrs

from realtime_ext.conversation import AsyncLiveConnection, LiveConnection

from ._context import ToolContext

__all__ = ["AsyncDelegationContext", "DelegationContext"]

_GIVEN_BY = "the tool loop of {} GPT-Live connection, to the tool answering a client delegation"


@attrs.frozen
class DelegationContext(ToolContext):
    """The client delegation a tool answers on a blocking GPT-Live connection: its
    ``delegation_id``, the ``connection``, and progress appended to that delegation.

    Ask for it by a parameter of this type (any name); the model does not see it.

    Example::

        @registry.register
        def check_status(request: str, delegation: DelegationContext) -> str:
            '''Answer a question about the deployments.'''
            delegation.thinking("Looking at staging's health checks.")  # silent progress
            return "Staging is healthy."
    """

    given_by: ClassVar[str] = _GIVEN_BY.format("a blocking")

    delegation_id: str
    """The id of ``session.delegation.created`` this call answers."""
    connection: LiveConnection
    """The connection the delegation arrived on (its result is appended there)."""

    def commentary(self, text: str) -> None:
        """Speakable progress for this delegation (``session.commentary.append``).

        Example::

            delegation.commentary("Still checking, one moment.")
        """
        self.connection.commentary(text, delegation_id=self.delegation_id)

    def thinking(self, text: str) -> None:
        """Silent progress for this delegation (``session.thinking.append``).

        Example::

            delegation.thinking("Two of three checks passed.")
        """
        self.connection.thinking(text, delegation_id=self.delegation_id)


@attrs.frozen
class AsyncDelegationContext(ToolContext):
    """:class:`DelegationContext` on an asyncio GPT-Live connection (``async def`` tools:
    its sends are awaited).

    Example::

        @registry.register
        async def check_status(request: str, delegation: AsyncDelegationContext) -> str:
            '''Answer a question about the deployments.'''
            await delegation.thinking("Looking at staging's health checks.")
            return "Staging is healthy."
    """

    given_by: ClassVar[str] = _GIVEN_BY.format("an asyncio")

    delegation_id: str
    """The id of ``session.delegation.created`` this call answers."""
    connection: AsyncLiveConnection
    """The connection the delegation arrived on (its result is appended there)."""

    async def commentary(self, text: str) -> None:
        """Speakable progress for this delegation (``session.commentary.append``).

        Example::

            await delegation.commentary("Still checking, one moment.")
        """
        await self.connection.commentary(text, delegation_id=self.delegation_id)

    async def thinking(self, text: str) -> None:
        """Silent progress for this delegation (``session.thinking.append``).

        Example::

            await delegation.thinking("Two of three checks passed.")
        """
        await self.connection.thinking(text, delegation_id=self.delegation_id)
