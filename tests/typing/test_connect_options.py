"""Connect options stated once (issue 57 item 5): the entry points take their options as
``**options: Unpack[ConnectOptions]`` / ``Unpack[ConversationOptions]``, their defaults in
``CONNECT_DEFAULTS``. A mistyped option, one of the wrong type, or one the entry point does
not take fails in both type checkers (the control in _batch.py) and at the call, with the
SDK's ``InvalidArgumentError`` naming it and the key it was probably meant to be, before
any socket opens."""

from __future__ import annotations

import ast
import inspect
import sys
from collections.abc import Callable
from typing import Any

import pytest
from _batch import OPTIONS_CONTROL_LINES, Checked, shown

from realtime_ext import AsyncRealtimeClient, InvalidArgumentError, RealtimeClient
from realtime_ext.connection import (
    CONNECT_DEFAULTS,
    ConnectOptions,
    ConversationOptions,
    aconnect,
    aconnect_translation,
    connect,
    connect_translation,
)

KEYWORDS = sys.modules[ConnectOptions.__module__]  # where the options are stated

# Nothing listens on port 9: a check that let a call through would fail to connect (an
# APIConnectionError), not pass.
NOWHERE = "http://127.0.0.1:9/v1"


def test_mypy_accepts_the_options(batch: Checked) -> None:
    assert batch.mypy_errors("check_connect_options.py") == ""


def test_pyright_accepts_the_options(batch: Checked) -> None:
    assert shown(batch.pyright_errors("check_connect_options.py")) == []


def test_both_checkers_reject_each_wrong_option(batch: Checked) -> None:
    output = batch.mypy_errors("control_connect_options.py")
    lines = sorted({int(line.split(":")[0]) for line in output.splitlines()})
    assert lines == OPTIONS_CONTROL_LINES, output
    assert '"ping_intervall"' in output and '"carry"' in output, output
    errors = batch.pyright_errors("control_connect_options.py")
    lines = sorted({int(e["range"]["start"]["line"]) + 1 for e in errors})
    assert lines == OPTIONS_CONTROL_LINES, shown(errors)


def _client() -> RealtimeClient:
    return RealtimeClient(api_key="sk-test", base_url=NOWHERE)


def _async_client() -> AsyncRealtimeClient:
    return AsyncRealtimeClient(api_key="sk-test", base_url=NOWHERE)


def _connect(**options: Any) -> object:
    return connect(api_key="sk-test", base_url=NOWHERE, model="m", **options)


def _aconnect(**options: Any) -> object:
    return aconnect(api_key="sk-test", base_url=NOWHERE, model="m", **options)


def _connect_translation(**options: Any) -> object:
    return connect_translation(api_key="sk-test", base_url=NOWHERE, **options)


def _aconnect_translation(**options: Any) -> object:
    return aconnect_translation(api_key="sk-test", base_url=NOWHERE, **options)


def _client_connect(**options: Any) -> object:
    return _client().connect(model="m", **options)


def _async_client_connect(**options: Any) -> object:
    return _async_client().connect(model="m", **options)


def _client_translation(**options: Any) -> object:
    return _client().translations.connect(**options)


def _async_client_translation(**options: Any) -> object:
    return _async_client().translations.connect(**options)


ENTRY_POINTS: dict[str, Callable[..., object]] = {
    "connect": _connect,
    "aconnect": _aconnect,
    "connect_translation": _connect_translation,
    "aconnect_translation": _aconnect_translation,
    "RealtimeClient.connect": _client_connect,
    "AsyncRealtimeClient.connect": _async_client_connect,
    "RealtimeClient.translations.connect": _client_translation,
    "AsyncRealtimeClient.translations.connect": _async_client_translation,
}


@pytest.mark.parametrize("entry", sorted(ENTRY_POINTS))
@pytest.mark.parametrize(
    ("typo", "says"),
    [
        ("max_retry", "unknown option 'max_retry'; did you mean 'max_retries'?"),
        ("ping_intervall", "unknown option 'ping_intervall'; did you mean 'ping_interval'?"),
        ("zzz", "unknown option 'zzz'"),
    ],
)
def test_a_typo_fails_at_the_call_naming_the_option(entry: str, typo: str, says: str) -> None:
    with pytest.raises(InvalidArgumentError) as info:
        ENTRY_POINTS[entry](**{typo: 3})
    assert str(info.value) == says
    # Refused by the check, not by anything that tried to open a socket.
    frames = inspect.getinnerframes(info.tb)
    assert not any("websockets" in frame.filename for frame in frames)


