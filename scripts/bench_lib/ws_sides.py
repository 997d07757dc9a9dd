"""The three WebSocket receivers compared by :mod:`websocket_recv`, defined once.

Each side opens a connection to the canned server (``events=N`` in the query: the server
then sends N frames of the recorded mix and closes) and drains it: ``raw`` is a plain
``websockets`` loop doing ``json.loads`` (the practical limit: ``recv()`` decodes the
text frame, and ``json.loads`` of a ``str`` is faster than of ``bytes``), ``ours`` is
``realtime_ext.connection`` as a voice agent opens it (``connect``/``aconnect`` with a
``Voice`` attached, then ``recv()``: typed events, history and barge-in; ``ours-bare`` the
core connection alone, as ``connect()`` opens it: typed events only), and
``openai`` is the official package's ``client.realtime.connect()`` then ``recv()``.
The bench process times them and the memory children import this same module, so both
measure the very same statements. Imports happen in :func:`load` (never at module import),
so a memory child only ever loads its own side.

Telemetry (issue 39) is measured on ours three ways, against ``ours-off``
(no ``telemetry=``): ``ours`` passes ``Telemetry()`` (metrics on; with the OpenTelemetry API
installed and no SDK configured, the global providers are no-ops), ``ours-otel`` passes the
OpenTelemetry SDK's providers, recording every span and measurement (a batch span processor
to an exporter that drops them, an in-memory metric reader), and :mod:`websocket_recv` runs
``ours`` and ``ours-off`` once more in a child where OpenTelemetry cannot be imported.

Example:
    >>> from bench_lib import ws_sides
    >>> side = ws_sides.SIDES["raw"]
    >>> side.name
    'raw'
"""

from __future__ import annotations

import inspect
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

API_KEY = "sk-bench-not-a-real-key"
MODEL = "gpt-realtime"


def ws_url(origin: str, events: int) -> str:
    """The canned server's realtime URL asking for ``events`` frames (``origin``: http://h:p)."""
    return f"ws{origin.removeprefix('http')}/v1/realtime?model={MODEL}&events={events}"


# -- raw websockets + json.loads -------------------------------------------------------------
def _raw_open_sync(origin: str, events: int) -> Any:
    from websockets.sync.client import connect

    # websockets >= 17.1 wants legacy=True outside a with block; older ones lack the keyword.
    legacy: dict[str, Any] = (
        {"legacy": True} if "legacy" in inspect.signature(connect).parameters else {}
    )
    opener: Any = connect
    return opener(ws_url(origin, events), max_size=None, **legacy)


def _raw_drain_sync(conn: Any, count: int) -> Any:
    recv, loads = conn.recv, json.loads
    event = None
    for _ in range(count):
        event = loads(recv())
    return event


async def _raw_open_async(origin: str, events: int) -> Any:
    from websockets.asyncio.client import connect

    return await connect(ws_url(origin, events), max_size=None)


async def _raw_drain_async(conn: Any, count: int) -> Any:
    recv, loads = conn.recv, json.loads
    event = None
    for _ in range(count):
        event = loads(await recv())
    return event


# -- realtime-ext ----------------------------------------------------------------------------
# The telemetry each of our sides has: True (a Telemetry on the global providers), False (the
# default: none), or the recording SDK's Telemetry (made once by _load_ours_otel: providers,
# tracer and histograms per process, as an app makes them).
_TELEMETRY: dict[str, Any] = {"ours": True, "ours-off": False, "ours-bare": False}


def _telemetry(name: str) -> Any:
    """The ``telemetry=`` side ``name`` passes to connect."""
    from realtime_ext.telemetry import Telemetry

    value = _TELEMETRY[name]
    return None if value is False else Telemetry.of(value)  # True: the one shared default


# The core connection alone, as ``connect()`` opens it: no extension (telemetry off, no
# voice). The other ours sides are a voice agent's: a Voice attached (history, barge-in),
# with or without telemetry. The difference is what history, barge-in and telemetry cost.
_BARE = "ours-bare"


def _extensions(name: str, blocking: bool) -> list[Any]:
    """The ``extensions=`` side ``name`` passes to connect: a voice, but on the bare side."""
    if name == _BARE:
        return []
    from realtime_ext.voice import AsyncVoice, Voice

    return [Voice() if blocking else AsyncVoice()]


def _ours_opener_sync(name: str) -> Callable[[str, int], Any]:
    def open_sync(origin: str, events: int) -> Any:
        from realtime_ext.connection import connect

        conn = connect(
            api_key=API_KEY,
            base_url=f"{origin}/v1",
            model=MODEL,
            extra_query={"events": str(events)},
            telemetry=_telemetry(name),
            extensions=_extensions(name, blocking=True),
        )
        return conn

    return open_sync


