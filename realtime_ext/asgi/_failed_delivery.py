"""What a webhook delivery is answered when its handler raised: the one place that decides.

OpenAI delivers a webhook again, for up to 72 hours, on any answer but a 2xx. So a failure
is answered 5xx only when a redelivery can succeed, and 2xx (logged with its reason) when
the API refused the handler's action for good: a call accepted already, over, or unknown
is refused again on every redelivery, and 72 hours of them help no one.
"""

from __future__ import annotations

import logging
from typing import NamedTuple

from realtime_ext import APIConnectionError, APIStatusError, RetryLater

__all__ = ["RETRIED_CLIENT_ERRORS", "FailedDelivery", "failed_delivery"]

RETRIED_CLIENT_ERRORS = frozenset({401, 403, 408, 409, 425, 429})
"""The 4xx a repeat can change: credentials fixed (401, 403: this server's configuration,
as a missing webhook secret is), a timeout or a conflict of the moment (408, 409), too
early or too many (425, 429). Any other 4xx (400 ``invalid_call_state``, 404 a call that is
gone, 422...) is the API's final word on that request."""


class FailedDelivery(NamedTuple):
    """How a delivery whose handler raised is answered: ``status``, the ``reason`` logged
    (and said in a 2xx's body, ``"refused"``), the log ``level`` and whether the handler's
    claim is ``finished`` (handled: a redelivery is acknowledged as a duplicate) or
    released (its redelivery runs the handler again)."""

    status: int
    reason: str
    level: int
    finished: bool


def failed_delivery(exc: Exception) -> FailedDelivery:
    """The answer to a delivery whose handler raised ``exc``:

    - 409 (with ``Retry-After``, set by the endpoint) for :class:`RetryLater`;
    - 200 when the API refused the handler's request with a 4xx a repeat cannot change
      (not in :data:`RETRIED_CLIENT_ERRORS`): logged at WARNING with the API's reason;
    - 502 when the API failed or could not be reached (a 5xx, one of
      :data:`RETRIED_CLIENT_ERRORS`, a timeout, a connection error): a redelivery may
      succeed;
    - 500 for any other exception (the handler's own failure: a redelivery runs it
      again, after a fix or with a transient cause gone).

    Example:
        >>> failed_delivery(RetryLater("being accepted elsewhere")).status
        409
        >>> failed_delivery(ValueError("bug")).status
        500
    """
    if isinstance(exc, RetryLater):
        return FailedDelivery(409, f"retry later: {exc}", logging.INFO, finished=False)
    if isinstance(exc, APIStatusError):
        status = exc.status_code
        if 400 <= status < 500 and status not in RETRIED_CLIENT_ERRORS:
            return FailedDelivery(200, _refusal(exc), logging.WARNING, finished=True)
        return FailedDelivery(502, "the webhook handler failed", logging.ERROR, finished=False)
    if isinstance(exc, APIConnectionError):  # timeouts included
        return FailedDelivery(502, "the webhook handler failed", logging.ERROR, finished=False)
    return FailedDelivery(500, "the webhook handler failed", logging.ERROR, finished=False)


def _refusal(exc: APIStatusError) -> str:
    """The API's reason, as the delivery's log line and answer say it: status and code
    (``400 invalid_call_state``) and its message (redacted with the exception)."""
    code = f" {exc.code}" if exc.code else ""
    return f"refused by the API for good ({exc.status_code}{code}): {exc.message}"
