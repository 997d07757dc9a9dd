"""When to retry a request and how long to wait first.

Each endpoint has a :class:`RetryPolicy`, chosen by what a repeat would do:

- ``SAFE`` (client secrets, sessions, translations: a repeat at worst mints an unused,
  expiring secret): the official openai package's rules. Retried: connection errors and
  timeouts, 408, 409, 429 and 5xx, unless the server says otherwise with
  ``x-should-retry: true|false``.
- ``ONCE`` (``calls.create``, ``accept``, ``refer``: a repeat creates a second call or acts
  twice): a failure before the request was sent (connect error or timeout, pool timeout) is
  retried; once the request may have reached the server, only when the server asks
  (``x-should-retry: true``, or a 429/503 with ``Retry-After``).
- ``ENDS`` (``hangup``, ``reject``: ending twice ends nothing more): retried like ``SAFE``;
  when an earlier attempt may have worked, a retry answered "not found" or "invalid call
  state" means the call is already ended, and it is reported as done, not as an error.

For every policy, ``x-should-retry: false`` is never retried.

The wait is the server's ``retry-after-ms`` or ``Retry-After`` (seconds or an HTTP date)
when given and within :data:`MAX_RETRY_AFTER`; a longer server-requested wait is not
retried at all (the caller gets the error at once rather than a hammered server);
otherwise exponential backoff from 0.5 s up to 8 s, minus up to 25 % jitter.

Example:
    >>> should_retry_status(429, httpx.Headers())
    True
    >>> retry_delay(attempt=1, headers=httpx.Headers({"retry-after": "2"}))
    2.0
"""

from __future__ import annotations

import email.utils
import enum
import math
import random
import time
from collections.abc import Callable
from typing import cast

import httpx

__all__ = [
    "INITIAL_RETRY_DELAY",
    "MAX_RETRY_AFTER",
    "MAX_RETRY_DELAY",
    "RETRYABLE_STATUSES",
    "RetryPolicy",
    "already_done",
    "backoff_delay",
    "retry_delay",
    "sent_before_failure",
    "server_retry_after",
    "should_retry_status",
]

INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
MAX_RETRY_AFTER = 60.0
RETRYABLE_STATUSES = frozenset({408, 409, 429})
# A non-idempotent request is repeated on these statuses only with a Retry-After.
_ASKED_STATUSES = frozenset({429, 503})
# Answers to a repeated hangup/reject that mean an earlier attempt already ended the call.
_DONE_STATUSES = frozenset({404, 410})
_DONE_CODES = frozenset({"invalid_call_state", "call_ended", "call_not_found"})


class RetryPolicy(enum.Enum):
    """How an endpoint may be retried (see the module docstring and the README table)."""

    SAFE = "safe"
    ONCE = "once"
    ENDS = "ends"


def sent_before_failure(exc: httpx.TransportError) -> bool:
    """Whether the request may have reached the server before ``exc`` (anything but a
    failure to connect or to get a pooled connection).

    Example:
        >>> sent_before_failure(httpx.ConnectError("refused"))
        False
        >>> sent_before_failure(httpx.ReadTimeout("slow"))
        True
    """
    return not isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def already_done(response: httpx.Response) -> bool:
    """Whether an error answer to a repeated hangup/reject says the call is already ended.

    Example:
        >>> already_done(httpx.Response(404))
        True
    """
    if response.status_code in _DONE_STATUSES:
        return True
    if response.status_code not in (400, 409):
        return False
    try:
        body: object = response.json()
        # Not a JSON object: .get raises AttributeError, which means "not done".
        error: object = cast("dict[str, object]", body).get("error")
    except (ValueError, AttributeError):
        return False
    return isinstance(error, dict) and cast("dict[str, object]", error).get("code") in _DONE_CODES


def server_retry_after(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait (``retry-after-ms``, then ``Retry-After``), or None.

    Example:
        >>> server_retry_after(httpx.Headers({"retry-after-ms": "250"}))
        0.25
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


def should_retry_status(
    status_code: int, headers: httpx.Headers, policy: RetryPolicy = RetryPolicy.SAFE
) -> bool:
    """Whether an error status is worth another attempt under ``policy``.

    Example:
        >>> should_retry_status(404, httpx.Headers())
        False
        >>> should_retry_status(400, httpx.Headers({"x-should-retry": "true"}))
        True
        >>> should_retry_status(500, httpx.Headers(), RetryPolicy.ONCE)
        False
    """
    waited = server_retry_after(headers)
    if waited is not None and waited > MAX_RETRY_AFTER:
        return False
    hint = headers.get("x-should-retry")
    if hint == "true":
        return True
    if hint == "false":
        return False
    if policy is RetryPolicy.ONCE:
        # The server may have acted before failing; repeat only when it says it did not.
        return status_code in _ASKED_STATUSES and waited is not None
    return status_code in RETRYABLE_STATUSES or status_code >= 500


def backoff_delay(attempt: int, *, rand: Callable[[], float] = random.random) -> float:
    """Exponential backoff with jitter for retry number ``attempt`` (1 for the first retry).

    The result lies in ``[0.75 * base, base]`` with ``base = min(0.5 * 2 ** (attempt - 1), 8)``.

    Example:
        >>> 0.375 <= backoff_delay(1) <= 0.5
        True
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

    Example:
        >>> retry_delay(attempt=1, headers=httpx.Headers({"retry-after": "3"}))
        3.0
    """
    if headers is not None:
        waited = server_retry_after(headers, now=now)
        if waited is not None and 0 < waited <= MAX_RETRY_AFTER:
            return waited
    return backoff_delay(attempt, rand=rand)
