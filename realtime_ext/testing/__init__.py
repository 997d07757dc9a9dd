"""A local fake OpenAI Realtime server (WebSocket + REST) for tests and offline demos.

>>> from realtime_ext.testing import FakeRealtimeServer
>>> with FakeRealtimeServer() as server:  # doctest: +SKIP
...     server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
...     client = openai.OpenAI(api_key="sk-test", base_url=server.base_url)
"""

from ._calls import FakeCall
from ._http import RecordedRequest
from ._script import Script
from ._server import ConnectionRecord, FakeRealtimeServer

__all__ = ["ConnectionRecord", "FakeCall", "FakeRealtimeServer", "RecordedRequest", "Script"]
