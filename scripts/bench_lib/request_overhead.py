"""Request overhead: sequential ``client_secrets.create`` / ``calls.create`` calls per second.

Every client talks to :mod:`canned_server` (its own process) over one keep-alive
connection; the canned answers are what :class:`realtime_ext.testing.FakeRealtimeServer`
returns for the same requests, so every client parses a realistic, valid response. The raw
``httpx`` loop posts the same bytes and decodes the body: the practical limit.

Example:
    >>> from bench_lib.request_overhead import run
    >>> items = run(calls=5, rounds=1, warmup=2)  # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import itertools
import json
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

from . import subjects
from .report import Goal, Item, Measure, rate
from .served import served

SERVER_SCRIPT = Path(__file__).with_name("canned_server.py")
SECRETS_PATH = "/v1/realtime/client_secrets"
CALLS_PATH = "/v1/realtime/calls"
AUTH = {"Authorization": f"Bearer {subjects.API_KEY}"}

Operation = Callable[[], object]


@dataclass(frozen=True)
class Endpoint:
    """One endpoint measured: its name and each contender's zero-argument call."""

    name: str
    path: str
    contenders: dict[str, Operation]


def _multipart(offer: str, session: dict[str, Any]) -> tuple[bytes, str]:
    """The multipart body (and its content type) of a ``calls.create`` with a session."""
    request = httpx.Request(
        "POST",
        "http://127.0.0.1" + CALLS_PATH,
        files={
            "sdp": (None, offer.encode(), "application/sdp"),
            "session": (None, json.dumps(session).encode(), "application/json"),
        },
    )
    return request.read(), request.headers["content-type"]


def canned_routes(session: dict[str, Any], offer: str) -> dict[str, dict[str, Any]]:
    """Ask the fake server once per endpoint and keep its answers as canned responses."""
    from realtime_ext.testing import FakeRealtimeServer

    body, content_type = _multipart(offer, session)
    routes: dict[str, dict[str, Any]] = {}
    # One connection per request: a keep-alive socket left open when the fake server stops
    # makes it log a cancelled reader task.
    headers = {**AUTH, "connection": "close"}
    with FakeRealtimeServer() as fake, httpx.Client(headers=headers, timeout=10) as http:
        origin = fake.base_url.removesuffix("/v1")
        answers = {
            SECRETS_PATH: http.post(origin + SECRETS_PATH, json={"session": session}),
            CALLS_PATH: http.post(
                origin + CALLS_PATH, content=body, headers={"content-type": content_type}
            ),
        }
    for path, response in answers.items():
        if response.status_code >= 300:
            raise RuntimeError(f"fake server refused the bench request {path}: {response.text}")
        keep = ("content-type", "location", "x-request-id")
        headers = {k: v for k, v in response.headers.items() if k in keep}
        routes[f"POST {path}"] = {
            "status": response.status_code,
            "headers": headers,
            "body": response.text,
        }
    return routes


@contextlib.contextmanager
def canned_server(routes: dict[str, dict[str, Any]]) -> Iterator[str]:
    """Run :mod:`canned_server` in a child process; yield its origin (``http://127.0.0.1:N``)."""
    with tempfile.TemporaryDirectory(prefix="bench-routes-") as tmp:
        routes_file = Path(tmp) / "routes.json"
        routes_file.write_text(json.dumps(routes), encoding="utf-8")
        argv = [str(SERVER_SCRIPT), str(routes_file)]
        with served(argv, "canned server", stop_within=5) as origin:
            yield origin


def _raw_httpx(
    stack: contextlib.ExitStack, origin: str, session: dict[str, Any], offer: str
) -> tuple[Operation, Operation]:
    http = stack.enter_context(httpx.Client(base_url=origin, headers=AUTH))
    secrets_body = subjects.session_json(session)
    secrets_headers = {"content-type": "application/json"}
    calls_body, calls_type = _multipart(offer, session)
    calls_headers = {"content-type": calls_type, "accept": "application/sdp"}

    def secrets() -> object:
        return http.post(SECRETS_PATH, content=secrets_body, headers=secrets_headers).json()

    def calls() -> object:
        return http.post(CALLS_PATH, content=calls_body, headers=calls_headers).text

    return secrets, calls


def varied(session: dict[str, Any], index: int) -> dict[str, Any]:
    """``session`` as an app that makes each call its own sends it: the instructions name
    the caller (a new session's JSON each call, so nothing about it was seen before)."""
    return dict(session, instructions=f"{session['instructions']} The caller is customer {index}.")


def _varied_sides(
    stack: contextlib.ExitStack, origin: str, session: dict[str, Any], offer: str
) -> dict[str, Operation]:
    """``calls.create`` with a new session each call: ours, and raw httpx posting the same
    multipart form (its session encoded per call, as a hand-written client encodes it)."""
    sides: dict[str, Operation] = {}
    cls, _ = subjects.our_client_class()
    if cls is not None:
        client = stack.enter_context(cls(api_key=subjects.API_KEY, base_url=origin + "/v1"))
        ours_count = itertools.count()
        sides["realtime-ext"] = lambda: client.calls.create(
            sdp=offer, session=varied(session, next(ours_count))
        )
    http = stack.enter_context(httpx.Client(base_url=origin, headers=AUTH))
    raw_count = itertools.count()
    sdp = offer.encode()

    def raw() -> object:
        encoded = json.dumps(varied(session, next(raw_count))).encode()
        files = {
            "sdp": (None, sdp, "application/sdp"),
            "session": (None, encoded, "application/json"),
        }
        return http.post(CALLS_PATH, files=files, headers={"accept": "application/sdp"}).text

    sides["raw httpx"] = raw
    return sides


