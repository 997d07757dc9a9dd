"""The errors raised while verifying and parsing a webhook, one class per kind of problem.

Every class subclasses :class:`WebhookError`, itself a :class:`~realtime_ext.RealtimeError`.
Signature problems (missing header, stale timestamp, wrong signature) all subclass
:class:`InvalidWebhookSignatureError`, like the official ``openai`` package, so a single
``except`` answers "not from OpenAI"; a bad secret is a configuration problem and a bad
body is a payload problem, so they stay outside that branch. No message ever holds the
secret or a signature.
"""

from __future__ import annotations

from .._errors import InvalidArgumentError, RealtimeError

__all__ = [
    "InvalidWebhookPayloadError",
    "InvalidWebhookSecretError",
    "InvalidWebhookSignature",
    "InvalidWebhookSignatureError",
    "MissingWebhookHeaderError",
    "WebhookError",
    "WebhookTimestampError",
    "WebhookTimestampTooNewError",
    "WebhookTimestampTooOldError",
]


class WebhookError(RealtimeError, ValueError):
    """Base of every webhook verification or parsing error; also a ``ValueError``.

    In the ``openai`` package a bad signature is a ``ValueError`` and a missing header
    raises ``ValueError``, so ``except ValueError`` clauses ported from it catch ours too.

    Example::

        try:
            event = unwrap(body, headers)
        except WebhookError as exc:
            print("rejected webhook:", exc)
    """


class InvalidWebhookSignatureError(WebhookError):
    """The webhook was not signed with the expected secret, or its signature headers are bad.

    Example::

        try:
            verify(body, headers, secret="whsec_...")
        except InvalidWebhookSignatureError as exc:
            return 400, str(exc)
    """


# The name the official ``openai`` package exports (``openai.InvalidWebhookSignatureError``
# is also spelled this way in its docs), so ported ``except`` clauses keep working.
InvalidWebhookSignature = InvalidWebhookSignatureError


class MissingWebhookHeaderError(InvalidWebhookSignatureError):
    """A required ``webhook-*`` header is absent or empty; ``header`` names it.

    Example:
        >>> MissingWebhookHeaderError("webhook-id").header
        'webhook-id'
    """

    def __init__(self, header: str) -> None:
        self.header = header
        super().__init__(f"missing required webhook header {header!r}")


class WebhookTimestampError(InvalidWebhookSignatureError):
    """``webhook-timestamp`` is outside the tolerance window (a replay or a skewed clock).

    ``skew`` is ``now - timestamp`` in seconds: positive when the webhook is too old,
    negative when it is from the future. ``tolerance`` is the allowed window.

    Example:
        >>> WebhookTimestampTooOldError(skew=900, tolerance=300).skew
        900
    """

    def __init__(self, message: str, *, skew: int, tolerance: int) -> None:
        self.skew = skew
        self.tolerance = tolerance
        super().__init__(message)


class WebhookTimestampTooOldError(WebhookTimestampError):
    """The webhook is older than the tolerance allows (a replay, or a very late delivery).

    Example:
        >>> str(WebhookTimestampTooOldError(skew=900, tolerance=300))
        'webhook timestamp is too old: 900 s in the past, tolerance is 300 s'
    """

    def __init__(self, *, skew: int, tolerance: int) -> None:
        super().__init__(
            f"webhook timestamp is too old: {skew} s in the past, tolerance is {tolerance} s",
            skew=skew,
            tolerance=tolerance,
        )


class WebhookTimestampTooNewError(WebhookTimestampError):
    """The webhook is dated further in the future than the tolerance allows (clock skew).

    Example:
        >>> str(WebhookTimestampTooNewError(skew=-900, tolerance=300))
        'webhook timestamp is too new: 900 s in the future, tolerance is 300 s'
    """

    def __init__(self, *, skew: int, tolerance: int, hint: str = "") -> None:
        super().__init__(
            f"webhook timestamp is too new: {-skew} s in the future, tolerance is {tolerance} s"
            + hint,
            skew=skew,
            tolerance=tolerance,
        )


class InvalidWebhookSecretError(WebhookError, InvalidArgumentError):
    """The webhook secret is missing or is not ``whsec_`` followed by base64.

    A ``ValueError`` too, like the ``openai`` package's missing-secret error. The message
    describes the problem without ever quoting the secret.

    Example::

        verify(body, headers, secret="not-a-secret")
        # InvalidWebhookSecretError: webhook secret must start with 'whsec_'
    """


class InvalidWebhookPayloadError(WebhookError, ValueError):
    """The (verified) body is not the webhook event it should be: not JSON, no ``type``...

    ``field`` names the offending field (dotted, e.g. ``"data.call_id"``) when one applies.

    Example:
        >>> InvalidWebhookPayloadError("missing required field", field="data.call_id").field
        'data.call_id'
    """

    def __init__(self, message: str, *, field: str | None = None) -> None:
        self.field = field
        super().__init__(f"{message}: {field}" if field else message)
