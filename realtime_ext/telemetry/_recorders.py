"""Which recorder a new session gets: by its kind (a Realtime conversation, a translation
connection, a GPT-Live connection), each made with its session span when OpenTelemetry is
installed. Apart from the recorders so that each imports only what it builds on."""

from __future__ import annotations

import time

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import Clock

from ._available import otel_installed
from ._recorder import ConversationRecorder, Measuring, Now, Recorder
from ._trace import SessionTrace

KINDS = ("realtime", "translation", "live")
"""The kinds of session a recorder measures."""


def recorder_for(
    telemetry: Measuring,
    now: Now,
    *,
    kind: str = "realtime",
    model: str | None = None,
    server: tuple[str, int] | None = None,
    webrtc: bool = False,
) -> Recorder | None:
    """The recorder of a new session of ``kind`` (one of :data:`KINDS`), or ``None`` with
    telemetry off; ``webrtc``: a GPT-Live session made over WebRTC (its start charge)."""
    if kind not in KINDS:
        raise InvalidArgumentError(f"kind must be one of {KINDS}, got {kind!r}")
    if not telemetry.enabled:
        return None
    now = _direct(now)
    prices = telemetry.prices
    trace: SessionTrace | None = None
    if otel_installed():
        # Made on first use: OpenTelemetry is imported after the connection's first event.
        trace = SessionTrace(telemetry.instruments, now, model=model, server=server, kind=kind)
    if kind == "translation":
        from ._translation_recorder import TranslationSessionRecorder  # with the first one

        return TranslationSessionRecorder(now, trace)
    if kind == "live":
        from ._live_recorder import LiveRecorder  # with the first GPT-Live session

        return LiveRecorder(now, trace, prices, webrtc=webrtc, model=model)
    return ConversationRecorder(now, trace, prices, model=model)


def _direct(now: Now) -> Now:
    """The default clock's ``now`` is ``time.monotonic`` behind a method call: the recorder
    stamps with it directly (a few times per response, each a frame less)."""
    owner = getattr(now, "__self__", None)
    if type(owner) is Clock and getattr(now, "__func__", None) is Clock.now:
        return time.monotonic
    return now
