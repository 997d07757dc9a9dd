"""One exception module: ``realtime_ext._exceptions`` holds every class, its docstring draws
the tree, ``realtime_ext`` exports them all, each under one name. The test doubles' errors are
the one exception: ``realtime_ext.testing._errors`` holds them, out of the core."""

from __future__ import annotations

import ast
import importlib
import inspect
import re
import traceback
import warnings
from pathlib import Path

import pytest

import realtime_ext
from realtime_ext import _exceptions

PACKAGE = Path(realtime_ext.__file__).parent
TREE_LINE = re.compile(r"^(?P<indent>[ │├└─]*)(?P<name>[A-Z]\w+)")

# Exception classes kept outside _exceptions, and why: none reaches a user's `except`.
ALLOWED_ELSEWHERE = {
    # The testing distribution's own errors (a production install carries no fake server), in
    # its one exception module and exported by realtime_ext.testing (test below).
    ("testing/_errors.py", "ScenarioError"): "a scenario file the fake server cannot use",
    ("testing/_errors.py", "CassetteError"): "a cassette file the fake server cannot read",
    ("testing/_errors.py", "RealtimeCassetteWarning"): "a replay left part of its cassette",
    ("cli/_io.py", "CLIError"): "carries an exit code from a CLI command to main(); never escapes",
    ("testing/_events.py", "ClientError"): "the fake server's protocol error to a client",
    ("testing/_azure.py", "AzureError"): "the fake server's HTTP error reply in Azure's shape",
    ("testing/_translation.py", "TranslationError"): (
        "the fake server's protocol error to a translation client, sent as an error event"
    ),
    (
        "testing/_http.py",
        "HttpError",
    ): "the fake server's HTTP error answer, turned into a response",
    ("_validate.py", "_Mismatch"): "private control flow inside the one validator",
    ("asgi/_http.py", "HTTPProblem"): (
        "an ASGI endpoint's early answer (status, message), turned into a response; never escapes"
    ),
    ("asgi/_page.py", "TokenRefused"): (
        "raised by the app's own session function and answered by the token endpoint with its "
        "4xx; the SDK never raises it"
    ),
}


def classes() -> dict[str, type[BaseException]]:
    return {
        name: value
        for name, value in vars(_exceptions).items()
        if inspect.isclass(value)
        and issubclass(value, BaseException | Warning)
        # Exported classes name the package as their module (see the next test).
        and value.__module__ in (_exceptions.__name__, "realtime_ext")
        and value.__name__ == name  # not an alias
    }


def tree() -> list[tuple[str, str | None]]:
    """(class, parent) for each line of the docstring's tree; parent None at the roots."""
    doc = _exceptions.__doc__ or ""
    block = doc.split("::", 1)[1].split("\nAliases:", 1)[0]
    stack: list[tuple[int, str]] = []
    pairs: list[tuple[str, str | None]] = []
    for line in block.splitlines():
        match = TREE_LINE.match(line.strip("\n")[4:])
        if not match:
            continue
        depth = len(match.group("indent"))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        pairs.append((match.group("name"), stack[-1][1] if stack else None))
        stack.append((depth, match.group("name")))
    return pairs


def test_the_docstring_tree_is_the_real_hierarchy() -> None:
    found = classes()
    pairs = tree()
    assert {name for name, _ in pairs} - {"UserWarning"} == set(found)
    for name, parent in pairs:
        if parent is None:
            continue
        cls = found[name]
        assert parent in {base.__name__ for base in cls.__bases__}, (name, parent)


def test_tracebacks_name_the_package_a_class_is_imported_from() -> None:
    # As openai's do: realtime_ext.RateLimitError, not realtime_ext._exceptions.RateLimitError.
    for name in _exceptions.__all__:
        assert getattr(realtime_ext, name).__module__ == "realtime_ext", name
    try:
        raise realtime_ext.ToolArgumentsError("unit", "expected one of 'c', 'f'")
    except realtime_ext.ToolArgumentsError as exc:
        shown = traceback.format_exception_only(exc)[-1]
    assert shown == "realtime_ext.ToolArgumentsError: argument 'unit': expected one of 'c', 'f'\n"


def test_every_class_is_exported_from_realtime_ext() -> None:
    for name, cls in classes().items():
        assert name in realtime_ext.__all__, name
        assert getattr(realtime_ext, name) is cls, name


def test_every_error_but_the_warning_is_a_realtime_error() -> None:
    for name, cls in classes().items():
        if issubclass(cls, Warning):
            continue
        assert issubclass(cls, realtime_ext.OpenAIError), name


