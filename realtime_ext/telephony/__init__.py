"""Phone calls: media-stream bridges between a telephony provider and a conversation
(Realtime or GPT-Live).

:func:`twilio_endpoint` returns a plain ASGI WebSocket application (no framework
dependency) for Twilio Media Streams: the caller's G.711 mu-law goes to the model and the
reply back untouched, barge-in clears Twilio's buffer and truncates the reply at what the
caller heard (from Twilio's mark echoes), DTMF digits and the ``<Stream>`` parameters reach
the app through :class:`TwilioCall`. Each stream must carry Twilio's
``X-Twilio-Signature`` (checked with the account's auth token; :func:`twilio_signature`
makes one, for tests that play Twilio; the token defaults to :func:`env_auth_token`, the
``AUTH_TOKEN_ENV`` variable's, checked by :func:`check_auth_token`). Telnyx and Vonage
media streams have the same shape (JSON frames with base64 G.711, marks, clear): the same
pieces apply. ``api="live"`` runs the calls on GPT-Live: the model's own barge-in, the
model's audio paced by marks so that Twilio never holds more than 200 ms the caller has not
heard, and ``clear`` when the model yields to the caller.

Example::

    from fastapi import FastAPI
    from realtime_ext import AsyncRealtimeClient
    from realtime_ext.session import realtime_session
    from realtime_ext.telephony import twilio_endpoint

    app = FastAPI()
    app.mount("/twilio", twilio_endpoint(AsyncRealtimeClient(), session=realtime_session()))
"""

from ._bridge import TwilioCall, TwilioEndpoint, twilio_endpoint
from ._signature import AUTH_TOKEN_ENV, check_auth_token, env_auth_token, twilio_signature

__all__ = [
    "AUTH_TOKEN_ENV",
    "TwilioCall",
    "TwilioEndpoint",
    "check_auth_token",
    "env_auth_token",
    "twilio_endpoint",
    "twilio_signature",
]
