"""Waiting for a condition, never for a length of time.

A test that sleeps a fixed time and hopes something happened is slow when the machine is
idle and flaky when it is busy. :func:`until` polls a condition with a deadline instead;
:func:`async_until` is the same inside an event loop.

Example:
    >>> until(lambda: True, "nothing")
"""

from __future__ import annotations

import asyncio
import inspect
import time
from collections.abc import Callable

import pytest


def until(check: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """Return once ``check()`` is true; fail the test naming ``what`` after ``timeout`` s."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        time.sleep(0.005)  # a poll interval, not a wait for timing


async def async_until(check: Callable[[], object], what: str, timeout: float = 10.0) -> None:
    """:func:`until` without blocking the event loop; ``check`` may be a coroutine function."""
    deadline = time.monotonic() + timeout

    async def holds() -> object:
        result = check()
        return await result if inspect.isawaitable(result) else result

    while not await holds():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(0.005)
