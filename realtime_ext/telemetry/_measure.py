"""``measure``: a conversation's metrics, attached as an extension (the recorder, loaded on
first use: importing the telemetry package stays light for a client that only makes REST
calls)."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from realtime_ext import InvalidArgumentError
from realtime_ext.provider import show

from ._available import AudioSource
from ._metrics import SessionMetrics
from ._options import Telemetry

if TYPE_CHECKING:
    from ._recorder import Recorder


@runtime_checkable
class Extensible(Protocol):
    """What ``measure`` takes: any live session (a conversation, a connection, a call, a
    translation connection), of which it calls ``add_extension``."""

    def add_extension(self, ext: Any, /) -> Any: ...


def measure(
    conn: Extensible,
    telemetry: bool | Telemetry | None = True,
    *,
    now: Callable[[], float] = time.monotonic,
    url: str = "",
    translation: bool = False,
    audio_source: AudioSource | None = None,
) -> SessionMetrics:
    """Measure ``conn``'s responses: attach the recorder of ``telemetry`` as an extension
    (stamping on ``now``, the conversation's clock; the session span names the model and
    server of ``url``). Returns the metrics, empty and nothing attached with telemetry off.
    A client's ``telemetry=`` measures its connections and calls already: this is
    for a conversation over a transport of your own. With ``audio_source`` (what counts each
    output item's audio already: a voice extension's ``audio_received``) each response's
    audio is read from it instead of counted a second time. ``translation=True``: ``conn`` is
    a translation session, which has no responses: its one figure is the time from its first
    audio sent to its first translated audio.

    Example::

        conn = Conversation(my_transport)
        metrics = measure(conn)
    """
    if not isinstance(conn, Extensible) or not callable(conn.add_extension):
        raise InvalidArgumentError(
            f"measure() takes a live session (a conversation, connection or call), not {show(conn)}"
        )
    if not callable(now):
        raise InvalidArgumentError(
            f"now must be a clock function (time.monotonic), not {show(now)}"
        )
    if not isinstance(url, str):
        raise InvalidArgumentError(f"url must be a string, not {show(url)}")
    if not isinstance(translation, bool):
        raise InvalidArgumentError(f"translation must be True or False, not {show(translation)}")
    if audio_source is not None and not callable(audio_source):
        raise InvalidArgumentError(
            f"audio_source must be a function of an item id (voice.audio_received), "
            f"not {show(audio_source)}"
        )
    made = recorder(Telemetry.of(telemetry), now, url, translation=translation)
    if made is None:
        return SessionMetrics()
    if audio_source is not None:
        made.count_audio_with(audio_source)
    conn.add_extension(made)
    return made.metrics


def recorder(
    telemetry: Telemetry, now: Callable[[], float], url: str, *, translation: bool = False
) -> Recorder | None:
    """The recorder of one session (``None``: telemetry off), not attached."""
    from ._recorder import where  # with the first conversation measured
    from ._recorders import recorder_for

    kind = "translation" if translation else "realtime"
    return recorder_for(telemetry, now, kind=kind, **where(url))
