"""Replaying a session cassette on the fake server (``FakeRealtimeServer(cassette=...)``).

REST: a request gets the recorded response of the first unused exchange with the same
method and path whose body matches (JSON bodies compared after scrubbing, but their ``sdp``
values, GPT-Live's offers; SDP and form bodies, which differ on every call by nature, by
method and path only).

WebSocket: the n-th connection to a path replays the n-th recorded one. Each recorded
server event is sent once the client events that preceded it in the recording have
arrived; a client event that differs from the recording (``event_id`` aside, since clients
make those up, and the item ids the SDK makes up, which differ on every run: the replay
answers with the client's ids in their place) is answered with an ``error`` event naming
the first difference, kept in :attr:`CassetteReplay.mismatches` (the pytest fixture fails
the test with it), and the connection is closed with code 1008 (nothing recorded could
answer it, and a client must not wait forever).

Across channels: a server message recorded after something on another channel while its
connection was open (a REST exchange, another connection's client event) is sent once that
has been played too: a sideband's append before its acknowledgement on the primary socket,
``POST …/hangup`` before the ``session.closed`` it caused. GPT-Live sessions are driven so
from several channels at once.

Timing: ``"compressed"`` (default) sends as fast as the client reads; ``"recorded"``
keeps the recorded gaps; a float scales them (``0.5`` = twice as fast).
"""

from __future__ import annotations

import asyncio
import json
import threading
from dataclasses import dataclass
from typing import Any, Unpack

from websockets.exceptions import ProtocolError
from websockets.frames import Close as CloseFrame

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import SAFE_QUERY_PARAMETERS, is_dict, is_list, is_mapping

from ._cassette import MASK, Cassette, decode_body, encode_body, first_difference, scrub
from ._events import JSON, ErrorFields, error_event
from ._forms import parse_multipart
from ._http import HttpError, RecordedRequest, Response
from ._json import json_object
from ._routes import Close, OpenedSocket, Opener, Send

Timing = str | float
MISMATCH_CLOSE_CODE = 1008  # policy violation: the client left the recorded script


def parse_timing(timing: Timing) -> float | None:
    """Seconds-per-recorded-second for a timing option (``None``: no waiting)."""
    if timing == "compressed":
        return None
    if timing == "recorded":
        return 1.0
    if isinstance(timing, int | float) and not isinstance(timing, bool) and timing >= 0:
        return float(timing)
    raise InvalidArgumentError(
        f"timing must be 'compressed', 'recorded' or a factor >= 0, got {timing!r}"
    )


def _comparable(event: Any) -> Any:
    found = json_object(event)
    if found is not None:
        return scrub({k: v for k, v in found.items() if k != "event_id"})
    return scrub(event)


def _aliased(value: Any, aliases: dict[str, str]) -> Any:
    """``value`` with every string that is a key of ``aliases`` replaced by its value.

    Example:
        >>> _aliased({"item": {"id": "a"}, "ids": ["a", "b"]}, {"a": "z"})
        {'item': {'id': 'z'}, 'ids': ['z', 'b']}
    """
    if not aliases:
        return value
    if isinstance(value, str):
        return aliases.get(value, value)
    if is_dict(value):
        return {key: _aliased(item, aliases) for key, item in value.items()}
    if is_list(value):
        return [_aliased(item, aliases) for item in value]
    return value


def _learn_alias(expected: Any, got: Any, aliases: dict[str, str]) -> None:
    """Note the id the SDK made for a created item in place of the recorded one (both made
    by the SDK: :func:`~realtime_ext.conversation.is_carried_item_id`)."""
    if not (is_mapping(expected) and is_mapping(got)):
        return
    recorded, made = expected.get("item"), got.get("item")
    if not (is_mapping(recorded) and is_mapping(made)):
        return
    old, new = recorded.get("id"), made.get("id")
    # Here, not at the top: importing the conversation package loads the event decoders,
    # which a `serve-fake` process without a cassette never uses.
    from ..conversation import is_carried_item_id

    if old != new and is_carried_item_id(old) and is_carried_item_id(new):
        aliases[str(old)] = str(new)


def _request_body(request: RecordedRequest) -> JSON:
    content_type = request.header("content-type")
    if content_type and content_type.startswith("multipart/form-data"):
        try:
            fields = parse_multipart(content_type, request.body)
        except ValueError:
            fields = {}
        return {"form": _form_fields(fields)}
    return encode_body(content_type, request.body)


