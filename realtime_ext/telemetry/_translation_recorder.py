"""The translation session's recorder: the time from its first audio sent to its first
translated audio, sans I/O (a translation session has no responses: this is its one figure).

Translation's own telemetry module, as :mod:`._live_recorder` is GPT-Live's: the recorder
every kind shares (:mod:`._recorder`) names no kind.
"""

from __future__ import annotations

import logging
from decimal import Decimal
from typing import Any

from realtime_ext.provider import get_logger

from ._recorder import Now, Recorder
from ._trace import SessionTrace

logger = get_logger("realtime_ext.metrics")


class TranslationSessionRecorder(Recorder):
    """A translation connection's figure: the time from its first audio sent to its first
    translated audio (the session has no responses)."""

    __slots__ = ("_first_sent", "_now")

    SENT = "session.input_audio_buffer.append"

    def cost(self) -> Decimal | None:
        """``None``: translation is billed by the audio's duration, which is not priced
        here."""
        return None

    def __init__(self, now: Now, trace: SessionTrace | None) -> None:
        super().__init__(trace)
        self._now = now
        self._first_sent: float | None = None

    def sent(self, payload: dict[str, Any]) -> None:
        if self._first_sent is None and payload.get("type") == self.SENT:
            self._first_sent = self._now()
            self.noted["session.output_audio.delta"] = self._first_audio

    def _first_audio(self, event: Any) -> None:
        self.noted.clear()  # one figure: nothing more to note
        assert self._first_sent is not None
        ms = (self._now() - self._first_sent) * 1000
        self.metrics.first_audio(ms)
        if self.trace is not None:
            self.trace.first_audio(ms)
        if logger.isEnabledFor(logging.INFO):
            logger.info(
                "translation: first translated audio %.0f ms after the first audio sent",
                ms,
                extra={"realtime_metrics": {"time_to_first_audio_ms": ms}},
            )
