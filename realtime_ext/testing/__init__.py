"""A local fake OpenAI Realtime server (WebSocket + REST) for tests and offline demos.

>>> from realtime_ext.testing import FakeRealtimeServer
>>> with FakeRealtimeServer() as server:  # doctest: +SKIP
...     server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
...     client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)

Faults on request (``server.faults``): ``drop_after(n)`` cuts (or, with ``code=``, closes)
the connection after ``n`` more server events, ``refuse_handshakes(status)`` answers the
next WebSocket handshakes with an HTTP error, ``delay_handshakes(seconds)`` slows them.
Calls (``server.call_session(call_id)``) have one conversation shared by every channel that
joins them, e.g. ``?call_id=`` sideband WebSockets.
"""

from ._call_sessions import CallSession
from ._calls import FakeCall
from ._faults import Faults
from ._http import RecordedRequest
from ._script import Script
from ._server import ConnectionRecord, FakeRealtimeServer

__all__ = [
    "CallSession",
    "ConnectionRecord",
    "FakeCall",
    "FakeRealtimeServer",
    "Faults",
    "RecordedRequest",
    "Script",
]
