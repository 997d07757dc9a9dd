"""The contract between realtime_ext and realtime_generated, checked without Node or Prism.

* every request realtime_ext sends goes to a path and method a generated endpoint has;
* every body it builds (session builders, resources, event sends) decodes with the generated
  request model of that endpoint (or event) and encodes back equal.

A spec change that breaks this fails here with the realtime_ext module to update named, not
with a collection error or a Prism message.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import pkgutil
import typing
from collections.abc import Callable
from typing import Any
from unittest import mock

import httpx
import pytest

from realtime_ext import session
from realtime_ext._client_sync import RealtimeClient
from tests.client._helpers import OFFER, Recorder, make_client

CALL_ID = "rtc_contract_1"

# Where each request is built in realtime_ext: named in every failure.
EXT_MODULE = {
    "client_secrets": "realtime_ext/_resources/client_secrets.py (+ session/_ga.py)",
    "translations": "realtime_ext/_translation/rest.py (+ session/_translation.py)",
    "sessions": "realtime_ext/_resources/sessions.py (+ realtime_ext/session/_beta.py)",
    "transcription_sessions": "realtime_ext/_resources/transcription_sessions.py "
    "(+ realtime_ext/session/_beta.py)",
    "calls": "realtime_ext/_resources/calls.py (+ realtime_ext/session/_ga.py)",
    "events": "realtime_ext/events/_sends.py",
}

GA = session.realtime_session(
    model="gpt-realtime",
    instructions="Be brief.",
    voice="marin",
    output_modalities=["audio"],
    input_audio_format=session.audio_format("pcm16", rate=24000),
    output_audio_format="pcmu",
    transcription=session.transcription("gpt-4o-transcribe", language="en"),
    noise_reduction="near_field",
    turn_detection=session.semantic_vad(eagerness="low"),
    tools=[{"type": "function", "name": "f", "parameters": {"type": "object"}}],
    tool_choice="auto",
    tracing="auto",
    truncation="auto",
    max_output_tokens=512,
    include=["item.input_audio_transcription.logprobs"],
)
TRANSCRIPTION = session.transcription_session(
    transcription="gpt-4o-transcribe", turn_detection=session.server_vad(silence_duration_ms=400)
)
TRANSLATION = session.translation_session(output_language="es", noise_reduction="far_field")
BETA = session.beta_session(
    model="gpt-realtime", instructions="Hi.", voice="ash", turn_detection=None, tracing="auto"
)
BETA_TRANSCRIPTION = session.beta_transcription_session(
    transcription="whisper-1", noise_reduction="far_field"
)

# (ext resource, the call) for every REST request realtime_ext makes.
CALLS: list[tuple[str, Callable[[RealtimeClient], object]]] = [
    ("client_secrets", lambda c: c.client_secrets.create(session=GA, expires_after=600)),
    ("client_secrets", lambda c: c.client_secrets.create(session=TRANSCRIPTION)),
    ("translations", lambda c: c.translations.client_secrets.create(session=TRANSLATION)),
    ("sessions", lambda c: c.sessions.create(BETA)),
    ("transcription_sessions", lambda c: c.transcription_sessions.create(BETA_TRANSCRIPTION)),
    ("calls", lambda c: c.calls.create(sdp=OFFER)),
    ("calls", lambda c: c.calls.create(sdp=OFFER, session=GA)),
    ("calls", lambda c: c.calls.accept(CALL_ID, session=GA)),
    ("calls", lambda c: c.calls.hangup(CALL_ID)),
    ("calls", lambda c: c.calls.refer(CALL_ID, target_uri="tel:+14155550123")),
    ("calls", lambda c: c.calls.reject(CALL_ID, status_code=486)),
    ("translations", lambda c: c.translations.calls.create(sdp=OFFER)),
]


def _generated_endpoints() -> dict[tuple[str, str], Any]:
    """(METHOD, url with the call id filled in) -> generated endpoint module."""
    from realtime_generated.api import realtime as package

    found: dict[tuple[str, str], Any] = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        params = inspect.signature(module.request_args).parameters
        args = {"call_id": CALL_ID} if "call_id" in params else {}
        if "body" in params:
            args["body"] = mock.MagicMock()
        kwargs = module.request_args(**args)
        found[(kwargs["method"].upper(), kwargs["url"])] = module
    return found


def _body_models(module: Any) -> list[type]:
    hints = typing.get_type_hints(module.sync_detailed)
    kinds = typing.get_args(hints.get("body")) or (hints.get("body"),)
    return [k for k in kinds if isinstance(k, type) and hasattr(k, "from_dict")]


def _record(call: Callable[[RealtimeClient], object]) -> httpx.Request:
    recorder = Recorder([httpx.Response(599, json={})])
    client = make_client(recorder, max_retries=0)
    # The answer is irrelevant here (599, no retries): only the request is checked.
    with contextlib.suppress(Exception):
        call(client)
    assert recorder.requests, "nothing was sent"
    return recorder.requests[0]


def _json_bodies(request: httpx.Request) -> list[dict[str, Any]]:
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("application/json"):
        return [json.loads(request.content)]
    if ctype.startswith("multipart/form-data"):
        import email.parser
        import email.policy

        head = f"Content-Type: {ctype}\r\n\r\n".encode()
        message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(
            head + request.content
        )
        form: dict[str, Any] = {}
        for part in message.iter_parts():
            payload = part.get_payload(decode=True)
            assert isinstance(payload, bytes)
            name = str(part.get_param("name", header="content-disposition"))
            is_json = part.get_content_type() == "application/json"
            form[name] = json.loads(payload) if is_json else payload.decode()
        return [form]
    return []


@pytest.fixture(scope="module")
def endpoints() -> dict[tuple[str, str], Any]:
    return _generated_endpoints()


@pytest.mark.parametrize(
    ("resource", "call"), CALLS, ids=[f"{r}-{i}" for i, (r, _) in enumerate(CALLS)]
)
def test_every_ext_request_matches_a_generated_endpoint(
    resource: str, call: Callable[[RealtimeClient], object], endpoints: dict[tuple[str, str], Any]
) -> None:
    check_request(resource, call, endpoints)


def test_a_spec_change_names_the_ext_module_to_update(
    endpoints: dict[tuple[str, str], Any],
) -> None:
    # As if upstream moved the accept path: the failure says which ext module to change.
    moved = {key: m for key, m in endpoints.items() if not key[1].endswith("/accept")}
    with pytest.raises(AssertionError, match=r"realtime_ext/_resources/calls\.py.*update"):
        check_request("calls", CALLS[7][1], moved)


def check_request(
    resource: str, call: Callable[[RealtimeClient], object], endpoints: dict[tuple[str, str], Any]
) -> None:
    """Assert the request ``call`` sends matches a generated endpoint and its body model."""
    request = _record(call)
    path = request.url.path.removeprefix("/v1")
    module = endpoints.get((request.method, path))
    assert module is not None, (
        f"{request.method} {path} is sent by {EXT_MODULE[resource]}, but no generated endpoint "
        f"has it (generated: {sorted(f'{m} {u}' for m, u in endpoints)}): update that module"
    )
    bodies = _json_bodies(request)
    models = _body_models(module)
    for body in bodies:
        decoded = []
        for model in models:
            try:
                decoded.append(model.from_dict(body).to_dict())
            except Exception as exc:  # collected: the message names every model tried
                decoded.append(exc)
        assert body in decoded, (
            f"{EXT_MODULE[resource]} sends {request.method} {path} with a body the generated "
            f"request model ({', '.join(m.__name__ for m in models)}) does not round-trip:\n"
            f"sent:    {body}\ndecoded: {decoded}\nupdate that module"
        )


def test_every_ext_path_has_a_generated_endpoint_and_back(
    endpoints: dict[tuple[str, str], Any],
) -> None:
    sent = {(r.method, r.url.path.removeprefix("/v1")) for r in (_record(c) for _, c in CALLS)}
    missing = set(endpoints) - sent
    assert not missing, f"generated endpoints realtime_ext never calls: {sorted(missing)}"


# GA session.update as the builders make it.
GA_EVENT = session.realtime_session(
    model="gpt-realtime",
    voice="marin",
    output_audio_format="pcm16",
    transcription="gpt-4o-transcribe",
    turn_detection=session.server_vad(),
    tools=[{"type": "function", "name": "f", "parameters": {"type": "object"}}],
    tracing="auto",
)


def _sent(send: Callable[[Any], object]) -> dict[str, Any]:
    """The event a typed send puts on the wire."""
    from realtime_ext.events._sends import RealtimeSends

    out: list[dict[str, Any]] = []
    send(RealtimeSends(out.append))
    return out[0]


USER_TEXT = {"type": "message", "role": "user", "content": [{"type": "input_text", "text": "hi"}]}
TOOL_OUTPUT = {"type": "function_call_output", "call_id": "call_1", "output": "{}"}
EVENT_SENDS: list[Callable[[], Any]] = [
    lambda: _sent(lambda s: s.session.update(session=GA_EVENT)),
    lambda: _sent(lambda s: s.session.update(session=TRANSCRIPTION)),
    lambda: _sent(lambda s: s.input_audio_buffer.append(audio=b"\x00\x01")),
    lambda: _sent(lambda s: s.input_audio_buffer.commit()),
    lambda: _sent(lambda s: s.input_audio_buffer.clear()),
    lambda: _sent(lambda s: s.conversation.item.create(item=USER_TEXT)),
    lambda: _sent(lambda s: s.conversation.item.create(item=TOOL_OUTPUT)),
    lambda: _sent(lambda s: s.response.create()),
    lambda: _sent(lambda s: s.response.cancel()),
    lambda: _sent(
        lambda s: s.conversation.item.truncate(item_id="item_1", content_index=0, audio_end_ms=10)
    ),
    lambda: _sent(lambda s: s.output_audio_buffer.clear()),
]


@pytest.mark.parametrize("build", EVENT_SENDS)
def test_every_event_ext_sends_round_trips_through_the_generated_model(
    build: Callable[[], Any],
) -> None:
    from realtime_generated import event_types, models

    payload = build()
    payload = payload.to_dict() if hasattr(payload, "to_dict") else payload
    name = event_types.CLIENT_EVENTS.get(payload["type"])
    assert name is not None, (
        f"{EXT_MODULE['events']} sends {payload['type']!r}, which the spec's client event "
        "union no longer has: update that module"
    )
    model = getattr(models, name)
    assert model.from_dict(payload).to_dict() == payload, (
        f"{EXT_MODULE['events']}: {payload['type']} no longer round-trips through {name}"
    )


def test_session_update_accepts_every_ga_audio_format() -> None:
    for name in ("pcm16", "pcmu", "pcma"):
        built = session.realtime_session(output_audio_format=name)
        _sent(lambda s, built=built: s.session.update(session=built))
