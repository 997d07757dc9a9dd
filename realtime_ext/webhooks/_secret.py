"""Find and decode the ``whsec_`` webhook secret, without ever echoing it."""

from __future__ import annotations

import base64
import binascii
import os

from standardwebhooks import Webhook

from .._exceptions import InvalidWebhookSecretError

__all__ = ["SECRET_ENV_VAR", "load_signer"]

SECRET_ENV_VAR = "OPENAI_WEBHOOK_SECRET"
_PREFIX = "whsec_"


def _decode(secret: object) -> bytes:
    if not isinstance(secret, str):
        raise InvalidWebhookSecretError(
            f"webhook secret must be a str, got {type(secret).__name__}"
        )
    if not secret.strip():
        raise InvalidWebhookSecretError("webhook secret is empty")
    if secret.startswith(("sk-", "ek_")):
        raise InvalidWebhookSecretError(
            "that is an API key, not a webhook secret: pass the endpoint's 'whsec_...' signing "
            "secret from the dashboard"
        )
    if not secret.startswith(_PREFIX):
        # As in the openai package: a secret without the prefix is the raw key text (a wrong
        # one only fails verification, it cannot let a forgery through).
        return secret.encode("utf-8")
    body = secret[len(_PREFIX) :].strip()
    # standardwebhooks decodes leniently (b64decode drops any non-base64 character), so a
    # typo would silently become another key; decode strictly here, padding optional.
    try:
        key = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise InvalidWebhookSecretError(
            f"webhook secret is not {_PREFIX!r} followed by base64"
        ) from None
    if not key:
        raise InvalidWebhookSecretError(f"webhook secret is empty after {_PREFIX!r}")
    return key


def load_signer(secret: str | None) -> Webhook:
    """A standardwebhooks signer for ``secret``, or for ``$OPENAI_WEBHOOK_SECRET`` if None.

    Raises :class:`InvalidWebhookSecretError` when there is no secret or it is malformed.

    Example:
        >>> load_signer("whsec_c2VjcmV0").sign("msg_1", __import__("datetime").datetime(2024, 1, 1), "{}")[:3]
        'v1,'
    """  # noqa: E501
    if secret is None:
        secret = os.environ.get(SECRET_ENV_VAR) or None
    if secret is None:
        raise InvalidWebhookSecretError(
            f"no webhook secret: pass the secret argument, set {SECRET_ENV_VAR}, "
            "or create the client with its webhook_secret"
        )
    return Webhook(_decode(secret))
