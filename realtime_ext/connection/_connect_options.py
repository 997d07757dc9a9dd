"""The keywords ``client.connect(...)`` passes on to :func:`~realtime_ext.connection.connect`.

A ``TypedDict`` so ``**options`` is typed: a lambda given as ``on_reconnected=`` knows its
event type, and a misspelt keyword is a type error, under mypy --strict and pyright strict.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, TypedDict

if TYPE_CHECKING:
    from realtime_ext._clock import Clock
    from realtime_ext.conversation._reconnect import OnReconnected, OnReconnecting
    from realtime_ext.voice import PlaybackTracker


class ConnectOptions(TypedDict, total=False):
    """Optional keywords of ``RealtimeClient.connect``/``AsyncRealtimeClient.connect``.

    See :func:`realtime_ext.connection.connect` for what each one does.

    Example::

        options: ConnectOptions = {"max_retries": 3, "max_size": 1 << 20}
        with client.connect(model="gpt-realtime", **options) as conn: ...
    """

    max_size: int | None
    max_queue: int | None
    open_timeout: float | None
    extra_query: Mapping[str, str] | None
    max_retries: int | None
    on_reconnecting: OnReconnecting | None
    on_reconnected: OnReconnected | None
    reconnect_delay: float
    max_reconnect_delay: float
    max_queued_bytes: int
    playback: PlaybackTracker | None
    auto_interrupt: bool | None
    keep_audio: bool
    max_audio_bytes: int
    clock: Clock | None
