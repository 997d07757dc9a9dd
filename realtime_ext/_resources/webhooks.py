"""``client.webhooks``: verify and parse webhooks with the client's ``webhook_secret``.

Example::

    event = client.webhooks.unwrap(request_body, request_headers)
    if event.type == "realtime.call.incoming":
        client.calls.accept(event.call_id, session=realtime_session())
"""

from __future__ import annotations

from typing import TYPE_CHECKING

# Loaded on first use of client.webhooks, whose methods use realtime_ext.webhooks anyway.
from ..webhooks import DEFAULT_TOLERANCE

if TYPE_CHECKING:
    from ..webhooks import HeadersLike, WebhookEvent

__all__ = ["Webhooks"]


class Webhooks:
    """Webhook helpers bound to a secret (the client's ``webhook_secret``).

    With no secret configured, :mod:`realtime_ext.webhooks` falls back to
    ``$OPENAI_WEBHOOK_SECRET`` at call time.

    Example::

        client.webhooks.verify(body, headers)  # raises if the signature is wrong
    """

    __slots__ = ("_secret",)

    def __init__(self, secret: str | None) -> None:
        self._secret = secret

    def __repr__(self) -> str:
        return f"Webhooks(secret={'<set>' if self._secret else None})"

    def unwrap(
        self, payload: str | bytes, headers: HeadersLike, *, tolerance: int = DEFAULT_TOLERANCE
    ) -> WebhookEvent:
        """Verify the signature, then return the typed event.

        Example::

            event = client.webhooks.unwrap(body, headers)
        """
        # Imported on use: webhook handling is not needed by most clients.
        from ..webhooks import unwrap

        return unwrap(payload, headers, secret=self._secret, tolerance=tolerance)

    def verify(
        self, payload: str | bytes, headers: HeadersLike, *, tolerance: int = DEFAULT_TOLERANCE
    ) -> None:
        """Check the signature of a webhook; raise if it is not authentic.

        Example::

            client.webhooks.verify(body, headers)
        """
        from ..webhooks import verify

        verify(payload, headers, secret=self._secret, tolerance=tolerance)
