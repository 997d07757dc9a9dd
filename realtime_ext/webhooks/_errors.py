"""The webhook errors, kept importable from here; they live in ``realtime_ext._exceptions``
(the webhook branch of the tree is described there).
"""

from __future__ import annotations

from .._exceptions import InvalidWebhookPayloadError as InvalidWebhookPayloadError
from .._exceptions import InvalidWebhookSecretError as InvalidWebhookSecretError
from .._exceptions import InvalidWebhookSignature as InvalidWebhookSignature
from .._exceptions import InvalidWebhookSignatureError as InvalidWebhookSignatureError
from .._exceptions import MissingWebhookHeaderError as MissingWebhookHeaderError
from .._exceptions import WebhookError as WebhookError
from .._exceptions import WebhookTimestampError as WebhookTimestampError
from .._exceptions import WebhookTimestampTooNewError as WebhookTimestampTooNewError
from .._exceptions import WebhookTimestampTooOldError as WebhookTimestampTooOldError

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
