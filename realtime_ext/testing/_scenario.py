"""Scenarios: what the fake server does, written down as data (YAML or JSON) so that test
suites in any language can script it (``realtime-ext serve-fake --scenario FILE``), and
the same objects in-process (``FakeRealtimeServer(scenario=...)``).

Schema (every key optional; unknown keys are errors)::

    vad: false            # no server VAD, whatever the session says (default true: as the API)
    rate_limits_updated: true  # rate_limits.updated after each response.done (default false:
                               # as recorded, the API sends none)
    max_session_seconds: 5  # sessions end as at the API's maximum (default 3600; 0: never)
    responses:            # answers to response.create, in order (then the default answer)
      - text: "It is sunny in Paris."   # text (and audio, if the session outputs audio)
        audio_ms: 800                   # length of the synthetic audio (default 300)
        delay_ms: 1500                  # slow: response.created now, the output later
      - recall: 1                       # "You said: <the 1st user message>" (from context)
      - function_call: {name: get_weather, arguments: {city: Paris}}
      - text: "Let me check."            # said while it calls (the real model speaks as it
        function_call: {name: get_weather, arguments: {city: Paris}}   # calls; GPT-Live:
                                         # said while it delegates)
      - function_calls:                 # parallel calls in one response
          - {name: get_weather, arguments: {city: Paris}}
          - {name: get_time, arguments: "{}"}   # arguments: object or JSON string
      - mcp_approval_request: {server_label: docs, name: search, arguments: {q: refunds}}
                                        # an MCP call asking the app's approval (GPT-Live:
                                        # in the Responses backend's stream)
      - hold: true                      # stays in progress until response.cancel
      - error: {message: "Overloaded", type: server_error, code: overloaded}
      - drop: {code: 1011, reason: "upstream died"}   # no code: TCP cut (client sees 1006)
      - text: "Half an ans"
        drop_mid_response: {after_deltas: 1}   # cut after response.created and 1 delta
      - freeze_mid_response: true       # frozen (open, silent, pings unanswered) mid-response
    transcripts:          # input transcriptions of the next commits (null: failed)
      - "What's the weather in Paris?"
    events:               # reactions to the next client event of a type
      - {on: session.update, error: {message: "Invalid voice", param: session.voice}}
      - {on: input_audio_buffer.commit, drop: {code: 1011}}
    handshakes:           # the next WebSocket handshakes, in order
      - {refuse: 503}
      - {delay_ms: 2000}
    calls:                # incoming SIP calls, announced by a signed webhook
      - call_id: rtc_test_1             # default: a fresh rtc_ id
        after_ms: 100                   # after the server starts (default 0)
        sip_headers: {From: "<sip:+14155550123@example.com>", To: "<sip:+18005550100@...>"}
        webhook:
          url: http://127.0.0.1:9000/openai/webhook
          secret: whsec_...             # or secret_env: NAME (read at start)
      - api: live                       # a GPT-Live SIP call: live.transport.incoming (a
        session_id: live_test_1         # live_ session to accept at /v1/live/sessions/{id}/
        sip_media_security: srtp        # accept), then realtime.call.incoming for the same
        webhook: {url: ..., secret_env: NAME}   # call (one call rings both APIs)

>>> scenario = Scenario.from_dict({"responses": [{"text": "Hi"}, {"error": {"message": "x"}}]})
>>> [r.text for r in scenario.responses][0], scenario.responses[1].error.message
('Hi', 'x')
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

from realtime_ext.provider import is_list, is_mapping

from ._errors import ScenarioError as ScenarioError
from ._json import too_deep
from ._script import (
    DEFAULT_AUDIO_MS,
    DEFAULT_TEXT,
    MAX_AUDIO_MS,
    PlannedClose,
    PlannedCut,
    PlannedError,
    PlannedResponse,
    Reaction,
    Script,
)

MAX_MS = 3_600_000  # an hour: any longer delay or wait is a mistake in a test's script
MAX_BYTES = 4 * 2**20  # a scenario file is a script, not data
MAX_DEPTH = 32  # tool arguments are the deepest part, a few levels in practice

_T = TypeVar("_T")


@dataclass(frozen=True)
class Handshake:
    """What happens to one WebSocket handshake: refused with ``refuse`` or delayed."""

    refuse: int | None = None
    delay_ms: int = 0


@dataclass(frozen=True)
class IncomingCall:
    """An incoming SIP call: registered on the server, announced by a signed webhook."""

    call_id: str | None = None
    after_ms: int = 0
    sip_headers: tuple[tuple[str, str], ...] = (
        ("From", '"Fake Caller" <sip:+14155550123@example.com>;tag=fake'),
        ("To", "<sip:+18005550100@sip.api.openai.com;user=phone>"),
        ("Call-ID", "fake-call@example.com"),
    )
    webhook_url: str | None = None
    webhook_secret: str | None = field(default=None, repr=False)
    api: str = "realtime"
    """``"live"``: the call rings GPT-Live (``live.transport.incoming``) and, as one SIP call
    does, the Realtime API after it; ``"realtime"``: the Realtime API only."""
    session_id: str | None = None
    """A GPT-Live call's ``live_`` session id (default: a fresh one)."""
    sip_media_security: str | None = "srtp"
    """A GPT-Live call's ``data.sip_media_security`` (``None``: omitted)."""


