"""The ``with`` protocol every closable class inherits (realtime_ext/_closing): entered as
itself, closed on exit, with the class's own close after an error, which still propagates."""

from __future__ import annotations

import pytest

from realtime_ext._closing import AsyncClosing, Closing


class Blocking(Closing):
    def __init__(self) -> None:
        self.closed: list[str] = []

    def close(self) -> None:
        self.closed.append("close")


class Aborting(Blocking):
    def _close_after_error(self) -> None:
        self.closed.append("abort")


class Awaiting(AsyncClosing):
    def __init__(self) -> None:
        self.closed: list[str] = []

    async def close(self) -> None:
        self.closed.append("close")


class AsyncAborting(Awaiting):
    async def _close_after_error(self) -> None:
        self.closed.append("abort")


@pytest.mark.parametrize(("cls", "after_error"), [(Blocking, "close"), (Aborting, "abort")])
def test_with_closes_once_and_after_an_error_as_the_class_says(
    cls: type[Blocking], after_error: str
) -> None:
    with cls() as entered:
        assert isinstance(entered, cls)
    assert entered.closed == ["close"]
    with pytest.raises(ValueError, match="app"), cls() as failed:
        raise ValueError("app")
    assert failed.closed == [after_error]


@pytest.mark.parametrize(("cls", "after_error"), [(Awaiting, "close"), (AsyncAborting, "abort")])
async def test_async_with_closes_once_and_after_an_error_as_the_class_says(
    cls: type[Awaiting], after_error: str
) -> None:
    async with cls() as entered:
        assert isinstance(entered, cls)
    assert entered.closed == ["close"]
    with pytest.raises(ValueError, match="app"):
        async with cls() as failed:
            raise ValueError("app")
    assert failed.closed == [after_error]
