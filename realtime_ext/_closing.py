"""Closed on leaving ``with``: the context-manager protocol of everything that has a ``close``.

The clients, the conversations (connections and calls) and the translation connections enter as
themselves and close on exit, so the protocol is written once here, for asyncio
(:class:`AsyncClosing`) and for blocking code (:class:`Closing`), and each class says only how
it closes. A class whose exit after an error differs (a translation connection aborts instead of
waiting on the server's flush) overrides ``_close_after_error``.
"""

from __future__ import annotations

from types import TracebackType
from typing import Self, TypeAlias

ExcInfo: TypeAlias = tuple[type[BaseException] | None, BaseException | None, TracebackType | None]
"""What ``__exit__``/``__aexit__`` are given: the exception's type, value and traceback."""


class AsyncClosing:
    """``async with`` it: entered as itself, ``await close()`` on exit.

    Example::

        async with AsyncRealtimeClient() as client:
            ...  # client.close() is awaited here
    """

    async def close(self) -> object:
        """Close it (each class says how)."""
        raise NotImplementedError

    async def _close_after_error(self) -> None:
        # The same close as after a clean exit, unless the class says otherwise.
        await self.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: *ExcInfo) -> None:
        if exc_info[0] is None:
            await self.close()
        else:
            await self._close_after_error()


class Closing:
    """``with`` it: entered as itself, ``close()`` on exit.

    Example::

        with RealtimeClient() as client:
            ...  # client.close() is called here
    """

    def close(self) -> object:
        """Close it (each class says how)."""
        raise NotImplementedError

    def _close_after_error(self) -> None:
        # The same close as after a clean exit, unless the class says otherwise.
        self.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: *ExcInfo) -> None:
        if exc_info[0] is None:
            self.close()
        else:
            self._close_after_error()
