"""One redaction rule for everything an exception carries (issue 23, finding 6).

``RealtimeServerError.event`` kept the raw event: ``str(exc)`` showed ``sk-***`` while
``repr(exc.event)`` showed the key. Every OpenAIError now redacts its arguments and
every attribute as it is stored.
"""

from __future__ import annotations

import inspect
import pickle
import traceback

import httpx
import pytest

import realtime_ext
from realtime_ext import APIStatusError, OpenAIError, RealtimeServerError
from realtime_ext._base.errors import server_error
from realtime_ext.events import UnknownEvent, parse_server_event

KEY = "sk-proj-" + "Ab1" * 12
EPHEMERAL = "ek_" + "68af" * 8
WEBHOOK = "whsec_" + "c2VjcmV0" * 4
SECRETS = (KEY, EPHEMERAL, WEBHOOK)


def _leaks(text: str) -> list[str]:
    return [s for s in SECRETS if s in text]


def _error_event(**extra: object) -> dict[str, object]:
    return {
        "type": "error",
        "event_id": "event_1",
        "error": {
            "type": "invalid_request_error",
            "code": "invalid_api_key",
            "message": f"Incorrect API key provided: {KEY}",
            "param": EPHEMERAL,
            "event_id": "evt_1",
        },
        **extra,
    }


@pytest.mark.parametrize("form", ["typed", "dict", "unknown"])
def test_server_error_and_its_event_agree(form: str) -> None:
    data = _error_event()
    if form == "typed":
        event: object = parse_server_event(data)
    elif form == "dict":
        event = data
    else:
        event = UnknownEvent("error", dict(data, extra=WEBHOOK))
    exc = server_error(event)
    shown = [str(exc), repr(exc), repr(exc.event), str(exc.event), repr(exc.args)]
    if hasattr(exc.event, "to_dict"):
        shown.append(repr(exc.event.to_dict()))
    if isinstance(exc.event, UnknownEvent):
        shown.append(repr(exc.event.raw))
    shown.append("".join(traceback.format_exception(exc)))
    assert not _leaks("\n".join(shown))
    assert "sk-***" in str(exc)
    if form == "typed":
        assert type(exc.event) is type(event)  # still the typed event, only redacted
        assert exc.event.error.code == "invalid_api_key"  # type: ignore[attr-defined]


def test_status_error_body_and_server_error_event_use_the_same_rule() -> None:
    body = {"error": {"message": f"bad key {KEY}", "type": "invalid_request_error"}}
    request = httpx.Request("POST", "https://api.openai.com/v1/realtime/calls")
    exc = APIStatusError(
        f"bad key {KEY}", response=httpx.Response(401, json=body, request=request), body=body
    )
    server = server_error(_error_event())
    assert exc.body["error"]["message"] == "bad key sk-***"
    assert server.event["error"]["message"] == "Incorrect API key provided: sk-***"
    assert not _leaks(str(exc) + repr(exc) + repr(exc.body) + repr(exc.args))


def _all_error_classes() -> list[type[OpenAIError]]:
    seen: list[type[OpenAIError]] = []
    stack: list[type[OpenAIError]] = [OpenAIError]
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.append(cls)
            stack.extend(cls.__subclasses__())
    return seen


def test_every_error_class_redacts_what_it_is_given() -> None:
    # Import everything that defines errors so __subclasses__ sees them all.
    import realtime_ext.cli
    import realtime_ext.conversation
    import realtime_ext.sdp
    import realtime_ext.testing
    import realtime_ext.tools
    import realtime_ext.webhooks  # noqa: F401

    classes = _all_error_classes()
    assert len(classes) > 20
    for cls in classes:
        exc = cls.__new__(cls)
        OpenAIError.__init__(exc, f"message with {KEY}", {"nested": [EPHEMERAL]})
        setattr(exc, "detail", {"header": f"Authorization: Bearer {KEY}", "hook": WEBHOOK})  # noqa: B010
        setattr(exc, "note", f"secret {WEBHOOK}")  # noqa: B010
        text = repr(exc.args) + repr(vars(exc))
        assert not _leaks(text), cls


def test_redacted_errors_still_pickle_and_keep_non_text_values() -> None:
    exc = RealtimeServerError(f"x {KEY}", code="c", event=_error_event())
    setattr(exc, "count", 3)  # noqa: B010
    assert vars(exc)["count"] == 3 and exc.code == "c"
    again = pickle.loads(pickle.dumps(exc))
    assert not _leaks(repr(again.args))
    assert inspect.isclass(type(again))
    assert realtime_ext.RealtimeServerError is RealtimeServerError


def test_values_without_secrets_keep_their_type_and_identity() -> None:
    ids = ("resp_1", "resp_2")
    body = {"error": {"message": "plain"}}
    exc = RealtimeServerError("x", event=body)
    setattr(exc, "ids", ids)  # noqa: B010
    assert vars(exc)["ids"] is ids and exc.event is body
    setattr(exc, "leaky", ("ok", KEY))  # noqa: B010
    assert vars(exc)["leaky"] == ("ok", "sk-***") and type(vars(exc)["leaky"]) is tuple


def _round_trips() -> list[OpenAIError]:
    request = httpx.Request("POST", "https://api.openai.com/v1/realtime/calls")
    response = httpx.Response(429, request=request, json={"error": {"message": "slow down"}})
    return [
        realtime_ext.RateLimitError("slow down", response=response, body={"error": {}}),
        realtime_ext.APITimeoutError(request=request),
        realtime_ext.ConnectionClosed(1006, "gone"),
        realtime_ext.ReconnectError("gave up", close_code=1006, attempts=3, unsent=["{}"]),
        realtime_ext.MessageTooLargeError("too big", size=10, max_size=5),
        realtime_ext.ResponseLostError(response_ids=("resp_1",), requests=1, close_code=1006),
        realtime_ext.SDPError("bad line", line=3),
        realtime_ext.SessionConfigError("voice", "unknown voice"),
        realtime_ext.ToolArgumentsError("unit", "expected one of 'c', 'f'"),
        realtime_ext.MissingWebhookHeaderError("webhook-id"),
        realtime_ext.WebhookTimestampTooOldError(skew=400, tolerance=300),
        realtime_ext.WebhookTimestampTooNewError(skew=-400, tolerance=300),
        RealtimeServerError(f"x {KEY}", type="server_error", code="c", event=_error_event()),
    ]


@pytest.mark.parametrize("exc", _round_trips(), ids=lambda exc: type(exc).__name__)
def test_every_error_survives_pickle_and_copy(exc: OpenAIError) -> None:
    # A process pool or a task queue sends exceptions pickled; the default, cls(*args),
    # fails on unpickling for every class whose __init__ takes other arguments.
    import copy

    for again in (pickle.loads(pickle.dumps(exc)), copy.copy(exc)):
        assert type(again) is type(exc)
        assert str(again) == str(exc) and again.args == exc.args
        assert vars(again).keys() == vars(exc).keys()
        for name, value in vars(exc).items():
            if not isinstance(value, httpx.Request | httpx.Response):  # no __eq__
                assert vars(again)[name] == value, name
        assert not _leaks(repr(again.args) + repr(vars(again)))
    response = getattr(exc, "response", None)
    if isinstance(response, httpx.Response):
        again = pickle.loads(pickle.dumps(exc))
        assert again.response.status_code == response.status_code
        assert again.response.json() == response.json()