def _ours_opener_async(name: str) -> Callable[[str, int], Awaitable[Any]]:
    def open_async(origin: str, events: int) -> Awaitable[Any]:
        from realtime_ext.connection import aconnect

        opener: Any = aconnect(
            api_key=API_KEY,
            base_url=f"{origin}/v1",
            model=MODEL,
            extra_query={"events": str(events)},
            telemetry=_telemetry(name),
            extensions=_extensions(name, blocking=False),
        )
        return _awaited(opener)

    return open_async


# -- openai ----------------------------------------------------------------------------------
def _openai_open_sync(origin: str, events: int) -> Any:
    import openai

    client = openai.OpenAI(api_key=API_KEY, base_url=f"{origin}/v1")
    return client.realtime.connect(model=MODEL, extra_query={"events": events}).enter()


async def _openai_open_async(origin: str, events: int) -> Any:
    import openai

    client = openai.AsyncOpenAI(api_key=API_KEY, base_url=f"{origin}/v1")
    return await client.realtime.connect(model=MODEL, extra_query={"events": events}).enter()


# -- shared by ours and openai: the connection's own recv() ---------------------------------
def _drain_sync(conn: Any, count: int) -> Any:
    recv = conn.recv
    event = None
    for _ in range(count):
        event = recv()
    return event


async def _drain_async(conn: Any, count: int) -> Any:
    recv = conn.recv
    event = None
    for _ in range(count):
        event = await recv()
    return event


async def _awaited(value: Any) -> Any:
    # aconnect() returns an awaitable context manager rather than a coroutine.
    return await value


def _close_sync(conn: Any) -> None:
    conn.close()


async def _close_async(conn: Any) -> None:
    await conn.close()


def _load_raw() -> None:
    import websockets.asyncio.client
    import websockets.sync.client  # noqa: F401


def _load_ours() -> None:
    import realtime_ext.connection
    import realtime_ext.events  # noqa: F401


def _load_ours_otel() -> None:
    """The OpenTelemetry SDK's providers, recording: ImportError without the SDK (the rows
    then print pending)."""
    _load_ours()
    if "ours-otel" in _TELEMETRY:
        return
    from opentelemetry.sdk.metrics import MeterProvider
    from opentelemetry.sdk.metrics.export import InMemoryMetricReader
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    from realtime_ext.telemetry import Telemetry

    class Dropped(SpanExporter):
        """Takes every batch and drops it: the spans are all made, and nothing waits on I/O."""

        def __init__(self) -> None:
            self.spans = 0

        def export(self, spans: Any) -> SpanExportResult:
            self.spans += len(spans)
            return SpanExportResult.SUCCESS

    tracer_provider = TracerProvider()
    tracer_provider.add_span_processor(BatchSpanProcessor(Dropped()))
    meter_provider = MeterProvider(metric_readers=[InMemoryMetricReader()])
    _TELEMETRY["ours-otel"] = Telemetry(
        tracer_provider=tracer_provider, meter_provider=meter_provider
    )


def _load_openai() -> None:
    import openai
    import openai.resources.realtime.realtime
    import openai.types.realtime  # noqa: F401
    import websockets.asyncio.client
    import websockets.sync.client  # noqa: F401


@dataclass(frozen=True)
class Side:
    """How one receiver opens, drains and closes a connection, sync and async."""

    name: str
    load: Callable[[], None]
    open_sync: Callable[[str, int], Any]
    drain_sync: Callable[[Any, int], Any]
    open_async: Callable[[str, int], Awaitable[Any]]
    drain_async: Callable[[Any, int], Awaitable[Any]]
    close_sync: Callable[[Any], None] = _close_sync
    close_async: Callable[[Any], Awaitable[None]] = _close_async


SIDES = {
    "raw": Side(
        "raw", _load_raw, _raw_open_sync, _raw_drain_sync, _raw_open_async, _raw_drain_async
    ),
    **{
        name: Side(
            name,
            load,
            _ours_opener_sync(name),
            _drain_sync,
            _ours_opener_async(name),
            _drain_async,
        )
        for name, load in (
            ("ours", _load_ours),
            ("ours-off", _load_ours),
            ("ours-otel", _load_ours_otel),
            (_BARE, _load_ours),
        )
    },
    "openai": Side(
        "openai", _load_openai, _openai_open_sync, _drain_sync, _openai_open_async, _drain_async
    ),
}


def type_of(event: Any) -> str | None:
    """The ``type`` of what a side returned (a dict for raw, a model for the others)."""
    found = event.get("type") if isinstance(event, dict) else getattr(event, "type", None)
    value = getattr(found, "value", found)
    return value if isinstance(value, str) else None
