# generated from realtime_ext/_resources/sessions_async.py by scripts/gen_sync.py; do not edit
"""``client.sessions`` and ``client.transcription_sessions``: the beta
``POST /realtime/sessions`` and ``POST /realtime/transcription_sessions`` (a session plus an
ephemeral key), which differ only in path and answer model.

``scripts/gen_sync.py`` writes the blocking module from the asyncio one (edit that one); the
request and the answer are :mod:`._beta`'s.

Example::

    beta = client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from realtime_generated.models.realtime_session_create_response import (
    RealtimeSessionCreateResponse,
)
from realtime_generated.models.realtime_transcription_session_create_response import (
    RealtimeTranscriptionSessionCreateResponse,
)

from .._config import OMIT, Omit, TimeoutTypes
from .._results import BetaSession
from ..session.body import BodyInput
from ._beta import (
    beta_result,
    request_wire,
    sessions_operation,
    transcription_sessions_operation,
)
from .shared import wire_args

if TYPE_CHECKING:
    from .._transport import SyncHTTPTransport
    from .shared import Operation

__all__ = ["BetaSessionsResource", "Sessions", "TranscriptionSessions"]

T = TypeVar("T")


class BetaSessionsResource(Generic[T]):
    """``create`` for one beta session endpoint (the generated operation ``operation()``
    gives owns its route and request model), decoding with ``from_dict``."""

    def __init__(
        self,
        transport: SyncHTTPTransport,
        operation: Callable[[], Operation],
        from_dict: Callable[[dict[str, Any]], T],
    ) -> None:
        self._transport = transport
        self._operation = operation
        self._from_dict = from_dict

    def create(
        self,
        session: BodyInput | None = None,
        *,
        extra_headers: Mapping[str, str] | None = None,
        timeout: TimeoutTypes | Omit = OMIT,
        max_retries: int | Omit = OMIT,
        **fields: Any,
    ) -> BetaSession[T]:
        """Create a beta session; ``session`` is a builder dict, keywords are request fields.

        Example::

            beta = client.sessions.create(model="gpt-realtime", instructions="Be brief.")
            beta.client_secret.value  # ek_...
        """
        wire = request_wire(self._operation(), session, fields)
        args = wire_args(wire, extra_headers, timeout, max_retries)
        response = self._transport.request(wire.method, wire.path, **args)
        return beta_result(response, self._from_dict)


class Sessions(BetaSessionsResource[RealtimeSessionCreateResponse]):
    """Beta ``POST /realtime/sessions`` with an ephemeral key (GA: ``client_secrets``).

    Example::

        beta = client.sessions.create(beta_session(model="gpt-realtime", voice="alloy"))
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        super().__init__(transport, sessions_operation, RealtimeSessionCreateResponse.from_dict)


class TranscriptionSessions(BetaSessionsResource[RealtimeTranscriptionSessionCreateResponse]):
    """Beta transcription sessions with an ephemeral key (GA: ``client_secrets``).

    Example::

        beta = client.transcription_sessions.create(
            beta_transcription_session(transcription="whisper-1")
        )
    """

    def __init__(self, transport: SyncHTTPTransport) -> None:
        super().__init__(
            transport,
            transcription_sessions_operation,
            RealtimeTranscriptionSessionCreateResponse.from_dict,
        )
