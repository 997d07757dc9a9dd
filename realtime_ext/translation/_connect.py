"""Open a translation connection over WebSocket: ``connect_translation`` (blocking) and
``aconnect_translation``.

The socket is the Realtime connection's (:mod:`realtime_ext.connection`: the same
``websockets`` transports, limits, handshake errors, key-free logging and reconnect
policy), at ``/realtime/translations`` instead of ``/realtime``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Unpack

from realtime_ext import Route
from realtime_ext._opening import PlanOpening
from realtime_ext.connection import ConnectOptions
from realtime_ext.connection._keywords import checked_options, socket_plan
from realtime_ext.conversation import TRANSLATION
from realtime_ext.events._sends import TranslationSends
from realtime_ext.session._translation import DEFAULT_TRANSLATION_MODEL
from realtime_ext.telemetry import Telemetry

from ._session import Plan
from ._session_async import AsyncTranslationConnection, open_session
from ._session_sync import TranslationConnection
from ._session_sync import open_session as open_sync_session

__all__ = ["AsyncTranslationConnect", "aconnect_translation", "connect_translation"]


def _session_update(session: Mapping[str, Any] | None) -> dict[str, Any] | None:
    """The ``session.update`` to send on open, validated now (before any socket opens)."""
    if session is None:
        return None
    checked: list[dict[str, Any]] = []
    TranslationSends(checked.append).session.update(session=session)
    return checked[0]


def _plan(
    *,
    session: Mapping[str, Any] | None,
    telemetry: bool | Telemetry,
    options: Mapping[str, Any],
    **socket: Any,
) -> Plan:
    """The arguments of :func:`connect_translation`/:func:`aconnect_translation` (their
    ``locals()``), checked before any socket opens: the ``session`` here, the rest by the
    conversation's ``connect`` checks (:mod:`realtime_ext.connection._keywords`)."""
    given = checked_options(options, ConnectOptions)
    update = _session_update(session)
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
    return Plan(prepared, policy, update, Telemetry.of(telemetry))


def connect_translation(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str = DEFAULT_TRANSLATION_MODEL,
    session: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: bool | Telemetry = True,
    route: Route | None = None,
    **options: Unpack[ConnectOptions],
) -> TranslationConnection:
    """Open a translation connection (blocking): ``wss://.../v1/realtime/translations?model=``.

    ``api_key`` is an API key or the ``ek_`` of a translation client secret
    (``client.translations.client_secrets.create``), sent as ``Authorization: Bearer``;
    it never appears in logs or reprs. ``base_url``: as for ``connect`` (default
    ``OPENAI_BASE_URL``, else ``https://api.openai.com/v1``). ``session`` (the fields
    ``session.update`` takes: ``{"audio": {"output": {"language": "es"}}}``) is validated
    now and sent as soon as the socket opens. ``**options`` are the keys of
    :class:`~realtime_ext.connection.ConnectOptions` (defaults in
    :data:`~realtime_ext.connection.CONNECT_DEFAULTS`; an unknown one raises
    ``InvalidArgumentError`` naming it): limits, handshake errors (401
    ``AuthenticationError``...), the WebSocket options and reconnect (on by default, 5
    attempts; ``max_retries=0`` turns it off; the last ``session.update`` is sent again on
    the new socket, sends made meanwhile are queued) are those of
    :func:`realtime_ext.connection.connect`, checked by the same code.

    Example::

        with connect_translation(api_key="sk-...",
                                 session={"audio": {"output": {"language": "es"}}}) as conn:
            conn.send_audio("speech.wav")
            rest = conn.close()
    """
    return open_sync_session(_plan(**locals()))


class AsyncTranslationConnect(PlanOpening[Plan, AsyncTranslationConnection]):
    """What :func:`aconnect_translation` returns: ``await`` it, or use it with ``async with``.

    Example::

        conn = await aconnect_translation(...)          # close it yourself
        async with aconnect_translation(...) as conn:   # closed (gracefully) on exit
            ...
    """

    async def _open(self) -> AsyncTranslationConnection:
        return await open_session(self._plan)


def aconnect_translation(
    *,
    api_key: str | None = None,
    base_url: str | None = None,
    model: str = DEFAULT_TRANSLATION_MODEL,
    session: Mapping[str, Any] | None = None,
    headers: Mapping[str, str] | None = None,
    websocket_base_url: str | None = None,
    telemetry: bool | Telemetry = True,
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
    return AsyncTranslationConnect(_plan(**locals()))
