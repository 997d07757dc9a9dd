"""Parse, validate, inspect and rewrite WebRTC session descriptions (SDP).

Inspecting one (what ``sdp.summary()`` gathers, and the CLI's ``sdp inspect`` prints):
:func:`audio_codecs` (each a :class:`Codec`), :func:`candidates` (each a :class:`Candidate`
line), :func:`has_data_channel`, :func:`setup_role`. Checking one: :func:`validate_offer`
and :func:`validate_answer` return the parsed description, :func:`check_offer` runs the
offer's checks alone (what ``calls.create`` runs before posting; an offer longer than
``OFF_LOOP_SDP_LENGTH`` is checked off the event loop). ``SAMPLE_OFFERS`` are the
browsers :func:`sample_offer` knows.

Example:
    >>> from realtime_ext import sdp
    >>> desc = sdp.parse("v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n")
    >>> sdp.serialise(desc)
    'v=0\\r\\no=- 1 1 IN IP4 0.0.0.0\\r\\ns=-\\r\\nt=0 0\\r\\n'
"""

from .._exceptions import SDPError
from ._edit import prefer_codec
from ._inspect import Codec, audio_codecs, candidates, has_data_channel, setup_role
from ._lines import Candidate
from ._model import SessionDescription, serialise
from ._parse import parse
from ._samples import SAMPLE_OFFERS, sample_offer
from ._summary import summary
from ._validate import OFF_LOOP_SDP_LENGTH, check_offer, validate_answer, validate_offer

__all__ = [
    "OFF_LOOP_SDP_LENGTH",
    "SAMPLE_OFFERS",
    "Candidate",
    "Codec",
    "SDPError",
    "SessionDescription",
    "audio_codecs",
    "candidates",
    "check_offer",
    "has_data_channel",
    "parse",
    "prefer_codec",
    "sample_offer",
    "serialise",
    "setup_role",
    "summary",
    "validate_answer",
    "validate_offer",
]