def test_no_exception_class_is_defined_elsewhere() -> None:
    stray = []
    for path in sorted(PACKAGE.rglob("*.py")):
        relative = path.relative_to(PACKAGE).as_posix()
        if relative == "_exceptions.py" or relative.startswith("examples/"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [ast.unparse(base) for base in node.bases]
            exceptional = any(re.search(r"(Error|Exception|Warning)$", b) for b in bases)
            if exceptional and (relative, node.name) not in ALLOWED_ELSEWHERE:
                stray.append(f"{relative}: {node.name}")
    assert stray == []


def test_each_class_has_one_name() -> None:
    """No alias: the old names (ConnectionClosedError, InvalidWebhookSignature,
    InvalidWebhookSecretError) are gone, their classes keep their one name."""
    names: dict[type[BaseException], list[str]] = {}
    for name, value in vars(_exceptions).items():
        if (
            inspect.isclass(value)
            and issubclass(value, BaseException | Warning)
            and value.__module__ == _exceptions.__name__
        ):
            names.setdefault(value, []).append(name)
    assert {cls.__name__: found for cls, found in names.items() if len(found) > 1} == {}
    for module in ("realtime_ext", "realtime_ext.conversation", "realtime_ext.webhooks"):
        package = importlib.import_module(module)
        for old in ("ConnectionClosedError", "InvalidWebhookSignature", "NoSuchError"):
            with pytest.raises(AttributeError, match=old):
                getattr(package, old)
    assert realtime_ext.ConnectionClosed is realtime_ext.conversation.ConnectionClosed
    assert realtime_ext.webhooks.WebhookConfigError is realtime_ext.WebhookConfigError


def test_the_test_doubles_errors_live_in_testing_only() -> None:
    from realtime_ext import testing

    for name in ("ScenarioError", "CassetteError", "RealtimeCassetteWarning"):
        cls = getattr(testing, name)
        assert name in testing.__all__
        assert cls.__module__ == "realtime_ext.testing", name
        assert name not in realtime_ext.__all__ and name not in _exceptions.__all__, name
        with pytest.raises(AttributeError, match=name):
            getattr(realtime_ext, name)
    assert issubclass(testing.ScenarioError, realtime_ext.OpenAIError)
    assert issubclass(testing.CassetteError, ValueError)
    assert issubclass(testing.RealtimeCassetteWarning, UserWarning)


def test_connection_closed_means_any_close() -> None:
    exc = realtime_ext.ConnectionClosed(1000, "bye")
    assert (exc.code, exc.reason, str(exc)) == (
        1000,
        "bye",
        "connection closed with code 1000: bye",
    )


@pytest.mark.parametrize(
    ("old_module", "name"),
    [
        ("realtime_ext._config", "MissingAPIKeyError"),
        ("realtime_ext._lenient", "ResponseValidationWarning"),
        ("realtime_ext.sdp", "SDPError"),
        ("realtime_ext.events", "EventDecodeError"),
        ("realtime_ext.session", "SessionConfigError"),
        ("realtime_ext.tools", "ToolArgumentsError"),
        ("realtime_ext.webhooks", "InvalidWebhookSignatureError"),
        ("realtime_ext.conversation", "ResponseLostError"),
        ("realtime_ext.conversation", "ReconnectError"),
        ("realtime_ext.connection", "MessageTooLargeError"),
        ("realtime_ext.webrtc", "WebRTCUnavailableError"),
    ],
)
def test_old_import_paths_give_the_same_class(old_module: str, name: str) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        value = getattr(importlib.import_module(old_module), name)
    assert value is getattr(realtime_ext, name)


@pytest.mark.parametrize(
    ("old_module", "name", "home"),
    [
        ("realtime_ext.connection", "ReconnectingEvent", "realtime_ext.conversation"),
        ("realtime_ext.connection", "ResponseLostError", "realtime_ext.conversation"),
        ("realtime_ext.connection", "ConnectionClosed", "realtime_ext.conversation"),
        ("realtime_ext.conversation", "MessageTooLargeError", "realtime_ext.connection"),
    ],
)
def test_names_with_one_home_are_found_there_only(old_module: str, name: str, home: str) -> None:
    """The names once re-exported (with a warning) from a second module live in one."""
    package = importlib.import_module(old_module)
    assert name not in package.__all__
    with pytest.raises(AttributeError, match=name):
        getattr(package, name)
    assert name in importlib.import_module(home).__all__
