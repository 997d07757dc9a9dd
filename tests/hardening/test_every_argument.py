"""Every argument of every public function and class, given a wrong value, gets the SDK's
own error (or a result), never whatever broke inside. Each callable is called with its
required arguments valid (``GOOD``, by name) and one argument at a time replaced by each
value in ``BAD``. tests/hardening/test_argument_types.py does this for the callables
with one required argument; this loop reaches the keyword arguments too.

Found by running this very loop:

- ``testing.sine_pcm16(100, rate=10**100)`` looped for ever, and an amplitude past 1 or a
  NaN frequency raised ``OverflowError``/``ValueError`` from ``array``/``round``;
- ``webhooks.sign(timestamp=nan)`` raised ``ValueError``, ``timestamp=inf``
  ``OverflowError``, ``msg_id="\\ud800"`` a ``UnicodeEncodeError`` (and a line break in
  ``msg_id`` went into the ``webhook-id`` header);
- ``webhooks.verify``/``unwrap`` of a ``str`` body holding a lone surrogate raised
  ``UnicodeEncodeError`` from standardwebhooks;
- ``Reconnector(extra_headers=<not a mapping>)`` (built from ``connect()``'s keywords)
  raised ``TypeError`` or ``ValueError`` from ``dict()``;
- ``sdp.sample_offer(<a list>)`` raised ``TypeError: unhashable type``, and
  ``testing.ServerLimits`` raised bare ``TypeError``/``ValueError``;
- ``RealtimeClient(http_client=<not an httpx.Client>)`` raised ``AttributeError`` (an
  ``httpx.AsyncClient`` given to the blocking client failed only at the first request), and
  ``sdp.prefer_codec(<not a SessionDescription>)`` ``AttributeError``.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from realtime_ext import OpenAIError
from realtime_ext._base.reconnect import Reconnector
from realtime_ext.connection import aconnect, aconnect_translation
from realtime_ext.sdp import parse, sample_offer
from realtime_ext.webhooks import sign
from tests.hardening._values import ODD, public_callables, unpacked_keys

# They open a connection, a device or a server, or read a file (their arguments are tested
# where they open: tests/connection, tests/voice, tests/fake_server). aconnect and
# aconnect_translation check every argument and option at the call and open on await, so
# the loop reaches their options (**options: Unpack[...], issue 57 item 5) through them; the
# blocking twins run the same checks (one _plan each).
SKIPPED = {
    "connect",
    "connect_translation",
    "main",
    "serve",
    "run_example",
    "FakeRealtimeServer",
    "RealtimeCassette",
    "Microphone",
    "AsyncMicrophone",
    "Speakers",
    "AsyncSpeakers",
    "WavSource",
    # Takes no argument; it reads the call a CallRunner's tool runs for (LookupError outside).
    "current_call",
}
SECRET = "whsec_" + "QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB"
PAYLOAD = (
    '{"id":"evt_1","object":"event","created_at":1,"type":"realtime.call.incoming",'
    '"data":{"call_id":"rtc_1","sip_headers":[]}}'
)
GOOD: dict[str, Callable[[], object]] = {
    "api_key": lambda: "sk-test",
    "model": lambda: "gpt-realtime",
    "base_url": lambda: "http://127.0.0.1:9/v1",
    "secret": lambda: SECRET,
    "name": lambda: "tool",
    "text": lambda: "hello",
    "pcm": lambda: b"\x00\x00" * 480,
    "sample_rate": lambda: 24000,
    "server_label": lambda: "srv",
    "kind": lambda: "near_field",
    "id": lambda: "pmpt_1",
    "retention_ratio": lambda: 0.5,
    "from_rate": lambda: 24000,
    "to_rate": lambda: 16000,
    "duration_ms": lambda: 100,
    "allowed_origins": lambda: ["https://a.test"],
    "session": lambda: {"type": "realtime"},
    "handler": lambda: lambda event: None,
    "message": lambda: '{"type": "input_audio_buffer.cleared", "event_id": "e1"}',
    "url": lambda: "wss://x.test/v1/realtime",
    "auth_token": lambda: "twilio-token",
    "source": lambda: [b"\x00\x00" * 100],
    "payload": lambda: PAYLOAD,
    "headers": lambda: sign(PAYLOAD, SECRET),
    "sdp": sample_offer,
    "desc": lambda: parse(sample_offer()),
}

# Where a name's usual value does not fit one callable.
OVERRIDES: dict[str, dict[str, Callable[[], object]]] = {
    "realtime_ext.sdp.parse": {"text": sample_offer},
    "realtime_ext.sdp.prefer_codec": {"name": lambda: "opus"},
    "realtime_ext.asgi.live_offer_endpoint": {"session": lambda: {"model": "gpt-live-1"}},
    "realtime_ext.sdp.validate_answer": {
        "sdp": lambda: sample_offer().replace("a=setup:actpass", "a=setup:active")
    },
}
# Optional arguments a valid call needs all the same (one of server_url or connector_id).
ALSO: dict[str, Callable[[], object]] = {"server_url": lambda: "https://mcp.test/sse"}
# The same for one callable: a conversation needs one of model= or call_id=.
ALSO_FOR: dict[str, dict[str, Callable[[], object]]] = {
    "realtime_ext.connection.aconnect": {
        "model": lambda: "gpt-realtime",
        "api_key": lambda: "sk-test",  # or route=: one of the two
    },
    "realtime_ext.connection.aconnect_translation": {"api_key": lambda: "sk-test"},
}


BAD: dict[str, Callable[[], object]] = {
    **ODD,
    "string": lambda: "zz",
    "empty string": lambda: "",
    "dict": lambda: {"zz": 1},
    "true": lambda: True,
    "half": lambda: 0.5,
    "huge float": lambda: 1e308,
    "zero": lambda: 0,
}


def _callables() -> Iterator[tuple[str, Callable[..., object]]]:
    for name, target, required in public_callables(SKIPPED):
        if all(p.name in GOOD and p.kind != p.POSITIONAL_ONLY for p in required):
            yield name, target


# Not public (plumbing since issue 57; the clients' connect methods are built on the two
# entry functions), yet built from what users pass to client.connect(): fuzzed as the public
# callables are.
INTERNAL: dict[str, Callable[..., object]] = {
    "realtime_ext._base.reconnect.Reconnector": Reconnector,
    "realtime_ext.connection.aconnect": aconnect,
    "realtime_ext.connection.aconnect_translation": aconnect_translation,
}
CALLABLES = dict(_callables()) | INTERNAL


def _call(target: Callable[..., object], arguments: dict[str, object]) -> None:
    result = target(**arguments)
    if inspect.iscoroutine(result):
        result.close()


def test_the_loop_reaches_the_keyword_arguments() -> None:
    # A filter gone wrong would make the test below check nothing.
    assert len(CALLABLES) > 50
    for name in (
        "realtime_ext.connection.aconnect",
        "realtime_ext.connection.aconnect_translation",
        "realtime_ext.webhooks.sign",
        "realtime_ext.webhooks.verify",
        "realtime_ext.testing.sine_pcm16",
        "realtime_ext._base.reconnect.Reconnector",
        "realtime_ext.session.realtime_session",
        "realtime_ext.asgi.token_endpoint",
    ):
        assert name in CALLABLES


@pytest.mark.parametrize("name", sorted(CALLABLES))
def test_each_argument_answers_a_wrong_value_with_the_sdks_error(
    name: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The credentials a valid call finds in the environment (clients, token_endpoint, sign).
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("AZURE_OPENAI_ENDPOINT", "https://res.openai.azure.com")
    monkeypatch.setenv("AZURE_OPENAI_API_KEY", "azure-key")
    target = CALLABLES[name]
    parameters = list(inspect.signature(target).parameters.values())
    good = {**GOOD, **OVERRIDES.get(name, {})}
    also = {**ALSO, **ALSO_FOR.get(name, {})}
    good.update(also)
    required = {
        p.name: good[p.name]()
        for p in parameters
        if (p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD))
        or p.name in also
    }
    _call(target, required)  # the valid call works: the loop below tests one change each
    names = [
        p.name
        for p in parameters
        if p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD, p.POSITIONAL_ONLY)
    ]
    names += unpacked_keys(target)  # the options of **options: Unpack[SomeTypedDict]
    for argument in names:
        for label, make in BAD.items():
            try:
                _call(target, {**required, argument: make()})
            except OpenAIError:
                pass
            except Exception as exc:
                pytest.fail(f"{name}({argument}={label}): {exc!r}")


def test_the_loop_reaches_the_options_of_unpacked_keywords() -> None:
    from realtime_ext.connection import CONNECT_DEFAULTS, aconnect, aconnect_translation

    assert set(unpacked_keys(aconnect)) == set(CONNECT_DEFAULTS)
    assert "carry" not in unpacked_keys(aconnect_translation)
    assert "max_retries" in unpacked_keys(aconnect_translation)


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({"timestamp": math.nan}, "timestamp must be Unix seconds a datetime can hold"),
        ({"timestamp": 1e20}, "timestamp must be Unix seconds a datetime can hold"),
        ({"msg_id": "msg_1\r\nX-Evil: 1"}, "webhook-id: a header value must be printable ASCII"),
        ({"msg_id": "\ud800"}, "webhook-id: a header value must be printable ASCII"),
    ],
)
def test_sign_refuses_what_no_header_can_carry(arguments: dict[str, Any], says: str) -> None:
    with pytest.raises(OpenAIError, match=says):
        sign(PAYLOAD, SECRET, **arguments)


def test_a_body_with_a_lone_surrogate_was_never_signed() -> None:
    from realtime_ext import InvalidWebhookPayloadError
    from realtime_ext.webhooks import verify

    with pytest.raises(InvalidWebhookPayloadError, match="not valid UTF-8"):
        verify(PAYLOAD[:-1] + "\ud800}", sign(PAYLOAD, SECRET), secret=SECRET)


@pytest.mark.parametrize(
    ("arguments", "says"),
    [
        ({"rate": 10**100}, "rate must be 8000-192000 Hz"),
        ({"frequency": math.nan}, "frequency must be from 0 to rate / 2"),
        ({"frequency": 20000}, "frequency must be from 0 to rate / 2 (12000 Hz)"),
        ({"amplitude": 2}, "amplitude must be from 0 to 1"),
    ],
)
def test_a_tone_that_cannot_be_made_is_refused(arguments: dict[str, Any], says: str) -> None:
    from realtime_ext.testing import sine_pcm16

    with pytest.raises(OpenAIError, match=says.replace("(", r"\(").replace(")", r"\)")):
        sine_pcm16(100, **arguments)


def _calls_on_instances() -> dict[str, Callable[[], object]]:
    from realtime_ext.testing import FakeSpeaker, ManualClock
    from realtime_ext.tools import ToolRegistry, function_tool
    from realtime_ext.voice import History
    from realtime_ext.webrtc._channel import DataChannelTransport

    return {
        "ToolRegistry.register(5)": lambda: ToolRegistry().register(5),  # type: ignore[call-overload]
        "function_tool('x')": lambda: function_tool("x"),  # type: ignore[call-overload]
        "FakeSpeaker.write(data=5)": lambda: FakeSpeaker().write("item_1", 0, 5),  # type: ignore[arg-type]
        "ManualClock.sleep(nan)": lambda: ManualClock().sleep(math.nan),
        "ManualClock.advance(-1)": lambda: ManualClock().advance(-1),
        "ManualClock.advance(inf)": lambda: ManualClock().advance(math.inf),
        "ManualClock.advance('1')": lambda: ManualClock().advance("1"),  # type: ignore[arg-type]
        "ManualClock.wait_for_sleepers(timeout=nan)": lambda: ManualClock().wait_for_sleepers(
            timeout=math.nan
        ),
        "History.apply(kind=[1])": lambda: History().apply({}, kind=[1]),  # type: ignore[arg-type]
        "DataChannelTransport(max_queue=0)": lambda: DataChannelTransport(object(), max_queue=0),
        "ToolRegistry.register(twice)": _register_twice,
    }


def _register_twice() -> None:
    from realtime_ext.tools import ToolRegistry

    registry = ToolRegistry()

    def lookup() -> str:
        """A tool."""
        return ""

    registry.register(lookup)
    registry.register(lookup)


@pytest.mark.parametrize("call", sorted(_calls_on_instances()))
def test_methods_answer_a_wrong_value_with_the_sdks_error(call: str) -> None:
    # Found by the same loop over the public classes' methods: a TypeError or
    # AttributeError from inside (the registry, the speaker, History's table) or a hang
    # (ManualClock.sleep(nan) was never due).
    with pytest.raises(OpenAIError):
        _calls_on_instances()[call]()


def test_a_registry_lookup_of_no_name_finds_nothing() -> None:
    from realtime_ext.tools import ToolRegistry

    registry = ToolRegistry()
    assert registry.get([1]) is None  # type: ignore[arg-type]
    assert [1] not in registry