@dataclass(frozen=True)
class Scenario:
    """A scripted session: responses, transcripts, reactions, handshakes, incoming calls.

    Load one with :meth:`load` (YAML or JSON file) or :meth:`from_dict`.
    """

    responses: tuple[PlannedResponse, ...] = ()
    transcripts: tuple[str | None, ...] = ()
    reactions: tuple[Reaction, ...] = ()
    handshakes: tuple[Handshake, ...] = ()
    calls: tuple[IncomingCall, ...] = ()
    vad: bool | None = None
    """``False``: no server VAD; ``None`` (unset): the server's own setting."""
    rate_limits_updated: bool | None = None
    """``True``: ``rate_limits.updated`` after each ``response.done``; ``None`` (unset): the
    server's own setting."""
    max_session_seconds: float | None = None
    """How long a session lasts before the server ends it (``None``: the server's own
    setting, by default the API's 60 minutes; 0: never)."""

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Scenario:
        """Read a ``.json``, ``.yaml`` or ``.yml`` scenario file.

        >>> import pathlib, tempfile
        >>> path = pathlib.Path(tempfile.mkdtemp(), "scenario.yaml")
        >>> _ = path.write_text("responses: [{text: Bonjour}]")
        >>> Scenario.load(path).responses[0].text
        'Bonjour'
        """
        where = str(path)
        try:
            with open(path, "rb") as file:
                raw = file.read(MAX_BYTES + 1)
        except OSError as exc:
            raise ScenarioError(f"{where}: cannot read: {exc.strerror or exc}") from None
        if len(raw) > MAX_BYTES:
            raise ScenarioError(f"{where}: larger than {MAX_BYTES // 2**20} MiB")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise ScenarioError(f"{where}: not UTF-8: {exc}") from None
        try:
            data = _parse(text, yaml=where.endswith((".yaml", ".yml")), where=where)
        except RecursionError:
            raise ScenarioError(f"{where}: nests deeper than {MAX_DEPTH} levels") from None
        return cls.from_dict(data if data is not None else {}, source=where)

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "scenario") -> Scenario:
        """Validate ``data`` (parsed YAML/JSON) and build the scenario."""
        top = _Reader(source)
        if too_deep(data, MAX_DEPTH):
            raise top.fail(f"nests deeper than {MAX_DEPTH} levels")
        body = top.mapping(
            data,
            {
                "version",
                "vad",
                "rate_limits_updated",
                "max_session_seconds",
                "responses",
                "transcripts",
                "events",
                "handshakes",
                "calls",
            },
        )
        version = body.get("version", 1)
        if version != 1:
            raise ScenarioError(f"{source}: version: only version 1 exists, got {version!r}")
        vad = body.get("vad")
        if vad is not None and not isinstance(vad, bool):
            raise top.at("vad").fail(f"expected true or false, got {_kind(vad)}")
        limits = body.get("rate_limits_updated")
        if limits is not None and not isinstance(limits, bool):
            raise top.at("rate_limits_updated").fail(f"expected true or false, got {_kind(limits)}")
        cap = body.get("max_session_seconds")
        if cap is not None and (
            isinstance(cap, bool)
            or not isinstance(cap, int | float)
            or not 0 <= cap <= MAX_MS / 1000
        ):
            raise top.at("max_session_seconds").fail(
                f"expected a number of seconds 0..{MAX_MS // 1000}, got {_short(cap)}"
            )
        return cls(
            vad=vad,
            rate_limits_updated=limits,
            max_session_seconds=float(cap) if cap is not None else None,
            responses=top.each(body, "responses", _response),
            transcripts=top.each(body, "transcripts", _transcript),
            reactions=top.each(body, "events", _reaction),
            handshakes=top.each(body, "handshakes", _handshake),
            calls=top.each(body, "calls", _call),
        )

    def apply(self, script: Script) -> None:
        """Queue the responses, transcripts and reactions on ``script``; set its VAD and
        its ``rate_limits.updated``."""
        if self.vad is not None:
            script.detect_speech(self.vad)
        if self.rate_limits_updated is not None:
            script.report_rate_limits(self.rate_limits_updated)
        for response in self.responses:
            script.add_response(response)
        for transcript in self.transcripts:
            script.next_transcript(transcript)
        for reaction in self.reactions:
            script.add_reaction(reaction)


