"""The per-response metrics lines that ``translate`` and ``demo`` print.

They are the telemetry's own INFO records (the ``realtime_ext.metrics`` logger: one per
response, one per translation session), collected while a command runs and printed with the
record's message: the CLI and an app's logs read the same line, formatted in one place
(``realtime_ext/telemetry``), and neither holds content or a secret (the logger redacts).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Generator
from typing import Any

from realtime_ext.provider import is_dict

LOGGER = "realtime_ext.metrics"
"""The telemetry's logger, as the guide "Latency and tracing" names it to apps."""
PREFIX = "metrics: "


class _Collector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        # Called on whichever thread decoded the event; list.append is atomic.
        self.records.append(record)


@contextlib.contextmanager
def collected() -> Generator[list[logging.LogRecord]]:
    """Collect the metrics records logged inside the block (the list fills as they come).

    The logger is set to INFO meanwhile (its records are skipped below it) and put back
    after; an app's own handlers still get the records as before.

    Example::

        with collected() as records:
            run_a_session()
        print_lines(records)
    """
    logger = logging.getLogger(LOGGER)
    handler = _Collector()
    level = logger.level
    if not logger.isEnabledFor(logging.INFO):
        logger.setLevel(logging.INFO)
    logger.addHandler(handler)
    try:
        yield handler.records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


def lines(records: list[logging.LogRecord]) -> list[str]:
    """One line per record: ``metrics: `` and the record's own message.

    Example:
        >>> record = logging.makeLogRecord({"msg": "response %s completed", "args": ("r1",)})
        >>> lines([record])
        ['metrics: response r1 completed']
    """
    return [PREFIX + record.getMessage() for record in records]


def figures(records: list[logging.LogRecord]) -> list[dict[str, Any]]:
    """The records' figures as dicts (``record.realtime_metrics``), for ``--json``.

    Example:
        >>> figures([logging.makeLogRecord({"realtime_metrics": {"duration_ms": 1.0}})])
        [{'duration_ms': 1.0}]
    """
    found = (getattr(record, "realtime_metrics", None) for record in records)
    return [dict(value) for value in found if is_dict(value)]
