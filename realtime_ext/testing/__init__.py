"""A local fake OpenAI Realtime server (WebSocket + REST) for tests and offline demos.

>>> from realtime_ext import RealtimeClient
>>> from realtime_ext.testing import FakeRealtimeServer
>>> with FakeRealtimeServer() as server:
...     server.script.next_response(function_call=("get_weather", {"city": "Paris"}))
...     client = RealtimeClient(api_key="sk-test", base_url=server.base_url)
...     with client, client.connect(model="gpt-realtime") as conn:
...         conn.response.create()
...         done = conn.run_until("response.done")
>>> done.response.output[0].name
'get_weather'

Faults on request (``server.faults``): ``drop_after(n)`` cuts (or, with ``code=``, closes)
the connection after ``n`` more server events, ``refuse_handshakes(status)`` answers the
next WebSocket handshakes with an HTTP error, ``delay_handshakes(seconds)`` slows them.
Scenarios (``FakeRealtimeServer(scenario="scenario.yaml")``, ``serve-fake --scenario``)
script responses, transcripts, errors, delays, drops and incoming SIP calls as data.
Cassettes (``FakeRealtimeServer(cassette="session.jsonl")``, ``serve-fake --cassette``,
``realtime-ext record``, the ``realtime_cassette`` pytest fixture) replay recorded sessions.
Speakers: :class:`FakeSpeaker` plays response audio at the speed of a clock (a
``ManualClock`` a test moves, or real time) without a device, and tells the
``PlaybackTracker`` what was played, as ``realtime_ext.audio.Speaker`` does on a sound card.
Phone bridges: :class:`FakeTwilioCall` is Twilio's side of a Media Stream (speech-like
mu-law in 20 ms frames, marks echoed as played, ``clear`` honoured, DTMF).
Azure OpenAI (``FakeRealtimeServer(azure=AzureMode(...))``, ``serve-fake --azure``): Azure's
routes, deployments, ``api-key`` or bearer credentials and error bodies.
An OpenAI-compatible gateway (``FakeRealtimeServer(gateway=GatewayMode(...))``,
``serve-fake --gateway-prefix /gateway/v2``): its own prefix, renamed paths and key header.
Calls (``server.call_session(call_id)``) have one conversation shared by every channel that
joins them, e.g. ``?call_id=`` sideband WebSockets.
"""

from ._audio import sine_pcm16
from ._azure import AzureMode
from ._cassette import Cassette
from ._clock import ManualClock
from ._errors import CassetteError, RealtimeCassetteWarning, ScenarioError
from ._fixture import RealtimeCassette
from ._gateway import GatewayMode
from ._ice import use_loopback_ice
from ._limits import ServerLimits
from ._scenario import Scenario
from ._server import FakeRealtimeServer
from ._speaker import FakeSpeaker
from ._twilio import FakeTwilioCall

__all__ = [
    "AzureMode",
    "Cassette",
    "CassetteError",
    "FakeRealtimeServer",
    "FakeSpeaker",
    "FakeTwilioCall",
    "GatewayMode",
    "ManualClock",
    "RealtimeCassette",
    "RealtimeCassetteWarning",
    "Scenario",
    "ScenarioError",
    "ServerLimits",
    "sine_pcm16",
    "use_loopback_ice",
]