def _parse(text: str, *, yaml: bool, where: str) -> Any:
    if not yaml:
        try:
            return json.loads(text)
        except ValueError as exc:
            raise ScenarioError(f"{where}: invalid JSON: {exc}") from None
    try:
        import yaml as pyyaml
    except ImportError:  # pragma: no cover - pyyaml ships with the testing extra
        raise ScenarioError(
            f"{where}: YAML scenarios need PyYAML: pip install 'realtime-ext[testing]'"
        ) from None
    try:
        problem = _yaml_problem(pyyaml.parse(text, Loader=pyyaml.SafeLoader))
        if problem is not None:
            raise ScenarioError(f"{where}: {problem}")
        return pyyaml.safe_load(text)
    except pyyaml.YAMLError as exc:
        raise ScenarioError(f"{where}: invalid YAML: {exc}") from None


def _yaml_problem(events: Iterable[Any]) -> str | None:
    """Aliases and deep nesting, found in PyYAML's event stream before anything is built:
    530 bytes of nested aliases expand to 69 MB (a "billion laughs"; a scenario never needs
    one), and composing 100,000 nested levels recursed for 18 s."""
    import yaml

    depth = 0
    for event in events:
        line = event.start_mark.line + 1 if event.start_mark is not None else 0
        if isinstance(event, yaml.AliasEvent):
            return f"line {line}: YAML aliases (*name) are not allowed: write the value out"
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > MAX_DEPTH:
                return f"line {line}: nests deeper than {MAX_DEPTH} levels"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return None


