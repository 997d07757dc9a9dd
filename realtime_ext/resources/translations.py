"""``client.translations.client_secrets``: ephemeral keys for translation sessions.

Example::

    secret = client.translations.client_secrets.create(
        session=translation_session(output_language="fr")
    )
    secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeAlias

import httpx

from realtime_generated.models.realtime_translation_client_secret_create_response import (
    RealtimeTranslationClientSecretCreateResponse,
)

from .._config import OMIT, Omit, TimeoutTypes
from .._results import ClientSecret
from ._shared import (
    BodyInput,
    as_body,
    decode_client_secret,
    expires_after_body,
    merge_body,
)

if TYPE_CHECKING:
    from realtime_generated.models.realtime_translation_session import RealtimeTranslationSession

    from .._transport import AsyncTransport, SyncTransport

__all__ = [
    "AsyncTranslationClientSecrets",
    "AsyncTranslations",
    "TranslationClientSecret",
    "TranslationClientSecrets",
    "Translations",
]

PATH = "/realtime/translations/client_secrets"

TranslationClientSecret: TypeAlias = ClientSecret[
    "RealtimeTranslationSession", RealtimeTranslationClientSecretCreateResponse
]


def build_body(
    session: BodyInput,
    expires_after: int | Mapping[str, Any] | None,
    extra_body: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """The request JSON object (``session`` is required by the API).

    Example::

        build_body({"model": "gpt-realtime-translate"}, None, None)
    """
    body: dict[str, Any] = {"session": as_body(session, "session")}
    if expires_after is not None:
        body["expires_after"] = expires_after_body(expires_after)
    return merge_body(body, extra_body)


def parse(response: httpx.Response) -> TranslationClientSecret:
    """Decode the answer into a :class:`ClientSecret`."""
    return decode_client_secret(response, RealtimeTranslationClientSecretCreateResponse.from_dict)


class TranslationClientSecrets:
    """Mint ephemeral keys for translation sessions.

    Example::

        client.translations.client_secrets.create(session={"model": "gpt-realtime-translate"})
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        session: BodyInput,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> TranslationClientSecret:
        """Mint an ``ek_...`` key for a translation ``session``.

        Example::

            secret = client.translations.client_secrets.create(session=translation_session())
        """
        response = self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, expires_after, extra_body),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)


class AsyncTranslationClientSecrets:
    """The async twin of :class:`TranslationClientSecrets`.

    Example::

        await client.translations.client_secrets.create(session=translation_session())
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        *,
        session: BodyInput,
        expires_after: int | Mapping[str, Any] | None = None,
        extra_body: Mapping[str, Any] | None = None,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
    ) -> TranslationClientSecret:
        """Mint an ``ek_...`` key; see :meth:`TranslationClientSecrets.create`.

        Example::

            secret = await client.translations.client_secrets.create(session=translation_session())
        """
        response = await self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, expires_after, extra_body),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)


class Translations:
    """Namespace of the translation endpoints (``client.translations``).

    Example::

        client.translations.client_secrets.create(session=translation_session())
    """

    def __init__(self, transport: SyncTransport) -> None:
        self.client_secrets = TranslationClientSecrets(transport)


class AsyncTranslations:
    """The async twin of :class:`Translations`.

    Example::

        await client.translations.client_secrets.create(session=translation_session())
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self.client_secrets = AsyncTranslationClientSecrets(transport)
