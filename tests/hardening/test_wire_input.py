"""Whatever a caller puts in a body, an event, a header or a query gets the SDK's own error,
naming where it is, before anything goes on the wire.

Before, a fuzz of the free-form places (``tracing.metadata``, a tool's JSON schema, prompt
variables, ``extra_body``, ``expires_after``, any field of a sent event) found ``json.dumps``
speaking for the SDK: a bare ``TypeError`` for a set or bytes, ``ValueError`` for a circular
object, ``RecursionError`` for a deep one (or from the session validator, for a circular
one), a ``UnicodeEncodeError`` for a lone surrogate, and ``NaN``/``Infinity`` sent as they
are (not JSON: the API refuses the request). Headers went to httpx unchecked (its own
``TypeError``/``UnicodeEncodeError``, or a line break passed on), and ``extra_query`` values
were sent as their ``str()`` (``{1}``, ``None``, ``b'x'``).
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from realtime_ext import (
    InvalidArgumentError,
    InvalidEventError,
    RealtimeClient,
    SessionConfigError,
    ToolDefinitionError,
)
from realtime_ext._encode import json_bytes, json_text, problem
from realtime_ext.connection import connect
from realtime_ext.conversation import Conversation
from realtime_ext.sdp import sample_offer

SECRET = "sk-proj-WIREinput0123456789abcdefgh"


def _circular() -> dict[str, Any]:
    value: dict[str, Any] = {}
    value["self"] = value
    return value


def _deep(levels: int) -> dict[str, Any]:
    top: dict[str, Any] = {}
    node = top
    for _ in range(levels):
        node["a"] = {}
        node = node["a"]
    return top


class _Opaque:
    pass


# name -> (value, what the message says)
BAD: dict[str, tuple[Callable[[], object], str]] = {
    "set": (lambda: {1, 2}, "a set is not JSON data (send a list)"),
    "bytes": (lambda: b"xy", "bytes is not JSON data"),
    "nan": (lambda: math.nan, "nan is not a JSON number"),
    "inf": (lambda: -math.inf, "-inf is not a JSON number"),
    "surrogate": (lambda: "ok\ud800", "'\\ud800' at index 2 is a lone surrogate"),
    "circular": (_circular, "a circular reference"),
    # Deeper than json.dumps can encode on every supported Python (3.13 encodes 5,000 levels).
    "deep": (lambda: _deep(30_000), "too deep to encode as JSON"),
    "object": (_Opaque, "a _Opaque is not JSON data"),
    "tuple key": (lambda: {(1,): 1}, "the key (1,) is a tuple"),
    "complex": (lambda: 1j, "a complex is not JSON data"),
}


def _session(place: str, value: object) -> dict[str, Any]:
    base: dict[str, Any] = {"type": "realtime", "model": "gpt-realtime"}
    if place == "metadata":
        return {**base, "tracing": {"workflow_name": "w", "metadata": {"k": value}}}
    if place == "tool schema":
        schema = {"type": "object", "properties": {"x": {"type": "string", "default": value}}}
        tool = {"type": "function", "name": "f", "description": "d", "parameters": schema}
        return {**base, "tools": [tool]}
    return {**base, "prompt": {"id": "pmpt_1", "variables": {"x": value}}}


@pytest.fixture
def client() -> Iterator[tuple[RealtimeClient, list[httpx.Request]]]:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(500, json={"error": {"message": "must not be reached"}})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    with RealtimeClient(api_key=SECRET, base_url="http://api.test/v1", http_client=http) as c:
        yield c, sent


REST_SESSION_CALLS: dict[str, Callable[[RealtimeClient, dict[str, Any]], object]] = {
    "client_secrets.create": lambda c, s: c.client_secrets.create(session=s),
    "calls.accept": lambda c, s: c.calls.accept("rtc_1", session=s),
    "calls.create": lambda c, s: c.calls.create(sdp=sample_offer(), session=s),
}


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("place", ["metadata", "tool schema", "prompt variables"])
@pytest.mark.parametrize("call", list(REST_SESSION_CALLS))
def test_a_session_that_is_not_json_is_refused_with_its_path(
    client: tuple[RealtimeClient, list[httpx.Request]], call: str, place: str, bad: str
) -> None:
    c, sent = client
    make, says = BAD[bad]
    with pytest.raises(SessionConfigError) as caught:
        REST_SESSION_CALLS[call](c, _session(place, make()))
    assert sent == []
    assert says in str(caught.value)
    path = caught.value.keyword
    if bad == "deep":  # the path's two ends
        assert path.startswith("session.") and "...(" in path and path.endswith(".a.a"), path
        return
    assert path.startswith(
        {
            "metadata": "session.tracing.metadata",
            "tool schema": "session.tools[0].parameters.properties.x.default",
            "prompt variables": "session.prompt.variables.x",
        }[place]
    ), path


def test_a_typed_field_is_named_the_same_way(
    client: tuple[RealtimeClient, list[httpx.Request]],
) -> None:
    c, sent = client
    session = {"type": "realtime", "model": "gpt-realtime", "instructions": math.nan}
    with pytest.raises(SessionConfigError, match=r"^session.instructions: nan is not a JSON"):
        c.client_secrets.create(session=session)
    assert sent == []


REST_EXTRA: dict[str, Callable[[RealtimeClient, object], object]] = {
    "client_secrets extra_body": lambda c, v: c.client_secrets.create(extra_body={"x": v}),
    "calls.accept extra_body": lambda c, v: c.calls.accept("rtc_1", extra_body={"x": [1, v]}),
    "expires_after": lambda c, v: c.client_secrets.create(
        expires_after={"anchor": "created_at", "seconds": v}
    ),
}


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("call", list(REST_EXTRA))
def test_a_body_that_is_not_json_is_refused_with_its_path(
    client: tuple[RealtimeClient, list[httpx.Request]], call: str, bad: str
) -> None:
    c, sent = client
    make, says = BAD[bad]
    with pytest.raises(InvalidArgumentError) as caught:
        REST_EXTRA[call](c, make())
    assert sent == []
    assert says in str(caught.value)
    assert str(caught.value).startswith(("body.x", "body.expires_after.seconds", "session")), (
        caught.value
    )


class _Sink:
    close_code: int | None = None
    close_reason: str | None = None

    def __init__(self) -> None:
        self.sent: list[str] = []

    def send_text(self, data: str) -> None:
        self.sent.append(data)

    def recv_message(self, timeout: float | None) -> str:
        raise TimeoutError

    def close(self, code: int = 1000, reason: str = "") -> None:
        pass


EVENTS: dict[str, Callable[[object], dict[str, Any]]] = {
    "session.update": lambda v: {
        "type": "session.update",
        "session": {"type": "realtime", "tracing": {"metadata": {"k": v}}},
    },
    "conversation.item.create": lambda v: {
        "type": "conversation.item.create",
        "item": {"type": "message", "role": "user", "content": [{"type": "input_text", "text": v}]},
    },
    "response.create": lambda v: {"type": "response.create", "response": {"metadata": {"k": v}}},
    "response.cancel": lambda v: {"type": "response.cancel", "x": v},
}


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("event", list(EVENTS))
def test_a_sent_event_that_is_not_json_is_refused_with_its_path(event: str, bad: str) -> None:
    sink = _Sink()
    conn = Conversation(sink, max_size=None)
    make, says = BAD[bad]
    with pytest.raises(InvalidEventError) as caught:
        conn.send(EVENTS[event](make()))
    assert sink.sent == []
    assert str(caught.value).startswith(f"{event}: ")
    assert says in str(caught.value)


@pytest.mark.parametrize("kind", [["response.done"], None, "", 5])
def test_a_handler_type_that_is_no_event_type_is_refused(kind: Any) -> None:
    # off() looked a list up in its dict: TypeError "unhashable type", not the SDK's error.
    conn = Conversation(_Sink(), max_size=None)
    for call in (lambda: conn.on(kind, print), lambda: conn.off(kind)):
        with pytest.raises(InvalidArgumentError, match="event type must be a non-empty string"):
            call()


@pytest.mark.parametrize("registry", [[print], {"print": print}, None, print])
def test_run_tools_without_a_registry_says_what_it_takes(registry: Any) -> None:
    # It raised a bare TypeError; the SDK's tools error is one too.
    conn = Conversation(_Sink(), max_size=None)
    with pytest.raises(ToolDefinitionError, match=r"run_tools\(\) takes a realtime_ext"):
        conn.run_tools(registry)


def test_astral_text_goes_out_as_an_escaped_pair() -> None:
    # ensure_ascii writes an emoji as two \\ud... escapes: the surrogate check must let a
    # valid pair through (and a backslash-u typed by the user is no surrogate either).
    sink = _Sink()
    conn = Conversation(sink, max_size=None)
    text = "hi \U0001f600 and a literal \\ud800"
    conn.send(EVENTS["conversation.item.create"](text))
    (sent,) = sink.sent
    assert "\\ud83d\\ude00" in sent
    assert json.loads(sent)["item"]["content"][0]["text"] == text


def test_valid_bodies_are_the_bytes_json_dumps_makes() -> None:
    body = {"a": [1, 2.5, None, True], "b": "é \U0001f600", "c": {"1": {}}, 2: "int key"}
    assert json_bytes(body) == json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    event = {"type": "x", **body}
    assert json_text(event) == json.dumps(event, separators=(",", ":"))


_LEAF = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=8),
)
_JSON = st.recursive(
    _LEAF,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=4), inner, max_size=4)
    ),
    max_leaves=20,
)


def _paths(value: object, path: str) -> Iterator[tuple[str, object]]:
    yield path, value
    if isinstance(value, dict):
        for key, child in value.items():
            name = f".{key}" if key.isidentifier() else f"[{key!r}]"
            yield from _paths(child, (path + name) if path or name[0] == "[" else key)
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, f"{path}[{index}]")


@given(_JSON, st.data())
def test_problem_names_the_one_bad_value_wherever_it_is(value: object, data: st.DataObject) -> None:
    body = {"root": value}
    assert problem(body, "body").reason == ""
    assert json_bytes(body) == json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
    containers = [(p, v) for p, v in _paths(body, "body") if isinstance(v, dict | list)]
    path, container = data.draw(st.sampled_from(containers))
    bad = data.draw(st.sampled_from(["set", "bytes", "nan", "surrogate", "object"]))
    make, says = BAD[bad]
    if isinstance(container, dict):
        container["zz"] = make()
        where = f"{path}.zz"
    else:
        container.append(make())
        where = f"{path}[{len(container) - 1}]"
    found = problem(body, "body")
    assert (found.path, says in found.reason) == (where, True)
    with pytest.raises(InvalidArgumentError) as caught:
        json_bytes(body)
    assert str(caught.value).startswith(f"{where}: "), (caught.value, where)


# -- headers, queries, ids ---------------------------------------------------------------------
BAD_HEADERS: dict[str, tuple[dict[Any, Any], str]] = {
    "line break": ({"X-A": "v\r\nX-Injected: 1"}, "got '\\r' at index 1"),
    "non-ASCII": ({"X-A": "café"}, "got 'é' at index 3"),
    "surrogate": ({"X-A": "\ud800"}, "got '\\ud800' at index 0"),
    "not a str": ({"X-A": 5}, "a header value must be a str, got int"),
    "bytes": ({"X-A": b"v"}, "a header value must be a str, got bytes"),
    "bad name": ({"X A": "v"}, "'X A' is not a header name"),
    "name not a str": ({1: "v"}, "1 is not a header name"),
}


@pytest.mark.parametrize("bad", list(BAD_HEADERS))
def test_bad_headers_are_refused_everywhere_before_sending(
    client: tuple[RealtimeClient, list[httpx.Request]], bad: str
) -> None:
    c, sent = client
    headers, says = BAD_HEADERS[bad]
    with pytest.raises(InvalidArgumentError, match=r"^extra_headers") as caught:
        c.client_secrets.create(extra_headers=headers)
    assert says in str(caught.value)
    with pytest.raises(InvalidArgumentError, match=r"^default_headers"):
        RealtimeClient(api_key=SECRET, default_headers=headers)
    with pytest.raises(InvalidArgumentError, match=r"^headers"):
        connect(api_key=SECRET, base_url="http://127.0.0.1:9/v1", model="m", headers=headers)
    assert sent == []


def test_a_header_value_is_never_shown_as_it_may_be_a_key(
    client: tuple[RealtimeClient, list[httpx.Request]],
) -> None:
    c, _ = client
    with pytest.raises(InvalidArgumentError) as caught:
        c.client_secrets.create(extra_headers={"Authorization": f"Bearer {SECRET}\n"})
    assert SECRET not in str(caught.value) and SECRET not in repr(caught.value)
    for key in (f"{SECRET}\r\nX-Injected: 1", f"{SECRET}\x00", f"sk-{chr(0xE9)}{SECRET}"):
        with pytest.raises(InvalidArgumentError, match="api_key must be") as caught:
            connect(api_key=key, base_url="http://127.0.0.1:9/v1", model="m")
        assert SECRET not in str(caught.value)
        with pytest.raises(InvalidArgumentError, match="api_key must be") as caught:
            RealtimeClient(api_key=key)
        assert SECRET not in str(caught.value)


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ({"a": {1}}, "extra_query['a'] must be a str, a number, a bool or None, got set"),
        ({"a": b"x"}, "got bytes"),
        ({"a": math.nan}, "got float nan"),
        ({"a": _Opaque()}, "got _Opaque"),
        ({"a": "\ud800"}, "extra_query['a'] holds '\\ud800', a lone surrogate"),
        ({"\ud800": "x"}, "extra_query holds '\\ud800', a lone surrogate"),
        ({1: "x"}, "extra_query: 1 is not a parameter name"),
        ({"": "x"}, "extra_query: '' is not a parameter name"),
    ],
)
def test_bad_extra_query_is_refused(query: dict[Any, Any], says: str) -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        connect(api_key=SECRET, base_url="http://127.0.0.1:9/v1", model="m", extra_query=query)
    assert says in str(caught.value)


def test_extra_query_values_are_spelled_as_httpx_spells_them() -> None:
    from realtime_ext._base.urls import realtime_url

    url = realtime_url(
        "https://api.test/v1",
        model="m",
        extra_query={"s": "a b", "n": 5, "f": 0.5, "t": True, "no": False, "none": None},
    )
    assert url.endswith("?model=m&s=a+b&n=5&f=0.5&t=true&no=false&none=")
    params = httpx.QueryParams({"t": True, "no": False, "none": None})
    assert str(params) == "t=true&no=false&none="


def test_lone_surrogates_in_ids_and_models_are_refused(
    client: tuple[RealtimeClient, list[httpx.Request]],
) -> None:
    c, sent = client
    with pytest.raises(InvalidArgumentError, match="call_id holds '\\\\ud800', a lone surrogate"):
        c.calls.hangup("rtc_\ud800")
    for keyword in ("model", "call_id"):
        with pytest.raises(InvalidArgumentError, match=f"{keyword} holds"):
            connect(api_key=SECRET, base_url="http://127.0.0.1:9/v1", **{keyword: "x\ud800"})
    assert sent == []


def test_a_tools_lone_surrogate_reaches_the_model_as_its_escape(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # os.listdir gives undecodable file names as lone surrogates (surrogateescape): a tool's
    # result or its exception's message holding one still makes an event that can be sent.
    from realtime_ext.tools import ToolRegistry

    registry = ToolRegistry()
    name = "report-\udcff.txt"

    @registry.register
    def files() -> list[str]:
        """The files here."""
        return [name, "café"]

    @registry.register
    def open_file() -> str:
        """Open the report."""
        raise FileNotFoundError(f"no such file: {name}")

    outputs = {}
    for tool in ("files", "open_file"):
        call = {"type": "response.function_call_arguments.done", "name": tool}
        event = registry.handle({**call, "call_id": "call_1", "arguments": "{}"})
        outputs[tool] = json.loads(json_text(event))["item"]["output"]
        assert "report-\\udcff.txt" in outputs[tool], outputs
    assert "café" in outputs["files"]  # valid text stays as it is
    # The tool's traceback is logged: a UTF-8 handler can write the record (the log
    # filter escapes the surrogate as the output does).
    (record,) = [r for r in caplog.records if "open_file" in r.getMessage()]
    assert "\\udcff" in record.getMessage()
    record.getMessage().encode("utf-8")


TYPED: dict[str, Callable[[Conversation, object], object]] = {
    "session.update": lambda conn, v: conn.session.update(
        session={"type": "realtime", "tracing": {"workflow_name": "w", "metadata": {"k": v}}}
    ),
    "session.update instructions": lambda conn, v: conn.session.update(
        session={"type": "realtime", "instructions": v}
    ),
    "response.create": lambda conn, v: conn.response.create(response={"metadata": {"k": v}}),
    "conversation.item.create": lambda conn, v: conn.conversation.item.create(
        item={"type": "function_call_output", "call_id": "c", "output": v}
    ),
    "response.cancel": lambda conn, v: conn.response.cancel(event_id=v),  # type: ignore[arg-type]
}


@pytest.mark.parametrize("bad", list(BAD))
@pytest.mark.parametrize("send", list(TYPED))
def test_a_typed_send_of_a_value_that_is_not_json_is_refused(send: str, bad: str) -> None:
    # The typed sends validate against the generated models first: that walk, from_dict and
    # the comparison recurse, so a circular or deep value raised RecursionError there.
    sink = _Sink()
    conn = Conversation(sink, max_size=None)
    with pytest.raises(InvalidEventError):
        TYPED[send](conn, BAD[bad][0]())
    assert sink.sent == []


def test_a_circular_value_in_a_typed_send_is_named() -> None:
    conn = Conversation(_Sink(), max_size=None)
    with pytest.raises(InvalidEventError, match="a circular reference") as caught:
        TYPED["session.update"](conn, _circular())
    assert "tracing.metadata.k" in str(caught.value)


@pytest.mark.parametrize(
    "builder", ["realtime_session", "transcription_session", "translation_session"]
)
@pytest.mark.parametrize("bad", ["set", "bytes", "nan", "object", "surrogate"])
def test_a_builders_extra_must_be_a_dict(builder: str, bad: str) -> None:
    from realtime_ext import session

    with pytest.raises(SessionConfigError, match=r"^extra: expected a dict of fields to add"):
        getattr(session, builder)(extra=BAD[bad][0]())


@pytest.mark.parametrize("bad", ["circular", "deep"])
def test_an_error_message_shows_a_deep_or_circular_value_briefly(bad: str) -> None:
    # The message echoes the value: the whole repr of a deep one raised RecursionError.
    from realtime_ext.session import realtime_session

    value = [BAD[bad][0]()]
    with pytest.raises(SessionConfigError, match=r"^include") as caught:
        realtime_session(include=value)  # type: ignore[arg-type]
    assert len(str(caught.value)) < 300


def test_short_repr_is_bounded_and_secret_free() -> None:
    from realtime_ext._redact import short_repr

    assert short_repr(_deep(5000)).startswith("{'a': {'a': {")
    assert SECRET not in short_repr({"k": SECRET * 100}, 10_000)
    assert SECRET not in short_repr([SECRET], 10_000)
    assert len(short_repr("x" * 10**6, 10_000)) < 100


CONFIG_BAD: dict[str, tuple[object, str]] = {
    "line break": ("org-1\r\nX-Injected: 1", "got '\\r' at index 5"),
    "non-ASCII": ("orgé", "got 'é' at index 3"),
    "surrogate": ("\ud800", "got '\\ud800' at index 0"),
    "not a str": (5, "a header value must be a str, got int"),
}


@pytest.mark.parametrize("bad", list(CONFIG_BAD))
@pytest.mark.parametrize("keyword", ["organization", "project"])
def test_organization_and_project_are_header_values(keyword: str, bad: str) -> None:
    value, says = CONFIG_BAD[bad]
    with pytest.raises(InvalidArgumentError, match=f"^{keyword}: ") as caught:
        RealtimeClient(api_key=SECRET, **{keyword: value})  # type: ignore[arg-type]
    assert says in str(caught.value)


@pytest.mark.parametrize(
    "base_url",
    ["http://a\r\nb/v1", "https://\ud800/v1", 5, b"https://h/v1", "ftp://u:pw1234567@h/v1"],
)
def test_a_bad_base_url_is_refused_without_showing_a_password(base_url: object) -> None:
    with pytest.raises(InvalidArgumentError, match=r"^base_url must be") as caught:
        RealtimeClient(api_key=SECRET, base_url=base_url)  # type: ignore[arg-type]
    assert "pw1234567" not in str(caught.value)


def test_a_secret_passed_as_a_timeout_is_not_shown() -> None:
    with pytest.raises(InvalidArgumentError) as caught:
        RealtimeClient(api_key=SECRET, timeout=SECRET)  # type: ignore[arg-type]
    assert SECRET not in str(caught.value)
