"""Typed entry points: typed connect options (a typo is a type error and a short
InvalidArgumentError, never a websockets traceback). The ``run_until`` overloads are
generated (realtime_generated/run_until.py): tests/regen/test_emitted_tables.py checks them."""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterator
from types import TracebackType

import pytest
from _batch import Checked, shown

from realtime_ext import AsyncRealtimeClient, RealtimeClient
from realtime_ext._translation.rest_async import AsyncTranslations
from realtime_ext._translation.rest_sync import Translations
from realtime_ext.connection import aconnect, aconnect_translation, connect, connect_translation

CLIENT_ONLY = {"extra_headers"}
# What the client supplies from its own settings (_ClientBase._socket_settings: its route,
# which stands for api_key, base_url and websocket_base_url, headers and telemetry).
CONNECT_ONLY = {"api_key", "base_url", "headers", "websocket_base_url", "telemetry", "route"}


@pytest.mark.parametrize(
    ("method", "function"),
    [
        (RealtimeClient.connect, connect),
        (AsyncRealtimeClient.connect, aconnect),
        (Translations.connect, connect_translation),
        (AsyncTranslations.connect, aconnect_translation),
    ],
)
def test_client_connect_mirrors_connect(method: object, function: object) -> None:
    # Both take the same options (**options: Unpack[...] of one TypedDict, defaults in one
    # table, tests/typing/test_connect_options.py) and the same explicit arguments but
    # what the client supplies.
    mine = inspect.signature(method).parameters  # type: ignore[arg-type]
    theirs = inspect.signature(function).parameters  # type: ignore[arg-type]
    assert str(mine["options"].annotation) == str(theirs["options"].annotation)
    assert mine["options"].kind is theirs["options"].kind is inspect.Parameter.VAR_KEYWORD
    assert set(mine) - {"self"} - CLIENT_ONLY == set(theirs) - CONNECT_ONLY
    for name in set(theirs) - CONNECT_ONLY:
        assert mine[name].default == theirs[name].default, name


def test_webrtc_connect_takes_explicit_keywords() -> None:
    from realtime_ext.webrtc._async import AsyncWebRTC

    params = inspect.signature(AsyncWebRTC.connect).parameters.values()
    assert all(p.kind is not p.VAR_KEYWORD for p in params)


def test_a_typo_is_a_short_error_at_the_call() -> None:
    # Since issue 57 item 5 the SDK's InvalidArgumentError (was Python's TypeError), naming
    # the option and the one meant; raised by the options' check, before any socket.
    from realtime_ext import InvalidArgumentError

    with RealtimeClient(api_key="sk-test") as client, pytest.raises(InvalidArgumentError) as info:
        client.connect(model="gpt-realtime", max_retry=3)  # type: ignore[call-arg]
    assert str(info.value) == "unknown option 'max_retry'; did you mean 'max_retries'?"
    assert info.value.__traceback__ is not None
    assert len(list(_frames(info.value.__traceback__))) <= 5  # the call, then the check


def test_a_translation_typo_is_a_short_error() -> None:
    from realtime_ext import InvalidArgumentError

    with RealtimeClient(api_key="sk-test") as client, pytest.raises(InvalidArgumentError) as info:
        client.translations.connect(max_retry=3)  # type: ignore[call-arg]
    assert "'max_retry'; did you mean 'max_retries'" in str(info.value)
    assert len(list(_frames(info.value.__traceback__))) <= 5


async def test_an_async_translation_typo_is_an_error() -> None:
    from realtime_ext import InvalidArgumentError

    async with AsyncRealtimeClient(api_key="sk-test") as client:
        with pytest.raises(InvalidArgumentError, match="max_retry"):
            client.translations.connect(max_retry=3)  # type: ignore[call-arg]


def test_translation_connect_shares_the_websocket_option_checks() -> None:
    from realtime_ext import InvalidArgumentError

    with RealtimeClient(api_key="sk-test") as client:
        with pytest.raises(InvalidArgumentError, match="compression"):
            client.translations.connect(compression="gzip")  # type: ignore[arg-type]
        with pytest.raises(InvalidArgumentError, match="ping_interval"):
            client.translations.connect(ping_interval=-1)


def _frames(tb: TracebackType | None) -> Iterator[TracebackType]:
    while tb is not None:
        yield tb
        tb = tb.tb_next


def test_mypy_strict(batch: Checked) -> None:
    assert batch.mypy_errors("check_entry_points.py") == ""


def test_pyright_strict(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_entry_points.py")) == []


def test_both_checkers_reject_typos_and_wrong_fields(batch: Checked) -> None:
    output = batch.mypy_errors("control_entry_points.py")
    assert 'Unexpected keyword argument "max_retry"' in output, output
    assert 'has no attribute "delta"' in output, output
    errors = batch.pyright_errors("control_entry_points.py")
    lines = sorted({int(e["range"]["start"]["line"]) for e in errors})
    assert lines == [6, 8], errors


def test_every_exception_is_exported() -> None:
    """Each exception (and warning) the library raises is importable from ``realtime_ext``;
    those of the test kit (``realtime_ext.testing``), the CLI and the ASGI endpoints (whose
    ``TokenRefused`` the app raises for the endpoint to answer) stay in their packages."""
    import pkgutil

    import realtime_ext

    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(realtime_ext.__path__, "realtime_ext."):
        if info.name.startswith(
            (
                "realtime_ext.testing",
                "realtime_ext.cli",
                "realtime_ext.examples",
                "realtime_ext.asgi",
            )
        ):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                # Exported exceptions name the package itself as their module.
                and (
                    value.__module__ == "realtime_ext"
                    or value.__module__.startswith("realtime_ext.")
                )
                and not name.startswith("_")
            ):
                found[value.__name__] = value
    assert "MissingAPIKeyError" in found and len(found) > 30
    missing = sorted(n for n in found if getattr(realtime_ext, n, None) is not found[n])
    assert missing == []
    assert set(found) <= set(realtime_ext.__all__)