def _form_fields(fields: dict[str, bytes]) -> JSON:
    """A multipart form as replay compares it: JSON parts (a call's ``session``) parsed and
    scrubbed, as the cassette holds them; the SDP, which differs on every call by nature,
    left out."""
    out: JSON = {}
    for name, raw in fields.items():
        if name == "sdp":
            continue
        text = raw.decode("utf-8", "replace")
        try:
            out[name] = scrub(json.loads(text))
        except ValueError:
            out[name] = scrub(text)
    return out


def _recorded_form(recorded: JSON) -> JSON | None:
    """The form fields of a recorded multipart body (its text starts with the boundary)."""
    content_type = str(recorded.get("content_type") or "")
    text = recorded.get("text")
    if not content_type.startswith("multipart/form-data") or not isinstance(text, str):
        return None
    boundary = text.split("\r\n", 1)[0].removeprefix("--").strip()
    try:
        fields = parse_multipart(f"multipart/form-data; boundary={boundary}", text.encode())
    except ValueError:
        return None
    return _form_fields(fields)


def _without_sdp(value: Any) -> Any:
    """A JSON body as replay compares it: every ``sdp`` value left out (GPT-Live's
    ``{"transport": {"type": "webrtc", "sdp": offer}}``: an offer differs on every call by
    nature, as a multipart form's ``sdp`` part does).

    Example:
        >>> _without_sdp({"transport": {"type": "webrtc", "sdp": "v=0..."}, "session": {}})
        {'transport': {'type': 'webrtc'}, 'session': {}}
    """
    if is_mapping(value):
        return {k: _without_sdp(v) for k, v in value.items() if k != "sdp"}
    if is_list(value):
        return [_without_sdp(item) for item in value]
    return value


def _body_difference(recorded: JSON, body: JSON) -> str | None:
    """How a request body differs from the recorded one (``None``: it matches). JSON bodies
    and the JSON parts of multipart forms are compared; SDP (a part, or a JSON body's
    ``sdp``) and other text by nature differ on every call and are not. A body that no
    longer parses is a difference."""
    if "json" in recorded:
        if "json" not in body:
            return "the body is not JSON (the recording's was)"
        return first_difference(_without_sdp(recorded["json"]), _without_sdp(body["json"]))
    form = _recorded_form(recorded)
    if form is not None and "form" in body:
        return first_difference(form, body["form"])
    return None


def _comparable_query(query: Any) -> JSON:
    """A query as replay compares it: the names, and the values of the known-safe ones
    (the others are masked in the cassette)."""
    found = json_object(query) or {}
    return {
        str(name): values if str(name).lower() in SAFE_QUERY_PARAMETERS else [MASK]
        for name, values in found.items()
    }