def _openai(
    stack: contextlib.ExitStack, origin: str, session: dict[str, Any], offer: str
) -> tuple[Operation, Operation]:
    import openai

    client = stack.enter_context(
        openai.OpenAI(api_key=subjects.API_KEY, base_url=origin + "/v1", max_retries=0)
    )
    realtime = client.realtime
    return (
        lambda: realtime.client_secrets.create(session=session),  # type: ignore[arg-type]
        lambda: realtime.calls.create(sdp=offer, session=session),  # type: ignore[arg-type]
    )


def _ours(
    stack: contextlib.ExitStack, origin: str, session: dict[str, Any], offer: str
) -> tuple[Operation, Operation] | None:
    cls, _ = subjects.our_client_class()
    if cls is None:
        return None
    client = stack.enter_context(cls(api_key=subjects.API_KEY, base_url=origin + "/v1"))
    return (
        lambda: client.client_secrets.create(session=session),
        lambda: client.calls.create(sdp=offer, session=session),
    )


def _measure(
    contenders: dict[str, Operation], *, calls: int, rounds: int, warmup: int
) -> dict[str, Measure]:
    """Requests per second of each contender, rounds interleaved so drift hits all alike."""
    for operation in contenders.values():
        for _ in range(warmup):
            operation()
    runs: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for index in range(rounds):
        # Rotate who goes first so none always runs on a freshly idle machine.
        shift = index % len(names)
        for name in names[shift:] + names[:shift]:
            runs[name].append(rate(contenders[name], calls))
    return {name: Measure(values) for name, values in runs.items()}


def _check_counts(origin: str, expected: dict[str, int]) -> None:
    counts = httpx.get(origin + "/__count").json()
    for route, count in expected.items():
        if counts.get(route, 0) != count:
            raise RuntimeError(
                f"canned server saw {counts.get(route, 0)} requests on {route}, expected "
                f"{count}: a client did not make the calls it was timed for"
            )


# calls.create validates the offer before sending (raw httpx and openai send it unchecked):
# the printed rows say so, as the figures include that work.
VALIDATION_NOTE = "validation on: every call runs sdp check_offer on the offer before sending"


def _items(name: str, measures: dict[str, Measure], pending_note: str) -> list[Item]:
    ours = measures.get("realtime-ext")
    note = pending_note if ours is None else VALIDATION_NOTE if name == "calls.create" else ""
    return [
        Item(
            f"{name} req/s",
            "req/s",
            ours,
            measures["openai"],
            goal=Goal(">= 1.00x (faster than openai)", min_ratio=1.0),
            note=note,
        ),
        Item(
            f"{name} vs raw httpx",
            "req/s",
            ours,
            measures["raw httpx"],
            baseline="raw httpx",
            # Issue 35: within 10% of raw httpx (the SDP offer checked, the session encoded).
            goal=Goal(">= 0.90x (within 10%)", min_ratio=0.9),
            note=note,
            # Raw httpx POSTs the same bytes unchecked; ours checks the offer first
            # (sdp check_offer: one pass, no model) as every calls.create does.
            extra={"validation": "on"} if name == "calls.create" else {},
        ),
    ]


VARIED_ROW = "calls.create, a new session each call, vs raw httpx"


def _varied_item(measures: dict[str, Measure], pending_note: str) -> Item:
    ours = measures.get("realtime-ext")
    return Item(
        VARIED_ROW,
        "req/s",
        ours,
        measures["raw httpx"],
        baseline="raw httpx",
        # Issue 67: calls.create at 0.8x raw httpx or better, on any session an app sends.
        goal=Goal(">= 0.80x raw httpx", min_ratio=0.8),
        note=pending_note
        if ours is None
        else VALIDATION_NOTE + "; the session (instructions naming the caller) new each call, "
        "checked and encoded anew; raw httpx encodes it and posts the form unchecked",
        extra={"validation": "on", "session": "new each call"} if ours is not None else {},
    )


def run(*, calls: int, rounds: int, warmup: int) -> list[Item]:
    """Measure both endpoints for every contender; four rows (vs openai, vs raw httpx)."""
    session = subjects.session_config()
    offer = subjects.browser_offer()
    routes = canned_routes(session, offer)
    items: list[Item] = []
    with canned_server(routes) as origin, contextlib.ExitStack() as stack:
        sides: dict[str, tuple[Operation, Operation] | None] = {
            "realtime-ext": _ours(stack, origin, session, offer),
            "openai": _openai(stack, origin, session, offer),
            "raw httpx": _raw_httpx(stack, origin, session, offer),
        }
        present = {name: ops for name, ops in sides.items() if ops is not None}
        expected: dict[str, int] = {}
        for position, (label, path) in enumerate(
            [("client_secrets.create", SECRETS_PATH), ("calls.create", CALLS_PATH)]
        ):
            contenders = {name: ops[position] for name, ops in present.items()}
            measures = _measure(contenders, calls=calls, rounds=rounds, warmup=warmup)
            expected[f"POST {path}"] = len(contenders) * (warmup + calls * rounds)
            items += _items(label, measures, subjects.our_client_class()[1])
        # An app whose calls each carry their own session (the caller named in it): no
        # check or encoding of one call's session serves the next.
        contenders = _varied_sides(stack, origin, session, offer)
        measures = _measure(contenders, calls=calls, rounds=rounds, warmup=warmup)
        expected[f"POST {CALLS_PATH}"] += len(contenders) * (warmup + calls * rounds)
        items.append(_varied_item(measures, subjects.our_client_class()[1]))
        _check_counts(origin, expected)
    return items