@pytest.mark.parametrize("entry", ["connect_translation", "RealtimeClient.translations.connect"])
def test_a_conversation_option_is_not_a_translation_option(entry: str) -> None:
    with pytest.raises(InvalidArgumentError, match="unknown option 'carry'"):
        ENTRY_POINTS[entry](carry="session")


@pytest.mark.parametrize(
    "name", ["api_key", "base_url", "websocket_base_url", "route", "headers", "telemetry"]
)
def test_a_client_setting_is_not_a_connect_option(name: str) -> None:
    # It would otherwise replace the client's own key, URL, headers or telemetry unseen.
    with pytest.raises(InvalidArgumentError, match=f"unknown option '{name}': it is the client"):
        ENTRY_POINTS["RealtimeClient.connect"](**{name: None})
    with pytest.raises(InvalidArgumentError, match=f"unknown option '{name}'"):
        ENTRY_POINTS["AsyncRealtimeClient.translations.connect"](**{name: None})


def _options_type(entry: Callable[..., Any]) -> type:
    """The TypedDict an entry point's ``**options`` is unpacked from."""
    (options,) = [
        p for p in inspect.signature(entry).parameters.values() if p.kind is p.VAR_KEYWORD
    ]
    annotation = ast.parse(str(options.annotation), mode="eval").body
    assert isinstance(annotation, ast.Subscript) and ast.unparse(annotation.value) == "Unpack"
    found: type = vars(KEYWORDS)[ast.unparse(annotation.slice)]
    return found


@pytest.mark.parametrize(
    ("entry", "options"),
    [
        (connect, ConversationOptions),
        (aconnect, ConversationOptions),
        (RealtimeClient.connect, ConversationOptions),
        (AsyncRealtimeClient.connect, ConversationOptions),
        (connect_translation, ConnectOptions),
        (aconnect_translation, ConnectOptions),
        (RealtimeClient(api_key="sk-test").translations.connect, ConnectOptions),
        (AsyncRealtimeClient(api_key="sk-test").translations.connect, ConnectOptions),
    ],
)
def test_each_entry_point_states_no_option_itself(entry: Callable[..., Any], options: type) -> None:
    assert _options_type(entry) is options
    explicit = set(inspect.signature(entry).parameters) - {"self", "options"}
    assert explicit <= {
        *("api_key", "base_url", "model", "call_id", "session", "headers"),
        *("websocket_base_url", "telemetry", "extra_headers", "route"),
    }


def test_every_option_has_its_default_in_the_one_table() -> None:
    keys = vars(ConversationOptions)["__optional_keys__"]
    assert set(CONNECT_DEFAULTS) == keys
    assert vars(ConnectOptions)["__optional_keys__"] < keys
    # The table type-checks against the keys' types (it is a ConversationOptions; mypy and
    # pyright check the module) and its values are the entry points' (faults/test_defaults).


def test_each_options_docstring_states_the_tables_default() -> None:
    # The API reference lists every option with its default: the attribute docstrings say
    # it, and must say what the table holds.
    source = inspect.getsource(KEYWORDS)
    tree = ast.parse(source)
    said: dict[str, str] = {}
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and node.name.endswith("Options"):
            body = node.body
            for index, item in enumerate(body[:-1]):
                following = body[index + 1]
                if (
                    isinstance(item, ast.AnnAssign)
                    and isinstance(item.target, ast.Name)
                    and isinstance(following, ast.Expr)
                    and isinstance(following.value, ast.Constant)
                ):
                    said[item.target.id] = str(following.value.value)
    assert set(said) == set(CONNECT_DEFAULTS)
    for name, text in said.items():
        doc = " ".join(text.split())
        start = doc.index("default ``") + len("default ``")
        stated = doc[start : doc.index("``", start)]
        assert eval(stated) == CONNECT_DEFAULTS[name], name


def test_translation_sessions_keep_their_reconnect_defaults() -> None:
    # Options a translation session does not take are not read from the conversations'
    # table where its own rule differs: it never rolls over (as before the table).
    from realtime_ext.connection import AsyncTranslationConnect

    opening = aconnect_translation(api_key="sk-test", base_url=NOWHERE)
    assert isinstance(opening, AsyncTranslationConnect)
    plan = vars(opening)["_plan"]
    assert plan.policy.max_session_duration is None
    assert plan.policy.max_retries == CONNECT_DEFAULTS.get("max_retries")
    conversation = vars(aconnect(api_key="sk-test", base_url=NOWHERE, model="m"))["_plan"]
    assert conversation.policy.max_session_duration == CONNECT_DEFAULTS.get("max_session_duration")
