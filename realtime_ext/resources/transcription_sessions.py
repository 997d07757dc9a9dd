"""``client.transcription_sessions``: the beta ``POST /realtime/transcription_sessions``.

Example::

    beta = client.transcription_sessions.create(
        input_audio_transcription={"model": "gpt-4o-transcribe"}
    )
    beta.client_secret.value  # 'ek_...'
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import httpx

from realtime_generated.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

from .._config import OMIT, Omit, TimeoutTypes
from .._results import BetaSession
from ._beta import beta_result
from ._shared import BodyInput, as_body, merge_body

if TYPE_CHECKING:
    from .._transport import AsyncTransport, SyncTransport

__all__ = ["AsyncTranscriptionSessions", "TranscriptionSessions"]

PATH = "/realtime/transcription_sessions"


def build_body(session: BodyInput | None, fields: Mapping[str, Any]) -> dict[str, Any]:
    """The request: ``session`` (e.g. ``beta_transcription_session(...)``) plus ``fields``.

    Example::

        build_body(None, {"include": []})  # {'include': []}
    """
    base = {} if session is None else as_body(session, "session")
    return merge_body(base, fields)


def parse(response: httpx.Response) -> BetaSession[RealtimeTranscriptionSessionCreateResponse]:
    """Decode the answer into a :class:`BetaSession`."""
    return beta_result(response, RealtimeTranscriptionSessionCreateResponse.from_dict)


class TranscriptionSessions:
    """Beta transcription sessions with an ephemeral key (GA: ``client_secrets``).

    Example::

        client.transcription_sessions.create(beta_transcription_session(model="whisper-1"))
    """

    def __init__(self, transport: SyncTransport) -> None:
        self._transport = transport

    def create(
        self,
        session: BodyInput | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        **fields: Any,
    ) -> BetaSession[RealtimeTranscriptionSessionCreateResponse]:
        """Create a beta transcription session; keywords are request fields.

        Example::

            beta = client.transcription_sessions.create(input_audio_format="pcm16")
        """
        response = self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, fields),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)


class AsyncTranscriptionSessions:
    """The async twin of :class:`TranscriptionSessions`.

    Example::

        beta = await client.transcription_sessions.create()
    """

    def __init__(self, transport: AsyncTransport) -> None:
        self._transport = transport

    async def create(
        self,
        session: BodyInput | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        **fields: Any,
    ) -> BetaSession[RealtimeTranscriptionSessionCreateResponse]:
        """Create a beta transcription session; see :meth:`TranscriptionSessions.create`.

        Example::

            beta = await client.transcription_sessions.create(input_audio_format="pcm16")
        """
        response = await self._transport.request(
            "POST",
            PATH,
            json_body=build_body(session, fields),
            extra_headers=extra_headers,
            timeout=timeout,
            max_retries=max_retries,
        )
        return parse(response)