class CassetteReplay:
    """Answers REST requests and WebSocket connections from one cassette."""

    def __init__(self, cassette: Cassette, *, timing: Timing = "compressed") -> None:
        self.cassette = cassette
        self.speed: float | None = parse_timing(timing)
        self.mismatches: list[str] = []
        """What differed from the recording, one message per mismatch (thread-safe list)."""
        self._lock = threading.Lock()
        self._http = list(cassette.http)
        self._used: set[int] = set()
        self._connections: dict[str, list[list[JSON]]] = {}
        self._sockets: list[_ReplaySocket] = []
        self._after: dict[int, After] = causes(cassette.records)
        self._heard: dict[int, int] = {}
        """Client events that came, by recorded connection."""
        self._progress: asyncio.Event | None = None
        for records in cassette.connections():
            path = str(records[0].get("path", "/v1/realtime")).rstrip("/")
            self._connections.setdefault(path, []).append(records)

    @property
    def name(self) -> str:
        return self.cassette.path or "cassette"

    def mismatch(self, message: str) -> str:
        """Record a mismatch (kept in ``mismatches``); returns its text, naming the cassette."""
        text = f"cassette {self.name}: {message}"
        with self._lock:
            if text not in self.mismatches:  # each reported once, however often it recurs
                self.mismatches.append(text)
        return text

    def unplayed(self) -> list[str]:
        """What the recording holds that the clients never asked for: REST exchanges never
        requested, connections never opened, client events never sent (a client that hung
        up early or skipped some). A replay's end-of-test report; empty when all was played.
        """
        with self._lock:
            used = set(self._used)
            sockets = list(self._sockets)
            left = [records for queue in self._connections.values() for records in queue]
        notes = [
            f"{r.get('method')} {r.get('path')} (exchange {i + 1}) was never requested"
            for i, r in enumerate(self._http)
            if i not in used
        ]
        notes += [
            f"connection {records[0].get('conn', 0)} to {records[0].get('path')} was never opened"
            for records in left
        ]
        notes += [note for socket in sockets if (note := socket.unplayed()) is not None]
        return [f"cassette {self.name}: {note}" for note in notes]

    # -- order across channels --------------------------------------------------------------
    def heard(self, conn: int, count: int) -> None:
        """Connection ``conn`` (as recorded) has had ``count`` client events."""
        self._heard[conn] = count
        self._moved()

    def _moved(self) -> None:
        # On the server's loop, where every replay socket runs: wake the waiting ones.
        if self._progress is not None:
            self._progress.set()
            self._progress = None

    def _caught_up(self, after: After) -> bool:
        with self._lock:
            played = after.http <= self._used
        return played and all(self._heard.get(conn, 0) >= count for conn, count in after.events)

    async def caught_up(self, record: JSON) -> bool:
        """Wait until what ``record`` (a server message) was recorded after, on other channels
        since its connection opened, has been played: the REST exchanges (a hangup before
        the ``session.closed`` it caused) and other connections' client events (a sideband's
        append before its ack on the primary). Returns whether it waited."""
        after = self._after.get(id(record))
        if after is None or self._caught_up(after):
            return False
        while not self._caught_up(after):
            if self._progress is None:
                self._progress = asyncio.Event()
            await self._progress.wait()
        return True

    # -- REST -----------------------------------------------------------------------------
    def handle_http(self, request: RecordedRequest) -> Response | None:
        """The recorded response for ``request``; ``None`` when nothing recorded matches."""
        body = _request_body(request)
        candidates = [
            (i, r)
            for i, r in enumerate(self._http)
            if r.get("method") == request.method and r.get("path") == request.path
        ]
        for i, record in candidates:
            if i in self._used:
                continue
            if _body_difference(record.get("request", {}), body) is None:
                with self._lock:
                    self._used.add(i)
                self._moved()
                return self._response(record)
        return None

    def explain_http(self, request: RecordedRequest) -> str:
        """Why ``request`` matched nothing (and record the mismatch)."""
        body = _request_body(request)
        same = [
            (i, r)
            for i, r in enumerate(self._http)
            if r.get("method") == request.method and r.get("path") == request.path
        ]
        where = f"{request.method} {request.path}"
        if not same:
            return self.mismatch(f"no recorded request {where}")
        # Compared with the next one the client would have got: the first not yet played.
        unused = [r for i, r in same if i not in self._used]
        closest = unused[0] if unused else same[-1][1]
        difference = _body_difference(closest.get("request", {}), body)
        if difference is None:
            return self.mismatch(f"all {len(same)} recorded {where} were already played")
        return self.mismatch(f"{where} body differs from the recording: {difference}")

    def _response(self, record: JSON) -> Response:
        answer = record.get("response", {})
        headers = json_object(answer.get("headers") or {})
        location = headers.get("location") if headers is not None else None
        return Response(
            int(record.get("status", 200)),
            decode_body(answer),
            answer.get("content_type"),
            {"Location": str(location)} if location else {},
        )

    # -- WebSocket ------------------------------------------------------------------------
    def has_connection(self, path: str) -> bool:
        """Whether a recorded connection to ``path`` is left to replay."""
        return bool(self._connections.get(path.rstrip("/")))

    def route(self, path: str, query: Any = None) -> Opener:
        """The next recorded connection to ``path`` (raises 404 :class:`HttpError` if none,
        400 when the query differs from the recorded one, or the recorded refusal)."""
        with self._lock:
            queue = self._connections.get(path.rstrip("/"))
            records = queue.pop(0) if queue else None
        if records is None:
            raise HttpError(
                404,
                self.mismatch(f"no recorded WebSocket connection left for {path}"),
                code="cassette_mismatch",
            )
        opened = records[0]
        if query is not None:
            difference = first_difference(
                _comparable_query(opened.get("query")), _comparable_query(query)
            )
            if difference is not None:
                raise HttpError(
                    400,
                    self.mismatch(
                        f"connection {opened.get('conn', 0)} to {path}: query {difference}"
                    ),
                    code="cassette_mismatch",
                )
        status = int(opened.get("status", 101))
        if status != 101:
            answer = opened.get("response", {}).get("json", {})
            found = json_object(answer)
            error: Any = found.get("error", {}) if found is not None else {}
            raise HttpError(
                status,
                str(error.get("message", "refused (recorded)")),
                type=str(error.get("type", "invalid_request_error")),
                code=error.get("code"),
            )

        def open_replay(send: Send, close: Close) -> OpenedSocket:
            socket = _ReplaySocket(self, _greeting_first(records), send, close)
            with self._lock:
                self._sockets.append(socket)
            return OpenedSocket(socket, start=socket.start, detach=socket.stop)

        return open_replay