class _Reader:
    """Typed access to parsed YAML/JSON that raises :class:`ScenarioError` naming the path."""

    def __init__(self, where: str) -> None:
        self.where = where

    def at(self, *parts: str | int) -> _Reader:
        where = self.where
        for part in parts:
            where = f"{where}[{part}]" if isinstance(part, int) else f"{where}: {part}"
        return _Reader(where.replace(": [", "["))

    def fail(self, message: str) -> ScenarioError:
        return ScenarioError(f"{self.where}: {message}")

    def mapping(self, value: Any, allowed: set[str]) -> dict[str, Any]:
        if not is_mapping(value):
            raise self.fail(f"expected a mapping, got {_kind(value)}")
        for key in value:
            if key not in allowed:
                expected = ", ".join(sorted(allowed))
                raise self.fail(f"unknown key {str(key)[:40]!r} (expected one of: {expected})")
        return dict(value)

    def sequence(self, body: Mapping[str, Any], key: str) -> Sequence[Any]:
        value = body.get(key)
        if value is None:
            return ()
        if not is_list(value):
            raise self.at(key).fail(f"expected a list, got {_kind(value)}")
        return value

    def each(
        self, body: Mapping[str, Any], key: str, read: Callable[[_Reader, Any], _T]
    ) -> tuple[_T, ...]:
        """``read`` applied to each item of the list ``body[key]`` (none when it is absent),
        each read at its own path (``responses[2]``)."""
        return tuple(read(self.at(key, i), item) for i, item in enumerate(self.sequence(body, key)))

    def integer(
        self, body: Mapping[str, Any], key: str, default: int, low: int = 0, high: int = MAX_MS
    ) -> int:
        value = body.get(key, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.at(key).fail(f"expected an integer {low}..{high}, got {_short(value)}")
        return value

    def text(self, body: Mapping[str, Any], key: str, default: str | None = None) -> str | None:
        value = body.get(key, default)
        if value is not None and not isinstance(value, str):
            raise self.at(key).fail(f"expected a string, got {_kind(value)}")
        return value


def _short(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _kind(value: object) -> str:
    names: dict[type[object], str] = {
        dict: "a mapping",
        list: "a list",
        str: "a string",
        type(None): "null",
    }
    return names.get(type(value), type(value).__name__)


def _arguments(reader: _Reader, value: Any) -> str:
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            raise reader.fail("a JSON string is required when arguments is a string") from None
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, separators=(",", ":"))
    raise reader.fail(f"expected a mapping or a JSON string, got {_kind(value)}")


def _function_call(reader: _Reader, value: Any) -> tuple[str, str]:
    body = reader.mapping(value, {"name", "arguments"})
    name = body.get("name")
    if not isinstance(name, str) or not name:
        raise reader.at("name").fail("expected a non-empty string")
    return name, _arguments(reader.at("arguments"), body.get("arguments", {}))


def _mcp_request(reader: _Reader, value: Any) -> tuple[str, str, str]:
    body = reader.mapping(value, {"server_label", "name", "arguments"})
    parts: list[str] = []
    for key in ("server_label", "name"):
        part = body.get(key)
        if not isinstance(part, str) or not part:
            raise reader.at(key).fail("expected a non-empty string")
        parts.append(part)
    return parts[0], parts[1], _arguments(reader.at("arguments"), body.get("arguments", {}))


def _error(reader: _Reader, value: Any, on: str | None = None) -> PlannedError:
    body = reader.mapping(value, {"message", "type", "code", "param"})
    message = reader.text(body, "message")
    if not message:
        raise reader.at("message").fail("expected a non-empty string")
    return PlannedError(
        message,
        type=reader.text(body, "type", "invalid_request_error") or "invalid_request_error",
        code=reader.text(body, "code"),
        param=reader.text(body, "param"),
        on=on,
    )


def _drop(reader: _Reader, value: Any, on: str | None = None) -> PlannedClose:
    if value is True:
        return PlannedClose(None, "", on)
    body = reader.mapping(value, {"code", "reason"})
    code = body.get("code")
    if code is not None and (
        isinstance(code, bool) or not isinstance(code, int) or not 1000 <= code <= 4999
    ):
        raise reader.at("code").fail(f"expected a WebSocket close code 1000..4999, got {code!r}")
    return PlannedClose(code, reader.text(body, "reason", "") or "", on)


def _response(reader: _Reader, value: Any) -> PlannedResponse:
    body = reader.mapping(
        value,
        {
            "text",
            "audio_ms",
            "delay_ms",
            "function_call",
            "function_calls",
            "mcp_approval_request",
            "hold",
            "recall",
            "error",
            "drop",
            "drop_mid_response",
            "freeze_mid_response",
        },
    )
    kinds = [
        k
        for k in (
            "text",
            "recall",
            "function_call",
            "function_calls",
            "mcp_approval_request",
            "error",
            "drop",
        )
        if k in body
    ]
    # Text and a call together: the model says it and calls, in one response.
    spoken_call = kinds in (
        ["text", "function_call"],
        ["text", "function_calls"],
        ["text", "mcp_approval_request"],
    )
    if len(kinds) > 1 and not spoken_call:
        raise reader.fail(
            "give one of text, recall, function_call(s), mcp_approval_request, error, drop "
            f"(text may go with a call); got {kinds}"
        )
    cuts = [k for k in ("drop_mid_response", "freeze_mid_response") if k in body]
    if len(cuts) > 1 or (cuts and ("error" in body or "drop" in body)):
        raise reader.fail(f"{cuts[0]} needs a response (not error or drop), and only one cut")
    hold = body.get("hold", False)
    if not isinstance(hold, bool):
        raise reader.at("hold").fail(f"expected true or false, got {hold!r}")
    calls: list[tuple[str, str]] = []
    if "function_call" in body:
        calls.append(_function_call(reader.at("function_call"), body["function_call"]))
    if "function_calls" in body:
        listed = reader.each(body, "function_calls", _function_call)
        if not listed:
            raise reader.at("function_calls").fail("expected at least one call")
        calls += listed
    text = reader.text(body, "text", DEFAULT_TEXT) or ""
    requests = (
        (_mcp_request(reader.at("mcp_approval_request"), body["mcp_approval_request"]),)
        if "mcp_approval_request" in body
        else ()
    )
    return PlannedResponse(
        text=text,
        function_calls=tuple(calls),
        mcp_approval_requests=requests,
        preamble=text if spoken_call else None,
        audio_ms=reader.integer(body, "audio_ms", DEFAULT_AUDIO_MS, high=MAX_AUDIO_MS),
        hold=hold,
        delay_ms=reader.integer(body, "delay_ms", 0),
        recall=reader.integer(body, "recall", 0, low=1, high=10_000) if "recall" in body else 0,
        error=_error(reader.at("error"), body["error"]) if "error" in body else None,
        close=_drop(reader.at("drop"), body["drop"]) if "drop" in body else None,
        cut=_cut(reader.at(cuts[0]), body[cuts[0]], cuts[0]) if cuts else None,
    )


def _cut(reader: _Reader, value: Any, key: str) -> PlannedCut:
    freeze = key == "freeze_mid_response"
    if value is True:
        return PlannedCut(freeze=freeze)
    body = reader.mapping(value, {"after_deltas"})
    return PlannedCut(reader.integer(body, "after_deltas", 1, high=10_000), freeze)


def _transcript(reader: _Reader, value: Any) -> str | None:
    if value is not None and not isinstance(value, str):
        raise reader.fail(f"expected a string or null, got {_kind(value)}")
    return value


def _reaction(reader: _Reader, value: Any) -> Reaction:
    body = reader.mapping(value, {"on", "error", "drop"})
    on = reader.text(body, "on")
    if not on:
        raise reader.at("on").fail("expected a client event type, e.g. session.update")
    if ("error" in body) == ("drop" in body):
        raise reader.fail("give exactly one of error, drop")
    if "error" in body:
        return _error(reader.at("error"), body["error"], on)
    return _drop(reader.at("drop"), body["drop"], on)


def _handshake(reader: _Reader, value: Any) -> Handshake:
    body = reader.mapping(value, {"refuse", "delay_ms"})
    refuse = body.get("refuse")
    if refuse is not None and (
        isinstance(refuse, bool) or not isinstance(refuse, int) or not 400 <= refuse <= 599
    ):
        raise reader.at("refuse").fail(f"expected an HTTP status 400..599, got {refuse!r}")
    return Handshake(refuse, reader.integer(body, "delay_ms", 0))


def _call(reader: _Reader, value: Any) -> IncomingCall:
    body = reader.mapping(
        value,
        {
            "api",
            "call_id",
            "session_id",
            "sip_media_security",
            "after_ms",
            "sip_headers",
            "webhook",
        },
    )
    api = body.get("api", "realtime")
    if api not in ("realtime", "live"):
        raise reader.at("api").fail(f"expected realtime or live, got {_short(api)}")
    for key in ("session_id", "sip_media_security"):
        if key in body and api != "live":
            raise reader.at(key).fail("goes with api: live (a GPT-Live call)")
    session_id = reader.text(body, "session_id")
    if session_id is not None and not session_id.startswith("live_"):
        raise reader.at("session_id").fail(f"expected a live_ session id, got {_short(session_id)}")
    headers = IncomingCall.sip_headers
    raw = body.get("sip_headers")
    if is_mapping(raw):
        headers = tuple((str(k), str(v)) for k, v in raw.items())
    elif is_list(raw):
        pairs: list[tuple[str, str]] = []
        for i, entry in enumerate(raw):
            entry_body = reader.at("sip_headers", i).mapping(entry, {"name", "value"})
            pairs.append((str(entry_body.get("name")), str(entry_body.get("value"))))
        headers = tuple(pairs)
    elif raw is not None:
        raise reader.at("sip_headers").fail("expected a mapping or a list of {name, value}")
    url = secret = None
    if body.get("webhook") is not None:
        hook_reader = reader.at("webhook")
        hook = hook_reader.mapping(body["webhook"], {"url", "secret", "secret_env"})
        url = hook_reader.text(hook, "url")
        if not url or not url.startswith(("http://", "https://")):
            raise hook_reader.at("url").fail("expected an http:// or https:// URL")
        secret = hook_reader.text(hook, "secret")
        env = hook_reader.text(hook, "secret_env")
        if env:
            secret = os.environ.get(env)
            if not secret:
                raise hook_reader.at("secret_env").fail(f"environment variable {env} is not set")
        if not secret or not secret.startswith("whsec_"):
            raise hook_reader.at("secret").fail("expected a webhook secret (whsec_...)")
    call_id = reader.text(body, "call_id")
    if call_id is not None and not call_id:
        raise reader.at("call_id").fail("expected a non-empty string")
    return IncomingCall(
        call_id=call_id,
        after_ms=reader.integer(body, "after_ms", 0),
        sip_headers=headers,
        webhook_url=url,
        webhook_secret=secret,
        api=api,
        session_id=session_id,
        sip_media_security=reader.text(body, "sip_media_security", "srtp"),
    )
