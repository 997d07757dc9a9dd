"""The pieces :func:`~realtime_ext.connection.connect` is built from, for other session kinds.

A Realtime session over WebSocket is the conversation core
(:mod:`realtime_ext.conversation`) over a ``websockets`` transport. Another endpoint with
its own events (translation sessions at ``/realtime/translations``) reuses these: check
the arguments and build the URL (:func:`prepare`, with ``endpoint=``), build the reconnect
policy (:func:`reconnector`), open the transport (:func:`open_sync`, :func:`open_async`;
also the ``reopen`` a reconnect calls), then give it to ``Conversation`` /
``AsyncConversation`` with the endpoint's decoder. ``realtime_ext.translation`` does
exactly this.

Example::

    prepared = prepare(api_key=key, base_url=url, model="gpt-realtime-translate",
                       call_id=None, headers=None, websocket_base_url=None,
                       max_size=DEFAULT_MAX_SIZE, max_queue=DEFAULT_MAX_QUEUE,
                       open_timeout=DEFAULT_OPEN_TIMEOUT, extra_query=None, options={},
                       endpoint="/realtime/translations")
    conversation = Conversation(open_sync(prepared), max_size=prepared.max_size,
                                decode=parse_translation_server_event)
"""

from ._options import (
    DEFAULT_MAX_QUEUE,
    DEFAULT_MAX_SIZE,
    DEFAULT_OPEN_TIMEOUT,
    Prepared,
    prepare,
    websocket_options,
)
from ._reconnect_args import DEFAULT_MAX_QUEUED_BYTES, reconnector
from ._transport import open_async, open_sync

__all__ = [
    "DEFAULT_MAX_QUEUE",
    "DEFAULT_MAX_QUEUED_BYTES",
    "DEFAULT_MAX_SIZE",
    "DEFAULT_OPEN_TIMEOUT",
    "Prepared",
    "open_async",
    "open_sync",
    "prepare",
    "reconnector",
    "websocket_options",
]