@dataclass(frozen=True)
class After:
    """What a recorded server message came after on other channels, since its connection
    opened: ``http``, the REST exchanges (their indices among the recorded ones), and
    ``events``, (connection, count) pairs: that connection's first ``count`` client events."""

    http: frozenset[int]
    events: tuple[tuple[int, int], ...]


def causes(records: list[JSON]) -> dict[int, After]:
    """For each server message or close of ``records`` (by ``id``) that came after something
    on another channel while its connection was open, what it came after (:class:`After`).

    Example:
        >>> records = [{"kind": "ws.open", "conn": 0}, {"kind": "ws.open", "conn": 1},
        ...     {"kind": "ws.client", "conn": 1}, {"kind": "ws.server", "conn": 0}]
        >>> list(causes(records).values())
        [After(http=frozenset(), events=((1, 1),))]
    """
    http = 0
    sent: dict[int, int] = {}
    opened_at: dict[int, tuple[int, dict[int, int]]] = {}
    found: dict[int, After] = {}
    for record in records:
        kind, conn = record["kind"], record.get("conn")
        if kind == "http":
            http += 1
        elif kind == "ws.open" and isinstance(conn, int):
            opened_at[conn] = (http, dict(sent))
        elif kind == "ws.client" and isinstance(conn, int):
            sent[conn] = sent.get(conn, 0) + 1
        elif kind in ("ws.server", "ws.close") and conn in opened_at:
            assert isinstance(conn, int)
            http_then, sent_then = opened_at[conn]
            events = tuple(
                (other, count)
                for other, count in sorted(sent.items())
                if other != conn and count > sent_then.get(other, 0)
            )
            if events or http > http_then:
                found[id(record)] = After(frozenset(range(http_then, http)), events)
    return found


