"""Open a translation connection over WebSocket: ``connect_translation`` (blocking) and
``aconnect_translation`` (``client.translations.connect`` on either client).

The socket is the Realtime connection's (the same ``websockets`` transports, limits,
handshake errors, key-free logging and reconnect policy), at the path of
:data:`~realtime_ext.conversation.TRANSLATION` (``/realtime/translations``) instead of
``/realtime``; the connection is the conversation configured by that protocol
(:class:`~realtime_ext.conversation.AsyncTranslationConnection`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from realtime_ext._base.connection_async import open_started
from realtime_ext._base.connection_sync import open_started as open_sync_started
from realtime_ext._base.handshakes import handshake_turn
from realtime_ext._base.instrument import Instrumentation, checked_instrumentation
from realtime_ext._base.keywords import ConnectOptions, checked_options, socket_plan
from realtime_ext._base.socket_options import SessionPlan
from realtime_ext._opening import PlanOpening
from realtime_ext._route import Route
from realtime_ext.session import DEFAULT_TRANSLATION_MODEL

from .connection_async import AsyncTranslationConnection
from .connection_sync import TranslationConnection
from .kind import TRANSLATION

__all__ = ["AsyncTranslationConnect", "aconnect_translation", "connect_translation"]


def translation_plan(
    *,
    session: Mapping[str, Any] | None,
    telemetry: object,
    options: Mapping[str, Any],
    **socket: Any,
) -> SessionPlan:
    """The arguments of :func:`connect_translation`/:func:`aconnect_translation` (their
    ``locals()``), checked before any socket opens: the ``session`` here, the rest by the
    conversation's ``connect`` checks."""
    given = checked_options(options, ConnectOptions)
    measured = checked_instrumentation(telemetry)
    # The session.update sent on open, checked now (before any socket opens).
    update = None if session is None else TRANSLATION.update_event(session)
    # A translation connection keeps its configuration over a reconnect, nothing else, and
    # never rolls over (carry and max_session_duration are no options of it).
    prepared, policy = socket_plan(
        call_id=None,
        endpoint=TRANSLATION.path,
        carry="session",
        max_session_duration=None,
        **socket,
        **given,
    )
    return SessionPlan(prepared, TRANSLATION, update, policy, measured)


def connect_translation(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str = DEFAULT_TRANSLATION_MODEL,
    session: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: Instrumentation | None = None,
    route: Route | None = None,
    **options: Unpack[ConnectOptions],
) -> TranslationConnection:
    """Open a translation connection (blocking): ``wss://.../v1/realtime/translations?model=``.

    ``api_key`` is an API key or the ``ek_`` of a translation client secret
    (``client.translations.client_secrets.create``), sent as ``Authorization: Bearer``;
    it never appears in logs or reprs. ``base_url``: as for ``connect`` (default
    ``OPENAI_BASE_URL``, else ``https://api.openai.com/v1``). ``session`` (the fields
    ``session.update`` takes: ``{"audio": {"output": {"language": "es"}}}``) is validated
    now and sent as soon as the socket opens. ``telemetry``: an
    :class:`~realtime_ext.Instrumentation` (``realtime_ext.telemetry.Telemetry()``) whose
    session extension measures the connection (``SessionMetrics.of(conn)``). ``**options``
    are the keys of :class:`~realtime_ext.connection.ConnectOptions` (defaults in
    :data:`~realtime_ext.connection.CONNECT_DEFAULTS`; an unknown one raises
    ``InvalidArgumentError`` naming it): limits, handshake errors (401
    ``AuthenticationError``...), the WebSocket options and reconnect (on by default, 5
    attempts; ``max_retries=0`` turns it off; the last ``session.update`` is sent again on
    the new socket, sends made meanwhile are queued) are those of
    :func:`realtime_ext.connection.connect`, checked by the same code.

    Example::

        with connect_translation(api_key="sk-...",
                                 session={"audio": {"output": {"language": "es"}}}) as conn:
            conn.send_audio(pcm)
            rest = conn.close()
    """
    return open_sync_started(TranslationConnection, translation_plan(**locals()))


class AsyncTranslationConnect(PlanOpening[SessionPlan, AsyncTranslationConnection]):
    """What :func:`aconnect_translation` returns: ``await`` it, or use it with ``async with``.

    Example::

        conn = await aconnect_translation(...)          # close it yourself
        async with aconnect_translation(...) as conn:   # closed (gracefully) on exit
            ...
    """

    async def _open(self) -> AsyncTranslationConnection:
        async with handshake_turn():  # the whole open, not only its socket's handshake
            return await open_started(AsyncTranslationConnection, self._plan)


def aconnect_translation(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str = DEFAULT_TRANSLATION_MODEL,
    session: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: Instrumentation | None = None,
    route: Route | None = None,
    **options: Unpack[ConnectOptions],
) -> AsyncTranslationConnect:
    """Open a translation connection for asyncio: ``async with aconnect_translation(...) as conn``.

    Arguments as for :func:`connect_translation` (checked here; the socket opens on ``await`` or
    ``async with``; hooks may be ``async def``).

    Example::

        async with aconnect_translation(api_key="ek_...") as conn:
            print((await conn.recv()).type)
    """
    return AsyncTranslationConnect(translation_plan(**locals()))
