"""Find and decode the ``whsec_`` webhook secret, without ever echoing it."""

from __future__ import annotations

import base64
import binascii
import os

from standardwebhooks import Webhook

from .._exceptions import WebhookConfigError

__all__ = ["SECRET_ENV_VAR", "load_signers"]

SECRET_ENV_VAR = "OPENAI_WEBHOOK_SECRET"
"""The environment variable the webhook secret is read from when none is given."""
_PREFIX = "whsec_"
_EXPECTED = (
    f"{_PREFIX!r} followed by base64 (copy the endpoint's signing secret from the dashboard "
    "as it is shown)"
)


def _base64(body: str) -> bytes | None:
    # standardwebhooks decodes leniently (b64decode drops any non-base64 character), so a
    # typo would silently become another key; decode strictly here, padding optional.
    try:
        return base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None


def _keys(secret: object) -> tuple[bytes, ...]:
    if not isinstance(secret, str):
        raise WebhookConfigError(f"webhook secret must be a str, got {type(secret).__name__}")
    if not secret.strip():
        raise WebhookConfigError(f"webhook secret is empty: expected {_EXPECTED}")
    if not secret.isascii():  # a base64 secret is ASCII (a raw-text one from openai may not be)
        try:
            secret.encode("utf-8")
        except UnicodeEncodeError:  # never shown: it is a secret
            raise WebhookConfigError(
                f"webhook secret holds a lone surrogate: expected {_EXPECTED}"
            ) from None
    if secret.startswith(("sk-", "ek_")):
        raise WebhookConfigError(
            "that is an API key, not a webhook secret: pass the endpoint's 'whsec_...' signing "
            "secret from the dashboard"
        )
    if not secret.startswith(_PREFIX):
        # As in the openai package, a secret without the prefix is the raw key text. But a
        # secret stored without its "whsec_" (the base64 part alone) is far more common than
        # a raw-text key that happens to be base64: try that key too. Both come from the
        # configured secret, so a forger gains nothing from the second candidate.
        raw = secret.encode("utf-8")
        decoded = _base64(secret.strip())
        return (raw, decoded) if decoded else (raw,)
    key = _base64(secret[len(_PREFIX) :].strip())
    if key is None:
        raise WebhookConfigError(f"webhook secret is not {_EXPECTED}")
    if not key:
        raise WebhookConfigError(f"webhook secret is empty after {_PREFIX!r}: expected {_EXPECTED}")
    return (key,)


def load_signers(secret: str | None) -> tuple[Webhook, ...]:
    """standardwebhooks signers for ``secret`` (``$OPENAI_WEBHOOK_SECRET`` if None), the
    first one the key a ``whsec_`` secret or the openai package would sign with.

    Raises :class:`WebhookConfigError` when there is no secret or it is unusable.

    Example:
        >>> load_signers("whsec_c2VjcmV0")[0].sign("msg_1", __import__("datetime").datetime(2024, 1, 1), "{}")[:3]
        'v1,'
    """  # noqa: E501
    if secret is None:
        secret = os.environ.get(SECRET_ENV_VAR) or None
    if secret is None:
        raise WebhookConfigError(
            f"no webhook secret: pass the secret argument, set {SECRET_ENV_VAR}, "
            f"or create the client with its webhook_secret; expected {_EXPECTED}"
        )
    return tuple(Webhook(key) for key in _keys(secret))