class _ReplaySocket:
    """Plays one recorded connection against a live client."""

    def __init__(
        self, replay: CassetteReplay, records: list[JSON], send: Send, close: Close
    ) -> None:
        self.replay = replay
        self.records = records
        self.send = send
        self.close = close
        self.conn = records[0].get("conn", 0)
        self.inbox: asyncio.Queue[JSON] = asyncio.Queue()
        self.task: asyncio.Task[None] | None = None
        self.failed = False
        self.ended = False
        self.waiting: str | None = None
        """The recorded client event the replay waits for (``None``: not waiting for one)."""
        self.received = 0
        """How many client events came and were compared."""
        self.aliases: dict[str, str] = {}
        """Recorded SDK-made item ids -> the ids this run's client made in their place."""

    def parse(self, raw: str | bytes) -> JSON | None:
        try:
            payload = json_object(json.loads(raw))
        except ValueError:
            payload = None
        if payload is None:
            self._fail(
                f"connection {self.conn}: the client sent a message that is not a JSON object"
            )
            return None
        return payload

    def error_event(self, message: str, **fields: Unpack[ErrorFields]) -> JSON:
        # A replay's own errors (a mismatch, the fake's failure) are the Realtime API's
        # shape whatever the cassette recorded: they are the test's, not the API's.
        return error_event(message, **fields)

    def dispatch(self, payload: JSON) -> None:
        if self.failed:
            self.send(
                error_event(
                    "Cassette replay stopped after a mismatch.",
                    code="cassette_mismatch",
                    event_id=payload.get("event_id"),
                )
            )
        elif self.ended:
            self._fail(
                f"connection {self.conn}: client event {str(payload.get('type'))[:60]!r} comes "
                "after the end of the recording",
                payload.get("event_id"),
            )
        else:
            self.inbox.put_nowait(payload)

    def start(self) -> None:
        self.task = asyncio.get_running_loop().create_task(self._run())

    def stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def unplayed(self) -> str | None:
        """What of this connection's recording the client never sent (``None``: nothing)."""
        if self.failed or self.ended or self.waiting is None:
            return None
        remaining = sum(1 for r in self.records if r["kind"] == "ws.client") - self.received
        return (
            f"connection {self.conn}: {self.waiting} and {remaining - 1} more never came"
            if remaining > 1
            else f"connection {self.conn}: {self.waiting} never came"
        )

    def _fail(self, message: str, event_id: Any = None) -> None:
        text = self.replay.mismatch(message)
        self.failed = True
        self.send(error_event(text, code="cassette_mismatch", event_id=event_id))
        # The recording has no answer for what the client does now: close rather than let
        # a client wait for events that will never come.
        self.close(MISMATCH_CLOSE_CODE, "cassette mismatch (see the error event)")

    async def _wait(self, gap: float, since: float) -> None:
        speed = self.replay.speed
        if speed:
            delay = since + gap * speed - asyncio.get_running_loop().time()
            if delay > 0:
                await asyncio.sleep(delay)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        previous_t = float(self.records[0].get("t", 0.0))
        mark = loop.time()
        number = 0
        for record in self.records[1:]:
            kind = record["kind"]
            t = float(record.get("t", previous_t))
            if kind == "ws.server":
                await self._wait(t - previous_t, mark)
                if await self.replay.caught_up(record):
                    mark = loop.time()
                if "event" in record:  # a non-JSON message (never sent by the API) is skipped
                    self.send(_aliased(record["event"], self.aliases))
                mark = loop.time()
            elif kind == "ws.client":
                expected = record.get("event")
                wanted_type = expected.get("type") if is_mapping(expected) else None
                self.waiting = f"client event #{number + 1} (recorded {wanted_type!r})"
                got = await self.inbox.get()
                self.waiting = None
                mark = loop.time()
                number += 1
                self.received = number
                self.replay.heard(int(self.conn), number)
                _learn_alias(expected, got, self.aliases)
                difference = first_difference(
                    _comparable(_aliased(expected, self.aliases)), _comparable(got)
                )
                if difference is not None:
                    wanted = expected.get("type") if is_mapping(expected) else None
                    self._fail(
                        f"connection {self.conn}, client event #{number} "
                        f"(recorded {wanted!r}): {difference}",
                        got.get("event_id"),
                    )
                    return
            elif kind == "ws.close":
                if record.get("by") == "server":
                    await self._wait(t - previous_t, mark)
                    await self.replay.caught_up(record)
                    self.ended = True
                    self.close(_sendable(record.get("code")), str(record.get("reason", "")))
                    return
                break
            previous_t = t
        self.ended = True
        # Client events that arrived early, beyond the recording, are mismatches too.
        if not self.inbox.empty():
            self.dispatch(self.inbox.get_nowait())


# What the API sends unprompted as a connection opens: never an answer to a client event.
_GREETINGS = frozenset({"session.created", "transcription_session.created"})


def _greeting_first(records: list[JSON]) -> list[JSON]:
    """``records`` with the connection's greeting before the client events recorded ahead of
    it. A client that sends at once (openai's sends session.update on connect) can reach the
    recording proxy before upstream's session.created does; replayed in that order, a client
    that waits for session.created before sending waited forever (the replay waited for its
    session.update first).

    Example:
        >>> _greeting_first([{"kind": "ws.open"}, {"kind": "ws.client"},
        ...     {"kind": "ws.server", "event": {"type": "session.created"}}])[1]["kind"]
        'ws.server'
    """
    # The first record after the open that is not a client event, if client events precede it.
    index = next((i for i in range(1, len(records)) if records[i].get("kind") != "ws.client"), 0)
    event = records[index].get("event") if index > 1 else None
    if records[index].get("kind") != "ws.server" or not is_mapping(event):
        return records
    if event.get("type") not in _GREETINGS:
        return records
    return [records[0], records[index], *records[1:index], *records[index + 1 :]]


def _sendable(code: Any) -> int | None:
    """A recorded close code as the replay can send it: codes no close frame may carry
    (1005, 1006, 1015: what a client saw when the connection was cut) replay as a cut."""
    if not isinstance(code, int):
        return None
    try:
        CloseFrame(code, "").check()
    except ProtocolError:
        return None
    return code
