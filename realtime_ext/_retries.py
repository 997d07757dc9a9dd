"""When to retry a request and how long to wait first (the official openai package's rules).

Retried: connection errors and timeouts, 408, 409, 429 and 5xx, unless the server says
otherwise with ``x-should-retry: true|false``. The wait is the server's ``retry-after-ms`` or
``Retry-After`` (seconds or an HTTP date) when given and within :data:`MAX_RETRY_AFTER`;
a longer server-requested wait is not retried at all (the caller gets the error at once
rather than a hammered server); otherwise exponential backoff from 0.5 s up to 8 s, minus up
to 25 % jitter.

Example::

    should_retry_status(429, httpx.Headers())  # True
    retry_delay(attempt=1, headers=httpx.Headers({"retry-after": "2"}))  # 2.0
"""

from __future__ import annotations

import email.utils
import math
import random
import time
from collections.abc import Callable

import httpx

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUSES",
    "backoff_delay",
    "retry_delay",
    "server_retry_after",
    "should_retry_status",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})


def server_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), or None.

    Example::

        server_retry_after(httpx.Headers({"retry-after-ms": "250"}))  # 0.25
    """
    for name, divisor in (("retry-after-ms", 1000.0), ("retry-after", 1.0)):
        raw = headers.get(name)
        if raw is None:
            continue
        try:
            seconds = float(raw)
        except ValueError:
            continue
        # float() accepts "nan"; a NaN wait would make every comparison below false.
        return seconds / divisor if math.isfinite(seconds) else math.inf
    raw = headers.get("retry-after")
    if not raw:
        return None
    parsed = email.utils.parsedate_tz(raw)
    if parsed is None:
        return None
    try:
        when = float(email.utils.mktime_tz(parsed))
    except (OverflowError, ValueError):
        return None
    return when - (time.time() if now is None else now)


def should_retry_status(status_code: int, headers: httpx.Headers) -> bool:
    """Whether an error status is worth another attempt.

    Example::

        should_retry_status(404, httpx.Headers())  # False
        should_retry_status(400, httpx.Headers({"x-should-retry": "true"}))  # True
    """
    waited = server_retry_after(headers)
    if waited is not None and waited > MAX_RETRY_AFTER:
        return False
    hint = headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def backoff_delay(attempt: int, *, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter for retry number ``attempt`` (1 for the first retry).

    The result lies in ``[0.75 * base, base]`` with ``base = min(0.5 * 2 ** (attempt - 1), 8)``.

    Example::

        0.375 <= backoff_delay(1) <= 0.5  # True
    """
    base = min(INITIAL_RETRY_DELAY * 2.0 ** min(attempt - 1, 64), MAX_RETRY_DELAY)
    return base * (1.0 - 0.25 * rand())


def retry_delay(
    *,
    attempt: int,
    headers: httpx.Headers | None = None,
    rand: Callable[[], float] = random.random,
    now: float | None = None,
) -> float:
    """How long to sleep before retry number ``attempt`` (1-based).

    Example::

        retry_delay(attempt=1, headers=httpx.Headers({"retry-after": "3"}))  # 3.0
    """
    if headers is not None:
        waited = server_retry_after(headers, now=now)
        if waited is not None and 0 < waited <= MAX_RETRY_AFTER:
            return waited
    return backoff_delay(attempt, rand=rand)
